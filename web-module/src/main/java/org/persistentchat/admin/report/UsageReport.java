package org.persistentchat.admin.report;

import java.util.List;

/**
 * Usage over the last {@code days} days. Counts are of stored messages: rooms whose category keeps
 * no history are invisible here, as in Lync's report, which read the same table.
 */
public record UsageReport(int days, List<RoomCount> topRooms, List<UserCount> topUsers,
    List<InactiveRoom> inactiveRooms, List<DayCount> messagesPerDay) {

  /** A room and its messages in the period. */
  public record RoomCount(int id, String name, long messages) {}

  /** A user (SIP URI) and its messages in the period. */
  public record UserCount(String uri, long messages) {}

  /** A room without messages in the period; {@code lastMessage} null if it never had one. */
  public record InactiveRoom(int id, String name, String lastMessage) {}

  /** One UTC calendar day ({@code 2026-11-01}) and its messages; days without any count 0. */
  public record DayCount(String day, long count) {}
}
