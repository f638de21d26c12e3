"""The gold-timeline scorer (scripts/eval_gold.py) and the integrity of the gold files it reads."""

import importlib.util
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "gold"


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_gold", REPO / "scripts" / "eval_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mention(text, date, sentence, value=None):
    return SimpleNamespace(date=date, sentence=sentence, timex=SimpleNamespace(text=text, value=value or date))


def test_a_mention_finds_its_event_and_a_wrong_date_is_told_apart():
    gold = {"events": [{"expression": "on Tuesday", "date": "2024-03-12", "evidence": "signed the deal", "what": ""},
                       {"expression": "last week", "date": "2024-W10", "evidence": "met in Oslo", "what": ""},
                       {"expression": "2019", "date": "2019", "evidence": "was founded", "what": ""}],
            "not_events": [{"expression": "since 2020", "why": "since"}]}
    mentions = [_mention("Tuesday", "2024-03-12", "They signed the deal on Tuesday."),
                _mention("last week", "2024-03-04", "Leaders met in Oslo last week.", "2024-W11"),
                _mention("2020", "2020", "It has grown since 2020."),
                _mention("May", "2024-05", "Talks resume in May.")]
    scored = _scorer().score_article(mentions, gold)
    assert [event["expression"] for event, _ in scored["found"]] == ["on Tuesday"]
    assert [event["expression"] for event, _ in scored["wrong"]] == ["last week"]
    assert [event["expression"] for event in scored["missed"]] == ["2019"]
    assert [(m.timex.text, why) for m, why in scored["extra"]] == [("2020", "since"), ("May", None)]


def _gold_pairs():
    scorer = _scorer()
    for folder in sorted(p for p in GOLD.glob("*") if (p / "articles").is_dir()):
        for article, gold in scorer.load_batch(folder):
            yield pytest.param(article, gold, id=article["id"])


@pytest.mark.parametrize(("article", "gold"), list(_gold_pairs()))
def test_gold_files_quote_their_article(article, gold):
    body = article["body"]
    if article["published_at"]:  # the day where the paper is: a UTC stamp may fall on the day before or after
        stamp = date.fromisoformat(article["published_at"][:10])
        assert abs((date.fromisoformat(gold["published"]) - stamp).days) <= 1
    for entry in gold["events"] + gold.get("not_events", []):
        assert entry["expression"] in body or entry["expression"] in article["title"], entry
    for event in gold["events"]:
        assert event["evidence"] in body, event
        assert event["evidence"] != event["expression"]
