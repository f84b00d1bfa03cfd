"""Regenerate the fictional documents of the fifty-eighth held-out set in benchmarks/data/heldout58/docs/.

    .venv/bin/python scripts/make_heldout58.py [--out benchmarks/data/heldout58/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout58 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (carbon monoxide measured in hookah cafés during a full evening of
service, and carbon monoxide alarms and a short course for the café owners, fire guards at the largest
cemeteries when the grave candles are lit at All Saints, and collection bins for empty grave lanterns at the
cemetery gates, rubber speed humps screwed onto residential streets from April to October and removed
before the snow clearing, and a web form where residents apply for humps on their street, depots of filled
sandbags that residents fetch before cloudbursts and high water, with a sandbag-filling machine on a
trailer and pumps lent to house owners with water in the basement, signs at the park ponds against feeding
ducks and swans with bread, and vending machines with bird-feed pellets, football goals on schoolyards and
sports grounds anchored with chains or ground anchors so that they cannot topple, and a yearly inspection
with a green sticker, water-mist posts on squares and in parks during heat waves, and legionella sampling
of their pipes) are not covered by the other sets, and the group names are deliberately not on any list of
known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout58" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2333.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2333 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-utemiljo-halsoskydd-2333.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för utemiljö och hälsoskydd 2333 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrgruppen-utemiljo-halsoskydd-2333-11-10.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Styrgruppen för utemiljö och hälsoskydd 2333-11-10 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-utemiljo-halsoskydd-2333-2335.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för utemiljö och hälsoskydd 2333–2335 (fiktiv)"

# Activity plan 2333 (PDF): the municipal sector ("Kommunal sektor") comes first, then what is to be done
# ("Det som ska göras"), the group taking care of it ("Tas om hand av") in a column just wide enough for
# its short heading, so the long group names break inside the word over several lines, the time span
# ("Tidsmässigt omfång"), the municipalities behind the effort ("Kommuner bakom insatsen") and the state
# read off on 29 October ("Avläst läge 29 oktober").
PLAN_PDF_COLUMNS = ("Kommunal sektor", "Det som ska göras", "Tas om hand av", "Tidsmässigt omfång",
                    "Kommuner bakom insatsen", "Avläst läge 29 oktober")
PLAN_PDF_WIDTHS = (27, 51, 17, 28, 29, 28)  # mm, 180 in all; 17 mm keeps "Tas om hand av" in short words
PLAN_PDF = [
    ("Miljö- och hälsoskydd",
     "Tillsyn av vattenpipekaféer där kolmonoxidhalten i lokalen mäts under en kväll med full servering, "
     "eftersom glöden i vattenpiporna bildar kolmonoxid", "Vattenpipekaféinomhusluftkontrollanterna",
     "Februari–december 2333", "Malmö, Lund, Landskrona, Trelleborg", "Pågår, 27 av 41 kaféer besökta"),
    ("Kyrkogårdar",
     "Brandvakter på de största kyrkogårdarna under allhelgonahelgen, när tusentals gravljus tänds och "
     "blåsten kan välta lyktorna", "Allhelgonagravljusbrandvaktslaget", "31 oktober–2 november 2333",
     "Lund, Eslöv, Höör, Hörby", "Förberett, 48 brandvakter bokade"),
    ("Gator och trafik",
     "Farthinder av gummi som skruvas fast på bostadsgator i april och tas bort innan snöröjningen börjar",
     "Sommarfarthinderutläggningsgruppen", "April–oktober 2333",
     "Kävlinge, Lomma, Staffanstorp, Burlöv, Svedala", "Klart, 164 farthinder på 52 gator"),
    ("Krisberedskap",
     "Depåer med fyllda sandsäckar som invånarna i utsatta områden får hämta när det varnas för skyfall "
     "eller högt vattenstånd", "Sandsäcksdepåberedskapsteamet", "Hela 2333",
     "Trelleborg, Vellinge, Malmö, Lomma", "Klart, 9 depåer med 14 500 sandsäckar"),
    ("Parker och vatten",
     "Skyltar vid parkdammarna om att bröd gör änder och svanar sjuka och ger mer alger i vattnet, och "
     "samtal med dem som matar fåglarna", "Dammfågelutfodringsinformatörerna", "Mars–september 2333",
     "Malmö, Lund, Landskrona, Eslöv", "Klart, skyltar vid 31 dammar"),
    ("Idrott och skolgårdar",
     "Förankring av fotbollsmålen på skolgårdar och idrottsplatser med kedjor eller markankare, så att ett "
     "mål inte kan välta över barn som klättrar på det", "Fotbollsmålförankringsbesiktarna",
     "Januari 2333–juni 2334", "Svedala, Skurup, Trelleborg, Vellinge, Staffanstorp",
     "Pågår, 233 av 390 mål förankrade"),
    ("Klimatanpassning",
     "Dimduschstolpar på torg och i parker som sprutar en fin vattendimma när temperaturen går över 27 "
     "grader", "Värmeböljedimduschskötarna", "Juni–augusti 2333", "Malmö, Landskrona, Lund, Kävlinge",
     "Klart, 18 stolpar i drift"),
]

# Activity plan (Word), by area: a heading per sector, then each effort as bullet lines "Label: value":
# the planned element ("Planerat inslag"), the group mainly responsible ("Huvudsakligen ansvarig"), the
# municipalities the effort covers ("Kommuner som satsningen omfattar"), its time frame ("Tidsram för
# insatsen") and the check on 3 November ("Lägesavstämning 3 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Miljö- och hälsoskydd", [[
        ("Planerat inslag", "Kolmonoxidlarm som varje vattenpipekafé ska sätta upp i serveringen, och en kort "
                            "kurs för ägarna om ventilation och om symtomen vid kolmonoxidförgiftning"),
        ("Huvudsakligen ansvarig", "Vattenpipeserveringsrådgivarna"),
        ("Kommuner som satsningen omfattar", "Malmö, Lund, Landskrona, Trelleborg"),
        ("Tidsram för insatsen", "Maj–december 2333"),
        ("Lägesavstämning 3 november", "Pågår, larm uppsatta i 19 kaféer och 23 ägare har gått kursen")]]),
    ("Kyrkogårdar", [[
        ("Planerat inslag", "Insamling av tomma gravlyktor av plast, glas och metall i särskilda kärl vid "
                            "kyrkogårdarnas grindar efter allhelgona och jul, så att lyktorna kan återvinnas"),
        ("Huvudsakligen ansvarig", "Gravlyktsåtervinningsinsamlarna"),
        ("Kommuner som satsningen omfattar", "Lund, Eslöv, Höör, Hörby"),
        ("Tidsram för insatsen", "November 2333–februari 2334"),
        ("Lägesavstämning 3 november", "Ej påbörjat, 60 insamlingskärl är beställda")]]),
    ("Gator och trafik", [[
        ("Planerat inslag", "Ett formulär på webben där de boende kan ansöka om farthinder på sin gata, med en "
                            "trafikmätning under en vecka innan kommunen bestämmer sig"),
        ("Huvudsakligen ansvarig", "Svedala och Skurup"),
        ("Kommuner som satsningen omfattar", "Svedala, Skurup"),
        ("Tidsram för insatsen", "Mars–oktober 2333"),
        ("Lägesavstämning 3 november", "Klart, 87 ansökningar och 29 trafikmätningar")]]),
    ("Krisberedskap", [[
        ("Planerat inslag", "En sandsäcksfyllmaskin på släp som kan köras ut till ett drabbat bostadsområde och "
                            "fylla 600 säckar i timmen, och utlåning av länspumpar till villaägare som har fått "
                            "vatten i källaren"),
        ("Huvudsakligen ansvarig", "Nätverket för skydd mot instängt vatten"),
        ("Kommuner som satsningen omfattar", "Trelleborg, Vellinge, Malmö, Lomma"),
        ("Tidsram för insatsen", "Från april 2333"),
        ("Lägesavstämning 3 november", "Klart, maskinen har använts vid 3 skyfall och 41 länspumpar har "
                                       "lånats ut")]]),
    ("Parker och vatten", [[
        ("Planerat inslag", "Automater vid de största dammarna där besökarna för 5 kronor får en påse fågelmat "
                            "med pellets som inte skadar fåglarna"),
        ("Huvudsakligen ansvarig", "Ankmatsautomatpåfyllarna"),
        ("Kommuner som satsningen omfattar", "Malmö, Lund"),
        ("Tidsram för insatsen", "April–september 2333"),
        ("Lägesavstämning 3 november", "Klart, 7 automater sålde 12 300 påsar")]]),
    ("Idrott och skolgårdar", [[
        ("Planerat inslag", "En årlig besiktning av alla fotbollsmål, där ett godkänt mål får en grön dekal med "
                            "årtalet och ett mål som inte är förankrat låses fast eller tas bort samma dag"),
        ("Huvudsakligen ansvarig", "Idrottsplatsmålsäkerhetsgranskarna"),
        ("Kommuner som satsningen omfattar", "Svedala, Skurup, Trelleborg, Vellinge, Staffanstorp"),
        ("Tidsram för insatsen", "September–november 2333"),
        ("Lägesavstämning 3 november", "Pågår, 140 mål besiktade och 12 mål tagna ur bruk")]]),
    ("Klimatanpassning", [[
        ("Planerat inslag", "Provtagning för legionella i dimduschstolparnas vattenledningar varannan vecka, och "
                            "spolning av ledningarna varje morgon innan stolparna sätts på"),
        ("Huvudsakligen ansvarig", "Dimduschvattenkvalitetsprovtagarna"),
        ("Kommuner som satsningen omfattar", "Malmö, Landskrona, Lund, Kävlinge"),
        ("Tidsram för insatsen", "Juni–augusti 2333"),
        ("Lägesavstämning 3 november", "Klart, 84 prover tagna och inget över gränsvärdet")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2333-11-10, kl. 9.00–12.15",
                  "Plats: Stadshuset i Landskrona (fiktivt sammanträde)",
                  "Närvarande: Styrgruppen för utemiljö och hälsoskydd, med representanter för elva av de "
                  "tretton medlemskommunerna",
                  "Ordförande: Elin Bergqvist (Lomma)",
                  "Sekreterare: Oskar Nyberg (Eslöv)")
MINUTES_ITEMS = [
    ("§ 1", "Kolmonoxid på vattenpipekaféerna",
     ["Vattenpipekaféinomhusluftkontrollanterna redovisade att 27 av 41 vattenpipekaféer har besökts. I 11 av "
      "kaféerna var kolmonoxidhalten så hög att gästerna kunde få huvudvärk och yrsel, och på ett kafé i Malmö "
      "uppmättes 95 ppm sent på kvällen. Två gäster har förts till sjukhus under året efter att ha svimmat.",
      "Styrgruppen beslutar att ett kafé där halten går över 35 ppm ska få ett föreläggande om bättre "
      "ventilation, som ska vara åtgärdat inom 30 dagar.",
      "Styrgruppen ger Vattenpipeserveringsrådgivarna i uppdrag att översätta kursen för kaféägarna till "
      "arabiska och persiska senast den 15 februari 2334."]),
    ("§ 2", "Allhelgonahelgen på kyrkogårdarna",
     ["Allhelgonagravljusbrandvaktslaget redovisade att helgen gick lugnt. 48 brandvakter gick i par på de elva "
      "största kyrkogårdarna mellan kl. 15 och kl. 22. De ställde upp 17 gravljus som hade vält, och en mindre "
      "brand i en häck på Östra kyrkogården i Eslöv släcktes med en handbrandsläckare.",
      "Styrgruppen beslutar att gravljus i öppna koppar utan lock inte längre ska säljas vid kyrkogårdarnas "
      "kiosker från 2334.",
      "Gravlyktsåtervinningsinsamlarna ansvarar för att insamlingskärlen står på plats vid grindarna senast den "
      "1 december 2333."]),
    ("§ 3", "Farthindren på bostadsgatorna",
     ["Sommarfarthinderutläggningsgruppen redovisade att 164 farthinder har legat ute på 52 gator. Hastigheten "
      "sjönk i genomsnitt från 43 till 29 kilometer i timmen där farthindren låg. Bussbolaget har klagat på att "
      "bussarna skakar på två gator i Kävlinge.",
      "Styrgruppen beslutar att farthindren inte ska läggas ut på gator där bussar går.",
      "Svedala och Skurup får i uppdrag att skriva en gemensam vägledning för hur ansökningarna om farthinder "
      "ska bedömas, senast den 31 mars 2334."]),
    ("§ 4", "Sandsäckarna",
     ["Sandsäcksdepåberedskapsteamet redovisade att invånarna har hämtat 6 200 sandsäckar från depåerna under "
      "året, de flesta vid skyfallet den 19 augusti. Vid depån i Trelleborg tog säckarna slut efter två timmar, "
      "och sandsäcksfyllmaskinen fick köras dit.",
      "Styrgruppen beslutar att varje depå alltid ska ha minst 2 000 fyllda säckar i lager.",
      "Styrgruppen ger Nätverket för skydd mot instängt vatten i uppdrag att köpa in 20 nya länspumpar före "
      "våren 2334."]),
    ("§ 5", "Fåglarna i parkdammarna",
     ["Dammfågelutfodringsinformatörerna redovisade att det kastas mindre bröd i dammarna än tidigare, men att "
      "fåglarna fortfarande matas med bröd varje dag i Stadsparken i Lund. I sex dammar dog fisk i somras på "
      "grund av algblomning.",
      "Styrgruppen beslutar att automater med fågelmat ska sättas upp vid ytterligare fem dammar 2334."]),
    ("§ 6", "Fotbollsmålen",
     ["Fotbollsmålförankringsbesiktarna redovisade att 233 av 390 mål nu är förankrade. Många små mål på "
      "skolgårdarna flyttas av eleverna och ställs tillbaka utan att kedjorna sätts fast igen. I våras välte ett "
      "mål över en tioåring i Skurup, som bröt benet.",
      "Styrgruppen beslutar att mål som inte är förankrade ska läggas med framsidan ned på marken när "
      "skoldagen är slut.",
      "Idrottsplatsmålsäkerhetsgranskarna ansvarar för att informera de idrottsföreningar som hyr planerna om "
      "de nya reglerna."]),
    ("§ 7", "Dimduscharna",
     ["Värmeböljedimduschskötarna redovisade att de 18 stolparna var igång under 26 dagar i somras. Stolpen på "
      "Rådhustorget i Landskrona användes mest. Stolparna förbrukade 310 kubikmeter vatten under hela sommaren.",
      "Styrgruppen beslutar att stolparna ska stängas av när en kommun har infört bevattningsförbud."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Burlöv frågade om kommunen kan få en egen sandsäcksdepå. Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 15 december 2333 i Lomma."]),
]
MINUTES_ADJUSTER = "Hanna Lind (Svedala)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler vattenpipekaféer har öppnat i kommunerna, och i slutna lokaler kan kolmonoxiden från glöden nå farliga halter utan att gästerna märker något. Under allhelgonahelgen tänds tusentals gravljus på kyrkogårdarna, och varje år börjar det brinna i häckar och kransar. Boende på många bostadsgator klagar på bilar som kör för fort. Skyfallen har blivit vanligare, och källare och bottenvåningar står under vatten. Fåglarna i parkdammarna matas med bröd som ruttnar i vattnet. Fotbollsmål som inte är fastsatta kan välta över barn som hänger i ribban. Under värmeböljorna blir torgen och parkerna så varma att äldre och små barn mår dåligt.

## Syfte

Samarbetet ska minska risken för kolmonoxidförgiftning och bränder, göra bostadsgatorna lugnare och hjälpa invånarna att skydda sina hus mot vatten. Parkdammarna ska ha friskt vatten, barnen ska kunna leka på skolgårdarna utan risk för att ett mål välter, och det ska gå att svalka sig i staden under heta sommardagar.

## Mål till 2335

Alla vattenpipekaféer ska ha kolmonoxidlarm. Alla 390 fotbollsmål ska vara förankrade. Det ska finnas minst 30 dimduschstolpar, och varje kommun vid kusten ska ha minst två sandsäcksdepåer.

## Organisation

Styrgruppen för utemiljö och hälsoskydd leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Kyrkogårdsförvaltarnätverket ger råd om brandvakterna och om insamlingen av gravlyktor. Sandsäcksdepåberedskapsteamet bestämmer tillsammans med räddningstjänsten var depåerna ska ligga, och Vattenpipekaféinomhusluftkontrollanterna samarbetar med polisen vid tillsynen av kaféerna.

## Budget

Den gemensamma budgeten är 12,7 miljoner kronor för 2333–2335, varav 4,3 miljoner kronor går till sandsäcksdepåerna och sandsäcksfyllmaskinen. Kommunerna betalar 4,90 kronor per invånare och år. Förankringen av fotbollsmålen får dessutom 0,6 miljoner kronor från en idrottsfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2333 till den 31 december 2335. Styrgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2335.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje kommunal sektor vad som ska göras, vilken grupp som tar hand om "
             "det, under vilken tid det pågår, vilka kommuner som står bakom insatsen och läget som avlästes "
             "den 29 oktober 2333.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för utemiljö och hälsoskydd under 2333 och "
              "början av 2334, ordnade efter sektor. För varje satsning anges vem som huvudsakligen ansvarar, "
              "vilka kommuner satsningen omfattar, tidsramen och läget vid avstämningen den 3 november 2333.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtioåttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
