-- mgccomp on H2: Microsoft's Persistent Chat compliance store, table and column names as
-- published. Keep in step with ../sqlserver/V1__mgccomp_schema.sql.
--
-- Deviations: tblComplianceState gets a single-row key (stateID = 1); pchatSequence is ours
-- and hands out cmplEventID blocks (JPA table generation).

CREATE TABLE pchatSequence (
  seqName  NVARCHAR(64) NOT NULL,
  seqCount BIGINT       NOT NULL,
  CONSTRAINT PK_pchatSequence PRIMARY KEY (seqName)
);

CREATE TABLE tblComplianceState (
  stateID              SMALLINT NOT NULL,
  lastProcessedEntryID BIGINT   NOT NULL,
  activeServerID       INT      NOT NULL,
  lockExpirationTime   BIGINT   NOT NULL,
  CONSTRAINT PK_tblComplianceState PRIMARY KEY (stateID),
  CONSTRAINT CK_tblComplianceState_single CHECK (stateID = 1)
);

-- Events awaiting the adapter. cmplChatID and cmplUserID point into mgc (another database),
-- so they carry no foreign key. entryDate lies far in the future for provisional file events.
CREATE TABLE tblComplianceData (
  cmplEventID    BIGINT        NOT NULL,
  entryDate      TIMESTAMP(0)  NOT NULL,
  cmplType       INT           NOT NULL,
  cmplTime       BIGINT        NOT NULL,
  cmplChannelUri NVARCHAR(256) NULL,
  cmplChatID     BIGINT        NULL,
  cmplUserID     INT           NULL,
  cmplUserUri    NVARCHAR(256) NULL,
  cmplMessage    VARCHAR       NULL,
  CONSTRAINT PK_tblComplianceData PRIMARY KEY (cmplEventID),
  CONSTRAINT CK_tblComplianceData_type CHECK (cmplType IN (1, 2, 3, 4, 9, 10, 11))
);
CREATE INDEX IX_tblComplianceData_entryDate ON tblComplianceData (entryDate);

CREATE TABLE tblComplianceFanout (
  fanoutEventID  BIGINT NOT NULL,
  fanoutServerID INT    NOT NULL,
  CONSTRAINT PK_tblComplianceFanout PRIMARY KEY (fanoutEventID, fanoutServerID),
  CONSTRAINT FK_tblComplianceFanout_event FOREIGN KEY (fanoutEventID)
    REFERENCES tblComplianceData (cmplEventID) ON DELETE CASCADE
);

CREATE TABLE tblComplianceParticipant (
  channelUri NVARCHAR(256) NOT NULL,
  userId     INT           NOT NULL,
  joinedAt   BIGINT        NOT NULL,
  partedAt   BIGINT        NULL,
  userUri    NVARCHAR(256) NOT NULL,
  serverID   INT           NOT NULL,
  sessionId  UUID          NOT NULL,
  CONSTRAINT PK_tblComplianceParticipant PRIMARY KEY (channelUri, userId, joinedAt)
);
CREATE INDEX IX_tblComplianceParticipant_session ON tblComplianceParticipant (serverID, sessionId);

INSERT INTO tblComplianceState (stateID, lastProcessedEntryID, activeServerID, lockExpirationTime)
VALUES (1, 0, -1, 0);
INSERT INTO pchatSequence (seqName, seqCount) VALUES ('cmplEventID', 0);
