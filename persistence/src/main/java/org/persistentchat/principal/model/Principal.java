package org.persistentchat.principal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.time.Ticks;

/**
 * A cached directory principal ({@code tblPrincipal}): a user ({@code sip:} URI), or a group,
 * OU or domain ({@code ma-grp:} URI).
 */
@Entity
@Table(name = "tblPrincipal")
public class Principal {

  public static final int MAX_URI_LENGTH = 256;
  public static final int MAX_NAME_LENGTH = 256;

  /** {@code prinDisabled}: 0 active, 1 SIP disabled, 2 deleted from the directory. */
  public static final byte ACTIVE = 0;
  public static final byte SIP_DISABLED = 1;
  public static final byte DELETED = 2;

  @Id
  @Column(name = "prinID")
  @TableGenerator(name = "prinID", table = "pchatSequence", pkColumnName = "seqName",
      valueColumnName = "seqCount", pkColumnValue = "prinID", allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "prinID")
  private int prinId;

  @Column(name = "prinGuid", nullable = false, unique = true)
  private UUID guid;

  @Column(name = "prinUri", nullable = false, unique = true, length = MAX_URI_LENGTH)
  private String uri;

  @Column(name = "prinName", length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "prinDisplayName", length = MAX_NAME_LENGTH)
  private String displayName;

  @Column(name = "prinCompanyName")
  private String companyName;

  @Column(name = "prinEmail")
  private String email;

  @Column(name = "prinADPath", length = 384)
  private String adPath;

  @Column(name = "prinADUserPrincipalName")
  private String userPrincipalName;

  @Column(name = "prinDisabled", nullable = false)
  private byte disabled = ACTIVE;

  @Column(name = "prinTypeID", nullable = false)
  private short typeId;

  @Column(name = "prinPoolID")
  private Integer poolId;

  @Column(name = "prinPolicyID")
  private Integer policyId;

  @Column(name = "prinAddedBy", nullable = false)
  private int addedBy;

  @Column(name = "prinAddedOn", nullable = false)
  private Ticks addedOn;

  @Column(name = "prinUpdatedBy", nullable = false)
  private int updatedBy;

  @Column(name = "prinUpdatedOn", nullable = false)
  private Ticks updatedOn;

  @Column(name = "prinVerifiedOn")
  private Ticks verifiedOn;

  protected Principal() {}

  public Principal(UUID guid, String uri, PrincipalType type, String name, String displayName,
      int actor, Ticks now) {
    this.guid = guid;
    this.uri = uri;
    this.typeId = type.id();
    this.name = name;
    this.displayName = displayName;
    this.addedBy = actor;
    this.addedOn = now;
    this.updatedBy = actor;
    this.updatedOn = now;
  }

  public PrincipalId id() {
    return new PrincipalId(prinId);
  }

  public UUID guid() {
    return guid;
  }

  public String uri() {
    return uri;
  }

  public PrincipalType type() {
    return PrincipalType.of(typeId);
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> adPath() {
    return Optional.ofNullable(adPath);
  }

  public byte disabled() {
    return disabled;
  }

  public boolean isActive() {
    return disabled == ACTIVE;
  }

  public void describe(String email, String companyName, String adPath, String upn, int actor,
      Ticks now) {
    this.email = email;
    this.companyName = companyName;
    this.adPath = adPath;
    this.userPrincipalName = upn;
    this.updatedBy = actor;
    this.updatedOn = now;
  }

  public void setDisabled(byte state, int actor, Ticks now) {
    if (state < ACTIVE || state > DELETED) {
      throw new IllegalArgumentException("prinDisabled is 0, 1 or 2: " + state);
    }
    this.disabled = state;
    this.updatedBy = actor;
    this.updatedOn = now;
  }
}
