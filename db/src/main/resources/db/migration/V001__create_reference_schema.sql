-- Shared reference tables: ministries, regions, expense categories and fiscal years.
-- Maintained by administrators; everything else points at them, so they carry a stable
-- business code next to the surrogate id.

CREATE TABLE IF NOT EXISTS ministry (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_ministry_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ministry service-delivery regions (Central, East, North, Toronto, West).
CREATE TABLE IF NOT EXISTS region (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    name_fr    VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_region_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Categories a grant budget is approved in and a progress report accounts spending against.
CREATE TABLE IF NOT EXISTS expense_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_expense_category_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ontario fiscal year: 1 April of start_year to 31 March of the next year, labelled '2024-25'.
-- The checks make a mislabelled or misdated year impossible, so code may trust any row.
CREATE TABLE IF NOT EXISTS fiscal_year (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    start_year INT         NOT NULL,
    label      VARCHAR(7)  NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    CONSTRAINT uq_fiscal_year_start_year UNIQUE (start_year),
    CONSTRAINT uq_fiscal_year_label UNIQUE (label),
    CONSTRAINT ck_fiscal_year_start_year CHECK (start_year BETWEEN 2000 AND 2099),
    CONSTRAINT ck_fiscal_year_label CHECK (label = CONCAT(start_year, '-', LPAD(MOD(start_year + 1, 100), 2, '0'))),
    CONSTRAINT ck_fiscal_year_start_date CHECK (YEAR(start_date) = start_year AND MONTH(start_date) = 4 AND DAYOFMONTH(start_date) = 1),
    CONSTRAINT ck_fiscal_year_end_date CHECK (YEAR(end_date) = start_year + 1 AND MONTH(end_date) = 3 AND DAYOFMONTH(end_date) = 31)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
