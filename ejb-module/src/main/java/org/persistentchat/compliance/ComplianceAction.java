package org.persistentchat.compliance;

/**
 * What a compliance event records. Joins and parts maintain {@code tblComplianceParticipant};
 * the others become {@code tblComplianceData} rows of the matching {@code cmplType}.
 */
public enum ComplianceAction {
  JOIN,
  PART,
  CHAT,
  BACKCHAT,
  FILE_UPLOAD,
  FILE_DOWNLOAD,
  CHAT_REPLACED,
  CHAT_PURGED
}
