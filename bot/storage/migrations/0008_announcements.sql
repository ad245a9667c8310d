-- Announcements from staff to the citizens who opted in (/instellingen).
ALTER TABLE citizens ADD COLUMN wants_announcements INTEGER NOT NULL DEFAULT 0;

CREATE TABLE announcements (
    id                INTEGER PRIMARY KEY,
    text              TEXT NOT NULL,
    created_by        INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    sent_at           TEXT,
    recipients        INTEGER,
    source_update_id  INTEGER UNIQUE
);
