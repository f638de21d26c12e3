"""The word lists behind the entity finder, read once from ``streams/core/data/`` (see each file's FORMAT)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .tokens import fold, key_of

__all__ = ["DATA_DIR", "GazetteerEntry", "NameWords", "data_rows", "gazetteer", "title_words", "title_phrases",
           "name_words"]

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = frozenset({"COUNTRY", "CITY", "PLACE", "ORG", "DEMONYM", "PERSON"})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str  # canonical spelling
    kind: str
    country: str  # for DEMONYM the country it names; for CITY/PLACE where it lies ("" if unknown)


@dataclass(frozen=True, slots=True)
class NameWords:
    stop: frozenset[str]
    notname: frozenset[str]
    org: frozenset[str]
    place: frozenset[str]
    place_start: frozenset[str]
    body: frozenset[str]  # folded phrases, up to three words
    event: frozenset[str]
    document: frozenset[str]
    particle: frozenset[str]
    resident: frozenset[str]
    body_max_words: int


def data_rows(path: str | Path, min_columns: int = 1) -> list[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines skipped, columns stripped."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.rstrip("\n").split("\t")]
            if len(cols) < min_columns or not cols[0]:
                raise ValueError(f"{path}:{number}: expected at least {min_columns} tab-separated columns")
            rows.append(cols)
    return rows


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Folded key -> entry; the first row for a key wins (countries come before cities of the same name)."""
    table: dict[str, GazetteerEntry] = {}
    for cols in data_rows(DATA_DIR / "gazetteer.tsv", 2):
        name, kind = cols[0], cols[1].upper()
        country = cols[2] if len(cols) > 2 else ""
        if kind not in KINDS:
            raise ValueError(f"gazetteer.tsv: unknown kind {kind!r} for {name!r}")
        table.setdefault(key_of(name), GazetteerEntry(name, kind, country))
    return table


@cache
def title_words() -> frozenset[str]:
    """Every folded word of every title in titles.txt."""
    words = set()
    for cols in data_rows(DATA_DIR / "titles.txt"):
        words.update(key_of(cols[0]).split())
    words.discard(".")
    return frozenset(words)


@cache
def title_phrases() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """(the one-word titles, each word of a longer title -> the longer titles holding it) from titles.txt."""
    single: set[str] = set()
    holding: dict[str, set[tuple[str, ...]]] = {}
    for cols in data_rows(DATA_DIR / "titles.txt"):
        words = tuple(w for w in key_of(cols[0]).split() if w != ".")
        if len(words) == 1:
            single.add(words[0])
        for word in words if len(words) > 1 else ():
            holding.setdefault(word, set()).add(words)
    return frozenset(single), {word: tuple(sorted(phrases)) for word, phrases in holding.items()}


@cache
def name_words() -> NameWords:
    classes: dict[str, set[str]] = {c: set() for c in ("stop", "notname", "org", "place", "place_start", "body", "particle", "event",
                                                  "document", "resident")}
    for cols in data_rows(DATA_DIR / "name_words.tsv", 2):
        if cols[1] not in classes:
            raise ValueError(f"name_words.tsv: unknown class {cols[1]!r}")
        classes[cols[1]].add(fold(cols[0]))
    return NameWords(
        **{name: frozenset(words) for name, words in classes.items()},
        body_max_words=max((len(b.split()) for b in classes["body"]), default=1),
    )
