-- A budget line for every fund with a published annual amount, for 2020-21 to 2026-27,
-- appropriated at that amount. Nothing is committed or paid yet.

INSERT INTO budget_line (fund_id, fiscal_year_id, appropriation)
SELECT f.id, fy.id, f.annual_amount
FROM fund f
CROSS JOIN fiscal_year fy
WHERE f.annual_amount IS NOT NULL
  AND fy.start_year BETWEEN 2020 AND 2026
ON DUPLICATE KEY UPDATE budget_line.fund_id = budget_line.fund_id;
