"""Regenerate the fictional documents of the twenty-eighth held-out set in benchmarks/data/heldout28/docs/.

    .venv/bin/python scripts/make_heldout28.py [--out benchmarks/data/heldout28/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout28 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (life jackets to borrow free of charge at lake and sea beaches,
late mowing of road verges and park lawns for bees and other pollinators, cool rooms for older people
during heat waves, scanning of old building permit drawings on paper, abandoned bicycles collected,
repaired and given away or sold, school transport for pupils who live alternately with parents in two
municipalities, an inventory of old farm buildings such as barns, smithies and windmills) are not covered
by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE, _docx_document, _save_docx  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout28" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2302.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2302 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-samhallsservice-natur-kulturarv-2302.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för samhällsservice, natur och kulturarv 2302 (fiktiv)"
MINUTES_FILE = "exempel-minnesanteckningar-styrgruppen-samhallsservice-natur-kulturarv-2302-10-19.docx"
MINUTES_TITLE = ("EXEMPEL – Minnesanteckningar Styrgruppen för samhällsservice, natur och kulturarv "
                 "2302-10-19 (fiktiva)")
PROSE_FILE = "exempel-verksamhetsplan-samhallsservice-natur-kulturarv-2302-2305.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för samhällsservice, natur och kulturarv 2302–2305 (fiktiv)"

# Activity plan 2302 (PDF): the goal area ("Målområde") comes first, then the effort ("Insats"), its
# timetable ("Tidplan") and the municipalities taking part ("Medverkande kommuner"); the group that has been
# given the assignment ("Uppdragstagare") follows in a column just wide enough for its heading, so the long
# group names break inside the word, and the outcome at the follow-up on 31 August ("Utfall per 31 augusti")
# comes last.
PLAN_PDF_COLUMNS = ("Målområde", "Insats", "Tidplan", "Medverkande kommuner", "Uppdragstagare",
                    "Utfall per 31 augusti")
PLAN_PDF_WIDTHS = (27, 39, 29, 28, 32, 25)  # mm, 180 in all; 32 mm keeps "Uppdragstagare" whole
PLAN_PDF = [
    ("Vattensäkerhet",
     "Låneställen med flytvästar i barn- och vuxenstorlekar vid sjöbad och havsbad, där badgästerna lånar "
     "utan kostnad", "Maj–september 2302",
     "Vellinge, Lomma, Kävlinge, Trelleborg", "Flytvästlåneställsinspektörsgillet", "26 låneställen uppsatta"),
    ("Biologisk mångfald",
     "Sen slåtter av vägkanter och parkgräsmattor för att gynna bin, fjärilar och andra pollinatörer",
     "April–oktober 2302", "Staffanstorp, Burlöv, Eslöv, Lund",
     "Pollinatörsvägkantsslåtterkommittén", "41 km vägkant omställd"),
    ("Folkhälsa",
     "Svalrum i träffpunkter och bibliotek som öppnar för äldre när SMHI varnar för höga temperaturer",
     "Juni–augusti 2302", "Malmö, Burlöv, Trelleborg",
     "Värmeböljesvalrumsberedskapsstaben", "Öppet 11 dagar, 930 besök"),
    ("Arkiv",
     "Skanning av äldre bygglovsritningar på papper så att invånarna kan beställa dem digitalt",
     "Hela 2302", "Samtliga kommuner", "Bygglovsritningsdigitaliseringsateljén",
     "58 000 av 140 000 ritningar skannade"),
    ("Återbruk",
     "Övergivna cyklar vid stationer och skolor samlas in, lagas i en verkstad och skänks eller säljs",
     "Från 1 mars 2302", "Lund, Malmö, Lomma", "Cykelhittegodsåterbruksverkstadsrådet",
     "312 cyklar lagade"),
    ("Skolskjuts",
     "Skolskjuts för elever som bor växelvis hos föräldrar i två olika kommuner",
     "Läsåret 2302/03", "Vellinge, Trelleborg, Skurup, Svedala",
     "Växelboendeskolskjutssamordningsdelegationen", "64 elever beviljade"),
    ("Kulturarv",
     "Inventering av äldre ekonomibyggnader på landsbygden, som lador, smedjor och väderkvarnar, med foto och "
     "beskrivning", "Mars 2302–december 2303", "Skurup, Höör, Svedala, Eslöv",
     "Ekonomibyggnadsinventeringsantikvariatet", "190 byggnader inventerade"),
]

# Activity plan (Word): numbered activities, each under a heading with its number and name, followed by
# plain "Label – value" lines: the area ("Område") first, then the purpose and content ("Syfte och
# innehåll"), the municipalities concerned ("Berörda kommuner"), the group with the main responsibility
# ("Huvudansvar"), the period ("Tidsperiod") and the current state ("Aktuellt läge") last. One group has a
# name of several words.
PLAN_DOCX = [
    ("Flerspråkiga skyltar vid låneställena för flytvästar",
     [("Område", "Vattensäkerhet"),
      ("Syfte och innehåll", "Skyltar på svenska, engelska, arabiska och polska vid varje lånestället som "
                             "förklarar hur man väljer rätt storlek och var västen ska lämnas tillbaka"),
      ("Berörda kommuner", "Vellinge, Lomma, Kävlinge"), ("Huvudansvar", "Badplatsskyltöversättningsenheten"),
      ("Tidsperiod", "April–maj 2302"), ("Aktuellt läge", "Klart, skyltarna sattes upp i juni 2302")]),
    ("Ispikar att låna vid isbanor på sjöarna",
     [("Område", "Vattensäkerhet"),
      ("Syfte och innehåll", "Skåp med ispikar och räddningslinor vid de plogade isbanorna, så att den som "
                             "åker skridskor kan låna utrustning utan kostnad"),
      ("Berörda kommuner", "Höör, Eslöv"), ("Huvudansvar", "Isvaksräddningsutrustningsförrådet"),
      ("Tidsperiod", "December 2302–mars 2303"),
      ("Aktuellt läge", "Ej påbörjat, skåpen är beställda och levereras i november 2302")]),
    ("Ängsblommor i rondellerna",
     [("Område", "Biologisk mångfald"),
      ("Syfte och innehåll", "Rondellernas gräsmattor ersätts med inhemska ängsblommor som sås från lokalt "
                             "insamlade fröer"),
      ("Berörda kommuner", "Staffanstorp, Burlöv, Lomma"), ("Huvudansvar", "Rondellängsfröbankskollegiet"),
      ("Tidsperiod", "Mars–maj 2302"), ("Aktuellt läge", "Genomfört, 36 rondeller besådda")]),
    ("Telefonsamtal till ensamboende äldre under värmeböljor",
     [("Område", "Folkhälsa"),
      ("Syfte och innehåll", "Frivilliga och personal ringer upp äldre som bor ensamma, påminner om att dricka "
                             "vatten och berättar var närmaste svalrum finns"),
      ("Berörda kommuner", "Malmö, Trelleborg"), ("Huvudansvar", "Telefonkedjan för ensamboende äldre"),
      ("Tidsperiod", "Juni–augusti 2302"), ("Aktuellt läge", "Genomfört, 2 140 samtal under juli")]),
    ("E-tjänst för beställning av bygglovsritningar",
     [("Område", "Arkiv"),
      ("Syfte och innehåll", "En sökbar e-tjänst där invånare och byggföretag beställer skannade ritningar och "
                             "får dem som pdf inom två arbetsdagar"),
      ("Berörda kommuner", "Lund, Kävlinge"), ("Huvudansvar", "Ritningsbeställningstjänstförvaltarna"),
      ("Tidsperiod", "Mars–december 2302"),
      ("Aktuellt läge", "Försenat, upphandlingen av e-tjänsten överklagades")]),
    ("Cykelauktion på våren",
     [("Område", "Återbruk"),
      ("Syfte och innehåll", "En öppen auktion på torget där lagade cyklar som ingen har hämtat säljs till "
                             "högstbjudande"),
      ("Berörda kommuner", "Lund, Malmö"), ("Huvudansvar", "Cykelauktionsutroparlaget"),
      ("Tidsperiod", "April 2302"),
      ("Aktuellt läge", "Inställd, för få cyklar efter vintern; auktionen flyttades till september 2302")]),
    ("Gemensamma regler för skolskjuts över kommungränsen",
     [("Område", "Skolskjuts"),
      ("Syfte och innehåll", "Ett gemensamt reglemente så att elever med växelvis boende bedöms lika oavsett "
                             "vilken av kommunerna de bor i"),
      ("Berörda kommuner", "Vellinge, Trelleborg, Skurup, Svedala"),
      ("Huvudansvar", "Skolskjutsreglementesharmoniseringsutskottet"), ("Tidsperiod", "Augusti–december 2302"),
      ("Aktuellt läge", "Pågår, förslaget är ute på remiss till och med den 15 november 2302")]),
    ("Fotografering av väderkvarnar och smedjor",
     [("Område", "Kulturarv"),
      ("Syfte och innehåll", "En fotograf dokumenterar de väderkvarnar och smedjor som har pekats ut som "
                             "särskilt värdefulla i inventeringen"),
      ("Berörda kommuner", "Skurup, Höör, Svedala"), ("Huvudansvar", "Kulturmiljöfotodokumentationskretsen"),
      ("Tidsperiod", "Maj–september 2302"),
      ("Aktuellt läge", "Avbruten, fotografen sade upp sitt uppdrag; 14 av 30 byggnader fotograferade")]),
]

MINUTES_HEADER = ("Datum: 2302-10-19, kl. 9.00–12.15",
                  "Plats: Kulturhuset i Eslöv (fiktivt möte)",
                  "Närvarande: Styrgruppen för samhällsservice, natur och kulturarv, med representanter för tio "
                  "av de tolv medlemskommunerna",
                  "Antecknat av: Jonas Ekholm (Burlöv)")
MINUTES_ITEMS = [
    ("§ 41", "Mötets öppnande",
     ["Ordföranden Karin Lundqvist (Lomma) hälsade alla välkomna och öppnade mötet."]),
    ("§ 42", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 7 juni 2302 godkändes och lades till handlingarna."]),
    ("§ 43", "Flytvästar vid badplatserna",
     ["Flytvästlåneställsinspektörsgillet redovisade att 26 låneställen har satts upp och att omkring 3 400 "
      "flytvästar har lånats under sommaren. 85 västar har inte lämnats tillbaka. Badvakterna i Lomma "
      "uppger att fler barn än tidigare badade med flytväst.",
      "Styrgruppen beslutar att det ska finnas låneställen vid alla kommunala badplatser i Trelleborg och "
      "Vellinge till badsäsongen 2303."]),
    ("§ 44", "Sen slåtter för pollinatörer",
     ["Pollinatörsvägkantsslåtterkommittén redovisade att 41 kilometer vägkant har ställts om till sen slåtter. "
      "På provytorna har antalet arter av blommande växter ökat från 9 till 23 på ett år. Kommunerna har "
      "fått klagomål på att det höga gräset skymmer sikten i korsningar.",
      "Styrgruppen ger Pollinatörsvägkantsslåtterkommittén i uppdrag att ta fram regler för hur gräset ska "
      "slås närmast korsningar och att redovisa dem senast den 1 februari 2303."]),
    ("§ 45", "Svalrum under värmeböljor",
     ["Värmeböljesvalrumsberedskapsstaben redovisade att svalrummen höll öppet under 11 dagar i somras och "
      "tog emot 930 besök. Den högsta temperaturen, 34 grader, uppmättes i Malmö den 19 juli. Svalrummen "
      "kostade sammanlagt 310 000 kronor.",
      "Styrgruppen beslutar att svalrummen från sommaren 2303 även ska hålla öppet på lördagar och "
      "söndagar."]),
    ("§ 46", "Bygglovsarkivet",
     ["Bygglovsritningsdigitaliseringsateljén redovisade att 58 000 av de 140 000 ritningarna har skannats. "
      "Skanningen kostar 14 kronor per ritning. E-tjänsten för beställning är försenad eftersom upphandlingen "
      "överklagades.",
      "Styrgruppen beslutar"],
     ["att ritningar till hus som byggdes före 1950 ska skannas först,",
      "att Ritningsbeställningstjänstförvaltarna ansvarar för att e-tjänsten öppnar senast den 1 april 2303."]),
    ("§ 47", "Övergivna cyklar",
     ["Cykelhittegodsåterbruksverkstadsrådet redovisade att 312 cyklar har lagats i verkstaden sedan i mars. "
      "Av dem har 140 skänkts till skolor och föreningar. Auktionen som flyttades till september gav "
      "41 000 kronor.",
      "Styrgruppen ger Cykelhittegodsåterbruksverkstadsrådet i uppdrag att öppna en andra verkstad i Malmö "
      "under våren 2303."]),
    ("§ 48", "Skolskjuts vid växelvis boende",
     ["Växelboendeskolskjutssamordningsdelegationen redovisade att 64 elever har beviljats skolskjuts för "
      "läsåret 2302/03. En elev kostar i genomsnitt 21 000 kronor per läsår.",
      "Styrgruppen beslutar att kostnaden för en elevs skolskjuts ska delas lika mellan de två kommuner där "
      "eleven bor."]),
    ("§ 49", "Inventering av ekonomibyggnader",
     ["Ekonomibyggnadsinventeringsantikvariatet redovisade att 190 byggnader har inventerats och att 12 av dem "
      "är i så dåligt skick att de behöver skyddas akut. Fotograferingen av väderkvarnar och smedjor är "
      "avbruten.",
      "Styrgruppen ger Ekonomibyggnadsinventeringsantikvariatet i uppdrag att upphandla en ny fotograf före "
      "den 31 december 2302."]),
    ("§ 50", "Övriga frågor",
     ["Eslöv meddelade att kommunen vill öppna ett eget svalrum sommaren 2303. Frågan tas upp på nästa "
      "möte."]),
    ("§ 51", "Nästa möte", ["Nästa möte hålls den 25 januari 2303 i Staffanstorp."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje sommar drunknar barn och vuxna vid badplatser där det saknas flytvästar. Bin och fjärilar har blivit färre, bland annat för att vägkanter och parker klipps ofta och tidigt. Värmeböljorna blir vanligare, och äldre som bor ensamma löper störst risk att bli sjuka av värmen. Kommunernas bygglovsarkiv består till stor del av ritningar på papper som är svåra att hitta och slits när de hanteras. Hundratals cyklar lämnas kvar vid stationer och skolor varje år. Allt fler elever bor växelvis hos föräldrar i olika kommuner, och reglerna för skolskjuts skiljer sig åt. Många gamla lador, smedjor och väderkvarnar förfaller utan att någon har dokumenterat dem.

## Inriktning

Kommunerna vill att det ska vara tryggt att bada och åka skridskor, att naturen i vägkanter och parker ska gynna pollinatörerna och att äldre ska kunna söka skydd mot värmen. Arkiven ska bli digitala, övergivna cyklar ska komma till användning igen, elever ska behandlas lika oavsett var de bor, och landsbygdens byggnadsarv ska vara känt och dokumenterat.

## Mål till 2305

Minst 60 låneställen för flytvästar ska finnas vid badplatserna, och minst 150 kilometer vägkant ska slås sent. Alla bygglovsritningar ska vara skannade till utgången av 2304. Minst 1 500 övergivna cyklar ska ha lagats och fått en ny ägare. Ingen äldre person ska ha mer än 15 minuters resväg till ett svalrum.

## Organisation

Styrgruppen för samhällsservice, natur och kulturarv leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Kulturmiljösamrådsgruppen håller kontakten med länsstyrelsen och regionmuseet, och Cykelhittegodsåterbruksverkstadsrådet samarbetar med polisen om cyklar som kan vara stulna.

## Ekonomi

Den gemensamma budgeten är 21,6 miljoner kronor för perioden 2302–2305, varav 8,4 miljoner kronor går till skanningen av bygglovsritningarna. Kommunerna betalar 8,10 kronor per invånare och år. Svalrummen får dessutom 350 000 kronor per år ur regionens folkhälsoanslag.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2302 till den 31 december 2305. Styrgruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas hösten 2304.
"""


def numbered_docx(path: Path, title: str, intro: str, activities: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then each activity under a heading with its number and name,
    followed by plain "Label – value" lines ((name, [(label, value), …]), …)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for number, (name, fields) in enumerate(activities, start=1):
        doc.add_heading(f"{number}. {name}", level=2)
        for label, value in fields:
            doc.add_paragraph(f"{label} – {value}")
    _save_docx(doc, path)
    return path


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje målområde vilka insatser som görs, tidplanen, vilka "
             "kommuner som medverkar, vilken grupp som har fått uppdraget och utfallet vid uppföljningen "
             "per den 31 augusti 2302.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för samhällsservice, natur och "
              "kulturarv under 2302. Aktiviteterna är numrerade, och för varje aktivitet anges område, "
              "syfte och innehåll, berörda kommuner, huvudansvar, tidsperiod och aktuellt läge.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS),
        prose=(PROSE_FILE, PROSE),
        plan_docx=numbered_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugoåttonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
