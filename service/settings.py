"""The service's settings: where `imr serve` listens, who may write, how fast clients may ask,
which browsers may call, the LLM, and how questions are logged. They compose the indexer's
settings (`.index`), each layer built from its own IMR_* variables."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from indexer.settings import Settings, from_env

# name -> (default, meaning); the README's settings table lists these and indexer/settings.py's.
ENV_DOC: dict[str, tuple[str, str]] = {
    "IMR_HOST": ("127.0.0.1", "address `imr serve` binds"),
    "IMR_PORT": ("8000", "port `imr serve` binds"),
    "IMR_API_KEY": ("", "when set, uploads and deletions need this value in the X-API-Key header, from every "
                    "address; when empty, they are accepted from loopback only (403 elsewhere)"),
    "IMR_LLM_URL": ("", "OpenAI-compatible server base URL (…/v1) for LLM answers; empty = extractive"),
    "IMR_LLM_MODEL": ("local", "model name sent to the LLM server"),
    "IMR_LLM_TIMEOUT": ("20", "seconds before an LLM answer falls back to the extractive one"),
    "IMR_LOG_QUESTIONS": ("truncate", "how questions are logged: `truncate` (first 40 chars), `hash` or `off`"),
    "IMR_RATE_LIMIT": ("auto", "per-client limit on /api/search and /api/ask, `N/second|minute|hour|day` "
                       "(over it: 429 with Retry-After); `auto` = off on loopback without a key, else 120/minute; "
                       "empty disables"),
    "IMR_CORS_ORIGINS": ("", "comma-separated origins allowed to call the API from a browser (CORS); empty = CORS off"),
}


class ServiceSettings(msgspec.Struct, frozen=True, kw_only=True):
    index: Settings = msgspec.field(default_factory=Settings)
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str = ""
    llm_url: str = ""
    llm_model: str = "local"
    llm_timeout: float = 20.0
    log_questions: str = "truncate"
    rate_limit: str = "auto"
    cors_origins: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "ServiceSettings":
        """Both layers from the environment; an override names a field of either layer."""
        ours = {k: v for k, v in overrides.items() if k in cls.__struct_fields__}
        theirs = {k: v for k, v in overrides.items() if k not in ours}
        service = from_env(cls, ENV_DOC, environ, ours)
        return msgspec.structs.replace(service, index=Settings.from_env(environ, **theirs))
