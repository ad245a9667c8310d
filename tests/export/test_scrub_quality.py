"""Measured quality of the scrubber on the corpus of citizen answers (issue #4, item 6).

``corpus/tune.jsonl`` was used while writing the rules; ``corpus/holdout.jsonl`` was written
at the same time, before any tuning, and is only measured. Both must meet the bar on their own:
no e-mail, phone, postcode, IBAN or BSN left; >= 95% of names, addresses, ages, handles and
plates removed; >= 95% of Overijssel's places kept. The numbers are printed (run pytest with
``-s`` or look at the captured output) and go in the README.
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, ScrubItem
from bot.export.worker import ExportWorker
from tests.export import corpus_tools

ZERO_LEFT = ("email", "phone", "postcode", "iban", "bsn")
MOSTLY_REMOVED = ("name", "address", "age", "handle", "plate")
MOSTLY_KEPT = ("keep",)
BAR = 0.95


def scores_for(worker: ExportWorker, part: str) -> tuple[dict[str, corpus_tools.Score], list[str]]:
    answers = corpus_tools.load(part)
    items = [ScrubItem(a.text, KnownPerson(a.first_name, a.last_name, a.username)) for a in answers]
    results = worker.scrub(items, "nl", with_spans=True).result(timeout=120)
    spans = [[(s.start, s.end) for s in r.spans] for r in results]
    return corpus_tools.measure(answers, spans)


@pytest.mark.parametrize("part", ["tune", "holdout"])
def test_corpus_quality(
    worker: ExportWorker, part: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scores, failures = scores_for(worker, part)
    with capsys.disabled():
        print()
        print(corpus_tools.report(f"scrubber quality, {part}", scores))
        for failure in failures:
            print("  note:", failure)
    for kind in ZERO_LEFT:
        assert scores[kind].good == scores[kind].total, f"{kind} left in {part}: {failures}"
    for kind in (*MOSTLY_REMOVED, *MOSTLY_KEPT):
        assert scores[kind].rate >= BAR, f"{kind} {scores[kind].rate:.1%} in {part}: {failures}"


def test_corpus_size_and_split() -> None:
    tune = corpus_tools.load("tune")
    holdout = corpus_tools.load("holdout")
    assert len(tune) + len(holdout) >= 150
    assert len(holdout) >= 50
    assert not {a.id for a in tune} & {a.id for a in holdout}
    languages = {a.lang for a in tune + holdout}
    assert {"nl", "en", "twents"} <= languages
