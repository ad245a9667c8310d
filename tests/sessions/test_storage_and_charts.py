"""Session storage rules (one answer, closed sessions, codes, retention) and the charts."""

from __future__ import annotations

import io

from PIL import Image

from bot.config import SHIPPED_DIALOGUES
from bot.dialogues.catalog import DialogueCatalog
from bot.services import Services
from bot.sessions import store
from bot.sessions.charts import MAX_BARS, question_chart, shown_counts, tallies
from tests.sessions.conftest import FACILITATOR, MakeVisitor

SHIPPED = DialogueCatalog()
SHIPPED.load(SHIPPED_DIALOGUES)


async def test_storage_rules(services: Services, visitor: MakeVisitor) -> None:
    db = services.db
    await visitor(FACILITATOR)
    await visitor(11)
    session = await store.create(db, "salt-1", "hash-1", "Klas", FACILITATOR, 1)
    assert session is not None and session.is_open
    assert await store.create(db, "salt-2", "hash-1", "Andere", FACILITATOR, 2) is None  # taken
    assert await store.create(db, "salt-3", "hash-3", "Herhaald", FACILITATOR, 1) == session
    assert await store.by_code_hash(db, "hash-1") == session
    assert await store.join(db, session.id, 11)
    assert not await store.join(db, session.id, 11)

    pushed = await store.add_push(
        db,
        session.id,
        "prompt",
        prompt_text="Vraag?",
        source_update_id=5,
        awaiting_kind="session",
    )
    assert pushed.new and pushed.push is not None and pushed.push.number == 1
    push = pushed.push
    assert await store.answer_prompt(db, push.id, 11, "Eerste", f"session:{push.id}")
    assert not await store.answer_prompt(db, push.id, 11, "Tweede", f"session:{push.id}")
    (answer,) = await store.prompt_answers(db, push.id)
    assert answer.text == "Eerste" and answer.push_number == 1

    stale = await store.add_push(
        db, session.id, "dialogue", dialogue_id="goed-bestuur", expected_number=1
    )
    assert stale.push is None

    assert await store.close(db, session.id)
    assert not await store.close(db, session.id)
    await visitor(12)
    assert not await store.join(db, session.id, 12)
    closed = await store.add_push(db, session.id, "prompt", prompt_text="Nog een?")
    assert closed.push is None

    assert await store.delete_answers_before(db, "2000-01-01") == 0
    assert await store.delete_answers_before(db, "9999-01-01") == 1
    assert await store.prompt_answers(db, push.id) == []


def test_tallies_of_closed_questions() -> None:
    dialogue = SHIPPED.current("goed-bestuur")
    assert dialogue is not None
    answers = [
        ("betekenis", "Luisteren"),  # text: not counted
        ("belangrijkst", "eerlijk"),
        ("belangrijkst", "eerlijk"),
        ("belangrijkst", "verdwenen-optie"),
        ("van-elkaar", ["vertrouwen", "open"]),
        ("van-elkaar", ["open"]),
    ]
    found = {t.question.id: t for t in tallies(dialogue, answers, "en")}
    assert set(found) == {"belangrijkst", "van-elkaar"}
    assert dict(found["van-elkaar"].counts)["Being open about what you do"] == 2
    assert found["van-elkaar"].respondents == 2
    assert sum(n for _, n in found["belangrijkst"].counts) == 2


def test_one_chart_per_question_in_large_type() -> None:
    """A picture per question, 1080 pixels wide (a projector's width; a phone shows it
    at a third, so 19-point labels stay about 13 points), 16:9 or taller, the question
    written on it."""
    dialogue = SHIPPED.current("goed-bestuur")
    assert dialogue is not None
    answers = [("belangrijkst", "eerlijk")] * 5 + [("vertrouwen", 7)] * 3
    for tally in tallies(dialogue, answers, "nl"):
        png = question_chart(tally, f"1.2 {tally.prompt}", "8 antwoorden")
        assert png is not None and png.startswith(b"\x89PNG")
        width, height = Image.open(io.BytesIO(png)).size
        assert width == 1080 and height >= width * 9 // 16
    empty = next(iter(tallies(dialogue, [("belangrijkst", "weg")], "nl")))
    assert question_chart(empty, "Leeg", "1 antwoord") is None


def test_scale_and_long_option_lists() -> None:
    dialogue = SHIPPED.current("goed-bestuur")
    assert dialogue is not None
    scale = next(q for q in dialogue.questions if q.type == "scale")
    many = next(q for q in dialogue.questions if len(q.options) > 12)  # the municipalities
    answers = [(scale.id, 3), (scale.id, 3), (many.id, many.options[5].id)]
    found = {t.question.id: t for t in tallies(dialogue, answers, "nl")}
    labels = [label for label, _ in found[scale.id].counts]
    assert labels == [str(v) for v in scale.scale_values]
    assert dict(found[scale.id].counts)["3"] == 2
    assert found[many.id].counts == ((many.options[5].label.get("nl"), 1),)

    everyone = [(many.id, option.id) for option in many.options for _ in range(2)]
    (all_chosen,) = tallies(dialogue, everyone, "nl")
    bars, left_out = shown_counts(all_chosen)
    assert len(bars) == MAX_BARS and left_out == len(many.options) - MAX_BARS
