"""The `imr index`, `imr parse` and `imr generate` commands through click's CliRunner."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import cli

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
TWO = ["CM16-0247255", "CM16-0242302"]  # small letters: 1 item each, 4 and 6 chunks


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"IMR_DB": str(tmp_path / "chroma"), "IMR_DOCS": str(tmp_path / "documents"), "IMR_CHROMA_URL": ""}


@pytest.fixture
def letters(real_letters) -> Path:
    return real_letters(TWO)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch, fake_encoder):
    """The CLI's encoder loader, replaced by the fake encoder (for the fast CLI tests)."""
    import indexer.embed

    monkeypatch.setattr(indexer.embed, "load_encoder", lambda settings: fake_encoder)
    return fake_encoder


@pytest.mark.slow
def test_index_with_the_real_model_prints_the_summary(env, letters: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["index", str(letters)], env=env)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "indexed 2 letters (10 chunks), unchanged 0, failed 0"
    assert lines[1] == f"store: {tmp_path / 'chroma'} (10 chunks, 2 letters)"
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["CM16-0242302.txt", "CM16-0247255.txt"]


def test_index_again_is_unchanged_and_loads_no_model(env, letters: Path, fake_model, monkeypatch) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["index", str(letters)], env=env)
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[0] == "indexed 2 letters (10 chunks), unchanged 0, failed 0"
    assert fake_model.calls == 1

    import indexer.embed

    def no_model(settings):
        raise AssertionError("the model was loaded for an unchanged corpus")

    monkeypatch.setattr(indexer.embed, "load_encoder", no_model)
    again = runner.invoke(cli, ["index", str(letters)], env=env)
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines()[0] == "indexed 0 letters (0 chunks), unchanged 2, failed 0"


def test_index_exits_1_and_names_each_failed_file(env, letters: Path, fake_model, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    prose = tmp_path / "prose.txt"
    prose.write_text("Dear neighbour, the hedge needs trimming before the summer fair.\n")
    result = CliRunner().invoke(cli, ["index", str(letters), str(empty), str(prose)], env=env)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == "indexed 2 letters (10 chunks), unchanged 0, failed 2"
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert [line.split(": ")[1] for line in failed] == [str(empty), str(prose)]
    assert f"failed: {empty}: file is empty" in result.stderr
    assert f"failed: {prose}: not an IMR determination letter" in result.stderr


def test_index_with_db_option_and_prune(env, letters: Path, fake_model, tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "other-db"
    assert runner.invoke(cli, ["index", str(letters), "--db", str(db)], env=env).exit_code == 0
    (letters / "CM16-0242302.txt").unlink()
    result = runner.invoke(cli, ["index", str(letters), "--db", str(db), "--prune"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "indexed 0 letters (0 chunks), unchanged 1, failed 0, pruned 1",
        f"store: {db} (4 chunks, 1 letters)",
    ]


def test_parse_json_prints_one_object_per_letter(letters: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(letters), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["case_number"] for r in rows] == ["CM16-0242302", "CM16-0247255"]
    assert [[(i["request"], i["decision"]) for i in r["items"]] for r in rows] == [
        [("MRI without contrast of the right elbow", "Upheld")],
        [("MRI of the lumbar spine without contrast", "Upheld")],
    ]
    assert all("text" not in r for r in rows)
    with_text = CliRunner().invoke(cli, ["parse", str(letters / "CM16-0247255.txt"), "--json", "--text"])
    (row,) = [json.loads(line) for line in with_text.stdout.splitlines()]
    assert row["text"].startswith("Case Number: CM16-0247255\nDate Assigned: 12/30/2016 Date of Injury: 10/14/2016\n")


def test_parse_plain_lists_items(letters: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(letters / "CM16-0247255.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"CM16-0247255  {letters / 'CM16-0247255.txt'}  (1 items, 2 pages)",
        "  1. MRI of the lumbar spine without contrast: Upheld  (p. 1,2)",
    ]


def test_parse_bad_file_exits_1_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf at all")
    result = CliRunner().invoke(cli, ["parse", str(bad), str(tmp_path / "nope.txt"), "--json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stdout == ""
    missing, unreadable = result.stderr.splitlines()
    assert missing == f"failed: {tmp_path / 'nope.txt'}: no such file or folder"
    assert unreadable.startswith(f"failed: {bad}: not a readable PDF (")
    assert unreadable.endswith("check that the file is a complete, unencrypted-or-openable PDF letter")


def test_generate_writes_letters(tmp_path: Path) -> None:
    generate = importlib.import_module("corpus.generate")
    if not hasattr(generate, "write_corpus"):
        pytest.skip("corpus.generate has no write_corpus yet")
    out = tmp_path / "generated"
    result = CliRunner().invoke(cli, ["generate", str(out), "-n", "3", "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote 3 letters to {out}"
    letters = sorted(p for p in out.iterdir() if p.suffix in (".txt", ".pdf"))
    assert len(letters) == 3
    assert len((out / "truth.jsonl").read_text().splitlines()) == 3
    again = tmp_path / "again"
    CliRunner().invoke(cli, ["generate", str(again), "-n", "3", "--seed", "1"])
    assert [p.read_bytes() for p in letters] == [(again / p.name).read_bytes() for p in letters]
    parsed = CliRunner().invoke(cli, ["parse", str(out), "--json"])
    assert parsed.exit_code == 0, parsed.output
    assert len(parsed.stdout.splitlines()) == 3


def test_parse_json_shows_sentence_roles_and_reasons(letters: Path, fake_model) -> None:
    result = CliRunner().invoke(cli, ["parse", str(letters / "CM16-0247255.txt"), "--json", "--text"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    (item,) = row["items"]
    quoted = [(row["text"][a:b], s["role"]) for s in item["sentences"] for a, b in [s["span"]]]
    assert [role for _text, role in quoted] == ["guideline", "finding", "finding", "conclusion"]
    assert quoted[1] == ("There were no\nred flag symptoms.", "finding")  # spans index the letter text as printed
    assert item["reasons"] == [
        {"code": "no_objective_findings", "spans": [item["sentences"][1]["span"], item["sentences"][2]["span"]]}
    ]
    assert fake_model.calls == 0  # every sentence settled by the rules: the model is not loaded
