"""A sentence cut into clauses by rule, so that a date attaches to what its own clause tells.

Boundaries: long quotations; ";", ":" and dashes; ", but" / ", while" / ", and he ..."; relative clauses
(", who ... ,"), participial ones (", arriving at ... ,"); subordinate ones ("as they arrived ..."); and
reported speech: what a statement verb reports ("said on Wednesday that ...", "said Y happened") is a clause of
its own, and so is a postposed attribution ("..., X, a government spokesperson, told reporters on Wednesday").
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from .event_kinds import DETERMINERS, Trigger
from .tokens import Token, is_capitalized

__all__ = ["Clause", "Segmentation", "segment", "AUXILIARIES", "is_auxiliary", "PRONOUNS", "past_form", "past_participle",
           "in_name_list", "fronted_participle", "np_start", "closes_age"]

AUXILIARIES = frozenset(
    "is are was were be been being has have had will would shall should can could may might must do does did "
    "'re 've 'd 'll".split()
)
# Capitalized, these are a month and a name ("in May", "Will Ferrell"), not the modals.
_NAMES_NOT_AUXILIARIES = frozenset({"May", "MAY", "Will", "WILL"})
PRONOUNS = frozenset("he she they it we i you".split())
_REL = frozenset({"who", "which", "whose", "whom", "where"})
_RESTRICTIVE = frozenset({"that", "which", "who"})
_GO_ON = frozenset("and or but not also to never just already".split())  # and auxiliaries: what may stand before
# a second verb of the same relative clause
_NOT_ANTECEDENT = frozenset("so such now given provided except fact than said says say think thought believe "
                            "believes know knew hope hopes ensure sure clear certain saying noted added is was are "
                            "were be been all and or but that this it".split())
_NOT_IN_NP = frozenset("of in on at for to from with by about against behind near over under after before into "
                       "during since than and or but is are was were has have had".split())
_COORD = frozenset({"but", "while", "whereas", "yet", "although", "though"})
_SUBORD = frozenset({"when", "because", "after", "before", "as", "since", "although", "though", "if", "unless",
                     "until", "once", "whereas", "while"})
_DUE_TO_VERBS = frozenset("be start begin open reopen run take end close finish launch arrive resume meet hold "
                          "play sail".split())
_NOT_PARTICIPLES = frozenset({"indeed", "hundred", "proceed", "exceed", "succeed", "infrared", "kindred",
                              "including", "during", "according", "regarding", "concerning", "excluding",
                              "notwithstanding", "pending", "nothing", "something", "anything", "everything",
                              "morning", "evening", "thing", "king", "spring", "string", "ring", "wing", "building",
                              "meeting", "funding", "ceiling", "briefing", "hearing", "training",
                              # nouns, or words that make nouns of the word after them, in a list of things
                              # ("rice, drinking water and medicines")
                              "drinking", "cooking", "washing", "swimming", "parking", "shopping", "sleeping",
                              "housing", "clothing", "bedding", "roofing", "heating", "lighting", "plumbing",
                              "dining", "boarding", "sewing"})
_SAY = frozenset({"say", "says", "said", "saying"})  # verbs that report a clause whatever its verb
_TELL = frozenset({"tell", "tells", "told", "telling", "assure", "assures", "assured", "assuring", "warn", "warns",
                   "warned", "warning", "inform", "informed", "remind", "reminded"})
_CLOSE_QUOTES = frozenset({"”", "’", '"', "'"})
_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_LONG_QUOTE = 6  # words: a shorter quotation is a phrase inside its clause ('a "red line"')
_MAX_SPEAKER = 10
_NOT_BUT = frozenset({"not", "all", "nothing", "anything", "everything", "none", "last"})
_NO_SUBJECT = frozenset({"but", "and", "or", "yet", "so", "while", "whereas", "then", "also"})
_LEFT_PREPS = frozenset("to in on at by for with about of from".split())
# A sentence head this long, not opened by a preposition or a subordinator, is a report even when no verb of
# it is known ("The plan ignores the region, X said").
_MIN_BARE_REPORT = 6
_AND_SUBJECT = 7  # words of the subject of a clause after "and", and its verb
_PAST_FORMS = frozenset("used broadcast burst lost won met took gave made held left sent began fell rose saw spoke "
                        "wrote got kept led brought sold paid found became fought flew broke struck hit cut put shut quit ran came went "
                        "told said thought knew grew drew threw bought caught taught stood understood set dug sought "
                        "spent built wore drove rode swam sang spun spread fled fed bore tore swore froze hid slid "
                        "stuck hung dealt meant felt bent lent sat slept wept withdrew overtook undertook forgave "
                        "arose awoke chose shook stole woke bit swept crept leapt knelt sank sprang shrank rang clung "
                        "flung swung strove bled shone sped forbade foresaw overcame overran overthrew underwent "
                        "upheld withheld mistook misled rebuilt blew drank ate forgot wove laid shot beat oversaw "
                        "split cast hurt forecast heard".split())
_IRREGULAR_PARTICIPLES = frozenset("used born held taken seen chosen sworn built written known given made led struck "
                                   "hit won lost shot done gone drawn driven fallen flown frozen grown hidden ridden "
                                   "risen shaken spoken stolen thrown torn broken beaten begun sunk forgiven "
                                   "undertaken overtaken withdrawn swept sunk sprung shrunk rung clung flung swung "
                                   "striven bled shone sped forbidden foreseen overcome overrun overthrown undergone "
                                   "upheld withheld mistaken misled rebuilt blown eaten forgotten woven shown sold "
                                   "told found brought bought caught taught sent spent kept paid laid sought fought "
                                   "dug hung bound proven worn slain".split())
_PARTICIPLE_ADVERBS = frozenset("first originally previously recently newly widely later once already also only "
                                "jointly".split())
# adverbs that open a participle aside only right after the subject: "The canal, then named after ..., opened";
# after a verb ", then crashed out" is a second predicate
_SUBJECT_ASIDE_ADVERBS = frozenset({"then", "now", "formerly"})
_REL_PREPS = _LEFT_PREPS | {"during", "after", "before", "under"}  # ", during which ...", ", for whom ..."
_PARTICIPLE_OPENERS = frozenset({"before", "after", "while", "when", "since", "by", "despite"})
_APPOSITION = 5  # words of a name set off by commas inside a clause
_CURRENCY = frozenset("$ € £ ¥".split())  # "a $38 million upgrade"
_QUANTIFIERS = frozenset("several many some most few all both dozens hundreds thousands".split())
_BARE_SUBJECT = 5  # words of a bare noun phrase before its verb: "after heavy seasonal rain flooded"
_NOT_REPORT_OPENERS = _LEFT_PREPS | frozenset("according after before during when while as since if in "
                                              "following despite amid".split())


@dataclass(slots=True)
class Clause:
    id: int
    kind: str  # main | quote | rel | part | coord | sub | comp | attrib
    parent: int | None
    opener: str = ""  # the word that opened it: "who", "where", "while", "that", "arriving" ...
    antecedent: tuple[int, int] | None = None  # tokens a relative pronoun refers to
    by_comma: bool = False  # opened at a comma, so the next comma closes it


@dataclass(slots=True)
class Segmentation:
    clauses: list[Clause]
    of_token: list[int]  # clause id of each token
    quote_tokens: set[int] = field(default_factory=set)
    _by_clause: dict[int, list[int]] | None = None

    def tokens(self, cid: int) -> list[int]:
        if self._by_clause is None:
            self._by_clause = {}
            for i, c in enumerate(self.of_token):
                self._by_clause.setdefault(c, []).append(i)
        return self._by_clause.get(cid, [])


def segment(toks: Sequence[Token], triggers: Sequence[Trigger], dated: Container[int] = (),
            named: Container[int] = ()) -> Segmentation:
    """Clauses of a tokenized sentence. ``dated``/``named`` are the tokens inside dates and names."""
    n = len(toks)
    quotes = _quote_regions(toks)
    in_quote: dict[int, int] = {}
    for q, (a, b) in enumerate(quotes):
        for i in range(a, b):
            in_quote[i] = q
    verbs = {t.start: t for t in triggers if t.is_verb}
    comp_at, attrib_at = _speech_boundaries(toks, triggers, in_quote, dated, named)
    fronted_close = _fronted_clause_end(toks, verbs, dated, comp_at)
    clauses = [Clause(0, "main", None)]
    of = [0] * n
    stack = [0]
    quote_clause: dict[int, int] = {}
    restrictive: dict[int, int] = {}  # relative clauses opened without a comma -> where their own verb may stand
    inline_sub: set[int] = set()  # subordinate clauses opened without a comma
    apposition_end = -1  # the comma closing a name set off inside a clause, which does not close the clause

    def add(kind: str, parent: int | None, **kw) -> int:
        clauses.append(Clause(len(clauses), kind, parent, **kw))
        return len(clauses) - 1

    for i, tok in enumerate(toks):
        if i in in_quote:
            q = in_quote[i]
            if q not in quote_clause:
                quote_clause[q] = add("quote", stack[-1])
            of[i] = quote_clause[q]
            continue
        low = tok.low
        prev = toks[i - 1].text if i else ""
        if i in attrib_at:
            for c in stack:
                if clauses[c].kind == "main":
                    clauses[c].kind = "comp"
            stack = [add("attrib", None)]
        elif i in comp_at:
            stack.append(add("comp", stack[-1], opener=low if low == "that" else ""))
        elif i and prev != "," and ((low == "but" and toks[i - 1].low not in _NOT_BUT)
                                    or (low == "whereas" and _clause_follows(toks, i + 1, verbs))):
            stack = [add("coord", stack[0], opener=low)]
        elif i and prev != "," and low in _RESTRICTIVE and _restrictive(toks, i, verbs, dated, named):
            # "the attack that killed 12 people on Monday": a relative clause without commas, told by its verb
            stack.append(add("rel", stack[-1], opener=low, antecedent=(_np_back(toks, i, verbs), i), by_comma=True))
            # a comma closes it as it closes a comma-opened one; a verb after its own is the outer clause's
            restrictive[stack[-1]] = max(i + 2, _object_verb(toks, i, verbs) or i)
        elif (stack[-1] in restrictive and i > restrictive[stack[-1]] and i not in dated
              and (is_auxiliary(toks[i]) or i in verbs
                   or _subject_verb_after_relative(toks, i, of, clauses[stack[-1]], verbs))
              and toks[i - 1].low not in _GO_ON and not is_auxiliary(toks[i - 1]) and toks[i - 1].text[:1].isalnum()) \
                or (stack[-1] in inline_sub and i - 1 in dated and i not in dated and is_auxiliary(toks[i])):
            # "the outbreak that began in January | has spread", "before leaders meet next week | is running into":
            # the outer clause's own verb
            stack.pop()
        elif low == "and" and i and prev != "," and _and_clause(toks, i, verbs, of, stack[-1]):
            stack = [add("coord", stack[0], opener=low)]  # "staff lost their jobs last year and 200 more were ..."
        elif i == 0 and fronted_close is not None and low in _SUBORD:
            stack.append(add("sub", 0, opener=low))  # "After the summit ended on May 19, Gao said ..."
        elif i and prev != "," and (low in _SUBORD or _by_the_time(toks, i)) and i + 1 not in dated \
                and _clause_follows(toks, i + 1, verbs, strict=True) \
                and (low != "as" or (i + 1 < n and toks[i + 1].low in PRONOUNS)
                     or (i + 1 < n and toks[i + 1].low in DETERMINERS and _clause_with_verb_at(toks, i + 1, verbs))):
                # "as the state government began a campaign", but not "served as the chief of staff"
            stack.append(add("sub", stack[-1], opener=low))
            inline_sub.add(stack[-1])
        of[i] = stack[-1]
        if tok.text in (";", "—", "–", "--") or (tok.text == ":" and i + 1 < n and i + 1 not in in_quote
                                                 and i not in dated and not _clock_colon(toks, i)):
            stack = [add("coord", stack[0])]
        elif i == fronted_close:
            stack = [0]
        elif tok.text == "," and i == apposition_end:
            pass  # "who will hand over to his deputy, Priya Raman, in April": the clause goes on after the name
        elif tok.text == "," and i + 1 < n:
            if stack[-1] in inline_sub and i + 1 not in dated and _clause_with_verb_at(toks, i + 1, verbs) \
                    and _has_verb(toks, of, stack[-1], i, verbs):
                stack.pop()  # "On Saturday, a day before the summit opened, herders marched": the sub ends here
            opened = [d for d in range(1, len(stack)) if clauses[stack[d]].by_comma]
            if opened and clauses[stack[-1]].kind in ("rel", "part") \
                    and (end := _apposition(toks, i, verbs, dated)) is not None:
                apposition_end = end
                continue
            if opened:  # the comma closes the innermost comma-opened clause and whatever opened inside it
                stack = stack[:opened[-1]]
            nxt = toks[i + 1].low
            if i + 1 in attrib_at or i + 1 in comp_at or i + 1 in in_quote:
                continue
            if nxt in _REL or (nxt in _REL_PREPS and i + 2 < n
                               and toks[i + 2].low in ("which", "whom")):  # ", during which MPs examine ..."
                stack.append(add("rel", stack[-1], opener=toks[i + 2].low if nxt not in _REL else nxt,
                                 antecedent=_antecedent(toks, i), by_comma=True))
            elif nxt in _PARTICIPLE_OPENERS and (part := _participle_at(toks, i + 2)) is not None \
                    and toks[part].low.endswith("ing"):  # ", before finishing second in Amsterdam"
                stack.append(add("part", stack[-1], opener=nxt, by_comma=True))
            elif (part := _participle_at(toks, i + 1 + _subject_aside(toks, i, verbs, of, stack[-1]))) is not None \
                    and (toks[part].low.endswith("ing")
                         or (not opened and not _closes_aside(toks, i, verbs, of, stack[-1]))):
                # a past participle only right after a noun phrase ("the deal, signed on Friday, ..."); after a
                # comma that closed an aside it is the verb the aside held off ("Lehto, speaking ..., announced")
                stack.append(add("part", stack[-1], opener=nxt, by_comma=True))
            elif nxt in _COORD or (nxt == "and" and _clause_follows(toks, i + 2, verbs, reach=_AND_SUBJECT + 3)):
                stack = [add("coord", stack[0], opener=nxt)]
            elif nxt in _SUBORD and i + 2 not in dated and _clause_follows(toks, i + 2, verbs, strict=True):
                stack.append(add("sub", stack[-1], opener=nxt, by_comma=True))
            elif not opened and _has_verb(toks, of, stack[-1], i, verbs) and not _verbal(toks, i + 1, verbs) \
                    and _clause_with_verb_at(toks, i + 1, verbs) and _list_ends_with_and(toks, i):
                # "Parliament passed the act in 1972, construction began in 1974, and the gates ...": a list of
                # clauses, each with its own subject
                stack = [add("coord", stack[0], opener=",")]
    return Segmentation(clauses, of, set(in_quote))


def _list_ends_with_and(toks: Sequence[Token], comma: int) -> bool:
    """Does a ", and" follow the comma at ``comma``, as the last item of a list does?"""
    return any(toks[k].low == "and" and toks[k - 1].text == "," for k in range(comma + 2, len(toks)))


def _apposition(toks: Sequence[Token], i: int, verbs: Container[int], dated: Container[int]) -> int | None:
    """The comma closing a name set off after a noun at comma ``i`` ("to his deputy, Priya Raman, in April"),
    when the words after it go on with the clause rather than start a predicate of its own; else None."""
    if i == 0 or not toks[i - 1].text[:1].isalnum() or toks[i - 1].low in _NOT_ANTECEDENT:
        return None
    for j in range(i + 1, min(i + 1 + _APPOSITION, len(toks))):
        if toks[j].text == ",":
            if j == i + 1 or j + 1 >= len(toks):
                return None
            after = toks[j + 1]
            if j + 1 in verbs or is_auxiliary(after) or _is_participle(after) or after.low in _REL \
                    or not after.text[:1].isalpha() or after.low in ("and", "or", "but"):
                return None
            return j if after.low in _NOT_IN_NP or j + 1 in dated else None
        if not is_capitalized(toks[j].text) or j in verbs or j in dated:
            return None
    return None


def _by_the_time(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` the "time" of "by the time", a subordinator of three words?"""
    return toks[i].low == "time" and i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low == "by"


