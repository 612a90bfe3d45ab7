-- Ontario Anti-Human Trafficking Strategy 2020-21 to 2024-25: $307M across eight ministries,
-- its four pillars and the three program areas its $20M annual allocation is published in.

INSERT INTO strategy (code, name_en, name_fr, description_en, description_fr,
                      first_start_year, last_start_year, total_commitment, annual_allocation)
VALUES ('AHT',
        'Ontario Anti-Human Trafficking Strategy',
        'Stratégie ontarienne de lutte contre la traite des personnes',
        'Province-wide strategy to raise awareness of human trafficking, protect victims and intervene early, support survivors and hold offenders accountable. $307 million over 2020-2025 across eight ministries, led by the Ministry of Children, Community and Social Services.',
        'Stratégie provinciale visant à sensibiliser à la traite des personnes, à protéger les victimes et à intervenir rapidement, à soutenir les survivantes et survivants et à tenir les contrevenants responsables. 307 millions de dollars de 2020 à 2025 répartis entre huit ministères, sous la direction du ministère des Services à l''enfance et des Services sociaux et communautaires.',
        2020, 2024, 307000000.00, 20000000.00)
ON DUPLICATE KEY UPDATE strategy.code = strategy.code;

INSERT INTO pillar (strategy_id, code, name_en, name_fr, sort_order)
SELECT s.id, p.code, p.name_en, p.name_fr, p.sort_order
FROM strategy s
CROSS JOIN (
    SELECT 'AWARENESS' AS code, 'Raising awareness' AS name_en, 'Sensibilisation' AS name_fr, 10 AS sort_order
    UNION ALL SELECT 'PROTECTION', 'Protecting victims and intervening early', 'Protection des victimes et intervention précoce', 20
    UNION ALL SELECT 'SURVIVOR_SUPPORT', 'Supporting survivors', 'Soutien aux survivantes et survivants', 30
    UNION ALL SELECT 'ACCOUNTABILITY', 'Holding offenders accountable', 'Responsabilisation des contrevenants', 40
) p
WHERE s.code = 'AHT'
ON DUPLICATE KEY UPDATE pillar.strategy_id = pillar.strategy_id;

INSERT INTO program_area (strategy_id, code, name_en, name_fr, sort_order)
SELECT s.id, a.code, a.name_en, a.name_fr, a.sort_order
FROM strategy s
CROSS JOIN (
    SELECT 'VICTIM_SERVICES' AS code, 'Specialized victim services and prevention' AS name_en, 'Services spécialisés aux victimes et prévention' AS name_fr, 10 AS sort_order
    UNION ALL SELECT 'LAW_ENFORCEMENT', 'Law enforcement initiatives', 'Initiatives d''application de la loi', 20
    UNION ALL SELECT 'JUSTICE_SECTOR', 'Justice sector victim services and supports', 'Services et soutiens aux victimes du secteur de la justice', 30
) a
WHERE s.code = 'AHT'
ON DUPLICATE KEY UPDATE program_area.strategy_id = program_area.strategy_id;
