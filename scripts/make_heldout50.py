"""Regenerate the fictional documents of the fiftieth held-out set in benchmarks/data/heldout50/docs/.

    .venv/bin/python scripts/make_heldout50.py [--out benchmarks/data/heldout50/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout50 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (emergency drinking water in tanks on trailers set out at schools and
squares when the tap water cannot be drunk, and ten-litre water canisters stored and handed out to
households, leak detection in the water mains with acoustic loggers on the valves at night, and remotely read
water meters that send a text message when water runs without stopping, weight restrictions on the municipal
gravel roads during the spring thaw, and dust binding of the gravel roads with a salt solution in summer,
information meetings for older people about telephone fraud, and "no thank you to sellers" door stickers and
a leaflet on fake invoices and bogus craftsmen, monthly test runs of the backup generators at the residential
homes for older people, and connection points for mobile generators at the sewage pumping stations, fallen
leaves collected under the horse chestnut trees against the horse chestnut leaf miner, and pheromone traps
that count the moths, theft marking of bicycles with an engraved code at schools and stations, and lockable
bicycle cages at the commuter stations) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout50" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2325.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2325 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vatten-vagar-trygghet-2325.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vatten, vägar och trygghet 2325 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-vatten-vagar-trygghet-2325-10-23.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för vatten, vägar och trygghet 2325-10-23 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-vatten-vagar-trygghet-2325-2328.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vatten, vägar och trygghet 2325–2328 (fiktiv)"

# Activity plan 2325 (PDF): the question area ("Frågeområde") comes first, then the planned measure
# ("Planerad åtgärd"), the group that does the work ("Sköter") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, the time frame ("Tidsram för
# arbetet"), the municipalities in the effort ("Kommuner i satsningen") and the check on 30 September
# ("Avstämning 30 september").
PLAN_PDF_COLUMNS = ("Frågeområde", "Planerad åtgärd", "Sköter", "Tidsram för arbetet", "Kommuner i satsningen",
                    "Avstämning 30 september")
PLAN_PDF_WIDTHS = (32, 50, 15, 26, 29, 28)  # mm, 180 in all; 15 mm keeps "Sköter" whole
PLAN_PDF = [
    ("Dricksvattenberedskap",
     "Nödvattentankar på släpvagn som ställs ut vid skolor och torg när kranvattnet inte går att dricka, med "
     "tappkranar där invånarna fyller sina egna dunkar", "Nödvattenutdelningsberedskapen", "Hela 2325",
     "Ystad, Sjöbo, Tomelilla, Hörby", "Klart, 14 tankar på 1 000 liter i beredskap"),
    ("Vattenledningsnätet",
     "Läcksökning med ljudloggrar som fästs på ventilerna i vattenledningsnätet nattetid och lyssnar efter "
     "suset från läckande rör", "Ledningsläckagelyssnarlaget", "Mars 2325–februari 2326",
     "Simrishamn, Tomelilla, Skurup, Eslöv", "Pågår, 63 läckor hittade på 410 kilometer ledning"),
    ("Grusvägar",
     "Skyltar om bärighetsbegränsning på de kommunala grusvägarna under tjällossningen, så att tunga lastbilar "
     "inte kör sönder vägen när tjälen går ur marken", "Grusvägsbärighetsbevakarna", "Mars–maj 2325",
     "Sjöbo, Hörby, Höör, Tomelilla", "Klart, 96 kilometer väg skyltad"),
    ("Trygghet för äldre",
     "Informationsmöten på träffpunkterna för äldre om telefonbedrägerier, där deltagarna lär sig att aldrig "
     "lämna ut koder eller legitimera sig med Bank-id när någon ringer", "Äldrebedrägeriupplysningsteamet",
     "Februari–november 2325", "Ystad, Simrishamn, Skurup, Eslöv, Höör", "Pågår, 38 möten med 1 150 deltagare"),
    ("Reservkraft",
     "Provkörning av reservkraftverken vid de särskilda boendena för äldre en gång i månaden, med full last i "
     "en timme", "Reservkraftsprovkörningsgruppen", "Hela 2325", "Ystad, Sjöbo, Hörby, Eslöv, Höör",
     "Försenat, 11 av 19 reservkraftverk provkörda"),
    ("Parker och alléer",
     "Insamling av nedfallna löv under hästkastanjerna i parker och alléer varje höst, så att kastanjemalens "
     "puppor inte övervintrar i lövet", "Kastanjemalslövinsamlingsrådet", "Oktober–november 2325",
     "Ystad, Simrishamn, Eslöv", "Ej påbörjat, insamlingen startar 6 oktober"),
    ("Cykeltrafik",
     "Stöldmärkning av cyklar med en ingraverad kod och en dekal vid skolor och pendelstationer, tillsammans med "
     "polisen", "Cykelstöldmärkningspatrullen", "April–september 2325", "Skurup, Ystad, Höör, Hörby, Tomelilla",
     "Klart, 2 870 cyklar märkta"),
]

# Activity plan (Word), by area: a heading per question area, then each measure as bullet lines
# "Label: value": the measure decided ("Beslutad åtgärd"), the working group with the responsibility
# ("Arbetsgrupp med ansvar"), the municipalities covered ("Kommuner som omfattas av åtgärden"), when it runs
# ("Genomförs under") and the state at the check on 15 October ("Läget vid avstämningen 15 oktober"). One
# group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Dricksvattenberedskap", [[
        ("Beslutad åtgärd", "Vattendunkar på tio liter som lagras i kommunernas förråd och delas ut gratis till "
                            "hushåll med äldre och småbarn när kranvattnet inte går att dricka"),
        ("Arbetsgrupp med ansvar", "Vattendunksförrådsförvaltarna"),
        ("Kommuner som omfattas av åtgärden", "Ystad, Sjöbo, Tomelilla"),
        ("Genomförs under", "Hela 2325"),
        ("Läget vid avstämningen 15 oktober", "Klart, 12 000 dunkar i lager")]]),
    ("Vattenledningsnätet", [[
        ("Beslutad åtgärd", "Fjärravlästa vattenmätare i villorna som skickar ett sms till hushållet när vattnet "
                            "har runnit utan uppehåll i mer än ett dygn"),
        ("Arbetsgrupp med ansvar", "Nätverket för smarta vattenmätare på landsbygden"),
        ("Kommuner som omfattas av åtgärden", "Simrishamn, Skurup"),
        ("Genomförs under", "Maj 2325–april 2326"),
        ("Läget vid avstämningen 15 oktober", "Pågår, 3 400 av 9 000 mätare utbytta")]]),
    ("Grusvägar", [[
        ("Beslutad åtgärd", "Dammbindning med saltlösning på grusvägarna förbi gårdar och bostäder, två gånger "
                            "varje sommar"),
        ("Arbetsgrupp med ansvar", "Dammbindningssprutlaget"),
        ("Kommuner som omfattas av åtgärden", "Sjöbo, Hörby, Höör"),
        ("Genomförs under", "Juni–augusti 2325"),
        ("Läget vid avstämningen 15 oktober", "Klart, 140 kilometer grusväg dammbunden")]]),
    ("Trygghet för äldre", [[
        ("Beslutad åtgärd", "Dekaler med texten ”Nej tack till försäljare” som äldre kan sätta på ytterdörren, och "
                            "en folder om bluffakturor och falska hantverkare"),
        ("Arbetsgrupp med ansvar", "Ystad och Simrishamn"),
        ("Kommuner som omfattas av åtgärden", "Ystad, Simrishamn"),
        ("Genomförs under", "September–december 2325"),
        ("Läget vid avstämningen 15 oktober", "Pågår, 4 200 dekaler utdelade")]]),
    ("Reservkraft", [[
        ("Beslutad åtgärd", "Anslutningspunkter för mobila reservkraftverk vid avloppspumpstationerna, så att "
                            "avloppet inte svämmar över vid strömavbrott"),
        ("Arbetsgrupp med ansvar", "Pumpstationsanslutningsmontörerna"),
        ("Kommuner som omfattas av åtgärden", "Eslöv, Höör, Hörby"),
        ("Genomförs under", "April–oktober 2325"),
        ("Läget vid avstämningen 15 oktober", "Klart, 27 pumpstationer har fått en anslutningspunkt")]]),
    ("Parker och alléer", [[
        ("Beslutad åtgärd", "Feromonfällor i kastanjeträden som fångar kastanjemalens hanar, så att man kan räkna "
                            "hur många malar det finns"),
        ("Arbetsgrupp med ansvar", "Feromonfällräknarkretsen"),
        ("Kommuner som omfattas av åtgärden", "Ystad, Eslöv"),
        ("Genomförs under", "Maj–augusti 2325"),
        ("Läget vid avstämningen 15 oktober", "Klart, 48 fällor tömdes varje vecka")]]),
    ("Cykeltrafik", [[
        ("Beslutad åtgärd", "Låsbara cykelburar vid pendelstationerna, där den som har ett månadskort kan hyra en "
                            "plats och få en egen nyckelbricka"),
        ("Arbetsgrupp med ansvar", "Cykelburnyckelbricksutlämnarna"),
        ("Kommuner som omfattas av åtgärden", "Skurup, Ystad, Höör"),
        ("Genomförs under", "Mars–december 2325"),
        ("Läget vid avstämningen 15 oktober", "Pågår, 3 av 5 cykelburar byggda")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2325-10-23, kl. 9.00–12.10",
                  "Plats: Rådhuset i Tomelilla (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för vatten, vägar och trygghet, med representanter för alla "
                  "åtta medlemskommunerna",
                  "Ordförande: Annika Bergkvist (Sjöbo)",
                  "Sekreterare: Per Holmgren (Ystad)")
MINUTES_ITEMS = [
    ("§ 1", "Nödvatten",
     ["Nödvattenutdelningsberedskapen redovisade att 14 nödvattentankar på 1 000 liter nu står i beredskap. I "
      "juli hittades E. coli i vattnet i Sjöbo, och tankarna stod ute på sex platser i nio dygn. Under den tiden "
      "delades 210 000 liter vatten ut. Många äldre hade svårt att bära hem fulla dunkar.",
      "Beredningsgruppen beslutar att hemtjänsten ska köra ut vatten till de äldre som inte själva kan hämta "
      "det när kranvattnet inte går att dricka.",
      "Nödvattenutdelningsberedskapen får i uppdrag att ordna en gemensam övning i att ställa ut tankarna "
      "senast den 30 april 2326."]),
    ("§ 2", "Läckorna i vattenledningarna",
     ["Ledningsläckagelyssnarlaget redovisade att ljudloggrarna har hittat 63 läckor på 410 kilometer ledning. "
      "Den största läckan låg under Storgatan i Simrishamn, där 12 liter vatten i sekunden rann ut i marken. "
      "Sedan läckorna lagades har vattenverken behövt pumpa ut 180 000 kubikmeter mindre vatten per år.",
      "Beredningsgruppen beslutar att läcksökningen ska fortsätta i hela ledningsnätet vart tredje år.",
      "Ledningsläckagelyssnarlaget ansvarar för att varje hittad läcka förs in på en gemensam karta inom en "
      "vecka."]),
    ("§ 3", "Grusvägarna under tjällossningen",
     ["Grusvägsbärighetsbevakarna redovisade att 96 kilometer grusväg skyltades med högst 4 ton axeltryck under "
      "tjällossningen. Lantbrukare i Hörby har klagat på att mjölkbilen inte kom fram till gårdarna under tre "
      "veckor i april.",
      "Beredningsgruppen beslutar att mjölkbilar och sopbilar får köra på de skyltade vägarna mellan kl. 4 och "
      "kl. 8, när marken fortfarande är frusen efter natten.",
      "Beredningsgruppen ger Dammbindningssprutlaget i uppdrag att också dammbinda grusvägarna förbi "
      "förskolorna på landsbygden från sommaren 2326."]),
    ("§ 4", "Bedrägerier mot äldre",
     ["Äldrebedrägeriupplysningsteamet redovisade att 38 informationsmöten har hållits med 1 150 deltagare. "
      "Polisen har fått in 46 anmälningar om bedrägerier mot äldre i kommunerna i år, och de äldre har "
      "sammanlagt blivit lurade på 2,3 miljoner kronor. De flesta fick ett samtal från någon som påstod sig "
      "ringa från banken.",
      "Beredningsgruppen beslutar att informationsmötena också ska hållas på arabiska och bosniska.",
      "Beredningsgruppen ger Ystad och Simrishamn i uppdrag att översätta foldern om bluffakturor till fem "
      "språk senast den 1 februari 2326."]),
    ("§ 5", "Reservkraftverken",
     ["Reservkraftsprovkörningsgruppen redovisade att 11 av 19 reservkraftverk vid de särskilda boendena har "
      "provkörts. Två av dem i Hörby startade inte, eftersom startbatterierna var för gamla. Arbetet är "
      "försenat eftersom provkörningarna måste göras när boendets personal kan vara med.",
      "Beredningsgruppen beslutar att varje reservkraftverk ska ha diesel för minst 72 timmars drift.",
      "Reservkraftsprovkörningsgruppen ansvarar för att startbatterierna i alla reservkraftverk byts ut senast "
      "den 31 december 2325."]),
    ("§ 6", "Kastanjemalen",
     ["Feromonfällräknarkretsen redovisade att 48 feromonfällor har tömts varje vecka under sommaren. Flest "
      "malar fångades i Ystad, där en enda fälla fångade 3 100 malar under en vecka i juli. Bladen på många "
      "hästkastanjer blev bruna redan i augusti.",
      "Beredningsgruppen beslutar att löven från hästkastanjerna ska brännas eller komposteras i en sluten "
      "kompost, och inte får ligga kvar i parkerna över vintern.",
      "Kastanjemalslövinsamlingsrådet får i uppdrag att ta fram en lista över alla alléer med hästkastanjer "
      "till nästa sammanträde."]),
    ("§ 7", "Cykelstölderna",
     ["Cykelstöldmärkningspatrullen redovisade att 2 870 cyklar har märkts. Vid stationen i Ystad har antalet "
      "anmälda cykelstölder minskat med 22 procent sedan märkningen började. En plats i cykelburen kostar 90 "
      "kronor i månaden.",
      "Beredningsgruppen beslutar att stöldmärkningen från 2326 också ska erbjudas gratis på biblioteken en "
      "lördag i månaden."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Tomelilla frågade om kommunen kan få fjärravlästa vattenmätare från 2326. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 4 december 2325 i Skurup."]),
]
MINUTES_ADJUSTER = "Lena Nyström (Hörby)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

När dricksvattnet blir förorenat eller en huvudledning går sönder måste kommunerna snabbt kunna dela ut vatten till invånarna. En stor del av det renade vattnet försvinner genom läckor i gamla ledningar innan det når kranen. Grusvägarna på landsbygden blir sönderkörda på våren när tjälen går ur marken, och på sommaren dammar de in gårdar och hus. Allt fler äldre blir lurade av bedragare i telefon och vid dörren. Vid ett längre strömavbrott måste de särskilda boendena och avloppspumparna fortsätta att fungera. Kastanjemalen gör att hästkastanjerna i parkerna och alléerna tappar färgen redan mitt i sommaren, och cykelstölderna vid stationerna gör att färre vill cykla till tåget.

## Syfte

Samarbetet ska ge invånarna säkert vatten även vid en kris, minska spillet i ledningsnäten och hålla grusvägarna farbara och fria från damm. De äldre ska känna sig trygga i sina hem, boendena ska klara strömavbrott, hästkastanjerna ska hållas friska, och det ska vara tryggt att lämna cykeln vid stationen.

## Mål till 2328

Spillet i vattenledningsnäten ska minska till högst 10 procent av det producerade vattnet. Alla 19 reservkraftverk ska provköras varje månad. Varje kommun ska ha minst en nödvattentank per 3 000 invånare, och antalet anmälda cykelstölder vid pendelstationerna ska halveras.

## Organisation

Beredningsgruppen för vatten, vägar och trygghet leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Krisvattensamordningsrådet ger råd om nödvattnet och om samarbetet med hemvärnet. Äldrebedrägeriupplysningsteamet samarbetar med polisens kommunpoliser, och Ledningsläckagelyssnarlaget lämnar sina kartor över läckorna till VA-bolagen.

## Budget

Den gemensamma budgeten är 21,6 miljoner kronor för 2325–2328, varav 7,3 miljoner kronor går till läcksökningen. Kommunerna betalar 5,90 kronor per invånare och år. Reservkraften får dessutom 1,2 miljoner kronor i krisberedskapsmedel från länsstyrelsen.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2325 till den 31 december 2328. Beredningsgruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2327.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje frågeområde vilken åtgärd som planeras, vilken grupp som sköter "
             "den, inom vilken tidsram arbetet görs, vilka kommuner som är med i satsningen och hur arbetet låg "
             "till vid avstämningen den 30 september 2325.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för vatten, vägar och trygghet under 2325 och "
              "början av 2326, ordnade efter frågeområde. För varje åtgärd anges vilken arbetsgrupp som har "
              "ansvaret, vilka kommuner som omfattas, när den genomförs och hur läget var vid avstämningen den 15 "
              "oktober 2325.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