def _fronted_clause_end(toks: Sequence[Token], verbs: Container[int], dated: Container[int],
                        comp_at: Container[int]) -> int | None:
    """The comma that closes a clause opening the sentence before its main one: a subordinate clause ("Although
    talks were held in Astana on Tuesday, the two sides ...") or what a fronted participle reports ("Noting that
    the summit will be held on May 18, Gao said ..."). It is the first comma after a verb of that clause that
    is followed by a subject and, within a few words, its verb; else None."""
    n = len(toks)
    if n < 4 or not ((toks[0].low in _SUBORD and 1 not in dated and _clause_follows(toks, 1, verbs, strict=True))
                     or (toks[0].low.endswith("ing") and 1 in comp_at)):
        return None
    start = 2 if toks[0].low in _SUBORD else 3
    seen_verb = False
    for k in range(start, n - 2):
        if toks[k].text in (";", ":", "—", "–", "--", "(", "“", '"'):
            return None
        if _verbal(toks, k, verbs):
            seen_verb = True
        elif toks[k].text == "," and seen_verb and k + 1 not in dated and _clause_with_verb_at(toks, k + 1, verbs):
            return k
    return None


def _clause_with_verb_at(toks: Sequence[Token], j: int, verbs: Container[int]) -> bool:
    """Does a clause with its own subject start at ``j``, its verb within a few words ("..., Gao said")?"""
    if not (_clause_follows(toks, j, verbs, strict=True) or toks[j].low in _QUANTIFIERS or toks[j].text.isdigit()):
        return False
    for k in range(j + 1, min(j + 1 + _AND_SUBJECT, len(toks))):
        if _verbal(toks, k, verbs):
            return True
        if toks[k].low == "of" and (toks[k - 1].low in _QUANTIFIERS or toks[k - 1].text.isdigit()):
            continue  # "hundreds of herders marched"
        if not toks[k].text[:1].isalnum() or (toks[k].low in _NOT_IN_NP and toks[k].low not in ("and", "or")):
            return False  # "herders and supporters marched": a subject may join two nouns
    return False


