-- What the reports say: spending by the grant's budget categories (within 6% of the category's
-- share for the period's days, so no variance needs explaining), and for two counted indicators
-- per grant the period's actual overall and by gender, the parts adding up to the whole. Counts
-- run from 0 to 60, so small counts that must be suppressed outside the organisation occur.

INSERT INTO report_expense (progress_report_id, expense_category_id, amount)
SELECT pr.id, bi.expense_category_id,
       ROUND(bi.amount * (DATEDIFF(rp.period_end, rp.period_start) + 1)
                       / (DATEDIFF(g.end_date, g.start_date) + 1)
                       * (94 + MOD(CRC32(CONCAT(@seed, '|spent|', pr.id, '|', bi.id)), 13)) / 100, 2)
FROM gen_grant gg
JOIN progress_report pr ON pr.grant_id = gg.grant_id
JOIN reporting_period rp ON rp.id = pr.reporting_period_id
JOIN grant_agreement g ON g.id = gg.grant_id
JOIN grant_budget_item bi ON bi.grant_id = gg.grant_id
WHERE pr.status <> 'DRAFT'
ORDER BY pr.id, bi.expense_category_id;

CREATE TABLE gen_pair (
    pair_no INT         NOT NULL,
    slot    INT         NOT NULL,
    code    VARCHAR(40) NOT NULL,
    PRIMARY KEY (pair_no, slot)
) ENGINE=InnoDB;

INSERT INTO gen_pair VALUES
    (0, 1, 'PEOPLE_SERVED'), (0, 2, 'REFERRALS'),
    (1, 1, 'PEOPLE_SERVED'), (1, 2, 'CASES_IDENTIFIED'),
    (2, 1, 'REFERRALS'), (2, 2, 'CASES_IDENTIFIED');

INSERT INTO grant_indicator (grant_id, indicator_id)
SELECT gg.grant_id, i.id
FROM gen_grant gg
JOIN gen_pair p ON p.pair_no = MOD(CRC32(CONCAT(@seed, '|indicators|', gg.n)), 3)
JOIN indicator i ON i.code = p.code
ORDER BY gg.grant_id, p.slot;

-- A yearly target per indicator and fiscal year of the approved grants.
INSERT INTO indicator_target (grant_indicator_id, fiscal_year_id, target_value)
SELECT gi.id, fy.id, 40 + MOD(CRC32(CONCAT(@seed, '|target|', gi.id, '|', y.year_no)), 160)
FROM gen_grant gg
JOIN grant_indicator gi ON gi.grant_id = gg.grant_id
JOIN gen_year y ON y.grant_id = gg.grant_id
JOIN fiscal_year fy ON fy.start_year = gg.start_year + y.year_no - 1
WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED')
ORDER BY gi.id, y.year_no;

-- The overall value v and its split by gender: woman 40-54%, man 20-34%, gender-diverse 0-6%
-- (rounded down), not stated the rest, so the four add up to v.
CREATE TABLE gen_actual (
    progress_report_id BIGINT NOT NULL,
    grant_indicator_id BIGINT NOT NULL,
    total              INT    NOT NULL,
    woman              INT    NOT NULL,
    man                INT    NOT NULL,
    diverse            INT    NOT NULL,
    PRIMARY KEY (progress_report_id, grant_indicator_id)
) ENGINE=InnoDB;

INSERT INTO gen_actual
SELECT x.report_id, x.gi_id, x.v,
       FLOOR(x.v * (40 + MOD(CRC32(CONCAT(@seed, '|woman|', x.report_id, '|', x.gi_id)), 15)) / 100),
       FLOOR(x.v * (20 + MOD(CRC32(CONCAT(@seed, '|man|', x.report_id, '|', x.gi_id)), 15)) / 100),
       FLOOR(x.v * MOD(CRC32(CONCAT(@seed, '|diverse|', x.report_id, '|', x.gi_id)), 7) / 100)
FROM (
    SELECT pr.id AS report_id, gi.id AS gi_id,
           MOD(CRC32(CONCAT(@seed, '|actual|', pr.id, '|', gi.id)), 61) AS v
    FROM gen_grant gg
    JOIN progress_report pr ON pr.grant_id = gg.grant_id
    JOIN grant_indicator gi ON gi.grant_id = gg.grant_id
) x;

INSERT INTO indicator_result (progress_report_id, grant_indicator_id, dimension_value_id, numeric_value)
SELECT a.progress_report_id, a.grant_indicator_id, dv.id,
       CASE WHEN dv.id IS NULL THEN a.total
            WHEN dv.code = 'WOMAN' THEN a.woman
            WHEN dv.code = 'MAN' THEN a.man
            WHEN dv.code = 'GENDER_DIVERSE' THEN a.diverse
            ELSE a.total - a.woman - a.man - a.diverse END
FROM gen_actual a
JOIN (SELECT NULL AS id, NULL AS code, 0 AS ord
      UNION ALL
      SELECT v.id, v.code, v.sort_order FROM dimension_value v
      JOIN dimension d ON d.id = v.dimension_id WHERE d.code = 'GENDER') dv
ORDER BY a.progress_report_id, a.grant_indicator_id, dv.ord;
