"""Regenerate the fictional documents of the thirty-ninth held-out set in benchmarks/data/heldout39/docs/.

    .venv/bin/python scripts/make_heldout39.py [--out benchmarks/data/heldout39/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout39 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (analogue safety alarms for older people living at home replaced by
digital alarms that send the alarm over the mobile network, with a test call every month, liming of acidified
lakes and streams from helicopter or boat, with pH sampling and test fishing, old buried oil tanks at
detached houses that changed to district heating or a heat pump, found, emptied and filled with sand, and
advice to the owners, jet skis near the beaches, with yellow buoys marking the bathing areas and speed signs
at the boat ramps, noise from padel courts close to homes, measured after complaints, and shared rules on
playing hours, noise in the playrooms and dining rooms of preschools, with sound-absorbing panels, warning
lights that show when it gets too loud and hearing tests for the staff, bedbugs in municipal flats, hostels
and residential homes, treated with heat instead of poison, and a sniffer dog that finds them) are not
covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout39" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2314.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2314 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-trygghet-miljo-boende-2314.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för trygghet, miljö och boende 2314 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsgruppen-trygghet-miljo-boende-2314-11-25.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samordningsgruppen för trygghet, miljö och boende 2314-11-25 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-trygghet-miljo-boende-2314-2317.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för trygghet, miljö och boende 2314–2317 (fiktiv)"

# Activity plan 2314 (PDF): the theme ("Tematiskt område") comes first, then a description of the effort
# ("Insatsbeskrivning"), the group doing it ("Görs av") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the time span ("Tidsrymd"), the
# municipalities taking part ("Delaktiga kommuner") and what had been achieved on 15 November ("Uppnått per
# 15 november").
PLAN_PDF_COLUMNS = ("Tematiskt område", "Insatsbeskrivning", "Görs av", "Tidsrymd", "Delaktiga kommuner",
                    "Uppnått per 15 november")
PLAN_PDF_WIDTHS = (26, 48, 17, 28, 33, 28)  # mm, 180 in all; 17 mm keeps "Görs av" whole
PLAN_PDF = [
    ("Äldreomsorg",
     "Byte från analoga till digitala trygghetslarm hos äldre som bor hemma, så att larmen fungerar även när "
     "det fasta telefonnätet stängs", "Trygghetslarmsdigitaliseringsteamet", "Januari 2314–mars 2315",
     "Eslöv, Höör, Skurup, Svedala, Trelleborg", "Pågår, 1 460 av 2 300 larm utbytta"),
    ("Sjöar och vattendrag",
     "Kalkning av försurade sjöar och bäckar med kalkmjöl som sprids från helikopter eller båt, så att fisk "
     "och kräftor kan leva där igen", "Vattendragskalkningssamordnarna", "April–juni och september 2314",
     "Höör, Eslöv, Skurup", "Klart, 640 ton kalk i 17 sjöar"),
    ("Mark och miljö",
     "Inventering av gamla nedgrävda oljecisterner vid villor som har bytt till fjärrvärme eller värmepump, "
     "så att ingen olja läcker ut i marken", "Villaoljecisternsaneringslaget", "Hela 2314",
     "Lund, Kävlinge, Lomma, Staffanstorp, Burlöv", "Pågår, 212 cisterner hittade, 74 tömda"),
    ("Bad och båtliv",
     "Gula bojar som markerar badområdena vid stränderna, där vattenskotrar och motorbåtar inte får köra",
     "Badområdesbojutläggningsgänget", "Maj–september 2314", "Vellinge, Trelleborg, Lomma, Kävlinge",
     "Klart, 380 bojar utlagda vid 19 stränder"),
    ("Idrott och fritid",
     "Mätning av ljudet från padelbanor som ligger nära bostäder, efter klagomål från grannar på smällarna "
     "från bollarna", "Padelbanebullerutredarna", "Mars–oktober 2314", "Malmö, Lund, Vellinge, Staffanstorp",
     "Klart, 28 banor mätta, 11 över riktvärdet"),
    ("Förskolemiljö",
     "Ljudabsorbenter i tak och på väggar i förskolornas lekrum och matsalar, och ljudöron som lyser rött "
     "när ljudet blir för högt", "Förskoleakustikförbättringsgruppen", "Februari 2314–juni 2315",
     "Kävlinge, Lomma, Burlöv, Svedala, Eslöv", "Pågår, 63 av 150 förskolor klara"),
    ("Boende och hälsa",
     "Bekämpning av vägglöss i kommunens lägenheter, på vandrarhem och på boenden, med värmebehandling i "
     "stället för gift", "Vägglusbekämpningsjouren", "Hela 2314", "Malmö, Trelleborg, Burlöv, Svedala",
     "Pågår, 96 lägenheter behandlade"),
]

# Activity plan (Word), by area: a heading per theme, then each effort as bullet lines "Label: value":
# what it is about ("Det handlar om"), the main actor ("Huvudsaklig aktör"), the municipalities covered
# ("Omfattade kommuner"), when it runs ("Löper under") and what was reported on 20 November ("Rapport 20
# november"). One actor is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Det handlar om", "Huvudsaklig aktör", "Omfattade kommuner", "Löper under",
                    "Rapport 20 november")
PLAN_DOCX_AREAS = [
    ("Äldreomsorg", [
        ("Larmcentralen ringer upp alla som har trygghetslarm en gång i månaden och ber dem trycka på "
         "larmknappen, för att se att larmet går fram",
         "Larmtestuppringarna", "Eslöv, Höör, Skurup", "Från april 2314",
         "Pågår, 37 larm som inte gick fram har lagats"),
    ]),
    ("Sjöar och vattendrag", [
        ("Vattenprover tas varje månad för att mäta pH-värdet i de kalkade sjöarna, och provfiske med nät görs "
         "vart tredje år för att se om fisken har kommit tillbaka",
         "Nätverket för försurade skogssjöar", "Höör, Eslöv", "Januari–december 2314",
         "Pågår, pH-värdet i Granetjärn har stigit från 5,4 till 6,6"),
    ]),
    ("Mark och miljö", [
        ("En broschyr och informationsmöten för villaägare om hur en gammal cistern töms, rengörs och fylls "
         "med sand, och vad det kostar",
         "Lund och Kävlinge", "Lund, Kävlinge", "September–november 2314",
         "Klart, 320 villaägare kom till mötena"),
    ]),
    ("Bad och båtliv", [
        ("Skyltar vid alla båtramper om att vattenskotrar inte får köra fortare än 5 knop närmare än 200 "
         "meter från land",
         "Båtrampsinformationsvärdarna", "Vellinge, Trelleborg, Lomma", "Maj–juni 2314",
         "Klart, 24 skyltar uppsatta"),
    ]),
    ("Idrott och fritid", [
        ("Gemensamma regler om att padelbanor som ligger närmare än 100 meter från bostäder bara får användas "
         "mellan kl. 8 och kl. 21",
         "Racketsportsbygglovshandläggarna", "Malmö, Lund, Vellinge, Staffanstorp", "Augusti–december 2314",
         "Pågår, förslaget skrivs just nu"),
    ]),
    ("Förskolemiljö", [
        ("Hörseltest för förskolepersonal som har arbetat i bullriga lokaler, och råd om hur man kan dämpa "
         "ljudet med mattor och filttassar under stolarna",
         "Pedagoghörselvårdsteamet", "Kävlinge, Lomma, Burlöv", "September 2314–februari 2315",
         "Pågår, 410 anställda har testats, 52 hade nedsatt hörsel"),
    ]),
    ("Boende och hälsa", [
        ("En specialtränad hund som nosar igenom lägenheter och rum på boenden och hittar vägglöss innan de "
         "sprider sig",
         "Vägglussökhundsekipaget", "Malmö, Trelleborg", "Från mars 2314",
         "Pågår, hunden har sökt igenom 410 lägenheter och hittat vägglöss i 58"),
    ]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_AREAS]

MINUTES_HEADER = ("Mötesdag: 2314-11-25, kl. 09.30–12.15",
                  "Sammanträdeslokal: Stadshuset i Trelleborg, rummet Tången (fiktivt sammanträde)",
                  "Deltagare: Samordningsgruppen för trygghet, miljö och boende, med företrädare för elva av de "
                  "tolv medlemskommunerna",
                  "Ordförande: Anna-Karin Friberg (Lomma)",
                  "Vid protokollet: Mikael Dahlqvist (Svedala)")
MINUTES_ITEMS = [
    ("§ 71", "Trygghetslarmen",
     ["Trygghetslarmsdigitaliseringsteamet redovisade att 1 460 av 2 300 analoga trygghetslarm har bytts mot "
      "digitala. De digitala larmen skickar larmet via mobilnätet. Vid provlarmen i oktober gick 37 larm inte "
      "fram, oftast för att larmet satt i ett källarrum utan mobiltäckning. I genomsnitt tog det 28 minuter "
      "från larmet till att personalen var på plats.",
      "Samordningsgruppen beslutar att personalen ska vara på plats inom 30 minuter efter ett larm, även på "
      "natten.",
      "Samordningsgruppen ger Trygghetslarmsdigitaliseringsteamet i uppdrag att byta ut de återstående larmen "
      "senast den 31 mars 2315."]),
    ("§ 72", "Kalkningen av sjöarna",
     ["Vattendragskalkningssamordnarna redovisade att 640 ton kalk har spridits i 17 sjöar och 9 bäckar. I "
      "Granetjärn i Höör har pH-värdet stigit från 5,4 till 6,6, och abborre har åter setts i sjön. Kalkningen "
      "kostade 1,9 miljoner kronor, och länsstyrelsen betalade 85 procent av kostnaden.",
      "Samordningsgruppen beslutar att de minsta sjöarna från 2315 ska kalkas från båt i stället för från "
      "helikopter, eftersom det är billigare."]),
    ("§ 73", "De gamla oljecisternerna",
     ["Villaoljecisternsaneringslaget redovisade att 212 gamla oljecisterner har hittats vid villor och att 74 "
      "av dem har tömts. I tre fall hade olja läckt ut, och den förorenade jorden fick grävas bort. Att tömma "
      "och rengöra en cistern kostar villaägaren omkring 14 000 kronor.",
      "Samordningsgruppen beslutar att villaägare som tömmer sin cistern före utgången av 2315 ska få ett "
      "bidrag på 5 000 kronor.",
      "Villaoljecisternsaneringslaget får i uppdrag att skicka ett brev till alla villaägare som fortfarande "
      "kan ha en cistern kvar i marken."]),
    ("§ 74", "Vattenskotrarna vid stränderna",
     ["Badområdesbojutläggningsgänget redovisade att 380 gula bojar har lagts ut vid 19 stränder. Trots "
      "bojarna kom det in 64 klagomål på vattenskotrar som körde nära de badande, flest vid stränderna i "
      "Vellinge.",
      "Samordningsgruppen beslutar att be polisen om fler fartkontroller till sjöss under juli och augusti "
      "2315.",
      "Båtrampsinformationsvärdarna ansvarar för att skyltarna vid båtramperna tas in före vintern och sätts "
      "upp igen i maj."]),
    ("§ 75", "Padelbanorna",
     ["Padelbanebullerutredarna redovisade att ljudet har mätts vid 28 padelbanor och att 11 av dem låg över "
      "riktvärdet vid närmaste bostad. Smällarna från bollarna stör mer än ett jämnt buller, och de flesta "
      "klagomålen gäller spel sent på kvällen och tidigt på morgonen.",
      "Samordningsgruppen beslutar att nya padelbanor inte ska få byggas närmare än 100 meter från bostäder "
      "utan en bullerskärm.",
      "Samordningsgruppen ger Racketsportsbygglovshandläggarna i uppdrag att skicka förslaget om speltider på "
      "remiss till kommunerna senast den 15 januari 2315."]),
    ("§ 76", "Ljudet i förskolorna",
     ["Förskoleakustikförbättringsgruppen redovisade att 63 av 150 förskolor har fått ljudabsorbenter. Före "
      "åtgärden uppmättes ljudnivåer på upp till 85 decibel i matsalarna vid lunch. Efter åtgärden har ljudet "
      "i de flesta matsalar sjunkit med omkring 6 decibel, och personalen säger att barnen blir lugnare.",
      "Samordningsgruppen beslutar att alla nya förskolor ska byggas med ljudabsorbenter från början.",
      "Pedagoghörselvårdsteamet får i uppdrag att erbjuda hörseltest även till personalen i fritidshemmen."]),
    ("§ 77", "Vägglössen",
     ["Vägglusbekämpningsjouren redovisade att 96 lägenheter har värmebehandlats. Rummet värms upp till 56 "
      "grader i ett dygn, vilket dödar både vägglössen och deras ägg. Anmälningarna om vägglöss har ökat med "
      "40 procent jämfört med förra året. De flesta lössen följer med i resväskor och begagnade möbler.",
      "Samordningsgruppen beslutar att sökhunden även ska få söka igenom skolornas och förskolornas lokaler."]),
    ("§ 78", "Övriga frågor och nästa möte",
     ["Kävlinge frågade om sökhunden kan hyras ut till privata hyresvärdar. Frågan tas upp vid nästa möte.",
      "Nästa möte hålls den 20 januari 2315 i Lomma."]),
]
MINUTES_ADJUSTER = "Patrik Holm (Skurup)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Det fasta telefonnätet stängs ned, och de gamla trygghetslarmen hos äldre som bor hemma slutar då att fungera. Många sjöar och bäckar i skogsbygderna är fortfarande försurade, och i en del av dem finns nästan ingen fisk kvar. I villaområdena ligger gamla oljecisterner kvar i marken och rostar. Vattenskotrar kör nära de badande vid stränderna. Padelbanor har byggts alldeles intill bostäder, och grannarna störs av smällarna från bollarna. I förskolornas lekrum och matsalar är det ofta så högljutt att både barn och personal blir trötta och får ont i huvudet. Vägglössen sprider sig i lägenheter, på vandrarhem och på boenden.

## Inriktning

Kommunerna vill att äldre ska kunna lita på att hjälpen kommer när de larmar, och att sjöarna och bäckarna åter ska ha liv. Ingen olja från gamla cisterner ska nå grundvattnet. Det ska vara tryggt att bada utan att riskera att bli påkörd, och det ska gå att spela padel utan att grannarna störs. Barnen i förskolan ska ha en lugn ljudmiljö, och ingen ska behöva bo med vägglöss.

## Mål till 2317

Alla trygghetslarm ska vara digitala senast den 31 mars 2315. pH-värdet ska vara minst 6,0 i alla kalkade sjöar. Alla kända oljecisterner ska vara tömda, och alla 150 förskolor ska ha ljudabsorbenter. Ingen padelbana nära bostäder ska ligga över riktvärdet.

## Ansvarsfördelning

Samordningsgruppen för trygghet, miljö och boende leder arbetet och rapporterar till kommundirektörerna två gånger per år. Trygghetslarmsdigitaliseringsteamet samarbetar med hemtjänsten om utbytet av larmen, och Vattendragskalkningssamordnarna söker bidrag från länsstyrelsen för kalkningen. Hyresvärdsskadedjursrådet ger de kommunala bostadsbolagen råd om hur vägglöss upptäcks tidigt, och Förskoleakustikförbättringsgruppen samarbetar med förskolornas fastighetsförvaltare.

## Ekonomi

Den gemensamma budgeten är 24,7 miljoner kronor för 2314–2317, varav 9,3 miljoner kronor går till de digitala trygghetslarmen. Kommunerna betalar 7,10 kronor per invånare och år. Bidragen till villaägare som tömmer sina oljecisterner betalas av varje kommun för sig.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2314 till den 31 december 2317. Samordningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2316.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen beskriver för varje tematiskt område vilken insats som görs, vilken grupp som gör "
             "den, under vilken tidsrymd, vilka kommuner som samarbetar och vad som hade uppnåtts den 15 november "
             "2314.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen tar upp sju gemensamma aktiviteter för trygghet, miljö och boende under 2314 och "
              "början av 2315, ordnade efter område. För varje aktivitet anges vad den handlar om, vem som är "
              "huvudsaklig aktör, vilka kommuner som omfattas, när den löper och vad som rapporterades den 20 "
              "november 2314.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettionionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
