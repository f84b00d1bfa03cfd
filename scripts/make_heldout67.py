"""Regenerate the fictional documents of the sixty-seventh held-out set in benchmarks/data/heldout67/docs/.

    .venv/bin/python scripts/make_heldout67.py [--out benchmarks/data/heldout67/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout67 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (old village bake houses with wood-fired ovens restored and opened for
public baking days, and a course for the volunteer bake-house hosts in firing the oven, stargazing evenings
with amateur astronomers at dark places outside the towns, and simple telescopes lent from the libraries,
pen pals between pupils in year 4 and residents of nursing homes who write letters by hand every month, and
a meeting day when the pen pals meet for the first time, time capsules buried at new schools and preschools
to be opened after thirty years, and a shared register of where the capsules lie, straw figures built of
bales by village associations along the country roads at harvest time, with a vote on the finest figure, and
a signposted cycling route between the figures, a street-chalk festival where invited artists draw
three-dimensional chalk paintings on the paving of the squares, and chalk workshops for preschool children,
community singing evenings in the parks in summer with a song leader and a small band, and a large-print
songbook that is also an audiobook) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout67" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2342.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2342 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-bygdekultur-motesplatser-2342.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för bygdekultur och mötesplatser 2342 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-bygdekultur-motesplatser-2342-10-21.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Beredningsgruppen för bygdekultur och mötesplatser 2342-10-21 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-bygdekultur-motesplatser-2342-2344.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för bygdekultur och mötesplatser 2342–2344 (fiktiv)"

# Activity plan 2342 (PDF): the field of work ("Verksamhet") first, then what is to be done ("Vad som
# ska göras"), the group in charge ("Ansvarig") in a column only a little wider than that heading, so the
# long group names break inside the word over several lines, the period ("Period"), the municipalities that
# take part ("Medverkande kommuner") and the status on 30 September ("Status den 30 september").
PLAN_PDF_COLUMNS = ("Verksamhet", "Vad som ska göras", "Ansvarig", "Period", "Medverkande kommuner",
                    "Status den 30 september")
PLAN_PDF_WIDTHS = (27, 49, 20, 28, 27, 29)  # mm, 180 in all; 20 mm keeps "Ansvarig" in one piece
PLAN_PDF = [
    ("Byarnas kulturarv",
     "Upprustning av gamla bakstugor med vedeldade bakugnar i byarna, med nya ugnsvalv av tegel och öppna "
     "bakdagar då invånarna får baka sitt eget bröd", "Bakstugeupprustningsnätverket", "Mars–november 2342",
     "Höör, Eslöv, Svedala, Skurup", "Pågår, 6 av 9 bakstugor upprustade"),
    ("Natur och vetenskap",
     "Stjärnskådningskvällar på mörka platser utanför tätorterna, där amatörastronomer från en "
     "astronomiklubb visar månen och planeterna i stora teleskop", "Stjärnskådningsarrangörsgruppen",
     "Januari–april och september–december 2342", "Lund, Lomma, Staffanstorp, Vellinge",
     "Pågår, 11 kvällar med 1 350 besökare"),
    ("Möten mellan generationer",
     "Brevvänner mellan elever i årskurs 4 och boende på äldreboenden, som skriver handskrivna brev till "
     "varandra en gång i månaden under hela läsåret", "Brevvänsförmedlingsnätverket",
     "Augusti 2342–juni 2343", "Malmö, Burlöv, Kävlinge, Trelleborg", "Pågår, 312 brevvänspar"),
    ("Skolans minne",
     "Tidskapslar som grävs ner vid nya skolor och förskolor med teckningar, brev och små föremål från "
     "barnen, och som ska öppnas först efter 30 år", "Tidskapselförvaltningsgruppen",
     "Februari–september 2342", "Lund, Kävlinge, Lomma, Staffanstorp, Burlöv", "Klart, 8 kapslar nedgrävda"),
    ("Landsbygdens skördetid",
     "Halmfigurer längs landsvägarna under skördetiden, byggda av byalagen av halmbalar som lantbrukarna "
     "skänker, med en omröstning om årets finaste figur", "Skördefigurbyggarnätverket", "Juli–oktober 2342",
     "Trelleborg, Skurup, Svedala, Vellinge, Eslöv", "Klart, 47 figurer byggda av 29 byalag"),
    ("Konst i stadsrummet",
     "En gatukritfestival på torgen, där inbjudna gatukonstnärer ritar tredimensionella kritmålningar direkt "
     "på stenläggningen under två dagar i maj", "Gatukritfestivalsamordningsgruppen", "Februari–maj 2342",
     "Malmö, Lund, Trelleborg", "Klart, 18 konstnärer och cirka 9 400 besökare"),
    ("Sång och gemenskap",
     "Allsångskvällar i parkerna varje torsdag i juli och augusti, med en sångledare, ett litet kompband och "
     "sånghäften som delas ut gratis", "Parkallsångsledningsgruppen", "Juni–augusti 2342",
     "Burlöv, Staffanstorp, Höör, Skurup, Vellinge", "Klart, 16 kvällar med sammanlagt 5 800 deltagare"),
]

# Activity plan (Word), each effort's name as a bold line (no heading) and one paragraph per field with the
# label in bold: what the effort is about ("Vad insatsen gäller"), who holds the work together ("Håller i
# arbetet"), the municipalities ("Medverkande"), the time frame ("Tidsram") and the state at the review of 8
# October ("Läget 8 oktober"). One group is a pair of municipalities, one a committee with a name of several
# words.
PLAN_DOCX_LABELS = ("Vad insatsen gäller", "Håller i arbetet", "Medverkande", "Tidsram", "Läget 8 oktober")
PLAN_DOCX_ACTIVITIES = [
    ("Eldningskurs för bakstugevärdar",
     ("En kurs för de frivilliga bakstugevärdarna i hur man eldar upp ugnen, mäter värmen med en "
      "ugnstermometer och sopar ut glöden innan brödet skjuts in", "Bakugnseldarutbildningsteamet",
      "Höör, Eslöv, Svedala", "April–juni 2342", "Klart, 34 bakstugevärdar har gått kursen")),
    ("Teleskop att låna på biblioteken",
     ("Enkla teleskop som lånas ut i två veckor åt gången på biblioteken, tillsammans med en vridbar "
      "stjärnkarta och en kort lathund för nybörjare", "Lund och Lomma", "Lund, Lomma",
      "Januari–december 2342", "Pågår, 24 teleskop i utlåning och 60 låntagare i kö")),
    ("Brevvänsträffen",
     ("En träff i maj då eleverna och deras brevvänner på äldreboendena möts för första gången, med fika och "
      "högläsning av några av breven", "Brevvänsträffsarrangörslaget", "Malmö, Kävlinge", "Maj 2343",
      "Ej påbörjat, lokalen i Kävlinge är bokad")),
    ("Register över tidskapslarna",
     ("Ett gemensamt register som visar var varje tidskapsel ligger nedgrävd, med koordinater, "
      "innehållsförteckning och det datum då kapseln ska öppnas", "Tidskapselregistreringsgruppen",
      "Lund, Lomma, Burlöv", "Juni–december 2342", "Pågår, 5 av 8 kapslar registrerade")),
    ("Cykelrunda mellan halmfigurerna",
     ("En skyltad cykelrunda på 42 kilometer mellan halmfigurerna, med en karta som kan hämtas på "
      "turistbyråerna och laddas ner i mobilen", "Skördecykelrundeplaneringsteamet",
      "Skurup, Svedala, Trelleborg", "Augusti–september 2342",
      "Klart, omkring 2 100 cyklister har kört rundan")),
    ("Kritverkstäder för förskolebarn",
     ("Verkstäder där festivalens konstnärer lär förskolebarnen att rita med tjocka, dammfria kritor på "
      "förskolegården och att skugga så att bilden ser ut att sticka upp ur marken", "Kritverkstadspedagoglaget",
      "Malmö, Trelleborg", "April–maj 2342", "Klart, 41 förskolor deltog")),
    ("Sånghäfte i stor stil",
     ("Ett sånghäfte med 60 kända allsångsvisor i stor stil för personer med nedsatt syn, som också finns "
      "som ljudbok inläst av sångledaren", "Redaktionskommittén för allsångshäftet i storstil",
      "Staffanstorp, Höör", "Mars–juni 2342", "Klart, 3 000 häften tryckta")),
]

MINUTES_HEADER = ("Datum och tid: 2342-10-21, kl. 9.30–12.45",
                  "Plats: Kulturhuset i Höör (fiktivt möte)",
                  "Närvarande: Beredningsgruppen för bygdekultur och mötesplatser, med företrädare för elva av "
                  "de tolv medlemskommunerna",
                  "Ordförande: Anders Lövgren (Höör)",
                  "Sekreterare: Elin Bergkvist (Trelleborg)")
MINUTES_ITEMS = [
    ("§ 1", "Bakstugorna i byarna",
     ["Bakstugeupprustningsnätverket redovisade att 6 av 9 bakstugor är upprustade och att 14 öppna bakdagar "
      "har hållits sedan i våras. Vid bakdagen i Eslöv den 12 augusti flög gnistor från skorstenen över till "
      "ett torrt vasstak intill, men glöden släcktes med en hink vatten innan något tog eld.",
      "Beredningsgruppen beslutar att varje bakstuga ska ha en brandfilt och en pulversläckare på plats före "
      "nästa bakdag.",
      "Beredningsgruppen ger Bakugnseldarutbildningsteamet i uppdrag att lägga till gnistskydd och "
      "brandsäkerhet i kursen, senast den 15 mars 2343."]),
    ("§ 2", "Stjärnskådningen",
     ["Stjärnskådningsarrangörsgruppen redovisade 11 kvällar med 1 350 besökare. Fyra kvällar fick ställas in "
      "på grund av molntäcke. Flest besökare kom när Saturnus syntes. Vid platsen i Staffanstorp störde "
      "strålkastarna från en fotbollsplan i närheten.",
      "Beredningsgruppen beslutar att kvällarna i Staffanstorp flyttas till betesmarken vid Gräshagen, där det "
      "inte finns någon belysning inom en kilometer.",
      "Lund och Lomma får i uppdrag att köpa in ytterligare 10 teleskop till biblioteken före jul."]),
    ("§ 3", "Brevvännerna",
     ["Brevvänsförmedlingsnätverket redovisade att 312 brevvänspar skriver till varandra. Flera av de boende "
      "har svårt att hålla pennan på grund av darrande händer, och några brev har därför blivit obesvarade.",
      "Beredningsgruppen beslutar att boende som inte kan skriva själva får diktera sina brev för en volontär.",
      "Brevvänsträffsarrangörslaget får i uppdrag att ordna buss för eleverna från Malmö till träffen i "
      "Kävlinge."]),
    ("§ 4", "Tidskapslarna",
     ["Tidskapselförvaltningsgruppen redovisade att 8 kapslar har grävts ner och att de ska öppnas år 2372. "
      "I Burlöv trängde vatten in i en kapsel av plast redan under den första månaden, och teckningarna fick "
      "grävas upp och torkas.",
      "Beredningsgruppen beslutar att alla tidskapslar framöver ska vara av rostfritt stål och svetsas igen.",
      "Beredningsgruppen ger Tidskapselregistreringsgruppen i uppdrag att skicka registret till kommunarkiven "
      "i samtliga deltagande kommuner senast den 31 december 2342."]),
    ("§ 5", "Halmfigurerna",
     ["Skördefigurbyggarnätverket redovisade att 47 figurer byggdes av 29 byalag. Omröstningen vanns av en "
      "tre meter hög halmtjur som byalaget i Norra Kalkby hade byggt. Två figurer utanför Trelleborg tändes "
      "på av okända, och en figur i en kurva skymde sikten för bilisterna.",
      "Beredningsgruppen beslutar att halmfigurerna ska stå minst 15 meter från vägkanten."]),
    ("§ 6", "Gatukritfestivalen",
     ["Gatukritfestivalsamordningsgruppen redovisade att 18 konstnärer deltog och att festivalen hade cirka "
      "9 400 besökare. Ett skyfall under den andra dagen spolade bort halva målningen på Stortorget.",
      "Beredningsgruppen beslutar att de största målningarna nästa år ska skyddas av regntält.",
      "Beredningsgruppen ger Kritverkstadspedagoglaget i uppdrag att ta fram en handledning i kritritning som "
      "alla förskolor kan använda."]),
    ("§ 7", "Allsångskvällarna",
     ["Parkallsångsledningsgruppen redovisade 16 kvällar med sammanlagt 5 800 deltagare. Grannar till parken "
      "i Burlöv klagade på att sången hördes långt in på kvällen.",
      "Beredningsgruppen beslutar att allsångskvällarna ska vara slut senast kl. 21.00.",
      "Redaktionskommittén för allsångshäftet i storstil får i uppdrag att trycka ytterligare 2 000 häften."]),
    ("§ 8", "Övriga frågor och nästa möte",
     ["Vellinge frågade om kommunen kan få med sina bakstugor i upprustningen under 2343. Frågan tas upp vid "
      "nästa möte.",
      "Nästa möte hålls den 2 december 2342 i Eslöv."]),
]
MINUTES_ADJUSTER = "Kerstin Holmgren (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, belopp och namn i planen är påhittade.

## Bakgrund

I många byar står gamla bakstugor oanvända, och kunskapen om hur man eldar en vedugn håller på att försvinna. Få invånare har sett stjärnhimlen genom ett teleskop, eftersom det är för ljust i tätorterna. Barn och äldre träffas sällan utanför den egna familjen, och de nya skolorna saknar ofta något som knyter dem till den plats där de byggts. Landsbygdens skördetid syns sällan för dem som bor i städerna, och torgen och parkerna står ofta tomma på sommarkvällarna.

## Vad vi vill uppnå

Samarbetet ska hålla byarnas gamla bakstugor levande, visa invånarna stjärnhimlen, låta unga och gamla skriva till varandra, ge de nya skolorna ett minne för framtiden och locka människor ut på landsvägarna, torgen och i parkerna för att mötas.

## Mål till och med 2344

Senast vid utgången av 2344 ska alla 9 bakstugor vara upprustade och minst 500 brevvänspar skriva till varandra. Det ska finnas en tidskapsel vid varje skola och förskola som byggs under perioden, och allsångskvällar ska hållas i alla tolv kommunerna.

## Roller och samarbetspartner

Beredningsgruppen för bygdekultur och mötesplatser leder samarbetet och rapporterar två gånger om året till kommundirektörerna. Mörkerplatskarteringsgruppen hjälper Stjärnskådningsarrangörsgruppen att hitta platser där himlen är tillräckligt mörk. Bakstugeupprustningsnätverket samarbetar med hembygdsföreningarna, som äger flera av bakstugorna, och Brevvänsförmedlingsnätverket tar hjälp av skolbibliotekarierna för att para ihop eleverna med de boende.

## Pengar

Den samlade budgeten för 2342 är 5,8 miljoner kronor, varav 1,6 miljoner kronor går till bakstugorna. Varje kommun betalar 2,40 kronor per invånare. Gatukritfestivalen får dessutom 420 000 kronor från en stiftelse för offentlig konst.

## Uppföljning

Planen gäller från den 1 januari 2342 till den 31 december 2344. Beredningsgruppen lämnar en lägesrapport varje oktober, och planen utvärderas under hösten 2344.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen anger för varje verksamhetsfält vad som ska göras, vilken grupp som är "
             "ansvarig, under vilken period arbetet pågår, vilka kommuner som medverkar och hur läget såg ut "
             "den 30 september 2342.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för bygdekultur och mötesplatser under 2342 "
              "och våren 2343. För varje insats anges vad den gäller, vem som håller i arbetet, vilka kommuner "
              "som medverkar, vilken tidsram som gäller och hur läget såg ut vid genomgången den 8 oktober "
              "2342.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=False))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextiosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
