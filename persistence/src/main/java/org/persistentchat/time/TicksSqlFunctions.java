package org.persistentchat.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Java bodies of the SQL functions the H2 schema declares with {@code CREATE ALIAS}; SQL Server
 * has T-SQL twins in its migration script.
 */
public final class TicksSqlFunctions {

  private TicksSqlFunctions() {}

  /**
   * {@code dbo.fnTicksToDate}: .NET ticks to a UTC date-time without zone, as SQL Server's
   * {@code datetime} result of Microsoft's function.
   */
  public static LocalDateTime ticksToDate(long ticks) {
    return LocalDateTime.ofInstant(new Ticks(ticks).toInstant(), ZoneOffset.UTC);
  }
}
