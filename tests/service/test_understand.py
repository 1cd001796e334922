"""service.understand: what a question asks for, and the notes that say why."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest

from service.understand import Query, understand

TODAY = date(2024, 6, 1)


def test_lumbar_mri_denied() -> None:
    q = understand("why was the lumbar MRI denied?", today=TODAY)
    assert (q.kind, q.premise, q.decision, q.asked, q.why) == ("item", "Upheld", None, False, True)
    assert (q.treatments, q.treatment_words) == (("mri", "imaging"), ("MRI",))
    assert q.category == "imaging"
    assert q.body_regions == ("lumbar",)
    assert q.case_numbers == ()
    assert q.aggregate is False
    assert q.notes == (
        "outcome: 'denied' read as your premise that IMR denied it (checked against the letter)",
        "treatment: mri, imaging (from 'MRI')",
        "category: imaging (from 'MRI')",
        "body region: lumbar (from 'lumbar')",
        "answer: the item asked about",
    )
    assert q.decision is None  # a premise is checked, never a filter


def test_case_number() -> None:
    q = understand("Why was the MRI denied in case CM16-0213037?", today=TODAY)
    assert q.case_numbers == ("CM16-0213037",)
    assert (q.premise, q.decision) == ("Upheld", None)
    assert understand("cm16 0213037 and CM17-0000001", today=TODAY).case_numbers == ("CM16-0213037", "CM17-0000001")
    assert understand("cm160213037", today=TODAY).case_numbers == ("CM16-0213037",)
    # ... and with its number's leading zero dropped: "CM16-230548 acupuncture decision?" answered another
    # letter's acupuncture
    assert understand("CM16-230548 acupuncture decision?", today=TODAY).case_numbers == ("CM16-0230548",)
    assert understand("cm16 213037", today=TODAY).case_numbers == ("CM16-0213037",)
    # ... or both leading zeros: "cm17 10885 - pt and acupuncture, both ok'd?" answered another letter's acupuncture
    assert understand("cm17 10885 - pt and acupuncture, both ok'd?", today=TODAY).case_numbers == ("CM17-0010885",)
    assert understand("CM17-13716 naproxen?", today=TODAY).case_numbers == ("CM17-0013716",)
    assert understand("CM16-023054 was it approved?", today=TODAY).case_numbers == ()  # a digit missing, not a zero
    # ... and with all its leading zeros dropped, as claims staff type it: "cm17 13716 naproxen and pantoprazole?"
    # answered another letter's naproxen
    assert understand("cm17 13716 naproxen and pantoprazole?", today=TODAY).case_numbers == ("CM17-0013716",)
    assert understand("adjuster here, cm17-5418 L4 and L5 TFESI", today=TODAY).case_numbers == ("CM17-0005418",)
    assert understand("a 2 cm 12 mm tear", today=TODAY).case_numbers == ()


def test_aggregate() -> None:
    q = understand("how often is physical therapy upheld?", today=TODAY)
    assert (q.aggregate, q.kind, q.category, q.treatments) == (True, "count", "physical therapy", ("physical_therapy",))
    for question in ("How many acupuncture requests were overturned?", "What share of ESIs are upheld?",
                     "what percentage of MRIs are approved", "What proportion of PT is denied?",
                     "rate of approval for Norco", "count the knee surgeries"):
        assert understand(question, today=TODAY).kind == "count", question  # fmt: skip
    # "count" as a verb asks nothing to be counted (nat-594)
    for question in ("Did the reviewer even count the leg numbness?", "Does a home program count as therapy?"):
        assert understand(question, today=TODAY).aggregate is False
    # ... nor a prescription's quantity that UR cut: the remainders across letters, a pattern
    q = understand("when UR approves part of a pill prescription but cuts the count or the refills, does IMR give "
                   "back the rest?", today=TODAY)
    assert (q.aggregate, q.kind) == (False, "pattern")
    assert understand("UR reduced the pill count of his Norco; what did IMR decide?", today=TODAY).aggregate is False
    assert understand("give me a count of the Norco denials", today=TODAY).kind == "count"


def test_flexeril_woman() -> None:
    q = understand("was Flexeril approved for the 48 year old woman injured on 10/10/2016", today=TODAY)
    assert (q.asked, q.premise, q.decision) == (True, None, None)
    assert q.age == 48
    assert q.sex == "female"
    assert q.injury_date == "2016-10-10"
    assert (q.person.injury_month, q.person.described) == ("2016-10", True)
    assert q.category == "medication: muscle relaxant"
    assert q.treatments == ("cyclobenzaprine", "muscle_relaxant", "medication")
    assert "cyclobenzaprine" in q.search_text


@pytest.mark.parametrize(
    ("question", "kind", "premise", "decision", "asked", "pattern"),
    [
        ("why was the denial overturned", "item", "Overturned", None, False, None),
        ("was the denial upheld", "item", None, None, True, None),
        ("Which ESIs were non-certified?", "list", None, "Upheld", False, None),
        ("why was PT not certified", "item", "Upheld", None, False, None),
        ("why was the surgery not medically necessary", "item", "Upheld", None, False, None),  # IMR's word for denied
        ("was Norco not approved", "item", None, None, True, None),
        ("which MRIs were authorised", "list", None, "Overturned", False, None),
        ("Which physical therapy requests were not denied?", "list", None, "Overturned", False, None),
        # ... the negation joined to its verb: "weren't upheld" (a list, not one item)
        ("which neck MRIs weren't upheld?", "list", None, "Overturned", False, None),
        ("which neck MRIs weren't upheld at IMR, and what made the difference?", "list", "Overturned", None, False, None),
        ("when is acupuncture certified", "pattern", None, None, False, "Overturned"),
        ("What do reviewers want before approving acupuncture?", "pattern", None, None, False, "Overturned"),
        ("Why are lumbar MRI requests denied?", "pattern", "Upheld", None, False, None),
        ("UR denied my client's Norco. What did IMR decide?", "item", None, None, True, None),
        ("what documents support the request for authorization", "item", None, None, False, None),
        # whether it ever happened, across letters: a list of that outcome; one patient's: their item
        ("Has IMR ever approved a TENS unit?", "list", None, "Overturned", True, None),
        ("Have reviewers ever overturned a denial of Norco?", "list", None, "Overturned", True, None),
        ("Has the 37 year old woman's TENS unit ever been approved?", "item", None, None, True, None),
        # ... and without "ever", of one of a kind by its indefinite article (not "the" one)
        ("has IMR approved a shoulder MRI, and if not, what was missing?", "list", None, "Overturned", True, None),
        ("has IMR approved the shoulder MRI?", "item", None, None, True, None),
    ],
)
def test_outcome_words_and_kinds(question, kind, premise, decision, asked, pattern) -> None:
    q = understand(question, today=TODAY)
    assert (q.kind, q.premise, q.decision, q.asked, q.pattern) == (kind, premise, decision, asked, pattern)


def test_an_occupation_is_not_a_treatment() -> None:
    q = understand("Why was the Norco denied for a physical therapist who hurt her shoulder?", today=TODAY)
    assert (q.treatments, q.category, q.body_regions, q.sex) == (
        ("hydrocodone", "opioid", "medication"), "medication: opioid", ("shoulder",), "female")
    assert "occupation: 'a physical therapist' (a description of the person, not a treatment)" in q.notes


def test_the_asking_sentence_names_the_treatment() -> None:
    q = understand("The MRI showed a full-thickness tear. Why was the shoulder surgery denied?", today=TODAY)
    assert q.treatments == ("surgery",)  # the MRI is the story, not what is asked about


def test_abbreviations() -> None:
    q = understand("PT for the L/S", today=TODAY)
    assert (q.category, q.body_regions) == ("physical therapy", ("lumbar",))
    assert q.search_text == "PT for the L/S physical therapy lumbar spine"
    assert "body region: lumbar (from 'L/S')" in q.notes
    q = understand("MRI FOR THE C/S AND L/S", today=TODAY)
    assert q.body_regions == ("cervical", "lumbar")


def test_typos() -> None:
    q = understand("why was the lumbr MRI denied", today=TODAY)
    assert q.body_regions == ("lumbar",)
    assert q.corrections == (("lumbr", "lumbar"),)
    assert q.notes[0] == "spelling: read 'lumbr' as 'lumbar'"
    q = understand("phisical therapy for the right shoulder", today=TODAY)
    assert (q.category, q.body_regions, q.side) == ("physical therapy", ("shoulder",), "right")
    assert understand("was acupunture approved", today=TODAY).category == "acupuncture"
    q = understand("cyclobenzeprine past three weeks", today=TODAY)
    assert q.category == "medication: muscle relaxant"
    assert "Flexeril" in q.search_text
    corrections = understand("Nuerontin and Lyrcia", today=TODAY).corrections
    assert corrections == (("Nuerontin", "neurontin"), ("Lyrcia", "lyrica"))
    # real words and short words are left alone
    for question in ("Which physician found the infection?", "the examination within the conditions",
                     "electrodiagnostic testing and compounded creams", "knee pin"):
        assert understand(question, today=TODAY).corrections == (), question  # fmt: skip
    assert understand("knee pian", today=TODAY).corrections == (("pian", "pain"),)  # a short word's typo


def test_every_reader_reads_the_corrected_question() -> None:
    # the patient finder, the counts asked and the story read Query.text: a typo there loses the
    # patient ("switched her from omperazole" is the letter's omeprazole) or the count asked
    q = understand("My sister's doctor switched her from omperazole to a different acid pill. Why?", today=TODAY)
    assert q.text == "My sister's doctor switched her from omeprazole to a different acid pill. Why?"
    q = understand("Why were the eight PT sessiosn denied?", today=TODAY, words=frozenset({"sessions"}))
    assert q.text == "Why were the eight PT sessions denied?"
    assert understand("why was the lumbr MRI denied", today=TODAY).text == "why was the lumbar MRI denied"
    # another form of a word is no typo of it, and a common word none of a treatment's
    q = understand("How many items were decided each month?", today=TODAY, words=frozenset({"months", "claims"}))
    assert (q.text, q.corrections) == ("How many items were decided each month?", ())
    assert understand("the claim of the typical patient", today=TODAY, words=frozenset({"claims"})).corrections == ()


def test_nothing_understood() -> None:
    q = understand("What is the weather like today?", today=TODAY)
    assert q == Query(text="What is the weather like today?", search_text="What is the weather like today?",
                      notes=("answer: the item asked about",))
    assert (q.decision, q.category, q.age, q.sex, q.injury_date, q.side, q.guideline_source) == (None,) * 7
    assert (q.case_numbers, q.body_regions, q.treatments, q.aggregate) == ((), (), (), False)


def test_people_and_dates() -> None:
    q = understand("Norco for the 57-year-old man, date of injury October 10, 2015, per ODG", today=TODAY)
    assert (q.age, q.sex, q.injury_date, q.guideline_source) == (57, "male", "2015-10-10", "ODG")
    q = understand("DOI 10/10/16, aged 61, she had a left knee arthroscopy", today=TODAY)
    assert (q.age, q.sex, q.injury_date, q.side, q.category) == (61, "female", "2016-10-10", "left", "surgery")
    assert understand("he and she", today=TODAY).sex is None
    assert understand("injured on 13/45/2016", today=TODAY).injury_date is None
    assert understand("injured on 1/2/2030", today=TODAY).injury_date is None
    assert understand("for 2 years, right?", today=TODAY).age is None
    assert understand("is that right? MTUS or ACOEM", today=TODAY).side is None
    assert understand("what does MTUS say, and ACOEM?", today=TODAY).guideline_source == "MTUS"
    assert understand("left and right knees", today=TODAY).side == "bilateral"


def test_query_serialises() -> None:
    q = understand("which Flexeril requests were approved?", today=TODAY)
    data = msgspec.json.decode(msgspec.json.encode(q))
    assert data["decision"] == "Overturned"
    assert msgspec.convert(data, Query) == q


@pytest.mark.parametrize(("question", "sets"), [
    ("Why are opioid requests denied?", ("opioid",)),
    ("Why are muscle relaxant requests denied?", ("muscle_relaxant",)),
    ("Which medications were approved?", ("medication",)),
    ("Why was the lumbar MRI denied?", ("mri",)),
])
def test_asked_sets_keeps_the_narrowest_group(question: str, sets: tuple[str, ...]) -> None:
    from service.gather import asked_sets

    assert asked_sets(understand(question, today=TODAY)) == sets


def test_what_makes_reviewers_deny_is_a_pattern_question() -> None:
    q = understand("What makes reviewers deny topical pain creams and ointments?", today=TODAY)
    assert (q.kind, q.why, q.premise) == ("pattern", True, "Upheld")
    assert understand("What led IMR to deny the lumbar MRI in case CM16-0234464?", today=TODAY).kind == "item"


@pytest.mark.parametrize(("text", "asking"), [
    ("Has gastric bypass surgery ever been approved?", "Has gastric bypass surgery ever been approved?"),
    ("Why couldn't my husband get a helper at home while I'm at work? He's 43 and had major belly surgery.",
     "Why couldn't my husband get a helper at home while I'm at work?"),
    ("He had surgery. Why was the TENS unit denied?", "Why was the TENS unit denied?"),
    ("why was it denied", "why was it denied"),
    # from a contrast that opens the question; a decimal point ends no sentence
    ("They approved the acupuncture, but why was the PT turned down?", "but why was the PT turned down?"),
    ("UR denied it. Why was the MRI (1.5 Tesla) denied?", "Why was the MRI (1.5 Tesla) denied?"),
    # a question that only compares asks about the one before it
    ("What about his low back therapy? Any different from his neck?", "What about his low back therapy?"),
    ("Was the lumbar MRI approved? Was it the same as the neck one?", "Was the lumbar MRI approved?"),
    ("Any different from his neck?", "Any different from his neck?"),
    ("The neck PT was denied. Was the low back PT different?", "Was the low back PT different?"),
])
def test_the_sentence_that_asks(text: str, asking: str) -> None:
    from service.understand import asking_span

    start, end = asking_span(text)
    assert text[start:end] == asking


def test_a_helper_at_home_is_home_health() -> None:
    q = understand("Why couldn't my husband get a helper at home while I'm at work?", today=TODAY)
    assert q.treatments == ("home_health",)


@pytest.mark.parametrize(("typed", "read"), [
    ("servical", "cervical"), ("fisical", "physical"), ("naproksen", "naproxen"), ("injecshun", "injection"),
    ("siklobenzaprine", "cyclobenzaprine"), ("selecoxib", "celecoxib"), ("backlofen", "baclofen"),
    # "-ture" said "-cher", "-ine" said "-een", an unstressed "-or" written "-er"
    ("acupunksher", "acupuncture"), ("gabapenteen", "gabapentin"), ("kiropracter", "chiropractor"),
    ("lumbur", "lumbar"),
    # an unstressed "-al" written "-le"; "health" is a lay treatment word ("home helth aide")
    ("cervicle", "cervical"), ("helth", "health"),
    # ... and "-il" said the same ("flexerall": two edits from "flexeril", its sound the same)
    ("flexerall", "flexeril"),
    # lay treatment words and the brands added to the vocabulary
    ("cortizone", "cortisone"), ("counceling", "counseling"), ("ortopedic", "orthopedic"),
    ("polysomnografy", "polysomnography"), ("Mirralax", "miralax"),
    # a letter missing from the words of a procedure's request
    ("tranforaminal", "transforaminal"), ("preoprative", "preoperative"), ("clerance", "clearance"),
])
def test_words_spelt_as_they_sound(typed: str, read: str) -> None:
    from service.spelling import correct as _correct

    assert _correct(f"Was the {typed} request approved?") == (f"Was the {read} request approved?", [(typed, read)])


@pytest.mark.parametrize("word", ["fraction", "paraffin", "result", "metal", "Elyzzqb", "until", "pencil", "April", "fossil"])
def test_real_words_that_sound_near_a_treatment_are_kept(word: str) -> None:
    from service.spelling import correct as _correct

    assert _correct(f"What {word} was approved?") == (f"What {word} was approved?", [])


def test_a_brand_missing_a_letter_is_read_as_the_brand() -> None:
    from service.spelling import correct as _correct

    assert _correct("What Elyyb was approved?") == ("What elyxyb was approved?", [("Elyyb", "elyxyb")])


@pytest.mark.parametrize(("question", "treatments", "regions"), [
    # the clause after a contrast asks; the one before is the story
    ("They approved the acupuncture for my neck, but why was the additional PT turned down?",
     ("physical_therapy",), ("cervical",)),
    ("UR turned down the nerve conduction test but what happened with the EMG of the left arm?",
     ("emg",), ("upper extremity",)),
    # the body part of the sentence that asks, when it names one
    ("They denied the head CT and the shoulder MRI. Was the neck MRI denied too?", ("mri",), ("cervical",)),
    ("My back hurts since the fall at work in 2016. Why was the MRI denied?", ("mri", "imaging"), ("lumbar",)),
    # shorthand
    ("IMR on the L-spine films in CM17-0011703? I know the neck CT was upheld.", ("xray", "imaging"), ("lumbar",)),
    ("Basis for upholding UR on the positional C-spine MRI?", ("mri", "imaging"), ("cervical",)),
    ("IMR on the R L5 TFESI?", ("esi", "spinal_injection", "injection"), ("lumbar",)),
    # a decimal point ends no sentence: the lumbar MRI is asked about, with the pelvis of the story
    ("Why was the lumbar MRI (1.5 Tesla or higher) denied for the man with a bruised low back and pelvis?",
     ("mri", "imaging"), ("lumbar", "pelvis")),
])
def test_what_the_asking_part_names(question: str, treatments: tuple[str, ...], regions: tuple[str, ...]) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.body_regions) == (treatments, regions)


@pytest.mark.parametrize(("question", "treatments", "story"), [
    # a treatment that names the patient is the story: it picks the letter, not the item
    ("Why were the 12 post-op PT sessions approved for the shoulder scope patient when the surgery itself was "
     "turned down?", ("physical_therapy",), ("arthroscopy", "surgery")),
    ("Why was the cold therapy unit denied for the man with the shoulder arthroscopy?", ("cold_therapy", "dme"),
     ("arthroscopy", "surgery")),
    # "the woman with the TENS unit and the brace" asks about both
    ("What did IMR decide for the woman with the TENS unit and the back brace?", ("tens", "brace", "dme"), ()),
    # a treatment alone is asked, whatever its words
    ("Why was the knee scope denied for the man?", ("arthroscopy", "surgery"), ()),
    # the operation a request serves, named after "for the", is the story
    ("Was the cold therapy unit approved for the left knee surgery?", ("cold_therapy", "dme"), ("surgery",)),
    ("Why was the pre-op clearance denied for his shoulder arthroscopy?", ("preop_clearance",),
     ("arthroscopy", "surgery")),
    # ... or the operation the request comes after, and operations listed with one of the story
    ("Why couldn't the 43 year old get a home nurse after his belly surgery?", ("home_health",), ("surgery",)),
    ("Was the CT of the neck approved for the 53 year old who'd already had two low back surgeries and a neck "
     "fusion?", ("ct", "imaging"), ("surgery", "spine_surgery")),
    # an operation named first is asked about, whatever follows
    ("Was the knee arthroscopy approved for the torn meniscus, and the PT after it?", ("arthroscopy",
     "physical_therapy", "surgery"), ()),
    # "the man after / recovering from X" is his story, even before the item asked about; and "the
    # home aide was approved" is a request, not the patient's job
    ("For the 43 year old man after belly surgery, the home aide was approved by IMR, wasn't it?",
     ("home_health",), ("surgery",)),
    ("For the woman recovering from a shoulder arthroscopy, was the cold therapy unit approved?",
     ("cold_therapy", "dme"), ("arthroscopy", "surgery")),
    # ... or what is happening to them: having, getting, scheduled for
    ("the 63 yo man having shoulder surgery - did IMR at least approve the cold therapy unit or the PT after surgery?",
     ("cold_therapy", "physical_therapy", "dme"), ("surgery",)),
    ("For the guy who's scheduled for a knee replacement, was the walker denied?", ("walking_aid", "dme"),
     ("joint_replacement", "surgery")),
    # the only treatment named is asked about
    ("the 63 yo man having shoulder surgery - was it approved?", ("surgery",), ()),
])
def test_a_treatment_that_describes_the_patient(question: str, treatments: tuple[str, ...],
                                                story: tuple[str, ...]) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.story_treatments) == (treatments, story)


def test_what_it_takes_to_get_a_hyphenated_treatment_approved_is_a_pattern() -> None:
    q = understand("What does a surgeon have to show to get pre-op medical clearance approved at IMR?", today=TODAY)
    assert (q.kind, q.pattern, q.treatments) == ("pattern", "Overturned", ("preop_clearance",))


def test_how_many_of_one_patients_item_is_no_count() -> None:
    q = understand("How many of the 90 cyclobenzaprine pills did the 33-year-old man end up getting?", today=TODAY)
    assert (q.kind, q.aggregate, q.treatments[0]) == ("item", False, "cyclobenzaprine")
    counted = understand("How many of the lumbar MRI requests were denied?", today=TODAY)
    assert (counted.kind, counted.aggregate) == ("count", True)
    meds = understand("How many of the sewing machine operator's meds and creams were denied, and why?", today=TODAY)
    assert (meds.kind, meds.aggregate, meds.person.occupations) == ("count", True, ("the sewing machine operator",))


@pytest.mark.parametrize("question", [
    "Why do the reviewers keep saying no to compounded creams?",
    "why does IMR keep turning down physical therapy",
    "Why do the reviewers deny lumbar MRIs?",
])
def test_what_keeps_happening_is_a_pattern(question: str) -> None:
    assert understand(question, today=TODAY).kind == "pattern"


@pytest.mark.parametrize(("question", "kind"), [
    ("Why epidural steroid injections denied?", "pattern"),
    ("Why acupuncture requests get approved?", "pattern"),
    ("Why muscle relaxants like Flexeril and baclofen denied?", "pattern"),
    ("Why reviewers deny anti-inflammatories such as ibuprofen, naproxen or meloxicam?", "pattern"),
    ("On what grounds do stomach protection pills like pantoprazole get denied?", "pattern"),
    # one patient's, one case's, or counted: one item
    ("why his PT visits denied?", "item"),
    ("Why the facet injections denied in CM16-0219557?", "item"),
    ("why chiro visits denied for the 27 yo woman?", "item"),
    ("Why 12 post-op PT sessions approved when the surgery was turned down?", "item"),
])
def test_a_pattern_question_typed_without_are_or_do(question: str, kind: str) -> None:
    assert understand(question, today=TODAY).kind == kind


def test_the_reviewer_of_one_letter_is_no_pattern() -> None:
    assert understand("Why did the reviewer deny the lumbar MRI for the 28 year old woman?", today=TODAY).kind == "item"


def test_the_most_common_reason_is_a_pattern_not_a_count() -> None:
    q = understand("What's the most common reason PT gets denied?", today=TODAY)
    assert (q.kind, q.aggregate) == ("pattern", False)
    assert understand("What is the most common reason code among denials?", today=TODAY).kind == "count"
    assert understand("What was the main reason the 33 year old man's MRI was denied?", today=TODAY).kind == "item"
    # the common reasons, and what reasons reviewers give, in the present: the reasons that recur
    assert understand("what are the common reasons PT gets denied in these letters?", today=TODAY).kind == "pattern"
    assert understand("what reasons do reviewers give for denying PT?", today=TODAY).kind == "pattern"
    assert understand("what reasons did they give for denying her PT?", today=TODAY).kind == "item"


@pytest.mark.parametrize(("question", "second"), [
    ("How many chiropractic requests did the 54 year old woman have, and were any approved?",
     "outcome: 'approved' read as the count's second part: how many of them were approved (Overturned)"),
    ("How many PT visits did the 40 year old man have? Did any get approved?",
     "outcome: 'approved' read as the count's second part: how many of them were approved (Overturned)"),
    ("How many chiropractic requests did she have and was any of it approved?",
     "outcome: 'approved' read as the count's second part: how many of them were approved (Overturned)"),
    ("How many MRIs were there, and were any denied?",
     "outcome: 'denied' read as the count's second part: how many of them were denied (Upheld)"),
])
def test_a_yes_no_question_after_a_count_is_its_second_part_not_a_filter(question: str, second: str) -> None:
    q = understand(question, today=TODAY)
    assert (q.kind, q.decision, q.premise, q.asked) == ("count", None, None, True)
    assert [n for n in q.notes if n.startswith("outcome:")] == [second]


def test_an_outcome_the_count_itself_names_still_selects() -> None:
    # a yes/no question alone selects; after a count that names an outcome, it is no second part
    q = understand("Were any acupuncture requests approved?", today=TODAY)
    assert (q.kind, q.decision) == ("list", "Overturned")
    q = understand("How many acupuncture requests were approved, and were any of them denied?", today=TODAY)
    assert q.kind == "count" and not [n for n in q.notes if "second part" in n]


def test_how_many_of_one_patients_requests_is_a_count() -> None:
    q = understand("How many of the 53 year old man's requests were approved?", today=TODAY)
    assert (q.kind, q.aggregate, q.person.age) == ("count", True, 53)


def test_body_parts_only_the_story_names_are_the_story() -> None:
    # the face is where it tingles; the MRI asked about names no body part
    told = understand("I'm 37, female, my whole right side hurts and I get tingling in my face. Why was my MRI "
                      "approved?", today=TODAY)
    assert (told.body_regions, told.regions_told, told.treatments) == (("head",), True, ("mri", "imaging"))
    assert "body region: head (from 'face', in the story)" in told.notes
    # the asking part names the body part: it is the item's
    asked = understand("My back hurts. Why was my lumbar MRI denied?", today=TODAY)
    assert (asked.body_regions, asked.regions_told) == (("lumbar",), False)
    # one sentence: story and asking are one
    one = understand("Why was the back scan denied for the 29-year-old woman who also hurt her right knee?", today=TODAY)
    assert one.regions_told is False


def test_an_outcome_selected_among_one_persons_requests_is_checked_not_a_filter() -> None:
    one = understand("Which of the 54-year-old woman's medications did IMR approve?", today=TODAY)
    assert (one.decision, one.premise) == (None, "Overturned")
    assert one.notes[0] == ("outcome: 'approve' read as the outcome asked of one person's requests (checked "
                            "against their letter, not a filter)")
    # many people, or the collection: the outcome selects
    assert understand("Did any 50 year old get acupuncture approved?", today=TODAY).decision == "Overturned"
    assert understand("Which PT requests were overturned?", today=TODAY).decision == "Overturned"


@pytest.mark.parametrize(("typed", "read"), [("tramadal", "tramadol"), ("diclofenic", "diclofenac"),
                                             ("Tramadal", "tramadol"), ("bracs", "brace"),
                                             # two edits in the ending of a long word whose first six letters are right
                                             ("naproxine", "naproxen"), ("ibuprofine", "ibuprofen")])
def test_a_typo_that_ends_like_a_word_is_read_as_the_drug(typed: str, read: str) -> None:
    # "-al" and "-ic" are endings, but "tramad" and "diclofen" take none to make a drug's name
    from service.spelling import correct as _correct

    assert _correct(f"Why was the {typed} denied?") == (f"Why was the {read} denied?", [(typed, read)])


@pytest.mark.parametrize("word", ["sciatic", "pelvic", "function", "flexion", "rotation", "walking", "electric",
                                  "compounded", "electrodiagnostic", "therapies", "massaging", "fracture", "procedure",
                                  "pressure", "doctor", "walker"])
def test_words_with_an_ending_are_kept(word: str) -> None:
    from service.spelling import correct as _correct

    assert _correct(f"What {word} was approved?") == (f"What {word} was approved?", [])


@pytest.mark.parametrize(("question", "treatments", "words", "note"), [
    # what the patient was switched from or was on is no request: the other one is asked
    ("My sister's doctor switched her from omeprazole to a different acid reflux pill. Why did IMR turn that down?",
     ("ppi", "h2_blocker", "medication"), ("acid reflux pill",), None),
    ("Why was the acid pill denied? Her stomach hurt while she was on naproxen.", ("ppi", "h2_blocker", "medication"),
     ("acid pill",), "what the patient was on, not asked about: nsaid (from 'naproxen')"),
    ("Why was the switch from omeprazole to pantoprazole denied?", ("ppi", "medication"), ("pantoprazole",), None),
    # the patient described by what they are on: "the woman on tramadol"
    ("Did IMR decide on a UDS for the 40 year old woman on tramadol with the post-traumatic headaches?",
     ("urine_drug_screen",), ("UDS",), "what the patient was on, not asked about: tramadol, opioid, medication "
     "(from 'tramadol')"),
    ("Why was the TENS unit denied for the guy already taking Norco?", ("tens", "dme"), ("TENS",),
     "what the patient was on, not asked about: hydrocodone, opioid, medication (from 'Norco')"),
    # ... unless it is all the question names
    ("He has been on Norco for years. Why was the Norco denied?", ("hydrocodone", "opioid", "medication"),
     ("Norco",), None),
    ("Why was she taken off her naproxen?", ("nsaid", "medication"), ("naproxen",), None),
])
def test_what_the_patient_was_on_is_not_asked(question: str, treatments: tuple[str, ...], words: tuple[str, ...],
                                              note: str | None) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.treatment_words, q.story_treatments) == (treatments, words, ())
    assert note is None or note in q.notes


@pytest.mark.parametrize(("question", "names"), [
    # a treatment called by lay words is searched by its name too
    ("Why was the heat and ice machine denied after the shoulder operation?", "Cold/heat therapy units"),
    ("Why was rehab for his neck denied?", "Physical therapy"),
    ("Why was the back belt denied?", "Braces, splints and supports"),
    ("Why did they deny the needle treatments?", "Acupuncture"),
    # not for the treatment's own words, a group, or a drug (expand_terms names drugs)
    ("Why are lumbar MRIs usually denied?", ""),
    ("Why was the chiro with modalities denied?", ""),
    ("Why was the initial exam denied?", ""),
    ("Why were the back shots denied?", ""),
    ("Why was the Aleve denied?", ""),
])
def test_lay_names_are_searched_by_the_treatments_name(question: str, names: str) -> None:
    assert understand(question, today=TODAY).names == names


def test_words_of_the_requests_are_no_lay_names() -> None:
    assert understand("Why was the cryotherapy unit denied?", today=TODAY).names == "Cold/heat therapy units"
    q = understand("Why was the cryotherapy unit denied?", today=TODAY, words=frozenset({"cryotherapy", "unit"}))
    assert q.names == ""


def test_a_dates_month_is_no_treatment_word() -> None:
    from service.topic import topic_tokens

    q = understand("IMR decision dated Feb 23, 2017: why were all the oral suspensions turned down?",
                   today=date(2026, 11, 30))
    assert topic_tokens(q) == frozenset({"suspension", "oral", "down"})
    march = understand("Was the TENS unit from March 3, 2016 approved?", today=date(2026, 11, 30))
    assert topic_tokens(march) == frozenset({"ten", "unit", "transcutaneous", "electrical", "nerve", "stimulation"})


@pytest.mark.parametrize(("question", "kind"), [
    ("Two things about the 63-year-old's shoulder surgery case: was the ice machine approved, and how many therapy "
     "visits were requested for after the operation?", "item"),
    ("The herniated disc patient: how many therapy sessions did he get in total once IMR was done?", "item"),
    ("How many refills did my husband end up with?", "item"),
    # what the patient had before, the unit left unsaid
    ("the 25 year old woman with the low back strain got 8 more PT sessions approved - how many had she already had?",
     "item"),
    ("UR okayed 6 acupuncture visits for her; how many did she have before that?", "item"),
    # ... or said in the perfect alone, a follow-up's case after it; not what was had approved
    ("how many had she had?", "item"),
    ("how many had she had? [in case CM17-0003890]", "item"),
    ("how many had she had approved?", "count"),
    ("How many did they approve for him?", "count"),
    # over the collection: no one patient's item
    ("How many physical therapy visits are usually approved?", "count"),
    ("How many MRIs did the 33-year-old man have, and were any approved?", "count"),
    ("How many PT visits did the 40 year old man have? Did any get approved?", "count"),
])
def test_a_quantity_of_one_patients_item_is_no_collection_count(question: str, kind: str) -> None:
    assert understand(question, today=date(2026, 11, 30)).kind == kind


def test_particular_people_compared_are_no_collection_question() -> None:
    q = understand("Compare what happened to the two 46-year-old women's requests.")
    assert (q.aggregate, q.kind, q.age, q.sex) == (False, "item", 46, "female")
    assert understand("Compare approval rates for men and women.").aggregate is True


def test_clinical_shorthand_is_read_as_its_words() -> None:
    # "w/" hid the story told ("with left-sided neck pain"); "rt" the side
    q = understand("Why wasn't the NCV authorised for the 46F w/ left-sided neck pain?", today=TODAY)
    assert q.text == "Why wasn't the NCV authorised for the 46F with left-sided neck pain?"
    assert q.notes[0] == "read 'w/' as 'with'"
    assert "body region: cervical (from 'neck', in the story)" in q.notes
    q = understand("I'm the guy whose rt ring finger went numb. Was my neck MRI approved?", today=TODAY)
    assert q.side == "right"


def test_an_age_in_words_is_the_age() -> None:
    q = understand("Why was the Naprosyn denied for the forty-five y/o woman with neck pain?", today=TODAY)
    assert (q.person.age, q.person.sex) == (45, "female")
    assert q.notes[0] == "read 'forty-five' as '45'"
    assert understand("my dad is sixty-three, why was his shoulder MRI denied?", today=TODAY).person.age == 63
