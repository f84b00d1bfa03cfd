"""Swedish text analysis for the lexical index: normalisation, stop words, stemming, compounds."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterable

import Stemmer

# Snowball's Swedish stop word list, plus a few question words that carry no topic.
STOP_WORDS = frozenset(
    """
    och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du hos
    henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp
    vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv
    detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan
    vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt
    våra ert era vilkas medan väl
    finns ska måste får få behöver vill gäller gör göra gjort står
    """.split()
)

# Words: letters/digits, keeping inner hyphens ("e-tjänst") and inner dots/colons of numbers ("1.2").
_WORD_RE = re.compile(r"\w+(?:[-‐‑–]\w+)*", re.UNICODE)

_stemmer_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    # PyStemmer objects are not thread-safe; one per thread.
    s = getattr(_stemmer_local, "stemmer", None)
    if s is None:
        s = _stemmer_local.stemmer = Stemmer.Stemmer("swedish")
    return s


_VOWELS = frozenset("aeiouyåäöé")
_SHORT_VOWEL_NOUNS = frozenset("kö sjö snö ö å tå bro by sko fru klo ko".split())
# Words whose own form ends in "-et"; every other "-et" after a consonant is the neuter definite article.
_BASE_FORMS_IN_ET = tuple("""
    budget paket staket raket tapet magnet planet alfabet internet dekret sekret konkret diskret kvartet
    komet ticket
