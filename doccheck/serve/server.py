"""Running the app: bind the address (a clear line when the port is taken), print where to open it (with a warning
and the token when it is reachable from other computers), open the browser, and serve with uvicorn until Ctrl+C."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import webbrowser
from dataclasses import replace
from typing import TextIO

from doccheck.core.errors import DocCheckError
from doccheck.serve.app import Settings, create_app
from doccheck.serve.pool import Checker
from doccheck.serve.security import Access, is_loopback, is_wildcard


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free port). Raises DocCheckError with one line."""
    try:
        infos = socket.getaddrinfo(host.strip("[]") or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise DocCheckError(f"--host {host}: no such address on this computer") from None
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6 and is_wildcard(host):
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(addr)
        sock.listen(128)
    except OSError as e:
        sock.close()
        if port and e.errno in (48, 98, 10048):  # address in use: macOS, Linux, Windows
            raise DocCheckError(f"port {port} is already in use (is doccheck serve already running?); "
                                f"try --port {port + 1}") from None
        raise DocCheckError(f"cannot listen on {host}:{port} ({e.strerror or type(e).__name__})") from None
    sock.set_inheritable(True)
    return sock


def urls(host: str, port: int, token: str | None) -> list[str]:
    """The addresses to print: loopback as localhost-style names; otherwise the name given (or this computer's
    name for all interfaces), with the token."""
    suffix = f"?token={token}" if token else ""
    if is_loopback(host):
        name = f"[{host.strip('[]')}]" if ":" in host else host
        return [f"http://{name}:{port}/"]
    if is_wildcard(host):
        return [f"http://{socket.gethostname()}:{port}/{suffix}", f"http://127.0.0.1:{port}/{suffix}"]
    name = f"[{host.strip('[]')}]" if ":" in host else host
    return [f"http://{name}:{port}/{suffix}"]


def serve(settings: Settings, *, open_browser: bool = False, out: TextIO = sys.stdout) -> None:
    """Serve until interrupted. Raises DocCheckError (one line) when the address cannot be used."""
    import uvicorn

    access = Access.for_bind(settings.host, settings.token)
    sock = bind(settings.host, settings.port)
    port = sock.getsockname()[1]
    settings = replace(settings, port=port, token=access.token)
    app = create_app(settings)  # the app's lifespan starts the checkers and stops them before uvicorn returns
    checker: Checker = app.state.checker
    logging.basicConfig(level=logging.INFO, format="doccheck: %(message)s", stream=sys.stderr)
    config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False, server_header=False,
                            lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    addresses = urls(settings.host, port, access.token)

    def say(line: str = "") -> None:
        out.write(line + "\n")
        out.flush()

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        try:
            while not server.started and not task.done():
                await asyncio.sleep(0.05)
            if server.started:
                if access.token:
                    say(f"WARNING: doccheck is listening on {settings.host}, so other computers on this network can "
                        "reach it.")
                    say("Anyone with the address below (it holds a token) can upload documents to it. Use it only "
                        "on a network you trust.")
                say("doccheck is running. Open this address in your web browser:")
                for u in addresses:
                    say(f"  {u}")
                say("Files are checked in memory on this computer and never saved. Press Ctrl+C to stop.")
                if open_browser:
                    webbrowser.open(addresses[-1] if access.token else addresses[0])
                try:
                    await checker.wait_ready()
                    say("Ready: the checkers have loaded the language model.")
                except Exception as e:
                    say(f"The checkers could not start ({type(e).__name__}); uploads will fail.")
            await task
        finally:
            if not task.done():
                task.cancel()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
