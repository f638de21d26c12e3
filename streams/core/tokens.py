"""Word tokens with offsets, and the accent- and case-folded keys that names are matched by.

Shared by the entity finder and the event extractor so that a name tokenized from a data file and the same
name tokenized from an article give the same key ("Gdansk" and "Gdańsk" both key as ``gdansk``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Token", "tokenize", "fold", "key_of", "is_capitalized", "is_acronym", "ascii_words", "POSSESSIVE"]

POSSESSIVE = "'s"

_TOKEN = re.compile(
    r"""
    (?:[A-Z]\.){2,}                         # U.S., U.K., U.N. (the last dot is part of it)
    | \d+(?:[.,]\d+)+                        # 1,140 and 2.5: one number, not a comma or a full stop
    | \w+(?:[’'\-‐]\w+)*                     # words, with inner apostrophes and hyphens: O'Brien, US-led
    | [’'][sS]\b                            # a detached possessive
    | \S                                    # any other single mark
    """,
    re.VERBOSE,
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_POSSESSIVE_TAIL = re.compile(r"[’'][sS]$")
# Letters that NFKD leaves alone but that readers treat as their plain form.
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                        "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ʻ": "", "ʼ": "'",
                        "’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str  # folded: no accents, lower case, plain apostrophes


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and case-insensitive form: ``fold("Gdańsk") == fold("GDANSK") == "gdansk"``."""
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=256)  # a sentence is read by the entity finder, the roles and the places in turn
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and marks with their offsets; a possessive ``'s`` is split off as a token of its own."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        tail = _POSSESSIVE_TAIL.search(word) if len(word) > 2 and ("'" in word or "’" in word) else None
        if tail and tail.start() > 0 and word[0].isalpha():
            cut = start + tail.start()
            out.append(Token(start, cut, word[: tail.start()], fold(word[: tail.start()])))
            out.append(Token(cut, m.end(), word[tail.start():], POSSESSIVE))
        else:
            out.append(Token(start, m.end(), word, fold(word)))
    return tuple(out)


def ascii_words(text: str) -> bool:
    """Are all the letters and digits of ``text`` ASCII (curly quotes, dashes and other marks aside)? About half of
    news text is, and there a pattern may spell ``\\w`` as ``[a-zA-Z0-9_]``, which ``re`` reads twice as fast."""
    return text.isascii() or not any(ch.isalnum() for ch in set(_NON_ASCII.findall(text)))


@lru_cache(maxsize=16384)
def key_of(name: str) -> str:
    """The lookup key of a name: its folded tokens joined by single spaces ("St. Petersburg" -> "st . petersburg")."""
    return " ".join(t.low for t in tokenize(name.strip()))


def is_capitalized(word: str) -> bool:
    """Starts with an upper-case letter (or is a particle-led name such as "al-Assad")."""
    if not word:
        return False
    if word[0].isupper():
        return True
    head, dash, rest = word.partition("-")
    return bool(dash) and head in ("al", "el", "ad", "ash", "bin") and rest[:1].isupper()


def is_acronym(word: str) -> bool:
    """All capitals (digits allowed after the first letter): NATO, G7, UNSC, U.S."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and word[0].isalpha()
