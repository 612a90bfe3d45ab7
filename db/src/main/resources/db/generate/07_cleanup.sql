-- The generator's work tables go once the data and its audit trail are written.
DROP TABLE IF EXISTS gen_audit_fact, gen_line, gen_actual, gen_pair, gen_instalment, gen_gate, gen_narrative,
    gen_period, gen_year, gen_grant, gen_focus, gen_fund, gen_recipient, gen_place, gen_kind, gen_city;
