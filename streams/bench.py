"""``timeline bench``: extraction speed against dateparser's ``search_dates``, then the whole pipeline on the
embedded broker (throughput, publish-to-update latency, worker peak RSS), then two workers and the speed-up.

Every figure comes from one run over one generated corpus (fixed seed).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import orjson

from .broker import free_port
from .clients import make_producer, publish, read_topic
from .runtime import WorkerProcess, broker_for
from .settings import Settings
from .synthetic import generate_articles

__all__ = ["run_bench"]


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def bench_extraction(articles: list[dict]) -> dict:
    from .core.pipeline import process_article

    words = sum(len(a["body"].split()) for a in articles)
    process_article(articles[0], None)  # load tables and compile patterns outside the timing
    started = time.perf_counter()
    mentions = 0
    for article in articles:
        mentions += len(process_article(article, None).mentions)
    elapsed = time.perf_counter() - started
    return {"extract_articles_per_s": len(articles) / elapsed, "extract_words_per_s": words / elapsed,
            "extract_ms_per_article": 1000 * elapsed / len(articles), "extract_mentions": mentions}


def bench_search_dates(articles: list[dict], chunk: int = 10) -> dict:
    """``search_dates`` against the extraction on the same articles, a few articles through one and then the
    other in turn, so that a machine slowing down or speeding up during the run weighs on both sides of the
    ratio alike (a chunk rather than one article: each side then runs with its own tables in the cache)."""
    from dateparser.search import search_dates

    from .core.pipeline import process_article

    search_dates("warm up on Tuesday", languages=["en"])
    process_article(articles[0], None)
    ours = theirs = 0.0
    for at in range(0, len(articles), chunk):
        part = articles[at:at + chunk]
        started = time.perf_counter()
        for article in part:
            process_article(article, None)
        middle = time.perf_counter()
        for article in part:
            search_dates(article["body"], languages=["en"],
                         settings={"RELATIVE_BASE": datetime.fromisoformat(article["published_at"]),
                                   "PREFER_DATES_FROM": "past"})
        ours, theirs = ours + middle - started, theirs + time.perf_counter() - middle
    return {"search_dates_articles_per_s": len(articles) / theirs,
            "search_dates_ms_per_article": 1000 * theirs / len(articles), "search_dates_sample": len(articles),
            "paired_extract_ms_per_article": 1000 * ours / len(articles),
            "extract_speedup_vs_search_dates": theirs / ours}


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the worker and its extraction processes); Linux."""
    out, todo = [], [pid]
    while todo:
        at = todo.pop()
        out.append(at)
        try:
            for task in Path(f"/proc/{at}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return out


def _peak_rss_mb(pid: int) -> float:
    """Peak resident memory of the worker and its extraction processes, summed (pages the forked processes
    still share with the worker count in each, so this is an upper bound); NaN where /proc is missing."""
    total = 0.0
    for at in _tree(pid):
        try:
            for line in Path(f"/proc/{at}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total or float("nan")


def _cpu_seconds(pid: int, tree: bool = True) -> float:
    """User and system CPU time so far of the worker and (``tree``) its extraction processes (Linux; NaN
    elsewhere)."""
    total = 0.0
    for at in _tree(pid) if tree else [pid]:
        try:
            fields = Path(f"/proc/{at}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            if at == pid:
                return float("nan")
    return total


def _machine_cpu_seconds() -> float:
    """CPU time spent so far by the whole machine, all cores, outside idle and I/O wait (Linux; NaN elsewhere)."""
    try:
        fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _messages(articles: list[dict]) -> list[tuple[str, bytes]]:
    return [(a["id"], orjson.dumps(a)) for a in articles]


def _wait_all(workers: list[WorkerProcess], count: int, timeout: float) -> float:
    """Wait until the workers have finished ``count`` articles and assembled every mention; return when they
    finished (epoch seconds, as the workers stamped it: asking more often would only take their time)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for w in workers:
            if w.proc is None or w.proc.poll() is not None:
                tail = Path(w.log_path).read_text(errors="replace")[-3000:]
                raise RuntimeError(f"a worker exited during the run; its log ends:\n{tail}")
        try:
            stats = [w.stats() for w in workers]
        except OSError:  # a worker busy with a long batch answers late: ask again
            time.sleep(0.5)
            continue
        done = sum(s["articles_done"] for s in stats)
        emitted = sum(s["mentions_emitted"] for s in stats)
        assembled = sum(s["mentions_assembled"] for s in stats)
        if done >= count and assembled >= emitted:
            return max(s["last_done_at"] for s in stats)
        time.sleep(0.2)
    raise TimeoutError(f"pipeline not done after {timeout:.0f}s")


def bench_pipeline(articles: list[dict], workers: int, partitions: int, timeout: float,
                   extract_processes: int | None = None) -> dict:
    """Burst throughput with ``workers`` worker processes on a fresh embedded broker."""
    settings = replace(Settings.from_env(), broker="", partitions=partitions, data_dir="")
    if extract_processes is not None:
        settings = replace(settings, extract_processes=extract_processes)
    with broker_for(settings) as settings, tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        procs = [WorkerProcess(replace(settings, web_port=free_port(), data_dir=f"{tmp}/w{i}"),
                               log_path=Path(tmp) / f"worker-{i}.log").start() for i in range(workers)]
        try:
            # Wait until the group has settled: a probe article goes through before the clock starts.
            producer = make_producer(settings)
            publish(producer, settings.topic_articles, _messages(articles[:1]))
            _wait_all(procs, 1, timeout)
            messages = _messages(articles[1:])
            before = [p.stats() for p in procs]
            cpu_before = [(_cpu_seconds(p.proc.pid), _cpu_seconds(p.proc.pid, tree=False)) for p in procs]
            workers_tree = {at for p in procs for at in _tree(p.proc.pid)}
            broker = [at for at in _tree(os.getpid())[1:] if at not in workers_tree]
            broker_before, machine_before = sum(_cpu_seconds(at, tree=False) for at in broker), _machine_cpu_seconds()
            started = time.time()
            publish(producer, settings.topic_articles, messages)
            elapsed = _wait_all(procs, len(articles), timeout) - started
            after = [p.stats() for p in procs]
            cpu = sum(_cpu_seconds(p.proc.pid) - b[0] for p, b in zip(procs, cpu_before))
            loop_cpu = sum(_cpu_seconds(p.proc.pid, tree=False) - b[1] for p, b in zip(procs, cpu_before))
            broker_cpu = sum(_cpu_seconds(at, tree=False) for at in broker) - broker_before
            machine_cpu = _machine_cpu_seconds() - machine_before
            producer.close()
            # Where the workers' time went, as shares of the run's wall time summed over the workers: the pure
            # core's extraction (in the extraction processes, or in the loop where there are none), the loop
            # process's CPU, and in it the assembly; the rest of the loop's CPU is Faust's and the Kafka clients'.
            spent = {key: sum(a[key] - b[key] for a, b in zip(after, before))
                     for key in ("extract_seconds", "assemble_seconds")}
            return {"articles_per_s": len(messages) / elapsed, "seconds": elapsed,
                    "peak_rss_mb": max(_peak_rss_mb(p.proc.pid) for p in procs),
                    "extract_processes": settings.extraction_processes,
                    "worker_extract_ms_per_article": 1000 * spent["extract_seconds"] / len(messages),
                    "worker_extract_share": spent["extract_seconds"] / (elapsed * workers),
                    "worker_assemble_share": spent["assemble_seconds"] / (elapsed * workers),
                    "worker_loop_cpu_share": loop_cpu / (elapsed * workers),
                    "worker_cpu_cores": cpu / (elapsed * workers),
                    "broker_cpu_cores": broker_cpu / elapsed, "machine_cpu_cores": machine_cpu / elapsed,
                    "machine_cores": os.cpu_count()}
        finally:
            for p in procs:
                p.stop()


def bench_latency(articles: list[dict], rate: float, timeout: float) -> dict:
    """Publish at a steady ``rate`` articles/s; latency = update's broker time - the article's publish time."""
    settings = replace(Settings.from_env(), broker="", data_dir="")
    with broker_for(settings) as settings, tempfile.TemporaryDirectory(prefix="timeline-lat-") as tmp:
        worker = WorkerProcess(replace(settings, web_port=free_port(), data_dir=f"{tmp}/w"),
                               log_path=Path(tmp) / "worker.log").start()
        latencies: list[float] = []
        stop = threading.Event()

        def follow() -> None:
            for _key, value, msg in read_topic(settings, settings.topic_updates, follow=True, idle_timeout=0.5):
                if value and value.get("change") in {"created", "updated", "merged"} and value.get("last_seen"):
                    seen = datetime.fromisoformat(value["last_seen"]).timestamp()
                    latencies.append(msg.timestamp / 1000 - seen)
                if stop.is_set():
                    return

        try:
            producer = make_producer(settings)
            publish(producer, settings.topic_articles, _messages(articles[:1]))
            worker.wait_idle(1, timeout=timeout, settle=0.2)
            thread = threading.Thread(target=follow, daemon=True)
            thread.start()
            interval = 1.0 / rate
            next_at = time.perf_counter()
            for key, value in _messages(articles[1:]):
                producer.send(settings.topic_articles, key=key.encode(), value=value)
                producer.flush()
                next_at += interval
                time.sleep(max(0.0, next_at - time.perf_counter()))
            worker.wait_idle(len(articles), timeout=timeout, settle=0.5)
            time.sleep(1.0)
            stop.set()
            producer.close()
        finally:
            worker.stop()
        latencies.sort()
        if not latencies:
            return {"latency_p50_ms": float("nan"), "latency_p99_ms": float("nan"), "latency_samples": 0}
        p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
        return {"latency_p50_ms": 1000 * statistics.median(latencies), "latency_p99_ms": 1000 * p99,
                "latency_samples": len(latencies), "latency_rate_per_s": rate}


def run_bench(count: int, quick: bool) -> dict:
    articles = list(generate_articles(count, seed=42))
    words = [len(a["body"].split()) for a in articles]
    result: dict = {"articles": count, "mean_words": statistics.mean(words)}
    _say(f"corpus: {count} articles, {statistics.mean(words):.0f} words on average")
    result.update(bench_extraction(articles))
    _say(f"extraction: {result['extract_articles_per_s']:.0f} articles/s")
    sample = articles[: max(20, count // (5 if quick else 4))]
    result.update(bench_search_dates(sample))
    _say(f"search_dates: {result['search_dates_articles_per_s']:.1f} articles/s over {len(sample)} articles; "
         f"extraction {result['extract_speedup_vs_search_dates']:.1f}x as fast on them")
    # The share is taken against extraction alone timed just before and just after the pipeline run, so that
    # the machine's drift in the meantime does not decide it.
    before = bench_extraction(articles)["extract_articles_per_s"]
    one = bench_pipeline(articles, workers=1, partitions=4, timeout=600)
    after = bench_extraction(articles)["extract_articles_per_s"]
    result.update(_against_extraction(one, before, after), worker_peak_rss_mb=one["peak_rss_mb"])
    _say(f"pipeline, one worker: {_share_of_extraction(result)}, peak RSS {one['peak_rss_mb']:.0f} MB; "
         f"{_time_spent(result)}")
    # The same with the extraction in the worker's event loop (TIMELINE_EXTRACT_PROCESSES=0), against extraction
    # alone timed just after the one-worker run and just after this one.
    in_loop = bench_pipeline(articles, workers=1, partitions=4, timeout=600, extract_processes=0)
    after_in_loop = bench_extraction(articles)["extract_articles_per_s"]
    result["in_loop"] = {**_against_extraction(in_loop, after, after_in_loop), "peak_rss_mb": in_loop["peak_rss_mb"]}
    _say(f"pipeline, one worker extracting in its event loop: {_share_of_extraction(result['in_loop'])}, peak RSS "
         f"{in_loop['peak_rss_mb']:.0f} MB; {_time_spent(result['in_loop'])}")
    steady = articles[: (250 if quick else 1000)]
    result.update(bench_latency(steady, rate=50.0, timeout=600))
    _say(f"latency at 50 articles/s: p50 {result['latency_p50_ms']:.0f} ms, p99 {result['latency_p99_ms']:.0f} ms")
    # Scaling out, like for like: two workers each extracting in its loop against one doing the same, as one
    # worker with an extraction process already keeps more than a core busy.
    two = bench_pipeline(articles, workers=2, partitions=4, timeout=600, extract_processes=0)
    result.update({"two_workers_articles_per_s": two["articles_per_s"],
                   "two_workers_speedup": two["articles_per_s"] / in_loop["articles_per_s"],
                   "two_workers_machine_cpu_cores": two["machine_cpu_cores"],
                   "two_workers_broker_cpu_cores": two["broker_cpu_cores"],
                   "two_workers_extract_ms_per_article": two["worker_extract_ms_per_article"]})
    _say(f"pipeline, two workers extracting in their loops: {_two_workers(result)}")
    return result


def _against_extraction(run: dict, before: float, after: float) -> dict:
    """A pipeline run's throughput, as a share of extraction alone timed just before and after it, and where the
    worker's time went."""
    return {"pipeline_articles_per_s": run["articles_per_s"], "extract_around_pipeline_articles_per_s": [before, after],
            "pipeline_share_of_extraction": run["articles_per_s"] / ((before + after) / 2),
            **{key: run[key] for key in ("extract_processes", "worker_extract_ms_per_article", "worker_extract_share",
                                         "worker_assemble_share", "worker_loop_cpu_share", "worker_cpu_cores",
                                         "broker_cpu_cores", "machine_cpu_cores", "machine_cores")}}


def _two_workers(result: dict) -> str:
    """The two workers' throughput and speed-up, and how busy the machine was: on two cores, two workers, the
    broker and the publisher share them (two extraction processes alone run each at full speed; a worker's
    extraction takes longer in wall time only when something else has its core)."""
    return (f"{result['two_workers_articles_per_s']:.0f} articles/s ({result['two_workers_speedup']:.2f}x one such "
            f"worker); the machine {result['two_workers_machine_cpu_cores']:.2f} of {result['in_loop']['machine_cores']}"
            f" cores busy (the broker {result['two_workers_broker_cpu_cores']:.2f}, one worker alone "
            f"{result['in_loop']['machine_cpu_cores']:.2f}); extraction "
            f"{result['two_workers_extract_ms_per_article']:.2f} ms/article against "
            f"{result['in_loop']['worker_extract_ms_per_article']:.2f} with one worker")


def _share_of_extraction(summary: dict) -> str:
    around = " and ".join(f"{v:.0f}" for v in summary["extract_around_pipeline_articles_per_s"])
    share = 100 * summary["pipeline_share_of_extraction"]
    return (f"{summary['pipeline_articles_per_s']:.0f} articles/s ({share:.0f}% of extraction alone, timed just "
            f"before and after it: {around} articles/s)")


def _time_spent(result: dict) -> str:
    extract, assemble, loop = (100 * result[key] for key in ("worker_extract_share", "worker_assemble_share",
                                                             "worker_loop_cpu_share"))
    ms, processes = result["worker_extract_ms_per_article"], result["extract_processes"]
    if processes:
        return (f"extraction in {processes} process{'es' if processes > 1 else ''}, busy {extract / processes:.0f}% "
                f"of the run ({ms:.2f} ms/article); the event loop {loop:.0f}% of a core: {assemble:.0f}% "
                f"assembling, {loop - assemble:.0f}% Faust and the Kafka clients; "
                f"{result['worker_cpu_cores']:.2f} cores in all")
    return (f"the event loop {loop:.0f}% of a core: {extract:.0f}% extracting ({ms:.2f} ms/article), "
            f"{assemble:.0f}% assembling, {loop - extract - assemble:.0f}% Faust and the Kafka clients")


def format_report(result: dict) -> str:
    rows = [
        ("corpus", f"{result['articles']} articles, {result['mean_words']:.0f} words each on average"),
        ("extraction (no broker)", f"{result['extract_articles_per_s']:.0f} articles/s, "
                                   f"{result['extract_words_per_s']:.0f} words/s "
                                   f"({result['extract_ms_per_article']:.2f} ms/article)"),
        ("dateparser search_dates", f"{result['search_dates_articles_per_s']:.1f} articles/s"),
        ("extraction / search_dates", f"{result['extract_speedup_vs_search_dates']:.1f}x (the same "
                                      f"{result['search_dates_sample']} articles, ten at a time through each in turn: "
                                      f"{result['paired_extract_ms_per_article']:.2f} ms against "
                                      f"{result['search_dates_ms_per_article']:.1f} ms)"),
        ("pipeline, 1 worker", _share_of_extraction(result)),
        ("worker's time, 1 worker", _time_spent(result)),
        ("pipeline, 1 worker, extracting in its loop",
         f"{_share_of_extraction(result['in_loop'])}; peak RSS {result['in_loop']['peak_rss_mb']:.0f} MB"),
        ("its time", _time_spent(result["in_loop"])),
        ("latency at 50 articles/s", f"p50 {result['latency_p50_ms']:.0f} ms, p99 {result['latency_p99_ms']:.0f} ms "
                                     f"({result['latency_samples']} updates)"),
        ("worker peak RSS", f"{result['worker_peak_rss_mb']:.0f} MB"),
        ("pipeline, 2 workers, extracting in their loops", _two_workers(result)),
    ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)
