"""Withdrawing consent: erase what rests on it, stop reminders and news, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.database import Database, utc_now


@dataclass(frozen=True)
class Erased:
    """What a withdrawal removed (counts)."""

    dialogue_runs: int
    session_answers: int
    sessions_joined: int
    ideas: int
    supports: int
    subscriptions: int


_UNSENT_FOR_CITIZEN = (
    "DELETE FROM outbox WHERE chat_id = ? AND sent_at IS NULL AND failed_at IS NULL AND ("
    "dedupe_key LIKE 'reminder:%' OR dedupe_key LIKE 'session:%' "
    "OR dedupe_key LIKE 'announcement:%' OR dedupe_key LIKE 'idea-decision:%')"
)
"""Reminders, session messages, news and idea decisions waiting to be sent to the citizen."""


async def withdraw(db: Database, user_id: int) -> Erased | None:
    """Withdraw the citizen's consent and erase what rests on it: dialogue answers (with the
    permissions to quote them), session answers and participation, ideas (also a draft) and
    support for ideas; end reminders and news; drop the names kept for scrubbing. None when
    there was no consent to withdraw (nothing changes then)."""
    now = utc_now()
    async with db.transaction() as connection:
        cursor = await connection.execute(
            "SELECT consent_version FROM citizens WHERE user_id = ?", (user_id,)
        )
        row = await cursor.fetchone()
        if row is None or row["consent_version"] is None:
            return None
        version = row["consent_version"]
        await connection.execute(
            """UPDATE citizens SET consent_version = NULL, consent_at = NULL, first_name = NULL,
               last_name = NULL, pending_start = NULL, permission = NULL, awaiting = NULL,
               wants_announcements = 0, updated_at = ?
               WHERE user_id = ? AND consent_version IS NOT NULL""",
            (now, user_id),
        )

        async def delete(sql: str) -> int:
            return (await connection.execute(sql, (user_id,))).rowcount

        erased = Erased(
            dialogue_runs=await delete("DELETE FROM dialogue_runs WHERE user_id = ?"),
            session_answers=await delete("DELETE FROM session_prompt_answers WHERE user_id = ?"),
            sessions_joined=await delete("DELETE FROM session_participants WHERE user_id = ?"),
            ideas=await delete("DELETE FROM ideas WHERE author_id = ?"),
            supports=await delete("DELETE FROM idea_support WHERE user_id = ?"),
            subscriptions=await delete("DELETE FROM event_subscriptions WHERE user_id = ?"),
        )
        await delete("DELETE FROM idea_drafts WHERE user_id = ?")
        await delete(_UNSENT_FOR_CITIZEN)
        await connection.execute(
            "INSERT INTO consent_events (user_id, version, given, at) VALUES (?, ?, 0, ?)",
            (user_id, version, now),
        )
    return erased
