-- Staff manage dialogues from the chat (/dialogen).

-- Whether new runs of a dialogue may start. No row: active. A paused or archived dialogue
-- stays in the folder (its file is the definition) and its runs may finish; it is not listed
-- and its link says so. The status lives here, not in the file, so a file can be replaced
-- without changing it, and it survives a restart.
CREATE TABLE dialogue_status (
    dialogue_id  TEXT PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('active', 'paused', 'archived')),
    changed_at   TEXT NOT NULL
);

-- A dialogue file a staff member sent that passed the checker, waiting for "Activate".
-- Written into the folder only then; deleted once activated, when a newer upload of the
-- same dialogue is activated, after 7 days, or with its sender (/vergeetmij).
CREATE TABLE dialogue_uploads (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a button names one upload
    update_id    INTEGER NOT NULL UNIQUE,
    uploaded_by  INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    dialogue_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    content      TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL
);
