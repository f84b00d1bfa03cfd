"""Regenerate the fictional documents of the fifty-third held-out set in benchmarks/data/heldout53/docs/.

    .venv/bin/python scripts/make_heldout53.py [--out benchmarks/data/heldout53/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout53 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (disused railway embankments turned into paths for walkers and cyclists
with a stone-dust surface, and old station signs and kilometre posts restored with rest places at the former
stations, reeds and water lilies cut by a harvesting boat at bathing places and jetties in the lakes, and the
cut reeds pressed into bales for farmers, gas-fired bird scarers banging on fields near homes, with rules on
hours and distances and a web map of where they stand, oil booms in the harbours laid out round an oil spill
and exercises with the harbour staff, and volunteers trained to wash oiled seabirds, heated paving in
pedestrian streets, steps and ramps switched on only in frost, and heated ramps at the health centres,
umbrellas to borrow free of charge at libraries, stations and town halls and left at any of the places, and
umbrella stands sponsored by local shops, bicycle gutters in the stairs at stations and footbridges, and
ramps for prams and wheelchairs beside stairs without a lift) are not covered by the other sets, and the
group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout53" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2328.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2328 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-gator-strander-landsbygd-2328.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för gator, stränder och landsbygd 2328 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-gator-strander-landsbygd-2328-11-06.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för gator, stränder och landsbygd 2328-11-06 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-gator-strander-landsbygd-2328-2331.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för gator, stränder och landsbygd 2328–2331 (fiktiv)"

# Activity plan 2328 (PDF): the question the municipalities work on together ("Samverkansfråga") comes first,
# then what the effort is in substance ("Insatsen i sak"), the group behind it ("Står för") in a column just
# wide enough for its short heading, so the long group names break inside the word over several lines, the
# time span ("Tidsomfång"), the municipalities behind it ("Kommuner som står bakom") and what was checked on
# 31 October ("Kontrollerat 31 oktober").
PLAN_PDF_COLUMNS = ("Samverkansfråga", "Insatsen i sak", "Står för", "Tidsomfång", "Kommuner som står bakom",
                    "Kontrollerat 31 oktober")
PLAN_PDF_WIDTHS = (34, 47, 17, 29, 26, 27)  # mm, 180 in all; 17 mm keeps "Står för" whole
PLAN_PDF = [
    ("Cykelvägar på landsbygden",
     "Nedlagda järnvägsbanvallar görs om till leder för gående och cyklister, med ett slitlager av stenmjöl "
     "och bommar mot biltrafik", "Banvallscykelledsomvandlingsgruppen", "April 2328–oktober 2329",
     "Höör, Eslöv, Skurup, Svedala", "Pågår, 23 av 61 kilometer klara"),
    ("Sjöar och vattendrag",
     "Klippning av vass och näckrosor med en skördebåt vid badplatser, bryggor och kanotrännor i sjöarna",
     "Vattenväxtslåtterbåtsbesättningen", "Juli–september 2328", "Höör, Eslöv, Svedala, Staffanstorp",
     "Klart, 48 hektar klippt i 9 sjöar"),
    ("Lantbruk och grannar",
     "Regler och tillsyn för gasdrivna fågelskrämmor som smäller på åkrarna nära bostäder",
     "Åkerfågelskrämmebullerrådet", "Mars–juni och augusti–oktober 2328",
     "Trelleborg, Vellinge, Skurup, Svedala, Staffanstorp", "Pågår, 37 klagomål utredda"),
    ("Kust och beredskap",
     "Oljelänsor i hamnarna som kan läggas ut runt ett oljeutsläpp inom en timme, och övningar med "
     "hamnpersonalen", "Oljeskyddslänsutläggningsstyrkan", "Hela 2328",
     "Malmö, Trelleborg, Vellinge, Lomma, Kävlinge", "Klart, länsor i 11 hamnar och 4 övningar hållna"),
    ("Gator och torg",
     "Markvärme i gågator, trappor och ramper vid stadshusen, som bara slås på när det är kallare än plus två "
     "grader", "Gågatumarkvärmedriftgruppen", "Oktober 2328–mars 2329", "Malmö, Lund, Trelleborg, Eslöv",
     "Pågår, 14 800 kvadratmeter uppvärmda"),
    ("Service till invånarna",
     "Paraplyer att låna gratis på bibliotek, stationer och i stadshusens entréer, som kan lämnas tillbaka på "
     "vilken av platserna som helst", "Lånparaplyåterställningspatrullen", "Hela 2328",
     "Lund, Lomma, Burlöv, Kävlinge, Staffanstorp", "Pågår, 3 900 paraplyer utlånade"),
    ("Tillgänglighet och cykling",
     "Cykelrännor i trapporna vid stationer och gångbroar, så att man kan leda cykeln uppför och nedför "
     "trappan", "Trappcykelrännemonteringslaget", "Maj 2328–april 2329", "Malmö, Lund, Burlöv, Kävlinge, Lomma",
     "Försenat, 19 av 54 trappor klara"),
]

# Activity plan (Word), by area: a heading per question, then each effort as bullet lines "Label: value":
# the core of the effort ("Kärnan i insatsen"), the group that drives it ("Drivs framåt av"), the
# municipalities in the effort ("Kommunerna i insatsen"), when it is done ("Tidsläge") and what was reported
# on 1 November ("Redovisat 1 november"). One group is a pair of municipalities, one a forum with a name of
# several words.
PLAN_DOCX_AREAS = [
    ("Cykelvägar på landsbygden", [[
        ("Kärnan i insatsen", "Gamla stationsskyltar och kilometerstolpar längs banvallslederna rustas upp, och "
                              "vid de tidigare stationerna byggs rastplatser med bord och cykelställ"),
        ("Drivs framåt av", "Stationsskyltsrestaureringsgillet"),
        ("Kommunerna i insatsen", "Höör, Eslöv"),
        ("Tidsläge", "Maj–september 2328"),
        ("Redovisat 1 november", "Klart, 12 rastplatser byggda och 31 kilometerstolpar uppsatta")]]),
    ("Sjöar och vattendrag", [[
        ("Kärnan i insatsen", "Den klippta vassen samlas upp, pressas till balar och lämnas till lantbrukare som "
                              "täckmaterial eller till biogasanläggningen"),
        ("Drivs framåt av", "Vassbalsomhändertagandekooperativet"),
        ("Kommunerna i insatsen", "Höör, Svedala"),
        ("Tidsläge", "Augusti–oktober 2328"),
        ("Redovisat 1 november", "Klart, 610 balar lämnade till lantbrukare")]]),
    ("Lantbruk och grannar", [[
        ("Kärnan i insatsen", "En karta på webben som visar var fågelskrämmorna står och vilket telefonnummer "
                              "grannarna kan ringa för att nå lantbrukaren"),
        ("Drivs framåt av", "Forumet för lugna morgnar på landsbygden"),
        ("Kommunerna i insatsen", "Trelleborg, Vellinge, Skurup"),
        ("Tidsläge", "Från april 2328"),
        ("Redovisat 1 november", "Pågår, 88 fågelskrämmor finns med på kartan")]]),
    ("Kust och beredskap", [[
        ("Kärnan i insatsen", "Frivilliga lär sig tvätta sjöfåglar som har fått olja i fjäderdräkten, på en "
                              "fågeltvättstation med varmvatten och diskmedel"),
        ("Drivs framåt av", "Oljeskadefågeltvättvolontärerna"),
        ("Kommunerna i insatsen", "Malmö, Trelleborg, Vellinge"),
        ("Tidsläge", "Februari–maj 2328"),
        ("Redovisat 1 november", "Klart, 64 frivilliga utbildade")]]),
    ("Gator och torg", [[
        ("Kärnan i insatsen", "Markvärme i ramperna och vid entréerna till vårdcentralerna, så att den som går "
                              "med rollator inte halkar"),
        ("Drivs framåt av", "Trelleborg och Eslöv"),
        ("Kommunerna i insatsen", "Trelleborg, Eslöv"),
        ("Tidsläge", "November 2328–mars 2329"),
        ("Redovisat 1 november", "Ej påbörjat, upphandlingen av rörläggare pågår")]]),
    ("Service till invånarna", [[
        ("Kärnan i insatsen", "Paraplyställ med reklam för lokala butiker, som i gengäld betalar nya paraplyer "
                              "när de gamla har gått sönder eller försvunnit"),
        ("Drivs framåt av", "Paraplystativsponsorsamordnarna"),
        ("Kommunerna i insatsen", "Lund, Kävlinge, Staffanstorp"),
        ("Tidsläge", "Mars–december 2328"),
        ("Redovisat 1 november", "Pågår, 26 butiker har skrivit avtal")]]),
    ("Tillgänglighet och cykling", [[
        ("Kärnan i insatsen", "Ramper för barnvagnar och rullstolar bredvid trapporna där det inte finns hiss, "
                              "och skyltar som visar vägen till närmaste hiss"),
        ("Drivs framåt av", "Barnvagnsrampsinventeringsgruppen"),
        ("Kommunerna i insatsen", "Malmö, Burlöv, Lomma"),
        ("Tidsläge", "Augusti 2328–juni 2329"),
        ("Redovisat 1 november", "Pågår, 7 ramper byggda och 40 skyltar uppsatta")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2328-11-06, kl. 9.00–12.10",
                  "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för gator, stränder och landsbygd, med representanter för elva av "
                  "de tolv medlemskommunerna",
                  "Ordförande: Ingrid Holmqvist (Lomma)",
                  "Sekreterare: Petter Nyström (Skurup)")
MINUTES_ITEMS = [
    ("§ 1", "Banvallslederna",
     ["Banvallscykelledsomvandlingsgruppen redovisade att 23 av 61 kilometer banvall nu har fått ett slitlager "
      "av stenmjöl. Den längsta sammanhängande sträckan, mellan Höör och Eslöv, är 14 kilometer lång och "
      "öppnades den 6 september. Mopeder och motorcyklar har kört på leden trots bommarna, och två cyklister "
      "har skadats när de körde på en bom i mörker.",
      "Samrådsgruppen beslutar att bommarna ska ersättas med grindar av en typ som bara släpper igenom "
      "cyklar, barnvagnar och rullstolar.",
      "Samrådsgruppen ger Banvallscykelledsomvandlingsgruppen i uppdrag att ta fram en karta över hela leden "
      "och trycka den i 20 000 exemplar senast den 1 april 2329."]),
    ("§ 2", "Vassklippningen i sjöarna",
     ["Vattenväxtslåtterbåtsbesättningen redovisade att 48 hektar vass och näckrosor har klippts i 9 sjöar. "
      "Skördebåten kan bara arbeta där vattnet är djupare än 40 centimeter, så vassen närmast stranden har "
      "klippts för hand. Vid badplatsen i Sätofta klipptes vassen två gånger eftersom den växte tillbaka.",
      "Samrådsgruppen beslutar att klippningen inte får börja före den 15 juli, så att fåglarna som häckar i "
      "vassen hinner bli klara med häckningen.",
      "Vassbalsomhändertagandekooperativet får i uppdrag att undersöka om vassen kan användas till vasstak på "
      "väderskydd och lekstugor, och redovisa vid sammanträdet i mars 2329."]),
    ("§ 3", "Fågelskrämmorna på åkrarna",
     ["Åkerfågelskrämmebullerrådet redovisade att 37 klagomål på gasdrivna fågelskrämmor har utretts, flest i "
      "Vellinge. I flera fall smällde skrämmorna var tredje minut från klockan fyra på morgonen, och en skrämma "
      "stod bara 90 meter från ett bostadshus.",
      "Samrådsgruppen beslutar att fågelskrämmor inte får smälla före kl. 7 eller efter kl. 20, och att de "
      "ska stå minst 400 meter från närmaste bostad.",
      "Forumet för lugna morgnar på landsbygden ansvarar för att informera lantbrukarna om de nya reglerna före "
      "säsongen 2329."]),
    ("§ 4", "Oljeskyddet i hamnarna",
     ["Oljeskyddslänsutläggningsstyrkan redovisade att det nu finns oljelänsor i 11 hamnar och att fyra "
      "övningar har hållits. Vid övningen i Trelleborgs hamn i september låg länsan ute efter 42 minuter. En "
      "läns är 200 meter lång och kostar 310 000 kronor. Under våren har 64 frivilliga utbildats i att tvätta "
      "sjöfåglar som har fått olja på sig.",
      "Samrådsgruppen beslutar att en gemensam övning med räddningstjänsten ska hållas varje vår.",
      "Samrådsgruppen ger Oljeskadefågeltvättvolontärerna i uppdrag att hitta en lokal för "
      "fågeltvättstationen i Vellinge senast den 31 januari 2329."]),
    ("§ 5", "Markvärmen i gågatorna",
     ["Gågatumarkvärmedriftgruppen redovisade att 14 800 kvadratmeter gågator, trappor och ramper nu har "
      "markvärme. Värmen tas från fjärrvärmens returvatten, som annars skulle gå tillbaka till värmeverket "
      "utan att användas. Sandningen och saltningen i gågatorna har i stort sett upphört.",
      "Samrådsgruppen beslutar att markvärmen ska vara helt avstängd mellan den 1 april och den 31 oktober."]),
    ("§ 6", "Lånparaplyerna",
     ["Lånparaplyåterställningspatrullen redovisade att 3 900 paraplyer har lånats ut sedan januari. Ungefär "
      "vart tredje paraply har inte kommit tillbaka. Patrullen hämtar varje måndag paraplyer där många har "
      "lämnats tillbaka och kör dem till de platser där de har tagit slut.",
      "Samrådsgruppen beslutar att paraplyerna från 2329 också ska gå att låna på simhallarna.",
      "Samrådsgruppen ger Paraplystativsponsorsamordnarna i uppdrag att hitta butiker som vill sponsra "
      "ställen på simhallarna."]),
    ("§ 7", "Cykelrännorna i trapporna",
     ["Trappcykelrännemonteringslaget redovisade att 19 av 54 trappor har fått cykelrännor. Arbetet är "
      "försenat eftersom rännorna till trappor av natursten måste specialbeställas. Rännan läggs en bit från "
      "väggen så att pedalen inte slår i.",
      "Samrådsgruppen beslutar att trappor som är bredare än 3 meter ska ha cykelrännor på båda sidor.",
      "Barnvagnsrampsinventeringsgruppen får i uppdrag att göra en lista över alla trappor vid stationerna som "
      "saknar både hiss och ramp, senast den 15 februari 2329."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Staffanstorp frågade om kommunen kan få låna skördebåten för att klippa vass i dammarna i parkerna. "
      "Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 11 december 2328 i Svedala."]),
]
MINUTES_ADJUSTER = "Sara Lindgren (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

När järnvägarna på landsbygden lades ned blev banvallarna kvar, men de flesta har vuxit igen och går inte att cykla på. Vass och näckrosor breder ut sig i sjöarna, så att det blir svårt att bada och att ta sig ut med båt och kanot. Boende nära åkrarna störs av fågelskrämmor som smäller tidigt på morgonen. Ett oljeutsläpp i en hamn kan på några timmar sprida sig till badstränderna och skada tusentals sjöfåglar. Isiga gågator och trappor gör att äldre stannar hemma på vintern. Många invånare blir överraskade av regnet på väg till bussen, och trapporna vid stationerna är svåra att ta sig uppför med cykel eller barnvagn.

## Syfte

Samarbetet ska ge invånarna fler och säkrare vägar att gå och cykla på, göra sjöarna tillgängliga för bad och båtliv och minska bullret från fågelskrämmorna. Kommunerna ska vara förberedda om olja kommer in i hamnarna, gågatorna ska vara fria från is, och det ska vara enkelt att ta sig fram med cykel och barnvagn vid stationerna.

## Mål till 2331

Alla 61 kilometer banvall ska gå att cykla på. Det ska finnas oljelänsor i alla 16 hamnar. Cykelrännor ska finnas i alla 54 trappor, och minst 8 000 paraplyer ska lånas ut varje år. Antalet klagomål på fågelskrämmor ska halveras.

## Organisation

Samrådsgruppen för gator, stränder och landsbygd leder arbetet och rapporterar till kommundirektörerna två gånger per år. Grannsamtalsgruppen för lantbruk och boende ordnar möten mellan lantbrukare och boende om fågelskrämmorna. Oljeskyddslänsutläggningsstyrkan samarbetar med räddningstjänsterna om övningarna, och Vattenväxtslåtterbåtsbesättningen stämmer av med länsstyrelsen innan det klipps vass i naturreservat.

## Budget

Den gemensamma budgeten är 27,5 miljoner kronor för 2328–2331, varav 9,8 miljoner kronor går till banvallslederna. Kommunerna betalar 7,15 kronor per invånare och år. Oljeskyddet får dessutom 1,2 miljoner kronor i statligt bidrag för beredskap längs kusten.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2328 till den 31 december 2331. Samrådsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2330.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje samverkansfråga vad insatsen går ut på, vilken grupp som står för "
             "den, hur lång tid den omfattar, vilka kommuner som står bakom den och vad som kontrollerades den 31 "
             "oktober 2328.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för gator, stränder och landsbygd under 2328 och "
              "början av 2329, ordnade efter fråga. För varje insats anges vad den går ut på, vem som driver den "
              "framåt, vilka kommuner som är med, när den genomförs och vad som redovisades den 1 november 2328.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtiotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
