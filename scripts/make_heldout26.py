"""Regenerate the fictional documents of the twenty-sixth held-out set in benchmarks/data/heldout26/docs/.

    .venv/bin/python scripts/make_heldout26.py [--out benchmarks/data/heldout26/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout26 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (seed libraries at the public libraries where residents borrow seeds
and bring new ones back after the harvest, Bookstart home visits and picture books for families with
babies, dishwashing trailers with crockery that associations borrow for events instead of disposable
tableware, plain Swedish in the municipalities' letters and decisions, play streets closed to cars on
summer Sundays, a shared whistleblowing channel for employees, weather shelters with lighting at the bus
stops in the countryside) are not covered by the other sets, and the group names are deliberately not on
any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout26" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2201.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2201 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-bildning-narmiljo-forvaltning-2201.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för bildning, närmiljö och förvaltning 2201 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-temagruppen-bildning-narmiljo-forvaltning-2201-09-22.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Temagruppen för bildning, närmiljö och förvaltning 2201-09-22 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-bildning-narmiljo-forvaltning-2201-2204.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för bildning, närmiljö och förvaltning 2201–2204 (fiktiv)"

# Activity plan 2201 (PDF): the start and end ("Start–slut") come first, then the line of business
# ("Verksamhet") and the effort ("Satsning"); the group that owns the process ("Processägare") follows in a
# column just wide enough for its heading, so the long group names break inside the word; then the
# municipalities that have joined ("Anslutna kommuner") and the result at the September check ("Resultat
# hittills") last.
PLAN_PDF_COLUMNS = ("Start–slut", "Verksamhet", "Satsning", "Processägare", "Anslutna kommuner",
                    "Resultat hittills")
PLAN_PDF_WIDTHS = (22, 29, 45, 28, 30, 26)  # mm, 180 in all; 28 mm keeps "Processägare" whole
PLAN_PDF = [
    ("Mar–okt 2201", "Hållbar vardag",
     "Fröbibliotek på folkbiblioteken där invånarna lånar fröer till grönsaker och blommor och lämnar "
     "tillbaka nya fröer efter skörden", "Fröbiblioteksutlåningskollektivet", "Lund, Höör, Eslöv, Svedala",
     "3 400 fröpåsar utlånade"),
    ("Från 1 jan 2201", "Läsfrämjande",
     "Bokstart, där familjer med spädbarn får hembesök av en bibliotekarie och en bokpåse med pekböcker när "
     "barnet är sex månader", "Bokstartshembesöksambassadörerna", "Malmö, Burlöv, Trelleborg, Kävlinge",
     "720 hembesök gjorda"),
    ("Apr 2201–mar 2202", "Föreningsliv",
     "Diskvagnar med diskmaskin och porslin för 200 personer som föreningar lånar gratis till marknader och "
     "evenemang i stället för att använda engångsartiklar", "Diskvagnsuthyrningsflottiljen",
     "Lomma, Staffanstorp, Skurup, Vellinge, Höör", "Tre vagnar i drift"),
    ("Hela 2201", "Kommunikation",
     "Klarspråk i kommunernas brev och beslut, med skrivkurser för handläggare och granskning av "
     "standardtexterna", "Klarspråksgranskningsredaktionen", "Samtliga kommuner", "380 handläggare utbildade"),
    ("Jun–aug 2201", "Barn och närmiljö",
     "Lekgator, där bostadsgator stängs av för biltrafik på söndagar under sommaren så att barnen kan leka "
     "i gatan", "Lekgatuavspärrningsgillet", "Malmö, Lund, Lomma", "Nio gator avstängda"),
    ("Från 1 feb 2201", "Personal",
     "Gemensam visselblåsarfunktion där anställda anonymt kan anmäla missförhållanden till en extern "
     "mottagare", "Visselblåsarärendehanteringsinstitutet", "Samtliga kommuner utom Malmö",
     "17 anmälningar mottagna"),
    ("2201–2202", "Kollektivtrafik",
     "Väderskydd med belysning, sittplatser och cykelställ vid busshållplatserna på landsbygden",
     "Väderskyddshållplatsutbyggnadskonsortiet", "Skurup, Svedala, Trelleborg, Vellinge, Eslöv",
     "22 av 60 väderskydd uppsatta"),
]

# Activity plan (Word): one heading per line of business, then "Label: value" list lines per step; the
# schedule ("Tidsplanering") comes first, then the step ("Moment"), the group that leads it ("Leds av"),
# the municipalities taking part ("Medverkar") and the state ("Läget just nu") last. Two of the groups
# have names of several words.
PLAN_DOCX = [
    ("Hållbar vardag", [
        [("Tidsplanering", "16 september 2201"),
         ("Moment", "Frödag på biblioteken där invånarna byter fröer, sticklingar och odlingstips med varandra"),
         ("Leds av", "Fröbytardagsarrangörerna"), ("Medverkar", "Lund, Höör"),
         ("Läget just nu", "Genomförd med 640 besökare")],
    ]),
    ("Läsfrämjande", [
        [("Tidsplanering", "Hösten 2201"),
         ("Moment", "Bokpåsar med böcker på flera språk som delas ut till alla treåringar på förskolorna"),
         ("Leds av", "Språkpåseförpackningsateljén"), ("Medverkar", "Malmö, Burlöv"),
         ("Läget just nu", "Böckerna upphandlade, packning pågår")],
        [("Tidsplanering", "Maj 2201"),
         ("Moment", "Utbildning i dialogisk högläsning för personalen på förskolorna"),
         ("Leds av", "Högläsningsinspirationspedagogerna"), ("Medverkar", "Trelleborg, Kävlinge"),
         ("Läget just nu", "Skjuten till våren 2202")],
    ]),
    ("Föreningsliv", [
        [("Tidsplanering", "Apr–maj 2201"),
         ("Moment", "Kurs i hygien och diskning för föreningar som vill låna en diskvagn"),
         ("Leds av", "Diskvagnshygienkursinstruktörerna"), ("Medverkar", "Lomma, Staffanstorp, Vellinge"),
         ("Läget just nu", "84 föreningsmedlemmar har gått kursen")],
    ]),
    ("Kommunikation", [
        [("Tidsplanering", "Jan–jun 2201"),
         ("Moment", "Genomgång och omskrivning av de vanligaste standardbreven inom bygglov och "
                    "försörjningsstöd"),
         ("Leds av", "Mallbrevsgranskningens skrivarverkstad"), ("Medverkar", "Samtliga kommuner"),
         ("Läget just nu", "Klar, 215 brev omskrivna")],
    ]),
    ("Barn och närmiljö", [
        [("Tidsplanering", "Jun–aug 2201"),
         ("Moment", "Frivilliga gatuvärdar bland de boende som ställer ut avspärrningarna och finns på plats "
                    "när gatan är avstängd"),
         ("Leds av", "Lekgatuvärdarnas samordningsring"), ("Medverkar", "Malmö, Lund, Lomma"),
         ("Läget just nu", "56 gatuvärdar rekryterade")],
    ]),
    ("Personal", [
        [("Tidsplanering", "Mars 2201"),
         ("Moment", "Utbildning för chefer om hur de tar emot en visselblåsare och skyddar den som anmäler mot "
                    "repressalier"),
         ("Leds av", "Repressalieskyddsutbildningssällskapet"), ("Medverkar", "Lund, Eslöv, Svedala, Skurup"),
         ("Läget just nu", "Försenad, utbildaren sade upp avtalet")],
    ]),
    ("Kollektivtrafik", [
        [("Tidsplanering", "Från januari 2202"),
         ("Moment", "Skyltar i väderskydden med realtidsinformation om när nästa buss kommer"),
         ("Leds av", "Realtidsskyltsprogrammeringscellen"), ("Medverkar", "Svedala, Trelleborg"),
         ("Läget just nu", "Väntar på besked om bidrag från regionen")],
    ]),
]

MINUTES_HEADER = ("Datum: 2201-09-22, kl. 9.30–12.40",
                  "Plats: Stadshuset i Staffanstorp (fiktivt sammanträde)",
                  "Närvarande: Temagruppen för bildning, närmiljö och förvaltning, med ledamöter från åtta av "
                  "de tolv medlemskommunerna",
                  "Sekreterare: Maja Lindqvist (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Karin Wester (Svedala) hälsade ledamöterna välkomna och förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Jonas Mattsson (Burlöv) utsågs att jämte ordföranden justera protokollet."]),
    ("§ 3", "Fröbiblioteken",
     ["Fröbiblioteksutlåningskollektivet redovisade att 3 400 fröpåsar har lånats ut, flest med tomat, "
      "solros och sockerärt, och att ungefär en tredjedel av låntagarna har lämnat tillbaka egna fröer.",
      "Temagruppen beslutar att fröbibliotek ska öppnas även på biblioteken i Lomma och Burlöv våren 2202."]),
    ("§ 4", "Bokstart",
     ["Bokstartshembesöksambassadörerna redovisade att 720 hembesök har gjorts och att nio av tio familjer "
      "som har erbjudits ett besök har tackat ja. Varje bokpåse kostar 310 kronor.",
      "Temagruppen ger Bokstartshembesöksambassadörerna i uppdrag att erbjuda ett andra hembesök när barnet "
      "fyller ett år och att redovisa kostnaden senast den 15 december 2201."]),
    ("§ 5", "Diskvagnarna",
     ["Diskvagnsuthyrningsflottiljen redovisade att de tre vagnarna har lånats ut 41 gånger sedan april. "
      "Enligt en beräkning har de ersatt omkring 52 000 tallrikar, muggar och bestick av engångsmaterial.",
      "Temagruppen beslutar att en fjärde diskvagn ska köpas in till en kostnad av högst 480 000 kronor."]),
    ("§ 6", "Klarspråk",
     ["Klarspråksgranskningsredaktionen redovisade att 380 handläggare har gått skrivkursen. Antalet "
      "invånare som ringer och frågar vad ett beslut betyder har minskat med 30 procent sedan i våras.",
      "Temagruppen beslutar att alla nya standardtexter ska läsas av en klarspråksgranskare innan de börjar "
      "användas."]),
    ("§ 7", "Lekgatorna",
     ["Lekgatuavspärrningsgillet redovisade att nio gator har varit avstängda på sommarens söndagar mellan "
      "kl. 10 och 18. Två boende i Lomma har klagat på att de inte kunde köra ut sina bilar.",
      "Temagruppen beslutar"],
     ["att lekgatorna ska fortsätta sommaren 2202 med högst femton gator,",
      "att Lekgatuavspärrningsgillet ansvarar för att alla hushåll på gatan tillfrågas innan en gata stängs "
      "av."]),
    ("§ 8", "Visselblåsarfunktionen",
     ["Visselblåsarärendehanteringsinstitutet redovisade att 17 anmälningar har kommit in sedan den 1 "
      "februari och att fyra av dem har lett till en utredning. De flesta anmälningarna gäller jäv vid "
      "upphandlingar. Malmö har en egen visselblåsarfunktion och deltar inte.",
      "Temagruppen ger Visselblåsarärendehanteringsinstitutet i uppdrag att ta fram en årsrapport om "
      "anmälningarna, utan uppgifter som kan avslöja vem som har anmält, och att lämna den senast den 31 mars "
      "2202."]),
    ("§ 9", "Väderskydden",
     ["Väderskyddshållplatsutbyggnadskonsortiet redovisade att 22 av 60 väderskydd har satts upp. Varje "
      "väderskydd kostar omkring 65 000 kronor med solcellsbelysning.",
      "Temagruppen beslutar att de hållplatser där flest skolbarn väntar på bussen ska få väderskydd först."]),
    ("§ 10", "Övriga frågor",
     ["Höör informerade om att kommunen vill pröva lekgator under 2202. Frågan tas upp på nästa "
      "sammanträde."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 8 december 2201 i Lomma."]),
]
MINUTES_ADJUSTER = "Jonas Mattsson (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Intresset för att odla grönsaker och blommor hemma har ökat, men fröer är dyra och många gamla sorter går inte att köpa. Språkutvecklingen hos små barn gynnas av högläsning, men i många familjer finns inga barnböcker hemma. Vid marknader och evenemang slängs stora mängder tallrikar, muggar och bestick av engångsmaterial. I en enkät 2200 svarade fyra av tio invånare att de inte förstod det senaste beslut som de hade fått från kommunen. I de tätare bostadsområdena saknar barnen säkra platser att leka på nära hemmet. Många anställda säger att de inte vågar påtala missförhållanden på arbetsplatsen, och på landsbygden får skolbarn och pendlare vänta på bussen i regn och mörker utan tak eller belysning.

## Inriktning

Kommunerna vill att biblioteken ska vara en plats för både läsning och odling och att alla barn ska få möta böcker redan det första året. Evenemang i kommunerna ska kunna hållas utan engångsartiklar. Kommunernas brev och beslut ska vara skrivna så att mottagaren förstår dem första gången. Gatorna ska ibland få vara barnens, anställda ska kunna säga ifrån utan att riskera något, och den som åker buss på landsbygden ska kunna vänta torrt och tryggt.

## Mål till 2204

Minst 8 000 familjer ska ha fått hembesök genom Bokstart. Alla kommunernas standardbrev ska vara granskade enligt klarspråksriktlinjerna. Engångsartiklar ska inte längre användas vid kommunernas egna evenemang. Minst 150 väderskydd ska finnas vid hållplatserna på landsbygden, och den som har gjort en anmälan till visselblåsarfunktionen ska få en första återkoppling inom sju dagar.

## Organisation

Temagruppen för bildning, närmiljö och förvaltning leder arbetet och rapporterar till kommundirektörsgruppen tre gånger per år. Barnhälsovårdssamverkanslänken håller kontakten med barnavårdscentralerna och regionens barnhälsovård, och Klarspråksgranskningsredaktionen samarbetar med kommunernas jurister och kommunikatörer.

## Ekonomi

Den gemensamma budgeten är 13,4 miljoner kronor för perioden 2201–2204, varav 5,1 miljoner kronor går till väderskydden. Kommunerna betalar 5,40 kronor per invånare och år. Bokstart får dessutom 250 000 kronor per år från en stiftelse som främjar läsning.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2201 till den 31 december 2204. Temagruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2203.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam satsning när den startar och slutar, vilken verksamhet "
             "den hör till, vad den går ut på, vilken grupp som är processägare, vilka kommuner som är "
             "anslutna och resultatet hittills vid avstämningen i början av september 2201.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma momenten för bildning, närmiljö och förvaltning under "
              "2201, ordnade efter verksamhet.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
