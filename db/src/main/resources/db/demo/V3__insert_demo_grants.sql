-- Demo grants across the funds and the whole life cycle: drafts, submitted, under review,
-- approved, active with payments, closed, declined, withdrawn and one terminated.
-- Approvals follow the delegated authority: officers up to $100,000 (never their own),
-- the director above. Year allocations are the sums of each grant's instalments per
-- fiscal year, so they add up to the grant total exactly.

INSERT INTO grant_agreement (reference_number, recipient_id, fund_id, title_en, title_fr, description_en, description_fr,
                             expected_results_en, expected_results_fr, instrument_type, status, total_amount,
                             start_date, end_date, holdback_percent, reporting_frequency, data_ownership,
                             created_by_id, submitted_by_id, submitted_at, approved_by_id, approved_at,
                             executed_at, closed_at, amount_to_recover, created_at, updated_at)
SELECT g.reference_number, r.id, f.id, g.title_en, g.title_fr, g.description_en, g.description_fr,
       g.expected_results_en, g.expected_results_fr, g.instrument_type, g.status, g.total_amount,
       g.start_date, g.end_date, g.holdback_percent, g.reporting_frequency, g.data_ownership,
       cb.id, sb.id, g.submitted_at, ab.id, g.approved_at,
       g.executed_at, g.closed_at, g.amount_to_recover, g.created_at, g.updated_at
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 'Demo — Northern Lights Community Services' AS legal_name, 'AHT-CSF' AS fund_code, 'Survivor support services — Northern Lights Community Services' AS title_en, 'Services de soutien aux survivantes et survivants — Northern Lights Community Services' AS title_fr, 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.' AS description_en, 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.' AS description_fr, 'More survivors reach safe housing and counselling within days of first contact.' AS expected_results_en, 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.' AS expected_results_fr, 'CONTRIBUTION' AS instrument_type, 'CLOSED' AS status, 240000.00 AS total_amount, '2020-07-01' AS start_date, '2022-06-30' AS end_date, 10.00 AS holdback_percent, 'SEMI_ANNUAL' AS reporting_frequency, 'JOINT' AS data_ownership, 'officer' AS created_by, 'recipient1' AS submitted_by, '2020-03-30 14:05:00' AS submitted_at, 'director' AS approved_by, '2020-05-02 16:00:00' AS approved_at, '2020-05-17 13:00:00' AS executed_at, '2022-09-15 11:20:00' AS closed_at, 3412.55 AS amount_to_recover, '2020-03-23 09:15:00' AS created_at, '2022-09-15 11:20:00' AS updated_at
    UNION ALL SELECT 'AHT-2020-0002', 'Demo — Waban Healing Lodge', 'AHT-ILIF', 'Indigenous-led healing and prevention — Waban Healing Lodge', 'Guérison et prévention dirigées par des Autochtones — Waban Healing Lodge', 'Community-designed healing, cultural programs and prevention led by and for Indigenous people.', 'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.', 'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.', 'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison et de prévention ancrées dans la culture.', 'CONTRIBUTION', 'CLOSED', 450000.00, '2020-10-01', '2023-03-31', 10.00, 'ANNUAL', 'RECIPIENT', 'officer2', 'officer2', '2020-06-30 14:05:00', 'director', '2020-08-02 16:00:00', '2020-08-17 13:00:00', '2023-06-07 11:20:00', NULL, '2020-06-23 09:15:00', '2023-06-07 11:20:00'
    UNION ALL SELECT 'AHT-2021-0001', 'Demo — Georgian Shores College', 'AHT-OPC', 'Human trafficking investigation training — Georgian Shores College', 'Formation en enquêtes sur la traite des personnes — Georgian Shores College', 'Human trafficking modules for basic constable training and a specialized investigations course.', 'Modules sur la traite des personnes pour la formation de base des agents et un cours spécialisé en enquêtes.', 'More officers trained to recognize and investigate human trafficking.', 'Davantage de policiers formés pour reconnaître la traite des personnes et enquêter sur celle-ci.', 'GRANT', 'CLOSED', 85000.00, '2021-04-01', '2022-03-31', 10.00, 'ANNUAL', 'MINISTRY', 'officer', 'officer', '2020-12-29 14:05:00', 'officer2', '2021-01-31 16:00:00', '2021-02-15 13:00:00', '2022-06-16 11:20:00', NULL, '2020-12-22 09:15:00', '2022-06-16 11:20:00'
    UNION ALL SELECT 'AHT-2021-0002', 'Demo — Lakeshore Survivor Support Network', 'AHT-CSF', 'Survivor support services — Lakeshore Survivor Support Network', 'Services de soutien aux survivantes et survivants — Lakeshore Survivor Support Network', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'CLOSED', 360000.00, '2021-04-01', '2024-03-31', 10.00, 'ANNUAL', 'JOINT', 'officer', 'officer', '2020-12-29 14:05:00', 'director', '2021-01-31 16:00:00', '2021-02-15 13:00:00', '2024-06-15 11:20:00', NULL, '2020-12-22 09:15:00', '2024-06-15 11:20:00'
    UNION ALL SELECT 'AHT-2022-0001', 'Demo — Ottawa Valley Youth Housing Collective', 'AHT-YITW', 'Youth-in-transition workers — Ottawa Valley Youth Housing Collective', 'Intervenants auprès des jeunes en transition — Ottawa Valley Youth Housing Collective', 'Youth-in-transition workers helping youth aged 16 to 24 with life skills and housing.', 'Intervenants auprès des jeunes en transition qui aident les jeunes de 16 à 24 ans à acquérir des compétences de vie et à se loger.', 'Youth at risk move into stable housing.', 'Les jeunes à risque obtiennent un logement stable.', 'CONTRIBUTION', 'CLOSED', 140000.00, '2022-04-01', '2024-03-31', 10.00, 'SEMI_ANNUAL', 'RECIPIENT', 'officer2', 'officer2', '2021-12-29 14:05:00', 'director', '2022-01-31 16:00:00', '2022-02-15 13:00:00', '2024-06-13 11:20:00', NULL, '2021-12-22 09:15:00', '2024-06-13 11:20:00'
    UNION ALL SELECT 'AHT-2022-0002', 'Demo — Escarpment Regional Police Service', 'AHT-OPP', 'Joint investigations coordination — Escarpment Regional Police Service', 'Coordination des enquêtes conjointes — Escarpment Regional Police Service', 'Coordinates joint human trafficking investigations with neighbouring police services.', 'Coordonne les enquêtes conjointes sur la traite des personnes avec les services de police voisins.', 'More cases identified and investigated jointly.', 'Davantage de cas repérés et faisant l''objet d''enquêtes conjointes.', 'GRANT', 'CLOSED', 95000.00, '2022-07-01', '2023-06-30', 10.00, 'QUARTERLY', 'MINISTRY', 'officer', 'officer', '2022-03-30 14:05:00', 'officer2', '2022-05-02 16:00:00', '2022-05-17 13:00:00', '2023-09-18 11:20:00', NULL, '2022-03-23 09:15:00', '2023-09-18 11:20:00'
    UNION ALL SELECT 'AHT-2023-0001', 'Demo — Centre francophone d''aide aux victimes de l''Est', 'AHT-CSF', 'Survivor support services — Centre francophone d''aide aux victimes de l''Est', 'Services de soutien aux survivantes et survivants — Centre francophone d''aide aux victimes de l''Est', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'CLOSED', 160000.00, '2023-04-01', '2025-03-31', 10.00, 'ANNUAL', 'JOINT', 'officer2', 'recipient2', '2022-12-29 14:05:00', 'director', '2023-01-31 16:00:00', '2023-02-15 13:00:00', '2025-06-16 11:20:00', NULL, '2022-12-22 09:15:00', '2025-06-16 11:20:00'
    UNION ALL SELECT 'AHT-2023-0002', 'Demo — Grand River Indigenous Family Services', 'AHT-ILIF', 'Indigenous-led healing and prevention — Grand River Indigenous Family Services', 'Guérison et prévention dirigées par des Autochtones — Grand River Indigenous Family Services', 'Community-designed healing, cultural programs and prevention led by and for Indigenous people.', 'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.', 'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.', 'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison et de prévention ancrées dans la culture.', 'CONTRIBUTION', 'CLOSED', 300000.00, '2023-04-01', '2025-03-31', 10.00, 'SEMI_ANNUAL', 'RECIPIENT', 'officer', 'officer', '2022-12-29 14:05:00', 'director', '2023-01-31 16:00:00', '2023-02-15 13:00:00', '2025-06-13 11:20:00', NULL, '2022-12-22 09:15:00', '2025-06-13 11:20:00'
    UNION ALL SELECT 'AHT-2024-0004', 'Demo — Escarpment Regional Police Service', 'AHT-OPP', 'Joint investigations coordination — Escarpment Regional Police Service', 'Coordination des enquêtes conjointes — Escarpment Regional Police Service', 'Coordinates joint human trafficking investigations with neighbouring police services.', 'Coordonne les enquêtes conjointes sur la traite des personnes avec les services de police voisins.', 'More cases identified and investigated jointly.', 'Davantage de cas repérés et faisant l''objet d''enquêtes conjointes.', 'GRANT', 'CLOSED', 99500.00, '2024-04-01', '2025-03-31', 10.00, 'SEMI_ANNUAL', 'MINISTRY', 'officer', 'officer', '2023-12-30 14:05:00', 'officer2', '2024-02-01 16:00:00', '2024-02-16 13:00:00', '2025-06-09 11:20:00', 1250.00, '2023-12-23 09:15:00', '2025-06-09 11:20:00'
    UNION ALL SELECT 'AHT-2022-0003', 'Demo — Victim Services Partners Ontario', 'AHT-JSVS', 'Court and crisis support for survivors — Victim Services Partners Ontario', 'Soutien judiciaire et d''urgence aux survivantes et survivants — Victim Services Partners Ontario', 'Court accompaniment, crisis response and a support line for survivors in the justice system.', 'Accompagnement à la cour, intervention d''urgence et ligne de soutien pour les survivantes et survivants dans le système de justice.', 'Survivors supported from first call through court.', 'Des survivantes et survivants soutenus du premier appel jusqu''au tribunal.', 'CONTRIBUTION', 'TERMINATED', 134815.32, '2022-10-01', '2024-09-30', 10.00, 'SEMI_ANNUAL', 'MINISTRY', 'officer', 'officer', '2022-06-30 14:05:00', 'director', '2022-08-02 16:00:00', '2022-08-17 13:00:00', '2023-12-15 15:00:00', 18250.00, '2022-06-23 09:15:00', '2023-12-15 15:00:00'
    UNION ALL SELECT 'AHT-2024-0001', 'Demo — Northern Lights Community Services', 'AHT-CSF', 'Survivor support services — Northern Lights Community Services', 'Services de soutien aux survivantes et survivants — Northern Lights Community Services', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'ACTIVE', 420000.00, '2024-04-01', '2027-03-31', 10.00, 'SEMI_ANNUAL', 'JOINT', 'officer', 'recipient1', '2023-12-30 14:05:00', 'director', '2024-02-01 16:00:00', '2024-02-16 13:00:00', NULL, NULL, '2023-12-23 09:15:00', '2024-02-16 13:00:00'
    UNION ALL SELECT 'AHT-2024-0002', 'Demo — Waban Healing Lodge', 'AHT-ILIF', 'Indigenous-led healing and prevention — Waban Healing Lodge', 'Guérison et prévention dirigées par des Autochtones — Waban Healing Lodge', 'Community-designed healing, cultural programs and prevention led by and for Indigenous people.', 'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.', 'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.', 'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison et de prévention ancrées dans la culture.', 'CONTRIBUTION', 'ACTIVE', 600000.00, '2024-07-01', '2027-03-31', 10.00, 'ANNUAL', 'RECIPIENT', 'officer2', 'officer2', '2024-03-30 14:05:00', 'director', '2024-05-02 16:00:00', '2024-05-17 13:00:00', NULL, NULL, '2024-03-23 09:15:00', '2024-05-17 13:00:00'
    UNION ALL SELECT 'AHT-2025-0001', 'Demo — Centre francophone d''aide aux victimes de l''Est', 'AHT-CSF', 'Survivor support services — Centre francophone d''aide aux victimes de l''Est', 'Services de soutien aux survivantes et survivants — Centre francophone d''aide aux victimes de l''Est', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'ACTIVE', 180000.00, '2025-04-01', '2027-03-31', 10.00, 'QUARTERLY', 'JOINT', 'officer', 'recipient2', '2024-12-29 14:05:00', 'director', '2025-01-31 16:00:00', '2025-02-15 13:00:00', NULL, NULL, '2024-12-22 09:15:00', '2025-02-15 13:00:00'
    UNION ALL SELECT 'AHT-2025-0002', 'Demo — Grand River Indigenous Family Services', 'AHT-ILIF', 'Indigenous-led healing and prevention — Grand River Indigenous Family Services', 'Guérison et prévention dirigées par des Autochtones — Grand River Indigenous Family Services', 'Community-designed healing, cultural programs and prevention led by and for Indigenous people.', 'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.', 'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.', 'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison et de prévention ancrées dans la culture.', 'CONTRIBUTION', 'ACTIVE', 275000.00, '2025-04-01', '2027-03-31', 10.00, 'SEMI_ANNUAL', 'RECIPIENT', 'officer2', 'officer2', '2024-12-29 14:05:00', 'director', '2025-01-31 16:00:00', '2025-02-15 13:00:00', NULL, NULL, '2024-12-22 09:15:00', '2025-02-15 13:00:00'
    UNION ALL SELECT 'AHT-2025-0003', 'Demo — Georgian Shores College', 'AHT-OPC', 'Human trafficking investigation training — Georgian Shores College', 'Formation en enquêtes sur la traite des personnes — Georgian Shores College', 'Human trafficking modules for basic constable training and a specialized investigations course.', 'Modules sur la traite des personnes pour la formation de base des agents et un cours spécialisé en enquêtes.', 'More officers trained to recognize and investigate human trafficking.', 'Davantage de policiers formés pour reconnaître la traite des personnes et enquêter sur celle-ci.', 'GRANT', 'ACTIVE', 98000.00, '2025-10-01', '2026-09-30', 10.00, 'QUARTERLY', 'MINISTRY', 'officer', 'officer', '2025-06-30 14:05:00', 'officer2', '2025-08-02 16:00:00', '2025-08-17 13:00:00', NULL, NULL, '2025-06-23 09:15:00', '2025-08-17 13:00:00'
    UNION ALL SELECT 'AHT-2025-0004', 'Demo — Ottawa Valley Youth Housing Collective', 'AHT-YITW', 'Youth-in-transition workers — Ottawa Valley Youth Housing Collective', 'Intervenants auprès des jeunes en transition — Ottawa Valley Youth Housing Collective', 'Youth-in-transition workers helping youth aged 16 to 24 with life skills and housing.', 'Intervenants auprès des jeunes en transition qui aident les jeunes de 16 à 24 ans à acquérir des compétences de vie et à se loger.', 'Youth at risk move into stable housing.', 'Les jeunes à risque obtiennent un logement stable.', 'CONTRIBUTION', 'ACTIVE', 150000.00, '2025-04-01', '2027-03-31', 10.00, 'SEMI_ANNUAL', 'RECIPIENT', 'officer2', 'officer2', '2024-12-29 14:05:00', 'director', '2025-01-31 16:00:00', '2025-02-15 13:00:00', NULL, NULL, '2024-12-22 09:15:00', '2025-02-15 13:00:00'
    UNION ALL SELECT 'AHT-2025-0005', 'Demo — Escarpment Regional Police Service', 'AHT-CISO', 'Intelligence analyst capacity — Escarpment Regional Police Service', 'Capacité d''analyse du renseignement — Escarpment Regional Police Service', 'An intelligence analyst dedicated to human trafficking networks.', 'Un analyste du renseignement consacré aux réseaux de traite des personnes.', 'Timely intelligence shared with investigators.', 'Des renseignements communiqués en temps utile aux enquêteurs.', 'GRANT', 'ACTIVE', 120000.00, '2025-07-01', '2026-06-30', 10.00, 'SEMI_ANNUAL', 'MINISTRY', 'officer', 'officer', '2025-03-30 14:05:00', 'director', '2025-05-02 16:00:00', '2025-05-17 13:00:00', NULL, NULL, '2025-03-23 09:15:00', '2025-05-17 13:00:00'
    UNION ALL SELECT 'AHT-2025-0006', 'Demo — Lakeshore Survivor Support Network', 'AHT-CSF', 'Survivor support services — Lakeshore Survivor Support Network', 'Services de soutien aux survivantes et survivants — Lakeshore Survivor Support Network', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'ACTIVE', 520000.00, '2025-10-01', '2027-03-31', 10.00, 'QUARTERLY', 'JOINT', 'officer2', 'officer2', '2025-06-30 14:05:00', 'director', '2025-08-02 16:00:00', '2025-08-17 13:00:00', NULL, NULL, '2025-06-23 09:15:00', '2025-08-17 13:00:00'
    UNION ALL SELECT 'AHT-2026-0001', 'Demo — Victim Services Partners Ontario', 'AHT-JSVS', 'Court and crisis support for survivors — Victim Services Partners Ontario', 'Soutien judiciaire et d''urgence aux survivantes et survivants — Victim Services Partners Ontario', 'Court accompaniment, crisis response and a support line for survivors in the justice system.', 'Accompagnement à la cour, intervention d''urgence et ligne de soutien pour les survivantes et survivants dans le système de justice.', 'Survivors supported from first call through court.', 'Des survivantes et survivants soutenus du premier appel jusqu''au tribunal.', 'CONTRIBUTION', 'ACTIVE', 800000.00, '2026-04-01', '2027-03-31', 10.00, 'QUARTERLY', 'MINISTRY', 'officer', 'officer', '2025-12-29 14:05:00', 'director', '2026-01-31 16:00:00', '2026-02-15 13:00:00', NULL, NULL, '2025-12-22 09:15:00', '2026-02-15 13:00:00'
    UNION ALL SELECT 'AHT-2026-0002', 'Demo — Northern Lights Community Services', 'AHT-YITW', 'Youth-in-transition workers — Northern Lights Community Services', 'Intervenants auprès des jeunes en transition — Northern Lights Community Services', 'Youth-in-transition workers helping youth aged 16 to 24 with life skills and housing.', 'Intervenants auprès des jeunes en transition qui aident les jeunes de 16 à 24 ans à acquérir des compétences de vie et à se loger.', 'Youth at risk move into stable housing.', 'Les jeunes à risque obtiennent un logement stable.', 'CONTRIBUTION', 'APPROVED', 60000.00, '2026-12-01', '2027-03-31', 10.00, 'ANNUAL', 'JOINT', 'officer2', 'recipient1', '2026-09-21 14:05:00', 'officer', '2026-10-24 16:00:00', NULL, NULL, NULL, '2026-09-14 09:15:00', '2026-10-24 16:00:00'
    UNION ALL SELECT 'AHT-2026-0003', 'Demo — Waban Healing Lodge', 'AHT-PCO', 'Regional coordination table — Waban Healing Lodge', 'Table de coordination régionale — Waban Healing Lodge', 'A regional table that brings service providers, police and communities together on referral pathways.', 'Une table régionale qui réunit fournisseurs de services, police et collectivités autour des parcours d''aiguillage.', 'Agreed referral pathways across the region.', 'Des parcours d''aiguillage convenus dans toute la région.', 'GRANT', 'APPROVED', 75000.00, '2027-01-01', '2027-03-31', 10.00, 'ANNUAL', 'JOINT', 'officer', 'officer', '2026-10-05 14:05:00', 'officer2', '2026-11-07 16:00:00', NULL, NULL, NULL, '2026-09-28 09:15:00', '2026-11-07 16:00:00'
    UNION ALL SELECT 'AHT-2026-0004', 'Demo — Centre francophone d''aide aux victimes de l''Est', 'AHT-CSF', 'Survivor support services — Centre francophone d''aide aux victimes de l''Est', 'Services de soutien aux survivantes et survivants — Centre francophone d''aide aux victimes de l''Est', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'UNDER_REVIEW', 210000.00, '2027-01-01', '2027-03-31', 10.00, 'QUARTERLY', 'JOINT', 'officer', 'recipient2', '2026-10-12 14:05:00', NULL, NULL, NULL, NULL, NULL, '2026-10-05 09:15:00', '2026-10-15 11:00:00'
    UNION ALL SELECT 'AHT-2026-0005', 'Demo — Grand River Indigenous Family Services', 'AHT-ILIF', 'Indigenous-led healing and prevention — Grand River Indigenous Family Services', 'Guérison et prévention dirigées par des Autochtones — Grand River Indigenous Family Services', 'Community-designed healing, cultural programs and prevention led by and for Indigenous people.', 'Guérison, programmes culturels et prévention conçus par la communauté, dirigés par et pour les Autochtones.', 'Indigenous survivors and youth at risk take part in culturally grounded healing and prevention.', 'Les survivantes et survivants autochtones et les jeunes à risque participent à des activités de guérison et de prévention ancrées dans la culture.', 'CONTRIBUTION', 'SUBMITTED', 140000.00, '2027-01-01', '2027-03-31', 10.00, 'ANNUAL', 'RECIPIENT', 'officer', 'officer', '2026-10-27 14:05:00', NULL, NULL, NULL, NULL, NULL, '2026-10-20 09:15:00', '2026-10-27 14:05:00'
    UNION ALL SELECT 'AHT-2026-0006', 'Demo — Lakeshore Survivor Support Network', 'AHT-CSF', 'Survivor support services — Lakeshore Survivor Support Network', 'Services de soutien aux survivantes et survivants — Lakeshore Survivor Support Network', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'SUBMITTED', 95000.00, '2027-01-01', '2027-03-31', 10.00, 'ANNUAL', 'JOINT', 'officer2', 'officer2', '2026-11-03 14:05:00', NULL, NULL, NULL, NULL, NULL, '2026-10-27 09:15:00', '2026-11-03 14:05:00'
    UNION ALL SELECT 'AHT-2026-0007', 'Demo — Ottawa Valley Youth Housing Collective', 'AHT-CSF', 'Survivor support services — Ottawa Valley Youth Housing Collective', 'Services de soutien aux survivantes et survivants — Ottawa Valley Youth Housing Collective', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'DRAFT', 130000.00, '2027-01-01', '2027-03-31', 10.00, 'ANNUAL', 'RECIPIENT', 'officer2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-02 09:15:00', '2026-11-02 09:15:00'
    UNION ALL SELECT 'AHT-2026-0008', 'Demo — Georgian Shores College', 'AHT-OPC', 'Human trafficking investigation training — Georgian Shores College', 'Formation en enquêtes sur la traite des personnes — Georgian Shores College', 'Human trafficking modules for basic constable training and a specialized investigations course.', 'Modules sur la traite des personnes pour la formation de base des agents et un cours spécialisé en enquêtes.', 'More officers trained to recognize and investigate human trafficking.', 'Davantage de policiers formés pour reconnaître la traite des personnes et enquêter sur celle-ci.', 'GRANT', 'DRAFT', 45000.00, '2027-01-01', '2027-03-31', 10.00, 'ANNUAL', 'MINISTRY', 'officer', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-09 09:15:00', '2026-11-09 09:15:00'
    UNION ALL SELECT 'AHT-2026-0009', 'Demo — Northern Lights Community Services', 'AHT-CSF', 'Survivor support services — Northern Lights Community Services', 'Services de soutien aux survivantes et survivants — Northern Lights Community Services', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'DRAFT', 250000.00, '2027-01-01', '2027-03-31', 10.00, 'QUARTERLY', 'JOINT', 'recipient1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-18 09:15:00', '2026-11-18 09:15:00'
    UNION ALL SELECT 'AHT-2024-0003', 'Demo — Victim Services Partners Ontario', 'AHT-CSF', 'Survivor support services — Victim Services Partners Ontario', 'Services de soutien aux survivantes et survivants — Victim Services Partners Ontario', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'DECLINED', 150000.00, '2024-07-01', '2025-03-31', 10.00, 'SEMI_ANNUAL', 'JOINT', 'officer2', 'officer2', '2024-03-19 14:05:00', NULL, NULL, NULL, NULL, NULL, '2024-03-12 09:15:00', '2024-04-11 15:30:00'
    UNION ALL SELECT 'AHT-2025-0007', 'Demo — Escarpment Regional Police Service', 'AHT-OPP', 'Joint investigations coordination — Escarpment Regional Police Service', 'Coordination des enquêtes conjointes — Escarpment Regional Police Service', 'Coordinates joint human trafficking investigations with neighbouring police services.', 'Coordonne les enquêtes conjointes sur la traite des personnes avec les services de police voisins.', 'More cases identified and investigated jointly.', 'Davantage de cas repérés et faisant l''objet d''enquêtes conjointes.', 'GRANT', 'DECLINED', 400000.00, '2025-07-01', '2026-03-31', 10.00, 'QUARTERLY', 'MINISTRY', 'officer', 'officer', '2025-04-09 14:05:00', NULL, NULL, NULL, NULL, NULL, '2025-04-02 09:15:00', '2025-05-02 15:30:00'
    UNION ALL SELECT 'AHT-2025-0008', 'Demo — Lakehead Outreach Collective', 'AHT-CSF', 'Survivor support services — Lakehead Outreach Collective', 'Services de soutien aux survivantes et survivants — Lakehead Outreach Collective', 'Trauma-informed counselling, emergency and temporary housing and referrals for survivors of human trafficking and people at risk.', 'Counseling tenant compte des traumatismes, hébergement d''urgence et temporaire et aiguillage pour les survivantes et survivants de la traite des personnes et les personnes à risque.', 'More survivors reach safe housing and counselling within days of first contact.', 'Davantage de survivantes et survivants accèdent à un logement sûr et à du counseling dans les jours suivant le premier contact.', 'CONTRIBUTION', 'WITHDRAWN', 90000.00, '2025-10-01', '2026-03-31', 10.00, 'SEMI_ANNUAL', 'JOINT', 'officer2', 'officer2', '2025-06-23 14:05:00', NULL, NULL, NULL, NULL, NULL, '2025-06-16 09:15:00', '2025-07-06 10:45:00'
) g
JOIN recipient r ON r.legal_name = g.legal_name AND r.demo = TRUE
JOIN fund f ON f.code = g.fund_code
JOIN app_user cb ON cb.username = g.created_by
LEFT JOIN app_user sb ON sb.username = g.submitted_by
LEFT JOIN app_user ab ON ab.username = g.approved_by;

