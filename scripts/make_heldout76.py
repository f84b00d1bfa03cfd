"""Regenerate the fictional documents of the seventy-sixth held-out set in benchmarks/data/heldout76/docs/.

    .venv/bin/python scripts/make_heldout76.py [--out benchmarks/data/heldout76/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout76 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (an ice-sculpture festival on a town square where teams of sculptors carve
blocks of clear ice, and ice-carving courses for teenagers with chisels and chainsaws in a cold room, a
re-enactment of the Battle of Lund of 1676 on a field north of Lund with volunteers in replica uniforms and
black-powder cannon salutes, and sewing evenings where volunteers hand-sew the replica uniform coats, a long
embroidered tapestry of the region's history stitched in parts by embroidery groups in every municipality, and
workshops where the wool yarn for it is dyed with plants from a dye garden, volunteer counts of butterflies
along fixed transects on meadows and pastures, and butterfly beds with larval host plants on preschool yards,
guided dusk walks in parks where participants listen for bats with ultrasound detectors, and counts of the bat
colonies in church attics, a restored village smithy opened for Saturday forging demonstrations, and weekend
blacksmithing courses for adults, theatrical walks in old churchyards where actors portray people buried there,
and pupils in year 8 who research the lives behind old gravestones in church records) are not covered by the
other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout76" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-kulturarv-hantverk-naturupplevelser-2351.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2351 för kulturarv, hantverk och naturupplevelser (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kurser-visningar-inventeringar-2351.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kurser, visningar och inventeringar 2351 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-ledningsgruppen-kulturarv-hantverk-natur-2351-11-18.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Ledningsgruppen för kulturarv, hantverk och naturupplevelser 2351-11-18 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-kulturarv-hantverk-naturupplevelser-2351.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kulturarv, hantverk och naturupplevelser 2351 (fiktiv)"

# Activity plan 2351 (PDF): the effort ("Insats"), how it is done ("Så går det till"), the responsible group
# ("Ansvar") in a column only just wide enough for that short heading, so the long group names break inside the
# word over several lines, the time frame ("Tidsram"), the municipalities concerned ("Berörda kommuner") and the
# state on 3 November ("Läget 3 november").
PLAN_PDF_COLUMNS = ("Insats", "Så går det till", "Ansvar", "Tidsram", "Berörda kommuner", "Läget 3 november")
PLAN_PDF_WIDTHS = (30, 53, 15, 22, 29, 31)  # mm, 180 in all; 15 mm keeps "Ansvar" whole
PLAN_PDF = [
    ("Isskulpturfestival på Stora torget",
     "Tolv lag av skulptörer hugger figurer ur block av kristallklar is på Stora torget i Hörby under en helg i "
     "februari. Varje lag får sex isblock à 120 kilo och har 30 timmar på sig",
     "Isskulpturfestivalarrangörsgruppen", "13–15 feb. 2351", "Hörby, Höör, Eslöv",
     "Genomfört, 9 400 besökare under helgen"),
    ("Gestaltning av slaget vid Lund",
     "Frivilliga i kopior av uniformer från 1670-talet återskapar slaget vid Lund den 4 december 1676 på "
     "Lunnarpsfältet norr om Lund, med kanonsalut och en berättare i högtalarna",
     "Lundaslagsgestaltningskommittén", "Sept.–dec. 2351", "Lund, Kävlinge, Staffanstorp",
     "Förberedelser, 210 aktörer anmälda"),
    ("Broderad historiebonad",
     "Broderigrupper i medlemskommunerna broderar var sin del av en 42 meter lång bonad som skildrar regionens "
     "historia från stenåldern till i dag. Delarna sys sedan ihop till en helhet",
     "Historiebonadsbroderikretsen", "Jan.–dec. 2351", "Samtliga fjorton kommuner",
     "Pågår, 31 av 42 meter färdiga"),
    ("Inventering av dagfjärilar",
     "Frivilliga räknar dagfjärilar längs 24 fasta slingor på ängar och betesmarker varannan vecka från maj till "
     "augusti. Fynden förs in i en gemensam databas",
     "Dagfjärilsinventeringsnätverket", "Maj–aug. 2351", "Sjöbo, Skurup, Svedala, Trelleborg",
     "Genomfört, 38 arter noterade"),
    ("Fladdermusvandringar i skymningen",
     "Guidade kvällsvandringar i parker och längs kanaler där deltagarna lyssnar efter fladdermöss med "
     "ultraljudsdetektorer. Vandringarna startar en halvtimme efter solnedgången",
     "Fladdermusdetektorvandringslaget", "Juni–sept. 2351", "Malmö, Burlöv, Lomma",
     "Genomfört, 46 vandringar med 1 280 deltagare"),
    ("Öppen bysmedja",
     "Den restaurerade bysmedjan på hembygdsgården i Östra Kärrby hålls öppen på lördagar. Besökarna ser smeden "
     "tillverka spik, hästskor och grindhakar vid ässjan",
     "Bysmedjevisningsgruppen", "April–okt. 2351", "Svedala, Vellinge, Skurup",
     "Genomfört, 26 visningslördagar"),
    ("Teatervandringar på gamla kyrkogårdar",
     "Skådespelare gestaltar personer som ligger begravda på kyrkogården och berättar om sina liv vid gravarna. "
     "En vandring tar cirka 75 minuter och tar emot högst 40 deltagare",
     "Kyrkogårdsteatervandringsensemblen", "Aug.–okt. 2351", "Trelleborg, Staffanstorp, Kävlinge",
     "Genomfört, 19 föreställningar, samtliga slutsålda"),
]

# Activity plan (Word): each activity's name as a heading and then one paragraph per field with a bold label:
# the background in brief ("I korthet"), how it is carried out ("Genomförande"), the group with the main
# responsibility ("Huvudansvar"), the municipalities taking part ("Kommuner som deltar"), the timetable
# ("Tidsplan") and the state at the review on 1 October ("Lägesbild 1 oktober"). One group has a name of several
# words.
LABELS = ("I korthet", "Genomförande", "Huvudansvar", "Kommuner som deltar", "Tidsplan", "Lägesbild 1 oktober")
PLAN_DOCX_ACTIVITIES = [
    ("Kurser i ishuggning för unga",
     ("Tonåringar lär sig att hugga figurer i is",
      "Ungdomar mellan 13 och 19 år lär sig hugga i is med mejslar, isyxor och motorsåg under tre kvällar i ett "
      "kylrum vid Hörby ishall. Alla deltagare lånar skärskyddshandskar och skyddsglasögon",
      "Ishuggarkursledarnätverket", "Hörby, Höör, Eslöv", "Januari–februari 2351",
      "Avslutat, 8 kurser med 74 deltagare")),
    ("Sömnadskvällar för uniformsrockar",
     ("Kopior av uniformer från 1670-talet sys inför slagsgestaltningen",
      "Frivilliga syr uniformsrockar i ylle efter mönster som en dräkthistoriker har tagit fram. Varje rock "
      "kräver ungefär 40 timmars handsömnad, och knapparna gjuts i tenn av en lokal hantverkare",
      "Uniformssömnadscirkelnätverket", "Lund, Kävlinge, Staffanstorp", "Mars–november 2351",
      "Pågår, 64 rockar färdiga")),
    ("Växtfärgat garn till historiebonaden",
     ("Ullgarnet till bonaden färgas med växter",
      "Deltagarna färgar ullgarn med björklöv, krapprot, vejde och lökskal i stora grytor utomhus. En färggård "
      "med färgväxter har anlagts bakom biblioteket i Höör",
      "Växtfärgningsverkstadsgruppen", "Alla medlemskommuner", "Maj–september 2351",
      "Avslutat, 27 nyanser framtagna")),
    ("Fjärilsrabatter på förskolegårdarna",
     ("Förskolor planterar värdväxter åt fjärilslarver",
      "Förskolebarnen sår och planterar brännässlor, kärringtand och timjan i rabatter om 10 kvadratmeter på "
      "förskolegården och följer larverna under sommaren",
      "Fjärilsrabattsplanteringsgruppen", "Sjöbo, Skurup, Svedala, Trelleborg", "April–juni 2351",
      "Avslutat, 41 förskolor har anlagt rabatter")),
    ("Räkning av fladdermöss på kyrkvindar",
     ("Fladdermuskolonierna på kyrkvindarna räknas",
      "Frivilliga räknar fladdermössen när de flyger ut genom gluggarna en kväll i juli. Varje koloni räknas av "
      "två personer samtidigt, och resultatet skickas till länsstyrelsen",
      "Kyrkvindsräkningssamordnarkretsen", "Malmö, Burlöv, Lomma", "Juli 2351",
      "Avslutat, 17 kyrkor räknade och 2 300 fladdermöss")),
    ("Helgkurser i smide",
     ("Vuxna lär sig grunderna i smide",
      "Under en helg i bysmedjan i Östra Kärrby lär sig deltagarna att värma, räcka ut och böja järn i ässjan, "
      "och var och en smider en egen ljusstake. Kursen har plats för sex deltagare",
      "Referensgruppen för smideskurser på hembygdsgårdarna", "Svedala, Vellinge, Skurup",
      "Maj–oktober 2351", "Avslutat, 11 kurser med 66 deltagare")),
    ("Gravstensdetektiver i skolan",
     ("Elever skriver levnadsöden utifrån gamla gravstenar",
      "Elever i årskurs 8 väljer en gravsten på den gamla kyrkogården och tar reda på vem som vilar där med "
      "hjälp av kyrkböcker och tidningsarkiv. Texterna samlas i ett häfte som säljs för 40 kronor",
      "Levnadsödesskrivarnätverket", "Trelleborg, Staffanstorp, Kävlinge", "Augusti–december 2351",
      "Pågår, 22 klasser deltar")),
]

MINUTES_HEADER = ("Datum och tid: tisdagen den 18 november 2351, kl. 13.00–16.15",
                  "Mötesplats: Bysmedjan, hembygdsgården i Östra Kärrby (fiktivt sammanträde)",
                  "Deltagare: Ledningsgruppen för kulturarv, hantverk och naturupplevelser, med företrädare för "
                  "elva av de fjorton medlemskommunerna",
                  "Mötesordförande: Gunnel Åkesson (Höör)",
                  "Sekreterare: Ardian Berisha (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Isskulpturfestivalen i Hörby",
     ["Isskulpturfestivalarrangörsgruppen rapporterade att festivalen lockade 9 400 besökare. Under två dagar "
      "med plusgrader smälte flera skulpturer, och en vinge av is lossnade och föll ner alldeles intill publiken.",
      "Ledningsgruppen beslutar att publiken ska hållas minst 3 meter från skulpturerna bakom avspärrningsrep, "
      "att skulpturer som är högre än två meter ska förankras i en bottenplatta av is och att festivalen flyttas "
      "in i ishallen om prognosen visar mer än fyra plusgrader.",
      "Ledningsgruppen ger Isskulpturfestivalarrangörsgruppen i uppdrag att upphandla isblocken till nästa "
      "festival senast den 19 december 2351.",
      "Ishuggarkursledarnätverket får i uppdrag att skriva en säkerhetsinstruktion för arbete med motorsåg på is."]),
    ("§ 2", "Slaget vid Lund",
     ["Lundaslagsgestaltningskommittén rapporterade att 210 aktörer har anmält sig. Vid en generalrepetition i "
      "oktober skrämde kanonskotten hästarna i en hage intill fältet, och en häst skadade sig på stängslet.",
      "Ledningsgruppen beslutar att kanonerna får laddas med högst 100 gram svartkrut per skott, att alla "
      "hästägare inom två kilometer från fältet ska få brev om skjuttiderna och att publiken ska stå bakom ett "
      "staket 50 meter från skottlinjen.",
      "Uniformssömnadscirkelnätverket får i uppdrag att sy 30 mindre rockar så att barn kan delta som "
      "trumslagare."]),
    ("§ 3", "Historiebonaden",
     ["Historiebonadsbroderikretsen rapporterade att 31 av 42 meter är färdigbroderade. I två av de delar som "
      "förvarats i ett förråd i Sjöbo har larver av klädesmal hittats.",
      "Ledningsgruppen beslutar att alla delar av bonaden ska förvaras i frysrum i 72 timmar innan de sys ihop "
      "och att bonaden ska visas för första gången i Eslövs medborgarhus den 13 december 2351.",
      "Växtfärgningsverkstadsgruppen får i uppdrag att färga ytterligare 15 kilo garn blått med vejde till "
      "himlen och havet i bonaden."]),
    ("§ 4", "Dagfjärilar och fjärilsrabatter",
     ["Dagfjärilsinventeringsnätverket rapporterade att 38 arter har noterats längs slingorna. En av ängarna "
      "slogs i juli mitt under inventeringsperioden, och ingen fjäril kunde räknas där resten av sommaren.",
      "Ledningsgruppen beslutar att kommunägda ängar med inventeringsslingor inte får slås före den 15 augusti "
      "och att de frivilliga inventerarna ska få ersättning för sina resor med bil.",
      "Ledningsgruppen ger Fjärilsrabattsplanteringsgruppen i uppdrag att ta fram en lista över giftfria "
      "värdväxter som passar på förskolegårdar."]),
    ("§ 5", "Fladdermusvandringarna och räkningen på kyrkvindarna",
     ["Fladdermusdetektorvandringslaget rapporterade att 46 vandringar har genomförts med sammanlagt 1 280 "
      "deltagare. Många vandringar var fullbokade, och detektorerna räckte inte till alla deltagare. "
      "Kyrkvindsräkningssamordnarkretsen rapporterade att församlingen i Lomma planerar att renovera kyrkvinden "
      "under sommaren, då fladdermössen har ungar.",
      "Ledningsgruppen beslutar att köpa in 25 nya ultraljudsdetektorer och att varje guide får ta med sig högst "
      "25 deltagare.",
      "Ledningsgruppen ger Kyrkvindsräkningssamordnarkretsen i uppdrag att be församlingen i Lomma att skjuta "
      "upp renoveringen till efter den 1 oktober."]),
    ("§ 6", "Bysmedjan och smideskurserna",
     ["Bysmedjevisningsgruppen rapporterade att smedjan har haft öppet 26 lördagar. En besökare fick en "
      "brännskada på handen av en gnista från städet.",
      "Ledningsgruppen beslutar att publiken ska stå bakom en kätting två meter från ässjan, att kursdeltagarna "
      "ska bära skinnförkläde och skyddsglasögon och att kursavgiften ska vara 1 200 kronor per helg.",
      "Referensgruppen för smideskurser på hembygdsgårdarna får i uppdrag att ordna en smideskurs för ungdomar "
      "mellan 15 och 18 år."]),
    ("§ 7", "Teatervandringarna på kyrkogårdarna",
     ["Kyrkogårdsteatervandringsensemblen rapporterade att alla 19 föreställningar var slutsålda. Barnbarn till "
      "en av de gestaltade personerna har hört av sig och varit upprörda över hur deras morfar framställdes.",
      "Ledningsgruppen beslutar att ingen person som har dött för mindre än 70 år sedan får gestaltas och att "
      "biljettpriset ska vara 80 kronor.",
      "Ledningsgruppen ger Kyrkogårdsteatervandringsensemblen i uppdrag att spela in en av vandringarna som "
      "ljudguide. Levnadsödesskrivarnätverket får i uppdrag att låta ett lokalhistoriskt arkiv granska "
      "elevernas texter innan häftet trycks."]),
    ("§ 8", "Övriga frågor och kommande möte",
     ["Skurup föreslog att ledningsgruppen ska ordna en gemensam dag med gamla lekar och idrotter på "
      "hembygdsgårdarna. Frågan bordläggs.",
      "Ledningsgruppen träffas nästa gång den 16 december 2351 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Marianne Holst (Svedala)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv. Mål, belopp, platser, föreningar och namn är påhittade.

## Utgångsläge

Intresset för lokalhistoria, gamla hantverk och naturen nära bostaden har ökat i hela MalmöLundregionen. Föreningar, hembygdsgårdar, församlingar och bibliotek gör redan mycket, men var för sig. Medlemskommunerna har därför gått samman om arrangemang, kurser och inventeringar där invånarna själva deltar: is och broderi, smide och sömnad, fjärilar och fladdermöss, slagfält och kyrkogårdar.

## Inriktning

Kulturarvet och naturen ska vara något man gör, inte bara något man tittar på. Arrangemangen ska flytta mellan kommunerna så att både tätorter och byar får ta del av dem, och kurserna ska hållas på platser dit man kan ta sig med buss. Kunskap från äldre hantverkare ska föras vidare till yngre.

## Mål för 2351

Under 2351 ska isskulpturfestivalen ta emot minst 12 000 besökare, och minst 250 aktörer ska medverka i gestaltningen av slaget vid Lund. Historiebonaden ska vara färdigbroderad i hela sin längd vid årets slut. Inventeringen av dagfjärilar ska omfatta minst 40 arter, och minst 60 fladdermusvandringar ska genomföras.

## Roller och ansvar

Ledningsgruppen för kulturarv, hantverk och naturupplevelser styr samarbetet och rapporterar till kommundirektörerna i juni och december. Publikarrangemangssäkerhetsgranskningsgruppen granskar säkerheten vid alla arrangemang med publik och kan kräva ändringar innan ett tillstånd söks. Lundaslagsgestaltningskommittén samarbetar med föreningen Skånska karoliner, och Historiebonadsbroderikretsen hämtar sina broderiledare från föreningen Nålstickans vänner. Dagfjärilsinventeringsnätverket utbildar de frivilliga inventerarna tillsammans med Sydskånska entomologiska sällskapet.

## Finansiering

Den gemensamma budgeten för 2351 uppgår till 3,6 miljoner kronor, varav 900 000 kronor avsätts för restaureringen av bysmedjan i Östra Kärrby. Varje medlemskommun betalar 0,85 kronor per invånare. Intäkterna från biljetter och kursavgifter går tillbaka till det arrangemang som har tagit in dem.

## Uppföljning och utvärdering

Verksamhetsplanen omfattar kalenderåret 2351. Ledningsgruppen följer upp planen vid halvårsskiftet och utvärderar den vid sitt sammanträde i december 2351.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje insats hur den går till, vilken grupp som har ansvaret, inom vilken "
             "tidsram den genomförs, vilka kommuner som berörs och hur läget var den 3 november 2351.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Planen samlar de kurser, visningar och inventeringar inom kulturarv, hantverk och natur som "
              "medlemskommunerna genomför tillsammans under 2351. För varje aktivitet anges vad den handlar om, "
              "hur den genomförs, vilken grupp som har huvudansvaret, vilka kommuner som deltar, tidsplanen och "
              "lägesbilden vid avstämningen den 1 oktober 2351.",
              LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=labelled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttiosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
