"""Regenerate the fictional documents of the sixty-eighth held-out set in benchmarks/data/heldout68/docs/.

    .venv/bin/python scripts/make_heldout68.py [--out benchmarks/data/heldout68/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout68 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (wooden rowing boats hired out on park ponds and castle moats in summer,
with a boat host on the jetty, and the boats stored, scraped and oiled in a boat shed over the winter, old
stone labyrinths ("trojaborgar") on the coastal meadows restored and new cobblestone labyrinths laid in the
town parks, with guided labyrinth walks at sunset, a dog swimming day in the outdoor pools on the last day of
the bathing season before the pools are emptied, and the pools cleaned and the filters changed afterwards,
poems by local poets printed on the glass of the bus shelters after a poetry competition, and writing
workshops for pupils in year 8, older residents recorded telling memories in their own Scanian dialect for a
shared sound archive, and listening stations at the main libraries, school days as a hundred years ago in the
preserved village schoolhouses for pupils in year 3, with slates and ink pens, and a handbook for the teachers
who lead them, a model flying field on a capped landfill with fixed flying hours, and evening courses at the
youth centres where young people build a balsa-wood glider) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout68" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2343.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2343 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-parkliv-kulturarv-2343.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för parkliv och lokalt kulturarv 2343 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsradet-parkliv-kulturarv-2343-10-27.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samordningsrådet för parkliv och lokalt kulturarv 2343-10-27 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-parkliv-kulturarv-2343.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för parkliv och lokalt kulturarv 2343 (fiktiv)"

# Activity plan 2343 (PDF): the theme ("Tema") first, then a description of the activity ("Beskrivning av
# aktiviteten"), the group in charge ("Ansvar") in a column barely wider than that short heading, so the long
# group names break inside the word over several lines, the time period ("Tidsperiod"), the municipalities
# taking part ("Deltagande kommuner") and the situation on 31 August ("Läget 31 augusti").
PLAN_PDF_COLUMNS = ("Tema", "Beskrivning av aktiviteten", "Ansvar", "Tidsperiod", "Deltagande kommuner",
                    "Läget 31 augusti")
PLAN_PDF_WIDTHS = (25, 56, 18, 27, 27, 27)  # mm, 180 in all; 18 mm keeps "Ansvar" in one piece
PLAN_PDF = [
    ("Vatten i parkerna",
     "Uthyrning av roddbåtar av trä på parkdammarna och slottsvallgravarna under sommarhalvåret, med en "
     "båtvärd på bryggan och flytvästar som ingår i hyran", "Vallgravsroddbåtsuthyrningsgruppen",
     "Maj–september 2343", "Malmö, Lund, Trelleborg, Svedala", "Pågår, 22 båtar och 4 870 uthyrningar"),
    ("Fornminnen i landskapet",
     "Restaurering av de gamla stenlabyrinterna, så kallade trojaborgar, på strandängarna längs kusten och "
     "anläggning av nya labyrinter av kullersten i stadsparkerna", "Stenlabyrintrestaureringsnätverket",
     "April–oktober 2343", "Vellinge, Trelleborg, Skurup, Lomma", "Pågår, 5 av 7 trojaborgar restaurerade"),
    ("Djur och friluftsbad",
     "En hundbadsdag i utomhusbaden på badsäsongens sista dag, innan bassängerna töms, då hundar får simma "
     "fritt i bassängerna under tre timmar", "Hundbadsdagsarrangörsgruppen", "Augusti–september 2343",
     "Burlöv, Kävlinge, Staffanstorp, Eslöv", "Klart, 612 hundar badade"),
    ("Ord i vardagen",
     "Dikter av lokala poeter tryckta på glasväggarna i busskurerna, utvalda av en jury efter en "
     "poesitävling där varje invånare fick skicka in högst tre dikter", "Hållplatspoesiredaktionsnätverket",
     "Januari–juni 2343", "Lund, Höör, Eslöv, Malmö, Kävlinge", "Klart, 64 dikter i 128 busskurer"),
    ("Berättat kulturarv",
     "Inspelningar av äldre invånare som berättar minnen på sin egen skånska dialekt på träffpunkterna, och "
     "som samlas i ett gemensamt ljudarkiv", "Dialektinspelningssamordningsgruppen", "Februari–december 2343",
     "Skurup, Svedala, Höör, Vellinge, Staffanstorp", "Pågår, 93 berättare inspelade"),
    ("Skolans historia",
     "Skoldagar som för hundra år sedan i de bevarade byskolorna, där elever i årskurs 3 skriver på "
     "griffeltavlor och med bläckpenna och undervisas av en lärare i tidstypiska kläder",
     "Byskolehistorieförmedlingsgruppen", "Mars–juni och september–november 2343",
     "Eslöv, Kävlinge, Lomma, Burlöv", "Pågår, 57 klasser har deltagit"),
    ("Teknik och fritid",
     "Ett modellflygfält på den sluttäckta deponin vid Kråkebacken, där modellflygplan och drönare får "
     "flygas på fasta tider och klubbarna har en gemensam startbana av gräs", "Modellflygfältsetableringsgruppen",
     "Mars–augusti 2343", "Svedala, Staffanstorp, Burlöv", "Klart, fältet invigdes den 14 juni"),
]

# Activity plan (Word), each effort's name as a heading and one paragraph per field with the label in bold:
# what it contains ("Innehåll"), who carries it out ("Genomförs av"), the municipalities ("Kommuner som
# deltar"), the schedule ("Tidsplan") and the check-in of 15 September ("Avstämning 15 september"). One group
# is a pair of municipalities, one a council with a name of several words.
PLAN_DOCX_LABELS = ("Innehåll", "Genomförs av", "Kommuner som deltar", "Tidsplan", "Avstämning 15 september")
PLAN_DOCX_ACTIVITIES = [
    ("Vinterförvaring av roddbåtarna",
     ("Roddbåtarna tas upp ur vattnet i oktober och ställs i ett uppvärmt båtskjul vid Sjöboda udde, där de "
      "skrapas, oljas in med linolja och målas om inför nästa säsong", "Träbåtsvinterförvaringslaget",
      "Malmö, Lund", "Oktober–december 2343", "Ej påbörjat, båtskjulet är hyrt")),
    ("Labyrintvandringar vid solnedgången",
     ("Guidade vandringar i trojaborgarna en timme före solnedgången, där guiden berättar de gamla sägnerna "
      "om labyrinterna och om hur fiskarna gick i dem för att få god vind före en fisketur",
      "Labyrintvandringsguidegruppen", "Vellinge, Skurup", "Juni–augusti 2343",
      "Klart, 31 vandringar med 740 deltagare")),
    ("Rengöring av bassängerna efter hundbadet",
     ("Efter hundbadsdagen töms bassängerna, filtren byts, kaklet skuras med högtryckstvätt och vattnet i "
      "utjämningstanken provtas innan baden stängs för vintern", "Bassängsaneringsarbetslaget",
      "Burlöv, Kävlinge, Staffanstorp, Eslöv", "September 2343", "Klart i tre av fyra bad")),
    ("Skrivarverkstäder i poesi",
     ("Skrivarverkstäder för elever i årskurs 8 under ledning av en av de vinnande poeterna, där varje klass "
      "skriver en gemensam dikt som trycks på busskuren närmast skolan", "Eslöv och Höör", "Eslöv, Höör",
      "Februari–maj 2343", "Klart, 38 klasser deltog")),
    ("Lyssnarstationer på biblioteken",
     ("Lyssnarstationer med hörlurar och pekskärm på huvudbiblioteken, där besökarna kan leta bland "
      "dialektinspelningarna på en karta över byarna och höra vem som berättar", "Lyssnarstationsinstallationsteamet",
      "Skurup, Svedala, Höör", "Augusti–december 2343", "Pågår, 2 av 6 stationer installerade")),
    ("Handledning för skoldagarnas lärare",
     ("En handledning för lärarna som leder de gammaldags skoldagarna, med färdiga lektioner i välskrivning, "
      "huvudräkning och psalmsång och en förteckning över de tidstypiska kläder som finns att låna",
      "Redaktionsrådet för handledningen om gamla tiders skola", "Eslöv, Lomma", "Januari–mars 2343",
      "Klart, 400 exemplar tryckta")),
    ("Byggkurser i modellflyg",
     ("Kvällskurser på fritidsgårdarna där ungdomar bygger ett eget segelflygplan av balsaträ och lär sig "
      "styra det med radiokontroll", "Modellbyggarkursledarlaget", "Svedala, Staffanstorp, Burlöv",
      "September–december 2343", "Pågår, 46 ungdomar anmälda")),
]

MINUTES_HEADER = ("Sammanträdesdag: 2343-10-27, kl. 13.15–16.30",
                  "Lokal: Skolmuseet i Östra Lövhult (fiktivt möte)",
                  "Deltagare: Samordningsrådet för parkliv och lokalt kulturarv, med företrädare för tio av de "
                  "tolv medlemskommunerna",
                  "Mötesordförande: Margareta Sjöholm (Skurup)",
                  "Protokollförare: Jonas Ekdahl (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Roddbåtarna i parkerna",
     ["Vallgravsroddbåtsuthyrningsgruppen redovisade 4 870 uthyrningar med 22 båtar under säsongen. En "
      "blåsig eftermiddag i juli kantrade en båt i vallgraven i Trelleborg när fyra ungdomar ställde sig upp i "
      "den. Alla bar flytväst och tog sig i land utan skador.",
      "Samordningsrådet beslutar att högst tre personer får sitta i varje båt och att uthyrningen stängs när "
      "det blåser mer än 10 meter per sekund.",
      "Samordningsrådet ger Träbåtsvinterförvaringslaget i uppdrag att skruva fast en skylt om hur många som "
      "får sitta i båten i varje roddbåt, senast den 1 december 2343."]),
    ("§ 2", "Trojaborgarna",
     ["Stenlabyrintrestaureringsnätverket redovisade att 5 av 7 trojaborgar är restaurerade. Vid Ängaviks "
      "strandäng hade besökare tagit med sig stenar ur labyrinten som souvenirer, och gångarna fick läggas om "
      "med hjälp av en gammal flygbild.",
      "Samordningsrådet beslutar att skyltar som förklarar att stenarna är en fornlämning och inte får flyttas "
      "ska sättas upp vid alla trojaborgar.",
      "Labyrintvandringsguidegruppen får i uppdrag att ta fram en tryckt karta över samtliga trojaborgar."]),
    ("§ 3", "Hundbadsdagen",
     ["Hundbadsdagsarrangörsgruppen redovisade att 612 hundar badade i de fyra baden. Entrén var 50 kronor per "
      "hund, och intäkterna skänks till ett hundhem i Svedala. Vid bassängkanten i Kävlinge började två hundar "
      "slåss, och en hundägare fick ett lätt bett i handen.",
      "Samordningsrådet beslutar att hundbadet nästa år ska delas upp i två pass, ett för hundar under 15 kilo "
      "och ett för större hundar.",
      "Bassängsaneringsarbetslaget får i uppdrag att redovisa provtagningen från badet i Staffanstorp vid "
      "nästa möte."]),
    ("§ 4", "Dikterna i busskurerna",
     ["Hållplatspoesiredaktionsnätverket redovisade att 64 dikter nu sitter i 128 busskurer och att "
      "poesitävlingen fick in 1 912 dikter. En av de utvalda dikterna visade sig vara avskriven ur en känd "
      "diktsamling.",
      "Samordningsrådet beslutar att den dikten ska tas bort och ersättas av den som kom på 65:e plats i "
      "juryns bedömning.",
      "Eslöv och Höör får i uppdrag att samla klassernas dikter i ett häfte som delas ut på skolorna."]),
    ("§ 5", "Dialektinspelningarna",
     ["Dialektinspelningssamordningsgruppen redovisade att 93 berättare har spelats in och att ljudarkivet "
      "innehåller 140 timmar inspelningar. Några berättare har nämnt grannar vid namn och berättat om "
      "sjukdomar och gräl i familjerna.",
      "Samordningsrådet beslutar att varje berättare ska lyssna igenom sin inspelning och godkänna den "
      "skriftligt innan den läggs ut i ljudarkivet.",
      "Samordningsrådet ger Lyssnarstationsinstallationsteamet i uppdrag att installera de fyra återstående "
      "stationerna senast den 15 december 2343."]),
    ("§ 6", "Skoldagarna i byskolorna",
     ["Byskolehistorieförmedlingsgruppen redovisade att 57 klasser har deltagit. Flera föräldrar har hört av "
      "sig om bläckfläckar på barnens kläder efter skrivlektionerna med bläckpenna.",
      "Samordningsrådet beslutar att alla elever ska få låna ett förkläde under skrivlektionen.",
      "Redaktionsrådet för handledningen om gamla tiders skola får i uppdrag att komplettera handledningen med "
      "ett avsnitt om hur skoldagen kan anpassas för elever med funktionsnedsättning."]),
    ("§ 7", "Modellflygfältet",
     ["Modellflygfältsetableringsgruppen redovisade att fältet vid Kråkebacken invigdes den 14 juni. Hästarna "
      "vid en ridskola intill fältet har skrämts av ljudet från de bensindrivna planen.",
      "Samordningsrådet beslutar att modellflygplan med förbränningsmotor endast får flygas på lördagar mellan "
      "kl. 10 och 14, medan eldrivna plan får flygas alla dagar.",
      "Samordningsrådet ger Modellbyggarkursledarlaget i uppdrag att låta kursdeltagarna göra ett flygprov "
      "innan de får flyga på egen hand."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Lomma frågade om kommunen kan få en egen roddbåtsuthyrning vid Lomma hamn. Frågan bordläggs till nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 8 december 2343 i Svedala."]),
]
MINUTES_ADJUSTER = "Ingrid Falk (Kävlinge)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv, och alla mål, belopp, platser och namn i den är påhittade.

## Utgångsläge

Parkdammarna och vallgravarna används sällan av andra än änderna, och de gamla trojaborgarna på strandängarna har vuxit igen eller plockats isär under årens lopp. De äldsta invånarna bär på minnen och ett bygdemål som snart inte talas av någon, och dagens skolbarn vet lite om hur skolan såg ut förr. Samtidigt saknar ungdomar med tekniskt intresse en plats där de kan flyga det de har byggt, och de kommunala utomhusbaden står oanvända den sista veckan innan de töms.

## Inriktning

Samarbetet ska få invånarna att upptäcka parkernas vatten och kustens fornminnen, föra de äldres berättelser och minnen vidare till nästa generation och ge plats för lek, ord och teknik i vardagen. Arbetet ska så långt det går göras tillsammans med föreningslivet.

## Mål för 2343

Vid utgången av 2343 ska alla 7 trojaborgar vara restaurerade och minst 150 berättare vara inspelade i ljudarkivet. Minst 80 klasser ska ha deltagit i skoldagarna i byskolorna, och roddbåtar ska kunna hyras i minst fyra kommuner.

## Organisation och samarbetspartner

Samordningsrådet för parkliv och lokalt kulturarv leder samarbetet och rapporterar varje halvår till kommundirektörerna. Ljudarkivsbevarandegruppen ser till att dialektinspelningarna sparas i format som håller i framtiden och att varje inspelning får en beskrivning av berättaren och byn. Modellflygfältsetableringsgruppen samarbetar med modellflygklubben Vingspetsen, som sköter gräsklippningen på startbanan, och Stenlabyrintrestaureringsnätverket tar hjälp av hembygdsföreningarna längs kusten. Vallgravsroddbåtsuthyrningsgruppen anlitar sommarjobbande ungdomar som båtvärdar.

## Budget

Den samlade budgeten för 2343 är 4,3 miljoner kronor, varav 1,2 miljoner kronor går till roddbåtarna och båtskjulet. Varje medlemskommun bidrar med 1,85 kronor per invånare. Dialektinspelningarna får dessutom 350 000 kronor från en fond för immateriellt kulturarv.

## Uppföljning och rapportering

Planen gäller från den 1 januari till den 31 december 2343. Samordningsrådet lämnar en lägesrapport i september, och planen utvärderas i december 2343.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje tema vilken aktivitet som genomförs, vilken grupp som har "
             "ansvaret, under vilken tidsperiod arbetet pågår, vilka kommuner som deltar och hur läget var den "
             "31 augusti 2343.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för parkliv och lokalt kulturarv under 2343. "
              "För varje insats anges innehållet, vem som genomför den, vilka kommuner som deltar, tidsplanen "
              "och hur arbetet låg till vid avstämningen den 15 september 2343.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=True))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextioåttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
