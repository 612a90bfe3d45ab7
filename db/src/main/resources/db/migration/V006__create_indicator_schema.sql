-- Indicator catalogue, disaggregation dimensions, the indicators each grant reports on and
-- its targets.

CREATE TABLE IF NOT EXISTS indicator (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    name_fr        VARCHAR(200)  NOT NULL,
    description_en TEXT          NULL,
    description_fr TEXT          NULL,
    -- Display unit: 'count', 'percent', 'seconds', 'minutes', 'CAD', 'text'.
    unit           VARCHAR(20)   NOT NULL,
    measure_type   VARCHAR(20)   NOT NULL,
    -- Desired direction; CONTEXT when a rise is not simply good or bad
    -- (more cases identified can mean the strategy works).
    direction      VARCHAR(10)   NOT NULL,
    -- Whether values may be summed across grants, recipients and periods.
    aggregatable   BOOLEAN       NOT NULL,
    -- Counts of people (survivors, clients): small counts are suppressed when published.
    counts_people  BOOLEAN       NOT NULL,
    baseline_value DECIMAL(19,4) NULL,
    -- Fiscal year of the baseline, as its start year (2019 = 2019-20).
    baseline_year  INT           NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    CONSTRAINT uq_indicator_code UNIQUE (code),
    CONSTRAINT ck_indicator_measure_type CHECK (measure_type IN ('COUNT', 'PERCENT', 'AMOUNT', 'DURATION', 'QUALITATIVE')),
    CONSTRAINT ck_indicator_direction CHECK (direction IN ('UP', 'DOWN', 'CONTEXT')),
    CONSTRAINT ck_indicator_baseline CHECK ((baseline_value IS NULL) = (baseline_year IS NULL)
        AND baseline_value >= 0 AND baseline_year BETWEEN 2000 AND 2099),
    -- Percentages and narratives cannot be added up; only counts describe people.
    CONSTRAINT ck_indicator_aggregatable CHECK (NOT aggregatable OR measure_type NOT IN ('PERCENT', 'QUALITATIVE')),
    CONSTRAINT ck_indicator_counts_people CHECK (NOT counts_people OR measure_type = 'COUNT'),
    CONSTRAINT ck_indicator_qualitative CHECK (measure_type <> 'QUALITATIVE' OR (baseline_value IS NULL AND direction = 'CONTEXT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- GBA+ disaggregation dimensions. The codes are a closed set the application knows.
CREATE TABLE IF NOT EXISTS dimension (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    name_fr    VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_dimension_code UNIQUE (code),
    CONSTRAINT ck_dimension_code CHECK (code IN ('REGION', 'AGE_GROUP', 'GENDER', 'POPULATION_GROUP'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS dimension_value (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dimension_id BIGINT       NOT NULL,
    code         VARCHAR(30)  NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    name_fr      VARCHAR(100) NOT NULL,
    sort_order   INT          NOT NULL DEFAULT 0,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_dimension_value_dimension_code UNIQUE (dimension_id, code),
    CONSTRAINT fk_dimension_value_dimension FOREIGN KEY (dimension_id) REFERENCES dimension (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which dimensions an indicator may be broken down by (JPA @ManyToMany join table).
CREATE TABLE IF NOT EXISTS indicator_dimension (
    indicator_id BIGINT NOT NULL,
    dimension_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, dimension_id),
    INDEX ix_indicator_dimension_dimension (dimension_id),
    CONSTRAINT fk_indicator_dimension_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_dimension_dimension FOREIGN KEY (dimension_id) REFERENCES dimension (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The indicators a grant agreement commits the recipient to report on.
CREATE TABLE IF NOT EXISTS grant_indicator (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_id     BIGINT      NOT NULL,
    indicator_id BIGINT      NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    INDEX ix_grant_indicator_indicator (indicator_id),
    CONSTRAINT uq_grant_indicator_grant_indicator UNIQUE (grant_id, indicator_id),
    CONSTRAINT fk_grant_indicator_grant FOREIGN KEY (grant_id) REFERENCES grant_agreement (id),
    CONSTRAINT fk_grant_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A target for one reporting period or for a whole fiscal year (exactly one of the two),
-- either overall (dimension_value_id NULL) or for one dimension value.
CREATE TABLE IF NOT EXISTS indicator_target (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_indicator_id  BIGINT        NOT NULL,
    reporting_period_id BIGINT        NULL,
    fiscal_year_id      BIGINT        NULL,
    dimension_value_id  BIGINT        NULL,
    target_value        DECIMAL(19,4) NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    -- Database-maintained keys so the uniqueness rule also covers the NULL cases;
    -- not mapped by JPA (never written by the application).
    period_key          BIGINT AS (IFNULL(reporting_period_id, 0)) STORED,
    fiscal_year_key     BIGINT AS (IFNULL(fiscal_year_id, 0)) STORED,
    dimension_key       BIGINT AS (IFNULL(dimension_value_id, 0)) STORED,
    INDEX ix_indicator_target_reporting_period (reporting_period_id),
    INDEX ix_indicator_target_fiscal_year (fiscal_year_id),
    INDEX ix_indicator_target_dimension_value (dimension_value_id),
    CONSTRAINT uq_indicator_target_scope UNIQUE (grant_indicator_id, period_key, fiscal_year_key, dimension_key),
    CONSTRAINT fk_indicator_target_grant_indicator FOREIGN KEY (grant_indicator_id) REFERENCES grant_indicator (id),
    CONSTRAINT fk_indicator_target_reporting_period FOREIGN KEY (reporting_period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_indicator_target_fiscal_year FOREIGN KEY (fiscal_year_id) REFERENCES fiscal_year (id),
    CONSTRAINT fk_indicator_target_dimension_value FOREIGN KEY (dimension_value_id) REFERENCES dimension_value (id),
    CONSTRAINT ck_indicator_target_scope CHECK ((reporting_period_id IS NULL) <> (fiscal_year_id IS NULL)),
    CONSTRAINT ck_indicator_target_value CHECK (target_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
