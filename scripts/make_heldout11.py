"""Regenerate the fictional documents of the eleventh held-out set in benchmarks/data/heldout11/docs/.

    .venv/bin/python scripts/make_heldout11.py [--out benchmarks/data/heldout11/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout11 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (civil wedding ceremonies, parking permits for disabled people,
converting street lighting to LED, information about school choice, a shared municipal lawyer,
invasive alien plants, citizenship ceremonies) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout11" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2039.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2039 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-medborgarservice-gatumiljo-utbildning-2039.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för medborgarservice, gatumiljö och utbildning 2039 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradet-medborgarservice-gatumiljo-2039-04-22.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådet för medborgarservice och gatumiljö 2039-04-22 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-medborgarservice-gatumiljo-utbildning-2039-2042.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för medborgarservice, gatumiljö och utbildning 2039–2042 (fiktiv)"

# Activity plan 2039 (PDF): the measure comes first and the "Ansvar" column is narrow, so the long group
# names break inside the word; the municipalities come before the schedule and the status.
PLAN_PDF_COLUMNS = ("Åtgärd", "Område", "Ansvar", "Deltagande kommuner", "Tidsplan", "Status")
PLAN_PDF_WIDTHS = (50, 24, 22, 34, 24, 26)  # mm, 180 in all
PLAN_PDF = [
    ("Borgerliga vigslar i naturen på utvalda platser, till exempel strandängar och slottsparker",
     "Vigslar och ceremonier", "Vigselförrättarkretsen", "Lund, Lomma, Höör, Skurup", "Maj–aug 2039",
     "Planerad"),
    ("Gemensam e-tjänst för ansökan om parkeringstillstånd för personer med funktionsnedsättning",
     "Tillgänglighet", "Parkeringstillståndsbyrån", "Alla", "Kv 1–3 2039", "Pågår"),
    ("Byte av 18 000 gatlampor från natriumlampor till LED", "Gatumiljö", "Belysningsomställningsplattformen",
     "Burlöv, Kävlinge, Staffanstorp, Svedala, Trelleborg", "2039–2040", "Upphandling klar"),
    ("Gemensam skolvalsguide på webben med alla grundskolor i regionen", "Utbildning",
     "Skolvalsinformationsredaktionen", "Malmö, Lund, Burlöv, Staffanstorp", "Okt 2039–jan 2040",
     "Ej påbörjad"),
    ("Gemensam kommunjurist som kommunerna kan anlita i frågor om upphandling och förvaltningsrätt",
     "Förvaltning", "Juristsamverkansstyrelsen", "Höör, Skurup, Svedala, Vellinge, Eslöv", "Från 1 mars 2039",
     "Rekrytering pågår"),
    ("Bekämpning av parkslide och jättebalsamin längs vattendrag", "Natur", "Invasivartsbekämpningsteamet",
     "Eslöv, Höör, Lund, Kävlinge", "Jun–aug 2039", "Planerad"),
    ("Gemensam medborgarskapsceremoni på nationaldagen för nya svenska medborgare", "Vigslar och ceremonier",
     "Medborgarskapsceremonikommittén", "Malmö, Trelleborg, Vellinge, Lomma", "6 juni 2039",
     "Förberedelser pågår"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort; the
# status comes before the one responsible.
PLAN_DOCX = [
    ("Vigslar och ceremonier", [
        [("Insats", "Utbildning för nya vigselförrättare i hur en borgerlig vigsel går till"),
         ("Status", "Genomförd"), ("Ansvarig", "Vigselutbildningsombuden"), ("Period", "Mars 2039"),
         ("Deltagare", "Samtliga tolv kommuner")],
        [("Insats", "Gemensam bokningskalender för vigslar i kommunernas vigselrum"),
         ("Status", "Pågår"), ("Ansvarig", "Vigselbokningsförvaltarna"), ("Period", "Hela 2039"),
         ("Deltagare", "Lund, Eslöv, Kävlinge")],
    ]),
    ("Tillgänglighet och gatumiljö", [
        [("Insats", "Kontroller av att parkeringstillstånden för rörelsehindrade används av rätt person"),
         ("Status", "Ej påbörjad"), ("Ansvarig", "Parkeringsövervakningssamrådet"), ("Period", "Apr–okt 2039"),
         ("Deltagare", "Malmö, Lund, Trelleborg")],
        [("Insats", "Rörelsesensorer som dämpar gatubelysningen på cykelvägar när ingen passerar"),
         ("Status", "Planerad"), ("Ansvarig", "Ljusstyrningsreferensgruppen"), ("Period", "Ht 2039"),
         ("Deltagare", "Lomma, Vellinge")],
    ]),
    ("Utbildning", [
        [("Insats", "Informationskvällar om skolvalet för föräldrar som är nya i Sverige"),
         ("Status", "Planerad"), ("Ansvarig", "Skolvalsvägledningsnätverket"), ("Period", "Nov 2039"),
         ("Deltagare", "Malmö, Burlöv, Trelleborg")],
    ]),
    ("Förvaltning och natur", [
        [("Insats", "Juridisk grundutbildning för kommunernas handläggare"),
         ("Status", "Inställd"), ("Ansvarig", "Förvaltningsjuridikakademin"), ("Period", "Vt 2039"),
         ("Deltagare", "Höör, Skurup")],
        [("Insats", "Kartläggning av invasiva växter med hjälp av en app där invånarna kan rapportera fynd"),
         ("Status", "Pågår"), ("Ansvarig", "Artrapporteringssamordnarna"), ("Period", "Maj–sep 2039"),
         ("Deltagare", "Staffanstorp, Svedala, Eslöv, Höör")],
    ]),
]

MINUTES_HEADER = ("Datum: 2039-04-22, kl. 13.00–15.30", "Plats: Kommunhuset i Kävlinge (fiktivt sammanträde)",
                  "Närvarande: Samrådet för medborgarservice och gatumiljö, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Jonas Ekström (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Sara Lindahl (Trelleborg) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Ahmed Hassan (Staffanstorp) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Vigslar i naturen",
     ["Vigselförrättarkretsen redovisade att kommunerna förrättade 1 240 borgerliga vigslar under 2038, varav "
      "nästan en tredjedel utomhus. Samrådet diskuterade om vigslar utanför vigselrummet ska kosta något.",
      "Samrådet beslutar att en vigsel på en plats utanför vigselrummet ska kosta 1 500 kronor, medan vigslar "
      "i vigselrummet även i fortsättningen är avgiftsfria."]),
    ("§ 4", "Parkeringstillstånd för rörelsehindrade",
     ["Parkeringstillståndsbyrån redovisade att handläggningstiden för ett parkeringstillstånd i genomsnitt är "
      "sju veckor, och att många sökande väntar på intyg från läkare.",
      "Parkeringstillståndsbyrån får i uppdrag att korta handläggningstiden till högst tre veckor, senast den "
      "31 december 2039."]),
    ("§ 5", "Gatubelysning med LED",
     ["Belysningsomställningsplattformen redovisade att upphandlingen av nya armaturer är klar och att bytet "
      "beräknas minska elförbrukningen för gatubelysningen i de fem kommunerna med 60 procent.",
      "Samrådet beslutar att de gamla armaturerna ska lämnas till återvinning och att bytet ska börja i Burlöv "
      "i september 2039."]),
    ("§ 6", "Tid för skolvalet",
     ["Malmö föreslog att skolvalet ska öppna redan i december, så att familjerna får mer tid på sig.",
      "Samrådet beslutar att skolvalet ska vara öppet mellan den 15 januari och den 15 februari varje år, i "
      "alla deltagande kommuner."]),
    ("§ 7", "Gemensam kommunjurist",
     ["Juristsamverkansstyrelsen redovisade att 23 personer har sökt tjänsten som gemensam kommunjurist. "
      "Samrådet diskuterade hur juristens arbetstid ska fördelas mellan de fem kommunerna.",
      "Frågan om hur juristens arbetstid ska fördelas återremitterades till Juristsamverkansstyrelsen."]),
    ("§ 8", "Jätteloka längs vattendragen",
     ["Eslöv föreslog att kommunerna gemensamt anlitar ett företag för att bekämpa jätteloka längs "
      "vattendragen.",
      "Samrådet beslutar att avslå förslaget, eftersom kommunernas egna parkarbetare kan göra arbetet till en "
      "lägre kostnad."]),
    ("§ 9", "Medborgarskapsceremoni på nationaldagen",
     ["Medborgarskapsceremonikommittén redovisade att omkring 900 nya medborgare har bjudits in till "
      "ceremonin den 6 juni 2039.",
      "Samrådet beslutar att bevilja 120 000 kronor till ceremonin, bland annat för musik och förtäring."]),
    ("§ 10", "Övriga frågor",
     ["Höör informerade om att kommunen har anställt en egen vigselförrättare på deltid. Samrådet noterade "
      "informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 9 september 2039 i Svedala."]),
]
MINUTES_ADJUSTER = "Ahmed Hassan (Staffanstorp)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Omkring 61 000 gatlampor i regionen har fortfarande natriumlampor eller kvicksilverlampor, och sådana lampor går inte längre att köpa. Det är skälet till att kommunerna måste byta till LED. Handläggningstiden för parkeringstillstånd för rörelsehindrade var upp till tio veckor under 2038, och många föräldrar säger att det är svårt att jämföra skolorna inför skolvalet. De mindre kommunerna har ingen egen jurist och köpte juridiska tjänster av advokatbyråer för sammanlagt 6,2 miljoner kronor under 2038. Samtidigt sprider sig parkslide och andra invasiva växter längs vattendragen.

## Syfte

Syftet med verksamhetsplanen är att invånarna ska få snabb och likvärdig service från kommunerna, att gatorna ska vara väl upplysta till en lägre kostnad och att alla familjer ska kunna göra ett välgrundat skolval.

## Mål till 2042

Alla kommunala gatlampor ska ha LED senast 2041, och elförbrukningen för gatubelysningen ska minska med 55 procent jämfört med 2038. Minst 95 procent av familjerna ska göra ett aktivt skolval. Kostnaden för juridiska tjänster som köps utifrån ska halveras. Parkslide ska vara borttagen från minst 40 platser längs vattendragen. Varje kommun ska kunna erbjuda vigslar både i vigselrummet och utomhus.

## Ansvar och organisation

Samrådet för medborgarservice och gatumiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger om året, i mars och oktober. Belysningsomställningsplattformen samordnar bytet till LED, och Skolvalssamordningsrådet samordnar kommunernas arbete med skolvalet.

## Budget

Den gemensamma budgeten är 7,4 miljoner kronor för hela perioden, varav 2,8 miljoner kronor går till den gemensamma kommunjuristen. Kommunerna betalar 5 kronor per invånare och år. Bytet till LED får dessutom ett statligt klimatbidrag på 1,2 miljoner kronor.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2039 till den 31 december 2042. Samrådet lämnar en årlig rapport i november, och planen utvärderas i mars 2041.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma åtgärderna under 2039, vem som har ansvar, vilka kommuner "
             "som deltar, tidsplanen och status i februari 2039.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för medborgarservice, gatumiljö och "
              "utbildning under 2039, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den elfte, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
