-- GBA+ disaggregation dimensions and their values. Population groups overlap (a person may
-- belong to several), so results by population group are not summed to a total.

INSERT INTO dimension (code, name_en, name_fr, sort_order) VALUES
    ('REGION',           'Region',           'Région',              10),
    ('AGE_GROUP',        'Age group',        'Groupe d''âge',       20),
    ('GENDER',           'Gender',           'Genre',               30),
    ('POPULATION_GROUP', 'Population group', 'Groupe de population', 40)
ON DUPLICATE KEY UPDATE dimension.code = dimension.code;

INSERT INTO dimension_value (dimension_id, code, name_en, name_fr, sort_order)
SELECT d.id, v.code, v.name_en, v.name_fr, v.sort_order
FROM (
    SELECT 'REGION' AS dimension_code, 'CENTRAL' AS code, 'Central' AS name_en, 'Centre' AS name_fr, 10 AS sort_order
    UNION ALL SELECT 'REGION', 'EAST', 'East', 'Est', 20
    UNION ALL SELECT 'REGION', 'NORTH', 'North', 'Nord', 30
    UNION ALL SELECT 'REGION', 'TORONTO', 'Toronto', 'Toronto', 40
    UNION ALL SELECT 'REGION', 'WEST', 'West', 'Ouest', 50
    UNION ALL SELECT 'AGE_GROUP', 'UNDER_18', 'Under 18', 'Moins de 18 ans', 10
    UNION ALL SELECT 'AGE_GROUP', 'AGE_18_24', '18 to 24', '18 à 24 ans', 20
    UNION ALL SELECT 'AGE_GROUP', 'AGE_25_44', '25 to 44', '25 à 44 ans', 30
    UNION ALL SELECT 'AGE_GROUP', 'AGE_45_PLUS', '45 and over', '45 ans et plus', 40
    UNION ALL SELECT 'AGE_GROUP', 'NOT_STATED', 'Not stated', 'Non précisé', 90
    UNION ALL SELECT 'GENDER', 'WOMAN', 'Woman', 'Femme', 10
    UNION ALL SELECT 'GENDER', 'MAN', 'Man', 'Homme', 20
    UNION ALL SELECT 'GENDER', 'GENDER_DIVERSE', 'Gender-diverse', 'Personne de diverses identités de genre', 30
    UNION ALL SELECT 'GENDER', 'NOT_STATED', 'Not stated', 'Non précisé', 90
    UNION ALL SELECT 'POPULATION_GROUP', 'INDIGENOUS', 'Indigenous', 'Autochtone', 10
    UNION ALL SELECT 'POPULATION_GROUP', 'BLACK', 'Black', 'Noir', 20
    UNION ALL SELECT 'POPULATION_GROUP', 'TWO_SLGBTQI', '2SLGBTQI+', '2ELGBTQI+', 30
    UNION ALL SELECT 'POPULATION_GROUP', 'NEWCOMER', 'Newcomer', 'Nouvel arrivant', 40
    UNION ALL SELECT 'POPULATION_GROUP', 'OTHER_NOT_STATED', 'Other or not stated', 'Autre ou non précisé', 90
) v
JOIN dimension d ON d.code = v.dimension_code
ON DUPLICATE KEY UPDATE dimension_value.dimension_id = dimension_value.dimension_id;
