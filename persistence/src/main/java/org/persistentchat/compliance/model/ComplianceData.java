package org.persistentchat.compliance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.UUID;
import org.persistentchat.time.Ticks;

/**
 * A compliance event awaiting the adapter ({@code tblComplianceData}). Rows are deleted once the
 * adapter has processed them. Chat and user ids point into mgc, another database.
 */
@Entity
@Table(name = "tblComplianceData")
public class ComplianceData {

  @Id
  @Column(name = "cmplEventID")
  @TableGenerator(name = "cmplEventID", table = "pchatSequence", pkColumnName = "seqName",
      valueColumnName = "seqCount", pkColumnValue = "cmplEventID", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cmplEventID")
  private long eventId;

  /** UTC, minute precision on SQL Server (smalldatetime); far future for provisional events. */
  @Column(name = "entryDate", nullable = false)
  private LocalDateTime entryDate;

  @Column(name = "cmplType", nullable = false)
  private int type;

  @Column(name = "cmplTime", nullable = false)
  private Ticks time;

  @Column(name = "cmplChannelUri", length = 256)
  private String channelUri;

  @Column(name = "cmplChatID")
  private Long chatId;

  @Column(name = "cmplUserID")
  private Integer userId;

  @Column(name = "cmplUserUri", length = 256)
  private String userUri;

  @Column(name = "cmplMessage")
  private String message;

  /** Ours (ADR 12): the chat service's id of the event, unique, so it is recorded once. */
  @Column(name = "pchatEventGuid", nullable = false, length = 36)
  private String eventGuid;

  protected ComplianceData() {}

  public ComplianceData(UUID eventGuid, ComplianceEventType type, LocalDateTime entryDate,
      Ticks time, String channelUri, Long chatId, Integer userId, String userUri, String message) {
    this.eventGuid = eventGuid.toString();
    this.type = type.code();
    this.entryDate = entryDate;
    this.time = time;
    this.channelUri = channelUri;
    this.chatId = chatId;
    this.userId = userId;
    this.userUri = userUri;
    this.message = message;
  }

  public long eventId() {
    return eventId;
  }

  public UUID eventGuid() {
    return UUID.fromString(eventGuid);
  }

  public ComplianceEventType type() {
    return ComplianceEventType.of(type);
  }

  public LocalDateTime entryDate() {
    return entryDate;
  }

  public Ticks time() {
    return time;
  }

  public String channelUri() {
    return channelUri;
  }

  public Long chatId() {
    return chatId;
  }

  public Integer userId() {
    return userId;
  }

  public String userUri() {
    return userUri;
  }

  public String message() {
    return message;
  }
}
