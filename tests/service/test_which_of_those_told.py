"""Things told of a patient in one list ("the 28 yo guy with the terocin and the pool therapy") are each
asked when the question asks which of them had an outcome (service.story), and when every one had it,
the answer opens by saying so, each cited (service.flows.item). The project's sample letters, the real
model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, sample_client

# a 28-year-old man: Terocin lotion (overturned), upper EMG/NCV (upheld), omeprazole and pool therapy (overturned);
# another 28-year-old man's Terocin was upheld
client = sample_client("CM16-0162851", "CM16-0162862", "CM16-0162863")


def test_the_second_of_a_list_told_is_asked_too() -> None:
    query = understand("the 28 yo guy with the terocin and the pool therapy - which got approved?")
    assert (query.story_treatments, "aquatic_therapy" in query.treatments) == ((), True)
    # ... but a surgery told after the thing asked still tells who he is
    assert understand("why was the sling denied for the man with the shoulder surgery").story_treatments == ("surgery",)
    # ... and one told, then asked of again by name with an outcome, is asked
    query = understand("the 42 yr old lady with back pain and massage - why did they deny the nerve tests but approve "
                       "massage?")
    assert (query.treatments, query.story_treatments) == (("massage", "nerve_study"), ())


def test_which_of_them_got_it_when_all_did(client) -> None:
    answer = ask(client, "the 28 yo guy with the terocin and the pool therapy - which got approved?")
    assert answer["answer"].startswith("Both were approved (overturned) [1][2].")
    assert 'the request for "Terocin lotion 120ml" was approved' in answer["answer"]
    assert 'the request for "Pool therapy, 6 sessions" was approved' in answer["answer"]
