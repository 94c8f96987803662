package org.persistentchat.xccos.model;

import java.util.Objects;

/**
 * A {@code <rpl id="rpl:NAME" seqid="..">} answering one command.
 *
 * @param name the reply name without the {@code rpl:} prefix
 * @param inReplyTo the command answered, echoed as {@code commandid}
 * @param code the result
 * @param data the payload; {@link ReplyData.Empty} for every failure
 */
public record Reply(String name, CommandRef inReplyTo, ResponseCode code, ReplyData data)
    implements ServerPayload {

  private static final ReplyData EMPTY = new ReplyData.Empty();

  public Reply {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(data, "data");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("reply name must not be empty");
    }
  }

  /** A 200 reply to the command. */
  public static Reply success(Command command, ReplyData data) {
    return new Reply(command.replyName(), command.ref(), ResponseCode.SUCCESS_OK, data);
  }

  /** A 200 reply with {@code <data/>}. */
  public static Reply success(Command command) {
    return success(command, EMPTY);
  }

  /** A failed reply to the command, with {@code <data/>}. */
  public static Reply failure(Command command, ResponseCode code) {
    return failure(command.replyName(), command.ref(), code);
  }

  /** A failed reply when only the command's name and reference could be read. */
  public static Reply failure(String replyName, CommandRef inReplyTo, ResponseCode code) {
    if (code.isSuccess()) {
      throw new IllegalArgumentException("a failure needs an error code");
    }
    return new Reply(replyName, inReplyTo, code, EMPTY);
  }
}
