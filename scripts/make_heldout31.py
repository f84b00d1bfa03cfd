"""Regenerate the fictional documents of the thirty-first held-out set in benchmarks/data/heldout31/docs/.

    .venv/bin/python scripts/make_heldout31.py [--out benchmarks/data/heldout31/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout31 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (sound level measurements at outdoor concerts and festivals and sound
limits in event permits, pollen traps on the town-hall roofs with daily pollen forecasts and text-message
pollen alerts, renovation and listing of the old public street and façade clocks, ice thickness
measurements on lakes and ponds in winter and ice rescue cabinets, replacing the sand in the sandpits of
playgrounds and preschools and covering them at night, old telephone booths turned into book-swap cabinets,
a volunteer count of hedgehogs in gardens and parks and hedgehog-friendly gardens) are not covered by the
other sets, and the group names are deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout31" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2305.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2305 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-stadsliv-narmiljo-2305.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för stadsliv och närmiljö 2305 (fiktiv)"
MINUTES_FILE = "exempel-minnesanteckningar-samverkansgruppen-stadsliv-narmiljo-2305-10-14.docx"
MINUTES_TITLE = "EXEMPEL – Minnesanteckningar Samverkansgruppen för stadsliv och närmiljö 2305-10-14 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-stadsliv-narmiljo-2305-2308.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för stadsliv och närmiljö 2305–2308 (fiktiv)"

# Activity plan 2305 (PDF): the focus area comes first, then the commitment, the owner in a column just
# wide enough for its short heading, so the long group names break inside the word over several lines,
# the time plan, the municipalities taking part and the state on 1 October last.
PLAN_PDF_COLUMNS = ("Fokusområde", "Åtagande", "Ägare", "Tidplan", "Deltar", "Läge 1 oktober")
PLAN_PDF_WIDTHS = (27, 56, 19, 25, 28, 25)  # mm, 180 in all; 19 mm keeps "Ägare" whole
PLAN_PDF = [
    ("Kultur och evenemang",
     "Ljudmätning med kalibrerade mätare vid publiken under utomhuskonserter och festivaler i parker och på "
     "torg, med varning till arrangören när nivån går över gränsen", "Utomhuskonsertljudnivåmätningspatrullen",
     "Maj–september 2305", "Malmö, Lund, Trelleborg, Höör", "Klart, 41 konserter mätta, gränsen överskreds vid 7"),
    ("Hälsa och allergi",
     "Pollenfällor på stadshusens tak i Lund och Trelleborg, där pollenkornen räknas i mikroskop varje morgon "
     "och en prognos läggs ut på kommunernas webbplatser", "Pollenräkningsprognostikerkollegiet",
     "15 februari–30 september 2305", "Lund, Trelleborg, Staffanstorp, Eslöv, Kävlinge",
     "Pågår, 158 prognoser publicerade"),
    ("Kulturmiljö",
     "Renovering av gamla gatuur och fasadur på torg, stationer och rådhus, med nya urverk och belysta "
     "urtavlor", "Gatuursrenoveringsurmakarskrået", "Hela 2305", "Eslöv, Skurup, Trelleborg, Svedala",
     "5 av 12 ur renoverade"),
    ("Säkerhet vid vatten",
     "Borrning och mätning av isens tjocklek på badsjöarna och dammarna varje vecka under vintern, med skyltar "
     "vid stranden som visar om isen bär eller inte", "Sjöisborrningsmätningsvakten", "December 2304–mars 2305",
     "Höör, Eslöv, Svedala, Skurup, Lund", "Klart, 96 mätningar vid 11 sjöar"),
    ("Lek och utemiljö",
     "Byte av sanden i sandlådorna på kommunala lekplatser och förskolegårdar, där den gamla sanden är full av "
     "grus, fimpar och kattspillning", "Sandlådesandutbytesbrigaden", "April–juni 2305",
     "Burlöv, Lomma, Staffanstorp, Malmö, Vellinge", "Klart, 214 sandlådor, 1 380 ton sand"),
    ("Läsfrämjande",
     "Gamla telefonkiosker görs om till bokbytarskåp där vem som helst kan lämna och ta böcker, med hyllor, "
     "belysning och ett tak som håller regnet ute", "Telefonkioskbokbytesförvaltarna", "Mars 2305–februari 2306",
     "Kävlinge, Lomma, Svedala, Höör", "Pågår, 9 av 16 kiosker öppnade"),
    ("Biologisk mångfald",
     "Frivilliga räknar igelkottar i trädgårdar och parker med nattkameror och med spårtunnlar där "
     "igelkottarna lämnar fotspår på en bläckdyna", "Igelkottsnattinventeringsgillet", "Juni–oktober 2305",
     "Vellinge, Burlöv, Kävlinge, Staffanstorp, Lomma", "Försenat, bläckdynorna levererades i augusti"),
]

# Activity plan (Word): one heading per activity, then a line per field with the label in bold: the focus
# area ("Insatsområde"), a description ("Beskrivning"), who drives it ("Drivs av"), the municipalities it
# covers ("Omfattar"), the time frame ("Tidsram") and how it is going ("Hur det går"). Two groups have names
# of several words, and one is a pair of municipalities.
PLAN_DOCX_LABELS = ("Insatsområde", "Beskrivning", "Drivs av", "Omfattar", "Tidsram", "Hur det går")
PLAN_DOCX = [
    ("Gemensamma villkor om ljud i tillstånden för utomhusevenemang",
     ("Kultur och evenemang",
      "En gemensam mall för de villkor om högsta ljudnivå och sluttid som skrivs in när kommunerna ger "
      "tillstånd till konserter och festivaler utomhus", "Arbetsgruppen för evenemangstillstånd",
      "Samtliga tolv kommuner", "Januari–april 2305",
      "Klart, mallen anger högst 100 dB(A) vid publiken och att musiken ska vara slut kl. 23.00 på vardagar")),
    ("Pollenlarm i mobilen",
     ("Hälsa och allergi",
      "En sms-tjänst som skickar en varning till den som har anmält sig när halten av björk- eller gräspollen "
      "väntas bli hög", "Lomma och Vellinge", "Lomma, Vellinge, Burlöv", "Mars–maj 2305",
      "Försenat, leverantören av sms-tjänsten gick i konkurs i april; tjänsten startar i stället inför "
      "pollensäsongen 2306")),
    ("Förteckning över kommunernas offentliga ur",
     ("Kulturmiljö",
      "Alla ur på torg, stationer, skolor och kommunala byggnader förtecknas med plats, ålder, skick och vem som "
      "ställer dem när tiden ändras", "Tornursregistreringsantikvarierna", "Eslöv, Skurup, Trelleborg, Svedala, "
      "Malmö", "Februari–juni 2305", "Klart, 37 ur förtecknade, varav 14 har stannat")),
    ("Isräddningsskåp vid badsjöarna",
     ("Säkerhet vid vatten",
      "Röda skåp med isdubbar, kastlina och en stege ställs upp vid de sjöar där flest åker skridskor",
      "Nätverket för säker vinteris", "Höör, Eslöv, Svedala", "Oktober–november 2305",
      "Ej påbörjat, markägaren vid Kärrmosjöns norra strand har inte svarat; skåpen ska stå på plats senast den "
      "1 december 2305")),
    ("Nät över sandlådorna",
     ("Lek och utemiljö",
      "Nät eller lock läggs över sandlådorna på natten, så att katter inte använder dem som kattlåda",
      "Sandlådetäckningsnätsnickarna", "Burlöv, Lomma, Staffanstorp", "Juni–augusti 2305",
      "Genomfört vid 58 av 74 förskolor; de övriga har sandlådor som är för stora för ett nät")),
    ("Flytt av telefonkioskerna",
     ("Läsfrämjande",
      "De gamla kioskerna lyfts med kranbil från kommunernas förråd till torg, busstationer och bibliotek och "
      "ställs på en ny grund av betongplattor", "Telefonkioskförflyttningskranlaget",
      "Kävlinge, Lomma, Svedala, Höör", "Mars–juni 2305", "Klart, 16 kiosker flyttade")),
    ("Igelkottsvänliga trädgårdar",
     ("Biologisk mångfald",
      "Information till villaägare om att ta upp ett hål på 13 × 13 centimeter i staketet och att inte köra "
      "robotgräsklipparen på natten, när igelkottarna är ute", "Trädgårdsnattvilaupplysningsbyrån",
      "Vellinge, Kävlinge, Lomma", "Maj–september 2305", "Pågår, broschyren har delats ut till 18 500 hushåll")),
]

MINUTES_HEADER = ("Datum: 2305-10-14, kl. 09.30–12.00",
                  "Plats: Gamla tingshuset i Svedala (fiktivt möte)",
                  "Närvarande: Samverkansgruppen för stadsliv och närmiljö, med representanter för alla "
                  "medlemskommuner utom Höör",
                  "Ordförande: Henrik Alm (Lomma)",
                  "Antecknare: Sofia Berggren (Staffanstorp)")
MINUTES_ITEMS = [
    ("1.", "Ljudet vid sommarens utomhuskonserter",
     ["Utomhuskonsertljudnivåmätningspatrullen berättade att ljudet har mätts vid 41 konserter under sommaren. "
      "Vid sju av dem gick nivån över 100 dB(A) vid publiken, och vid den största festivalen, Strandrock i "
      "Trelleborg, uppmättes 108 dB(A). Kommunerna tog under sommaren emot 126 klagomål på buller från "
      "grannar till konsertplatserna.",
      "Samverkansgruppen beslutar att en arrangör som går över gränsen ska betala en avgift på 25 000 kronor "
      "för varje konsert där nivån har överskridits.",
      "Utomhuskonsertljudnivåmätningspatrullen får i uppdrag att dela ut hörselskydd gratis till publiken vid "
      "alla utomhuskonserter sommaren 2306."]),
    ("2.", "Pollenprognoserna",
     ["Pollenräkningsprognostikerkollegiet redovisade att 158 prognoser har publicerats sedan den 15 februari. "
      "Den högsta halten av björkpollen, 4 200 pollenkorn per kubikmeter luft, uppmättes i Lund den 23 april. "
      "Sms-tjänsten för pollenlarm är försenad eftersom leverantören gick i konkurs.",
      "Samverkansgruppen ger Lomma och Vellinge i uppdrag att upphandla en ny leverantör av sms-tjänsten före "
      "den 1 februari 2306."]),
    ("3.", "Gatuuren",
     ["Gatuursrenoveringsurmakarskrået redovisade att 5 av 12 ur är renoverade. Uret på rådhuset i Skurup "
      "visade fel tid i elva år innan det stannade helt. En renovering kostar i genomsnitt 68 000 kronor per ur. "
      "Urverken till de återstående uren har beställts och väntas komma i januari 2306.",
      "Samverkansgruppen beslutar att alla renoverade ur ska ställa sig själva efter en radiosignal, så att de "
      "alltid visar rätt tid och går över till sommartid utan att någon behöver klättra upp."]),
    ("4.", "Isen på sjöarna",
     ["Sjöisborrningsmätningsvakten redovisade att isen mättes 96 gånger vid 11 sjöar från december 2304 "
      "till mars 2305. Isen var som tjockast 14 centimeter, och skyltarna visade att isen bar under sammanlagt 19 "
      "dagar. Två personer gick genom isen vid Kärrmosjön men kunde ta sig upp själva.",
      "Samverkansgruppen beslutar att isen ska anses bära först när den är minst 10 centimeter tjock vid alla "
      "mätpunkter.",
      "Nätverket för säker vinteris ansvarar för att isräddningsskåpen står på plats senast den 1 december "
      "2305."]),
    ("5.", "Sanden i sandlådorna",
     ["Sandlådesandutbytesbrigaden redovisade att sanden har bytts i 214 sandlådor, sammanlagt 1 380 ton. "
      "Ny tvättad sand kostar 420 kronor per ton levererad. Den gamla sanden har siktats och används i vinter "
      "för sandning av gång- och cykelvägar.",
      "Samverkansgruppen beslutar att sanden i de kommunala sandlådorna ska bytas vart tredje år."]),
    ("6.", "Igelkottarna",
     ["Igelkottsnattinventeringsgillet redovisade att inventeringen är försenad eftersom bläckdynorna till "
      "spårtunnlarna levererades först i augusti. Hittills har 230 frivilliga anmält sig, och nattkamerorna har "
      "fångat 612 bilder av igelkottar. Trädgårdsnattvilaupplysningsbyråns broschyr har delats ut till 18 500 "
      "hushåll.",
      "Samverkansgruppen beslutar att inventeringen förlängs till och med oktober 2306.",
      "Samverkansgruppen ger Trädgårdsnattvilaupplysningsbyrån i uppdrag att fråga försäljarna av "
      "robotgräsklippare om klipparna kan levereras inställda så att de inte kör mellan kl. 20 och kl. 7."]),
    ("7.", "Bokbytarskåpen och nästa möte",
     ["Telefonkioskbokbytesförvaltarna redovisade att 9 av 16 kiosker har öppnat som bokbytarskåp. Böckerna "
      "byts snabbast i kiosken vid busstationen i Kävlinge, där hela hyllan är ny varje vecka. I två kiosker "
      "har böckerna blivit fuktiga, och taken ska tätas.",
      "Samverkansgruppen beslutar att en kiosk som har stått tom på böcker i mer än en månad ska fyllas på med "
      "gallrade böcker från biblioteken.",
      "Nästa möte hålls den 9 december 2305 i Burlöv."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Utgångsläge

Varje sommar hålls ett sextiotal konserter och festivaler utomhus i regionens parker och på torgen, och grannarna klagar allt oftare på ljudet. Var fjärde vuxen i regionen är allergisk mot pollen, men det finns ingen prognos för hur mycket pollen det är i luften just här. Många av de gamla uren på torg och rådhus har stannat eller visar fel tid. Varje vinter går människor genom isen på sjöar och dammar där ingen har mätt isen. Sanden i sandlådorna har på många håll inte bytts på tio år. De gamla telefonkioskerna har stått oanvända sedan det fasta telefonnätet monterades ned, och antalet igelkottar i villaträdgårdarna tros ha halverats på tjugo år.

## Vad vi vill åstadkomma

Kommunerna vill att det ska gå att njuta av musik utomhus utan att publiken skadar hörseln och utan att grannarna störs i onödan. Den som är allergisk ska kunna planera sin dag efter en pålitlig pollenprognos. Torgens ur ska gå rätt, isen ska bara beträdas när den bär, barnen ska kunna leka i ren sand, läsarna ska kunna byta böcker nära hemmet och igelkottarna ska få fri väg mellan trädgårdarna.

## Mål till 2308

Ingen utomhuskonsert i regionen ska gå över 100 dB(A) vid publiken. Pollenprognoser ska publiceras varje dag från februari till september för minst fyra orter. Alla tolv gatuur som ingår i renoveringen ska gå rätt. Det ska finnas isräddningsskåp vid minst 25 sjöar och dammar. Sanden i alla kommunala sandlådor ska ha bytts minst en gång. Det ska finnas minst 40 bokbytarskåp i regionen, och antalet igelkottar som registreras i inventeringen ska öka med 20 procent jämfört med 2305.

## Roller och ansvar

Samverkansgruppen för stadsliv och närmiljö leder arbetet och rapporterar till kommundirektörsgruppen två gånger per år. Luftvägsallergikontaktsamrådet håller kontakten med allergimottagningarna och astmaföreningarna och ser till att prognoserna når ut till skolorna och förskolorna. Pollenräkningsprognostikerkollegiet läser av fällorna varje morgon, och Igelkottsnattinventeringsgillet samordnar de frivilliga tillsammans med de viltrehabiliterare som tar hand om skadade igelkottar.

## Budget

Den gemensamma budgeten är 11,4 miljoner kronor för perioden 2305–2308, varav 3,2 miljoner kronor går till renoveringen av gatuuren. Kommunerna betalar 4,60 kronor per invånare och år. Bokbytarskåpen får dessutom 150 000 kronor per år från en stiftelse för läsfrämjande.

## Uppföljning och utvärdering

Verksamhetsplanen gäller från den 1 januari 2305 till den 31 december 2308. Samverkansgruppen lämnar en lägesrapport varje år i november, och planen utvärderas våren 2307.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen anger för varje åtagande vilket fokusområde det hör till, vem som äger det, "
             "tidplanen, vilka kommuner som deltar och läget den 1 oktober 2305.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för stadsliv och närmiljö under 2305. För "
              "varje aktivitet anges insatsområde, en kort beskrivning, vem som driver den, vilka kommuner den "
              "omfattar, tidsram och hur det går enligt lägesrapporten den 15 augusti 2305.",
              PLAN_DOCX_LABELS, PLAN_DOCX),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS),
        prose=(PROSE_FILE, PROSE),
        plan_docx=labelled_docx)


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den trettioförsta, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
