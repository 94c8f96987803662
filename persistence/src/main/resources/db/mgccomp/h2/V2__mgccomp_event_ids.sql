-- mgccomp V2 on H2: exactly-once recording and joins/parts as events. Keep in step with
-- ../sqlserver/V2__mgccomp_event_ids.sql. Additions to Microsoft's schema, all named pchat*
-- (docs/adr/0012-compliance-event-identity-and-participation-events.md):
--
-- * tblComplianceData.pchatEventGuid: the id the chat service gave the event, carried in the
--   queue message; unique, so a redelivered message can never add a second row.
-- * cmplType 101 (join) and 102 (part): each join and part is an event of its own, reported in the
--   run after it happened, not only when the stay ends. tblComplianceParticipant still holds who
--   is in which room.
-- * pchatComplianceHandled: ids of events the adapter already wrote, kept for a while after
--   their row is deleted, so that a message redelivered after a crash is not recorded again.

ALTER TABLE tblComplianceData ADD COLUMN pchatEventGuid CHAR(36) DEFAULT CAST(RANDOM_UUID() AS CHAR(36)) NOT NULL;
CREATE UNIQUE INDEX UX_tblComplianceData_pchatEventGuid ON tblComplianceData (pchatEventGuid);

ALTER TABLE tblComplianceData DROP CONSTRAINT CK_tblComplianceData_type;
ALTER TABLE tblComplianceData ADD CONSTRAINT CK_tblComplianceData_type
  CHECK (cmplType IN (1, 2, 3, 4, 9, 10, 11, 101, 102));

CREATE TABLE pchatComplianceHandled (
  eventGuid CHAR(36)     NOT NULL,
  handledAt TIMESTAMP(0) NOT NULL,
  CONSTRAINT PK_pchatComplianceHandled PRIMARY KEY (eventGuid)
);
CREATE INDEX IX_pchatComplianceHandled_handledAt ON pchatComplianceHandled (handledAt);
