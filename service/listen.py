"""The listening socket of `imr serve`, bound before the URL is announced: a port in use or an
address this machine does not have is said plainly, with what to try."""

from __future__ import annotations

import errno
import socket

from indexer.errors import ImrError


def bind(host: str, port: int) -> socket.socket:
    """A socket listening on host:port (uvicorn serves on it)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ImrError(f"cannot listen on {host}: the address does not resolve ({exc.strerror}); try --host 127.0.0.1")
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            free = next_free(host, port)
            hint = f"try --port {free}" if free else "try another --port"
            raise ImrError(f"port {port} on {host} is in use (another `imr serve`, or another program): {hint}") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ImrError(f"not allowed to listen on {host}:{port} (ports below 1024 need privileges): try --port 8000") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise ImrError(f"cannot listen on {host}: this machine has no such address; try --host 127.0.0.1") from None
        raise ImrError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.set_inheritable(True)
    return sock


def next_free(host: str, port: int, tries: int = 20) -> int | None:
    """The first port after `port` that is free on `host`, or None."""
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        try:
            family = socket.getaddrinfo(host, candidate, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
            with socket.socket(family[0], family[1], family[2]) as probe:
                probe.bind(family[4])
            return candidate
        except OSError:
            continue
    return None
