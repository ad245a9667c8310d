"""E-mail addresses, links and social-media handles."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from urllib.parse import urlsplit

from bot.export.scrub import patterns
from bot.export.scrub.keep import keep_list
from bot.export.scrub.kinds import Kind
from bot.export.scrub.rules import number_words
from bot.export.scrub.spans import Span
from bot.export.scrub.words import EMOJI

_EMAIL = patterns.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])", re.UNICODE
)
_EMAIL_SPELLED = patterns.compile(
    r"(?i)(?<![\w.+-])[\w.+-]+\s*[\[(]\s*(?:at|apenstaart(?:je)?)\s*[\])]\s*[\w-]+"
    r"(?:\s*(?:[\[(]\s*(?:dot|punt)\s*[\])]|\.)\s*[\w-]+)+"
)
_MAIL_PROVIDERS = (
    "gmail|hotmail|outlook|icloud|yahoo|ziggo|kpnmail|kpnplanet|hetnet|xs4all|casema|chello|"
    "upcmail|quicknet|caiway|solcon|zeelandnet|telfort|tele2|protonmail|gmx|msn|hccnet|freeler|"
    "versatel|tiscali|kabelfoon"
)
"""Mail providers that name an address without a top-level domain ("jan at gmail")."""
_MAIL_HOSTS = f"{_MAIL_PROVIDERS}|home|live|planet|web|t-online|freenet|posteo|aol|proton|kpn"
"""Hosts of an address spelled out with its top-level domain ("jan at home punt nl"): words too,
so not alone ("feel at home in Hengelo")."""
_LOOSE_DOT = (
    r"(?:[ \t]*[.,][ \t]*|[ \t]+(?:dot|punt|punkt|point)[ \t]+"
    r"|[ \t]*[\[({<](?:dot|punt|punkt)[\])}>][ \t]*|[ \t]*-dot-[ \t]*)"
)
"""A dot in a loose address: typed with spaces around it, as a comma ("kpnmail,nl"), spelled
out ("punt", "dot") or in brackets."""
_LOOSE_TLDS = r"nl|n[ \t]l|com|c[ \t]o[ \t]m|net|org|eu|be|de|info|nu|me|io|co\.uk|uk|fr|frl|biz"
"""The top-level domains of a loose address, also as voice typing spells them ("punt n l")."""
_EMAIL_LOOSE = patterns.compile(
    # "b.terhorst @ziggo.nl", "piet @ ziggo . nl", "jan.smit at gmail dot com", "w . smit @ x . nl",
    # "anna apenstaartje hotmail punt com", "kees@ziggo .nl", "ria at hetnet" (a provider),
    # "jan punt de vries apenstaartje ziggo punt nl", "joyce punt van der veen at gmail punt
    # com" (voice typing writes "devries" apart)
    r"(?i)(?<![\w.+@-])(?P<local>[\w+-]+(?:(?:\.|[ \t]+\.[ \t]+)[\w+-]+"
    r"|[ \t]+(?:punt|dot)[ \t]+(?:(?:de|van|der|den|ter|ten)[ \t]+){0,2}[\w+-]+)*)"
    r"(?:[ \t]*[@＠]+[ \t]*|[ \t]*[\[({<](?:a|at|@)[\])}>][ \t]*|[ \t]*-at-[ \t]*|_at_"
    r"|[ \t]+(?:at|ät|apenstaart(?:je)?|apestaart(?:je)?)[ \t]+)"
    r"(?P<domain>[\w-]+(?:" + _LOOSE_DOT + r"[\w-]+)*?)"
    r"(?:" + _LOOSE_DOT + r"(?P<tld>" + _LOOSE_TLDS + r")"
    r"(?![\w-])|(?<=[\w-])(?![\w-]))"
)
_TLDS = (
    "nl|com|org|net|eu|be|de|info|io|me|dev|app|frl|amsterdam|nu|tv|co|uk|fr|es|it|biz|online|"
    "site|shop|xyz|social|page|link|blog|website|email|tk|ly|gg|to|ai|click|top|store|live|club|"
    "vip|icu|cn|ru|ml|ga|cf|gq|pw|ws|cc|us|ca|au|ch|at|pl|tr|ma|sr|cw|aw|pro|name|mobi|art|news|"
    "fun|space|tech|cloud|host|win|bid|loan|work|zip|mov|lol|wtf|party|download|ee"
)
_IPV4 = r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_URL = patterns.CaseFree(
    patterns.compile(
        rf"(?i)(?:\b[a-z][a-z0-9+.-]*://[^\s<>\"'()]+"  # any scheme
        # //host/x
        rf"|(?<![\w:/])//[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?(?:[/?#][^\s<>\"'()\[\]]*)?"
        rf"|\bwww\.[^\s<>\"'()\[\]]+"
        rf"|(?<![\w.])\[?{_IPV4}\]?(?::\d{{1,5}})?(?:[/?#][^\s<>\"'()\[\]]*)?(?![\w.]*\d)"  # IP
        rf"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:{_TLDS})(?![\w-])(?::\d{{1,5}})?(?:[/?#][^\s<>\"'()\[\]]*)?)"
    )
)
_HANDLE = patterns.compile(
    r"(?<![\w@.＠])(?:[@＠]{1,2}|[@＠][ \t](?=[\w.]*[\d_]))\w(?:[\w.-]{0,60}\w)?"
)
"""A handle with "@", in any script ("@tante_gé_vlogt"), also typed "@@naam", "＠naam" or "@ naam07"
(not "@ het station");
dots and dashes inside for handles that are domains (Bluesky's "@naam-in-twente.bsky.social")."""
_PLATFORM_CUE = (
    r"(?i)\b(?:insta(?:gram)?|ig|twitter|tik[ \t-]?tok|tt|snap(?:chat)?|sc|telegram|facebook|fb|"
    r"threads|bluesky|linkedin|discord|youtube|x|tg|gamertag|steam|twitch|roblox|minecraft|"
    r"fortnite|pinterest|bereal|psn|xbox|epic|reddit|vinted|kik|whatsapp|wechat|signal|skype|"
    r"viber|qq|weibo)\b"
    r"(?:[ \t]+(?:account|naam|name|handle|kanaal|channel|me|mij|mie|ons|us|haar|hem|her|him)"
    r"(?:[ \t]+(?:op|via|on|at))?)?"
    r"(?:[ \t]*\([^)\n]{1,12}\))?"  # "Insta (privé): …"
    r"(?:[ \t]*(?::|=|is|als|as|ist|'s|heet(?:[ \t]+(?:ik|hij|zij|ze))?|ben[ \t]+ik|naar)[ \t]*"
    r"|[ \t]+"
    r"|[ \t]*[" + EMOJI + r"\u2192>-]+[ \t]*)"
)
"""A platform's name and what may stand between it and the handle ("snap me:", "insta (privé):")."""
_PLATFORM_HANDLE = patterns.compile(
    _PLATFORM_CUE + r"[(@]?([A-Za-z0-9_][A-Za-z0-9_.]{2,38}[A-Za-z0-9_])"
    r"(?![^\W_])"  # the whole word: not "priv" of "privé"
)
_PLATFORM_HANDLE_READ = patterns.compile(
    _PLATFORM_CUE + r"@?([A-Za-z0-9]+)(?=[ \t]+(?i:underscore|punt|dot|streepje|_|\.)[ \t]+\w)"
)
"""A handle read out or typed in pieces after a platform's name: "snap: zoe punt vos twee nul
nul negen", "insta jamal underscore pinas", "snap me: daan _ brk 07"."""
_AT_HANDLE_READ = patterns.compile(
    _PLATFORM_CUE + r"(?:[\w'’]+[ \t]+){0,3}?"
    r"(?P<handle>(?i:at)[ \t]+[A-Za-z0-9]+)"
    r"(?=[ \t]+(?i:underscore|punt|dot|streepje|_)[ \t]+\w)"
)
"""A handle read out with "at" a few words after a platform's name: "op mijn instagram gezet at
samira underscore idrissi" ("apenstaartje" is read by :func:`_spoken_handles`, which knows a
body's handle)."""
_NEXT_HANDLE = patterns.compile(
    r"(?i)[ \t]*(?:,|/|[ \t](?:en|of|and|or)(?=[ \t]))?[ \t]+@?"
    r"((?=[a-z0-9._]*[a-z]{2})[a-z0-9]+[._][a-z0-9._]*[a-z0-9])(?![\w@-])"
    r"|[ \t]*,?[ \t]+@?((?=[a-z]{3})[a-z]+\d+[a-z0-9]*)(?![\w@-])"
)
"""The next of several handles after a platform's name: "snap jort.hm siem.tw pepijnnnn10" —
a word with a dot, an underscore or digits after letters."""
_TRAILING = ".,;:!?)]}'\""
_DISCORD_TAG = patterns.compile(
    r"(?<![\w@#.])(?!(?i:issue|agenda|nummer|nr|item|punt|ticket|zaak|no|motie|amendement)#)"
    r"[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#])"
)
"""A Discord name with its number: "niekthebeast#4471" — not "issue#1234"."""
_BARE_HANDLE = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w@./:-])(?=[a-z0-9._]*[a-z]{2})(?=[a-z0-9._]*\d)"
        r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)*_[a-z0-9_]*[a-z0-9](?![\w@-])"
        r"|(?<![\w@./:-])[a-z]{2,}(?:\.[a-z]+)+\.?\d+(?![\w@-]|\.\w)"
    )
)
"""A username typed without "@": a word with an underscore and a digit ("sanne_2009"), or
letters, a dot and letters ending in digits ("jelle.vdb07", "jorrit.vd.2008"); "art.12" and
"v1.2" are none."""
_SPACED_HOST = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w@.-])(?:www(?:[ \t]*\.[ \t]*|[ \t]+(?:punt|dot)[ \t]+))?"
        r"(?:[a-z0-9-]+\.)*[a-z0-9][a-z0-9-]{4,}"
        r"(?:[ \t]+\.[ \t]*|[ \t]+(?:punt|dot)[ \t]+)"
        r"(?:nl|com|org|net|eu|be|info|(?:de|nu)(?![\w-])(?![ \t]+[a-z]))(?![\w-])"
    )
)
"""A link typed with a space before its dot ("ijsclubdorp .nl") or the dot spelled out
("ijsclubdorp punt nl") — not "de" or "nu" with a word after it: "in hellendoorn punt de zorg
is goed" is voice typing's full stop and an article."""
_SPOKEN_WWW = patterns.CaseFree(
    patterns.compile(
        r"(?i)(?<![\w@.-])w[ \t]?w[ \t]?w[ \t]+(?:punt|dot)[ \t]+"
        r"(?:(?!(?:en|and|toen|was|is|dan|maar|ik|we|je)[ \t])[a-z0-9-]+[ \t]+){0,3}?"
        r"(?!(?:en|and|toen|was|is|dan|maar|ik|we|je)[ \t])[a-z0-9-]+[ \t]+"
        r"(?:punt|dot)[ \t]+(?:nl|n[ \t]l|com|org|net|eu|be|info|de|nu)(?![\w-])"
    )
)
"""A site read out, its name in words: "w w w punt klein lenferink punt nl" ("www" says a site
is coming, so the words before "punt nl" are its name)."""

