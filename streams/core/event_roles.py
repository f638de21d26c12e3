"""Who and where, for one sentence: triggers, clauses, clause subjects, a noun's own agent, objects, places.

``SentenceRoles`` reads a sentence once (tokens, entities, triggers, clauses); ``events.py`` asks it, for each
date in the sentence, which trigger the date belongs to (``event_anchors.py``) and who took part where
(here and ``event_places.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .agencies import agency_of
from .clauses import PRONOUNS, Segmentation, is_auxiliary, past_form, segment
from .entities import FIRST_NAME, AliasTable
from .event_kinds import DETERMINERS, Trigger, find_triggers, lexicon
from .event_lenders import settle_triggers
from .event_anchors import FRAMES, AnchorRoles
from .event_places import AGENT_AFTER, LOCATIVE, PARTNERS, PLACE_KINDS, PlaceRoles
from .tokens import POSSESSIVE, Token, tokenize
from .types import Entity

__all__ = ["ArticleMemory", "SentenceRoles", "LOCATIVE"]

_FRONTED_PREPS = frozenset("in during after before on at amid despite following under with since by throughout "
                            "within across over".split())
_OBJECT_WINDOW = 8
# How many of an article's first names say what it is about (the lead's, mostly).
CONTEXT_NAMES = 8
_CONTEXT_TIERS = ({"PERSON", "ORG"}, {"CITY", "PLACE"}, {"COUNTRY"})


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}


def _note_name(names: dict[str, str], e: Entity) -> None:
    """Keep ``e`` among an article's first names, unless it is a news agency (a wire's name says who wrote it)."""
    if len(names) < CONTEXT_NAMES and agency_of(e.canonical) is None:
        names.setdefault(e.canonical, e.kind)


@dataclass
class ArticleMemory:
    """What an article has said so far: full names by surname, the last person, the last subject, cities,
    and its first names (what it is about)."""

    people: dict[str, str] = field(default_factory=dict)  # folded surname (or FIRST_NAME + first name) -> full name
    last_person: str | None = None
    last_subject: tuple[str, ...] = ()
    cities: list[str] = field(default_factory=list)  # every mention of a city so far, in order
    names: dict[str, str] = field(default_factory=dict)  # the first CONTEXT_NAMES names -> their kind, in order
    recent_people: dict[str, None] = field(default_factory=dict)  # the people named so far, the latest last
    pronoun_of: dict[str, str] = field(default_factory=dict)  # person -> "he" or "she", as the article refers to them
    topic: str | None = None  # the person the last sentence that spoke of one spoke of first, by name or pronoun

    def context(self, entities: Sequence[Entity] = ()) -> tuple[str, ...]:
        """Whom an unnamed clause is about: the people and bodies the article named so far (its lead's first),
        then those of ``entities``; else its cities and places, else its countries. Many stories share a city or
        a country, few share a person."""
        names = dict(self.names)
        for e in entities:
            _note_name(names, e)
        for tier in _CONTEXT_TIERS:
            found = tuple(name for name, kind in names.items() if kind in tier)
            if found:
                return found
        return ()

    def observe(self, entities: Sequence[Entity], sentence: str) -> None:
        """Note a sentence's names, and which of its people its "he" and "she" words refer to."""
        mentions = [(e.start, e.canonical) for e in entities if e.kind == "PERSON"]
        resolved: set[str] = set()  # a sentence's later "her" is its first "she": one referent per gender
        for m in _PERSONAL_PRONOUN.finditer(sentence):
            gender = _GENDER[m.group(0).lower()]
            if gender in resolved:
                continue
            resolved.add(gender)
            person = self.referent_at(sentence, entities, m.start(), gender)
            if person is not None:
                self.pronoun_of.setdefault(person, gender)
                mentions.append((m.start(), person))
        if mentions:
            self.topic = min(mentions)[1]
        for e in entities:
            _note_name(self.names, e)
            if e.kind == "PERSON":
                parts = e.canonical.split()
                if len(parts) >= 2:  # a bare surname is the first person of that name: news names kin in full
                    self.people.setdefault(tokenize(parts[-1])[0].low, e.canonical)
                    self.people.setdefault(FIRST_NAME + tokenize(parts[0])[0].low, e.canonical)
                self.last_person = e.canonical
                self.recent_people.pop(e.canonical, None)
                self.recent_people[e.canonical] = None
            elif e.kind == "CITY" and len(self.cities) < 200:
                self.cities.append(e.canonical)

    def referent_at(self, sentence: str, entities: Sequence[Entity], at: int, gender: str,
                    skip: frozenset[int] = frozenset()) -> str | None:
        """Whom the "he" or "she" word at ``at`` in ``sentence`` refers to: what the sentence's first word of
        that gender refers to ("she went back to the stage and played Mistress Quickly, which earned her ...").
        ``skip``: indexes of ``entities`` it cannot refer to."""
        first = next((m.start() for m in _PERSONAL_PRONOUN.finditer(sentence, 0, at)
                      if _GENDER[m.group(0).lower()] == gender), at)
        before = [e.canonical for i, e in reversed(list(enumerate(entities)))
                  if e.kind == "PERSON" and e.end <= first and i not in skip]
        return self.referent(gender, before)

    def referent(self, gender: str, before: Sequence[str] = ()) -> str | None:
        """Whom a "he" or "she" refers to: the nearest person named before it in its sentence (``before``, the
        nearest first) whom the article has not called the other; else the person the sentence before spoke of
        first, if not called the other; else the latest person it has called so; else the latest person it has
        not called the other."""
        for person in before:
            if self.pronoun_of.get(person, gender) == gender:
                return person
        if self.topic is not None and self.pronoun_of.get(self.topic, gender) == gender:
            return self.topic
        for person in reversed(self.recent_people):
            if self.pronoun_of.get(person) == gender:
                return person
        for person in reversed(self.recent_people):
            if person not in self.pronoun_of:
                return person
        return None


class SentenceRoles(AnchorRoles, PlaceRoles):
    def __init__(self, sentence: str, entities: Sequence[Entity], date_spans: Sequence[tuple[int, int]],
                 aliases: AliasTable, memory: ArticleMemory) -> None:
        self.text = sentence
        self.entities = list(entities)
        self.aliases = aliases
        self.memory = memory
        self.lex = lexicon()
        toks = self.toks = tokenize(sentence)
        self._ends = [t.end for t in toks]
        self.entity_of: list[int | None] = [None] * len(toks)
        for idx, e in enumerate(self.entities):
            for k in self._covered(e.start, e.end):
                self.entity_of[k] = idx
        self.dated = {k for a, b in date_spans for k in self._covered(a, b)}
        named = {k for k, e in enumerate(self.entity_of) if e is not None}
        adjectival = {k for k in named if self.is_demonym(self.entity_of[k])}
        heads = set()  # a named document dated where it is named: "the Paris Agreement of 2015", "the 1998 Act"
        for e in self.entities:
            span = self._covered(e.start, e.end)
            dated_after = span.stop + 1 < len(toks) and toks[span.stop].low == "of" and span.stop + 1 in self.dated
            if e.kind == "DOCUMENT" and len(span) and (dated_after or span.start - 1 in self.dated):
                heads.add(span.stop - 1)
        self.triggers = find_triggers(toks, named | self.dated, adjectival, self.dated, heads)
        self.seg: Segmentation = segment(toks, self.triggers, self.dated, named)
        self.triggers = settle_triggers(self.triggers, toks, self.seg, [e is not None for e in self.entity_of],
                                        self.lex, self.dated)
        self.clause_of_trigger = [self.seg.of_token[t.start] for t in self.triggers]
        self.trigger_starts = {t.start for t in self.triggers}
        self.verb_starts = {t.start for t in self.triggers if t.is_verb}
        self._verb_or_aux = self.verb_starts | {k for k, t in enumerate(toks) if is_auxiliary(t)}
        units, run = [0], 0
        for k in range(len(toks)):  # tokens counted with each name as one
            run += 0 if k and self.entity_of[k] is not None and self.entity_of[k] == self.entity_of[k - 1] else 1
            units.append(run)
        self._units = units

    def token_at(self, char: int) -> int:
        """The first token ending after character ``char``."""
        return min(bisect_right(self._ends, char), len(self.toks) - 1)

    def _covered(self, start: int, end: int) -> range:
        first = bisect_right(self._ends, start)
        last = first
        while last < len(self.toks) and self.toks[last].start < end:
            last += 1
        return range(first, last)

    # -- which trigger a date belongs to -------------------------------------------------------------------
    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        ks = self._covered(start, end)
        return (ks.start, ks.stop) if len(ks) else None

    def _np_start(self, k: int) -> int:
        """Start of the noun phrase ending at token ``k``: back over modifiers, names and a determiner."""
        toks = self.toks
        i = k
        while i > 0 and k - i < 6:
            prev = toks[i - 1]
            if prev.low in DETERMINERS or prev.low in ("his", "her", "their", "its"):
                return i - 1
            if prev.low == POSSESSIVE or self.entity_of[i - 1] is not None or (
                    prev.text[:1].islower() and prev.text.isalpha() and prev.low not in LOCATIVE
                    and prev.low not in FRAMES and prev.low not in ("of", "for", "and", "that")
                    and (i - 1) not in self._verb_or_aux
                    and not (prev.low.endswith(("ed", "ing")) and self.entity_of[i] is not None)):  # "studied Peru's"
                i -= 1
                continue
            break
        return i

    # -- who --------------------------------------------------------------------------------------------------
    def actor_name(self, idx: int) -> str | None:
        """The name an entity acts under: "the Kremlin" and "Moscow" act as Russia; a plain place is no actor."""
        e = self.entities[idx]
        acting = self.aliases.acts_as(e.canonical)
        if acting:
            return acting
        return e.canonical if e.kind in ("PERSON", "ORG", "COUNTRY") else None

    def located_actor(self, idx: int) -> bool:
        """An actor that sits somewhere known (a capital, "the White House"): no dateline place for it."""
        return self.aliases.acts_as(self.entities[idx].canonical) is not None

    def _names(self, ks, skip_places: bool = True) -> list[str]:
        out: list[str] = []
        seen: set[int] = set()
        for k in ks:
            idx = self.entity_of[k]
            if idx is None or idx in seen:
                continue
            seen.add(idx)
            if self._compound_modifier(idx):
                continue
            if skip_places and self.preposition_before(idx) is not None:
                continue
            name = self.actor_name(idx)
            if name and name not in out:
                out.append(name)
        return out

    def _compound_modifier(self, idx: int) -> bool:
        e = self.entities[idx]
        return self.text[e.end:e.end + 1] == "-"  # "US-led"

    def subject(self, cid: int, depth: int = 0) -> list[str]:
        """Who the clause is about: names before its verb, a relative clause's antecedent, or inherited."""
        seg = self.seg
        c = seg.clauses[cid]
        if depth > 6:
            return []
        if c.kind == "rel" and c.opener in ("who", "which", "whose") and c.antecedent:  # "whom" has its own
            names = self._names(range(*c.antecedent))
            return names or (self.subject(c.parent, depth + 1) if c.parent is not None else [])
        if c.kind == "part" and c.parent is not None:
            return self.subject(c.parent, depth + 1)
        ks = seg.tokens(cid)
        if c.kind == "attrib":
            region = ks
        else:
            region = []
            for k in ks:
                if k in self._verb_or_aux or (region and self._bare_verb(k)):
                    break
                region.append(k)
            if c.kind == "sub" and region and self.toks[region[0]].low == c.opener:
                region = region[1:]  # "when it annexed Crimea"
            region = self._without_fronted_phrases(region)
        names = self._names(region)
        if not names:
            names = self._pronoun(region[:3] if region else [], cid, depth)
        bare = [k for k in region if k not in self.dated and not (k + 1 in self.dated and self.toks[k].low in (
            "in", "on", "at", "early", "late", "last", "this", "next"))]  # "and in August signed": no subject
        if not names and c.parent is not None and c.kind in ("coord", "sub") and len(bare) <= 1:
            names = self.subject(c.parent, depth + 1)  # "..., but vowed to ...": the same subject
        return names

    def _bare_verb(self, k: int) -> bool:
        """A past verb the vocabulary does not know, after a noun ("engineers laid a line"), which ends the
        subject as a trigger would; not a participle before its noun ("the proposed law", "newly elected")."""
        before = self.toks[k - 1]
        return past_form(self.toks[k]) and before.text[:1].isalpha() and before.low not in DETERMINERS \
            and not before.low.endswith("ly") and before.low not in PRONOUNS and before.low not in ("and", "or")

    def _without_fronted_phrases(self, region: list[int]) -> list[int]:
        """The subject's words, less the phrases set off by commas before it that a preposition opens ("In 1942,
        during the Second World War, British engineers laid ..."): a time or a setting, no one who acted."""
        chunks: list[list[int]] = [[]]
        for k in region:
            if self.toks[k].text == ",":
                chunks.append([])
            else:
                chunks[-1].append(k)
        if len(chunks) < 2:
            return region
        kept = [chunk for chunk in chunks[:-1] if not chunk or self.toks[chunk[0]].low not in _FRONTED_PREPS]
        return [k for chunk in kept + chunks[-1:] for k in chunk] if chunks[-1] else region

    def _pronoun(self, region: Sequence[int], cid: int, depth: int) -> list[str]:
        for k in region:
            low = self.toks[k].low
            if low in ("he", "she", "his", "her"):
                person = self._person_before(k)
                return [person] if person else []
            if low in ("they", "their") or (low in ("it", "its") and self.seg.clauses[cid].kind == "sub"):
                main = self._governing(cid)
                if main is not None and main != cid:
                    return self.subject(main, depth + 1)
                return list(self.memory.last_subject)
            if low in ("i", "we") and self.seg.clauses[cid].kind == "quote":
                return self._speaker(depth)
        return []

    def _person_before(self, k: int) -> str | None:
        """Whom the "he", "she", "his" or "her" at token ``k`` refers to: not the person a relative clause hangs
        on ("Siobhán Kelly, whom he married")."""
        clause = self.seg.clauses[self.seg.of_token[k]]
        held = range(*clause.antecedent) if clause.kind == "rel" and clause.antecedent else range(0)
        skip = frozenset(self.entity_of[j] for j in held if self.entity_of[j] is not None)
        return self.memory.referent_at(self.text, self.entities, self.toks[k].start, _GENDER[self.toks[k].low],
                                       skip)

    def _governing(self, cid: int) -> int | None:
        c = self.seg.clauses[cid]
        while c.parent is not None:
            c = self.seg.clauses[c.parent]
        return c.id

    def _speaker(self, depth: int) -> list[str]:
        for t, c in zip(self.triggers, self.clause_of_trigger):
            if t.kind == "statement" and t.is_verb and self.seg.clauses[c].kind != "quote":
                return self.subject(c, depth + 1)
        return [self.memory.last_person] if self.memory.last_person else []

    def own_agents(self, t: Trigger) -> list[str]:
        """A noun's own doer: "Poland's call", "a Polish call", "an emergency NATO meeting", "a visit by X"."""
        if t.is_verb:
            return []
        toks, out = self.toks, []
        k = self._np_start(t.start)
        for i in range(k, t.start):
            idx = self.entity_of[i]
            if idx is not None:
                name = self.actor_name(idx)
                if name and name not in out:
                    out.append(name)
            elif toks[i].low in ("his", "her"):
                person = self._person_before(i)
                if person:
                    out.append(person)
            elif toks[i].low in ("its", "their"):
                out += [n for n in self.subject(self.seg.of_token[i]) if n not in out]
        j = t.end
        while j < len(toks) and j - t.end < 3 and toks[j].low not in AGENT_AFTER and toks[j].text[0].isalpha() \
                and self.entity_of[j] is None and j not in self.dated:
            j += 1
        if j + 1 < len(toks) and toks[j].low in AGENT_AFTER:
            out += [n for n in self._names(self._entity_run(j + 1), skip_places=False) if n not in out]
        return out

    def _entity_run(self, j: int) -> list[int]:
        ks = []
        while j < len(self.toks) and (self.entity_of[j] is not None or self.toks[j].low in DETERMINERS):
            ks.append(j)
            j += 1
        return ks

    def objects(self, t: Trigger, cid: int) -> tuple[list[str], list[str]]:
        """(actors, places) named right after a trigger: "attacked Ukraine", "met with X", "sanctions on Y"."""
        toks = self.toks
        verb = t.is_verb
        later = [x.start for x in self.triggers if x.start >= t.end]
        stop = min([t.end + _OBJECT_WINDOW, len(toks), *later])
        actors: list[str] = []
        places: list[str] = []
        seen: set[int] = set()
        for k in range(t.end, stop):
            if self.seg.of_token[k] != cid or toks[k].text in (",", ";", ":"):
                break
            idx = self.entity_of[k]
            if idx is None or idx in seen or self._compound_modifier(idx):
                continue
            seen.add(idx)
            prep = self.preposition_before(idx, any_preposition=True)
            if prep in AGENT_AFTER or (prep in LOCATIVE and prep != "on"):
                continue
            if prep is not None and prep not in PARTNERS:
                continue
            if prep == "of" and verb:
                continue
            target_only = False
            if prep is None and not verb and not self._after_partner(k, t.end):
                if k - t.end > 1:
                    continue
                target_only = True  # "air strikes hit Gaza": the place hit, not a party
            e = self.entities[idx]
            if self.lex.has(t.kind, "target") and e.kind in PLACE_KINDS and not self.is_demonym(idx):
                places.append(e.canonical)
            if self.lex.has(t.kind, "objects") and e.kind not in ("CITY", "PLACE") and not target_only:
                name = self.actor_name(idx)
                if name and name not in actors:
                    actors.append(name)
        return actors, places

    def _after_partner(self, k: int, start: int) -> bool:
        return any(self.toks[i].low in PARTNERS for i in range(start, k))

    def pronoun_subject(self, cid: int) -> bool:
        return any(self.toks[k].low in PRONOUNS for k in self.seg.tokens(cid)[:2])

    def tokens_of(self, cid: int) -> list[Token]:
        return [self.toks[k] for k in self.seg.tokens(cid)]
