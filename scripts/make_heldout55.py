"""Regenerate the fictional documents of the fifty-fifth held-out set in benchmarks/data/heldout55/docs/.

    .venv/bin/python scripts/make_heldout55.py [--out benchmarks/data/heldout55/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout55 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (snow fences put up along country roads across open fields against
snowdrifts, and strips of unharvested maize left by farmers as living snow fences, American mink trapped on
islets and skerries to protect the seabird colonies, and mink rafts with traps that send a text message when
they close, preschool children sleeping outdoors in prams with temperature limits, and roofed pram shelters
on the preschool yards, old milk churn stands along country roads restored, with signs about the village and
book-swap shelves, rook colonies in town parks, with nests removed in early spring and droppings cleaned
from paths and parked cars, watering bags around newly planted street trees filled every week in summer, and
neighbours who adopt a tree, outdoor showers at the beaches, solar-heated and with push buttons that stop the
water after a while) are not covered by the other sets, and the group names are deliberately not on any
list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout55" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2330.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2330 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-landsbygd-utemiljo-2330.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för landsbygd och utemiljö 2330 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-landsbygd-utemiljo-2330-11-07.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för landsbygd och utemiljö 2330-11-07 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-landsbygd-utemiljo-2330-2332.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för landsbygd och utemiljö 2330–2332 (fiktiv)"

# Activity plan 2330 (PDF): the public function ("Samhällsfunktion") comes first, then what the effort covers
# ("Insatsens omfattning"), the group steering it ("Styrs av") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, the time limits
# ("Tidsavgränsning"), the municipalities engaged ("Engagerade kommuner") and the situation on 31 October
# ("Situationen 31 oktober").
PLAN_PDF_COLUMNS = ("Samhällsfunktion", "Insatsens omfattning", "Styrs av", "Tidsavgränsning",
                    "Engagerade kommuner", "Situationen 31 oktober")
PLAN_PDF_WIDTHS = (35, 41, 17, 33, 27, 27)  # mm, 180 in all; 17 mm keeps "Styrs av" whole
PLAN_PDF = [
    ("Vägar på landsbygden",
     "Snöstaket av trä och nät längs de landsvägar som går över öppna åkrar, så att snön lägger sig på fältet "
     "i stället för att driva igen vägen", "Snöstaketsuppsättningsbrigaden", "Oktober 2330–mars 2331",
     "Sjöbo, Skurup, Svedala, Trelleborg", "Pågår, 31 av 48 kilometer staket uppsatta"),
    ("Naturvård vid kusten",
     "Fångst av amerikansk mink på holmar och skär, där minken äter ägg och ungar i kolonierna av ejder, "
     "tärnor och skrattmåsar", "Skärgårdsminkfångstpatrullen", "Februari–juni 2330",
     "Vellinge, Trelleborg, Lomma, Höganäs", "Klart, 118 minkar fångade"),
    ("Förskola",
     "Råd till förskolorna om att låta de minsta barnen sova ute i vagn, med en gräns på minus 10 grader "
     "och regler för kläder, sovsäckar och tillsyn", "Förskoleutesovningsrådgivarna", "Hela 2330",
     "Lund, Eslöv, Höör, Kävlinge, Staffanstorp", "Klart, råd till 142 förskolor"),
    ("Kulturmiljö på landet",
     "Restaurering av gamla mjölkbord av sten och trä vid vägkanterna, där bönderna förr ställde ut "
     "mjölkkrukorna till mejeriets bil", "Mjölkbordsrestaureringsgillet", "Maj–september 2330",
     "Sjöbo, Tomelilla, Höör, Eslöv", "Försenat, 14 av 40 mjölkbord klara"),
    ("Parker och fågelliv",
     "Borttagning av råkbon i stadsparkerna tidigt på våren innan äggen läggs, med tillstånd från "
     "länsstyrelsen, där kolonierna stör de boende med oväsen och spillning", "Stadsparksråkkolonigruppen",
     "Februari–mars 2330", "Malmö, Lund, Landskrona, Eslöv", "Klart, 2 150 bon borttagna"),
    ("Gatuträd",
     "Bevattningssäckar som rymmer 75 liter runt nyplanterade gatuträd, fyllda en gång i veckan från "
     "juni till augusti", "Gatuträdsbevattningspatrullen", "Juni–augusti 2330",
     "Malmö, Burlöv, Staffanstorp, Kävlinge, Lomma", "Klart, 1 260 träd vattnade varje vecka"),
    ("Stränder och bad",
     "Utomhusduschar vid stränderna där badgästerna kan skölja av sig salt och sand, med ett nytt "
     "avlopp så att vattnet inte rinner ut på sanden", "Strandduschtillsynslaget", "April 2330–juni 2331",
     "Vellinge, Lomma, Trelleborg, Ystad", "Pågår, duschar vid 17 av 29 stränder"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": the core of the assignment ("Uppdragets kärna"), the group carrying it ("Bärande grupp"),
# the municipalities in the assignment ("Kommuner i uppdraget"), the time span ("Tidsavsnitt") and what was
# reported on 5 November ("Redovisat 5 november"). One group is a pair of municipalities, one a network with
# a name of several words.
PLAN_DOCX_AREAS = [
    ("Vägar på landsbygden", [[
        ("Uppdragets kärna", "Avtal med lantbrukare om att lämna kvar en rad med oskördad majs eller säd närmast "
                             "vägen över vintern, som ett levande snöstaket"),
        ("Bärande grupp", "Lantbrukarsnöskyddsavtalsförhandlarna"),
        ("Kommuner i uppdraget", "Sjöbo, Skurup, Svedala"),
        ("Tidsavsnitt", "Augusti 2330–april 2331"),
        ("Redovisat 5 november", "Pågår, avtal med 27 lantbrukare om 19 kilometer")]]),
    ("Naturvård vid kusten", [[
        ("Uppdragets kärna", "Minkflottar med en fälla som skickar ett sms till fångstmannen när luckan slår "
                             "igen, så att minken inte behöver sitta länge i fällan"),
        ("Bärande grupp", "Minkflottelarmsövervakarna"),
        ("Kommuner i uppdraget", "Vellinge, Trelleborg"),
        ("Tidsavsnitt", "Januari–december 2330"),
        ("Redovisat 5 november", "Klart, 36 flottar utlagda")]]),
    ("Förskola", [[
        ("Uppdragets kärna", "Vagnhallar med tak och vindskydd på förskolegårdarna, där barnvagnarna står när "
                             "barnen sover ute efter lunchen"),
        ("Bärande grupp", "Förskolegårdsvagnhallsbyggarna"),
        ("Kommuner i uppdraget", "Lund, Eslöv, Kävlinge"),
        ("Tidsavsnitt", "Mars–november 2330"),
        ("Redovisat 5 november", "Pågår, 23 vagnhallar byggda")]]),
    ("Kulturmiljö på landet", [[
        ("Uppdragets kärna", "En skylt vid varje restaurerat mjölkbord som berättar om byn och gården, och en "
                             "hylla med lock där grannarna kan byta böcker med varandra"),
        ("Bärande grupp", "Sjöbo och Tomelilla"),
        ("Kommuner i uppdraget", "Sjöbo, Tomelilla"),
        ("Tidsavsnitt", "September 2330–maj 2331"),
        ("Redovisat 5 november", "Ej påbörjat, texterna till skyltarna skrivs av hembygdsföreningarna")]]),
    ("Parker och fågelliv", [[
        ("Uppdragets kärna", "Rengöring av gångvägar och bänkar under träden med råkkolonier två gånger i "
                             "veckan under häckningen, och tak över cykelställen under träden"),
        ("Bärande grupp", "Nätverket för rena parkalléer"),
        ("Kommuner i uppdraget", "Malmö, Lund, Landskrona"),
        ("Tidsavsnitt", "April–juli 2330"),
        ("Redovisat 5 november", "Klart, 11 cykeltak uppsatta")]]),
    ("Gatuträd", [[
        ("Uppdragets kärna", "Trädfaddrar bland grannarna, som fyller bevattningssäcken på ett träd utanför "
                             "sin port och får en vattenkanna och ett diplom"),
        ("Bärande grupp", "Gatuträdsfadderskapssamordnarna"),
        ("Kommuner i uppdraget", "Malmö, Burlöv, Lomma"),
        ("Tidsavsnitt", "Maj–september 2330"),
        ("Redovisat 5 november", "Klart, 384 grannar blev trädfaddrar")]]),
    ("Stränder och bad", [[
        ("Uppdragets kärna", "Solfångare på taket till strandduscharna som värmer vattnet, och tryckknappar som "
                             "stänger av duschen efter 45 sekunder"),
        ("Bärande grupp", "Solvärmeduschinstallatörerna"),
        ("Kommuner i uppdraget", "Vellinge, Lomma, Ystad"),
        ("Tidsavsnitt", "April–juni 2331"),
        ("Redovisat 5 november", "Ej påbörjat, upphandlingen av solfångarna pågår")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2330-11-07, kl. 9.30–12.15",
                  "Plats: Folkets hus i Sjöbo (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för landsbygd och utemiljö, med representanter för elva av de "
                  "fjorton medlemskommunerna",
                  "Ordförande: Helena Strömberg (Sjöbo)",
                  "Sekreterare: Oskar Lindqvist (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Snöstaketen",
     ["Snöstaketsuppsättningsbrigaden redovisade att 31 av 48 kilometer snöstaket är uppsatta. Förra vintern "
      "fick väg 13 mellan Sjöbo och Ystad stängas tre gånger på grund av snödrev. Flera lantbrukare har "
      "klagat på att staketen står kvar för länge på våren och hindrar vårbruket.",
      "Beredningsgruppen beslutar att snöstaketen ska vara nedtagna senast den 31 mars varje år.",
      "Beredningsgruppen ger Lantbrukarsnöskyddsavtalsförhandlarna i uppdrag att erbjuda avtal om levande "
      "snöstaket också till lantbrukarna längs vägarna i Trelleborg, senast den 15 augusti 2331."]),
    ("§ 2", "Minkfångsten",
     ["Skärgårdsminkfångstpatrullen redovisade att 118 minkar har fångats sedan februari. På Måkläppen "
      "kläcktes 340 tärnungar i år, mot 90 året innan. Minkarna simmar ut till holmarna från fastlandet, "
      "och fångsten behöver därför pågå varje år.",
      "Beredningsgruppen beslutar att minkfångsten ska fortsätta under 2331 och 2332.",
      "Minkflottelarmsövervakarna får i uppdrag att lägga ut 20 nya flottar längs kusten i Ystad före "
      "februari 2331."]),
    ("§ 3", "Barnens sovstund utomhus",
     ["Förskoleutesovningsrådgivarna redovisade att råden har gått ut till 142 förskolor. Några föräldrar "
      "har frågat varför barnen sover ute på vintern. Personalen ska titta till barnen var tionde minut, och "
      "barnen sover inne när det är kallare än minus 10 grader eller blåser hårt.",
      "Beredningsgruppen beslutar att varje förskola ska ha en termometer vid vagnhallen.",
      "Förskolegårdsvagnhallsbyggarna ansvarar för att vagnhallarna på förskolorna i Höör och Staffanstorp "
      "blir klara till sommaren 2331."]),
    ("§ 4", "Mjölkborden",
     ["Mjölkbordsrestaureringsgillet redovisade att 14 av 40 mjölkbord har restaurerats. Arbetet är försenat "
      "eftersom det har varit svårt att hitta rätt sorts kalksten till de trasiga borden. Att restaurera ett "
      "mjölkbord kostar i genomsnitt 18 500 kronor.",
      "Beredningsgruppen beslutar att mjölkbord som står på privat mark bara ska restaureras om markägaren "
      "skriver under ett avtal om att bordet får stå kvar i minst 20 år."]),
    ("§ 5", "Råkorna i stadsparkerna",
     ["Stadsparksråkkolonigruppen redovisade att 2 150 råkbon togs bort i februari och mars. Många av råkorna "
      "flyttade till träden vid sjukhusområdet i Lund, där patienter har klagat på oväsendet från klockan fyra "
      "på morgonen. Råkan är fredad och bona får bara tas bort innan äggen har lagts.",
      "Beredningsgruppen beslutar att inga bon ska tas bort vid sjukhusområdet förrän en inventering har "
      "gjorts.",
      "Beredningsgruppen ger Stadsparksråkkolonigruppen i uppdrag att räkna bona i alla parker i Lund, "
      "Malmö och Landskrona, senast den 1 februari 2331."]),
    ("§ 6", "Vattning av gatuträden",
     ["Gatuträdsbevattningspatrullen redovisade att 1 260 nyplanterade gatuträd har vattnats varje vecka i "
      "sommar. Endast 3 procent av träden dog, mot 21 procent de somrar då träden inte fick bevattningssäckar. "
      "I juli var det så torrt att säckarna fick fyllas två gånger i veckan.",
      "Beredningsgruppen beslutar att alla nyplanterade gatuträd ska få en bevattningssäck de tre första "
      "somrarna.",
      "Gatuträdsfadderskapssamordnarna ser till att varje trädfadder får en påminnelse per sms när det inte "
      "har regnat på en vecka."]),
    ("§ 7", "Strandduscharna",
     ["Strandduschtillsynslaget redovisade att det nu finns duschar vid 17 av 29 stränder. Duscharna användes "
      "flitigt, men i Vellinge har badgäster tvättat håret med schampo i duscharna, och schampot har runnit "
      "ut i havet.",
      "Beredningsgruppen beslutar att det ska sättas upp skyltar om att tvål och schampo inte får användas i "
      "strandduscharna.",
      "Beredningsgruppen beslutar att duscharna ska vara igång från midsommar till den 31 augusti."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Ystad frågade om kommunen kan få del av pengarna till mjölkborden från 2331. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 12 december 2330 i Skurup."]),
]
MINUTES_ADJUSTER = "Anders Bengtsson (Tomelilla)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Snödrev över de öppna åkrarna gör att landsvägarna ibland måste stängas på vintern. Den amerikanska minken har nästan utrotat sjöfåglarna på flera holmar längs kusten. Många föräldrar undrar om det är bra att de minsta barnen sover ute i vagn på förskolan. De gamla mjölkborden längs vägarna håller på att förfalla, trots att de berättar om hur livet på landet såg ut. Råkorna i stadsparkerna väcker de boende tidigt på morgonen och smutsar ner gångvägar, bänkar och bilar. Nyplanterade gatuträd dör ofta under de första torra somrarna. Badgästerna saknar ett ställe att skölja av sig salt och sand innan de åker hem.

## Syfte

Samarbetet ska hålla landsvägarna öppna på vintern, ge sjöfåglarna vid kusten en chans att få fram sina ungar och ge förskolorna tydliga och gemensamma råd om utevila. Kulturarvet längs landsvägarna ska tas till vara, råkorna och de boende i städerna ska kunna leva sida vid sida, nya gatuträd ska överleva och stränderna ska bli trevligare att besöka.

## Mål till 2332

Alla 48 kilometer snöstaket ska vara uppsatta. Alla 40 mjölkbord ska vara restaurerade. Minst 90 procent av de nyplanterade gatuträden ska leva efter tre år. Det ska finnas duschar vid alla 29 stränder, och varje förskola ska ha en vagnhall.

## Organisation

Beredningsgruppen för landsbygd och utemiljö leder arbetet och rapporterar till kommundirektörerna två gånger per år. Sjöfågelskyddsrådslaget ger råd om minkfångsten och följer upp hur många ungar som kläcks i kolonierna. Förskoleutesovningsrådgivarna samarbetar med barnhälsovårdens sjuksköterskor om råden till förskolorna, och Mjölkbordsrestaureringsgillet tar hjälp av hembygdsföreningarna i byarna.

## Budget

Den gemensamma budgeten är 14,7 miljoner kronor för 2330–2332, varav 4,2 miljoner kronor går till strandduscharna. Kommunerna betalar 5,30 kronor per invånare och år. Mjölkborden får dessutom 0,6 miljoner kronor från en landsbygdsfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2330 till den 31 december 2332. Beredningsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas våren 2332.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje samhällsfunktion vad insatsen omfattar, vilken grupp som styr den, "
             "hur den är avgränsad i tid, vilka kommuner som är engagerade och situationen den 31 oktober 2330.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma uppdrag för landsbygd och utemiljö under 2330 och början "
              "av 2331, ordnade efter område. För varje uppdrag anges vilken grupp som bär det, vilka kommuner "
              "som ingår i uppdraget, under vilket tidsavsnitt det genomförs och vad som redovisades den "
              "5 november 2330.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtiofemte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
