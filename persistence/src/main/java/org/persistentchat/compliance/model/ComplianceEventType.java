package org.persistentchat.compliance.model;

/**
 * {@code tblComplianceData.cmplType}: what a compliance event records. Microsoft's codes, plus 101
 * and 102 of ours: a join and a part are events of their own, so that each is reported when it
 * happens (ADR 12).
 */
public enum ComplianceEventType {
  CHAT(1),
  BACKCHAT(2),
  FILE_DOWNLOAD(3),
  FILE_UPLOAD(4),
  PROVISIONAL_FILE_TRANSFER(9),
  CHAT_REPLACED(10),
  CHAT_PURGED(11),
  JOIN(101),
  PART(102);

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
