package org.persistentchat.compliance.model;

/** {@code tblComplianceData.cmplType}: what a compliance event records. */
public enum ComplianceEventType {
  CHAT(1),
  BACKCHAT(2),
  FILE_DOWNLOAD(3),
  FILE_UPLOAD(4),
  PROVISIONAL_FILE_TRANSFER(9),
  CHAT_REPLACED(10),
  CHAT_PURGED(11);

  private final int code;

  ComplianceEventType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ComplianceEventType of(int code) {
    for (ComplianceEventType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tblComplianceData.cmplType " + code);
  }
}
