-- Generated grants: @grants of them over the active recipients, the eight funds and fiscal
-- years 2020-21 to 2026-27, with their year allocations, budget items and status history.
-- About one in seven is still in the pipeline (draft, submitted, under review, approved) or was
-- declined or withdrawn; the rest were approved and executed, and are active or closed by
-- @as_of. Every grant starts on 1 April (pipeline grants on 1 January 2027) and ends on a
-- 31 March, so each reporting period lies in one fiscal year.

CREATE TABLE gen_fund (
    code            VARCHAR(20)  NOT NULL PRIMARY KEY,
    prefix          VARCHAR(4)   NOT NULL,
    weight_below    INT          NOT NULL,
    instrument_type VARCHAR(20)  NOT NULL,
    data_ownership  VARCHAR(20)  NOT NULL,
    category_1      VARCHAR(40)  NOT NULL,
    category_2      VARCHAR(40)  NOT NULL,
    title_en        VARCHAR(120) NOT NULL,
    title_fr        VARCHAR(160) NOT NULL,
    description_en  VARCHAR(300) NOT NULL,
    description_fr  VARCHAR(300) NOT NULL,
    results_en      VARCHAR(200) NOT NULL,
    results_fr      VARCHAR(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- weight_below: a grant goes to the first fund whose bound is above its draw (0-99).
INSERT INTO gen_fund VALUES
    ('AHT-CSF', 'CSF', 30, 'CONTRIBUTION', 'JOINT', 'COUNSELLING', 'EMERGENCY_HOUSING',
     'Survivor support services', 'Services de soutien aux survivantes et survivants',
     'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.',
     'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes.',
     'More survivors reach safe housing and counselling within days of first contact.',
     'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.'),
    ('AHT-ILIF', 'ILIF', 50, 'CONTRIBUTION', 'RECIPIENT', 'HEALING', 'CULTURAL_PROGRAMS',
     'Indigenous-led healing and prevention', 'Guérison et prévention dirigées par des Autochtones',
     'Community-designed healing, cultural programs and prevention led by and for Indigenous people.',
     'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.',
     'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.',
     'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison ancrées dans la culture.'),
    ('AHT-PCO', 'PCO', 58, 'GRANT', 'MINISTRY', 'SALARIES_BENEFITS', 'ADMINISTRATION',
     'Regional coordination', 'Coordination régionale',
     'Coordinates services, referrals and training among the region''s agencies.',
     'Coordonne les services, l''aiguillage et la formation entre les organismes de la région.',
     'Agencies in the region refer survivors to one another without delay.',
     'Les organismes de la région s''aiguillent les survivantes et survivants sans délai.'),
    ('AHT-YITW', 'YITW', 66, 'CONTRIBUTION', 'RECIPIENT', 'YOUTH_LIFE_SKILLS', 'SALARIES_BENEFITS',
     'Youth-in-transition workers', 'Intervenants auprès des jeunes en transition',
     'Youth-in-transition workers helping youth aged 16 to 24 with life skills and housing.',
     'Intervenants auprès des jeunes en transition qui aident les jeunes de 16 à 24 ans à acquérir des compétences de vie et à se loger.',
     'Youth at risk move into stable housing.', 'Les jeunes à risque obtiennent un logement stable.'),
    ('AHT-OPC', 'OPC', 72, 'GRANT', 'MINISTRY', 'TRAINING', 'SALARIES_BENEFITS',
     'Human trafficking investigation training', 'Formation en enquêtes sur la traite des personnes',
     'Human trafficking modules for basic constable training and a specialized investigations course.',
     'Modules sur la traite des personnes pour la formation de base des agents et un cours spécialisé en enquêtes.',
     'More officers trained to recognize and investigate human trafficking.',
     'Davantage de policiers formés pour reconnaître la traite des personnes et enquêter sur celle-ci.'),
    ('AHT-OPP', 'OPP', 82, 'GRANT', 'MINISTRY', 'SALARIES_BENEFITS', 'TRAINING',
     'Joint investigations coordination', 'Coordination des enquêtes conjointes',
     'Coordinates joint human trafficking investigations with neighbouring police services.',
     'Coordonne les enquêtes conjointes sur la traite des personnes avec les services de police voisins.',
     'More cases identified and investigated jointly.', 'Davantage de cas repérés et faisant l''objet d''enquêtes conjointes.'),
    ('AHT-CISO', 'CISO', 88, 'GRANT', 'MINISTRY', 'SALARIES_BENEFITS', 'ADMINISTRATION',
     'Human trafficking intelligence sharing', 'Échange de renseignements sur la traite des personnes',
     'Gathers and shares criminal intelligence on human trafficking networks with partner services.',
     'Recueille et communique des renseignements criminels sur les réseaux de traite des personnes aux services partenaires.',
     'Partner services act on shared intelligence.', 'Les services partenaires donnent suite aux renseignements communiqués.'),
    ('AHT-JSVS', 'JSVS', 100, 'CONTRIBUTION', 'MINISTRY', 'IMMEDIATE_SUPPORTS', 'COUNSELLING',
     'Court and crisis support for survivors', 'Soutien judiciaire et d''urgence aux survivantes et survivants',
     'Court accompaniment, crisis response and a support line for survivors in the justice system.',
     'Accompagnement à la cour, intervention d''urgence et ligne de soutien pour les survivantes et survivants dans le système de justice.',
     'Survivors supported from first call through court.', 'Des survivantes et survivants soutenus du premier appel jusqu''au tribunal.');

CREATE TABLE gen_focus (
    no       INT          NOT NULL PRIMARY KEY,
    focus_en VARCHAR(60)  NOT NULL,
    focus_fr VARCHAR(80)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_focus VALUES
    (0, 'youth outreach', 'sensibilisation des jeunes'),
    (1, 'rural and remote communities', 'collectivités rurales et éloignées'),
    (2, 'emergency housing', 'hébergement d''urgence'),
    (3, 'court accompaniment', 'accompagnement à la cour'),
    (4, 'newcomer survivors', 'survivantes et survivants nouvellement arrivés'),
    (5, 'after-hours crisis line', 'ligne d''écoute en dehors des heures'),
    (6, 'peer mentoring', 'mentorat par les pairs'),
    (7, 'school-based prevention', 'prévention en milieu scolaire');

CREATE TABLE gen_grant (
    n                 INT           NOT NULL PRIMARY KEY,
    recipient_ordinal INT           NOT NULL,
    recipient_id      BIGINT        NULL,
    fund_code         VARCHAR(20)   NOT NULL,
    fund_id           BIGINT        NULL,
    status            VARCHAR(20)   NOT NULL,
    start_year        INT           NOT NULL,
    years             INT           NOT NULL,
    per_year          INT           NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    total_amount      DECIMAL(19,2) NOT NULL,
    holdback          DECIMAL(19,2) NOT NULL,
    created_by_id     BIGINT        NULL,
    approved_by_id    BIGINT        NULL,
    lag               INT           NOT NULL DEFAULT 0,
    closes            BOOLEAN       NOT NULL DEFAULT FALSE,
    reference_number  VARCHAR(20)   NULL,
    grant_id          BIGINT        NULL,
    UNIQUE KEY uq_gen_grant_grant (grant_id),
    UNIQUE KEY uq_gen_grant_reference (reference_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET @active_recipients = (SELECT COUNT(*) FROM gen_recipient);

INSERT INTO gen_grant (n, recipient_ordinal, fund_code, status, start_year, years, per_year, start_date, end_date,
                       total_amount, holdback, lag, closes)
SELECT s.seq,
       CASE WHEN MOD(CRC32(CONCAT(@seed, '|recipient|', s.seq)), 10000) < 120 THEN 0
            WHEN MOD(CRC32(CONCAT(@seed, '|recipient|', s.seq)), 10000) < 220 THEN 1
            ELSE 2 + FLOOR(POW(MOD(CRC32(CONCAT(@seed, '|size|', s.seq)), 1000000) / 1000000, 1.5)
                           * (@active_recipients - 2)) END,
       '', '', 0, 0, 0, '2000-01-01', '2000-01-01', 0, 0,
       CASE WHEN MOD(CRC32(CONCAT(@seed, '|lag|', s.seq)), 100) < 60 THEN 0
            WHEN MOD(CRC32(CONCAT(@seed, '|lag|', s.seq)), 100) < 85 THEN 1 ELSE 2 END,
       MOD(CRC32(CONCAT(@seed, '|closes|', s.seq)), 10) <> 0
FROM seq_1_to_10000000 s
WHERE s.seq <= @grants;

UPDATE gen_grant gg
JOIN gen_recipient r ON r.ordinal = gg.recipient_ordinal
SET gg.recipient_id = r.recipient_id,
    gg.fund_code = (SELECT f.code FROM gen_fund f
                    WHERE f.weight_below > MOD(CRC32(CONCAT(@seed, '|fund|', gg.n)), 100)
                    ORDER BY f.weight_below LIMIT 1),
    gg.status = CASE
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 36 THEN 'DRAFT'
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 60 THEN 'SUBMITTED'
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 84 THEN 'UNDER_REVIEW'
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 102 THEN 'APPROVED'
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 126 THEN 'DECLINED'
        WHEN MOD(CRC32(CONCAT(@seed, '|status|', gg.n)), 1000) < 144 THEN 'WITHDRAWN'
        ELSE 'ACTIVE' END,
    gg.per_year = CASE
        WHEN r.risk_rating = 'HIGH' THEN 4
        WHEN r.risk_rating = 'MEDIUM' THEN IF(MOD(CRC32(CONCAT(@seed, '|frequency|', gg.n)), 100) < 45, 4, 2)
        ELSE IF(MOD(CRC32(CONCAT(@seed, '|frequency|', gg.n)), 100) < 75, 2, 1) END,
    gg.start_year = 2020 + MOD(CRC32(CONCAT(@seed, '|year|', gg.n)), 7),
    gg.years = CASE WHEN MOD(CRC32(CONCAT(@seed, '|years|', gg.n)), 100) < 20 THEN 1
                    WHEN MOD(CRC32(CONCAT(@seed, '|years|', gg.n)), 100) < 55 THEN 2 ELSE 3 END,
    -- 20,000.00 to 600,000.00 with cents in tens, so the 10% holdback is exact to the cent.
    gg.total_amount = 20000 + MOD(CRC32(CONCAT(@seed, '|amount|', gg.n)), 58001) * 10
                      + MOD(CRC32(CONCAT(@seed, '|cents|', gg.n)), 10) / 10;

-- Pipeline grants (not yet approved) are for the last quarter of 2026-27, once a year.
UPDATE gen_grant
SET start_year = 2026, years = 1, per_year = 1
WHERE status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED');

UPDATE gen_grant
SET years = LEAST(years, 2027 - start_year),
    holdback = total_amount / 10;

UPDATE gen_grant
SET start_date = IF(status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED'),
                    '2027-01-01', MAKEDATE(start_year, 91)),
    end_date = DATE(CONCAT(start_year + years, '-03-31'));

-- Active grants whose final report and close-out would both be behind them by @as_of close.
UPDATE gen_grant
SET status = IF(closes AND DATE_ADD(end_date, INTERVAL 90 DAY) <= @as_of, 'CLOSED', 'ACTIVE'),
    lag = IF(closes AND DATE_ADD(end_date, INTERVAL 90 DAY) <= @as_of, 0, lag)
WHERE status = 'ACTIVE';

-- Officers enter and submit; approval by the other officer within $100,000, the director above.
UPDATE gen_grant
SET created_by_id = (SELECT id FROM app_user WHERE username =
                         IF(MOD(CRC32(CONCAT(@seed, '|officer|', n)), 2) = 0, 'officer', 'officer2')),
    fund_id = (SELECT id FROM fund WHERE code = fund_code);

UPDATE gen_grant gg
SET gg.approved_by_id = CASE
        WHEN gg.status NOT IN ('APPROVED', 'ACTIVE', 'CLOSED') THEN NULL
        WHEN gg.total_amount > 100000 THEN (SELECT id FROM app_user WHERE username = 'director')
        ELSE (SELECT id FROM app_user WHERE role = 'OFFICER' AND id <> gg.created_by_id
                                      AND username IN ('officer', 'officer2')) END;

-- Reference numbers: the fund's prefix, the start year and a number within them; past 9,999
-- the prefix takes a letter (CSFB-2024-0001) so the format of the check constraint holds.
UPDATE gen_grant gg
JOIN (SELECT n, ROW_NUMBER() OVER (PARTITION BY fund_code, start_year ORDER BY n) - 1 AS k
      FROM gen_grant) nr ON nr.n = gg.n
JOIN gen_fund f ON f.code = gg.fund_code
SET gg.reference_number = CONCAT(f.prefix, IF(nr.k DIV 9999 = 0, '', CHAR(65 + nr.k DIV 9999)), '-',
                                 gg.start_year, '-', LPAD(MOD(nr.k, 9999) + 1, 4, '0'));

INSERT INTO grant_agreement (reference_number, recipient_id, fund_id, title_en, title_fr, description_en, description_fr,
                             expected_results_en, expected_results_fr, instrument_type, status, total_amount,
                             start_date, end_date, holdback_percent, reporting_frequency, data_ownership,
                             created_by_id, submitted_by_id, submitted_at, approved_by_id, approved_at,
                             executed_at, closed_at, amount_to_recover, created_at, updated_at)
SELECT gg.reference_number, gg.recipient_id, gg.fund_id,
       CONCAT(f.title_en, ' — ', r.short_name, ' — ', fo.focus_en),
       CONCAT(f.title_fr, ' — ', r.short_name, ' — ', fo.focus_fr),
       f.description_en, f.description_fr, f.results_en, f.results_fr,
       f.instrument_type, gg.status, gg.total_amount, gg.start_date, gg.end_date, 10.00,
       ELT(gg.per_year DIV 2 + 1, 'ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY'), f.data_ownership,
       gg.created_by_id,
       IF(gg.status = 'DRAFT', NULL, gg.created_by_id),
       IF(gg.status = 'DRAFT', NULL, TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 93 DAY), '14:05:00')),
       gg.approved_by_id,
       IF(gg.approved_by_id IS NULL, NULL, TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00')),
       IF(gg.status IN ('ACTIVE', 'CLOSED'), TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 45 DAY), '13:00:00'), NULL),
       IF(gg.status = 'CLOSED', TIMESTAMP(DATE_ADD(gg.end_date, INTERVAL 90 DAY), '11:20:00'), NULL),
       NULL,
       TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 100 DAY), '09:15:00'),
       CASE gg.status
           WHEN 'DRAFT' THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 100 DAY), '09:15:00')
           WHEN 'SUBMITTED' THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 93 DAY), '14:05:00')
           WHEN 'UNDER_REVIEW' THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 80 DAY), '10:30:00')
           WHEN 'WITHDRAWN' THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 85 DAY), '11:00:00')
           WHEN 'CLOSED' THEN TIMESTAMP(DATE_ADD(gg.end_date, INTERVAL 90 DAY), '11:20:00')
           WHEN 'ACTIVE' THEN TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 45 DAY), '13:00:00')
           ELSE TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00') END
