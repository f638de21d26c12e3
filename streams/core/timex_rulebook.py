"""The temporal rules as data: load patterns, normalizations and rules, compile them once.

A rule file is a list of blocks (see the FORMAT header of any file under ``timex_rules/en/rules/``). Each rule's
``MATCH`` is a Python regular expression in which ``%name`` stands for ``patterns/name.txt`` (one alternative per
line); ``VALUE`` and ``MOD`` are templates in which ``{group}`` inserts a named group and ``{group|norm}`` maps
it through ``normalizations/norm.txt``. Rules are compiled once, and indexed by the first two tokens a match can
start with (:mod:`streams.core.timex_tokens`), so the tagger only tries the few rules that can start at a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from streams.core.timex_tense import TenseCues
from streams.core.timex_tokens import leading_keys

__all__ = [
    "Example",
    "Rule",
    "Rulebook",
    "RulebookError",
    "rulebook",
    "load_rulebook",
]

RULES_ROOT = Path(__file__).resolve().parent / "timex_rules"
RULE_FILES = (("date", "DATE"), ("time", "TIME"), ("duration", "DURATION"), ("set", "SET"), ("remove", "REMOVE"))

_PATTERN_REF = re.compile(r"%([a-z][a-z0-9_]*)")
_TEMPLATE_SLOT = re.compile(r"\{(?P<group>[a-z][a-z0-9_]*)(?:\|(?P<norm>[a-z][a-z0-9_]*))?(?::(?P<fmt>[0-9]+))?"
                            r"(?:=(?P<default>[^}]*))?\}")
_NORM_LINE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"$')
_EXAMPLE = re.compile(r"^(?P<text>.+?)\s+=>\s+(?P<value>\S+)(?:\s+(?P<mod>[A-Z_]+))?"
                      r"\s+@\s+(?P<anchor>\d{4}-\d\d-\d\d)$")
_SPACES = re.compile(r"\s+")
_KEYS = ("RULE", "MATCH", "VALUE", "MOD", "SPAN", "EXAMPLE")
_NEVER = re.compile(r"(?!)")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


class RulebookError(ValueError):
    """A rule file that cannot be read: the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class Example:
    """One ``EXAMPLE: text => value [MOD] @ anchor`` line; ``value`` is ``none`` for REMOVE rules."""

    text: str
    value: str
    mod: str | None
    anchor: str


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str  # DATE | TIME | DURATION | SET | REMOVE
    regex: re.Pattern[str]
    value: str
    mod: str | None
    span: str | None
    priority: int
    examples: tuple[Example, ...] = ()


# a node of the rule index: (next token key -> node, the rules to try once the keys leading to it are read)
Node = tuple[dict[str, "Node"], tuple[Rule, ...]]


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    normalizations: dict[str, dict[str, str]]
    dispatch: dict[str, Node] = field(default_factory=dict)
    anywhere: tuple[Rule, ...] = ()
    tense: TenseCues | None = None  # the words that tell which way an expression points
    mod_prefix: re.Pattern[str] = _NEVER  # group ``w``: a word just before an expression that sets its mod
    mod_signal: re.Pattern[str] = _NEVER  # the same for words that stay outside the expression ("before")

    def fill(self, template: str | None, match: re.Match[str]) -> str | None:
        """Fill a VALUE/MOD template from a match; ``None`` when a group has no normalization."""
        if template is None:
            return None
        try:
            return "".join(part if type(part) is str else self._slot(part, match) for part in _template_parts(template))
        except KeyError:
            return None

    def _slot(self, slot: _Slot, match: re.Match[str]) -> str:
        raw = match.group(slot.group)
        if raw is None:
            if slot.default is None:
                raise KeyError(slot.group)
            return slot.default
        key = _SPACES.sub(" ", raw.strip().lower())
        out = key
        if slot.norm:
            table = self.normalizations[slot.norm]
            out = table.get(key)
            if out is None:
                out = table.get(key.rstrip("."))
            if out is None and " and " in key:  # "a hundred and seventy": the parts added up
                parts = [table.get(part) for part in key.split(" and ")]
                if all(part and part.isdigit() for part in parts):
                    out = str(sum(int(part) for part in parts))
            if out is None:  # digits need no entry: "1,500" -> "1500", "2.5" -> "2.5"
                plain = key.replace(",", "")
                if not _DECIMAL.fullmatch(plain):
                    raise KeyError(key)
                whole, _, fraction = plain.partition(".")
                out = str(int(whole)) + (f".{fraction}" if fraction.strip("0") else "")
        if slot.fmt:
            out = str(int(out)).zfill(int(slot.fmt))
        return out


