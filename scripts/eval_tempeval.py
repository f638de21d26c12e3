"""Score the temporal tagger on the TempEval-3 training corpus (TimeBank + AQUAINT, TimeML).

Usage: python scripts/eval_tempeval.py [--data DIR] [--show-errors N]

Each .tml file's TEXT is stripped of its XML tags (the gold TIMEX3 spans are kept as offsets into that plain
text) and tagged with ``tag(text, dct)``, dct being the document creation time. Printed: strict (same span) and
relaxed (overlapping span) extraction precision, recall and F1, and value F1 = relaxed F1 x the share of matched
expressions whose value is right (UzZaman et al. 2013), over all types, for DATE, and for each type.
The data folder defaults to $TIMELINE_TEMPEVAL_DIR, else ../shared/data/tempeval3-train next to the repository.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = ["Gold", "Document", "read_tml", "score", "main"]

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.core.timex import tag  # noqa: E402
from streams.core.types import Timex  # noqa: E402

TYPES = ("DATE", "TIME", "DURATION", "SET")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    dct: date
    text: str
    gold: tuple[Gold, ...]


def read_tml(path: Path) -> Document:
    """One TimeML file: its creation date, its plain text, and the gold TIMEX3 spans in that text."""
    raw = path.read_text(encoding="utf-8")
    dct_attrs = dict(_ATTR.findall(_DCT.search(raw).group(1)))
    body = _TEXT.search(raw).group(1)
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[Gold] = []
    position = 0
    for found in _TAG.finditer(body):
        chunk = html.unescape(body[position:found.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = found.end()
        closing, name = found.group(1) == "/", found.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(found.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            gold.append(Gold(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return Document(path.name, date.fromisoformat(dct_attrs["value"][:10]), "".join(pieces), tuple(gold))


def _pairs(gold: list[Gold], system: list[Timex]) -> list[tuple[Gold, Timex]]:
    """One-to-one matching of overlapping spans, largest overlap first."""
    options = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                options.append((overlap, g, s))
    options.sort(key=lambda o: -o[0])
    used_gold, used_system, pairs = set(), set(), []
    for _, g, s in options:
        if id(g) in used_gold or id(s) in used_system:
            continue
        used_gold.add(id(g))
        used_system.add(id(s))
        pairs.append((g, s))
    return pairs


def _prf(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(results: list[tuple[Document, list[Timex]]], only_type: str | None = None) -> dict[str, float]:
    n_gold = n_system = strict = relaxed = right_value = 0
    for doc, system in results:
        gold = [g for g in doc.gold if only_type in (None, g.type)]
        found = [s for s in system if only_type in (None, s.type)]
        n_gold += len(gold)
        n_system += len(found)
        pairs = _pairs(gold, found)
        relaxed += len(pairs)
        strict += sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end))
        right_value += sum(1 for g, s in pairs if g.value.upper() == s.value.upper())
    sp, sr, sf = _prf(strict, n_system, n_gold)
    rp, rr, rf = _prf(relaxed, n_system, n_gold)
    accuracy = right_value / relaxed if relaxed else 0.0
    return {"gold": n_gold, "system": n_system, "strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp,
            "relaxed_r": rr, "relaxed_f1": rf, "value_accuracy": accuracy, "value_f1": rf * accuracy}


def _context(doc: Document, start: int, end: int) -> str:
    left = doc.text[max(0, start - 50):start].replace("\n", " ")
    right = doc.text[end:end + 30].replace("\n", " ")
    return f"...{left}[{doc.text[start:end]}]{right}..."


def _show_errors(results: list[tuple[Document, list[Timex]]], limit: int) -> None:
    missed, spurious, wrong = [], [], []
    for doc, system in results:
        pairs = _pairs(list(doc.gold), system)
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        missed += [(doc, g) for g in doc.gold if id(g) not in matched_gold]
        spurious += [(doc, s) for s in system if id(s) not in matched_system]
        wrong += [(doc, g, s) for g, s in pairs if g.value.upper() != s.value.upper()]
    print(f"\nmissed {len(missed)}, spurious {len(spurious)}, wrong value {len(wrong)}")
    print("most missed:", Counter(g.text.lower() for _, g in missed).most_common(limit))
    print("most spurious:", Counter(s.text.lower() for _, s in spurious).most_common(limit))
    print(f"\n-- missed (first {limit})")
    for doc, g in missed[:limit]:
        print(f"  {doc.name} {doc.dct} {g.type} {g.value}: {_context(doc, g.start, g.end)}")
    print(f"\n-- spurious (first {limit})")
    for doc, s in spurious[:limit]:
        print(f"  {doc.name} {doc.dct} {s.type} {s.value}: {_context(doc, s.start, s.end)}")
    print(f"\n-- wrong value (first {limit})")
    for doc, g, s in wrong[:limit]:
        print(f"  {doc.name} {doc.dct} gold {g.value} [{g.text}] got {s.value} [{s.text}] ({s.resolution}): "
              f"{_context(doc, s.start, s.end)}")


def _default_data() -> Path:
    configured = os.environ.get("TIMELINE_TEMPEVAL_DIR")
    return Path(configured) if configured else REPO.parent / "shared" / "data" / "tempeval3-train"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="folder with .tml files (searched recursively)")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    args = parser.parse_args(argv)
    folder = args.data or _default_data()
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else []
    if not paths:
        print(f"no TempEval-3 data at {folder}: nothing to evaluate")
        return 0
    documents: dict[str, Document] = {}
    for path in paths:
        if path.name in documents:  # the same document may sit in two folders
            continue
        try:
            documents[path.name] = read_tml(path)
        except (AttributeError, KeyError, ValueError, UnicodeDecodeError) as exc:
            print(f"skipped {path.name}: not a TimeML document with a creation time ({exc.__class__.__name__})")
    if not documents:
        print(f"no readable TimeML documents in {folder}")
        return 0
    tag("compile the rules outside the timing on Monday", date(2000, 1, 1))
    results = []
    started = time.perf_counter()
    for doc in documents.values():
        results.append((doc, tag(doc.text, doc.dct)))
    elapsed = time.perf_counter() - started
    words = sum(len(doc.text.split()) for doc in documents.values())
    print(f"{len(documents)} documents, {words} words, tagged in {elapsed * 1000:.0f} ms "
          f"({elapsed * 1000 / words * 500:.2f} ms per 500 words)")
    print(f"{'':10} {'gold':>5} {'sys':>5} {'strictP':>8} {'strictR':>8} {'strictF1':>8} {'relaxP':>8} "
          f"{'relaxR':>8} {'relaxF1':>8} {'valAcc':>7} {'valueF1':>8}")
    for label, only in [("ALL", None)] + [(t, t) for t in TYPES]:
        s = score(results, only)
        print(f"{label:10} {s['gold']:5d} {s['system']:5d} {s['strict_p']:8.3f} {s['strict_r']:8.3f} "
              f"{s['strict_f1']:8.3f} {s['relaxed_p']:8.3f} {s['relaxed_r']:8.3f} {s['relaxed_f1']:8.3f} "
              f"{s['value_accuracy']:7.3f} {s['value_f1']:8.3f}")
    if args.show_errors:
        _show_errors(results, args.show_errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
