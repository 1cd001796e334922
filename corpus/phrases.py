"""Phrase banks for the clinical case summary and the decision rationales (written for this project)."""

from __future__ import annotations

JOBS = ("warehouse worker", "truck driver", "certified nursing assistant", "construction laborer", "cashier",
        "office assistant", "electrician", "custodian", "farm worker", "police officer", "teacher's aide",
        "machine operator", "cook", "delivery driver", "home health aide", "mechanic", "retail stocker")
MECH_GERUND = ("lifting a heavy box onto a shelf", "slipping on a wet floor", "stepping down from a delivery truck",
               "repositioning a patient in bed", "carrying drywall up a flight of stairs", "pulling a loaded pallet jack",
               "reaching overhead to unload a trailer", "typing and using a mouse for long shifts",
               "twisting while moving a file cabinet", "tripping over a hose at a job site")
MECH_NOUN = ("a fall from a ladder", "a rear-end motor vehicle collision", "cumulative trauma from repetitive work",
             "a trip and fall in a parking lot", "being struck by a falling carton", "an altercation with a customer")
PRIOR = ("physical therapy", "chiropractic care", "acupuncture", "medications", "a home exercise program",
         "activity modification", "a TENS unit", "injections", "bracing", "work restrictions", "ice and heat")
PAIN_WORDS = ("aching", "sharp", "burning", "constant", "intermittent", "throbbing", "stabbing")
MEDS_LIST = ("Norco", "tramadol", "naproxen", "cyclobenzaprine", "omeprazole", "gabapentin", "ibuprofen",
             "Lidoderm patches", "meloxicam", "Ambien")

OPENERS = (
    "The injured worker, a {age}-year-old {sex}, reported an industrial injury on {doi}.",
    "This {age} year old {sex} {job} sustained a work-related injury on {doi}.",
    "The patient is a {age}-year-old {sex} with a date of injury of {doi}.",
    "According to the records, the applicant is a {age}-year-old {sex} {job} who was hurt at work on {doi}.",
    "This is a {age}-year-old {sex} {job} with an industrial claim dated {doi}.",
)
MECHANISM = ("The injury occurred while {gerund}.", "The mechanism of injury was {noun}.",
             "{Pron} was injured while {gerund}.", "The reported mechanism was {noun}.")
DIAGNOSES = ("The diagnoses include {dx}.", "Current diagnoses are {dx}.", "{Pron} has been diagnosed with {dx}.",
             "The working diagnoses were listed as {dx}.")
TREATED = ("Prior treatment has included {tx}.", "Treatment to date consists of {tx}.",
           "{Pron} has been treated with {tx}.", "Care so far has included {tx}.")
VISIT = ("At the visit of {date}, {pron} reported {word} {region} pain rated {p}/10.",
         "In the progress report dated {date}, {pron} described {word} {region} pain at {p}/10.",
         "On {date}, {pron} complained of {word} {region} pain, rated {p}/10 without medication.")
EXAM = ("Examination showed {f1} and {f2}.", "On examination there was {f1}, as well as {f2}.",
        "The physical examination documented {f1}; there was also {f2}.", "Findings included {f1} and {f2}.")
MEDS = ("Current medications include {meds}.", "{Pron} is taking {meds}.", "The medication list includes {meds}.")
PLAN = ("The treating provider requested {items}.", "The treatment plan included {items}.",
        "A request for authorization was submitted for {items}.")
UR = ("Utilization review on {ur} non-certified the requests.",
      "In a determination dated {ur}, utilization review denied the requested treatment.",
      "The requests were denied by utilization review on {ur}, and an application for IMR followed.",
      "On {ur}, the claims administrator's reviewer did not certify the request.")

# --- rationales ---------------------------------------------------------------------------------
GNAMES = {
    "cp": ("California MTUS Chronic Pain Medical Treatment Guidelines", "CA MTUS guidelines",
           "MTUS Chronic Pain Guidelines"),
    "acoem": ("ACOEM Guidelines", "MTUS/ACOEM Guidelines", "California MTUS/ACOEM guidelines"),
    "odg": ("Official Disability Guidelines", "ODG", "Official Disability Guidelines (ODG)"),
    "other": ("MTUS Guidelines", "California MTUS guidelines"),
}
OPEN = ("The {g} state that {says}.", "According to the {g}, {says}.", "Per the {g}, {says}.",
        "The {g} indicate that {says}.", "As outlined in the {g}, {says}.", "The {g} note that {says}.")
FINDINGS = ("On {date}, the patient reported {region} pain rated {p}/10.",
            "The progress report dated {date} noted {finding}.",
            "Examination of the {region} revealed {finding}.",
            "The records indicate that the patient has already had {prior} sessions of {prior_tx}.",
            "The most recent note, dated {date}, describes {finding}.")
GAP_FRAMES = ("However, {g}.", "In this case, {g}.", "In addition, {g}.", "Furthermore, {g}.",
              "The submitted records show that {g}.")
