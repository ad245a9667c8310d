-- Dialogue definitions as a run started on them: a run always finishes on its own version,
-- even when the file has changed or was removed since.
CREATE TABLE dialogue_definitions (
    dialogue_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    definition   TEXT NOT NULL,
    stored_at    TEXT NOT NULL,
    PRIMARY KEY (dialogue_id, version)
);

-- One citizen walking through one dialogue. last_update_id is the newest update that changed
-- the run: an update processed a second time (after a crash) changes nothing.
CREATE TABLE dialogue_runs (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    dialogue_id       TEXT NOT NULL,
    version           INTEGER NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('active', 'paused', 'finished')),
    current_question  TEXT,
    selection         TEXT,
    last_update_id    INTEGER NOT NULL DEFAULT 0,
    started_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    finished_at       TEXT,
    FOREIGN KEY (dialogue_id, version) REFERENCES dialogue_definitions(dialogue_id, version)
);
CREATE UNIQUE INDEX dialogue_runs_one_open ON dialogue_runs(user_id, dialogue_id)
    WHERE status != 'finished';
CREATE UNIQUE INDEX dialogue_runs_one_active ON dialogue_runs(user_id) WHERE status = 'active';

-- One answer per question per run; going back and answering again replaces it.
CREATE TABLE answers (
    run_id         INTEGER NOT NULL REFERENCES dialogue_runs(id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    value          TEXT NOT NULL,
    answered_at    TEXT NOT NULL,
    quote_allowed  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, question_id)
);
CREATE INDEX answers_answered_at ON answers(answered_at);
