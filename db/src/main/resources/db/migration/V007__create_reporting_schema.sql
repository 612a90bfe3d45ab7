-- Recipients' progress reports: narrative, spending by category, indicator results and
-- attachments. A returned report is never edited again: the recipient resubmits it as the
-- next revision, so every version the ministry saw is kept.

CREATE TABLE IF NOT EXISTS progress_report (
    id                       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id                 BIGINT      NOT NULL,
    reporting_period_id      BIGINT      NOT NULL,
    revision                 INT         NOT NULL DEFAULT 1,
    status                   VARCHAR(20) NOT NULL,
    narrative                TEXT        NULL,
    narrative_language       VARCHAR(2)  NOT NULL DEFAULT 'en',
    submitted_by_id          BIGINT      NULL,
    submitted_at             DATETIME(6) NULL,
    reviewed_by_id           BIGINT      NULL,
    reviewed_at              DATETIME(6) NULL,
    review_comment           TEXT        NULL,
    version                  BIGINT      NOT NULL DEFAULT 0,
    created_at               DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at               DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
    -- Set while the revision is live (not RETURNED); its uniqueness allows one live
    -- revision per period. Database-maintained, not mapped by JPA.
    live_reporting_period_id BIGINT AS (IF(status <> 'RETURNED', reporting_period_id, NULL)) STORED,
    INDEX ix_progress_report_grant_period (grant_id, reporting_period_id),
    INDEX ix_progress_report_status (status),
    INDEX ix_progress_report_submitted_by (submitted_by_id),
    INDEX ix_progress_report_reviewed_by (reviewed_by_id),
    CONSTRAINT uq_progress_report_period_revision UNIQUE (reporting_period_id, revision),
    CONSTRAINT uq_progress_report_live_period UNIQUE (live_reporting_period_id),
    CONSTRAINT fk_progress_report_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    -- Composite so a report can only be for a period of its own grant.
    CONSTRAINT fk_progress_report_reporting_period FOREIGN KEY (grant_id, reporting_period_id) REFERENCES reporting_period (grant_id, id),
    CONSTRAINT fk_progress_report_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_progress_report_reviewed_by FOREIGN KEY (reviewed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_progress_report_revision CHECK (revision >= 1),
    CONSTRAINT ck_progress_report_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    CONSTRAINT ck_progress_report_narrative_language CHECK (narrative_language IN ('en', 'fr')),
    CONSTRAINT ck_progress_report_submitted CHECK ((submitted_by_id IS NULL) = (submitted_at IS NULL)
        AND (status = 'DRAFT') = (submitted_by_id IS NULL)
        AND (status = 'DRAFT' OR narrative IS NOT NULL)),
    CONSTRAINT ck_progress_report_reviewed CHECK ((reviewed_by_id IS NULL) = (reviewed_at IS NULL)
        AND (status IN ('RETURNED', 'ACCEPTED')) = (reviewed_by_id IS NOT NULL)
        AND (status <> 'RETURNED' OR review_comment IS NOT NULL)
        AND reviewed_at >= submitted_at),
    -- Four eyes: nobody accepts or returns a report they submitted.
    CONSTRAINT ck_progress_report_four_eyes CHECK (reviewed_by_id <> submitted_by_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Money spent in the period by expense category, with an explanation where it departs
-- from the approved budget.
CREATE TABLE IF NOT EXISTS report_expense (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    progress_report_id   BIGINT        NOT NULL,
    expense_category_id  BIGINT        NOT NULL,
    amount               DECIMAL(19,2) NOT NULL,
    variance_explanation TEXT          NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_report_expense_expense_category (expense_category_id),
    CONSTRAINT uq_report_expense_report_category UNIQUE (progress_report_id, expense_category_id),
    CONSTRAINT fk_report_expense_progress_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_report_expense_expense_category FOREIGN KEY (expense_category_id) REFERENCES expense_category (id),
    CONSTRAINT ck_report_expense_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Actual values for the period: overall (dimension_value_id NULL) or per dimension value.
-- Numeric for measured indicators, text for qualitative ones; exactly one is set.
CREATE TABLE IF NOT EXISTS indicator_result (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    progress_report_id BIGINT        NOT NULL,
    grant_indicator_id BIGINT        NOT NULL,
    dimension_value_id BIGINT        NULL,
    numeric_value      DECIMAL(19,4) NULL,
    text_value         TEXT          NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    -- Database-maintained so the uniqueness rule also covers the overall (NULL) row;
    -- not mapped by JPA.
    dimension_key      BIGINT AS (IFNULL(dimension_value_id, 0)) STORED,
    INDEX ix_indicator_result_grant_indicator (grant_indicator_id),
    INDEX ix_indicator_result_dimension_value (dimension_value_id),
    CONSTRAINT uq_indicator_result_scope UNIQUE (progress_report_id, grant_indicator_id, dimension_key),
    CONSTRAINT fk_indicator_result_progress_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_indicator_result_grant_indicator FOREIGN KEY (grant_indicator_id) REFERENCES grant_indicator (id),
    CONSTRAINT fk_indicator_result_dimension_value FOREIGN KEY (dimension_value_id) REFERENCES dimension_value (id),
    CONSTRAINT ck_indicator_result_value CHECK ((numeric_value IS NULL) <> (text_value IS NULL)),
    CONSTRAINT ck_indicator_result_numeric_value CHECK (numeric_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attachment metadata only; the bytes live in report_attachment_content so that listing
-- attachments never reads them.
CREATE TABLE IF NOT EXISTS report_attachment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    progress_report_id BIGINT       NOT NULL,
    original_file_name VARCHAR(255) NOT NULL,
    content_type       VARCHAR(100) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    -- Lower-case hex SHA-256 of the content, for integrity checks and duplicate detection.
    sha256             CHAR(64)     NOT NULL,
    uploaded_by_id     BIGINT       NOT NULL,
    uploaded_at        DATETIME(6)  NOT NULL,
    INDEX ix_report_attachment_progress_report (progress_report_id),
    INDEX ix_report_attachment_uploaded_by (uploaded_by_id),
    CONSTRAINT fk_report_attachment_progress_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_report_attachment_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_report_attachment_original_file_name CHECK (TRIM(original_file_name) <> ''),
    CONSTRAINT ck_report_attachment_size_bytes CHECK (size_bytes > 0),
    CONSTRAINT ck_report_attachment_sha256 CHECK (sha256 REGEXP '(?-i)^[0-9a-f]{64}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Shares its key with report_attachment (JPA @MapsId); removing the metadata row removes the bytes.
CREATE TABLE IF NOT EXISTS report_attachment_content (
    attachment_id BIGINT   NOT NULL PRIMARY KEY,
    content       LONGBLOB NOT NULL,
    CONSTRAINT fk_report_attachment_content_attachment FOREIGN KEY (attachment_id) REFERENCES report_attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
