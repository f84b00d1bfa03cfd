"""Regenerate the fictional documents of the seventy-fourth held-out set in benchmarks/data/heldout74/docs/.

    .venv/bin/python scripts/make_heldout74.py [--out benchmarks/data/heldout74/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout74 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (public excavation weeks at a deserted medieval village, where pupils in
year 7 sieve the soil and volunteers wash and register the finds at a village library, a clone-archive orchard
of old Scanian apple varieties on municipal land, and grafting courses where residents take grafted trees home,
spettekaka (Scanian spit cake) baked in front of an open fire at a local heritage farm, with shows for visitors,
green-wood carving courses where participants carve butter knives and ladles from birch and lime felled by the
municipalities, and carving knives with cut-resistant gloves lent from the libraries, candle dipping in December
for preschool groups at a heritage farm, and the candles handed to the residents of nursing homes on St Lucy's
Day, a regional kubb championship in a park, and kubb sets lent from the libraries and youth centres, medieval
days at a castle ruin with a market, archery, jesters and jousting, and medieval workshops for pupils in year 5
with quill pens and oak-gall ink) are not covered by the other sets, and the group names are deliberately not on
any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout74" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-hantverksarv-traditioner-2349.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2349 för hantverksarv och traditioner (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-hantverksarv-folkliga-traditioner-2349.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för hantverksarv och folkliga traditioner 2349 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samverkansradet-hantverksarv-traditioner-2349-10-21.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samverkansrådet för hantverksarv och folkliga traditioner 2349-10-21 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-hantverksarv-folkliga-traditioner-2349.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för hantverksarv och folkliga traditioner 2349 (fiktiv)"

# Activity plan 2349 (PDF): the activity ("Verksamhet"), a description ("Beskrivning"), the responsible group
# ("Ansvarig") in a column only just wide enough for that heading, so the long group names break inside the
# word over several lines, the period ("Tidsperiod"), the municipalities ("Deltagande kommuner") and the state
# of things on 1 October ("Läge 1 oktober").
PLAN_PDF_COLUMNS = ("Verksamhet", "Beskrivning", "Ansvarig", "Tidsperiod", "Deltagande kommuner",
                    "Läge 1 oktober")
PLAN_PDF_WIDTHS = (28, 52, 20, 22, 27, 31)  # mm, 180 in all; 20 mm keeps "Ansvarig" whole
PLAN_PDF = [
    ("Utgrävning i ödebyn",
     "Arkeologer och frivilliga gräver under tre veckor i ödebyn Östra Torpa utanför Genarp, en by som "
     "övergavs på 1500-talet. Grävplatsen är öppen för allmänheten varje eftermiddag kl. 13–15",
     "Ödebyutgrävningsledarkretsen", "Juni 2349", "Lund, Staffanstorp, Svedala",
     "Klart, 2 140 fynd registrerade"),
    ("Sortarkiv för äpplen",
     "På kommunal mark i Kronoängen i Staffanstorp planteras ett sortarkiv med gamla skånska äppelsorter, två "
     "träd av varje sort, så att ympris kan klippas där varje vinter",
     "Äppelsortarkivsskötselgruppen", "Mars–april 2349", "Staffanstorp, Lomma, Burlöv, Kävlinge",
     "Klart, 64 sorter planterade"),
    ("Spettekaka vid öppen eld",
     "Visningsbakning av spettekaka framför öppen eld på Backagårdens hembygdsgård i Blentarp, där besökarna "
     "ser hur smeten av ägg, socker och potatismjöl ringlas på det roterande spettet",
     "Spettekaksbakningsdemonstrationslaget", "Maj–oktober 2349", "Sjöbo, Skurup, Trelleborg",
     "Pågår, 14 av 18 visningar hållna"),
    ("Täljning i färskt virke",
     "Kvällskurser där deltagarna täljer smörknivar och slevar av färsk björk och lind från kommunernas "
     "trädfällningar. Kurserna hålls i Ängagårdens slöjdhus i Svedala",
     "Skedtäljningskursledarrådet", "Sept.–nov. 2349", "Svedala, Vellinge, Trelleborg",
     "Pågår, 9 kurser med 108 deltagare"),
    ("Ljusstöpning inför julen",
     "Förskolegrupper stöper ljus av stearin och bivax i stora grytor på Kulturgården Stenbacka i Kävlinge "
     "under de två första veckorna i december",
     "Julljusstöpningsarrangörskommittén", "December 2349", "Kävlinge, Lomma, Eslöv",
     "Planeras, 76 förskolegrupper anmälda"),
    ("Mästerskap i kubb",
     "Ett regionalt mästerskap i kubb på gräsmattorna i Lilla Ekevallens park i Lomma, med lag om sex spelare "
     "från föreningar, skolor och arbetsplatser",
     "Kubbmästerskapsarrangemangsgruppen", "Augusti 2349", "Lomma, Malmö, Burlöv, Staffanstorp",
     "Klart, 212 lag och 1 272 spelare"),
    ("Medeltidsdagar vid borgruinen",
     "Två medeltidsdagar vid borgruinen vid Hjälmsjö i Hörby, med marknad, bågskytte, gycklare och riddarspel "
     "till häst",
     "Medeltidsmarknadssamordningsgruppen", "Juni 2349", "Hörby, Höör, Eslöv",
     "Klart, 9 600 besökare"),
]

# Activity plan (Word): each activity as a heading, then one paragraph per field with the label in bold and a
# dash: what is done ("Vad vi gör"), how ("Genomförande"), the coordinating group ("Samordnande grupp"), the
# municipalities ("Kommuner"), the time frame ("Tidsram") and the follow-up on 20 September ("Uppföljning 20
# september"). One group has a name of several words.
LABELS = ("Vad vi gör", "Genomförande", "Samordnande grupp", "Kommuner", "Tidsram", "Uppföljning 20 september")
PLAN_DOCX_ACTIVITIES = [
    ("Sållning med skolklasser",
     ("Skolklasser sållar jorden från utgrävningen i ödebyn",
      "Elever i årskurs 7 sållar jorden från grävningen i Östra Torpa genom såll med fyra millimeters maskor och "
      "lägger allt de hittar i fyndpåsar märkta med rutans nummer",
      "Skolsållningskontaktgruppen", "Lund, Staffanstorp, Svedala", "Juni 2349",
      "Klart, 23 klasser har sållat")),
    ("Fyndtvätt på biblioteket",
     ("Fynden från ödebyn tvättas och registreras",
      "Frivilliga tvättar keramikskärvor och djurben från utgrävningen med tandborstar i Genarps bibliotek, "
      "torkar dem på nät och för in varje fynd i en gemensam fynddatabas",
      "Fyndregistreringsvolontärlaget", "Lund, Staffanstorp, Svedala", "Juni–augusti 2349",
      "Klart, 41 frivilliga har deltagit")),
    ("Ympning av gamla äppelsorter",
     ("Kurser i ympning för invånare",
      "Deltagarna lär sig skarvympa gamla skånska äppelsorter på grundstammar. Ympriset klipps i sortarkivet i "
      "februari, och varje deltagare får ta med sig två ympade träd hem",
      "Ympningskurshandledarnätverket", "Staffanstorp, Lomma, Burlöv, Kävlinge", "Februari–april 2349",
      "Klart, 17 kurser och 390 ympade träd")),
    ("Täljknivar att låna",
     ("Utlåning av täljknivar på biblioteken",
      "Biblioteken lånar ut paket med täljkniv, skärskyddshandske och en handbok i täljning i tre veckor åt "
      "gången. Slöjdlärarna slipar knivarna under varje skollov",
      "Arbetsgruppen för utlåning av täljknivar på biblioteken", "Svedala, Vellinge, Trelleborg",
      "Hela året 2349", "Pågår, 45 knivpaket i utlåning")),
    ("Ljus till äldreboendena",
     ("Ljusen från förskolornas stöpning delas ut till äldre",
      "Ljusen som förskolebarnen har stöpt delas ut till de boende på kommunernas äldreboenden på luciadagen, "
      "tillsammans med en hälsning som barnen har ritat",
      "Äldreboendeljusutdelningsgruppen", "Kävlinge, Lomma, Eslöv", "December 2349",
      "Planeras, 31 äldreboenden har tackat ja")),
    ("Kubbset till utlåning",
     ("Kubbspel att låna",
      "Kubbset av ek lånas ut gratis från biblioteken och fritidsgårdarna i en vecka i taget, och varje skola "
      "får ett eget set till rasterna",
      "Kubbsetutlåningsrådet", "Lomma, Malmö, Burlöv, Staffanstorp", "Maj–september 2349",
      "Klart, 1 830 utlån under sommaren")),
    ("Medeltida verkstäder",
     ("Verkstäder om medeltiden för årskurs 5",
      "Dagen före medeltidsdagarna skriver eleverna med gåspenna och bläck av galläpplen, provar ringbrynjor och "
      "får lära sig hur man levde på borgen",
      "Medeltidsverkstadspedagoggruppen", "Hörby, Höör, Eslöv", "Juni 2349", "Klart, 38 klasser deltog")),
]

MINUTES_HEADER = ("Datum och tid: den 21 oktober 2349, kl. 13.00–16.15",
                  "Lokal: Tingssalen i gamla rådhuset i Hörby (fiktivt sammanträde)",
                  "Deltagare: Samverkansrådet för hantverksarv och folkliga traditioner, med representanter för "
                  "elva av de fjorton medlemskommunerna",
                  "Mötesordförande: Anders Håkansson (Staffanstorp)",
                  "Sekreterare: Maria Svensson (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Utgrävningen i Östra Torpa",
     ["Ödebyutgrävningsledarkretsen redovisade att 2 140 fynd har registrerats, bland dem ett silvermynt präglat "
      "under Erik av Pommern och resterna av en kyrkogårdsmur. En natt i juni grävde okända personer olovligt i "
      "ett av schakten.",
      "Rådet beslutar att schakten ska täckas med presenning och omges av stängsel varje kväll, att "
      "metalldetektorer inte får användas inom grävområdet och att fynden ska förvaras i Genarps bibliotek tills "
      "länsstyrelsen har beslutat var de ska hamna.",
      "Rådet ger Ödebyutgrävningsledarkretsen i uppdrag att ställa i ordning en utställning om ödebyn i Genarps "
      "bibliotek senast den 15 december 2349."]),
    ("§ 2", "Sortarkivet och ympningskurserna",
     ["Äppelsortarkivsskötselgruppen redovisade att 64 sorter har planterats i Kronoängen. Under våren gnagde "
      "harar bort barken på elva av de unga träden.",
      "Rådet beslutar att varje träd i sortarkivet ska ha ett stamskydd av metallnät och att ympris bara får "
      "lämnas ut till kurser och skolor, inte säljas.",
      "Ympningskurshandledarnätverket får i uppdrag att skriva en sortlista med en kort beskrivning av varje sort "
      "till kursdeltagarna."]),
    ("§ 3", "Spettekaksbakningen",
     ["Spettekaksbakningsdemonstrationslaget redovisade att 14 av 18 visningar har hållits. Vid en visning i juli "
      "föll en halvfärdig kaka av spettet, och gnistor från elden brände hål i en besökares jacka.",
      "Rådet beslutar att publiken ska hålla två meters avstånd från elden bakom ett rep och att spettekaka från "
      "visningarna ska säljas för 40 kronor biten.",
      "Rådet ger Spettekaksbakningsdemonstrationslaget i uppdrag att låta tillverka ett andra spett i rostfritt "
      "stål före nästa säsong."]),
    ("§ 4", "Täljkurserna",
     ["Skedtäljningskursledarrådet redovisade att 9 kurser har hållits med 108 deltagare. Två deltagare skar sig "
      "i tummen och fick sy såret på vårdcentralen.",
      "Rådet beslutar att alla deltagare ska bära skärskyddshandske på den hand som håller i virket, att det ska "
      "finnas en förbandslåda i varje kurslokal och att barn från 12 år får gå kurserna i sällskap med en vuxen.",
      "Arbetsgruppen för utlåning av täljknivar på biblioteken får i uppdrag att byta ut de knivar som saknar "
      "slida."]),
    ("§ 5", "Ljusstöpningen i december",
     ["Julljusstöpningsarrangörskommittén redovisade att 76 förskolegrupper har anmält sig. Räddningstjänsten "
      "har påpekat att stearin som hettas upp för mycket kan fatta eld.",
      "Rådet beslutar att grytorna ska värmas i vattenbad, att stearinet inte får bli varmare än 80 grader och "
      "att en brandfilt ska finnas vid varje gryta. Bivaxet ska köpas av biodlare i medlemskommunerna.",
      "Äldreboendeljusutdelningsgruppen får i uppdrag att se till att ljusen på äldreboendena bara tänds när "
      "personal finns i rummet."]),
    ("§ 6", "Kubbmästerskapet",
     ["Kubbmästerskapsarrangemangsgruppen redovisade att 212 lag med 1 272 spelare deltog och att mästerskapet "
      "vanns av Pinnbrytarna från Arlöv. En åskådare träffades av en kastpinne på smalbenet.",
      "Rådet beslutar att mästerskapet även i fortsättningen ska spelas andra lördagen i augusti, att "
      "anmälningsavgiften ska vara 300 kronor per lag och att åskådarna ska stå bakom avspärrningar vid "
      "planernas kortsidor.",
      "Kubbsetutlåningsrådet får i uppdrag att märka alla kubbset som lånas ut med bibliotekens streckkoder."]),
    ("§ 7", "Medeltidsdagarna vid Hjälmsjö",
     ["Medeltidsmarknadssamordningsgruppen redovisade att 9 600 besökare kom till borgruinen. Under riddarspelen "
      "skenade en häst mot publiken, och barn som klättrade på ruinen fick flera stenar i muren att lossna.",
      "Rådet beslutar att riddarspelen ska hållas bakom dubbla rep minst 20 meter från publiken och att det ska "
      "vara förbjudet att klättra på ruinens murar.",
      "Medeltidsverkstadspedagoggruppen får i uppdrag att ta fram en lärarhandledning om livet på borgen för "
      "årskurs 5."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Höör föreslog att rådet ska ordna en gemensam hantverksmässa. Frågan bordläggs till nästa sammanträde.",
      "Nästa sammanträde hålls den 2 december 2349 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Ingrid Nyman (Staffanstorp)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv. Mål, belopp, platser, föreningar och namn är påhittade.

## Utgångsläge

I MalmöLundregionens byar och små tätorter finns ett rikt hantverksarv och många folkliga traditioner, men kunskapen bärs ofta av ett fåtal äldre eldsjälar. Gamla skånska äppelsorter försvinner när trädgårdar styckas av, få kan längre baka spettekaka på spett, och den övergivna medeltidsbyn Östra Torpa har aldrig undersökts. Samtidigt visar besökssiffrorna att intresset är stort, både bland barnfamiljer och bland pensionärer.

## Inriktning

Kommunerna vill göra kulturarvet till något som invånarna själva får pröva med händerna. Barn och unga ska möta hantverket genom skolan och förskolan, och vuxna ska kunna gå kurser nära hemmet. Arbetet sker tillsammans med hembygdsföreningar, biodlare, slöjdare och museer. Säkerheten prioriteras vid allt arbete med öppen eld, vassa verktyg och hästar.

## Mål för 2349

Under året ska utgrävningen i ödebyn ge minst 2 500 registrerade fynd, och sortarkivet ska på sikt rymma minst 80 sorter. Minst 500 ympade äppelträd ska planteras i invånarnas trädgårdar. Medeltidsdagarna ska locka minst 12 000 besökare, och alla förskolor i de deltagande kommunerna ska erbjudas ljusstöpning.

## Roller och ansvar

Samverkansrådet för hantverksarv och folkliga traditioner leder arbetet och rapporterar till kommundirektörerna i april och oktober. Fornlämningstillståndsgranskningsgruppen kontrollerar att det finns tillstånd från länsstyrelsen innan någon gräver i en fornlämning. Ödebyutgrävningsledarkretsen samarbetar med Genarps hembygdsförening, och Äppelsortarkivsskötselgruppen får råd av Pomologiska sällskapet i Sydskåne. Spettekaksbakningsdemonstrationslaget lånar sitt spett av Spettekaksgillet i Blentarp.

## Budget och finansiering

Budgeten för 2349 är 3,6 miljoner kronor, varav 640 000 kronor går till utgrävningen i Östra Torpa. Varje medlemskommun bidrar med 0,95 kronor per invånare. Intäkterna från försäljningen av spettekaka går till Backagårdens hembygdsgård.

## Uppföljning och utvärdering

Verksamhetsplanen gäller kalenderåret 2349. Rådet gör en halvårsuppföljning i juni, och hela verksamheten utvärderas vid rådets sammanträde i december 2349.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen beskriver för varje verksamhet vad som ska göras, vilken grupp som är ansvarig, "
             "tidsperioden, vilka kommuner som deltar och läget den 1 oktober 2349.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Här redovisas de gemensamma aktiviteterna för hantverksarv och folkliga traditioner under 2349. "
              "Under varje aktivitet anges vad som görs, hur det genomförs, vilken grupp som samordnar, vilka "
              "kommuner som är med, tidsramen och läget vid uppföljningen den 20 september 2349.",
              LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=True, label_end=" – "))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttiofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
