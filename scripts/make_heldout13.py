"""Regenerate the fictional documents of the thirteenth held-out set in benchmarks/data/heldout13/docs/.

    .venv/bin/python scripts/make_heldout13.py [--out benchmarks/data/heldout13/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout13 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (parking of rental e-scooters, fireworks at New Year, homework
help, digital skills for older people, rubber granulate on artificial turf pitches, digital locks in
home care, municipal marinas) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout13" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2047.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2047 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-omsorg-fritid-stadsrum-2047.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för omsorg, fritid och stadsrum 2047 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-omsorg-fritid-stadsrum-2047-04-15.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för omsorg, fritid och stadsrum 2047-04-15 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-omsorg-fritid-stadsrum-2047-2050.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för omsorg, fritid och stadsrum 2047–2050 (fiktiv)"

# Activity plan 2047 (PDF): the municipalities and the schedule come before the narrow "Ansvarig" column,
# so the long group names break inside the word; the status comes next and the priority area last.
PLAN_PDF_COLUMNS = ("Åtgärd", "Deltagande kommuner", "Tidsplan", "Ansvarig", "Status", "Prioriterat område")
PLAN_PDF_WIDTHS = (50, 32, 22, 22, 26, 28)  # mm, 180 in all
PLAN_PDF = [
    ("Gemensamma regler för var hyrda elsparkcyklar får parkeras, med markerade parkeringsrutor i centrum",
     "Malmö, Lund, Burlöv, Staffanstorp", "Mar–sep 2047", "Elsparkcykelparkeringsrådet", "Avtal förhandlas",
     "Stadsrum"),
    ("Fyrverkerifria zoner kring djurparker, äldreboenden och sjukhus under nyårshelgen",
     "Lund, Eslöv, Höör, Kävlinge, Lomma", "Dec 2047–jan 2048", "Nyårssäkerhetskommissionen", "Planerad",
     "Trygghet"),
    ("Läxhjälp med studenter på biblioteken två kvällar i veckan", "Malmö, Trelleborg, Svedala, Skurup",
     "Läsåret 2047/48", "Läxhjälpsmentorsprogrammet", "Pågår", "Utbildning"),
    ("Kurser för äldre i hur man använder e-legitimation, Swish och digitala vårdtjänster", "Alla",
     "Hela 2047", "Seniordigitaliseringsverkstaden", "Delvis igång", "Omsorg"),
    ("Byte av gummigranulat mot kork eller sand på kommunernas konstgräsplaner",
     "Vellinge, Trelleborg, Staffanstorp, Svedala", "2047–2048", "Granulatutfasningskonsortiet", "Utredning klar",
     "Fritid och miljö"),
    ("Digitala lås hos brukarna i hemtjänsten, så att personalen inte behöver hantera nycklar",
     "Burlöv, Kävlinge, Lomma, Eslöv, Höör", "Jan–jun 2047", "Nyckelfrihetsprojektgruppen", "Försenad",
     "Omsorg"),
    ("Gemensam kö och bokning av båtplatser i de kommunala småbåtshamnarna",
     "Lomma, Vellinge, Trelleborg, Malmö, Kävlinge", "Vt 2047", "Småbåtshamnsköadministrationen", "Testas",
     "Fritid och miljö"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort; the
# period and the municipalities come before the responsible group, and the status comes last.
PLAN_DOCX = [
    ("Omsorg och digital delaktighet", [
        [("Insats", "Digitala seniorcaféer där gymnasieelever hjälper äldre med mobiler och surfplattor"),
         ("Period", "Sep–dec 2047"), ("Deltagande kommuner", "Eslöv, Höör, Svedala"),
         ("Ansvarig grupp", "Generationsmötesambassadörerna"), ("Status", "Planerad")],
        [("Insats",
          "Larm i hemtjänstens digitala lås som varnar när en dörr har stått olåst i mer än tio minuter"),
         ("Period", "Hösten 2047"), ("Deltagande kommuner", "Burlöv, Lomma"),
         ("Ansvarig grupp", "Dörrlarmsutvecklingsteamet"), ("Status", "Ej påbörjad")],
    ]),
    ("Trygghet och stadsrum", [
        [("Insats", "Informationskampanj på flera språk om reglerna för fyrverkerier"),
         ("Period", "Nov–dec 2047"), ("Deltagande kommuner", "Samtliga kommuner"),
         ("Ansvarig grupp", "Pyrotekniksinformatörerna"), ("Status", "Godkänd")],
        [("Insats", "Insamling av felparkerade elsparkcyklar inom två timmar efter en anmälan"),
         ("Period", "Apr–okt 2047"), ("Deltagande kommuner", "Malmö, Lund"),
         ("Ansvarig grupp", "Bortforslingsjourgruppen"), ("Status", "Pågår")],
    ]),
    ("Utbildning", [
        [("Insats", "Läxhjälp på nätet i matematik och svenska för elever i årskurs 6–9"),
         ("Period", "Vt 2047"), ("Deltagande kommuner", "Skurup, Trelleborg, Vellinge, Staffanstorp"),
         ("Ansvarig grupp", "Distansläxläsningsnätverket"), ("Status", "Genomförd")],
    ]),
    ("Fritid och miljö", [
        [("Insats", "Provtagning av mikroplast i dagvattnet runt konstgräsplanerna"),
         ("Period", "Maj–aug 2047"), ("Deltagande kommuner", "Vellinge, Svedala"),
         ("Ansvarig grupp", "Mikroplastmätningsenheten"), ("Status", "Avbruten")],
        [("Insats", "Tömningsstationer för toalettavfall från fritidsbåtar i småbåtshamnarna"),
         ("Period", "Båtsäsongen 2047"), ("Deltagande kommuner", "Lomma, Trelleborg"),
         ("Ansvarig grupp", "Latrintömningssamverkan"), ("Status", "Upphandlas")],
    ]),
]

MINUTES_HEADER = ("Datum: 2047-04-15, kl. 9.30–12.00", "Plats: Stadshuset i Trelleborg (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för omsorg, fritid och stadsrum, med ledamöter från elva av de "
                  "tolv medlemskommunerna",
                  "Sekreterare: Hanna Berglund (Lomma)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Karim Nilsson (Svedala) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Elin Axelsson (Höör) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Parkering av elsparkcyklar",
     ["Elsparkcykelparkeringsrådet redovisade att det finns omkring 4 800 hyrda elsparkcyklar i Malmö och Lund, "
      "och att kommunerna fick 2 900 klagomål på felparkerade elsparkcyklar under 2046.",
      "Beredningsgruppen beslutar att uthyrningsföretagen ska betala en avgift på 250 kronor för varje "
      "elsparkcykel som kommunen måste flytta."]),
    ("§ 4", "Fyrverkerier vid nyår",
     ["Lund föreslog ett totalförbud mot privata fyrverkerier i alla centrala tätorter.",
      "Beredningsgruppen beslutar att avslå förslaget, eftersom ett totalförbud skulle kräva ändringar i de "
      "lokala ordningsföreskrifterna i varje kommun. Nyårssäkerhetskommissionen får i uppdrag att föreslå var "
      "de fyrverkerifria zonerna ska ligga, senast den 30 september 2047."]),
    ("§ 5", "Läxhjälp på biblioteken",
     ["Läxhjälpsmentorsprogrammet redovisade att 38 studenter arbetar som läxhjälpare och att i genomsnitt 220 "
      "elever kommer till läxhjälpen varje vecka.",
      "Beredningsgruppen beslutar"],
     ["att bevilja 340 000 kronor för att utöka läxhjälpen till Burlöv under hösten 2047,",
      "att studenterna som hjälper till med läxorna ska få 150 kronor i timmen."]),
    ("§ 6", "Digitala lås i hemtjänsten",
     ["Nyckelfrihetsprojektgruppen redovisade att omkring 1 100 brukare ska få digitala lås, men att "
      "installationen är försenad eftersom låsen inte passar i lägenheter med äldre säkerhetsdörrar. "
      "Beredningsgruppen noterade redovisningen."]),
    ("§ 7", "Gummigranulat på konstgräsplaner",
     ["Granulatutfasningskonsortiet redovisade sin utredning: i de fyra kommunerna finns 31 konstgräsplaner "
      "med gummigranulat, och varje plan kan sprida upp till 500 kilo granulat om året till omgivningen.",
      "Beredningsgruppen beslutar att inga nya konstgräsplaner med gummigranulat ska byggas efter den "
      "1 januari 2048."]),
    ("§ 8", "Båtplatser i småbåtshamnarna",
     ["Småbåtshamnsköadministrationen redovisade att 1 700 personer står i kö för en båtplats och att "
      "väntetiden i Lomma är upp till åtta år. Trelleborg föreslog en gemensam avgift för gästhamnarna.",
      "Frågan om en gemensam avgift för gästhamnarna bordlades till nästa sammanträde."]),
    ("§ 9", "Övriga frågor",
     ["Eslöv informerade om att kommunens seniorcafé har haft över 1 000 besök sedan starten i januari 2047. "
      "Beredningsgruppen noterade informationen."]),
    ("§ 10", "Nästa sammanträde", ["Nästa sammanträde hålls den 16 september 2047 i Lomma."]),
]
MINUTES_ADJUSTER = "Elin Axelsson (Höör)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Antalet hyrda elsparkcyklar i regionen har fördubblats sedan 2044, och elsparkcyklar som står mitt på trottoaren är ett hinder för den som är synskadad eller går med rullator. Vid nyårsfirandet 2046 skadades 23 personer av fyrverkerier i regionen, och många djurägare klagar på att djuren blir skrämda. Var femte invånare över 75 år har aldrig använt e-legitimation. Det är skälet till att många äldre har svårt att boka vårdbesök och betala sina räkningar. Hemtjänstens personal hanterar i dag omkring 9 000 nycklar till brukarnas bostäder. Elever vars föräldrar har kort utbildning får ofta lägre betyg i matematik, eftersom de inte kan få hjälp med läxorna hemma. Konstgräsplanerna är dessutom en av de största källorna till mikroplast i kommunerna.

## Syfte

Syftet med verksamhetsplanen är att äldre ska kunna klara sin vardag både digitalt och hemma, att alla barn ska få det stöd de behöver i skolarbetet och att gator, hamnar och idrottsplatser ska vara trygga och fria från skräp och mikroplast.

## Mål till 2050

Minst 90 procent av dem som har hemtjänst ska ha digitala lås. Antalet klagomål på felparkerade elsparkcyklar ska ha halverats jämfört med 2046. Ingen konstgräsplan i regionen ska ha gummigranulat. Minst 70 procent av invånarna över 75 år ska kunna använda e-legitimation. Ingen ska behöva stå i kö längre än två år för en båtplats.

## Ansvar och organisation

Beredningsgruppen för omsorg, fritid och stadsrum leder arbetet och rapporterar till kommundirektörsgruppen två gånger om året, i maj och november. Äldreomsorgsteknikkollegiet samordnar välfärdstekniken i hemtjänsten, och Elsparkcykelparkeringsrådet förhandlar med uthyrningsföretagen.

## Budget

Den gemensamma budgeten är 8,3 miljoner kronor för hela perioden, varav 3,6 miljoner kronor går till att byta ut granulatet på konstgräsplanerna. Kommunerna betalar 4,50 kronor per invånare och år. Läxhjälpen får dessutom ett statsbidrag på 450 000 kronor om året.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2047 till den 31 december 2050. Beredningsgruppen lämnar en årlig rapport i februari, och planen utvärderas i september 2049.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma åtgärderna under 2047, vilka kommuner som deltar, tidsplanen, "
             "vem som är ansvarig, status i januari 2047 och vilket prioriterat område åtgärden hör till.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för omsorg, fritid och stadsrum under 2047, "
              "ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
