"""Regenerate the fictional documents of the sixteenth held-out set in benchmarks/data/heldout16/docs/.

    .venv/bin/python scripts/make_heldout16.py [--out benchmarks/data/heldout16/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout16 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (a shared lost-property service, flagpoles and flag days, chess
tables in the parks, disc golf courses, canoe and kayak launch points along the rivers, park benches
along the walking routes, beehives on municipal roofs) are not covered by the other sets, and the group
names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout16" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2061.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2061 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-parkliv-invanarservice-2061.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för parkliv och invånarservice 2061 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-ledningsgruppen-parkliv-invanarservice-2061-05-18.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Ledningsgruppen för parkliv och invånarservice 2061-05-18 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-parkliv-invanarservice-2061-2064.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för parkliv och invånarservice 2061–2064 (fiktiv)"

# Activity plan 2061 (PDF): the period comes first, then the measure, its state and the municipalities;
# the focus area and the narrow "Huvudansvar" column come last, so the long group names break inside the
# word at the right edge of the table.
PLAN_PDF_COLUMNS = ("Tidsperiod", "Åtgärd", "Läge", "Kommuner", "Fokusområde", "Huvudansvar")
PLAN_PDF_WIDTHS = (22, 51, 24, 30, 27, 26)  # mm, 180 in all; 26 mm is just wide enough for the heading
PLAN_PDF = [
    ("Jan–dec 2061",
     "Gemensam digital hittegodstjänst där upphittade saker registreras med foto och kan sökas av allmänheten",
     "Driftsatt i fyra kommuner", "Malmö, Lund, Burlöv, Kävlinge, Lomma", "Invånarservice",
     "Hittegodsregistreringskonsortiet"),
    ("Mar 2061–feb 2062",
     "Nya flaggstänger vid kommunhus och torg och en gemensam flaggkalender för de allmänna flaggdagarna",
     "Beställd", "Eslöv, Höör, Skurup, Svedala", "Offentliga rum", "Flaggdagssamordningsdelegationen"),
    ("Apr–okt 2061", "Schackbord i betong med inbyggt schackbräde i parker och på torg", "Provuppställning",
     "Lund, Staffanstorp, Trelleborg", "Parkliv", "Utomhusschackbordskommissionen"),
    ("2061–2062", "Nya discgolfbanor med 18 korgar i kommunala skogsdungar och parker", "Markfrågan utreds",
     "Kävlinge, Vellinge, Svedala, Höör", "Friluftsliv", "Discgolfbaneprojekteringsgillet"),
    ("Maj–sep 2061",
     "Iläggningsplatser för kanot och kajak med bryggor och kanotställ längs Höje å och Kävlingeån",
     "Bygglov sökt", "Lund, Kävlinge, Lomma, Eslöv", "Friluftsliv", "Kanotiläggningsplatsnätverket"),
    ("Hela 2061",
     "Fler parkbänkar med armstöd längs promenadstråken, så att det blir högst 200 meter mellan två bänkar",
     "Inventering klar", "Samtliga kommuner", "Offentliga rum", "Vilobänksplaceringsforumet"),
    ("Mar–aug 2061", "Bikupor på taken till kommunala byggnader, skötta av lokala biodlare", "Avbruten",
     "Malmö, Trelleborg, Skurup", "Parkliv", "Takbikupeförvaltningssällskapet"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per activity; the
# municipalities come right after the activity, then the state, the main owner and the schedule.
PLAN_DOCX = [
    ("Invånarservice", [
        [("Aktivitet", "Hittegods som ingen har hämtat inom tre månader säljs på auktion på nätet och "
                       "överskottet går till välgörande ändamål"),
         ("Berörda kommuner", "Burlöv, Lomma, Malmö"), ("Status", "Första auktionen hölls i mars"),
         ("Huvudansvarig", "Hittegodsauktionskollegiet"), ("Tidsplan", "Löpande från februari 2061")],
    ]),
    ("Offentliga rum", [
        [("Aktivitet", "Flaggning med de nationella minoriteternas flaggor på deras högtidsdagar"),
         ("Berörda kommuner", "Höör, Eslöv, Lund"), ("Status", "Beslut väntas i juni"),
         ("Huvudansvarig", "Minoritetsflaggdagsberedningen"), ("Tidsplan", "Från juli 2061")],
        [("Aktivitet", "Minnesbänkar med en liten skylt där anhöriga kan hedra en avliden"),
         ("Berörda kommuner", "Trelleborg, Vellinge, Kävlinge"), ("Status", "Kö med 35 ansökningar"),
         ("Huvudansvarig", "Minnesbänksfadderskapsbyrån"), ("Tidsplan", "Från april 2061")],
    ]),
    ("Parkliv", [
        [("Aktivitet", "Schackturnering i parkerna för pensionärer och skolbarn"),
         ("Berörda kommuner", "Lund, Staffanstorp"), ("Status", "Anmälan stängd"),
         ("Huvudansvarig", "Parkschackturneringskansliet"), ("Tidsplan", "Aug 2061")],
        [("Aktivitet", "Kurs för nybörjare som vill bli biodlare och ta hand om kommunens kupor"),
         ("Berörda kommuner", "Malmö, Skurup"), ("Status", "Inställd"),
         ("Huvudansvarig", "Nybörjarbiodlingsakademin"), ("Tidsplan", "Vt 2061")],
    ]),
    ("Friluftsliv", [
        [("Aktivitet", "Prova-på-dagar i discgolf för skolklasser i årskurs 4–6"),
         ("Berörda kommuner", "Vellinge, Svedala"), ("Status", "Genomförs i september"),
         ("Huvudansvarig", "Discgolfintroduktionslaget"), ("Tidsplan", "Sep 2061")],
        [("Aktivitet", "Kanoter och kajaker att hyra med en app vid iläggningsplatserna"),
         ("Berörda kommuner", "Lund, Lomma"), ("Status", "Leverantör vald"),
         ("Huvudansvarig", "Paddelbåtsutlåningscentralen"), ("Tidsplan", "Jun–aug 2061")],
    ]),
]

MINUTES_HEADER = ("Datum: 2061-05-18, kl. 13.00–16.15",
                  "Plats: Stadsbiblioteket i Trelleborg (fiktivt sammanträde)",
                  "Närvarande: Ledningsgruppen för parkliv och invånarservice, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Amanda Nyberg (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Nils Forsberg (Staffanstorp) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Fatima Karimi (Burlöv) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Digital hittegodstjänst",
     ["Hittegodsregistreringskonsortiet redovisade att 4 700 upphittade föremål registrerades i den digitala "
      "tjänsten mellan januari och april 2061 och att 38 procent av dem har hämtats ut av ägaren. Vanligast "
      "var nycklar, mobiltelefoner och plånböcker.",
      "Ledningsgruppen beslutar"],
     ["att den digitala hittegodstjänsten ska införas i samtliga tolv kommuner senast den 1 mars 2062,",
      "att Hittegodsregistreringskonsortiet får i uppdrag att föreslå gemensamma regler för hur länge "
      "hittegods ska sparas."]),
    ("§ 4", "Flaggstänger och flaggdagar",
     ["Flaggdagssamordningsdelegationen redovisade att 23 nya flaggstänger har beställts för sammanlagt "
      "1,2 miljoner kronor. Skurup föreslog att skolornas vaktmästare ska hissa flaggorna på helgerna.",
      "Ledningsgruppen beslutar att alla kommunhus ska flagga på samtliga allmänna flaggdagar och att "
      "flaggorna ska bytas ut minst vartannat år."]),
    ("§ 5", "Schackbord i parkerna",
     ["Utomhusschackbordskommissionen redovisade att provbordet i Lundagård har använts av omkring 90 "
      "spelare i veckan, men att pjäserna har stulits två gånger.",
      "Ledningsgruppen beslutar att köpa in 30 schackbord och att pjäserna ska lånas ut av närmaste "
      "bibliotek."]),
    ("§ 6", "Discgolfbanor",
     ["Discgolfbaneprojekteringsgillet redovisade att banan i Vellinge inte kan byggas på den tänkta platsen, "
      "eftersom ängen där är en viktig häckplats för tofsvipa.",
      "Ledningsgruppen ger Discgolfbaneprojekteringsgillet i uppdrag att föreslå en ny plats i Vellinge "
      "senast den 30 september 2061."]),
    ("§ 7", "Iläggningsplatser för kanot och kajak",
     ["Kanotiläggningsplatsnätverket redovisade att en brygga med kanotställ kostar 340 000 kronor. Lomma "
      "frågade om bryggorna kan användas av den som sitter i rullstol.",
      "Ledningsgruppen beslutar att alla nya bryggor ska byggas så att de går att använda med rullstol."]),
    ("§ 8", "Parkbänkar längs promenadstråken",
     ["Vilobänksplaceringsforumet redovisade inventeringen: längs regionens promenadstråk står i dag 2 150 "
      "parkbänkar, och på 60 sträckor är det mer än 400 meter mellan två bänkar.",
      "Ledningsgruppen beslutar att 320 nya parkbänkar ska ställas ut före utgången av 2062."]),
    ("§ 9", "Bikupor på kommunala tak",
     ["Takbikupeförvaltningssällskapet redovisade att försöket med bikupor på taken har avbrutits, eftersom "
      "kommunernas försäkringsbolag inte ville försäkra biodlare som arbetar uppe på taken.",
      "Ledningsgruppen beslutar att bikuporna i stället ska ställas på marken i parkerna, inom ett staket."]),
    ("§ 10", "Övriga frågor",
     ["Höör informerade om att den nya flaggstången vid kommunhuset invigs på nationaldagen den 6 juni "
      "2061. Ledningsgruppen noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 21 september 2061 i Kävlinge."]),
]
MINUTES_ADJUSTER = "Fatima Karimi (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Varje år lämnas tusentals upphittade saker in till kommunernas receptioner, bibliotek och simhallar, men bara en liten del kommer tillbaka till ägarna, eftersom varje kommun har sitt eget register över hittegods. Flera kommunhus saknar flaggstång eller har stänger som är för gamla för att användas. Äldre invånare svarar i enkäter att de går kortare promenader än de skulle vilja, eftersom det är för långt mellan bänkarna. Discgolf är en av de fritidsaktiviteter som växer snabbast i regionen: antalet aktiva spelare har fördubblats sedan 2057, men det finns bara fyra banor. Åarna är populära att paddla på, men det saknas platser där man kan bära ner en kanot utan att trampa sönder strandkanten. Intresset för biodling i tätorterna är stort, och kommunerna har fått över 120 förfrågningar från biodlare som vill ställa kupor på kommunal mark.

## Inriktning

Kommunerna vill ge invånarna en service som är enkel att använda och parker och gröna stråk som inbjuder till möten, spel och rörelse i alla åldrar.

## Mål till 2064

Minst hälften av allt hittegods som registreras ska komma tillbaka till ägaren. Det ska vara högst 200 meter mellan två bänkar längs regionens utpekade promenadstråk. Det ska finnas minst tolv discgolfbanor och 60 schackbord i regionen. Varje kommun som har en å ska ha minst två iläggningsplatser för kanot.

## Organisation

Ledningsgruppen för parkliv och invånarservice leder arbetet och rapporterar till kommundirektörsgruppen en gång per kvartal. Parkinventariesamordningsrådet samordnar inköpen av bänkar, schackbord och flaggstänger, och Kanotiläggningsplatsnätverket ansvarar för iläggningsplatserna längs åarna.

## Ekonomi

Den gemensamma budgeten är 11,4 miljoner kronor för perioden 2061–2064, varav 4,6 miljoner kronor går till parkbänkarna. Kommunerna betalar 5,25 kronor per invånare och år. Iläggningsplatserna får dessutom ett bidrag från länsstyrelsen på 380 000 kronor om året.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2061 till den 31 december 2064. Ledningsgruppen lämnar en lägesrapport varje år i maj, och planen utvärderas hösten 2063.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam åtgärd tidsperioden, läget i mars 2061, vilka kommuner "
             "som deltar, vilket fokusområde åtgärden hör till och vilken grupp som har huvudansvaret.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för parkliv och invånarservice under 2061, "
              "ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sextonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
