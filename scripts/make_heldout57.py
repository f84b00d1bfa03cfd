"""Regenerate the fictional documents of the fifty-seventh held-out set in benchmarks/data/heldout57/docs/.

    .venv/bin/python scripts/make_heldout57.py [--out benchmarks/data/heldout57/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout57 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (graduation truck parades through the town centres, with permits, a
fixed route, railings on the truck beds and stewards along the route, food trucks given fixed places in the
parks and on the squares through a lottery, and power posts at the places so that the generators can be
switched off, lifebuoy cabinets on quays and at stormwater ponds checked every week because the buoys are
stolen or thrown in the water, and fences and rescue ladders at the ponds, PFAS in the soil and groundwater
at old fire-training grounds where firefighting foam was used, and fluorine-free foam in the fire engines,
pupils' toilets at the schools cleaned again after lunch, with a pupil survey and pupil toilet hosts,
bouldering blocks for climbing in the parks with fall-protection gravel, and beginners' courses in climbing
at the youth centres, smell of hydrogen sulphide from the sewer wells in the town centres, with carbon
filters in the wells, sensors and a web form for reporting the smell) are not covered by the other sets,
and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout57" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2332.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2332 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gaturum-trygg-vardag-2332.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för gaturum och trygg vardag 2332 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-arbetsutskottet-gaturum-trygg-vardag-2332-11-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Arbetsutskottet för gaturum och trygg vardag 2332-11-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-gaturum-trygg-vardag-2332-2334.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för gaturum och trygg vardag 2332–2334 (fiktiv)"

# Activity plan 2332 (PDF): the area of responsibility ("Ansvarsområde") comes first, then the planned
# steps ("Planerade moment"), the group the work rests with ("Ligger på") in a column just wide enough for
# its short heading, so the long group names break inside the word over several lines, the timing
# ("Tidsläggning"), the municipalities taking part ("Kommuner som är delaktiga") and the picture of the
# state on 31 October ("Nulägesbild 31 oktober").
PLAN_PDF_COLUMNS = ("Ansvarsområde", "Planerade moment", "Ligger på", "Tidsläggning", "Kommuner som är delaktiga",
                    "Nulägesbild 31 oktober")
PLAN_PDF_WIDTHS = (31, 48, 17, 27, 29, 28)  # mm, 180 in all; 17 mm keeps "Ligger på" whole
PLAN_PDF = [
    ("Evenemang och firanden",
     "Tillstånd för studentflak som kör genom centrum på utspringsdagen, med en fast rutt, räcken på flaken "
     "och högst 25 studenter per flak", "Studentflaksparadtillståndsgruppen", "April–juni 2332",
     "Lund, Eslöv, Trelleborg, Kävlinge, Höör", "Klart, 148 flak fick tillstånd"),
    ("Handel i det offentliga rummet",
     "Fasta platser för matbilar i parkerna och på torgen, som fördelas genom lottning varje vår",
     "Matbilsplatsfördelningsrådet", "Mars 2332–februari 2333", "Malmö, Lund, Lomma, Staffanstorp",
     "Pågår, 31 av 40 platser lottade"),
    ("Säkerhet vid vatten",
     "Livbojsskåp på kajerna och vid dagvattendammarna som kontrolleras varje vecka, eftersom bojarna stjäls "
     "eller kastas i vattnet", "Livbojsskåpstillsynsvandrarna", "Hela 2332",
     "Malmö, Trelleborg, Vellinge, Lomma, Burlöv", "Pågår, 212 skåp kontrollerade"),
    ("Mark och grundvatten",
     "Provtagning av jord och grundvatten vid gamla brandövningsplatser där släckskum med PFAS har använts",
     "Brandövningsfältsprovtagningsteamet", "Hela 2332 och 2333",
     "Svedala, Skurup, Eslöv, Kävlinge, Höör", "Pågår, 7 av 16 platser provtagna"),
    ("Skolans lokaler",
     "Extra städning av elevtoaletterna direkt efter lunch, nya lås som går att öppna utifrån och tvål och "
     "papper som fylls på två gånger om dagen", "Skoltoalettstandardförbättringsgruppen",
     "Augusti 2332–juni 2333", "Vellinge, Lomma, Kävlinge, Svedala, Staffanstorp, Burlöv",
     "Pågår, 64 av 118 skolor klara"),
    ("Lek och rörelse",
     "Klätterblock av betong i parkerna, där man klättrar utan rep på låg höjd, med fallskyddsgrus runt "
     "blocken", "Parkklätterblocksanläggarna", "Maj–oktober 2332", "Lund, Malmö, Trelleborg, Höör",
     "Försenat, 5 av 12 block klara"),
    ("Gatumiljö",
     "Kolfilter i avloppsbrunnarna i centrum där det luktar ruttna ägg, som byts två gånger per år",
     "Avloppsbrunnsluktbekämpningslaget", "Hela 2332", "Malmö, Lund, Eslöv, Skurup",
     "Pågår, filter i 86 brunnar"),
]

# Activity plan (Word), by area: a heading per field of work, then each effort as bullet lines
# "Label: value": what the effort aims at ("Insatsens inriktning"), the group carrying the responsibility
# ("Grupp som bär ansvaret"), the places it concerns ("Gäller orterna"), when it takes place ("Sker under")
# and the state reported on 8 November ("Avrapporterat läge 8 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_AREAS = [
    ("Evenemang och firanden", [[
        ("Insatsens inriktning", "Funktionärer i gula västar längs flakrutten genom centrum och en gemensam "
                                 "samlingsplats på torget där flaken tömmer och studenterna möter sina familjer"),
        ("Grupp som bär ansvaret", "Nätverket för trygga studentfiranden"),
        ("Gäller orterna", "Lund, Eslöv, Trelleborg"),
        ("Sker under", "Maj–juni 2332"),
        ("Avrapporterat läge 8 november", "Klart, 190 funktionärer var på plats")]]),
    ("Handel i det offentliga rummet", [[
        ("Insatsens inriktning", "Elstolpar på matbilsplatserna, så att matbilarna kan stänga av sina "
                                 "dieselaggregat som bullrar och luktar"),
        ("Grupp som bär ansvaret", "Matbilselanslutningsmontörerna"),
        ("Gäller orterna", "Malmö, Lund"),
        ("Sker under", "Juni–november 2332"),
        ("Avrapporterat läge 8 november", "Pågår, 18 elstolpar installerade")]]),
    ("Säkerhet vid vatten", [[
        ("Insatsens inriktning", "Staket och räddningsstegar vid dagvattendammarna i bostadsområden där små "
                                 "barn leker, så att den som ramlar i kan ta sig upp"),
        ("Grupp som bär ansvaret", "Dagvattendammsäkringsgruppen"),
        ("Gäller orterna", "Burlöv, Lomma, Vellinge"),
        ("Sker under", "April–september 2332"),
        ("Avrapporterat läge 8 november", "Klart, 27 dammar har fått staket och stegar")]]),
    ("Mark och grundvatten", [[
        ("Insatsens inriktning", "Byte till fluorfritt släckskum i räddningstjänstens bilar och på "
                                 "brandstationerna, och destruktion av det gamla skummet"),
        ("Grupp som bär ansvaret", "Kävlinge och Eslöv"),
        ("Gäller orterna", "Kävlinge, Eslöv, Höör"),
        ("Sker under", "Januari–juni 2332"),
        ("Avrapporterat läge 8 november", "Klart, 9 400 liter gammalt skum har destruerats")]]),
    ("Skolans lokaler", [[
        ("Insatsens inriktning", "Elever i årskurs 6–9 som toalettvärdar, och en enkät där eleverna svarar på "
                                 "om de vågar och vill gå på skolans toaletter"),
        ("Grupp som bär ansvaret", "Elevtoalettvärdsamordnarna"),
        ("Gäller orterna", "Vellinge, Kävlinge, Staffanstorp"),
        ("Sker under", "September 2332–maj 2333"),
        ("Avrapporterat läge 8 november", "Pågår, 2 300 elever har svarat på enkäten")]]),
    ("Lek och rörelse", [[
        ("Insatsens inriktning", "Nybörjarkurser i klättring på fritidsgårdarna för ungdomar mellan 12 och 17 "
                                 "år, med lånade klätterskor"),
        ("Grupp som bär ansvaret", "Ungdomsklätterkursledarna"),
        ("Gäller orterna", "Lund, Trelleborg"),
        ("Sker under", "Oktober 2332–april 2333"),
        ("Avrapporterat läge 8 november", "Ej påbörjat, kursledarna går en instruktörsutbildning i november")]]),
    ("Gatumiljö", [[
        ("Insatsens inriktning", "Givare som mäter svavelväte i de brunnar där det luktar värst, och ett formulär "
                                 "på webben där invånarna kan anmäla lukt från avloppet"),
        ("Grupp som bär ansvaret", "Svavelvätemätningsbevakningen"),
        ("Gäller orterna", "Malmö, Lund, Eslöv, Skurup"),
        ("Sker under", "Från mars 2332"),
        ("Avrapporterat läge 8 november", "Klart, 430 anmälningar om lukt har kommit in")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2332-11-18, kl. 9.00–12.10",
                  "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Arbetsutskottet för gaturum och trygg vardag, med representanter för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Helena Bergkvist (Trelleborg)",
                  "Sekreterare: Mattias Olin (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Studentflaken",
     ["Studentflaksparadtillståndsgruppen redovisade att 148 studentflak fick tillstånd i våras. Inget flak "
      "fick köra fortare än 20 kilometer i timmen genom centrum. Polisen stoppade sex flak som saknade räcken, "
      "och en student i Kävlinge skadade handleden när hon hoppade av ett flak som fortfarande rullade.",
      "Arbetsutskottet beslutar att studenterna från 2333 ska kliva av flaken endast på den gemensamma "
      "samlingsplatsen på torget.",
      "Arbetsutskottet ger Studentflaksparadtillståndsgruppen i uppdrag att ta fram en gemensam "
      "ansökningsblankett för flaktillstånd senast den 15 februari 2333."]),
    ("§ 2", "Matbilarna",
     ["Matbilsplatsfördelningsrådet redovisade att 31 av 40 platser har lottats ut. Det kom in 112 ansökningar "
      "från matbilar. En plats kostar 4 500 kronor per säsong. Grannar vid Stadsparken i Lund har klagat på "
      "bullret från dieselaggregaten på kvällarna.",
      "Arbetsutskottet beslutar att matbilarna ska stänga senast kl. 23 på platser som ligger närmare än 50 "
      "meter från bostäder.",
      "Matbilselanslutningsmontörerna får i uppdrag att sätta upp elstolpar även på torget i Lomma under våren "
      "2333."]),
    ("§ 3", "Livbojarna",
     ["Livbojsskåpstillsynsvandrarna redovisade att 212 livbojsskåp har kontrollerats varje vecka sedan januari. "
      "I 41 skåp saknades bojen vid minst ett tillfälle, oftast efter helger. Vid två tillfällen under sommaren "
      "användes en livboj vid kajen i Trelleborg för att rädda en person som hade fallit i vattnet.",
      "Arbetsutskottet beslutar att varje livbojsskåp ska ha en skylt med telefonnummer dit man ringer när "
      "bojen saknas.",
      "Dagvattendammsäkringsgruppen ansvarar för att också dammarna i nya bostadsområden får staket innan de "
      "första hyresgästerna flyttar in."]),
    ("§ 4", "PFAS vid brandövningsplatserna",
     ["Brandövningsfältsprovtagningsteamet redovisade att 7 av 16 gamla brandövningsplatser har provtagits. Vid "
      "brandövningsplatsen i Svedala var halten av PFAS i grundvattnet 40 gånger högre än riktvärdet. Ingen "
      "dricksvattenbrunn ligger närmare än 800 meter från platsen.",
      "Arbetsutskottet beslutar att de fastighetsägare som har egen brunn inom två kilometer från en förorenad "
      "brandövningsplats ska erbjudas gratis provtagning av sitt brunnsvatten.",
      "Arbetsutskottet ger Brandövningsfältsprovtagningsteamet i uppdrag att provta de resterande nio platserna "
      "senast i december 2333."]),
    ("§ 5", "Elevtoaletterna",
     ["Skoltoalettstandardförbättringsgruppen redovisade att 64 av 118 skolor nu har extra städning av "
      "elevtoaletterna efter lunch. I enkäten svarade 46 procent av eleverna att de undviker att gå på toaletten "
      "under skoldagen, oftast för att den är smutsig eller för att låset inte fungerar.",
      "Arbetsutskottet beslutar att varje skola ska ha minst en toalett per 15 elever.",
      "Elevtoalettvärdsamordnarna ansvarar för att resultatet av enkäten redovisas för elevråden på varje skola "
      "före jullovet."]),
    ("§ 6", "Klätterblocken i parkerna",
     ["Parkklätterblocksanläggarna redovisade att 5 av 12 klätterblock är klara. Arbetet är försenat eftersom "
      "leverantören av betongblocken gick i konkurs i juni. Ett block kostar 260 000 kronor inklusive "
      "fallskyddsgruset. Blocken är högst 2,5 meter höga, så att ingen säkring behövs.",
      "Arbetsutskottet beslutar att de återstående blocken ska upphandlas på nytt.",
      "Ungdomsklätterkursledarna får i uppdrag att starta den första nybörjarkursen i Lund i januari 2333."]),
    ("§ 7", "Lukt från avloppsbrunnarna",
     ["Avloppsbrunnsluktbekämpningslaget redovisade att det nu sitter kolfilter i 86 brunnar. Lukten kommer "
      "från svavelväte som bildas när avloppsvattnet står stilla länge i ledningarna under varma dagar. Efter "
      "att filtren sattes in minskade anmälningarna om lukt i Malmö med 70 procent.",
      "Arbetsutskottet beslutar att kolfilter ska sättas in i alla brunnar inom 100 meter från en "
      "uteservering."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Burlöv frågade om kommunen kan få vara med i arbetet med klätterblocken från 2333. Frågan tas upp vid "
      "nästa sammanträde.",
      "Nästa sammanträde hålls den 20 januari 2333 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Petra Axelsson (Svedala)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Varje vår kör studentflaken genom centrum, och varje år skadas någon som trillar av ett flak. Matbilarna har blivit fler i parkerna, men ingen vet var de får stå, och deras aggregat stör grannarna. Livbojarna på kajerna försvinner, och vid många dagvattendammar finns varken staket eller stegar. På de gamla brandövningsplatserna har släckskum med PFAS runnit ner i marken i flera decennier. Många elever håller sig hela skoldagen för att de inte vill gå på skolans toaletter. Ungdomar saknar platser där de kan röra sig utomhus utan att boka en tid, och i centrum luktar det ruttna ägg från avloppsbrunnarna under varma sommardagar.

## Vad vi vill åstadkomma

Samarbetet ska göra firanden och handel i stadsmiljön tryggare och mer ordnade, minska risken att någon drunknar i hamnarna och dammarna, och se till att PFAS från brandövningsplatserna inte når dricksvattnet. Eleverna ska kunna gå på toaletten i skolan utan att tveka, ungdomarna ska få fler spontana platser för rörelse, och invånarna ska slippa lukten från avloppet.

## Mål till 2334

Alla 16 gamla brandövningsplatser ska vara provtagna. Alla 12 klätterblock ska vara byggda. Minst 80 procent av eleverna ska svara att de kan gå på skolans toaletter utan problem. Inget livbojsskåp ska stå tomt längre än ett dygn, och alla matbilsplatser ska ha en elstolpe.

## Ansvar och organisation

Arbetsutskottet för gaturum och trygg vardag leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Dricksvattenskyddsrådslaget ger råd om provtagningen vid brandövningsplatserna och om de privata brunnarna. Skoltoalettstandardförbättringsgruppen samarbetar med skolornas lokalvårdare om städningen, och Avloppsbrunnsluktbekämpningslaget ansvarar för kontakten med VA-huvudmännen om ledningarna där vattnet står stilla.

## Ekonomi

Den gemensamma budgeten är 22,7 miljoner kronor för 2332–2334, varav 8,3 miljoner kronor går till provtagningen och saneringen vid brandövningsplatserna. Kommunerna betalar 7,10 kronor per invånare och år. Klätterblocken får dessutom 1,2 miljoner kronor i bidrag från en idrottsfond.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2332 till den 31 december 2334. Arbetsutskottet lämnar en lägesrapport varje år i december, och planen utvärderas våren 2334.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ansvarsområde vilka moment som planeras, vilken grupp arbetet "
             "ligger på, hur det är tidslagt, vilka kommuner som är delaktiga och nulägesbilden den 31 oktober "
             "2332.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för gaturum och trygg vardag under 2332 och "
              "början av 2333, ordnade efter ansvarsområde. För varje insats anges inriktningen, vilken grupp som "
              "bär ansvaret, vilka orter den gäller, när den sker och vilket läge som avrapporterades den 8 "
              "november 2332.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtiosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
