package org.persistentchat.xccos;

import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.SeqId;

/**
 * What the parser has learnt about an envelope so far; kept while streaming so that a failure
 * half-way can still say which command it hit. One instance per parse, never shared.
 */
final class EnvelopeProgress {

  private EnvelopeId envelopeId;
  private String commandName;
  private SeqId seqId;

  EnvelopeId envelopeId() {
    return envelopeId;
  }

  String commandName() {
    return commandName;
  }

  SeqId seqId() {
    return seqId;
  }

  void envelopeId(EnvelopeId id) {
    envelopeId = id;
  }

  void command(String name, SeqId seq) {
    commandName = name;
    seqId = seq;
  }
}
