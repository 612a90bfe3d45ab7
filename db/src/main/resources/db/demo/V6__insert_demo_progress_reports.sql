-- Progress reports of the active, closed and terminated grants: accepted, submitted and draft,
-- one returned-and-resubmitted (two revisions), with spending by category and indicator results.
-- Some disaggregated counts are below 5 on purpose, to exercise small-count suppression.
-- Recipients with a demo sign-in submit their own reports; for the others the second officer
-- keyed the paper report in and the grant's officer reviewed it (four eyes).

INSERT INTO progress_report (grant_id, reporting_period_id, revision, status, narrative, narrative_language,
                             submitted_by_id, submitted_at, reviewed_by_id, reviewed_at, review_comment,
                             created_at, updated_at)
SELECT g.id, rp.id, p.revision, p.status, p.narrative, p.narrative_language,
       sb.id, p.submitted_at, rb.id, p.reviewed_at, p.review_comment,
       p.created_at, COALESCE(p.reviewed_at, p.submitted_at, p.created_at)
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 1 AS period_no, 1 AS revision, 'ACCEPTED' AS status, 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.' AS narrative, 'en' AS narrative_language, 'recipient1' AS submitted_by, '2020-10-29 16:40:00' AS submitted_at, 'officer' AS reviewed_by, '2020-11-08 11:05:00' AS reviewed_at, 'Reviewed against the approved budget and targets; accepted.' AS review_comment, '2020-10-25 09:00:00' AS created_at
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'recipient1', '2021-04-26 16:40:00', 'officer', '2021-05-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2021-04-22 09:00:00'
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'recipient1', '2021-10-29 16:40:00', 'officer', '2021-11-09 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2021-10-25 09:00:00'
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours.', 'en', 'recipient1', '2022-04-28 16:40:00', 'officer', '2022-05-10 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed. Final report: every objective of the agreement was met or is explained.', 'en', 'recipient1', '2022-08-28 16:40:00', 'officer', '2022-09-06 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-08-24 09:00:00'
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2021-04-25 16:40:00', 'officer2', '2021-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2021-04-21 09:00:00'
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2022-04-29 16:40:00', 'officer2', '2022-05-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-04-25 09:00:00'
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals. Final report: every objective of the agreement was met or is explained.', 'en', 'officer', '2023-05-24 16:40:00', 'officer2', '2023-05-29 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-05-20 09:00:00'
    UNION ALL SELECT 'AHT-2021-0001', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2022-05-29 16:40:00', 'officer', '2022-06-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-05-25 09:00:00'
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2022-04-24 16:40:00', 'officer', '2022-05-01 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-04-20 09:00:00'
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2023-04-25 16:40:00', 'officer', '2023-05-01 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-04-21 09:00:00'
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2024-05-28 16:40:00', 'officer', '2024-06-06 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-05-24 09:00:00'
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2022-10-26 16:40:00', 'officer2', '2022-11-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-10-22 09:00:00'
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2023-04-28 16:40:00', 'officer2', '2023-05-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer', '2023-10-27 16:40:00', 'officer2', '2023-11-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-10-23 09:00:00'
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours. Final report: every objective of the agreement was met or is explained.', 'en', 'officer', '2024-05-25 16:40:00', 'officer2', '2024-06-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-05-21 09:00:00'
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2022-10-29 16:40:00', 'officer', '2022-11-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2022-10-25 09:00:00'
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2023-01-24 16:40:00', 'officer', '2023-02-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-01-20 09:00:00'
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer2', '2023-04-26 16:40:00', 'officer', '2023-05-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-04-22 09:00:00'
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2023-08-28 16:40:00', 'officer', '2023-09-09 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-08-24 09:00:00'
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'ACCEPTED', 'Deux postes vacants ont été pourvus. Les partenariats avec le service de police local et le réseau de refuges ont été renouvelés.', 'fr', 'recipient2', '2024-04-28 16:40:00', 'officer2', '2024-05-06 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'ACCEPTED', 'Les services se sont déroulés comme prévu pendant la période. Les aiguillages provenant des urgences ont augmenté après une formation conjointe avec deux hôpitaux. Rapport final : tous les objectifs de l''entente ont été atteints ou expliqués.', 'fr', 'recipient2', '2025-05-26 16:40:00', 'officer2', '2025-06-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-05-22 09:00:00'
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2023-10-28 16:40:00', 'officer', '2023-11-09 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-10-24 09:00:00'
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2024-04-29 16:40:00', 'officer', '2024-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-04-25 09:00:00'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer2', '2024-10-27 16:40:00', 'officer', '2024-11-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-10-23 09:00:00'
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2025-05-29 16:40:00', 'officer', '2025-06-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-05-25 09:00:00'
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2024-10-29 16:40:00', 'officer', '2024-11-09 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-10-25 09:00:00'
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2025-05-24 16:40:00', 'officer', '2025-05-31 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-05-20 09:00:00'
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2023-04-25 16:40:00', 'officer', '2023-05-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2023-04-21 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'recipient1', '2024-10-29 16:40:00', 'officer', '2024-11-03 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2024-10-25 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'recipient1', '2025-04-28 16:40:00', 'officer', '2025-05-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'RETURNED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'recipient1', '2025-10-27 16:40:00', 'officer', '2025-11-03 11:05:00', 'Spending on emergency housing is 30% over budget with no explanation; please explain the variance and resubmit.', '2025-10-23 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'recipient1', '2025-11-12 16:40:00', 'officer', '2025-11-18 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-11-08 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours.', 'en', 'recipient1', '2026-04-27 16:40:00', 'officer', '2026-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-23 09:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'recipient1', '2026-10-27 16:40:00', 'officer', '2026-11-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-10-23 09:00:00'
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2025-04-28 16:40:00', 'officer2', '2025-05-06 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2026-04-27 16:40:00', 'officer2', '2026-05-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-23 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'ACCEPTED', 'Deux postes vacants ont été pourvus. Les partenariats avec le service de police local et le réseau de refuges ont été renouvelés.', 'fr', 'recipient2', '2025-07-24 16:40:00', 'officer', '2025-07-29 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-07-20 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'ACCEPTED', 'Les services se sont déroulés comme prévu pendant la période. Les aiguillages provenant des urgences ont augmenté après une formation conjointe avec deux hôpitaux.', 'fr', 'recipient2', '2025-10-29 16:40:00', 'officer', '2025-11-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-10-25 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'ACCEPTED', 'La demande a dépassé la capacité au cours de la seconde moitié de la période; une liste d''attente a été tenue et chaque personne a été jointe en moins de 48 heures.', 'fr', 'recipient2', '2026-01-25 16:40:00', 'officer', '2026-02-01 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-01-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'ACCEPTED', 'Deux postes vacants ont été pourvus. Les partenariats avec le service de police local et le réseau de refuges ont été renouvelés.', 'fr', 'recipient2', '2026-04-24 16:40:00', 'officer', '2026-05-02 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-20 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'ACCEPTED', 'Les services se sont déroulés comme prévu pendant la période. Les aiguillages provenant des urgences ont augmenté après une formation conjointe avec deux hôpitaux.', 'fr', 'recipient2', '2026-07-26 16:40:00', 'officer', '2026-08-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-07-22 09:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 6, 1, 'DRAFT', 'La demande a dépassé la capacité au cours de la seconde moitié de la période; une liste d''attente a été tenue et chaque personne a été jointe en moins de 48 heures.', 'fr', NULL, NULL, NULL, NULL, NULL, '2026-11-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2025-10-28 16:40:00', 'officer2', '2025-11-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-10-24 09:00:00'
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2026-04-29 16:40:00', 'officer2', '2026-05-09 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-25 09:00:00'
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer', '2026-10-25 16:40:00', 'officer2', '2026-10-30 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-10-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0003', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2026-01-29 16:40:00', 'officer', '2026-02-03 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-01-25 09:00:00'
    UNION ALL SELECT 'AHT-2025-0003', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2026-04-25 16:40:00', 'officer', '2026-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0003', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer2', '2026-07-26 16:40:00', 'officer', '2026-08-01 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-07-22 09:00:00'
    UNION ALL SELECT 'AHT-2025-0003', 4, 1, 'SUBMITTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2026-11-20 16:40:00', NULL, NULL, NULL, '2026-11-16 09:00:00'
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2025-10-24 16:40:00', 'officer2', '2025-11-02 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-10-20 09:00:00'
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2026-04-28 16:40:00', 'officer2', '2026-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer', '2026-10-25 16:40:00', 'officer2', '2026-11-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-10-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2025-10-27 16:40:00', 'officer', '2025-11-02 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2025-10-23 09:00:00'
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2026-04-29 16:40:00', 'officer', '2026-05-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-25 09:00:00'
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals. Final report: every objective of the agreement was met or is explained.', 'en', 'officer2', '2026-08-25 16:40:00', 'officer', '2026-09-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-08-21 09:00:00'
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer', '2026-01-24 16:40:00', 'officer2', '2026-01-31 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-01-20 09:00:00'
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer', '2026-04-28 16:40:00', 'officer2', '2026-05-08 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-04-24 09:00:00'
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'ACCEPTED', 'Services ran as planned this period. Referrals from hospital emergency departments grew after joint training with two local hospitals.', 'en', 'officer', '2026-07-24 16:40:00', 'officer2', '2026-08-04 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-07-20 09:00:00'
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'ACCEPTED', 'Demand exceeded capacity in the second half of the period; a waiting list was kept and every person on it was contacted within 48 hours.', 'en', 'officer', '2026-10-25 16:40:00', 'officer2', '2026-11-05 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-10-21 09:00:00'
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'ACCEPTED', 'Two staff vacancies were filled. Partnerships with the local police service and the shelter network were renewed.', 'en', 'officer2', '2026-07-26 16:40:00', 'officer', '2026-08-07 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-07-22 09:00:00'
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'ACCEPTED', 'Outreach to school boards raised awareness among students and staff; follow-up requests came from four schools.', 'en', 'officer2', '2026-10-27 16:40:00', 'officer', '2026-11-01 11:05:00', 'Reviewed against the approved budget and targets; accepted.', '2026-10-23 09:00:00'
) p
JOIN grant_agreement g ON g.reference_number = p.reference_number
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = p.period_no
LEFT JOIN app_user sb ON sb.username = p.submitted_by
LEFT JOIN app_user rb ON rb.username = p.reviewed_by;

