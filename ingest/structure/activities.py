"""Activity records from yearly activity plans (aktivitetsplaner), table- or list-style.

Works on the loaders' Block lists only, so it is the same for Word, PDF, Markdown and HTML plans.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.models import Block
from ingest.structure import flat_metadata, optional_int, optional_text
from ingest.structure.bodies import (KNOWN_MUNICIPALITIES, MUNICIPALITIES, MUNICIPALITY_WORDS, broken_group_words,
                                     canonical_group, known_group_words)
from ingest.structure.values import (field_by_value, is_municipality_list, looks_like_body, looks_like_period,
                                     looks_like_status)

PRIORITY_AREAS = (
    "Digitalisering",
    "Näringsliv",
    "Fysisk planering och infrastruktur",
    "Framtida kompetensförsörjning",
    "Miljö och klimat",
)

# Header/label words per field, compared without spaces and case ("Ansvarig\ngrupp" → "ansvariggrupp").
_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("aktivitet", "aktiviteter", "aktivitetinsats", "insats", "insatser", "åtgärd", "åtgärder",
              "aktivitetåtgärd", "aktivitetsbeskrivning", "benämning", "uppgift", "satsning", "satsningar",
              "åtagande", "åtaganden", "moment", "delaktivitet", "delaktiviteter", "initiativ"),
    "responsible": ("ansvarig", "ansvariga", "ansvar", "ansvariggrupp", "ansvarigaktör", "ansvarigarbetsgrupp",
                    "ägare", "huvudansvarig", "huvudansvar", "ansvarsägare", "ansvarigfunktion", "ansvarsgrupp",
                    "utförare", "genomförare", "huvudman", "genomförsav", "utförsav", "arbetsgrupp", "grupp",
                    "projektgrupp"),
    "period": ("tid", "tidsplan", "tidsperiod", "period", "tidpunkt", "när", "genomförande", "tidram",
               "klartsenast", "slutdatum", "tidsram", "löptid", "varaktighet", "startslut", "genomförs"),
    "status": ("status", "läge", "lägesrapport", "lägesbeskrivning", "nuläge", "lägesbild", "uppföljning",
               "aktuelltläge"),
    "area": ("område", "prioriteratområde", "fokusområde", "insatsområde", "strategisktområde", "målområde"),
    "municipalities": ("deltagandekommuner", "deltagare", "kommuner", "medverkandekommuner",
                       "berördakommuner", "deltagandekommun", "medverkande", "kommunersomdeltar",
                       "kommunersomingår", "kommunersommedverkar", "geografiskomfattning"),
}
_LABEL_TO_FIELD = {label: f for f, labels in _LABELS.items() for label in labels}
# Title labels that describe the activity rather than name it ("Det handlar om", "Innebär", "Vad ska göras"):
# a name line before one names the record.
_DESCRIBING_LABEL = (r"^(?:innehåll(?:et)?(?:i[a-zåäö]+)?|(?:kort)?beskrivning(?:av\w+)?|dethärgörvi|detgörvi|"
                     r"kortom[a-zåäö]+|(?:så|hur)gårdettill|"  # "Kort om aktiviteten", "Så går det till"
                     r"kärnan(?:i\w+)?|"  # "Innehåll i korthet", "Kärnan i insatsen"
                     # "Insatsens inriktning", "Arbetets innehåll", "Uppdragets art": what the effort is about
                     # (while a column "Inriktning" alone may be the area)
                     r"[a-zåäö]{3,}s(?:inriktning|innehåll|beskrivning|kärna|fokus|art)|"
                     # "Vad ska göras", "Det som ska göras", "Vad som görs"
                     r"(?:vad|det)(?:som)?(?:ska|skall|vi)?(?:göras|görs|gör|utföras))$|handlarom|gårutpå$|^innebär|"
                     r"^innebörd(?:en)?$|"  # "Innebörd": what the commitment means
                     # "Vad insatsen går ut på", "Vad planen omfattar"
                     r"^vad[a-zåäö]*(?:omfattar|innehåller|avser|rymmer)$|"
                     # "Det konkreta arbetet", "Själva arbetet": the work itself
                     r"^(?:det[a-zåäö]+|själva)?arbetet$")
_DESCRIBING_LABEL_RE = re.compile(_DESCRIBING_LABEL)
# Parts of a label that say its field, in this order (a label is compared without spaces and case).
_LABEL_PATTERNS = (
    # "Sammankallande", "Samordnare": the group that convenes the work owns it
    # "Huvudsaklig aktör", "Arrangör", "Vem håller i det": whoever acts owns the activity
    # "Samordnas av", "Drivs framåt av", "Hålls ihop av": a passive names its agent
    # "Svarar för arbetet", "Står för genomförandet": who answers for the work
    ("responsible", re.compile(r"ansvar|ägare|utförare|huvudman|uppdragstagare|^svarar|^stårför|"
                               r"^[a-zåäö]{3,}s(?:framåt|ihop|fram|upp|vidare|samman)?av$|omhandav$|^sammankallande|"
                               r"^samordnare$|^samordnande|aktör|organisatör|arrangör|^vem(?:gör|ansvarar|hålleri|leder|driver|äger|sköter)|"
                               r"^hålleri|somhålleri|^ägsav$|^ledande|(?<!mål)(?<!referens)grupp$")),  # "Ledande grupp", not "Målgrupp"
    # "Orter som berörs", "Deltagande orter"
    ("municipalities", re.compile(r"kommun|^medverka|^deltar$|^anslutna|^orter|^ort$|"
                                  r"(?:deltagande|medverkande|berörda|involverade)orter$")),
    # "Resultat hittills", "Avrapporterat", "Rapport 20 november", but not an expected result ("Förväntat
    # resultat") nor whom it reports to ("Rapporterar till")
    # "Så långt har vi kommit", "Var vi står": the progress in a sentence of its own
    ("status", re.compile(r"status|(?<!^tids)läge|uppföljning|(?<!förväntat)(?<!önskat)resultat|rapporterat|rapport(?!er)|utfall|"
                          r"långt\w*kommit|^varvistår|^hittills|framsteg|avstämning|^hur(?:gårdet|detgår)|"
                          r"^redovisa(?:t|de|ts)(?!till)|^redovisning(?!till)|"  # "Redovisat 1 december"
                          r"^uppföljt|^avstämt|^stämdesav|^följdesupp")),  # "Uppföljt den 12 november"
    # "Löper under", "Pågår", "Startar"
    ("period", re.compile(r"tid(?!ning)|period|datum|horisont|^löper|^pågår$|^start|^när$")),  # not "Närvarande"
    # "Beslutad åtgärd", "Planerad insats": the kind of activity it is, and its name
    ("title", re.compile(rf"{_DESCRIBING_LABEL}|^(?:projekt|uppdrag)$|"
                         r"^[a-zåäö]{3,}(?:d|t)(?:åtgärd|aktivitet|insats|satsning|inslag|moment)(?:en|et)?$")),
    ("area", re.compile(r"område|^tema$")),  # a label ending in "fält" is read before these (field_for_label)
)

# The same labels as they appear in running text ("Ansvarig: …"), longest first.
_TEXT_LABELS = (
    ("title", r"aktivitet(?:\s*(?:nr\.?\s*)?\d+)?|insats(?:\s*\d+)?|åtgärd(?:\s*\d+)?|uppgift|innehåll"),
    ("responsible",
     # "Ansvarig grupp", "Ansvarig enhet", "Ansvariga förvaltningar": any one word after it
     r"ansvarig(?:a)?\s+[^\W\d_]+|huvudansvarig|huvudansvar|ansvarsägare|ansvariga|ansvarig|"
     r"ansvar|ägare|utförare|genomförare|huvudman|uppdragstagare|sammankallande(?:\s+[^\W\d_]+)?|samordnare|"
     # "Samordnas av", "Drivs av", "Leds av", "Genomförs av": the passive names the group
     r"[a-zåäö]{3,}s\s+av"),
    ("period", r"tidsplan|tidsperiod|tidpunkt|tidsram|tidram|klart\s+senast|slutdatum|löptid|genomförandetid|tidshorisont|tid|period|när"),
    ("status", r"status|lägesrapport|lägesbeskrivning|lägesbild|nuläge|uppföljning|aktuellt\s+läge|läge|"
               r"(?:så|hur)\s+långt\s+(?:har\s+vi\s+|vi\s+har\s+|arbetet\s+har\s+)?kommit|var\s+vi\s+står"),
    ("area", r"prioriterat\s+område|målområde|område"),
    ("municipalities", r"deltagande\s+kommuner|medverkande\s+kommuner|berörda\s+kommuner|"
                       r"kommuner\s+som\s+(?:deltar|ingår|medverkar)|involverade\s+kommuner|geografisk\s+omfattning|deltagare|kommuner"),
)
_FIELD_RE = re.compile(
    r"(?:^|(?<=[\n;|•·])|(?<=[.,–—(] ))[ \t]*(?P<label>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _TEXT_LABELS)
    + r")[ \t]*:[ \t]*",
    re.IGNORECASE,
)

_AREA_ALIASES = {
    "digitalisering": "Digitalisering",
    "digitala lösningar": "Digitalisering",
    "näringsliv": "Näringsliv",
    "näringslivsutveckling": "Näringsliv",
    "näringsliv och turism": "Näringsliv",
    "fysisk planering och infrastruktur": "Fysisk planering och infrastruktur",
    "infrastruktur och fysisk planering": "Fysisk planering och infrastruktur",
    "fysisk planering": "Fysisk planering och infrastruktur",
    "infrastruktur": "Fysisk planering och infrastruktur",
    "framtida kompetensförsörjning": "Framtida kompetensförsörjning",
    "kompetensförsörjning": "Framtida kompetensförsörjning",
    "miljö och klimat": "Miljö och klimat",
    "miljö- och klimat": "Miljö och klimat",
    "miljö- och klimatfrågor": "Miljö och klimat",
    "miljö och klimatfrågor": "Miljö och klimat",
    "klimat och miljö": "Miljö och klimat",
    "miljö": "Miljö och klimat",
    "klimat": "Miljö och klimat",
}
# Loose matching (an Område cell, a user's filter): the first keyword found decides.
_AREA_KEYWORDS = (
    ("digital", "Digitalisering"),
    ("näringsliv", "Näringsliv"),
    ("turism", "Näringsliv"),
    ("fysisk planering", "Fysisk planering och infrastruktur"),
    ("infrastruktur", "Fysisk planering och infrastruktur"),
    ("planering", "Fysisk planering och infrastruktur"),
    ("kompetens", "Framtida kompetensförsörjning"),
    ("klimat", "Miljö och klimat"),
    ("miljö", "Miljö och klimat"),
)


@dataclass
class ActivityRecord:
    """One activity of an activity plan."""

    title: str
    area: str | None = None
    responsible: str | None = None
    period: str | None = None
    status: str | None = None
    municipalities: list[str] = field(default_factory=list)
    year: int | None = None
    doc_id: str = ""
    page: int | None = None

    def to_metadata(self) -> dict:
        """Flat str/int values for Chroma; absent values are left out."""
        return flat_metadata(
            self, {"title": self.title, "municipalities": ", ".join(self.municipalities), "doc_id": self.doc_id},
            ("area", "responsible", "period", "status", "year", "page"))

    @classmethod
    def from_metadata(cls, d: dict) -> "ActivityRecord":
        munis = [m.strip() for m in str(d.get("municipalities") or "").split(",") if m.strip()]
        return cls(title=str(d.get("title") or ""), area=optional_text(d.get("area")),
                   responsible=optional_text(d.get("responsible")), period=optional_text(d.get("period")),
                   status=optional_text(d.get("status")), municipalities=munis, year=optional_int(d.get("year")),
                   doc_id=str(d.get("doc_id") or ""), page=optional_int(d.get("page")))


# --- small helpers -----------------------------------------------------------------------------

def _clean(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip(" \t\n;,|")


def _label_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\([^)]*\)", "", text)
    return re.sub(r"[^\w]|\d|_", "", text)


def field_for_label(text: str) -> str | None:
    key = _label_key(text)
    if not key:
        return None
    if key in _LABEL_TO_FIELD:
        return _LABEL_TO_FIELD[key]
    if re.search(r"(?:område|fält|sektor)$", key):
        # "Ansvarsområde", "Ansvarsfält", "Verksamhetsfält", "Kommunal sektor": what the activity belongs to,
        # not who, nor which municipalities
        return "area"
    # "Aktivitet/insats", "Tidsplan (kvartal)", "Status december": a known label opening the cell.
    for label in sorted(_LABEL_TO_FIELD, key=len, reverse=True):
        if len(label) >= 4 and key.startswith(label) and len(key) - len(label) <= 12:
            return _LABEL_TO_FIELD[label]
    # Labels no list holds, read by their parts: "Samordnas av", "Uppdragstagare", "Involverade kommuner",
    # "Tidshorisont", "Genomförandetid", "Nuläge i maj".
    for field_name, pattern in _LABEL_PATTERNS:
        if len(key) <= 30 and pattern.search(key):
            return field_name
    return None


def is_header_row(cells: list[str]) -> bool:
    """Every cell of a table row is a known column label: "Aktivitet | Ansvarig | Tid | Status"."""
    cells = [c for c in (_clean(c) for c in cells) if c]
    return len(cells) >= 2 and all(_label_key(c) in _LABEL_TO_FIELD for c in cells)


def _strip_numbering(text: str) -> str:
    return re.sub(r"^(?:\d+(?:\.\d+)*[.):]?|[a-zA-Z][.)]|[-–•*●▪])\s+", "", text).strip()


def canonical_area(text: str | None, strict: bool = False) -> str | None:
    """The priority area a heading or cell names, in the business plan's wording.

    Strict: the text must be the area's name (a heading). Loose: a keyword is enough ("klimat").
    Unknown areas come back cleaned, or None in strict mode.
    """
    s = _clean(text)
    if not s:
        return None
    s = _strip_numbering(s)
    s = re.sub(r"^(?:prioriterat|strategiskt|fokus)?\s*område\s*(?:\d+)?\s*[:.–-]?\s*", "", s, flags=re.I)
    key = re.sub(r"\s+", " ", s.lower()).strip(" .:")
    if key in _AREA_ALIASES:
        return _AREA_ALIASES[key]
    if strict:
        return None
    # A keyword opens a word: "klimatanpassning" is about climate, "utemiljö" (playgrounds) is not.
    found = [(m.start(), area) for k, area in _AREA_KEYWORDS if (m := re.search(rf"(?<![^\W\d_]){k}", key))]
    if found:
        return min(found)[1]
    return s[:1].upper() + s[1:] if s else None


_ALL_RE = re.compile(
    r"^(?:alla|samtliga)\b|\b(?:alla|samtliga)\s+(?:\d+\s+|tolv\s+)?(?:medlems)?kommuner(?:na)?\b|"
    r"\bhela\s+malmölundregionen\b|\bmlr-kommunerna\b",
    re.IGNORECASE,
)


def normalise_municipalities(text: str | None) -> list[str]:
    """The municipalities a cell names, in the order it names them (a reader compares the answer with
    the document), members or neighbours in Skåne; "alla"/"samtliga kommuner" → all 12 members in the canonical
    order."""
    s = _clean(text).lower()
    if not s:
        return []

    def named(part: str) -> list[str]:
        found = {m: hit.start() for m in KNOWN_MUNICIPALITIES
                 if (hit := re.search(rf"(?<![^\W\d_]){m.lower()}s?(?![^\W\d_])", part))}
        return sorted(found, key=found.get)

    if _ALL_RE.search(s):
        m = re.search(r"\b(?:utom|förutom|ej|inte)\b(.+)$", s)
        excluded = set(named(m.group(1))) if m else set()
        return [x for x in MUNICIPALITIES if x not in excluded]
    return named(s)


def _repair_cell(text: str, vocabulary: set[str]) -> str:
    """Join the lines of a cell; compounds broken by a narrow column are repaired by ingest.clean."""
    if "\n" not in text:
        return _clean(text)
    from ingest.clean import join_cell_lines

    return _clean(join_cell_lines(text, vocabulary))


def _repair_name_cell(text: str, vocabulary: set[str]) -> str:
    """A cell of the responsible column: one name, however the column broke it."""
    from ingest.clean import join_name_lines

    return _clean(join_name_lines(text, vocabulary))


def _vocabulary(blocks: list[Block]) -> set[str]:
    from ingest.clean import document_vocabulary

    return document_vocabulary(blocks) | known_group_words() | broken_group_words(blocks)


def _row_cells(block: Block) -> list[str]:
    if block.cells is not None:
        return list(block.cells)
    return [c for c in re.split(r"\s*[|\t]\s*", block.text)]


def detect_plan_year(blocks: list[Block]) -> int | None:
    """The year of an activity plan from its title or first lines ("Aktivitetsplan 2026")."""
    texts = [b.text for b in blocks[:15] if b.kind != "table_row"]
    texts += [h for b in blocks[:15] for h in b.heading_path]
    for t in texts:
        m = re.search(r"aktivitetsplan\w*\D{0,12}?(20\d{2})", t, re.IGNORECASE)
        if m:
            return int(m.group(1))
    for t in texts:
        m = re.search(r"\b(20\d{2})\b", t)
        if m:
            return int(m.group(1))
    return None


def _area_from_path(path: tuple[str, ...]) -> str | None:
    for heading in reversed(path):
        area = canonical_area(heading, strict=True)
        if area:
            return area
    return None


# Headings that name the document or a general section, never a priority area.
_NOT_AN_AREA_RE = re.compile(
    r"aktivitetsplan|verksamhetsplan|exempel|^aktiviteter\b|^\d{4}$|^(?:inledning|bakgrund|innehåll|"
    r"sammanfattning|uppföljning|bilag|organisation|syfte)",
    re.IGNORECASE,
)


def _section_area(path: tuple[str, ...], loose: str | None) -> str | None:
    """The priority area of a block: a known area among its headings, else the nearest section
    heading (a plan may have areas of its own), else an area named by a plain line before it."""
    area = _area_from_path(path)
    if area:
        return area
    for heading in reversed(path):
        h = _strip_numbering(_clean(heading))
        if h and not _NOT_AN_AREA_RE.search(h):
            return h
    return loose


# --- the extractor -----------------------------------------------------------------------------

class _Builder:
    """Collects activities in document order."""

    def __init__(self, doc_id: str, year: int | None) -> None:
        self.doc_id, self.year = doc_id, year
        self.records: list[ActivityRecord] = []
        self.draft: dict | None = None  # list-style activity being filled in

    def add(self, fields: dict, page: int | None, area: str | None) -> ActivityRecord | None:
        title = _strip_numbering(_clean(fields.get("title")))
        if not title:
            return None
        responsible = canonical_group(_clean(fields.get("responsible"))) or None
        record_area = canonical_area(fields.get("area")) if fields.get("area") else area
        record = ActivityRecord(
            title=title, area=record_area, responsible=responsible,
            period=_clean(fields.get("period")) or None, status=_clean(fields.get("status")) or None,
            municipalities=normalise_municipalities(fields.get("municipalities")),
            year=self.year, doc_id=self.doc_id, page=page,
        )
        self.records.append(record)
        return record

    # list style
    def start(self, title: str, page: int | None, area: str | None, fields: dict | None = None,
              explicit: bool = False) -> None:
        self.flush()
        self.draft = {"fields": {"title": title, **(fields or {})}, "page": page, "area": area,
                      "filled": explicit or bool(fields), "labelled": explicit, "heading": None}

    def start_under_heading(self, title: str, page: int | None, area: str | None) -> None:
        """A record whose lines come under a heading: the heading titles it until a title label does."""
        self.start(title, page, area)
        self.draft["heading"] = title

    def takes_title(self, fields: dict) -> bool:
        """A title label names the record begun under a heading ("Kommuner som berörs: …" came first)."""
        return self.draft is not None and not self.draft["labelled"] and self.draft["heading"] is not None \
            and not self.repeats(fields)

    def name(self, fields: dict) -> None:
        self.draft["fields"]["title"] = fields["title"]
        self.draft["labelled"] = True
        self.draft["area"] = self.draft["area"] or canonical_area(self.draft["heading"])
        self.fill(fields)

    def repeats(self, fields: dict) -> bool:
        """A field the current record already has: the line opens the next record under the same heading."""
        return self.draft is not None and any(
            k != "title" and v and self.draft["fields"].get(k) for k, v in fields.items())

    def restart_under_heading(self, page: int | None) -> None:
        heading, area = self.draft["heading"], self.draft["area"]
        self.start_under_heading(heading, page, area)

    def fill(self, fields: dict) -> None:
        if self.draft is None:
            return
        for key, value in fields.items():
            if key != "title" and value and not self.draft["fields"].get(key):
                self.draft["fields"][key] = value
        self.draft["filled"] = True

    def flush(self) -> None:
        if self.draft and self.draft["filled"]:
            self.add(self.draft["fields"], self.draft["page"], self.draft["area"])
        self.draft = None


# Any short label opening a line or a sentence ("Kommuner som berörs:", "Senaste uppföljning:"); its field
# is read by field_for_label, so running text needs no second list of labels.
_ANY_LABEL_RE = re.compile(
    r"(?:^|(?<=[\n;|•·])|(?<=\. )(?=[A-ZÅÄÖ]))[ \t]*(?:[-–•*][ \t]+)?"
    # "Rapport 20 november:", "Vad insatsen går ut på:", "Så ser det ut 1 december:"
    r"(?P<label>[^\W\d_]+(?:[ \t](?:[^\W\d_]+|\d{1,2})){0,5})[ \t]*:[ \t]*",
    re.MULTILINE,
)


# "Huvudansvar – Badplatsgruppen", "Tidsperiod\tApril–maj": a line opening with a label and a dash or a tab
# instead of a colon; only a label that names a field counts, since prose opens lines with dashes too.
_DASH_LABEL_RE = re.compile(
    r"^[ \t]*(?:[-–•*][ \t]+)?(?P<label>[^\W\d_]+(?:[ \t][^\W\d_]+){0,3})(?:[ \t]+[–—-][ \t]+|[ \t]*\t[ \t]*)(?=\S)",
    re.MULTILINE,
)


def _label_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, field) of every label in the text, in order; a known label wins over an overlapping one.
    A line opening with a label of no field gives None."""
    found = [(m.start(), m.end(), next(n for n, _ in _TEXT_LABELS if m.group(n))) for m in _FIELD_RE.finditer(text)]
    taken = [(start, end) for start, end, _ in found]
    for m in _ANY_LABEL_RE.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        name = field_for_label(m.group("label"))
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if name or line_start:
            found.append((m.start(), m.end(), name))  # an unknown label ("Syfte:") ends the value before it
            taken.append((m.start(), m.end()))
    for m in _DASH_LABEL_RE.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        if name := field_for_label(m.group("label")):
            found.append((m.start(), m.end(), name))
    return sorted(found)


