"""What a plan's value is by its content: a period, a status or a list of municipalities.

Plans label their columns and lines in ever new words ("Varaktighet", "Avrapporterat", "Medverkar"); the
values themselves are written in a small language of months, terms, state words and municipality names,
so a value under a label on no list can still be read.
"""

from __future__ import annotations

import re

from ingest.doctype import MONTHS
from ingest.structure.bodies import MUNICIPALITY_WORDS

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Words a period is written with besides months and years ("Från 1 apr", "Läsåret 2301/02", "En helg i
# månaden, mars–november").
_PERIOD_WORDS = frozenset("""
    vt ht vår våren höst hösten sommar sommaren vinter vintern läsår läsåret termin terminen höstterminen
    vårterminen kvartal kv q1 q2 q3 q4 vecka veckan veckor v månad månaden månader år året åren hela halva
    från fr o m t till med och samt eller under i per varje en ett två början slutet mitten av senast
    löpande kontinuerligt tills vidare start slut tidigt sent dag dagar helg helger
    första andra tredje fjärde halvår halvåret tertial tertialet
""".split())
# A period names at least one of these.
_PERIOD_ANCHOR_RE = re.compile(
    rf"^(?:\d{{4}}|(?:{'|'.join(MONTHS)})|vt|ht|vår(?:en)?|höst(?:en)?|sommar(?:en)?|vinter(?:n)?|"
    r"läsåret|läsår|(?:höst|vår)?terminen|kvartal|q[1-4]|halvår(?:et)?|tertial(?:et)?|löpande|"
    r"kontinuerligt|vidare)$"
)

# The first word of a status ("Klar, 215 brev omskrivna", "Försenad, …", "Skjuten till våren").
_STATUS_WORDS = frozenset("""
    pågår pågående påbörjad påbörjat påbörjade startad startat startade igång klar klart klara färdig färdigt
    avslutad avslutat avslutade genomförd genomfört genomförda slutförd slutfört levererad levererat
    försenad försenat försenade försenas fördröjd fördröjt inställd inställt inställda avbruten avbrutet
    avbrutna stoppad stoppat pausad pausat pausade vilande skjuten skjutet uppskjuten uppskjutet framflyttad
    framflyttat planerad planerat planerade planeras ej inte väntar avvaktar delvis beslutad beslutat
    uppnått uppnådd
""".split())

_MUNICIPALITY_FORMS = MUNICIPALITY_WORDS | frozenset(f"{m}s" for m in MUNICIPALITY_WORDS)  # "Lunds kommun"
_LIST_WORDS = frozenset("""
    och samt alla samtliga kommuner kommunerna kommun medlemskommuner medlemskommunerna utom förutom ej inte
    tolv de östra
""".split())


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text or "")]


def looks_like_period(text: str) -> bool:
    """ "Aug 2301–jun 2302", "Från 1 apr 2301", "Läsåret 2301/02", "En helg i månaden, mars–november"."""
    words = _words(text)
    if not words or len(words) > 10:
        return False
    anchored = [w for w in words if _PERIOD_ANCHOR_RE.match(w)]
    known = [w for w in words if w in _PERIOD_WORDS or w.isdigit() or _PERIOD_ANCHOR_RE.match(w)]
    return bool(anchored) and len(known) >= 0.8 * len(words)


def looks_like_status(text: str) -> bool:
    """A value opening with a word of state: "Klar, 2 300 bokningar", "Inställd, föreläsaren blev sjuk"."""
    words = _words(text)
    return bool(words) and words[0] in _STATUS_WORDS


def is_municipality_list(text: str) -> bool:
    """A list of municipalities and nothing else: "Lund, Höör", "Samtliga kommuner utom Malmö"."""
    words = _words(text)
    named = [w for w in words if w in _MUNICIPALITY_FORMS]
    rest = [w for w in words if w not in _MUNICIPALITY_FORMS and w not in _LIST_WORDS]
    all_of_them = any(w in ("alla", "samtliga") for w in words) and any(w.startswith("kommun") or
                                                                       w.startswith("medlemskommun") for w in words)
    return (bool(named) or all_of_them) and not rest


def looks_like_body(text: str) -> bool:
    """One long capitalised compound that is no municipality: "Kvarnrestaureringsgillet", a group's name
    whatever its ending."""
    word = re.sub(r"\s+", " ", text or "").strip(" .;,")
    return len(word) >= 12 and word[:1].isupper() and word.replace("-", "").isalpha() and " " not in word \
        and word.lower() not in MUNICIPALITY_WORDS


def field_by_value(text: str) -> str | None:
    """The field a value under an unknown label belongs to, when its content says so unmistakably."""
    if is_municipality_list(text):
        return "municipalities"
    if looks_like_period(text):
        return "period"
    if looks_like_status(text):
        return "status"
    return None
