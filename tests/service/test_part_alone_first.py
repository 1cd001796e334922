"""Of the letters that fit the age or sex told, and hold the treatment asked at the body part told, those whose
request is for that part alone fit best: "my chiropractor for my low back" is a lumbar chiro request, not another
woman's chiro "for the cervical spine and back" (service.patients.having_every_asked). Over real letters."""

from __future__ import annotations

import pytest

from service.patients import having_every_asked
from service.understand import understand

# two women with chiropractic: a 27-year-old's for the lumbar spine, a 43-year-old's for the cervical spine and back
CASES = ["CM16-0247660", "CM16-0231706"]


@pytest.fixture(scope="module")
def engine(serve_real):
    with serve_real(CASES) as (_http, engine, _service):
        yield engine


def test_the_request_of_the_part_alone_fits_first(engine) -> None:
    low_back = understand("the adjuster denied my chiropractor for my low back, im a woman - what did IMR decide?")
    assert having_every_asked(engine, low_back, CASES) == {"CM16-0247660"}
    # ... the neck: only the cervical one holds it
    neck = understand("the adjuster denied my chiropractor for my neck, im a woman - what did IMR decide?")
    assert having_every_asked(engine, neck, CASES) == {"CM16-0231706"}
    # ... no part told: both
    assert having_every_asked(engine, understand("im a woman, why was my chiropractic denied?"), CASES) == set(CASES)
