-- Sessions: a facilitator (a Statenlid, a teacher, staff) opens one for a group, shares its
-- join code (deep link s_<code>, also as a QR code) and pushes dialogues or single prompts to
-- everyone who joined. The facilitator's own row may be erased: the session then stays, led
-- by nobody. source_update_id: the update that created it, so a repeated update creates none.
CREATE TABLE sessions (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    facilitator_id    INTEGER REFERENCES citizens(user_id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    closed_at         TEXT,
    source_update_id  INTEGER UNIQUE
);
CREATE INDEX sessions_facilitator ON sessions(facilitator_id);

-- Who joined; erasing a citizen removes their participation.
CREATE TABLE session_participants (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    joined_at   TEXT NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX session_participants_user ON session_participants(user_id);

-- What the facilitator sent to everyone: a dialogue or one typed prompt. number counts the
-- pushes of a session (1, 2, …): a button made for push n works once. source_update_id: a
-- repeated update pushes nothing a second time.
CREATE TABLE session_pushes (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('dialogue', 'prompt')),
    dialogue_id       TEXT,
    prompt_text       TEXT,
    pushed_at         TEXT NOT NULL,
    source_update_id  INTEGER UNIQUE,
    UNIQUE (session_id, number),
    CHECK ((kind = 'dialogue') = (dialogue_id IS NOT NULL)),
    CHECK ((kind = 'prompt') = (prompt_text IS NOT NULL))
);

-- One answer per participant per prompt; erasing a citizen removes their answers.
CREATE TABLE session_prompt_answers (
    push_id      INTEGER NOT NULL REFERENCES session_pushes(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (push_id, user_id)
);
CREATE INDEX session_prompt_answers_user ON session_prompt_answers(user_id);
CREATE INDEX session_prompt_answers_answered_at ON session_prompt_answers(answered_at);
