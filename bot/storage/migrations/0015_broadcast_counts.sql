-- What staff see of a broadcast (an announcement, a session's push): its messages are outbox
-- rows that name the broadcast, and the broadcast counts what happened to them. The counts are
-- kept by triggers in the same statement that settles a row, so they stay true when the rows
-- themselves go later (a citizen who erases their data takes their rows along).
CREATE TABLE broadcasts (
    id                   INTEGER PRIMARY KEY,
    source               TEXT NOT NULL UNIQUE,  -- 'announcement:12', 'session:3:push:2'
    kind                 TEXT NOT NULL,         -- 'announcement' | 'session_push'
    staff_chat_id        INTEGER NOT NULL       -- who sent it and sees the counts (their
                         REFERENCES citizens(user_id) ON DELETE CASCADE,  -- erasure takes it)
    locale               TEXT NOT NULL,         -- their language when they sent it
    created_at           TEXT NOT NULL,
    queued_at            TEXT,                  -- every message is in the outbox
    total                INTEGER NOT NULL DEFAULT 0,
    reached              INTEGER NOT NULL DEFAULT 0,
    blocked              INTEGER NOT NULL DEFAULT 0,
    failed               INTEGER NOT NULL DEFAULT 0,
    dropped              INTEGER NOT NULL DEFAULT 0,  -- not sent: consent withdrawn or erased first
    progress_message_id  INTEGER,               -- the staff member's message that shows progress
    progress_shown       TEXT,                  -- the counts it shows now ('reached/blocked/failed/dropped')
    progress_shown_at    TEXT,
    finished_at          TEXT,                  -- nothing left to send; the final count is queued
    final_shown_at       TEXT                   -- the progress message shows the final count
);
CREATE INDEX broadcasts_open ON broadcasts(id) WHERE final_shown_at IS NULL;
CREATE INDEX broadcasts_staff ON broadcasts(staff_chat_id);

ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER REFERENCES broadcasts(id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;  -- failed: the person blocked the bot
CREATE INDEX outbox_broadcast_pending ON outbox(broadcast_id)
    WHERE broadcast_id IS NOT NULL AND sent_at IS NULL AND failed_at IS NULL;

CREATE TRIGGER broadcast_reached AFTER UPDATE OF sent_at ON outbox
    WHEN NEW.broadcast_id IS NOT NULL AND OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL
BEGIN
    UPDATE broadcasts SET reached = reached + 1 WHERE id = NEW.broadcast_id;
END;

CREATE TRIGGER broadcast_failed AFTER UPDATE OF failed_at ON outbox
    WHEN NEW.broadcast_id IS NOT NULL AND OLD.failed_at IS NULL AND NEW.failed_at IS NOT NULL
BEGIN
    UPDATE broadcasts SET blocked = blocked + NEW.blocked, failed = failed + 1 - NEW.blocked
    WHERE id = NEW.broadcast_id;
END;

CREATE TRIGGER broadcast_dropped AFTER DELETE ON outbox
    WHEN OLD.broadcast_id IS NOT NULL AND OLD.sent_at IS NULL AND OLD.failed_at IS NULL
BEGIN
    UPDATE broadcasts SET dropped = dropped + 1 WHERE id = OLD.broadcast_id;
END;
