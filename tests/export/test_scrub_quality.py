"""Measured quality of the scrubber on the corpus of citizen answers (issues #4 and #14).

Parts (``corpus/*.jsonl``, see :mod:`tests.export.corpus_tools`):

- ``tune`` and ``holdout``: the first corpus (issue #4), written before its rules;
- ``styles``: teen chat, Twents and Sallands, expats, elderly writers and typos (issue #14),
  written before the rules for them and used while writing them;
- ``styles_holdout`` and ``styles_holdout2``: written before the rules too; each was measured
  once untouched (6.0% and 14.3% of personal data came through), after which its misses were
  fixed in general — so they are no longer independent and count as tuning data now;
- ``styles_holdout3``: the same, measured once untouched at 11.1%, then fixed in general;
- ``unseen``: written after all rule changes, measured once and never tuned on: 5 of 35
  personal items came through (14.3%) — four roles and ages, one lower-case name (marked for
  the editor); nothing structured; every place kept. Its misses were read afterwards (they
  named the kinds the next round worked on), so it is no longer independent either;
- ``leaks``: 60 answers aimed at the kinds that came through on ``unseen`` (rare roles and
  jobs with employers, ages in words and compounds, birth years, lower-case names, nicknames),
  written before the rules that generalise them; measured once untouched: 36 of 76 through
  (47.4%: 15 roles, 15 ages, 5 names, 1 school), then the rules were rewritten in general
  (occupations by list and compound head, made personal by structure) — tuned on since;
- ``fresh``: 36 answers written after those rules, measured once untouched: 5 of 44 through
  (11.4%: two roles and a business no list knew, an age after a subject five words back, an
  ordinal after "in mijn"), three of them unmarked; nothing structured; places 8/8. Its gaps
  were then fixed in general, so it is tuned on since;
- ``fresh2``: 25 answers written after that, measured once untouched: 4 of 33 through
  (12.1%: a name that is also a word after "ik en", a role after an elided subject ("ik bin
  zeuventig en was vrogger smid"), two ages in Twents spellings), none marked; nothing
  structured; places 7/7. Fixed in general (dialect number words, "en was", "ik en …"), so
  tuned on since;
- ``fresh3``: 22 answers written after that, the last measurement untouched: 4 of 28 through
  (14.3%: three roles — a three-letter job in a compound ("kleuterjuf"), a role in apposition
  without an article, a job told by its verb — and a second birth year joined by "en"),
  three of them unmarked; nothing structured; places 5/5; names 10/10. The first three gaps
  were then fixed in general, so it has been read; it is held to what is left, not tuned
  further (the fourth, a job told by its verb, was fixed in general in the third round);
- ``unseen2``: 80 answers written by a helper who never read the scrubber's code or lists —
  the first independent measurement, made once with the rules of the first two rounds: 27 of
  141 through (19.1%: roles 11/16, schools 6/9, ages 3/15, names 4/55, a date, a street glued
  to its number and an e-mail typed with a space — two structured items), 22 of them unmarked;
  places 81/82. Its misses were then read and their kinds fixed in general (the third round:
  e-mail typed loosely, streets without a space, schools as students write them, roles in
  dialect and in Dutch clause order, nicknames with "de", bare ages), so it is tuning data
  now; it is held to what is left;
- ``unseen3``: 80 more answers written blind the same way, measured once with the rules of
  three rounds: 28 of 142 through (19.7%: roles 10/23, schools 7/11, ages 4/18, names 3/50,
  dates 2/7, an e-mail typed with spaces around every dot and the "@", a German plate), 24 of
  them unmarked; places 93/98; words that look like names 12/17 kept. Its misses were then
  read and their kinds fixed in general (the fourth round: ages with the subject left out or
  the verb last, the unit with the age, roles with their years, field or specialty, plural
  occupations, a business near a place, schools by short name and vmbo level, the programme
  after a year of study, names after a verb of naming, spaced e-mail, German and Belgian
  plates, brands and sayings with a first name), so it is tuning data now; it is held to
  what is left;
- ``unseen4``: 80 more answers written blind, 36 of them teenagers' chat, measured once with
  the rules of four rounds: 13 of 137 through (9.5%: roles 7/13, names 4/68, an age, a
  school), nothing structured, 10 of them unmarked; places 60/61; words that look like names
  9/11 kept. Its misses were then read and their kinds fixed in general (the fifth round:
  names that are also words joined to a name or before a lower-case surname, chat sign-offs,
  initials glued to a surname, a bare age after a name, bilingual classes and school names
  in lower case, herders and kitchen jobs, an English role set off by a comma, a rare role
  joined by "en" to what the writer says of themselves, where someone comes from, an English
  word before its noun, a typo of a frequent word), so it is tuning data now; it is held to
  what is left;
- ``unseen5`` and ``unseen6``: 80 answers each written blind (44 and 40 of them teenagers'
  chat), measured once with the rules of five and six rounds: 31 of 163 (19.0%) and 16 of 114
  (14.0%) through, 23 and 10 of them unmarked; ``unseen6`` lost an e-mail typed with a comma
  and took dialect and English words for names (over-scrubbing). ``unseen5`` was read in the
  sixth round, both in the seventh (e-mail and phone numbers typed oddly; dialect spellings
  and English words kept by their place in the sentence; names by a role or "tegen … zei"
  after them, nicknames after "aka" or explained in brackets; female and dialect forms of
  roles, any word where a job stands, a business's name; schools by form in lower case; marks
  on first names opening a sentence and on nouns said of someone with a named where), so they
  are tuning data now; each is held to what is left.

Each untouched part has shown new gaps: 11–14% of personal data through on parts the rule
writer wrote, 19–20% on the two independent ones (almost all of it roles, schools and ages
with an open vocabulary; names 1 in 14 to 1 in 40): expect that order on text in new styles,
which is why every quote is read by an editor before publication.

Every tuned part must meet issue #14's bar on its own: not one e-mail, phone number, postcode,
IBAN, BSN, handle, plate, link or street address left; at most 2% of all personal data
through; at least 95% of place names kept; every item that comes through marked for the
editor. The first corpus also keeps its own bar per kind. ``unseen``, ``fresh3``, ``unseen2``,
``unseen3``, ``unseen4``, ``unseen5`` and ``unseen6`` show that the 2% bar is not met on new
text: there the test holds
the structured kinds (not one may come through), the places and the marks to the bar and the
rest to what is left now (a guard against getting worse). Numbers are printed (run with
``-s``) and go in ``docs/scrubbing.md`` (a summary in the README).
"""

from __future__ import annotations

import pytest

from bot.export.scrub import KnownPerson, ScrubItem
from bot.export.worker import ExportWorker
from tests.export import corpus_tools

