"""Outcome words read in their role: a premise, UR's decision, a question, a selection, a pattern."""

from __future__ import annotations

import pytest

from service.outcomes import asks_ever, names_both, read_outcomes


def roles(text: str) -> list[tuple[str, str, str]]:
    return [(o.words, o.decision, o.role) for o in read_outcomes(text).found]


@pytest.mark.parametrize(
    ("question", "found", "premise", "wanted", "asked", "pattern"),
    [
        ("Why was the lumbar MRI denied?", [("denied", "Upheld", "premise")], "Upheld", None, False, None),
        ("Why did IMR approve the Lyrica?", [("approve", "Overturned", "premise")], "Overturned", None, False, None),
        ("UR denied his OxyContin; what did IMR decide?", [("denied", "Upheld", "ur")], None, None, True, None),
        # ... siding with "them", who denied it, is upholding the denial (asked)
        ("It was non-certified by the claims administrator. Did IMR side with them?",
         [("non-certified", "Upheld", "ur"), ("side with them", "Upheld", "asked")], None, None, True, None),
        ("The adjuster turned down the Norco. Did IMR reverse that?",
         [("turned down", "Upheld", "ur"), ("reverse", "Overturned", "asked")], None, None, True, None),
        ("Was the knee MRI approved?", [("approved", "Overturned", "asked")], None, None, True, None),
        ("did they okay the lumbar corset?", [("okay", "Overturned", "asked")], None, None, True, None),
        ("did IMR allow her acupuncture?", [("allow", "Overturned", "asked")], None, None, True, None),
        # IMR letting the patient have it is the approval asked
        ("did they let her have more PT?", [("let", "Overturned", "asked")], None, None, True, None),
        ("did IMR let him keep his baclofen?", [("let", "Overturned", "asked")], None, None, True, None),
        # the provider paid is the request approved
        ("did the 52 yo woman's chiropractor get paid", [("get paid", "Overturned", "asked")], None, None, True, None),
        ("Which physical therapy requests were not denied?", [("not denied", "Overturned", "wanted")],
         None, "Overturned", False, None),
        ("In which cases was acupuncture overturned?", [("overturned", "Overturned", "wanted")],
         None, "Overturned", False, None),
        # ... the asker's own files, claims or clients (tune nat-4151, nat-4256)
        ("which of my files had a cervical MRI overturned at IMR?", [("overturned", "Overturned", "wanted")],
         None, "Overturned", False, None),
        ("which of our claims had PT denied?", [("denied", "Upheld", "wanted")], None, "Upheld", False, None),
        # "nothing denied" (nat-037) and "none ... approved" are negations as "not denied" is
        ("Which letters had nothing denied at all?", [("nothing denied", "Overturned", "wanted")],
         None, "Overturned", False, None),
        ("Which letters had nothing approved?", [("nothing approved", "Upheld", "wanted")], None, "Upheld", False, None),
        ("why was nothing approved for her?", [("nothing approved", "Upheld", "premise")], "Upheld", None, False, None),
        ("List the denials of cervical MRIs", [("denials", "Upheld", "wanted")], None, "Upheld", False, None),
        ("Were any chiropractic requests not approved?", [("not approved", "Upheld", "wanted")],
         None, "Upheld", True, None),
        ("What do reviewers want documented before approving acupuncture?",
         [("approving", "Overturned", "pattern")], None, None, False, "Overturned"),
        # "which ... did X get approved", "did any ... get approved": the outcome selects
        ("Which treatments did the 33-year-old man get approved?", [("approved", "Overturned", "wanted")],
         None, "Overturned", False, None),
        ("Did any 50 year old get acupuncture approved?", [("approved", "Overturned", "wanted")],
         None, "Overturned", True, None),
        # whether it ever happened, across letters (a / an / any: not one patient's item)
        ("Has IMR ever approved a TENS unit?", [("approved", "Overturned", "wanted")], None, "Overturned", True, None),
        # ... or always does, across letters; not one patient's every request
        ("does IMR approve all neck MRIs?", [("approve", "Overturned", "wanted")], None, "Overturned", True, None),
        ("did IMR approve all of her requests?", [("approve", "Overturned", "asked")], None, None, True, None),
        # ... or in general, of a kind named without an article; "any approved?" of a kind
        ("does IMR approve acupuncture for neck pain?", [("approve", "Overturned", "wanted")], None, "Overturned", True,
         None),
        ("does IMR approve the acupuncture for her neck?", [("approve", "Overturned", "asked")], None, None, True, None),
        ("MRIs of the arm - elbow, wrist or hand: any approved?", [("approved", "Overturned", "wanted")], None,
         "Overturned", False, None),
        ("Is there any case where a knee MRI was approved?", [("approved", "Overturned", "wanted")],
         None, "Overturned", True, None),
        ("Has any chiropractic ever been approved?", [("approved", "Overturned", "wanted")], None, "Overturned", True,
         None),
        # a drug named without an article, and "is X ever ..." (not "was it ever ...", one item)
        ("Does IMR ever approve Celebrex?", [("approve", "Overturned", "wanted")], None, "Overturned", True, None),
        ("Is celebrex ever approved by IMR?", [("approved", "Overturned", "wanted")], None, "Overturned", True, None),
        ("Did they ever approve it?", [("approve", "Overturned", "asked")], None, None, True, None),
        # "was X ever ..." of a kind named bare, and "X - ever approved?" after a dash or colon
        ("was Norco ever approved?", [("approved", "Overturned", "wanted")], None, "Overturned", True, None),
        # ... or usually, typically: across letters too
        ("is acupuncture usually approved?", [("approved", "Overturned", "wanted")], None, "Overturned", True, None),
        ("are lumbar MRIs typically denied?", [("denied", "Upheld", "wanted")], None, "Upheld", True, None),
        ("Is it usually approved?", [("approved", "Overturned", "asked")], None, None, True, None),
        ("Was it ever approved?", [("approved", "Overturned", "asked")], None, None, True, None),
        ("pantoprazole (Protonix) - ever approved at IMR?", [("approved", "Overturned", "wanted")], None, "Overturned",
         True, None),
        ("Botox: ever been overturned?", [("overturned", "Overturned", "wanted")], None, "Overturned", True, None),
        # the decision in other words: "okayed", "turned down"
        ("pantoprazole (Protonix) - ever okayed at IMR?", [("okayed", "Overturned", "wanted")], None, "Overturned", True,
         None),
        ("MRIs of the arm - elbow, wrist or hand: any turned down?", [("turned down", "Upheld", "wanted")], None, "Upheld",
         False, None),
        # what it takes to be approved, in other words
        ("What does a surgeon have to show to get pre-op medical clearance okayed at IMR?",
         [("okayed", "Overturned", "pattern")], None, None, False, "Overturned"),
        # typed with no punctuation: "... any approved" at the end
        ("MRIs of the arm elbow wrist or hand any approved", [("approved", "Overturned", "wanted")], None, "Overturned",
         False, None),
        # the denial IMR overturns is utilization review's
        ("Have reviewers ever overturned a denial of Norco?",
         [("overturned", "Overturned", "wanted"), ("denial", "Upheld", "ur")], None, "Overturned", True, None),
        # ... also when the denial is named as UR's right after IMR's word: IMR's reversal is what is asked of
        ("adjuster here: when IMR reverses our UR denials, what are the usual reasons?",
         [("reverses", "Overturned", "premise"), ("denials", "Upheld", "ur")], "Overturned", None, False, None),
        ("when IMR overturns a UR denial, what are the usual reasons?",
         [("overturns", "Overturned", "premise"), ("denial", "Upheld", "ur")], "Overturned", None, False, None),
        # a claim that IMR never or always decides a kind one way selects that outcome across letters
        ("is it true that IMR never approves TENS units?", [("never approves", "Upheld", "wanted")], None, "Upheld",
         True, None),
        ("IMR never approved her MRI?", [("never approved", "Upheld", "premise")], "Upheld", None, False, None),
        # ... and when the thing denied stands between them
        ("why did IMR overturn the 61 yo woman's hip MRI denial?",
         [("overturn", "Overturned", "premise"), ("denial", "Upheld", "ur")], "Overturned", None, False, None),
        ("Has the 37 year old woman's TENS unit ever been approved?", [("approved", "Overturned", "asked")],
         None, None, True, None),
        # a negation that opens the question, however far from its outcome word
        ("Why wasn't the cold therapy unit after the shoulder surgery approved?",
         [("not approved", "Upheld", "premise")], "Upheld", None, False, None),
        # "did they ...?" asks what the deciders did: not utilization review in the story
        ("Did they ever approve the nerve test on both arms?", [("approve", "Overturned", "asked")], None, None, True,
         None),
        # "they" after the reviewers are the reviewers, not utilization review
        ("What do reviewers want before they approve acupuncture?",
         [("approve", "Overturned", "pattern")], None, None, False, "Overturned"),
        # ... what IMR needs to see to approve one
        ("what does IMR need to see to approve more PT after 8 visits?",
         [("approve", "Overturned", "pattern")], None, None, True, "Overturned"),
        ("what do they want to see in the records to approve acupuncture?",
         [("approve", "Overturned", "pattern")], None, None, False, "Overturned"),
        # ... in a treating physician's words: getting it through IMR, what to document
        ("what do I need in my PR-2 to get acupuncture through IMR?", [], None, None, False, "Overturned"),
        ("my last two chiro appeals failed - what should I document next time?", [], None, None, False, "Overturned"),
        ("I went through the records: was the MRI approved?", [("approved", "Overturned", "asked")], None, None, True,
         None),
        ("How can a denied TENS unit get approved?",
         [("denied", "Upheld", "pattern"), ("approved", "Overturned", "pattern")], None, None, False, "Overturned"),
        ("What is the request for authorization for the board certified surgeon?", [], None, None, False, None),
        # what would have got one request through: what it takes; a "non-cert" said short is a denial
        ("my patient's MRI got non-certed at IMR, what would've made it approvable?",
         [("non-certed", "Upheld", "pattern"), ("approvable", "Overturned", "pattern")], None, None, False, "Overturned"),
        ("the MRI got non-cert, why", [("non-cert", "Upheld", "premise")], "Upheld", None, False, None),
        # ... and the non-cert IMR reverses is UR's
        ("UR non-certed the neck acupuncture. Did IMR reverse the non-cert?",
         [("non-certed", "Upheld", "ur"), ("reverse", "Overturned", "asked"), ("non-cert", "Upheld", "ur")], None, None, True,
         None),
        # a statement the user asks to confirm presumes its outcome: a premise to check
        ("The 34-year-old man's neck MRI wasn't denied, was it?", [("n't denied", "Overturned", "premise")],
         "Overturned", None, True, None),
        ("The 53 year old man's cervical CT got approved, didn't it?", [("approved", "Overturned", "premise")],
         "Overturned", None, True, None),
        ("IMR denied my neck MRI, right?", [("denied", "Upheld", "premise")], "Upheld", None, True, None),
        # a negative subject turns the outcome over, however far from it
        ("None of the 63-year-old man's requests were approved, right?", [("not approved", "Upheld", "premise")],
         "Upheld", None, True, None),
        ("Neither the cervical nor the lumbar PT was approved for the 54 year old man, correct?",
         [("not approved", "Upheld", "premise")], "Upheld", None, True, None),
        # "they" with a habit is the reviewers', no UR in a story: "is it true they never approve pillows?"
        # was read as UR's and answered one wedge pillow
        ("is it true they never approve pillows?", [("never approve", "Upheld", "wanted")], None, "Upheld", True, None),
        ("they always deny MRIs, right?", [("deny", "Upheld", "wanted")], None, "Upheld", True, None),
        ("UR denied it, they usually deny PT?", [("denied", "Upheld", "ur"), ("deny", "Upheld", "premise")],
         "Upheld", None, False, None),
        # both outcomes ask what was decided, item by item: neither presumed nor selected
        ("Which requests for the 60-year-old man were approved and which were denied?",
         [("approved", "Overturned", "asked"), ("denied", "Upheld", "asked")], None, None, True, None),
        # taking a side: with utilization review upholds its denial, with the treating doctor overturns it
        ("The claims administrator denied the neck CT. Did IMR side with UR?",
         [("denied", "Upheld", "ur"), ("side with UR", "Upheld", "asked")], None, None, True, None),
        ("Did the reviewer side with the treating doctor on the neck CT?",
         [("side with the treating doctor", "Overturned", "asked")], None, None, True, None),
        ("Which of the 60-year-old man's requests did IMR not agree with UR on?",
         [("not agree with UR", "Overturned", "wanted")], None, "Overturned", False, None),
        # a relative clause selects: the denials (UR's) that IMR reversed are the overturned items
        ("acupuncture denials that IMR reversed - what did the reviewers see in those cases?",
         [("denials", "Upheld", "ur"), ("reversed", "Overturned", "wanted")], None, "Overturned", False, None),
        ("The knee MRIs the reviewers upheld: what was missing?", [("upheld", "Upheld", "wanted")],
         None, "Upheld", False, None),
        # a yes/no question typed without its "did" asks, or selects, as with it
        ("Any 50 yo get acupuncture approved?", [("approved", "Overturned", "wanted")], None, "Overturned", True, None),
        ("IMR approve acupuncture for neck pain?", [("approve", "Overturned", "asked")], None, None, True, None),
        ("Claims administrator denied the neck CT. IMR side with UR?",
         [("denied", "Upheld", "ur"), ("side with UR", "Upheld", "asked")], None, None, True, None),
        # "why they deny" asks why, as "why did they deny": "they" decided, not UR in the story
        ("I can't use my right hand. Why they deny my naproxen?", [("deny", "Upheld", "premise")], "Upheld", None, False, None),
        ("They denied his MRI. Why?", [("denied", "Upheld", "ur")], None, None, False, None),
        # ... but a why-question presumes one per item
        ("Why was the PT denied when the acupuncture was approved?",
         [("denied", "Upheld", "premise"), ("approved", "Overturned", "premise")], "Upheld", None, False, None),
        # the thing asked of first, then the question after a comma or dash: asked, not presumed
        ("the 57 yo man's epidural shots, were they approved?", [("approved", "Overturned", "asked")],
         None, None, True, None),
        ("my mom's MRI - was it denied?", [("denied", "Upheld", "asked")], None, None, True, None),
        # ... IMR the subject after the comma; "say no?" is the outcome asked, no tag "..., no?" to confirm
        ("her nerve test, did IMR say yes", [("say yes", "Overturned", "asked")], None, None, True, None),
        ("her MRI - did they say no?", [("say no", "Upheld", "asked")], None, None, True, None),
        # giving it to the patient is the approval: claimed ("IMR gave it to me right?") or asked ("did they give him the MRI?")
        ("the adjuster said no to my chiro, but IMR gave it to me right? I'm 27",
         [("said no", "Upheld", "ur"), ("gave", "Overturned", "premise")], "Overturned", None, True, None),
        ("did they give him the MRI?", [("give", "Overturned", "asked")], None, None, True, None),
        ("the reviewer gave a reason, what was it?", [], None, None, False, None),
        # ... "too" after it: UR's no told, IMR's asked
        ("UR said no to my husbands nerve test for his hands, hes 63. did IMR say no too?",
         [("said no", "Upheld", "ur"), ("say no", "Upheld", "asked")], None, None, True, None),
        ("UR said yes to some of it. did IMR say yes as well?", [("said yes", "Overturned", "ur"),
                                                                ("say yes", "Overturned", "asked")], None, None, True, None),
        ("IMR approved it, no?", [("approved", "Overturned", "premise")], "Overturned", None, True, None),
        # ... but a clause that tells the outcome before the comma stays a premise
        ("the MRI, which was approved, why?", [("approved", "Overturned", "premise")], "Overturned", None, False, None),
        # a drug's standing with the FDA is no decision of IMR's
        ("did the compound creams get denied because they're not FDA approved?", [("denied", "Upheld", "asked")],
         None, None, True, None),
        ("was the Lyrica approved by the FDA for nerve pain denied?", [("denied", "Upheld", "asked")], None, None, True, None),
    ],
)
def test_outcome_words_in_their_roles(question, found, premise, wanted, asked, pattern) -> None:
    outcomes = read_outcomes(question)
    assert roles(question) == found
    assert (outcomes.premise, outcomes.wanted, outcomes.asked, outcomes.pattern) == (premise, wanted, asked, pattern)


