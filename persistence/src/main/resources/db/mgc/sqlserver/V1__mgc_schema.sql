-- mgc on Microsoft SQL Server (T-SQL): Microsoft's Persistent Chat store schema (Lync Server
-- 2013 / SfB 2015), table and column names as published, so that Microsoft's sample
-- reporting queries run unchanged.
-- Keep this script in step with ../h2/V1__mgc_schema.sql: same tables, columns, keys,
-- indexes and static rows; only the type names and the fnTicksToDate function differ.
--
-- Left out on purpose (the Active Directory sync staging area, replaced by our own directory
-- sync that does not stage in the database): tblADCookie, tblADUpdates,
-- tblPrincipalMemberDifference, tblPrincipalMeta, tblSkippedAffiliations.
--
-- Deviations from Microsoft's published keys, each for a reason:
-- * tblLastChatId is keyed by nodeID alone (published: nodeID, lastChatID), so that the
--   sequence is bumped in place instead of by re-keying the row.
-- * tblAdminLock and tblSystemRevision get a single-row key (lockID / revID = 1), as
--   tblComplianceState does in mgccomp, so that JPA can address the row.
-- * pchatSequence is ours: it hands out nodeID and prinID blocks (JPA table generation),
--   because identity columns are not portable to H2 2.x with EclipseLink 4.0.
-- * pchatSetting and pchatPolicyGrant are ours: scoped settings and per-user policy grants
--   (reasons at the tables).

-- Identifier blocks for new nodes and principals. seqCount is the last id handed out.
CREATE TABLE pchatSequence (
  seqName  NVARCHAR(64) NOT NULL,
  seqCount BIGINT       NOT NULL,
  CONSTRAINT PK_pchatSequence PRIMARY KEY (seqName)
);

-- ---------------------------------------------------------------- server coordination

CREATE TABLE tblServerIdentity (
  serverID           INT            NOT NULL,
  serverAddress      NVARCHAR(256)  NOT NULL,
  serverLastPingTime BIGINT         NOT NULL,
  CONSTRAINT PK_tblServerIdentity PRIMARY KEY (serverID),
  CONSTRAINT UQ_tblServerIdentity_address UNIQUE (serverAddress)
);

CREATE TABLE tblActivePeers (
  aplServerID INT NOT NULL,
  aplPeerID   INT NOT NULL,
  CONSTRAINT PK_tblActivePeers PRIMARY KEY (aplServerID, aplPeerID),
  CONSTRAINT FK_tblActivePeers_server FOREIGN KEY (aplServerID)
    REFERENCES tblServerIdentity (serverID) ON DELETE CASCADE,
  CONSTRAINT FK_tblActivePeers_peer FOREIGN KEY (aplPeerID)
    REFERENCES tblServerIdentity (serverID)
);

CREATE TABLE tblAdminLock (
  lockID          SMALLINT NOT NULL,
  lockExpiresTime BIGINT   NOT NULL,
  lockServerID    INT      NOT NULL,
  lockActorID     INT      NOT NULL,
  CONSTRAINT PK_tblAdminLock PRIMARY KEY (lockID),
  CONSTRAINT CK_tblAdminLock_single CHECK (lockID = 1)
);

CREATE TABLE tblSystemRevision (
  revID       SMALLINT NOT NULL,
  sysRevision BIGINT   NOT NULL,
  CONSTRAINT PK_tblSystemRevision PRIMARY KEY (revID),
  CONSTRAINT CK_tblSystemRevision_single CHECK (revID = 1)
);

CREATE TABLE tblConfig (
  configLabel   NVARCHAR(256) NOT NULL,
  configContent NVARCHAR(MAX) NULL,
  configPoolID  UNIQUEIDENTIFIER NULL,
  CONSTRAINT PK_tblConfig PRIMARY KEY (configLabel)
);

-- ---------------------------------------------------------------- enumerations

CREATE TABLE tblEnumAttribute (
  attributeID   INT          NOT NULL,
  attributeName NVARCHAR(64) NOT NULL,
  CONSTRAINT PK_tblEnumAttribute PRIMARY KEY (attributeID)
);

CREATE TABLE tblEnumValue (
  valueID        INT          NOT NULL,
  attributeID    INT          NOT NULL,
  attributeValue NVARCHAR(64) NOT NULL,
  CONSTRAINT PK_tblEnumValue PRIMARY KEY (valueID),
  CONSTRAINT FK_tblEnumValue_attribute FOREIGN KEY (attributeID)
    REFERENCES tblEnumAttribute (attributeID)
);

