"""What happened: trigger words by kind, read once from ``data/event_kinds.tsv``, and found in a token list."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cache

from .name_data import DATA_DIR, data_rows
from .tokens import POSSESSIVE, Token, is_capitalized, key_of

__all__ = ["Trigger", "KindInfo", "Lexicon", "lexicon", "find_triggers", "DETERMINERS", "POSSESSIVE_PRONOUNS", "INTENT_VERBS",
           "NO_KIND", "OTHER_KIND", "MODALS", "COPULAS", "preposition_before_date"]

POS_VALUES = ("verb", "speech", "noun", "light")
FLAGS = frozenset({"participants", "objects", "target", "dateline", "effect"})
WORD_CLASSES = ("compound-head", "bound", "deadline")
NO_KIND = "-"  # a light verb with no kind of its own
OTHER_KIND = "other"  # a happening the vocabulary has no word for, told by the text's layout (a chronology entry)
DETERMINERS = frozenset("a an the this that these those any no every each another such".split())
POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())
_NOUN_BEFORE = DETERMINERS | POSSESSIVE_PRONOUNS | {POSSESSIVE}
_PREPOSITIONS = frozenset({"on", "for", "with", "to", "in", "at", "by"})
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "(", "["})
# A capital after these may open a clause: "22:00 GMT - Polls close".
_CLAUSE_OPENERS = _OPEN_QUOTES | {"-", "–", "—", ":"}
_ADD = frozenset({"add", "adds", "added", "adding"})
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands millions some more "
                         "extra new several".split())
_GAP = "*"
_MAX_GAP = 3
# A gap is part of one noun phrase ("raised its key rates"): none of these stand in it.
_NOT_IN_GAP = frozenset("about of in on at to for with from by over into against after before and or but that "
                        "which who than as".split())
_AFTER_DETERMINER = DETERMINERS | POSSESSIVE_PRONOUNS | {POSSESSIVE}
_STATE_VERBS = frozenset("remain remains remained remaining stay stays stayed staying".split())
_PREPOSITION_BEFORE = frozenset("on in at of for with from into about after before over under".split())


@dataclass(frozen=True, slots=True)
class KindInfo:
    name: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: tokens ``[start, end)``, its kind and part of speech.

    ``options`` holds every (kind, pos) the words can have when they are ambiguous ("strike": an attack or a
    walkout) or light ("held", "hit": kind from what they govern); ``SentenceRoles`` settles them. ``lender`` is
    the start token of the event noun a light verb took its kind from ("launched an offensive", "the talks
    resumed"), else -1.
    """

    start: int
    end: int
    kind: str
    pos: str  # verb | speech | noun | light (until settled)
    text: str
    options: tuple[tuple[str, str], ...] = ()
    lender: int = -1

    @property
    def is_verb(self) -> bool:
        return self.pos != "noun"


# a gapped form's words after the gap, its (kind, part of speech) entries, its place among its first word's forms
GapTail = tuple[tuple[str, ...], tuple[tuple[str, str], ...], int]


@dataclass(frozen=True, slots=True)
class Lexicon:
    kinds: dict[str, KindInfo]
    forms: dict[str, tuple[tuple[str, str], ...]]  # folded form -> ((kind, pos), ...)
    max_words: int
    # for forms with a "*", by their first word: ((words before the gap), {first word after it: ((words after
    # it), entries, the form's place among the first word's forms), ...}), ...
    gapped: dict[str, tuple[tuple[tuple[str, ...], dict[str, tuple[GapTail, ...]]], ...]]
    agents: dict[str, str]  # folded doer word -> the kind it lends
    words: dict[str, frozenset[str]]  # word class -> folded words or phrases
    dual: frozenset[str]  # one-word forms that are both a noun and a verb ("attack", "visit")
    starts: frozenset[str] = frozenset()  # the first words of all forms, gapped ones too: where a trigger can begin

    def has(self, kind: str, flag: str) -> bool:
        info = self.kinds.get(kind)
        return info is not None and flag in info.flags


