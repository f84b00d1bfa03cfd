"""Regenerate the fictional documents of the seventy-fifth held-out set in benchmarks/data/heldout75/docs/.

    .venv/bin/python scripts/make_heldout75.py [--out benchmarks/data/heldout75/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout75 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (a soapbox race for children down a closed hill street, with brake tests
before every heat, and soapbox cars built from plywood and old pram wheels at the after-school centres with
volunteer carpenters, an escape room built by young people in the old police cells under a former police
station, and escape-room suitcases with padlocks and riddles lent to school classes through the school
libraries, monthly quiz nights at the main libraries, and a regional quiz championship with mixed teams of
pensioners and upper-secondary pupils, comics-drawing workshops at the youth centres, and a printed comics
album of the young people's strips given away at the libraries, a short-film festival for young people in a
cinema, and evening courses where young people borrow cameras and make their own short film, geocaching trails
with caches at ancient monuments and in nature reserves, and beginners' courses in geocaching with GPS
receivers lent from the libraries, a photo marathon where participants photograph twelve themes in twelve
hours, and a touring exhibition of the best photographs) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout75" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-ungdomskultur-fritidsevenemang-2350.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2350 för ungdomskultur och fritidsevenemang (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-ungas-skapande-spel-evenemang-2350.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för ungas skapande, spel och evenemang 2350 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrgruppen-ungas-skapande-spel-evenemang-2350-10-28.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Styrgruppen för ungas skapande, spel och evenemang 2350-10-28 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-ungdomskultur-spel-evenemang-2350.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för ungdomskultur, spel och evenemang 2350 (fiktiv)"

# Activity plan 2350 (PDF): the event ("Evenemang"), a short description ("Kort beskrivning"), the group that
# carries it out ("Utförare") in a column only just wide enough for that heading, so the long group names break
# inside the word over several lines, the period ("Period"), the host municipalities ("Värdkommuner") and what
# was reported on 15 October ("Avrapporterat 15 oktober").
PLAN_PDF_COLUMNS = ("Evenemang", "Kort beskrivning", "Utförare", "Period", "Värdkommuner",
                    "Avrapporterat 15 oktober")
PLAN_PDF_WIDTHS = (29, 50, 18, 21, 31, 31)  # mm, 180 in all; 18 mm keeps "Utförare" whole
PLAN_PDF = [
    ("Lådbilsrace i Kvarnbacken",
     "Barn mellan 9 och 15 år kör hemmabyggda lådbilar nedför den avstängda Kvarnbacken i Veberöd, en 380 meter "
     "lång backe med halmbalar i kurvorna och målgång vid torget",
     "Lådbilsloppsorganisationskommittén", "Maj 2350", "Lund, Eslöv, Sjöbo",
     "Klart, 86 ekipage startade"),
    ("Flyktrum i gamla arresten",
     "Ungdomar bygger ett flyktrum i de före detta arrestcellerna under det gamla polishuset i Eslöv. Lag om "
     "högst fem personer har 60 minuter på sig att lösa gåtorna och ta sig ut",
     "Arrestcellsflyktrumsbyggarlaget", "Feb.–juni 2350", "Eslöv, Höör, Hörby",
     "Öppnat 14 juni, 1 150 besökare hittills"),
    ("Frågesport på biblioteken",
     "En tisdag i månaden hålls frågesport i lag om fyra på huvudbiblioteken, med frågor om lokalhistoria, "
     "musik och idrott. Vinnarlaget väljer nästa kvälls specialämne",
     "Frågesportkvällsvärdnätverket", "Jan.–dec. 2350", "Malmö, Burlöv, Vellinge, Trelleborg",
     "Pågår, 9 kvällar med i snitt 22 lag"),
    ("Verkstäder i serieteckning",
     "Yrkesverksamma serietecknare leder verkstäder på fritidsgårdarna, där ungdomar mellan 12 och 18 år tecknar "
     "egna serier med tusch och pensel och lär sig att berätta i rutor",
     "Serieteckningsverkstadsledarkretsen", "Mars–nov. 2350", "Lund, Lomma, Kävlinge",
     "Pågår, 27 verkstäder med 240 deltagare"),
    ("Kortfilmsfestival för unga",
     "En festivalhelg på Biografen Saga i Trelleborg där ungas filmer på högst tolv minuter tävlar i tre "
     "åldersklasser. En publikjury delar dessutom ut ett eget pris",
     "Kortfilmsfestivalprogramrådet", "24–25 okt. 2350", "Trelleborg, Skurup, Svedala, Vellinge",
     "Planeras, 57 filmer anmälda"),
    ("Slingor för geocaching",
     "Tre slingor med sammanlagt 45 gömda cacher vid fornlämningar och i naturreservat, bland annat längs "
     "Klingavälsån. Varje cache har en loggbok och en fråga om platsens historia",
     "Geocachingledsutläggningsgruppen", "April–sept. 2350", "Sjöbo, Skurup, Svedala",
     "Klart, 3 180 loggade fynd"),
    ("Fotomaraton",
     "Under tolv timmar en lördag i september fotograferar deltagarna tolv teman i en bestämd ordning och lämnar "
     "in en bild per tema. Temana avslöjas ett i taget under dagen",
     "Fotomaratonjurysamordningsgruppen", "September 2350", "Staffanstorp, Burlöv, Malmö",
     "Klart, 312 deltagare lämnade in bilder"),
]

# Activity plan (Word): one small table per activity, with the activity's name in a merged first row and then
# one row per field: what it is about ("Kort om aktiviteten"), how it is done ("Upplägg"), the group that runs
# it ("Gruppen som håller i det"), the municipalities ("Medverkande kommuner"), the time ("Tidpunkt") and the
# state at the check on 30 September ("Avstämt 30 september"). One group has a name of several words.
LABELS = ("Kort om aktiviteten", "Upplägg", "Gruppen som håller i det", "Medverkande kommuner", "Tidpunkt",
          "Avstämt 30 september")
PLAN_DOCX_ACTIVITIES = [
    ("Lådbilsbygge på fritidshemmen",
     ("Barnen bygger sina lådbilar på fritidshemmen",
      "Under vårterminen bygger barnen lådbilar av plywood och gamla barnvagnshjul tillsammans med frivilliga "
      "snickare. Varje bil ska ha en fungerande fotbroms och styras med ratt eller rep",
      "Lådbilsbygghandledarnätverket", "Lund, Eslöv, Sjöbo", "Januari–april 2350",
      "Klart, 34 fritidshem har byggt bilar")),
    ("Flyktväskor till skolklasser",
     ("Ett flyktrum i resväskeformat som skolorna kan låna",
      "En resväska med hänglås, sifferkoder och ledtrådar om kommunens historia som en skolklass ska få upp på "
      "45 minuter. Väskorna lånas ut via skolbiblioteken i två veckor åt gången",
      "Flyktväskeutlåningsgruppen", "Eslöv, Höör, Hörby", "Augusti–december 2350",
      "Pågår, 12 väskor i omlopp")),
    ("Regionmästerskap i frågesport",
     ("Mästerskap där pensionärer och gymnasieelever tävlar i blandade lag",
      "Kvalomgångar hålls på biblioteken under våren och finalen i Burlövs kulturhus. Varje lag består av två "
      "pensionärer och två gymnasieelever",
      "Frågesportmästerskapsdomarkollegiet", "Malmö, Burlöv, Vellinge, Trelleborg", "Mars–maj 2350",
      "Klart, 48 lag deltog i kvalet")),
    ("Seriealbum med ungdomarnas serier",
     ("Ett tryckt album med serier från verkstäderna",
      "De bästa serierna från verkstäderna väljs ut till ett album i 1 500 exemplar, som delas ut gratis på "
      "biblioteken och fritidsgårdarna",
      "Seriealbumredaktionsrådet", "Lund, Lomma, Kävlinge", "Oktober–december 2350",
      "Planeras, 31 serier har lämnats in")),
    ("Filmkurser för unga",
     ("Kvällskurser i manus, filmning och klippning",
      "Ungdomarna lånar kameror, stativ och mikrofoner och gör en egen kortfilm under tio kvällar. Filmerna kan "
      "sedan anmälas till kortfilmsfestivalen",
      "Arbetsgruppen för filmkurser på fritidsgårdarna", "Trelleborg, Skurup, Svedala, Vellinge",
      "Februari–juni 2350", "Klart, 14 kurser och 63 färdiga filmer")),
    ("Geocaching för nybörjare",
     ("Introduktionskurser på biblioteken",
      "Deltagarna lär sig läsa koordinater och använda en GPS-mottagare och går sedan en kort slinga "
      "tillsammans. Biblioteken lånar ut GPS-mottagare för en vecka i taget",
      "Geocachingnybörjarkursgruppen", "Sjöbo, Skurup, Svedala", "April–september 2350",
      "Klart, 22 kurser med 370 deltagare")),
    ("Vandrande fotoutställning",
     ("De bästa bilderna från fotomaratonet ställs ut",
      "En jury väljer ut tre bilder per tema. Bilderna visas först på Stadshusets galleri i Staffanstorp och "
      "flyttas sedan vidare till biblioteken i Burlöv och Malmö",
      "Fotoutställningsturnégruppen", "Staffanstorp, Burlöv, Malmö", "Oktober–december 2350", "Planeras, 36 bilder är utvalda")),
]

MINUTES_HEADER = ("Sammanträdesdatum: tisdagen den 28 oktober 2350, kl. 09.00–12.30",
                  "Plats: Gamla arresten, polishuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Styrgruppen för ungas skapande, spel och evenemang, med ledamöter från tolv av de "
                  "fjorton medlemskommunerna",
                  "Sammanträdets ordförande: Helena Borg (Lomma)",
                  "Protokollförare: Yusuf Demir (Sjöbo)")
MINUTES_ITEMS = [
    ("§ 1", "Lådbilsracet i Kvarnbacken",
     ["Lådbilsloppsorganisationskommittén redovisade att 86 ekipage startade och att den snabbaste tiden, "
      "41,7 sekunder, kördes av en elvaårig förare från Veberöd. En bil tappade ett framhjul i sista kurvan "
      "och körde in i halmbalarna, och föraren stukade handleden.",
      "Styrgruppen beslutar att varje lådbil ska klara ett bromsprov på startrampen före varje heat, att alla "
      "förare ska bära hjälm, handskar och långärmade kläder och att hjulens axlar ska kontrolleras av en "
      "besiktningsman dagen före loppet.",
      "Styrgruppen ger Lådbilsloppsorganisationskommittén i uppdrag att ta fram regler för lådbilarnas största "
      "bredd och vikt senast den 15 december 2350.",
      "Lådbilsbygghandledarnätverket får i uppdrag att ta fram en byggbeskrivning med ritningar som alla "
      "fritidshem kan använda."]),
    ("§ 2", "Flyktrummet i gamla arresten",
     ["Arrestcellsflyktrumsbyggarlaget redovisade att 1 150 personer har spelat sedan öppningen den 14 juni. "
      "Vid ett strömavbrott i augusti fastnade ett lag i en cell när det elektroniska låset slutade fungera.",
      "Styrgruppen beslutar att cellernas dörrar alltid ska kunna öppnas inifrån med en grön nödknapp, att en "
      "spelledare ska följa varje lag via kamera och att avgiften ska vara 50 kronor per person.",
      "Flyktväskeutlåningsgruppen får i uppdrag att ta fram en flyktväska med ledtrådar på lätt svenska."]),
    ("§ 3", "Frågesportkvällarna och regionmästerskapet",
     ["Frågesportkvällsvärdnätverket redovisade att nio kvällar har hållits med i genomsnitt 22 lag. "
      "Frågesportmästerskapsdomarkollegiet redovisade att finalen vanns av laget Gamla Gäddorna från Trelleborg. "
      "Flera deltagare har klagat på att andra lag söker svaren i mobilen.",
      "Styrgruppen beslutar att mobiltelefonerna ska lämnas i en låda vid dörren under frågesporten och att "
      "deltagaravgiften ska vara 20 kronor per person, som går till bibliotekens inköp av nya böcker.",
      "Styrgruppen ger Frågesportmästerskapsdomarkollegiet i uppdrag att skriva regler för hur en protest mot "
      "en fråga ska prövas."]),
    ("§ 4", "Serieverkstäderna och seriealbumet",
     ["Serieteckningsverkstadsledarkretsen redovisade att 27 verkstäder har hållits med 240 deltagare. På flera "
      "fritidsgårdar saknas ljusbord, så att deltagarna inte kan rentusha sina skisser.",
      "Styrgruppen beslutar att köpa in 20 ljusbord som fritidsgårdarna delar på och att omslaget till "
      "seriealbumet ska väljas genom omröstning bland deltagarna.",
      "Styrgruppen ger Seriealbumredaktionsrådet i uppdrag att se till att varje tecknare har skrivit under ett "
      "medgivande om att serien får tryckas. För tecknare under 15 år ska även en vårdnadshavare skriva under."]),
    ("§ 5", "Kortfilmsfestivalen",
     ["Kortfilmsfestivalprogramrådet redovisade att 57 filmer har anmälts. Två av filmerna innehåller musik som "
      "upphovspersonerna inte har gett tillstånd till.",
      "Styrgruppen beslutar att filmer med musik som saknar tillstånd inte får visas och att vinnaren i varje "
      "åldersklass ska få ett stipendium på 5 000 kronor.",
      "Arbetsgruppen för filmkurser på fritidsgårdarna får i uppdrag att sammanställa en lista över fri musik "
      "som ungdomarna får använda i sina filmer."]),
    ("§ 6", "Geocachingslingorna",
     ["Geocachingledsutläggningsgruppen redovisade att 3 180 fynd har loggats. En markägare vid Klingavälsån har "
      "klagat på att besökare har trampat ner hans råg på väg till en cache, och en cache hade grävts ner i en "
      "gravhög.",
      "Styrgruppen beslutar att ingen cache får läggas inom 10 meter från en fornlämning, att markägaren ska "
      "ge skriftligt tillstånd innan en cache läggs ut och att alla cacher ska ses över en gång i månaden.",
      "Geocachingnybörjarkursgruppen får i uppdrag att ordna två kurser på lätt svenska för nyanlända."]),
    ("§ 7", "Fotomaratonet",
     ["Fotomaratonjurysamordningsgruppen redovisade att 312 deltagare lämnade in bilder. En deltagare "
      "fotograferade barn på en förskolegård utan att fråga personalen.",
      "Styrgruppen beslutar att bilder där enskilda personer kan kännas igen bara får lämnas in om personerna "
      "har sagt ja, att startavgiften ska vara 100 kronor och att deltagare under 18 år ska delta gratis.",
      "Fotoutställningsturnégruppen får i uppdrag att låta rama in de utvalda bilderna i ramar som tål att "
      "flyttas mellan utställningslokalerna."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Kävlinge föreslog att styrgruppen ska ordna en gemensam scen för ståuppkomik för unga. Frågan bordläggs "
      "till nästa sammanträde.",
      "Nästa sammanträde hålls den 9 december 2350 i Sjöbo."]),
]
MINUTES_ADJUSTER = "Patrik Lindahl (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv. Mål, belopp, platser, föreningar och namn är påhittade.

## Bakgrund

Många unga i MalmöLundregionen säger i kommunernas enkäter att det finns för lite att göra på fritiden som inte kostar pengar och som inte kräver att man är med i en idrottsförening. Samtidigt söker allt fler vuxna mötesplatser där olika generationer kan träffas. Kommunerna har därför gått samman om evenemang och kurser där invånarna själva skapar, spelar och tävlar: lådbilar, flyktrum, frågesport, serier, film, geocaching och fotografi.

## Målbild

Fritidsutbudet ska vara öppet för alla, oavsett bakgrund, funktionsförmåga och plånbok. Unga ska vara med och bygga, skriva och planera, inte bara delta. Verksamheten genomförs tillsammans med bibliotek, fritidsgårdar, fritidshem och föreningar, och evenemangen ska flytta mellan kommunerna så att både stad och landsbygd får ta del av dem.

## Mål för 2350

Under 2350 ska minst 100 lådbilar starta i Kvarnbacken, och flyktrummet i gamla arresten ska ta emot minst 2 000 besökare. Kortfilmsfestivalen ska visa minst 60 filmer av unga, och geocachingslingorna ska ha minst 5 000 loggade fynd. Minst hälften av deltagarna i serieverkstäderna ska vara tjejer.

## Organisation och ansvar

Styrgruppen för ungas skapande, spel och evenemang leder arbetet och rapporterar till kommundirektörerna i maj och november. Evenemangsriskbedömningsgranskningsgruppen går igenom riskbedömningen för varje evenemang och kan stoppa ett evenemang som inte är säkert. Lådbilsloppsorganisationskommittén samarbetar med Veberöds lådbilsklubb, och Serieteckningsverkstadsledarkretsen hämtar sina kursledare från föreningen Sydskånska serieskapare. Kortfilmsfestivalprogramrådet hyr Biografen Saga av biografföreningen i Trelleborg.

## Ekonomi

Den gemensamma budgeten för 2350 är 4,1 miljoner kronor, varav 1,2 miljoner kronor går till ombyggnaden av arresten i Eslöv. Varje medlemskommun bidrar med 1,10 kronor per invånare. Avgifterna från flyktrummet används till att underhålla cellerna och byta ut gåtorna.

## Uppföljning

Verksamhetsplanen gäller för kalenderåret 2350. Styrgruppen gör en delårsuppföljning i augusti, och planen utvärderas vid styrgruppens sammanträde i december 2350.
"""


def boxed_docx(path: Path, title: str, intro: str, labels: Sequence[str],
               activities: Sequence[tuple[str, Sequence[str]]]) -> Path:
    """A plan as Word: an introduction, then one two-column table per activity, whose first row (the two cells
    merged) holds the activity's name in bold and whose other rows hold a label and a value ((name, (value,
    …)), …; the values in the order of labels)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for name, values in activities:
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
        top.paragraphs[0].add_run(name).bold = True
        for label, value in zip(labels, values, strict=True):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.add_paragraph()
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen anger för varje evenemang vad det går ut på, vilken grupp som utför det, när det "
             "äger rum, vilka kommuner som står som värdar och vad som avrapporterades den 15 oktober 2350.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Här samlas de gemensamma aktiviteterna för ungas skapande, spel och evenemang under 2350. Varje "
              "aktivitet har en egen tabell som visar vad den handlar om, hur den är upplagd, vilken grupp som "
              "håller i den, vilka kommuner som medverkar, när den genomförs och läget vid avstämningen den 30 "
              "september 2350.",
              LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=boxed_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttiofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
