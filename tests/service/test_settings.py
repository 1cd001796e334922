"""Each layer's settings from its own IMR_* variables; the service's compose the indexer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ImrError
from indexer.settings import ENV_DOC as INDEXER_ENV
from indexer.settings import Settings
from service.settings import ENV_DOC as SERVICE_ENV
from service.settings import ServiceSettings


def test_each_variable_names_a_field_of_its_own_layer():
    assert {n.removeprefix("IMR_").lower() for n in INDEXER_ENV} == set(Settings.__struct_fields__)
    assert {n.removeprefix("IMR_").lower() for n in SERVICE_ENV} == set(ServiceSettings.__struct_fields__) - {"index"}


def test_documented_defaults_are_the_field_defaults():
    assert Settings.from_env({}) == Settings()
    assert ServiceSettings.from_env({}) == ServiceSettings()


def test_environment_and_overrides_reach_the_right_layer():
    env = {"IMR_DB": "/x/chroma", "IMR_PORT": "9001", "IMR_LLM_TIMEOUT": "2.5", "IMR_RATE_LIMIT": ""}
    got = ServiceSettings.from_env(env, docs=Path("/y"), api_key="k", port=None)
    assert got.index == Settings(db=Path("/x/chroma"), docs=Path("/y"))
    assert (got.port, got.llm_timeout, got.rate_limit, got.api_key) == (9001, 2.5, "", "k")


def test_bad_value_names_the_variable():
    with pytest.raises(ImrError, match=r"^setting IMR_PORT='eighty' is not valid: Expected `int`, got `str`$"):
        ServiceSettings.from_env({"IMR_PORT": "eighty"})
    with pytest.raises(ImrError, match=r"^setting IMR_EMBED_BATCH='many' is not valid"):
        ServiceSettings.from_env({"IMR_EMBED_BATCH": "many"})


def test_a_service_setting_is_not_an_indexer_setting():
    with pytest.raises(TypeError, match="Settings has no setting"):
        Settings.from_env({}, api_key="k")
    with pytest.raises(TypeError, match="Settings has no setting"):
        ServiceSettings.from_env({}, colour="blue")
