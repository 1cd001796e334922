"""A telegraphic opening that tells the patient by a request ("28 yo woman lumbar MRI - did they ok her
epidural?") is their story, the "they" after the dash the reviewers (not the MRI asked of by a pronoun); and a
mood told in lay words ("has anxiety now") is read in the summary's diagnosis ("adjustment disorder"), counted
rare among the letters whose fields fit (service.diagnosed, service.patients)."""

from __future__ import annotations

from service.diagnosed import as_recorded, moods_told, printed
from service.patients import _summaries_tell
from service.story import IT_ASKED
from service.understand import understand


def test_they_that_decide_a_thing_of_hers_are_not_the_opening_asked_of() -> None:
    q = understand("28 yo woman lumbar MRI - did they ok her epidural?")
    assert (q.treatments, q.story_treatments) == (("esi", "spinal_injection", "injection"), ("mri", "imaging"))
    assert IT_ASKED.match(" did they ok her epidural?") is None
    assert IT_ASKED.match(" did they deny the TENS?") is None
    # ... while "they" that were decided stay asked of by the pronoun
    assert IT_ASKED.match(" were they approved?") is not None
    assert IT_ASKED.match(" did they get approved?") is not None
    assert IT_ASKED.match(" was it approved, and what about the nerve tests?") is not None


def test_moods_told_in_lay_words() -> None:
    assert moods_told("my mom is 50 she got hit in the face at work and has anxiety now, did she get anything?") == ("anxiety",)
    assert moods_told("he's been depressed since the fall, and has PTSD") == ("depressed", "ptsd")
    # ... not a request for their care
    assert moods_told("were her anxiety meds denied?") == ()
    assert moods_told("did IMR approve the anti-anxiety pills?") == ()
    assert moods_told("why was the depression therapy denied?") == ()


def test_a_mood_is_printed_as_its_diagnosis() -> None:
    assert as_recorded("anxiety") == ("anxiety", "anxious", "adjustment disorder", "panic")
    assert printed(("anxiety",), "The diagnoses include facial pain, adjustment disorder, neck muscle strain.") == 1.0
    assert printed(("anxiety",), "The patient is being treated for facial contusion.") == 0.0


class _Catalog:
    def __init__(self, summaries: dict[int, str]) -> None:
        self.summaries = summaries

    def query(self, sql: str, ids: list[int]) -> list[tuple[int, str]]:
        return [(i, self.summaries[i]) for i in ids if i in self.summaries] if "'summary'" in sql else []


class _Engine:
    def __init__(self, summaries: dict[int, str]) -> None:
        self.store = type("Store", (), {"catalog": _Catalog(summaries)})()


def test_a_condition_is_rare_among_the_letters_whose_fields_fit() -> None:
    # five summaries print an anxiety; of the two letters of the age and sex told, one does: it tells them apart
    summaries = {1: "adjustment disorder and face contusion", 2: "punched in the face", 3: "anxiety", 4: "anxiety",
                 5: "anxiety", 6: "anxiety"}
    q = understand("my mom is 50 she got hit in the face at work and has anxiety now, did she get anything?")
    assert _summaries_tell(_Engine(summaries), q, list(summaries)) == (None, None)
    assert _summaries_tell(_Engine(summaries), q, list(summaries), [1, 2]) == (
        None, {1: 1.0, 2: 0.0, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.0})


def test_a_drug_that_hurt_the_stomach_is_a_stomach_complaint() -> None:
    from service.diagnosed import stomach_complaints

    assert stomach_complaints("the naproxen hurt her stomach so the doctor put her on pantoprazole") == ("abdominal",)
    assert stomach_complaints("the ibuprofen was bothering his stomach") == ("abdominal",)
    assert stomach_complaints("my stomach hurts from the meds") == ("abdominal",)
    assert stomach_complaints("she hurt her back lifting a box") == ()


def test_one_more_request_wanted_after_a_decision_told_is_the_one_asked() -> None:
    from service.asking import asking_span

    text = "my mom is 54, they denied her neck MRI and she also needed a head CT - was that denied?"
    start, end = asking_span(text)
    assert text[start:end] == "she also needed a head CT - was that denied?"
    q = understand(text)
    assert (q.treatments, q.story_treatments) == (("ct",), ("mri", "imaging"))
    text = "they denied the EMG, and she also wanted the nerve conduction test - was that denied too?"
    start, end = asking_span(text)
    assert text[start:end] == "she also wanted the nerve conduction test - was that denied too?"
    # ... not when nothing decided is told before it
    text = "she had a neck MRI and she also wanted a head CT - were they approved?"
    assert asking_span(text) == (0, len(text))


def test_a_drug_bothering_someones_stomach_is_their_story() -> None:
    from service.diagnosed import stomach_complaints

    text = "the naproxen was bothering my mom's stomach so the doctor put her on pantoprazole twice a day - why was that denied?"
    q = understand(text)
    assert (q.treatments, q.story_treatments) == (("ppi",), ("nsaid", "medication"))
    assert stomach_complaints(text) == ("abdominal",)


def test_a_request_in_the_opening_tells_the_patient_but_not_one_they_had_before() -> None:
    from service.patients import _story_wanted

    assert _story_wanted(understand("28 yo woman lumbar MRI - did they ok her epidural?")) == {"mri", "imaging"}
    assert _story_wanted(understand("46 yo man, already had PT and chiro - why was more chiro denied?")) == set()
    assert _story_wanted(understand("63M, rotator cuff tear, failed injections - was the surgery approved?")) == set()
