"""Parser traps: requests that contain colons, their headings broken at every word gap.

    colon_traps() -> list[Trap]

A request can carry colons of its own ("..., DOS: 11/11/2016", "Qty: 90", "x 2: ", a time
"10:30", a ratio "1:1"). When the heading wraps just after one of them, the line ends in a
colon the way the issues intro ("... listed below:") does, and a parser that takes it for the
intro reads the request as the tail of the heading and gives the head to the item before.

Each trap is a short 2016-layout letter with two items (`render.layout_2016`): a plain item,
then one with a colon-bearing request, or the other way round. The colon-bearing heading is
wrapped as the letters wrap it, with a line forced to end at one word gap (by a line break, a
blank line or a page break) or at two gaps (by line breaks); every gap, the one before the
decision included, is tried. The truth is what a parser
must read: both requests whole, both rationales ending where their last sentence ends, and the
page each heading starts on. Not part of the default sample (`generate.write_corpus`).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from corpus import render

PLACEHOLDER = "TRAP-HEADING-PLACEHOLDER"
WIDTH = 97
BREAKS = {"line": "\n", "blank line": "\n\n", "page": "\f"}
BREAK_NAMES = {v: k for k, v in BREAKS.items()}
# Colon-bearing requests in the letters' style: dates of service, quantities (after semicolons),
# "x 2:", clock times, mixing ratios, and a modified request whose three sentences carry colons.
COLON_REQUESTS = (
    "Lidocaine 5% patch, apply 12 hours on and 12 hours off to the painful area, #30 with 1 refill, "
    "DOS: 11/11/2016",
    "Hydrocodone/acetaminophen 10/325mg; Qty: 90; one tablet every 6 hours as needed for pain",
    "Chiropractic manipulation x 2: lumbar spine and right sacroiliac joint, 6 visits",
    "Retrospective urine drug screen, DOS: 03/14/2016 at 10:30, Qty: 1",
    "Compounded cream ketoprofen/gabapentin 1:1 ratio, 120 grams, Qty: 1 tube, DOS: 02/02/2017",
    "Aquatic therapy x 2: knee, 12 sessions was the original request. Aquatic therapy x 2: knee, "
    "6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of "
    "the original request, aquatic therapy x 2: knee, 6 sessions is",
)
PLAIN = "Topical diclofenac gel 1%, 100 grams, for the left knee"
GUIDELINE = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical Analgesics."
MX_GUIDELINE = (
    "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "
    "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain Chapter, Topical analgesics."
)
# Rationale endings: a full stop, a closing quotation, the decision formula without a full stop.
RATIONALES = (
    "The notes describe aching pain along the outer thigh after a fall from a ladder. A gel was used "
    "for ten weeks and no change in walking distance or sleep was written down. The guideline allows "
    "a topical NSAID for a short course when oral drugs are not tolerated. Therefore, the request is "
    "not medically necessary.",
    "The worker reports that the pain wakes her at night and that ice helps. No trial of first-line "
    "oral medicine is recorded in the chart. The guideline calls topical agents \"largely experimental\" "
    "and asks that the record show a failed oral trial first, \"with the response documented.\"",
    "A spine exam from the last visit shows guarding but no deficit in strength or reflexes. The care "
    "plan names goals that the treating doctor can measure at each visit. The guideline supports this "
    "for a time-limited trial, so the request is medically necessary",
)
HEADER = {"case_number": "CM16-0900001", "date_assigned": "12/01/2016", "date_of_injury": "04/05/2015",
          "decision_date": "12/28/2016", "ur_denial_date": "11/20/2016", "priority": "Standard",
          "application_received": "11/23/2016", "reviewer_licensure": "California",
          "reviewer_specialty": "Physical Medicine & Rehabilitation"}
SUMMARY = ["The injured worker is a 51 year old woman whose knee and back have hurt since a fall at work."]


@dataclass(frozen=True)
class Trap:
    name: str  # e.g. "request 1, second item, page break after word 14"
    text: str  # the letter, pages joined and ended by form feeds (like pdftotext)
    items: tuple[dict, ...]  # per item: request, decision, both guidelines, rationale, page


def _broken(heading: str, breaks: dict[int, str], width: int) -> str:
    """`heading` wrapped at `width`, with a line forced to end after word k for each k in `breaks`
    and `breaks[k]` (a line break, a blank line or a page break) put there."""
    words = heading.split()
    out, start = "", 0
    for k in sorted(breaks):
        out += "\n".join(render.wrap(" ".join(words[start : k + 1]), width)) + breaks[k]
        start = k + 1
    return out + "\n".join(render.wrap(" ".join(words[start:]), width))


def trap_letter(request: str, decision: str, breaks: dict[int, str], first: bool, rationale: str) -> Trap:
    """A one-page letter whose colon-bearing item (the `first` or the second) has its heading
    broken at `breaks`; the plain item's rationale is `rationale`. Page breaks come only from
    `breaks`, so the trap starts on page 1 and an item after it on page 1 + their number."""
    heading = f"{request}: {decision}"
    trap = render.Block(PLACEHOLDER, (GUIDELINE, MX_GUIDELINE, RATIONALES[0]))
    plain = render.Block(f"{PLAIN}: Upheld", (GUIDELINE, MX_GUIDELINE, rationale))
    lay = render.layout_2016(HEADER, SUMMARY, [trap, plain] if first else [plain, trap], WIDTH, random.Random(0), set())
    text = "\n".join(lay.lines).replace(PLACEHOLDER, _broken(heading, breaks, WIDTH)) + "\n\f"
    after = 1 + sum(b == "\f" for b in breaks.values())
    items = [
        {"request": " ".join(request.split()), "decision": decision, "rationale": RATIONALES[0], "page": 1},
        {"request": PLAIN, "decision": "Upheld", "rationale": rationale, "page": after if first else 1},
    ]
    where = ", ".join(f"{BREAK_NAMES[b]} after word {k + 1}" for k, b in sorted(breaks.items()))
    return Trap(f"{'first' if first else 'second'} item, {where}", text,
                tuple({**item, "claims_administrator_guideline": GUIDELINE, "maximus_guideline": MX_GUIDELINE}
                      for item in (items if first else items[::-1])))


def colon_traps() -> list[Trap]:
    """Every colon-bearing request, first or second item, broken at every gap (one break of each
    kind) and at every pair of gaps (two line breaks)."""
    traps = []
    for n, request in enumerate(COLON_REQUESTS):
        decision = "Overturned" if n % 3 == 2 else "Upheld"
        gaps = len(f"{request}: {decision}".split()) - 1
        cuts = [{k: b} for k in range(gaps) for b in BREAKS.values()]
        cuts += [{j: "\n", k: "\n"} for j, k in itertools.combinations(range(gaps), 2)]
        for m, breaks in enumerate(cuts):
            for first in (False, True):
                rationale = RATIONALES[(m + first) % len(RATIONALES)]
                trap = trap_letter(request, decision, breaks, first, rationale)
                traps.append(Trap(f"request {n + 1}, {trap.name}", trap.text, trap.items))
    return traps
