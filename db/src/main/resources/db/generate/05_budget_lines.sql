-- Budget lines carry the generated commitments and payments as running totals, computed from
-- the rows as the application keeps them: committed = year allocations of approved, active,
-- closed and terminated grants; paid = payments on the line's instalments. Where the
-- commitments outgrow the appropriation, the appropriation is raised to the next $100,000
-- above them plus 5%, and the raise is recorded in the audit trail (see 06_audit_facts.sql).

CREATE TABLE gen_line (
    budget_line_id    BIGINT        NOT NULL PRIMARY KEY,
    old_appropriation DECIMAL(19,2) NOT NULL,
    committed         DECIMAL(19,2) NOT NULL,
    paid              DECIMAL(19,2) NOT NULL,
    new_appropriation DECIMAL(19,2) NOT NULL
) ENGINE=InnoDB;

INSERT INTO gen_line
SELECT bl.id, bl.appropriation, c.committed, p.paid,
       GREATEST(bl.appropriation, CEILING(c.committed * 1.05 / 100000) * 100000)
FROM budget_line bl
JOIN (SELECT bl2.id,
             (SELECT COALESCE(SUM(a.amount), 0) FROM grant_year_allocation a
              JOIN grant_agreement g ON g.id = a.grant_id
              WHERE a.budget_line_id = bl2.id AND g.status IN ('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED')) AS committed
      FROM budget_line bl2) c ON c.id = bl.id
JOIN (SELECT bl3.id,
             (SELECT COALESCE(SUM(py.amount), 0) FROM payment py
              JOIN payment_instalment i ON i.id = py.instalment_id
              WHERE i.budget_line_id = bl3.id) AS paid
      FROM budget_line bl3) p ON p.id = bl.id;

UPDATE budget_line bl
JOIN gen_line l ON l.budget_line_id = bl.id
SET bl.appropriation = l.new_appropriation,
    bl.committed_amount = l.committed,
    bl.paid_amount = l.paid,
    bl.version = bl.version + 1,
    bl.updated_at = TIMESTAMP(@as_of, '18:00:00');
