"""Regenerate the fictional documents of the twenty-first held-out set in benchmarks/data/heldout21/docs/.

    .venv/bin/python scripts/make_heldout21.py [--out benchmarks/data/heldout21/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout21 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (self-service bicycle repair stations with pumps and tools, reading
dogs at the libraries, beach wheelchairs and beach mats down to the water, a tree planted for every
newborn child, toy libraries, a shared collection of Christmas trees after the holidays, driving licence
support for young job seekers) are not covered by the other sets, and the group names are deliberately
not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout21" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2085.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2085 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-familj-fritid-mobilitet-2085.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för familj, fritid och mobilitet 2085 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-omradesradet-familj-fritid-mobilitet-2085-05-23.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Områdesrådet för familj, fritid och mobilitet 2085-05-23 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-familj-fritid-mobilitet-2085-2088.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för familj, fritid och mobilitet 2085–2088 (fiktiv)"

# Activity plan 2085 (PDF): a running number first, then the measure and the narrow "Ansvarig grupp" column,
# so the long group names break inside the word; the priority area, the time ("Genomförande"), the
# participating municipalities and the state follow.
PLAN_PDF_COLUMNS = ("Nr", "Åtgärd", "Ansvarig grupp", "Prioriterat område", "Genomförande",
                    "Deltagande kommuner", "Status")
PLAN_PDF_WIDTHS = (9, 42, 22, 24, 29, 30, 24)  # mm, 180 in all; 29 mm keeps "Genomförande" whole
PLAN_PDF = [
    ("1", "Självbetjäningsstationer med cykelpump och fastsatta verktyg vid pendelstationer, bibliotek och "
          "skolor", "Cykelpumpstationsunderhållskommittén", "Hållbart resande", "Mar–okt 2085",
     "Lund, Lomma, Kävlinge, Eslöv, Höör", "18 av 40 stationer uppsatta"),
    ("2", "Läshundar på biblioteken, där barn som tycker att det är svårt att läsa får läsa högt för en "
          "utbildad hund", "Läshundsbesöksexpeditionen", "Läsning", "Läsåret 2085/86",
     "Malmö, Staffanstorp, Svedala", "Väntelista"),
    ("3", "Strandrullstolar som går att låna gratis på de största badplatserna",
     "Strandrullstolsutlåningsvärdarna", "Tillgänglighet", "Jun–aug 2085", "Vellinge, Trelleborg, Lomma, Malmö",
     "Rullstolarna beställda"),
    ("4", "Ett träd planteras för varje barn som föds i kommunen, i en särskild födelselund",
     "Födelseträdsplanteringstruppen", "Park och natur", "Okt–nov 2085", "Burlöv, Skurup, Höör, Staffanstorp",
     "Platser för lundarna valda"),
    ("5", "Leksaksbibliotek där familjer lånar leksaker och spel på samma sätt som böcker",
     "Leksaksbiblioteksetableringslotsarna", "Familj", "2085–2086", "Eslöv, Kävlinge, Trelleborg",
     "Öppnat i Eslöv"),
    ("6", "Gemensam insamling av julgranar efter helgerna; granarna flisas och eldas i fjärrvärmeverken",
     "Julgransinsamlingsflottiljen", "Avfall och återvinning", "7–21 jan 2085", "Samtliga kommuner",
     "Genomförd"),
    ("7", "Körkortsstöd för arbetssökande unga 18–24 år, med teorilektioner och bidrag till körlektioner",
     "Körkortsteoristödsseminariet", "Arbete", "Feb 2085–jan 2086", "Malmö, Burlöv, Svedala, Skurup",
     "62 deltagare antagna"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per measure; the
# responsible unit comes right after the measure, then the municipalities, the deadline ("Klart senast")
# and a short description of the state last.
PLAN_DOCX = [
    ("Hållbart resande", [
        [("Åtgärd", "En mobil cykelverkstad som besöker grundskolorna och lagar elevernas cyklar gratis"),
         ("Ansvarig enhet", "Skolcykelverkstadsturnékaravanen"),
         ("Medverkande kommuner", "Höör, Eslöv, Kävlinge"),
         ("Klart senast", "Juni 2085"), ("Lägesbeskrivning", "Turnéschemat klart")],
    ]),
    ("Läsning", [
        [("Åtgärd", "Lämplighetstest av hundarna och kurs för hundförarna innan de får besöka biblioteken"),
         ("Ansvarig enhet", "Hundlämplighetsprövningsinstansen"), ("Medverkande kommuner", "Malmö, Svedala"),
         ("Klart senast", "Augusti 2085"), ("Lägesbeskrivning", "Nio ekipage godkända")],
    ]),
    ("Tillgänglighet", [
        [("Åtgärd", "Utläggning av strandmattor från parkeringen ner till vattnet vid de största "
                    "badplatserna"),
         ("Ansvarig enhet", "Strandmattsutläggningsskiftet"),
         ("Medverkande kommuner", "Vellinge, Trelleborg"),
         ("Klart senast", "1 juni 2085"), ("Lägesbeskrivning", "Försenad på grund av stormskador")],
    ]),
    ("Park och natur", [
        [("Åtgärd", "Skyltar med barnens förnamn och födelseår vid träden i födelselundarna"),
         ("Ansvarig enhet", "Namnskyltsgraveringssnickeriet"), ("Medverkande kommuner", "Burlöv, Skurup"),
         ("Klart senast", "December 2085"), ("Lägesbeskrivning", "Ej påbörjad")],
    ]),
    ("Familj", [
        [("Åtgärd", "Tvätt och kontroll av alla leksaker som lämnas tillbaka till leksaksbiblioteken"),
         ("Ansvarig enhet", "Leksaksrengöringskontrollstationen"),
         ("Medverkande kommuner", "Eslöv, Kävlinge, Trelleborg"), ("Klart senast", "Löpande"),
         ("Lägesbeskrivning", "Pågår")],
        [("Åtgärd", "Insamling av begagnade leksaker i gott skick från invånarna"),
         ("Ansvarig enhet", "Leksaksbiblioteksetableringslotsarna"), ("Medverkande kommuner", "Kävlinge"),
         ("Klart senast", "Mars 2085"), ("Lägesbeskrivning", "1 300 leksaker insamlade")],
    ]),
    ("Avfall och återvinning", [
        [("Åtgärd", "Försök där flis från julgranarna läggs ut på motionsspåren i stället för att eldas"),
         ("Ansvarig enhet", "Motionsspårsflisningsmannskapet"),
         ("Medverkande kommuner", "Lund, Staffanstorp"),
         ("Klart senast", "Februari 2086"), ("Lägesbeskrivning", "Under utredning")],
    ]),
    ("Arbete", [
        [("Åtgärd", "Övningskörning med handledare i kommunernas bilar för unga som saknar någon att "
                    "övningsköra med"),
         ("Ansvarig enhet", "Övningskörningshandledarkorpsen"), ("Medverkande kommuner", "Malmö, Burlöv"),
         ("Klart senast", "Januari 2086"), ("Lägesbeskrivning", "Två bilar utrustade med dubbelkommando")],
    ]),
]

MINUTES_HEADER = ("Datum: 2085-05-23, kl. 9.00–11.30",
                  "Plats: Medborgarhuset i Eslöv (fiktivt sammanträde)",
                  "Närvarande: Områdesrådet för familj, fritid och mobilitet, med ledamöter från nio av de "
                  "tolv medlemskommunerna",
                  "Sekreterare: Jonatan Lindeberg (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Amira Nilsson (Svedala) hälsade ledamöterna välkomna och förklarade sammanträdet "
      "öppnat."]),
    ("§ 2", "Val av justerare",
     ["Oskar Wennerholm (Burlöv) utsågs att jämte ordföranden justera protokollet."]),
    ("§ 3", "Cykelservicestationerna",
     ["Cykelpumpstationsunderhållskommittén redovisade att 18 av de 40 planerade stationerna har satts upp "
      "och att pumparna vid stationerna i Lund har använts omkring 9 000 gånger sedan mars. Vid två "
      "stationer har verktygen stulits, trots att de sitter fast med vajrar.",
      "Områdesrådet beslutar att verktygen ska fästas med stålkedjor i stället för vajrar och att varje "
      "station ska få en QR-kod där man kan anmäla fel."]),
    ("§ 4", "Läshundarna",
     ["Läshundsbesöksexpeditionen redovisade att 85 barn står i kö för att få läsa för en läshund. Varje "
      "barn får läsa i 20 minuter en gång i veckan under åtta veckor.",
      "Områdesrådet ger Läshundsbesöksexpeditionen i uppdrag att utreda om verksamheten kan utökas till Lund "
      "och Lomma och att redovisa kostnaden senast den 30 september 2085."]),
    ("§ 5", "Strandrullstolarna",
     ["Strandrullstolsutlåningsvärdarna redovisade att 14 strandrullstolar har beställts för 38 000 kronor "
      "styck och att de levereras i början av juni.",
      "Områdesrådet beslutar"],
     ["att rullstolarna ska gå att boka i förväg på kommunernas webbplatser,",
      "att Strandrullstolsutlåningsvärdarna ansvarar för att rullstolarna spolas av med sötvatten efter "
      "varje lån."]),
    ("§ 6", "Födelselundarna",
     ["Födelseträdsplanteringstruppen redovisade att 1 420 barn föddes i de fyra deltagande kommunerna under "
      "2084 och att ett träd ska planteras för vart och ett av dem. Familjerna bjuds in till planteringen.",
      "Områdesrådet beslutar att lundarna ska planteras med ek, lind och vildapel och att den första "
      "planteringsdagen hålls den 25 oktober 2085 i Skurup."]),
    ("§ 7", "Leksaksbiblioteken",
     ["Leksaksbiblioteksetableringslotsarna redovisade att leksaksbiblioteket i Eslöv har 410 registrerade "
      "familjer och lånade ut 2 900 leksaker under de första tre månaderna. Mest utlånade är brädspel och "
      "utklädningskläder.",
      "Områdesrådet beslutar att leksaksbiblioteken i Kävlinge och Trelleborg ska öppna den 1 september 2085 "
      "och att alla lån ska vara avgiftsfria."]),
    ("§ 8", "Julgransinsamlingen",
     ["Julgransinsamlingsflottiljen redovisade att 31 000 julgranar samlades in i januari 2085, vilket gav "
      "620 ton flis till fjärrvärmeverken. Insamlingen kostade 2,4 miljoner kronor.",
      "Områdesrådet beslutar att insamlingen ska göras även i januari 2086 och att granar som fortfarande "
      "står i sin julgransfot inte ska hämtas."]),
    ("§ 9", "Körkortsstödet",
     ["Körkortsteoristödsseminariet redovisade att 62 unga har antagits till körkortsstödet av 240 sökande. "
      "Bidraget till körlektioner är 8 000 kronor per deltagare.",
      "Områdesrådet ger Körkortsteoristödsseminariet i uppdrag att följa upp hur många av deltagarna som har "
      "ett arbete sex månader efter att de tagit körkort."]),
    ("§ 10", "Övriga frågor",
     ["Trelleborg informerade om att kommunen ordnar en prova-på-dag med strandrullstolar på stranden i "
      "Trelleborg den 14 juni 2085. Områdesrådet noterade informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 19 september 2085 i Lomma."]),
]
MINUTES_ADJUSTER = "Oskar Wennerholm (Burlöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Var femte ung vuxen i regionen som söker arbete saknar körkort, och många arbetsgivare på landsbygden kräver körkort redan vid anställningen. I årskurs 3 läser fler barn än för tio år sedan så långsamt att de har svårt att hänga med i undervisningen. Den som använder rullstol kan i dag bara ta sig ner till vattnet vid tre av regionens badplatser. Omkring 4 800 barn föds varje år i de tolv kommunerna, och många barnfamiljer köper leksaker som snart blir liggande. Efter varje jul ställs tiotusentals granar ut på gator och gårdar, och på många platser i regionen finns ingenstans att pumpa en cykel.

## Inriktning

Kommunerna vill göra det lättare att cykla i vardagen, att läsa för den som tycker att det är svårt och att komma ut i naturen och till havet för alla. Barnfamiljer ska kunna låna i stället för att köpa, och unga som söker arbete ska inte hindras av att de saknar körkort.

## Mål till 2088

Det ska finnas minst 120 cykelservicestationer i regionen. Alla tolv kommuner ska ha minst en badplats där man kan ta sig ner till vattnet med rullstol. Minst 500 unga ska ha fått körkortsstöd, och minst hälften av dem ska ha ett arbete ett år senare. Läshundar ska finnas på biblioteken i minst åtta kommuner.

## Organisation

Områdesrådet för familj, fritid och mobilitet leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Familjeservicesamordningsnavet håller i kontakterna med biblioteken, föreningarna och de frivilliga hundförarna, och Körkortsteoristödsseminariet samarbetar med trafikskolorna och Arbetsförmedlingen.

## Ekonomi

Den gemensamma budgeten är 7,4 miljoner kronor för perioden 2085–2088, varav 2,1 miljoner kronor går till bidrag till körlektioner. Kommunerna betalar 3,60 kronor per invånare och år. Strandrullstolarna får dessutom ett bidrag på 450 000 kronor från en fond för friluftsliv.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2085 till den 31 december 2088. Områdesrådet lämnar en lägesrapport varje år i maj, och planen utvärderas våren 2087.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam åtgärd vad den går ut på, vilken grupp som är "
             "ansvarig, vilket prioriterat område den hör till, när den genomförs, vilka kommuner som deltar "
             "och status i mars 2085.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma åtgärderna för familj, fritid och mobilitet under "
              "2085, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugoförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
