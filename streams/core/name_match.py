"""Whether two canonical names can name the same one: accents folded, a surname fits a full name.

Names arrive canonical from entity normalization (Kiev and Kyiv both as Kyiv); what is left is spelling
(Gdańsk/Gdansk), a surname against a full name (Kaczynski / Jaroslaw Kaczynski), an initial (J. Kaczynski)
and small transliteration variants (Zelensky/Zelenskyy).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

__all__ = ["fold", "name_tokens", "names_match", "name_overlap", "names_shared", "surfaces_of", "named_in"]

# Letters that Unicode decomposition leaves whole.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                          "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th"})
_TOKEN = re.compile(r"[a-z0-9]+")
# Spelling variants of one name are this alike (rapidfuzz ratio, 0..100) and at least this long.
_FUZZY_RATIO = 90
_FUZZY_MIN_LEN = 5


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """Lower case, accents and special letters folded to ASCII, punctuation to single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_TOKEN.findall(ascii_only.casefold()))


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


@lru_cache(maxsize=65536)
def names_match(a: str, b: str) -> bool:
    """Whether a and b can name the same person, place or body."""
    ka, kb = fold(a), fold(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = ka.split(), kb.split()
    if ta[-1] == tb[-1] and len(ta[-1]) > 2 and (_fits(ta, tb) or _fits(tb, ta)):
        return True
    if len(ta) == len(tb) and len(ka) >= _FUZZY_MIN_LEN:
        return fuzz.ratio(ka, kb) >= _FUZZY_RATIO
    return False


def _fits(short: list[str], long_: list[str]) -> bool:
    """A surname alone, or with first names or initials that each fit one of the full name's."""
    if len(short) > len(long_):
        return False
    return all(any(s == t or (len(s) == 1 and t.startswith(s)) for t in long_[:-1]) for s in short[:-1])


def name_overlap(a: list | tuple, b: list | tuple) -> tuple[int, int]:
    """How many names of a have a match in b, and how many of b have one in a."""
    return (sum(1 for x in a if any(names_match(x, y) for y in b)),
            sum(1 for y in b if any(names_match(x, y) for x in a)))


def names_shared(a: list | tuple, b: list | tuple) -> bool:
    """Whether a name of a can name the same one as a name of b (``any(name_overlap(a, b))``, at a fraction of
    the cost: clustering asks it of every pair of unnamed mentions in a day, and the same lists recur)."""
    return bool(a) and bool(b) and _shared(tuple(a), tuple(b))


@lru_cache(maxsize=65536)
def _shared(a: tuple, b: tuple) -> bool:
    return any(names_match(x, y) for x in a for y in b)


@lru_cache(maxsize=8192)
def surfaces_of(name: str) -> tuple[str, ...]:
    """How a text may name a canonical name: itself, a person's surname, its aliases and demonyms."""
    words = name.split()
    out = {name}
    surname = words[-1] if len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper() else None
    try:
        from streams.core.name_data import DATA_DIR, data_rows, gazetteer
        from streams.core.tokens import key_of
    except ImportError:  # the entity finder's lists are optional here
        return tuple(sorted(out | ({surname} if surname else set())))
    if surname and key_of(name) not in gazetteer():  # a surname stands for a person, not "Union" for a body
        out.add(surname)
    out.update(e.name for e in gazetteer().values() if e.kind == "DEMONYM" and e.country == name)
    out.update(alias for alias, canonical in _aliases(DATA_DIR, data_rows) if canonical == name)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _aliases(data_dir, data_rows) -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in data_rows(data_dir / "aliases.tsv", 2))


@lru_cache(maxsize=65536)
def named_in(name: str, text: str) -> bool:
    """Whether the text names ``name`` in any of its surfaces (accents folded, case kept: "US" is not "us")."""
    plain = _plain(text)
    return any(_surface_pattern(s).search(plain) for s in surfaces_of(name))


@lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _surface_pattern(surface: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(_plain(surface)) + r"(?!\w)")
