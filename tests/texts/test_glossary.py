"""Every text of the bot keeps to locales/glossary.yaml: one voice ("we", the province),
one word and one emoji per concept, Dutch command words in Dutch texts, and sentences a
B1 reader can follow (at most 20 words) in everything a citizen reads."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.texts.catalog_texts import (
    AUDIENCES,
    ROOT,
    Text,
    contains,
    glossary,
    plain,
    sentences,
    sources,
    texts,
    words,
)

MAX_WORDS = 20
LOCALES = ("nl", "en")
COMMAND = re.compile(r"(?<![\w/<.])/([a-z]+)(?:\s+([a-z]+))?")
EMOJI = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff]"
    "\ufe0f?"
)


def readers(*audiences: str) -> list[Text]:
    return [text for text in texts("nl") if text.audience in audiences]


def report(failures: list[str]) -> str:
    return f"{len(failures)} texts:\n" + "\n".join(failures[:40])


def test_the_glossary_names_real_files_and_audiences() -> None:
    for audience, prefixes in glossary()["files"].items():
        assert audience in AUDIENCES
        for prefix in prefixes:
            assert (ROOT / prefix).exists(), prefix


def test_every_audience_comment_names_a_known_reader() -> None:
    wrong = []
    for msgid, uses in sources().items():
        for file, comments in uses:
            for comment in comments:
                if comment.partition(":")[2].strip() not in AUDIENCES:
                    wrong.append(f"{file}: {comment!r} on {msgid!r}")
    assert not wrong, wrong


def test_the_texts_are_sorted_by_reader() -> None:
    """Most texts are for citizens; the others are told apart (a sanity check of the split)."""
    counts = {a: len(readers(a)) for a in AUDIENCES}
    assert counts["citizen"] > 300
    assert all(counts[a] > 10 for a in AUDIENCES), counts


def speaks_for_itself(string: str, locale: str) -> list[str]:
    """The words of the bot's own voice ("ik", "I") in a text; "I" only as a capital."""
    banned = glossary()["voice"][locale]
    return [
        word
        for word in banned
        if (contains(string, word) if word != "I" else re.search(r"\bI\b", plain(string)))
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_bot_speaks_as_we(locale: str) -> None:
    failures = [
        f"{speaks_for_itself(string, locale)} {string!r}"
        for text in texts(locale)
        if not text.citizen_voice
        for string in text.strings
        if speaks_for_itself(string, locale)
    ]
    assert not failures, report(failures)


def test_citizen_voice_is_only_claimed_by_buttons_that_need_it() -> None:
    """Every button listed as the citizen's voice exists and speaks as the citizen."""
    listed = set(glossary()["citizen_voice"])
    known = {text.msgid: text for text in texts("en")}
    assert listed <= set(known), listed - set(known)
    idle = [msgid for msgid in listed if not speaks_for_itself(msgid, "en")]
    assert not idle, idle


@pytest.mark.parametrize("locale", LOCALES)
def test_one_word_per_concept(locale: str) -> None:
    failures = []
    for concept in glossary()["concepts"]:
        ruled_out = concept.get("not", {}).get(locale, [])
        exceptions = set(concept.get("except", []))
        for text in texts(locale):
            if text.audience not in ("citizen", "facilitator") or text.msgid in exceptions:
                continue
            for string in text.strings:
                for word in ruled_out:
                    if contains(string, word):
                        failures.append(f"{word!r} (use {concept[locale]!r}): {string!r}")
    assert not failures, report(failures)


def test_citizen_sentences_are_short() -> None:
    failures = []
    for text in readers("citizen"):
        for string in text.strings:
            for sentence in sentences(string):
                if len(words(sentence)) > MAX_WORDS:
                    failures.append(f"{len(words(sentence))} words: {sentence!r}")
    assert not failures, report(failures)


def test_dutch_texts_show_dutch_command_words() -> None:
    commands = set(glossary()["commands"])
    english_words = set(glossary()["sessie_words_en"])
    failures = []
    for text in texts("nl"):
        for string in text.strings:
            for command, word in COMMAND.findall(plain(string)):
                if command not in commands:
                    failures.append(f"/{command}: {string!r}")
                elif command == "sessie" and word in english_words:
                    failures.append(f"/sessie {word}: {string!r}")
    assert not failures, report(failures)


def test_one_emoji_per_concept() -> None:
    meanings = glossary()["emoji"]
    assert len(set(meanings.values())) == len(meanings), "two emoji for one concept"
    failures = []
    for text in readers("citizen", "facilitator"):
        for string in text.strings:
            for emoji in EMOJI.findall(string):
                if emoji not in meanings and emoji.rstrip("\ufe0f") not in meanings:
                    failures.append(f"{emoji}: {string!r}")
    assert not failures, report(failures)


def _dialogue_texts() -> list[tuple[str, str]]:
    """The Dutch texts the bot says in the shipped dialogues: titles, intros and prompts.
    Option labels are left out: they are what the citizen answers, in their own voice."""
    found: list[tuple[str, str]] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("title", "intro", "prompt") and isinstance(value, dict):
                    found.append((f"{path}/{key}", str(value["nl"])))
                elif key != "options":
                    walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    for file in sorted((ROOT / "dialogen").glob("*.yaml")):
        walk(yaml.safe_load(file.read_text(encoding="utf-8")), file.name)
    return found


def test_the_shipped_dialogues_keep_to_the_glossary() -> None:
    found = _dialogue_texts()
    assert len(found) > 20
    failures = []
    for where, text in found:
        if speaks_for_itself(text, "nl"):
            failures.append(f"{where}: voice: {text!r}")
        for concept in glossary()["concepts"]:
            for word in concept.get("not", {}).get("nl", []):
                if contains(text, word):
                    failures.append(f"{where}: {word!r}: {text!r}")
        for sentence in sentences(text):
            if len(words(sentence)) > MAX_WORDS:
                failures.append(f"{where}: {len(words(sentence))} words: {sentence!r}")
    assert not failures, report(failures)


def test_the_rules_catch_what_they_should() -> None:
    """The checks above see what they are meant to see (so a green run means something)."""
    assert speaks_for_itself("Dat begreep ik niet.", "nl") == ["ik"]
    assert speaks_for_itself("Stuur me een bericht.", "nl") == ["me"]
    assert speaks_for_itself("Schrijf ons via https://t.me/bot", "nl") == []
    assert speaks_for_itself("I can't find it.", "en") == ["I"]
    assert not speaks_for_itself("Wij kijken ernaar. Tik op ✔️ Klaar.", "nl")
    assert contains("Je <b>Telegram-nummer</b> en je taal", "Telegram-nummer")
    assert contains("de leider\nvan een sessie", "leider van een sessie")
    assert not contains("activiteiten", "activiteit")  # whole words only
    long = " ".join(["woord"] * 21) + ". Kort."
    assert [len(words(s)) for s in sentences(long)] == [21, 1]
    assert [len(words(s)) for s in sentences("Tot {days} dagen.\n• Twee")] == [3, 1]


def test_the_readers_come_from_the_source() -> None:
    by_id = {text.msgid: text.audience for text in texts("en")}
    assert by_id["✅ Publish"] == "staff"  # a comment above the call
    assert by_id["⏹ Yes, close it"] == "facilitator"
    assert by_id["The file is empty."] == "developer"  # a file listed in the glossary
    assert by_id["🔔 Remind me"] == "citizen"  # the default
    assert by_id["📣 <b>News from Overijssel doet mee!</b>"] == "citizen"


def test_the_dialogue_writers_table_is_the_same_glossary() -> None:
    """dialogen/README.md's table ("Schrijven voor iedereen") says what locales/glossary.yaml
    says: per row the word to use, in both languages, and the words ruled out."""
    readme = (ROOT / "dialogen" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Schrijven voor iedereen", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")][2:]
    assert len(rows) >= 6
    concepts = glossary()["concepts"]
    for row in rows:
        dutch, not_dutch, english, not_english = (
            cell.strip() for cell in row.strip().strip("|").split("|")
        )
        word = dutch.split(" (")[0]
        (concept,) = [c for c in concepts if str(c["nl"]).split(" (")[0] == word] or [None]
        assert concept is not None, f"{word!r} is not a concept in locales/glossary.yaml"
        assert concept["en"] == english, (word, english)
        ruled_out = concept.get("not", {})
        for language, cell in (("nl", not_dutch), ("en", not_english)):
            listed = {w.strip() for w in cell.split(",") if w.strip()}
            assert listed <= set(ruled_out.get(language, [])), (word, language, listed)
