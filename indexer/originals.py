"""The copies of the original letter files kept in the documents folder, named by case number
(what `GET /api/cases/{cn}/document` serves): written through a .tmp file before the catalog
commits the letter, and removed when `imr index --prune` drops it (indexer.pipeline.prune_missing).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.prepare import SUFFIXES
from indexer.settings import Settings


def kept_copies(docs: Path, case_number: str) -> list[Path]:
    """The files `keep_original` may have left in `docs` for a case (a crash can leave a .tmp).
    Named, not globbed: a glob lists the whole folder, once per letter, which at 100k letters
    took longer than storing them."""
    names = [f"{case_number}{suffix}{tmp}" for suffix in SUFFIXES for tmp in ("", ".tmp")]
    return [docs / name for name in names if (docs / name).exists()]


def keep_original(settings: Settings, path: Path, case_number: str) -> Path:
    """Copy the original file into the documents folder, named by case number."""
    settings.docs.mkdir(parents=True, exist_ok=True)
    target = settings.docs / f"{case_number}{path.suffix.lower()}"
    for old in kept_copies(settings.docs, case_number):
        if old != target:
            old.unlink()
    tmp = target.with_suffix(target.suffix + ".tmp")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    return target
