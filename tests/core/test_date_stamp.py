"""The date a page gives itself (its markup, or the date line at its head), for articles that come without
published_at: pages written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from streams.core.date_stamp import find_date_stamp, find_page_date, printed_offset
from streams.core.pipeline import process_article

BODY = "The council approved the plan on Tuesday after a long debate, officials said."


@pytest.mark.parametrize(("head", "day"), [
    ("Wed 15 Mar 2023 18.00 GMT", date(2023, 3, 15)),
    ("Published On 16 Mar 2022", date(2022, 3, 16)),
    ("By Jane Doe | March 16, 2022", date(2022, 3, 16)),
    ("Posted: Mar 16, 2022 / 10:00 AM", date(2022, 3, 16)),
    ("16.03.2022", date(2022, 3, 16)),
    ("2022-03-16 14:05", date(2022, 3, 16)),
    ("Wednesday 16 March 2022, 00.20", date(2022, 3, 16)),  # a clock the tagger leaves alone is part of it
])
def test_a_date_line_above_the_story_dates_it(head: str, day: date) -> None:
    found = find_date_stamp(f"Council backs plan\n{head}\n\n{BODY}")
    assert found is not None and found[0] == day and found[1] in head


def test_the_first_published_date_wins_over_the_last_updated_one() -> None:
    text = f"Council backs plan\nUpdated 17 March 2022\nFirst published 16 March 2022\n{BODY}"
    assert find_date_stamp(text)[0] == date(2022, 3, 16)
    assert find_date_stamp(f"Last modified on 17 March 2022\n{BODY}")[0] == date(2022, 3, 17)


@pytest.mark.parametrize(("foot", "day"), [
    ("March 16, 2022", date(2022, 3, 16)),
    ("Published - June 17, 2024 03:00 pm IST", date(2024, 6, 17)),
])
def test_a_date_line_at_the_foot_of_the_page_dates_it_when_the_head_has_none(foot: str, day: date) -> None:
    assert find_date_stamp(f"{BODY}\n\n{BODY}\n\n{foot}")[0] == day
    assert find_date_stamp(f"Council backs plan\nPublished On 2 Mar 2022\n{BODY}\n{foot}")[0] == date(2022, 3, 2)


@pytest.mark.parametrize("text", [
    f"Russia invades Ukraine on 24 Feb 2022\n{BODY}",  # a headline that names a date
    f"{BODY}\nMarch 16, 2022\n{BODY}\n{BODY}\n{BODY}\nMore on this story",  # inside the story
    f"Council backs plan\nMarch 16\n{BODY}",  # no year
    f"Council backs plan\nPublished 2 hours ago\n{BODY}",
    "",
])
def test_no_date_line_no_date(text: str) -> None:
    assert find_date_stamp(text) is None


def test_an_html_page_is_read_as_its_text() -> None:
    page = ("<html><body><nav>Home | World</nav><h1>Council backs plan</h1><p class='date'>Published On 16 Mar 2022"
            f"</p><p>{BODY}</p></body></html>")
    assert find_date_stamp(page)[0] == date(2022, 3, 16)


def test_an_article_without_published_at_is_dated_by_its_date_line_before_the_message_time() -> None:
    article = {"id": "a", "source": "Example", "body": f"Council backs plan\nWed 16 Mar 2022 18.00 GMT\n\n{BODY}"}
    later = datetime(2022, 4, 2, tzinfo=timezone.utc).timestamp()  # replayed from an archive weeks later
    result = process_article(article, later)
    assert (result.published_at, result.published_basis) == (date(2022, 3, 16), "page")
    assert "Wed 16 Mar 2022" in result.fallback
    assert [m.mention.timex.value for m in result.mentions] == ["2022-03-15"]


def _page(head: str = "", body: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Council backs plan</title>{head}</head><body><nav>Home | World</nav>"
            f"<article><h1>Council backs plan</h1>{body}<p>{BODY}</p><p>{BODY}</p></article>"
            "<footer>Sign up for our newsletter</footer></body></html>")


@pytest.mark.parametrize(("page", "url", "moment"), [
    (_page('<meta property="article:published_time" content="2022-03-16T10:00:00+01:00">'
           '<meta property="article:modified_time" content="2022-03-19T08:00:00+01:00">'), None,
     datetime(2022, 3, 16, 10, tzinfo=timezone(timedelta(hours=1)))),
    (_page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
           '"datePublished": "2022-03-16", "dateModified": "2022-03-20"}</script>'), None, datetime(2022, 3, 16)),
    (_page(body='<time datetime="2022-03-16T18:10:00Z">16 March</time>'), None,
     datetime(2022, 3, 16, 18, 10, tzinfo=timezone.utc)),
    (_page(), "https://news.example/world/2022/03/16/council-backs-plan", datetime(2022, 3, 16)),
])
def test_an_html_page_declares_its_first_publication_in_its_markup(page: str, url: str | None,
                                                                  moment: datetime) -> None:
    assert find_page_date(page, url)[0] == moment


@pytest.mark.parametrize("text", [
    _page(),  # no date in the markup or the address
    f"Council backs plan\n2022-03-16\n{BODY}",  # plain text: its date line is find_date_stamp's
    "https://news.example/world/2022/03/16/council-backs-plan",  # an address is never fetched
])
def test_no_page_date(text: str) -> None:
    assert find_page_date(text) is None


def test_a_page_without_published_at_is_dated_by_its_markup_on_the_day_of_its_dateline() -> None:
    head = '<meta property="article:published_time" content="2024-04-02T18:10:00Z">'
    article = {"id": "a", "source": "Example",
               "body": _page(head, "<p>TAIPEI, Taiwan (AP) - A strong earthquake struck on Wednesday morning.</p>")}
    result = process_article(article, datetime(2024, 5, 1, tzinfo=timezone.utc).timestamp())
    # 18:10 UTC is 02:10 on 3 April in Taipei, a Wednesday: the quake is that day, not the week before.
    assert (result.published_at, result.published_basis) == (date(2024, 4, 3), "page")
    assert "2024-04-02T18:10:00+0000" in result.fallback
    values = {m.mention.timex.text: m.mention.timex.value for m in result.mentions}
    assert values["Wednesday morning"] == "2024-04-03TMO" and values["Tuesday"] == "2024-04-02"


@pytest.mark.parametrize(("printed", "hours"), [
    ("Wednesday 12 November 2025, 00.20", 8),  # 16:20 UTC on the 11th is 00:20 on the 12th at UTC+8
    ("12 Nov 2025 12:20 a.m.", 8),
    ("Wednesday 12 November 2025", None),  # no clock: no zone told
    ("Wednesday, 12 November 2025 5pm", None),  # 24 hours 40 minutes ahead: no civil zone
    ("Wed 12 Nov 2025 00:27", None),  # not a quarter hour off
])
def test_a_printed_clock_tells_the_pages_offset_from_utc(printed: str, hours: int | None) -> None:
    offset = printed_offset(datetime(2025, 11, 11, 16, 20, tzinfo=timezone.utc), (date(2025, 11, 12), printed))
    assert offset == (timedelta(hours=hours) if hours is not None else None)
