"""Query handling: abbreviations and synonyms, small typos, English questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.retrieve import analysis as A
from bot.retrieve.answer_type import asks_yes_no

DEFAULT_SYNONYMS = Path(__file__).resolve().parents[2] / "prompts" / "synonyms.txt"

# Words that mark a question as English (Swedish text rarely has them).
ENGLISH_MARKERS = frozenset(
    "the what which who whom how why when where is are was were does do did of and to in for with about "
    "this that these those a an be been has have there their it its on by from or our your we you "
    # frequent in questions, never Swedish words
    "many much every between can could would should will any some into than also only very other such".split()
)
# "… like": not "lika"; pronouns say nothing of a topic ("raccoon dogs they have spotted")
ENGLISH_STOP = ENGLISH_MARKERS | frozenset("can could would should will shall any some all into at really get gets got "
                                            "like before during until since around they them he she him his her us "
                                            "each moment currently now must "  # "each other", "at the moment"; "must" is no juice
                                            "out"  # "out on the islands"; phrases ("hand out") are read before
                                            .split())

# The frame of an English question ("What does the plan say about …") names no topic.
ENGLISH_FRAME_WORDS = frozenset("say says said tell tells mean means plan plans document documents write writes "
                                "written describe describes mention mentions take takes place happen happens "
                                "held".split())
FRAME_WEIGHT = 0.3
# Times that say when, not what: "… i dag?", "… i år?", a time asked for ("Vilket datum …?") or framing the
# question ("… inför vintern?"); the answer gives a date, which seldom repeats the word
_TIME_FRAME_RE = re.compile(
    r"\bi\s+(dag|år)\b|\b(idag)\b|\bvilke[nt]\s+(datum|klockslag|veckodag)\b|"
    r"\b(?:inför|före|till|fram\s+till)\s+(vintern|sommaren|hösten|våren|julen|påsken|midsommar)\b",
    re.IGNORECASE)
# Question words of a phrase that asks for a kind of answer, with that phrase
_QUESTION_PHRASES = (("många", r"\bhur\s+många\b"), ("long", r"\bhow\s+long\b"))
# Prepositions that are not stop words: they frame the place or time after them, which says what is asked
_FRAMING_PREPOSITIONS = frozenset("längs utmed runt genom bakom framför nära inför".split())
SYNONYM_WEIGHT = 0.8  # an expansion counts a little less than what the user wrote
TYPO_WEIGHT = 0.8


class SynonymList:
    """Groups of interchangeable terms, one group per line: `KDG = kommundirektörsgruppen`; a line
    `business plan -> verksamhetsplan` expands one way only. Lines starting with # are comments.
    Matching is on stemmed word sequences, so inflected forms ("KDG:s") match too.
    """

    def __init__(self, groups: list[list[str]] | None = None,
                 oneway: list[tuple[str, list[str]]] | None = None) -> None:
        # each variant as (surface words, stems); matching on stems lets "KDG:s" and
        # "kommundirektörsgruppens" find their group
        self.groups: list[list[tuple[tuple[str, ...], tuple[str, ...]]]] = []
        for group in groups or []:
            variants = []
            for v in group:
                ws = _variant_words(v)
                if ws and ws not in [x for x, _ in variants]:
                    variants.append((ws, tuple(A.stem(w) for w in ws)))
            if len(variants) > 1:
                self.groups.append(variants)
        self.oneway = []
        # an English line's own words: the Swedish stemmer alone would make "ladda" of "ladder", "care" of "cars"
        self._english_words: list[tuple[str, ...] | None] = []
        for entry in oneway or []:
            left, targets = entry[0], entry[1]
            ws = _variant_words(left)
            if ws:
                self.oneway.append((tuple(A.stem(w) for w in ws), [_variant_words(t) for t in targets]))
                self._english_words.append(ws if len(entry) > 2 and entry[2] else None)
        self._oneway_words = frozenset(st for stems, _ in self.oneway for st in stems)
        self._english_entry_words = frozenset(w for ws in self._english_words if ws for w in ws)

    @classmethod
    def from_file(cls, path: Path | None) -> "SynonymList":
        path = path or DEFAULT_SYNONYMS
        groups: list[list[str]] = []
        oneway: list[tuple[str, list[str], bool]] = []
        english = False  # under a heading that names English ("# Engelska: …"), the one-way lines are English
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return cls()
        in_comment = False
        for line in lines:
            line = line.strip()
            if line.startswith("#"):
                # a heading sets the section's language; the comment lines right after it go on explaining it
                names_english = "engelsk" in line.lower() or "english" in line.lower()
                english = names_english or (english and in_comment)
                in_comment = True
                continue
            in_comment = False
            if not line:
                continue
            if "->" in line:  # one way: the left side expands to the right side, not back
                left, right = line.split("->", 1)
                targets = [t.strip() for t in right.replace("=", ",").split(",") if t.strip()]
                # "bunker = bunkrar -> värn": each form on the left expands to the right
                for form in left.split("="):
                    if form.strip() and targets:
                        oneway.append((form.strip(), targets, english))
                continue
            sep = "=" if "=" in line else ("↔" if "↔" in line else ",")
            groups.append([part.strip() for part in line.split(sep) if part.strip()])
        return cls(groups, oneway)

    def translation(self, word: str) -> tuple[str, ...] | None:
        """The first one-way target of a single word, one word or a phrase ("wifi -> trådlöst nätverk")."""
        if word in ENGLISH_STOP:
            return None  # English grammar words stand for no entry: the Swedish stemmer makes "are" of "area"
        key = (self._entry_stem(word),)
        return next((targets[0] for i, (st, targets) in enumerate(self.oneway)
                     if st == key and targets and self._agrees(i, (word,))), None)

    def equivalents(self, word: str) -> tuple[str, ...]:
        """The other one-word variants of every two-way line that has the word ("fyrarna" → "fyrtorn")."""
        st = (A.stem(word),)
        return tuple(dict.fromkeys(ws[0] for variants in self.groups if any(s == st for _, s in variants)
                                   for ws, s in variants if len(ws) == 1 and s != st))

    def translate(self, word: str) -> str | None:
        """The translation of a single word when it is one word ("tourism -> turism")."""
        target = self.translation(word)
        return target[0] if target and len(target) == 1 else None

    def _entry_stem(self, word: str) -> str:
        """The word's stem, or for an English "-ing" form without an entry of its own the stem of its base
        form that has one ("restoring" → "restore", "putting" → "put"); so too for a plural or a past form
        of an English entry ("sensors" → "sensor", "measured" → "measure")."""
        st = A.stem(word)
        if st in self._oneway_words:
            return st
        if word.endswith("ing") and len(word) >= 6:
            base = word[:-3]
            undoubled = base[:-1] if len(base) > 2 and base[-1] == base[-2] else ""  # "putting" → "put"
            candidates = [c for c in (base, base + "e", undoubled) if c]
            # an English entry's own word first: the Swedish stem of "restor" is "rest", another line's
            for candidate in sorted(candidates, key=lambda c: c not in self._english_entry_words):
                if A.stem(candidate) in self._oneway_words:
                    return A.stem(candidate)
        for candidate in sorted(_english_forms(word) - {word}, key=len, reverse=True):
            if candidate in self._english_entry_words:
                return A.stem(candidate)
        return st

    def is_verb_form(self, word: str) -> bool:
        """An English "-ing" form read through its base form's entry ("recruiting" → "recruit")."""
        return word.endswith("ing") and A.stem(word) not in self._oneway_words and self._entry_stem(word) != A.stem(word)

    def _agrees(self, entry: int, said: tuple[str, ...]) -> bool:
        """The words said are the entry's own in some English form, if the entry is English."""
        own = self._english_words[entry]
        return own is None or (len(own) == len(said)
                               and all(_english_forms(a) & _english_forms(b) for a, b in zip(own, said)))

    def phrase_at(self, words: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest one-way phrase entry of two or more words starting at words[i] ("leaf blowers"):
        (its length, its first target)."""
        stems = [self._entry_stem(w) for w in words]  # "putting in" is "put in"
        best = None
        for n, (st, targets) in enumerate(self.oneway):
            if len(st) >= 2 and targets and tuple(stems[i:i + len(st)]) == st and (best is None or len(st) > best[0]) \
                    and self._agrees(n, tuple(words[i:i + len(st)])):
                best = (len(st), targets[0])
        return best

    def expansions(self, query_words: list[str]) -> list[tuple[str, ...]]:
        """Variants of every group that the query mentions (minus those it already says)."""
        return [variant for _, variant in self.matches(query_words)]

    def matches(self, query_words: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """(the query's words that matched, a variant to add) for every expansion."""
        # English articles stand between a phrase's words and say nothing: "took the minutes" is "took minutes"
        query_words = [w for w in query_words if w not in ENGLISH_ARTICLES]
        stems = [self._entry_stem(w) if w not in ENGLISH_STOP else "\0" for w in query_words]
        text = " " + " ".join(stems) + " "
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

        def said(st: tuple[str, ...], entry: int | None = None) -> tuple[str, ...]:
            for i in range(len(stems) - len(st) + 1):
                said_here = tuple(query_words[i:i + len(st)])
                if tuple(stems[i:i + len(st)]) == st and (entry is None or self._agrees(entry, said_here)):
                    return said_here
            return ()

        for variants in self.groups:
            present = [f" {' '.join(st)} " in text for _, st in variants]
            if any(present):
                owners = tuple(w for (_, st), here in zip(variants, present) if here for w in said(st))
                out.extend((owners, ws) for (ws, _), here in zip(variants, present) if not here)
        for entry, (st, targets) in enumerate(self.oneway):
            if f" {' '.join(st)} " in text and (owners := said(st, entry)):
                out.extend((owners, t) for t in targets if t)
        return out


ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


def _english_forms(word: str) -> frozenset[str]:
    """The word and what it may be an English inflection of: "cars" → car, "tows" → tow, "putting" → put."""
    forms = {word}
    for suffix, ending in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)]
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # "boxes" → box, but "rides" is no form of "rid"
            forms.add(base + ending)
            if ending == "" and len(base) > 2 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "putting", "planned"
    return frozenset(forms)


