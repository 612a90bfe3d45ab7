-- The audit trail's facts for everything generated, in the order it happened: the fields of
-- each grant as entered, each status move with its milestone fields, each payment with its
-- instalment's move to PAID, and each raised appropriation. Values are written as the
-- application writes them (AuditedState.text): ids and amounts plain, dates ISO, instants ISO
-- in UTC. The generator then chains them with the application's hash, in seq order.

CREATE TABLE gen_audit_fact (
    seq         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   BIGINT       NULL,
    field_name  VARCHAR(100) NULL,
    old_value   TEXT         NULL,
    new_value   TEXT         NULL,
    reason      TEXT         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_audit_fact (occurred_at, actor, action, entity_type, entity_id, field_name, old_value, new_value, reason)
SELECT f.occurred_at, f.actor, f.action, f.entity_type, f.entity_id, f.field_name, f.old_value, f.new_value, f.reason
FROM (
    -- The grant as entered.
    SELECT g.created_at AS occurred_at, cb.username AS actor, 'CREATE' AS action, 'GrantAgreement' AS entity_type,
           g.id AS entity_id, fl.field_ord, fl.field_name, NULL AS old_value,
           CASE fl.field_name
               WHEN 'reference_number' THEN g.reference_number
               WHEN 'recipient_id' THEN CAST(g.recipient_id AS CHAR)
               WHEN 'fund_id' THEN CAST(g.fund_id AS CHAR)
               WHEN 'instrument_type' THEN g.instrument_type
               WHEN 'status' THEN 'DRAFT'
               WHEN 'title_en' THEN g.title_en
               WHEN 'title_fr' THEN g.title_fr
               WHEN 'total_amount' THEN CAST(g.total_amount AS CHAR)
               WHEN 'start_date' THEN CAST(g.start_date AS CHAR)
               WHEN 'end_date' THEN CAST(g.end_date AS CHAR)
               WHEN 'reporting_frequency' THEN g.reporting_frequency
               ELSE cb.username END AS new_value,
           NULL AS reason, 1 AS entity_order, g.id AS group_id
    FROM gen_grant gg
    JOIN grant_agreement g ON g.id = gg.grant_id
    JOIN app_user cb ON cb.id = g.created_by_id
    JOIN (SELECT 1 AS field_ord, 'reference_number' AS field_name UNION ALL SELECT 2, 'recipient_id'
          UNION ALL SELECT 3, 'fund_id' UNION ALL SELECT 4, 'instrument_type' UNION ALL SELECT 5, 'status'
          UNION ALL SELECT 6, 'title_en' UNION ALL SELECT 7, 'title_fr' UNION ALL SELECT 8, 'total_amount'
          UNION ALL SELECT 9, 'start_date' UNION ALL SELECT 10, 'end_date'
          UNION ALL SELECT 11, 'reporting_frequency' UNION ALL SELECT 12, 'created_by') fl
    UNION ALL
    -- Each status move: the status, then the milestone it records.
    SELECT sc.changed_at, u.username,
           CASE sc.to_status WHEN 'SUBMITTED' THEN 'SUBMIT' WHEN 'UNDER_REVIEW' THEN 'START_REVIEW'
                WHEN 'APPROVED' THEN 'APPROVE' WHEN 'DECLINED' THEN 'DECLINE' WHEN 'WITHDRAWN' THEN 'WITHDRAW'
                WHEN 'ACTIVE' THEN 'EXECUTE' ELSE 'CLOSE' END,
           'GrantAgreement', sc.grant_id, ml.field_ord, ml.field_name,
           IF(ml.field_ord = 1, sc.from_status, NULL),
           CASE ml.field_ord WHEN 1 THEN sc.to_status
                WHEN 2 THEN u.username
                ELSE DATE_FORMAT(sc.changed_at, '%Y-%m-%dT%H:%i:%sZ') END,
           sc.reason, 1, sc.grant_id
    FROM gen_grant gg
    JOIN grant_status_change sc ON sc.grant_id = gg.grant_id AND sc.from_status IS NOT NULL
    JOIN app_user u ON u.id = sc.changed_by_id
    JOIN (SELECT 'SUBMITTED' AS to_status, 1 AS field_ord, 'status' AS field_name
          UNION ALL SELECT 'SUBMITTED', 2, 'submitted_by' UNION ALL SELECT 'SUBMITTED', 3, 'submitted_at'
          UNION ALL SELECT 'UNDER_REVIEW', 1, 'status'
          UNION ALL SELECT 'APPROVED', 1, 'status' UNION ALL SELECT 'APPROVED', 2, 'approved_by'
          UNION ALL SELECT 'APPROVED', 3, 'approved_at'
          UNION ALL SELECT 'DECLINED', 1, 'status' UNION ALL SELECT 'WITHDRAWN', 1, 'status'
          UNION ALL SELECT 'ACTIVE', 1, 'status' UNION ALL SELECT 'ACTIVE', 3, 'executed_at'
          UNION ALL SELECT 'CLOSED', 1, 'status' UNION ALL SELECT 'CLOSED', 3, 'closed_at') ml
         ON ml.to_status = sc.to_status
    UNION ALL
    -- Each payment, then its instalment's move to PAID.
    SELECT p.recorded_at, u.username, 'PAY', pf.entity_type,
           IF(pf.field_ord = 5, p.instalment_id, p.id), pf.field_ord, pf.field_name,
           IF(pf.field_ord = 5, 'RELEASED', NULL),
           CASE pf.field_ord WHEN 1 THEN CAST(p.amount AS CHAR) WHEN 2 THEN CAST(p.paid_on AS CHAR)
                WHEN 3 THEN p.payment_reference WHEN 4 THEN CAST(p.instalment_id AS CHAR) ELSE 'PAID' END,
           NULL, 2, p.id
    FROM gen_grant gg
    JOIN payment p ON p.grant_id = gg.grant_id
    JOIN app_user u ON u.id = p.paid_by_id
    JOIN (SELECT 1 AS field_ord, 'amount' AS field_name, 'Payment' AS entity_type
          UNION ALL SELECT 2, 'paid_on', 'Payment' UNION ALL SELECT 3, 'payment_reference', 'Payment'
          UNION ALL SELECT 4, 'instalment_id', 'Payment' UNION ALL SELECT 5, 'status', 'PaymentInstalment') pf
    UNION ALL
    -- Raised appropriations.
    SELECT TIMESTAMP(@as_of, '18:00:00'), 'system', 'UPDATE', 'BudgetLine', l.budget_line_id, 1, 'appropriation',
           CAST(l.old_appropriation AS CHAR), CAST(l.new_appropriation AS CHAR),
           CONCAT('Generated data (tier ', @tier, '): appropriation raised to carry the generated commitments'), 3,
           l.budget_line_id
    FROM gen_line l
    WHERE l.new_appropriation <> l.old_appropriation
) f
ORDER BY f.occurred_at, f.entity_order, f.group_id, f.field_ord;
