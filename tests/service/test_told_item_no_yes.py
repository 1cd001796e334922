"""A request that tells who the patient is ("the 53 yo man whose neck mri got approved") is not the thing a yes or no
is asked of: "did they deny his acupuncture" of a letter with no acupuncture says so, never "No: the MRI was
approved" (service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI (overturned); lumbar MRI, x-rays, cervical CT and acupuncture (all upheld)
client = served_client("CM16-0246624", "CM17-0011703")


def test_the_told_request_gets_no_yes_or_no(client) -> None:
    answer = ask(client, "the 53 yo man whose neck mri got approved - did they deny his acupuncture")
    # (his letter lacks it: said with what his letter decided, helper r65's case-lacks answer; and the other 53-year-old
    # man's letter, which has acupuncture, named as another patient's, hand61's)
    assert answer["answer"] == ('The letter of the patient described, case CM16-0246624, has no request for acupuncture. '
                                'Its letter decided 1 item: 1. "MRI scan of the cervical spine": approved (overturned). '
                                "CM17-0011703 is another patient's letter (the same age and sex, not the one told): it decided "
                                '"Acupuncture of the lumbar and cervical for two sessions": denied (upheld).')
    assert "No: " not in answer["answer"]


def test_the_told_request_asked_of_itself_gets_its_yes_or_no(client) -> None:
    answer = ask(client, "the 53 yo man whose neck mri got approved - was it denied?")
    assert answer["answer"].startswith('No: "MRI scan of the cervical spine" was approved (overturned: authorised) [1].')