ALLOWED_HOSTS: tuple[str, ...] = (
    "overijssel.nl",
    "overijsseldoetmee.nl",
    "rijksoverheid.nl",
    "overheid.nl",
    "government.nl",
    "tweedekamer.nl",
    "eerstekamer.nl",
    "wikipedia.org",
    "vechtstromen.nl",
    "wdodelta.nl",
    "regiotwente.nl",
    "regiozwolle.info",
)
"""Links to these hosts (and their subdomains) are public information and stay; so do the
sites of Overijssel's municipalities (:data:`MUNICIPAL_HOSTS`)."""

MUNICIPALITIES = (
    *("Almelo", "Borne", "Dalfsen", "Deventer", "Dinkelland", "Enschede", "Haaksbergen"),
    *("Hardenberg", "Hellendoorn", "Hengelo", "Hof van Twente", "Kampen", "Losser"),
    *("Oldenzaal", "Olst-Wijhe", "Ommen", "Raalte", "Rijssen-Holten", "Staphorst"),
    *("Steenwijkerland", "Tubbergen", "Twenterand", "Wierden", "Zwartewaterland", "Zwolle"),
)
MUNICIPAL_HOSTS: tuple[str, ...] = tuple(
    sorted(
        {f"{m.lower().replace(' ', '')}.nl" for m in MUNICIPALITIES}
        | {f"{m.lower().replace(' ', '').replace('-', '')}.nl" for m in MUNICIPALITIES}
        | {f"gemeente{m.lower().replace(' ', '').replace('-', '')}.nl" for m in MUNICIPALITIES}
    )
)


