"""Regenerate the fictional documents of the forty-third held-out set in benchmarks/data/heldout43/docs/.

    .venv/bin/python scripts/make_heldout43.py [--out benchmarks/data/heldout43/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout43 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (legionella in the showers of sports halls and changing rooms, with
temperature checks, sampling and a flushing schedule, and new shower heads, ash trees struck by ash dieback
along roads and in parks, assessed for risk and felled, and replacement trees of other species, Canada geese
on lawns and beaches, with the eggs in their nests addled and the goose droppings swept up, deposit rings on
litter bins where empty cans and bottles can be left for collectors, and deposit bins at sports grounds whose
money goes to youth clubs, the yearly safety inspection of playground equipment and a sign with a QR code for
reporting damage, inspection of small footbridges over streams and ditches and new railings on them, sand
dunes on the beaches held in place by planted lyme grass and sand fences, and boardwalks over the dunes) are
not covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout43" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2318.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2318 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-anlaggningar-park-strand-2318.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för anläggningar, park och strand 2318 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningsgruppen-anlaggningar-park-strand-2318-11-09.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningsgruppen för anläggningar, park och strand 2318-11-09 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-anlaggningar-park-strand-2318-2321.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för anläggningar, park och strand 2318–2321 (fiktiv)"

# Activity plan 2318 (PDF): one table with a narrow column for the group doing the work, so the long group
# names break inside the word over several lines.
PLAN_PDF_COLUMNS = ("Ansvarsfält", "Planerat arbete", "Verkställs av", "Tidsangivelse", "Kommuner i arbetet",
                    "Läge vid avstämning 30 oktober")
PLAN_PDF_WIDTHS = (27, 48, 21, 27, 27, 30)  # mm, 180 in all; 21 mm keeps "Verkställs" whole
PLAN_PDF = [
    ("Sporthallar",
     "Provtagning för legionella i duscharna i sporthallar och omklädningsrum, och kontroll av att "
     "varmvattnet håller minst 50 grader vid tappstället", "Duschvattenlegionellaprovtagarna",
     "Februari–november 2318", "Helsingborg, Landskrona, Bjuv, Åstorp", "Pågår, 212 prover tagna"),
    ("Träd i gatumiljön",
     "Riskbedömning av askar som angripits av askskottsjuka längs vägar och i parker, och fällning av de "
     "träd som riskerar att falla", "Askträdsriskbedömningsgruppen", "Januari–mars och september–december 2318",
     "Höganäs, Ängelholm, Klippan, Perstorp", "Pågår, 1 160 askar bedömda och 274 fällda"),
    ("Parker och stränder",
     "Prickning av ägg i kanadagässens bon på öar och strandängar, så att färre gässlingar kläcks och "
     "gräsmattorna inte blir nedsmutsade", "Kanadagåsbobeståndsregleringslaget", "April–maj 2318",
     "Helsingborg, Höganäs, Landskrona, Ängelholm", "Klart, ägg prickade i 138 bon"),
    ("Renhållning",
     "Pantringar på papperskorgarna i centrum och i parkerna, där man kan ställa tomma burkar och flaskor "
     "så att de som samlar pant slipper gräva i soporna", "Pantringsmonteringskompaniet", "Mars–augusti 2318",
     "Helsingborg, Ängelholm, Båstad, Åstorp, Bjuv", "Klart, 640 pantringar uppsatta"),
    ("Lek och rörelse",
     "Årlig huvudbesiktning av gungor, klätterställningar, rutschkanor och fallunderlag på kommunernas "
     "lekplatser", "Lekredskapssäkerhetsgranskarna", "Maj–september 2318",
     "Klippan, Perstorp, Örkelljunga, Bjuv, Åstorp", "Klart, 186 lekplatser besiktigade"),
    ("Gång- och cykelvägar",
     "Inspektion av små gångbroar över bäckar och diken, med kontroll av bärighet, ruttna plank och lösa "
     "räcken", "Gångbrobärighetsinspektörerna", "Augusti 2318–april 2319",
     "Ängelholm, Klippan, Örkelljunga, Landskrona", "Försenat, 41 av 97 broar inspekterade"),
    ("Kust och sanddyner",
     "Plantering av strandråg och uppsättning av sandstaket på sanddynerna, så att sanden inte blåser bort "
     "och dynerna håller emot stormarna", "Sanddynsstabiliseringsgänget", "Oktober 2318–april 2319",
     "Båstad, Höganäs, Ängelholm", "Ej påbörjat, plantorna levereras i november"),
]

# Activity plan (Word), by area: a heading per area, then each effort as bullet lines "Label: value".
PLAN_DOCX_LABELS = ("Satsningens innehåll", "Ansvarstagare", "Orter som berörs", "Tidsperiod för arbetet",
                    "Redovisning 2 november")


def _effort(*values: str) -> list[tuple[str, str]]:
    return list(zip(PLAN_DOCX_LABELS, values, strict=True))


PLAN_DOCX_AREAS = [
    ("Idrottsanläggningar", [_effort(
        "Nya duschmunstycken som inte samlar kalk och stillastående vatten, och ett spolschema där duscharna "
        "som inte används spolas med hett vatten varje vecka",
        "Omklädningsrumsspolschemaansvariga",
        "Helsingborg, Landskrona, Bjuv, Åstorp",
        "Mars–december 2318",
        "Pågår, 1 350 av 2 100 munstycken utbytta")]),
    ("Träd i gatumiljön", [_effort(
        "Ersättningsträd av andra arter, som lind, ek och avenbok, planteras där askar har fällts, så att "
        "alléerna inte står med luckor",
        "Ersättningsträdplanteringskollektivet",
        "Höganäs, Ängelholm, Klippan, Perstorp",
        "Oktober–november 2318",
        "Pågår, 96 träd planterade")]),
    ("Parker och stränder", [_effort(
        "En sopmaskin som borstar upp gåsspillning från gräsmattorna och badstränderna varje morgon under "
        "sommaren",
        "Gåsspillningsuppsamlingspatrullen",
        "Helsingborg, Höganäs, Landskrona",
        "Juni–augusti 2318",
        "Klart, 8,5 ton spillning uppsamlad")]),
    ("Renhållning", [_effort(
        "Pantkärl vid idrottsplatserna, där pengarna för de insamlade burkarna och flaskorna går till "
        "ungdomslagen i de lokala föreningarna",
        "Båstad och Ängelholm",
        "Båstad, Ängelholm",
        "April–oktober 2318",
        "Klart, 74 300 kronor till ungdomslagen")]),
    ("Lek och rörelse", [_effort(
        "En skylt med QR-kod på varje lekplats, där föräldrar och barn kan anmäla trasiga lekredskap direkt "
        "från mobilen",
        "Nätverket för säkra lekmiljöer i nordväst",
        "Klippan, Perstorp, Örkelljunga, Bjuv, Åstorp",
        "Från juni 2318",
        "Klart, 312 anmälningar har kommit in")]),
    ("Gång- och cykelvägar", [_effort(
        "Nya räcken i galvaniserat stål på de gångbroar där de gamla räckena av trä har ruttnat, med en höjd "
        "på 1,2 meter",
        "Broräckesförnyelsesnickarna",
        "Ängelholm, Klippan, Örkelljunga",
        "September 2318–maj 2319",
        "Pågår, nya räcken på 12 broar")]),
    ("Kust och sanddyner", [_effort(
        "Spänger av trä över sanddynerna vid de mest besökta stränderna, så att badgästerna inte trampar "
        "sönder strandrågen",
        "Dynspångsbyggarlaget",
        "Båstad, Höganäs",
        "Mars–juni 2318",
        "Klart, 1,4 kilometer spång byggd")]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2318-11-09, kl. 9.30–12.15",
                  "Plats: Stadshuset i Ängelholm (fiktivt sammanträde)",
                  "Närvarande: Beredningsgruppen för anläggningar, park och strand, med representanter för nio "
                  "av de tio medlemskommunerna",
                  "Ordförande: Helena Bergqvist (Höganäs)",
                  "Sekreterare: Oskar Lindgren (Klippan)")
MINUTES_ITEMS = [
    ("§ 1", "Legionella i duscharna",
     ["Duschvattenlegionellaprovtagarna redovisade att 212 prover har tagits i sporthallar och omklädningsrum. "
      "I 17 prover var halten av legionella för hög, de flesta i duschar som sällan används. I två sporthallar "
      "i Bjuv höll varmvattnet bara 42 grader vid tappstället.",
      "Beredningsgruppen beslutar att duschar med för hög halt ska stängas tills ett nytt prov visar att "
      "vattnet är rent.",
      "Beredningsgruppen ger Omklädningsrumsspolschemaansvariga i uppdrag att ta fram en gemensam rutin för "
      "spolning under sommaruppehållet, senast den 15 februari 2319."]),
    ("§ 2", "Askskottsjukan",
     ["Askträdsriskbedömningsgruppen redovisade att 1 160 askar har bedömts och att 274 har fällts. Svampen "
      "sprids med vinden, och många askar längs landsvägarna i Klippan och Perstorp har döda kronor. Att fälla "
      "ett stort träd längs en väg kostar i genomsnitt 14 500 kronor.",
      "Beredningsgruppen beslutar att askar som står inom tio meter från en lekplats eller en busshållplats "
      "ska fällas först.",
      "Ersättningsträdplanteringskollektivet ansvarar för att ett nytt träd planteras för varje fälld ask i "
      "alléerna."]),
    ("§ 3", "Kanadagässen",
     ["Kanadagåsbobeståndsregleringslaget redovisade att äggen prickades i 138 bon under april och maj. Antalet "
      "gässlingar på stränderna i Landskrona var hälften så stort som året innan. Gåsspillningsuppsamlingspatrullen "
      "samlade upp 8,5 ton spillning under sommaren.",
      "Beredningsgruppen beslutar att det ska sättas upp skyltar vid dammarna om att det är förbjudet att mata "
      "gässen."]),
    ("§ 4", "Pantringarna",
     ["Pantringsmonteringskompaniet redovisade att 640 pantringar har satts upp på papperskorgar. Enligt "
      "städpersonalen ligger det nu betydligt mindre skräp runt papperskorgarna. Tre pantringar i Åstorp har "
      "skruvats loss och stulits.",
      "Beredningsgruppen beslutar att pantringar också ska sättas upp vid busstationerna under 2319.",
      "Pantringsmonteringskompaniet får i uppdrag att räkna hur många burkar och flaskor som lämnas i "
      "pantringarna under två veckor i mars 2319."]),
    ("§ 5", "Lekplatserna",
     ["Lekredskapssäkerhetsgranskarna redovisade att 186 lekplatser har fått sin huvudbesiktning. På 23 "
      "lekplatser hittades fel som måste åtgärdas direkt, oftast sand- och gummiunderlag som var för tunna "
      "under gungorna. Fyra klätterställningar i Perstorp stängdes av med band samma dag.",
      "Beredningsgruppen beslutar att alla allvarliga fel ska vara åtgärdade inom två veckor efter besiktningen."]),
    ("§ 6", "Gångbroarna",
     ["Gångbrobärighetsinspektörerna redovisade att 41 av 97 gångbroar har inspekterats. Arbetet är försenat "
      "eftersom broarna vid flera bäckar i Örkelljunga har stått under vatten efter höstens regn. En bro i "
      "Klippan har stängts, eftersom två bärande balkar var ruttna.",
      "Beredningsgruppen beslutar att en stängd gångbro ska få en skyltad omväg inom en vecka.",
      "Beredningsgruppen ger Broräckesförnyelsesnickarna i uppdrag att byta räckena på de tio broar som har "
      "flest besökare före den 1 maj 2319."]),
    ("§ 7", "Sanddynerna",
     ["Sanddynsstabiliseringsgänget redovisade att planteringen av strandråg inte har kommit igång, eftersom "
      "plantorna levereras i november. Under vinterns stormar försvann uppemot tre meter av dynerna vid "
      "Skäldervikens stränder. Dynspångsbyggarlaget har byggt 1,4 kilometer spång.",
      "Beredningsgruppen beslutar att hundar ska hållas kopplade på sanddynerna hela året.",
      "Sanddynsstabiliseringsgänget ansvarar för att 45 000 plantor strandråg sätts i sanden före den 30 april "
      "2319."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Örkelljunga frågade om kommunen kan vara med i arbetet med pantringarna från 2319. Frågan tas upp vid "
      "nästa sammanträde.",
      "Nästa sammanträde hålls den 14 december 2318 i Båstad."]),
]
MINUTES_ADJUSTER = "Sara Holmqvist (Bjuv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Legionellabakterier kan växa i varmvatten som står still i rören, och duscharna i sporthallar och omklädningsrum används ojämnt över året. Askskottsjukan har gjort att många askar i alléer och parker har blivit sköra och kan tappa grenar eller välta. Kanadagässen har blivit fler, och deras spillning gör gräsmattor och badstränder obehagliga att vistas på. Människor som samlar pant rotar i papperskorgarna och drar ut skräp på marken. Många lekplatser har redskap som är över tjugo år gamla, och många små gångbroar har inte setts över på länge. På kusten äter stormarna och trampet från badgästerna upp sanddynerna.

## Syfte

Samarbetet ska ge tryggare duschar i kommunernas idrottsanläggningar, säkra träd längs vägar och i parker och renare gräsmattor och stränder. Det ska vara enkelt att lämna pant utan att skräpa ned, barnen ska kunna leka på säkra lekplatser, gångbroarna ska vara säkra att gå över, och sanddynerna ska skydda kusten och de växter och djur som lever där.

## Mål till 2321

Inget prov från duscharna i kommunernas sporthallar ska visa för hög halt av legionella. Alla askar som står nära vägar och lekplatser ska vara riskbedömda till 2320. Antalet kanadagäss ska minska med en tredjedel. Alla 97 gångbroar ska vara inspekterade, och alla lekplatser ska ha en skylt med QR-kod.

## Organisation

Beredningsgruppen för anläggningar, park och strand leder arbetet och rapporterar till kommundirektörerna två gånger per år. Trädvårdsexpertrådet ger råd om vilka askar som kan stå kvar och vilka arter som ska ersätta dem. Duschvattenlegionellaprovtagarna skickar proverna till ett ackrediterat laboratorium, och Sanddynsstabiliseringsgänget samarbetar med länsstyrelsen, eftersom flera av dynerna ligger i naturreservat.

## Budget

Den gemensamma budgeten är 23,7 miljoner kronor för 2318–2321, varav 8,2 miljoner kronor går till fällning av askar och nya träd. Kommunerna betalar 7,10 kronor per invånare och år. Arbetet med sanddynerna får dessutom 1,3 miljoner kronor från ett statligt bidrag för lokala naturvårdsprojekt.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2318 till den 31 december 2321. Beredningsgruppen lämnar en lägesrapport varje år i november, och planen utvärderas våren 2320.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ansvarsfält vilket arbete som planeras, vilken grupp som "
             "verkställer det, när det görs, vilka kommuner som är med och hur läget såg ut vid avstämningen den "
             "30 oktober 2318.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma satsningar för anläggningar, park och strand under 2318 "
              "och början av 2319, ordnade efter område. För varje satsning anges ansvarstagare, vilka orter som "
              "berörs, under vilken tid arbetet pågår och vad som redovisades den 2 november 2318.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtiotredje, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
