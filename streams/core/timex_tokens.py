"""Where a rule can start: its first two tokens, read from its parsed regular expression.

The tagger cuts text into tokens (:data:`TOKEN`: a run of digits, keyed :data:`NUM`; a run of letters, keyed in
lower case; any other mark, keyed as itself) and tries a rule only at a token whose key, and the key of the token
after it, the rule can start with ("the" + "third", "<num>" + "-", "wednesday" + anything). The analysis walks
the parser's tree of the regular expression; anything it cannot follow before the first token is read makes the
answer ``None`` ("try this rule at every token"), which is slower but never wrong.
"""

from __future__ import annotations

import re

from .tokens import ascii_words

__all__ = ["NUM", "TOKEN", "tokens_of_lowered", "leading_pairs"]

NUM = "<num>"  # the key of every all-digit token
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

_MAX_PATHS = 50000
_State = tuple[tuple[str, ...], str, str | None]  # tokens done, token being read, its kind (alpha | num | None)


class _Unknown(Exception):
    pass


def leading_pairs(pattern: str) -> frozenset[tuple[str, str | None]] | None:
    """Every (first key, second key) a match of ``pattern`` can begin with; second ``None``: the match may end
    after the first token. ``None`` when the pattern cannot be read that way."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern, re.IGNORECASE)
        found: set[tuple[str, str | None]] = set()
        _walk(list(tree.data), ((), "", None), found, [0])
        return frozenset(found)
    except (_Unknown, RecursionError, re.error, OverflowError):
        return None


def _walk(items: list, state: _State, found: set, budget: list[int]) -> None:
    budget[0] += 1
    if budget[0] > _MAX_PATHS:
        raise _Unknown
    while items:
        op, av = items[0]
        rest = items[1:]
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            items = rest
        elif op is _sre.SUBPATTERN:
            items = list(av[-1].data) + rest
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                _walk(list(alternative.data) + rest, state, found, budget)
            return
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            # a second round is enough: more blanks or digits read the same tokens
            more = [(op, (0, 1, sub))] if high != 1 else []
            if low == 0:
                _walk(rest, state, found, budget)
            _walk(list(sub.data) + more + rest, state, found, budget)
            return
        elif op is _sre.LITERAL:
            state = _feed(state, _kind(chr(av)), found)
            if state is None:
                return
            items = rest
        elif op is _sre.IN:
            try:
                members = _members(av)
            except _Unknown:
                _give_up(state, found)
                return
            for member in members:
                following = _feed(state, member, found)
                if following is not None:
                    _walk(rest, following, found, budget)
            return
        else:
            _give_up(state, found)
            return
    done = _complete(state)
    if not done:
        raise _Unknown  # the pattern can match the empty string
    found.add((done[0], done[1] if len(done) > 1 else None))


def _give_up(state: _State, found: set) -> None:
    """Past a construct the walk cannot follow: fine once the first token is known (any second will do)."""
    done, _, kind = state
    if not done or kind is not None:
        raise _Unknown
    found.add((done[0], None))


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
    done, word, kind = state
    if kind == "alpha":
        return done + (word,)
    if kind == "num":
        return done + (NUM,)
    return done


def _feed(state: _State, member: tuple[str, str], found: set) -> _State | None:
    """Read one character class; ``None`` once two tokens are known (the pair is then in ``found``)."""
    done, word, kind = state
    what, char = member
    if (what, kind) == ("alpha", "alpha"):
        return done, word + char, kind
    if (what, kind) == ("digit", "num"):
        return state
    if what == "space" and not done and kind is None:
        raise _Unknown  # a rule must not start with blank space
    done = _complete(state)
    if what == "mark":
        done += (char,)
    if len(done) >= 2:
        found.add((done[0], done[1]))
        return None
    return done, char if what == "alpha" else "", {"alpha": "alpha", "digit": "num"}.get(what)
