"""The summary at the end of a dialogue: readable questions and answers (issue 13)."""

from __future__ import annotations

import re

from bot.answering import presenter
from bot.dialogues.answers import SKIPPED
from bot.i18n import load_translations
from tests.dialogues.helpers import HEAD, dialogue_from

T = load_translations("nl").get("nl")
CATALOGS = load_translations("nl")

DIALOGUE = dialogue_from(
    HEAD
    + """\
  - id: nodig
    type: multi
    prompt: "Wat hebben we van elkaar nodig voor goed bestuur? Kies er hooguit 3."
    options:
      - {id: respect, label: "Respect, ook als je het oneens bent"}
      - {id: open, label: "Open zijn over wat je doet"}
      - {id: tijd, label: "Tijd nemen"}
  - id: lang
    type: text
    prompt: >-
      Vertel ons in een paar zinnen waarom u vindt dat de provincie Overijssel het bestuur
      van gemeenten en waterschappen beter zou kunnen ondersteunen bij het betrekken van
      inwoners
  - id: uren
    type: number
    decimals: true
    prompt: Hoeveel uur?
  - id: weg
    type: text
    optional: true
    prompt: Nog iets?
"""
)


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def test_multi_answers_stand_on_lines_of_their_own_so_a_comma_stays_readable() -> None:
    nodig = DIALOGUE.question("nodig")
    summary = presenter.summary(T, DIALOGUE, [(nodig, ("respect", "open"))])
    assert "  <i>Respect, ook als je het oneens bent</i>\n  <i>Open zijn over wat je doet</i>" in (
        summary.text
    )
    # The question is said up to its question mark, without "Kies er hooguit 3."
    assert "• Wat hebben we van elkaar nodig voor goed bestuur?\n" in summary.text


def test_a_long_question_is_cut_between_words_never_inside_one() -> None:
    lang = DIALOGUE.question("lang")
    answered = [(lang, "Omdat " + "inwoners meer willen meedenken " * 20)] * 30
    summary = presenter.summary(T, DIALOGUE, answered)
    prompt_words = words_of(lang.prompt.get("nl"))
    answer_words = words_of("Omdat inwoners meer willen meedenken")
    for line in summary.text.splitlines()[2:]:
        if line.startswith("•"):
            assert line.endswith("…")
            assert words_of(line) <= prompt_words, line
        elif line.startswith("  <i>"):
            assert words_of(line.removeprefix("  <i>").removesuffix("</i>")) <= answer_words


def test_numbers_are_written_the_citizens_way_and_skips_are_said() -> None:
    uren, weg = DIALOGUE.question("uren"), DIALOGUE.question("weg")
    dutch = presenter.summary(T, DIALOGUE, [(uren, 2.5), (weg, SKIPPED)]).text
    assert "<i>2,5</i>" in dutch and "<i>(overgeslagen)</i>" in dutch
    english = presenter.summary(CATALOGS.get("en"), DIALOGUE, [(uren, 1000)]).text
    assert "<i>1,000</i>" in english


def test_shorten_cuts_between_words() -> None:
    assert presenter.shorten("Goed luisteren naar inwoners", 20) == "Goed luisteren naar…"
    assert presenter.shorten("Goed luisteren naar inwoners", 40) == "Goed luisteren naar inwoners"
    assert presenter.shorten("Onderwijsvernieuwingsprogramma", 10) == "Onderwijs…"
    assert presenter.shorten("Eerlijk, open en dichtbij", 9) == "Eerlijk…"
