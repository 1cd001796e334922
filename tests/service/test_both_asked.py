""""Both" of a case's two requests, and the yes or no it may not ask: "why did IMR deny both tests?" explains
the two requests whatever their headings' words (service.flows.chosen); "why were both denied?" presumes what
holds and gets no "Yes" (a premise that fails still gets its no); a no that named every request is not said
again as a count, nor corrected again item by item; a reason offered that is no reason of medical necessity
("because they are expensive?") is said once, first, of all the items asked (service.flows.item). Real
letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.flows.chosen import _BOTH
from tests.conftest import ask, served_client

# CM17-0009887: a 46-year-old woman's NCS and EMG of the left arm, both denied; CM17-0005418: a 57-year-old man's
# right L4 and L5 epidurals, both denied; CM16-0230548: a 60-year-old man's neck and hand MRI, denied, and his
# acupuncture, approved; CM17-0013716: a 54-year-old woman's naproxen, pantoprazole and two creams, all denied
client = served_client("CM17-0009887", "CM17-0005418", "CM16-0230548", "CM17-0013716")

NCS, EMG = '"NCS of the left upper extremity"', '"EMG of the left upper extremity"'
MRI = '"MRI of neck and right hand without contrast"'
ACU = '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head"'


def test_both_is_of_two_requests_not_of_body_parts_or_people():
    assert _BOTH.search("why did IMR deny both tests?")
    assert _BOTH.search("were both denied?")
    assert not _BOTH.search("MRI of both knees denied?")
    assert not _BOTH.search("my mom and dad both had shoulder MRIs")
    assert not _BOTH.search("both of her hands hurt")


def test_both_tests_of_a_case_are_its_two_requests(client):
    answer = ask(client, "CM17-0009887 why did IMR deny both tests?")
    assert {(c["case_number"], c["item_index"]) for c in answer["citations"]} == {("CM17-0009887", 1), ("CM17-0009887", 2)}
    assert answer["answer"].startswith("Both were denied (upheld) [1][2]. Denied (Upheld): no objective findings or red flags [3].")


def test_why_were_both_denied_asks_no_yes(client):
    answer = ask(client, "CM17-0005418 why were both denied?")
    assert answer["answer"].startswith("In CM17-0005418, both requests were denied (upheld) [1][2]. Denied (Upheld):")
    asked = ask(client, "CM17-0005418 were both denied?")
    assert asked["answer"].startswith("Yes: in CM17-0005418, both requests were denied (upheld) [1][2]. Denied (Upheld):")


def test_why_were_both_denied_of_a_mixed_pair_is_no(client):
    answer = ask(client, "CM16-0230548 why were both denied?")
    assert answer["answer"].startswith(f"No: in CM16-0230548, {ACU} was approved (overturned) [1]. {MRI} was denied "
                                       f"(upheld) [2]. Approved (Overturned):")
    assert "IMR approved it" not in answer["answer"]


def test_a_no_naming_every_request_is_not_said_again(client):
    answer = ask(client, "CM17-0009887 were both approved?")
    assert answer["answer"].startswith(f"No: IMR denied them: {NCS} [1] and {EMG} [2] were denied (upheld: not authorised). "
                                       "Denied (Upheld): no objective findings or red flags [3].")
    mixed = ask(client, "CM16-0230548 both approved?")
    assert mixed["answer"].startswith(f"No: in CM16-0230548, {MRI} was denied (upheld) [1]. {ACU} was approved (overturned) "
                                      "[2]. Denied (Upheld): no objective findings or red flags [3].")
    assert "IMR denied it" not in mixed["answer"]


def test_a_reason_of_no_necessity_is_said_once_and_first_of_two_items(client):
    answer = ask(client, "CM17-0013716 were the creams denied because they are expensive?")
    assert answer["answer"].startswith('That is not a reason the reviewer gave. "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, '
                                       '120grams #1" was denied (upheld) [1]. "Dextromethorphan 5%/Amitriptyline 5%/'
                                       'Lidocaine/Capsaicin 0.025%, 120grams #1" was denied (upheld) [2]. Denied (Upheld):')
    assert answer["answer"].count("not a reason") == 1
    assert answer["lead"].startswith("That is not a reason the reviewer gave. \"Flurbiprofen")
