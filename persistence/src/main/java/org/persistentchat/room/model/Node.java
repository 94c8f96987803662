package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.time.Ticks;

/**
 * A category or a room ({@code tblNode}): Microsoft keeps both in one table, told apart by
 * {@code nodeType}. Category-only columns ({@code logged}, {@code filePost}) are null on rooms;
 * a room's {@code invite} is null for "inherit" and false for "off".
 *
 * <p>Ids come in blocks from {@code pchatSequence}: identity columns do not work with
 * EclipseLink 4.0 on H2 2.x.
 */
@Entity
@Table(name = "tblNode")
public class Node {

  public static final int MAX_NAME_LENGTH = 256;
  public static final int MAX_DESCRIPTION_LENGTH = 256;

  @Id
  @Column(name = "nodeID")
  @TableGenerator(name = "nodeID", table = "pchatSequence", pkColumnName = "seqName",
      valueColumnName = "seqCount", pkColumnValue = "nodeID", allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "nodeID")
  private int nodeId;

  @Column(name = "nodeGuid", nullable = false, unique = true)
  private UUID guid;

  @Column(name = "parentID", nullable = false)
  private int parentId;

  @Column(name = "nodeType", nullable = false)
  private boolean category;

  @Column(name = "nodeName", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "nodeDesc", length = MAX_DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "invite")
  private Boolean invite;

  @Column(name = "logged")
  private Boolean logged;

  @Column(name = "filePost")
  private Boolean filePost;

  @Column(name = "disabled", nullable = false)
  private boolean disabled;

  @Column(name = "behavior", nullable = false)
  private RoomType type;

  @Column(name = "visibility", nullable = false)
  private Privacy privacy;

  @Column(name = "siopID")
  private UUID addinId;

  @Column(name = "nodeAddedBy", nullable = false)
  private int addedBy;

  @Column(name = "nodeAddedOn", nullable = false)
  private Ticks addedOn;

  @Column(name = "nodeUpdatedBy", nullable = false)
  private int updatedBy;

  @Column(name = "nodeUpdatedOn", nullable = false)
  private Ticks updatedOn;

  @Column(name = "purgedOn")
  private Ticks purgedOn;

  protected Node() {}

  /** A new category under the root; Lync keeps history on, file upload and invitations off. */
  public static Node newCategory(String name, String description, int actor, Ticks now) {
    Node n = new Node(true, NodeId.ROOT, name, description, actor, now);
    n.logged = true;
    n.filePost = false;
    n.invite = false;
    n.type = RoomType.NORMAL;
    n.privacy = Privacy.CLOSED;
    return n;
  }

  /** A new enabled room: invitations inherited from the category. */
  public static Node newRoom(NodeId category, String name, String description, Privacy privacy,
      RoomType type, int actor, Ticks now) {
    Node n = new Node(false, category, name, description, actor, now);
    n.privacy = Objects.requireNonNull(privacy, "privacy");
    n.type = Objects.requireNonNull(type, "type");
    return n;
  }

  private Node(boolean category, NodeId parent, String name, String description, int actor,
      Ticks now) {
    this.guid = UUID.randomUUID();
    this.category = category;
    this.parentId = parent.value();
    this.name = name;
    this.description = description;
    this.addedBy = actor;
    this.addedOn = now;
    this.updatedBy = actor;
    this.updatedOn = now;
  }

  public NodeId id() {
    return new NodeId(nodeId);
  }

  public UUID guid() {
    return guid;
  }

  public NodeId parentId() {
    return new NodeId(parentId);
  }

  public boolean isCategory() {
    return category;
  }

  public boolean isRoot() {
    return nodeId == NodeId.ROOT.value();
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Room: null = inherit the category, false = off. Category: the category switch. */
  public Boolean invite() {
    return invite;
  }

  /** Category only: whether messages of its rooms are stored. */
  public boolean chatHistory() {
    return !Boolean.FALSE.equals(logged);
  }

  /** Category only: whether files may be posted in its rooms. */
  public boolean fileUpload() {
    return Boolean.TRUE.equals(filePost);
  }

  public boolean isDisabled() {
    return disabled;
  }

  public RoomType type() {
    return type;
  }

  public Privacy privacy() {
    return privacy;
  }

  public Optional<UUID> addinId() {
    return Optional.ofNullable(addinId);
  }

  public Ticks addedOn() {
    return addedOn;
  }

  public Ticks updatedOn() {
    return updatedOn;
  }

  public void rename(String name, int actor, Ticks now) {
    this.name = name;
    touch(actor, now);
  }

  public void describe(String description, int actor, Ticks now) {
    this.description = description;
    touch(actor, now);
  }

  public void moveTo(NodeId category, int actor, Ticks now) {
    this.parentId = category.value();
    touch(actor, now);
  }

  public void setPrivacy(Privacy privacy, int actor, Ticks now) {
    this.privacy = Objects.requireNonNull(privacy);
    touch(actor, now);
  }

  public void setType(RoomType type, int actor, Ticks now) {
    this.type = Objects.requireNonNull(type);
    touch(actor, now);
  }

  public void setDisabled(boolean disabled, int actor, Ticks now) {
    this.disabled = disabled;
    touch(actor, now);
  }

  public void setAddin(UUID addinId, int actor, Ticks now) {
    this.addinId = addinId;
    touch(actor, now);
  }

  /** Room: {@code null} inherits the category, {@code false} switches invitations off. */
  public void setInvite(Boolean invite, int actor, Ticks now) {
    this.invite = invite;
    touch(actor, now);
  }

  /** Category switches: invitations, file upload, chat history. */
  public void setCategorySwitches(boolean invitations, boolean fileUpload, boolean chatHistory,
      int actor, Ticks now) {
    this.invite = invitations;
    this.filePost = fileUpload;
    this.logged = chatHistory;
    touch(actor, now);
  }

  private void touch(int actor, Ticks now) {
    this.updatedBy = actor;
    this.updatedOn = now;
  }
}