def _verbal(toks: Sequence[Token], k: int, verbs: Container[int]) -> bool:
    """Is token ``k`` a verb: a verb trigger, an auxiliary or a past form?"""
    return k in verbs or is_auxiliary(toks[k]) or past_form(toks[k])


def _subject_verb_after_relative(toks: Sequence[Token], i: int, of: Sequence[int], rel: Clause,
                                 verbs: Container[int]) -> bool:
    """Is the past form at ``i`` the verb of the clause whose subject the relative clause ``rel`` tells of ("86
    families who had spent two months in a gymnasium | moved into bunkhouses")? Only when that clause has no verb
    yet, and not a participle after a noun ("homes destroyed by the storm") or a determiner ("the renowned")."""
    if not past_form(toks[i]) or (i + 1 < len(toks) and toks[i + 1].low == "by"):
        return False
    before = toks[i - 1].low
    if before in DETERMINERS or before.endswith("ly") or past_form(toks[i - 1]):
        return False
    opener = rel.antecedent[0] if rel.antecedent else i
    return not any(of[k] == rel.parent and _verbal(toks, k, verbs) for k in range(opener))


def _has_verb(toks: Sequence[Token], of: Sequence[int], cid: int, i: int, verbs: Container[int]) -> bool:
    """Has clause ``cid`` a verb among its tokens before ``i``?"""
    return any(of[k] == cid and _verbal(toks, k, verbs) for k in range(i - 1, -1, -1))


