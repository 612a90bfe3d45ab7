-- Bring the budget lines in line with the demo rows, computed from them rather than typed:
--   appropriation    += reallocations in - reallocations out
--   committed_amount  = year allocations of APPROVED, ACTIVE, CLOSED and TERMINATED grants
--   paid_amount       = payments on instalments drawing on the line
-- One statement, so the line's checks see the three new values together.

UPDATE budget_line bl
SET bl.appropriation = bl.appropriation
        + (SELECT COALESCE(SUM(r.amount), 0) FROM reallocation r WHERE r.to_budget_line_id = bl.id)
        - (SELECT COALESCE(SUM(r.amount), 0) FROM reallocation r WHERE r.from_budget_line_id = bl.id),
    bl.committed_amount = (SELECT COALESCE(SUM(a.amount), 0)
                           FROM grant_year_allocation a
                           JOIN grant_agreement g ON g.id = a.grant_id
                           WHERE a.budget_line_id = bl.id
                             AND g.status IN ('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED')),
    bl.paid_amount = (SELECT COALESCE(SUM(p.amount), 0)
                      FROM payment p
                      JOIN payment_instalment i ON i.id = p.instalment_id
                      WHERE i.budget_line_id = bl.id),
    bl.updated_at = UTC_TIMESTAMP(6);
