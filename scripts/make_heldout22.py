"""Regenerate the fictional documents of the twenty-second held-out set in benchmarks/data/heldout22/docs/.

    .venv/bin/python scripts/make_heldout22.py [--out benchmarks/data/heldout22/docs]

A blind set: its questions were written before the system was run on these documents, and the answer
rules are never tuned on it. benchmarks/answers.py --set heldout22 indexes the documents next to corpus/.
Every document says EXEMPEL and "fiktiv" in its title and first line; all names, figures and
decisions are invented. The topics (lawns in parks turned into flower meadows, neutering and care of
homeless cats, a mobile-free school day with phone lockers, free menstrual products in schools and youth
centres, service points with parcel lockers in the villages, a light festival in the dark weeks of the
winter, outdoor classrooms in school forests) are not covered by the other sets, and the group names are
deliberately not on any list of known bodies.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.heldout_docs import run, write_set  # noqa: E402
from scripts.make_examples import EXAMPLE_LINE  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / "data" / "heldout22" / "docs"

PLAN_PDF_FILE = "exempel-aktivitetsplan-2089.pdf"
PLAN_PDF_TITLE = "EXEMPEL – Aktivitetsplan 2089 (fiktiv)"
PLAN_DOCX_FILE = "exempel-aktivitetsplan-natur-skola-service-2089.docx"
PLAN_DOCX_TITLE = "EXEMPEL – Aktivitetsplan för natur, skola och service 2089 (fiktiv)"
NOTES_FILE = "exempel-minnesanteckningar-kontaktgruppen-natur-skola-service-2089-11-06.docx"
NOTES_TITLE = "EXEMPEL – Minnesanteckningar Kontaktgruppen för natur, skola och service 2089-11-06 (fiktiva)"
PROSE_FILE = "exempel-verksamhetsplan-natur-skola-service-2089-2092.md"
PROSE_TITLE = "EXEMPEL – Verksamhetsplan för natur, skola och service 2089–2092 (fiktiv)"

# Activity plan 2089 (PDF): the goal area ("Målområde") comes first, then the activity and the
# municipalities taking part ("Medverkande kommuner"); the narrow "Ansvarig aktör" column follows, so the
# long group names break inside the word, then the time frame ("Tidsram") and a follow-up note
# ("Uppföljning") in place of a status.
PLAN_PDF_COLUMNS = ("Målområde", "Aktivitet", "Medverkande kommuner", "Ansvarig aktör", "Tidsram",
                    "Uppföljning")
PLAN_PDF_WIDTHS = (26, 48, 31, 22, 25, 28)  # mm, 180 in all
PLAN_PDF = [
    ("Biologisk mångfald",
     "Gräsmattor i parker och längs vägkanter görs om till blomsterängar som bara slås en gång om året",
     "Lund, Kävlinge, Svedala, Skurup, Vellinge", "Blomsterängsanläggningsdirektoratet", "Apr 2089–sep 2090",
     "Sådd klar på 22 hektar"),
    ("Djurskydd",
     "Kastrering och vård av hemlösa katter tillsammans med de lokala djurskyddsföreningarna",
     "Malmö, Trelleborg, Eslöv, Höör", "Kattkastreringsinsatsledningen", "Hela 2089",
     "Fler fosterhem behövs"),
    ("Skola",
     "Mobilfri skoldag där eleverna lämnar sina mobiler i låsbara skåp när skoldagen börjar",
     "Staffanstorp, Burlöv, Lomma", "Mobilfriskoldagskvartetten", "Läsåret 2089/90", "Skåpen monteras"),
    ("Hälsa",
     "Gratis mensskydd på skoltoaletter och fritidsgårdar för elever från årskurs 4", "Samtliga kommuner",
     "Mensskyddsdistributionshubben", "Från 1 feb 2089", "Automater på plats i nio kommuner"),
    ("Landsbygd",
     "Servicepunkter i byarna med paketskåp, återlämning av biblioteksböcker och utlämning av receptfria "
     "läkemedel", "Höör, Eslöv, Skurup, Svedala", "Byservicepunktsutbyggnadsbolaget", "2089–2090",
     "Bygglov beviljat för fem punkter"),
    ("Kultur",
     "Ljusfestival med ljuskonst i parker och på torg under de mörkaste veckorna i november och december",
     "Trelleborg, Malmö, Lund, Kävlinge", "Vinterljusfestivalproduktionsensemblen", "20 nov–13 dec 2089",
     "Konstnärer utvalda"),
    ("Lärmiljöer",
     "Uteklassrum med bänkar, tak och eldstad i skolskogar nära grundskolorna",
     "Vellinge, Lomma, Burlöv, Staffanstorp, Höör", "Uteklassrumspedagogiklaboratoriet", "Mar–nov 2089",
     "Tre uteklassrum färdiga"),
]

# Activity plan (Word): one heading per goal area, then "Label: value" list lines per activity; the state
# comes right after the activity, then the group that carries it out ("Utförare"), the time ("När") and the
# municipalities concerned ("Berörda kommuner") last.
PLAN_DOCX = [
    ("Biologisk mångfald", [
        [("Aktivitet", "Slåtter med lie på ängarna tillsammans med frivilliga från naturskyddsföreningarna"),
         ("Status", "Genomförd"), ("Utförare", "Lieslåttertraditionsskrået"), ("När", "Augusti 2089"),
         ("Berörda kommuner", "Lund, Skurup")],
        [("Aktivitet", "Insamling av frön från ängsblommor som växer vilt i regionen, till de nya ängarna"),
         ("Status", "Frön från 34 arter insamlade"), ("Utförare", "Ängsfröinsamlingsbanken"),
         ("När", "Jul–sep 2089"), ("Berörda kommuner", "Svedala, Kävlinge, Vellinge")],
    ]),
    ("Djurskydd", [
        [("Aktivitet", "Veterinärdagar där kattägare kan få sina katter id-märkta med chip och registrerade "
                       "utan kostnad"),
         ("Status", "Fullbokad"), ("Utförare", "Kattchipmärkningsmottagningen"), ("När", "Maj 2089"),
         ("Berörda kommuner", "Eslöv, Höör")],
    ]),
    ("Skola", [
        [("Aktivitet", "Föräldramöten om barns skärmtid och sömn inför den mobilfria skoldagen"),
         ("Status", "Planeras"), ("Utförare", "Skärmtidsföräldramötesmoderatorerna"),
         ("När", "September 2089"),
         ("Berörda kommuner", "Staffanstorp, Burlöv, Lomma")],
    ]),
    ("Hälsa", [
        [("Aktivitet", "Lektionsmaterial om mens och kroppens förändringar för årskurs 5"),
         ("Status", "Skickat på remiss till skolsköterskorna"),
         ("Utförare", "Menskunskapslektionsförfattarna"),
         ("När", "Vt 2089"), ("Berörda kommuner", "Samtliga kommuner")],
    ]),
    ("Landsbygd", [
        [("Aktivitet", "Utbildning av byombud som sköter servicepunkterna och hjälper äldre att hämta sina "
                       "paket"),
         ("Status", "Skjuten till 2090"), ("Utförare", "Landsbygdsombudsutbildningsfaddrarna"),
         ("När", "Ht 2089"),
         ("Berörda kommuner", "Skurup, Svedala")],
    ]),
    ("Kultur", [
        [("Aktivitet", "Lyktvandringar för barnfamiljer med lyktor som barnen har gjort själva på "
                       "biblioteken"),
         ("Status", "Anmälan öppnar 1 oktober"), ("Utförare", "Lyktvandringsvägvisarna"),
         ("När", "Första advent 2089"), ("Berörda kommuner", "Trelleborg, Kävlinge")],
    ]),
    ("Lärmiljöer", [
        [("Aktivitet", "Avtal med privata markägare om att skolorna får använda deras skog som skolskog"),
         ("Status", "Sju avtal tecknade"), ("Utförare", "Skolskogsarrendeförhandlarna"),
         ("När", "Jan–jun 2089"),
         ("Berörda kommuner", "Höör, Vellinge")],
    ]),
]

NOTES_HEADER = ("Datum: 2089-11-06, kl. 13.15–16.00",
                "Plats: Bygdegården i Löberöd (fiktivt möte)",
                "Närvarande: Kontaktgruppen för natur, skola och service, med företrädare för tio av de tolv "
                "medlemskommunerna",
                "Antecknare: Maja Sundqvist (Höör)")
NOTES_ITEMS = [
    ("§ 1", "Mötets öppnande",
     ["Mötesordföranden Kerstin Abrahamsson (Staffanstorp) hälsade alla välkomna och öppnade mötet."]),
    ("§ 2", "Föregående minnesanteckningar",
     ["Minnesanteckningarna från mötet den 4 september 2089 godkändes och lades till handlingarna."]),
    ("§ 3", "Blomsterängarna",
     ["Blomsterängsanläggningsdirektoratet berättade att ängar har såtts på 22 hektar och att kostnaden för "
      "gräsklippning därmed har minskat med 340 000 kronor per år. Flera invånare har klagat på att ängarna "
      "ser ovårdade ut.",
      "Kontaktgruppen beslutar att skyltar som förklarar varför gräset inte klipps ska sättas upp vid alla "
      "ängar före den 1 maj 2090."]),
    ("§ 4", "Hemlösa katter",
     ["Kattkastreringsinsatsledningen redovisade att 730 katter har fångats in, kastrerats och vaccinerats "
      "under 2089 och att 190 av dem har fått nya hem. Djurskyddsföreningarna behöver fler fosterhem.",
      "Kontaktgruppen ger Kattkastreringsinsatsledningen i uppdrag att ta fram en gemensam kampanj för att "
      "hitta fler fosterhem, klar senast den 15 januari 2090."]),
    ("§ 5", "Mobilfri skoldag",
     ["Mobilfriskoldagskvartetten berättade att 3 600 mobilskåp har monterats på 21 skolor. I en enkät "
      "svarade de flesta lärare att det har blivit lugnare på rasterna.",
      "Kontaktgruppen beslutar att mobilerna ska vara inlåsta även under rasterna, men att elever som "
      "behöver sin mobil av medicinska skäl får ha den hos sig."]),
    ("§ 6", "Mensskydd i skolorna",
     ["Mensskyddsdistributionshubben redovisade att automaterna i de nio kommunerna har delat ut 148 000 "
      "förpackningar sedan februari. Kostnaden hittills är 1,1 miljoner kronor.",
      "Kontaktgruppen beslutar"],
     ["att automater också ska sättas upp på kommunernas bibliotek,",
      "att Mensskyddsdistributionshubben ansvarar för att automaterna fylls på minst två gånger i veckan."]),
    ("§ 7", "Servicepunkter i byarna",
     ["Byservicepunktsutbyggnadsbolaget berättade att bygglov har beviljats för fem servicepunkter och att "
      "den första öppnar i Rydsgård den 2 december 2089. Varje servicepunkt kostar omkring 420 000 kronor "
      "att bygga.",
      "Kontaktgruppen beslutar att servicepunkterna ska hålla öppet alla dagar mellan kl. 6 och 23."]),
    ("§ 8", "Ljusfestivalen",
     ["Vinterljusfestivalproduktionsensemblen berättade att 16 ljusverk av 11 konstnärer visas under "
      "festivalen och att verken drivs med el från solceller och batterier.",
      "Kontaktgruppen beslutar att ljusverken ska vara tända mellan kl. 16 och 22 varje kväll."]),
    ("§ 9", "Uteklassrummen",
     ["Uteklassrumspedagogiklaboratoriet redovisade att tre uteklassrum är färdiga och att lärarna i Burlöv "
      "har haft 240 lektioner utomhus under hösten.",
      "Kontaktgruppen ger Uteklassrumspedagogiklaboratoriet i uppdrag att ta fram en lärarhandledning med "
      "förslag på lektioner utomhus i matematik och biologi."]),
    ("§ 10", "Övriga frågor",
     ["Lomma informerade om att kommunen vill vara med i ljusfestivalen 2090. Frågan tas upp på nästa "
      "möte."]),
    ("§ 11", "Nästa möte", ["Nästa möte hålls den 12 februari 2090 i Burlöv."]),
]

PROSE = f"""# {PROSE_TITLE}

