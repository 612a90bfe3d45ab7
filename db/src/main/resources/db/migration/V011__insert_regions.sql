-- The ministry's five service-delivery regions.

INSERT INTO region (code, name_en, name_fr, sort_order) VALUES
    ('CENTRAL', 'Central', 'Centre',  10),
    ('EAST',    'East',    'Est',     20),
    ('NORTH',   'North',   'Nord',    30),
    ('TORONTO', 'Toronto', 'Toronto', 40),
    ('WEST',    'West',    'Ouest',   50)
ON DUPLICATE KEY UPDATE region.code = region.code;
