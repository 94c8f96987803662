package org.persistentchat.xccos.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code sib} block of {@code rpl:getserverinfo}: the limits a client must respect.
 *
 * @param infoType the client's {@code infoType}, echoed
 * @param serverTime the server's clock, so clients can correct theirs
 * @param searchLimit the most rooms a search returns
 * @param messageSizeLimit the most bytes of one chat message
 * @param storySizeLimit the most bytes of one story (long post)
 * @param rootCategory the root of the category tree
 * @param databaseVersion an opaque schema version (a GUID on Microsoft servers)
 */
public record ServerInfo(
    Optional<String> infoType,
    Instant serverTime,
    int searchLimit,
    int messageSizeLimit,
    int storySizeLimit,
    CategoryUri rootCategory,
    String databaseVersion) {

  public ServerInfo {
    Objects.requireNonNull(infoType, "infoType");
    Objects.requireNonNull(serverTime, "serverTime");
    Objects.requireNonNull(rootCategory, "rootCategory");
    Objects.requireNonNull(databaseVersion, "databaseVersion");
    if (searchLimit < 0 || messageSizeLimit < 0 || storySizeLimit < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }
}
