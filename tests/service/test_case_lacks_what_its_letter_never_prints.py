"""A thing asked of a named case that its letter never prints, though other letters do ("CM17-0006797 - was the pain
pump denied?": other letters print "proton pump inhibitor"): the case has no request for it, said so, not another of its
requests answered as if it were (service.lacking.case_lacks_unknown, listed_unprinted). Real letters, the real model,
real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man's shoulder surgery and its 4 services (clearance, brace, cryotherapy unit, PT), all
# upheld; no pain pump. CM17-0013716: a 54-year-old woman's naproxen and pantoprazole ("proton pump inhibitor")
client = served_client("CM17-0006797", "CM17-0013716")


def test_a_thing_the_named_letter_never_prints_is_no_request_of_it(client) -> None:
    answer = ask(client, "CM17-0006797 - was the pain pump denied?")
    assert answer["answer"].startswith('Case CM17-0006797 has no request for pain pump. Its letter decided 5 items: '
                                       '1. "Right Shoulder Arthroscopy')
    both = ask(client, "CM17-0006797 - was the post-op PT and the pain pump denied?")
    assert both["answer"].startswith('Case CM17-0006797 has no request for pain pump. Yes: the denial of "Associated '
                                     'surgical service: Physical Therapy sessions, 12" was upheld')
    # ... what the letter does print stays its request: the brace
    brace = ask(client, "CM17-0006797 - was the shoulder brace denied?")
    assert brace["answer"].startswith('Yes: the denial of "Associated surgical service: Shoulder Brace" was upheld')
