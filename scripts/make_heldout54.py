"""Regenerate the fictional documents of the fifty-fourth held-out set in benchmarks/data/heldout54/docs/.

    .venv/bin/python scripts/make_heldout54.py [--out benchmarks/data/heldout54/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout54 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (love locks cut off bridge railings whose weight damages the railings,
and a lock fence in a park where couples may hang their locks, opening bridges over canals and harbour
entrances with fixed opening times for boats, and signs and a text-message service that tell when the bridge
opens next, sludge pumped out of the park ponds and aerators against algae and dead fish, and floating plant
islands that clean the water, noise from the outdoor units of heat pumps and air conditioners measured at
the neighbours after complaints, and a guide on where to place the units, mistletoe cut out of lime-tree
avenues and old apple trees in the parks, and mistletoe sprigs sold at the Christmas markets for new lime
trees, a smooth walking strip of sawn granite laid in cobbled streets in the old town centres, and a stone
bank for the cobbles taken up, pedestrian signposts that show the walking time in minutes to stations,
libraries and health centres, with raised text and braille on the posts) are not covered by the other
sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout54" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2329.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2329 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-stadsmiljo-parkvatten-2329.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för stadsmiljö och parkvatten 2329 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsutskottet-stadsmiljo-parkvatten-2329-11-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samordningsutskottet för stadsmiljö och parkvatten 2329-11-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-stadsmiljo-parkvatten-2329-2332.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för stadsmiljö och parkvatten 2329–2332 (fiktiv)"

# Activity plan 2329 (PDF): the sector ("Sektor") comes first, then what is planned ("Vad som planeras"),
# the group that sees to it ("Ombesörjs av") in a column so narrow that its heading takes two lines and the
# long group names break inside the word, when it is done ("Genomförs när"), the municipalities that have
# joined ("Kommuner som har gått in") and the state checked on 30 October ("Avstämt per 30 oktober").
PLAN_PDF_COLUMNS = ("Sektor", "Vad som planeras", "Ombesörjs av", "Genomförs när", "Kommuner som har gått in",
                    "Avstämt per 30 oktober")
PLAN_PDF_WIDTHS = (24, 47, 22, 29, 30, 28)  # mm, 180 in all; 22 mm splits "Ombesörjs av" over two lines
PLAN_PDF = [
    ("Broar och räcken",
     "Hänglås som par har satt fast på broräckena klipps bort, eftersom tyngden av tusentals lås böjer och "
     "rostar sönder räckena", "Broräckeshänglåsborttagningsgruppen", "April–september 2329",
     "Malmö, Lund, Trelleborg", "Klart, 9 400 lås bortklippta från 14 broar"),
    ("Kanaler och hamninlopp",
     "Fasta öppningstider för de öppningsbara broarna över kanalerna och hamninloppen, så att båtarna "
     "släpps igenom på hel och halv timme", "Kanalbroöppningstidsvakterna", "1 maj–30 september 2329",
     "Malmö, Lomma, Trelleborg, Skurup", "Klart, 2 870 broöppningar"),
    ("Parkvatten",
     "Slam sugs upp från botten av parkdammarna och luftare sätts ut som pumpar ner syre i vattnet mot "
     "algblomning och fiskdöd", "Parkdammsslamsugningslaget", "Augusti 2329–mars 2330",
     "Lund, Eslöv, Burlöv, Staffanstorp, Höör", "Pågår, 5 av 12 dammar klara"),
    ("Buller i bostadsområden",
     "Mätning av ljudet från utedelarna till värmepumpar och luftkonditionering hos grannen, efter klagomål",
     "Värmepumpsbullermätningsenheten", "Hela 2329", "Vellinge, Lomma, Kävlinge, Svedala, Staffanstorp",
     "Pågår, 63 mätningar, 17 över riktvärdet"),
    ("Alléer och parkträd",
     "Misteln sågas bort ur lindarna i alléerna och ur gamla äppelträd i parkerna, innan den gör träden så "
     "svaga att grenar brister", "Lindallémistelbeskärningsgänget", "November 2329–februari 2330",
     "Lund, Kävlinge, Eslöv, Höör", "Ej påbörjat, 212 träd med mistel inventerade"),
    ("Gator i stadskärnorna",
     "Ett jämnt gångstråk av sågad granit läggs mitt i kullerstensgatorna, så att rullatorer, rullstolar och "
     "barnvagnar kan ta sig fram", "Kullerstensgångstråksläggarna", "Mars 2329–oktober 2330",
     "Malmö, Lund, Trelleborg, Skurup, Svedala", "Pågår, 1,9 av 4,5 kilometer lagt"),
    ("Gångtrafik",
     "Vägvisare för fotgängare som visar hur många minuter det tar att gå till stationen, biblioteket och "
     "vårdcentralen", "Gångtidsvägvisarmonteringskåren", "Februari–november 2329",
     "Burlöv, Staffanstorp, Svedala, Vellinge, Kävlinge, Lomma", "Försenat, 88 av 160 vägvisare uppsatta"),
]

# Activity plan (Word), as labelled items: each effort's name as a heading, then bold labels: what it is
# about ("Innehåll i korthet"), the group that holds the work together ("Håller ihop arbetet"), the
# municipalities taking part ("Kommunerna som är med"), during what time ("Under vilken tid") and what was
# reported on 12 November ("Rapport till utskottet 12 november"). One group is a pair of municipalities, one
# a network with a name of several words.
PLAN_DOCX_LABELS = ("Innehåll i korthet", "Håller ihop arbetet", "Kommunerna som är med", "Under vilken tid",
                    "Rapport till utskottet 12 november")
PLAN_DOCX_ACTIVITIES = [
    ("Ett kärleksstaket i parken", (
        "Ett staket av smide i en park nära vattnet, där par får hänga sina hänglås i stället för på "
        "broräckena, med en skylt om att lås på broarna klipps bort",
        "Kärleksstaketsskötselrådet", "Malmö, Lund", "Maj–juni 2329",
        "Klart, staketet är 40 meter långt och har redan 1 150 lås")),
    ("Besked om när bron öppnas", (
        "Skyltar vid broarna som räknar ner till nästa broöppning, och en sms-tjänst där cyklister och "
        "båtägare får ett meddelande tio minuter innan bron öppnas",
        "Broöppningsaviseringstjänsten", "Malmö, Lomma, Trelleborg", "April–maj 2329",
        "Klart, 3 300 personer har anmält sig till sms-tjänsten")),
    ("Flytande planteringsöar i dammarna", (
        "Flytande öar med gula svärdsliljor och starr, vars rötter tar upp kväve och fosfor ur vattnet i "
        "parkdammarna",
        "Flytöplanteringskooperativet", "Lund, Burlöv, Höör", "Juni–augusti 2329",
        "Klart, 19 öar utlagda i 7 dammar")),
    ("Var utedelen ska stå", (
        "En vägledning om var utedelen till en värmepump ska placeras, minst fyra meter från grannens "
        "sovrumsfönster och inte mot en husvägg i ett hörn, som delas ut i byggvaruhusen",
        "Lomma och Kävlinge", "Lomma, Kävlinge, Vellinge", "September 2329–januari 2330",
        "Pågår, vägledningen finns i 11 byggvaruhus")),
    ("Misteln på julmarknaderna", (
        "Mistelkvistar från beskärningen säljs på julmarknaderna, och pengarna går till att plantera nya "
        "lindar i alléerna",
        "Julmarknadsmistelförsäljarna", "Lund, Eslöv", "December 2329",
        "Ej påbörjat, försäljningsplatser bokade på fyra julmarknader")),
    ("En stenbank för gatsten", (
        "Kullerstenen som tas upp när gångstråken läggs sparas i en stenbank, där kommunerna kan hämta sten "
        "till lagningar av andra gator",
        "Nätverket för återbrukad gatsten", "Malmö, Lund, Trelleborg, Skurup, Svedala", "Från mars 2329",
        "Pågår, 610 ton sten ligger i stenbanken i Svedala")),
    ("Vägvisare som går att känna", (
        "Upphöjd text och punktskrift på stolparna till vägvisarna, i den höjd där en person med vit käpp "
        "lätt når dem",
        "Punktskriftsvägvisargranskarna", "Burlöv, Staffanstorp, Vellinge", "Augusti–december 2329",
        "Pågår, 40 stolpar har fått punktskrift")),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2329-11-18, kl. 09.00–12.10",
                  "Plats: Stadshuset i Trelleborg (fiktivt sammanträde)",
                  "Närvarande: Samordningsutskottet för stadsmiljö och parkvatten, med företrädare för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Ingrid Holmqvist (Lomma)",
                  "Sekreterare: Petter Lundgren (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Hänglåsen på broarna",
     ["Broräckeshänglåsborttagningsgruppen redovisade att 9 400 hänglås har klippts bort från 14 broar. På "
      "Kanalbron i Malmö vägde låsen tillsammans 1,6 ton, och räcket hade börjat luta utåt. Låsen lämnas till "
      "metallåtervinning.",
      "Samordningsutskottet beslutar att lås som sätts upp på broräckena efter den 1 januari 2330 ska klippas "
      "bort inom en månad.",
      "Kärleksstaketsskötselrådet får i uppdrag att ta fram ett förslag på ett andra kärleksstaket i "
      "Trelleborg, senast den 15 februari 2330."]),
    ("§ 2", "Broöppningarna",
     ["Kanalbroöppningstidsvakterna redovisade att broarna öppnades 2 870 gånger under säsongen. Varje "
      "öppning tog i genomsnitt sex minuter. Cyklister i Malmö har klagat på köerna vid broarna i "
      "rusningstid.",
      "Samordningsutskottet beslutar att broarna inte ska öppnas mellan kl. 7.30 och 8.30 eller mellan kl. "
      "16.30 och 17.30 på vardagar.",
      "Broöppningsaviseringstjänsten ansvarar för att de nya tiderna finns på skyltarna och i sms-tjänsten "
      "före säsongsstarten den 1 maj 2330."]),
    ("§ 3", "Dammarna i parkerna",
     ["Parkdammsslamsugningslaget redovisade att slammet har sugits upp ur 5 av 12 parkdammar, sammanlagt "
      "3 200 kubikmeter. I Stadsparksdammen i Eslöv dog flera hundra fiskar i juli, innan luftarna var på "
      "plats. Slammet körs till en deponi eftersom det innehåller tungmetaller.",
      "Samordningsutskottet beslutar att luftarna ska vara igång från den 1 juni till den 15 september varje "
      "år.",
      "Samordningsutskottet ger Flytöplanteringskooperativet i uppdrag att lägga ut planteringsöar även i "
      "dammarna i Eslöv och Staffanstorp under sommaren 2330."]),
    ("§ 4", "Buller från värmepumpar",
     ["Värmepumpsbullermätningsenheten redovisade att 63 mätningar har gjorts efter klagomål från grannar. I "
      "17 fall var ljudet högre än riktvärdet på 40 decibel nattetid. Oftast stod utedelen i ett hörn mellan "
      "två husväggar, vilket förstärker ljudet.",
      "Samordningsutskottet beslutar att kommunerna ska använda samma riktvärden och samma mätmetod.",
      "Värmepumpsbullermätningsenheten får i uppdrag att ta fram en gemensam blankett för klagomål på buller "
      "från värmepumpar, senast den 31 mars 2330."]),
    ("§ 5", "Misteln i alléerna",
     ["Lindallémistelbeskärningsgänget redovisade att 212 träd med mistel har inventerats, de flesta i "
      "lindalléerna i Lund och Kävlinge. Misteln sprids av fåglar som äter bären. Beskärningen görs på "
      "vintern, när träden saknar löv och misteln syns tydligt.",
      "Samordningsutskottet beslutar att träd där misteln täcker mer än halva kronan ska ersättas med nya "
      "träd i stället för att beskäras."]),
    ("§ 6", "Gångstråken i kullerstensgatorna",
     ["Kullerstensgångstråksläggarna redovisade att 1,9 av 4,5 kilometer gångstråk av sågad granit har lagts. "
      "Pensionärsföreningen i Skurup har tackat för att det nu går att ta sig fram med rullator på "
      "Storgatan. Gångstråket är 1,2 meter brett.",
      "Samordningsutskottet beslutar att gångstråken även ska läggas på torgen i Lund och Trelleborg.",
      "Nätverket för återbrukad gatsten ansvarar för att sten ur stenbanken erbjuds kommunerna innan ny sten "
      "köps in."]),
    ("§ 7", "Vägvisarna för fotgängare",
     ["Gångtidsvägvisarmonteringskåren redovisade att 88 av 160 vägvisare har satts upp. Arbetet är försenat "
      "eftersom leverantören av stolparna har haft brist på aluminium. Gångtiden räknas med en takt på 80 "
      "meter i minuten.",
      "Samordningsutskottet beslutar att vägvisarna även ska visa gångtiden till närmaste busshållplats."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Höör frågade om kommunen kan få del av stenen i stenbanken, trots att Höör inte är med i nätverket. "
      "Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 16 december 2329 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Oskar Berglund (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Tusentals hänglås på broräckena har gjort räckena tunga och rostiga. Båttrafiken i kanalerna och hamninloppen har ökat, och cyklister och fotgängare vet inte när broarna öppnas. Många av parkdammarna har grunnats upp av slam, och varma somrar blommar algerna och fiskarna dör. Grannar klagar allt oftare på surret från värmepumparnas utedelar. Misteln sprider sig i lindalléerna och i de gamla fruktträden. De gamla kullerstensgatorna är vackra men svåra att gå på för den som har rullator eller rullstol, och många invånare vet inte att stationen eller vårdcentralen ligger på gångavstånd.

## Syfte

Samarbetet ska bevara broarna, alléerna och de gamla gatorna, göra vattnet i parkdammarna klart och friskt och minska bullret i bostadsområdena. Det ska bli lättare att veta när broarna öppnas, lättare att ta sig fram på kullerstensgatorna och lättare att välja att gå i stället för att ta bilen.

## Mål till 2332

Alla 12 parkdammar ska vara rensade från slam och ha luftare. Alla 160 vägvisare för fotgängare ska sitta uppe, och hela sträckan på 4,5 kilometer gångstråk ska vara lagd. Inga hänglås ska sitta på broräckena, och antalet klagomål på buller från värmepumpar ska ha halverats.

## Organisation

Samordningsutskottet för stadsmiljö och parkvatten leder arbetet och rapporterar till kommunernas tekniska chefer två gånger per år. Stadsträdsrådgivningsnämnden ger råd om vilka träd som ska ersätta de lindar som har för mycket mistel. Kanalbroöppningstidsvakterna samarbetar med hamnkaptenerna om öppningstiderna, och Parkdammsslamsugningslaget tar hjälp av sportfiskeklubbarna när fisken i dammarna ska räknas.

## Budget

Den gemensamma budgeten är 24,7 miljoner kronor för 2329–2332, varav 9,3 miljoner kronor går till gångstråken i kullerstensgatorna. Kommunerna betalar 8,20 kronor per invånare och år. Parkdammarna får dessutom 1,4 miljoner kronor i bidrag från en vattenvårdsfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2329 till den 31 december 2332. Samordningsutskottet lämnar en lägesrapport varje år i december, och planen utvärderas våren 2331.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sektor vad som planeras, vilken grupp som ombesörjer det, när det "
             "genomförs, vilka kommuner som har gått in och hur det såg ut vid avstämningen den 30 oktober "
             "2329.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för stadsmiljö och parkvatten under 2329 och "
              "början av 2330. För varje insats anges vad den går ut på, vem som håller ihop arbetet, vilka "
              "kommuner som är med, under vilken tid den pågår och vad som rapporterades till "
              "samordningsutskottet den 12 november 2329.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=labelled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtiofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
