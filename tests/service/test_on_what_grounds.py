""""On what basis was the EMG overturned" typed with no question mark asks why, not whether: the
question word's clause is not broken into a yes/no question ("on what basis. was the EMG
overturned?"), whose answer opened "Yes:". Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.apostrophes import with_breaks
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize("question", ["on what basis was the EMG overturned", "for what reason were the MRIs denied",
                                      "on what grounds was the home aide refused"])
def test_a_question_word_keeps_its_clause(question: str) -> None:
    assert with_breaks(question) == question
    assert understand(question).why is True
    assert understand(question).asked is False


def test_a_story_then_a_yes_no_question_still_breaks() -> None:
    assert (with_breaks("they denied the head ct and the shoulder mri was the neck mri denied too")
            == "they denied the head ct and the shoulder mri. was the neck mri denied too?")


# EMG/NCS overturned; home aide upheld
client = served_client("CM16-0248034", "CM16-0249735")


@pytest.mark.parametrize(("question", "opening"), [
    ("on what basis was the EMG overturned", 'Approved (Overturned): objective findings documented [1]. In case CM16-0248034'),
    ("on what grounds was the home aide refused", 'Denied (Upheld): not indicated for the diagnosis [1]. In case CM16-0249735'),
])
def test_the_reasons_open_the_answer_with_no_yes(client, question: str, opening: str) -> None:
    assert ask(client, question)["answer"].startswith(opening)
