-- Citizens: one row per Telegram user who wrote to the bot.
-- Names are stored only after consent, and only to recognise them in free text when
-- exporting (so they can be removed); they are never exported themselves.
CREATE TABLE citizens (
    user_id            INTEGER PRIMARY KEY,
    first_name         TEXT,
    last_name          TEXT,
    telegram_language  TEXT,
    language           TEXT,
    consent_version    INTEGER,
    consent_at         TEXT,
    age_band           TEXT,
    pending_start      TEXT,
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE consent_events (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    given     INTEGER NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX consent_events_user ON consent_events(user_id);

CREATE TABLE roles (
    user_id   INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('staff', 'facilitator')),
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_actor ON audit_log(actor_id);

-- The durable inbox: every update is stored here before its getUpdates offset is
-- confirmed. The payload (which holds the citizen's text) is cleared once processed.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    chat_id      INTEGER,
    payload      TEXT,
    received_at  TEXT NOT NULL,
    done_at      TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_pending ON inbox(update_id) WHERE done_at IS NULL;
CREATE INDEX inbox_chat ON inbox(chat_id);

CREATE TABLE app_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
