"""Regenerate the fictional documents of the thirty-second held-out set in benchmarks/data/heldout32/docs/.

    .venv/bin/python scripts/make_heldout32.py [--out benchmarks/data/heldout32/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout32 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (summer jobs for 16-year-olds in the municipal services and training
of their supervisors, ice-rescue stations with ladders, ice claws and throwing lines by lakes and ponds and
measuring the thickness of the ice, mushroom advice at the libraries where pickers show their baskets and a
mushroom course for staff, address and house-number signs at the farms in the countryside so that the
ambulance finds the way, restoration of old public clocks on squares, stations and town halls and radio
time setting of them, new sand in the sandpits of playgrounds and preschools and nets against cats, sampling
of blue-green algae blooms at bathing places and warning signs) are not covered by the other sets, and the
group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout32" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2306.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2306 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vardagsnara-service-sakerhet-2306.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vardagsnära service och säkerhet 2306 (fiktiv)"
MINUTES_FILE = "exempel-minnesanteckningar-samverkansgruppen-vardagsnara-service-sakerhet-2306-10-21.docx"
MINUTES_TITLE = ("EXEMPEL – Minnesanteckningar Samverkansgruppen för vardagsnära service och säkerhet "
                 "2306-10-21 (fiktiva)")
PROSE_FILE = "exempel-verksamhetsplan-vardagsnara-service-sakerhet-2306-2309.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vardagsnära service och säkerhet 2306–2309 (fiktiv)"

# Activity plan 2306 (PDF): the field of activity ("Verksamhetsfält") comes first, then the initiative
# ("Initiativ"), the group that drives it ("Drivs av") in a column just wide enough for its heading, so the
# long group names break inside the word over several lines, when it is carried out ("Genomförs"), the
# municipalities working together on it ("Samverkande kommuner") and the state in the progress report of
# 30 September ("Lägesrapport 30 september") last.
PLAN_PDF_COLUMNS = ("Verksamhetsfält", "Initiativ", "Drivs av", "Genomförs", "Samverkande kommuner",
                    "Lägesrapport 30 september")
PLAN_PDF_WIDTHS = (32, 46, 18, 24, 28, 32)  # mm, 180 in all; 18 mm keeps "Drivs av" whole
PLAN_PDF = [
    ("Unga och arbete",
     "Feriearbete i tre veckor för de 16-åringar som söker, i kommunernas parker, skolkök, äldreboenden och "
     "fritidsgårdar", "Feriearbetsplatsförmedlingskansliet", "Juni–augusti 2306",
     "Malmö, Burlöv, Staffanstorp, Svedala, Trelleborg", "Klart, 1 180 ungdomar fick feriearbete"),
    ("Säkerhet vid vatten",
     "Isräddningsstationer med stege, isdubbar och kastlina vid sjöar, dammar och kanaler där många åker "
     "skridskor", "Isräddningsstegsutplaceringsbrigaden", "December 2306–mars 2307",
     "Höör, Eslöv, Lund, Kävlinge", "Ej påbörjat, 38 platser utvalda"),
    ("Natur och hälsa",
     "Svamprådgivning på biblioteken, där besökarna visar upp sina korgar och får veta vilka svampar som är "
     "ätliga", "Svampkontrollantsrådgivningsringen", "Augusti till november 2306",
     "Lund, Höör, Skurup, Svedala, Eslöv", "21 kvällar hållna, 1 450 besökare"),
    ("Räddning och landsbygd",
     "Skyltar med adress och husnummer vid infarten till gårdar och hus på landsbygden",
     "Landsbygdsadressnummerskyltningsenheten", "Mars 2306–maj 2307",
     "Skurup, Svedala, Trelleborg, Vellinge, Eslöv, Höör", "3 400 av 6 200 fastigheter skyltade"),
    ("Kulturmiljö",
     "Renovering av gamla offentliga ur på torg, stationer och rådhus, med nya urverk där de gamla inte går "
     "att laga", "Torgursrestaureringsurmakarskrået", "Hela 2306", "Trelleborg, Eslöv, Skurup, Lund, Malmö",
     "4 av 11 ur går igen"),
    ("Lek och utemiljö",
     "Byte av sanden i sandlådorna på de kommunala lekplatserna och förskolegårdarna",
     "Sandlådesandbytesutkörningslaget", "April–juni 2306", "Lomma, Burlöv, Kävlinge, Staffanstorp, Vellinge",
     "Klart, 212 sandlådor, 640 ton sand"),
    ("Badvatten",
     "Provtagning vid badplatser i sjöar och hav när det blommar blågröna alger, och varningsskyltar där "
     "algerna är giftiga", "Algblomningsprovtagningspatrullen", "Juni till september 2306",
     "Vellinge, Lomma, Höör, Trelleborg, Malmö", "Klart, 340 prover, 17 badplatser fick varningsskylt"),
]

# Activity plan (Word): after the introduction, each activity starts with its name as a bold paragraph (no
# heading style), followed by one paragraph per field with the label in bold: what is done ("Vad som
# görs"), the coordinating group ("Samordnas av"), the municipalities taking part ("Kommuner som är med"),
# when it runs ("Pågår under") and how far the work has come on 15 October ("Så långt har vi kommit").
# One group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Vad som görs", "Samordnas av", "Kommuner som är med", "Pågår under",
                    "Så långt har vi kommit")
PLAN_DOCX = [
    ("Handledare för feriearbetarna",
     ("En halv dags utbildning för de anställda som tar emot och handleder ungdomarna under sommarjobbet, om "
      "arbetsmiljö, introduktion och hur man ger återkoppling",
      "Arbetsgruppen för feriearbetets handledare", "Malmö, Burlöv, Svedala", "April–maj 2306",
      "Genomfört, 260 handledare har gått utbildningen")),
    ("Mätning av istjockleken",
     ("Isen mäts med isborr vid de platser där isräddningsstationerna står, och tjockleken läggs ut på "
      "kommunernas webbplatser, så att skridskoåkarna kan se om isen bär",
      "Istjockleksmätningsrapportörerna", "Höör, Eslöv, Lund", "Januari–mars 2307",
      "Ej påbörjat, mätningarna börjar när isen har lagt sig; två isborrar är inköpta")),
    ("Svampkunskap för personalen i förskolan och äldreomsorgen",
     ("En kvällskurs om giftiga och ätliga svampar för personal som tar med barn eller äldre ut i skogen",
      "Nätverket för svampkunskap i omsorgen", "Lund, Skurup, Svedala", "September 2306",
      "Inställt, efter torkan i augusti fanns det nästan inga svampar i skogen att visa; kursen hålls i "
      "stället i september 2307")),
    ("Samlingsskyltar vid delade gårdsvägar",
     ("Där flera gårdar har en gemensam väg från landsvägen sätts en samlingsskylt upp vid vägen med alla "
      "husnummer och en pil mot varje gård", "Eslöv och Höör", "Eslöv, Höör", "Maj 2306–april 2307",
      "Pågår, 140 av 300 samlingsskyltar uppsatta")),
    ("Samma tid på alla ur",
     ("Uren på torg och stationer får en radiomottagare som ställer dem efter tidssignalen, så att de går "
      "rätt och byter till sommartid och vintertid av sig själva", "Klocktidssynkroniseringsfunktionärerna",
      "Trelleborg, Lund, Malmö", "Augusti–december 2306",
      "Försenat, leverantören av radiomottagarna har gått i konkurs; en ny upphandling väntas vara klar i "
      "februari 2307")),
    ("Nät mot katter över sandlådorna",
     ("Sandlådorna på förskolegårdarna täcks med nät över natten, så att katterna inte använder sanden som "
      "toalett", "Kattnätsövertäckningsmontörerna", "Lomma, Kävlinge, Staffanstorp", "Juni–augusti 2306",
      "Klart, 95 nät monterade")),
]

MINUTES_HEADER = ("Datum och tid: 2306-10-21, kl. 9.30–12.10",
                  "Plats: Stadsbiblioteket i Skurup (fiktivt möte)",
                  "Närvarande: Samverkansgruppen för vardagsnära service och säkerhet, med representanter för "
                  "nio av de tolv medlemskommunerna",
                  "Ordförande: Elin Bergkvist (Svedala)",
                  "Antecknare: Tomas Nyqvist (Lomma)")
MINUTES_ITEMS = [
    ("1.", "Sommarjobben 2306",
     ["Feriearbetsplatsförmedlingskansliet berättade att 2 340 ungdomar födda 2290 sökte feriearbete i sommar "
      "och att 1 180 av dem fick ett jobb i tre veckor. De flesta arbetade i parkerna, i skolköken och på "
      "äldreboendena. Timlönen var 98 kronor, och 41 ungdomar avbröt sommarjobbet i förtid.",
      "Samverkansgruppen beslutar att timlönen för feriearbetet höjs till 104 kronor från sommaren 2307.",
      "Feriearbetsplatsförmedlingskansliet får i uppdrag att ta fram fler platser hos idrottsföreningar och "
      "kulturföreningar och att redovisa resultatet senast den 15 februari 2307."]),
    ("2.", "Isräddningen",
     ["Isräddningsstegsutplaceringsbrigaden redovisade att 38 platser vid sjöar, dammar och kanaler har valts "
      "ut för isräddningsstationer. Varje station får en stege, två par isdubbar och en kastlina i ett skåp "
      "som är märkt med platsens adress, så att den som ringer 112 kan säga var olyckan har hänt. Att utrusta "
      "en station kostar omkring 4 200 kronor.",
      "Samverkansgruppen beslutar att alla stationer ska vara på plats senast den 1 december 2306.",
      "Istjockleksmätningsrapportörerna ansvarar för att isens tjocklek läggs ut på kommunernas webbplatser "
      "varje fredag under isvintern."]),
    ("3.", "Svamprådgivningen",
     ["Svampkontrollantsrådgivningsringen redovisade att 21 rådgivningskvällar har hållits på biblioteken med "
      "sammanlagt 1 450 besökare. Vid sex tillfällen låg det vit flugsvamp, som är dödligt giftig, i korgar "
      "där plockaren trodde att det var champinjoner. Kursen i svampkunskap för personalen ställdes in "
      "eftersom torkan i augusti gjorde att det nästan inte fanns några svampar i skogen.",
      "Samverkansgruppen beslutar att svamprådgivningen fortsätter hösten 2307 och att den då även ska hållas "
      "på söndagar.",
      "Samverkansgruppen ger Svampkontrollantsrådgivningsringen i uppdrag att ta fram en affisch om de "
      "giftigaste svamparna till alla bibliotek i kommunerna."]),
    ("4.", "Adressskyltar på landsbygden",
     ["Landsbygdsadressnummerskyltningsenheten redovisade att 3 400 av 6 200 fastigheter på landsbygden har "
      "fått en skylt med adress och husnummer vid infarten. Under 2305 körde ambulansen fel i 27 fall på "
      "landsbygden eftersom gårdarna saknade synligt husnummer. En skylt kostar 390 kronor, varav "
      "fastighetsägaren betalar 150 kronor.",
      "Samverkansgruppen beslutar att alla återstående fastigheter ska ha fått sin skylt senast den 31 maj "
      "2307.",
      "Landsbygdsadressnummerskyltningsenheten ansvarar för att skyltarna får reflexer, så att de syns även i "
      "mörker."]),
    ("5.", "De gamla uren",
     ["Torgursrestaureringsurmakarskrået redovisade att 4 av 11 ur på torg, stationer och rådhus går igen, "
      "bland annat torguret i Trelleborg. Till två av uren måste reservdelarna tillverkas för hand, eftersom "
      "det inte finns några ritningar kvar. En renovering kostar i genomsnitt 85 000 kronor per ur. "
      "Radiostyrningen av uren är försenad eftersom leverantören av mottagarna har gått i konkurs.",
      "Samverkansgruppen beslutar att varje renoverat ur ska få en liten skylt som berättar urets historia."]),
    ("6.", "Sanden i sandlådorna",
     ["Sandlådesandbytesutkörningslaget redovisade att sanden har bytts i 212 sandlådor och att 640 ton ny "
      "sand har körts ut. Sanden byttes eftersom prover visade kattavföring och glassplitter i många av "
      "sandlådorna. Kattnätsövertäckningsmontörerna har monterat 95 nät över sandlådorna på förskolegårdarna.",
      "Samverkansgruppen beslutar att sanden ska bytas vart tredje år på alla kommunala lekplatser."]),
    ("7.", "Algblomningen",
     ["Algblomningsprovtagningspatrullen redovisade att 340 vattenprover togs vid badplatserna i somras och att "
      "17 badplatser fick varningsskylt för giftiga blågröna alger. Den längsta varningen gällde Lilla "
      "Gäddsjön i Höör, där det avråddes från bad i 23 dagar.",
      "Samverkansgruppen beslutar"],
     ["att provtagningen från 2307 ska börja redan den 1 juni,",
      "att resultaten ska visas på en gemensam karta på kommunernas webbplatser."]),
    ("8.", "Övriga frågor och nästa möte",
     ["Kävlinge frågade om kommunen kan låna isborrarna under vintern. Frågan tas upp vid nästa möte.",
      "Nästa möte hålls den 2 december 2306 i Svedala."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Många 16-åringar får inget sommarjobb, trots att det är deras första möjlighet att prova på arbetslivet. Varje vinter går skridskoåkare och promenerande genom isen på sjöar och dammar, och det finns sällan någon räddningsutrustning i närheten. Allt fler plockar svamp, och varje höst blandas giftiga svampar ihop med ätliga. På landsbygden saknar många gårdar synligt husnummer, så att ambulansen och räddningstjänsten förlorar viktiga minuter när de letar efter rätt gård. Flera av de gamla uren på torg och stationer har stannat, sanden i lekplatsernas sandlådor är gammal och smutsig, och under varma somrar blommar giftiga alger vid badplatserna.

## Vad vi vill uppnå

Kommunerna vill att alla ungdomar som söker ska få pröva på ett riktigt arbete och att den som går genom isen snabbt ska kunna få hjälp. Invånarna ska kunna få veta om svamparna i korgen är ätliga, ambulansen ska hitta fram till varje hus, och de gamla uren ska gå och visa rätt tid. Barnen ska kunna leka i ren sand, och badgästerna ska få veta när vattnet är olämpligt att bada i.

## Mål för 2309

Minst 1 500 ungdomar ska erbjudas feriearbete varje sommar. Det ska finnas 60 isräddningsstationer vid regionens sjöar, dammar och kanaler. Alla fastigheter på landsbygden ska ha en synlig skylt med adress och husnummer. Alla elva gamla ur ska gå, och sanden ska bytas vart tredje år på alla kommunala lekplatser.

## Roller och ansvar

Samverkansgruppen för vardagsnära service och säkerhet leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Räddningstjänstsamverkansforumet håller kontakten med räddningstjänsterna och ambulanssjukvården i frågor om isräddningen och adressskyltarna. Feriearbetsplatsförmedlingskansliet tar emot ansökningarna till feriearbetet och fördelar platserna, och Algblomningsprovtagningspatrullen samarbetar med regionens smittskyddsenhet om när det ska avrådas från bad.

## Ekonomi

Den gemensamma budgeten är 14,6 miljoner kronor för perioden 2306–2309, varav 5,2 miljoner kronor går till feriearbetet. Kommunerna betalar 5,90 kronor per invånare och år. Renoveringen av de gamla uren får dessutom 1,3 miljoner kronor från en kulturmiljöfond.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2306 till den 31 december 2309. Samverkansgruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2308.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen redovisar för varje verksamhetsfält vilket initiativ som tas, vilken grupp som "
             "driver det, när det genomförs, vilka kommuner som samverkar och läget enligt lägesrapporten den "
             "30 september 2306.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sex gemensamma aktiviteter för vardagsnära service och säkerhet under "
              "2306 och början av 2307. För varje aktivitet anges vad som görs, vilken grupp som samordnar den, "
              "vilka kommuner som är med, när den pågår och hur långt arbetet har kommit den 15 oktober 2306.",
              PLAN_DOCX_LABELS, PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=False, label_end=":"))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettioandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
