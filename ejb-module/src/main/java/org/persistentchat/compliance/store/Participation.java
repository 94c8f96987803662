package org.persistentchat.compliance.store;

import org.persistentchat.time.Ticks;

/**
 * A completed stay of a user in a room, read from {@code tblComplianceParticipant}: reported to the
 * adapter as a JOIN and a PART, then deleted.
 */
public record Participation(String channelUri, int userId, String userUri, Ticks joinedAt,
    Ticks partedAt) {

  static Participation of(Object[] row) {
    return new Participation((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
        new Ticks(((Number) row[3]).longValue()), new Ticks(((Number) row[4]).longValue()));
  }
}
