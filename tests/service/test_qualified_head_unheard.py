"""A treatment phrase whose word right before its head names no treatment and no request uses it
(service.gather.unknown_phrase): an "epidural blood patch" is neither an epidural steroid injection
nor a lidocaine patch or cream, though "epidural" and "patch" each name a set. The same head with a
word the requests use still finds its item. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# right L4 and L5 transforaminal epidural steroid injections (upheld); a 33-year-old man's six items,
# among them a lidocaine ointment (upheld)
client = served_client("CM17-0005418", "CM16-0234464")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_an_epidural_blood_patch_is_no_item_of_the_index(client) -> None:
    answer = ask(client, "epidural blood patch for a headache after a spinal tap - any IMR decision?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for epidural blood patch.")


def test_an_epidural_steroid_injection_is_still_found(client) -> None:
    answer = ask(client, "why was the right L4 epidural steroid injection denied?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == "Right L4 transforaminal epidural steroid injection under fluoroscopic guidance"


def test_how_a_cream_is_put_on_names_no_other_kind_of_it(client) -> None:
    # nat-3506: "two rub-on creams" was "No letter in the index decides a request for two rub-on creams"
    answer = ask(client, "the 33 year old whose hand got smashed in a door had a rub-on cream with lidocaine - was it "
                         "approved?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == "Lidocaine ointment 5% 106.32gm"