-- ---------------------------------------------------------------- principals

CREATE TABLE tblPrincipalType (
  ptypeID           SMALLINT     NOT NULL,
  ptypeDesc         NVARCHAR(64) NOT NULL,
  ptypeIsSystemUser BIT          NOT NULL,
  ptypeIsUser       BIT          NOT NULL,
  CONSTRAINT PK_tblPrincipalType PRIMARY KEY (ptypeID)
);

CREATE TABLE tblPrincipal (
  prinID                  INT           NOT NULL,
  prinGuid                UNIQUEIDENTIFIER NOT NULL,
  prinUri                 NVARCHAR(256) NOT NULL,
  prinName                NVARCHAR(256) NULL,
  prinDisplayName         NVARCHAR(256) NULL,
  prinCompanyName         NVARCHAR(256) NULL,
  prinEmail               NVARCHAR(256) NULL,
  prinADPath              NVARCHAR(384) NULL,
  prinADUserPrincipalName NVARCHAR(256) NULL,
  prinDisabled            TINYINT       DEFAULT 0 NOT NULL,
  prinTypeID              SMALLINT      NOT NULL,
  prinPoolID              INT           NULL,
  prinPolicyID            INT           NULL,
  prinAddedBy             INT           NOT NULL,
  prinAddedOn             BIGINT        NOT NULL,
  prinUpdatedBy           INT           NOT NULL,
  prinUpdatedOn           BIGINT        NOT NULL,
  prinVerifiedOn          BIGINT        NULL,
  CONSTRAINT PK_tblPrincipal PRIMARY KEY (prinID),
  CONSTRAINT UQ_tblPrincipal_guid UNIQUE (prinGuid),
  CONSTRAINT UQ_tblPrincipal_uri UNIQUE (prinUri),
  CONSTRAINT FK_tblPrincipal_type FOREIGN KEY (prinTypeID) REFERENCES tblPrincipalType (ptypeID),
  CONSTRAINT CK_tblPrincipal_disabled CHECK (prinDisabled IN (0, 1, 2))
);

