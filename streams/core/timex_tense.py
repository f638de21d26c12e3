"""Which way an expression points: the tense of the clause around it, from cheap local cue words.

News mostly reports the past, so "on Tuesday" in a Wednesday story is the day before; "will", "is expected to",
"next", "by" point forward. The cue words are data (``timex_rules/en/patterns/tense_*.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TenseCues", "direction"]

_CONTEXT = 120  # characters read on each side
_CLAUSE_END = re.compile(r"[.!?;:\"“”]\s|\n")


@dataclass(frozen=True, slots=True)
class TenseCues:
    cue: re.Pattern[str]  # groups ``future`` and ``past``
    deadline: re.Pattern[str]  # at the end of the text before a date: "by ", "until "
    auxiliary: re.Pattern[str]  # at the end of the text before a participle: "is ", "will be "; group ``modal``
    gap: re.Pattern[str]  # what may stand between a verb and its date: " in early "

    @classmethod
    def from_patterns(cls, patterns: dict[str, str]) -> TenseCues:
        """Build the cues from the expanded ``tense_*`` patterns of a rulebook."""
        return cls(
            cue=re.compile(rf"(?<!\w)(?:(?P<future>{patterns['tense_future']})|(?P<past>{patterns['tense_past']}))"
                           r"(?!\w)", re.IGNORECASE),
            deadline=re.compile(rf"(?<!\w){patterns['tense_deadline']}\s+(?:the\s+)?$", re.IGNORECASE),
            auxiliary=re.compile(rf"(?<!\w)(?:(?P<modal>{patterns['tense_modal']})|{patterns['tense_auxiliary']})"
                                 r"(?:\s+not)?\s+(?:be\s+|have\s+been\s+)?$", re.IGNORECASE),
            gap=re.compile(rf"\s+(?:{patterns['tense_gap']}[-\s]+)*", re.IGNORECASE),
        )


def direction(text: str, start: int, end: int, cues: TenseCues) -> str | None:
    """``future``, ``past``, ``past:near`` (a past verb right before the expression) or ``None`` (no cue).

    ``future`` after a deadline word, or when the clause holds a future cue before the expression; ``past`` when
    it holds a past cue; without cues before it, the first cue after it in the clause decides.
    """
    left = text[max(0, start - _CONTEXT):start]
    if cues.deadline.search(left):
        return "future"
    cut = None
    for cut in _CLAUSE_END.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    found = list(cues.cue.finditer(left))
    last = found[-1] if found else None
    if last is not None and last.lastgroup == "past" and cues.gap.fullmatch(left, last.end()):
        # "collapsed in May" is past, but "is expected in May" and "will be paid May 1" look ahead
        auxiliary = cues.auxiliary.search(left, 0, last.start())
        if auxiliary is None:
            return "past:near"
        if auxiliary["modal"] is None:
            return "future"
    kinds = {cue.lastgroup for cue in found}
    if not kinds:
        right = text[end:end + _CONTEXT]
        stop = _CLAUSE_END.search(right)
        first = cues.cue.search(right, 0, stop.start() if stop else len(right))
        kinds = {first.lastgroup} if first else set()
    return "future" if "future" in kinds else "past" if kinds else None