def _antecedent(toks: Sequence[Token], comma: int) -> tuple[int, int]:
    """The noun phrase a relative clause after ``comma`` tells of: the one before it, or before an age between
    commas ("Labour MP Helen Marsh, 49, who stepped down")."""
    if closes_age(toks, comma):
        comma -= 2
    return np_start(toks, comma), comma


def closes_age(toks: Sequence[Token], comma: int) -> bool:
    """Does the comma at ``comma`` close an age set off by commas ("Dean Harker, 52, outside ...")?"""
    return comma > 2 and toks[comma - 1].text.isdigit() and len(toks[comma - 1].text) <= 3 \
        and toks[comma - 2].text == ","


def _restrictive(toks: Sequence[Token], i: int, verbs: Container[int], dated: Container[int],
                 named: Container[int]) -> bool:
    """Does "that"/"which"/"who" at ``i`` open a relative clause on the noun before it: a noun (not a verb, not
    "so", "now", "the fact") right before, and a verb trigger, a past form or an auxiliary right after?"""
    if i + 1 >= len(toks) or i - 1 in verbs or i - 1 in dated:
        return False
    before, after = toks[i - 1], toks[i + 1]
    if not before.text[:1].isalnum() or before.low in _NOT_ANTECEDENT or before.low in DETERMINERS:
        return False
    if before.text[:1].islower() and before.low.endswith(("ed", "ly")) and i - 1 not in named:
        return False  # "warned that", "clearly that"
    return i + 1 in verbs or past_form(after) or is_auxiliary(after) or _object_verb(toks, i, verbs) is not None


