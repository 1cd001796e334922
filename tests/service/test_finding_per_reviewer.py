"""A finding of the patient asked as the reviewer saw it ("did the 57 yo man have radiating symptoms according to the
reviewer?"): yes, no, or that the letter does not say, then the quote (service.mentioned)."""

from service.mentioned import asked_mention, finding_words, speaks_of


def test_a_finding_asked_per_the_reviewer_is_a_mention_of_it_with_the_patient_left_to_ask():
    told = asked_mention("did the 57 yo man have radiating symptoms according to the reviewer?")
    assert (told.topic, told.rest, told.finding) == ("radiating symptoms", "the 57 yo man?", True)
    lead = asked_mention("according to the reviewer, did the 46 yo woman have numbness?")
    assert (lead.topic, lead.finding) == ("numbness", True)
    assert asked_mention("did the 57 yo man have radiating symptoms?") is None  # no reviewer asked: not a mention


def test_a_findings_qualifiers_are_not_looked_for_and_the_reviewers_own_words_are():
    assert finding_words("radiating symptoms") == "radiating"
    assert finding_words("a positive impingement test") == "a impingement"
    assert speaks_of("radiating", "There is no documentation of radicular complaints or findings of radiculopathy.") == 1
