"""Regenerate the fictional documents of the ninth held-out set in benchmarks/data/heldout9/docs/.

    .venv/bin/python scripts/make_heldout9.py [--out benchmarks/data/heldout9/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout9 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (alcohol licensing inspections, food inspections of takeaway
restaurants, paratransit, dog parks and dogs on beaches, bridle paths, fall prevention for older
people, reuse of furniture and building materials) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout9" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2037.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2037 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-tillsyn-tillganglighet-fritid-2037.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för tillsyn, tillgänglighet och fritid 2037 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-natverket-tillsyn-fritid-2037-02-24.docx"
NOTES_TITLE = "EXEMPEL – Minnesanteckningar Nätverket för tillsyn och fritid 2037-02-24 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-tillsyn-tillganglighet-fritid-2037-2040.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för tillsyn, tillgänglighet och fritid 2037–2040 (fiktiv)"

# Activity plan 2037 (PDF): the "Ägare" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Prioriterat område", "Aktivitet", "Ägare", "Tid", "Status", "Deltagare")
PLAN_PDF_WIDTHS = (30, 55, 22, 23, 20, 30)  # mm, 180 in all
PLAN_PDF = [
    ("Tillsyn", "Gemensamma kontroller av serveringstillstånd vid festivaler och andra evenemang",
     "Alkoholtillsynsdelegationen", "Maj–aug 2037", "Planerad", "Malmö, Lund, Trelleborg, Vellinge"),
    ("Tillsyn", "Oanmälda livsmedelskontroller hos restauranger som säljer hämtmat",
     "Livsmedelsinspektörskollegiet", "Hela 2037", "Pågår", "Malmö, Burlöv, Lomma, Kävlinge, Staffanstorp"),
    ("Tillgänglighet", "Gemensam beställningscentral för färdtjänst", "Färdtjänstbeställningsgruppen",
     "Från 1 oktober 2037", "Ej påbörjad", "Alla"),
    ("Fritid", "Inhägnade hundrastgårdar i alla större tätorter", "Hundrastgårdsplanerarna", "Vt 2037", "Pågår",
     "Lund, Lomma, Staffanstorp, Svedala"),
    ("Fritid", "Sammanhängande ridvägar mellan hästgårdarna på landsbygden", "Ridvägssamverkansforumet",
     "2037–2038", "Planerad", "Höör, Eslöv, Skurup, Svedala"),
    ("Äldre", "Hembesök med bedömning av fallrisken hos personer över 75 år", "Fallpreventionsteamet", "Ht 2037",
     "Ej påbörjad", "Eslöv, Höör, Kävlinge, Burlöv"),
    ("Hållbarhet", "Gemensamt lager för återbruk av kontorsmöbler mellan kommunerna", "Möbelåterbruksstyrgruppen",
     "Kv 2 2037", "Pågår", "Lund, Malmö, Skurup, Trelleborg, Vellinge"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per measure.
PLAN_DOCX = [
    ("Tillsyn", [
        [("Åtgärd", "Gemensam checklista för livsmedelsinspektörernas kontroll av allergenmärkning"),
         ("Ansvarig grupp", "Allergenkontrollgruppen"), ("Tidsperiod", "Jan 2037"), ("Status", "Genomförd"),
         ("Deltagande kommuner", "Samtliga kommuner")],
        [("Åtgärd", "Utbildning i ansvarsfull alkoholservering för personal på krogar och festivaler"),
         ("Ansvarig grupp", "Krogutbildningsombuden"), ("Tidsperiod", "Mars–maj 2037"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Malmö, Lund, Trelleborg")],
    ]),
    ("Tillgänglighet och äldre", [
        [("Åtgärd", "Gemensamma regler för färdtjänstresor över kommungränsen"),
         ("Ansvarig grupp", "Färdtjänstregelberedningen"), ("Tidsperiod", "Vt 2037"), ("Status", "Remiss pågår"),
         ("Deltagande kommuner", "Burlöv, Kävlinge, Lomma, Staffanstorp, Svedala")],
        [("Åtgärd", "Avgiftsfria träningsgrupper i balans och styrka för äldre"),
         ("Ansvarig grupp", "Balansträningsinstruktörerna"), ("Tidsperiod", "Sep–dec 2037"),
         ("Status", "Planerad"), ("Deltagande kommuner", "Höör, Skurup, Trelleborg, Vellinge")],
    ]),
    ("Fritid och friluftsliv", [
        [("Åtgärd", "Skyltning av de badstränder där hundar är tillåtna"),
         ("Ansvarig grupp", "Strandhundsrådet"), ("Tidsperiod", "Apr–maj 2037"), ("Status", "Ej påbörjad"),
         ("Deltagande kommuner", "Vellinge, Lomma, Trelleborg, Kävlinge")],
        [("Åtgärd", "Parkering för hästtransporter där ridvägarna börjar"),
         ("Ansvarig grupp", "Ryttarparkeringsgruppen"), ("Tidsperiod", "Hela 2037"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Höör, Eslöv")],
    ]),
    ("Återbruk", [
        [("Åtgärd", "Digital plattform där kommunerna byter överblivet byggmaterial med varandra"),
         ("Ansvarig grupp", "Byggmaterialåterbrukskansliet"), ("Tidsperiod", "Kv 3–4 2037"),
         ("Status", "Upphandling pågår"), ("Deltagande kommuner", "Lund, Malmö, Eslöv, Svedala")],
    ]),
]

NOTES_HEADER = ("Datum: 2037-02-24, kl. 9.00–11.30", "Plats: Biblioteket i Staffanstorp (fiktivt möte)",
                "Närvarande: Nätverket för tillsyn och fritid, med företrädare för nio av de tolv "
                "medlemskommunerna",
                "Antecknare: Oskar Lindqvist (Vellinge)")
NOTES_ITEMS = [
    ("1.", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 2 december 2036 godkändes och lades till handlingarna."]),
    ("2.", "Kontroller av serveringstillstånd",
     ["Alkoholtillsynsdelegationen berättade att polisen vill delta i kontrollerna vid de största festivalerna. "
      "Nätverket diskuterade hur kontrollerna ska fördelas mellan kommunerna under sommaren.",
      "Det beslutades att minst två kommuners alkoholhandläggare ska delta vid varje gemensam kontroll."]),
    ("3.", "Livsmedelskontroller hos restauranger med hämtmat",
     ["Livsmedelsinspektörskollegiet redovisade att 38 procent av restaurangerna med hämtmat fick anmärkningar "
      "vid de första kontrollerna, oftast för att allergenerna inte var märkta.",
      "Livsmedelsinspektörskollegiet får i uppdrag att ta fram informationsmaterial om allergener på fem språk, "
      "klart senast den 30 april 2037."]),
    ("4.", "Beställningscentral för färdtjänst",
     ["Nätverket beslutar"],
     ["att avsätta 400 000 kronor till en förstudie om en gemensam beställningscentral för färdtjänst,",
      "att Färdtjänstbeställningsgruppen ansvarar för förstudien och redovisar den i juni 2037."]),
    ("5.", "Avgift för hundrastgårdar",
     ["Staffanstorp föreslog att kommunerna tar ut en avgift av dem som använder hundrastgårdarna, för att "
      "täcka kostnaden för skötseln. Flera deltagare menade att en avgift skulle bli dyr att administrera.",
      "Det beslutades att avstå från att ta ut avgifter för hundrastgårdarna."]),
    ("6.", "Ridvägar över privat mark",
     ["Höör berättade att markägare i två fall har sagt nej till att ridvägen dras över deras mark.",
      "Ridvägssamverkansforumet ges i uppdrag att ta fram ett standardavtal med markägarna och rapportera vid "
      "nästa möte."]),
    ("7.", "Fallprevention",
     ["Fallpreventionsteamet berättade att fallolyckor bland äldre leder till omkring 2 300 sjukhusbesök om året "
      "i de fyra deltagande kommunerna. Nätverket diskuterade om hembesöken även ska erbjudas personer mellan 65 "
      "och 74 år.",
      "Frågan om hembesök för personer mellan 65 och 74 år bordlades till mötet den 8 juni 2037."]),
    ("8.", "Övriga frågor",
     ["Trelleborg informerade om att kommunens eget möbellager för återbruk har sparat omkring 1,1 miljoner "
      "kronor sedan starten 2035. Nätverket noterade informationen."]),
    ("9.", "Nästa möte", ["Nästa möte hålls den 8 juni 2037 i Lomma."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Antalet ärenden om serveringstillstånd har ökat med en tredjedel sedan 2033, samtidigt som flera av de mindre kommunerna bara har en handläggare för alkoholfrågor. Det är skälet till att kommunerna vill samordna tillsynen. Fallolyckor är den vanligaste orsaken till att äldre skadar sig, och färdtjänstresenärer som reser mellan kommunerna måste i dag boka sina resor hos olika bolag.

## Mål till 2040

Varje restaurang som säljer hämtmat ska kontrolleras minst en gång per år. En färdtjänstresa som beställs samma dag ska kunna börja inom högst 45 minuter. Antalet sjukhusbesök efter fallolyckor bland personer över 75 år ska minska med 15 procent till 2040 jämfört med 2036. Det ska finnas 120 kilometer skyltade ridvägar år 2040. Minst hälften av de möbler som kommunerna behöver ska komma från återbruk.

## Ansvar och organisation

Nätverket för tillsyn och fritid leder arbetet och rapporterar till kommundirektörsgruppen två gånger om året, i juni och december. Tillsynen av serveringstillstånd samordnas av Alkoholtillsynsdelegationen. Färdtjänstkommittén leder arbetet med färdtjänsten, och Cirkulärekonomikansliet samordnar kommunernas arbete med återbruk.

## Budget

Den gemensamma budgeten är 3,8 miljoner kronor för hela perioden, varav 1,5 miljoner kronor går till ridvägarna. Kommunerna betalar 3 kronor per invånare och år. Arbetet med fallprevention får dessutom ett bidrag från Region Skåne på 350 000 kronor.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2037 till den 31 december 2040. Nätverket lämnar en årlig rapport i oktober, och planen utvärderas i april 2039.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma aktiviteterna under 2037, vilken grupp som äger "
             "aktiviteten, när den genomförs och status i januari 2037.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för tillsyn, tillgänglighet och fritid "
              "under 2037, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den nionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
