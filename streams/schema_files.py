"""Load the wire-format JSON Schemas shipped with the package (the files in the project's ``schemas/``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import orjson

__all__ = ["load_schema", "SCHEMA_NAMES"]

SCHEMA_NAMES = ("article", "dlq-record", "event-mention", "timeline-update")


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """``name`` is one of SCHEMA_NAMES: the file ``<name>.schema.json``."""
    filename = f"{name}.schema.json"
    source = Path(__file__).resolve().parent.parent / "schemas" / filename  # a source checkout
    if source.is_file():
        return orjson.loads(source.read_bytes())
    return orjson.loads(resources.files("streams").joinpath("schemas", filename).read_bytes())  # an installed wheel
