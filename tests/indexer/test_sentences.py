"""The sentence splitter: literal cases of reviewers' punctuation, and every real rationale."""

from __future__ import annotations

from indexer.model import Letter
from indexer.sentences import normalise, sentence_spans, trim, trimmed_spans


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in trimmed_spans(text, 0, len(text))]


def test_sentence_splitting_keeps_abbreviations_and_decimals() -> None:
    text = "Dr. Smith prescribed Norco 7.5 mg twice daily. The request is not medically necessary. Denied."
    spans = sentence_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "Dr. Smith prescribed Norco 7.5 mg twice daily. ",
        "The request is not medically necessary. ",
        "Denied.",
    ]
    offset_text = "xx" + text
    assert sentence_spans(offset_text, 2, len(offset_text))[0] == (2, 49)
    other = "The study, e.g. MRI, was denied. Mr. A. Jones appealed. Fig. 2 shows it."
    assert [other[a:b] for a, b in sentence_spans(other, 0, len(other))] == [
        "The study, e.g. MRI, was denied. ",
        "Mr. A. Jones appealed. ",
        "Fig. 2 shows it.",
    ]


def test_page_and_number_abbreviations_are_not_boundaries() -> None:
    text = ("As noted on p. 82 of the MTUS, and in ACOEM pp. 300, 309 and pg. 607 of the 3rd ed. Low Back "
            "chapter, Norco vs. Tramadol No. 2 was tried. Per 8 C.C.R. 9792.24.4 it is not recommended. "
            "On page 82. Therefore, the request is not medically necessary.")
    assert split(text) == [
        "As noted on p. 82 of the MTUS, and in ACOEM pp. 300, 309 and pg. 607 of the 3rd ed. Low Back chapter, "
        "Norco vs. Tramadol No. 2 was tried.",
        "Per 8 C.C.R. 9792.24.4 it is not recommended.",
        "On page 82.",
        "Therefore, the request is not medically necessary.",
    ]


def test_numbered_lists_start_at_their_number() -> None:
    text = ("ODG criteria include: 1. Red flags. 2. Failure of conservative care. Criteria: 1) pain; "
            "2) weakness. (d) Visits may be extended. The patient meets none.")
    assert split(text) == [
        "ODG criteria include: 1. Red flags.",
        "2. Failure of conservative care.",
        "Criteria: 1) pain; 2) weakness.",
        "(d) Visits may be extended.",
        "The patient meets none.",
    ]


def test_quotes_and_author_year_citations_stay_with_their_sentence() -> None:
    text = ('The report states, "x-ray of the spine done. Results pending." The patient has neck pain. '
            'Active therapy is better than passive care. (Li, 2005) (Fritz, 2007). "Not recommended." '
            "Home exercise is advised. (Colorado, 2002) There is no home program.")
    assert split(text) == [
        'The report states, "x-ray of the spine done. Results pending."',
        "The patient has neck pain.",
        "Active therapy is better than passive care. (Li, 2005) (Fritz, 2007).",
        '"Not recommended."',
        "Home exercise is advised. (Colorado, 2002)",
        "There is no home program.",
    ]


def test_a_quote_that_does_not_close_soon_is_split_like_any_text() -> None:
    text = 'He wrote "the pain is worse. ' + "It hurts all day. " * 30 + 'End."'
    assert len(split(text)) == 32


def test_trimmed_spans_drop_surrounding_whitespace_and_empty_ranges() -> None:
    text = "  \n First one.   Second\n one.  \f "
    assert trimmed_spans(text, 0, len(text)) == [(4, 14), (17, 29)]
    assert trimmed_spans(text, 0, 3) == []
    assert trim(text, (0, len(text))) == (4, 29)
    assert normalise(text[17:29]) == "Second one."


def test_every_real_rationale_splits_into_clean_sentences(real_parsed: dict[str, Letter]) -> None:
    assert len(real_parsed) == 74
    count = 0
    for case, letter in real_parsed.items():
        text = letter.text
        for item in letter.items:
            start, end = item.rationale_span
            spans = trimmed_spans(text, start, end)
            where = f"{case} item {item.index}"
            assert spans, f"{where}: no sentence"
            assert spans[0][0] == trim(text, (start, end))[0] and spans[-1][1] == trim(text, (start, end))[1], where
            for (a, b), (c, _d) in zip(spans, spans[1:]):
                assert b <= c, f"{where}: sentences overlap or are out of order at {b}"
            for a, b in spans:
                sentence = text[a:b]
                assert start <= a < b <= end, f"{where}: {sentence[:60]!r} outside the rationale"
                assert sentence == sentence.strip(), f"{where}: {sentence[:60]!r} is not trimmed"
                assert a == start or not text[a - 1].isalnum(), f"{where}: {sentence[:60]!r} starts mid-word"
                assert not sentence[0].islower(), f"{where}: {sentence[:60]!r} starts in lower case"
                count += 1
    assert count == 1076


def test_numbered_references_after_a_full_stop_stay_with_their_sentence() -> None:
    text = "Tapering is advised after 90 days. [1-3, 28, 34] The evidence is weak. [7] It varies. See [2] below."
    assert split(text) == [
        "Tapering is advised after 90 days. [1-3, 28, 34]",
        "The evidence is weak. [7]",
        "It varies.",
        "See [2] below.",
    ]
