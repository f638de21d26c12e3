"""The ``timeline`` command: up, publish, follow, demo, tag, extract, dlq, replay-dlq."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import orjson

from .settings import Settings

__all__ = ["main"]

EXAMPLES = Path(__file__).resolve().parent / "examples"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _dump(value) -> str:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(broker=getattr(args, "broker", None), web_port=getattr(args, "web_port", None))


def _need_broker(settings: Settings) -> Settings:
    if not settings.broker:
        raise SystemExit("no broker: pass --broker kafka://host:port or set TIMELINE_BROKER "
                         "(`timeline up` starts an embedded one and prints its URL)")
    return settings


def format_event(event: dict) -> str:
    sources = ", ".join(event.get("sources", [])) or "?"
    return f"{event.get('date', '?'):<10}  [{sources}]  {event.get('summary', '')}  ({event.get('id')})"


# -- commands -------------------------------------------------------------------------------------------------------

def cmd_up(args: argparse.Namespace) -> int:
    from .runtime import broker_for

    settings = _settings(args)
    # A worker started before its broker waits for it (and says so) instead of failing.
    with broker_for(settings, say=_say, wait=None) as settings:
        os.environ.update(settings.to_env())
        base = f"http://{settings.web_host}:{settings.web_port}"
        _say(f"broker {settings.broker}; timeline page {base}/ (JSON: {base}/timeline/)")
        from .worker import run_worker

        try:
            run_worker(settings.log_level)
        except SystemExit as exc:
            return int(exc.code or 0)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .article_files import read_articles
    from .clients import ensure_topics, send_all, wait_for_broker

    settings = _need_broker(_settings(args))
    messages = list(read_articles(args.paths, txt_source=args.source))
    wait_for_broker(settings, say=_say)
    ensure_topics(settings)
    sent = send_all(settings, settings.topic_articles, ((m.key, m.value) for m in messages))
    print(f"published {sent} article(s) to {settings.topic_articles}")
    return 0


def cmd_follow(args: argparse.Namespace) -> int:
    from .clients import read_topic
    from .core.query import Scope, matches

    settings = _need_broker(_settings(args))
    scope = Scope(entity=args.entity, source=args.source, date_from=args.date_from, date_to=args.date_to)
    try:
        for key, value, _msg in read_topic(settings, settings.topic_updates, from_beginning=args.from_beginning,
                                           follow=not args.exit):
            if value is None or not matches(value, scope):
                continue
            if args.json:
                print(orjson.dumps(value).decode(), flush=True)
            elif value.get("change") == "absorbed":
                print(f"{'':<10}  {key} merged into {value.get('absorbed_into')}", flush=True)
            else:
                print(f"{value.get('change', ''):<8} {format_event(value)}", flush=True)
    except KeyboardInterrupt:
        pass
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .article_files import read_articles
    from .clients import read_topic, send_all
    from .runtime import WorkerProcess, broker_for

    paths = args.paths or [EXAMPLES]
    messages = list(read_articles(paths))
    settings = replace(Settings.from_env(), broker="")  # the demo always runs on its own embedded broker
    if args.web_port is not None:
        settings = replace(settings, web_port=args.web_port)
    with broker_for(settings, say=_say) as settings:
        worker = WorkerProcess(settings).start()
        try:
            _say(f"worker up, timeline page {worker.base_url}/ (log: {worker.log_path})")
            sent = send_all(settings, settings.topic_articles, ((m.key, m.value) for m in messages))
            _say(f"published {sent} article(s); waiting until each is processed or rejected ...")
            started = time.monotonic()
            stats = worker.wait_idle(sent, timeout=args.timeout)
            _say(f"done in {time.monotonic() - started:.1f}s: {stats['articles_processed']} processed, "
                 f"{stats['articles_rejected']} rejected, {stats['mentions_emitted']} event mentions")
            events = worker.timeline()
            rejected = [
                {"article_id": v.get("article_id"), "error": v.get("reason"), "code": v.get("error")}
                for _k, v, _m in read_topic(settings, settings.topic_dlq, idle_timeout=1.0) if v
            ]
            if args.json:
                print(orjson.dumps({"events": events, "rejected": rejected}).decode(), flush=True)
            else:
                for event in events:
                    print(format_event(event))
                for item in rejected:
                    print(f"rejected  {item['article_id'] or '?'}: {item['error']}")
                sys.stdout.flush()
            if not args.exit:
                _say(f"timeline page: {worker.base_url}/  JSON: {worker.base_url}/timeline/  (Ctrl-C to stop)")
                try:
                    while worker.proc and worker.proc.poll() is None:
                        time.sleep(0.5)
                except KeyboardInterrupt:
                    pass
        finally:
            worker.stop()
    return 0


def _read_text(path: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return data.decode("utf-8")


def cmd_tag(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .core.timex import tag

    text = _read_text(args.file)
    dct = date.fromisoformat(args.dct)
    # "modifier" is the name users know; "mod" (TIMEX3's, and every other record's here) stays for scripts.
    print(_dump([{**(fields := asdict(t)), "modifier": fields["mod"]} for t in tag(text, dct)]))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from .article_files import parse_articles, read_articles
    from .core.article import parse_article
    from .core.pipeline import process_article
    from .errors import InvalidArticle

    out = []
    if args.file == "-":
        messages = parse_articles(sys.stdin.buffer.read(), "<stdin>")
    else:
        messages = read_articles([args.file])
    for message in messages:
        try:
            article = parse_article(message.value)
            if args.dct and not article.published_at:
                article = replace(article, published_at=args.dct)
            result = process_article(article, None)
        except InvalidArticle as exc:
            print(f"{message.origin}: {exc.reason}", file=sys.stderr)
            return 2
        for item in result.mentions:
            m = item.mention
            out.append({
                "mention_id": item.mention_id, "article_id": item.provenance.article_id, "date": m.date,
                "granularity": m.granularity, "kind": m.kind, "kinds": list(m.kinds), "summary": m.summary,
                "actors": list(m.actors), "places": list(m.places), "sentence": m.sentence,
                "timex": {"text": m.timex.text, "value": m.timex.value, "mod": m.timex.mod,
                          "resolution": m.timex.resolution},
                "source": item.provenance.source, "outlet": item.provenance.outlet,
                "published_at": item.provenance.published_at, "published_basis": item.provenance.published_basis,
            })
    print(_dump(out))
    return 0


def cmd_dlq(args: argparse.Namespace) -> int:
    from .clients import read_topic

    settings = _need_broker(_settings(args))
    count = 0
    for _key, value, msg in read_topic(settings, settings.topic_dlq, idle_timeout=args.idle):
        count += 1
        if args.json:
            print(orjson.dumps(value).decode() if value else msg.value.decode("utf-8", "replace"))
        elif value:
            raw = (value.get("raw") or "")[:80].replace("\n", " ")
            print(f"#{msg.partition}:{msg.offset}  {value.get('error')}  id={value.get('article_id') or '?'}\n"
                  f"    reason: {value.get('reason')}\n    raw ({value.get('raw_encoding')}): {raw}")
    _say(f"{count} DLQ record(s)")
    return 0


def cmd_replay_dlq(args: argparse.Namespace) -> int:
    """Send DLQ payloads back to the ingest topic: fixed records from a file, or records of one error class as-is."""
    import base64

    from .clients import ensure_topics, read_topic, send_all

    settings = _need_broker(_settings(args))
    if args.file:
        lines = Path(args.file).read_bytes().splitlines()
        records = [orjson.loads(line) for line in lines if line.strip()]
    else:
        if not args.error:
            raise SystemExit("give a FILE of fixed records (from `timeline dlq --json`) or --error CODE to resend")
        records = [v for _k, v, _m in read_topic(settings, settings.topic_dlq, idle_timeout=args.idle) if v]
    if args.error:
        records = [r for r in records if r.get("error") == args.error]
    items = []
    for record in records:
        raw, encoding = record.get("raw"), record.get("raw_encoding", "utf-8")
        if raw is None or encoding == "none":
            continue
        value = base64.b64decode(raw) if encoding == "base64" else raw.encode("utf-8")
        items.append((record.get("article_id"), value))
    ensure_topics(settings)
    sent = send_all(settings, settings.topic_articles, items)
    print(f"replayed {sent} record(s) to {settings.topic_articles}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import format_report, run_bench

    count = args.articles or (800 if args.quick else 2000)
    result = run_bench(count, quick=args.quick)
    print(orjson.dumps(result).decode() if args.json else format_report(result))
    return 0


# -- parser ---------------------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def broker_arg(p):
        p.add_argument("--broker", help="kafka://host:port of an existing broker (env TIMELINE_BROKER)")

    p = sub.add_parser("up", help="run the worker (and an embedded broker when no --broker is given)")
    broker_arg(p)
    p.add_argument("--web-port", type=int, help="web view port (env TIMELINE_WEB_PORT, default 6066)")
    p.set_defaults(func=cmd_up)

    p = sub.add_parser("publish", help="publish .json/.jsonl/.txt files or folders to the ingest topic")
    broker_arg(p)
    p.add_argument("--source", default="unknown", help="outlet name for .txt files (default: unknown)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("follow", help="print timeline updates as they arrive")
    broker_arg(p)
    p.add_argument("--from-beginning", action="store_true")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--exit", action="store_true", help="stop when no update arrives for a while")
    p.add_argument("--entity")
    p.add_argument("--source")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("demo", help="embedded broker + worker, publish PATHs (default: examples), print timeline")
    p.add_argument("paths", nargs="*")
    p.add_argument("--json", action="store_true")
    p.add_argument("--exit", action="store_true", help="exit after printing instead of keeping the web view up")
    p.add_argument("--web-port", type=int)
    p.add_argument("--timeout", type=float, default=300.0)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("tag", help="print the temporal expressions of a plain text as JSON (no broker)")
    p.add_argument("--dct", required=True, type=_iso_date, help="document creation (publication) date, YYYY-MM-DD")
    p.add_argument("file", nargs="?", default="-")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("extract", help="print the dated events of one article as JSON (no broker)")
    p.add_argument("file", nargs="?", default="-", help="a .json, .jsonl or .txt file, or - (the default) for "
                   "standard input: JSON, JSON lines or plain text")
    p.add_argument("--dct", type=_iso_date, help="publication date (YYYY-MM-DD) to use where the article has none")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("dlq", help="list dead-letter records readably")
    broker_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--idle", type=float, default=2.0, help="stop after this many seconds without a record")
    p.set_defaults(func=cmd_dlq)

    p = sub.add_parser("replay-dlq", help="send fixed DLQ records (or one error class as-is) back to the ingest topic")
    broker_arg(p)
    p.add_argument("file", nargs="?", help="JSON lines as printed by `timeline dlq --json`, with `raw` fixed")
    p.add_argument("--error", help="only records of this error class (e.g. internal, too_large)")
    p.add_argument("--idle", type=float, default=2.0)
    p.set_defaults(func=cmd_replay_dlq)

    p = sub.add_parser("bench", help="measure extraction, the pipeline on the embedded broker, and two workers")
    p.add_argument("--articles", type=int, help="corpus size (default 2000, or 800 with --quick)")
    p.add_argument("--quick", action="store_true", help="a smaller run, within two minutes on two cores")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bench)
    return parser


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except (OSError, UnicodeDecodeError) as exc:  # a missing or unreadable input file: one line, not a traceback
        print(f"timeline {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