-- Approved budget by expense category; the items of each grant add up to its total.
INSERT INTO grant_budget_item (grant_id, expense_category_id, amount)
SELECT g.id, ec.id, b.amount
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 'SALARIES_BENEFITS' AS category_code, 108000.00 AS amount
    UNION ALL SELECT 'AHT-2020-0001', 'EMERGENCY_HOUSING', 60000.00
    UNION ALL SELECT 'AHT-2020-0001', 'COUNSELLING', 48000.00
    UNION ALL SELECT 'AHT-2020-0001', 'ADMINISTRATION', 24000.00
    UNION ALL SELECT 'AHT-2020-0002', 'SALARIES_BENEFITS', 180000.00
    UNION ALL SELECT 'AHT-2020-0002', 'CULTURAL_PROGRAMS', 112500.00
    UNION ALL SELECT 'AHT-2020-0002', 'HEALING', 90000.00
    UNION ALL SELECT 'AHT-2020-0002', 'LEADERSHIP', 22500.00
    UNION ALL SELECT 'AHT-2020-0002', 'ADMINISTRATION', 45000.00
    UNION ALL SELECT 'AHT-2021-0001', 'TRAINING', 72250.00
    UNION ALL SELECT 'AHT-2021-0001', 'ADMINISTRATION', 12750.00
    UNION ALL SELECT 'AHT-2021-0002', 'SALARIES_BENEFITS', 162000.00
    UNION ALL SELECT 'AHT-2021-0002', 'EMERGENCY_HOUSING', 90000.00
    UNION ALL SELECT 'AHT-2021-0002', 'COUNSELLING', 72000.00
    UNION ALL SELECT 'AHT-2021-0002', 'ADMINISTRATION', 36000.00
    UNION ALL SELECT 'AHT-2022-0001', 'SALARIES_BENEFITS', 84000.00
    UNION ALL SELECT 'AHT-2022-0001', 'YOUTH_LIFE_SKILLS', 42000.00
    UNION ALL SELECT 'AHT-2022-0001', 'ADMINISTRATION', 14000.00
    UNION ALL SELECT 'AHT-2022-0002', 'SALARIES_BENEFITS', 76000.00
    UNION ALL SELECT 'AHT-2022-0002', 'TRAINING', 9500.00
    UNION ALL SELECT 'AHT-2022-0002', 'ADMINISTRATION', 9500.00
    UNION ALL SELECT 'AHT-2023-0001', 'SALARIES_BENEFITS', 72000.00
    UNION ALL SELECT 'AHT-2023-0001', 'EMERGENCY_HOUSING', 40000.00
    UNION ALL SELECT 'AHT-2023-0001', 'COUNSELLING', 32000.00
    UNION ALL SELECT 'AHT-2023-0001', 'ADMINISTRATION', 16000.00
    UNION ALL SELECT 'AHT-2023-0002', 'SALARIES_BENEFITS', 120000.00
    UNION ALL SELECT 'AHT-2023-0002', 'CULTURAL_PROGRAMS', 75000.00
    UNION ALL SELECT 'AHT-2023-0002', 'HEALING', 60000.00
    UNION ALL SELECT 'AHT-2023-0002', 'LEADERSHIP', 15000.00
    UNION ALL SELECT 'AHT-2023-0002', 'ADMINISTRATION', 30000.00
    UNION ALL SELECT 'AHT-2024-0004', 'SALARIES_BENEFITS', 79600.00
    UNION ALL SELECT 'AHT-2024-0004', 'TRAINING', 9950.00
    UNION ALL SELECT 'AHT-2024-0004', 'ADMINISTRATION', 9950.00
    UNION ALL SELECT 'AHT-2022-0003', 'SALARIES_BENEFITS', 67407.66
    UNION ALL SELECT 'AHT-2022-0003', 'IMMEDIATE_SUPPORTS', 33703.83
    UNION ALL SELECT 'AHT-2022-0003', 'COUNSELLING', 20222.30
    UNION ALL SELECT 'AHT-2022-0003', 'ADMINISTRATION', 13481.53
    UNION ALL SELECT 'AHT-2024-0001', 'SALARIES_BENEFITS', 189000.00
    UNION ALL SELECT 'AHT-2024-0001', 'EMERGENCY_HOUSING', 105000.00
    UNION ALL SELECT 'AHT-2024-0001', 'COUNSELLING', 84000.00
    UNION ALL SELECT 'AHT-2024-0001', 'ADMINISTRATION', 42000.00
    UNION ALL SELECT 'AHT-2024-0002', 'SALARIES_BENEFITS', 240000.00
    UNION ALL SELECT 'AHT-2024-0002', 'CULTURAL_PROGRAMS', 150000.00
    UNION ALL SELECT 'AHT-2024-0002', 'HEALING', 120000.00
    UNION ALL SELECT 'AHT-2024-0002', 'LEADERSHIP', 30000.00
    UNION ALL SELECT 'AHT-2024-0002', 'ADMINISTRATION', 60000.00
    UNION ALL SELECT 'AHT-2025-0001', 'SALARIES_BENEFITS', 81000.00
    UNION ALL SELECT 'AHT-2025-0001', 'EMERGENCY_HOUSING', 45000.00
    UNION ALL SELECT 'AHT-2025-0001', 'COUNSELLING', 36000.00
    UNION ALL SELECT 'AHT-2025-0001', 'ADMINISTRATION', 18000.00
    UNION ALL SELECT 'AHT-2025-0002', 'SALARIES_BENEFITS', 110000.00
    UNION ALL SELECT 'AHT-2025-0002', 'CULTURAL_PROGRAMS', 68750.00
    UNION ALL SELECT 'AHT-2025-0002', 'HEALING', 55000.00
    UNION ALL SELECT 'AHT-2025-0002', 'LEADERSHIP', 13750.00
    UNION ALL SELECT 'AHT-2025-0002', 'ADMINISTRATION', 27500.00
    UNION ALL SELECT 'AHT-2025-0003', 'TRAINING', 83300.00
    UNION ALL SELECT 'AHT-2025-0003', 'ADMINISTRATION', 14700.00
    UNION ALL SELECT 'AHT-2025-0004', 'SALARIES_BENEFITS', 90000.00
    UNION ALL SELECT 'AHT-2025-0004', 'YOUTH_LIFE_SKILLS', 45000.00
    UNION ALL SELECT 'AHT-2025-0004', 'ADMINISTRATION', 15000.00
    UNION ALL SELECT 'AHT-2025-0005', 'SALARIES_BENEFITS', 102000.00
    UNION ALL SELECT 'AHT-2025-0005', 'TRAINING', 6000.00
    UNION ALL SELECT 'AHT-2025-0005', 'ADMINISTRATION', 12000.00
    UNION ALL SELECT 'AHT-2025-0006', 'SALARIES_BENEFITS', 234000.00
    UNION ALL SELECT 'AHT-2025-0006', 'EMERGENCY_HOUSING', 130000.00
    UNION ALL SELECT 'AHT-2025-0006', 'COUNSELLING', 104000.00
    UNION ALL SELECT 'AHT-2025-0006', 'ADMINISTRATION', 52000.00
    UNION ALL SELECT 'AHT-2026-0001', 'SALARIES_BENEFITS', 400000.00
    UNION ALL SELECT 'AHT-2026-0001', 'IMMEDIATE_SUPPORTS', 200000.00
    UNION ALL SELECT 'AHT-2026-0001', 'COUNSELLING', 120000.00
    UNION ALL SELECT 'AHT-2026-0001', 'ADMINISTRATION', 80000.00
    UNION ALL SELECT 'AHT-2026-0002', 'SALARIES_BENEFITS', 36000.00
    UNION ALL SELECT 'AHT-2026-0002', 'YOUTH_LIFE_SKILLS', 18000.00
    UNION ALL SELECT 'AHT-2026-0002', 'ADMINISTRATION', 6000.00
    UNION ALL SELECT 'AHT-2026-0003', 'SALARIES_BENEFITS', 52500.00
    UNION ALL SELECT 'AHT-2026-0003', 'LEADERSHIP', 15000.00
    UNION ALL SELECT 'AHT-2026-0003', 'ADMINISTRATION', 7500.00
    UNION ALL SELECT 'AHT-2026-0004', 'SALARIES_BENEFITS', 94500.00
    UNION ALL SELECT 'AHT-2026-0004', 'EMERGENCY_HOUSING', 52500.00
    UNION ALL SELECT 'AHT-2026-0004', 'COUNSELLING', 42000.00
    UNION ALL SELECT 'AHT-2026-0004', 'ADMINISTRATION', 21000.00
    UNION ALL SELECT 'AHT-2026-0005', 'SALARIES_BENEFITS', 56000.00
    UNION ALL SELECT 'AHT-2026-0005', 'CULTURAL_PROGRAMS', 35000.00
    UNION ALL SELECT 'AHT-2026-0005', 'HEALING', 28000.00
    UNION ALL SELECT 'AHT-2026-0005', 'LEADERSHIP', 7000.00
    UNION ALL SELECT 'AHT-2026-0005', 'ADMINISTRATION', 14000.00
    UNION ALL SELECT 'AHT-2026-0006', 'SALARIES_BENEFITS', 42750.00
    UNION ALL SELECT 'AHT-2026-0006', 'EMERGENCY_HOUSING', 23750.00
    UNION ALL SELECT 'AHT-2026-0006', 'COUNSELLING', 19000.00
    UNION ALL SELECT 'AHT-2026-0006', 'ADMINISTRATION', 9500.00
    UNION ALL SELECT 'AHT-2026-0007', 'SALARIES_BENEFITS', 58500.00
    UNION ALL SELECT 'AHT-2026-0007', 'EMERGENCY_HOUSING', 32500.00
    UNION ALL SELECT 'AHT-2026-0007', 'COUNSELLING', 26000.00
    UNION ALL SELECT 'AHT-2026-0007', 'ADMINISTRATION', 13000.00
    UNION ALL SELECT 'AHT-2026-0008', 'TRAINING', 38250.00
    UNION ALL SELECT 'AHT-2026-0008', 'ADMINISTRATION', 6750.00
    UNION ALL SELECT 'AHT-2026-0009', 'SALARIES_BENEFITS', 112500.00
    UNION ALL SELECT 'AHT-2026-0009', 'EMERGENCY_HOUSING', 62500.00
    UNION ALL SELECT 'AHT-2026-0009', 'COUNSELLING', 50000.00
    UNION ALL SELECT 'AHT-2026-0009', 'ADMINISTRATION', 25000.00
    UNION ALL SELECT 'AHT-2024-0003', 'SALARIES_BENEFITS', 67500.00
    UNION ALL SELECT 'AHT-2024-0003', 'EMERGENCY_HOUSING', 37500.00
    UNION ALL SELECT 'AHT-2024-0003', 'COUNSELLING', 30000.00
    UNION ALL SELECT 'AHT-2024-0003', 'ADMINISTRATION', 15000.00
    UNION ALL SELECT 'AHT-2025-0007', 'SALARIES_BENEFITS', 320000.00
    UNION ALL SELECT 'AHT-2025-0007', 'TRAINING', 40000.00
    UNION ALL SELECT 'AHT-2025-0007', 'ADMINISTRATION', 40000.00
    UNION ALL SELECT 'AHT-2025-0008', 'SALARIES_BENEFITS', 40500.00
    UNION ALL SELECT 'AHT-2025-0008', 'EMERGENCY_HOUSING', 22500.00
    UNION ALL SELECT 'AHT-2025-0008', 'COUNSELLING', 18000.00
    UNION ALL SELECT 'AHT-2025-0008', 'ADMINISTRATION', 9000.00
) b
JOIN grant_agreement g ON g.reference_number = b.reference_number
JOIN expense_category ec ON ec.code = b.category_code;

