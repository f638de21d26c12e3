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

__all__ = ["fold", "name_tokens", "names_match", "name_overlap"]

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
