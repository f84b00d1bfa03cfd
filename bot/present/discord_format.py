"""Discord presentation of service responses: embeds and texts within every Discord limit.

Pure functions: no network, no service calls. Document text is escaped so that Markdown in a
document shows literally, texts are cut at sentence boundaries, and links are never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import discord

from bot.schemas import (
    ActivitiesResponse,
    Activity,
    Answer,
    IngestReport,
    ResponsibleResponse,
    Source,
    StatusReport,
    UploadResult,
)

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
BUTTONS_PER_ROW = 5
ROWS_MAX = 5
LABEL_MAX = 80
BUTTON_URL_MAX = 512
THREAD_NAME_MAX = 100
CHOICE_NAME_MAX = 100

ELLIPSIS = "…"

COLOUR_ANSWER = discord.Colour(0x1F6FB2)
COLOUR_ABSTAIN = discord.Colour(0xB26B1F)
COLOUR_INFO = discord.Colour(0x2E8B57)
COLOUR_ERROR = discord.Colour(0xB22222)

# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

_URL = r"<?https?://[^\s<>]+[^\s<>.,:;\"')\]]>?"
_MASKED_LINK = r"\[[^\[\]\n]{0,256}\]\(<?https?://[^\s()<>]+>?\)"
# Spans a cut must never fall inside: links, escape pairs, citations like [3] or [1, 2].
_PROTECTED = re.compile(rf"{_MASKED_LINK}|{_URL}|\\.|\[\d+(?:,\s*\d+)*\]", re.S)
# A sentence ends at . ! ? … (plus closing quotes/brackets and trailing citations) before space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)]*(?:\s*\[\d+(?:,\s*\d+)*\])*(?=\s|$)|\n")
_WORD_END = re.compile(r"\S(?=\s)")

_ESCAPE_CHARS = re.compile(r"([\\*_~|`])")
_LINE_START = re.compile(r"^(\s*)(#|>|-|\+|\d+\.)(?=\s|#)", re.M)
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
_URL_ONLY = re.compile(_URL)


def escape_markdown(text: str) -> str:
    """Show document text literally: escape Markdown and defuse mentions; URLs stay usable."""
    out: list[str] = []
    pos = 0
    for m in _URL_ONLY.finditer(text):
        out.append(_escape_plain(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_escape_plain(text[pos:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    text = _ESCAPE_CHARS.sub(r"\\\1", text)
    # "[label](" would start a masked link; escaping the bracket keeps it literal.
    text = re.sub(r"\[(?=[^\[\]\n]*\]\()", r"\\[", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    # A zero-width space keeps @everyone and <@123> from rendering as mentions.
    return _MENTION.sub(lambda m: m.group(0).replace("@", "@\u200b").replace("<#", "<\u200b#"), text)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> int | None:
    """The start of the span that `pos` would cut through, else None."""
    for start, end in spans:
        if start < pos < end:
            return start
        if start >= pos:
            break
    return None


def truncate(text: str, limit: int, *, marker: str = ELLIPSIS) -> str:
    """Shorten `text` to at most `limit` characters, at a sentence end when one is near.

    Falls back to a word boundary, then to a hard cut; a link, citation or escape sequence is
    never split (it is dropped whole instead).
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    if limit <= len(marker):
        return marker[:limit] if limit > 0 else ""
    budget = limit - len(marker) - 1  # room for " …"
    spans = _protected_spans(text)
    floor = budget // 2

    def best(pattern: re.Pattern[str]) -> int | None:
        found = None
        for m in pattern.finditer(text, 0, budget + 1):
            end = m.end()
            if end > budget:
                break
            # endpos makes "$" match at the budget; require a real boundary in the full text.
            if end < len(text) and not text[end].isspace() and pattern is _SENTENCE_END and m.group(0) != "\n":
                continue
            if end >= floor and _inside(end, spans) is None:
                found = end
        return found

    cut = best(_SENTENCE_END) or best(_WORD_END)
    if cut is None:
        cut = budget
        start = _inside(cut, spans)
        if start is not None:
            cut = start
    head = text[:cut].rstrip()
    # An escape backslash left dangling at the end would escape the marker instead.
    if head.endswith("\\") and not head.endswith("\\\\"):
        head = head[:-1]
    return f"{head} {marker}" if head else marker


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def fit_words(text: str, limit: int) -> str:
    """Plain (unescaped) text shortened at a word boundary: labels, thread names, choices."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + ELLIPSIS


def link(label: str, url: str | None) -> str:
    """A masked Markdown link, or the escaped label alone when there is no usable URL."""
    label = escape_markdown(one_line(label)).replace("[", "(").replace("]", ")")
    if not url or not is_button_url(url) or "(" in url or ")" in url or " " in url:
        return label
    return f"[{label}]({url})"


def is_button_url(url: str | None) -> bool:
    return bool(url) and len(url) <= BUTTON_URL_MAX and re.match(r"https?://[^\s]+$", url) is not None


def embed_length(embed: discord.Embed) -> int:
    """Characters that count towards the 6000 limit."""
    return len(embed)


# ---------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------


def format_date(iso: str | None, tz: str = "Europe/Stockholm") -> str | None:
    """'2025-03-01 11:15' in Swedish time for a timestamp; a plain date stays a date."""
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso[:16]
    if dt.tzinfo is not None:
        try:
            dt = dt.astimezone(ZoneInfo(tz))
        except ZoneInfoNotFoundError:
            pass  # no time zone data on this machine: show the stored offset's time
    if len(iso) <= 10:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")


def index_footer(status: StatusReport | None) -> str | None:
    if status is None:
        return None
    parts = []
    date = format_date(status.last_ingest)
    parts.append(f"Index uppdaterat {date}" if date else "Index ej uppdaterat")
    parts.append(f"{status.documents} dokument")
    return " · ".join(parts)


def location(page: int | None, page_end: int | None, section: str | None) -> str:
    """'Avsnitt 3.2 Mål · s. 4–5' in escaped form ('' when nothing is known)."""
    parts = []
    if section:
        parts.append(f"Avsnitt: {escape_markdown(one_line(section))}")
    if page:
        parts.append(f"s. {page}–{page_end}" if page_end and page_end != page else f"s. {page}")
    return " · ".join(parts)


_CITATION_SPLIT = re.compile(r"\s*\[(\d+(?:,\s*\d+)*)\]\s*")


def source_quote(source: Source, answer_text: str = "") -> str:
    """The sentences the answer cites from this source, else the passage without its headings."""
    headings = {one_line(source.title).casefold()}
    headings |= {one_line(part).casefold() for part in (source.section or "").split(">")}
    lines = [line for line in (source.text or "").splitlines() if one_line(line).casefold() not in headings]
    body = one_line(" ".join(lines)) or one_line(source.text)
    parts = _CITATION_SPLIT.split(answer_text or "")
    cited = []
    for text, numbers in zip(parts[0::2], parts[1::2]):
        sentence = one_line(text)
        if str(source.n) in re.split(r",\s*", numbers) and sentence and sentence in body and sentence not in cited:
            cited.append(sentence)
    return " ".join(cited) if cited else body


def _source_value(source: Source, quote_chars: int, answer_text: str = "") -> str:
    where = truncate(location(source.page, source.page_end, source.section), 300)
    quote = truncate(escape_markdown(source_quote(source, answer_text)), quote_chars)
    lines = [f"*{where}*" if where else "", f"> {quote}" if quote else ""]
    value = "\n".join(line for line in lines if line) or "\u200b"
    return truncate(value, FIELD_VALUE_MAX)


def _groups_value(answer: Answer) -> str | None:
    if not answer.groups:
        return None
    lines = []
    for g in answer.groups:
        line = f"**{escape_markdown(one_line(g.name))}**"
        if g.activity:
            line += f" – {escape_markdown(one_line(g.activity))}"
        lines.append(f"{line} [{g.source_n}]")
    out: list[str] = []
    for line in lines:
        line = truncate(line, FIELD_VALUE_MAX)
        if len("\n".join(out + [line])) > FIELD_VALUE_MAX:
            break
        out.append(line)
    return "\n".join(out)


def answer_embed(answer: Answer, status: StatusReport | None = None) -> discord.Embed:
    """The /fråga answer: text, one field per source, footer with index date and document count."""
    colour = COLOUR_ABSTAIN if answer.abstained else COLOUR_ANSWER
    title = truncate(escape_markdown(one_line(answer.question)), TITLE_MAX)
    footer = index_footer(status)
    groups = _groups_value(answer)
    room_for_sources = FIELDS_MAX - (1 if groups else 0)
    sources = answer.sources[:room_for_sources]
    source_label = "Närmaste avsnitt" if answer.abstained else "Källa"
    names = [
        truncate(f"{source_label} [{s.n}]: {escape_markdown(one_line(s.title))}", FIELD_NAME_MAX) for s in sources
    ]
    text = escape_markdown(answer.answer.strip()) or "\u200b"

    # Shrink the quotes first, then the answer text, until everything fits in 6000 characters.
    for quote_chars in (300, 220, 160, 110, 70, 40):
        values = [_source_value(s, quote_chars, answer.answer) for s in sources]
        fixed = len(title) + len(footer or "") + sum(map(len, names)) + sum(map(len, values))
        if groups:
            fixed += len("Ansvarig grupp") + len(groups)
        room = min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - fixed - 10)
        if room >= min(len(text), 1500):
            break
    description = truncate(text, max(room, 1))

    embed = discord.Embed(title=title, description=description, colour=colour)
    if groups:
        embed.add_field(name="Ansvarig grupp", value=groups, inline=False)
    for name, value in zip(names, values):
        embed.add_field(name=name, value=value, inline=False)
    if footer:
        embed.set_footer(text=footer)
    return embed


@dataclass(frozen=True)
class SourceLink:
    label: str
    url: str


def source_links(
    answer: Answer, passage_url: Callable[[str], str | None] | None = None, *, max_links: int = 20
) -> list[SourceLink]:
    """Link buttons "Källa n": the source's own address, else the project's passage page."""
    links = []
    for s in answer.sources:
        url = s.url if is_button_url(s.url) else (passage_url(s.passage_id) if passage_url else None)
        if is_button_url(url):
            links.append(SourceLink(fit_words(f"Källa {s.n}", LABEL_MAX), url))  # type: ignore[arg-type]
        if len(links) >= max_links:
            break
    return links


def thread_name(question: str) -> str:
    return fit_words(question, THREAD_NAME_MAX) or "Fråga"


# ---------------------------------------------------------------------------------------------
# Activities and responsible groups
# ---------------------------------------------------------------------------------------------


def _doc_link(label: str, url: str | None, page: int | None) -> str:
    if page:
        label = f"{label}, s. {page}"
    return link(label, url)


def _fit_value(lines: Iterable[str], tail: str = "") -> str:
    """Join lines into a field value ≤ 1024, cutting the text but never the trailing link."""
    body = "\n".join(line for line in lines if line)
    if tail and len(tail) > FIELD_VALUE_MAX // 2:
        tail = ""
    room = FIELD_VALUE_MAX - (len(tail) + 1 if tail else 0)
    body = truncate(body, room) if body else ""
    return "\n".join(part for part in (body, tail) if part) or "\u200b"


def activity_field(activity: Activity, *, show_area: bool = True) -> tuple[str, str]:
    name = truncate(escape_markdown(one_line(activity.title)) or "Aktivitet", FIELD_NAME_MAX)
    esc = lambda s: escape_markdown(one_line(s))  # noqa: E731
    lines = [f"**Ansvarig:** {esc(activity.responsible)}" if activity.responsible else "**Ansvarig:** okänd"]
    if show_area and activity.area:
        lines.append(f"**Område:** {esc(activity.area)}")
    if activity.period:
        lines.append(f"**Period:** {esc(activity.period)}")
    if activity.status:
        lines.append(f"**Status:** {esc(activity.status)}")
    if activity.municipalities:
        lines.append(f"**Kommuner:** {esc(', '.join(activity.municipalities))}")
    label = f"Aktivitetsplan {activity.year}" if activity.year else "Aktivitetsplan"
    return name, _fit_value(lines, _doc_link(label, activity.url, activity.page))


def _paginate(
    fields: list[tuple[str, str]], make: Callable[[], discord.Embed], per_page: int
) -> list[discord.Embed]:
    pages: list[discord.Embed] = []
    current = make()
    reserve = 200  # the footer "Sida i/n" is added afterwards
    for name, value in fields:
        full = len(current.fields) >= per_page or len(current) + len(name) + len(value) + reserve > EMBED_TOTAL_MAX
        if full and current.fields:
            pages.append(current)
            current = make()
        current.add_field(name=name, value=value, inline=False)
    pages.append(current)
    return pages


def activities_pages(resp: ActivitiesResponse, area: str | None = None, *, per_page: int = 6) -> list[discord.Embed]:
    """Pages of activities (one field each) with 'Sida i/n' footers; never empty."""
    year = resp.year
    title = "Aktiviteter" + (f" {year}" if year else "")
    if area:
        title += f" – {one_line(area)}"
    title = truncate(escape_markdown(title), TITLE_MAX)
    count = len(resp.activities)
    if not count:
        text = "Jag hittar inga aktiviteter"
        text += f" inom området {escape_markdown(one_line(area))}" if area else ""
        text += f" för {year}." if year else " i den senaste aktivitetsplanen."
        return [discord.Embed(title=title, description=truncate(text, DESCRIPTION_MAX), colour=COLOUR_INFO)]
    description = f"{count} aktivitet" + ("er" if count != 1 else "") + (
        f" ur aktivitetsplanen för {year}." if year else "."
    )
    fields = [activity_field(a, show_area=not area) for a in resp.activities]
    pages = _paginate(fields, lambda: discord.Embed(title=title, description=description, colour=COLOUR_INFO), per_page)
    for i, page in enumerate(pages, 1):
        page.set_footer(text=f"Sida {i}/{len(pages)} · {count} aktiviteter")
    return pages


def responsible_embed(resp: ResponsibleResponse) -> discord.Embed:
    title = truncate(escape_markdown(f"Vem ansvarar för {one_line(resp.topic)}?"), TITLE_MAX)
    if not resp.matches:
        return discord.Embed(
            title=title,
            description="Jag hittar ingen ansvarig grupp för det ämnet i dokumenten. Prova ett annat ord eller /fråga.",
            colour=COLOUR_ABSTAIN,
        )
    embed = discord.Embed(title=title, colour=COLOUR_INFO)
    shown = 0
    for m in resp.matches:
        name = truncate(escape_markdown(one_line(m.group)) or "Okänd grupp", FIELD_NAME_MAX)
        lines = [f"**Aktivitet:** {escape_markdown(one_line(m.activity))}" if m.activity else ""]
        tail = _doc_link(m.title or "Dokument", m.url, m.page) if (m.title or m.url) else ""
        value = _fit_value(lines, tail)
        if len(embed.fields) >= FIELDS_MAX - 1 or len(embed) + len(name) + len(value) > EMBED_TOTAL_MAX - 200:
            break
        embed.add_field(name=name, value=value, inline=False)
        shown += 1
    if shown < len(resp.matches):
        embed.set_footer(text=f"Visar {shown} av {len(resp.matches)} träffar.")
    return embed


# ---------------------------------------------------------------------------------------------
# Status, indexing and uploads
# ---------------------------------------------------------------------------------------------


def status_embed(status: StatusReport) -> discord.Embed:
    embed = discord.Embed(title="Status för dokumentassistenten", colour=COLOUR_INFO)
    by_type = "\n".join(
        f"{escape_markdown(t)}: {n}" for t, n in sorted(status.documents_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    embed.add_field(name="Dokument", value=truncate(f"**{status.documents}** totalt\n{by_type}".strip(), FIELD_VALUE_MAX))
    embed.add_field(name="Avsnitt i indexet", value=str(status.chunks))
    embed.add_field(name="Senaste indexering", value=format_date(status.last_ingest) or "aldrig")
    embed.add_field(name="Inbäddningsmodell", value=truncate(escape_markdown(status.embedding_model), FIELD_VALUE_MAX))
    embed.add_field(name="Version", value=truncate(escape_markdown(status.version), FIELD_VALUE_MAX))
    return embed


def progress_text(message: str, done: int, total: int) -> str:
    """One progress line with a bar, e.g. 'Indexerar 3/10 ▰▰▰▱▱▱▱▱▱▱ 30 %'."""
    if total > 0:
        done = max(0, min(done, total))
        filled = round(10 * done / total)
        head = f"Indexerar {done}/{total} {'▰' * filled}{'▱' * (10 - filled)} {round(100 * done / total)} %"
    else:
        head = "Indexerar …"
    detail = escape_markdown(one_line(message))
    return truncate(f"{head}\n{detail}" if detail else head, CONTENT_MAX)


def ingest_embed(report: IngestReport, *, full: bool = False) -> discord.Embed:
    failed = len(report.failed)
    summary = (
        f"**{report.added}** tillagda, **{report.updated}** uppdaterade, **{report.removed}** borttagna, "
        f"**{failed}** misslyckade ({report.unchanged} oförändrade, {report.chunks} avsnitt)."
    )
    lines = [summary]
    if failed:
        lines.append("\n**Kunde inte läsas:**")
        lines += [f"• {escape_markdown(f.path)}: {escape_markdown(one_line(f.error))}" for f in report.failed]
    embed = discord.Embed(
        title="Omindexering klar" if full else "Indexering klar",
        description=_join_lines(lines, DESCRIPTION_MAX),
        colour=COLOUR_ABSTAIN if failed else COLOUR_INFO,
    )
    return embed


def _join_lines(lines: list[str], limit: int) -> str:
    """Whole lines up to `limit`, then a note of how many were left out."""
    out: list[str] = []
    for i, line in enumerate(lines):
        line = truncate(line, limit // 2)
        rest = len(lines) - i
        note = f"\n… och {rest} till."
        if len("\n".join(out + [line])) + (len(note) if rest > 1 else 0) > limit:
            out.append(note.strip())
            break
        out.append(line)
    return "\n".join(out)


def upload_embed(result: UploadResult) -> discord.Embed:
    embed = discord.Embed(
        title=truncate(escape_markdown(f"Indexerad: {one_line(result.title)}"), TITLE_MAX), colour=COLOUR_INFO
    )
    embed.add_field(name="Typ", value=escape_markdown(result.doc_type) or "okänd")
    embed.add_field(name="Sidor", value=str(result.pages) if result.pages else "–")
    embed.add_field(name="Avsnitt", value=str(result.chunks))
    embed.add_field(name="Aktiviteter hittade", value=str(result.activities))
    embed.add_field(name="Fil", value=truncate(escape_markdown(result.path), FIELD_VALUE_MAX), inline=False)
    return embed


def error_embed(message: str) -> discord.Embed:
    return discord.Embed(description=truncate(message, DESCRIPTION_MAX), colour=COLOUR_ERROR)
