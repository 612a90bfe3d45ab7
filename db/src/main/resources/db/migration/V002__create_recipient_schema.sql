-- Transfer-payment recipients and their contacts.

CREATE TABLE IF NOT EXISTS recipient (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    legal_name      VARCHAR(200) NOT NULL,
    operating_name  VARCHAR(200) NULL,
    -- CRA business number, the 9-digit root only (no program account suffix).
    business_number VARCHAR(9)   NULL,
    recipient_type  VARCHAR(30)  NOT NULL,
    region_id       BIGINT       NOT NULL,
    street          VARCHAR(200) NULL,
    city            VARCHAR(100) NOT NULL,
    province        VARCHAR(2)   NOT NULL DEFAULT 'ON',
    -- Canonical form 'A1A 1A1' (upper case, one space); the application normalizes input.
    postal_code     VARCHAR(7)   NULL,
    risk_rating     VARCHAR(10)  NOT NULL,
    -- Demo rows are loaded only in demo mode and must never be mistaken for real organisations.
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_recipient_region (region_id),
    INDEX ix_recipient_legal_name (legal_name),
    CONSTRAINT uq_recipient_business_number UNIQUE (business_number),
    CONSTRAINT fk_recipient_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_recipient_legal_name CHECK (TRIM(legal_name) <> ''),
    CONSTRAINT ck_recipient_business_number CHECK (business_number REGEXP '^[0-9]{9}$'),
    CONSTRAINT ck_recipient_type CHECK (recipient_type IN ('COMMUNITY_AGENCY', 'INDIGENOUS_ORGANIZATION', 'POLICE_SERVICE', 'COLLEGE', 'OTHER')),
    CONSTRAINT ck_recipient_province CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    CONSTRAINT ck_recipient_postal_code CHECK (postal_code REGEXP '(?-i)^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'),
    CONSTRAINT ck_recipient_risk_rating CHECK (risk_rating IN ('LOW', 'MEDIUM', 'HIGH'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS recipient_contact (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id      BIGINT       NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    title             VARCHAR(200) NULL,
    email             VARCHAR(254) NOT NULL,
    phone             VARCHAR(30)  NULL,
    -- May sign agreements and amendments on the recipient's behalf.
    signing_authority BOOLEAN      NOT NULL DEFAULT FALSE,
    primary_contact   BOOLEAN      NOT NULL DEFAULT FALSE,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_recipient_contact_recipient (recipient_id),
    CONSTRAINT fk_recipient_contact_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id),
    CONSTRAINT ck_recipient_contact_full_name CHECK (TRIM(full_name) <> ''),
    CONSTRAINT ck_recipient_contact_email CHECK (email LIKE '_%@_%')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

