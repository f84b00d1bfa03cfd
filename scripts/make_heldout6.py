"""Regenerate the fictional documents of the sixth held-out set in benchmarks/data/heldout6/docs/.

    .venv/bin/python scripts/make_heldout6.py [--out benchmarks/data/heldout6/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout6 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (adult education and Swedish for immigrants, volunteer
coordination, accessible playgrounds, wildlife accidents, air quality, electrification of the
municipal vehicle fleet, cemetery administration) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout6" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2034.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2034 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-larande-engagemang-narmiljo-2034.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för lärande, engagemang och närmiljö 2034 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samhallsserviceradet-2034-02-22.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samhällsservicerådet 2034-02-22 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-larande-narmiljo-2034-2037.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för lärande och närmiljö 2034–2037 (fiktiv)"

# Activity plan 2034 (PDF): the "Ägare" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Fokusområde", "Aktivitet", "Ägare", "Tidplan", "Läge", "Kommuner")
PLAN_PDF_WIDTHS = (29, 55, 22, 25, 21, 28)  # mm, 180 in all
PLAN_PDF = [
    ("Lärande", "Gemensam kö och antagning till SFI för nyanlända vuxna", "Vuxenutbildningsstrategerna",
     "Från 1 mars 2034", "Planerad", "Burlöv, Kävlinge, Lomma, Staffanstorp"),
    ("Civilsamhälle", "Utbildning för frivilliga som stöttar äldre vid kris och värmebölja",
     "Frivilligsamordnarnätverket", "Apr–sep 2034", "Pågår", "Eslöv, Höör, Skurup"),
    ("Närmiljö", "Tillgänglighetsinventering av 120 kommunala lekplatser", "Lekmiljöplanerargruppen", "Vt 2034",
     "Pågår", "Malmö, Lund, Trelleborg, Vellinge"),
    ("Trafik och natur", "Kartläggning av platser med många viltolyckor på kommunala vägar",
     "Viltolycksberedningsgruppen", "Kv 3 2034", "Ej påbörjad", "Svedala, Skurup, Höör, Eslöv"),
    ("Miljö och klimat", "Mätning av kvävedioxid och partiklar vid skolor nära större vägar",
     "Luftkvalitetsmätargruppen", "Jan–dec 2034", "Pågår", "Malmö, Burlöv, Lund"),
    ("Miljö och klimat", "Byte av kommunernas personbilar till elbilar", "Fordonsflotteomställningsgruppen",
     "2034–2035", "Planerad", "Alla"),
    ("Samhällsservice", "Digital gravkarta med sökfunktion för besökare på kyrkogårdarna",
     "Kyrkogårdsförvaltarnätverket", "Ht 2034", "Ej påbörjad", "Trelleborg, Vellinge, Svedala"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort.
PLAN_DOCX = [
    ("Lärande", [
        [("Insats", "Yrkesvux inom vård och omsorg med SFI parallellt"), ("Huvudansvarig", "Yrkesvuxsamordnargruppen"),
         ("Tidsplan", "Ht 2034"), ("Status", "Planerad"), ("Samverkansparter", "Eslöv, Höör, Lund, Lomma")],
        [("Insats", "Språkpraktik för SFI-elever på kommunala arbetsplatser"),
         ("Huvudansvarig", "Språkpraktiksamordnarna"), ("Tidsplan", "Feb–jun 2034"), ("Status", "Pågår"),
         ("Samverkansparter", "Alla tolv kommuner")],
    ]),
    ("Engagemang och civilsamhälle", [
        [("Insats", "Gemensam digital volontärbank där invånare anmäler intresse för frivilliga uppdrag"),
         ("Huvudansvarig", "Volontärbanksrådet"), ("Tidsplan", "Lansering 15 maj 2034"),
         ("Status", "Upphandling klar"), ("Samverkansparter", "Malmö, Burlöv, Staffanstorp, Svedala, Trelleborg")],
    ]),
    ("Närmiljö", [
        [("Insats", "Lekredskap för barn med rörelsehinder på minst en lekplats per kommun"),
         ("Huvudansvarig", "Parkförvaltarnätverket"), ("Tidsplan", "Maj–okt 2034"), ("Status", "Ej påbörjad"),
         ("Samverkansparter", "Samtliga kommuner")],
        [("Insats", "Vägledning till villaägare om vedeldning och luftkvalitet"),
         ("Huvudansvarig", "Luftvårdssamordnarna"), ("Tidsplan", "Okt 2034–feb 2035"), ("Status", "Planerad"),
         ("Samverkansparter", "Lund, Kävlinge, Vellinge")],
    ]),
    ("Fordon och transporter", [
        [("Insats", "Laddplatser för tjänstebilar vid kommunhusen"), ("Huvudansvarig", "Laddinfrastrukturgruppen"),
         ("Tidsplan", "Kv 2–3 2034"), ("Status", "Pågår"),
         ("Samverkansparter", "Skurup, Trelleborg, Svedala, Vellinge")],
    ]),
    ("Kyrkogårdar", [
        [("Insats", "Gemensamma riktlinjer för askgravlundar och minneslundar"),
         ("Huvudansvarig", "Minneslundsgruppen"), ("Tidsplan", "Vt 2034"), ("Status", "Remiss pågår"),
         ("Samverkansparter", "Lund, Eslöv, Höör")],
    ]),
]

MINUTES_HEADER = ("Datum: 2034-02-22, kl. 13.00–16.00", "Plats: Kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Samhällsservicerådet, med ledamöter från samtliga tolv medlemskommuner",
                  "Sekreterare: Jonas Håkansson (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Anna Persson (Svedala) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Maria Lindgren (Höör) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Gemensam antagning till SFI",
     ["Vuxenutbildningsstrategerna redovisade att väntetiden till SFI i dag varierar mellan två och elva veckor "
      "mellan kommunerna. En gemensam kö skulle korta väntetiden i de mindre kommunerna.",
      "Samhällsservicerådet beslutar att införa en gemensam kö till SFI från den 1 mars 2034 för de fyra "
      "kommuner som deltar i aktiviteten."]),
    ("§ 4", "Frivilliga vid värmebölja",
     ["Flera kommuner har svårt att nå äldre som bor ensamma när det är mycket varmt. Rådet diskuterade om "
      "frivilliga kan ringa upp äldre under varma dagar och hur det i så fall ska samordnas med hemtjänsten.",
      "Rådet ger Frivilligsamordnarnätverket i uppdrag att ta fram en gemensam rutin för hur frivilliga ringer "
      "upp äldre under värmeböljor, klar senast den 31 maj 2034."]),
    ("§ 5", "Viltolyckor på kommunala vägar",
     ["Svedala redovisade att antalet viltolyckor med rådjur och vildsvin på de kommunala vägarna har ökat med "
      "40 procent sedan 2030. Rådet diskuterade viltstängsel, varningsskyltar och röjning av vägkanter.",
      "Viltolycksberedningsgruppen får i uppdrag att föreslå tre vägsträckor där viltstängsel bör prövas och "
      "redovisa förslaget vid sammanträdet i september."]),
    ("§ 6", "Luftkvalitet vid skolor",
     ["Malmö berättade att de första mätningarna vid skolor nära större vägar visar höga halter av partiklar "
      "under morgonrusningen. Rådet diskuterade hur resultaten ska beskrivas för föräldrarna.",
      "Det beslutades att köpa in 15 mobila sensorer för mätning av partiklar till en kostnad av högst "
      "180 000 kronor."]),
    ("§ 7", "Elbilar i kommunernas fordonsflotta",
     ["Fordonsflotteomställningsgruppen ges i uppdrag att sammanställa hur många av kommunernas 1 400 "
      "personbilar som kan bytas till elbilar före utgången av 2035."]),
    ("§ 8", "Gemensam maskinpark för kyrkogårdarna",
     ["Trelleborg föreslog att kommunerna köper gräsklippare och minigrävare till kyrkogårdarna gemensamt. "
      "Flera ledamöter menade att avstånden mellan kyrkogårdarna gör det svårt att dela maskiner.",
      "Samhällsservicerådet beslutar att avslå förslaget om en gemensam maskinpark för kyrkogårdarna."]),
    ("§ 9", "Standard för tillgängliga lekplatser",
     ["Lekmiljöplanerargruppen presenterade ett utkast till gemensam standard för tillgängliga lekplatser. "
      "Flera kommuner ville hinna stämma av utkastet med sina funktionsrättsråd.",
      "Rådet beslutar att skjuta upp beslutet om en gemensam lekplatsstandard till nästa sammanträde."]),
    ("§ 10", "Nästa sammanträde", ["Nästa sammanträde hålls den 25 april 2034 i Höör."]),
]
MINUTES_ADJUSTER = "Maria Lindgren (Höör)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Syfte

Syftet med verksamhetsplanen är att fler vuxna ska lära sig svenska och få en yrkesutbildning, att fler invånare ska engagera sig som frivilliga och att närmiljön i de tolv kommunerna ska bli säkrare, renare och tillgänglig för alla. Planen samlar de gemensamma insatserna inom vuxenutbildning, civilsamhälle, lekmiljöer, viltolyckor, luftkvalitet, fordon och kyrkogårdar.

## Mål till 2037

Minst 60 procent av eleverna i SFI ska ha klarat kurs D inom två år från kursstart. Volontärbanken ska ha minst 3 000 registrerade frivilliga år 2037. Varje kommunal lekplats ska ha minst ett lekredskap som barn med rörelsehinder kan använda. Antalet viltolyckor på de kommunala vägarna ska minska med en fjärdedel jämfört med år 2033. Halten av kvävedioxid vid skolorna ska ligga under 20 mikrogram per kubikmeter luft som årsmedelvärde. Senast år 2036 ska alla kommunernas personbilar vara elbilar.

## Organisation

Samhällsservicerådet leder arbetet med lärande och närmiljö och rapporterar till kommundirektörsgruppen i juni och december varje år. Arbetet med vuxenutbildning och SFI leds av Vuxenutbildningsstrategerna. Engagemangsforumet, där kommunernas frivilligcentraler möts, leder arbetet med frivilliga och civilsamhället. Luftvårdssamordnarna sammanställer kommunernas mätresultat för luftkvalitet och informerar invånarna om dem.

## Finansiering

Insatserna har en gemensam budget på 3,1 miljoner kronor för hela perioden, varav 900 000 kronor går till omställningen av fordonsflottan. Kommunerna betalar 4 kronor per invånare och år till arbetet. Volontärbanken finansieras dessutom med ett statligt bidrag på 450 000 kronor.

## Tidplan och uppföljning

Verksamhetsplanen gäller från den 1 januari 2034 till den 31 december 2037. Arbetet följs upp i en årlig rapport i april, och planen utvärderas efter halva tiden, i januari 2036.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma aktiviteterna under 2034, vilken grupp som äger "
             "aktiviteten, tidplanen och läget i januari 2034.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för lärande, engagemang och närmiljö "
              "under 2034, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
