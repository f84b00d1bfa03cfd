"""Regenerate the fictional documents of the forty-seventh held-out set in benchmarks/data/heldout47/docs/.

    .venv/bin/python scripts/make_heldout47.py [--out benchmarks/data/heldout47/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout47 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (washing of the households' food-waste bins with a washing truck in
summer against smell and fly larvae, and advice to freeze shrimp shells and fish scraps until the emptying
day, nests of oak processionary moth caterpillars vacuumed from the oaks in parks and schoolyards, with
warning signs and training of park staff in protective suits, a campaign against idling engines at the
schools' drop-off points and at the bus stations, and drop-off places for cars some way from the school
entrances, clearing of stone piles, brushwood and tall grass where adders live at preschool yards and
bathing places, and first-aid training in snake bites for preschool staff, evacuation drills at the schools
twice a school year, and evacuation chairs in the stairwells for pupils who use a wheelchair, detectors
that sense cyclists approaching a junction so that the traffic light turns green before they have to stop,
and footrests and handles at the traffic lights on the main cycle routes, measurements of trichloramine in
the air of the indoor swimming pools, and a campaign with picture signs about showering before swimming)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout47" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2322.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2322 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vardagsmiljo-halsa-2322.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vardagsmiljö och hälsa 2322 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-vardagsmiljo-halsa-2322-12-06.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för vardagsmiljö och hälsa 2322-12-06 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-vardagsmiljo-halsa-2322-2325.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vardagsmiljö och hälsa 2322–2325 (fiktiv)"

# Activity plan 2322 (PDF): the field of work ("Arbetsfält") comes first, then what is to be done
# ("Vad som ska göras"), the group doing it ("Görs av") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the span of time ("Tidsrymd"), the
# places and municipalities ("Orter och kommuner") and what had been reached by 30 November ("Uppnått till
# 30 november").
PLAN_PDF_COLUMNS = ("Arbetsfält", "Vad som ska göras", "Görs av", "Tidsrymd", "Orter och kommuner",
                    "Uppnått till 30 november")
PLAN_PDF_WIDTHS = (30, 48, 17, 28, 29, 28)  # mm, 180 in all; 17 mm keeps "Görs av" whole
PLAN_PDF = [
    ("Avfallshantering",
     "Tvätt av invånarnas kärl för matavfall med en särskild tvättbil som spolar kärlen med varmt vatten direkt "
     "efter tömningen, så att det luktar mindre och flugorna inte lägger ägg i dem",
     "Sopkärlstvättbilsbesättningen", "Juni–september 2322", "Skurup, Svedala, Trelleborg, Vellinge",
     "Klart, 18 450 kärl tvättade"),
    ("Parker och skolgårdar",
     "Uppsugning av bon med larver av ekprocessionsspinnare i ekar i parker och på skolgårdar, eftersom "
     "larvernas brännhår ger klåda, utslag och andningsbesvär", "Ekprocessionsspinnarbosaneringslaget",
     "Maj–juli 2322", "Lund, Malmö, Staffanstorp, Kävlinge", "Klart, 612 bon borttagna i 147 ekar"),
    ("Luft och klimat",
     "Informationskampanj mot tomgångskörning vid skolornas avlämningsplatser och vid bussterminalerna, med "
     "skyltar om att motorn ska stängas av", "Tomgångskörningsinformatörerna", "Mars–december 2322",
     "Malmö, Lund, Burlöv", "Pågår, skyltar uppsatta vid 64 av 90 platser"),
    ("Natur och förskolor",
     "Röjning av stenrösen, rishögar och högt gräs där huggormar trivs, vid förskolornas gårdar och vid "
     "badplatserna", "Huggormsbiotopröjningsgruppen", "April–juni 2322", "Höör, Eslöv, Skurup, Svedala, Lomma",
     "Klart, röjt vid 41 förskolor och 12 badplatser"),
    ("Skolans säkerhet",
     "Utrymningsövningar på alla skolor två gånger per läsår, där eleverna övar att lämna byggnaden när "
     "brandlarmet går och samlas på återsamlingsplatsen", "Skolutrymningsövningssamordnarna",
     "Augusti 2322–juni 2323", "Trelleborg, Vellinge, Kävlinge, Lomma, Staffanstorp",
     "Pågår, 58 av 96 skolor har övat"),
    ("Cykeltrafik",
     "Detektorer som känner av cyklister på väg mot korsningen, så att trafikljuset slår om till grönt innan "
     "cyklisten behöver stanna", "Cykelsignaldetektormontörerna", "Februari 2322–mars 2323",
     "Malmö, Lund, Lomma", "Pågår, detektorer i 33 av 75 korsningar"),
    ("Bad och simhallar",
     "Mätning av trikloramin i luften i simhallarna, ett ämne som bildas när klor reagerar med svett och urin "
     "och som ger sveda i ögonen och hosta hos badgäster och personal", "Simhallsluftkvalitetskontrollanterna",
     "Hela 2322", "Eslöv, Höör, Trelleborg, Kävlinge, Svedala, Staffanstorp",
     "Pågår, mätningar i 9 av 13 simhallar"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": what the effort is about ("Vad insatsen går ut på"), the group ultimately responsible
# ("Ytterst ansvarig"), the municipalities in the effort ("Kommuner med i satsningen"), the period of
# implementation ("Tidsperiod för genomförandet") and what was reported on 2 December ("Redovisat
# 2 december"). One group is a pair of municipalities, one a network with a name of several words.
LABELS = ("Vad insatsen går ut på", "Ytterst ansvarig", "Kommuner med i satsningen",
          "Tidsperiod för genomförandet", "Redovisat 2 december")
PLAN_DOCX_AREAS = [
    (area, [list(zip(LABELS, values, strict=True))]) for area, values in [
        ("Avfallshantering", (
            "Ett informationsblad till alla hushåll med råd mot lukt och fluglarver i matavfallskärlen, bland "
            "annat att frysa räkskal och fiskrens till kvällen före tömningsdagen och att ställa kärlet i skugga",
            "Matavfallsluktrådgivarna", "Skurup, Trelleborg", "Maj–juni 2322",
            "Klart, bladet skickat till 27 300 hushåll")),
        ("Parker och skolgårdar", (
            "Varningsskyltar vid angripna ekar och en halv dags utbildning för parkpersonal och vaktmästare i att "
            "känna igen larvbona och använda skyddsdräkt", "Larvbovarningsutbildarna",
            "Lund, Malmö, Staffanstorp, Kävlinge", "April–maj 2322",
            "Klart, 86 anställda utbildade och 210 skyltar uppsatta")),
        ("Luft och klimat", (
            "Hämta- och lämnaplatser för bilar 200 meter från skolentréerna, så att barnen går den sista biten "
            "och bilarna inte står på tomgång vid grinden", "Nätverket för bilfria skolentréer",
            "Malmö, Burlöv", "Augusti–oktober 2322", "Klart, platser inrättade vid 19 skolor")),
        ("Natur och förskolor", (
            "Utbildning i första hjälpen vid ormbett för personalen på förskolorna, med en laminerad instruktion "
            "i varje utflyktsryggsäck", "Höör och Eslöv", "Höör, Eslöv", "Mars–april 2322",
            "Klart, 340 anställda utbildade")),
        ("Skolans säkerhet", (
            "Utrymningsstolar i trapphusen på skolor med mer än ett våningsplan, så att elever som använder "
            "rullstol kan bäras ned för trapporna när hissarna är avstängda vid brand",
            "Utrymningsstolsinstruktörsteamet", "Trelleborg, Vellinge, Kävlinge",
            "September 2322–februari 2323", "Pågår, 23 stolar av 40 levererade")),
        ("Cykeltrafik", (
            "Fotstöd och handtag vid trafikljusen på de stora cykelstråken, så att cyklisterna kan vänta vid rött "
            "utan att sätta ned foten", "Cykelväntplatsutrustarna", "Lund, Lomma", "April–juni 2322",
            "Klart, fotstöd vid 52 trafikljus")),
        ("Bad och simhallar", (
            "En kampanj med bildskyltar i omklädningsrummen om att duscha utan badkläder och tvätta sig med tvål "
            "innan man går i bassängen", "Badhusduschkampanjredaktionen",
            "Eslöv, Höör, Trelleborg, Kävlinge, Svedala, Staffanstorp", "Från juni 2322",
            "Klart, skyltar på sex språk i alla 13 simhallar")),
    ]
]

MINUTES_HEADER = ("Tid: 2322-12-06, kl. 9.30–12.15",
                  "Lokal: Kommunhuset i Lomma, sammanträdesrum Strandängen (fiktivt sammanträde)",
                  "Deltagare: Samrådsgruppen för vardagsmiljö och hälsa, med företrädare för elva av de tolv "
                  "medlemskommunerna",
                  "Mötesordförande: Lena Bergqvist (Vellinge)",
                  "Protokollförare: Ahmed Nilsson (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Tvätt av matavfallskärlen",
     ["Sopkärlstvättbilsbesättningen redovisade att 18 450 matavfallskärl tvättades mellan juni och september. "
      "Tvättbilen spolar kärlen med vatten som håller 70 grader och renar tvättvattnet så att det kan användas "
      "igen. Klagomålen på lukt minskade med 60 procent jämfört med sommaren 2321. I Trelleborg kunde omkring "
      "400 kärl inte tvättas, eftersom de stod bakom låsta grindar.",
      "Samrådsgruppen beslutar att kärlen från 2323 ska tvättas två gånger per sommar, i juni och i augusti.",
      "Matavfallsluktrådgivarna får i uppdrag att skicka ett sms till hushållen dagen innan tvättbilen kommer."]),
    ("§ 2", "Ekprocessionsspinnaren",
     ["Ekprocessionsspinnarbosaneringslaget redovisade att 612 bon i 147 ekar har sugits ned med en "
      "industridammsugare och bränts. Larverna hittades första gången 2320 i en park i Lund. I juni fick tre "
      "barn på en förskola i Staffanstorp utslag på armar och hals efter att ha lekt under en angripen ek.",
      "Samrådsgruppen beslutar att ekarna på skolgårdarna ska kontrolleras varje år i april, innan larverna "
      "hinner få brännhår.",
      "Samrådsgruppen ger Larvbovarningsutbildarna i uppdrag att ta fram en broschyr till föräldrarna på "
      "förskolorna senast den 15 mars 2323."]),
    ("§ 3", "Tomgångskörning vid skolorna",
     ["Tomgångskörningsinformatörerna redovisade att skyltar har satts upp vid 64 av 90 platser. Vid tolv skolor "
      "räknades bilarna som stod på tomgång före och efter kampanjen, och antalet minskade från 41 till 17 bilar "
      "per morgon.",
      "Samrådsgruppen beslutar att kommunernas egna fordon inte får stå på tomgång längre än en minut.",
      "Tomgångskörningsinformatörerna ansvarar för att de återstående skyltarna sätts upp före den 1 februari "
      "2323."]),
    ("§ 4", "Huggormar vid förskolorna",
     ["Huggormsbiotopröjningsgruppen redovisade att det har röjts vid 41 förskolor och 12 badplatser. Under "
      "sommaren blev fem barn och en vuxen bitna av huggorm, och alla klarade sig efter vård på sjukhus. "
      "Stenrösena flyttades till platser utanför staketen i stället för att tas bort, eftersom huggormen är "
      "fridlyst.",
      "Samrådsgruppen beslutar att varje förskola ska ha en ormfri zon på minst 20 meter innanför staketet.",
      "Svedala ansvarar för att sätta upp informationsskyltar om huggormar vid badplatserna före sommaren "
      "2323."]),
    ("§ 5", "Utrymningsövningarna",
     ["Skolutrymningsövningssamordnarna redovisade att 58 av 96 skolor har haft utrymningsövning under hösten. "
      "Det tog i genomsnitt 3 minuter och 40 sekunder att utrymma en skola. Den långsammaste skolan behövde "
      "9 minuter, eftersom en branddörr var blockerad av möbler.",
      "Samrådsgruppen beslutar att minst en av de två övningarna varje läsår ska vara oanmäld.",
      "Utrymningsstolsinstruktörsteamet får i uppdrag att lära personalen på skolorna att använda "
      "utrymningsstolarna senast den 30 april 2323."]),
    ("§ 6", "Cykeldetektorerna",
     ["Cykelsignaldetektormontörerna redovisade att detektorerna nu sitter i 33 av 75 korsningar. Där "
      "detektorerna finns har den genomsnittliga väntan vid rött minskat från 38 sekunder till 14 sekunder. "
      "Vid snöfall har detektorerna ibland inte känt av cyklisterna.",
      "Samrådsgruppen beslutar att cyklisterna ska få grönt före bilarna i korsningar där ett cykelstråk korsar "
      "en gata med färre än 5 000 fordon per dygn.",
      "Samrådsgruppen ger Cykelväntplatsutrustarna i uppdrag att sätta upp fotstöd även vid de nya "
      "detektorerna i Malmö."]),
    ("§ 7", "Luften i simhallarna",
     ["Simhallsluftkvalitetskontrollanterna redovisade att mätningar har gjorts i 9 av 13 simhallar. I fyra "
      "simhallar låg halten av trikloramin över riktvärdet 0,3 milligram per kubikmeter, och högst var den i "
      "Eslöv. Personalen i Eslöv har klagat på sveda i ögonen under hela hösten.",
      "Samrådsgruppen beslutar att ventilationen i simhallen i Eslöv ska ses över före sportlovet 2323.",
      "Samrådsgruppen ger Badhusduschkampanjredaktionen i uppdrag att undersöka om fler badgäster duschar "
      "efter kampanjen."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Lomma frågade om kommunen kan ansluta sig till tvätten av matavfallskärl från 2323. Frågan tas upp vid "
      "nästa sammanträde.",
      "Nästa sammanträde hålls den 24 januari 2323 i Trelleborg."]),
]
MINUTES_ADJUSTER = "Per Holmgren (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Matavfallskärlen luktar illa på sommaren och drar till sig flugor som lägger ägg i dem. Ekprocessionsspinnaren har spridit sig norrut och finns nu i ekarna i flera parker och på skolgårdar. Bilar som står på tomgång vid skolorna släpper ut avgaser precis där barnen går in. Huggormar har bitit barn på förskolegårdar och vid badplatser. Många skolor har inte övat utrymning på flera år. Cyklisterna får ofta stanna vid rött fast ingen bil kommer, och i simhallarna klagar badgäster och personal på sveda i ögonen och hosta.

## Varför kommunerna samverkar

Samarbetet ska ge invånarna en renare och tryggare vardag: soptunnor som inte luktar, parker och skolgårdar utan brännhår från larver, friskare luft vid skolorna och i simhallarna och förskolegårdar där barnen kan leka utan risk för ormbett. Eleverna ska veta hur de tar sig ut när brandlarmet går, och det ska vara enklare och snabbare att cykla.

## Mål till 2325

Alla 75 korsningar på cykelstråken ska ha detektorer. Varje skola ska öva utrymning två gånger per läsår. Halten av trikloramin ska ligga under 0,2 milligram per kubikmeter i alla simhallar. Klagomålen på lukt från matavfallskärlen ska halveras jämfört med 2321, och ingen förskolegård ska ha ekar med larvbon.

## Ansvar och organisation

Samrådsgruppen för vardagsmiljö och hälsa leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Trafiksignalteknikrådgivningsforumet ger råd om detektorerna och fotstöden vid trafikljusen. Skolutrymningsövningssamordnarna samarbetar med räddningstjänsten om övningarna, och Simhallsluftkvalitetskontrollanterna skickar sina mätvärden till kommunernas miljöinspektörer.

## Ekonomi

Den gemensamma budgeten är 22,7 miljoner kronor för 2322–2325, varav 8,3 miljoner kronor går till detektorerna vid trafikljusen. Kommunerna betalar 5,80 kronor per invånare och år. Tvätten av matavfallskärlen betalas i stället genom avfallstaxan, med 45 kronor per kärl och år.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2322 till den 31 december 2325. Samrådsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2324.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje arbetsfält vad som ska göras, vilken grupp som gör det, under "
             "vilken tidsrymd, i vilka orter och kommuner och vad som hade uppnåtts till den 30 november 2322.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för vardagsmiljö och hälsa under 2322 och början "
              "av 2323, ordnade efter arbetsfält. För varje insats anges vem som är ytterst ansvarig, vilka "
              "kommuner som är med i satsningen, under vilken tidsperiod den genomförs och vad som redovisades den "
              "2 december 2322.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtiosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
