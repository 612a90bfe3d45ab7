-- Indexes for the grants list (GET /api/v1/grants, grants.xhtml) at a ministry's size: each one
-- lets a filtered, sorted page read its rows in index order and stop after the page, instead of
-- sorting every matching grant. InnoDB appends the primary key to every secondary index, and the
-- list's tie-breaker is the id in the last sort key's direction (GrantSort), so one index serves a
-- key both ways. Checked with EXPLAIN on a generated tier M (25,000 grants).

-- The default order (-startDate, referenceNumber), and the fiscal-year filter's range on start_date.
CREATE INDEX IF NOT EXISTS ix_grant_agreement_start_reference ON grant_agreement (start_date DESC, reference_number);

-- A recipient's own list (every recipient's query is scoped to its organisation) and the
-- recipient filter, in the default order; it also serves the foreign key, so the plain index goes.
CREATE INDEX IF NOT EXISTS ix_grant_agreement_recipient_start ON grant_agreement (recipient_id, start_date DESC, reference_number);
DROP INDEX IF EXISTS ix_grant_agreement_recipient ON grant_agreement;

-- The fund filter in the default order (fund + status keeps ix_grant_agreement_fund_status).
CREATE INDEX IF NOT EXISTS ix_grant_agreement_fund_start ON grant_agreement (fund_id, start_date DESC, reference_number);

-- One status (the approvals queue, "active grants") in the default order; sorting by status
-- keeps ix_grant_agreement_status.
CREATE INDEX IF NOT EXISTS ix_grant_agreement_status_start ON grant_agreement (status, start_date DESC, reference_number);

-- The other sort keys on the grant itself: amount, end date, English and French titles.
-- (Reference number: its unique key. Recipient and fund names are in other tables and sort
-- the matching rows.)
CREATE INDEX IF NOT EXISTS ix_grant_agreement_total_amount ON grant_agreement (total_amount);
CREATE INDEX IF NOT EXISTS ix_grant_agreement_end_date ON grant_agreement (end_date);
CREATE INDEX IF NOT EXISTS ix_grant_agreement_title_en ON grant_agreement (title_en);
CREATE INDEX IF NOT EXISTS ix_grant_agreement_title_fr ON grant_agreement (title_fr);
