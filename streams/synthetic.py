"""A realistic synthetic news corpus with a fixed seed, for benchmarks and load tests.

Articles of 300 to 1,500 words from several agencies and outlets, each telling one story's dated events in
varied wording (weekdays, "yesterday", explicit and month-level dates), padded with undated background,
quotes and durations; some are syndicated copies of another article with different page furniture.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

__all__ = ["generate_articles"]

AGENCIES = [("AFP", "({}) -"), ("Reuters", "(Reuters) -"), ("AP", "(AP) —"), ("dpa", "(dpa) -"),
            ("TASS", "/TASS/."), ("Xinhua", "(Xinhua) --"), ("Anadolu", "(AA) -")]
OUTLETS = ["Daily Ledger", "Metro Courier", "World Desk Online", "The Evening Post", "Harbour Times",
           "Continental Wire", "Northern Star", "Gazette Today"]
CITIES = [("Brussels", "Belgium"), ("Kyiv", "Ukraine"), ("Warsaw", "Poland"), ("Berlin", "Germany"),
          ("Paris", "France"), ("Ankara", "Turkey"), ("Nairobi", "Kenya"), ("Jakarta", "Indonesia"),
          ("Lima", "Peru"), ("Ottawa", "Canada"), ("Canberra", "Australia"), ("Seoul", "South Korea"),
          ("Madrid", "Spain"), ("Rome", "Italy"), ("Cairo", "Egypt"), ("Hanoi", "Vietnam")]
FIRST = ["Anna", "Marek", "Lena", "Tomas", "Sofia", "Karim", "Ines", "Pavel", "Julia", "Omar", "Elena", "Jonas"]
LAST = ["Kowalska", "Brandt", "Moreau", "Okafor", "Sato", "Haddad", "Lindqvist", "Novak", "Ferreira", "Ionescu"]
ROLES = ["foreign minister", "prime minister", "defence minister", "president", "finance minister", "spokesperson"]
EVENTS = [
    ("met {other} in {city} {when} to discuss {topic}", "meeting"),
    ("visited {city} {when}, where {pron} held talks on {topic}", "visit"),
    ("said {when} that the government would not change its position on {topic}", "statement"),
    ("signed an agreement on {topic} in {city} {when}", "agreement"),
    ("proposed {when} a new plan on {topic}", "proposal"),
    ("rejected {when} a call for talks on {topic}", "refusal"),
]
TOPICS = ["energy supplies", "grain exports", "border security", "climate finance", "rail links", "trade tariffs",
          "refugee support", "water rights", "fishing quotas", "cyber security"]
FILLER = [
    "Officials have discussed {topic} for {n} years without reaching a lasting deal.",
    "The talks followed months of pressure from business groups and unions.",
    "\"We need a solution that works for everyone,\" a senior official told reporters.",
    "Analysts said the outcome would depend on parliament, where the coalition holds a narrow majority.",
    "The ministry did not respond to a request for comment.",
    "A {n}-year-old resident said prices had risen sharply since the dispute began.",
    "Critics argue the plan may cost more than its supporters admit.",
    "Opposition leaders called the move a distraction from the economy.",
    "Trade between the two countries has grown by a third over the past decade.",
    "The issue is expected to come up again at the next summit.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _when(event_day: date, published: date, rng: random.Random) -> str:
    gap = (published - event_day).days
    choices = [f"on {event_day.day} {MONTHS[event_day.month - 1]}", f"on {MONTHS[event_day.month - 1]} {event_day.day}"]
    if gap == 0:
        choices += ["on " + WEEKDAYS[event_day.weekday()], "today"]
    elif gap == 1:
        choices += ["on " + WEEKDAYS[event_day.weekday()], "yesterday"]
    elif gap < 7:
        choices += ["on " + WEEKDAYS[event_day.weekday()]]
    return rng.choice(choices)


def _story(rng: random.Random, number: int, start: date) -> dict:
    city, country = rng.choice(CITIES)
    other_city, other_country = rng.choice([c for c in CITIES if c[1] != country])
    actor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    template, kind = rng.choice(EVENTS)
    return {"number": number, "day": start + timedelta(days=rng.randrange(0, 700)), "city": city,
            "country": country, "actor": actor, "role": rng.choice(ROLES), "other": other,
            "other_country": other_country, "template": template, "kind": kind, "topic": rng.choice(TOPICS),
            "background_month": rng.randrange(1, 13)}


def _body(story: dict, agency: tuple[str, str], published: date, words: int, rng: random.Random) -> str:
    name, mark = agency
    when = _when(story["day"], published, rng)
    lead = (f"{story['country']}'s {story['role']} {story['actor']} "
            + story["template"].format(other=f"{story['other_country']}'s counterpart {story['other']}",
                                       city=story["city"], when=when, topic=story["topic"], pron="they")
            + ", officials said.")
    dateline = (f"{story['city'].upper()} {mark.format(name)} " if "{}" not in mark
                else f"{story['city']}, {MONTHS[published.month - 1]} {published.day} {mark.format(name)} ")
    month = MONTHS[story["background_month"] - 1]
    paragraphs = [dateline + lead,
                  f"{story['actor'].split()[-1]} first raised the issue of {story['topic']} in early {month}.",
                  f"The two sides last met in {published.year - rng.randrange(1, 6)}, when talks collapsed after "
                  f"{rng.randrange(2, 9)} days."]
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(" ".join(rng.choice(FILLER).format(topic=story["topic"], n=rng.randrange(2, 60))
                                   for _ in range(rng.randrange(2, 5))))
    return "\n\n".join(paragraphs)


def generate_articles(count: int, seed: int = 7, copy_share: float = 0.15, start: date = date(2023, 1, 2),
                      min_words: int = 300, max_words: int = 1500) -> Iterator[dict]:
    """``count`` articles, deterministic for a given seed; about ``copy_share`` of them syndicated copies."""
    rng = random.Random(seed)
    stories = [_story(rng, n, start) for n in range(max(1, count // 4))]
    written: list[dict] = []
    for index in range(count):
        if written and rng.random() < copy_share:
            original = rng.choice(written)
            outlet = rng.choice([o for o in OUTLETS if o != original["source"]])
            yield {**original, "id": f"syn-{seed}-{index}", "source": outlet,
                   "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{index}",
                   "body": f"{outlet} | World news\n\n{original['body']}\n\nAll rights reserved. {outlet}."}
            continue
        story = rng.choice(stories)
        agency = rng.choice(AGENCIES)
        published = story["day"] + timedelta(days=rng.choice([0, 0, 1, 1, 2, 5]))
        outlet = rng.choice(OUTLETS)
        article = {
            "id": f"gen-{seed}-{index}", "source": outlet,
            "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{index}",
            "title": f"{story['actor']} and {story['topic']}", "published_at": published.isoformat(),
            "body": _body(story, agency, published, rng.randrange(min_words, max_words), rng),
        }
        written.append(article)
        yield article
