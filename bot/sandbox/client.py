"""A test client for the stand-in's control interface (real HTTP, httpx): play citizens and
look at what the bot did::

    async with StandInClient(standin.url) as citizens:
        await citizens.send_text(1001, "/start")
        reply = await citizens.wait_for_bot_message(1001, contains="Welkom")
        await citizens.press(1001, "Meedoen")

Waiting is relative to the client's last action in that chat: after ``send_text`` or
``press``, :meth:`StandInClient.wait_for_bot_message` looks only at bot messages sent or
edited since (pass ``since=0`` to look at all). Failures raise :class:`AssertionError` with
what was there instead, so a failing test says what the bot did.
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

Message = dict[str, Any]


class ControlRequestFailed(AssertionError):
    """The control interface refused a request (e.g. no such button); the message says why."""


@dataclass(frozen=True)
class Pressed:
    """A button press: the callback query (``callback_query_id`` is None when a reply-keyboard
    button was pressed, which sends its text as a message)."""

    update_id: int
    chat_id: int
    message_id: int
    callback_query_id: str | None = None
    data: str | None = None


def _describe(messages: list[Message]) -> str:
    if not messages:
        return "  (none)"
    lines = []
    for message in messages:
        text = message.get("text") or message.get("caption") or ""
        kind = next(
            (k for k in ("document", "photo", "sticker", "voice", "location") if k in message),
            "text",
        )
        extra = f" buttons={message['buttons']}" if message.get("buttons") else ""
        edited = f" (edited {message['edit_count']}x)" if message.get("edit_count") else ""
        who = "bot" if message.get("from_bot") else f"user {message.get('sender_id')}"
        lines.append(f"  #{message['message_id']} {who} [{kind}]{edited} {text!r}{extra}")
    return "\n".join(lines)


def _explain(detail: dict[str, Any]) -> str:
    """A control error as a readable sentence, listing available buttons when given."""
    lines = [str(detail.get("error", detail))]
    for place in detail.get("available", []):
        if "reply_keyboard" in place:
            lines.append(f"  reply keyboard: {place['reply_keyboard']}")
            continue
        buttons = ", ".join(
            f"{b['text']!r} (data {b['callback_data']!r})"
            if b.get("callback_data")
            else f"{b['text']!r} (url)"
            for b in place["buttons"]
        )
        lines.append(f"  message #{place['message_id']}: {buttons}")
    if "available" in detail:
        lines.insert(1, "available buttons:" if len(lines) > 1 else "there are no buttons")
    return "\n".join(lines)


class StandInClient:
    def __init__(self, url: str, *, request_timeout: float = 10.0) -> None:
        """``url``: the stand-in's root (``BotApiStandIn.url``) or its control URL."""
        base = url.rstrip("/")
        if not base.endswith("/_control"):
            base += "/_control"
        # Plain HTTP on loopback: no proxies from the environment, no CA bundle to load.
        self._http = httpx.AsyncClient(
            base_url=base + "/", trust_env=False, verify=False, timeout=request_timeout
        )
        self._marks: dict[int, int] = {}

    async def __aenter__(self) -> StandInClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # plumbing

    async def _request(
        self,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        http_timeout: float | None = None,
    ) -> Any:
        extra: dict[str, Any] = {} if http_timeout is None else {"timeout": http_timeout}
        response = await self._http.request(method, path, json=body, params=params, **extra)
        if response.status_code >= 400:
            try:
                detail = response.json()
            except ValueError:
                detail = {"error": response.text}
            raise ControlRequestFailed(
                f"{method} /_control/{path} answered {response.status_code}: {_explain(detail)}"
            )
        return response.json()

    def _mark(self, result: dict[str, Any]) -> dict[str, Any]:
        self._marks[int(result["chat_id"])] = int(result["seq"])
        return result

    @staticmethod
    def _user(**fields: Any) -> dict[str, Any]:
        return {key: value for key, value in fields.items() if value is not None}

    # setup and state

    async def reset(self) -> None:
        await self._request("POST", "reset")
        self._marks.clear()

    async def overview(self) -> dict[str, Any]:
        return await self._request("GET", "")

    async def create_user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        phone_number: str | None = None,
    ) -> dict[str, Any]:
        body = self._user(
            id=user_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            phone_number=phone_number,
        )
        return await self._request("POST", "users", body=body)

    async def create_group(
        self, group_id: int, *, title: str | None = None, group_type: str = "group"
    ) -> dict[str, Any]:
        body = self._user(id=group_id, title=title, type=group_type)
        return await self._request("POST", "groups", body=body)

    # what citizens do (each returns the update id)

    async def send_text(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
        entities: list[dict[str, Any]] | None = None,
        reply_to: int | None = None,
    ) -> int:
        """The user sends ``text`` (``/commands`` get ``bot_command`` entities). User fields
        given create or update the user; a new user speaks ``nl`` unless told otherwise."""
        body = self._user(
            user_id=user_id,
            text=text,
            language_code=language_code,
            first_name=first_name,
            last_name=last_name,
            username=username,
            chat_id=chat_id,
            entities=entities,
            reply_to_message_id=reply_to,
        )
        return self._mark(await self._request("POST", "send/text", body=body))["update_id"]

    async def _send(self, kind: str, body: dict[str, Any]) -> int:
        return self._mark(await self._request("POST", f"send/{kind}", body=body))["update_id"]

    async def send_sticker(self, user_id: int, emoji: str = "👍") -> int:
        return await self._send("sticker", {"user_id": user_id, "emoji": emoji})

    async def send_photo(
        self, user_id: int, data: bytes | None = None, *, caption: str | None = None
    ) -> int:
        body = self._user(user_id=user_id, caption=caption)
        if data is not None:
            body["data_base64"] = base64.b64encode(data).decode()
        return await self._send("photo", body)

    async def send_voice(
        self, user_id: int, *, duration: int = 3, data: bytes | None = None
    ) -> int:
        body: dict[str, Any] = {"user_id": user_id, "duration": duration}
        if data is not None:
            body["data_base64"] = base64.b64encode(data).decode()
        return await self._send("voice", body)

    async def send_location(self, user_id: int, latitude: float, longitude: float) -> int:
        body = {"user_id": user_id, "latitude": latitude, "longitude": longitude}
        return await self._send("location", body)

    async def send_contact(
        self,
        user_id: int,
        phone_number: str,
        *,
        first_name: str = "Contact",
        last_name: str | None = None,
        contact_user_id: int | None = None,
    ) -> int:
        body = self._user(
            user_id=user_id,
            phone_number=phone_number,
            contact_first_name=first_name,
            contact_last_name=last_name,
            contact_user_id=contact_user_id,
        )
        return await self._send("contact", body)

    async def send_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> int:
        body = self._user(
            user_id=user_id,
            data_base64=base64.b64encode(data).decode(),
            file_name=file_name,
            mime_type=mime_type,
            caption=caption,
        )
        return await self._send("document", body)

    async def edit_text(
        self, user_id: int, message_id: int, text: str, *, chat_id: int | None = None
    ) -> int:
        """The user edits an earlier message of theirs (an ``edited_message`` update)."""
        body = self._user(user_id=user_id, message_id=message_id, text=text, chat_id=chat_id)
        return self._mark(await self._request("POST", "edit", body=body))["update_id"]

    async def post_in_group(
        self,
        group_id: int,
        user_id: int,
        text: str,
        *,
        title: str | None = None,
        group_type: str = "group",
    ) -> int:
        await self.create_group(group_id, title=title, group_type=group_type)
        return await self.send_text(user_id, text, chat_id=group_id)

    async def press(
        self,
        user_id: int,
        button_text: str | None = None,
        *,
        message_id: int | None = None,
        data: str | None = None,
        chat_id: int | None = None,
    ) -> Pressed:
        """Press the button with this text (and/or callback ``data``) in ``message_id``, by
        default in the latest bot message that has it; a reply-keyboard button sends its text.
        Raises AssertionError listing the available buttons when there is none."""
        body = self._user(
            user_id=user_id, text=button_text, message_id=message_id, data=data, chat_id=chat_id
        )
        return self._pressed(await self._request("POST", "press", body=body))

    async def forge_callback(
        self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None
    ) -> Pressed:
        """A callback query with arbitrary ``data`` on ``message_id`` (forged or stale)."""
        body = self._user(
            user_id=user_id, message_id=message_id, data=data, chat_id=chat_id, forge=True
        )
        return self._pressed(await self._request("POST", "press", body=body))

    def _pressed(self, result: dict[str, Any]) -> Pressed:
        self._mark(result)
        return Pressed(
            update_id=result["update_id"],
            chat_id=result["chat_id"],
            message_id=result["message_id"],
            callback_query_id=result.get("callback_query_id"),
            data=result.get("data"),
        )

    async def inject_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update as given (its ``update_id`` is replaced by the next one)."""
        result = await self._request("POST", "updates", body={"update": update})
        return result["update_id"]

    async def block_bot(self, user_id: int, *, blocked: bool = True, notify: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sending to them answers 403 Forbidden."""
        body = {"user_id": user_id, "blocked": blocked, "notify": notify}
        await self._request("POST", "block", body=body)

    # what the bot did

    async def messages(self, chat_id: int, *, include_deleted: bool = False) -> list[Message]:
        params = {"include_deleted": "1"} if include_deleted else None
        return await self._request("GET", f"chats/{chat_id}/messages", params=params)

    async def bot_messages(self, chat_id: int) -> list[Message]:
        return [m for m in await self.messages(chat_id) if m["from_bot"]]

    async def chat(self, chat_id: int) -> dict[str, Any]:
        return await self._request("GET", f"chats/{chat_id}")

    async def wait_for_bot_message(
        self,
        chat_id: int,
        *,
        contains: str | None = None,
        count: int | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 (the stand-in waits, server side)
    ) -> Message:
        """Wait for bot messages in ``chat_id`` sent or edited after ``since`` (default: this
        client's last action in that chat). Returns the first one containing ``contains``
        (in the text as sent or the plain text) once at least ``count`` are there; without
        ``contains`` the ``count``-th (default the first)."""
        start = self._marks.get(chat_id, 0) if since is None else since
        body = self._user(since=start, contains=contains, count=count, timeout=timeout)
        result = await self._request(
            "POST", f"chats/{chat_id}/wait", body=body, http_timeout=timeout + 10
        )
        if result["found"]:
            return result["message"]
        wanted = ", ".join(
            part
            for part in (
                f"containing {contains!r}" if contains is not None else "",
                f"at least {count}" if count is not None else "",
            )
            if part
        )
        raise AssertionError(
            f"no bot message in chat {chat_id} {wanted or ''} within {timeout}s.\n"
            f"Bot messages since seq {start}:\n{_describe(result['candidates'])}\n"
            f"All messages in the chat:\n{_describe(result['messages'])}"
        )

    async def wait_until_idle(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109 (the stand-in waits, server side)
        *,
        quiet: float = 0.2,
    ) -> None:
        """Wait until the bot fetched every queued update, no call of it is running and it made
        none for ``quiet`` seconds."""
        body = {"timeout": timeout, "quiet": quiet}
        result = await self._request("POST", "wait_idle", body=body, http_timeout=timeout + 10)
        if not result["idle"]:
            raise AssertionError(
                f"the bot is not idle after {timeout}s: {result['undelivered']} update(s) not "
                f"fetched, {result['in_flight']} call(s) running"
            )

    async def download(self, file_id: str) -> bytes:
        response = await self._http.get(f"files/{file_id}")
        if response.status_code != 200:
            raise ControlRequestFailed(f"no file {file_id}: {response.text}")
        return response.content

    async def files(self) -> list[dict[str, Any]]:
        return await self._request("GET", "files")

    async def commands(
        self, language_code: str | None = None, scope: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The commands set for exactly this (scope, language); default scope and no language
        when not given."""
        params = {"language_code": language_code or ""}
        if scope is not None:
            params["scope"] = json.dumps(scope)
        return await self._request("GET", "commands", params=params)

    async def all_commands(self) -> list[dict[str, Any]]:
        return await self._request("GET", "commands/all")

    async def callback_answers(self) -> list[dict[str, Any]]:
        return await self._request("GET", "callback_answers")

    async def callback_answer(self, callback_query_id: str) -> dict[str, Any]:
        for record in await self.callback_answers():
            if record["id"] == callback_query_id:
                return record
        raise ControlRequestFailed(f"no callback query {callback_query_id}")

    async def call_log(self, method: str | None = None) -> list[dict[str, Any]]:
        """The bot's Bot API calls ``{n, time, method, params, status, description?}``."""
        params = {"method": method} if method else None
        return await self._request("GET", "calls", params=params)

    async def pending_updates(self) -> list[dict[str, Any]]:
        return await self._request("GET", "updates")

    # faults

    async def fail_next(
        self,
        method: str,
        status: int | None,
        retry_after: int | None = None,
        count: int = 1,
        *,
        description: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """The next ``count`` calls of ``method`` ("*": any) answer ``status`` (429 with
        ``retry_after``), after ``delay`` seconds; ``status=None`` only delays them."""
        body = self._user(
            method=method,
            status=status,
            retry_after=retry_after,
            count=count,
            description=description,
            delay=delay,
        )
        await self._request("POST", "faults", body=body)

    async def clear_faults(self) -> None:
        await self._request("DELETE", "faults")

    # events

    async def event_log(self, since: int = 0) -> list[dict[str, Any]]:
        return await self._request("GET", "events/log", params={"since": since})

    async def events(self, since: int = 0) -> AsyncIterator[dict[str, Any]]:
        """The live event stream (Server-Sent Events), from after ``since``."""
        async with self._http.stream(
            "GET", "events", params={"since": since}, timeout=httpx.Timeout(None)
        ) as response:
            async for line in response.aiter_lines():
                if line.startswith("data: "):
                    yield json.loads(line.removeprefix("data: "))
