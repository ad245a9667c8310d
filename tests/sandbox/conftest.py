"""Fixtures: a stand-in on a free loopback port, a control client, a real ``telegram.Bot``
and a minimal real ``telegram.ext.Application`` polling the stand-in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.sandbox.client import StandInClient
from bot.sandbox.standin import BotApiStandIn

TOKEN = "123456:TEST-token"


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    server = BotApiStandIn()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def citizens(standin: BotApiStandIn) -> AsyncIterator[StandInClient]:
    async with StandInClient(standin.url) as client:
        yield client


def plain_http() -> HTTPXRequest:
    """PTB's own request class; ``verify=False`` only skips loading a CA bundle (plain HTTP)."""
    return HTTPXRequest(httpx_kwargs={"verify": False})


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    async with Bot(
        TOKEN,
        base_url=standin.base_url,
        base_file_url=standin.base_file_url,
        request=plain_http(),
        get_updates_request=plain_http(),
    ) as b:
        yield b


@dataclass
class EchoBot:
    """What the minimal application saw."""

    app: Application
    errors: list[BaseException] = field(default_factory=list)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_text("<b>Welkom</b> bij de test", parse_mode="HTML")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Nog eens", callback_data="again")],
            [InlineKeyboardButton("Klaar", callback_data="done")],
        ]
    )
    await update.message.reply_text(f"Echo: {update.message.text}", reply_markup=keyboard)


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"Gekozen: {query.data}")
    await query.edit_message_text(f"Je koos {query.data}")


async def _document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.document is not None
    file = await update.message.document.get_file()
    data = bytes(await file.download_as_bytearray())
    await update.message.reply_document(data[::-1], filename="omgekeerd.bin", caption="terug")


@pytest.fixture
async def echo_bot(standin: BotApiStandIn) -> AsyncIterator[EchoBot]:
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(standin.base_url)
        .base_file_url(standin.base_file_url)
        .build()
    )
    seen = EchoBot(app)

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        seen.errors.append(context.error)

    app.add_handler(CommandHandler("start", _start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    app.add_handler(MessageHandler(filters.Document.ALL, _document))
    app.add_handler(CallbackQueryHandler(_button))
    app.add_error_handler(on_error)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(timeout=5)
    try:
        yield seen
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