PARTS = (
    "tune",
    "holdout",
    "styles",
    "styles_holdout",
    "styles_holdout2",
    "styles_holdout3",
    "leaks",
    "fresh",
    "fresh2",
)
MEASURED_ONCE: dict[str, tuple[float, float]] = {
    "unseen": (5 / 35, 0 / 35),
    "fresh3": (4 / 28, 0 / 28),
    "unseen2": (27 / 141, 1 / 141),
    "unseen3": (28 / 142, 3 / 142),
    "unseen4": (13 / 137, 2 / 137),
    "unseen5": (31 / 163, 3 / 163),
    "unseen6": (16 / 114, 3 / 114),
}
"""Parts measured once untouched, not held to issue #14's 2%: (through at that measurement,
through now — the guard against getting worse). ``unseen``: nothing is left since the
tenth round takes the lower-case "sem" it left before. ``fresh3``: nothing is left.
``unseen2``: "in raalte" after "2vwo op het carmel", which
the annotation counts as part of the school (elsewhere in the part a place after a school is
marked as a place to keep); the scrubber keeps the place and marks it for the editor.
``unseen3``: three are left, each marked — a German fire-brigade rank (its words no list
knows), a rare role whose subject stands behind a relative clause ("Mijn man X, die …, was
jarenlang voorzitter van …": taking it would take the town after it too, which this part
keeps and the tuned parts count as part of the role), and the year someone came to live on a
farm (the tuned parts do not count such years as personal data; it is marked). ``unseen4``:
two roles are removed but for the word before them that this part's marks count with the
role and the other parts leave outside it (:data:`WIDER_MARKS`). ``unseen5`` (31 of 163 at
its first measurement, read in the sixth round, 12 after it) and ``unseen6`` (16 of 114 at its
first measurement, read in the seventh round with ``unseen5``): three of each are left, all
roles removed but for the word before them (:data:`WIDER_MARKS`)."""
WIDER_MARKS: dict[str, dict[str, str]] = {
    "unseen4": {"u4-028": "als", "u4-056": "as"},
    "unseen5": {"u5-021": "als", "u5-060": "as", "u5-080": "bij"},
    "unseen6": {"u6-039": "als", "u6-056": "as", "u6-079": "als"},
}
"""Items whose mark takes in a word the other parts leave outside the role: "als" / "as"
before it (outside in 17 marks elsewhere: "werk als {{role:…}}") and "bij" before the place of
work (outside in ``unseen2``: "werkt bij {{role:Thales in Hengelo …}}"). The scrubber follows
the majority; the test checks that only that word is left of each, so they count as through
but need no mark for the editor. How long before a role ("was jarenlang {{role:dijkgraaf …}}")
was such a word too until the eleventh round, when the blind parts showed most people mark it
with the role: the scrubber takes it with the role now. The corpus marks were not changed."""
FIRST_MEASUREMENT_ONLY: dict[str, tuple[float, float]] = {
    "unseen7": (8 / 157, 75 / 76),
    "unseen8": (4 / 158, 67 / 67),
    "unseen9": (8 / 166, 72 / 74),
    "unseen10": (5 / 166, 69 / 69),
    "unseen11": (1 / 158, 81 / 86),
    "unseen12": (4 / 167, 75 / 78),
    "unseen13": (7 / 243, 97 / 97),
    "unseen14": (5 / 272, 119 / 126),
    "unseen15": (11 / 238, 122 / 125),
    "unseen16": (10 / 237, 94 / 103),
    "unseen17": (7 / 145, 87 / 89),
    "unseen18": (7 / 165, 118 / 123),
    "unseen19": (7 / 234, 125 / 127),
    "unseen20": (6 / 231, 115 / 119),
    "unseen21": (10 / 222, 148 / 149),
    "unseen22": (4 / 210, 136 / 136),
    "unseen23": (14 / 118, 64 / 64),
    "unseen24": (2 / 120, 95 / 96),
    "unseen25": (5 / 130, 101 / 103),
    "unseen26": (3 / 129, 82 / 82),
    "unseen27": (15 / 139, 89 / 89),
    "unseen28": (14 / 131, 129 / 133),
    "unseen29": (34 / 246, 104 / 112),
    "unseen30": (17 / 159, 86 / 88),
    "unseen31": (17 / 199, 136 / 141),
    "unseen32": (28 / 150, 62 / 62),
    "unseen33": (13 / 197, 106 / 110),
    "unseen34": (15 / 130, 63 / 64),
    "unseen35": (18 / 236, 74 / 75),
    "unseen36": (24 / 221, 152 / 155),
    "unseen37": (15 / 231, 116 / 121),
    "unseen38": (28 / 227, 96 / 98),
    "unseen39": (10 / 202, 94 / 94),
    "unseen40": (11 / 258, 105 / 105),
    "unseen41": (17 / 234, 90 / 93),
    "unseen42": (9 / 268, 108 / 109),
    "unseen43": (13 / 247, 122 / 124),
    "unseen44": (15 / 279, 138 / 138),
    "unseen45": (13 / 216, 99 / 100),
    "unseen46": (18 / 292, 141 / 143),
    "unseen47": (12 / 256, 91 / 93),
    "unseen48": (42 / 303, 126 / 129),
    "unseen49": (28 / 194, 70 / 75),
    "unseen50": (12 / 263, 146 / 148),
    "unseen51": (26 / 188, 116 / 118),
    "unseen52": (11 / 304, 97 / 99),
    "unseen53": (14 / 258, 137 / 139),
    "unseen54": (39 / 184, 60 / 60),
    "unseen55": (28 / 217, 84 / 86),
    "unseen56": (20 / 243, 125 / 128),
    "unseen57": (22 / 221, 103 / 103),
    "unseen58": (27 / 260, 109 / 112),
    "unseen59": (16 / 192, 74 / 78),
    "unseen60": (17 / 207, 95 / 97),
    "unseen61": (18 / 321, 114 / 115),
    "unseen62": (14 / 250, 111 / 114),
    "unseen63": (13 / 215, 100 / 103),
    "unseen64": (19 / 251, 118 / 118),
    "unseen65": (12 / 217, 95 / 95),
    "unseen66": (16 / 330, 156 / 156),
    "unseen67": (22 / 195, 62 / 64),
    "unseen68": (18 / 185, 143 / 147),
    "unseen69": (10 / 207, 86 / 87),
    "unseen70": (10 / 268, 123 / 124),
    "unseen71": (10 / 238, 83 / 84),
    "unseen72": (17 / 218, 108 / 109),
    "unseen73": (28 / 147, 65 / 66),
    "unseen74": (5 / 125, 89 / 89),
    "unseen75": (8 / 233, 112 / 114),
    "unseen76": (22 / 249, 103 / 105),
    "unseen77": (23 / 234, 107 / 109),
    "unseen78": (24 / 348, 133 / 137),
    "unseen79": (15 / 257, 102 / 102),
    "unseen80": (8 / 185, 99 / 101),
    "unseen81": (16 / 229, 112 / 115),
    "unseen82": (27 / 302, 142 / 148),
    "unseen83": (3 / 212, 90 / 91),
    "unseen84": (5 / 200, 131 / 132),
    "unseen85": (14 / 224, 127 / 128),
    "unseen86": (19 / 252, 159 / 161),
    "unseen87": (25 / 268, 88 / 90),
    "unseen88": (9 / 203, 102 / 103),
    "unseen89": (9 / 294, 120 / 122),
    "unseen90": (14 / 197, 147 / 149),
    "unseen91": (12 / 239, 102 / 104),
    "unseen92": (7 / 206, 137 / 138),
    "unseen93": (10 / 267, 103 / 104),
    "unseen94": (24 / 301, 138 / 139),
    "unseen95": (6 / 238, 100 / 100),
    "unseen96": (10 / 252, 146 / 149),
    "unseen97": (9 / 183, 82 / 84),
    "unseen98": (12 / 238, 131 / 132),
    "unseen99": (17 / 347, 97 / 98),
    "unseen100": (5 / 208, 135 / 136),
    "unseen101": (2 / 244, 110 / 110),
    "unseen102": (19 / 198, 112 / 113),
    "unseen103": (7 / 224, 91 / 91),
    "unseen104": (9 / 228, 115 / 116),
}
"""Independent parts (through, places kept), held only to not getting worse until every miss
is removed or marked for the editor (then they move to :data:`MEASURED_ONCE`, which asserts
that). ``unseen7`` and ``unseen8`` (100 answers each, written blind by two helpers at the same
time, at ordinary density: teenagers' chat, pupils of groep 7/8, dialect, expats, elderly
writers, typos, ordinary answers), measured by numbers only, nobody reading a miss: with the
sixth round's rules 34/157 (21.7%) and 23/158 (14.6%); with the seventh round's and the
long-number net 31/157 (19.7%; 6 structured: handles, a plate, addresses, a postcode; 27
unmarked; places 77/78) and 20/158 (12.7%; 2 structured; 15 unmarked; places 69/69).
``unseen7`` was then read and its kinds fixed in general in the eighth round: 19/157 (12.1%),
no structured item, 17 unmarked (names that are words — "storm", "amber", "kim" —, nicknames,
roles of side jobs and village life), places 77/78. ``unseen8`` stays unread, the holdout:
with the eighth round's rules 19/158 (12.0%), 1 structured (an address), 14 unmarked, places
69/69. The ninth round was written from what ``unseen7`` still let through: 10/157 (6.4%), 9
unmarked. It moved none of the parts nobody read: ``unseen8`` stays at 19/158; ``unseen9`` and
``unseen10`` (100 answers each, written blind at the same time by two more helpers, the second
with more hurried phone messages, quotes and neighbours) let through 25/166 (15.1%; 2
structured; 22 unmarked; places 75/77) and 21/166 (12.7%; none structured; 10 unmarked; places
72/72) with the eighth round's rules, and the same with the ninth's. Four lines of ``unseen8``
were seen by accident while the ninth round was written (one of them a nickname with "=" and
a first name in brackets, which the rules took before), so ``unseen9`` and ``unseen10`` are the
clean holdouts now. ``unseen8`` was then read and its kinds fixed in general in the tenth
round (frequent first names that are no word as names anywhere, a surname's initial, "onze"
role, ages after a name in words or a relative clause, classes with a vmbo level or for
newcomers): 9/158 (5.7%), 7 unmarked. The tenth round moved the parts nobody read:
``unseen9`` to 22/166 (13.3%) and ``unseen10`` to 19/166 (11.4%), places unchanged.
``unseen11`` (100 answers, written blind by a fifth helper, roles marked without the "als" or
the years before them) came while the eleventh round was being written and was measured by
numbers only: 11/158 (7.0%) with the eighth round's rules, 10/158 (6.3%; none structured; 7
unmarked) with the tenth's and the eleventh's; places 84/89 — the five lost stand inside roles
("… in <place>"), which this part keeps and the tuned parts count with the role. ``unseen9``
was read and its kinds fixed in general in the eleventh round (a place that is a first name
after kin, Twents kin words, an initial and a surname in any case, never half a name; how long
or when someone has a role goes with it, as the blind parts mark it; a business with its
village; the date of one's own letter; short link domains): 9/166 (5.4%), 5 unmarked;
``unseen10``, still unread, 18/166 (10.8%); ``unseen7`` 8/157; ``unseen8`` 5/158.
``unseen10`` was then read and its kinds fixed in general in the twelfth round (a nickname
explained by a word for a person, "is wel 18", a name no list knows after "ik ben" when the
introduction goes on, a programme of several words, an internship at a business, a prince of
carnival, "bj. 1950"; the year a role began is marked, not taken — most parts keep such
years): 10/166 (6.0%), 1 unmarked. ``unseen11`` stays unread at 10/158 with it.
A review of the four rounds then made the context rules ask whether a word may be a name at
all (a first name, or no word: ``Vocabulary.name_like``) before taking it — "noemt haar
incompetent", "Helaas was onze burgemeester", "De supermarkt op de hoek" stay
(``test_scrub_ordinary_sentences.py``); ``unseen7`` lost one nickname that is a word to it
(9/157), ``unseen11`` one word taken for a name (over-scrubbed 16 → 15).
``unseen12`` (100 answers, written blind by a sixth helper in other settings of the programme)
was measured once by numbers only with the twelfth round's rules: 18/167 (10.8%; 1 structured,
a postcode; 15 unmarked; places 78/79); with the eighth round's rules it lets 20/167 through.
``unseen11`` and ``unseen12`` were then read and their kinds fixed in general in the
thirteenth round (``test_scrub_unseen11_kinds.py``: ages and dates as voice typing writes
them, the day of one's own fall, wedding or application, a postcode in lower case, roles in
a clause ending in its verb or after kin set after the verb, unknown words shaped as one who
does something, a post behind the till or in the kitchen, initials before a surname, a name
glued to "groetjes"): 2/158 (1.3%) and 6/167 (3.6%, none structured), places 84/89 and 77/79
(the place after a kitchen job at a named hotel now goes with the role). ``unseen13`` and
``unseen14`` (100 answers each, written blind at the same time by two more helpers, the
second in other corners of the province's life and denser: 272 items, 34 dates) were then
measured by numbers only: 24/243 (9.9%; 4 structured: a handle, three addresses; 17
unmarked; places 97/97) and 55/272 (20.2%; 7 structured; 43 unmarked; dates 19/34; places
119/126) — the same with the twelfth round's rules as with the thirteenth's: the round moved
neither. ``unseen14`` was then read and its kinds fixed in general in the fourteenth round
(``test_scrub_unseen14_kinds.py``: phone and house numbers in words, streets in capitals,
postcodes with every sign spaced, the years of a life after a name or kin, a year of death in
dialect, a newcomer's year of arrival, one's own exam or operation, "van 93" after a person,
a carnival prince of a club and a king of the schutterij, the years before and after a role,
jobs by "-hulp", "-kracht" and "-lid", a name after one's supervisor, children before their
ages in brackets, handles with two dots, the holder of an account): 16/272 (5.9%; 2
structured — farm names as addresses; 10 unmarked). ``unseen13``, still unread, moved from
24/243 to 22/243 (9.1%; 3 structured). ``unseen13`` was then read and its kinds fixed in
general in the fifteenth round (``test_scrub_unseen13_kinds.py``: shouted and title-cased
answers read as ordinary text, political parties kept, a year spoken as one word, a programme
before its mbo level, a username after "met de naam", a name before "zn", the month and year
of a fire or a move, dialect nicknames, unknown agent nouns after kin, spoken addresses):
14/243 (5.8%; 2 structured, farm names as addresses; 7 unmarked). ``unseen15`` and
``unseen16`` (100 answers each, written blind at the same time by two more helpers) were then
measured by numbers only: 34/238 (14.3%; 6 structured: handles, addresses, an e-mail, an IBAN
read out; 25 unmarked; dates 11/27; places 123/126) and 35/237 (14.8%; 3 structured; 27
unmarked; dates 11/20, schools 5/7; places 94/103). With the twelfth round's rules they let
41/238 and 39/237 through: rounds thirteen to fifteen moved the parts nobody read by two to
three points. ``unseen15`` was then read and its kinds fixed in general in the sixteenth
round (``test_scrub_unseen15_kinds.py``: Discord names, e-mail addresses and account numbers
read out, house numbers after "nummer", words run together that are no link, "'89", birthdays
after a comma or a weekday, a hospital stay's day and year, "mijn bijbaantje is", nicknames'
adjectives in lower case, "vraag ties"): 20/238 (8.4%; 2 structured; 13 unmarked).
``unseen16``, still unread, stays at 35/237: the round did not move it. A review of the four
rounds then narrowed rules that took ordinary and public sentences
(``test_scrub_review_rounds13_16.py``), with no change in what comes through. Two more blind
parts, ``unseen17`` and ``unseen18`` (100 answers each, written at the same time by two more
helpers, the second set in everyday provincial themes), were measured by numbers only with
the final rules: 12/145 (8.3%; 1 structured; 11 unmarked; dates 5/13; places 87/89) and
18/165 (10.9%; 1 structured, a postcode; 14 unmarked; dates 8/18; places 118/123); the twelfth
round's rules let 15 and 20 through. The seventeenth round then took every year of someone's
life (``test_scrub_years_of_a_life.py``), a policy rather than a list of the events they were
years of, written from the read parts: ``unseen16``–``unseen18``, still unread, went to 27/237,
8/145 and 12/165. Two more blind parts, ``unseen19`` and ``unseen20`` (100 answers each,
written at the same time by two more helpers, the second set in other corners of life), were
measured by numbers only with the seventeenth round's rules: 22/234 (9.4%; 8 structured:
addresses, plates, postcodes; dates 1/31; places 125/127) and 24/231 (10.4%; 4 structured;
dates 1/24; schools 7/12; places 115/119); the sixteenth round's rules let 42 and 34 through
(dates 21/31 and 11/24). ``unseen16`` and ``unseen19`` were then read and their kinds fixed
in general in the eighteenth round (``test_scrub_unseen16_kinds.py``: the town after a school
with its class, which every blind annotator since ``unseen13`` marks with the school — the 31
town marks after a school in the older read parts were moved into the school mark to match;
class codes, a profile before the school; ages after "ben" mid-sentence, "is now", "die is",
joined by a pronoun, after "we waren"; postcodes, plates and house numbers read out; a foreign
plate after "kenteken"; farms named as addresses): 16/237 and 10/234. Measured once by numbers
only with the eighteenth round's rules, the parts nobody had read went to 8/145 (``unseen17``),
9/165 (``unseen18``) and 16/231 (``unseen20``). ``unseen20`` was then read and its kinds fixed
in general in the nineteenth round (``test_scrub_unseen20_kinds.py``: letters read out by their
names, spoken house numbers after "nummer", an age in words set off after a name, a lower-case
surname after an office, "vh" and a level before a class, the town after a role — two town
marks after a role in the older parts were moved into the role mark to match the 300 others —,
initials of a club, jobs in the place of a job in lower case, after "stage als", "begonnen als",
"started as"; ``unseen12`` keeps one place fewer: "begonnen als melkrijder in Westerhaar" is now
a role, as the thirteenth round's "melkrieder in Okkenbroek" is): 9/231. Two more blind parts,
``unseen21`` and ``unseen22`` (100 answers each, written at the same time by two more helpers),
were measured by numbers only with the eighteenth round's rules: 30/222 (13.5%; 2 structured;
roles 11/27) and 14/210 (6.7%; 2 structured); the sixteenth round's rules let 50 and 30 through.
The twentieth round read answers written in German as German (``test_scrub_german_answers.py``:
a capitalised German word is a noun, a job with where it is a role): 7/243, 5/272, 13/238,
8/231 on the parts that have them, no item more through anywhere, 40 fewer marks for the
editor. A review of the four rounds narrowed what they took of ordinary sentences
(``test_scrub_review_rounds17_20.py``), with no read part letting more through.
``unseen17``, ``unseen18``, ``unseen21`` and ``unseen22`` were unread then: 7/145, 9/165,
29/222, 14/210. Two more blind parts, ``unseen23`` and ``unseen24`` (100 answers each, the
second in village, club, care and farm life), were measured by numbers only with those rules:
18/118 (15.3%; schools 6/10) and 16/120 (13.3%; 3 structured). ``unseen21`` was then read and
its kinds fixed in general in the twenty-first round (``test_scrub_unseen21_kinds.py``: every
day with its month in a sentence about someone, as a day of a life — later its own module,
``rules/days.py`` —; ages before a word that opens a clause; the citizen's name glued to other
words; businesses named in lower case; a year of study at an institution named by its kind),
``unseen24`` in the twenty-second (``test_scrub_unseen24_kinds.py``: a full month never read as
its abbreviation, handles in any script, plates and house numbers said in words, classes in
number words, programmes before their year, plural nouns after a number, names after "mijn
achternaam is", clubs by lower-case initials) and ``unseen22`` in the twenty-third
(``test_scrub_unseen22_kinds.py``: lower-case places where a role is, signatures "name, age,
role", German number words, postcodes read out without their word, first names from the
username, word-names before "van" and a place): 29 → 10, 16 → 2 and 14 → 4. They moved the
unread parts by at most two items: ``unseen23`` 18 → 15. Two more blind parts, ``unseen25`` and
``unseen26`` (the second half typed live on a shared screen in a session), measured by numbers
only after the twenty-third round, let 13/130 and 13/129 through, against 13 and 14 with the
twentieth round's rules. A round that takes a house number before a postcode and marks one
after an unknown name (``test_scrub_house_numbers.py``) and a review of rounds 21–23
(``test_scrub_review_rounds21_23.py``: public days, openings and counts stay) followed;
``unseen18`` lost one day to the review's public days (a public day in a sentence about no one).
``unseen26`` and ``unseen25`` were then read and their kinds fixed in general in the
twenty-fifth and twenty-sixth rounds (``test_scrub_unseen26_kinds.py``,
``test_scrub_unseen25_kinds.py``: roles in brackets after a person, a language as a job's field,
a farm with its street, German months, a place after "heet", "met 15 de jongste", roles in
dialect spelling, a route after where a role is, a house number after "nummer"): 13 → 3 and
13 → 4. Two more blind parts, ``unseen27`` and ``unseen28``, were measured by numbers only with
the twenty-sixth round's rules: 16/139 (11.5%) and 14/131 (10.7%), against 21 and 15 with the
twentieth round's. A review of rounds 24–26 (``test_scrub_review_rounds24_26.py``) then took
back what they took of ordinary sentences (a town's own name after "heet", rankings after
"nummer", places before a bracket, groups' counts in brackets, topics after "over") and closed
leaks next to them: ``unseen27`` 15, ``unseen28`` 14. ``unseen17``, ``unseen18``, ``unseen23``,
``unseen27`` and ``unseen28`` were unread then: 7/145, 7/165, 14/118, 15/139, 14/131. Two more
blind parts, ``unseen29`` (ages in many forms) and ``unseen30`` (the first half typed live in
sessions), were measured by numbers only with those rules: 34/246 (13.8%; ages 13/37) and
17/159 (10.7%). ``unseen23`` and ``unseen29`` were then read and their kinds fixed in general in
the twenty-seventh and twenty-eighth rounds (``test_scrub_unseen23_kinds.py``,
``test_scrub_unseen29_kinds.py``: one's own word-name signing off, a class alone marked, where
someone lives by the building next to it, a role played in a game kept, ages set off after a
word for one person, lists of ages, a birthday making a public day one's own, a feast with its
year, the years of a role, German jobs in Dutch answers): 14 → 5 and 34 → 7. Two more blind
parts, ``unseen31`` (village life) and ``unseen32`` (work and study, 64 roles), were measured
by numbers only with the twenty-eighth round's rules: 17/199 (8.5%; roles 9/30) and 28/150
(18.7%; roles 23/64). ``unseen30`` was read in the twenty-ninth round
(``test_scrub_unseen30_kinds.py``: a lower-case town of two words after a role, a nickname
again capitalised, jobs after "ik werk" without "als", months with a year in two digits or in
Roman numerals, a house number and postcode read out digit by digit, three-word ages): 17 → 4.
A review of rounds 27–28 followed (``test_scrub_review_rounds27_28.py``). ``unseen32`` was read
in the thirtieth round (``test_scrub_unseen32_kinds.py``: where a role is in more forms,
signatures with a role, jobs by their task, German jobs in mixed answers, German addresses):
28 → 6; ``unseen27`` and ``unseen28`` moved with it, 15 → 13 and 14 → 13. Two more blind
parts, ``unseen33`` and ``unseen34`` (the second typed in sessions), were measured by numbers
only with the thirtieth round's rules: 13/197 (6.6%; 4 structured) and 15/130 (11.5%; 2
structured). ``unseen31`` was read in the thirty-first round (``test_scrub_unseen31_kinds.py``:
roles of village life, a name joined by "en", a nickname with its article said again, ages in
dialect and in months, the month of one's move; sayings kept): 17 → 0. Two more blind parts,
``unseen35`` (students of MBO, HBO and university, parents, entrepreneurs and people with rare
roles, newcomers, voice-typed text) and ``unseen36`` (pupils typing live in sessions, dialect
letters, people with public roles, English and German speakers), were measured by numbers only
with the thirty-first round's rules: 18/236 (7.6%; 4 structured) and 24/221 (10.9%; 4
structured; roles 13/44). ``unseen33`` was read in the thirty-second round
(``test_scrub_unseen33_kinds.py``: surnames with a foreign particle after a title, one's own
hyphenated name typed without its hyphen and one's own name that is a place where it signs off,
lower-case initials, streets along water and with a lower-case adjective, the last letter of a
plate read out, phone numbers after "bel hem maar op" and begun in digits, a job on a bus line,
a level and programme before a school): 12 → 3; ``unseen17`` moved with it, 7 → 6.
``unseen34`` was read in the thirty-third round (``test_scrub_unseen34_kinds.py``: an IBAN and a
handle read out, initials after "op naam van", ages after "ben vandaag", "bin'k", "heet … en
is" and voice-typed commas, a first name cut short, a name repeated in lower case with its
particle, "namens", the role of a programme with a verb in its name, "2bk", "4 kb"): 15 → 2;
of the parts nobody has read ``unseen17`` moved 6 → 4, ``unseen27`` 13 → 12 and ``unseen35``
18 → 17. ``unseen27`` and ``unseen28`` were read in the thirty-fourth round
(``test_scrub_unseen27_28_kinds.py``: one's own word-name with "out", one's first name glued to
the next word, a surname of more words that is a place after an initial, a place found as a name
after a title said again, jobs after "werk 12 uur per week als" and "in 't echt" and German
"Als …", classes in dialect, "niv", German semesters and newcomers' classes with their town, a
season before a year, a lower-case street named after someone, "kentekn", a school's name
without the sentence's full stop): 12 → 6 and 12 → 4; ``unseen11`` 1 → 0. ``unseen36`` was read
in the thirty-fifth round (``test_scrub_unseen36_kinds.py``: a name typed again stretched, "ter
haar", German introductions, ages before a bracket, positions in a sports team, organisations
with an English word in their name, a field of two words, a farm in dialect, "-einde", English
dates with their year, "wechat", a signature's name ending at a comma): 24 → 10. A review of
rounds 32–33 followed (``test_scrub_review_rounds32_35.py``). Two more blind parts, ``unseen37``
(teenagers, village life, people with rare roles, newcomers, voice typing) and ``unseen38``
(typed live in sessions, e-mails of associations, family histories in dialect, border
neighbours), were measured by numbers only with the thirty-fifth round's rules and the review's
fixes: 15/231 (6.5%; 3 structured) and 28/227 (12.3%; 5 structured) — no better than the two
before them, though five rounds had passed. ``unseen38`` was read in the thirty-sixth round
(``test_scrub_unseen38_kinds.py``: one's own word-name after "ik ben", a lower-case surname
opening a clause, "u bent … pas 29", the years of a role in brackets or after a comma, ranks of a
schutterij, a role with an association's name, the street one lives in without its number, a
street on the line before its postcode, a farm after "boerderieje,", "meert", years of study in
English and German, the group codes of an MBO): 28 → 11. ``unseen35`` was read in the
thirty-seventh round (``test_scrub_unseen35_kinds.py``: a school with its programme, level and
year, or its town, before the class, "brugklas 1C", "entree opleiding", one's nickname from one's
username, a name between two names of a list, "noemt hem … 😂", "al sinds 2001", e-mail read out
around "apenstaartje", "-wetering" with a number in words): 17 → 6.
Four more blind parts, written at the same time by four helpers who read none of the rules,
were measured by numbers only with the thirty-seventh round's rules and the reviews' fixes:
``unseen39`` (teenagers typing in sessions, parents about their children, dialect and elderly
writers) 10/202 (5.0%; none structured), ``unseen40`` (pupils in a classroom session, people with
rare roles, newcomers, answers without personal data) 11/258 (4.3%; 2 structured),
``unseen41`` (students of ROC, hbo and university, villagers and farmers, voice typing, short
reactions) 17/234 (7.3%; 3 structured) and ``unseen42`` (teenagers, carers and volunteers,
newcomers, answers without personal data) 9/268 (3.4%; none structured): 47/962 (4.9%), places
397/401.
``unseen41`` was read in the thirty-eighth round (``test_scrub_unseen41_kinds.py``: schools with
their programme and group code, degree programmes with their year, "havo vier", an age joined
by "is", an age in words after "van", a street with its number read out, a room in a care
home, a farm after "wont … op 't", a name spelled out, housemates, "ab-lid", a day's year
after a comma): 17 → 2. While its effect on the other parts was checked, the misses of
``unseen39`` were shown by mistake, so ``unseen39`` counts as read from then on; ``unseen40`` and
``unseen42`` stay unread.
``unseen39`` was read in the thirty-ninth round (``test_scrub_unseen39_kinds.py``: names with
letters beyond Latin-1, "ze werd gisteren 16", "meer dan dertig jaar" before a role, a role of
a school's association, a school after its class with "De", a double first name by its
initials, one's own surname after one's first name, a Telegram name that is kin, "Max" before
a number, the first part of a compound, words of the dialect deduce takes for names): 10 → 2.
``unseen37``, unread since its first measurement in the thirty-fifth round (15/231, then 14 after
the thirty-eighth round's rules without anyone reading it), was read in the fortieth round
(``test_scrub_unseen37_kinds.py``: a word-name after kin before an age in brackets, "noemt hem
nu …", a first name that is a word before a verb only a person does, "van 15 en ik", the street
of one's house, spoken addresses after "ons huis op de" and "honderd…" in one word, a role after
a part of a town, after "allebei" and after "sinds juni 2022", "boa", "kassajongen", "ik kom
2015 naar …", a class code with the school's initials, kin before deduce's names): 14 → 3.
Plates of any country after a word for a vehicle were then found by probing plate shapes, no
line of a part read; they took ``unseen40``'s two plates. ``unseen40`` was read in the
forty-first round (``test_scrub_unseen40_kinds.py``: a nickname's adjective before a verb, a
surname's initial before an emoji, "eigenaresse", "taalmaatje", "sinds maart 2023" before a role,
a German role after "seit Januar 2021", "August" in an English date, "Op de Brink" in dialect,
"Provinciaal Jeugddebat", a Telegram name starting with kin): 11 → 1. ``unseen17``, ``unseen18``
and ``unseen42`` stay unread.
A review of rounds 38–41 (740 made-up sentences, before and after) found over-scrubbing they
brought (a nickname's adjective before any verb, rooms, horsepower read as plates, initials that
are abbreviations) and leaks nearby; fixed, each a test (``test_scrub_review_rounds38_41.py``).
Two more blind parts written during these rounds, ``unseen43`` (teenagers in sessions, dialect
and elderly writers, people with rare roles and parents, newcomers) and ``unseen44`` (pupils and
students in sessions, voice typing, volunteers and board members, newcomers and border
neighbours), were measured by numbers only after that review: 13/247 (5.3%; 2 structured) and
15/279 (5.4%; 1 structured) — no better than the parts before the four rounds. With
``unseen17`` (4/145), ``unseen18`` (7/165) and ``unseen42`` (9/268) the five unread parts let 48
of 1,104 items through (4.3%).
``unseen44`` was then read in the forty-second round (``test_scrub_unseen44_kinds.py``: how
long one has a role after a name and its age or "hier,", a volunteer with how long and where,
"van dit jaar", "op zn 18e", a surname spelled out, a date of birth read out in numbers, what
befell someone, "seit Sommer 2021", a degree at "the UT" after "X here,", voice assistants):
15 → 3. A review of round 42 (515 sentences) found roles spoken of taken with "van dit jaar", the
month of a cabinet's "val", real girls named Alexa; fixed, each a test
(``test_scrub_review_round42.py``). Two more blind parts written during round 42 and measured
once after that review, ``unseen45`` (teenagers and young adults, villagers in dialect, public
roles and newcomers, voice typing) and ``unseen46`` (pupils on a screen, association members
and volunteers, elderly and dialect writers, residents from abroad), let 13/216 (6.0%) and
18/292 (6.2%) through, none structured. The six unread parts (``unseen17``, ``unseen18``,
``unseen42``, ``unseen43``, ``unseen45``, ``unseen46``) let 63 of 1,333 items through (4.7%; 44
unmarked, 2 structured).
``unseen46`` was then read in the forty-third round (``test_scrub_unseen46_kinds.py``: a role on
a signature's line with its association's kind and name, "& Zn", "scheper", a class code with a
dash, a German year of study, "Hello from X,", an association after "Namens", a saint after
"St."): 18 → 10. A review of round 43 (385 sentences) found a saint's name cut off a role's
association and surnames with "St." after a first name or a title; fixed, each a test in
``test_scrub_unseen43_kinds.py``. ``unseen43`` was then read in the forty-fourth round (a
nickname explained by a name in brackets, an unknown word after kin before a bracket, a handle
"jorr1t.w", a name without its accent, "werd vandaag 14", "hee is …", "ProDemos" and
"Jij&Overijssel" as programmes): 13 → 7; a review of that round (about 250 sentences) found four
of its rules firing on ordinary text (a bracket after "de lange" holding no name, an unknown
word after kin before a bracket, dotted exercise numbers, "werd vandaag 50 euro"); three were
narrowed and one taken back, and ``unseen43`` went back to 8. ``unseen17``, ``unseen18``,
``unseen42`` and ``unseen45`` stayed unread: 31 of 794 items through (3.9%).
Two more blind parts written during rounds 43–44 and measured once after round 44:
``unseen47`` (teenagers, parents and carers, dialect writers, newcomers) 12/256 (4.7%; 3
structured) and ``unseen48`` (students of MBO, hbo and university with programmes, group codes
and associations; signatures of associations and organisations; voice typing; short reactions)
42/303 (13.9%; 4 structured: schools 15 of 17 and roles 14 of 46 came through) — the students'
programmes and roles in forms the rules lack. ``unseen48`` was then read in the forty-fifth
round (``test_scrub_unseen48_kinds.py``: a programme with its year and group and the school
after it, roles on a signature's line with a food bank, a municipality or a parish, a BSN read
out after "bsn nummer dat is", a unit after an address): 42 → 20. ``unseen47`` stays unread.
Eight more blind parts were written at the start of the twenty-seventh session and measured
once, by numbers only: ``unseen49`` (pupils' class chat, at home, voice-typed) 28/194 (14.4%),
``unseen50`` (dialect writers, villagers, requests for help) 12/263 (4.6%), ``unseen51``
(newcomers, expats, German neighbours) 26/188 (13.8%), ``unseen52`` (Statenleden, teachers,
volunteers' signatures, parents) 11/304 (3.6%), ``unseen53`` (MBO and hbo students, life
stories, voice typing) 14/258 (5.4%), ``unseen54`` (a class's group chat, youth council)
39/184 (21.2%: 22 of 85 names, lower-case names of newcomers' children that deduce's Dutch
list lacks), ``unseen55`` (class chat of every origin, youth panels) 28/217 (12.9%) and
``unseen56`` (newcomers' families and their volunteers) 20/243 (8.2%). The teenagers' chat
and the newcomers' styles came through at 8–21%, the others at 3.6–5.4%. The forty-sixth round
added first names of other countries (``test_world_first_names.py``): 427 → 402 items through
over all parts, no part worse. ``unseen54`` was then read in the forty-seventh round
(``test_scrub_unseen54_kinds.py``: a lower-case word no list knows where only a person stands,
a lower-case surname with its prefix as a subject, answers to "hoe oud", an age between dashes
after a name, "zn bijnaam" in brackets, ambassadors and chairs of councils, a handle read out
after "volgen op"): 39 → 10. A review of rounds 46–47 (834 sentences before and after) found the
rule for a word no list knows taking brands, apps, slang, loanwords, foreign towns and typos,
chat words among the world's first names, places after "ter" and "oude", and "hoe oud" asked
of a bridge; it was narrowed to naming cues, verbs of saying with no subject of their own and
verbs only people do (``test_scrub_review_rounds46_47.py``), and ``unseen54`` went back to 13.
``unseen49`` was then read in the forty-eighth round (``test_scrub_unseen49_kinds.py``:
someone's own class with no school named, a BSN read out a little after its word, "ik ben
letterlijk 12", a nickname explained by a title and a surname): 28 → 11. ``unseen51`` was then
read in the forty-ninth round (``test_scrub_unseen51_kinds.py``: a German street and postcode
on a signature line, a degree with its programme, year and university in any order, ages
listed after "kinderen", a surname no list knows after a naming cue): 26 → 13, none structured.
A review of round 48 (791 sentences) found one's own class taken from policy talk, "de toets
(meneer Smit)" taken as a nickname, "woont" after places and organisations, the typo test
taking names with a letter more than a word, "hoi ik ben vegan", "literally 5 minutes" and a
second BSN read out; each fixed (``test_scrub_review_round48.py``), no part worse.
``unseen53`` was then read in the fiftieth round (``test_scrub_unseen53_kinds.py``: a programme
of several words before its level, a class code with a dash, children's ages after "waren",
one's own address read out after "ons adres is", a plate read out after "kenteken" that no
sidecode has): 14 → 7. ``unseen52`` was read in the fifty-first round
(``test_scrub_unseen52_kinds.py``: an age before "jaar" in a run-on clause, a handle after "heet
hij"): 11 → 9. ``unseen17``, ``unseen18``, ``unseen42``, ``unseen45``, ``unseen47``,
``unseen50``, ``unseen55`` and ``unseen56`` stay unread. ``unseen57`` (teenagers of every origin
in class chats, their parents, their ideas) was written blind after the fifty-first round and
measured once, by numbers only: 22/221 (10.0%; names 12 of 115); the rules of the session's
start let 29 through (13.1%; names 19). ``unseen58`` (signatures, villagers and elderly writers,
students and expats, voice typing), written at the same time: 27/260 (10.4%; 7 structured, the
session's start 28); a probe of voice-typed postcodes on made-up sentences (no line of the part
read) took one more: 26/260; a rule from the round-48 review's made-up sentences (a name after
one's own kin, "mijn dochter dasha") took two more names of ``unseen57``: 20/221.
``unseen59`` to ``unseen62`` (written blind at the start of the next session by four helpers:
pupils' class chats of every origin, MBO students and village teenagers sharing contact details,
parents and Statenleden naming pupils, a class's group chat after a Democratiespel, young workers
and elderly villagers) were measured once by numbers only with the rules of the fifty-first
round: 16/192 (8.3%), 17/207 (8.2%; 4 structured: handles), 18/321 (5.6%) and 14/250 (5.6%; 1
structured, an address) — 65/970 (6.7%). ``unseen59`` was then read in the fifty-second round
(``test_scrub_unseen59_kinds.py``: ages of a group each, the step of a birthday, a double-barrelled
surname after a title, the name friends use, kin in newcomers' home languages; a role wished for
and a place before a closing quote stay): 16 → 9. ``unseen60`` was read in the fifty-third round
(``test_scrub_unseen60_kinds.py``: handles read out or typed in pieces after a platform's name and
those listed after them, the programme one sits in before its year, double first names, nickname
phrases in dialect, the age that follows from one's birth): 17 → 5, none structured. A probe of
read-out addresses and plates and the leaks the last reviews left open
(``test_scrub_read_out_addresses.py``, ``test_scrub_known_leaks.py``) took one more name of
``unseen54``. A review of rounds 52 and 53 (841 made-up sentences) found nine kinds of
over-scrubbing the rounds brought ("open voor iedereen", "ik snap je punt", birthday steps of
grades and buses …), each fixed (``test_scrub_review_rounds52_53.py``), no part worse.
``unseen61`` and ``unseen62`` stay unread: 18/321 and 14/250, unchanged by the two rounds.
``unseen63`` (pupils of every origin, parents and youth workers, voice typing) and ``unseen64``
(newcomers, students and young workers, Statenleden and villagers' signatures), written blind
after the last round and its review, were measured once by numbers only: 13/215 (6.0%; 3
structured, addresses) and 19/251 (7.6%) — with the rules of the session's start 13/215 and
20/251. ``unseen61`` was then read in the fifty-fourth round (``test_scrub_unseen61_kinds.py``: a
second role joined by "en", one's own seat in Provinciale Staten, two classes of one school, an
age after a name with the verb left out, a programme by its capitals, Twents number words): 18 →
11; it moved ``unseen52`` (9 → 7), four more read parts by one each, and the unread ``unseen57``
(20 → 19) and ``unseen64`` (19 → 16). ``unseen62`` was read in the fifty-fifth
(``test_scrub_unseen62_kinds.py``: a club's team in the place of a role, new role words): 14 → 11;
the unread ``unseen50`` 12 → 11. ``unseen65`` (teenagers around a Statenspel, and adults) and
``unseen66`` (elderly writers, requests for help, students), written blind during those two rounds
and never read, were measured once with the fifty-fifth round's rules: 12/217 (5.5%) and 16/330
(4.8%; 2 structured, addresses) — with the rules of the session's start 14/217 and 16/330.
``unseen63`` was then read in the fifty-sixth round (``test_scrub_unseen63_kinds.py``: house
numbers read out above 119, "jc", "klas één b"): 13 → 8, its three read-out addresses gone (a
review took back two rules that over-scrubbed, ``test_scrub_review_round56.py``). A review of
rounds 54 and 55 (532 sentences) found four kinds of over-scrubbing, each fixed
(``test_scrub_review_rounds54_55.py``), no part worse. ``unseen67`` to ``unseen70`` (written
blind at the start of the twenty-ninth session: pupils of 12–16 in a Democratiespel's group chat
and young workers in dialect; expats, villagers in dialect and voice typing; teachers, teenagers
after a debate final and villagers with rare roles; a live session's quotes and parents' long
stories), measured by numbers only before its first round: 22/195 (11.3%), 18/185 (9.7%; 6
structured), 10/207 (4.8%) and 10/268 (3.7%; 1 structured) — 60/855 (7.0%). ``unseen67`` was
read in the fifty-seventh round (``test_scrub_unseen67_kinds.py``: pets' names, a nickname after
"noemen" and a name and that nickname again, a name with one's kin after it, a name spoken to in
lower case, a birthday after "jarig", the programme before a level after "klas van", where a job
is at greater length, the role of someone's kin; "mattie", "M'n", "Knap hoe", "op de Oude Markt"
no names): 22 → 6; the unread ``unseen47`` 12 → 11. A review of that round (59 sentences) found
fourteen over-scrubs and two leaks, each fixed (``test_scrub_review_round57.py``). ``unseen68`` was
read in the fifty-eighth (``test_scrub_unseen68_kinds.py``: addresses read out or without their
number where they are someone's, a site read out, a name read out after "op naam van", kin in
English before a name, roles in dialect spellings and after "X en ik zijn", "was" and a full
name; "takes 6", "als de commissaris", a wished-for job, "Kiek" no data): 18 → 5, its six
structured items to one. ``unseen69`` was read in the fifty-ninth (``test_scrub_unseen69_kinds.py``:
ranges of groups, an entry class, a VAVO group, a class code with its level before a school in
lower case, the class's "juf", "decaan", a village hall by its name, names after "onder wie" and
after "sorry"; a simile after a verb of manner, "kleur en fleur" no data): 10 → 2; the unread
``unseen42`` 9 → 8. A review of round 58 (188 sentences, and 236 on exclamations) found 32
changes for the worse, each fixed (``test_scrub_review_round58.py``), no part worse.
``unseen71`` to ``unseen76`` (written blind during rounds 57–59: a class chat after a Statenspel
and parents in Salland; Twents, expats and rare roles in small places; pupils of 10–14 and voice
typing; a mix of all styles; newcomers and the elderly; students and village life), measured by
numbers only after round 59 and its review: ``unseen71`` 10/238 (4.2%), ``unseen72`` 17/218
(7.8%; 4 structured), ``unseen73`` 28/147 (19.0%; 9 structured, voice typing), ``unseen74`` 5/125
(4.0%), ``unseen75`` 8/233 (3.4%), ``unseen76`` 22/249 (8.8%; 3 structured) — 90/1210 (7.4%; 18
structured). ``unseen73`` was then read in the sixtieth round (``test_scrub_unseen73_kinds.py``:
names read out to a phone in pieces, addresses read out in pieces or before a postcode read out,
the street where one lives after "bij ons", an e-mail read out with a number, an IBAN with a
space in its bank's code, ages after "die is pas" and "word volgende week"): 28 → 7, its nine
structured items to one; the unread ``unseen47`` 11 → 9 and ``unseen58`` 26 → 25. A review of
rounds 59 and 60 (68 sentences, some 190 more) found 19 changes for the worse, each fixed
(``test_scrub_review_rounds59_60.py``). ``unseen76`` was read in the sixty-first
(``test_scrub_unseen76_kinds.py``: the level before a programme and its year, the initials of a
double first name with a hyphen, a username in humps where a platform is named, "intern",
"ledenadministratie", a community's role with the name set off after it, a German role after
"mein Mann … ist", a range of months, a surname after "meneer van der" that is a dialect word;
"Euregio", "VluchtelingenWerk", "Sint" no names): 22 → 5 (6 after its review took
"ledenadministratie", a club's office, back). ``unseen72`` was read in the sixty-second
(``test_scrub_unseen72_kinds.py``: a first name that is a word before a surname, a Twents relative
clause, an English name before its head, a role over a list of places, an age after Twents kin, a
street whose name starts with "De", two people on one account): 17 → 11 (three of the four
structured items left are addresses whose writer put the town inside the mark). A review of round
61 (70 sentences) found 15 changes for the worse, each fixed (``test_scrub_review_round61.py``),
and one of round 62 (70 sentences) 15 more (``test_scrub_review_round62.py``). ``unseen77`` to
``unseen80`` (teenagers and dialect adults; newcomers, the elderly and voice typing; pupils,
students and the adults around them; a mix of all styles), written blind after round 62 and
measured once at the end by numbers only: 23/234 (9.8%), 24/348 (6.9%), 15/257 (5.8%) and 8/185
(4.3%) — 70/1024 (6.8%; 14 structured), against 72/1024 with the rules of the session's start.
The thirtieth session read ``unseen77`` in the sixty-third round (``test_scrub_unseen77_kinds.py``:
streets named without a number, ages after "en is" and a birthday, a name ending a list before
"en ik", nicknames "voor vrienden", clubs in roles, Twents words that are no names): 23 → 2.
``unseen78`` was read in the sixty-fourth (``test_scrub_unseen78_kinds.py``: e-mails, a site, a
handle and a street read out to a phone, names read out in pieces after a title, ages where voice
typing runs on and "when she was eight", the next role after "en later nog", a programme before
its level after "doet", an Arabic surname with its particle): 24 → 9 (one structured: a handle
read out whose writer put a district inside the mark). ``unseen79`` was read in the sixty-fifth
(``test_scrub_unseen79_kinds.py``: vmbo tracks, several classes, a school named after where it
stands, "het ROC" with the level and programme before it, a year of study signed after a name,
a seat on a small council, the teacher of a class in a village, a role in a signature, an initial
before another name's, an age right after one's name): 15 → 4. A review of rounds 63 and 64
(100 sentences) found 16 changes for the worse, each mended (``test_scrub_review_rounds63_64.py``).
``unseen80`` was read in the sixty-sixth (``test_scrub_unseen80_kinds.py``: an initial before a
verb, an age after "<name> hier", a school right after its class without "op", a ward by its
number, a handle with an underscore; with deduce no name for "My Dutch", no address for "in
Kampen 3 years"): 8 → 3. The four parts of that holdout, read in rounds 63 to 66: 70 → 18 of
1,024 (1.8%; 2 structured).
``unseen81`` to ``unseen84`` (teenagers and adults in Twente and Salland; expats, the elderly and
voice typing; pupils on a screen and rare roles in small places; a mix of all styles), written
blind at its start and measured by numbers only with the rules of that start: 16/229 (7.0%),
27/302 (8.9%), 3/212 (1.4%), 5/200 (2.5%) — 51/943 (5.4%; 8 structured), the holdout measured
once at its end. ``unseen85`` to ``unseen88`` (teenagers and dialect adults; voice typing and
newcomers; teachers, parents and Statenleden, and rare roles in small places; a mix of all
styles), written blind during the session and measured with the rules of round 66 before any
was read: 14/224 (6.2%), 19/252 (7.5%; 8 structured: IBANs and addresses read out), 25/268
(9.3%) and 9/203 (4.4%) — 67/947 (7.1%). ``unseen86`` was read in the sixty-seventh round
(``test_scrub_unseen86_kinds.py``: IBANs with the bank's letters by their names, a house number
in words before "daar", an initial before an e-mail read out, a farm's handle after "volg ons",
one's own name last and unstopped or split by the phone, a surname after "heette geloof ik", a
school named after someone with no article, "ISK class 2", an internship at a business by its
name): 19 → 8 (the mentor's "mijn vier havo" stays, marked for the editor, as a class alone).
``unseen87`` was read in the sixty-eighth (``test_scrub_unseen87_kinds.py``: teachers' roles
signed with a field and a school by its name, "|" as a comma, "Thomas a Kempis", "namens de
ChristenUnie", "vmbo-kader", the programme before its level after "de studenten van", one's age
last after one's traits, two names and their ages, a surname after "ik heet echt"; no name for
"meneer van de Staten" or a town after a postcode): 25 → 7.
``unseen85`` was read in the sixty-ninth (``test_scrub_unseen85_kinds.py``: a surname no list
knows after a first name, a name no list knows before "en ik" and a verb, "ik ben trouwens 16",
a day before its month no age, "de griffie" no name): 14 → 7 (8 after a review of round 69 took
the rule for names before "en ik" back). A review of rounds 65 to 68 (98
sentences) found 18 changes for the worse, each mended (``test_scrub_review_rounds65_68.py``).
``unseen88`` was read in the seventieth (``test_scrub_unseen88_kinds.py``: one's own surname with
its prefix, "hij heet zelf van goor", roles signed with a field and a village or a repair café,
the years of a role one retires from; a postcode's letters no initials, "te" and a verb no
place): 9 → 3. The four parts written during the session and read in rounds 67 to 70: 67 → 26
of 947 (2.7%; 4 structured: three addresses read out whose writers put the article inside the
mark, and one with no street word, "op het hoge land zes"). The holdout ``unseen81`` to
``unseen84``, measured once at the session's end: 47/943 (5.0%; 6 structured), against 51/943
with the rules of its start. ``unseen82`` was then read in the seventy-first round
(``test_scrub_unseen82_kinds.py``: English roles without an article, "who is only 19", "now 87
joar", "82 jaor old", "final year … at UT", "second semester at …", names read out after "dit
is" and "wij zijn", an e-mail's domain in three pieces, a plate read out a few words after
"kenteken"; the place after the Sallands "noa" stays): 27 → 15, places 142 → 146 of 148. A review
of rounds 69 to 71 (166 sentences) found 14 changes for the worse, each mended
(``test_scrub_review_rounds69_71.py``). ``unseen81`` was read in the seventy-second round
(``test_scrub_unseen81_kinds.py``: a street after "achter de" and one in "-waal", a seat held for
years on a council in dialect, "leerkracht van groep 7/8 van obs …", "ICT'er bij …"): 13 → 9, no
structured item left; no review followed this last round.
``unseen89`` to ``unseen92`` (pupils and parents; voice typing and expats; teenagers after a
final and rare roles; a mix of all styles), written blind during the session's last rounds and
measured once at its end, never read — the next session's holdout: 9/294 (3.1%), 14/197 (7.1%;
6 structured), 12/239 (5.0%), 7/206 (3.4%) — 42/936 (4.5%; 7 structured), against 47/936 (10
structured) with the rules of the session's start.
``unseen89`` was read in the seventy-third round, the first of the thirty-first session
(``test_scrub_unseen89_kinds.py``: a birthday in a clause with its verb last, a surname's prefix
with its initial, a nickname of a name and a word, a name that is a word too after kin and before
"van" and an age, a role held in Sallands "ik heb … west", a role after kin, a name and an age in
brackets; no name for "toen" before a town, no age for "van 9 tot 5"): 9 → 1, places 120 → 121
of 122. ``unseen93`` to ``unseen100`` (eight parts written blind by helpers of the thirty-first
session in the styles of ``unseen81`` to ``unseen88``), measured by numbers only with the rules of
its start: 10/267, 24/301, 6/238, 10/252 (the session's holdout ``unseen93`` to ``unseen96``:
50/1058, 4.7%; 5 structured) and 9/183, 12/238, 17/347, 5/208 (``unseen97`` to ``unseen100``,
read in its rounds: 43/976, 4.4%; 4 structured). Rounds 74 to 76 read ``unseen90`` to ``unseen92``
(14 → 3, 12 → 1, 7 → 3), rounds 77 to 80 ``unseen97`` to ``unseen100`` (43 → 15 of 976), round 81
``unseen83`` and ``unseen84`` (7 → 5 of 412). ``unseen101`` to ``unseen104`` were written blind
during the rounds and measured before they were read (2/244, 19/198 with 5 structured, 7/224,
9/228: 37/894), then read in rounds 82 and 83 (37 → 20, none structured). Reviews of rounds 73–76,
77–80 and 81–83 (``test_scrub_review_rounds73_76.py``, ``…77_80.py``, ``…81_83.py``). The
holdout ``unseen93`` to ``unseen96``, measured once at the session's end: 10/267, 21/301, 5/238,
10/252 — 46/1058 (4.3%; 4 structured), against 50/1058 with the rules of its start.
The seventh round moved ``unseen5``
(80 answers written blind, 44 of them teenagers' chat: 31 of 163 through at its first
measurement, 23 of them unmarked; 12 after the sixth round, 4 after the seventh) and
``unseen6`` (80 answers written blind at ordinary density, 40 of them teenagers' chat: 16 of
114 through at its first measurement — names 6/59, roles 7/14, schools 2/8, an e-mail typed
with a comma — 10 of them unmarked, places 60/62; 4 of 114 after the seventh round, places
61/62) to :data:`MEASURED_ONCE`."""
MOSTLY_REMOVED = ("name", "address", "age", "handle", "plate")
PER_KIND_BAR = 0.95
MAX_THROUGH = 0.02
MIN_PLACES_KEPT = 0.95