-- Transitive memberships, including the principal itself ([index] -1); read for ACL checks.
CREATE TABLE tblPrincipalAffiliations (
  principalID   INT NOT NULL,
  affiliationID INT NOT NULL,
  [index]       INT NOT NULL,
  updatedBy     INT NOT NULL,
  CONSTRAINT PK_tblPrincipalAffiliations PRIMARY KEY (principalID, [index], affiliationID),
  CONSTRAINT FK_tblPrincipalAffiliations_principal FOREIGN KEY (principalID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE,
  CONSTRAINT FK_tblPrincipalAffiliations_affiliation FOREIGN KEY (affiliationID)
    REFERENCES tblPrincipal (prinID)
);
CREATE INDEX IX_tblPrincipalAffiliations_affiliation ON tblPrincipalAffiliations (affiliationID);

CREATE TABLE tblPrincipalMembers (
  prinID       INT           NOT NULL,
  memberADPath NVARCHAR(384) NOT NULL,
  CONSTRAINT PK_tblPrincipalMembers PRIMARY KEY (prinID, memberADPath),
  CONSTRAINT FK_tblPrincipalMembers_principal FOREIGN KEY (prinID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- add-ins, nodes, roles

CREATE TABLE tblSiopWhiteList (
  siopID   UNIQUEIDENTIFIER NOT NULL,
  siopName NVARCHAR(50)  NOT NULL,
  siopUrl  NVARCHAR(255) NOT NULL,
  CONSTRAINT PK_tblSiopWhiteList PRIMARY KEY (siopID),
  CONSTRAINT UQ_tblSiopWhiteList_name UNIQUE (siopName)
);

-- Categories (nodeType 1) and rooms (nodeType 0) share one name space per pool, hence one
-- unique key on nodeName. The root category (nodeID 1) is its own parent.
CREATE TABLE tblNode (
  nodeID        INT           NOT NULL,
  nodeGuid      UNIQUEIDENTIFIER NOT NULL,
  parentID      INT           NOT NULL,
  nodeType      BIT           NOT NULL,
  nodeName      NVARCHAR(256) NOT NULL,
  nodeDesc      NVARCHAR(256) NULL,
  invite        BIT           NULL,
  logged        BIT           NULL,
  filePost      BIT           NULL,
  disabled      BIT           DEFAULT 0 NOT NULL,
  behavior      INT           NOT NULL,
  visibility    INT           NOT NULL,
  siopID        UNIQUEIDENTIFIER NULL,
  nodeAddedBy   INT           NOT NULL,
  nodeAddedOn   BIGINT        NOT NULL,
  nodeUpdatedBy INT           NOT NULL,
  nodeUpdatedOn BIGINT        NOT NULL,
  purgedOn      BIGINT        NULL,
  CONSTRAINT PK_tblNode PRIMARY KEY (nodeID),
  CONSTRAINT UQ_tblNode_guid UNIQUE (nodeGuid),
  CONSTRAINT UQ_tblNode_name UNIQUE (nodeName),
  CONSTRAINT FK_tblNode_parent FOREIGN KEY (parentID) REFERENCES tblNode (nodeID),
  CONSTRAINT FK_tblNode_behavior FOREIGN KEY (behavior) REFERENCES tblEnumValue (valueID),
  CONSTRAINT FK_tblNode_visibility FOREIGN KEY (visibility) REFERENCES tblEnumValue (valueID),
  CONSTRAINT FK_tblNode_siop FOREIGN KEY (siopID) REFERENCES tblSiopWhiteList (siopID),
  CONSTRAINT CK_tblNode_behavior CHECK (behavior IN (4, 5)),
  CONSTRAINT CK_tblNode_visibility CHECK (visibility IN (2, 3, 6))
);
CREATE INDEX IX_tblNode_parent ON tblNode (parentID);

CREATE TABLE tblScopePrincipal (
  scopeNodeID    INT NOT NULL,
  scopePrinID    INT NOT NULL,
  scopeIsDenied  BIT NOT NULL,
  scopeUpdatedBy INT NOT NULL,
  CONSTRAINT PK_tblScopePrincipal PRIMARY KEY (scopeNodeID, scopePrinID),
  CONSTRAINT FK_tblScopePrincipal_node FOREIGN KEY (scopeNodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE,
  CONSTRAINT FK_tblScopePrincipal_principal FOREIGN KEY (scopePrinID)
    REFERENCES tblPrincipal (prinID)
);
CREATE INDEX IX_tblScopePrincipal_principal ON tblScopePrincipal (scopePrinID);

CREATE TABLE tblRoleType (
  rtypeID             SMALLINT     NOT NULL,
  rtypeDesc           NVARCHAR(64) NOT NULL,
  rtypeAllowedPermSet BIGINT       NOT NULL,
  CONSTRAINT PK_tblRoleType PRIMARY KEY (rtypeID)
);

CREATE TABLE tblPrincipalRole (
  prinRoleNodeID    INT      NOT NULL,
  prinRolePrinID    INT      NOT NULL,
  prinRoleTypeID    SMALLINT NOT NULL,
  prinRoleUpdatedBy INT      NOT NULL,
  CONSTRAINT PK_tblPrincipalRole PRIMARY KEY (prinRoleNodeID, prinRolePrinID, prinRoleTypeID),
  CONSTRAINT FK_tblPrincipalRole_node FOREIGN KEY (prinRoleNodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE,
  CONSTRAINT FK_tblPrincipalRole_principal FOREIGN KEY (prinRolePrinID)
    REFERENCES tblPrincipal (prinID),
  CONSTRAINT FK_tblPrincipalRole_type FOREIGN KEY (prinRoleTypeID)
    REFERENCES tblRoleType (rtypeID)
);
-- "Rooms where this user is a direct member" starts from the principal.
CREATE INDEX IX_tblPrincipalRole_principal ON tblPrincipalRole (prinRolePrinID, prinRoleTypeID);

-- ---------------------------------------------------------------- invitations

CREATE TABLE tblLastInviteId (
  prinID       INT NOT NULL,
  lastInviteID INT NOT NULL,
  CONSTRAINT PK_tblLastInviteId PRIMARY KEY (prinID),
  CONSTRAINT FK_tblLastInviteId_principal FOREIGN KEY (prinID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE
);

CREATE TABLE tblPrincipalInvites (
  prinID    INT    NOT NULL,
  invID     INT    NOT NULL,
  nodeID    INT    NOT NULL,
  createdOn BIGINT NOT NULL,
  CONSTRAINT PK_tblPrincipalInvites PRIMARY KEY (prinID, nodeID),
  CONSTRAINT FK_tblPrincipalInvites_principal FOREIGN KEY (prinID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE,
  CONSTRAINT FK_tblPrincipalInvites_node FOREIGN KEY (nodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE
);
CREATE INDEX IX_tblPrincipalInvites_node ON tblPrincipalInvites (nodeID);

-- ---------------------------------------------------------------- chat history

CREATE TABLE tblLastChatId (
  nodeID     INT    NOT NULL,
  lastChatID BIGINT NOT NULL,
  CONSTRAINT PK_tblLastChatId PRIMARY KEY (nodeID),
  CONSTRAINT FK_tblLastChatId_node FOREIGN KEY (nodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE
);

CREATE TABLE tblChat (
  channelId INT     NOT NULL,
  chatId    BIGINT  NOT NULL,
  chatDate  BIGINT  NOT NULL,
  userId    INT     NOT NULL,
  isAlert   BIT     DEFAULT 0 NOT NULL,
  content   NVARCHAR(MAX) NOT NULL,
  rtf       VARCHAR(MAX) NULL,
  CONSTRAINT PK_tblChat PRIMARY KEY (channelId, chatId),
  CONSTRAINT FK_tblChat_node FOREIGN KEY (channelId) REFERENCES tblNode (nodeID) ON DELETE CASCADE,
  CONSTRAINT FK_tblChat_user FOREIGN KEY (userId) REFERENCES tblPrincipal (prinID)
);
-- Room since a date, author (optionally within dates), and date ranges across rooms.
CREATE INDEX IX_tblChat_channel_date ON tblChat (channelId, chatDate);
CREATE INDEX IX_tblChat_user_date ON tblChat (userId, chatDate);
CREATE INDEX IX_tblChat_date ON tblChat (chatDate);

-- ---------------------------------------------------------------- client support

CREATE TABLE tblPreference (
  prefLabel      NVARCHAR(255) NOT NULL,
  prefSeqID      INT           NOT NULL,
  prefContent    NVARCHAR(MAX) NULL,
  lastModifiedBy INT           NOT NULL,
  CONSTRAINT PK_tblPreference PRIMARY KEY (prefLabel, prefSeqID)
);

CREATE TABLE tblFileToken (
  fileToken                       NVARCHAR(64)  NOT NULL,
  fileTokenUserID                 INT           NOT NULL,
  fileTokenChannelID              UNIQUEIDENTIFIER NOT NULL,
  fileTokenExpireDate             DATETIME2     NOT NULL,
  fileTokenComplianceFileUrl      NVARCHAR(512) NULL,
  fileTokenComplianceThumbnailUrl NVARCHAR(512) NULL,
  fileTokenComplianceTime         DATETIME2     NULL,
  fileTokenComplianceIsUpload     BIT           NULL,
  fileTokenCompliancePinned       BIT           DEFAULT 0 NOT NULL,
  CONSTRAINT PK_tblFileToken PRIMARY KEY (fileToken),
  CONSTRAINT FK_tblFileToken_channel FOREIGN KEY (fileTokenChannelID)
    REFERENCES tblNode (nodeGuid) ON DELETE CASCADE
);
CREATE INDEX IX_tblFileToken_expire ON tblFileToken (fileTokenExpireDate);

-- ---------------------------------------------------------------- our scoped settings
--
-- Ours, not Microsoft's: the scoped Persistent Chat configuration, policy and compliance
-- configuration (global / site:<name> / service:<pool> / per-user tag), one row per setting and
-- scope. Kept out of tblConfig because that table holds Microsoft's single "pool" row in an
-- undocumented format that import/export and reporting tools may read; one row per setting
-- keeps values readable with plain SQL and lets a scope be replaced or removed atomically.
-- A scope's object exists when it has rows; the most specific existing object wins as a whole,
-- as in Lync, so every write stores the complete object.
CREATE TABLE pchatSetting (
  settingKind  NVARCHAR(64)   NOT NULL,
  settingScope NVARCHAR(300)  NOT NULL,
  settingName  NVARCHAR(64)   NOT NULL,
  settingValue NVARCHAR(4000) NULL,
  updatedBy    INT            NOT NULL,
  updatedOn    BIGINT         NOT NULL,
  CONSTRAINT PK_pchatSetting PRIMARY KEY (settingKind, settingScope, settingName)
);

-- Per-user Persistent Chat policy grants (Grant-CsPersistentChatPolicy): at most one tag per
-- principal. Microsoft's tblPrincipal.prinPolicyID is an int into a table it never published.
CREATE TABLE pchatPolicyGrant (
  prinID    INT           NOT NULL,
  policyTag NVARCHAR(256) NOT NULL,
  grantedBy INT           NOT NULL,
  grantedOn BIGINT        NOT NULL,
  CONSTRAINT PK_pchatPolicyGrant PRIMARY KEY (prinID),
  CONSTRAINT FK_pchatPolicyGrant_principal FOREIGN KEY (prinID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE
);
CREATE INDEX IX_pchatPolicyGrant_tag ON pchatPolicyGrant (policyTag);

-- ---------------------------------------------------------------- functions

-- Microsoft's sample queries call dbo.fnTicksToDate(chatDate): .NET ticks (100 ns since
-- 0001-01-01 UTC) to datetime. DATEADD takes an int, so whole days are added first (693595 days
-- lie between 0001-01-01 and 1900-01-01), then the milliseconds of the day.
GO
CREATE FUNCTION dbo.fnTicksToDate (@ticks BIGINT)
RETURNS DATETIME
AS
BEGIN
  RETURN DATEADD(MILLISECOND, CAST((@ticks % 864000000000) / 10000 AS INT),
    DATEADD(DAY, CAST(@ticks / 864000000000 - 693595 AS INT), CAST('19000101' AS DATETIME)));
END
GO

-- ---------------------------------------------------------------- static rows

INSERT INTO tblEnumAttribute (attributeID, attributeName) VALUES (1, 'Visibility'), (2, 'Behavior');
INSERT INTO tblEnumValue (valueID, attributeID, attributeValue) VALUES
  (2, 1, 'private'), (3, 1, 'scope'), (4, 2, 'normal'), (5, 2, 'auditorium'), (6, 1, 'open');

INSERT INTO tblPrincipalType (ptypeID, ptypeDesc, ptypeIsSystemUser, ptypeIsUser) VALUES
  (1, 'Any', 0, 0), (2, 'AnyUser', 0, 1), (3, 'AnyGroup', 0, 0), (4, 'SystemUser', 1, 1),
  (5, 'User', 0, 1), (8, 'DC', 0, 0), (9, 'Group', 0, 0), (10, 'Folder', 0, 0);

-- Permission bits (org.persistentchat.permission.Permission): 1 manage node, 2 create child
-- nodes, 4 join, 8 chat, 16 read history without joining, 32 see node, 64 chat in auditorium,
-- 128 bypass visibility.
INSERT INTO tblRoleType (rtypeID, rtypeDesc, rtypeAllowedPermSet) VALUES
  (1, 'Member', 60), (2, 'Manager', 33), (3, 'Voiced', 72), (4, 'Creator', 2);

-- The system principal: the actor of every change made by the server itself.
INSERT INTO tblPrincipal (prinID, prinGuid, prinUri, prinName, prinDisplayName, prinDisabled,
    prinTypeID, prinAddedBy, prinAddedOn, prinUpdatedBy, prinUpdatedOn)
  VALUES (1, '00000000-0000-0000-0000-000000000001', 'sip:system@persistentchat.invalid',
    'System', 'System', 0, 4, 1, 0, 1, 0);
INSERT INTO tblPrincipalAffiliations (principalID, affiliationID, [index], updatedBy)
  VALUES (1, 1, -1, 1);

-- The hidden root category; every user-visible category is its child.
INSERT INTO tblNode (nodeID, nodeGuid, parentID, nodeType, nodeName, nodeDesc, invite, logged,
    filePost, disabled, behavior, visibility, nodeAddedBy, nodeAddedOn, nodeUpdatedBy,
    nodeUpdatedOn)
  VALUES (1, '00000000-0000-0000-0000-000000000001', 1, 1, 'ROOT', 'Root category', 0, 1, 0, 0,
    4, 3, 1, 0, 1, 0);

INSERT INTO tblAdminLock (lockID, lockExpiresTime, lockServerID, lockActorID) VALUES (1, 0, -1, -1);
INSERT INTO tblSystemRevision (revID, sysRevision) VALUES (1, 0);
INSERT INTO pchatSequence (seqName, seqCount) VALUES ('nodeID', 1), ('prinID', 1);
