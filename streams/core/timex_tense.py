"""Which way an expression points: the tense of the clause around it, from cheap local cue words.

News mostly reports the past, so "on Tuesday" in a Wednesday story is the day before; "will", "is expected to",
"by", and present-tense verbs of scheduled events ("the talks open Monday") point forward; the past perfect
("had filed by Wednesday") points back even after "by". The cue words are data (``timex_rules/en/patterns/tense_*.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["POSSESSIVE_S", "TenseCues", "direction", "in_a_headline"]

# characters read on each side: a long subject ("Sony Corp. completed its tender offer for Columbia Pictures
# Entertainment Inc., with shareholders tendering 99.3% of all shares by the Tuesday deadline") puts the verb far back
_CONTEXT = 160
_SINCE = re.compile(r"(?<!\w)(?:ever\s+)?since\s+(?:(?:early|mid|late|the\s+(?:start|end|beginning|middle)\s+of)[-\s]+)?$",
                    re.IGNORECASE)
POSSESSIVE_S = re.compile(r"['’]s\b")  # "Friday's vote", "before Tuesday's summit": the date owns what follows
_POSSESSIVE_REACH = 25  # characters before "Friday's vote" that may hold its cue ("ahead of", "will attend")
_NOT_AFTER = "".join(f"(?<!{a}\\.)" for a in (  # checked after the full stop, which keeps the search fast
    r"\b[A-Za-z]", "Mr", "Mrs", "Ms", "Dr", "St", "Co", "Inc", "Corp", "Ltd", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov",
    "Lt", "Col", "Capt", "Prof", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"))
# what opens a clause of its own, whose verb tells the tense of a date inside it ("could strike Monday after the
# union served notice on Friday")
_RELATIVE = re.compile(r"(?<!\w)(?:that|which|who|whom|whose|after|before|when|because|although|though|once|unless)"
                       r"(?!\w)", re.IGNORECASE)
# "agreed to meet in January", "subpoenaed him to testify on Feb. 10": the date is the infinitive's, which the past
# verb says nothing about; "returned to the capital", "fell to 3%", "admitted to participating" are no infinitives
_INFINITIVE = re.compile(r"(?<!\bdue\s)(?<!\bowing\s)\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|"
                         r"that|these|those|some|all|power|office|court|prison|jail|death|date|pieces|work|school|"
                         r"church|war|life)\b)[a-z]+(?<!ing)\b")
# "it was not until Wednesday that", "was not declared over until August 2023": when it happened, no deadline
_NOT_UNTIL = re.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:[\w'’-]+\s+){0,4}?(?:un)?til+\s+(?:at\s+least\s+)?"
                        r"(?:the\s+)?$", re.IGNORECASE)
_FRONTED_BY = re.compile(r"\W*(?:(?:but|and|yet|so|then)\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
_DECLARED = re.compile(r"(?<!\w)(?:declared|declares|named|names|designated|designates|proclaimed|proclaims)\s+$",
                       re.IGNORECASE)
_DAY_SET_ASIDE = re.compile(r"\s+(?:as\s+)?(?:a|an)\s", re.IGNORECASE)
_AFTER_DID = re.compile(r"(?<!\w)did(?:\s+not|n['’]t)?\s+$", re.IGNORECASE)
_FRONTED_WORDS = 2  # words before a date that opens its clause ("Over the weekend, ...", "Late on Friday, ...")
_REPORTING = re.compile(r",\s+(?:[\w'’.-]+\s+){1,4}$")  # ", the court " before a verb of saying after the date
# a plan told as a noun and its infinitive, the headline's future: "vaccination campaign to start on Monday"
_NOT_A_PLANS_NOUN = (r"(?<![\w-])(?!(?:first|last|next|only|able|set|due|likely|unlikely|going|have|has|had|is|are|"
                     r"was|were|be|been|used|ready|about)\b)")
_NOUN_TO_VERB = re.compile(_NOT_A_PLANS_NOUN + r"[a-z]{3,}\s+to\s+(?!be\b)[a-z]{3,}"
                           r"(?<!ing)(?:\s+(?:on|in|at|from|by|this|next))?\s+$")
# the participles of a plan: "expected in June", "the vote scheduled for Tuesday", "was due to open"
_PLAN_PARTICIPLES = "expected|scheduled|slated|planned|due"
# the same in a headline, with the verb's object between it and the date: "Assembly to vote on censure motion
# Tuesday", "fisheries minister to visit Catalina plant Friday"
_HEADLINE_PLAN = re.compile(_NOT_A_PLANS_NOUN + r"[A-Za-z]{3,}\s+to\s+(?!be\b)[a-z]{3,}(?<!ing)(?:\s+[\w'’-]+){1,4}\s+$")
# ... and in the passive: "appeal to be heard in October", "squad to be named on Friday"
_HEADLINE_PASSIVE_PLAN = re.compile(_NOT_A_PLANS_NOUN + r"[A-Za-z]{3,}\s+to\s+be\s+[a-z]+(?:ed|en|wn|rd|ld|t)"
                                    r"(?:\s+[\w'’-]+){0,4}\s+$")
_HEADLINE_STOPS = (".", "!", "?", '"', "”", ":", ",")
_HEADLINE_WORDS = 24
_PLAN_PARTICIPLE = re.compile(_PLAN_PARTICIPLES, re.IGNORECASE)
_THAN_OR_AS = re.compile(r"\b(?:than|as)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # "more than expected", "as planned"
_FOR_ABOUT = re.compile(r"(?<!\w)for\s+$", re.IGNORECASE)
# "from Friday", "signed from 1 July": a start ("since" tells a past one), but "from Monday to Wednesday" is a span
_FROM = re.compile(r"(?<!\w)from\s+(?:the\s+)?$", re.IGNORECASE)
_ENTRY_SEPARATOR = re.compile(r"(?:,?\s*(?:noon|midday|midnight|\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?))?"
                              r"\s*(?:[–—:|]|-\s)")  # "3 January, noon – deadline for lists"
_LINE_HEAD = re.compile(r"[\s•*-]*(?:from|until|by)?\s*", re.IGNORECASE)  # "From 20 January –", opening a line
_SPAN_ON = re.compile(r"\s*(?:to|until|till|through|thru|and|or|[-–—])(?!\w)", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# "as it did before a walkout in April", "as they had in 2019": a comparison with what happened then
_AS_IT_DID = re.compile(r"\bas\s+(?:it|he|she|they|we|i|you)\s+(?:did|had|was|were)\b[^,;:]{0,40}$", re.IGNORECASE)
# words that make a past "was" tell a plan: "was expected to", "had been scheduled"
_PLAN_WORDS = f"{_PLAN_PARTICIPLES}|set|supposed"
# "said a cabinet meeting on Friday was expected to approve": a plan, reported
_EXPECTED_NEXT = re.compile(rf"\s+(?:was|were)\s+(?:{_PLAN_WORDS})\s+to\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|adding|added|announced)\b[^.;]*$", re.IGNORECASE)
# "backdated to Aug. 12, when he was suspended": a "when" clause in the past tells what happened on the date
_WHEN_IT_HAPPENED = re.compile(r",\s+when\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had|did)\b", re.IGNORECASE)
# "..., Verdi said in a statement on Tuesday evening": a verb of saying dates itself across the phrases that tell how
# or where it was said, whatever the clause said of other days before it
_SAID = re.compile(r"said|told|announced|added|stated|declared|confirmed|wrote|posted|tweeted|insisted|replied",
                   re.IGNORECASE)
_HOW_SAID = re.compile(r"(?:\s+(?:in|at|to|during|with|via)(?:\s+[\w'’.-]+){1,4}?)*(?:\s+(?:on|in|at))?\s*",
                       re.IGNORECASE)
# "told state TV", "told a party meeting in Niksic on Saturday": whom, then how or where
_TOLD_HOW = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|[\w'’.-]+"
                       r"(?:\s+(?-i:[A-Z])[\w'’.-]*)?)" + _HOW_SAID.pattern, re.IGNORECASE)
_PROMISED = re.compile(r"agreed|promised|pledged|vowed|planned|expected|hoped|intended|threatened|offered|undertook|"
                       r"ordered|instructed|directed|advised|told|"
                       r"arranged|urged|asked|invited", re.IGNORECASE)
# "called on staff to walk out" (not "called off")
_CALLED_ON = re.compile(r"(?<=called)\s+(?:on|upon)\b", re.IGNORECASE)
_PLAN_THAT_WAS = re.compile(r"\bhad\s+(?:originally\s+|initially\s+)?been\s+(?:originally\s+|initially\s+)?"
                            rf"(?:{_PLAN_WORDS})\b", re.IGNORECASE)
_SET_OFF_RELATIVE = re.compile(r",\s(?:who|which)", re.IGNORECASE)
_NAME_SET_OFF = re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")
# ... with a subject of its own ("..., and the government plans"), not the same subject's next verb ("..., and says")
_AND_THEN = re.compile(r",\s+(?:and|but)\s+", re.IGNORECASE)  # a clause of its own after the comma
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|this|that|these|those|he|she|it|they|we|"
                          r"its|their|his|her)\b|(?-i:[A-Z]))", re.IGNORECASE)
# a full stop after "Mr" or "P" ends nothing, nor does a quote that closes a phrase inside the clause ('an "ask me
# anything" session on Wednesday')
_CLAUSE_END = re.compile(rf"(?:\.{_NOT_AFTER}|[!?;:]|(?<=[,.!?])[\"“”]|(?<![A-Za-z])[\"“”]|[\"“”](?![ \t]+[a-z]))\s"
                         r"|\n")


@dataclass(frozen=True, slots=True)
class TenseCues:
    cue: re.Pattern[str]  # groups ``future`` and ``past``
    deadline: re.Pattern[str]  # at the end of the text before a date: "by ", "until "
    lasted: re.Pattern[str]  # a deadline word after a past verb of duration: "lasted until ", which is over
    auxiliary: re.Pattern[str]  # at the end of the text before a participle: "is ", "will be "; group ``modal``
    gap: re.Pattern[str]  # what may stand between a verb and its date: " in early "
    perfect: re.Pattern[str]  # the past perfect ("had"), which a deadline word does not turn to the future
    past_next: re.Pattern[str]  # a past verb right after the date: "on Sunday issued"

    @classmethod
    def from_patterns(cls, patterns: dict[str, str]) -> TenseCues:
        """Build the cues from the expanded ``tense_*`` patterns of a rulebook."""
        future = f"{patterns['tense_future']}|{patterns['tense_present']}"
        return cls(
            cue=re.compile(rf"(?<!\w)(?:(?P<future>{future})|(?P<past>{patterns['tense_past']}))"
                           r"(?!\w)", re.IGNORECASE),
            perfect=re.compile(rf"(?<!\w){patterns['tense_perfect']}(?!\w)", re.IGNORECASE),
            # "on Sunday issued", but not "a meeting on Friday was expected to approve": a plan told in the past
            past_next=re.compile(rf"\s+(?:{patterns['tense_past']})(?!\w)(?!\s+(?:{_PLAN_WORDS}|going|to)\b)",
                                 re.IGNORECASE),
            deadline=re.compile(rf"(?<!\w){patterns['tense_deadline']}\s+(?:at\s+least\s+)?(?:the\s+)?$",
                                re.IGNORECASE),
            # "lasted until", "stayed off until", "remained closed until"
            lasted=re.compile(rf"(?<!\w)(?:{patterns['tense_lasting']})(?:\s+(?:on|off|open|closed|shut|up|down|dark|"
                              r"calm|silent|empty|unchanged|in\s+(?:place|force|hospital|custody)|well|right|only|"
                              r"all\s+the\s+way))?"
                              rf"\s+(?:{patterns['tense_deadline']})\s+(?:at\s+least\s+)?(?:the\s+)?$",
                              re.IGNORECASE),
            auxiliary=re.compile(rf"(?<!\w)(?:(?P<modal>{patterns['tense_modal']})|{patterns['tense_auxiliary']})"
                                 r"(?:\s+(?:not|already|also|now|still|just|currently|provisionally|tentatively"
                                 r"|reportedly|being))*\s+(?:(?:be|remain|stay)\s+|have\s+been\s+)?$", re.IGNORECASE),
            gap=re.compile(rf"\s+(?:{patterns['tense_gap']}[-\s]+)*", re.IGNORECASE),
        )


def in_a_headline(text: str, start: int, end: int) -> bool:
    """Is the expression on a line of its own that no sentence mark ends, as a headline or standfirst is?"""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:line_end if line_end != -1 else len(text)].rstrip()
    return not line.endswith(_HEADLINE_STOPS) and len(line.split()) <= _HEADLINE_WORDS


def direction(text: str, start: int, end: int, cues: TenseCues) -> str | None:
    """``future``, ``past``, ``past:near`` (a past verb right before the expression) or ``None`` (no cue).

    ``past`` when a past verb follows the expression at once or the clause is in the past perfect; ``future``
    after a deadline word, or when the clause holds a future cue (a present-tense verb of a scheduled event
    counts) before the expression; ``past`` when it holds a past cue; without cues before it, the first cue
    after it in the clause decides.
    """
    full_left = text[max(0, start - _CONTEXT):start]
    right = text[end:end + _CONTEXT]
    stop = _CLAUSE_END.search(right)
    right = right[:stop.start()] if stop else right
    if cues.past_next.match(right) or _WHEN_IT_HAPPENED.match(text, end):  # "the ministry on Sunday issued"
        return "past"
    if _AS_IT_DID.search(full_left):
        return "past"
    if _EXPECTED_NEXT.match(right) and _REPORTED.search(full_left):
        return "future"  # "Thapa said, adding that a cabinet meeting on Friday was expected to approve the funds"
    if _WEEKDAY.match(text, start) and _DAY_SET_ASIDE.match(right) \
            and _DECLARED.search(text, max(0, start - 16), start):
        return "future"  # "has declared Tuesday a day of mourning": the day set aside, ahead of the telling
    cut = None
    for cut in _CLAUSE_END.finditer(full_left):
        pass
    left = full_left[cut.end():] if cut is not None else full_left
    # "had planned to open on April 16, but in March it pushed", "was planned for October but was pushed back in
    # September": a clause of its own
    but = max(left.rfind(", but "), left.rfind(" but "))
    left = left[left.index("but ", but) + 4:] if but != -1 else left
    clause_left = left
    if POSSESSIVE_S.match(right):  # "get around Wednesday's ruling": only the words right before it tell
        left = left[-_POSSESSIVE_REACH:]
    # "had been scheduled to close on Friday": a plan whose day may be gone
    if _PLAN_THAT_WAS.search(left, left.rfind(", ") + 1):
        return None
    if _in_past_perfect(left, right, cues):
        # "had been advised on the morning of August 9": no day after the telling; but "had planned to start from
        # December", "had been moved to May 4", "the slated visit in September" may look ahead of it
        had = [m.end() for m in cues.perfect.finditer(left)]
        return "past" if _AHEAD_OF_THE_PERFECT.search(left, had[-1] if had else 0) else "past:near"
    if _SINCE.search(full_left):  # "on patrol since March": the start of something already under way
        return "past:near"
    deadline = cues.deadline.search(full_left)
    if deadline and not _NOT_UNTIL.search(full_left):  # "it was not until Wednesday that Castro revealed": then
        if cues.lasted.search(full_left) or _reached_by(left, right, deadline.group(), cues):
            return "past"
        return "future"
    if _FOR_ABOUT.search(full_left) and _WEEKDAY.search(text, start, end) and not POSSESSIVE_S.match(right):
        return "future"  # "call strike for Tuesday", "a protest for 11 a.m. on Saturday": what is set for a day
    relative = None
    for relative in _RELATIVE.finditer(left):
        pass
    if relative is not None:
        close = left.find(",", relative.end())
        while close != -1 and (name := _NAME_SET_OFF.match(left, close + 1)):
            close = left.find(",", name.end())  # "who will hand over to his deputy, Priya Raman, in April"
        if close != -1 and left[:relative.start()].rstrip().endswith(","):
            left = left[:relative.start()] + left[close + 1:]  # "Lai, who takes office May 20, visited on": an aside
        elif cues.cue.search(left, relative.end()):
            left = left[relative.end():]  # "are investigating a fire that broke out on Sunday": the fire's verb
        elif close == -1 and _SET_OFF_RELATIVE.fullmatch(left, max(0, relative.start() - 2), relative.end()):
            # "four ahead of Guyana, who beat the Volcanoes on Saturday": a clause set off by its comma, whose tense
            # the main clause does not tell
            left = clause_left = left[relative.end():]
    if _WEEKDAY.match(text, start) and _FROM.search(left) and not _SPAN_ON.match(right):
        # "can start collecting signatures from Friday", "declared three days of mourning from Monday": a start,
        # ahead, unless its own verb is right before it ("was closed from Monday")
        last_cue = None
        for last_cue in cues.cue.finditer(left):
            pass
        if not (last_cue is not None and last_cue.lastgroup == "past" and cues.gap.fullmatch(left, last_cue.end())):
            return "future"
    if (_NOUN_TO_VERB.search(left) or (in_a_headline(text, start, end) and (
            _HEADLINE_PLAN.search(left) or _HEADLINE_PASSIVE_PLAN.search(left)))) \
            and not cues.cue.search(left, left.rfind(", ") + 1):
        return "future"  # "vaccination campaign to start on Monday", "airport to shut on Wednesday evening"
    # "did not reopen": a bare verb after "did" is past, whatever its present form would say (but "did not plan
    # to remove him on Thursday" looks ahead)
    found = [cue for cue in cues.cue.finditer(left)
             if not (cue.lastgroup == "future" and _AFTER_DID.search(left, 0, cue.start())
                     and not left.startswith(" to ", cue.end()) and not cue.group().lower().endswith(" to"))]
    last = found[-1] if found else None
    if last is not None and last.lastgroup == "past":
        auxiliary = cues.auxiliary.search(left, 0, last.start())
        if auxiliary is None and _SAID.fullmatch(last.group()):
            if _HOW_SAID.fullmatch(left, last.end()) or (last.group().lower() == "told"
                                                          and _TOLD_HOW.fullmatch(left, last.end())):
                return "past:near"
        # "collapsed in May" is past, but "is expected in May", "will be paid May 1" and "is published by Oxford
        # University Press in June" look ahead
        right_after = cues.gap.fullmatch(left, last.end())
        if auxiliary is None and right_after:
            if _FROM.search(left) and any(c.lastgroup == "future" for c in found):
                return "future"  # "will apply to contracts signed from 1 July": from then on, ahead
            if _PLAN_PARTICIPLE.fullmatch(last.group()) and not _THAN_OR_AS.search(left, 0, last.start()):
                return "future"  # "a peak expected in early June", "the vote scheduled for Tuesday"
            shared = found[-2] if len(found) > 1 else None
            if shared is not None and shared.lastgroup == "past" \
                    and _GAPPED.fullmatch(left, shared.end(), last.start()) \
                    and cues.auxiliary.search(left, 0, shared.start()) is not None:
                # "would be counted by Wednesday evening and the results proclaimed on Friday": the participle shares
                # the auxiliary of the one before it
                return "future"
            return "past:near"
        if auxiliary is not None and auxiliary["modal"] is None and (right_after or (
                (auxiliary.group().split()[0].lower() in _PRESENT_BE or _a_plans_passive(left, auxiliary, cues))
                and (_PLANNED.fullmatch(last.group()) or len(left[last.end():].split()) <= _PASSIVE_REACH))):
            return "future"
        if _AGENT_OR_SETTING.match(left, last.end()) and (left[:last.start()].rstrip().endswith(",") or (
                auxiliary is None and not _PLANNED.fullmatch(last.group())
                and _NOUN_BEFORE.search(left, 0, last.start()) and _DATE_WORD.search(
                    left, max((c.end() for c in found if c.lastgroup == "future"), default=0), last.start()))):
            # "is expected to vote on an amendment, adopted by the cabinet in June", "will hold the elections on
            # January 24 under a decree adopted by the Council of Ministers on Wednesday": the participle's own,
            # where the clause has its date already (but not "will set up a task force headed by the governor at
            # 9 a.m. Sunday", nor "a ruling expected on Monday")
            return "past:near"
        if _INFINITIVE.search(left, last.end()):
            # a promise is kept later: "they agreed to return to the table Monday" (but "was forced to close on
            # Saturday" and "saved match points to beat Belgium on Saturday" tell nothing)
            return "future" if _PROMISED.fullmatch(last.group()) or _CALLED_ON.match(left, last.end()) else None
    joined = None
    for joined in _AND_THEN.finditer(left):
        pass
    if joined is not None and any(cue.start() >= joined.end() for cue in found):
        # "Repairs were completed, a week ahead of schedule, and engineers inspected the quay on Thursday": the
        # clause after ", and" with a verb of its own has its own tense
        found = [cue for cue in found if cue.start() >= joined.end()]
    kinds = {cue.lastgroup for cue in found}
    if not kinds and left is not clause_left and not _INFINITIVE.search(clause_left) and any(
            cue.lastgroup == "future" and not cue.group().lower().startswith("would")
            for cue in cues.cue.finditer(clause_left)):
        # "will take temporary charge for Saturday's trip", "will miss the next fortnight, including Thursday
        # night's trip to Perth, the club said": nothing nearer tells, nor the verbs after the noun the date owns
        # (but "would look for ways around Wednesday's ruling", told of the past, tells nothing of the ruling; nor
        # "will try to get around")
        return "future"
    if not kinds and not (_LINE_HEAD.fullmatch(left) and _ENTRY_SEPARATOR.match(right)):
        # "put eight satellites into orbit on May 25, and the government plans": not its own; a list line's words
        # after its date are a heading's, of no tense ("10 January – lists published")
        after = _NEW_SUBJECT.split(right, 1)[0]
        first = cues.cue.search(after)
        if first is not None and first.lastgroup == "past" and (
                aux := cues.auxiliary.search(after, 0, first.start())) is not None and aux["modal"] is not None:
            # "Orders for the sailing in late September must be placed by Friday": what is yet to be done
            return "future"
        if first is not None and _SAID.fullmatch(first.group()) and _REPORTING.match(right[:first.start()]) \
                and len(left.split()) > _FRONTED_WORDS:
            # "... on 10 and 11 February, the court announced on Tuesday": the telling's tense (but "Over the
            # weekend, Pentagon officials confirmed": the date opens the telling's clause)
            first = None
        kinds = {first.lastgroup} if first else set()
    return "future" if "future" in kinds else "past" if kinds else None


_PRESENT_BE = frozenset({"is", "are", "am"})
# between two participles of one auxiliary: " by Wednesday evening and the results formally "
_GAPPED = re.compile(r"[^,;.]{0,50}?\sand\s+(?:[\w'’-]+\s+){0,4}")
_AHEAD_OF_THE_PERFECT = re.compile(rf"\b(?:to|for|until|till|{_PLAN_PARTICIPLES}|next|upcoming)\b", re.IGNORECASE)
# words from a present passive to its date ("is published by Oxford University Press in June"); further on the date
# is a noun's ("are charged with intentional damage ... over a clash at the company's new fence on January 9")
_PASSIVE_REACH = 6
# ... unless it names a plan, whose day may come far after it ("is planned outside the council building on Garden
# Place at noon on Saturday", "is listed for hearing at the High Court on October 14th")
_PLANNED = re.compile(rf"{_PLAN_WORDS}|listed|aimed|booked|timetabled|fixed|earmarked|proposed|intended|designed|meant",
                      re.IGNORECASE)
_AGENT_OR_SETTING = re.compile(r"\s+(?:by|in|on|at|last|earlier)\b")  # after a participle: "adopted by the cabinet"
# a noun the participle after it tells of ("a decree adopted by ..."), with no verb of its own between
_DATE_WORD = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
                        r"july|august|september|october|november|december|today|tomorrow|\d{4})\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+$",
                          re.IGNORECASE)


def _a_plans_passive(left: str, auxiliary: re.Match[str], cues: TenseCues) -> bool:
    """Is the auxiliary a bare "to be" after a noun or a comma ("a dividend of 2.10 pesos, to be paid in two
    instalments on 15 April"), not after a verb ("was found to be damaged") nor "to have been"?"""
    if _TO_BE.fullmatch(auxiliary.group()) is None:
        return False
    before = left[:auxiliary.start()].rstrip()
    return before.endswith(",") or (before[-1:].isalpha() and not any(
        cue.end() == len(before) for cue in cues.cue.finditer(before, max(0, len(before) - 30))))


_TO_BE = re.compile(r"to\s+be\s+", re.IGNORECASE)


def _reached_by(left: str, right: str, deadline: str, cues: TenseCues) -> bool:
    """Is "by" the time a past verb's change was reached ("shares fell 3.2 percent to $41.87 by 3 p.m. on
    Tuesday"), not a deadline ("must repay the loan by Friday", "said it would decide by Friday")?"""
    if not deadline.lower().startswith("by"):
        return False
    found = list(cues.cue.finditer(left))
    if not found:  # "But by Monday, federal officials hardened their stance": the verb after
        first = cues.cue.search(right)
        return first is not None and first.lastgroup == "past" and _FRONTED_BY.fullmatch(left) is not None
    if found[-1].lastgroup != "past" or any(c.lastgroup == "future" for c in found) \
            or _PLAN_PARTICIPLE.fullmatch(found[-1].group()):  # "ruling expected by the end of June"
        return False
    if _INFINITIVE.search(left, found[-1].end()):  # "hoped to restore power by Thursday": the aim's deadline
        return False
    return cues.auxiliary.search(left, 0, found[-1].start()) is None  # "was extended by Friday": a new deadline


def _in_past_perfect(left: str, right: str, cues: TenseCues) -> bool:
    """Is the clause in the past perfect ("had filed by Wednesday"), with no future cue after the "had"?"""
    had = None
    for had in cues.perfect.finditer(left, left.rfind(", ") + 1):  # "The sale, which had been expected, is due by
        pass  # February": a "had" set off by commas is not the clause's own
    if had is not None:
        return not any(cue.lastgroup == "future" for cue in cues.cue.finditer(left, had.end()))
    if cues.cue.search(left):  # "launches Nov. 12 ..., the day it had been due": the tense before the date is its own
        return False
    own = _NEXT_CLAUSE.split(right, 1)[0]  # "would hold a rally on Friday, and students had signed": not its own
    had = cues.perfect.search(own)
    if had is None:
        return False
    aside = own.rfind(",", 0, had.start())  # "On Wednesday, ahead of the decision, the government had announced"
    return not any(cue.lastgroup == "future" for cue in cues.cue.finditer(own, aside + 1, had.start()))
