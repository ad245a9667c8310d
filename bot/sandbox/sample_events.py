"""Sample events for ``doetmee sandbox``, so a newcomer can try /agenda and reminders.

The sandbox's database starts empty, and an empty agenda shows nothing to try. When there is
no upcoming event, the sandbox adds these, at times counted from now: one in a little over an
hour (its "1 hour before" reminder comes within minutes), one in a little over a day (the
"24 hours before" reminder, also within minutes), and some in the weeks after. A database
kept with ``--database`` that still has upcoming events gets none: nothing of the staff's is
changed. The ids carry the day they were made, so samples of another day never replace them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.events import store
from bot.events.store import EventData
from bot.storage.database import Database

ROUND_TO = timedelta(minutes=5)


@dataclass(frozen=True)
class Sample:
    slug: str
    kind: str
    title: tuple[str, str]
    description: tuple[str, str]
    place: str
    starts: timedelta | tuple[int, time]
    """From now (rounded up to 5 minutes), or (days from today, local time of day)."""
    hours: float


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "statenspel",
        "statenspel",
        ("Statenspel in het Provinciehuis", "Statenspel at the Provinciehuis"),
        (
            "Speel een avond Statenlid. Je debatteert en stemt over echte vragen van de "
            "provincie. (Een voorbeeld in de sandbox: de herinnering van 1 uur vooraf komt over "
            "een paar minuten.)",
            "Be a member of the Provincial Council for one evening. You debate and vote on real "
            "questions of the province. (A sandbox example: the reminder 1 hour before comes in "
            "a few minutes.)",
        ),
        "Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle",
        timedelta(minutes=70),
        2.5,
    ),
    Sample(
        "democratiespel",
        "democratiespel",
        ("Democratiespel met klassen van Deltion", "Democratiespel with classes of Deltion"),
        (
            "Studenten maken samen een plan voor hun stad. Hoe neem je samen een besluit? "
            "(Een voorbeeld in de sandbox: de herinnering van 24 uur vooraf komt over een paar "
            "minuten.)",
            "Students make a plan for their town together. How do you decide together? "
            "(A sandbox example: the reminder 24 hours before comes in a few minutes.)",
        ),
        "Deltion College, Zwolle",
        timedelta(hours=24, minutes=10),
        2.5,
    ),
    Sample(
        "debat-hengelo",
        "debat",
        ("Overijsselse Debat Award: finale Hengelo", "Overijssel Debate Award: final in Hengelo"),
        (
            "Jongeren debatteren over de provincie. De winnaar gaat naar de provinciale finale.",
            "Young people debate about the province. The winner goes to the provincial final.",
        ),
        "Hengelo",
        (6, time(19, 0)),
        2.5,
    ),
    Sample(
        "integriteit",
        "bijeenkomst",
        (
            "Samen voor goed bestuur: integriteit en ondermijning",
            "Together for good government: integrity and subversion",
        ),
        (
            "Wat leerden gemeenten over bestuurlijke integriteit? We delen de uitkomsten en "
            "praten erover.",
            "What did municipalities learn about integrity in government? We share the results "
            "and talk about them.",
        ),
        "Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle",
        (12, time(15, 0)),
        2.5,
    ),
    Sample(
        "democratiespel-deventer",
        "democratiespel",
        ("Democratiespel in Deventer", "Democratiespel in Deventer"),
        (
            "Een ochtend samen beslissen over je eigen stad. Voor inwoners vanaf 12 jaar.",
            "A morning of deciding together about your own town. For residents aged 12 and up.",
        ),
        "Stadhuis Deventer",
        (40, time(10, 0)),
        2.5,
    ),
)


def _start(sample: Sample, now: datetime, timezone: ZoneInfo) -> datetime:
    if isinstance(sample.starts, timedelta):
        moment = now + sample.starts
        seconds = ROUND_TO.total_seconds()
        return datetime.fromtimestamp(-(-moment.timestamp() // seconds) * seconds, UTC)
    days, at = sample.starts
    day = (now.astimezone(timezone) + timedelta(days=days)).date()
    return datetime.combine(day, at, tzinfo=timezone)


def sample_events(now: datetime, timezone: ZoneInfo) -> list[EventData]:
    stamp = now.astimezone(timezone).strftime("%Y%m%d")
    found = []
    for sample in SAMPLES:
        start = _start(sample, now, timezone)
        end = start + timedelta(hours=sample.hours)
        found.append(
            EventData(
                id=f"voorbeeld-{sample.slug}-{stamp}",
                kind=sample.kind,
                title_nl=sample.title[0],
                title_en=sample.title[1],
                description_nl=sample.description[0],
                description_en=sample.description[1],
                place=sample.place,
                starts_at=start.astimezone(UTC).isoformat(timespec="seconds"),
                ends_at=end.astimezone(UTC).isoformat(timespec="seconds"),
            )
        )
    return found


async def add_when_the_agenda_is_empty(
    db: Database, timezone: ZoneInfo, now: datetime | None = None
) -> int:
    """Add the samples when no event is coming up; returns how many were added."""
    moment = now or datetime.now(UTC)
    if await store.upcoming(db, moment.isoformat(timespec="seconds"), limit=1):
        return 0
    added = 0
    for data in sample_events(moment, timezone):
        added += await store.upsert(db, data) == "added"
    return added
