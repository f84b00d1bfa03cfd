"""Regenerate the fictional documents of the nineteenth held-out set in benchmarks/data/heldout19/docs/.

    .venv/bin/python scripts/make_heldout19.py [--out benchmarks/data/heldout19/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout19 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (repair cafés at the libraries, a shared community radio station,
vegetable growing on the roofs of schools and car parks, temporary summer parks in town-centre car
parks, lending art from the municipal collections to schools, covered bike stands at the schools, weed
control with hot water instead of chemicals) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout19" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2076.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2076 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-vardagsmiljo-kultur-aterbruk-2076.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för vardagsmiljö, kultur och återbruk 2076 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-programradet-vardagsmiljo-kultur-2076-09-22.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Programrådet för vardagsmiljö och kultur 2076-09-22 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-vardagsmiljo-kultur-aterbruk-2076-2079.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för vardagsmiljö, kultur och återbruk 2076–2079 (fiktiv)"

# Activity plan 2076 (PDF): the participating municipalities come first, then the measure and the narrow
# "Ansvar" column, so the long group names break inside the word; the period, the priority area and the
# state follow.
PLAN_PDF_COLUMNS = ("Deltagare", "Åtgärd", "Ansvar", "Tidsperiod", "Prioriterat område", "Läge")
PLAN_PDF_WIDTHS = (30, 46, 22, 24, 26, 32)  # mm, 180 in all; 32 mm keeps "Sändningstillstånd" whole
PLAN_PDF = [
    ("Malmö, Lund, Eslöv, Trelleborg",
     "Reparationskaféer på biblioteken där frivilliga hjälper invånarna att laga kläder, leksaker och små "
     "elektriska apparater", "Reparationskaféetableringsstiftelsen", "Jan–dec 2076", "Återbruk",
     "Öppnat i tre kommuner"),
    ("Höör, Skurup, Svedala, Kävlinge, Burlöv",
     "En gemensam närradiostation där föreningar, skolor och invånare sänder egna program",
     "Närradiosamordningsredaktionen", "Mar 2076–feb 2077", "Kultur", "Sändningstillstånd sökt"),
    ("Lund, Malmö, Staffanstorp",
     "Grönsaksodlingar i odlingslådor på taken till skolor och parkeringshus",
     "Takodlingsanläggningskonsortiet", "Apr–okt 2076", "Stadsgrönska", "Hållfasthet utreds"),
    ("Trelleborg, Vellinge, Lomma, Eslöv",
     "Tillfälliga sommarparker med gräsmattor, träd i krukor och sittplatser på parkeringsplatser i centrum",
     "Parkeringsplatsomvandlingsteamet", "Jun–aug 2076", "Stadsgrönska", "Platserna utvalda"),
    ("Samtliga kommuner",
     "Utlåning av originalkonst ur kommunernas konstsamlingar till skolornas korridorer och matsalar",
     "Skolkonstutlåningssektionen", "Läsåret 2076/77", "Kultur", "Katalog under arbete"),
    ("Burlöv, Staffanstorp, Svedala, Höör",
     "Låsbara cykelställ med tak vid grundskolorna", "Skolcykelställsutbyggnadsförbundet", "Vt 2076",
     "Skolvägar", "Upphandling överklagad"),
    ("Lomma, Kävlinge, Skurup, Vellinge, Lund",
     "Ogräs på trottoarer, torg och grusgångar tas bort med hetvatten i stället för med kemiska medel",
     "Hetvattenogräsbekämpningskåren", "Maj–sep 2076", "Gatuskötsel", "Maskinerna levererade"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per activity; the
# schedule and the state come right after the activity, then the responsible group, the municipalities
# last.
PLAN_DOCX = [
    ("Återbruk", [
        [("Aktivitet", "Kurser i att laga och lappa kläder för elever i årskurs 4–6 och deras föräldrar"),
         ("Tidsplan", "Okt–nov 2076"), ("Läge", "Inbjudan skickad"),
         ("Ansvarig grupp", "Klädlagningskursledarkretsen"), ("Kommuner", "Eslöv, Trelleborg")],
        [("Aktivitet", "Reservdelsbank med begagnade reservdelar till hushållsapparater vid reparationskaféerna"),
         ("Tidsplan", "Från april 2076"), ("Läge", "Lagret inrett"),
         ("Ansvarig grupp", "Reservdelslagerförvaltningen"), ("Kommuner", "Malmö, Lund")],
    ]),
    ("Kultur", [
        [("Aktivitet", "Radioskola där ungdomar 14–19 år lär sig att göra egna program för närradion"),
         ("Tidsplan", "Feb–maj 2076"), ("Läge", "Genomförd"),
         ("Ansvarig grupp", "Ungdomsradiopraktikhandledarna"), ("Kommuner", "Kävlinge, Burlöv, Svedala")],
        [("Aktivitet", "Försäkring och säker transport av de konstverk som lånas ut till skolorna"),
         ("Tidsplan", "Aug 2076"), ("Läge", "Avtal tecknat"),
         ("Ansvarig grupp", "Konstverkstransportförsäkringsutskottet"), ("Kommuner", "Samtliga kommuner")],
    ]),
    ("Stadsgrönska", [
        [("Aktivitet", "Skörden från takodlingarna levereras till skolköken"),
         ("Tidsplan", "Jul–okt 2076"), ("Läge", "Pausad"),
         ("Ansvarig grupp", "Takskördedistributionscentralen"), ("Kommuner", "Lund, Staffanstorp")],
        [("Aktivitet", "Ungdomar bygger bänkar och planteringslådor av lastpallar till sommarparkerna"),
         ("Tidsplan", "Maj 2076"), ("Läge", "Pågår"),
         ("Ansvarig grupp", "Pallmöbelsnickerikompaniet"), ("Kommuner", "Trelleborg, Lomma")],
    ]),
    ("Skolvägar", [
        [("Aktivitet", "Cykelbesiktning med kontroll av bromsar, lyse och ringklocka för elever i årskurs 4 "
                       "vid skolstarten"),
         ("Tidsplan", "Aug–sep 2076"), ("Läge", "Planeras"),
         ("Ansvarig grupp", "Skolcykelbesiktningsmekanikerna"), ("Kommuner", "Staffanstorp, Höör, Svedala")],
    ]),
    ("Gatuskötsel", [
        [("Aktivitet", "Kartläggning av ogräs i gatstensfogar med hjälp av tips från invånarna i en app"),
         ("Tidsplan", "Hela 2076"), ("Läge", "412 tips inkomna"),
         ("Ansvarig grupp", "Gatstensfogskarteringskontoret"), ("Kommuner", "Vellinge, Lomma, Lund")],
    ]),
]

MINUTES_HEADER = ("Datum: 2076-09-22, kl. 9.30–12.00",
                  "Plats: Biblioteket i Staffanstorp (fiktivt sammanträde)",
                  "Närvarande: Programrådet för vardagsmiljö och kultur, med ledamöter från tio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Nadia Björklund (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Johanna Ekdahl (Svedala) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Tobias Wennerberg (Eslöv) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "Reparationskaféer",
     ["Reparationskaféetableringsstiftelsen redovisade att 2 150 saker har lämnats in till "
      "reparationskaféerna mellan januari och augusti 2076 och att sju av tio kunde lagas. I dag arbetar 95 "
      "frivilliga på kaféerna. Flest inlämnade saker var kläder, följda av lampor och kaffebryggare.",
      "Programrådet beslutar"],
     ["att varje reparationskafé från januari 2077 ska hålla öppet minst två lördagar i månaden,",
      "att Reparationskaféetableringsstiftelsen får i uppdrag att ta fram en kurs i elsäkerhet för de "
      "frivilliga."]),
    ("§ 4", "Närradion",
     ["Närradiosamordningsredaktionen redovisade att 23 föreningar har anmält intresse för att sända egna "
      "program. Beslut om sändningstillstånd väntas i december 2076.",
      "Programrådet beslutar att varje deltagande kommun ska få minst fyra timmar sändningstid per vecka och "
      "att radiostudion ska ligga i Folkets hus i Höör."]),
    ("§ 5", "Odlingar på taken",
     ["Takodlingsanläggningskonsortiet redovisade att bara 9 av de 26 tak som har undersökts klarar vikten "
      "av odlingslådor fyllda med blöt jord.",
      "Programrådet ger Takodlingsanläggningskonsortiet i uppdrag att utreda om lättare odlingslådor kan "
      "användas och redovisa resultatet senast den 30 november 2076."]),
    ("§ 6", "Sommarparker på parkeringsplatser",
     ["Parkeringsplatsomvandlingsteamet redovisade att elva parkeringsplatser i centrum gjordes om till "
      "sommarparker under sommaren 2076. Räknare vid entréerna visade sammanlagt 64 000 besök.",
      "Programrådet beslutar att sommarparkerna ska komma tillbaka sommaren 2077 och stå kvar från den "
      "1 juni till den 31 augusti."]),
    ("§ 7", "Konst i skolorna",
     ["Skolkonstutlåningssektionen redovisade att kommunernas konstsamlingar omfattar 3 400 verk, varav 620 "
      "bedöms tåla att hänga i en skolmiljö. Hittills har 48 skolor anmält att de vill låna konst.",
      "Programrådet beslutar att inget konstverk som är värt mer än 200 000 kronor får lånas ut till en "
      "skola."]),
    ("§ 8", "Cykelställ vid skolorna",
     ["Skolcykelställsutbyggnadsförbundet redovisade att upphandlingen av cykelställen har blivit "
      "överklagad av en leverantör som inte fick uppdraget. Förvaltningsrätten väntas avgöra målet i "
      "november 2076, och cykelställen beräknas kosta 2,9 miljoner kronor. Programrådet noterade "
      "redovisningen."]),
    ("§ 9", "Ogräsbekämpning med hetvatten",
     ["Hetvattenogräsbekämpningskåren redovisade att arbetet med hetvatten tar 40 procent längre tid än med "
      "kemiska medel, men att inga bekämpningsmedel längre når dagvattnet.",
      "Programrådet beslutar att kemiska ogräsmedel inte längre får användas på kommunernas gator och torg "
      "från den 1 januari 2077."]),
    ("§ 10", "Övriga frågor",
     ["Kävlinge informerade om att kommunen ordnar en lagningsdag för hela familjen på biblioteket i "
      "Kävlinge den 14 november 2076. Programrådet noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 1 december 2076 i Lomma."]),
]
MINUTES_ADJUSTER = "Tobias Wennerberg (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Varje invånare i regionen slänger i genomsnitt 8 kilo kläder och textilier per år, och mycket av det som hamnar på återvinningscentralerna hade gått att laga. Kommunernas konstsamlingar står till största delen i magasin där ingen ser dem. I tätorternas centrum tar parkeringsplatserna upp stora ytor som på sommaren kunde användas till grönska och vila, och många platta tak på skolor och parkeringshus står tomma. Bara var tredje grundskola har cykelställ med tak, och kommunerna använder fortfarande kemiska medel mot ogräs på gator och torg. Det finns ingen lokal radio som föreningarna i regionen kan använda.

## Inriktning

Kommunerna vill göra det enkelt att laga i stället för att köpa nytt, låta fler invånare ta del av konsten och göra de hårdgjorda ytorna i tätorterna grönare. Barn ska kunna cykla till skolan och ställa cykeln säkert.

## Mål till 2079

Det ska finnas minst ett reparationskafé i varje kommun. Minst 40 tak ska användas för odling. Det ska finnas 2 000 cykelplatser med tak vid grundskolorna, och minst 300 konstverk ur samlingarna ska hänga i skolorna. Närradion ska sända minst 60 timmar i veckan.

## Organisation

Programrådet för vardagsmiljö och kultur leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Vardagsreparationskoalitionen samordnar reparationskaféerna och reservdelsbanken, och Skolkonstutlåningssektionen väljer tillsammans med en konstpedagog ut de verk som lånas ut till skolorna.

## Ekonomi

Den gemensamma budgeten är 8,4 miljoner kronor för perioden 2076–2079, varav 2,9 miljoner kronor går till cykelställen vid skolorna. Kommunerna betalar 3,70 kronor per invånare och år. Närradion får dessutom ett bidrag på 450 000 kronor från en kulturstiftelse.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2076 till den 31 december 2079. Programrådet lämnar en lägesrapport varje år i oktober, och planen utvärderas våren 2078.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam åtgärd vilka kommuner som deltar, vad åtgärden går ut "
             "på, vilken grupp som har ansvaret, när den genomförs, vilket prioriterat område den hör till och "
             "läget i februari 2076.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för vardagsmiljö, kultur och återbruk "
              "under 2076, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den nittonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
