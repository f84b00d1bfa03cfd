"""Regenerate the fictional documents of the sixty-second held-out set in benchmarks/data/heldout62/docs/.

    .venv/bin/python scripts/make_heldout62.py [--out benchmarks/data/heldout62/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout62 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (hens kept in private gardens in the towns, with notification to the
municipality, a ban on roosters in planned areas and courses for new hen keepers, noise cameras in the town
centres that measure the sound of cars and motorcycles with modified exhausts, and joint evening checks with
the police, particle measurements in housing areas with many wood stoves, and evening courses in lighting the
fire from the top with dry wood and grants for replacing old wood-fired boilers, rubbish dumped at forest
edges and lay-bys, watched by trail cameras and cleared with a crane truck, with a web map for reporting it,
inspection of private sewage systems in the countryside and advice to villages that want to build a shared
sewage plant, beach volleyball courts on the beaches with the sand raked every morning, and summer
tournaments for young people, taxi hosts at the taxi ranks of the stations on weekend nights, and more taxi
places with better lighting and weather shelters) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout62" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2337.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2337 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-grannsamja-miljotillsyn-kvallsliv-2337.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för grannsämja, miljötillsyn och kvällsliv 2337 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samverkansberedningen-grannsamja-miljotillsyn-kvallsliv-2337-11-10.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samverkansberedningen för grannsämja, miljötillsyn och kvällsliv "
                 "2337-11-10 (fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-grannsamja-miljotillsyn-kvallsliv-2337-2337.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för grannsämja, miljötillsyn och kvällsliv 2337–2337 (fiktiv)"

# Activity plan 2337 (PDF): the main field ("Huvudområde") comes first, then the planned activity
# ("Planerad aktivitet"), the group in charge ("I regi av") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, the time line ("Tidslinje"),
# the municipalities in the activity ("Kommuner i aktiviteten") and the state followed up on
# 31 October ("Uppföljt 31 oktober").
PLAN_PDF_COLUMNS = ("Huvudområde", "Planerad aktivitet", "I regi av", "Tidslinje",
                    "Kommuner i aktiviteten", "Uppföljt 31 oktober")
PLAN_PDF_WIDTHS = (30, 48, 17, 26, 31, 28)  # mm, 180 in all; 17 mm keeps "I regi av" whole
PLAN_PDF = [
    ("Djurhållning i tätort",
     "Anmälan och rådgivning när invånare vill hålla höns i villaträdgården, med regeln att tuppar inte får "
     "hållas inom detaljplanerat område", "Tätortshönshållningsrådgivarna", "Januari–december 2337",
     "Lund, Eslöv, Höör, Kävlinge, Staffanstorp", "Pågår, 214 anmälningar om hönshållning"),
    ("Buller i stadskärnan",
     "Bullerkameror på gator i stadskärnorna som mäter ljudet från förbipasserande bilar och motorcyklar med "
     "ombyggda avgassystem och fotograferar registreringsskylten", "Avgasbullerkameraövervakningsenheten",
     "Mars 2337–februari 2338", "Malmö, Trelleborg, Ystad, Lund", "Pågår, 4 av 9 kameror på plats"),
    ("Luft och uppvärmning",
     "Mätning av partiklar i luften i villaområden med många vedspisar och kaminer under vintermånaderna",
     "Vedrökspartikelmätningsteamet", "November 2336–mars 2337", "Höör, Hörby, Sjöbo, Tomelilla",
     "Klart, mätt i 14 villaområden"),
    ("Nedskräpning i naturen",
     "Åtelkameror vid skogsbryn och rastplatser där avfall ofta dumpas, och polisanmälan när den som har dumpat "
     "kan identifieras", "Naturdumpningsspaningsgruppen", "Hela 2337", "Sjöbo, Skurup, Svedala, Hörby, Ystad",
     "Pågår, 22 kameror uppsatta, 17 polisanmälningar"),
    ("Vatten och avlopp på landsbygden",
     "Tillsyn av enskilda avlopp, där slamavskiljare och infiltrationsbäddar kontrolleras och fastighetsägare "
     "med bristfälliga anläggningar får ett föreläggande", "Landsbygdsavloppsinventeringskåren",
     "April–oktober 2337", "Tomelilla, Simrishamn, Sjöbo, Skurup", "Klart, 1 180 anläggningar kontrollerade"),
    ("Strandliv och idrott",
     "Beachvolleybollplaner på stränderna, där sanden krattas varje morgon och näten sätts upp i maj",
     "Strandvolleybollplansskötarlaget", "Maj–september 2337", "Vellinge, Lomma, Trelleborg, Ystad",
     "Klart, 19 planer i bruk"),
    ("Kvällsliv och resor",
     "Taxivärdar vid stationernas taxizoner på fredags- och lördagsnätter, som ordnar kön och hjälper "
     "resenärerna att hitta en ledig bil", "Nattaxikövärdsbemanningen", "Januari–december 2337",
     "Malmö, Lund, Ystad, Trelleborg, Eslöv", "Pågår, taxivärdar vid 5 av 8 stationer"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": what is done in practice ("Innehåll i praktiken"), the working group in charge
# ("Arbetsgrupp som ansvarar"), the municipalities covered ("Kommuner som täcks in"), when it runs
# ("Löper under") and the state reported on 3 November ("Rapporterat läge 3 november"). One group is a pair
# of municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Innehåll i praktiken", "Arbetsgrupp som ansvarar", "Kommuner som täcks in",
                    "Löper under", "Rapporterat läge 3 november")


def _effort(*values: str) -> list[tuple[str, str]]:
    return list(zip(PLAN_DOCX_LABELS, values))


PLAN_DOCX_AREAS = [
    ("Djurhållning i tätort", [_effort(
        "Kurser för nya hönsägare om hönshus, foder och hur man håller råttor borta från hönsgården",
        "Hönsgårdskursledarkollektivet", "Lund, Eslöv, Kävlinge", "Februari–juni 2337",
        "Klart, 9 kurser med 166 deltagare")]),
    ("Buller i stadskärnan", [_effort(
        "Gemensamma kontrollkvällar med polisen på fredags- och lördagskvällar, då fordon med för högt ljud "
        "stoppas och kontrolleras", "Nätverket för lugnare kvällsgator", "Malmö, Trelleborg, Ystad",
        "April–oktober 2337", "Klart, 12 kontrollkvällar, 58 fordon fick körförbud")]),
    ("Luft och uppvärmning", [_effort(
        "Kvällskurser i rätt eldning för villaägare, där en sotare visar hur man tänder uppifrån med torr ved",
        "Höör och Hörby", "Höör, Hörby", "Oktober 2337–mars 2338",
        "Pågår, 340 villaägare har gått kursen")]),
    ("Nedskräpning i naturen", [_effort(
        "Bortforsling av dumpat skräp med en kranbil, och en webbkarta där invånarna kan markera platser med "
        "dumpat avfall", "Skogsbrynsskräpupplockningsstyrkan", "Sjöbo, Skurup, Svedala", "Hela 2337",
        "Pågår, 96 ton skräp bortforslat")]),
    ("Vatten och avlopp på landsbygden", [_effort(
        "Rådgivning till byar som vill bygga en gemensam avloppsanläggning för flera hus i stället för en per "
        "fastighet", "Byavloppssamverkanslotsarna", "Tomelilla, Simrishamn", "Mars 2337–december 2338",
        "Pågår, 5 byar har bildat samfällighetsföreningar")]),
    ("Strandliv och idrott", [_effort(
        "Sommarturneringar i beachvolleyboll för ungdomar mellan 13 och 19 år, med tränare som lär ut grunderna",
        "Ungdomsbeachvolleyturneringsarrangörerna", "Vellinge, Lomma, Ystad", "Juni–augusti 2337",
        "Klart, 7 turneringar med 430 spelare")]),
    ("Kvällsliv och resor", [_effort(
        "Fler taxiplatser samt bättre belysning och väderskydd i taxizonerna vid stationerna",
        "Taxizonsbelysningsombyggarna", "Malmö, Lund, Eslöv", "Maj 2337–april 2338",
        "Försenat, 2 av 6 taxizoner ombyggda")]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2337-11-10, kl. 09.00–12.10",
                  "Plats: Rådhuset i Sjöbo (fiktivt sammanträde)",
                  "Närvarande: Samverkansberedningen för grannsämja, miljötillsyn och kvällsliv, med "
                  "representanter för elva av de fjorton medlemskommunerna",
                  "Ordförande: Elin Bergkvist (Tomelilla)",
                  "Sekreterare: Anders Holmgren (Eslöv)")
MINUTES_ITEMS = [
    ("§ 1", "Höns i villaträdgårdarna",
     ["Tätortshönshållningsrådgivarna redovisade att 214 anmälningar om hönshållning har kommit in sedan "
      "januari. Kommunerna har fått 31 klagomål på tuppgal tidigt på morgonen, de flesta från Kävlinge. I nio "
      "fall har grannar klagat på råttor som lockas av fodret.",
      "Samverkansberedningen beslutar att högst tio höns får hållas per tomt utan särskilt tillstånd.",
      "Samverkansberedningen ger Tätortshönshållningsrådgivarna i uppdrag att ta fram ett gemensamt "
      "anmälningsformulär på webben senast den 1 mars 2338."]),
    ("§ 2", "Bullerkamerorna",
     ["Avgasbullerkameraövervakningsenheten redovisade att fyra av nio bullerkameror är på plats. Det högsta "
      "uppmätta värdet, 112 decibel, kom från en motorcykel på Strandgatan i Trelleborg en lördagsnatt i "
      "augusti. De flesta högljudda fordonen passerar mellan kl. 22 och kl. 2.",
      "Samverkansberedningen beslutar att ägaren till ett fordon som uppmäts till över 82 decibel ska få ett "
      "brev med en uppmaning att låta kontrollera avgassystemet.",
      "Nätverket för lugnare kvällsgator ansvarar för att planera kontrollkvällarna tillsammans med polisen "
      "även under 2338."]),
    ("§ 3", "Vedeldningen",
     ["Vedrökspartikelmätningsteamet redovisade att partikelhalterna var högst kalla och vindstilla kvällar i "
      "januari, då värdena i ett villaområde i Hörby var tre gånger högre än i centrum av Malmö. Gamla "
      "vedpannor utan ackumulatortank stod för den största delen av röken.",
      "Samverkansberedningen beslutar att villaägare som byter ut en gammal vedpanna mot en ny med "
      "ackumulatortank ska kunna få ett bidrag på 10 000 kronor.",
      "Höör och Hörby får i uppdrag att sprida eldningskurserna till Sjöbo och Tomelilla under vintern."]),
    ("§ 4", "Dumpat avfall i skogsbrynen",
     ["Naturdumpningsspaningsgruppen redovisade att åtelkamerorna har lett till 17 polisanmälningar. Det "
      "vanligaste dumpade avfallet är byggavfall, gamla däck och trädgårdsavfall. "
      "Skogsbrynsskräpupplockningsstyrkan har forslat bort 96 ton skräp sedan januari.",
      "Samverkansberedningen beslutar att bommar ska sättas upp vid sex skogsvägar där det dumpas ofta.",
      "Samverkansberedningen ger Naturdumpningsspaningsgruppen i uppdrag att tillsammans med "
      "markägarna välja ut vilka skogsvägar som ska få bommar, senast den 15 januari 2338."]),
    ("§ 5", "Enskilda avlopp",
     ["Landsbygdsavloppsinventeringskåren redovisade att 1 180 enskilda avlopp har kontrollerats. 41 procent av "
      "anläggningarna fick underkänt, oftast för att det bara fanns en slamavskiljare utan efterföljande "
      "rening. I fem byar vill husägarna hellre bygga en gemensam anläggning.",
      "Samverkansberedningen beslutar att fastighetsägare med underkända avlopp ska få två år på sig att "
      "åtgärda bristerna."]),
    ("§ 6", "Beachvolleyboll på stränderna",
     ["Strandvolleybollplansskötarlaget redovisade att 19 planer har varit i bruk under sommaren. Badgäster i "
      "Lomma har klagat på bollar som flyger in bland handdukarna. Ungdomsturneringarna samlade 430 spelare.",
      "Samverkansberedningen beslutar att nya planer ska ligga minst 30 meter från den närmaste badplatsen.",
      "Ungdomsbeachvolleyturneringsarrangörerna ansvarar för att ordna en turnering även för spelare med "
      "funktionsnedsättning sommaren 2338."]),
    ("§ 7", "Taxikön vid stationerna",
     ["Nattaxikövärdsbemanningen redovisade att den genomsnittliga väntetiden i taxikön en lördagsnatt har "
      "sjunkit från 34 minuter till 11 minuter vid de stationer som har taxivärdar. Bråken i kön har nästan "
      "upphört. Ombyggnaden av taxizonerna är försenad eftersom leveransen av väderskydden har dröjt.",
      "Samverkansberedningen beslutar att taxivärdarna från 2338 också ska finnas på plats natten mot "
      "torsdag."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Simrishamn frågade om bullerkamerorna kan flyttas till kustvägarna under sommarmånaderna. Frågan tas upp "
      "vid nästa sammanträde.",
      "Nästa sammanträde hålls den 15 december 2337 i Ystad."]),
]
MINUTES_ADJUSTER = "Sofia Lindqvist (Ystad)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler invånare vill hålla några höns i trädgården, och tuppgal och råttor leder ibland till bråk mellan grannar. I stadskärnorna störs de boende av bilar och motorcyklar med ombyggda avgassystem sent på kvällarna. Vintertid ligger röken från vedspisar och gamla vedpannor tät i vissa villaområden. Byggavfall och gamla däck dumpas i skogsbrynen och vid rastplatserna. Många enskilda avlopp på landsbygden är gamla och renar inte vattnet tillräckligt innan det når bäckarna. På stränderna saknas ordnade platser för bollspel, och vid stationerna blir det långa och stökiga taxiköer på helgnätterna.

## Syfte

Samarbetet ska minska störningarna mellan grannar och göra kvällarna lugnare i stadskärnorna. Luften i villaområdena ska bli renare, naturen ska hållas fri från dumpat avfall och avloppsvattnet från landsbygden ska renas bättre. Ungdomar ska få fler möjligheter att röra sig på stränderna, och resenärerna ska komma tryggt hem från stationerna på natten.

## Mål för 2337

Alla nio bullerkameror ska vara på plats före årets slut. Minst 1 000 enskilda avlopp ska kontrolleras. Minst 400 villaägare ska ha gått en eldningskurs, och väntetiden i taxikön ska vara högst 15 minuter vid alla stationer med taxivärdar.

## Organisation

Samverkansberedningen för grannsämja, miljötillsyn och kvällsliv leder arbetet och rapporterar till kommundirektörerna två gånger per år. Luftvårdssamrådsgruppen för östra Skåne ger råd om partikelmätningarna. Landsbygdsavloppsinventeringskåren samarbetar med länsstyrelsen om vattnet i bäckarna, och Nattaxikövärdsbemanningen har en gemensam kontaktperson hos taxibolagen.

## Budget

Den gemensamma budgeten är 9,6 miljoner kronor för 2337, varav 2,3 miljoner kronor går till bullerkamerorna. Kommunerna betalar 4,80 kronor per invånare. Bidragen för att byta ut gamla vedpannor betalas dessutom med 1,5 miljoner kronor ur en särskild klimatpott.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2337 till den 31 december 2337. Samverkansberedningen lämnar en lägesrapport i november, och planen utvärderas i februari 2338.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje huvudområde vilken aktivitet som planeras, i vilken grupps "
             "regi den genomförs, dess tidslinje, vilka kommuner som deltar i aktiviteten och hur läget "
             "följdes upp den 31 oktober 2337.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för grannsämja, miljötillsyn och kvällsliv under "
              "2337 och början av 2338, ordnade efter verksamhetsområde. För varje insats anges vad den innehåller "
              "i praktiken, vilken arbetsgrupp som ansvarar, vilka kommuner som täcks in, när den löper och vilket "
              "läge som rapporterades den 3 november 2337.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextioandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
