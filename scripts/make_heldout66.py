"""Regenerate the fictional documents of the sixty-sixth held-out set in benchmarks/data/heldout66/docs/.

    .venv/bin/python scripts/make_heldout66.py [--out benchmarks/data/heldout66/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout66 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (electric trishaws at the nursing homes, where volunteer pilots take the
residents on rides through parks and along the water, and a riding course for new volunteer pilots, walking
football for people over 60 in the sports halls, where nobody may run, and a shared walking-football
tournament with mixed teams, quiet hours at swimming pools and libraries for people with autism or
sensitivity to sound and light, with dimmed lights and no music, and calm bags with ear defenders and
picture cards lent at the reception, an open-gardens Sunday when private gardens, allotment associations and
market gardens let visitors in free of charge, and plant-swap days for cuttings and seedlings at the
libraries, neighbourhood dinners at long tables on streets closed to cars, and a cookbook of the neighbours'
recipes, a theatre bus touring village halls and village schools with children's theatre for preschool
children, and drama workshops for the youngest pupils after the performances, volunteer genealogy help at
the libraries with church records and free databases, and the reception of "roots travellers" from North
America looking for their emigrated ancestors) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout66" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2341.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2341 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-moten-rorelse-rotter-2341.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för möten, rörelse och rötter 2341 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrgruppen-moten-rorelse-rotter-2341-10-14.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Styrgruppen för möten, rörelse och rötter 2341-10-14 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-moten-rorelse-rotter-2341-2343.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för möten, rörelse och rötter 2341–2343 (fiktiv)"

# Activity plan 2341 (PDF): the subject area ("Sakområde") first, then the planned effort ("Planerad
# insats"), the group that holds the responsibility ("Ansvar") in a column only a little wider than that short
# heading, so the long group names break inside the word over several lines, the period ("Tidsperiod"), the
# municipalities taking part ("Deltagande kommuner") and the state of things on 30 September ("Läge 30
# september").
PLAN_PDF_COLUMNS = ("Sakområde", "Planerad insats", "Ansvar", "Tidsperiod", "Deltagande kommuner",
                    "Läge 30 september")
PLAN_PDF_WIDTHS = (29, 52, 18, 26, 27, 28)  # mm, 180 in all; 18 mm keeps "Ansvar" in one piece
PLAN_PDF = [
    ("Äldres utevistelse",
     "Eldrivna rikshawcyklar vid äldreboendena, där frivilliga cykelpiloter tar med de boende på turer genom "
     "parkerna och längs vattnet, två passagerare åt gången och med filt och regnskydd",
     "Rikshawturssamordningsgruppen", "April–oktober 2341", "Lund, Lomma, Trelleborg, Svedala, Höör",
     "Pågår, 11 cyklar i trafik och 2 300 turer"),
    ("Rörelse för seniorer",
     "Gåfotboll för personer över 60 år, där ingen får springa och bollen inte får gå över höfthöjd, med "
     "träning en förmiddag i veckan i kommunernas idrottshallar", "Gåfotbollsträningsnätverket", "Hela 2341",
     "Eslöv, Höör, Kävlinge, Staffanstorp, Burlöv", "Pågår, 17 lag med 210 spelare"),
    ("Tillgänglighet och bemötande",
     "Lugna timmar i simhallar och bibliotek för personer med autism eller annan känslighet för ljud och ljus, "
     "med dämpad belysning, avstängd musik och inga utrop i högtalarna", "Lugnatimmarsanpassningsgruppen",
     "Februari–december 2341", "Malmö, Lund, Vellinge, Skurup", "Försenat, lugna timmar på 5 av 12 platser"),
    ("Trädgård och grönt kulturarv",
     "Öppna trädgårdarnas dag, då privata trädgårdsägare, koloniföreningar och handelsträdgårdar släpper in "
     "besökare gratis under en söndag i juni", "Trädgårdsvisningsnätverket", "Januari–juni 2341",
     "Staffanstorp, Svedala, Skurup, Vellinge, Trelleborg", "Klart, 86 trädgårdar visades för 6 700 besökare"),
    ("Grannskap och gemenskap",
     "Grannmiddagar vid långbord mitt på gatan, där gatan stängs av för biltrafik en kväll i augusti och de "
     "boende tar med sig mat att dela med varandra", "Grannmiddagsplaneringsgruppen", "Maj–augusti 2341",
     "Malmö, Burlöv, Kävlinge, Lomma", "Klart, 23 gator med omkring 3 100 deltagare"),
    ("Kultur för de yngsta",
     "En teaterbuss som turnerar med barnteater till bygdegårdar och byskolor, så att förskolebarnen på "
     "landsbygden kan se teater utan att åka in till tätorten", "Barnteaterturnésamordningsgruppen",
     "September 2341–maj 2342", "Höör, Eslöv, Skurup, Svedala, Trelleborg",
     "Pågår, 14 av 40 föreställningar spelade"),
    ("Lokalhistoria och rötter",
     "Släktforskarjourer på biblioteken varje tisdagskväll, där frivilliga släktforskare hjälper besökarna att "
     "leta i kyrkböcker och husförhörslängder och där databaserna är gratis att använda",
     "Släktforskningsjoursnätverket", "Januari–december 2341", "Lund, Lomma, Vellinge, Eslöv, Kävlinge",
     "Pågår, 1 480 besök på jourerna"),
]

# Activity plan (Word), one heading per effort and a paragraph per field with the label in bold: the effort
# ("Insatsen"), the group that keeps it together ("Sammanhållande grupp"), the municipalities ("Kommuner"),
# the time ("Genomförs") and the status at the check-in of 7 October ("Lägesbeskrivning 7 oktober"). One group
# is a pair of municipalities, one a council with a name of several words.
PLAN_DOCX_LABELS = ("Insatsen", "Sammanhållande grupp", "Kommuner", "Genomförs", "Lägesbeskrivning 7 oktober")
PLAN_DOCX_ACTIVITIES = [
    ("Kurs för nya cykelpiloter",
     ("En kurs för nya frivilliga som vill cykla rikshaw, med tre timmars övningskörning på en avstängd "
      "skolgård, genomgång av bromsar och batteri och hur man hjälper en passagerare upp i sätet",
      "Cykelpilotutbildarlaget", "Lund, Trelleborg", "Mars–juni 2341",
      "Klart, 96 nya cykelpiloter har gått kursen")),
    ("Gemensam gåfotbollsturnering",
     ("En turnering i gåfotboll i Eslövs sporthall för lagen från alla deltagande kommuner, med blandade lag "
      "där minst två av spelarna på planen ska vara kvinnor", "Eslöv och Höör", "Eslöv, Höör",
      "November 2341", "Ej påbörjat, 12 lag har anmält sig")),
    ("Lugnväskor i receptionerna",
     ("Väskor som lånas ut gratis i receptionen, med hörselkåpor, solglasögon, en liten tyngdfilt att lägga i "
      "knät och bildkort som visar vad som händer under besöket i simhallen", "Lugnväskeutlåningsgruppen",
      "Malmö, Skurup", "April–december 2341", "Pågår, 40 väskor i omlopp")),
    ("Växtbytardagar på biblioteken",
     ("Dagar då invånarna byter sticklingar, fröplantor och blomlökar med varandra på biblioteken, med en "
      "trädgårdsmästare på plats som svarar på frågor", "Sticklingsbytesringen",
      "Staffanstorp, Svedala, Skurup", "Maj och september 2341",
      "Klart, omkring 4 200 plantor bytte ägare")),
    ("Grannarnas kokbok",
     ("En gemensam kokbok med grannarnas recept från middagarna, på svenska och på receptets originalspråk, "
      "som trycks och delas ut gratis på biblioteken", "Redaktionsrådet för grannarnas receptsamling",
      "Malmö, Burlöv", "Augusti 2341–februari 2342", "Pågår, 74 recept insamlade")),
    ("Dramaverkstäder efter föreställningarna",
     ("Verkstäder för eleverna i förskoleklass och årskurs 1, där en dramapedagog låter barnen spela vidare på "
      "pjäsens slut efter att de sett teaterbussens föreställning", "Dramapedagogikverkstadslaget",
      "Höör, Svedala", "Oktober 2341–april 2342", "Ej påbörjat, den första verkstaden hålls den 20 oktober")),
    ("Mottagning av rotresenärer",
     ("Rotresenärer från Nordamerika som söker sina utvandrade förfäder får guidade besök i "
      "födelseförsamlingarna och hjälp att hitta de gårdar som släkten lämnade", "Rotresemottagningsgruppen",
      "Lund, Kävlinge, Eslöv", "Maj–september 2341", "Klart, 58 rotresenärer togs emot")),
]

MINUTES_HEADER = ("Tid: 2341-10-14, kl. 13.00–16.10",
                  "Mötesplats: Rådhuset i Svedala (fiktivt möte)",
                  "Deltagare: Styrgruppen för möten, rörelse och rötter, med företrädare för tio av de tolv "
                  "medlemskommunerna",
                  "Mötesordförande: Margareta Ek (Skurup)",
                  "Protokollförare: Jonas Wikström (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 1", "Rikshawturerna vid äldreboendena",
     ["Rikshawturssamordningsgruppen redovisade att 11 cyklar är i trafik och att de har kört 2 300 turer sedan "
      "april. En tur tar i genomsnitt 45 minuter. Den 3 september välte en cykel i en kraftig vindby i Lomma, "
      "men passagerarna satt fastspända och ingen skadades.",
      "Styrgruppen beslutar att rikshawcyklarna inte får köras ut när det blåser mer än 10 meter per sekund.",
      "Styrgruppen ger Cykelpilotutbildarlaget i uppdrag att lägga till en övning i att bromsa i nedförsbacke i "
      "kursen, senast den 1 mars 2342."]),
    ("§ 2", "Gåfotbollen",
     ["Gåfotbollsträningsnätverket redovisade att det nu finns 17 lag med 210 spelare. Den äldsta spelaren är "
      "88 år. Två spelare har fått sträckningar i vaden under hösten, båda vid träningar som började utan "
      "uppvärmning.",
      "Styrgruppen beslutar att varje träning ska börja med minst tio minuters uppvärmning.",
      "Eslöv och Höör får i uppdrag att boka sporthallen och ordna domare till turneringen den 22 november "
      "2341."]),
    ("§ 3", "De lugna timmarna",
     ["Lugnatimmarsanpassningsgruppen redovisade att lugna timmar nu hålls på 5 av 12 platser och att de har "
      "haft 620 besök. Arbetet är försenat eftersom ventilationsaggregaten i två av simhallarna låter för "
      "mycket och inte går att stänga av under öppettiden.",
      "Styrgruppen beslutar att de lugna timmarna ska hållas på söndagsmorgnar mellan kl. 8 och 10 på alla "
      "platser.",
      "Styrgruppen ger Lugnväskeutlåningsgruppen i uppdrag att ta fram bildkort även för biblioteken, senast "
      "den 31 januari 2342."]),
    ("§ 4", "Öppna trädgårdarnas dag",
     ["Trädgårdsvisningsnätverket redovisade att 86 trädgårdar visades för 6 700 besökare söndagen den 15 juni. "
      "I Skurup parkerade besökarna sina bilar på en nysådd åker, och bonden har krävt ersättning. Många "
      "besökare utan bil hade svårt att ta sig mellan trädgårdarna.",
      "Styrgruppen beslutar att det ska gå en gratis trädgårdsbuss mellan trädgårdarna i Skurup och Svedala "
      "nästa gång dagen anordnas."]),
    ("§ 5", "Grannmiddagarna",
     ["Grannmiddagsplaneringsgruppen redovisade att det hölls grannmiddagar på 23 gator med omkring 3 100 "
      "deltagare. I Burlöv flyttades en middag in i en skolmatsal på grund av åskväder. På en gata i Malmö "
      "kom en ambulans inte fram förrän borden hade flyttats.",
      "Styrgruppen beslutar att varje avstängd gata ska ha en fri passage på minst 3,5 meter för "
      "utryckningsfordon.",
      "Redaktionsrådet för grannarnas receptsamling får i uppdrag att trycka 5 000 exemplar av kokboken."]),
    ("§ 6", "Teaterbussen",
     ["Barnteaterturnésamordningsgruppen redovisade att 14 av 40 föreställningar av pjäsen ”Räven som tappade "
      "sin svans” har spelats. Den 2 oktober fick teaterbussen motorstopp på väg till Skurup, och "
      "föreställningen fick ställas in.",
      "Styrgruppen beslutar att en ny föreställning ska spelas i Skurup den 4 november 2341 för de barn som "
      "missade den inställda."]),
    ("§ 7", "Släktforskarjourerna och rotresenärerna",
     ["Släktforskningsjoursnätverket redovisade 1 480 besök på jourerna och att 35 frivilliga släktforskare är "
      "med. Rotresemottagningsgruppen har tagit emot 58 rotresenärer, de flesta från Minnesota.",
      "Styrgruppen beslutar att jourerna från och med januari 2342 också ska hållas en lördag i månaden.",
      "Styrgruppen ger Släktforskningsjoursnätverket i uppdrag att lära bibliotekspersonalen söka i de "
      "vanligaste databaserna."]),
    ("§ 8", "Övriga frågor och nästa möte",
     ["Burlöv frågade om teaterbussen kan komma till kommunens förskolor under våren 2342. Frågan tas upp vid "
      "nästa möte.",
      "Nästa möte hålls den 9 december 2341 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Sofia Lindqvist (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, belopp och namn i planen är påhittade.

## Utgångsläge

Många som bor på äldreboenden kommer sällan ut, särskilt de som inte längre kan gå långt. Många äldre saknar ett sätt att röra sig tillsammans med andra som inte är för ansträngande. Personer med autism eller annan känslighet för ljud och ljus avstår ofta från simhallen och biblioteket, eftersom det är för bullrigt och ljust där. Grannar i samma kvarter känner ofta inte varandra, och barnen på landsbygden har långt till teatrarna i tätorterna. Samtidigt vill allt fler veta var de kommer ifrån, både invånare i regionen och ättlingar till utvandrare i Nordamerika.

## Inriktning

Samarbetet ska ge äldre fler stunder utomhus och mer rörelse i gemenskap, göra simhallar och bibliotek lättare att besöka för den som är känslig för intryck, öppna trädgårdar och gator för möten mellan grannar, ge barnen på landsbygden teater nära hemmet och hjälpa alla som vill leta efter sina rötter.

## Mål för planperioden

Vid utgången av 2343 ska det finnas minst 20 rikshawcyklar i regionen, och gåfotboll ska spelas i alla tolv kommunerna. Lugna timmar ska hållas på alla 12 platser, och grannmiddagar ska ordnas på minst 40 gator varje sommar.

## Ansvar och samverkan

Styrgruppen för möten, rörelse och rötter leder samarbetet och rapporterar en gång om året till kommunstyrelsernas ordförande. Ljudmiljörådgivningsteamet hjälper till med ljudet och ventilationen i simhallarna inför de lugna timmarna. Rikshawturssamordningsgruppen samarbetar med äldreboendenas aktivitetssamordnare, och Släktforskningsjoursnätverket tar hjälp av hembygdsföreningarna när rotresenärerna ska visas runt.

## Ekonomi

Den samlade budgeten för 2341 är 7,4 miljoner kronor, varav 2,1 miljoner kronor går till rikshawcyklarna. Varje kommun betalar 3,60 kronor per invånare. Teaterbussen får dessutom 850 000 kronor från en regional kulturfond.

## Uppföljning

Planen gäller från den 1 januari 2341 till den 31 december 2343. Styrgruppen lämnar en lägesrapport varje oktober, och planen utvärderas under våren 2343.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sakområde vilken insats som planeras, vilken grupp som "
             "ansvarar, under vilken tidsperiod arbetet pågår, vilka kommuner som deltar och läget den 30 "
             "september 2341.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen tar upp sju gemensamma insatser för möten, rörelse och rötter under 2341 och "
              "våren 2342. För varje insats anges vad den går ut på, vilken grupp som håller ihop den, vilka "
              "kommuner som är med, när den genomförs och hur läget beskrevs vid avstämningen den 7 oktober "
              "2341.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=labelled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextiosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