FROM gen_grant gg
JOIN gen_fund f ON f.code = gg.fund_code
JOIN gen_recipient r ON r.recipient_id = gg.recipient_id
JOIN gen_focus fo ON fo.no = MOD(CRC32(CONCAT(@seed, '|focus|', gg.n)), 8)
ORDER BY gg.n;

UPDATE gen_grant gg
JOIN grant_agreement g ON g.reference_number = gg.reference_number
SET gg.grant_id = g.id;

-- Each fiscal year's share: the total divided evenly, the cents that do not divide on the first.
CREATE TABLE gen_year (
    grant_id       BIGINT        NOT NULL,
    year_no        INT           NOT NULL,
    budget_line_id BIGINT        NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (grant_id, year_no)
) ENGINE=InnoDB;

INSERT INTO gen_year
SELECT gg.grant_id, s.seq, bl.id,
       TRUNCATE(gg.total_amount / gg.years, 2)
           + IF(s.seq = 1, gg.total_amount - TRUNCATE(gg.total_amount / gg.years, 2) * gg.years, 0)
FROM gen_grant gg
JOIN seq_1_to_3 s ON s.seq <= gg.years
JOIN fiscal_year fy ON fy.start_year = gg.start_year + s.seq - 1
JOIN budget_line bl ON bl.fiscal_year_id = fy.id AND bl.fund_id = gg.fund_id;

