"""The bodies of the collaboration as the business plan describes them, and group-name normalisation.

The role sentences are quoted from "Verksamhetsplan 2019–2023" (section "Organisation" and
"Årliga aktivitetsplaner"/"Uppföljning och utvärdering"), so an answer built on them can cite the plan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SOURCE_TITLE = "Verksamhetsplan 2019–2023"


@dataclass(frozen=True)
class Body:
    """One body of MalmöLundregionen's organisation."""

    key: str  # lowercase canonical key, e.g. "kommundirektörsgruppen"
    name: str  # display form, e.g. "Kommundirektörsgruppen"
    role: str  # the plan's own sentences about the body
    section: str  # where in the business plan the role is described
    aliases: tuple[str, ...] = ()
    # What the body does, phrased as questions put it ("bereder styrelsens ärenden"); each is
    # backed by a sentence of the plan. Used to answer "vem bereder …?" without retrieval.
    duties: tuple[str, ...] = ()


BODIES: tuple[Body, ...] = (
    Body(
        key="styrelsen",
        name="Styrelsen",
        role=(
            "MalmöLundregionen leds av en styrelse med representanter för varje medlemskommun. "
            "Respektive kommun representeras av kommunstyrelsens ordförande och oppositionsföreträdare. "
            "Beslut fattas i konsensus. Alla medlemskommuner har lika stort inflytande."
        ),
        section="Organisation > Styrelse",
        aliases=(
            "styrelse", "styrelsen", "mlr-styrelsen", "styrelsen för malmölundregionen",
            "malmölundregionens styrelse", "styrelsemötet", "styrelsemöte",
        ),
        duties=(
            "leder MalmöLundregionen",
            "leder samarbetet",
            "fattar beslut i konsensus",
            "styr samarbetet",
            "ordförandeskapet roterar mellan Malmö stad och Lunds kommun",
            "lämnar uppdrag till kommundirektörsgruppen",
            "representerar medlemskommunerna",
            "politisk ledning",
        ),
    ),
    Body(
        key="kommundirektörsgruppen",
        name="Kommundirektörsgruppen",
        role=(
            "Kommundirektörsgruppen ansvarar för beredning och samordning av de uppdrag som lämnas av "
            "styrelsen. Gruppen utgör även styrgrupp för särskilt prioriterade projekt. "
            "MalmöLundregionens arbetsgrupper får uppdrag av och rapporterar till kommundirektörsgruppen. "
            "Kommundirektörsgruppen beslutar om aktivitetsplanerna."
        ),
        section="Organisation > Kommundirektörsgrupp",
        aliases=(
            "kommundirektörsgruppen", "kommundirektörsgrupp", "kdg", "kommundirektörerna",
            "kommundirektörer", "kommundirektörsmötet", "malmölundregionens kommundirektörsgrupp",
        ),
        duties=(
            "bereder styrelsens ärenden",
            "beredning av ärenden till styrelsen",
            "beredningsgrupp för styrelsen",
            "samordnar uppdragen från styrelsen",
            "beredning och samordning av uppdrag",
            "beslutar om aktivitetsplanerna",
            "godkänner aktivitetsplanen",
            "styrgrupp för prioriterade projekt",
            "ger uppdrag till arbetsgrupperna",
            "arbetsgrupperna rapporterar till",
            "följer upp aktivitetsplanerna",
        ),
    ),
    Body(
        key="sekretariatet",
        name="Sekretariatet",
        role=(
            "Sekretariatsledaren utgör sekretariat till styrelsearbetet och beredningen samt koordinerar "
            "i övrigt arbetet. Funktionen arbetar integrerat med den ordinarie verksamheten i kommunerna."
        ),
        section="Organisation > Sekretariat/verksamhetsledare",
        aliases=(
            "sekretariatet", "sekretariat", "sekretariatsledaren", "sekretariatsledare",
            "verksamhetsledaren", "verksamhetsledare", "sekretariat/verksamhetsledare",
            "malmölundregionens sekretariat", "mlr:s sekretariat", "mlr-sekretariatet",
        ),
        duties=(
            "sekretariat till styrelsen",
            "koordinerar arbetet",
            "samordnar det dagliga arbetet",
            "för protokoll vid styrelsemötena",
            "kontakt med MalmöLundregionen",
            "verksamhetsledare",
        ),
    ),
    Body(
        key="arbetsgrupperna",
        name="Arbetsgrupperna",
        role=(
            "Arbetsgrupper bildas kring prioriterade områden eller arbetsuppgifter. "
            "MalmöLundregionens arbetsgrupper får uppdrag av och rapporterar till kommundirektörsgruppen."
        ),
        section="Organisation > Arbetsgrupper",
        aliases=("arbetsgrupperna", "arbetsgrupper", "malmölundregionens arbetsgrupper"),
        duties=(
            "genomför insatserna i aktivitetsplanerna",
            "arbetar med de prioriterade områdena",
            "bildas kring prioriterade områden eller arbetsuppgifter",
            "praktisk samverkan genom arbetsgrupper",
        ),
    ),
)

