package org.persistentchat.file.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A short-lived upload or download token ({@code tblFileToken}), pinned until compliance has read
 * the file. Times are UTC {@code datetime2} values, hence {@link LocalDateTime}.
 */
@Entity
@Table(name = "tblFileToken")
public class FileToken {

  @Id
  @Column(name = "fileToken", length = 64)
  private String token;

  @Column(name = "fileTokenUserID", nullable = false)
  private int userId;

  @Column(name = "fileTokenChannelID", nullable = false)
  private UUID roomGuid;

  @Column(name = "fileTokenExpireDate", nullable = false)
  private LocalDateTime expiresUtc;

  @Column(name = "fileTokenComplianceFileUrl", length = 512)
  private String complianceFileUrl;

  @Column(name = "fileTokenComplianceThumbnailUrl", length = 512)
  private String complianceThumbnailUrl;

  @Column(name = "fileTokenComplianceTime")
  private LocalDateTime complianceTimeUtc;

  @Column(name = "fileTokenComplianceIsUpload")
  private Boolean upload;

  @Column(name = "fileTokenCompliancePinned", nullable = false)
  private boolean pinned;

  protected FileToken() {}

  public FileToken(String token, int userId, UUID roomGuid, LocalDateTime expiresUtc,
      boolean upload) {
    this.token = token;
    this.userId = userId;
    this.roomGuid = roomGuid;
    this.expiresUtc = expiresUtc;
    this.upload = upload;
  }

  public String token() {
    return token;
  }

  public int userId() {
    return userId;
  }

  public UUID roomGuid() {
    return roomGuid;
  }

  public LocalDateTime expiresUtc() {
    return expiresUtc;
  }

  public Optional<String> complianceFileUrl() {
    return Optional.ofNullable(complianceFileUrl);
  }

  public boolean isPinned() {
    return pinned;
  }

  /** Keeps the token past its expiry until the compliance service has read the file. */
  public void pinForCompliance(String fileUrl, String thumbnailUrl, LocalDateTime timeUtc) {
    this.complianceFileUrl = fileUrl;
    this.complianceThumbnailUrl = thumbnailUrl;
    this.complianceTimeUtc = timeUtc;
    this.pinned = true;
  }

  public void unpin() {
    this.pinned = false;
  }
}
