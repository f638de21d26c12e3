"""Where, for one sentence: the places a trigger's locative phrases name, and "the city" it refers back to.

A mixin of ``SentenceRoles`` (``event_roles.py``), which supplies tokens, entities, clauses and triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from .event_kinds import DETERMINERS, Trigger
from .name_data import gazetteer
from .tokens import key_of

__all__ = ["PlaceRoles", "LOCATIVE", "PARTNERS", "AGENT_AFTER", "PLACE_KINDS"]

LOCATIVE = frozenset("in at to into near outside inside across throughout toward towards around within over via "
                     "onto".split())
PARTNERS = frozenset({"with", "against", "on", "between", "and", "including", "of"})
AGENT_AFTER = frozenset({"by", "from"})
PLACE_KINDS = frozenset({"CITY", "COUNTRY", "PLACE"})
_PLACE_NOUNS = frozenset("city town village region capital port province district outskirts suburbs suburb "
                         "oblast area areas republic coast coastline part parts centre center heart north south east "
                         "west shores island islands county state".split())
# Nouns that refer back to a city named before ("visited the city", "in the same port").
_ANAPHOR_NOUNS = frozenset("city town port capital village".split())


class PlaceRoles:
    # -- where ------------------------------------------------------------------------------------------------
    def preposition_before(self, idx: int, any_preposition: bool = False) -> str | None:
        """The preposition governing an entity ("in Brussels", "to the Polish capital Warsaw"), if any.

        Between the two may stand a determiner and modifiers, never a word before a determiner: in "to back a
        Polish call" the "to" governs a verb, not the name.
        """
        toks = self.toks
        e = self.entities[idx]
        k = self.token_at(e.start)
        i, steps, after_determiner = k - 1, 0, False
        while i >= 0 and steps < 5:
            low = toks[i].low
            if low == "of" and i > 0 and toks[i - 1].low in _PLACE_NOUNS:
                i -= 2
                steps += 1
                continue
            if low in LOCATIVE or (any_preposition and low in PARTNERS | AGENT_AFTER | {"of", "for", "about"}):
                return low
            if low in ("of", "from", "by", "for", "with", "about", "against", "on", "between"):
                return low if any_preposition else None
            if after_determiner:
                return None
            if low in DETERMINERS or low in ("his", "her", "their", "its"):
                after_determiner = True
                i -= 1
                continue
            if toks[i].text[:1].isalpha() and (self.entity_of[i] is not None or toks[i].text[:1].islower()) \
                    and i not in self._verb_or_aux and i not in self.trigger_starts:
                i -= 1
                steps += 1
                continue
            return None
        return None

    def is_demonym(self, idx: int) -> bool:
        """A country named by its adjective ("a Polish call"): an actor, never a place."""
        entry = gazetteer().get(key_of(self.entities[idx].text))
        return entry is not None and entry.kind == "DEMONYM"

    def places_of(self, hosts: Sequence[Trigger], cid: int) -> list[str]:
        """Places in locative phrases that belong to one of ``hosts`` (each phrase belongs to the nearest
        trigger before it in the clause, or after it when none comes before)."""
        out: list[str] = []
        clause_trigs = self.clause_triggers(cid)
        for idx, e in enumerate(self.entities):
            if e.kind not in PLACE_KINDS:
                continue
            k = self.token_at(e.start)
            if self.seg.of_token[k] != cid or self.is_demonym(idx) or self.preposition_before(idx) not in LOCATIVE:
                continue
            before = [t for t in clause_trigs if t.end <= k]
            host = before[-1] if before else next((t for t in clause_trigs if t.start > k), hosts[0] if hosts else None)
            if host in hosts and e.canonical not in out:
                out.append(e.canonical)
        return out

    def located(self, cid: int) -> list[str]:
        """Places in the locative phrases of clause ``cid``, whatever they belong to."""
        out: list[str] = []
        for idx, e in enumerate(self.entities):
            if e.kind in PLACE_KINDS and self.seg.of_token[self.token_at(e.start)] == cid and not self.is_demonym(idx) \
                    and self.preposition_before(idx) in LOCATIVE and e.canonical not in out:
                out.append(e.canonical)
        return out

    def where_antecedent(self, cid: int) -> list[str]:
        c = self.seg.clauses[cid]
        if c.kind != "rel" or c.opener != "where" or not c.antecedent:
            return []
        return [self.entities[i].canonical for i in sorted({self.entity_of[k] for k in range(*c.antecedent)
                                                            if self.entity_of[k] is not None})
                if self.entities[i].kind in PLACE_KINDS]


    def place_anaphor(self, hosts: Sequence[Trigger], cid: int) -> tuple[int, int, str | None] | None:
        """A phrase such as "the city", "the same port", "the Polish port city" where a host happened (after a
        locative preposition, or right after a host with the target flag): tokens ``[a, b)`` and the country a
        demonym in it names, or None. It names no place of its own ("the city of Lviv" is a name)."""
        toks = self.toks
        starts = {h.end for h in hosts if h.is_verb and self.lex.has(h.kind, "target")}
        ks = self.seg.tokens(cid)
        for k in ks:
            if toks[k].low != "the" or not (k in starts or (k > 0 and toks[k - 1].low in LOCATIVE)):
                continue
            country = None
            j = k + 1
            while j < len(toks) and j - k <= 4 and toks[j].low not in _ANAPHOR_NOUNS:
                idx = self.entity_of[j]
                if idx is not None and self.is_demonym(idx):
                    country = self.entities[idx].canonical
                elif idx is not None or not toks[j].text[:1].islower() or not toks[j].low.isalpha():
                    break
                j += 1
            if j >= len(toks) or toks[j].low not in _ANAPHOR_NOUNS:
                continue
            end = j + 1
            if end < len(toks) and toks[end].low in _ANAPHOR_NOUNS:
                end += 1  # "port city"
            if end < len(toks) and (toks[end].low == "of" or self.entity_of[end] is not None):
                continue
            host = max((h for h in hosts if h.end <= k), key=lambda h: h.end, default=None)
            if host is None or any(t.end <= k and t.start >= host.end for t in self.triggers if t not in hosts):
                continue  # the phrase belongs to another trigger
            return k, end, country
        return None
