"""Pills for nerve pain in lay words are both classes the letters decide for it (indexer.treatments):
the anticonvulsants (gabapentin, pregabalin) and the antidepressants given for nerve pain
(nortriptyline, amitriptyline, duloxetine). "The nerve pill" of a letter whose request is
nortriptyline is that request, not a treatment the letter lacks (service.lacking)."""

from __future__ import annotations

from datetime import date

from indexer.treatments import find_treatments
from service.lacking import has_asked
from service.scope import asked_sets
from service.understand import understand


def _sets(text: str) -> list[str]:
    return [t for t, _w in find_treatments(text)]


def test_lay_nerve_pills_name_both_classes() -> None:
    assert _sets("the nerve pill") == ["anticonvulsant", "antidepressant", "medication"]
    assert _sets("pills for his nerve pain") == ["anticonvulsant", "antidepressant", "medication"]
    assert _sets("the neuropathy medicine") == ["anticonvulsant", "antidepressant", "medication"]
    assert _sets("the seizure medicine") == ["anticonvulsant", "medication"]
    # anxiety's idiom stays a benzodiazepine's, and a pain pill an opioid
    assert _sets("pills for her nerves") == ["benzodiazepine", "medication"]
    assert _sets("the pain pill") == ["opioid", "medication"]
    # a cream with amitriptyline in it is no pill
    assert _sets("Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1") == ["topical", "medication"]


def _item(index: int, title: str) -> tuple:
    return (index, title, "Upheld", tuple(_sets(title)), ())


def test_the_nortriptyline_of_a_letter_is_the_nerve_pill_asked() -> None:
    q = understand("was the nerve pill denied for the 58 year old woman?", today=date(2017, 6, 1))
    assert asked_sets(q) == ("anticonvulsant", "antidepressant")
    assert has_asked(q, asked_sets(q), [_item(1, "Nortriptyline 25mg #30")]) is True
    assert has_asked(q, asked_sets(q), [_item(1, "Lyrica 75mg #60")]) is True
    assert has_asked(q, asked_sets(q), [_item(1, "Naproxen 500mg #60"), _item(2, "Tramadol 50mg #60")]) is False
