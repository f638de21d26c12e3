"""One article through the pure core: clean, attribute, anchor the publication date, tag dates, find events.

``process_article`` is what the ``extract`` agent calls; it raises :class:`InvalidArticle` for input that
cannot be processed and records every fallback it takes in the result.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any, Mapping

from ..errors import InvalidArticle
from . import attribution, clean, events, syndication, timex
from .article import Article, article_from_mapping
from .date_stamp import find_date_stamp, find_page_date, printed_offset
from .local_day import known_zone, local_date, local_moment, possible_local_day, zone_of
from .types import Attribution, CleanText, Dateline, SourcedMention, Provenance, Timex

__all__ = ["ProcessedArticle", "process_article", "publication_date", "mention_id"]

# A publication date this far past the message's own timestamp is a clock or feed error, not a scoop.
FUTURE_TOLERANCE_S = 36 * 3600


@dataclass(frozen=True, slots=True)
class ProcessedArticle:
    article: Article
    attribution: Attribution
    published_at: date
    published_basis: str  # field | dateline | page (its markup or its date line) | message_timestamp
    fallback: str  # why the basis is not the article's own field ("" when it is)
    text: CleanText
    dateline: Dateline | None
    timexes: tuple[Timex, ...]
    mentions: tuple[SourcedMention, ...]


@lru_cache(maxsize=64)  # read for the publication day and again for its hour: one parse (dateparser is slow)
def _parse_published(value: str) -> datetime | None:
    """``published_at`` as a moment (aware when it names its zone)."""
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    import dateparser  # RSS/HTTP style dates ("Wed, 16 Mar 2022 10:00:00 GMT") and other spellings

    return dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})


def _published_day(moment: datetime, article: Article, place: str | None) -> tuple[date, str]:
    """The local day of ``published_at``: in the zone of the dateline's place, else of the outlet's web domain;
    where neither is known, the date line printed at the head of the page when it is that moment's day somewhere
    (a story stamped 21:30Z and printed "Thursday, 9 April" was written east of Greenwich), and where only the
    domain's or the outlet's name is, the date line when its clock time tells a zone; else the day as given.
    """
    day = local_date(moment, place, article.url, article.source)
    if moment.tzinfo is None or zone_of(place) is not None:
        return day, ""
    stamp = find_date_stamp(article.body)
    if stamp is not None and stamp[0] != day and possible_local_day(moment, stamp[0]) and (
            known_zone(place, article.url, article.source) is None or printed_offset(moment, stamp) is not None):
        # the zone of the outlet's web domain or name is a guess the page's own clock overrules ("Wednesday 12
        # November 2025, 00.20" on a .ru page: Irkutsk, not Moscow)
        return stamp[0], (f"published_at {article.published_at!r} read as the local day of the page's date line "
                          f"{stamp[1]!r}")
    return day, ""


def publication_date(article: Article, dateline: Dateline | None,
                     message_timestamp: float | None) -> tuple[date, str, str]:
    """The date relative expressions resolve against: (date, basis, fallback note)."""
    place = dateline.place if dateline is not None else None
    message_day = (local_date(datetime.fromtimestamp(message_timestamp, timezone.utc), place, article.url,
                              article.source)
                   if message_timestamp is not None else None)
    note = ""
    if article.published_at:
        moment = _parse_published(article.published_at)
        parsed, local_note = _published_day(moment, article, place) if moment is not None else (None, "")
        if parsed is None:
            note = f"published_at {article.published_at!r} is not a date"
        elif message_timestamp is not None and datetime.combine(parsed, datetime.min.time(), timezone.utc
                                                                ).timestamp() > message_timestamp + FUTURE_TOLERANCE_S:
            note = f"published_at {parsed.isoformat()} is in the future of the message ({message_day.isoformat()})"
        else:
            return parsed, "field", local_note
    else:
        note = "no published_at"
    if dateline is not None and dateline.published is not None:
        return dateline.published, "dateline", f"{note}; dated by the dateline {dateline.text!r}"
    declared = find_page_date(article.body, article.url)
    if declared is not None:
        return (local_date(declared[0], place, article.url, article.source), "page",
                f"{note}; dated by the page's markup {declared[1]!r}")
    stamp = find_date_stamp(article.body)
    if stamp is not None:
        return stamp[0], "page", f"{note}; dated by the date line at the head of the page {stamp[1]!r}"
    if message_day is not None:
        return message_day, "message_timestamp", f"{note}; dated by the message timestamp (inferred)"
    raise InvalidArticle(f"{note}, no dateline and no message timestamp: no publication date to resolve "
                         "relative dates against; add published_at", article.id, "no_date")


_SMALL_HOURS_END = 4  # a story stamped before 4 a.m. local time was written the evening before


def in_the_small_hours(article: Article, dateline: Dateline | None, published: date) -> bool:
    """Was the story published between midnight and the small hours of its local publication day, by a stamp with
    a time of its own (not a bare date, nor midnight UTC, which feeds write for a date)?"""
    if not article.published_at:
        return False
    moment = _parse_published(article.published_at)
    if moment is None or moment.tzinfo is None or moment.astimezone(timezone.utc).time() == datetime.min.time():
        return False
    local = local_moment(moment, dateline.place if dateline is not None else None, article.url, article.source)
    return local.date() == published and local.hour < _SMALL_HOURS_END and local.time() != datetime.min.time()


def mention_id(article_id: str, sentence_start: int, timex_start: int) -> str:
    digest = hashlib.blake2b(f"{article_id}\x1f{sentence_start}\x1f{timex_start}".encode(), digest_size=8)
    return "m-" + digest.hexdigest()


def process_article(article: Article | Mapping[str, Any], message_timestamp: float | None = None, *,
                    aliases=None, max_body_bytes: int = 500_000) -> ProcessedArticle:
    if not isinstance(article, Article):
        article = article_from_mapping(article, max_body_bytes=max_body_bytes)
    text = clean.clean(article.body, article.title)
    # Attribution reads the raw body: footers and bylines that cleaning drops are its evidence.
    dateline = attribution.find_dateline(article.body)
    source = attribution.attribute(article.body, article.source, article.url)
    published, basis, note = publication_date(article, dateline, message_timestamp)
    # the headline and standfirst are read before the text, each a paragraph of its own
    read = "\n\n".join(text.head + (text.text,))
    head_end = len(read) - len(text.text)
    timexes = timex.tag(read, published, head_end)
    if basis == "field" and in_the_small_hours(article, dateline, published):
        timexes = timex.told_before_midnight(read, timexes, published)
    timexes = tuple(timexes)
    found = events.extract_events(read, timexes, dateline_place=dateline.place if dateline else None,
                                  aliases=aliases, published_at=published, head_end=head_end)
    provenance = Provenance(
        article_id=article.id, outlet=source.outlet, source=source.source, published_at=published.isoformat(),
        published_basis=basis, url=article.url, title=article.title, sketch=syndication.sketch(text.text),
    )
    seen_at = message_timestamp if message_timestamp is not None else time.time()
    mentions = tuple(
        SourcedMention(mention_id(article.id, m.sentence_start, m.timex.start), m, provenance, seen_at)
        for m in found
    )
    return ProcessedArticle(article, source, published, basis, note, text, dateline, timexes, mentions)
