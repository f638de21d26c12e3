"""Where a rule can start: its first tokens, read from its parsed regular expression.

The tagger cuts text into tokens (:data:`TOKEN`: a run of digits, keyed :data:`NUM`; a run of letters, keyed in
lower case; any other mark, keyed as itself) and tries a rule only at a token whose key, and the key of the token
after it and the one after that, the rule can start with ("the" + "past" + "decade", "<num>" + "-" + "year",
"wednesday" + anything). The analysis walks the parser's tree of the regular expression; anything it cannot
follow before the first token is read makes the answer ``None`` ("try this rule at every token"), which is slower
but never wrong.
"""

from __future__ import annotations

import re
import sys
from functools import cache

from .tokens import ascii_words

__all__ = ["NUM", "TOKEN", "LEADING_DEPTH", "tokens_of_lowered", "leading_keys"]

NUM = "<num>"  # the key of every all-digit token
LEADING_DEPTH = 3  # tokens a rule is indexed by: on the bench's articles, three try rules a quarter as often as two
TOKEN = re.compile(r"(\d+)|[^\W\d_]+|[^\w\s]")  # group 1: digits
# The same cut of a lower-cased text whose letters and digits are all ASCII, which ``re`` reads in half the time
# of the Unicode classes.
_ASCII_TOKEN = re.compile(r"([0-9]+)|[a-z]+|[^a-z0-9_\s]")


def tokens_of_lowered(lowered: str):
    """:data:`TOKEN`'s matches in a lower-cased text."""
    return (_ASCII_TOKEN if ascii_words(lowered) else TOKEN).finditer(lowered)


try:  # the parser behind ``re``; private, so its absence only costs speed
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

_MAX_PATHS = 20000
# tokens done, token being read, its kind (alpha | num | None), how many tokens to read
_State = tuple[tuple[str, ...], str, str | None, int]


class _Unknown(Exception):
    pass


class _Budget(_Unknown):
    pass


def leading_keys(pattern: str, depth: int = LEADING_DEPTH) -> frozenset[tuple[str, ...]] | None:
    r"""Every run of keys (``depth`` of them at most) a match of ``pattern`` can begin with; a shorter run: the
    match may end there, or the walk cannot tell what follows (any token will do). ``None`` when the pattern
    cannot be read that way.

    >>> sorted(leading_keys(r"the\s+past\s+(?:decade|year)|\d+\s*years?"))
    [('<num>', 'year'), ('<num>', 'years'), ('the', 'past', 'decade'), ('the', 'past', 'year')]
    """
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern, re.IGNORECASE)
    except (RecursionError, re.error, OverflowError):
        return None
    for reach in range(depth, 0, -1):  # fewer keys when the paths to so many are too many to walk
        try:
            found: set[tuple[str, ...]] = set()
            walked = _Walked()
            _walk(walked.chain(tree.data, None), ((), "", None, reach), found, walked)
            return frozenset(found)
        except _Budget:
            continue
        except (_Unknown, RecursionError, OverflowError):
            return None
    return None


class _Walked:
    """What a walk has seen. The items left to read are a chain of cells ``(item, next cell)``, made once for each
    (items, what follows them), so that a place (cell, state) is known by the cell's identity: optional parts and
    alternatives lead to the same place many ways, and each place is walked once. The items are the parsed
    tree's, which lives as long as the walk, or repeats made once each and kept here."""

    def __init__(self) -> None:
        self.places: set[tuple[int, _State]] = set()
        self.chains: dict[tuple[int, int], tuple | None] = {}
        self.repeats: dict[tuple[int, int], tuple] = {}
        self.cells: dict[tuple[int, int], tuple] = {}

    def first_visit(self, cell: tuple | None, state: _State) -> bool:
        place = (id(cell), state)
        if place in self.places:
            return False
        self.places.add(place)
        if len(self.places) > _MAX_PATHS:
            raise _Budget
        return True

    def chain(self, items: list, rest: tuple | None) -> tuple | None:
        """The cell that reads ``items`` and then ``rest``."""
        key = (id(items), id(rest))
        cell = self.chains.get(key)
        if cell is None:
            cell = rest
            for item in reversed(items):
                cell = (item, cell)
            self.chains[key] = cell
        return cell

    def repeat(self, op, rounds: int, sub, rest: tuple | None) -> tuple:
        """The cell that reads ``sub`` up to ``rounds`` more times and then ``rest``."""
        item = self.repeats.setdefault((id(sub), rounds), (op, (0, rounds, sub)))
        return self.cells.setdefault((id(item), id(rest)), (item, rest))


