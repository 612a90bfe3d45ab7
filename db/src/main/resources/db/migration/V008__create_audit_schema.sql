-- Tamper-evident audit trail and evaluation follow-up.

-- Append-only: each entry carries the hash of the one before it (hash chain), the
-- unique previous_hash forbids forks, the self-reference forbids dangling links, and
-- the triggers below refuse UPDATE and DELETE for every account, the application's included.
CREATE TABLE IF NOT EXISTS audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    -- Username of who acted, or 'system' for scheduled work.
    actor         VARCHAR(100) NOT NULL,
    -- What happened, e.g. 'CREATE', 'UPDATE', 'APPROVE', 'EXPORT'.
    action        VARCHAR(60)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     BIGINT       NULL,
    -- NULL when the entry concerns the whole entity rather than one field.
    field_name    VARCHAR(100) NULL,
    old_value     TEXT         NULL,
    new_value     TEXT         NULL,
    reason        TEXT         NULL,
    -- Lower-case hex SHA-256; NULL only for the first entry of the chain.
    previous_hash CHAR(64)     NULL,
    entry_hash    CHAR(64)     NOT NULL,
    INDEX ix_audit_entry_entity (entity_type, entity_id, occurred_at),
    INDEX ix_audit_entry_occurred (occurred_at),
    INDEX ix_audit_entry_actor_occurred (actor, occurred_at),
    CONSTRAINT uq_audit_entry_entry_hash UNIQUE (entry_hash),
    CONSTRAINT uq_audit_entry_previous_hash UNIQUE (previous_hash),
    CONSTRAINT fk_audit_entry_previous FOREIGN KEY (previous_hash) REFERENCES audit_entry (entry_hash),
    CONSTRAINT ck_audit_entry_entry_hash CHECK (entry_hash REGEXP '(?-i)^[0-9a-f]{64}$'),
    CONSTRAINT ck_audit_entry_previous_hash CHECK (previous_hash REGEXP '(?-i)^[0-9a-f]{64}$'),
    CONSTRAINT ck_audit_entry_not_self CHECK (previous_hash <> entry_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER IF NOT EXISTS trg_audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: UPDATE is not allowed';

CREATE TRIGGER IF NOT EXISTS trg_audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: DELETE is not allowed';

-- Management action plan: one row per evaluation recommendation, attached to the strategy
-- or to one fund, followed up until DONE.
CREATE TABLE IF NOT EXISTS evaluation_recommendation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    strategy_id       BIGINT       NULL,
    fund_id           BIGINT       NULL,
    evaluation_name   VARCHAR(300) NOT NULL,
    recommendation_no INT          NOT NULL,
    text_en           TEXT         NOT NULL,
    text_fr           TEXT         NOT NULL,
    action            TEXT         NOT NULL,
    -- A position, not a person: e.g. 'Director, Victim Services Branch'.
    owner             VARCHAR(200) NOT NULL,
    due_date          DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    completed_on      DATE         NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_evaluation_recommendation_strategy (strategy_id),
    INDEX ix_evaluation_recommendation_fund (fund_id),
    INDEX ix_evaluation_recommendation_status_due (status, due_date),
    CONSTRAINT uq_evaluation_recommendation_no UNIQUE (evaluation_name, recommendation_no),
    CONSTRAINT fk_evaluation_recommendation_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id),
    CONSTRAINT fk_evaluation_recommendation_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT ck_evaluation_recommendation_subject CHECK ((strategy_id IS NULL) <> (fund_id IS NULL)),
    CONSTRAINT ck_evaluation_recommendation_no CHECK (recommendation_no >= 1),
    CONSTRAINT ck_evaluation_recommendation_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT ck_evaluation_recommendation_completed CHECK ((status = 'DONE') = (completed_on IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
