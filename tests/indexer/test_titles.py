"""short_title: the treatment requested, without a modified request's story (issue 15, clean titles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.prepare import load_letter
from indexer.titles import MAX_CHARS, short_title

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"
SAMPLE = ROOT / "corpus" / "sample"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"

# Every real modified request (case number, item): the title is the part IMR decided, verbatim.
REAL_MODIFIED = {
    ("CM16-0231706", 1): "Chiropractic physiotherapy treatment 6 visits",
    ("CM16-0233904", 1): "Baclofen 100mg #3",  # the heading has no closing "is"
    ("CM16-0234464", 5): "Cyclobenzaprine 7.5mg #27",
    ("CM16-0243453", 4): "Chirophysio therapy for the cervical spine, thoracic spine, and lumbar spine, 2 sessions",
    ("CM16-0248233", 1): "continuation for left hand therapy for 6 sessions",
    ("CM16-0249735", 1): "Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer\u2026",
    ("CM17-0001749", 1): "Partial Hospitalization day treatment",  # "..., leaving the original request IMR eligible"
    ("CM17-0002181", 1): "Two refills of Ibuprofen 600mg #90",
    ("CM17-0007857", 1): "Acupuncture for 2 sessions",
    ("CM17-0011517", 2): "Three refills of Voltaren 75mg #60",
    ("CM17-0011703", 5): "Acupuncture of the lumbar and cervical for two sessions",
    ("CM17-0013754", 1): "2 sessions of physical therapy",
}
# Unmodified requests too long for a title: cut at a comma, with an ellipsis.
REAL_LONG = {
    ("CM17-0006797", 1): "Right Shoulder Arthroscopy with rotator cuff repair vs debridement\u2026",
    ("CM17-0012517", 1): "Twelve sessions of physical therapy for the right shoulder, right wrist and right hand\u2026",
}


def test_every_real_request() -> None:
    if not REFERENCE.exists():
        pytest.skip(SKIP)
    titles = {}
    for line in REFERENCE.read_text().splitlines():
        ref = json.loads(line)
        for n, issue in enumerate(ref["issues"], start=1):
            titles[(ref["case_number"], n)] = (issue["request"], short_title(issue["request"]))
    modified = {key: title for key, (request, title) in titles.items() if "original request" in request}
    assert modified == REAL_MODIFIED
    long = {key: title for key, (request, title) in titles.items() if key not in modified and title != request}
    assert long == REAL_LONG
    assert all(len(title) <= MAX_CHARS + 1 for _, title in titles.values())


def test_generated_sample_letters() -> None:
    """The modified requests corpus/cases.py writes: "{req} was the original request. {auth} was
    authorized by the Claims Administrator. The remaining IMR eligible portion of the original
    request, {rest} is"."""
    titles = {
        (path.stem, item.index): item.title  # filled by indexer.prepare.classify
        for path in sorted(SAMPLE.glob("*.txt"))
        for item in load_letter(path).items
        if "original request" in item.request
    }
    assert titles == {
        ("CM16-0162776", 2): "Massage therapy for the thoracic spine, 8 sessions",
        ("CM16-0162862", 3): "4 physical therapy visits for the left knee",
        ("CM16-0162902", 8): "Gabapentin 600mg #40",
        ("CM17-0222214", 1): "Gabapentin 600mg #80",
    }


@pytest.mark.parametrize(
    ("request_text", "title"),
    [
        (
            "Norco 10/325mg #90 was the original request. Norco 10/325mg #60 was authorized by the Claims "
            "Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #30, is",
            "Norco 10/325mg #30",
        ),
        (
            "Physical therapy 8 sessions was the original request. Physical therapy 6 sessions was authorized by the "
            "Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy 2 "
            "sessions is:",
            "Physical therapy 2 sessions",
        ),
        (  # no remaining portion named: the original request
            "Lumbar MRI was the original request. Nothing else was said.",
            "Lumbar MRI",
        ),
        ("Associated surgical service: Cold therapy unit", "Associated surgical service: Cold therapy unit"),
        ("PT 2X4 FOR THE L/S", "PT 2X4 FOR THE L/S"),
        ("  MRI of the   lumbar\nspine ", "MRI of the lumbar spine"),
        ("Analysis of gait is the request", "Analysis of gait is the request"),
    ],
)
def test_titles(request_text: str, title: str) -> None:
    assert short_title(request_text) == title



def test_a_modified_requests_original_and_authorised_parts() -> None:
    from indexer.titles import modification

    assert modification("Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the "
                        "Claims Administrator. The remaining IMR eligible portion of the original request, "
                        "Baclofen 100mg #3") == ("Baclofen 100mg #30", "Baclofen 100mg #27")
    assert modification("Partial Hospitalization day treatment was the original request. The Claims Administrator "
                        "authorized an Evaluation only for a Partial Hospitalization day treatment, leaving the "
                        "original request IMR eligible. The original request, Partial Hospitalization day treatment "
                        "is") == ("Partial Hospitalization day treatment",
                                  "an Evaluation only for a Partial Hospitalization day treatment")
    assert modification("MRI of the lumbar spine") is None
