"""Who may write, the rate limit in force, and what `imr serve` says at start (service.exposure)."""

from __future__ import annotations

from service.exposure import is_loopback, rate_limit, startup_lines
from service.settings import ServiceSettings


def test_loopback_addresses_and_others():
    for host in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1", "localhost", "LOCALHOST"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "10.0.0.7", "192.168.1.2", "::ffff:10.0.0.7", "fe80::1%eth0", "testclient", "",
                 None, "example.org"):
        assert not is_loopback(host), host


def test_auto_rate_limit_is_off_only_on_loopback_without_a_key():
    assert rate_limit(ServiceSettings()) == ""
    assert rate_limit(ServiceSettings(host="::1")) == ""
    assert rate_limit(ServiceSettings(api_key="k")) == "120/minute"
    assert rate_limit(ServiceSettings(host="0.0.0.0")) == "120/minute"
    assert rate_limit(ServiceSettings(host="0.0.0.0", rate_limit="")) == ""
    assert rate_limit(ServiceSettings(rate_limit="5/second")) == "5/second"
    assert ServiceSettings.from_env({}).rate_limit == "auto"


def test_start_up_says_which_mode_is_in_force_and_warns_beyond_loopback():
    assert startup_lines(ServiceSettings()) == [
        ("info", "writes (upload, delete): accepted from this machine only (no IMR_API_KEY)"),
        ("info", "rate limit: off (set IMR_RATE_LIMIT, e.g. 120/minute, to turn it on)"),
    ]
    assert startup_lines(ServiceSettings(host="0.0.0.0", api_key="k")) == [
        ("info", "writes (upload, delete): need the X-API-Key header (IMR_API_KEY is set)"),
        ("info", "rate limit: 120/minute per client on /api/search and /api/ask"),
    ]
    warnings = [line for level, line in startup_lines(ServiceSettings(host="0.0.0.0", rate_limit="")) if level == "warning"]
    assert warnings == [
        "listening beyond loopback (0.0.0.0) without IMR_API_KEY: uploads and deletions from other addresses are "
        "refused (403); set IMR_API_KEY to allow them with the key",
        "listening beyond loopback (0.0.0.0) with no rate limit: set IMR_RATE_LIMIT, e.g. 120/minute",
    ]