SUPPORT_FRAMES = ("In this case, {g}.", "Here, {g}.", "The documentation shows that {g}.", "Moreover, {g}.")
GAPS = {
    "imaging": ("there was no documentation of red flag findings or a progressive neurologic deficit involving "
                "the {region}", "the records did not show a failed course of conservative care before imaging "
                "was requested", "no surgical intervention was under consideration",
                "a prior study of the {region} was on file and no change in symptoms was described",
                "the examination did not describe a focal deficit that would alter management"),
    "therapy": ("the patient had already completed {prior} sessions without objective functional improvement",
                "the number of sessions requested exceeds the guideline allowance",
                "there was no explanation of why a home exercise program would not suffice",
                "measurable goals for further treatment were not stated"),
    "medication": ("the notes did not quantify any decrease in pain or increase in function with {thing}",
                   "the patient has been taking this medication since {since}, beyond the recommended duration",
                   "no trial and failure of first-line agents was described",
                   "the records gave no reason for continuing {thing} at the current quantity"),
    "injection": ("the response to conservative care before the injection was not described",
                  "the imaging report did not corroborate the clinical findings",
                  "relief after the previous injection, in degree and duration, was not recorded",
                  "the patient was not shown to be taking part in an active rehabilitation program"),
    "surgery": ("the imaging findings did not clearly match the examination",
                "there was no evidence of three months of conservative treatment",
                "the notes did not describe night pain or a functional limit severe enough to justify surgery"),
    "dme": ("there was no record of a successful one-month home trial",
            "the equipment was requested as a stand-alone treatment rather than as part of an active program",
            "the functional goals of the equipment were not identified"),
    "evaluation": ("the provider did not explain how the results would change the treatment plan",
                   "there was no evidence of an unsuccessful return-to-work attempt",
                   "the clinical question to be answered was not stated"),
}
KIND_GAPS = {
    "esi": ("the examination did not document radicular findings in a dermatomal pattern",),
    "facet": ("the patient also had radicular symptoms, which argue against facet-mediated pain",),
    "norco": ("there was no recent urine drug screen or signed pain agreement in the file",),
    "oxycodone": ("there was no recent urine drug screen or signed pain agreement in the file",),
    "tramadol": ("there was no recent urine drug screen or signed pain agreement in the file",),
    "ppi": ("no gastrointestinal risk factors such as age over 65 or a history of peptic ulcer were documented",),
    "topical": ("there was no evidence that the patient could not tolerate oral medications",),
    "uds": ("the patient was not on opioid therapy and no aberrant behavior was reported",),
    "prp": ("the guidelines regard this treatment as investigational",),
}
SUPPORTS = {
    "imaging": ("the examination on {date} documented {finding} that has worsened over time",
                "the patient failed more than six weeks of therapy and medication",
                "the treating surgeon is considering an operation and needs the study to plan it"),
    "therapy": ("this is the first course of this therapy for the injury",
                "the prior sessions produced documented gains in range of motion and strength",
                "the number of visits requested falls within the guideline allowance"),
    "medication": ("the notes record pain decreasing from {p}/10 to {p2}/10 with {thing}, with better daily function",
                   "a recent urine drug screen was consistent and a pain agreement is on file",
                   "the patient has a documented history of gastritis and takes an NSAID"),
    "injection": ("the examination shows {finding}, and the MRI confirms compromise at the same level",
                  "the patient reported more than 50% relief for eight weeks after the previous injection"),
    "surgery": ("imaging confirms a lesion that matches the examination findings",
                "the patient has failed more than six months of conservative care"),
    "dme": ("the patient completed a one-month trial with a documented reduction in medication use",
            "the patient has a documented gait limitation that the equipment addresses"),
    "evaluation": ("the patient is approaching maximum medical improvement and a return to work is planned",
                   "the patient has ongoing depressive symptoms that are delaying recovery"),
}
UPHELD_END = ("Therefore, the request is not medically necessary.",
              "As such, the requested {thing} is not medically necessary.",
              "Given the above, the request is not medically necessary.",
              "Consequently, {thing} is not medically necessary at this time.",
              "For these reasons, the request is not medically necessary.")
OVERTURNED_END = ("Therefore, the request is medically necessary.",
                  "As such, the requested {thing} is medically necessary.",
                  "Given the documentation, the request is medically necessary and appropriate.",
                  "The request is therefore medically necessary.")
OLD_UPHELD_START = ("The request for {thing} remains non-certified.",
                    "The request for {thing} is non-certified at this time.")
OLD_OVERTURNED_START = ("The request for {thing} is certified.", "On review, {thing} is certified.")
ASSOC_UPHELD = (
    ("The {thing} was requested in support of the proposed {surgery}.",
     "Because the primary procedure was not found medically necessary, the cited guidelines give no basis "
     "for the services that accompany it.",
     "Therefore, the associated request is not medically necessary."),
    ("This associated service depends on the {surgery}.",
     "The surgical request has been upheld as not supported by the guidelines, so the ancillary service is not "
     "needed.",
     "As such, the request for {thing} is not medically necessary."),
)
ASSOC_OVERTURNED = (
    "The {surgery} has been found medically necessary.",
    "The guidelines support the {thing} in the postoperative period after this procedure.",
    "Therefore, the associated request is medically necessary.",
)
