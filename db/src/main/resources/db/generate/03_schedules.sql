-- Reporting periods, progress reports, payment schedules and payments of the approved grants.
-- As in the application's standard plan: one period per quarter, half-year or year; instalment
-- k pays for period k, the first on the start date and each later one on the due date of the
-- report before it; the holdback is the last instalment, on the final report's due date.
-- By @as_of: a report is accepted once its due date is ten days past (an active grant may have
-- its latest one still under review, or missing and overdue), submitted once that date is near,
-- a draft for some periods that just ended; an instalment is released when every report before
-- it is accepted, and paid three days after that once its due date has come.

CREATE TABLE gen_period (
    grant_id     BIGINT      NOT NULL,
    sequence_no  INT         NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    due_date     DATE        NOT NULL,
    final_report BOOLEAN     NOT NULL,
    period_id    BIGINT      NULL,
    status       VARCHAR(20) NULL,
    reviewed_at  DATETIME(6) NULL,
    PRIMARY KEY (grant_id, sequence_no)
) ENGINE=InnoDB;

INSERT INTO gen_period (grant_id, sequence_no, period_start, period_end, due_date, final_report)
SELECT gg.grant_id, s.seq,
       DATE_ADD(gg.start_date, INTERVAL (s.seq - 1) * (12 DIV gg.per_year) MONTH),
       DATE_SUB(DATE_ADD(gg.start_date, INTERVAL s.seq * (12 DIV gg.per_year) MONTH), INTERVAL 1 DAY),
       DATE_ADD(DATE_SUB(DATE_ADD(gg.start_date, INTERVAL s.seq * (12 DIV gg.per_year) MONTH), INTERVAL 1 DAY),
                INTERVAL IF(s.seq = gg.years * gg.per_year, 60, 30) DAY),
       s.seq = gg.years * gg.per_year
FROM gen_grant gg
JOIN seq_1_to_12 s ON s.seq <= gg.years * gg.per_year
WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED');

INSERT INTO reporting_period (grant_id, sequence_no, period_start, period_end, due_date, final_report)
SELECT grant_id, sequence_no, period_start, period_end, due_date, final_report
FROM gen_period ORDER BY grant_id, sequence_no;

UPDATE gen_period gp
JOIN reporting_period rp ON rp.grant_id = gp.grant_id AND rp.sequence_no = gp.sequence_no
SET gp.period_id = rp.id;

-- Which reports exist by @as_of, and in which state.
UPDATE gen_period gp
JOIN gen_grant gg ON gg.grant_id = gp.grant_id
LEFT JOIN (SELECT p.grant_id, MAX(p.sequence_no) AS last_reviewed
           FROM gen_period p
           WHERE DATE_ADD(p.due_date, INTERVAL 10 DAY) <= @as_of
           GROUP BY p.grant_id) lr ON lr.grant_id = gp.grant_id
SET gp.status = CASE
        WHEN gg.status NOT IN ('ACTIVE', 'CLOSED') OR gp.period_end >= @as_of THEN NULL
        WHEN DATE_ADD(gp.due_date, INTERVAL 10 DAY) <= @as_of THEN
            CASE WHEN gp.sequence_no < lr.last_reviewed OR gg.lag = 0 THEN 'ACCEPTED'
                 WHEN gg.lag = 1 THEN 'SUBMITTED'
                 ELSE NULL END
        WHEN DATE_SUB(gp.due_date, INTERVAL 5 DAY) <= @as_of THEN 'SUBMITTED'
        WHEN MOD(CRC32(CONCAT(@seed, '|draft|', gp.period_id)), 2) = 0 THEN 'DRAFT'
        ELSE NULL END;

UPDATE gen_period
SET reviewed_at = TIMESTAMP(DATE_ADD(due_date, INTERVAL 10 DAY), '10:00:00')
WHERE status = 'ACCEPTED';

