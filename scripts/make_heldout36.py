"""Regenerate the fictional documents of the thirty-sixth held-out set in benchmarks/data/heldout36/docs/.

    .venv/bin/python scripts/make_heldout36.py [--out benchmarks/data/heldout36/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout36 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (icicles and snow sliding off roofs above the pavements in the town
centres, removed by an on-call team with a lift and warning signs lent to property owners, spring sweeping
of the grit spread on streets, pavements and cycle paths in winter and washing the grit so it can be spread
again, clothes, shoes and hats left behind at preschools and schools at the end of term, collected and given
to second-hand shops, and name labels for children's clothes, maypoles, trailers and loudspeakers lent to
village associations for their Midsummer celebrations and courses in dressing the maypole, poster boards for
associations' posters and removal of posters stuck on electrical cabinets and lamp posts, painted play
markings such as hopscotch and mazes on school playgrounds, market stalls on the town squares booked on the
web and electricity posts for the stalls) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout36" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2311.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2311 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-offentliga-miljoer-vardagsliv-2311.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för offentliga miljöer och vardagsliv 2311 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrgruppen-offentliga-miljoer-vardagsliv-2311-10-19.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Styrgruppen för offentliga miljöer och vardagsliv 2311-10-19 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-offentliga-miljoer-vardagsliv-2311-2314.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för offentliga miljöer och vardagsliv 2311–2314 (fiktiv)"

# Activity plan 2311 (PDF): the subject area ("Sakområde") comes first, then the measure ("Åtgärd"), the
# principal in charge ("Huvudman") in a column just wide enough for its heading, so the long group names
# break inside the word over several lines, the period ("Tidsperiod"), the municipalities taking part
# ("Medverkande kommuner") and the check-up of 1 October ("Avstämning 1 oktober") last.
PLAN_PDF_COLUMNS = ("Sakområde", "Åtgärd", "Huvudman", "Tidsperiod", "Medverkande kommuner",
                    "Avstämning 1 oktober")
PLAN_PDF_WIDTHS = (26, 54, 22, 24, 28, 26)  # mm, 180 in all; 22 mm keeps "Huvudman" whole
PLAN_PDF = [
    ("Trygga gångstråk",
     "Nedtagning av istappar och snöras från tak och stuprör ovanför trottoarer och gångstråk i centrum, med "
     "avspärrning tills taket är säkert", "Istappsnedtagningsberedskapen", "December 2310–mars 2311",
     "Lund, Malmö, Eslöv, Trelleborg", "Klart, 486 utryckningar"),
    ("Gator och cykelvägar",
     "Vårsopning av det grus som lades ut mot halka under vintern på gator, trottoarer och cykelvägar",
     "Vårsandsupptagningsmaskinlaget", "Mars–maj 2311", "Kävlinge, Burlöv, Staffanstorp, Lomma, Svedala",
     "Klart, 2 950 ton grus uppsopat"),
    ("Förskola och skola",
     "Insamling av kvarglömda kläder, skor och mössor på förskolor och skolor vid terminsslut; det som ingen "
     "hämtar skänks till second hand-butiker", "Kvarglömdaplaggsinsamlingsgruppen", "Juni och december 2311",
     "Staffanstorp, Vellinge, Höör, Lund, Skurup", "Pågår, 7 800 plagg insamlade i juni"),
    ("Föreningsliv och högtider",
     "Utlåning av midsommarstänger, släpvagnar och högtalare till byalag och föreningar som ordnar "
     "midsommarfirande", "Midsommarstångsutlåningsförrådet", "Maj–juni 2311",
     "Skurup, Svedala, Höör, Eslöv, Trelleborg, Vellinge", "Klart, 63 firanden fick låna utrustning"),
    ("Information i stadsmiljön",
     "Nya affischtavlor och affischpelare där föreningar gratis får sätta upp affischer om sina evenemang",
     "Affischtavleuppsättningsenheten", "April 2311–mars 2312", "Malmö, Lund, Kävlinge, Lomma",
     "Försenat, 18 av 45 tavlor uppsatta"),
    ("Lek och rörelse",
     "Lekmålningar på skolgårdarnas asfalt: hoppruta, labyrinter, kartor och löparbanor",
     "Skolgårdslekmålningsateljén", "Maj–augusti 2311", "Burlöv, Eslöv, Trelleborg, Malmö, Staffanstorp",
     "Klart, 54 skolgårdar målade"),
    ("Handel och torgliv",
     "Fler platser för torghandel med frukt, grönsaker, blommor och mat på torgen, och bokning av plats via "
     "webben", "Torghandelsplatsuthyrningskontoret", "Hela 2311", "Lund, Höör, Svedala, Vellinge, Skurup",
     "Pågår, 112 platser går att boka"),
]

# Activity plan (Word): one heading per activity, then a paragraph per field with the label in bold,
# closed by a dash: the direction of the work ("Inriktning"), a short account ("Kort om insatsen"), the one
# responsible ("Ansvarig"), the municipalities concerned ("Berörda kommuner"), when it is carried out
# ("Genomförandetid") and the situation in mid-October ("Läget i mitten av oktober"). One group is a pair
# of municipalities, one a working group with a name of several words.
PLAN_DOCX_LABELS = ("Inriktning", "Kort om insatsen", "Ansvarig", "Berörda kommuner", "Genomförandetid",
                    "Läget i mitten av oktober")
PLAN_DOCX = [
    ("Varningsskyltar för snöras",
     ("Trygga gångstråk",
      "Fastighetsägare i centrum får låna fällbara skyltar med texten ”Varning för snöras” och får ett sms när "
      "det blir töväder efter snöfall", "Snörasvarningsskyltlånecentralen", "Lund, Malmö, Eslöv",
      "November 2311–mars 2312", "Ej påbörjat, 220 skyltar inköpta och 310 fastighetsägare anmälda till "
      "sms-listan")),
    ("Återanvändning av sandningsgruset",
     ("Gator och cykelvägar",
      "Gruset som sopas upp på våren sållas och tvättas, så att det kan läggas ut igen nästa vinter i stället "
      "för att köras till deponi", "Sandningsgrustvättningsanläggningen", "Burlöv, Kävlinge, Lomma",
      "April–juni 2311", "Klart, 1 700 ton grus tvättat; 58 procent av det uppsopade gruset kan användas igen")),
    ("Namnlappar i barnkläderna",
     ("Förskola och skola",
      "Alla föräldrar vars barn börjar i förskolan får ett ark med namnlappar som fästs utan strykjärn, så att "
      "kvarglömda kläder hittar hem", "Arbetsgruppen för namnmärkta barnkläder", "Staffanstorp, Vellinge, Höör",
      "Augusti–september 2311", "Genomfört, 2 100 ark utdelade")),
    ("Kurs i att klä midsommarstången",
     ("Föreningsliv och högtider",
      "Kvällskurser för byalagen i att klä stången med löv och blommor och binda kransar, och ledare som lär "
      "ut sånglekarna vid firandena", "Skurup och Svedala", "Skurup, Svedala", "Juni 2311",
      "Genomfört i Skurup med 48 deltagare; kursen i Svedala ställdes in eftersom kursledaren blev sjuk")),
    ("Bort med olovliga affischer",
     ("Information i stadsmiljön",
      "Affischer som har satts upp på elskåp, lyktstolpar och broar tas bort inom en vecka, och arrangören får "
      "ett brev om var det är tillåtet att affischera", "Olovligaffischborttagningspatrullen",
      "Malmö, Lund, Kävlinge, Lomma", "Hela 2311", "Pågår, 4 600 affischer borttagna och 190 brev skickade")),
    ("El till torgstånden",
     ("Handel och torgliv",
      "Eluttag i stolpar som kan sänkas ned i marken, så att torghandlarna slipper bullriga dieselaggregat",
      "Torgeluttagsstolpmontörerna", "Lund, Höör, Vellinge", "Mars–oktober 2311",
      "Försenat, stolparna i Höör kan inte grävas ned förrän arkeologerna har undersökt marken under torget; "
      "de väntas vara klara i maj 2312")),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2311-10-19, kl. 13.00–15.45",
                  "Plats: Sessionssalen i kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Styrgruppen för offentliga miljöer och vardagsliv, med ledamöter från tio av de "
                  "tolv medlemskommunerna",
                  "Ordförande: Karin Sjöholm (Eslöv)",
                  "Sekreterare: Jonas Ekberg (Vellinge)")
MINUTES_ITEMS = [
    ("§ 41", "Sammanträdets öppnande och val av justerare",
     ["Ordföranden öppnade sammanträdet. Maria Lindahl (Burlöv) utsågs att justera protokollet."]),
    ("§ 42", "Istappar och snöras",
     ["Istappsnedtagningsberedskapen redovisade att 486 utryckningar gjordes under vintern 2310/2311, de "
      "flesta i Lund och Malmö. Tre fotgängare skadades av fallande is, och en av dem fick läggas in på "
      "sjukhus. En utryckning med skylift kostar i genomsnitt 6 300 kronor, som faktureras fastighetsägaren "
      "om denne inte själv har röjt taket.",
      "Styrgruppen beslutar att jouren ska vara bemannad dygnet runt under vintern 2311/2312 när det är "
      "töväder efter snöfall.",
      "Styrgruppen ger Snörasvarningsskyltlånecentralen i uppdrag att ta fram en gemensam blankett för "
      "fastighetsägarnas lån av varningsskyltar senast den 15 november 2311."]),
    ("§ 43", "Vårsopningen",
     ["Vårsandsupptagningsmaskinlaget redovisade att 2 950 ton grus sopades upp från gator, trottoarer och "
      "cykelvägar mellan mars och maj. Sopningen blev klar tre veckor tidigare än året innan, eftersom två "
      "nya sopmaskiner med vattenspridare har köpts in. Vattnet binder dammet, så att halten av partiklar i "
      "luften inte stiger när gruset sopas upp. Sandningsgrustvättningsanläggningen har tvättat 1 700 ton av "
      "gruset, som kan läggas ut igen i vinter.",
      "Styrgruppen beslutar att cykelvägarna ska sopas före gatorna från och med våren 2312."]),
    ("§ 44", "Kvarglömda kläder",
     ["Kvarglömdaplaggsinsamlingsgruppen redovisade att 7 800 plagg samlades in på förskolor och skolor när "
      "vårterminen slutade. Vanligast var regnjackor, mössor och vantar. Plaggen hängdes ut i två veckor så "
      "att familjerna kunde hämta dem, men bara 1 240 plagg hämtades. Resten skänktes till second "
      "hand-butiker som drivs av ideella föreningar.",
      "Styrgruppen beslutar att plagg som ingen har hämtat först ska erbjudas förskolornas lånelådor med "
      "extrakläder, innan resten skänks bort.",
      "Styrgruppen ger Arbetsgruppen för namnmärkta barnkläder i uppdrag att följa upp om fler plagg hämtas "
      "sedan namnlapparna har delats ut."]),
    ("§ 45", "Midsommarfirandet i byarna",
     ["Midsommarstångsutlåningsförrådet redovisade att 63 firanden i byarna fick låna stång, släpvagn eller "
      "högtalare. Tre stänger var så rötskadade att de har kasserats. Varje förening som ordnade ett öppet "
      "firande fick dessutom ett bidrag på 2 500 kronor.",
      "Styrgruppen beslutar att köpa fem nya midsommarstänger av lärkträ före midsommar 2312."]),
    ("§ 46", "Affischering",
     ["Affischtavleuppsättningsenheten redovisade att 18 av 45 planerade affischtavlor har satts upp. "
      "Arbetet är försenat eftersom elbolaget ännu inte har godkänt de tavlor som ska sitta på elskåpen i "
      "Malmö. Olovligaffischborttagningspatrullen har tagit bort 4 600 affischer; att ta bort en affisch "
      "som har klistrats fast kostar omkring 140 kronor.",
      "Styrgruppen beslutar att föreningar även i fortsättningen ska få sätta upp affischer på tavlorna "
      "gratis, medan företag betalar 50 kronor per affisch och vecka."]),
    ("§ 47", "Lekmålningar på skolgårdarna",
     ["Skolgårdslekmålningsateljén redovisade att 54 skolgårdar har fått lekmålningar, bland annat hoppruta, "
      "labyrinter, en karta över Skåne och löparbanor på 60 meter. Eleverna på varje skola fick rösta om vilka "
      "lekar som skulle målas. Färgen är halkfri och håller i omkring fem år.",
      "Styrgruppen beslutar att även förskolegårdar ska kunna få lekmålningar från 2312."]),
    ("§ 48", "Torghandeln",
     ["Torghandelsplatsuthyrningskontoret redovisade att 112 torgplatser nu kan bokas via webben och att 37 "
      "nya handlare har börjat sälja på torgen under året. En dagsplats kostar 180 kronor och en säsongsplats "
      "4 900 kronor. Eluttagen på torget i Höör är försenade, eftersom marken under torget först måste "
      "undersökas av arkeologer.",
      "Styrgruppen beslutar"],
     ["att torghandel ska vara tillåten även på söndagar från den 1 april 2312,",
      "att handlarna ska sortera sitt avfall i de kärl som ställs ut på torgen."]),
    ("§ 49", "Övriga frågor och nästa sammanträde",
     ["Lomma frågade om kommunen kan låna sopmaskinerna med vattenspridare nästa vår. Frågan bereds till "
      "nästa sammanträde.",
      "Nästa sammanträde hålls den 7 december 2311 i Höör."]),
]
MINUTES_ADJUSTER = "Maria Lindahl (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje vinter faller istappar och snö från taken ner på trottoarerna i centrum, och fotgängare skadas. På våren ligger vinterns sandningsgrus kvar på gator och cykelvägar, där det gör cyklisterna osäkra och virvlar upp som damm. Förskolor och skolor fylls av kläder som barnen har glömt, samtidigt som familjerna köper nya i onödan. Byalagen i de mindre orterna har svårt att ordna midsommarfirande när stången är rutten och det saknas högtalare. Affischer som klistras upp på elskåp och lyktstolpar sitter kvar i månader och ser skräpiga ut, många skolgårdar är grå asfaltsytor utan lekar, och på torgen är det ont om platser för den som vill sälja frukt och grönsaker.

## Inriktning

Kommunerna vill att det ska vara tryggt att gå under taken i centrum även när det töar, att gator och cykelvägar ska vara rena tidigt på våren och att så mycket som möjligt av gruset ska användas igen. Barnens kvarglömda kläder ska hitta hem, byarna ska kunna fira midsommar tillsammans, föreningarna ska ha lagliga platser för sina affischer och skolgårdarna ska locka till lek. Torgen ska vara levande mötesplatser med handel flera dagar i veckan.

## Mål till utgången av 2314

Ingen fotgängare ska skadas av fallande is eller snö från kommunala tak. Minst 70 procent av sandningsgruset ska tvättas och användas igen. Minst hälften av de kvarglömda plaggen ska hämtas av familjerna. Alla 45 affischtavlor ska vara uppsatta, och alla kommunala skolgårdar ska ha lekmålningar. Torghandel ska finnas i minst tio orter i regionen.

## Organisation och ansvar

Styrgruppen för offentliga miljöer och vardagsliv leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Gatuunderhållskoordineringsrådet håller kontakten med kommunernas gatukontor och entreprenörerna om istappsjouren och vårsopningen. Kvarglömdaplaggsinsamlingsgruppen samarbetar med förskolechefernas nätverk, och Torghandelsplatsuthyrningskontoret tar emot bokningarna av torgplatser och fördelar dem mellan handlarna.

## Finansiering

Den gemensamma budgeten är 11,8 miljoner kronor för perioden 2311–2314, varav 4,1 miljoner kronor går till istappsjouren och vårsopningen. Kommunerna betalar 4,75 kronor per invånare och år. Torghandeln bär sina egna kostnader genom platsavgifterna, som beräknas ge 1,9 miljoner kronor per år.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2311 till den 31 december 2314. Styrgruppen lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2313.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje sakområde vilken åtgärd som genomförs, vem som är huvudman, under "
             "vilken tidsperiod, vilka kommuner som medverkar och resultatet vid avstämningen den 1 oktober "
             "2311.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sex gemensamma insatser för offentliga miljöer och vardagsliv under "
              "2311 och vintern 2311/2312. För varje insats anges inriktningen, vad insatsen går ut på, vem som "
              "är ansvarig, vilka kommuner som berörs, genomförandetiden och läget i mitten av oktober 2311.",
              PLAN_DOCX_LABELS, PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=True, label_end=" – "))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettiosjätte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
