"""A yes/no question asked of several items after the thing it asks of ("the 57 yo man's epidural
shots, were they approved?") asks, it presumes nothing: when every item had the other outcome its
answer opens "No", then says what IMR decided of each. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two upheld epidural injections of a 57-year-old man; a 34-year-old man's upheld neck MRI
client = served_client("CM17-0005418", "CM16-0239607", "CM16-0230548")


def test_were_they_approved_after_a_comma_opens_no(client):
    answer = ask(client, "the 57 yo man's epidural shots, were they approved?")
    assert answer["answer"].startswith("No: ")
    # each injection's decision said before its reasons, whichever ranks first
    lead = answer["answer"].split(" Denied (Upheld)")[0]
    for level in ("L4", "L5"):
        assert (f'"Right {level} transforaminal epidural steroid injection under fluoroscopic guidance" was denied '
                f'(upheld), not approved [') in lead



def test_an_or_in_the_story_is_no_choice(client):
    # "no numbness or tingling" tells the patient; the question after the dash asks one yes or no
    answer = ask(client, "34 yo man with right neck and shoulder pain, no numbness or tingling - was his neck MRI approved?")
    assert answer["answer"].startswith(
        'No: the denial of "MRI cervical spine without contrast" was upheld; it was not authorised [1].')
