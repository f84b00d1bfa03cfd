"""Regenerate the fictional documents of the sixtieth held-out set in benchmarks/data/heldout60/docs/.

    .venv/bin/python scripts/make_heldout60.py [--out benchmarks/data/heldout60/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout60 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (the invasive garden ant mapped in private gardens and its nests treated
with hot water, and advice to gardeners and garden shops not to move soil, stones and potted plants, childcare
in the evenings, at night and at weekends for children whose parents work shifts, and a shared night
preschool for the smallest municipalities, hire bikes at docking stations by commuter stations, squares and
libraries, unlocked with an app, and electric bikes in the fleet, horse droppings collected from streets and
cycle paths in the villages near riding schools and stables, and manure bags for riders, empty shop premises
in the town centres let cheaply for three months to young people who want to try running a shop, and art
from the schools in the empty shop windows, trained school librarians shared between primary schools, and
reading circles for pupils, glow-in-the-dark paint along unlit cycle paths through parks and woods, and
solar-powered marker studs in sharp bends) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout60" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2335.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2335 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-tatortsliv-familjeservice-2335.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för tätortsliv och familjeservice 2335 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-tjanstemannagruppen-tatortsliv-familjeservice-2335-11-13.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Tjänstemannagruppen för tätortsliv och familjeservice 2335-11-13 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-tatortsliv-familjeservice-2335-2336.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för tätortsliv och familjeservice 2335–2336 (fiktiv)"

# Activity plan 2335 (PDF): the track of work ("Ämnesspår") comes first, then the work ("Arbetsinsats"),
# the group carrying it ("Bärs av") in a column just wide enough for its short heading, so the long group
# names break inside the word over several lines, the time span ("Tidsomfång"), the municipalities that
# have joined ("Kommuner som anslutit sig") and the state on 28 October ("Läge 28 oktober").
PLAN_PDF_COLUMNS = ("Ämnesspår", "Arbetsinsats", "Bärs av", "Tidsomfång", "Kommuner som anslutit sig",
                    "Läge 28 oktober")
PLAN_PDF_WIDTHS = (30, 49, 16, 27, 30, 28)  # mm, 180 in all; 16 mm keeps "Bärs av" whole
PLAN_PDF = [
    ("Invasiva arter i bostadsområden",
     "Kartläggning av den invasiva trädgårdsmyran i villaträdgårdar och behandling av bona med hett vatten",
     "Trädgårdsmyrebekämpningslaget", "April–september 2335", "Mölndal, Partille, Lerum, Härryda",
     "Klart, 214 bon behandlade i 61 trädgårdar"),
    ("Barnomsorg",
     "Förskola på kvällar, nätter och helger för barn vars föräldrar arbetar skift, samlad på en förskola i "
     "varje kommun", "Nattomsorgsschemaläggningsgruppen", "Hela 2335",
     "Kungälv, Ale, Stenungsund, Lilla Edet, Tjörn", "Pågår, 58 barn inskrivna"),
    ("Cykling",
     "Hyrcyklar vid cykelstationer vid pendeltågsstationer, torg och bibliotek, som låses upp med en app i "
     "mobilen", "Hyrcykelstationsunderhållsteamet", "Mars 2335–oktober 2336",
     "Mölndal, Partille, Härryda, Kungälv", "Pågår, 26 av 40 stationer i drift"),
    ("Renhållning",
     "Uppsamling av hästspillning på gator och cykelvägar i byarna nära ridskolor och stall",
     "Hästgödselgaturenhållningsrådet", "Maj–oktober 2335", "Lerum, Alingsås, Ale, Orust",
     "Klart, 19 ton spillning uppsamlad"),
    ("Centrumutveckling",
     "Tomma butikslokaler i centrum hyrs ut billigt i tre månader till unga som vill prova att driva en egen "
     "butik", "Centrumlokalsförmedlingsgänget", "Februari–december 2335",
     "Alingsås, Kungälv, Stenungsund, Lerum", "Pågår, 17 butiker har öppnat"),
    ("Skola och läsning",
     "Utbildade skolbibliotekarier i grundskolornas bibliotek, där en bibliotekarie delas mellan två eller tre "
     "skolor", "Skolbiblioteksbemanningsnätverket", "Augusti 2335–juni 2336",
     "Partille, Öckerö, Tjörn, Orust, Härryda", "Pågår, 22 av 36 skolor har skolbibliotekarie"),
    ("Trafiksäkerhet",
     "Självlysande färg längs kanterna på cykelvägar genom parker och skog som saknar belysning, så att "
     "cyklisterna ser vägen i mörkret", "Mörkercykelvägsmarkeringsgruppen", "September–november 2335",
     "Lerum, Alingsås, Härryda, Mölndal", "Försenat, 4,5 av 12 kilometer målade"),
]

# Activity plan (Word), by area: a heading per track of work, then each effort as bullet lines
# "Label: value": the effort in brief ("Åtagande i korthet"), the coordinating group ("Ansvarig
# samordningsgrupp"), the municipalities taking part ("Kommuner som är med"), the time span ("Tidsspann för
# arbetet") and what was reported on 6 November ("Redovisning 6 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Invasiva arter i bostadsområden", [[
        ("Åtagande i korthet", "Rådgivning till villaägare och trädgårdsbutiker om att inte flytta jord, stenar "
                               "och krukväxter från trädgårdar där den invasiva trädgårdsmyran finns"),
        ("Ansvarig samordningsgrupp", "Jordförflyttningsrådgivningsgruppen"),
        ("Kommuner som är med", "Mölndal, Partille"),
        ("Tidsspann för arbetet", "Mars–juni 2335"),
        ("Redovisning 6 november", "Klart, 3 400 foldrar utdelade och 11 trädgårdsbutiker besökta")]]),
    ("Barnomsorg", [[
        ("Åtagande i korthet", "En gemensam nattförskola för de minsta kommunerna, med sovrum, frukost och "
                               "personal som är vaken hela natten"),
        ("Ansvarig samordningsgrupp", "Nätverket för barnomsorg på obekväm arbetstid"),
        ("Kommuner som är med", "Lilla Edet, Tjörn, Stenungsund"),
        ("Tidsspann för arbetet", "Från januari 2336"),
        ("Redovisning 6 november", "Ej påbörjat, en lokal har hittats i Stenungsund")]]),
    ("Cykling", [[
        ("Åtagande i korthet", "Elcyklar i hyrcykelsystemet, som laddas vid cykelstationerna och kostar lika "
                               "mycket som vanliga hyrcyklar under de första sex månaderna"),
        ("Ansvarig samordningsgrupp", "Elcykelflottsladdningsteamet"),
        ("Kommuner som är med", "Mölndal, Härryda, Kungälv"),
        ("Tidsspann för arbetet", "Maj 2335–april 2336"),
        ("Redovisning 6 november", "Pågår, 120 elcyklar är i trafik")]]),
    ("Renhållning", [[
        ("Åtagande i korthet", "Gödselpåsar som hängs bakom hästen när man rider på gator och cykelvägar, och "
                               "skyltar som ber ryttarna att plocka upp spillningen"),
        ("Ansvarig samordningsgrupp", "Ale och Lilla Edet"),
        ("Kommuner som är med", "Ale, Lilla Edet"),
        ("Tidsspann för arbetet", "Juni–september 2335"),
        ("Redovisning 6 november", "Klart, 85 gödselpåsar utlånade till ryttare")]]),
    ("Centrumutveckling", [[
        ("Åtagande i korthet", "Konst från skolornas bildlektioner i skyltfönstren till de tomma "
                               "butikslokalerna, så att centrum inte ser övergivet ut"),
        ("Ansvarig samordningsgrupp", "Skyltfönsterkonstutställarna"),
        ("Kommuner som är med", "Alingsås, Stenungsund"),
        ("Tidsspann för arbetet", "Oktober 2335–mars 2336"),
        ("Redovisning 6 november", "Pågår, elevkonst i 9 skyltfönster")]]),
    ("Skola och läsning", [[
        ("Åtagande i korthet", "Läsecirklar för elever i årskurs 4–6 som leds av skolbibliotekarierna, med en "
                               "gemensam bokfest i maj"),
        ("Ansvarig samordningsgrupp", "Läsecirkelinspirationsgänget"),
        ("Kommuner som är med", "Öckerö, Orust, Tjörn"),
        ("Tidsspann för arbetet", "September 2335–maj 2336"),
        ("Redovisning 6 november", "Pågår, 47 läsecirklar har startat")]]),
    ("Trafiksäkerhet", [[
        ("Åtagande i korthet", "Solcellsdrivna markeringsknappar som lyser svagt mitt i cykelvägen i skarpa "
                               "kurvor och vid korsningar"),
        ("Ansvarig samordningsgrupp", "Markeringsknappsmonteringslaget"),
        ("Kommuner som är med", "Lerum, Alingsås"),
        ("Tidsspann för arbetet", "Oktober–december 2335"),
        ("Redovisning 6 november", "Pågår, 310 knappar monterade")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2335-11-13, kl. 9.30–12.15",
                  "Plats: Stadshuset i Kungälv (fiktivt sammanträde)",
                  "Närvarande: Tjänstemannagruppen för tätortsliv och familjeservice, med representanter för "
                  "nio av de tolv medlemskommunerna",
                  "Ordförande: Annika Berglund (Partille)",
                  "Sekreterare: Olof Nyström (Ale)")
MINUTES_ITEMS = [
    ("§ 1", "Trädgårdsmyran",
     ["Trädgårdsmyrebekämpningslaget redovisade att 214 bon i 61 trädgårdar har behandlats med hett vatten "
      "under sommaren. Myran har troligen kommit hit med krukväxter från en plantskola utomlands. I Partille "
      "har myrorna tagit sig in i elcentralerna i två villor och orsakat strömavbrott.",
      "Tjänstemannagruppen beslutar att behandlingen ska vara gratis för villaägarna även 2336.",
      "Tjänstemannagruppen ger Trädgårdsmyrebekämpningslaget i uppdrag att lägga ut en karta över alla kända "
      "bon på kommunernas webbplatser senast den 1 april 2336."]),
    ("§ 2", "Barnomsorg på kvällar och nätter",
     ["Nattomsorgsschemaläggningsgruppen redovisade att 58 barn är inskrivna i kvälls- och nattomsorgen. De "
      "flesta föräldrarna arbetar på sjukhuset, i äldreomsorgen eller i hamnen. Flest barn lämnas mellan kl. 18 "
      "och kl. 22, och bara åtta barn sover över på förskolan.",
      "Tjänstemannagruppen beslutar att föräldrarna ska lämna sina arbetsscheman senast två veckor i förväg.",
      "Nätverket för barnomsorg på obekväm arbetstid får i uppdrag att räkna ut vad en plats på den "
      "gemensamma nattförskolan kostar per barn och år, senast den 15 januari 2336."]),
    ("§ 3", "Hyrcyklarna",
     ["Hyrcykelstationsunderhållsteamet redovisade att 26 av 40 cykelstationer är i drift och att hyrcyklarna "
      "har använts till 41 000 resor sedan mars. Flest resor börjar vid Mölndals station. Under sommaren "
      "stals eller förstördes 63 cyklar.",
      "Tjänstemannagruppen beslutar att den första halvtimmen ska vara gratis för den som har ett "
      "periodkort för kollektivtrafiken.",
      "Hyrcykelstationsunderhållsteamet ansvarar för att cyklarna varje morgon före kl. 7 flyttas från de fulla "
      "stationerna till de tomma."]),
    ("§ 4", "Hästspillning på gator och cykelvägar",
     ["Hästgödselgaturenhållningsrådet redovisade att 19 ton hästspillning har samlats upp mellan maj och "
      "oktober. Flest klagomål kom från cyklister i Lerum, där spillningen gör cykelvägen hal när det regnar.",
      "Tjänstemannagruppen ger Hästgödselgaturenhållningsrådet i uppdrag att tillsammans med ridskolorna "
      "märka ut ridvägar som går runt byarna, senast den 1 maj 2336."]),
    ("§ 5", "Butiker i tomma lokaler",
     ["Centrumlokalsförmedlingsgänget redovisade att 17 butiker har öppnat i tomma lokaler. Hyran är 500 "
      "kronor per månad under provperioden. Sex av butikerna har skrivit ett vanligt hyresavtal när "
      "provperioden tog slut, bland dem en cykelverkstad i Alingsås och en second hand-butik i "
      "Kungälv.",
      "Tjänstemannagruppen beslutar att provperioden ska förlängas från tre till sex månader från 2336."]),
    ("§ 6", "Skolbibliotekarierna",
     ["Skolbiblioteksbemanningsnätverket redovisade att 22 av 36 grundskolor nu har en skolbibliotekarie. I "
      "skolorna med bibliotekarie har utlåningen av böcker ökat med 35 procent. Det är svårt att rekrytera, och "
      "till den senaste tjänsten kom bara fyra sökande.",
      "Tjänstemannagruppen beslutar att kommunerna ska annonsera ut de lediga tjänsterna gemensamt.",
      "Skolbiblioteksbemanningsnätverket ansvarar för att skolbibliotekarierna får en gemensam "
      "fortbildningsdag varje termin."]),
    ("§ 7", "Självlysande cykelvägar",
     ["Mörkercykelvägsmarkeringsgruppen redovisade att 4,5 av 12 kilometer cykelväg har målats med "
      "självlysande färg. Arbetet är försenat eftersom färgen bara kan målas när det är torrt och minst 10 "
      "grader varmt. Färgen lyser i ungefär åtta timmar efter en solig dag, men svagare under de mörkaste "
      "månaderna.",
      "Tjänstemannagruppen beslutar att de återstående sträckorna ska målas i maj 2336.",
      "Tjänstemannagruppen ger Markeringsknappsmonteringslaget i uppdrag att sätta markeringsknappar i de "
      "kurvor som ännu inte har målats."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Öckerö frågade om hyrcyklarna kan komma till öarna. Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 11 december 2335 i Alingsås."]),
]
MINUTES_ADJUSTER = "Henrik Dahl (Orust)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Den invasiva trädgårdsmyran sprider sig i villaområdena och tar sig in i hus och elcentraler. Allt fler föräldrar arbetar på kvällar, nätter och helger, men förskolorna stänger på eftermiddagen. Många pendlare har långt att gå mellan stationen och arbetet. Hästspillning på gator och cykelvägar i byarna irriterar både cyklister och gående. I flera centrum står butikslokaler tomma i månader, och många grundskolor har ett bibliotek men ingen som arbetar där. Cykelvägarna genom parker och skog saknar ofta belysning, och på vintern är det svårt att se var vägen går.

## Syfte

Samarbetet ska hindra att trädgårdsmyran sprids vidare, ge alla föräldrar tillgång till barnomsorg när de arbetar, och göra det lätt att cykla den sista biten från stationen. Gator och cykelvägar ska hållas rena, centrum ska leva upp med nya butiker, eleverna ska läsa mer, och cyklisterna ska hitta rätt även när det är mörkt.

## Mål till 2336

Alla 40 cykelstationer ska vara i drift. Alla 36 grundskolor ska ha tillgång till en skolbibliotekarie. Minst 30 nya butiker ska ha öppnat i tomma lokaler, och 12 kilometer cykelväg ska vara markerad med självlysande färg. Kvälls- och nattomsorg ska erbjudas i alla medlemskommuner.

## Organisation

Tjänstemannagruppen för tätortsliv och familjeservice leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Handelsföreningssamverkansrådet hjälper till att hitta tomma butikslokaler och fastighetsägare som vill vara med. Skolbiblioteksbemanningsnätverket samarbetar med folkbiblioteken om inköp av böcker, och Trädgårdsmyrebekämpningslaget skickar myrprover till Naturhistoriska museet för artbestämning.

## Budget

Den gemensamma budgeten är 14,7 miljoner kronor för 2335–2336, varav 5,2 miljoner kronor går till hyrcyklarna. Kommunerna betalar 4,90 kronor per invånare och år. Skolbibliotekarierna får dessutom 1,3 miljoner kronor i statsbidrag.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2335 till den 31 december 2336. Tjänstemannagruppen lämnar en lägesrapport i juni och i december, och planen utvärderas i oktober 2336.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ämnesspår vilken arbetsinsats som görs, vilken grupp som bär "
             "den, under vilket tidsomfång den genomförs, vilka kommuner som har anslutit sig och läget den 28 "
             "oktober 2335.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtaganden för tätortsliv och familjeservice under 2335 "
              "och 2336, ordnade efter ämnesspår. För varje åtagande anges vilken samordningsgrupp som är "
              "ansvarig, vilka kommuner som är med, tidsspannet för arbetet och vad som redovisades den 6 "
              "november 2335.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