def _object_verb(toks: Sequence[Token], i: int, verbs: Container[int]) -> int | None:
    """The verb of an object relative clause opened by "that"/"which" at ``i``, its subject between ("an upgrade
    that the council approved in March", "the deal which he signed"), else None."""
    after = toks[i + 1]
    if toks[i].low not in ("that", "which") or not (after.low in PRONOUNS or after.low in DETERMINERS
                                                    or after.text[:1].islower()):
        return None
    if i + 1 in verbs or past_form(after) or is_auxiliary(after):
        return None  # "a tanker that lost steering crashed into ...": the clause's own verb, no subject between
    for k in range(i + 2, min(i + 4, len(toks))):
        if k in verbs or past_form(toks[k]):
            return k if toks[k - 1].text[:1].isalnum() and toks[k - 1].low not in _NOT_IN_NP else None
        if not toks[k].text[:1].isalnum() or toks[k].low in _NOT_IN_NP or is_auxiliary(toks[k]):
            return None
    return None


def _and_clause(toks: Sequence[Token], i: int, verbs: Container[int], of: Sequence[int], current: int) -> bool:
    """Does "and" at ``i`` join a second clause with a subject of its own ("... last year and a further 200
    redundancies were announced"): a verb already in the clause before it, then a short noun phrase and a verb?"""
    k = i - 1
    while k >= 0 and of[k] == current and not _verbal(toks, k, verbs):
        k -= 1
    if k < 0 or of[k] != current or _ends_name_list(toks, i):
        return False
    for k in range(i + 1, min(i + 1 + _AND_SUBJECT, len(toks))):
        low = toks[k].low
        if k > i + 1 and _verbal(toks, k, verbs):
            return True
        if not toks[k].text[:1].isalnum() or low in _NOT_IN_NP or low in ("that", "who", "which", "to") \
                or k in verbs or past_form(toks[k]):
            return False
    return False