def measured(worker: ExportWorker, part: str) -> tuple[dict, list[str], list[str]]:
    answers = corpus_tools.load(part)
    items = [ScrubItem(a.text, KnownPerson(a.first_name, a.last_name, a.username)) for a in answers]
    results = worker.scrub(items, "nl", with_spans=True).result(timeout=120)
    spans = [[(s.start, s.end) for s in r.spans] for r in results]
    marks = [list(r.marks_in_source) for r in results]
    scores, failures = corpus_tools.measure(answers, spans)
    unmarked = corpus_tools.unmarked_leaks(answers, spans, marks)
    wider = _only_the_wider_word_left(answers, spans, WIDER_MARKS.get(part, {}))
    return scores, failures, [leak for leak in unmarked if leak not in wider]


def _only_the_wider_word_left(
    answers: list[corpus_tools.Answer], spans: list[list[tuple[int, int]]], wider: dict[str, str]
) -> set[str]:
    """The leaks of :data:`WIDER_MARKS` of which every letter but the listed word is removed."""
    found = set()
    for answer, answer_spans in zip(answers, spans, strict=True):
        lead = wider.get(answer.id)
        if lead is None:
            continue
        for item in answer.items:
            if item.kind != "role" or not item.text.startswith(f"{lead} "):
                continue
            rest = corpus_tools.Item(
                item.kind, item.start + len(lead) + 1, item.end, item.text[len(lead) + 1 :]
            )
            if corpus_tools.covered(rest, answer_spans)[0]:
                found.add(f"{answer.id} {item.kind}: {item.text!r}")
    assert len(found) == len(wider), f"a listed wider mark is not as listed: {wider}"
    return found