def _host_allowed(url: str, allowed: tuple[str, ...]) -> bool:
    candidate = url if "://" in url or url.startswith("//") else f"http://{url}"
    try:
        host = (urlsplit(candidate).hostname or "").lower()
    except ValueError:
        return False
    host = host.removeprefix("www.")
    return any(host == a or host.endswith("." + a) for a in allowed)


def find_emails(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.EMAIL, "email") for m in _EMAIL.finditer(text)]
    found += [Span(m.start(), m.end(), Kind.EMAIL, "email") for m in _EMAIL_SPELLED.finditer(text)]
    if (
        "@" in text
        or "＠" in text
        or "staart" in text
        or _BRACKETED_AT.search(text)
        or _SPELLED_AT.search(text)
        or _MAIL_THEN_AT.search(text)
    ):
        found += [
            loose
            for loose in _loose_emails(text)
            if not any(s.start <= loose.start and loose.end <= s.end for s in found)
        ]
    lowered = text.lower()
    if (" at " in lowered or "staartje" in lowered) and ("punt" in lowered or "dot" in lowered):
        found += [
            Span(m.start(), m.end(), Kind.EMAIL, "email-read-out")
            for m in _READ_OUT_AT_AND_DOT.finditer(text)
            if m.group("local").lower() not in _NO_LOCAL_PART
        ]
    return found


_SPELLED_AT = patterns.compile(
    rf"(?i)[ \t](?:at|ät|apen?staart(?:je)?)[ \t]+"
    rf"(?:[\w-]+{_LOOSE_DOT}[a-z]|(?:{_MAIL_PROVIDERS})\b)"
)
"""An address spelled out needs "at" and a dot or a provider after it (checked first: the
loose pattern is slow)."""
_MAIL_THEN_AT = patterns.compile(r"(?i)mail[^@]{0,60}?[ \t](?:at|ät)[ \t]")
"""A word for mail and "at" read out after it ("mail me info at groen hof goor punt n l")."""
_AT_TYPED_OUT = r"[\[({<](?:a|at|@)[\])}>]|-at-|_at_"
"""An "@" typed without the sign: "(a)", "[at]", "{@}", "-at-", "_at_"."""
_BRACKETED_AT = patterns.compile(rf"(?i){_AT_TYPED_OUT}")


