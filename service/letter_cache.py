"""The engine's small cache of parsed letters, checked against the catalog on every read.

A cached letter is used only while its content hash is still the catalog's (one small query), and
a letter is cached with the hash read in the same query as its body: no reader can put back a
letter that a refresh replaced. The LETTER_CACHE most recently read letters are kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from indexer.catalog import Catalog
from indexer.model import Letter

LETTER_CACHE = 512


class LetterCache:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._letters: OrderedDict[str, tuple[Letter, str]] = OrderedDict()  # case -> (letter, content hash)
        self._lock = threading.Lock()

    def letters(self, case_numbers: list[str]) -> dict[str, Letter]:
        """The stored letters among `case_numbers`. A cached letter is used only while its content
        hash is still the catalog's (one small query), and a letter is cached with the hash read in
        the same query as its body: no reader can put back a letter that a refresh replaced."""
        wanted = list(dict.fromkeys(case_numbers))
        current = self.catalog.hashes(wanted)
        found: dict[str, Letter] = {}
        with self._lock:
            for cn, digest in current.items():
                entry = self._letters.get(cn)
                if entry is not None and entry[1] == digest:
                    found[cn] = entry[0]
        missing = [cn for cn in current if cn not in found]
        if missing:
            fresh = self.catalog.letters_with_hashes(missing)
            with self._lock:
                for cn, (letter, digest) in fresh.items():
                    self._letters[cn] = (letter, digest)
                    self._letters.move_to_end(cn)
                while len(self._letters) > LETTER_CACHE:
                    self._letters.popitem(last=False)
            found.update({cn: letter for cn, (letter, _digest) in fresh.items()})
        return {cn: found[cn] for cn in case_numbers if cn in found}

    def forget(self, cases: Iterable[str]) -> None:
        with self._lock:
            for cn in cases:
                self._letters.pop(cn, None)