def test_notes_say_how_each_word_was_read() -> None:
    assert read_outcomes("UR denied it; was it approved by IMR?").notes == (
        "outcome: 'denied' read as what utilization review did, not IMR's decision",
        "outcome: 'approved' read as a question about IMR's decision",
    )
    assert read_outcomes("why was it denied").why is True


def test_a_verb_ending_in_s_opens_no_relative_clause() -> None:
    # "does IMR ever approve the remaining portion" asks, about a kind of request; no selection (nat-618)
    outcomes = read_outcomes("When UR authorizes part of a request and the rest goes to IMR, does IMR ever approve "
                             "the remaining portion?")
    assert roles("When UR authorizes part of a request and the rest goes to IMR, does IMR ever approve the remaining "
                 "portion?") == [("authorizes", "Overturned", "ur"), ("approve", "Overturned", "premise")]
    assert outcomes.wanted is None


def test_the_reasons_asked_in_lay_words_make_the_outcome_a_premise() -> None:
    # "got approved - what did the reviewer like?" presumes the approval, as "why" does
    liked = read_outcomes("his neck and right hand MRI got approved - what did the reviewer like?")
    assert (liked.why, liked.premise) == (True, "Overturned")
    assert read_outcomes("his knee MRI was approved, what convinced IMR?").premise == "Overturned"
    # what IMR decided is asked, not presumed
    assert read_outcomes("was his MRI approved?").premise is None


