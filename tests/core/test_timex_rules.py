"""Every EXAMPLE line of the temporal rule files, run through the tagger; and the rule files' own hygiene."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from streams.core.timex import tag
from streams.core.timex_rulebook import RULES_ROOT, RulebookError, Rule, load_rulebook, rulebook
from streams.core.timex_tokens import leading_keys

BOOK = rulebook()
CASES = [(rule, example) for rule in BOOK.rules for example in rule.examples]


def _id(case: tuple) -> str:
    rule, example = case
    return f"{rule.name}: {example.text[:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_example(case: tuple) -> None:
    rule, example = case
    anchor = date.fromisoformat(example.anchor)
    assert rule.regex.search(example.text), f"{rule.name} does not match its own example"
    found = tag(example.text, anchor)
    if rule.type == "REMOVE":
        vetoed = [m.span() for m in rule.regex.finditer(example.text)]
        overlapping = [t for t in found if any(t.start < e and s < t.end for s, e in vetoed)]
        assert not overlapping, f"tagged inside a REMOVE match: {overlapping}"
        return
    values = [(t.value, t.mod) for t in found]
    assert any(t.value == example.value for t in found), f"{example.value} not in {values}"
    if example.mod is not None:
        assert any(t.value == example.value and t.mod == example.mod for t in found), values


def test_every_rule_has_an_example() -> None:
    missing = [rule.name for rule in BOOK.rules if not rule.examples]
    assert not missing


def test_every_rule_is_indexed_by_its_first_words() -> None:
    # a rule the first-token analysis cannot read is tried at every word: allowed, but none should need it
    assert BOOK.anywhere == ()


def test_every_data_file_has_a_format_header() -> None:
    files = sorted((RULES_ROOT / "en").rglob("*.txt"))
    assert files
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# FORMAT"), path.name


def test_every_pattern_and_normalization_is_used() -> None:
    base = RULES_ROOT / "en"
    text = "\n".join(p.read_text(encoding="utf-8") for p in (base / "rules").glob("*.txt"))
    text += "\n".join(p.read_text(encoding="utf-8") for p in (base / "patterns").glob("*.txt"))
    used_by_code = {"tense_future", "tense_past", "tense_deadline", "tense_auxiliary", "tense_modal", "tense_gap",
                    "tense_present", "tense_perfect", "mod_prefix", "mod_signal", "number"}
    for path in (base / "patterns").glob("*.txt"):
        assert path.stem in used_by_code or f"%{path.stem}" in text, f"pattern {path.stem} is never used"
    for path in (base / "normalizations").glob("*.txt"):
        assert path.stem in used_by_code or f"|{path.stem}" in text, f"normalization {path.stem} is never used"


def _write_book(root: Path, rules: str, pattern: str = "x\n") -> None:
    base = root / "en"
    for folder in ("patterns", "normalizations", "rules"):
        (base / folder).mkdir(parents=True)
    for name in ("tense_future", "tense_past", "tense_deadline", "tense_auxiliary", "tense_modal", "tense_gap",
                 "tense_present", "tense_perfect", "tense_lasting", "word"):
        (base / "patterns" / f"{name}.txt").write_text("# FORMAT: test\n" + pattern)
    for name in ("mod_prefix", "mod_signal"):
        (base / "normalizations" / f"{name}.txt").write_text('# FORMAT: test\n"about","APPROX"\n')
    for stem in ("date", "time", "duration", "set", "remove"):
        (base / "rules" / f"{stem}.txt").write_text("# FORMAT: test\n" + (rules if stem == "date" else ""))


def test_a_rule_file_with_an_unknown_pattern_is_refused(tmp_path: Path) -> None:
    _write_book(tmp_path, "RULE: r\nMATCH: %nothing\nVALUE: 2020\nEXAMPLE: x => 2020 @ 2020-01-01\n")
    with pytest.raises(RulebookError, match="nothing"):
        load_rulebook(tmp_path)


def test_a_rule_without_value_is_refused(tmp_path: Path) -> None:
    _write_book(tmp_path, "RULE: r\nMATCH: %word\n")
    with pytest.raises(RulebookError, match="VALUE"):
        load_rulebook(tmp_path)


def test_a_template_naming_a_missing_group_is_refused(tmp_path: Path) -> None:
    _write_book(tmp_path, "RULE: r\nMATCH: %word\nVALUE: {year}\n")
    with pytest.raises(RulebookError, match="year"):
        load_rulebook(tmp_path)


def test_continuation_lines_join_a_long_match(tmp_path: Path) -> None:
    _write_book(tmp_path, "RULE: r\nMATCH: (?P<w>%word\n    |y)\nVALUE: {w}\n")
    book = load_rulebook(tmp_path)
    rule: Rule = book.rules[0]
    assert rule.regex.match("y") and leading_keys(rule.regex.pattern) == frozenset({("x",), ("y",)})


@pytest.mark.parametrize("pattern, runs", [
    (r"the\s+past\s+(?:decade|year)", {("the", "past", "decade"), ("the", "past", "year")}),
    (r"\d+\s*-\s*years?", {("<num>", "-", "year"), ("<num>", "-", "years")}),
    (r"(?:on\s+)?(?:monday|tuesday)\b", {("on", "monday"), ("on", "tuesday"), ("monday",), ("tuesday",)}),
    (r"since\s+\w+", {("since",)}),  # a word class: any token may follow
    (r"(?:x\s+)*y", {("y",), ("x", "y"), ("x", "x", "y"), ("x", "x", "x")}),
    (r"\s+x", None),  # cannot start at a token
])
def test_a_rule_is_indexed_by_its_first_three_token_keys(pattern: str, runs: set | None) -> None:
    assert leading_keys(pattern) == (frozenset(runs) if runs is not None else None)


def test_a_rule_is_tried_once_at_a_start_where_two_of_its_runs_begin(tmp_path: Path) -> None:
    _write_book(tmp_path, "RULE: r\nMATCH: x(?:\\s+y\\s+z)?\nVALUE: 2020\nEXAMPLE: x => 2020 @ 2020-01-01\n")
    book = load_rulebook(tmp_path)
    rule = book.rules[0]
    assert leading_keys(rule.regex.pattern) == frozenset({("x",), ("x", "y", "z")})
    assert book.dispatch == {"x": ({}, (rule,))}
