-- The compliance outbox keyed by a row number (docs/adr/0019): every post writes one row here and
-- the relay deletes it a moment later, so each index costs every post's commit a page rewrite.
-- The rows now live in one B-tree in the order they were written: the relay reads its oldest and
-- deletes by row number; nothing else looks rows up often enough to pay for an index. Rows
-- waiting at the upgrade are kept, in event-time order, through a copy (no rename: T-SQL has only
-- sp_rename, which the H2 check of these scripts cannot run). Keep this script the same in the
-- h2 and sqlserver folders, but for the types.

CREATE TABLE pchatComplianceOutboxCopy (
  eventGuid     CHAR(36)      NOT NULL,
  relayServerID INT           NOT NULL,
  action        VARCHAR(32)   NOT NULL,
  eventTime     BIGINT        NOT NULL,
  channelUri    NVARCHAR(256) NOT NULL,
  roomID        BIGINT        NOT NULL,
  chatID        BIGINT        NULL,
  userID        INT           NOT NULL,
  userUri       NVARCHAR(256) NOT NULL,
  content       NVARCHAR(MAX) NOT NULL
);
INSERT INTO pchatComplianceOutboxCopy SELECT eventGuid, relayServerID, action, eventTime,
    channelUri, roomID, chatID, userID, userUri, content FROM pchatComplianceOutbox;
DROP TABLE pchatComplianceOutbox;

CREATE TABLE pchatComplianceOutbox (
  -- The order rows were written in; the relay reads each server's rows in this order.
  outboxID      BIGINT IDENTITY(1, 1) NOT NULL,
  -- ComplianceEvent.eventId, carried on to the message and tblComplianceData.pchatEventGuid.
  -- Not unique here: the chat service draws it at random, and the consumer records an id once.
  eventGuid     CHAR(36)      NOT NULL,
  -- The server whose relay sends the row: the one that wrote it, or one that adopted it after
  -- it waited too long (its writer is down), so servers sharing mgc do not read each other's rows.
  relayServerID INT           NOT NULL,
  action        VARCHAR(32)   NOT NULL,
  -- The event's time in 100 ns ticks since 0001-01-01, as tblChat.chatDate.
  eventTime     BIGINT        NOT NULL,
  channelUri    NVARCHAR(256) NOT NULL,
  roomID        BIGINT        NOT NULL,
  chatID        BIGINT        NULL,
  userID        INT           NOT NULL,
  userUri       NVARCHAR(256) NOT NULL,
  content       NVARCHAR(MAX) NOT NULL,
  CONSTRAINT PK_pchatComplianceOutbox PRIMARY KEY (outboxID)
);
-- INSERT ... SELECT ... ORDER BY assigns identity values in the ORDER BY's order.
INSERT INTO pchatComplianceOutbox (eventGuid, relayServerID, action, eventTime, channelUri,
    roomID, chatID, userID, userUri, content)
  SELECT eventGuid, relayServerID, action, eventTime, channelUri, roomID, chatID, userID, userUri,
      content
  FROM pchatComplianceOutboxCopy ORDER BY eventTime, eventGuid;
DROP TABLE pchatComplianceOutboxCopy;
