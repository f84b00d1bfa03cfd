"""Regenerate the fictional documents of the forty-eighth held-out set in benchmarks/data/heldout48/docs/.

    .venv/bin/python scripts/make_heldout48.py [--out benchmarks/data/heldout48/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout48 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (sky lanterns and balloon releases banned in the local public order
regulations, with information to wedding and party organisers, and balloon remains and ribbons picked up
from the beaches, long-tailed silverfish in municipal rental flats and schools, fought with bait gel and
sticky traps, and advice to tenants, emergency telephones in the lifts of municipal buildings moved from the
copper network to the mobile network, and a quarterly test of the alarm button, robotic lawnmowers on the
sports grounds and school lawns, stopped at night to protect hedgehogs, collection bins for old fishing line
and hooks on piers and harbour walls, and volunteers who free birds tangled in fishing line, snow load on the
flat roofs of sports halls and schools, measured by load sensors, and an on-call team that shovels the roofs,
inspection of the lightning conductors on schools, water towers and sports halls, and surge protection for
the schools' IT equipment) are not covered by the other sets, and the group names are deliberately not on
any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout48" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2323.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2323 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-byggnader-gronytor-sakerhet-2323.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för byggnader, grönytor och säkerhet 2323 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-byggnader-gronytor-sakerhet-2323-11-07.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för byggnader, grönytor och säkerhet 2323-11-07 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-byggnader-gronytor-sakerhet-2323-2326.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för byggnader, grönytor och säkerhet 2323–2326 (fiktiv)"

# Activity plan 2323 (PDF): the field of cooperation ("Område för samverkan") first, then what the activity
# is about ("Aktivitetens innehåll"), the group in charge ("Håller i") in a column just wide enough for its
# short heading, so the long group names break inside the word over several lines, the time frame
# ("Tidsramar"), the municipalities joining ("Kommuner som ansluter") and the report on 30 October
# ("Lägesredovisning 30 oktober").
PLAN_PDF_COLUMNS = ("Område för samverkan", "Aktivitetens innehåll", "Håller i", "Tidsramar",
                    "Kommuner som ansluter", "Lägesredovisning 30 oktober")
PLAN_PDF_WIDTHS = (29, 52, 17, 25, 29, 28)  # mm, 180 in all; 17 mm keeps "Håller i" whole
PLAN_PDF = [
    ("Ordning och evenemang",
     "Förbud mot att släppa flygande lyktor och heliumballonger i de lokala ordningsföreskrifterna, och "
     "information till bröllopsarrangörer och festlokaler", "Himmelslyktsförbudsinformatörerna",
     "Januari–juni 2323", "Vellinge, Lomma, Kävlinge, Skurup", "Klart, förbudet gäller från 1 maj 2323"),
    ("Bostäder och skadedjur",
     "Bekämpning av långsprötad silverfisk i kommunens hyreslägenheter och skolor med betesgel och "
     "klisterfällor", "Hyresbostadssilverfiskbekämpningsteamet", "Februari 2323–januari 2324",
     "Malmö, Trelleborg, Eslöv, Burlöv", "Pågår, 640 lägenheter behandlade"),
    ("Fastighetssäkerhet",
     "Nödtelefonerna i hissarna i kommunens byggnader flyttas från kopparnätet till mobilnätet innan "
     "kopparnätet stängs", "Hissnödtelefonsomkopplingsgruppen", "Mars 2323–februari 2324",
     "Lund, Malmö, Staffanstorp, Höör, Svedala", "Pågår, 212 av 380 hissar klara"),
    ("Idrottsplatser och skolgårdar",
     "Robotgräsklippare på idrottsplatsernas gräsplaner och skolgårdarnas gräsmattor i stället för "
     "åkgräsklippare", "Robotgräsklipparflottförvaltarna", "April–oktober 2323",
     "Lomma, Burlöv, Kävlinge, Svedala", "Klart, 48 robotar i drift"),
    ("Hamnar och stränder",
     "Insamlingsrör för gammal fiskelina och krokar på bryggor och pirar, så att linorna inte hamnar i "
     "vattnet", "Fiskelinsinsamlingsbehållarpatrullen", "Maj 2323–april 2324",
     "Trelleborg, Vellinge, Malmö, Lomma", "Pågår, 37 rör uppsatta, 92 kilo lina insamlad"),
    ("Byggnader vintertid",
     "Lastgivare på de platta taken på sporthallar och skolor som larmar när snön blir för tung",
     "Taksnölastövervakningsjouren", "November 2323–mars 2324",
     "Höör, Eslöv, Lund, Staffanstorp, Skurup", "Pågår, givare på 26 av 41 tak"),
    ("Fastighetssäkerhet",
     "Besiktning av åskledarna på skolor, vattentorn och sporthallar, med byte av rostiga ledare och "
     "jordtag", "Åskledarbesiktningsgänget", "Hela 2323",
     "Svedala, Skurup, Trelleborg, Kävlinge, Eslöv, Höör", "Försenat, 58 av 115 byggnader besiktade"),
]

# Activity plan (Word), one heading per effort and a paragraph per field with its label in bold: the
# description ("Beskrivning av satsningen"), the working group with the main responsibility ("Arbetsgrupp
# med huvudansvar"), the municipalities within the effort ("Kommuner inom satsningen"), when it runs
# ("Genomförs under") and the state at the report on 3 November ("Läge vid rapporteringen 3 november").
# One group is a pair of municipalities, one a network with a name of several words.
PLAN_DOCX_LABELS = ("Beskrivning av satsningen", "Arbetsgrupp med huvudansvar", "Kommuner inom satsningen",
                    "Genomförs under", "Läge vid rapporteringen 3 november")
PLAN_DOCX_ACTIVITIES = [
    ("Ballongrester på stränderna", (
        "Plockdagar på stränderna där ballongrester, snören och band från släppta ballonger samlas upp "
        "innan fåglar och sälar får i sig dem",
        "Ballongrestplockarkollektivet", "Vellinge, Lomma, Skurup", "Juni–september 2323",
        "Klart, 1 900 ballongrester plockade på 14 plockdagar")),
    ("Råd till hyresgäster om silverfisk", (
        "Hembesök och en broschyr på sex språk om hur hyresgästerna håller badrum och golvbrunnar torra "
        "och tätar springor där silverfisken gömmer sig",
        "Nätverket för torra och täta bostäder", "Malmö, Trelleborg, Burlöv", "Mars–december 2323",
        "Pågår, 410 hembesök gjorda")),
    ("Provlarm från hissarna", (
        "Ett provlarm med larmknappen i varje hiss en gång per kvartal, där man kontrollerar att samtalet "
        "kommer fram till larmcentralen",
        "Hisslarmsprovningsombuden", "Lund, Malmö, Staffanstorp, Höör, Svedala", "Från april 2323",
        "Pågår, tre av fyra provomgångar klara")),
    ("Igelkottar och robotgräsklippare", (
        "Robotgräsklipparna stängs av mellan solnedgång och soluppgång, så att igelkottar som är ute på "
        "natten inte skadas av knivarna",
        "Lomma och Burlöv", "Lomma, Burlöv", "Maj–oktober 2323",
        "Klart, inga skadade igelkottar hittade under säsongen")),
    ("Fåglar som trasslat in sig i fiskelina", (
        "En jourlista med frivilliga som rycker ut och klipper loss svanar, skarvar och måsar som har "
        "trasslat in sig i fiskelina",
        "Fiskelinsfågelräddningsvolontärerna", "Trelleborg, Vellinge, Malmö", "Hela 2323",
        "Pågår, 63 fåglar har klippts loss och släppts")),
    ("Skottning av tak", (
        "En jourstyrka med säkerhetsselar och snöskyfflar som skottar taken när lastgivarna larmar, och "
        "spärrar av marken under taket under tiden",
        "Takskottningsberedskapsstyrkan", "Höör, Eslöv, Lund", "December 2323–mars 2324",
        "Ej påbörjat, 22 personer har anmält sig till jourstyrkan")),
    ("Överspänningsskydd i skolorna", (
        "Överspänningsskydd i elcentralerna och vid datorerna och projektorerna i skolorna, så att ett "
        "åsknedslag inte förstör utrustningen",
        "Överspänningsskyddsinstallatörerna", "Svedala, Skurup, Kävlinge", "Augusti 2323–maj 2324",
        "Pågår, skydd installerade i 19 skolor")),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2323-11-07, kl. 09.00–12.30",
                  "Plats: Stadshuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för byggnader, grönytor och säkerhet, med representanter för "
                  "elva av de tolv medlemskommunerna",
                  "Ordförande: Annika Westerberg (Lomma)",
                  "Sekreterare: Tobias Hallgren (Svedala)")
MINUTES_ITEMS = [
    ("§ 1", "Flygande lyktor och ballonger",
     ["Himmelslyktsförbudsinformatörerna redovisade att förbudet mot flygande lyktor och ballongsläpp gäller i "
      "de fyra kommunerna sedan den 1 maj 2323. Informationen har skickats till 85 festlokaler och "
      "bröllopsarrangörer. Räddningstjänsten fick under sommaren larm om två gräsbränder som startade av "
      "flygande lyktor, båda i Skurup. Ballongrestplockarkollektivet hittade flest ballongrester på "
      "stränderna i Vellinge.",
      "Beredningsgruppen beslutar att rekommendera de övriga åtta kommunerna att införa samma förbud i sina "
      "ordningsföreskrifter under 2324.",
      "Himmelslyktsförbudsinformatörerna får i uppdrag att ta fram en gemensam mall för ordningsföreskrifterna "
      "senast den 15 februari 2324."]),
    ("§ 2", "Silverfisk i lägenheter och skolor",
     ["Hyresbostadssilverfiskbekämpningsteamet redovisade att 640 lägenheter och 9 skolor har behandlats med "
      "betesgel. Antalet silverfiskar i klisterfällorna har minskat med 70 procent efter tre månader. "
      "Silverfisken kommer ofta in med kartonger från nätbutiker och flyttlådor.",
      "Beredningsgruppen beslutar att alla lägenheter ska kontrolleras med klisterfällor innan en ny "
      "hyresgäst flyttar in.",
      "Nätverket för torra och täta bostäder ansvarar för att broschyren om silverfisk delas ut till alla nya "
      "hyresgäster."]),
    ("§ 3", "Nödtelefonerna i hissarna",
     ["Hissnödtelefonsomkopplingsgruppen redovisade att 212 av 380 hissar har fått nödtelefon som går via "
      "mobilnätet. I elva hissar i källarplan är mobiltäckningen för dålig, och där behövs en extra antenn. "
      "Vid provlarmen tog det i genomsnitt 38 sekunder innan larmcentralen svarade.",
      "Beredningsgruppen beslutar att alla hissar ska vara klara innan kopparnätet stängs den 1 mars 2324.",
      "Beredningsgruppen ger Hissnödtelefonsomkopplingsgruppen i uppdrag att beställa extra antenner till de "
      "elva hissarna i källarplan."]),
    ("§ 4", "Robotgräsklipparna",
     ["Robotgräsklipparflottförvaltarna redovisade att 48 robotgräsklippare har klippt gräset på "
      "idrottsplatserna och skolgårdarna under säsongen. Bränsleförbrukningen för gräsklippningen minskade "
      "med 11 000 liter diesel. Tre robotar stals i Kävlinge i juli och har inte hittats.",
      "Beredningsgruppen beslutar att alla robotgräsklippare ska ha GPS-spårning och pinkod från säsongen 2324.",
      "Beredningsgruppen beslutar att robotarna även i fortsättningen ska stå stilla på natten för "
      "igelkottarnas skull."]),
    ("§ 5", "Fiskelina på bryggorna",
     ["Fiskelinsinsamlingsbehållarpatrullen redovisade att 92 kilo fiskelina och drygt 4 000 krokar har "
      "samlats in ur rören på bryggorna. Linan skickas till en återvinningsanläggning där den blir ny "
      "plast. Fiskelinsfågelräddningsvolontärerna har klippt loss 63 fåglar, de flesta knölsvanar i "
      "Trelleborgs hamn.",
      "Beredningsgruppen beslutar att rören ska tömmas varannan vecka från april till oktober.",
      "Beredningsgruppen ger Fiskelinsinsamlingsbehållarpatrullen i uppdrag att sätta upp rör också vid "
      "fiskeplatserna vid sjöarna i Höör."]),
    ("§ 6", "Snö på de platta taken",
     ["Taksnölastövervakningsjouren redovisade att lastgivare har satts upp på 26 av 41 platta tak. Givarna "
      "larmar när snön väger mer än 120 kilo per kvadratmeter. Vintern 2322 fick två sporthallar i Höör "
      "stängas i en vecka av rädsla för att taken skulle rasa.",
      "Beredningsgruppen beslutar att en sporthall ska stängas direkt när givaren på taket larmar, tills taket "
      "har skottats.",
      "Takskottningsberedskapsstyrkan får i uppdrag att gå en kurs i arbete på hög höjd innan den 1 december "
      "2323."]),
    ("§ 7", "Åskledarna",
     ["Åskledarbesiktningsgänget redovisade att 58 av 115 byggnader har besiktats. Vid 17 byggnader var "
      "ledarna rostiga eller lösa, och på vattentornet i Svedala saknades jordtaget helt. Arbetet är försenat "
      "eftersom det är svårt att få tag på liftar.",
      "Beredningsgruppen beslutar att åskledarna ska besiktas vart tredje år.",
      "Åskledarbesiktningsgänget ansvarar för att de resterande 57 byggnaderna besiktas före midsommar 2324."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Staffanstorp frågade om kommunen kan ansluta sig till insamlingen av fiskelina, trots att kommunen "
      "inte ligger vid havet. Frågan tas upp vid nästa sammanträde.",
      "Nästa sammanträde hålls den 12 december 2323 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Leila Haddad (Trelleborg)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Flygande lyktor har orsakat gräsbränder, och resterna av ballonger hamnar på stränderna där fåglar och sälar äter dem. Långsprötad silverfisk har spridit sig i många av kommunernas hyreshus och skolor. Kopparnätet stängs, och nödtelefonerna i hissarna måste flyttas till mobilnätet. Gräsklippningen på idrottsplatserna kostar mycket personal och diesel. Gammal fiskelina på bryggorna skadar fåglar, och tung snö på platta tak kan få sporthallar att rasa. Många åskledare på kommunens byggnader har inte besiktats på decennier.

## Syfte

Samarbetet ska minska risken för bränder och skador på djur, ge hyresgästerna bostäder utan skadedjur och se till att ingen blir instängd i en hiss utan att kunna larma. Skötseln av gräsytorna ska bli billigare och tystare, och kommunernas byggnader ska klara både snö och åska.

## Mål till 2326

Alla tolv kommuner ska ha förbud mot flygande lyktor i sina ordningsföreskrifter. Alla 380 hissar ska ha nödtelefon via mobilnätet. Minst 80 robotgräsklippare ska vara i drift, och alla 41 platta tak ska ha lastgivare. Alla 115 byggnader med åskledare ska ha besiktats minst en gång.

## Organisation

Beredningsgruppen för byggnader, grönytor och säkerhet leder arbetet och rapporterar till kommundirektörerna två gånger per år. Fastighetsförvaltarforumet för offentliga lokaler samordnar arbetet med hissarna, taken och åskledarna. Hyresbostadssilverfiskbekämpningsteamet samarbetar med de kommunala bostadsbolagen, och Fiskelinsinsamlingsbehållarpatrullen samarbetar med de lokala sportfiskeklubbarna.

## Budget

Den gemensamma budgeten är 14,2 miljoner kronor för 2323–2326, varav 4,8 miljoner kronor går till nödtelefonerna i hissarna. Kommunerna betalar 5,10 kronor per invånare och år. Insamlingen av fiskelina får dessutom 0,4 miljoner kronor från en havsmiljöfond.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2323 till den 31 december 2326. Beredningsgruppen lämnar en lägesrapport varje år i december, och planen utvärderas våren 2325.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje område för samverkan vad aktiviteten går ut på, vilken grupp som "
             "håller i den, inom vilka tidsramar den genomförs, vilka kommuner som ansluter och lägesredovisningen "
             "den 30 oktober 2323.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för byggnader, grönytor och säkerhet under "
              "2323 och början av 2324. För varje satsning anges vilken arbetsgrupp som har huvudansvaret, vilka "
              "kommuner som ingår, när den genomförs och läget vid rapporteringen den 3 november 2323.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=labelled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtioåttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
