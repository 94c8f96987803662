package org.persistentchat.schema;

/** The schema could not be brought up to date; the deployment must not serve traffic. */
public class SchemaMigrationException extends RuntimeException {

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
