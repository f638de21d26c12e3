"""Syndicated-copy detection, measured on stories written for these tests.

Each event has a wire story and an independent write-up of the same event (same facts, one shared quote).
Copies are the wire story with the edits republishers make. Measured with NUM_PERM=128 (estimates, fixed):
shingle  min copy   max other write-up
  2        0.70        0.15
  3        0.64        0.03     <- chosen: widest gap; threshold 0.3 sits in it
  4        0.47        0.04
  5        0.53        0.03
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from streams.core.clean import clean
from streams.core.syndication import (
    COPY_THRESHOLD, NUM_PERM, copies_among, is_syndicated_copy, pack, similarity, sketch, unpack,
)

ROOT = Path(__file__).resolve().parents[2]

FLOOD_WIRE = """Floodwaters swept through the river town of Harrowgate on Sunday after three days of heavy rain, forcing about 4,000 residents from their homes and cutting the main rail line to the coast, local officials said.

The River Alde burst its banks shortly before dawn, and by midday water stood more than a metre deep in the old market square, according to the county emergency service.

"We have never seen the river rise this fast," said Mayor Ingrid Kalnins, who spent the morning helping volunteers fill sandbags outside the town hall. "Our priority is to make sure nobody is left behind."

Two people were taken to hospital with hypothermia after being rescued from the roof of a car, the service said. No deaths had been reported by Sunday evening.

The national weather office kept its highest warning in place for the region and said a further 50 millimetres of rain could fall before Tuesday.

Rail operator Northline said the line between Harrowgate and Port Esk would stay closed at least until Wednesday while engineers inspected a damaged bridge.

The government has promised emergency funds for the worst-hit areas, and the army has sent 200 soldiers with boats and pumps to help with evacuations.

Residents criticised the slow progress of a flood barrier that was approved in 2019 but has yet to be built. The environment ministry said work would begin next spring."""

FLOOD_OTHER = """Thousands of people were evacuated from Harrowgate on Sunday as the River Alde overflowed following days of torrential rain, leaving the historic town centre under water.

Emergency crews used boats to reach families trapped in upper floors, and two people rescued from a stranded car were treated for hypothermia.

"We have never seen the river rise this fast," Mayor Ingrid Kalnins told reporters outside the town hall.

Officials estimated that roughly 4,000 people had left their homes. Soldiers arrived in the afternoon with pumping equipment, and schools in the district will remain closed on Monday.

Forecasters warned that more rain was on the way, with the heaviest showers expected overnight into Monday. Train services to the coast were suspended after a bridge was damaged.

Many locals expressed anger that a long-promised flood defence scheme has still not been started, several years after it was approved."""

RATES_WIRE = """The central bank of Norland raised its main interest rate by half a percentage point to 4.25 percent on Thursday, its fourth increase this year, as it tried to bring down inflation that has reached a 30-year high.

The decision by the bank's monetary committee was unanimous and in line with the expectations of most economists polled before the meeting.

"Inflation is far too high and it is spreading to more parts of the economy," governor Paulo Ferrante told a news conference in the capital. "We will do what is needed to bring it back to our target."

Consumer prices rose 8.9 percent in the year to September, driven by energy and food costs, according to the national statistics office. The bank's target is 2 percent.

The bank said it expected inflation to peak in the coming months and to fall back towards its target by the end of next year, but warned that the economy was likely to contract slightly over the winter.

The national currency, the krona, strengthened 0.6 percent against the euro after the announcement.

Business groups said higher borrowing costs would hurt small firms already struggling with energy bills, while unions called on the government to do more to protect household incomes.

The next rate decision is due in December."""

RATES_OTHER = """Norland's central bank lifted borrowing costs again on Thursday, taking its benchmark rate to 4.25 percent in a bid to tame the fastest price growth in three decades.

Governor Paulo Ferrante said the committee had acted because price pressures were becoming entrenched. "Inflation is far too high and it is spreading to more parts of the economy," he said.

It was the bank's fourth hike of the year. Annual inflation stood at 8.9 percent in September, more than four times the official goal, with household energy bills the biggest contributor.

