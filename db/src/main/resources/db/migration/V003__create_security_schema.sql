-- Users, sign-in events and the delegated-authority table.

CREATE TABLE IF NOT EXISTS app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    -- 'pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>'; never a plain password.
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    -- Set exactly for RECIPIENT users: it is what confines them to their own grants.
    recipient_id     BIGINT       NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_locale VARCHAR(2)   NOT NULL DEFAULT 'en',
    failed_sign_ins  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    last_sign_in_at  DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at       DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_app_user_recipient (recipient_id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id),
    CONSTRAINT ck_app_user_username CHECK (TRIM(username) <> '' AND username = TRIM(username)),
    CONSTRAINT ck_app_user_email CHECK (email LIKE '_%@_%'),
    CONSTRAINT ck_app_user_password_hash CHECK (password_hash LIKE '%$%$%$%'),
    CONSTRAINT ck_app_user_role CHECK (role IN ('OFFICER', 'DIRECTOR', 'RECIPIENT', 'AUDITOR', 'ADMIN')),
    CONSTRAINT ck_app_user_recipient CHECK ((role = 'RECIPIENT') = (recipient_id IS NOT NULL)),
    CONSTRAINT ck_app_user_preferred_locale CHECK (preferred_locale IN ('en', 'fr')),
    CONSTRAINT ck_app_user_failed_sign_ins CHECK (failed_sign_ins >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only log of sign-in activity, kept apart from the business audit trail.
-- username is stored as typed, so failures for unknown accounts are recorded too.
CREATE TABLE IF NOT EXISTS security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(100) NOT NULL,
    user_id        BIGINT       NULL,
    client_address VARCHAR(45)  NULL,
    event_type     VARCHAR(30)  NOT NULL,
    detail         VARCHAR(500) NULL,
    -- Throttling counts recent failures per username and per address.
    INDEX ix_security_event_username_occurred (username, occurred_at),
    INDEX ix_security_event_address_occurred (client_address, occurred_at),
    INDEX ix_security_event_occurred (occurred_at),
    INDEX ix_security_event_user (user_id),
    CONSTRAINT fk_security_event_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_security_event_type CHECK (event_type IN ('SIGN_IN_SUCCESS', 'SIGN_IN_FAILURE', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'ACCESS_DENIED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Delegated authority: the largest grant total (or amendment's new total) a role may approve
-- for an instrument type. A role with no row may not approve at all.
CREATE TABLE IF NOT EXISTS approval_authority (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    role            VARCHAR(20)   NOT NULL,
    instrument_type VARCHAR(20)   NOT NULL,
    max_amount      DECIMAL(19,2) NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_approval_authority_role_instrument UNIQUE (role, instrument_type),
    CONSTRAINT ck_approval_authority_role CHECK (role IN ('OFFICER', 'DIRECTOR')),
    CONSTRAINT ck_approval_authority_instrument_type CHECK (instrument_type IN ('GRANT', 'CONTRIBUTION')),
    CONSTRAINT ck_approval_authority_max_amount CHECK (max_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
