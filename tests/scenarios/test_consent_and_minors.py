"""Consent with the age band; under 16 only with a parent's or the school's permission; old
consent buttons act on the present; what waited for consent runs after it; older terms."""

from __future__ import annotations

from bot.answering import store as runs
from bot.messaging.callback_codec import CallbackCodec
from bot.onboarding.actions import AgeBand, Consent, ConsentChoice, Guardian, GuardianAnswer
from bot.people.consent import TERMS_VERSION
from bot.privacy.actions import Withdraw, WithdrawStep
from bot.runtime.keys import BUTTONS, Keys
from bot.sandbox.client import StandInClient
from bot.storage import citizens as citizen_store
from bot.storage.database import Database
from tests.scenarios.conftest import BotUnderTest, consent

YES = "✅ Ja, ik doe mee"
NO = "Nee, liever niet"
GUARDIAN = "👍 Mijn ouder of verzorger vindt het goed"
FACILITATOR = 9000  # staff may lead sessions


async def start_as_minor(citizens: StandInClient, user: int, text: str = "/start") -> None:
    await citizens.send_text(user, text, first_name="Noor", last_name="Visser")
    await citizens.wait_for_bot_message(user, contains="Doe je mee?")
    await citizens.press(user, YES)
    await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.press(user, "jonger dan 16")
    await citizens.wait_for_bot_message(user, contains="Je bent jonger dan 16")


