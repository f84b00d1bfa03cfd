"""Regenerate the fictional documents of the sixty-fourth held-out set in benchmarks/data/heldout64/docs/.

    .venv/bin/python scripts/make_heldout64.py [--out benchmarks/data/heldout64/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout64 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (lean-to shelters with fire pits along the hiking trails, where firewood
is refilled every week, and fire bans in dry summers shown on signs at the shelters and sent by text
message, a cycling test in real traffic for pupils in year 5, and a check of the pupils' brakes, lights and
bells before the test, coastal cliffs that erode and slide into the sea, measured from drone photos twice a
year, with footpaths moved back from the cliff edge and warning signs, therapy dogs visiting nursing homes
and dementia units, and dog-free units for residents with allergies, late fees at the libraries abolished
and an amnesty week when old overdue books can be handed in without questions, tactile bronze models of the
old town centres for blind and partially sighted visitors, with braille plates beside them, name signs with
the Swedish and Latin names on the trees in the parks and guided tree walks with the municipal arborists)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout64" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2339.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2339 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-natur-kultur-vardagsliv-2339.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för natur, kultur och vardagsliv 2339 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsradet-natur-kultur-vardagsliv-2339-11-08.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samordningsrådet för natur, kultur och vardagsliv 2339-11-08 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-natur-kultur-vardagsliv-2339-2342.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för natur, kultur och vardagsliv 2339–2342 (fiktiv)"

# Activity plan 2339 (PDF): the kind of work ("Verksamhetsslag") comes first, then what is to be done ("Så här
# ska det göras"), the group it falls to ("Åligger") in a column just wide enough for its short heading, so the
# long group names break inside the word over several lines, the time span ("Omfattning i tid"), the
# municipalities taking part ("Kommuner som ställer upp") and the state on 31 October ("Avstämt läge 31
# oktober").
PLAN_PDF_COLUMNS = ("Verksamhetsslag", "Så här ska det göras", "Åligger", "Omfattning i tid",
                    "Kommuner som ställer upp", "Avstämt läge 31 oktober")
PLAN_PDF_WIDTHS = (36, 46, 17, 26, 28, 27)  # mm, 180 in all; 17 mm keeps "Åligger" whole
PLAN_PDF = [
    ("Friluftsliv",
     "Vindskydd med eldstad längs vandringslederna i kommunernas naturområden, där torr ved fylls på i "
     "vedförrådet varje vecka", "Vindskyddsvedpåfyllningsrundan", "April–oktober 2339",
     "Höör, Eslöv, Svedala, Skurup", "Klart, 19 vindskydd och 46 kubikmeter ved"),
    ("Trafikfostran i skolan",
     "Cykelprov i riktig trafik för elever i årskurs 5, på en utmärkt slinga runt skolan med vuxna vid "
     "varje korsning", "Cykelprovsslingutmärkningsgruppen", "Vår och höst 2339",
     "Lund, Kävlinge, Staffanstorp, Burlöv, Lomma", "Klart, 1 236 elever har gjort provet"),
    ("Kust och stränder",
     "Mätning av hur mycket strandklinterna rasar ut i havet, med drönarbilder två gånger om året",
     "Strandklintserosionsmätarlaget", "Hela 2339", "Trelleborg, Vellinge, Kävlinge, Lomma",
     "Pågår, klinten vid Fiskarlägret har flyttat sig 1,4 meter på ett år"),
    ("Omsorg om äldre",
     "Besök av vårdhundar med utbildade förare på särskilda boenden och demensavdelningar, en gång i veckan "
     "på varje boende", "Vårdhundsbesöksschemaläggarna", "Februari 2339–januari 2340",
     "Malmö, Lund, Eslöv, Trelleborg, Höör", "Pågår, 11 hundar besöker 27 boenden"),
    ("Bibliotek",
     "Förseningsavgifterna på folkbiblioteken tas bort, så att ingen ska låta bli att låna för att man är "
     "skyldig pengar", "Bibliotekslåneavgiftsavvecklingsrådet", "Från 1 mars 2339",
     "Alla tolv kommuner", "Klart, avgifterna borttagna på 31 bibliotek"),
    ("Tillgänglig kultur",
     "Taktila bronsmodeller av de gamla stadskärnorna på torgen, som blinda och synsvaga kan känna på för att "
     "förstå hur gatorna och husen ligger", "Bronsmodellgjutningsbeställarna", "Maj 2339–april 2340",
     "Lund, Malmö, Trelleborg, Eslöv", "Försenat, 1 av 4 modeller på plats"),
    ("Parker och stadsträd",
     "Namnskyltar på träden i parkerna med trädets svenska och latinska namn och en QR-kod till en text om "
     "arten", "Parkträdsnamnskyltningsteamet", "April–augusti 2339",
     "Malmö, Staffanstorp, Svedala, Vellinge, Burlöv", "Klart, 640 träd har fått skylt"),
]

# Activity plan (Word), by area: a heading per kind of work, then each effort as bullet lines "Label: value":
# the effort in short ("Insatsen i korthet"), the group with the main responsibility ("Huvudansvarar"), the
# municipalities where it is done ("Kommuner där insatsen görs"), when it is planned ("Planerat för") and what
# was said at the review on 3 November ("Sagt vid avstämningen 3 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Friluftsliv", [[
        ("Insatsen i korthet", "Skyltar vid varje vindskydd som visar om det råder eldningsförbud, och ett sms "
                               "till den som har anmält sig när förbudet börjar och slutar"),
        ("Huvudansvarar", "Eldningsförbudsskyltväxlarna"),
        ("Kommuner där insatsen görs", "Höör, Eslöv, Svedala"),
        ("Planerat för", "Maj–september 2339"),
        ("Sagt vid avstämningen 3 november", "Klart, 2 150 personer har anmält sig till sms-tjänsten")]]),
    ("Trafikfostran i skolan", [[
        ("Insatsen i korthet", "Kontroll av elevernas cyklar före cykelprovet, där bromsar, lyse och ringklocka "
                               "ses över och små fel lagas på plats"),
        ("Huvudansvarar", "Skolcykelbromskontrollanterna"),
        ("Kommuner där insatsen görs", "Lund, Kävlinge, Burlöv"),
        ("Planerat för", "Mars–maj 2339"),
        ("Sagt vid avstämningen 3 november", "Klart, 388 cyklar fick nya bromsklossar eller lampor")]]),
    ("Kust och stränder", [[
        ("Insatsen i korthet", "Gångstigar som flyttas minst tio meter in från klintkanten, och varningsskyltar "
                               "om risk för ras vid trapporna ner till stranden"),
        ("Huvudansvarar", "Klintkantsstigflyttarkollektivet"),
        ("Kommuner där insatsen görs", "Trelleborg, Vellinge"),
        ("Planerat för", "Augusti–november 2339"),
        ("Sagt vid avstämningen 3 november", "Pågår, 2,3 kilometer stig har flyttats")]]),
    ("Omsorg om äldre", [[
        ("Insatsen i korthet", "En hundfri avdelning på varje större särskilt boende, för boende och personal "
                               "som är allergiska mot hund"),
        ("Huvudansvarar", "Höör och Eslöv"),
        ("Kommuner där insatsen görs", "Höör, Eslöv"),
        ("Planerat för", "Januari–juni 2340"),
        ("Sagt vid avstämningen 3 november", "Ej påbörjat, en allergiläkare ska först ge råd om städningen")]]),
    ("Bibliotek", [[
        ("Insatsen i korthet", "En amnestivecka då gamla försenade böcker kan lämnas tillbaka utan att någon "
                               "frågar varför, hur gamla de än är"),
        ("Huvudansvarar", "Nätverket för återlämnade bortglömda böcker"),
        ("Kommuner där insatsen görs", "Alla tolv kommuner"),
        ("Planerat för", "Vecka 16 2339"),
        ("Sagt vid avstämningen 3 november", "Klart, 4 870 böcker kom tillbaka, den äldsta lånad 2301")]]),
    ("Tillgänglig kultur", [[
        ("Insatsen i korthet", "Plattor med punktskrift och upphöjd text bredvid varje bronsmodell, som berättar "
                               "vad byggnaderna heter och när de byggdes"),
        ("Huvudansvarar", "Punktskriftsplattgraverarna"),
        ("Kommuner där insatsen görs", "Lund, Malmö"),
        ("Planerat för", "September 2339–april 2340"),
        ("Sagt vid avstämningen 3 november", "Pågår, texterna granskas av Synskadades förening")]]),
    ("Parker och stadsträd", [[
        ("Insatsen i korthet", "Guidade trädvandringar i parkerna med kommunens arborister, där deltagarna får "
                               "lära sig känna igen träden på bark, blad och knoppar"),
        ("Huvudansvarar", "Stadsträdsvandringsguiderna"),
        ("Kommuner där insatsen görs", "Malmö, Vellinge, Burlöv"),
        ("Planerat för", "Maj–oktober 2339"),
        ("Sagt vid avstämningen 3 november", "Klart, 42 vandringar med sammanlagt 1 310 deltagare")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2339-11-08, kl. 09.30–12.15",
                  "Plats: Stadsbiblioteket i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Samordningsrådet för natur, kultur och vardagsliv, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Henrik Dahlqvist (Svedala)",
                  "Sekreterare: Sofia Åkerlund (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Vindskydden och eldningsförbudet",
     ["Vindskyddsvedpåfyllningsrundan redovisade att 46 kubikmeter ved har körts ut till 19 vindskydd. Veden tog "
      "slut flera gånger under sommarlovet, oftast vid vindskydden närmast parkeringarna. Eldningsförbudet "
      "gällde i 37 dagar i juli och augusti, men räddningstjänsten hittade ändå glöd kvar i eldstäderna vid "
      "fem tillfällen.",
      "Samordningsrådet beslutar att vedförråden ska låsas med hänglås när eldningsförbud råder.",
      "Samordningsrådet ger Eldningsförbudsskyltväxlarna i uppdrag att sätta upp skyltar även vid "
      "grillplatserna vid badsjöarna före den 1 maj 2340."]),
    ("§ 2", "Cykelprovet i årskurs 5",
     ["Cykelprovsslingutmärkningsgruppen redovisade att 1 236 elever har gjort cykelprovet. 91 procent klarade "
      "provet på första försöket. De vanligaste felen var att eleverna inte tittade bakåt före en "
      "vänstersväng och att de inte visade tecken med armen.",
      "Samordningsrådet beslutar att de elever som inte klarar provet ska få göra om det inom fyra veckor.",
      "Skolcykelbromskontrollanterna får i uppdrag att också kontrollera cyklarna inför skolornas "
      "cykelutflykter på våren."]),
    ("§ 3", "Strandklinterna",
     ["Strandklintserosionsmätarlaget redovisade att klinten vid Fiskarlägret i Kävlinge har flyttat sig 1,4 "
      "meter inåt land på ett år, mest efter stormen i februari. Vid två platser i Vellinge har stora stycken av "
      "klinten rasat ner på stranden. Ingen människa har skadats.",
      "Samordningsrådet beslutar att trappan ner till stranden vid Östra klinten i Vellinge ska stängas tills "
      "vidare.",
      "Klintkantsstigflyttarkollektivet ansvarar för att nya varningsskyltar sätts upp vid alla trappor ner "
      "till stranden före sommaren 2340."]),
    ("§ 4", "Vårdhundarna",
     ["Vårdhundsbesöksschemaläggarna redovisade att 11 vårdhundar nu besöker 27 boenden varje vecka. "
      "Personalen på demensavdelningarna berättar att de boende blir lugnare och att flera som sällan pratar "
      "börjar prata om hundar de själva har haft. Ett besök kostar 950 kronor.",
      "Samordningsrådet beslutar att vårdhundarna ska vara vaccinerade och avmaskade och ha ett intyg från "
      "veterinär som förnyas varje år."]),
    ("§ 5", "Förseningsavgifterna och amnestiveckan",
     ["Bibliotekslåneavgiftsavvecklingsrådet redovisade att förseningsavgifterna är borttagna på alla 31 "
      "folkbibliotek. Avgifterna gav tidigare omkring 410 000 kronor per år, men det kostade nästan lika mycket "
      "att driva in dem. Antalet låntagare har ökat med 6 procent sedan mars. Under amnestiveckan lämnades 4 870 "
      "böcker tillbaka.",
      "Samordningsrådet beslutar att den som inte har lämnat tillbaka en bok efter tre påminnelser ska "
      "spärras från att låna tills boken är tillbaka eller ersatt."]),
    ("§ 6", "Bronsmodellerna av stadskärnorna",
     ["Bronsmodellgjutningsbeställarna redovisade att den första modellen, av Lunds stadskärna runt domkyrkan, "
      "står på plats på Stortorget i Lund sedan september. Gjuteriet har fått vänta på ritningarna till de "
      "andra tre modellerna. En modell i skala 1:500 kostar 385 000 kronor.",
      "Samordningsrådet beslutar att modellen av Malmös stadskärna ska stå på Stortorget i Malmö och att den ska "
      "vara på plats senast i april 2340.",
      "Samordningsrådet ger Punktskriftsplattgraverarna i uppdrag att ta fram en ljudfil på svenska och "
      "engelska till varje modell."]),
    ("§ 7", "Namnskyltarna på parkträden",
     ["Parkträdsnamnskyltningsteamet redovisade att 640 träd har fått en namnskylt, bland dem 38 olika arter. "
      "Skyltarna sitter fast med ett fjäderband som töjer sig när trädet växer, så att barken inte skadas. Ett "
      "tjugotal skyltar har stulits, de flesta från körsbärsträden i Pildammsparken.",
      "Samordningsrådet beslutar att skyltarna på de mest utsatta träden ska sitta på en låg stolpe bredvid "
      "trädet i stället för på stammen.",
      "Stadsträdsvandringsguiderna ansvarar för att ordna en trädvandring på engelska varje månad under "
      "sommaren 2340."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Staffanstorp frågade om kommunen kan få en egen bronsmodell av stationsområdet. Frågan tas upp vid "
      "nästa sammanträde.",
      "Nästa sammanträde hålls den 13 december 2339 i Trelleborg."]),
]
MINUTES_ADJUSTER = "Elin Forsberg (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler invånare vandrar och övernattar i kommunernas naturområden, men ved och säkra eldplatser saknas, och under torra somrar vet många inte om det är tillåtet att elda. Barn som ska cykla själva till skolan har ofta aldrig övat i riktig trafik. Havet äter sig in i strandklinterna, och stigar och trappor hamnar allt närmare kanten. Många äldre på boendena har haft hund hela livet och saknar djuren. Förseningsavgifterna har fått en del låntagare, ofta barn och unga, att sluta gå till biblioteket. Blinda och synsvaga har svårt att få en bild av hur de gamla stadskärnorna ser ut, och få invånare vet vilka träd som växer i deras park.

## Syfte

Samarbetet ska göra det lättare och säkrare att vara ute i naturen, ge alla barn en trygg start i trafiken och skydda invånarna mot ras vid kusten. Äldre på boendena ska få möta djur, biblioteken ska vara öppna för alla oavsett om de har lånat en bok för länge, och stadens historia och natur ska gå att uppleva för fler, också med händerna.

## Mål till 2342

Det ska finnas 30 vindskydd med ved längs vandringslederna. Alla elever i årskurs 5 ska ha erbjudits cykelprov. Varje särskilt boende ska få besök av en vårdhund minst en gång i veckan. Alla fyra bronsmodellerna ska stå på plats, och 1 500 parkträd ska ha en namnskylt.

## Organisation

Samordningsrådet för natur, kultur och vardagsliv leder arbetet och rapporterar till kommundirektörerna två gånger per år. Strandklintserosionsmätarlaget samarbetar med Statens geotekniska institut om mätningarna vid kusten. Vårdhundsbesöksschemaläggarna samarbetar med de medicinskt ansvariga sjuksköterskorna om hygienen vid besöken, och Synrådgivningsgruppen för kulturmiljöer ger råd om bronsmodellerna och punktskriftsplattorna.

## Budget

Den gemensamma budgeten är 14,2 miljoner kronor för 2339–2342, varav 4,6 miljoner kronor går till bronsmodellerna. Kommunerna betalar 5,10 kronor per invånare och år. Vindskydden får dessutom 0,7 miljoner kronor från ett statligt bidrag för friluftsliv.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2339 till den 31 december 2342. Samordningsrådet lämnar en lägesrapport varje år i november, och planen utvärderas våren 2341.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhetsslag vad som ska göras, vilken grupp det åligger, hur "
             "lång tid arbetet omfattar, vilka kommuner som ställer upp och läget vid avstämningen den 31 "
             "oktober 2339.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för natur, kultur och vardagsliv under 2339 och "
              "början av 2340, ordnade efter verksamhetsslag. För varje insats anges vem som huvudansvarar, i "
              "vilka kommuner insatsen görs, när den är planerad och vad som sades vid avstämningen den 3 "
              "november 2339.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextiofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