-- Each fiscal year's share, on that year's budget line of the grant's fund.
INSERT INTO grant_year_allocation (grant_id, budget_line_id, amount)
SELECT g.id, bl.id, a.amount
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, 2020 AS start_year, 81073.97 AS amount
    UNION ALL SELECT 'AHT-2020-0001', 2021, 108000.00
    UNION ALL SELECT 'AHT-2020-0001', 2022, 50926.03
    UNION ALL SELECT 'AHT-2020-0002', 2020, 80822.37
    UNION ALL SELECT 'AHT-2020-0002', 2021, 162088.82
    UNION ALL SELECT 'AHT-2020-0002', 2022, 207088.81
    UNION ALL SELECT 'AHT-2021-0001', 2021, 85000.00
    UNION ALL SELECT 'AHT-2021-0002', 2021, 107901.46
    UNION ALL SELECT 'AHT-2021-0002', 2022, 107901.46
    UNION ALL SELECT 'AHT-2021-0002', 2023, 144197.08
    UNION ALL SELECT 'AHT-2022-0001', 2022, 62913.82
    UNION ALL SELECT 'AHT-2022-0001', 2023, 77086.18
    UNION ALL SELECT 'AHT-2022-0002', 2022, 64183.55
    UNION ALL SELECT 'AHT-2022-0002', 2023, 30816.45
    UNION ALL SELECT 'AHT-2023-0001', 2023, 72098.50
    UNION ALL SELECT 'AHT-2023-0001', 2024, 87901.50
    UNION ALL SELECT 'AHT-2023-0002', 2023, 135184.68
    UNION ALL SELECT 'AHT-2023-0002', 2024, 164815.32
    UNION ALL SELECT 'AHT-2024-0004', 2024, 99500.00
    UNION ALL SELECT 'AHT-2022-0003', 2022, 67222.98
    UNION ALL SELECT 'AHT-2022-0003', 2023, 67592.34
    UNION ALL SELECT 'AHT-2024-0001', 2024, 126000.00
    UNION ALL SELECT 'AHT-2024-0001', 2025, 126000.00
    UNION ALL SELECT 'AHT-2024-0001', 2026, 168000.00
    UNION ALL SELECT 'AHT-2024-0002', 2024, 147370.52
    UNION ALL SELECT 'AHT-2024-0002', 2025, 196314.74
    UNION ALL SELECT 'AHT-2024-0002', 2026, 256314.74
    UNION ALL SELECT 'AHT-2025-0001', 2025, 81000.00
    UNION ALL SELECT 'AHT-2025-0001', 2026, 99000.00
    UNION ALL SELECT 'AHT-2025-0002', 2025, 123750.00
    UNION ALL SELECT 'AHT-2025-0002', 2026, 151250.00
    UNION ALL SELECT 'AHT-2025-0003', 2025, 43979.18
    UNION ALL SELECT 'AHT-2025-0003', 2026, 54020.82
    UNION ALL SELECT 'AHT-2025-0004', 2025, 67500.00
    UNION ALL SELECT 'AHT-2025-0004', 2026, 82500.00
    UNION ALL SELECT 'AHT-2025-0005', 2025, 81073.97
    UNION ALL SELECT 'AHT-2025-0005', 2026, 38926.03
    UNION ALL SELECT 'AHT-2025-0006', 2025, 155714.81
    UNION ALL SELECT 'AHT-2025-0006', 2026, 364285.19
    UNION ALL SELECT 'AHT-2026-0001', 2026, 800000.00
    UNION ALL SELECT 'AHT-2026-0002', 2026, 60000.00
    UNION ALL SELECT 'AHT-2026-0003', 2026, 75000.00
    UNION ALL SELECT 'AHT-2026-0004', 2026, 210000.00
    UNION ALL SELECT 'AHT-2026-0005', 2026, 140000.00
    UNION ALL SELECT 'AHT-2026-0006', 2026, 95000.00
    UNION ALL SELECT 'AHT-2026-0007', 2026, 130000.00
    UNION ALL SELECT 'AHT-2026-0008', 2026, 45000.00
    UNION ALL SELECT 'AHT-2026-0009', 2026, 250000.00
    UNION ALL SELECT 'AHT-2024-0003', 2024, 150000.00
    UNION ALL SELECT 'AHT-2025-0007', 2025, 400000.00
    UNION ALL SELECT 'AHT-2025-0008', 2025, 90000.00
) a
JOIN grant_agreement g ON g.reference_number = a.reference_number
JOIN fiscal_year fy ON fy.start_year = a.start_year
JOIN budget_line bl ON bl.fund_id = g.fund_id AND bl.fiscal_year_id = fy.id;

