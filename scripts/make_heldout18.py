"""Regenerate the fictional documents of the eighteenth held-out set in benchmarks/data/heldout18/docs/.

    .venv/bin/python scripts/make_heldout18.py [--out benchmarks/data/heldout18/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout18 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (mobile library buses to the villages, public art in roundabouts,
meeting places against loneliness among older people, summer camps for children, barbecue places in
parks, nest boxes for birds and bats, night walks by adult volunteers) are not covered by the other
sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout18" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2071.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2071 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-kultur-gemenskap-gronomraden-2071.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för kultur, gemenskap och grönområden 2071 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samverkansradet-kultur-gemenskap-gronomraden-2071-10-07.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samverkansrådet för kultur, gemenskap och grönområden 2071-10-07 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-kultur-gemenskap-gronomraden-2071-2074.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för kultur, gemenskap och grönområden 2071–2074 (fiktiv)"

# Activity plan 2071 (PDF): the focus area comes first, then the narrow "Ansvarig grupp" column, so the
# long group names break inside the word; the activity, the schedule, the status and the participating
# municipalities follow.
PLAN_PDF_COLUMNS = ("Fokusområde", "Ansvarig grupp", "Aktivitet", "Tidsplan", "Status", "Deltagande kommuner")
PLAN_PDF_WIDTHS = (28, 22, 52, 24, 24, 30)  # mm, 180 in all; 28 mm keeps "Fokusområde" on one line
PLAN_PDF = [
    ("Kultur", "Bokbusslinjeplaneringskommittén",
     "Två nya bokbussar som stannar vid byskolor, äldreboenden och busshållplatser i byar som saknar "
     "bibliotek", "Jan–dec 2071", "Bussarna levererade", "Eslöv, Höör, Skurup, Svedala"),
    ("Kultur", "Rondellkonstuppdragsjuryn",
     "Skulpturer och andra konstverk av lokala konstnärer i rondellerna vid infarterna till tätorterna",
     "2071–2072", "Tävling utlyst", "Kävlinge, Lomma, Staffanstorp, Trelleborg"),
    ("Gemenskap", "Seniorträffpunktsutvecklingsplattformen",
     "Träffpunkter för äldre som känner sig ensamma, med öppet hus, gemensam lunch och promenadgrupper",
     "Feb–dec 2071", "Pågår i sex kommuner", "Malmö, Lund, Burlöv, Eslöv, Vellinge, Höör"),
    ("Barn och unga", "Sommarkolloverksamhetskonventet",
     "Gratis sommarkollo på landet och vid havet för barn 8–13 år som inte reser bort på sommarlovet",
     "Jun–aug 2071", "Anmälan öppnar i april", "Malmö, Trelleborg, Burlöv, Svedala"),
    ("Grönområden", "Grillplatsupprustningsbrigaden",
     "Nya grillplatser med fasta grillar, bord och soptunnor i parker och vid badplatser", "Apr–sep 2071",
     "Försenad", "Lund, Lomma, Vellinge, Kävlinge"),
    ("Grönområden", "Fågelholksuppsättningscirkeln",
     "Fågelholkar och fladdermusholkar i parker, skogsdungar och på skolgårdar", "Hela 2071",
     "Holkarna beställda", "Samtliga kommuner"),
    ("Gemenskap", "Nattvandringsrekryteringsenheten",
     "Nattvandring med vuxna volontärer i centrum och vid stationerna på fredags- och lördagskvällar",
     "Mar–nov 2071", "Saknar volontärer", "Malmö, Lund, Trelleborg, Staffanstorp"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort; the
# main owner comes right after the effort, then the period, the state and the municipalities last.
PLAN_DOCX = [
    ("Kultur", [
        [("Insats", "Sagostunder och egna lånekort för förskolebarn när bokbussen besöker förskolorna"),
         ("Huvudansvarig", "Förskolebokbussbesöksprogrammet"), ("Period", "Sep–dec 2071"),
         ("Läge", "Turlistan klar"), ("Kommuner", "Höör, Eslöv")],
        [("Insats", "Konstvandringar med guide mellan rondellernas konstverk"),
         ("Huvudansvarig", "Rondellkonstvisningssekretariatet"), ("Period", "Maj–sep 2071"),
         ("Läge", "Planeras"), ("Kommuner", "Staffanstorp, Kävlinge")],
    ]),
    ("Gemenskap", [
        [("Insats", "Telefonvänner där gymnasieungdomar ringer äldre som bor ensamma en gång i veckan"),
         ("Huvudansvarig", "Telefonvänsförmedlingsringen"), ("Period", "Från mars 2071"),
         ("Läge", "82 par matchade"), ("Kommuner", "Lund, Burlöv, Svedala")],
        [("Insats", "Utbildning för nattvandrare i att bemöta ungdomar som är berusade eller i kris"),
         ("Huvudansvarig", "Nattvandrarhandledningsgruppen"), ("Period", "Feb 2071"),
         ("Läge", "Genomförd"), ("Kommuner", "Malmö, Trelleborg")],
    ]),
    ("Barn och unga", [
        [("Insats", "Kolloledarutbildning för ungdomar 17–20 år som vill arbeta på sommarkollot"),
         ("Huvudansvarig", "Kolloledarutbildningsstaben"), ("Period", "Mar–maj 2071"),
         ("Läge", "Fullsatt"), ("Kommuner", "Malmö, Svedala, Burlöv")],
    ]),
    ("Grönområden", [
        [("Insats", "Särskilda askbehållare för engångsgrillar vid grillplatserna och på stränderna"),
         ("Huvudansvarig", "Engångsgrillåtervinningsdepån"), ("Period", "Jun–aug 2071"),
         ("Läge", "Avbruten"), ("Kommuner", "Lomma, Vellinge")],
        [("Insats", "Holkbygge för skolklasser i årskurs 5 i skolornas slöjdsalar"),
         ("Huvudansvarig", "Holksnickerikooperativet"), ("Period", "Vt 2071"),
         ("Läge", "Pågår"), ("Kommuner", "Lund, Lomma, Skurup")],
    ]),
]

MINUTES_HEADER = ("Datum: 2071-10-07, kl. 13.30–16.00",
                  "Plats: Kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Samverkansrådet för kultur, gemenskap och grönområden, med ledamöter från nio av "
                  "de tolv medlemskommunerna",
                  "Sekreterare: Ebba Lundqvist (Höör)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Mikael Strand (Lomma) hälsade ledamöterna välkomna och förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Yasmin Olsson (Kävlinge) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Bokbussarna",
     ["Bokbusslinjeplaneringskommittén redovisade att de två bokbussarna mellan januari och augusti 2071 "
      "har gjort 410 stopp och lånat ut 9 300 böcker. Flest lån gjordes vid byskolorna i Svedala.",
      "Samverkansrådet beslutar"],
     ["att bokbussarna från januari 2072 ska stanna vid samtliga byskolor minst varannan vecka,",
      "att Bokbusslinjeplaneringskommittén får i uppdrag att utreda om bokbussarna även kan köra på "
      "lördagar."]),
    ("§ 4", "Konst i rondellerna",
     ["Rondellkonstuppdragsjuryn redovisade att 57 konstnärer har lämnat förslag i tävlingen om konst i "
      "rondellerna, varav 19 bor i regionen. Trelleborg påpekade att konstverken inte får skymma sikten för "
      "bilisterna.",
      "Samverkansrådet beslutar att ett konstverk i en rondell får kosta högst 750 000 kronor och att varje "
      "konstverk ska godkännas av en trafiksäkerhetsexpert innan det beställs."]),
    ("§ 5", "Träffpunkter för äldre",
     ["Seniorträffpunktsutvecklingsplattformen redovisade att träffpunkterna har haft i genomsnitt 1 150 "
      "besök per vecka. Den gemensamma lunchen och promenadgrupperna är de populäraste aktiviteterna.",
      "Samverkansrådet beslutar att träffpunkterna ska hålla öppet även under jul- och nyårshelgerna 2071."]),
    ("§ 6", "Sommarkollo",
     ["Sommarkolloverksamhetskonventet redovisade att 480 barn åkte på kollo sommaren 2071, fördelade på "
      "fyra omgångar på lägergården Stensjöhem utanför Höör. Ytterligare 65 barn fick inte plats.",
      "Samverkansrådet ger Sommarkolloverksamhetskonventet i uppdrag att hitta ytterligare en lägergård och "
      "redovisa ett förslag senast den 15 januari 2072."]),
    ("§ 7", "Grillplatser",
     ["Grillplatsupprustningsbrigaden redovisade att bara 14 av de 30 planerade grillplatserna är klara, "
      "eftersom leverantören av de fasta grillarna gick i konkurs i juni.",
      "Samverkansrådet beslutar att de återstående grillplatserna ska vara klara senast den 1 maj 2072."]),
    ("§ 8", "Fågel- och fladdermusholkar",
     ["Fågelholksuppsättningscirkeln redovisade att 1 600 holkar har satts upp, varav 240 fladdermusholkar. "
      "Vid en kontroll i juli hade fåglar häckat i sex av tio fågelholkar. Samverkansrådet noterade "
      "redovisningen."]),
    ("§ 9", "Nattvandring",
     ["Nattvandringsrekryteringsenheten redovisade att det bara finns 38 aktiva nattvandrare i regionen, "
      "medan det behövs minst 120 för att det ska gå att vandra varje fredag och lördag.",
      "Samverkansrådet beslutar att nattvandrarna ska få åka gratis med kollektivtrafiken under sina pass och "
      "ger Nattvandringsrekryteringsenheten i uppdrag att värva nya nattvandrare på gymnasieskolornas "
      "föräldramöten."]),
    ("§ 10", "Övriga frågor",
     ["Lomma informerade om att kommunen ordnar en holkbyggardag för familjer i Lomma hamn den 25 oktober "
      "2071. Samverkansrådet noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 8 december 2071 i Vellinge."]),
]
MINUTES_ADJUSTER = "Yasmin Olsson (Kävlinge)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

I en enkät 2070 svarade 31 procent av invånarna över 75 år att de ofta känner sig ensamma, vilket motsvarar omkring 14 000 personer i regionen. Elva byar ligger mer än tio kilometer från närmaste bibliotek, och var femte barn reser inte bort någon gång under sommarlovet. Rondellerna vid infarterna till tätorterna är i dag mest gräsytor. I parkerna har flera fågelarter blivit färre sedan gamla träd med håligheter har fällts, och på sommarkvällarna saknas ofta vuxna ute i centrum och vid stationerna.

## Inriktning

Kommunerna vill att kultur ska finnas nära alla invånare, också i byarna, att ingen ska behöva vara ensam mot sin vilja och att parker och grönområden ska vara levande mötesplatser för både människor och djur.

## Mål till 2074

Varje by utan eget bibliotek ska få besök av bokbussen minst varannan vecka. Minst 800 barn ska kunna åka på sommarkollo varje sommar. Det ska finnas minst en träffpunkt för äldre i varje kommun, och andelen äldre som ofta känner sig ensamma ska ha minskat till 20 procent. Minst tolv rondeller ska ha ett konstverk, och det ska sitta 5 000 fågel- och fladdermusholkar i kommunernas parker.

## Organisation

Samverkansrådet för kultur, gemenskap och grönområden leder arbetet och rapporterar till kommundirektörsgruppen en gång per år. Ensamhetspreventionsnätverket samordnar arbetet med träffpunkter och telefonvänner, och Rondellkonstuppdragsjuryn, med två konstnärer och en trafikingenjör, väljer konstverken till rondellerna.

## Ekonomi

Den gemensamma budgeten är 11,6 miljoner kronor för perioden 2071–2074, varav 3,4 miljoner kronor går till sommarkollot. Kommunerna betalar 4,90 kronor per invånare och år. Bokbussarna får dessutom ett statligt bidrag för läsfrämjande på 1,2 miljoner kronor.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2071 till den 31 december 2074. Samverkansrådet lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2073.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam aktivitet vilket fokusområde den hör till, vilken grupp "
             "som är ansvarig, vad aktiviteten går ut på, när den genomförs, läget i februari 2071 och vilka "
             "kommuner som deltar.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för kultur, gemenskap och grönområden under "
              "2071, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den artonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
