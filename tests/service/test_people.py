"""The patient described in a person's own words; an occupation is never a treatment."""

from __future__ import annotations

import pytest

from service.people import mask_occupations, one_person, particular_people, read_person, tells_story


@pytest.mark.parametrize(
    ("text", "age", "ages", "sex", "month", "year", "described"),
    [
        ("my husband, a 48-year-old warehouse worker who hurt his back lifting boxes in March 2015",
         48, None, "male", "2015-03", 2015, True),
        ("a man in his fifties with neck pain", None, (50, 59), "male", None, None, True),
        ("a woman in her early thirties", None, (30, 33), "female", None, None, True),
        # a decade in digits
        ("my mom is in her early 60s and hurt her shoulder at work", None, (60, 63), "female", None, None, True),
        ("a 50s man with neck pain", None, (50, 59), "male", None, None, True),
        ("was the MRI for the 66 yo woman approved?", 66, None, "female", None, None, True),
        ("My client is 41; the x-ray of her low back was negative", 41, None, "female", None, None, True),
        ("Norco 10/325 #90 for a 52F", 52, None, "female", None, None, True),
        ("the 63 year old who tripped and fell in October 2016", 63, None, None, "2016-10", 2016, True),
        ("Why was physical therapy denied?", None, None, None, None, None, False),
        ("Why was Norco #90 denied after 12 weeks?", None, None, None, None, None, False),
        # the date of a decision is no injury date
        ("What requests were denied in January 2017?", None, None, None, None, None, False),
        # ... the letters sent in a month: "came out", "were made" (nat-3492)
        ("which IMR decisions came out before the new year, in December 2016?", None, None, None, None, None, False),
        ("which IMR decisions were made in December 2016?", None, None, None, None, None, False),
        ("I'm the 37 year old woman, UR said no on 12/12/2016.", 37, None, "female", None, None, True),
        ("the 50 year old man; they turned him down in March 2017", 50, None, "male", None, None, True),
        ("the man hurt in January 2017, was his MRI denied?", None, None, "male", "2017-01", 2017, True),
        # the month of a decision said before the word "decision" (nat-625)
        ("In the Jan 2017 decision on her Protonix, what did the reviewer say?", None, None, "female", None, None, False),
        # contractions typed without the apostrophe, or with a curly one (nat-620, nat-634)
        ("was his hand MRI approved? hes 33, smashed his hand", 33, None, "male", None, None, True),
        ("the head CT? shes 54, fell at work", 54, None, None, None, None, True),
        ("im 45 and my neck hurts", 45, None, None, None, None, True),
        ("my dad’s 60 and hit his head", 60, None, "male", None, None, True),
        # the age as Spanish gives it ("tiene 45 años", "mujer de 62 años"); years of pain or work are no age
        ("My husband he have 45 years, he hurt the back", 45, None, "male", None, None, True),
        ("I am woman of 62 years, the pain is from repetitive work.", 62, None, "female", None, None, True),
        ("she has 10 years of pain in her back", None, None, "female", None, None, False),
        # "I am" before the age, as a learner of English types it ("I am 50 woman", "I am 41 year"); an amount
        # after "I am" or "she is" is no age
        ("I am 50 woman, somebody hit my face at work.", 50, None, "female", None, None, True),
        ("I am 41 year, I hurt my left shoulder, wrist, knee and back at work.", 41, None, None, None, None, True),
        ("I am 60 percent better since the therapy", None, None, None, None, None, True),
        ("she is 40 pounds heavier since the injury", None, None, "female", None, None, False),
        ("he has 30 years with the company", None, None, "male", None, None, False),
        # the age after a job or relative, before a colon or semicolon (nat-703)
        ("the seamstress, 54: did any of her creams get the green light?", 54, None, "female", None, None, True),
        ("my mom, 61; why no hip MRI", 61, None, "female", None, None, True),
        # the age right after the relative, no comma (nat-725); a time after them is no age
        ("my dad 63 tripped at work and tore his shoulder", 63, None, "male", None, None, True),
        ("my sister 37 have tendonitis in elbow", 37, None, "female", None, None, True),
        ("my husband 10 days ago hurt his back", None, None, "male", None, None, True),
        # the age they were hurt at, closing the clause; a time or a pain score is none
        ("the guy who got hurt lifting boxes at 41, ibuprofen - denied or approved?", 41, None, "male", None, None, True),
        ("he hurt his back at 12:30, PT denied?", None, None, "male", None, None, True),
        # a sex by its letter after the age's marker ("52yo F"), or before the age; "f/u" is a follow-up
        ("for the 52yo F w/ lumbar sprain + abdominal strain", 52, None, "female", None, None, True),
        ("the 52 y/o m with the TENS", 52, None, "male", None, None, True),
        ("F 52yo, back pain", 52, None, "female", None, None, True),
        ("50 yo f/u visit for the knee", 50, None, None, None, None, True),
        ("my pt, 52f, lifting injury", 52, None, "female", None, None, True),
        ("63m trip and fall", 63, None, "male", None, None, True),
        # ... bracketed beside the age, either way round, or with a slash ("L5/S1" is no age)
        ("my patient (F, 62) R shoulder MRI", 62, None, "female", None, None, True),
        ("my client (41, M) wants his ibuprofen", 41, None, "male", None, None, True),
        ("M/41 ibuprofen refills", 41, None, "male", None, None, True),
        # ... or beside the sex's word, tersely ("45, female."), not a count of people
        ("I work at a warehouse. 45, female. they said no to physical therapy for my knees", 45, None, "female", None,
         None, True),
        ("female, 45 - PT denied?", 45, None, "female", None, None, True),
        ("were 18 female patients denied?", None, None, "female", None, None, False),
        # "in case CM..." names a case, describes no one ("the shoulder tendinitis case" does)
        ("Was the TENS unit okayed in case CM17-0011703?", None, None, None, None, None, False),
        ("the shoulder tendinitis case", None, None, None, None, None, True),
        # the month of a decision, even with an injury word before it (nat-3544: "on IMR: of the letters
        # decided in December 2016" was read as an injury in December 2016), not of an injury
        ("For an article on IMR: of the letters decided in December 2016, was anything overturned?",
         None, None, None, None, None, False),
        ("people hurt in November 2016", None, None, None, "2016-11", 2016, True),
    ],
)
def test_person(text, age, ages, sex, month, year, described) -> None:
    p = read_person(text)
    assert (p.age, p.ages, p.sex, p.injury_month, p.injury_year, p.described) == (age, ages, sex, month, year, described)


