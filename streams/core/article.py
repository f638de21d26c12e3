"""Decode and validate one ingest message into an :class:`Article`, or raise :class:`InvalidArticle`.

The JSON Schema in ``schemas/article.schema.json`` is the contract; this module applies it and turns its
complaints into reasons a person can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

import orjson

from ..errors import InvalidArticle
from ..schema_files import load_schema
from .tokens import ascii_words

__all__ = ["Article", "parse_article", "article_from_mapping", "looks_english"]

KNOWN_FIELDS = ("id", "source", "url", "title", "published_at", "language", "body")

# The commonest English function words: a text of some length with almost none of them is not English.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from it be are has have said were an this not".split()
)
_ENGLISH_BYTES = frozenset(word.encode() for word in _ENGLISH_WORDS)
_WORD = re.compile(r"[^\W\d_]+")
# the same for a lower-cased text with only ASCII letters: every other byte of its UTF-8 becomes a space
_NOT_ASCII_LETTER = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_ENGLISH_SAMPLE = 2000  # characters: some 300 words, plenty to tell a language


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    body: str
    url: str | None = None
    title: str | None = None
    published_at: str | None = None
    language: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def asdict(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in KNOWN_FIELDS}
        out.update(self.extra)
        return out


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema("article"))


def _id_of(data: Any) -> str | None:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"]:
        return data["id"]
    return None


def looks_english(text: str, min_words: int = 40, min_share: float = 0.08) -> bool:
    """Cheap check: at least ``min_share`` of the words are common English function words (short texts pass)."""
    sample = text[:_ENGLISH_SAMPLE].lower()
    if ascii_words(sample):
        words, known = sample.encode().translate(_NOT_ASCII_LETTER).split(), _ENGLISH_BYTES
    else:
        words, known = _WORD.findall(sample), _ENGLISH_WORDS
    if len(words) < min_words:
        return True
    hits = sum(map(known.__contains__, words))
    return hits / len(words) >= min_share


def article_from_mapping(data: Any, *, max_body_bytes: int = 500_000) -> Article:
    """Validate a decoded JSON value as an article."""
    if data is None:
        raise InvalidArticle("the message is JSON null, not an article object", code="not_object")
    if not isinstance(data, dict):
        raise InvalidArticle(f"the message is a JSON {type(data).__name__}, not an article object", code="not_object")
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    article_id = _id_of(data)
    if errors:
        reasons = []
        for err in errors[:5]:
            where = ".".join(str(p) for p in err.absolute_path)
            if err.validator == "required":
                reasons.append(f"missing required field: {err.message.split(' is a required')[0]}")
            elif err.validator == "minLength" and not err.instance:
                reasons.append(f"field '{where}' is empty")
            elif err.validator == "type":
                reasons.append(f"field '{where}' must be {err.validator_value}, got {type(err.instance).__name__}")
            else:
                reasons.append(f"field '{where}': {err.message[:200]}")
        code = "missing_field" if errors[0].validator == "required" else "invalid_field"
        raise InvalidArticle("; ".join(reasons), article_id, code)
    body = data["body"]
    if not body.strip():
        raise InvalidArticle("field 'body' is empty (only white space)", article_id, "invalid_field")
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > max_body_bytes:
        raise InvalidArticle(f"body is {size} bytes, over the limit of {max_body_bytes} (TIMELINE_MAX_BODY_BYTES)",
                             article_id, "too_large")
    language = data.get("language")
    if language and not re.match(r"(?i)^en([-_].*)?$", language.strip()):
        raise InvalidArticle(f"language {language!r} is not supported: only English (en) is processed", article_id,
                             "unsupported_language")
    if not language and not looks_english(body):
        raise InvalidArticle("the body does not look like English text (no language given); only English is "
                             "processed: set \"language\" if this is wrong", article_id, "unsupported_language")
    extra = {k: v for k, v in data.items() if k not in KNOWN_FIELDS}
    return Article(
        id=data["id"], source=data["source"].strip(), body=body, url=data.get("url"), title=data.get("title"),
        published_at=data.get("published_at"), language=language, extra=extra,
    )


def parse_article(raw: bytes | str | None, *, max_body_bytes: int = 500_000) -> Article:
    """Decode the raw message value (UTF-8 JSON object) and validate it."""
    if raw is None:
        raise InvalidArticle("the message has no value (null): expected a JSON article object", code="empty")
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if not raw.strip():
        raise InvalidArticle("the message is empty: expected a JSON article object", code="empty")
    # A body over the limit is rejected before it is parsed; the margin leaves room for the other fields.
    if len(raw) > max_body_bytes * 2 + 65_536:
        raise InvalidArticle(f"message is {len(raw)} bytes, far over the body limit of {max_body_bytes} bytes",
                             code="too_large")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(f"the message is not valid UTF-8 (byte {exc.start}): re-encode it as UTF-8",
                             code="invalid_utf8") from None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        text = raw[:40].decode("utf-8", "replace")
        hint = "truncated JSON" if raw.lstrip()[:1] in (b"{", b"[") else "not JSON"
        raise InvalidArticle(f"{hint}: {exc} (starts with {text!r})", code="not_json") from None
    return article_from_mapping(data, max_body_bytes=max_body_bytes)