INSERT INTO report_expense (progress_report_id, expense_category_id, amount, variance_explanation)
SELECT pr.id, ec.id, e.amount, e.variance_explanation
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 1 AS period_no, 1 AS revision, 'SALARIES_BENEFITS' AS category_code, 12794.30 AS amount, NULL AS variance_explanation
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'EMERGENCY_HOUSING', 6654.25, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'COUNSELLING', 6170.30, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'ADMINISTRATION', 2661.70, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'SALARIES_BENEFITS', 26118.25, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'EMERGENCY_HOUSING', 14958.90, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'COUNSELLING', 11608.11, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'ADMINISTRATION', 6701.59, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'SALARIES_BENEFITS', 30322.85, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'EMERGENCY_HOUSING', 15793.15, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'COUNSELLING', 12273.53, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'ADMINISTRATION', 6738.41, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'SALARIES_BENEFITS', 26926.03, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'EMERGENCY_HOUSING', 16753.97, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'COUNSELLING', 11967.12, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'ADMINISTRATION', 5624.55, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'SALARIES_BENEFITS', 13732.27, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'EMERGENCY_HOUSING', 7629.04, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'COUNSELLING', 5265.53, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'ADMINISTRATION', 2812.27, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'SALARIES_BENEFITS', 37717.11, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'CULTURAL_PROGRAMS', 21777.14, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'HEALING', 16882.89, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'LEADERSHIP', 5028.95, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'ADMINISTRATION', 10057.89, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'SALARIES_BENEFITS', 73480.26, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'CULTURAL_PROGRAMS', 45024.67, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'HEALING', 33858.55, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'LEADERSHIP', 8464.64, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'ADMINISTRATION', 18009.87, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'SALARIES_BENEFITS', 67717.11, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'CULTURAL_PROGRAMS', 45024.67, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'HEALING', 37820.72, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'LEADERSHIP', 10085.53, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'ADMINISTRATION', 18370.07, NULL
    UNION ALL SELECT 'AHT-2021-0001', 1, 1, 'TRAINING', 70082.50, NULL
    UNION ALL SELECT 'AHT-2021-0001', 1, 1, 'ADMINISTRATION', 11985.00, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'SALARIES_BENEFITS', 50713.69, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'EMERGENCY_HOUSING', 26375.91, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'COUNSELLING', 24457.66, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'ADMINISTRATION', 11989.05, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'SALARIES_BENEFITS', 55029.74, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'EMERGENCY_HOUSING', 26375.91, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'COUNSELLING', 23258.76, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'ADMINISTRATION', 10550.36, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'SALARIES_BENEFITS', 56803.47, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'EMERGENCY_HOUSING', 30054.74, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'COUNSELLING', 24524.67, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'ADMINISTRATION', 13464.53, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'SALARIES_BENEFITS', 20397.87, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_LIFE_SKILLS', 9252.64, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'ADMINISTRATION', 3680.03, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'SALARIES_BENEFITS', 20913.82, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_LIFE_SKILLS', 10143.20, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'ADMINISTRATION', 3903.91, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'SALARIES_BENEFITS', 18505.28, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_LIFE_SKILLS', 10514.36, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'ADMINISTRATION', 3574.88, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'SALARIES_BENEFITS', 22080.16, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_LIFE_SKILLS', 10514.36, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'ADMINISTRATION', 3925.36, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'SALARIES_BENEFITS', 18581.48, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'TRAINING', 2442.41, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'ADMINISTRATION', 2442.41, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'SALARIES_BENEFITS', 19156.16, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'TRAINING', 2514.25, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'ADMINISTRATION', 2514.25, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'SALARIES_BENEFITS', 19676.71, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'TRAINING', 2342.47, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'ADMINISTRATION', 2201.92, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'SALARIES_BENEFITS', 18947.95, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'TRAINING', 2368.49, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'ADMINISTRATION', 2368.49, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'SALARIES_BENEFITS', 36049.25, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'EMERGENCY_HOUSING', 20027.36, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'COUNSELLING', 16021.89, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'ADMINISTRATION', 8411.49, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'SALARIES_BENEFITS', 34872.23, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'EMERGENCY_HOUSING', 19972.64, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'COUNSELLING', 15498.77, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'ADMINISTRATION', 7989.06, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'SALARIES_BENEFITS', 31543.09, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'CULTURAL_PROGRAMS', 19714.43, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'HEALING', 14119.29, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'LEADERSHIP', 3304.51, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'ADMINISTRATION', 7660.47, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'SALARIES_BENEFITS', 26436.11, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'CULTURAL_PROGRAMS', 18212.38, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'HEALING', 14569.90, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'LEADERSHIP', 3942.89, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'ADMINISTRATION', 6609.03, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'SALARIES_BENEFITS', 31543.09, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'CULTURAL_PROGRAMS', 18775.65, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'HEALING', 16822.98, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'LEADERSHIP', 4205.75, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'ADMINISTRATION', 7510.26, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'SALARIES_BENEFITS', 30474.42, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'CULTURAL_PROGRAMS', 18112.86, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'HEALING', 13145.83, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'LEADERSHIP', 3921.34, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'ADMINISTRATION', 7021.07, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'SALARIES_BENEFITS', 39909.04, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'TRAINING', 5238.06, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'ADMINISTRATION', 4389.99, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'SALARIES_BENEFITS', 39690.96, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'TRAINING', 4366.01, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'ADMINISTRATION', 4961.37, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'SALARIES_BENEFITS', 14768.82, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'IMMEDIATE_SUPPORTS', 7384.41, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'COUNSELLING', 5286.57, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'ADMINISTRATION', 3356.55, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'SALARIES_BENEFITS', 35376.66, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'EMERGENCY_HOUSING', 15442.19, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'COUNSELLING', 13617.21, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'ADMINISTRATION', 7019.18, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'SALARIES_BENEFITS', 29528.88, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'EMERGENCY_HOUSING', 17801.10, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'COUNSELLING', 15637.04, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'ADMINISTRATION', 6980.82, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'SALARIES_BENEFITS', 30638.71, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'EMERGENCY_HOUSING', 22812.33, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'COUNSELLING', 13617.21, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'ADMINISTRATION', 7019.18, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'SALARIES_BENEFITS', 29691.12, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'EMERGENCY_HOUSING', 22812.33, 'Winter surge in emergency housing needs; offset by savings in other categories.'
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'COUNSELLING', 12353.75, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'ADMINISTRATION', 6598.03, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'SALARIES_BENEFITS', 31413.70, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'EMERGENCY_HOUSING', 16928.49, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'COUNSELLING', 13961.64, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'ADMINISTRATION', 6771.40, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'SALARIES_BENEFITS', 29691.12, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'EMERGENCY_HOUSING', 19653.70, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'COUNSELLING', 14038.36, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'ADMINISTRATION', 7019.18, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'SALARIES_BENEFITS', 65498.01, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'CULTURAL_PROGRAMS', 38480.08, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'HEALING', 31766.53, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'LEADERSHIP', 9169.72, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'ADMINISTRATION', 17193.23, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'SALARIES_BENEFITS', 91613.55, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'CULTURAL_PROGRAMS', 52895.92, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'HEALING', 38390.44, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'LEADERSHIP', 10579.18, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'ADMINISTRATION', 22903.39, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'SALARIES_BENEFITS', 10097.26, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'EMERGENCY_HOUSING', 5609.59, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'COUNSELLING', 4712.05, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'ADMINISTRATION', 2356.03, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'SALARIES_BENEFITS', 10718.63, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'EMERGENCY_HOUSING', 4990.68, 'Poste vacant pendant deux mois.'
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'COUNSELLING', 4400.88, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'ADMINISTRATION', 2313.86, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'SALARIES_BENEFITS', 11433.21, 'Demande plus forte que prévu dans cette catégorie.'
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'EMERGENCY_HOUSING', 5501.10, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'COUNSELLING', 4536.99, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'ADMINISTRATION', 2540.71, 'Demande plus forte que prévu dans cette catégorie.'
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'SALARIES_BENEFITS', 9387.12, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'EMERGENCY_HOUSING', 5547.95, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'COUNSELLING', 4527.12, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'ADMINISTRATION', 2330.14, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'SALARIES_BENEFITS', 9491.42, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'EMERGENCY_HOUSING', 5721.78, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'COUNSELLING', 4487.67, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'ADMINISTRATION', 2109.21, NULL
    UNION ALL SELECT 'AHT-2025-0001', 6, 1, 'SALARIES_BENEFITS', 10208.22, NULL
    UNION ALL SELECT 'AHT-2025-0001', 6, 1, 'EMERGENCY_HOUSING', 5671.23, NULL
    UNION ALL SELECT 'AHT-2025-0001', 6, 1, 'COUNSELLING', 4264.77, NULL
    UNION ALL SELECT 'AHT-2025-0001', 6, 1, 'ADMINISTRATION', 2200.44, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'SALARIES_BENEFITS', 30884.38, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'CULTURAL_PROGRAMS', 17579.28, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'HEALING', 14477.05, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'LEADERSHIP', 3033.29, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'ADMINISTRATION', 7721.10, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'SALARIES_BENEFITS', 25779.18, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'CULTURAL_PROGRAMS', 16626.20, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'HEALING', 14397.95, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'LEADERSHIP', 3599.49, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'ADMINISTRATION', 7678.90, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'SALARIES_BENEFITS', 25920.82, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'CULTURAL_PROGRAMS', 18096.32, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'HEALING', 12960.41, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'LEADERSHIP', 3446.92, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'ADMINISTRATION', 7031.71, NULL
    UNION ALL SELECT 'AHT-2025-0003', 1, 1, 'TRAINING', 20366.28, NULL
    UNION ALL SELECT 'AHT-2025-0003', 1, 1, 'ADMINISTRATION', 3779.31, NULL
    UNION ALL SELECT 'AHT-2025-0003', 2, 1, 'TRAINING', 19307.34, NULL
    UNION ALL SELECT 'AHT-2025-0003', 2, 1, 'ADMINISTRATION', 3624.66, NULL
    UNION ALL SELECT 'AHT-2025-0003', 3, 1, 'TRAINING', 20767.95, NULL
    UNION ALL SELECT 'AHT-2025-0003', 3, 1, 'ADMINISTRATION', 3664.93, NULL
    UNION ALL SELECT 'AHT-2025-0003', 4, 1, 'TRAINING', 18476.62, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0003', 4, 1, 'ADMINISTRATION', 3890.47, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'SALARIES_BENEFITS', 19854.25, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_LIFE_SKILLS', 10942.40, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'ADMINISTRATION', 3760.27, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'SALARIES_BENEFITS', 19745.75, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_LIFE_SKILLS', 11219.18, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'ADMINISTRATION', 3926.71, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'SALARIES_BENEFITS', 21207.95, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_LIFE_SKILLS', 11280.82, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'ADMINISTRATION', 4211.51, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'SALARIES_BENEFITS', 28794.74, 'Higher demand than planned in this category.'
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'TRAINING', 1512.33, NULL
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'ADMINISTRATION', 3085.15, NULL
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'SALARIES_BENEFITS', 44757.04, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'TRAINING', 3141.37, NULL
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'ADMINISTRATION', 5624.55, NULL
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'SALARIES_BENEFITS', 22378.52, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'TRAINING', 1406.14, NULL
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'ADMINISTRATION', 2632.77, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'SALARIES_BENEFITS', 40143.62, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'EMERGENCY_HOUSING', 21864.72, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'COUNSELLING', 16967.02, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'ADMINISTRATION', 8920.80, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'SALARIES_BENEFITS', 40425.96, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'EMERGENCY_HOUSING', 21389.40, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'COUNSELLING', 17453.75, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'ADMINISTRATION', 8299.09, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'SALARIES_BENEFITS', 34257.26, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'EMERGENCY_HOUSING', 20978.24, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'COUNSELLING', 15225.45, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'ADMINISTRATION', 7612.72, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'SALARIES_BENEFITS', 41324.31, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'EMERGENCY_HOUSING', 20552.83, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'COUNSELLING', 15392.76, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'ADMINISTRATION', 9183.18, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'SALARIES_BENEFITS', 99726.03, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'IMMEDIATE_SUPPORTS', 43879.45, 'Position vacant for two months.'
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'COUNSELLING', 29917.81, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'ADMINISTRATION', 19945.21, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'SALARIES_BENEFITS', 94772.60, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'IMMEDIATE_SUPPORTS', 50410.96, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'COUNSELLING', 30246.58, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'ADMINISTRATION', 22584.11, 'Higher demand than planned in this category.'
) e
JOIN grant_agreement g ON g.reference_number = e.reference_number
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = e.period_no
JOIN progress_report pr ON pr.reporting_period_id = rp.id AND pr.revision = e.revision
JOIN expense_category ec ON ec.code = e.category_code;

