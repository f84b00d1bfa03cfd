"""Regenerate the fictional documents of the thirty-fourth held-out set in benchmarks/data/heldout34/docs/.

    .venv/bin/python scripts/make_heldout34.py [--out benchmarks/data/heldout34/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout34 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (Walpurgis Night bonfires, where the brushwood is searched for hedgehogs
and nesting birds before it is lit and fire guards stay until the embers are out, free sunscreen dispensers
at beaches, playgrounds and outdoor pools, collection days for Spanish slugs from gardens and advice on
keeping them away without poison, autumn leaf collection in paper sacks from the kerb and leaf compost given
back to gardeners, a summer holiday bus card with free travel for pupils, Christmas lights in the trees on
squares and shopping streets and in the villages, mended before the winter and switched off at night by
timers, renovation of bathing jetties and bathing ladders and ramps into the water) are not covered by the
other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout34" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2308.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2308 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-sasongsservice-utemiljo-2308.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för säsongsservice och utemiljö 2308 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-arbetsutskottet-sasongsservice-utemiljo-2308-11-04.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Arbetsutskottet för säsongsservice och utemiljö 2308-11-04 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-sasongsservice-utemiljo-2308-2311.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för säsongsservice och utemiljö 2308–2311 (fiktiv)"

# Activity plan 2308 (PDF): the line of work ("Inriktning") comes first, then the project
# ("Projekt"), the municipalities working together on it ("Kommuner i samarbete"), the group that handles it
# ("Handläggs av") in a column just wide enough for the word "Handläggs", so the long group names break
# inside the word over several lines, the project time ("Projekttid") and the follow-up of 15 October
# ("Uppföljning 15 oktober") last.
PLAN_PDF_COLUMNS = ("Inriktning", "Projekt", "Kommuner i samarbete", "Handläggs av", "Projekttid",
                    "Uppföljning 15 oktober")
PLAN_PDF_WIDTHS = (28, 46, 26, 22, 28, 30)  # mm, 180 in all; 22 mm keeps "Handläggs" whole
PLAN_PDF = [
    ("Brandsäkerhet och natur",
     "Anmälan och tillsyn av valborgsbrasor, där riset genomsöks efter igelkottar och häckande fåglar innan "
     "brasan tänds", "Lund, Eslöv, Höör, Staffanstorp, Kävlinge", "Valborgsbålsgenomsökningsbrandvakterna",
     "Mars–april 2308", "Klart, 46 brasor tändes och 3 ställdes in"),
    ("Folkhälsa",
     "Gratis solskyddsautomater med solkräm vid stränder, lekplatser och utomhusbad, så att barn och vuxna "
     "kan smörja in sig på plats", "Vellinge, Lomma, Trelleborg, Malmö, Skurup",
     "Solskyddskrämsautomatpåfyllarna", "Maj–september 2308", "Klart, 3 900 liter solkräm i 64 automater"),
    ("Trädgård och grönska",
     "Insamlingsdagar för mördarsniglar, där villaägarna lämnar de sniglar de har plockat i sina trädgårdar "
     "vid återvinningscentralerna", "Staffanstorp, Burlöv, Svedala, Lund",
     "Skogssnigelinsamlingsdagsförbundet", "Juni–september 2308", "Klart, 11 insamlingsdagar, 2,3 ton sniglar"),
    ("Gatumiljö",
     "Hämtning av höstlöv som villaägarna lägger i papperssäckar vid tomtgränsen, och lövet komposteras till "
     "jord", "Lomma, Kävlinge, Burlöv, Staffanstorp, Vellinge", "Lövsäcksupphämtningskolonnen",
     "Oktober–november 2308", "Pågår, 18 000 säckar hämtade"),
    ("Kollektivtrafik och unga",
     "Sommarlovskort som ger elever i årskurs 6–9 fria resor med regionens bussar under hela sommarlovet",
     "Trelleborg, Svedala, Eslöv, Skurup, Höör, Malmö", "Sommarlovsbusskortsutdelningsexpeditionen",
     "14 juni–17 augusti 2308", "Klart, 9 870 kort utdelade, 212 000 resor"),
    ("Torg och byar",
     "Julbelysning i träden på torgen och längs handelsgatorna, och ljusslingor som byalagen hänger upp i "
     "byarnas träd", "Malmö, Burlöv, Lund, Kävlinge", "Julbelysningsslingupphängningsgänget",
     "Oktober 2308–januari 2309", "Pågår, 318 ljusslingor provade och lagade"),
    ("Bad och friluftsliv",
     "Renovering av badbryggor och badstegar vid havet och sjöarna, med nya plankor, nya stegar och "
     "ledstänger", "Trelleborg, Vellinge, Höör, Skurup", "Badbryggestegsrenoveringssnickarlaget",
     "Februari–juni 2308", "9 av 15 bryggor klara, försenat"),
]

# Activity plan (Word), by area: a heading per area, then each effort as bullet lines "Label: value": what is
# done ("Det här gör vi"), the group that convenes the work ("Sammankallande"), the municipalities in the
# project ("Kommuner i projektet"), the period of implementation ("Genomförandeperiod") and the outcome so far
# ("Utfall så här långt"). One group is a pair of municipalities, one a working group with a name of several
# words.
PLAN_DOCX_LABELS = ("Det här gör vi", "Sammankallande", "Kommuner i projektet", "Genomförandeperiod",
                    "Utfall så här långt")
PLAN_DOCX_EFFORTS = [
    ("Brandsäkerhet och natur", [
        ("Frivilliga från brandvärnsföreningarna står brandvakt vid varje valborgsbrasa tills glöden har "
         "slocknat, med spade och vattenhink", "Valborgsbrandvaktsschemaläggarna", "Lund, Eslöv, Höör",
         "30 april 2308", "Genomfört, 138 brandvakter vid 46 brasor"),
    ]),
    ("Folkhälsa", [
        ("Affischer och en kort utbildning för förskolepersonalen om solskydd, skugga och heltäckande kläder "
         "för de minsta barnen", "Arbetsgruppen för barns solskydd", "Vellinge, Lomma, Malmö", "April–maj 2308",
         "Klart, 120 förskolor har fått materialet"),
    ]),
    ("Trädgård och grönska", [
        ("Rådgivning på telefon och på biblioteken om hur man håller mördarsniglarna borta utan gift, till "
         "exempel med nematoder, snigelkanter och att plocka sniglarna tidigt på morgonen",
         "Snigelrådgivningstelefonisterna", "Staffanstorp, Burlöv, Svedala", "Maj–augusti 2308",
         "Avbrutet i juli eftersom telefonsystemet byttes ut; rådgivningen börjar igen i maj 2309"),
        ("Lövet från höstens hämtning komposteras till lövjord, som villaägarna får hämta gratis på våren",
         "Lomma och Kävlinge", "Lomma, Kävlinge", "November 2308–april 2309",
         "Ej påbörjat, komposteringsplatsen i Kävlinge måste först godkännas av miljöförvaltningen"),
    ]),
    ("Kollektivtrafik och unga", [
        ("Sommarlovskort på försök även för elever som har gått första året på gymnasiet",
         "Nätverket för ungas resor på sommarlovet", "Svedala och Skurup", "14 juni–17 augusti 2308",
         "Klart, 1 240 kort utdelade; försöket utvärderas i december 2308"),
    ]),
    ("Torg och byar", [
        ("Timer på julbelysningen, så att den släcks mitt i natten och kommunerna sparar el",
         "Ljusslingetimerinställarna", "Malmö, Lund", "November 2308–januari 2309",
         "Ej påbörjat, 260 timrar är beställda och väntas i mitten av november"),
    ]),
    ("Bad och friluftsliv", [
        ("En ramp med ledstång ner i vattnet vid en badbrygga i varje kommun, så att den som har svårt att gå "
         "också kan bada", "Badrampstillgänglighetsbyggarna", "Trelleborg, Vellinge, Höör", "Mars–juni 2308",
         "Försenat, virket levererades först i juni; ramperna blir klara till badsäsongen 2309"),
    ]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_EFFORTS]

MINUTES_HEADER = ("Sammanträdesdatum: 2308-11-04, kl. 13.15–16.05",
                  "Lokal: Folkets hus i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Arbetsutskottet för säsongsservice och utemiljö, med ledamöter från tio av de "
                  "tolv medlemskommunerna",
                  "Ordförande: Karin Söderlund (Kävlinge)",
                  "Sekreterare: Jonas Hedlund (Burlöv)")
MINUTES_ADJUSTER = "Maria Lindqvist (Skurup)"
MINUTES_ITEMS = [
    ("§ 41", "Valborgsbrasorna",
     ["Valborgsbålsgenomsökningsbrandvakterna redovisade att 49 valborgsbrasor anmäldes i våras och att 46 av "
      "dem tändes. Två brasor ställdes in på grund av torka och brandrisk, och en ställdes in eftersom en "
      "gräsand låg och ruvade på sina ägg i riset. Vid genomsökningen av riset hittades 14 igelkottar, som "
      "flyttades innan brasorna tändes. Sammanlagt 138 brandvakter stod vid brasorna.",
      "Arbetsutskottet beslutar att riset till brasorna får läggas upp tidigast två veckor före "
      "valborgsmässoafton, så att djuren inte hinner flytta in i det.",
      "Arbetsutskottet ger Valborgsbrandvaktsschemaläggarna i uppdrag att ta fram ett gemensamt "
      "anmälningsformulär för valborgsbrasor senast den 1 februari 2309."]),
    ("§ 42", "Solskyddsautomaterna",
     ["Solskyddskrämsautomatpåfyllarna redovisade att de 64 automaterna har delat ut sammanlagt 3 900 liter "
      "solkräm med faktor 30 under sommaren. Mest användes automaten vid Ribersborgsstranden i Malmö, som "
      "fick fyllas på två gånger om dagen i juli. Solkrämen kostar 180 kronor per liter, och två automater i "
      "Trelleborg har förstörts av skadegörelse.",
      "Arbetsutskottet beslutar att automaterna från sommaren 2309 även ska finnas vid de kommunala "
      "utomhusbaden i Eslöv och Höör."]),
    ("§ 43", "Mördarsniglarna",
     ["Skogssnigelinsamlingsdagsförbundet redovisade att 11 insamlingsdagar har hållits vid "
      "återvinningscentralerna och att invånarna har lämnat in 2,3 ton sniglar. Sniglarna frystes och kördes "
      "till biogasanläggningen. Villaägarna berättar att sniglarna äter upp grönsakerna och blommorna i "
      "trädgårdarna och sprids vidare till grannarnas tomter. Snigelrådgivningen på telefon avbröts i juli "
      "eftersom telefonsystemet byttes ut.",
      "Arbetsutskottet beslutar att insamlingsdagarna från 2309 ska börja redan i maj, innan sniglarna hinner "
      "lägga ägg."]),
    ("§ 44", "Lövhämtningen",
     ["Lövsäcksupphämtningskolonnen redovisade att 18 000 säckar har hämtats hittills i höst och att "
      "hämtningen pågår till och med den 30 november. Varje villahushåll får 10 papperssäckar gratis, och "
      "extra säckar kostar 25 kronor styck. Löv i plastsäckar hämtas inte, eftersom plasten inte kan "
      "komposteras.",
      "Arbetsutskottet ger Lomma och Kävlinge i uppdrag att söka miljöförvaltningens godkännande av "
      "komposteringsplatsen i Kävlinge före den 15 december 2308."]),
    ("§ 45", "Sommarlovskortet",
     ["Sommarlovsbusskortsutdelningsexpeditionen redovisade att 9 870 elever i årskurs 6–9 fick sommarlovskort "
      "och att korten användes till 212 000 resor, i genomsnitt 21 resor per kort. Kortet gällde från den "
      "14 juni till den 17 augusti 2308, och kostnaden för kommunerna blev 4,1 miljoner kronor. Nätverket för "
      "ungas resor på sommarlovet redovisade att 1 240 gymnasieelever i Svedala och Skurup fick kort på "
      "försök.",
      "Arbetsutskottet beslutar att sommarlovskortet från 2309 även ska gälla på tågen inom regionen."]),
    ("§ 46", "Julbelysningen",
     ["Julbelysningsslingupphängningsgänget redovisade att 318 ljusslingor har provats och lagats inför "
      "vintern och att 41 slingor var så trasiga att de har kasserats. Byalagen i tolv byar har anmält att de "
      "vill hänga upp ljusslingor i byns träd, och kommunerna lånar ut en skylift till dem. Elen till "
      "julbelysningen kostade 96 000 kronor förra vintern. Belysningen tänds på första advent och tas ned "
      "efter tjugondag Knut.",
      "Arbetsutskottet beslutar att all julbelysning ska vara släckt mellan kl. 01 och kl. 06, för att spara "
      "el och för att ljuset inte ska störa de boende."]),
    ("§ 47", "Badbryggorna",
     ["Badbryggestegsrenoveringssnickarlaget redovisade att 9 av 15 badbryggor är renoverade. Arbetet är "
      "försenat eftersom en storm i februari slet loss två bryggor i Trelleborg, som måste byggas om från "
      "grunden. En ny badstege av rostfritt stål kostar 14 500 kronor. Badrampstillgänglighetsbyggarnas ramper "
      "blir klara till badsäsongen 2309.",
      "Arbetsutskottet beslutar att de sex återstående bryggorna ska vara klara senast den 1 juni 2309."]),
    ("§ 48", "Övriga frågor och nästa sammanträde",
     ["Höör frågade om kommunen kan ansluta sig till lövhämtningen hösten 2309. Frågan bereds till nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 9 december 2308 i Lomma."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje vår tänds ett femtiotal valborgsbrasor i regionen, och i riset gömmer sig ofta igelkottar och fåglar som bygger bo. Många barn bränner sig i solen på stränderna och lekplatserna, eftersom solkrämen har glömts hemma. Mördarsniglarna har på några år spridit sig till nästan alla villaträdgårdar, och varje höst vet villaägarna inte vart de ska göra av löven. Unga som inte har pengar till busskort kommer sällan ut till stränderna och idrottsplatserna under sommarlovet. I många byar är det mörkt i december, eftersom det inte finns någon julbelysning, och många av badbryggorna är så gamla att plankorna har ruttnat och stegarna har rostat.

## Syfte

Kommunerna vill att vårens och sommarens traditioner ska kunna firas säkert och med hänsyn till djuren, att barnen ska kunna vara ute utan att bränna sig och att trädgårdsägarna ska få hjälp med sniglarna och löven. Alla unga ska kunna ta sig fram i regionen under sommarlovet, torgen och byarna ska lysa upp i vintermörkret och alla ska kunna bada från en säker brygga.

## Mål till 2311

Det ska finnas 80 solskyddsautomater vid regionens stränder, lekplatser och utomhusbad. Minst 12 000 elever ska ha sommarlovskort varje sommar. Varje by som har ett byalag ska kunna få julbelysning i sina träd. Allt löv från hämtningen ska bli lövjord, och alla 15 badbryggor ska ha en badstege och en ledstång.

## Organisation

Arbetsutskottet för säsongsservice och utemiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Trädgårdsföreningskontaktgruppen håller kontakten med koloniföreningarna och villaägarföreningarna i frågor om sniglarna och löven. Valborgsbålsgenomsökningsbrandvakterna samarbetar med räddningstjänsten om brandrisken, och Sommarlovsbusskortsutdelningsexpeditionen delar ut korten till eleverna genom skolorna.

## Finansiering

Den gemensamma budgeten är 17,8 miljoner kronor för perioden 2308–2311, varav 6,4 miljoner kronor går till sommarlovskortet. Kommunerna betalar 6,20 kronor per invånare och år. Renoveringen av badbryggorna får dessutom 2,1 miljoner kronor i statligt bidrag för friluftsliv.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2308 till den 31 december 2311. Arbetsutskottet lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2310.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje projekt vilken inriktning det har, vilka kommuner som "
             "samarbetar, vilken grupp som handlägger det, projekttiden och läget vid uppföljningen den "
             "15 oktober 2308.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för säsongsservice och utemiljö under 2308, "
              "ordnade efter verksamhetsområde. För varje insats anges vad som görs, vilken grupp som är "
              "sammankallande, vilka kommuner som är med i projektet, genomförandeperioden och utfallet vid "
              "avstämningen den 1 oktober 2308.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettiofjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
