"""The treatments a patient is described with: "the man with the acupuncture and the neck MRI - did
the acupuncture go through?" asks of the acupuncture, and the neck MRI (left out of what is asked,
service.asking._asked) still tells who he is: the letter holding both, each at its part
(service.patients.having_story), not another man's whose MRI is of the low back.

The list after "with" (or "who had") ends at a word that tells something else of the treatment:
"the lady with acid reflux from naproxen" was on naproxen, she is not described by a request for it.
"""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from service.story import PATIENT_NOUN

_WITH_LIST = re.compile(
    rf"\b{PATIENT_NOUN}\s+(?:with|who(?:'d|\s+had|\s+has)?\s+(?:already\s+)?(?:had|has|got|underwent))\s+"
    r"(?P<list>(?:(?!\b(?:from|on|for|after|since|because|to|at|by|that|which|who|whose|was|were|is|are|got|but|when|while"
    r"|did|does|do|why|what|how)\b)[^-?.;:!\u2013\u2014]|(?<=\w)-(?=\w))*)",
    re.IGNORECASE)


def with_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists a patient is described with ("the 28 yo woman with the lumbar MRI - ...":
    "the lumbar MRI ")."""
    return [m.span("list") for m in _WITH_LIST.finditer(text)]


def described_with(text: str, dropped: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of `dropped` (treatment set, words), those named inside a list the patient is described with."""
    spans = with_lists(text)
    out = []
    for treatment, words in dropped:
        at = _occurrences(text, words)
        if any(start <= a and a + len(words) <= end for a in at for start, end in spans):
            out.append((treatment, words))
    return out


# a request told as decided, before what is asked: "my wife is 28, they denied her lumbar MRI, did they also deny her
# epidural?" (the MRI tells who she is: the 28-year-old woman whose letter decided a lumbar MRI)
_DECIDED = (r"(?:denied|approved|turned\s+down|rejected|refused|cut|okayed|ok'?d|upheld|overturned|non-?certified)")
_POSSESSOR = r"(?:her|his|my|their|our)"


def told_decided(text: str, dropped: list[tuple[str, str]], before: int) -> list[tuple[str, str]]:
    """Of `dropped`, those told as a decided request of the patient's before `before` (where the asking part
    starts): "they denied her lumbar MRI", "his neck MRI got denied", "she had a bunch of equipment denied"."""
    out = []
    for treatment, words in dropped:
        w = re.escape(words)
        told = (rf"\b{_DECIDED}\s+{_POSSESSOR}\s+(?:[\w/-]+\s+){{0,2}}?{w}(?![\w-])"
                rf"|\b{_POSSESSOR}\s+(?:[\w/-]+\s+){{0,2}}?{w}\s+(?:was|got|were|has\s+been)\s+{_DECIDED}\b"
                # "the 37 year old woman had a bunch of equipment denied", "she got her PT approved"
                rf"|\b(?:had|got)\s+(?:[\w/-]+\s+){{0,4}}?{w}\s+{_DECIDED}\b")
        if any(m.end() <= before for m in re.finditer(told, text, re.IGNORECASE)):
            out.append((treatment, words))
    return out


def _occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE)]


