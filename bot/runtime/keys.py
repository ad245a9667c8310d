"""The bot's keys: one master secret, and a separate key for each purpose derived from it.

The master secret is ``DOETMEE_SECRET`` or the key file (:mod:`bot.runtime.key_file`); it never
lives in the database, so a copy of the database or a backup lets nobody forge a button or a
webhook update, or test Telegram ids against pseudonyms.

Code that needs a key asks :meth:`Keys.for_purpose` with a label of its own (below, or a new
one: any short lowercase name). Each label gets an independent key, HMAC-SHA256(master,
``"doetmee key: " + label``), so knowing one purpose's key tells nothing about another's.

One exception keeps earlier exports valid: the pseudonym key is derived as version 1 of the
bot did (the master with the prefix ``export:``, used as HMAC key), so the stable pseudonyms
of ``--stable-pseudonyms`` exports stay the same across the upgrade. Buttons signed by
version 1 (before this key scheme) stay valid too (:meth:`Keys.earlier`), so a citizen in the
middle of a dialogue can go on pressing the buttons already in the chat.
"""

from __future__ import annotations

import hashlib
import hmac
import re

BUTTONS = "buttons"
"""Signs inline-button callback data (:mod:`bot.messaging.callback_codec`)."""
PSEUDONYMS = "pseudonyms"
"""Stable pseudonyms in exports made with ``--stable-pseudonyms``."""
WEBHOOK = "webhook"
"""The secret token Telegram sends with every webhook request."""

LABEL = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


class Keys:
    """Purpose keys derived from one master secret (bytes, never shown)."""

    def __init__(self, master: bytes) -> None:
        if not master:
            raise ValueError("the master secret must not be empty")
        self._master = master
        self._derived: dict[str, bytes] = {}

    @classmethod
    def from_secret(cls, secret: str) -> Keys:
        return cls(secret.encode("utf-8"))

    def for_purpose(self, label: str) -> bytes:
        """The 32-byte key for ``label`` (the same for the same master and label)."""
        if not LABEL.match(label):
            raise ValueError(f"a key label is a short lowercase name, not {label!r}")
        if label not in self._derived:
            if label == PSEUDONYMS:
                self._derived[label] = b"export:" + self._master  # as in version 1
            else:
                message = b"doetmee key: " + label.encode("ascii")
                self._derived[label] = hmac.new(self._master, message, hashlib.sha256).digest()
        return self._derived[label]

    def earlier(self, label: str) -> tuple[bytes, ...]:
        """Keys that version 1 used for ``label``, still accepted (never used to sign)."""
        if label == BUTTONS:
            return (hashlib.sha256(b"callback:" + self._master).digest(),)
        return ()

    def __repr__(self) -> str:
        return "Keys(<hidden>)"