async def test_under_16_without_permission_keeps_only_language_and_age_band(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3101
    await start_as_minor(citizens, user, "/start d_goed-bestuur")
    await citizens.press(user, "Nog niet")
    told = await citizens.wait_for_bot_message(user, contains="alleen je taal en je leeftijdsgroep")
    assert "/agenda" in told["text"]

    stored = await citizen_store.get(db, user)
    assert stored is not None
    assert stored.consent_version is None and stored.permission is None
    assert (stored.first_name, stored.last_name) == (None, None)
    assert stored.age_band == "<16" and stored.pending_start is None
    assert await citizen_store.consent_events(db, user) == []

    # Reading the agenda and the statement works; answering does not, and stores nothing.
    await citizens.send_text(user, "/agenda")
    await citizens.wait_for_bot_message(user)
    await citizens.send_text(user, "/gesprek")
    again = await citizens.wait_for_bot_message(user, contains="toestemming nodig")
    assert "Doe je mee?" in again["text"]
    await citizens.send_text(user, "Ik vind dat de provincie beter moet luisteren")
    await citizens.wait_until_idle()
    assert await runs.of_citizen(db, user) == []
    # Asked again, the age band is known: straight to the parent's permission.
    await citizens.press(user, YES)
    await citizens.wait_for_bot_message(user, contains="Je bent jonger dan 16")


async def test_under_16_with_a_parents_permission_takes_part(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3102
    await start_as_minor(citizens, user, "/start d_goed-bestuur")
    await citizens.press(user, GUARDIAN)
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")  # the link waited
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.consent_version == TERMS_VERSION
    assert stored.permission == "guardian" and stored.age_band == "<16"
    history = await citizen_store.consent_events(db, user)
    assert [(e["age_band"], e["permission"]) for e in history] == [("<16", "guardian")]


async def _school_session(citizens: StandInClient, *, arranged: bool) -> str:
    await citizens.send_text(FACILITATOR, "/sessie nieuw Klas 2A")
    question = await citizens.wait_for_bot_message(FACILITATOR, contains="jonger zijn dan 16")
    created = [
        m for m in await citizens.bot_messages(FACILITATOR) if "?start=s_" in m.get("text", "")
    ]
    code = created[-1]["text"].split("?start=s_")[1][:6]  # the newest session's
    if arranged:
        await citizens.press(
            FACILITATOR, "✅ Ja, de school heeft het geregeld", message_id=question["message_id"]
        )
        await citizens.wait_for_bot_message(FACILITATOR, contains="Genoteerd")
    else:
        await citizens.press(FACILITATOR, "Nee, of niet nodig", message_id=question["message_id"])
        await citizens.wait_for_bot_message(FACILITATOR, contains="bevestigen deelnemers")
    return code


async def test_under_16_in_a_session_the_school_arranged(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code = await _school_session(citizens, arranged=True)
    user = 3103
    await start_as_minor(citizens, user, f"/start s_{code}")
    await citizens.press(user, "🏫 Ik doe mee met “Klas 2A”")
    await citizens.wait_for_bot_message(user, contains="Klas 2A")
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.permission == "school"
    joined = await db.fetch_all("SELECT 1 FROM session_participants WHERE user_id = ?", (user,))
    assert len(joined) == 1


async def test_without_the_schools_confirmation_there_is_no_school_route(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    code = await _school_session(citizens, arranged=False)
    user = 3104
    await start_as_minor(citizens, user, f"/start s_{code}")
    labels = [
        b for m in await citizens.bot_messages(user) for row in m.get("buttons", []) for b in row
    ]
    assert not [label for label in labels if label.startswith("🏫")]
    assert await db.fetch_all("SELECT 1 FROM session_participants WHERE user_id = ?", (user,)) == []


async def test_a_forged_or_old_age_button_changes_nothing(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3105
    await citizens.send_text(user, "/start")
    welcome = await citizens.wait_for_bot_message(user)
    await citizens.press(user, YES)
    await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")

    # Data that the bot did not sign: the button does not work, nothing stored.
    await citizens.forge_callback(user, welcome["message_id"], "1ageband:0~AAAAAA")
    await citizens.wait_until_idle()
    assert (await citizen_store.get(db, user)).age_band is None  # type: ignore[union-attr]
    # Signed, but not an age band: a clear message and the question again.
    codec = CallbackCodec(Keys.from_secret(bot.settings.secret or "").for_purpose(BUTTONS))
    await citizens.forge_callback(user, welcome["message_id"], codec.encode(AgeBand(9)))
    again = await citizens.wait_for_bot_message(user, contains="Die knop werkt niet")
    assert "Hoe oud ben je?" in again["text"]
    assert (await citizen_store.get(db, user)).age_band is None  # type: ignore[union-attr]

    await citizens.press(user, "jonger dan 16")
    await citizens.wait_for_bot_message(user, contains="Je bent jonger dan 16")
    # The age band is asked once: an older age button does not change it.
    await citizens.forge_callback(user, welcome["message_id"], codec.encode(AgeBand(3)))
    await citizens.wait_until_idle()
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.age_band == "<16" and stored.consent_version is None


async def test_every_old_consent_button_acts_on_the_present(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3106
    await citizens.send_text(user, "/start")
    first = await citizens.wait_for_bot_message(user)
    await citizens.send_text(user, "/start")
    second = await citizens.wait_for_bot_message(user, contains="Doe je mee?")
    await citizens.press(user, YES, message_id=second["message_id"])
    age = await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.press(user, "26–40", message_id=age["message_id"])
    await citizens.wait_for_bot_message(user, contains="Wat wil je doen?")

    # "No" on the first welcome, after consenting: no withdrawal, and it says so.
    await citizens.press(user, NO, message_id=first["message_id"])
    no = await citizens.wait_for_bot_message(user, contains="Je doet al mee")
    assert "/instellingen" in no["text"]
    # The other consent buttons, as they were on other old messages (data signed by the
    # bot): "Yes" again, an age band ("younger than 16"), "Read and choose" / "Give
    # consent", a parent's permission. Each says they take part already; nothing changes.
    codec = CallbackCodec(Keys.from_secret(bot.settings.secret or "").for_purpose(BUTTONS))
    old_buttons = [
        Consent(ConsentChoice.YES),
        AgeBand(0),
        Consent(ConsentChoice.SHOW),
        Guardian(GuardianAnswer.YES),
    ]
    for pressed in old_buttons:
        await citizens.send_text(user, "/help")
        carrier = await citizens.wait_for_bot_message(user)
        await citizens.forge_callback(user, carrier["message_id"], codec.encode(pressed))
        await citizens.wait_for_bot_message(user, contains="Je doet al mee")
    await citizens.wait_until_idle()

    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.consent_version == TERMS_VERSION
    assert stored.age_band == "26-40"
    history = await citizen_store.consent_events(db, user)
    assert [e["given"] for e in history] == [True]
    menus = [m for m in await citizens.bot_messages(user) if "Wat wil je doen?" in m["text"]]
    assert len(menus) == 1

    # After withdrawing, the old "No" says what it does now: nothing stored, no consent.
    await citizens.send_text(user, "/instellingen")
    await citizens.wait_for_bot_message(user, contains="Toestemming")
    await citizens.press(user, "Toestemming intrekken")
    await citizens.wait_for_bot_message(user, contains="Dan wissen we meteen")
    await citizens.press(user, "Ja, intrekken en wissen")
    await citizens.wait_for_bot_message(user, contains="Je toestemming is ingetrokken")
    # Withdrawing twice: a clear message, nothing else happens.
    await citizens.send_text(user, "/help")
    carrier = await citizens.wait_for_bot_message(user)
    await citizens.forge_callback(
        user, carrier["message_id"], codec.encode(Withdraw(WithdrawStep.YES))
    )
    twice = await citizens.wait_for_bot_message(user, contains="niets om in te trekken")
    assert twice is not None
    await citizens.send_text(user, "/help")
    carrier = await citizens.wait_for_bot_message(user)
    await citizens.forge_callback(
        user, carrier["message_id"], codec.encode(Consent(ConsentChoice.NO))
    )
    refused = await citizens.wait_for_bot_message(user, contains="Dat is goed")
    assert "leeftijdsgroep" in refused["text"]  # the age band stays, and it says so
    history = await citizen_store.consent_events(db, user)
    assert [e["given"] for e in history] == [True, False]


async def test_buttons_from_before_an_erasure_no_longer_work(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3107
    await citizens.send_text(user, "/start")
    await citizens.wait_for_bot_message(user)
    await citizens.press(user, YES)
    age = await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.send_text(user, "/vergeetmij")
    await citizens.wait_for_bot_message(user, contains="wissen")
    await citizens.press(user, "🗑 Ja, wis alles")
    await citizens.wait_for_bot_message(user, contains="gewist")
    await citizens.send_text(user, "/help")  # a new row for a new participant
    await citizens.wait_for_bot_message(user)
    await db.execute(
        "UPDATE citizens SET created_at = '2999-01-01T00:00:00+00:00' WHERE user_id = ?", (user,)
    )
    await citizens.press(user, "18–25", message_id=age["message_id"])
    await citizens.wait_until_idle()
    notice = (await citizens.callback_answers())[-1]
    assert "werkt niet meer" in (notice.get("text") or "")
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.age_band is None and stored.consent_version is None


async def test_a_command_typed_before_consent_runs_after_it(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3108
    await citizens.send_text(user, "/gesprek")
    asked = await citizens.wait_for_bot_message(user, contains="toestemming nodig")
    assert "Doe je mee?" in asked["text"]
    await citizens.press(user, YES)
    await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.press(user, "ouder dan 65")
    listing = await citizens.wait_for_bot_message(user, contains="Aan welk gesprek")
    assert ["Wat betekent goed bestuur voor jou?"] in listing["buttons"]
    await citizens.wait_until_idle()
    assert not [m for m in await citizens.bot_messages(user) if "Wat wil je doen?" in m["text"]]
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.pending_start is None


async def test_the_statement_ends_with_the_consent_question(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3109
    await citizens.send_text(user, "/privacy")
    last = await citizens.wait_for_bot_message(user, contains="Voor juristen")
    assert [b for row in last["buttons"] for b in row] == [YES, NO]
    await citizens.press(user, YES, message_id=last["message_id"])
    await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.wait_until_idle()
    still = next(
        m for m in await citizens.bot_messages(user) if m["message_id"] == last["message_id"]
    )
    assert "Voor juristen" in still["text"], "the statement stays readable"

    await consent(citizens, 3110)
    await citizens.send_text(3110, "/privacy")
    shown = await citizens.wait_for_bot_message(3110, contains="Voor juristen")
    assert not shown.get("buttons")


async def test_someone_who_agreed_to_older_terms_is_asked_again_at_the_next_message(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3111
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    # As if they consented before version 2, without an age band.
    await db.execute(
        "UPDATE citizens SET consent_version = 1, age_band = NULL, permission = NULL "
        "WHERE user_id = ?",
        (user,),
    )
    # Their rights do not wait.
    await citizens.send_text(user, "/mijngegevens")
    await citizens.wait_for_bot_message(user, contains="als bestand")
    # A typed answer: the new terms first, nothing stored, then back to the question.
    await citizens.send_text(user, "Eerlijk zijn")
    renewed = await citizens.wait_for_bot_message(user, contains="privacyregels zijn veranderd")
    assert "Hoe lang?" in renewed["text"]
    await citizens.wait_until_idle()
    (run,) = await runs.of_citizen(db, user)
    assert await runs.answers(db, run.id) == {}
    await citizens.press(user, YES, message_id=renewed["message_id"])
    await citizens.wait_for_bot_message(user, contains="Hoe oud ben je?")
    await citizens.press(user, "18–25")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.consent_version == TERMS_VERSION
    assert stored.age_band == "18-25"


async def test_refusing_newer_terms_explains_and_erases_only_after_confirming(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    user = 3112
    await consent(citizens, user)
    await citizens.send_text(user, "/start d_goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    await citizens.send_text(user, "Eerlijk zijn")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    await db.execute("UPDATE citizens SET consent_version = 1 WHERE user_id = ?", (user,))
    await citizens.send_text(user, "/gesprek")
    await citizens.wait_for_bot_message(user, contains="privacyregels zijn veranderd")
    await citizens.press(user, "Nee, stop en wis mijn antwoorden")
    await citizens.wait_for_bot_message(user, contains="Dan wissen we meteen")
    assert await runs.of_citizen(db, user) != []
    await citizens.press(user, "Ja, intrekken en wissen")
    await citizens.wait_for_bot_message(user, contains="Je toestemming is ingetrokken")
    assert await runs.of_citizen(db, user) == []


async def test_the_schools_permission_covers_its_sessions_only(
    bot: BotUnderTest, citizens: StandInClient, db: Database
) -> None:
    """Under 16 on the school's permission: answers in the school's session are kept; a
    dialogue on one's own, a link, an idea, a reminder or a session the school did not arrange
    get the question for a parent's permission and store nothing; once that is given, all
    of it works."""
    school_code = await _school_session(citizens, arranged=True)
    user = 3106
    await start_as_minor(citizens, user, f"/start s_{school_code}")
    await citizens.press(user, "🏫 Ik doe mee met “Klas 2A”")
    await citizens.wait_for_bot_message(user, contains="Klas 2A")

    # In the session: the pushed dialogue is answered and kept.
    await citizens.send_text(FACILITATOR, "/sessie start goed-bestuur")
    await citizens.wait_for_bot_message(user, contains="Tik op de knop om te beginnen")
    await citizens.press(user, "▶️ Beginnen")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    (session_run,) = await runs.of_citizen(db, user)

    only_school = "alleen toestemming geregeld voor haar sessies"
    for text in ("/gesprek", "/start d_statenspel-jongeren", "/idee"):
        await citizens.send_text(user, text)
        told = await citizens.wait_for_bot_message(user, contains=only_school)
        assert GUARDIAN in [b for row in told.get("buttons", []) for b in row]
    assert [r.id for r in await runs.of_citizen(db, user)] == [session_run.id]
    assert await db.fetch_all("SELECT 1 FROM ideas WHERE author_id = ?", (user,)) == []
    # The session's dialogue still takes answers.
    await citizens.send_text(user, "Dat de provincie eerlijk vertelt wat ze doet")
    await citizens.wait_for_bot_message(user, contains="Vraag 2 van")
    assert len(await runs.answers(db, session_run.id)) == 1

    # A session the school did not arrange: not joined.
    other_code = await _school_session(citizens, arranged=False)
    await citizens.send_text(user, other_code)
    await citizens.wait_for_bot_message(user, contains=only_school)
    joined = await db.fetch_all("SELECT 1 FROM session_participants WHERE user_id = ?", (user,))
    assert len(joined) == 1

    # A parent's permission added: recorded as proof, and the rest works.
    await citizens.press(user, GUARDIAN)
    await citizens.wait_for_bot_message(user, contains="Nu kun je ook meedoen buiten de sessies")
    stored = await citizen_store.get(db, user)
    assert stored is not None and stored.permission == "guardian"
    history = await citizen_store.consent_events(db, user)
    assert [e["permission"] for e in history] == ["school", "guardian"]
    await citizens.send_text(user, "/start d_statenspel-jongeren")
    await citizens.wait_for_bot_message(user, contains="Vraag 1 van")
    assert len(await runs.of_citizen(db, user)) == 2
    # A second tap on the old button changes nothing.
    await citizens.press(user, GUARDIAN)
    await citizens.wait_until_idle()
    assert len(await citizen_store.consent_events(db, user)) == 2
