"""A pattern question that names no kind of request ("adjuster here: when IMR reverses our UR
denials, what are the usual reasons?") is about every request in the index: the reasons of that
outcome counted over all of them and quoted from different letters, not the one item the search
found first. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# overturned: CM16-0246624 (cervical MRI), CM17-0005924 (cervical CT), CM17-0010885 (acupuncture, PT),
# CM16-0248034 (EMG/NCS); upheld: CM17-0002106 (shoulder MRI, cervical MRI, head CT)
client = served_client("CM16-0246624", "CM17-0005924", "CM17-0010885", "CM16-0248034", "CM17-0002106")


def test_the_reasons_of_every_approval_are_quoted_across_letters(client):
    body = ask(client, "adjuster here: when IMR reverses our UR denials, what are the usual reasons?")
    assert body["answer"].startswith("Of 8 disputed requests in the index, 3 were denied (upheld) and 5 approved "
                                     "(overturned). ")
    assert body["count"] == {"total": 8, "Upheld": 3, "Overturned": 5, "focus": 5}
    cited = {c["case_number"] for c in body["citations"] if c["decision"] == "Overturned"}
    assert cited == {"CM16-0246624", "CM17-0005924", "CM17-0010885", "CM16-0248034"}


def test_a_treatment_the_index_lacks_is_still_not_found(client):
    body = ask(client, "Why is craniosacral therapy not authorised?")
    assert (body["abstained"], body["kind"]) == (True, "not_found")
    assert body["citations"] == []