@pytest.mark.parametrize(
    ("text", "masked", "occupations"),
    [
        ("a physical therapist who hurt her shoulder", " " * 20 + " who hurt her shoulder", ["a physical therapist"]),
        ("A 46-year-old chiropractor hurt his neck", " " * 26 + " hurt his neck", ["A 46-year-old chiropractor"]),
        ("I'm a massage therapist, 37, with neck pain", " " * 23 + ", 37, with neck pain", ["I'm a massage therapist"]),
        ("works as an X-ray technician", " " * 28, ["works as an X-ray technician"]),
        # a treatment provider is not the patient's occupation
        ("Why was the referral to a chiropractor denied?", "Why was the referral to a chiropractor denied?", []),
        ("physical therapy for a nurse's aide", "physical therapy for a nurse's aide", []),
        ("the chiropractor's request for modalities", "the chiropractor's request for modalities", []),
        # the patient's things, by their job
        ("How many of the sewing machine operator's meds were denied?",
         "How many of " + " " * 27 + "'s meds were denied?", ["the sewing machine operator"]),
        ("the seamstress, 54: her creams", " " * 14 + ", 54: her creams", ["the seamstress"]),
        # ... as whom the request was for, ending the question or its part
        ("why did IMR approve the naproxen for the sewing machine operator?",
         "why did IMR approve the naproxen for " + " " * 27 + "?", ["the sewing machine operator"]),
        ("the cream for the sewing machine operator - why denied?",
         "the cream for " + " " * 27 + " - why denied?", ["the sewing machine operator"]),
        ("how many hours were approved for the home aide?", "how many hours were approved for the home aide?", []),
        ("a tailor who hurt his wrist", " " * 8 + " who hurt his wrist", ["a tailor"]),
        # what was decided is a request, not the patient's job
        ("Why did UR deny the home aide, and did IMR agree?", "Why did UR deny the home aide, and did IMR agree?", []),
        ("the home aide was approved by IMR, wasn't it?", "the home aide was approved by IMR, wasn't it?", []),
        # what was given or asked for is a request, not the patient's job
        ("The insurance gave him a home aide 6 hours a day while I work",
         "The insurance gave him a home aide 6 hours a day while I work", []),
        ("the doctor asked for a home health aide", "the doctor asked for a home health aide", []),
        # a person who was denied something is the patient
        ("the nurse was denied her MRI", " " * 9 + " was denied her MRI", ["the nurse"]),
        ("my wife, a home health aide who hurt her back", "my wife, " + " " * 18 + " who hurt her back",
         ["a home health aide"]),
        # the asker's profession is no treatment asked about
        ("I'm a psychologist. Why would IMR deny CBT?", " " * 18 + ". Why would IMR deny CBT?", ["I'm a psychologist"]),
        ("Why was the referral to a psychologist denied?", "Why was the referral to a psychologist denied?", []),
        # what every letter calls its patient is no job: it describes nobody in particular
        ("stair lift for an injured worker who can't manage stairs", "stair lift for an injured worker who can't manage stairs",
         []),
        ("the worker who fell at the warehouse", "the worker who fell at the warehouse", []),
        ("a warehouse worker who fell", " " * 18 + " who fell", ["a warehouse worker"]),


        # after an age, typed without an article
        ("54 yo massage therapist with elbow pain", " " * 23 + " with elbow pain", ["54 yo massage therapist"]),
        ("54 yo woman with massage therapy denied", "54 yo woman with massage therapy denied", []),
    ],
)
def test_occupations_are_masked(text, masked, occupations) -> None:
    assert mask_occupations(text) == (masked, occupations)


