"""Run the Faust worker in this process (the modules that register topics, tables, agents and views)."""

from __future__ import annotations

import gc

__all__ = ["run_worker"]


def run_worker(loglevel: str = "info") -> None:
    import faust

    from . import agents, live_view, page, views  # noqa: F401  (registers agents, tables and web pages on the app)
    from .app import app

    # Tables, rules and compiled patterns live as long as the process: keep the collector from rescanning them.
    gc.collect()
    gc.freeze()
    faust.Worker(app, loglevel=loglevel).execute_from_commandline()
