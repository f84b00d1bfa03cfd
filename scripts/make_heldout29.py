"""Regenerate the fictional documents of the twenty-ninth held-out set in benchmarks/data/heldout29/docs/.

    .venv/bin/python scripts/make_heldout29.py [--out benchmarks/data/heldout29/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout29 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (beaver dams that block road culverts and ditches and flood the roads,
light pollution and the night dimming of street lighting in outlying areas, tool libraries where residents
borrow drills, ladders and sewing machines, a dental care bus that visits nursing homes for older people,
funerals for people who die without known relatives, bird collisions with glass facades and bus shelters,
collection of silage plastic and other farm plastic from the farms) are not covered by the other sets, and
the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout29" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2303.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2303 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-natur-omsorg-aterbruk-2303.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för natur, omsorg och återbruk 2303 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samordningsgruppen-natur-omsorg-aterbruk-2303-11-08.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Samordningsgruppen för natur, omsorg och återbruk 2303-11-08 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-natur-omsorg-aterbruk-2303-2306.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för natur, omsorg och återbruk 2303–2306 (fiktiv)"

# Activity plan 2303 (PDF): the task ("Uppgift") comes first, then the group that carries it out
# ("Utförare") in a column just wide enough for its short heading, so the long group names break inside the
# word over several lines; then the time frame ("Tidsram"), the focus area ("Fokusområde"), the status at
# the check on 1 October ("Status 1 oktober") and the parties taking part ("Deltagande parter") last.
PLAN_PDF_COLUMNS = ("Uppgift", "Utförare", "Tidsram", "Fokusområde", "Status 1 oktober",
                    "Deltagande parter")
PLAN_PDF_WIDTHS = (50, 18, 24, 27, 32, 29)  # mm, 180 in all; 18 mm keeps "Utförare" whole
PLAN_PDF = [
    ("Kartläggning av bäverdammar som dämmer upp vägtrummor och diken, och rivning av dammar där vägar "
     "riskerar att svämma över", "Bäverdammsvägtrumsrensningspatrullen", "Mars–november 2303",
     "Vatten och vägar", "37 dammar kartlagda, 11 rivna", "Höör, Eslöv, Skurup, Svedala"),
    ("Nattsläckning och dimring av gatubelysningen i ytterområden för att minska ljusföroreningarna och ge "
     "fladdermöss och stjärnhimmel mer mörker", "Ljusföroreningskarteringsverkstaden", "Hela 2303", "Miljö",
     "2 900 av 6 400 armaturer dimrade", "Lund, Lomma, Staffanstorp, Kävlinge"),
    ("Verktygsbibliotek där invånarna lånar borrmaskiner, stegar, symaskiner och trädgårdsredskap med sitt "
     "bibliotekskort", "Verktygsutlåningsförrådsförvaltarlaget", "Från 1 februari 2303", "Återbruk",
     "Tre bibliotek öppna, 1 850 lån", "Malmö, Burlöv, Trelleborg"),
    ("Tandvårdsbuss som besöker särskilda boenden och gör munhälsobedömningar och enklare behandlingar på "
     "plats", "Äldretandvårdsbussbemanningsenheten", "April 2303–mars 2304", "Äldres hälsa",
     "24 av 41 boenden besökta", "Alla tolv kommuner"),
    ("Begravning och gravsättning av personer som avlider utan kända anhöriga, med efterforskning av "
     "släktingar och en enkel ceremoni", "Anhörigefterforskningsbegravningskansliet", "Hela 2303",
     "Värdigt avsked", "17 begravningar, anhöriga funna i sex fall", "Malmö, Lund, Kävlinge, Vellinge"),
    ("Märkning av glasfasader, gångbroar och busskurer med mönster som gör att fåglar ser glaset och inte "
     "flyger in i det", "Fågelkollisionsglasmärkningsstudion", "April–juni 2303", "Fåglar och natur",
     "Klart, 1 300 kvadratmeter glas märkt", "Lund, Malmö, Staffanstorp"),
    ("Insamling av ensilageplast, nät och garn från lantbruken två gånger om året, så att plasten återvinns "
     "i stället för att eldas upp", "Ensilageplasthämtningsslingkonsortiet", "Vår och höst 2303",
     "Lantbruk", "Vårrundan klar, 412 ton; höstrundan försenad", "Skurup, Höör, Eslöv, Trelleborg, Svedala"),
]

# Activity plan (Word): each activity under a heading with its name, followed by a two-column Word table
# of labels and values: the content ("Innehåll") first, then the working group ("Arbetsgrupp"), who takes
# part ("Deltar"), when it is carried out ("Genomförs"), the status in October ("Status i oktober") and the
# subject area ("Sakområde") last. One group has a name of several words.
PLAN_DOCX_LABELS = ("Innehåll", "Arbetsgrupp", "Deltar", "Genomförs", "Status i oktober", "Sakområde")
PLAN_DOCX = [
    ("Bävergaller vid utsatta vägtrummor",
     ("Galler av armeringsnät sätts upp framför de vägtrummor där bävrarna oftast bygger dammar, så att "
      "vattnet kan rinna fritt under vägen", "Vägtrumsgallermonteringslaget", "Höör, Skurup",
      "Maj–september 2303", "Klart, 48 galler monterade", "Vatten och vägar")),
    ("Fladdermusvänlig belysning längs ån",
     ("Gatlyktorna längs gång- och cykelvägen vid ån byts mot armaturer med varmt, nedåtriktat ljus som "
      "stör fladdermössen mindre", "Åstråksarmaturbytesförvaltningen", "Lund, Lomma",
      "Augusti–december 2303",
      "Försenat, armaturerna levererades med fel färgtemperatur och har skickats tillbaka; nya väntas i "
      "februari 2304", "Miljö")),
    ("Lagningskvällar i verktygsbiblioteken",
     ("Kvällar då frivilliga visar hur man lagar cyklar, elektronik och kläder med verktygen från "
      "biblioteket", "Lagningskvällsvolontärsamordnarna", "Malmö, Burlöv", "September 2303–maj 2304",
      "Pågår, fem kvällar hållna med sammanlagt 210 besökare", "Återbruk")),
    ("Munvårdsutbildning för personalen på särskilda boenden",
     ("Halvdagsutbildning för undersköterskor om daglig munvård, tandborstning och protesvård hos äldre som "
      "behöver hjälp", "Munvårdsombudsutbildningskollegiet", "Samtliga kommuner", "Mars–maj 2303",
      "Inställd, tandhygienisterna behövdes i tandvårdsbussen; utbildningen ges i stället som film under "
      "våren 2304", "Äldres hälsa")),
    ("Minnesstund för dem som har begravts utan anhöriga",
     ("En gemensam minnesstund där namnen på dem som har begravts utan anhöriga under året läses upp och "
      "ljus tänds", "Arbetsgruppen för värdiga avsked", "Malmö, Lund", "November 2303",
      "Planerad, minnesstunden hålls den 26 november 2303 i Lindkapellet", "Värdigt avsked")),
    ("Fågelvänliga busskurer",
     ("Nya busskurer får glas med inbränt prickmönster och de gamla kurerna får dekaler som fåglarna kan se",
      "Busskursdekalappliceringsrotan", "Staffanstorp, Lund", "Juni–augusti 2303",
      "Genomfört, 142 busskurer märkta", "Fåglar och natur")),
    ("Mottagningsstationer för lantbruksplast",
     ("Fasta stationer vid tre återvinningscentraler där lantbrukarna kan lämna rengjord ensilageplast och "
      "garn mellan insamlingsrundorna", "Lantbruksplastmottagningsstationsbyggarna",
      "Skurup, Trelleborg, Svedala", "Januari–juni 2303",
      "Avbrutet, marken vid återvinningscentralen i Skurup visade sig vara förorenad; två av tre stationer "
      "öppnade", "Lantbruk")),
]

MINUTES_HEADER = ("Tid: 2303-11-08, kl. 9.30–12.45",
                  "Plats: Stationshuset i Svedala (fiktivt sammanträde)",
                  "Beslutande: Samordningsgruppen för natur, omsorg och återbruk, med ledamöter från nio av de "
                  "tolv medlemskommunerna",
                  "Protokollförare: Anna Wikström (Lomma)")
MINUTES_ITEMS = [
    ("§ 71", "Sammanträdets öppnande",
     ["Ordföranden Per-Olof Nordin (Höör) hälsade ledamöterna välkomna och förklarade sammanträdet öppnat."]),
    ("§ 72", "Val av justerare",
     ["Fatima Haddad (Malmö) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 73", "Bäverdammar vid vägarna",
     ["Bäverdammsvägtrumsrensningspatrullen redovisade att 37 bäverdammar har kartlagts och att 11 dammar "
      "har rivits där vägar riskerade att svämma över. En grusväg i Höör har stått under vatten tre gånger "
      "sedan i våras. Reparationerna av vägarna har hittills kostat 780 000 kronor. Framför de mest utsatta "
      "vägtrummorna har 48 galler monterats.",
      "Samordningsgruppen beslutar att kommunerna gemensamt ska ansöka hos länsstyrelsen om skyddsjakt på "
      "bäver vid de sex vägtrummor som har svämmat över flest gånger."]),
    ("§ 74", "Nattsläckning av gatubelysningen",
     ["Ljusföroreningskarteringsverkstaden redovisade att 2 900 av 6 400 armaturer i ytterområdena nu "
      "dimras mellan kl. 01 och 05. Elkostnaden har därmed minskat med 420 000 kronor under året. Flera "
      "invånare har hört av sig och sagt att de känner sig otrygga på cykelvägarna när det är mörkt.",
      "Samordningsgruppen ger Ljusföroreningskarteringsverkstaden i uppdrag att ta fram en förteckning över "
      "de gång- och cykelvägar som ska vara fullt belysta hela natten och att redovisa den senast den "
      "15 mars 2304."]),
    ("§ 75", "Verktygsbibliotek",
     ["Verktygsutlåningsförrådsförvaltarlaget redovisade att tre verktygsbibliotek har öppnat och att det "
      "har blivit 1 850 lån sedan februari. Högtryckstvätten är det verktyg som lånas mest. 23 verktyg har "
      "inte lämnats tillbaka.",
      "Samordningsgruppen beslutar att lånetiden förlängs från en vecka till två veckor från den 1 januari "
      "2304."]),
    ("§ 76", "Tandvårdsbussen",
     ["Äldretandvårdsbussbemanningsenheten redovisade att tandvårdsbussen har besökt 24 av 41 boenden och "
      "gjort 1 260 munhälsobedömningar. 38 procent av de boende behövde behandling, oftast för karies vid "
      "tandhalsarna. Munvårdsutbildningen för personalen ställdes in eftersom tandhygienisterna behövdes i "
      "bussen.",
      "Samordningsgruppen beslutar"],
     ["att tandvårdsbussen från 2304 även ska besöka äldre med hemtjänst som inte kan ta sig till en "
      "tandvårdsklinik,",
      "att Äldretandvårdsbussbemanningsenheten ansvarar för att ta fram en besöksplan för hemtjänsten senast "
      "den 30 april 2304."]),
    ("§ 77", "Begravningar utan anhöriga",
     ["Anhörigefterforskningsbegravningskansliet redovisade att kommunerna har ordnat 17 begravningar under "
      "året för personer utan kända anhöriga och att släktingar har hittats i sex fall. Efterforskningen tar "
      "i genomsnitt 19 dagar. En enkel begravning kostar kommunen i genomsnitt 24 000 kronor.",
      "Samordningsgruppen ger Anhörigefterforskningsbegravningskansliet i uppdrag att ta fram gemensamma "
      "rutiner för hur kommunerna tar hand om den avlidnes bostad och tillhörigheter och att redovisa dem "
      "vid nästa sammanträde."]),
    ("§ 78", "Fågelkrockar mot glas",
     ["Fågelkollisionsglasmärkningsstudion redovisade att 1 300 kvadratmeter glas har märkts. Vid gångbron "
      "över järnvägen i Lund hittades 64 döda fåglar våren 2302, men bara fem efter märkningen. Märkningen "
      "kostar omkring 900 kronor per kvadratmeter.",
      "Samordningsgruppen beslutar att alla nya kommunala byggnader med stora glaspartier ska ha fågelsäkert "
      "glas från och med 2304."]),
    ("§ 79", "Insamling av lantbruksplast",
     ["Ensilageplasthämtningsslingkonsortiet redovisade att vårrundan samlade in 412 ton plast från 286 "
      "gårdar. Höstrundan är försenad eftersom entreprenören har gått i konkurs; en ny entreprenör börjar "
      "den 1 december 2303. Lantbrukarna betalar i vanliga fall 300 kronor per hämtning.",
      "Samordningsgruppen beslutar att hämtningen ska vara avgiftsfri för lantbrukarna under höstrundan 2303 "
      "som ersättning för förseningen."]),
    ("§ 80", "Övriga frågor",
     ["Skurup meddelade att kommunen vill öppna ett eget verktygsbibliotek under 2304. Frågan tas upp vid "
      "nästa sammanträde."]),
    ("§ 81", "Nästa sammanträde", ["Nästa sammanträde hålls den 7 februari 2304 i Lomma."]),
]
MINUTES_ADJUSTER = "Fatima Haddad (Malmö)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Bävern har blivit vanligare i regionen, och dess dammar täpper till vägtrummor och diken så att vägar och åkrar svämmar över. Gatubelysningen lyser hela natten även där ingen rör sig, vilket stör fladdermöss och insekter och gör att stjärnhimlen inte längre syns. Många hushåll äger verktyg som används några minuter om året. Äldre på särskilda boenden har ofta dålig munhälsa och kommer sällan till en tandläkare. Varje år avlider omkring 60 personer i regionen utan anhöriga som kan ordna begravningen, och då är det kommunen som ansvarar. Hundratals fåglar dör varje år när de flyger in i glasfasader och busskurer. Mycket av lantbrukens ensilageplast eldas upp eller blir liggande i stället för att återvinnas.

## Inriktning

Kommunerna vill att vägarna ska hållas öppna utan att bävern trängs undan mer än nödvändigt, att natten ska få vara mörk där det går och att det ska vara enkelt att låna i stället för att köpa. Äldre ska få en god munhälsa där de bor, den som dör utan anhöriga ska få ett värdigt avsked, glaset i kommunernas byggnader ska inte döda fåglar, och plasten från lantbruken ska bli ny plast.

## Mål till 2306

Ingen kommunal väg ska behöva stängas på grund av bäverdammar. Minst 80 procent av gatubelysningen i ytterområdena ska dimras nattetid. Det ska finnas minst tio verktygsbibliotek i regionen. Alla särskilda boenden ska få besök av tandvårdsbussen minst en gång per år. Minst 90 procent av lantbruksplasten ska samlas in och återvinnas.

## Organisation

Samordningsgruppen för natur, omsorg och återbruk leder arbetet och rapporterar till kommundirektörsgruppen tre gånger per år. Bäverförvaltningssamrådet håller kontakten med länsstyrelsen, markägarna och jägarna, och Verktygsutlåningsförrådsförvaltarlaget samarbetar med studieförbunden om kurser i att laga saker. Anhörigefterforskningsbegravningskansliet samarbetar med begravningsbyråerna och Skatteverket.

## Ekonomi

Den gemensamma budgeten är 16,4 miljoner kronor för perioden 2303–2306, varav 5,2 miljoner kronor går till tandvårdsbussen. Kommunerna betalar 6,90 kronor per invånare och år. Insamlingen av lantbruksplast får dessutom 250 000 kronor per år från en branschorganisation för lantbrukare.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2303 till den 31 december 2306. Samordningsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas våren 2305.
"""


def tabled_docx(path: Path, title: str, intro: str, labels: Sequence[str], activities: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then each activity under a heading with its name, followed by a
    two-column table of labels and values ((name, (value, …)), …; the values in the order of labels)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for name, values in activities:
        doc.add_heading(name, level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in zip(labels, values, strict=True):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.add_paragraph()
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje uppgift vilken grupp som utför den, tidsramen, vilket "
             "fokusområde den hör till, statusen vid avstämningen den 1 oktober 2303 och vilka parter "
             "som deltar.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för natur, omsorg och återbruk under "
              "2303. Varje aktivitet har en egen tabell med innehåll, arbetsgrupp, vilka kommuner som "
              "deltar, när den genomförs, status i oktober och sakområde.",
              PLAN_DOCX_LABELS, PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=tabled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugonionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
