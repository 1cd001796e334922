"""A treatment the opening description names as history and the question after it names again is
asked ("46 yo man off work, shoulder and elbow pain, already had PT and chiro - why was more chiro
denied?": the more chiro), the other one history; the body parts told only in that description are
where the patient hurts, not what the request asked was for, so a letter whose chiro is for the
neck and back is no case lacking it (tune nat-1855). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client

QUESTION = "46 yo man off work, shoulder and elbow pain, already had PT and chiro - why was more chiro denied?"

# a 46-year-old man: PT for the shoulders, elbows and wrists, chiro for the neck and back, both
# denied (CM17-0015198); a 46-year-old man whose chiropractic was approved (CM17-0004738)
client = served_client("CM17-0015198", "CM17-0004738")


def test_the_treatment_named_again_is_asked() -> None:
    query = understand(QUESTION)
    assert query.treatments == ("chiropractic",)
    assert query.story_treatments == ("physical_therapy",)
    assert query.body_regions == ("shoulder", "elbow")
    assert query.regions_told is True
    # named once, in the description only, it is still history
    assert understand("46 yo man, already had PT - why was the chiro denied?").story_treatments == ("physical_therapy",)


def test_more_chiro_answers_the_chiro(client):
    answer = ask(client, QUESTION)
    assert 'In case CM17-0015198, the request for "Chiro with modalities 2 times a week for 6 weeks for neck, back" was denied' in answer["answer"]
    assert "has no request for" not in answer["answer"]
    assert (answer["citations"][0]["case_number"], answer["citations"][0]["item_index"]) == ("CM17-0015198", 2)
