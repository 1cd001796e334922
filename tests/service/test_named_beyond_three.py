"""A question naming more of one letter's requests than an answer explains (three, service.flows.chosen) says
the decision of the rest too, each cited by its heading; a body region said within one thing's name ("the
lumbar support") places that thing only, not the others named beside it. Real letters, the real model, real
HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 37-year-old woman: TENS unit, lumbar support, cervical pillow, wedge pillow, wrist and elbow braces, all upheld
client = served_client("CM16-0248471", "CM17-0002106")


def test_every_thing_named_gets_its_decision(client):
    answer = ask(client, "CM16-0248471 - what happened with the TENS, the lumbar support and the pillows?")
    text = answer["answer"]
    for request in ("TENS unit", "Lumbar support", "Wedge pillow"):
        assert f'the request for "{request}" was denied (Upheld: not authorised)' in text
    # before, the cervical pillow went unsaid (the lumbar region of the support kept it out)
    assert 'Also asked: "Cervical pillow": denied (upheld) [' in text
    # ... and the braces, not named, stay out
    assert "braces" not in text
    cited = {c["request"] for c in answer["citations"] if c["item_index"]}
    assert "Cervical pillow" in cited


def test_three_named_say_no_more(client):
    text = ask(client, "CM16-0248471 - what happened with the TENS and the lumbar support?")["answer"]
    assert "Also asked" not in text


def test_any_of_every_thing_named_counts_them_all(client):
    # tune nat-3298 "... the TENS, pillows, braces. did she get ANY of it?" opened "No: all 3 were denied (upheld)
    # [1][2][3].", the three explained, and said nothing of the second pillow and brace
    text = ask(client, "my cousin is 37, hurts pretty much everywhere from years of repetitive work. her doctor asked for "
                       "a bunch of stuff - the TENS, pillows, braces. did she get ANY of it?")["answer"]
    assert text.startswith("No: all 5 were denied (upheld) [1][2][3][4][5]. ")
    assert "Also asked" not in text


def test_a_denial_told_gives_way_to_the_approval_asked(client):
    # tune nat-4209 opened "Yes: all 4 were denied (upheld)": the "turned down" told was answered, not "was any of it
    # approved?", and the lowercase "tens" was no TENS unit
    text = ask(client, "my wife (37) had a whole list turned down - tens, back brace, neck pillow, wedge pillow, wrist and "
                       "elbow braces. was any of it approved?")["answer"]
    assert text.startswith("No: all ")
    assert 'the request for "TENS unit" was denied (Upheld: not authorised)' in text


def test_which_of_every_thing_named_was_approved_names_them_all(client):
    # "CM16-0248471 - TENS, lumbar support, the pillows - which were approved?" named three in its "No", the second
    # pillow only as "Also asked" at the end
    answer = ask(client, "CM16-0248471 - TENS, lumbar support, the pillows - which ones were approved?")
    assert answer["answer"].startswith('None: "TENS unit" [1], "Lumbar support" [2], "Wedge pillow" [3] and "Cervical '
                                       'pillow" [4] were denied (upheld: not authorised).')
    assert "Also asked" not in answer["answer"]
