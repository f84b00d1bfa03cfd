"""Regenerate the fictional documents of the thirty-seventh held-out set in benchmarks/data/heldout37/docs/.

    .venv/bin/python scripts/make_heldout37.py [--out benchmarks/data/heldout37/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout37 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (permits for pavement cafés on pavements and squares with a free passage
left for wheelchairs and prams, and rules for their furniture and patio heaters, summer flowers in hanging
baskets on lamp posts and bridge railings watered at night from a water truck, and baskets with a water
reservoir, pigeon lofts on town-centre roofs where the pigeons' eggs are swapped for plaster eggs and signs
about the ban on feeding pigeons, inspection of the fire hydrants with tall marker poles that show above
the snow and snow cleared around them, advice on head lice to preschools, schools and parents with free lice
combs and a letter to parents in several languages, a shared burial ground for pets with a memorial grove
for their ashes, coordination of the utility companies' digging in the streets and a ban on digging in newly
paved streets) are not covered by the other sets, and the group names are deliberately not on any list of
known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout37" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2312.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2312 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gaturum-grannskap-2312.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för gaturum och grannskap 2312 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-gaturum-grannskap-2312-11-09.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för gaturum och grannskap 2312-11-09 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-gaturum-grannskap-2312-2315.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för gaturum och grannskap 2312–2315 (fiktiv)"

# Activity plan 2312 (PDF): the subject area ("Sakområde") comes first, then the measure ("Åtgärd"), the
# principal ("Huvudman") in a column just wide enough for its heading, so the long group names break inside
# the word over several lines, the period ("Tidsperiod"), the municipalities taking part ("Medverkande
# kommuner") and the state on 1 September ("Status 1 september") last.
PLAN_PDF_COLUMNS = ("Sakområde", "Åtgärd", "Huvudman", "Tidsperiod", "Medverkande kommuner",
                    "Status 1 september")
PLAN_PDF_WIDTHS = (24, 54, 22, 23, 29, 28)  # mm, 180 in all; 22 mm keeps "Huvudman" whole
PLAN_PDF = [
    ("Gator och torg",
     "Tillstånd för uteserveringar på trottoarer och torg, där det alltid ska finnas en fri gångpassage för "
     "rullstolar och barnvagnar", "Trottoarserveringstillståndsenheten", "April–september 2312",
     "Lund, Malmö, Eslöv, Trelleborg, Höör", "Klart, 186 tillstånd beviljade och 9 avslag"),
    ("Grönska i stadskärnan",
     "Sommarblommor i amplar på lyktstolpar och broräcken i stadskärnorna, som vattnas nattetid från en "
     "vattenbil", "Blomsterampelbevattningsnattskiftet", "Maj–september 2312",
     "Kävlinge, Staffanstorp, Skurup, Lomma, Vellinge", "Klart, 1 240 amplar hängdes upp"),
    ("Djur i staden",
     "Duvslag på taken i stadskärnorna, där duvornas ägg byts ut mot gipsägg så att antalet duvor minskar "
     "utan att någon fågel skadas", "Duvslagsäggbyteslaget", "Mars 2312–februari 2313",
     "Malmö, Burlöv, Trelleborg, Lund", "Pågår, 6 av 10 duvslag uppsatta"),
    ("Brandskydd",
     "Kontroll av alla brandposter, och en hög markeringsstolpe vid varje brandpost så att den syns även när "
     "det ligger snö", "Brandpostkontrollmarkeringsteamet", "Januari–december 2312",
     "Svedala, Skurup, Vellinge, Staffanstorp, Burlöv, Höör", "2 150 av 3 800 brandposter kontrollerade"),
    ("Skolhälsa",
     "Rådgivning om huvudlöss till förskolor, skolor och föräldrar, med gratis luskammar till familjerna när "
     "ett utbrott anmäls", "Huvudlusbekämpningsrådgivarna", "Augusti 2312–juni 2313",
     "Eslöv, Höör, Kävlinge, Lomma, Svedala", "Pågår, 2 900 luskammar utdelade"),
    ("Husdjur",
     "En gemensam begravningsplats för sällskapsdjur i Staffanstorp, där hundar, katter och kaniner kan "
     "begravas i egen grav", "Smådjursbegravningsplatsförvaltningen", "Juni 2312–maj 2313",
     "Staffanstorp, Lund, Burlöv, Kävlinge, Lomma", "Försenat, bygglovet överklagades i juli"),
    ("Gatuarbeten",
     "Samordning av ledningsägarnas grävarbeten i gatorna, så att samma gata inte grävs upp flera gånger "
     "samma år", "Gatugrävningssamordningskontoret", "Februari–december 2312",
     "Malmö, Lund, Vellinge, Trelleborg, Svedala, Eslöv",
     "Pågår, 74 grävarbeten samordnade, 31 gator slapp grävas upp två gånger"),
]

# Activity plan (Word), by area: after the introduction, one heading per area, and under it each effort as
# bullet lines "Label: value": the effort ("Insats"), who carries it out ("Utförs av"), the municipalities
# concerned ("Berörda kommuner"), the period ("Period") and the state on 1 November ("Lägesbild 1 november").
# Three groups have names of several words, and one is a pair of municipalities.
PLAN_DOCX_LABELS = ("Insats", "Utförs av", "Berörda kommuner", "Period", "Lägesbild 1 november")
PLAN_DOCX_AREAS = [
    ("Gator och torg", [
        ("Gemensamma regler för hur bord, parasoll, blomlådor och terrassvärmare får se ut på uteserveringarna",
         "Arbetsgruppen för uteserveringarnas utformning", "Lund, Malmö, Eslöv", "Januari–mars 2312",
         "Klart, terrassvärmare med gasol förbjuds från säsongen 2313 av brandskäl"),
        ("En gemensam karta över nyasfalterade gator, där ingen ledningsägare får gräva under de första fem "
         "åren", "Nyasfaltsgrävstoppsbevakarna", "Malmö, Lund, Vellinge, Trelleborg", "Mars–oktober 2312",
         "Klart, kartan visar 212 gator med grävstopp och ligger på kommunernas webbplatser"),
    ]),
    ("Grönska i stadskärnan", [
        ("Försök med amplar som har ett inbyggt vattenmagasin, så att blommorna klarar sig längre mellan "
         "vattningarna", "Kävlinge och Lomma", "Kävlinge, Lomma", "Juni–augusti 2312",
         "Genomfört, amplarna behövde bara vattnas var tredje dag i stället för varje natt"),
        ("Sommarblommorna från amplarna planteras om i äldreboendenas trädgårdar när amplarna tas ned i "
         "september", "Nätverket för blommor till äldreboenden", "Skurup, Vellinge, Staffanstorp",
         "September 2312", "Klart, blommor planterade vid 14 äldreboenden"),
    ]),
    ("Djur i staden", [
        ("Skyltar och information om förbudet mot att mata duvor på torg och i parker",
         "Duvmatningsförbudsinformatörerna", "Malmö, Burlöv, Trelleborg, Lund", "April–juni 2312",
         "Klart, 140 skyltar uppsatta"),
        ("En minneslund vid djurbegravningsplatsen, där askan efter kremerade husdjur kan strös",
         "Sällskapsdjursminneslundsgruppen", "Staffanstorp, Lund, Burlöv", "September 2312–april 2313",
         "Ej påbörjat, arbetet väntar på att bygglovet för begravningsplatsen vinner laga kraft"),
    ]),
    ("Brandskydd", [
        ("Snön skottas bort runt brandposterna efter varje snöfall, så att räddningstjänsten snabbt kommer åt "
         "vattnet", "Brandpostsnöfriläggningsvakten", "Svedala, Skurup, Vellinge, Höör",
         "December 2312–mars 2313",
         "Ej påbörjat, 48 fastighetsägare har lovat att hålla sin närmaste brandpost fri från snö"),
    ]),
    ("Skolhälsa", [
        ("Luskammar att låna på biblioteken, med en film som visar hur man kammar ut lössen",
         "Elevhälsans nätverk för lusfria skolor", "Eslöv, Höör, Kävlinge", "September–december 2312",
         "Försenat, filmen spelas in först i januari 2313 eftersom skådespelarna blev sjuka"),
    ]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, effort, strict=True)) for effort in efforts])
             for area, efforts in PLAN_DOCX_AREAS]

MINUTES_HEADER = ("Sammanträdesdatum: 2312-11-09, kl. 13.00–15.45",
                  "Plats: Medborgarhuset i Eslöv (fiktivt sammanträde)",
                  "Beslutande: Beredningsgruppen för gaturum och grannskap, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Ordförande: Maria Lindholm (Trelleborg)",
                  "Sekreterare: Johan Ek (Burlöv)")
MINUTES_ADJUSTER = "Karin Sjöberg (Vellinge)"
MINUTES_ITEMS = [
    ("§ 41", "Uteserveringarna säsongen 2312",
     ["Trottoarserveringstillståndsenheten redovisade att 186 tillstånd till uteservering har beviljats och att "
      "9 ansökningar har avslagits, oftast för att gångpassagen förbi serveringen skulle ha blivit smalare än "
      "1,5 meter. Vid tillsynen hade 23 serveringar ställt ut bord och stolar utanför det område som tillståndet "
      "gällde. Avgiften för en uteservering var 250 kronor per kvadratmeter och säsong.",
      "Beredningsgruppen beslutar att den fria gångpassagen förbi en uteservering ska vara minst 1,8 meter bred "
      "från säsongen 2313.",
      "Beredningsgruppen ger Trottoarserveringstillståndsenheten i uppdrag att ta fram en e-tjänst för ansökan "
      "om uteservering senast den 1 mars 2313."]),
    ("§ 42", "Sommarblommorna i amplarna",
     ["Blomsterampelbevattningsnattskiftet redovisade att 1 240 amplar hängdes upp i stadskärnorna och att "
      "vattenbilen körde under 96 nätter. Vattnet hämtades från dagvattendammar i stället för från "
      "dricksvattennätet. 37 amplar blev stulna eller förstörda under sommaren.",
      "Kävlinge och Lomma redovisade försöket med amplar med inbyggt vattenmagasin, som bara behövde vattnas var "
      "tredje dag.",
      "Beredningsgruppen beslutar att alla nya amplar som köps in från 2313 ska ha vattenmagasin."]),
    ("§ 43", "Duvorna i stadskärnorna",
     ["Duvslagsäggbyteslaget redovisade att 6 av 10 duvslag har satts upp och att 410 ägg har bytts ut mot "
      "gipsägg. Duvorna har blivit för många, och deras spillning fräter sönder fasader, statyer och "
      "kyrktak; saneringen kostade förra året kommunerna sammanlagt 1,1 miljoner kronor.",
      "Beredningsgruppen beslutar att de återstående fyra duvslagen ska vara uppsatta senast den 1 april 2313.",
      "Beredningsgruppen ger Duvslagsäggbyteslaget i uppdrag att räkna duvorna på torgen i Malmö, Lund och "
      "Trelleborg varje vår."]),
    ("§ 44", "Brandposterna",
     ["Brandpostkontrollmarkeringsteamet redovisade att 2 150 av 3 800 brandposter har kontrollerats och att "
      "86 brandposter inte fungerade, de flesta för att locket hade asfalterats över vid gatuarbeten eller för "
      "att ventilen hade rostat fast. En markeringsstolpe kostar 640 kronor uppsatt.",
      "Beredningsgruppen beslutar att alla brandposter ska vara kontrollerade senast den 31 maj 2313.",
      "Brandpostsnöfriläggningsvakten ansvarar för att snön skottas bort runt brandposterna efter varje "
      "snöfall under vintern."]),
    ("§ 45", "Huvudlöss i förskolor och skolor",
     ["Huvudlusbekämpningsrådgivarna redovisade att 57 utbrott av huvudlöss har anmälts under hösten, de flesta "
      "i förskoleklass och årskurs 1, och att 2 900 luskammar har delats ut. Lusmedel från apoteket behövs "
      "sällan, eftersom det räcker att kamma håret med luskam varje dag i tio dagar.",
      "Beredningsgruppen beslutar att ett gemensamt brev till föräldrarna ska skickas ut på åtta språk när löss "
      "upptäcks i en klass eller en förskolegrupp."]),
    ("§ 46", "Begravningsplatsen för sällskapsdjur",
     ["Smådjursbegravningsplatsförvaltningen redovisade att arbetet med begravningsplatsen i Staffanstorp är "
      "försenat, eftersom bygglovet överklagades i juli av en granne. Länsstyrelsens beslut väntas i januari "
      "2313. Hittills har 340 familjer anmält intresse för en grav. Förslaget var att en grav skulle kosta "
      "1 500 kronor för tio år.",
      "Beredningsgruppen beslutar att en grav i stället ska kosta 1 200 kronor för tio år."]),
    ("§ 47", "Grävarbetena i gatorna",
     ["Gatugrävningssamordningskontoret redovisade att 74 grävarbeten har samordnats under året, så att el-, "
      "fiber-, fjärrvärme- och vattenledningar har lagts i samma schakt. 31 gator slapp därmed att grävas upp "
      "två gånger, och kommunerna och ledningsägarna beräknas ha sparat 9,4 miljoner kronor.",
      "Beredningsgruppen beslutar"],
     ["att grävstoppet på nyasfalterade gator förlängs från fem till sju år,",
      "att en ledningsägare som gräver under grävstoppet ska bekosta ny asfalt på hela gatans bredd."]),
    ("§ 48", "Övriga frågor och nästa sammanträde",
     ["Svedala frågade om markeringsstolparna även kan sättas upp vid brandposterna på privata industriområden. "
      "Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 18 januari 2313 i Lomma."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler kaféer och restauranger vill servera utomhus, och på många trottoarer är det svårt att komma fram med rullstol eller barnvagn förbi borden. Stadskärnorna behöver mer grönska under sommaren, men det går åt mycket vatten och arbete för att hålla blommorna vid liv. Duvorna på torgen har blivit så många att spillningen skadar fasader och statyer. Räddningstjänsten har svårt att hitta brandposter som är täckta av snö eller asfalt. Varje höst sprids huvudlöss i förskolor och skolor, och många familjer vet inte hur de ska bli av med dem. Den som förlorar en hund eller katt har sällan någonstans att begrava djuret, och samma gator grävs upp gång på gång av olika ledningsägare.

## Inriktning

Kommunerna vill att gator och torg ska vara levande och gröna men framkomliga för alla. Duvorna ska bli färre utan att några fåglar skadas, och räddningstjänsten ska alltid hitta en fungerande brandpost. Familjerna ska få enkla råd om löss, husdjuren ska kunna få en värdig grav, och grävarbetena i gatorna ska planeras så att invånarna störs så lite som möjligt.

## Mål till och med 2315

Alla 3 800 brandposter ska vara kontrollerade och ha en markeringsstolpe. Det ska finnas 15 duvslag i regionens stadskärnor, och antalet duvor på torgen ska ha minskat med hälften jämfört med 2312. Minst 1 500 amplar ska hänga i stadskärnorna varje sommar. Ingen nyasfalterad gata ska behöva grävas upp under grävstoppet, och begravningsplatsen för sällskapsdjur ska vara öppen.

## Organisation

Beredningsgruppen för gaturum och grannskap leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Ledningsägarsamrådet samlar el-, tele-, fiber- och fjärrvärmebolagen och kommunernas VA-huvudmän fyra gånger per år för att lägga de kommande grävarbetena i en gemensam tidplan. Gatugrävningssamordningskontoret för den tidplanen, och Huvudlusbekämpningsrådgivarna samarbetar med elevhälsan i kommunerna. Smådjursbegravningsplatsförvaltningen ska sköta begravningsplatsen i Staffanstorp när den har öppnat.

## Finansiering

Den gemensamma budgeten är 12,8 miljoner kronor för perioden 2312–2315, varav 4,1 miljoner kronor går till kontrollen och markeringen av brandposterna. Kommunerna betalar 5,20 kronor per invånare och år. Amplarna får dessutom 300 000 kronor per år från handelsföreningarna i stadskärnorna.

## Uppföljning och rapportering

Verksamhetsplanen gäller från den 1 januari 2312 till den 31 december 2315. Beredningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas hösten 2314.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sakområde vilken åtgärd som genomförs, vem som är huvudman, under "
             "vilken tidsperiod, vilka kommuner som medverkar och status den 1 september 2312.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för gaturum och grannskap under 2312 och "
              "vintern 2313, ordnade efter område. För varje insats anges vem som utför den, vilka kommuner som "
              "berörs, perioden och lägesbilden den 1 november 2312.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettiosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
