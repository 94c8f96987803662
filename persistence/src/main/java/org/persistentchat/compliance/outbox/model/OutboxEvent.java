package org.persistentchat.compliance.outbox.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.persistentchat.time.Ticks;

/**
 * One compliance event waiting in mgc for the relay to the compliance queue
 * ({@code pchatComplianceOutbox}, ours). It holds the event's fields as the chat service reported
 * them; the action is kept by name, so this module does not need the compliance service's types.
 */
@Entity
@Table(name = "pchatComplianceOutbox")
public class OutboxEvent {

  /**
   * The row's place in the order rows were written, drawn by the database at insert. The entity's
   * JPA identity stays the event id, so a post's insert does not wait for the number to come back.
   * Null in an entity persisted by this persistence context; read rows have it.
   */
  @Column(name = "outboxID", insertable = false, updatable = false)
  private Long outboxId;

  @Id
  @Column(name = "eventGuid", length = 36)
  private String eventGuid;

  @Column(name = "relayServerID", nullable = false)
  private int relayServerId;

  @Column(name = "action", nullable = false, length = 32)
  private String action;

  @Column(name = "eventTime", nullable = false)
  private Ticks time;

  @Column(name = "channelUri", nullable = false, length = 256)
  private String channelUri;

  @Column(name = "roomID", nullable = false)
  private long roomId;

  @Column(name = "chatID")
  private Long chatId;

  @Column(name = "userID", nullable = false)
  private int userId;

  @Column(name = "userUri", nullable = false, length = 256)
  private String userUri;

  @Column(name = "content", nullable = false)
  private String content;

  protected OutboxEvent() {}

  /**
   * @param relayServerId the server whose relay sends it: the one writing it
   * @param action the compliance action's name
   */
  public OutboxEvent(UUID eventGuid, int relayServerId, String action, Ticks time,
      String channelUri, long roomId, Long chatId, int userId, String userUri, String content) {
    this.eventGuid = eventGuid.toString();
    this.relayServerId = relayServerId;
    this.action = Objects.requireNonNull(action, "action");
    this.time = Objects.requireNonNull(time, "time");
    this.channelUri = Objects.requireNonNull(channelUri, "channelUri");
    this.roomId = roomId;
    this.chatId = chatId;
    this.userId = userId;
    this.userUri = Objects.requireNonNull(userUri, "userUri");
    this.content = content == null ? "" : content;
  }

  /** The row number, on rows read back from the table. */
  public long outboxId() {
    if (outboxId == null) {
      throw new IllegalStateException("outbox row " + eventGuid + " has not been read back");
    }
    return outboxId;
  }

  public UUID eventGuid() {
    return UUID.fromString(eventGuid);
  }

  public int relayServerId() {
    return relayServerId;
  }

  public String action() {
    return action;
  }

  public Ticks time() {
    return time;
  }

  public String channelUri() {
    return channelUri;
  }

  public long roomId() {
    return roomId;
  }

  public Long chatId() {
    return chatId;
  }

  public int userId() {
    return userId;
  }

  public String userUri() {
    return userUri;
  }

  public String content() {
    return content;
  }
}
