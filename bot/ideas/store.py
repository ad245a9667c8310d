"""Ideas, their drafts and who supports them.

``min_consent`` (the current terms version) keeps the input of citizens who withdrew their
consent out of sight: their ideas are not listed and their support is not counted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Literal

from bot.storage.database import Database, utc_now

IdeaStatus = Literal["pending", "approved", "rejected"]
Sort = Literal["new", "support"]


@dataclass(frozen=True)
class Idea:
    id: int
    author_id: int
    text: str
    theme: str | None
    status: IdeaStatus
    reason: str | None
    created_at: str
    decided_at: str | None
    decided_by: int | None


@dataclass(frozen=True)
class Draft:
    user_id: int
    text: str
    theme: str | None


@dataclass(frozen=True)
class Listed:
    """An idea as one citizen sees it: how many support it, and whether they do."""

    idea: Idea
    supporters: int
    supported: bool
    author_consents: bool


def _idea(row: sqlite3.Row) -> Idea:
    return Idea(
        id=row["id"],
        author_id=row["author_id"],
        text=row["text"],
        theme=row["theme"],
        status=row["status"],
        reason=row["reason"],
        created_at=row["created_at"],
        decided_at=row["decided_at"],
        decided_by=row["decided_by"],
    )


def _listed(row: sqlite3.Row) -> Listed:
    return Listed(
        idea=_idea(row),
        supporters=int(row["supporters"]),
        supported=bool(row["supported"]),
        author_consents=bool(row["author_consents"]),
    )


# Columns of a Listed; parameters: min_consent, viewer, min_consent.
_LISTED = """
    SELECT i.*,
        (SELECT COUNT(*) FROM idea_support s JOIN citizens c ON c.user_id = s.user_id
          WHERE s.idea_id = i.id AND c.consent_version >= ?) AS supporters,
        EXISTS (SELECT 1 FROM idea_support s WHERE s.idea_id = i.id AND s.user_id = ?)
            AS supported,
        COALESCE(a.consent_version >= ?, 0) AS author_consents
    FROM ideas i JOIN citizens a ON a.user_id = i.author_id
"""
_ORDER: dict[Sort, str] = {
    "new": "ORDER BY i.decided_at DESC, i.id DESC",
    "support": "ORDER BY supporters DESC, i.decided_at DESC, i.id DESC",
}


# drafts


async def save_draft(db: Database, user_id: int, text: str) -> None:
    """The typed text of the idea being written (a new text forgets the chosen theme)."""
    await db.execute(
        "INSERT INTO idea_drafts (user_id, text, theme, updated_at) VALUES (?, ?, NULL, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET text = excluded.text, theme = NULL, "
        "updated_at = excluded.updated_at",
        (user_id, text, utc_now()),
    )


async def set_draft_theme(db: Database, user_id: int, theme: str) -> bool:
    changed = await db.execute(
        "UPDATE idea_drafts SET theme = ?, updated_at = ? WHERE user_id = ?",
        (theme, utc_now(), user_id),
    )
    return changed > 0


async def draft(db: Database, user_id: int) -> Draft | None:
    row = await db.fetch_one("SELECT * FROM idea_drafts WHERE user_id = ?", (user_id,))
    return Draft(row["user_id"], row["text"], row["theme"]) if row else None


async def delete_draft(db: Database, user_id: int) -> None:
    await db.execute("DELETE FROM idea_drafts WHERE user_id = ?", (user_id,))


async def submit(db: Database, user_id: int, update_id: int) -> Idea | None:
    """Turn the citizen's draft into an idea waiting for moderation, in one transaction.

    The idea remembers ``update_id``: the same update processed again returns the idea it
    made the first time instead of a second one. None: no draft with a theme (typed again
    and its theme not chosen yet), and not a repeat.
    """
    async with db.transaction() as connection:
        await connection.execute(
            "INSERT INTO ideas (author_id, text, theme, status, created_at, source_update_id) "
            "SELECT user_id, text, theme, 'pending', ?, ? FROM idea_drafts "
            "WHERE user_id = ? AND theme IS NOT NULL "
            "ON CONFLICT (source_update_id) DO NOTHING",
            (utc_now(), update_id, user_id),
        )
        await connection.execute(
            "DELETE FROM idea_drafts WHERE user_id = ? AND theme IS NOT NULL", (user_id,)
        )
        cursor = await connection.execute(
            "SELECT * FROM ideas WHERE source_update_id = ? AND author_id = ?",
            (update_id, user_id),
        )
        row = await cursor.fetchone()
    return _idea(row) if row else None


# ideas


async def pending_texts(db: Database, author_id: int) -> list[str]:
    """The texts of the author's ideas that still wait for moderation."""
    rows = await db.fetch_all(
        "SELECT text FROM ideas WHERE author_id = ? AND status = 'pending'", (author_id,)
    )
    return [row["text"] for row in rows]


