"""A kind of request named before a noun reads as a modifier (service.wording): "pillow requests",
"NSAID requests", "TENS unit requests (and ...)", never "pillows requests". Pure text, every
treatment set's label included."""

from __future__ import annotations

import re

from indexer.treatments import LABELS
from service.wording import kind_of, modifier, singular


def test_a_plural_head_noun_is_singular_before_the_noun() -> None:
    assert kind_of("pillows", "requests") == "pillow requests"
    assert kind_of("NSAIDs", "requests") == "NSAID requests"
    assert kind_of("x-rays", "request") == "x-ray request"
    assert kind_of("MRIs", "denials") == "MRI denials"
    assert kind_of("nerve studies (EMG, NCS/NCV, electrodiagnostic)", "items") == \
        "nerve study (EMG, NCS/NCV, electrodiagnostic) items"
    assert kind_of("braces, splints and supports", "requests") == "brace, splint and support requests"
    assert kind_of("mattresses and beds", "requests") == "mattress and bed requests"
    assert kind_of("cold/heat therapy units", "request") == "cold/heat therapy unit request"


def test_a_mass_noun_an_abbreviation_and_a_singular_in_s_stay() -> None:
    assert kind_of("physical therapy", "requests") == "physical therapy requests"
    assert kind_of("lumbar MRI", "requests") == "lumbar MRI requests"
    assert kind_of("nerve conduction studies (NCS/NCV)", "requests") == "nerve conduction study (NCS/NCV) requests"
    assert kind_of("neuroplasty, neurolysis, adhesiolysis", "requests") == "neuroplasty, neurolysis, adhesiolysis requests"
    assert [singular(w) for w in ("NCS", "bypass", "stimulus", "diabetes", "CTs", "studies")] == \
        ["NCS", "bypass", "stimulus", "diabetes", "CT", "study"]


def test_a_group_is_any_of_its_members_and_a_qualifier_follows_the_noun() -> None:
    assert kind_of("medications (any)", "requests") == "medication requests"
    assert kind_of("muscle relaxants (any)", "request") == "muscle relaxant request"
    assert kind_of("TENS unit (and interferential stimulator decided under its guideline)", "requests") == \
        "TENS unit requests (and interferential stimulator decided under its guideline)"
    assert kind_of("disputed (reviewer: Physical Medicine & Rehabilitation)", "requests") == \
        "disputed requests (reviewer: Physical Medicine & Rehabilitation)"
    # a set's own gloss stays by its name, the qualifier after it follows the noun
    assert kind_of("sleep study (polysomnography) (reviewer: Neurology)", "requests") == \
        "sleep study (polysomnography) requests (reviewer: Neurology)"
    # two sets, each with its gloss: every bracket stays where it is
    assert kind_of("hydrocodone (Norco, Vicodin) / tramadol (Ultram, Ultracet)", "requests") == \
        "hydrocodone (Norco, Vicodin) / tramadol (Ultram, Ultracet) requests"


def test_every_set_label_reads_as_a_modifier() -> None:
    said = {s: modifier(label) for s, label in LABELS.items()}
    assert (said["pillow"], said["nsaid"], said["orthotics"], said["topical"], said["walking_aid"]) == \
        ("pillow", "NSAID", "foot orthotic", "topical analgesic and compound", "walking aid and wheelchair")
    # the one head that still ends in s is singular ("adhesiolysis"); no "(any)" is left
    assert [m for m in said.values() if re.search(r"[a-z]s$", m.split(" (")[0])] == ["neuroplasty, neurolysis, adhesiolysis"]
    assert not [m for m in said.values() if "(any)" in m]