{EXAMPLE_LINE} Alla mål, siffror och namn nedan är påhittade.

## Bakgrund

Gräsmattorna i regionens parker klipps upp till tjugo gånger per säsong och ger nästan ingen föda åt bin och fjärilar. Djurskyddsföreningarna uppskattar att det finns omkring 6 000 hemlösa katter i regionen. Många lärare berättar att mobilerna stör undervisningen, och i en enkät 2088 svarade var fjärde flicka i högstadiet att hon någon gång har stannat hemma från skolan för att hon saknade mensskydd. I byarna har butiker, postombud och bankkontor stängt, och den som inte har bil får åka långt för att hämta ett paket. Under november och december är det mörkt redan vid fyra på eftermiddagen, och många barn har aldrig haft en lektion utomhus.

## Inriktning

Kommunerna vill ge mer plats åt växter och djur i tätorterna, göra skoldagen lugnare och tryggare och se till att de som bor i byarna har nära till service. Mörka vinterkvällar ska bli en anledning att gå ut, och skolans undervisning ska oftare flytta ut i naturen.

## Mål till 2092

Minst 150 hektar gräsmatta ska ha blivit äng. Antalet hemlösa katter ska ha halverats. Alla grundskolor ska ha en mobilfri skoldag, och det ska finnas en servicepunkt i alla byar med fler än 300 invånare. Varje grundskola ska ha ett uteklassrum inom 15 minuters promenad.

