package org.persistentchat.compliance.adapter;

/**
 * The {@code type} attribute of a {@code Message}: Microsoft's six {@code ComplianceMessageType}
 * values, plus the two administrative events (tblComplianceData types 10 and 11) that Lync records
 * but does not document in the XML; dropping them would lose compliance data.
 */
public enum MessageType {
  JOIN,
  PART,
  CHAT,
  BACKCHAT,
  FILEUPLOAD,
  FILEDOWNLOAD,
  CHATREPLACED,
  CHATPURGED;

  /** Whether the event concerns a file, i.e. belongs in the attachments manifest. */
  public boolean isFileTransfer() {
    return this == FILEUPLOAD || this == FILEDOWNLOAD;
  }
}
