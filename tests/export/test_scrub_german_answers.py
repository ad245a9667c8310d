"""Answers written in German (``bot/export/scrub/german.py``, ``rules/german_roles.py``): German
writes every noun with a capital, which deduce and the rules took for names ("mein [naam]" for
"mein Mann", "den [naam]" for "den Hof") or marked for the editor ("die «Grenze»"). In a German
answer a frequent German word, or a word after an article, in capitals is a noun; a first name,
a name after a word for a person and a name no list knows stay names; a job with where it is
becomes ``[functie]``. Made-up sentences (none is copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.export.scrub import Scrubber, ScrubItem
from bot.export.scrub.german import is_german
from bot.export.worker import ExportWorker
from tests.export.rule_scrubbing import scrubbed


@pytest.mark.parametrize(
    "text, german",
    [
        ("Ich wohne in Glanerbrug und arbeite in Gronau, die Grenze merke ich nicht.", True),
        ("Für mich ist gutes Regieren, dass man zuhört und nicht nur redet.", True),
        ("Ik bin zeuventig en woon al mien hele leven in Hertme, dat is mooi.", False),
        ("Wij willen dat de bus naar Gronau weer gaat rijden, ook in het weekend.", False),
        ("I live in Losser and work in Gronau, the border is no problem.", False),
    ],
)
def test_which_answers_are_german(text: str, german: bool) -> None:
    assert is_german(text) is german


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ich bin Krankenpflegerin beim Klinikum in Nordhorn und wohne in Losser.",
            "Ich bin [functie] und wohne in Losser.",
        ),
        (
            "Seit Jahren arbeite ich als Lehrer an der Realschule Schüttorf, das ist schön.",
            "Seit Jahren arbeite ich als [functie], das ist schön.",
        ),
        (
            "Meine Frau arbeitet als Leiterin der Bibliothek in Gildehaus. Wir sind zufrieden.",
            "Meine Frau arbeitet als [functie]. Wir sind zufrieden.",
        ),
    ],
)
def test_a_job_with_where_it_is_goes(rules: Scrubber, text: str, expected: str) -> None:
    assert scrubbed(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin froh, dass die Grenze offen ist und der Bus wieder fährt.",
        "Ich bin in Enschede geboren und wohne jetzt in Gronau.",  # no job
    ],
)
def test_no_job_where_none_is_named(rules: Scrubber, text: str) -> None:
    assert scrubbed(rules, text) == text


def test_a_dutch_answer_has_no_german_jobs(rules: Scrubber) -> None:
    assert "[functie]" not in scrubbed(rules, "Ik ben Leiterin van niks, ik woon in Losser.")


def test_nouns_are_words_and_names_stay_names_with_deduce(worker: ExportWorker) -> None:
    items = [
        ScrubItem(
            "Ich wohne seit Jahren in Losser, mein Mann Gerrit Hofstede hat dort einen "
            "Bauernhof. Unsere Tochter Mia will den Hof übernehmen, das ist schön für uns."
        ),
        ScrubItem(
            "Ich fahre jeden Tag über die Grenze nach Enschede. Mein Nachbar Jörg Wessels "
            "fährt mit, und Herr Bruns auch. Die Busse sind leider zu voll für uns alle."
        ),
    ]
    farm, bus = worker.scrub(items, "nl").result(timeout=120)
    assert farm.text == (
        "Ich wohne seit Jahren in Losser, mein Mann [naam] hat dort einen "
        "Bauernhof. Unsere Tochter [naam] will den Hof übernehmen, das ist schön für uns."
    )
    assert farm.marks == ()
    assert bus.text == (
        "Ich fahre jeden Tag über die Grenze nach Enschede. Mein Nachbar [naam] "
        "fährt mit, und Herr [naam] auch. Die Busse sind leider zu voll für uns alle."
    )
