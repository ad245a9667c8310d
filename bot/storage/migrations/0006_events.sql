-- Events of the programme (Democratiespelen, Statenspelen, debate finals, meetings "Samen
-- voor goed bestuur"). Staff import them from a file (`doetmee events import FILE`, upsert by
-- id) and may cancel one in the bot (/evenement). Times are stored in UTC as ISO text
-- ("2026-12-03T18:30:00+00:00"), so they compare as text; shown in DOETMEE_TIMEZONE.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('democratiespel', 'statenspel', 'debat', 'bijeenkomst')),
    title_nl        TEXT NOT NULL,
    title_en        TEXT,
    description_nl  TEXT NOT NULL DEFAULT '',
    description_en  TEXT,
    place           TEXT NOT NULL,
    starts_at       TEXT NOT NULL,
    ends_at         TEXT,
    cancelled_at    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX events_starts_at ON events(starts_at);

-- Citizens who asked for reminders. The reminders themselves are outbox rows with the
-- dedupe key reminder:<event>:<user>:<24h|1h>:<start, UTC>, queued when subscribing (see
-- bot/reminders.py); erasing a citizen removes the subscriptions here and the unsent
-- outbox rows of their chat.
CREATE TABLE event_subscriptions (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_subscriptions_user ON event_subscriptions(user_id);