INSERT INTO grant_status_change (grant_id, from_status, to_status, changed_by_id, changed_at, reason)
SELECT g.id, c.from_status, c.to_status, u.id, c.changed_at, c.reason
FROM (
    SELECT 'AHT-2020-0001' AS reference_number, NULL AS from_status, 'DRAFT' AS to_status, 'officer' AS changed_by, '2020-03-23 09:15:00' AS changed_at, NULL AS reason
    UNION ALL SELECT 'AHT-2020-0001', 'DRAFT', 'SUBMITTED', 'recipient1', '2020-03-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2020-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2020-04-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2020-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2020-05-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2020-0001', 'APPROVED', 'ACTIVE', 'officer', '2020-05-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2020-0001', 'ACTIVE', 'CLOSED', 'officer', '2022-09-15 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2020-0002', NULL, 'DRAFT', 'officer2', '2020-06-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2020-0002', 'DRAFT', 'SUBMITTED', 'officer2', '2020-06-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2020-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2020-07-03 11:00:00', NULL
    UNION ALL SELECT 'AHT-2020-0002', 'UNDER_REVIEW', 'APPROVED', 'director', '2020-08-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2020-0002', 'APPROVED', 'ACTIVE', 'officer2', '2020-08-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2020-0002', 'ACTIVE', 'CLOSED', 'officer2', '2023-06-07 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2021-0001', NULL, 'DRAFT', 'officer', '2020-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2021-0001', 'DRAFT', 'SUBMITTED', 'officer', '2020-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2021-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2021-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2021-0001', 'UNDER_REVIEW', 'APPROVED', 'officer2', '2021-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2021-0001', 'APPROVED', 'ACTIVE', 'officer', '2021-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2021-0001', 'ACTIVE', 'CLOSED', 'officer', '2022-06-16 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2021-0002', NULL, 'DRAFT', 'officer', '2020-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2021-0002', 'DRAFT', 'SUBMITTED', 'officer', '2020-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2021-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2021-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2021-0002', 'UNDER_REVIEW', 'APPROVED', 'director', '2021-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2021-0002', 'APPROVED', 'ACTIVE', 'officer', '2021-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2021-0002', 'ACTIVE', 'CLOSED', 'officer', '2024-06-15 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2022-0001', NULL, 'DRAFT', 'officer2', '2021-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2022-0001', 'DRAFT', 'SUBMITTED', 'officer2', '2021-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2022-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2022-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2022-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0001', 'APPROVED', 'ACTIVE', 'officer2', '2022-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2022-0001', 'ACTIVE', 'CLOSED', 'officer2', '2024-06-13 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2022-0002', NULL, 'DRAFT', 'officer', '2022-03-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2022-0002', 'DRAFT', 'SUBMITTED', 'officer', '2022-03-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2022-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2022-04-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0002', 'UNDER_REVIEW', 'APPROVED', 'officer2', '2022-05-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0002', 'APPROVED', 'ACTIVE', 'officer', '2022-05-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2022-0002', 'ACTIVE', 'CLOSED', 'officer', '2023-09-18 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2023-0001', NULL, 'DRAFT', 'officer2', '2022-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2023-0001', 'DRAFT', 'SUBMITTED', 'recipient2', '2022-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2023-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2023-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2023-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2023-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2023-0001', 'APPROVED', 'ACTIVE', 'officer2', '2023-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2023-0001', 'ACTIVE', 'CLOSED', 'officer2', '2025-06-16 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2023-0002', NULL, 'DRAFT', 'officer', '2022-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2023-0002', 'DRAFT', 'SUBMITTED', 'officer', '2022-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2023-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2023-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2023-0002', 'UNDER_REVIEW', 'APPROVED', 'director', '2023-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2023-0002', 'APPROVED', 'ACTIVE', 'officer', '2023-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2023-0002', 'ACTIVE', 'CLOSED', 'officer', '2025-06-13 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2024-0004', NULL, 'DRAFT', 'officer', '2023-12-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2024-0004', 'DRAFT', 'SUBMITTED', 'officer', '2023-12-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2024-0004', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2024-01-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0004', 'UNDER_REVIEW', 'APPROVED', 'officer2', '2024-02-01 16:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0004', 'APPROVED', 'ACTIVE', 'officer', '2024-02-16 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2024-0004', 'ACTIVE', 'CLOSED', 'officer', '2025-06-09 11:20:00', 'Final report accepted and holdback paid.'
    UNION ALL SELECT 'AHT-2022-0003', NULL, 'DRAFT', 'officer', '2022-06-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2022-0003', 'DRAFT', 'SUBMITTED', 'officer', '2022-06-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2022-0003', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2022-07-03 11:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0003', 'UNDER_REVIEW', 'APPROVED', 'director', '2022-08-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2022-0003', 'APPROVED', 'ACTIVE', 'officer', '2022-08-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2022-0003', 'ACTIVE', 'TERMINATED', 'director', '2023-12-15 15:00:00', 'Terminated for default: no progress report received for two periods after written notice.'
    UNION ALL SELECT 'AHT-2024-0001', NULL, 'DRAFT', 'officer', '2023-12-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2024-0001', 'DRAFT', 'SUBMITTED', 'recipient1', '2023-12-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2024-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2024-01-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2024-02-01 16:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0001', 'APPROVED', 'ACTIVE', 'officer', '2024-02-16 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2024-0002', NULL, 'DRAFT', 'officer2', '2024-03-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2024-0002', 'DRAFT', 'SUBMITTED', 'officer2', '2024-03-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2024-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2024-04-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0002', 'UNDER_REVIEW', 'APPROVED', 'director', '2024-05-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0002', 'APPROVED', 'ACTIVE', 'officer2', '2024-05-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0001', NULL, 'DRAFT', 'officer', '2024-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0001', 'DRAFT', 'SUBMITTED', 'recipient2', '2024-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2025-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2025-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0001', 'APPROVED', 'ACTIVE', 'officer', '2025-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0002', NULL, 'DRAFT', 'officer2', '2024-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0002', 'DRAFT', 'SUBMITTED', 'officer2', '2024-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2025-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0002', 'UNDER_REVIEW', 'APPROVED', 'director', '2025-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0002', 'APPROVED', 'ACTIVE', 'officer2', '2025-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0003', NULL, 'DRAFT', 'officer', '2025-06-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0003', 'DRAFT', 'SUBMITTED', 'officer', '2025-06-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0003', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2025-07-03 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0003', 'UNDER_REVIEW', 'APPROVED', 'officer2', '2025-08-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0003', 'APPROVED', 'ACTIVE', 'officer', '2025-08-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0004', NULL, 'DRAFT', 'officer2', '2024-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0004', 'DRAFT', 'SUBMITTED', 'officer2', '2024-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0004', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2025-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0004', 'UNDER_REVIEW', 'APPROVED', 'director', '2025-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0004', 'APPROVED', 'ACTIVE', 'officer2', '2025-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0005', NULL, 'DRAFT', 'officer', '2025-03-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0005', 'DRAFT', 'SUBMITTED', 'officer', '2025-03-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0005', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2025-04-02 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0005', 'UNDER_REVIEW', 'APPROVED', 'director', '2025-05-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0005', 'APPROVED', 'ACTIVE', 'officer', '2025-05-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2025-0006', NULL, 'DRAFT', 'officer2', '2025-06-23 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0006', 'DRAFT', 'SUBMITTED', 'officer2', '2025-06-30 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0006', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2025-07-03 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0006', 'UNDER_REVIEW', 'APPROVED', 'director', '2025-08-02 16:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0006', 'APPROVED', 'ACTIVE', 'officer2', '2025-08-17 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2026-0001', NULL, 'DRAFT', 'officer', '2025-12-22 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0001', 'DRAFT', 'SUBMITTED', 'officer', '2025-12-29 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0001', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2026-01-01 11:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0001', 'UNDER_REVIEW', 'APPROVED', 'director', '2026-01-31 16:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0001', 'APPROVED', 'ACTIVE', 'officer', '2026-02-15 13:00:00', 'Agreement signed by both parties.'
    UNION ALL SELECT 'AHT-2026-0002', NULL, 'DRAFT', 'officer2', '2026-09-14 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0002', 'DRAFT', 'SUBMITTED', 'recipient1', '2026-09-21 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0002', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2026-09-24 11:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0002', 'UNDER_REVIEW', 'APPROVED', 'officer', '2026-10-24 16:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0003', NULL, 'DRAFT', 'officer', '2026-09-28 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0003', 'DRAFT', 'SUBMITTED', 'officer', '2026-10-05 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0003', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2026-10-08 11:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0003', 'UNDER_REVIEW', 'APPROVED', 'officer2', '2026-11-07 16:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0004', NULL, 'DRAFT', 'officer', '2026-10-05 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0004', 'DRAFT', 'SUBMITTED', 'recipient2', '2026-10-12 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0004', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2026-10-15 11:00:00', NULL
    UNION ALL SELECT 'AHT-2026-0005', NULL, 'DRAFT', 'officer', '2026-10-20 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0005', 'DRAFT', 'SUBMITTED', 'officer', '2026-10-27 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0006', NULL, 'DRAFT', 'officer2', '2026-10-27 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0006', 'DRAFT', 'SUBMITTED', 'officer2', '2026-11-03 14:05:00', NULL
    UNION ALL SELECT 'AHT-2026-0007', NULL, 'DRAFT', 'officer2', '2026-11-02 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0008', NULL, 'DRAFT', 'officer', '2026-11-09 09:15:00', NULL
    UNION ALL SELECT 'AHT-2026-0009', NULL, 'DRAFT', 'recipient1', '2026-11-18 09:15:00', NULL
    UNION ALL SELECT 'AHT-2024-0003', NULL, 'DRAFT', 'officer2', '2024-03-12 09:15:00', NULL
    UNION ALL SELECT 'AHT-2024-0003', 'DRAFT', 'SUBMITTED', 'officer2', '2024-03-19 14:05:00', NULL
    UNION ALL SELECT 'AHT-2024-0003', 'SUBMITTED', 'UNDER_REVIEW', 'officer', '2024-03-22 11:00:00', NULL
    UNION ALL SELECT 'AHT-2024-0003', 'UNDER_REVIEW', 'DECLINED', 'director', '2024-04-11 15:30:00', 'Recipient risk rating is HIGH and the 2022-23 agreement was terminated for non-reporting.'
    UNION ALL SELECT 'AHT-2025-0007', NULL, 'DRAFT', 'officer', '2025-04-02 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0007', 'DRAFT', 'SUBMITTED', 'officer', '2025-04-09 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0007', 'SUBMITTED', 'UNDER_REVIEW', 'officer2', '2025-04-12 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0007', 'UNDER_REVIEW', 'DECLINED', 'director', '2025-05-02 15:30:00', 'Duplicates work already funded through the OPP coordination team.'
    UNION ALL SELECT 'AHT-2025-0008', NULL, 'DRAFT', 'officer2', '2025-06-16 09:15:00', NULL
    UNION ALL SELECT 'AHT-2025-0008', 'DRAFT', 'SUBMITTED', 'officer2', '2025-06-23 14:05:00', NULL
    UNION ALL SELECT 'AHT-2025-0008', 'SUBMITTED', 'WITHDRAWN', 'officer2', '2025-07-06 10:45:00', 'Recipient withdrew the application: the collective is winding down.'
) c
JOIN grant_agreement g ON g.reference_number = c.reference_number
JOIN app_user u ON u.username = c.changed_by;