Analysts said the half-point move had been widely anticipated, and the krona gained modestly on the news. Several economists predicted at least one more increase before the spring.

Employers' organisations warned that many smaller companies could not absorb further increases in their loan repayments, and trade unions urged ministers to expand support for low-income families."""

SPELLING = {"metre": "meter", "criticised": "criticized", "defence": "defense", "percent": "per cent",
            "organisations": "organizations"}


def respell(text: str) -> str:
    for british, american in SPELLING.items():
        text = re.sub(rf"\b{british}\b", american, text)
    return text


def drop_last(text: str, n: int = 1) -> str:
    return "\n\n".join(text.split("\n\n")[:-n])


def drop_middle(text: str) -> str:
    paragraphs = text.split("\n\n")
    del paragraphs[len(paragraphs) // 2]
    return "\n\n".join(paragraphs)


def touch_words(text: str, every: int = 25) -> str:
    words = text.split(" ")
    for i in range(every // 2, len(words), every):
        words[i] = words[i][:-1] if words[i].endswith("s") else words[i] + "s"
    return " ".join(words)


def add_tail(text: str) -> str:
    return text + "\n\nThis report was updated on Monday with new figures and comments from residents."


def add_head(text: str) -> str:
    return "Editor's note: the figures in this report may change as more information arrives.\n\n" + text


EDITS = {
    "respelled": respell,
    "last paragraph cut": drop_last,
    "two paragraphs cut": lambda t: drop_last(t, 2),
    "three paragraphs cut": lambda t: drop_last(t, 3),
    "middle paragraph cut": drop_middle,
    "every 25th word changed": touch_words,
    "sentence added at the end": add_tail,
    "note added at the head": add_head,
    "all at once": lambda t: add_tail(touch_words(respell(drop_last(t)), 30)),
}
EVENTS = {"flood": (FLOOD_WIRE, FLOOD_OTHER), "rates": (RATES_WIRE, RATES_OTHER)}


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("event", EVENTS)
def test_edited_copy_of_a_wire_story_is_a_copy(event, edit):
    wire, _ = EVENTS[event]
    copy = EDITS[edit](wire)
    assert copy != wire
    assert similarity(sketch(wire), sketch(copy)) >= COPY_THRESHOLD + 0.2
    assert is_syndicated_copy(wire, copy)


@pytest.mark.parametrize("event", EVENTS)
def test_other_write_up_of_the_same_event_is_not_a_copy(event):
    wire, other = EVENTS[event]
    assert similarity(sketch(wire), sketch(other)) <= COPY_THRESHOLD - 0.2
    assert not is_syndicated_copy(wire, other)
    assert not is_syndicated_copy(sketch(wire), sketch(other))


def test_different_events_are_not_copies():
    assert similarity(sketch(FLOOD_WIRE), sketch(RATES_WIRE)) < 0.05


def test_copy_with_different_page_furniture_is_a_copy_after_cleaning():
    page_a = "Harrowgate Courier - Local news first\n\nTown flooded\n\n" + FLOOD_WIRE + \
        "\n\nADVERTISEMENT\n\nMost read\nCouncil approves new bus lanes\nLocal bakery wins national prize\n\n" \
        "© 2024 Harrowgate Courier. All rights reserved."
    page_b = "Read more\n\n" + drop_last(FLOOD_WIRE) + "\n\nShare this article\n\nSubscribe to our newsletter"
    assert is_syndicated_copy(clean(page_a).text, clean(page_b).text)
    assert similarity(sketch(clean(page_a).text), sketch(FLOOD_WIRE)) > 0.95


def test_formatting_does_not_change_the_sketch():
    spaced = FLOOD_WIRE.replace("\n\n", "\n").replace('"', "“").upper()
    assert sketch(spaced) == sketch(FLOOD_WIRE)


def test_sketch_has_a_fixed_size_of_plain_ints():
    for text in (FLOOD_WIRE, "one", "two words", "x " * 10_000):
        signature = sketch(text)
        assert len(signature) == NUM_PERM
        assert all(type(v) is int and 0 <= v < 2 ** 32 for v in signature)


def test_identical_text_is_similarity_one_and_empty_text_has_no_sketch():
    assert similarity(sketch(RATES_WIRE), sketch(RATES_WIRE)) == 1.0
    assert sketch("") == () and sketch("  ,;!  ") == ()
    assert similarity((), sketch(RATES_WIRE)) == 0.0
    assert similarity(sketch("a b c d"), sketch("a b c d")[:10]) == 0.0
    assert not is_syndicated_copy("", "")


def test_sketch_is_the_same_in_another_process():
    code = ("import sys; from streams.core.syndication import sketch; "
            "print(sketch(sys.stdin.read())[:16])")
    outputs = set()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-c", code], input=FLOOD_WIRE, capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=120, check=True)
        outputs.add(done.stdout.strip())
    assert outputs == {str(sketch(FLOOD_WIRE)[:16])}


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_total_on_any_text(a, b):
    sa, sb = sketch(a), sketch(b)
    assert len(sa) in (0, NUM_PERM)
    assert 0.0 <= similarity(sa, sb) <= 1.0
    assert isinstance(is_syndicated_copy(a, b), bool)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["rain", "Flut", "café", "Łódź", "42", "x", "o'clock", "—", "东京", "ß"]), max_size=40)
       .map(" ".join))