def test_the_reasons_asked_by_a_question_word_last() -> None:
    # "not approved because of what?" asks the reasons, as "why wasn't it approved?" does
    therapy = read_outcomes("the 25 yo woman's therapy - not approved because of what?")
    assert (therapy.why, therapy.premise) == (True, "Upheld")
    assert read_outcomes("the TENS unit was denied for what reason?").why is True
    # "what" of the item, not of a reason
    assert read_outcomes("the TENS unit was denied, for what body part?").why is False


@pytest.mark.parametrize(("text", "both"), [
    ("naproxen at IMR - why did some workers get it approved and others not?", True),
    ("why were some acupuncture requests denied and others weren't?", True),
    ("why are some approved and others denied?", True),
    ("why did some workers get naproxen approved?", False),
    ("some of her requests were approved, were the others too?", False),
])
def test_some_with_one_outcome_and_others_not_names_both(text: str, both: bool) -> None:
    assert names_both(text) is both


def test_whether_there_is_one_of_a_kind_that_was_decided_so() -> None:
    # "was there any MRI that IMR didn't uphold the denial on?" answered one MRI, "No: the denial of ...
    # was upheld": it asks whether any MRI was overturned, across letters
    assert read_outcomes("was there any MRI that IMR didn't uphold the denial on?").wanted == "Overturned"
    assert read_outcomes("is there an MRI where IMR reversed the denial?").wanted == "Overturned"
    assert read_outcomes("was there any MRI that was overturned?").wanted == "Overturned"
    assert read_outcomes("was there any knee injection that was not approved?").wanted == "Upheld"
    assert asks_ever("is there a letter where the reviewer approved acupuncture?")
    # a reason asked is no kind of request
    assert read_outcomes("is there a reason IMR denied the MRI?").wanted is None
    # ... and "were there any X approved?", "has a chiropractor's request ever been overturned?": across letters
    assert read_outcomes("were there any epidurals approved at all?").wanted == "Overturned"
    assert asks_ever("has a chiropractor's request ever been overturned?")
    assert not asks_ever("were there any of her meds approved?")  # one patient's


