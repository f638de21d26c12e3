"""Read articles from files and folders: ``.json`` (one article or a list), ``.jsonl``, ``.txt`` (plain text).

A file that is not valid JSON is still returned (as its raw bytes), so that publishing it ends in the DLQ with a
reason instead of being lost on the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import orjson

__all__ = ["Message", "read_articles", "parse_articles", "iter_files"]

SUFFIXES = (".json", ".jsonl", ".txt")


@dataclass(frozen=True)
class Message:
    key: str | None
    value: bytes
    origin: str  # file (and line) it came from


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def _message(value: object, origin: str) -> Message:
    key = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None
    return Message(key, orjson.dumps(value), origin)


def read_articles(paths: Iterable[str | Path], txt_source: str = "unknown") -> Iterator[Message]:
    for path in iter_files(paths):
        yield from parse_articles(path.read_bytes(), str(path), path.suffix.lower(), txt_source, path.stem)


def parse_articles(data: bytes, origin: str, suffix: str | None = None, txt_source: str = "unknown",
                   txt_id: str = "stdin") -> Iterator[Message]:
    """The articles in one file's bytes, read as its suffix says; with no suffix (standard input), JSON when the
    bytes parse as JSON, else JSON lines when every line is an object, else plain text."""
    if suffix == ".txt":
        yield _message({"id": txt_id, "source": txt_source, "body": data.decode("utf-8", "replace")}, origin)
    elif suffix == ".jsonl":
        for number, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield _message(orjson.loads(line), f"{origin}:{number}")
            except orjson.JSONDecodeError:
                yield Message(None, line, f"{origin}:{number}")
    else:
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError:
            if suffix is not None:
                yield Message(None, data, origin)
                return
            lines = _json_lines(data)
            if lines is None:
                yield from parse_articles(data, origin, ".txt", txt_source, txt_id)
            else:
                yield from (_message(value, f"{origin}:{number}") for number, value in lines)
            return
        for item in value if isinstance(value, list) else [value]:
            yield _message(item, origin)


def _json_lines(data: bytes) -> list[tuple[int, dict]] | None:
    """Each non-blank line's object with its line number, or None unless every such line is a JSON object."""
    out = []
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            return None
        if not isinstance(value, dict):
            return None
        out.append((number, value))
    return out or None
