-- Generated recipients and their sign-ins. Run by org.fundtrack.db.generate.DataGenerator with
-- @seed, @recipients (the tier's total, demo recipients included) and @as_of set.
-- Every pseudo-random choice is CRC32 over the seed, a tag and the row number: the same seed
-- gives the same rows.

CREATE TABLE gen_city (
    no          INT          NOT NULL PRIMARY KEY,
    city        VARCHAR(100) NOT NULL,
    region_code VARCHAR(20)  NOT NULL,
    postal_code VARCHAR(7)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_city VALUES
    (0, 'Toronto', 'TORONTO', 'M5V 2T6'), (1, 'Ottawa', 'EAST', 'K1P 5J2'),
    (2, 'Hamilton', 'CENTRAL', 'L8P 4R5'), (3, 'London', 'WEST', 'N6A 3K7'),
    (4, 'Sudbury', 'NORTH', 'P3E 2C6'), (5, 'Thunder Bay', 'NORTH', 'P7B 5E1'),
    (6, 'Kingston', 'EAST', 'K7L 2Z9'), (7, 'Windsor', 'WEST', 'N9A 5K6'),
    (8, 'Barrie', 'CENTRAL', 'L4M 3B3'), (9, 'Sault Ste. Marie', 'NORTH', 'P6A 1Y3'),
    (10, 'Peterborough', 'CENTRAL', 'K9H 3M5'), (11, 'Timmins', 'NORTH', 'P4N 1B3'),
    (12, 'Cornwall', 'EAST', 'K6H 3H6'), (13, 'Kitchener', 'WEST', 'N2G 4G7'),
    (14, 'Mississauga', 'TORONTO', 'L5B 3C1'), (15, 'Brampton', 'TORONTO', 'L6Y 4R2'),
    (16, 'North Bay', 'NORTH', 'P1B 8K3'), (17, 'Niagara Falls', 'CENTRAL', 'L2E 6S4'),
    (18, 'Hawkesbury', 'EAST', 'K6A 1A7'), (19, 'Kenora', 'NORTH', 'P9N 1S8');

-- Kinds of organisation; french ones are named and report in French.
CREATE TABLE gen_kind (
    no             INT          NOT NULL PRIMARY KEY,
    name_en        VARCHAR(100) NOT NULL,
    recipient_type VARCHAR(30)  NOT NULL,
    french         BOOLEAN      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_kind VALUES
    (0, 'Community Services', 'COMMUNITY_AGENCY', FALSE),
    (1, 'Survivor Support Network', 'COMMUNITY_AGENCY', FALSE),
    (2, 'Indigenous Family Services', 'INDIGENOUS_ORGANIZATION', FALSE),
    (3, 'Healing Lodge', 'INDIGENOUS_ORGANIZATION', FALSE),
    (4, 'Police Service', 'POLICE_SERVICE', FALSE),
    (5, 'College', 'COLLEGE', FALSE),
    (6, 'Youth Housing Collective', 'COMMUNITY_AGENCY', FALSE),
    (7, 'Victim Services', 'OTHER', FALSE),
    (8, 'Centre francophone d''aide aux victimes', 'COMMUNITY_AGENCY', TRUE);

CREATE TABLE gen_place (
    no   INT         NOT NULL PRIMARY KEY,
    name VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_place VALUES
    (0, 'Riverside'), (1, 'Lakeshore'), (2, 'Northshore'), (3, 'Hillcrest'), (4, 'Westview'),
    (5, 'Eastgate'), (6, 'Harbourfront'), (7, 'Valley'), (8, 'Highland'), (9, 'Parkdale'),
    (10, 'Bayview'), (11, 'Maplewood'), (12, 'Cedar Ridge'), (13, 'Pinecrest');

-- Generated organisation n (1 .. @recipients - demo recipients): city, kind and place from n, so
-- names stay distinct up to 20 x 9 x 14 = 2,520 organisations.
INSERT INTO recipient (legal_name, operating_name, business_number, recipient_type, region_id, street, city,
                       province, postal_code, risk_rating, demo, active)
SELECT CASE WHEN k.french THEN CONCAT('Demo — ', k.name_en, ' de ', c.city, ' — ', p.name)
            ELSE CONCAT('Demo — ', p.name, ' ', c.city, ' ', k.name_en) END,
       NULL,
       CONCAT('998', LPAD(s.seq, 6, '0')),
       k.recipient_type, rg.id,
       CONCAT(10 + MOD(CRC32(CONCAT(@seed, '|street|', s.seq)), 890), ' ',
              ELT(1 + MOD(s.seq, 5), 'King Street', 'Main Street', 'Queen Street', 'rue Principale', 'Water Street')),
       c.city, 'ON', c.postal_code,
       CASE WHEN MOD(CRC32(CONCAT(@seed, '|risk|', s.seq)), 100) < 45 THEN 'LOW'
            WHEN MOD(CRC32(CONCAT(@seed, '|risk|', s.seq)), 100) < 85 THEN 'MEDIUM'
            ELSE 'HIGH' END,
       TRUE, TRUE
FROM seq_1_to_100000 s
JOIN gen_city c ON c.no = MOD(s.seq, 20)
JOIN gen_kind k ON k.no = MOD(s.seq DIV 20, 9)
JOIN gen_place p ON p.no = MOD(s.seq DIV 180, 14)
JOIN region rg ON rg.code = c.region_code
WHERE s.seq <= @recipients - (SELECT COUNT(*) FROM recipient)
ORDER BY s.seq;

-- One sign-in per generated organisation, recipient3, recipient4, ... with the demo password
-- (the same PBKDF2 string as recipient1: demo data only).
INSERT INTO app_user (username, display_name, email, password_hash, role, recipient_id, preferred_locale)
SELECT CONCAT('recipient', 2 + CAST(SUBSTRING(r.business_number, 4) AS UNSIGNED)),
       CONCAT('Program contact, ', SUBSTRING(r.legal_name, 8)),
       CONCAT('recipient', 2 + CAST(SUBSTRING(r.business_number, 4) AS UNSIGNED), '@recipients.example.org'),
       (SELECT password_hash FROM app_user WHERE username = 'recipient1'),
       'RECIPIENT', r.id,
       IF(r.legal_name LIKE '%francophone%', 'fr', 'en')
FROM recipient r
WHERE r.business_number LIKE '998%'
ORDER BY r.id;

-- Every active recipient with an ordinal, the two demo organisations with sign-ins first.
CREATE TABLE gen_recipient (
    ordinal      INT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT     NOT NULL,
    risk_rating  VARCHAR(10) NOT NULL,
    short_name   VARCHAR(200) NOT NULL,
    french       BOOLEAN    NOT NULL,
    user_id      BIGINT     NULL,
    UNIQUE KEY uq_gen_recipient (recipient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO gen_recipient
SELECT ROW_NUMBER() OVER (ORDER BY (u.id IS NULL), u.id, r.id) - 1,
       r.id, r.risk_rating, SUBSTRING(r.legal_name, 8),
       r.legal_name LIKE '%francophone%',
       u.id
FROM recipient r
LEFT JOIN app_user u ON u.recipient_id = r.id AND u.role = 'RECIPIENT'
WHERE r.active = TRUE;
