"""Regenerate the fictional documents of the fifteenth held-out set in benchmarks/data/heldout15/docs/.

    .venv/bin/python scripts/make_heldout15.py [--out benchmarks/data/heldout15/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout15 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (e-sport for young people, noise from leaf blowers, mosquito
control, abandoned bicycles at stations, outdoor gyms, street musicians, Christmas markets) are not
covered by the other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout15" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2055.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2055 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-fritid-narmiljo-2055.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för fritid och närmiljö 2055 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-arbetsutskottet-fritid-narmiljo-2055-04-21.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Arbetsutskottet för fritid och närmiljö 2055-04-21 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-fritid-narmiljo-2055-2058.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för fritid och närmiljö 2055–2058 (fiktiv)"

# Activity plan 2055 (PDF): the status comes first, then the activity and the narrow "Ansvar" column, so
# the long group names break inside the word; the municipalities, the period and the area last.
PLAN_PDF_COLUMNS = ("Status", "Aktivitet", "Ansvar", "Deltagande kommuner", "Tidsperiod", "Område")
PLAN_PDF_WIDTHS = (22, 52, 22, 32, 24, 28)  # mm, 180 in all
PLAN_PDF = [
    ("Planerad", "E-sportrum med speldatorer och utbildade ledare på fritidsgårdarna",
     "Spelfritidsgårdskollegiet", "Malmö, Lund, Eslöv, Trelleborg", "Sep 2055–jun 2056", "Ungdom och fritid"),
    ("Utredning pågår",
     "Bensindrivna lövblåsare fasas ut i kommunernas parkskötsel och tysta tider införs för de eldrivna",
     "Lövblåsarutfasningsdelegationen", "Lomma, Vellinge, Staffanstorp, Burlöv", "Hela 2055", "Närmiljö"),
    ("Upphandlad", "Bekämpning av stickmygg med ett biologiskt medel längs åarna och i våtmarkerna",
     "Myggbekämpningskonsortiet", "Kävlinge, Lund, Eslöv, Höör", "Maj–aug 2055", "Närmiljö"),
    ("Pågår", "Märkning och bortforsling av övergivna cyklar vid tågstationer och busstationer",
     "Stationscykelrensningsbyrån", "Malmö, Burlöv, Svedala, Skurup, Höör", "Mar–nov 2055", "Stadsmiljö"),
    ("Försenad", "Nya utegym med tillgängliga redskap i parker och vid motionsspår",
     "Utegymsanläggningssällskapet", "Staffanstorp, Svedala, Trelleborg, Vellinge", "2055–2056",
     "Hälsa och rörelse"),
    ("Ute på remiss", "Gemensamma regler för gatumusik med tider och platser i stadskärnorna",
     "Gatumusiktillståndsforumet", "Malmö, Lund, Trelleborg", "Vt 2055", "Stadsmiljö"),
    ("Ej påbörjad", "Gemensam julmarknadskalender och marknadsstånd som föreningar kan låna",
     "Julmarknadsarrangörsrådet", "Samtliga kommuner", "Nov–dec 2055", "Evenemang"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per effort; the
# time comes right after the effort, then the owner, the participating municipalities and the state.
PLAN_DOCX = [
    ("Ungdom och fritid", [
        [("Insats", "Regional e-sportturnering mellan fritidsgårdarna med final i Lund"),
         ("Tid", "Mar–maj 2055"), ("Ägare", "Spelturneringsarrangörsteamet"),
         ("Deltagare", "Lund, Kävlinge, Lomma, Burlöv"), ("Läge", "Anmälan öppen")],
        [("Insats", "Föräldraträffar om datorspel, skärmtid och sömn"), ("Tid", "Ht 2055"),
         ("Ägare", "Skärmtidsvägledningsnätverket"), ("Deltagare", "Eslöv, Höör, Skurup"),
         ("Läge", "Planeras")],
    ]),
    ("Närmiljö och buller", [
        [("Insats", "Insamling av löv från villaträdgårdar till kommunernas komposter"),
         ("Tid", "Okt–nov 2055"), ("Ägare", "Lövkomposteringsverkstaden"), ("Deltagare", "Vellinge, Lomma"),
         ("Läge", "Återkommande")],
        [("Insats", "Myggfällor som räknar och artbestämmer stickmyggen vid våtmarkerna"),
         ("Tid", "Apr–sep 2055"), ("Ägare", "Stickmyggsövervakningscentralen"), ("Deltagare", "Kävlinge, Lund"),
         ("Läge", "Fällorna monterade")],
        [("Insats", "Övergivna cyklar lagas och skänks till nyanlända och studenter"),
         ("Tid", "Från juni 2055"), ("Ägare", "Cykelrenoveringsgillet"), ("Deltagare", "Malmö, Burlöv, Svedala"),
         ("Läge", "Avvaktar lokal")],
    ]),
    ("Hälsa och rörelse", [
        [("Insats", "Gratis träningspass med instruktör på utegymmen för personer över 65 år"),
         ("Tid", "Maj–sep 2055"), ("Ägare", "Seniorutomhusträningsringen"),
         ("Deltagare", "Trelleborg, Staffanstorp, Svedala, Vellinge"), ("Läge", "Inställd")],
    ]),
    ("Stadsliv och evenemang", [
        [("Insats", "Platser för gatumusikanter som bokas i en app"), ("Tid", "Vt 2055"),
         ("Ägare", "Musikplatsbokningskontoret"), ("Deltagare", "Malmö, Lund"), ("Läge", "Testas i Lund")],
    ]),
]

MINUTES_HEADER = ("Datum: 2055-04-21, kl. 9.00–11.45", "Plats: Kommunhuset i Lomma (fiktivt sammanträde)",
                  "Närvarande: Arbetsutskottet för fritid och närmiljö, med ledamöter från nio av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Elin Söderberg (Höör)")
MINUTES_ITEMS = [
    ("§ 1", "Sammanträdets öppnande",
     ["Ordföranden Karin Holmberg (Svedala) hälsade ledamöterna välkomna och förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Ali Rahimi (Eslöv) utsågs att tillsammans med ordföranden justera protokollet."]),
    ("§ 3", "E-sport på fritidsgårdarna",
     ["Spelfritidsgårdskollegiet redovisade en enkät bland 2 300 ungdomar mellan 13 och 17 år. 41 procent "
      "svarade att de skulle besöka fritidsgården oftare om den hade ett rum för e-sport.",
      "Arbetsutskottet beslutar"],
     ["att varje deltagande kommun ska ha minst ett e-sportrum öppet senast den 1 december 2055,",
      "att Spelfritidsgårdskollegiet får i uppdrag att ta fram regler för speltider och åldersgränser."]),
    ("§ 4", "Lövblåsare",
     ["Lövblåsarutfasningsdelegationen redovisade mätningar som visar att en bensindriven lövblåsare låter "
      "95 decibel på två meters avstånd. Lomma föreslog att lövblåsare inte ska få användas före kl. 9 på "
      "helger.",
      "Arbetsutskottet beslutar att kommunernas parkförvaltningar ska byta ut alla bensindrivna lövblåsare "
      "mot eldrivna före utgången av 2056."]),
    ("§ 5", "Myggbekämpning",
     ["Myggbekämpningskonsortiet redovisade att bekämpningen sommaren 2054 minskade mängden stickmygg med "
      "80 procent i de behandlade områdena. Höör frågade om medlet skadar andra insekter.",
      "Arbetsutskottet ger Myggbekämpningskonsortiet i uppdrag att redovisa hur medlet påverkar andra "
      "insekter vid nästa sammanträde."]),
    ("§ 6", "Övergivna cyklar vid stationerna",
     ["Stationscykelrensningsbyrån redovisade att 1 850 cyklar forslades bort från stationerna under 2054 och "
      "att bara 6 procent av dem hämtades ut av sina ägare.",
      "Arbetsutskottet beslutar att en bortforslad cykel ska sparas i tre månader innan den skänks bort eller "
      "skrotas."]),
    ("§ 7", "Utegym",
     ["Utegymsanläggningssällskapet redovisade att bygget av utegymmen i Trelleborg och Vellinge har blivit "
      "försenat eftersom leverantören av träningsredskapen har gått i konkurs.",
      "Arbetsutskottet beslutar att bevilja 1,6 miljoner kronor till en ny upphandling av redskap."]),
    ("§ 8", "Gatumusik",
     ["Gatumusiktillståndsforumet redovisade förslaget till gemensamma regler: gatumusik får spelas mellan "
      "kl. 10 och 20, och samma plats får användas högst 45 minuter i taget. Malmö vill dessutom förbjuda "
      "förstärkare.",
      "Ärendet bordlades till nästa sammanträde."]),
    ("§ 9", "Julmarknader",
     ["Julmarknadsarrangörsrådet föreslog att kommunerna köper in 40 gemensamma marknadsstånd som föreningar "
      "kan låna gratis till sina julmarknader.",
      "Arbetsutskottet beslutar att köpa in marknadsstånden och att Svedala ska förvara dem mellan "
      "säsongerna."]),
    ("§ 10", "Övriga frågor",
     ["Burlöv informerade om att kommunens första utegym invigs den 6 juni 2055. Arbetsutskottet noterade "
      "informationen."]),
    ("§ 11", "Nästa sammanträde", ["Nästa sammanträde hålls den 15 september 2055 i Höör."]),
]
MINUTES_ADJUSTER = "Ali Rahimi (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Många unga spelar datorspel ensamma hemma, och e-sport är ett sätt att nå dem som inte är med i någon idrottsförening. Lövblåsare är i dag en av de vanligaste orsakerna till klagomål på buller i villaområdena, särskilt tidigt på morgnarna under hösten. Efter regniga somrar blir stickmyggen så många längs åarna och våtmarkerna att de boende inte kan sitta ute på kvällarna. Vid flera stationer tar övergivna cyklar upp nästan hälften av cykelparkeringen. Utegym är gratis och öppna dygnet runt, men de flesta finns i de större tätorterna. Gatumusik gör stadskärnorna levande, men samma låtar på hög volym timme efter timme stör både butikspersonal och boende. Föreningarna som ordnar julmarknader saknar ofta stånd, tält och belysning.

## Syfte

Syftet med verksamhetsplanen är att unga ska ha fler mötesplatser, att det ska vara tystare och trivsammare i bostadsområdena, att fler ska kunna träna utomhus utan kostnad och att stadskärnorna ska ha ett rikt men hänsynsfullt gatuliv.

## Mål till 2058

Alla fritidsgårdar i de deltagande kommunerna ska ha ett e-sportrum. Inga bensindrivna lövblåsare ska användas i kommunernas parkskötsel. Klagomålen på buller i bostadsområdena ska ha halverats jämfört med 2054. Det ska finnas minst 24 utegym i regionen. Övergivna cyklar ska forslas bort inom fyra veckor från märkningen.

## Ansvar och organisation

Arbetsutskottet för fritid och närmiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Ljudmiljöombudsmännen samordnar arbetet mot buller från lövblåsare och gatumusik, och Utegymsanläggningssällskapet ansvarar för att utegymmen byggs.

## Budget

Den gemensamma budgeten är 8,7 miljoner kronor för hela perioden, varav 3,2 miljoner kronor går till utegymmen. Kommunerna betalar 4,10 kronor per invånare och år. Myggbekämpningen får dessutom ett bidrag från länsstyrelsen på 450 000 kronor om året.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2055 till den 31 december 2058. Arbetsutskottet lämnar en årlig rapport i april, och planen utvärderas våren 2057.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar status i februari 2055 för de gemensamma aktiviteterna, vilken grupp som "
             "har ansvaret, vilka kommuner som deltar, tidsperioden och vilket område aktiviteten hör till.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma insatserna för fritid och närmiljö under 2055, ordnade "
              "efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den femtonde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
