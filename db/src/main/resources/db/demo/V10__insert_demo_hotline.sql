-- The hotline example of the domain brief, as one closed demo grant: a provincial human
-- trafficking hotline whose 2021-22 results are the Canadian Human Trafficking Hotline's
-- (Public Safety Canada's evaluation): trafficking cases identified 356 against 235 in 2019-20
-- (+51%), referrals to partner services 429 against 258 (+66%), media stories 1,770 against 762.
-- The baselines are the catalogue's (V018, V073); the evaluation set no targets, so neither does
-- the grant, and its scorecard shows "No target" beside each actual.

INSERT INTO grant_agreement (reference_number, recipient_id, fund_id, title_en, title_fr, description_en, description_fr,
                             expected_results_en, expected_results_fr, instrument_type, status, total_amount,
                             start_date, end_date, holdback_percent, reporting_frequency, data_ownership,
                             created_by_id, submitted_by_id, submitted_at, approved_by_id, approved_at,
                             executed_at, closed_at, amount_to_recover, created_at, updated_at)
SELECT 'AHT-2021-0003', r.id, f.id,
       'Provincial human trafficking hotline — Victim Services Partners Ontario',
       'Ligne d''urgence provinciale contre la traite des personnes — Victim Services Partners Ontario',
       'A 24/7 multilingual hotline (calls, chats, e-mails and web forms) that identifies human trafficking situations and refers people to partner services.',
       'Une ligne d''urgence multilingue ouverte jour et nuit (appels, clavardages, courriels et formulaires Web) qui repère les situations de traite des personnes et oriente les personnes vers des services partenaires.',
       'More trafficking situations identified and more people referred to partner services than in 2019-20.',
       'Davantage de situations de traite repérées et davantage de personnes orientées vers des services partenaires qu''en 2019-2020.',
       'CONTRIBUTION', 'CLOSED', 150000.00, '2021-04-01', '2022-03-31', 10.00, 'ANNUAL', 'JOINT',
       cb.id, cb.id, '2021-01-12 14:05:00', ab.id, '2021-02-10 16:00:00',
       '2021-02-24 13:00:00', '2022-06-20 11:20:00', NULL, '2021-01-05 09:15:00', '2022-06-20 11:20:00'
FROM recipient r
JOIN fund f ON f.code = 'AHT-CSF'
JOIN app_user cb ON cb.username = 'officer'
JOIN app_user ab ON ab.username = 'director'
WHERE r.legal_name = 'Demo — Victim Services Partners Ontario' AND r.demo = TRUE
  AND NOT EXISTS (SELECT 1 FROM grant_agreement WHERE reference_number = 'AHT-2021-0003');

INSERT INTO grant_budget_item (grant_id, expense_category_id, amount)
SELECT g.id, ec.id, b.amount
FROM (
    SELECT 'SALARIES_BENEFITS' AS category_code, 112500.00 AS amount
    UNION ALL SELECT 'IMMEDIATE_SUPPORTS', 22500.00
    UNION ALL SELECT 'ADMINISTRATION', 15000.00
) b
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN expense_category ec ON ec.code = b.category_code;

INSERT INTO grant_year_allocation (grant_id, budget_line_id, amount)
SELECT g.id, bl.id, 150000.00
FROM grant_agreement g
JOIN fiscal_year fy ON fy.start_year = 2021
JOIN budget_line bl ON bl.fund_id = g.fund_id AND bl.fiscal_year_id = fy.id
WHERE g.reference_number = 'AHT-2021-0003';

INSERT INTO grant_status_change (grant_id, from_status, to_status, changed_by_id, changed_at, reason)
SELECT g.id, c.from_status, c.to_status, u.id, c.changed_at, c.reason
FROM (
    SELECT NULL AS from_status, 'DRAFT' AS to_status, 'officer' AS changed_by, '2021-01-05 09:15:00' AS changed_at, NULL AS reason
    UNION ALL SELECT 'DRAFT', 'SUBMITTED', 'officer', '2021-01-12 14:05:00', NULL
    UNION ALL SELECT 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2021-01-14 11:00:00', NULL
    UNION ALL SELECT 'UNDER_REVIEW', 'APPROVED', 'director', '2021-02-10 16:00:00', NULL
    UNION ALL SELECT 'APPROVED', 'ACTIVE', 'officer', '2021-02-24 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'ACTIVE', 'CLOSED', 'officer', '2022-06-20 11:20:00', 'Final report accepted and holdback paid.'
) c
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN app_user u ON u.username = c.changed_by;

INSERT INTO reporting_period (grant_id, sequence_no, period_start, period_end, due_date, final_report)
SELECT g.id, 1, '2021-04-01', '2022-03-31', '2022-05-30', TRUE
FROM grant_agreement g WHERE g.reference_number = 'AHT-2021-0003';

INSERT INTO payment_instalment (grant_id, sequence_no, budget_line_id, due_date, amount, holdback, status,
                                released_by_id, released_at)
SELECT g.id, i.sequence_no, bl.id, i.due_date, i.amount, i.holdback, 'PAID', u.id, i.released_at
FROM (
    SELECT 1 AS sequence_no, '2021-04-01' AS due_date, 135000.00 AS amount, FALSE AS holdback, '2021-02-25 10:30:00' AS released_at
    UNION ALL SELECT 2, '2022-06-14', 15000.00, TRUE, '2022-06-10 10:30:00'
) i
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN fiscal_year fy ON fy.start_year = 2021
JOIN budget_line bl ON bl.fund_id = g.fund_id AND bl.fiscal_year_id = fy.id
JOIN app_user u ON u.username = 'officer';

INSERT INTO payment (instalment_id, grant_id, amount, paid_on, payment_reference, idempotency_key, paid_by_id,
                     recorded_at)
SELECT i.id, g.id, p.amount, p.paid_on, p.payment_reference, p.idempotency_key, u.id, p.recorded_at
FROM (
    SELECT 1 AS sequence_no, 135000.00 AS amount, '2021-03-01' AS paid_on, 'PAY-2021-000090' AS payment_reference, '5d0f3c1e-8a52-5b7e-9a41-0c6e2f7b9d31' AS idempotency_key, '2021-03-01 15:10:00' AS recorded_at
    UNION ALL SELECT 2, 15000.00, '2022-06-15', 'PAY-2022-000091', '8e4b2a7c-1f39-5d60-b2c8-7a9e3d4f5b12', '2022-06-15 15:10:00'
) p
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN payment_instalment i ON i.grant_id = g.id AND i.sequence_no = p.sequence_no
JOIN app_user u ON u.username = 'officer2';

INSERT INTO grant_indicator (grant_id, indicator_id)
SELECT g.id, i.id
FROM grant_agreement g
JOIN indicator i ON i.code IN ('CASES_IDENTIFIED', 'REFERRALS', 'MEDIA_STORIES')
WHERE g.reference_number = 'AHT-2021-0003'
ORDER BY FIELD(i.code, 'CASES_IDENTIFIED', 'REFERRALS', 'MEDIA_STORIES');

INSERT INTO progress_report (grant_id, reporting_period_id, revision, status, narrative, narrative_language,
                             submitted_by_id, submitted_at, reviewed_by_id, reviewed_at, review_comment,
                             created_at, updated_at)
SELECT g.id, rp.id, 1, 'ACCEPTED',
       'Final report. Signals rose by three quarters over 2019-20; the hotline identified 356 trafficking cases and made 429 referrals to partner services. Partner agencies grew to 368 in Ontario.',
       'en', sb.id, '2022-05-27 16:40:00', rb.id, '2022-06-06 11:05:00',
       'Reviewed against the approved budget and the 2019-20 baselines; accepted.',
       '2022-05-20 09:00:00', '2022-06-06 11:05:00'
FROM grant_agreement g
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = 1
JOIN app_user sb ON sb.username = 'officer2'
JOIN app_user rb ON rb.username = 'officer'
WHERE g.reference_number = 'AHT-2021-0003';

INSERT INTO report_expense (progress_report_id, expense_category_id, amount, variance_explanation)
SELECT pr.id, ec.id, e.amount, NULL
FROM (
    SELECT 'SALARIES_BENEFITS' AS category_code, 112500.00 AS amount
    UNION ALL SELECT 'IMMEDIATE_SUPPORTS', 22500.00
    UNION ALL SELECT 'ADMINISTRATION', 15000.00
) e
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = 1
JOIN progress_report pr ON pr.reporting_period_id = rp.id AND pr.revision = 1
JOIN expense_category ec ON ec.code = e.category_code;

INSERT INTO indicator_result (progress_report_id, grant_indicator_id, dimension_value_id, numeric_value, text_value)
SELECT pr.id, gi.id, NULL, r.numeric_value, NULL
FROM (
    SELECT 'CASES_IDENTIFIED' AS indicator_code, 356 AS numeric_value
    UNION ALL SELECT 'REFERRALS', 429
    UNION ALL SELECT 'MEDIA_STORIES', 1770
) r
JOIN grant_agreement g ON g.reference_number = 'AHT-2021-0003'
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = 1
JOIN progress_report pr ON pr.reporting_period_id = rp.id AND pr.revision = 1
JOIN indicator i ON i.code = r.indicator_code
JOIN grant_indicator gi ON gi.grant_id = g.id AND gi.indicator_id = i.id;

-- The 2021-22 line of the fund now carries the hotline's commitment and payments (as V9 computes
-- every line from its rows).
UPDATE budget_line bl
JOIN fund f ON f.id = bl.fund_id AND f.code = 'AHT-CSF'
JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id AND fy.start_year = 2021
SET bl.committed_amount = bl.committed_amount + 150000.00,
    bl.paid_amount = bl.paid_amount + 150000.00,
    bl.updated_at = UTC_TIMESTAMP(6);
