"""A person's "nerve burning procedure" is a radiofrequency ablation or a neurolytic injection
(indexer.treatments_procedures): over a letter whose only such request is an "Injection of
neurolytic substance", the lay words find it (service.gather.absent_named tries every set the
words are read as, not only the first) rather than saying no letter has it. End to end with the
real model over a sample letter whose wrist MRI is rewritten as that injection."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.conftest import SAMPLE, ask

CASE = "CM13-0274334"
REQUEST = "INJECTION OF NEUROLYTIC SUBSTANCE, LUMBAR SPINE"


@pytest.fixture(scope="module")
def client(tmp_path_factory, real_encoder):
    from indexer.pipeline import index_paths
    from indexer.store import open_store
    from service.app import create_app
    from service.engine import Engine
    from service.settings import ServiceSettings

    root = tmp_path_factory.mktemp("nerve-burning")
    text = (SAMPLE / f"{CASE}.txt").read_text(encoding="utf-8")
    text = text.replace("MAGNETIC RESONANCE IMAGING (MRI) OF THE RIGHT WRIST", REQUEST)
    text = text.replace("magnetic resonance imaging (MRI) of the right wrist", REQUEST.lower())
    (root / f"{CASE}.txt").write_text(text, encoding="utf-8")
    service = ServiceSettings.from_env({}, db=root / "chroma", docs=root / "documents")
    store = open_store(service.index)
    report = index_paths(service.index, [root / f"{CASE}.txt"], store=store, encoder=real_encoder)
    assert report.indexed == 1 and not report.failed
    with TestClient(create_app(service, engine=Engine(service.index, store, real_encoder))) as http:
        yield http


@pytest.mark.parametrize("question", ["was the nerve burning procedure denied?",
                                      "why did they deny burning off the nerves in his low back?"])
def test_the_lay_nerve_burning_finds_the_neurolytic_injection(client, question) -> None:
    answer = ask(client, question)
    assert answer["not_found"] == ""
    assert answer["citations"][1]["request"] == REQUEST
    assert f'In case {CASE}, the request for "{REQUEST}" was denied (Upheld' in answer["answer"]


def test_asked_of_my_own_back_it_is_the_nearest_decision(client) -> None:
    # no case and no patient given: no letter is the asker's (service.no_one); the injection is related
    answer = ask(client, "why did they deny burning off the nerves in my low back?")
    assert answer["not_found"] == "no_one_named"
    assert answer["related"][0]["request"] == REQUEST
