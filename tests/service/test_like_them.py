""""anyone like that" after a described patient asks across the letters of patients like them: the sex and the
decade told, the thing told of them, the outcome asked (service.like_them), answered by the list flow, not the
described patient's own letter. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.like_them import like_them
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "group"), [
    ("my husband is 53, hurt his back lifting boxes and they denied his MRI. anyone like that get approved?",
     "did any men in their 50s get a back MRI approved?"),
    ("my wife is 54 and her shoulder MRI was denied - did anyone like her get one approved?",
     "did any women in their 50s get a shoulder MRI approved?"),
    ("I am a 37 year old woman and my acupuncture was denied. anyone in the same boat get it denied too?",
     "did any women in their 30s get an acupuncture denied?"),
    # no one described, or no one like them asked
    ("do they approve MRIs for anyone like that?", ""),
    ("my husband is 53 and they denied his MRI. did IMR approve it?", ""),
])
def test_the_group_asked(question, group) -> None:
    assert like_them(understand(question)) == group


# CM17-0011703: a 53-year-old man, a lumbar MRI upheld; CM17-0004344: a man in his 50s, a lumbar MRI upheld;
# CM17-0008519: a lumbosacral MRI overturned
client = served_client("CM17-0011703", "CM17-0004344", "CM17-0008519")


def test_anyone_like_the_husband_is_the_men_in_their_50s(client) -> None:
    answer = ask(client, "my husband is 53, hurt his back lifting boxes and they denied his MRI. anyone like that get approved?")
    assert answer["answer"].startswith("No: none of the 2 lumbar MRI requests of men aged 50-59 in the index was approved "
                                       "(overturned); both were denied (upheld). CM17-0011703: \"MRI of the lumbar spine\", "
                                       "upheld (denied) [1].")
    assert "CM17-0004344" in answer["answer"] and "CM17-0008519" not in answer["answer"]
    assert answer["understood"]["notes"][0] == "anyone like them: read as 'did any men in their 50s get a back MRI approved?'"
