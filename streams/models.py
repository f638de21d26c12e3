"""Wire records. On the wire each value is the plain JSON object its schema in ``schemas/`` describes.

``include_metadata=False`` keeps Faust's ``__faust`` envelope off the wire, so any Kafka client reads them.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import faust

from .core.types import EventMention, Provenance, SourcedMention, Timex

__all__ = ["MentionRecord", "DlqRecord", "ArticleRecord"]


class ArticleRecord(faust.Record, serializer="json", namespace="timeline.Article.v1", include_metadata=False):
    """An article as producers write it (the worker itself reads raw bytes, to reject bad ones readably)."""

    id: str
    source: str
    body: str
    url: Optional[str] = None
    title: Optional[str] = None
    published_at: Optional[str] = None
    language: Optional[str] = None


class DlqRecord(faust.Record, serializer="json", namespace="timeline.DlqRecord.v1", include_metadata=False):
    error: str
    reason: str
    raw: Optional[str]
    raw_encoding: str
    topic: str
    partition: int
    offset: int
    timestamp: Optional[float]
    article_id: Optional[str] = None
    raw_truncated: bool = False
    failed_at: float = 0.0


class MentionRecord(faust.Record, serializer="json", namespace="timeline.EventMention.v1", include_metadata=False):
    """One dated event mention with its provenance, keyed on the wire by ``bucket`` (its month)."""

    mention_id: str
    bucket: str
    window_at: float  # the first instant of the bucket: the event time the timeline table windows on
    date: str
    granularity: str
    kind: str
    kinds: List[str]
    trigger: str
    summary: str
    sentence: str
    sentence_start: int
    actors: List[str]
    places: List[str]
    context: List[str]
    timex: Dict[str, Any]
    article_id: str
    outlet: str
    source: str
    published_at: str
    published_basis: str
    url: Optional[str]
    title: Optional[str]
    sketch: List[int]
    seen_at: float

    @classmethod
    def from_core(cls, item: SourcedMention, bucket: str, window_at: float) -> "MentionRecord":
        m, p, t = item.mention, item.provenance, item.mention.timex
        return cls(
            mention_id=item.mention_id, bucket=bucket, window_at=window_at, date=m.date,
            granularity=m.granularity, kind=m.kind, kinds=list(m.kinds or (m.kind,)), trigger=m.trigger,
            summary=m.summary, sentence=m.sentence, sentence_start=m.sentence_start, actors=list(m.actors),
            places=list(m.places), context=list(m.context),
            timex={"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                   "granularity": t.granularity, "mod": t.mod, "resolution": t.resolution},
            article_id=p.article_id, outlet=p.outlet, source=p.source, published_at=p.published_at,
            published_basis=p.published_basis, url=p.url, title=p.title, sketch=list(p.sketch),
            seen_at=item.seen_at,
        )

    def to_core(self) -> SourcedMention:
        t = self.timex
        timex = Timex(start=int(t["start"]), end=int(t["end"]), text=t["text"], type=t["type"], value=t["value"],
                      granularity=t["granularity"], mod=t.get("mod"), resolution=t.get("resolution", ""))
        mention = EventMention(
            sentence=self.sentence, sentence_start=self.sentence_start, summary=self.summary, kind=self.kind,
            trigger=self.trigger, actors=tuple(self.actors), places=tuple(self.places), timex=timex,
            date=self.date, granularity=self.granularity, kinds=tuple(self.kinds), context=tuple(self.context),
        )
        provenance = Provenance(
            article_id=self.article_id, outlet=self.outlet, source=self.source, published_at=self.published_at,
            published_basis=self.published_basis, url=self.url, title=self.title, sketch=tuple(self.sketch),
        )
        return SourcedMention(self.mention_id, mention, provenance, self.seen_at)
