"""What an answer's TEXT says was decided about an item, read from its words (not its metadata).

`decisions_in(sentence)` finds every decision statement in a sentence:
- Upheld side: upheld, denied, denial, not authorised, non-certified, rejected, turned down, ...
- Overturned side: overturned, approved, authorised, certified, medically necessary, reversed, ...
- negation flips a term when "not", "n't", "never", "neither" or "nor" comes at most three words
  before it with no comma, conjunction or other decision word between ("was not denied" ->
  Overturned; "is not medically necessary" -> Upheld);
- quoted text ("..." or “...”) is the letter's words, not the answer's claim: it is skipped;
- utilization review's own decision ("UR denied", "the utilization review denial", "authorized by
  the claims administrator") is skipped: IMR's decision is the one scored;
- "overturned the denial" reads as Overturned, "upheld the denial" and "the denial stands" as Upheld;
  "approved or denied" (an echo of the question) states nothing.

`stated_decisions(text, citations, gold)` collects the decisions stated in the sentences about the
gold item(s): a sentence with [n] markers is about the items its citations name; without markers,
about the cases whose numbers it names; with neither, about what the previous sentence was about
(the opening sentences answer the question: they are about the gold item).
`decision_score` is 1.0 when those sentences state the expected decision and never the other.
Pure functions: the answer is passed in as text plus (n, case_number, request) triples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from eval.support import markers, sentences

UPHELD, OVERTURNED = "Upheld", "Overturned"
_FLIP = {UPHELD: OVERTURNED, OVERTURNED: UPHELD}
_CASE = re.compile(r"\bCM\d{2}-\d{7}\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
# (the name said with its short form after it: "utilization review (UR) denied", "utilization review's (UR's) denial")
_WHO_UR = (r"(?:utili[sz]ation\s+review(?:er)?(?:['’]s)?(?:\s+\(UR(?:['’]s)?\))?|UR|claims?\s+administrator|adjuster|carrier|"
           r"insurer|the\s+insurance)")
_UR = re.compile(
    rf"\b(?:the\s+)?{_WHO_UR}(?:'s)?\s+(?:\w+\s+){{0,3}}?"
    r"(?:denial|denied|denies|deny|non-?certifi\w*|modifi\w*|determination|decision|approved|approval|authori[sz]\w*)\b"
    rf"|\b(?:denied|non-?certified|modified|authori[sz]ed|approved|certified)\s+by\s+(?:the\s+)?{_WHO_UR}",
    re.IGNORECASE,
)
_PHRASES = (
    (re.compile(r"\b(?:approved|authori[sz]ed)\s+or\s+(?:denied|not)\b|\bdenied\s+or\s+approved\b", re.I), None),
    (re.compile(r"\b(?:overturn\w*|revers\w*)\s+(?:(?:the|this|that|its|a)\s+)?(?:\w+\s+){0,2}?"
                r"(?:denial|decision|non-?certification)\b", re.I), OVERTURNED),
    (re.compile(r"\buph(?:eld|olds?|olding)\s+(?:(?:the|this|that|its|a)\s+)?(?:\w+\s+){0,2}?"
                r"(?:denial|decision|non-?certification)\b", re.I), UPHELD),
    (re.compile(r"\bdenial\s+(?:stands|stood|remains|was\s+upheld)\b", re.I), UPHELD),
    # none of them approved states each one's denial: "none of the 5 requests was approved (overturned)"
    (re.compile(r"\bnone\s+(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|them\b)?)?(?:[\w()-]+\s+){0,5}?(?:was|were|got|"
                r"has\s+been|have\s+been)\s+(?:approved|overturned|authori[sz]ed)(?:\s*\((?:overturned|approved)\))?", re.I),
     UPHELD),
)
_TERMS = re.compile(
    r"(?P<U>\bnon-?certif\w*|\buph(?:eld|olds?|olding)\b|\bden(?:ied|ial|ials|y|ies|ying)\b|\brejected\b"
    r"|\brefused\b|\bturned\s+down\b)"
    r"|(?P<O>\bmedically\s+necessary\b|\boverturn(?:ed|s|ing)?\b|\bapprov(?:ed|al|e|es|ing)\b"
    r"|\bauthori[sz](?:ed|e|es|ing|ation)\b|\bcertified\b|\brevers(?:ed|es|e|ing)\b|\bgranted\b)",
    re.IGNORECASE,
)
_NEGATORS = frozenset({"not", "never", "neither", "nor", "cannot", "no"})
_SCOPE_BREAK = frozenset({"but", "and", "or", "so", "because", "however", "yet", "while", "although", "though"})
_TOKEN = re.compile(r"[A-Za-z]+(?:['’]t)?|[,;:()\[\].!?]")


def _negated(before: str) -> bool:
    """Whether a negator governs a term preceded by `before` (at most three words back)."""
    tokens = _TOKEN.findall(before)[-4:]
    words = 0
    for token in reversed(tokens):
        low = token.lower()
        if not low[0].isalpha() or low in _SCOPE_BREAK or _TERMS.fullmatch(low):
            return False
        if low in _NEGATORS or low.endswith(("n't", "n’t")):
            return low != "no" or words == 0  # "no" only right before the term ("no approval")
        words += 1
        if words == 3:
            return False
    return False


def decisions_in(sentence: str) -> list[str]:
    """The decisions a sentence states, in order ("Upheld"/"Overturned"), as described above."""
    text = _QUOTED.sub(" ", sentence)
    text = _UR.sub(" ", text)
    found: list[tuple[int, str]] = []
    for pattern, decision in _PHRASES:
        for match in pattern.finditer(text):
            if decision:
                found.append((match.start(), decision))
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    for match in _TERMS.finditer(text):
        decision = UPHELD if match.group("U") else OVERTURNED
        if _negated(text[: match.start()]):
            decision = _FLIP[decision]
        found.append((match.start(), decision))
    return [decision for _pos, decision in sorted(found)]


def _key(case_number: str, request: str) -> tuple[str, str]:
    return (case_number.strip(), " ".join(request.split()).casefold())


def stated_decisions(
    text: str, citations: Iterable[tuple[int, str, str]], gold: Sequence[tuple[str, str]]
) -> set[str]:
    """Decisions stated in the sentences about the gold item(s); `citations` are (n, case, request)."""
    cited = {n: (case, request) for n, case, request in citations}
    gold_keys = {_key(*g) for g in gold}
    gold_cases = {g[0] for g in gold}
    stated: set[str] = set()
    about_gold = True  # until a sentence says otherwise, the answer is about what was asked
    for sentence in sentences(text):
        numbers = [n for n in markers(sentence) if n in cited]
        named = set(_CASE.findall(_QUOTED.sub(" ", sentence)))
        if numbers:
            about_gold = any(
                _key(*cited[n]) in gold_keys or (not cited[n][1] and cited[n][0] in gold_cases) for n in numbers
            )
        elif named:
            about_gold = bool(named & gold_cases)
        if about_gold:
            stated.update(decisions_in(sentence))
    return stated


def decision_score(stated: set[str], expected: str) -> float:
    """1.0 when the answer states the expected decision and not the other, else 0.0."""
    return float(stated == {expected})


# --- "nothing was found" and "this case has no such request" ---------------------------------

_NOT_FOUND = re.compile(
    r"\bno (?:letters?|items?|requests?|cases?|decisions?|match(?:es)?|results?|determinations?)\b"
    r"|\bnot (?:found|in the index)\b|\bnothing (?:(?:was|is) )?(?:found|in the (?:index|letters))"
    r"|\b(?:did|do|does|could|can)(?: not|n['’]t) find\b|\bcannot find\b|\bfound no(?:thing)?\b|\bno such\b"
    r"|\bnothing in the indexed\b",
    re.IGNORECASE,
)
_LACKS = re.compile(
    r"\b(?:does|did|do)(?: not|n['’]t) (?:have|include|contain|list|request|involve|mention)\b|\bha[sd] no\b"
    r"|\bnot (?:among|part of|one of|in) (?:the|its|this|that)\b|\black(?:s|ed)?\b|\bno (?:request|item) (?:for|of)\b"
    r"|\bwas(?: not|n['’]t) (?:requested|disputed|at issue)\b",
    re.IGNORECASE,
)


def says_not_found(text: str) -> bool:
    """Whether the answer says that nothing in the index answers the question."""
    return bool(_NOT_FOUND.search(_QUOTED.sub(" ", text)))


def says_case_lacks(text: str, case_numbers: Iterable[str]) -> bool:
    """Whether the answer says the named case lacks the treatment: an absence phrase and the case number."""
    plain = _QUOTED.sub(" ", text)
    return bool(_LACKS.search(plain) or _NOT_FOUND.search(plain)) and any(cn in plain for cn in case_numbers)