# Nouns that name a group; the indefinite singular gets the definite ending shown.
_DEFINITE = (
    ("grupp", "en"),
    ("nätverk", "et"),
    ("råd", "et"),
    ("styrelse", "n"),
    ("sekretariat", "et"),
    ("kansli", "et"),
    ("forum", "et"),
    ("kommitté", "n"),
    ("grupper", "na"),
)
_GROUP_WORD_RE = re.compile(
    r"(?:grupp|gruppen|grupper|grupperna|nätverk|nätverket|rådet|råd|styrelse|styrelsen|sekretariat|"
    r"sekretariatet|kansli|kansliet|forum|forumet|kommitté|kommittén)$"
)
_GENITIVE_RE = re.compile(r"(?:gruppens|gruppernas|nätverkets|rådets|styrelsens|sekretariatets|kansliets)$",
                          re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    {"och", "för", "i", "inom", "kring", "om", "av", "med", "på", "samt", "till", "vid", "de", "den", "det"}
)
_PREPOSITIONS = frozenset({"för", "inom", "kring", "om", "i", "med", "på"})

MUNICIPALITIES = (
    "Burlöv", "Eslöv", "Höör", "Kävlinge", "Lomma", "Lund", "Malmö",
    "Skurup", "Staffanstorp", "Svedala", "Trelleborg", "Vellinge",
)
# The other municipalities of Skåne: a plan may name neighbours that take part in an activity.
NEIGHBOUR_MUNICIPALITIES = (
    "Bjuv", "Bromölla", "Båstad", "Helsingborg", "Hässleholm", "Höganäs", "Hörby", "Klippan", "Kristianstad",
    "Landskrona", "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Svalöv", "Tomelilla", "Ystad", "Åstorp",
    "Ängelholm", "Örkelljunga", "Östra Göinge",
)
KNOWN_MUNICIPALITIES = MUNICIPALITIES + NEIGHBOUR_MUNICIPALITIES
# as lower-case words of a text ("Östra Göinge" by its last word)
MUNICIPALITY_WORDS = frozenset(m.split()[-1].lower() for m in KNOWN_MUNICIPALITIES)
# Proper nouns whose capital letter must survive case normalisation.
_PROPER = {m.lower(): m for m in KNOWN_MUNICIPALITIES if " " not in m}
_PROPER |= {m.lower() + "s": m + "s" for m in KNOWN_MUNICIPALITIES if " " not in m}
_PROPER |= {
    "malmölundregionen": "MalmöLundregionen", "malmölundregionens": "MalmöLundregionens",
    "skåne": "Skåne", "skånes": "Skånes", "region": "Region", "öresund": "Öresund",
    "trafikverket": "Trafikverket", "skånetrafiken": "Skånetrafiken", "mlr": "MLR", "mlr:s": "MLR:s",
    "hr": "HR", "it": "IT", "eu": "EU", "kdg": "KDG",
}


