"""Regenerate the fictional documents of the thirty-eighth held-out set in benchmarks/data/heldout38/docs/.

    .venv/bin/python scripts/make_heldout38.py [--out benchmarks/data/heldout38/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout38 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (bulky-waste days when containers for furniture, metal, wood and
electrical waste stand one Saturday in each village and housing area, and a staffed reuse tent beside them,
sound signals and vibrating push buttons at pedestrian crossings with traffic lights for blind and partially
sighted people, and tactile paving up to the crossings, sensors that measure the water temperature at the
bathing places and show it on the web and on boards at the beaches, memorial plaques on houses where
well-known residents lived or worked, with audio guides behind a QR code, wild rabbits caught in live traps
in parks and cemeteries and nets around the plantings and graves, carbon dioxide meters in classrooms that
show when it is time to air the room and training of teachers in airing, dead wild birds collected from
parks and beaches and tested for bird flu, with a shared number for reporting them) are not covered by the
other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout38" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2313.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2313 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-narmiljo-invanarservice-2313.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för närmiljö och invånarservice 2313 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samverkansgruppen-narmiljo-invanarservice-2313-11-04.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samverkansgruppen för närmiljö och invånarservice 2313-11-04 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-narmiljo-invanarservice-2313-2316.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för närmiljö och invånarservice 2313–2316 (fiktiv)"

# Activity plan 2313 (PDF): the field of work ("Arbetsområde") comes first, then the planned effort
# ("Planerad insats"), the group leading it ("Leds av") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the time window ("Tidsfönster"), the
# municipalities taking part ("Kommuner som medverkar") and the state on 31 October ("Läget 31 oktober").
PLAN_PDF_COLUMNS = ("Arbetsområde", "Planerad insats", "Leds av", "Tidsfönster", "Kommuner som medverkar",
                    "Läget 31 oktober")
PLAN_PDF_WIDTHS = (29, 52, 17, 25, 29, 28)  # mm, 180 in all; 17 mm keeps "Leds av" whole
PLAN_PDF = [
    ("Avfall och återbruk",
     "Grovsopsdagar en lördag i varje by och bostadsområde, då containrar för möbler, metall, trä och elavfall "
     "ställs upp på en parkering eller ett torg", "Grovsopscontaineruppställningsgänget", "Mars–oktober 2313",
     "Skurup, Svedala, Höör, Eslöv, Kävlinge", "Klart, 412 ton på 36 lördagar"),
    ("Tillgänglighet i trafiken",
     "Ljudsignaler och tryckknappar som vibrerar vid övergångsställen med trafikljus, så att blinda och "
     "synsvaga vet när det är grönt", "Övergångsställeljudsignalmontörerna", "Februari 2313–juni 2314",
     "Malmö, Lund, Trelleborg, Burlöv", "Pågår, 57 av 140 övergångsställen klara"),
    ("Bad och friluftsliv",
     "Givare som mäter vattentemperaturen vid kommunernas badplatser var tionde minut och visar den på "
     "webben", "Badvattentemperaturgivarvakten", "15 maj–15 september 2313",
     "Lomma, Vellinge, Trelleborg, Höör, Kävlinge", "Klart, givare vid 23 badplatser"),
    ("Kulturarv",
     "Minnesskyltar på husen där kända invånare har bott eller arbetat, med en kort text om personen",
     "Kulturpersonlighetsminnesskyltningsrådet", "Hela 2313", "Lund, Eslöv, Trelleborg, Skurup, Höör",
     "Försenat, 9 av 25 skyltar uppsatta"),
    ("Parker och kyrkogårdar",
     "Fångst av vildkaniner i levandefällor i parker och på kyrkogårdar där kaninerna gräver gångar och äter "
     "upp planteringarna", "Parkkaninbeståndsbegränsningslaget", "Januari–april och oktober–december 2313",
     "Malmö, Lund, Staffanstorp, Burlöv", "Pågår, 1 730 kaniner fångade"),
    ("Skola och inomhusmiljö",
     "Koldioxidmätare i klassrummen som lyser gult över 1 000 ppm och rött över 1 200 ppm, så att lärarna "
     "ser när det är dags att vädra", "Klassrumsluftkvalitetsmätningsgruppen", "Augusti 2313–juni 2314",
     "Vellinge, Lomma, Kävlinge, Svedala, Staffanstorp, Eslöv", "Pågår, mätare i 310 av 820 klassrum"),
    ("Smittskydd",
     "Upphämtning av döda vilda fåglar, som måsar, svanar och gäss, i parker och på stränder, med "
     "skyddsutrustning, och provtagning för fågelinfluensa", "Fågelkadaverupphämtningsberedskapen",
     "Hela 2313", "Vellinge, Malmö, Lomma, Trelleborg, Skurup", "Pågår, 286 fåglar hämtade"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": the effort ("Satsning"), the group with the main responsibility ("Huvudansvarig"), the
# municipalities included ("Kommuner som ingår"), when ("När") and what was reported on 1 November
# ("Avrapporterat 1 november"). One group is a pair of municipalities, one a network with a name of several
# words.
PLAN_DOCX_AREAS = [
    ("Avfall och återbruk", [[
        ("Satsning", "Ett bemannat återbrukstält vid grovsopsdagarna, där invånarna lämnar hela möbler, "
                     "leksaker och verktyg som andra kan ta med sig hem, i stället för att de hamnar i containern"),
        ("Huvudansvarig", "Återbrukstältsbemanningskollektivet"),
        ("Kommuner som ingår", "Skurup, Svedala, Höör"),
        ("När", "April–september 2313"),
        ("Avrapporterat 1 november", "Klart, 21 ton saker fick ett nytt hem")]]),
    ("Tillgänglighet i trafiken", [[
        ("Satsning", "Kännbara plattor med räfflor och knoppar i trottoaren fram till övergångsställena, så att "
                     "den som går med vit käpp hittar rätt"),
        ("Huvudansvarig", "Nätverket för tillgängliga gångpassager"),
        ("Kommuner som ingår", "Malmö, Lund, Burlöv"),
        ("När", "Maj–oktober 2313"),
        ("Avrapporterat 1 november", "Pågår, plattor lagda vid 44 övergångsställen")]]),
    ("Bad och friluftsliv", [[
        ("Satsning", "Digitala tavlor vid de största stränderna som visar vattnets och luftens temperatur"),
        ("Huvudansvarig", "Strandtavleuppdateringsvärdarna"),
        ("Kommuner som ingår", "Lomma, Vellinge"),
        ("När", "Juni–augusti 2313"),
        ("Avrapporterat 1 november", "Klart, 6 tavlor uppsatta")]]),
    ("Kulturarv", [[
        ("Satsning", "En ljudguide bakom en QR-kod på varje minnesskylt, där man i mobilen kan lyssna på en "
                     "berättelse om personen på svenska, engelska och arabiska"),
        ("Huvudansvarig", "Lund och Eslöv"),
        ("Kommuner som ingår", "Lund, Eslöv"),
        ("När", "Oktober 2313–mars 2314"),
        ("Avrapporterat 1 november", "Ej påbörjat, manus till de första tio berättelserna håller på att skrivas")]]),
    ("Parker och kyrkogårdar", [[
        ("Satsning", "Nät runt planteringarna och gravarna på kyrkogårdarna, nedgrävt 30 centimeter i marken så "
                     "att kaninerna inte kan gräva sig under"),
        ("Huvudansvarig", "Kyrkogårdsplanteringsinhägnadsfixarna"),
        ("Kommuner som ingår", "Malmö, Staffanstorp"),
        ("När", "Mars–maj 2313"),
        ("Avrapporterat 1 november", "Klart, 2,8 kilometer nät uppsatt")]]),
    ("Skola och inomhusmiljö", [[
        ("Satsning", "En kort utbildning för lärare och vaktmästare om när och hur man vädrar, med ett "
                     "vädringsschema för varje klassrum"),
        ("Huvudansvarig", "Skolvädringsrutinsutbildarna"),
        ("Kommuner som ingår", "Vellinge, Lomma, Kävlinge"),
        ("När", "September–november 2313"),
        ("Avrapporterat 1 november", "Pågår, 180 lärare och 14 vaktmästare har gått utbildningen")]]),
    ("Smittskydd", [[
        ("Satsning", "Ett gemensamt telefonnummer och ett formulär på webben där invånarna anmäler döda fåglar "
                     "som de hittar"),
        ("Huvudansvarig", "Vilthälsoanmälningstelefonisterna"),
        ("Kommuner som ingår", "Vellinge, Malmö, Lomma, Trelleborg, Skurup"),
        ("När", "Från februari 2313"),
        ("Avrapporterat 1 november", "Klart, 1 040 anmälningar har tagits emot")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2313-11-04, kl. 13.00–15.45",
                  "Plats: Kommunhuset i Staffanstorp (fiktivt sammanträde)",
                  "Närvarande: Samverkansgruppen för närmiljö och invånarservice, med representanter för tio "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Maria Lindholm (Kävlinge)",
                  "Sekreterare: Jonas Ek (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Grovsopsdagarna",
     ["Grovsopscontaineruppställningsgänget redovisade att 412 ton grovsopor samlades in under 36 lördagar "
      "mellan mars och oktober. Mest kom det in av trä och gamla möbler. I Höör var containrarna fulla redan "
      "före lunch, och ett sextiotal bilar fick vända hem med släpet fullt. I återbrukstältet lämnades 21 ton "
      "saker som andra invånare tog med sig hem.",
      "Samverkansgruppen beslutar att grovsopsdagarna från 2314 ska hållas två gånger per år i varje by, en "
      "gång på våren och en gång på hösten.",
      "Samverkansgruppen ger Grovsopscontaineruppställningsgänget i uppdrag att ta fram ett schema för 2314 "
      "och lägga ut det på kommunernas webbplatser senast den 31 januari 2314."]),
    ("§ 2", "Ljudsignaler vid övergångsställena",
     ["Övergångsställeljudsignalmontörerna redovisade att 57 av 140 övergångsställen med trafikljus nu har "
      "ljudsignal och tryckknapp som vibrerar. Signalen tickar långsamt när det är rött och snabbt när det är "
      "grönt. Grannar vid två övergångsställen i Lund har klagat på att signalen hörs in i sovrummen på natten.",
      "Samverkansgruppen beslutar att ljudsignalerna ska sänkas automatiskt mellan kl. 22 och kl. 6.",
      "Samverkansgruppen ger Nätverket för tillgängliga gångpassager i uppdrag att föreslå vilka "
      "övergångsställen utan trafikljus som också ska få kännbara plattor, senast den 1 mars 2314."]),
    ("§ 3", "Vattentemperaturen vid badplatserna",
     ["Badvattentemperaturgivarvakten redovisade att givarna vid 23 badplatser har skickat mätvärden hela "
      "sommaren. Den högsta vattentemperaturen, 24,6 grader, uppmättes vid Lomma norra strand den 3 augusti. "
      "Sidan med badtemperaturerna hade 96 000 besök. Två givare i Höör slutade fungera i juli när batterierna "
      "tog slut.",
      "Samverkansgruppen beslutar att givarna från 2314 ska sättas ut redan den 1 maj."]),
    ("§ 4", "Minnesskyltarna",
     ["Kulturpersonlighetsminnesskyltningsrådet redovisade att 9 av 25 minnesskyltar har satts upp. Arbetet är "
      "försenat eftersom flera fastighetsägare inte har gett tillstånd att sätta skylten på fasaden. En skylt i "
      "emaljerad plåt kostar 7 800 kronor.",
      "Samverkansgruppen beslutar att skylten får sättas på en stolpe på trottoaren framför huset när "
      "fastighetsägaren säger nej."]),
    ("§ 5", "Kaninerna i parkerna",
     ["Parkkaninbeståndsbegränsningslaget redovisade att 1 730 kaniner har fångats i levandefällor sedan "
      "januari, flest i parkerna i centrala Malmö. Kaninerna fångas i fällor i stället för att skjutas, "
      "eftersom det inte är tillåtet att skjuta i tätbebyggt område. Många av kaninerna är ättlingar till "
      "tamkaniner som har släppts ut.",
      "Samverkansgruppen beslutar att det ska sättas upp skyltar i parkerna om att det är förbjudet att släppa "
      "ut tamkaniner."]),
    ("§ 6", "Luften i klassrummen",
     ["Klassrumsluftkvalitetsmätningsgruppen redovisade att det nu finns koldioxidmätare i 310 av 820 "
      "klassrum. I 38 procent av klassrummen gick halten över 1 200 ppm minst en gång om dagen, oftast efter "
      "lunch. Ventilationen i de äldsta skolorna är byggd för 25 elever, men klasserna har ofta 30 elever.",
      "Samverkansgruppen beslutar att alla klassrum i årskurs 4–9 ska ha en koldioxidmätare senast hösten "
      "2314.",
      "Samverkansgruppen ger Skolvädringsrutinsutbildarna i uppdrag att också utbilda personalen på skolorna i "
      "Svedala, Staffanstorp och Eslöv under våren 2314."]),
    ("§ 7", "Döda fåglar",
     ["Fågelkadaverupphämtningsberedskapen redovisade att 286 döda fåglar har hämtats sedan februari, efter "
      "1 040 anmälningar från invånare. Flest var knölsvanar och måsar längs kusten i Vellinge och Trelleborg. "
      "Invånarna uppmanas att inte röra döda fåglar själva, eftersom viruset kan smitta till hundar och katter.",
      "Samverkansgruppen beslutar att en anmäld död fågel ska hämtas inom 24 timmar, även på helger."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Svedala frågade om kommunen kan ansluta sig till upphämtningen av döda fåglar från 2314. Frågan tas upp "
      "vid nästa sammanträde.",
      "Nästa sammanträde hålls den 9 december 2313 i Höör."]),
]
MINUTES_ADJUSTER = "Karin Sjöberg (Höör)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

I många byar finns ingen återvinningscentral i närheten, och gamla möbler och skrot dumpas i skogsbrynen. Blinda och synsvaga har svårt att veta när det är säkert att gå över gatan vid trafikljusen. Badgästerna vill veta hur varmt vattnet är innan de åker till stranden. Kommunernas historia och de personer som har format den syns sällan i stadsmiljön. Vildkaniner gräver sönder gräsmattor, planteringar och gravar i parker och på kyrkogårdar. I många klassrum blir luften dålig under dagen, och eleverna blir trötta och får svårt att koncentrera sig. Döda fåglar på stränderna kan bära på fågelinfluensa och behöver tas om hand på ett säkert sätt.

## Syfte

Samarbetet ska göra det enklare att bli av med skrymmande avfall och att ge saker ett nytt liv, göra det tryggare att gå över gatan för alla, och ge invånarna bättre kunskap om badvattnet och om kända personer som har bott i kommunerna. Parkerna och kyrkogårdarna ska hållas fria från skador av kaniner, eleverna ska ha frisk luft i klassrummen, och döda vilda fåglar ska hämtas snabbt.

## Mål till 2316

Alla 140 övergångsställen med trafikljus ska ha ljudsignal. Varje by ska ha grovsopsdag två gånger per år. Vattentemperaturen ska visas för minst 35 badplatser. Alla 25 minnesskyltar ska sitta uppe, och alla klassrum i årskurs 4–9 ska ha en koldioxidmätare.

## Organisation

Samverkansgruppen för närmiljö och invånarservice leder arbetet och rapporterar till kommundirektörerna en gång per halvår. Tillgänglighetsrådgivningsforumet ger råd om ljudsignalerna och de kännbara plattorna vid övergångsställena. Klassrumsluftkvalitetsmätningsgruppen samarbetar med skolornas fastighetsförvaltare om ventilationen, och Fågelkadaverupphämtningsberedskapen skickar proverna från de döda fåglarna till länsstyrelsens veterinärer.

## Budget

Den gemensamma budgeten är 18,4 miljoner kronor för 2313–2316, varav 6,1 miljoner kronor går till ljudsignalerna vid övergångsställena. Kommunerna betalar 6,40 kronor per invånare och år. Minnesskyltarna får dessutom 0,9 miljoner kronor från en kulturarvsfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2313 till den 31 december 2316. Samverkansgruppen lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2315.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje arbetsområde vilken insats som planeras, vilken grupp som leder "
             "den, inom vilket tidsfönster den genomförs, vilka kommuner som medverkar och läget den 31 oktober "
             "2313.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för närmiljö och invånarservice under 2313 "
              "och början av 2314, ordnade efter arbetsområde. För varje satsning anges vem som är huvudansvarig, "
              "vilka kommuner som ingår, när den genomförs och vad som avrapporterades den 1 november 2313.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettioåttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
