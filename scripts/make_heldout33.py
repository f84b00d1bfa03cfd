"""Regenerate the fictional documents of the thirty-third held-out set in benchmarks/data/heldout33/docs/.

    .venv/bin/python scripts/make_heldout33.py [--out benchmarks/data/heldout33/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout33 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (stray dogs found loose and taken into a shared kennel until the owner
fetches them, and chip readers for park staff, abandoned cars and car wrecks towed away from streets and car
parks with notices on the windscreen to the owners, potholes repaired after the winter and claims for
damage to tyres, rims and bikes, hedges and bushes that block the view at junctions and exits and road
signs hidden by branches, wasp nests removed at preschools and schools and training of the staff in
allergic reactions to stings, birthday visits to residents who turn 100 and a book of their life stories,
campervan sites at harbours and seaside resorts and emptying stations for their toilets) are not covered by
the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout33" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2307.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2307 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gatumiljo-invanarservice-2307.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för gatumiljö och invånarservice 2307 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-gatumiljo-invanarservice-2307-11-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för gatumiljö och invånarservice 2307-11-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-gatumiljo-invanarservice-2307-2310.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för gatumiljö och invånarservice 2307–2310 (fiktiv)"

# Activity plan 2307 (PDF): the effort ("Insats") comes first, then the subject area ("Sakområde"), the
# principal ("Huvudman") in a column just wide enough for its heading, so the long group names break
# inside the word over several lines, the time period ("Tidsperiod"), the municipalities concerned
# ("Berörda kommuner") and the status on 31 October ("Status per 31 oktober") last.
PLAN_PDF_COLUMNS = ("Insats", "Sakområde", "Huvudman", "Tidsperiod", "Berörda kommuner",
                    "Status per 31 oktober")
PLAN_PDF_WIDTHS = (47, 24, 22, 28, 30, 29)  # mm, 180 in all; 22 mm keeps "Huvudman" whole
PLAN_PDF = [
    ("Ett gemensamt hittehundsstall med tolv boxar och en rastgård, där lösa hundar som någon har hittat tas "
     "om hand tills ägaren hämtar dem", "Djur i tätorten", "Hittehundsåterföreningskenneln", "Hela 2307",
     "Lund, Eslöv, Höör, Kävlinge, Lomma", "Pågår, 164 hundar omhändertagna, 151 hämtade av ägaren"),
    ("Bortforsling av övergivna bilar och bilvrak som blir stående på gator, infartsparkeringar och i "
     "skogsbryn", "Gator och parkering", "Fordonsvraksbortforslingsjouren", "Februari 2307–januari 2308",
     "Malmö, Burlöv, Trelleborg, Svedala, Staffanstorp", "Pågår, 276 fordon bortforslade"),
    ("Lagning av potthål på gator och cykelvägar efter tjällossningen, med varm asfalt i stället för "
     "kallasfalt som släpper efter några veckor", "Gator och parkering", "Vårvinterpotthålslagningskolonnen",
     "Mars till maj 2307", "Eslöv, Skurup, Trelleborg, Vellinge, Svedala, Höör", "Klart, 4 730 hål lagade"),
    ("Brev till fastighetsägare vars häckar och buskar skymmer sikten vid korsningar och utfarter eller växer "
     "ut över gångbanan", "Trafikmiljö i villaområden", "Korsningssiktröjningsinspektörerna",
     "Maj–augusti 2307", "Lomma, Kävlinge, Staffanstorp, Burlöv, Lund", "Klart, 1 320 brev skickade"),
    ("Getingbon på förskole- och skolgårdar tas bort, och getingfällor sätts upp vid lekplatserna och "
     "borden där barnen äter utomhus", "Barns säkerhet", "Förskolegetingbosaneringskåren",
     "Juli–september 2307", "Vellinge, Trelleborg, Skurup, Malmö", "Klart, 387 getingbon borttagna"),
    ("Invånare som fyller 100 år uppvaktas med blommor, ett gratulationsbrev och, om de vill, ett besök av "
     "kommunfullmäktiges ordförande", "Äldre invånare", "Hundraårsuppvaktningsdelegationen",
     "Löpande under 2307", "Samtliga tolv kommuner", "Pågår, 58 jubilarer uppvaktade"),
    ("Ställplatser för husbilar vid hamnar och badorter, med el, färskvatten och plats för upp till en veckas "
     "vistelse", "Besöksnäring", "Husbilsställplatsanordningskonsortiet", "April 2307–april 2308",
     "Vellinge, Trelleborg, Lomma, Skurup, Höör", "Försenat, 3 av 8 ställplatser öppnade"),
]

# Activity plan (Word), by area: after the introduction, a heading per area and, under it, one bullet line
# per field of each activity ("Label: value"): the activity ("Aktivitet"), what it involves ("Innehåll"), who
# is responsible ("Ansvarar"), the municipalities taking part ("Medverkande kommuner"), how long it runs
# ("Löptid") and the outcome so far ("Utfall hittills"). Two groups have names of several words.
PLAN_DOCX_LABELS = ("Aktivitet", "Innehåll", "Ansvarar", "Medverkande kommuner", "Löptid", "Utfall hittills")
PLAN_DOCX_ACTIVITIES = [
    ("Djur i tätorten",
     [("Chipläsare till parkarbetarna och räddningstjänsten",
       "Handhållna läsare som visar numret på hundens chip, så att den som hittar en lös hund kan ta reda på "
       "vem ägaren är direkt på platsen", "Mikrochipsläsarutlåningscentralen", "Lund, Höör, Lomma",
       "Mars–juni 2307", "Klart, 45 chipläsare utdelade")]),
    ("Gator och trafikmiljö",
     [("Lappar på bilar som verkar vara övergivna",
       "En bil som verkar vara övergiven får en gul lapp på vindrutan om att den kommer att flyttas, och "
       "ägaren söks i vägtrafikregistret", "Arbetsgruppen för uppställda fordon", "Malmö, Trelleborg, Svedala",
       "Februari–december 2307", "Pågår, 340 lappar uppsatta; 61 ägare har hämtat sina bilar"),
      ("Ersättning för skador från potthål",
       "Gemensam handläggning av invånarnas krav på ersättning när däck, fälgar eller cyklar har skadats i "
       "ett potthål på en kommunal gata", "Vägskadeersättningshandläggarna", "Eslöv, Skurup, Vellinge",
       "April–december 2307", "Pågår, 96 anspråk har kommit in och 23 har fått ersättning"),
      ("Vägmärken som skyms av grenar",
       "Träd och buskar som döljer vägmärken och gatunamnsskyltar beskärs, och skyltarna tvättas",
       "Nätverket för fri sikt vid utfarter", "Lomma, Burlöv, Kävlinge", "Juni–oktober 2307",
       "Klart, 410 skyltar frilagda")]),
    ("Förskolan",
     [("Utbildning om allergiska reaktioner vid getingstick",
       "Personalen på förskolorna lär sig känna igen en allvarlig allergisk reaktion och hur man ger adrenalin "
       "med en adrenalinpenna", "Stickallergiberedskapsinstruktörerna", "Vellinge, Malmö, Skurup",
       "Maj–juni 2307", "Genomfört, 530 anställda har gått utbildningen")]),
    ("Äldre invånare",
     [("En bok med hundraåringarnas livsberättelser",
       "De jubilarer som vill berättar om sitt liv för en skribent, och berättelserna samlas i en bok som "
       "lånas ut på biblioteken", "Livsberättelseinsamlingsredaktionen", "Höör, Eslöv, Staffanstorp, Lund",
       "Hela 2307", "Pågår, 19 berättelser är nedskrivna; boken trycks i mars 2308")]),
    ("Besökare",
     [("Tömningsstationer för husbilarnas toaletter",
       "Stationer där husbilarna kan tömma toalettkassetter och gråvatten och fylla på färskvatten, även de "
       "som inte övernattar på en ställplats", "Latrintömningsstationsskötarna", "Trelleborg, Vellinge, Lomma",
       "Maj–september 2307", "Klart, fem stationer i drift")]),
]
PLAN_DOCX = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True)) for values in efforts])
             for area, efforts in PLAN_DOCX_ACTIVITIES]

MINUTES_HEADER = ("Tid: 2307-11-18, kl. 13.00–15.40",
                  "Plats: Kommunhuset i Staffanstorp, sammanträdesrummet Båten (fiktivt möte)",
                  "Närvarande: Samrådsgruppen för gatumiljö och invånarservice, med företrädare för tio av de "
                  "tolv medlemskommunerna",
                  "Ordförande: Karin Holmgren (Trelleborg)",
                  "Sekreterare: Anders Wikström (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande",
     ["Ordföranden öppnade mötet och hälsade alla välkomna. Dagordningen godkändes."]),
    ("§ 2", "Hittehundsstallet",
     ["Hittehundsåterföreningskenneln redovisade att 164 lösa hundar har tagits om hand sedan den 1 januari "
      "2307. 151 av dem har hämtats av sina ägare, nio har fått nya hem genom en djurskyddsförening och fyra "
      "finns kvar i stallet. De flesta ägarna hittades samma dag tack vare chipläsarna, som "
      "Mikrochipsläsarutlåningscentralen har delat ut till parkarbetarna och räddningstjänsten. I 38 fall tog "
      "det längre tid, i genomsnitt fem dygn, eftersom hunden saknade chip eller inte var registrerad i "
      "ägarregistret. Ägaren betalar i dag 350 kronor per dygn för hundens uppehåll.",
      "Samrådsgruppen beslutar att avgiften höjs till 400 kronor per dygn från den 1 januari 2308.",
      "Samrådsgruppen ger Hittehundsåterföreningskenneln i uppdrag att före nyår påminna hundägarna om att "
      "chipmärka och registrera sina hundar."]),
    ("§ 3", "Övergivna bilar",
     ["Fordonsvraksbortforslingsjouren redovisade att 276 övergivna fordon har forslats bort sedan februari. "
      "198 av dem var så skadade att de skrotades, 61 hämtades av ägaren efter att Arbetsgruppen för "
      "uppställda fordon hade satt en lapp på bilen, och 17 såldes på auktion. Att forsla bort och skrota en "
      "bil kostar kommunen i genomsnitt 3 800 kronor, och bara var femte ägare har betalat kostnaden.",
      "Samrådsgruppen beslutar att ett fordon som står på kommunal mark utan registreringsskyltar ska flyttas "
      "efter 14 dagar i stället för efter en månad."]),
    ("§ 4", "Potthålen",
     ["Vårvinterpotthålslagningskolonnen redovisade att 4 730 potthål har lagats på gator och cykelvägar under "
      "våren. Antalet hål var nästan dubbelt så stort som året innan, eftersom vintern hade ovanligt många "
      "växlingar mellan frost och tö, så att vattnet i sprickorna frös och sprängde upp asfalten. Varje lagat "
      "hål kostade i genomsnitt 720 kronor. Vägskadeersättningshandläggarna har tagit emot 96 anspråk från "
      "invånare som har fått däck, fälgar eller cyklar skadade i ett potthål.",
      "Samrådsgruppen beslutar att ett potthål som är djupare än fem centimeter på en cykelväg ska lagas inom "
      "två arbetsdagar efter att det har anmälts."]),
    ("§ 5", "Häckarna vid korsningarna",
     ["Korsningssiktröjningsinspektörerna redovisade att brev har skickats till 1 320 fastighetsägare vars "
      "häckar eller buskar skymde sikten vid korsningar och utfarter, och att 1 150 av dem har klippt själva. "
      "Vid 34 tomter klippte kommunen häcken, och fastighetsägaren fick betala 2 900 kronor. Inom tio meter "
      "från en korsning får en häck vara högst 80 centimeter hög, så att bilförarna ser barn som cyklar ut på "
      "gatan.",
      "Samrådsgruppen beslutar att en gemensam broschyr om fri sikt ska skickas till alla villaägare i "
      "februari 2308."]),
    ("§ 6", "Getingbon vid förskolorna",
     ["Förskolegetingbosaneringskåren redovisade att 387 getingbon har tagits bort vid 52 förskolor och skolor "
      "under sommaren. Elva barn blev stuckna på förskolegårdarna, och ett av dem fick en allvarlig allergisk "
      "reaktion och fördes till sjukhus med ambulans. Personalen, som Stickallergiberedskapsinstruktörerna "
      "hade utbildat i maj och juni, gav barnet adrenalin innan ambulansen kom.",
      "Samrådsgruppen beslutar att alla förskolegårdar ska ses över för getingbon varje vecka från den 1 juni "
      "till den 30 september."]),
    ("§ 7", "Hundraåringarna",
     ["Hundraårsuppvaktningsdelegationen redovisade att 58 invånare har fyllt 100 år hittills i år, 44 kvinnor "
      "och 14 män. Alla har fått blommor och ett gratulationsbrev, och 49 ville också ha besök av "
      "kommunfullmäktiges ordförande. Regionens äldsta invånare bor i Höör och fyller 108 år den 9 december.",
      "Samrådsgruppen beslutar att även de invånare som fyller 105 år eller mer ska uppvaktas varje år.",
      "Samrådsgruppen ger Livsberättelseinsamlingsredaktionen i uppdrag att ställa ut berättelserna på "
      "biblioteken när boken är klar."]),
    ("§ 8", "Ställplatserna för husbilar",
     ["Husbilsställplatsanordningskonsortiet redovisade att 3 av 8 planerade ställplatser har öppnat: i "
      "hamnen i Trelleborg, vid Lomma hamn och vid Ringsjön i Höör. Under sommaren såldes 2 640 nätter, och "
      "en natt kostar 250 kronor. Två platser vid stranden i Vellinge är försenade, eftersom de ligger inom "
      "strandskyddat område och länsstyrelsen ännu inte har gett dispens från strandskyddet. "
      "Latrintömningsstationsskötarna har fem tömningsstationer för husbilarnas toaletter i drift.",
      "Samrådsgruppen beslutar att husbilar inte får parkeras över natten på de kommunala parkeringarna i "
      "stadskärnorna från den 1 maj 2308."]),
    ("§ 9", "Övriga frågor och nästa sammanträde",
     ["Svedala frågade om kommunen kan ansluta sig till hittehundsstallet från 2308. Frågan bereds till nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 27 januari 2308 i Lomma."]),
]
MINUTES_ADJUSTER = "Lena Sjöberg (Höör)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje år springer hundratals hundar bort från sina ägare, och innan de kan komma hem måste någon ta hand om dem. Övergivna bilar och bilvrak blir stående i månader på gator och parkeringar, där de tar upp platser och läcker olja. Efter varje vinter är gatorna och cykelvägarna fulla av potthål som skadar cyklar och bilar. Höga häckar vid korsningarna skymmer sikten för bilförare och cyklister, och varje sensommar bygger getingarna bon vid förskolornas lekplatser. Allt fler invånare fyller 100 år, och allt fler turister reser med husbil men hittar ingen ordnad plats att övernatta på.

## Inriktning

Kommunerna vill att en hund som har sprungit bort snabbt ska komma hem igen och att gatorna ska vara fria från bilvrak. Gator och cykelvägar ska vara hela, sikten vid korsningarna fri och förskolegårdarna trygga för barnen. Varje invånare som fyller 100 år ska uppmärksammas, och husbilsturisterna ska välkomnas till ordnade platser i stället för att parkera i stadskärnorna.

## Mål till 2310

Minst 95 procent av de upphittade hundarna ska återförenas med sin ägare. Inget övergivet fordon ska stå kvar på en kommunal gata längre än tre veckor. Potthål som är djupare än fem centimeter på en cykelväg ska lagas inom två arbetsdagar. Det ska finnas 12 ställplatser för husbilar i regionen, och alla förskolegårdar ska ses över för getingbon under sommaren.

## Organisation och ansvar

Samrådsgruppen för gatumiljö och invånarservice leder arbetet och lämnar en rapport till kommundirektörerna varje halvår. Veterinärjourssamordningsrådet håller kontakten med veterinärerna, polisen och djurskyddsföreningarna i frågor om upphittade hundar. Vårvinterpotthålslagningskolonnen samordnar beläggningsarbetet med kommunernas gatuavdelningar, och Husbilsställplatsanordningskonsortiet samarbetar med turistbyråerna om marknadsföringen av ställplatserna.

## Finansiering

Den gemensamma budgeten är 18,2 miljoner kronor för perioden 2307–2310, varav 6,4 miljoner kronor går till lagningen av potthål. Kommunerna betalar 6,30 kronor per invånare och år. Hittehundsstallet får dessutom 300 000 kronor per år från en djurskyddsstiftelse, och ställplatserna för husbilar ska bära sina egna kostnader genom avgifterna.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2307 till den 31 december 2310. Samrådsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2309.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje insats vilket sakområde den hör till, vem som är huvudman, "
             "tidsperioden, vilka kommuner som berörs och status per den 31 oktober 2307.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma aktiviteter inom gatumiljö och invånarservice under "
              "2307, ordnade efter område. För varje aktivitet anges innehållet, vem som ansvarar, vilka "
              "kommuner som medverkar, löptiden och utfallet hittills vid uppföljningen den 15 november 2307.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettiotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
