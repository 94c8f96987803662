package org.persistentchat.xccos.model;

/**
 * The {@code envid} of an {@code <xccos>} envelope. Clients count up from a random 32-bit value,
 * Microsoft servers use 64-bit values; the text is kept verbatim because replies echo it.
 */
public record EnvelopeId(String value) {

  public EnvelopeId {
    WireToken.require(value, "envid");
  }

  /** Whether {@link #of(String)} would accept the text. */
  public static boolean isValid(String value) {
    return WireToken.isValid(value);
  }

  public static EnvelopeId of(String value) {
    return new EnvelopeId(value);
  }

  /** The unsigned decimal form, as a .NET server writes its 64-bit envelope ids. */
  public static EnvelopeId of(long value) {
    return new EnvelopeId(Long.toUnsignedString(value));
  }

  @Override
  public String toString() {
    return value;
  }
}