-- Amendments keep old and new values; only APPROVED ones changed the grant rows above.
INSERT INTO amendment (grant_id, amendment_no, amendment_type, status, description, reason, old_total_amount,
                       new_total_amount, old_end_date, new_end_date, requested_by_id, requested_at,
                       decided_by_id, decided_at, decision_comment)
SELECT g.id, a.amendment_no, a.amendment_type, a.status, a.description, a.reason, a.old_total_amount,
       a.new_total_amount, a.old_end_date, a.new_end_date, rb.id, a.requested_at,
       db.id, a.decided_at, a.decision_comment
FROM (
    SELECT 'AHT-2024-0002' AS reference_number, 1 AS amendment_no, 'AMOUNT' AS amendment_type, 'APPROVED' AS status, 'Increase the contribution to add a second healing circle in Sioux Lookout.' AS description, 'Waiting list for the healing program doubled in 2024-25.' AS reason, 500000.00 AS old_total_amount, 600000.00 AS new_total_amount, NULL AS old_end_date, NULL AS new_end_date, 'officer2' AS requested_by, '2025-05-20 10:00:00' AS requested_at, 'director' AS decided_by, '2025-06-03 15:00:00' AS decided_at, 'Within the fund''s 2025-26 and 2026-27 room.' AS decision_comment
    UNION ALL SELECT 'AHT-2024-0001', 1, 'SCHEDULE', 'APPROVED', 'Align instalment due dates with the ministry''s payment runs.', 'Administrative alignment; no change to amounts.', NULL, NULL, NULL, NULL, 'officer2', '2024-09-02 09:30:00', 'officer', '2024-09-05 11:00:00', NULL
    UNION ALL SELECT 'AHT-2025-0006', 1, 'SCOPE', 'DECLINED', 'Add a drop-in centre in Mississauga.', 'Recipient asked to extend services west of Toronto.', NULL, NULL, NULL, NULL, 'officer2', '2026-02-10 14:00:00', 'director', '2026-02-24 10:00:00', 'Outside the agreement''s service area; apply to the next intake instead.'
    UNION ALL SELECT 'AHT-2025-0002', 1, 'TERM', 'PROPOSED', 'Extend the agreement by six months to finish the land-based program.', 'Program start was delayed by the 2025 wildfire evacuations.', NULL, NULL, '2027-03-31', '2027-09-30', 'officer2', '2026-11-16 13:00:00', NULL, NULL, NULL
    UNION ALL SELECT 'AHT-2022-0003', 1, 'TERMINATION', 'APPROVED', 'Terminate the agreement; cancel instalments not yet paid.', 'No progress report received for two periods after written notice.', 300000.00, 134815.32, '2024-09-30', '2023-12-15', 'officer', '2023-12-05 10:00:00', 'director', '2023-12-15 14:30:00', 'Recover unspent funds per the final expense statement.'
) a
JOIN grant_agreement g ON g.reference_number = a.reference_number
JOIN app_user rb ON rb.username = a.requested_by
LEFT JOIN app_user db ON db.username = a.decided_by;
