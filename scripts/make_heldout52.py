"""Regenerate the fictional documents of the fifty-second held-out set in benchmarks/data/heldout52/docs/.

    .venv/bin/python scripts/make_heldout52.py [--out benchmarks/data/heldout52/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout52 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (yellow fish painted with a stencil beside the storm drains as a reminder
that what is poured into them runs untreated into streams and the sea, and the gully pots emptied by a
suction truck every autumn, nesting platforms for white storks on tall poles in the villages and on the
farms, and ringing of the stork chicks with a web camera at one nest, floodlights on the outdoor sports
pitches switched on only when the pitch is booked, and shields on the floodlights nearest to homes,
permanent orienteering checkpoints with QR codes in parks and woods near the towns, and a summer challenge
for families with medals, old photographs from the local history archives scanned and put on a shared
website where residents help to name people and places, and photo evenings at the meeting places for older
people, a hand-pulled cable ferry for pedestrians and cyclists across the river in summer with a ferry host,
and new jetties at the landings, municipal beach huts rented out for a season through a web queue, and
the huts repainted in their original colours) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout52" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2327.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2327 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-friluftsliv-vatten-kulturmiljo-2327.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för friluftsliv, vatten och kulturmiljö 2327 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsgruppen-friluftsliv-vatten-kulturmiljo-2327-11-09.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samordningsgruppen för friluftsliv, vatten och kulturmiljö 2327-11-09 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-friluftsliv-vatten-kulturmiljo-2327-2330.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för friluftsliv, vatten och kulturmiljö 2327–2330 (fiktiv)"

# Activity plan 2327 (PDF): the field of cooperation ("Samarbetsfält") comes first, then what is to be carried
# out ("Det som ska genomföras"), the group doing it ("Utförs av") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, the period ("Under perioden"),
# the municipalities taking part ("Kommuner som är med") and what was achieved by 31 October ("Hittills
# uppnått (31 oktober)").
PLAN_PDF_COLUMNS = ("Samarbetsfält", "Det som ska genomföras", "Utförs av", "Under perioden",
                    "Kommuner som är med", "Hittills uppnått (31 oktober)")
PLAN_PDF_WIDTHS = (28, 52, 19, 25, 29, 27)  # mm, 180 in all; 19 mm keeps "Utförs av" whole
PLAN_PDF = [
    ("Vatten och avlopp",
     "Gula fiskar målas med schablon bredvid dagvattenbrunnarna på gator och torg, som en påminnelse om att "
     "det som hälls i brunnen rinner orenat ut i bäckar och hav", "Dagvattenbrunnsmärkningsbrigaden",
     "April–september 2327", "Malmö, Lund, Lomma, Burlöv, Trelleborg", "Klart, 2 460 fiskar målade"),
    ("Natur och artskydd",
     "Boplattformar för vit stork på höga stolpar i byarna och på gårdarna, där storkparen kan bygga bo utan "
     "att skada hustak och elledningar", "Storkboplattformsuppsättningsteamet", "Februari–april 2327",
     "Skurup, Svedala, Trelleborg, Vellinge", "Klart, 17 plattformar, 11 med häckande par"),
    ("Idrott och fritid",
     "Belysningen på kommunernas utomhusplaner tänds bara när planen är bokad i bokningssystemet och släcks "
     "automatiskt en kvart efter att bokningen har tagit slut", "Idrottsplatsbelysningsbokningsgruppen",
     "Januari 2327–mars 2328", "Eslöv, Höör, Kävlinge, Staffanstorp, Svedala",
     "Pågår, 34 av 61 planer anslutna"),
    ("Friluftsliv",
     "Fasta orienteringskontroller med QR-kod i parker och tätortsnära skogar, som vem som helst kan leta upp "
     "och registrera i mobilen", "Friluftskontrollpunktsutplaceringslaget", "Mars–oktober 2327",
     "Lund, Kävlinge, Höör, Eslöv, Staffanstorp, Burlöv", "Klart, 520 kontroller i 26 områden"),
    ("Kulturmiljö",
     "Digitalisering av gamla fotografier ur kommunernas lokalhistoriska arkiv, som läggs ut på en gemensam "
     "webbplats där invånarna kan hjälpa till att namnge personer och platser",
     "Lokalhistoriebildarkivsdigitaliseringsgruppen", "Hela 2327", "Lund, Eslöv, Höör, Trelleborg, Skurup",
     "Försenat, 8 300 av 20 000 bilder skannade"),
    ("Cykel och gångtrafik",
     "En linfärja för gående och cyklister över Kävlingeån, som dras för hand längs en vajer och är bemannad "
     "av en färjvärd varje dag under sommaren", "Cykelfärjeöverfartsbemanningen", "1 juni–31 augusti 2327",
     "Kävlinge, Lomma", "Klart, 14 900 överfarter"),
    ("Stränder och bad",
     "Uthyrning av kommunernas badhytter på stränderna till invånarna för en säsong i taget, via en gemensam "
     "kö på webben", "Badhyttsuthyrningsförvaltarna", "Hela 2327", "Lomma, Vellinge, Trelleborg, Malmö",
     "Pågår, 212 av 230 hytter uthyrda"),
]

# Activity plan (Word), by area: a heading per field of cooperation, then each effort as bullet lines
# "Label: value": what the plan covers ("Vad planen omfattar"), the group coordinating it ("Samordnas av"),
# the places taking part ("Medverkande orter"), when it runs ("Pågår under") and what was reported to the
# coordination group on 3 November ("Redovisat till samordningsgruppen 3 november"). One group is a pair of
# municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Vad planen omfattar", "Samordnas av", "Medverkande orter", "Pågår under",
                    "Redovisat till samordningsgruppen 3 november")
PLAN_DOCX_EFFORTS = [
    ("Vatten och avlopp",
     ("Tömning av rännstensbrunnarna med slamsugbil varje höst, så att löv och sand inte täpper till "
      "brunnarna inför vinterns regn", "Rännstensbrunnsslamsugningsskiftet", "Malmö, Burlöv, Trelleborg",
      "September–november 2327", "Pågår, 9 100 av 15 600 brunnar tömda")),
    ("Natur och artskydd",
     ("Ringmärkning av storkungarna i boet med hjälp av en skylift, och en webbkamera vid ett av boen som "
      "visar storkarna dygnet runt", "Storkungeringmärkningspatrullen", "Skurup, Vellinge", "Juni–juli 2327",
      "Klart, 29 ungar ringmärkta")),
    ("Idrott och fritid",
     ("Avskärmning av strålkastarna på de planer som ligger närmast bostäder, så att ljuset inte lyser in i "
      "sovrummen", "Nätverket för grannvänligt planljus", "Eslöv, Kävlinge, Staffanstorp",
      "Augusti–december 2327", "Pågår, skärmar monterade vid 9 planer")),
    ("Friluftsliv",
     ("Sommarutmaningen Hitta kontrollen, där familjer som letar upp minst 30 kontroller får en medalj och är "
      "med i en utlottning av presentkort i sportaffärer", "Lund och Kävlinge", "Lund, Kävlinge",
      "Juni–augusti 2327", "Klart, 3 870 deltagare och 1 120 medaljer")),
    ("Kulturmiljö",
     ("Bildkvällar på träffpunkterna för äldre, där de gamla fotografierna visas på storbild och deltagarna "
      "berättar vad de känner igen", "Bildvisningskvällsvärdarna", "Eslöv, Höör, Skurup",
      "Oktober 2327–april 2328", "Pågår, 6 bildkvällar hållna")),
    ("Cykel och gångtrafik",
     ("Nya bryggor och ramper vid båda färjelägena, så att man kan leda en cykel med cykelvagn ombord",
      "Färjelägesbryggunderhållsgruppen", "Kävlinge, Lomma", "Mars–maj 2327",
      "Klart, båda färjelägena har nya bryggor")),
    ("Stränder och bad",
     ("Ommålning av badhytterna i de ursprungliga färgerna, vitt med blå eller gröna dörrar, och byte av "
      "ruttna golvbrädor", "Badhyttsfasadmålningskooperativet", "Lomma, Vellinge", "Mars–maj 2327",
      "Försenat, 84 av 230 hytter ommålade")),
]
PLAN_DOCX_AREAS = [(area, [list(zip(PLAN_DOCX_LABELS, values, strict=True))])
                   for area, values in PLAN_DOCX_EFFORTS]

MINUTES_HEADER = ("Sammanträdesdatum: 2327-11-09, kl. 9.00–12.15",
                  "Plats: Kommunhuset i Svedala (fiktivt sammanträde)",
                  "Närvarande: Samordningsgruppen för friluftsliv, vatten och kulturmiljö, med representanter "
                  "för elva av de tolv medlemskommunerna",
                  "Ordförande: Helena Bergkvist (Lomma)",
                  "Sekreterare: Anders Holm (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Gula fiskar vid dagvattenbrunnarna",
     ["Dagvattenbrunnsmärkningsbrigaden redovisade att 2 460 gula fiskar har målats bredvid brunnarna sedan "
      "april. Barn från 14 skolklasser hjälpte till med målningen. På gator med mycket trafik nöts färgen bort "
      "efter ungefär två år.",
      "Samordningsgruppen beslutar att fiskarna vid brunnar nära skolor ska kompletteras med texten "
      "\"Bara regn i brunnen\".",
      "Samordningsgruppen ger Rännstensbrunnsslamsugningsskiftet i uppdrag att kartlägga vilka brunnar som "
      "oftast svämmar över vid kraftigt regn, senast den 15 mars 2328."]),
    ("§ 2", "Storkarna",
     ["Storkboplattformsuppsättningsteamet redovisade att 17 boplattformar har satts upp och att storkpar har "
      "häckat på elva av dem. Storkungeringmärkningspatrullen har ringmärkt 29 ungar. Webbkameran vid boet i "
      "Skurup hade 187 000 visningar under sommaren. En plattform i Svedala blåste ner i en storm i maj.",
      "Samordningsgruppen beslutar att plattformarna ska besiktigas varje vinter, innan storkarna kommer "
      "tillbaka i mars.",
      "Storkboplattformsuppsättningsteamet ansvarar för besiktningen."]),
    ("§ 3", "Belysningen på utomhusplanerna",
     ["Idrottsplatsbelysningsbokningsgruppen redovisade att 34 av 61 planer nu är anslutna till "
      "bokningssystemet. På de anslutna planerna har elförbrukningen för belysningen minskat med 41 procent. "
      "Flera föreningar har klagat på att ljuset släcks mitt i träningen när de drar över tiden.",
      "Samordningsgruppen beslutar att ljuset i stället ska släckas 30 minuter efter att bokningen har tagit "
      "slut.",
      "Samordningsgruppen ger Idrottsplatsbelysningsbokningsgruppen i uppdrag att ansluta de återstående 27 "
      "planerna senast den 31 mars 2328."]),
    ("§ 4", "Orienteringskontrollerna",
     ["Friluftskontrollpunktsutplaceringslaget redovisade att 520 kontroller har satts ut i 26 områden. "
      "Sommarutmaningen lockade 3 870 deltagare. 46 kontroller har försvunnit eller förstörts och har ersatts.",
      "Samordningsgruppen beslutar att kontrollerna ska sitta kvar året runt.",
      "Lund och Kävlinge får i uppdrag att ta fram en slinga med kontroller längs asfalterade gångvägar för "
      "rullstol och barnvagn till sommaren 2328."]),
    ("§ 5", "De gamla fotografierna",
     ["Lokalhistoriebildarkivsdigitaliseringsgruppen redovisade att 8 300 av 20 000 bilder har skannats. "
      "Arbetet är försenat eftersom skannern för glasplåtar har varit trasig i tio veckor. Invånarna har hittills "
      "namngett 2 150 personer på bilderna, många av dem under bildkvällarna.",
      "Samordningsgruppen beslutar att bilderna ska få laddas ner fritt för privat bruk.",
      "Samordningsgruppen ger Bildvisningskvällsvärdarna i uppdrag att hålla bildkvällar även i Trelleborg och "
      "Lund under våren 2328."]),
    ("§ 6", "Linfärjan över Kävlingeån",
     ["Cykelfärjeöverfartsbemanningen redovisade att linfärjan gjorde 14 900 överfarter under sommaren, flest "
      "på söndagarna i juli. Färjan var stängd i tre dagar i juli på grund av högt vattenstånd i ån.",
      "Samordningsgruppen beslutar att linfärjan från 2328 också ska gå på helgerna i maj och september.",
      "Cykelfärjeöverfartsbemanningen ansvarar för att rekrytera färjvärdar till de nya helgerna."]),
    ("§ 7", "Badhytterna",
     ["Badhyttsuthyrningsförvaltarna redovisade att 212 av 230 hytter är uthyrda och att 1 340 personer står i "
      "kön. Hyran är 2 900 kronor per säsong.",
      "Samordningsgruppen beslutar att ingen får hyra mer än en hytt och att hytten inte får hyras ut i andra "
      "hand.",
      "Samordningsgruppen ger Badhyttsfasadmålningskooperativet i uppdrag att måla klart de återstående "
      "hytterna före den 15 maj 2328."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Staffanstorp frågade om kommunen kan lägga ut sina gamla fotografier på den gemensamma webbplatsen. "
      "Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 14 december 2327 i Skurup."]),
]
MINUTES_ADJUSTER = "Sofia Nyberg (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Färg, olja och tvättvatten hälls i gatubrunnarna, och många tror att vattnet går till reningsverket. Den vita storken har kommit tillbaka till kommunernas byar, men bona på hustak och elstolpar orsakar skador och strömavbrott. Strålkastarna på idrottsplatserna lyser ofta över tomma planer sent på kvällen. Många invånare rör sig för lite ute i naturen nära hemmet. I arkiven ligger tiotusentals gamla fotografier som ingen har sett på länge, och de som kan berätta om dem blir allt färre. Gående och cyklister längs ån har långt till närmaste bro. Kön till kommunernas badhytter är lång, och många hytter är slitna.

## Vad vi vill uppnå

Samarbetet ska minska utsläppen till bäckar och hav, ge storkarna säkra boplatser och spara el på idrottsplatserna. Fler invånare ska röra sig i parker och skogar, och kommunernas bildhistoria ska bli tillgänglig för alla. Det ska vara lätt att ta sig över ån till fots och på cykel, och badhytterna ska fördelas rättvist och hållas i gott skick.

## Mål till 2330

Alla 61 utomhusplaner ska vara anslutna till bokningssystemet. Det ska finnas 40 boplattformar för storkar. Alla 20 000 bilder i arkiven ska vara skannade, och antalet orienteringskontroller ska öka till 800.

## Ansvar och samarbete

Samordningsgruppen för friluftsliv, vatten och kulturmiljö leder arbetet och rapporterar till kommundirektörerna två gånger per år. Fågelskyddsrådgivarkretsen ger råd om var boplattformarna ska stå. Lokalhistoriebildarkivsdigitaliseringsgruppen samarbetar med hembygdsföreningarna, som lånar ut sina bilder för skanning, och Cykelfärjeöverfartsbemanningen samarbetar med räddningstjänsten om säkerheten på linfärjan.

## Ekonomi

Den gemensamma budgeten är 14,7 miljoner kronor för 2327–2330, varav 4,3 miljoner kronor går till styrningen av belysningen på utomhusplanerna. Kommunerna betalar 5,20 kronor per invånare och år. Digitaliseringen av fotografierna får dessutom 0,6 miljoner kronor från en stiftelse för lokalhistoria.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2327 till den 31 december 2330. Samordningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas hösten 2329.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje samarbetsfält vad som ska genomföras, vilken grupp som utför "
             "det, under vilken period, vilka kommuner som är med och vad som hade uppnåtts den 31 oktober "
             "2327.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för friluftsliv, vatten och kulturmiljö under "
              "2327 och början av 2328, ordnade efter samarbetsfält. För varje satsning anges vad planen omfattar, "
              "vem som samordnar den, vilka orter som medverkar, när den pågår och vad som redovisades till "
              "samordningsgruppen den 3 november 2327.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtioandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
