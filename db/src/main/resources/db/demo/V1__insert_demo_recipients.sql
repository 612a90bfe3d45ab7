-- Demo recipients, one of each type and a few regions, each with one signing authority.
-- All flagged demo = TRUE and named 'Demo — ...' so they can never pass for real organisations.

INSERT INTO recipient (legal_name, operating_name, business_number, recipient_type, region_id, street, city,
                       province, postal_code, risk_rating, demo, active)
SELECT r.legal_name, r.operating_name, r.business_number, r.recipient_type, rg.id, r.street, r.city,
       'ON', r.postal_code, r.risk_rating, TRUE, r.active
FROM (
    SELECT 'Demo — Northern Lights Community Services' AS legal_name, 'Northern Lights' AS operating_name, '999000101' AS business_number, 'COMMUNITY_AGENCY' AS recipient_type, 'NORTH' AS region_code, '120 Elm Street' AS street, 'Sudbury' AS city, 'P3C 1T3' AS postal_code, 'LOW' AS risk_rating, TRUE AS active
    UNION ALL SELECT 'Demo — Waban Healing Lodge', NULL, '999000102', 'INDIGENOUS_ORGANIZATION', 'NORTH', '45 Red River Road', 'Thunder Bay', 'P7B 1A5', 'MEDIUM', TRUE
    UNION ALL SELECT 'Demo — Lakeshore Survivor Support Network', 'Lakeshore Network', '999000103', 'COMMUNITY_AGENCY', 'TORONTO', '800 Queen Street West', 'Toronto', 'M6J 1G1', 'LOW', TRUE
    UNION ALL SELECT 'Demo — Ottawa Valley Youth Housing Collective', NULL, '999000104', 'COMMUNITY_AGENCY', 'EAST', '22 Pembroke Street East', 'Pembroke', 'K8A 3J5', 'MEDIUM', TRUE
    UNION ALL SELECT 'Demo — Grand River Indigenous Family Services', NULL, '999000105', 'INDIGENOUS_ORGANIZATION', 'WEST', '310 Colborne Street', 'Brantford', 'N3T 2H4', 'MEDIUM', TRUE
    UNION ALL SELECT 'Demo — Escarpment Regional Police Service', NULL, NULL, 'POLICE_SERVICE', 'CENTRAL', '1 Niagara Street', 'Hamilton', 'L8R 1A1', 'LOW', TRUE
    UNION ALL SELECT 'Demo — Georgian Shores College', NULL, '999000107', 'COLLEGE', 'CENTRAL', '1 College Drive', 'Barrie', 'L4M 3X9', 'LOW', TRUE
    UNION ALL SELECT 'Demo — Centre francophone d''aide aux victimes de l''Est', 'CFAVE', '999000108', 'COMMUNITY_AGENCY', 'EAST', '75 rue Dalhousie', 'Ottawa', 'K1N 7E3', 'LOW', TRUE
    UNION ALL SELECT 'Demo — Victim Services Partners Ontario', 'VSP Ontario', '999000109', 'OTHER', 'TORONTO', '2 Bloor Street East', 'Toronto', 'M4W 1A8', 'HIGH', TRUE
    UNION ALL SELECT 'Demo — Lakehead Outreach Collective', NULL, NULL, 'COMMUNITY_AGENCY', 'NORTH', '18 Cumberland Street', 'Thunder Bay', 'P7A 4L1', 'MEDIUM', FALSE
) r
JOIN region rg ON rg.code = r.region_code;

