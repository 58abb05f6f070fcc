"""What the receiver answers: a short HTML page for the form (a reader's browser), JSON
for the JSON variant; every text escaped, nothing a reader sent shown back as markup.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

COMMON_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
_TITLES = {
    400: "Your comment could not be read",
    403: "Your comment was not accepted",
    404: "No such story",
    405: "Not here",
    409: "Your comment was already posted",
    413: "Your comment is too long",
    415: "Your comment could not be read",
    422: "Your comment could not be posted",
    429: "Please wait a moment",
    500: "Something went wrong",
    503: "Comments are paused",
}
_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
    "line-height:1.5}"
)


def _headers(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**COMMON_HEADERS, **(extra or {})}


def page(
    status: int, sentence: str, back: str = "", headers: Mapping[str, str] | None = None
) -> Response:
    """A page saying what happened, with a way back to the story when there is one."""
    title = _TITLES.get(status, "Your comment")
    link = (
        f'\n<p><a href="{html.escape(back, quote=True)}">Back to the story</a></p>' if back else ""
    )
    body = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{html.escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>{html.escape(title)}</h1>
<p>{html.escape(sentence)}</p>{link}
</main>
</body>
</html>
"""
    return HTMLResponse(
        body, status, headers=_headers({"Content-Security-Policy": PAGE_POLICY, **(headers or {})})
    )


def data(
    status: int, payload: Mapping[str, Any], headers: Mapping[str, str] | None = None
) -> Response:
    return JSONResponse(dict(payload), status, headers=_headers(headers))


def back_to(url: str) -> Response:
    """303 See Other: the browser goes back to the story's page with a GET."""
    return RedirectResponse(url, 303, headers=_headers())