def test_whether_it_ever_happened_typed_without_has_or_do() -> None:
    assert read_outcomes("x-rays: IMR ever approved one?").wanted == "Overturned"
    assert roles("TENS units - they ever get approved at IMR?") == [("approved", "Overturned", "wanted")]
    assert read_outcomes("the MRI - they ever approved it?").wanted is None  # one item's


@pytest.mark.parametrize(("text", "ever"), [
    ("did anybody get a TENS unit approved?", True),
    ("has any patient had chiro overturned?", True),
    ("did anyone else get acupuncture approved at IMR?", True),
    # ... or whether any letter had one
    ("was there any letter where the pantoprazole was approved", True),
    ("are there cases where PT got approved?", True),
    ("did he get his MRI approved?", False),  # his own
    ("did the 40 yo woman get any of those compounded suspensions approved?", False),
])
def test_whether_anyone_got_one_asks_across_letters(text: str, ever: bool) -> None:
    assert asks_ever(text) is ever
    assert (read_outcomes(text).wanted == "Overturned") is ever


@pytest.mark.parametrize(("text", "role"), [
    # utilization review's approvals never reach IMR: an approval "they" gave is IMR's, to check
    ("they approved my wife's back MRI right? she's 29", "premise"),
    # ... unless it is part of the request: UR's, in the story
    ("they approved 6 of the 12 visits, what did IMR do?", "ur"),
    ("UR approved part of it - what did IMR decide on the rest?", "ur"),
    # a denial "they" gave is the story's
    ("They denied his MRI. Why?", "ur"),
])
def test_an_approval_they_gave_is_imrs_unless_part_of_the_request(text: str, role: str) -> None:
    assert [o.role for o in read_outcomes(text).found][:1] == [role]


