-- The eight ministries of the Anti-Human Trafficking Strategy (MCCSS leads).
-- Names as they stood when the strategy was announced (2020).

INSERT INTO ministry (code, name_en, name_fr) VALUES
    ('MCCSS',  'Ministry of Children, Community and Social Services',          'Ministère des Services à l''enfance et des Services sociaux et communautaires'),
    ('SOLGEN', 'Ministry of the Solicitor General',                            'Ministère du Solliciteur général'),
    ('MAG',    'Ministry of the Attorney General',                             'Ministère du Procureur général'),
    ('IAO',    'Ministry of Indigenous Affairs',                               'Ministère des Affaires autochtones'),
    ('EDU',    'Ministry of Education',                                        'Ministère de l''Éducation'),
    ('MOH',    'Ministry of Health',                                           'Ministère de la Santé'),
    ('MHSTCI', 'Ministry of Heritage, Sport, Tourism and Culture Industries',  'Ministère des Industries du patrimoine, du sport, du tourisme et de la culture'),
    ('MTO',    'Ministry of Transportation',                                   'Ministère des Transports')
ON DUPLICATE KEY UPDATE ministry.code = ministry.code;
