"""Load the wire-format JSON Schemas shipped with the package (the files in the project's ``schemas/``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import orjson

__all__ = ["load_schema", "SCHEMA_NAMES"]

SCHEMA_NAMES = ("article", "dlq-record", "event-mention", "timeline-update")


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """``name`` is one of SCHEMA_NAMES: the file ``<name>.schema.json``."""
    # streams/schemas is a link to the project's schemas/ folder in a checkout, a copy of it in a wheel.
    return orjson.loads(resources.files("streams").joinpath("schemas", f"{name}.schema.json").read_bytes())
