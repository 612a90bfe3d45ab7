-- One recorded reallocation: 2026-27 coordination-office room moved to community supports.
-- The appropriations themselves are adjusted in V9 from this row.

INSERT INTO reallocation (from_budget_line_id, to_budget_line_id, amount, reason, made_by_id, made_at)
SELECT src.id, dst.id, 150000.00,
       'Coordination office hiring delayed to 2027-28; community demand exceeds the Community Supports Fund line.',
       u.id, '2026-09-15 14:00:00'
FROM budget_line src
JOIN fund sf ON sf.id = src.fund_id AND sf.code = 'AHT-PCO'
JOIN fiscal_year sy ON sy.id = src.fiscal_year_id AND sy.start_year = 2026
JOIN fund df ON df.code = 'AHT-CSF'
JOIN fiscal_year dy ON dy.start_year = 2026
JOIN budget_line dst ON dst.fund_id = df.id AND dst.fiscal_year_id = dy.id
JOIN app_user u ON u.username = 'director';