def test_a_bare_why_not_takes_the_other_outcome_than_the_one_told() -> None:
    # "they approved her PT, why not the acupuncture?": the acupuncture is taken to be denied
    assert read_outcomes("the 50 yo woman - they approved her PT, why not the acupuncture?").premise == "Upheld"
    assert read_outcomes("IMR denied the MRI, why not the PT too?").premise == "Overturned"
    # no outcome told before it, or one after it: nothing to turn over
    assert read_outcomes("why not the acupuncture?").premise is None
    assert read_outcomes("IMR approved it, why not?").premise == "Overturned"
    assert read_outcomes("why was the PT approved and why not denied?").premise == "Overturned"


def test_not_getting_it_is_a_denial_in_lay_words() -> None:
    assert read_outcomes("so the 36 yo stocker didnt get her knee MRI?").premise == "Upheld"
    assert [(o.words, o.role) for o in read_outcomes("they wouldnt pay for her back therapy. why?").found] == [
        ("wouldnt pay for", "ur")]
    assert [(o.words, o.role) for o in read_outcomes("they wont give him the tens machine. why?").found] == [
        ("wont give", "ur")]
    # not getting better is no decision; getting it, asked, is neutral
    assert roles("she didnt get better with PT, was the MRI approved?") == [("approved", "Overturned", "asked")]
    assert read_outcomes("did she get her MRI?").found == ()
    # ... asked why, with the one who did not get it in between: a denial presumed
    assert roles("why didnt the 53 yo guy get his wrist brace?") == [("why didnt the 53 yo guy get", "Upheld", "premise")]
    assert read_outcomes("why did she not get her MRI?").premise == "Upheld"
    # ... not "didn't he get his brace?" (presumes he did), nor "why didn't she get better?"
    assert read_outcomes("didn't the 53 yo guy get his wrist brace?").found == ()
    assert read_outcomes("why didnt she get better with PT?").found == ()


