package org.persistentchat.compliance.adapter;

/**
 * An adapter could not translate a batch. The run keeps every event of the batch and tries again
 * at the next interval.
 */
public class AdapterException extends Exception {

  public AdapterException(String message, Throwable cause) {
    super(message, cause);
  }
}
