"""Regenerate the fictional held-out documents in benchmarks/data/heldout/docs/.

    .venv/bin/python scripts/make_heldout.py [--out benchmarks/data/heldout/docs]

These documents are never part of corpus/: benchmarks/answers.py --set heldout indexes them next to
the corpus, and the answer rules are not tuned on their questions. Like the examples, every document
says EXEMPEL and "fiktiv" in its title and first line; all names, figures and decisions are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import items_docx, run, table_pdf  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout" / "docs"

PLAN_2027_FILE = "exempel-aktivitetsplan-2027.docx"
PLAN_2027_TITLE = "EXEMPEL – Aktivitetsplan 2027 (fiktiv)"
PLAN_2028_FILE = "exempel-aktivitetsplan-2028.pdf"
PLAN_2028_TITLE = "EXEMPEL – Aktivitetsplan 2028 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrelsen-2027-02-10.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll styrelsen 2027-02-10 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-2027-2030.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan 2027–2030 (fiktiv)"

# Activity plan 2027 (Word): a table for some areas, labelled list items for the others.
PLAN_2027_TABLES = {
    "Digitalisering": [
        ("Gemensam plattform för öppna data", "Digitaliseringsgruppen", "Jan–jun 2027", "Planerad", "Alla"),
        ("Utbildning i digital tillgänglighet för kommunernas webbredaktörer", "Kommunikatörsnätverket",
         "Kv 2 2027", "Planerad", "Eslöv, Höör, Skurup"),
    ],
    "Näringsliv": [
        ("Gemensam evenemangskalender för besöksnäringen", "Besöksnäringsgruppen", "Hela 2027", "Pågår", "Alla"),
        ("Kompetenslyft för livsmedelsföretag", "Näringslivschefsgruppen", "Hösten 2027", "Ej påbörjad",
         "Lund, Malmö, Staffanstorp"),
    ],
}
PLAN_2027_LISTS = {
    "Fysisk planering och infrastruktur": [
        ("Gemensam bostadsmarknadsanalys", "Planchefsgruppen", "Kv 1–3 2027", "Pågår", "Samtliga kommuner"),
    ],
    "Framtida kompetensförsörjning": [
        ("Gemensam introduktion för nyanställda socialsekreterare", "HR-chefsgruppen", "Hela 2027", "Planerad",
         "Burlöv, Eslöv, Kävlinge, Trelleborg"),
    ],
    "Miljö och klimat": [
        ("Gemensam kemikaliestrategi för förskolor", "Miljö- och klimatgruppen", "Mars–nov 2027", "Planerad",
         "Lomma, Lund, Vellinge"),
    ],
}

# Activity plan 2028 (PDF): one table with an area column and a narrow "Ansvarig" column, so long
# group names break inside the word.
PLAN_2028_COLUMNS = ("Område", "Insats", "Ansvarig", "Tidsplan", "Läge", "Kommuner")
PLAN_2028_WIDTHS = (28, 58, 25, 22, 20, 27)  # mm, 180 in all
PLAN_2028 = [
    ("Digitalisering", "Digital bygglovshandläggning med automatiserade kontroller", "Digitaliseringsgruppen",
     "Hela 2028", "Planerad", "Alla"),
    ("Digitalisering", "Samordnad upphandling av skolskjuts", "Upphandlingsnätverket", "Vt 2028", "Ej påbörjad",
     "Svedala, Skurup, Trelleborg, Vellinge"),
    ("Näringsliv", "Cykelturism längs Sydkustleden", "Turismnätverket", "Maj–sept 2028", "Planerad",
     "Trelleborg, Vellinge, Skurup"),
    ("Fysisk planering och infrastruktur", "Pendlarparkeringar vid regionala busshållplatser",
     "Trafikplaneringsgruppen", "2028–2029", "Planerad", "Kävlinge, Lomma, Staffanstorp"),
    ("Framtida kompetensförsörjning", "Gemensam rekrytering av undersköterskor", "HR-chefsgruppen", "Hela 2028",
     "Pågår", "Alla"),
    ("Framtida kompetensförsörjning", "Sommarjobb för unga i medlemskommunerna", "Kompetensförsörjningsgruppen",
     "Jun–aug 2028", "Planerad", "Samtliga kommuner"),
    ("Miljö och klimat", "Gemensam inventering av solceller på kommunala tak", "Energieffektiviseringsnätverket",
     "Kv 1 2028", "Planerad", "Alla"),
    ("Miljö och klimat", "Skyfallsplanering i tätorterna", "Miljö- och klimatgruppen", "Hela 2028", "Pågår",
     "Burlöv, Lomma, Malmö, Lund"),
]

MINUTES_HEADER = ("Datum: 2027-02-10, kl. 13.00–15.00", "Plats: Kommunhuset i Staffanstorp (fiktivt möte)",
                  "Närvarande: styrelsens ledamöter från de tolv medlemskommunerna",
                  "Sekreterare: verksamhetsledaren för MalmöLundregionen")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden öppnade sammanträdet."], []),
    ("§ 2", "Val av justerare", ["Till justerare valdes Anna Lindqvist (Lomma)."], []),
    ("§ 3", "Verksamhetsberättelse 2026", [
        "Verksamhetsledaren redovisade verksamhetsberättelsen för 2026. Av de arton aktiviteterna i "
        "aktivitetsplanen genomfördes fjorton, tre pågår fortfarande och en har skjutits upp till 2027.",
        "Styrelsen beslutar att godkänna verksamhetsberättelsen för 2026.",
    ], []),
    ("§ 4", "Bostadsförsörjning", [
        "Flera kommuner har lyft att det saknas en gemensam bild av bostadsbehoven i regionen.",
        "Styrelsen ger Planchefsgruppen i uppdrag att ta fram en gemensam bostadsmarknadsanalys och redovisa "
        "den senast den 15 november 2027.",
    ], []),
    ("§ 5", "Evenemangskalender", [
        "Besöksnäringsgruppen ansvarar för den gemensamma evenemangskalendern och för kontakten med "
        "arrangörerna.",
    ], []),
    ("§ 6", "Medlemsavgift 2028", [
        "Styrelsen beslutar att medlemsavgiften för 2028 oförändrat ska vara 2 kronor per invånare.",
    ], []),
    ("§ 7", "Yttrande över Skånetrafikens nya biljettsystem", [
        "Skånetrafiken har remitterat ett förslag till nytt biljettsystem för regionbussar och pågatåg.",
        "Styrelsen beslutar",
    ], ["att anta yttrandet över förslaget till nytt biljettsystem,",
        "att uppdra åt sekretariatet att skicka yttrandet till Skånetrafiken senast den 1 mars 2027."]),
    ("§ 8", "Nästa sammanträde", ["Nästa sammanträde hålls den 14 april 2027 i Lomma."], []),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och formuleringar nedan är påhittade.

## Inledning

Verksamhetsplanen anger inriktningen för MalmöLundregionens samarbete under åren 2027–2030. Den ersätter inte kommunernas egna planer utan pekar ut de frågor där kommunerna når längre tillsammans än var för sig.

Syftet med verksamhetsplanen är att ge medlemskommunerna en gemensam riktning och att göra det lättare att prioritera mellan gemensamma insatser. Planen konkretiseras varje år i en aktivitetsplan.

## Vision

Visionen är att MalmöLundregionen år 2030 ska vara Nordens mest hållbara och tillgängliga storstadsregion, där det är enkelt att bo, arbeta och driva företag över kommungränserna.

## Medlemskommuner

Samarbetet omfattar tolv kommuner: Burlöv, Eslöv, Höör, Kävlinge, Lomma, Lund, Malmö, Skurup, Staffanstorp, Svedala, Trelleborg och Vellinge. Tillsammans har kommunerna drygt 800 000 invånare.

## Utmaningar

Regionen växer snabbt, men tillväxten för också med sig problem som ingen kommun kan lösa ensam. Regionen står inför fyra stora utmaningar:

- bostadsbrist, särskilt för unga och studenter,
- en åldrande befolkning som ökar behovet av vård och omsorg,
- trängsel i kollektivtrafiken under rusningstid,
- skyfall och stigande havsnivåer längs kusten.

## Prioriterade områden 2027–2030

### Bostadsförsörjning

Kommunerna ska gemensamt verka för att bostadsbyggandet håller jämna steg med befolkningsökningen. Målet är att 30 000 nya bostäder ska byggas i regionen till och med år 2030.

### Digitalisering

Kommunerna ska dela digitala tjänster och data där det sparar pengar och gör det enklare för invånarna. Gemensamma lösningar ska bygga på öppna standarder.

### Näringsliv och besöksnäring

Företagsklimatet ska förbättras genom snabbare och mer enhetliga myndighetsbeslut. Besöksnäringen ska stärkas genom gemensam marknadsföring av regionen som mötesplats och evenemangsdestination.

### Kompetensförsörjning

För att trygga personalförsörjningen ska kommunerna samarbeta om rekrytering, introduktion och kompetensutveckling av medarbetare inom skola, vård och omsorg.

### Transporter och klimat

Andelen resor med cykel ska öka till 35 procent år 2030. Kommunerna ska samordna sitt arbete med klimatanpassning, särskilt skyddet mot skyfall.

## Organisation och finansiering

Styrelsen sammanträder fyra gånger per år och leds under 2027–2028 av kommunstyrelsens ordförande i Lund. Verksamheten finansieras med en medlemsavgift på 2 kronor per invånare och år.

## Uppföljning

Aktivitetsplanerna följs upp två gånger per år. Verksamhetsplanen utvärderas efter halva tiden, hösten 2028, av en extern utvärderare som rapporterar till styrelsen.
"""


