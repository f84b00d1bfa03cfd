"""Regenerate the fictional documents of the seventh held-out set in benchmarks/data/heldout7/docs/.

    .venv/bin/python scripts/make_heldout7.py [--out benchmarks/data/heldout7/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout7 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (municipal forests and outdoor recreation, tourist information
points, flood barriers along the coast, broadband in rural areas, district heating and waste heat,
museum cooperation, election preparations) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout7" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2035.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2035 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-natur-kultur-demokrati-2035.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för natur, kultur och demokrati 2035 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-beredningen-klimat-infrastruktur-2035-03-14.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Beredningen för klimat och infrastruktur 2035-03-14 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-klimat-landsbygd-kultur-2035-2038.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för klimat, landsbygd och kultur 2035–2038 (fiktiv)"

# Activity plan 2035 (PDF): the "Ansvarig" column is narrow, so the long group names break inside the word.
PLAN_PDF_COLUMNS = ("Prioriterat område", "Insats", "Ansvarig", "Tidsperiod", "Läge", "Deltagare")
PLAN_PDF_WIDTHS = (30, 52, 22, 26, 20, 30)  # mm, 180 in all
PLAN_PDF = [
    ("Natur och friluftsliv", "Gemensam skogsbruksplan för kommunernas tätortsnära skogar",
     "Kommunskogsförvaltarnätverket", "Jan–okt 2035", "Pågår", "Höör, Eslöv, Svedala, Skurup"),
    ("Besöksnäring", "Obemannade turistinformationspunkter vid stationer och hamnar", "Turistinformationssamordnarna",
     "Apr–jun 2035", "Planerad", "Malmö, Lund, Trelleborg, Lomma"),
    ("Klimatanpassning", "Tillfälliga översvämningsbarriärer vid kustnära bostadsområden",
     "Översvämningsskyddsgruppen", "Kv 4 2035", "Ej påbörjad", "Vellinge, Trelleborg, Lomma, Kävlinge"),
    ("Digital infrastruktur", "Kartläggning av hushåll på landsbygden utan snabbt bredband",
     "Landsbygdsbredbandsgruppen", "Vt 2035", "Pågår", "Eslöv, Höör, Skurup, Svedala, Staffanstorp"),
    ("Energi", "Gemensam plan för att ansluta fler kommunala lokaler till fjärrvärme", "Fjärrvärmesamverkansgruppen",
     "2035–2036", "Planerad", "Alla"),
    ("Kultur", "Gemensamt museikort med fri entré för barn och unga", "Museisamverkansnätverket", "Ht 2035",
     "Ej påbörjad", "Lund, Malmö, Trelleborg, Eslöv"),
    ("Demokrati", "Gemensam utbildning för röstmottagare inför valet 2036", "Valadministrationsnätverket",
     "Okt 2035–mar 2036", "Planerad", "Alla tolv kommuner"),
]

# Activity plan (Word): one heading per priority area, then "Label: value" list lines per activity.
PLAN_DOCX = [
    ("Natur och friluftsliv", [
        [("Aktivitet", "Inventering av gamla ekar och andra särskilt skyddsvärda träd i kommunskogarna"),
         ("Ansvarig", "Skogsekologgruppen"), ("Period", "Maj–sep 2035"), ("Läge", "Pågår"),
         ("Deltagande kommuner", "Lund, Höör, Eslöv")],
        [("Aktivitet", "Skyltade vandringsleder genom kommunernas skogar"), ("Ansvarig", "Friluftslivsplanerarna"),
         ("Period", "Vt 2035"), ("Läge", "Planerad"), ("Deltagande kommuner", "Skurup, Svedala, Staffanstorp")],
    ]),
    ("Besöksnäring och kultur", [
        [("Aktivitet", "Gemensam utbildning för personalen på turistbyråerna om besöksmål i hela regionen"),
         ("Ansvarig", "Turistbyråchefsgruppen"), ("Period", "Mars 2035"), ("Läge", "Genomförd"),
         ("Deltagande kommuner", "Malmö, Lund, Trelleborg, Vellinge, Höör")],
        [("Aktivitet", "Digitalisering av museernas samlingar i en gemensam söktjänst"),
         ("Ansvarig", "Samlingsdigitaliseringsrådet"), ("Period", "2035–2037"), ("Läge", "Upphandling pågår"),
         ("Deltagande kommuner", "Lund, Malmö, Trelleborg")],
    ]),
    ("Klimatanpassning och energi", [
        [("Aktivitet", "Gemensamt lager av mobila översvämningsskydd"), ("Ansvarig", "Beredskapslagergruppen"),
         ("Period", "Kv 2 2035"), ("Läge", "Pågår"), ("Deltagande kommuner", "Samtliga kommuner")],
        [("Aktivitet", "Spillvärme från livsmedelsindustrin till fjärrvärmenätet"), ("Ansvarig", "Spillvärmegruppen"),
         ("Period", "Ht 2035"), ("Läge", "Ej påbörjad"), ("Deltagande kommuner", "Kävlinge, Burlöv, Malmö")],
    ]),
    ("Digital infrastruktur", [
        [("Aktivitet", "Rådgivning till byalag som bygger eget fibernät"), ("Ansvarig", "Byanätsrådgivarna"),
         ("Period", "Hela 2035"), ("Läge", "Pågår"), ("Deltagande kommuner", "Skurup, Svedala, Höör")],
    ]),
    ("Demokrati och val", [
        [("Aktivitet", "Tillgängliga vallokaler för väljare med funktionsnedsättning"),
         ("Ansvarig", "Vallokalsinventerarna"), ("Period", "Sep 2035–feb 2036"), ("Läge", "Planerad"),
         ("Deltagande kommuner", "Alla")],
    ]),
]

MINUTES_HEADER = ("Datum: 2035-03-14, kl. 9.00–12.00", "Plats: Kommunhuset i Lomma (fiktivt sammanträde)",
                  "Närvarande: Beredningen för klimat och infrastruktur, med ledamöter från elva av de tolv "
                  "medlemskommunerna",
                  "Sekreterare: Sofia Axelsson (Burlöv)")
MINUTES_ITEMS = [
    ("§ 1", "Mötets öppnande", ["Ordföranden Karin Nilsson (Lomma) förklarade sammanträdet öppnat."]),
    ("§ 2", "Val av justerare",
     ["Erik Sandberg (Eslöv) valdes att jämte ordföranden justera dagens protokoll."]),
    ("§ 3", "Översvämningsbarriärer vid kusten",
     ["Vellinge redovisade att vattnet vid stormen i januari 2035 nådde 1,6 meter över medelvattenståndet och "
      "att flera bostadsområden nära stranden var nära att översvämmas. Beredningen diskuterade var barriärerna "
      "ska lagras och hur snabbt de kan ställas ut.",
      "Beredningen beslutar att köpa in 800 meter tillfälliga översvämningsbarriärer, som ska lagras i "
      "Trelleborg, till en kostnad av högst 2,4 miljoner kronor."]),
    ("§ 4", "Bredband på landsbygden",
     ["Landsbygdsbredbandsgruppen redovisade att omkring 1 900 hushåll på landsbygden i de deltagande "
      "kommunerna saknar snabbt bredband.",
      "Landsbygdsbredbandsgruppen får i uppdrag att ta fram en ansökan om statligt bredbandsstöd för dessa "
      "hushåll, klar senast den 30 september 2035."]),
    ("§ 5", "Andel i ett nytt fjärrvärmeverk",
     ["Burlöv föreslog att kommunerna tillsammans köper en andel i ett nytt fjärrvärmeverk som eldas med "
      "biobränsle. Flera ledamöter menade att kommunerna inte bör äga energiproduktion gemensamt.",
      "Beredningen beslutar att avslå förslaget om att köpa en gemensam andel i fjärrvärmeverket."]),
    ("§ 6", "Turistinformation",
     ["Besökarna söker allt oftare information i mobilen, och flera turistbyråer har korta öppettider utanför "
      "sommaren. Beredningen diskuterade om skyltar med QR-koder kan ersätta en del av den bemannade "
      "informationen.",
      "Beredningen ger Turistinformationssamordnarna i uppdrag att föreslå tio platser för obemannade "
      "turistinformationspunkter och redovisa förslaget vid sammanträdet i juni."]),
    ("§ 7", "Kommunskogarna efter stormen",
     ["Höör berättade att stormen i januari fällde många granar i kommunskogarna och att stigarna fortfarande "
      "är svåra att ta sig fram på.",
      "Kommunskogsförvaltarnätverket ges i uppdrag att sammanställa hur stor andel av kommunskogarna som kan "
      "lämnas för fri utveckling."]),
    ("§ 8", "Gemensamt museikort",
     ["Lund presenterade ett förslag om ett museikort som ger barn och unga fri entré till museerna i de "
      "deltagande kommunerna. Kostnaden för kommunerna är ännu inte beräknad.",
      "Beredningen beslutar att skjuta upp beslutet om ett gemensamt museikort till sammanträdet den "
      "19 september 2035."]),
    ("§ 9", "Förberedelser inför valet 2036",
     ["Valadministrationsnätverket berättade att det vid förra valet var svårt att ersätta röstmottagare som "
      "blev sjuka på valdagen.",
      "Det beslutades att kommunerna ska ha en gemensam reservlista med röstmottagare inför valet 2036."]),
    ("§ 10", "Nästa sammanträde", ["Nästa sammanträde hålls den 13 juni 2035 i Skurup."]),
]
MINUTES_ADJUSTER = "Erik Sandberg (Eslöv)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Syfte

Syftet med verksamhetsplanen är att kommunerna ska stå bättre rustade mot översvämningar, att alla som bor på landsbygden ska kunna använda snabbt bredband och att invånare och besökare lättare ska hitta till regionens skogar, museer och sevärdheter. Planen samlar också kommunernas gemensamma förberedelser inför valet 2036 och arbetet med att minska energianvändningen i de kommunala lokalerna.

## Mål till 2038

Minst 98 procent av hushållen på landsbygden ska ha tillgång till bredband med minst 1 Gbit/s år 2038. Alla kustnära bostadsområden som riskerar att översvämmas ska kunna skyddas med tillfälliga barriärer inom sex timmar från en varning. Minst 40 000 barn och unga ska ha använt museikortet år 2038. Andelen kommunala lokaler som värms med fjärrvärme ska öka från 55 till 80 procent. Vid valet 2036 ska alla vallokaler vara tillgängliga för väljare med funktionsnedsättning.

## Organisation

Beredningen för klimat och infrastruktur leder arbetet och rapporterar till styrelsen i maj och november varje år. Arbetet med bredband på landsbygden samordnas av Bredbandskoordinatorerna. Museichefsrådet leder samarbetet mellan museerna, och Valadministrationsnätverket samordnar förberedelserna inför valet.

## Finansiering

Insatserna har en gemensam budget på 4,6 miljoner kronor för hela perioden, varav 2,4 miljoner kronor går till översvämningsbarriärerna. Kommunerna betalar 5 kronor per invånare och år till arbetet. Kartläggningen av bredbandet finansieras dessutom med ett bidrag från Region Skåne på 300 000 kronor.

## Tidplan och uppföljning

Verksamhetsplanen gäller från den 1 januari 2035 till den 31 december 2038. Arbetet följs upp i en årlig rapport i mars, och planen utvärderas efter halva tiden, i februari 2037.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar de gemensamma insatserna under 2035, vilken grupp som är ansvarig, "
             "tidsperioden och läget i januari 2035.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för natur, kultur och demokrati "
              "under 2035, ordnade efter prioriterat område.",
              PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjunde, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
