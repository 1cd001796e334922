"""Two letters fit a patient described by age and sex; the question tells two body parts of the thing asked ("my
brother is 46, he needed chiro for his neck and his low back"): the one letter with requests at both is the patient's,
not "it depends" (service.flows.fitting.one_at_every_part)."""

from __future__ import annotations

from service.flows.fitting import one_at_every_part
from service.scope import ScopeItem


def _item(case: str, title: str) -> ScopeItem:
    return ScopeItem(case, 1, title, title, "Upheld", "2017-01-01", ())


def test_the_one_letter_with_requests_at_every_part_told() -> None:
    both = {"CM17-0015198": [_item("CM17-0015198", "Chiro with modalities 2 times a week for 6 weeks for neck, back")],
            "CM17-0004738": [_item("CM17-0004738", "Chiropractic care for the low back; six sessions")]}
    assert one_at_every_part(("cervical", "lumbar"), both) is True
    # ... one part told, or each letter with one of the two parts: nothing tells them apart
    assert one_at_every_part(("lumbar",), both) is False
    each = {"CM16-0246624": [_item("CM16-0246624", "MRI scan of the cervical spine")],
            "CM17-0011703": [_item("CM17-0011703", "MRI of the lumbar spine")]}
    assert one_at_every_part(("cervical", "lumbar"), each) is False
