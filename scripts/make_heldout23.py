"""Regenerate the fictional documents of the twenty-third held-out set in benchmarks/data/heldout23/docs/.

    .venv/bin/python scripts/make_heldout23.py [--out benchmarks/data/heldout23/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout23 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (restoration of old windmills, a participatory budget where residents
propose and vote, a shared winter shelter for homeless people, open-air cinema in the parks in summer,
free bus travel for older residents, testing of drinking water from private wells, fishing days for
children at lakes and jetties) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout23" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2093.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2093 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kulturarv-delaktighet-vardagsliv-2093.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kulturarv, delaktighet och vardagsliv 2093 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-kulturarv-delaktighet-vardagsliv-2093-08-26.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samrådsgruppen för kulturarv, delaktighet och vardagsliv 2093-08-26 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-kulturarv-delaktighet-vardagsliv-2093-2096.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kulturarv, delaktighet och vardagsliv 2093–2096 (fiktiv)"

# Activity plan 2093 (PDF): the area of effort ("Insatsområde") and the municipalities taking part come
# first, then the activity and its duration ("Löptid"); the narrow "Huvudman" column follows, so the long
# group names break inside the word, and the state at the August check ("Läge i augusti") comes last.
PLAN_PDF_COLUMNS = ("Insatsområde", "Kommuner som deltar", "Aktivitet", "Löptid", "Huvudman",
                    "Läge i augusti")
PLAN_PDF_WIDTHS = (28, 30, 45, 25, 22, 30)  # mm, 180 in all
PLAN_PDF = [
    ("Kulturarv", "Skurup, Trelleborg, Vellinge, Lund",
     "Restaurering av gamla väderkvarnar så att de kan mala igen och visas för besökare",
     "Maj 2093–okt 2094", "Väderkvarnsrestaureringssmedjan", "Fyra kvarnar besiktigade"),
    ("Delaktighet", "Samtliga kommuner",
     "Medborgarbudget där invånare från 12 år lämnar förslag och röstar om hur 200 000 kronor per kommun "
     "ska användas i närområdet", "Hela 2093", "Medborgarbudgetomröstningspresidiet",
     "Omröstningen öppnar 1 september"),
    ("Social hållbarhet", "Malmö, Lund, Eslöv, Trelleborg",
     "Gemensamt vinterhärbärge med sängplatser, dusch och varm mat för hemlösa", "1 nov 2093–31 mar 2094",
     "Vinterhärbärgesbemanningsjouren", "Lokal hyrd i Lund"),
    ("Kultur", "Kävlinge, Lomma, Burlöv, Svedala",
     "Sommarbio i parkerna med gratis filmvisningar på storbildsskärm på fredagskvällarna", "Jun–aug 2093",
     "Parkbiovisningsmaskinisterna", "Sju av tio visningar genomförda"),
    ("Resor", "Höör, Eslöv, Skurup, Svedala, Staffanstorp",
     "Fria bussresor för invånare över 75 år på vardagar utanför rusningstid", "Från 1 mar 2093",
     "Seniorbussreseförmånsintendenturen", "2 850 seniorkort utfärdade"),
    ("Miljö och hälsa", "Höör, Skurup, Svedala, Vellinge, Kävlinge",
     "Gratis analys av dricksvattnet i privata brunnar för hushåll som inte har kommunalt vatten",
     "Apr–nov 2093", "Brunnsvattenprovtagningslaboranterna", "1 140 brunnar provtagna"),
    ("Friluftsliv", "Lomma, Malmö, Trelleborg, Höör",
     "Fiskedagar för barn 7–15 år vid sjöar och bryggor, med instruktörer och lånade spön",
     "Sommarlovet 2093", "Sportfiskeintroduktionsstimmet", "Alla platser fullbokade"),
]

# Activity plan (Word): one heading per area of effort, then "Label: value" list lines per task; the
# municipalities come right after the task, then the time ("Tidpunkt"), the state ("Aktuellt läge") and
# the group that carries the task out ("Genomförs av") last.
PLAN_DOCX = [
    ("Kulturarv", [
        [("Uppgift", "Nya vingar tillverkas till de två kvarnar som har förlorat sina vingar i stormar"),
         ("Kommuner som ingår", "Skurup, Trelleborg"), ("Tidpunkt", "Vintern 2093/94"),
         ("Aktuellt läge", "Virket beställt"), ("Genomförs av", "Kvarnvingerekonstruktionsateljén")],
        [("Uppgift", "Kvarnarnas dag med öppna kvarnhus och visningar av frivilliga mjölnare"),
         ("Kommuner som ingår", "Lund, Vellinge, Skurup"), ("Tidpunkt", "16 maj 2093"),
         ("Aktuellt läge", "Genomförd med 2 300 besökare"), ("Genomförs av", "Kvarndagsguidningsciceronerna")],
    ]),
    ("Delaktighet", [
        [("Uppgift", "Förslagsverkstäder på skolor och fritidsgårdar där unga tar fram egna förslag till "
                     "medborgarbudgeten"),
         ("Kommuner som ingår", "Malmö, Burlöv, Staffanstorp"), ("Tidpunkt", "Mars–maj 2093"),
         ("Aktuellt läge", "41 verkstäder hållna"), ("Genomförs av", "Ungdomsförslagsinsamlingsmentorerna")],
    ]),
    ("Social hållbarhet", [
        [("Uppgift", "Insamling av sovsäckar, vinterjackor och varma strumpor till vinterhärbärget"),
         ("Kommuner som ingår", "Lund, Eslöv"), ("Tidpunkt", "Oktober 2093"),
         ("Aktuellt läge", "Inte påbörjad"), ("Genomförs av", "Vinterklädinsamlingsförrådet")],
    ]),
    ("Kultur", [
        [("Uppgift", "Omröstning på webben där invånarna väljer vilka filmer som ska visas på sommarbion"),
         ("Kommuner som ingår", "Kävlinge, Lomma, Burlöv, Svedala"), ("Tidpunkt", "April 2093"),
         ("Aktuellt läge", "Avslutad med 5 200 röster"), ("Genomförs av", "Sommarbiofilmvalstrojkan")],
    ]),
    ("Resor", [
        [("Uppgift", "Informationsträffar om seniorkortet på kommunernas mötesplatser för äldre"),
         ("Kommuner som ingår", "Höör, Skurup, Staffanstorp"), ("Tidpunkt", "Feb–mar 2093"),
         ("Aktuellt läge", "Genomförd, 19 träffar"), ("Genomförs av", "Seniorkortsvägledningsturnén")],
    ]),
    ("Miljö och hälsa", [
        [("Uppgift", "Karta som visar var grundvattnet har höga halter av nitrat, fluorid eller uran"),
         ("Kommuner som ingår", "Svedala, Vellinge, Kävlinge"), ("Tidpunkt", "Ht 2093"),
         ("Aktuellt läge", "Försenad, väntar på provsvar"),
         ("Genomförs av", "Nitrathaltskarteringskartograferna")],
    ]),
    ("Friluftsliv", [
        [("Uppgift", "Utlåning av fiskespön, håvar och flytvästar på biblioteken nära sjöarna"),
         ("Kommuner som ingår", "Höör, Lomma"), ("Tidpunkt", "Maj–sep 2093"),
         ("Aktuellt läge", "120 spön inköpta"), ("Genomförs av", "Metspöutlåningsboden")],
    ]),
]

MINUTES_HEADER = ("Datum: 2093-08-26, kl. 13.00–15.45",
                  "Plats: Gamla tingshuset i Skurup (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för kulturarv, delaktighet och vardagsliv, med ledamöter från "
                  "elva av de tolv medlemskommunerna",
                  "Sekreterare: Elin Fagerström (Vellinge)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Henrik Ståhlberg (Lomma) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Sofia Karimi (Eslöv) utsågs att jämte ordföranden justera protokollet."]),
    ("§ 3", "Väderkvarnarna",
     ["Väderkvarnsrestaureringssmedjan redovisade att fyra kvarnar har besiktigats och att kvarnen i "
      "Skivarp är i sämst skick, med röta i axeln och i två av vingarna. Restaureringen av de fyra kvarnarna "
      "beräknas kosta 3,4 miljoner kronor.",
      "Samrådsgruppen beslutar att kvarnen i Skivarp ska restaureras först och att bidrag till arbetet ska "
      "sökas hos länsstyrelsen."]),
    ("§ 4", "Medborgarbudgeten",
     ["Medborgarbudgetomröstningspresidiet redovisade att invånarna har lämnat in 1 260 förslag, flest om "
      "lekplatser, belysning och parkbänkar. Förslagen har granskats av kommunernas tekniska förvaltningar.",
      "Samrådsgruppen beslutar att omröstningen ska pågå från den 1 september till den 15 oktober 2093 och "
      "att man ska kunna rösta både digitalt och på biblioteken."]),
    ("§ 5", "Vinterhärbärget",
     ["Vinterhärbärgesbemanningsjouren redovisade att ett före detta vandrarhem i Lund har hyrts som "
      "härbärge. Där finns 46 sängplatser, och hyran är 95 000 kronor per månad.",
      "Samrådsgruppen beslutar"],
     ["att härbärget ska hålla öppet alla nätter mellan kl. 19 och 9 under perioden,",
      "att Vinterhärbärgesbemanningsjouren ansvarar för att minst två anställda finns på plats varje natt."]),
    ("§ 6", "Sommarbion",
     ["Parkbiovisningsmaskinisterna redovisade att sju visningar har hållits med sammanlagt 3 900 besökare. "
      "En visning i Lomma ställdes in på grund av åska.",
      "Samrådsgruppen beslutar att sommarbion ska fortsätta 2094 och att den inställda visningen i Lomma "
      "inte ska tas igen."]),
    ("§ 7", "Seniorkortet",
     ["Seniorbussreseförmånsintendenturen redovisade att 2 850 seniorkort har utfärdats och att korten har "
      "använts till 61 000 resor sedan den 1 mars. Kostnaden för kommunerna är hittills 1,9 miljoner "
      "kronor.",
      "Samrådsgruppen ger Seniorbussreseförmånsintendenturen i uppdrag att utreda om åldersgränsen kan sänkas "
      "från 75 till 70 år och att redovisa kostnaden senast den 1 december 2093."]),
    ("§ 8", "Brunnsvattnet",
     ["Brunnsvattenprovtagningslaboranterna redovisade att 1 140 brunnar har provtagits och att 210 brunnar "
      "har mer nitrat i vattnet än gränsvärdet. Hushållen har fått sina provsvar med posten.",
      "Samrådsgruppen beslutar att hushåll med för höga nitrathalter ska erbjudas ett kostnadsfritt "
      "rådgivningsbesök av en miljöinspektör."]),
    ("§ 9", "Fiskedagarna",
     ["Sportfiskeintroduktionsstimmet redovisade att 480 barn deltog i fiskedagarna under sommarlovet. Den "
      "största fångsten var en gädda på 4,2 kilo i Ringsjön.",
      "Samrådsgruppen ger Sportfiskeintroduktionsstimmet i uppdrag att ordna fiskedagar för barn även under "
      "höstlovet."]),
    ("§ 10", "Övriga frågor",
     ["Burlöv informerade om att kommunen vill ansluta sig till seniorkortet från 2094. Samrådsgruppen "
      "noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 18 november 2093 i Höör."]),
]
MINUTES_ADJUSTER = "Sofia Karimi (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Det finns fortfarande 27 väderkvarnar i regionen, men bara fem av dem kan mala, och flera förfaller för varje år. I medborgarundersökningen 2092 svarade två av tre invånare att de inte kan påverka vad som händer i det område där de bor. Varje vinter sover omkring 300 människor i regionen ute, i trapphus eller i bilar. Många äldre på landsbygden har slutat att resa med buss för att det har blivit för dyrt. Omkring 14 000 hushåll får sitt dricksvatten från en egen brunn, och få av dem har låtit analysera vattnet. Allt färre barn har någon gång fått prova på att fiska.

## Inriktning

Kommunerna vill bevara landskapets kulturarv och göra det levande för invånare och besökare. Invånarna ska få mer inflytande över sin närmiljö, ingen ska behöva frysa ute en vinternatt, och äldre ska kunna ta sig till vänner, vård och föreningsliv utan bil. Dricksvattnet ska vara säkert även för den som har egen brunn.

## Mål till 2096

Minst tolv väderkvarnar ska vara restaurerade och öppna för besökare. Minst 15 procent av invånarna över 12 år ska ha röstat i medborgarbudgeten. Ingen som söker en sängplats en kall natt ska behöva gå därifrån utan tak över huvudet. Minst 4 000 hushåll med egen brunn ska ha fått sitt vatten analyserat.

## Organisation

Samrådsgruppen för kulturarv, delaktighet och vardagsliv leder arbetet och rapporterar till kommundirektörsgruppen fyra gånger per år. Härbärgessamverkansvaktposten håller i kontakterna med stadsmissionen, socialjourerna och de frivilligorganisationer som hjälper hemlösa, och Brunnsvattenprovtagningslaboranterna samarbetar med de ackrediterade laboratorierna och kommunernas miljöinspektörer.

## Ekonomi

Den gemensamma budgeten är 14,6 miljoner kronor för perioden 2093–2096, varav 5,5 miljoner kronor går till restaureringen av väderkvarnarna. Kommunerna betalar 6,40 kronor per invånare och år. Vinterhärbärget får dessutom ett bidrag på 700 000 kronor från en stiftelse för social omsorg.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2093 till den 31 december 2096. Samrådsgruppen lämnar en lägesrapport varje år i september, och planen utvärderas våren 2095.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam aktivitet vilket insatsområde den hör till, vilka "
             "kommuner som deltar, vad den går ut på, löptiden, vilken grupp som är huvudman och läget vid "
             "avstämningen i början av augusti 2093.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma uppgifterna för kulturarv, delaktighet och vardagsliv "
              "under 2093, ordnade efter insatsområde.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
