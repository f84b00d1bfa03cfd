"""Regenerate the fictional documents of the twentieth held-out set in benchmarks/data/heldout20/docs/.

    .venv/bin/python scripts/make_heldout20.py [--out benchmarks/data/heldout20/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout20 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (language cafés where new residents practise Swedish, snow shovelling
help for older people, apprenticeships in the municipal services, a water-saving campaign for dry
summers, school choirs and a shared choir festival, shade trees and sun sails on preschool yards, free
wifi on squares and in parks) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout20" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2081.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2081 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-sprak-vardagsservice-kompetens-2081.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för språk, vardagsservice och kompetens 2081 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-sektorsradet-vardagsservice-kompetens-2081-10-14.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Sektorsrådet för vardagsservice och kompetens 2081-10-14 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-sprak-vardagsservice-kompetens-2081-2084.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för språk, vardagsservice och kompetens 2081–2084 (fiktiv)"

# Activity plan 2081 (PDF): the area comes first, then the effort and the participating municipalities;
# the narrow "Ägare" column follows, so the long group names break inside the word, and the state and the
# time come last.
PLAN_PDF_COLUMNS = ("Område", "Insats", "Deltagande kommuner", "Ägare", "Status", "Tid")
PLAN_PDF_WIDTHS = (24, 50, 32, 22, 28, 24)  # mm, 180 in all
PLAN_PDF = [
    ("Språk och möten",
     "Språkcaféer på biblioteken där nya invånare övar svenska tillsammans med frivilliga samtalsledare en "
     "kväll i veckan", "Malmö, Lund, Burlöv, Eslöv, Höör", "Samtalsvärdsförmedlingslauget",
     "Öppet i fem kommuner", "Jan–dec 2081"),
    ("Äldres vardag",
     "Snöskottningshjälp där ungdomar skottar trappor, gångar och uppfarter hos äldre och hos personer med "
     "funktionsnedsättning", "Trelleborg, Skurup, Vellinge, Svedala", "Snöskottningsuppdragssamordningen",
     "Fler ungdomar behövs", "Nov 2080–mar 2081"),
    ("Kompetens",
     "Lärlingsplatser i kommunernas verksamheter för unga som vill bli kockar, trädgårdsmästare eller "
     "fastighetsskötare", "Samtliga kommuner", "Lärlingsanställningsberedningen", "Annonsering pågår",
     "2081–2082"),
    ("Vatten",
     "Kampanj för att få hushållen att spara vatten under torra somrar, med tips om bevattning, duschar och "
     "diskmaskiner", "Lomma, Kävlinge, Staffanstorp, Lund", "Vattenbesparingskampanjpanelen",
     "Affischer tryckta", "Maj–aug 2081"),
    ("Musik i skolan",
     "Skolkörer i grundskolan och en gemensam körfestival för alla skolkörer i regionen",
     "Malmö, Höör, Skurup, Staffanstorp, Kävlinge", "Skolkörsfestivalproduktionsstaben", "Lokal bokad",
     "Vt 2081"),
    ("Barns utemiljö",
     "Plantering av lövträd som ger skugga på förskolegårdar", "Burlöv, Eslöv, Svedala, Vellinge",
     "Förskolegårdsbeskuggningsateljén", "Hälften av träden planterade", "Okt 2080–apr 2081"),
    ("Digital service",
     "Fritt trådlöst nätverk på torg, i parker och vid busstationer i tätorterna", "Trelleborg, Malmö, Lomma",
     "Trådlösnätsutbyggnadsorganet", "Testas på två torg", "Mar 2081–feb 2082"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per measure; the
# responsible group comes right after the measure, then the state, the participating municipalities and
# the period last.
PLAN_DOCX = [
    ("Språk och möten", [
        [("Åtgärd", "Utbildning för de frivilliga samtalsledarna på språkcaféerna i hur man leder ett samtal "
                    "på lätt svenska"),
         ("Ansvarig", "Samtalsledarfortbildningsfakulteten"), ("Läge", "Genomförd"),
         ("Deltagande kommuner", "Malmö, Burlöv, Lund"), ("Tidsperiod", "Jan–feb 2081")],
        [("Åtgärd", "Språkpromenader där nya invånare och frivilliga pratar svenska med varandra längs "
                    "naturstigar"),
         ("Ansvarig", "Språkpromenadvägledarskaran"), ("Läge", "Anmälan öppen"),
         ("Deltagande kommuner", "Höör, Eslöv"), ("Tidsperiod", "Apr–sep 2081")],
    ]),
    ("Äldres vardag", [
        [("Åtgärd", "Sandning av trappor och entréer hos äldre som bor kvar hemma"),
         ("Ansvarig", "Trappsandningshjälpstyrkan"), ("Läge", "Pågår"),
         ("Deltagande kommuner", "Skurup, Trelleborg, Vellinge"), ("Tidsperiod", "Dec 2080–mar 2081")],
        [("Åtgärd", "Reservlista med gymnasieelever som kan kallas in för att skotta vid kraftigt snöfall"),
         ("Ansvarig", "Snöfallsreservlisteförmedlingen"), ("Läge", "37 elever anmälda"),
         ("Deltagande kommuner", "Kävlinge, Staffanstorp"), ("Tidsperiod", "Nov 2081–mar 2082")],
    ]),
    ("Kompetens", [
        [("Åtgärd", "Handledarutbildning för anställda som tar emot lärlingar i kommunernas verksamheter"),
         ("Ansvarig", "Lärlingshandledarcertifieringsrådet"), ("Läge", "Försenad"),
         ("Deltagande kommuner", "Samtliga kommuner"), ("Tidsperiod", "Mar–jun 2081")],
    ]),
    ("Vatten", [
        [("Åtgärd", "Regntunnor till rabatterat pris för villaägare och koloniträdgårdar"),
         ("Ansvarig", "Regntunnerabattkassan"), ("Läge", "Slutsåld"),
         ("Deltagande kommuner", "Lomma, Vellinge, Svedala"), ("Tidsperiod", "Maj–jun 2081")],
        [("Åtgärd", "Snålspolande munstycken på duscharna i idrottshallar och simhallar"),
         ("Ansvarig", "Snålspolningsmontörsgesällerna"), ("Läge", "Hälften av hallarna klara"),
         ("Deltagande kommuner", "Lund, Trelleborg"), ("Tidsperiod", "Hela 2081")],
    ]),
    ("Barns utemiljö", [
        [("Åtgärd", "Solsegel över sandlådor och vilplatser på förskolegårdar som saknar träd"),
         ("Ansvarig", "Solsegelmonteringsbesättningen"), ("Läge", "Upphandlas"),
         ("Deltagande kommuner", "Burlöv, Kävlinge, Eslöv"), ("Tidsperiod", "Apr–maj 2081")],
    ]),
    ("Musik i skolan", [
        [("Åtgärd", "Fortbildning i körledning för musiklärarna i grundskolan"),
         ("Ansvarig", "Körpedagogikfortbildningskapellet"), ("Läge", "Inställd"),
         ("Deltagande kommuner", "Höör, Skurup"), ("Tidsperiod", "Ht 2081")],
    ]),
]

MINUTES_HEADER = ("Datum: 2081-10-14, kl. 13.00–15.45",
                  "Plats: Kommunhuset i Vellinge (fiktivt sammanträde)",
                  "Närvarande: Sektorsrådet för vardagsservice och kompetens, med ledamöter från elva av de "
                  "tolv medlemskommunerna",
                  "Sekreterare: Rebecka Strömgren (Vellinge)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Helena Forsgren (Lomma) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Viktor Almqvist (Svedala) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Språkcaféerna",
     ["Samtalsvärdsförmedlingslauget redovisade att språkcaféerna hade 3 480 besök mellan januari och "
      "september 2081 och att 140 frivilliga samtalsledare nu är knutna till caféerna. Många besökare har "
      "frågat efter tider utanför vardagskvällarna.",
      "Sektorsrådet beslutar"],
     ["att språkcaféerna från januari 2082 också ska hålla öppet en lördagsförmiddag i månaden,",
      "att Samtalsvärdsförmedlingslauget får i uppdrag att starta ett särskilt språkcafé för föräldralediga "
      "som kan ta med sig sina barn."]),
    ("§ 4", "Snöskottningshjälpen",
     ["Snöskottningsuppdragssamordningen redovisade att 260 ungdomar skottade snö hos 1 150 hushåll under "
      "vintern 2080/81. Ungdomarna har fått 120 kronor i timmen.",
      "Sektorsrådet beslutar att ersättningen till ungdomarna höjs till 140 kronor i timmen från den "
      "1 november 2081."]),
    ("§ 5", "Lärlingsplatserna",
     ["Lärlingsanställningsberedningen redovisade att 58 lärlingar har anställts sedan starten, varav 24 "
      "blivande kockar, 21 trädgårdsmästare och 13 fastighetsskötare. Sex lärlingar har avbrutit sin "
      "utbildning.",
      "Sektorsrådet ger Lärlingsanställningsberedningen i uppdrag att utreda om kommunerna också kan ta "
      "emot lärlingar som vill bli undersköterskor och redovisa resultatet senast den 15 februari 2082."]),
    ("§ 6", "Vattensparkampanjen",
     ["Vattenbesparingskampanjpanelen redovisade att vattenförbrukningen i de fyra deltagande kommunerna "
      "minskade med 11 procent i juni–augusti 2081 jämfört med samma månader 2080.",
      "Sektorsrådet beslutar att kampanjen ska upprepas sommaren 2082 och att 500 hushåll ska erbjudas en "
      "vattenmätare som visar förbrukningen direkt i mobilen."]),
    ("§ 7", "Körfestivalen",
     ["Skolkörsfestivalproduktionsstaben redovisade att 34 skolkörer med sammanlagt 1 020 sångare deltog "
      "i vårens körfestival. Biljetterna till avslutningskonserten tog slut på två dagar.",
      "Sektorsrådet beslutar att nästa körfestival ska hållas den 9 maj 2082 i Kulturhuset i Kävlinge."]),
    ("§ 8", "Skugga på förskolegårdarna",
     ["Förskolegårdsbeskuggningsateljén redovisade att 210 lövträd har planterats på 38 förskolegårdar. "
      "14 av träden har dött under sommarens torka och ska ersättas utan kostnad av plantskolan.",
      "Sektorsrådet beslutar att förskolegårdar där de nya träden ännu inte ger tillräckligt med skugga ska "
      "få tillfälliga solsegel under sommaren 2082."]),
    ("§ 9", "Fritt trådlöst nätverk",
     ["Trådlösnätsutbyggnadsorganet redovisade att det trådlösa nätverket på de två torg där det testas "
      "hade 5 600 olika användare i september 2081. Hittills har nätverket kostat 1,8 miljoner kronor.",
      "Sektorsrådet beslutar att ingen inloggning ska krävas för att använda nätverket och att varje "
      "användare ska få en hastighet på högst 50 megabit per sekund."]),
    ("§ 10", "Övriga frågor",
     ["Eslöv informerade om att kommunen ordnar en språkcafédag med lekar och fika för hela familjen på "
      "torget i Eslöv den 22 november 2081. Sektorsrådet noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 9 december 2081 i Skurup."]),
]
MINUTES_ADJUSTER = "Viktor Almqvist (Svedala)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Omkring 14 000 vuxna som har flyttat till regionen under de senaste fem åren säger att de sällan får tillfälle att tala svenska utanför undervisningen. Varje vinter skadar sig äldre när de skottar snö eller halkar i trappan till sitt hus. Kommunerna har svårt att rekrytera kockar, trädgårdsmästare och fastighetsskötare, och var tredje anställd i dessa yrken går i pension före 2090. Under torra somrar sjunker grundvattnet, och hushållen använder då upp till 40 procent mer vatten än under resten av året. Många förskolegårdar saknar skugga, antalet barn som sjunger i kör har halverats på tjugo år, och i tätorternas centrum finns inget fritt trådlöst nätverk.

## Inriktning

Kommunerna vill ge nya invånare fler tillfällen att prata svenska, göra det tryggare för äldre att bo kvar hemma på vintern och utbilda de yrkesfolk som kommunerna själva behöver. Vattnet ska räcka även under torra somrar, och barn ska kunna leka ute utan att bli brända av solen.

## Mål till 2084

Det ska finnas språkcaféer i alla tolv kommuner. Kommunerna ska tillsammans ha anställt minst 200 lärlingar. Hushållens vattenförbrukning under sommarmånaderna ska vara 10 procent lägre än 2080, och varje förskolegård ska ha skugga på minst en tredjedel av ytan. Minst 60 skolkörer ska vara i gång.

## Organisation

Sektorsrådet för vardagsservice och kompetens leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Vardagsstödsamordningsnoden håller i kontakterna med de föreningar och frivilliga som deltar i arbetet, och Lärlingsanställningsberedningen tar tillsammans med gymnasieskolorna fram utbildningsplaner för lärlingarna.

## Ekonomi

Den gemensamma budgeten är 9,6 miljoner kronor för perioden 2081–2084, varav 3,2 miljoner kronor går till lärlingarnas löner under det första året. Kommunerna betalar 4,10 kronor per invånare och år. Det fria trådlösa nätverket får dessutom ett bidrag på 600 000 kronor från en stiftelse för digital delaktighet.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2081 till den 31 december 2084. Sektorsrådet lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2083.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam insats vilket område den hör till, vad den går ut på, "
             "vilka kommuner som deltar, vilken grupp som äger den, läget i mars 2081 och när den "
             "genomförs.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för språk, vardagsservice och kompetens "
              "under 2081, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