@pytest.mark.parametrize("part", PARTS)
def test_corpus_quality(
    worker: ExportWorker, part: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scores, failures, unmarked = measured(worker, part)
    with capsys.disabled():
        print()
        print(corpus_tools.report(f"scrubber quality, {part}", scores))
        for failure in failures:
            print("  note:", failure)
    for kind in corpus_tools.STRUCTURED_KINDS:
        if kind in scores:
            assert scores[kind].good == scores[kind].total, f"{kind} left in {part}: {failures}"
    personal = corpus_tools.through(scores)
    assert 1 - personal.rate <= MAX_THROUGH, f"{1 - personal.rate:.1%} through: {failures}"
    assert corpus_tools.places(scores).rate >= MIN_PLACES_KEPT, failures
    assert not unmarked, f"came through without a mark for the editor: {unmarked}"
    if part in ("tune", "holdout"):
        for kind in MOSTLY_REMOVED:
            assert scores[kind].rate >= PER_KIND_BAR, f"{kind} {scores[kind].rate:.1%}: {failures}"


@pytest.mark.parametrize("part", sorted(MEASURED_ONCE))
def test_parts_measured_once(
    worker: ExportWorker, part: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scores, failures, unmarked = measured(worker, part)
    with capsys.disabled():
        print()
        print(corpus_tools.report(f"scrubber quality, {part} (measured once)", scores))
        for failure in failures:
            print("  note:", failure)
    for kind in corpus_tools.STRUCTURED_KINDS:
        if kind in scores:
            assert scores[kind].good == scores[kind].total, f"{kind} left: {failures}"
    assert corpus_tools.places(scores).rate >= MIN_PLACES_KEPT, failures
    personal = corpus_tools.through(scores)
    first, now = MEASURED_ONCE[part]
    assert now <= first
    assert 1 - personal.rate <= now + 1e-9, failures
    assert not unmarked, f"came through without a mark for the editor: {unmarked}"


@pytest.mark.parametrize("part", sorted(FIRST_MEASUREMENT_ONLY))
def test_parts_not_yet_read_do_not_get_worse(
    worker: ExportWorker, part: str, capsys: pytest.CaptureFixture[str]
) -> None:
    scores, failures, _ = measured(worker, part)
    with capsys.disabled():
        print()
        print(corpus_tools.report(f"scrubber quality, {part} (first measurement)", scores))
    through, places = FIRST_MEASUREMENT_ONLY[part]
    assert 1 - corpus_tools.through(scores).rate <= through + 1e-9, failures
    assert corpus_tools.places(scores).rate >= places - 1e-9, failures


def test_corpus_size_and_split() -> None:
    parts = {
        part: corpus_tools.load(part) for part in (*PARTS, *MEASURED_ONCE, *FIRST_MEASUREMENT_ONLY)
    }
    assert sum(len(answers) for answers in parts.values()) >= 350
    ids = [a.id for answers in parts.values() for a in answers]
    assert len(ids) == len(set(ids))
    languages = {a.lang for answers in parts.values() for a in answers}
    assert {"nl", "en", "twents", "sallands", "mixed"} <= languages
    styles = [a for part in PARTS[2:] for a in parts[part]]
    kinds = {item.kind for a in styles for item in a.items}
    assert {"school", "role", "keep_place", "keep_word", "name", "age"} <= kinds
