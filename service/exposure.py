"""Who may write and how fast anyone may ask, by where the server listens and whether it has a key.

- Without IMR_API_KEY, uploads and deletions are accepted only from this machine (a loopback
  client address); any other address gets 403 saying to set a key. With a key, every write needs
  it, from everywhere.
- IMR_RATE_LIMIT=auto (the default) is off for a server bound to loopback without a key (the
  project's own scripts, `imr eval --url`, a second tab), and 120/minute per client otherwise.
- `startup_lines` says at start which of these is in force, and warns when the server listens
  beyond loopback without a key or without a limit.
"""

from __future__ import annotations

import ipaddress

from service.settings import ServiceSettings

DEFAULT_LIMIT = "120/minute"
LOOPBACK_NAMES = ("localhost", "ip6-localhost", "ip6-loopback")
NO_KEY_WRITE = ("uploads and deletions are accepted only from this machine when the server has no API key: "
                "set IMR_API_KEY on the server and send it in the X-API-Key header")


def is_loopback(host: str | None) -> bool:
    """Whether an address (a client's, or one to bind) is this machine's loopback."""
    if not host:
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped and mapped.is_loopback)


def rate_limit(settings: ServiceSettings) -> str:
    """The limit in force: IMR_RATE_LIMIT, with `auto` read for where the server listens."""
    spec = settings.rate_limit.strip()
    if spec.lower() != "auto":
        return spec
    return "" if is_loopback(settings.host) and not settings.api_key else DEFAULT_LIMIT


def startup_lines(settings: ServiceSettings) -> list[tuple[str, str]]:
    """(level, line) pairs to print when `imr serve` starts: "info" or "warning"."""
    beyond = not is_loopback(settings.host)
    limit = rate_limit(settings)
    lines = [("info", "writes (upload, delete): need the X-API-Key header (IMR_API_KEY is set)" if settings.api_key
              else "writes (upload, delete): accepted from this machine only (no IMR_API_KEY)"),
             ("info", f"rate limit: {limit} per client on /api/search and /api/ask" if limit
              else "rate limit: off (set IMR_RATE_LIMIT, e.g. 120/minute, to turn it on)")]
    if beyond and not settings.api_key:
        lines.append(("warning", f"listening beyond loopback ({settings.host}) without IMR_API_KEY: uploads and "
                                 "deletions from other addresses are refused (403); set IMR_API_KEY to allow them "
                                 "with the key"))
    if beyond and not limit:
        lines.append(("warning", f"listening beyond loopback ({settings.host}) with no rate limit: set "
                                 f"IMR_RATE_LIMIT, e.g. {DEFAULT_LIMIT}"))
    return lines
