"""Join codes of sessions: six characters a class can read from a screen and type.

The database never holds a code. A session stores a random salt and a keyed hash of its
code: the code is HMAC(key, salt), so the facilitator can be shown it again, and a typed
code is found by its hash. Without the key, a copy of the database gives away neither.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import re
import secrets

import segno

from bot.services import Services
from bot.sessions import store
from bot.sessions.store import Session

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O and 1/I: a code read aloud or from a screen is not mistaken."""
LENGTH = 6
_TYPED = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")
_LINK = re.compile(rf"^(?:(?:https?://)?t\.me/\w+\?start=)?s_([A-Za-z0-9]{{{LENGTH}}})$")


JOIN_CODES = "join-codes"
"""The label of the join codes' key (:mod:`bot.runtime.keys`)."""


def key(services: Services) -> bytes:
    """The key for join codes, apart from every other use of the bot's secret."""
    return services.keys.for_purpose(JOIN_CODES)


def new_salt() -> str:
    return secrets.token_hex(16)


def code_of(code_key: bytes, salt: str) -> str:
    """The join code of the session with this salt."""
    digest = hmac.new(code_key, b"code:" + salt.encode(), hashlib.sha256).digest()
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:LENGTH])


def hash_of(code_key: bytes, code: str) -> str:
    """What the database keeps to find a session by its (normalised) code."""
    return hmac.new(code_key, b"hash:" + code.encode(), hashlib.sha256).hexdigest()


def normalise(raw: str) -> str | None:
    """A typed code in any case, with or without spaces or dashes (also the join link or
    ``s_CODE``); None when it cannot be a code."""
    link = _LINK.match(raw.strip())
    text = link.group(1) if link else raw
    squeezed = re.sub(r"[\s\-]+", "", text).upper()
    return squeezed if _TYPED.match(squeezed) else None


def of_session(services: Services, session: Session) -> str:
    """The session's join code (derived with the bot's key; never stored)."""
    return code_of(key(services), session.code_salt)


async def find(services: Services, code: str) -> Session | None:
    """The session with this (normalised) join code."""
    await fill_hashes(services)
    return await store.by_code_hash(services.db, hash_of(key(services), code))


async def fill_hashes(services: Services) -> None:
    """Sessions from before codes were hashed (migration 0012) get their hash; the first
    salt whose code no other session has."""
    code_key = key(services)
    for session in await store.without_code_hash(services.db):
        salt = session.code_salt
        for _ in range(10):
            code_hash = hash_of(code_key, code_of(code_key, salt))
            if await store.set_code(services.db, session.id, salt, code_hash):
                break
            salt = new_salt()


def join_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start=s_{code}"


def qr_png(link: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()