def test_paying_for_it_said_of_imr_or_the_insurer_is_an_approval() -> None:
    from service.topic import topic_tokens
    from service.understand import understand

    assert roles("my son is 24, he fell and they did a CT of his neck. Did IMR pay for it?") == [
        ("pay for", "Overturned", "asked")]
    assert roles("will they pay for her PT?") == [("pay for", "Overturned", "asked")]
    # ... not the asker paying, nor who pays
    assert read_outcomes("I had to pay for the MRI myself, can I get it back?").found == ()
    assert read_outcomes("who pays for the CT?").found == ()
    # ... and IMR fixing the denial told
    from service.yes_no import decision_asked

    text = "my boss, 53, they wouldnt let him have an MRI of the neck, did IMR fix that?"
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found][0] == ("wouldnt let", "Upheld", "ur")
    assert decision_asked(text) == "Overturned"
    # ... IMR by a longer name, fixing any of what was denied; not fixing said of anyone else
    text = "my wife is 54, they turned down her stomach pill and the naproxen - did the independent review fix any of that?"
    assert roles(text) == [("turned down", "Upheld", "ur"), ("fix", "Overturned", "asked")]
    assert roles("did the reviewer correct either of them?") == [("correct", "Overturned", "asked")]
    assert read_outcomes("did they review it and fix it?").found == ()
    # ... IMR okaying what was told, "that" closing the question (not "ok that makes sense")
    assert roles("my mom is 50 and her doctor wanted acupuncture for her neck, did IMR ok that?") == [
        ("ok", "Overturned", "asked")]
    assert read_outcomes("ok that makes sense, why?").found == ()
    # ... and "pay" names no treatment
    assert "pay" not in topic_tokens(understand("Did IMR pay for the CT of his neck?"))


def test_imr_giving_the_patient_a_thing_is_an_approval_claimed() -> None:
    # UR's part told, then what IMR gave claimed: the refills' approval, checked
    assert roles("the 41 yo man's ibuprofen - UR gave him one bottle, and IMR gave him the refills?") == [
        ("gave", "Overturned", "premise")]
    # ... not a reason IMR gave him
    assert read_outcomes("IMR gave him a reason?").found == ()
    assert [o.words for o in read_outcomes("IMR gave him the reasons for the denial?").found] == ["denial"]


def test_a_closing_none_with_the_outcome_asks_whether_any_had_it() -> None:
    # "shoulder MRIs - none approved?" was one MRI's answer, read as a premise; it asks as "- any approved?"
    from service.outcomes import none_as_any
    from service.understand import understand

    assert none_as_any("shoulder MRIs - none approved?") == "shoulder MRIs - any approved?"
    assert none_as_any("chiropractic - were none of them approved?") == "chiropractic - were any of them approved?"
    assert none_as_any("None denied?") == "Any denied?"
    # a statement to confirm, or a why, stays as typed
    assert none_as_any("none of her liquid meds were approved, right?") == "none of her liquid meds were approved, right?"
    assert none_as_any("why were none of his requests approved?") == "why were none of his requests approved?"
    query = understand("shoulder MRIs - none approved?")
    assert (query.kind, query.decision, query.premise) == ("list", "Overturned", None)


