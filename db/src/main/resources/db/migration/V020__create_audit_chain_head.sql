-- The head of the audit hash chain: one row that every writer of audit_entry locks
-- (SELECT ... FOR UPDATE) before appending, so two transactions can never chain onto the same
-- entry, and that remembers the newest entry's hash, so a verifier also notices a cut-off tail
-- or an entry appended behind the application's back.
-- Locking the newest audit_entry row instead would not serialize writers: its gap lock lets two
-- transactions both read the same "newest" row and then deadlock on their inserts.
-- No version column: the row only ever changes under its own row lock.

CREATE TABLE IF NOT EXISTS audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    -- entry_hash of the newest entry; NULL while the trail is empty.
    last_hash CHAR(64) NULL,
    CONSTRAINT ck_audit_chain_head_single_row CHECK (id = 1),
    CONSTRAINT ck_audit_chain_head_last_hash CHECK (last_hash REGEXP '(?-i)^[0-9a-f]{64}$'),
    CONSTRAINT fk_audit_chain_head_last_hash FOREIGN KEY (last_hash) REFERENCES audit_entry (entry_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_hash)
SELECT 1, (SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1)
ON DUPLICATE KEY UPDATE audit_chain_head.id = audit_chain_head.id;
