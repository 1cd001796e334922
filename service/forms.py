"""The form of a drug a question asks about, against the form of a request: a patch is not a
cream. "Did IMR approve the Lidoderm pain patch?" is not answered by a compounded lidocaine cream.

    asked_form("Did IMR approve the Lidoderm patch?", ("Lidoderm",)) -> "patch"
    item_form("Flurbiprofen 10%/Lidocaine 5%, 120grams #1") -> "cream"   # a topical weighed in grams
    item_form("Three refills of Voltaren 75mg #60") -> "oral"            # milligrams counted: pills
    same_form("patch", "Lidocaine ointment 5% 106.32gm") -> False
"""

from __future__ import annotations

import re

_FORMS = (
    ("patch", r"patch(?:es)?|transdermal"),
    ("cream", r"creams?|ointments?|gels?|lotions?|compound(?:ed)?\s+creams?|\d+(?:\.\d+)?\s*(?:g|gm|gms|grams?)\b"),
    ("injection", r"injections?|shots?|injectables?|infusions?"),
    ("oral", r"pills?|tablets?|tabs|capsules?|caps|oral"),
)
# (a whole word: the "caps" of "Capsaicin" is no capsule)
_FORM = re.compile("|".join(f"(?P<{name}>(?<![A-Za-z])(?:{rx})(?![A-Za-z]))" for name, rx in _FORMS), re.IGNORECASE)
# brands sold in one form only
BRAND_FORMS = {"lidoderm": "patch", "flector": "patch", "butrans": "patch", "duragesic": "patch", "voltaren gel": "cream",
               "pennsaid": "cream", "terocin patch": "patch"}


def asked_form(text: str, words: tuple[str, ...]) -> str | None:
    """The form the question names for the drug it asks about: a form word right after the drug's
    name ("Lidoderm pain patch", "lidocaine cream", "Lidoderm ointment": people call any lidocaine
    by the brand), else the one form its brand comes in when it is the only drug named (users call the lidocaine of a compounded cream "Lidoderm" too:
    "the flurbiprofen/dextromethorphan/Lidoderm")."""
    # the form said beats the brand's: "the Lidoderm ointment" is lidocaine ointment; of two drugs said
    # with their forms, the first said is asked about ("lidocaine ointment - why denied? would Lidoderm
    # patches have gone through?" asks about the ointment)
    said = (re.search(rf"(?<!\w){re.escape(word)}\s+(?:(?:pain|topical|numbing)\s+)?(\w+)", text, re.IGNORECASE)
            for word in words)
    if found := [m for m in said if m and _FORM.fullmatch(m.group(1))]:
        return _FORM.fullmatch(min(found, key=lambda m: m.start()).group(1)).lastgroup
    if len(words) == 1 and (brand := BRAND_FORMS.get(words[0].lower())):
        return brand
    # ... or the thing asked is a form itself: "the pain patches", "her cream" (not a lidocaine ointment's patch)
    if len(words) == 1 and (last := re.search(r"(\w+)\s*$", words[0])) and (m := _FORM.fullmatch(last.group(1))) and (
            m.lastgroup in ("patch", "cream")):
        return m.lastgroup
    return None


def drugs_before_form(text: str) -> tuple[str, ...]:
    """The drugs `text` names by name right before a form word: "a ketoprofen cream" names
    ketoprofen, though the cream's topical set is the treatment read (indexer.treatments)."""
    from service.drugs import drug_names

    found = (m.group(1) for m in _BEFORE_FORM.finditer(text) if _FORM.fullmatch(m.group(2)))
    return tuple(dict.fromkeys(w for w in found if drug_names(w)))


_BEFORE_FORM = re.compile(r"(?<![\w-])([A-Za-z][\w-]+)(?=\s+(?:(?:pain|topical|numbing)\s+)?(\w+))")


# a strength in milligrams and a count of them: pills ("Three refills of Voltaren 75mg #60", "Naproxen 500mg #60")
_COUNTED_PILLS = re.compile(r"\d\s*mg\b(?!\s*/)[^#]*#\s*\d", re.IGNORECASE)


def item_form(title: str) -> str | None:
    """The form a request names (a strength in milligrams counted by "#" is pills), or None when it names none."""
    m = _FORM.search(title)
    return m.lastgroup if m else "oral" if _COUNTED_PILLS.search(title) else None


def same_form(asked: str | None, title: str) -> bool:
    """Whether a request can be the form asked about (any, when either says none)."""
    return asked is None or item_form(title) in (None, asked)


def in_another_form(form: str, names: tuple[str, ...], titles) -> str:
    """What a request of the drug (by any of its `names`, the generic first) in a form other than `form` is, in
    one line: 'Its lidocaine request is an ointment ("Lidocaine ointment 5% 106.32gm"), a different form from a
    patch.'; '' when none of `titles` names the drug in another form."""
    other = []  # (title, its form's word)
    for title in titles:
        if not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", title, re.IGNORECASE) for n in names):
            continue
        if (kind := item_form(title)) in (None, form):
            continue
        word = m.group(0).lower() if (m := _FORM.search(title)) and m.group(0).isalpha() else kind
        other.append((title, "pills" if kind == "oral" and word in ("oral", "pills") else word))
    if not other:
        return ""
    against = f"{'an' if form[0] in 'aeiou' else 'a'} {form}"
    if len(other) > 1 and len({w for _t, w in other}) == 1 and not other[0][1].endswith("s"):
        # "Its 2 lidocaine requests are creams (...; ...)"
        listed = "; ".join(f'"{t}"' for t, _w in other)
        return f"Its {len(other)} {names[0].lower()} requests are {other[0][1]}s ({listed}), a different form from {against}."
    title, word = other[0]
    a = "" if word.endswith("s") else "an " if word[0] in "aeiou" else "a "
    return f'Its {names[0].lower()} request is {a}{word} ("{title}"), a different form from {against}.'


