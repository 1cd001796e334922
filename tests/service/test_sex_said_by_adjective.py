"""'which requests for male workers were not upheld?': a group told by an adjective of sex before the people
("male workers", "female patients") is the group "for men" is (service.groups._SEX_GROUP), so the men's items
are searched and ranked, not everyone's overturned items (tune nat-3400 ranked two women's approvals first).
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.groups import read_group
from tests.conftest import served_client

# men: CM16-0246624 (53M, cervical MRI overturned), CM17-0005924 (24M, cervical CT overturned); women: CM17-0010885
# (50F, acupuncture and PT overturned), CM17-0019011 (45F, naproxen overturned)
client = served_client("CM16-0246624", "CM17-0005924", "CM17-0010885", "CM17-0019011")


@pytest.mark.parametrize(("text", "filters"), [
    ("which requests for male workers were not upheld?", {"sex": "male"}),
    ("list the denials for female patients", {"sex": "female"}),
    ("how many requests of male claimants were approved?", {"sex": "male"}),
    ("the male nurse's MRI - approved?", None),
    # ... or by "any" before one of that sex
    ("did any woman get PT approved?", {"sex": "female"}),
    ("has no man had a TENS approved?", {"sex": "male"}),
])
def test_a_sex_said_by_an_adjective_is_a_group(text: str, filters: dict | None) -> None:
    group = read_group(text)
    assert (group.filters() if group else None) == filters


def test_the_search_ranks_the_mens_approvals(client) -> None:
    response = client.post("/api/search", json={"query": "which requests for male workers were not upheld?", "k": 5})
    assert sorted({h["case_number"] for h in response.json()["hits"]}) == ["CM16-0246624", "CM17-0005924"]
