"""Bot API methods for receiving updates: getUpdates (long polling) and the webhook settings
(setWebhook, deleteWebhook, getWebhookInfo). Delivery to a webhook is in
:mod:`bot.sandbox.webhook`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from bot.sandbox.api_error import ApiError
from bot.sandbox.params import Params
from bot.sandbox.state import DEFAULT_UPDATE_TYPES, SandboxState

MAX_UPDATES = 100
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


def _set_allowed_updates(state: SandboxState, params: Params) -> None:
    allowed = params.json("allowed_updates")
    if isinstance(allowed, list):
        state.allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES


async def get_updates(state: SandboxState, params: Params) -> list[dict[str, Any]]:
    if state.webhook is not None:
        raise ApiError(409, CONFLICT_WEBHOOK)
    offset = params.integer("offset")
    limit = min(max(params.integer("limit") or MAX_UPDATES, 1), MAX_UPDATES)
    timeout = max(params.number("timeout") or 0.0, 0.0)
    _set_allowed_updates(state, params)
    state.confirm_updates(offset)
    state.poll_generation += 1
    generation = state.poll_generation
    state.events.poke()
    if not state.deliverable() and timeout > 0:
        await state.events.wait_for(
            lambda: bool(state.deliverable()) or state.poll_generation != generation,
            timeout,
        )
    if state.poll_generation != generation:
        raise ApiError(409, CONFLICT_OTHER_POLL)
    return [update.json() for update in state.take_updates(limit)]


def set_webhook(state: SandboxState, params: Params) -> bool:
    url = params.text("url") or ""
    if params.boolean("drop_pending_updates"):
        state.updates.clear()
    if not url:
        state.webhook = None
        state.events.emit("webhook_set", None, webhook=None)
        return True
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or parsed.hostname not in LOOPBACK_HOSTS:
        raise ApiError.bad_request(
            "bad webhook: the stand-in delivers webhooks only to loopback addresses"
        )
    _set_allowed_updates(state, params)
    state.webhook = {
        "url": url,
        "secret_token": params.text("secret_token"),
        "max_connections": params.integer("max_connections") or 40,
    }
    state.webhook_error = None
    state.events.emit("webhook_set", None, webhook={"url": url})
    return True


def delete_webhook(state: SandboxState, params: Params) -> bool:
    if params.boolean("drop_pending_updates"):
        state.updates.clear()
    if state.webhook is not None:
        state.webhook = None
        state.events.emit("webhook_set", None, webhook=None)
    return True


def get_webhook_info(state: SandboxState, params: Params) -> dict[str, Any]:
    info: dict[str, Any] = {
        "url": state.webhook["url"] if state.webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates),
    }
    if state.webhook:
        info["max_connections"] = state.webhook["max_connections"]
        info["allowed_updates"] = sorted(state.allowed_updates)
    if state.webhook_error:
        info.update(state.webhook_error)
    return info


METHODS: dict[str, Callable[[SandboxState, Params], Any]] = {
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
}
