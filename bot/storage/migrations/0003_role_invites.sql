-- Invitations to a role, redeemed through the deep link r_<code>; single use.
CREATE TABLE role_invites (
    code         TEXT PRIMARY KEY,
    role         TEXT NOT NULL CHECK (role IN ('staff', 'facilitator')),
    created_by   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    redeemed_by  INTEGER,
    redeemed_at  TEXT
);