_PROVIDER = patterns.compile(rf"(?i)(?:{_MAIL_PROVIDERS})$")
_HOST = patterns.compile(rf"(?i)(?:{_MAIL_HOSTS})$")
_SPACED_TLD = patterns.compile(rf"(?i)[ \t]+(?:{_LOOSE_TLDS})(?![\w-])")
_GLUED_AT = patterns.compile(r"\w[@＠]+\w")
"""An "@" between two letters is an address, with or without its top-level domain
("annab@gmailcom", "jan@ziggo")."""


_AT_SIGN = patterns.compile(rf"[@＠]|{_AT_TYPED_OUT}")
_NO_LOCAL_PART = frozenset(
    {"was", "were", "is", "am", "are", "be", "been", "i", "me", "we", "they", "he", "she", "it"}
    | {"us", "you", "stay", "stayed", "live", "lives", "lived", "work", "worked", "here", "there"}
    | {"ben", "zijn", "thuis", "ik", "wij", "ze", "hij", "zij", "werk", "woon"}
)
"""Words before a spelled "at" that name no one: "I was at home dot com"."""


_LOCAL_READ_OUT = (
    r"(?i)(?<![\w@.])(?P<local>[\w+-]+"
    r"(?:[ \t]+(?:punt|dot|underscore|streepje)?[ \t]*[\w+-]+){0,5})"
)
_EMAIL_SPOKEN = patterns.compile(
    _LOCAL_READ_OUT + r"[ \t]+(?:apenstaart(?:je)?|apestaart(?:je)?)[ \t]+"
    r"(?P<domain>[\w-]+(?:[ \t]+[\w-]+){0,2})"
    + _LOOSE_DOT
    + r"(?P<tld>"
    + _LOOSE_TLDS
    + r")(?![\w-])"
)
"""An address read out word by word around "apenstaartje", which says e-mail and nothing else:
"peter punt jansen zevenenzestig apenstaartje gmail punt com", "fam bolhuis apenstaartje kpn
mail punt nl" — the words before it back to the cue ("mail", "email is") or a little word."""
_EMAIL_SPOKEN_AT = patterns.compile(
    _LOCAL_READ_OUT + r"[ \t]+(?:at|ät)[ \t]+"
    r"(?P<domain>[\w-]+(?:[ \t]+[\w-]+){0,2}?)"
    + _LOOSE_DOT
    + r"(?P<tld>"
    + _LOOSE_TLDS
    + r")(?![\w-])"
)
"""The same read out with "at", after a word for mail: "mail me info at groen hof goor punt n l",
"mail naar pris cilla punt ramdin at gmail punt com"."""
_MAIL_WORDS = frozenset({"email", "e-mail", "mail", "mailadres", "emailadres", "mailen", "mailtje"})
_LOCAL_STOP = _MAIL_WORDS | frozenset(
    {"mijn", "mn", "m'n", "is", "naar", "me", "mij", "ons", "of", "en", "op", "via", "ik", "je"}
    | {"jullie", "adres", "the", "my", "at", "to", "gerust", "even", "maar", "ook", "dan", "gewoon"}
    | {"altijd", "liefst", "graag", "anders", "just", "please"}
)


def _within_a_number(words: list[str], i: int) -> bool:
    """ "twee en tachtig": "en" inside a number read out, no stop before the address."""
    return (
        words[i].lower() == "en"
        and 0 < i < len(words) - 1
        and number_words.value(words[i - 1].lower()) is not None
        and number_words.value(words[i + 1].lower()) is not None
    )


def _spoken_emails(text: str, pattern: re.Pattern[str], *, cued: bool = False) -> list[Span]:
    """Addresses read out by ``pattern``; with ``cued`` only after a word for mail ("mail me
    info at …"): "at" is an English word too."""
    spans = []
    for m in pattern.finditer(text):
        words = m.group("local").split()
        stops = [
            i
            for i, word in enumerate(words)
            if word.lower() in _LOCAL_STOP and not _within_a_number(words, i)
        ]
        if cued and not any(words[i].lower() in _MAIL_WORDS for i in stops):
            continue
        if stops:
            words = words[stops[-1] + 1 :]  # "mijn email is [peter punt jansen …]"
        if not words:
            continue
        start = m.start("local") + m.group("local").index(words[0])
        spans.append(Span(start, m.end(), Kind.EMAIL, "email-spoken"))
    return spans