def in_name_list(toks: Sequence[Token], k: int) -> bool:
    """Is the comma at ``k`` one of a list of names ("services between Bilbao, Vitoria and San Sebastián")?"""
    return toks[k].text == "," and 0 < k < len(toks) - 1 and is_capitalized(toks[k - 1].text) \
        and is_capitalized(toks[k + 1].text)


def _ends_name_list(toks: Sequence[Token], i: int) -> bool:
    """Does "and" at ``i`` end a list of names ("between Bilbao, Vitoria-Gasteiz and San Sebastián")?"""
    k = i - 1
    while k >= 0 and is_capitalized(toks[k].text) and i - k <= 4:
        k -= 1
    return k < i - 1 and k > 0 and toks[k].text == "," and is_capitalized(toks[k - 1].text)


def _closes_aside(toks: Sequence[Token], i: int, verbs: Container[int], of: Sequence[int], current: int) -> bool:
    """Does the comma at ``i`` close an aside in a subject that has no verb yet ("Georgescu, a critic of NATO,
    topped ..."), so that the word in -ed after it is the verb the subject waited for?"""
    k, commas = i - 1, 0
    while k >= 0 and of[k] == current:
        if _verbal(toks, k, verbs):
            return False
        commas += toks[k].text == ","
        k -= 1
    return commas >= 1


def _np_back(toks: Sequence[Token], i: int, verbs: Container[int]) -> int:
    """Start of the noun phrase that ends right before token ``i``: back to its determiner, at most five words."""
    k = i - 1
    while k > 0 and i - k < 5 and toks[k].low not in DETERMINERS \
            and (toks[k - 1].text[:1].isalnum() or toks[k - 1].text in _CURRENCY) \
            and toks[k - 1].low not in _NOT_IN_NP and k - 1 not in verbs:
        k -= 1
    return k


def _clock_colon(toks: Sequence[Token], i: int) -> bool:
    """The colon of a clock time ("8:30"), not one that opens a clause."""
    return (0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() and toks[i + 1].text.isdigit()
            and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start)


def _looks_past(tok: Token) -> bool:
    """A lower-case word in -ed, most likely a verb ("damaged", "collapsed")."""
    return tok.low.endswith("ed") and len(tok.low) > 4 and tok.text[:1].islower() and tok.low.isalpha() \
        and tok.low not in _NOT_PARTICIPLES  # "hundred", "indeed"


def is_auxiliary(tok: Token) -> bool:
    """An auxiliary or a modal verb; "May" and "Will" capitalized are a month and a name."""
    return tok.low in AUXILIARIES and tok.text not in _NAMES_NOT_AUXILIARIES


def past_form(tok: Token) -> bool:
    """A past form: in -ed, or one of the common irregular ones ("lost", "fell")."""
    return _looks_past(tok) or (tok.low in _PAST_FORMS and tok.text[:1].islower())


def past_participle(tok: Token) -> bool:
    """A past form or an irregular past participle ("taken", "broken"), in lower case."""
    return past_form(tok) or (tok.low in _IRREGULAR_PARTICIPLES and tok.text[:1].islower())


def _is_participle(tok: Token) -> bool:
    """"killing", and "signed" in "the deal, signed on Friday, ...": a participle opening a clause after a comma."""
    low = tok.low
    return ((low.endswith(("ing", "ed")) and len(low) > 4 and low.isalpha() and low not in _NOT_PARTICIPLES)
            or low in _IRREGULAR_PARTICIPLES) and not is_capitalized(tok.text)


