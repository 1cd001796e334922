"""The treatment sets of durable medical equipment, services, visits and tests: TENS and other
stimulators, cold therapy, braces, orthotics, pillows and beds, walking and hearing aids,
ergonomic and compression equipment, home health, transportation, gym memberships, weight loss,
office visits, consultations, urine drug screens and lab tests, and "tests" (any diagnostic test:
imaging, sleep and nerve studies, drug screens, labs). Part of indexer.treatments's SETS, in this order.
"""

from __future__ import annotations

from indexer.treatment_set import TreatmentSet

ELECTRICAL_STIM_UNIT = r"electric(?:al)?\s+stim(?:ulation)?\s+(?:units?|machines?|devices?)"

EQUIPMENT_AND_SERVICES: tuple[TreatmentSet, ...] = (
    # durable medical equipment
    TreatmentSet("tens", "TENS unit", (r"(?-i:TENS)", r"transcutaneous\s+electrical\s+nerve\s+stimulat\w*",
                 r"tens\s+(?:units?|machines?|devices?|supplies|electrodes?|pads?|patch(?:es)?)",
                 # lowercase "tens" alone, told as a thing someone has ("her tens", "the tens and the pillows") or in a
                 # list of things ("- tens, back brace, ..."), or right after the case number ("cm16 248471 tens, the back
                 # brace ..."); never "tens of" (a number)
                 r"(?:(?<=\bthe\s)|(?<=\bher\s)|(?<=\bhis\s)|(?<=\bmy\s)|(?<=\ba\s)|(?<=\bour\s)|(?<=\btheir\s)|(?<=[-:,]\s)"
                 r"|(?<=\d\d\d\d\s)"
                 # ... or told as someone's ("the 37 yo lady's tens"), or one more in a list ("the pillows and tens")
                 r"|(?<='s\s)|(?<=\u2019s\s)|(?<=\band\s)|(?<=\bplus\s))"
                 r"tens\b(?!\s+of\b)",
                 r"nerve\s+stimulat(?:or|ion)\s+(?:units?|machines?|devices?)",
                 # lay words: "the muscle zapper", "the electric pulse machine"
                 r"(?:muscle|nerve|pain|electric)\s+zappers?", r"zapper\s+(?:machines?|units?|devices?)",
                 r"electric(?:al)?\s+(?:pulse|shock|impulse)\s+(?:machines?|units?|devices?)",
                 # a unit of electrical stimulation is the home device ("her electrical stim unit"); the
                 # stimulation alone is a therapy's modality (e_stim), a "stim machine" any stimulator
                 ELECTRICAL_STIM_UNIT)),
    TreatmentSet("interferential", "Interferential stimulator", (r"interferential", r"(?-i:IF|ICS)\s+units?")),
    TreatmentSet("h_wave", "H-wave device", (r"h-?\s?wave",)),
    TreatmentSet("cold_therapy", "Cold/heat therapy units", (r"cold\s+therap\w*", r"cryotherap\w*", r"cryo\s?units?",
                 r"(?:hot|cold|ice|heat(?:ing)?)(?:/cold)?\s+(?:therapy\s+)?(?:units?|machines?)",
                 # lay: "the hot cold thing", "the hot and cold machine", "the ice machine thingy"
                 r"(?:hot|heat)(?:\s*[/&-]\s*|\s+(?:and\s+|n\s+)?)cold\s+(?:therapy\s+)?(?:things?|thingy|devices?|systems?|units?|machines?)",
                 r"ice\s+(?:machine\s+)?(?:things?|thingy|devices?)",
                 r"cryo",
                 r"polar\s+care", r"game\s+ready", r"vasopneumatic", r"cryo-?cuff", r"continuous-?\s?flow\s+cryo\w*")),
    # a pack, pad or wrap put on by hand is not a cold therapy unit (ODG's "Cold/heat packs" is its own section,
    # apart from continuous-flow cryotherapy): "a heating pad after shoulder surgery" is no cryotherapy unit
    TreatmentSet("hot_cold_packs", "Hot and cold packs, heating pads", (
                 r"(?:hot|cold|ice|heat(?:ing)?)(?:\s*/\s*cold)?\s+(?:packs?|pads?|wraps?)", r"thermacare", r"gel\s+packs?")),
    TreatmentSet("cpm", "Continuous passive motion", (r"(?-i:CPM)", r"continuous\s+passive\s+motion")),
    TreatmentSet("brace", "Braces, splints and supports", (r"brac(?:e|es|ing)", r"splint\w*", r"orthos[ie]s",
                 r"(?:lumbar|lumbosacral|back|wrist|knee|ankle|abdominal|elbow|thumb|cervical)\s+supports?",
                 r"(?:back|lumbar|lumbosacral|support|lifting|abdominal|sacroiliac|SI)\s+belts?",
                 r"T?LSO", r"collar", r"sling", r"corsets?", r"immobiliz\w*", r"(?:walking|CAM)\s+boot",
                 # "the boot for the broken foot" (not a boot camp, work boots or booting a computer)
                 r"(?<!work\s)(?<!toe\s)(?<!rain\s)(?<!orthopedic\s)(?<!orthopaedic\s)(?<!custom\s)(?<!diabetic\s)boots?"
                 r"(?!\s+camp)(?!-?\s?strap)",
                 r"(?:elbow|wrist|knee|ankle|counterforce|tennis\s+elbow|patellar?)\s+straps?"),
                 (r"collar\s?bones?",)),
    TreatmentSet("orthotics", "Foot orthotics", (r"orthotics?", r"shoe\s+inserts?", r"insoles?", r"arch\s+supports?",
                 r"heel\s+(?:cups?|lifts?)",
                 r"(?:orthop(?:a)?edic|custom|diabetic)\s+(?:shoes?|boots?|footwear)", r"shoe\s+lifts?")),
    # a pillow is not a mattress: "an orthopedic mattress" is not the wedge pillow a letter decides
    TreatmentSet("pillow", "Pillows", (r"pillows?", r"(?:neck|cervical|lumbar|back|wedge|knee)\s+cushions?")),
    TreatmentSet("mattress", "Mattresses and beds", (r"mattress\w*", r"(?<!\bin\s)(?<!\bto\s)(?<!\bof\s)(?:hospital\s+)?beds?(?!\s+rest)")),
    TreatmentSet("pillow_bed", "Pillows, mattresses and beds", (), includes=("pillow", "mattress")),
    TreatmentSet("walking_aid", "Walking aids and wheelchairs", (r"canes?", r"walkers?", r"crutch\w*",
                 r"wheel\s?chairs?", r"scooters?", r"rollators?", r"power\s+chairs?")),
    TreatmentSet("hearing_aid", "Hearing aids", (r"hearing\s+aids?", r"hearing\s+(?:devices?|amplifiers?)",
                 r"cochlear\s+implants?")),
    TreatmentSet("ergonomic", "Ergonomic workstation and chairs", (r"ergonomic\w*", r"work\s?stations?",
                 r"sit[-\s/]stand", r"standing\s+desks?", r"stand(?:ing)?[-\s]up\s+desks?", r"adjustable\s+desks?", r"(?:office|desk)\s+chairs?")),
    TreatmentSet("compression", "Compression garments and devices", (r"compression\s+(?:stockings?|garments?"
                 r"|sleeves?|devices?|pumps?|wraps?|units?|socks?|hose)", r"(?-i:TED)\s+(?:hose|stockings?)",
                 r"pneumatic\s+compression", r"(?-i:SCDs?)",
                 r"(?-i:DVT)\s+(?:prophylaxis|pump|unit)")),
    TreatmentSet("dme", "Durable medical equipment (any)", (r"(?-i:DME)", r"durable\s+medical\s+equipment",
                 r"\w*stim(?:ulator)?\s+units?", r"home\s+exercise\s+(?:kit|equipment)", r"commode",
                 r"(?:electric(?:al)?\s+)?muscle\s+stimulators?", r"electric(?:al)?\s+(?:nerve\s+)?stimulators?",
                 r"(?:e-?)?stim(?:ulator)?\s+(?:machines?|devices?)", r"nerve\s+stimulators?",
                 r"shower\s+chair", r"grab\s+bars?", r"raised\s+toilet\s+seat", r"reachers?", r"electrodes?",
                 r"exercise\s+(?:equipment|balls?|bikes?|bicycles?|machines?)", r"(?:thera|resistance)[-\s]?bands?",
                 # "her equipment requests", "the medical equipment" (not a job's: "heavy equipment operator")
                 r"(?:medical\s+)?equipment"),
                 (r"(?:peripheral|occipital|sacral|vagus|implant\w*)\s+nerve\s+stimulat\w*",
                  r"(?:heavy|construction|farm|industrial|lifting|office|computer)\s+equipment",
                  r"equipment\s+(?:operator|repair\w*|driver|mechanic|technician)"),
                 ("tens", "interferential", "h_wave", "cold_therapy", "hot_cold_packs", "cpm", "brace", "orthotics", "pillow_bed",
                  "walking_aid", "hearing_aid", "ergonomic", "compression")),
    # services, visits and tests
    TreatmentSet("home_health", "Home health and home care", (r"home\s+(?:health|care|aides?|assist\w*|nurs\w*|"
                 r"help(?:ers?)?|attendant)", r"(?:help|helpers?|aides?|assistance)\s+(?:\w+\s+)?(?:at|in\s+the)\s+home",
                 r"caregiv\w*", r"(?<![\w-])aides?(?![\w-])", r"attendant\s+care", r"nursing\s+(?:care|services)", r"housekeep\w*",
                 r"skilled\s+nursing", r"in-?home\s+(?:care|support)")),
    TreatmentSet("transportation", "Transportation", (r"transport\w*", r"taxi", r"mileage",
                 r"rides?\s+to\s+(?:(?:the|his|her|my|their)\s+)?(?:doctor|appointments?|visits?|therapy|clinic)")),
    TreatmentSet("gym_membership", "Gym or pool membership", (r"(?:gym|pool|health\s+club|YMCA)\s+memberships?", r"gym\w*", r"memberships?")),
    TreatmentSet("weight_loss", "Weight loss program", (r"weight\s+(?:loss|reduction|management)", r"bariatric",
                 r"medifast", r"nutrisystem", r"diet\s+(?:programs?|plans?)",
                 r"weight\s+watchers")),
    TreatmentSet("office_visit", "Office visits and follow-up examinations", (r"office\s+visits?", r"check-?ups?",
                 r"check\s+ups",
                 r"doctor'?s?\s+(?:visits?|appointments?)",
                 r"follow-?\s?up\s+(?:visits?|appointments?|exam\w*)",
                 r"(?:physical|initial|follow-?up|re-?)\s?exam\w*",
                 # ... or bare, one of a list of things asked of: "CM16-0231745 exam, the manipulation and the e stim?",
                 # "the exams and the ultrasound" (not "nothing on exam and the MRI was normal")
                 r"(?:(?<=\bthe\s)|(?<=\d\s))exams?(?=\s*,\s*(?:and\s+|or\s+)?(?:the|a|an|his|her)\s|\s+(?:and|or|&)\s+(?:the\s+|a\s+|an\s+)?[a-z])",
                 # ... a bare word of a list typed without articles: "52 yo woman: exams, manipulation, e-stim, ultrasound"
                 r"(?<=[:,]\s)exams?(?=\s*,\s*[a-z])", r"(?<=,\s)exams?(?=\s*(?:[-\u2013\u2014?]|\s(?:and|or|&)\s))",
                 r"re-?evaluation", r"evaluation\s+and\s+management", r"(?-i:E&M)"),
                 (r"functional\s+capacity\s+exam\w*", r"independent\s+medical\s+exam\w*")),
    TreatmentSet("consultation", "Consultations and referrals", (r"consult\w*", r"referrals?",
                 r"refer(?:red)?\s+(?:to|back)", r"second\s+opinion", r"specialist")),
    TreatmentSet("urine_drug_screen", "Urine drug screen", (r"(?:urine\s+)?drug\s+(?:screen|test)\w*", r"UDS",
                 r"urine\s+(?:tests?|testing|screens?|screening)",
                 r"(?-i:UDT)", r"(?:urine\s+)?toxicolog\w*(?:\s+(?:screen|test)\w*)?", r"(?:urine\s+)?tox\s+(?:screen|test)\w*",
                 r"pee\s+tests?",
                 r"urine\s+samples?", r"pee(?:ing)?\s+in\s+(?:a|the)\s+cups?")),
    TreatmentSet("lab_tests", "Lab and pre-operative tests (blood work, PT/PTT, urinalysis, EKG, genetic tests)",
                 (r"labs?", r"laborator\w*", r"blood\s+(?:work|tests?|draw|panel)", r"(?-i:CBC|CMP|BMP|PTT|INR|LFTs?)",
                  r"metabolic\s+panel", r"PT\s*/\s*PTT", r"prothrombin", r"(?:hepatic|renal|liver)\s+function",
                  r"urinalysis", r"genetic\s+test\w*", r"(?-i:DNA)", r"pharmacogen\w*", r"cytokine",
                  r"EKGs?", r"ECGs?", r"electrocardiogra\w*"), (r"(?:urine\s+)?drug\s+(?:screen|test)\w*",)),
    # any diagnostic test, by the lay word: "her tests", "the diagnostic testing", "any of his studies": the
    # imaging, sleep and nerve studies, drug screens and labs (it comes after them, as a group must), never
    # an examination's test of a finding ("a positive Spurling's test", "provocative testing"), nor the verb;
    # a request is one by its member ("MRI of the lumbar spine"), a question by these words only
    TreatmentSet("tests", "Diagnostic tests",
                 (r"(?:diagnostic|medical)\s+(?:tests?|testing|stud(?:y|ies)|work-?ups?)", r"tests", r"testing", r"diagnostics?",
                  r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bany\s)|(?<=\bthat\s)|(?<=\bthis\s)|(?<=\bhis\s)|(?<=\bher\s)"
                  r"|(?<=\bmy\s)|(?<=\btheir\s)|(?<=\bone\s)|(?<='s\s)|(?<=\u2019s\s))test(?!\s+(?:him|her|them|me|it|for|whether|if)\b)",
                  r"(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\bmy\s)|(?<=\btheir\s)|(?<='s\s)|(?<=\u2019s\s))studies"),
                 (r"(?:[\w'\u2019-]+\s+)?(?:leg\s+rais\w*|SLR|Spurling\w*|Phalen\w*|Tinel\w*|Finkelstein\w*|Hawkins\w*|Neer\w*|McMurray\w*|"
                  r"Lachman\w*|drawer|impingement|provocative|provocation|orthop(?:a)?edic|special|clinical|physical|drop[-\s]arm|"
                  r"empty[-\s]can|apprehension|FABER|Patrick\w*|Romberg\w*|strength|muscle|sensory|sensation|reflex\w*|"
                  r"compression|distraction|Waddell\w*|Hoffman\w*|Babinski\w*|Yergason\w*|Speed\w*|O'Brien\w*|Apley\w*|"
                  r"Thessaly|Kemp\w*|slump|stress|pregnancy|balance|gait|grip|pinch|sitting|standing|exam(?:ination)?)(?:['\u2019]s)?\s+(?:tests?|testing)",
                  r"tests?\s+(?:was|were|is|are)\s+(?:positive|negative)",
                  # ... nor its own words inside a member's: "the nerve tests" are the nerve studies (named so by them)
                  r"(?:nerve|sleep|drug|blood|urine|pee|tox|toxicology|genetic|DNA|lab|laboratory|imaging|conduction|needle|"
                  r"muscle\s+and\s+nerve|nerve\s+and\s+muscle|electrodiagnostic)\s+(?:tests?|testing)",
                  # ... nor the tests a reviewer wanted done first ("what tests did the reviewer want before the PT?")
                  r"(?:tests?|testing)(?=\s+(?:did|does|do|would|should|will)\s+(?:the\s+|an?\s+)?\w+\s+(?:want|need|require|expect|look|"
                  r"ask|recommend|suggest|say)|\s+(?:that\s+)?(?:the\s+|an?\s+)?\w+\s+(?:wanted|needed|required|expected|recommended|"
                  r"suggested|asked|said))"),
                 ("imaging", "sleep_study", "nerve_study", "urine_drug_screen", "lab_tests"), own_words_in_text=True),
)  # fmt: skip
