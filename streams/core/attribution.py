"""Who wrote an article: the dateline at its head, and the original source behind the outlet that carried it.

The agency table (``data/agencies.tsv``, extended by the file named in ``TIMELINE_AGENCIES``) and the outlet
table (``data/outlets.tsv``, extended by ``TIMELINE_OUTLETS``) are read once, on first use.
``attribute`` and ``find_dateline`` take the article body before cleaning: the lines that ``clean`` drops as
furniture (copyright lines, republishers' notes, bylines) are evidence here. HTML bodies are accepted too.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import regex

from .agencies import (
    AGENCIES_ENV, DATA, OUTLETS_ENV, agencies, agencies_named, agency_of, data_lines, normalize_outlet,
    reload_tables,
)
from .timex_calendar import WEEKDAYS
from .types import Attribution, Dateline

__all__ = [
    "find_dateline",
    "dateline_at",
    "attribute",
    "is_republisher_note",
    # re-exported from .agencies, for callers that only know this module
    "normalize_outlet",
    "agency_of",
    "reload_tables",
    "AGENCIES_ENV",
    "OUTLETS_ENV",
]

NOTE_THRESHOLD = 3
HEAD_PARAGRAPHS, TAIL_PARAGRAPHS = 2, 4
BYLINE_SCAN_LINES = 10
DATELINE_SCAN_LINES = 40
DATEPARSER_SETTINGS = {"STRICT_PARSING": False, "PREFER_DATES_FROM": "past"}


# ---- datelines -------------------------------------------------------------------------------------------

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DATE = (rf"{_WEEKDAY}?(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<Y>\d{{4}}))?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:,?\s+(?P<Y>\d{{4}}))?)(?![\w])")
_WORD = r"(?:\p{Lu}[\p{L}'’.-]*)"
_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|le|el|al|an|am|upon|on|sur|en|of|y)"
_PLACE = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_WORD}){{0,3}}"
_CAPS_WORD = r"(?:\p{Lu}[\p{Lu}'’.-]+)"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ](?:{_PARTICLE}[ ]|\p{{Lu}}{{1,3}}[ ])?{_CAPS_WORD}){{0,3}}"
_AGENCY = r"(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<agency>[^/\n\s][^/\n]{0,30})/)"
_SEP = r"(?:\s*(?P<sep>-{1,2}|[–—―:]|\.-|\.(?=\s)))?"
_WITH_AGENCY = regex.compile(
    rf"(?P<place>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?(?:\s*[,.]\s*(?P<date1>{_DATE}))?\.?\s*{_AGENCY}\.?"
    rf"(?:\s*(?P<date2>{_DATE}))?{_SEP}",
)
_DATE_AGENCY = regex.compile(rf"(?P<date1>{_DATE})\s*{_AGENCY}\.?{_SEP}")
# "TOKYO, July 23 Kyodo -": a known agency's name with no brackets, between the date and a dash
_BARE_AGENCY = regex.compile(
    rf"(?P<place>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?\s*[,.]\s*(?P<date1>{_DATE})\.?\s+"
    rf"(?P<agency>\p{{Lu}}[\p{{L}}.]*(?:[ ]\p{{Lu}}[\p{{L}}.]*){{0,2}})\s*(?P<sep>-{{1,2}}|[–—―])\s"
)
_NO_AGENCY = regex.compile(
    rf"(?:(?P<place>{_CAPS_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?(?:\s*,\s*(?P<date1>{_DATE}))?"
    rf"|(?P<place>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?\s*,\s*(?P<date1>{_DATE}))"
    rf"\s*(?P<sep>--|[–—―-]|:)\s",
)
_DATE_ONLY = regex.compile(_DATE)
_TERMINAL = regex.compile(r"[.!?:;…][\"'”’»)\]]*$")
_CLOCK_END = regex.compile(r"\d\s*[ap]\.m\.$", regex.IGNORECASE)
_WORD_INITIAL = regex.compile(r"(^|[-'’.])(\p{Ll})")
_UPPER_FIRST = regex.compile(r"\p{Lu}")
_HYPHENATED = regex.compile(r"\S+-")
_DIGIT = regex.compile(r"\d")
_PARTICLE_WORD = regex.compile(_PARTICLE)


_WEEKDAYS = frozenset(day.casefold() for day in WEEKDAYS)


@cache
def _not_places() -> frozenset[str]:
    return frozenset(line.strip().casefold() for line in data_lines(DATA / "dateline_not_places.txt"))


def _title_case(caps: str) -> str:
    """"RIO DE JANEIRO" -> "Rio de Janeiro"; ALL-CAPS datelines are a house style, not part of the name."""
    words = caps.lower().split(" ")
    return " ".join(w if i and _PARTICLE_WORD.fullmatch(w) else _WORD_INITIAL.sub(
        lambda m: m.group(1) + m.group(2).upper(), w) for i, w in enumerate(words))


def _agency_name(raw: str, closed: bool) -> str | None:
    """A known agency, or, when a separator or date closes the dateline, a short capitalized name ("CNN")."""
    raw = " ".join(raw.split()).strip(" .,")
    known = agency_of(raw)
    if known:
        return known
    words = raw.split()
    if closed and 1 <= len(words) <= 3 and _UPPER_FIRST.match(raw) and not _DIGIT.search(raw):
        return raw
    return None


def _published(*pieces: str | None) -> date | None:
    for piece in pieces:
        if not piece:
            continue
        m = _DATE_ONLY.fullmatch(piece.strip())
        if not m or not m.group("Y"):
            continue
        import dateparser  # slow to import: only when a dated dateline turns up

        try:
            parsed = dateparser.parse(piece, settings=DATEPARSER_SETTINGS, languages=["en"])
        except Exception:  # dateparser raises on some odd inputs; a dateline without a date is still a dateline
            parsed = None
        if parsed is not None:
            return parsed.date()
    return None


def dateline_at(line: str, offset: int = 0) -> Dateline | None:
    """The dateline that opens ``line``, if it opens with one; offsets are ``offset`` + position in ``line``."""
    if not isinstance(line, str) or not line.strip():
        return None
    lead = len(line) - len(line.lstrip())
    head = line[lead:lead + 300]
    place = agency = None
    for pattern in (_WITH_AGENCY, _DATE_AGENCY, _BARE_AGENCY):
        m = pattern.match(head)
        closed = pattern is not _BARE_AGENCY and bool(m and (m.group("sep") or m.groupdict().get("date2")))
        agency = _agency_name(m.group("agency"), closed) if m else None
        if agency:
            break
    else:
        m = None
    if m is None:
        m = _NO_AGENCY.match(head)
        if m and not m.group("date1") and m.group("sep") == "-" and _HYPHENATED.match(head, m.end("place")):
            m = None  # "KYIV-based ..." is a word, not a dateline
    if m is None:
        return None
    if "place" in m.groupdict() and m.group("place"):
        place = m.group("place").strip(" ,")
        if place.casefold() in _not_places():
            return None
        if place.casefold() in _WEEKDAYS:
            place = None  # a date line above the story ("Wednesday, March 11, 2026 – 9:20 p.m."): a date, no place
        elif place.isupper():
            place = _title_case(place)
    text = m.group(0).rstrip()
    if not agency and len(text.split()) > 12:
        return None
    groups = m.groupdict()
    published = _published(groups.get("date2"), groups.get("date1"))
    start = offset + lead
    return Dateline(start, start + len(text), text, place, published, agency)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the head of a story: before or at the start of its first body paragraph, never later.

    Short lines before the body (banner, headline, byline, timestamps) are passed over; offsets are into
    ``text`` (into its main text when ``text`` is an HTML page).
    """
    if not isinstance(text, str) or not text.strip():
        return None
    from . import clean  # clean imports this module; HTML handling lives there

    if clean.looks_like_html(text):
        text = clean.html_to_text(text)
    pos = 0
    for count, line in enumerate(text.split("\n")):
        if count >= DATELINE_SCAN_LINES:
            break
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        found = dateline_at(line, start)
        if found:
            return found
        if body_has_begun(line):
            return None
    return None