-- Overall values (no dimension value) and breakdowns that add up to them.
INSERT INTO indicator_result (progress_report_id, grant_indicator_id, dimension_value_id, numeric_value, text_value)
SELECT pr.id, gi.id, dv.id, r.numeric_value, r.text_value
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 1 AS period_no, 1 AS revision, 'PEOPLE_SERVED' AS indicator_code, NULL AS dimension_code, NULL AS value_code, 9 AS numeric_value, NULL AS text_value
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'REFERRALS', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 12, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'REFERRALS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 15, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 11, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'REFERRALS', NULL, NULL, 13, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 18, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 14, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'REFERRALS', NULL, NULL, 10, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'CASES_IDENTIFIED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 4, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', NULL, NULL, 9, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 3, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'REFERRALS', NULL, NULL, 7, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'CASES_IDENTIFIED', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2020-0001', 5, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 23, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 18, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 13, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'REFERRALS', NULL, NULL, 17, NULL
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0002', 1, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 51, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 44, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'REFERRALS', NULL, NULL, 44, NULL
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0002', 2, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 56, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 54, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 18, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 33, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'REFERRALS', NULL, NULL, 39, NULL
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2020-0002', 3, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2021-0001', 1, 1, 'OFFICERS_TRAINED', NULL, NULL, 59, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 27, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 24, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 9, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 15, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'REFERRALS', NULL, NULL, 28, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 7, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 35, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 31, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'REFERRALS', NULL, NULL, 20, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 8, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 6, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 31, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 27, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 10, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 16, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'REFERRALS', NULL, NULL, 20, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 8, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2021-0002', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_HOUSED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 8, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 4, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_HOUSED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 11, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 6, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_HOUSED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 12, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 6, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 4, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 5, NULL
    UNION ALL SELECT 'AHT-2022-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_HOUSED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 10, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 7, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2022-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'TIPS_TO_POLICE', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 1, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 11, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'TIPS_TO_POLICE', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 2, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 8, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'TIPS_TO_POLICE', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 3, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'CASES_IDENTIFIED', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'TIPS_TO_POLICE', NULL, NULL, 2, NULL
    UNION ALL SELECT 'AHT-2022-0002', 4, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 24, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 22, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 8, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 15, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 0, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'REFERRALS', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 22, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 15, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'REFERRALS', NULL, NULL, 18, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2023-0001', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 17, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 9, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'REFERRALS', NULL, NULL, 13, NULL
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2023-0002', 1, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 17, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 16, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'REFERRALS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2023-0002', 2, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 25, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 22, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 8, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 12, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'REFERRALS', NULL, NULL, 18, NULL
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2023-0002', 3, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 23, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 19, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'REFERRALS', NULL, NULL, 13, NULL
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2023-0002', 4, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'TIPS_TO_POLICE', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2024-0004', 1, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 8, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'TIPS_TO_POLICE', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2024-0004', 2, 1, 'LAW_ENFORCEMENT_PARTNERS', NULL, NULL, 13, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'INCOMING_SIGNALS', NULL, NULL, 34, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 12, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 6, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 4, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 4, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'REFERRALS', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'AVG_WAIT_PHONE', NULL, NULL, 38, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 1, 'UNANSWERED_PHONE_PCT', NULL, NULL, 4.2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 24, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 19, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 8, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 15, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'REFERRALS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 14, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'REFERRALS', NULL, NULL, 12, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 24, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 19, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 8, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 13, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'REFERRALS', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 13, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 13, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'REFERRALS', NULL, NULL, 11, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'CASES_IDENTIFIED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 3, 2, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 20, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 16, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'REFERRALS', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'CASES_IDENTIFIED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 4, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 19, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 9, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'REFERRALS', NULL, NULL, 14, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'CASES_IDENTIFIED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2024-0001', 5, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 40, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 36, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 13, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 23, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'REFERRALS', NULL, NULL, 35, NULL
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0002', 1, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 56, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 52, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'REFERRALS', NULL, NULL, 39, NULL
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2024-0002', 2, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'REFERRALS', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'REFERRALS', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'REFERRALS', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'REFERRALS', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 4, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', NULL, NULL, 7, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 2, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'REFERRALS', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'CASES_IDENTIFIED', NULL, NULL, 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0001', 5, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Plusieurs survivantes ont quitté l''hébergement d''urgence pour un logement de transition et ont repris leurs études ou un emploi.'
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 22, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 15, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 11, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 0, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'REFERRALS', NULL, NULL, 17, NULL
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0002', 1, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 19, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 14, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'REFERRALS', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0002', 2, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 17, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 7, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 8, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'REFERRALS', NULL, NULL, 12, NULL
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0002', 3, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0003', 1, 1, 'OFFICERS_TRAINED', NULL, NULL, 14, NULL
    UNION ALL SELECT 'AHT-2025-0003', 2, 1, 'OFFICERS_TRAINED', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2025-0003', 3, 1, 'OFFICERS_TRAINED', NULL, NULL, 17, NULL
    UNION ALL SELECT 'AHT-2025-0003', 4, 1, 'OFFICERS_TRAINED', NULL, NULL, 15, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_HOUSED', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 12, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 9, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 4, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 3, NULL
    UNION ALL SELECT 'AHT-2025-0004', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_HOUSED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 10, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_HOUSED', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'MAN', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'YOUTH_HOUSED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 9, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 6, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 1, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 3, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 2, NULL
    UNION ALL SELECT 'AHT-2025-0004', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'TIPS_TO_POLICE', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2025-0005', 1, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'TIPS_TO_POLICE', NULL, NULL, 4, NULL
    UNION ALL SELECT 'AHT-2025-0005', 2, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'TIPS_TO_POLICE', NULL, NULL, 3, NULL
    UNION ALL SELECT 'AHT-2025-0005', 3, 1, 'PARTNERSHIPS', NULL, NULL, NULL, 'Monthly case conferences with police, child welfare and health partners now run across the region.'
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 24, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 20, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 8, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 10, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'REFERRALS', NULL, NULL, 18, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'CASES_IDENTIFIED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 22, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 16, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'REFERRALS', NULL, NULL, 14, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'CASES_IDENTIFIED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 2, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', NULL, NULL, 19, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 10, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 4, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 6, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 8, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'REFERRALS', NULL, NULL, 21, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'CASES_IDENTIFIED', NULL, NULL, 6, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 3, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'PEOPLE_SERVED', NULL, NULL, 23, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 20, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'REFERRALS', NULL, NULL, 16, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'CASES_IDENTIFIED', NULL, NULL, 5, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'WOMAN', 3, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'GENDER_DIVERSE', 0, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'CASES_IDENTIFIED', 'GENDER', 'NOT_STATED', 1, NULL
    UNION ALL SELECT 'AHT-2025-0006', 4, 1, 'SURVIVOR_OUTCOMES', NULL, NULL, NULL, 'Several survivors moved from emergency shelter to transitional housing and re-entered education or work.'
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'INCOMING_SIGNALS', NULL, NULL, 196, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', NULL, NULL, 62, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 59, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 1, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 0, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'UNDER_18', 4, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_18_24', 20, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_25_44', 36, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'PEOPLE_SERVED', 'AGE_GROUP', 'AGE_45_PLUS', 2, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'REFERRALS', NULL, NULL, 41, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'AVG_WAIT_PHONE', NULL, NULL, 32, NULL
    UNION ALL SELECT 'AHT-2026-0001', 1, 1, 'UNANSWERED_PHONE_PCT', NULL, NULL, 4.0, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'INCOMING_SIGNALS', NULL, NULL, 200, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'PEOPLE_SERVED', NULL, NULL, 63, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'WOMAN', 59, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'MAN', 0, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'GENDER_DIVERSE', 2, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'PEOPLE_SERVED', 'GENDER', 'NOT_STATED', 2, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'REFERRALS', NULL, NULL, 50, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'AVG_WAIT_PHONE', NULL, NULL, 39, NULL
    UNION ALL SELECT 'AHT-2026-0001', 2, 1, 'UNANSWERED_PHONE_PCT', NULL, NULL, 5.0, NULL
) r
JOIN grant_agreement g ON g.reference_number = r.reference_number
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = r.period_no
JOIN progress_report pr ON pr.reporting_period_id = rp.id AND pr.revision = r.revision
JOIN indicator i ON i.code = r.indicator_code
JOIN grant_indicator gi ON gi.grant_id = g.id AND gi.indicator_id = i.id
LEFT JOIN dimension d ON d.code = r.dimension_code
LEFT JOIN dimension_value dv ON dv.dimension_id = d.id AND dv.code = r.value_code;

