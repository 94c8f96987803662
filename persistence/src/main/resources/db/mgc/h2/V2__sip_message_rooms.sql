-- Rooms for plain SIP clients over SIP MESSAGE (RFC 3428); both tables are ours (docs/adr/0015).
-- Keep this script the same in the h2 and sqlserver folders.

-- The user part of each room's SIP URI, sip:<alias>@<chat domain>. Derived from the room name
-- the first time a room is looked up by alias, or set by an administrator; unique in the pool.
CREATE TABLE pchatRoomAlias (
  nodeID INT          NOT NULL,
  alias  NVARCHAR(64) NOT NULL,
  CONSTRAINT PK_pchatRoomAlias PRIMARY KEY (nodeID),
  CONSTRAINT UQ_pchatRoomAlias_alias UNIQUE (alias),
  CONSTRAINT FK_pchatRoomAlias_node FOREIGN KEY (nodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE
);

-- Plain SIP clients joined to rooms with #join. They hold no dialog, so their presence is kept
-- here to survive a restart, with where to reach them: the Contact of their last request, its
-- transport, and whether they accept message/cpim.
CREATE TABLE pchatMessageMember (
  prinID      INT           NOT NULL,
  nodeID      INT           NOT NULL,
  contactUri  NVARCHAR(512) NOT NULL,
  transport   NVARCHAR(8)   NOT NULL,
  acceptsCpim BIT           NOT NULL,
  joinedOn    BIGINT        NOT NULL,
  CONSTRAINT PK_pchatMessageMember PRIMARY KEY (prinID, nodeID),
  CONSTRAINT FK_pchatMessageMember_principal FOREIGN KEY (prinID)
    REFERENCES tblPrincipal (prinID) ON DELETE CASCADE,
  CONSTRAINT FK_pchatMessageMember_node FOREIGN KEY (nodeID)
    REFERENCES tblNode (nodeID) ON DELETE CASCADE
);
CREATE INDEX IX_pchatMessageMember_node ON pchatMessageMember (nodeID);
