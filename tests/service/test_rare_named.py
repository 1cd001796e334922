"""service.rare_named: of the letters that might be the patient's, those holding the most of the things
named, each weighing the log of its rarity among the index's letters."""

from __future__ import annotations

import math

from service.rare_named import rarity, weightiest

# case -> the treatment sets of its requests
HELD = {
    "CM00-0000001": {"h2_blocker", "sleep_aid", "nsaid"},  # the rare ones
    "CM00-0000002": {"topical", "nsaid"},  # the common ones
    "CM00-0000003": {"topical"},
    "CM00-0000004": {"topical", "mri"},
}


class _Catalog:
    def query(self, sql: str, params):
        if sql.startswith("SELECT COUNT(*) FROM letters"):
            return [(len(HELD),)]
        if "COUNT(DISTINCT" in sql:
            return [(sum(params[0] in sets for sets in HELD.values()),)]
        return [(case, t) for case in params for t in sorted(HELD[case])]


class _Engine:
    class store:
        catalog = _Catalog()


def test_rarity_is_the_log_of_letters_over_letters_having_it():
    assert rarity(_Engine, "h2_blocker") == math.log(4)
    assert rarity(_Engine, "topical") == math.log(4 / 3)
    assert rarity(_Engine, "hot_tub") == 0.0


def test_the_rare_things_outweigh_a_common_one():
    cases = list(HELD)
    # h2_blocker + sleep_aid (2 log 4) outweigh topical + nsaid (log 4/3 + log 2)
    assert weightiest(_Engine, cases, ["h2_blocker", "sleep_aid", "topical"]) == {"CM00-0000001"}
    # a letter holding only one of them counts for nothing
    assert weightiest(_Engine, cases, ["topical", "nsaid", "h2_blocker"]) == {"CM00-0000001"}
    assert weightiest(_Engine, ["CM00-0000003", "CM00-0000004"], ["topical", "mri", "sleep_aid"]) == {"CM00-0000004"}
    assert weightiest(_Engine, ["CM00-0000003"], ["topical", "sleep_aid"]) == set()
    assert weightiest(_Engine, cases, ["topical"]) == set()