INSERT INTO grant_year_allocation (grant_id, budget_line_id, amount)
SELECT grant_id, budget_line_id, amount FROM gen_year ORDER BY grant_id, year_no;

-- Budget by expense category: 60% on the fund's first category, the rest on its second.
INSERT INTO grant_budget_item (grant_id, expense_category_id, amount)
SELECT gg.grant_id, ec.id, IF(ec.code = f.category_1, ROUND(gg.total_amount * 0.6, 2),
                              gg.total_amount - ROUND(gg.total_amount * 0.6, 2))
FROM gen_grant gg
JOIN gen_fund f ON f.code = gg.fund_code
JOIN expense_category ec ON ec.code IN (f.category_1, f.category_2)
ORDER BY gg.grant_id, ec.code;

-- Status history: one row per move the state machine allows, at the grant's milestones.
INSERT INTO grant_status_change (grant_id, from_status, to_status, changed_by_id, changed_at, reason)
SELECT t.grant_id, t.from_status, t.to_status, t.by_id, t.at, t.reason
FROM (
    SELECT gg.grant_id, NULL AS from_status, 'DRAFT' AS to_status, gg.created_by_id AS by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 100 DAY), '09:15:00') AS at, NULL AS reason, 1 AS step
    FROM gen_grant gg
    UNION ALL
    SELECT gg.grant_id, 'DRAFT', 'SUBMITTED', gg.created_by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 93 DAY), '14:05:00'), NULL, 2
    FROM gen_grant gg WHERE gg.status <> 'DRAFT'
    UNION ALL
    SELECT gg.grant_id, 'SUBMITTED', 'WITHDRAWN', gg.created_by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 85 DAY), '11:00:00'),
           'The organisation withdrew its application to combine it with a partner''s.', 3
    FROM gen_grant gg WHERE gg.status = 'WITHDRAWN'
    UNION ALL
    SELECT gg.grant_id, 'SUBMITTED', 'UNDER_REVIEW', gg.created_by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 80 DAY), '10:30:00'), NULL, 3
    FROM gen_grant gg WHERE gg.status IN ('UNDER_REVIEW', 'APPROVED', 'DECLINED', 'ACTIVE', 'CLOSED')
    UNION ALL
    SELECT gg.grant_id, 'UNDER_REVIEW', 'DECLINED', (SELECT id FROM app_user WHERE username = 'director'),
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00'),
           'The fund''s priorities for the year are already met in this region.', 4
    FROM gen_grant gg WHERE gg.status = 'DECLINED'
    UNION ALL
    SELECT gg.grant_id, 'UNDER_REVIEW', 'APPROVED', gg.approved_by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 60 DAY), '16:00:00'), NULL, 4
    FROM gen_grant gg WHERE gg.status IN ('APPROVED', 'ACTIVE', 'CLOSED')
    UNION ALL
    SELECT gg.grant_id, 'APPROVED', 'ACTIVE', gg.created_by_id,
           TIMESTAMP(DATE_SUB(gg.start_date, INTERVAL 45 DAY), '13:00:00'), NULL, 5
    FROM gen_grant gg WHERE gg.status IN ('ACTIVE', 'CLOSED')
    UNION ALL
    SELECT gg.grant_id, 'ACTIVE', 'CLOSED', gg.created_by_id,
           TIMESTAMP(DATE_ADD(gg.end_date, INTERVAL 90 DAY), '11:20:00'), NULL, 6
    FROM gen_grant gg WHERE gg.status = 'CLOSED'
) t
ORDER BY t.grant_id, t.step;
