"""Named entities by rule, and one canonical name for each thing.

``AliasTable`` joins the gazetteer (``data/gazetteer.tsv``: what a name is) and the aliases
(``data/aliases.tsv`` plus a user file: what to call it). ``find_entities`` reads a sentence's capitalized runs:
known names by longest match, demonyms as their country ("Dutch" -> Netherlands, "the German government" ->
Germany acting), titles stripped from people ("Defence Minister Kajsa Ollongren" -> Kajsa Ollongren), names
ending in an organisation word as ORG ("Big Tech"), two or more unknown capitalized words as a PERSON, one word
only after a title or when the article already named that person in full (``people``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from .name_data import DATA_DIR, KINDS, data_rows, gazetteer, name_words, title_phrases, title_words
from .tokens import Token, is_acronym, is_capitalized, key_of, tokenize
from .types import Entity

__all__ = ["AliasTable", "default_aliases", "find_entities", "ALIASES_ENV", "FIRST_NAME"]

ALIASES_ENV = "TIMELINE_ALIASES"
FIRST_NAME = "first "  # prefix of a first name's key in ``people`` (a surname key has no space)
ACTOR = "actor"
_MAX_CHAIN = 6
_MAX_ACRONYM = 6
_SETTLEMENTS = {"city": "CITY", "town": "CITY", "village": "CITY", "port": "CITY", "settlement": "CITY",
                "region": "PLACE", "province": "PLACE", "district": "PLACE", "island": "PLACE"}
# Months that are also names: "Theresa May" keeps its surname, "Jan Novak" and "June Carter" their first name.
_NAME_MONTHS = frozenset({"may", "june", "april", "august"})
_FIRST_NAME_MONTHS = frozenset({"jan", "june", "april", "august"})


class AliasTable:
    """Canonical names: accent- and case-insensitive, with role-dependent aliases ("Moscow" acting -> Russia)."""

    def __init__(self, always: Mapping[str, str], actor: Mapping[str, str],
                 names: Mapping[str, tuple[str, str]], acronyms: frozenset[str] = frozenset()) -> None:
        self._always = dict(always)  # key -> canonical
        self._actor = dict(actor)  # key -> canonical, only for a name that acts
        self._names = dict(names)  # key -> (kind, canonical spelling; for a DEMONYM its country)
        self._acronyms = acronyms  # keys written in capitals in the data: text must be in capitals too
        self._index_first_words()

    def _index_first_words(self) -> None:
        self.longest: dict[str, int] = {}  # first folded word -> most words in a name it opens
        for key in self._names:
            first, words = key.split(" ", 1)[0], key.count(" ") + 1
            if words > self.longest.get(first, 0):
                self.longest[first] = words

    @classmethod
    def load(cls, extra: str | os.PathLike | None = None) -> "AliasTable":
        """The built-in aliases and gazetteer, then the file named by ``TIMELINE_ALIASES``, then ``extra``."""
        rows = data_rows(DATA_DIR / "aliases.tsv", 2)
        for path in (os.environ.get(ALIASES_ENV), extra):
            if path:
                rows += data_rows(Path(path), 2)
        always: dict[str, str] = {}
        actor: dict[str, str] = {}
        kinds: dict[str, str] = {}
        acronyms = set()
        for cols in rows:
            alias, canonical = cols[0], cols[1]
            role = cols[2].lower() if len(cols) > 2 else ""
            if role not in ("", ACTOR):
                raise ValueError(f"aliases: unknown role {role!r} for {alias!r} (empty or 'actor')")
            key = key_of(alias)
            (actor if role == ACTOR else always)[key] = canonical
            if is_acronym(alias):
                acronyms.add(key)
            if len(cols) > 3 and cols[3]:
                if cols[3].upper() not in KINDS:
                    raise ValueError(f"aliases: unknown kind {cols[3]!r} for {alias!r}")
                kinds[key] = cols[3].upper()
        names: dict[str, tuple[str, str]] = {}
        for key, entry in gazetteer().items():
            names[key] = (entry.kind, entry.country if entry.kind == "DEMONYM" else entry.name)
            if is_acronym(entry.name):
                acronyms.add(key)
        table = cls(always, actor, names, frozenset(acronyms))
        for key in always:  # an alias is recognized in text as what its canonical is
            target = table._follow(key) or always[key]
            known = names.get(key_of(target))
            kind = kinds.get(key) or (known[0] if known else None)
            if kind and key not in names:
                table._names[key] = (kind, target)
        table._index_first_words()
        return table

    def _follow(self, key: str) -> str | None:
        """The canonical name for a key through the always-aliases and the known spellings, else None."""
        name, seen = None, set()
        while key in self._always and key not in seen:
            seen.add(key)
            name = self._always[key]
            key = key_of(name)
        known = self._names.get(key)
        return known[1] if known else name

    def canonical(self, name: str, role: str | None = None) -> str:
        """The name to report: ``Kiev`` -> ``Kyiv``, ``GDANSK`` -> ``Gdańsk``; with ``role="actor"`` also
        ``Moscow`` -> ``Russia``. A demonym gives its country. An unknown name comes back as written."""
        key = key_of(name)
        if key.startswith("the ") and key not in self._always and key not in self._names:
            key = key[4:]
        result = self._follow(key) or " ".join(name.split())
        if role == ACTOR:
            seen = set()
            while key_of(result) in self._actor and result not in seen:
                seen.add(result)
                nxt = self._actor[key_of(result)]
                result = self._follow(key_of(nxt)) or nxt
        return result

    def lookup(self, key: str, written: str | None = None) -> tuple[str, str] | None:
        """``(kind, canonical)`` for a folded key known as a name, else None. ``written`` is the text as it
        stands: an acronym ("WHO", "US") only matches text written in capitals."""
        hit = self._names.get(key)
        if hit is None or (written is not None and key in self._acronyms and not is_acronym(written)):
            return None
        kind, canonical = hit
        return kind, self.canonical(canonical)

    def acts_as(self, name: str) -> str | None:
        """The actor a place name stands for ("Moscow" -> "Russia"), or None when it has no such alias."""
        acting = self.canonical(name, ACTOR)
        return acting if acting != self.canonical(name) else None


@cache
def default_aliases() -> AliasTable:
    """The built-in table plus ``TIMELINE_ALIASES``, loaded once per process."""
    return AliasTable.load()


# -- the finder ------------------------------------------------------------------------------------------------

def find_entities(sentence: str, aliases: AliasTable | None = None, *,
                  people: Mapping[str, str] | None = None) -> list[Entity]:
    """PERSON, ORG, COUNTRY, CITY, PLACE, EVENT and DOCUMENT names in ``sentence``, offsets into it, in text order.

    ``people`` maps a folded surname to a full name seen earlier in the same article, so that "Kaczynski"
    alone is that person (``extract_events`` keeps it per article).
    """
    return _Finder(sentence, aliases or default_aliases(), people or {}).run()


class _Finder:
    def __init__(self, sentence: str, aliases: AliasTable, people: Mapping[str, str]) -> None:
        self.text = sentence
        self.aliases = aliases
        self.people = people
        self.words = name_words()
        self.titles = title_words()
        self.toks = tokenize(sentence)
        self.out: list[Entity] = []

    def run(self) -> list[Entity]:
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            if is_capitalized(toks[i].text):
                i = self._read_run(i, self._run_end(i))
            else:
                i += 1
        return self.out

    def _run_end(self, i: int) -> int:
        """End of the capitalized run from ``i``: capitals, name particles before a capital, "." after "St"."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        while j < n:
            t = toks[j]
            if is_capitalized(t.text):
                j += 1
            elif t.text == "." and len(toks[j - 1].text) <= 4 and toks[j - 1].end == t.start \
                    and j + 1 < n and is_capitalized(toks[j + 1].text) and not is_acronym(toks[j - 1].text):
                j += 1  # "St. Petersburg", "Gen. Smith"
            elif t.low in self.words.particle:  # "bin Salman", "von der Leyen": particles before a capital
                m = j
                while m < n and toks[m].low in self.words.particle:
                    m += 1
                if m >= n or not is_capitalized(toks[m].text):
                    break
                j = m
            else:
                break
        return j

    def _emit(self, i: int, j: int, kind: str, canonical: str) -> None:
        start, end = self.toks[i].start, self.toks[j - 1].end
        self.out.append(Entity(start, end, self.text[start:end], canonical, kind))

    def _span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def _known(self, i: int) -> tuple[int, str, str] | None:
        """Longest known name from token ``i``; it may run on in lower case ("Kyiv region", "Bosnia and ...")."""
        toks = self.toks
        longest = self.aliases.longest.get(toks[i].low)
        if longest is None:
            return None
        for j in range(min(len(toks), i + longest), i, -1):
            hit = self.aliases.lookup(" ".join(t.low for t in toks[i:j]), self._span(i, j))
            if hit:
                return j, hit[0], hit[1]
        return None

    def _body_after(self, j: int) -> int:
        """End of a state-body phrase right after token ``j`` ("government", "defence ministry"), else ``j``."""
        toks = self.toks
        for size in range(self.words.body_max_words, 0, -1):
            if j + size <= len(toks) and " ".join(t.low for t in toks[j:j + size]) in self.words.body:
                return j + size
        return j

    def _read_run(self, i: int, j: int) -> int:
        """Entities of the capitalized run ``[i, j)``; returns where reading goes on."""
        toks, words = self.toks, self.words
        names: list[int] = []  # pending unknown name words (token indexes)
        titled = False
        title_start: int | None = None
        k = i
        while k < j:
            t = toks[k]
            known = self._known(k)
            if known and names and known[0] == k + 1 and known[1] in ("CITY", "COUNTRY"):
                known = None  # "Lloyd Austin": a place name closing a person's name
            if known:
                end, kind, canonical = known
                if kind in ("CITY", "COUNTRY") and end == k + 1 and end < j and self._is_name_word(toks[end]) \
                        and not self._org_end(end, j) > end:
                    names.append(k)  # "Sofia Coppola": a place name opening a person's name
                    k += 1
                    continue
                self._flush(names, titled)
                names, titled, title_start = [], False, None
                if kind == "DEMONYM":
                    body_end = self._body_after(end)
                    if body_end > end:  # "the German government": Germany acting
                        self._emit(k, body_end, "ORG", canonical)
                        k = body_end
                        continue
                org_end = self._org_end(end, j)
                if org_end > end:  # "Washington Post", "Chinese Communist Party"
                    self._emit(k, org_end, "ORG", self.aliases.canonical(self._span(k, org_end)))
                    k = org_end
                    continue
                self._emit(k, end, "COUNTRY" if kind == "DEMONYM" else kind, canonical)
                k = end
                continue
            if "-" in t.text and self._compound(k):
                self._flush(names, titled)
                names, titled, title_start = [], False, None
                k += 1
                continue
            low = t.low
            if self._title_at(k) and not (names and (low in words.org or low in words.place)) \
                    and not (low in words.stop and title_start is None) and not self._org_next(k, j) \
                    and not (k + 1 < j and toks[k + 1].low in words.org and not self._title_at(k + 1)):
                # ("Delta Air Lines" is no title; "Chief Financial Officer" is)
                self._flush(names, titled)
                names, titled = [], True
                title_start = k if title_start is None else title_start
                k += 1
                if k < j and toks[k].text == ".":
                    k += 1
                continue
            if low in words.org or low in words.place:
                first = names[0] if names else (title_start if title_start is not None else k)
                end = k + 1
                while end < j and (toks[end].low in words.org or toks[end].low in words.place):
                    end += 1
                m = end  # "Federal Motor Transport Authority": name words, then another organisation word
                while m < j and (self._is_name_word(toks[m]) or toks[m].low in words.org or toks[m].low in words.place
                                 or (toks[m].low in self.titles and not self._title_at(m))):
                    if toks[m].low in words.org or toks[m].low in words.place:
                        end = m + 1
                    m += 1
                kind = "ORG" if toks[end - 1].low in words.org else "PLACE"
                if kind == "ORG" and end == j and (after := self._of_name(j)) > j:
                    self._emit(first, after, kind, self.aliases.canonical(self._span(first, after)))
                    return after  # "Bank of Canada", "Ministry of the Interior"
                self._emit(first, end, kind, self.aliases.canonical(self._span(first, end)))
                names, titled, title_start = [], False, None
                k = end
                continue
            if (low in words.stop or low in words.notname or not t.text[0].isalpha()
                    or (is_acronym(t.text) and len(t.text) > _MAX_ACRONYM)) \
                    and not (names and low in _NAME_MONTHS) \
                    and not (low in _FIRST_NAME_MONTHS and k + 1 < j and self._is_name_word(toks[k + 1])):
                self._flush(names, titled)
                names, titled, title_start = [], False, None
                k += 1
                continue
            if is_acronym(t.text) and not names and not (
                    len(t.text) == 2 and k + 1 < j and self._is_name_word(toks[k + 1]) and (titled or k + 2 == j)):
                # "JD Vance", "Vice President JD Vance": initials opening a person's name, no organisation
                self._emit(k, k + 1, "ORG", self.aliases.canonical(t.text))
                titled, title_start = False, None
                k += 1
                continue
            names.append(k)
            title_start = None
            k += 1
        self._flush(names, titled)
        return max(k, j)

    def _title_at(self, k: int) -> bool:
        """Is token ``k`` a title word here: a title of its own, inside a longer title the text spells out
        ("Chief Financial Officer"), or before a title ("Foreign Secretary")? "European" in "the European Space
        Agency" is none, though "European affairs minister" is a title."""
        toks, low = self.toks, self.toks[k].low
        single, holding = title_phrases()
        if low in single:
            return True
        if low not in self.titles:
            return False
        for phrase in holding.get(low, ()):
            for at, word in enumerate(phrase):
                first = k - at
                if word == low and first >= 0 and first + len(phrase) <= len(toks) \
                        and all(toks[first + m].low == w for m, w in enumerate(phrase)):
                    return True
        return k + 1 < len(toks) and toks[k + 1].low in self.titles

    def _of_name(self, j: int) -> int:
        """After an organisation word ending a run at ``j``: the end of "of [the] <Name>", else ``j``."""
        toks = self.toks
        m = j + 1
        if j >= len(toks) or toks[j].low != "of":
            return j
        if m < len(toks) and toks[m].low == "the":
            m += 1
        if m < len(toks) and is_capitalized(toks[m].text) and toks[m].low not in self.words.stop \
                and toks[m].low not in self.words.notname:
            known = self._known(m)
            if known:
                return known[0]  # "Bank of England Governor Andrew Bailey": the bank ends with England
            end, k = self._run_end(m), m
            while k < end and not (self._title_at(k) and k + 1 < end):  # a title before a name ends it
                k += 1
            return k if k > m else j
        return j

    def _org_next(self, k: int, j: int) -> bool:
        """A title word that itself ends an organisation's name ("... Defence Force")."""
        low = self.toks[k].low
        return (low in self.words.org or low in self.words.place) and (k + 1 >= j or not is_capitalized(
            self.toks[k + 1].text)) and k > 0 and is_capitalized(self.toks[k - 1].text)

    def _settlement_before(self, k: int) -> str | None:
        """CITY or PLACE when "city of", "town of", "region of" ... stands right before token ``k``."""
        if k < 2 or self.toks[k - 1].low != "of":
            return None
        return _SETTLEMENTS.get(self.toks[k - 2].low)

    def _is_name_word(self, t: Token) -> bool:
        low, words = t.low, self.words
        return (t.text[0].isupper() and all(ch.isalpha() or ch in "-'’" for ch in t.text)
                and not is_acronym(t.text) and low not in words.stop and low not in words.notname
                and low not in words.org and low not in words.place and low not in self.titles
                and self.aliases.lookup(low) is None)

    def _org_end(self, k: int, j: int) -> int:
        """After a known name ending at ``k``: the end of "[Name ...] <org word>" ("Washington Post"), else k."""
        words, toks = self.words, self.toks
        end = k
        while end < j and self._is_name_word(toks[end]):
            end += 1
        if end < j and toks[end].low in words.org:
            while end < j and toks[end].low in words.org:
                end += 1
            return end
        return k

    def _compound(self, k: int) -> bool:
        """"US-led", "French-brokered": the known name before the hyphen is an entity of its own."""
        t = self.toks[k]
        head, _, tail = t.text.partition("-")
        hit = self.aliases.lookup(key_of(head), head)
        if not hit or not tail[:1].islower():
            return False
        kind, canonical = hit
        self.out.append(Entity(t.start, t.start + len(head), head, canonical,
                               "COUNTRY" if kind == "DEMONYM" else kind))
        return True

    def _home_after(self, k: int) -> bool:
        """Is token ``k`` the start of where someone is from ("a retired schoolteacher from Kangaroo Flat",
        "a 45-year-old from Golden Square")?"""
        if k < 2 or self.toks[k - 1].low != "from":
            return False
        before = self.toks[k - 2].low
        return before in self.words.resident or before.endswith("-old")

    def _flush(self, names: list[int], titled: bool) -> None:
        if not names:
            return
        if len(names) >= 2:
            # No one's name follows "the" right away: "the Royal Albert Hall", "the Rolling Stones" are no person.
            after_the = not titled and names[0] > 0 and self.toks[names[0] - 1].low == "the"
            first, last = self.toks[names[0]].low, self.toks[names[-1]].low
            kind = "EVENT" if first in self.words.event or last in self.words.event \
                else "DOCUMENT" if last in self.words.document else "ORG" if after_the \
                else "PLACE" if not titled and (first in self.words.place_start or self._home_after(names[0])) \
                else "PERSON"
            self._emit(names[0], names[-1] + 1, kind,
                       self.aliases.canonical(self._span(names[0], names[-1] + 1)))
            return
        t = self.toks[names[0]]
        full = self.people.get(t.low) or (self.people.get(FIRST_NAME + t.low) if titled else None)  # "Sir Keir"
        settlement = self._settlement_before(names[0])
        if settlement:  # "the town of Lyman"
            self._emit(names[0], names[0] + 1, settlement, self.aliases.canonical(t.text))
        elif full:
            self._emit(names[0], names[0] + 1, "PERSON", full)
        elif titled:
            self._emit(names[0], names[0] + 1, "PERSON", self.aliases.canonical(t.text))
