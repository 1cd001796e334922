""""And the other pillow?" after a question about one item (service.flows.chosen): the letter's other
item of the kind asked is explained too. "The other 6 hours" of a request UR cut, or other
patients, are no such follow-up. Over a real letter, the real model and real HTTP."""

from __future__ import annotations

from service.flows.chosen import _THE_OTHER
from tests.conftest import ask, served_client

# a 37-year-old woman (cumulative trauma): TENS, lumbar support, cervical and wedge pillows, braces; a
# 46-year-old woman with a numb left arm: an NCS and an EMG of the left arm, both upheld
client = served_client("CM16-0248471", "CM16-0249735", "CM17-0009887")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_the_other_one_of_the_kind_asked_is_explained_too(client) -> None:
    both = ask(client, "Why was the cervical pillow turned down for the 37 year old woman with cumulative trauma? "
                       "And the other pillow?")
    assert _items(both) == ["Cervical pillow", "Wedge pillow"]
    one = ask(client, "Why was the cervical pillow turned down for the 37 year old woman with cumulative trauma?")
    assert _items(one) == ["Cervical pillow"]


def test_the_other_one_of_the_kind_of_the_thing_told(client) -> None:
    # the EMG's own kind names no other request; the nerve studies do: its NCS (asked by hand: the EMG alone)
    answer = ask(client, "the 46 yo woman with the numb arm - the EMG was denied. and the other one?")
    assert _items(answer) == ["EMG of the left upper extremity", "NCS of the left upper extremity"]
    # ... and of the pillow, the pillow, not the TENS unit (another DME)
    pillows = ask(client, "why was the cervical pillow denied for the 37 yo woman? And the other pillow?")
    assert _items(pillows) == ["Cervical pillow", "Wedge pillow"]


def test_other_hours_patients_or_letters_are_no_follow_up() -> None:
    assert _THE_OTHER.search("And the other pillow?") and _THE_OTHER.search("what about her other one?")
    assert not _THE_OTHER.search("UR cut his home aide to 6 hours a day. Did IMR give him the other 6 hours?")
    assert not _THE_OTHER.search("did the other patients get theirs?")
    assert not _THE_OTHER.search("did IMR approve the other half?")
