-- Indicator catalogue, after the indicators the Canadian Human Trafficking Hotline evaluation
-- measured. Baselines are that hotline's 2019-20 figures where the evaluation gives one.
-- counts_people marks counts about survivors and clients, whose small values are suppressed
-- in anything published.

INSERT INTO indicator (code, name_en, name_fr, description_en, description_fr, unit, measure_type,
                       direction, aggregatable, counts_people, baseline_value, baseline_year)
VALUES
    ('PEOPLE_SERVED', 'People served', 'Personnes servies',
     'Distinct people who received a funded service in the period.',
     'Personnes distinctes ayant reçu un service financé pendant la période.',
     'count', 'COUNT', 'UP', TRUE, TRUE, NULL, NULL),
    ('REFERRALS', 'Referrals to partner services', 'Aiguillages vers des services partenaires',
     'Referrals of people to partner service providers. Baseline: Canadian Human Trafficking Hotline, 2019-20.',
     'Aiguillages de personnes vers des fournisseurs de services partenaires. Référence : Ligne d''urgence canadienne contre la traite des personnes, 2019-2020.',
     'count', 'COUNT', 'UP', TRUE, TRUE, 258.0000, 2019),
    ('CASES_IDENTIFIED', 'Trafficking cases identified', 'Cas de traite des personnes repérés',
     'Situations identified as human trafficking. More identified cases can mean the strategy works, so the direction is read in context. Baseline: Canadian Human Trafficking Hotline, 2019-20.',
     'Situations reconnues comme de la traite des personnes. Une hausse peut signifier que la stratégie fonctionne; la tendance s''interprète donc selon le contexte. Référence : Ligne d''urgence canadienne contre la traite des personnes, 2019-2020.',
     'count', 'COUNT', 'CONTEXT', TRUE, TRUE, 235.0000, 2019),
    ('INCOMING_SIGNALS', 'Incoming signals', 'Signalements reçus',
     'Calls, chats, e-mails and web forms received.',
     'Appels, clavardages, courriels et formulaires Web reçus.',
     'count', 'COUNT', 'UP', TRUE, FALSE, NULL, NULL),
    ('AVG_WAIT_PHONE', 'Average wait, phone', 'Temps d''attente moyen, téléphone',
     'Average time before a phone contact is answered.',
     'Temps moyen avant qu''un appel téléphonique reçoive une réponse.',
     'seconds', 'DURATION', 'DOWN', FALSE, FALSE, NULL, NULL),
    ('AVG_WAIT_CHAT', 'Average wait, chat', 'Temps d''attente moyen, clavardage',
     'Average time before a chat contact is answered.',
     'Temps moyen avant qu''une séance de clavardage reçoive une réponse.',
     'seconds', 'DURATION', 'DOWN', FALSE, FALSE, NULL, NULL),
    ('AVG_CONTACT_LENGTH_PHONE', 'Average contact length, phone', 'Durée moyenne des contacts, téléphone',
     'Average length of a phone contact; longer is not simply better or worse.',
     'Durée moyenne d''un contact téléphonique; plus long n''est ni simplement mieux ni pire.',
     'minutes', 'DURATION', 'CONTEXT', FALSE, FALSE, NULL, NULL),
    ('AVG_CONTACT_LENGTH_CHAT', 'Average contact length, chat', 'Durée moyenne des contacts, clavardage',
     'Average length of a chat contact; longer is not simply better or worse.',
     'Durée moyenne d''une séance de clavardage; plus long n''est ni simplement mieux ni pire.',
     'minutes', 'DURATION', 'CONTEXT', FALSE, FALSE, NULL, NULL),
    ('UNANSWERED_PHONE_PCT', 'Unanswered contacts, phone', 'Contacts sans réponse, téléphone',
     'Share of phone contacts not answered.',
     'Proportion des appels téléphoniques restés sans réponse.',
     'percent', 'PERCENT', 'DOWN', FALSE, FALSE, NULL, NULL),
    ('UNANSWERED_CHAT_PCT', 'Unanswered contacts, chat', 'Contacts sans réponse, clavardage',
     'Share of chat contacts not answered.',
     'Proportion des séances de clavardage restées sans réponse.',
     'percent', 'PERCENT', 'DOWN', FALSE, FALSE, NULL, NULL),
    ('PARTNER_PROVIDERS', 'Partner service providers', 'Fournisseurs de services partenaires',
     'Service providers the recipient refers to at period end. Not summed: recipients share partners.',
     'Fournisseurs de services vers lesquels le bénéficiaire oriente les personnes à la fin de la période. Non additionné : les bénéficiaires ont des partenaires communs.',
     'count', 'COUNT', 'UP', FALSE, FALSE, NULL, NULL),
    ('LAW_ENFORCEMENT_PARTNERS', 'Law-enforcement partners', 'Partenaires d''application de la loi',
     'Police services and other law-enforcement agencies the recipient works with at period end. Not summed: recipients share partners.',
     'Services de police et autres organismes d''application de la loi avec lesquels le bénéficiaire collabore à la fin de la période. Non additionné : les bénéficiaires ont des partenaires communs.',
     'count', 'COUNT', 'UP', FALSE, FALSE, NULL, NULL),
    ('TIPS_TO_POLICE', 'Tips passed to police', 'Renseignements transmis à la police',
     'Tips passed to law enforcement, with consent where required.',
     'Renseignements transmis aux forces de l''ordre, avec consentement lorsque requis.',
     'count', 'COUNT', 'UP', TRUE, FALSE, NULL, NULL),
    ('MEDIA_STORIES', 'Media stories', 'Reportages dans les médias',
     'Media stories about the funded service or human trafficking it generated. Baseline: Canadian Human Trafficking Hotline, 2019-20.',
     'Reportages dans les médias sur le service financé ou sur la traite des personnes qu''il a suscités. Référence : Ligne d''urgence canadienne contre la traite des personnes, 2019-2020.',
     'count', 'COUNT', 'UP', TRUE, FALSE, 762.0000, 2019),
    ('OFFICERS_TRAINED', 'Police officers trained', 'Policiers formés',
     'Officers who completed human trafficking training (basic constable or specialized investigations course).',
     'Policiers ayant terminé une formation sur la traite des personnes (formation de base des agents ou cours spécialisé en enquêtes).',
     'count', 'COUNT', 'UP', TRUE, FALSE, NULL, NULL),
    ('YOUTH_HOUSED', 'Youth supported into housing', 'Jeunes aidés à obtenir un logement',
     'Youth aged 16 to 24 who moved into stable housing with the program''s help.',
     'Jeunes de 16 à 24 ans ayant obtenu un logement stable avec l''aide du programme.',
     'count', 'COUNT', 'UP', TRUE, TRUE, NULL, NULL),
    ('FUNDS_LEVERAGED', 'Funding leveraged from other funders', 'Financement obtenu d''autres bailleurs de fonds',
     'Money other governments and funders put into the funded service in the period.',
     'Sommes investies dans le service financé par d''autres gouvernements et bailleurs de fonds pendant la période.',
     'CAD', 'AMOUNT', 'UP', TRUE, FALSE, NULL, NULL),
    ('SURVIVOR_OUTCOMES', 'Changes for survivors', 'Changements pour les survivantes et survivants',
     'In narrative: what changed for the people served, without identifying anyone.',
     'Sous forme de récit : ce qui a changé pour les personnes servies, sans identifier qui que ce soit.',
     'text', 'QUALITATIVE', 'CONTEXT', FALSE, FALSE, NULL, NULL),
    ('PARTNERSHIPS', 'Partnerships and coordination', 'Partenariats et coordination',
     'In narrative: how the recipient worked with other services, police and communities.',
     'Sous forme de récit : comment le bénéficiaire a collaboré avec d''autres services, la police et les collectivités.',
     'text', 'QUALITATIVE', 'CONTEXT', FALSE, FALSE, NULL, NULL)
