"""Which of two requests fared worse (or better), asked of one letter: "CM17-0005418 which injection was worse?",
"which knee MRI did better?". Worse is the denial (IMR upheld it), better the approval: the question asks which
had that outcome, each item said with its decision, and "neither" when both had the same."""

from __future__ import annotations

import re

_WORSE = re.compile(r"\bwhich\b[^?.;]*?\b(?:(?P<worse>worse|worst|harder\s+hit|hit\s+harder)|(?P<better>better|best))\b",
                    re.IGNORECASE)


def worse_asked(text: str) -> str | None:
    """The outcome a which-question's comparative asks of ("Upheld" for worse, "Overturned" for better); None
    when it asks none."""
    if not (m := _WORSE.search(text)):
        return None
    return "Upheld" if m.group("worse") else "Overturned"


def neither_said(outcome: str) -> str:
    """What follows the one decision every item had, asked which fared worse or better."""
    return f"neither fared {'worse' if outcome == 'Upheld' else 'better'}"


__all__ = ["neither_said", "worse_asked"]
