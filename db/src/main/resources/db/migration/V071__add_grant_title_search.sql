-- Text search of grant titles through a FULLTEXT index instead of scanning every title with
-- LIKE '%...%'. search_text holds both titles with apostrophes written as spaces, so that
-- "d'analyse" is indexed as the word "analyse" (InnoDB would keep "d'analyse" as one word, and a
-- search for "analyse" would miss it). Database-maintained, not mapped by JPA; the grants list
-- (GrantListQuery) matches each typed word from its start here, then applies the exact LIKE.
ALTER TABLE grant_agreement
    ADD COLUMN IF NOT EXISTS search_text VARCHAR(601) AS (REPLACE(REPLACE(CONCAT(title_en, ' ', title_fr), '''', ' '), '’', ' ')) STORED,
    ADD FULLTEXT INDEX IF NOT EXISTS ft_grant_agreement_search_text (search_text);