# Labels naming whom the work is for or who is consulted ("Målgrupp: Pensionärsföreningarna"), not its owner.
_OTHER_PARTY_LABEL_RE = re.compile(r"^(?:mål|referens|intressent|berörd|mottagar)\w*|^samråd|^för(?:vem|vilka)$")


def parse_fields(text: str) -> tuple[str, dict[str, str]]:
    """Split "Titel – Ansvarig: X. Tid: Y" into the text before the first label and the labelled values."""
    matches = _label_matches(text)
    fields: dict[str, str] = {}
    for i, (label_start, label_end, name) in enumerate(matches):
        end = matches[i + 1][0] if i + 1 < len(matches) else len(text)
        value = text[label_end:end].strip(" \t\n;|")
        value = re.sub(r"[.,–—]$", "", value).strip()
        if name is None:
            name = field_by_value(value)  # "Medverkar: Lund, Höör", "Avrapporterat: Klar, …"
            if name is None and looks_like_body(value) \
                    and not _OTHER_PARTY_LABEL_RE.search(_label_key(text[label_start:label_end])):
                name = "responsible"  # "Kontakt hos: Flytvästlåneringen": a group's name in a record's line
        if name and name not in fields and value:
            fields[name] = value
    if not fields:
        return text.strip(), {}
    return text[: matches[0][0]].strip(" \t\n–—-:;,.|"), fields


