"""Sentence spans in news text, by rule: abbreviations, initials, quotes, headlines and paragraph breaks.

``split`` finds the points where a sentence may end (terminal punctuation, maybe inside closing quotes, then
space and an upper-case start) and keeps those that an abbreviation does not explain: "Mr. Smith",
"Jan. 5", "John F. Kennedy" do not end a sentence, "... in the U.S. The talks ..." does. A blank line always
ends a sentence; a single line break does too unless the paragraph is hard-wrapped (a break inside it runs on
in lower case, or follows a comma), which is the usual shape of a headline or one-line paragraph. A run longer
than ``MAX_SENTENCE`` characters is cut at its last comma or space before the limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["split", "iter_split", "MAX_SENTENCE"]

# Characters: a longer run (a list, a table, text with no punctuation) is cut, so per-sentence work stays bounded.
MAX_SENTENCE = 1000

# Never end a sentence: they stand before a name or a number.
_TITLES = frozenset(
    "mr mrs ms messrs dr prof gen lt col sgt capt maj adm cmdr cdr rep sen gov st rev hon pres supt mt ft "
    "brig gen fr sr jr no nos vs art fig ch vol pp p op".split()
)
# End a sentence only when no number follows ("Jan. 5" does not; "in Jan. The" does).
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Ambiguous: "Inc.", "U.S.", "a.m." end a sentence only when a word that usually opens one follows.
_OPENERS = frozenset(
    "the a an but and or so yet he she it they we i you his her its their our my this that these those there "
    "here in on at for with from by as if when while after before since although though because meanwhile "
    "however some many most no not all both each one two what which who where why how then now also still "
    "even just only earlier later last next according despite during under over amid among".split()
)

# What goes on a clock time's sentence after "a.m."/"p.m.": its day, month or zone ("at 10 a.m. Monday", "8 p.m.
# Eastern", "9 a.m. GMT", "7:29 a.m. Tokyo time"), or the noun a clock time qualifies ("a 2 p.m. Heritage Day
# matinee"); any other capitalized word opens the next sentence ("at 10 a.m. Other airlines ...").
_CLOCK_SUFFIXES = frozenset(("a.m", "p.m"))
_AFTER_A_CLOCK = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"eastern|central|pacific|mountain|atlantic)|[A-Z]{2,5}|\d.*")
_PLACE_TIME = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,2}time\b")
_ARTICLE_CLOCK = re.compile(r"(?<!\w)(?:a|an|the)\s+[\d:.]+\s*$", re.IGNORECASE)
_CANDIDATE = re.compile(r"""(?:[.!?]+|…)["'”’)\]]*(?=\s+["'“‘(\[]*[A-Z0-9À-Ý])""")
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"\s+[\"'“‘(\[]*([\w’'-]+)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"[ \t]*\n[ \t]*")
_TERMINAL = re.compile(r"""[.!?…:]["'”’)\]]*$""")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_NUMBER = re.compile(r"^[$€£¥]?\d[\d,]*\.\d+[A-Za-z%]{0,3}$")  # "1.5C", "$2.5bn", "3.2%"


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, in order, without surrounding white space."""
    return list(iter_split(text))


def iter_split(text: str) -> Iterator[tuple[int, int]]:
    """``split``, a paragraph at a time: a reader that stops early leaves the rest of the text unread."""
    for p_start, p_end in _blocks(text, _PARAGRAPH, 0, len(text)):
        spans: list[tuple[int, int]] = []
        for l_start, l_end in _lines(text, p_start, p_end):
            _split_run(text, l_start, l_end, spans)
        yield from spans


def _blocks(text: str, pattern: re.Pattern, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of one paragraph that sentences never cross: each line, unless the paragraph is wrapped."""
    lines = _blocks(text, _LINE, start, end)
    if len(lines) == 1 or _is_wrapped(text, lines):
        out, run_start = [], start
        for (a, b), (c, _d) in zip(lines, lines[1:]):
            if _TERMINAL.search(text[a:b]) and not text[c:c + 1].islower():
                out.append((run_start, b))
                run_start = c
        out.append((run_start, end))
        return out
    return lines


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    for (a, b), (c, _d) in zip(lines, lines[1:]):
        last = text[a:b].rstrip()[-1:]
        if text[c:c + 1].islower() or last in (",", ";", "-", "("):
            return True
    return False


def _split_run(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    pos = start
    for m in _CANDIDATE.finditer(text, start, end):
        if _ends_sentence(text, m, start, end):
            _add(text, pos, m.end(), spans)
            pos = m.end()
    _add(text, pos, end, spans)


def _ends_sentence(text: str, m: re.Match, start: int, end: int) -> bool:
    mark = m.group()
    if not mark.startswith("."):
        return True  # ! ? and ellipses
    word = _word_before(text, start, m.start())
    after = _WORD_AFTER.match(text, m.end(), end)
    following = after.group(1) if after else ""
    core = word.lstrip("\"'“‘([").rstrip(".")
    low = core.lower()
    if len(mark) > 1 and mark.startswith(".."):
        return True
    if low in _TITLES or low.rpartition("-")[2] in _TITLES:  # "Minneapolis-St. Paul"
        return False
    if low in _MONTHS:
        return not following[:1].isdigit()
    if _INITIALS.match(core + ".") or (len(core) == 1 and core.isupper()):
        return following.lower() in _OPENERS  # "John F. Kennedy" no; "Plan B. The" yes
    if low in _CLOCK_SUFFIXES:
        word_start = m.start() - len(word)
        return _AFTER_A_CLOCK.fullmatch(following) is None and not _PLACE_TIME.match(text, m.end(), end) \
            and not _ARTICLE_CLOCK.search(text, max(start, word_start - 12), word_start)
    if _NUMBER.match(core):
        return True  # "warming of 1.5C. Scientists say": a decimal point is no abbreviation's
    if "." in core or low in ("inc", "ltd", "co", "corp", "etc", "jr", "sr", "bros", "plc"):
        return following.lower() in _OPENERS  # "U.S.", "a.m.", "Inc."
    return True


def _word_before(text: str, start: int, end: int) -> str:
    """The run of non-blanks that ends at ``end`` (``_WORD_BEFORE``, read backwards: searching forward from
    ``start`` costs time in the square of the run's length)."""
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    if i == end and end > start and text[end - 1] == "\n":  # "$" also matches before a final newline
        before = _WORD_BEFORE.search(text, start, end)
        return before.group(1) if before else ""
    return text[i:end]


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # no real sentence is this long: cut at a comma, else at a space
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_SENTENCE // 2 else window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE
        _add(text, start, start + cut, spans)
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
