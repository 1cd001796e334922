"""A count of a treatment narrowed by a word before it (service.flows.count): "how often do positional MRIs get
approved" answered "Of 35 MRI items in the index, 32 (91%) were upheld ...": the collection counts by filters, and
no filter holds "positional". The items whose headings print the word are counted, as a list of them is.
Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0234464: a 33-year-old man, three single positional MRIs (cervical, lumbar, right hand), all upheld, and
# medications; CM16-0246624: a 53-year-old man, cervical MRI overturned; CM16-0248471: cervical and wedge pillows, upheld
client = served_client("CM16-0234464", "CM16-0246624", "CM16-0248471")


def test_a_qualified_treatment_is_counted_by_its_word(client) -> None:
    answer = ask(client, "how often do positional MRIs get approved")
    assert answer["answer"].startswith("Of 3 positional MRI items in the index, 3 (100%) were upheld (denied) and 0 (0%) "
                                       "overturned (approved).")
    answer = ask(client, "how often do wedge pillows get approved")
    assert answer["answer"].startswith("Of 1 wedge pillow item in the index, 1 (100%) was upheld (denied) and 0 (0%) "
                                       "overturned (approved).")


def test_an_unqualified_treatment_is_counted_whole(client) -> None:
    answer = ask(client, "how often do MRIs get approved")
    assert answer["answer"].startswith("Of 4 MRI items in the index, 3 (75%) were upheld (denied) and 1 (25%) overturned")
