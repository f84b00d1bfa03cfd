"""Regenerate the fictional documents of the thirty-fifth held-out set in benchmarks/data/heldout35/docs/.

    .venv/bin/python scripts/make_heldout35.py [--out benchmarks/data/heldout35/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout35 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (fish passes past old mill dams in the streams so that the sea trout can
swim up to spawn, and electrofishing to count the young trout, library books driven home to residents who
cannot get to the library and reading aloud at nursing homes, charging posts for electric cars along
residential streets for people without a driveway and at the commuter car parks, clearing trees blown down
over footpaths, cycle paths and jogging tracks after a winter storm and a map of closed forest paths,
prepared cross-country ski tracks in parks and on golf courses when there is snow and skis to borrow at the
youth centres, free bicycle helmets for pupils starting year 1 and a check that the helmets fit, floating
litter traps in harbour basins and canals that catch plastic before it reaches the sea) are not covered by
the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout35" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2309.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2309 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vardagsmiljo-friluftsliv-narservice-2309.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vardagsmiljö, friluftsliv och närservice 2309 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-vardagsmiljo-friluftsliv-narservice-2309-11-04.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Beredningsgruppen för vardagsmiljö, friluftsliv och närservice "
                 "2309-11-04 (fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-vardagsmiljo-friluftsliv-narservice-2309-2312.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vardagsmiljö, friluftsliv och närservice 2309–2312 (fiktiv)"

# Activity plan 2309 (PDF): the subject area ("Sakområde") comes first, then the assignment ("Uppdrag"), the
# municipalities taking part ("Medverkande kommuner"), the period ("Tidsperiod"), the principal in charge
# ("Huvudman") in a column just wide enough for its heading, so the long group names break inside the word
# over several lines, and the state at the check of 31 August ("Avstämt 31 augusti") last.
PLAN_PDF_COLUMNS = ("Sakområde", "Uppdrag", "Medverkande kommuner", "Tidsperiod", "Huvudman",
                    "Avstämt 31 augusti")
PLAN_PDF_WIDTHS = (27, 49, 30, 24, 22, 28)  # mm, 180 in all; 22 mm keeps "Huvudman" whole
PLAN_PDF = [
    ("Vatten och natur",
     "Fiskvägar förbi gamla kvarndammar i åarna, så att havsöringen kan simma upp till sina lekplatser",
     "Svedala, Skurup, Trelleborg, Vellinge", "Mars–oktober 2309", "Havsöringsfiskvägsanläggningsteamet",
     "Pågår, 3 av 5 fiskvägar klara"),
    ("Bibliotek",
     "Biblioteksböcker körs hem varannan vecka till invånare som inte själva kan ta sig till biblioteket",
     "Eslöv, Höör, Kävlinge, Lund, Staffanstorp", "Hela 2309", "Biblioteksbokhemkörningstjänsten",
     "Pågår, 412 låntagare får böckerna hemkörda"),
    ("Trafik och laddning",
     "Laddstolpar för elbilar längs gatorna i bostadsområden där de boende saknar egen uppfart eller garage",
     "Malmö, Lund, Burlöv, Lomma", "Februari 2309–juni 2310", "Gatuladdstolpsetableringskontoret",
     "Försenat, 86 av 300 stolpar på plats"),
    ("Skog och friluftsliv",
     "Röjning av träd som blåste omkull över gångvägar, cykelvägar och motionsspår under vinterstormen",
     "Höör, Eslöv, Svedala, Skurup", "Januari–april 2309", "Stormfällningsträdröjningsstyrkan",
     "Klart, 1 960 träd röjda"),
    ("Vintersport",
     "Preparerade längdskidspår i parker och på golfbanor när snön räcker till",
     "Lund, Höör, Eslöv, Kävlinge", "December 2309–mars 2310", "Längdskidspårsdragningsberedskapen",
     "Ej påbörjat, 14 km spår planerade"),
    ("Barns trafiksäkerhet",
     "En gratis cykelhjälm till varje elev som börjar i årskurs 1",
     "Trelleborg, Vellinge, Burlöv, Staffanstorp, Malmö", "Augusti–september 2309",
     "Förstaklasscykelhjälmsutdelarna", "Klart, 3 870 hjälmar utdelade"),
    ("Hav och hamnar",
     "Flytande skräpfällor i hamnbassänger och kanaler som fångar plast och annat skräp innan det når havet",
     "Malmö, Lomma, Trelleborg, Vellinge", "April–november 2309", "Hamnbassängsskräpfällsskötarna",
     "Pågår, 24 skräpfällor utplacerade, 2,3 ton skräp uppsamlat"),
]

# Activity plan (Word), by area: a heading per area, then for each effort a bulleted "Label: value" line per
# field: the effort ("Insats"), the convening group ("Sammankallande"), the municipalities concerned
# ("Berörda kommuner"), when it is carried out ("Genomförandetid") and the current state on 15 October
# ("Aktuellt läge"). One group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Insats", "Sammankallande", "Berörda kommuner", "Genomförandetid", "Aktuellt läge")
PLAN_DOCX_AREAS = [
    ("Natur, vatten och friluftsliv", [
        ("Elfiske i åarna ovanför de nya fiskvägarna, för att räkna hur många unga havsöringar som har kläckts "
         "där", "Öringsynguppräkningselfiskarna", "Svedala, Skurup", "Augusti–september 2309",
         "Genomfört, 1 340 öringungar räknades ovanför fiskvägen vid Sjöholmskvarnen"),
        ("Skyltar vid stigarna och en karta på webben som visar vilka motionsspår och skogsstigar som är "
         "avstängda efter en storm, tills de nedblåsta träden är röjda", "Skogsstigsavstängningsinformatörerna",
         "Höör, Eslöv, Svedala", "September–december 2309",
         "Delvis klart, kartan finns på webben, men skyltarna är försenade eftersom de första som levererades var "
         "felstavade och fick skickas tillbaka"),
        ("Utlåning av längdskidor, pjäxor och stavar på fritidsgårdarna de dagar det finns skidspår",
         "Skidutlåningsförrådsförvaltarna", "Lund, Höör, Kävlinge", "December 2309–mars 2310",
         "Planeras, en skidklubb har skänkt 120 par skidor"),
    ]),
    ("Service, trafik och skola", [
        ("Högläsning varannan vecka på äldreboendena, med böcker som biblioteken väljer ut",
         "Nätverket för högläsning på äldreboenden", "Eslöv, Staffanstorp, Kävlinge",
         "September–december 2309",
         "Pågår, 18 av 22 äldreboenden har fått besök"),
        ("Laddplatser för elbilar på pendlarparkeringarna vid tågstationerna", "Kävlinge och Burlöv",
         "Kävlinge, Burlöv", "Maj–december 2309", "Pågår, 24 av 40 laddplatser är i drift"),
        ("Skolsköterskorna kontrollerar i årskurs 4 att eleverna har en hjälm som sitter rätt, och trasiga "
         "hjälmar byts ut", "Arbetsgruppen för hjälmkoll i skolan", "Trelleborg, Vellinge, Burlöv",
         "Oktober 2309",
         "Inställt, skolsköterskorna hann inte eftersom vaccinationerna tog all tid i oktober; kontrollen görs i "
         "stället i april 2310"),
    ]),
]
PLAN_DOCX = [(area, [tuple(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_AREAS]

MINUTES_HEADER = ("Sammanträdesdatum: 2309-11-04, kl. 13.00–16.15",
                  "Plats: Kommunhuset i Staffanstorp (fiktivt möte)",
                  "Närvarande: Beredningsgruppen för vardagsmiljö, friluftsliv och närservice, med företrädare "
                  "för tio av de tolv medlemskommunerna",
                  "Ordförande: Sofia Lindhagen (Höör)",
                  "Sekreterare: Jonas Ekdahl (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Fiskvägarna förbi kvarndammarna",
     ["Havsöringsfiskvägsanläggningsteamet redovisade att fiskvägar har byggts förbi 3 av 5 kvarndammar i åarna. "
      "Vid elfisket i augusti räknades 1 340 öringungar ovanför fiskvägen vid Sjöholmskvarnen, mot 90 året "
      "innan. Den fjärde fiskvägen väntar på tillstånd från mark- och miljödomstolen. En fiskväg kostar "
      "omkring 1,1 miljoner kronor.",
      "Beredningsgruppen beslutar att de två återstående fiskvägarna ska vara klara senast den 31 oktober 2310.",
      "Beredningsgruppen ger Havsöringsfiskvägsanläggningsteamet i uppdrag att sätta upp en informationsskylt om "
      "havsöringen vid varje fiskväg."]),
    ("§ 2", "Hemkörda biblioteksböcker",
     ["Biblioteksbokhemkörningstjänsten redovisade att 412 låntagare får böcker hemkörda varannan vecka, de "
      "flesta över 80 år. Böckerna körs ut av 37 volontärer, och ljudböcker är det som efterfrågas mest. "
      "Högläsningen på äldreboendena har hittills nått 18 av 22 äldreboenden.",
      "Beredningsgruppen beslutar att även den som är tillfälligt sjuk, till exempel efter en operation, ska "
      "kunna få böcker hemkörda under högst tre månader.",
      "Beredningsgruppen ger Nätverket för högläsning på äldreboenden i uppdrag att föreslå hur högläsningen "
      "kan utökas till dagverksamheterna och att redovisa förslaget senast den 1 mars 2310."]),
    ("§ 3", "Laddstolparna på gatorna",
     ["Gatuladdstolpsetableringskontoret redovisade att 86 av 300 laddstolpar är på plats. Utbyggnaden är "
      "försenad eftersom elnätsbolaget inte hinner dra fram nya kablar till gatorna. En laddstolpe kostar "
      "62 000 kronor att sätta upp, och laddningen kostar 3,40 kronor per kilowattimme.",
      "Beredningsgruppen beslutar att en bil får stå vid en laddstolpe högst fyra timmar mellan kl. 8 och 18, "
      "så att fler boende hinner ladda."]),
    ("§ 4", "Röjningen efter vinterstormen",
     ["Stormfällningsträdröjningsstyrkan redovisade att 1 960 träd som blåste omkull under stormen den 17 januari "
      "2309 har röjts från gångvägar, cykelvägar och motionsspår. Det mesta av virket har flisats och lagts ut "
      "som underlag på stigarna. Röjningen kostade 2,8 miljoner kronor.",
      "Beredningsgruppen beslutar att gångvägar och cykelvägar ska röjas först, inom två dygn efter en storm, "
      "och att motionsspåren röjs därefter."]),
    ("§ 5", "Skidspåren",
     ["Längdskidspårsdragningsberedskapen redovisade att spåren förra vintern bara kunde dras under 9 dagar, "
      "eftersom snön sällan räckte. Det behövs minst 15 centimeter snö för att dra spår. I vinter planeras "
      "14 km spår, bland annat på golfbanan i Höör och i Sankt Hans backar i Lund.",
      "Beredningsgruppen beslutar att kommunerna tillsammans köper en begagnad spårmaskin för 180 000 kronor."]),
    ("§ 6", "Cykelhjälmarna till årskurs 1",
     ["Förstaklasscykelhjälmsutdelarna redovisade att 3 870 elever i årskurs 1 har fått en gratis cykelhjälm. "
      "Hjälmarna kostade 210 kronor styck. Utdelningen startade eftersom en räkning vid skolorna visade att "
      "bara hälften av barnen som cyklade till skolan hade hjälm. Hjälmkollen i årskurs 4 har skjutits upp "
      "till april 2310.",
      "Beredningsgruppen beslutar att hjälmutdelningen fortsätter 2310 och att även eleverna i förskoleklass "
      "då ska få en hjälm."]),
    ("§ 7", "Skräpfällorna i hamnarna",
     ["Hamnbassängsskräpfällsskötarna redovisade att 24 skräpfällor har satts ut i hamnbassänger och kanaler "
      "och att 2,3 ton skräp har samlats upp sedan april, mest plastflaskor, plastpåsar och frigolit. "
      "Skräpfällorna töms två gånger i veckan. Mest skräp fångades i Limhamns småbåtshamn.",
      "Beredningsgruppen beslutar"],
     ["att skräpfällorna tas upp ur vattnet över vintern, från den 1 december,",
      "att skräpet ska vägas och sorteras och föras in i ett gemensamt register."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Svedala frågade om kommunen kan vara med i cykelhjälmsutdelningen från 2310. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 20 januari 2310 i Höör."]),
]
MINUTES_ADJUSTER = "Malin Rosengren (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Gamla kvarndammar stänger av åarna, så att havsöringen inte kan simma upp till sina lekplatser. Många äldre och sjuka kan inte längre ta sig till biblioteket, och den som bor i lägenhet eller radhus utan egen uppfart har ingenstans att ladda en elbil. Vinterstormen i januari 2309 fällde nära 2 000 träd över gångvägar, cykelvägar och motionsspår. Snövintrarna är få, men när snön kommer vill många åka skidor nära hemmet. Bara hälften av barnen som cyklar till skolan har hjälm, och i hamnarna och kanalerna flyter plast som annars hamnar i havet.

## Syfte

Kommunerna vill att fisken ska kunna vandra fritt i åarna och att alla invånare ska kunna låna böcker, även den som inte kan lämna hemmet. Det ska vara lätt att ladda elbilen nära bostaden, gång- och cykelvägarna ska snabbt bli farbara efter en storm, och barnen ska cykla säkert med hjälm. Mindre skräp ska nå havet.

## Mål till och med 2312

Alla fem fiskvägar ska vara byggda och antalet öringungar ovanför dammarna ska ha fördubblats. Det ska finnas 650 laddstolpar längs gatorna i bostadsområdena. Alla elever i årskurs 1 och förskoleklass i de medverkande kommunerna ska få en cykelhjälm, och skräpfällorna ska fånga minst 5 ton skräp per år.

## Organisation

Beredningsgruppen för vardagsmiljö, friluftsliv och närservice leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Friluftslivssamordningsrådet samordnar skidspåren, röjningen efter stormar och informationen om avstängda stigar. Biblioteksbokhemkörningstjänsten rekryterar och utbildar volontärerna som kör ut böckerna, och Hamnbassängsskräpfällsskötarna samarbetar med hamnföreningarna om var skräpfällorna ska ligga.

## Budget och finansiering

Den gemensamma budgeten är 11,8 miljoner kronor för perioden 2309–2312, varav 4,6 miljoner kronor går till laddstolparna. Kommunerna betalar 4,70 kronor per invånare och år. Fiskvägarna får dessutom 2,1 miljoner kronor i statligt bidrag till fiskevård.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2309 till den 31 december 2312. Beredningsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2311.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sakområde vilket uppdrag som ska genomföras, vilka kommuner som "
             "medverkar, under vilken tidsperiod, vem som är huvudman och läget vid avstämningen den 31 augusti "
             "2309.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sex gemensamma insatser för vardagsmiljö, friluftsliv och närservice "
              "under 2309 och vintern 2309–2310, ordnade efter område. För varje insats anges vilken grupp som är "
              "sammankallande, vilka kommuner som berörs, genomförandetiden och det aktuella läget den 15 oktober "
              "2309.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettiofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
