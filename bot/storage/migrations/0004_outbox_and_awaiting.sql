-- Messages the bot sends on its own initiative (session prompts, reminders, announcements).
-- Written in the same transaction as the decision to send; delivered by the outbox sender.
-- dedupe_key makes "send this once" a database fact: a second enqueue is ignored.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    chat_id      INTEGER NOT NULL,
    reply        TEXT NOT NULL,
    dedupe_key   TEXT UNIQUE,
    created_at   TEXT NOT NULL,
    not_before   TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    sent_at      TEXT,
    failed_at    TEXT,
    error        TEXT
);
CREATE INDEX outbox_due ON outbox(not_before) WHERE sent_at IS NULL AND failed_at IS NULL;

-- What the citizen's next typed message is for, when a feature asked for it
-- ("idea", "session:12", …); NULL means: an answer in the current dialogue, if any.
ALTER TABLE citizens ADD COLUMN awaiting TEXT;