ON DUPLICATE KEY UPDATE indicator.code = indicator.code;

INSERT INTO indicator_dimension (indicator_id, dimension_id)
SELECT i.id, d.id
FROM (
    SELECT 'PEOPLE_SERVED' AS indicator_code, 'REGION' AS dimension_code
    UNION ALL SELECT 'PEOPLE_SERVED', 'AGE_GROUP'
    UNION ALL SELECT 'PEOPLE_SERVED', 'GENDER'
    UNION ALL SELECT 'PEOPLE_SERVED', 'POPULATION_GROUP'
    UNION ALL SELECT 'REFERRALS', 'REGION'
    UNION ALL SELECT 'REFERRALS', 'AGE_GROUP'
    UNION ALL SELECT 'REFERRALS', 'GENDER'
    UNION ALL SELECT 'CASES_IDENTIFIED', 'REGION'
    UNION ALL SELECT 'CASES_IDENTIFIED', 'AGE_GROUP'
    UNION ALL SELECT 'CASES_IDENTIFIED', 'GENDER'
    UNION ALL SELECT 'CASES_IDENTIFIED', 'POPULATION_GROUP'
    UNION ALL SELECT 'INCOMING_SIGNALS', 'REGION'
    UNION ALL SELECT 'PARTNER_PROVIDERS', 'REGION'
    UNION ALL SELECT 'TIPS_TO_POLICE', 'REGION'
    UNION ALL SELECT 'OFFICERS_TRAINED', 'REGION'
    UNION ALL SELECT 'YOUTH_HOUSED', 'REGION'
    UNION ALL SELECT 'YOUTH_HOUSED', 'AGE_GROUP'
    UNION ALL SELECT 'YOUTH_HOUSED', 'GENDER'
    UNION ALL SELECT 'YOUTH_HOUSED', 'POPULATION_GROUP'
) x
JOIN indicator i ON i.code = x.indicator_code
JOIN dimension d ON d.code = x.dimension_code
ON DUPLICATE KEY UPDATE indicator_dimension.indicator_id = indicator_dimension.indicator_id;
