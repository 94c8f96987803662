package org.persistentchat.admin.report;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistentchat.admin.report.UsageReport.DayCount;
import org.persistentchat.admin.report.UsageReport.InactiveRoom;
import org.persistentchat.admin.report.UsageReport.RoomCount;
import org.persistentchat.admin.report.UsageReport.UserCount;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.time.Ticks;

/**
 * Builds the usage report with aggregate queries over tblChat, the same joins as Microsoft's
 * published sample queries, so they run on H2 and SQL Server alike.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UsageReportService {

  /** .NET ticks per day: tblChat.chatDate divided by this is the day number since year 1. */
  static final long TICKS_PER_DAY = 864_000_000_000L;

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public UsageReport report(int days, int top, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate first = today.minusDays(days - 1L);
    long since = Ticks.of(first.atStartOfDay(ZoneOffset.UTC).toInstant()).value();
    return new UsageReport(days, topRooms(since, top), topUsers(since, top),
        inactiveRooms(since), perDay(since, first, today));
  }

  private List<RoomCount> topRooms(long since, int top) {
    List<?> rows = em.createNativeQuery("SELECT c.channelId, n.nodeName, COUNT(*)"
            + " FROM tblChat c JOIN tblNode n ON n.nodeID = c.channelId"
            + " WHERE c.chatDate >= ? GROUP BY c.channelId, n.nodeName"
            + " ORDER BY COUNT(*) DESC, n.nodeName")
        .setParameter(1, since).setMaxResults(top).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new RoomCount(number(r[0]).intValue(), (String) r[1], number(r[2]).longValue()))
        .toList();
  }

  private List<UserCount> topUsers(long since, int top) {
    List<?> rows = em.createNativeQuery("SELECT p.prinUri, COUNT(*)"
            + " FROM tblChat c JOIN tblPrincipal p ON p.prinID = c.userId"
            + " WHERE c.chatDate >= ? GROUP BY p.prinUri ORDER BY COUNT(*) DESC, p.prinUri")
        .setParameter(1, since).setMaxResults(top).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new UserCount((String) r[0], number(r[1]).longValue()))
        .toList();
  }

  /** Every room whose newest message is older than the period, or which has none. */
  private List<InactiveRoom> inactiveRooms(long since) {
    Map<Integer, Long> newest = new HashMap<>();
    for (Object row : em.createNativeQuery(
        "SELECT channelId, MAX(chatDate) FROM tblChat GROUP BY channelId").getResultList()) {
      Object[] r = (Object[]) row;
      newest.put(number(r[0]).intValue(), number(r[1]).longValue());
    }
    RoomStore rooms = new RoomStore(em);
    List<InactiveRoom> inactive = new ArrayList<>();
    for (Node category : new CategoryStore(em).list()) {
      for (Node room : rooms.roomsIn(category.id())) {
        Long last = newest.get(room.id().value());
        if (last == null || last < since) {
          inactive.add(new InactiveRoom(room.id().value(), room.name(),
              last == null ? null : new Ticks(last).toInstant().toString()));
        }
      }
    }
    inactive.sort(Comparator.comparing(InactiveRoom::name, String.CASE_INSENSITIVE_ORDER));
    return inactive;
  }

  private List<DayCount> perDay(long since, LocalDate first, LocalDate last) {
    Map<LocalDate, Long> counts = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      counts.put(day, 0L);
    }
    String day = "c.chatDate / " + TICKS_PER_DAY;
    for (Object row : em.createNativeQuery("SELECT " + day + ", COUNT(*) FROM tblChat c"
        + " WHERE c.chatDate >= ? GROUP BY " + day).setParameter(1, since).getResultList()) {
      Object[] r = (Object[]) row;
      LocalDate date = LocalDate.ofInstant(
          new Ticks(number(r[0]).longValue() * TICKS_PER_DAY).toInstant(), ZoneOffset.UTC);
      counts.computeIfPresent(date, (d, zero) -> number(r[1]).longValue());
    }
    return counts.entrySet().stream()
        .map(e -> new DayCount(e.getKey().toString(), e.getValue()))
        .toList();
  }

  private static Number number(Object value) {
    return (Number) value;
  }
}