CREATE TABLE gen_narrative (
    language  VARCHAR(2)    NOT NULL,
    no        INT           NOT NULL,
    narrative VARCHAR(600)  NOT NULL,
    PRIMARY KEY (language, no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_narrative VALUES
    ('en', 0, 'Intake stayed steady this period. Two counsellors completed trauma-informed care training and the waiting list for counselling fell to under a week.'),
    ('en', 1, 'We opened two more emergency beds with a partner shelter and referred most clients to housing or employment programs within a month of first contact.'),
    ('en', 2, 'Referrals from police and hospitals rose after our outreach sessions. Staff turnover delayed one group program, which restarts next period.'),
    ('en', 3, 'The after-hours line answered nearly every call. We started a peer mentoring circle and trained volunteers to support survivors at court.'),
    ('fr', 0, 'L''accueil est resté stable au cours de la période. Deux conseillères ont suivi la formation sur les soins tenant compte des traumatismes et l''attente pour le counseling est passée sous une semaine.'),
    ('fr', 1, 'Nous avons ouvert deux lits d''urgence de plus avec un refuge partenaire et aiguillé la plupart des clientes vers le logement ou l''emploi dans le mois suivant le premier contact.'),
    ('fr', 2, 'Les aiguillages de la police et des hôpitaux ont augmenté après nos séances de sensibilisation. Le roulement du personnel a retardé un programme de groupe, qui reprend à la prochaine période.'),
    ('fr', 3, 'La ligne en dehors des heures a répondu à presque tous les appels. Nous avons lancé un cercle de mentorat par les pairs et formé des bénévoles pour accompagner les survivantes à la cour.');

INSERT INTO progress_report (grant_id, reporting_period_id, revision, status, narrative, narrative_language,
                             submitted_by_id, submitted_at, reviewed_by_id, reviewed_at, created_at, updated_at)
SELECT gp.grant_id, gp.period_id, 1, gp.status, n.narrative, n.language,
       IF(gp.status = 'DRAFT', NULL, COALESCE(r.user_id, (SELECT id FROM app_user WHERE username = 'officer2'))),
       IF(gp.status = 'DRAFT', NULL, TIMESTAMP(DATE_SUB(gp.due_date, INTERVAL 5 DAY), '14:00:00')),
       IF(gp.status = 'ACCEPTED', (SELECT id FROM app_user WHERE username = 'officer'), NULL),
       gp.reviewed_at,
       TIMESTAMP(DATE_ADD(gp.period_end, INTERVAL 1 DAY), '09:00:00'),
       COALESCE(gp.reviewed_at, IF(gp.status = 'DRAFT', TIMESTAMP(DATE_ADD(gp.period_end, INTERVAL 1 DAY), '09:00:00'),
                                   TIMESTAMP(DATE_SUB(gp.due_date, INTERVAL 5 DAY), '14:00:00')))
FROM gen_period gp
JOIN gen_grant gg ON gg.grant_id = gp.grant_id
JOIN gen_recipient r ON r.recipient_id = gg.recipient_id
JOIN gen_narrative n ON n.language = IF(r.french, 'fr', 'en')
                    AND n.no = MOD(CRC32(CONCAT(@seed, '|narrative|', gp.period_id)), 4)
WHERE gp.status IS NOT NULL
ORDER BY gp.grant_id, gp.sequence_no;

-- How many reports from the first one on are accepted, per grant: what gates the instalments.
CREATE TABLE gen_gate (
    grant_id       BIGINT NOT NULL PRIMARY KEY,
    accepted_upto  INT    NOT NULL
) ENGINE=InnoDB;

INSERT INTO gen_gate
SELECT gg.grant_id,
       COALESCE((SELECT MIN(p.sequence_no) - 1 FROM gen_period p
                 WHERE p.grant_id = gg.grant_id AND (p.status IS NULL OR p.status <> 'ACCEPTED')),
                gg.years * gg.per_year)
FROM gen_grant gg
WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED');

-- The instalments: period k's on the fiscal year of period k, each year's regular share split
-- evenly with the odd cents on its first instalments, then the holdback on the last year.
CREATE TABLE gen_instalment (
    grant_id       BIGINT        NOT NULL,
    sequence_no    INT           NOT NULL,
    budget_line_id BIGINT        NOT NULL,
    due_date       DATE          NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    holdback       BOOLEAN       NOT NULL,
    status         VARCHAR(20)   NOT NULL DEFAULT 'PLANNED',
    released_at    DATETIME(6)   NULL,
    paid_on        DATE          NULL,
    instalment_id  BIGINT        NULL,
    PRIMARY KEY (grant_id, sequence_no)
) ENGINE=InnoDB;

INSERT INTO gen_instalment (grant_id, sequence_no, budget_line_id, due_date, amount, holdback)
SELECT x.grant_id, x.seq, x.budget_line_id,
       IF(x.seq = 1, x.start_date,
          DATE_ADD(DATE_SUB(DATE_ADD(x.start_date, INTERVAL (x.seq - 1) * (12 DIV x.per_year) MONTH),
                            INTERVAL 1 DAY), INTERVAL 30 DAY)),
       x.base + IF(x.within <= x.odd_cents, 0.01, 0),
       FALSE
FROM (
    SELECT gg.grant_id, s.seq, gg.start_date, gg.per_year, y.budget_line_id,
           s.seq - (y.year_no - 1) * gg.per_year AS within,
           TRUNCATE((y.amount - IF(y.year_no = gg.years, gg.holdback, 0)) / gg.per_year, 2) AS base,
           ROUND(((y.amount - IF(y.year_no = gg.years, gg.holdback, 0))
                  - TRUNCATE((y.amount - IF(y.year_no = gg.years, gg.holdback, 0)) / gg.per_year, 2) * gg.per_year)
                 * 100) AS odd_cents
    FROM gen_grant gg
    JOIN seq_1_to_12 s ON s.seq <= gg.years * gg.per_year
    JOIN gen_year y ON y.grant_id = gg.grant_id AND y.year_no = (s.seq - 1) DIV gg.per_year + 1
    WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED')
) x
UNION ALL
SELECT gg.grant_id, gg.years * gg.per_year + 1, y.budget_line_id,
       DATE_ADD(gg.end_date, INTERVAL 60 DAY), gg.holdback, TRUE
FROM gen_grant gg
JOIN gen_year y ON y.grant_id = gg.grant_id AND y.year_no = gg.years
WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED');

-- Released: the first at execution; a later one when the report before it (for the holdback:
-- the final one) was accepted. Paid three days after release once due.
UPDATE gen_instalment i
JOIN gen_grant gg ON gg.grant_id = i.grant_id
JOIN gen_gate gt ON gt.grant_id = i.grant_id
LEFT JOIN gen_period before_it ON before_it.grant_id = i.grant_id
      AND before_it.sequence_no = IF(i.holdback, i.sequence_no - 1, i.sequence_no - 1)
SET i.released_at = CASE
        WHEN gg.status NOT IN ('ACTIVE', 'CLOSED') THEN NULL
        WHEN i.sequence_no = 1 THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 45 DAY), '13:00:00')
        WHEN gt.accepted_upto >= i.sequence_no - 1 THEN before_it.reviewed_at
        ELSE NULL END
