package org.persistentchat.xccos.model;

import java.time.Instant;
import java.util.Objects;
import org.persistentchat.sip.SipUri;

/**
 * A {@code grpchat} message: posted by a client, delivered by the server to every member
 * (the author included, as SIPE does not echo its own posts), and replayed as {@code msg} in
 * backchat. The text is plain; the alert flag's wire name ({@code isAlert}) is our guess.
 *
 * @param seqId the sender's sequence id
 * @param channel the room ({@code chanUri})
 * @param author the sender ({@code author})
 * @param timestamp {@code ts}; a client's value is informational, the server stamps its own
 * @param text the content of the {@code chat} child
 * @param alert a high-priority message
 */
public record ChatMessage(
    SeqId seqId, ChannelUri channel, SipUri author, Instant timestamp, String text, boolean alert)
    implements ClientPayload, ServerPayload {

  public ChatMessage {
    Objects.requireNonNull(seqId, "seqId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(text, "text");
  }

  /** An ordinary (non-alert) message with seqid 1, the shape every delivery has. */
  public static ChatMessage of(ChannelUri channel, SipUri author, Instant timestamp, String text) {
    return new ChatMessage(SeqId.ONE, channel, author, timestamp, text, false);
  }
}
