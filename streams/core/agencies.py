"""The agency and outlet tables: canonical names for news agencies and outlets, however they are spelled.

``data/agencies.tsv`` (extended by the TSV named in ``TIMELINE_AGENCIES``) and ``data/outlets.tsv`` (extended by
``TIMELINE_OUTLETS``) are read once, on first use; ``reload_tables`` forgets them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

__all__ = [
    "Agency",
    "agencies",
    "agency_of",
    "agencies_named",
    "normalize_outlet",
    "reload_tables",
    "data_lines",
    "AGENCIES_ENV",
    "OUTLETS_ENV",
]

DATA = Path(__file__).with_name("data")
AGENCIES_ENV = "TIMELINE_AGENCIES"
OUTLETS_ENV = "TIMELINE_OUTLETS"


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    pattern: regex.Pattern | None


def data_lines(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\r\n")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip() and part.strip() != "-")


def _read_agencies(path: Path) -> dict[str, Agency]:
    table: dict[str, Agency] = {}
    for line in data_lines(path):
        cells = (line.split("\t") + ["", "", ""])[:4]
        name = cells[0].strip()
        if not name:
            continue
        pattern = None
        if cells[3].strip() and cells[3].strip() != "-":
            try:
                pattern = regex.compile(cells[3].strip(), regex.M)
            except regex.error:
                pattern = None
        aliases = tuple(dict.fromkeys((name, *_split(cells[1]))))
        table[name] = Agency(name, aliases, tuple(d.lower() for d in _split(cells[2])), pattern)
    return table


@cache
def agencies() -> dict[str, Agency]:
    """The agency table: built-in rows, then the user's file (``TIMELINE_AGENCIES``), which wins on a name."""
    table = _read_agencies(DATA / "agencies.tsv")
    user = os.environ.get(AGENCIES_ENV)
    if user:
        table.update(_read_agencies(Path(user)))
    return table


@cache
def _alias_matcher() -> tuple[regex.Pattern, dict[str, str]]:
    by_alias: dict[str, str] = {}
    for agency in agencies().values():
        for alias in agency.aliases:
            for form in (alias, alias.upper()):
                by_alias.setdefault(form, agency.name)
    ordered = sorted(by_alias, key=len, reverse=True)  # longest first: "The Associated Press" before "AP"
    body = "|".join(regex.escape(a) for a in ordered)
    return regex.compile(rf"(?<![\w@./-])(?:{body})(?![\w-]|\.\w)"), by_alias


def agency_of(name: str) -> str | None:
    """The canonical agency for a name as written ("Agence France-Presse" -> "AFP"), else None."""
    pattern, by_alias = _alias_matcher()
    name = name.strip().strip(".,;:()/ ")
    if name in by_alias:
        return by_alias[name]
    key = _outlet_key(name)
    if key and key in _agency_by_key():
        return _agency_by_key()[key]
    return _agency_by_domain().get(key)


@cache
def _agency_by_key() -> dict[str, str]:
    """Alias spellings folded to their outlet key (first alias wins, as in the table's order)."""
    out: dict[str, str] = {}
    for alias, agency in _alias_matcher()[1].items():
        out.setdefault(_outlet_key(alias), agency)
    return out


def agencies_named(text: str) -> list[str]:
    pattern, by_alias = _alias_matcher()
    return [by_alias[m.group(0)] for m in pattern.finditer(text)]


# ---- outlets ---------------------------------------------------------------------------------------------

_SCHEME = regex.compile(r"^[a-z][a-z0-9+.-]*://", regex.I)
_DOMAIN = regex.compile(r"^(?:[\p{L}\d-]+\.)+[a-z]{2,24}\.?$", regex.I)
_PATH_START = regex.compile(r"[/?#]")
_LEADING_THE = regex.compile(r"^the\s+")
_NOT_ALNUM = regex.compile(r"[\W_]+")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "gob", "go", "or", "ne"}


def _host(value: str) -> str:
    value = _SCHEME.sub("", value.strip())
    host = _PATH_START.split(value, maxsplit=1)[0].split("@")[-1].split(":")[0]
    return host[4:] if host.lower().startswith("www.") else host


@lru_cache(maxsize=4096)  # outlets and URLs repeat from article to article
def _outlet_key(value: str) -> str:
    value = value.strip()
    if _SCHEME.match(value) or (" " not in value and "/" in value):
        value = _host(value)
    elif value.lower().startswith("www."):
        value = value[4:]
    value = value.casefold()
    if _DOMAIN.match(value):
        labels = value.rstrip(".").split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        value = ".".join(labels)
    return _NOT_ALNUM.sub("", _LEADING_THE.sub("", value))


@cache
def _outlet_names() -> dict[str, str]:
    names: dict[str, str] = {}
    paths = [DATA / "outlets.tsv"]
    if os.environ.get(OUTLETS_ENV):
        paths.append(Path(os.environ[OUTLETS_ENV]))
    for path in paths:
        for line in data_lines(path):
            cells = (line.split("\t") + [""])[:2]
            name = cells[0].strip()
            for alias in (name, *_split(cells[1])):
                if _outlet_key(alias):
                    names[_outlet_key(alias)] = name
    return names


@cache
def _agency_by_domain() -> dict[str, str]:
    return {_outlet_key(domain): agency.name for agency in agencies().values() for domain in agency.domains}


def normalize_outlet(outlet: str | None, url: str | None = None) -> str:
    """One readable name per outlet: "www.theguardian.com", "the Guardian" -> "The Guardian".

    Known outlets and agencies come from the tables; any other name keeps its own spelling, less the URL scheme,
    "www." and path ("https://www.SpaceWar.com/x" -> "SpaceWar.com"). Empty -> the URL's host, else "unknown".
    """
    candidates = [c for c in (outlet or "", url or "") if isinstance(c, str) and c.strip()]
    for candidate in candidates:
        key = _outlet_key(candidate)
        if key in _outlet_names():
            return _outlet_names()[key]
        agency = agency_of(candidate) if len(candidate) < 200 else None
        if agency:
            return agency
    for candidate in candidates:
        display = candidate.strip()
        if _SCHEME.match(display) or (" " not in display and "/" in display):
            display = _host(display)
        elif display.lower().startswith("www."):
            display = display[4:]
        display = " ".join(display.split())
        if display:
            return display
    return "unknown"


def reload_tables() -> None:
    """Forget the agency and outlet tables, so that the next call reads them (and the env files) again."""
    for cached in (agencies, _alias_matcher, _agency_by_key, _outlet_names, _agency_by_domain):
        cached.cache_clear()
