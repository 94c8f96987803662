-- The compliance outbox (docs/adr/0017): each compliance event is written here in the chat
-- write's own transaction, and a relay moves it to the compliance queue and deletes it. The
-- table is ours, hence the pchat prefix (docs/adr/0008). Rows live for about as long as one relay
-- pass; a backlog means the queue is unreachable. Keep this script the same in the h2 and
-- sqlserver folders, but for the type of content.

CREATE TABLE pchatComplianceOutbox (
  -- ComplianceEvent.eventId, carried on to the message and tblComplianceData.pchatEventGuid.
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
  content       VARCHAR       NOT NULL,
  CONSTRAINT PK_pchatComplianceOutbox PRIMARY KEY (eventGuid)
);
-- A relay reads its own rows oldest first; adoption looks for old rows of other servers.
CREATE INDEX IX_pchatComplianceOutbox_relay ON pchatComplianceOutbox (relayServerID, eventTime);