def make_plan_2027_docx(path: Path) -> Path:
    doc = _docx_document(PLAN_2027_TITLE)
    doc.add_paragraph("Aktivitetsplanen för 2027 beskriver vad arbetsgrupperna ska göra under året. Planen "
                      "beslutades av kommundirektörsgruppen i december 2026.")
    for area, rows in PLAN_2027_TABLES.items():
        doc.add_heading(area, level=1)
        table = doc.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Insats", "Ansvarig grupp", "Tidsperiod", "Status",
                                                     "Medverkande kommuner")):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    for area, rows in PLAN_2027_LISTS.items():
        doc.add_heading(area, level=1)
        for title, responsible, period, status, cell in rows:
            doc.add_heading(title, level=2)
            for line in (f"Ansvarig grupp: {responsible}", f"Tidsperiod: {period}", f"Status: {status}",
                         f"Medverkande kommuner: {cell}"):
                doc.add_paragraph(line, style="List Bullet")
    _save_docx(doc, path)
    return path


def make_plan_2028_pdf(path: Path) -> Path:
    return table_pdf(path, PLAN_2028_TITLE,
                     "Tabellen visar insatserna för 2028, vilken grupp som ansvarar för dem, tidsplanen "
                 "och läget i januari 2028.",
                     PLAN_2028_COLUMNS, PLAN_2028_WIDTHS, PLAN_2028)


def make_minutes_docx(path: Path) -> Path:
    return items_docx(path, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, adjuster="Anna Lindqvist")


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / PROSE_FILE).write_text(PROSE, encoding="utf-8")
    return [make_plan_2027_docx(out_dir / PLAN_2027_FILE), make_plan_2028_pdf(out_dir / PLAN_2028_FILE),
            make_minutes_docx(out_dir / MINUTES_FILE), out_dir / PROSE_FILE]


def main() -> None:
    run(make_all, "Skapar de fiktiva testdokumenten för den fristående mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