def _normalise(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s)
    return s.strip(" \t\n.,;:")


def _alias_key(name: str) -> str:
    s = _normalise(name).lower()
    s = re.sub(r"\s*\([^)]*\)", "", s)  # "Kommundirektörsgruppen (KDG)"
    return s.strip()


_ALIASES = {alias: body for body in BODIES for alias in (body.key, *body.aliases)}


def find_body(name: str) -> Body | None:
    """The body a name refers to ("KDG", "styrelse", "Sekretariatet"), or None."""
    return _ALIASES.get(_alias_key(name))


def _definite(word: str) -> str:
    lw = word.lower()
    for suffix, ending in _DEFINITE:
        if lw.endswith(suffix):
            return word + ending
    return word


def _lower_keep_acronym(word: str) -> str:
    m = re.match(r"^([A-ZÅÄÖ]{1,3})-(.+)$", word)
    return f"{m.group(1)}-{m.group(2).lower()}" if m else word.lower()


def _canonical_one(name: str) -> str:
    s = _normalise(name)
    if not s:
        return ""
    body = find_body(s)
    if body:
        return body.name
    letters = [c for c in s if c.isalpha()]
    all_caps = len(letters) > 3 and all(c.isupper() for c in letters)
    words = s.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        bare = word.lower().strip("()\"'”")
        is_group_word = bool(_GROUP_WORD_RE.search(bare))
        if all_caps or is_group_word or bare in _FUNCTION_WORDS:
            word = _lower_keep_acronym(word)
        if bare in _PROPER and word.islower():
            word = word.replace(bare, _PROPER[bare])
        elif "-" in word and word.split("-", 1)[0].lower() in _PROPER:
            head, tail = word.split("-", 1)  # "hr-chefsgruppen" → "HR-chefsgruppen"
            word = f"{_PROPER[head.lower()]}-{tail}"
        is_head = i == len(words) - 1 or words[i + 1].lower() in _PREPOSITIONS
        if is_head and _GENITIVE_RE.search(word):
            word = word[:-1]  # "Näringslivschefsgruppens" → "Näringslivschefsgruppen"
            bare = bare[:-1]
            is_group_word = True
        if is_head and is_group_word and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word):
            word = _definite(word)
        out.append(word)
    result = " ".join(out)
    return result[:1].upper() + result[1:]


_LIST_SEPARATOR_RE = re.compile(r"\s*[,;/&+\n]\s*")
_AND_RE = re.compile(r"((?<!-)\s+(?:och|samt)\s+)", re.IGNORECASE)
# Prepositions after which a group's name goes on ("Nätverket för återbrukad gatsten").
NAME_PREPOSITIONS = ("för", "om", "kring", "mot", "inom")
# A name that goes on after a preposition ("Nätverket för sälar …"): a lowercase word after "och" is still
# part of it, while "Sekretariatet och planchefsgruppen" are two groups.
_NAME_GOES_ON_RE = re.compile(rf"\s(?:{'|'.join(NAME_PREPOSITIONS)})\s+[^\W\d_]+$", re.IGNORECASE)


def split_groups(text: str) -> list[str]:
    """The separate groups of a responsibility field ("Sekretariatet och Planchefsgruppen")."""
    s = _normalise(text)
    if not s:
        return []
    if find_body(s):
        return [s]  # "Sekretariat/verksamhetsledare" is one body
    parts: list[str] = []
    for piece in _LIST_SEPARATOR_RE.split(s):
        pieces = _AND_RE.split(piece)  # parts with the conjunctions between them
        joined = [pieces[0]]
        for conjunction, part in zip(pieces[1::2], pieces[2::2]):
            if _NAME_GOES_ON_RE.search(joined[-1]) and part[:1].islower():
                joined[-1] += conjunction + part  # "Nätverket för sälar och badgäster" is one name
            else:
                joined.append(part)
        parts += [p.strip(" .,;:") for p in joined]
    return [p for p in parts if p]


