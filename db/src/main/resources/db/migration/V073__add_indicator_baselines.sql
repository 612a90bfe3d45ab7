-- Baselines where results start from: the catalogue's (value, fiscal year and now its source) is
-- the default, and each grant indicator may carry a baseline of its own (the recipient's own
-- figure for the year before the agreement). A grant indicator without one reads the catalogue's.

ALTER TABLE indicator
    ADD COLUMN IF NOT EXISTS baseline_source_en VARCHAR(300) NULL AFTER baseline_year,
    ADD COLUMN IF NOT EXISTS baseline_source_fr VARCHAR(300) NULL AFTER baseline_source_en;

UPDATE indicator
SET baseline_source_en = 'Evaluation of the Canadian Human Trafficking Hotline (Public Safety Canada)',
    baseline_source_fr = 'Évaluation de la Ligne d''urgence canadienne contre la traite des personnes (Sécurité publique Canada)'
WHERE code IN ('REFERRALS', 'CASES_IDENTIFIED', 'MEDIA_STORIES') AND baseline_source_en IS NULL;

ALTER TABLE grant_indicator
    ADD COLUMN IF NOT EXISTS baseline_value DECIMAL(19,4) NULL AFTER indicator_id,
    -- Fiscal year of the baseline, as its start year (2019 = 2019-20).
    ADD COLUMN IF NOT EXISTS baseline_year INT NULL AFTER baseline_value,
    ADD COLUMN IF NOT EXISTS baseline_source_en VARCHAR(300) NULL AFTER baseline_year,
    ADD COLUMN IF NOT EXISTS baseline_source_fr VARCHAR(300) NULL AFTER baseline_source_en;

ALTER TABLE grant_indicator DROP CONSTRAINT IF EXISTS ck_grant_indicator_baseline;
ALTER TABLE grant_indicator
    ADD CONSTRAINT ck_grant_indicator_baseline CHECK ((baseline_value IS NULL) = (baseline_year IS NULL)
        AND (baseline_value IS NULL OR (baseline_value >= 0 AND baseline_year BETWEEN 2000 AND 2099)));
