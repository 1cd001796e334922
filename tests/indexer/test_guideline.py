"""parse_guideline: one part per source, with its own sections and pages; the family rule."""

from __future__ import annotations

from indexer.guideline import families, parse_guideline
from indexer.model import CitationPart

ODG = "Official Disability Guidelines (ODG)"


def test_two_mtus_chapters_each_with_their_sections() -> None:
    g = parse_guideline(
        "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain Medical Treatment "
        "2016, Section(s): Facet blocks."
    )
    assert g.parts == (
        CitationPart(family="MTUS", name="MTUS Low Back Complaints 2004", chapter="Low Back Complaints",
                     year="2004", sections=("Summary",)),
        CitationPart(family="MTUS", name="MTUS Chronic Pain Medical Treatment 2016",
                     chapter="Chronic Pain Medical Treatment", year="2016", sections=("Facet blocks",)),
    )  # fmt: skip
    assert g.sources == ("MTUS Low Back Complaints 2004", "MTUS Chronic Pain Medical Treatment 2016")
    assert g.sections == ("Summary", "Facet blocks")


def test_three_chapters_and_an_odg_chapter_with_its_topic() -> None:
    g = parse_guideline(
        "Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Initial Care, and Shoulder "
        "Complaints 2004, Section(s): Initial Care, and Low Back Complaints 2004, Section(s): Initial Care, Physical "
        "Methods. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips & Pelvis Chapter, "
        "X-Ray."
    )
    assert [(p.family, p.chapter, p.sections, p.topic) for p in g.parts] == [
        ("MTUS", "Neck and Upper Back Complaints", ("Initial Care",), ""),
        ("MTUS", "Shoulder Complaints", ("Initial Care",), ""),
        ("MTUS", "Low Back Complaints", ("Initial Care", "Physical Methods"), ""),
        ("ODG", "Hip & Pelvis", (), "X-Ray"),
    ]
    assert families(g) == ["MTUS", "ODG"]
    assert g.outside_mtus is True


def test_odg_forms() -> None:
    def odg(text: str) -> list[tuple[str, str, str]]:
        return [(p.chapter, p.topic, p.year) for p in parse_guideline("Decision based on Non-MTUS Citation " + text).parts]

    assert odg("Official Disability Guidelines (ODG) Low Back - Lumbar and Thoracic Chapter (updated 12/20/16), MRI "
               "(magnetic resonance imaging).") == [("Low Back", "MRI (magnetic resonance imaging)", "")]  # fmt: skip
    assert odg("Official Disability Guidelines (ODG), Neck and Upper Back; Low Back.") == [
        ("Neck & Upper Back", "", ""),
        ("Low Back", "", ""),
    ]
    assert odg("Official Disability Guidelines (ODG) 2016 Shoulder Chapter: MR arthrogram.") == [
        ("Shoulder", "MR arthrogram", "2016")
    ]
    assert odg("Official Disability Guidelines (ODG) MRI Elbow.") == [("Elbow", "MRI", "")]
    assert odg("Official Disability Guidelines (ODG) Physical therapy/Preface.") == [("Preface", "Physical therapy", "")]
    assert odg("Official Disability Guidelines, Pain Chapter, Antidepressants for Chronic Pain.") == [
        ("Pain", "Antidepressants for Chronic Pain", "")
    ]
    assert odg("Shoulder (Acute & Chronic), Physical Therapy, ODG Preface \u2013 Physical Therapy.") == [
        ("Shoulder", "Physical Therapy", ""),
        ("Preface", "Physical Therapy", ""),
    ]
    assert odg("Official Disability Guidelines (ODG), Work Loss Data Institute (21th Annual Edition), 2016, Neck and "
               "Upper Back (Acute & Chronic) Chapter.") == [("Neck & Upper Back", "", "2016")]  # fmt: skip
    assert odg("ODG Chiropractic guidelines.") == [("", "Chiropractic guidelines", "")]
    # the generator's forms (corpus/cite.py)
    assert odg("Official Disability Guidelines, Knee & Leg - Aquatic therapy.") == [("Knee & Leg", "Aquatic therapy", "")]
    assert odg("ODG Pain (Chronic) Chapter, Proton pump inhibitors (PPIs).") == [
        ("Pain", "Proton pump inhibitors (PPIs)", "")
    ]
    older = parse_guideline("Decision based on Non-MTUS Official Disability Guidelines (ODG), Knee & Leg Chapter, MRI.")
    assert [(p.family, p.name, p.chapter, p.topic) for p in older.parts] == [("ODG", ODG, "Knee & Leg", "MRI")]


def test_acoem_outside_mtus_and_a_second_source() -> None:
    g = parse_guideline(
        "Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Low Back "
        "Disorders, pg. 607."
    )
    assert g.parts == (
        CitationPart(family="ACOEM", name="ACOEM Occupational Medicine Practice Guidelines, 3rd ed.",
                     chapter="Low Back Disorders", pages=("607",)),
    )  # fmt: skip
    two = parse_guideline(
        "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips and Pelvis (Acute and Chronic), "
        "MRI (magnetic resonance imaging) and Other Medical Treatment Guidelines ACOEM Hip and Groin Disorders, "
        "Diagnostic Testing, MRI."
    )
    assert [(p.family, p.name, p.chapter, p.topic) for p in two.parts] == [
        ("ODG", ODG, "Hip & Pelvis", "MRI (magnetic resonance imaging)"),
        ("ACOEM", "ACOEM", "Hip and Groin Disorders", "Diagnostic Testing, MRI"),
    ]


