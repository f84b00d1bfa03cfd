"""Regenerate the fictional documents of the second held-out set in benchmarks/data/heldout2/docs/.

    .venv/bin/python scripts/make_heldout2.py [--out benchmarks/data/heldout2/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout2 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import items_docx, run, table_pdf  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout2" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2029.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2029 (fiktiv)"
PLAN_DOCX_FILE = "exempel-handlingsplan-kultur-fritid-2029.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Handlingsplan kultur och fritid 2029 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-kulturchefsgruppen-2029-03-05.docx"
NOTES_TITLE = "EXEMPEL – Minnesanteckningar Kulturchefsgruppen 2029-03-05 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-kultursamverkan-2029-2032.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kultursamverkan 2029–2032 (fiktiv)"

# Activity plan 2029 (PDF): the "Ansvar" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Område", "Aktivitet", "Ansvar", "Period", "Status", "Deltagande kommuner")
PLAN_PDF_WIDTHS = (30, 60, 21, 22, 20, 27)  # mm, 180 in all
PLAN_PDF = [
    ("Miljö och klimat", "Gemensam plan för dricksvattenförsörjning vid kris", "Vattenplaneringsgruppen",
     "Hela 2029", "Planerad", "Eslöv, Höör, Kävlinge"),
    ("Näringsliv", "Företagslotsning för landsbygdsföretag", "Landsbygdsnätverket", "Vt 2029", "Pågår",
     "Höör, Skurup, Svedala"),
    ("Framtida kompetensförsörjning", "Språkstöd för nyanlända på arbetsplatsen", "Integrationssamordnargruppen",
     "Kv 2–4 2029", "Ej påbörjad", "Burlöv, Malmö, Trelleborg"),
    ("Fysisk planering och infrastruktur", "Nattbussar mellan kranskommunerna", "Kollektivtrafikrådet",
     "Hösten 2029", "Planerad", "Lomma, Kävlinge, Staffanstorp"),
    ("Miljö och klimat", "Gemensam insamling av textilavfall", "Avfallsplaneringsgruppen", "Kv 1 2029", "Pågår",
     "Alla"),
    ("Kultur", "Digitalisering av lokalhistoriska arkiv", "Kulturarvsnätverket", "2029–2030", "Planerad",
     "Lund, Lomma, Vellinge"),
    ("Välfärd", "Förebyggande arbete mot ensamhet bland äldre", "Folkhälsosamordnarnätverket", "Hela 2029",
     "Planerad", "Samtliga kommuner"),
]

# Action plan (Word): one heading per activity, then "Label: value" list lines.
PLAN_DOCX = [
    ("Sommarlovsaktiviteter för barn", [("Ansvarig", "Fritidschefsgruppen"), ("Tid", "Jun–aug 2029"),
                                        ("Status", "Planerad"), ("Kommuner", "Samtliga kommuner"),
                                        ("Budget", "450 000 kronor")]),
    ("Gemensamt bibliotekskort", [("Ansvarig", "Bibliotekschefsnätverket"), ("Tid", "Från 1 januari 2029"),
                                  ("Status", "Pågår"), ("Kommuner", "Alla")]),
    ("Kulturskola för barn med funktionsnedsättning", [("Ansvarig", "Kulturskolerådet"), ("Tid", "Ht 2029"),
                                                       ("Status", "Ej påbörjad"),
                                                       ("Kommuner", "Lund, Malmö, Eslöv")]),
    ("Gemensam bokning av idrottshallar", [("Ansvarig", "Idrottsplaneringsgruppen"), ("Tid", "Kv 3 2029"),
                                          ("Status", "Planerad"), ("Kommuner", "Burlöv, Staffanstorp, Svedala")]),
]

NOTES_HEADER = ("Datum: 2029-03-05, kl. 9.00–11.30", "Plats: Stadsbiblioteket i Lund (fiktivt möte)",
                "Närvarande: kulturcheferna från tio av de tolv medlemskommunerna",
                "Antecknare: Karin Holm (Svedala)")
NOTES_ITEMS = [
    ("1.", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 20 januari 2029 lades till handlingarna."]),
    ("2.", "Gemensamt bibliotekskort",
     ["Bibliotekschefsnätverket rapporterade att 41 000 invånare hittills har skaffat det gemensamma "
      "bibliotekskortet.",
      "Kulturchefsgruppen beslutar att införa kortet även i Höör och Skurup från och med den 1 september 2029."]),
    ("3.", "Kulturarvsdagar",
     ["Gruppen ger Kulturarvsnätverket i uppdrag att planera gemensamma kulturarvsdagar i september 2029."]),
    ("4.", "Offentlig konst",
     ["Lomma och Vellinge får i uppdrag att ta fram ett förslag till gemensamma riktlinjer för offentlig konst "
      "till nästa möte."]),
    ("5.", "Ansökan om festivalstöd",
     ["Kulturchefsgruppen beslutar att avslå ansökan om gemensamt stöd till festivalen Sydkust Sound, eftersom "
      "festivalen bara berör två kommuner."]),
    ("6.", "Nästa möte", ["Nästa möte hålls den 7 maj 2029 i Eslöv."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Syfte

Kultursamverkan ska göra kulturlivet i de tolv medlemskommunerna tillgängligt för alla invånare, oavsett i vilken kommun de bor. Genom att dela lokaler, kompetens och program kan kommunerna erbjuda mer kultur för pengarna.

## Mål

Målet är att antalet besök på regionens bibliotek ska öka med 25 procent till år 2032, jämfört med 2028. Alla barn i årskurs 4 ska dessutom ha besökt minst en teaterföreställning under året.

## Prioriterade områden

Arbetet under perioden prioriterar tre områden: barn och unga, tillgänglighet för personer med funktionsnedsättning samt kulturarv.

## Organisation

Kulturchefsgruppen leder kultursamverkan och rapporterar till kommundirektörsgruppen. Bibliotekschefsnätverket och Kulturarvsnätverket arbetar med var sitt område.

## Finansiering

Kultursamverkan har en gemensam budget på 1,2 miljoner kronor per år. Kostnaden fördelas mellan kommunerna efter antalet invånare.

## Uppföljning

Arbetet följs upp i en årlig rapport till kommundirektörsgruppen i februari.
"""


def make_plan_pdf(path: Path) -> Path:
    return table_pdf(path, PLAN_PDF_TITLE, "Tabellen visar de gemensamma aktiviteterna för 2029 och vem som har ansvaret.",
                     PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF)


def make_plan_docx(path: Path) -> Path:
    doc = _docx_document(PLAN_DOCX_TITLE)
    doc.add_paragraph("Handlingsplanen beskriver de gemensamma insatserna inom kultur och fritid under 2029.")
    for title, fields in PLAN_DOCX:
        doc.add_heading(title, level=2)
        for label, value in fields:
            doc.add_paragraph(f"{label}: {value}", style="List Bullet")
    _save_docx(doc, path)
    return path


def make_notes_docx(path: Path) -> Path:
    return items_docx(path, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS)


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / PROSE_FILE).write_text(PROSE, encoding="utf-8")
    return [make_plan_pdf(out_dir / PLAN_PDF_FILE), make_plan_docx(out_dir / PLAN_DOCX_FILE),
            make_notes_docx(out_dir / NOTES_FILE), out_dir / PROSE_FILE]


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den andra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