@cache
def lexicon() -> Lexicon:
    rows = data_rows(DATA_DIR / "event_kinds.tsv", 3)
    kinds: dict[str, KindInfo] = {}
    for cols in rows:
        if cols[0] == "KIND":
            flags = frozenset(f for f in cols[2].split(",") if f and f != "-")
            if flags - FLAGS:
                raise ValueError(f"event_kinds.tsv: unknown flags {sorted(flags - FLAGS)} for {cols[1]!r}")
            kinds[cols[1]] = KindInfo(cols[1], flags)
    forms: dict[str, list[tuple[str, str]]] = {}
    gapped: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, str]]] = {}
    agents: dict[str, str] = {}
    words: dict[str, set[str]] = {c: set() for c in WORD_CLASSES}
    for cols in rows:
        kind, pos = cols[0], cols[1]
        if kind == "KIND":
            continue
        items = [key_of(f) for f in cols[2].split("|") if f.strip()]
        if kind == "WORDS":
            if pos not in words:
                raise ValueError(f"event_kinds.tsv: unknown word class {pos!r}")
            words[pos].update(items)
            continue
        if kind not in kinds and not (kind == NO_KIND and pos == "light"):
            raise ValueError(f"event_kinds.tsv: unknown kind {kind!r}")
        if pos == "agent":
            for item in items:
                agents.setdefault(item, kind)
            continue
        if pos not in POS_VALUES:
            raise ValueError(f"event_kinds.tsv: bad part of speech {pos!r} for {kind!r}")
        for key in items:
            if _GAP in key.split():
                head, _, tail = key.partition(f" {_GAP} ")
                if not head or not tail or _GAP in tail.split():
                    raise ValueError(f"event_kinds.tsv: a gap needs words on both sides: {key!r}")
                entries = gapped.setdefault((tuple(head.split()), tuple(tail.split())), [])
            else:
                entries = forms.setdefault(key, [])
            if (kind, pos) not in entries:
                entries.append((kind, pos))
    by_first: dict[str, dict[tuple[str, ...], dict[str, list[GapTail]]]] = {}
    places: dict[str, int] = {}
    for (head, tail), entries in gapped.items():
        place = places[head[0]] = places.get(head[0], -1) + 1
        tails = by_first.setdefault(head[0], {}).setdefault(head, {})
        tails.setdefault(tail[0], []).append((tail, tuple(entries), place))
    return Lexicon(kinds, {k: tuple(v) for k, v in forms.items()},
                   max((k.count(" ") + 1 for k in forms), default=1),
                   {first: tuple((head, {w: tuple(t) for w, t in tails.items()}) for head, tails in heads.items())
                    for first, heads in by_first.items()}, agents,
                   {c: frozenset(w) for c, w in words.items()},
                   frozenset(k for k, v in forms.items()
                             if " " not in k and {p == "noun" for _, p in v} == {True, False}),
                   frozenset(k.split(" ", 1)[0] for k in forms) | frozenset(by_first))


MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})
COPULAS = frozenset({"is", "are", "was", "were", "be"})  # "the last day will be Sept. 18"
# verbs of intent whose "to" opens the act they look to ("expects to award the contract next week")
INTENT_VERBS = frozenset("plan plans planned planning expect expects expecting intend intends intended aim aims "
                         "aimed hope hopes hoped want wants wanted seek seeks sought decide decides decided promise "
                         "promises promised vow vows vowed pledge pledges pledged prepare prepares prepared".split())


_AFTER_RELATIVE_VERB = frozenset("at more about up down out off short back again twice last early late into onto near "
                                 "here there".split())


def _relative_that(toks: Sequence[Token], i: int, j: int) -> bool:
    """"the fire that destroyed the market", "rain that began Saturday": after "that" a verb form followed by no
    common noun is the clause's verb."""
    if toks[i - 1].low != "that" or j >= len(toks):
        return False
    nxt = toks[j]
    return not nxt.text[:1].isalnum() or nxt.low in _AFTER_DETERMINER or nxt.low in _PREPOSITION_BEFORE \
        or is_capitalized(nxt.text) \
        or nxt.text[:1].isdigit() or nxt.low.endswith("ly") or nxt.low in _AFTER_RELATIVE_VERB


