package org.persistentchat.schema;

/** The datasource points at a database product we have no migration scripts for. */
public class UnsupportedDatabaseException extends RuntimeException {

  public UnsupportedDatabaseException(String product) {
    super("No schema migrations for database product '" + product
        + "'; supported: H2, Microsoft SQL Server");
  }
}
