"""Run the Faust worker in this process (the modules that register topics, tables, agents and views)."""

from __future__ import annotations

import gc

__all__ = ["run_worker"]

# Processed once at start: the rule tables load and the patterns compile before the first real article, which
# would otherwise wait for them (about half a second), and they are then frozen with the rest.
_WARM_UP = {"id": "warm-up", "source": "warm-up", "published_at": "2022-03-16",
            "body": "BRUSSELS, March 16 (AFP) - NATO defence ministers met in Brussels on Wednesday, officials said."}


def run_worker(loglevel: str = "info") -> None:
    _use_uvloop()
    import faust

    from . import agents, live_view, page, views  # noqa: F401  (registers agents, tables and web pages on the app)
    from .app import app
    from .core.pipeline import process_article

    process_article(_WARM_UP, None)
    # Tables, rules and compiled patterns live as long as the process: keep the collector from rescanning them
    # (and, in the extraction processes forked next, from writing to their shared pages).
    gc.collect()
    gc.freeze()
    agents.extract_pool.start()
    try:
        faust.Worker(app, loglevel=loglevel).execute_from_commandline()
    finally:
        agents.extract_pool.close()


def _use_uvloop() -> None:
    """Run the worker on uvloop where it is installed (not on Windows): Faust's per-message work is mostly event
    loop machinery (a task or two for every message delivered), which uvloop does in C."""
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return
    import mode.loop

    mode.loop.use("uvloop")
