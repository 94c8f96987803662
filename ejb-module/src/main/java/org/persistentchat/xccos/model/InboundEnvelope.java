package org.persistentchat.xccos.model;

import java.util.Objects;

/** One parsed client envelope: its id and its single payload. */
public record InboundEnvelope(EnvelopeId envelopeId, ClientPayload payload) {

  public InboundEnvelope {
    Objects.requireNonNull(envelopeId, "envelopeId");
    Objects.requireNonNull(payload, "payload");
  }
}