@pytest.mark.parametrize(("text", "found"), [
    # a negative question asks what the positive one asks: its "n't" turns nothing over
    ("the 45 year old woman's anti-inflammatory - didn't they deny it?", [("n't they deny", "Upheld", "premise")]),
    ("wasn't the MRI approved?", [("n't the MRI approved", "Overturned", "premise")]),
    # ... but a statement's negation, and "why didn't ...", do
    ("so he didn't get his ibuprofen?", [("didn't get", "Upheld", "premise")]),
    ("why didn't they approve it?", [("n't they approve", "Upheld", "premise")]),
    ("Which nerve studies, EMG or NCV, weren't upheld?", [("n't upheld", "Overturned", "wanted")]),
])
def test_a_negative_question_is_asked_as_the_positive_one(text: str, found: list) -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes(text).found] == found


def test_medically_necessary_is_imrs_word_for_an_approval() -> None:
    # IMR's own standard: found medically necessary is approved, not medically necessary denied
    assert roles("was the home aide found medically necessary?") == [
        ("found medically necessary", "Overturned", "asked")]
    assert roles("why was the MRI not medically necessary?") == [("not medically necessary", "Upheld", "premise")]
    # ... and what makes a kind medically necessary is what it takes to be approved
    from service.understand import understand

    assert understand("what makes PT medically necessary?").kind == "pattern"
    # (its meaning asked is the glossary's, no outcome)
    from service.glossary import asked_terms

    assert asked_terms("what does medically necessary mean?") == ("medically necessary",)


def test_imr_helping_is_an_approval_asked() -> None:
    assert roles("my wife is 46, they wouldn't do the nerve tests. did IMR help?")[-1] == ("help", "Overturned", "asked")
    assert [(o.words, o.decision) for o in read_outcomes("the 24 yo man who fainted - did IMR help him?").found] == [
        ("help", "Overturned")]
    # (not helping the asker understand)
    assert read_outcomes("can you help me understand the letter?").found == ()


def test_overruling_is_an_approval_and_the_denial_overruled_urs() -> None:
    # tune nat-3305 "... the insurance refused to pay for the CT they'd already done - did the IMR doctor overrule
    # them?" read no outcome asked: the answer opened with the reasons, no decision first
    assert roles("the insurance refused to pay for the CT - did the IMR doctor overrule them?") == [
        ("refused", "Upheld", "ur"), ("overrule", "Overturned", "asked")]
    assert roles("did IMR overrule the denial?") == [("overrule", "Overturned", "asked"), ("denial", "Upheld", "ur")]


def test_or_no_closing_a_question_asks_as_or_not_does() -> None:
    # "IMR approve the cream or no?" (nat-3452) was an approval presumed, then a filter to approvals
    assert roles("IMR approve the cream or no?") == [("approve", "Overturned", "asked")]
    assert roles("was the cream approved or no?") == [("approved", "Overturned", "asked")]
    assert roles("was it approved, yes or no?") == [("approved", "Overturned", "asked")]
    # ... a closing ", no?" still asks to confirm what was told
    assert roles("IMR approved the cream, no?") == [("approved", "Overturned", "premise")]


def test_give_in_the_story_selects_nothing() -> None:
    # "doctor give me two cream" is the story: the outcome word after it selects nothing (nat-3452)
    assert roles("doctor give me two cream. IMR approve the cream?") == [("approve", "Overturned", "asked")]
    # ... "give me" asked of the service selects
    assert roles("give me the denials for knee MRIs") == [("denials", "Upheld", "wanted")]
    assert roles("please give me all the overturned ones") == [("overturned", "Overturned", "wanted")]


def test_anyone_typed_without_did_selects_as_any_does() -> None:
    # "anyone in their forties get a request overturned?" (nat-3500) presumed one approval, of one patient
    assert roles("anyone in their forties get a request overturned? who and what?") == [
        ("overturned", "Overturned", "wanted")]
    assert roles("anybody over 60 get an MRI approved?") == [("approved", "Overturned", "wanted")]
    # ... "anyone" asking the reader selects nothing
    assert roles("anyone know why the MRI was denied?") == [("denied", "Upheld", "premise")]