def body_has_begun(line: str) -> bool:
    """Is ``line`` a paragraph of the story rather than a short line of the page's head (banner, byline...)?"""
    words = line.split()
    # "By Andrés Reales | Oct. 21, 2018, 11:10 p.m.": the stop of a clock's "p.m." ends no sentence
    return len(words) > 6 and (_TERMINAL.search(_CLOCK_END.sub("", line.rstrip())) is not None or len(words) > 30)


# ---- source attribution ----------------------------------------------------------------------------------

@cache
def _note_cues() -> tuple[tuple[int, regex.Pattern], ...]:
    cues = []
    for line in data_lines(DATA / "republisher.txt"):
        weight, _, pattern = line.partition("\t")
        cues.append((int(weight), regex.compile(pattern, regex.I)))
    return tuple(cues)


@cache
def _any_note_cue() -> regex.Pattern:
    """All the cues in one pattern: most paragraphs have none, and one search tells."""
    return regex.compile("|".join(f"(?:{cue.pattern})" for _, cue in _note_cues()) or "(?!)", regex.I)


def is_republisher_note(paragraph: str) -> bool:
    """Whether a paragraph is a republisher's note: who the source is and why or how it is carried."""
    if not isinstance(paragraph, str) or len(paragraph) > 3000 or not _any_note_cue().search(paragraph):
        return False
    score = sum(weight for weight, cue in _note_cues() if cue.search(paragraph))
    return score >= NOTE_THRESHOLD


