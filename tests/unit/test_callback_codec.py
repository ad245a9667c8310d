"""The callback-data codec accepts only what it produced, and only as the typed action it is."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

import pytest

from bot import application
from bot.answering.actions import Answer, ChooseDialogue, Step, ToggleQuote
from bot.events.actions import AgendaPage, OpenEvent, Remind, ShowAgenda
from bot.ideas.actions import Browse, Moderate, ModerationStep, MyIdeas, Support, View
from bot.messaging import actions
from bot.messaging.actions import Action, action
from bot.messaging.callback_codec import MAX_BYTES, CallbackCodec, CallbackDataError
from bot.onboarding.actions import Consent, ConsentChoice, Guardian, GuardianAnswer
from bot.roles.actions import AskTakeAway, RolesOverview
from bot.sessions.actions import OpenSession, SendDialogue, ShowQuestion, TurnPage


def test_round_trip() -> None:
    codec = CallbackCodec("secret")
    pressed = Answer(12345, 7, Step.CHOOSE, "3")
    data = codec.encode(pressed)
    assert len(data.encode()) <= MAX_BYTES
    decoded = codec.decode(data)
    assert decoded == pressed and isinstance(decoded, Answer)
    assert not isinstance(decoded, Consent)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.replace("q:", "x:", 1),
        lambda d: d[:-1] + ("a" if d[-1] != "a" else "b"),
        lambda d: "2" + d[1:],
        lambda d: d.split("~")[0],
        lambda d: "",
        lambda d: None,
        lambda d: d + "~extra",
    ],
)
def test_rejects_altered_data(tamper) -> None:
    codec = CallbackCodec("secret")
    with pytest.raises(CallbackDataError):
        codec.decode(tamper(codec.encode(Answer(1, 2, Step.CHOOSE, "0"))))


def test_another_secret_does_not_accept() -> None:
    data = CallbackCodec("one").encode(Consent(ConsentChoice.YES))
    with pytest.raises(CallbackDataError):
        CallbackCodec("two").decode(data)


def test_refuses_to_make_what_telegram_would_refuse() -> None:
    codec = CallbackCodec("secret")
    with pytest.raises(CallbackDataError):
        codec.encode(ChooseDialogue("x" * 60))
    with pytest.raises(CallbackDataError):
        codec.encode(ChooseDialogue("a:b"))


def signed_as_before(body: str, secret: bytes = b"secret") -> str:
    """Callback data as earlier versions of the bot made it, without our encoder."""
    digest = hmac.new(secret, ("1" + body).encode(), hashlib.sha256).digest()
    return f"1{body}~{base64.urlsafe_b64encode(digest).decode()[:6]}"


@pytest.mark.parametrize(
    ("old", "typed"),
    [
        ("q:12345:7:c:3", Answer(12345, 7, Step.CHOOSE, "3")),
        ("q:9:2:r:", Answer(9, 2, Step.RESUME, "")),
        ("dlg:goed-bestuur:l", ChooseDialogue("goed-bestuur", listed=True)),
        ("quote:4:1:s", ToggleQuote(4, 1, in_summary=True)),
        ("idea_sup:12:1:n3", Support(12, True, View("new", 3))),
        ("idea_sup:12:0:o", Support(12, False, View(None))),
        ("idea_list:s0", Browse(View("support", 0))),
        ("idea_mine", MyIdeas()),
        ("idea_mod:5:r", Moderate(5, ModerationStep.ASK_REASON)),
        ("ev_list", ShowAgenda()),
        ("ev_list:b", ShowAgenda(back=True)),
        ("ev_list:p:2", AgendaPage(2)),
        ("ev:statenspel-zwolle:r", OpenEvent("statenspel-zwolle", in_place=True)),
        ("ev_rem:statenspel-zwolle:0", Remind("statenspel-zwolle", False)),
        ("consent:yes:below", Consent(ConsentChoice.YES, below=True)),
        ("guardian:school:17", Guardian(GuardianAnswer.SCHOOL, 17)),
        ("guardian:no", Guardian(GuardianAnswer.NO)),
        ("role:ask:4242", AskTakeAway(4242)),
        ("role:back", RolesOverview()),
        ("sess:open:3", OpenSession(3)),
        ("sess:pd:3:2:goed-bestuur", SendDialogue(3, 2, "goed-bestuur")),
        ("sess:q:3:1:0:0", ShowQuestion(3, 1, 0, 0)),
        ("sess:qp:3:1:0:2", TurnPage(3, 1, 0, 2)),
    ],
)
def test_buttons_already_in_chats_still_decode(old: str, typed: Action) -> None:
    """The wire format is the one earlier versions wrote: their buttons keep working."""
    codec = CallbackCodec("secret")
    assert codec.decode(signed_as_before(old)) == typed
    assert codec.encode(typed) == signed_as_before(old)


@pytest.mark.parametrize(
    "body",
    [
        "q:1:2:c",  # a part too few
        "q:1:2:c:3:4",  # a part too many
        "q:x:2:c:3",  # a word where a number belongs
        "q:1:2:zz:3",  # a step that does not exist
        "idea_sup:12:2:n3",  # neither 1 nor 0
        "idea_sup:12:1:q9",  # no view
        "ev_list:x",  # neither back nor a page
        "consent:maybe",
        "sess:open",  # the session is missing
        "sess:fly:3",  # no such verb
        "nonsense:1",
    ],
)
def test_refuses_what_does_not_fit_its_class(body: str) -> None:
    with pytest.raises(CallbackDataError):
        CallbackCodec("secret").decode(signed_as_before(body))


def test_every_action_has_exactly_one_step_and_every_step_a_registered_action() -> None:
    registered = {kind for kinds in actions.known().values() for kind in kinds}
    assert set(application.INDEX.buttons) == registered


def test_an_action_that_a_button_cannot_carry_is_an_error_at_import() -> None:
    with pytest.raises(TypeError):

        @action("test_bad")
        @dataclass(frozen=True)
        class Bad(Action):
            when: float

    with pytest.raises(TypeError):

        @action("test_mutable")
        @dataclass
        class Mutable(Action):
            number: int
