"""Regenerate the fictional documents of the seventy-seventh held-out set in benchmarks/data/heldout77/docs/.

    .venv/bin/python scripts/make_heldout77.py [--out benchmarks/data/heldout77/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout77 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (pedal draisines hired out on a disused railway line between two villages,
and a model-railway workshop for children in the old station house, weekend courses in laying reed thatch on
an old farm building, and a fire-safety round of the thatched houses with spark arresters on the chimneys,
radio direction-finding competitions ("fox hunts") for young people who search a forest for hidden
transmitters, and evening courses in Morse code where the participants solder a short-wave receiver from a
kit, old sundials on church walls and manor houses restored with regilded gnomons, and human sundials painted
on schoolyards by pupils in year 5, soundproofed rehearsal rooms for young bands at the youth centres booked on
the web, with a band contest, and courses where young people learn to mix live sound, a para-sports day where
pupils try sitting volleyball, wheelchair basketball and goalball, and sports wheelchairs and goalball kits lent
to clubs and schools, board-game evenings with game hosts at the main libraries, and a competition where
pupils in year 7 design their own board game) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout77" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-fritidsliv-teknik-kulturmiljo-2352.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2352 för fritidsliv, teknik och kulturmiljö (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kurser-verkstader-utlan-2352.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kurser, verkstäder och utlåning 2352 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samverkansradet-fritidsliv-teknik-kulturmiljo-2352-11-12.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samverkansrådet för fritidsliv, teknik och kulturmiljö 2352-11-12 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-fritidsliv-teknik-kulturmiljo-2352.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för fritidsliv, teknik och kulturmiljö 2352 (fiktiv)"

# Activity plan 2352 (PDF): the measure ("Åtgärd"), a description ("Beskrivning"), the group in charge ("Grupp")
# in a column barely wider than that short heading, so the long group names are broken inside the word over
# several lines, when it happens ("När"), the municipalities taking part ("Deltagande kommuner") and what was
# reported on 20 October ("Avrapporterat 20 oktober").
PLAN_PDF_COLUMNS = ("Åtgärd", "Beskrivning", "Grupp", "När", "Deltagande kommuner", "Avrapporterat 20 oktober")
PLAN_PDF_WIDTHS = (30, 55, 14, 22, 28, 31)  # mm, 180 in all; 14 mm keeps "Grupp" whole
PLAN_PDF = [
    ("Dressinåkning på den nedlagda banan",
     "Cykeldressiner för fyra personer rullar på den nedlagda järnvägen mellan Gryteberga och Ekeslätt, 13 "
     "kilometer enkel väg. Dressinerna hyrs vid det gamla stationshuset i Gryteberga för 280 kronor per tur",
     "Dressinuthyrningsvärdgruppen", "Juni–aug. 2352", "Hörby, Sjöbo",
     "Klart, 2 740 uthyrda turer"),
    ("Kurser i vasstakläggning",
     "Under en femdagarskurs lägger deltagarna om vasstaket på ladugårdslängan på Stenshusa gård utanför "
     "Skurup. Vassen binds i kärvar och sys fast mot läkten med rostfri ståltråd",
     "Vasstakshantverksutbildningsgruppen", "Maj och sept. 2352", "Skurup, Vellinge, Trelleborg",
     "Klart, 2 kurser med 24 deltagare"),
    ("Rävjakt med radiopejling",
     "Ungdomar mellan 12 och 19 år letar upp fem gömda radiosändare i Ulvshultsskogen med handhållna "
     "pejlmottagare och karta. Sändarna hörs i tur och ordning en minut var",
     "Radiopejlingsungdomsnätverket", "April–okt. 2352", "Höör, Eslöv, Lund",
     "Pågår, 7 tävlingar med 156 startande"),
    ("Upprustning av gamla solur",
     "Solur på kyrkväggar, husgavlar och i herrgårdsparker lagas. Visarna förgylls på nytt och timsiffrorna "
     "målas om. Det äldsta uret är från 1742 och sitter på Tornaholms slott",
     "Solursrestaureringsarbetsgruppen", "Mars–sept. 2352", "Staffanstorp, Svedala, Lund, Kävlinge",
     "Klart, 17 solur restaurerade"),
    ("Replokaler för unga band",
     "Ljudisolerade replokaler på fritidsgårdarna bokas på webben i pass om tre timmar. Band där alla "
     "medlemmar är under 20 år repar gratis. En bandtävling under året avgörs med final i Folkparken i Eslöv",
     "Replokalsbokningssamordningsgruppen", "Jan.–dec. 2352", "Malmö, Eslöv, Burlöv, Lomma",
     "Pågår, 9 replokaler och 118 registrerade band"),
    ("Parasportdag för skolelever",
     "Elever i årskurs 4–9 provar sittande volleyboll, rullstolsbasket och goalboll tillsammans med "
     "parasportare i Kvarnvallshallen i Lomma. Varje klass är på plats i två timmar",
     "Parasportdagsplaneringsnätverket", "Vecka 10, 2352", "Lomma, Kävlinge, Burlöv, Staffanstorp",
     "Klart, 2 050 elever deltog"),
    ("Brädspelskvällar på biblioteken",
     "Spelvärdar lär ut regler och sätter ihop sällskap på huvudbiblioteken varannan tisdag kl. 17.30–21.00. "
     "Bibliotekens spelsamling omfattar 430 spel som också går att låna hem",
     "Brädspelskvällsvärdkretsen", "Jan.–dec. 2352", "Trelleborg, Malmö, Lund, Höör",
     "Pågår, i snitt 64 besökare per kväll"),
]

# Activity plan (Word): each activity under its own heading, then a bulleted list where every line starts with
# a bold label and a dash: the purpose ("Syfte"), the arrangement ("Upplägg"), the leading group ("Ledande
# grupp"), the municipalities taking part ("Medverkande kommuner"), the period ("Period") and the state at the
# check on 30 September ("Avstämning 30 september"). Two groups have names of several words.
LABELS = ("Syfte", "Upplägg", "Ledande grupp", "Medverkande kommuner", "Period", "Avstämning 30 september")
PLAN_DOCX_ACTIVITIES = [
    ("Modelljärnvägsverkstad i stationshuset",
     ("Barn bygger en modelljärnväg i det gamla stationshuset",
      "Barn mellan 8 och 12 år bygger landskap, hus och spår till en modulbana i skala H0 på lördagsförmiddagar "
      "i väntsalen i stationshuset i Gryteberga. Banan ska till slut bestå av 18 moduler",
      "Modelljärnvägsbyggarverkstadsgruppen", "Hörby, Sjöbo", "Februari–december 2352",
      "Pågår, 11 moduler klara")),
    ("Brandskydd på hus med vasstak",
     ("Husen med vass- eller halmtak inventeras och får ett bättre brandskydd",
      "Brandingenjörer besöker varje hus med vass- eller halmtak och monterar gnistfångare på skorstenarna. "
      "Ägarna får en kostnadsfri brandfilt och en skriftlig brandskyddsplan för huset",
      "Arbetsgruppen för brandskydd på vasstäckta hus", "Skurup, Vellinge, Trelleborg, Sjöbo",
      "Februari–november 2352", "Pågår, 38 av 52 hus besökta")),
    ("Morsekurs med bygge av kortvågsmottagare",
     ("Unga lär sig telegrafi och bygger en egen radiomottagare",
      "Under åtta kvällar på fritidsgården i Höör lär sig deltagarna morsealfabetet och löder ihop en "
      "mottagare för kortvåg från en byggsats. Kursen leds av medlemmar i en sändaramatörklubb",
      "Telegrafikursledarnätverket", "Höör, Eslöv, Lund", "September–november 2352",
      "Pågår, 2 kursomgångar med 28 deltagare")),
    ("Solur på skolgårdarna",
     ("Elever målar ett solur där en människa är visaren",
      "Elever i årskurs 5 mäter ut och målar ett analemmatiskt solur på skolgården. Den som ställer sig på "
      "datumskalan i mitten blir själv urets visare, och skuggan pekar ut klockslaget",
      "Skolgårdssolursmålarlaget", "Staffanstorp, Svedala, Lund, Kävlinge", "April–juni 2352",
      "Klart, solur målade på 21 skolgårdar")),
    ("Kurs i ljudteknik för unga",
     ("Ungdomar lär sig sköta ljudet på konserter",
      "Deltagarna lär sig koppla in mikrofoner och mixa ljudet när banden från replokalerna spelar på "
      "fritidsgårdarna. Kursen omfattar 30 timmar och avslutas med att deltagarna sköter ljudet vid "
      "bandtävlingens final",
      "Referensgruppen för ljudteknik på fritidsgårdarna", "Malmö, Eslöv, Burlöv, Lomma",
      "Februari–oktober 2352", "Klart, 42 deltagare har gått kursen")),
    ("Utlåning av utrustning för parasport",
     ("Föreningar och skolor lånar utrustning för parasport",
      "Ett förråd i Staffanstorp lånar ut 24 sportrullstolar samt goalbollar med bjällror och ögonskydd till "
      "idrottsföreningar och skolor. Utrustningen bokas en vecka i taget och körs ut med kommunens "
      "hjälpmedelsbil",
      "Sportrullstolsutlåningsgruppen", "Lomma, Kävlinge, Burlöv, Staffanstorp", "Hela 2352",
      "Pågår, 61 utlån hittills")),
    ("Elever konstruerar brädspel",
     ("Skolklasser hittar på egna brädspel om sin hembygd",
      "Klasser i årskurs 7 konstruerar egna brädspel med hembygden som tema. Det vinnande spelet trycks i 500 "
      "exemplar och ställs ut till utlån på biblioteken",
      "Spelkonstruktionstävlingsjuryn", "Trelleborg, Malmö, Lund, Höör", "Augusti–december 2352",
      "Pågår, 34 klasser anmälda")),
]

MINUTES_HEADER = ("Tid: onsdagen den 12 november 2352, kl. 09.30–12.45",
                  "Plats: Väntsalen i stationshuset i Gryteberga (fiktivt sammanträde)",
                  "Närvarande: Samverkansrådet för fritidsliv, teknik och kulturmiljö, med representanter för tolv "
                  "av de fjorton medlemskommunerna",
                  "Ordförande: Birgitta Sjöholm (Sjöbo)",
                  "Protokollförare: Emir Hadžić (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Dressinerna och modelljärnvägen i Gryteberga",
     ["Dressinuthyrningsvärdgruppen redovisade 2 740 uthyrda turer under sommaren. I augusti spårade en dressin "
      "ur vid en plankorsning där ett skyfall hade spolat upp grus på rälsen, och två resenärer fick lättare "
      "blåmärken.",
      "Samverkansrådet beslutar att banan ska synas varje morgon innan den första dressinen släpps ut, att "
      "dressinerna får köras i högst 15 kilometer i timmen och att avståndet mellan två dressiner ska vara "
      "minst 100 meter.",
      "Samverkansrådet ger Dressinuthyrningsvärdgruppen i uppdrag att sätta upp stoppskyltar vid alla sju "
      "plankorsningar före nästa säsong.",
      "Modelljärnvägsbyggarverkstadsgruppen får i uppdrag att visa modulbanan på julmarknaden i Hörby den 13 "
      "december 2352."]),
    ("§ 2", "Vasstaken",
     ["Vasstakshantverksutbildningsgruppen redovisade två kurser med sammanlagt 24 deltagare. Arbetsgruppen för "
      "brandskydd på vasstäckta hus meddelade att 38 av 52 hus har fått besök och att en skorstensbrand i "
      "Ravnhus släcktes innan taket tog eld.",
      "Samverkansrådet beslutar att ägare av vasstäckta hus kan få bidrag med högst 40 000 kronor per tak när "
      "taket läggs om och att öppen eld inte får förekomma närmare än 25 meter från ett vasstak vid "
      "arrangemang som kommunerna ordnar.",
      "Samverkansrådet ger Vasstakshantverksutbildningsgruppen i uppdrag att undersöka om vass som skördas i "
      "regionens egna sjöar kan användas på kurserna."]),
    ("§ 3", "Radiopejlingen och morsekurserna",
     ["Radiopejlingsungdomsnätverket redovisade sju tävlingar med 156 startande. Vid tävlingen i september gick "
      "en 13-åring vilse i Ulvshultsskogen och hittades först efter två timmar, när det redan hade börjat "
      "skymma.",
      "Samverkansrådet beslutar att alla som deltar i tävlingarna ska bära en visselpipa och en laddad "
      "mobiltelefon, att varje tävling ska avslutas senast en timme före solnedgången och att funktionärerna "
      "vid målet ska pricka av varje deltagare som kommer tillbaka.",
      "Telegrafikursledarnätverket får i uppdrag att ordna en morsekurs på distans för ungdomar i Hörby och "
      "Sjöbo."]),
    ("§ 4", "Soluren",
     ["Solursrestaureringsarbetsgruppen redovisade att 17 solur är färdigrestaurerade. Två veckor efter "
      "återinvigningen stals den nyförgyllda visaren från soluret på kyrkväggen i Börringe.",
      "Samverkansrådet beslutar att alla nya visare ska skruvas fast med manipulationssäkra skruvar och att en "
      "karta över samtliga restaurerade solur ska tryckas och delas ut på biblioteken.",
      "Samverkansrådet ger Skolgårdssolursmålarlaget i uppdrag att måla om de linjer på skolgårdssoluren som har "
      "nötts bort, med vägmarkeringsfärg, under nästa vårtermin."]),
    ("§ 5", "Replokalerna och bandtävlingen",
     ["Replokalsbokningssamordningsgruppen redovisade 118 registrerade band. Grannar till fritidsgården i "
      "Arlöv har klagat på basljud sent på kvällarna.",
      "Samverkansrådet beslutar att repetitionerna ska sluta senast kl. 22.00 på vardagar och att åtta band "
      "ska gå till bandtävlingens final. Vinnaren får studiotid för 10 000 kronor.",
      "Samverkansrådet ger Replokalsbokningssamordningsgruppen i uppdrag att montera ljudnivåbegränsare i "
      "replokalen i Arlöv. Referensgruppen för ljudteknik på fritidsgårdarna får i uppdrag att ordna hörselskydd "
      "som publiken kan låna vid konserterna."]),
    ("§ 6", "Parasporten",
     ["Parasportdagsplaneringsnätverket redovisade att 2 050 elever deltog i parasportdagen. En elev som "
      "använder rullstol kom inte in i omklädningsrummet eftersom dörren var för smal.",
      "Samverkansrådet beslutar att nästa parasportdag ska hållas i Tornvallshallen i Kävlinge, där samtliga "
      "utrymmen är tillgängliga, och att varje skola ska utse ett parasportombud bland lärarna i idrott och "
      "hälsa.",
      "Samverkansrådet ger Sportrullstolsutlåningsgruppen i uppdrag att köpa in åtta sportrullstolar i "
      "barnstorlek."]),
    ("§ 7", "Brädspelskvällarna och spelkonstruktionstävlingen",
     ["Brädspelskvällsvärdkretsen redovisade i snitt 64 besökare per kväll. Många spel som har lånats hem har "
      "kommit tillbaka med pjäser och kort som saknas.",
      "Samverkansrådet beslutar att varje spelkartong ska ha en innehållsförteckning på locket, att man får "
      "låna högst tre spel åt gången och att lånetiden för spel ska vara 21 dagar.",
      "Samverkansrådet ger Brädspelskvällsvärdkretsen i uppdrag att starta spelträffar på dagtid för "
      "pensionärer. Spelkonstruktionstävlingsjuryn får i uppdrag att presentera det vinnande spelet på "
      "stadsbiblioteket i Malmö den 9 december 2352."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Vellinge föreslog att samverkansrådet ska ordna en utställning om gamla radioapparater på biblioteken. "
      "Frågan bordläggs.",
      "Nästa sammanträde hålls onsdagen den 17 december 2352 i Svedala."]),
]
MINUTES_ADJUSTER = "Lars-Göran Nilsson (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Verksamhetsplanen är fiktiv. Mål, summor, orter, föreningar och personer är påhittade.

## Varför vi samverkar

I medlemskommunerna finns gamla järnvägar, vasstak och solur som berättar om hur människor har levt och arbetat, men också många unga som vill spela musik, tävla och lära sig teknik. Fritidsgårdar, bibliotek, idrottsföreningar och hembygdsföreningar gör mycket var för sig. Genom att samverka kan kommunerna dela lokaler, utrustning och kunskap och nå fler invånare än någon av dem skulle klara ensam.

## Prioriteringar

Verksamheten ska vara öppen för alla, oavsett ålder, funktionsförmåga och plånbok. Aktiviteter för barn och unga ska i första hand vara avgiftsfria. Kulturmiljöerna ska användas och inte bara bevaras, och kunskap om gamla hantverk och äldre teknik ska föras vidare från äldre till yngre.

## Mätbara mål 2352

Under 2352 ska dressinerna hyras ut för minst 3 000 turer, och alla 52 hus med vass- eller halmtak i regionen ska ha fått besök av en brandingenjör. Radiopejlingen ska samla minst 200 startande, och minst 20 solur ska vara restaurerade vid årets slut. Minst 150 band ska vara registrerade för replokalerna, och minst 2 500 elever ska delta i parasportdagen.

## Ansvarsfördelning

Samverkansrådet för fritidsliv, teknik och kulturmiljö leder samarbetet och redovisar till kommundirektörerna i maj och november. Tillgänglighetsgranskningsgruppen för fritidsanläggningar går igenom alla lokaler och platser som används innan en aktivitet startar och kan kräva åtgärder, till exempel ramper och bredare dörrar. Dressinuthyrningsvärdgruppen samarbetar med föreningen Grytebergabanans vänner, och Telegrafikursledarnätverket hämtar sina kursledare från Sydskånska sändaramatörers förening. Replokalsbokningssamordningsgruppen svarar också för att bokningssystemet på webben fungerar.

## Ekonomi

Den gemensamma budgeten för 2352 är 4,3 miljoner kronor, varav 1,1 miljoner kronor används till att ljudisolera replokalerna. Varje medlemskommun bidrar med 1,05 kronor per invånare. Intäkterna från dressinuthyrningen går i sin helhet till underhållet av banan.

## Redovisning

Verksamhetsplanen gäller för kalenderåret 2352. Samverkansrådet gör en delårsuppföljning i augusti, och planen utvärderas vid samverkansrådets sammanträde i december 2352.
"""


def dashed_docx(path: Path, title: str, intro: str, labels: Sequence[str],
                activities: Sequence[tuple[str, Sequence[str]]]) -> Path:
    """A plan as Word: an introduction, then each activity's name as a heading and a bulleted list whose lines
    start with a bold label followed by a dash ((name, (value, …)), …; the values in the order of labels)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for name, values in activities:
        doc.add_heading(name, level=2)
        for label, value in zip(labels, values, strict=True):
            paragraph = doc.add_paragraph(style="List Bullet")
            paragraph.add_run(label).bold = True
            paragraph.add_run(f" – {value}")
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen beskriver varje åtgärd, vilken grupp som ansvarar för den, när den genomförs, "
             "vilka kommuner som deltar och vad som avrapporterades den 20 oktober 2352.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Planen omfattar de kurser, verkstäder och utlån inom fritidsliv, teknik och kulturmiljö som "
              "medlemskommunerna driver gemensamt under 2352. För varje aktivitet redovisas syftet, upplägget, "
              "vilken grupp som leder arbetet, vilka kommuner som medverkar, perioden och läget vid avstämningen "
              "den 30 september 2352.",
              LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=dashed_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttiosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
