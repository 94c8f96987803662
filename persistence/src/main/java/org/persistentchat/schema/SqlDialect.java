package org.persistentchat.schema;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The database products we ship migration scripts for. */
public enum SqlDialect {
  H2("h2"),
  SQL_SERVER("sqlserver");

  private final String folder;

  SqlDialect(String folder) {
    this.folder = folder;
  }

  String folder() {
    return folder;
  }

  static SqlDialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("microsoft sql server")) {
      return SQL_SERVER;
    }
    throw new UnsupportedDatabaseException(metaData.getDatabaseProductName());
  }
}
