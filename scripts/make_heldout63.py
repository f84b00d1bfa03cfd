"""Regenerate the fictional documents of the sixty-third held-out set in benchmarks/data/heldout63/docs/.

    .venv/bin/python scripts/make_heldout63.py [--out benchmarks/data/heldout63/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout63 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (landing sites for the ambulance helicopter in villages far from the
hospital, with lights switched on by text message and snow cleared from the pads, sensory gardens with
scented plants, running water and raised beds at the nursing homes, and weekly gardening afternoons for the
residents, road markings at pedestrian crossings, cycle lanes and stop lines repainted every spring, and a
trial of three-dimensional painted crossings outside schools, parkour parks with concrete walls, rails and
blocks at schools and youth centres, and evening courses with trained instructors, makerspaces at the main
libraries with 3D printers, laser cutters and sewing machines booked free of charge, and introductory
courses before using the laser cutter, alcohol interlocks in the municipal cars and minibuses, with a yearly
calibration and a routine when the lock does not release, a shared petting farm in a town park with goats,
sheep, hens and rabbits visited by the preschools, and Saturday animal-care courses for children) are not
covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout63" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2338.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2338 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-landsbygd-omsorg-fritid-2338.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för landsbygd, omsorg och fritid 2338 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-landsbygd-omsorg-fritid-2338-11-12.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för landsbygd, omsorg och fritid 2338-11-12 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-landsbygd-omsorg-fritid-2338-2338.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för landsbygd, omsorg och fritid 2338–2338 (fiktiv)"

# Activity plan 2338 (PDF): the field of activity ("Verksamhetsfält") comes first, then the planned
# undertaking ("Planerat åtagande"), the group carrying it ("Bärs av") in a column just wide enough for its
# short heading, so the long group names break inside the word over several lines, the time horizon
# ("Tidshorisont"), the municipalities cooperating ("Kommuner i samverkan") and the progress on 29 October
# ("Framsteg per 29 oktober").
PLAN_PDF_COLUMNS = ("Verksamhetsfält", "Planerat åtagande", "Bärs av", "Tidshorisont", "Kommuner i samverkan",
                    "Framsteg per 29 oktober")
PLAN_PDF_WIDTHS = (32, 48, 16, 25, 27, 32)  # mm, 180 in all; 16 mm keeps "Bärs av" whole
PLAN_PDF = [
    ("Akutsjukvård på landsbygden",
     "Landningsplatser för ambulanshelikoptern i byar som ligger långt från sjukhuset, med en asfalterad "
     "platta på 20 gånger 20 meter och en vindstrut", "Ambulanshelikopterlandningsplatsgruppen",
     "Mars 2338–februari 2339", "Höör, Eslöv, Skurup, Sjöbo", "Pågår, 7 av 12 landningsplatser klara"),
    ("Äldreomsorgens utemiljöer",
     "Sinnesträdgårdar vid vård- och omsorgsboendena, med doftande växter, porlande vatten och upphöjda "
     "odlingsbäddar som de boende når från rullstolen", "Omsorgsboendesinnesträdgårdsanläggarna",
     "April–oktober 2338", "Lund, Staffanstorp, Kävlinge, Lomma", "Klart, trädgårdar vid 16 boenden"),
    ("Trafikmiljö",
     "Ommålning av övergångsställen, cykelfält och stopplinjer där färgen har nötts bort under vintern",
     "Vägmarkeringsommålningsbrigaden", "April–juni 2338", "Malmö, Burlöv, Svedala, Trelleborg, Vellinge",
     "Klart, 64 kilometer linjer ommålade"),
    ("Spontanidrott",
     "Parkourparker med murar, räcken och hoppblock av betong vid skolor och fritidsgårdar",
     "Parkourparksbyggnadskonsortiet", "Maj 2338–maj 2339", "Malmö, Lund, Trelleborg, Eslöv",
     "Försenat, 2 av 6 parker byggda"),
    ("Bibliotek",
     "Skaparverkstäder på huvudbiblioteken med 3D-skrivare, laserskärare och symaskiner som invånarna får boka "
     "gratis", "Biblioteksskaparverkstadsnätverket", "Hela 2338", "Lund, Lomma, Höör, Svedala, Kävlinge",
     "Pågår, verkstäder öppna i 4 av 5 kommuner"),
    ("Säkerhet i tjänsten",
     "Alkolås i alla kommunernas bilar och minibussar, som kräver ett godkänt utandningsprov innan motorn går "
     "att starta", "Tjänstebilsalkolåsinstallationsteamet", "Januari–december 2338",
     "Vellinge, Burlöv, Staffanstorp, Sjöbo, Skurup, Trelleborg", "Pågår, alkolås i 388 av 540 fordon"),
    ("Barn och djur",
     "En gemensam djurgård i Stadsparken i Eslöv med getter, får, höns och kaniner, dit förskolorna kan komma "
     "på besök", "Stadsparksdjurgårdsskötselkollektivet", "Hela 2338", "Eslöv, Höör, Kävlinge, Lund",
     "Klart, 212 förskolebesök under året"),
]

# Activity plan (Word), by area: a heading per field of activity, then each undertaking as bullet lines
# "Label: value": what it means ("Innebörd"), the group that carries the responsibility ("Ansvarsbärande
# grupp"), the municipalities that have joined ("Kommuner som har anslutit sig"), the time span ("Tidsrymd")
# and the notice of progress on 5 November ("Lägesbesked 5 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Akutsjukvård på landsbygden", [[
        ("Innebörd", "Lampor runt landningsplatserna som tänds med ett sms från helikopterns besättning, och "
                     "snöröjning av plattorna inom en timme efter snöfall"),
        ("Ansvarsbärande grupp", "Landningsljussnöröjningsberedskapen"),
        ("Kommuner som har anslutit sig", "Höör, Sjöbo"),
        ("Tidsrymd", "Oktober 2338–april 2339"),
        ("Lägesbesked 5 november", "Pågår, lampor monterade vid 5 landningsplatser")]]),
    ("Äldreomsorgens utemiljöer", [[
        ("Innebörd", "Odlingseftermiddagar varje vecka från april till september, då de boende sår, vattnar och "
                     "skördar grönsaker och blommor tillsammans med personalen och volontärer"),
        ("Ansvarsbärande grupp", "Nätverket för gröna omsorgsmiljöer"),
        ("Kommuner som har anslutit sig", "Lund, Staffanstorp, Lomma"),
        ("Tidsrymd", "April–september 2338"),
        ("Lägesbesked 5 november", "Klart, 47 volontärer har deltagit")]]),
    ("Trafikmiljö", [[
        ("Innebörd", "Försök med tredimensionellt målade övergångsställen, som ser ut att sväva över gatan och "
                     "får bilisterna att sakta in, utanför sex skolor"),
        ("Ansvarsbärande grupp", "Lund och Kävlinge"),
        ("Kommuner som har anslutit sig", "Lund, Kävlinge"),
        ("Tidsrymd", "Augusti 2338–juni 2339"),
        ("Lägesbesked 5 november", "Pågår, hastigheten har sjunkit med i snitt 6 km/tim vid de målade "
                                   "övergångsställena")]]),
    ("Spontanidrott", [[
        ("Innebörd", "Kvällskurser i parkour med utbildade instruktörer, där nybörjarna först lär sig att landa "
                     "och rulla utan att skada sig"),
        ("Ansvarsbärande grupp", "Parkourinstruktörsutbildningslaget"),
        ("Kommuner som har anslutit sig", "Malmö, Lund, Eslöv"),
        ("Tidsrymd", "September 2338–april 2339"),
        ("Lägesbesked 5 november", "Pågår, 9 instruktörer utbildade och 130 deltagare anmälda")]]),
    ("Bibliotek", [[
        ("Innebörd", "Introduktionskurser på två timmar, där den som vill använda laserskäraren först lär sig "
                     "att hantera den säkert och får ett verkstadskort"),
        ("Ansvarsbärande grupp", "Laserskärarkörkortshandledarna"),
        ("Kommuner som har anslutit sig", "Lund, Lomma, Höör"),
        ("Tidsrymd", "Februari–december 2338"),
        ("Lägesbesked 5 november", "Pågår, 620 verkstadskort utfärdade")]]),
    ("Säkerhet i tjänsten", [[
        ("Innebörd", "Kalibrering av alkolåsen en gång om året och en gemensam rutin för vad föraren ska göra om "
                     "låset inte släpper"),
        ("Ansvarsbärande grupp", "Alkolåskalibreringskontrollanterna"),
        ("Kommuner som har anslutit sig", "Vellinge, Burlöv, Staffanstorp, Sjöbo, Skurup, Trelleborg"),
        ("Tidsrymd", "Från mars 2338"),
        ("Lägesbesked 5 november", "Klart, rutinen är antagen och 388 lås är kalibrerade")]]),
    ("Barn och djur", [[
        ("Innebörd", "Lördagskurser för barn i årskurs 4–6, där de lär sig att mata, borsta och mocka hos "
                     "djuren på djurgården"),
        ("Ansvarsbärande grupp", "Djurgårdshelgkursledarna"),
        ("Kommuner som har anslutit sig", "Eslöv, Höör"),
        ("Tidsrymd", "Mars–november 2338"),
        ("Lägesbesked 5 november", "Klart, 14 kurser med 168 barn")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2338-11-12, kl. 09.30–12.15",
                  "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för landsbygd, omsorg och fritid, med representanter för elva av "
                  "de tretton medlemskommunerna",
                  "Ordförande: Helena Bergkvist (Sjöbo)",
                  "Sekreterare: Oskar Lindgren (Lomma)")
MINUTES_ITEMS = [
    ("§ 61", "Landningsplatserna för ambulanshelikoptern",
     ["Ambulanshelikopterlandningsplatsgruppen redovisade att 7 av 12 landningsplatser är klara. Helikoptern har "
      "landat 31 gånger på de nya platserna sedan i maj. Tidigare fick helikoptern landa på åkrar och "
      "fotbollsplaner, och vid två tillfällen i Sjöbo fick den vända eftersom det var för mörkt för att landa. "
      "Tre platser i Skurup är försenade eftersom markägaren har överklagat bygglovet.",
      "Samrådsgruppen beslutar att varje landningsplats ska ha en skylt med platsens namn och koordinater.",
      "Landningsljussnöröjningsberedskapen får i uppdrag att teckna avtal med en lantbrukare i varje by som "
      "plogar landningsplatsen, senast den 15 december 2338."]),
    ("§ 62", "Sinnesträdgårdarna vid omsorgsboendena",
     ["Omsorgsboendesinnesträdgårdsanläggarna redovisade att sinnesträdgårdar har anlagts vid 16 boenden. "
      "Mest uppskattade är lavendeln, kaprifolen och de små fontänerna. Personalen berättar att de boende som "
      "har demens blir lugnare och sover bättre efter en stund i trädgården.",
      "Samrådsgruppen beslutar att trädgårdarna ska hållas öppna för de boendes anhöriga även på kvällar och "
      "helger.",
      "Nätverket för gröna omsorgsmiljöer ansvarar för att rekrytera fler volontärer inför odlingssäsongen "
      "2339."]),
    ("§ 63", "Vägmarkeringarna",
     ["Vägmarkeringsommålningsbrigaden redovisade att 64 kilometer linjer och 410 övergångsställen har målats "
      "om under våren. Färgen på de mest trafikerade gatorna höll bara fram till oktober, eftersom dubbdäcken "
      "och snöplogarna nöter bort den.",
      "Samrådsgruppen beslutar att de mest trafikerade gatorna från 2339 ska märkas med termoplast i stället "
      "för färg.",
      "Samrådsgruppen ger Lund och Kävlinge i uppdrag att utvärdera de tredimensionellt målade "
      "övergångsställena och redovisa resultatet senast den 30 april 2339."]),
    ("§ 64", "Parkourparkerna",
     ["Parkourparksbyggnadskonsortiet redovisade att 2 av 6 parkourparker har byggts, vid Tornskolan i "
      "Trelleborg och vid fritidsgården Ekbacken i Eslöv. Bygget i Malmö är försenat eftersom marken visade "
      "sig vara förorenad. En park kostar omkring 1,3 miljoner kronor.",
      "Samrådsgruppen beslutar att underlaget i parkerna ska vara gummiasfalt där man kan falla från mer än en "
      "meters höjd."]),
    ("§ 65", "Skaparverkstäderna på biblioteken",
     ["Biblioteksskaparverkstadsnätverket redovisade att skaparverkstäderna har haft 5 400 bokningar sedan "
      "februari. 3D-skrivarna är mest bokade, och det är ofta kö på lördagarna. Verkstaden i Svedala har ännu "
      "inte öppnat eftersom ventilationen för laserskäraren inte är klar.",
      "Samrådsgruppen beslutar att varje invånare får skriva ut högst 200 gram material i 3D-skrivaren per "
      "månad utan kostnad.",
      "Laserskärarkörkortshandledarna ansvarar för att ta fram en kurs på lätt svenska och arabiska under "
      "våren 2339."]),
    ("§ 66", "Alkolåsen i tjänstefordonen",
     ["Tjänstebilsalkolåsinstallationsteamet redovisade att alkolås har monterats i 388 av 540 fordon. Lås "
      "saknas fortfarande i de äldsta minibussarna inom hemtjänsten, som ska bytas ut under 2339. Vid 14 "
      "tillfällen har låset inte släppt, men i samtliga fall berodde det på munvatten eller en felaktig "
      "kalibrering.",
      "Samrådsgruppen beslutar att även hyrda fordon som används i tjänsten ska ha alkolås från den 1 juli "
      "2339."]),
    ("§ 67", "Djurgården i Stadsparken",
     ["Stadsparksdjurgårdsskötselkollektivet redovisade att djurgården har haft 212 besök från förskolor och "
      "ungefär 38 000 besökare totalt. Djurgården har sex getter, fyra får, tjugo höns och elva kaniner. Två "
      "getter fick killingar i april.",
      "Samrådsgruppen beslutar att djurgården ska vara stängd för besökare under januari och februari, när "
      "djuren står inne.",
      "Samrådsgruppen ger Djurgårdshelgkursledarna i uppdrag att också erbjuda kurser under sportlovet "
      "2339."]),
    ("§ 68", "Övriga frågor och nästa sammanträde",
     ["Svedala frågade om kommunen kan få en landningsplats för ambulanshelikoptern vid Börringesjön. Frågan "
      "tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 14 januari 2339 i Sjöbo."]),
]
MINUTES_ADJUSTER = "Amir Haddad (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

I byarna längst från sjukhuset tar det ofta mer än en timme för ambulansen att komma fram, och helikoptern har saknat säkra platser att landa på. Många som bor på vård- och omsorgsboenden kommer sällan ut, och gårdarna vid boendena är ofta bara asfalt och gräsmatta. Efter varje vinter är övergångsställena och cykelfälten så slitna att markeringarna knappt syns. Ungdomar som vill träna parkour klättrar i dag på skoltak och garage. Invånare som vill skapa och laga saker saknar verktyg och plats hemma. Kommunernas förare ska aldrig köra påverkade. Många barn i städerna har aldrig klappat en get eller sett en höna värpa.

## Inriktning

Samarbetet ska göra det tryggare att bo på landsbygden och säkrare att röra sig i trafiken, ge de äldre en grönare vardag, och ge barn och unga fler platser för rörelse, skapande och möten med djur.

## Mål för 2338

Alla 12 landningsplatser för ambulanshelikoptern ska vara klara. Varje vård- och omsorgsboende ska ha en sinnesträdgård eller en plan för en. Alla övergångsställen vid skolor ska vara ommålade före skolstarten. Minst 4 parkourparker ska vara byggda, och alla kommunernas fordon ska ha alkolås senast den 31 december 2338.

## Roller och ansvar

Samrådsgruppen för landsbygd, omsorg och fritid leder arbetet och rapporterar till kommundirektörerna varje kvartal. Ambulanshelikopterlandningsplatsgruppen samarbetar med regionens ambulansflyg om var platserna ska ligga. Trafiksäkerhetsrådgivningskollegiet ger råd om de tredimensionellt målade övergångsställena, och Stadsparksdjurgårdsskötselkollektivet tar hjälp av en veterinär som besöker djurgården varannan vecka.

## Ekonomi

Den gemensamma budgeten är 23,7 miljoner kronor för 2338, varav 8,2 miljoner kronor går till landningsplatserna för ambulanshelikoptern. Kommunerna betalar 9,10 kronor per invånare. Sinnesträdgårdarna får dessutom 1,4 miljoner kronor från en stiftelse för äldres livskvalitet.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2338 till den 31 december 2338. Samrådsgruppen lämnar en lägesrapport i juni och en slutrapport i februari 2339.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhetsfält vilket åtagande som planeras, vilken grupp som bär "
             "det, vilken tidshorisont det har, vilka kommuner som samverkar och hur långt arbetet hade kommit den "
             "29 oktober 2338.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtaganden för landsbygd, omsorg och fritid under 2338 och "
              "början av 2339, ordnade efter verksamhetsfält. För varje åtagande anges vad det innebär, vilken "
              "grupp som bär ansvaret, vilka kommuner som har anslutit sig, tidsrymden och lägesbeskedet den "
              "5 november 2338.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextiotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
