"""Regenerate the fictional documents of the seventeenth held-out set in benchmarks/data/heldout17/docs/.

    .venv/bin/python scripts/make_heldout17.py [--out benchmarks/data/heldout17/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout17 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (sign-language interpretation of council meetings and museum tours,
hearing loops in receptions and meeting rooms, flooded outdoor ice rinks, lit sledding hills, noise
barriers along the motorways, lending of electric cargo bikes, wild boar on the edges of the towns) are
not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout17" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2066.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2066 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-tillganglighet-vinterliv-tatortsmiljo-2066.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för tillgänglighet, vinterliv och tätortsmiljö 2066 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrkommitten-tillganglighet-tatortsmiljo-2066-09-15.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Styrkommittén för tillgänglighet och tätortsmiljö 2066-09-15 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-tillganglighet-vinterliv-tatortsmiljo-2066-2069.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för tillgänglighet, vinterliv och tätortsmiljö 2066–2069 (fiktiv)"

# Activity plan 2066 (PDF): the participating municipalities come first, then the priority area, the
# measure and its status; the narrow "Ansvarig" column comes fifth, so the long group names break inside
# the word, and the period last.
PLAN_PDF_COLUMNS = ("Deltagande kommuner", "Prioriterat område", "Insats", "Status", "Ansvarig", "Period")
PLAN_PDF_WIDTHS = (30, 27, 48, 27, 22, 26)  # mm, 180 in all
PLAN_PDF = [
    ("Malmö, Lund, Eslöv, Trelleborg", "Tillgänglighet",
     "Teckenspråkstolkning av kommunfullmäktiges sammanträden, direktsänd på kommunernas webbplatser",
     "Pågår sedan januari", "Fullmäktigeteckentolkningskollegiet", "Jan–dec 2066"),
    ("Lomma, Kävlinge, Staffanstorp, Burlöv, Höör", "Tillgänglighet",
     "Hörslingor i kommunernas receptioner, möteslokaler och hörsalar", "Upphandling klar",
     "Hörslingeinstallationsberedningen", "Mar–nov 2066"),
    ("Lund, Eslöv, Höör, Svedala", "Vinterliv",
     "Spolade skridskobanor på grusplaner och i parker när det är minusgrader", "Avvaktar kyla",
     "Skridskobanespolningsgillet", "Dec 2066–feb 2067"),
    ("Malmö, Burlöv, Vellinge, Svedala", "Trafikmiljö",
     "Bullerskärmar av trä och glas längs E6 och E22 där bostäderna ligger närmast vägen",
     "Samråd med Trafikverket", "Motorvägsbullerskyddsalliansen", "2066–2068"),
    ("Lund, Malmö, Lomma, Staffanstorp", "Trafikmiljö",
     "Elektriska lådcyklar som invånarna kan låna gratis i upp till tre dagar från medborgarkontoren",
     "Provperiod", "Lådcykelutlåningskansliet", "Apr–okt 2066"),
    ("Skurup, Svedala, Trelleborg, Vellinge, Höör", "Tätortsnära natur",
     "Skyddsjakt och viltstängsel mot vildsvin som bökar upp gräsmattor och kyrkogårdar i tätorternas "
     "utkanter", "Jakten har börjat", "Vildsvinsförvaltningsutskottet", "Hela 2066"),
    ("Samtliga kommuner", "Vinterliv", "Pulkabackar med belysning och konstsnö i de större tätorterna",
     "Pausad", "Pulkabacksbelysningsförbundet", "Dec 2066–mar 2067"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per measure; the
# status comes right after the measure, then the participating municipalities, the period and the
# responsible group last.
PLAN_DOCX = [
    ("Tillgänglighet", [
        [("Åtgärd", "Teckenspråkstolkade guidade visningar på museer och konsthallar en söndag i månaden"),
         ("Status", "Anmälan öppen"), ("Deltagare", "Malmö, Lund"), ("Period", "Feb–nov 2066"),
         ("Ansvarig grupp", "Teckenspråksvisningssamfundet")],
        [("Åtgärd", "Distanstolkning på teckenspråk via surfplatta vid besök i kommunernas kontaktcenter"),
         ("Status", "Försenad"), ("Deltagare", "Eslöv, Kävlinge, Lomma"), ("Period", "Ht 2066"),
         ("Ansvarig grupp", "Bildtolkningsförmedlingscentralen")],
    ]),
    ("Vinterliv", [
        [("Åtgärd", "Gratis utlåning av skridskor och hjälmar vid de spolade isbanorna"),
         ("Status", "Klar att starta"), ("Deltagare", "Höör, Eslöv"), ("Period", "Dec 2066–feb 2067"),
         ("Ansvarig grupp", "Skridskoutlåningsbyrån")],
        [("Åtgärd", "Vinterlovsdagar med pulkatävling och varm choklad i stadsparkerna"),
         ("Status", "Genomförd"), ("Deltagare", "Trelleborg, Skurup, Vellinge"), ("Period", "Vecka 8 2066"),
         ("Ansvarig grupp", "Vinterlovsfestivalkåren")],
    ]),
    ("Trafikmiljö", [
        [("Åtgärd", "Bullermätningar vid skolor och förskolor som ligger nära motorvägarna"),
         ("Status", "Mätningarna klara"), ("Deltagare", "Burlöv, Malmö, Vellinge"), ("Period", "Mar–maj 2066"),
         ("Ansvarig grupp", "Skolmiljöbullermätningsinstitutet")],
        [("Åtgärd", "Kurs i att cykla säkert med lådcykel för föräldrar med små barn"),
         ("Status", "Fullbokad"), ("Deltagare", "Lund, Staffanstorp"), ("Period", "Maj–jun 2066"),
         ("Ansvarig grupp", "Lådcykelträningsverkstaden")],
    ]),
    ("Tätortsnära natur", [
        [("Åtgärd", "Viltkameror som varnar när vildsvin närmar sig bostadsområden och skolgårdar"),
         ("Status", "Avbruten"), ("Deltagare", "Skurup, Trelleborg"), ("Period", "Vt 2066"),
         ("Ansvarig grupp", "Viltkameralarmsgruppen")],
    ]),
]

MINUTES_HEADER = ("Datum: 2066-09-15, kl. 9.00–12.15",
                  "Plats: Medborgarhuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Styrkommittén för tillgänglighet och tätortsmiljö, med ledamöter från elva av "
                  "de tolv medlemskommunerna",
                  "Sekreterare: Jonas Ekberg (Staffanstorp)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Henrik Sjöberg (Svedala) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Leila Haddad (Lomma) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Teckenspråkstolkning av fullmäktige",
     ["Fullmäktigeteckentolkningskollegiet redovisade att de teckenspråkstolkade sändningarna från "
      "fullmäktige har setts av i genomsnitt 640 tittare per sammanträde. Det finns bara elva "
      "teckenspråkstolkar i regionen som kan ta uppdrag på kvällstid.",
      "Styrkommittén beslutar"],
     ["att fullmäktiges sammanträden ska teckenspråkstolkas i samtliga tolv kommuner från den 1 januari "
      "2067,",
      "att Fullmäktigeteckentolkningskollegiet får i uppdrag att teckna ett gemensamt avtal med en "
      "tolkförmedling."]),
    ("§ 4", "Hörslingor",
     ["Hörslingeinstallationsberedningen redovisade en inventering av kommunernas lokaler: 85 av 140 "
      "möteslokaler saknar en fungerande hörslinga.",
      "Styrkommittén beslutar att hörslingorna ska kontrolleras en gång om året och att varje lokal med "
      "hörslinga ska märkas med en skylt vid entrén."]),
    ("§ 5", "Spolade isbanor",
     ["Skridskobanespolningsgillet redovisade att det förra vintern bara gick att åka skridskor på de "
      "spolade banorna under nio dagar. Att spola en bana kostar 18 000 kronor per säsong.",
      "Styrkommittén beslutar att isbanorna bara ska spolas när väderprognosen visar minst fem dagar i rad "
      "med minusgrader."]),
    ("§ 6", "Bullerskärmar längs motorvägarna",
     ["Motorvägsbullerskyddsalliansen redovisade att bullerskärmarna blir 3,2 kilometer långa och kostar "
      "46 miljoner kronor, varav Trafikverket betalar hälften. Burlöv frågade om skärmarna kan kläs med "
      "växter.",
      "Styrkommittén ger Motorvägsbullerskyddsalliansen i uppdrag att ta fram ett förslag på gröna "
      "bullerskärmar med klätterväxter senast den 31 oktober 2066."]),
    ("§ 7", "Utlåning av elektriska lådcyklar",
     ["Lådcykelutlåningskansliet redovisade att lådcyklarna lånades ut 1 240 gånger mellan april och "
      "augusti 2066, flest gånger i Lund. Två cyklar har blivit stulna.",
      "Styrkommittén beslutar att utlåningen ska fortsätta året runt och att 40 nya lådcyklar ska köpas in."]),
    ("§ 8", "Vildsvin i tätorternas utkanter",
     ["Vildsvinsförvaltningsutskottet redovisade att 212 vildsvin har fällts i skyddsjakten sedan januari. "
      "Skurup berättade att vildsvinen har bökat upp stora delar av Rydsgårds kyrkogård.",
      "Styrkommittén beslutar att ett fyra kilometer långt viltstängsel ska sättas upp längs de norra "
      "bostadsområdena i Trelleborg."]),
    ("§ 9", "Pulkabackar",
     ["Pulkabacksbelysningsförbundet redovisade att konstsnö i pulkabackarna har bedömts bli för dyrt, "
      "eftersom en snökanon med vattenledning skulle kosta 2,3 miljoner kronor.",
      "Styrkommittén beslutar att arbetet med konstsnö pausas och att befintliga pulkabackar i stället får "
      "belysning."]),
    ("§ 10", "Övriga frågor",
     ["Lomma informerade om att kommunen firar den internationella dövdagen den 26 september 2066 med ett "
      "teckenspråkscafé i biblioteket. Styrkommittén noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 1 december 2066 i Höör."]),
]
MINUTES_ADJUSTER = "Leila Haddad (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Omkring 1 600 invånare i regionen har teckenspråk som sitt första språk, men kommunernas möten, evenemang och kontaktcenter är sällan tolkade, och i många möteslokaler saknas hörslinga för den som har hörapparat. Vintrarna har blivit mildare, och de spolade isbanorna går bara att använda några dagar per år. Omkring 9 800 invånare bor så nära E6 eller E22 att bullret utomhus överstiger 55 decibel. Var tredje bilresa i regionen är kortare än fem kilometer, och många familjer skulle kunna ersätta bilen med en lådcykel om de fick prova först. Antalet anmälda skador från vildsvin i tätorterna har tredubblats sedan 2061.

## Inriktning

Kommunerna vill att alla invånare ska kunna ta del av den kommunala demokratin och servicen på lika villkor, att vintern ska bjuda på aktiviteter utomhus och att det ska vara tyst, tryggt och lätt att resa hållbart där människor bor.

## Mål till 2069

Alla fullmäktigesammanträden i regionen ska vara tolkade till teckenspråk. Varje kommunal reception ska ha en fungerande hörslinga. Antalet invånare som utsätts för buller över 55 decibel från motorvägarna ska ha halverats. Det ska finnas minst 300 elektriska lådcyklar att låna i regionen, och minst tolv pulkabackar ska ha belysning.

## Organisation

Styrkommittén för tillgänglighet och tätortsmiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Teckenspråksstrategirådet samordnar arbetet med tolkning och hörslingor, och Motorvägsbullerskyddsalliansen förhandlar med Trafikverket om bullerskärmarna.

## Ekonomi

Den gemensamma budgeten är 14,8 miljoner kronor för perioden 2066–2069, varav 6,1 miljoner kronor går till bullerskärmarna. Kommunerna betalar 6,40 kronor per invånare och år. Lådcyklarna får dessutom ett statligt klimatbidrag på 900 000 kronor.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2066 till den 31 december 2069. Styrkommittén lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2068.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam insats vilka kommuner som deltar, vilket prioriterat "
             "område insatsen hör till, läget i februari 2066, vilken grupp som är ansvarig och under vilken "
             "period insatsen genomförs.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för tillgänglighet, vinterliv och "
              "tätortsmiljö under 2066, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