@pytest.mark.parametrize(("text", "one", "story"), [
    ("How many chiropractic requests did the 54 year old woman have?", True, False),
    ("How many PT requests did a man in his fifties get approved?", True, False),
    ("How many requests did the woman with the torn rotator cuff have?", True, True),
    ("How many requests did the warehouse worker who hurt his back have?", True, True),
    # one patient called by their diagnosis
    ("For the abdominal muscle strain case: how many items went to IMR?", True, True),
    ("The rotator cuff tear patient: why was the ice machine denied?", True, True),
    ("How many requests did the same patient have?", False, False),
    # one person by their job
    ("How many of the sewing machine operator's meds were denied?", True, True),
    # one person by how they were hurt (service.mechanism)
    ("The man who fainted and fell at work: was his knee MRI approved?", True, True),
    # one person by an age, typed without an article
    ("Which 34 yo man's requests weren't denied?", True, False),
    # one of several told apart by age (nat-2160)
    ("the younger of the two women in their late 20s whose lumbar MRI was denied - why?", True, False),
    ("the older of both men in their 50s - was his MRI approved?", True, False),
    # a population, not one person
    ("How many items of female patients in their fifties were overturned?", False, False),
    ("How many requests did women over 50 have?", False, False),
    ("How many requests of 54 year old women were approved?", False, False),
    # one person, but nothing that tells them apart
    ("How many requests did the patient have?", False, False),
])
def test_one_person_described_specifically(text: str, one: bool, story: bool) -> None:
    person = read_person(text)
    assert (one_person(text, person), tells_story(text, person)) == (one, story)


def test_a_patient_told_by_a_story_is_described() -> None:
    from service.people import read_person

    assert read_person("The herniated disc patient with new numbness below his right knee: how many sessions?").described
    assert not read_person("Why are patients with herniated discs denied PT?").described
    # the asker's own story: their symptoms (nat-520)
    assert read_person("i only take tizanidine, my neck still hurts and my right side tingles. IMR said no to the "
                       "MRI of my neck.").described
    assert not read_person("Why was my neck MRI denied?").described


def test_the_patients_relative_is_not_the_patient() -> None:
    from service.people import read_person

    aide = read_person("Why only 6 hours a day of help at home instead of 12, while the wife is at work?")
    assert (aide.sex, aide.described) == (None, False)
    assert read_person("His wife drives him to PT. Why was the PT denied for the 54 year old?").sex == "male"
    # the asker's relative is the patient
    mine = read_person("My wife is 62 and her right shoulder hurts")
    assert (mine.sex, mine.age, mine.described) == ("female", 62, True)
    # ... any relative, of no age given (nat-2934): "my aunt", "my uncle", "my grandma"
    aunt = read_person("my aunt got stomach pain from the naproxen she takes for her wrists and shoulder")
    assert (aunt.sex, aunt.age, aunt.described) == ("female", None, True)
    assert read_person("my grandpa's knee MRI got denied").described
    assert not read_person("was the knee MRI denied?").described
    # the asker told as the patient by their own age: their relative is not the patient
    asker = read_person("I'm 43 and my wife works, UR cut my home aide hours in half")
    assert (asker.sex, asker.age) == (None, 43)
    assert read_person("I'm 60 and my wife is 58, was her MRI denied?").sex == "female"
    assert read_person("I am 50 and my husband's MRI was denied").sex == "male"


