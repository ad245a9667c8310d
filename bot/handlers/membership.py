"""Telegram tells us when a citizen blocks (or unblocks) the bot in their private chat."""

from __future__ import annotations

from telegram import ChatMember, Update

from bot.runtime.context import BotContext
from bot.storage import citizens


async def changed(update: Update, context: BotContext) -> None:
    member = update.my_chat_member
    if member is None or member.chat.type != "private":
        return
    db = context.services.db
    if member.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT):
        await citizens.mark_inactive(db, member.from_user.id)
    else:
        await citizens.seen(db, member.from_user.id, member.from_user.language_code)
