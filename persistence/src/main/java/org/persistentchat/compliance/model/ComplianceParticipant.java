package org.persistentchat.compliance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.time.Ticks;

/**
 * A participant of a room on one server, from join to part ({@code tblComplianceParticipant}).
 * {@code sessionId} is drawn at each service start, so rows of a crashed session are recognised as
 * orphans.
 */
@Entity
@Table(name = "tblComplianceParticipant")
@IdClass(ComplianceParticipant.Key.class)
public class ComplianceParticipant {

  @Id
  @Column(name = "channelUri", length = 256)
  private String channelUri;

  @Id
  @Column(name = "userId")
  private int userId;

  // A plain long: JPA does not apply attribute converters to key attributes.
  @Id
  @Column(name = "joinedAt")
  private long joinedAt;

  @Column(name = "partedAt")
  private Ticks partedAt;

  @Column(name = "userUri", nullable = false, length = 256)
  private String userUri;

  @Column(name = "serverID", nullable = false)
  private int serverId;

  @Column(name = "sessionId", nullable = false)
  private UUID sessionId;

  protected ComplianceParticipant() {}

  public ComplianceParticipant(String channelUri, int userId, String userUri, Ticks joinedAt,
      int serverId, UUID sessionId) {
    this.channelUri = channelUri;
    this.userId = userId;
    this.userUri = userUri;
    this.joinedAt = joinedAt.value();
    this.serverId = serverId;
    this.sessionId = sessionId;
  }

  public String channelUri() {
    return channelUri;
  }

  public int userId() {
    return userId;
  }

  public Ticks joinedAt() {
    return new Ticks(joinedAt);
  }

  public Optional<Ticks> partedAt() {
    return Optional.ofNullable(partedAt);
  }

  public String userUri() {
    return userUri;
  }

  public int serverId() {
    return serverId;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public void part(Ticks at) {
    this.partedAt = at;
  }

  /** Composite key (channelUri, userId, joinedAt). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String channelUri;
    public int userId;
    public long joinedAt;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.channelUri, channelUri) && k.userId == userId
          && k.joinedAt == joinedAt;
    }

    @Override
    public int hashCode() {
      return Objects.hash(channelUri, userId, joinedAt);
    }
  }
}
