"""The one codec for inline-button callback data: a typed button action
(:mod:`bot.messaging.actions`) in and out.

Layout: ``<version><action>:<arg>:<arg>…~<tag>`` where ``tag`` is a short HMAC over the rest,
made with the bot's button key (:data:`bot.runtime.keys.BUTTONS`). Anything the codec did not
produce — forged, altered, from an older layout, or longer than Telegram's 64 bytes — is
rejected by :meth:`CallbackCodec.decode`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from bot.messaging.actions import Action, ActionError, from_parts, to_parts

VERSION = "1"
MAX_BYTES = 64
TAG_LENGTH = 6
FORBIDDEN_IN_ARGS = (":", "~")
DECODED_KEPT = 4096


class CallbackDataError(ValueError):
    """The callback data cannot be encoded, or was not made by us."""


class CallbackCodec:
    def __init__(self, key: bytes | str, earlier: tuple[bytes, ...] = ()) -> None:
        """``key`` signs and checks; ``earlier`` keys only check (buttons already in chats)."""
        self._key = key if isinstance(key, bytes) else key.encode()
        self._earlier = earlier
        self._decoded: dict[str, Action] = {}

    def _tag(self, body: str, key: bytes | None = None) -> str:
        digest = hmac.new(key or self._key, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode()[:TAG_LENGTH]

    def _signed(self, body: str, tag: str) -> bool:
        return any(
            hmac.compare_digest(tag, self._tag(body, key)) for key in (self._key, *self._earlier)
        )

    def encode(self, pressed: Action) -> str:
        try:
            parts = to_parts(pressed)
        except ActionError as error:
            raise CallbackDataError(str(error)) from None
        for part in parts:
            if any(ch in part for ch in FORBIDDEN_IN_ARGS):
                raise CallbackDataError(f"callback part {part!r} contains ':' or '~'")
        body = VERSION + ":".join(parts)
        data = f"{body}~{self._tag(body)}"
        if len(data.encode()) > MAX_BYTES:
            raise CallbackDataError(f"callback data is longer than {MAX_BYTES} bytes: {data!r}")
        return data

    def decode(self, data: object) -> Action:
        """The action of a pressed button; :class:`CallbackDataError` for anything we did not
        make, that was altered, or that does not fit its action exactly."""
        if isinstance(data, str) and data in self._decoded:
            return self._decoded[data]
        if not isinstance(data, str) or len(data.encode()) > MAX_BYTES:
            raise CallbackDataError("not callback data of ours")
        body, sep, tag = data.rpartition("~")
        if not sep or not body.startswith(VERSION) or len(body) < 2:
            raise CallbackDataError("not callback data of ours")
        if not self._signed(body, tag):
            raise CallbackDataError("callback data was altered")
        try:
            pressed = from_parts(body[len(VERSION) :].split(":"))
        except ActionError as error:
            raise CallbackDataError(str(error)) from None
        if len(self._decoded) >= DECODED_KEPT:
            self._decoded.clear()
        self._decoded[data] = pressed
        return pressed
