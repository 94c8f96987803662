package org.persistentchat.schema;

/**
 * The two databases of a Persistent Chat pool, with their persistence-unit and datasource names.
 *
 * <p>The JNDI names are the ones the server configuration scripts create ({@code ear/src/main/cli}).
 */
public enum PersistenceUnits {
  /** Rooms, categories, principals, roles, chat history, pool coordination. */
  MGC("mgc", "java:jboss/datasources/mgc"),
  /** Compliance events awaiting the compliance adapter. */
  MGCCOMP("mgccomp", "java:jboss/datasources/mgccomp");

  private final String unitName;
  private final String dataSourceJndiName;

  PersistenceUnits(String unitName, String dataSourceJndiName) {
    this.unitName = unitName;
    this.dataSourceJndiName = dataSourceJndiName;
  }

  public String unitName() {
    return unitName;
  }

  public String dataSourceJndiName() {
    return dataSourceJndiName;
  }

  /** Root of this database's migration scripts; a dialect folder sits below it. */
  String migrationRoot() {
    return "db/" + unitName;
  }
}
