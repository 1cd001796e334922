"""The collection metric on tiny hand-computed cases."""

from __future__ import annotations

from eval.collection_score import collection_exact, labels_match, normalise


def table(*rows):
    return {"columns": ["label", "n"], "rows": [list(r) for r in rows]}


def test_values_compare_at_three_decimals_and_need_one_row():
    assert collection_exact(table(("share", 1, 13, 0.077)), {"value": 0.077}) == 1.0
    assert collection_exact(table(("share", 1, 13, 1 / 13)), {"value": 0.077}) == 1.0
    assert collection_exact(table(("share", 1, 12, 0.083)), {"value": 0.077}) == 0.0
    assert collection_exact(table(("counted", 13)), {"value": 13}) == 1.0
    assert collection_exact(table(("a", 13), ("b", 2)), {"value": 13}) == 0.0
    assert collection_exact(None, {"value": 13}) == 0.0
    assert collection_exact(table(("counted", "13")), {"value": 13}) == 0.0


def test_labels_name_the_same_thing():
    assert normalise("Neck & Upper Back") == normalise("Neck and Upper Back") == "neck and upper back"
    assert labels_match("lumbar", "lumbar spine / low back")
    assert labels_match("medications (any)", "medication")
    assert labels_match("MTUS Chronic Pain Medical Treatment 2016", "MTUS Chronic Pain Medical Treatment 2016")
    assert not labels_match("cervical", "lumbar spine / low back")
    assert not labels_match("", "knee")
    assert collection_exact(table(("Low Back Complaints 2004", 15)), {"label": "Low Back Complaints 2004"}) == 1.0
    assert collection_exact(table(("Neck Complaints", 15)), {"label": "Low Back Complaints 2004"}) == 0.0


def test_ranked_rows_match_in_any_order_comparisons_by_position():
    gold = {"rows": [["Neck and Upper Back", 9], ["Low Back", 8]]}
    assert collection_exact(table(("Low Back", 8), ("Neck & Upper Back", 9)), gold, "top") == 1.0
    assert collection_exact(table(("Low Back", 8), ("Neck & Upper Back", 7)), gold, "top") == 0.0
    assert collection_exact(table(("Low Back", 8)), gold, "top") == 0.0
    compare = {"rows": [["knee MRI", 0.0], ["shoulder MRI", 0.25]]}
    assert collection_exact(table(("knee", 0, 4, 0.0), ("shoulder", 1, 4, 0.25)), compare, "compare") == 1.0
    assert collection_exact(table(("shoulder", 1, 4, 0.25), ("knee", 0, 4, 0.0)), compare, "compare") == 0.0