""".split())


# Forms of short nouns that Snowball leaves whole, since the noun is shorter than its R1 region.
_SHORT_NOUN_FORMS = {"året": "år", "åren": "år", "årets": "år", "årens": "år"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if word in _SHORT_NOUN_FORMS:
        return _SHORT_NOUN_FORMS[word]  # "de tre åren", "varje år"
    # Snowball drops the neuter definite "-et" only inside its R1 region and then stops, so "ansvaret",
    # "fritidskortet" and "samhället" missed "ansvar", "Fritidskort" and "samhälle": the article goes
    # first and the rest is stemmed like the bare word ("-itet" and "-het" are suffixes of their own).
    bare = word[:-1] if word.endswith("ets") else word
    if len(bare) >= 5 and bare.endswith("et") and bare[-3] not in _VOWELS and not bare.endswith(("itet", "het")) \
            and not bare.endswith(_BASE_FORMS_IN_ET):
        if bare.endswith(("andet", "endet")):
            return _stemmer().stemWord(bare[:-1])  # "yttrandet" is "yttrande" + "t"
        root = bare[:-3] if bare.endswith("mmet") else bare[:-2]  # "programmet", "rummet"
        return _undoubled(_stemmer().stemWord(root))
    if word.endswith("ern") and len(word) >= 6:
        # Snowball strips "-ern" as an ending, but in "cistern", "kasern", "modern" it is the word's own:
        # stemmed as its plural ("cisterner"), the word keeps the stem of its inflections ("cisternerna")
        return _undoubled(_stemmer().stemWord(word + "er"))
    return _undoubled(_stemmer().stemWord(word))


def _undoubled(stemmed: str) -> str:
    # A final m or n doubles before an ending ("rum" → "rummen", "vän" → "vänner") where Snowball, which
    # undoubles only inside its R1 region, leaves "rumm" and "vänn" apart from the bare word.
    if len(stemmed) >= 4 and stemmed[-1] == stemmed[-2] and stemmed[-1] in "mn":
        return stemmed[:-1]
    # A root of one short syllable ending in a vowel ("by", "sjö", "bro") is shorter than Snowball's R1
    # region, so "byarna" kept "byarn" and "byar" stayed whole, apart from "by".
    for ending in ("arn", "orn", "ern", "ar"):
        root = stemmed[: -len(ending)]
        if stemmed.endswith(ending) and 1 <= len(root) <= 3 and root[-1] in _VOWELS:
            return root
    # … and the known ones of them add only "-n" or "-er": "kön", "köer", "sjön", "ån" ("lön", "son" and
    # "syn" are words of their own, so the list is explicit)
    for ending in ("n", "er"):
        if stemmed.endswith(ending) and stemmed[: -len(ending)] in _SHORT_VOWEL_NOUNS:
            return stemmed[: -len(ending)]
    # Plurals that change their vowel ("natt" → "nätter", "barnbok" → "barnböcker") keep the singular's stem.
    for plural, singular in _UMLAUT_PLURALS:
        if stemmed.endswith(plural):
            return stemmed[: -len(plural)] + singular
    return stemmed


# Stems of plurals with a changed vowel whose stem is no other word's ("städer" is left: "städa" cleans).
_UMLAUT_PLURALS = (("nätt", "natt"), ("länd", "land"), ("stränd", "strand"), ("böck", "bok"),
                   ("ledamöt", "ledamot"), ("bostäd", "bostad"))


def normalize(text: str) -> str:
    """NFKC, lower case, soft hyphens removed."""
    return unicodedata.normalize("NFKC", text).replace("\u00ad", "").lower()


def words(text: str) -> list[str]:
    """Normalised word forms; a hyphenated word gives its parts and the joined form."""
    out: list[str] = []
    for m in _WORD_RE.finditer(normalize(text)):
        w = m.group(0)
        if "-" in w or "‐" in w or "‑" in w or "–" in w:
            parts = [p for p in re.split(r"[-‐‑–]", w) if p]
            out.extend(parts)
            if not all(p.isdigit() for p in parts):  # "2028–2031" is a span of years, not one number
                out.append("".join(parts))
        else:
            out.append(w)
    return out


# "de gamla fyrarna": the lighthouses are the topic, "gamla" only narrows it
NARROWING_ADJECTIVES = frozenset("""ny nya nytt stor stora stort små lilla gamla hela andra första nästa egen egna
    eget yngre yngsta minsta största hög höga högt låg låga lågt gammal gammalt""".split())


def content_words(text: str) -> list[str]:
    """Words without stop words and lone characters (digits are kept: years, numbers)."""
    return [w for w in words(text) if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())]


class Decompounder:
    """Splits Swedish compounds into parts that occur as words in the corpus.

    "kompetensförsörjningen" -> ["kompetens", "försörjningen"] when both parts are corpus words,
    so that it meets "försörjning av kompetens". The linking -s- (arbetsmarknad) and a dropped
    final -e/-a of the modifier (skolgård, kvinnoläkare) are allowed.
    """

    MIN_PART = 4
    MIN_WORD = 8

    def __init__(self, vocabulary: Counter[str] | dict[str, int]) -> None:
        self.freq = dict(vocabulary)
        self.stems = {}
        for w, n in self.freq.items():
            s = stem(w)
            self.stems[s] = self.stems.get(s, 0) + n
        self._cache: dict[str, tuple[str, ...]] = {}

    def _modifier_freq(self, m: str) -> int:
        # the first form found decides (this runs for every split point of every word: keep it cheap)
        freq, stems = self.freq, self.stems
        f = freq.get(m) or stems.get(m)
        if f:
            return f
        if m[-1] == "s" and len(m) > self.MIN_PART:  # linking -s-: arbets|marknad
            f = freq.get(m[:-1]) or stems.get(m[:-1])
            if f:
                return f
        # kvinno- -> kvinna, skol- -> skola, flick- -> flicka
        return freq.get(m + "a") or freq.get(m + "e") or 0

    # inflectional endings of a compound's head ("marknaden" -> "marknad")
    _ENDINGS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "en", "et", "na", "ar", "er",
                "or", "s", "n", "t")

    def _head_freq(self, h: str) -> int:
        f = self.freq.get(h, 0) or self.stems.get(stem(h), 0)
        if f:
            return f
        for end in self._ENDINGS:
            if h.endswith(end) and len(h) - len(end) >= self.MIN_PART:
                f = self.freq.get(h[: -len(end)], 0)
                if f:
                    return f
        return 0

    def split(self, word: str, depth: int = 0) -> tuple[str, ...]:
        """The parts of a compound (empty when it is not one)."""
        if len(word) < self.MIN_WORD or not word.isalpha():
            return ()
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        best: tuple[float, tuple[str, ...]] = (0.0, ())
        n = len(word)
        for i in range(self.MIN_PART, n - self.MIN_PART + 1):
            m, h = word[:i], word[i:]
            fm = self._modifier_freq(m)
            if not fm:
                continue
            fh = self._head_freq(h)
            if fh:
                score = (fm * fh) ** 0.5
                if score > best[0]:
                    best = (score, (m, h))
            elif depth < 2 and len(h) >= self.MIN_WORD:
                rest = self.split(h, depth + 1)
                if rest:
                    score = fm ** 0.5
                    if score > best[0]:
                        best = (score, (m, *rest))
        self._cache[word] = best[1]
        return best[1]


# Strong and irregular verbs, whose forms the stemmer leaves apart ("fick" / "får", "gav" / "ger"): one
# paradigm a line, the infinitive first. A particle before a form keeps it ("utsåg" → "utse").
_IRREGULAR_VERBS = """
få får fick fått
ge ger gav gett givit
ta tar tog tagit
gå går gick gått
göra gör gjorde gjort
se ser såg sett
säga säger sa sade sagt
bli blir blev blivit
ha har hade haft
komma kommer kom kommit
stå står stod stått
finnas finns fanns funnits
välja väljer valde valt
lägga lägger lade lagt
ligga ligger låg legat
hålla håller höll hållit
dra drar drog dragit
slå slår slog slagit slogs slås
skriva skriver skrev skrivit
vinna vinner vann vunnit
sätta sätter satte sattes satts
sälja säljer sålde sålt
bära bär bar burit
låta låter lät låtit
besluta beslutar beslöt beslutat
dö dör dog dött
sitta sitter satt suttit
sjunga sjunger sjöng sjungit
sjunka sjunker sjönk sjunkit
stiga stiger stigit
driva driver drev drivit
skjuta skjuter sköt skjutit
skära skär skar skurit
bryta bryter bröt brutit
bjuda bjuder bjöd bjudit
dricka dricker drack druckit
falla faller föll fallit
försvinna försvinner försvann försvunnit
hinna hinner hann hunnit
springa springer sprang sprungit
stjäla stjäl stal stulit
frysa fryser frös frusit
växa växer växte vuxit
gälla gäller gällde gällt
veta vet visste vetat
sova sover sov sovit
rinna rinner rann runnit
gripa griper grep gripit
flyga flyger flög flugit
"""
IRREGULAR_VERB_FORMS = {form: line.split()[0] for line in _IRREGULAR_VERBS.strip().splitlines() for form in line.split()}
_PARTICLES = ("ut", "an", "av", "del", "före", "in", "bi", "till", "upp", "om", "över", "fram", "på", "genom",
              "ned", "ner", "åter", "efter", "sam", "under", "mot")


# Nouns of the minutes that name what a verb does: "förslaget" is what "föreslog" made.
_ACTION_NOUNS = {"förslag": "föreslå", "avslag": "avslå", "uppdrag": "uppdra", "ansökan": "ansöka",
                 "ansökn": "ansöka", "beslut": "besluta"}


def verb_lemmas(word: str) -> set[str]:
    """The infinitives a form may stand for: "avsätter" is "avsätta" and, split as questions write it
    ("satte … av"), "sätta"; "förslaget" stands for "föreslå"."""
    for noun, verb in _ACTION_NOUNS.items():
        if word.startswith(noun) and len(word) <= len(noun) + 4:
            return {verb}
    if word in IRREGULAR_VERB_FORMS:
        return {IRREGULAR_VERB_FORMS[word]}
    for particle in _PARTICLES:
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) >= 2 and rest in IRREGULAR_VERB_FORMS:
            return {particle + IRREGULAR_VERB_FORMS[rest], IRREGULAR_VERB_FORMS[rest]}
    return set()


_PARTICIPLE_ENDINGS = ("ades", "ade", "ad", "at", "tta", "dda", "tt", "dd", "ta", "da", "t", "d")
_PARTICIPLE_PARTICLES = ("ut", "upp", "in", "av", "bort", "fram", "ner", "ned", "till", "igen", "på", "om")


# Verbs whose particle never stands apart: "utbilda" is no "bilda ut", "utvärdera" no "värdera ut".
_INSEPARABLE = ("utbild", "utveckl", "utvärder", "utför", "utnyttj", "uppfyll", "upplev", "uppskatt", "omfatt",
                "avgör", "tillverk", "tillämp", "invänd", "inför")


def particle_verb(word: str) -> str | None:
    """The verb's stem in a participle that opens with its particle, as the text may write it apart:
    "utbytta" ~ "byta ut", "avstängda" ~ "stänga av", "inlämnade" ~ "lämna in"."""
    if word.startswith(_INSEPARABLE):
        return None
    for particle in _PARTICIPLE_PARTICLES:
        if not word.startswith(particle):
            continue
        rest = word[len(particle):]
        for ending in _PARTICIPLE_ENDINGS:
            root = rest[: -len(ending)]
            if rest.endswith(ending) and len(root) >= 3 and any(c in _VOWELS for c in root):
                return stem(root + "a")
    return None


_NOMINAL_ENDINGS = ("ningarna", "ningar", "ningen", "ning", "ingarna", "ingar", "ingen", "ing")


def particle_stems(word: str) -> frozenset[str]:
    """Verb stems inside a noun or participle that opens with its particle, as a question may write the verb
    apart: "upplockning" ~ "plocka upp" (three p:s are written two), "insamlingen" ~ "samla in",
    "utbytta" ~ "byta ut"."""
    if word.startswith(_INSEPARABLE):
        return frozenset()
    found = {verb} if (verb := particle_verb(word)) is not None else set()
    for particle in _PARTICIPLE_PARTICLES:
        if not word.startswith(particle) or len(word) - len(particle) < 5:
            continue
        rests = [word[len(particle):]]
        if len(particle) >= 2 and particle[-1] == particle[-2] and particle[-1] not in _VOWELS:
            rests.append(particle[-1] + rests[0])  # "upp" + "lockning": the verb is "plocka"
        for rest in rests:
            for ending in _NOMINAL_ENDINGS:
                if rest.endswith(ending) and len(rest) - len(ending) >= 3:
                    found.add(stem(rest[: -len(ending)] + "a"))
                    break
    return frozenset(found)


def stem_part(part: str) -> str:
    """Stem of a compound part; a linking -s is dropped first."""
    if len(part) > 4 and part.endswith("s") and not part.endswith("ss"):
        part = part[:-1]
    stemmed = stem(part)
    if stemmed == part and len(part) > 4 and part.endswith("an"):
        return stem(part[:-1])  # a definite head the stemmer keeps: "(sotnings)taxan" is "taxa"
    return stemmed


def terms(text: str, decompounder: Decompounder | None = None) -> list[str]:
    """Index terms of a text: stems of content words, plus stems of compound parts."""
    out: list[str] = []
    for w in content_words(text):
        out.append(stem(w))
        if decompounder is not None:
            for p in decompounder.split(w):
                out.append(stem_part(p))
    return out


def char_ngrams(text: str, lo: int = 3, hi: int = 5) -> list[str]:
    """Character n-grams within padded content words ("<ord>"), as in char_wb TF-IDF."""
    out: list[str] = []
    for w in content_words(text):
        padded = f"<{w}>"
        L = len(padded)
        for n in range(lo, hi + 1):
            if L < n:
                if n == lo:
                    out.append(padded)
                break
            out.extend(padded[i:i + n] for i in range(L - n + 1))
    return out


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    for t in texts:
        c.update(w for w in content_words(t) if w.isalpha())
    return c
