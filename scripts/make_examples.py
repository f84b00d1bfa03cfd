"""Regenerate the fictional example documents in corpus/exempel/.

    .venv/bin/python scripts/make_examples.py [--out corpus/exempel]

The committed files are the artefacts; this script (fpdf2 and python-docx, dev tools) only remakes
them. The data below is also what the tests compare the extracted activities and decisions with.
Every document says EXEMPEL and "fiktiv" in its title and first line: the contents are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "corpus" / "exempel"

EXAMPLE_LINE = "EXEMPEL: fiktivt dokument för att prova assistenten."
ALL = "alla"  # expected municipalities: all twelve

PLAN_2026_FILE = "exempel-aktivitetsplan-2026.pdf"
PLAN_2026_TITLE = "EXEMPEL – Aktivitetsplan 2026 (fiktiv)"
PLAN_2025_FILE = "exempel-aktivitetsplan-2025.docx"
PLAN_2025_TITLE = "EXEMPEL – Aktivitetsplan 2025 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-kdg-2026-03-12.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll kommundirektörsgruppen 2026-03-12 (fiktivt)"
MINUTES_DATE = "2026-03-12"

# Activity plan 2026 (PDF, one table per priority area). Fields: title, responsible (as printed, and
# as the extractor must return it), period, status, the "Deltagande kommuner" cell, and the
# municipalities that cell means (ALL or a list).
PLAN_2026: dict[str, list[dict]] = {
    "Digitalisering": [
        dict(title="Gemensam e-tjänst för bygglov och anmälan", responsible="Digitaliseringsgruppen",
             period="Jan–dec 2026", status="Pågår", cell="Alla", municipalities=ALL),
        dict(title="Kartläggning av AI-stöd i kommunernas kontaktcenter", responsible="Digitaliseringsgruppen",
             period="Kv 1–2 2026", status="Planerad", cell="Burlöv, Eslöv, Lomma, Lund, Malmö",
             municipalities=["Burlöv", "Eslöv", "Lomma", "Lund", "Malmö"]),
        dict(title="Samordnad upphandling av e-arkiv", responsible="Upphandlingsnätverket",
             period="Hösten 2026", status="Ej påbörjad", cell="Samtliga kommuner", municipalities=ALL),
    ],
    "Näringsliv": [
        dict(title="Gemensamt program för exportfrämjande i MalmöLundregionen", responsible="Näringslivschefsgruppen",
             period="Mars–okt 2026", status="Pågår", cell="Alla", municipalities=ALL),
        dict(title="Etableringsfrämjande: gemensam bank över mark och lokaler för företag",
             responsible="Näringslivschefsgruppen", period="Hela 2026", status="Pågår",
             cell="Kävlinge, Lomma, Lund, Malmö, Staffanstorp",
             municipalities=["Kävlinge", "Lomma", "Lund", "Malmö", "Staffanstorp"]),
        dict(title="Mätning av företagsklimatet och gemensam analys", responsible="Sekretariatet",
             period="Kv 3 2026", status="Planerad", cell="Alla", municipalities=ALL),
    ],
    "Fysisk planering och infrastruktur": [
        dict(title="Uppdatering av Strukturplan för MalmöLundregionen", responsible="Planchefsgruppen",
             period="2026–2027", status="Pågår", cell="Alla", municipalities=ALL),
        dict(title="Gemensamt yttrande över den regionala transportinfrastrukturplanen",
             responsible="Kommundirektörsgruppen, Sekretariatet", period="April–maj 2026", status="Planerad",
             cell="Samtliga kommuner", municipalities=ALL),
        dict(title="Regional cykelvägsplan: saknade länkar mellan kommunerna",
             responsible="Trafikplaneringsgruppen", period="Hela 2026", status="Pågår",
             cell="Burlöv, Lund, Malmö, Staffanstorp, Svedala, Trelleborg, Vellinge",
             municipalities=["Burlöv", "Lund", "Malmö", "Staffanstorp", "Svedala", "Trelleborg", "Vellinge"]),
    ],
    "Framtida kompetensförsörjning": [
        dict(title="Gemensam kampanj för att rekrytera lärare och förskollärare",
             responsible="Kompetensförsörjningsgruppen", period="Jan–jun 2026", status="Pågår",
             cell="Alla", municipalities=ALL),
        dict(title="Praktikportal för gymnasieelever och studenter", responsible="Kompetensförsörjningsgruppen",
             period="Hösten 2026", status="Planerad", cell="Eslöv, Höör, Lund, Malmö, Skurup",
             municipalities=["Eslöv", "Höör", "Lund", "Malmö", "Skurup"]),
        dict(title="Försörjning av kompetens inom vård och omsorg: gemensam utbildningsinsats",
             responsible="HR-chefsgruppen", period="Hela 2026", status="Pågår", cell="Alla", municipalities=ALL),
    ],
    "Miljö och klimat": [
        dict(title="Kartläggning av översvämningsrisker längs kusten", responsible="Miljö- och klimatgruppen",
             period="Mars–sept 2026", status="Pågår",
             cell="Burlöv, Kävlinge, Lomma, Malmö, Trelleborg, Vellinge",
             municipalities=["Burlöv", "Kävlinge", "Lomma", "Malmö", "Trelleborg", "Vellinge"]),
        dict(title="Gemensam plan för laddinfrastruktur för elfordon", responsible="Miljö- och klimatgruppen",
             period="Hela 2026", status="Planerad", cell="Alla", municipalities=ALL),
        dict(title="Erfarenhetsutbyte om de regionala miljömålen och energieffektivisering",
             responsible="Energieffektiviseringsnätverket", period="Kv 4 2026", status="Ej påbörjad",
             cell="Samtliga kommuner utom Höör",
             municipalities=["Burlöv", "Eslöv", "Kävlinge", "Lomma", "Lund", "Malmö", "Skurup", "Staffanstorp",
                             "Svedala", "Trelleborg", "Vellinge"]),
    ],
}

# Activity plan 2025 (Word, lists). "printed" is what the document says when it differs from the
# normalised group name the extractor must return ("responsible").
PLAN_2025: dict[str, list[dict]] = {
    "Digitalisering": [  # one heading per activity, then "Ansvarig: …" list items
        dict(title="Förstudie om gemensam e-tjänst för bygglov", responsible="Digitaliseringsgruppen",
             printed="Digitaliseringsgrupp", period="Hela 2025", status="Genomförd", cell="Alla",
             municipalities=ALL,
             description="Förstudien beskriver hur kommunerna kan dela en e-tjänst för bygglov."),
        dict(title="Gemensamma riktlinjer för informationssäkerhet", responsible="Digitaliseringsgruppen",
             period="Kv 2–4 2025", status="Genomförd", cell="Samtliga kommuner", municipalities=ALL,
             description="Riktlinjerna tas fram tillsammans med kommunernas säkerhetssamordnare."),
    ],
    "Näringsliv": [  # "Aktivitet: …" list items followed by the other fields
        dict(title="Förstudie om ett gemensamt exportprogram", responsible="Näringslivschefsgruppen",
             period="Hösten 2025", status="Genomförd", cell="Alla", municipalities=ALL),
        dict(title="Gemensam närvaro på fastighetsmässan MIPIM", responsible="Näringslivschefsgruppen",
             printed="NÄRINGSLIVSCHEFSGRUPPEN", period="Mars 2025", status="Genomförd",
             cell="Lund, Malmö, Kävlinge och Staffanstorp",
             municipalities=["Lund", "Malmö", "Kävlinge", "Staffanstorp"]),
    ],
    "Fysisk planering och infrastruktur": [  # one line per activity: "Titel – Ansvarig: X. Tid: Y. …"
        dict(title="Yttrande över Skånetrafikens trafikförsörjningsprogram", responsible="Trafikplaneringsgruppen",
             period="April 2025", status="Genomförd", cell="Alla", municipalities=ALL),
        dict(title="Uppföljning av Strukturplan för MalmöLundregionen", responsible="Planchefsgruppen",
             period="Hela 2025", status="Pågår, fortsätter 2026", cell="Alla", municipalities=ALL),
    ],
    "Framtida kompetensförsörjning": [  # heading per activity with a description paragraph
        dict(title="Lärarrekrytering: gemensam kampanj, steg 1", responsible="Kompetensförsörjningsgruppen",
             period="Jan–jun 2025", status="Genomförd", cell="Alla", municipalities=ALL,
             description="Kampanjen riktar sig till lärarstudenter vid Lunds universitet och Malmö universitet."),
        dict(title="Kartläggning av bristyrken inom vård och omsorg", responsible="HR-chefsgruppen",
             period="Hösten 2025", status="Genomförd", cell="Eslöv, Höör, Skurup, Svedala",
             municipalities=["Eslöv", "Höör", "Skurup", "Svedala"],
             description="Kartläggningen bygger på kommunernas personalprognoser."),
    ],
    "Miljö- och klimatfrågor": [  # the business plan's own heading for the area
        dict(title="Förstudie om klimatanpassning längs kusten", responsible="Miljö- och klimatgruppen",
             period="Hela 2025", status="Genomförd", cell="Burlöv, Kävlinge, Lomma, Malmö, Trelleborg, Vellinge",
             municipalities=["Burlöv", "Kävlinge", "Lomma", "Malmö", "Trelleborg", "Vellinge"]),
        dict(title="Nätverk för energieffektivisering i kommunala fastigheter",
             responsible="Energieffektiviseringsnätverket", period="Från sept 2025", status="Pågår",
             cell="Samtliga kommuner", municipalities=ALL),
    ],
}
AREA_OF_HEADING = {"Miljö- och klimatfrågor": "Miljö och klimat"}

# Minutes of kommundirektörsgruppen. Each item: number, heading, paragraphs, and the decisions the
# extractor must find: (kind, assignee or None, start of the task).
MINUTES_ITEMS: list[dict] = [
    dict(number="§ 1", heading="Mötets öppnande",
         paragraphs=["Ordföranden öppnade mötet och hälsade alla välkomna."], decisions=[]),
    dict(number="§ 2", heading="Föregående protokoll",
         paragraphs=["Protokollet från mötet den 29 januari 2026 gicks igenom och lades till handlingarna."],
         decisions=[]),
    dict(number="§ 3", heading="Aktivitetsplan 2026",
         paragraphs=[
             "Verksamhetsledaren presenterade förslaget till aktivitetsplan för 2026 med femton aktiviteter "
             "inom de fem prioriterade områdena.",
             "Kommundirektörsgruppen beslutar att godkänna aktivitetsplanen för 2026.",
         ],
         decisions=[("beslut", None, "godkänna aktivitetsplanen för 2026")]),
    dict(number="§ 4", heading="Klimatanpassning längs kusten",
         paragraphs=[
             "Miljö- och klimatgruppen redovisade förstudien om klimatanpassning längs kusten från 2025.",
             "Kommundirektörsgruppen ger Miljö- och klimatgruppen i uppdrag att ta fram en gemensam kartläggning "
             "av översvämningsrisker längs kusten och redovisa den senast den 30 september 2026.",
         ],
         decisions=[("uppdrag", "Miljö- och klimatgruppen",
                     "ta fram en gemensam kartläggning av översvämningsrisker")]),
    dict(number="§ 5", heading="Lärarrekrytering",
         paragraphs=[
             "Den gemensamma kampanjen för att rekrytera lärare har nått många studenter.",
             "Kompetensförsörjningsgruppen får i uppdrag att utvärdera kampanjen och återrapportera till "
             "kommundirektörsgruppen i juni 2026.",
         ],
         decisions=[("uppdrag", "Kompetensförsörjningsgruppen", "utvärdera kampanjen")]),
    dict(number="§ 6", heading="Gemensamt exportprogram",
         paragraphs=[
             "Näringslivschefsgruppen ansvarar för arbetet med det gemensamma exportprogrammet och för dialogen "
             "med Region Skåne.",
         ],
         decisions=[("ansvar", "Näringslivschefsgruppen", "arbetet med det gemensamma exportprogrammet")]),
    dict(number="§ 7", heading="Yttrande över regional transportinfrastrukturplan",
         paragraphs=[
             "Trafikverket och Region Skåne har remitterat förslaget till regional plan.",
             "Kommundirektörsgruppen beslutar",
         ],
         list_items=[
             "att uppdra åt sekretariatet att samordna ett gemensamt yttrande från kommunerna,",
             "att yttrandet behandlas av styrelsen den 24 april 2026.",
         ],
         decisions=[("uppdrag", "Sekretariatet", "samordna ett gemensamt yttrande"),
                    ("beslut", None, "yttrandet behandlas av styrelsen")]),
    dict(number="§ 8", heading="Övriga frågor", paragraphs=["Inga övriga frågor anmäldes."], decisions=[]),
    dict(number="§ 9", heading="Nästa möte", paragraphs=["Nästa möte hålls den 7 maj 2026 i Malmö."], decisions=[]),
]

FIXED_TIME = dt.datetime(2026, 3, 12, 12, 0, tzinfo=dt.timezone.utc)


# --- the 2026 plan as a PDF with tables -----------------------------------------------------------

PDF_COLUMNS = ("Aktivitet", "Ansvarig", "Tid", "Status", "Deltagande kommuner")
# A narrow "Ansvarig" column, as in many Word templates: long compounds break without a hyphen.
PDF_WIDTHS = (66, 29, 27, 22, 36)  # mm, 180 in all


def _font_paths() -> tuple[Path, Path]:
    base = Path("/usr/share/fonts/truetype/dejavu")
    regular, bold = base / "DejaVuSans.ttf", base / "DejaVuSans-Bold.ttf"
    if not regular.exists():
        raise SystemExit("Typsnittet DejaVu Sans saknas (apt-get install fonts-dejavu-core).")
    return regular, bold


def make_plan_pdf(path: Path) -> Path:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = _font_paths()

    class Plan(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("dejavu", size=8)
            self.cell(0, 5, f"{PLAN_2026_TITLE} · sida {self.page_no()}", align="C")

    pdf = Plan(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(PLAN_2026_TITLE)
    pdf.set_author("MalmöLundregionen (EXEMPEL)")
    pdf.set_creator("Microsoft Word (EXEMPEL, skapad med scripts/make_examples.py)")
    pdf.add_font("dejavu", "", str(regular))
    pdf.add_font("dejavu", "B", str(bold))
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    pdf.set_font("dejavu", "B", 18)
    pdf.multi_cell(0, 9, PLAN_2026_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dejavu", "", 10)
    paragraphs = [
        EXAMPLE_LINE,
        "Aktivitetsplanen för 2026 konkretiserar MalmöLundregionens verksamhetsplan inom de fem prioriterade "
        "områdena. Kommundirektörsgruppen beslutar om aktivitetsplanen och följer upp den två gånger per år. "
        "Arbetsgrupperna genomför aktiviteterna och rapporterar till kommundirektörsgruppen.",
        "Tabellerna anger för varje aktivitet vilken grupp som är ansvarig, när aktiviteten genomförs, dess "
        "status i mars 2026 och vilka kommuner som deltar.",
    ]
    for text in paragraphs:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading_style = FontFace(emphasis="BOLD", fill_color=(217, 226, 243))
    for area, activities in PLAN_2026.items():
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()  # keep a heading together with the start of its table
        pdf.ln(3)
        pdf.set_font("dejavu", "B", 13)
        pdf.multi_cell(0, 7, area, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("dejavu", "", 9)
        with pdf.table(col_widths=PDF_WIDTHS, width=sum(PDF_WIDTHS), text_align="LEFT", line_height=4.5,
                       headings_style=heading_style, repeat_headings=1, padding=1.2) as table:
            table.row(PDF_COLUMNS)
            for a in activities:
                table.row((a["title"], a["responsible"], a["period"], a["status"], a["cell"]))
    pdf.ln(4)
    pdf.set_font("dejavu", "", 10)
    pdf.multi_cell(0, 5, "Uppföljning: sekretariatet sammanställer en lägesrapport till kommundirektörsgruppen "
                         "i juni och i december 2026.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# --- the 2025 plan as Word with lists -------------------------------------------------------------

def _fields(a: dict) -> list[str]:
    return [f"Ansvarig: {a.get('printed', a['responsible'])}", f"Tid: {a['period']}", f"Status: {a['status']}",
            f"Deltagande kommuner: {a['cell']}"]


def _docx_document(title: str):
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title, props.author = title, "MalmöLundregionen (EXEMPEL)"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.last_modified_by = "EXEMPEL"
    doc.add_heading(title, level=0)
    doc.add_paragraph(EXAMPLE_LINE)
    return doc


def _save_docx(doc, path: Path) -> None:
    """Save with fixed zip timestamps, so regenerating gives the same bytes (and the same content hash)."""
    import io
    import zipfile

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def make_plan_docx(path: Path) -> Path:
    doc = _docx_document(PLAN_2025_TITLE)
    doc.add_paragraph(
        "Aktivitetsplanen för 2025 beskriver de insatser som MalmöLundregionens arbetsgrupper genomför under "
        "året inom de prioriterade områdena. Kommundirektörsgruppen beslutade om planen i december 2024."
    )
    for area, activities in PLAN_2025.items():
        doc.add_heading(area, level=1)
        if area in ("Digitalisering", "Framtida kompetensförsörjning"):
            for a in activities:
                doc.add_heading(a["title"], level=2)
                if a.get("description"):
                    doc.add_paragraph(a["description"])
                for line in _fields(a):
                    doc.add_paragraph(line, style="List Bullet")
        elif area == "Näringsliv":
            for a in activities:
                doc.add_paragraph(f"Aktivitet: {a['title']}", style="List Bullet")
                for line in _fields(a):
                    doc.add_paragraph(line, style="List Bullet 2")
        else:
            for a in activities:
                doc.add_paragraph(f"{a['title']} – " + ". ".join(_fields(a)) + ".", style="List Bullet")
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Aktiviteterna följs upp i kommundirektörsgruppen i juni och december 2025.")
    _save_docx(doc, path)
    return path


# --- minutes of kommundirektörsgruppen as Word ----------------------------------------------------

def make_minutes_docx(path: Path) -> Path:
    doc = _docx_document(MINUTES_TITLE)
    for line in ("Datum: 2026-03-12, kl. 09.00–11.30", "Plats: Stadshuset i Lund (fiktivt möte)",
                 "Närvarande: kommundirektörerna i de tolv medlemskommunerna",
                 "Sekreterare: verksamhetsledaren för MalmöLundregionen"):
        doc.add_paragraph(line)
    for item in MINUTES_ITEMS:
        doc.add_heading(f"{item['number']} {item['heading']}", level=2)
        for text in item["paragraphs"]:
            doc.add_paragraph(text)
        for text in item.get("list_items", []):
            doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Justering", level=2)
    doc.add_paragraph("Protokollet justeras av ordföranden (fiktivt).")
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make_plan_pdf(out_dir / PLAN_2026_FILE), make_plan_docx(out_dir / PLAN_2025_FILE),
            make_minutes_docx(out_dir / MINUTES_FILE)]


def main() -> None:
    parser = argparse.ArgumentParser(description="Skapar exempeldokumenten i corpus/exempel/.")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="målmapp (standard: corpus/exempel)")
    args = parser.parse_args()
    for path in make_all(args.out):
        print(path)


if __name__ == "__main__":
    main()
