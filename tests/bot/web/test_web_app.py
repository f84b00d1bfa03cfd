"""The web page over HTTP: routes, escaping, traversal, file types, headers (real index, no browser)."""

from __future__ import annotations

import asyncio
import re
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import create_app
from bot.web.pages import CSS_PATH
from web_support import IMG_TEXT, LONG_SECTION_URL, SCRIPT_TEXT

SWEDISH_404 = "Sidan finns inte"


@pytest.fixture
async def client(web_corpus):
    async with TestClient(TestServer(create_app(web_corpus.assistant))) as c:
        yield c


async def raw_get(client: TestClient, target: str, method: str = "GET") -> tuple[int, dict, bytes]:
    """Send the request target exactly as written (clients would normalise "../" and %2F)."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(f"{method} {target} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def hit_for(assistant, query: str, path_suffix: str):
    hits = assistant.search(query, 10).results
    return next(h for h in hits if h.path.endswith(path_suffix))


async def test_passage_page_highlights_the_passage_with_document_details(client, web_corpus):
    hit = hit_for(web_corpus.assistant, "praktikportal för gymnasieelever", "aktivitetsplan-2026.pdf")
    passage = web_corpus.assistant.passage(hit.passage_id)
    resp = await client.get("/p/" + quote(hit.passage_id, safe=":"))
    assert resp.status == 200
    html = await resp.text()
    assert '<html lang="sv">' in html
    current = html.split('id="stycket">', 1)[1].split("</div>\n</section>", 1)[0]
    marked = " ".join(re.findall(r"<mark>(.*?)</mark>", current))
    assert re.findall(r"\w+", unescape(marked)) == re.findall(r"\w+", passage.text)
    page_text = text_of(html)
    assert passage.title in page_text
    assert "Aktivitetsplan" in page_text and f"Sida {passage.page}" in page_text
    assert f'href="/doc/{passage.doc_id}#page={passage.page}"' in html
    assert f"Öppna originalet på sidan {passage.page}" in page_text


async def test_previous_and_next_links_walk_the_document(client, web_corpus):
    hit = hit_for(web_corpus.assistant, "praktikportal för gymnasieelever", "aktivitetsplan-2026.pdf")
    html = await (await client.get("/p/" + hit.passage_id)).text()
    next_href = re.search(r'<a rel="next" href="([^"]+)"', html).group(1)
    following = await (await client.get(next_href)).text()
    back = re.search(r'<a rel="prev" href="([^"]+)"', following).group(1)
    assert back == "/p/" + hit.passage_id
    assert web_corpus.assistant.passage(unescape(next_href)[3:]).prev_id == hit.passage_id


async def test_long_context_before_is_folded_and_public_address_linked(client, web_corpus):
    assistant = web_corpus.assistant
    first = assistant.passage(hit_for(assistant, "sekretariatet sammanställer rapport", "uppfoljning.md").passage_id)
    while first.prev_id:
        first = assistant.passage(first.prev_id)
    passage = first
    while sum(map(len, passage.section_before)) <= 600:
        assert passage.next_id, "the long section should give passages with earlier text before them"
        passage = assistant.passage(passage.next_id)
    html = await (await client.get("/p/" + passage.passage_id)).text()
    assert "<details" in html and "Visa texten före i avsnittet" in html
    assert f'href="{LONG_SECTION_URL}"' in html and "Publicerad version" in html
    # The folded text is still on the page, just not in the way; the first passage shows no fold.
    assert " ".join(passage.section_before[0].split()[:6]) in text_of(html)
    first_html = await (await client.get("/p/" + first.passage_id)).text()
    assert "<details" not in first_html


async def test_document_text_with_html_is_escaped(client, web_corpus):
    hit = hit_for(web_corpus.assistant, "inkomna synpunkter på webbplatsen", "anteckningar-med-kod.md")
    html = await (await client.get("/p/" + hit.passage_id)).text()
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT_TEXT in text_of(html) and IMG_TEXT in text_of(html)
    # The manifest's javascript: address never becomes a link.
    assert "javascript:" not in html
    assert "3 februari 2026" in text_of(html)


async def test_search_results_link_to_passages_and_escape_the_query(client, web_corpus):
    resp = await client.get("/", params={"q": "kompetensförsörjning <b>fet</b>"})
    assert resp.status == 200
    html = await resp.text()
    assert "<b>fet</b>" not in html and "&lt;b&gt;fet&lt;/b&gt;" in html
    links = re.findall(r'<a class="hit-title" href="(/p/[^"]+)"', html)
    expected = web_corpus.assistant.search("kompetensförsörjning <b>fet</b>", 10).results
    assert [unescape(link)[3:] for link in links] == [h.passage_id for h in expected]
    for link in links:
        assert (await client.get(unescape(link))).status == 200


async def test_start_page_lists_current_activities_with_groups(client, web_corpus):
    current = web_corpus.assistant.activities()
    assert current.activities, "the example plan should yield activities"
    html = await (await client.get("/")).text()
    page = text_of(html)
    assert f"Aktuella aktiviteter {current.year}" in page
    for activity in current.activities:
        assert " ".join(activity.title.split()) in page
        if activity.responsible:
            assert f"Ansvarig {' '.join(activity.responsible.split())}" in page
    assert 'name="q"' in html and 'action="/"' in html


async def test_search_failure_shows_a_swedish_notice(client, web_corpus, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index missing")

    monkeypatch.setattr(web_corpus.assistant, "search", broken)
    resp = await client.get("/", params={"q": "budget"})
    assert resp.status == 200
    assert "Sökningen gick inte att utföra" in text_of(await resp.text())


@pytest.mark.parametrize("target", [
    "/doc/..%2F..%2Fetc%2Fpasswd",
    "/doc/..%2Futanfor.txt",
    "/doc/%2e%2e",
    "/doc/..",
    "/p/../../x",
    "/p/..%2F..%2Fmanifest.toml",
    "/doc/manifest.toml",
    "/p/finns-inte:0:00000000",
    "/doc/finns-inte",
    "/../../etc/passwd",
])
async def test_unknown_ids_and_traversal_give_a_swedish_404(client, target):
    status, headers, body = await raw_get(client, target)
    assert status == 404
    html = body.decode()
    assert SWEDISH_404 in html and '<html lang="sv">' in html
    assert "root:" not in html and "hemlig text" not in html
    assert headers["content-security-policy"].startswith("default-src 'self'")


async def test_web_layer_refuses_a_file_outside_the_corpus_even_if_the_service_returns_it(
        client, web_corpus, monkeypatch):
    outside = Path(web_corpus.settings.corpus_dir).parent / "utanfor.txt"
    monkeypatch.setattr(web_corpus.assistant, "document_file", lambda doc_id: outside)
    status, _, body = await raw_get(client, "/doc/verksamhetsplan-2019-2023")
    assert status == 404 and b"hemlig text" not in body


async def test_symlink_out_of_the_corpus_is_not_served(client, web_corpus, monkeypatch):
    corpus = Path(web_corpus.settings.corpus_dir)
    link = corpus / "exempel" / "lank.md"
    link.symlink_to(corpus.parent / "utanfor.txt")
    try:
        monkeypatch.setattr(web_corpus.assistant, "document_file", lambda doc_id: link)
        status, _, body = await raw_get(client, "/doc/lank")
        assert status == 404 and b"hemlig text" not in body
    finally:
        link.unlink()


@pytest.mark.parametrize("name, content_type", [
    ("exempel/exempel-aktivitetsplan-2026.pdf", "application/pdf"),
    ("exempel/exempel-aktivitetsplan-2025.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("anteckningar-med-kod.md", "text/markdown; charset=utf-8"),
])
async def test_original_files_are_served_inline_with_their_type(client, web_corpus, name, content_type):
    doc_id = next(h.doc_id for h in web_corpus.assistant.search(Path(name).stem, 20).results if h.path == name)
    resp = await client.get(f"/doc/{doc_id}")
    assert resp.status == 200
    assert resp.headers["Content-Type"] == content_type
    assert resp.headers["Content-Disposition"].startswith("inline;")
    assert Path(name).name in resp.headers["Content-Disposition"]
    assert await resp.read() == (Path(web_corpus.settings.corpus_dir) / name).read_bytes()
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    # A Markdown file holding <script> must not run as a page of this site.
    if not content_type.startswith("application/pdf"):
        assert "sandbox" in resp.headers["Content-Security-Policy"]


async def test_pdf_supports_revalidation_and_ranges(client, web_corpus):
    doc_id = web_corpus.assistant.passage(
        hit_for(web_corpus.assistant, "praktikportal", "aktivitetsplan-2026.pdf").passage_id).doc_id
    first = await client.get(f"/doc/{doc_id}")
    etag = first.headers["ETag"]
    assert "no-cache" in first.headers["Cache-Control"]
    again = await client.get(f"/doc/{doc_id}", headers={"If-None-Match": etag})
    assert again.status == 304
    part = await client.get(f"/doc/{doc_id}", headers={"Range": "bytes=0-3"})
    assert part.status == 206 and await part.read() == b"%PDF"


async def test_security_and_cache_headers(client, web_corpus):
    resp = await client.get("/")
    csp = resp.headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'self'") and "script-src 'none'" in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert resp.headers["Cache-Control"] == "no-cache"
    html = await resp.text()
    assert "<script" not in html and "style=" not in html  # nothing inline for the policy to block
    assert f'href="{CSS_PATH}"' in html
    css = await client.get(CSS_PATH)
    assert css.status == 200 and css.headers["Content-Type"].startswith("text/css")
    assert "immutable" in css.headers["Cache-Control"]
    missing = await client.get("/p/finns-inte")
    assert missing.headers["Cache-Control"] == "no-store"
    robots = await client.get("/robots.txt")
    assert "Disallow: /" in await robots.text()


async def test_other_methods_are_refused_in_swedish(client):
    resp = await client.post("/", data={"q": "x"})
    assert resp.status == 405
    assert "Metoden stöds inte" in await resp.text()
    head = await client.head("/")
    assert head.status == 200


async def test_link_to_a_passage_of_a_changed_document_points_to_the_document(client, web_corpus):
    hit = hit_for(web_corpus.assistant, "praktikportal för gymnasieelever", "aktivitetsplan-2026.pdf")
    doc_id, ordinal, _version = hit.passage_id.split(":")
    resp = await client.get(f"/p/{doc_id}:{ordinal}:00000000")
    assert resp.status == 404
    html = await resp.text()
    assert "Dokumentet finns kvar men har ändrats" in text_of(html)
    assert f'href="/doc/{doc_id}"' in html
    gone = await (await client.get("/p/borttaget-dokument:3:00000000")).text()
    assert "Dokumentet finns kvar" not in gone and SWEDISH_404 in gone


async def test_empty_index_tells_how_to_fill_it(make_settings):
    from bot.service import Assistant

    async with TestClient(TestServer(create_app(Assistant(make_settings())))) as empty:
        resp = await empty.get("/")
        assert resp.status == 200
        page = text_of(await resp.text())
        assert "Inga dokument är indexerade ännu" in page and "mlr ingest" in page
        assert "Inga aktiviteter hittades" in page


async def test_text_file_in_an_older_windows_encoding_is_declared_as_such(client, web_corpus, monkeypatch):
    old = Path(web_corpus.settings.corpus_dir) / "exempel" / "gammalt-protokoll.txt"
    old.write_bytes("Protokoll för styrelsen, § 4: Höör och Kävlinge.".encode("cp1252"))
    try:
        monkeypatch.setattr(web_corpus.assistant, "document_file", lambda doc_id: old)
        resp = await client.get("/doc/gammalt-protokoll")
        assert resp.headers["Content-Type"] == "text/plain; charset=windows-1252"
        assert "Höör och Kävlinge" in await resp.text()
    finally:
        old.unlink()
