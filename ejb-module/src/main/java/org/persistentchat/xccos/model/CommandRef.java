package org.persistentchat.xccos.model;

import java.util.Objects;

/**
 * Names one command for its reply: the envelope it came in and its seqid, echoed back in the
 * reply's {@code <commandid seqid=".." envid=".."/>}.
 */
public record CommandRef(EnvelopeId envelopeId, SeqId seqId) {

  public CommandRef {
    Objects.requireNonNull(envelopeId, "envelopeId");
    Objects.requireNonNull(seqId, "seqId");
  }
}
