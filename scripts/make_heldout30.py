"""Regenerate the fictional documents of the thirtieth held-out set in benchmarks/data/heldout30/docs/.

    .venv/bin/python scripts/make_heldout30.py [--out benchmarks/data/heldout30/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout30 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (inspection of the civil defence shelters in basements, schools and
garages and a map of the nearest shelter, toads and frogs carried across the roads during the spring
migration and tunnels under the roads for them, abandoned boats and boat wrecks salvaged from marinas and
shores and scrapped, ticks at preschools that play in the woods, green sedum roofs on schools and bus
shelters, shopping trolleys left in streams and parks and taken back to the shops, youth exchanges with the
twin towns and a review of the twin-town agreements) are not covered by the other sets, and the group names
are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout30" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2304.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2304 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-beredskap-miljo-vanorter-2304.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för beredskap, miljö och vänorter 2304 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsradet-beredskap-miljo-vanorter-2304-09-26.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsrådet för beredskap, miljö och vänorter 2304-09-26 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-beredskap-miljo-vanorter-2304-2307.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för beredskap, miljö och vänorter 2304–2307 (fiktiv)"

# Activity plan 2304 (PDF): the time span ("Tidsspann") comes first, then the sub-project ("Delprojekt"),
# the municipalities that are part of it ("Ingående kommuner"), the lead actor ("Huvudaktör") in a column
# just wide enough for its heading, so the long group names break inside the word over several lines, the
# strategic area ("Strategiskt område") and the state at the check on 15 September ("Avstämning 15
# september") last.
PLAN_PDF_COLUMNS = ("Tidsspann", "Delprojekt", "Ingående kommuner", "Huvudaktör", "Strategiskt område",
                    "Avstämning 15 september")
PLAN_PDF_WIDTHS = (24, 50, 27, 24, 31, 24)  # mm, 180 in all; 24 mm keeps "Huvudaktör" whole
PLAN_PDF = [
    ("Februari till november 2304",
     "Besiktning av skyddsrummen i bostadskällare, skolor och parkeringsgarage, med kontroll av ventilation, "
     "gastäta dörrar och skyltning", "Malmö, Lund, Trelleborg, Eslöv, Burlöv",
     "Skyddsrumsinventeringsbesiktningsnämnden", "Civil beredskap", "212 av 540 skyddsrum besiktigade"),
    ("Mars–april 2304",
     "Tillfälliga stängsel med nedgrävda hinkar längs vägarna vid lekdammarna, där frivilliga bär paddor och "
     "grodor över vägen under vårvandringen", "Höör, Eslöv, Lund, Skurup",
     "Groddjursvandringsbärarkollektivet", "Naturvård", "Klart, 8 600 djur burna över vägen"),
    ("Maj 2304–april 2305",
     "Bärgning och skrotning av övergivna båtar och båtvrak i småbåtshamnar, kanaler och längs stränderna",
     "Vellinge, Trelleborg, Lomma, Kävlinge, Malmö", "Båtvraksbärgningsskrotningsgillet", "Hav och kust",
     "46 båtar bärgade, 19 skrotade"),
    ("April till september 2304",
     "Information till förskolorna om fästingar, med kontroll av barnen efter utflykter i skogen och "
     "fästingkort till föräldrarna", "Lomma, Staffanstorp, Burlöv, Svedala",
     "Förskolefästingkontrollinformatörerna", "Barns hälsa", "96 av 130 förskolor nådda"),
    ("Hela 2304",
     "Gröna tak med sedum och örter på skolor, förskolor och busskurer, som tar hand om regnvattnet och "
     "svalkar husen på sommaren", "Lund, Malmö, Burlöv, Staffanstorp", "Sedumtaksplanteringsarbetslaget",
     "Klimatanpassning", "6 av 15 tak klara, resten försenade"),
    ("Från 1 april 2304",
     "Upptagning av kundvagnar som har lämnats i bäckar, parker, skogsdungar och dagvattendammar, och "
     "återlämning till butikerna", "Malmö, Burlöv, Lund, Trelleborg, Staffanstorp",
     "Kundvagnsåterbäringsupptagningsflottan", "Renhållning", "1 240 vagnar upptagna"),
    ("Läsåret 2304/05",
     "Ungdomsutbyte med vänorterna, där gymnasieelever bor en vecka hos värdfamiljer och gör ett gemensamt "
     "projekt med eleverna där", "Eslöv, Höör, Kävlinge, Vellinge", "Vänortsungdomsutbytesresekommittén",
     "Internationella kontakter", "Två resor genomförda, 74 elever"),
]

# Activity plan (Word): one Word table with a header row and one row per activity: the name
# ("Benämning") first, then the theme ("Temaområde"), what the work is about ("Vad arbetet går ut på"),
# the municipalities taking part ("Kommunal medverkan"), when it is carried out ("Tid för genomförande"),
# the responsible body ("Ansvarigt organ") and the state at the interim report ("Läge vid delårsrapporten")
# last. One group has a name of several words.
PLAN_DOCX_COLUMNS = ("Benämning", "Temaområde", "Vad arbetet går ut på", "Kommunal medverkan",
                     "Tid för genomförande", "Ansvarigt organ", "Läge vid delårsrapporten")
PLAN_DOCX = [
    ("Skyddsrumskarta på webben", "Civil beredskap",
     "En karta på kommunernas webbplatser där invånarna skriver in sin adress och får veta var närmaste "
     "skyddsrum finns", "Samtliga kommuner", "Juni–december 2304", "Skyddsrumskartpubliceringsredaktionen",
     "Försenat, sekretessprövningen av uppgifterna om skyddsrummen är inte klar; kartan väntas öppna i mars "
     "2305"),
    ("Tunnlar för paddor under landsvägen vid Alkärrsdammen", "Naturvård",
     "Två betongtunnlar med ledarmar under vägen, så att paddorna och grodorna kan vandra till lekdammen utan "
     "att korsa körbanan", "Höör", "Augusti–oktober 2304", "Groddjurstunnelprojekteringsverkstaden",
     "Avbrutet, det visade sig ligga en huvudvattenledning under vägen där tunnlarna skulle byggas; i stället "
     "sätts ett permanent stängsel upp våren 2305"),
    ("Kontroll av märkningen på båtarna i hamnarna", "Hav och kust",
     "Båtar som står på land eller ligger i hamnarna kontrolleras, och båtar utan ägarens namn och "
     "telefonnummer får en lapp om att ägaren ska höra av sig", "Vellinge, Lomma, Kävlinge", "April–juni 2304",
     "Båtägarmärkningskontrollanterna", "Genomfört, 1 120 båtar kontrollerade, varav 88 saknade märkning"),
    ("Kortklippta gläntor där förskolorna leker i skogen", "Barns hälsa",
     "Gräset klipps kort och stigarna breddas i de gläntor där förskolegrupperna brukar leka, så att färre "
     "fästingar fastnar på barnen", "Lomma, Svedala", "Maj–augusti 2304", "Utflyktsgläntegräsklippningsrotan",
     "Inställt, gläntorna ligger i ett naturreservat där länsstyrelsen inte tillät klippning under fåglarnas "
     "häckningstid; klippningen görs i stället i september 2304"),
    ("Beräkning av hur mycket de gamla skoltaken bär", "Klimatanpassning",
     "Konstruktörer räknar på om taken på skolor som byggdes före 1975 klarar vikten av ett grönt tak",
     "Lund, Malmö, Burlöv", "Januari–mars 2304", "Takbärighetsberäkningsingenjörerna",
     "Klart, 22 tak beräknade, varav 9 klarar ett sedumtak"),
    ("Hjullås på kundvagnarna", "Renhållning",
     "Avtal med de butiker som har flest upphämtade vagnar om att sätta in hjullås som låser vagnen när den "
     "förs bort från parkeringen", "Malmö, Burlöv, Trelleborg", "Juni 2304–februari 2305",
     "Arbetsgruppen för butiksavtal om kundvagnar", "Pågår, avtal tecknade med 14 av 31 butiker"),
    ("Genomgång av vänortsavtalen", "Internationella kontakter",
     "Kommunernas 23 vänortsavtal gås igenom för att se vilka som fortfarande används och vilka som bör sägas "
     "upp", "Eslöv, Höör, Lund, Skurup, Svedala", "Hösten 2304", "Vänortsavtalsgranskningsberedningen",
     "Ej påbörjat, de undertecknade avtalen från Eslöv och Höör har inte hittats i arkiven; genomgången börjar "
     "i januari 2305"),
]

MINUTES_HEADER = ("Sammanträdesdag: 2304-09-26, kl. 13.00–16.20",
                  "Lokal: Hamnmagasinet i Trelleborg (fiktivt sammanträde)",
                  "Närvarande ledamöter: Beredningsrådet för beredskap, miljö och vänorter, med ledamöter från "
                  "elva av de tolv medlemskommunerna",
                  "Sekreterare: Leila Osmani (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 112", "Sammanträdets öppnande",
     ["Ordföranden Gunnar Fält (Vellinge) hälsade ledamöterna välkomna och förklarade sammanträdet öppnat."]),
    ("§ 113", "Val av justerare",
     ["Maja Lindroth (Eslöv) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 114", "Skyddsrummen",
     ["Skyddsrumsinventeringsbesiktningsnämnden redovisade att 212 av regionens 540 skyddsrum har "
      "besiktigats. I 64 av dem fungerade inte ventilationen, och 31 användes som förråd av fastighetsägarna "
      "på ett sätt som gör att de inte kan tömmas inom 48 timmar. Kartan över skyddsrummen på webben är "
      "försenad eftersom sekretessprövningen inte är klar.",
      "Beredningsrådet ger Skyddsrumsinventeringsbesiktningsnämnden i uppdrag att skriva till alla "
      "fastighetsägare vars skyddsrum har brister och att redovisa hur många brister som har åtgärdats senast "
      "den 31 januari 2305.",
      "Beredningsrådet beslutar att kommunerna ska hålla en gemensam informationsvecka om skyddsrum i maj "
      "2305."]),
    ("§ 115", "Paddvandringen",
     ["Groddjursvandringsbärarkollektivet redovisade att 130 frivilliga under vårvandringen bar 8 600 paddor "
      "och grodor över vägarna. 1 400 djur hittades överkörda, de flesta på landsvägen vid Alkärrsdammen i "
      "Höör. Tunnlarna vid Alkärrsdammen kunde inte byggas eftersom en huvudvattenledning ligger under vägen.",
      "Beredningsrådet beslutar att varningsskyltar för vandrande groddjur ska sättas upp vid 14 vägavsnitt "
      "före vårvandringen 2305."]),
    ("§ 116", "Övergivna båtar",
     ["Båtvraksbärgningsskrotningsgillet redovisade att 46 övergivna båtar har bärgats och att 19 av dem har "
      "skrotats. Ägaren har kunnat spåras för 12 av båtarna och har då fått betala bärgningen. En skrotning "
      "kostar i genomsnitt 14 500 kronor per båt.",
      "Beredningsrådet beslutar att omärkta båtar som står kvar i hamnarna ska tas bort efter tre månader om "
      "ägaren inte har hört av sig."]),
    ("§ 117", "Fästingar på förskolorna",
     ["Förskolefästingkontrollinformatörerna redovisade att 96 av 130 förskolor har fått information och "
      "fästingkort. Personalen har rapporterat 740 fästingbett hos barnen under säsongen. Klippningen av "
      "gläntorna ställdes in på grund av fåglarnas häckningstid och görs i stället i september.",
      "Beredningsrådet beslutar att varje förskolegrupp ska ha en fästingplockare i utflyktsväskan från och "
      "med våren 2305. En fästingplockare kostar omkring 35 kronor."]),
    ("§ 118", "Gröna tak",
     ["Sedumtaksplanteringsarbetslaget redovisade att 6 av 15 gröna tak är klara, sammanlagt 1 900 "
      "kvadratmeter. Nio tak är försenade eftersom plantskolan som odlar sedummattorna förlorade en stor del "
      "av odlingen i en hagelstorm i juni. Ett grönt tak kostar omkring 1 100 kronor per kvadratmeter och tar "
      "hand om upp till hälften av det regn som faller på taket under ett år.",
      "Beredningsrådet beslutar"],
     ["att alla nya skolbyggnader med platta tak ska få gröna tak från och med 2305,",
      "att Sedumtaksplanteringsarbetslaget ansvarar för att de försenade taken är klara senast den 30 juni "
      "2305."]),
    ("§ 119", "Kundvagnar i naturen",
     ["Kundvagnsåterbäringsupptagningsflottan redovisade att 1 240 kundvagnar har tagits upp sedan den "
      "1 april, varav 310 ur bäckar och dammar. Butikerna betalar i dag 250 kronor för varje vagn som lämnas "
      "tillbaka.",
      "Beredningsrådet beslutar att avgiften för butikerna höjs till 400 kronor per vagn från den 1 januari "
      "2305.",
      "Beredningsrådet ger Kundvagnsåterbäringsupptagningsflottan i uppdrag att ta fram en karta över de "
      "platser där flest vagnar hittas och att redovisa den vid nästa sammanträde."]),
    ("§ 120", "Ungdomsutbytet med vänorterna",
     ["Vänortsungdomsutbytesresekommittén redovisade att två resor har genomförts, till Kuusiranta i Finland "
      "och Dornwalde i Tyskland, med sammanlagt 74 elever. En resa kostar 6 800 kronor per elev, varav "
      "eleverna själva betalar 1 500 kronor.",
      "Beredningsrådet beslutar att utbytet från läsåret 2305/06 även ska vara öppet för elever på "
      "gymnasiets yrkesprogram."]),
    ("§ 121", "Övriga frågor",
     ["Lomma meddelade att kommunen vill pröva gröna tak på sina busskurer under 2305. Frågan tas upp vid "
      "nästa sammanträde."]),
    ("§ 122", "Nästa sammanträde", ["Nästa sammanträde hålls den 5 december 2304 i Staffanstorp."]),
]
MINUTES_ADJUSTER = "Maja Lindroth (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Regionen har omkring 540 skyddsrum, de flesta byggda mellan 1950 och 1990, och många av dem har inte besiktigats på flera decennier. Varje vår blir tusentals paddor och grodor överkörda när de vandrar över vägarna till sina lekdammar. I hamnarna och längs stränderna ligger övergivna båtar som läcker olja och som ingen ägare gör anspråk på. Förskolorna är ofta ute i skogen, och barnen får fästingbett som ingen upptäcker. Kraftiga skyfall överbelastar dagvattennätet, och platta tak blir mycket varma på sommaren. Hundratals kundvagnar hamnar varje år i bäckar, parker och dammar. Många av kommunernas vänortsavtal har inte använts på länge, medan ungdomarna efterfrågar utbyten med andra länder.

## Inriktning

Kommunerna vill att invånarna ska veta var närmaste skyddsrum finns och att skyddsrummen ska fungera om de behövs. Groddjuren ska kunna vandra säkert, stränderna och hamnarna ska vara fria från vrak, och förskolebarnen ska kunna vara ute i naturen utan att fästingbett går obemärkta förbi. Taken ska hjälpa till att ta hand om regnvattnet, kundvagnarna ska stanna vid butikerna, och vänortssamarbetet ska ge ungdomarna möjlighet att möta jämnåriga i andra länder.

## Mål till 2307

Alla skyddsrum i regionen ska vara besiktigade och ha en godkänd ventilation. Antalet överkörda groddjur ska halveras jämfört med 2304. Det ska finnas minst 20 000 kvadratmeter gröna tak på kommunernas byggnader. Minst 400 gymnasieelever ska ha deltagit i ett utbyte med en vänort. Inga kända båtvrak ska ligga kvar i kommunernas hamnar.

## Organisation

Beredningsrådet för beredskap, miljö och vänorter leder arbetet och rapporterar till kommundirektörsgruppen fyra gånger per år. Befolkningsskyddssamrådet håller kontakten med länsstyrelsen och Försvarsmakten i frågor om skyddsrummen, och Groddjursvandringsbärarkollektivet samordnar de frivilliga tillsammans med de lokala naturskyddsföreningarna. Vänortsungdomsutbytesresekommittén samarbetar med gymnasieskolorna om att hitta värdfamiljer.

## Ekonomi

Den gemensamma budgeten är 19,8 miljoner kronor för perioden 2304–2307, varav 6,1 miljoner kronor går till de gröna taken. Kommunerna betalar 7,40 kronor per invånare och år. Ungdomsutbytet får dessutom 420 000 kronor per år från ett europeiskt utbytesprogram.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2304 till den 31 december 2307. Beredningsrådet lämnar en lägesrapport varje år i september, och planen utvärderas hösten 2306.
"""


def grid_docx(path: Path, title: str, intro: str, columns: Sequence[str], activities: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then one table with a header row and a row per activity
    ((value, …), …; the values in the order of columns)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, columns, strict=True):
        cell.text = heading
        for text_run in cell.paragraphs[0].runs:
            text_run.bold = True
    for values in activities:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje delprojekt tidsspannet, vilka kommuner som ingår, vilken "
             "huvudaktör som driver det, vilket strategiskt område det hör till och läget vid avstämningen "
             "den 15 september 2304.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för beredskap, miljö och vänorter under "
              "2304. Tabellen anger för varje aktivitet benämning, temaområde, vad arbetet går ut på, vilka "
              "kommuner som medverkar, när den genomförs, vilket organ som ansvarar och läget vid "
              "delårsrapporten den 31 augusti 2304.",
              PLAN_DOCX_COLUMNS, PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=grid_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
