package org.persistentchat.xccos;

/**
 * Bounds on one inbound envelope, checked before and while parsing so that a hostile body costs
 * little.
 *
 * @param maxBodyBytes the largest body accepted, in bytes
 * @param maxDepth the deepest element nesting accepted; the root {@code xccos} is depth 1
 */
public record XccosLimits(int maxBodyBytes, int maxDepth) {

  /**
   * 64 KiB is far above SIPE's largest command (a few hundred bytes) and a 512-byte message
   * limit, yet leaves room for a base64 preference bundle from a Microsoft client.
   */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** The deepest known client shape is 5 levels ({@code xccos/cmd/data/bcq/last}). */
  public static final int DEFAULT_MAX_DEPTH = 12;

  public static final XccosLimits DEFAULTS =
      new XccosLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH);

  public XccosLimits {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (maxDepth < 3) {
      throw new IllegalArgumentException("maxDepth must allow at least xccos/cmd/data");
    }
  }
}
