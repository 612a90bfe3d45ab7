-- The funds and programs of the $20M annual allocation, with their exact published amounts.
-- Program-area sums: 12,320,000.00 / 2,872,200.00 / 4,800,000.00 = 19,992,200.00 a year;
-- the published $12.3M, $2.9M and $20M are roundings of these. Only the $20M is kept, as the
-- published strategy.annual_allocation; program-area totals are always computed.
-- Only the four victim-services funds have published French names; the others (OPC, OPP,
-- CISO, the justice-sector group and its note) are given in official style.

INSERT INTO fund (program_area_id, ministry_id, code, name_en, name_fr, description_en, description_fr,
                  annual_amount, grouped, group_note_en, group_note_fr)
SELECT pa.id, m.id, f.code, f.name_en, f.name_fr, f.description_en, f.description_fr,
       f.annual_amount, f.grouped, f.group_note_en, f.group_note_fr
FROM (
    SELECT 'VICTIM_SERVICES' AS area_code, 'MCCSS' AS ministry_code, 'AHT-CSF' AS code,
           'Anti-Human Trafficking Community Supports Fund' AS name_en,
           'Fonds de soutien communautaire à la lutte contre la traite des personnes' AS name_fr,
           'Community-based services for survivors and people at risk: emergency services and temporary housing, trauma-informed counselling, healing and rehabilitation, referrals to employment and job training. Up to $6 million more a year was also planned.' AS description_en,
           'Services communautaires pour les survivantes et survivants et les personnes à risque : services d''urgence et logement temporaire, counseling tenant compte des traumatismes, guérison et réadaptation, aiguillage vers l''emploi et la formation professionnelle. Jusqu''à 6 millions de dollars de plus par année étaient aussi prévus.' AS description_fr,
           7000000.00 AS annual_amount, FALSE AS grouped,
           CAST(NULL AS CHAR(1000)) AS group_note_en, CAST(NULL AS CHAR(1000)) AS group_note_fr
    UNION ALL SELECT 'VICTIM_SERVICES', 'MCCSS', 'AHT-ILIF',
           'Anti-Human Trafficking Indigenous-led Initiatives Fund',
           'Fonds pour les initiatives autochtones de lutte contre la traite des personnes',
           'Culturally relevant, Indigenous-led prevention and survivor supports, including cultural programs and leadership development. Up to $4 million more a year was also planned.',
           'Prévention et soutien aux survivantes et survivants adaptés à la culture et dirigés par des Autochtones, y compris des programmes culturels et le développement du leadership. Jusqu''à 4 millions de dollars de plus par année étaient aussi prévus.',
           3000000.00, FALSE, NULL, NULL
    UNION ALL SELECT 'VICTIM_SERVICES', 'MCCSS', 'AHT-PCO',
           'Provincial Anti-Human Trafficking Coordination Office',
           'Bureau provincial de coordination de la lutte contre la traite des personnes',
           'Coordinates the strategy across ministries, sectors and communities.',
           'Coordonne la stratégie entre les ministères, les secteurs et les collectivités.',
           1900000.00, FALSE, NULL, NULL
    UNION ALL SELECT 'VICTIM_SERVICES', 'MCCSS', 'AHT-YITW',
           'Youth-in-Transition Worker Program',
           'Programme des intervenants auprès des jeunes en transition',
           'Workers who help youth aged 16 to 24 with life-skills training and finding housing.',
           'Intervenants qui aident les jeunes de 16 à 24 ans par la formation aux compétences de vie et l''aide à trouver un logement.',
           420000.00, FALSE, NULL, NULL
    UNION ALL SELECT 'LAW_ENFORCEMENT', 'SOLGEN', 'AHT-OPC',
           'Ontario Police College Human Trafficking Training Program',
           'Programme de formation sur la traite des personnes du Collège de police de l''Ontario',
           'Human trafficking content in basic constable training and a specialized investigations course.',
           'Contenu sur la traite des personnes dans la formation de base des agents et cours spécialisé en enquêtes.',
           257200.00, FALSE, NULL, NULL
    UNION ALL SELECT 'LAW_ENFORCEMENT', 'SOLGEN', 'AHT-OPP',
           'OPP Anti-Human Trafficking Investigations Coordination Team',
           'Équipe de coordination des enquêtes sur la traite des personnes de la Police provinciale de l''Ontario',
           'Coordinates and supports human trafficking investigations across police services.',
           'Coordonne et appuie les enquêtes sur la traite des personnes menées par les services de police.',
           2200000.00, FALSE, NULL, NULL
    UNION ALL SELECT 'LAW_ENFORCEMENT', 'SOLGEN', 'AHT-CISO',
           'Criminal Intelligence Service Ontario Human Trafficking Intelligence Team',
           'Équipe du renseignement sur la traite des personnes du Service de renseignements criminels de l''Ontario',
           'Gathers and shares criminal intelligence on human trafficking networks.',
           'Recueille et communique des renseignements criminels sur les réseaux de traite des personnes.',
           415000.00, FALSE, NULL, NULL
    UNION ALL SELECT 'JUSTICE_SECTOR', 'MAG', 'AHT-JSVS',
           'Justice Sector Victim Services and Supports (grouped)',
           'Services et soutiens aux victimes du secteur de la justice (regroupés)',
           'One published amount for four justice-sector programs that was not broken down by program.',
           'Montant publié unique pour quatre programmes du secteur de la justice, non ventilé par programme.',
           4800000.00, TRUE,
           'Victim/Witness Assistance Program; Victim Quick Response Program+; Victim Crisis Assistance Ontario; Provincial Human Trafficking Prosecution Team',
           'Programme d''aide aux victimes et aux témoins; Programme d''intervention rapide auprès des victimes Plus; Aide immédiate aux victimes de l''Ontario; Équipe provinciale de poursuite en matière de traite des personnes'
) f
JOIN strategy s ON s.code = 'AHT'
JOIN program_area pa ON pa.strategy_id = s.id AND pa.code = f.area_code
JOIN ministry m ON m.code = f.ministry_code
ON DUPLICATE KEY UPDATE fund.program_area_id = fund.program_area_id;
