"""Handlers of the ideas feature (being built; registered in bot/application.py)."""

from __future__ import annotations

from typing import Any

from telegram.ext import BaseHandler

from bot.callback_codec import CallbackCodec
from bot.onboarding import DeepLinkHandler
from bot.text_inputs import TextInputHandler

DEEP_LINKS: dict[str, DeepLinkHandler] = {}
TEXT_INPUTS: dict[str, TextInputHandler] = {}


def handlers(codec: CallbackCodec) -> list[BaseHandler[Any, Any, Any]]:
    return []
