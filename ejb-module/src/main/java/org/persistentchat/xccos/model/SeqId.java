package org.persistentchat.xccos.model;

/**
 * The {@code seqid} of a command, reply or chat message. SIPE always sends {@code 1}, so it is
 * never unique on its own; correlation needs the envelope id as well (see {@link CommandRef}).
 */
public record SeqId(String value) {

  /** What SIPE sends and what our deliveries carry. */
  public static final SeqId ONE = new SeqId("1");

  public SeqId {
    WireToken.require(value, "seqid");
  }

  /** Whether {@link #of} would accept the text. */
  public static boolean isValid(String value) {
    return WireToken.isValid(value);
  }

  public static SeqId of(String value) {
    return new SeqId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
