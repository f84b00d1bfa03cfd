"""Regenerate the fictional documents of the sixty-fifth held-out set in benchmarks/data/heldout65/docs/.

    .venv/bin/python scripts/make_heldout65.py [--out benchmarks/data/heldout65/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout65 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (community fridges at libraries and meeting places where residents and
cafés leave surplus food for anyone to take, with a pantry shelf for dry goods beside them, dense mini-forests
of native trees and bushes planted by pupils on schoolyards and lawns, and yearly measuring days for the
growth of the plants, mussel farms on long lines in shallow bays that take up nitrogen and phosphorus, and
the harvested mussels ground into meal for hen feed and fertiliser, climbing plants on wires along the
facades of municipal buildings, watered by drip irrigation with rainwater from the downpipes, kick sleds
lent to older people at nursing homes and libraries in winter, and packed kick-sled tracks around the lakes
and in the parks, kite-flying days on meadows and beaches with a shared kite festival, and kite-building
workshops at the youth centres, worm composts in classrooms and bokashi buckets for households in blocks of
flats) are not covered by the other sets, and the group names are deliberately not on any list of known
bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout65" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2340.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2340 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gronska-kretslopp-vinterliv-2340.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för grönska, kretslopp och vinterliv 2340 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-gronska-kretslopp-vinterliv-2340-11-06.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för grönska, kretslopp och vinterliv 2340-11-06 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-gronska-kretslopp-vinterliv-2340-2340.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för grönska, kretslopp och vinterliv 2340–2340 (fiktiv)"

# Activity plan 2340 (PDF): the question the work concerns ("Arbetsfråga") comes first, then the measure in
# brief ("Åtgärden i korthet"), the group holding the responsibility ("Ansvar hos") in a column just wide
# enough for its short heading, so the long group names break inside the word over several lines, when in
# the year ("När under året"), the municipalities in the measure ("Kommuner i åtgärden") and where the work
# stood on 31 October ("Var arbetet stod 31 oktober").
PLAN_PDF_COLUMNS = ("Arbetsfråga", "Åtgärden i korthet", "Ansvar hos", "När under året", "Kommuner i åtgärden",
                    "Var arbetet stod 31 oktober")
PLAN_PDF_WIDTHS = (30, 50, 18, 27, 27, 28)  # mm, 180 in all; 18 mm keeps "Ansvar hos" in whole words
PLAN_PDF = [
    ("Matsvinn i grannskapet",
     "Delningskylskåp i biblioteken och på mötesplatserna, där invånare och caféer lämnar hel mat som annars "
     "skulle slängas och där vem som helst får ta, med temperaturkontroll två gånger om dagen",
     "Delningskylskåpstillsynsgruppen", "Hela 2340", "Malmö, Lund, Burlöv, Eslöv", "Pågår, 14 kylskåp i drift"),
    ("Grönska i skolmiljön",
     "Miniskogar där eleverna planterar tre till fem plantor per kvadratmeter av inhemska träd och buskar på en "
     "bit av skolgården eller en gräsyta", "Miniskogsplanteringsbrigaden", "Mars–maj och oktober–november 2340",
     "Lomma, Kävlinge, Staffanstorp, Svedala, Höör", "Klart, 9 miniskogar med 5 400 plantor"),
    ("Havsmiljö",
     "Musselodlingar på långa linor i grunda vikar, där musslorna tar upp kväve och fosfor ur vattnet och "
     "skördas efter två år", "Musselodlingslinjeskötarna", "April 2340–oktober 2341",
     "Vellinge, Trelleborg, Skurup, Lomma", "Pågår, 6 av 10 linor utlagda"),
    ("Stadsgrönska och klimatanpassning",
     "Klätterväxter som murgröna, vildvin och klätterhortensia på vajrar längs fasaderna på kommunala "
     "byggnader, för svalare väggar och mer liv för insekterna", "Fasadgrönskeklätterväxtlaget",
     "Maj–september 2340", "Malmö, Lund, Trelleborg, Staffanstorp", "Försenat, växter vid 11 av 30 fasader"),
    ("Vinteraktiviteter för äldre",
     "Utlåning av sparkar vid äldreboenden och bibliotek, så att äldre kan ta sig ut på promenad på snö och is "
     "med något att hålla i", "Sparkutlåningsvintervärdarna", "Januari–mars och december 2340",
     "Höör, Eslöv, Svedala, Skurup", "Vilar till december, 1 260 lån under början av året"),
    ("Fritid och evenemang",
     "Drakflygardagar på ängar och stränder där familjer flyger drake tillsammans, med en gemensam "
     "drakfestival på Lomma strand i september", "Drakflygardagsarrangörsgruppen", "Maj–september 2340",
     "Lomma, Vellinge, Kävlinge, Burlöv", "Klart, 7 drakdagar med 8 900 besökare"),
    ("Kretslopp i skolan",
     "Maskkomposter i klassrummen, där kompostmaskar äter upp fruktskal och matrester och eleverna får följa "
     "hur det blir jord", "Maskkomposteringshandledarna", "Augusti 2340–juni 2341",
     "Lund, Staffanstorp, Vellinge, Kävlinge, Eslöv", "Pågår, maskkomposter i 64 klassrum"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": what happens ("Vad som händer"), the group that holds it together ("Hålls ihop av"), the
# places concerned ("Berörda orter"), during which time ("Under vilken tid") and the report of 2 November
# ("Rapport per 2 november"). One group is a pair of municipalities, one a network with a name of several
# words.
PLAN_DOCX_AREAS = [
    ("Matsvinn i grannskapet", [[
        ("Vad som händer", "En skafferihylla bredvid varje delningskylskåp för torrvaror som pasta, ris och "
                           "konserver, med skyltar på svenska, engelska, arabiska och somaliska om vad som får "
                           "lämnas"),
        ("Hålls ihop av", "Skafferihyllepåfyllarkollektivet"),
        ("Berörda orter", "Malmö, Burlöv"),
        ("Under vilken tid", "Februari–december 2340"),
        ("Rapport per 2 november", "Klart, hyllor vid alla 14 kylskåp")]]),
    ("Grönska i skolmiljön", [[
        ("Vad som händer", "En mätdag varje höst då eleverna mäter hur högt plantorna i miniskogarna har vuxit "
                           "och för in resultatet i en gemensam tabell på webben"),
        ("Hålls ihop av", "Lomma och Kävlinge"),
        ("Berörda orter", "Lomma, Kävlinge"),
        ("Under vilken tid", "Oktober 2340"),
        ("Rapport per 2 november", "Klart, plantorna har i genomsnitt vuxit 48 centimeter sedan planteringen")]]),
    ("Havsmiljö", [[
        ("Vad som händer", "De skördade musslorna mals till musselmjöl som blir foder till värphöns och gödsel "
                           "till odlingar"),
        ("Hålls ihop av", "Nätverket för musselskörd i Östersjövikarna"),
        ("Berörda orter", "Trelleborg, Skurup"),
        ("Under vilken tid", "September 2340–december 2341"),
        ("Rapport per 2 november", "Ej påbörjat, den första skörden väntas hösten 2341")]]),
    ("Stadsgrönska och klimatanpassning", [[
        ("Vad som händer", "Droppbevattning med regnvatten från stuprören till klätterväxterna under de två "
                           "första somrarna, tills rötterna har tagit sig"),
        ("Hålls ihop av", "Fasadbevattningsautomatikgänget"),
        ("Berörda orter", "Malmö, Lund"),
        ("Under vilken tid", "Juni–augusti 2340"),
        ("Rapport per 2 november", "Pågår, bevattning vid 8 fasader")]]),
    ("Vinteraktiviteter för äldre", [[
        ("Vad som händer", "Sparkstråk runt sjöarna och i parkerna, där snön packas i stället för att plogas "
                           "bort, så att sparkarna glider lätt"),
        ("Hålls ihop av", "Sparkstråkspackningsjouren"),
        ("Berörda orter", "Höör, Eslöv"),
        ("Under vilken tid", "Januari–mars 2340"),
        ("Rapport per 2 november", "Klart, 12 kilometer sparkstråk gjordes i vintras")]]),
    ("Fritid och evenemang", [[
        ("Vad som händer", "Drakbyggarverkstäder på fritidsgårdarna, där barn och unga bygger egna drakar av "
                           "bambu, papper och snöre inför drakdagarna"),
        ("Hålls ihop av", "Fritidsgårdsdrakverkstadsledarna"),
        ("Berörda orter", "Lomma, Burlöv, Kävlinge"),
        ("Under vilken tid", "April–augusti 2340"),
        ("Rapport per 2 november", "Klart, 640 drakar byggda")]]),
    ("Kretslopp i skolan", [[
        ("Vad som händer", "Bokashihinkar till hushåll i flerfamiljshus, där matresterna jäser i hinken och "
                           "sedan grävs ner i odlingslådorna på gården"),
        ("Hålls ihop av", "Bokashihinksutdelningskontoret"),
        ("Berörda orter", "Lund, Eslöv, Staffanstorp"),
        ("Under vilken tid", "Från mars 2340"),
        ("Rapport per 2 november", "Pågår, 1 850 hinkar utdelade")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2340-11-06, kl. 9.00–11.50",
                  "Plats: Stadshuset i Lund (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för grönska, kretslopp och vinterliv, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Helena Strand (Lomma)",
                  "Sekreterare: Oskar Nyberg (Staffanstorp)")
MINUTES_ITEMS = [
    ("§ 1", "Delningskylskåpen",
     ["Delningskylskåpstillsynsgruppen redovisade att det nu finns 14 delningskylskåp i drift och att omkring "
      "23 ton mat har lämnats i dem sedan januari, mest bröd, frukt och grönsaker. Vid ett tillfälle i Burlöv "
      "visade termometern 11 grader, eftersom dörren hade stått på glänt en hel natt.",
      "Samrådsgruppen beslutar att ett kylskåp som visar mer än 8 grader ska tömmas samma dag.",
      "Samrådsgruppen ger Skafferihyllepåfyllarkollektivet i uppdrag att ta fram en lista över vad som inte får "
      "lämnas i kylskåpen, till exempel rått kött, rå fisk och öppnade förpackningar, senast den 15 januari "
      "2341."]),
    ("§ 2", "Miniskogarna",
     ["Miniskogsplanteringsbrigaden redovisade att 9 miniskogar med sammanlagt 5 400 plantor har planterats av "
      "drygt 1 100 elever. 93 procent av plantorna lever. I Höör har rådjur ätit upp toppskotten på ek och "
      "lind i en av skogarna.",
      "Samrådsgruppen beslutar att nya miniskogar ska hägnas in under de tre första åren.",
      "Lomma och Kävlinge får i uppdrag att lära ut hur mätdagen går till till lärarna i de andra kommunerna "
      "under våren 2341."]),
    ("§ 3", "Musselodlingarna",
     ["Musselodlingslinjeskötarna redovisade att 6 av 10 linor har lagts ut i vikarna utanför Vellinge, "
      "Trelleborg och Lomma. Under en storm den 19 oktober slets en lina loss och drev i land. Ejdrar har ätit "
      "av musslorna på två linor.",
      "Samrådsgruppen beslutar att de fyra återstående linorna ska läggas ut i Skurup våren 2341.",
      "Musselodlingslinjeskötarna ansvarar för att alla linor förankras med tyngre ankare före den 1 december "
      "2340."]),
    ("§ 4", "Klätterväxterna på fasaderna",
     ["Fasadgrönskeklätterväxtlaget redovisade att det har satts klätterväxter vid 11 av 30 fasader. Arbetet är "
      "försenat eftersom flera fastighetsförvaltare är oroliga för att murgrönan ska skada putsen. En fasad "
      "kostar i genomsnitt 36 000 kronor med vajrar, jord och växter.",
      "Samrådsgruppen beslutar att klätterväxterna bara ska sättas på vajrar eller spaljéer en bit ut från "
      "väggen, aldrig direkt på putsen."]),
    ("§ 5", "Sparkarna",
     ["Sparkutlåningsvintervärdarna redovisade att de 180 sparkarna lånades ut 1 260 gånger mellan januari och "
      "mars. Tre låntagare föll på isen, men ingen skadade sig allvarligt. Flest lån var det i Höör, där "
      "sparkstråken runt sjön var mycket populära.",
      "Samrådsgruppen beslutar att alla sparkar ska ha halkskydd på medarna från och med december 2340.",
      "Sparkutlåningsvintervärdarna ansvarar för att sparkarna besiktas före den 1 december 2340."]),
    ("§ 6", "Drakdagarna",
     ["Drakflygardagsarrangörsgruppen redovisade att de 7 drakdagarna lockade 8 900 besökare. Drakfestivalen på "
      "Lomma strand den 13 september var den mest besökta, med 3 400 besökare. I Burlöv fastnade en drake i "
      "en kraftledning, och strömmen bröts i en halvtimme.",
      "Samrådsgruppen beslutar att drakflygning vid drakdagarna bara får ske minst 200 meter från "
      "kraftledningar."]),
    ("§ 7", "Maskkomposterna och bokashihinkarna",
     ["Maskkomposteringshandledarna redovisade att det finns maskkomposter i 64 klassrum. I fem klassrum dog "
      "maskarna under sommarlovet, när ingen matade dem. Bokashihinksutdelningskontoret har delat ut 1 850 "
      "bokashihinkar, och hyresgästerna är mest nöjda med att soppåsen inte luktar längre.",
      "Samrådsgruppen beslutar att maskkomposterna under sommarlovet ska tas hem av en elev eller en lärare.",
      "Samrådsgruppen ger Bokashihinksutdelningskontoret i uppdrag att ordna fler odlingslådor på gårdarna, så "
      "att det finns plats att gräva ner matresterna."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Höör frågade om kommunen kan få vara med på drakdagarna 2341. Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 11 december 2340 i Eslöv."]),
]
MINUTES_ADJUSTER = "Linnea Håkansson (Vellinge)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Mycket ätbar mat slängs i hushåll, caféer och butiker, samtidigt som många invånare har ont om pengar till mat. Skolgårdarna är ofta asfalterade och heta om sommaren, och barnen har få ställen att leka bland träd. Vikarna längs kusten får för mycket kväve och fosfor från land, vilket ger algblomning och döda bottnar. Kala fasader blir varma i solen och ger få platser för insekter och fåglar. Många äldre stannar inne hela vintern av rädsla för att halka. Det finns få gratis aktiviteter utomhus för hela familjen under sommaren och hösten. Matresterna i soppåsarna skulle kunna bli jord i stället för avfall.

## Syfte

Samarbetet ska minska matsvinnet och göra det lätt att dela mat med grannarna, ge skolorna mer grönska och havet renare vatten. Fasaderna ska bli gröna och svalare, äldre ska kunna röra sig ute även på vintern, familjer ska ha fler aktiviteter att samlas kring, och barn och vuxna ska lära sig hur matrester blir ny jord.

## Mål till slutet av 2340

Det ska finnas minst 20 delningskylskåp och 12 miniskogar. Alla 10 musselinor ska vara utlagda, och 30 fasader ska ha klätterväxter. Maskkomposter ska finnas i 100 klassrum.

## Organisation

Samrådsgruppen för grönska, kretslopp och vinterliv leder arbetet och rapporterar till kommundirektörerna två gånger om året. Livsmedelstillsynsrådgivningsgruppen ger råd om hygienen i delningskylskåpen. Musselodlingslinjeskötarna samarbetar med länsstyrelsens havsmiljöhandläggare, och Miniskogsplanteringsbrigaden tar hjälp av skolornas fastighetsskötare när marken ska förberedas.

## Budget

Den gemensamma budgeten är 9,7 miljoner kronor för 2340, varav 3,2 miljoner kronor går till miniskogarna. Kommunerna betalar 4,15 kronor per invånare. Musselodlingarna får dessutom 1,1 miljoner kronor från en havsmiljöfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2340 till den 31 december 2340. Samrådsgruppen lämnar en lägesrapport i juni och en i november, och planen utvärderas i december 2340.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje arbetsfråga vilken åtgärd som planeras, hos vilken grupp ansvaret "
             "ligger, när under året arbetet görs, vilka kommuner som är med i åtgärden och var arbetet stod den "
             "31 oktober 2340.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för grönska, kretslopp och vinterliv under "
              "2340 och 2341, ordnade efter arbetsfråga. För varje satsning anges vad som händer, vem som håller "
              "ihop den, vilka orter som berörs, under vilken tid den genomförs och vad som rapporterades den "
              "2 november 2340.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextiofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
