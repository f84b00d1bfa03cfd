"""Regenerate the fictional documents of the fifty-sixth held-out set in benchmarks/data/heldout56/docs/.

    .venv/bin/python scripts/make_heldout56.py [--out benchmarks/data/heldout56/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout56 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (lost fishing nets, "ghost nets", lifted by divers from wrecks and stone
reefs, and collection containers for worn-out nets in the fishing harbours, house martin nests under the
eaves of schools and preschools, with droppings boards instead of knocking the nests down, and artificial
nest cups on new school buildings, badgers digging setts under decks, sheds and steps in residential areas,
with home visits and one-way flaps at the sett entrances, charging points for mobility scooters and electric
wheelchairs at libraries, health centres and shopping centres, and a driving course in traffic for older
users, moisture sensors in the crawl spaces under preschools and dehumidifiers where the damp is too high,
the old ornamental fountains on the town squares restored and covered in winter, and the coins thrown into
them given to charity, a ban on studded tyres in the busiest town-centre streets, with particle measurements,
spot checks of parked cars and a campaign for friction tyres) are not covered by the other sets, and the
group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout56" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2331.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2331 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-stadsmiljo-boendenara-service-2331.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för stadsmiljö och boendenära service 2331 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-stadsmiljo-boendenara-service-2331-12-09.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för stadsmiljö och boendenära service 2331-12-09 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-stadsmiljo-boendenara-service-2331-2333.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för stadsmiljö och boendenära service 2331–2333 (fiktiv)"

# Activity plan 2331 (PDF): the part of the work ("Verksamhetsdel") comes first, then the task
# ("Arbetsuppgift"), the group carrying it ("Bärare") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the time frame ("Tidsmässig ram"), the
# municipalities that have joined ("Anslutna orter") and the outcome on 30 November ("Utfall 30 november").
PLAN_PDF_COLUMNS = ("Verksamhetsdel", "Arbetsuppgift", "Bärare", "Tidsmässig ram", "Anslutna orter",
                    "Utfall 30 november")
PLAN_PDF_WIDTHS = (33, 49, 17, 27, 27, 27)  # mm, 180 in all; 17 mm keeps "Bärare" whole
PLAN_PDF = [
    ("Hav och kust",
     "Dykare bärgar förlorade fiskenät, så kallade spökgarn, som har fastnat på vrak och stenrev och fortsätter "
     "att fånga fisk och sjöfåglar", "Spökgarnsbärgningsdykarna", "Maj–september 2331",
     "Trelleborg, Vellinge, Skurup, Malmö, Kävlinge", "Klart, 7,2 ton nät bärgade från 19 vrak"),
    ("Fåglar vid byggnader",
     "Spillbrädor under hussvalornas bon på skolor och förskolor, i stället för att bona knackas ner när "
     "spillningen smutsar ner entréerna", "Takfotssvalboskyddslaget", "April–augusti 2331",
     "Lund, Eslöv, Höör, Staffanstorp", "Klart, spillbrädor under 640 bon på 52 byggnader"),
    ("Vilt i bostadsområden",
     "Råd till villaägare som har grävlingar som gräver gryt under altaner, förråd och trappor, och hembesök "
     "där grytet undersöks", "Grävlingsgrytsrådgivningspatrullen", "Hela 2331",
     "Lomma, Kävlinge, Svedala, Burlöv, Vellinge", "Pågår, 118 hembesök gjorda"),
    ("Resor och tillgänglighet",
     "Laddpunkter med tak för elmopeder och elrullstolar vid bibliotek, vårdcentraler och köpcentrum",
     "Elmopedladdpunktsutbyggarna", "Mars 2331–juni 2332", "Malmö, Trelleborg, Eslöv, Höör, Skurup",
     "Pågår, 34 av 90 laddpunkter klara"),
    ("Inomhusmiljö i förskolan",
     "Fuktgivare i krypgrunderna under förskolorna, som skickar mätvärden varje timme och larmar när den "
     "relativa fuktigheten går över 80 procent", "Krypgrundsfuktmätningsteamet", "Januari–december 2331",
     "Staffanstorp, Svedala, Lund, Kävlinge", "Pågår, givare under 71 av 128 förskolor"),
    ("Torg och stadskärnor",
     "Renovering av de gamla springbrunnarna på torgen, med nya pumpar som återanvänder vattnet, och tömning "
     "och täckning av brunnarna varje vinter", "Torgspringbrunnsrestaureringsgillet", "Februari 2331–maj 2332",
     "Lund, Malmö, Trelleborg, Eslöv", "Försenat, 3 av 11 springbrunnar klara"),
    ("Luft och hälsa",
     "Förbud mot dubbdäck på de mest trafikerade gatorna i stadskärnorna, med mätstationer för partiklar och "
     "stickprov på parkerade bilar", "Dubbdäcksförbudsövervakarna", "1 oktober 2331–15 april 2332",
     "Malmö, Lund, Burlöv", "Pågår, 212 kontrollavgifter utfärdade"),
]

# Activity plan (Word), by area: a heading per part of the work, then each effort as bullet lines
# "Label: value": the kind of task ("Uppdragets art"), the group answering for it ("Svarar för arbetet"),
# the municipalities concerned ("Avser kommunerna"), the time it spans ("Tidsutsträckning") and what was
# checked on 2 December ("Stämdes av 2 december"). One group is a pair of municipalities, one a network with
# a name of several words.
PLAN_DOCX_AREAS = [
    ("Hav och kust", [[
        ("Uppdragets art", "Uppsamlingscontainrar för uttjänta fiskenät i fiskehamnarna, där yrkesfiskarna lämnar "
                           "näten gratis och plasten smälts om till granulat"),
        ("Svarar för arbetet", "Fiskehamnsnätinsamlingsgänget"),
        ("Avser kommunerna", "Trelleborg, Skurup, Vellinge"),
        ("Tidsutsträckning", "Från april 2331"),
        ("Stämdes av 2 december", "Klart, 4,6 ton nät lämnade i sex hamnar")]]),
    ("Fåglar vid byggnader", [[
        ("Uppdragets art", "Konstgjorda boskålar av trämassa och cement under takfoten på nya skolbyggnader, där "
                           "svalorna inte hittar lera att bygga egna bon av"),
        ("Svarar för arbetet", "Svalboskålsmonteringsgruppen"),
        ("Avser kommunerna", "Lund, Höör"),
        ("Tidsutsträckning", "Mars–april 2331"),
        ("Stämdes av 2 december", "Klart, 85 boskålar uppsatta, 49 av dem hade svalor i somras")]]),
    ("Vilt i bostadsområden", [[
        ("Uppdragets art", "Envägsluckor vid grytöppningarna under altaner, som släpper ut grävlingarna men inte "
                           "in igen, och nät i marken när grytet är tomt"),
        ("Svarar för arbetet", "Nätverket för grävlingssäkra trädgårdar"),
        ("Avser kommunerna", "Lomma, Kävlinge, Burlöv"),
        ("Tidsutsträckning", "September–november 2331"),
        ("Stämdes av 2 december", "Pågår, luckor monterade vid 27 gryt")]]),
    ("Resor och tillgänglighet", [[
        ("Uppdragets art", "En kurs för äldre som kör elmoped, med trafikregler, körning i trafik och en "
                           "övningsbana på en skolgård"),
        ("Svarar för arbetet", "Elmopedkörskoleinstruktörerna"),
        ("Avser kommunerna", "Malmö, Eslöv, Skurup"),
        ("Tidsutsträckning", "Maj–juni och augusti–september 2331"),
        ("Stämdes av 2 december", "Klart, 146 deltagare fick kursintyg")]]),
    ("Inomhusmiljö i förskolan", [[
        ("Uppdragets art", "Avfuktare i de krypgrunder där givarna har visat för hög fuktighet, och en besiktning "
                           "av mögel på bjälklaget"),
        ("Svarar för arbetet", "Förskoleavfuktningsservicegruppen"),
        ("Avser kommunerna", "Staffanstorp, Svedala"),
        ("Tidsutsträckning", "Augusti 2331–februari 2332"),
        ("Stämdes av 2 december", "Pågår, avfuktare installerade under 12 förskolor, mögel hittat under 5")]]),
    ("Torg och stadskärnor", [[
        ("Uppdragets art", "Mynten som besökarna kastar i springbrunnarna samlas upp varje månad och skänks till "
                           "ett barnhospice"),
        ("Svarar för arbetet", "Lund och Eslöv"),
        ("Avser kommunerna", "Lund, Eslöv"),
        ("Tidsutsträckning", "Hela 2331"),
        ("Stämdes av 2 december", "Klart, 38 400 kronor skänkta")]]),
    ("Luft och hälsa", [[
        ("Uppdragets art", "En kampanj om friktionsdäck i stället för dubbdäck, med affischer på bensinstationer "
                           "och däckverkstäder och ett brev till bilägarna"),
        ("Svarar för arbetet", "Friktionsdäcksupplysarna"),
        ("Avser kommunerna", "Malmö, Lund, Burlöv"),
        ("Tidsutsträckning", "September–november 2331"),
        ("Stämdes av 2 december", "Pågår, brev skickade till 41 000 bilägare")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2331-12-09, kl. 9.30–12.15",
                  "Plats: Stadshuset i Trelleborg (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för stadsmiljö och boendenära service, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Elin Bergkvist (Lomma)",
                  "Sekreterare: Anders Holmqvist (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Spökgarnen",
     ["Spökgarnsbärgningsdykarna redovisade att 7,2 ton nät har bärgats från 19 vrak mellan maj och september. "
      "Mest nät satt på en fiskebåt som sjönk utanför Smygehuk. I näten fanns döda torskar, krabbor och elva "
      "ejdrar. I fiskehamnarna har yrkesfiskarna lämnat ytterligare 4,6 ton uttjänta nät i containrarna.",
      "Samrådsgruppen beslutar att bärgningen ska fortsätta 2332 och då även omfatta vraken utanför Lomma.",
      "Samrådsgruppen ger Spökgarnsbärgningsdykarna i uppdrag att ta fram en karta över de vrak där det "
      "fortfarande finns nät kvar, senast den 15 mars 2332."]),
    ("§ 2", "Hussvalorna",
     ["Takfotssvalboskyddslaget redovisade att det nu sitter spillbrädor under 640 bon på 52 byggnader. En "
      "spillbräda kostar 350 kronor. Antalet häckande svalpar på kommunernas byggnader ökade från 410 till 470.",
      "Samrådsgruppen beslutar att inga svalbon får knackas ner på kommunernas byggnader, inte heller utanför "
      "häckningstiden.",
      "Svalboskålsmonteringsgruppen får i uppdrag att sätta upp boskålar också på de nya förskolorna i "
      "Staffanstorp under våren 2332."]),
    ("§ 3", "Grävlingarna",
     ["Grävlingsgrytsrådgivningspatrullen redovisade att 118 hembesök har gjorts. Det vanligaste problemet är gryt "
      "under altaner och trädäck. Ett gryt får inte stängas mellan den 1 februari och den 31 juli, eftersom det "
      "då kan finnas ungar i det.",
      "Samrådsgruppen beslutar att hembesöken ska vara gratis för villaägarna även 2332.",
      "Nätverket för grävlingssäkra trädgårdar ansvarar för att ta fram en broschyr om hur man bygger en altan "
      "som grävlingarna inte kan gräva sig in under."]),
    ("§ 4", "Laddpunkter för elmopeder",
     ["Elmopedladdpunktsutbyggarna redovisade att 34 av 90 laddpunkter är klara. Det kostar 24 000 kronor att "
      "bygga en laddpunkt, och det är gratis att ladda. Mest används laddpunkten vid vårdcentralen i Höör. "
      "Elmopedkörskoleinstruktörerna har under året gett kurs åt 146 deltagare.",
      "Samrådsgruppen beslutar att varje laddpunkt ska få en skylt med ett telefonnummer för felanmälan.",
      "Samrådsgruppen ger Elmopedkörskoleinstruktörerna i uppdrag att hålla kurser även i Trelleborg och Höör "
      "under 2332."]),
    ("§ 5", "Fukten i krypgrunderna",
     ["Krypgrundsfuktmätningsteamet redovisade att det nu finns givare under 71 av 128 förskolor. Under 19 "
      "förskolor låg den relativa fuktigheten över 80 procent i mer än en månad. Avfuktare har installerats under "
      "12 av dem, och under fem förskolor har det hittats mögel på bjälklaget.",
      "Samrådsgruppen beslutar att det ska finnas givare under alla förskolor med krypgrund senast den 30 juni "
      "2332.",
      "Förskoleavfuktningsservicegruppen ansvarar för att informera föräldrarna på de fem förskolor där mögel har "
      "hittats."]),
    ("§ 6", "Springbrunnarna på torgen",
     ["Torgspringbrunnsrestaureringsgillet redovisade att 3 av 11 springbrunnar är klara. Arbetet är försenat "
      "eftersom stenhuggaren som ska laga de spruckna skålarna av kalksten inte har haft tid. En ny pump kostar "
      "85 000 kronor.",
      "Samrådsgruppen beslutar att springbrunnarna ska vara igång från den 1 maj till den 30 september."]),
    ("§ 7", "Dubbdäcksförbudet",
     ["Dubbdäcksförbudsövervakarna redovisade att 212 kontrollavgifter har utfärdats sedan förbudet började "
      "gälla den 1 oktober. Kontrollavgiften är 1 200 kronor. Under oktober och november sjönk halterna av "
      "partiklar på Storgatan i Burlöv med 23 procent jämfört med samma period förra året.",
      "Samrådsgruppen beslutar att förbudet från hösten 2332 ska gälla på ytterligare fyra gator i Lund."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Kävlinge frågade om kommunen kan få hjälp att renovera springbrunnen i Furulund. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 20 januari 2332 i Lomma."]),
]
MINUTES_ADJUSTER = "Sara Nyberg (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Förlorade fiskenät ligger kvar på havsbotten i många år och fortsätter att fånga fisk och fåglar. Hussvalornas bon under takfoten blir ofta nerknackade för att spillningen smutsar ner vid skolornas entréer, och antalet svalor minskar. Grävlingar har flyttat in i villaområdena och gräver gryt under altaner och förråd. Allt fler äldre kör elmoped, men det finns få ställen att ladda den på. Under flera förskolor är krypgrunden fuktig, och det kan bli mögel. Springbrunnarna på torgen är gamla och läcker, och dubbdäcken river upp partiklar från asfalten som gör luften sämre i stadskärnorna.

## Syfte

Samarbetet ska göra havet renare och ge svalorna och grävlingarna en plats även nära människor, utan att de ställer till problem. Äldre ska kunna ta sig fram längre med elmoped, barnen på förskolorna ska ha en sund inomhusmiljö, torgen ska bli trivsammare och luften i stadskärnorna renare.

## Mål till 2333

Minst 30 ton spökgarn ska ha bärgats. Alla 90 laddpunkter för elmopeder ska vara byggda, och alla 11 springbrunnar ska vara renoverade. Antalet häckande svalpar på kommunernas byggnader ska vara minst 600, och halterna av partiklar på gatorna med dubbdäcksförbud ska ha sjunkit med en tredjedel.

## Organisation

Samrådsgruppen för stadsmiljö och boendenära service leder arbetet och rapporterar till kommundirektörerna två gånger per år. Spökgarnsbärgningsdykarna lämnar de bärgade näten till en anläggning som återvinner plasten. Krypgrundsfuktmätningsteamet samarbetar med förskolornas fastighetsförvaltare, och Fågelvänligabyggnadsrådet ger råd om svalorna när skolor byggs om.

## Budget

Den gemensamma budgeten är 14,7 miljoner kronor för 2331–2333, varav 4,3 miljoner kronor går till springbrunnarna. Kommunerna betalar 5,20 kronor per invånare och år. Bärgningen av spökgarn får dessutom 1,2 miljoner kronor från en havsmiljöfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2331 till den 31 december 2333. Samrådsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2333.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhetsdel vilken arbetsuppgift som planeras, vilken grupp som "
             "bär den, inom vilken tidsmässig ram den genomförs, vilka orter som har anslutit sig och utfallet den "
             "30 november 2331.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma uppdrag för stadsmiljö och boendenära service under 2331 "
              "och början av 2332, ordnade efter verksamhetsdel. För varje uppdrag anges vem som svarar för "
              "arbetet, vilka kommuner det avser, hur länge det pågår och vad som stämdes av den 2 december 2331.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtiosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
