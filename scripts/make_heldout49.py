"""Regenerate the fictional documents of the forty-ninth held-out set in benchmarks/data/heldout49/docs/.

    .venv/bin/python scripts/make_heldout49.py [--out benchmarks/data/heldout49/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout49 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (crayfish plague in the lakes, with test fishing for signal crayfish in
traps and disinfection stations for boots, nets and boats at the launch points, stinging jellyfish at the
beaches, with a daily jellyfish report and a jellyfish flag in the lifeguard towers and boxes with vinegar
spray and cold packs, old decommissioned lighthouses along the coast renovated and opened to visitors on
lighthouse days, old dance pavilions in the villages restored and hired out to associations through a web
booking system, with times when the music must stop, notifications of boreholes for ground-source heat
handled faster, with a web map of the boreholes and the water protection areas and the same fee in every
municipality, litter cleared around the recycling stations and level sensors in the glass bottle banks, with
no glass thrown at night, old hand water pumps on the village squares restored and their water sampled,
with "not drinking water" signs) are not covered by the other sets, and the group names are deliberately not
on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout49" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2324.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2324 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vatten-kulturarv-fritidsliv-2324.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vatten, kulturarv och fritidsliv 2324 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samradsorganet-vatten-kulturarv-fritidsliv-2324-11-12.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samrådsorganet för vatten, kulturarv och fritidsliv 2324-11-12 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-vatten-kulturarv-fritidsliv-2324-2327.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vatten, kulturarv och fritidsliv 2324–2327 (fiktiv)"

# Activity plan 2324 (PDF): the subject area ("Ämnesområde") comes first, then what kind of measure it is
# ("Åtgärdens art"), the group handling it ("Hanteras av") in a column just wide enough for its short heading,
# so the long group names break inside the word over several lines, the schedule ("Tidsschema"), the
# municipalities that have joined ("Kommuner som är anslutna") and the state on 25 October
# ("Avstämt läge 25 oktober").
PLAN_PDF_COLUMNS = ("Ämnesområde", "Åtgärdens art", "Hanteras av", "Tidsschema", "Kommuner som är anslutna",
                    "Avstämt läge 25 oktober")
PLAN_PDF_WIDTHS = (30, 42, 20, 34, 25, 29)  # mm, 180 in all; 20 mm keeps "Hanteras" whole
PLAN_PDF = [
    ("Sjöar och vattendrag",
     "Provfiske efter signalkräftor med burar i sjöar där flodkräftan fortfarande finns, för att upptäcka "
     "kräftpest i tid", "Signalkräftprovfiskelaget", "Augusti–september 2324",
     "Sjöbo, Tomelilla, Ystad, Klippan", "Klart, 14 sjöar provfiskade"),
    ("Hav och badstränder",
     "Daglig rapport om brännmaneter vid de bevakade stränderna, med en röd manetflagga i badvaktstornet när "
     "det finns många maneter i vattnet", "Brännmanetspaningspatrullen", "1 juli–20 augusti 2324",
     "Ystad, Simrishamn, Höganäs, Båstad", "Klart, manetflaggan hissad 19 dagar"),
    ("Kulturmiljö",
     "Renovering av nedlagda fyrtorn längs kusten, med ny puts, nya fönster och lagning av lanterninen "
     "högst upp", "Fyrtornsrestaureringskollegiet", "April 2324–oktober 2325",
     "Simrishamn, Höganäs, Båstad, Ystad", "Pågår, 2 av 6 fyrtorn färdiga"),
    ("Föreningsliv och fritid",
     "Upprustning av gamla dansbanor i byarna, med nytt golv, tak och belysning, så att byalag och föreningar "
     "kan hålla dans och fester där", "Bydansbaneupprustningsgillet", "Mars–september 2324",
     "Tomelilla, Sjöbo, Klippan, Ängelholm", "Försenat, 4 av 9 dansbanor klara"),
    ("Grundvatten och energi",
     "Snabbare handläggning av anmälningar om borrning för bergvärme, med målet att beslutet ska komma inom "
     "fyra veckor", "Bergvärmeanmälningshandläggarringen", "Hela 2324",
     "Ängelholm, Helsingborg, Landskrona, Höganäs, Klippan", "Pågår, 612 anmälningar, i snitt 23 dagar till beslut"),
    ("Återvinning",
     "Städning runt återvinningsstationerna tre gånger i veckan, där skräp, kartonger och säckar har ställts "
     "utanför containrarna", "Återvinningsstationsstädpatrullen", "Februari–december 2324",
     "Helsingborg, Landskrona, Ängelholm, Ystad", "Pågår, 96 stationer städas, 148 ton skräp bortforslat"),
    ("Bymiljö",
     "Renovering av gamla handpumpar på torgen och vid kyrkorna i byarna, så att det går att pumpa upp vatten "
     "med dem igen", "Bypumpsrenoveringssmedjan", "Maj 2324–maj 2325",
     "Sjöbo, Tomelilla, Simrishamn", "Pågår, 11 av 27 pumpar renoverade"),
]

# Activity plan (Word), by area: a heading per subject area, then each task as bullet lines "Label: value":
# a description of the task ("Beskrivning av uppgiften"), the group that took it on ("Uppdragstagare"),
# the municipalities that have joined ("Anslutna kommuner"), the time frame ("Tidsram för uppgiften") and the
# state on 6 November ("Läget per 6 november"). One group is a pair of municipalities, one a network with a
# name of several words.
LABELS = ("Beskrivning av uppgiften", "Uppdragstagare", "Anslutna kommuner", "Tidsram för uppgiften",
          "Läget per 6 november")
_TASKS = [
    ("Sjöar och vattendrag",
     ("Desinfektionsstationer vid sjöarnas båtiläggningsplatser, där fiskare och kanotister tvättar stövlar, "
      "håvar, nät och båtar med desinfektionsmedel innan de fortsätter till nästa sjö",
      "Fiskeredskapsdesinfektionsvärdarna", "Sjöbo, Tomelilla", "Maj–oktober 2324",
      "Klart, 8 stationer uppställda")),
    ("Hav och badstränder",
     ("Lådor med ättikssprej och kylpåsar i badvaktstornen, och skyltar som visar hur man tar hand om en "
      "brännskada från en manet", "Manetbrännskadeförstahjälpsgruppen", "Ystad, Simrishamn, Båstad",
      "Juni–augusti 2324", "Klart, 377 badgäster har fått hjälp i badvaktstornen")),
    ("Kulturmiljö",
     ("Öppna fyrdagar, då besökarna får gå upp i fyrtornen och höra berättelser om fyrvaktarnas liv",
      "Simrishamn och Höganäs", "Simrishamn, Höganäs", "Juni–augusti 2324",
      "Klart, 5 300 besökare under 12 öppna dagar")),
    ("Föreningsliv och fritid",
     ("Ett bokningssystem på webben där föreningar och privatpersoner hyr dansbanorna för 400 kronor per kväll",
      "Dansbanebokningssamordnarna", "Tomelilla, Sjöbo, Klippan", "Från juni 2324",
      "Pågår, 63 bokningar hittills")),
    ("Grundvatten och energi",
     ("En karta på webben över alla borrhål för bergvärme och över vattenskyddsområdena, där man inte får "
      "borra utan tillstånd", "Nätverket för skyddat grundvatten i Nordvästskåne",
      "Ängelholm, Helsingborg, Landskrona, Höganäs, Klippan", "Januari–juni 2324",
      "Klart, 9 840 borrhål inlagda på kartan")),
    ("Återvinning",
     ("Givare i glasigloorna som skickar ett meddelande när igloon är full, och skyltar om att man inte får "
      "kasta glas mellan kl. 21 och kl. 7", "Glasigloonivågivarteamet", "Helsingborg, Landskrona",
      "September 2324–mars 2325", "Pågår, givare i 70 av 210 glasigloor")),
    ("Bymiljö",
     ("Vattenprover från de renoverade pumparna, och skyltar med texten Ej dricksvatten vid de pumpar där "
      "vattnet inte håller måttet", "Bybrunnsvattenprovtagarna", "Sjöbo, Tomelilla, Simrishamn",
      "Juni–augusti 2324", "Klart, 8 av 11 pumpar har fått skylten Ej dricksvatten")),
]
PLAN_DOCX_AREAS = [(area, [list(zip(LABELS, values, strict=True))]) for area, values in _TASKS]

MINUTES_HEADER = ("Sammanträdesdatum: 2324-11-12, kl. 13.15–16.00",
                  "Plats: Rådhuset i Sjöbo (fiktivt sammanträde)",
                  "Närvarande: Samrådsorganet för vatten, kulturarv och fritidsliv, med representanter för nio "
                  "av de tio anslutna kommunerna",
                  "Ordförande: Elin Bergqvist (Simrishamn)",
                  "Sekreterare: Anders Holm (Klippan)")
MINUTES_ITEMS = [
    ("§ 1", "Kräftpesten i sjöarna",
     ["Signalkräftprovfiskelaget redovisade att 14 sjöar provfiskades i augusti och september. Kräftpest "
      "påvisades i Krokasjön, Ödesjön och Lilla Hallsjön, och flodkräftor hittades bara i fyra av sjöarna. "
      "Kräftpesten sprids lätt med blöta stövlar, fiskeredskap och båtar från en sjö till en annan, och "
      "signalkräftorna bär på smittan utan att själva bli sjuka.",
      "Samrådsorganet beslutar att det ska vara förbjudet att flytta levande kräftor mellan sjöarna i de "
      "anslutna kommunerna, och att fisket efter flodkräfta i de tre smittade sjöarna stoppas under 2325.",
      "Samrådsorganet ger Fiskeredskapsdesinfektionsvärdarna i uppdrag att ställa upp desinfektionsstationer "
      "även vid sjöarna i Klippan före den 1 maj 2325."]),
    ("§ 2", "Brännmaneterna vid stränderna",
     ["Brännmanetspaningspatrullen redovisade att den röda manetflaggan hissades 19 dagar under sommaren, de "
      "flesta i början av augusti. Badvakterna hjälpte 377 badgäster som hade bränt sig på maneter. De flesta "
      "hade brännskador på benen och armarna och behövde bara kyla och ättikssprej.",
      "Samrådsorganet beslutar att manetrapporten från 2325 också ska visas på kommunernas badsidor på webben.",
      "Manetbrännskadeförstahjälpsgruppen får i uppdrag att ta fram en kort utbildning om manetbrännskador för "
      "alla badvakter senast den 15 juni 2325."]),
    ("§ 3", "Fyrtornen",
     ["Fyrtornsrestaureringskollegiet redovisade att 2 av 6 fyrtorn är färdiga. Arbetet med fyrtornet i Båstad "
      "har stått still sedan juni, eftersom de nya fönstren till lanterninen måste specialbeställas. De öppna "
      "fyrdagarna i Simrishamn och Höganäs lockade 5 300 besökare.",
      "Samrådsorganet beslutar att de färdiga fyrtornen ska hållas öppna för besökare även under höstlovet "
      "2325.",
      "Simrishamn ansvarar för att ta fram en gemensam skylt om fyrarnas historia till alla sex fyrtornen."]),
    ("§ 4", "Dansbanorna i byarna",
     ["Bydansbaneupprustningsgillet redovisade att 4 av 9 dansbanor är klara. Arbetet är försenat eftersom det "
      "har varit svårt att få tag på virke av ek till de nya golven. Dansbanorna har hittills bokats 63 gånger. "
      "Grannar i två byar har klagat på att musiken hörs sent på kvällen.",
      "Samrådsorganet beslutar att musiken på dansbanorna ska vara avstängd senast kl. 24 på fredagar och "
      "lördagar och senast kl. 22 övriga dagar.",
      "Dansbanebokningssamordnarna får i uppdrag att skriva in de nya tiderna i hyresvillkoren för "
      "dansbanorna."]),
    ("§ 5", "Borrning för bergvärme",
     ["Bergvärmeanmälningshandläggarringen redovisade att 612 anmälningar om bergvärme har kommit in under året "
      "och att det i snitt har tagit 23 dagar till beslut. I två fall har en villaägare borrat utan att göra "
      "någon anmälan, och då kan kommunen ta ut en miljösanktionsavgift.",
      "Samrådsorganet beslutar att avgiften för en anmälan om bergvärme ska vara densamma i alla fem kommunerna, "
      "4 200 kronor, från den 1 januari 2325.",
      "Samrådsorganet ger Nätverket för skyddat grundvatten i Nordvästskåne i uppdrag att lägga in även de äldre "
      "energibrunnarna på kartan under 2325."]),
    ("§ 6", "Återvinningsstationerna",
     ["Återvinningsstationsstädpatrullen redovisade att 148 ton skräp har forslats bort från 96 "
      "återvinningsstationer sedan februari. Vanligast är hela pappkartonger, plastsäckar med blandat avfall "
      "och gamla bildäck. Grannar till stationerna i Landskrona har klagat på att det slängs glas mitt i natten.",
      "Samrådsorganet beslutar att kameror ska sättas upp vid de tio stationer som har mest nedskräpning.",
      "Glasigloonivågivarteamet får i uppdrag att redovisa hur givarna i glasigloorna har fungerat vid "
      "sammanträdet i april 2325."]),
    ("§ 7", "Handpumparna på bytorgen",
     ["Bypumpsrenoveringssmedjan redovisade att 11 av 27 pumpar är renoverade. Bybrunnsvattenprovtagarna har "
      "tagit prover på vattnet från de 11 pumparna, och vid 8 av dem har skylten Ej dricksvatten satts upp.",
      "Samrådsorganet beslutar att pumparna ska få stå kvar med skylten Ej dricksvatten i stället för att låsas.",
      "Bybrunnsvattenprovtagarna ansvarar för att nya vattenprover tas från pumparna varje vår."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Ängelholm frågade om kommunen kan vara med på de öppna fyrdagarna 2325. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 10 december 2324 i Tomelilla."]),
]
MINUTES_ADJUSTER = "Sofia Nyberg (Båstad)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Flodkräftan har nästan försvunnit ur sjöarna, eftersom kräftpesten sprids med signalkräftor och med redskap som flyttas mellan sjöarna. Under varma somrar driver allt fler brännmaneter in mot badstränderna. De gamla fyrtornen längs kusten förfaller sedan de släcktes, och många dansbanor i byarna, som förr var bygdens samlingsplatser, har ruttnat. Allt fler villaägare borrar för bergvärme, och ett borrhål på fel plats kan förorena grundvattnet. Runt återvinningsstationerna ställs skräp som ingen hämtar, och glas som kastas på natten stör grannarna. De gamla handpumparna på bytorgen är en del av byarnas historia, men många av dem har rostat fast.

## Inriktning

Samarbetet ska rädda flodkräftan, göra det tryggare att bada när det finns maneter i vattnet och ta vara på fyrtornen, dansbanorna och handpumparna som en levande del av kulturarvet. Grundvattnet ska skyddas när invånarna borrar för bergvärme, och återvinningsstationerna ska vara rena och tysta nattetid.

## Mål fram till 2327

Flodkräftan ska finnas kvar i minst fyra sjöar. Alla sex fyrtornen ska vara renoverade och öppna för besökare minst tio dagar per år. Alla 27 handpumpar ska vara renoverade. Ett beslut om bergvärme ska komma inom tre veckor från anmälan, och varje återvinningsstation ska städas minst tre gånger i veckan.

## Ansvarsfördelning

Samrådsorganet för vatten, kulturarv och fritidsliv leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Kustkulturarvsrådgivarkretsen ger råd om hur fyrtornen ska restaureras så att de behåller sitt kulturhistoriska värde. Signalkräftprovfiskelaget samarbetar med länsstyrelsens fiskeenhet, och Återvinningsstationsstädpatrullen samarbetar med de företag som tömmer containrarna.

## Ekonomi

Den gemensamma budgeten är 22,7 miljoner kronor för 2324–2327, varav 11,4 miljoner kronor går till fyrtornen. Kommunerna betalar 5,80 kronor per invånare och år. Dansbanorna får dessutom 1,2 miljoner kronor från en bygdefond.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2324 till den 31 december 2327. Samrådsorganet lämnar en lägesrapport varje år i december, och planen utvärderas våren 2326.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje ämnesområde vilken åtgärd som planeras, vilken grupp som hanterar "
             "den, enligt vilket tidsschema den genomförs, vilka kommuner som är anslutna och läget vid "
             "avstämningen den 25 oktober 2324.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma uppgifter för vatten, kulturarv och fritidsliv under 2324 "
              "och början av 2325, ordnade efter ämnesområde. För varje uppgift anges uppdragstagaren, vilka "
              "kommuner som är anslutna, uppgiftens tidsram och läget den 6 november 2324.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtionionde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
