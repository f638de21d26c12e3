"""The date line at the head of a page, for articles that come without published_at: pages written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from streams.core.date_stamp import find_date_stamp
from streams.core.pipeline import process_article

BODY = "The council approved the plan on Tuesday after a long debate, officials said."


@pytest.mark.parametrize(("head", "day"), [
    ("Wed 15 Mar 2023 18.00 GMT", date(2023, 3, 15)),
    ("Published On 16 Mar 2022", date(2022, 3, 16)),
    ("By Jane Doe | March 16, 2022", date(2022, 3, 16)),
    ("Posted: Mar 16, 2022 / 10:00 AM", date(2022, 3, 16)),
    ("16.03.2022", date(2022, 3, 16)),
    ("2022-03-16 14:05", date(2022, 3, 16)),
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
    assert (result.published_at, result.published_basis) == (date(2022, 3, 16), "dateline")
    assert "Wed 16 Mar 2022" in result.fallback
    assert [m.mention.timex.value for m in result.mentions] == ["2022-03-15"]