async def get(db: Database, idea_id: int) -> Idea | None:
    row = await db.fetch_one("SELECT * FROM ideas WHERE id = ?", (idea_id,))
    return _idea(row) if row else None


async def view(db: Database, idea_id: int, viewer: int, min_consent: int) -> Listed | None:
    row = await db.fetch_one(
        _LISTED + " WHERE i.id = ?", (min_consent, viewer, min_consent, idea_id)
    )
    return _listed(row) if row else None


async def published_count(db: Database, min_consent: int) -> int:
    row = await db.fetch_one(
        "SELECT COUNT(*) AS n FROM ideas i JOIN citizens a ON a.user_id = i.author_id "
        "WHERE i.status = 'approved' AND a.consent_version >= ?",
        (min_consent,),
    )
    return int(row["n"]) if row else 0


async def published_at(
    db: Database, sort: Sort, offset: int, viewer: int, min_consent: int
) -> Listed | None:
    """The published idea at ``offset`` (0 = first) in the order ``sort``."""
    row = await db.fetch_one(
        _LISTED + " WHERE i.status = 'approved' AND a.consent_version >= ? "
        f"{_ORDER[sort]} LIMIT 1 OFFSET ?",
        (min_consent, viewer, min_consent, min_consent, max(offset, 0)),
    )
    return _listed(row) if row else None


async def of_author(db: Database, user_id: int, min_consent: int) -> list[Listed]:
    rows = await db.fetch_all(
        _LISTED + " WHERE i.author_id = ? ORDER BY i.id",
        (min_consent, user_id, min_consent, user_id),
    )
    return [_listed(r) for r in rows]


async def set_support(db: Database, idea_id: int, user_id: int, wanted: bool) -> bool:
    """Support (or withdraw support for) an idea; doing it again changes nothing.

    Returns whether anything changed.
    """
    if wanted:
        changed = await db.execute(
            "INSERT OR IGNORE INTO idea_support (idea_id, user_id, created_at) VALUES (?, ?, ?)",
            (idea_id, user_id, utc_now()),
        )
    else:
        changed = await db.execute(
            "DELETE FROM idea_support WHERE idea_id = ? AND user_id = ?", (idea_id, user_id)
        )
    return changed > 0


async def supported_by(db: Database, user_id: int) -> list[int]:
    rows = await db.fetch_all(
        "SELECT idea_id FROM idea_support WHERE user_id = ? ORDER BY idea_id", (user_id,)
    )
    return [int(r["idea_id"]) for r in rows]


# moderation


async def next_pending(db: Database, after_id: int, min_consent: int) -> Idea | None:
    """The oldest idea waiting for a decision with an id above ``after_id``."""
    row = await db.fetch_one(
        "SELECT i.* FROM ideas i JOIN citizens a ON a.user_id = i.author_id "
        "WHERE i.status = 'pending' AND i.id > ? AND a.consent_version >= ? "
        "ORDER BY i.id LIMIT 1",
        (after_id, min_consent),
    )
    return _idea(row) if row else None


async def pending_count(db: Database, min_consent: int) -> int:
    row = await db.fetch_one(
        "SELECT COUNT(*) AS n FROM ideas i JOIN citizens a ON a.user_id = i.author_id "
        "WHERE i.status = 'pending' AND a.consent_version >= ?",
        (min_consent,),
    )
    return int(row["n"]) if row else 0


async def decide(
    db: Database, idea_id: int, status: IdeaStatus, reason: str | None, staff_id: int
) -> bool:
    """Publish or reject a pending idea; False when it was not pending (any more)."""
    changed = await db.execute(
        "UPDATE ideas SET status = ?, reason = ?, decided_at = ?, decided_by = ? "
        "WHERE id = ? AND status = 'pending'",
        (status, reason, utc_now(), staff_id, idea_id),
    )
    return changed > 0
