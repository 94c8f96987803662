package org.persistentchat.store;

/** A URL is missing, too long, malformed, or not http/https (add-ins, RoomManagementUrl). */
public class InvalidUrlException extends StoreException {

  public InvalidUrlException(String what, String url, String problem) {
    super(what + " URL '" + url + "' " + problem);
  }
}