def test_sketch_is_datasketchs_minhash_of_the_shingles(text):
    # The permutations are applied in numpy here: the values must stay what datasketch itself gives for the same
    # shingle hashes, or sketches stored before and after would never match.
    from datasketch import MinHash

    from streams.core.syndication import SEED, _shingle_hashes

    hashes = _shingle_hashes(text)
    if not hashes.size:
        assert sketch(text) == ()
        return
    theirs = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="affine32")
    theirs.update_batch(sorted(set(hashes.tolist())))
    assert sketch(text) == tuple(theirs.hashvalues.tolist())


@given(st.lists(st.integers(min_value=-10, max_value=2 ** 40), max_size=200), st.one_of(st.none(), st.text()))
def test_similarity_never_raises_on_odd_sketches(values, other):
    assert 0.0 <= similarity(tuple(values), other) <= 1.0


def test_a_packed_sketch_is_short_json_and_unpacks_to_the_same_values():
    signature = sketch(FLOOD_WIRE)
    packed = pack(signature)
    assert isinstance(packed, str) and len(packed) < len(json.dumps(list(signature))) * 0.7
    assert unpack(packed).tolist() == list(signature)
    assert pack(()) == "" and unpack("").tolist() == []
    odd = [2 ** 40, -3, 7]  # not a MinHash of ours: kept as it is
    assert pack(odd) == odd and unpack(odd).tolist() == odd
    for kept in ([1, True, 3], [1.0, 2], [0, 2 ** 32]):  # only whole numbers that fit in 32 bits are packed
        assert pack(kept) == kept
    assert unpack(pack([0, 2 ** 32 - 1])).tolist() == [0, 2 ** 32 - 1]


def test_packed_sketches_decode_together():
    # Whole base64 groups: one decode of the joined strings gives every sketch's bytes.
    a, b = pack(sketch(FLOOD_WIRE)), pack(sketch(RATES_WIRE))
    assert "=" not in a + b
    assert base64.b64decode(a + b) == base64.b64decode(a) + base64.b64decode(b)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5), min_size=0, max_size=12),
       st.lists(st.lists(st.integers(min_value=0, max_value=5), min_size=0, max_size=12), max_size=8),
       st.sampled_from([0.3, 0.5, 1.0]))
def test_copies_among_is_is_syndicated_copy_for_many(mine, others, threshold):
    expected = [bool(mine) and bool(other) and is_syndicated_copy(tuple(mine), tuple(other), threshold)
                for other in others]
    found = copies_among(unpack(pack(mine)), [unpack(pack(other)) for other in others], threshold)
    assert found == expected