def _subject_aside(toks: Sequence[Token], comma: int, verbs: Container[int], of: Sequence[int], cid: int) -> bool:
    """Does an adverb after ``comma`` open a participle aside right after the clause's subject ("The canal, then
    named after ..., opened")?"""
    return toks[comma + 1].low in _SUBJECT_ASIDE_ADVERBS and not _has_verb(toks, of, cid, comma, verbs)


def _participle_at(toks: Sequence[Token], j: int) -> int | None:
    """The participle opening a clause at ``j``, perhaps after an adverb ("first announced in March"), else None."""
    if j < len(toks) and toks[j].low in _PARTICIPLE_ADVERBS:
        j += 1
    if j + 2 < len(toks) and toks[j].low == "due" and toks[j + 1].low == "to" and toks[j + 2].low in _DUE_TO_VERBS:
        return j  # "The half-marathon, due to be run on Sunday, has been cancelled": a plan, set off like a participle
    return j if j < len(toks) and _is_participle(toks[j]) else None


def _clause_follows(toks: Sequence[Token], j: int, verbs: Container[int], strict: bool = False,
                    reach: int = _BARE_SUBJECT) -> bool:
    """Does a clause start at ``j``: a pronoun, a determiner or a name (or, unless strict, a verb trigger); or a
    bare noun phrase whose verb follows within ``reach`` words ("after heavy rain forced ...")."""
    if j >= len(toks):
        return False
    low = toks[j].low
    if (low in PRONOUNS or low in DETERMINERS or is_capitalized(toks[j].text)
            or (not strict and j in verbs)):
        return True
    if _is_participle(toks[j]) or j in verbs:
        return False  # "after straying across the border was returned": a participle phrase, no subject
    for k in range(j + 1, min(j + reach + 1, len(toks))):
        if not toks[k].text[:1].isalnum() and not in_name_list(toks, k):
            return False
        if k in verbs or _looks_past(toks[k]) or is_auxiliary(toks[k]):
            return True
    return False


def np_start(toks: Sequence[Token], comma: int) -> int:
    """Start of the noun phrase before a comma: back to the previous comma, quote or clause word."""
    i = comma - 1
    while i > 0 and comma - i < 12 and toks[i - 1].text not in (",", ";", ":", "(", "“", '"') and toks[i - 1].low not in _REL:
        i -= 1
    return max(i, 0)


def _quote_regions(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges inside long quotations (marks excluded); an unclosed quote that opens the sentence
    runs to its end (a quoted paragraph goes on in the next one)."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        mark = toks[i].text
        opens = i + 1 < n and toks[i + 1].start == toks[i].end and toks[i - 1].end < toks[i].start  # ' "a'
        if mark in _PAIRS and (i == 0 or not toks[i - 1].text[-1:].isalnum() or mark in ("“", "‘") or opens):
            close = _PAIRS[mark]
            j = i + 1
            while j < n and toks[j].text != close:
                j += 1
            if j < n or i == 0:
                words = sum(1 for t in toks[i + 1:j] if t.text[0].isalnum())
                if words >= _LONG_QUOTE:
                    out.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return out


def _speech_boundaries(toks: Sequence[Token], triggers: Sequence[Trigger], in_quote: Container[int],
                       dated: Container[int], named: Container[int]) -> tuple[set[int], set[int]]:
    """Where what a statement verb reports begins (``comp``) and where a postposed attribution begins."""
    comp_at: set[int] = set()
    attrib_at: set[int] = set()
    n = len(toks)
    verb_starts = {t.start for t in triggers if t.is_verb}
    for t in triggers:
        if t.kind != "statement" or not t.is_verb or t.start in in_quote:
            continue
        a, b = t.start, t.end
        speaker = _postposed_speaker(toks, a, b, verb_starts, in_quote, named, dated)
        if speaker is not None:
            attrib_at.add(speaker)
            continue
        k = b
        while k < n and k - b <= 10 and toks[k].text not in (",", ";", ":") and k not in in_quote \
                and toks[k].low != "that" and (k == b or k not in verb_starts):
            k += 1
        if k < n and toks[k].low == "that" and k + 1 < n and not toks[k + 1].low in ("is", "was", "has"):
            comp_at.add(k)
            continue
        if t.pos != "speech":
            continue
        k = b
        if toks[a].low in _TELL:  # "told reporters", "told the BBC": skip who was told
            while k < n and k - b < 4 and toks[k].text[0].isalnum() and toks[k].low not in _LEFT_PREPS \
                    and toks[k].low != "that" and k not in dated:
                k += 1
        while k < n and (k in dated or (toks[k].low in ("on", "in", "at", "late", "early", "last", "this")
                                        and k + 1 in dated)):
            k += 1
        if k < n and toks[k].text[0].isalnum() and toks[k].low not in _LEFT_PREPS \
                and not _is_participle(toks[k]) and k not in in_quote \
                and (toks[a].low in _SAY or _has_a_verb_from(toks, k, verb_starts, dated)):
            comp_at.add(k)
    return comp_at, attrib_at


def _has_a_verb_from(toks: Sequence[Token], k: int, verbs: Container[int], dated: Container[int]) -> bool:
    """Does a verb follow ``k`` before the sentence's next ";"? What a statement verb other than "say" reports is a
    clause ("warned the talks will fail"); "explain the changes at the plaza on July 15" has an object."""
    for i in range(k, len(toks)):
        if toks[i].text == ";":
            return False
        if toks[i].low in _PREDICATE_JOINERS and i > k:
            j = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "then")
            if j < len(toks) and (j in verbs or past_form(toks[j])):
                return False  # "wrote the first scene in 2005 and put it in a drawer": the writer's second act
        if i not in dated and (i in verbs or is_auxiliary(toks[i]) or past_form(toks[i])):
            return True
    return False


