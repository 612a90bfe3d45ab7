-- Delegated authority: officers approve up to $100,000; directors are effectively unlimited.

INSERT INTO approval_authority (role, instrument_type, max_amount) VALUES
    ('OFFICER',  'GRANT',        100000.00),
    ('OFFICER',  'CONTRIBUTION', 100000.00),
    ('DIRECTOR', 'GRANT',        999999999999.99),
    ('DIRECTOR', 'CONTRIBUTION', 999999999999.99)
ON DUPLICATE KEY UPDATE approval_authority.role = approval_authority.role;
