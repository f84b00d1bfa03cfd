"""Regenerate the fictional documents of the forty-first held-out set in benchmarks/data/heldout41/docs/.

    .venv/bin/python scripts/make_heldout41.py [--out benchmarks/data/heldout41/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout41 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (drones with thermal cameras that the rescue services send up to search for
missing people and to watch fires, and training of firefighters as drone pilots, seal pups resting on the
beaches, roped off with signs so that bathers and dogs keep their distance, and a leash rule on seal beaches,
lead in the tap water of old preschools and schools, with sampling, replacement of brass mixer taps and a
morning flushing routine in the kitchens, meetings with young drivers of EPA and A tractors and their parents
about speed and tuning, and a fenced practice area at a youth centre, chewing gum stuck to the paving of squares
and pedestrian streets removed with steam, and gum boards on the squares, an inventory of giant trees such as
old oaks and hollow beeches in parks and wooded pastures, and pollarding of old willows along roads and
streams, a shared web queue for municipal plots for detached houses, with lotteries and a map of free plots)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout41" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2316.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2316 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kust-natur-samhallsservice-2316.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kust, natur och samhällsservice 2316 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-kommunberedningen-kust-natur-samhallsservice-2316-11-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Kommunberedningen för kust, natur och samhällsservice 2316-11-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-kust-natur-samhallsservice-2316-2319.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kust, natur och samhällsservice 2316–2319 (fiktiv)"

# Activity plan 2316 (PDF): the focus area ("Fokusområde") comes first, then what the measure contains
# ("Åtgärdens innehåll"), the group that owns it ("Ägs av") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the schedule ("Tidsplanering"), the
# municipalities taking part ("Kommuner som deltar") and what was reported on 20 October ("Rapporterat
# 20 oktober").
PLAN_PDF_COLUMNS = ("Fokusområde", "Åtgärdens innehåll", "Ägs av", "Tidsplanering", "Kommuner som deltar",
                    "Rapporterat 20 oktober")
PLAN_PDF_WIDTHS = (29, 45, 16, 33, 27, 30)  # mm, 180 in all; 16 mm keeps "Ägs av" whole
PLAN_PDF = [
    ("Räddning och beredskap",
     "Drönare med värmekamera som räddningstjänsten skickar upp när en person har försvunnit i skog eller vid "
     "vatten, och för att se hur en brand sprider sig", "Räddningsdrönarpilotjourgruppen",
     "Hela 2316", "Kristianstad, Hässleholm, Osby, Östra Göinge",
     "Pågår, 64 uppdrag flugna, 11 personer hittade"),
    ("Kust och hav",
     "Avspärrning med rep och skyltar runt sälungar som vilar på badstränderna, så att badgäster och hundar "
     "håller minst 100 meters avstånd", "Sälviloplatsbevakningsgänget", "Maj–augusti 2316",
     "Simrishamn, Ystad, Båstad, Ängelholm", "Klart, 47 sälungar skyddade på 19 stränder"),
    ("Dricksvatten i skolor",
     "Provtagning av kranvattnet i förskolor och skolor byggda före 1975, där gamla blandare av mässing och "
     "lödda rör kan släppa ut bly", "Kranvattenblyprovtagningslaget", "Mars–november 2316",
     "Hässleholm, Ystad, Tomelilla, Sjöbo, Hörby", "Pågår, prover tagna i 126 av 210 byggnader"),
    ("Trafiksäkerhet på landsbygden",
     "Träffar med unga som kör EPA-traktor eller A-traktor och med deras föräldrar om hastighet, trimning och "
     "bilbälte, tillsammans med polisen", "Ungdomsfordonstrafiksäkerhetsrådet", "September 2316–mars 2317",
     "Sjöbo, Tomelilla, Hörby, Osby", "Pågår, 9 av 16 träffar hållna"),
    ("Renhållning",
     "Borttagning av fastklistrat tuggummi från gatstenen på torg och gågator med ånga och högtryck",
     "Tuggummiborttagningsångtvättarna", "April–oktober 2316", "Kristianstad, Ystad, Ängelholm, Simrishamn",
     "Klart, 14 200 kvadratmeter rengjorda"),
    ("Natur och kulturlandskap",
     "Inventering av jätteträd, som gamla ekar och ihåliga bokar, i kommunernas parker och hagmarker, med "
     "mätning av stammens omkrets", "Jätteträdsinventeringskollegiet", "Mars 2316–oktober 2317",
     "Båstad, Osby, Östra Göinge, Bromölla, Kristianstad", "Försenat, 380 av 1 200 träd inventerade"),
    ("Villatomter",
     "En gemensam tomtkö på webben för kommunala villatomter, där tomterna fördelas efter kötid och genom "
     "lottning när flera vill ha samma tomt", "Småhustomtkölottningsgruppen", "Hela 2316",
     "Hörby, Höör, Bromölla, Osby, Tomelilla", "Klart, 2 640 personer står i kön"),
]

# Activity plan (Word), by area: a heading per focus area, then each effort as bullet lines "Label: value":
# what is to be done ("Vad ska göras"), the working group responsible ("Ansvarig arbetsgrupp"), the
# municipalities covered ("Omfattar kommunerna"), the period ("Under perioden") and what was reported on
# 1 December ("Redovisat 1 december"). One group is a pair of municipalities, one a network with a name of
# several words.
PLAN_DOCX_LABELS = ("Vad ska göras", "Ansvarig arbetsgrupp", "Omfattar kommunerna", "Under perioden",
                    "Redovisat 1 december")
PLAN_DOCX_AREAS = [
    ("Räddning och beredskap", [
        ("Utbildning av brandmän till drönarpiloter med behörighet, så att det finns en pilot i tjänst på varje "
         "heltidsstation dygnet runt",
         "Drönarbehörighetshandledarna", "Kristianstad, Hässleholm", "Mars–september 2316",
         "Klart, 28 brandmän har fått behörighet"),
    ]),
    ("Kust och hav", [
        ("Informationsskyltar vid strandentréerna och en sida på webben om vad man ska göra när man hittar en "
         "säl på stranden",
         "Nätverket för sälar och badgäster", "Simrishamn, Ystad, Båstad", "Maj–juni 2316",
         "Klart, 32 skyltar uppsatta"),
    ]),
    ("Dricksvatten i skolor", [
        ("En rutin där förskolornas kökspersonal spolar kranarna i två minuter varje morgon innan vattnet används "
         "till matlagning",
         "Morgonkranspolningsinstruktörerna", "Hässleholm, Tomelilla, Sjöbo", "Från augusti 2316",
         "Pågår, rutinen är införd på 41 förskolor"),
    ]),
    ("Trafiksäkerhet på landsbygden", [
        ("Ett inhägnat övningsområde vid ungdomsgården där unga kan köra EPA-traktor på kvällarna utan att störa "
         "grannarna",
         "Sjöbo och Tomelilla", "Sjöbo, Tomelilla", "Oktober 2316–april 2317",
         "Ej påbörjat, bygglov har sökts"),
    ]),
    ("Renhållning", [
        ("Tuggummitavlor på torgen, där man kan fästa sitt tuggummi i stället för att spotta ut det på marken",
         "Tuggummitavleuppsättarna", "Kristianstad, Ängelholm", "Maj–september 2316",
         "Klart, 18 tavlor uppsatta"),
    ]),
    ("Natur och kulturlandskap", [
        ("Hamling av gamla pilträd längs vägarna och bäckarna, så att de inte klyvs och faller omkull",
         "Pilevallshamlingsbrigaden", "Östra Göinge, Bromölla, Osby", "November 2316–mars 2317",
         "Pågår, 73 pilar hamlade"),
    ]),
    ("Villatomter", [
        ("En karta på webben som visar vilka villatomter som är lediga, med pris, storlek och avstånd till skola "
         "och busshållplats",
         "Tomtkartedigitaliseringsteamet", "Hörby, Höör, Bromölla", "Januari–juni 2316",
         "Klart, kartan har haft 19 500 besök"),
    ]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_AREAS]

MINUTES_HEADER = ("Sammanträdesdag: 2316-11-18, kl. 09.30–12.15",
                  "Lokal: Sessionssalen i Tomelilla kommunhus (fiktivt sammanträde)",
                  "Deltagare: Kommunberedningen för kust, natur och samhällsservice, med företrädare för elva av "
                  "de tretton medlemskommunerna",
                  "Ordförande: Eva Rosengren (Osby)",
                  "Protokollförare: Anders Wallin (Bromölla)")
MINUTES_ITEMS = [
    ("§ 1", "Drönarna vid räddningstjänsten",
     ["Räddningsdrönarpilotjourgruppen redovisade att drönarna har flugit 64 uppdrag sedan januari och att 11 "
      "personer har hittats med hjälp av värmekameran, bland dem en äldre man med demens som hittades i en mosse "
      "utanför Osby efter fyra timmars sökande. En drönare med värmekamera kostar 185 000 kronor. Vid två "
      "tillfällen kunde drönaren inte lyfta på grund av hård vind.",
      "Kommunberedningen beslutar att köpa ytterligare två drönare, en till Bromölla och en till Ystad.",
      "Kommunberedningen ger Drönarbehörighetshandledarna i uppdrag att utbilda ytterligare 12 brandmän till "
      "drönarpiloter före sommaren 2317."]),
    ("§ 2", "Sälungarna på stränderna",
     ["Sälviloplatsbevakningsgänget redovisade att 47 sälungar, de flesta gråsälar, har skyddats med "
      "avspärrningar på 19 stränder under sommaren. Ett trettiotal frivilliga turades om att vakta "
      "avspärrningarna under helgerna. Vid tre tillfällen sprang lösa hundar fram till en sälunge, och en unge "
      "blev biten.",
      "Kommunberedningen beslutar att hundar ska hållas kopplade på alla stränder där sälar brukar vila, under "
      "hela året.",
      "Nätverket för sälar och badgäster får i uppdrag att ta fram skyltar om kopplingskravet på svenska, "
      "tyska och danska."]),
    ("§ 3", "Bly i kranvattnet",
     ["Kranvattenblyprovtagningslaget redovisade att prover har tagits i 126 av 210 byggnader. I 17 byggnader "
      "låg blyhalten över gränsvärdet 5 mikrogram per liter, och den högsta halten, 23 mikrogram per liter, "
      "uppmättes i en förskola i Hörby. Där har blandarna redan bytts ut.",
      "Kommunberedningen beslutar att alla blandare som släpper ut för mycket bly ska vara utbytta före den "
      "1 april 2317.",
      "Fastighetsavdelningen i varje kommun ansvarar för att blandarna byts ut och för att nya prover tas "
      "efter bytet."]),
    ("§ 4", "EPA-traktorerna",
     ["Ungdomsfordonstrafiksäkerhetsrådet redovisade att 9 av 16 träffar har hållits och att 340 ungdomar och "
      "föräldrar har deltagit. Polisen berättade att 6 av 10 kontrollerade traktorer var trimmade för att gå "
      "fortare än 30 kilometer i timmen. Grannar i centrala Sjöbo har klagat på att traktorerna kör runt på "
      "torget sent på kvällarna.",
      "Kommunberedningen beslutar att Sjöbo och Tomelilla ska få 450 000 kronor till övningsområdet vid "
      "ungdomsgården."]),
    ("§ 5", "Tuggummit på torgen",
     ["Tuggummiborttagningsångtvättarna redovisade att 14 200 kvadratmeter torg och gågata har rengjorts. På "
      "Stortorget i Ystad satt i genomsnitt 70 tuggummin per kvadratmeter. Rengöringen kostar 38 kronor per "
      "kvadratmeter.",
      "Kommunberedningen beslutar att torgen ska rengöras varje år i april och i september.",
      "Kommunberedningen ger Tuggummitavleuppsättarna i uppdrag att utvärdera om tavlorna minskar mängden "
      "tuggummi på marken, senast den 30 juni 2317."]),
    ("§ 6", "Jätteträden och pilarna",
     ["Jätteträdsinventeringskollegiet redovisade att 380 av 1 200 jätteträd har inventerats. Arbetet är "
      "försenat eftersom två av de fyra inventerarna har varit sjukskrivna under sommaren. Det största trädet "
      "hittills är en ek i en hagmark i Båstad, med en omkrets på 9,4 meter.",
      "Pilevallshamlingsbrigaden ansvarar för att pilarna längs vägarna och bäckarna hamlas vart femte år.",
      "Kommunberedningen beslutar att inget jätteträd på kommunens mark får fällas innan "
      "Jätteträdsinventeringskollegiet har yttrat sig."]),
    ("§ 7", "Tomtkön",
     ["Småhustomtkölottningsgruppen redovisade att 2 640 personer står i den gemensamma tomtkön och att 58 "
      "villatomter har sålts under 2316. Avgiften för att stå i kön är 300 kronor per år. Nästan hälften av "
      "dem som står i kön bor i dag utanför de fem kommunerna.",
      "Kommunberedningen beslutar att tomterna från 2317 bara ska lottas bland dem som har stått i kön i minst "
      "ett år."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Båstad frågade om kommunen kan ansluta sig till den gemensamma tomtkön. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 20 januari 2317 i Simrishamn."]),
]
MINUTES_ADJUSTER = "Sofia Lindqvist (Ystad)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje år försvinner människor i skog och mark, ofta äldre med demens, och det tar lång tid att söka igenom stora områden till fots. Sälungar som vilar på stränderna störs av badgäster och lösa hundar. I äldre förskolor och skolor kan kranvattnet innehålla bly från gamla blandare och rör. På landsbygden kör många ungdomar EPA-traktor, och flera allvarliga olyckor har skett på de smala vägarna. Fastklistrat tuggummi gör torgen fläckiga och är dyrt att ta bort. Många jätteträd i parker och hagmarker har aldrig dokumenterats, och gamla pilträd klyvs när de inte hamlas. Den som vill bygga ett eget hus har svårt att veta vilka tomter som finns och hur de fördelas.

## Syfte

Samarbetet ska göra det lättare att hitta försvunna personer, skydda sälarna på stränderna och ge barnen rent dricksvatten i förskolor och skolor. Unga ska köra säkrare på landsbygdens vägar, torgen ska hållas rena, de gamla träden ska bevaras, och villatomterna ska fördelas på ett öppet och rättvist sätt.

## Mål till 2319

Det ska finnas en drönare på varje brandstation med heltidspersonal. Alla 210 förskole- och skolbyggnader byggda före 1975 ska vara provtagna, och alla 1 200 jätteträd ska vara inventerade. Antalet trafikolyckor med EPA-traktorer och A-traktorer ska halveras jämfört med 2315.

## Organisation

Kommunberedningen för kust, natur och samhällsservice leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Räddningsdrönarpilotjourgruppen samarbetar med polisen och sjöräddningen när någon saknas. Kustfaunarådgivningsforumet ger råd om hur sälarna ska skyddas. Kranvattenblyprovtagningslaget skickar proverna till ett ackrediterat laboratorium i Lund, och Jätteträdsinventeringskollegiet lägger in varje träd i en gemensam träddatabas.

## Budget

Den gemensamma budgeten är 22,7 miljoner kronor för 2316–2319, varav 7,3 miljoner kronor går till drönarna. Kommunerna betalar 7,20 kronor per invånare och år. Inventeringen av jätteträden får dessutom 1,2 miljoner kronor från länsstyrelsens naturvårdsanslag.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2316 till den 31 december 2319. Kommunberedningen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2318.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje fokusområde vad åtgärden innehåller, vilken grupp som äger den, "
             "hur den är tidsplanerad, vilka kommuner som deltar och vad som rapporterades den 20 oktober 2316.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för kust, natur och samhällsservice under 2316 "
              "och början av 2317, ordnade efter fokusområde. För varje satsning anges vad som ska göras, vilken "
              "arbetsgrupp som är ansvarig, vilka kommuner den omfattar, under vilken period den pågår och vad som "
              "redovisades den 1 december 2316.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtioförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
