package org.persistentchat.addin.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a registered add-in ({@code tblSiopWhiteList.siopID}) across module boundaries. */
public record AddinId(UUID value) {

  public AddinId {
    Objects.requireNonNull(value, "add-in id");
  }
}
