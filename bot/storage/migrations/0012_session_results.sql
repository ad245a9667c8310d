-- Join codes are no longer stored. A session keeps a random salt; its code is derived from
-- the salt with the bot's key (bot/session_codes.py), and code_hash, a keyed hash of the
-- code, finds the session when someone types it. The plain codes of existing sessions are
-- replaced by fresh salts: those sessions get a new code (its hash is filled in on the
-- next join, see session_codes.fill_hashes); their old links stop working.
ALTER TABLE sessions RENAME COLUMN code TO code_salt;
UPDATE sessions SET code_salt = lower(hex(randomblob(16)));
ALTER TABLE sessions ADD COLUMN code_hash TEXT;
CREATE UNIQUE INDEX sessions_code_hash ON sessions(code_hash);
CREATE INDEX sessions_without_code_hash ON sessions(id) WHERE code_hash IS NULL;

-- A dialogue run started through a session's push (its "Start" button). Only these runs,
-- and only their answers given from linked_at until the session closed, are the session's
-- results; a participant doing the same dialogue on their own never shows up. One session
-- per run; erasing the run, the push or the session removes the link. ended_by_close: the run
-- was ended because its session closed (it did not get to the end), so it is not "finished".
CREATE TABLE session_runs (
    run_id          INTEGER PRIMARY KEY REFERENCES dialogue_runs(id) ON DELETE CASCADE,
    push_id         INTEGER NOT NULL REFERENCES session_pushes(id) ON DELETE CASCADE,
    linked_at       TEXT NOT NULL,
    ended_by_close  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX session_runs_push ON session_runs(push_id);
