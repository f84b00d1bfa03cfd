"""Regenerate the fictional documents of the fifth held-out set in benchmarks/data/heldout5/docs/.

    .venv/bin/python scripts/make_heldout5.py [--out benchmarks/data/heldout5/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout5 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (young people outside work and studies, a joint social services
on-call, food waste in households, geodata and base maps, dementia care, schools' digital tools, street
trees and urban greenery, traffic noise) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout5" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2033.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2033 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-utbildning-omsorg-stadsmiljo-2033.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för utbildning, omsorg och stadsmiljö 2033 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-valfardssamordningsgruppen-2033-03-17.docx"
NOTES_TITLE = "EXEMPEL – Minnesanteckningar Välfärdssamordningsgruppen 2033-03-17 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-valfard-livsmiljo-2033-2036.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för välfärd och livsmiljö 2033–2036 (fiktiv)"

# Activity plan 2033 (PDF): the "Ansvarig grupp" column is narrow, so the long group names break inside
# the word.
PLAN_PDF_COLUMNS = ("Område", "Insats", "Ansvarig grupp", "Tidsperiod", "Status", "Kommuner")
PLAN_PDF_WIDTHS = (33, 53, 23, 24, 20, 27)  # mm, 180 in all
PLAN_PDF = [
    ("Arbetsmarknad", "Uppsökande arbete bland unga 16–24 år som varken arbetar eller studerar",
     "Ungdomsvägledarnätverket", "Feb–nov 2033", "Pågår", "Burlöv, Eslöv, Trelleborg"),
    ("Social omsorg", "Gemensam socialjour för kvällar, nätter och helger", "Socialjourssamverkansgruppen",
     "Från 1 april 2033", "Planerad", "Kävlinge, Lomma, Staffanstorp, Svedala"),
    ("Miljö och klimat", "Plockanalys av matsvinn i hushållens matavfall", "Matsvinnsstrategigruppen",
     "Kv 2 2033", "Ej påbörjad", "Lund, Höör, Skurup"),
    ("Samhällsbyggnad", "Gemensam digital baskarta byggd på öppna geodata", "Geodatasamordnargruppen",
     "2033–2034", "Pågår", "Alla"),
    ("Vård och omsorg", "Kompetensstege i demensvård för undersköterskor", "Demensvårdsutvecklarna",
     "Hela 2033", "Planerad", "Vellinge, Svedala, Eslöv, Höör"),
    ("Miljö och klimat", "Kartläggning av vägtrafikbuller vid förskolor", "Bullerkartläggningsgruppen",
     "Mars–juni 2033", "Planerad", "Malmö, Burlöv, Lomma"),
    ("Samhällsbyggnad", "Plantering av 5 000 nya gatuträd i tätorterna", "Grönstrukturplanerarnätverket",
     "Ht 2033", "Ej påbörjad", "Lund, Staffanstorp, Kävlinge"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort.
PLAN_DOCX = [
    ("Utbildning", [
        [("Åtgärd", "Gemensam lärplattform för grundskolan"), ("Ansvar", "Skoldigitaliseringsrådet"),
         ("Period", "Läsåret 2033/34"), ("Status", "Upphandling pågår"),
         ("Deltagare", "Skurup, Svedala, Trelleborg, Vellinge")],
        [("Åtgärd", "Fortbildning i digitala verktyg för lärare i årskurs 1–3"), ("Ansvar", "IT-pedagognätverket"),
         ("Period", "Jan–maj 2033"), ("Status", "Pågår"), ("Deltagare", "Samtliga kommuner")],
    ]),
    ("Vård och omsorg", [
        [("Åtgärd", "Dagverksamhet för personer med demenssjukdom i tidigt skede"),
         ("Ansvar", "Demensteamsnätverket"), ("Period", "Från augusti 2033"), ("Status", "Planerad"),
         ("Deltagare", "Lund, Lomma, Burlöv")],
    ]),
    ("Social omsorg", [
        [("Åtgärd", "Gemensam rutin för överlämning av ärenden från socialjouren till dagtid"),
         ("Ansvar", "Individ- och familjeomsorgsgruppen"), ("Period", "Kv 1 2033"), ("Status", "Genomförd"),
         ("Deltagare", "Alla")],
    ]),
    ("Stadsmiljö", [
        [("Åtgärd", "Riktlinjer för skyddszoner kring gamla träd vid byggprojekt"),
         ("Ansvar", "Stadsträdgårdsmästarna"), ("Period", "Vt 2033"), ("Status", "Pågår"),
         ("Deltagare", "Malmö, Lund, Eslöv")],
    ]),
    ("Arbetsmarknad", [
        [("Åtgärd", "Matchningsträffar mellan unga arbetssökande och lokala arbetsgivare"),
         ("Ansvar", "Arbetsgivarkontaktnätverket"), ("Period", "Oktober 2033"), ("Status", "Ej påbörjad"),
         ("Deltagare", "Eslöv, Höör, Kävlinge")],
    ]),
]

NOTES_HEADER = ("Datum: 2033-03-17, kl. 9.30–12.00", "Plats: Stadshuset i Trelleborg (fiktivt möte)",
                "Närvarande: Välfärdssamordningsgruppen, med företrädare för elva av de tolv medlemskommunerna",
                "Antecknare: Lina Bergqvist (Skurup)")
NOTES_ITEMS = [
    ("1.", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 27 januari 2033 godkändes och lades till handlingarna."]),
    ("2.", "Gemensam socialjour",
     ["Socialjourssamverkansgruppen berättade att lokaler för socialjouren har hittats i Staffanstorp och att "
      "rekryteringen av personal har börjat. Gruppen diskuterade hur många som behöver arbeta samtidigt under "
      "helgerna.",
      "Det beslutades att socialjouren ska bemannas med två socialsekreterare per arbetspass."]),
    ("3.", "Matsvinn i hushållen",
     ["Flera kommuner har redan egna kampanjer om matsvinn, men budskapen skiljer sig åt.",
      "Matsvinnsstrategigruppen får i uppdrag att ta fram en gemensam informationskampanj om matsvinn riktad "
      "till hushållen, klar senast den 1 oktober 2033."]),
    ("4.", "Kartdata och geodata",
     ["Gruppen diskuterade att kommunerna i dag köper samma kartdata var för sig och till olika villkor. Lund "
      "och Malmö delade sina erfarenheter av öppna geodata.",
      "Geodatasamordnargruppen ansvarar för att ta fram ett förslag till gemensamt licensavtal för kartdata."]),
    ("5.", "Fortbildning i demensvård",
     ["Välfärdssamordningsgruppen beslutar"],
     ["att avsätta 250 000 kronor till fortbildning i demensvård under 2033,",
      "att Demensvårdsutvecklarna ansvarar för att fördela utbildningsplatserna mellan kommunerna."]),
    ("6.", "Gemensam trädplantskola",
     ["Vellinge har föreslagit att kommunerna driver en gemensam plantskola för gatuträd. Kostnaden för mark "
      "och skötsel bedömdes som hög i förhållande till nyttan.",
      "Det beslutades att avstå från en gemensam trädplantskola."]),
    ("7.", "Unga som varken arbetar eller studerar",
     ["Ungdomsvägledarnätverket ges i uppdrag att följa upp hur många av de unga i det uppsökande arbetet som "
      "har fått arbete eller börjat studera och rapportera vid nästa möte."]),
    ("8.", "Övriga frågor",
     ["Höör informerade om att kommunen har anställt en miljöinspektör med inriktning på buller. Gruppen "
      "noterade informationen."]),
    ("9.", "Nästa möte", ["Nästa möte hålls den 9 juni 2033 i Svedala."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Syfte

Syftet med verksamhetsplanen är att fler unga ska komma i arbete eller studier och att invånarna i de tolv kommunerna ska få en grönare och tystare livsmiljö. Planen samlar de gemensamma insatserna inom arbetsmarknad, social omsorg, demensvård och stadsmiljö.

## Mål till 2036

Andelen unga i åldern 16–24 år som varken arbetar eller studerar ska minska till 5 procent år 2036. I tätorterna ska trädkronorna täcka minst 30 procent av marken. Matsvinnet i hushållen ska halveras jämfört med år 2030, och ingen förskolegård ska ha ett trafikbuller över 50 decibel.

## Organisation

Välfärdssamordningsgruppen leder arbetet med välfärd och livsmiljö och rapporterar till kommundirektörerna två gånger per år. Ljudmiljörådet leder arbetet mot buller och samordnar kommunernas mätningar. Geodatasamordnargruppen förser de övriga grupperna med gemensamma kartunderlag.

## Finansiering

Insatserna i planen har en gemensam budget på 2,4 miljoner kronor för hela perioden. Den gemensamma socialjouren finansieras för sig, genom en avgift på 6 kronor per invånare och år från de kommuner som deltar.

## Uppföljning

Arbetet följs upp i en årlig rapport i mars. Planen utvärderas efter halva tiden, hösten 2034.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma insatserna under 2033, vilken grupp som ansvarar, "
             "tidsperioden och status i januari 2033.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för utbildning, omsorg och stadsmiljö "
              "under 2033, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
