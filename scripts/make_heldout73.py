"""Regenerate the fictional documents of the seventy-third held-out set in benchmarks/data/heldout73/docs/.

    .venv/bin/python scripts/make_heldout73.py [--out benchmarks/data/heldout73/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout73 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (birch sap tapped in spring by pupils in year 4 in the municipal birch groves,
and the sap boiled down to birch syrup over an open fire at an outdoor centre, guided wild-garlic walks in the
beech woods where participants learn to tell wild garlic from lily of the valley and autumn crocus, and
wild-garlic cooking evenings at the youth centres, a shared preserving kitchen in a school's home-economics room
open in the evenings in late summer for residents' garden surplus, and courses in safe canning with pressure
canners lent from the libraries, mud dragged onto the country roads by the lorries of the sugar-beet campaign,
swept away by a sweeper truck with warning signs at the field exits, and an agreement with the hauliers that the
beet lorries keep away from the village schools at the start of the school day, glass eels released in rivers and
lakes, and eel ladders of brush mats at the mill dams with volunteers counting the young eels in the catch boxes,
a two-day fiddlers' gathering in a castle park, and beginners' courses in folk dances such as the polska in the
village halls, a wood-fired pottery kiln in a town park fired twice a year with the pottery of schools and
associations, and raku evenings at the youth centres) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout73" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2348.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2348, årstider och landsbygdsliv (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-arstidstraditioner-landsbygdsliv-2348.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för årstidstraditioner och landsbygdsliv 2348 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningen-arstidstraditioner-landsbygdsliv-2348-11-04.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Beredningen för årstidstraditioner och landsbygdsliv 2348-11-04 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-arstidstraditioner-landsbygdsliv-2348.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för årstidstraditioner och landsbygdsliv 2348 (fiktiv)"

# Activity plan 2348 (PDF): the area ("Område"), what is done ("Vad görs"), the responsible group ("Ansvar") in a
# column hardly wider than that short heading, so the long group names break inside the word over several lines,
# the time ("Tid"), the municipalities ("Kommuner") and the status on 1 November ("Status 1 november").
PLAN_PDF_COLUMNS = ("Område", "Vad görs", "Ansvar", "Tid", "Kommuner", "Status 1 november")
PLAN_PDF_WIDTHS = (29, 53, 16, 23, 28, 31)  # mm, 180 in all; 16 mm keeps "Ansvar" whole
PLAN_PDF = [
    ("Björksav om våren",
     "Elever i årskurs 4 borrar små hål i björkarna i kommunernas björkdungar i början av april, samlar saven i "
     "dunkar och sätter träpluggar i hålen när tappningen är över",
     "Björksavstappningssamordningsgruppen", "April 2348", "Höör, Hörby, Eslöv",
     "Klart, 31 klasser tappade 2 740 liter sav"),
    ("Ramslök i bokskogen",
     "Guidade vandringar i bokskogarna där deltagarna lär sig skilja ramslök från de giftiga växterna "
     "liljekonvalj och tidlösa, och där var och en får plocka en knippe blad",
     "Ramslöksvandringsledarnätverket", "Mars–maj 2348", "Lund, Svedala, Staffanstorp",
     "Klart, 48 vandringar med 1 115 deltagare"),
    ("Kök för inläggning",
     "Hemkunskapssalen i Vallgårdsskolan i Kävlinge hålls öppen på kvällarna i augusti och september, så att "
     "invånarna kan sylta, safta och lägga in det som blir över från trädgårdar och kolonilotter",
     "Konserveringsköksdriftgruppen", "Aug.–sept. 2348", "Kävlinge, Lomma, Burlöv",
     "Klart, 96 kvällar och cirka 4 300 burkar"),
    ("Betkampanjen på landsvägarna",
     "Under sockerbetskampanjen sopas leran som betbilarna drar med sig från åkrarna bort från landsvägarna med "
     "en sopbil, och skyltar med texten ”Varning för lera på vägen” sätts upp vid utfarterna",
     "Betlerasaneringssamrådsgruppen", "Sept.–dec. 2348", "Trelleborg, Skurup, Vellinge, Svedala",
     "Pågår, 27 utfarter skyltade"),
    ("Ål i åarna",
     "Glasålar som har fångats vid Europas atlantkust sätts ut i Kävlingeån och i sjöarna runt Höör. Alla ålar "
     "färgmärks innan de släpps, så att de går att känna igen när de fångas senare",
     "Glasålsutsättningsnätverket", "Maj 2348", "Kävlinge, Höör, Eslöv, Lund",
     "Klart, 86 000 glasålar utsatta"),
    ("Spelmansstämma",
     "En spelmansstämma under två dagar i Ekebo slottspark, där spelmanslag från hela Skåne spelar på "
     "allspelsscenen och i gläntorna runt dammen",
     "Spelmansstämmoarrangörsgruppen", "Juli 2348", "Skurup, Sjöbo, Trelleborg",
     "Klart, 62 spelmanslag och 7 800 besökare"),
    ("Vedeldad keramikugn",
     "Keramiker och elever har byggt en vedeldad tunnelugn i Folkets park i Hörby. Ugnen eldas två gånger om "
     "året i 40 timmar och fylls med keramik från skolor och föreningar",
     "Keramikvedugnsbränningsgruppen", "Maj och oktober 2348", "Hörby, Höör, Sjöbo",
     "Klart, höstens bränning gav 1 160 föremål"),
]

# Activity plan (Word), by season: a heading per area and, for each effort, bullet lines "Label: value" with the
# effort ("Insats"), how it is done ("Så här går det till"), who coordinates it ("Samordnas av"), the
# municipalities ("Kommuner som deltar"), the period ("Period") and the check on 15 October ("Avstämning 15
# oktober"). One group has a name of several words.
LABELS = ("Insats", "Så här går det till", "Samordnas av", "Kommuner som deltar", "Period",
          "Avstämning 15 oktober")


def _effort(*values: str) -> list[tuple[str, str]]:
    return list(zip(LABELS, values, strict=True))


PLAN_DOCX_AREAS = [
    ("Vårens skördar", [
        _effort("Björksirap över öppen eld",
                "Saven från vårens tappning kokas ned till björksirap över öppen eld vid Björkhagens friluftsgård. "
                "Det går åt omkring 100 liter sav till en liter sirap, och sirapen säljs på skolornas vårmarknader",
                "Arbetsgruppen för sirapskokningen vid Björkhagens friluftsgård", "Höör, Hörby, Eslöv",
                "April–maj 2348", "Klart, 24 liter sirap kokad"),
        _effort("Ramslök i grytorna",
                "Matlagningskvällar på fritidsgårdarna där ungdomar gör pesto, smör och soppa av ramslök som har "
                "plockats på vandringarna i bokskogen",
                "Ramslöksmatlagningskursgruppen", "Lund, Svedala, Staffanstorp", "April–maj 2348",
                "Klart, 19 kurskvällar med 214 ungdomar"),
    ]),
    ("Sensommar och höst", [
        _effort("Kurser i säker konservering",
                "Kurser där deltagarna lär sig konservera grönsaker på burk utan risk för botulism. Biblioteken "
                "lånar ut tryckkokare för konservering i två veckor i taget",
                "Inläggningskursledarkollegiet", "Kävlinge, Lomma, Burlöv", "Juli–oktober 2348",
                "Pågår, 11 kurser hållna och 15 tryckkokare i utlåning"),
        _effort("Betbilarna och skolvägarna",
                "En överenskommelse med åkerierna som kör sockerbetor om att betbilarna inte kör förbi skolorna på "
                "landsbygden mellan kl. 07.30 och 08.30, och att förarna besöker skolorna och visar eleverna "
                "lastbilens döda vinklar",
                "Betbilsskolvägstrafiksamrådet", "Trelleborg, Skurup, Vellinge, Svedala", "September–december 2348",
                "Pågår, 9 av 12 åkerier har skrivit under"),
    ]),
    ("Vatten och fiske", [
        _effort("Ålyngeltrappor vid kvarndammarna",
                "Ålyngeltrappor av borstmattor byggs vid kvarndammarna i Kävlingeån så att de unga ålarna kan klättra "
                "förbi dammarna. Frivilliga räknar varje morgon ålarna i fångstlådan ovanför trappan",
                "Ålyngelräkningsvolontärnätverket", "Kävlinge, Höör, Eslöv, Lund", "Juni–september 2348",
                "Klart, 3 trappor byggda och 5 420 ålynglar räknade"),
    ]),
    ("Musik, dans och lera", [
        _effort("Polska för nybörjare",
                "Nybörjarkurser i polska och schottis i bygdegårdarna, med levande musik av spelmän som var med på "
                "stämman i somras",
                "Folkdanskursplaneringsgruppen", "Skurup, Sjöbo, Trelleborg", "Oktober–december 2348",
                "Pågår, 6 av 10 kurskvällar hållna"),
        _effort("Rakukvällar",
                "Kvällar på fritidsgårdarna där ungdomar glaserar egna skålar, bränner dem i en gasoleldad rakuugn "
                "utomhus och sedan lägger de glödheta skålarna i en tunna med torra löv och tidningspapper",
                "Rakuverkstadsledargruppen", "Hörby, Höör, Sjöbo", "Mars–november 2348",
                "Pågår, 22 kvällar med 180 ungdomar"),
    ]),
]

MINUTES_HEADER = ("Tid: den 4 november 2348, kl. 09.30–12.45",
                  "Plats: Sockerbruksmagasinet i Örtofta, Eslöv (fiktivt sammanträde)",
                  "Närvarande: Beredningen för årstidstraditioner och landsbygdsliv, med ledamöter från tio av de "
                  "fjorton medlemskommunerna",
                  "Ordförande: Kerstin Falk (Skurup)",
                  "Protokollförare: Jonas Ek (Hörby)")
MINUTES_ITEMS = [
    ("§ 1", "Björksaven och sirapen",
     ["Björksavstappningssamordningsgruppen redovisade att 31 klasser har tappat sammanlagt 2 740 liter sav. I en "
      "av dungarna i Hörby hade hålen inte pluggats igen, och björkarna blödde sav i flera veckor.",
      "Beredningen beslutar att högst ett tapphål får borras i varje björk, att bara björkar med en stamdiameter "
      "över 25 centimeter får tappas och att hålen ska pluggas igen samma dag som tappningen avslutas. Sirapen ska "
      "säljas för 120 kronor per flaska om två deciliter.",
      "Beredningen ger Arbetsgruppen för sirapskokningen vid Björkhagens friluftsgård i uppdrag att ta fram "
      "etiketter med innehållsförteckning till sirapsflaskorna senast den 15 december 2348."]),
    ("§ 2", "Ramslöksvandringarna",
     ["Ramslöksvandringsledarnätverket redovisade att 48 vandringar har hållits med 1 115 deltagare. En familj som "
      "plockade på egen hand i Dalby söderskog förväxlade liljekonvalj med ramslök, och ett av barnen fick åka till "
      "akuten.",
      "Beredningen beslutar att ramslöken endast får plockas med kniv eller sax, att löken ska lämnas kvar i "
      "jorden och att inga vandringar ska gå i naturreservaten.",
      "Ramslöksmatlagningskursgruppen får i uppdrag att samla kursernas recept i ett häfte som delas ut på "
      "biblioteken."]),
    ("§ 3", "Konserveringsköket",
     ["Konserveringsköksdriftgruppen redovisade att köket har varit öppet 96 kvällar och att invånarna har fyllt "
      "omkring 4 300 burkar. Kylskåpen i hemkunskapssalen räckte inte till, och ett glaslock sprack i en "
      "tryckkokare utan att någon skadades.",
      "Beredningen beslutar att köket ska vara öppet tisdagar och torsdagar kl. 17–21 och att varje hushåll får "
      "boka högst tre kvällar per säsong. Avgiften ska vara 50 kronor per kväll.",
      "Beredningen ger Inläggningskursledarkollegiet i uppdrag att skriva en instruktion för tryckkokarna som "
      "ska följa med vid varje utlån."]),
    ("§ 4", "Sockerbetskampanjen",
     ["Betlerasaneringssamrådsgruppen redovisade att 27 utfarter har skyltats och att sopbilen har kört 1 900 "
      "kilometer sedan kampanjen började. Den 14 oktober halkade en mopedist i leran på vägen mellan Anderslöv och "
      "Skurup och bröt handleden.",
      "Beredningen beslutar att lera som ligger kvar på vägen efter kl. 16 ska anmälas till jourtelefonen och "
      "sopas bort samma kväll, och att åkerierna ska betala för sopningen med 1 400 kronor per timme.",
      "Betbilsskolvägstrafiksamrådet får i uppdrag att få de tre åkerier som ännu inte har skrivit under "
      "överenskommelsen att göra det före den 1 december 2348."]),
    ("§ 5", "Ålen",
     ["Glasålsutsättningsnätverket redovisade att 86 000 glasålar har satts ut i maj. Ålyngelräkningsvolontärnätverket "
      "redovisade att 5 420 ålynglar har räknats i fångstlådorna, flest vid Kvarnholmens damm. En mink har vid "
      "flera tillfällen tagit ålar ur en av lådorna.",
      "Beredningen beslutar att fångstlådorna ska ha lock av nät och att ingen får ta med sig ålar hem.",
      "Beredningen ger Glasålsutsättningsnätverket i uppdrag att utreda om glasålar även kan sättas ut i "
      "Höjeån."]),
    ("§ 6", "Spelmansstämman och folkdansen",
     ["Spelmansstämmoarrangörsgruppen redovisade att 62 spelmanslag och 7 800 besökare kom till stämman i Ekebo "
      "slottspark. Regnet på lördagen gjorde att allspelet fick flyttas in i ett tält.",
      "Beredningen beslutar att stämman även i fortsättningen ska ha fritt inträde och att spelmanslag med "
      "medlemmar under 18 år ska få bidrag till resan.",
      "Folkdanskursplaneringsgruppen får i uppdrag att ordna en avslutande logdans för alla kursdeltagare i "
      "december 2348."]),
    ("§ 7", "Keramikugnen och rakukvällarna",
     ["Keramikvedugnsbränningsgruppen redovisade att höstens bränning gav 1 160 föremål och att det gick åt sex "
      "kubikmeter bokved. Grannar till Folkets park har klagat på röken. Rakuverkstadsledargruppen redovisade att "
      "22 kvällar har hållits med 180 ungdomar.",
      "Beredningen beslutar att ugnen bara får eldas när vinden blåser bort från bostäderna och att grannarna ska "
      "få ett brev en vecka före varje bränning. Ungdomarna på rakukvällarna ska bära skyddsglasögon och långärmade "
      "kläder av bomull.",
      "Rakuverkstadsledargruppen får i uppdrag att köpa in värmetåliga handskar och tänger till alla "
      "fritidsgårdar."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Sjöbo föreslog en gemensam skördefest för alla medlemskommuner. Frågan bordläggs till nästa sammanträde.",
      "Nästa sammanträde äger rum den 9 december 2348 i Sjöbo."]),
]
MINUTES_ADJUSTER = "Eva Lindqvist (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv. Mål, belopp, platser, föreningar och namn är påhittade.

## Bakgrund

Landsbygden i MalmöLundregionen har traditioner som följer årstiderna: saven som stiger i björkarna i april, ramslöken som täcker bokskogens botten på våren, skörden som ska tas om hand i augusti och betkampanjen som fyller landsvägarna med lastbilar på hösten. Ålen har i århundraden varit en del av kustens och åarnas kultur men är i dag akut hotad. Spelmansmusiken och folkdansen lever kvar i bygdegårdarna, men utövarna blir färre. Kommunerna vill samarbeta för att traditionerna ska leva vidare och samtidigt bli säkrare och mer hållbara.

## Syfte och arbetssätt

Arbetet ska ge invånare i alla åldrar möjlighet att själva delta, och barn och unga ska få en särskild plats. Aktiviteterna genomförs tillsammans med föreningar, skolor och lokala företag. Säkerheten går först: ingen ska bli sjuk av maten som tillagas, ingen ska skadas på vägarna och ingen eld ska tändas utan tillstånd.

## Mål under året

Under 2348 ska minst 40 skolklasser tappa björksav och konserveringsköket ska fyllas med minst 5 000 burkar. Minst 100 000 glasålar ska sättas ut i åar och sjöar. Spelmansstämman ska locka minst 10 000 besökare, och alla landsbygdsskolor längs betbilarnas vägar ska omfattas av överenskommelsen med åkerierna.

## Ansvarsfördelning

Beredningen för årstidstraditioner och landsbygdsliv leder samarbetet och rapporterar till kommundirektörerna i maj och november. Eldstadsbesiktningsgruppen granskar brandskyddet vid keramikugnen och rakuugnarna och kan stoppa en bränning när det är torrt eller blåsigt. Ramslöksvandringsledarnätverket samarbetar med Föreningen Bokskogens vänner i Dalby, och Glasålsutsättningsnätverket köper glasålarna genom Sydkustens ålfond. Keramikvedugnsbränningsgruppen får hjälp av Krukmakargillet i Hörby.

## Ekonomi

Budgeten för 2348 är 4,2 miljoner kronor, varav 780 000 kronor går till glasålar och ålyngeltrappor. Varje medlemskommun betalar 1,25 kronor per invånare. Intäkterna från försäljningen av björksirap går tillbaka till skolornas friluftsdagar.

## Uppföljning

Verksamhetsplanen gäller kalenderåret 2348. Beredningen lämnar en delrapport i juni, och hela verksamheten utvärderas vid beredningens sammanträde i december 2348.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Planen visar för varje område vad som ska göras, vilken grupp som bär ansvaret, när det sker, "
             "vilka kommuner som deltar och hur arbetet låg till den 1 november 2348.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen samlar de gemensamma insatserna för årstidstraditioner och landsbygdsliv under "
              "2348, ordnade efter årstid och område. För varje insats anges hur den går till, vem som samordnar "
              "den, vilka kommuner som deltar, perioden och läget vid avstämningen den 15 oktober 2348.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttiotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
