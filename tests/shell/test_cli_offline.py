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


def test_extract_reads_standard_input_as_json_or_plain_text():
    article = {"id": "a1", "source": "AFP", "published_at": "2024-01-10", "body": "The council met on Tuesday."}
    done = run("extract", "-", stdin=orjson.dumps(article))
    assert done.returncode == 0, done.stderr
    assert [(e["article_id"], e["date"]) for e in orjson.loads(done.stdout)] == [("a1", "2024-01-09")]
    plain = run("extract", "--dct", "2024-01-10", stdin=b"The council met on Tuesday.")
    assert plain.returncode == 0, plain.stderr
    assert [e["date"] for e in orjson.loads(plain.stdout)] == ["2024-01-09"]


def test_bad_input_to_tag_and_extract_is_one_line_not_a_traceback(tmp_path):
    missing = run("extract", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 2 and b"nowhere.json" in missing.stderr and b"Traceback" not in missing.stderr
    bad_date = run("tag", "--dct", "2022-13-01", "-", stdin=b"on Tuesday")
    assert bad_date.returncode == 2 and b"not a date" in bad_date.stderr and b"Traceback" not in bad_date.stderr
    not_utf8 = run("tag", "--dct", "2022-01-01", "-", stdin=b"\xff\xfe on Tuesday")
    assert not_utf8.returncode == 2 and b"utf-8" in not_utf8.stderr and b"Traceback" not in not_utf8.stderr
