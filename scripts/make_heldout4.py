"""Regenerate the fictional documents of the fourth held-out set in benchmarks/data/heldout4/docs/.

    .venv/bin/python scripts/make_heldout4.py [--out benchmarks/data/heldout4/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. Like the other held-out sets, the documents are indexed next to corpus/ and
never become part of it (benchmarks/data/heldout4/manifest.toml holds their catalogue entries).
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (school meals and food waste, farmland and the agricultural
landscape, traffic safety, cyber security and continuity) are not covered by the other sets, and the
group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout4" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2031.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2031 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-maltider-sakerhet-landskap-2031.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för måltider, säkerhet och landskap 2031 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-kommundirektorsgruppen-2031-03-20.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll kommundirektörsgruppen 2031-03-20 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-maltider-landskap-sakerhet-2031-2034.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för måltider, landskap och säkerhet 2031–2034 (fiktiv)"

# Activity plan 2031 (PDF): the "Ansvar" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Åtgärd", "Ansvar", "Period", "Läge", "Prioriterat område", "Deltagare")
PLAN_PDF_WIDTHS = (54, 22, 22, 20, 30, 32)  # mm, 180 in all
PLAN_PDF = [
    ("Gemensamma krav på ekologiska livsmedel i skolköken", "Måltidsutvecklingsgruppen", "Kv 1–2 2031", "Pågår",
     "Måltider", "Lund, Eslöv, Höör"),
    ("Daglig mätning av matsvinnet i skolrestaurangerna", "Kostchefsnätverket", "Hela 2031", "Planerad",
     "Måltider", "Samtliga kommuner"),
    ("Övning för alla anställda i att känna igen nätfiskemejl", "Informationssäkerhetsforumet", "Mars 2031",
     "Ej påbörjad", "It-säkerhet", "Alla"),
    ("Gemensam rapportering av it-incidenter till kommundirektörerna", "Cybersäkerhetssamordnarna", "Kv 3 2031",
     "Planerad", "It-säkerhet", "Malmö, Burlöv, Kävlinge, Lomma"),
    ("Inventering av brukningsvärd jordbruksmark i översiktsplanerna", "Jordbruksmarksgruppen", "Vt 2031",
     "Pågår", "Landskap och jordbruk", "Staffanstorp, Svedala, Skurup, Trelleborg"),
    ("Restaurering av småvatten och märgelgravar i odlingslandskapet", "Landskapsvårdsnätverket",
     "Apr–okt 2031", "Planerad", "Landskap och jordbruk", "Höör, Eslöv, Skurup"),
    ("Ängsmark för pollinerande insekter längs kommunala vägkanter", "Pollinatörsnätverket", "Maj–sept 2031",
     "Pågår", "Landskap och jordbruk", "Lomma, Kävlinge, Burlöv"),
    ("Hastighetsdämpande åtgärder längs barnens skolvägar", "Trafiksäkerhetsrådet", "Ht 2031", "Ej påbörjad",
     "Trafiksäkerhet", "Vellinge, Trelleborg, Svedala"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per measure.
PLAN_DOCX = [
    ("Offentliga måltider", [
        [("Åtgärd", "Gemensam receptbank med klimatsmarta vegetariska rätter"),
         ("Ansvarig grupp", "Receptutvecklingsgruppen"), ("Tidsperiod", "Jan–jun 2031"), ("Status", "Pågår"),
         ("Deltagande kommuner", "Burlöv, Lomma, Staffanstorp")],
        [("Åtgärd", "Fortbildning i specialkost och allergier för måltidspersonal"),
         ("Ansvarig grupp", "Specialkostnätverket"), ("Tidsperiod", "Ht 2031"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Samtliga kommuner")],
    ]),
    ("Informationssäkerhet och kontinuitet", [
        [("Åtgärd", "Reservrutin för löneutbetalning vid längre it-avbrott"),
         ("Ansvarig grupp", "Kontinuitetsplaneringsgruppen"), ("Tidsperiod", "Kv 2 2031"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Lund, Malmö, Vellinge")],
        [("Åtgärd", "Utbildning för chefer i säker hantering av personuppgifter"),
         ("Ansvarig grupp", "Dataskyddsombudsnätverket"), ("Tidsperiod", "Hela 2031"), ("Status", "Pågår"),
         ("Deltagande kommuner", "Alla")],
    ]),
    ("Trafiksäkerhet", [
        [("Åtgärd", "Reflexkampanj riktad till äldre fotgängare"),
         ("Ansvarig grupp", "Trafiksäkerhetssamordnarna"), ("Tidsperiod", "Okt–dec 2031"),
         ("Status", "Ej påbörjad"), ("Deltagande kommuner", "Kävlinge, Eslöv, Höör, Skurup")],
    ]),
    ("Landskap och jordbruk", [
        [("Åtgärd", "Gemensam karta över alléer, stenmurar och andra landskapselement"),
         ("Ansvarig grupp", "Odlingslandskapsrådet"), ("Tidsperiod", "2031–2032"), ("Status", "Planerad"),
         ("Deltagande kommuner", "Svedala, Skurup, Trelleborg")],
    ]),
]

MINUTES_HEADER = ("Datum: 2031-03-20, kl. 9.00–12.00", "Plats: Stadshuset i Trelleborg (fiktivt möte)",
                  "Närvarande: kommundirektörerna i de tolv medlemskommunerna",
                  "Sekreterare: verksamhetsledaren för MalmöLundregionen")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden öppnade mötet och hälsade kommundirektörerna välkomna."], []),
    ("§ 2", "Val av justerare", ["Till justerare valdes Lena Bergkvist (Svedala)."], []),
    ("§ 3", "Aktivitetsplan 2031", [
        "Verksamhetsledaren gick igenom förslaget till aktivitetsplan för 2031 med åtta gemensamma åtgärder inom "
        "måltider, it-säkerhet, landskap och jordbruk samt trafiksäkerhet.",
        "Kommundirektörsgruppen beslutar att anta aktivitetsplanen för 2031.",
    ], []),
    ("§ 4", "It-säkerhet", [
        "Under 2030 drabbades två av medlemskommunerna av allvarliga it-angrepp mot e-postsystemen. Flera "
        "kommundirektörer betonade att kommunerna behöver öva mer tillsammans och dela erfarenheter snabbare.",
        "Kommundirektörsgruppen ger Cybersäkerhetssamordnarna i uppdrag att ta fram en gemensam plan för "
        "övningar vid it-angrepp och redovisa planen senast den 15 oktober 2031.",
    ], []),
    ("§ 5", "Matsvinn i skolrestaurangerna", [
        "Kostchefsnätverket redovisade de första mätningarna, som visar att matsvinnet i skolrestaurangerna i "
        "genomsnitt är 42 gram per portion.",
        "Kostchefsnätverket ansvarar för att sammanställa svinnmätningarna från alla kommuner två gånger per "
        "år.",
    ], []),
    ("§ 6", "Skydd av jordbruksmark", [
        "Gruppen diskuterade hur kommunerna kan väga behovet av nya bostäder mot värdet av den bördiga "
        "jordbruksmarken. Synen på frågan skiljer sig mellan kommunerna.",
        "Staffanstorp och Svedala får i uppdrag att ta fram ett förslag till gemensam policy för skydd av "
        "brukningsvärd jordbruksmark till mötet i juni.",
    ], []),
    ("§ 7", "Ansökan om medfinansiering av mopedprojekt", [
        "Föreningen Trygg på två hjul (fiktiv) har ansökt om 250 000 kronor i gemensam medfinansiering av ett "
        "projekt om trafiksäkerhet för unga mopedförare.",
        "Kommundirektörsgruppen beslutar att bordlägga ärendet till nästa möte i väntan på ett yttrande från "
        "Trafiksäkerhetsrådet.",
    ], []),
    ("§ 8", "Upphandling av livsmedel", [
        "Kommundirektörsgruppen beslutar",
    ], ["att kommunerna från och med 2032 ska ställa gemensamma krav på djurvälfärd vid upphandling av kött,",
        "att uppdra åt sekretariatet att informera kommunernas upphandlingsenheter före den 1 maj 2031."]),
    ("§ 9", "Förslag om gemensam skolmatsapp", [
        "Trelleborg har föreslagit en gemensam app där vårdnadshavare kan se skolmatsedeln och anmäla "
        "specialkost. Flera kommuner har redan egna lösningar som fungerar väl.",
        "Kommundirektörsgruppen beslutar att inte gå vidare med förslaget.",
    ], []),
    ("§ 10", "Nästa möte", ["Nästa möte hålls den 12 juni 2031 i Skurup."], []),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Syfte

Syftet med verksamhetsplanen är att kommunerna tillsammans ska servera hållbara måltider, värna det öppna odlingslandskapet och göra vardagen säkrare, både på vägarna och i de digitala systemen. Frågorna planeras i samma verksamhetsplan eftersom de berör samma förvaltningar och ofta samma upphandlingar.

## Mål till 2034

Matsvinnet i skolrestaurangerna ska minska till högst 20 gram per portion år 2034. Minst 40 procent av livsmedlen i de offentliga måltiderna ska vara ekologiska. Alla anställda i medlemskommunerna ska ha gått en grundutbildning i informationssäkerhet senast den 31 december 2032. Antalet barn som skadas på väg till eller från skolan ska halveras jämfört med 2030.

## Ledning och arbetssätt

Kostchefsnätverket leder arbetet med de offentliga måltiderna, och Odlingslandskapsrådet samordnar frågorna om jordbruksmark och landskap. Informationssäkerhetsforumet leder arbetet med informationssäkerhet och rapporterar varje kvartal till kommundirektörsgruppen. Varje åtgärd i aktivitetsplanen har en ansvarig grupp som svarar för tidsplan och rapportering.

## Finansiering och uppföljning

Samverkan har en gemensam budget på 1,5 miljoner kronor per år, varav 600 000 kronor går till informationssäkerhet. Kostnaden fördelas mellan kommunerna efter antalet invånare. Verksamhetsplanen gäller från den 1 januari 2031 och utvärderas i september 2033.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen redovisar de gemensamma åtgärderna under 2031, vilken grupp som har "
             "ansvaret, perioden, läget i februari 2031 och vilka kommuner som deltar.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för måltider, säkerhet och landskap "
              "under 2031, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, "Lena Bergkvist"),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fjärde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
