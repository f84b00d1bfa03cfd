"""The passage web page: a thin aiohttp adapter over `bot.service.Assistant`.

Routes: / (search and current activities), /p/<passage id>, /doc/<doc id> (the original file).
The service calls are blocking (model, Chroma), so they run in worker threads; the event loop may be
shared with the Discord bot.
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from aiohttp import web

from bot.service import Assistant
from bot.web import pages

log = logging.getLogger(__name__)

ASSISTANT_KEY = web.AppKey("assistant", Assistant)

# Ids made by the ingester are slugs plus ":ordinal:version"; anything else cannot exist, so it is
# refused before reaching the index (and "/" or ".." never get near a file system path).
_ID_RE = re.compile(r"[A-Za-z0-9_.:~-]{1,200}")
_PASSAGE_ID_RE = re.compile(r"([A-Za-z0-9_.~-]+):\d+:[0-9a-f]+")
MAX_QUERY_CHARS = 500
SEARCH_RESULTS = 10
TEXT_SNIFF_BYTES = 4 * 1024 * 1024

HTML_CSP = ("default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")
# Served originals: a PDF needs the browser's viewer; anything rendered as a page gets no script at all.
PDF_CSP = "default-src 'self'; script-src 'none'; frame-ancestors 'self'"
FILE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"

CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".rtf": "application/rtf",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".html": "text/html",
    ".htm": "text/html",
}
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".csv", ".html", ".htm"}


class ServeError(RuntimeError):
    """The server could not start; the message is a Swedish sentence for the user."""


def valid_id(value: str) -> bool:
    return bool(_ID_RE.fullmatch(value)) and ".." not in value


def html_response(body: str, status: int = 200, cache: str = "no-cache") -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8",
                        headers={"Cache-Control": cache})


async def _call(func: Callable, *args, **kwargs):
    return await asyncio.to_thread(func, *args, **kwargs)


# --- middleware and headers ----------------------------------------------------------------------

@web.middleware
async def error_pages(request: web.Request, handler):
    """Every error becomes a Swedish page with the same status; tracebacks go to the log only."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        response = html_response(pages.error_page(exc.status), status=exc.status, cache="no-store")
        if exc.status == 405 and "Allow" in exc.headers:
            response.headers["Allow"] = exc.headers["Allow"]
        return response
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("Fel i webbsidan för %s", request.path)
        return html_response(pages.error_page(500), status=500, cache="no-store")


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    content_type = headers.get("Content-Type", "")
    if request.path.startswith("/doc/") and response.status < 400:
        headers.setdefault("Content-Security-Policy", PDF_CSP if content_type.startswith("application/pdf")
                           else FILE_CSP)
    else:
        headers.setdefault("Content-Security-Policy", HTML_CSP)
        headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    # The documents may be internal (uploaded minutes): keep them out of search engines.
    headers.setdefault("X-Robots-Tag", "noindex, nofollow")
    headers.setdefault("Cache-Control", "no-cache")


# --- handlers ------------------------------------------------------------------------------------

async def _status(assistant: Assistant):
    try:
        return await _call(assistant.status)
    except Exception:
        log.warning("Indexstatus kunde inte läsas", exc_info=True)
        return None


async def _footer(assistant: Assistant) -> str:
    return pages.status_footer(await _status(assistant))


async def index(request: web.Request) -> web.Response:
    assistant = request.app[ASSISTANT_KEY]
    query = " ".join(request.query.get("q", "").split())[:MAX_QUERY_CHARS]
    results = ""
    if query:
        try:
            found = await _call(assistant.search, query, SEARCH_RESULTS)
            results = pages.results_section(query, found)
        except Exception:
            log.exception("Sökningen misslyckades: %r", query)
            results = pages.results_section(query, None, error="Sökningen gick inte att utföra. "
                                            "Indexet saknas kanske – kör ”mlr ingest” och försök igen.")
    try:
        activities = pages.activities_section(await _call(assistant.activities),
                                              own_base=assistant.settings.public_base_url)
    except Exception:
        log.exception("Aktiviteterna kunde inte läsas")
        activities = pages.activities_section(None, error="Aktiviteterna kunde inte läsas från indexet.")
    status = await _status(assistant)
    return html_response(pages.index_page(query, results, activities, pages.status_footer(status),
                                          empty_index=status is not None and status.documents == 0))


async def passage(request: web.Request) -> web.Response:
    passage_id = request.match_info["passage_id"]
    if not valid_id(passage_id):
        raise web.HTTPNotFound()
    assistant = request.app[ASSISTANT_KEY]
    found = await _call(assistant.passage, passage_id)
    if found is None:
        hint = await _stale_hint(assistant, passage_id)
        if hint:
            return html_response(pages.error_page(404, hint), status=404, cache="no-store")
        raise web.HTTPNotFound()
    return html_response(pages.passage_page(found, await _footer(assistant)))


