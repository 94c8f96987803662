-- The compliance outbox keyed by a row number (docs/adr/0019): every post writes one row here and
-- the relay deletes it a moment later, so each index costs every post's commit a page rewrite.
-- The rows now live in one B-tree in the order they were written: the relay reads its oldest and
-- deletes by row number; nothing else looks rows up often enough to pay for an index. Rows
-- waiting at the upgrade are kept, in event-time order. Keep this script the same in the h2 and
-- sqlserver folders, but for the types and the rename.

CREATE TABLE pchatComplianceOutboxV4 (
  -- The order rows were written in; the relay reads each server's rows in this order.
  outboxID      BIGINT IDENTITY(1, 1) NOT NULL,
  -- ComplianceEvent.eventId, carried on to the message and tblComplianceData.pchatEventGuid.
  -- Not unique here: the chat service draws it at random, and the consumer records an id once.
  eventGuid     CHAR(36)      NOT NULL,
  relayServerID INT           NOT NULL,
  action        VARCHAR(32)   NOT NULL,
  eventTime     BIGINT        NOT NULL,
  channelUri    NVARCHAR(256) NOT NULL,
  roomID        BIGINT        NOT NULL,
  chatID        BIGINT        NULL,
  userID        INT           NOT NULL,
  userUri       NVARCHAR(256) NOT NULL,
  content       NVARCHAR(MAX) NOT NULL,
  CONSTRAINT PK_pchatComplianceOutboxV4 PRIMARY KEY CLUSTERED (outboxID)
);
-- INSERT ... SELECT ... ORDER BY assigns identity values in the ORDER BY's order.
INSERT INTO pchatComplianceOutboxV4 (eventGuid, relayServerID, action, eventTime, channelUri,
    roomID, chatID, userID, userUri, content)
  SELECT eventGuid, relayServerID, action, eventTime, channelUri, roomID, chatID, userID, userUri,
      content
  FROM pchatComplianceOutbox ORDER BY eventTime, eventGuid;
DROP TABLE pchatComplianceOutbox;
EXEC sp_rename 'pchatComplianceOutboxV4', 'pchatComplianceOutbox';