WHERE gg.status IN ('ACTIVE', 'CLOSED');

UPDATE gen_instalment
SET paid_on = IF(DATE_ADD(GREATEST(due_date, DATE(released_at)), INTERVAL 3 DAY) <= @as_of,
                 DATE_ADD(GREATEST(due_date, DATE(released_at)), INTERVAL IF(sequence_no = 1, 0, 3) DAY), NULL)
WHERE released_at IS NOT NULL;

UPDATE gen_instalment
SET status = IF(paid_on IS NOT NULL, 'PAID', 'RELEASED')
WHERE released_at IS NOT NULL;

INSERT INTO payment_instalment (grant_id, sequence_no, budget_line_id, due_date, amount, holdback, status,
                                released_by_id, released_at, created_at, updated_at)
SELECT i.grant_id, i.sequence_no, i.budget_line_id, i.due_date, i.amount, i.holdback, i.status,
       IF(i.released_at IS NULL, NULL, (SELECT id FROM app_user WHERE username = 'officer')), i.released_at,
       TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00'),
       COALESCE(TIMESTAMP(i.paid_on, '15:30:00'), i.released_at, TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00'))
FROM gen_instalment i
JOIN gen_grant gg ON gg.grant_id = i.grant_id
ORDER BY i.grant_id, i.sequence_no;

UPDATE gen_instalment gi
JOIN payment_instalment pi ON pi.grant_id = gi.grant_id AND pi.sequence_no = gi.sequence_no
SET gi.instalment_id = pi.id;

-- One payment per paid instalment, recorded by the officer who entered the grant (never its
-- approver).
INSERT INTO payment (instalment_id, grant_id, amount, paid_on, payment_reference, idempotency_key, paid_by_id, recorded_at)
SELECT gi.instalment_id, gi.grant_id, gi.amount, gi.paid_on,
       CONCAT('EFT-', LPAD(gi.instalment_id, 10, '0')),
       CONCAT('generated-', gi.instalment_id),
       gg.created_by_id,
       TIMESTAMP(gi.paid_on, '15:30:00')
FROM gen_instalment gi
JOIN gen_grant gg ON gg.grant_id = gi.grant_id
WHERE gi.status = 'PAID'
ORDER BY gi.paid_on, gi.instalment_id;
