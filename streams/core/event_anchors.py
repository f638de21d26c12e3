"""Which trigger a date belongs to: the nearest one of its clause, what governs an event noun, what frames
it, and what an outcome names as its cause. A mixin of ``SentenceRoles`` (``event_roles.py``), which supplies
tokens, clauses, triggers and ``_np_start``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import AUXILIARIES, PRONOUNS, is_auxiliary, past_form, past_participle
from .event_kinds import (ADJECTIVE_TOO, COPULAS, DETERMINERS, INTENT_VERBS, MODALS, NO_KIND, OTHER_KIND,
                          POSSESSIVE_PRONOUNS, Trigger, preposition_before_date)
from .tokens import POSSESSIVE, Token, is_capitalized

__all__ = ["AnchorRoles", "FRAMES", "opens_predicate"]

FRAMES = frozenset({"during", "amid", "amidst", "throughout"})
# A noun after one of these, after the date, tells the purpose or topic of what went before ("arrived in
# Bucharest on Wednesday for talks"), so it dates less readily than the verb before the date.
_PURPOSE = frozenset({"for", "with", "over", "about", "against", "to", "on"})
_COORDINATORS = frozenset({"and", "but", "then", "or"})
# Prepositions a verb governs an event noun through: "protested against the deal", "agreed to a truce".
_GOVERNING = frozenset({"against", "over", "about", "for", "on", "to", "into", "with", "of", "at", "in", "outside",
                        "near", "by"})
# What an outcome's cause follows: "rose after an outage", "killed in an attack", "died amid shelling".
_CAUSE_OPENERS = frozenset({"after", "following", "amid", "when", "as", "because", "in", "during", "by"})
# Kinds that are something said or decided, which can happen in a statement or at a meeting.
_ACT_KINDS = frozenset({"statement", "proposal", "refusal", "decision", "agreement", "vote", "sanction",
                        "appointment", "resignation"})
_FRAME_OF = frozenset({"sidelines", "margins", "course"})
# Openers of a clause that happens at the time of the clause it hangs on ("while he was in Paris on Monday").
_AT_THE_TIME = frozenset({"when", "while", "as", "once"})
_STARTING = frozenset({"starting", "beginning", "commencing"})
_STARTING_WORDS = _STARTING | {"on", "in", "from", "at"}
_NP_OPENERS = DETERMINERS | POSSESSIVE_PRONOUNS | {POSSESSIVE}
# Verbs that tell a state or a figure, not something that happened: "stood at 5% in May".
_STATE_VERBS = frozenset("be been being was were had stood remained stayed seemed totalled totaled numbered amounted "
                         "lived belonged owned contained included comprised cost".split())
_FUTURE_MODALS = frozenset({"will", "would", "shall"})
# "should" of what is expected, not of what ought to be: "should reach the quay in late 2026", "the images should be
# downloaded in early April" (but "consumers should unplug the heaters", "should prepare for more storms")
_EXPECTED_AFTER_SHOULD = frozenset({"reach", "arrive", "open", "reopen", "start", "begin", "become", "finish", "end",
                                    "resume", "land", "return", "peak", "close", "take", "come", "follow"})
_SCHEDULED_TO = (COPULAS - {"be"}) | {"due"}  # "is to begin", "due to open"
_PREPOSITION_OPENERS = frozenset({"after", "before", "following"})  # may open a phrase, not a clause
_JOINERS = frozenset({"and", "or", "but", "nor"})
_NOT_A_SUBJECT = frozenset({"this", "that", "there", "which", "what", "who"})  # "which is Friday"
# "-ing" words that open no predicate of their own after a comma: "..., following talks on Monday", "starting
# on Monday" (the start of something under way)
_NOT_GERUND_VERBS = frozenset("following starting beginning including according regarding concerning excluding "
                              "during pending notwithstanding".split())
_MAX_OBJECT = 6  # words between a verb of intent and the "to" of what it looks to
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
_PARTICIPLE_AUXILIARIES = AUXILIARIES - MODALS  # "was first detected", "has been held"
_ADVERBS_IN_VERB = frozenset("not n't never first last also already just then still later since previously recently "
                              "reportedly officially finally".split())
# words after "and <date>" that go on the phrase ("between June and July from ...") rather than open a predicate
_NOT_A_PREDICATE = _GOVERNING | _COORDINATORS | _AT_THE_TIME | frozenset(
    "respectively alone too again before after until till from through since between late early last this next "
    "mid".split())
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_PLANNED = frozenset("due set scheduled expected slated planned poised going about".split())  # before "to be"
_INTRO_PREPOSITIONS = frozenset("for in on at with under despite amid after before since during".split())
_SUBJECT_LEADS = frozenset("then now before after when until once as and but".split())
_PARTICLES = frozenset("up down out off back away over through".split())
_PREPOSITIONS_OF_TIME = frozenset("in during at on".split())  # "the 1998 race, in which six sailors died"
# after "companies and consortiums": the two nouns are one object, and no second clause has begun
_PLACE_OR_TIME_PREPOSITIONS = frozenset("in on at from during across around near".split())
_ING_OPENERS = frozenset({"before", "after", "while", "since", "by", "without", "despite", "when"})
_SPAN_JOINERS = frozenset({"to", "and", "-", "–", "—", "through", "until", "till"})
_GERUND_OPENERS = frozenset({"before", "after", "since", "upon"})  # a gerund of its own time: "before moving in 2014"
_NOT_AFTER = _NP_OPENERS | {"of", "to", "for", "with", "by", "in", "on", "at", "from", "as", "than", "so-called"}


_SENTENCE_STOPS = frozenset('.!?"”’')  # a headline ends with none


class AnchorRoles:
    def _dated_by_possessor(self, t: Trigger, a: int, b: int) -> bool:
        """Is noun ``t`` dated by a possessive date other than tokens ``[a, b)`` ("last week's vote")?"""
        if t.is_verb:
            return False
        toks, k = self.toks, t.start - 1
        while k > 0 and t.start - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower():
            k -= 1
        return k > 0 and toks[k].low == POSSESSIVE and k - 1 in self.dated and not a <= k - 1 < b

    def _dated_by_of(self, t: Trigger, a: int, b: int) -> bool:
        """Is noun ``t`` dated by an "of" date right after it other than tokens ``[a, b)`` ("during the blizzard
        of New Year's Eve 1978", "the floods of 2019")?"""
        k, toks = t.end, self.toks
        if t.is_verb or k + 1 >= len(toks) or toks[k].low != "of" or k + 1 not in self.dated or a <= k + 1 < b:
            return False
        between = range(k + 2, a) if k + 1 < a else range(b, k + 1)
        # "the civil war of 1967 to 1970": one span, whose end is the war's too
        return not all(j in self.dated or toks[j].low in _SPAN_JOINERS for j in between)

    def _other_predicate_between(self, t: Trigger, a: int) -> bool:
        """Does a second predicate with no trigger stand between trigger ``t``, dated by a date of its own, and a
        date at ``a`` ("won a Tony in 1969 and received an Oscar in 2011": 2011 is no date of the winning; "resigned
        and fled the country on Monday" dates both)?"""
        if t.end > a:
            return False
        starts, toks, dated = self.trigger_starts, self.toks, self.dated
        return any(toks[k].low == "and" and (verb := self._verb_after(k)) is not None and verb not in starts
                   and any(j in dated for j in range(t.end, k))
                   and not any(t.end <= s < a for s in starts if s > k) for k in range(t.end, a - 1))

    def _verb_after(self, k: int) -> int | None:
        """The verb of a predicate right after token ``k``, after any auxiliaries and adverbs: a past one ("and
        fled", "and was sold", "and has since closed"), one after a modal ("and will reach") or a verb of intent
        ("and expects the reactor to reach"), else None."""
        toks, j = self.toks, k + 1
        if j < len(toks) and toks[j].low in INTENT_VERBS and j not in self.dated:
            return j
        modal = j < len(toks) and toks[j].low in MODALS and is_auxiliary(toks[j])
        j += modal
        while j < len(toks) and (toks[j].low in _PARTICIPLE_AUXILIARIES or toks[j].low in _ADVERBS_IN_VERB):
            j += 1
        if j == len(toks) or j in self.dated or not toks[j].text[:1].isalpha():
            return None
        return j if modal or past_form(toks[j]) or (j > k + 1 and past_participle(toks[j])) else None

    def participle_dated_before_verb(self, a: int, b: int) -> int | None:
        """The past participle right before a date at ``[a, b)`` that tells of the noun before it, when the
        sentence's own verb follows the date ("the bridge built in 1932 collapsed on Monday", "a law passed in May
        had banned the rallies"), else None."""
        toks = self.toks
        k = a - 1 if a > 0 and toks[a - 1].low in ("in", "on", "at") else a
        k -= 1
        if k < 1 or b >= len(toks) or not past_form(toks[k]):
            return None
        noun, after = toks[k - 1], toks[b]
        if not noun.text[:1].isalpha() or noun.low in DETERMINERS or noun.low in PRONOUNS or is_auxiliary(noun):
            return None
        if after.low == "to":  # "agreed on Tuesday to open": the verb's own complement
            return None
        return k if is_auxiliary(after) or b in self.verb_starts or past_form(after) else None

    def _predicate_before(self, t: Trigger, a: int, b: int) -> bool:
        """Does trigger ``t`` stand in a second predicate ("and killed ...", "and convened a meeting") after a
        date at ``[a, b)`` whose own predicate has a verb with no trigger ("which began in March 2022 and killed
        1,700 people": March 2022 is no date of the killing; "the bridge built in 1932 collapsed")?"""
        toks, starts = self.toks, self.trigger_starts
        if t.start < b:
            return False
        if self.participle_dated_before_verb(a, b) is not None:
            return True
        joint = next((k for k in range(b, t.start) if toks[k].low == "and"), None)
        second = joint is not None and (joint + 1 == t.start or joint + 1 in starts
                                        or self._verb_after(joint) is not None)
        if not second or any(s in starts for s in range(b, joint)):
            return False
        first = min(self.seg.tokens(self.seg.of_token[a]))
        last = max((s for s in starts if s < a), default=-1)  # the date's own verb stands after any trigger
        return any(past_form(toks[k]) for k in range(max(first, last + 1), a))

    def nearest_trigger(self, a: int, b: int) -> Trigger | None:
        """The trigger of the date's clause closest to tokens ``[a, b)``, names counting one word each. A date
        mostly follows what it dates, so a trigger after it is one word further; further still after "to" (an
        infinitive: "voted on May 2 to condemn"), at the head of a coordinated predicate ("visited X on Monday and
        promised ...") or as the topic of a purpose phrase ("arrived on Monday for talks"). A relative clause with
        no trigger of its own dates its antecedent ("talks, which began on May 2"); a date followed by "when ..."
        dates that clause when its own has no trigger ("in July, when Russia withdrew")."""
        cid = self.seg.of_token[a]
        clause = self.seg.clauses[cid]
        pool = [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == cid
                and not self._dated_by_possessor(t, a, b) and not self._dated_by_of(t, a, b)
                and not self._other_predicate_between(t, a)
                and not self._predicate_before(t, a, b)]
        if not pool and clause.kind == "rel" and clause.antecedent:
            pool = [t for t in self.triggers if clause.antecedent[0] <= t.start < clause.antecedent[1]]
        if not pool and clause.kind == "part" and not clause.opener.endswith("ing"):
            # "A separate lawsuit, filed in March, is pending": the participle tells of the noun before it
            comma, toks = min(self.seg.tokens(cid)) - 1, self.toks
            if comma >= 0 and toks[comma].text == ",":
                pool = [t for t in self.triggers if not t.is_verb and t.end <= comma and (t.end == comma or (
                    comma - t.end <= 4 and toks[t.end].low in _GOVERNING))]  # "the talks with Iran, held in ..."
        if not pool and clause.kind == "coord" and clause.opener in _JOINERS and clause.parent is not None and all(
                k in self.dated or not self.toks[k].text[:1].isalnum() or self.toks[k].low in _JOINERS
                for k in self.seg.tokens(cid)):
            # "plans stoppages on Friday, Feb. 21, and Tuesday, March 4": the list's last item, not a clause
            pool = [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == clause.parent]
        if not pool and clause.kind == "sub" and clause.opener in _AT_THE_TIME:
            pool = [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == clause.parent]
        if not pool and clause.kind == "part" and clause.opener.lower() in _STARTING and clause.parent is not None \
                and all(k in self.dated or not self.toks[k].text[:1].isalnum() or self.toks[k].low in _STARTING_WORDS
                        for k in self.seg.tokens(cid)):
            # "will offer a subsidy to riders who scrap an old bike, starting on 1 June": when what the clause before
            # tells starts
            pool = [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == clause.parent]
        toks = self.toks
        if not pool and b + 1 < len(toks) and toks[b].text in (":", "–", "—", "-") \
                and not any(toks[k].text[:1].isalnum() for k in range(a)):
            # a timeline's line, "Feb 24, 2022: Russia launches ...": the date heads what follows it
            after = self.seg.of_token[b + 1]
            pool = [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == after]
        if opens_predicate(self.toks, a, b):  # "opened in 2009 and today employs 64 people": not the opening's date
            pool = [t for t in pool if t.start >= b]
        if not pool:
            return self.when_trigger(b)
        units = self._units
        best, best_key = None, None
        for t in pool:
            if t.end <= a:
                dist = units[a] - units[t.end]
            elif t.start >= b:
                dist = units[t.start] - units[b] + 1
                before = toks[t.start - 1].low if t.start else ""
                if before == "to":
                    dist += 2
                elif before in _COORDINATORS or (t.start > 1 and is_auxiliary(toks[t.start - 1])
                                                 and toks[t.start - 2].low in _COORDINATORS):
                    # "dispatched a team to Kisumu late on Tuesday and said ...": a date that closes a predicate
                    # right before "and" is that predicate's
                    dist += 3 if units[t.start] - units[b] > 2 or not self._earlier_verb(pool, a) else 8
                elif t.is_verb and t.start == b and toks[t.start].low.endswith("ing"):
                    dist += 2  # "signed a petition by Wednesday calling for ...": the petition's participle
                elif b < len(toks) and toks[b].text == "," and any(p.end <= a for p in pool):
                    # "a recital by a string quartet on 19 July, a jazz evening on 26 July": the date closes the
                    # item before the comma
                    dist += 4
                if not t.is_verb:
                    k = self._np_start(t.start)
                    if k > b and toks[k - 1].low in _PURPOSE:
                        dist += 2
                    elif self.premodifies(a, b, t):
                        dist = 0  # "overturned the 2021 conviction": the date names the noun
            else:
                dist = 0
            key = (dist, 0 if t.end <= a else 1, 0 if t.is_verb else 1)
            if best_key is None or key < best_key:
                best, best_key = t, key
        return best

    @staticmethod
    def _earlier_verb(pool: Sequence[Trigger], a: int) -> bool:
        return any(t.is_verb and t.end <= a for t in pool)

    def premodifies(self, a: int, b: int, noun: Trigger) -> bool:
        """Does the date at tokens ``[a, b)`` stand inside the noun phrase of ``noun``, after its determiner
        ("the 2021 conviction", "a 2017 speech", "the December 2024 general election")?"""
        toks = self.toks
        return a > 0 and toks[a - 1].low in _NP_OPENERS and 0 <= noun.start - b <= 1 \
            and all(toks[j].text[:1].islower() and j not in self.verb_starts for j in range(b, noun.start))

    def when_trigger(self, b: int) -> Trigger | None:
        """The nearest trigger of a "when" clause right after a date ("since July, when Russia withdrew ...")."""
        k = self._when_at(b)
        return None if k is None else self._first_trigger_after(k)

    def when_verb(self, b: int) -> Trigger | None:
        """The first verb by form of a "when" clause right after a date, which tells what happened then (asked
        where the clause has no trigger): "the summer of 2003, when the glaciers lost 3.8% of their volume"."""
        k = self._when_at(b)
        return None if k is None else self._first_verb_after(k)

    def when_event(self, b: int) -> Trigger | None:
        """A "when" clause's trigger, else its verb."""
        return self.when_trigger(b) or self.when_verb(b)

    def in_named_thing(self, b: int) -> Trigger | None:
        """What a "when" or "in which" clause after the nouns a date names tells happened in that thing: "the
        1998 race, in which six sailors died"."""
        toks, k = self.toks, b
        while k < len(toks) and k - b < 3 and toks[k].text.isalpha() and toks[k].text[:1].islower():
            k += 1
        if k < len(toks) - 3 and toks[k].text == "," and toks[k + 1].low in _PREPOSITIONS_OF_TIME \
                and toks[k + 2].low == "which":
            k += 2
        else:
            k = self._when_at(k)
        return None if k is None else self._first_trigger_after(k) or self._first_verb_after(k)

    def _when_at(self, b: int) -> int | None:
        """The "when" right after the date that ends before token ``b``, or after its comma."""
        toks = self.toks
        k = b + 1 if b < len(toks) and toks[b].text == "," else b
        return k if k < len(toks) - 1 and toks[k].low == "when" else None

    def _first_trigger_after(self, k: int) -> Trigger | None:
        cid = self.seg.of_token[k + 1]
        return next((t for t, c in zip(self.triggers, self.clause_of_trigger) if c == cid and t.start > k), None)

    def _first_verb_after(self, k: int) -> Trigger | None:
        verb = next((j for j in self.seg.tokens(self.seg.of_token[k + 1]) if j > k and self._verb_form_at(j)), None)
        return None if verb is None else Trigger(verb, verb + 1, OTHER_KIND, "verb", self.toks[verb].text)

    def governor(self, noun: Trigger) -> Trigger | None:
        """The trigger an event noun is the object or topic of, followed outwards: "put forward the idea",
        "protested against the deal", "opened an investigation into the crash". Speech verbs govern none:
        "reported a fire" is about the fire."""
        found = None
        t = noun
        for _ in range(3):
            k = self._np_start(t.start) - 1
            if k >= 0 and self.toks[k].low in _GOVERNING:
                k -= 1
            if k < 0 or self.seg.of_token[k] != self.seg.of_token[noun.start]:
                break
            outer = next((x for x in self.triggers if x.end == k + 1), None)
            if outer is None or outer.kind == "statement":
                break
            found = t = outer
            if outer.is_verb:
                break
        return found

    def pronoun_owned(self, noun: Trigger) -> bool:
        """"began his visit": the noun's doer is a pronoun, most likely the verb's own subject."""
        return self.toks[self._np_start(noun.start)].low in ("his", "her", "its", "their")

    def after_by(self, noun: Trigger) -> bool:
        """Is the noun the doer in a passive's "by" phrase ("was battered by Russian strikes")?"""
        k = self._np_start(noun.start)
        return self.toks[k].low == "by" or (k > 0 and self.toks[k - 1].low == "by")

    def causes(self, main: Trigger, cid: int) -> list[Trigger]:
        """What an outcome's clause names as its cause: the event noun heading its subject ("a missile strike
        killed"), an event after "after"/"amid"/"in" ("rose after an outage", "killed in an attack"), and the
        trigger of a clause opened by "when"/"after"/"as" ("were killed when missiles hit")."""
        out: list[Trigger] = []
        for t, c in zip(self.triggers, self.clause_of_trigger):
            if t is main:
                continue
            if c == cid:
                if not t.is_verb and t.start < main.start:
                    out.append(t)
                elif not t.is_verb:
                    k = self._np_start(t.start)
                    if k > 0 and self.toks[k - 1].low in _CAUSE_OPENERS:
                        out.append(t)
            else:
                clause = self.seg.clauses[c]
                if clause.parent == cid and clause.kind == "sub" and clause.opener in _CAUSE_OPENERS:
                    out.append(t)
        return out

    def clause_verb(self, a: int, b: int) -> Trigger | None:
        """The verb nearest to a date at ``[a, b)`` in its clause, when the clause has no verb trigger but in another
        predicate ("won a Tony in 1969 and received an Oscar in 2011"), told by its form, as a trigger of no known
        kind (the caller asks when no noun trigger fits either): "Temperatures fell to minus 48C on Sunday", "Field
        trials began in 2017 and concluded last fall", "Conab will publish its survey in September", "was first
        detected in 2004". No state ("stood at 5% in May"), no adjective ("a planned opening"), and not across "and" or "but" ("moved
        in 2009 and today employs 64 people", "took the jersey last Sunday and extended his lead")."""
        cid = self.seg.of_token[a]
        if any(t.is_verb and not self._other_predicate_between(t, a) and not self._predicate_before(t, a, b)
               for t in self.clause_triggers(cid)):
            return None
        toks = self.toks
        k = self.participle_dated_before_verb(a, b)
        if k is not None:  # "the bridge built in 1932 collapsed": the building
            return Trigger(k, k + 1, OTHER_KIND, "verb", toks[k].text)
        verbs = [k for k in self.seg.tokens(cid) if self._verb_form_at(k)]
        verbs = [k for n, k in enumerate(verbs) if not (n and self._listed_adjective(k))]
        clause = self.seg.clauses[cid]
        opened = self.seg.tokens(cid)[0]
        if clause.kind == "sub" and clause.opener.lower() in _PREPOSITION_OPENERS and clause.parent is not None \
                and not any(k < a for k in verbs) and not self._subject_and_verb(opened + 1, a):
            # "posted Darvish after the 2011 season and Ohtani in December 2017": "after" opened a phrase, not a
            # clause; the verb before it tells what happened
            verbs = [k for k in self.seg.tokens(clause.parent) if k < opened and self._verb_form_at(k)] + verbs
        # an "and" between the verb and the date joins two predicates when the date, a subject or a verb follows it
        # ("moved in 2009 and today employs", ", and we expect"), not in "placed Ituri and neighboring North Kivu
        # under a state of siege in May 2021"
        before = [k for k in verbs if k < a and not any(
            (self._joins_clauses(j) and (j + 1 == a or toks[j + 1].low in PRONOUNS
                                         or any(i in verbs for i in range(j + 1, a))))
            or self._verb_ing_at(j)
            for j in range(k + 1, a))]
        after = [k for k in verbs if k >= b and not any(self._joins_clauses(j) for j in range(b, k))]
        if before and (not after or a - before[-1] <= after[0] - b + 1):
            k = before[-1]
        elif after:
            k = after[0]
        else:
            k = self._copula_of_date(a)
            if k is None:
                return None
        return Trigger(k, k + 1, OTHER_KIND, "verb", toks[k].text)

    def _subject_and_verb(self, start: int, end: int) -> bool:
        """Does a lower-case open-class word follow a name in ``[start, end)``, as a present verb follows its
        subject ("after Western Christians mark the feast")?"""
        toks = self.toks
        return any(toks[k - 1].text[:1].isupper() and toks[k].text[:1].islower() and toks[k].text.isalpha()
                   and toks[k].low not in _NOT_AFTER and toks[k].low not in _JOINERS and k not in self.dated
                   for k in range(start + 1, end))

    def _copula_of_date(self, a: int) -> int | None:
        """The copula whose complement is the date at ``a``, after a subject: "Route 25's last day of service will
        be Sept. 18", "Version 8.0 is due on March 12": the subject is what happens then."""
        toks = self.toks
        k = a - 1
        if k >= 0 and toks[k].low in ("on", "in", "at"):
            k -= 1
        if k >= 0 and toks[k].low == "due":
            k -= 1
        if k < 1 or toks[k].low not in COPULAS or (toks[k].low == "be" and toks[k - 1].low not in MODALS):
            return None
        subject = k - 1 if toks[k].low != "be" else k - 2
        while subject > 1 and subject in self.dated:  # "the data for January is due": the data
            subject -= 1
        if subject in self.dated or (subject > 0 and toks[subject].low in ("for", "of", POSSESSIVE, ",")):
            # "the last sailing to St Mary's will be on", "The most famous event, the Haka Pei, is on": a name's
            # "'s" or the comma that closes an apposition ends the subject
            subject -= 1
        if subject < 0 or subject in self.dated or not toks[subject].text[:1].isalnum():
            return None
        low = toks[subject].low
        return None if low in _NOT_AFTER or low in PRONOUNS or low in _NOT_A_SUBJECT else k

    def _listed_adjective(self, k: int) -> bool:
        """Is the past form at ``k`` an adjective in a list of nouns ("pulled people from rooftops, trees and
        stranded vehicles"): after "and", "or" or a comma, before a bare noun?"""
        toks = self.toks
        if k < 2 or k + 1 >= len(toks) or toks[k - 1].low not in ("and", "or", ","):
            return False
        return self._bare_noun(k - 2) and self._bare_noun(k + 1)

    def _bare_noun(self, k: int) -> bool:
        """Could token ``k`` be a noun by its form: a lower-case word of no closed class, no adverb, no date?"""
        tok = self.toks[k]
        return tok.text.isalpha() and tok.text[:1].islower() and k not in self.dated and tok.low not in _NOT_AFTER \
            and tok.low not in _GOVERNING and tok.low not in _PARTICLES and not tok.low.endswith("ly")

    def _joins_clauses(self, j: int) -> bool:
        """Is token ``j`` an "and" or "but" that may join two clauses? Not one that joins two names or numbers
        ("the Ministry of Mines and Energy", "between 2015 and 2018", "between Aqaba and the Egyptian port of
        Nuweiba"), ends a list of single nouns ("from rooftops, trees and stranded vehicles") or joins two before a
        place or a time ("prequalified 11 companies and consortiums in June")."""
        toks = self.toks
        if toks[j].low not in ("and", "but"):
            return False
        if not 1 < j < len(toks) - 1:
            return True
        return not ((_name_like(toks[j - 1].text) and _name_like(toks[j + 1].text))
                    or (toks[j].low == "and" and any(toks[i].low == "between" for i in range(max(0, j - 4), j - 1)))
                    or (toks[j].low == "and" and toks[j - 2].text == "," and self._bare_noun(j - 1))
                    or (toks[j].low == "and" and self._bare_noun(j - 1) and self._bare_noun(j + 1)
                        and not past_form(toks[j + 1]) and j + 2 < len(toks)
                        and (toks[j + 2].low in _PLACE_OR_TIME_PREPOSITIONS or j + 2 in self.dated)))

    def verb_before(self, low: int, a: int) -> Trigger | None:
        """The verb nearest before token ``a``, after token ``low``, told by its form, as a trigger of no known
        kind: "Founded in 1967, Bordo were relegated to the third tier in 2019" -> "relegated"."""
        k = next((k for k in range(a - 1, low, -1) if self._verb_form_at(k)), None)
        return None if k is None else Trigger(k, k + 1, OTHER_KIND, "verb", self.toks[k].text)

    def _verb_form_at(self, k: int) -> bool:
        """Is token ``k`` a verb by its form: a past form after no determiner or preposition, the verb after
        "will" or "would", or a participle after an auxiliary ("will publish", "was first detected", "will be
        held")?"""
        toks, dated = self.toks, self.dated
        tok = toks[k]
        if k in dated or not tok.text[:1].islower() or tok.low in _STATE_VERBS or self._known_otherwise(k):
            return False
        j = k - 1
        while j >= 0 and toks[j].low in _ADVERBS_IN_VERB:
            j -= 1
        if j >= 0 and (toks[j].low in MODALS or toks[j].low in _PARTICIPLE_AUXILIARIES):
            if toks[j].low in MODALS:  # what will happen, not what may ("could go again")
                if toks[j].low == "should":
                    return tok.low in _EXPECTED_AFTER_SHOULD
                return toks[j].low in _FUTURE_MODALS and tok.text.isalpha() and not (
                    tok.low in ("be", "have") and k + 1 < len(toks)
                    and (past_participle(toks[k + 1]) or toks[k + 1].low == "been"))
            return past_participle(tok) and self._told_as_happening(j)
        if k == 0:
            return False
        before = toks[k - 1].low
        if before == "to" and k > 1 and (toks[k - 2].low in INTENT_VERBS or toks[k - 2].low in _SCHEDULED_TO
                                         or self.intent_verb_with_object(k - 1) is not None
                                         or _was_able(toks, k - 1) or self._headline_plan(k)):
            # "expects to award the contract", "is to begin", "turbines due to feed power" (not "due to rain on"),
            # "expects the reactor to reach criticality"; "was able to berth at 2:20 a.m.": it berthed then
            return tok.text.isalpha() and k + 1 < len(toks) and k + 1 not in dated \
                and (toks[k - 2].low != "due" or (k > 2 and toks[k - 3].low in COPULAS)  # "is due to start in"
                     or (tok.low not in _NP_OPENERS and toks[k + 1].low not in _NOT_AFTER - _NP_OPENERS))
        clause = self.seg.clauses[self.seg.of_token[k]]
        if clause.kind == "part" and (past_participle(tok) or (
                tok.low.endswith("ing") and tok.low not in _NOT_GERUND_VERBS and self._dated_next(k))) and (
                (clause.opener == tok.text and before == ",")
                or (k > 1 and clause.opener == toks[k - 1].text and toks[k - 2].text == ",")):
            # the aside's own verb: "The measurements, taken at the end of September, show ...", "The smartwatch,
            # first shown to developers in June, had been expected", "won the first Test, finishing on 8th January"
            # (an "-ing" word with its date at once: not "resulting in a net loss for the third quarter")
            return True
        if self._present_light_verb(k):
            if tok.low == "runs" and not self._happening_runs(k):
                return False
            j = k - 1
            while j > 0 and j in dated:  # "the show, which this year runs from 25 to 28 September"
                j -= 1
            return toks[j].low in _RELATIVE_PRONOUNS or self._after_its_subject(k)
        if not past_form(tok):
            return False
        if before in _RELATIVE_PRONOUNS and self.seg.clauses[self.seg.of_token[k]].kind == "rel":
            return True  # "a frame that went up on Tuesday"
        return before not in _NOT_AFTER and before not in _STATE_VERBS \
            and (not before[:1].isdigit() or k - 1 in dated)  # "12 injured", not "in 1990 collapsed"

    def _headline_plan(self, k: int) -> bool:
        """Is the verb at ``k``, after "to", a headline's plan: a noun and its infinitive, with no other verb in
        the clause ("Airlift of food and water to begin on Wednesday")? Not "the plan to begin talks was dropped"."""
        toks, tokens = self.toks, self.seg.tokens(self.seg.of_token[k])
        return toks[-1].text not in _SENTENCE_STOPS and toks[tokens[0]].text[:1].isupper() \
            and toks[k - 2].text[:1].isalpha() \
            and toks[k - 2].low not in _NOT_AFTER and not any(
                j != k and (j in self.verb_starts or is_auxiliary(toks[j]) or past_form(toks[j])) for j in tokens)

    def intent_verb_with_object(self, to: int) -> int | None:
        """The verb of intent before its object and the "to" at ``to`` ("expects the reactor to", "expect another
        mass of polar air to", "wants him to"), else None."""
        toks = self.toks
        for i in range(to - 2, max(to - 2 - _MAX_OBJECT, -1), -1):
            if toks[i].low in INTENT_VERBS:
                first = toks[i + 1]
                named = first.low in DETERMINERS or first.low in _OBJECT_PRONOUNS or is_capitalized(first.text)
                return i if named else None
            if not toks[i].text[:1].isalnum() or toks[i].low in ("to", "and", "that") or i in self.dated:
                return None
        return None

    def _dated_next(self, k: int) -> bool:
        """Is the word at ``k`` followed at once by its date ("finishing on 8th January", "arriving Monday")?"""
        toks, dated = self.toks, self.dated
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in ("on", "in", "at"))
        return j in dated

    def _present_light_verb(self, k: int) -> bool:
        """Is the word at ``k`` the present form of a verb the vocabulary knows only as a light verb of no kind
        ("the final week, which ends with ...", "the term ends later this month")?"""
        low, forms = self.toks[k].low, self.lex.forms
        if forms.get(low, ()) != ((NO_KIND, "light"),):
            return False
        # the plural's form after a plural subject: "The Galway Races, which bring ... every summer, begin on Monday"
        return low.endswith("s") or (forms.get(low + "s", ()) == ((NO_KIND, "light"),) and not past_form(self.toks[k])
                                     and self._plural_before(k))

    def _plural_before(self, k: int) -> bool:
        """Is the word before ``k``, or before a "which"/"who" aside that ends there, a plural noun?"""
        toks = self.toks
        j = k - 1
        if j > 1 and toks[j].text == ",":
            opening = next((i for i in range(j - 1, 0, -1) if toks[i].text == ","), None)
            if opening is None or toks[opening + 1].low not in _ASIDE_OPENERS:
                return False
            j = opening - 1
        low = toks[j].low
        return j >= 0 and toks[j].text[:1].isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
            and j not in self.dated

    def _happening_runs(self, k: int) -> bool:
        """Does "runs" at ``k`` tell the days a happening runs over ("the Monaco Yacht Show, which this year runs from
        25 to 28 September")? Not a recurring span ("the cyclone season runs from November to April", "whose
        financial year runs from April to March"), nor what runs out or runs to a date."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k + 1].low not in ("from", "between"):
            return False
        first = min(self.seg.tokens(self.seg.of_token[k]))
        if toks[first].low in _RELATIVE_PRONOUNS and first > 1 and toks[first - 1].text == ",":
            first -= 2  # "the lean season, which runs from November to March": the noun before the aside
        return not any(toks[j].low in _RECURRING_SPANS for j in range(first, k) if j not in self.dated)

    def _after_its_subject(self, k: int) -> bool:
        """Does the word at ``k`` follow a noun phrase that opens its clause ("the rainy season starts", "whose term
        ends"), with no verb, comma or number in it? Not a condition's ("if the move collapses": "if" leads no
        subject)."""
        toks, first = self.toks, min(self.seg.tokens(self.seg.of_token[k]))
        if k > 1 and toks[k - 1].text == ",":
            # "The extra sailing to Vis, which will leave Split at 3pm, starts on 15 June": the aside is no subject
            opening = next((j for j in range(k - 2, 0, -1) if toks[j].text == ","), None)
            if opening is not None and (toks[opening + 1].low in _ASIDE_OPENERS or not any(
                    is_auxiliary(toks[j]) or past_form(toks[j]) or j in self.verb_starts
                    for j in range(opening + 1, k - 1))):
                # ... nor is an apposition: "Aste Nagusia, Bilbao's Big Week, begins on Saturday 22 August"
                first, k = min(self.seg.tokens(self.seg.of_token[opening - 1])), opening
        comma = next((j for j in range(k - 1, first, -1) if toks[j].text == ","), None)
        if comma is not None and toks[first].low in _INTRO_PREPOSITIONS:
            first = comma + 1  # "For the moment, the pause expires": the phrase before the comma sets the scene
        while first < k and toks[first].low in _SUBJECT_LEADS:
            first += 1
        if first == k - 1 and toks[first].low in PRONOUNS:
            return True  # "It begins on Sunday, June 28"
        if k - first <= _NAME_WORDS and all(is_capitalized(toks[j].text) for j in range(first, k)):
            return True  # "Hanoi starts its own testing in mid-July": a name
        if first >= k - 1 or toks[first].low == "that" or (toks[first].low not in _NP_OPENERS
                                                           and toks[first].low != "whose"):
            return False  # "found that snowmelt now peaks": "that" opens what was found
        return not any(not toks[j].text[:1].isalpha() or is_auxiliary(toks[j]) or past_form(toks[j])
                       for j in range(first, k))

    def _told_as_happening(self, j: int) -> bool:
        """Does the verb group ending in the auxiliary at ``j`` tell a happening: not after a modal other than
        "will" or "would" ("could have flown", "could be given"), nor an infinitive after no verb ("nowhere to be
        seen"; but "are to be flown" and "due to be submitted" are planned)?"""
        toks = self.toks
        while j >= 0 and (toks[j].low in _PARTICIPLE_AUXILIARIES or toks[j].low in _ADVERBS_IN_VERB):
            j -= 1
        if j >= 0 and toks[j].low in MODALS:
            return toks[j].low in _FUTURE_MODALS or (toks[j].low == "should" and toks[j + 1].low == "be")
        if j >= 0 and toks[j].low == "to":
            return j > 0 and (is_auxiliary(toks[j - 1]) or toks[j - 1].low in _PLANNED)
        return True

    def _known_otherwise(self, k: int) -> bool:
        """Does the vocabulary know the word at ``k`` (alone or with the next) as a trigger of a kind, which it did
        not find here ("to fire the probe's engines", "joined a long list")? The light verbs of no kind of their
        own ("began", "fell", "destroyed"), or of none when nothing lends one ("collapsed"), it leaves to their
        form."""
        toks, forms = self.toks, self.lex.forms
        pair = k + 1 < len(toks) and not preposition_before_date(toks, k, k + 2, self.dated)
        # "open" and "close" the triggers take only where they are verbs: elsewhere their form tells
        keys = (toks[k].low if toks[k].low not in ADJECTIVE_TOO else "",
                f"{toks[k].low} {toks[k + 1].low}" if pair else "")
        if k > 0 and toks[k - 1].low in MODALS:
            return False  # after a modal a word is the verb, whatever the vocabulary: "would release the next
            # version", "will present at the conference"
        kinds = [{kind for kind, _ in forms.get(key, ())} for key in keys]
        return any(found and NO_KIND not in found for found in kinds)  # "collapsed": a disaster or no kind at all

    def gerund_before(self, a: int) -> Trigger | None:
        """The -ing verb after "before", "after", "since" ... whose phrase holds the date at token ``a``, with no
        other verb, comma or trigger between them: "before moving to Leeds in 2014", "After graduating from
        Oxford in 1998, ...", "fell on Monday before recovering some ground on Tuesday"."""
        toks = self.toks
        for k in range(a - 1, max(a - 9, 0) - 1, -1):
            if toks[k].text in (",", ";", ":") or k in self.trigger_starts and not self._verb_ing_at(k):
                return None
            if self._verb_ing_at(k) and toks[k - 1].low in _GERUND_OPENERS:
                found = next((t for t in self.triggers if t.start == k), None)
                return found or Trigger(k, k + 1, OTHER_KIND, "verb", toks[k].text)
            if self._verb_form_at(k):
                return None
        return None

    def _verb_ing_at(self, k: int) -> bool:
        """An -ing verb after a preposition: "weakened on Wednesday before recovering some ground on Thursday"."""
        low = self.toks[k].low
        return k > 0 and low.endswith("ing") and len(low) > 4 and self.toks[k - 1].low in _ING_OPENERS

    def clause_triggers(self, cid: int) -> list[Trigger]:
        return [t for t, c in zip(self.triggers, self.clause_of_trigger) if c == cid]

    def is_framed(self, t: Trigger) -> bool:
        """A noun in a setting phrase: "during a visit", "on the sidelines of the summit", "on a trip",
        "in a statement" / "at a news conference" / "at a meeting" when its clause has an act verb, and a
        sentence-opening "In a ... attack" when a verb of its kind follows."""
        if t.is_verb:
            return False
        k = self._np_start(t.start)
        prev = self.toks[k - 1].low if k > 0 else ""
        if prev in FRAMES:
            return True
        if prev == "of" and k > 1 and self.toks[k - 2].low in _FRAME_OF:
            return True
        if prev == "on" and t.kind == "visit":
            return True
        if prev in ("in", "at") and t.kind in ("statement", "meeting"):
            cid = self.seg.of_token[t.start]
            return any(x.is_verb and x.kind in _ACT_KINDS for x in self.clause_triggers(cid))
        if prev == "in" and k - 1 == 0:  # "In a separate attack on Thursday, drones hit ...": the verb tells it
            cid = self.seg.of_token[t.start]
            return any(x.is_verb and x.kind == t.kind and x.start > t.end for x in self.clause_triggers(cid))
        if prev == "in" and k == t.start:  # "... in protest against cheap imports": how, not what
            return any(x.is_verb for x in self.clause_triggers(self.seg.of_token[t.start]))
        return False


def _name_like(text: str) -> bool:
    return is_capitalized(text) or text[:1].isdigit()


def opens_predicate(toks: Sequence[Token], a: int, b: int) -> bool:
    """Does a date at tokens ``[a, b)`` open a second predicate, right after "and" or "but" and before its verb
    ("opened its headquarters in 2009 and today employs 64 people")?"""
    return (a > 0 and b < len(toks) and toks[a - 1].low in ("and", "but") and toks[b].text[:1].isalpha()
            and toks[b].text[:1].islower() and toks[b].low not in _NOT_A_PREDICATE)


_NAME_WORDS = 3  # the most words of a name that is a whole subject
_ASIDE_OPENERS = frozenset({"which", "who", "whose"})
_RECURRING_SPANS = frozenset({"season", "seasons", "year", "years", "term", "semester", "window"})


def _was_able(toks: Sequence[Token], to: int) -> bool:
    """Does "was able" or "were able" stand before the "to" at ``to`` ("was able to berth": it berthed)?"""
    return to > 1 and toks[to - 1].low == "able" and toks[to - 2].low in ("was", "were")