def _loose_emails(text: str) -> list[Span]:
    """An address typed with spaces around "@" or the dot, or spelled out ("at", "punt"):
    with "@" any domain with a top-level domain counts; with "at" the domain must end in a
    top-level domain after a dot or be a mail provider ("jan at gmail")."""
    lowered = text.lower()
    spans = _spoken_emails(text, _EMAIL_SPOKEN) if "staart" in lowered else []
    if "mail" in lowered:
        spans += _spoken_emails(text, _EMAIL_SPOKEN_AT, cued=True)
    position = 0
    while (m := _EMAIL_LOOSE.search(text, position)) is not None:
        # a candidate that is no address ("me at jos") must not hide the one after it
        position = m.start() + 1
        at_sign = _AT_SIGN.search(m.group(0)) is not None
        domain = m.group("domain")
        first_label = re.split(r"[ \t.,\[(]", domain, maxsplit=1)[0]
        end = m.end()
        if m.group("tld") is None and at_sign:
            spaced = _SPACED_TLD.match(text, end)
            if spaced is not None:
                end = spaced.end()  # "piet@ziggo nl": a space for the dot
            elif not _GLUED_AT.search(m.group(0)) and not _PROVIDER.match(first_label):
                continue
        elif m.group("tld") is None and not _PROVIDER.match(first_label):
            continue
        dotted = re.search(r"(?i)\.|[ \t](?:punt|dot)[ \t]", m.group("local")) is not None
        if not at_sign and not (_HOST.match(first_label) or dotted):
            continue  # "I was at home dot com" is no address; "jan.smit at x punt nl" is
        if not at_sign and m.group("local").lower() in _NO_LOCAL_PART:
            continue  # "we were at home dot com": no one's address
        initial = _INITIAL_READ_BEFORE.search(text, max(0, m.start() - 4), m.start())
        start = initial.start() if initial is not None and not at_sign else m.start()
        spans.append(Span(start, end, Kind.EMAIL, "email-loose"))
        position = end
    return spans


_READ_OUT_AT_AND_DOT = patterns.compile(
    r"(?i)(?<![\w.@-])(?P<local>[\w+-]+[ \t]+(?:punt|dot)[ \t]+[\w+-]+(?:[ \t]+[\w+-]+)?"
    r"|[\w+-]+)[ \t]+(?:at|apenstaartje|apestaartje)[ \t]+"
    r"(?P<domain>[\w-]+(?:[ \t]+[\w-]+){0,3})[ \t]+(?:punt|dot)[ \t]+"
    r"(?:nl|n[ \t]l|com|net|org|eu|be|info|frl)(?![\w-])"  # not "de", "nu": words too
)
"""An address read out with "at" and "punt" both, its domain heard in words apart: "jeroen at
repaircafe colmschate punt nl", "h punt nijen huis apenstaartje bibliotheek hof van twente punt
nl" — both words said make it an address, whatever the host."""
_INITIAL_READ_BEFORE = patterns.compile(r"(?<![\w'’])[a-z][ \t]+$")
"""An initial read out before the rest of the address: "s hiemstra at hotmail punt com"."""


_WORD_TLDS = frozenset({"de", "nu", "in", "is", "me", "to", "be", "at", "so", "es", "it"})
"""Top-level domains that are words too: "versierd.de buurvrouwen" lost its space."""


def _words_run_together(url: str, known_word: Callable[[str], bool] | None) -> bool:
    """ "versierd.de", "rijden.nu": a word, a dot and a word with no space — not a link."""
    parts = url.lower().split(".")
    return (
        known_word is not None
        and len(parts) == 2
        and parts[1] in _WORD_TLDS
        and known_word(parts[0])
        and len(parts[0]) > 3
    )


def find_urls(
    text: str,
    allowed: tuple[str, ...] = ALLOWED_HOSTS + MUNICIPAL_HOSTS,
    known_word: Callable[[str], bool] | None = None,
) -> list[Span]:
    """Every link, host name and IP address is replaced except those of public bodies
    (``allowed``): "https://…", "//host/x", "www.…", "stem-nu.click", "203.0.113.7".

    A link to a personal site, a social-media profile or a petition with a referral code
    can point straight at a person; a bare ``overijssel.nl`` cannot.
    """
    spans = []
    for start, end in _URL.spans(text):
        url = text[start:end]
        while url and url[-1] in _TRAILING:
            url = url[:-1]
            end -= 1
        if url and not _host_allowed(url, allowed) and not _words_run_together(url, known_word):
            spans.append(Span(start, end, Kind.URL, "url"))
    if "punt" in text or "dot" in text:
        for start, end in _SPOKEN_WWW.spans(text):
            host = re.sub(r"(?i)^w[ \t]?w[ \t]?w[ \t]+(?:punt|dot)[ \t]+", "", text[start:end])
            if not _host_allowed(re.sub(r"(?i)[ \t]+(?:punt|dot)[ \t]+", ".", host), allowed):
                spans.append(Span(start, end, Kind.URL, "url-spoken"))
    for start, end in _SPACED_HOST.spans(text):
        if not _host_allowed(
            re.sub(r"(?i)[ \t]+(?:punt |dot )?[ \t]*\.?[ \t]*", ".", text[start:end]), allowed
        ):
            spans.append(Span(start, end, Kind.URL, "url-spaced"))
    return spans


_PLATFORMS = (
    r"(?:insta(?:gram)?|tik[ \t-]?tok|snap(?:chat)?)[\w'’]*|ig|twitter|telegram|facebook|fb|"
    r"threads|bluesky|discord|youtube|twitch|account|handle|gebruikersnaam|username"
)
_HANDLE_CUE = patterns.compile(
    rf"(?i)(?<![\w'’])(?:{_PLATFORMS}|volgen|volg|follow|followen|dm|dm'en|dmen|taggen|tag)"
    r"(?![\w'’])"
)
"""A platform's name or a verb of following ("je kan me volgen op"): where it stands, a dotted
word may be a handle, and so may a handle read out after "apenstaartje"."""
_DOTTED_NAME = patterns.compile(
    r"(?i)(?<![\w@./:-])([a-z][a-z0-9_]{1,30})\.([a-z0-9_]{1,30})(?![\w@-]|\.\w)"
)


