"""Regenerate the fictional documents of the twenty-seventh held-out set in benchmarks/data/heldout27/docs/.

    .venv/bin/python scripts/make_heldout27.py [--out benchmarks/data/heldout27/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout27 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (a walking school bus where adults take turns walking groups of
children to school along fixed routes, joint recruitment and training of foster homes, recruitment of
part-time firefighters for the small fire stations, rural work hubs where residents can work remotely
close to home, grief groups for children who have lost a parent or a sibling, prevention of gambling
among young people, a shared sheltered home for people subjected to violence in close relationships)
are not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout27" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2301.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2301 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-trygghet-uppvaxt-landsbygd-2301.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för trygghet, uppväxt och landsbygd 2301 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-trygghet-uppvaxt-landsbygd-2301-11-24.docx"
MINUTES_TITLE = ("EXEMPEL – Protokoll Beredningsgruppen för trygghet, uppväxt och landsbygd 2301-11-24 "
                 "(fiktivt)")
PROSE_FILE = "exempel-verksamhetsplan-trygghet-uppvaxt-landsbygd-2301-2304.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för trygghet, uppväxt och landsbygd 2301–2304 (fiktiv)"

# Activity plan 2301 (PDF): the undertaking ("Åtagande") comes first and the picture at the November check
# ("Lägesbild i november") second; the group that bears the responsibility ("Ansvarsbärare") follows in a
# column just wide enough for its heading, so the long group names break inside the word; then the
# municipalities working together ("Kommuner i samverkan"), the duration ("Varaktighet") and the subject
# area ("Ämnesområde") last.
PLAN_PDF_COLUMNS = ("Åtagande", "Lägesbild i november", "Ansvarsbärare", "Kommuner i samverkan",
                    "Varaktighet", "Ämnesområde")
PLAN_PDF_WIDTHS = (40, 27, 29, 30, 24, 30)  # mm, 180 in all; 29 mm keeps "Ansvarsbärare" whole
PLAN_PDF = [
    ("Gående skolbuss där vuxna turas om att gå med grupper av barn till skolan längs fasta rutter med "
     "hållplatser", "31 rutter i gång", "Skolbusspromenadledsagarkohorten", "Lund, Staffanstorp, Lomma, Kävlinge",
     "Aug 2301–jun 2302", "Skolvägar"),
    ("Gemensam rekrytering av familjehem för barn som inte kan bo hos sina föräldrar, med annonser och "
     "informationskvällar", "19 nya familjehem godkända",
     "Familjehemsrekryteringsintendenturen", "Samtliga kommuner", "Hela 2301", "Barn i samhällsvård"),
    ("Rekrytering av deltidsbrandmän till de mindre brandstationerna, som kan kombineras med ett arbete i "
     "kommunen", "Nio av 14 platser tillsatta", "Deltidsbrandmansrekryteringseskadern",
     "Höör, Skurup, Svedala, Eslöv, Vellinge", "Feb–okt 2301", "Räddningstjänst"),
    ("Arbetsnav på landsbygden med skrivbord, bredband och mötesrum för invånare som arbetar på distans",
     "Fem nav öppna", "Landsbygdsarbetsnavsetableringskvartetten",
     "Skurup, Höör, Trelleborg, Svedala", "Från 1 apr 2301", "Landsbygd"),
    ("Sorggrupper för barn och unga 7–18 år som har förlorat en förälder eller ett syskon, med träffar "
     "varannan vecka", "Sex grupper med 41 barn", "Barnsorggruppshandledarkollegiet", "Malmö, Lund, Burlöv",
     "Läsåret 2301/02", "Stöd till barn"),
    ("Lektioner om spel om pengar, lootlådor och spelskulder för elever i årskurs 8 och på gymnasiet",
     "Genomfört i 22 skolor", "Spelpreventionsundervisningsobservatoriet", "Trelleborg, Vellinge, Malmö, Eslöv",
     "Vt 2301", "Förebyggande arbete"),
    ("Gemensamt skyddat boende med tolv platser för personer som har utsatts för våld i nära relationer, med "
     "stödsamtal", "Tio av tolv platser belagda",
     "Skyddsboendeplatsförmedlingsprefekturen", "Burlöv, Kävlinge, Lomma, Staffanstorp, Lund",
     "Från 15 jan 2301", "Trygghet"),
]

# Activity plan (Word): one heading per subject area and a sub-heading with the name of each activity,
# then "Label: value" list lines: the time window ("Tidsfönster") first, then the group that runs it
# ("Sköts av"), a short description ("Kort beskrivning"), what has been reported ("Avrapporterat") and the
# municipalities it applies to ("Gäller kommunerna") last. One group has a name of several words.
PLAN_DOCX = [
    ("Skolvägar", [
        ("Reflexvästar till skolbussbarnen",
         [("Tidsfönster", "Oktober–november 2301"), ("Sköts av", "Reflexvästutdelningsspanarna"),
          ("Kort beskrivning", "Alla barn som går med i den gående skolbussen får en reflexväst och en reflex "
                               "till skolväskan inför den mörka årstiden"),
          ("Avrapporterat", "1 150 västar utdelade"), ("Gäller kommunerna", "Lund, Lomma")]),
    ]),
    ("Barn i samhällsvård", [
        ("Grundutbildning för nya familjehem",
         [("Tidsfönster", "Mars–maj och september–november 2301"),
          ("Sköts av", "Familjehemsutbildningsseminariet"),
          ("Kort beskrivning", "Sex kvällsträffar om barns behov, anknytning och samarbetet med socialtjänsten "
                               "för den som vill bli familjehem"),
          ("Avrapporterat", "Två omgångar genomförda med 46 deltagare"),
          ("Gäller kommunerna", "Samtliga kommuner")]),
        ("Faddrar för nya familjehem",
         [("Tidsfönster", "Från juni 2301"), ("Sköts av", "Fadderkretsen för nya familjehem"),
          ("Kort beskrivning", "Erfarna familjehem blir faddrar och stöttar ett nytt familjehem under det "
                               "första året"),
          ("Avrapporterat", "Tolv faddrar matchade"), ("Gäller kommunerna", "Malmö, Trelleborg, Vellinge")]),
    ]),
    ("Räddningstjänst", [
        ("Helgövningar för deltidsbrandmän",
         [("Tidsfönster", "En helg i månaden, mars–november 2301"),
          ("Sköts av", "Helgövningsschemaläggningsmagistraten"),
          ("Kort beskrivning", "Gemensamma övningar i rökdykning och räddning vid trafikolyckor på "
                               "övningsfältet i Svedala"),
          ("Avrapporterat", "Försenad, övningsfältet stängt för sanering under sommaren"),
          ("Gäller kommunerna", "Höör, Skurup, Svedala")]),
    ]),
    ("Landsbygd", [
        ("Bokning av platser i arbetsnaven",
         [("Tidsfönster", "Maj–augusti 2301"), ("Sköts av", "Arbetsnavsbokningsplattformsvärdarna"),
          ("Kort beskrivning", "Webbtjänst där invånarna bokar skrivbord och mötesrum i arbetsnaven och öppnar "
                               "dörren med mobilen"),
          ("Avrapporterat", "Klar, 2 300 bokningar hittills"), ("Gäller kommunerna", "Skurup, Höör")]),
    ]),
    ("Stöd till barn", [
        ("Fortbildning om sorg för skolpersonal",
         [("Tidsfönster", "Höstterminen 2301"), ("Sköts av", "Sorgstödsfortbildningskonklaven"),
          ("Kort beskrivning", "Halvdagsutbildning för lärare och elevhälsa om hur man bemöter en elev som har "
                               "förlorat en närstående"),
          ("Avrapporterat", "Inställd, föreläsaren blev sjuk, ny tid i februari 2302"),
          ("Gäller kommunerna", "Malmö, Burlöv")]),
    ]),
    ("Förebyggande arbete", [
        ("Föräldrakvällar om spel om pengar",
         [("Tidsfönster", "Januari–april 2301"), ("Sköts av", "Föräldramötesspelinformationskuriren"),
          ("Kort beskrivning", "Kvällsträffar för föräldrar om hur barn och unga lockas till spel om pengar via "
                               "datorspel och sociala medier"),
          ("Avrapporterat", "14 träffar med sammanlagt 690 föräldrar"),
          ("Gäller kommunerna", "Trelleborg, Eslöv")]),
    ]),
    ("Trygghet", [
        ("Utbildning i att upptäcka våld mot äldre",
         [("Tidsfönster", "September 2301–februari 2302"),
          ("Sköts av", "Våldsupptäcktsfortbildningskvintetten"),
          ("Kort beskrivning", "Utbildning för personalen i hemtjänsten i att upptäcka och fråga om våld och "
                               "kränkningar mot äldre"),
          ("Avrapporterat", "Hälften av personalgrupperna utbildade"),
          ("Gäller kommunerna", "Kävlinge, Staffanstorp, Lomma")]),
    ]),
]

MINUTES_HEADER = ("Tid: 2301-11-24, kl. 13.15–16.30",
                  "Plats: Medborgarhuset i Skurup (fiktivt sammanträde)",
                  "Beslutande: Beredningsgruppen för trygghet, uppväxt och landsbygd, med ledamöter från elva av "
                  "de tolv medlemskommunerna",
                  "Protokollförare: Elin Bergkvist (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 58", "Sammanträdets öppnande",
     ["Ordföranden Henrik Sjöberg (Vellinge) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 59", "Val av justerare",
     ["Sara Nilsson (Eslöv) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 60", "Gående skolbuss",
     ["Skolbusspromenadledsagarkohorten redovisade att 31 rutter är i gång och att omkring 480 barn går med "
      "varje skoldag. Vid de berörda skolorna har antalet bilar som lämnar barn på morgonen minskat med en "
      "fjärdedel. Svårast är att hitta vuxna som kan gå med på fredagar.",
      "Beredningsgruppen beslutar att den gående skolbussen ska erbjudas på alla skolor i Kävlinge och Lomma "
      "från höstterminen 2302."]),
    ("§ 61", "Familjehem",
     ["Familjehemsrekryteringsintendenturen redovisade att 19 nya familjehem har godkänts under året, men att "
      "det fortfarande saknas hem för syskongrupper och tonåringar. Annonskampanjen har kostat 640 000 "
      "kronor.",
      "Beredningsgruppen ger Familjehemsrekryteringsintendenturen i uppdrag att ta fram en särskild kampanj för "
      "att hitta familjehem till tonåringar och att redovisa den senast den 15 mars 2302."]),
    ("§ 62", "Deltidsbrandmän",
     ["Deltidsbrandmansrekryteringseskadern redovisade att nio av de 14 lediga platserna har tillsatts, varav "
      "fyra med personer som redan arbetar i kommunerna. En deltidsbrandman måste kunna vara på "
      "brandstationen inom sex minuter efter ett larm.",
      "Beredningsgruppen beslutar"],
     ["att kommunerna ska låta anställda som är deltidsbrandmän lämna arbetet vid larm utan löneavdrag,",
      "att Deltidsbrandmansrekryteringseskadern ansvarar för att informera kommunernas chefer om beslutet före "
      "den 31 januari 2302."]),
    ("§ 63", "Arbetsnav på landsbygden",
     ["Landsbygdsarbetsnavsetableringskvartetten redovisade att fem arbetsnav har öppnat och att navet i Skurup "
      "är det mest använda. En plats kostar 450 kronor i månaden för invånare. Ett sjätte nav planeras i "
      "Svedala.",
      "Beredningsgruppen beslutar att arbetsnaven ska vara avgiftsfria för studerande från den 1 januari "
      "2302."]),
    ("§ 64", "Sorggrupper för barn",
     ["Barnsorggruppshandledarkollegiet redovisade att sex sorggrupper med sammanlagt 41 barn är i gång och att "
      "17 barn väntar på en plats. Varje grupp leds av två utbildade gruppledare.",
      "Barnsorggruppshandledarkollegiet får i uppdrag att starta två nya grupper i Burlöv under våren 2302."]),
    ("§ 65", "Spel om pengar bland unga",
     ["Spelpreventionsundervisningsobservatoriet redovisade att lektionerna har hållits i 22 skolor. I en "
      "enkät svarade 12 procent av eleverna i årskurs 8 att de har spelat om pengar under det senaste året.",
      "Beredningsgruppen beslutar att lektionerna även ska erbjudas i årskurs 6 från hösten 2302."]),
    ("§ 66", "Skyddat boende",
     ["Skyddsboendeplatsförmedlingsprefekturen redovisade att tio av tolv platser är belagda och att den "
      "genomsnittliga vistelsetiden är elva veckor. En plats kostar den placerande kommunen 2 400 kronor per "
      "dygn.",
      "Beredningsgruppen ger Skyddsboendeplatsförmedlingsprefekturen i uppdrag att utreda om boendet kan ta "
      "emot personer som har husdjur och att redovisa utredningen senast den 30 april 2302."]),
    ("§ 67", "Övriga frågor",
     ["Lund informerade om att kommunen vill öppna ett arbetsnav i en av sina byar under 2302. Frågan tas upp "
      "på nästa sammanträde."]),
    ("§ 68", "Nästa sammanträde", ["Nästa sammanträde hålls den 9 februari 2302 i Vellinge."]),
]
MINUTES_ADJUSTER = "Sara Nilsson (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Allt fler barn skjutsas till skolan med bil, och vid skolorna uppstår trafikfarliga situationer varje morgon. Kommunerna har svårt att hitta familjehem, och många barn placeras långt från sin skola och sina vänner. De mindre brandstationerna har svårt att bemanna sina deltidsstyrkor. Många som bor på landsbygden pendlar långt till arbetet, trots att de skulle kunna arbeta på distans flera dagar i veckan. Varje år förlorar omkring 400 barn i regionen en förälder. Spel om pengar når allt yngre barn via mobilen, och antalet anmälningar om våld i nära relationer har ökat.

## Inriktning

Kommunerna vill att barnen ska kunna gå tryggt till skolan och att barn som inte kan bo hemma ska få växa upp i ett familjehem nära sin skola. Räddningstjänsten ska kunna komma snabbt till platsen även på landsbygden, och det ska gå att arbeta på distans utan att lämna sin by. Barn i sorg ska få stöd, unga ska skyddas mot spel om pengar, och den som utsätts för våld ska snabbt få en trygg plats att bo på.

## Mål till 2304

Minst 2 000 barn ska gå till skolan med den gående skolbussen. Minst 120 nya familjehem ska ha rekryterats, och alla brandstationer ska ha full bemanning i deltidsstyrkorna. Minst tio arbetsnav ska finnas på landsbygden. Inget barn som har förlorat en förälder ska behöva vänta mer än en månad på en plats i en sorggrupp.

## Organisation

Beredningsgruppen för trygghet, uppväxt och landsbygd leder arbetet och rapporterar till kommundirektörsgruppen fyra gånger per år. Stödorganisationssamverkansnoden håller kontakten med polisen och de ideella organisationer som stöder våldsutsatta, och Familjehemsrekryteringsintendenturen samarbetar med kommunernas familjehemssekreterare.

## Ekonomi

Den gemensamma budgeten är 18,2 miljoner kronor för perioden 2301–2304, varav 6,8 miljoner kronor går till att inreda och starta det skyddade boendet. Kommunerna betalar 7,30 kronor per invånare och år. Sorggrupperna får dessutom 200 000 kronor per år från en minnesfond.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2301 till den 31 december 2304. Beredningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2303.
"""


def headed_docx(path: Path, title: str, intro: str, areas: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then a heading per subject area, a sub-heading with each activity's
    name and its "Label: value" lines ((area, [(name, [(label, value), …]), …]), …)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for area, activities in areas:
        doc.add_heading(area, level=2)
        for name, fields in activities:
            doc.add_heading(name, level=3)
            for label, value in fields:
                doc.add_paragraph(f"{label}: {value}", style="List Bullet")
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensamt åtagande vad det går ut på, lägesbilden vid "
             "avstämningen i november 2301, vilken grupp som bär ansvaret, vilka kommuner som samverkar, "
             "hur länge åtagandet pågår och vilket ämnesområde det hör till.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för trygghet, uppväxt och landsbygd "
              "under 2301, ordnade efter ämnesområde, med en rubrik för varje aktivitet.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=headed_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugosjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