def _walk(cell: tuple | None, state: _State, found: set, walked: _Walked) -> None:
    if not walked.first_visit(cell, state):
        return
    while cell is not None:
        (op, av), rest = cell
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            cell = rest
        elif op is _sre.SUBPATTERN:
            cell = walked.chain(av[-1].data, rest)
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                _walk(walked.chain(alternative.data, rest), state, found, walked)
            return
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            # as many rounds as tokens are read: more blanks or digits read the same tokens
            rounds = min(high, state[3])
            more = walked.repeat(op, rounds - 1, sub, rest) if rounds > 1 else rest
            if low == 0:
                _walk(rest, state, found, walked)
            _walk(walked.chain(sub.data, more), state, found, walked)
            return
        elif op is _sre.LITERAL:
            state = _feed(state, _kind(chr(av)), found)
            if state is None:
                return
            cell = rest
        elif op is _sre.IN:
            try:
                members = _members(av)
            except _Unknown:
                _give_up(state, found)
                return
            for member in members:
                following = _feed(state, member, found)
                if following is not None:
                    _walk(rest, following, found, walked)
            return
        else:
            _give_up(state, found)
            return
    done = _complete(state)
    if not done:
        raise _Unknown  # the pattern can match the empty string
    found.add(done)


def _give_up(state: _State, found: set) -> None:
    """Past a construct the walk cannot follow: fine once the first token is known (any token may follow)."""
    done = state[0]
    if not done:
        raise _Unknown
    found.add(done)


@cache
def _kind(char: str) -> tuple[str, str]:
    if char.isalpha():
        return "alpha", char.lower()
    if char.isdigit():
        return "digit", ""
    if char.isspace():
        return "space", ""
    return "mark", char


def _members(items: list) -> list[tuple[str, str]]:
    """The kinds of character a set stands for; letters only when they are listed one by one."""
    members = []
    for op, av in items:
        if op is _sre.LITERAL:
            members.append(_kind(chr(av)))
        elif op is _sre.RANGE and chr(av[0]).isdigit() and chr(av[1]).isdigit():
            members.append(("digit", ""))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            members.append(("digit", ""))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_SPACE:
            members.append(("space", ""))
        else:
            raise _Unknown
    return list(dict.fromkeys(members))


def _complete(state: _State) -> tuple[str, ...]:
    done, word, kind, _ = state
    if kind == "alpha":
        return done + (sys.intern(word),)  # one copy of each word across tens of thousands of runs
    if kind == "num":
        return done + (NUM,)
    return done


def _feed(state: _State, member: tuple[str, str], found: set) -> _State | None:
    """Read one character class; ``None`` once ``depth`` tokens are known (the run is then in ``found``)."""
    done, word, kind, depth = state
    what, char = member
    if (what, kind) == ("alpha", "alpha"):
        return done, word + char, kind, depth
    if (what, kind) == ("digit", "num"):
        return state
    if what == "space" and not done and kind is None:
        raise _Unknown  # a rule must not start with blank space
    done = _complete(state)
    if what == "mark":
        done += (char,)
    if len(done) >= depth:
        found.add(done[:depth])
        return None
    return done, char if what == "alpha" else "", {"alpha": "alpha", "digit": "num"}.get(what), depth
