"""A job told of the patient that the letter answered does not print: "the truck driver's knee surgery - why
denied?" answered from the one knee surgery letter, whose case summary never names a truck driver. The answer
says so, after the item, so the reader knows the letter was chosen by the rest of the question
(service.flows.item); a letter that prints the job ("a 28-year-old male truck driver") needs no word.

    job_unsaid(("truck driver",), "The patient is a 60-year-old male who injured his knee ...")
        -> 'The letter does not name the patient\'s job ("truck driver"); it fits the rest of the question.'
"""

from __future__ import annotations

from service.diagnosed import printed
from service.people import loosely


def job_unsaid(jobs: tuple[str, ...], summary: str) -> str:
    """The sentence that says the letter's case summary names none of `jobs` (job_words), or ''."""
    # ("warehouse worker" is printed as "warehouse": service.people.loosely)
    if not jobs or any(printed((job,), summary) > 0 or printed(loosely((job,)), summary) > 0 for job in jobs):
        return ""
    named = " or ".join(f'"{job}"' for job in jobs)
    return f"The letter does not name the patient's job ({named}); it fits the rest of the question."


__all__ = ["job_unsaid"]
