"""Regenerate the fictional documents of the tenth held-out set in benchmarks/data/heldout10/docs/.

    .venv/bin/python scripts/make_heldout10.py [--out benchmarks/data/heldout10/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout10 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (lifeguards at municipal bathing places, energy advice to
households, digital meetings for elected representatives, youth councils, chimney sweeping and fire
safety checks, meal deliveries to older people, radon in homes) are not covered by the other sets,
and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout10" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2038.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2038 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-delaktighet-boendemiljo-sakerhet-2038.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för delaktighet, boendemiljö och säkerhet 2038 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningen-delaktighet-boendemiljo-2038-03-16.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningen för delaktighet och boendemiljö 2038-03-16 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-delaktighet-boendemiljo-sakerhet-2038-2041.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för delaktighet, boendemiljö och säkerhet 2038–2041 (fiktiv)"

# Activity plan 2038 (PDF): the "Ansvarig" column is narrow, so the long group names break inside the
# word; the municipalities come before the status.
PLAN_PDF_COLUMNS = ("Prioriterat område", "Insats", "Ansvarig", "Period", "Deltagande kommuner", "Status")
PLAN_PDF_WIDTHS = (28, 47, 22, 24, 34, 25)  # mm, 180 in all
PLAN_PDF = [
    ("Badplatser", "Badvakter vid de kommunala badplatserna under hela sommarlovet", "Badvaktsbemanningsenheten",
     "Jun–aug 2038", "Lomma, Vellinge, Trelleborg, Kävlinge", "Planerad"),
    ("Energi och boende", "Kostnadsfri energirådgivning per telefon och vid hembesök för villaägare",
     "Energirådgivningskontoret", "Hela 2038", "Alla", "Pågår"),
    ("Demokrati", "Säkra digitala sammanträdesrum för kommunernas förtroendevalda",
     "Distanssammanträdesledningen", "Kv 1–2 2038", "Burlöv, Höör, Skurup, Staffanstorp, Svedala",
     "Upphandling pågår"),
    ("Delaktighet", "Nya ungdomsråd med egen budget i de kommuner som saknar ungdomsråd",
     "Ungdomsinflytandesamordnarna", "Ht 2038", "Eslöv, Höör, Skurup, Svedala", "Ej påbörjad"),
    ("Brandskydd", "Gemensam taxa och gemensamma påminnelser för sotning och brandskyddskontroll",
     "Brandskyddskontrollarbetslaget", "Mar–okt 2038", "Kävlinge, Lomma, Burlöv, Staffanstorp", "Försenad"),
    ("Omsorg", "Kylda matlådor som levereras hem till äldre tre dagar i veckan", "Matdistributionsutskottet",
     "Från 1 september 2038", "Eslöv, Skurup, Svedala, Vellinge, Höör", "Planerad"),
    ("Boendemiljö", "Radonmätning i flerbostadshus som byggdes före 1980", "Radonmätningscirkeln",
     "Okt 2038–apr 2039", "Malmö, Lund, Trelleborg", "Ej påbörjad"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per activity.
PLAN_DOCX = [
    ("Delaktighet och demokrati", [
        [("Aktivitet", "Utbildning för förtroendevalda i att delta i sammanträden på distans"),
         ("Ägare", "Nämndsekreterarnätverket"), ("Tidsplan", "Feb–mar 2038"), ("Status", "Genomförd"),
         ("Deltagande kommuner", "Alla tolv kommuner")],
        [("Aktivitet", "Gemensamt ungdomsforum där ungdomsråden från olika kommuner möts två gånger per år"),
         ("Ägare", "Ungdomsdialogsekretariatet"), ("Tidsplan", "April och oktober 2038"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Lund, Malmö, Kävlinge, Lomma")],
    ]),
    ("Energi och boendemiljö", [
        [("Aktivitet", "Termografering av småhus för att hitta värmeläckor"),
         ("Ägare", "Värmeläckagekartläggningsgruppen"), ("Tidsplan", "Jan–feb 2038"), ("Status", "Avbruten"),
         ("Deltagande kommuner", "Höör, Eslöv")],
        [("Aktivitet", "Gratis lån av radonmätare till villaägare via biblioteken"),
         ("Ägare", "Radonmätarutlånarna"), ("Tidsplan", "Okt–dec 2038"), ("Status", "Ej påbörjad"),
         ("Deltagande kommuner", "Staffanstorp, Svedala, Skurup")],
    ]),
    ("Säkerhet", [
        [("Aktivitet", "Utbildning i hjärt-lungräddning för badvakterna"),
         ("Ägare", "Livräddningsinstruktörsteamet"), ("Tidsplan", "Maj 2038"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Lomma, Vellinge, Trelleborg, Kävlinge")],
        [("Aktivitet", "Brandvarnare som monteras kostnadsfritt hos äldre som har hemtjänst"),
         ("Ägare", "Bostadsbrandskyddsrådet"), ("Tidsplan", "Hela 2038"), ("Status", "Pågår"),
         ("Deltagande kommuner", "Malmö, Burlöv, Eslöv")],
    ]),
    ("Omsorg", [
        [("Aktivitet", "Gemensam upphandling av matdistribution med elbilar"),
         ("Ägare", "Måltidslogistikkonsortiet"), ("Tidsplan", "Kv 2 2038"), ("Status", "Upphandling pågår"),
         ("Deltagande kommuner", "Eslöv, Skurup, Svedala, Vellinge, Höör")],
    ]),
]

MINUTES_HEADER = ("Datum: 2038-03-16, kl. 9.30–12.00", "Plats: Kommunhuset i Höör (fiktivt sammanträde)",
                  "Närvarande: Beredningen för delaktighet och boendemiljö, med ledamöter från elva av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Elin Sandberg (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Farid Karimi (Svedala) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Maria Björk (Skurup) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Badvakter sommaren 2038",
     ["Badvaktsbemanningsenheten redovisade att bara 11 av de 18 kommunala badplatserna i de deltagande "
      "kommunerna hade badvakt sommaren 2037, eftersom det var svårt att rekrytera. Beredningen diskuterade hur "
      "arbetet kan bli mer attraktivt för studenter.",
      "Beredningen beslutar att badvakterna ska få en timlön på 165 kronor och en gemensam utbildning före "
      "badsäsongen."]),
    ("§ 4", "Energirådgivning till hushåll",
     ["Energirådgivningskontoret redovisade att 2 700 hushåll fick rådgivning under 2037, de flesta om "
      "värmepumpar och tilläggsisolering.",
      "Energirådgivningskontoret får i uppdrag att ordna tio kvällsföreläsningar om solceller och batterilager "
      "för villaägare, klart senast den 30 november 2038."]),
    ("§ 5", "Digitala sammanträden",
     ["Distanssammanträdesledningen redovisade att två anbud har kommit in i upphandlingen av en säker "
      "plattform för digitala sammanträden. Beredningen diskuterade hur sekretessen kan skyddas när ledamöter "
      "deltar hemifrån.",
      "Beredningen beslutar att ledamöterna ska kunna delta i sammanträden på distans från och med den "
      "1 juli 2038, utom när sekretessbelagda ärenden behandlas."]),
    ("§ 6", "Budget för ungdomsråden",
     ["Eslöv föreslog att varje ungdomsråd ska få en egen budget som de unga själva bestämmer över.",
      "Beredningen beslutar att varje ungdomsråd ska få 50 000 kronor om året att fördela, med start 2039."]),
    ("§ 7", "Gemensam taxa för sotning",
     ["Brandskyddskontrollarbetslaget berättade att arbetet med en gemensam taxa för sotning och "
      "brandskyddskontroll är försenat, eftersom två av kommunerna har avtal med sotningsföretag som löper till "
      "och med 2039.",
      "Frågan om en gemensam taxa för sotning bordlades till sammanträdet den 15 juni 2038."]),
    ("§ 8", "Matlådor till äldre",
     ["Matdistributionsutskottet redovisade att 1 450 äldre får matlådor levererade i de fem deltagande "
      "kommunerna. Höör föreslog att varm mat ska levereras varje dag i stället för kylda matlådor tre dagar i "
      "veckan.",
      "Beredningen beslutar att avslå förslaget om varm mat varje dag, eftersom det skulle kosta omkring "
      "4 miljoner kronor mer om året."]),
    ("§ 9", "Radon i flerbostadshus",
     ["Radonmätningscirkeln redovisade att 9 procent av lägenheterna vid en provmätning i Lund vintern 2037 hade "
      "en radonhalt över 200 becquerel per kubikmeter.",
      "Radonmätningscirkeln ges i uppdrag att ta fram ett informationsbrev till fastighetsägarna och redovisa "
      "det vid sammanträdet i oktober."]),
    ("§ 10", "Övriga frågor",
     ["Vellinge informerade om att kommunen har köpt in två nya livräddningsbåtar till badplatserna. "
      "Beredningen noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 15 juni 2038 i Lomma."]),
]
MINUTES_ADJUSTER = "Maria Björk (Skurup)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Sju personer drunknade vid regionens badplatser under somrarna 2036 och 2037, och vid flera av badplatserna fanns ingen badvakt. Det är skälet till att kommunerna vill ha badvakter vid fler badplatser. Många hushåll har fått högre kostnader för el och uppvärmning, och omkring 14 000 bostäder i regionen beräknas ha för höga radonhalter. Samtidigt har många förtroendevalda svårt att hinna till sammanträden på dagtid, och unga invånare säger att de sällan blir tillfrågade när kommunerna fattar beslut.

## Syfte

Syftet med verksamhetsplanen är att fler invånare ska kunna påverka kommunernas beslut, att hemmen ska vara säkra och billigare att värma och att ingen ska drunkna vid en kommunal badplats.

## Mål till 2041

Alla kommunala badplatser med fler än 200 besökare en vanlig sommardag ska ha badvakt. Hushåll som har fått energirådgivning ska i genomsnitt minska sin energianvändning med 10 procent. Varje medlemskommun ska ha ett ungdomsråd senast år 2040. Radonhalten ska vara mätt i minst 80 procent av flerbostadshusen som byggdes före 1980. Alla äldre som får matlådor ska kunna välja mellan minst tre rätter.

## Ansvar och organisation

Beredningen för delaktighet och boendemiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger om året, i maj och november. Energirådgivningskontoret ansvarar för rådgivningen till hushållen, och Demokratiutvecklingsgruppen samordnar kommunernas arbete med medborgardialog.

## Budget

Den gemensamma budgeten är 4,6 miljoner kronor för hela perioden, varav 1,9 miljoner kronor går till badvakterna. Kommunerna betalar 4 kronor per invånare och år. Energirådgivningen får dessutom ett statligt bidrag på 800 000 kronor om året.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2038 till den 31 december 2041. Beredningen lämnar en årlig rapport i september, och planen utvärderas i februari 2040.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma insatserna under 2038, vem som är ansvarig, perioden, "
             "vilka kommuner som deltar och status i januari 2038.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för delaktighet, boendemiljö och "
              "säkerhet under 2038, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
