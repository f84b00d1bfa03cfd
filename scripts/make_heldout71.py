"""Regenerate the fictional documents of the seventy-first held-out set in benchmarks/data/heldout71/docs/.

    .venv/bin/python scripts/make_heldout71.py [--out benchmarks/data/heldout71/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout71 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (guided amber walks on the beaches after the autumn and winter storms,
searching the seaweed with UV lamps and learning to tell amber from white phosphorus, and amber-polishing
workshops at the youth centres, Ardennes draught horses that empty the litter bins in the town parks with a
horse-drawn cart and haul timber out of the municipal woods, and rides in a horse-drawn wagon with a wheelchair
ramp for residents of nursing homes, weekend courses for owners of half-timbered houses in lime-washing the
façades and mending the clay panels, and a building-conservation trailer with lime mortar, clay and tools lent
to owners of old houses, the old bandstands in the town parks restored for Sunday wind-band concerts, and a
beginners' wind band for adults over 55 who have never played, school days for pupils in year 4 in a
reconstructed Iron Age village, and volunteers building a longhouse and smelting iron from bog ore in a clay
furnace, living willow huts and willow tunnels planted on preschool yards, and evening courses in weaving
baskets from willow rods, a ploughing match for vintage tractors on a municipal field, and a threshing day
where school classes watch an old threshing machine at work) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout71" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2346.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2346 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-hembygd-hantverk-landsbygdsliv-2346.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för hembygd, hantverk och landsbygdsliv 2346 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-hembygd-hantverk-landsbygdsliv-2346-11-05.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samrådsgruppen för hembygd, hantverk och landsbygdsliv 2346-11-05 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-hembygd-hantverk-landsbygdsliv-2346.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för hembygd, hantverk och landsbygdsliv 2346 (fiktiv)"

# Activity plan 2346 (PDF): the field of work ("Arbetsområde"), the content ("Innehåll"), the responsible group
# ("Ansvar") in a column only a little wider than that short heading, so the long group names break inside
# the word over several lines, the time frame ("Tidsram"), the municipalities taking part ("Deltagande
# kommuner") and the status on 1 October ("Status 1 oktober").
PLAN_PDF_COLUMNS = ("Arbetsområde", "Innehåll", "Ansvar", "Tidsram", "Deltagande kommuner", "Status 1 oktober")
PLAN_PDF_WIDTHS = (29, 54, 15, 27, 27, 28)  # mm, 180 in all; 15 mm keeps "Ansvar" whole
PLAN_PDF = [
    ("Strandfynd och geologi",
     "Guidade bärnstensvandringar längs stränderna dagen efter höst- och vinterstormarna, där deltagarna letar "
     "i tångvallarna med UV-lampor och lär sig skilja bärnsten från sten, glas och plast",
     "Bärnstensvandringsledarnätverket", "Januari–mars och oktober–december 2346",
     "Vellinge, Trelleborg, Skurup", "Pågår, 6 vandringar med 480 deltagare"),
    ("Hästkraft i parkerna",
     "Två ardennerhästar tömmer papperskorgarna i stadsparkerna med en hästdragen vagn och kör ut virke ur de "
     "kommunala skogsdungarna utan att marken packas och skadas", "Arbetshästparkskötselgruppen",
     "April–november 2346", "Lund, Eslöv, Höör", "Pågår, 3 200 papperskorgar tömda"),
    ("Byggnadsvård",
     "Helgkurser för ägare av korsvirkeshus i att kalka fasaderna med kalkfärg och laga lerfacken med lerbruk, "
     "ledda av en byggnadsantikvarie", "Korsvirkeskalkningskursgruppen", "Maj–september 2346",
     "Sjöbo, Hörby, Skurup, Svedala", "Klart, 11 kurshelger med 236 husägare"),
    ("Musik i parken",
     "De gamla musikpaviljongerna i stadsparkerna rustas upp och används för konserter med blåsorkestrar "
     "varannan söndagseftermiddag under sommaren", "Musikpaviljongskonsertsamordningsgruppen",
     "Mars–augusti 2346", "Malmö, Lund, Trelleborg, Eslöv", "Klart, 4 paviljonger upprustade och 22 konserter"),
    ("Forntid för skolan",
     "Elever i årskurs 4 tillbringar en hel skoldag i den rekonstruerade järnåldersbyn i Hulteby, där de malar "
     "säd på en handkvarn, bakar flatbröd över öppen eld och väver band", "Järnåldersbyskoldagsgruppen",
     "Augusti–december 2346", "Staffanstorp, Lomma, Kävlinge, Burlöv, Lund",
     "Pågår, 31 av 58 klasser har besökt byn"),
    ("Gröna förskolegårdar",
     "Levande pilkojor och piltunnlar planteras av nyskurna pilspön på förskolegårdarna, och barnen hjälper "
     "till att fläta ihop spöna och vattna dem", "Pilkojeplanteringsnätverket", "Februari–april 2346",
     "Vellinge, Svedala, Staffanstorp, Burlöv", "Klart, 42 kojor och 9 tunnlar planterade"),
    ("Jordbrukets kulturarv",
     "En plöjningstävling för veterantraktorer tillverkade före 1960 på den kommunala åkern vid Gräsmossens "
     "gård, där förarna tävlar om att plöja den rakaste och jämnaste fåran",
     "Veterantraktorplöjningstävlingsgruppen", "September 2346", "Sjöbo, Hörby, Höör",
     "Klart, 37 traktorer tävlade den 12 september"),
]

# Activity plan (Word) as one table: the activity ("Aktivitet"), how it is carried out ("Utförande"), the
# coordinating group ("Samordnas av"), the municipalities ("Medverkande kommuner"), the period ("Period") and
# the check-in of 30 September ("Avstämning 30 september"). One group is a pair of municipalities, one a
# reference group with a name of several words.
PLAN_DOCX_COLUMNS = ("Aktivitet", "Utförande", "Samordnas av", "Medverkande kommuner", "Period",
                     "Avstämning 30 september")
PLAN_DOCX_ACTIVITIES = [
    ("Slipa din egen bärnsten",
     "Verkstadskvällar på fritidsgårdarna där ungdomar slipar och polerar bärnsten som de själva har hittat och "
     "gör smycken av den, med en guldsmed som handledare", "Bärnstensslipverkstadsteamet", "Vellinge, Trelleborg",
     "Oktober–december 2346", "Pågår, 4 av 10 kvällar hållna"),
    ("Hästskjuts för de äldre",
     "Boende på vård- och omsorgsboendena åker med på turer genom parker och alléer i en ombyggd hästvagn med "
     "ramp för rullstol, dragen av arbetshästarna",
     "Referensgruppen för hästskjutsar vid vård- och omsorgsboendena", "Lund, Eslöv", "Maj–september 2346",
     "Klart, 146 turer med 870 åkande"),
    ("Byggnadsvårdsvagnen",
     "En släpvagn med kalkbruk, lera, hackad halm, murslevar, stegar och en rullställning lånas ut gratis två "
     "veckor i taget till ägare av äldre hus", "Byggnadsvårdsvagnsutlåningsgruppen",
     "Sjöbo, Hörby, Skurup, Svedala", "April–oktober 2346", "Klart, vagnen utlånad 29 gånger"),
    ("Blåsorkester för nybörjare",
     "En nybörjarorkester för vuxna över 55 år som aldrig har spelat ett blåsinstrument, med instrument som "
     "lånas från kulturskolan och övning en kväll i veckan", "Eslöv och Hörby", "Eslöv, Hörby",
     "Januari–december 2346", "Pågår, 38 musikanter i orkestern"),
    ("Långhuset i Hulteby",
     "Frivilliga bygger ett 24 meter långt långhus med väggar av flätat vide med lerklining och tak av vass, och "
     "en helg i september framställs järn ur myrmalm i en lerugn", "Långhusrekonstruktionsnätverket",
     "Staffanstorp, Lomma, Kävlinge, Burlöv, Lund", "Mars–november 2346", "Pågår, stommen och väggarna är klara"),
    ("Flätkurser i pil",
     "Kvällskurser i korgflätning med pilspön från kommunernas egna pilodlingar, där deltagarna flätar en "
     "potatiskorg eller ett fågelbo", "Pilflätningskursledargruppen", "Vellinge, Svedala, Staffanstorp, Burlöv",
     "Januari–mars 2346", "Klart, 19 kurser och 204 korgar"),
    ("Tröskdag på Gräsmossens gård",
     "Skolklasser ser ett tröskverk från 1938 drivas med drivrem från en veterantraktor, binder kärvar för hand "
     "och maler mjöl på en stenkvarn", "Tröskverksvisningsgruppen", "Sjöbo, Hörby, Höör", "Augusti 2346",
     "Klart, 27 klasser och 640 elever"),
]

MINUTES_HEADER = ("Datum och tid: 2346-11-05, kl. 09.00–12.15",
                  "Plats: Magasinet på Gräsmossens gård, Sjöbo (fiktivt möte)",
                  "Närvarande: Samrådsgruppen för hembygd, hantverk och landsbygdsliv, med företrädare för tio "
                  "av de fjorton medlemskommunerna",
                  "Mötesordförande: Karin Lindqvist (Sjöbo)",
                  "Protokollförare: Johan Ekberg (Hörby)")
MINUTES_ITEMS = [
    ("§ 1", "Bärnstensvandringarna",
     ["Bärnstensvandringsledarnätverket rapporterade att sex vandringar har hållits med sammanlagt 480 "
      "deltagare. Efter stormen den 3 februari hittade en deltagare vid Flintrännans strand en bärnsten som "
      "vägde 212 gram, den största som har hittats under vandringarna. Flera deltagare har förväxlat klumpar av "
      "vit fosfor med bärnsten, och en person fick brännskador på handen när fosforn torkade i fickan.",
      "Samrådsgruppen beslutar att varje vandring ska inledas med en genomgång av hur vit fosfor ser ut och att "
      "alla fynd ska bäras hem i en plåtburk, aldrig i fickan.",
      "Samrådsgruppen ger Bärnstensslipverkstadsteamet i uppdrag att visa upp den stora bärnstenen på "
      "fritidsgården i Trelleborg under jullovet."]),
    ("§ 2", "Arbetshästarna i parkerna",
     ["Arbetshästparkskötselgruppen rapporterade att de två ardennerhästarna Bamse och Stella har tömt 3 200 "
      "papperskorgar sedan april och kört ut 140 kubikmeter virke ur skogsdungarna. I augusti skrämdes Stella "
      "av en smällare i stadsparken i Lund och drog vagnen upp på en gräsmatta, men ingen kom till skada.",
      "Samrådsgruppen beslutar att hästarna inte ska arbeta i parkerna under veckan före nyår och att de ska ha "
      "vila minst två dagar i veckan.",
      "Referensgruppen för hästskjutsar vid vård- och omsorgsboendena får i uppdrag att ta fram en vinterplan "
      "för turerna, med filtar och en vagn med tak."]),
    ("§ 3", "Korsvirkeskurserna och byggnadsvårdsvagnen",
     ["Korsvirkeskalkningskursgruppen rapporterade att 236 husägare har gått någon av de 11 kurshelgerna. "
      "Kursledaren har sett att många hus tidigare har målats med plastfärg på lerfacken, vilket har stängt "
      "inne fukten och gett ruttna syllar. Byggnadsvårdsvagnen har varit utlånad 29 gånger och har haft kö "
      "under hela sommaren.",
      "Samrådsgruppen beslutar att kursavgiften ska vara 400 kronor per helg och att varje deltagare ska få "
      "med sig fem liter kalkfärg hem.",
      "Byggnadsvårdsvagnsutlåningsgruppen får i uppdrag att ta fram en kostnadsberäkning för en andra "
      "byggnadsvårdsvagn senast den 15 december 2346."]),
    ("§ 4", "Musikpaviljongerna och nybörjarorkestern",
     ["Musikpaviljongskonsertsamordningsgruppen rapporterade att fyra paviljonger är upprustade och att 22 "
      "konserter har hållits inför omkring 9 400 åhörare. Konserten i Lindåsparken i Trelleborg den 14 juni "
      "ställdes in på grund av åska, och paviljongen i Eslöv saknar fortfarande el.",
      "Samrådsgruppen beslutar att konserterna nästa sommar ska börja klockan 15.00 i stället för klockan 14.00 "
      "och att körer och spelmanslag får låna paviljongerna gratis på vardagskvällar.",
      "Samrådsgruppen ger Eslöv och Hörby i uppdrag att låta nybörjarorkestern spela två stycken på "
      "säsongsavslutningen i paviljongen i Eslöv."]),
    ("§ 5", "Järnåldersbyn i Hulteby",
     ["Järnåldersbyskoldagsgruppen rapporterade att 31 av 58 klasser har besökt byn och att många lärare vill "
      "ha material att förbereda eleverna med. Långhusrekonstruktionsnätverket meddelade att järnframställningen "
      "i lerugnen den 19 september gav en järnklump som vägde 3,6 kilo.",
      "Samrådsgruppen beslutar att varje besök får omfatta högst 28 elever och tre vuxna och att kostnaden för "
      "bussresorna delas lika mellan de deltagande kommunerna.",
      "Samrådsgruppen ger Järnåldersbyskoldagsgruppen i uppdrag att ta fram ett lektionsmaterial för lärarna "
      "senast den 20 december 2346."]),
    ("§ 6", "Pilkojorna på förskolegårdarna",
     ["Pilkojeplanteringsnätverket rapporterade att 35 av kojorna har slagit rot och börjat grönska. På "
      "förskolan Humlan i Svedala har rådjur ätit upp skotten på tre kojor.",
      "Samrådsgruppen beslutar att kojorna ska beskäras varje år i februari, innan saven stiger, och att de "
      "avklippta spöna ska gå till flätkurserna.",
      "Pilflätningskursledargruppen får i uppdrag att hålla en kurs för förskolepersonalen i hur kojorna sköts "
      "och flätas om."]),
    ("§ 7", "Plöjningstävlingen och tröskdagen",
     ["Veterantraktorplöjningstävlingsgruppen rapporterade att 37 traktorer tävlade den 12 september och att "
      "tävlingen vanns av en Fordson från 1947 med 94 poäng av 100 möjliga. Tröskverksvisningsgruppen "
      "rapporterade att 640 elever har sett tröskverket i arbete. Under en visning lossnade drivremmen, och "
      "eleverna fick flytta sig bakom avspärrningen.",
      "Samrådsgruppen beslutar att eleverna ska stå minst 10 meter från tröskverket när det är igång.",
      "Samrådsgruppen ger Veterantraktorplöjningstävlingsgruppen i uppdrag att undersöka om tävlingen kan få "
      "en klass för hästdragna plogar."]),
    ("§ 8", "Övriga frågor och nästa möte",
     ["Skurup föreslog en gemensam hembygdsdag med öppna gårdar i alla medlemskommuner. Frågan bordläggs till "
      "nästa möte.",
      "Nästa möte hålls den 10 december 2346 i Hörby."]),
]
MINUTES_ADJUSTER = "Sara Nilsson (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Verksamhetsplanen är fiktiv, och alla mål, belopp, platser och namn i den är påhittade.

## Bakgrund

Landsbygden i regionen bär på kunskaper som håller på att glömmas bort. Allt färre kan kalka ett korsvirkeshus, fläta en korg eller köra en häst, och de gamla musikpaviljongerna i stadsparkerna har länge stått tomma. Längs kusten spolas bärnsten upp efter varje storm utan att många vet hur man hittar den, och skolorna efterfrågar sätt att göra forntiden och jordbrukets historia begripliga för eleverna. Samarbetet ska ta vara på de hantverk och traditioner som finns kvar och göra dem tillgängliga för invånare i alla åldrar.

## Vad vi vill uppnå

Invånarna ska kunna lära sig ett hantverk, uppleva en tradition eller ta del av kulturarvet nära hemmet och till en låg kostnad. Verksamheten ska genomföras tillsammans med hembygdsföreningar, musikkårer och andra föreningar, och kunskapen ska föras vidare från de äldre till barn och unga.

## Prioriteringar under 2346

Under 2346 ska samtliga 58 klasser i årskurs 4 i de deltagande kommunerna besöka järnåldersbyn, och långhuset i Hulteby ska ha tak före vintern. Minst 300 ägare av korsvirkeshus ska ha gått en kurs i kalkning. Konserterna i musikpaviljongerna ska nå minst 10 000 åhörare, och nybörjarorkestern ska ha minst 40 musikanter.

## Ansvarsfördelning och samarbetspartner

Samrådsgruppen för hembygd, hantverk och landsbygdsliv leder samarbetet och rapporterar två gånger om året till kommundirektörerna. Arbetshästvälfärdsrådet går igenom hästarnas hovar, seldon, foder och arbetstider en gång i månaden och kan stoppa arbetet om en häst inte mår bra. Arbetshästparkskötselgruppen anlitar kuskar från föreningen Kallblodsgillet i Sydvästra Skåne, och Järnåldersbyskoldagsgruppen samarbetar med Föreningen Hultebys forntid, vars medlemmar klär sig i järnålderskläder och leder skoldagarna. Musikpaviljongskonsertsamordningsgruppen bokar orkestrarna genom Skånes blåsmusikförbund.

## Ekonomi

Den samlade budgeten för 2346 är 5,2 miljoner kronor, varav 950 000 kronor går till arbetshästarna och hästskjutsarna. Varje medlemskommun bidrar med 1,40 kronor per invånare. Plöjningstävlingen ska bära sina egna kostnader genom en startavgift på 300 kronor per traktor.

## Uppföljning

Verksamhetsplanen gäller för kalenderåret 2346. Samrådsgruppen lämnar en delårsrapport i augusti, och planen utvärderas vid samrådsgruppens möte i december 2346.
"""


def grid_docx(path: Path, title: str, intro: str, columns: Sequence[str], activities: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then one table with a header row and a row per activity
    ((value, …), …; the values in the order of columns)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, columns, strict=True):
        cell.text = heading
        for text_run in cell.paragraphs[0].runs:
            text_run.bold = True
    for values in activities:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen redovisar för varje arbetsområde vad som ska göras, vilken grupp som har ansvaret, "
             "tidsramen, vilka kommuner som deltar och statusen den 1 oktober 2346.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen omfattar sju gemensamma aktiviteter för hembygd, hantverk och landsbygdsliv under "
              "2346. Tabellen visar för varje aktivitet hur den utförs, vilken grupp som samordnar den, vilka "
              "kommuner som medverkar, perioden och läget vid avstämningen den 30 september 2346.",
              PLAN_DOCX_COLUMNS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=grid_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttioförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