@dataclass(frozen=True, slots=True)
class _Slot:
    """One ``{group|norm:fmt=default}`` of a template."""

    group: str
    norm: str | None
    fmt: str | None
    default: str | None


@lru_cache(maxsize=None)  # the templates are the rules' own: a few hundred
def _template_parts(template: str) -> tuple[str | _Slot, ...]:
    """A template cut into its literal text and its slots, once."""
    parts: list[str | _Slot] = []
    pos = 0
    for slot in _TEMPLATE_SLOT.finditer(template):
        if slot.start() > pos:
            parts.append(template[pos:slot.start()])
        parts.append(_Slot(slot["group"], slot["norm"], slot["fmt"], slot["default"]))
        pos = slot.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


def _header_free_lines(path: Path) -> list[tuple[int, str]]:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        lines.append((number, line.rstrip()))
    return lines


def _require_format(path: Path) -> None:
    if not path.read_text(encoding="utf-8").startswith("# FORMAT"):
        raise RulebookError(f"{path.name}: the file must start with a '# FORMAT' header")


def _load_patterns(folder: Path) -> dict[str, str]:
    raw: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        _require_format(path)
        raw[path.stem] = [line.strip() for _, line in _header_free_lines(path) if line.strip()]
    expanded: dict[str, str] = {}

    def expand(name: str, seen: tuple[str, ...]) -> str:
        if name in expanded:
            return expanded[name]
        if name not in raw:
            raise RulebookError(f"unknown pattern %{name} (referenced from {' -> '.join(seen) or 'a rule'})")
        if name in seen:
            raise RulebookError(f"pattern %{name} refers to itself through {' -> '.join(seen)}")
        body = "|".join(_PATTERN_REF.sub(lambda m: expand(m[1], seen + (name,)), alt) for alt in raw[name])
        expanded[name] = f"(?:{body})"
        return expanded[name]

    for name in raw:
        expand(name, ())
    return expanded


def _load_normalizations(folder: Path) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.txt")):
        _require_format(path)
        table: dict[str, str] = {}
        for number, line in _header_free_lines(path):
            if not line.strip():
                continue
            found = _NORM_LINE.match(line.strip())
            if not found:
                raise RulebookError(f"{path.name}:{number}: expected \"surface\",\"value\"")
            table[_SPACES.sub(" ", found[1].lower())] = found[2]
        tables[path.stem] = table
    return tables


def _blocks(path: Path) -> list[dict[str, list[str]]]:
    blocks: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    last_key = None
    for number, line in _header_free_lines(path) + [(0, "")]:
        if not line.strip():
            if current:
                blocks.append(current)
            current, last_key = {}, None
            continue
        if line[0].isspace():
            if last_key is None:
                raise RulebookError(f"{path.name}:{number}: continuation line outside a field")
            current[last_key][-1] += line.strip()
            continue
        key, sep, rest = line.partition(":")
        if not sep or key not in _KEYS:
            raise RulebookError(f"{path.name}:{number}: expected one of {', '.join(_KEYS)}")
        current.setdefault(key, []).append(rest.strip())
        last_key = key
    return blocks


def _compile(source: str, patterns: dict[str, str], where: str) -> tuple[re.Pattern[str], str]:
    try:
        body = _PATTERN_REF.sub(lambda m: patterns[m[1]], source)
    except KeyError as missing:
        raise RulebookError(f"{where}: unknown pattern %{missing.args[0]}") from None
    try:
        return re.compile(rf"(?<![\w$£€¥])(?:{body})(?!\w)", re.IGNORECASE), body
    except re.error as exc:
        raise RulebookError(f"{where}: {exc}") from None


def _parse_example(line: str, where: str) -> Example:
    found = _EXAMPLE.match(line)
    if not found:
        raise RulebookError(f"{where}: EXAMPLE must read 'text => value [MOD] @ YYYY-MM-DD', got {line!r}")
    return Example(found["text"], found["value"], found["mod"], found["anchor"])


