"""Items, decisions and assignments from minutes (protokoll, minnesanteckningar)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace

from ingest.doctype import MONTHS
from ingest.models import Block
from ingest.structure import flat_metadata, optional_int, optional_text
from ingest.structure.bodies import GROUP_HEADS, NAME_PREPOSITIONS, canonical_group, find_body

DECISION_KINDS = ("beslut", "uppdrag", "ansvar")


@dataclass
class Decision:
    """A decision, an assignment ("ger X i uppdrag att …") or a stated responsibility in minutes."""

    kind: str  # "beslut" | "uppdrag" | "ansvar"
    text: str  # the decision sentence, clean
    assignee: str | None = None  # the group or person given the task
    task: str | None = None  # what is decided or to be done
    page: int | None = None
    item: str | None = None  # number of the minutes item, "§ 4" or "3"
    doc_id: str = ""
    date: str | None = None
    body: str | None = None  # the meeting body that took the decision

    def to_metadata(self) -> dict:
        # "kind" is the store's own key for a catalogue row, so the decision kind gets its own name.
        return flat_metadata(self, {"decision_kind": self.kind, "text": self.text, "doc_id": self.doc_id},
                             ("assignee", "task", "page", "item", "date", "body"))

    @classmethod
    def from_metadata(cls, d: dict) -> "Decision":
        kind = d.get("decision_kind") or (d.get("kind") if d.get("kind") in DECISION_KINDS else "beslut")
        return cls(kind=str(kind), text=str(d.get("text") or ""), assignee=optional_text(d.get("assignee")),
                   task=optional_text(d.get("task")), page=optional_int(d.get("page")), item=optional_text(d.get("item")),
                   doc_id=str(d.get("doc_id") or ""), date=optional_text(d.get("date")), body=optional_text(d.get("body")))


@dataclass
class MinutesItem:
    """One numbered item (paragraf) of a set of minutes."""

    number: str  # "§ 12" or "3"
    heading: str
    text: str
    page: int | None = None
    body: str | None = None  # "Styrelsen", "Kommundirektörsgruppen" or a working group
    date: str | None = None  # ISO date of the meeting
    doc_id: str = ""
    decisions: list[Decision] = field(default_factory=list)

    def to_metadata(self) -> dict:
        decisions = json.dumps([asdict(d) for d in self.decisions], ensure_ascii=False)
        return flat_metadata(self, {"number": self.number, "heading": self.heading, "text": self.text,
                                    "doc_id": self.doc_id, "decisions": decisions}, ("page", "body", "date"))

    @classmethod
    def from_metadata(cls, d: dict) -> "MinutesItem":
        raw = d.get("decisions") or "[]"
        decisions = [Decision(**x) for x in (json.loads(raw) if isinstance(raw, str) else raw)]
        return cls(number=str(d.get("number") or ""), heading=str(d.get("heading") or ""),
                   text=str(d.get("text") or ""), page=optional_int(d.get("page")), body=optional_text(d.get("body")),
                   date=optional_text(d.get("date")), doc_id=str(d.get("doc_id") or ""), decisions=decisions)


def _clean(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


# --- meeting body and date ----------------------------------------------------------------------

_GROUP_RE = re.compile(
    r"(?<![^\W\d_])((?:[^\W\d_]+-\s+(?:och|eller)\s+)?[^\W\d_][\w-]*?(?:grupp(?:en)?|nätverk(?:et)?|rådet)s?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_KDG_RE = re.compile(r"kommundirektörsgrupp|kommundirektörsmöte|kommundirektörer|(?<![^\W\d_])kdg(?![^\W\d_])",
                     re.IGNORECASE)
_BOARD_RE = re.compile(r"(?<![^\W\d_])styrelse", re.IGNORECASE)


def detect_body(texts: list[str]) -> str | None:
    """The meeting body named in the title or first lines of minutes."""
    for text in texts:
        found: list[tuple[int, str]] = []
        if m := _KDG_RE.search(text):
            found.append((m.start(), "Kommundirektörsgruppen"))
        if m := _BOARD_RE.search(text):
            found.append((m.start(), "Styrelsen"))
        for m in _GROUP_RE.finditer(text):
            name = m.group(1)
            if name.lower() in ("grupp", "gruppen", "arbetsgrupp", "arbetsgruppen") or _KDG_RE.search(name):
                continue
            found.append((m.start(), canonical_group(name)))
            break
        if found:
            return min(found)[1]
    return None


def detect_date(texts: list[str]) -> str | None:
    """The first date in the texts as ISO (2026-03-12, "12 mars 2026")."""
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    for text in texts:
        if m := re.search(r"\b(20\d{2})-(\d{1,2})-(\d{1,2})\b", text):
            y, mo, d = map(int, m.groups())
        elif m := re.search(rf"\b(\d{{1,2}})\s+({month_names})\.?\s+(20\d{{2}})\b", text, re.IGNORECASE):
            d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        else:
            continue
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# --- items --------------------------------------------------------------------------------------

_PARAGRAPH_RE = re.compile(r"^§\s*(?P<n>\d+[a-z]?)\s*[.:–—-]?\s*(?P<h>.*)$", re.DOTALL)
_NUMBERED_RE = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s*(?P<h>[^\W\d_].*)$", re.DOTALL)
_NUMBERED_BARE_RE = re.compile(r"^(?P<n>\d{1,2})\s+(?P<h>[^\W\d_].*)$", re.DOTALL)
_ITEM_WORD_RE = re.compile(r"^(?:punkt|ärende|paragraf)\s+(?P<n>\d+)\s*[.:–—-]?\s*(?P<h>.*)$",
                           re.IGNORECASE | re.DOTALL)


def _item_start(block: Block) -> tuple[str, str, str] | None:
    """(number, heading, rest of the block) when the block opens a minutes item."""
    text = block.text.strip()
    first, _, rest = text.partition("\n")
    first = _clean(first)
    if m := _PARAGRAPH_RE.match(first):
        heading = m.group("h").strip(" :–—-")
        if block.kind == "heading" or (len(heading.split()) <= 15 and not re.search(r"[.!?]$", heading)):
            return f"§ {m.group('n')}", heading.rstrip("."), rest
        # "§ 4 Nästa möte Nästa möte hålls …" run together: where the heading ends is unknown.
        return f"§ {m.group('n')}", "", f"{heading}\n{rest}".strip()
    if m := _ITEM_WORD_RE.match(first):
        return m.group("n"), m.group("h").strip(" .:–—-"), rest
    if block.kind in ("heading", "paragraph") and (m := _NUMBERED_RE.match(first)):
        heading = m.group("h").strip()
        short = len(heading.split()) <= 10 and not heading.endswith(".")
        if block.kind == "heading" or (short and not rest):
            return m.group("n"), heading, rest
    if block.kind == "heading" and (m := _NUMBERED_BARE_RE.match(first)):
        heading = m.group("h").strip()
        if heading.split()[0].lower().strip(".") not in MONTHS:  # "12 mars 2026" is a date, not item 12
            return m.group("n"), heading, rest
    return None


_INLINE_ITEM_RE = re.compile(r"(?:\n|(?<=[.!?:])[ \t]+)(?=§\s*\d+[a-z]?\s+[^\W\d_])")


def _split_items(block: Block) -> list[Block]:
    """Split a paragraph where a loader ran several "§ N" items together (PDF minutes without headings)."""
    if block.kind == "heading" or block.kind == "table_row" or "§" not in block.text:
        return [block]
    parts = [p.strip() for p in _INLINE_ITEM_RE.split(block.text)]
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return [block]
    return [replace(block, text=p) for p in parts]


# --- decisions ----------------------------------------------------------------------------------

_SUBJECT_CUT_RE = re.compile(
    r"^.*\b(?:att|beslutar|beslutade|beslöt|beslutades|därför|även|också|dessutom|vidare)\s+",
    re.IGNORECASE | re.DOTALL
)
_GROUP_NOUN_RE = re.compile(
    r"grupp|sekretariat|styrelse|nätverk|råd(?:et)?\b|kommun|stad(?:en)?\b|förvaltning|kontor|ledare|chef|samordnare",
    re.IGNORECASE,
)
_LINK_WORDS = frozenset({"och", "samt", "för", "i", "inom", "på", "med", "kring", "den", "det", "de"})
_PRONOUNS = frozenset({"man", "vi", "de", "den", "det", "han", "hon", "alla", "gruppen", "som", "vilka"})

# Active: "Styrelsen ger kommundirektörsgruppen i uppdrag att …", "… ger i uppdrag åt X att …".
# The passive "X ges i uppdrag att …" names the assignee before the verb and is read by _GETS_RE.
_GIVE_RE = re.compile(
    r"\b(?:ger|ge|gav|givit|gett)\s+(?:(?:i\s+)?uppdrag(?:et)?\s+(?:till|åt)\s+(?P<a2>.+?)|(?P<a>.+?)\s+"
    r"(?:i\s+)?uppdrag(?:et)?)\s+(?:att|om)\s+(?P<t>.+)",
    re.IGNORECASE | re.DOTALL,
)
_ASSIGN_TO_RE = re.compile(
    r"\b(?:uppdrar|uppdra|uppdrog|uppdras|uppdrogs|uppdraget\s+(?:ges|gavs|lämnas|går)|uppdrag\s+(?:ges|gavs|lämnas))"
    r"\s+(?:åt|till)\s+(?P<a>.+?)\s+att\s+(?P<t>.+)",
    re.IGNORECASE | re.DOTALL,
)
_GETS_RE = re.compile(
    r"^(?P<a>.+?)\s+(?:(?:får|fick|har\s+fått|ska\s+få|ges|gavs|har\s+getts|har\s+givits|ska\s+ges)\s+"
    r"(?:i\s+)?uppdrag(?:et)?|uppdras|uppdrogs)\s+(?:att|om)\s+(?P<t>.+)",
    re.IGNORECASE | re.DOTALL,
)
# Words that can stand next to "uppdrag" but never name who got it ("ges i uppdrag" is not group "I").
_NOT_ASSIGNEE = frozenset(
    "i på till åt om att av med för från hos inom under över och samt eller men som den det de dem denna detta "
    "dessa en ett uppdrag uppdraget uppdragen även också därmed härmed vidare nu här där".split()
)
_RESPONSIBLE_RE = re.compile(
    r"^(?P<a>.+?)\s+(?:ansvarar|ansvarade|ska\s+ansvara|kommer\s+att\s+ansvara|har\s+(?:huvud)?ansvar(?:et)?|"
    r"är\s+(?:huvud)?ansvarig[a]?|blir\s+ansvarig[a]?|tar\s+ansvar(?:et)?)\s+(?:för|över)\s+(?P<t>.+)",
    re.IGNORECASE | re.DOTALL,
)
_LABEL_RESPONSIBLE_RE = re.compile(r"^(?:ansvarig[a]?|ansvar)\s*:\s*(?P<a>.+)$", re.IGNORECASE)
_DECIDE_RE = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutades|besluta|beslutas)\s+(?:därmed\s+|också\s+|även\s+|vidare\s+)?"
    r"att\s+(?P<t>.+)",
    re.IGNORECASE | re.DOTALL,
)
_DECIDE_LABEL_RE = re.compile(r"^(?:beslut|beslutet|beslutades)\s*:\s*(?P<t>.+)$", re.IGNORECASE | re.DOTALL)
_DECIDE_OPEN_RE = re.compile(
    r"(?:beslutar|beslutade|beslöt|beslutades|föreslås\s+besluta)\s*(?:följande)?\s*:?\s*$", re.IGNORECASE
)


def _subject(prefix: str) -> str | None:
    """The noun phrase just before the verb: "… beslutar att Sekretariatet" → "Sekretariatet"."""
    s = _SUBJECT_CUT_RE.sub("", prefix.strip())
    s = s.strip(" ,;:–—-")
    if s.lower() in ("gruppen", "vi"):
        return s  # the meeting body itself
    if not s or s.lower() in _PRONOUNS or len(s.split()) > 8:
        return None
    if find_body(s):
        return s
    words = s.split()
    if len(words) >= 3 and words[0][:1].isupper() and words[0].lower().endswith(GROUP_HEADS) \
            and words[1].lower() in NAME_PREPOSITIONS:
        return s  # "Forumet för lugna morgnar på landsbygden": a group noun and what it is for, one name
    # A named group or person: every word capitalised ("Anna Berg", "Region Skåne"), a group noun
    # ("sekretariatet", "Miljö- och klimatgruppen") or a small word between them.
    unknown = 0
    for word in s.split():
        if word[0].isupper() or word.endswith("-") or word.lower() in _LINK_WORDS or _GROUP_NOUN_RE.search(word):
            continue
        unknown += 1
    if unknown == 0 or (unknown == 1 and _GROUP_NOUN_RE.search(s.split()[-1]) and len(s.split()) <= 4):
        return s
    return None


def _assignee(raw: str | None, body: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip(" ,;:–—-")
    if raw.lower() in ("gruppen", "vi"):
        return body  # "Gruppen ansvarar för …" in a group's own minutes
    if raw.lower() in _PRONOUNS or not raw:
        return None
    words = raw.lower().split()
    if all(w.strip(".,;:") in _NOT_ASSIGNEE for w in words):
        return None  # a preposition or a small word alone is never who got the task
    return canonical_group(raw) or None


def _task(raw: str) -> str:
    return _clean(raw).rstrip(" .;,")


def decision_from_sentence(sentence: str, body: str | None = None) -> Decision | None:
    """A Decision when the sentence decides, assigns or states a responsibility, else None."""
    s = _clean(sentence)
    if not s:
        return None
    if m := _GIVE_RE.search(s):
        return Decision("uppdrag", s, _assignee(m.group("a2") or m.group("a"), body), _task(m.group("t")))
    if m := _ASSIGN_TO_RE.search(s):
        return Decision("uppdrag", s, _assignee(m.group("a"), body), _task(m.group("t")))
    if (m := _GETS_RE.search(s)) and (subject := _subject(m.group("a"))):
        return Decision("uppdrag", s, _assignee(subject, body), _task(m.group("t")))
    if (m := _RESPONSIBLE_RE.search(s)) and (subject := _subject(m.group("a"))):
        return Decision("ansvar", s, _assignee(subject, body), _task(m.group("t")))
    if m := _DECIDE_LABEL_RE.match(s):
        return Decision("beslut", s, None, _task(m.group("t")))
    if m := _DECIDE_RE.search(s):
        return Decision("beslut", s, None, _task(m.group("t")))
    return None


def split_sentences(text: str) -> list[str]:
    """Sentences of a Swedish text; abbreviations ("t.ex.", "kl. 13") do not end a sentence."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ§])", line)
        out.extend(p.strip() for p in parts if p.strip())
    return out