def test_web_pages_keep_url_host_and_title() -> None:
    g = parse_guideline(
        "Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016."
    )
    assert g.parts == (
        CitationPart(family="other", name="uptodate.com", url="UpToDate.com", host="uptodate.com",
                     title="Sildenafil: Drug information"),
    )  # fmt: skip
    assert g.source == "uptodate.com"  # not "http" or "Sildenafil"
    url = parse_guideline(
        "Decision based on Non-MTUS Citation Low back pain imaging, https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3/."
    )
    assert url.parts == (
        CitationPart(family="other", name="www.ncbi.nlm.nih.gov", url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3/",
                     host="www.ncbi.nlm.nih.gov", title="Low back pain imaging"),
    )  # fmt: skip
    mixed = parse_guideline(
        "Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability "
        "Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI) "
        "and Other Medical Treatment Guidelines www.mdguidelines.com."
    )
    assert [(p.family, p.chapter, p.host) for p in mixed.parts] == [
        ("MTUS", "Low Back Complaints", ""),
        ("ODG", "Low Back", ""),
        ("other", "", "www.mdguidelines.com"),
    ]


def test_other_named_sources() -> None:
    michigan = parse_guideline(
        "Decision based on Non-MTUS Citation University of Michigan Health System. Gastroesophageal reflux disease "
        "(GERD). Ann Arbor (MI): University of Michigan Health System; 2007 Jan. 10."
    )
    assert michigan.parts == (
        CitationPart(family="other", name="University of Michigan Health System", year="2007",
                     title="Gastroesophageal reflux disease (GERD)"),
    )  # fmt: skip
    article = parse_guideline(
        "Decision based on Non-MTUS Citation Chou R, Qaseem A. Diagnosis and treatment of low back pain. Ann Intern "
        "Med. 2007;147(7):478-91."
    )
    assert [(p.family, p.name, p.title, p.year) for p in article.parts] == [
        ("other", "Chou R, Qaseem A", "Diagnosis and treatment of low back pain", "2007")
    ]
    cms = parse_guideline(
        "Decision based on Non-MTUS Citation Centers for Medicare & Medicaid Services, Medicare Benefit Policy Manual, "
        "Chapter 7, Home Health Services."
    )
    assert [(p.family, p.name, p.title) for p in cms.parts] == [
        ("other", "Centers for Medicare & Medicaid Services", "Medicare Benefit Policy Manual, Chapter 7, Home Health Services")
    ]


def test_no_evidence_and_boilerplate_have_no_parts() -> None:
    g = parse_guideline("The Expert Reviewer did not cite any medical evidence for its decision.")
    assert (g.parts, g.source, g.no_evidence) == ((), "", True)
    assert families(g) == []


def test_older_layout_pages_go_to_their_chapter() -> None:
    g = parse_guideline(
        "Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints, Chapter 12 Low Back Complaints "
        "Page(s): 303-305, 177-179."
    )
    assert g.parts == (
        CitationPart(family="MTUS", name="MTUS ACOEM Chapter 8 Neck and Upper Back Complaints",
                     chapter="Neck and Upper Back Complaints", pages=("177-179",)),
        CitationPart(family="MTUS", name="MTUS ACOEM Chapter 12 Low Back Complaints", chapter="Low Back Complaints",
                     pages=("303-305",)),
    )  # fmt: skip
    cp = parse_guideline("Decision based on MTUS Chronic Pain Treatment Guidelines MUSCLE RELAXANTS Page(s): 63-66.")
    assert cp.parts == (
        CitationPart(family="MTUS", name="MTUS Chronic Pain Treatment Guidelines", chapter="Chronic Pain Medical Treatment",
                     sections=("MUSCLE RELAXANTS",), pages=("63-66",)),
    )  # fmt: skip
    elbow = parse_guideline("Decision based on MTUS ACOEM Elbow Disorders (Revised 2007) Page(s): 33-35.")
    assert [(p.chapter, p.year, p.pages) for p in elbow.parts] == [("Elbow Complaints", "2007", ("33-35",))]
    seven = parse_guideline("Decision based on MTUS ACOEM Chapter 7 Page(s): 137-138.")
    assert [(p.name, p.chapter, p.pages) for p in seven.parts] == [
        ("MTUS ACOEM Chapter 7", "General Approaches", ("137-138",))
    ]


def test_family_rule() -> None:
    # An ACOEM chapter cited under MTUS is MTUS; ACOEM's 3rd edition outside MTUS is ACOEM.
    assert families(parse_guideline("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303.")) == [
        "MTUS"
    ]
    assert families(
        parse_guideline(
            "Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation ACOEM Low Back "
            "Disorders. Decision based on Non-MTUS Citation https://example.org/page."
        )
    ) == ["MTUS", "ACOEM", "other"]
