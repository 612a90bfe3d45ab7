-- The sub-totals a strategy announced per program area (Ontario's "$12.3M + $2.9M + $4.8M" of its
-- "$20M" a year). Rounded as published: the overview shows them beside the exact sums of the
-- lines, with the difference as rounding, for the years the strategy's published allocation covers.
-- NULL when nothing was announced for the area.
ALTER TABLE program_area
    ADD COLUMN IF NOT EXISTS announced_amount DECIMAL(19,2) NULL;

ALTER TABLE program_area
    DROP CONSTRAINT IF EXISTS ck_program_area_announced_amount;
ALTER TABLE program_area
    ADD CONSTRAINT ck_program_area_announced_amount CHECK (announced_amount > 0);

UPDATE program_area pa
JOIN strategy s ON s.id = pa.strategy_id AND s.code = 'AHT'
SET pa.announced_amount = CASE pa.code
        WHEN 'VICTIM_SERVICES' THEN 12300000.00
        WHEN 'LAW_ENFORCEMENT' THEN 2900000.00
        WHEN 'JUSTICE_SECTOR' THEN 4800000.00
    END
WHERE pa.code IN ('VICTIM_SERVICES', 'LAW_ENFORCEMENT', 'JUSTICE_SECTOR');