async def _stale_hint(assistant: Assistant, passage_id: str) -> str:
    """Passage ids are "<doc id>:<ordinal>:<version>"; when only the version is gone, say so."""
    match = _PASSAGE_ID_RE.fullmatch(passage_id)
    if not match:
        return ""
    doc_id = match.group(1)
    if await _call(assistant.document_file, doc_id) is None:
        return ""
    return pages.stale_passage_hint(doc_id)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve(strict=True).is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _read_head(path: Path, size: int = 8) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def _text_charset(path: Path) -> str:
    """utf-8 unless the file plainly is not (older Windows exports are cp1252)."""
    with open(path, "rb") as handle:
        head = handle.read(TEXT_SNIFF_BYTES)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "windows-1252"
    return "utf-8"


def content_disposition(name: str) -> str:
    fallback = re.sub(r"[^A-Za-z0-9._ -]", "_", name).strip() or "dokument"
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


async def document(request: web.Request) -> web.StreamResponse:
    doc_id = request.match_info["doc_id"]
    if not valid_id(doc_id):
        raise web.HTTPNotFound()
    assistant = request.app[ASSISTANT_KEY]
    path = await _call(assistant.document_file, doc_id)
    # The service already guarantees this; checked again so a bug there cannot expose other files.
    if path is None or not await _call(_inside, Path(path), Path(assistant.settings.corpus_dir)):
        if path is not None:
            log.warning("Dokument %r pekar utanför korpusmappen: %s", doc_id, path)
        raise web.HTTPNotFound()
    path = Path(path).resolve()
    if not path.is_file():
        raise web.HTTPNotFound()
    suffix = path.suffix.lower()
    content_type = CONTENT_TYPES.get(suffix)
    if content_type is None:
        head = await _call(_read_head, path)
        content_type = ("application/pdf" if head.startswith(b"%PDF") else
                        CONTENT_TYPES[".docx"] if head.startswith(b"PK\x03\x04") else "application/octet-stream")
    if suffix in TEXT_SUFFIXES:
        content_type += f"; charset={await _call(_text_charset, path)}"
    headers = {
        "Content-Type": content_type,
        "Content-Disposition": content_disposition(path.name),
        # Revalidate each time (ETag/Last-Modified make that cheap): a reindexed file may have changed.
        "Cache-Control": "private, no-cache",
    }
    return web.FileResponse(path, headers=headers)


async def stylesheet(request: web.Request) -> web.Response:
    # The address carries a hash of the content, so it can be cached for good.
    return web.Response(text=pages.CSS, content_type="text/css", charset="utf-8",
                        headers={"Cache-Control": "public, max-age=31536000, immutable"})


async def robots(request: web.Request) -> web.Response:
    return web.Response(text="User-agent: *\nDisallow: /\n", content_type="text/plain",
                        headers={"Cache-Control": "public, max-age=86400"})


async def favicon(request: web.Request) -> web.Response:
    return web.Response(status=204, headers={"Cache-Control": "public, max-age=86400"})


# --- application ---------------------------------------------------------------------------------

def create_app(assistant: Assistant) -> web.Application:
    """The web application over one long-lived Assistant."""
    app = web.Application(middlewares=[error_pages], client_max_size=64 * 1024)
    app[ASSISTANT_KEY] = assistant
    app.router.add_get("/", index)
    app.router.add_get("/p/{passage_id}", passage)
    app.router.add_get("/doc/{doc_id}", document)
    app.router.add_get(pages.CSS_PATH, stylesheet)
    app.router.add_get("/robots.txt", robots)
    app.router.add_get("/favicon.ico", favicon)
    app.on_response_prepare.append(_security_headers)
    return app


async def start(assistant: Assistant, host: str | None = None, port: int | None = None
                ) -> tuple[web.AppRunner, str]:
    """Start listening; returns the runner (call `cleanup()` to stop) and the base address.

    Port 0 picks a free port; the address returned has the real one.
    """
    host = host or assistant.settings.web_host
    port = assistant.settings.web_port if port is None else port
    runner = web.AppRunner(create_app(assistant), access_log=logging.getLogger("bot.web.access"))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise ServeError(f"Webbsidan kunde inte starta på {host}:{port}: {exc.strerror or exc}. "
                         "Är porten upptagen? Välj en annan med --port eller MLR_WEB_PORT.") from exc
    bound_host, bound_port = runner.addresses[0][:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    return runner, f"http://{shown}:{bound_port}"


async def serve(assistant: Assistant, host: str | None = None, port: int | None = None,
                on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until cancelled (Ctrl+C in `mlr serve`, or the bot shutting down)."""
    runner, url = await start(assistant, host, port)
    log.info("Webbsidan körs på %s/", url)
    if on_ready:
        on_ready(url)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
