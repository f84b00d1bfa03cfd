"""Regenerate the fictional documents of the sixty-ninth held-out set in benchmarks/data/heldout69/docs/.

    .venv/bin/python scripts/make_heldout69.py [--out benchmarks/data/heldout69/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout69 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (snorkelling trails at stony beaches with information plates anchored on
the sea bed along a buoyed swimming loop, and masks, snorkels and fins lent at the beach kiosks with snorkelling
courses for children, the concrete coastal bunkers from the war-time readiness years repaired and opened for
guided tours, with some bunkers kept closed in winter for hibernating bats, old milestones of stone and cast
iron along the former post roads found, straightened and put back in place with a regilded royal monogram, and
residents asked to report lost milestones for a shared map, a sand-sculpture competition on the beach for
teams from clubs, schools and workplaces, and sand-building workshops for children at the after-school centres,
flooded coastal wetlands restored as spawning grounds for pike ("pike factories"), with volunteers emptying a
trap where the ditch meets the sea and counting the young pike, weather stations on school roofs read by
pupils in year 6 every school day, with a shared weather map on the web and a weather day with a
meteorologist, a half marathon through three municipalities on closed roads, and beginners' running groups
led by volunteer coaches) are not covered by the other sets, and the group names are deliberately not on any
list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout69" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2344.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2344 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kustliv-motion-kulturminnen-2344.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kustliv, motion och kulturminnen 2344 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-kustliv-motion-kulturminnen-2344-10-20.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Beredningsgruppen för kustliv, motion och kulturminnen 2344-10-20 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-kustliv-motion-kulturminnen-2344.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kustliv, motion och kulturminnen 2344 (fiktiv)"

# Activity plan 2344 (PDF): the field ("Område") first, then the effort in summary ("Insatsen i
# sammandrag"), the group leading it ("Leds av") in a column only as wide as that short heading, so the long
# group names break inside the word over several lines, the period ("Period"), the municipalities
# concerned ("Berörda kommuner") and the status on 30 September ("Status per 30 september").
PLAN_PDF_COLUMNS = ("Område", "Insatsen i sammandrag", "Leds av", "Period", "Berörda kommuner",
                    "Status per 30 september")
PLAN_PDF_WIDTHS = (29, 54, 17, 26, 25, 29)  # mm, 180 in all; 17 mm keeps "Leds av" whole
PLAN_PDF = [
    ("Friluftsliv under ytan",
     "Snorkelleder vid steniga stränder, där skyltar förankrade på botten berättar om tång, fiskar och musslor "
     "längs en simslinga mellan gula bojar", "Snorkelledsanläggningsgruppen",
     "Maj–september 2344", "Trelleborg, Vellinge, Kävlinge, Lomma", "Klart, 5 leder med 46 undervattensskyltar"),
    ("Försvarshistoria vid kusten",
     "Betongvärnen från beredskapsåren längs kusten lagas, och utvalda värn öppnas för guidade visningar",
     "Beredskapsvärnsvisningsnätverket",
     "Mars–oktober 2344", "Trelleborg, Skurup, Vellinge, Malmö", "Pågår, 9 av 14 värn iståndsatta"),
    ("Vägarnas kulturarv",
     "Gamla milstolpar av sten och gjutjärn längs de forna postvägarna letas upp, rätas upp eller flyttas "
     "tillbaka till sin ursprungliga plats och får ny förgyllning på kungamonogrammet",
     "Milstolpsuppresningsgruppen", "April–november 2344", "Lund, Eslöv, Höör, Staffanstorp, Svedala",
     "Pågår, 23 milstolpar på plats igen"),
    ("Sommarevenemang på stranden",
     "En tävling i sandskulptur där lag från föreningar, skolor och arbetsplatser bygger skulpturer "
     "under sex timmar", "Sandskulpturtävlingskommittén", "Juni–augusti 2344",
     "Lomma, Vellinge, Trelleborg, Kävlinge", "Klart, 58 lag tävlade den 27 juli"),
    ("Fisk och våtmarker",
     "Översvämningsmarker längs kustnära diken och åar restaureras till så kallade gäddfabriker, där gäddan "
     "leker på våren och ynglen sedan simmar ut i havet", "Gäddlekvåtmarksarbetsgruppen",
     "Februari–juni 2344", "Kävlinge, Lomma, Vellinge, Trelleborg, Skurup",
     "Klart, 4 våtmarker och 112 000 gäddyngel räknade"),
    ("Naturvetenskap i skolan",
     "Väderstationer på skolornas tak, där elever i årskurs 6 läser av temperatur, nederbörd och vindhastighet "
     "varje skoldag och jämför sina värden med andra skolors", "Skolväderstationssamordningsgruppen",
     "Januari–december 2344", "Burlöv, Staffanstorp, Lund, Svedala, Eslöv", "Pågår, stationer på 31 skolor"),
    ("Motion och folkhälsa",
     "Ett gemensamt halvmaratonlopp genom tre kommuner på avstängda vägar, med start i Staffanstorp, "
     "vätskekontroller var femte kilometer och målgång på Arlövs torg", "Halvmaratonbanesamordningsgruppen",
     "Mars–september 2344", "Staffanstorp, Lund, Burlöv", "Klart, 3 140 löpare gick i mål den 7 september"),
]

# Activity plan (Word), by field: a heading per field, then each effort as bullet lines "Label: value": a
# description ("Beskrivning"), the group mainly responsible ("Huvudansvarig grupp"), the municipalities
# ("Kommuner"), the time frame ("Tidsram") and the position at the follow-up of 6 October ("Läge vid
# uppföljningen 6 oktober"). One group is a pair of municipalities, one a working committee with a name of
# several words.
PLAN_DOCX_AREAS = [
    ("Friluftsliv under ytan", [[
        ("Beskrivning", "Utlåning av cyklopglas, snorkel och simfötter i badkiosken vid varje snorkelled, och "
                        "snorkelkurser för barn mellan 8 och 12 år som kan simma 200 meter"),
        ("Huvudansvarig grupp", "Snorkelutrustningsutlåningsteamet"),
        ("Kommuner", "Trelleborg, Vellinge"),
        ("Tidsram", "Juni–augusti 2344"),
        ("Läge vid uppföljningen 6 oktober", "Klart, 1 730 lån och 214 barn i kurserna")]]),
    ("Försvarshistoria vid kusten", [[
        ("Beskrivning", "Två av värnen hålls stängda från oktober till april eftersom fladdermöss övervintrar i "
                        "dem, och ingångarna förses med galler som fladdermössen kan flyga igenom men inte "
                        "människor"),
        ("Huvudansvarig grupp", "Fladdermusvinterkvartersgruppen"),
        ("Kommuner", "Skurup, Trelleborg"),
        ("Tidsram", "Oktober–december 2344"),
        ("Läge vid uppföljningen 6 oktober", "Ej påbörjat, gallren är beställda")]]),
    ("Vägarnas kulturarv", [[
        ("Beskrivning", "En uppmaning till invånarna att höra av sig om de vet var en försvunnen milstolpe "
                        "finns, till exempel i en trädgård eller som trappsteg, och en gemensam karta över alla "
                        "kända milstolpar i regionen"),
        ("Huvudansvarig grupp", "Arbetsutskottet för de gamla landsvägarnas minnesmärken"),
        ("Kommuner", "Lund, Eslöv, Höör"),
        ("Tidsram", "Februari–december 2344"),
        ("Läge vid uppföljningen 6 oktober", "Pågår, 17 tips har kommit in")]]),
    ("Sommarevenemang på stranden", [[
        ("Beskrivning", "Sandbyggarverkstäder för barn på fritidshemmen under sommarlovet, där en skulptör visar "
                        "hur sanden packas i formar och hur man skulpterar uppifrån och ned"),
        ("Huvudansvarig grupp", "Lomma och Kävlinge"),
        ("Kommuner", "Lomma, Kävlinge"),
        ("Tidsram", "Juni–juli 2344"),
        ("Läge vid uppföljningen 6 oktober", "Klart, 26 verkstäder med 480 barn")]]),
    ("Fisk och våtmarker", [[
        ("Beskrivning", "Frivilliga vittjar en yngelfälla där diket mynnar i havet och räknar gäddynglen varje "
                        "morgon under utvandringen i maj och juni"),
        ("Huvudansvarig grupp", "Yngelfällevittjarlaget"),
        ("Kommuner", "Kävlinge, Lomma"),
        ("Tidsram", "Maj–juni 2344"),
        ("Läge vid uppföljningen 6 oktober", "Klart, 38 frivilliga deltog")]]),
    ("Naturvetenskap i skolan", [[
        ("Beskrivning", "En gemensam väderkarta på webben där skolornas mätvärden visas i realtid, och en "
                        "väderdag i oktober då en meteorolog besöker skolorna"),
        ("Huvudansvarig grupp", "Väderkartepubliceringsredaktionen"),
        ("Kommuner", "Burlöv, Staffanstorp, Lund, Svedala, Eslöv"),
        ("Tidsram", "Augusti–oktober 2344"),
        ("Läge vid uppföljningen 6 oktober", "Pågår, kartan öppnade den 2 september")]]),
    ("Motion och folkhälsa", [[
        ("Beskrivning", "Nybörjargrupper som tränar inför halvmaratonloppet två kvällar i veckan under ledning "
                        "av frivilliga löpcoacher, med samling vid fritidsgårdar och bibliotek"),
        ("Huvudansvarig grupp", "Nybörjarlöparledarnätverket"),
        ("Kommuner", "Staffanstorp, Lund, Burlöv"),
        ("Tidsram", "Mars–augusti 2344"),
        ("Läge vid uppföljningen 6 oktober", "Klart, 410 deltagare i 22 grupper")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2344-10-20, kl. 09.00–12.15",
                  "Plats: Båtklubbshuset i Ljunghamn, Trelleborg (fiktivt möte)",
                  "Närvarande: Beredningsgruppen för kustliv, motion och kulturminnen, med företrädare för elva "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Henrik Alsing (Vellinge)",
                  "Sekreterare: Sofia Brandt (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Snorkellederna",
     ["Snorkelledsanläggningsgruppen redovisade att fem leder med sammanlagt 46 undervattensskyltar är utlagda. "
      "Efter en höststorm i början av september slets tre skyltar loss vid Skåre klint och spolades upp på "
      "stranden. Sikten i vattnet var sämre än väntat i augusti på grund av algblomning.",
      "Beredningsgruppen beslutar att skyltarna ska tas upp ur vattnet varje år den 15 september och läggas ut "
      "igen i maj.",
      "Beredningsgruppen ger Snorkelutrustningsutlåningsteamet i uppdrag att köpa in 40 våtdräkter i "
      "barnstorlek inför nästa säsong."]),
    ("§ 2", "Beredskapsvärnen",
     ["Beredskapsvärnsvisningsnätverket redovisade att 9 av 14 värn är iståndsatta och att 1 260 personer har "
      "gått de guidade visningarna. I ett av värnen vid Smygehuk hittades gamla ammunitionslådor, och polisen "
      "kallades till platsen. Lådorna visade sig vara tomma.",
      "Beredningsgruppen beslutar att alla besökare ska bära hjälm i de värn där takhöjden är lägre än "
      "1,8 meter.",
      "Fladdermusvinterkvartersgruppen får i uppdrag att räkna fladdermössen i värnen i februari tillsammans "
      "med en fladdermuskännare."]),
    ("§ 3", "Milstolparna",
     ["Milstolpsuppresningsgruppen redovisade att 23 milstolpar är på plats igen. En milstolpe från 1700-talet "
      "hittades i en villaträdgård i Veberöd, där den hade använts som fågelbad. Ägaren ville inte lämna "
      "tillbaka den utan ersättning.",
      "Beredningsgruppen beslutar att ingen ersättning betalas för milstolpar som lämnas tillbaka, men att den "
      "som lämnar tillbaka en milstolpe får ett tackbrev och en inbjudan till återinvigningen.",
      "Arbetsutskottet för de gamla landsvägarnas minnesmärken får i uppdrag att lägga ut kartan över "
      "milstolparna på kommunernas webbplatser senast den 30 november 2344."]),
    ("§ 4", "Sandskulpturtävlingen",
     ["Sandskulpturtävlingskommittén redovisade att 58 lag deltog i tävlingen på Lomma norra strand den 27 juli "
      "och att omkring 11 000 besökare kom. Vinnarlaget från Kävlinge byggde en fyra meter lång val. Natten "
      "efter tävlingen trampades flera skulpturer sönder.",
      "Beredningsgruppen beslutar att skulpturerna ska stå kvar två dygn efter tävlingen och att stranden ska "
      "bevakas av ordningsvakter nattetid.",
      "Lomma och Kävlinge får i uppdrag att ta fram en kortare version av sandbyggarverkstaden för förskolor."]),
    ("§ 5", "Gäddfabrikerna",
     ["Gäddlekvåtmarksarbetsgruppen redovisade att de fyra restaurerade våtmarkerna gav 112 000 gäddyngel. "
      "Vid Löddeåns mynning hade en mink tagit sig in i yngelfällan. En lantbrukare har klagat på att vatten "
      "från en av våtmarkerna dämmer upp i hans dräneringsrör.",
      "Beredningsgruppen beslutar att lantbrukaren ska erbjudas ett nytt dräneringsrör som läggs djupare, på "
      "samarbetets bekostnad.",
      "Yngelfällevittjarlaget får i uppdrag att sätta ett finmaskigt nät runt yngelfällan så att mink inte "
      "kommer in."]),
    ("§ 6", "Väderstationerna på skolorna",
     ["Skolväderstationssamordningsgruppen redovisade att väderstationer nu finns på 31 skolor. En elev i "
      "Staffanstorp mätte upp 41 millimeter regn under en timme den 3 augusti, det högsta värdet i hela "
      "nätverket. Två stationer har slutat skicka mätvärden sedan fåglar byggt bo i regnmätarna.",
      "Beredningsgruppen beslutar att skolornas mätvärden ska sparas i minst tio år.",
      "Beredningsgruppen ger Väderkartepubliceringsredaktionen i uppdrag att lägga till en sida på väderkartan "
      "som visar veckans rekord."]),
    ("§ 7", "Halvmaratonloppet",
     ["Halvmaratonbanesamordningsgruppen redovisade att 3 140 löpare gick i mål den 7 september. Avstängningen "
      "av Malmövägen i Staffanstorp gjorde att två busslinjer fick köra omväg i fem timmar, och flera boende "
      "längs banan kunde inte ta sig ut med bil. En löpare fick värmeslag och fördes till sjukhus.",
      "Beredningsgruppen beslutar att loppet nästa år ska starta kl. 8.00 i stället för kl. 10.00 och att de "
      "boende längs banan ska få ett brev om avstängningarna minst tre veckor i förväg.",
      "Beredningsgruppen ger Nybörjarlöparledarnätverket i uppdrag att ordna en kurs i första hjälpen för alla "
      "löpcoacher."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Svedala föreslog att sandskulpturtävlingen ska få en vinterversion med snöskulpturer. Frågan bordläggs "
      "till nästa sammanträde.",
      "Nästa sammanträde hålls den 1 december 2344 i Eslöv."]),
]
MINUTES_ADJUSTER = "Petra Lindvall (Höör)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Planen är fiktiv, och alla mål, belopp, platser och namn i den är påhittade.

## Bakgrund

Kusten används mest för sol och bad under några få veckor, och få invånare vet vad som finns under vattenytan eller i de betongvärn som sedan beredskapsåren står övergivna längs stränderna. Milstolparna längs de gamla postvägarna har vält, flyttats eller försvunnit. Gäddan har blivit ovanlig längs kusten sedan de flacka strandängar där den lekte dikades ut. Många elever tycker att naturvetenskap är abstrakt, och många vuxna rör sig för lite men tycker att det är svårt att komma igång med motion på egen hand.

## Vad vi vill uppnå

Samarbetet ska göra kusten till en plats för upptäckter under hela sommarhalvåret, föra vägarnas och försvarets historia vidare, ge gäddan tillbaka sina lekplatser och låta eleverna lära sig naturvetenskap genom egna mätningar. Invånare i alla åldrar ska få lust att röra sig, och arbetet ska så långt det går göras tillsammans med föreningslivet.

## Mål för 2344

Vid utgången av 2344 ska minst sju snorkelleder finnas längs kusten och samtliga 14 beredskapsvärn vara iståndsatta. Minst 40 milstolpar ska stå på sin plats igen, och väderstationer ska finnas på minst 35 skolor. Halvmaratonloppet ska ha minst 2 500 anmälda löpare.

## Ansvarsfördelning och samarbetspartner

Beredningsgruppen för kustliv, motion och kulturminnen leder samarbetet och rapporterar två gånger om året till kommunstyrelsernas ordförande. Undervattensmiljöuppföljningsgruppen följer hur tången och musslorna längs snorkellederna påverkas av besökarna och dyker en gång i månaden under säsongen. Beredskapsvärnsvisningsnätverket samarbetar med den ideella föreningen Kustvärnets vänner, som utbildar guiderna, och Halvmaratonbanesamordningsgruppen tar hjälp av löparklubben Slättens Löpare med funktionärer längs banan. Gäddlekvåtmarksarbetsgruppen tecknar avtal med markägarna om att våtmarkerna ska få ligga kvar i minst 20 år.

## Ekonomi

Den samlade budgeten för 2344 är 5,6 miljoner kronor, varav 1,4 miljoner kronor går till gäddfabrikerna. Varje medlemskommun betalar 2,10 kronor per invånare. Halvmaratonloppet ska bära sina egna kostnader genom startavgiften, som är 350 kronor för vuxna och 100 kronor för ungdomar under 18 år.

## Uppföljning

Planen gäller för kalenderåret 2344. Beredningsgruppen lämnar en halvårsrapport i juni, och planen utvärderas vid beredningsgruppens möte i december 2344.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje område vilken insats som görs, vilken grupp som leder den, under "
             "vilken period den pågår, vilka kommuner som berörs och hur läget var den 30 september 2344.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma insatser för kustliv, motion och kulturminnen under "
              "2344, ordnade efter område. För varje insats anges en beskrivning, den huvudansvariga gruppen, "
              "vilka kommuner som är med, tidsramen och läget vid uppföljningen den 6 oktober 2344.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextionionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
