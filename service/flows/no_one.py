"""The answer to a question asked as of one case that names none and describes no one (service.no_one):
"my PT got denied, can I appeal?" is no letter's; the answer says so, gives what holds across the
letters, asks for the case number or a description, and shows the nearest decisions as related."""

from __future__ import annotations

from service.engine import Engine
from service.flows.common import missing, rated
from service.glossary import meaning
from service.lacking import RELATED, absent_message
from service.no_one import APPEAL, IMR_HELP, final_and_binding, rest_of_one
from service.plan import Plan
from service.retrieve import retrieve_scored
from service.scope import scope_counts
from service.types import Answer
from service.understand import Query
from service.wording import kind_of

NO_ONE = "No case number was given and no patient described, so no letter in the index can be told to be the one meant."
NONE_DECIDED = "No letter in the index "  # ... decides a request for X, mentions X: no letter has the treatment
ASK = ("To see how one request was decided, give its case number (such as CM16-0213037) or describe the patient "
       "(age, sex, how they were hurt); the nearest decisions are shown as related, not as the answer.")


def no_one_answer(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    """Not found ("no_one_named"): what holds across the letters, and what to give; a treatment no letter
    decides is said so first ("UR non-certified my carpal tunnel surgery. What did IMR decide?"), as the
    answer whoever the asker is."""
    hits, similarity = retrieve_scored(engine, query, plan.filters, max(k, 3))
    absent = absent_message(engine, query, hits, similarity, plan.filters) if query.treatments else ""
    absent = absent.removesuffix(RELATED).strip() if absent.startswith(NONE_DECIDED) else ""
    said = [absent or NO_ONE]
    if APPEAL.search(query.text):  # "can I appeal?": what IMR is, and that its decision is final
        said.append(final_and_binding())
    elif IMR_HELP.search(query.text):  # "my husband needs a second opinion, can IMR help?": what IMR decides
        said.append(meaning(("IMR",)))
    everyone = {n: v for n, v in plan.filters.items() if n != "decision"}
    counted = scope_counts(engine, query, everyone) if query.treatments and not rest_of_one(query) else None
    if not absent and counted is not None and (total := sum(counted[1].values())):
        up, over = counted[1].get("Upheld", 0), counted[1].get("Overturned", 0)
        said.append(f"Across the index, {up} of the {total} {kind_of(counted[0].label, 'requests' if total != 1 else 'request')} "
                    f"{'was' if up == 1 else 'were'} denied (upheld) and {over} approved (overturned).")
    said.append(RELATED if absent else ASK)
    return missing(question, seen, " ".join(said), "no_treatment" if absent else "no_one_named",
                   related=rated(query, hits[:3]))
