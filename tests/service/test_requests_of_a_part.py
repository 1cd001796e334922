"""The requests of one letter asked for by a body part alone ("which of CM17-0011703's requests were for the neck?"):
those of the part, then the others (service.flows.group). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0011703: a 53-year-old man's 5 requests, all upheld: lumbar MRI, cervical x-rays, lumbar x-rays, cervical CT,
# acupuncture of the lumbar and cervical spine; CM16-0248471: a 37-year-old woman's TENS, supports, pillows and braces
client = served_client("CM17-0011703", "CM16-0248471")


def test_the_requests_for_the_part_asked_then_the_others(client) -> None:
    answer = ask(client, "which of CM17-0011703's requests were for the neck?")
    assert answer["answer"].startswith(
        'In CM17-0011703, 3 of the 5 requests were for the neck: "Cervical spine x-rays": denied (upheld) [1]; '
        '"CT scan of the cervical spine": denied (upheld) [2]; "Acupuncture of the lumbar and cervical for two sessions": '
        'denied (upheld) [3]. The others: "MRI of the lumbar spine": denied (upheld) [4]; "Lumbar spine x-rays": denied '
        '(upheld) [5].')
    wrists = ask(client, "the 37 yo woman's requests - which were for her wrists?")
    assert wrists["answer"].startswith('In CM16-0248471, 1 of the 6 requests was for the wrists: "Wrist braces #2": '
                                       'denied (upheld) [1]. The others: "TENS unit": denied (upheld) [2];')
