"""The commands that need no broker: tag and extract, run as a user runs them."""

import subprocess
import sys

import orjson

from tests.conftest import EXAMPLES


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], input=stdin, capture_output=True,
                          timeout=120)


def test_tag_prints_offsets_into_the_input_as_read():
    text = "Crowds gathered on Tuesday.\r\nThe vote is due in late February, after a seven-year wait.\n"
    done = run("tag", "--dct", "2022-03-16", "-", stdin=text.encode())
    assert done.returncode == 0, done.stderr
    tags = orjson.loads(done.stdout)
    assert tags and all(text[t["start"]:t["end"]] == t["text"] for t in tags)
    values = {t["text"]: (t["type"], t["value"]) for t in tags}
    assert values["Tuesday"] == ("DATE", "2022-03-15")
    assert {"start", "end", "text", "type", "value", "granularity", "modifier", "mod"} <= set(tags[0])
    late = next(t for t in tags if t["text"].endswith("February"))
    assert (late["granularity"], late["modifier"]) == ("month", "END")


def test_extract_prints_the_dated_events_of_one_article():
    done = run("extract", str(EXAMPLES / "ap-izmir-quake.json"))
    assert done.returncode == 0, done.stderr
    events = orjson.loads(done.stdout)
    assert any(e["date"] == "2025-10-07" for e in events)
    assert all(e["source"] == "AP" for e in events)


def test_extract_refuses_an_undated_text_with_a_reason(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("The council met on Tuesday.")
    done = run("extract", str(path))
    assert done.returncode == 2 and b"published_at" in done.stderr
    dated = run("extract", str(path), "--dct", "2024-01-10")
    assert dated.returncode == 0 and orjson.loads(dated.stdout)[0]["date"] == "2024-01-09"
