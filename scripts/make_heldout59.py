"""Regenerate the fictional documents of the fifty-ninth held-out set in benchmarks/data/heldout59/docs/.

    .venv/bin/python scripts/make_heldout59.py [--out benchmarks/data/heldout59/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout59 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (fixed sites for circuses and funfairs on municipal meadows, with power
and water, and inspection of the stables of the circus horses and dogs, since wild animals may not be shown
on municipal land, retractable bollards at the entrances to pedestrian streets and squares, lowered only for
deliveries, emergency vehicles and refuse collection, and movable concrete blocks shaped as benches at large
events, car-boot sales on municipal car parks on summer Sundays, with pitches booked on the web, new
energy-saving washing machines and tumble dryers in the laundry rooms of municipal rental housing, and
digital booking of the laundry rooms, a mobile juice press that tours the villages and presses residents'
windfall apples, and windfall fruit gathered in parks and schoolyards for the preschools, school crossing
patrols of pupils in year 6 who help younger children across the street, with vests and stop signs, the old
mini-golf courses in the town parks renovated, and mini-golf competitions for pensioners' associations) are
not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout59" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2334.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2334 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vardagsmiljo-boendeservice-2334.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vardagsmiljö och boendeservice 2334 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-kontaktgruppen-vardagsmiljo-boendeservice-2334-11-12.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Kontaktgruppen för vardagsmiljö och boendeservice 2334-11-12 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-vardagsmiljo-boendeservice-2334-2336.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vardagsmiljö och boendeservice 2334–2336 (fiktiv)"

# Activity plan 2334 (PDF): the subject ("Ämne") comes first, then the planned work ("Det planerade
# arbetet"), the group leading it ("Ledning") in a column just wide enough for its short heading, so the
# long group names break inside the word over several lines, when it falls ("Infaller"), the municipalities
# taking part ("Kommuner som tar del") and the picture on 30 October ("Lägesbild 30 oktober").
PLAN_PDF_COLUMNS = ("Ämne", "Det planerade arbetet", "Ledning", "Infaller", "Kommuner som tar del",
                    "Lägesbild 30 oktober")
PLAN_PDF_WIDTHS = (28, 52, 17, 25, 30, 28)  # mm, 180 in all; 17 mm keeps "Ledning" whole
PLAN_PDF = [
    ("Evenemang och nöjen",
     "Fasta platser för cirkus och tivoli på kommunernas ängar, med el- och vattenuttag, så att sällskapen "
     "inte behöver ställa upp tälten på fotbollsplanerna", "Cirkusplatsupplåtelsesamordnarna",
     "April–september 2334", "Halmstad, Laholm, Falkenberg, Hylte", "Klart, 5 fasta platser och 31 uppställningar"),
    ("Trygga gågator",
     "Sänkbara pollare vid infarterna till gågator och torg, som bara sänks för leveranser, utryckningsfordon "
     "och sophämtning", "Gågatepollarinstallationsgruppen", "Mars 2334–maj 2335",
     "Varberg, Halmstad, Kungsbacka", "Pågår, 26 av 64 pollare monterade"),
    ("Återbruk och handel",
     "Bakluckeloppis på kommunala parkeringar på söndagar under sommaren, där invånarna säljer saker direkt ur "
     "bilen", "Söndagsbakluckeloppisvärdarna", "Juni–augusti 2334",
     "Falkenberg, Varberg, Laholm, Ljungby, Älmhult", "Klart, 11 söndagar med 1 460 säljande bilar"),
    ("Boende",
     "Nya energisnåla tvättmaskiner och torktumlare i tvättstugorna i kommunernas hyreshus",
     "Hyreshustvättstugemoderniseringsteamet", "Hela 2334", "Kungsbacka, Hylte, Markaryd, Halmstad",
     "Försenat, 48 av 130 tvättstugor klara"),
    ("Natur och trädgård",
     "En musterivagn som turnerar mellan byarna och pressar invånarnas fallfrukt till äppelmust, som fylls i "
     "påsar med tappkran", "Äppelmusterivagnsbemanningen", "September–oktober 2334",
     "Laholm, Hylte, Ljungby, Markaryd, Älmhult", "Klart, 38 ton äpplen pressade"),
    ("Trafiksäkerhet för barn",
     "Skolpatruller med elever i årskurs 6 som hjälper yngre barn över gatan vid övergångsställena nära "
     "skolorna på morgonen", "Skolvägsövergångspatrullhandledarna", "Augusti 2334–juni 2335",
     "Halmstad, Kungsbacka, Varberg, Falkenberg, Ljungby", "Pågår, patruller vid 42 skolor"),
    ("Fritid i parkerna",
     "Renovering av de gamla minigolfbanorna i stadsparkerna, med nya hinder och ny filt på banorna",
     "Parkminigolfbanerenoveringsgänget", "Mars–juni 2334", "Varberg, Älmhult, Markaryd, Hylte",
     "Klart, 4 banor med 18 hål vardera"),
]

# Activity plan (Word), by area: a heading per subject, then each effort as bullet lines "Label: value":
# what the effort is about ("Insatsen går ut på"), the group mainly responsible ("Främst ansvarig"), the
# municipalities in the circle ("Kommuner i kretsen"), when it is planned ("Planerat under") and what was
# reported on 3 November ("Redovisat 3 november"). One group is a pair of municipalities, one a network
# with a name of several words.
PLAN_DOCX_AREAS = [
    ("Evenemang och nöjen", [[
        ("Insatsen går ut på", "Besiktning av stallar och hagar för cirkusarnas hästar och hundar, eftersom vilda "
                               "djur som elefanter och tigrar inte får visas på kommunal mark"),
        ("Främst ansvarig", "Cirkusdjurstallbesiktningsgruppen"),
        ("Kommuner i kretsen", "Halmstad, Falkenberg"),
        ("Planerat under", "Maj–augusti 2334"),
        ("Redovisat 3 november", "Klart, 19 besiktningar utan anmärkning")]]),
    ("Trygga gågator", [[
        ("Insatsen går ut på", "Flyttbara betongblock formade som sittbänkar, som ställs ut vid infarterna till "
                               "torgen under stora evenemang som marknader och konserter"),
        ("Främst ansvarig", "Nätverket för säkra evenemangsytor"),
        ("Kommuner i kretsen", "Varberg, Kungsbacka"),
        ("Planerat under", "Maj–december 2334"),
        ("Redovisat 3 november", "Pågår, 60 block gjutna")]]),
    ("Återbruk och handel", [[
        ("Insatsen går ut på", "Ett bokningsformulär på webben där säljarna bokar en ruta på loppisparkeringen "
                               "för 50 kronor"),
        ("Främst ansvarig", "Loppisrutebokningsadministratörerna"),
        ("Kommuner i kretsen", "Falkenberg, Varberg, Laholm, Ljungby, Älmhult"),
        ("Planerat under", "Från april 2334"),
        ("Redovisat 3 november", "Klart, 1 520 bokningar har tagits emot")]]),
    ("Boende", [[
        ("Insatsen går ut på", "Digital bokning av tvättstugan på en tavla vid entrén och i en app, där tvättiden "
                               "släpps till andra om ingen har börjat tvätta inom 30 minuter"),
        ("Främst ansvarig", "Hylte och Markaryd"),
        ("Kommuner i kretsen", "Hylte, Markaryd"),
        ("Planerat under", "Oktober 2334–mars 2335"),
        ("Redovisat 3 november", "Ej påbörjat, upphandlingen av bokningssystemet pågår")]]),
    ("Natur och trädgård", [[
        ("Insatsen går ut på", "Insamling av fallfrukt i parkerna och på skolgårdarna, där musten delas ut till "
                               "förskolornas mellanmål"),
        ("Främst ansvarig", "Parkfallfruktsinsamlarlaget"),
        ("Kommuner i kretsen", "Laholm, Ljungby"),
        ("Planerat under", "Augusti–oktober 2334"),
        ("Redovisat 3 november", "Klart, 4 200 liter must till 27 förskolor")]]),
    ("Trafiksäkerhet för barn", [[
        ("Insatsen går ut på", "Gula västar, stoppspadar och regnkläder till skolpatrullerna"),
        ("Främst ansvarig", "Patrullutrustningsförrådsförvaltarna"),
        ("Kommuner i kretsen", "Halmstad, Kungsbacka, Varberg"),
        ("Planerat under", "Augusti–september 2334"),
        ("Redovisat 3 november", "Klart, 510 elever har fått utrustning")]]),
    ("Fritid i parkerna", [[
        ("Insatsen går ut på", "Minigolftävlingar för pensionärsföreningarna på onsdagsförmiddagarna, med fri "
                               "entré för den som har fyllt 65 år"),
        ("Främst ansvarig", "Seniorminigolfturneringskommittén"),
        ("Kommuner i kretsen", "Varberg, Älmhult"),
        ("Planerat under", "Juni–augusti 2334"),
        ("Redovisat 3 november", "Klart, 12 tävlingar med 640 deltagare")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2334-11-12, kl. 9.00–12.10",
                  "Plats: Stadshuset i Falkenberg (fiktivt sammanträde)",
                  "Närvarande: Kontaktgruppen för vardagsmiljö och boendeservice, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Helena Strand (Laholm)",
                  "Sekreterare: Oskar Lindqvist (Hylte)")
MINUTES_ITEMS = [
    ("§ 41", "Cirkus- och tivoliplatserna",
     ["Cirkusplatsupplåtelsesamordnarna redovisade att cirkus- och tivolisällskap har ställt upp 31 gånger på "
      "de fem fasta platserna under säsongen. Tidigare stod tälten ofta på fotbollsplanerna, som fick sås om "
      "efteråt. Ett sällskap betalar 2 400 kronor per dygn för platsen, el och vatten. "
      "Cirkusdjurstallbesiktningsgruppen har gjort 19 besiktningar av stallar och hagar utan anmärkning.",
      "Kontaktgruppen beslutar att avgiften för platserna ska vara oförändrad 2335.",
      "Cirkusplatsupplåtelsesamordnarna får i uppdrag att ta fram en sjätte fast plats i Kungsbacka till "
      "säsongen 2335."]),
    ("§ 42", "Pollarna vid gågatorna",
     ["Gågatepollarinstallationsgruppen redovisade att 26 av 64 sänkbara pollare har monterats. En pollare i "
      "Varberg har skadats två gånger av bilar som har försökt köra in efter en leverans. En sänkbar pollare "
      "kostar 185 000 kronor färdigmonterad.",
      "Kontaktgruppen beslutar att räddningstjänsten ska få fjärrkontroller till alla pollare.",
      "Kontaktgruppen ger Nätverket för säkra evenemangsytor i uppdrag att ta fram en lista över vilka "
      "evenemang som ska ha betongblock vid infarterna, senast den 15 februari 2335."]),
    ("§ 43", "Bakluckeloppisen",
     ["Söndagsbakluckeloppisvärdarna redovisade att 1 460 bilar sålde saker på de 11 söndagarna och att "
      "loppisen hade omkring 23 000 besökare. Besökarnas bilar parkerades på gatorna runt parkeringarna, vilket "
      "ledde till klagomål från de boende. Loppisrutebokningsadministratörerna har tagit emot 1 520 bokningar.",
      "Kontaktgruppen beslutar att loppisen 2335 ska börja redan i maj.",
      "Loppisrutebokningsadministratörerna ansvarar för att bokningsformuläret öppnar den 1 mars 2335."]),
    ("§ 44", "Tvättstugorna i hyreshusen",
     ["Hyreshustvättstugemoderniseringsteamet redovisade att 48 av 130 tvättstugor har fått nya tvättmaskiner "
      "och torktumlare. Arbetet är försenat eftersom leverantören av maskinerna har haft leveransproblem. De nya "
      "maskinerna drar 40 procent mindre el än de gamla.",
      "Kontaktgruppen beslutar att hyresgästerna ska få ett brev om de nya maskinerna på svenska, arabiska och "
      "somaliska."]),
    ("§ 45", "Musterivagnen",
     ["Äppelmusterivagnsbemanningen redovisade att 38 ton äpplen har pressats vid 61 stopp i byarna. I Laholm "
      "fick invånarna vänta upp till två timmar på sin tur. Invånarna betalar 8 kronor per liter must för "
      "pressningen och påsarna.",
      "Kontaktgruppen beslutar att invånarna från 2335 ska boka tid för pressningen i förväg."]),
    ("§ 46", "Skolpatrullerna",
     ["Skolvägsövergångspatrullhandledarna redovisade att det nu finns skolpatruller vid 42 skolor, med "
      "sammanlagt 510 elever. Inga olyckor har inträffat vid de övergångsställen där patrullerna står.",
      "Kontaktgruppen beslutar att eleverna i skolpatrullerna ska bjudas på en utflykt i juni 2335 som tack för "
      "sin insats.",
      "Kontaktgruppen ger Skolvägsövergångspatrullhandledarna i uppdrag att starta patruller vid ytterligare "
      "tio skolor i Laholm och Hylte under våren 2335."]),
    ("§ 47", "Minigolfbanorna",
     ["Parkminigolfbanerenoveringsgänget redovisade att de fyra banorna, med 18 hål vardera, öppnade i juni. "
      "Under sommaren spelades 21 500 rundor. En runda kostar 40 kronor för vuxna och är gratis för barn under "
      "12 år.",
      "Kontaktgruppen beslutar att banorna ska hålla öppet till kl. 21 under juli."]),
    ("§ 48", "Övriga frågor och nästa sammanträde",
     ["Markaryd frågade om musterivagnen kan komma till kommunen redan i augusti. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 14 januari 2335 i Ljungby."]),
]
MINUTES_ADJUSTER = "Amira Haddad (Varberg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

När cirkusar och tivolin kommer till kommunerna har tälten ofta fått stå på fotbollsplanerna, som sedan har behövt sås om. På gågatorna och torgen går många människor, och det finns risk att bilar kör in bland fotgängarna. Många invånare vill sälja saker de inte längre behöver utan att ordna en egen loppis. Tvättmaskinerna i hyreshusens tvättstugor är gamla och drar mycket el. Varje höst ligger tonvis med äpplen och ruttnar i trädgårdarna. Yngre barn har svårt att ta sig över gatan vid skolorna när trafiken är tät på morgonen, och de gamla minigolfbanorna i stadsparkerna har varit slitna i många år.

## Syfte

Samarbetet ska ge invånarna fler trevliga saker att göra i parkerna och på torgen, göra gågatorna tryggare och göra det lätt att ge saker och frukt ett nytt liv. Hyresgästerna ska ha tvättstugor som fungerar och drar lite el, och barnen ska ha en säker väg till skolan.

## Mål till 2336

Alla 64 pollare ska vara monterade, och alla 130 tvättstugor ska ha nya maskiner. Det ska finnas skolpatruller vid minst 60 skolor. Musterivagnen ska besöka varje by minst en gång per höst, och det ska finnas minst 8 fasta platser för cirkus och tivoli.

## Organisation

Kontaktgruppen för vardagsmiljö och boendeservice leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Skolvägstrygghetsforumet ger råd om skolpatrullerna. Gågatepollarinstallationsgruppen samarbetar med räddningstjänsten om hur pollarna sänks vid larm, Hyreshustvättstugemoderniseringsteamet samarbetar med de kommunala bostadsbolagen, och Äppelmusterivagnsbemanningen köper påsarna till musten gemensamt för alla kommuner.

## Budget

Den gemensamma budgeten är 22,7 miljoner kronor för 2334–2336, varav 11,8 miljoner kronor går till pollarna vid gågatorna. Kommunerna betalar 7,15 kronor per invånare och år. Skolpatrullerna får dessutom 0,6 miljoner kronor från en trafiksäkerhetsfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2334 till den 31 december 2336. Kontaktgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2336.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ämne vilket arbete som planeras, vilken grupp som har ledningen, "
             "när arbetet infaller, vilka kommuner som tar del och lägesbilden den 30 oktober 2334.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för vardagsmiljö och boendeservice under 2334 "
              "och början av 2335, ordnade efter ämne. För varje insats anges vad den går ut på, vem som är "
              "främst ansvarig, vilka kommuner som ingår i kretsen, när den är planerad och vad som redovisades "
              "den 3 november 2334.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtionionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