@pytest.mark.parametrize(
    ("text", "particular"),
    [
        ("Compare what happened to the two 46-year-old women's requests.", True),
        ("Both of the 53 year old men had neck imaging; compare the results.", True),
        ("compare the two 60 yo patients", True),
        # a population, not particular people
        ("Compare approval rates for men and women.", False),
        ("Are both men and women approved as often?", False),
        ("How do the two reviewers compare?", False),
    ],
)
def test_particular_people(text: str, particular: bool) -> None:
    assert particular_people(text) is particular


@pytest.mark.parametrize(
    ("text", "requests", "described"),
    [
        ("She hurt herself lifting at work. Was a single one of her five requests approved?", 5, True),
        ("were all 6 of his requests denied for the 33 yo", 6, True),
        # ... or told of them
        ("was anything approved for the 33 yo man with 6 requests?", 6, True),
        ("the 33 yo man who had two items, what happened", 2, True),
        # ... or the things of the patient named after them
        ("which of the 6 things for the 37 yo woman got approved?", 6, True),
        ("the two requests of the 54 year old man, approved?", 2, True),
        ("the 2 MRIs for the 54 year old man, approved?", None, True),  # a kind's count (service.quantity)
        ("He fell off a ladder at work; why were both of his items denied?", None, True),
        # no patient described: a count of requests says nothing of one letter
        ("Why were the eight PT sessions denied?", None, False),
        ("Were my 3 requests approved?", None, False),
    ],
)
def test_how_many_requests_the_patient_had(text: str, requests: int | None, described: bool) -> None:
    p = read_person(text)
    assert (p.requests, p.described) == (requests, described)


@pytest.mark.parametrize(("question", "described"), [
    # the asker's profession describes no patient (nat-548)
    ("I'm an orthopedist. What do IMR reviewers want to see in the chart before they approve a shoulder MRI?", False),
    ("I am the treating physician. Why are lumbar MRIs denied?", False),
    # ... a patient they describe still counts, and so does an asker who was hurt
    ("I'm the treating physician. My 37-year-old patient was refused a cervical MRI. Why?", True),
    ("I'm a 43 year old woman. Why was my acupuncture denied?", True),
])
def test_the_askers_profession_describes_no_patient(question: str, described: bool) -> None:
    assert read_person(question).described is described


@pytest.mark.parametrize(("text", "story"), [
    # how the patient was hurt, told in a sentence, tells two patients of one age apart (nat-532)
    ("My wife is 40. Since she hit her head at work she has headaches. Did IMR approve her medicine?", True),
    ("He fainted and fell at work. Was his CT approved?", True),
    ("My wife is 40. Did IMR approve her medicine?", False),
    # how they were hurt, told after "who": two 33-year-old men told apart (nat-1072)
    ("what about the ambien for the 33 year old guy who smashed his hand on a door - approved or not?", True),
    ("the 52 year old lady who twisted her knee, was her MRI approved?", True),
    ("He crushed his hand in a press. Was his MRI approved?", True),
    ("what about the ambien for the 33 year old guy - approved or not?", False),
])
def test_a_sentence_about_the_injury_tells_a_story(text: str, story: bool) -> None:
    assert tells_story(text, read_person(text)) is story


@pytest.mark.parametrize(("text", "story"), [
    # what the patient has, told after their age alone, as after "the woman with" (nat-2360)
    ("was the anti-nausea med (ondansetron) approved for the 40 yo with the post-traumatic headaches?", True),
    ("the 62 year old whose shoulder MRI was denied - why?", True),
    # the age alone tells no one apart
    ("was the anti-nausea med approved for the 40 yo?", False),
    ("Which 34 yo man's requests weren't denied?", False),
])
def test_what_follows_an_age_alone_tells_a_story(text: str, story: bool) -> None:
    assert tells_story(text, read_person(text)) is story


