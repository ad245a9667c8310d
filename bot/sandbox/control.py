"""The control interface: JSON over HTTP under ``/_control/`` (loopback only), with which
tests and the browser chat page play citizens and look at what the bot did.

Requests with a body take JSON. Errors answer ``{"error": "...", ...}`` with 400/404/409.
Actions answer ``seq``: the event number just before the action, so "what happened since"
can be asked (``/chats/{id}/wait``, ``/events?since=``).

Setup and inspection

- ``GET    /_control/``                      overview: bot, users, chats, pending updates,
  webhook, tokens seen, current ``seq``
- ``POST   /_control/reset``                 forget everything (bot identity and token stay)
- ``POST   /_control/users``                 ``{id, first_name?, last_name?, username?,
  language_code?, phone_number?}`` create/update a user (and its private chat)
- ``GET    /_control/users``
- ``POST   /_control/groups``                ``{id (<0), title?, type?: group|supergroup}``
- ``GET    /_control/chats``                 all chats
- ``GET    /_control/chats/{chat_id}``       one chat: chat actions, reply keyboard, menu button
- ``GET    /_control/chats/{chat_id}/messages[?include_deleted=1]``  messages in order, current
  state: ``text``/``caption`` as the bot sent it (HTML kept), ``plain_text``, ``entities``,
  ``reply_markup``, ``buttons``, ``document``/``photo``/…, ``edit_count``, ``deleted``, ``seq``
- ``POST   /_control/chats/{chat_id}/wait``  ``{since?: seq, contains?, count?, timeout?: 5,
  from_bot?: true}`` wait for messages changed after ``since``: at least ``count`` of them,
  and the first containing ``contains`` (else the ``count``-th, else the first). Answers
  ``{found, message, candidates, messages}`` (200 also when not found)
- ``GET    /_control/callback_answers``      answered and unanswered callback queries
- ``GET    /_control/commands[?scope=<json>&language_code=xx]``  commands for that key
- ``GET    /_control/commands/all``          every ``{scope, language_code, commands}``
- ``GET    /_control/files``                 metadata; ``GET /_control/files/{file_id}`` bytes
- ``GET    /_control/calls[?method=&since=n]``  the bot's calls: ``{n, time, method, params,
  status, description?, duration_ms}`` (``getUpdates`` included; filter with ``method``)
- ``GET    /_control/updates``               queued updates not yet confirmed by the bot
- ``POST   /_control/wait_idle``             ``{quiet?: 0.2, timeout?: 5}``: every update fetched
  by the bot, no Bot API call running and none for ``quiet`` s. ``{idle, undelivered,
  in_flight}``
- ``GET    /_control/events[?since=seq]``    Server-Sent Events, one JSON event per ``data:``
- ``GET    /_control/events/log[?since=seq]``  the same events as a JSON list

What citizens do (each answers ``{update_id, message_id, chat_id, seq}``). User fields
(``first_name``, ``last_name``, ``username``, ``language_code``) create or update the user.

- ``POST /_control/send/text``      ``{user_id, text, chat_id?, entities?, reply_to_message_id?}``
  (``bot_command`` entities are added as Telegram does when ``entities`` is absent)
- ``POST /_control/send/sticker``   ``{user_id, emoji?}``
- ``POST /_control/send/photo``     ``{user_id, data_base64?, caption?}`` (default: a tiny PNG)
- ``POST /_control/send/voice``     ``{user_id, duration?, data_base64?}``
- ``POST /_control/send/location``  ``{user_id, latitude, longitude}``
- ``POST /_control/send/contact``   ``{user_id, phone_number, contact_first_name?,
  contact_last_name?, contact_user_id?}``
- ``POST /_control/send/document``  ``{user_id, data_base64, file_name, mime_type?, caption?}``
- ``POST /_control/edit``           ``{user_id, message_id, text, chat_id?}`` → edited_message
- ``POST /_control/press``          ``{user_id, chat_id?, message_id?, text?, data?, forge?}``
  → ``{update_id, callback_query_id, message_id, chat_id, data, seq}``; 404 with
  ``available`` buttons when there is no such button
- ``POST /_control/updates``        ``{update: {...}}`` queue a raw update (update_id replaced)
- ``POST /_control/block``          ``{user_id, blocked?: true, notify?: true}`` the user blocks
  the bot: sends to them answer 403; ``notify`` queues the ``my_chat_member`` update

Faults

- ``POST   /_control/faults``  ``{method ("*" = any), status?, retry_after?, count?: 1,
  description?, delay?: seconds}``: the next ``count`` calls of ``method`` wait ``delay`` and
  answer ``status`` (429 carries ``parameters.retry_after``); no status = only the delay
- ``GET    /_control/faults``; ``DELETE /_control/faults``

Events (``{"seq", "type", "chat_id", "time", ...}``; ``chat_id`` null when no chat is concerned)

``message_sent`` / ``message_edited`` (``message``: the message view above, bot's or user's),
``message_deleted`` (``message_id``), ``update_queued`` (``update``), ``updates_delivered``
(``update_ids``), ``update_skipped``, ``callback_answered`` (``callback``), ``chat_action``
(``action``), ``commands_set``, ``menu_button_set``, ``user_updated``, ``chat_updated``,
``user_blocked_bot``, ``user_unblocked_bot``, ``api_error`` (``method``, ``status``,
``description``), ``fault_added``, ``webhook_set``, ``webhook_delivered``, ``webhook_failed``,
``reset``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.sandbox import user_actions
from bot.sandbox.methods_bot import scope_key
from bot.sandbox.state import Fault, SandboxState, StoredMessage
from bot.sandbox.telegram_json import bot_user_json
from bot.sandbox.user_actions import ControlError

Body = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
USER_FIELDS = ("first_name", "last_name", "username", "language_code", "phone_number")
KEEPALIVE_SECONDS = 15.0
MAX_WAIT_SECONDS = 120.0


async def _body(request: web.Request) -> Body:
    if not request.can_read_body:
        return {}
    try:
        body = await request.json()
    except ValueError as error:
        raise ControlError(400, f"the body is not JSON: {error}") from error
    if not isinstance(body, dict):
        raise ControlError(400, "the body must be a JSON object")
    return body


def _int(body: Body, name: str, default: int | None = None) -> int:
    value = body.get(name, default)
    if value is None:
        raise ControlError(400, f"{name} is required")
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise ControlError(400, f"{name} must be an integer, not {value!r}") from error


def _optional_int(body: Body, name: str) -> int | None:
    return None if body.get(name) is None else _int(body, name)


def _bytes(body: Body, name: str = "data_base64") -> bytes | None:
    value = body.get(name)
    if value is None:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, TypeError) as error:
        raise ControlError(400, f"{name} is not base64") from error


def _user_fields(body: Body) -> dict[str, Any]:
    return {name: body.get(name) for name in USER_FIELDS}


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda v: json.dumps(v, ensure_ascii=False))


class ControlApi:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        get, post = web.get, web.post
        return [
            get("/_control/", self.overview),
            get("/_control", self.overview),
            post("/_control/reset", self.reset),
            post("/_control/users", self.put_user),
            get("/_control/users", self.users),
            post("/_control/groups", self.put_group),
            get("/_control/chats", self.chats),
            get("/_control/chats/{chat_id}", self.chat),
            get("/_control/chats/{chat_id}/messages", self.messages),
            post("/_control/chats/{chat_id}/wait", self.wait_message),
            post("/_control/send/{kind}", self.send),
            post("/_control/edit", self.edit),
            post("/_control/press", self.press),
            post("/_control/updates", self.inject),
            get("/_control/updates", self.pending_updates),
            post("/_control/block", self.block),
            get("/_control/callback_answers", self.callback_answers),
            get("/_control/commands", self.commands),
            get("/_control/commands/all", self.all_commands),
            get("/_control/files", self.files),
            get("/_control/files/{file_id}", self.download),
            get("/_control/calls", self.calls),
            post("/_control/faults", self.add_fault),
            get("/_control/faults", self.faults),
            web.delete("/_control/faults", self.clear_faults),
            post("/_control/wait_idle", self.wait_idle),
            get("/_control/events", self.event_stream),
            get("/_control/events/log", self.event_log),
        ]

    @staticmethod
    @web.middleware
    async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except ControlError as error:
            return _json(error.body(), status=error.status)

    # inspection

    async def overview(self, request: web.Request) -> web.Response:
        state = self.state
        return _json(
            {
                "bot": bot_user_json(state.identity),
                "token_configured": state.token is not None,
                "tokens_seen": sorted(state.tokens_seen),
                "users": [user.view() for user in state.users.values()],
                "chats": [chat.view() for chat in state.chats.values()],
                "pending_updates": [update.json() for update in state.updates],
                "webhook": state.webhook and {"url": state.webhook["url"]},
                "seq": state.events.seq,
                "next_update_id": state.next_update_id,
            }
        )

    async def reset(self, request: web.Request) -> web.Response:
        self.state.reset()
        return _json({"ok": True, "seq": self.state.events.seq})

    async def put_user(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user_id = _int(body, "id")
        if user_id <= 0:
            raise ControlError(400, "user ids are positive")
        user = self.state.ensure_user(user_id, **_user_fields(body))
        return _json(user.view())

    async def users(self, request: web.Request) -> web.Response:
        return _json([user.view() for user in self.state.users.values()])

    async def put_group(self, request: web.Request) -> web.Response:
        body = await _body(request)
        chat_id = _int(body, "id")
        kind = body.get("type", "group")
        if chat_id >= 0 or kind not in ("group", "supergroup"):
            raise ControlError(400, "a group has a negative id and type group or supergroup")
        chat = self.state.ensure_group(chat_id, title=body.get("title"), type_=kind)
        return _json(chat.view())

    async def chats(self, request: web.Request) -> web.Response:
        return _json([chat.view() for chat in self.state.chats.values()])

    def _chat_id(self, request: web.Request) -> int:
        try:
            return int(request.match_info["chat_id"])
        except ValueError as error:
            raise ControlError(400, "chat ids are integers") from error

    async def chat(self, request: web.Request) -> web.Response:
        chat = self.state.chats.get(self._chat_id(request))
        if chat is None:
            raise ControlError(404, f"no chat {request.match_info['chat_id']}")
        return _json(chat.view())

    async def messages(self, request: web.Request) -> web.Response:
        chat = self.state.chats.get(self._chat_id(request))
        if chat is None:
            raise ControlError(404, f"no chat {request.match_info['chat_id']}")
        include_deleted = request.query.get("include_deleted") in ("1", "true")
        return _json([m.view() for m in chat.messages if include_deleted or not m.deleted])

    async def wait_message(self, request: web.Request) -> web.Response:
        chat_id = self._chat_id(request)
        body = await _body(request)
        since = _int(body, "since", 0)
        count = _optional_int(body, "count")
        contains = body.get("contains")
        from_bot = bool(body.get("from_bot", True))
        timeout = min(float(body.get("timeout", 5.0)), MAX_WAIT_SECONDS)

        def candidates() -> list[StoredMessage]:
            chat = self.state.chats.get(chat_id)
            found = [
                m
                for m in (chat.messages if chat else [])
                if m.from_bot == from_bot and not m.deleted and m.seq > since
            ]
            return sorted(found, key=lambda m: m.seq)

        def match() -> StoredMessage | None:
            found = candidates()
            if count is not None and len(found) < count:
                return None
            if contains is not None:
                return next((m for m in found if _contains(m, contains)), None)
            if count is not None:
                return found[count - 1]
            return found[0] if found else None

        await self.state.events.wait_for(lambda: match() is not None, timeout)
        found = match()
        chat = self.state.chats.get(chat_id)
        return _json(
            {
                "found": found is not None,
                "message": found.view() if found else None,
                "candidates": [m.view() for m in candidates()],
                "messages": [m.view() for m in (chat.messages if chat else []) if not m.deleted],
            }
        )

    async def pending_updates(self, request: web.Request) -> web.Response:
        return _json(
            [{**update.json(), "delivered": update.delivered} for update in self.state.updates]
        )

    async def callback_answers(self, request: web.Request) -> web.Response:
        return _json([record.view() for record in self.state.callbacks.values()])

    async def commands(self, request: web.Request) -> web.Response:
        raw_scope = request.query.get("scope")
        try:
            scope = json.loads(raw_scope) if raw_scope else None
        except ValueError as error:
            raise ControlError(400, "scope must be JSON") from error
        key = (scope_key(scope), request.query.get("language_code", ""))
        return _json(self.state.commands.get(key, []))

    async def all_commands(self, request: web.Request) -> web.Response:
        return _json(
            [
                {"scope": json.loads(scope), "language_code": language, "commands": commands}
                for (scope, language), commands in self.state.commands.items()
            ]
        )

    async def files(self, request: web.Request) -> web.Response:
        return _json([stored.view() for stored in self.state.files.values()])

    async def download(self, request: web.Request) -> web.Response:
        stored = self.state.files.get(request.match_info["file_id"])
        if stored is None:
            raise ControlError(404, f"no file {request.match_info['file_id']}")
        headers = {}
        if stored.file_name:
            headers["Content-Disposition"] = f'attachment; filename="{stored.file_name}"'
        return web.Response(
            body=stored.data,
            content_type=stored.mime_type or "application/octet-stream",
            headers=headers,
        )

    async def calls(self, request: web.Request) -> web.Response:
        method = request.query.get("method", "").lower()
        since = int(request.query.get("since", "0"))
        return _json(
            [
                call
                for call in self.state.calls
                if call["n"] > since and (not method or call["method"].lower() == method)
            ]
        )

    # citizens

    async def send(self, request: web.Request) -> web.Response:
        kind = request.match_info["kind"]
        body = await _body(request)
        user = user_actions.acting_user(self.state, _int(body, "user_id"), **_user_fields(body))
        content = self._content(kind, body)
        result = user_actions.send(
            self.state,
            user,
            content,
            chat_id=_optional_int(body, "chat_id"),
            reply_to_message_id=_optional_int(body, "reply_to_message_id"),
        )
        return _json(result)

    def _content(self, kind: str, body: Body) -> dict[str, Any]:
        state = self.state
        if kind == "text":
            text = body.get("text")
            if not isinstance(text, str) or not text:
                raise ControlError(400, "text is required")
            return user_actions.text_content(text, body.get("entities"))
        if kind == "sticker":
            return user_actions.sticker_content(state, body.get("emoji", "👍"))
        if kind == "photo":
            return user_actions.photo_content(state, _bytes(body), body.get("caption"))
        if kind == "voice":
            return user_actions.voice_content(state, _bytes(body), _int(body, "duration", 3))
        if kind == "location":
            try:
                latitude, longitude = float(body["latitude"]), float(body["longitude"])
            except (KeyError, TypeError, ValueError) as error:
                raise ControlError(400, "latitude and longitude are required numbers") from error
            return {"location": {"latitude": latitude, "longitude": longitude}}
        if kind == "contact":
            if not body.get("phone_number"):
                raise ControlError(400, "phone_number is required")
            contact = {
                "phone_number": str(body["phone_number"]),
                "first_name": body.get("contact_first_name") or "Contact",
            }
            if body.get("contact_last_name"):
                contact["last_name"] = body["contact_last_name"]
            if body.get("contact_user_id") is not None:
                contact["user_id"] = _int(body, "contact_user_id")
            return {"contact": contact}
        if kind == "document":
            data = _bytes(body)
            if not data or not body.get("file_name"):
                raise ControlError(400, "data_base64 and file_name are required")
            return user_actions.document_content(
                state, data, str(body["file_name"]), body.get("mime_type"), body.get("caption")
            )
        raise ControlError(404, f"unknown message kind {kind!r}")

    async def edit(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user = user_actions.acting_user(self.state, _int(body, "user_id"))
        text = body.get("text")
        if not isinstance(text, str) or not text:
            raise ControlError(400, "text is required")
        result = user_actions.edit_text(
            self.state, user, _int(body, "message_id"), text, _optional_int(body, "chat_id")
        )
        return _json(result)

    async def press(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user = user_actions.acting_user(self.state, _int(body, "user_id"), **_user_fields(body))
        result = user_actions.press(
            self.state,
            user,
            chat_id=_optional_int(body, "chat_id"),
            message_id=_optional_int(body, "message_id"),
            text=body.get("text"),
            data=body.get("data"),
            forge=bool(body.get("forge", False)),
        )
        return _json(result)

    async def inject(self, request: web.Request) -> web.Response:
        body = await _body(request)
        update = body.get("update")
        if not isinstance(update, dict):
            raise ControlError(400, "update must be a JSON object")
        seq = self.state.events.seq
        try:
            update_id = self.state.inject_update(update)
        except ValueError as error:
            raise ControlError(400, str(error)) from error
        return _json({"update_id": update_id, "seq": seq})

    async def block(self, request: web.Request) -> web.Response:
        body = await _body(request)
        update_id = user_actions.set_blocked(
            self.state,
            _int(body, "user_id"),
            blocked=bool(body.get("blocked", True)),
            notify=bool(body.get("notify", True)),
        )
        return _json({"update_id": update_id, "seq": self.state.events.seq})

    # faults and idleness

    async def add_fault(self, request: web.Request) -> web.Response:
        body = await _body(request)
        method = body.get("method")
        if not isinstance(method, str) or not method:
            raise ControlError(400, "method is required")
        status = _optional_int(body, "status")
        retry_after = _optional_int(body, "retry_after")
        if status == 429 and retry_after is None:
            retry_after = 1
        fault = Fault(
            status=status,
            retry_after=retry_after,
            description=body.get("description"),
            remaining=_int(body, "count", 1),
            delay=float(body.get("delay", 0.0)),
        )
        self.state.add_fault(method, fault)
        return _json(fault.view())

    async def faults(self, request: web.Request) -> web.Response:
        return _json(
            {method: [f.view() for f in queue] for method, queue in self.state.faults.items()}
        )

    async def clear_faults(self, request: web.Request) -> web.Response:
        self.state.faults.clear()
        return _json({"ok": True})

    async def wait_idle(self, request: web.Request) -> web.Response:
        body = await _body(request)
        quiet = float(body.get("quiet", 0.2))
        timeout = min(float(body.get("timeout", 5.0)), MAX_WAIT_SECONDS)
        state = self.state
        idle = await state.events.wait_for(
            lambda: state.is_idle(quiet), timeout, recheck=min(quiet / 4, 0.05) or 0.01
        )
        return _json(
            {"idle": idle, "undelivered": state.undelivered(), "in_flight": state.in_flight}
        )

    # events

    async def event_log(self, request: web.Request) -> web.Response:
        return _json(self.state.events.since(int(request.query.get("since", "0"))))

    async def event_stream(self, request: web.Request) -> web.StreamResponse:
        events = self.state.events
        since = int(request.query.get("since", request.headers.get("Last-Event-ID", "0")))
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        queue = events.subscribe()
        try:
            last = since
            for event in events.since(since):
                await _write_event(response, event)
                last = event["seq"]
            while not events.closed:
                try:
                    event = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if event is None:
                    break
                if event["seq"] > last:
                    await _write_event(response, event)
                    last = event["seq"]
        except ConnectionResetError:
            return response
        finally:
            events.unsubscribe(queue)
        with contextlib.suppress(ConnectionResetError):
            await response.write_eof()
        return response


def _contains(message: StoredMessage, fragment: str) -> bool:
    return fragment in (message.source or "") or fragment in (message.plain_text or "")


async def _write_event(response: web.StreamResponse, event: dict[str, Any]) -> None:
    data = json.dumps(event, ensure_ascii=False)
    await response.write(f"id: {event['seq']}\ndata: {data}\n\n".encode())
