-- Invitation codes are kept only as their SHA-256 (sha256_hex is registered by the bot on
-- its connection): an unused invitation in a copy of the database, such as a backup, cannot
-- be redeemed. Invitations get a number, so staff can name one to cancel it.
CREATE TABLE role_invites_hashed (
    id           INTEGER PRIMARY KEY,
    code_hash    TEXT NOT NULL UNIQUE,
    role         TEXT NOT NULL CHECK (role IN ('staff', 'facilitator')),
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    redeemed_by  INTEGER,
    redeemed_at  TEXT
);
INSERT INTO role_invites_hashed
    (code_hash, role, created_by, created_at, expires_at, redeemed_by, redeemed_at)
SELECT sha256_hex(code), role, created_by, created_at, expires_at, redeemed_by, redeemed_at
FROM role_invites ORDER BY created_at;
DROP TABLE role_invites;
ALTER TABLE role_invites_hashed RENAME TO role_invites;

-- A role granted through an invitation named the start of its code.
UPDATE roles SET added_by = 'invitation' WHERE added_by LIKE 'invite %';
