"""What happened: trigger words by kind, read once from ``data/event_kinds.tsv``, and found in a token list."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cache

from .name_data import DATA_DIR, data_rows
from .tokens import POSSESSIVE, Token, is_capitalized, key_of

__all__ = ["Trigger", "KindInfo", "Lexicon", "lexicon", "find_triggers", "DETERMINERS", "POSSESSIVE_PRONOUNS"]

POS_VALUES = ("verb", "speech", "noun")
FLAGS = frozenset({"participants", "objects", "target", "dateline"})
DETERMINERS = frozenset("a an the this that these those any no every each another such".split())
POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())
_NOUN_BEFORE = DETERMINERS | POSSESSIVE_PRONOUNS | {POSSESSIVE}
_PREPOSITIONS = frozenset({"on", "for", "with", "to", "in", "at", "by"})
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "(", "["})


@dataclass(frozen=True, slots=True)
class KindInfo:
    name: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: tokens ``[start, end)``, its kind and part of speech."""

    start: int
    end: int
    kind: str
    pos: str  # verb | speech | noun
    text: str

    @property
    def is_verb(self) -> bool:
        return self.pos != "noun"


@dataclass(frozen=True, slots=True)
class Lexicon:
    kinds: dict[str, KindInfo]
    forms: dict[str, tuple[tuple[str, str], ...]]  # folded form -> ((kind, pos), ...)
    max_words: int

    def has(self, kind: str, flag: str) -> bool:
        info = self.kinds.get(kind)
        return info is not None and flag in info.flags


@cache
def lexicon() -> Lexicon:
    kinds: dict[str, KindInfo] = {}
    forms: dict[str, list[tuple[str, str]]] = {}
    for cols in data_rows(DATA_DIR / "event_kinds.tsv", 3):
        if cols[0] == "KIND":
            flags = frozenset(f for f in cols[2].split(",") if f and f != "-")
            if flags - FLAGS:
                raise ValueError(f"event_kinds.tsv: unknown flags {sorted(flags - FLAGS)} for {cols[1]!r}")
            kinds[cols[1]] = KindInfo(cols[1], flags)
    for cols in data_rows(DATA_DIR / "event_kinds.tsv", 3):
        if cols[0] == "KIND":
            continue
        kind, pos = cols[0], cols[1]
        if kind not in kinds or pos not in POS_VALUES:
            raise ValueError(f"event_kinds.tsv: bad row for {kind!r} {pos!r}")
        for form in cols[2].split("|"):
            if form.strip():
                entries = forms.setdefault(key_of(form), [])
                if (kind, pos) not in entries:
                    entries.append((kind, pos))
    return Lexicon(kinds, {k: tuple(v) for k, v in forms.items()},
                   max((k.count(" ") + 1 for k in forms), default=1))


def find_triggers(toks: Sequence[Token], blocked: Container[int] = (), adjectival: Container[int] = (),
                  dated: Container[int] = ()) -> list[Trigger]:
    """Triggers in ``toks``, longest form first, none inside ``blocked`` tokens (names, dates).

    A form that is both a verb and a noun ("attack", "visit") is a noun after a determiner, a possessive or
    an ``adjectival`` token (a demonym: "a Russian attack"). A phrase form ending in a preposition is not
    taken when a ``dated`` token follows it ("call on Tuesday" is a call, not "call on").
    """
    lex = lexicon()
    out: list[Trigger] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if i in blocked or not t.text[0].isalpha() or (
                is_capitalized(t.text) and i > 0 and toks[i - 1].text not in _OPEN_QUOTES):
            i += 1
            continue
        nouny = _nouny(toks, i, adjectival)
        found = None
        for j in range(min(n, i + lex.max_words), i, -1):
            if any(k in blocked for k in range(i + 1, j)):
                continue
            entries = lex.forms.get(" ".join(x.low for x in toks[i:j]))
            if entries and j - i > 1 and toks[j - 1].low in _PREPOSITIONS and j in dated:
                continue  # "call on Tuesday" is a call, not "call on"
            if entries and nouny and found is None and all(pos != "noun" for _, pos in entries):
                found = (j, entries)  # a verb phrase after "a"/"the"/"Polish": look for a noun first
                continue
            if entries and (found is None or (nouny and any(pos == "noun" for _, pos in entries))):
                found = (j, entries)
                break
        if found is None:
            i += 1
            continue
        j, entries = found
        kind, pos = _choose(entries, toks, i, adjectival)
        out.append(Trigger(i, j, kind, pos, " ".join(x.text for x in toks[i:j])))
        i = j
    return out


def _choose(entries: tuple[tuple[str, str], ...], toks: Sequence[Token], i: int,
            adjectival: Container[int]) -> tuple[str, str]:
    if len(entries) == 1:
        return entries[0]
    nouny = _nouny(toks, i, adjectival)
    for kind, pos in entries:
        if (pos == "noun") == nouny:
            return kind, pos
    return entries[0]


def _nouny(toks: Sequence[Token], i: int, adjectival: Container[int]) -> bool:
    """Does token ``i`` stand where a noun does: after a determiner, a possessive, a number or a modifier name."""
    before = toks[i - 1].low if i > 0 else ""
    return before in _NOUN_BEFORE or (i - 1) in adjectival or before.isdigit()
