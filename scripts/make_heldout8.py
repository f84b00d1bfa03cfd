"""Regenerate the fictional documents of the eighth held-out set in benchmarks/data/heldout8/docs/.

    .venv/bin/python scripts/make_heldout8.py [--out benchmarks/data/heldout8/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout8 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (winter maintenance of cycle routes, graffiti removal, public
toilets, preventing evictions, allotment gardens, rat control, housing adaptation grants) are not
covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout8" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2036.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2036 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-boende-trygghet-gatumiljo-2036.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för boende, trygghet och gatumiljö 2036 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-utskottet-boende-gatumiljo-2036-03-11.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Utskottet för boende och gatumiljö 2036-03-11 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-boende-trygghet-gatumiljo-2036-2039.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för boende, trygghet och gatumiljö 2036–2039 (fiktiv)"

# Activity plan 2036 (PDF): the "Ansvarig grupp" column is narrow, so the long group names break inside
# the word.
PLAN_PDF_COLUMNS = ("Område", "Åtgärd", "Ansvarig grupp", "Tidsplan", "Status", "Deltagande kommuner")
PLAN_PDF_WIDTHS = (27, 53, 22, 25, 22, 31)  # mm, 180 in all
PLAN_PDF = [
    ("Gatumiljö", "Gemensam standard för snöröjning och sandning av de prioriterade cykelstråken",
     "Vinterväghållningsberedningen", "Nov 2036–mar 2037", "Planerad", "Lund, Malmö, Burlöv, Staffanstorp"),
    ("Trygghet", "Sanering av klotter på kommunala byggnader och busskurer inom 48 timmar från anmälan",
     "Klottersaneringsteamet", "Från 1 april 2036", "Pågår", "Malmö, Trelleborg, Eslöv, Kävlinge, Svedala"),
    ("Gatumiljö", "Kartläggning av de offentliga toaletterna och deras öppettider", "Toalettförsörjningsgruppen",
     "Vt 2036", "Pågår", "Lund, Lomma, Höör, Skurup"),
    ("Boende", "Tidiga hembesök hos hushåll med hyresskulder för att förebygga vräkningar",
     "Vräkningsförebyggarnätverket", "Hela 2036", "Pågår", "Malmö, Lund, Eslöv, Trelleborg"),
    ("Grönområden", "Gemensam kö till koloniträdgårdar och odlingslotter", "Koloniträdgårdsombuden", "Ht 2036",
     "Ej påbörjad", "Lomma, Kävlinge, Lund, Vellinge"),
    ("Miljö och hälsa", "Samordnad bekämpning av råttor i avloppsnätet i tätorterna",
     "Skadedjursbekämpningsforumet", "Kv 2 2036", "Planerad", "Alla"),
    ("Boende", "Kortare handläggningstid för bostadsanpassningsbidrag", "Bostadsanpassningshandläggarna",
     "Jan–jun 2036", "Pågår", "Skurup, Svedala, Höör, Staffanstorp, Burlöv"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort.
PLAN_DOCX = [
    ("Gatumiljö och vinter", [
        [("Insats", "Halkskydd (broddar) till invånare över 70 år"), ("Ansvar", "Halkolycksförebyggarna"),
         ("Tid", "Okt–dec 2036"), ("Status", "Planerad"), ("Deltagare", "Höör, Eslöv, Skurup")],
        [("Insats", "Offentliga toaletter som är öppna dygnet runt vid de större busshållplatserna"),
         ("Ansvar", "Stationsmiljöstyrgruppen"), ("Tid", "2036–2037"), ("Status", "Upphandling pågår"),
         ("Deltagare", "Malmö, Lund, Trelleborg")],
    ]),
    ("Trygghet", [
        [("Insats", "Gemensam app där invånare anmäler klotter och skadegörelse"),
         ("Ansvar", "Skadegörelseanmälningsrådet"), ("Tid", "Lansering 1 september 2036"),
         ("Status", "Under utveckling"), ("Deltagare", "Samtliga kommuner")],
    ]),
    ("Boende", [
        [("Insats", "Budget- och skuldrådgivning för barnfamiljer med hyresskulder"),
         ("Ansvar", "Skuldrådgivarkansliet"), ("Tid", "Feb–nov 2036"), ("Status", "Pågår"),
         ("Deltagare", "Malmö, Burlöv, Trelleborg, Eslöv")],
        [("Insats", "Gemensam lista över hantverkare som utför bostadsanpassningar"),
         ("Ansvar", "Hantverkarupphandlingsteamet"), ("Tid", "Kv 3 2036"), ("Status", "Ej påbörjad"),
         ("Deltagare", "Lomma, Vellinge, Kävlinge")],
    ]),
    ("Grönområden och miljö", [
        [("Insats", "Skolträdgårdar på koloniområdena där elever odlar grönsaker"),
         ("Ansvar", "Skolodlingsnätverket"), ("Tid", "Apr–sep 2036"), ("Status", "Planerad"),
         ("Deltagare", "Lund, Staffanstorp, Vellinge")],
        [("Insats", "Utbildning för fastighetsskötare i att täta byggnader mot råttor"),
         ("Ansvar", "Råttsäkringsutbildarna"), ("Tid", "Feb 2036"), ("Status", "Genomförd"),
         ("Deltagare", "Lund, Malmö, Staffanstorp, Svedala")],
    ]),
]

MINUTES_HEADER = ("Datum: 2036-03-11, kl. 13.00–15.30", "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Utskottet för boende och gatumiljö, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Johanna Ek (Staffanstorp)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Peter Holm (Kävlinge) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Amira Hassan (Trelleborg) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Vräkningar av barnfamiljer",
     ["Vräkningsförebyggarnätverket redovisade att 46 barnfamiljer vräktes i de deltagande kommunerna under "
      "2035, de flesta på grund av hyresskulder på mindre än 20 000 kronor. Utskottet diskuterade hur "
      "socialtjänsten kan få kontakt med familjerna innan skulden har vuxit.",
      "Utskottet beslutar att kommunerna ska erbjuda ett hembesök inom tio dagar efter att hyresvärden har "
      "meddelat socialtjänsten att ett hushåll har en hyresskuld."]),
    ("§ 4", "Råttor i avloppsnätet",
     ["Malmö redovisade att anmälningarna om råttor har ökat med 35 procent sedan 2033. Utskottet diskuterade "
      "om fällor eller bekämpningsmedel ska användas och valde fällor, eftersom de inte skadar andra djur.",
      "Utskottet beslutar att köpa in 300 elektroniska råttfällor för avloppsbrunnar till en kostnad av högst "
      "1,2 miljoner kronor."]),
    ("§ 5", "Snöröjning av cykelstråk",
     ["Flera kommuner plogar cykelvägarna i olika ordning, så att ett cykelstråk kan vara röjt på ena sidan "
      "kommungränsen men inte på den andra.",
      "Vinterväghållningsberedningen får i uppdrag att föreslå vilka cykelstråk mellan kommunerna som ska "
      "snöröjas först, klart senast den 15 oktober 2036."]),
    ("§ 6", "Mobila toalettvagnar",
     ["Lomma föreslog att kommunerna tillsammans köper in mobila toalettvagnar som kan användas vid evenemang "
      "och på badstränderna. Flera ledamöter menade att behovet är för litet utanför sommaren.",
      "Utskottet beslutar att avslå förslaget om gemensamma toalettvagnar."]),
    ("§ 7", "Klottersanering",
     ["Klottersaneringsteamet berättade att klottret saneras inom 48 timmar i fyra av de fem deltagande "
      "kommunerna.",
      "Klottersaneringsteamet ges i uppdrag att sammanställa vad klottersaneringen kostade kommunerna under "
      "2035 och redovisa det vid sammanträdet i juni."]),
    ("§ 8", "Kö till koloniträdgårdar",
     ["Lund berättade att kön till en kolonilott är längre än sex år i kommunen. Flera ledamöter ville först "
      "veta hur en gemensam kö påverkar dem som redan står i de egna kommunernas köer.",
      "Utskottet beslutar att skjuta upp beslutet om en gemensam kö till koloniträdgårdarna till sammanträdet "
      "den 9 september 2036."]),
    ("§ 9", "Bostadsanpassningsbidrag",
     ["Bostadsanpassningshandläggarna redovisade att det i dag tar i genomsnitt 14 veckor från ansökan till "
      "beslut om bostadsanpassningsbidrag.",
      "Det beslutades att ett bostadsanpassningsbidrag ska beslutas inom åtta veckor från att ansökan är "
      "komplett."]),
    ("§ 10", "Nästa sammanträde", ["Nästa sammanträde hålls den 10 juni 2036 i Svedala."]),
]
MINUTES_ADJUSTER = "Amira Hassan (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Under vintern 2035 skadade sig fler än 400 cyklister i halkolyckor i regionen, och antalet vräkningar av barnfamiljer har ökat tre år i rad. Samtidigt har anmälningarna om klotter och om råttor blivit fler, och många invånare saknar offentliga toaletter som har öppet på kvällar och helger.

## Syfte

Syftet med verksamhetsplanen är att ingen familj med barn ska behöva lämna sin bostad på grund av hyresskulder, att gator och cykelstråk ska vara säkra och rena året runt och att äldre och personer med funktionsnedsättning ska kunna bo kvar hemma längre.

## Mål till 2039

Inga barnfamiljer ska vräkas år 2039. Minst 90 procent av det anmälda klottret ska vara sanerat inom 48 timmar. De prioriterade cykelstråken ska vara snöröjda senast klockan 7.00 när det har fallit mer än tre centimeter snö. Varje tätort med fler än 5 000 invånare ska ha minst en offentlig toalett som är öppen dygnet runt. Kön till koloniträdgårdarna ska vara högst tre år.

## Organisation

Utskottet för boende och gatumiljö leder arbetet och rapporterar till kommundirektörsgruppen i april och oktober varje år. Gatumiljöstyrgruppen leder arbetet med vinterväghållning och offentliga toaletter. Arbetet mot vräkningar samordnas av Boendestödsforumet, där kommunernas socialtjänst och de kommunala bostadsbolagen möts.

## Finansiering

Insatserna har en gemensam budget på 5,2 miljoner kronor för hela perioden, varav 1,2 miljoner kronor går till råttfällorna. Kommunerna betalar 6 kronor per invånare och år till arbetet. Arbetet mot vräkningar finansieras dessutom med ett statligt bidrag på 600 000 kronor.

## Tidplan och uppföljning

Verksamhetsplanen gäller från den 1 januari 2036 till den 31 december 2039. Arbetet följs upp i en årlig rapport i maj, och planen utvärderas efter halva tiden, i mars 2038.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma åtgärderna under 2036, vilken grupp som är ansvarig, "
             "tidsplanen och status i januari 2036.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för boende, trygghet och gatumiljö "
              "under 2036, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den åttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
