"""The serving process bounds glibc's heaps (service.app.bound_heaps), unless told otherwise."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(env_extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | {"PYTHONPATH": str(ROOT)} | env_extra
    code = "from service.app import bound_heaps; print(bound_heaps(), bound_heaps(3))"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="M_ARENA_MAX is glibc's")
def test_heaps_are_bounded_unless_the_environment_says_how_many():
    assert run({}) == "True True\n"
    assert run({"MALLOC_ARENA_MAX": "4"}) == "False False\n"
