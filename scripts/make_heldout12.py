"""Regenerate the fictional documents of the twelfth held-out set in benchmarks/data/heldout12/docs/.

    .venv/bin/python scripts/make_heldout12.py [--out benchmarks/data/heldout12/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout12 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (public drinking fountains, free lending of sports equipment,
mother tongue tuition, public defibrillators, naming of streets, municipal saunas by the sea, safety
walks in residential areas) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout12" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2043.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2043 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-folkhalsa-trygghet-stadsmiljo-2043.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för folkhälsa, trygghet och stadsmiljö 2043 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-arbetsgruppen-folkhalsa-stadsmiljo-2043-05-11.docx"
NOTES_TITLE = "EXEMPEL – Minnesanteckningar Arbetsgruppen för folkhälsa och stadsmiljö 2043-05-11 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-folkhalsa-trygghet-stadsmiljo-2043-2046.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för folkhälsa, trygghet och stadsmiljö 2043–2046 (fiktiv)"

# Activity plan 2043 (PDF): the narrow "Ägare" column follows the activity, so the long group names break
# inside the word; the status comes before the time and the area.
PLAN_PDF_COLUMNS = ("Aktivitet", "Ägare", "Status", "Tid", "Område", "Deltagande kommuner")
PLAN_PDF_WIDTHS = (50, 22, 26, 22, 26, 34)  # mm, 180 in all
PLAN_PDF = [
    ("Dricksfontäner i parker och på torg som är påslagna från april till oktober", "Dricksfontänsamordningen",
     "Planerad", "Apr–okt 2043", "Folkhälsa", "Malmö, Lund, Lomma, Trelleborg, Eslöv"),
    ("Fritidsbanker där barn och unga lånar sport- och friluftsutrustning gratis",
     "Utrustningsutlåningskooperativet", "Pågår", "Hela 2043", "Fritid", "Höör, Skurup, Svedala, Burlöv"),
    ("Gemensam fjärrundervisning i modersmål för språk som har få elever", "Modersmålslärarpoolen",
     "Utredning pågår", "Ht 2043", "Utbildning", "Alla"),
    ("Registrering av alla hjärtstartare i kommunernas lokaler i det nationella hjärtstartarregistret",
     "Hjärtstartarinventeringsgruppen", "Försenad", "Jan–jun 2043", "Trygghet",
     "Kävlinge, Lomma, Staffanstorp, Vellinge"),
    ("Gemensamma riktlinjer för namngivning av nya gator och kvarter", "Gatunamnsgranskarna",
     "Remissrunda pågår", "Vt 2043", "Stadsmiljö", "Lund, Eslöv, Kävlinge, Höör"),
    ("Kommunala bastur vid badplatserna som är öppna året runt", "Kallbadsbastuarbetsgruppen",
     "Upphandling pågår", "2043–2044", "Fritid", "Vellinge, Trelleborg, Lomma, Malmö"),
    ("Trygghetsvandringar i bostadsområden tillsammans med boende och fastighetsägare",
     "Trygghetsvandringsledarna", "Planerad", "Mar–nov 2043", "Trygghet", "Malmö, Burlöv, Trelleborg, Svedala"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per activity; the
# municipalities come right after the activity and the time comes last.
PLAN_DOCX = [
    ("Folkhälsa och fritid", [
        [("Aktivitet", "Karta i appen över alla dricksfontäner och offentliga toaletter"),
         ("Deltagare", "Malmö, Lund"), ("Ansvar", "Vattenpunktskarteringsgruppen"), ("Status", "Genomförd"),
         ("Tid", "Maj 2043")],
        [("Aktivitet", "Mobil fritidsbank som besöker skolorna på landsbygden med en släpvagn"),
         ("Deltagare", "Höör, Skurup"), ("Ansvar", "Fritidsbanksturnéteamet"), ("Status", "Planerad"),
         ("Tid", "Sommarlovet 2043")],
        [("Aktivitet", "Kvällsbastu för kvinnor en gång i veckan"),
         ("Deltagare", "Trelleborg, Lomma"), ("Ansvar", "Bastuvärdskåren"), ("Status", "Ej påbörjad"),
         ("Tid", "Okt 2043–mar 2044")],
    ]),
    ("Utbildning", [
        [("Aktivitet", "Digitala läromedel i modersmål på arabiska, somaliska, tigrinja och ukrainska"),
         ("Deltagare", "Malmö, Burlöv, Eslöv, Trelleborg, Svedala"), ("Ansvar", "Flerspråkighetsutvecklarna"),
         ("Status", "Pågår"), ("Tid", "Hela 2043")],
    ]),
    ("Trygghet", [
        [("Aktivitet", "Kurs i hjärt-lungräddning och hjärtstartare för ledare i idrottsföreningar"),
         ("Deltagare", "Samtliga kommuner"), ("Ansvar", "Hjärtsäkerhetsutbildarna"),
         ("Status", "Delvis genomförd"), ("Tid", "Feb–apr 2043")],
        [("Aktivitet", "Bättre belysning och klippta buskar på de platser som trygghetsvandringarna har pekat ut"),
         ("Deltagare", "Malmö, Burlöv"), ("Ansvar", "Platsförbättringsforumet"), ("Status", "Planerad"),
         ("Tid", "Ht 2043")],
    ]),
    ("Stadsmiljö", [
        [("Aktivitet", "Gemensam namnbank med förslag på gatunamn efter kvinnor från regionen"),
         ("Deltagare", "Lund, Kävlinge, Staffanstorp"), ("Ansvar", "Namnbanksarbetsgruppen"),
         ("Status", "Pågår"), ("Tid", "Vt 2043")],
    ]),
]

NOTES_HEADER = ("Datum: 2043-05-11, kl. 10.00–12.30", "Plats: Folkets hus i Skurup (fiktivt möte)",
                "Närvarande: Arbetsgruppen för folkhälsa och stadsmiljö, med företrädare för åtta av de tolv "
                "medlemskommunerna",
                "Antecknare: Linnea Holm (Kävlinge)")
NOTES_ITEMS = [
    ("1.", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 2 februari 2043 godkändes och lades till handlingarna."]),
    ("2.", "Dricksfontäner",
     ["Dricksfontänsamordningen berättade att 46 nya dricksfontäner ska sättas upp under året, varav 20 i "
      "Malmö. Arbetsgruppen diskuterade hur fontänerna kan skyddas mot skadegörelse.",
      "Det beslutades att alla nya dricksfontäner ska gå att använda för den som sitter i rullstol."]),
    ("3.", "Fritidsbanker",
     ["Utrustningsutlåningskooperativet redovisade att fritidsbankerna lånade ut 7 300 saker under 2042, "
      "flest skridskor och fiskespön.",
      "Utrustningsutlåningskooperativet får i uppdrag att ta fram ett förslag om en fritidsbank i Svedala "
      "tätort, klart senast den 15 september 2043."]),
    ("4.", "Modersmålsundervisning på distans",
     ["Arbetsgruppen beslutar"],
     ["att avsätta 650 000 kronor till en försöksverksamhet med fjärrundervisning i modersmål,",
      "att Modersmålslärarpoolen ansvarar för försöket och redovisar det i december 2043."]),
    ("5.", "Hjärtstartare",
     ["Hjärtstartarinventeringsgruppen berättade att registreringen är försenad, eftersom det för många "
      "hjärtstartare saknas uppgifter om när batterierna byttes senast.",
      "Det beslutades att varje kommun ska utse en kontaktperson för hjärtstartarna före sommaren."]),
    ("6.", "Gatunamn efter personer",
     ["Lund föreslog att nya gator bara ska få namn efter personer som har varit döda i minst tio år. Flera "
      "deltagare ville först veta hur andra kommuner i landet gör.",
      "Frågan sköts upp till mötet den 7 september 2043."]),
    ("7.", "Avgift för bastur",
     ["Vellinge föreslog att bastun vid badplatserna ska vara gratis för alla.",
      "Det beslutades att ett bastubesök ska kosta 60 kronor, för att täcka kostnaden för bastuvärdar, och "
      "att barn under 12 år badar gratis."]),
    ("8.", "Trygghetsvandringar",
     ["Trygghetsvandringsledarna redovisade att 14 trygghetsvandringar med sammanlagt 310 deltagare "
      "genomfördes under 2042. Den vanligaste synpunkten var dålig belysning på gång- och cykelvägar. "
      "Arbetsgruppen noterade redovisningen."]),
    ("9.", "Övriga frågor",
     ["Staffanstorp informerade om att kommunen har fått 25 hjärtstartare i gåva från en lokal stiftelse. "
      "Arbetsgruppen noterade informationen."]),
    ("10.", "Nästa möte", ["Nästa möte hålls den 7 september 2043 i Eslöv."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Somrarna 2041 och 2042 hade regionen fler dagar än någonsin med temperaturer över 30 grader, och många som rör sig ute har då svårt att hitta dricksvatten. Det är skälet till att kommunerna vill sätta upp fler dricksfontäner. Omkring 600 personer i regionen drabbas varje år av hjärtstopp utanför sjukhus, och bara var tionde överlever. Många familjer har inte råd med sport- och friluftsutrustning, och eleverna i regionen talar över 90 olika modersmål, men det saknas lärare i många av de mindre språken. I en enkät 2042 svarade 28 procent av kvinnorna att de känner sig otrygga när de går ut ensamma på kvällen.

## Syfte

Syftet med verksamhetsplanen är att invånarna ska leva hälsosamt och känna sig trygga, att fler barn ska kunna ha en aktiv fritid oavsett familjens ekonomi och att stadsmiljön ska vara välkomnande för alla.

## Mål till 2046

Det ska finnas minst 150 dricksfontäner i regionen. Ingen som bor i en tätort ska ha längre än 500 meter till närmaste hjärtstartare. Varje kommun ska ha minst en fritidsbank. Alla elever som har rätt till modersmålsundervisning ska kunna få den, även i språk där det bara finns en elev. Andelen kvinnor som känner sig otrygga på kvällen ska ha minskat till 18 procent.

## Ansvar och organisation

Arbetsgruppen för folkhälsa och stadsmiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger om året, i april och oktober. Folkhälsostrategiforumet samordnar kommunernas folkhälsoarbete, och Trygghetsvandringsledarna ansvarar för trygghetsvandringarna.

## Budget

Den gemensamma budgeten är 5,9 miljoner kronor för hela perioden, varav 2,1 miljoner kronor går till dricksfontänerna. Kommunerna betalar 3,50 kronor per invånare och år. Modersmålsundervisningen får dessutom ett statsbidrag på 900 000 kronor om året.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2043 till den 31 december 2046. Arbetsgruppen lämnar en årlig rapport i juni, och planen utvärderas i oktober 2045.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma aktiviteterna under 2043, vilken grupp som äger dem, status "
             "i februari 2043, när de genomförs och vilka kommuner som deltar.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för folkhälsa, trygghet och stadsmiljö "
              "under 2043, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tolfte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
