package org.persistentchat.xccos;

import java.util.Objects;
import java.util.Optional;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ResponseCode;

/**
 * A client body that is not a usable XCCOS envelope. It carries as much of the envelope as could
 * be read, so the caller can choose its answer: an XCCOS error reply when a command was
 * identified ({@link #errorReply()}), otherwise a SIP-level error response.
 */
public final class MalformedXccosException extends Exception {

  /** Why the body was refused. */
  public enum Reason {
    /** The body is larger than {@link XccosLimits#maxBodyBytes()}. */
    BODY_TOO_LARGE,
    /** Elements nest deeper than {@link XccosLimits#maxDepth()}. */
    TOO_DEEP,
    /** The body declares a DOCTYPE or uses an entity, which XCCOS never needs. */
    DOCTYPE_FORBIDDEN,
    /** The body is not well-formed XML. */
    NOT_WELL_FORMED,
    /** Well-formed, but the root is not {@code <xccos>} in the XCCOS namespace. */
    NOT_AN_ENVELOPE,
    /** An envelope whose content breaks the protocol (missing or invalid attribute...). */
    INVALID_CONTENT
  }

  private final Reason reason;
  // Nullable rather than Optional: exceptions are Serializable, Optional is not.
  private final transient EnvelopeId envelopeId;
  private final String commandName;
  private final transient CommandRef commandRef;

  MalformedXccosException(Reason reason, String message, EnvelopeProgress progress) {
    this(reason, message, progress, null);
  }

  MalformedXccosException(
      Reason reason, String message, EnvelopeProgress progress, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.envelopeId = progress.envelopeId();
    this.commandName = progress.commandName();
    this.commandRef =
        progress.envelopeId() == null || progress.seqId() == null
            ? null
            : new CommandRef(progress.envelopeId(), progress.seqId());
  }

  public Reason reason() {
    return reason;
  }

  /** The envelope id, if the root element could be read. */
  public Optional<EnvelopeId> envelopeId() {
    return Optional.ofNullable(envelopeId);
  }

  /** The command's name without {@code cmd:}, if a {@code cmd} element could be read. */
  public Optional<String> commandName() {
    return Optional.ofNullable(commandName);
  }

  /** Envelope id and seqid of the command, if both could be read. */
  public Optional<CommandRef> commandRef() {
    return Optional.ofNullable(commandRef);
  }

  /**
   * The XCCOS reply the server should send, {@code rpl:NAME} with 400, when the command could be
   * identified; empty when the answer has to be a SIP error (no envelope, or a chat post).
   */
  public Optional<Reply> errorReply() {
    if (commandName == null || commandRef == null) {
      return Optional.empty();
    }
    return Optional.of(
        Reply.failure(
            CommandNames.replyFor(commandName), commandRef, ResponseCode.ERR_INVALID_ARGUMENT));
  }
}