def load_rulebook(root: Path = RULES_ROOT, language: str = "en") -> Rulebook:
    """Read every rule file of ``language`` and compile it (the tagger uses the cached :func:`rulebook`)."""
    base = root / language
    patterns = _load_patterns(base / "patterns")
    normalizations = _load_normalizations(base / "normalizations")
    rules: list[Rule] = []
    leading: list[frozenset[tuple[str, ...]] | None] = []  # each rule's runs of first token keys (timex_tokens)
    names: set[str] = set()
    for stem, timex_type in RULE_FILES:
        path = base / "rules" / f"{stem}.txt"
        _require_format(path)
        for block in _blocks(path):
            name = (block.get("RULE") or [""])[0]
            where = f"{path.name}: rule {name or '?'}"
            if not name or name in names or len(block.get("MATCH", [])) != 1:
                raise RulebookError(f"{where}: every rule needs a unique RULE name and one MATCH")
            if timex_type != "REMOVE" and len(block.get("VALUE", [])) != 1:
                raise RulebookError(f"{where}: needs one VALUE")
            names.add(name)
            regex, body = _compile(block["MATCH"][0], patterns, where)
            span = (block.get("SPAN") or [None])[0]
            if span is not None and span not in regex.groupindex:
                raise RulebookError(f"{where}: SPAN names no group of MATCH")
            for template in block.get("VALUE", []) + block.get("MOD", []):
                for slot in _TEMPLATE_SLOT.finditer(template):
                    if slot["group"] not in regex.groupindex:
                        raise RulebookError(f"{where}: template group {{{slot['group']}}} is not in MATCH")
                    if slot["norm"] and slot["norm"] not in normalizations:
                        raise RulebookError(f"{where}: unknown normalization {slot['norm']}")
            rules.append(Rule(
                name=name,
                type=timex_type,
                regex=regex,
                value=(block.get("VALUE") or ["none"])[0],
                mod=(block.get("MOD") or [None])[0],
                span=span,
                priority=len(rules),
                examples=tuple(_parse_example(line, where) for line in block.get("EXAMPLE", [])),
            ))
            leading.append(leading_keys(body))
    extras = {
        "tense": TenseCues.from_patterns(patterns),
        "mod_prefix": _words_before(normalizations["mod_prefix"]),
        "mod_signal": _words_before(normalizations["mod_signal"]),
    }
    return _index(tuple(rules), leading, normalizations, extras)


def _words_before(table: dict[str, str]) -> re.Pattern[str]:
    """A regex for one of the table's words at the very end of a text (the text just before an expression)."""
    words = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    return re.compile(rf"(?<!\w)(?P<w>{body})\s+$", re.IGNORECASE)


def _index(rules: tuple[Rule, ...], leading: list[frozenset[tuple[str, ...]] | None],
           normalizations: dict[str, dict[str, str]], extras: dict[str, object]) -> Rulebook:
    """A trie of the rules by their leading token keys (``leading``, None: try the rule at every token): a rule
    sits at the end of each of its runs, unless another of its runs is a prefix of that one (it is then tried
    once, there). Built from the leaves up, one copy of each distinct node: the number words ("three" + "days"
    + "later", "four" + ...) share their subtrees, tens of thousands of runs in a few hundred nodes."""
    anywhere = []
    entries: list[tuple[tuple[str, ...], int]] = []  # (run, the rule's place)
    for place, (rule, runs) in enumerate(zip(rules, leading)):
        if runs is None:
            anywhere.append(rule)
            continue
        entries.extend((run, place) for run in runs if not any(run[:n] in runs for n in range(1, len(run))))
    shared: dict[tuple, Node] = {}

    def node(entries: list[tuple[tuple[str, ...], int]], depth: int) -> Node:
        places: list[int] = []
        deeper: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for run, place in entries:
            if len(run) == depth:
                places.append(place)
            else:
                deeper.setdefault(run[depth], []).append((run, place))
        children = {key: node(group, depth + 1) for key, group in deeper.items()}
        places.sort()
        identity = (tuple(sorted((key, id(child)) for key, child in children.items())), tuple(places))
        return shared.setdefault(identity, (children, tuple(rules[place] for place in places)))

    return Rulebook(rules, normalizations, node(entries, 0)[0], tuple(anywhere), **extras)


@cache
def rulebook() -> Rulebook:
    """The English rulebook, compiled on first use and kept for the life of the process."""
    return load_rulebook()
