"""Regenerate the fictional documents of the sixty-first held-out set in benchmarks/data/heldout61/docs/.

    .venv/bin/python scripts/make_heldout61.py [--out benchmarks/data/heldout61/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout61 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (asphalt pump tracks in the parks for bikes, scooters and skateboards,
and cycling days on the tracks with helmet checks, diving towers at lakes and sea baths inspected and
renovated, with the water depth sounded under every board, and signs with the depth and the rules of the
tower, digital residents' parking permits tied to the registration number, and a web queue for streets where
every place is taken, staffed play parks in the summer holidays with play leaders who lend out toys, and
boxes of play equipment lent to preschools when the play parks are closed, underground waste suction
systems in new housing areas, with cameras that find blockages in the pipes, dredging of the small fishing
and guest harbours, with sampling of the sediments for pollutants and a depot where clean dredged material
dries, the municipalities' old laptops wiped, repaired and given to associations and pensioners, and
returned work phones collected for reuse) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout61" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2336.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2336 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-fritid-boendemiljo-hamnar-2336.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för fritid, boendemiljö och hamnar 2336 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-fritid-boendemiljo-hamnar-2336-11-10.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för fritid, boendemiljö och hamnar 2336-11-10 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-fritid-boendemiljo-hamnar-2336-2336.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för fritid, boendemiljö och hamnar 2336–2336 (fiktiv)"

# Activity plan 2336 (PDF): the track of work ("Verksamhetsspår") comes first, then how the effort is set up
# ("Insatsens upplägg"), the group staffing it ("Bemannas av") in a narrow column, so the long group names
# break inside the word over several lines, the period ("Tidsrum"), the municipalities working together
# ("Kommuner som samarbetar") and what has been done so far ("Utfört hittills (30 oktober)").
PLAN_PDF_COLUMNS = ("Verksamhetsspår", "Insatsens upplägg", "Bemannas av", "Tidsrum", "Kommuner som samarbetar",
                    "Utfört hittills (30 oktober)")
PLAN_PDF_WIDTHS = (34, 50, 22, 24, 25, 25)  # mm, 180 in all; 22 mm keeps "Bemannas" whole
PLAN_PDF = [
    ("Fritid och idrott",
     "Pumpbanor av asfalt i parkerna, där barn och unga cyklar, åker sparkcykel och skateboard över vågor och "
     "doserade kurvor utan att trampa", "Pumpbanecykelparksanläggarna", "April–oktober 2336",
     "Eslöv, Höör, Kävlinge, Burlöv", "Klart, 5 pumpbanor öppnade"),
    ("Bad och friluftsliv",
     "Besiktning och renovering av hopptornen vid sjöarna och havsbaden, med lodning av vattendjupet under "
     "varje trampolin", "Hopptornsbesiktningsdykarlaget", "Mars–juni 2336",
     "Lomma, Vellinge, Trelleborg, Höör", "Klart, 11 hopptorn besiktade, 2 stängda"),
    ("Gator och parkering",
     "Digitala boendeparkeringstillstånd som är kopplade till bilens registreringsnummer, i stället för lappar "
     "i vindrutan", "Boendeparkeringstillståndshandläggarringen", "Januari 2336–mars 2337",
     "Malmö, Lund, Trelleborg", "Pågår, 4 150 av 9 800 tillstånd är digitala"),
    ("Barn och lek",
     "Bemannade parklekar under sommarlovet, där lekledare lånar ut bollar, rockringar och styltor och håller "
     "i lekar på utvalda lekplatser", "Sommarparklekledarkåren", "22 juni–14 augusti 2336",
     "Malmö, Staffanstorp, Svedala, Skurup", "Klart, 31 400 besök på 9 parklekar"),
    ("Avfall",
     "Sopsug i nya bostadsområden, där soporna sugs genom rör under marken till en terminal i stället för att "
     "hämtas med sopbil", "Sopsugsrörnätsdriftvakten", "Hela 2336", "Lund, Malmö, Kävlinge",
     "Pågår, 2 av 3 terminaler i drift"),
    ("Hamnar",
     "Muddring av de små fiske- och gästhamnarna, där slam och sand grävs upp så att båtarna inte går på grund, "
     "med provtagning av sedimenten för miljögifter", "Småhamnsmuddringssamordningsgruppen",
     "Oktober 2336–mars 2337", "Trelleborg, Vellinge, Skurup, Lomma", "Försenat, tillstånd saknas för 2 hamnar"),
    ("Återbruk av it-utrustning",
     "Kommunernas gamla bärbara datorer raderas, lagas och skänks till föreningar och pensionärer",
     "Datoråterbruksverkstadsteamet", "Februari–december 2336", "Eslöv, Svedala, Staffanstorp, Burlöv, Höör",
     "Pågår, 640 datorer skänkta"),
]

# Activity plan (Word), by area: a heading per track of work, then each effort as bullet lines
# "Label: value": the concrete work ("Det konkreta arbetet"), the group carrying the responsibility
# ("Ansvarsbärande grupp"), the municipalities taking part ("Kommuner som deltar i arbetet"), the period of
# implementation ("Genomförandeperiod") and what was reported on 2 November ("Redovisat 2 november"). One
# group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Fritid och idrott", [[
        ("Det konkreta arbetet", "Cykeldagar på pumpbanorna, där ungdomsledare lär barnen att ta sig runt banan "
                                 "och kontrollerar att hjälmen sitter rätt"),
        ("Ansvarsbärande grupp", "Pumpbanehjälmdagsinstruktörerna"),
        ("Kommuner som deltar i arbetet", "Eslöv, Höör"),
        ("Genomförandeperiod", "Maj–september 2336"),
        ("Redovisat 2 november", "Klart, 1 120 barn deltog")]]),
    ("Bad och friluftsliv", [[
        ("Det konkreta arbetet", "Skyltar vid hopptornen som visar vattendjupet och regeln att bara en person i "
                                 "taget får stå på trampolinen"),
        ("Ansvarsbärande grupp", "Nätverket för säkra hopp vid badplatserna"),
        ("Kommuner som deltar i arbetet", "Lomma, Vellinge, Trelleborg"),
        ("Genomförandeperiod", "Maj 2336"),
        ("Redovisat 2 november", "Klart, skyltar vid alla 9 öppna hopptorn")]]),
    ("Gator och parkering", [[
        ("Det konkreta arbetet", "En kö på webben för boendeparkering på de gator där alla platser är upptagna, "
                                 "där man kan se sin plats i kön"),
        ("Ansvarsbärande grupp", "Malmö och Lund"),
        ("Kommuner som deltar i arbetet", "Malmö, Lund"),
        ("Genomförandeperiod", "September 2336–februari 2337"),
        ("Redovisat 2 november", "Ej påbörjat, kravlistan för systemet håller på att skrivas")]]),
    ("Barn och lek", [[
        ("Det konkreta arbetet", "Lådor med lekredskap som förskolor och föräldragrupper kan låna när "
                                 "parklekarna är stängda"),
        ("Ansvarsbärande grupp", "Leklådeutlåningsvärdarna"),
        ("Kommuner som deltar i arbetet", "Staffanstorp, Svedala"),
        ("Genomförandeperiod", "Augusti–oktober 2336"),
        ("Redovisat 2 november", "Pågår, 14 lådor lånas ut varje vecka")]]),
    ("Avfall", [[
        ("Det konkreta arbetet", "Kameror som körs genom sopsugens rör och hittar stopp, och en kampanj om att "
                                 "pizzakartonger och julgransbarr inte får slängas i inkasten"),
        ("Ansvarsbärande grupp", "Sopsugsstoppförebyggarna"),
        ("Kommuner som deltar i arbetet", "Lund, Malmö"),
        ("Genomförandeperiod", "Mars–december 2336"),
        ("Redovisat 2 november", "Pågår, stoppen har minskat från 26 till 9 i månaden")]]),
    ("Hamnar", [[
        ("Det konkreta arbetet", "Ett deponiområde vid Trelleborgs hamn där rena muddermassor får torka och sedan "
                                 "används för att bygga upp strandängar"),
        ("Ansvarsbärande grupp", "Muddermassedeponeringsrådet"),
        ("Kommuner som deltar i arbetet", "Trelleborg, Vellinge"),
        ("Genomförandeperiod", "April–november 2336"),
        ("Redovisat 2 november", "Klart, 18 000 kubikmeter muddermassor mottagna")]]),
    ("Återbruk av it-utrustning", [[
        ("Det konkreta arbetet", "Insamling av tjänstemobiler som de anställda har lämnat tillbaka, som raderas "
                                 "och säljs vidare eller lämnas till återvinning"),
        ("Ansvarsbärande grupp", "Tjänstemobilinsamlingsgruppen"),
        ("Kommuner som deltar i arbetet", "Eslöv, Svedala, Burlöv"),
        ("Genomförandeperiod", "Från mars 2336"),
        ("Redovisat 2 november", "Pågår, 1 380 mobiler insamlade")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2336-11-10, kl. 09.30–12.15",
                  "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för fritid, boendemiljö och hamnar, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Helena Forsberg (Svedala)",
                  "Sekreterare: Oskar Nyström (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Pumpbanorna",
     ["Pumpbanecykelparksanläggarna redovisade att fem pumpbanor har öppnats under året, i Eslöv, Höör, "
      "Kävlinge och två i Burlöv. Banan i Höör är den längsta, 240 meter. Efter regn samlas vatten i "
      "svackorna på banan i Kävlinge, så att den måste stängas i flera dagar.",
      "Beredningsgruppen beslutar att banan i Kävlinge ska få brunnar i svackorna före nästa säsong.",
      "Beredningsgruppen ger Pumpbanecykelparksanläggarna i uppdrag att ta fram ett förslag på en sjätte "
      "pumpbana i Svedala senast den 15 februari 2337."]),
    ("§ 2", "Hopptornen",
     ["Hopptornsbesiktningsdykarlaget redovisade att elva hopptorn har besiktats. Två hopptorn, vid "
      "Ringsjön i Höör och vid Lomma hamnbad, har stängts eftersom vattnet under tiometerstrampolinen var "
      "grundare än 4,5 meter. Sand har förts in av strömmarna under vintern.",
      "Beredningsgruppen beslutar att vattendjupet under alla hopptorn ska lodas varje vår innan badsäsongen "
      "börjar.",
      "Nätverket för säkra hopp vid badplatserna får i uppdrag att ta fram en gemensam skylt med "
      "badreglerna på svenska, engelska och arabiska."]),
    ("§ 3", "Boendeparkeringen",
     ["Boendeparkeringstillståndshandläggarringen redovisade att 4 150 av 9 800 boendeparkeringstillstånd nu är "
      "digitala. Parkeringsvakterna ser i sin handdator om bilen har tillstånd. Flera äldre invånare har "
      "ringt och frågat hur de ska visa att de har betalat när det inte längre finns någon lapp.",
      "Beredningsgruppen beslutar att den som vill fortfarande ska kunna få ett kvitto på papper.",
      "Beredningsgruppen ger Boendeparkeringstillståndshandläggarringen i uppdrag att göra om alla återstående "
      "tillstånd till digitala senast den 31 mars 2337."]),
    ("§ 4", "Parklekarna i somras",
     ["Sommarparklekledarkåren redovisade 31 400 besök på nio parklekar under sommarlovet. Flest besökare hade "
      "parkleken i Folkets park i Malmö. Regnet i juli gjorde att två parklekar stängde i sammanlagt elva "
      "dagar. Lekledarna var 46 ungdomar mellan 18 och 24 år.",
      "Beredningsgruppen beslutar att parklekarna sommaren 2337 ska ha ett tält så att de kan hålla öppet "
      "även när det regnar.",
      "Leklådeutlåningsvärdarna ansvarar för att lekredskapen från parklekarna lagas och packas i lådor under "
      "vintern."]),
    ("§ 5", "Sopsugen",
     ["Sopsugsrörnätsdriftvakten redovisade att två av tre terminaler är i drift. Den tredje terminalen, i "
      "Kävlinge, blir klar i april 2337. Det blev stopp i rören 26 gånger i januari, men bara 9 gånger i "
      "oktober, sedan kamerorna började användas.",
      "Beredningsgruppen beslutar att inkasten för matavfall ska låsas med en bricka som bara de boende har.",
      "Sopsugsstoppförebyggarna får i uppdrag att dela ut en broschyr om vad som får slängas i inkasten till "
      "alla hushåll med sopsug före jul."]),
    ("§ 6", "Muddringen av småhamnarna",
     ["Småhamnsmuddringssamordningsgruppen redovisade att muddringen är försenad, eftersom tillstånd från "
      "länsstyrelsen saknas för Skanörs hamn och Smygehamn. Proverna visade för höga halter av tributyltenn "
      "i sedimenten i en av hamnarna, och de massorna får inte läggas på deponiområdet.",
      "Beredningsgruppen beslutar att de förorenade massorna ska köras till en godkänd anläggning för farligt "
      "avfall.",
      "Muddermassedeponeringsrådet ansvarar för att mäta hur mycket muddermassor som läggs på deponiområdet "
      "varje månad."]),
    ("§ 7", "Datorerna som skänks",
     ["Datoråterbruksverkstadsteamet redovisade att 640 bärbara datorer har skänkts sedan februari, varav 410 "
      "till pensionärer och 230 till föreningar. Hårddiskarna raderas med ett program som skriver över dem sju "
      "gånger. Ungefär var femte dator går inte att laga och lämnas till elavfall.",
      "Beredningsgruppen beslutar att även kommunernas gamla skärmar och tangentbord ska skänkas från 2337.",
      "Beredningsgruppen ger Tjänstemobilinsamlingsgruppen i uppdrag att undersöka om de insamlade mobilerna "
      "kan skänkas till gymnasieelever som saknar telefon."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Skurup frågade om kommunen kan få låna lekredskap från parklekarna till sin skolavslutning. Frågan tas upp "
      "vid nästa sammanträde.",
      "Nästa sammanträde hålls den 15 december 2336 i Lomma."]),
]
MINUTES_ADJUSTER = "Ali Hassan (Kävlinge)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Många barn och unga saknar en plats nära hemmet där de kan cykla och åka skateboard utan att köra på gatan. Flera av hopptornen vid badplatserna är över femtio år gamla, och ingen vet säkert hur djupt vattnet är under dem. Lapparna för boendeparkering försvinner, blir blöta eller förfalskas. På sommarlovet är lekplatserna tomma i de områden där få familjer reser bort. I de nya bostadsområdena ska sopbilarna inte behöva köra mellan husen. Sand och slam fyller igen de små hamnarna, och fiskebåtarna går på grund vid lågvatten. Samtidigt slänger kommunerna varje år tusentals datorer som fortfarande fungerar.

## Syfte

Samarbetet ska ge barn och unga fler platser för lek och rörelse, göra badplatserna säkrare och göra det enklare för de boende att parkera nära hemmet. Soporna i de nya bostadsområdena ska hanteras utan tung trafik, hamnarna ska hållas öppna för fiskebåtar och gästande båtar, och kommunernas it-utrustning ska användas så länge som möjligt.

## Mål för 2336

Minst fem pumpbanor ska vara öppna. Alla hopptorn ska vara besiktade innan badsäsongen börjar. Minst hälften av boendeparkeringstillstånden ska vara digitala. Parklekarna ska ha minst 30 000 besök, och minst 600 datorer ska skänkas.

## Organisation

Beredningsgruppen för fritid, boendemiljö och hamnar leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Hamnbottensedimentprovtagarna tar proverna från hamnarna och skickar dem till ett ackrediterat laboratorium. Badplatssäkerhetsgranskarna går igenom hopptornen, stegarna och livbojarna tillsammans med Hopptornsbesiktningsdykarlaget, och Datoråterbruksverkstadsteamet samarbetar med en arbetsmarknadsenhet där deltagarna lär sig att laga datorer.

## Budget

Den gemensamma budgeten för 2336 är 9,7 miljoner kronor, varav 3,2 miljoner kronor går till muddringen av småhamnarna. Kommunerna betalar 4,90 kronor per invånare. Pumpbanorna får dessutom 1,1 miljoner kronor från ett statligt bidrag för spontanidrott.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2336 till den 31 december 2336. Beredningsgruppen lämnar en lägesrapport i november, och planen utvärderas i december 2336 innan en ny plan tas fram.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje verksamhetsspår hur insatsen är upplagd, vilken grupp som bemannar "
             "den, under vilket tidsrum den genomförs, vilka kommuner som samarbetar och vad som har utförts "
             "till och med den 30 oktober 2336.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för fritid, boendemiljö och hamnar under 2336 "
              "och början av 2337, ordnade efter verksamhetsspår. För varje insats anges det konkreta arbetet, "
              "vilken grupp som bär ansvaret, vilka kommuner som deltar, genomförandeperioden och vad som "
              "redovisades den 2 november 2336.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextioförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
