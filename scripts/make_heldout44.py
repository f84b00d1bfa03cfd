"""Regenerate the fictional documents of the forty-fourth held-out set in benchmarks/data/heldout44/docs/.

    .venv/bin/python scripts/make_heldout44.py [--out benchmarks/data/heldout44/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout44 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (noise and shadow flicker from wind turbines measured at the nearest
homes after complaints, and warning signs and lamps about ice thrown from the blades, foxes with sarcoptic
mange caught in traps in residential areas, and advice to dog owners about the mange, sheep grazing meadows
and slopes in the parks instead of mowing, and volunteers who look after the sheep every day, old lamp posts
push-tested for rust at the foot, and rotten wooden poles along village streets replaced by aluminium poles,
manhole covers that rattle under cars and buses fixed with rubber rings, and locks on covers after thefts
for scrap, parking meters removed in favour of payment by app or text message, and payment at library and
town-hall desks for people without a smartphone, steps and high thresholds at the entrances of shops,
cafés and hairdressers inventoried, folding ramps lent to the shops and doorbells with a wheelchair symbol)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout44" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2319.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2319 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-stadsmiljo-vardagsservice-2319.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för stadsmiljö och vardagsservice 2319 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-stadsmiljo-vardagsservice-2319-10-21.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för stadsmiljö och vardagsservice 2319-10-21 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-stadsmiljo-vardagsservice-2319-2322.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för stadsmiljö och vardagsservice 2319–2322 (fiktiv)"

# Activity plan 2319 (PDF): the branch of the work ("Verksamhetsgren"), what the effort contains
# ("Insatsens innehåll"), the group carrying it ("Bärs av") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, the planned period
# ("Planerat genomförande"), the towns taking part ("Orter som deltar") and the check on 30 September
# ("Stämt av 30 september").
PLAN_PDF_COLUMNS = ("Verksamhetsgren", "Insatsens innehåll", "Bärs av", "Planerat genomförande",
                    "Orter som deltar", "Stämt av 30 september")
PLAN_PDF_WIDTHS = (35, 44, 17, 32, 26, 26)  # mm, 180 in all; 17 mm keeps "Bärs av" whole
PLAN_PDF = [
    ("Miljöskydd",
     "Mätning av ljud och skuggor från vindkraftverk vid de bostäder som ligger närmast, efter klagomål från "
     "grannar", "Vindkraftverksbullerkontrollanterna", "April–november 2319",
     "Eslöv, Höör, Skurup, Trelleborg", "Pågår, mätt vid 19 av 32 bostäder"),
    ("Djurliv i tätorten",
     "Fångst av rävar med rävskabb i bostadsområden, med fällor som vittjas varje morgon, och provtagning av "
     "de fångade djuren", "Rävskabbsbekämpningspatrullen", "Januari–december 2319",
     "Lund, Malmö, Kävlinge, Staffanstorp", "Pågår, 64 rävar fångade"),
    ("Parker och naturmark",
     "Får som betar på ängar och slänter i parkerna i stället för att gräset klipps med maskin, med stängsel "
     "som flyttas varannan vecka", "Parkfårsbetesskötselgruppen", "Maj–september 2319",
     "Lomma, Burlöv, Svedala, Lund", "Klart, 140 får på 11 betesmarker"),
    ("Gatubelysning",
     "Provtryckning av gamla belysningsstolpar med en maskin som trycker på stolpen, för att hitta dem som "
     "har rostat i foten", "Belysningsstolpsbesiktningsteamet", "Mars 2319–februari 2320",
     "Malmö, Trelleborg, Vellinge, Eslöv, Höör", "Pågår, 4 200 av 9 600 stolpar provade"),
    ("Gator och trafik",
     "Brunnslock i gatorna som skramlar när bilar och bussar kör över dem lagas med gummiringar",
     "Brunnslocksskramelåtgärdarna", "Hela 2319", "Lund, Malmö, Staffanstorp, Burlöv",
     "Försenat, 310 av 700 lock lagade"),
    ("Parkering",
     "Parkeringsautomaterna tas bort och parkeringen betalas i stället i en app eller med sms",
     "Parkeringsbetalningsomställningsgruppen", "Februari–augusti 2319",
     "Malmö, Lund, Lomma, Kävlinge, Vellinge", "Klart, 260 automater nedmonterade"),
    ("Tillgänglighet",
     "Inventering av trappsteg och höga trösklar vid entréerna till butiker, kaféer och frisörer, och "
     "fällbara ramper som butikerna kan låna", "Butiksentrétillgänglighetsinventerarna",
     "September 2319–maj 2320", "Trelleborg, Skurup, Svedala, Eslöv, Staffanstorp",
     "Pågår, 520 entréer inventerade"),
]

# Activity plan (Word), by area: a heading per branch of the work, then each effort as bullet lines
# "Label: value": what is done ("Detta görs"), the group handling it ("Handhas av"), which municipalities
# ("Vilka kommuner"), when ("När i tiden") and the feedback on 15 October ("Återkoppling 15 oktober").
# One group is a pair of municipalities, one a working group with a name of several words.
PLAN_DOCX_AREAS = [
    ("Miljöskydd", [[
        ("Detta görs", "Varningsskyltar om risk för iskast vid gång- och ridstigar nära vindkraftverken, och "
                       "blinkande lampor som tänds när det har bildats is på vingarna"),
        ("Handhas av", "Iskastvarningsskyltsuppsättarna"),
        ("Vilka kommuner", "Eslöv, Höör"),
        ("När i tiden", "Oktober–december 2319"),
        ("Återkoppling 15 oktober", "Pågår, 12 av 30 skyltar uppsatta")]]),
    ("Djurliv i tätorten", [[
        ("Detta görs", "Information till hundägare om hur rävskabb smittar till hundar, med lappar vid "
                       "hundrastgårdarna och en kväll med veterinär i varje kommun"),
        ("Handhas av", "Arbetsgruppen för djurhälsa i tätorten"),
        ("Vilka kommuner", "Lund, Malmö, Kävlinge"),
        ("När i tiden", "Mars–juni 2319"),
        ("Återkoppling 15 oktober", "Klart, 180 hundägare kom till veterinärkvällarna")]]),
    ("Parker och naturmark", [[
        ("Detta görs", "Volontärer som tittar till fåren varje dag, räknar dem och ser till att de har vatten"),
        ("Handhas av", "Fårtillsynsvolontärsamordnarna"),
        ("Vilka kommuner", "Lomma, Burlöv, Svedala"),
        ("När i tiden", "Maj–september 2319"),
        ("Återkoppling 15 oktober", "Klart, 95 volontärer har gått fårtillsynskursen")]]),
    ("Gatubelysning", [[
        ("Detta görs", "Ruttna trästolpar med lampor längs bygatorna byts mot stolpar av aluminium"),
        ("Handhas av", "Höör och Skurup"),
        ("Vilka kommuner", "Höör, Skurup"),
        ("När i tiden", "Juni 2319–april 2320"),
        ("Återkoppling 15 oktober", "Pågår, 85 trästolpar utbytta")]]),
    ("Gator och trafik", [[
        ("Detta görs", "Lås på brunnslocken vid torgen och längs cykelvägarna, sedan flera lock har stulits och "
                       "sålts som skrot"),
        ("Handhas av", "Gatubrunnslåsmontörerna"),
        ("Vilka kommuner", "Malmö, Lund"),
        ("När i tiden", "April–juni 2319"),
        ("Återkoppling 15 oktober", "Klart, 240 lock har fått lås")]]),
    ("Parkering", [[
        ("Detta görs", "Den som inte har en smart mobil kan betala parkeringen vid informationsdisken på "
                       "biblioteket och i kommunhusets reception"),
        ("Handhas av", "Parkeringsdiskbetalningsombuden"),
        ("Vilka kommuner", "Malmö, Lund, Lomma, Kävlinge, Vellinge"),
        ("När i tiden", "Från mars 2319"),
        ("Återkoppling 15 oktober", "Klart, 3 100 betalningar vid diskarna")]]),
    ("Tillgänglighet", [[
        ("Detta görs", "Ringklockor med en rullstolssymbol vid butiksentréer med trappsteg, så att personalen "
                       "kommer ut och hjälper till eller lägger ut rampen"),
        ("Handhas av", "Rullstolsringklocksmonteringslaget"),
        ("Vilka kommuner", "Trelleborg, Skurup, Svedala"),
        ("När i tiden", "November 2319–mars 2320"),
        ("Återkoppling 15 oktober", "Ej påbörjat, klockorna är beställda")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2319-10-21, kl. 09.30–12.15",
                  "Plats: Stadshuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för stadsmiljö och vardagsservice, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Helena Bergkvist (Lomma)",
                  "Sekreterare: Oskar Lindgren (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Ljud och skuggor från vindkraftverken",
     ["Vindkraftverksbullerkontrollanterna redovisade att ljudet har mätts vid 19 av 32 bostäder. Vid fyra "
      "bostäder i Höör var ljudet över 40 decibel på kvällen. Vid en gård i Skurup föll skuggorna från "
      "vingarna in genom fönstren i upp till 41 timmar per år.",
      "Beredningsgruppen beslutar att kommunerna ska begära att vindkraftverken stängs av under de timmar "
      "när skuggorna faller på bostäder.",
      "Beredningsgruppen ger Vindkraftverksbullerkontrollanterna i uppdrag att mäta vid de återstående 13 "
      "bostäderna senast den 30 november 2319."]),
    ("§ 2", "Rävarna med skabb",
     ["Rävskabbsbekämpningspatrullen redovisade att 64 rävar har fångats sedan januari, flest i villaområdena "
      "i Lund. Rävskabb orsakas av ett kvalster som gräver sig in i huden, och rävarna tappar pälsen och "
      "fryser ihjäl på vintern. Under året har 11 hundar smittats efter att ha lekt där rävarna håller till.",
      "Beredningsgruppen beslutar att fällorna ska stå ute även under rävarnas parningstid i januari och "
      "februari.",
      "Arbetsgruppen för djurhälsa i tätorten får i uppdrag att ta fram en folder om rävskabb på svenska, "
      "engelska och polska."]),
    ("§ 3", "Fåren i parkerna",
     ["Parkfårsbetesskötselgruppen redovisade att 140 får på 11 betesmarker har betat i parkerna under "
      "sommaren. Betet kostade 210 000 kronor mindre än om slänterna hade klippts med maskin. Ett får i "
      "Burlöv skadades av en lös hund i juli.",
      "Beredningsgruppen beslutar att fårbetet ska utökas till 16 betesmarker 2320.",
      "Fårtillsynsvolontärsamordnarna ansvarar för att alla nya volontärer går fårtillsynskursen innan de "
      "börjar titta till fåren."]),
    ("§ 4", "Provtryckningen av belysningsstolparna",
     ["Belysningsstolpsbesiktningsteamet redovisade att 4 200 av 9 600 stolpar har provats. Hittills har 170 "
      "stolpar underkänts och tagits ned samma dag. En rostig stolpe i Trelleborg föll över en parkerad bil i "
      "mars, innan den hade hunnit provas.",
      "Beredningsgruppen beslutar att alla stolpar som är äldre än 40 år ska vara provade senast i februari "
      "2320."]),
    ("§ 5", "De skramlande brunnslocken",
     ["Brunnslocksskramelåtgärdarna redovisade att 310 av 700 lock har lagats. Arbetet är försenat eftersom "
      "gummiringarna levererades sent från tillverkaren. Flest klagomål har kommit från boende längs "
      "Kvarngatan i Staffanstorp, där bussarna kör förbi var femte minut.",
      "Beredningsgruppen beslutar att nya brunnslock ska läggas med gummiring från början.",
      "Beredningsgruppen ger Brunnslocksskramelåtgärdarna i uppdrag att laga de återstående locken senast "
      "den 31 mars 2320."]),
    ("§ 6", "Betalningen av parkering",
     ["Parkeringsbetalningsomställningsgruppen redovisade att alla 260 automater är nedmonterade. Nu görs 91 "
      "procent av betalningarna i appen och resten med sms. Vid informationsdiskarna har det gjorts 3 100 "
      "betalningar sedan mars.",
      "Beredningsgruppen beslutar att avgiften i appen ska vara densamma som vid informationsdisken, utan "
      "extra serviceavgift."]),
    ("§ 7", "Entréerna till butikerna",
     ["Butiksentrétillgänglighetsinventerarna redovisade att 520 entréer har inventerats. Av dem har 61 "
      "procent minst ett trappsteg. Hittills har 45 fällbara ramper lånats ut till butikerna.",
      "Beredningsgruppen beslutar att en butik får låna en fällbar ramp gratis i tre år.",
      "Rullstolsringklocksmonteringslaget får i uppdrag att sätta upp de första ringklockorna i Trelleborg "
      "före jul."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Vellinge frågade om kommunen kan få låta får beta i sina parker från 2320. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 25 november 2319 i Svedala."]),
]
MINUTES_ADJUSTER = "Amir Haddad (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Grannar till vindkraftverken klagar på ljudet och på skuggorna från vingarna som sveper över husen. Rävskabben har spridit sig till villaområdena, där sjuka rävar syns mitt på dagen och hundar blir smittade. Att klippa branta slänter och ängar i parkerna med maskin är dyrt och bullrigt. Många belysningsstolpar sattes upp för över 40 år sedan och har rostat i foten, och i byarna står ruttna trästolpar. Brunnslock som skramlar stör dem som bor längs gatorna med mycket trafik. Parkeringsautomaterna är dyra att sköta och går ofta sönder. För den som använder rullstol, rollator eller barnvagn är ett enda trappsteg vid entrén ofta nog för att inte kunna handla i butiken.

## Syfte

Samarbetet ska minska störningarna för dem som bor nära vindkraftverken och längs gatorna, hålla sjukdomar hos vilda djur borta från bostadsområdena och sköta parkerna på ett sätt som gynnar ängarnas växter. Gatubelysningen ska vara säker, det ska vara enkelt att betala parkeringen för alla, och fler butiker ska gå att besöka utan att behöva ta sig uppför ett trappsteg.

## Mål till 2322

Alla 9 600 belysningsstolpar ska vara provade. Fåren ska beta på minst 25 betesmarker. Alla 700 skramlande brunnslock ska vara lagade, och 2 000 butiksentréer ska vara inventerade.

## Organisation

Beredningsgruppen för stadsmiljö och vardagsservice leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Rävskabbsbekämpningspatrullen samarbetar med jägarna i de lokala viltvårdsområdena, och Parkfårsbetesskötselgruppen hyr fåren av lantbrukare i Svedala. Butiksentrétillgänglighetsinventerarna får råd av de lokala föreningarna för personer med funktionsnedsättning.

## Budget

Den gemensamma budgeten är 21,7 miljoner kronor för 2319–2322, varav 7,4 miljoner kronor går till provtryckningen av belysningsstolparna. Kommunerna betalar 5,85 kronor per invånare och år. Ramperna får dessutom 1,2 miljoner kronor från ett statligt tillgänglighetsbidrag.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2319 till den 31 december 2322. Beredningsgruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2321.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhetsgren vad insatsen innehåller, vilken grupp som bär "
             "den, när den är planerad att genomföras, vilka orter som deltar och hur läget stämdes av den 30 "
             "september 2319.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för stadsmiljö och vardagsservice under 2319 "
              "och början av 2320, ordnade efter verksamhetsgren. För varje åtgärd anges vad som görs, vem som "
              "handhar den, vilka kommuner som är med, när den genomförs och vad som återkopplades den 15 "
              "oktober 2319.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtiofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