def listed_apart(text: str, asked: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(asked, told): when some of `asked` are named outside the lists a patient is described with, those
    named only inside a list tell who the patient is ("the man with the TENS unit and the wedge pillow, did he
    get the wrist braces?": the braces are asked, the pillow tells who he is); `asked` as it is otherwise."""
    spans = with_lists(text)
    def inside(words: str) -> bool:
        at = _occurrences(text, words)
        return bool(at) and all(any(start <= a and a + len(words) <= end for start, end in spans) for a in at)
    told = [hit for hit in asked if inside(hit[1])]
    if not told or len(told) == len(asked):
        return asked, []
    return [hit for hit in asked if hit not in told], told


# the patient's own request, told in the opening that says who they are, then a dash (or colon, semicolon): "the 61 yo
# woman's hip MRI - did they approve the shoulder one?"
_OWN_OPENING = re.compile(
    rf"^\s*(?:(?:the|my|this|that|our)\s+)?(?:[\w/-]+\s+){{0,3}}?(?:{PATIENT_NOUN}|husband|wife|son|daughter|mom|dad|mother"
    r"|father)(?:'s|’s)\s+(?P<parts>[^-?.;:!\u2013\u2014]*?)\s*(?:\s-+\s*|[\u2013\u2014:;])", re.IGNORECASE)
# ... the rest asking of the told one too: "... - and her knee too?", "both", "either"
_TOO = re.compile(r"\b(?:both|either|each|too|as\s+well|also)\b", re.IGNORECASE)


def regions_owned_told(text: str) -> list[str]:
    """The body regions of a request the opening tells as the patient's own ("the 61 yo woman's hip MRI - ...") when
    the question after it names a body part of its own ("... did they approve the shoulder one?"): the hip tells who she
    is, the shoulder is asked; [] otherwise (a rest naming no body part, or only the told ones, asks of the told one)."""
    if not (m := _OWN_OPENING.match(text)):
        return []
    said = [r for r, _w in find_regions(m.group("parts"))]
    rest = text[m.end():]
    own = {r for r, _w in find_regions(rest)}
    if not said or not own - set(said) or _TOO.search(rest):
        return []
    return [r for r in dict.fromkeys(said) if r not in own]


def regions_described_with(text: str, regions: list[tuple[str, str]], words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Of `regions` (region, words), those named only inside a list the patient is described with that names a
    treatment of `words` asked outside it too, when another region is named outside every such list: "why was the knee
    MRI denied for the 28 yo woman with the lumbar MRI?" asks of the knee; the lumbar spine tells who she is. [] when
    none is named outside, or all are, or no list names the treatment asked ("the man with neck and shoulder strain
    ... the cervical MRI": the neck is the MRI's too)."""
    spans = [(a, b) for a, b in with_lists(text)
             if any(_occurrences(text[a:b], w) and any(not a <= x < b for x in _occurrences(text, w)) for w in words)]
    if not spans:
        return []
    outside = "".join(" " * (b - a) if any(a0 <= a and b <= b0 for a0, b0 in spans) else text[a:b]
                      for a, b in _pieces(text, spans))
    named_outside = {r for r, _w in find_regions(outside)}
    def inside(words_said: str) -> bool:
        at = _occurrences(text, words_said)
        return bool(at) and all(any(start <= x and x + len(words_said) <= end for start, end in spans) for x in at)
    described = [rw for rw in regions if inside(rw[1]) and rw[0] not in named_outside]
    return described if described and len(described) < len(regions) else []


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`text` cut at the edges of `spans`, in order, each piece a span or the text between two."""
    edges = sorted({0, len(text), *(e for span in spans for e in span)})
    return list(zip(edges, edges[1:]))


__all__ = ["described_with", "listed_apart", "regions_described_with", "regions_owned_told", "told_decided", "with_lists"]


_NEW_CLAUSE = re.compile(r"\b(?:she|he|they|i|we|doc|doctor|surgeon)\b", re.IGNORECASE)
_BOTH = re.compile(r"\b(?:both|either|each)\b", re.IGNORECASE)


def regions_told_decided(text: str, words: tuple[str, ...], before: int) -> list[str]:
    """The words of the body parts said of a request told as decided ("they denied my wife's shoulder MRI") when the
    same treatment is named again after it, the one asked ("... and now she wants a lumbar MRI - was that
    approved?"): the shoulder is the story's MRI, not the one asked; [] when the treatment is named once."""
    out: list[str] = []
    for w in (re.escape(word) for word in words):
        told = rf"\b{_DECIDED}\s+{_POSSESSOR}\s+(?P<parts>(?:[\w/'’-]+\s+){{0,2}}?){w}(?![\w-])"
        for m in re.finditer(told, text, re.IGNORECASE):
            parts = m.group("parts").strip()
            said = {r for r, _w in find_regions(parts)}
            # ... named again after it at a body part of its own ("a lumbar MRI", "an MRI of her back")
            again = [a for a in _occurrences(text, m.group(0)[m.start("parts") - m.start() + len(m.group("parts")):])
                     if a >= m.end()]
            own = [{r for r, _w in find_regions(" ".join(text[:a].split()[-2:]))}
                   | {r for r, _w in find_regions(" ".join(text[a:].split()[1:4]))} for a in again]
            # ... in a clause of its own ("and now she wants ..."), not joined to it ("her shoulder MRI and the lumbar one")
            own = [o for o, a in zip(own, again) if _NEW_CLAUSE.search(text[m.end():a])]
            if m.end() <= before and said and any(o and not o & said for o in own) and not _BOTH.search(text):
                out.append(parts)
    return out