def header_map(cells: list[str], untitled: bool = False) -> dict[str, int] | None:
    """Column index per field when the row is a header row of an activity table. `untitled`: a row
    naming at least three fields but no title column is a header too (its rows say which column holds
    the activity)."""
    mapping: dict[str, int] = {}
    for i, cell in enumerate(cells):
        f = field_for_label(cell)
        if f and f not in mapping:
            mapping[f] = i
    if "title" not in mapping:
        others = [f for f in mapping if f != "title"]
        if len(others) >= 2 and 0 not in mapping.values() and not _label_key(cells[0]):
            mapping["title"] = 0  # an unlabelled first column holds the activity
        elif not (untitled and len(others) >= 3 and len(cells) > len(others)):
            return None
    return mapping if len(mapping) >= 2 else None


def _column_field(cells: list[str]) -> str | None:
    """The field a column under an unknown label holds, by what most of its cells say."""
    if not cells:
        return None
    enough = max(1, (len(cells) * 3 + 4) // 5)  # three in five
    for name, test in (("municipalities", is_municipality_list), ("period", looks_like_period)):
        if sum(map(test, cells)) >= enough:
            return name
    short = [c for c in cells if len(c.split()) <= 8]
    if len(short) >= enough and sum(bool(re.search(r"\d", c)) or looks_like_status(c) for c in short) >= enough:
        return "status"  # "31 rutter i gång", "Klar", "Nio av 14 platser tillsatta"
    if sum(len(c.split()) <= 5 and not re.search(r"\d", c) for c in cells) >= enough:
        return "area"  # "Hållbar vardag", "Räddningstjänst"
    return None


def infer_columns(header: dict[str, int], rows: list[list[str]]) -> dict[str, int]:
    """The header completed from the table's rows: an unlabelled or unknown column is read by its content
    (months and years, state words and figures, municipality names, short area names), and the activity is
    the unknown column with the longest text."""
    mapping = dict(header)
    width = max((len(r) for r in rows), default=0)
    columns = {i: [r[i] for r in rows if i < len(r) and r[i]] for i in range(width) if i not in mapping.values()}
    columns = {i: cells for i, cells in columns.items() if cells}
    if "title" not in mapping and columns:
        longest = max(columns, key=lambda i: sum(len(c) for c in columns[i]) / len(columns[i]))
        if _column_field(columns[longest]) not in ("municipalities", "period"):
            mapping["title"] = longest
            del columns[longest]
    for i, cells in columns.items():
        name = _column_field(cells)
        if name and name not in mapping:
            mapping[name] = i
    return mapping


def _table_rows(blocks: list[Block], start: int) -> list[list[str]]:
    """The cells of the rows after blocks[start] in the same table."""
    table = blocks[start].table
    rows = []
    for block in blocks[start + 1:]:
        if block.kind != "table_row" or block.table != table:
            break
        rows.append([_clean(c) for c in _row_cells(block)])
    return rows


def _plan_header(cells: list[str], rows: list[list[str]]) -> dict[str, int] | None:
    """Column index per field when a table's first row heads an activity table; columns under labels on no
    list are read by their content."""
    labelled = header_map(cells, untitled=True)
    header = labelled
    if header is None:
        known = {field_for_label(c) for c in cells} - {None, "title"}
        if len(known) < 2 or not rows:
            return None
        header = {f: i for i, f in reversed(list(enumerate(field_for_label(c) for c in cells))) if f}
    header = infer_columns(header, rows) if rows else header
    if "title" in header and len(header) >= 3:
        return _with_title_columns(header, cells)
    return labelled


# Column labels naming an event by its kind: its cells are the events' names ("Evenemang", "Arrangemang")
_NAMING_LABEL_RE = re.compile(r"^(?:evenemang|arrangemang|händelse|namn|evenemangetsnamn|arrangemangetsnamn)$")


def _with_title_columns(header: dict[str, int], cells: list[str]) -> dict[str, int]:
    """The header with the columns that make the record's title "name – description": beside a column naming
    the activity, one under a describing label ("Insats | Så går det till": "description"); before a
    describing column, one whose label names events ("Evenemang | Kort beskrivning": "name"), though its
    short texts read like areas."""
    title = header["title"]
    if title >= len(cells):
        return header
    if not _DESCRIBING_LABEL_RE.search(_label_key(cells[title])):
        # "Insats | Så går det till | Ansvar": a describing column beside the named activity joins its title
        described = [i for i, c in enumerate(cells) if i not in header.values() and c
                     and _DESCRIBING_LABEL_RE.search(_label_key(c))]
        return {**header, "description": described[0]} if described else header
    for i in range(title):
        if _NAMING_LABEL_RE.match(_label_key(cells[i])) and header.get("area") in (i, None):
            return {**{f: j for f, j in header.items() if j != i}, "name": i}
    return header


def extract_activities(blocks: list[Block], doc_id: str, year: int | None) -> list[ActivityRecord]:
    """Every activity of an activity plan, with area, responsible group, period, status and municipalities."""
    if year is None:
        year = detect_plan_year(blocks)
    builder = _Builder(doc_id, year)
    vocabulary: set[str] | None = None
    loose_area: str | None = None  # an area named by a plain paragraph (loaders without headings)
    pending_title: tuple[str, int | None, str | None, bool] | None = None  # text, page, area, is heading

    # Table state
    table_id: object = object()
    header: dict[str, int] | None = None
    header_width = 0
    last_header: dict[str, int] | None = None
    last_width = 0
    last_row_record: ActivityRecord | None = None
    last_row_table: object = None
    rows_in_table = 0
    label_rows: list[tuple[list[str], Block]] = []

    def flush_label_table() -> None:
        """A "label | value" table: one activity per "Aktivitet" row and the rows after it."""
        fields: dict[str, str] = {}
        first: Block | None = None
        for cells, b in label_rows + [([], None)]:
            f = field_for_label(cells[0]) if cells else None
            if f == "title" and fields.keys() == {"title"} and _DESCRIBING_LABEL_RE.search(_label_key(cells[0])):
                # the table's name row and then "Kort om aktiviteten": one activity, named and described
                fields["title"] = _named_and_described(fields["title"], " ".join(c for c in cells[1:] if c))
                continue
            if b is None or (f == "title" and fields.get("title")):
                if first is not None and fields:
                    builder.add(fields, first.page, _section_area(first.heading_path, loose_area))
                fields, first = {}, b
            if f and f not in fields:
                fields[f] = " ".join(c for c in cells[1:] if c)
                first = first or b
        label_rows.clear()

    for index, block in enumerate(blocks):
        if block.kind == "table_row":
            if vocabulary is None:
                vocabulary = _vocabulary(blocks)
            cells = [_repair_cell(c, vocabulary) for c in _row_cells(block)]
            if not any(cells):
                continue
            if block.table != table_id:
                flush_label_table()
                builder.flush()
                pending_title = None
                if header is not None:
                    last_header, last_width = header, header_width
                table_id, header, rows_in_table = block.table, None, 0
                candidate = _plan_header(cells, _table_rows(blocks, index))
                if candidate:
                    header, header_width = candidate, len(cells)
                    continue
                if last_header is not None and len(cells) == last_width:
                    header, header_width = last_header, last_width  # a table continued on the next page
                elif (name := _name_row(cells)) and _opens_label_table(blocks, index):
                    label_rows.append((["Aktivitet", name], block))  # a "label | value" table under its name
                    continue
                elif field_for_label(cells[0]) and len(cells) >= 2:
                    label_rows.append((cells, block))
                    continue
                else:
                    last_row_record = None
                    continue
            elif header is None:
                if label_rows and len(cells) >= 2 and field_for_label(cells[0]):
                    label_rows.append((cells, block))
                continue
            repeated = header_map(cells, untitled=True)
            if repeated and all(header.get(f) == i for f, i in repeated.items()):
                continue  # header row repeated on a new page
            rows_in_table += 1
            area = _section_area(block.heading_path, loose_area)
            non_empty = [i for i, c in enumerate(cells) if c]
            if len(non_empty) == 1 and canonical_area(cells[non_empty[0]], strict=True):
                loose_area = canonical_area(cells[non_empty[0]], strict=True)  # an area row inside the table
                continue
            if "title" not in header:
                # "Satsning", "Åtagande": the activity's column has a label on no list; it is the
                # unlabelled column with the longest text
                unknown = [i for i in range(len(cells)) if i not in header.values() and cells[i]]
                if not unknown:
                    continue
                header = {**header, "title": max(unknown, key=lambda i: len(cells[i]))}
            raw = _row_cells(block)
            if "responsible" not in header and (column := _group_column(raw, header, vocabulary)) is not None:
                header = {**header, "responsible": column}  # a column of group names under an unknown label
            if "responsible" in header and header["responsible"] < len(raw):
                cells[header["responsible"]] = _repair_name_cell(raw[header["responsible"]], vocabulary)
            values = {f: cells[i] if i < len(cells) else "" for f, i in header.items()}
            name, description = values.pop("name", ""), values.pop("description", "")
            if name:
                values["title"] = _named_and_described(name, values.get("title", ""))
            elif description and values.get("title"):  # a row without its title continues the one before
                values["title"] = _named_and_described(values["title"], description)
            detail = [values.get(k) for k in ("responsible", "period", "status")]
            if not values.get("title") and last_row_record is not None:
                _continue_record(last_row_record, values)  # a row broken across a page
                continue
            if rows_in_table == 1 and last_row_record is not None and block.table != last_row_table \
                    and not any(detail) and values.get("title"):
                last_row_record.title = _clean(f"{last_row_record.title} {values['title']}")
                continue
            last_row_record = builder.add(values, block.page, area)
            last_row_table = block.table
            continue

        # Paragraphs, list items and headings: list-style plans.
        flush_label_table()
        text = _clean(block.text) if block.kind == "heading" else block.text.strip()
        if not text:
            continue
        area = _section_area(block.heading_path, loose_area)
        if block.kind == "heading":
            heading_area = canonical_area(text, strict=True)
            builder.flush()
            if heading_area:
                loose_area, pending_title = heading_area, None
                continue
            prefix, fields = parse_fields(text)
            if fields.get("title"):
                builder.start(fields["title"], block.page, area, explicit=True)
                continue
            pending_title = (_strip_numbering(text), block.page, area, True)
            continue
        if canonical_area(text, strict=True) and len(text) < 60:
            builder.flush()
            loose_area, pending_title = canonical_area(text, strict=True), None
            continue
        prefix, fields = parse_fields(text)
        if not fields and pending_title is not None and pending_title[3] and (described := _described_activity(text)) \
                and index + 1 < len(blocks) and parse_fields(blocks[index + 1].text)[1]:
            # "Detta görs: …" right under a heading, with the record's fields after it: a label on no list
            # that describes the activity, as a heading's first line does
            fields = {"title": described}
        if fields.get("title") and pending_title is not None and not pending_title[3] and _describes(text):
            del fields["title"]  # "Handledare för …" and then "Vad som görs: …": the name line names it
        if fields.get("title") and builder.takes_title(fields):
            if _describes(text) and builder.draft["area"]:
                del fields["title"]  # a heading under an area names the activity; "Kort beskrivning: …" describes it
                builder.fill(fields)
            else:
                builder.name(fields)
        elif fields.get("title") and _describes(text) and builder.draft is not None and builder.draft["labelled"] \
                and not any(v for k, v in builder.draft["fields"].items() if k != "title"):
            # "Aktivitet: …" and then "Innehåll: …": one activity, named and then described in words a
            # question may use ("fälgar", "hål i gatan"), so the title keeps both
            draft = builder.draft["fields"]
            draft["title"] = _named_and_described(draft["title"], fields.pop("title"))
            builder.fill(fields)
        elif fields.get("title"):
            heading = builder.draft["heading"] if builder.draft else None
            builder.start(fields.pop("title"), block.page, area, fields, explicit=True)
            builder.draft["heading"] = heading
            pending_title = None
        elif fields and prefix and len(prefix.split()) <= 20 and (
            "responsible" in fields or "period" in fields or "status" in fields
        ):
            builder.start(prefix, block.page, area, fields)  # "Titel – Ansvarig: X, Tid: Y"
            pending_title = None
        elif fields:
            if pending_title is not None:
                title, page, t_area, _ = pending_title
                builder.start_under_heading(title, page, t_area)
                pending_title = None
            elif builder.repeats(fields) and builder.draft["heading"] is not None:
                builder.restart_under_heading(block.page)
            builder.fill(fields)
        elif builder.draft is not None and builder.draft["filled"] and _DASH_LABEL_RE.match(text):
            continue  # "Syfte och innehåll – …": a label of no field among the record's lines, not a title
        elif _looks_like_title(text):
            builder.flush()
            pending_title = (_strip_numbering(_clean(text)), block.page, area, False)
    flush_label_table()
    builder.flush()
    return builder.records


def looks_like_group_name(text: str) -> bool:
    """One long capitalised compound that is no municipality: "Kvarnrestaureringsgillet", whatever the
    label of its column or the ending of its name."""
    return looks_like_body(_clean(text))


def _group_column(raw: list[str], header: dict[str, int], vocabulary: set[str]) -> int | None:
    """The one column outside the known ones whose cell in this row is a group's name, read as a name
    ("Spökgar|nsbärgni|ngsdyka|rna", broken in a narrow column, is one word)."""
    known = set(header.values())
    found = [i for i, c in enumerate(raw) if i not in known and c.strip()
             and looks_like_group_name(_repair_name_cell(c, vocabulary))]
    return found[0] if len(found) == 1 else None


# A line's opening, before its label: indent and a list mark
_LINE_OPENING = r"^[ \t]*(?:[-–•*][ \t]+)?"


def _describes(text: str) -> bool:
    """The line opens with a label that describes the activity: "Vad som görs: …", "Beskrivning: …"."""
    m = re.match(_LINE_OPENING + r"([^:\n]{1,40}):", text)
    return bool(m and _DESCRIBING_LABEL_RE.search(_label_key(m.group(1))))


def _named_and_described(name: str, description: str) -> str:
    """One title of an activity named and described in two places: "Fotomaraton – Tolv teman under …"."""
    return f"{name} – {description}" if name and description else name or description


def _name_row(cells: list[str]) -> str | None:
    """The one text of a table row that spans the table (merged cells repeat it): the table's name."""
    texts = {_clean(c) for c in cells if _clean(c)}
    if len(texts) != 1:
        return None
    name = texts.pop()
    # not asked whether it reads as a label: the loose label patterns take "… fritidshemmen" for a time
    return name if _looks_like_title(name) else None


def _opens_label_table(blocks: list[Block], index: int) -> bool:
    """The rows after blocks[index] in its table are "label | value" rows naming at least two fields."""
    rows = _table_rows(blocks, index)
    fields = {field_for_label(r[0]) for r in rows if len(r) >= 2 and r[0]}
    return len(fields - {None}) >= 2


def _looks_like_title(text: str) -> bool:
    """A short line that can name the activity whose "Ansvarig: …" lines follow."""
    text = _clean(text)
    if not text or len(text.split()) > 15 or len(text) > 140:
        return False
    if re.match(r"^[^\W\d_][\w ]{0,25}:", text):
        return False  # "Beskrivning: …", "Syfte: …": an unknown label, not a title
    return not re.search(r"[.!?]$", text) or bool(re.search(r"\b(?:t\.ex|m\.m|etc)\.$", text))


def _continue_record(record: ActivityRecord, values: dict) -> None:
    """Append the cells of a row that continues the previous one (split across a page)."""
    if values.get("responsible"):
        record.responsible = canonical_group(_clean(f"{record.responsible or ''} {values['responsible']}"))
    for key in ("period", "status"):
        if values.get(key):
            setattr(record, key, _clean(f"{getattr(record, key) or ''} {values[key]}"))
    if values.get("municipalities"):
        extra = normalise_municipalities(values["municipalities"])
        record.municipalities += [m for m in extra if m not in record.municipalities]


# Labels of lines that say something about an activity other than what it is
_NOT_A_TITLE_LABEL_RE = re.compile(r"^(?:syfte|mål|bakgrund|budget|kostnad|finansiering|kontakt|kommentar|not|"
                                   r"övrigt|förväntad|effekt|resultat|motiv|varför|exempel)")


def _described_activity(text: str) -> str | None:
    """The value of "<a label on no list>: <a sentence of six words or more>", unless the label names a
    purpose, a target, a cost or a contact."""
    m = re.match(_LINE_OPENING + r"([^\W\d_][^:\n]{1,40}):[ \t]*(.+)$", text.strip())
    if not m or len(m.group(2).split()) < 6 or _NOT_A_TITLE_LABEL_RE.search(_label_key(m.group(1))):
        return None
    return m.group(2).strip()