def _infinitive(toks: Sequence[Token], i: int) -> bool:
    """"to fire its engines", "to fire Lyra's engines": after "to" and before an object, a verb ("to talks" is not)."""
    if toks[i - 1].low != "to" or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return after.low in _AFTER_DETERMINER or (
        is_capitalized(after.text) and i + 2 < len(toks) and toks[i + 2].text == POSSESSIVE)


# base forms that are adjectives too: verbs only after a modal or a verb's "to" ("remain open", "close to"); "open"
# after a plural doer too ("Nominations open on Monday"; "Nominations close on ..." is a deadline, no happening)
ADJECTIVE_TOO = frozenset({"open", "close"})
_NOT_PLURAL_DOERS = frozenset("its his hers ours theirs yours this thus was has is as us always perhaps news series "
                              "whereas unless hours days weeks months years".split())
_AFTER_BARE_VERB = frozenset("on at in from until till today tomorrow tonight next this a an the their its his her".split())
_DASHES = frozenset("–—")
_TIME_OPENERS = frozenset("after before until till when once since as".split())
_OF_WHICH = frozenset("for of to".split())
_BEFORE_AN_INFINITIVE = COPULAS | {"been", "set", "due", "able"}


def _verb_after(toks: Sequence[Token], i: int) -> bool:
    """Is the word at ``i`` a verb by what stands before it: a modal ("will close"), or "to" after a verb ("plans to
    close", "was forced to close", "is to open"), not after a noun ("in an effort to close the gap")?"""
    if i == 0:
        return False
    if toks[i - 1].low in MODALS:
        return True
    verb = toks[i - 2].low if i > 1 and toks[i - 1].low == "to" else ""
    return verb in INTENT_VERBS or verb in _BEFORE_AN_INFINITIVE or (len(verb) > 3 and verb.endswith("ed"))


def _plural_doer_before(toks: Sequence[Token], i: int, dated: Container[int]) -> bool:
    """Is the base form at ``i`` a present verb after its plural doer, before its date or its object ("Nominations
    open on Monday", "Polls close at 8pm", "the Mariners open a four-game series")? A dashed aside between them
    is skipped ("Nominations for the 19 seats – 14 village seats and five common roll seats – open on")."""
    k = i - 1
    if k > 0 and toks[k].text in _DASHES:
        k = next((m - 1 for m in range(k - 1, max(k - 15, 0), -1) if toks[m].text in _DASHES), -1)
    if k < 0 or i + 1 >= len(toks):
        return False
    # "Bookings for the 2026 season open at 9am": the doer before the phrase that tells which
    of = next((m for m in range(k - 1, max(k - 5, 0), -1) if toks[m].low in _OF_WHICH), None)
    if of is not None and _is_plural_doer(toks[of - 1]) and not _is_plural_doer(toks[k]) \
            and all(toks[m].text[:1].isalnum() for m in range(of + 1, k + 1)):
        k = of - 1
    doer = toks[k]
    opener = k - 1 - (k > 0 and toks[k - 1].low in DETERMINERS)
    if opener >= 0 and toks[opener].low in _TIME_OPENERS:
        return False  # "announced after markets close on Wednesday": the time of another happening
    return _is_plural_doer(doer) and (i + 1 in dated or toks[i + 1].low in _AFTER_BARE_VERB)


def _is_plural_doer(tok: Token) -> bool:
    """Could the token be a plural noun by its form ("Nominations", "polls"), not "its", "news" or "hours"?"""
    return tok.text.isalpha() and len(tok.text) > 3 and tok.low.endswith("s") and not tok.low.endswith("ss") \
        and tok.low not in _NOT_PLURAL_DOERS


