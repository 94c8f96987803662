package org.persistentchat.compliance.store;

import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.adapter.MessageType;
import org.persistentchat.compliance.model.ComplianceEventType;

/** Maps between the chat service's actions, mgccomp's cmplType codes and the XML message types. */
public final class EventTypes {

  private EventTypes() {}

  /** The tblComplianceData type of an action (JOIN and PART are our codes 101 and 102). */
  public static ComplianceEventType dataType(ComplianceAction action) {
    return switch (action) {
      case CHAT -> ComplianceEventType.CHAT;
      case BACKCHAT -> ComplianceEventType.BACKCHAT;
      case FILE_UPLOAD -> ComplianceEventType.FILE_UPLOAD;
      case FILE_DOWNLOAD -> ComplianceEventType.FILE_DOWNLOAD;
      case CHAT_REPLACED -> ComplianceEventType.CHAT_REPLACED;
      case CHAT_PURGED -> ComplianceEventType.CHAT_PURGED;
      case JOIN -> ComplianceEventType.JOIN;
      case PART -> ComplianceEventType.PART;
    };
  }

  /**
   * The XML type of a stored event. A provisional file transfer (type 9) counts as an upload:
   * Lync parks it with a far-future entryDate until the upload completes, and the run reads only
   * rows whose entryDate has passed.
   */
  public static MessageType messageType(ComplianceEventType type) {
    return switch (type) {
      case CHAT -> MessageType.CHAT;
      case BACKCHAT -> MessageType.BACKCHAT;
      case FILE_UPLOAD, PROVISIONAL_FILE_TRANSFER -> MessageType.FILEUPLOAD;
      case FILE_DOWNLOAD -> MessageType.FILEDOWNLOAD;
      case CHAT_REPLACED -> MessageType.CHATREPLACED;
      case CHAT_PURGED -> MessageType.CHATPURGED;
      case JOIN -> MessageType.JOIN;
      case PART -> MessageType.PART;
    };
  }
}
