-- Race-free grant reference numbers and replayable creations (issue #11, item 3).
--
-- grant_reference_counter: one row per reference prefix ('AHT-2025-'), holding the highest
-- sequence handed out. A creation takes its number by upserting the row and reading it back with
-- a locking read in its own transaction, so two creations under one prefix queue on the row
-- instead of both reading the same MAX() (which, under REPEATABLE READ, misses a number another
-- transaction committed after the reader's snapshot). A plain table rather than a MariaDB
-- SEQUENCE: a sequence's cache hands out gaps and, on a Galera cluster, interleaved values per
-- node; a locked row is exact everywhere. Seeded from the grants already stored.
CREATE TABLE IF NOT EXISTS grant_reference_counter (
    prefix        VARCHAR(16) NOT NULL PRIMARY KEY,
    last_sequence INT         NOT NULL,
    CONSTRAINT ck_grant_reference_counter_sequence CHECK (last_sequence BETWEEN 0 AND 9999)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO grant_reference_counter (prefix, last_sequence)
SELECT LEFT(reference_number, CHAR_LENGTH(reference_number) - 4),
       MAX(CAST(RIGHT(reference_number, 4) AS UNSIGNED))
  FROM grant_agreement
 WHERE reference_number REGEXP '^[A-Z]{2,6}-[0-9]{4}-[0-9]{4}$'
 GROUP BY LEFT(reference_number, CHAR_LENGTH(reference_number) - 4)
ON DUPLICATE KEY UPDATE last_sequence = GREATEST(last_sequence, VALUES(last_sequence));

-- idempotent_request: the Idempotency-Key a user sent with a creating request (a grant, an
-- amendment, an attachment), the operation and a fingerprint of the request (method, path, body),
-- and what it created. Written in the same transaction as the creation, so a key is recorded if
-- and only if its creation committed; a request repeating the key answers the first result, one
-- repeating it with another request is refused. Keys belong to the user who sent them.
CREATE TABLE IF NOT EXISTS idempotent_request (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    app_user_id     BIGINT      NOT NULL,
    idempotency_key VARCHAR(64) NOT NULL,
    operation       VARCHAR(40) NOT NULL,
    fingerprint     CHAR(64)    NOT NULL,
    -- The grant's id, the amendment's number or the attachment's id; NULL only inside the
    -- transaction that claimed the key.
    result_id       BIGINT      NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_idempotent_request_user_key UNIQUE (app_user_id, idempotency_key),
    CONSTRAINT fk_idempotent_request_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    INDEX ix_idempotent_request_created_at (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
