"""Collection questions as analysts, adjusters, attorneys and journalists phrase them (col-065 on):
casual, lowercase, misspelt, with "vs", "%", "odds", "typical", "median", "excluding", "only
counting", two parts. The same rules as eval/collection_gold.py's (eval/collection_rules.py), so
the gold is as exact; they test how a question is read, not what a word counts. Durations are
the days from a date of the letter to its decision, per letter (mean and median to 1 decimal, as
days are told)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from eval import collection_rules as r
from eval.collection_rules import RefItem
from eval.collection_shapes import Compute, compare, count, letters_where, monthly, rate, share, top, top_specialty, upheld

OVERTURNED = "an item is approved (a win for the worker) when IMR overturned the UR denial"


def _days(since: str, stat: str) -> Compute:
    """Per letter, the days from its `since` date to its decision: the mean, median or most."""
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        firsts = [ls[0] for ls in r.letters(items).values()]
        days = sorted((date.fromisoformat(i.decided) - date.fromisoformat(getattr(i, since))).days
                      for i in firsts if i.decided and getattr(i, since))
        n = len(days)
        value = {"mean": round(sum(days) / n, 1), "median": round((days[(n - 1) // 2] + days[n // 2]) / 2, 1),
                 "most": days[-1]}[stat]
        return {"value": value}, []
    return compute


def _listed(test: Callable[[list[RefItem]], bool], behind: Callable[[RefItem], bool]) -> Compute:
    """The letters that pass `test`, each with the number of its items that `behind` counts."""
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        chosen = {case: ls for case, ls in r.letters(items).items() if test(ls)}
        rows = sorted([case, sum(behind(i) for i in ls)] for case, ls in chosen.items())
        return {"rows": rows}, [i for ls in chosen.values() for i in ls if behind(i)]
    return compute


def _letter_share(test: Callable[[list[RefItem]], bool]) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        groups = list(r.letters(items).values())
        return {"value": share(sum(test(ls) for ls in groups), len(groups))}, []
    return compute


def _top_rate(labels: Callable[[RefItem], list[str]]) -> Compute:
    """The label with the highest overturn rate (ties by name)."""
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        names = sorted({label for i in items for label in labels(i)})
        rates = {n: share(sum(i.overturned for i in items if n in labels(i)), sum(n in labels(i) for i in items))
                 for n in names}
        best = sorted(rates.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return {"label": best}, [i for i in items if best in labels(i) and i.overturned]
    return compute


def _regions(item: RefItem) -> list[str]:
    return [name for name, rule in r.REGIONS.items() if rule(item)]


def _female_over_50(item: RefItem) -> bool:
    return item.sex == "female" and item.age is not None and item.age > 50


def _all_over(ls: list[RefItem]) -> bool:
    return all(i.overturned for i in ls)


def _all_up(ls: list[RefItem]) -> bool:
    return all(upheld(i) for i in ls)


SPECS = [
    ("how many mri requests actually got approved?", "count",
     f"overturned items naming an MRI or MR arthrogram; {OVERTURNED}", count(r.both(r.MRI, lambda i: i.overturned))),
    ("what % of neck requests get approved?", "base_rate",
     f"overturned / items whose request names the cervical spine or neck; {OVERTURNED}", rate(r.CERVICAL)),
    ("how often does chiropractic win at IMR?", "base_rate",
     f"overturned / all chiropractic or manipulation items; {OVERTURNED}", rate(r.CHIROPRACTIC)),
    ("what are the odds of getting acupuncture approved", "base_rate",
     f"overturned / all items whose request says acupuncture; {OVERTURNED}", rate(r.ACUPUNCTURE)),
    ("which body part is most often denied?", "top",
     "over upheld items, the region named in the request (as in the body-region ranking) with the most items",
     top(_regions, upheld)),
    ("which doctors decide the most cases? (reviewer specialty)", "top",
     "letters per certification listed for the reviewer; the most, ties by name", lambda items: (
         {"label": top_specialty(items)[0]["rows"][0][0]}, [])),
    ("which months had the most denials", "top",
     "the decision month (YYYY-MM) with the most upheld items", top(lambda i: [i.month], upheld)),
    ("how many cases involved a knee MRI?", "per_letter",
     "letters with an item naming an MRI (or MR arthrogram) and the knee", letters_where(
         lambda ls: any(r.MRI(i) and r.KNEE(i) for i in ls), r.both(r.MRI, r.KNEE))),
    ("Out of all the letters, how many had at least one shoulder request?", "per_letter",
     "letters with an item whose request mentions the shoulder", letters_where(
         lambda ls: any(r.SHOULDER(i) for i in ls), r.SHOULDER)),
    ("whats the typical number of disputed items in a letter, on average", "per_letter",
     "items / letters, rounded to 3 decimals", lambda items: ({"value": share(len(items), len(r.letters(items)))}, [])),
    ("What is the median number of days from assignment to the IMR decision?", "per_letter",
     "per letter, days from the date assigned to the decision date; the median, to 1 decimal", _days("assigned", "median")),
    ("how long does imr usually take after the UR denial, on average?", "per_letter",
     "per letter, days from the UR denial date to the decision date; the mean, to 1 decimal", _days("ur_denial", "mean")),
    ("what's the longest an IMR took after the case was assigned to a reviewer?", "per_letter",
     "per letter, days from the date assigned to the decision date; the most", _days("assigned", "most")),
    ("Only counting lumbar MRIs, how many were upheld?", "count",
     "upheld items whose request names an MRI and the lumbar spine (as in the lumbar MRI count)",
     count(r.both(r.MRI, r.LUMBAR, upheld))),
    ("neck vs low back requests - approval %?", "compare",
     f"overturned / all, for items naming the cervical spine or neck, and the lumbar spine or low back; {OVERTURNED}",
     compare({"neck": r.CERVICAL, "low back": r.LUMBAR})),
    ("men vs women: who wins more often at IMR?", "compare",
     f"overturned / all items, by the patient's sex, men first; {OVERTURNED}",
     compare({"male": lambda i: i.sex == "male", "female": lambda i: i.sex == "female"})),
    ("acupuncture vs chiro overturn rate", "compare",
     "overturned / all, for acupuncture items and chiropractic or manipulation items",
     compare({"acupuncture": r.ACUPUNCTURE, "chiropractic": r.CHIROPRACTIC})),
    ("How many letters were decided in January 2017, and how many in February 2017?", "compare",
     "letters per decision month, January then February 2017", lambda items: (
         {"rows": [[m, len({i.case for i in items if i.month == m})] for m in ("2017-01", "2017-02")]}, [])),
    ("monthly breakdown of approvals pls", "trend",
     "overturned items per decision month", monthly(lambda i: i.overturned)),
    ("how many letters were decided in jan 2017", "per_letter",
     "letters whose decision date falls in 2017-01", letters_where(lambda ls: ls[0].month == "2017-01")),
    ("how many cases involved women over 50?", "per_letter",
     "letters whose patient is female and older than 50", letters_where(lambda ls: _female_over_50(ls[0]))),
    ("how many requests from workers under 40 were denied?", "count",
     "upheld items of letters whose patient is younger than 40",
     count(lambda i: upheld(i) and i.age is not None and i.age < 40)),
    ("What percentage of the letters had every request denied?", "share",
     "letters whose items are all upheld / all letters", _letter_share(_all_up)),
    ("how many requests cited ODG and still got approved?", "count",
     "overturned items whose MAXIMUS non-MTUS citation names ODG", count(lambda i: r.cites_odg(i) and i.overturned)),
    ("Of the denials, what share cited no medical evidence?", "share",
     "upheld items whose MAXIMUS line says the reviewer cited no medical evidence / upheld items",
     rate(upheld, r.cites_nothing)),
    ("which month had the highest approval rate?", "top",
     "the decision month with the highest overturned / all items", _top_rate(lambda i: [i.month])),
    ("list the cases where IMR approved everything", "per_letter",
     "letters whose items are all overturned, each with its number of items", _listed(_all_over, lambda i: True)),
    ("how many letters had 3 or more disputed items?", "per_letter",
     "letters with three or more items", letters_where(lambda ls: len(ls) >= 3)),
    ("what fraction of the MRI requests were for the neck?", "share",
     "MRI items naming the cervical spine or neck / items naming an MRI or MR arthrogram", rate(r.MRI, r.CERVICAL)),
    ("Rank the reviewer specialties by how often they overturn - which one is highest?", "top",
     "over items, the reviewer certification with the highest overturned / all items (ties by name)",
     _top_rate(lambda i: list(i.specialties))),
]
