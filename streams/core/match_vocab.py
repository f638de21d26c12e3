"""The word lists that matching reads, loaded once at import from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["KindFamilies", "KIND_FAMILIES", "STOPWORDS", "PLACE_PREPOSITIONS", "load_kind_families", "load_words",
           "load_roles"]

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class KindFamilies:
    """Each known kind's family and the family's role (occasion | act | incident)."""

    family_of: dict
    role_of: dict


def load_kind_families(path: Path) -> KindFamilies:
    family_of: dict[str, str] = {}
    role_of: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, role, kinds = line.split("\t")
        for kind in kinds.split():
            if kind in family_of:
                raise ValueError(f"{path.name}: kind {kind!r} is in two families")
            family_of[kind] = family
            role_of[kind] = role
    return KindFamilies(family_of, role_of)


def load_words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def load_roles(path: Path) -> dict[str, str]:
    """word -> role, from a two-column tab-separated file."""
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {word.strip(): role.strip() for word, role in rows}


KIND_FAMILIES = load_kind_families(_HERE / "kind_families.txt")
STOPWORDS = load_words(_HERE / "match_stopwords.txt")
PLACE_PREPOSITIONS = load_roles(_HERE / "place_prepositions.txt")
