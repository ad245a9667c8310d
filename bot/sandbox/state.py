"""The stand-in's world: users, chats with their messages, files, queued updates, callback
queries, commands, faults and the call log. Everything that changes emits an event
(:mod:`bot.sandbox.events`); a message remembers the event ``seq`` of its last change.

Private chats have the id of their user (positive); groups have negative ids. Message ids
count per chat from 1; update ids count from 1 for the whole stand-in (monotonic, also
across :meth:`SandboxState.reset`).
"""

from __future__ import annotations

import secrets
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.sandbox.events import EventLog
from bot.sandbox.files import StoredFile, new_file
from bot.sandbox.markup import inline_buttons

DEFAULT_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "callback_query",
        "inline_query",
        "chosen_inline_result",
        "my_chat_member",
        "pre_checkout_query",
        "shipping_query",
        "poll",
        "poll_answer",
        "chat_join_request",
    }
)


@dataclass
class BotIdentity:
    id: int = 8_000_000_001
    username: str = "doetmee_test_bot"
    first_name: str = "Overijssel doet mee! (test)"


@dataclass
class SandboxUser:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "nl"
    phone_number: str | None = None
    blocked_bot: bool = False

    def view(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StoredMessage:
    message_id: int
    chat_id: int
    sender_id: int
    from_bot: bool
    date: int
    content: dict[str, Any]
    source: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    reply_to_message_id: int | None = None
    link_preview_options: dict[str, Any] | None = None
    edit_date: int | None = None
    edit_count: int = 0
    deleted: bool = False
    seq: int = 0

    @property
    def plain_text(self) -> str | None:
        return self.content.get("text", self.content.get("caption"))

    def view(self) -> dict[str, Any]:
        """The message as the control interface shows it: Telegram's content fields, the text
        (or caption) exactly as the bot sent it, and bookkeeping."""
        shown: dict[str, Any] = {
            "message_id": self.message_id,
            "chat_id": self.chat_id,
            "from_bot": self.from_bot,
            "sender_id": self.sender_id,
            "date": self.date,
        }
        shown.update(self.content)
        field_name = "text" if "text" in self.content else "caption"
        if self.source is not None:
            shown[field_name] = self.source
        shown["plain_text"] = self.plain_text
        shown["parse_mode"] = self.parse_mode
        shown["reply_markup"] = self.reply_markup
        shown["buttons"] = [
            [button.get("text") if isinstance(button, dict) else button for button in row]
            for row in (self.reply_markup or {}).get(
                "inline_keyboard", (self.reply_markup or {}).get("keyboard", [])
            )
        ]
        shown["reply_to_message_id"] = self.reply_to_message_id
        shown["link_preview_options"] = self.link_preview_options
        shown["edit_date"] = self.edit_date
        shown["edit_count"] = self.edit_count
        shown["deleted"] = self.deleted
        shown["seq"] = self.seq
        return shown


@dataclass
class SandboxChat:
    id: int
    type: str
    title: str | None = None
    instance: str = field(default_factory=lambda: str(secrets.randbits(62)))
    messages: list[StoredMessage] = field(default_factory=list)
    next_message_id: int = 1
    actions: list[dict[str, Any]] = field(default_factory=list)
    reply_keyboard: dict[str, Any] | None = None
    menu_button: dict[str, Any] | None = None

    def message(self, message_id: int) -> StoredMessage | None:
        for message in self.messages:
            if message.message_id == message_id:
                return message
        return None

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "title": self.title,
            "message_count": sum(1 for m in self.messages if not m.deleted),
            "actions": self.actions,
            "reply_keyboard": self.reply_keyboard,
            "menu_button": self.menu_button,
        }


