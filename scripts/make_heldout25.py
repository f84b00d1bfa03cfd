"""Regenerate the fictional documents of the twenty-fifth held-out set in benchmarks/data/heldout25/docs/.

    .venv/bin/python scripts/make_heldout25.py [--out benchmarks/data/heldout25/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout25 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (a cycling school for adults who never learnt to ride a bike, water
play areas with fountains in the parks, respite and support for family carers, boule courts in the parks
and at the meeting places for older people, rain gardens along the streets that take the stormwater at
cloudbursts, free lending of musical instruments from the culture school, a leisure card that pays
children's fees for clubs and activities) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout25" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2101.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2101 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-omsorg-rorelse-klimat-2101.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för omsorg, rörelse och klimat 2101 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-samradsgruppen-omsorg-rorelse-klimat-2101-10-19.docx"
NOTES_TITLE = ("EXEMPEL – Minnesanteckningar Samrådsgruppen för omsorg, rörelse och klimat 2101-10-19 "
               "(fiktiva)")
PROSE_FILE = "exempel-verksamhetsplan-omsorg-rorelse-klimat-2101-2104.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för omsorg, rörelse och klimat 2101–2104 (fiktiv)"

# Activity plan 2101 (PDF): the state at the October check ("Status per oktober") comes first and the
# responsible group ("Ansvarsgrupp") second, in a column just wide enough for its heading, so the long
# group names break inside the word; then the municipalities covered ("Kommuner som omfattas"), the
# effort ("Insats"), the subject area ("Sakområde") and the planned time ("Planerad tid") last.
PLAN_PDF_COLUMNS = ("Status per oktober", "Ansvarsgrupp", "Kommuner som omfattas", "Insats", "Sakområde",
                    "Planerad tid")
PLAN_PDF_WIDTHS = (26, 28, 32, 46, 24, 24)  # mm, 180 in all; 28 mm keeps "Ansvarsgrupp" whole
PLAN_PDF = [
    ("38 deltagare klara med kursen", "Vuxencykelundervisningskavalkaden", "Malmö, Lund, Burlöv, Trelleborg",
     "Cykelskola för vuxna som aldrig har lärt sig cykla, med övningar på en avstängd skolgård och "
     "trafikträning på cykelbanorna", "Trafik och rörlighet", "Apr–sep 2101"),
    ("Fyra av sex anläggningar öppna", "Plaskdammsanläggningsarmadan", "Lomma, Kävlinge, Staffanstorp, Eslöv",
     "Vattenlekplatser med fontäner och spridare i parkerna där barn kan svalka sig under varma "
     "sommardagar", "Lek och utemiljö", "Maj 2101–jun 2102"),
    ("210 familjer får avlösning", "Anhörigavlösningsstödskuratoriet", "Samtliga kommuner",
     "Avlösning i hemmet upp till åtta timmar i månaden, utan kostnad, för den som vårdar en närstående",
     "Omsorg", "Från 1 mar 2101"),
    ("Elva banor byggda", "Boulebanebyggnadstriumviratet", "Höör, Skurup, Vellinge, Svedala, Lomma",
     "Boulebanor i parkerna och vid träffpunkterna för äldre, med bänkar och en lånebox med klot",
     "Hälsa och motion", "Mar–jun 2101"),
    ("Projektering pågår", "Regnbäddsdagvattenkonstruktörerna", "Malmö, Lund, Staffanstorp",
     "Regnbäddar längs gatorna som tar hand om dagvattnet vid skyfall och minskar risken för översvämmade "
     "källare", "Klimatanpassning", "2101–2103"),
    ("460 instrument utlånade", "Kulturskoleinstrumentutlåningsfanfaren", "Eslöv, Höör, Kävlinge, Burlöv",
     "Gratis lån av instrument från kulturskolan för barn som vill börja spela, bland annat fiol, gitarr, "
     "trumpet och klarinett", "Kultur", "Läsåret 2101/02"),
    ("5 600 kort aktiverade", "Fritidskortsbidragshanteringstribunalet", "Trelleborg, Vellinge, Skurup, "
     "Svedala, Malmö",
     "Fritidskort för barn 8–16 år med 2 000 kronor per år att använda till avgifter i idrottsföreningar, "
     "scouter och kulturskola", "Barn och fritid", "Från 1 jan 2101"),
]

# Activity plan (Word): one heading per subject area, then "Label: value" list lines per task; the
# municipalities concerned ("Kommuner som berörs") come first, then the task ("Uppdrag"), the group that
# drives it ("Drivs av"), the latest follow-up ("Senaste uppföljning") and the planned period
# ("Planerad period") last.
PLAN_DOCX = [
    ("Trafik och rörlighet", [
        [("Kommuner som berörs", "Malmö, Burlöv"),
         ("Uppdrag", "Utlåning av begagnade cyklar och hjälmar till deltagare som har gått klart cykelskolan"),
         ("Drivs av", "Övningscykelutlåningsgardet"), ("Senaste uppföljning", "85 cyklar utlånade"),
         ("Planerad period", "Juni–oktober 2101")],
    ]),
    ("Lek och utemiljö", [
        [("Kommuner som berörs", "Lomma, Kävlinge"),
         ("Uppdrag", "Provtagning av vattnet i vattenlekplatserna varje vecka under sommarsäsongen"),
         ("Drivs av", "Plaskdammsvattenprovtagningslegionen"), ("Senaste uppföljning", "Alla prover godkända"),
         ("Planerad period", "Juni–augusti 2101")],
    ]),
    ("Omsorg", [
        [("Kommuner som berörs", "Samtliga kommuner"),
         ("Uppdrag", "Anhörigcaféer en gång i månaden där den som vårdar en närstående kan träffa andra i "
                     "samma situation"),
         ("Drivs av", "Anhörigcaféverksamhetsakademien"), ("Senaste uppföljning", "Tolv caféer i gång"),
         ("Planerad period", "Hela 2101")],
        [("Kommuner som berörs", "Lund, Eslöv, Höör"),
         ("Uppdrag", "Kurs för anhöriga till personer med demenssjukdom, fem träffar med en demenssjuksköterska"),
         ("Drivs av", "Anhörigkursutbildningsdocenterna"), ("Senaste uppföljning", "Inställd, för få anmälda"),
         ("Planerad period", "Hösten 2101")],
    ]),
    ("Hälsa och motion", [
        [("Kommuner som berörs", "Vellinge, Svedala"),
         ("Uppdrag", "Boulecup för seniorer med lag från träffpunkterna i kommunerna"),
         ("Drivs av", "Seniorbouleseriespelsligan"), ("Senaste uppföljning", "Genomförd med 48 lag"),
         ("Planerad period", "27 augusti 2101")],
    ]),
    ("Klimatanpassning", [
        [("Kommuner som berörs", "Malmö, Lund"),
         ("Uppdrag", "Skötsel av växterna i regnbäddarna och rensning av inloppen från löv och skräp"),
         ("Drivs av", "Regnbäddsplantskötselsextetten"),
         ("Senaste uppföljning", "Upphandling av skötselentreprenör pågår"),
         ("Planerad period", "Från våren 2102")],
    ]),
    ("Kultur", [
        [("Kommuner som berörs", "Eslöv, Burlöv"),
         ("Uppdrag", "Reparation och rengöring av de utlånade instrumenten under sommarlovet"),
         ("Drivs av", "Blåsinstrumentreparationsverkstadstrion"),
         ("Senaste uppföljning", "Försenad, 70 instrument väntar på reservdelar"),
         ("Planerad period", "Juli–augusti 2101")],
    ]),
    ("Barn och fritid", [
        [("Kommuner som berörs", "Trelleborg, Skurup"),
         ("Uppdrag", "Informationsträffar om fritidskortet på skolor och bibliotek, på flera språk"),
         ("Drivs av", "Fritidskortsinformationsherolderna"), ("Senaste uppföljning", "22 träffar genomförda"),
         ("Planerad period", "Jan–mars 2101")],
    ]),
]

NOTES_HEADER = ("Datum: 2101-10-19, kl. 13.00–16.10",
                "Plats: Kulturhuset i Eslöv (fiktivt möte)",
                "Närvarande: Samrådsgruppen för omsorg, rörelse och klimat, med företrädare för tio av de "
                "tolv medlemskommunerna",
                "Antecknare: Linnea Forsberg (Höör)")
NOTES_ITEMS = [
    ("§ 1", "Mötets öppnande",
     ["Mötesordföranden Anders Holmqvist (Eslöv) hälsade alla välkomna och öppnade mötet."]),
    ("§ 2", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 14 juni 2101 godkändes och lades till handlingarna."]),
    ("§ 3", "Cykelskola för vuxna",
     ["Vuxencykelundervisningskavalkaden berättade att 38 deltagare har gått klart kursen, nästan alla "
      "kvinnor, och att 24 personer står i kö. Kursen omfattar tio lektioner med två cykellärare.",
      "Samrådsgruppen beslutar att cykelskolan ska erbjudas även under vintern, inomhus i en idrottshall."]),
    ("§ 4", "Vattenlekplatser",
     ["Plaskdammsanläggningsarmadan redovisade att fyra av sex vattenlekplatser har öppnat. Vattnet "
      "cirkulerar och renas. Den sammanlagda kostnaden för de sex anläggningarna beräknas till 9,6 miljoner "
      "kronor.",
      "Samrådsgruppen ger Plaskdammsanläggningsarmadan i uppdrag att ta fram en plan för hur vattenlekplatserna "
      "kan spara vatten under torra somrar och att redovisa den senast den 1 mars 2102."]),
    ("§ 5", "Avlösning för anhöriga",
     ["Anhörigavlösningsstödskuratoriet redovisade att 210 familjer får avlösning och att de i genomsnitt "
      "använder 6,5 timmar i månaden. Många anhöriga har frågat efter avlösning på andra tider än dagtid.",
      "Samrådsgruppen beslutar att avlösningen ska kunna bokas även på kvällar och helger från 1 januari "
      "2102."]),
    ("§ 6", "Boulebanor",
     ["Boulebanebyggnadstriumviratet berättade att elva boulebanor har byggts och att varje bana har kostat "
      "omkring 85 000 kronor. Banorna används mest på förmiddagarna.",
      "Samrådsgruppen beslutar"],
     ["att ytterligare fem banor ska byggas under våren 2102,",
      "att Boulebanebyggnadstriumviratet ansvarar för att varje bana har en lånebox med klot som öppnas med "
      "en kod."]),
    ("§ 7", "Regnbäddar",
     ["Regnbäddsdagvattenkonstruktörerna redovisade att de första 14 regnbäddarna projekteras. Vid skyfallet "
      "den 3 augusti 2101 översvämmades omkring 320 källare i Malmö och Lund.",
      "Samrådsgruppen beslutar att regnbäddar i första hand ska byggas på gator där källare har "
      "översvämmats."]),
    ("§ 8", "Instrumentutlåning",
     ["Kulturskoleinstrumentutlåningsfanfaren redovisade att 460 instrument är utlånade och att 130 barn står "
      "i kö för att få låna ett instrument. Flest vill låna gitarr.",
      "Samrådsgruppen ger Kulturskoleinstrumentutlåningsfanfaren i uppdrag att köpa in 150 nya instrument, "
      "vilket beräknas kosta 1,1 miljoner kronor, och att redovisa inköpen senast den 30 november 2101."]),
    ("§ 9", "Fritidskortet",
     ["Fritidskortsbidragshanteringstribunalet berättade att 5 600 av de 9 800 barn som har rätt till "
      "fritidskortet har aktiverat det och att 62 procent av pengarna har använts.",
      "Samrådsgruppen beslutar att fritidskortet från 2102 även ska kunna användas till lägerverksamhet på "
      "sommarlovet."]),
    ("§ 10", "Övriga frågor",
     ["Skurup informerade om att kommunen vill bygga en egen vattenlekplats under 2102. Frågan tas upp på "
      "nästa möte."]),
    ("§ 11", "Nästa möte", ["Nästa möte hålls den 25 januari 2102 i Höör."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Många vuxna som har flyttat till regionen har aldrig fått lära sig cykla, och utan cykel blir det svårare att ta sig till arbete och studier. Under de allt varmare somrarna saknar barnfamiljerna platser i parkerna där barnen kan svalka sig. Omkring var femte vuxen vårdar eller stödjer en närstående, och många av dem orkar inte i längden utan avlösning. Äldre invånare efterfrågar enkla sätt att röra sig tillsammans utomhus. Skyfallen har blivit fler, och dagvattnet har på flera håll översvämmat källare och gator. Samtidigt avstår många barn från musik och idrott därför att familjen inte har råd med instrument eller avgifter.

## Inriktning

Kommunerna vill att alla vuxna ska kunna cykla, att barn ska ha nära till vattenlek under sommaren och att den som vårdar en närstående ska få stöd och vila. Parkerna ska ha platser där äldre kan mötas och röra på sig. Dagvattnet ska tas om hand där det faller, och inget barn ska behöva avstå från en fritidsaktivitet på grund av familjens ekonomi.

## Mål till 2104

Minst 600 vuxna ska ha lärt sig cykla i cykelskolan. Varje kommun ska ha minst en vattenlekplats, och minst 40 boulebanor ska finnas i regionen. Ingen som vårdar en närstående ska behöva vänta mer än två veckor på avlösning. Minst 80 procent av de barn som har rätt till fritidskortet ska använda det.

## Organisation

Samrådsgruppen för omsorg, rörelse och klimat leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Fritidskortsföreningsanslutningsslussen håller kontakten med de idrottsföreningar, scoutkårer och studieförbund som tar emot fritidskortet, och Anhörigavlösningsstödskuratoriet samarbetar med kommunernas anhörigkonsulenter.

## Ekonomi

Den gemensamma budgeten är 15,6 miljoner kronor för perioden 2101–2104, varav 4,2 miljoner kronor går till regnbäddarna. Kommunerna betalar 6,10 kronor per invånare och år. Instrumentutlåningen får dessutom 300 000 kronor per år från en musikstiftelse.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2101 till den 31 december 2104. Samrådsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2103.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam aktivitet statusen vid avstämningen i oktober 2101, "
             "vilken grupp som ansvarar, vilka kommuner som omfattas, vad insatsen går ut på, vilket sakområde "
             "den hör till och den planerade tiden.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma uppdragen för omsorg, rörelse och klimat under 2101, "
              "ordnade efter sakområde.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
