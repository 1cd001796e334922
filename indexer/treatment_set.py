"""The type of a treatment set, and the phrase patterns the tables of sets share.

A `TreatmentSet` has an id, a label, its synonyms (regular expressions over words, abbreviations
and brand/generic names, matched case-insensitively as whole words; a synonym wrapped in
`(?-i:...)` must match in capitals), its exclusions (phrases that are NOT this treatment, masked
out before the synonyms are tried), the sets it includes, and `oral` for a drug class a topical
preparation does not count as. The sets themselves are in indexer.treatments_tests_therapies,
.treatments_procedures, .treatments_equipment and .treatments_drugs; indexer.treatments joins
them and matches them.
"""

from __future__ import annotations

from typing import NamedTuple

class TreatmentSet(NamedTuple):
    id: str
    label: str
    synonyms: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    oral: bool = False  # a drug class that a topical preparation does not count as
    # a group a request is in by any member, but a question names by its own words only: "her tests" names
    # the tests group, "her MRI" names an MRI (and imaging), not every test
    own_words_in_text: bool = False


# a shot or an injection, in the words of a request or a person ("a steroid shot in my back")
SHOT = r"(?:shots?|injections?)"
