"""The clinical case summary and the decision rationales, assembled from the phrase banks."""

from __future__ import annotations

import random

from corpus import phrases as P
from corpus.cases import Item, sentence_case
from corpus.vocab import REGIONS, Region


def _fill(rng: random.Random, s: str, reg: Region) -> str:
    if "{" not in s:
        return s
    return s.format(side2=rng.choice(("left", "right")), deg=rng.randrange(20, 75, 5),
                    derm=rng.choice(("L5", "S1", "L4", "C6", "C7")))


def finding(rng: random.Random, reg: Region) -> str:
    return _fill(rng, rng.choice(reg.findings), reg)


def join_list(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def summary(rng: random.Random, case: dict, items: list[Item]) -> list[str]:
    pron = "he" if case["sex"] == "male" else "she"
    ctx = {"age": case["age"], "sex": case["sex"], "doi": case["doi"], "job": rng.choice(P.JOBS),
           "Pron": pron.capitalize(), "pron": pron}
    regs = [REGIONS[r] for r in case["regions"]]
    dx = [rng.choice(r.diagnoses) for r in regs]
    if rng.random() < 0.4:
        dx.append(rng.choice(("chronic pain syndrome", "sleep disturbance", "anxiety and depression",
                              "myofascial pain")))
    first = [rng.choice(P.OPENERS).format(**ctx)]
    first.append(rng.choice(P.MECHANISM).format(gerund=rng.choice(P.MECH_GERUND), noun=rng.choice(P.MECH_NOUN),
                                                **ctx))
    first.append(rng.choice(P.DIAGNOSES).format(dx=join_list(dx), **ctx))
    first.append(rng.choice(P.TREATED).format(tx=join_list(rng.sample(P.PRIOR, rng.randint(2, 4))), **ctx))
    visit = [rng.choice(P.VISIT).format(date=case["visit"], word=rng.choice(P.PAIN_WORDS),
                                        region=regs[0].name if not regs[0].sided else "left " + regs[0].name
                                        if case["sides"].get(regs[0].key) == "left" else regs[0].name,
                                        p=case["pain"], **ctx)]
    f1, f2 = finding(rng, regs[0]), finding(rng, regs[-1])
    if f1 == f2:
        f2 = "otherwise intact strength and sensation"
    visit.append(rng.choice(P.EXAM).format(f1=f1, f2=f2))
    if rng.random() < 0.7:
        visit.append(rng.choice(P.MEDS).format(meds=join_list(rng.sample(P.MEDS_LIST, rng.randint(1, 3))), **ctx))
    things = [it.thing for it in items[:6]] + (["other services"] if len(items) > 6 else [])
    visit.append(rng.choice(P.PLAN).format(items=join_list(things)))
    visit.append(rng.choice(P.UR).format(ur=case["ur"]))
    if rng.random() < 0.5:
        return [" ".join(first + visit)]
    return [" ".join(first), " ".join(visit)]


def rationale(rng: random.Random, case: dict, it: Item, old: bool) -> str:
    ctx = {"thing": it.thing, "surgery": it.surgery}
    up = it.decision == "Upheld"
    if it.surgery:  # associated surgical service
        if up:
            parts = list(rng.choice(P.ASSOC_UPHELD))
        else:
            parts = list(P.ASSOC_OVERTURNED)
        if old:
            parts.insert(0, rng.choice(P.OLD_UPHELD_START if up else P.OLD_OVERTURNED_START))
        return " ".join(p.format(**ctx) for p in parts)
    reg: Region = it.extras["reg"]
    where = it.extras["words"]["r"] if it.region else reg.name
    g = rng.choice(P.GNAMES[it.gname])
    says = list(it.says)
    rng.shuffle(says)
    opening = [rng.choice(P.OPEN).format(g=g, says=says[0])]
    if len(says) > 1 and rng.random() < 0.5:
        opening.append(f"The guidelines also note that {says[1]}.")
    fctx = {"date": case["visit"], "region": where, "p": case["pain"], "finding": finding(rng, reg),
            "prior": rng.choice((6, 8, 12, 18, 24)), "prior_tx": rng.choice(("physical therapy", "chiropractic care",
                                                                           "acupuncture"))}
    facts = []
    for s in rng.sample(P.FINDINGS, rng.randint(1, 2)):
        facts.append(s.format(**fctx))
        fctx["finding"] = finding(rng, reg)
    bank = P.GAPS if up else P.SUPPORTS
    frames = P.GAP_FRAMES if up else P.SUPPORT_FRAMES
    rctx = {"region": where, "prior": fctx["prior"], "thing": it.thing, "since": case["since"],
            "date": case["visit"], "finding": fctx["finding"], "p": case["pain"], "p2": max(1, case["pain"] - 4)}
    pool = list(bank[it.category]) + (list(P.KIND_GAPS.get(it.kind, ())) * 2 if up else [])
    chosen = rng.sample(pool, rng.randint(1, min(3, len(set(pool)))))
    chosen = list(dict.fromkeys(chosen))
    reasons = [f.format(g=s.format(**rctx)) for f, s in zip(rng.sample(frames, len(chosen)), chosen)]
    end = rng.choice(P.UPHELD_END if up else P.OVERTURNED_END).format(**ctx)
    order = rng.randrange(3)
    if order == 0:
        body = opening + facts + reasons
    elif order == 1:
        body = facts + opening + reasons
    else:
        body = opening + reasons[:1] + facts + reasons[1:]
    sents = body + [end]
    if old:
        sents.insert(0, rng.choice(P.OLD_UPHELD_START if up else P.OLD_OVERTURNED_START).format(**ctx))
        return "  ".join(sentence_case(s) for s in sents)
    return " ".join(sentence_case(s) for s in sents)
