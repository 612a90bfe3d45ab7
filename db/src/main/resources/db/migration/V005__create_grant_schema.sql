-- Grants (transfer payment agreements): budget, year allocations, status history,
-- payment schedule, payments, reporting periods and amendments.
-- GRANT is a reserved word, hence grant_agreement; child tables still say grant_id.

CREATE TABLE IF NOT EXISTS grant_agreement (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- e.g. 'AHT-2024-0001': program prefix, year, sequence.
    reference_number      VARCHAR(20)   NOT NULL,
    recipient_id          BIGINT        NOT NULL,
    fund_id               BIGINT        NOT NULL,
    title_en              VARCHAR(300)  NOT NULL,
    title_fr              VARCHAR(300)  NOT NULL,
    description_en        TEXT          NULL,
    description_fr        TEXT          NULL,
    expected_results_en   TEXT          NULL,
    expected_results_fr   TEXT          NULL,
    instrument_type       VARCHAR(20)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    total_amount          DECIMAL(19,2) NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    holdback_percent      DECIMAL(5,2)  NOT NULL DEFAULT 10.00,
    reporting_frequency   VARCHAR(20)   NOT NULL,
    -- Who owns the data the funded service collects; the agreement must say.
    data_ownership        VARCHAR(20)   NOT NULL,
    created_by_id         BIGINT        NOT NULL,
    submitted_by_id       BIGINT        NULL,
    submitted_at          DATETIME(6)   NULL,
    approved_by_id        BIGINT        NULL,
    approved_at           DATETIME(6)   NULL,
    -- Signed by both parties; payments may start.
    executed_at           DATETIME(6)   NULL,
    closed_at             DATETIME(6)   NULL,
    -- Unspent or ineligible money the recipient owes back, set at close-out or termination.
    amount_to_recover     DECIMAL(19,2) NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_grant_agreement_recipient (recipient_id),
    INDEX ix_grant_agreement_fund_status (fund_id, status),
    INDEX ix_grant_agreement_status (status),
    INDEX ix_grant_agreement_created_by (created_by_id),
    INDEX ix_grant_agreement_submitted_by (submitted_by_id),
    INDEX ix_grant_agreement_approved_by (approved_by_id),
    CONSTRAINT uq_grant_agreement_reference_number UNIQUE (reference_number),
    CONSTRAINT fk_grant_agreement_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id),
    CONSTRAINT fk_grant_agreement_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_grant_agreement_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_grant_agreement_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_grant_agreement_approved_by FOREIGN KEY (approved_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_grant_agreement_reference_number CHECK (reference_number REGEXP '(?-i)^[A-Z]{2,6}-[0-9]{4}-[0-9]{4}$'),
    CONSTRAINT ck_grant_agreement_instrument_type CHECK (instrument_type IN ('GRANT', 'CONTRIBUTION')),
    CONSTRAINT ck_grant_agreement_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'ACTIVE', 'CLOSED', 'DECLINED', 'WITHDRAWN', 'TERMINATED')),
    CONSTRAINT ck_grant_agreement_total_amount CHECK (total_amount > 0),
    CONSTRAINT ck_grant_agreement_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_grant_agreement_holdback_percent CHECK (holdback_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_grant_agreement_reporting_frequency CHECK (reporting_frequency IN ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL')),
    CONSTRAINT ck_grant_agreement_data_ownership CHECK (data_ownership IN ('RECIPIENT', 'MINISTRY', 'JOINT')),
    CONSTRAINT ck_grant_agreement_amount_to_recover CHECK (amount_to_recover >= 0 AND amount_to_recover <= total_amount),
    -- State machine footprints: each status implies which milestones are recorded.
    CONSTRAINT ck_grant_agreement_submitted CHECK ((submitted_by_id IS NULL) = (submitted_at IS NULL)
        AND (status <> 'DRAFT' OR submitted_by_id IS NULL)
        AND (status IN ('DRAFT', 'WITHDRAWN') OR submitted_by_id IS NOT NULL)),
    CONSTRAINT ck_grant_agreement_approved CHECK ((approved_by_id IS NULL) = (approved_at IS NULL)
        AND (status NOT IN ('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED') OR approved_by_id IS NOT NULL)
        AND (status NOT IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECLINED') OR approved_by_id IS NULL)),
    CONSTRAINT ck_grant_agreement_executed CHECK ((status NOT IN ('ACTIVE', 'CLOSED') OR executed_at IS NOT NULL)
        AND (executed_at IS NULL OR status IN ('ACTIVE', 'CLOSED', 'TERMINATED'))),
    CONSTRAINT ck_grant_agreement_closed CHECK ((status <> 'CLOSED' OR closed_at IS NOT NULL)
        AND (closed_at IS NULL OR status IN ('CLOSED', 'TERMINATED'))),
    CONSTRAINT ck_grant_agreement_timeline CHECK (approved_at >= submitted_at AND executed_at >= approved_at AND closed_at >= approved_at),
    -- Four eyes: nobody approves a grant they created or submitted.
    CONSTRAINT ck_grant_agreement_four_eyes CHECK (approved_by_id IS NULL
        OR (approved_by_id <> created_by_id AND (submitted_by_id IS NULL OR approved_by_id <> submitted_by_id)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each fiscal year's share of a grant, drawn on that year's budget line of the grant's fund.
-- The sum over a budget line (for grants that are APPROVED, ACTIVE, CLOSED or TERMINATED) is
-- that line's committed_amount.
CREATE TABLE IF NOT EXISTS grant_year_allocation (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id       BIGINT        NOT NULL,
    budget_line_id BIGINT        NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_grant_year_allocation_budget_line (budget_line_id),
    CONSTRAINT uq_grant_year_allocation_grant_budget_line UNIQUE (grant_id, budget_line_id),
    CONSTRAINT fk_grant_year_allocation_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_grant_year_allocation_budget_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT ck_grant_year_allocation_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Approved budget by expense category; progress reports account spending against it.
CREATE TABLE IF NOT EXISTS grant_budget_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id            BIGINT        NOT NULL,
    expense_category_id BIGINT        NOT NULL,
    amount              DECIMAL(19,2) NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_grant_budget_item_expense_category (expense_category_id),
    CONSTRAINT uq_grant_budget_item_grant_category UNIQUE (grant_id, expense_category_id),
    CONSTRAINT fk_grant_budget_item_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_grant_budget_item_expense_category FOREIGN KEY (expense_category_id) REFERENCES expense_category (id),
    CONSTRAINT ck_grant_budget_item_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only status history; from_status is NULL for the creating entry.
CREATE TABLE IF NOT EXISTS grant_status_change (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id      BIGINT      NOT NULL,
    from_status   VARCHAR(20) NULL,
    to_status     VARCHAR(20) NOT NULL,
    changed_by_id BIGINT      NOT NULL,
    changed_at    DATETIME(6) NOT NULL,
    reason        TEXT        NULL,
    INDEX ix_grant_status_change_grant_changed (grant_id, changed_at),
    INDEX ix_grant_status_change_changed_by (changed_by_id),
    CONSTRAINT fk_grant_status_change_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_grant_status_change_changed_by FOREIGN KEY (changed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_grant_status_change_from_status CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'ACTIVE', 'CLOSED', 'DECLINED', 'WITHDRAWN', 'TERMINATED')),
    CONSTRAINT ck_grant_status_change_to_status CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'ACTIVE', 'CLOSED', 'DECLINED', 'WITHDRAWN', 'TERMINATED')),
    -- The grant state machine: a history row can only record a legal transition.
    -- (CASE, not OR-ed comparisons, so a NULL from_status cannot slip through as unknown.)
    CONSTRAINT ck_grant_status_change_transition CHECK (CASE
        WHEN from_status IS NULL THEN to_status = 'DRAFT'
        WHEN from_status = 'DRAFT' THEN to_status IN ('SUBMITTED', 'WITHDRAWN')
        WHEN from_status = 'SUBMITTED' THEN to_status IN ('UNDER_REVIEW', 'DECLINED', 'WITHDRAWN')
        WHEN from_status = 'UNDER_REVIEW' THEN to_status IN ('APPROVED', 'DECLINED', 'WITHDRAWN')
        WHEN from_status = 'APPROVED' THEN to_status IN ('ACTIVE', 'TERMINATED')
        WHEN from_status = 'ACTIVE' THEN to_status IN ('CLOSED', 'TERMINATED')
        ELSE FALSE END)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Payment schedule. Each instalment draws on the budget line of one of the grant's year
-- allocations; a CANCELLED instalment keeps its line even after a termination removed that
-- year's allocation, so this is a plain foreign key to budget_line.
-- The holdback instalment is paid only after the final report is accepted.
CREATE TABLE IF NOT EXISTS payment_instalment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id       BIGINT        NOT NULL,
    sequence_no    INT           NOT NULL,
    budget_line_id BIGINT        NOT NULL,
    due_date       DATE          NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    holdback       BOOLEAN       NOT NULL DEFAULT FALSE,
    status         VARCHAR(20)   NOT NULL,
    released_by_id BIGINT        NULL,
    released_at    DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_payment_instalment_budget_line (budget_line_id),
    INDEX ix_payment_instalment_status_due (status, due_date),
    INDEX ix_payment_instalment_released_by (released_by_id),
    CONSTRAINT uq_payment_instalment_grant_sequence UNIQUE (grant_id, sequence_no),
    -- Target of payment's composite foreign key.
    CONSTRAINT uq_payment_instalment_grant_id UNIQUE (grant_id, id),
    CONSTRAINT fk_payment_instalment_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_payment_instalment_budget_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT fk_payment_instalment_released_by FOREIGN KEY (released_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_payment_instalment_sequence_no CHECK (sequence_no >= 1),
    CONSTRAINT ck_payment_instalment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_instalment_status CHECK (status IN ('PLANNED', 'RELEASED', 'PAID', 'CANCELLED')),
    CONSTRAINT ck_payment_instalment_released CHECK ((released_by_id IS NULL) = (released_at IS NULL)
        AND (status NOT IN ('RELEASED', 'PAID') OR released_by_id IS NOT NULL)
        AND (status <> 'PLANNED' OR released_by_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One payment per instalment. idempotency_key makes a retried "record payment" harmless.
-- The composite key guarantees the payment belongs to the same grant as its instalment.
CREATE TABLE IF NOT EXISTS payment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instalment_id     BIGINT        NOT NULL,
    grant_id          BIGINT        NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    paid_on           DATE          NOT NULL,
    payment_reference VARCHAR(40)   NOT NULL,
    idempotency_key   VARCHAR(64)   NOT NULL,
    paid_by_id        BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    INDEX ix_payment_grant_instalment (grant_id, instalment_id),
    INDEX ix_payment_paid_by (paid_by_id),
    INDEX ix_payment_paid_on (paid_on),
    CONSTRAINT uq_payment_instalment UNIQUE (instalment_id),
    CONSTRAINT uq_payment_payment_reference UNIQUE (payment_reference),
    CONSTRAINT uq_payment_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_payment_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_payment_instalment FOREIGN KEY (grant_id, instalment_id) REFERENCES payment_instalment (grant_id, id),
    CONSTRAINT fk_payment_paid_by FOREIGN KEY (paid_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_payment_reference CHECK (TRIM(payment_reference) <> ''),
    CONSTRAINT ck_payment_idempotency_key CHECK (TRIM(idempotency_key) <> '')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When the recipient reports: one row per period, the last one flagged as the final report.
CREATE TABLE IF NOT EXISTS reporting_period (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id     BIGINT      NOT NULL,
    sequence_no  INT         NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    due_date     DATE        NOT NULL,
    final_report BOOLEAN     NOT NULL DEFAULT FALSE,
    version      BIGINT      NOT NULL DEFAULT 0,
    INDEX ix_reporting_period_due_date (due_date),
    CONSTRAINT uq_reporting_period_grant_sequence UNIQUE (grant_id, sequence_no),
    -- Target of progress_report's composite foreign key.
    CONSTRAINT uq_reporting_period_grant_id UNIQUE (grant_id, id),
    CONSTRAINT fk_reporting_period_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT ck_reporting_period_sequence_no CHECK (sequence_no >= 1),
    CONSTRAINT ck_reporting_period_dates CHECK (period_end >= period_start),
    CONSTRAINT ck_reporting_period_due_date CHECK (due_date >= period_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Amendments never overwrite history: old and new values are kept side by side, and the
-- grant row is changed only when an amendment is APPROVED.
CREATE TABLE IF NOT EXISTS amendment (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id         BIGINT        NOT NULL,
    amendment_no     INT           NOT NULL,
    amendment_type   VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    description      TEXT          NOT NULL,
    reason           TEXT          NOT NULL,
    old_total_amount DECIMAL(19,2) NULL,
    new_total_amount DECIMAL(19,2) NULL,
    old_end_date     DATE          NULL,
    new_end_date     DATE          NULL,
    requested_by_id  BIGINT        NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    decided_by_id    BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    decision_comment TEXT          NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_amendment_status (status),
    INDEX ix_amendment_requested_by (requested_by_id),
    INDEX ix_amendment_decided_by (decided_by_id),
    CONSTRAINT uq_amendment_grant_amendment_no UNIQUE (grant_id, amendment_no),
    CONSTRAINT fk_amendment_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_amendment_requested_by FOREIGN KEY (requested_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_amendment_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_amendment_amendment_no CHECK (amendment_no >= 1),
    CONSTRAINT ck_amendment_type CHECK (amendment_type IN ('AMOUNT', 'TERM', 'SCHEDULE', 'SCOPE', 'TERMINATION')),
    CONSTRAINT ck_amendment_status CHECK (status IN ('PROPOSED', 'APPROVED', 'DECLINED')),
    CONSTRAINT ck_amendment_total_amounts CHECK ((old_total_amount IS NULL) = (new_total_amount IS NULL)
        AND old_total_amount > 0 AND new_total_amount > 0),
    CONSTRAINT ck_amendment_end_dates CHECK ((old_end_date IS NULL) = (new_end_date IS NULL)),
    CONSTRAINT ck_amendment_amount_type CHECK (amendment_type <> 'AMOUNT' OR new_total_amount IS NOT NULL),
    CONSTRAINT ck_amendment_term_type CHECK (amendment_type <> 'TERM' OR new_end_date IS NOT NULL),
    CONSTRAINT ck_amendment_decided CHECK ((status = 'PROPOSED') = (decided_by_id IS NULL)
        AND (decided_by_id IS NULL) = (decided_at IS NULL)
        AND decided_at >= requested_at),
    -- Four eyes: nobody decides their own amendment request.
    CONSTRAINT ck_amendment_four_eyes CHECK (decided_by_id <> requested_by_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
