"""Regenerate the fictional documents of the twenty-fourth held-out set in benchmarks/data/heldout24/docs/.

    .venv/bin/python scripts/make_heldout24.py [--out benchmarks/data/heldout24/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout24 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (public pianos at stations, squares and libraries, a mobile collection
of hazardous waste that tours the villages, fruit trees and berry bushes in the parks for anyone to pick,
a shared app for reporting faults in streets and parks, sports halls open to young people on Friday
nights, a food bank for surplus food from shops, recruitment and training of guardians ("gode män"))
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout24" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2097.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2097 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gemenskap-service-kretslopp-2097.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för gemenskap, service och kretslopp 2097 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-natverket-gemenskap-service-kretslopp-2097-10-13.docx"
NOTES_TITLE = ("EXEMPEL – Minnesanteckningar Nätverket för gemenskap, service och kretslopp 2097-10-13 "
               "(fiktiva)")
PROSE_FILE = "exempel-verksamhetsplan-gemenskap-service-kretslopp-2097-2100.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för gemenskap, service och kretslopp 2097–2100 (fiktiv)"

# Activity plan 2097 (PDF): the time horizon ("Tidshorisont") comes first and the group that has taken
# the task on ("Uppdragstagare") second, in a column just wide enough for its heading, so the long group
# names break inside the word; then the theme, the description, the state at the September check
# ("Nuläge") and the municipalities involved ("Involverade kommuner") last.
PLAN_PDF_COLUMNS = ("Tidshorisont", "Uppdragstagare", "Tema", "Beskrivning", "Nuläge",
                    "Involverade kommuner")
PLAN_PDF_WIDTHS = (26, 32, 25, 45, 22, 30)  # mm, 180 in all; 32 mm keeps "Uppdragstagare" whole
PLAN_PDF = [
    ("Maj–sep 2097", "Gatupianoutplaceringskonservatoriet", "Kultur",
     "Offentliga pianon på tågstationer, torg och bibliotek som vem som helst får spela på",
     "Nio pianon utplacerade", "Lund, Malmö, Eslöv, Lomma"),
    ("Apr–okt 2097", "Farligtavfallsinsamlingskaravanen", "Kretslopp",
     "Miljöbil som åker runt till byarna och tar emot farligt avfall, färgrester, batterier och "
     "småelektronik", "64 stopp genomförda", "Skurup, Svedala, Höör, Trelleborg, Vellinge"),
    ("Okt 2097–apr 2098", "Parkfruktträdsplanteringspomologerna", "Grönstruktur",
     "Ätbara parker med fruktträd och bärbuskar där alla invånare fritt får plocka", "340 träd beställda",
     "Staffanstorp, Burlöv, Kävlinge"),
    ("Från 1 jun 2097", "Felanmälningsappsamordningsväxeln", "Digital service",
     "Gemensam app där invånarna anmäler fel som potthål, trasig gatubelysning och nedfallna träd, med "
     "foto och kartposition", "Lanserad i alla kommuner", "Samtliga kommuner"),
    ("Läsåret 2097/98", "Fredagsnattidrottshallsvärdsmanskapet", "Unga och fritid",
     "Idrottshallar som håller öppet på fredagskvällar kl. 20–24 för unga 13–19 år, med fotboll, basket "
     "och dans och med vuxna värdar på plats", "Sex hallar öppna",
     "Malmö, Trelleborg, Burlöv, Kävlinge, Eslöv"),
    ("Från 1 feb 2097", "Överskottsmatomfördelningsskafferiet", "Social hållbarhet",
     "Matbank som hämtar överskottsmat från butiker och grossister och delar ut den via föreningar till "
     "hushåll med små marginaler", "14 föreningar anslutna", "Malmö, Lund, Trelleborg, Höör"),
    ("Jan–dec 2097", "Godmansrekryteringsutbildningskommendanturen", "Rättsligt stöd",
     "Rekrytering och utbildning av gode män och förvaltare för personer som inte själva kan sköta sin "
     "ekonomi", "52 nya gode män utbildade", "Vellinge, Svedala, Skurup, Staffanstorp, Lomma"),
]

# Activity plan (Word): one heading per theme, then "Label: value" list lines per task; the content
# ("Innehåll") comes first, then the time it is carried out ("Genomförandetid"), the group that
# coordinates it ("Samordnas av"), the latest report ("Lägesrapport") and the area it covers
# ("Geografisk omfattning") last.
PLAN_DOCX = [
    ("Kultur", [
        [("Innehåll", "Stämning och tillsyn av de offentliga pianona varannan månad, med täckning som skyddar "
                      "mot regn"),
         ("Genomförandetid", "Maj–sep 2097"), ("Samordnas av", "Pianostämningstillsynslärlingarna"),
         ("Lägesrapport", "Första stämningen klar"), ("Geografisk omfattning", "Lund, Malmö")],
        [("Innehåll", "Konsertkväll där lokala pianister spelar på stationspianona"),
         ("Genomförandetid", "23 augusti 2097"), ("Samordnas av", "Stationspianokonsertimpresarierna"),
         ("Lägesrapport", "Genomförd med 1 100 åhörare"), ("Geografisk omfattning", "Eslöv, Lomma")],
    ]),
    ("Kretslopp", [
        [("Innehåll", "Insamling av gamla mobiltelefoner och laddare i skolorna, som lämnas till återvinning"),
         ("Genomförandetid", "Mars 2097"), ("Samordnas av", "Mobiltelefoninsamlingsplutonen"),
         ("Lägesrapport", "4 700 telefoner insamlade"), ("Geografisk omfattning", "Höör, Trelleborg")],
    ]),
    ("Grönstruktur", [
        [("Innehåll", "Beskärningskurser för invånare som vill hjälpa till att sköta fruktträden i parkerna"),
         ("Genomförandetid", "Vintern 2097/98"), ("Samordnas av", "Fruktträdsbeskärningsinstruktörskåren"),
         ("Lägesrapport", "Anmälan öppnar 1 november"), ("Geografisk omfattning", "Staffanstorp, Kävlinge")],
    ]),
    ("Digital service", [
        [("Innehåll", "Översättning av felanmälningsappen till engelska, arabiska och ukrainska"),
         ("Genomförandetid", "Ht 2097"), ("Samordnas av", "Appöversättningsspråklektoratet"),
         ("Lägesrapport", "Försenad, upphandlingen av översättare pågår"),
         ("Geografisk omfattning", "Samtliga kommuner")],
    ]),
    ("Unga och fritid", [
        [("Innehåll", "Utbildning av unga ledare 16–19 år som hjälper till som värdar i de nattöppna "
                      "idrottshallarna"),
         ("Genomförandetid", "Augusti 2097"), ("Samordnas av", "Ungledarutbildningsfalangen"),
         ("Lägesrapport", "Genomförd, 34 unga ledare utbildade"),
         ("Geografisk omfattning", "Burlöv, Trelleborg")],
    ]),
    ("Social hållbarhet", [
        [("Innehåll", "Kylbil som hämtar kylvaror och färsk mat från butikerna till matbanken"),
         ("Genomförandetid", "Från maj 2097"), ("Samordnas av", "Kylvaruhämtningsåkeriet"),
         ("Lägesrapport", "Bilen leasad, körs tre dagar i veckan"), ("Geografisk omfattning", "Malmö, Lund")],
    ]),
    ("Rättsligt stöd", [
        [("Innehåll", "Gemensam e-tjänst där gode män och förvaltare lämnar in sin årsräkning digitalt"),
         ("Genomförandetid", "Jan–apr 2097"), ("Samordnas av", "Årsräkningsdigitaliseringsrevisorerna"),
         ("Lägesrapport", "Skjuten till 2098"), ("Geografisk omfattning", "Vellinge, Skurup, Svedala")],
    ]),
]

NOTES_HEADER = ("Datum: 2097-10-13, kl. 9.00–12.15",
                "Plats: Stadsbiblioteket i Trelleborg (fiktivt möte)",
                "Närvarande: Nätverket för gemenskap, service och kretslopp, med företrädare för nio av de "
                "tolv medlemskommunerna",
                "Antecknare: Tove Engström (Kävlinge)")
NOTES_ITEMS = [
    ("§ 1", "Mötets öppnande",
     ["Mötesordföranden Mikael Dahlgren (Trelleborg) hälsade alla välkomna och öppnade mötet."]),
    ("§ 2", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 8 juni 2097 godkändes och lades till handlingarna."]),
    ("§ 3", "Offentliga pianon",
     ["Gatupianoutplaceringskonservatoriet berättade att nio pianon har ställts ut och att alla har skänkts "
      "av privatpersoner. Pianot på Malmö centralstation skadades av vatten i juli och har bytts ut.",
      "Nätverket beslutar att pianona ska tas in för vintern den 30 september 2097 och ställas ut igen i "
      "maj 2098."]),
    ("§ 4", "Miljöbilen",
     ["Farligtavfallsinsamlingskaravanen redovisade att miljöbilen har gjort 64 stopp i byarna och tagit "
      "emot 18 ton farligt avfall, mest färgrester och bilbatterier.",
      "Nätverket ger Farligtavfallsinsamlingskaravanen i uppdrag att lägga till kvällsstopp i tätorterna "
      "under 2098 och att skicka ut turlistan med sms."]),
    ("§ 5", "Ätbara parker",
     ["Parkfruktträdsplanteringspomologerna berättade att 340 fruktträd har beställts, mest äpple, päron och "
      "plommon av gamla skånska sorter. Planteringen beräknas kosta 610 000 kronor.",
      "Nätverket beslutar att varje träd ska ha en skylt som berättar vilken sort det är och när frukten är "
      "mogen."]),
    ("§ 6", "Felanmälningsappen",
     ["Felanmälningsappsamordningsväxeln redovisade att appen har laddats ner 21 000 gånger sedan den 1 juni "
      "och att invånarna har gjort 8 300 felanmälningar, flest om potthål och trasig gatubelysning. Det tar "
      "i genomsnitt elva dagar från anmälan till åtgärd.",
      "Nätverket beslutar att den som gör en felanmälan ska få ett svar inom två arbetsdagar."]),
    ("§ 7", "Nattöppna idrottshallar",
     ["Fredagsnattidrottshallsvärdsmanskapet berättade att sex hallar har öppnat och att i genomsnitt 260 "
      "unga kommer varje fredag. Polisen har rapporterat färre anmälda brott i centrum på fredagskvällarna.",
      "Nätverket beslutar"],
     ["att hallarna ska hålla öppet även under höstlovet och jullovet,",
      "att Fredagsnattidrottshallsvärdsmanskapet ansvarar för att minst tre vuxna värdar finns i varje hall."]),
    ("§ 8", "Matbanken",
     ["Överskottsmatomfördelningsskafferiet redovisade att 38 ton mat har fördelats sedan februari via 14 "
      "föreningar och att omkring 900 hushåll får mat varje vecka.",
      "Nätverket ger Överskottsmatomfördelningsskafferiet i uppdrag att teckna avtal med fler "
      "livsmedelsbutiker och att redovisa resultatet senast den 15 januari 2098."]),
    ("§ 9", "Gode män",
     ["Godmansrekryteringsutbildningskommendanturen berättade att 52 nya gode män har utbildats men att 75 "
      "personer fortfarande väntar på att få en god man. Arvodet för en god man är i genomsnitt 14 500 "
      "kronor per år.",
      "Nätverket beslutar att en gemensam rekryteringskampanj ska riktas till nyblivna pensionärer."]),
    ("§ 10", "Övriga frågor",
     ["Staffanstorp informerade om att kommunen vill ansluta sig till matbanken från 2098. Frågan tas upp på "
      "nästa möte."]),
    ("§ 11", "Nästa möte", ["Nästa möte hålls den 12 januari 2098 i Kävlinge."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Många invånare saknar mötesplatser där de kan träffas utan att det kostar något. På landsbygden har det långt till återvinningscentralen, och i plockanalyser 2096 hittades färgburkar och batterier i var tionde soppåse. Invånarna kontaktar kommunerna om fel i gator och parker på sju olika sätt, och många anmälningar försvinner på vägen. På fredagskvällarna saknar många unga något att göra, samtidigt som butikerna slänger stora mängder mat som fortfarande går att äta. Kommunerna har också svårt att hitta gode män, och omkring 120 personer väntade i slutet av 2096 på att få en.

## Inriktning

Kommunerna vill skapa fler platser där invånare möts, göra det enkelt att bli av med farligt avfall på rätt sätt och ta vara på det som växer i parkerna. Det ska vara lätt att anmäla ett fel och få veta vad som händer med anmälan. Unga ska ha en trygg plats att vara på under helgkvällarna, mat ska gå till människor i stället för att slängas, och den som behöver en god man ska få det utan lång väntan.

## Mål till 2100

Minst 30 offentliga pianon ska finnas i regionen. Minst 1 000 fruktträd och bärbuskar ska ha planterats i parkerna. Mängden farligt avfall i hushållens soppåsar ska ha halverats, och minst hälften av alla felanmälningar ska göras i appen. Ingen ska behöva vänta mer än tre månader på att få en god man.

## Organisation

Nätverket för gemenskap, service och kretslopp leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Matbanksföreningssamordningsbryggan håller i kontakterna med de föreningar som delar ut maten och med livsmedelsbutikerna, och Godmansrekryteringsutbildningskommendanturen samarbetar med kommunernas överförmyndarnämnder.

## Ekonomi

Den gemensamma budgeten är 12,8 miljoner kronor för perioden 2097–2100, varav 3,9 miljoner kronor går till de nattöppna idrottshallarna. Kommunerna betalar 5,80 kronor per invånare och år. Matbanken får dessutom 450 000 kronor per år från en stiftelse som arbetar mot matsvinn.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2097 till den 31 december 2100. Nätverket lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2099.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam aktivitet tidshorisonten, vilken grupp som är "
             "uppdragstagare, vilket tema den hör till, vad den går ut på, nuläget vid avstämningen i mitten "
             "av september 2097 och vilka kommuner som är involverade.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma uppgifterna för gemenskap, service och kretslopp under "
              "2097, ordnade efter tema.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