def canonical_group(name: str) -> str:
    """Normalise a group name: whitespace, case, definite form, known aliases.

    "näringslivschefsgrupp" and "NÄRINGSLIVSCHEFSGRUPPEN" → "Näringslivschefsgruppen";
    "KDG" → "Kommundirektörsgruppen". Several groups keep the document's joining: "Lomma och Kävlinge",
    "Kommundirektörsgruppen, Sekretariatet".
    """
    parts = split_groups(name)
    seen: list[str] = []
    for part in parts:
        c = _canonical_one(part)
        if c and c not in seen:
            seen.append(c)
    if len(seen) > 1 and len(seen) == len(parts) and re.search(
            rf"\s(?:och|samt)\s+{re.escape(parts[-1])}\W*$", _normalise(name), re.IGNORECASE):
        return f"{', '.join(seen[:-1])} och {seen[-1]}"  # "Lomma och Kävlinge" as written, not a list of names
    return ", ".join(seen)


def group_key(name: str) -> str:
    """Comparison key for a group name (case-folded canonical form)."""
    return canonical_group(name).casefold()


def known_group_words() -> set[str]:
    """Lowercased words of the bodies' names and aliases (extra vocabulary for cell repair)."""
    words: set[str] = set()
    for body in BODIES:
        for alias in (body.key, *body.aliases):
            words.update(w for w in re.findall(r"[^\W\d_]+", alias) if len(w) > 3)
    return words


# Definite nouns that end the name of a group of people ("Kulturchefsgruppen", "Krisberedskapssamordnarna").
GROUP_HEADS = ("gruppen", "grupperna", "nätverket", "nätverken", "rådet", "styrelsen", "sekretariatet",
               "kansliet", "forumet", "kommittén", "teamet", "delegationen", "kollegiet", "beredningen", "kretsen",
               "utskottet", "arbetslaget", "cirkeln", "konsortiet", "enheten", "kontoret", "ledningen", "kåren",
               "granskarna", "värdarna", "administrationen", "kommissionen", "organisationen", "verkstaden",
               "ambassadörerna", "informatörerna", "mentorerna",
               "samordnarna", "koordinatorerna", "strategerna", "cheferna", "planerarna", "ombuden",
               "handläggarna", "rådgivarna", "utvecklarna", "inspektörerna", "specialisterna", "experterna",
               "förvaltarna", "sällskapet", "gillet", "byrån", "akademin", "centralen", "alliansen", "kollektivet",
               "patrullen", "ateljén", "ombudsmännen", "ombudsmannen", "plattformen", "staben", "konventet",
               "institutet", "förbundet", "samfundet", "redaktionen", "sektionen", "handledarna")
# … and the indefinite forms: a table cell line ending inside such a name is a broken word.
GROUP_NOUNS = (*GROUP_HEADS, "grupp", "nätverk")


def broken_group_words(blocks) -> set[str]:
    """Group names that a narrow table column broke inside the word, joined and lowercased.

    "Digitaliseringsgr\\nuppen" gives "digitaliseringsgruppen". A word is only broken without a hyphen
    when it is longer than the column, so the first part fills its line alone; adjectives before a
    group name ("Regionala\\nplaneringsgruppen") are short and stay separate. The result is extra
    vocabulary for ingest.clean.join_cell_lines, which does the joining.
    """
    found: set[str] = set()
    for block in blocks:
        for cell in getattr(block, "cells", None) or ():
            lines = [ln.split() for ln in cell.split("\n") if ln.strip()]
            for upper, lower in zip(lines, lines[1:]):
                if len(upper) != 1:
                    continue
                left, right = upper[0], lower[0].rstrip(".,;:)")
                if len(left) < 10 or not left[-1].isalpha() or not right[:1].islower() or not right.isalpha():
                    continue
                if left.lower() in _FUNCTION_WORDS:
                    continue
                joined = (left + right).lower()
                if joined.endswith(GROUP_NOUNS):
                    found.add(joined)
    return found
