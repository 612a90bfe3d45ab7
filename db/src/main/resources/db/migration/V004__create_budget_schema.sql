-- Strategy -> program area -> fund -> budget line per fiscal year, and reallocations between lines.

CREATE TABLE IF NOT EXISTS strategy (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL,
    name_en           VARCHAR(200)  NOT NULL,
    name_fr           VARCHAR(200)  NOT NULL,
    description_en    TEXT          NULL,
    description_fr    TEXT          NULL,
    -- First and last fiscal years covered, as fiscal_year.start_year (2020 = 2020-21).
    first_start_year  INT           NOT NULL,
    last_start_year   INT           NOT NULL,
    -- Published multi-year commitment across all ministries; not the sum of the funds below.
    total_commitment  DECIMAL(19,2) NULL,
    -- Published (rounded) annual allocation; the funds' exact amounts need not add up to it.
    annual_allocation DECIMAL(19,2) NULL,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_strategy_first_fiscal_year (first_start_year),
    INDEX ix_strategy_last_fiscal_year (last_start_year),
    CONSTRAINT uq_strategy_code UNIQUE (code),
    CONSTRAINT fk_strategy_first_fiscal_year FOREIGN KEY (first_start_year) REFERENCES fiscal_year (start_year),
    CONSTRAINT fk_strategy_last_fiscal_year FOREIGN KEY (last_start_year) REFERENCES fiscal_year (start_year),
    CONSTRAINT ck_strategy_years CHECK (last_start_year >= first_start_year),
    CONSTRAINT ck_strategy_total_commitment CHECK (total_commitment > 0),
    CONSTRAINT ck_strategy_annual_allocation CHECK (annual_allocation > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The strategy's four policy pillars (e.g. raising awareness); descriptive, they hold no money.
CREATE TABLE IF NOT EXISTS pillar (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    strategy_id BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_pillar_strategy_code UNIQUE (strategy_id, code),
    CONSTRAINT fk_pillar_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Program areas group the funds; their totals are computed from the funds, never stored.
CREATE TABLE IF NOT EXISTS program_area (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    strategy_id BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_program_area_strategy_code UNIQUE (strategy_id, code),
    CONSTRAINT fk_program_area_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS fund (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_area_id BIGINT        NOT NULL,
    ministry_id     BIGINT        NOT NULL,
    code            VARCHAR(20)   NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_fr         VARCHAR(200)  NOT NULL,
    description_en  TEXT          NULL,
    description_fr  TEXT          NULL,
    -- Published planned amount per year, exact; NULL when none was published.
    annual_amount   DECIMAL(19,2) NULL,
    -- A grouped fund is one published line covering several programs that were not
    -- broken down; group_note_en/fr name those programs.
    grouped         BOOLEAN       NOT NULL DEFAULT FALSE,
    group_note_en   VARCHAR(1000) NULL,
    group_note_fr   VARCHAR(1000) NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at      DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_fund_program_area (program_area_id),
    INDEX ix_fund_ministry (ministry_id),
    CONSTRAINT uq_fund_code UNIQUE (code),
    CONSTRAINT fk_fund_program_area FOREIGN KEY (program_area_id) REFERENCES program_area (id),
    CONSTRAINT fk_fund_ministry FOREIGN KEY (ministry_id) REFERENCES ministry (id),
    CONSTRAINT ck_fund_annual_amount CHECK (annual_amount >= 0),
    CONSTRAINT ck_fund_group_note CHECK (grouped = (group_note_en IS NOT NULL) AND grouped = (group_note_fr IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One line per fund and fiscal year. committed_amount and paid_amount are running totals the
-- application keeps in the same transaction as the grant approval or payment that moves them,
-- so the checks below stop any over-commitment or over-payment at the database.
CREATE TABLE IF NOT EXISTS budget_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id          BIGINT        NOT NULL,
    fiscal_year_id   BIGINT        NOT NULL,
    appropriation    DECIMAL(19,2) NOT NULL,
    committed_amount DECIMAL(19,2) NOT NULL DEFAULT 0,
    paid_amount      DECIMAL(19,2) NOT NULL DEFAULT 0,
    -- Vote and item of the Expenditure Estimates the money is voted under.
    vote_item        VARCHAR(20)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    updated_at       DATETIME(6)   NOT NULL DEFAULT UTC_TIMESTAMP(6),
    INDEX ix_budget_line_fiscal_year (fiscal_year_id),
    CONSTRAINT uq_budget_line_fund_fiscal_year UNIQUE (fund_id, fiscal_year_id),
    CONSTRAINT fk_budget_line_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_budget_line_fiscal_year FOREIGN KEY (fiscal_year_id) REFERENCES fiscal_year (id),
    CONSTRAINT ck_budget_line_appropriation CHECK (appropriation >= 0),
    CONSTRAINT ck_budget_line_paid_non_negative CHECK (paid_amount >= 0),
    CONSTRAINT ck_budget_line_paid_le_committed CHECK (paid_amount <= committed_amount),
    CONSTRAINT ck_budget_line_committed_le_appropriation CHECK (committed_amount <= appropriation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The only way money moves between lines: append-only, with a reason and who made it.
-- The application lowers the source line's appropriation and raises the target's in the
-- same transaction.
CREATE TABLE IF NOT EXISTS reallocation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    from_budget_line_id BIGINT        NOT NULL,
    to_budget_line_id   BIGINT        NOT NULL,
    amount              DECIMAL(19,2) NOT NULL,
    reason              TEXT          NOT NULL,
    made_by_id          BIGINT        NOT NULL,
    made_at             DATETIME(6)   NOT NULL,
    INDEX ix_reallocation_from_budget_line (from_budget_line_id),
    INDEX ix_reallocation_to_budget_line (to_budget_line_id),
    INDEX ix_reallocation_made_by (made_by_id),
    CONSTRAINT fk_reallocation_from_budget_line FOREIGN KEY (from_budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT fk_reallocation_to_budget_line FOREIGN KEY (to_budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT fk_reallocation_made_by FOREIGN KEY (made_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_reallocation_distinct_lines CHECK (from_budget_line_id <> to_budget_line_id),
    CONSTRAINT ck_reallocation_amount CHECK (amount > 0),
    CONSTRAINT ck_reallocation_reason CHECK (TRIM(reason) <> '')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

