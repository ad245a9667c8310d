"""What a facilitator sees of a session's answers: the results so far (or, once closed, its
summary), one question at a time, and the closing summary in the chat and as a PDF.

The session is the caller's to check (:mod:`bot.sessions.facilitator` makes sure it is the
visitor's).
Written answers are scrubbed before anything shows them; charts and the PDF are made in a
worker thread, so the other chats go on meanwhile.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from babel.dates import format_time

from bot.i18n import Translator
from bot.messaging import dates
from bot.messaging.reply import Reply
from bot.services import Services
from bot.sessions import pdf as session_pdf
from bot.sessions import results_screens as screens
from bot.sessions.charts import question_chart, shown_counts
from bot.sessions.results import QuestionResult, SessionResults, gather
from bot.sessions.store import PromptAnswer, Session

Quotes = dict[tuple[int, int], list[PromptAnswer]]
Charts = dict[tuple[int, int], bytes]


def _when(services: Services, stamp: str, locale: str) -> str:
    return dates.readable(stamp, services.settings.timezone, locale)


async def overview(
    services: Services, t: Translator, session: Session, *, replace: bool = False
) -> Reply:
    """Open: the results so far, with the time. Closed: its summary, never live results."""
    found = await gather(services, session, t.locale)
    if session.closed_at is not None:
        when = _when(services, session.closed_at, t.locale)
        return screens.results(t, found, when, replace=replace)
    now = datetime.now(UTC).astimezone(services.settings.timezone)
    as_of = format_time(now, format="medium", locale=t.locale)
    return screens.results(t, found, replace=replace, as_of=as_of)


async def question(
    services: Services,
    t: Translator,
    session: Session,
    push_number: int,
    index: int,
    page: int,
    *,
    turning: bool = False,
) -> Reply | None:
    """One question: counts and its chart, or a page of written answers (``turning``: the
    message of another page of it changes in place). None when the question has no
    answers here."""
    found = await gather(services, session, t.locale)
    chosen = found.find(push_number, index)
    if chosen is None:
        return None
    page = min(page, chosen.pages - 1)
    quotes = await _scrubbed(services, chosen.page(page), t.locale) if chosen.shown else []
    chart = await _chart(t, chosen) if not turning else None
    return screens.question_view(
        t, found, chosen, page=page, quotes=quotes, chart=chart, replace=turning
    )


async def _scrubbed(
    services: Services, quotes: tuple[PromptAnswer, ...], locale: str
) -> list[PromptAnswer]:
    """The quotes with names and contact details replaced (never shown unscrubbed)."""
    return await services.quotes.answers(list(quotes), locale)


def _draw(t: Translator, chosen: QuestionResult) -> bytes | None:
    if not chosen.shown or chosen.tally is None:
        return None
    heading = f"{chosen.position} {chosen.prompt}"
    footer = t.ngettext("{n} answer", "{n} answers", chosen.answered)
    _bars, left_out = shown_counts(chosen.tally)
    if left_out:
        footer += " · " + t.ngettext(
            "{n} option chosen less often is left out",
            "{n} options chosen less often are left out",
            left_out,
        )
    return question_chart(chosen.tally, heading, footer)


async def _chart(t: Translator, chosen: QuestionResult) -> bytes | None:
    if not chosen.shown or chosen.tally is None:
        return None
    return await asyncio.to_thread(_draw, t, chosen)


async def summary(services: Services, t: Translator, closed: Session) -> list[Reply]:
    """The closing summary: the overview (in place of the confirmation), every question
    with enough answers (its chart, or its newest written answers), and the PDF."""
    assert closed.closed_at is not None
    found = await gather(services, closed, t.locale)
    quotes = await _all_quotes(services, found, t.locale)
    charts = await asyncio.to_thread(_all_charts, t, found)
    when = _when(services, closed.closed_at, t.locale)
    replies = [screens.results(t, found, when, replace=True)]
    for chosen in found.questions():
        if chosen.shown:
            first_page = quotes.get(chosen.key, [])[: len(chosen.page(0))]
            view = screens.question_view(
                t, found, chosen, quotes=first_page, chart=charts.get(chosen.key)
            )
            replies.append(view)
    replies.append(await _pdf(services, t, found, quotes, charts))
    return replies


async def pdf(services: Services, t: Translator, closed: Session) -> Reply:
    """The PDF of a closed session's summary."""
    found = await gather(services, closed, t.locale)
    quotes = await _all_quotes(services, found, t.locale)
    charts = await asyncio.to_thread(_all_charts, t, found)
    return await _pdf(services, t, found, quotes, charts)


async def _all_quotes(services: Services, found: SessionResults, locale: str) -> Quotes:
    """Every written answer of the questions with enough answers, scrubbed, by question."""
    shown = [q for q in found.questions() if q.shown and q.quotes]
    scrubbed = await services.quotes.answers([a for q in shown for a in q.quotes], locale)
    quotes: Quotes = {}
    at = 0
    for chosen in shown:
        quotes[chosen.key] = scrubbed[at : at + len(chosen.quotes)]
        at += len(chosen.quotes)
    return quotes


def _all_charts(t: Translator, found: SessionResults) -> Charts:
    charts: Charts = {}
    for chosen in found.questions():
        png = _draw(t, chosen)
        if png is not None:
            charts[chosen.key] = png
    return charts


async def _pdf(
    services: Services, t: Translator, found: SessionResults, quotes: Quotes, charts: Charts
) -> Reply:
    session = found.session
    assert session.closed_at is not None
    when = _when(services, session.closed_at, t.locale)
    content = await asyncio.to_thread(session_pdf.summary_pdf, t, found, quotes, charts, when)
    local = datetime.fromisoformat(session.closed_at).astimezone(services.settings.timezone)
    return screens.summary_pdf(t, session, content, local.date().isoformat())
