"""`doccheck serve`: the local web page and HTTP API (``doccheck.serve``)."""

from __future__ import annotations

from typing import Annotated

import typer

from doccheck.cli.options import MaxSizeOpt, usage_error
from doccheck.core.errors import DocCheckError


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but 127.0.0.1/localhost lets "
                                      "other computers reach the page (a token is then required).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8000,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in your web browser.")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=1, max=32,
                                                help="Documents checked at once (default: one a core, at most 4; "
                                                     "each uses about 300 MB).")] = None,
    max_size: MaxSizeOpt = 50.0,
) -> None:
    """A web page to upload a plan or a report and read the results, on this computer (and an HTTP API)."""
    from doccheck.serve.app import Settings
    from doccheck.serve.server import serve as run

    if max_size <= 0:
        raise usage_error("--max-size must be more than 0")
    settings = Settings(host=host, port=port, max_bytes=int(max_size * 1024 * 1024), workers=workers)
    try:
        run(settings, open_browser=open_browser)
    except DocCheckError as e:
        raise usage_error(e.message) from None
