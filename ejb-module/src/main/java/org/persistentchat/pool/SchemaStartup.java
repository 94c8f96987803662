package org.persistentchat.pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.schema.SchemaMigrator;

/**
 * Brings mgc and mgccomp to the current schema before anything else of the chat service runs
 * (beans that serve traffic depend on this one), then registers this node in the pool.
 * A failed migration fails the deployment: serving on a wrong schema would corrupt data.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {

  @Resource(lookup = "java:jboss/datasources/mgc")
  private DataSource mgc;

  @Resource(lookup = "java:jboss/datasources/mgccomp")
  private DataSource mgccomp;

  @EJB
  private ServerRegistry registry;

  @PostConstruct
  void migrateAndRegister() {
    SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.class.getClassLoader());
    for (var outcome : new SchemaMigrator.MigrationOutcome[] {
        migrator.migrate(PersistenceUnits.MGC, mgc), migrator.migrate(PersistenceUnits.MGCCOMP, mgccomp)}) {
      PoolLogger.LOG.schemaReady(outcome.unit().unitName(), outcome.dialect().name(),
          outcome.schemaVersion(), outcome.migrationsExecuted());
    }
    registry.registerThisNode();
  }
}