def _anniversary_of(toks: Sequence[Token], i: int) -> bool:
    """Does "anniversary of" (or "anniversaries of") stand right before the noun phrase at ``i``?"""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].low != "of" and toks[k].text[:1].isalnum():
        k -= 1
    return k >= 1 and toks[k].low == "of" and toks[k - 1].low in ("anniversary", "anniversaries", "eve")


def _as_a(toks: Sequence[Token], i: int) -> bool:
    """Does "as a"/"as an" stand up to three words before token ``i`` ("as a Category 3 storm")?"""
    for k in range(max(1, i - 4), i):
        if toks[k - 1].low == "as" and toks[k].low in ("a", "an"):
            return all(toks[m].text[:1].isalnum() for m in range(k + 1, i))
    return False


def _numbered(toks: Sequence[Token], i: int) -> bool:
    """Is the capitalized word at ``i`` one of a numbered series ("Thursday's Game 3", "for Game 5 at 6pm")?"""
    return i + 1 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2 and (
        i + 2 >= len(toks) or not toks[i + 2].text[:1].isalpha() or toks[i + 2].text[:1].islower())


def _adds_a_thing(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is "add" at ``i`` told of a thing or a number added ("LATAM will add four flights", "the economy added 200,000
    jobs"), not of words ("he added that ...", '"...," added the minister')?"""
    if toks[i].low not in _ADD or j >= len(toks) or (i > 0 and not toks[i - 1].text[:1].isalnum()):
        return False
    after = toks[j]
    return after.text[:1].isdigit() or after.low in _NOUN_BEFORE or after.low in _COUNT_WORDS


def _according_to(toks: Sequence[Token], i: int) -> bool:
    """Does "according to" stand up to three words before the noun at ``i`` ("according to a preliminary
    statement")?"""
    for k in range(i - 1, max(i - 5, 0), -1):
        if toks[k].low == "to" and toks[k - 1].low == "according":
            return True
        if not toks[k].text[:1].isalnum():
            return False
    return False


def find_triggers(toks: Sequence[Token], blocked: Container[int] = (), adjectival: Container[int] = (),
                  dated: Container[int] = (), name_heads: Container[int] = ()) -> list[Trigger]:
    """Triggers in ``toks``, longest form first, none inside ``blocked`` tokens (names, dates).

    A form that is both a verb and a noun ("attack", "visit") is a noun after a determiner, a possessive or
    an ``adjectival`` token (a demonym: "a Russian attack"); a light verb there is no trigger ("the end"), nor
    is a verb form after a determiner or possessive ("the flooded town", "a proposed deal"). A
    phrase form ending in a preposition is not taken when a ``dated`` token follows it ("call on Tuesday" is a
    call, not "call on"). A noun before a compound head ("the conference centre") names a thing, not an event.
    ``name_heads`` are name words that may still be event nouns: the head of a named agreement ("the Paris Agreement").
    """
    lex = lexicon()
    heads, starts = lex.words["compound-head"], lex.starts
    out: list[Trigger] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.low not in starts or (i in blocked and i not in name_heads) or not t.text[0].isalpha() or (
                is_capitalized(t.text) and i > 0 and toks[i - 1].text not in _CLAUSE_OPENERS and i not in name_heads
                and not _numbered(toks, i)):
            i += 1
            continue
        nouny = _nouny(toks, i, adjectival) or (t.low in lex.dual and (
            _after_adjectives(toks, i) or (i > 0 and toks[i - 1].low in _PREPOSITION_BEFORE)
            or (i == 0 and t.low.endswith("s"))))  # "Protests that erupted ...": a verb in -s needs a subject
        after_modal = i > 0 and (toks[i - 1].low in MODALS or _infinitive(toks, i))
        nouny = nouny and not after_modal and not (i > 0 and _relative_that(toks, i, i + 1))  # "will visit Kyiv"
        found = None
        for j in range(min(n, i + lex.max_words), i, -1):
            if any(k in blocked for k in range(i + 1, j)):
                continue
            entries = lex.forms.get(" ".join(x.low for x in toks[i:j]))
            if entries and j == i + 1 and t.low in ADJECTIVE_TOO and not _verb_after(toks, i) \
                    and not (t.low == "open" and _plural_doer_before(toks, i, dated)):
                continue
            if entries and (nouny or (i > 0 and toks[i - 1].low in _PREPOSITION_BEFORE)):
                entries = tuple(e for e in entries if e[1] != "light")  # "the end", "kept on hold"
            if entries and i > 0 and toks[i - 1].low in _AFTER_DETERMINER \
                    and all(pos != "noun" for _, pos in entries) and not _relative_that(toks, i, j):
                continue  # a participle after "the" is an adjective: "the flooded town", "a proposed deal"
            if entries and i > 0 and toks[i - 1].low in _STATE_VERBS and all(pos != "noun" for _, pos in entries) \
                    and not _before_a_deadline(toks, j, dated, lex.words["deadline"]):
                continue  # "schools remained closed": a state, not a happening (but it ends "until at least May 2")
            if not entries:
                continue
            if preposition_before_date(toks, i, j, dated):
                continue  # "call on Tuesday" is a call, not "call on"
            if nouny and found is None and all(pos != "noun" for _, pos in entries):
                found = (j, entries)  # a verb phrase after "a"/"the"/"Polish": look for a noun first
                continue
            if found is None or (nouny and any(pos == "noun" for _, pos in entries)):
                found = (j, entries)
                break
        gap = _gapped(toks, i, lex, dated) if t.low in lex.gapped and not nouny else None
        if gap is not None and (found is None or gap[0] > found[0]):
            found = gap
        if found is None:
            i += 1
            continue
        j, entries = found
        kind, pos = _choose(entries, nouny)
        if pos == "noun" and j < n and (toks[j].low in heads or toks[j].low == POSSESSIVE):
            i = j  # "the conference centre", "a storm warning", "the probe's engines"
            continue
        if pos == "noun" and i > 0 and toks[i - 1].low == "pending":
            i = j  # "grounded its planes pending inspections": a condition, not a happening
            continue
        if pos == "noun" and i > 1 and toks[i - 1].text[:1].isdigit() and toks[i - 2].low in ("by", "with"):
            i = j  # "backed the bill by 318 votes": a tally, not a vote of its own
            continue
        if pos == "noun" and after_modal:
            i = j  # "would call a vote": a verb this list only has as a noun
            continue
        if pos == "noun" and _anniversary_of(toks, i):
            i = j  # "the anniversary of the invasion": the day remembers it, it did not happen then
            continue
        if pos == "noun" and _as_a(toks, i):
            i = j  # "made landfall as a Category 3 storm": what it was, not something that happened
            continue
        if pos == "noun" and _according_to(toks, i):
            i = j  # "had left port at 10:15 p.m., according to a statement from the port": the source, not the news
            continue
        if pos == "speech" and _adds_a_thing(toks, i, j):
            kind, pos, entries = OTHER_KIND, "verb", ()  # "will add four flights", "added 200 jobs": no statement
        options = tuple(e for e in entries if (e[1] == "noun") == (pos == "noun"))
        out.append(Trigger(i, j, kind, pos, _spelled(toks[i:j]),
                           options if len(options) > 1 or pos == "light" else ()))
        i = j
    return out


def preposition_before_date(toks: Sequence[Token], i: int, j: int, dated: Container[int]) -> bool:
    """Does the phrase form at ``[i, j)`` end in a preposition that belongs to the date after it ("retired in
    2007")?"""
    return j - i > 1 and toks[j - 1].low in _PREPOSITIONS and j in dated


def _spelled(toks: Sequence[Token]) -> str:
    """The words as the text spells them: a space only where the text has one ("Kilauea's", not "Kilauea 's")."""
    return "".join((" " if k and tok.start > toks[k - 1].end else "") + tok.text for k, tok in enumerate(toks))


def _gapped(toks: Sequence[Token], i: int, lex: Lexicon, dated: Container[int]):
    """The longest gapped form starting at ``i`` (the first listed among the longest): ``(end, entries)`` or None.
    Each form's tail is taken where it first follows the gap; the forms that share their words before the gap
    read it together."""
    found: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []  # (end, -place, entries)
    n = len(toks)
    for head, tails in lex.gapped[toks[i].low]:
        k = i + len(head)
        if k > n or tuple(x.low for x in toks[i:k]) != head:
            continue
        # a date inside the phrase does not count ("won the Nov. 2 general election"), nor the hyphen of a
        # compound and the word after it ("released a 112-page report"); a possessive is part of it ("raised
        # the volcano's alert level")
        taken: set[int] = set()
        m, words = k, 0
        while words <= _MAX_GAP and m < n:
            if m > k and m - 1 not in dated and (
                    not (toks[m - 1].text[0].isalnum() or toks[m - 1].text == "-" or toks[m - 1].low == POSSESSIVE)
                    or (toks[m - 1].low in _NOT_IN_GAP and not _about_a_number(toks, m - 1))):
                break
            for tail, entries, place in tails.get(toks[m].low, ()):
                if place not in taken and m + len(tail) <= n and tuple(x.low for x in toks[m:m + len(tail)]) == tail:
                    taken.add(place)
                    found.append((m + len(tail), -place, entries))
            words += m not in dated and toks[m].text != "-" and not (m > k and toks[m - 1].text == "-") \
                and toks[m].low != POSSESSIVE
            m += 1
    if not found:
        return None
    end, _, entries = max(found, key=lambda f: f[:2])
    return end, entries


def _about_a_number(toks: Sequence[Token], k: int) -> bool:
    """"about", "around" or "over" before a number: an amount ("recalled about 1,100 pounds"), no preposition."""
    return toks[k].low in ("about", "around", "over") and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()


def _choose(entries: tuple[tuple[str, str], ...], nouny: bool) -> tuple[str, str]:
    if len(entries) == 1:
        return entries[0]
    for kind, pos in entries:
        if (pos == "noun") == nouny:
            return kind, pos
    return entries[0]


def _after_adjectives(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a noun after a determiner and adjectives: "a separate attack", "the latest two-day visit"?
    (A word in -s between is taken for a plural subject: "the rebels attack" stays a verb.)"""
    for k in range(i - 1, max(i - 5, -1), -1):
        low = toks[k].low
        if low in _AFTER_DETERMINER:
            return k < i - 1
        if is_capitalized(toks[k].text) and k > 0:
            continue  # a name as modifier: "an emergency NATO meeting"
        if not ((toks[k].text[:1].islower() or low[:1].isdigit()) and low.replace("-", "").isalnum()) or low.endswith("s") \
                or low in _NOT_IN_GAP or low in _PREPOSITION_BEFORE:
            return False
    return False


def _before_a_deadline(toks: Sequence[Token], j: int, dated: Container[int], deadline: Container[str]) -> bool:
    """Does a deadline word and a date follow token ``j`` ("until at least March 2", "through Friday")?"""
    if j >= len(toks) or toks[j].low not in deadline:
        return False
    k = j + 1
    if k + 1 < len(toks) and toks[k].low == "at" and toks[k + 1].low == "least":
        k += 2
    if k < len(toks) and toks[k].low == "the":
        k += 1
    return k in dated


def _nouny(toks: Sequence[Token], i: int, adjectival: Container[int]) -> bool:
    """Does token ``i`` stand where a noun does: after a determiner, a possessive, a number or a modifier name."""
    before = toks[i - 1].low if i > 0 else ""
    # a number that ends a name leaves a verb in -ed a verb: "a Boeing 737 crashed", "Flight 206 landed"
    named = i > 1 and is_capitalized(toks[i - 2].text) and toks[i].low.endswith("ed")
    return before in _NOUN_BEFORE or (i - 1) in adjectival or (before.isdigit() and not named)
