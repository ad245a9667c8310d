"""Bot API methods about the bot itself: getMe, logOut/close, commands per (scope, language),
the menu button, name and descriptions."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from bot.sandbox.api_error import ApiError
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState
from bot.sandbox.telegram_json import bot_user_json

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE = re.compile(r"[a-z]{2}")
_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_TEXTS = {
    "Description": ("description", 512),
    "ShortDescription": ("short_description", 120),
    "Name": ("name", 64),
}


def scope_key(scope: Any) -> str:
    """The canonical JSON of a BotCommandScope (default scope when none)."""
    scope = scope or {"type": "default"}
    return json.dumps(scope, sort_keys=True, separators=(",", ":"))


def _scope(state: SandboxState, params: Params) -> str:
    scope = params.json("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
        raise ApiError.bad_request("can't parse BotCommandScope JSON object")
    if "chat_id" in scope and _known_chat(state, scope["chat_id"]) is None:
        raise ApiError.bad_request("chat not found")
    return scope_key(scope)


def _known_chat(state: SandboxState, raw: Any) -> int | None:
    try:
        chat_id = int(raw)
    except (TypeError, ValueError):
        return None
    return chat_id if chat_id in state.chats else None


def _language(params: Params) -> str:
    language = params.text("language_code") or ""
    if language and not _LANGUAGE.fullmatch(language):
        raise ApiError.bad_request("invalid language code specified")
    return language


def get_me(state: SandboxState, params: Params) -> dict[str, Any]:
    return bot_user_json(state.identity, full=True)


def log_out(state: SandboxState, params: Params) -> bool:
    return True


def set_my_commands(state: SandboxState, params: Params) -> bool:
    commands = params.json("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise ApiError.bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND.fullmatch(str(command.get("command"))):
            raise ApiError.bad_request("BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise ApiError.bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = (_scope(state, params), _language(params))
    cleaned = [{"command": c["command"], "description": c["description"]} for c in commands]
    if cleaned:
        state.commands[key] = cleaned
    else:
        state.commands.pop(key, None)
    state.events.emit(
        "commands_set", None, scope=json.loads(key[0]), language_code=key[1], commands=cleaned
    )
    return True


def get_my_commands(state: SandboxState, params: Params) -> list[dict[str, Any]]:
    return state.commands.get((_scope(state, params), _language(params)), [])


def delete_my_commands(state: SandboxState, params: Params) -> bool:
    key = (_scope(state, params), _language(params))
    state.commands.pop(key, None)
    state.events.emit(
        "commands_set", None, scope=json.loads(key[0]), language_code=key[1], commands=[]
    )
    return True


def set_chat_menu_button(state: SandboxState, params: Params) -> bool:
    button = params.json("menu_button") or {"type": "default"}
    if not isinstance(button, dict) or button.get("type") not in ("default", "commands", "web_app"):
        raise ApiError.bad_request("can't parse menu button JSON object")
    chat_id = params.text("chat_id")
    if chat_id:
        known = _known_chat(state, chat_id)
        if known is None:
            raise ApiError.bad_request("chat not found")
        state.chats[known].menu_button = button
    else:
        state.settings["menu_button"] = button
    state.events.emit("menu_button_set", _known_chat(state, chat_id), menu_button=button)
    return True


def get_chat_menu_button(state: SandboxState, params: Params) -> dict[str, Any]:
    chat_id = _known_chat(state, params.text("chat_id"))
    if chat_id is not None and state.chats[chat_id].menu_button is not None:
        return state.chats[chat_id].menu_button or {}
    return state.settings.get("menu_button", {"type": "commands"})


def _text_setter(suffix: str) -> Callable[[SandboxState, Params], bool]:
    field, limit = _TEXTS[suffix]

    def setter(state: SandboxState, params: Params) -> bool:
        value = params.text(field) or ""
        if len(value) > limit:
            raise ApiError.bad_request(f"{field.upper()}_INVALID")
        state.settings[f"{field}:{_language(params)}"] = value
        return True

    return setter


def _text_getter(suffix: str) -> Callable[[SandboxState, Params], dict[str, str]]:
    field, _limit = _TEXTS[suffix]

    def getter(state: SandboxState, params: Params) -> dict[str, str]:
        language = _language(params)
        value = state.settings.get(f"{field}:{language}", state.settings.get(f"{field}:", ""))
        if field == "name" and not value:
            value = state.identity.first_name
        return {field: value}

    return getter


METHODS: dict[str, Callable[[SandboxState, Params], Any]] = {
    "getMe": get_me,
    "logOut": log_out,
    "close": log_out,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
    **{f"setMy{suffix}": _text_setter(suffix) for suffix in _TEXTS},
    **{f"getMy{suffix}": _text_getter(suffix) for suffix in _TEXTS},
}
