"""Regenerate the fictional documents of the forty-fifth held-out set in benchmarks/data/heldout45/docs/.

    .venv/bin/python scripts/make_heldout45.py [--out benchmarks/data/heldout45/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout45 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (paving and asphalt on pavements and cycle paths lifted by tree roots,
ground down or relaid, and root barriers around newly planted street trees, cycle counters with a display
beside the main cycle routes and their figures published as open data, smoke-free zones with signs at bus
stops, playgrounds and entrances, and ashtrays moved away from the entrances, concrete table tennis tables in
parks and schoolyards and bats and balls to borrow at the libraries, renovation of the old water towers and a
viewing platform at the top of one of them open on summer Sundays, brighter lighting and round mirrors in the
pedestrian underpasses and murals painted there by young people, hammocks hung between posts in the parks in
summer and hammock places at the beaches) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout45" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2320.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2320 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-stadsrum-rekreation-folkhalsa-2320.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för stadsrum, rekreation och folkhälsa 2320 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-arbetsgruppen-stadsrum-rekreation-folkhalsa-2320-11-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Arbetsgruppen för stadsrum, rekreation och folkhälsa 2320-11-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-stadsrum-rekreation-folkhalsa-2320-2323.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för stadsrum, rekreation och folkhälsa 2320–2323 (fiktiv)"

# Activity plan 2320 (PDF): six columns; the third holds the group carrying out the effort in a column just
# wide enough for its short heading, so the long group names break inside the word over several lines.
PLAN_PDF_COLUMNS = ("Sakfråga", "Vad som ska göras", "Utför", "Tidpunkt", "Kommuner med i arbetet",
                    "Läget 15 november")
PLAN_PDF_WIDTHS = (26, 52, 17, 25, 32, 28)  # mm, 180 in all; 17 mm keeps "Utför" whole
PLAN_PDF = [
    ("Gator och trottoarer",
     "Trottoarplattor och asfalt på gång- och cykelbanor som har lyfts av trädrötter slipas ner eller läggs om, "
     "så att ingen snubblar", "Trottoarrotskadeåtgärdsgruppen", "April–oktober 2320",
     "Malmö, Lund, Eslöv, Trelleborg", "Pågår, 3,2 kilometer åtgärdat"),
    ("Cykeltrafik",
     "Cykelräknare med en tavla vid de största cykelstråken som visar hur många som har cyklat förbi i dag och "
     "hittills i år", "Cykeltrafikräknestolpemontörerna", "Mars 2320–februari 2321",
     "Lund, Burlöv, Staffanstorp, Lomma, Kävlinge", "Pågår, 11 av 18 räknare på plats"),
    ("Folkhälsa",
     "Rökfria zoner med skyltar vid busshållplatser, lekplatser och entréer till kommunernas byggnader",
     "Rökfrizonsskyltningsgruppen", "Hela 2320", "Vellinge, Skurup, Svedala, Höör, Malmö",
     "Klart, 640 skyltar uppsatta"),
    ("Spontanidrott",
     "Bordtennisbord i betong i parker och på skolgårdar, med nät av stål som tål väder och vind",
     "Parkbordtennisbordsförvaltarna", "Maj–september 2320", "Staffanstorp, Kävlinge, Lomma, Eslöv",
     "Klart, 27 bord uppställda"),
    ("Kulturmiljö",
     "Renovering av fasaden och taket på de gamla vattentornen, som inte längre används för dricksvattnet",
     "Vattentornsfasadrenoveringslaget", "Juni 2320–augusti 2321", "Höör, Eslöv, Trelleborg",
     "Försenat, ställningen vid tornet i Eslöv står kvar"),
    ("Trygghet",
     "Ljusare belysning och runda speglar i gångtunnlarna under vägar och järnväg, så att man ser vem som "
     "kommer runt hörnet", "Gångtunnelbelysningsförbättrarna", "Januari–december 2320",
     "Malmö, Burlöv, Lund, Trelleborg, Vellinge", "Pågår, 34 av 61 tunnlar klara"),
    ("Parker och rekreation",
     "Hängmattor som hängs upp mellan stolpar i parkerna från maj till september och tas in över vintern",
     "Parkhängmattsupphängningspatrullen", "Maj–september 2320", "Lund, Malmö, Lomma, Höör",
     "Klart, 96 hängmattor i 19 parker"),
]

# Activity plan (Word), by area: a heading per field, then each effort as bullet lines "Label: value".
# One group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Gator och trottoarer", [[
        ("Åtgärd i korthet", "Rotspärrar av plast som grävs ner runt rötterna när nya gatuträd planteras, så att "
                             "rötterna växer nedåt i stället för in under beläggningen"),
        ("Ledande grupp", "Gatuträdsrotspärrsplanteringsgruppen"),
        ("Orter som omfattas", "Malmö, Lund"),
        ("Tidsplanering", "Oktober–november 2320"),
        ("Avstämt 15 november", "Pågår, rotspärrar runt 85 nya träd")]]),
    ("Cykeltrafik", [[
        ("Åtgärd i korthet", "Siffrorna från cykelräknarna läggs ut som öppna data på webben varje timme, så att "
                             "vem som helst kan använda dem"),
        ("Ledande grupp", "Nätverket för öppna trafikdata i sydvästra Skåne"),
        ("Orter som omfattas", "Lund, Burlöv, Staffanstorp, Lomma, Kävlinge"),
        ("Tidsplanering", "Från september 2320"),
        ("Avstämt 15 november", "Klart, data från 11 räknare publiceras")]]),
    ("Folkhälsa", [[
        ("Åtgärd i korthet", "Askkopparna flyttas minst 15 meter bort från entréerna och busshållplatserna, så att "
                             "röken inte når dem som går in eller väntar på bussen"),
        ("Ledande grupp", "Askkoppsomflyttningsgruppen"),
        ("Orter som omfattas", "Vellinge, Skurup, Svedala, Höör"),
        ("Tidsplanering", "Februari–juni 2320"),
        ("Avstämt 15 november", "Klart, 212 askkoppar flyttade")]]),
    ("Spontanidrott", [[
        ("Åtgärd i korthet", "Bordtennisracketar och bollar att låna gratis med lånekortet på biblioteken som "
                             "ligger närmast borden"),
        ("Ledande grupp", "Staffanstorp och Kävlinge"),
        ("Orter som omfattas", "Staffanstorp, Kävlinge"),
        ("Tidsplanering", "Juni–september 2320"),
        ("Avstämt 15 november", "Klart, 1 150 lån av racketar")]]),
    ("Kulturmiljö", [[
        ("Åtgärd i korthet", "En utsiktsplattform högst upp i vattentornet i Höör, som är öppen för allmänheten "
                             "på söndagar under sommaren, med guidade visningar"),
        ("Ledande grupp", "Vattentornsutsiktsvisningsvärdarna"),
        ("Orter som omfattas", "Höör"),
        ("Tidsplanering", "Juni–augusti 2320"),
        ("Avstämt 15 november", "Klart, 4 300 besökare på 12 söndagar")]]),
    ("Trygghet", [[
        ("Åtgärd i korthet", "Väggmålningar i gångtunnlarna, som ungdomar från fritidsgårdarna målar tillsammans "
                             "med en konstnär"),
        ("Ledande grupp", "Ungdomsmuralmålningsverkstaden"),
        ("Orter som omfattas", "Malmö, Burlöv, Trelleborg"),
        ("Tidsplanering", "Juli 2320–maj 2321"),
        ("Avstämt 15 november", "Pågår, 6 tunnlar målade")]]),
    ("Parker och rekreation", [[
        ("Åtgärd i korthet", "Hängmattsplatser med kraftiga stolpar vid de stora badplatserna"),
        ("Ledande grupp", "Strandhängmattsstolpbyggarna"),
        ("Orter som omfattas", "Lomma, Vellinge"),
        ("Tidsplanering", "April–juni 2320"),
        ("Avstämt 15 november", "Klart, 40 platser vid 5 badplatser")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2320-11-18, kl. 9.30–12.15",
                  "Plats: Vattentornet i Höör, konferensrummet Utsikten (fiktivt sammanträde)",
                  "Närvarande: Arbetsgruppen för stadsrum, rekreation och folkhälsa, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Sofia Bergqvist (Lomma)",
                  "Sekreterare: Anders Nyberg (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Trädrötterna under trottoarerna",
     ["Trottoarrotskadeåtgärdsgruppen redovisade att 3,2 kilometer trottoar och cykelbana har slipats ner eller "
      "lagts om sedan april. Antalet skadeanmälningar från fotgängare som har snubblat på upplyfta plattor har "
      "minskat från 73 till 41 jämfört med året innan. De största skadorna finns längs gamla alléer i Malmö och "
      "Lund.",
      "Arbetsgruppen beslutar att inga fler lönnar och popplar ska planteras som gatuträd längs smala "
      "trottoarer.",
      "Arbetsgruppen ger Gatuträdsrotspärrsplanteringsgruppen i uppdrag att ta fram en lista över trädarter som "
      "passar längs smala gator, senast den 15 februari 2321."]),
    ("§ 2", "Cykelräknarna",
     ["Cykeltrafikräknestolpemontörerna redovisade att 11 av 18 räknare är på plats. Den högsta siffran, "
      "14 280 cyklister på ett dygn, uppmättes vid stationen i Lund den 9 september. Tavlan vid en räknare i "
      "Burlöv har krossats två gånger och har bytts mot en tavla med tjockare glas.",
      "Arbetsgruppen beslutar att de sju återstående räknarna ska sättas upp före den 1 april 2321.",
      "Nätverket för öppna trafikdata i sydvästra Skåne ansvarar för att siffrorna också visas på en gemensam "
      "karta på webben."]),
    ("§ 3", "Rökfria zoner",
     ["Rökfrizonsskyltningsgruppen redovisade att 640 skyltar om rökfria zoner har satts upp. I en enkät bland "
      "resenärer uppgav 71 procent att de märker mindre rök vid busshållplatserna. Askkopparna har flyttats "
      "bort från entréerna i fyra av kommunerna.",
      "Arbetsgruppen beslutar att även kommunernas badplatser ska bli rökfria från sommaren 2321.",
      "Rökfrizonsskyltningsgruppen får i uppdrag att beställa skyltar till badplatserna."]),
    ("§ 4", "Bordtennisborden",
     ["Parkbordtennisbordsförvaltarna redovisade att 27 bord har ställts upp i parker och på skolgårdar. Ett "
      "bord i Lomma har flyttats efter klagomål från grannar på att det spelades sent på kvällarna. "
      "Racketarna på biblioteken i Staffanstorp och Kävlinge har lånats 1 150 gånger.",
      "Arbetsgruppen beslutar att nya bord ska ställas minst 50 meter från närmaste bostadshus."]),
    ("§ 5", "Vattentornen",
     ["Vattentornsfasadrenoveringslaget redovisade att renoveringen är försenad. Ställningen vid tornet i Eslöv "
      "står kvar eftersom man har hittat sprickor i betongen under taket. Renoveringen av tornet i Eslöv blir "
      "2,6 miljoner kronor dyrare än beräknat. Utsiktsplattformen i Höör hade 4 300 besökare i somras.",
      "Arbetsgruppen beslutar att utsiktsplattformen i Höör ska hålla öppet även under höstlovet 2321.",
      "Vattentornsutsiktsvisningsvärdarna ansvarar för visningarna under höstlovet."]),
    ("§ 6", "Gångtunnlarna",
     ["Gångtunnelbelysningsförbättrarna redovisade att 34 av 61 tunnlar har fått ljusare belysning och runda "
      "speglar. I de tunnlar som är klara har belysningen bytts till lampor som tänds fullt när någon går in. "
      "Ungdomsmuralmålningsverkstaden har målat väggarna i 6 tunnlar.",
      "Arbetsgruppen beslutar att belysningen i gångtunnlarna ska vara tänd dygnet runt.",
      "Arbetsgruppen ger Ungdomsmuralmålningsverkstaden i uppdrag att låta eleverna i de närmaste skolorna "
      "rösta om motiven till de nästa målningarna."]),
    ("§ 7", "Hängmattorna",
     ["Parkhängmattsupphängningspatrullen redovisade att 96 hängmattor hängde i 19 parker under sommaren. "
      "Hängmattorna är tillverkade av återvunna fisknät. 14 hängmattor blev stulna eller sönderskurna.",
      "Arbetsgruppen beslutar att hängmattorna från 2321 ska hängas upp redan den 15 april.",
      "Parkhängmattsupphängningspatrullen ansvarar för att hängmattorna tas in och lagas under vintern."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Burlöv frågade om kommunen kan få hängmattor i sina parker från 2321. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 13 januari 2321 i Lomma."]),
]
MINUTES_ADJUSTER = "Emil Håkansson (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Trädrötter lyfter plattorna på trottoarerna, och många äldre snubblar och skadar sig. Kommunerna vet för lite om hur många som cyklar på de stora stråken. Den som väntar på bussen eller går in i kommunhuset får ofta andas in andras cigarettrök. Barn och unga saknar enkla mötesplatser där de kan röra på sig utan att boka en hall. De gamla vattentornen förfaller, fast de är landmärken i sina orter. Många undviker gångtunnlarna när det är mörkt, och parkerna saknar platser där man kan vila en stund.

## Syfte

Samarbetet ska göra gatorna säkrare att gå på, ge bättre kunskap om cykeltrafiken och minska passiv rökning utomhus. Parkerna ska locka till både rörelse och vila, vattentornen ska bevaras och öppnas för invånarna, och gångtunnlarna ska kännas trygga hela dygnet.

## Mål till 2323

Alla 61 gångtunnlar ska ha ljusare belysning. Alla 18 cykelräknare ska visa sina siffror på webben. Samtliga busshållplatser och lekplatser ska vara rökfria zoner, och det ska finnas minst 60 bordtennisbord i parker och på skolgårdar.

## Organisation

Arbetsgruppen för stadsrum, rekreation och folkhälsa leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Folkhälsostrategiska samordningsforumet ger råd om de rökfria zonerna. Kulturmiljöantikvarienätverket granskar färgsättningen när vattentornens fasader renoveras, och Cykeltrafikräknestolpemontörerna samarbetar med Trafikverket om räknare längs de statliga vägarna.

## Budget

Den gemensamma budgeten är 21,7 miljoner kronor för 2320–2323, varav 8,3 miljoner kronor går till renoveringen av vattentornen. Kommunerna betalar 7,15 kronor per invånare och år. Hängmattorna och bordtennisborden får dessutom 0,6 miljoner kronor från en fond för folkhälsa.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2320 till den 31 december 2323. Arbetsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2322.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sakfråga vad som ska göras, vilken grupp som utför det, vid vilken "
             "tidpunkt, vilka kommuner som är med i arbetet och läget den 15 november 2320.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för stadsrum, rekreation och folkhälsa under 2320 "
              "och början av 2321, ordnade efter område. För varje åtgärd anges vilken grupp som leder den, vilka "
              "orter som omfattas, hur den är planerad i tid och vad som stämdes av den 15 november 2320.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtiofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
