"""Regenerate the fictional documents of the fourteenth held-out set in benchmarks/data/heldout14/docs/.

    .venv/bin/python scripts/make_heldout14.py [--out benchmarks/data/heldout14/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout14 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (swimming lessons for children, seaweed on the beaches, self-service
libraries, skateparks, cigarette butts and littering, car sharing with the municipal cars, gulls in the
town centres) are not covered by the other sets, and the group names are deliberately not on any list
of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout14" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2051.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2051 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-fritid-kultur-gaturum-2051.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för fritid, kultur och gaturum 2051 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrgruppen-fritid-kultur-gaturum-2051-03-09.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Styrgruppen för fritid, kultur och gaturum 2051-03-09 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-fritid-kultur-gaturum-2051-2054.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för fritid, kultur och gaturum 2051–2054 (fiktiv)"

# Activity plan 2051 (PDF): the area comes right after the activity, then the narrow "Ansvarig grupp"
# column, so the long group names break inside the word; the period, the participants and the status last.
PLAN_PDF_COLUMNS = ("Aktivitet", "Område", "Ansvarig grupp", "Tidsperiod", "Deltagare", "Status")
PLAN_PDF_WIDTHS = (52, 26, 22, 24, 32, 24)  # mm, 180 in all
PLAN_PDF = [
    ("Gratis simskola på sommarlovet för barn i årskurs 1–3 som ännu inte kan simma",
     "Idrott och hälsa", "Simundervisningsalliansen", "Jun–aug 2051", "Malmö, Trelleborg, Burlöv, Svedala",
     "Beslutad"),
    ("Upptagning av tång på de mest besökta badstränderna före badsäsongen",
     "Kust och natur", "Strandtångsinsamlingslaget", "Maj–jun 2051", "Trelleborg, Vellinge, Lomma, Kävlinge",
     "Upphandling pågår"),
    ("Meröppna filialbibliotek där låntagare kommer in med lånekort och pinkod när personalen har gått hem",
     "Kultur", "Meröppethetssamordnarna", "Hela 2051", "Lund, Eslöv, Höör, Staffanstorp, Skurup",
     "Pilotdrift"),
    ("Nya skateparker med belysning i de mindre tätorterna", "Idrott och hälsa",
     "Skateparksbyggnadskommittén", "2051–2052", "Staffanstorp, Kävlinge, Skurup, Svedala",
     "Under projektering"),
    ("Kampanj mot fimpar och annat skräp på gator, torg och stränder", "Gaturum",
     "Fimpinsamlingskampanjledningen", "Mar–okt 2051", "Malmö, Lund, Lomma, Vellinge, Trelleborg",
     "Remiss"),
    ("Gemensam bilpool där kommunernas anställda bokar tjänstebilar i en app", "Gaturum",
     "Tjänstebilsdelningskansliet", "Jan–dec 2051", "Samtliga kommuner", "Pausad"),
    ("Äggprickning och borttagning av bon på tak för att minska antalet trutar i stadskärnorna",
     "Kust och natur", "Trutbeståndsbegränsningsutskottet", "Apr–jun 2051", "Malmö, Trelleborg, Lund",
     "Inväntar tillstånd"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort; the
# status comes right after the effort, then the responsible group, the schedule and the municipalities.
PLAN_DOCX = [
    ("Idrott och hälsa", [
        [("Åtgärd", "Simundervisning för nyanlända vuxna i kommunernas simhallar"), ("Status", "Påbörjad"),
         ("Ansvarig", "Vuxensimträningsinitiativet"), ("Tidsplan", "Feb–nov 2051"),
         ("Deltagande kommuner", "Malmö, Eslöv, Höör")],
        [("Åtgärd", "Skatekurser för tjejer under sommarlovet"), ("Status", "Uppstart i juni"),
         ("Ansvarig", "Tjejskateinstruktörskollektivet"), ("Tidsplan", "Sommarlovet 2051"),
         ("Deltagande kommuner", "Lund, Staffanstorp, Kävlinge")],
    ]),
    ("Kust och natur", [
        [("Åtgärd", "Försök med uppsamlad tång som jordförbättring på åkermark"), ("Status", "Slutförd"),
         ("Ansvarig", "Tånggödslingsförsöksbyrån"), ("Tidsplan", "Okt 2050–mar 2051"),
         ("Deltagande kommuner", "Trelleborg, Skurup")],
        [("Åtgärd", "Trutsäkra soptunnor med lock på torg och i parker i centrum"),
         ("Status", "Skjuten till 2052"), ("Ansvarig", "Avfallskärlsanpassningsprojektet"),
         ("Tidsplan", "Hösten 2051"), ("Deltagande kommuner", "Malmö, Trelleborg, Lund")],
    ]),
    ("Gaturum", [
        [("Åtgärd", "Askkoppar vid busshållplatser, torg och entréer till kommunens lokaler"),
         ("Status", "Delvis utplacerade"), ("Ansvarig", "Askkoppsutplaceringspatrullen"),
         ("Tidsplan", "Apr–sep 2051"), ("Deltagande kommuner", "Malmö, Burlöv, Lomma, Vellinge")],
        [("Åtgärd", "Kommunernas poolbilar hyrs ut till invånare på kvällar och helger"),
         ("Status", "Vilande"), ("Ansvarig", "Invånarbilpoolsförvaltarna"), ("Tidsplan", "Maj–sep 2051"),
         ("Deltagande kommuner", "Lund, Lomma")],
    ]),
    ("Kultur", [
        [("Åtgärd", "Kameror och nya entrésystem på de meröppna biblioteken"), ("Status", "Installeras"),
         ("Ansvarig", "Filialbibliotekssäkerhetsteamet"), ("Tidsplan", "Vt 2051"),
         ("Deltagande kommuner", "Eslöv, Höör, Skurup")],
    ]),
]

MINUTES_HEADER = ("Datum: 2051-03-09, kl. 13.00–15.30", "Plats: Kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Styrgruppen för fritid, kultur och gaturum, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Maja Lindgren (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Sofia Lindqvist (Kävlinge) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Johan Bergström (Staffanstorp) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Simskola för barn",
     ["Simundervisningsalliansen redovisade att 14 procent av eleverna i årskurs 6 inte klarar skolans krav "
      "på simkunnighet, och att andelen är störst i Malmö och Trelleborg.",
      "Styrgruppen beslutar"],
     ["att simskolan på sommarlovet ska vara gratis för alla barn i årskurs 1–3,",
      "att Simundervisningsalliansen får i uppdrag att boka tider i simhallarna senast den 30 april 2051."]),
    ("§ 4", "Tång på stränderna",
     ["Strandtångsinsamlingslaget redovisade att 6 200 ton tång samlades upp på stränderna i Trelleborg och "
      "Vellinge under 2050. Vellinge föreslog att tången ska få ligga kvar på de mindre stränderna, eftersom "
      "den ger mat och skydd åt fåglar och insekter.",
      "Styrgruppen beslutar att tången bara ska tas bort på de tolv mest besökta badstränderna och att den "
      "ska ligga kvar på övriga stränder."]),
    ("§ 5", "Meröppna bibliotek",
     ["Meröppethetssamordnarna redovisade att nio filialbibliotek nu har meröppet mellan kl. 7 och 22 och "
      "att antalet besök på dessa bibliotek har ökat med 35 procent sedan starten. Styrgruppen noterade "
      "redovisningen."]),
    ("§ 6", "Skateparker",
     ["Skateparksbyggnadskommittén redovisade ritningarna till en skatepark i Staffanstorp med plats för "
      "omkring 60 åkare samtidigt.",
      "Styrgruppen beslutar att bevilja 2,4 miljoner kronor till skateparken i Staffanstorp, och att parken "
      "ska vara upplyst till kl. 22.00."]),
    ("§ 7", "Fimpar och nedskräpning",
     ["Fimpinsamlingskampanjledningen redovisade att fimpar utgör 62 procent av skräpet som plockas upp i "
      "centrala Malmö.",
      "Styrgruppen beslutar att kampanjmaterialet ska skickas på remiss till kommunernas gatukontor innan "
      "kampanjen startar."]),
    ("§ 8", "Bilpool för tjänstebilar",
     ["Tjänstebilsdelningskansliet redovisade att kommunernas 310 tjänstebilar i genomsnitt används bara 27 "
      "procent av arbetstiden. Lund föreslog att invånarna ska få hyra bilarna på kvällar och helger.",
      "Ärendet återremitterades till Tjänstebilsdelningskansliet för att utreda försäkringsfrågan."]),
    ("§ 9", "Trutar i stadskärnorna",
     ["Trutbeståndsbegränsningsutskottet redovisade att antalet häckande trutpar i centrala Malmö har ökat "
      "till 3 400.",
      "Styrgruppen beslutar att Trutbeståndsbegränsningsutskottet ska ansöka om skyddsjakt och tillstånd till "
      "äggprickning hos länsstyrelsen senast den 20 mars 2051."]),
    ("§ 10", "Övriga frågor",
     ["Höör informerade om att kommunens simhall stänger för renovering under hösten 2051. Styrgruppen "
      "noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 8 juni 2051 i Svedala."]),
]
MINUTES_ADJUSTER = "Johan Bergström (Staffanstorp)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler barn lämnar grundskolan utan att kunna simma, och de flesta drunkningsolyckor i regionen sker vid badstränder som saknar badvakter. Tång som ruttnar på stränderna luktar svavelväte, och därför håller sig många badgäster borta under de varmaste veckorna. Biblioteken i de mindre orterna har ofta bara öppet två eftermiddagar i veckan. Unga i de mindre tätorterna saknar platser där de kan åka skateboard och inlines. Fimpar är det vanligaste skräpet på gatorna, och varje fimp kan förorena flera hundra liter vatten. Kommunernas tjänstebilar står stilla större delen av dagen, samtidigt som kommunerna leasar nya bilar varje år. Trutar som häckar på taken i stadskärnorna river sönder sopsäckar och skrämmer besökare på uteserveringarna.

## Syfte

Syftet med verksamhetsplanen är att alla barn ska lära sig simma, att stränder, gator och torg ska vara rena och trevliga att vistas på, att biblioteken ska vara tillgängliga även när personalen har gått hem och att kommunerna ska använda sina bilar bättre.

## Mål till 2054

Minst 95 procent av eleverna i årskurs 6 ska klara kraven på simkunnighet. Antalet fimpar på gatorna ska ha minskat med hälften jämfört med 2050. Alla filialbibliotek ska ha meröppet. Varje kommun ska ha minst en skatepark. Kommunernas tjänstebilar ska vara minst 20 procent färre än 2050.

## Ansvar och organisation

Styrgruppen för fritid, kultur och gaturum leder arbetet och rapporterar till kommundirektörsgruppen en gång per kvartal. Strandförvaltningskoordinatorerna samordnar arbetet med tång, skräp och trutar längs kusten, och Skateparksbyggnadskommittén ansvarar för att skateparkerna byggs.

## Budget

Den gemensamma budgeten är 11,2 miljoner kronor för hela perioden, varav 4,1 miljoner kronor går till skateparkerna. Kommunerna betalar 5,20 kronor per invånare och år. Simskolan får dessutom ett statsbidrag på 600 000 kronor om året.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2051 till den 31 december 2054. Styrgruppen lämnar en årlig rapport i mars, och planen utvärderas hösten 2053.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma aktiviteterna under 2051, vilket område de hör till, vilken "
             "grupp som är ansvarig, tidsperioden, vilka kommuner som deltar och status i januari 2051.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för fritid, kultur och gaturum under 2051, "
              "ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fjortonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
