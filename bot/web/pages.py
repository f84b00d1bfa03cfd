"""HTML for the passage page, the start page and the error page.

Every piece of document text goes through `esc` (or `_highlight`, which escapes too): nothing from the
index is ever written into the page as markup. No script anywhere; the stylesheet is served by the app.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from html import escape
from string import Template
from urllib.parse import quote, urlsplit

from bot.schemas import ActivitiesResponse, Activity, Passage, SearchHit, SearchResponse, StatusReport

SITE_NAME = "MalmöLundregionen – dokument"

CSS = """\
:root{--text:#1b1b1b;--muted:#5a5a5a;--bg:#fff;--card:#f5f5f3;--line:#d9d9d4;--link:#0b57a4;
--mark:#ffe066;--accent:#00694b}
@media (prefers-color-scheme:dark){:root{--text:#e9e9e6;--muted:#b2b2ac;--bg:#161616;--card:#222;
--line:#3a3a37;--link:#8cc4ff;--mark:#6b5a00;--accent:#5fd3a8}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:1.0625rem/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
header.site,main,footer.site{max-width:46rem;margin:0 auto;padding:0 1rem}
header.site{padding-top:.75rem;padding-bottom:.5rem;border-bottom:1px solid var(--line)}
header.site a{color:var(--accent);font-weight:600;text-decoration:none}
main{padding-top:1rem;padding-bottom:2rem}
footer.site{color:var(--muted);font-size:.875rem;border-top:1px solid var(--line);padding-top:.75rem;
padding-bottom:1.5rem}
a{color:var(--link)}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
h3{font-size:1.05rem;margin:1.25rem 0 .35rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .75rem;margin:0 0 1rem;
font-size:.95rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}
.crumbs{color:var(--muted);font-size:.95rem}
.passage p{margin:.5rem 0}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left;
overflow-wrap:normal}
th{background:var(--card)}
@media (max-width:40rem){.table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td{display:block}
.table-wrap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.table-wrap tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem 0}
.table-wrap td{border:0;padding:.15rem .6rem}
.table-wrap td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
.passage{border-left:4px solid var(--line);padding-left:.75rem;margin:1rem 0}
.passage.current{border-left-color:var(--accent)}
mark{background:var(--mark);color:inherit;padding:.05em .1em;border-radius:2px}
.passage.current mark{-webkit-box-decoration-break:clone;box-decoration-break:clone}
details{margin:1rem 0}
summary{cursor:pointer;color:var(--link)}
nav.pager{display:flex;justify-content:space-between;gap:1rem;margin:1.5rem 0;flex-wrap:wrap}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1rem 0}
.button{display:inline-block;padding:.45rem .8rem;border:1px solid var(--line);border-radius:6px;
background:var(--card);text-decoration:none}
form.search{display:flex;gap:.5rem;margin:.5rem 0 1rem}
form.search input{flex:1;min-width:0;font:inherit;padding:.5rem .6rem;border:1px solid var(--line);
border-radius:6px;background:var(--bg);color:var(--text)}
form.search button{font:inherit;padding:.5rem 1rem;border:0;border-radius:6px;background:var(--accent);
color:#fff;cursor:pointer}
ol.hits,ul.activities{list-style:none;padding:0;margin:0}
ol.hits li,ul.activities li{background:var(--card);border:1px solid var(--line);border-radius:8px;
padding:.65rem .8rem;margin:.6rem 0}
.hit-title{font-weight:600}
.small{color:var(--muted);font-size:.9rem}
.snippet{margin:.35rem 0 0}
.notice{background:var(--card);border-left:4px solid var(--mark);padding:.5rem .75rem}
label.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
"""

CSS_VERSION = hashlib.sha256(CSS.encode()).hexdigest()[:10]
CSS_PATH = f"/static/stil-{CSS_VERSION}.css"

_LAYOUT = Template("""\
<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>$title</title>
<link rel="stylesheet" href="$css">
</head>
<body>
<header class="site"><a href="/">$site</a></header>
<main>
$body
</main>
<footer class="site">$footer</footer>
</body>
</html>
""")

DOC_TYPE_LABELS = {
    "verksamhetsplan": "Verksamhetsplan",
    "aktivitetsplan": "Aktivitetsplan",
    "protokoll": "Protokoll",
    "minnesanteckningar": "Minnesanteckningar",
    "övrigt": "Övrigt dokument",
}
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"]
# Longer context than this before the passage is folded away, so the highlight is on the first screen.
BEFORE_FOLD_CHARS = 600
SNIPPET_CHARS = 320


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def layout(title: str, body: str, footer: str = "") -> str:
    full_title = f"{title} – {SITE_NAME}" if title != SITE_NAME else title
    return _LAYOUT.substitute(title=esc(full_title), css=CSS_PATH, site=esc(SITE_NAME), body=body,
                              footer=footer or "Dokumentassistent för MalmöLundregionen.")


# --- small formatters ---------------------------------------------------------------------------

def doc_type_label(doc_type: str) -> str:
    return DOC_TYPE_LABELS.get(doc_type, doc_type.capitalize() if doc_type else "Dokument")


def format_date(value: str | None) -> str | None:
    """ISO date as Swedish prose ("3 maj 2023"); anything else is shown as it is."""
    if not value:
        return None
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_pages(page: int | None, page_end: int | None) -> str | None:
    if not page:
        return None
    if page_end and page_end != page:
        return f"Sidorna {page}–{page_end}"
    return f"Sidan {page}"


def section_crumbs(section: str | None) -> str | None:
    if not section:
        return None
    return " › ".join(part.strip() for part in section.split(" > ") if part.strip())


def passage_href(passage_id: str) -> str:
    return "/p/" + quote(passage_id, safe=":")


def is_pdf(path: str) -> bool:
    return path.lower().endswith(".pdf")


def doc_href(doc_id: str, page: int | None = None, pdf: bool = True) -> str:
    href = "/doc/" + quote(doc_id, safe="")
    return f"{href}#page={page}" if page and pdf else href


def safe_external(url: str | None) -> str | None:
    """Only http(s) addresses become links (a manifest could hold javascript: or data: URLs)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def public_link(url: str | None, path: str, page: int | None) -> str | None:
    """The manifest's public address, at the page for PDFs (the service gives it without fragment)."""
    url = safe_external(url)
    if url and "#" not in url and page and (is_pdf(path) or urlsplit(url).path.lower().endswith(".pdf")):
        url = f"{url}#page={page}"
    return url


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(text.replace(" | ", " · ").split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,.;:–-") + " …"


def _query_terms(query: str) -> list[str]:
    return sorted({w for w in re.findall(r"\w{3,}", query.casefold())}, key=len, reverse=True)


def highlight(text: str, query: str) -> str:
    """Escaped text with the query's words (and words starting with them) marked."""
    terms = _query_terms(query)
    if not terms:
        return esc(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(esc(text[last:m.start()]))
        out.append(f"<mark>{esc(m.group(0))}</mark>")
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def _is_table(lines: list[str]) -> bool:
    return bool(lines) and all(" | " in line for line in lines)


def _looks_like_header(cells: list[str]) -> bool:
    return all(cell and len(cell.split()) <= 4 and not re.search(r"\d", cell) for cell in cells)


def _table(lines: list[str], wrap) -> str:
    """A table row per line; a header row labels the cells, which phones show stacked as "label: value"."""
    rows = [[cell.strip() for cell in line.split(" | ")] for line in lines]
    header: list[str] = []
    if len(rows) > 1 and _looks_like_header(rows[0]):
        header, rows = rows[0], rows[1:]
    html = ['<div class="table-wrap"><table>']
    if header:
        html.append("<thead><tr>" + "".join(f'<th scope="col">{wrap(esc(h))}</th>' for h in header)
                    + "</tr></thead>")
    html.append("<tbody>")
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            label = f' data-label="{esc(header[i])}"' if i < len(header) and header[i] else ""
            cells.append(f"<td{label}>{wrap(esc(cell))}</td>")
        html.append("<tr>" + "".join(cells) + "</tr>")
    html.append("</tbody></table></div>")
    return "".join(html)


def render_text(text: str, marked: bool = False) -> str:
    """Chunk text as paragraphs (blank lines) and tables ("a | b" rows), every part escaped.

    `marked` wraps each paragraph and table cell in <mark>, so the highlight never spans empty lines.
    """
    def wrap(fragment: str) -> str:
        return f"<mark>{fragment}</mark>" if marked and fragment else fragment

    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_table(lines):
            out.append(_table(lines, wrap))
        else:
            out.append("<p>" + "<br>".join(wrap(esc(line)) for line in lines) + "</p>")
    return "\n".join(out)


def _meta_list(rows: list[tuple[str, str | None]]) -> str:
    items = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="meta">{items}</dl>' if items else ""


def status_footer(status: StatusReport | None) -> str:
    if status is None:
        return ""
    when = format_date(status.last_ingest) if status.last_ingest else None
    text = f"Indexet: {status.documents} dokument, {status.chunks} stycken"
    if when:
        text += f", uppdaterat {when}"
    return esc(text + ".")


# --- pages ----------------------------------------------------------------------------------------

def passage_page(p: Passage, footer: str = "") -> str:
    pdf = is_pdf(p.path)
    pages = format_pages(p.page, p.page_end)
    crumbs = section_crumbs(p.section)
    meta = _meta_list([
        ("Dokumenttyp", esc(doc_type_label(p.doc_type))),
        ("Datum", esc(format_date(p.date)) if p.date else None),
        ("Avsnitt", esc(crumbs) if crumbs else None),
        ("Sida", esc(pages.split(" ", 1)[1]) if pages else None),
        ("Fil", esc(p.path)),
    ])

    before = "".join(f'<div class="passage">{render_text(t)}</div>\n' for t in p.section_before)
    before_chars = sum(len(t) for t in p.section_before)
    if p.section_before and before_chars > BEFORE_FOLD_CHARS:
        n = len(p.section_before)
        label = "1 stycke" if n == 1 else f"{n} stycken"
        before = (f'<details class="before"><summary>Visa texten före i avsnittet ({label})</summary>\n'
                  f"{before}</details>\n")
    after = "".join(f'<div class="passage">{render_text(t)}</div>\n' for t in p.section_after)
    heading = f"<h2>{esc(crumbs)}</h2>\n" if crumbs else ""

    open_label = f"Öppna originalet på sidan {p.page}" if pdf and p.page else "Öppna originalfilen"
    actions = [f'<a class="button" href="{esc(doc_href(p.doc_id, p.page, pdf))}">{esc(open_label)}</a>']
    public = public_link(p.url, p.path, p.page)
    if public:
        actions.append(f'<a class="button" href="{esc(public)}" rel="noopener noreferrer">Publicerad version</a>')

    pager = []
    if p.prev_id:
        pager.append(f'<a rel="prev" href="{esc(passage_href(p.prev_id))}">← Föregående stycke</a>')
    else:
        pager.append("<span></span>")
    if p.next_id:
        pager.append(f'<a rel="next" href="{esc(passage_href(p.next_id))}">Nästa stycke →</a>')

    body = (
        f"<h1>{esc(p.title)}</h1>\n{meta}\n"
        f"<section aria-label=\"Avsnittet\">\n{heading}{before}"
        f'<div class="passage current" id="stycket">{render_text(p.text, marked=True)}</div>\n'
        f"{after}</section>\n"
        f'<div class="actions">{"".join(actions)}</div>\n'
        f'<nav class="pager" aria-label="Stycken">{"".join(pager)}</nav>\n'
        '<p><a href="/">Sök i dokumenten</a></p>'
    )
    return layout(p.title, body, footer)


def _hit_item(hit: SearchHit, query: str) -> str:
    crumbs = section_crumbs(hit.section)
    details = [doc_type_label(hit.doc_type)]
    if crumbs:
        details.append(crumbs)
    pages = format_pages(hit.page, hit.page_end)
    if pages:
        details.append(pages.lower())
    return (
        f'<li><a class="hit-title" href="{esc(passage_href(hit.passage_id))}">{esc(hit.title)}</a>'
        f'<div class="small">{esc(" · ".join(details))}</div>'
        f'<p class="snippet">{highlight(snippet(hit.text), query)}</p></li>'
    )


def _activity_item(a: Activity, own_base: str = "") -> str:
    rows = [
        ("Ansvarig", esc(a.responsible) if a.responsible else "<em>ej angiven</em>"),
        ("Period", esc(a.period) if a.period else None),
        ("Status", esc(a.status) if a.status else None),
        ("Kommuner", esc(", ".join(a.municipalities)) if a.municipalities else None),
    ]
    source = "Källa" + (f", sidan {a.page}" if a.page else "")
    links = [f'<a href="{esc(doc_href(a.doc_id, a.page))}">{esc(source)}</a>']
    public = safe_external(a.url)
    # Links to this very site (MLR_PUBLIC_BASE_URL) are already covered by the local link.
    if public and not (own_base and public.startswith(own_base.rstrip("/") + "/")):
        links.append(f'<a href="{esc(public)}" rel="noopener noreferrer">Publicerad version</a>')
    return (f'<li><div class="hit-title">{esc(a.title)}</div>{_meta_list(rows)}'
            f'<div class="small actions-inline">{" · ".join(links)}</div></li>')


def activities_section(resp: ActivitiesResponse | None, error: str | None = None, own_base: str = "") -> str:
    if error:
        return f'<h2>Aktuella aktiviteter</h2>\n<p class="notice">{esc(error)}</p>'
    if resp is None or not resp.activities:
        return '<h2>Aktuella aktiviteter</h2>\n<p>Inga aktiviteter hittades i de indexerade aktivitetsplanerna.</p>'
    title = f"Aktuella aktiviteter {resp.year}" if resp.year else "Aktuella aktiviteter"
    groups: dict[str, list[Activity]] = {}
    for a in resp.activities:
        groups.setdefault(a.area or "Övriga aktiviteter", []).append(a)
    parts = [f"<h2>{esc(title)}</h2>"]
    for area, items in groups.items():
        parts.append(f"<h3>{esc(area)}</h3>")
        parts.append('<ul class="activities">' + "".join(_activity_item(a, own_base) for a in items) + "</ul>")
    return "\n".join(parts)


def search_form(query: str) -> str:
    return (
        '<form class="search" method="get" action="/" role="search">'
        '<label class="visually-hidden" for="q">Sök i dokumenten</label>'
        f'<input id="q" name="q" type="search" value="{esc(query)}" maxlength="500" '
        'placeholder="Sök, t.ex. kompetensförsörjning" autocomplete="off">'
        "<button type=\"submit\">Sök</button></form>"
    )


def results_section(query: str, resp: SearchResponse | None, error: str | None = None) -> str:
    if not query:
        return ""
    if error:
        return f'<p class="notice">{esc(error)}</p>'
    assert resp is not None
    if not resp.results:
        return f"<h2>Inga träffar för ”{esc(query)}”</h2>\n<p>Pröva andra eller färre ord.</p>"
    notice = ""
    if not resp.answerable:
        notice = ('<p class="notice">Inget stycke verkar svara säkert på sökningen. '
                  "Här är de som ligger närmast.</p>")
    items = "".join(_hit_item(h, query) for h in resp.results)
    return f"<h2>Träffar för ”{esc(query)}”</h2>\n{notice}<ol class=\"hits\">{items}</ol>"


EMPTY_INDEX_NOTICE = ('<p class="notice">Inga dokument är indexerade ännu. Lägg dokumenten i dokumentmappen '
                      "och kör <code>mlr ingest</code>.</p>")


def index_page(query: str, results: str, activities: str, footer: str = "", empty_index: bool = False) -> str:
    title = f"Sökning: {query}" if query else SITE_NAME
    body = (
        "<h1>Sök i MalmöLundregionens dokument</h1>\n"
        "<p>Verksamhetsplan, aktivitetsplaner och protokoll. Varje träff öppnar det exakta stycket.</p>\n"
        f"{EMPTY_INDEX_NOTICE if empty_index else ''}"
        f"{search_form(query)}\n{results}\n{activities}"
    )
    return layout(title, body, footer)


def stale_passage_hint(doc_id: str) -> str:
    """For a passage link made before the document was re-indexed: the document is still there."""
    return ("<p>Dokumentet finns kvar men har ändrats sedan länken skapades, så stycket har fått en ny adress. "
            f'<a href="{esc(doc_href(doc_id))}">Öppna dokumentet</a> eller sök efter stycket nedan.</p>\n'
            + search_form(""))


def error_page(status: int, extra: str = "") -> str:
    if status == 404:
        title = "Sidan finns inte"
        text = ("Det finns inget stycke eller dokument med den adressen. Länken kan vara felskriven, "
                "eller så har dokumentet ändrats eller tagits bort sedan länken skapades.")
    elif status == 405:
        title = "Metoden stöds inte"
        text = "Sidan kan bara läsas, inte ändras."
    elif status in (503,):
        title = "Tjänsten är inte tillgänglig"
        text = "Dokumentindexet går inte att läsa just nu. Försök igen om en stund."
    elif 400 <= status < 500:
        title = "Felaktig begäran"
        text = "Adressen kunde inte tolkas."
    else:
        title = "Något gick fel"
        text = "Ett oväntat fel inträffade. Försök igen om en stund."
    body = (f"<h1>{esc(title)}</h1>\n<p>{esc(text)}</p>\n{extra}"
            f'<p class="small">Felkod {status}.</p>\n<p><a href="/">Till startsidan och sökningen</a></p>')
    return layout(title, body)