## Organisation

Kontaktgruppen för natur, skola och service leder arbetet och rapporterar till kommundirektörsgruppen tre gånger per år. Byutvecklingskontaktpunkten håller i kontakterna med byalagen och bygdegårdsföreningarna, och Kattkastreringsinsatsledningen samarbetar med djurskyddsföreningarna och veterinärerna.

## Ekonomi

Den gemensamma budgeten är 11,2 miljoner kronor för perioden 2089–2092, varav 4,5 miljoner kronor går till servicepunkterna i byarna. Kommunerna betalar 5,20 kronor per invånare och år. Ljusfestivalen får dessutom 800 000 kronor i sponsring från det lokala näringslivet.

## Uppföljning

Verksamhetsplanen gäller från den 1 januari 2089 till den 31 december 2092. Kontaktgruppen lämnar en lägesrapport varje år i oktober, och planen utvärderas hösten 2091.
"""


def make_all(out_dir: Path = OUT_DIR) -> list[Path]:
    return write_set(
        out_dir,
        pdf=(PLAN_PDF_FILE, PLAN_PDF_TITLE,
             "Aktivitetsplanen visar för varje gemensam aktivitet vilket målområde den hör till, vad den går "
             "ut på, vilka kommuner som medverkar, vilken aktör som är ansvarig, tidsramen och hur arbetet "
             "låg till vid uppföljningen i juni 2089.",
             PLAN_PDF_COLUMNS, PLAN_PDF_WIDTHS, PLAN_PDF),
        docx=(PLAN_DOCX_FILE, PLAN_DOCX_TITLE,
              "Aktivitetsplanen beskriver de gemensamma aktiviteterna för natur, skola och service under "
              "2089, ordnade efter målområde.",
              PLAN_DOCX),
        minutes=(NOTES_FILE, NOTES_TITLE, NOTES_HEADER, NOTES_ITEMS, None),
        prose=(PROSE_FILE, PROSE))


def main() -> None:
    run(make_all, "Skapar de fiktiva dokumenten för den tjugoandra, blinda mätningen.", OUT_DIR)


if __name__ == "__main__":
    main()
