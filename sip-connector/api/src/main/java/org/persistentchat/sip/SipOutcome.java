package org.persistentchat.sip;

import java.util.Objects;

/**
 * How an outbound request ended: a final response, or no response at all.
 *
 * @param kind what happened
 * @param status the final status when {@code kind} is {@link Kind#RESPONSE}, else 0
 * @param reason the reason phrase, or a description of the failure
 */
public record SipOutcome(Kind kind, int status, String reason) {

  /** What happened to an outbound request. */
  public enum Kind {
    /** A final response arrived; see {@link #status()}. */
    RESPONSE,
    /** No final response within the transaction timeout (Timer B/F). */
    TIMEOUT,
    /** The request could not be sent: connection refused or lost, name not resolved. */
    TRANSPORT_ERROR,
    /** The adapter has no such dialog (it ended, or belongs to another cluster member). */
    NO_SUCH_DIALOG
  }

  public SipOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  public static SipOutcome response(int status, String reason) {
    return new SipOutcome(Kind.RESPONSE, status, reason == null ? "" : reason);
  }

  public static SipOutcome failure(Kind kind, String why) {
    if (kind == Kind.RESPONSE) {
      throw new IllegalArgumentException("a failure needs a failure kind");
    }
    return new SipOutcome(kind, 0, why);
  }

  /** A 2xx response. */
  public boolean isSuccess() {
    return kind == Kind.RESPONSE && status >= 200 && status < 300;
  }

  /**
   * Whether the dialog the request was sent on should be dropped: the peer no longer knows it
   * (481, 487, 408), or it cannot be reached, or the adapter no longer has it.
   */
  public boolean dialogGone() {
    return kind != Kind.RESPONSE || status == 481 || status == 487 || status == 408;
  }

  @Override
  public String toString() {
    return kind == Kind.RESPONSE ? status + " " + reason : kind + " (" + reason + ")";
  }
}