@dataclass
class CallbackRecord:
    id: str
    chat_id: int
    user_id: int
    message_id: int
    data: str | None
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int | None = None

    def view(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Fault:
    status: int | None
    retry_after: int | None = None
    description: str | None = None
    remaining: int = 1
    delay: float = 0.0

    def view(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class QueuedUpdate:
    update_id: int
    kind: str
    payload: dict[str, Any]
    chat_id: int | None
    delivered: bool = False

    def json(self) -> dict[str, Any]:
        return {"update_id": self.update_id, self.kind: self.payload}


class SandboxState:
    def __init__(self, identity: BotIdentity | None = None, token: str | None = None) -> None:
        self.identity = identity or BotIdentity()
        self.token = token
        self.events = EventLog()
        self.next_update_id = 1
        self._file_counter = 0
        self._call_counter = 0
        self.in_flight = 0
        self.poll_generation = 0
        self.reset()

    def reset(self) -> None:
        """Forget everything but the bot's identity, token, calls running now and the counters
        that must stay monotonic (update ids, event seq)."""
        self.users: dict[int, SandboxUser] = {}
        self.chats: dict[int, SandboxChat] = {}
        self.updates: list[QueuedUpdate] = []
        self.files: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.settings: dict[str, Any] = {}
        self.webhook: dict[str, Any] | None = None
        self.webhook_error: dict[str, Any] | None = None
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.faults: dict[str, list[Fault]] = {}
        self.calls: deque[dict[str, Any]] = deque(maxlen=20_000)
        self.tokens_seen: set[str] = set()
        self.last_activity = time.monotonic()
        self.events.emit("reset")

    # users and chats

    def ensure_user(self, user_id: int, **fields: Any) -> SandboxUser:
        """The user, created if new; given (non-None) fields update it."""
        given = {key: value for key, value in fields.items() if value is not None}
        user = self.users.get(user_id)
        if user is None:
            given.setdefault("first_name", f"Inwoner {user_id}")
            user = SandboxUser(id=user_id, **given)
            self.users[user_id] = user
            self.chats.setdefault(user_id, SandboxChat(id=user_id, type="private"))
            self.events.emit("user_updated", user_id, user=user.view())
        elif any(getattr(user, key) != value for key, value in given.items()):
            for key, value in given.items():
                setattr(user, key, value)
            self.events.emit("user_updated", user_id, user=user.view())
        return user

    def ensure_group(
        self, chat_id: int, *, title: str | None = None, type_: str = "group"
    ) -> SandboxChat:
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = SandboxChat(id=chat_id, type=type_, title=title or f"Groep {chat_id}")
            self.chats[chat_id] = chat
            self.events.emit("chat_updated", chat_id, chat=chat.view())
        elif title is not None and title != chat.title:
            chat.title = title
            self.events.emit("chat_updated", chat_id, chat=chat.view())
        return chat

    # messages

    def add_message(
        self,
        chat: SandboxChat,
        *,
        sender_id: int,
        from_bot: bool,
        content: dict[str, Any],
        source: str | None = None,
        parse_mode: str | None = None,
        reply_markup: dict[str, Any] | None = None,
        reply_to_message_id: int | None = None,
        link_preview_options: dict[str, Any] | None = None,
    ) -> StoredMessage:
        message = StoredMessage(
            message_id=chat.next_message_id,
            chat_id=chat.id,
            sender_id=sender_id,
            from_bot=from_bot,
            date=int(time.time()),
            content=content,
            source=source,
            parse_mode=parse_mode,
            reply_markup=reply_markup,
            reply_to_message_id=reply_to_message_id,
            link_preview_options=link_preview_options,
            seq=self.events.seq + 1,
        )
        chat.next_message_id += 1
        chat.messages.append(message)
        if from_bot and reply_markup is not None:
            if "keyboard" in reply_markup:
                chat.reply_keyboard = reply_markup
            elif reply_markup.get("remove_keyboard"):
                chat.reply_keyboard = None
        self.events.emit("message_sent", chat.id, message=message.view())
        return message

    def edit_message(self, message: StoredMessage, **changes: Any) -> StoredMessage:
        for key, value in changes.items():
            setattr(message, key, value)
        message.edit_count += 1
        message.edit_date = int(time.time())
        message.seq = self.events.seq + 1
        self.events.emit("message_edited", message.chat_id, message=message.view())
        return message

    def delete_message(self, message: StoredMessage) -> None:
        message.deleted = True
        message.seq = self.events.seq + 1
        self.events.emit("message_deleted", message.chat_id, message_id=message.message_id)

    def latest_with_button(self, chat: SandboxChat) -> list[StoredMessage]:
        """Bot messages with inline buttons, newest first."""
        return [
            message
            for message in reversed(chat.messages)
            if message.from_bot and not message.deleted and inline_buttons(message.reply_markup)
        ]

    # files

    def add_file(
        self,
        kind: str,
        data: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        from_bot: bool,
    ) -> StoredFile:
        self._file_counter += 1
        stored = new_file(
            self._file_counter,
            kind,
            data,
            file_name=file_name,
            mime_type=mime_type,
            from_bot=from_bot,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, file_path: str) -> StoredFile | None:
        return next((f for f in self.files.values() if f.file_path == file_path), None)

    # updates

    def queue_update(self, kind: str, payload: dict[str, Any], chat_id: int | None) -> int:
        update = QueuedUpdate(self.next_update_id, kind, payload, chat_id)
        self.next_update_id += 1
        self.updates.append(update)
        self.last_activity = time.monotonic()
        self.events.emit("update_queued", chat_id, update=update.json())
        return update.update_id

    def inject_update(self, raw: dict[str, Any]) -> int:
        """Queue a raw update (any JSON); its ``update_id`` is replaced by the next one."""
        kinds = [key for key in raw if key != "update_id"]
        if len(kinds) != 1 or not isinstance(raw[kinds[0]], dict):
            raise ValueError("an update has exactly one object field besides update_id")
        payload = raw[kinds[0]]
        chat = payload.get("chat") or (payload.get("message") or {}).get("chat") or {}
        return self.queue_update(kinds[0], payload, chat.get("id"))

    def confirm_updates(self, offset: int | None) -> None:
        """Drop updates the bot confirmed (``update_id < offset``); a negative offset keeps
        only the last ``-offset`` updates, as Telegram does."""
        if offset is None:
            return
        if offset < 0:
            self.updates = self.updates[offset:]
        else:
            self.updates = [u for u in self.updates if u.update_id >= offset]

    def deliverable(self) -> list[QueuedUpdate]:
        return [u for u in self.updates if u.kind in self.allowed_updates]

    def take_updates(self, limit: int) -> list[QueuedUpdate]:
        """Updates for a getUpdates answer (or a webhook); others are skipped for good."""
        skipped = [u for u in self.updates if u.kind not in self.allowed_updates]
        for update in skipped:
            self.updates.remove(update)
            self.events.emit("update_skipped", update.chat_id, update_id=update.update_id)
        batch = self.updates[:limit]
        fresh = [u for u in batch if not u.delivered]
        for update in fresh:
            update.delivered = True
        if fresh:
            self.last_activity = time.monotonic()
            self.events.emit("updates_delivered", None, update_ids=[u.update_id for u in fresh])
        return batch

    def undelivered(self) -> int:
        return sum(1 for u in self.deliverable() if not u.delivered)

    def is_idle(self, quiet: float) -> bool:
        return (
            self.undelivered() == 0
            and self.in_flight == 0
            and time.monotonic() - self.last_activity >= quiet
        )

    # faults and the call log

    def add_fault(self, method: str, fault: Fault) -> None:
        self.faults.setdefault(method.lower(), []).append(fault)
        self.events.emit("fault_added", None, method=method, fault=fault.view())

    def take_fault(self, method: str) -> Fault | None:
        for key in (method.lower(), "*"):
            queue = self.faults.get(key)
            if queue:
                fault = queue[0]
                fault.remaining -= 1
                if fault.remaining <= 0:
                    queue.pop(0)
                return fault
        return None

    def record_call(self, call: dict[str, Any]) -> dict[str, Any]:
        self._call_counter += 1
        call = {"n": self._call_counter, **call}
        self.calls.append(call)
        return call