_UNDERSCORED = patterns.compile(r"(?<![\w@./:-])[a-z][a-z0-9.]*_[a-z0-9_.]*[a-z0-9](?![\w@-])")
"""A username with an underscore, also one with no digit ("emmaa_vrb"), in a message that names a
platform or follows someone (:data:`_HANDLE_CUE`: "hij mag me snappen emmaa_vrb")."""


def _dotted_handles(text: str, known_word: Callable[[str], bool] | None) -> list[Span]:
    """A username with a dot ("floor.hgl") in a message that names a platform or follows someone
    (:data:`_HANDLE_CUE`), wherever it stands: not a link (no top-level domain after the dot) and
    not two words that lost the space after a full stop ("meehelpen.mijn")."""
    if _HANDLE_CUE.search(text) is None:
        return []
    spans = []
    for m in _DOTTED_NAME.finditer(text):
        left, right = m.group(1).lower(), m.group(2).lower()
        if re.fullmatch(_TLDS, right):
            continue
        if len(right) == 1 and not (
            right.isalpha() and left[-1].isalpha() and any(ch.isdigit() for ch in left)
        ):
            continue  # "jorr1t.w" is a handle; "bijv.w", "opdracht4.a", "web3.0" are none
        if known_word is not None and known_word(left) and known_word(right):
            continue
        spans.append(Span(m.start(), m.end(), Kind.HANDLE, "dotted-handle"))
    return spans


def find_handles(text: str, known_word: Callable[[str], bool] | None = None) -> list[Span]:
    """Handles with "@", after a platform's name ("snap: fenna.2010"), or typed without "@" in
    their usual form; after a platform's name also a word no list knows ("snap fleurvdb"),
    when ``known_word`` tells which words are known."""
    spans = (
        [Span(m.start(), m.end(), Kind.HANDLE, "handle") for m in _HANDLE.finditer(text)]
        if "@" in text or "＠" in text
        else []
    )
    lowered = text.lower()
    platforms = any(word in lowered for word in _PLATFORM_HINTS)
    for m in _PLATFORM_HANDLE.finditer(text) if platforms else ():
        word = m.group(1)
        if _SPOKEN_AT.fullmatch(word):
            continue  # "insta apenstaartje …": the handle is read out after it (or a body's)
        if (
            any(ch.isdigit() or ch in "_." for ch in word)
            or text[m.start(1) - 1] == "@"
            or (known_word is not None and _unknown_handle(word, known_word))
        ):
            spans.append(Span(m.start(1), m.end(1), Kind.HANDLE, "platform-handle"))
    for m in _PLATFORM_HANDLE_READ.finditer(text) if platforms else ():
        first = m.group(1).lower()
        if first.isdigit() or first in _NEVER_AFTER_A_JOINER or first in _PLATFORM_WORDS:
            continue
        if known_word is not None and known_word(first):
            continue  # "ik snap je punt", "ik snap het punt niet": the verb, no handle
        spans.append(Span(m.start(1), _read_on(text, m.end(1)), Kind.HANDLE, "handle-read"))
    for m in _AT_HANDLE_READ.finditer(text) if platforms and " at " in lowered else ():
        spans.append(
            Span(m.start("handle"), _read_on(text, m.end("handle")), Kind.HANDLE, "handle-read")
        )
    spans += [
        Span(start, end, Kind.HANDLE, "bare-handle") for start, end in _BARE_HANDLE.spans(text)
    ]
    spans += _dotted_handles(text, known_word)
    if "_" in text and _HANDLE_CUE.search(text):
        spans += [
            Span(m.start(), m.end(), Kind.HANDLE, "underscored-handle")
            for m in _UNDERSCORED.finditer(text)
            if known_word is None
            or not all(known_word(part) for part in m.group(0).split("_") if part)
        ]  # not "glow_up": words joined, a tag
    if "staart" in lowered:
        spans += _spoken_handles(text)
    if "#" in text:
        spans += [
            Span(m.start(), m.end(), Kind.HANDLE, "discord") for m in _DISCORD_TAG.finditer(text)
        ]
    if known_word is not None:
        for m in _USERNAME_CUE.finditer(text):
            if _unknown_handle(m.group(1), known_word) and m.group(1).islower():
                spans.append(Span(m.start(1), m.end(1), Kind.HANDLE, "username"))
    if platforms:
        spans += [
            Span(m.start(1), m.end(1), Kind.HANDLE, "camel-handle")
            for m in _CAMEL_CASE.finditer(text)
            if _humps(m.group(1))
        ]
        spans += _handles_listed_after(text, spans)
    return spans


_CAMEL_CASE = patterns.compile(
    r"(?i:(?<![\w'’])(?:als|as|heet|heette|called|named|account|handle|username|"
    r"gebruikersnaam|gamertag|naam)[ \t]*:?[ \t]+)"
    r"((?<![\w@.#/-])[A-Za-z][A-Za-z]*[a-z][A-Z][A-Za-z0-9_]*)(?![\w@-])"
)
"""A name in humps right after a word that says a handle follows: "streamt als MilanPlaysNL" —
not an organisation's or an event's ("volg GemeenteHengeloNL", "onder KermisEnter2024")."""


