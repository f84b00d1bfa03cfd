"""Regenerate the fictional documents of the fifty-first held-out set in benchmarks/data/heldout51/docs/.

    .venv/bin/python scripts/make_heldout51.py [--out benchmarks/data/heldout51/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout51 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (common ragweed pulled up under bird feeders in gardens, parks and
allotments, and leaflets in the shops that sell bird seed about seed mixes free of ragweed seeds, Asian
hornets caught in bait traps in harbours and orchards, and an on-call team that removes their nests, new
ponds for great crested newts with stone piles for the winter, and newts moved away from building sites
behind temporary fences, collection containers for textiles at the recycling stations, and a workshop that
sorts the clothes by hand for second-hand shops or new fibres, thermal cameras in the load space of the
refuse trucks against fires from lithium batteries, and red collection boxes for small batteries at the
libraries and food shops, old dry-stone walls along municipal roads restored and cleared of scrub, and
weekend courses in building dry-stone walls, lorries parked overnight in residential streets fined, and a
guarded lorry park with toilets, showers and power for the refrigeration units) are not covered by the
other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout51" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2326.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2326 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-artskydd-kretslopp-vagmiljo-2326.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för artskydd, kretslopp och vägmiljö 2326 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsgruppen-artskydd-kretslopp-vagmiljo-2326-12-08.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsgruppen för artskydd, kretslopp och vägmiljö 2326-12-08 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-artskydd-kretslopp-vagmiljo-2326-2329.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för artskydd, kretslopp och vägmiljö 2326–2329 (fiktiv)"

# Activity plan 2326 (PDF): the subject field ("Ämnesfält") comes first, then what the work consists of
# ("Arbetets innehåll"), the group holding it ("Hålls i av") in a column just wide enough for its short
# heading, so the long group names break inside the word over several lines, how long it lasts ("Varar"),
# the municipalities that have joined ("Kommuner som har anslutit sig") and the reading on 30 November
# ("Avläst 30 november").
PLAN_PDF_COLUMNS = ("Ämnesfält", "Arbetets innehåll", "Hålls i av", "Varar", "Kommuner som har anslutit sig",
                    "Avläst 30 november")
PLAN_PDF_WIDTHS = (32, 47, 20, 25, 30, 26)  # mm, 180 in all; 20 mm keeps "Hålls i av" whole
PLAN_PDF = [
    ("Allergiväxter",
     "Uppryckning av malörtsambrosia, som sprids med fågelfrö och vars pollen ger svår allergi, under "
     "fågelmatningar i villaträdgårdar, parker och koloniområden", "Ambrosiabekämpningspatrullen",
     "Juli–oktober 2326", "Lund, Kävlinge, Lomma, Staffanstorp", "Klart, 1 960 plantor uppryckta på 118 platser"),
    ("Invasiva insekter",
     "Betesfällor för sammetsgeting i hamnar och på fruktodlingar, och kontroll av fällorna varje vecka",
     "Sammetsgetingsövervakningsgruppen", "April–november 2326", "Trelleborg, Vellinge, Skurup, Malmö",
     "Pågår, 14 sammetsgetingar fångade i 60 fällor"),
    ("Artskydd i småvatten",
     "Nya dammar i parker och på kommunens åkermark för större vattensalamander, med stenrösen och döda "
     "trädstammar där salamandrarna kan övervintra", "Salamanderdammsanläggningslaget",
     "Mars 2326–oktober 2327", "Eslöv, Höör, Svedala, Lund", "Pågår, 7 av 15 dammar grävda"),
    ("Kretslopp och textil",
     "Behållare för textilier vid återvinningsstationerna, där invånarna lämnar trasiga och hela kläder, "
     "handdukar och lakan i knutna påsar", "Textilinsamlingsbehållarteamet", "Hela 2326",
     "Malmö, Burlöv, Kävlinge, Eslöv, Svedala", "Klart, 212 behållare, 640 ton textil insamlat"),
    ("Brandskydd i renhållningen",
     "Värmekameror i sopbilarnas lastutrymmen som larmar föraren när ett litiumbatteri i soporna börjar brinna",
     "Renhållningsfordonsbrandskyddsgruppen", "Februari 2326–mars 2327", "Lund, Malmö, Trelleborg, Lomma",
     "Försenat, kameror i 19 av 48 sopbilar"),
    ("Kulturlandskap",
     "Restaurering av gamla kallmurar av sten längs kommunala vägar och i naturreservat, där stenar har rasat "
     "eller murarna har täckts av sly", "Stenmursrestaureringsarbetslaget", "Maj–september 2326",
     "Höör, Eslöv, Skurup, Svedala", "Pågår, 3,4 av 9 kilometer murar lagade"),
    ("Trafik och gatumiljö",
     "Förbud mot att ställa upp lastbilar över natten på gatorna i bostadsområdena, med skyltar och "
     "kontroller av parkeringsvakter", "Tunglastbilsuppställningssamordnarna", "Januari–december 2326",
     "Burlöv, Staffanstorp, Kävlinge, Malmö, Vellinge", "Pågår, 410 felparkerade lastbilar har fått böter"),
]

# Activity plan (Word), by area: a heading per subject field, then each effort as bullet lines
# "Label: value": what is done ("Vad vi gör"), who mainly holds the responsibility ("Huvudsakligt ansvar
# hos"), the municipalities concerned ("Berör kommunerna"), the time ("Tidsmässigt") and how things stood on
# 1 December ("Så ser det ut 1 december"). One group is a pair of municipalities, one a network with a name
# of several words.
PLAN_DOCX_AREAS = [
    ("Allergiväxter", [[
        ("Vad vi gör", "Informationsblad i butiker som säljer fågelfrö, med råd om att köpa fröblandningar som är "
                       "fria från ambrosiafrön och att titta under fågelbordet på sensommaren"),
        ("Huvudsakligt ansvar hos", "Fågelfröinformationsvärdarna"),
        ("Berör kommunerna", "Lund, Kävlinge, Lomma"),
        ("Tidsmässigt", "Augusti–oktober 2326"),
        ("Så ser det ut 1 december", "Klart, bladen har delats ut i 46 butiker")]]),
    ("Invasiva insekter", [[
        ("Vad vi gör", "En jour som tar bort bon av sammetsgeting med en lång stång och insektsmedel, sedan bona "
                       "har hittats genom att märkta getingar har följts tillbaka till boet"),
        ("Huvudsakligt ansvar hos", "Getingbosaneringsjouren"),
        ("Berör kommunerna", "Trelleborg, Vellinge"),
        ("Tidsmässigt", "Juli–november 2326"),
        ("Så ser det ut 1 december", "Klart, 3 bon borttagna, alla i Trelleborgs hamn")]]),
    ("Artskydd i småvatten", [[
        ("Vad vi gör", "Tillfälliga plaststängsel runt byggarbetsplatser nära salamanderdammar, och flytt av "
                       "salamandrarna till en ny damm innan bygget börjar"),
        ("Huvudsakligt ansvar hos", "Höör och Eslöv"),
        ("Berör kommunerna", "Höör, Eslöv"),
        ("Tidsmässigt", "Mars–maj 2326"),
        ("Så ser det ut 1 december", "Klart, 830 salamandrar har flyttats")]]),
    ("Kretslopp och textil", [[
        ("Vad vi gör", "En sorteringsverkstad där de insamlade kläderna sorteras för hand i sådant som kan säljas "
                       "i second hand-butiker och sådant som blir nya fibrer"),
        ("Huvudsakligt ansvar hos", "Klädsorteringsverkstadskooperativet"),
        ("Berör kommunerna", "Malmö, Burlöv, Kävlinge"),
        ("Tidsmässigt", "Från april 2326"),
        ("Så ser det ut 1 december", "Pågår, 38 procent av kläderna har kunnat säljas igen")]]),
    ("Brandskydd i renhållningen", [[
        ("Vad vi gör", "Röda insamlingslådor för små batterier vid bibliotekens entréer och i mataffärer, så att "
                       "batterierna inte hamnar i soppåsen"),
        ("Huvudsakligt ansvar hos", "Nätverket för säker batteriinsamling"),
        ("Berör kommunerna", "Lund, Malmö, Trelleborg, Lomma"),
        ("Tidsmässigt", "Mars–december 2326"),
        ("Så ser det ut 1 december", "Pågår, 95 lådor utställda och 7,2 ton batterier insamlade")]]),
    ("Kulturlandskap", [[
        ("Vad vi gör", "En helgkurs i att bygga kallmur för markägare och frivilliga, med en erfaren stenmurare "
                       "som lärare"),
        ("Huvudsakligt ansvar hos", "Kallmursbyggarkursledarna"),
        ("Berör kommunerna", "Höör, Eslöv, Skurup"),
        ("Tidsmässigt", "Juni och augusti 2326"),
        ("Så ser det ut 1 december", "Klart, 64 deltagare på fyra kurser")]]),
    ("Trafik och gatumiljö", [[
        ("Vad vi gör", "En bevakad uppställningsplats för lastbilar i ett industriområde, med toaletter, duschar "
                       "och eluttag för kylaggregaten"),
        ("Huvudsakligt ansvar hos", "Rastplatsutbyggnadsprojektgruppen"),
        ("Berör kommunerna", "Burlöv, Staffanstorp"),
        ("Tidsmässigt", "September 2326–juni 2327"),
        ("Så ser det ut 1 december", "Ej påbörjat, platsen är ännu inte vald")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2326-12-08, kl. 9.30–12.15",
                  "Plats: Kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Samrådsgruppen för artskydd, kretslopp och vägmiljö, med representanter för nio "
                  "av de tolv medlemskommunerna",
                  "Ordförande: Sofia Berglund (Lomma)",
                  "Sekreterare: Erik Holmqvist (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Ambrosian under fågelborden",
     ["Ambrosiabekämpningspatrullen redovisade att 1 960 plantor av malörtsambrosia har ryckts upp på 118 "
      "platser, nästan alla under fågelbord och fågelautomater. En enda planta kan bilda upp till 60 000 frön, "
      "och fröna kan gro i marken i 40 år. Patrullen arbetar med handskar, eftersom växten kan ge utslag på "
      "huden.",
      "Samrådsgruppen beslutar att platser där ambrosia har hittats ska besökas igen varje sommar under fem år.",
      "Samrådsgruppen ger Fågelfröinformationsvärdarna i uppdrag att kontakta de tre största grossisterna av "
      "fågelfrö i Skåne före den 1 april 2327."]),
    ("§ 2", "Sammetsgetingen",
     ["Sammetsgetingsövervakningsgruppen redovisade att 14 sammetsgetingar har fångats i de 60 fällorna, den "
      "första i Trelleborgs hamn den 22 augusti. Getingarna har troligen kommit hit med lastbilar eller båtar "
      "från kontinenten. Sammetsgetingen äter honungsbin, och biodlare i Vellinge har förlorat två "
      "bisamhällen.",
      "Samrådsgruppen beslutar att fällorna från 2327 ska sättas ut redan i mars.",
      "Getingbosaneringsjouren ansvarar för att varje anmält bo tas bort inom 48 timmar."]),
    ("§ 3", "Salamanderdammarna",
     ["Salamanderdammsanläggningslaget redovisade att 7 av 15 dammar är grävda. Dammarna ska vara fria från "
      "fisk, eftersom fisken äter upp salamandrarnas ägg och larver. I två av de nya dammarna i Eslöv har större "
      "vattensalamander redan lagt ägg. Att gräva en damm kostar i genomsnitt 85 000 kronor.",
      "Samrådsgruppen beslutar att det inte får sättas ut fisk i dammarna.",
      "Samrådsgruppen ger Salamanderdammsanläggningslaget i uppdrag att sätta upp en informationsskylt vid varje "
      "damm."]),
    ("§ 4", "Insamlingen av textil",
     ["Textilinsamlingsbehållarteamet redovisade att 640 ton textil har samlats in i de 212 behållarna. Blöta "
      "kläder möglar och går inte att använda, och behållarna töms därför två gånger i veckan. "
      "Klädsorteringsverkstadskooperativet har kunnat sälja 38 procent av kläderna igen, och resten blir "
      "isolering och trasor.",
      "Samrådsgruppen beslutar att behållarna ska förses med tak som skyddar mot regn.",
      "Samrådsgruppen ger Textilinsamlingsbehållarteamet i uppdrag att ställa upp behållare även vid de tre "
      "största återvinningscentralerna senast den 1 mars 2327."]),
    ("§ 5", "Bränder i sopbilarna",
     ["Renhållningsfordonsbrandskyddsgruppen redovisade att kameror har monterats i 19 av 48 sopbilar. "
      "Arbetet är försenat eftersom leverantören har haft brist på kameror. Under året har det börjat brinna i "
      "lastutrymmet 11 gånger, och två gånger fick föraren tömma hela lasset på gatan. Oftast var det ett "
      "uppladdningsbart batteri från en engångs-e-cigarett eller en leksak som hade slängts i soppåsen.",
      "Samrådsgruppen beslutar att alla sopbilar som köps in från 2327 ska ha värmekamera.",
      "Nätverket för säker batteriinsamling får i uppdrag att ställa ut ytterligare 60 insamlingslådor på "
      "skolorna under våren 2327."]),
    ("§ 6", "Stenmurarna",
     ["Stenmursrestaureringsarbetslaget redovisade att 3,4 av 9 kilometer kallmur har lagats. Stenmurarna är "
      "skyddade som biotoper, och det krävs dispens från länsstyrelsen för att flytta en mur eller göra en "
      "öppning i den. Frivilliga från hembygdsföreningarna har arbetat 1 200 timmar med murarna.",
      "Samrådsgruppen beslutar att slyet längs murarna ska röjas vart tredje år."]),
    ("§ 7", "Lastbilar som står över natten",
     ["Tunglastbilsuppställningssamordnarna redovisade att 410 lastbilar har fått böter för att de har stått "
      "parkerade över natten i bostadsområden. Grannarna klagar mest på kylaggregaten, som brummar hela natten. "
      "Förarna säger att det saknas platser där de kan ställa lastbilen och sova.",
      "Samrådsgruppen beslutar att Burlöv och Staffanstorp ska föreslå en plats för den bevakade "
      "uppställningsplatsen senast den 15 februari 2327.",
      "Rastplatsutbyggnadsprojektgruppen ansvarar för att räkna fram vad uppställningsplatsen kommer att "
      "kosta."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Höör frågade om kommunen kan ansluta sig till insamlingen av textil från 2327. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 26 januari 2327 i Lomma."]),
]
MINUTES_ADJUSTER = "Lars Nyström (Skurup)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Malörtsambrosia sprids med fågelfrö och har börjat växa under fågelborden i trädgårdar och parker, och dess pollen kan ge svåra allergibesvär sent på sommaren. Sammetsgetingen har nått kusten och hotar honungsbina. Den större vattensalamandern har förlorat många av sina dammar när åkrar har dikats ut och tomter har bebyggts. Gamla kläder och lakan hamnar i soporna och bränns, fast mycket skulle kunna användas igen. Litiumbatterier som slängs i soppåsen orsakar bränder i sopbilarna. De gamla stenmurarna längs vägarna rasar eller växer igen, och lastbilar som står parkerade i bostadsområdena stör grannarnas nattsömn.

## Syfte

Samarbetet ska skydda invånarna mot allergi och bina mot sammetsgetingen, ge salamandrarna nya platser att leva på och ta tillvara textil som annars skulle brännas. Sopbilarnas förare ska kunna arbeta utan risk för bränder, stenmurarna ska bevaras som en del av kulturlandskapet, och lastbilsförarna ska ha en bra plats att stå på över natten.

## Mål till 2329

Alla 15 salamanderdammar ska vara grävda, och alla 48 sopbilar ska ha värmekamera. Minst 60 procent av de insamlade kläderna ska kunna säljas igen. Alla 9 kilometer kallmur ska vara lagade, och den bevakade uppställningsplatsen för lastbilar ska vara öppen.

## Organisation

Samrådsgruppen för artskydd, kretslopp och vägmiljö leder arbetet och rapporterar till kommundirektörerna två gånger per år. Pollenallergirådgivningsenheten ger råd om ambrosian. Sammetsgetingsövervakningsgruppen samarbetar med biodlarnas föreningar, och Renhållningsfordonsbrandskyddsgruppen håller kontakt med räddningstjänsten om bränderna i sopbilarna.

## Budget

Den gemensamma budgeten är 23,7 miljoner kronor för 2326–2329, varav 8,2 miljoner kronor går till salamanderdammarna. Kommunerna betalar 7,15 kronor per invånare och år. Stenmurarna får dessutom 1,3 miljoner kronor i landsbygdsstöd.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2326 till den 31 december 2329. Samrådsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2328.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ämnesfält vad arbetet går ut på, vilken grupp som håller i det, "
             "hur länge det varar, vilka kommuner som har anslutit sig och vad som avlästes den 30 november "
             "2326.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för artskydd, kretslopp och vägmiljö under 2326 "
              "och början av 2327, ordnade efter ämnesfält. För varje åtgärd anges vem som har det huvudsakliga "
              "ansvaret, vilka kommuner den berör, när den genomförs och hur det såg ut den 1 december 2326.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtioförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
