"""Out-of-corpus treatments: things workers' compensation patients ask about that no dev letter has.

Each entry: (slug, the patterns whose absence from every letter's text makes it out of corpus, the
question). A pattern matches at a word start, case-insensitively, on whitespace-normalised text; one
that ends in `\\b` must also end a word ("soma\\b" does not match "somatic"). The generator keeps
an entry only when none of its patterns occurs in any letter it is given (reference texts always,
the full letter texts when the runner has them); tests/eval/test_hard_questions.py checks the list
against the PDFs' full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ABSENT_TREATMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("hyperbaric", ("hyperbaric",), "Why was hyperbaric oxygen therapy denied for my crush injury?"),
    ("dentures", ("denture",), "What did IMR decide about dentures after a fall at work?"),
    ("stem-cell", ("stem cell", "stem-cell"), "Has IMR ever approved stem cell injections for a knee?"),
    ("lasik", ("lasik",), "Was LASIK eye surgery covered for a worker with an eye injury?"),
    ("cochlear", ("cochlear",), "What do reviewers want before approving a cochlear implant?"),
    ("prolotherapy", ("prolotherapy",), "Why are prolotherapy injections denied?"),
    ("ketamine", ("ketamine",), "What happened with ketamine infusions for chronic pain?"),
    ("intrathecal", ("intrathecal", "pain pump"), "Was the intrathecal pain pump approved?"),
    ("botox", ("botox", "botulinum"), "Why was Botox for migraines denied?"),
    ("radiofrequency", ("radiofrequency", "radio frequency", "ablation"),
     "What did IMR say about radiofrequency ablation of the lumbar facets?"),
    ("kyphoplasty", ("kyphoplasty",), "Why was the kyphoplasty upheld?"),
    ("vertebroplasty", ("vertebroplasty",), "Which vertebroplasty requests were approved?"),
    ("hip-replacement", ("hip replacement", "arthroplasty"), "What was decided about a total hip replacement?"),
    ("bariatric", ("bariatric", "gastric bypass", "gastric sleeve"), "Has gastric bypass surgery ever been approved?"),
    ("hearing-aid", ("hearing aid",), "Why were the hearing aids denied?"),
    ("biofeedback", ("biofeedback",), "What do reviewers want documented before approving biofeedback?"),
    ("aquatic", ("aquatic", "pool", "water therapy"), "Why was aquatic therapy in a pool denied?"),
    ("hypnotherapy", ("hypno",), "Was hypnotherapy for pain approved?"),
    ("cupping", ("cupping",), "What happened with the cupping therapy request?"),
    ("craniosacral", ("craniosacral", "cranio-sacral"), "Why is craniosacral therapy not authorised?"),
    ("marijuana", ("marijuana", "cannabi", "cbd\\b"), "Was medical marijuana approved for back pain?"),
    ("methadone", ("methadone",), "Why was methadone for chronic pain denied?"),
    ("suboxone", ("suboxone", "buprenorphine"), "What did IMR decide about Suboxone?"),
    ("fentanyl", ("fentanyl", "duragesic"), "Why were fentanyl patches denied?"),
    ("duloxetine", ("duloxetine", "cymbalta"), "Was Cymbalta approved for nerve pain?"),
    ("chelation", ("chelation",), "What was decided about chelation therapy?"),
    ("inversion-table", ("inversion table",), "Why was an inversion table denied for a back injury?"),
    ("orthotics", ("orthotic", "insole", "shoe insert"), "Were custom orthotics approved for plantar pain?"),
    ("cpap", ("cpap", "sleep apnea"), "What did IMR decide about a CPAP machine?"),
    ("genetic-testing", ("genetic",), "Why is genetic testing for opioid metabolism denied?"),
    ("ozone", ("ozone",), "Has IMR approved ozone injections?"),
    ("acupressure", ("acupressure",), "What happened with the acupressure mat?"),
    ("yoga", ("yoga",), "Why were yoga classes denied?"),
    ("pilates", ("pilates",), "Was a Pilates program approved after a back injury?"),
    ("tai-chi", ("tai chi",), "What do reviewers say about tai chi for balance?"),
    ("work-hardening", ("work hardening",), "Why was a work hardening program denied?"),
    ("paraffin", ("paraffin",), "Was the paraffin wax bath for the hands approved?"),
    ("iontophoresis", ("iontophoresis",), "What did IMR decide about iontophoresis?"),
    ("hydromorphone", ("hydromorphone", "dilaudid"), "Why was Dilaudid denied?"),
    ("tapentadol", ("tapentadol", "nucynta"), "Was Nucynta approved in any case?"),
    ("alprazolam", ("alprazolam", "xanax"), "Why was Xanax for anxiety after the injury denied?"),
    ("carisoprodol", ("carisoprodol", "soma\\b"), "What happened with the Soma prescription?"),
    ("pregabalin", ("pregabalin", "lyrica"), "Why was Lyrica denied for neuropathic pain?"),
    ("viscosupplement", ("synvisc", "hyaluron", "viscosupplement"), "Were Synvisc knee injections approved?"),
    ("bone-stimulator", ("bone growth", "bone stimulat"), "Why was a bone growth stimulator denied?"),
    ("h-wave", ("h-wave", "h wave"), "What did IMR decide about the H-wave unit?"),
    ("interferential", ("interferential",), "Was the interferential stimulator approved?"),
    ("scooter", ("scooter",), "Why was the mobility scooter upheld?"),
    ("smoking-cessation", ("chantix", "varenicline", "smoking cessation"), "Was Chantix approved to quit smoking?"),
    ("tmj", ("tmj", "temporomandibular"), "What was decided about the TMJ splint?"),
    ("vestibular", ("vestibular",), "Why was vestibular therapy for dizziness denied?"),
    ("testosterone", ("testosterone",), "Was testosterone replacement approved for opioid-induced hypogonadism?"),
    ("trazodone", ("trazodone",), "Why was trazodone for sleep denied?"),
)


def present(patterns: Iterable[str], texts: Iterable[str]) -> bool:
    """Whether any pattern occurs, at a word start, in any of `texts` (case- and space-insensitive)."""
    compiled = [re.compile(r"\b" + p.replace(" ", r"\s+"), re.IGNORECASE) for p in patterns]
    return any(c.search(text) for text in texts for c in compiled)


def absent_treatments(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(slug, question) of every entry none of whose patterns occurs in `texts`."""
    texts = [" ".join(t.split()) for t in texts]
    return [(slug, question) for slug, patterns, question in ABSENT_TREATMENTS if not present(patterns, texts)]
