"""Syndicated-copy detection: a MinHash sketch of an article's main text, and the Jaccard estimate between two.

Shingles are runs of ``SHINGLE_WORDS`` casefolded words (letters and digits only, so quotes, dashes and
spacing do not matter). Each word is hashed with CRC-32 and the words of a shingle are combined
arithmetically, so a sketch depends on nothing but the text: the same text gives the same sketch in every
process (no ``PYTHONHASHSEED``). The sketch is datasketch's affine32 MinHash, seeded, its permutations made once
per process; the permutations are applied here, to the shingles' hash array as it is, as datasketch would apply
them to a list of Python ints made from it (a test holds the two equal).
The threshold was measured on copies with edits against other write-ups of the same event: see
``tests/core/test_syndication.py``.
"""

from __future__ import annotations

import base64
import re
import zlib
from functools import cache

import numpy as np
from datasketch import MinHash

from .tokens import ascii_words

__all__ = ["sketch", "similarity", "is_syndicated_copy", "copies_among", "pack", "unpack", "NUM_PERM",
           "SHINGLE_WORDS", "COPY_THRESHOLD"]

NUM_PERM = 128
SEED = 20220316
SHINGLE_WORDS = 3
COPY_THRESHOLD = 0.3
MAX_WORDS = 50_000  # an enormous body is sketched on its first words: the head identifies the story

_WORD = re.compile(r"[^\W_]+")  # letters and digits: \p{L}\p{N}, which the standard module reads faster
# the same for a casefolded text with only ASCII letters: every other byte of its UTF-8 becomes a space
_NOT_ASCII_WORD = bytes(c if 0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier: spreads word order into the shingle hash
_LOW32 = np.uint64(0xFFFFFFFF)
_UINT32_END = 1 << 32
_FMIX32 = tuple(map(np.uint32, (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)))  # MurmurHash3's finalizer, as datasketch's


@cache
def _template() -> MinHash:
    # datasketch draws the permutations from numpy's RandomState(seed): identical in every process.
    # The scheme is named so that a change of datasketch's default cannot change every stored sketch.
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="affine32")


def _words(text: str) -> list[bytes]:
    """The casefolded words of a text in UTF-8, up to ``MAX_WORDS``."""
    folded = text.casefold()
    if ascii_words(folded):
        return folded.encode().translate(_NOT_ASCII_WORD).split()[:MAX_WORDS]
    return list(map(str.encode, _WORD.findall(folded)[:MAX_WORDS]))


def _shingle_hashes(text: str) -> np.ndarray:
    """The 32-bit hashes of the text's shingles, in text order (repeats kept: they cannot change a minimum)."""
    words = _words(text)
    if not words:
        return np.zeros(0, dtype=np.uint32)
    hashed = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    acc = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            acc = acc * _MIX + hashed[offset:offset + count]
    return ((acc >> np.uint64(32)) ^ (acc & _LOW32)).astype(np.uint32)


def _fmix32(hashes: np.ndarray) -> np.ndarray:
    shift1, multiply1, shift2, multiply2, shift3 = _FMIX32
    hashes = (hashes ^ (hashes >> shift1)) * multiply1
    hashes = (hashes ^ (hashes >> shift2)) * multiply2
    return hashes ^ (hashes >> shift3)


def sketch(text: str) -> tuple[int, ...]:
    """The MinHash signature (``NUM_PERM`` ints) of a text's word shingles; ``()`` for a text with no words."""
    if not isinstance(text, str):
        return ()
    hashes = _shingle_hashes(text)
    if not hashes.size:
        return ()
    multipliers, offsets = _template().permutations
    # a row per permutation, filled in place: the minima run along rows, faster than down columns
    permuted = np.multiply(multipliers[:, np.newaxis], _fmix32(hashes))
    permuted += offsets[:, np.newaxis]
    return tuple(permuted.min(axis=1).tolist())


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two shingle sets; 0.0 when either sketch is empty or they differ in size."""
    try:
        if not a or not b or len(a) != len(b):
            return 0.0
        return sum(1 for x, y in zip(a, b) if x == y) / len(a)
    except TypeError:
        return 0.0


def is_syndicated_copy(a, b, threshold: float = COPY_THRESHOLD) -> bool:
    """Whether two articles carry the same story text. ``a`` and ``b`` are texts or sketches."""
    sketch_a = sketch(a) if isinstance(a, str) else a
    sketch_b = sketch(b) if isinstance(b, str) else b
    return similarity(sketch_a, sketch_b) >= threshold


def pack(signature) -> str | list[int]:
    """A sketch as compact JSON: base64 of its values as little-endian uint32, zero-padded to whole base64
    groups so that packed sketches can be joined and decoded at once; a list when a value does not fit."""
    values = list(signature or ())
    if not values:
        return ""
    if set(map(type, values)) != {int} or min(values) < 0 or max(values) >= _UINT32_END:
        return values
    raw = np.asarray(values, dtype="<u4").tobytes()
    return base64.b64encode(raw + b"\0" * (-len(raw) % 3)).decode("ascii")


def unpack(packed: str | list[int]) -> np.ndarray:
    """The sketch's values from ``pack``'s form."""
    if isinstance(packed, list):
        return np.array(packed) if packed else np.zeros(0, dtype="<u4")
    raw = base64.b64decode(packed)
    return np.frombuffer(raw[: len(raw) // 4 * 4], dtype="<u4")


def copies_among(mine: np.ndarray, others: list[np.ndarray], threshold: float = COPY_THRESHOLD) -> list[bool]:
    """For each of ``others``, whether it and ``mine`` are one story: ``is_syndicated_copy`` for many at once
    (empty sketches, and sketches of another size, are never copies)."""
    found = [False] * len(others)
    alike = [i for i, other in enumerate(others) if len(other) == len(mine)]
    if len(mine) and alike:
        equal = (np.stack([others[i] for i in alike]) == mine).sum(axis=1).tolist()
        for i, count in zip(alike, equal):
            found[i] = count / len(mine) >= threshold
    return found
