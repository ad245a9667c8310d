"""Reading the quality corpus and measuring the scrubber against it.

Each line of ``corpus/*.jsonl`` is one citizen answer. Personal data and kept names are
marked inline as ``{{kind:text}}``; kinds: name, address, postcode, phone, email, iban, bsn,
age, handle, plate, url, date, school (a school with a class or level), role (a role only a few
people have) (to be removed) and keep (a place of Overijssel), keep_place (a place elsewhere,
often also a surname), keep_org (a programme or public body), keep_word (a dialect or English
word that looks like a name) (to be kept). ``person`` is the author's Telegram name, which the
scrubber receives as the known person.

Parts: ``tune`` and ``holdout`` (the first corpus); ``styles``, ``styles_holdout``,
``styles_holdout2`` and ``styles_holdout3`` (teen chat, Twents and Sallands, expats, elderly
writers, typos; each written before the rules it measures, each holdout measured once
untouched and tuned on after that); ``unseen`` (the same styles, measured once); ``leaks``
(aimed at the kinds that came through on ``unseen``), ``fresh`` and ``fresh2`` (written after
each round of generalised rules; each measured once untouched, tuned on after that);
``fresh3`` (measured once, its gaps read and fixed in general); ``unseen2`` (the same styles,
written by someone who never read the scrubber: the first independent measurement, made once
untouched; its misses were then read and their kinds fixed in general, so it is tuning data
now); ``unseen3`` (written blind the same way, measured once with the third round's rules,
then read and its kinds fixed in general in the fourth round: tuning data now); ``unseen4``
(written blind, measured once with the fourth round's rules, then read and its kinds fixed in
general in the fifth round: tuning data now); ``unseen5`` (written blind, measured once with
the fifth round's rules, then read in the sixth and seventh); ``unseen6`` (written blind at
ordinary density, measured once with the sixth round's rules, then read in the seventh);
``unseen7`` and ``unseen8`` (100 answers each, written blind at the same time by two helpers,
measured with the seventh round's rules; ``unseen7`` then read in the eighth round,
``unseen8`` kept unread until the tenth round read it); ``unseen9`` and ``unseen10`` (100
answers each, written blind at the same time by two more helpers, measured by numbers only;
``unseen9`` read in the eleventh round, ``unseen10`` in the twelfth); ``unseen11``
(100 answers, written blind by a fifth helper, measured by numbers only, unread) and
``unseen12`` (the same by a sixth helper, in other settings of the programme; both read in
the thirteenth round); ``unseen13`` and ``unseen14`` (the same by a seventh and an eighth
helper, measured by numbers only; ``unseen14`` read in the fourteenth round, ``unseen13`` in
the fifteenth); ``unseen15`` and ``unseen16`` (the same by a ninth and a tenth helper,
measured by numbers only; ``unseen15`` read in the sixteenth round, ``unseen16`` in the
eighteenth); ``unseen17`` and
``unseen18`` (the same by an eleventh and a twelfth helper, measured by numbers only with the
sixteenth round's rules, unread); ``unseen19`` and ``unseen20`` (the same by a thirteenth and a
fourteenth helper, measured by numbers only with the seventeenth round's rules; ``unseen19``
read in the eighteenth round, ``unseen20`` in the nineteenth); ``unseen21`` and ``unseen22``
(the same by a fifteenth and a sixteenth helper, measured by numbers only with the eighteenth
round's rules; ``unseen21`` read in the twenty-first round, ``unseen22`` in the twenty-third);
``unseen23`` and ``unseen24`` (the same by a seventeenth and an eighteenth helper, measured by
numbers only with the twentieth round's rules; ``unseen24`` read in the twenty-second round,
``unseen23`` in the twenty-seventh); ``unseen25`` and ``unseen26`` (the same by a nineteenth
and a twentieth helper, the second half typed live in a session, measured by numbers only with the
twenty-third round's rules; ``unseen26`` read in the twenty-fifth round, ``unseen25`` in the
twenty-sixth); ``unseen27`` and ``unseen28`` (the same by a twenty-first and a twenty-second
helper, measured by numbers only with the twenty-sixth round's rules, read in the
thirty-fourth round); ``unseen29``
and ``unseen30`` (the same by a twenty-third and a twenty-fourth helper, the second half of
``unseen30`` typed live in sessions, measured by numbers only with the twenty-sixth round's
rules; ``unseen23`` read in the twenty-seventh round, ``unseen29`` in the twenty-eighth,
``unseen30`` in the twenty-ninth); ``unseen31`` and ``unseen32`` (the same by a twenty-fifth
and a twenty-sixth helper, village life and work and study, measured by numbers only with the
twenty-eighth round's rules; ``unseen32`` read in the thirtieth round, ``unseen31`` in the
thirty-first); ``unseen33`` and ``unseen34`` (the same by a twenty-seventh and a twenty-eighth
helper, the second typed in sessions, measured by numbers only with the thirtieth round's
rules; ``unseen33`` read in the thirty-second round, ``unseen34`` in the thirty-third);
``unseen35`` and ``unseen36`` (the same
by a twenty-ninth and a thirtieth helper, students, parents and rare roles, and pupils typing
in sessions, dialect letters and public roles, measured by numbers only with the thirty-first
round's rules; ``unseen36`` read in the thirty-fifth round, ``unseen35`` in the
thirty-seventh); ``unseen37`` and ``unseen38`` (the
same by a thirty-first and a thirty-second helper, teenagers, villages, rare roles, newcomers and
sessions, associations, family histories, border neighbours, measured by numbers only with the
thirty-fifth round's rules; ``unseen38`` read in the thirty-sixth round); ``unseen39`` to
``unseen42`` (the same by a thirty-third to a thirty-sixth helper, written at the same time:
teenagers in sessions, parents, pupils, rare roles, newcomers, students, farmers, voice typing,
carers and volunteers; measured by numbers only with the thirty-seventh round's rules;
``unseen41`` read in the thirty-eighth round, ``unseen39`` in the thirty-ninth, ``unseen40`` in
the forty-first; ``unseen42`` unread); ``unseen37`` read in the fortieth round; ``unseen43`` and
``unseen44`` (the same by a thirty-seventh and a thirty-eighth helper, measured by numbers only
after the forty-first round and its review; ``unseen44`` read in the forty-second round);
``unseen45`` and ``unseen46`` (the same by a thirty-ninth and a fortieth helper, measured by
numbers only after the forty-second round and its review; ``unseen46`` read in the
forty-third round, ``unseen43`` in the forty-fourth); ``unseen47`` and ``unseen48`` (the same by
a forty-first and a forty-second helper, measured by numbers only after the forty-fourth
round); ``unseen49`` to ``unseen56`` (the same by eight helpers of the twenty-seventh session,
measured by numbers only before its first round); ``unseen57`` and ``unseen58`` (the same, written
and measured after its last round); ``unseen59`` to ``unseen62`` (the same by four helpers of the
twenty-eighth session, measured by numbers only before its first round); ``unseen63`` and
``unseen64`` (the same, written and measured after its fifty-third round); ``unseen65`` and
``unseen66`` (the same, written during its last two rounds, measured after them); ``unseen67`` to
``unseen70`` (the same by four helpers of the twenty-ninth session, measured by numbers only
before its first round); ``unseen71`` to ``unseen76`` (the same, written during its rounds 57–59
and measured after them); ``unseen77`` to ``unseen80`` (the same, written after its last round
and measured once at its end); ``unseen81`` to ``unseen84`` (the same by four helpers of the
thirtieth session, measured by numbers only with the rules of its start); ``unseen85`` to
``unseen88`` (the same, written during its rounds and measured before they were read);
``unseen89`` to ``unseen92`` (the same, written during its last rounds and measured once at its
end); ``unseen93`` to ``unseen100`` (the same by eight helpers of the thirty-first session,
measured by numbers only with the rules of its start: ``unseen93`` to ``unseen96`` its holdout,
``unseen97`` to ``unseen100`` read in its rounds); ``unseen101`` to ``unseen104`` (the same,
written during its rounds and measured before they were read). From the
eighteenth round the town right after a school with its class
or a role is part of its mark, as every blind annotator since ``unseen13`` marks it: the 33 older
marks that kept it apart were moved inside. See
``test_scrub_quality.py`` for what was measured when. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
MARK = re.compile(r"\{\{(\w+):(.+?)\}\}")
REMOVE_KINDS = (
    "name",
    "address",
    "postcode",
    "phone",
    "email",
    "iban",
    "bsn",
    "age",
    "handle",
    "plate",
    "url",
    "date",
    "school",
    "role",
)
KEEP_KINDS = ("keep", "keep_place", "keep_org", "keep_word")
STRUCTURED_KINDS = (
    "email",
    "phone",
    "postcode",
    "iban",
    "bsn",
    "handle",
    "plate",
    "url",
    "address",
)
"""Kinds of which not a single one may come through."""
PLACE_KINDS = ("keep", "keep_place")


@dataclass(frozen=True)
class Item:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Answer:
    id: str
    lang: str
    question: str
    text: str
    items: tuple[Item, ...]
    first_name: str | None
    last_name: str | None
    username: str | None


def parse(marked: str) -> tuple[str, tuple[Item, ...]]:
    """Strip the ``{{kind:text}}`` marks; return plain text and the marked items."""
    plain: list[str] = []
    items: list[Item] = []
    position = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[position : m.start()]
        plain.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        items.append(Item(kind, length, length + len(value), value))
        plain.append(value)
        length += len(value)
        position = m.end()
    plain.append(marked[position:])
    return "".join(plain), tuple(items)


def load(name: str) -> list[Answer]:
    answers = []
    for line in (CORPUS / f"{name}.jsonl").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        text, items = parse(row["text"])
        person = row.get("person", {})
        answers.append(
            Answer(
                row["id"],
                row["lang"],
                row["q"],
                text,
                items,
                person.get("first"),
                person.get("last"),
                person.get("username"),
            )
        )
    return answers


def covered(item: Item, spans: Iterable[tuple[int, int]]) -> tuple[bool, bool]:
    """(every letter/digit of the item replaced, any character of it replaced)."""
    hit = [False] * (item.end - item.start)
    for start, end in spans:
        for i in range(max(start, item.start), min(end, item.end)):
            hit[i - item.start] = True
    relevant = [h for h, ch in zip(hit, item.text, strict=True) if ch.isalnum()]
    return all(relevant), any(hit)


@dataclass
class Score:
    total: int = 0
    good: int = 0

    @property
    def rate(self) -> float:
        return self.good / self.total if self.total else 1.0


def measure(
    answers: list[Answer], spans_per_answer: list[list[tuple[int, int]]]
) -> tuple[dict[str, Score], list[str]]:
    """Per kind: how many items were removed (or, for keep kinds, kept); plus failures.

    ``scores["unmarked"]`` counts replacements that touch no marked item (over-scrubbing):
    ``good`` of them out of ``total`` replacements.
    """
    scores: dict[str, Score] = defaultdict(Score)
    failures: list[str] = []
    for answer, spans in zip(answers, spans_per_answer, strict=True):
        marked = [(i.start, i.end) for i in answer.items if i.kind in REMOVE_KINDS]
        for start, end in spans:
            scores["unmarked"].total += 1
            if not any(start < e and s < end for s, e in marked):
                scores["unmarked"].good += 1
                failures.append(f"{answer.id} replaced, not marked: {answer.text[start:end]!r}")
        for item in answer.items:
            removed, touched = covered(item, spans)
            ok = removed if item.kind in REMOVE_KINDS else not touched
            scores[item.kind].total += 1
            scores[item.kind].good += ok
            if not ok:
                failures.append(f"{answer.id} {item.kind}: {item.text!r}")
    return dict(scores), failures


def unmarked_leaks(
    answers: list[Answer],
    spans_per_answer: list[list[tuple[int, int]]],
    marks_per_answer: list[list[tuple[int, int]]],
) -> list[str]:
    """Personal data that came through without a mark for the editor on it."""
    found = []
    for answer, spans, marks in zip(answers, spans_per_answer, marks_per_answer, strict=True):
        for item in answer.items:
            if item.kind not in REMOVE_KINDS or covered(item, spans)[0]:
                continue
            if not covered(item, marks)[1]:
                found.append(f"{answer.id} {item.kind}: {item.text!r}")
    return found


def through(scores: dict[str, Score]) -> Score:
    """All personal data together: ``good`` removed out of ``total`` marked."""
    total = Score()
    for kind in REMOVE_KINDS:
        if kind in scores:
            total.total += scores[kind].total
            total.good += scores[kind].good
    return total


def places(scores: dict[str, Score]) -> Score:
    """Place names (of Overijssel and elsewhere) together: ``good`` kept out of ``total``."""
    total = Score()
    for kind in PLACE_KINDS:
        if kind in scores:
            total.total += scores[kind].total
            total.good += scores[kind].good
    return total


def report(title: str, scores: dict[str, Score]) -> str:
    lines = [f"{title}:"]
    for kind in (*REMOVE_KINDS, *KEEP_KINDS):
        if kind in scores:
            s = scores[kind]
            verb = "kept" if kind in KEEP_KINDS else "removed"
            lines.append(f"  {kind:9} {verb:7} {s.good:3}/{s.total:3} = {s.rate:6.1%}")
    personal = through(scores)
    lines.append(
        f"  personal data through: {personal.total - personal.good} of {personal.total} "
        f"= {1 - personal.rate:.1%}"
    )
    kept = places(scores)
    lines.append(f"  place names kept: {kept.good} of {kept.total} = {kept.rate:.1%}")
    if "unmarked" in scores:
        s = scores["unmarked"]
        lines.append(f"  replacements not marked as personal data: {s.good} of {s.total}")
    return "\n".join(lines)
