"""A second yes/no question joined by "and was X too?" gets its own yes or no, said before the answers of
the items it names ("why was the TENS denied and was the pillow too?": 'Yes: "Wedge pillow" [5] and
"Cervical pillow" [6] were denied (upheld) too.'; service.asked_too, service.flows.item). Real letters, the
real model, real HTTP."""

from __future__ import annotations

from service.asked_too import asked_too, too_sentence
from tests.conftest import ask, served_client

# a 37-year-old woman: a TENS unit, a lumbar support, a cervical and a wedge pillow, wrist and elbow braces, all upheld
client = served_client("CM16-0248471")


def test_the_thing_asked_too() -> None:
    assert asked_too("CM16-0248471 - why was the TENS denied and was the pillow too?") == ("pillow", "")
    assert asked_too("why was the TENS denied and were her braces denied as well?") == ("brace", "denied")
    assert asked_too("was the TENS denied and why?") is None
    assert too_sentence("why was the TENS denied and was the pillow too?", "Upheld",
                        [("Wedge pillow", "Upheld", 5), ("Cervical pillow", "Upheld", 6)]) == (
        'Yes: "Wedge pillow" [5] and "Cervical pillow" [6] were denied (upheld) too.')
    assert too_sentence("why was the TENS denied and was the pillow too?", "Upheld", [("Wedge pillow", "Overturned", 5)]) == (
        'No: "Wedge pillow" was approved (overturned) [5].')
    assert too_sentence("why was the TENS denied and was the pillow approved too?", "Upheld",
                        [("Wedge pillow", "Upheld", 5)]) == 'No: "Wedge pillow" was denied (upheld) [5].'


def test_the_pillows_get_their_own_yes(client) -> None:
    answer = ask(client, "CM16-0248471 - why was the TENS denied and was the pillow too?")["answer"]
    assert answer.startswith('Denied (Upheld): no documented functional improvement [1]. In case CM16-0248471, the request '
                             'for "TENS unit" was denied (Upheld: not authorised) [2].')
    assert 'Yes: "Wedge pillow" [5] and "Cervical pillow" [6] were denied (upheld) too. Denied (Upheld): no objective ' \
           'findings or red flags [7].' in answer
