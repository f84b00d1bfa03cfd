"""Regenerate the fictional documents of the seventy-second held-out set in benchmarks/data/heldout72/docs/.

    .venv/bin/python scripts/make_heldout72.py [--out benchmarks/data/heldout72/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout72 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (charcoal stacks of beech wood burned by volunteer charcoal burners in the
municipal woods, with the charcoal sold in paper sacks for barbecues, and a night at the charcoal stack for
pupils in year 6, an ice-harvesting day on a mill pond where visitors saw ice blocks with old ice saws and
pack them in sawdust in a restored ice house that is shown to visitors in summer, an old ropewalk in a harbour
restored with rope-making demonstrations on Saturdays, and workshops at the after-school centres where children
make their own skipping ropes on a hand-cranked rope machine, flax sown, pulled, retted and scutched by pupils
in year 5 on school fields, and spinning evenings at the libraries with spinning wheels to borrow, an old
letterpress printing workshop where pupils set lead type and print posters on a hand press, and weekend
bookbinding courses, courses where dog owners train their dogs to find truffles in the municipal beech woods
with a truffle-hunting permit for municipal land, and oak saplings inoculated with truffle fungus planted on a
municipal field, knitted covers ("yarn bombing") put on tree trunks, bike racks and railings on the squares by
knitting circles at the meeting places for older people, and knitting cafés where pensioners teach young people
to knit and darn) are not covered by the other sets, and the group names are deliberately not on any list of
known bodies.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import labelled_docx, run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout72" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2347.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2347 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-levande-kulturarv-slojd-2347.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för levande kulturarv och slöjd 2347 (fiktiv)"
MINUTES_FILE = "exempel-protokoll-arbetsutskottet-levande-kulturarv-slojd-2347-10-28.docx"
MINUTES_TITLE = "EXEMPEL – Protokoll Arbetsutskottet för levande kulturarv och slöjd 2347-10-28 (fiktivt)"
PROSE_FILE = "exempel-verksamhetsplan-levande-kulturarv-slojd-2347.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för levande kulturarv och slöjd 2347 (fiktiv)"

# Activity plan 2347 (PDF): the theme ("Tema"), a description ("Beskrivning"), the leading group ("Leds av") in a
# column barely wider than that short heading, so the long group names break inside the word over several
# lines, when it is carried out ("Genomförs"), the municipalities ("Medverkande kommuner") and the state of
# things on 20 October ("Läge 20 oktober").
PLAN_PDF_COLUMNS = ("Tema", "Beskrivning", "Leds av", "Genomförs", "Medverkande kommuner", "Läge 20 oktober")
PLAN_PDF_WIDTHS = (28, 54, 15, 25, 28, 30)  # mm, 180 in all; 15 mm keeps "Leds av" whole
PLAN_PDF = [
    ("Kolning i skogen",
     "Frivilliga kolare reser en kolmila av bokved i kommunskogen vid Bokeberga, vakar över milan dygnet runt i "
     "tio dygn och säljer träkolet i papperssäckar till grillsäsongen",
     "Kolmilebränningsnätverket", "Juni–juli 2347", "Höör, Hörby, Sjöbo", "Klart, 2 milor gav 1 850 säckar träkol"),
    ("Isskörd",
     "En isupptagningsdag på Kvarndammen där besökarna sågar loss isblock med gamla issågar och drar upp dem med "
     "ishakar, och blocken packas i sågspån i ishuset", "Isupptagningsdagsgruppen",
     "Februari 2347", "Eslöv, Höör, Lund", "Klart, 410 isblock sågades den 13 februari"),
    ("Repslagning",
     "Den 280 meter långa repslagarbanan vid Gamla hamnen i Trelleborg rustas upp, och varje lördag visar "
     "repslagare hur hampa tvinnas till förtöjningsrep med en repslagarvagn", "Repslagarbanerestaureringsgruppen",
     "Mars–oktober 2347", "Trelleborg, Vellinge, Skurup", "Pågår, taket är omlagt och 18 visningar hållna"),
    ("Lin från frö till tråd",
     "Elever i årskurs 5 sår lin på skolåkrarna i maj, drar upp plantorna för hand i augusti och rötar, bråkar, "
     "skäktar och häcklar stjälkarna tills linet går att spinna", "Linodlingsskolsamverkansgruppen",
     "Maj–oktober 2347", "Kävlinge, Lomma, Staffanstorp, Burlöv", "Pågår, 23 klasser har sått och 17 har bråkat"),
    ("Tryck och typografi",
     "Det gamla boktryckeriet i Tryckerigården i Lund tar emot skolklasser i årskurs 7–9 som sätter text med "
     "blytyper och trycker egna affischer på en handpress från 1912", "Boktryckarverkstadssamordningsgruppen",
     "Januari–juni 2347", "Malmö, Lund, Burlöv", "Klart, 44 klasser med 1 020 elever"),
    ("Tryffel i bokskogen",
     "Kurser där hundägare lär sina hundar att spåra bourgognetryffel i kommunernas bokskogar och ekhagar; den som "
     "har gått kursen får tillstånd att söka tryffel på kommunal mark resten av säsongen",
     "Tryffelhundskursledarnätverket", "Sept.–dec. 2347", "Svedala, Skurup, Sjöbo",
     "Pågår, 64 ekipage har gått kursen"),
    ("Stickad gatukonst",
     "Stickcirklar på mötesplatserna för äldre stickar färgglada överdrag till trädstammar, cykelställ och räcken "
     "på torgen, som sitter uppe från maj till oktober",
     "Stickgraffitiutsmyckningsgruppen", "Maj–oktober 2347", "Malmö, Trelleborg, Eslöv, Kävlinge",
     "Nedtagning pågår, 312 överdrag satt uppe på 9 torg"),
]

# Activity plan (Word), one block per activity: its name in bold, then how it works ("Så går det till"), who
# coordinates it ("Samordnare"), the municipalities ("Kommuner"), the time ("Tidsperiod") and the follow-up of
# 10 October ("Uppföljning 10 oktober"). One group has a name of several words.
PLAN_DOCX_LABELS = ("Så går det till", "Samordnare", "Kommuner", "Tidsperiod", "Uppföljning 10 oktober")
PLAN_DOCX_ACTIVITIES = [
    ("Kolarnatt vid milan",
     ("Elever i årskurs 6 sover en natt i vindskydd intill den brinnande kolmilan, turas om att vakta milan "
      "tillsammans med kolarna och får höra gamla kolarsägner vid lägerelden", "Kolarnattsövernattningsgruppen",
      "Höör, Hörby, Sjöbo", "Juni 2347", "Klart, 14 klasser har övernattat vid milan")),
    ("Ishuset vid Kvarndammen",
     ("Det restaurerade ishuset från 1880-talet visas för besökare varje söndag under sommaren. En temperaturlogger "
      "i isstacken visar hur länge isen håller, och isen används till att kyla saften på bygdefesten",
      "Ishusbevarandearbetsgruppen", "Eslöv, Höör, Lund", "Maj–augusti 2347",
      "Klart, isen räckte till den 21 augusti")),
    ("Slå ditt eget hopprep",
     ("Verkstäder på fritidshemmen där barn i årskurs 2–4 slår sina egna hopprep av bomullsgarn med en handvevad "
      "repslagarmaskin och sedan lär sig gamla hopprepsramsor", "Hopprepsverkstadsnätverket",
      "Trelleborg, Vellinge, Skurup", "Mars–juni 2347", "Klart, 1 340 hopprep tillverkade")),
    ("Spinnstugor på biblioteken",
     ("Kvällar på biblioteken där vuxna lär sig spinna lin och ull på spinnrock och slända. Spinnrockarna har "
      "köpts in gemensamt och kan lånas hem i tre veckor", "Spinnstugekvällsledargruppen",
      "Kävlinge, Lomma, Staffanstorp, Burlöv", "Januari–april 2347",
      "Klart, 26 kvällar hållna och 12 spinnrockar i utlåning")),
    ("Bokbinderi för nybörjare",
     ("Helgkurser där deltagarna binder in en egen anteckningsbok i klotband med handsydd rygg och lär sig laga "
      "slitna biblioteksböcker", "Bokbinderikursplaneringsgruppen", "Malmö, Lund, Burlöv", "September–november 2347",
      "Pågår, 5 av 9 kurser hållna")),
    ("Tryffelekar på Stenbrohagen",
     ("Ekplantor vars rötter har ympats med tryffelsvamp planteras på en kommunal åker vid Stenbrohagen i Svedala; "
      "den första tryffeln väntas om sex till åtta år", "Arbetsgruppen för tryffelekplanteringen vid Stenbrohagen",
      "Svedala, Skurup, Sjöbo", "April 2347", "Klart, 600 ekplantor planterade")),
    ("Stickcafé mellan generationerna",
     ("Stickcaféer på fritidsgårdarna där pensionärer lär ungdomar att sticka, virka och stoppa strumpor, med garn "
      "som invånarna har skänkt", "Stickcafésamordnarkollegiet", "Malmö, Trelleborg, Eslöv, Kävlinge",
      "Januari–december 2347", "Pågår, 37 ungdomar och 21 pensionärer deltar")),
]

MINUTES_HEADER = ("Sammanträdesdag: 2347-10-28, kl. 13.00–16.30",
                  "Lokal: Kolarstugan vid Bokeberga, Höör (fiktivt sammanträde)",
                  "Deltagare: Arbetsutskottet för levande kulturarv och slöjd, med ledamöter från nio av de "
                  "fjorton medlemskommunerna",
                  "Ordförande: Anders Wihlborg (Höör)",
                  "Sekreterare: Lina Bengtsson (Kävlinge)")
MINUTES_ITEMS = [
    ("§ 1", "Kolmilorna i kommunskogen",
     ["Kolmilebränningsnätverket redovisade att två milor har bränts under sommaren och gett sammanlagt 1 850 "
      "säckar träkol. Natten till den 9 juli slog elden igenom täckningen på den andra milan, och "
      "räddningstjänsten kallades dit för säkerhets skull. Ingen skadades och milan kunde täckas om.",
      "Arbetsutskottet beslutar att milorna inte får tändas när det råder eldningsförbud och att minst två kolare "
      "alltid ska vaka vid milan. Träkolet ska säljas för 90 kronor per säck.",
      "Arbetsutskottet ger Kolarnattsövernattningsgruppen i uppdrag att ta fram en packlista och ett brev till "
      "vårdnadshavarna inför nästa kolarnatt senast den 15 december 2347."]),
    ("§ 2", "Isskörden och ishuset",
     ["Isupptagningsdagsgruppen redovisade att 410 isblock sågades upp ur Kvarndammen den 13 februari, när isen var "
      "32 centimeter tjock. En besökare halkade ned i en vak men drogs upp med en ishake och fick torra kläder i "
      "ishuset. Ishusbevarandearbetsgruppen meddelade att isen i ishuset räckte till den 21 augusti.",
      "Arbetsutskottet beslutar att vakarna ska spärras av med rep och att endast vuxna får hantera issågarna.",
      "Ishusbevarandearbetsgruppen får i uppdrag att byta ut det fuktiga sågspånet i ishuset före nästa isskörd."]),
    ("§ 3", "Repslagarbanan och hopprepsverkstäderna",
     ["Repslagarbanerestaureringsgruppen redovisade att taket över hela banan är omlagt och att 18 visningar har "
      "hållits. Hopprepsverkstadsnätverket redovisade att barnen på fritidshemmen har tillverkat 1 340 hopprep.",
      "Arbetsutskottet beslutar att repslagarbanan ska hållas öppen för allmänheten lördagar kl. 11–15 och att "
      "barn under 16 år ska ha fritt inträde.",
      "Arbetsutskottet ger Hopprepsverkstadsnätverket i uppdrag att ordna en hopprepsdag på repslagarbanan under "
      "sportlovet."]),
    ("§ 4", "Linet på skolåkrarna",
     ["Linodlingsskolsamverkansgruppen redovisade att 23 klasser har sått lin och att 17 av dem har bråkat sitt "
      "lin. Vattenrötningen i Lindalsbäcken luktade så illa att grannarna till skolåkern i Lomma klagade.",
      "Arbetsutskottet beslutar att linet framöver ska daggrötas på fältet i stället för att rötas i bäcken.",
      "Spinnstugekvällsledargruppen får i uppdrag att spinna en del av skolornas lin till tråd som klasserna får "
      "tillbaka och kan väva med."]),
    ("§ 5", "Boktryckeriet och bokbinderikurserna",
     ["Boktryckarverkstadssamordningsgruppen redovisade att 44 klasser med sammanlagt 1 020 elever har tryckt "
      "affischer i Tryckerigården. Flera lådor med blytyper saknar bokstäverna Å, Ä och Ö. "
      "Bokbinderikursplaneringsgruppen redovisade att fem av nio kurser har hållits.",
      "Arbetsutskottet beslutar att eleverna ska bära handskar när de sätter text med blytyper och tvätta händerna "
      "efter varje pass. Avgiften för en bokbinderikurs ska vara 250 kronor.",
      "Boktryckarverkstadssamordningsgruppen får i uppdrag att undersöka om de saknade typerna kan gjutas på nytt "
      "eller köpas från ett nedlagt tryckeri."]),
    ("§ 6", "Tryffelsöket och tryffelekarna",
     ["Tryffelhundskursledarnätverket redovisade att 64 ekipage har gått kursen och att deltagarna hittills har "
      "hittat sammanlagt 11 kilo tryffel. Den största tryffeln, som vägde 340 gram, hittades av en lagotto "
      "romagnolo i ekhagen vid Skurups gamla prästgård. Arbetsgruppen för tryffelekplanteringen vid Stenbrohagen "
      "meddelade att rådjur har betat på flera av de nyplanterade ekarna.",
      "Arbetsutskottet beslutar att tillståndet att söka tryffel på kommunal mark ska kosta 200 kronor per säsong, "
      "att inga tryffel får sökas i naturreservaten och att alla grävda hål ska fyllas igen.",
      "Arbetsgruppen för tryffelekplanteringen vid Stenbrohagen får i uppdrag att sätta upp ett viltstängsel runt "
      "planteringen före vintern."]),
    ("§ 7", "Stickgraffitin och stickcaféerna",
     ["Stickgraffitiutsmyckningsgruppen redovisade att 312 överdrag har suttit uppe på nio torg. Parkförvaltningen "
      "har påpekat att överdrag som sitter för hårt kan skada barken på unga träd.",
      "Arbetsutskottet beslutar att överdragen inte får sättas på träd som är yngre än tio år och att de ska fästas "
      "med knappar, aldrig med häftklamrar.",
      "Stickcafésamordnarkollegiet får i uppdrag att ställa ut insamlingslådor för garn på biblioteken."]),
    ("§ 8", "Övriga frågor och nästa sammanträde",
     ["Lomma föreslog en gemensam slöjdmässa för alla medlemskommuner. Ärendet bordläggs till nästa sammanträde.",
      "Nästa sammanträde hålls den 2 december 2347 i Eslöv."]),
]
MINUTES_ADJUSTER = "Maria Håkansson (Lomma)"

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Verksamhetsplanen är fiktiv, och alla mål, belopp, platser och namn i den är påhittade.

## Utgångspunkter

Många av de hantverk som en gång fanns i varje socken lever i dag bara kvar hos ett fåtal utövare. Kolmilorna i skogen, isskörden på dammarna, repslagarbanorna i hamnarna och linet på åkrarna har försvunnit ur vardagen, och de sista som kan hantverken är ofta till åren. Samtidigt visar biblioteken, skolorna och fritidsgårdarna ett växande intresse för att göra saker med händerna. Samarbetet ska se till att kunskaperna förs vidare innan de går förlorade.

## Inriktning

Verksamheten ska vara praktisk. Invånarna ska få pröva själva, inte bara titta på, och varje aktivitet ska så långt det går ledas av erfarna utövare tillsammans med yngre som lär sig hantverket. Aktiviteterna ska vara gratis eller kosta lite, och de ska finnas i flera kommuner så att ingen behöver resa långt.

## Mål för 2347

Under 2347 ska minst 30 klasser i årskurs 5 odla och bereda eget lin, och minst 50 skolklasser ska trycka i Tryckerigården. Kolmilorna ska ge minst 2 000 säckar träkol, och repslagarbanan i Trelleborg ska vara helt upprustad före årets slut. Stickcaféerna ska samla minst 40 ungdomar.

## Roller och parter

Arbetsutskottet för levande kulturarv och slöjd leder samarbetet och rapporterar till kommundirektörerna i juni och december. Kolmilesäkerhetsrådet granskar brandskyddet vid varje mila innan den tänds och har rätt att skjuta upp tändningen vid torka eller hård vind. Kolmilebränningsnätverket arbetar tillsammans med Kolarlaget på Bokebergaåsen, vars medlemmar har kolat i tre generationer, och Repslagarbanerestaureringsgruppen får hjälp av Föreningen Repbanans vänner i Trelleborg. Tryffelhundskursledarnätverket anlitar instruktörer från Sydskånska tryffelhundklubben.

## Budget

Den sammanlagda budgeten för 2347 är 3,8 miljoner kronor, varav 620 000 kronor går till upprustningen av repslagarbanan. Varje medlemskommun bidrar med 1,10 kronor per invånare. Intäkterna från försäljningen av träkol ska gå tillbaka till kolningen och får inte användas till annat.

## Uppföljning och utvärdering

Planen gäller kalenderåret 2347. Arbetsutskottet lämnar en halvårsrapport i augusti, och hela verksamheten utvärderas vid arbetsutskottets sammanträde i december 2347.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje tema vad som görs, vilken grupp som leder arbetet, när det "
             "genomförs, vilka kommuner som medverkar och läget den 20 oktober 2347.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Planen beskriver sju gemensamma aktiviteter för levande kulturarv och slöjd under 2347. För varje "
              "aktivitet anges hur den går till, vem som samordnar den, vilka kommuner som är med, tidsperioden och "
              "läget vid uppföljningen den 10 oktober 2347.",
              PLAN_DOCX_LABELS, PLAN_DOCX_ACTIVITIES),
        minutes=(MINUTES_FILE, MINUTES_TITLE, MINUTES_HEADER, MINUTES_ITEMS, MINUTES_ADJUSTER),
        prose=(PROSE_FILE, PROSE),
        plan_docx=partial(labelled_docx, heading=False))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den sjuttioandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
