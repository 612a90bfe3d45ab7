-- Demo sign-ins, all with the password 'Fundtrack-demo-1'
-- (PBKDF2WithHmacSHA256, 600,000 iterations, 16-byte salt, 32-byte key, a different salt each).

INSERT INTO app_user (username, display_name, email, password_hash, role, recipient_id, preferred_locale)
SELECT u.username, u.display_name, u.email, u.password_hash, u.role, r.id, u.preferred_locale
FROM (
    SELECT 'officer' AS username, 'Olivia Grant (Program Officer)' AS display_name, 'officer@fundtrack.example.org' AS email, 'pbkdf2-sha256$600000$u9TleB8FtWq/AsfxzQLxrg==$+PFE6tigVKYJS0EtVreYtz+UwDMb0jgQPbMC9OFVbq4=' AS password_hash, 'OFFICER' AS role, NULL AS legal_name, 'en' AS preferred_locale
    UNION ALL SELECT 'officer2', 'Samuel Roy (Program Officer)', 'officer2@fundtrack.example.org', 'pbkdf2-sha256$600000$l+gnAzoieTPiQuUV+7LphA==$PLXH9WKctoYKdCrZ5jf6WMokCgGorQNU/oaxs+vBcbY=', 'OFFICER', NULL, 'fr'
    UNION ALL SELECT 'director', 'Diane Walker (Director)', 'director@fundtrack.example.org', 'pbkdf2-sha256$600000$xhvT8suE6agIzYWJVyhhpA==$i07VSp5kTv4DXL19fUEMWsXfohn58twRj2v+S9euiok=', 'DIRECTOR', NULL, 'en'
    UNION ALL SELECT 'auditor', 'Arjun Patel (Auditor)', 'auditor@fundtrack.example.org', 'pbkdf2-sha256$600000$rhk3PCMgDYVYUraXy1bJRQ==$WrhVOcx4pU67me+gMXQf6cMcvNGp+ZTp+Hdcx9gwryA=', 'AUDITOR', NULL, 'en'
    UNION ALL SELECT 'admin', 'Ada Morgan (Administrator)', 'admin@fundtrack.example.org', 'pbkdf2-sha256$600000$o122PYlaaRtHddaIfESkcg==$iVyFqsgMylZenTjVeeOGVWIB8FTC1jD8k8g7TlF4+tw=', 'ADMIN', NULL, 'en'
    UNION ALL SELECT 'recipient1', 'Daniel Okafor (Northern Lights)', 'daniel.okafor@northern-lights.example.org', 'pbkdf2-sha256$600000$iODtVdHRt1OmlAP1x3mYqw==$puHoCz0qsyXtFxxHrBhERhzq8TK5OB/gSFFyDMhqoWY=', 'RECIPIENT', 'Demo — Northern Lights Community Services', 'en'
    UNION ALL SELECT 'recipient2', 'Josée Lavoie (CFAVE)', 'josee.lavoie@cfave.example.org', 'pbkdf2-sha256$600000$xqp8OO4up9HcbC4zKK545g==$O4Xh2A7ZapcCAfubPwBzig1peqDSocdhrXp/jUhksrs=', 'RECIPIENT', 'Demo — Centre francophone d''aide aux victimes de l''Est', 'fr'
) u
LEFT JOIN recipient r ON r.legal_name = u.legal_name AND r.demo = TRUE;
