"""Settings from IMR_* environment variables, built once and passed in explicitly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import msgspec

# name -> (field, default, meaning); the README's settings table mirrors this.
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
    "IMR_HOST": ("127.0.0.1", "address `imr serve` binds"),
    "IMR_PORT": ("8000", "port `imr serve` binds"),
    "IMR_API_KEY": ("", "when set, write endpoints need this value in the X-API-Key header"),
    "IMR_LLM_URL": ("", "OpenAI-compatible server base URL (…/v1) for LLM answers; empty = extractive"),
    "IMR_LLM_MODEL": ("local", "model name sent to the LLM server"),
    "IMR_LLM_TIMEOUT": ("20", "seconds before an LLM answer falls back to the extractive one"),
    "IMR_LOG_QUESTIONS": ("truncate", "how questions are logged: `truncate` (first 40 chars), `hash` or `off`"),
    "IMR_RATE_LIMIT": ("120/minute", "per-client limit on /api/search and /api/ask, `N/second|minute|hour|day` "
                       "(over it: 429 with Retry-After); empty disables"),
    "IMR_CORS_ORIGINS": ("", "comma-separated origins allowed to call the API from a browser (CORS); empty = CORS off"),
}


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    db: Path = Path("data/index")
    docs: Path = Path("data/index/documents")
    chroma_url: str = ""
    collection: str = "imr_letters"
    embed_backend: str = "auto"
    embed_batch: int = 32
    device: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str = ""
    llm_url: str = ""
    llm_model: str = "local"
    llm_timeout: float = 20.0
    log_questions: str = "truncate"
    rate_limit: str = "120/minute"
    cors_origins: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, (default, _meaning) in ENV_DOC.items():
            field = name.removeprefix("IMR_").lower()
            raw = env.get(name, default)
            values[field] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        if not values.get("docs"):
            values["docs"] = Path(str(values["db"])) / "documents"
        try:
            return msgspec.convert(values, cls, strict=False, dec_hook=_dec_hook)
        except msgspec.ValidationError as exc:
            from indexer.errors import ImrError

            field = str(exc).rpartition("$.")[2].rstrip("`") or "?"
            raise ImrError(f"setting IMR_{field.upper()}={values.get(field)!r} is not valid: {str(exc).split(' - ')[0]}") from None

    @property
    def store_kind(self) -> str:
        return "server" if self.chroma_url else "embedded"


def _dec_hook(type_: type, obj: object) -> object:
    if type_ is Path and isinstance(obj, (str, Path)):
        return Path(obj)
    raise NotImplementedError(type_)