INSERT INTO recipient_contact (recipient_id, full_name, title, email, phone, signing_authority, primary_contact)
SELECT r.id, c.full_name, c.title, c.email, c.phone, c.signing_authority, c.primary_contact
FROM (
    SELECT 'Demo — Northern Lights Community Services' AS legal_name, 'Marie Tremblay' AS full_name, 'Executive Director' AS title, 'marie.tremblay@northern-lights.example.org' AS email, '705-555-0100' AS phone, TRUE AS signing_authority, FALSE AS primary_contact
    UNION ALL SELECT 'Demo — Northern Lights Community Services', 'Daniel Okafor', 'Program Manager', 'daniel.okafor@northern-lights.example.org', '705-555-0101', FALSE, TRUE
    UNION ALL SELECT 'Demo — Waban Healing Lodge', 'Sarah Whitecloud', 'Executive Director', 'sarah.whitecloud@waban-lodge.example.org', '705-555-0103', TRUE, TRUE
    UNION ALL SELECT 'Demo — Waban Healing Lodge', 'James Kakegamic', 'Finance Coordinator', 'james.kakegamic@waban-lodge.example.org', '705-555-0104', FALSE, FALSE
    UNION ALL SELECT 'Demo — Lakeshore Survivor Support Network', 'Priya Raman', 'Chief Executive Officer', 'priya.raman@lakeshore-network.example.org', '705-555-0106', TRUE, FALSE
    UNION ALL SELECT 'Demo — Lakeshore Survivor Support Network', 'Alex Chen', 'Director of Programs', 'alex.chen@lakeshore-network.example.org', '705-555-0107', FALSE, TRUE
    UNION ALL SELECT 'Demo — Ottawa Valley Youth Housing Collective', 'Heather MacLeod', 'Executive Director', 'heather.macleod@ovyhc.example.org', '705-555-0109', TRUE, TRUE
    UNION ALL SELECT 'Demo — Grand River Indigenous Family Services', 'Lorraine Hill', 'Executive Director', 'lorraine.hill@grif-services.example.org', '705-555-0112', TRUE, TRUE
    UNION ALL SELECT 'Demo — Grand River Indigenous Family Services', 'Tom Martin', 'Youth Program Lead', 'tom.martin@grif-services.example.org', '705-555-0113', FALSE, FALSE
    UNION ALL SELECT 'Demo — Escarpment Regional Police Service', 'Inspector Karen Doyle', 'Inspector, Special Victims Unit', 'karen.doyle@erps-police.example.org', '705-555-0115', FALSE, TRUE
    UNION ALL SELECT 'Demo — Escarpment Regional Police Service', 'Chief David Russo', 'Chief of Police', 'david.russo@erps-police.example.org', '705-555-0116', TRUE, FALSE
    UNION ALL SELECT 'Demo — Georgian Shores College', 'Dr. Anita Kapoor', 'Dean, Public Safety', 'anita.kapoor@georgian-shores.example.org', '705-555-0118', TRUE, FALSE
    UNION ALL SELECT 'Demo — Georgian Shores College', 'Mark Gill', 'Program Coordinator', 'mark.gill@georgian-shores.example.org', '705-555-0119', FALSE, TRUE
    UNION ALL SELECT 'Demo — Centre francophone d''aide aux victimes de l''Est', 'Josée Lavoie', 'Directrice générale', 'josee.lavoie@cfave.example.org', '705-555-0121', TRUE, TRUE
    UNION ALL SELECT 'Demo — Centre francophone d''aide aux victimes de l''Est', 'Mathieu Gagnon', 'Coordonnateur des services', 'mathieu.gagnon@cfave.example.org', '705-555-0122', FALSE, FALSE
    UNION ALL SELECT 'Demo — Victim Services Partners Ontario', 'Grace Mensah', 'Executive Director', 'grace.mensah@vsp-ontario.example.org', '705-555-0124', TRUE, FALSE
    UNION ALL SELECT 'Demo — Victim Services Partners Ontario', 'Omar Haddad', 'Operations Manager', 'omar.haddad@vsp-ontario.example.org', '705-555-0125', FALSE, TRUE
    UNION ALL SELECT 'Demo — Lakehead Outreach Collective', 'Ruth Bélanger', 'Coordinator', 'ruth.belanger@lakehead-outreach.example.org', '705-555-0127', TRUE, TRUE
) c
JOIN recipient r ON r.legal_name = c.legal_name AND r.demo = TRUE;