_LINE_START_KEEP_RE = re.compile(r"^(?:[-–•*]\s|\d{1,2}[.)]\s|[^\W\d_][\w ]{0,25}:\s|§)")


def unwrap_lines(text: str) -> str:
    """Join lines a PDF wrapped inside a sentence; keep list lines and "att …" decision lines apart."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        if out:
            prev = out[-1]
            starts_att = re.match(r"^att\s", line, re.IGNORECASE)
            keep = (re.search(r"[.!?:;]$", prev) or _LINE_START_KEEP_RE.match(line)
                    or (starts_att and (prev.endswith(",") or _DECIDE_OPEN_RE.search(prev))))
            if not keep:
                out[-1] = f"{prev} {line}"
                continue
        out.append(line)
    return "\n".join(out)


def _decisions_in_item(lines: list[tuple[str, int | None]], item: "MinutesItem") -> list[Decision]:
    decisions: list[Decision] = []
    opener: str | None = None  # "Kommundirektörsgruppen beslutar" followed by "att …" lines
    for line, page in lines:
        for sentence in split_sentences(unwrap_lines(line)):
            found: Decision | None = None
            label = _LABEL_RESPONSIBLE_RE.match(sentence)
            if label:
                assignee = _assignee(label.group("a").rstrip("."), item.body)
                found = Decision("ansvar", _clean(sentence), assignee, item.heading or None)
            elif opener and re.match(r"^(?:[-–•]\s*)?att\s+", sentence, re.IGNORECASE):
                rest = re.sub(r"^[-–•]\s*", "", sentence)
                full = _clean(f"{opener} {rest}").rstrip(",;")
                found = decision_from_sentence(full, item.body)
                if found:
                    found.text = full if full.endswith(".") else full + "."
            else:
                found = decision_from_sentence(sentence, item.body)
                opener = _clean(sentence).rstrip(":") if _DECIDE_OPEN_RE.search(sentence) else None
            if found:
                found.page = page
                decisions.append(found)
    for d in decisions:
        d.page = d.page if d.page is not None else item.page
        d.item, d.doc_id, d.date, d.body = item.number, item.doc_id, item.date, item.body
    return decisions


def _table_decisions(rows: list[list[str]], item: "MinutesItem", page: int | None) -> list[Decision]:
    """Action lists in minutes ("Åtgärd | Ansvarig | Klart") as responsibilities."""
    from ingest.structure.activities import header_map

    if not rows:
        return []
    header = header_map(rows[0])
    if not header or "responsible" not in header:
        return []
    out = []
    for cells in rows[1:]:
        title = cells[header["title"]] if header["title"] < len(cells) else ""
        who = cells[header["responsible"]] if header["responsible"] < len(cells) else ""
        if title and who:
            out.append(Decision("ansvar", f"{title} – ansvarig: {who}", _assignee(who, item.body), title, page))
    return out


def extract_minutes(blocks: list[Block], doc_id: str, date: str | None) -> list[MinutesItem]:
    """Split minutes into items and find each item's decisions, assignments and responsibilities."""
    from ingest.structure.activities import _repair_cell, _row_cells, _vocabulary

    blocks = [part for b in blocks for part in _split_items(b)]
    starts = [i for i, b in enumerate(blocks) if _item_start(b)]
    preamble = blocks[: starts[0]] if starts else blocks[:10]
    head_texts = [h for b in preamble[:12] for h in b.heading_path] + [b.text for b in preamble[:12]]
    body = detect_body(head_texts)
    if date is None:
        date = detect_date(head_texts) or detect_date([b.text for b in blocks[:40]])

    vocabulary: set[str] | None = None
    items: list[MinutesItem] = []
    current: MinutesItem | None = None
    lines: list[tuple[str, int | None]] = []
    tables: dict[object, list[list[str]]] = {}
    table_pages: dict[object, int | None] = {}
    item_level = 0

    def close() -> None:
        if current is None:
            return
        current.text = "\n".join(t for t, _ in lines).strip()
        current.decisions = _decisions_in_item(lines, current)
        for key, rows in tables.items():
            for d in _table_decisions(rows, current, table_pages[key]):
                d.item, d.doc_id, d.date, d.body = current.number, doc_id, date, body
                current.decisions.append(d)
        items.append(current)

    for block in blocks:
        start = _item_start(block)
        if start:
            close()
            number, heading, rest = start
            current = MinutesItem(number=number, heading=_clean(heading), text="", page=block.page, body=body,
                                  date=date, doc_id=doc_id)
            lines, tables = ([(rest.strip(), block.page)] if rest.strip() else []), {}
            table_pages.clear()
            item_level = block.level if block.kind == "heading" else 0
            continue
        if current is None:
            continue
        if block.kind == "heading" and item_level and block.level <= item_level:
            close()  # "Justering", "Nästa möte" at the items' level without a number ends the item
            current, lines = None, []
            continue
        if block.kind == "table_row":
            if vocabulary is None:
                vocabulary = _vocabulary(blocks)
            cells = [_repair_cell(c, vocabulary) for c in _row_cells(block)]
            tables.setdefault(block.table, []).append(cells)
            table_pages.setdefault(block.table, block.page)
            lines.append((" | ".join(c for c in cells if c), block.page))
            continue
        lines.append((block.text.strip(), block.page))
    close()
    return items
