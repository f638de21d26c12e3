"""An article body reduced to its main text: HTML to text, then page furniture dropped line by line.

Each dropped piece is kept in ``CleanText.removed`` with its reason. The rules are general: line patterns
in ``data/furniture.txt`` (ads, copyright, "Read more", share bars, bylines, timestamps...), the dateline
(``attribution.dateline_at``), the article's own headline, a republisher's note at the head or tail
(``attribution.is_republisher_note``), short title-like lines before the story (site banner, headline) and
runs of title-like lines anywhere (other stories' headlines under a section banner), and what follows a
"Citations" or "References" heading late in the story.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path
from re import _constants as _re_constants
from re import _parser as _re_parser

import regex
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from . import attribution
from .types import CleanText

__all__ = ["clean", "html_to_text", "visible_text", "looks_like_html", "is_title_like"]

DATA = Path(__file__).with_name("data")
TITLE_MAX_WORDS = 16
TITLE_MAX_CHARS = 150
TITLE_MATCH_RATIO = 90
_UNDER_A_STANDFIRST = frozenset({"byline", "timestamp"})
_STANDFIRST_MAX = 320  # characters: a standfirst is a line or two; a longer paragraph is the story's own
BANNER_MAX_WORDS = 4  # a short line opening a run of headlines is its rubric ("Around the Region")
HEAD_NOTE_UNITS, TAIL_NOTE_UNITS = 2, 4
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

# Patterns of plain character classes use the standard module (faster on short lines); \w and \b stay with
# ``regex``, whose Unicode word characters differ.
_HTML_TAG = regex.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|section|br|span|a\s+href|h[1-6]|ul|ol|li|table|script"
    r"|style|meta|header|footer|nav|main|figure|img|em|strong|b|i|blockquote)\b[^<>]{0,2000}>|</(?:p|div|a|li|"
    r"h[1-6]|span|em|strong|b|i)>",
    regex.I,
)
_HTML_START = regex.compile(r"\s*<(?:!doctype\s+html|html)\b", regex.I)
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# a headline or standfirst that tells the story: words of letters, enough of them
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[,;:]?")
_STORY_WORDS = 4
_NOT_A_STORY_LINE = re.compile(r"(?:by|started|published|update[sd]?|last\s+updated|posted|photo|also\s+in|read|"
                               r"key\s+events)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]*]*$")
_FIRST_ALNUM = re.compile(r"[^\W_]")  # a letter or digit (\p{L}\p{N})
_BULLET = re.compile(r"^[-*•·▪►‣–—>]\s")
_DOMAIN = regex.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b")
_SITE_SEPARATOR = re.compile(r"\s[|–—-]\s|\s::\s")
_BANNER_WORD = regex.compile(r"\b(?:news|coverage|stories|headlines|latest|more|related|from|trending|topics)\b",
                             regex.I)
_CONTINUES = regex.compile(
    r"(?:[,\-–—(/]|\b(?:the|a|an|of|to|in|on|at|for|and|or|but|with|by|from|that|as|is|was|were|his|her|its|their)"
    r")$", regex.I)
_CONTINUES_REACH = 8  # the longest word above and a character before it: a line's tail is enough to test
_LOWER_HYPHEN_END = regex.compile(r"\p{Ll}-$")
# A live blog's or a chronology box's entry heading ("23:10 GMT - First results", "9.45pm: Evacuation order",
# "6pm: SES issues a warning"), no other story's headline.
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\d{1,2}\s*[ap]\.?m\.?(?=\s*(?:[:–—|]|-\s))",
                         re.IGNORECASE)
# An entry time alone on its line ("04.12 GMT", "10:42am"), the heading of the paragraph after it.
_LONE_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?", re.IGNORECASE)
# A line of a dated list, a date with its day at one end before or after a separator: a fixture list, tour dates
# or a chronology box ("Saturday 18 October: Harbury v Northgate (3pm)", "Perth, RAC Arena: Tuesday, October 3").
_WEEKDAY_NAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
_ON_WEEKDAY = rf"(?:{_WEEKDAY_NAME},?\s+)?"
_WEEKDAY_NUMERIC = rf"{_WEEKDAY_NAME},?\s+\d{{1,2}}/\d{{1,2}}(?!/)"  # "Wed 17/09 – v Real España (H)"
_DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?"
_MONTH_DAY = _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?"
_WITH_YEAR = r"(?:,?\s+\d{4})?"
_NUMERIC_DAY = r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d"  # "Offense date: 3/6/2022", "2024-05-09 – Hearing"
_NUMERIC_RUN = r"\d{1,2}/\d{1,2}\s*[-–—]\s*\d{1,2}/\d{1,2}(?:/\d{4})?"  # a fixture's days: "12/02–15/02 v Jamaica"
_LISTED_DAY = _ON_WEEKDAY + f"(?:(?:{_DAY_MONTH}|{_MONTH_DAY}){_WITH_YEAR}|{_NUMERIC_DAY})"
# ... heading its line, perhaps as a week, a run of days or a list of them ("Week of March 10: ...", "March 3-5:
# Appeal hearing", "Thu Mar 5 – Sat Mar 7: 48-hour strike", "Mon Mar 9, 16, 23: stoppages")
_RUN_OF_DAYS = rf"(?:\s*[-–—]\s*{_ON_WEEKDAY}(?:{_DAY_MONTH}|{_MONTH_DAY}|\d{{1,2}}\b)|(?:,\s*\d{{1,2}}\b)+)?"
_FIRST_DAYS = r"(?:\d{1,2}\s*[-–]\s*)?"  # "1–2 August – World premiere", "12-14 March: three-day strike"
_LISTED_HEAD = (r"(?:week\s+of\s+)?" + _ON_WEEKDAY + rf"(?:(?:{_FIRST_DAYS}{_DAY_MONTH}|{_MONTH_DAY}){_RUN_OF_DAYS}"
                + _WITH_YEAR + f"|{_NUMERIC_DAY}|{_NUMERIC_RUN})|{_WEEKDAY_NUMERIC}")
_LISTED_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"\.?,?\s+\d{4}"
# A timetable's clock time before the date ("Public offer opens: 9.00 p.m. on 4 March 2025").
_LISTED_CLOCK = r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}(?=\s*[ap]\.?m))\s*(?:[ap]\.?m\.?|noon)?\s+(?:on\s+)?)?"
# ... or the date first, then the entry's details ("Team presentation — Saturday, February 7, 19:00, Marrakech"),
# which a byline's time stamp is not ("By Priya Raman — September 10, 2024, 6:02 PM UTC")
_STAMP_CLOCK = r"\s*(?:\d{4},?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?\s*$"
# ... its time after a comma ("Thu 20 June, 7.30pm – Opening concert"; a time stamp's "| Updated ..." is no entry)
_HEAD_CLOCK = r"(?:,\s*(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}|noon|midday))?"
# ... or a fixture and its day after a comma ("Preliminary final: Fannie Bay v Ludmilla, Wed 11 March, 6.30pm")
_FIXTURE_DAY = rf"\svs?\.?\s[^,\n]+,\s*{_WEEKDAY_NAME},?\s+(?:{_DAY_MONTH}|{_MONTH_DAY})"
_DATED_LIST_LINE = re.compile(r"^(?:%s|%s)\s*(?:[:–—|]|\s-|\svs?\.?)\s|^(?:%s)%s\s*(?:[:–—]|\s-)\s"
                              r"|(?:[:–—|]|-\s)\s*%s%s(?:\.?$|[,:]\s(?!%s))|%s"
                              % (_LISTED_HEAD, _LISTED_MONTH, _LISTED_HEAD, _HEAD_CLOCK, _LISTED_CLOCK, _LISTED_DAY,
                                 _STAMP_CLOCK, _FIXTURE_DAY), re.IGNORECASE)
# A chronology box's day heading alone on its line ("Wednesday, March 6", "Sunday 11 January:")
_DAY_HEADING = re.compile(rf"{_ON_WEEKDAY}(?:{_DAY_MONTH}|{_MONTH_DAY}){_WITH_YEAR}\s*:?", re.IGNORECASE)
# A heading after which a story lists its sources, not its news: every line under it is a reference.
_REFERENCES_HEADING = re.compile(r"(?:citations?|references?|journal references?|bibliography|footnotes|sources?)\s*:?",
                                 re.IGNORECASE)


# ---- HTML ------------------------------------------------------------------------------------------------

def looks_like_html(text: str) -> bool:
    """Whether a body is an HTML page or fragment rather than plain text."""
    if not isinstance(text, str):
        return False
    head = text[:20000]
    if _HTML_START.match(head):
        return True
    return sum(1 for _ in zip(range(3), _HTML_TAG.finditer(head))) >= 3


_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer nav aside main figure figcaption "
    "blockquote tr table dt dd pre hr title address form".split())
_HIDDEN_TAGS = frozenset("script style noscript template svg iframe head".split())


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """All visible text of an HTML page, one block element a line (furniture included)."""
    parser = _VisibleText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient, but a bad declaration can still raise: keep what was read
        pass
    text = "".join(parser.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=2)  # one page is read by clean, find_dateline and find_date_stamp in turn
def html_to_text(html: str) -> str:
    """The main text of an HTML page (trafilatura's boilerplate removal), one paragraph a line.

    A page that trafilatura finds no main text in (a bare fragment) falls back to all of its visible text.
    """
    if not isinstance(html, str) or not html.strip():
        return ""
    import trafilatura  # heavy: only when HTML turns up

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False,
                                   favor_recall=True, deduplicate=False)
    except Exception:  # trafilatura on malformed markup: fall back rather than fail the article
        text = None
    return text.strip() if text and text.strip() else visible_text(html)


# ---- rules -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _FurnitureRules:
    """The furniture rules, compiled for the kind of line they can match.

    A line no longer than ``longest`` (the most a rule of bounded length can match) is tried against every rule:
    the rules that ignore case entirely as one pattern through the standard module on the lower-cased line (twice
    as fast as ``regex``), the others one by one through ``regex`` (a long alternation is slower there than its
    branches in turn). Neither needs a timeout on a line this short. A longer line (most paragraphs of prose) is
    tried against the unbounded rules only, as one pattern through ``regex`` with a timeout, which costs as much
    as a short rule's match: one call, not one a rule.

    A rule that may match anywhere in the line (".{0,200}\\ball rights reserved\\b.*") costs a scan of the line in
    the alternation; where it needs one of a few words, it is tried alone, and only on a line that holds one.
    """

    reasons: tuple[str, ...]
    longest: int
    short_plain: re.Pattern[str]
    short_cased: tuple[tuple[int, regex.Pattern], ...]  # (the rule's place in the file, its pattern)
    long: regex.Pattern
    gated: tuple[tuple[int, tuple[str, ...], regex.Pattern], ...]  # (place, the words it needs, its pattern)

    def gated_in(self, lowered_text: str) -> tuple[tuple[int, tuple[str, ...], regex.Pattern], ...]:
        """The gated rules whose words occur somewhere in a (lower-cased) text: the only ones its lines need."""
        return tuple(rule for rule in self.gated if any(map(lowered_text.__contains__, rule[1])))

    def reason(self, line: str, gated: tuple | None = None) -> str | None:
        """The reason of the first rule (in file order) that matches the whole line, if any; ``gated``: the gated
        rules to try (``gated_in`` of the text the line is from), else all."""
        lowered = line.lower()
        if len(line) <= self.longest:
            plain = self.short_plain.fullmatch(lowered)
            first = int(plain.lastgroup[1:]) if plain else len(self.reasons)
            first = next((i for i, rule in self.short_cased if i < first and rule.fullmatch(line)), first)
        else:
            match = self.long.fullmatch(line, timeout=0.05)
            first = int(match.lastgroup[1:]) if match else len(self.reasons)
        for i, words, rule in self.gated if gated is None else gated:
            if i >= first:
                break
            if any(map(lowered.__contains__, words)) and rule.fullmatch(line, timeout=0.05):
                first = i
                break
        return self.reasons[first] if first < len(self.reasons) else None


_NEVER = "(?!)"
_NOTE_HEADING_WORDS = 6  # "Correction, Nov. 22, 2019:"
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")  # a capital letter in a rule, not an escape such as \W


@cache
def _furniture_rules() -> _FurnitureRules:
    reasons: list[str] = []
    plain: list[str] = []
    cased: list[tuple[int, regex.Pattern]] = []
    unbounded: list[str] = []
    gated: list[tuple[int, tuple[str, ...], regex.Pattern]] = []
    longest = 0
    for line in (DATA / "furniture.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, _, pattern = line.partition("\t")
        pattern = pattern.strip().replace("{MONTH}", _MONTH)
        compiled = regex.compile(pattern, regex.I)  # a bad rule fails here, named
        place = len(reasons)
        reasons.append(reason.strip())
        words = _needed_words(pattern) if _may_start_anywhere(pattern) else None
        if words:
            gated.append((place, tuple(sorted(words)), compiled))
            continue
        named = f"(?P<r{place}>{pattern})"
        if _ignores_case(pattern):
            plain.append(named)
        else:
            cased.append((place, compiled))
        width = _max_width(pattern)
        if width is None:
            unbounded.append(named)
        else:
            longest = max(longest, width)
    return _FurnitureRules(tuple(reasons), longest, re.compile("|".join(plain) or _NEVER), tuple(cased),
                           regex.compile("|".join(unbounded) or _NEVER, regex.I), tuple(gated))


@cache
def _parsed(pattern: str):
    """The standard library's parse of a rule (the rules are plain re syntax), or None for one only ``regex``
    reads. Read once a rule, though three questions are asked of it."""
    try:
        return _re_parser.parse(pattern, re.IGNORECASE)
    except Exception:
        return None


def _may_start_anywhere(pattern: str) -> bool:
    """Does the rule open with a repeat of variable length (".{0,200}", "(?:\\w+\\s+){0,4}")?"""
    parsed = _parsed(pattern)
    if not parsed:
        return False
    op, arg = parsed[0]
    return op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and arg[1] > 1


def _needed_words(pattern: str) -> set[str] | None:
    """Words (lower case, three characters or more) one of which every line the rule matches holds, or None."""
    parsed = _parsed(pattern)
    return _needed_in(parsed) if parsed else None


def _needed_in(items) -> set[str] | None:
    """Of the literal runs and alternatives in a parsed sequence, the set whose shortest word is longest."""
    best: set[str] | None = None

    def offer(words: set[str] | None) -> None:
        nonlocal best
        if words and (best is None or min(map(len, words)) > min(map(len, best))):
            best = words

    run = ""
    for op, arg in items:
        if op is _re_constants.LITERAL:
            run += chr(arg)
            continue
        if op is _re_constants.AT:  # a word boundary breaks no run of letters
            continue
        offer({run.lower()} if len(run) >= 3 else None)
        run = ""
        if op is _re_constants.SUBPATTERN:
            offer(_needed_in(arg[-1]))
        elif op is _re_constants.BRANCH:
            branches = [_needed_in(branch) for branch in arg[1]]
            offer(set().union(*branches) if all(branches) else None)
        elif op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and arg[0] >= 1:
            offer(_needed_in(arg[2]))
    offer({run.lower()} if len(run) >= 3 else None)
    return best


def _ignores_case(pattern: str) -> bool:
    """Whether a rule reads the same on a lower-cased line: no case-sensitive part, no capital letter, and
    plain ``re`` syntax."""
    if "(?-i" in pattern or _UPPER_LITERAL.search(pattern):
        return False
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _max_width(pattern: str) -> int | None:
    """The most characters ``pattern`` can match, or None when unbounded or not known."""
    parsed = _parsed(pattern)
    if parsed is None:  # a construct only the regex module knows: assume any length
        return None
    width = parsed.getwidth()[1]
    return width if width < _re_parser.MAXREPEAT else None


def _furniture(unit: str, gated: tuple | None = None) -> str | None:
    probe = unit.strip().rstrip(":|").strip()
    if len(probe) > 2000:
        return None
    try:
        reason = _furniture_rules().reason(probe, gated)
        if reason is None and "|" in probe:
            # a line of stamps set apart by bars ("By Delroy Ebanks | March 13, 2025 | 8:00 a.m.", "Live | Started:
            # 17 May 2026, 22:00 | Last updated: 18 May 2026, 07:40"): furniture when each piece is
            pieces = [piece.strip() for piece in probe.split("|") if piece.strip()]
            reasons = [_furniture_rules().reason(piece, gated)
                       or ("timestamp" if _CLOCK_PIECE.fullmatch(piece) else None) for piece in pieces]
            reason = reasons[0] if len(pieces) > 1 and all(reasons) else None
        return reason
    except TimeoutError:  # a pathological line: not furniture rather than a stalled worker
        return None


_CLOCK_PIECE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", re.IGNORECASE)


def is_title_like(line: str) -> bool:
    """A short line in headline style: no sentence punctuation at its end, capitalized, not a list item."""
    line = line.strip()
    words = line.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS or _TERMINAL.search(line):
        return False
    if _BULLET.match(line):
        return False
    first = _FIRST_ALNUM.search(line)
    return bool(first) and (first.group(0).isupper() or first.group(0).isdigit()) and not _DATED_LIST_LINE.search(line)


def _normal(text: str) -> str:
    """A line or title as compared: lower case, letters and digits, one space between runs of them."""
    return " ".join(default_process(text).split())


def _matches_title(unit: str, title_key: str) -> bool:
    if not title_key or len(unit.split()) > 40:
        return False
    key = _normal(unit)
    if not key:
        return False
    return key == title_key or fuzz.ratio(key, title_key) >= TITLE_MATCH_RATIO


# ---- units: paragraphs of the body -----------------------------------------------------------------------

def _is_wrapped(lines: list[str]) -> bool:
    """Whether a block's lines are one hard-wrapped paragraph rather than one paragraph a line."""
    pairs = list(zip(lines, lines[1:]))
    if not pairs:
        return False
    joins = sum(1 for a, b in pairs
                if not _TERMINAL.search(a) and (b[:1].islower() or _CONTINUES.search(a[-_CONTINUES_REACH:])))
    return joins >= max(1, 0.3 * len(pairs))


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        if out.endswith("-") and line[:1].islower() and not out.endswith(" -"):
            out = out[:-1] + line if _LOWER_HYPHEN_END.search(out) and len(out) > 1 else out + line
        else:
            out = f"{out} {line}"
    return out


def _units(text: str, was_html: bool) -> tuple[list[str], list[bool]]:
    """The paragraphs of a text, and whether each opens a block (follows a blank line or starts the text)."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        plain = raw.isascii() and "  " not in raw and "\t" not in raw  # nothing for _SPACES to change
        line = raw.strip() if plain else _SPACES.sub(" ", raw).strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    units: list[str] = []
    opens: list[bool] = []
    for block in blocks:
        if not block:
            continue
        if not was_html and len(block) > 1 and _is_wrapped(block):
            block = [_join_wrapped(block)]
        units.extend(block)
        opens.extend([True] + [False] * (len(block) - 1))
    return units, opens


# ---- clean -----------------------------------------------------------------------------------------------

def _head_reason(unit: str, index: int, title_key: str, next_title_like: bool) -> str:
    if title_key and _matches_title(unit, title_key):
        return "headline"
    if _DOMAIN.search(unit) or (index == 0 and (_SITE_SEPARATOR.search(unit) or next_title_like)):
        return "site banner"
    return "headline" if not title_key else "kicker or subtitle"


def clean(body: str, title: str | None = None) -> CleanText:
    """The main text of an article body, paragraphs separated by a blank line, and what was dropped and why."""
    body = body if isinstance(body, str) else ""
    was_html = looks_like_html(body)
    text = html_to_text(body) if was_html else body
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
                          .replace("\u2029", "\n\n"))
    if was_html:
        text = html_lib.unescape(text)
    units, opens = _units(text, was_html)
    _join_entry_times(units, opens)
    title_key = _normal(title) if isinstance(title, str) else ""
    gated = _furniture_rules().gated_in("\n".join(units).lower())
    reasons: list[str | None] = [_furniture(u, gated) for u in units]
    title_like = [is_title_like(u) for u in units]
    extra: dict[int, tuple[str, str]] = {}  # a removed dateline prefix, kept before its unit

    # The head: everything before the first body paragraph, where the dateline and headline live.
    body_index = next((i for i, u in enumerate(units) if reasons[i] is None and not title_like[i]
                       and not (title_key and _matches_title(u, title_key))  # a long headline, not the body
                       and attribution.dateline_at(u) is None), None)
    if body_index is not None and _before_the_byline(units, reasons, body_index):
        reasons[body_index] = "kicker or subtitle"  # the standfirst: the story starts under the byline
        body_index = next((i for i in range(body_index + 1, len(units)) if reasons[i] is None
                           and not title_like[i]), None)
    first_body = body_index if body_index is not None else len(units)
    for i in range(min(first_body + 1, len(units))):
        if reasons[i] is not None:
            continue
        dateline = attribution.dateline_at(units[i])
        if dateline is not None:
            rest = units[i][dateline.end:].strip()
            if rest:
                extra[i] = (dateline.text, "dateline")
                units[i] = rest
                title_like[i] = is_title_like(rest)
            else:
                reasons[i] = "dateline"
            break
    for i, unit in enumerate(units):
        if reasons[i] is None and title_key and _matches_title(unit, title_key):
            reasons[i] = "headline"
    by_shape: set[int] = set()  # dropped for looking like a headline, not for what they say
    if body_index is not None:
        for i in range(body_index):
            if reasons[i] is None and title_like[i]:
                reasons[i] = _head_reason(units[i], i, title_key, i + 1 < len(units) and title_like[i + 1])
                by_shape.add(i)
    by_shape |= _mark_headline_runs(units, reasons, title_like, opens)
    _mark_notes(units, reasons)
    _mark_references(units, reasons)
    _mark_note_bodies(units, reasons, opens)

    if all(r is not None for r in reasons):  # nothing but title-like lines: they were the text after all
        for i in by_shape:
            reasons[i] = None
    head = tuple(units[i] for i in range(body_index or 0)
                 if reasons[i] in ("headline", "kicker or subtitle") and _tells_the_story(units[i]))
    kept = [u for u, r in zip(units, reasons) if r is None]
    removed: list[tuple[str, str]] = []
    for i, (unit, reason) in enumerate(zip(units, reasons)):
        if i in extra:
            removed.append(extra[i])
        if reason is not None:
            removed.append((unit, reason))
    return CleanText("\n\n".join(kept), tuple(removed), was_html, head)


def _before_the_byline(units: list[str], reasons: list[str | None], at: int) -> bool:
    """Is the paragraph at ``at``, the first that could open the story, a standfirst: a short one that a byline or
    a time stamp follows ("Researchers will unveil a replica next spring; public lecture on Thursday" over "By
    Yasmine Benjelloun" and "Saturday 6 December 2025")?"""
    after = at + 1
    while after < len(units) and reasons[after] in _UNDER_A_STANDFIRST:
        after += 1
    return after > at + 1 and after < len(units) and len(units[at]) <= _STANDFIRST_MAX \
        and attribution.dateline_at(units[at]) is None


def _tells_the_story(line: str) -> bool:
    """Does a headline or standfirst line tell the story in words ("Airlift of food and water to begin on
    Wednesday"), not a byline, a timestamp, an update line or a life span ("1934–2025")?"""
    words = line.split()
    wordy = [w for w in words if _WORD.fullmatch(w)]
    return len(wordy) >= _STORY_WORDS and 2 * len(wordy) >= len(words) and "|" not in line and "·" not in line \
        and not _NOT_A_STORY_LINE.match(line)


def _join_entry_times(units: list[str], opens: list[bool]) -> None:
    """A live blog's entry time alone on its line heads the paragraph after it, as "04.12 GMT - Police said ...",
    the shape of an entry whose time opens its own paragraph."""
    i = 0
    while i + 1 < len(units):
        if _LONE_ENTRY_TIME.fullmatch(units[i]) and not _LONE_ENTRY_TIME.fullmatch(units[i + 1]):
            units[i + 1] = f"{units[i]} - {units[i + 1]}"
            opens[i + 1] = opens[i]
            del units[i], opens[i]
        i += 1


def _mark_headline_runs(units: list[str], reasons: list[str | None], title_like: list[bool],
                        opens: list[bool]) -> set[int]:
    """Runs of two or more title-like lines are other stories' headlines, each group under a section banner."""
    marked: set[int] = set()
    i = 0
    while i < len(units):
        if reasons[i] is None and title_like[i] and not _ENTRY_TIME.match(units[i]):
            j = i
            while j + 1 < len(units) and reasons[j + 1] is None and title_like[j + 1] \
                    and not _ENTRY_TIME.match(units[j + 1]):
                j += 1
            follows_banner = i > 0 and reasons[i - 1] in ("section banner", "read more")
            if j > i or follows_banner:
                for k in range(i, j + 1):
                    opener = (k == i and not follows_banner or opens[k]) and k < j
                    banner = opener and (_BANNER_WORD.search(units[k]) or len(units[k].split()) <= BANNER_MAX_WORDS)
                    reasons[k] = "section banner" if banner else "other story headline"
                    marked.add(k)
            i = j + 1
        else:
            i += 1
    # ... but a day heading over timed entries heads a chronology ("Sunday 11 January" / "14:07 — Fault on ...")
    for k in list(marked):
        if k + 1 < len(units) and _DAY_HEADING.fullmatch(units[k]) and _ENTRY_TIME.match(units[k + 1]):
            reasons[k] = None
            marked.discard(k)
    return marked


def _mark_references(units: list[str], reasons: list[str | None]) -> None:
    """A "Citations" or "References" heading in the second half of the story, and everything after it."""
    start = next((i for i in range(len(units) // 2, len(units)) if reasons[i] is None
                  and _REFERENCES_HEADING.fullmatch(units[i].strip())), None)
    if start is not None:
        for i in range(start, len(units)):
            reasons[i] = reasons[i] or "references"


def _mark_note_bodies(units: list[str], reasons: list[str | None], opens: list[bool]) -> None:
    """A correction's heading alone on its line ("Correction: June 16, 2021") heads the lines of its block."""
    for i, reason in enumerate(reasons):
        if reason == "correction" and len(units[i].split()) <= _NOTE_HEADING_WORDS:
            j = i + 1
            while j < len(units) and not opens[j] and reasons[j] is None:
                reasons[j] = "correction"
                j += 1


def _mark_notes(units: list[str], reasons: list[str | None]) -> None:
    """A republisher's note among the first or last paragraphs of the story."""
    body = [i for i, r in enumerate(reasons) if r is None]
    for i in dict.fromkeys(body[:HEAD_NOTE_UNITS] + body[-TAIL_NOTE_UNITS:]):
        if attribution.is_republisher_note(units[i]):
            reasons[i] = "republisher's note"