def _humps(word: str) -> bool:
    """ "MilanPlaysNL", "xXSanneXx", "GamerGirl07": a username written in humps and marked as
    one by digits, an underscore or capitals together — not a brand's or a school's one hump
    ("YouTube", "PowerPoint", "DigiD", "ArtEZ") nor words run together ("inHofvanTwente")."""
    changes = sum(1 for a, b in pairwise(word) if a.islower() and b.isupper())
    if any(ch.isdigit() or ch == "_" for ch in word):
        return changes >= 1  # "GamerGirl07"
    capitals_together = any(a.isupper() and b.isupper() for a, b in pairwise(word))
    # "MilanPlaysNL", "xXSanneXx" — not "ArtEZ", a school's one hump
    return changes >= 2 and (capitals_together or word.startswith(("xX", "Xx")))


def _handles_listed_after(text: str, spans: list[Span]) -> list[Span]:
    """The handles that follow a handle after a platform's name, each in turn."""
    found = []
    queue = list(spans)
    while queue:
        m = _NEXT_HANDLE.match(text, queue.pop().end)
        if m is not None:
            group = 1 if m.group(1) is not None else 2
            listed = Span(m.start(group), m.end(group), Kind.HANDLE, "handle-listed")
            found.append(listed)
            queue.append(listed)
    return found


_SPOKEN_AT = patterns.compile(
    r"(?i)(?<![\w])(?:apenstaartje|apestaartje|apenstaart|apestaart)(?![\w])"
)
_SPOKEN_SIGN = patterns.compile(r"[ \t]+([^\W_]+|_|\.(?=[ \t]))")
_SPOKEN_JOINERS = frozenset(
    {"underscore", "punt", "dot", "punkt", "streepje", "dash", "unterstrich", "liggend", "_", "."}
)
_SURNAME_PREFIXES = frozenset({"de", "van", "der", "den", "ter", "ten", "el", "al"})
_NEVER_AFTER_A_JOINER = frozenset(
    {"en", "of", "dan", "het", "een", "is", "and", "or", "the", "then", "ik", "je", "jij", "u"}
)
"""Words a sentence goes on with, never a piece of a handle after "punt" or "underscore"."""
_ARTICLE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:het|een|dat|dit|the|an)[ \t]+$")
_ALSO_WORDS = frozenset({"een", "één", "one", "u", "o", "a", "i"})
"""Number words and letters that are words too: signs of a handle only after a number ("…
twee nul een nul"), not "apenstaartje lotte een keer per week"."""
_UNDERSCORE_READ = patterns.compile(r"(?i)[ \t]+[^\W_]+[ \t]+(?:underscore|unterstrich)(?![\w])")
_FOLLOW_US = patterns.compile(r"(?i)(?<![\w'’])(?:volg|volgen|follow)[ \t]+(?:ons|us)(?![\w'’])")
_LOOK_AT = patterns.compile(r"(?i)(?<![\w'’])(?:check|checken|chek|zoek|kijk)(?![\w'’])")
"""A verb that sends one to a handle read out: "check apenstaartje achraf punt zwolle"."""
_A_BODYS_HANDLE = patterns.compile(
    r"(?i)[ \t]+(?:provincie|gemeente|overijssel|prodemos|staten|statenfractie|provinciale|"
    r"waterschap|rijkswaterstaat|politie|ggd|landschap|natuurmonumenten|staatsbosbeheer|"
    r"rijksoverheid|overheid)"
)
"""A public body's handle after "volg ons" — not a farm's or a club's own ("volg ons op
instagram apenstaartje boerin underscore wilma")."""
_PLATFORM_BEFORE = 30
"""How far before "apenstaartje" a platform's name stands ("mijn instagram is apenstaartje …")."""


def _spoken_handles(text: str) -> list[Span]:
    """A handle read out after a platform's name or a verb of following: "mijn instagram is
    apenstaartje sanne underscore w twee nul nul negen", "je kan me volgen op apenstaartje kuba
    underscore twenterand" — a word after the at or after "underscore", "punt", and then letters
    and number words; it ends at the first other word. Without such a cue an "underscore" read
    out says handle too."""
    spans = []
    for at in _SPOKEN_AT.finditer(text):
        before = text[max(0, at.start() - _PLATFORM_BEFORE) : at.start()]
        if _ARTICLE_BEFORE.search(before):
            continue  # "het apenstaartje is een teken": the sign itself
        if _FOLLOW_US.search(before) and _A_BODYS_HANDLE.match(text, at.end()):
            continue  # "volg ons op apenstaartje provincie underscore overijssel": a body's own
        if (
            _HANDLE_CUE.search(before) is None
            and _LOOK_AT.search(before) is None
            and not _UNDERSCORE_READ.match(text, at.end())
        ):
            continue
        end = _read_on(text, at.end(), word_allowed=True)
        ahead = _JOINER_AHEAD.match(text, end) if end > at.end() else None
        if ahead is not None and not any(
            word.lower() in _NOT_IN_A_HANDLE for word in ahead.group(1).split()
        ):
            # "apenstaartje mama van drie underscore kampen": the words before a joiner read
            # out are the handle's too
            end = _read_on(text, ahead.end(1), word_allowed=True)
        for _ in range(_MOST_PLACES_IN_A_HANDLE):
            place = _NEXT_WORD.match(text, end)
            if end == at.end() or place is None or not keep_list().is_place(place.group(1).title()):
                break
            end = place.end()  # "apenstaartje vrijwillig olst wijhe": places in the handle
        if end > at.end():
            spans.append(Span(at.start(), end, Kind.HANDLE, "handle-spoken"))
    return spans