@pytest.mark.parametrize("text", [
    # how the asker was hurt describes them, as "I fell" does (nat-531)
    "I have lupus. Since I hit my head at work I get headaches. Why was my pain pill refused?",
    "He fainted at work. Was his CT approved?",
])
def test_a_head_injury_or_a_faint_describes_the_patient(text: str) -> None:
    assert read_person(text).described is True


@pytest.mark.parametrize(("text", "requests"), [
    ("The 54 year old woman: were all of her five requests denied?", 5),
    ("Which of the 33 year old man's six requests were approved?", 6),
    ("I'm 40. Were each of my three requests denied?", 3),
    # ... and of their medicines
    ("which of the 40 yo woman's five meds did IMR not uphold?", 5),
    # ... "all 6 of" the patient described's
    ("were all 6 of the 37 yo woman's DME items denied?", 6),
    ("were all 6 of the 37 yo woman's requests denied?", 6),
    # counted only of a patient described
    ("Were all of her five requests denied?", None),
    ("Which requests were approved?", None),
])
def test_how_many_requests_the_patients_letter_has(text: str, requests: int | None) -> None:
    assert read_person(text).requests == requests


@pytest.mark.parametrize(("text", "ages"), [
    ("Why was the C-spine CT denied for the young man with the C2 fracture?", (16, 35)),
    ("a young woman's knee MRI", (16, 35)),
    ("the 24 year old young man", None),  # an age said stands
    ("patients younger than 40", None),
])
def test_the_young_man_is_an_adult_under_36(text: str, ages: tuple[int, int] | None) -> None:
    assert read_person(text).ages == ages


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        # another patient compared with is not the one asked about
        ("the 50 yo man's last 2 acupuncture visits - overturned like the 50 yo woman's?", "male"),
        ("was the 46 year old woman's EMG denied, same as the man with the neck pain?", "female"),
        ("her PT was upheld unlike the guy's", "female"),
        # both asked about: no one sex
        ("did the 50 year old man and the 50 year old woman both get their acupuncture?", None),
    ],
)
def test_a_patient_compared_with_tells_not_the_sex_asked_about(text: str, sex: str | None) -> None:
    assert read_person(text).sex == sex


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        # a follow-up about another patient, after what was told of a first: the one asked about
        ("the 28 year old's MRI was denied - so was the 29 year old's?", 29, None),
        ("the 28 year old woman's MRI was denied - and what about the 57 year old man?", 57, "male"),
        # ... not a follow-up about the same one
        ("the 28 year old woman's MRI was denied - so was her TENS?", 28, "female"),
        # the age closing the question, after the person told by what they have
        ("the woman with the naproxen, 45?", 45, "female"),
        ("the guy with the elbow MRI, 48", 48, "male"),
    ],
)
def test_a_follow_up_about_another_patient_describes_that_one(text: str, age: int, sex: str | None) -> None:
    person = read_person(text)
    assert (person.age, person.sex) == (age, sex)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        # an age that stands for the person is one person
        ("was any of the 33 year old's scans not denied - the neck, low back or hand MRI?", True),
        ("which of the 57-year-old's injections were approved?", True),
        # ... an age in the plural is a population
        ("were the 33 year olds' MRIs denied?", False),
        ("how often are MRIs denied for 40 year olds?", False),
    ],
)
def test_an_age_that_stands_for_the_person_is_one_person(text: str, one: bool) -> None:
    assert one_person(text, read_person(text)) is one


@pytest.mark.parametrize(
    ("text", "occupations", "one"),
    [
        # the person called by what sets them apart is one person, described
        ("the sewing machine lady's two compounded creams - what did IMR decide?", ("the sewing machine lady's",), True),
        ("the forklift guy - was his MRI denied?", ("the forklift guy",), True),
        # ... not by a word that tells nothing of them, nor a treatment "for the lady"
        ("the other woman's MRI - denied?", (), False),
        ("the PPI for the lady - approved?", (), False),
    ],
)
def test_the_person_called_by_what_sets_them_apart(text: str, occupations: tuple[str, ...], one: bool) -> None:
    person = read_person(text)
    assert (person.occupations, one_person(text, person)) == (occupations, one)


@pytest.mark.parametrize("text", ["the PT guy said the visits were denied - why?", "the UR guy denied my MRI, why?",
                                  "the chiro lady's notes - were they enough for IMR?"])
def test_one_called_by_a_treatment_or_a_party_is_no_description_of_the_patient(text: str) -> None:
    assert read_person(text).occupations == ()
