"""Regenerate the fictional documents of the third held-out set in benchmarks/data/heldout3/docs/.

    .venv/bin/python scripts/make_heldout3.py [--out benchmarks/data/heldout3/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout3 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (public health, water and sewage, procurement, emergency
preparedness, welcome services for new residents, gender equality) are not covered by the other sets,
and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout3" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2030.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2030 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-trygghet-valkomnande-2030.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för hälsa, trygghet och välkomnande 2030 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-styrelsen-2030-02-12.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll styrelsen 2030-02-12 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-folkhalsa-trygghet-2030-2033.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för folkhälsa och trygghet 2030–2033 (fiktiv)"

# Activity plan 2030 (PDF): the "Ansvarig" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Aktivitet", "Ansvarig", "Tidsplan", "Status", "Deltagande kommuner")
PLAN_PDF_WIDTHS = (64, 22, 26, 22, 46)  # mm, 180 in all
PLAN_PDF = [
    ("Gemensam kartläggning av läckage i ledningsnätet för vatten och avlopp", "VA-samverkansgruppen",
     "Kv 1–3 2030", "Pågår", "Kävlinge, Lomma, Burlöv"),
    ("Samordnad upphandling av arbetskläder för hemtjänstens personal", "Inköpssamordningsgruppen", "Vt 2030",
     "Ej påbörjad", "Svedala, Trelleborg, Skurup, Vellinge"),
    ("Gemensam övning i krisledning vid långvarigt elavbrott", "Krisberedskapssamordnarna", "Oktober 2030",
     "Planerad", "Samtliga kommuner"),
    ("Välkomstpaket på flera språk till nyinflyttade hushåll", "Inflyttarservicenätverket", "Hela 2030", "Pågår",
     "Eslöv, Höör, Staffanstorp"),
    ("Jämställdhetsanalys av kommunernas bidrag till föreningslivet", "Jämställdhetsstrateggruppen", "Kv 2 2030",
     "Planerad", "Lund, Malmö"),
    ("Rökfria skolgårdar och lekplatser", "Folkhälsoberedningsgruppen", "Ht 2030", "Ej påbörjad", "Alla"),
    ("Gemensam laboratorieanalys av badvatten vid kusten", "Badvattenkontrollgruppen", "Jun–aug 2030", "Planerad",
     "Lomma, Vellinge, Trelleborg"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort.
PLAN_DOCX = [
    ("Folkhälsa", [
        [("Insats", "Simundervisning för vuxna som inte kan simma"), ("Ägare", "Folkhälsoplanerarnätverket"),
         ("Tid", "Maj–aug 2030"), ("Status", "Planerad"), ("Kommuner", "Trelleborg, Skurup, Svedala")],
        [("Insats", "Informationskampanj om psykisk hälsa bland unga vuxna"), ("Ägare", "Elevhälsochefsgruppen"),
         ("Tid", "Vt 2030"), ("Status", "Pågår"), ("Kommuner", "Samtliga kommuner")],
    ]),
    ("Jämställdhet", [
        [("Insats", "Utbildning i jämställd medborgardialog för tjänstepersoner"), ("Ägare", "Jämställdhetsrådet"),
         ("Tid", "Hela 2030"), ("Status", "Ej påbörjad"), ("Kommuner", "Burlöv, Kävlinge, Lund")],
    ]),
    ("Krisberedskap", [
        [("Insats", "Trygghetspunkter där invånare kan få information och värme vid kris"),
         ("Ägare", "Beredskapsrådet"), ("Tid", "Kv 4 2030"), ("Status", "Planerad"), ("Kommuner", "Alla")],
    ]),
    ("Välkomnande av nya invånare", [
        [("Insats", "Digital välkomstguide för nya invånare"), ("Ägare", "Kommunikationschefsgruppen"),
         ("Tid", "Från mars 2030"), ("Status", "Pågår"), ("Kommuner", "Malmö, Lomma, Eslöv, Höör")],
    ]),
]

MINUTES_HEADER = ("Datum: 2030-02-12, kl. 13.30–16.00", "Plats: Kommunhuset i Kävlinge (fiktivt möte)",
                  "Närvarande: styrelsens ledamöter från elva av de tolv medlemskommunerna",
                  "Sekreterare: verksamhetsledaren för MalmöLundregionen")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden öppnade sammanträdet och hälsade ledamöterna välkomna."], []),
    ("§ 2", "Val av justerare", ["Till justerare valdes Per Ekström (Höör)."], []),
    ("§ 3", "Aktivitetsplan 2030", [
        "Verksamhetsledaren presenterade förslaget till aktivitetsplan för 2030 med sju gemensamma aktiviteter.",
        "Styrelsen beslutar att fastställa aktivitetsplanen för 2030.",
    ], []),
    ("§ 4", "Samverkan om vatten och avlopp", [
        "Kävlinge, Lomma och Burlöv har lyft behovet av en gemensam driftorganisation för vatten och avlopp.",
        "VA-samverkansgruppen ges i uppdrag att utreda förutsättningarna för en gemensam VA-organisation och "
        "redovisa utredningen för styrelsen senast den 30 september 2030.",
    ], []),
    ("§ 5", "Information till invånarna vid kris", [
        "Beredskapsrådet ges i uppdrag att ta fram en gemensam rutin för hur kommunerna informerar invånarna "
        "vid en allvarlig kris eller höjd beredskap.",
    ], []),
    ("§ 6", "Gemensam upphandling av tolktjänster", [
        "Endast tre kommuner har anmält intresse för en gemensam upphandling av tolktjänster.",
        "Styrelsen beslutar att avbryta den gemensamma upphandlingen av tolktjänster.",
    ], []),
    ("§ 7", "Jämställdhet", [
        "Styrelsen beslutar",
    ], ["att MalmöLundregionen ska ansluta sig till Jämställdhetsdeklarationen Syd (fiktiv),",
        "att uppdra åt sekretariatet att ta fram en handlingsplan för jämställdhet till hösten 2030."]),
    ("§ 8", "Välkomstmässa för nyinflyttade", [
        "Styrelsen beslutar att avsätta 300 000 kronor till en gemensam välkomstmässa för nyinflyttade i Lund "
        "hösten 2030.",
    ], []),
    ("§ 9", "Nästa sammanträde", ["Nästa sammanträde hålls den 3 juni 2030 i Höör."], []),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Inriktning

Kommunerna i MalmöLundregionen vill att invånarna ska leva friska liv och känna sig trygga, både i vardagen och när något allvarligt händer. Folkhälsa, krisberedskap, jämställdhet och ett gott mottagande av nya invånare hänger ihop och planeras därför i samma verksamhetsplan.

## Mål till 2033

Andelen invånare som bedömer sitt allmänna hälsotillstånd som gott ska öka till 75 procent år 2033. Varje medlemskommun ska dessutom ha minst en trygghetspunkt som kan öppnas inom sex timmar vid ett längre elavbrott.

## Arbetssätt

Arbetet bedrivs i tvärsektoriella grupper där både förvaltningar och föreningsliv deltar. Varje insats har en utsedd ägare som svarar för tidsplan och rapportering. Invånarna får komma till tals genom en gemensam medborgardialog en gång per år. Folkhälsoberedningsgruppen leder arbetet och rapporterar till styrelsen.

## Finansiering och uppföljning

Samverkan om folkhälsa och trygghet har en gemensam budget på 800 000 kronor per år, som fördelas lika mellan de tolv kommunerna. Arbetet följs upp varje halvår, i maj och november.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma aktiviteterna under 2030, vilken grupp som "
             "är ansvarig, tidsplanen och läget i januari 2030.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för hälsa, trygghet och välkomnande "
              "under 2030, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, "Per Ekström"),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
