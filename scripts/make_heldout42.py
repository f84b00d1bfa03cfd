"""Regenerate the fictional documents of the forty-second held-out set in benchmarks/data/heldout42/docs/.

    .venv/bin/python scripts/make_heldout42.py [--out benchmarks/data/heldout42/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout42 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (testing of the outdoor warning sirens and sound measurements where the
signal is hard to hear, with flashing and vibrating alarm receivers lent to deaf and hard-of-hearing
residents, moles and voles caught on the grass pitches of the sports grounds and the pitches rolled and
reseeded, rune stones cleaned of lichen and algae, with new information signs and a walking trail between
them, renovation of the bird-watching towers at the wetlands and guided birdwatching at dawn, an inventory
of asbestos in old school buildings before they are rebuilt and measurements of asbestos fibres in the air,
used syringes and needles picked up in parks and playgrounds and sharps containers in the public toilets,
sampling of the meltwater from the snow depots and a night-time schedule for carting snow away from the
town centres) are not covered by the other sets, and the group names are deliberately not on any list of
known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import areas_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout42" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2317.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2317 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-beredskap-kulturmiljo-utemiljo-2317.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för beredskap, kulturmiljö och utemiljö 2317 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-samarbetsradet-beredskap-kulturmiljo-utemiljo-2317-11-16.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Samarbetsrådet för beredskap, kulturmiljö och utemiljö 2317-11-16 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-beredskap-kulturmiljo-utemiljo-2317-2320.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för beredskap, kulturmiljö och utemiljö 2317–2320 (fiktiv)"

# Activity plan 2317 (PDF): the part of the field ("Delområde"), what the work is about ("Vad arbetet går ut
# på"), the group that looks after it ("Sköts av") in a column just wide enough for its short heading, so the
# long group names break inside the word over several lines, the time span ("Tidsspann"), the municipalities
# contributing ("Kommuner som bidrar") and the state on 31 October ("Nuläge 31 oktober").
PLAN_PDF_COLUMNS = ("Delområde", "Vad arbetet går ut på", "Sköts av", "Tidsspann", "Kommuner som bidrar",
                    "Nuläge 31 oktober")
PLAN_PDF_WIDTHS = (33, 46, 17, 29, 28, 27)  # mm, 180 in all; 17 mm keeps "Sköts av" whole
PLAN_PDF = [
    ("Befolkningsskydd",
     "Provning och översyn av de utomhussirener som ljuder vid Viktigt meddelande till allmänheten, med "
     "ljudmätning i bostadsområden där signalen hörs dåligt", "Utomhusvarningssignalprovningsteamet",
     "Mars–december 2317", "Ystad, Sjöbo, Tomelilla, Simrishamn", "Pågår, 64 av 92 sirener provade"),
    ("Idrottsplatser",
     "Fångst av mullvadar och sorkar som gräver upp gräsplanerna på idrottsplatserna, med fällor i gångarna",
     "Gräsplansmullvadsbekämpningsgänget", "April–juni och september–oktober 2317",
     "Landskrona, Bjuv, Svalöv, Åstorp", "Klart, 318 mullvadar fångade"),
    ("Kulturmiljö",
     "Rengöring av runstenar från lavar och alger med mjuk borste och vatten, och nya informationsskyltar "
     "bredvid stenarna", "Runstenslavrengöringsgruppen", "Maj–september 2317",
     "Lund, Sjöbo, Simrishamn, Tomelilla", "Försenat, 11 av 27 runstenar rengjorda"),
    ("Naturvård och friluftsliv",
     "Renovering av fågeltornen vid våtmarkerna med nya trappor, räcken och golv av ek",
     "Fågeltornsrenoveringsbyggarna", "Februari–november 2317", "Kristianstad, Bromölla, Ystad",
     "Klart, 7 fågeltorn renoverade"),
    ("Skollokaler",
     "Inventering av asbest i skolor byggda före 1982 innan de byggs om, med provtagning av golvmattor, "
     "fogmassa och rörisolering", "Skolbyggnadsasbestinventeringsteamet", "Januari 2317–juni 2318",
     "Helsingborg, Landskrona, Bjuv, Åstorp, Klippan", "Pågår, 41 av 105 skolor inventerade"),
    ("Trygghet i parkerna",
     "Upplockning av använda sprutor och kanyler som hittas i parker, på lekplatser och vid badplatser, med "
     "tång och stickskyddade behållare", "Parkkanylupplockningspatrullen", "Hela 2317",
     "Helsingborg, Landskrona, Kristianstad", "Pågår, 1 260 kanyler upplockade"),
    ("Vinterväghållning",
     "Kontroll av smältvattnet från snöupplagen, där snön från gatorna läggs, så att grus, olja och skräp inte "
     "följer med ut i bäckarna", "Snöupplagssmältvattenkontrollanterna", "Januari–april 2317",
     "Kristianstad, Klippan, Svalöv, Bromölla", "Klart, prover från 9 snöupplag"),
]

# Activity plan (Word), by area: a heading per part of the field, then each effort as bullet lines
# "Label: value": the effort in brief ("Åtgärd i korthet"), where the responsibility lies ("Ansvar ligger
# hos"), the municipalities covered ("Kommuner som omfattas"), when ("Tidpunkt") and the result on 1 November
# ("Resultat vid 1 november"). One group is a pair of municipalities, one a network with a name of several
# words.
PLAN_DOCX_AREAS = [
    ("Befolkningsskydd", [[
        ("Åtgärd i korthet", "Varningsmottagare som blinkar och vibrerar lånas ut till döva och hörselskadade, "
                             "som inte hör sirenerna"),
        ("Ansvar ligger hos", "Nätverket för varning till hörselskadade"),
        ("Kommuner som omfattas", "Ystad, Sjöbo, Tomelilla"),
        ("Tidpunkt", "Från mars 2317"),
        ("Resultat vid 1 november", "Pågår, 146 mottagare utlånade")]]),
    ("Idrottsplatser", [[
        ("Åtgärd i korthet", "Vältning och ny sådd av gräsplanerna där mullvadarna har grävt, så att planerna "
                             "går att spela på igen till seriestarten"),
        ("Ansvar ligger hos", "Gräsplansåtersåddsmaskinisterna"),
        ("Kommuner som omfattas", "Landskrona, Svalöv"),
        ("Tidpunkt", "Juli–augusti 2317"),
        ("Resultat vid 1 november", "Klart, 12 planer sådda på nytt")]]),
    ("Kulturmiljö", [[
        ("Åtgärd i korthet", "En vandringsled mellan runstenarna, med en karta och en tolkning av runorna på "
                             "varje sten"),
        ("Ansvar ligger hos", "Sjöbo och Simrishamn"),
        ("Kommuner som omfattas", "Sjöbo, Simrishamn"),
        ("Tidpunkt", "September 2317–maj 2318"),
        ("Resultat vid 1 november", "Ej påbörjat, texterna granskas av en runolog")]]),
    ("Naturvård och friluftsliv", [[
        ("Åtgärd i korthet", "Fågelskådning i gryningen med en guide från fågeltornen, där deltagarna får låna "
                             "kikare"),
        ("Ansvar ligger hos", "Gryningsfågelskådningsguiderna"),
        ("Kommuner som omfattas", "Kristianstad, Bromölla"),
        ("Tidpunkt", "April–juni 2317"),
        ("Resultat vid 1 november", "Klart, 34 guidade turer med 610 deltagare")]]),
    ("Skollokaler", [[
        ("Åtgärd i korthet", "Mätning av asbestfibrer i luften i klassrum där skadade golvmattor har hittats, och "
                             "brev till föräldrar och personal om resultatet"),
        ("Ansvar ligger hos", "Inomhusluftfiberprovtagarna"),
        ("Kommuner som omfattas", "Helsingborg, Bjuv, Klippan"),
        ("Tidpunkt", "Mars–november 2317"),
        ("Resultat vid 1 november", "Pågår, luften mätt i 58 klassrum")]]),
    ("Trygghet i parkerna", [[
        ("Åtgärd i korthet", "Stickskyddade behållare för använda kanyler på väggen i de offentliga toaletterna "
                             "i parkerna och vid stationerna"),
        ("Ansvar ligger hos", "Kanylbehållarmonteringsgänget"),
        ("Kommuner som omfattas", "Helsingborg, Landskrona, Kristianstad"),
        ("Tidpunkt", "Juni–oktober 2317"),
        ("Resultat vid 1 november", "Klart, behållare i 48 toaletter")]]),
    ("Vinterväghållning", [[
        ("Åtgärd i korthet", "Ett schema för när snön körs bort från gatorna i stadskärnorna, med bortforsling "
                             "mellan kl. 23 och kl. 5 så att bussarna och affärernas leveranser kommer fram"),
        ("Ansvar ligger hos", "Snöbortforslingsschemaläggarna"),
        ("Kommuner som omfattas", "Kristianstad, Klippan, Bromölla"),
        ("Tidpunkt", "Januari–mars 2317"),
        ("Resultat vid 1 november", "Klart, snö bortforslad under 19 nätter")]]),
]

MINUTES_HEADER = ("Sammanträdesdatum: 2317-11-16, kl. 9.30–12.15",
                  "Plats: Stadshuset i Landskrona (fiktivt sammanträde)",
                  "Närvarande: Samarbetsrådet för beredskap, kulturmiljö och utemiljö, med representanter för elva "
                  "av de fjorton medlemskommunerna",
                  "Ordförande: Helena Bergkvist (Svalöv)",
                  "Sekreterare: Oskar Lundgren (Tomelilla)")
MINUTES_ITEMS = [
    ("§ 1", "Sirenerna för Viktigt meddelande",
     ["Utomhusvarningssignalprovningsteamet redovisade att 64 av 92 sirener har provats och setts över. "
      "Sirenerna provas den första helgfria måndagen i mars, juni, september och december kl. 15.00. "
      "Ljudmätningarna visar att signalen hörs dåligt i sex nya bostadsområden i Sjöbo och Tomelilla, som har "
      "byggts efter att sirenerna sattes upp.",
      "Samarbetsrådet beslutar att fyra nya sirener ska sättas upp i Sjöbo och Tomelilla under 2318.",
      "Samarbetsrådet ger Nätverket för varning till hörselskadade i uppdrag att ta fram information på "
      "teckenspråk om hur man lånar en varningsmottagare, senast den 15 februari 2318."]),
    ("§ 2", "Mullvadarna på idrottsplatserna",
     ["Gräsplansmullvadsbekämpningsgänget redovisade att 318 mullvadar har fångats under våren och hösten, "
      "flest på idrottsplatserna i Svalöv. Under våren fick 23 matcher flyttas till konstgräs eftersom "
      "planerna var för ojämna att spela på. Gräsplansåtersåddsmaskinisterna har vältat och sått om 12 planer.",
      "Samarbetsrådet beslutar att fällorna ska vittjas varje morgon.",
      "Gräsplansmullvadsbekämpningsgänget får i uppdrag att pröva ett nät under gräset på en av planerna i "
      "Bjuv under 2318."]),
    ("§ 3", "Runstenarna",
     ["Runstenslavrengöringsgruppen redovisade att 11 av 27 runstenar har rengjorts. Arbetet är försenat "
      "på grund av den regniga sommaren, eftersom stenarna måste vara torra innan de rengörs. En ny "
      "informationsskylt kostar 12 400 kronor.",
      "Samarbetsrådet beslutar att rengöringen ska fortsätta i maj 2318.",
      "Runstenslavrengöringsgruppen ansvarar för att varje sten fotograferas före och efter rengöringen."]),
    ("§ 4", "Fågeltornen",
     ["Fågeltornsrenoveringsbyggarna redovisade att alla 7 fågeltorn vid våtmarkerna är renoverade. Det "
      "högsta tornet, vid Vramsån i Kristianstad, är 14 meter högt. Gryningsfågelskådningsguiderna hade 34 "
      "guidade turer under våren.",
      "Samarbetsrådet beslutar att fågeltornet vid Vramsån ska få en ramp för rullstol upp till den första "
      "plattformen."]),
    ("§ 5", "Asbest i skolorna",
     ["Skolbyggnadsasbestinventeringsteamet redovisade att 41 av 105 skolor har inventerats. Asbest har "
      "hittats i golvmattor eller fogmassa i 17 skolor. Inomhusluftfiberprovtagarna har mätt luften i 58 "
      "klassrum och inte hittat asbestfibrer över gränsvärdet i något av dem.",
      "Samarbetsrådet beslutar att ingen ombyggnad av en skola får börja förrän skolan har inventerats.",
      "Samarbetsrådet ger Skolbyggnadsasbestinventeringsteamet i uppdrag att lämna en förteckning över "
      "skolorna där asbest har hittats, senast den 31 mars 2318."]),
    ("§ 6", "Sprutor och kanyler i parkerna",
     ["Parkkanylupplockningspatrullen redovisade att 1 260 kanyler har plockats upp sedan januari, flest i "
      "stationsparken i Helsingborg. Två parkarbetare har stuckit sig på kanyler som låg gömda i buskagen. "
      "Kanylbehållarmonteringsgänget har satt upp behållare i 48 toaletter.",
      "Samarbetsrådet beslutar att all personal som arbetar i parkerna ska ha stickskyddade handskar.",
      "Parkkanylupplockningspatrullen får i uppdrag att utbilda vaktmästarna på skolorna i hur man plockar "
      "upp en kanyl på ett säkert sätt."]),
    ("§ 7", "Smältvattnet från snöupplagen",
     ["Snöupplagssmältvattenkontrollanterna redovisade att prover har tagits från 9 snöupplag. Vid två av "
      "upplagen, i Klippan och Bromölla, innehöll smältvattnet för mycket olja.",
      "Samarbetsrådet beslutar att de två snöupplagen i Klippan och Bromölla ska förses med en "
      "oljeavskiljare före nästa vinter.",
      "Snöupplagssmältvattenkontrollanterna ansvarar för att prover tas varje vecka under snösmältningen."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Åstorp frågade om kommunen kan gå med i utlåningen av varningsmottagare. Frågan tas upp vid nästa "
      "sammanträde.",
      "Nästa sammanträde hålls den 14 december 2317 i Klippan."]),
]
MINUTES_ADJUSTER = "Petra Nyström (Bjuv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Sirenerna för Viktigt meddelande till allmänheten sattes upp för länge sedan, och i flera nya bostadsområden hörs de knappt. Döva och hörselskadade nås inte alls av signalen. Mullvadar och sorkar gräver sönder gräsplanerna, så att matcher måste ställas in eller flyttas. Runstenarna växer igen av lavar och blir svåra att läsa. Fågeltornen vid våtmarkerna har ruttnat och är på flera ställen osäkra att gå upp i. Många skolor byggdes innan asbest förbjöds, och asbesten kan spridas när skolorna byggs om. Använda sprutor i parker och på lekplatser är en fara för barn och personal. Smältvattnet från snöupplagen kan föra med sig olja och skräp ut i bäckarna.

## Syfte

Samarbetet ska se till att alla invånare kan varnas när något allvarligt händer, att idrottsplatserna går att spela på, och att runstenarna och fågeltornen kan besökas och upplevas. Eleverna och personalen ska kunna vara trygga i skolorna när de byggs om, parkerna och lekplatserna ska vara fria från sprutor, och snön från gatorna ska tas om hand utan att bäckarna förorenas.

## Mål till 2320

Sirenerna ska höras i alla bostadsområden. Alla 105 skolor ska vara inventerade för asbest. Alla 27 runstenar ska vara rengjorda och ha en informationsskylt, och minst 300 varningsmottagare ska vara utlånade till döva och hörselskadade.

## Organisation

Samarbetsrådet för beredskap, kulturmiljö och utemiljö leder arbetet och rapporterar till kommunstyrelsernas ordförande två gånger per år. Räddningstjänstsamordningsforumet ger råd om var sirenerna ska placeras. Skolbyggnadsasbestinventeringsteamet samarbetar med kommunernas fastighetsbolag inför varje ombyggnad, och Parkkanylupplockningspatrullen samarbetar med regionens beroendevård.

## Budget

Den gemensamma budgeten är 21,7 miljoner kronor för 2317–2320, varav 7,4 miljoner kronor går till asbestinventeringen i skolorna. Kommunerna betalar 5,80 kronor per invånare och år. Runstenarna får dessutom 1,2 miljoner kronor från en fond för kulturmiljövård.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2317 till den 31 december 2320. Samarbetsrådet lämnar en lägesrapport varje år i november, och planen utvärderas hösten 2319.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje delområde vad arbetet går ut på, vilken grupp som sköter det, under "
             "vilket tidsspann det pågår, vilka kommuner som bidrar och nuläget den 31 oktober 2317.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver sju gemensamma åtgärder för beredskap, kulturmiljö och utemiljö under 2317 "
              "och början av 2318, ordnade efter delområde. För varje åtgärd anges var ansvaret ligger, vilka "
              "kommuner som omfattas, när den genomförs och vilket resultat som fanns den 1 november 2317.",
              PLAN_DOCX_AREAS),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=areas_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den fyrtioandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