_NEXT_WORD = patterns.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_NOT_IN_A_HANDLE = frozenset({"dan", "een", "de", "het", "je", "jouw", "en", "of", "met", "is"})
"""Words a sentence goes on with before a joiner: "tag apenstaartje jeugdraad dan een streepje
onder je naam" is an instruction, no handle read out."""
_JOINER_AHEAD = patterns.compile(
    r"((?:[ \t]+[^\W_]+){1,3}?)(?=[ \t]+(?i:underscore|streepje|unterstrich)[ \t]+[^\W_])"
)
_MOST_PLACES_IN_A_HANDLE = 2


def _read_on(text: str, end: int, *, word_allowed: bool = False) -> int:
    """Where a handle read out from ``end`` ends: joiners ("underscore", "punt", "_"), a word
    after each, then letters and number words; it ends at the first other word."""
    read = 0
    before_joiner = end
    while (sign := _SPOKEN_SIGN.match(text, end)) is not None:
        word = sign.group(1).lower()
        if word in _SPOKEN_JOINERS:
            word_allowed, before_joiner = True, end
        elif word_allowed and word in _NEVER_AFTER_A_JOINER:
            return before_joiner  # "mijn snap is lotte punt en dan …": the sentence goes on
        elif word_allowed and word in _SURNAME_PREFIXES:
            pass  # "noor underscore de vries", "luuk underscore van der berg": the name goes on
        elif word.isdigit() or (
            number_words.digits(word) is not None and (word not in _ALSO_WORDS or read)
        ):
            word_allowed, read = False, read + 1
        elif len(word) == 1 and word not in _ALSO_WORDS:
            word_allowed = False
        elif not word_allowed:
            break
        else:
            word_allowed = False
        end = sign.end()
    return end


_USERNAME_CUE = patterns.compile(
    r"(?i:\b(?:gebruikersnaam|username|user[ \t]*name|accountnaam|schermnaam|"
    r"(?:iemand|someone|een[ \t]+(?:jongen|meisje|speler|gast|persoon))[ \t]+"
    r"(?:met|onder)[ \t]+(?:de|als)[ \t]+naam)[ \t]*:?[ \t]+)"
    r"([a-z0-9_.]{4,30})(?![\w@])"
)
"""A username after the word for it, in an online panel or game: "iemand met de naam
vechtdalvibes", "gebruikersnaam: tukkertje99" (a word no list knows) — not "een app met de
naam fietsmaatje"."""


_PLATFORM_HINTS = (
    "insta", "ig", "twitter", "tik", "tt", "snap", "sc", "telegram", "facebook", "fb", "threads",
    "bluesky", "linkedin", "discord", "youtube", "x ", "x:", "tg", "gamertag", "steam", "twitch",
    "roblox", "minecraft", "fortnite", "pinterest", "bereal", "psn", "xbox", "epic", "reddit",
    "vinted", "kik", "whatsapp", "wechat", "signal", "skype", "viber", "qq", "weibo",
)  # fmt: skip
"""Checked first: a platform's name, or the pattern that reads the handle after it is not tried."""
_PLATFORM_WORDS = frozenset(
    {"insta", "instagram", "ig", "twitter", "tiktok", "tt", "snap", "snapchat", "sc", "telegram"}
    | {"gamertag", "steam", "twitch", "roblox", "minecraft", "fortnite", "pinterest", "bereal"}
    | {"kanaal", "channel", "tok", "whatsapp", "heet", "naar", "ben", "ist", "streamt", "streamen"}
    | {"streamde", "streamden", "gamet", "gamen", "gamede", "volgt", "volgen", "kijkt", "kijken"}
    | {"facebook", "fb", "threads", "bluesky", "linkedin", "discord", "youtube", "tg", "account"}
    | {"naam", "name", "handle", "me", "mij", "ons", "us", "op", "via", "on", "at"}
)


def _unknown_handle(word: str, known_word: Callable[[str], bool]) -> bool:
    """A username of letters only after a platform's name: a word no list knows ("snap
    fleurvdb"; not "insta heb ik niet", "snap is leuk")."""
    folded = word.lower()
    return len(folded) >= 4 and folded not in _PLATFORM_WORDS and not known_word(folded)


def find(text: str, known_word: Callable[[str], bool] | None = None) -> list[Span]:
    return (
        find_emails(text) + find_urls(text, known_word=known_word) + find_handles(text, known_word)
    )