_PREDICATE_JOINERS = frozenset({"and", "or", "but"})


def _postposed_speaker(toks: Sequence[Token], a: int, b: int, verbs: Container[int], in_quote: Container[int],
                       named: Container[int], dated: Container[int] = ()) -> int | None:
    """Start of the attribution when the verb closes a report ("..., X said." / "“...,” said X"), else None."""
    n = len(toks)
    tail = b
    while tail < n and toks[tail].text not in (",", ";", ":") and tail not in in_quote:
        low = toks[tail].low
        if low == "that" or (tail in verbs and tail != a) or (tail >= b and (is_auxiliary(toks[tail]) or (
                low in PRONOUNS and tail > b))):
            return None  # "said it had ...": a report follows, the verb does not close one
        tail += 1
    if tail - b > _MAX_SPEAKER:
        return None

    def boundary(i: int) -> bool:
        return toks[i].text in (",", ";", ":") or toks[i].text in _CLOSE_QUOTES or i in in_quote

    start = a
    while start > 0 and not boundary(start - 1) and a - start <= _MAX_SPEAKER:
        start -= 1
        if start in verbs or is_auxiliary(toks[start]) or toks[start].low == "that":
            return None
    if a - start > _MAX_SPEAKER or start == 0 or (start < a and toks[start].low in _NO_SUBJECT | _REL):
        return None  # "X, who admitted paying bribes, will be sentenced": a relative clause, not a speaker
    # "X, a government spokesperson, said": walk back over an appositive to the name before it
    span_is_apposition = start == a or toks[start].low in DETERMINERS
    while span_is_apposition and start > 1 and toks[start - 1].text == ",":
        left = start - 1
        while left > 0 and not boundary(left - 1) and start - left <= _MAX_SPEAKER:
            left -= 1
        segment = range(left, start - 1)
        if not segment or len(segment) > 6 or left == 0:
            break
        lows = [toks[i].low for i in segment]
        if any(i in verbs or is_auxiliary(toks[i]) for i in segment):
            break
        if lows[0] in DETERMINERS:
            start = left  # another appositive
            continue
        if any(i in named for i in segment):
            start = left
        break
    if start == a and not any(i in named for i in range(b, tail)) and not any(
            toks[i].low in PRONOUNS for i in range(b, tail)):
        return None  # nothing names the speaker
    fronted = 1 if toks[0].low.endswith(("ing", "ed")) and toks[0].low not in _NOT_PARTICIPLES else 0
    if not any(i in in_quote or i in verbs or (is_auxiliary(toks[i]) and i not in dated) or _looks_past(toks[i])
               for i in range(fronted, start)) and (start < _MIN_BARE_REPORT or toks[0].low in _NOT_REPORT_OPENERS
                                                    or fronted):  # "Speaking in Rome on Monday, X announced"
        return None  # what comes before is no report ("In a statement on Monday, X said ...")
    return start


def fronted_participle(toks: Sequence[Token], dated: Container[int] = ()) -> int | None:
    """"Born in Cobh in 1948, Moriarty grew up ...", "Speaking in Rome, the minister ...": the comma that closes a
    participle phrase opening the sentence (none inside a ``dated`` token's date), else None."""
    if not toks or not toks[0].text[:1].isupper():
        return None
    low = toks[0].low
    if not (low.endswith(("ing", "ed")) or low in _IRREGULAR_PARTICIPLES):
        return None
    return next((k for k in range(1, len(toks)) if toks[k].text == "," and k not in dated), None)
