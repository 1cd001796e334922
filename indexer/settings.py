"""The indexer's settings from IMR_* environment variables, built once and passed in explicitly.

The service's own settings (address, keys, limits, the LLM) live in service/settings.py, which
composes these."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

import msgspec

# name -> (default, meaning); the README's settings table lists these and service/settings.py's.
ENV_DOC: dict[str, tuple[str, str]] = {
    "IMR_DB": ("data/index", "the index folder: catalog, vectors, lexical segment and the embedded Chroma store"),
    "IMR_DOCS": ("", "folder where the original letter files are kept as indexed (served by the API); "
                 "empty = `documents` inside the index folder"),
    "IMR_CHROMA_URL": ("", "use a Chroma server (`chroma run`) at http://HOST:PORT instead of the embedded store"),
    "IMR_COLLECTION": ("imr_letters", "Chroma collection name"),
    "IMR_EMBED_BACKEND": ("auto", "encoder: `auto` (torch fp16 on a CUDA GPU, else `onnx-int8`), `torch` (CPU fp32 "
                          "or CUDA fp16), `onnx` (onnxruntime fp32) or `onnx-int8` (int8 MatMul weights, fastest on CPU)"),
    "IMR_EMBED_BATCH": ("32", "sentences per encoder batch"),
    "IMR_DEVICE": ("", "force a torch device (`cpu`, `cuda`); empty picks CUDA when present"),
}

T = TypeVar("T", bound=msgspec.Struct)


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    db: Path = Path("data/index")
    docs: Path = Path("data/index/documents")
    chroma_url: str = ""
    collection: str = "imr_letters"
    embed_backend: str = "auto"
    embed_batch: int = 32
    device: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        settings = from_env(cls, ENV_DOC, environ, overrides)
        if not str(settings.docs) or settings.docs == Path("."):  # IMR_DOCS empty: beside the index
            settings = msgspec.structs.replace(settings, docs=settings.db / "documents")
        return settings

    @property
    def store_kind(self) -> str:
        return "server" if self.chroma_url else "embedded"


def from_env(cls: type[T], doc: Mapping[str, tuple[str, str]], environ: Mapping[str, str] | None,
             overrides: Mapping[str, object]) -> T:
    """`cls` from the variables in `doc` (IMR_FIELD -> field), defaults from `doc`, then `overrides`
    (None means not given). A bad value raises ImrError naming the variable."""
    unknown = set(overrides) - set(cls.__struct_fields__)
    if unknown:
        raise TypeError(f"{cls.__name__} has no setting(s) {', '.join(sorted(unknown))}")
    env = os.environ if environ is None else environ
    values: dict[str, object] = {name.removeprefix("IMR_").lower(): env.get(name, default)
                                 for name, (default, _meaning) in doc.items()}
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return msgspec.convert(values, cls, strict=False, dec_hook=_dec_hook)
    except msgspec.ValidationError as exc:
        from indexer.errors import ImrError

        field = str(exc).rpartition("$.")[2].rstrip("`") or "?"
        raise ImrError(f"setting IMR_{field.upper()}={values.get(field)!r} is not valid: {str(exc).split(' - ')[0]}") from None


def _dec_hook(type_: type, obj: object) -> object:
    if type_ is Path and isinstance(obj, (str, Path)):
        return Path(obj)
    raise NotImplementedError(type_)
