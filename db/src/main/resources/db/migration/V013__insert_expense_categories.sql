-- Expense categories drawn from what the anti-human-trafficking funds pay for.

INSERT INTO expense_category (code, name_en, name_fr, sort_order) VALUES
    ('SALARIES_BENEFITS',  'Salaries and benefits',                               'Salaires et avantages sociaux',                                        10),
    ('EMERGENCY_HOUSING',  'Emergency services and temporary housing',            'Services d''urgence et logement temporaire',                           20),
    ('IMMEDIATE_SUPPORTS', '24/7 immediate supports',                             'Soutien immédiat 24 heures sur 24, 7 jours sur 7',                     30),
    ('COUNSELLING',        'Trauma-informed counselling',                         'Counseling tenant compte des traumatismes',                            40),
    ('HEALING',            'Healing and rehabilitation',                          'Guérison et réadaptation',                                             50),
    ('HEALTH_CARE',        'Health and mental-health care',                       'Soins de santé physique et mentale',                                   60),
    ('ADDICTION',          'Addiction treatment',                                 'Traitement des dépendances',                                           70),
    ('EMPLOYMENT',         'Employment referrals and job training',               'Aiguillage vers l''emploi et formation professionnelle',               80),
    ('CULTURAL_PROGRAMS',  'Cultural programs',                                   'Programmes culturels',                                                 90),
    ('LEADERSHIP',         'Leadership development',                              'Développement du leadership',                                         100),
    ('YOUTH_LIFE_SKILLS',  'Life-skills training and housing help for youth',     'Formation aux compétences de vie et aide au logement pour les jeunes', 110),
    ('TRAINING',           'Training and curriculum (including police training)', 'Formation et programmes d''études (y compris la formation policière)', 120),
    ('ADMINISTRATION',     'Administration (overhead)',                           'Administration (frais généraux)',                                     130)
ON DUPLICATE KEY UPDATE expense_category.code = expense_category.code;
