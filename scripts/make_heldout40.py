"""Regenerate the fictional documents of the fortieth held-out set in benchmarks/data/heldout40/docs/.

    .venv/bin/python scripts/make_heldout40.py [--out benchmarks/data/heldout40/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout40 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (hygiene inspections of tattoo and piercing studios, with checks of the
sterilisation of the needles and tools, and a one-day infection-control course for tattooists, solar-powered
litter bins that compact the rubbish and send a message when they are full, and dispensers with free dog-waste
bags at the entrances to parks, speed display signs with a happy or sad face near schools and on the through
roads of the villages, and large planters placed in narrow village streets to slow the cars, brush washers
for boat hulls in the marinas instead of toxic antifouling paint, and collection of old boat paint and paint
scrapings, grants for backflow valves in the basements of houses against sewage flooding at cloudbursts, and
home visits by plumbers who check the floor drains, mesh caps on chimneys so that jackdaws do not nest in them,
and removal of old jackdaw nests in the autumn, collection of used frying oil from households for biodiesel,
and checks of the grease traps at restaurants and large kitchens) are not covered by the other sets, and the
group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout40" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2315.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2315 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-miljo-halsoskydd-gatuliv-2315.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för miljö, hälsoskydd och gatuliv 2315 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-ledningsgruppen-miljo-halsoskydd-gatuliv-2315-12-10.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Ledningsgruppen för miljö, hälsoskydd och gatuliv 2315-12-10 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-miljo-halsoskydd-gatuliv-2315-2318.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för miljö, hälsoskydd och gatuliv 2315–2318 (fiktiv)"

# Activity plan 2315 (PDF): the line of activity ("Verksamhet") comes first, then a description of the
# measure ("Beskrivning av åtgärden"), the group carrying it out ("Utförare") in a column just wide enough for
# its short heading, so the long group names break inside the word over several lines, the schedule
# ("Tidplan"), the municipalities taking part ("Deltagande kommuner") and the state on 30 November ("Läge per
# 30 november").
PLAN_PDF_COLUMNS = ("Verksamhet", "Beskrivning av åtgärden", "Utförare", "Tidplan", "Deltagande kommuner",
                    "Läge per 30 november")
PLAN_PDF_WIDTHS = (26, 52, 18, 25, 29, 30)  # mm, 180 in all; 18 mm keeps "Utförare" whole
PLAN_PDF = [
    ("Hälsoskydd",
     "Tillsyn av hygienen i tatuerings- och pierceringsstudior, med kontroll av att nålar och verktyg är "
     "sterila och att kunderna får skriftlig information om riskerna", "Tatueringsstudiohygientillsynsgruppen",
     "Februari–november 2315", "Malmö, Lund, Trelleborg, Eslöv", "Klart, 64 studior besökta, brister hos 19"),
    ("Renhållning",
     "Soptunnor med solceller som pressar ihop skräpet och skickar ett meddelande när de är fulla, på torg, i "
     "parker och vid badplatser", "Solcellssoptunnetömningspatrullen", "April 2315–mars 2316",
     "Lund, Lomma, Kävlinge, Staffanstorp, Vellinge", "Pågår, 118 av 200 tunnor uppställda"),
    ("Trafiksäkerhet",
     "Hastighetsdisplayer som visar bilisternas fart med en glad eller sur gubbe, vid skolor och på "
     "genomfartsgator i byarna, och som flyttas varje månad", "Hastighetsdisplayomflyttningsgänget",
     "Januari–december 2315", "Svedala, Skurup, Höör, Eslöv, Trelleborg", "Pågår, 32 displayer på 96 platser"),
    ("Hamnar och båtliv",
     "Borsttvättar för båtbottnar i småbåtshamnarna, så att båtägarna kan ta bort havstulpaner och alger utan "
     "att måla båten med giftig båtbottenfärg", "Båtbottentvättanläggningsskötarna", "Maj–oktober 2315",
     "Malmö, Lomma, Vellinge, Trelleborg, Kävlinge", "Klart, 4 anläggningar, 2 860 båtar tvättade"),
    ("Vatten och avlopp",
     "Bidrag till villaägare som installerar en bakvattenventil i källaren, så att avloppsvattnet inte trycks "
     "upp genom golvbrunnen vid kraftiga skyfall", "Källaröversvämningsskyddsrådgivarna", "Hela 2315",
     "Malmö, Burlöv, Staffanstorp, Lund", "Pågår, 312 bidrag beviljade"),
    ("Fåglar i bebyggelsen",
     "Galler och huvar på skorstenarna i kommunernas bostäder, monterade innan kajorna börjar bygga bo i "
     "april, så att bona inte täpper till skorstenen", "Skorstenskajboförebyggarna",
     "Januari–mars och oktober–december 2315", "Eslöv, Höör, Kävlinge, Lund, Skurup",
     "Försenat, 420 av 1 100 skorstenar klara"),
    ("Återvinning",
     "Insamling av använd frityrolja och matfett från hushållen i flaskor som lämnas på "
     "återvinningscentralerna, och som sedan blir biodiesel", "Frityroljeinsamlingsombuden", "Hela 2315",
     "Malmö, Lund, Svedala, Burlöv, Trelleborg, Vellinge", "Pågår, 38 ton olja insamlad"),
]

# Activity plan (Word), by area: a heading per line of activity, then each measure as bullet lines
# "Label: value": a short description ("Kort beskrivning"), the group in charge ("Ansvarig grupp"), the
# municipalities involved ("Kommuner med i arbetet"), the time frame ("Tidsram") and the state at the review on
# 5 December ("Läge vid avstämningen 5 december"). One group is a pair of municipalities, one a network with a
# name of several words.
PLAN_DOCX_LABELS = ("Kort beskrivning", "Ansvarig grupp", "Kommuner med i arbetet", "Tidsram",
                    "Läge vid avstämningen 5 december")
PLAN_DOCX_AREAS = [
    ("Hälsoskydd", [
        ("En kurs på en dag för tatuerare och piercare om smittskydd, rengöring av verktyg och hur kunden ska "
         "sköta ett nytt tatuerat sår",
         "Kroppsutsmyckningssmittskyddspedagogerna", "Malmö, Lund", "Oktober 2315–februari 2316",
         "Pågår, 41 tatuerare har gått kursen"),
    ]),
    ("Renhållning", [
        ("Automater med gratis hundbajspåsar vid ingångarna till parker och motionsspår, som fylls på varje "
         "vecka",
         "Hundpåsautomatpåfyllarna", "Lomma, Kävlinge, Staffanstorp", "Mars–december 2315",
         "Klart, 90 automater, 1,2 miljoner påsar har delats ut"),
    ]),
    ("Trafiksäkerhet", [
        ("Stora blomlådor som ställs ut i körbanan på smala bygator, så att bilarna måste sakta ner och svänga "
         "runt dem",
         "Nätverket för lugnare bygator", "Skurup, Svedala, Höör", "Maj–september 2315",
         "Klart, 140 blomlådor i 22 byar"),
    ]),
    ("Hamnar och båtliv", [
        ("Insamling vid hamnarnas miljöstationer av gamla burkar med båtbottenfärg och av färgrester som har "
         "skrapats bort från båtarnas skrov",
         "Lomma och Vellinge", "Lomma, Vellinge", "Mars–maj och september–oktober 2315",
         "Klart, 3,7 ton färg och färgrester insamlade"),
    ]),
    ("Vatten och avlopp", [
        ("Hembesök där en rörmokare går igenom källarens golvbrunnar, pumpar och ledningar och förklarar vad "
         "villaägaren själv kan göra för att skydda källaren",
         "Källarbesiktningsrörmokarna", "Malmö, Burlöv", "April–november 2315",
         "Pågår, 265 källare har besiktigats"),
    ]),
    ("Fåglar i bebyggelsen", [
        ("Gamla kajbon tas bort ur skorstenarna på hösten, när ungarna har flugit ut, och sotaren kontrollerar "
         "att skorstenen drar som den ska",
         "Kajboutrensningsteamet", "Eslöv, Höör", "September–november 2315", "Klart, 230 bon borttagna"),
    ]),
    ("Återvinning", [
        ("Kontroll av fettavskiljarna hos restauranger, pizzerior och storkök, så att fettet inte täpper till "
         "avloppsledningarna",
         "Fettavskiljarkontrollanterna", "Malmö, Lund, Svedala, Burlöv", "Februari–december 2315",
         "Pågår, 510 kontroller gjorda, 73 avskiljare måste tömmas oftare"),
    ]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_AREAS]

MINUTES_HEADER = ("Datum och tid: 2315-12-10, kl. 09.00–11.50",
                  "Mötesplats: Rådhuset i Svedala, lokalen Skiftet (fiktivt sammanträde)",
                  "Närvarande ledamöter: Ledningsgruppen för miljö, hälsoskydd och gatuliv, med företrädare för "
                  "nio av de tolv medlemskommunerna",
                  "Mötesordförande: Helena Bergström (Vellinge)",
                  "Protokollförare: Oskar Nyberg (Lomma)")
MINUTES_ITEMS = [
    ("§ 112", "Tatueringsstudiorna",
     ["Tatueringsstudiohygientillsynsgruppen redovisade att 64 tatuerings- och pierceringsstudior har besökts "
      "under året och att det fanns brister hos 19 av dem. Vanligast var att autoklaven, som steriliserar "
      "verktygen, inte hade kontrollerats på över ett år. Två studior i Malmö använde färg med förbjudna ämnen "
      "och fick sluta använda den direkt. Tillsynsavgiften är 2 900 kronor per besök.",
      "Ledningsgruppen beslutar att varje tatuerings- och pierceringsstudio ska besökas minst en gång vartannat "
      "år.",
      "Ledningsgruppen ger Kroppsutsmyckningssmittskyddspedagogerna i uppdrag att översätta kursmaterialet till "
      "engelska och arabiska senast den 1 april 2316."]),
    ("§ 113", "Soptunnorna med solceller",
     ["Solcellssoptunnetömningspatrullen redovisade att 118 av 200 soptunnor med solceller har ställts upp. "
      "Eftersom skräpet pressas ihop rymmer en tunna fem gånger så mycket som en vanlig papperskorg. På "
      "Stortorget i Lund har antalet tömningar därför minskat från 14 till 3 i veckan. Under de mörka "
      "månaderna räcker solljuset inte alltid, och 12 tunnor har slutat pressa skräpet.",
      "Ledningsgruppen beslutar att tunnorna ska få batterier som kan laddas från elnätet under november, "
      "december och januari.",
      "Hundpåsautomatpåfyllarna ansvarar för att automaterna med hundbajspåsar fylls på även under "
      "semestrarna i juli."]),
    ("§ 114", "Hastighetsdisplayerna",
     ["Hastighetsdisplayomflyttningsgänget redovisade att displayerna har registrerat 2,4 miljoner bilar. Vid "
      "skolorna körde 31 procent av bilisterna fortare än 30 km/tim innan displayen sattes upp, och 18 procent "
      "när den satt uppe. Effekten försvann till stor del någon vecka efter att displayen hade flyttats.",
      "Ledningsgruppen beslutar att displayerna vid skolorna ska sitta kvar hela terminen i stället för att "
      "flyttas varje månad.",
      "Blomlådorna på bygatorna tas bort i oktober, så att de inte står i vägen för snöplogen.",
      "Ledningsgruppen ger Nätverket för lugnare bygator i uppdrag att i samråd med byalagen föreslå var "
      "blomlådorna ska stå sommaren 2316, senast den 15 mars 2316."]),
    ("§ 115", "Båtbottentvättarna",
     ["Båtbottentvättanläggningsskötarna redovisade att 2 860 båtar har tvättats i de fyra borsttvättarna. En "
      "tvätt kostar 450 kronor för en båt som är upp till 8 meter lång. Prover från marken vid "
      "båtuppställningsplatserna i Malmö och Trelleborg visar höga halter av koppar och tributyltenn från gammal "
      "båtbottenfärg.",
      "Ledningsgruppen beslutar att det från 2317 ska vara förbjudet att skrapa eller slipa båtbottnar på "
      "uppställningsplatserna utan en presenning under båten som samlar upp färgresterna."]),
    ("§ 116", "Översvämmade källare",
     ["Källaröversvämningsskyddsrådgivarna redovisade att 312 villaägare har fått bidrag till en "
      "bakvattenventil. Bidraget är 50 procent av kostnaden, dock högst 8 000 kronor. Vid skyfallet den 14 "
      "augusti trängde avloppsvatten in i 170 källare i Malmö och Burlöv, men inte i någon av de källare som "
      "hade fått en ventil.",
      "Ledningsgruppen beslutar att bidraget ska finnas kvar även under 2316 och 2317.",
      "Källarbesiktningsrörmokarna får i uppdrag att i första hand göra hembesök på de gator som översvämmades "
      "den 14 augusti."]),
    ("§ 117", "Kajorna i skorstenarna",
     ["Skorstenskajboförebyggarna redovisade att galler har satts på 420 av 1 100 skorstenar. Arbetet är "
      "försenat eftersom det saknades liftar under våren. Kajorna är fridlysta, och bon med ägg eller ungar får "
      "inte tas bort mellan den 1 april och den 31 juli. Kajboutrensningsteamet har tagit bort 230 gamla bon "
      "under hösten.",
      "Ledningsgruppen beslutar att gallren ska monteras med liftar som lånas från räddningstjänsten under "
      "januari och februari 2316."]),
    ("§ 118", "Frityroljan och fettet i avloppet",
     ["Frityroljeinsamlingsombuden redovisade att 38 ton använd frityrolja och matfett har samlats in. Av "
      "oljan blir det omkring 34 000 liter biodiesel, som bland annat tankas i kommunernas sopbilar. Ändå har "
      "avloppet blivit stopp på grund av fett 46 gånger under 2315, flest gånger i centrala Malmö.",
      "Ledningsgruppen beslutar att invånarna ska kunna hämta en gratis tratt och en flaska för oljan på "
      "biblioteken.",
      "Ledningsgruppen ger Fettavskiljarkontrollanterna i uppdrag att ta fram gemensamma regler för hur ofta "
      "fettavskiljarna ska tömmas, senast den 30 april 2316."]),
    ("§ 119", "Övriga frågor och nästa sammanträde",
     ["Höör frågade om kommunen kan låna en hastighetsdisplay till den nya förskolan i Tjörnarp. Frågan tas upp "
      "vid nästa sammanträde.",
      "Nästa sammanträde hålls den 28 januari 2316 i Lomma."]),
]
MINUTES_ADJUSTER = "Fredrik Lund (Skurup)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Varför samarbetet behövs

Allt fler låter sig tatueras, och en studio som inte steriliserar nålar och verktyg kan sprida smitta. Papperskorgarna på torgen och vid stränderna blir överfulla på sommaren, och skräpet blåser i väg. I många byar kör bilarna för fort på genomfartsgatan, alldeles intill skolan. Giftig båtbottenfärg läcker ut i havet och i marken vid hamnarna. När det regnar kraftigt trycks avloppsvatten upp i villornas källare. Kajor bygger bo i skorstenarna, så att röken inte kommer ut och det finns risk för kolmonoxidförgiftning och soteld. Fett och frityrolja som hälls ut i vasken stelnar och täpper till avloppsledningarna.

## Vad vi vill uppnå

Samarbetet ska göra det tryggt att gå till en tatuerare, hålla torg och parker rena och få bilisterna att sänka farten i byarna. Båtägarna ska kunna hålla båtbotten ren utan gift, villaägarna ska kunna skydda sina källare, och ingen ska behöva ha en skorsten som är full av kajbon. Frityroljan ska bli bränsle i stället för att hamna i avloppet.

## Målsättningar för 2318

Alla 1 100 skorstenar ska ha galler. Minst 250 soptunnor med solceller ska stå uppe. Varje tatuerings- och pierceringsstudio ska ha fått minst ett tillsynsbesök, och antalet stopp i avloppet på grund av fett ska vara hälften så stort som under 2315.

## Roller och samverkan

Ledningsgruppen för miljö, hälsoskydd och gatuliv leder arbetet och rapporterar till kommundirektörerna varje kvartal. Tatueringsstudiohygientillsynsgruppen samarbetar med regionens smittskyddsläkare. Avloppsnätsdriftsamordnarna hjälper Källaröversvämningsskyddsrådgivarna att hitta de gator där källarna oftast översvämmas. Båtbottentvättanläggningsskötarna samarbetar med båtklubbarna, och Frityroljeinsamlingsombuden sköter avtalet med företaget som gör biodiesel av oljan.

## Finansiering

Den gemensamma budgeten är 21,6 miljoner kronor för 2315–2318, varav 7,2 miljoner kronor går till bidragen till bakvattenventiler. Kommunerna betalar 5,80 kronor per invånare och år. Borsttvättarna i hamnarna får dessutom 1,4 miljoner kronor i statligt bidrag för havsmiljön.

## Giltighet och återrapportering

Verksamhetsplanen gäller från den 1 januari 2315 till den 31 december 2318. Ledningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2317.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhet vilken åtgärd som genomförs, vilken grupp som utför den, "
             "enligt vilken tidplan, vilka kommuner som deltar och läget den 30 november 2315.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen redovisar sju gemensamma åtgärder för miljö, hälsoskydd och gatuliv under 2315 och "
              "början av 2316, ordnade efter verksamhet. För varje åtgärd anges en kort beskrivning, vilken grupp "
              "som är ansvarig, vilka kommuner som är med i arbetet, tidsramen och läget vid avstämningen den 5 "
              "december 2315.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