-- Attachment metadata, then the bytes in their own table.
INSERT INTO report_attachment (progress_report_id, original_file_name, content_type, size_bytes, sha256,
                               uploaded_by_id, uploaded_at)
SELECT pr.id, a.original_file_name, a.content_type, a.size_bytes, a.sha256, u.id, a.uploaded_at
FROM (
    SELECT 'AHT-2024-0001' AS reference_number, 5 AS period_no, 1 AS revision, 'expense-detail.csv' AS original_file_name, 'text/csv' AS content_type, 52 AS size_bytes, '94baab4f3fa300799fad71cee02a7f4f8922ba412a9c060a3399d5338997104b' AS sha256, 'recipient1' AS uploaded_by, '2026-10-27 16:30:00' AS uploaded_at
    UNION ALL SELECT 'AHT-2025-0001', 1, 1, 'activités-sensibilisation.txt', 'text/plain; charset=UTF-8', 114, 'e84312b905dbacddc73532e7f5cf8733a5b72242679b034c0c829f646f5f169d', 'recipient2', '2025-07-24 15:00:00'
) a
JOIN grant_agreement g ON g.reference_number = a.reference_number
JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = a.period_no
JOIN progress_report pr ON pr.reporting_period_id = rp.id AND pr.revision = a.revision
JOIN app_user u ON u.username = a.uploaded_by;

INSERT INTO report_attachment_content (attachment_id, content)
SELECT ra.id, c.content
FROM (
    SELECT '94baab4f3fa300799fad71cee02a7f4f8922ba412a9c060a3399d5338997104b' AS sha256, X'506572696F642C43617465676F72792C416D6F756E740A352C456D657267656E637920686F7573696E672C31323030302E30300A' AS content
    UNION ALL SELECT 'e84312b905dbacddc73532e7f5cf8733a5b72242679b034c0c829f646f5f169d', X'4C69737465206465732061637469766974C3A9732064652073656E736962696C69736174696F6E2C207472696D657374726520310A2D204174656C6965722064616E7320756E6520C3A9636F6C65207365636F6E64616972650A2D204B696F7371756520636F6D6D756E617574616972650A'
) c
JOIN report_attachment ra ON ra.sha256 = c.sha256;
