"""Join codes of sessions: six characters a class can read from a screen and type.

The database never holds a code. A session stores a random salt and a keyed hash of its
code: the code is HMAC(key, salt), so the facilitator can be shown it again, and a typed
code is found by its hash. Without the key, a copy of the database gives away neither.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from bot.services import Services

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O and 1/I: a code read aloud or from a screen is not mistaken."""
LENGTH = 6
_TYPED = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")
_LINK = re.compile(rf"^(?:(?:https?://)?t\.me/\w+\?start=)?s_([A-Za-z0-9]{{{LENGTH}}})$")


def key(services: Services) -> bytes:
    """The key for join codes, apart from every other use of the bot's secret.

    When the per-purpose keys of issue 9 are merged, this becomes their "session join
    codes" key (one line).
    """
    return hmac.new(services.secret.encode(), b"doetmee session join codes", "sha256").digest()


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