_CAPTURE_ORIGIN = regex.compile(
    r"\b(?:(?:originally|first) (?:appeared|published|ran|posted) (?:on|in|at|by)|republished (?:from|with "
    r"permission (?:of|from))|courtesy of|reprinted (?:from|with permission (?:of|from))|feed (?:from|of))\s+"
    r"(?P<name>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|(?:[Tt]he\s+)?\p{Lu}[\w&'’-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\w&'’-]*){0,5})",
)
_COPYRIGHT = regex.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", regex.I)
_BYLINE_LEAD = regex.compile(r"^(?:by\b|source\s*:|from\s*:|via\b|credit\s*:|courtesy\b|[—–-]+\s*\S)", regex.I)
_BYLINE_WORD = regex.compile(r"^(?:by|source|from|via|credit|courtesy(?: of)?)\W*", regex.I)
_BYLINE_TAIL = regex.compile(r"(?:[|,/]|\s[—–-]\s)\s*([^|,/]+?)\s*$")
_NOT_SOURCE = regex.compile(r"\b(?:with|contributed|contributing|additional reporting|photos?|images?|video)\b",
                            regex.I)


def _paragraphs(text: str) -> list[str]:
    blocks = [b.strip() for b in regex.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) <= 2:  # single-newline paragraphs
        blocks = [line.strip() for line in text.split("\n") if line.strip()]
    return blocks


def _from_note(paragraphs: list[str]) -> tuple[str, str] | None:
    edge = paragraphs[:HEAD_PARAGRAPHS] + paragraphs[-TAIL_PARAGRAPHS:]
    for paragraph in dict.fromkeys(edge):
        if not is_republisher_note(paragraph):
            continue
        named = agencies_named(paragraph)
        if named:
            return named[0], f"republisher's note names {named[0]}"
        m = _CAPTURE_ORIGIN.search(paragraph)
        if m:
            origin = normalize_outlet(m.group("name").strip(" .,"))
            return origin, f"republisher's note names {origin}"
    return None


def _from_byline(lines: list[str]) -> tuple[str, str] | None:
    edge = lines[:BYLINE_SCAN_LINES] + lines[-BYLINE_SCAN_LINES:]
    for line in dict.fromkeys(edge):
        words = line.split()
        if len(words) > 14 or _NOT_SOURCE.search(line) or _COPYRIGHT.search(line) or not agencies_named(line):
            continue
        bare = line.strip("()[]—–-. ")
        lead = _BYLINE_LEAD.search(bare) or _BYLINE_LEAD.search(line.strip())
        rest = _BYLINE_WORD.sub("", bare)
        tail = _BYLINE_TAIL.search(bare)
        agency = agency_of(bare) or (agency_of(rest) if lead else None)
        if agency is None and tail and (lead or "|" in line or len(words) <= 8):
            agency = agency_of(tail.group(1))
        if agency:
            return agency, f"wire byline names {agency}"
    return None


def _from_copyright(lines: list[str]) -> tuple[str, str] | None:
    for line in lines:
        m = _COPYRIGHT.search(line)
        if m and m.start() < 200:
            named = agencies_named(line)
            if named:
                return named[0], f"copyright line names {named[0]}"
    return None


def _from_boilerplate(text: str) -> tuple[str, str] | None:
    for agency in agencies().values():
        if agency.pattern is not None and agency.pattern.search(text):
            return agency.name, f"boilerplate of {agency.name}"
    return None


def attribute(text: str, outlet: str, url: str | None = None) -> Attribution:
    """The original source of an article and the outlet that carried it, with the evidence.

    Evidence, strongest first: the dateline's agency, a republisher's note, a wire byline, a copyright line,
    an agency's own boilerplate, an outlet or URL that is itself an agency; else the outlet is the source.
    """
    outlet_name = normalize_outlet(outlet if isinstance(outlet, str) else None, url if isinstance(url, str) else None)
    text = text if isinstance(text, str) else ""
    if text.strip():
        from . import clean  # clean imports this module; HTML handling lives there

        full = clean.visible_text(text) if clean.looks_like_html(text) else text
        dateline = find_dateline(text)
        if dateline and dateline.agency:
            known = agency_of(dateline.agency)
            source = known or normalize_outlet(dateline.agency)
            return Attribution(source, outlet_name, f"dateline {dateline.text!r} names {source}")
        lines = [line.strip() for line in full.split("\n") if line.strip()]
        for finder, arg in ((_from_note, _paragraphs(full)), (_from_byline, lines), (_from_copyright, lines),
                            (_from_boilerplate, full)):
            found = finder(arg)
            if found:
                return Attribution(found[0], outlet_name, found[1])
    if agency_of(outlet_name) is not None:
        return Attribution(agency_of(outlet_name), outlet_name, "the outlet is an agency")
    return Attribution(outlet_name, outlet_name, "outlet is the source: nothing names another")
