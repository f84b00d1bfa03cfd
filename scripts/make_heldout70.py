"""Regenerate the fictional documents of the seventieth held-out set in benchmarks/data/heldout70/docs/.

    .venv/bin/python scripts/make_heldout70.py [--out benchmarks/data/heldout70/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout70 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (a pilgrim trail between medieval village churches marked with scallop
shells on posts, with a pilgrim passport stamped in every church, and parish halls and village halls opened
as simple pilgrim hostels with volunteer hosts, fossil-hunting days for families in disused limestone quarries
led by a geologist, with the quarry edges inspected beforehand, and fossil evenings at the main libraries where
a palaeontologist identifies the visitors' finds, hobby-horse competitions with jumping and dressage courses in
the sports halls, and sewing workshops at the libraries where children make their own hobby horse, a week of
sailing on a restored wooden schooner for pupils in year 8, and dinghy sailing courses at the sailing clubs for
children who have never sailed, museum trams from the 1920s running on summer Sundays with volunteer drivers
and conductors, and the old tram depot restored as a tramway museum with a workshop, the old wooden fishing
huts in the fishing villages repaired, tarred and let to craftspeople in summer, and smokehouse days in an old
smokehouse where herring and mackerel are smoked over alder wood, a dragon-boat regatta in the harbour basin
for teams from the municipal workplaces, and beginners' paddling evenings in dragon boats at the canoe clubs)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout70" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2345.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2345 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kulturstrak-kustarv-fritid-2345.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kulturstråk, kustarv och fritid 2345 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-temagruppen-kulturstrak-kustarv-fritid-2345-10-23.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Temagruppen för kulturstråk, kustarv och fritid 2345-10-23 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-kulturstrak-kustarv-fritid-2345.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kulturstråk, kustarv och fritid 2345 (fiktiv)"

# Activity plan 2345 (PDF): the field of effort ("Insatsområde") first, then a short description
# ("Beskrivning i korthet"), the group driving it ("Drivs av") in a column hardly wider than that short heading,
# so the long group names break inside the word over several lines, the time of execution ("Genomförande"),
# the municipalities taking part ("Kommuner med") and the position on 15 September ("Läget 15 september").
PLAN_PDF_COLUMNS = ("Insatsområde", "Beskrivning i korthet", "Drivs av", "Genomförande", "Kommuner med",
                    "Läget 15 september")
PLAN_PDF_WIDTHS = (31, 51, 16, 29, 25, 28)  # mm, 180 in all; 16 mm keeps "Drivs av" whole
PLAN_PDF = [
    ("Pilgrimsvandring",
     "En pilgrimsled på 86 kilometer mellan elva medeltida bykyrkor märks ut med gula pilgrimssnäckor på "
     "stolpar, och vandrarna får ett pilgrimspass som stämplas i varje kyrka", "Pilgrimsledsutmärkningsgruppen",
     "Mars–juni 2345", "Höör, Eslöv, Lund, Staffanstorp", "Klart, 214 stolpar uppsatta"),
    ("Geologi och fossil",
     "Fossildagar i de nedlagda kalkbrotten, där en geolog visar familjer hur man letar efter sjöborrar, "
     "snäckor och hajtänder i kalkstenen", "Kalkbrottsfossildagsgruppen", "April–september 2345",
     "Malmö, Vellinge, Trelleborg", "Klart, 9 fossildagar med 1 350 besökare"),
    ("Barns fritid",
     "Käpphästtävlingar i idrottshallarna med banor för hoppning och dressyr, öppna för barn mellan 6 och 14 år",
     "Käpphästtävlingsarrangörsgruppen", "Februari–november 2345",
     "Burlöv, Kävlinge, Lomma, Staffanstorp, Svedala", "Pågår, 4 av 6 tävlingar genomförda"),
    ("Segling för unga",
     "Elever i årskurs 8 seglar i fem dagar med den renoverade träskonaren Sjöstjärnan och lär sig navigera, "
     "sätta segel och laga mat ombord", "Skonarseglingssamordningsgruppen", "Maj–september 2345",
     "Trelleborg, Skurup, Malmö, Lomma, Kävlinge", "Klart, 17 klasser har seglat"),
    ("Kulturhistoriska transporter",
     "Museispårvagnar från 1920-talet kör på sommarsöndagar längs den bevarade banan mellan Rosenlunds torg och "
     "Hamnkrogen, med frivilliga förare och konduktörer", "Museispårvagnstrafikgruppen", "Juni–augusti 2345",
     "Malmö, Burlöv", "Klart, 11 trafiksöndagar och 6 900 resenärer"),
    ("Fiskelägenas kulturarv",
     "De gamla fiskebodarna av trä i fiskelägena repareras och tjäras, och hyrs sedan ut under sommaren till "
     "hantverkare och konstnärer", "Fiskebodsrenoveringsnätverket", "Mars–oktober 2345",
     "Vellinge, Skurup, Trelleborg, Kävlinge", "Pågår, 19 av 27 bodar tjärade"),
    ("Motion på vattnet",
     "En drakbåtsregatta i hamnbassängen, där lag om 20 paddlare från kommunernas arbetsplatser tävlar över "
     "200 meter", "Drakbåtsregattaarbetsgruppen", "Maj–augusti 2345", "Lomma, Malmö, Lund, Kävlinge",
     "Klart, 46 lag paddlade den 16 augusti"),
]

# Activity plan (Word), each effort's name as a heading and one paragraph per field with the label in bold,
# closed by a dash: how it works ("Så går det till"), the convening group ("Sammankallande grupp"), the
# municipalities ("Kommuner i samarbetet"), the period ("Tidsperiod") and the position report of 2 October
# ("Lägesrapport 2 oktober"). One group is a pair of municipalities, one a steering group with a name of
# several words.
PLAN_DOCX_LABELS = ("Så går det till", "Sammankallande grupp", "Kommuner i samarbetet", "Tidsperiod",
                    "Lägesrapport 2 oktober")
PLAN_DOCX_ACTIVITIES = [
    ("Härbärgen längs pilgrimsleden",
     ("Församlingshem och bygdegårdar längs pilgrimsleden öppnas som enkla härbärgen, där vandrarna kan sova på "
      "madrass för 150 kronor per natt och tas emot av en frivillig värd", "Pilgrimshärbärgesvärdnätverket",
      "Höör, Eslöv", "Maj–september 2345", "Klart, 6 härbärgen och 930 övernattningar")),
    ("Fossilkvällar på biblioteken",
     ("Kvällar på huvudbiblioteken där besökarna tar med egna fynd och får dem artbestämda av en paleontolog, "
      "och en vandringsutställning om det hav som täckte Skåne för 65 miljoner år sedan",
      "Fossilbestämningskvällsteamet", "Malmö, Trelleborg, Lund", "September–december 2345",
      "Pågår, 3 av 8 kvällar hållna")),
    ("Sy din egen käpphäst",
     ("Sömnadsverkstäder på biblioteken där barn syr en egen käpphäst av gamla strumpor och tygrester under "
      "ledning av en textillärare", "Staffanstorp och Svedala", "Staffanstorp, Svedala", "Januari–april 2345",
      "Klart, 320 käpphästar sydda")),
    ("Jollekurser för nybörjare",
     ("Nybörjarkurser i jollesegling vid segelsällskapen för barn mellan 9 och 13 år som aldrig har seglat, med "
      "lånade flytvästar och våtdräkter", "Jolleseglingsinstruktörsnätverket", "Lomma, Kävlinge, Trelleborg",
      "Juni–augusti 2345", "Klart, 188 barn gick kursen")),
    ("Spårvagnshallen blir museum",
     ("Den gamla spårvagnshallen vid Rosenlunds torg byggs om till ett spårvägsmuseum med en verkstad, där "
      "besökarna kan se hur vagnarna underhålls", "Spårvagnshallsrestaureringsgruppen", "Malmö, Burlöv",
      "Februari–december 2345", "Pågår, taket är omlagt")),
    ("Rökeridagar i fiskelägena",
     ("Rökeridagar i det gamla rökeriet i Tångvik, där besökarna får se hur sill och makrill röks över alved "
      "och smaka nyrökt böckling", "Styrgruppen för rökeritraditionen i de skånska fiskelägena",
      "Skurup, Vellinge", "Juli 2345", "Klart, 3 rökeridagar med 2 400 besökare")),
    ("Paddlingskvällar i drakbåt",
     ("Prova-på-kvällar i drakbåt två gånger i veckan vid kanotklubbarna, där nybörjarna lär sig paddla i takt "
      "efter trumslagaren inför regattan", "Drakbåtsnybörjarpaddlingslaget", "Lomma, Malmö, Lund, Kävlinge",
      "April–juli 2345", "Klart, 610 deltagare")),
]

MINUTES_HEADER = ("Mötesdatum: 2345-10-23, kl. 13.30–16.20",
                  "Mötesplats: Nätboden i Backahamn, Skurup (fiktivt möte)",
                  "Deltagare: Temagruppen för kulturstråk, kustarv och fritid, med företrädare för nio av de tolv "
                  "medlemskommunerna",
                  "Ordförande: Elin Vikström (Skurup)",
                  "Sekreterare: Amir Haddad (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 1", "Pilgrimsleden",
     ["Pilgrimsledsutmärkningsgruppen redovisade att 214 stolpar med pilgrimssnäckor är uppsatta längs den "
      "86 kilometer långa leden och att 1 180 pilgrimspass har delats ut. En tjur på en betesmark vid "
      "Ljungstorps kyrka skrämde en grupp vandrare i juli, och vandrarna fick klättra över stängslet.",
      "Temagruppen beslutar att leden ska dras om runt betesmarken vid Ljungstorp.",
      "Temagruppen ger Pilgrimshärbärgesvärdnätverket i uppdrag att ta fram en gemensam bokningskalender för "
      "härbärgena senast den 15 december 2345."]),
    ("§ 2", "Fossildagarna",
     ["Kalkbrottsfossildagsgruppen redovisade nio fossildagar med sammanlagt 1 350 besökare. En tioåring från "
      "Svedala hittade en nästan hel sjöborre, som geologen bedömde vara omkring 65 miljoner år gammal. I "
      "kalkbrottet vid Kvarnvik klättrade två besökare upp på en brant brottkant utanför avspärrningen.",
      "Temagruppen beslutar att varje besökare får ta med sig högst tre fossil hem och att fynd av särskilt "
      "vetenskapligt värde ska lämnas in för granskning.",
      "Fossilbestämningskvällsteamet får i uppdrag att ställa ut den hela sjöborren på huvudbiblioteket i "
      "Trelleborg."]),
    ("§ 3", "Käpphästtävlingarna",
     ["Käpphästtävlingsarrangörsgruppen redovisade att fyra av sex tävlingar är genomförda med sammanlagt "
      "780 startande barn. Vid tävlingen i Kävlinge kom över 900 föräldrar och syskon, så att det blev trångt "
      "på läktaren, och hindren i hoppningen var för höga för de yngsta.",
      "Temagruppen beslutar att hindren i klassen för barn under 9 år ska vara högst 40 centimeter höga och "
      "att varje tävling ska ha en klass utan poängbedömning för barn som bara vill rida banan.",
      "Temagruppen ger Staffanstorp och Svedala i uppdrag att hålla en sömnadsverkstad för vuxna som vill sy "
      "käpphästar till förskolorna."]),
    ("§ 4", "Seglingarna med skonaren",
     ["Skonarseglingssamordningsgruppen redovisade att 17 klasser har seglat med Sjöstjärnan under säsongen. "
      "En vecka i juni fick skonaren ligga kvar i hamn i tre dagar på grund av kuling, och en elev halkade på "
      "det våta däcket och bröt handleden.",
      "Temagruppen beslutar att alla elever ska gå en säkerhetsgenomgång på land dagen före avfärd och att "
      "minst två vuxna från skolan ska följa med varje klass.",
      "Jolleseglingsinstruktörsnätverket får i uppdrag att erbjuda jollekurser även under höstlovet."]),
    ("§ 5", "Museispårvagnarna",
     ["Museispårvagnstrafikgruppen redovisade 11 trafiksöndagar med 6 900 resenärer. Den äldsta vagnen, "
      "nummer 14 från 1921, fick ett haveri i ett hjullager i juli och står sedan dess i spårvagnshallen. "
      "Många resenärer har frågat efter möjligheten att betala med kort ombord.",
      "Temagruppen beslutar att en enkelresa med museispårvagnen ska kosta 30 kronor för vuxna och att barn "
      "under 12 år åker gratis.",
      "Spårvagnshallsrestaureringsgruppen får i uppdrag att ta fram en kostnadsberäkning för att laga vagn "
      "nummer 14."]),
    ("§ 6", "Fiskebodarna",
     ["Fiskebodsrenoveringsnätverket redovisade att 19 av 27 bodar har tjärats. En bod i Backahamn visade sig "
      "ha ruttna syllstockar och måste lyftas med kran innan den kan lagas. De hantverkare och konstnärer som "
      "hyrde bodarna under sommaren sålde för sammanlagt 612 000 kronor.",
      "Temagruppen beslutar att hyran för en fiskebod ska vara 1 800 kronor per månad under sommaren och att "
      "yrkesfiskarna i fiskelägena har förtur till de bodar som behövs för redskap.",
      "Temagruppen ger Styrgruppen för rökeritraditionen i de skånska fiskelägena i uppdrag att utreda om "
      "rökeriet i Tångvik kan hållas öppet även under påsken."]),
    ("§ 7", "Drakbåtsregattan",
     ["Drakbåtsregattaarbetsgruppen redovisade att 46 lag paddlade i hamnbassängen i Lomma den 16 augusti och "
      "att laget från gatukontoret i Lund vann finalen på 58,4 sekunder. En båt kantrade i en kastvind under "
      "ett försöksheat, men alla paddlare bar flytväst och kom upp på bryggan utan skador.",
      "Temagruppen beslutar att regattan nästa år ska ha en särskild klass för gymnasieskolornas lag.",
      "Drakbåtsnybörjarpaddlingslaget får i uppdrag att köpa in 40 nya paddlar till prova-på-kvällarna."]),
    ("§ 8", "Övriga frågor och nästa möte",
     ["Höör föreslog att pilgrimsleden ska förlängas med en etapp till Ringsjöns östra strand. Frågan "
      "bordläggs till nästa möte.",
      "Nästa möte hålls den 4 december 2345 i Lund."]),
]
MINUTES_ADJUSTER = "Gunnel Persson (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Verksamhetsplanen är fiktiv, och alla mål, belopp, platser och namn i den är påhittade.

## Utgångsläge

Regionen har ett rikt kulturarv som få invånare känner till. De medeltida bykyrkorna ligger tätt i landskapet men saknar en sammanhängande vandringsled, och de nedlagda kalkbrotten bär spår av ett hav som täckte Skåne för många miljoner år sedan. I fiskelägena står gamla fiskebodar av trä och förfaller när fisket har minskat, och de sista museispårvagnarna har länge stått oanvända. Samtidigt söker många barn och unga fritidsaktiviteter som inte kräver dyr utrustning eller tidigare erfarenhet, och många vuxna vill hitta nya sätt att röra sig tillsammans med sina arbetskamrater.

## Inriktning

Samarbetet ska göra kulturarvet till något som invånarna kan uppleva med hela kroppen: genom att vandra, leta, segla, paddla och åka. Verksamheten ska vara öppen för alla oavsett ålder och plånbok, och så mycket som möjligt ska genomföras tillsammans med föreningslivet och frivilliga.

## Mål för året 2345

Under 2345 ska minst 2 000 pilgrimspass delas ut och samtliga 27 fiskebodar vara tjärade. Minst 24 skolklasser ska ha seglat med skonaren, och museispårvagnarna ska ha minst 8 000 resenärer. Käpphästtävlingarna ska nå barn i alla fem deltagande kommuner.

## Roller och samarbetspartner

Temagruppen för kulturstråk, kustarv och fritid leder samarbetet och rapporterar två gånger om året till kommundirektörerna. Kalkbrottssäkerhetsbesiktningsgruppen går igenom brottkanterna, avspärrningarna och stigarna ned i kalkbrotten veckan före varje fossildag. Pilgrimsledsutmärkningsgruppen samarbetar med den ideella föreningen Kyrkstigens vänner, som tar fram ledbeskrivningen, och Museispårvagnstrafikgruppen får hjälp av Spårvägsföreningen Ringlinjen, som utbildar de frivilliga förarna och konduktörerna. Skonarseglingssamordningsgruppen hyr besättningen på Sjöstjärnan av seglingsföreningen Västanvind.

## Budget och finansiering

Den samlade budgeten för 2345 är 4,8 miljoner kronor, varav 1,2 miljoner kronor går till skonarseglingarna. Varje medlemskommun bidrar med 1,85 kronor per invånare. Drakbåtsregattan ska finansieras av startavgifterna, som är 2 500 kronor per lag.

## Uppföljning och utvärdering

Verksamhetsplanen gäller för kalenderåret 2345. Temagruppen lämnar en delårsrapport i augusti, och planen utvärderas vid temagruppens möte i december 2345.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje insatsområde vad som görs, vilken grupp som driver arbetet, när "
             "det genomförs, vilka kommuner som är med och hur läget var den 15 september 2345.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för kulturstråk, kustarv och fritid under "
              "2345. För varje insats anges hur den går till, vilken grupp som är sammankallande, vilka kommuner "
              "som samarbetar, tidsperioden och läget enligt lägesrapporten den 2 oktober 2345.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=True, label_end=" –"))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
