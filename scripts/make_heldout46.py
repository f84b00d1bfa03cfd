"""Regenerate the fictional documents of the forty-sixth held-out set in benchmarks/data/heldout46/docs/.

    .venv/bin/python scripts/make_heldout46.py [--out benchmarks/data/heldout46/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout46 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (raccoon dogs hunted with the help of sterilised "Judas" animals in GPS
collars, and a web form for reporting sightings of them, eelgrass planted by divers in shallow bays, and
mooring buoys so that boats do not anchor in the eelgrass meadows, stove guards that switch off the stove in
the homes of older people with memory problems, and a yearly check by the home-care staff that the guards
still work, test calls and test e-mails to the municipal switchboards and contact centres that measure
waiting times and the correctness of the answers, and a call-back option in the telephone queue, garden
branches collected at the edge of the plot and chipped on the spot, and the chips given away free to
gardeners, gravestones push-tested for stability at the cemeteries, loose stones marked, and letters to the
holders of the burial rights, camera surveillance of squares and stations and a routine for deleting the
recordings) are not covered by the other sets, and the group names are deliberately not on any list of
known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout46" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2321.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2321 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-trygghet-natur-service-2321.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för trygghet, natur och service 2321 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsgruppen-trygghet-natur-service-2321-11-16.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samordningsgruppen för trygghet, natur och service 2321-11-16 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-trygghet-natur-service-2321-2324.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för trygghet, natur och service 2321–2324 (fiktiv)"

# Activity plan 2321 (PDF): the policy area ("Politikområde") comes first, then a description of the
# measure ("Åtgärdsbeskrivning"), the group holding it ("Hålls av") in a column just wide enough for its
# short heading, so the long group names break inside the word over several lines, the working period
# ("Arbetsperiod"), the municipalities in the coordination ("Kommuner i samordningen") and what had been
# done by 31 October ("Genomfört till och med 31 oktober").
PLAN_PDF_COLUMNS = ("Politikområde", "Åtgärdsbeskrivning", "Hålls av", "Arbetsperiod", "Kommuner i samordningen",
                    "Genomfört till och med 31 oktober")
PLAN_PDF_WIDTHS = (28, 48, 17, 29, 28, 30)  # mm, 180 in all; 17 mm keeps "Hålls av" whole
PLAN_PDF = [
    ("Viltvård",
     "Jakt på mårdhundar med hjälp av steriliserade Judasdjur som bär GPS-halsband och leder jägarna till "
     "andra mårdhundar", "Mårdhundsspårningsjägarlaget", "Hela 2321", "Båstad, Ängelholm, Klippan, Åstorp",
     "Pågår, 64 mårdhundar avlivade och 11 Judasdjur ute"),
    ("Havsmiljö",
     "Plantering av ålgräs för hand av dykare på sandbottnar i grunda vikar där ålgräsängarna har försvunnit",
     "Ålgräsåterplanteringsdykarna", "Maj–september 2321", "Höganäs, Helsingborg, Landskrona",
     "Klart, 1,6 hektar planterat"),
    ("Äldreomsorg",
     "Spisvakter som stänger av spisen automatiskt om den har stått på för länge eller blir för varm, hos äldre "
     "med minnessvikt som bor hemma", "Spisvaktsinstallationsteamet", "Februari 2321–juni 2322",
     "Ystad, Sjöbo, Tomelilla, Simrishamn, Hörby", "Pågår, 430 av 900 spisvakter monterade"),
    ("Kommunal service",
     "Testsamtal och testmejl till kommunernas växlar och kontaktcenter, där det mäts hur lång tid det tar att "
     "få svar och om svaret är rätt", "Servicemätningsprovringargruppen", "Mars–september 2321",
     "Helsingborg, Landskrona, Bjuv, Åstorp, Klippan, Höganäs", "Klart, 1 200 samtal och 600 mejl"),
    ("Trädgård och avfall",
     "Hämtning av trädgårdsris vid tomtgränsen två veckor på våren och två veckor på hösten, där riset flisas "
     "direkt på platsen", "Trädgårdsrisflisningsbrigaden", "April och oktober 2321",
     "Sjöbo, Tomelilla, Hörby, Bjuv", "Klart, 2 140 hämtningar"),
    ("Kyrkogårdar",
     "Provtryckning av gravstenar för att hitta stenar som kan välta, och märkning av de lösa stenarna med en "
     "gul skylt", "Gravstensstabilitetskontrollanterna", "Augusti 2321–maj 2322",
     "Landskrona, Ystad, Simrishamn, Ängelholm, Båstad", "Pågår, 5 300 av 14 000 stenar provade"),
    ("Trygghet",
     "Kameror på torg och vid stationer där det ofta har förekommit rån och misshandel, med skyltar om att "
     "platsen är kamerabevakad", "Torgkamerabevakningssamordnarna", "Från januari 2321",
     "Helsingborg, Landskrona, Ängelholm, Ystad", "Försenat, kameror på 4 av 10 platser"),
]

# Activity plan (Word), by area: a heading per policy area, then each measure as bullet lines
# "Label: value": a description of the work ("Beskrivning av arbetet"), the group holding it together
# ("Sammanhållande grupp"), the places taking part ("Deltagande orter"), the time span ("Tidsintervall") and
# the follow-up on 12 November ("Uppföljt den 12 november"). One group is a pair of municipalities, one a
# network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Viltvård", [[
        ("Beskrivning av arbetet", "Ett formulär på webben där invånare och jägare rapporterar mårdhundar som de "
                                   "har sett, gärna med ett foto"),
        ("Sammanhållande grupp", "Nätverket för främmande rovdjur i nordvästra Skåne"),
        ("Deltagande orter", "Båstad, Ängelholm, Klippan"),
        ("Tidsintervall", "Från mars 2321"),
        ("Uppföljt den 12 november", "Klart, 212 rapporter har kommit in")]]),
    ("Havsmiljö", [[
        ("Beskrivning av arbetet", "Förtöjningsbojar i vikarna med ålgräsängar, så att båtarna inte behöver ankra "
                                   "och riva upp ålgräset med ankaret"),
        ("Sammanhållande grupp", "Höganäs och Helsingborg"),
        ("Deltagande orter", "Höganäs, Helsingborg"),
        ("Tidsintervall", "Maj–juni 2321"),
        ("Uppföljt den 12 november", "Klart, 18 bojar utlagda")]]),
    ("Äldreomsorg", [[
        ("Beskrivning av arbetet", "En årlig kontroll vid hembesöken av att spisvakten fungerar och inte har "
                                   "kopplats bort"),
        ("Sammanhållande grupp", "Hemtjänstspisvaktskontrollanterna"),
        ("Deltagande orter", "Ystad, Sjöbo, Tomelilla"),
        ("Tidsintervall", "September 2321–mars 2322"),
        ("Uppföljt den 12 november", "Pågår, 150 spisvakter kontrollerade, varav 9 var bortkopplade")]]),
    ("Kommunal service", [[
        ("Beskrivning av arbetet", "En funktion i telefonkön där den som ringer kan välja att bli uppringd i "
                                   "stället för att vänta i kön"),
        ("Sammanhållande grupp", "Telefonköuppringningsfunktionsgruppen"),
        ("Deltagande orter", "Helsingborg, Bjuv, Åstorp"),
        ("Tidsintervall", "Oktober 2321–februari 2322"),
        ("Uppföljt den 12 november", "Ej påbörjat, upphandlingen av tekniken pågår")]]),
    ("Trädgård och avfall", [[
        ("Beskrivning av arbetet", "Flis från trädgårdsriset som invånarna får hämta gratis vid "
                                   "återvinningscentralerna och lägga i sina rabatter"),
        ("Sammanhållande grupp", "Flisutlämningsplatsvärdarna"),
        ("Deltagande orter", "Sjöbo, Tomelilla, Hörby"),
        ("Tidsintervall", "Maj–november 2321"),
        ("Uppföljt den 12 november", "Klart, 380 kubikmeter flis har hämtats")]]),
    ("Kyrkogårdar", [[
        ("Beskrivning av arbetet", "Brev till den som har gravrätten när gravstenen är lös, med besked om att "
                                   "stenen ska säkras inom sex månader"),
        ("Sammanhållande grupp", "Gravrättsinnehavarkontaktgruppen"),
        ("Deltagande orter", "Landskrona, Ystad, Simrishamn"),
        ("Tidsintervall", "Oktober 2321–juni 2322"),
        ("Uppföljt den 12 november", "Pågår, 260 brev skickade")]]),
    ("Trygghet", [[
        ("Beskrivning av arbetet", "En rutin för att radera inspelningarna från kamerorna efter 14 dagar, om "
                                   "polisen inte har begärt ut dem"),
        ("Sammanhållande grupp", "Kamerainspelningsgallringsrådet"),
        ("Deltagande orter", "Helsingborg, Landskrona, Ängelholm, Ystad"),
        ("Tidsintervall", "Januari–mars 2321"),
        ("Uppföljt den 12 november", "Klart, rutinen gäller sedan den 1 april 2321")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2321-11-16, kl. 9.30–12.15",
                  "Plats: Rådhuset i Landskrona (fiktivt sammanträde)",
                  "Närvarande: Samordningsgruppen för trygghet, natur och service, med representanter för elva "
                  "av de tretton medlemskommunerna",
                  "Ordförande: Helena Bergqvist (Ängelholm)",
                  "Sekreterare: Oskar Lindqvist (Sjöbo)")
MINUTES_ITEMS = [
    ("§ 1", "Mårdhundarna",
     ["Mårdhundsspårningsjägarlaget redovisade att 64 mårdhundar har avlivats under året och att 11 Judasdjur "
      "med GPS-halsband är ute i naturen. Ett Judasdjur söker sig till andra mårdhundar, och jägarna kan då "
      "hitta hela familjen. Mårdhunden kan sprida rabies och dvärgbandmask och äter ägg och ungar av fåglar som "
      "häckar på marken.",
      "Samordningsgruppen beslutar att jakten ska utökas till Bjuv och Höganäs från 2322.",
      "Nätverket för främmande rovdjur i nordvästra Skåne får i uppdrag att informera jaktvårdskretsarna om "
      "hur man känner igen en mårdhund, senast den 15 februari 2322."]),
    ("§ 2", "Ålgräset i vikarna",
     ["Ålgräsåterplanteringsdykarna redovisade att 1,6 hektar ålgräs har planterats i tre vikar. I Sandhamnsviken "
      "överlevde bara 40 procent av plantorna, eftersom en storm i augusti slet loss dem. Ålgräsängarna binder "
      "sanden på botten och är barnkammare för torsk och andra fiskar.",
      "Samordningsgruppen beslutar att förtöjningsbojarna ska tas upp i oktober och läggas ut igen i maj."]),
    ("§ 3", "Spisvakterna",
     ["Spisvaktsinstallationsteamet redovisade att 430 av 900 spisvakter har monterats. Enligt hemtjänsten har "
      "spisvakterna hittills stoppat tre bränder som annars kunde ha börjat i köket. En spisvakt kostar 4 600 "
      "kronor med montering.",
      "Samordningsgruppen beslutar att spisvakten ska vara kostnadsfri för den enskilde.",
      "Hemtjänstspisvaktskontrollanterna ansvarar för att de anhöriga får skriftlig information om hur "
      "spisvakten fungerar."]),
    ("§ 4", "Servicemätningen",
     ["Servicemätningsprovringargruppen redovisade resultatet av 1 200 testsamtal och 600 testmejl. Den som "
      "ringde fick i genomsnitt vänta 2 minuter och 40 sekunder på svar, och 71 procent av frågorna fick ett "
      "rätt svar. Bara 58 procent av mejlen besvarades inom två arbetsdagar.",
      "Samordningsgruppen beslutar att alla mejl från invånarna ska besvaras inom två arbetsdagar från 2322.",
      "Samordningsgruppen ger Servicemätningsprovringargruppen i uppdrag att göra en ny mätning hösten 2322."]),
    ("§ 5", "Trädgårdsriset",
     ["Trädgårdsrisflisningsbrigaden redovisade att riset har hämtats 2 140 gånger under vår och höst. I många "
      "rishögar fanns stubbar, stenar och plastsäckar som inte gick att flisa, och brigaden fick lämna dem kvar.",
      "Samordningsgruppen beslutar att invånarna från 2322 ska boka hämtningen på webben senast en vecka i "
      "förväg."]),
    ("§ 6", "Gravstenarna",
     ["Gravstensstabilitetskontrollanterna redovisade att 5 300 av 14 000 gravstenar har provtryckts och att "
      "410 stenar var så lösa att de kan välta. Provtryckningen inleddes efter att en gravsten föll omkull i "
      "Simrishamn i mars och skadade en besökares fot.",
      "Samordningsgruppen beslutar att en lös sten som inte har säkrats inom sex månader ska läggas ned på "
      "marken.",
      "Gravstensstabilitetskontrollanterna ansvarar för att de nedlagda stenarna fotograferas före och efter."]),
    ("§ 7", "Kamerorna på torgen",
     ["Torgkamerabevakningssamordnarna redovisade att kameror har satts upp på 4 av 10 platser. Arbetet är "
      "försenat eftersom beskeden från Integritetsskyddsmyndigheten har dröjt för sex av platserna.",
      "Samordningsgruppen ger Torgkamerabevakningssamordnarna i uppdrag att mäta om rånen och misshandeln har "
      "minskat vid de bevakade platserna och redovisa resultatet i juni 2322."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Bjuv frågade om kommunen kan ansluta sig till servicemätningen av mejl redan våren 2322. Frågan tas upp "
      "vid nästa sammanträde.",
      "Nästa sammanträde hålls den 14 december 2321 i Tomelilla."]),
]
MINUTES_ADJUSTER = "Per Åkesson (Simrishamn)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Mårdhunden har på senare år vandrat in i nordvästra Skåne och hotar fåglar som häckar på marken. Ålgräsängarna i de grunda vikarna har minskat kraftigt, och med dem ungfisken. Allt fler äldre med minnessvikt bor kvar hemma, och en glömd spisplatta kan orsaka en brand. Invånarna klagar på att det är svårt att komma fram till kommunen på telefon och att mejl blir liggande. Många villaägare har inget sätt att bli av med grenar och ris från trädgården utan att köra till återvinningscentralen. På kyrkogårdarna finns gamla gravstenar som står löst, och på några torg och stationer känner sig invånarna otrygga på kvällarna.

## Syfte

Samarbetet ska skydda fåglarna och havsbottnarna, göra det tryggare för äldre att bo kvar hemma, och ge invånarna snabbare och mer korrekta svar från kommunerna. Trädgårdsriset ska bli till nytta i stället för att eldas eller dumpas, besökarna på kyrkogårdarna ska inte riskera att skadas av en gravsten som välter, och torg och stationer ska bli tryggare.

## Mål till 2324

Mårdhunden ska inte längre föröka sig i medlemskommunerna. Minst 10 hektar ålgräs ska vara planterat. Alla 900 spisvakter ska vara monterade, och minst 85 procent av frågorna i servicemätningen ska få rätt svar. Samtliga gravstenar på kyrkogårdarna ska vara provtryckta.

## Organisation

Samordningsgruppen för trygghet, natur och service leder arbetet och rapporterar till kommundirektörerna två gånger per år. Havsbottensrestaureringsrådet ger råd om var ålgräset ska planteras, och Spisvaktsinstallationsteamet samarbetar med hemtjänsten och med räddningstjänsten. Mårdhundsspårningsjägarlaget skickar de avlivade djuren till Statens veterinärmedicinska anstalt för provtagning.

## Budget

Den gemensamma budgeten är 21,7 miljoner kronor för 2321–2324, varav 7,2 miljoner kronor går till spisvakterna. Kommunerna betalar 5,80 kronor per invånare och år. Ålgräsplanteringen får dessutom 1,1 miljoner kronor från en havsmiljöfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2321 till den 31 december 2324. Samordningsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas våren 2323.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje politikområde vilken åtgärd som planeras, vilken grupp som håller i "
             "den, under vilken period den genomförs, vilka kommuner som ingår i samordningen och vad som var "
             "genomfört till och med den 31 oktober 2321.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för trygghet, natur och service under 2321 och "
              "början av 2322, ordnade efter politikområde. För varje åtgärd anges vilken grupp som håller samman "
              "arbetet, vilka orter som deltar, under vilket tidsintervall och vad som följdes upp den 12 november "
              "2321.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtiosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
