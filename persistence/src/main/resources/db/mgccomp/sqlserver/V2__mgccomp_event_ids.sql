-- mgccomp V2 on Microsoft SQL Server (T-SQL): exactly-once recording and joins/parts as events.
-- Keep in step with ../h2/V2__mgccomp_event_ids.sql, which explains each addition
-- (docs/adr/0012-compliance-event-identity-and-participation-events.md).

ALTER TABLE tblComplianceData ADD pchatEventGuid CHAR(36) NOT NULL
  DEFAULT CONVERT(CHAR(36), NEWID());
CREATE UNIQUE INDEX UX_tblComplianceData_pchatEventGuid ON tblComplianceData (pchatEventGuid);

ALTER TABLE tblComplianceData DROP CONSTRAINT CK_tblComplianceData_type;
ALTER TABLE tblComplianceData ADD CONSTRAINT CK_tblComplianceData_type
  CHECK (cmplType IN (1, 2, 3, 4, 9, 10, 11, 101, 102));

CREATE TABLE pchatComplianceHandled (
  eventGuid CHAR(36)      NOT NULL,
  handledAt SMALLDATETIME NOT NULL,
  CONSTRAINT PK_pchatComplianceHandled PRIMARY KEY (eventGuid)
);
CREATE INDEX IX_pchatComplianceHandled_handledAt ON pchatComplianceHandled (handledAt);