def _variant_words(text: str) -> tuple[str, ...]:
    """Words of a synonym entry; a hyphenated word stays one word ("Malmö-Lundregionen")."""
    return tuple(w for w in (A.words(tok.replace("-", "")) for tok in A.normalize(text).split()) for w in w)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    prev_prev = prev
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            # adjacent transposition ("kommnu" for "kommun")
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev_prev[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev_prev, prev = prev, cur
    return prev[-1]


@dataclass
class AnalyzedQuery:
    text: str  # as the user wrote it
    words: dict[str, float] = field(default_factory=dict)  # content words -> weight
    dense_text: str = ""  # what the embedding model sees (expansions appended)
    english: bool = False
    yes_no: bool = False  # a Swedish yes/no question ("Kan jag …?")
    names: frozenset[str] = frozenset()  # capitalised words after the first ("Malmö" in "What is … in Malmö?")
    corrections: dict[str, str] = field(default_factory=dict)  # typo -> corpus word
    expansions: list[str] = field(default_factory=list)
    # the user's word -> words that stand in for it (synonyms, typo fixes)
    alternatives: dict[str, set[str]] = field(default_factory=dict)


class QueryAnalyzer:
    def __init__(self, synonyms: SynonymList | None = None) -> None:
        self.synonyms = synonyms or SynonymList()

    def analyze(self, query: str, index=None) -> AnalyzedQuery:
        """Weighted query words; `index` (a LexicalIndex) supplies the vocabulary for typo fixes."""
        all_words = A.words(query)
        english = _looks_english(all_words)
        aq = AnalyzedQuery(text=query, english=english, yes_no=not english and asks_yes_no(query),
                           names=proper_names(query))
        weights: dict[str, float] = {}
        for w in A.content_words(query):
            w = _without_completion(w)
            if english and w in ENGLISH_STOP:
                continue
            weights[w] = max(weights.get(w, 0.0), 1.0)
        listed: set[str] = set()  # words of a synonym entry are no typos ("förde protokollet")
        for owners, variant in self.synonyms.matches(all_words):
            listed.update(owners)
            aq.expansions.append(" ".join(variant))
            added = [w for w in variant if w not in A.STOP_WORDS]
            for w in added:
                weights.setdefault(w, SYNONYM_WEIGHT)
            for owner in owners:
                if owner in weights and weights[owner] >= 1.0:
                    aq.alternatives.setdefault(owner, set()).update(added)
        if index is not None and not english:  # an English word is no misspelt Swedish one ("park" -> "mark")
            for w in list(weights):
                if weights[w] < 1.0 or index.has_word(w) or not w.isalpha() or len(w) < 4 or w in listed:
                    continue
                fixed = correct(w, index)
                if fixed:
                    aq.corrections[w] = fixed
                    weights.setdefault(fixed, TYPO_WEIGHT)
                    aq.alternatives.setdefault(w, set()).add(fixed)
        for m in _TIME_FRAME_RE.finditer(query):
            word = next(g for g in m.groups() if g).lower()
            if word in weights:
                weights[word] = min(weights[word], FRAME_WEIGHT)  # "… i år?", "… inför vintern?" say when, not what
        for word in _FRAMING_PREPOSITIONS & weights.keys():
            weights[word] = min(weights[word], FRAME_WEIGHT)  # "… längs snorkellederna?": the place is asked about
        for word, phrase in _QUESTION_PHRASES:
            # "Hur många …?" asks for a number ("många studenter" is no answer), "How long …?" for a duration
            # ("en lång tradition" is none)
            if word in weights and len(re.findall(rf"\b{word}\b", query, re.IGNORECASE)) \
                    == len(re.findall(phrase, query, re.IGNORECASE)):
                for x in {word, *aq.alternatives.get(word, ())}:
                    weights[x] = min(weights.get(x, FRAME_WEIGHT), FRAME_WEIGHT)
        if english:
            for w in ENGLISH_FRAME_WORDS & weights.keys():
                for x in {w, *aq.alternatives.pop(w, ())}:
                    weights[x] = min(weights.get(x, FRAME_WEIGHT), FRAME_WEIGHT)
        aq.words = weights
        extra = aq.expansions + list(aq.corrections.values())
        aq.dense_text = query if not extra else f"{query} ({', '.join(extra)})"
        return aq


def _without_completion(word: str) -> str:
    """A participle without "färdig-" ("färdigrenoverade" → "renoverade"): the documents say a thing is
    done with the participle alone or with a status."""
    return word[6:] if word.startswith("färdig") and len(word) >= 12 and word[6:] not in A.STOP_WORDS else word


def proper_names(text: str) -> frozenset[str]:
    """Capitalised words after the first one, normalised like the query words."""
    tokens = re.findall(r"\w[\w-]*", text)
    return frozenset(A.normalize(t) for t in tokens[1:] if t[:1].isupper())


def _looks_english(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    hits = sum(w in ENGLISH_MARKERS for w in words)
    return hits >= 2 and hits / len(words) >= 0.25


def correct(word: str, index, max_candidates: int = 40) -> str | None:
    """The corpus word closest to an unknown word (edit distance 1, or 2 for long words), most frequent first.

    Candidates come from the character n-gram index (words sharing the most n-grams), so this
    stays cheap on a large vocabulary.
    """
    limit = 1 if len(word) < 8 else 2
    candidates = index.similar_words(word, max_candidates)
    best: tuple[int, int, str] | None = None
    for cand in candidates:
        if abs(len(cand) - len(word)) > limit:
            continue
        d = edit_distance(word, cand, limit)
        if d <= limit:
            key = (d, -index.word_freq.get(cand, 0), cand)
            if best is None or key < best:
                best = key
    return best[2] if best else None
