"""Questions in the words of patients, families, adjusters and attorneys, end to end with the real
model over tune-half real letters: lay names of treatments ("pain rub", "rehab", "back belt"),
misspelt drugs ("diclofenic"), and a story that names what the patient had or was on ("a home
nurse after his belly surgery", "switched her from omeprazole to a different acid reflux pill")."""

from __future__ import annotations

import pytest

# tune-half letters: a 33-year-old man's diclofenac among six items; the sewing machine operator's
# two compound creams beside her naproxen and pantoprazole; a home aide after abdominal surgery; a
# 54-year-old man's neck and low back PT; a 37-year-old woman's TENS unit, lumbar support and braces;
# a pantoprazole switched from omeprazole; a cryotherapy unit after a shoulder operation, among other
# shoulder items (two shoulder MRIs, an MR arthrogram, a brace); a 34-year-old man's lumbar facet
# injections; a 57-year-old man's two lumbar epidurals; a 53-year-old man's neck CT among x-rays and an MRI
REAL = ["CM16-0234464", "CM17-0013716", "CM16-0249735", "CM17-0010362", "CM16-0248471", "CM16-0249170",
        "CM17-0006797", "CM17-0002106", "CM17-0008177", "CM16-0219557", "CM17-0005418", "CM17-0011703"]


@pytest.fixture(scope="module")
def real(serve_real):
    with serve_real(REAL) as (client, _engine, _service):
        yield client


@pytest.mark.parametrize(("question", "case", "title"), [
    ("Why did IMR deny the diclofenic for the 33 yo man?", "CM16-0234464", "Diclofenac ER 100mg #60"),
    ("Was the pain rub approved for the lady who hurt her arm at the sewing machine?", "CM17-0013716",
     "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"),
    ("Why couldn't the 43 year old get a home nurse after his belly surgery?", "CM16-0249735",
     "Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer…"),
    ("Why was rehab for the 54 year old man's neck denied?", "CM17-0010362",
     "Physical therapy for the cervical spine 2 times a week for 3 weeks"),
    ("Why was the back belt denied for the 37-year-old woman?", "CM16-0248471", "Lumbar support"),
    ("Why was the electrical muscle stimulator denied for the 37-year-old woman?", "CM16-0248471", "TENS unit"),
    ("My sister's doctor switched her from omeprazole to a different acid reflux pill because her stomach hurt. "
     "Why did IMR turn that down?", "CM16-0249170", "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill"),
    ("Why was the heat and ice machine denied after the shoulder operation?", "CM17-0006797",
     "Associated surgical service: Cryotherapy unit, seven day use"),
    ("Why was the shot in the lower back denied for the 34 year old man?", "CM16-0219557",
     "Facet joint injections L4-5, L5-S1"),
    ("Why didn't the 57 year old man get his steroid shots in the back?", "CM17-0005418",
     "Right L4 transforaminal epidural steroid injection under fluoroscopic guidance"),
    ("Why was the 53 year old man's neck cat scan denied?", "CM17-0011703", "CT scan of the cervical spine"),
])
def test_lay_words_find_the_item_and_say_it_was_denied(real, question: str, case: str, title: str) -> None:
    r = real.post("/api/ask", json={"question": question})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["kind"] == "item" and not answer["not_found"], answer["answer"][:200]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (case, title, "Upheld")
    # a yes/no question ("Was the pain rub approved ...?") is answered no first
    yes_no = f'No: the denial of "{title}" was upheld; it was not authorised [1]. ' if question.startswith("Was ") else ""
    assert answer["lead"].startswith(f"{yes_no}Denied (Upheld)")


@pytest.mark.parametrize("question", [
    # no letter has them: said so, with no other treatment's item as the answer
    "Why was the gel shot in the knee denied?",
    "Why was the sleep study denied?",
    "Why was the bone scan denied?",
    "Was the back stimulator approved?",
    "Why was the talk therapy denied?",
])
def test_lay_words_for_a_treatment_no_letter_has_find_nothing(real, question: str) -> None:
    answer = real.post("/api/ask", json={"question": question}).json()
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment"), answer["answer"][:200]
