package org.persistentchat.message.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.time.Ticks;

/**
 * One message of a room ({@code tblChat}). Plain text in {@code content} (file links as
 * {@code ma-filelink:}, stories as {@code [STORY]...}), an optional RTF copy for legacy clients.
 * Messages are never edited by their authors, so the entity has no setters.
 */
@Entity
@Table(name = "tblChat")
@IdClass(Chat.Key.class)
public class Chat {

  @Id
  @Column(name = "channelId")
  private int channelId;

  @Id
  @Column(name = "chatId")
  private long chatId;

  @Column(name = "chatDate", nullable = false)
  private Ticks chatDate;

  @Column(name = "userId", nullable = false)
  private int userId;

  @Column(name = "isAlert", nullable = false)
  private boolean alert;

  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "rtf")
  private String rtf;

  protected Chat() {}

  public Chat(ChatId id, PrincipalId author, Ticks date, boolean alert, String content,
      String rtf) {
    this.channelId = id.room().value();
    this.chatId = id.sequence();
    this.userId = author.value();
    this.chatDate = date;
    this.alert = alert;
    this.content = Objects.requireNonNull(content, "content");
    this.rtf = rtf;
  }

  public ChatId id() {
    return new ChatId(new NodeId(channelId), chatId);
  }

  public NodeId room() {
    return new NodeId(channelId);
  }

  public PrincipalId author() {
    return new PrincipalId(userId);
  }

  public Ticks date() {
    return chatDate;
  }

  public boolean isAlert() {
    return alert;
  }

  public String content() {
    return content;
  }

  public Optional<String> rtf() {
    return Optional.ofNullable(rtf);
  }

  @Override
  public String toString() {
    return "Chat[" + channelId + "#" + chatId + " by " + userId + ": " + content + "]";
  }

  /** Composite key (channelId, chatId). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int channelId;
    public long chatId;

    public Key() {}

    public Key(int channelId, long chatId) {
      this.channelId = channelId;
      this.chatId = chatId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.channelId == channelId && k.chatId == chatId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(channelId, chatId);
    }
  }
}
