"""A dialogue file sent to the bot: checked, kept until "Activate", then written into the
folder (the version it replaces kept in ``.versions/``) and in use at once, without a restart.

A file with problems is answered with every problem and its line; nothing is kept and nothing
changes. A checked file is kept (``dialogue_uploads``) until it is activated — checked once
more then, since the folder may have changed in between.
"""

from __future__ import annotations

from pathlib import Path

from bot.dialogue_admin import flow, screens
from bot.dialogue_admin import store as admin_store
from bot.dialogue_admin.folder import FolderNotWritable, install
from bot.dialogue_admin.preview import end_preview
from bot.dialogue_admin.upload_check import (
    Verdict,
    check_upload,
    refusal_before_download,
)
from bot.dialogues.loader import SUFFIXES
from bot.dialogues.serialize import from_json
from bot.dialogues.status import Status
from bot.dialogues.versions import KnownVersion
from bot.messaging.incoming_file import FileUnavailable, IncomingFile
from bot.messaging.reply import Outcome, Reply
from bot.people.visitor import Visitor
from bot.services import Services


def looks_like_dialogue(incoming: IncomingFile) -> bool:
    """Files anyone might send as a dialogue (someone without the role is refused politely)."""
    return Path(incoming.file_name).suffix.lower() in SUFFIXES


async def _stored_versions(services: Services) -> list[KnownVersion]:
    known = []
    for _id, _version, definition in await admin_store.stored_definitions(services.db):
        try:
            known.append(KnownVersion.of(from_json(definition)))
        except ValueError:
            continue
    return known


async def _check(services: Services, data: bytes, file_name: str) -> Verdict:
    stored = await _stored_versions(services)
    return check_upload(services.settings.dialogues, data, file_name, stored)


async def received(services: Services, visitor: Visitor, incoming: IncomingFile) -> list[Reply]:
    t = visitor.t
    refusal = refusal_before_download(incoming.file_name, incoming.size)
    if refusal is not None:
        return [screens.refused(t, incoming.file_name, Verdict((refusal,)))]
    try:
        data = await incoming.fetch()
    except FileUnavailable:
        return [screens.not_downloaded(t)]
    verdict = await _check(services, data, incoming.file_name)
    if not verdict.ok:
        return [screens.refused(t, incoming.file_name, verdict)]
    assert verdict.dialogue is not None
    upload = await admin_store.add_upload(
        services.db,
        visitor.update_id,
        visitor.user_id,
        verdict.dialogue.id,
        verdict.dialogue.version,
        Path(incoming.file_name).name,
        data.decode("utf-8-sig"),
    )
    return [screens.checked(t, verdict, upload)]


async def activate(services: Services, visitor: Visitor, upload_id: int) -> Outcome:
    t = visitor.t
    found = await admin_store.upload(services.db, upload_id)
    if found is None:
        return Outcome(notice=screens.upload_gone(t))
    verdict = await _check(services, found.content.encode("utf-8"), found.file_name)
    if not verdict.ok or verdict.dialogue is None or verdict.target is None:
        return Outcome([screens.refused(t, found.file_name, verdict)])
    replaced = verdict.replaces
    try:
        kept = install(
            services.settings.dialogues,
            verdict.target,
            found.content,
            replaced.version if replaced is not None else None,
        )
    except FolderNotWritable as error:
        return Outcome([screens.folder_not_writable(t, error.reason)])
    await admin_store.activated(services.db, found, visitor.user_id)
    services.dialogues.set_status(found.dialogue_id, Status.ACTIVE)
    problems = flow.reload(services)
    end_preview(services, visitor.user_id)
    link = flow.link_of(services, found.dialogue_id)
    replies = [screens.activated(t, verdict.dialogue, replaced, kept, link)]
    if problems:  # the folder changed under us in the meantime
        replies.append(screens.refused(t, found.file_name, Verdict(folder_problems=problems)))
    return Outcome(replies)
