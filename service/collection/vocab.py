"""What the catalog holds that a collection question may name: guideline chapters and sections,
reviewer specialties and decision months. Read once per catalog generation."""

from __future__ import annotations

import threading

import msgspec

from indexer.catalog import Catalog


class Vocabulary(msgspec.Struct, frozen=True, kw_only=True):
    chapters: tuple[tuple[str, str, str], ...] = ()  # (family, chapter, year) as cited
    sections: tuple[str, ...] = ()
    specialties: tuple[str, ...] = ()
    months: tuple[str, ...] = ()  # YYYY-MM, oldest first
    sources: tuple[str, ...] = ()  # the names of cited sources outside MTUS, ODG and ACOEM ("uptodate.com")


_cache: dict[tuple[str, int], Vocabulary] = {}
_lock = threading.Lock()


def vocabulary(catalog: Catalog) -> Vocabulary:
    key = (str(catalog.path), catalog.generation())
    with _lock:
        if key in _cache:
            return _cache[key]
    chapters = catalog.query("SELECT DISTINCT family, chapter, year FROM guideline_parts WHERE chapter != '' "
                             "ORDER BY length(chapter) DESC, chapter")
    sections = [r[0] for r in catalog.query("SELECT DISTINCT section FROM guideline_sections ORDER BY "
                                            "length(section) DESC, section")]
    specialties = sorted({s.strip() for (raw,) in catalog.query(
        "SELECT DISTINCT reviewer_specialty FROM letters WHERE reviewer_specialty IS NOT NULL")
        for s in raw.split(",") if s.strip()}, key=lambda s: (-len(s), s))
    months = [r[0] for r in catalog.query("SELECT DISTINCT decision_month FROM items WHERE decision_month IS NOT NULL "
                                          "ORDER BY 1")]
    sources = [r[0] for r in catalog.query("SELECT DISTINCT name FROM guideline_parts WHERE family = 'other' AND name != '' "
                                           "ORDER BY length(name) DESC, name")]
    found = Vocabulary(chapters=tuple(tuple(c) for c in chapters), sections=tuple(sections),
                       specialties=tuple(specialties), months=tuple(months), sources=tuple(sources))
    with _lock:
        _cache.clear()
        _cache[key] = found
    return found