def test_allow_said_bare_is_imr_approving_and_the_premise_of_a_why() -> None:
    from service.understand import understand

    assert understand("why did IMR allow the chiro for the 46 yo man?").premise == "Overturned"
    assert understand("the chiro for the 46 yo man - why did IMR allow it when UR had said no?").premise == "Overturned"
    assert understand("the guidelines allow 10 visits, why was PT denied?").premise == "Upheld"


def test_imr_restoring_or_giving_what_ur_held_back_is_an_approval_asked() -> None:
    from service.yes_no import decision_asked

    # UR's part told, then IMR asked to hand back the rest: the approval of the rest, asked (its no first)
    assert decision_asked("treating doc: UR cut my pt's baclofen to 27 - did IMR restore the last 3?") == "Overturned"
    assert decision_asked("CM17-0002181 - UR allowed the ibuprofen #90 but not the 2 refills. did IMR give the refills?") == (
        "Overturned")
    assert decision_asked("did IMR give her the acupuncture?") == "Overturned"
    # ... not the reasons IMR gave
    assert read_outcomes("did IMR give the reasons for it?").found == ()
    assert read_outcomes("what reasons did IMR give?").found == ()


def test_a_side_taken_by_the_one_it_went_against() -> None:
    # against utilization review is overturning its denial; against the doctor or the patient upholds it
    assert roles("my client, 45, lady, naproxin - did IMR go against the adjuster?") == [
        ("go against the adjuster", "Overturned", "asked")]
    assert roles("did the reviewer rule against the 25 yo woman's doctor on her therapy?") == [
        ("rule against the 25 yo woman's doctor", "Upheld", "asked")]
    assert roles("did IMR go against her?") == [("go against her", "Upheld", "asked")]


def test_the_reviewer_saying_the_patient_needed_it_is_an_approval_asked() -> None:
    assert roles("my husband is 48 and hurt his elbow at work, they wouldn't scan it - did the state reviewer say he "
                 "needed it?") == [("say he needed", "Overturned", "asked")]
    assert roles("why did the reviewer say she needed the MRI?") == [("say she needed", "Overturned", "premise")]
    # the doctor's view is no decision of IMR's
    assert roles("her doctor said she needed it, was it approved?") == [("approved", "Overturned", "asked")]


def test_a_side_taken_with_the_patient_told_by_age() -> None:
    assert roles("is it true IMR sided with the 53 yo man on his neck MRI?") == [
        ("sided with the 53 yo man", "Overturned", "asked")]
    assert roles("did the reviewer rule against the 45 year old woman on naproxen?") == [
        ("rule against the 45 year old woman", "Upheld", "asked")]


def test_let_through_is_an_approval() -> None:
    assert roles("which guideline let the 48 yo man's elbow MRI through?") == [
        ("let the 48 yo man's elbow MRI through", "Overturned", "premise")]
    assert roles("did IMR let it through?") == [("let it through", "Overturned", "asked")]
    assert roles("let me walk through it") == []


def test_the_usual_outcome_asked_yes_or_no_but_not_of_both() -> None:
    from service.outcomes import usual_asked

    assert usual_asked("do reviewers usually deny PT?") == "Upheld"
    assert usual_asked("is neck PT usually approved?") == "Overturned"
    # "upheld or overturned?" asks which, no yes or no of one
    assert usual_asked("Do anti-inflammatory pills like ibuprofen or naproxen usually get upheld or overturned?") is None


@pytest.mark.parametrize(("text", "decision"), [
    ("any luck with the cold therapy machine after the shoulder surgery?", "Overturned"),
    ("the 63 yo man - any luck with the sling?", "Overturned"),
    ("did the 45 yo woman win on the naproxen?", "Overturned"),
    ("did the 28 yo woman lose her MRI appeal?", "Upheld"),
    ("was the 46 yo woman's EMG a no-go?", "Upheld"),
    ("did she win her appeal?", "Overturned"),
])
def test_lay_words_for_going_through_are_asked_not_a_filter(text: str, decision: str) -> None:
    # "any luck with X?" was read as a filter of approvals: another patient's approved sit-stand desk answered
    out = read_outcomes(text)
    assert [(o.decision, o.role) for o in out.found] == [(decision, "asked")]
    assert out.wanted is None and out.asked is True


def test_lost_weight_and_won_the_lottery_are_no_outcome() -> None:
    assert read_outcomes("he lost weight and won the lottery - was his MRI approved?").found[0].words == "approved"
    assert len(read_outcomes("he lost weight and won the lottery - was his MRI approved?").found) == 1
