"""Join codes: never stored (a salt and a keyed hash), shown again to the facilitator, found
when typed in any case, with spaces or after /sessie; sessions from before are moved over."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.services import Services
from bot.sessions import codes as session_codes
from bot.sessions import facilitator as facilitating
from bot.sessions import participants, store
from bot.storage import citizens
from bot.storage.database import migrations
from tests.domain_services import fresh_services, visitor_factory
from tests.sessions.conftest import FACILITATOR, MakeVisitor
from tests.sessions.helpers import code, open_session


def _everything_stored(path: Path) -> str:
    """Every value in every table of the database file, as text."""
    with sqlite3.connect(path) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        values = [
            str(value)
            for table in tables
            for row in connection.execute(f'SELECT * FROM "{table}"')
            for value in row
        ]
    return "\n".join(values)


async def test_the_database_holds_no_join_code(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    shown = code(services, session)
    await facilitating.panel(services, await visitor(facilitator), session.id)
    stored = _everything_stored(services.settings.database)
    assert shown not in stored and shown.lower() not in stored
    assert session.code_salt in stored  # only the salt, and a keyed hash
    key = session_codes.key(services)
    assert session_codes.hash_of(key, shown) in stored
    # The same code every time it is shown, and another key gives another code.
    again = await facilitating.panel(services, await visitor(facilitator), session.id)
    assert f"<code>{shown}</code>" in again[0].text
    assert session_codes.code_of(b"another key" * 3, session.code_salt) != shown


async def test_a_typed_code_joins_in_any_case_and_with_spaces(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    shown = code(services, session)
    typed = f" {shown[:3].lower()} {shown[3:]} "
    joined = await participants.typed_code(services, await visitor(401), typed)
    assert joined is not None and "You joined the session “Klas 3B”" in joined[0].text
    assert await store.is_participant(services.db, session.id, 401)
    # Text that is no session's code is left for the rest of the bot (a dialogue answer…).
    assert await participants.typed_code(services, await visitor(401), "Dankje") is None
    assert await participants.typed_code(services, await visitor(401), "ZZZZ22") is None
    # The code typed while the bot waited for something else (an idea) ends that wait.
    await visitor(405)
    await citizens.set_awaiting(services.db, 405, "idea")
    waiting = await visitor(405)
    assert waiting.citizen.awaiting == "idea"
    joined = await participants.typed_code(services, waiting, shown)
    assert joined is not None and "You joined" in joined[0].text
    assert (await citizens.get(services.db, 405)).awaiting is None  # type: ignore[union-attr]


async def test_sessie_with_a_code_joins_for_anyone(
    services: Services, visitor: MakeVisitor, facilitator: int
) -> None:
    session = await open_session(services, visitor)
    shown = code(services, session)
    joined = await participants.join_command(services, await visitor(402), [shown[:2], shown[2:]])
    assert joined is not None and "You joined" in joined[0].text
    unknown = await participants.join_command(services, await visitor(403), ["ZZZZ22"])
    assert unknown is not None and "don't know this session code" in unknown[0].text
    # The facilitator's own words are commands, not codes; a facilitator's unknown code
    # gets the facilitator's help.
    boss = await visitor(facilitator)
    assert await participants.join_command(services, boss, ["stand"]) is None
    assert await participants.join_command(services, boss, ["ZZZZ22"]) is None
    assert await participants.join_command(services, await visitor(404), []) is None


async def test_sessions_from_before_hashing_get_a_new_code(tmp_path: Path) -> None:
    """Migration 0009 replaces stored codes by salts; the first lookup gives them a hash,
    and the facilitator's panel shows the (new) code that works."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        for migration in migrations()[:8]:
            connection.executescript(migration.sql)
        connection.execute("PRAGMA user_version = 8")
        connection.execute(
            "INSERT INTO citizens (user_id, language, created_at, updated_at) "
            "VALUES (700, 'en', '2026-01-01', '2026-01-01')"
        )
        connection.execute(
            "INSERT INTO sessions (code, name, facilitator_id, created_at) "
            "VALUES ('OLD234', 'Oud', 700, '2026-01-01')"
        )
    async with fresh_services(path, "secret", dialogues=None) as services:
        assert "OLD234" not in _everything_stored(path)
        visitor = visitor_factory(services)
        (session,) = await store.open_of(services.db, FACILITATOR)
        shown = session_codes.of_session(services, session)
        joined = await participants.join(services, await visitor(501), shown)
        assert "You joined the session “Oud”" in joined[0].text
        old = await participants.join(services, await visitor(502), "OLD234")
        assert "don't know this session code" in old[0].text
