"""Build SourcedMentions by hand for clustering and matching tests (sentences written for these tests)."""

from __future__ import annotations

import hashlib

from streams.core.types import Entity, EventMention, Provenance, SourcedMention, Timex

__all__ = ["make_mention", "wire_sketch"]


def wire_sketch(story: str, size: int = 16) -> tuple[int, ...]:
    """A stand-in MinHash signature: equal for copies of one story, different for different stories."""
    seed = int(hashlib.sha1(story.encode("utf-8")).hexdigest()[:8], 16)
    return tuple((seed + i * 7919) % 1_000_003 for i in range(size))


def make_mention(
    mention_id: str,
    sentence: str,
    date: str,
    kind: str,
    trigger: str,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    *,
    cities: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
    summary: str | None = None,
    timex_text: str = "on Tuesday",
    mod: str | None = None,
    article_id: str | None = None,
    source: str = "AFP",
    outlet: str | None = None,
    sketch: tuple[int, ...] | None = None,
    seen_at: float = 1_700_000_000.0,
    surfaces: dict[str, str] | None = None,
    with_entities: bool = True,
    context: tuple[str, ...] = (),
    granularity: str | None = None,
) -> SourcedMention:
    """A mention with entities for its actors and places (a place in ``cities`` is a CITY, else a COUNTRY)."""
    granularity = granularity or {10: "day", 7: "month", 4: "year"}[len(date)]
    surfaces = surfaces or {}
    entities = []
    for name in (*actors, *places):
        text = surfaces.get(name, name)
        at = max(sentence.find(text), 0)
        kind_of = "CITY" if name in cities else "COUNTRY" if name in places else "PERSON"
        entities.append(Entity(at, at + len(text), text, name, kind_of))
    at = max(sentence.find(timex_text), 0)
    timex = Timex(at, at + len(timex_text), timex_text, "DATE", date, granularity, mod, "test")
    mention = EventMention(
        sentence=sentence, sentence_start=0, summary=summary or sentence, kind=kind, trigger=trigger,
        actors=actors, places=places, timex=timex, date=date, granularity=granularity,
        entities=tuple(entities) if with_entities else (), kinds=kinds or (kind,),
        context=context,
    )
    article = article_id or mention_id.split("#")[0]
    provenance = Provenance(
        article_id=article, outlet=outlet or source, source=source, published_at=date[:4] + "-06-30"
        if granularity in ("year", "decade", "century") else (date + "-28" if granularity == "month" else date),
        published_basis="field", url=f"https://example.org/{article}", title=f"Title of {article}",
        sketch=sketch if sketch is not None else wire_sketch(article),
    )
    return SourcedMention(mention_id, mention, provenance, seen_at)
