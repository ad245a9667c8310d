"""How Telegram reaches sessions (:mod:`bot.sessions`): /sessie and the facilitator's buttons,
the school's permission, and the participants' side — the link ``s_<code>``, a join code
typed or after /sessie, the Start and Answer buttons and typed answers; and what each needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.feature import (
    IN_SESSION,
    Command,
    Feature,
    TextInput,
    TypedText,
    facilitator,
    pressed,
)
from bot.messaging.reply import Reply
from bot.people import access
from bot.people.visitor import Visitor
from bot.services import Services
from bot.sessions import command, participants, pushes, school_permission, screens
from bot.sessions import facilitator as facilitating
from bot.sessions.actions import (
    AnswerPrompt,
    AskClose,
    AskQuestion,
    ChooseDialogueToSend,
    CloseSession,
    MySessions,
    NewSession,
    OpenSession,
    RefreshResults,
    Results,
    SchoolPermission,
    SendDialogue,
    ShowQr,
    ShowQuestion,
    StartPushed,
    SummaryPdf,
    TurnPage,
    UseDefaultName,
)
from bot.storage import audit

FACILITATOR = facilitator("sessie")


async def sessie(services: Services, visitor: Visitor, words: Sequence[str]) -> list[Reply]:
    """/sessie CODE (anyone: join), or a facilitator's /sessie [new|start|stand|sluit …].
    Everyone may use it, so the role is checked here, after the join code: someone else
    gets how to join (and the refusal is logged, as for every role command)."""
    args = list(words)
    joined = await participants.join_command(services, visitor, args)
    if joined is not None:
        return joined
    if not await access.is_facilitator(services.db, services.settings, visitor.user_id):
        await audit.record(services.db, visitor.user_id, "refused", "sessie")
        return [screens.join_how(visitor.t)]
    return await command.command(services, visitor, args)


FEATURE = Feature(
    "sessions",
    commands={"sessie": Command(sessie)},
    buttons=(
        pressed(NewSession, lambda s, v, _: facilitating.ask_name(s, v), FACILITATOR),
        pressed(
            UseDefaultName, lambda s, v, _: facilitating.create_with_default_name(s, v), FACILITATOR
        ),
        pressed(MySessions, lambda s, v, _: facilitating.overview(s, v), FACILITATOR),
        pressed(OpenSession, lambda s, v, a: facilitating.panel(s, v, a.session_id), FACILITATOR),
        pressed(ShowQr, lambda s, v, a: facilitating.show_qr(s, v, a.session_id), FACILITATOR),
        pressed(
            ChooseDialogueToSend,
            lambda s, v, a: facilitating.choose_dialogue(s, v, a.session_id),
            FACILITATOR,
        ),
        pressed(
            SendDialogue,
            lambda s, v, a: facilitating.push_dialogue(s, v, a.session_id, a.number, a.dialogue_id),
            FACILITATOR,
        ),
        pressed(
            AskQuestion, lambda s, v, a: facilitating.ask_prompt(s, v, a.session_id), FACILITATOR
        ),
        pressed(Results, lambda s, v, a: facilitating.stand(s, v, a.session_id), FACILITATOR),
        pressed(
            RefreshResults,
            lambda s, v, a: facilitating.stand(s, v, a.session_id, replace=True),
            FACILITATOR,
        ),
        pressed(
            ShowQuestion,
            lambda s, v, a: facilitating.question(
                s, v, a.session_id, a.push_number, a.index, a.page
            ),
            FACILITATOR,
        ),
        pressed(
            TurnPage,
            lambda s, v, a: facilitating.question(
                s, v, a.session_id, a.push_number, a.index, a.page, turning=True
            ),
            FACILITATOR,
        ),
        pressed(
            SummaryPdf, lambda s, v, a: facilitating.summary_as_pdf(s, v, a.session_id), FACILITATOR
        ),
        pressed(
            AskClose, lambda s, v, a: facilitating.confirm_close(s, v, a.session_id), FACILITATOR
        ),
        pressed(CloseSession, lambda s, v, a: facilitating.close(s, v, a.session_id), FACILITATOR),
        # The school's permission: only the session's own facilitator (checked by the step).
        pressed(
            SchoolPermission,
            lambda s, v, a: school_permission.answer(s, v, a.session_id, a.arranged),
        ),
        pressed(StartPushed, lambda s, v, a: participants.start_pushed(s, v, a.push_id)),
        pressed(AnswerPrompt, lambda s, v, a: participants.ready_to_answer(s, v, a.push_id)),
    ),
    deep_links={"s": participants.join},
    text_inputs={
        pushes.ANSWER_KIND: TextInput(participants.answer, IN_SESSION),
        facilitating.NAME_KIND: TextInput(facilitating.named, FACILITATOR),
        facilitating.PROMPT_KIND: TextInput(facilitating.prompt_typed, FACILITATOR),
    },
    typed_text=TypedText(participants.typed_code, first=True),
    unfinished=participants.unfinished,
)
