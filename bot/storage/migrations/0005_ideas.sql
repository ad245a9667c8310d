-- Ideas citizens send (/idee), moderated by staff (/moderatie) before others see them
-- (/ideeen). source_update_id is the update that sent the idea: processing that update a
-- second time (after a crash) cannot create a second idea.
CREATE TABLE ideas (
    id                INTEGER PRIMARY KEY,
    author_id         INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    text              TEXT NOT NULL,
    theme             TEXT,
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'approved', 'rejected')),
    reason            TEXT,
    created_at        TEXT NOT NULL,
    decided_at        TEXT,
    decided_by        INTEGER,
    source_update_id  INTEGER UNIQUE
);
CREATE INDEX ideas_status ON ideas(status, created_at, id);
CREATE INDEX ideas_author ON ideas(author_id);

-- One row per citizen who supports an idea; supporting again changes nothing.
CREATE TABLE idea_support (
    idea_id     INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES citizens(user_id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX idea_support_user ON idea_support(user_id);

-- The idea a citizen is writing (typed, theme chosen, not sent yet): at most one each.
CREATE TABLE idea_drafts (
    user_id     INTEGER PRIMARY KEY REFERENCES citizens(user_id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    theme       TEXT,
    updated_at  TEXT NOT NULL
);
