"""Cleaning of loaded blocks for Swedish office documents.

Joins words split by a line-end hyphen (keeping real hyphens and suspended compounds), removes soft
hyphens, applies NFKC, drops running headers/footers and page numbers, normalises whitespace, strips
Markdown emphasis and link syntax, and repairs words broken inside narrow table cells.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace

from ingest.models import Block
from ingest.structure.bodies import GROUP_HEADS

# Words after "X- " that show the hyphen belongs to a suspended compound ("forsknings- och ...").
KEEP_AFTER_HYPHEN = frozenset(
    {
        "och", "eller", "samt", "till", "respektive", "resp", "som", "men", "liksom", "plus",
        "än", "utan", "kontra", "mot", "and", "or", "to", "vs", "via", "&",
    }
)

# Typical Swedish endings left on their own line when a narrow column breaks a compound.
WORD_ENDINGS = frozenset(
    {
        "en", "et", "na", "er", "ar", "or", "n", "t", "s", "a", "e", "r",
        "erna", "arna", "orna", "ens", "ets", "nas", "ernas", "arnas", "ornas",
        "ning", "ningen", "ningar", "ningarna", "ingen", "ingar", "ingarna", "ing",
        "gruppen", "grupperna", "gruppens", "gen", "nen", "aren", "arens", "ren", "len", "ten",
        "heten", "het", "heter", "else", "elsen", "elser", "tion", "tionen", "tioner", "ationen",
        "sion", "sionen", "ande", "ende", "andet", "endet", "iteten", "itet", "igheten", "ighet",
        "skap", "skapet", "skapen", "dom", "domen", "sen", "ssen", "rna", "na", "ne", "de", "te",
        "ade", "are", "aren", "arna", "rådet", "chefen", "chefer", "cheferna", "ledare", "ledaren",
    }
)

# Short words that stand on their own; a cell line ending in one of them is a normal word wrap.
COMMON_WORDS = frozenset(
    {
        "och", "i", "på", "av", "en", "ett", "som", "är", "för", "med", "att", "till", "om", "de",
        "det", "den", "har", "kan", "ska", "skall", "vi", "ni", "man", "eller", "samt", "från",
        "inom", "under", "efter", "vid", "hos", "mot", "per", "alla", "nya", "nytt", "ny", "år",
        "så", "där", "när", "hur", "vad", "vem", "inte", "också", "även", "sin", "sina", "sitt",
        "mer", "mest", "fler", "samt", "via", "dess", "deras", "vår", "våra", "vårt", "era",
        "andra", "annan", "annat", "olika", "egen", "egna", "stor", "stora", "små", "liten",
        "bra", "ta", "få", "gå", "se", "ge", "bli", "blir", "var", "varit", "vara", "görs", "göra",
    }
)

# Word forms that almost only occur as the first part of a compound ("Kompetensförsörjnings-").
COMPOUND_STEM_ENDINGS = ("nings", "ings", "tions", "sions", "hets", "skaps", "itets", "doms", "else", "ighets")


_LETTER = r"[^\W\d_]"
_LOWER_START = re.compile(r"^[a-zåäöéüæø]")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:sida|sid|s\.|page|p\.)\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:av|/|of|\()\s*\d{1,4}\)?)?$",
    re.IGNORECASE,
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

# "word-<spaces/newline>continuation" where the hyphen ends a line or was left by a line join.
_HYPHEN_BREAK = re.compile(
    r"(?P<left>" + _LETTER + r"[^\W_]*)-(?P<ws>[ \t]*\n[ \t]*|[ \t]+)(?P<right>[^\W\d_][^\s]*)"
)


def _strip_punct(token: str) -> str:
    return token.strip(".,;:!?()[]{}\"'”“»«’*")


def _join_hyphenated(left: str, right_token: str, at_line_end: bool) -> str | None:
    """Return how "left-" + right_token should be written, or None to keep "left- right"."""
    right_word = _strip_punct(right_token)
    if right_word and right_word[0].isupper() and at_line_end:
        return f"{left}-{right_token}"  # "Malmö-\nLund": a hyphenated name broken at its hyphen
    if not right_word or not _LOWER_START.match(right_word):
        return None  # "Malmö- Lund", numbers, punctuation: a real dash or a list
    if right_word.lower() in KEEP_AFTER_HYPHEN:
        return None  # suspended compound: "forsknings- och entreprenörmiljö"
    if re.match(r"^[^\W\d_]+-$", right_token.rstrip(",")):
        return None  # "barn- ungdoms- och": a chain of suspended compounds
    if not at_line_end and right_word.lower() in COMMON_WORDS:
        return None  # "Regionen- en motor": a dash typed as a hyphen, not a broken word
    if left.isupper() or len(left) == 1 or left[-1].isupper():
        # "IT-\nsystem", "e-\ntjänst": the hyphen is part of the word
        return f"{left}-{right_token}" if at_line_end else None
    return left + right_token


def dehyphenate(text: str) -> str:
    """Join words split by a line-end hyphen; keep real hyphens and suspended compounds."""
    if "-" not in text:
        return text

    def repl(m: re.Match) -> str:
        left, ws, right = m.group("left"), m.group("ws"), m.group("right")
        joined = _join_hyphenated(left, right, "\n" in ws)
        if joined is None:
            return f"{left}- {right}" if "\n" in ws else m.group(0)
        return joined

    # Applied twice so overlapping matches ("a- b- c") are all seen.
    return _HYPHEN_BREAK.sub(repl, _HYPHEN_BREAK.sub(repl, text))


_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_REF_LINK_RE = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STAR_IT_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_UNDER_IT_RE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE_RE = re.compile(r"`([^`\n]+)`")


def strip_markdown(text: str) -> str:
    """Remove Markdown emphasis markers and link syntax, keeping the visible text."""
    if not any(c in text for c in "*_[`~<"):
        return text
    text = _LINK_RE.sub(lambda m: m.group(1), text)
    text = _REF_LINK_RE.sub(lambda m: m.group(1), text)
    text = _AUTOLINK_RE.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    for _ in range(2):  # nested emphasis: ***x***, **_x_**
        text = _BOLD_RE.sub(lambda m: m.group(2), text)
        text = _STAR_IT_RE.sub(lambda m: m.group(1), text)
        text = _UNDER_IT_RE.sub(lambda m: m.group(1), text)
    text = _STRIKE_RE.sub(lambda m: m.group(1), text)
    text = _CODE_RE.sub(lambda m: m.group(1), text)
    # Unpaired markers left where a conversion split emphasis across blocks.
    text = re.sub(r"\*{2,}|_{2,}(?=\s|$)|(?:(?<=\s)|^)_{2,}", "", text)
    text = re.sub(r"(?:(?<=\s)|^)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:!?])", "", text)
    return text


def normalise_whitespace(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def clean_text(text: str) -> str:
    """NFKC, soft hyphens, Markdown markers, line-end hyphens, whitespace: one clean line of text."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\(cid:\d+\)", "", text)  # undecodable glyphs from PDF fonts
    text = strip_markdown(text)
    text = re.sub(r"(\d)-[ \t]*\n[ \t]*(\d)", r"\1-\2", text)  # "2019-\n2023"
    text = dehyphenate(text)
    return normalise_whitespace(text)


# Tails of Swedish organisation names: a broken cell word that joins into one of these is one word.
ORGANISATION_TAILS = (
    *GROUP_HEADS, "gruppens", "nämnden", "förvaltningen", "kontoret", "enheten", "avdelningen",
    "ledningen", "beredningen", "samverkan", "projektet", "programmet",
)


# Swedish words of one or two letters; any other such line piece ends the word above it.
_SHORT_WORDS = frozenset("""
    i å ö på av en om de så nu ju ni vi du ja än år ur ut in bo gå få se ge ta då ha ej må tå fy oj ry
    le la sy ro gö bi ek ål is ko sa
""".split())


# Endings of complete Swedish words (definite forms, plurals, participles, -ning, -het ...).
COMPLETE_WORD_ENDINGS = (
    "en", "et", "na", "ar", "er", "or", "ning", "het", "ande", "ende", "tion", "sion", "are", "else",
    "ism", "ist", "skap", "dom", "ing", "ig", "isk", "lig", "bar", "sam", "ad", "at", "it", "ts", "a",
    "an",  # "Markfrågan" + "utreds": a definite noun, then the next word
    "ade",  # "410 felparkerade" + "lastbilar": a participle, then its noun
)


# Two consonants that may open a Swedish (or a common loan) word; any other pair continues a word.
_ONSETS = frozenset("""
    bl br bj ch dr dj dv fj fl fn fr gj gl gn gr hj kl kn kr kv kj lj mj nj pj pl pr ps sc sh sj sk sl sm sn sp
    st sv sw th tj tr ts tv vr wh
""".split())


# Endings that take a linking s in a compound ("distributions-", "ordnings-", "säkerhets-").
_LINKING_S_ENDINGS = ("tion", "sion", "ning", "het", "skap", "dom", "else", "itet")


def _head_fragment(right: str, tail: str) -> bool:
    """The right part cannot stand alone: a piece of the head noun ("Turismnätver" + "ket") or the
    linking s with it ("Digitalisering" + "sgruppen"), whatever the name before it is."""
    return len(right) < len(tail) or right == "s" + tail


# Rough advance widths of a proportional font, in widths of an average lower-case letter: a column
# holds fewer of "Kommunsk" than of "ogsförvaltar", so a line's length in characters misjudges whether
# it fills the column.
_NARROW = frozenset("fijlrtI.,:;'!|()-")
_WIDE = frozenset("mwMW")


def rendered_width(line: str) -> float:
    """Approximate printed width of a line, for telling whether it filled its column."""
    return sum(0.55 if ch in _NARROW else 1.45 if ch in _WIDE else 1.15 if ch.isupper() else 1.0 for ch in line)


def _should_join_unhyphenated(left_line: str, left: str, right: str, vocabulary: set[str], longest: float) -> bool:
    """Decide whether a cell line break between left and right falls inside one word.

    A column breaks a word without a hyphen only when the word alone is wider than the column, so the
    left part fills its line on its own; an ending such as "en" after a short line is a new word.
    """
    lw, rw = _strip_punct(left), _strip_punct(right)
    if not lw or not rw or not _LOWER_START.match(rw) or not lw[-1].isalpha():
        return False
    if left != lw:  # the left line ends in punctuation: "Lund,\nMalmö"
        return False
    if lw.lower() in COMMON_WORDS:
        return False
    joined = (lw + rw).lower()
    if joined in vocabulary:
        return True
    fills_line = len(left_line.split()) == 1 and rendered_width(left_line) >= 0.75 * longest
    if not fills_line or len(lw) < 5:
        return False
    if lw.lower() in vocabulary and rw.lower() in vocabulary:
        return False  # two words seen on their own elsewhere in the document
    low_l, low_r = lw.lower(), rw.lower()
    if low_r in WORD_ENDINGS and (low_r not in COMMON_WORDS or low_r == "en"):
        return True  # "Näringslivschefsgrupp" + "en", "Planchefsgruppe" + "n"
    if len(low_r) <= 2 and rw.isalpha() and low_r not in _SHORT_WORDS and low_r not in vocabulary:
        return True  # "Plaskdammsanläggningsarmad" + "an": two letters that are no word of their own
    if len(lw) >= 8 and low_l.endswith(COMPOUND_STEM_ENDINGS):
        return True  # "Kompetensförsörjnings" + "gruppen"
    if len(lw) >= 6 and low_l.endswith("s") and low_r.endswith(("arna", "erna", "orna")) and len(low_r) >= 8:
        return True  # "Gatunamns" + "granskarna": a linking s before people named by their role
    if len(lw) >= 10 and re.match(r"[aeiouyåäö]{2}[a-zåäö]*$", low_r) and low_r not in vocabulary:
        return True  # "Läshundsbesöksexpedit" + "ionen": no Swedish word opens with two vowels
    if len(lw) >= 8 and re.match(r"[^aeiouyåäöé\W\d_]{2}", low_r) and low_r[:2] not in _ONSETS and low_r not in vocabulary:
        return True  # "Julgransinsa" + "mlingsflottiljen": no Swedish word opens with "ml"
    if len(lw) >= 8 and low_r.startswith(("ning", "ings", "skap", "tion", "sion", "itet", "ighet")) and low_r not in vocabulary:
        return True  # "Vinterhärbärgesbeman" + "ningsjouren": no word opens with a derivational suffix
    if low_l.endswith(_LINKING_S_ENDINGS) and re.match(r"s[^aeiouyåäö\W\d_][a-zåäö]{3,}(?:en|et|na)$", low_r) \
            and low_r not in vocabulary:
        return True  # "Mensskyddsdistribution" + "shubben": -tion takes a linking s before the head noun
    left_complete = low_l.endswith(ORGANISATION_TAILS + COMPLETE_WORD_ENDINGS)
    tail = next((t for t in ORGANISATION_TAILS if joined.endswith(t)), None)
    if tail and (not left_complete or low_r in ORGANISATION_TAILS or _head_fragment(low_r, tail)):
        return True  # "Digitaliseringsgr" + "uppen"; but "Regionala" + "planeringsgruppen" are two words
    if left_complete:
        return False  # "Kommundirektörsgruppen" + "ansvarar": a whole word, then the next one
    # The column cut the word at an arbitrary letter ("Upphandlingsnä" + "tverket"): neither part is a
    # word of the document, in any form ("Landsbygdens" + "skördetid" are two: the plan says "skördetiden").
    return len(lw) >= 10 and not _known_form(low_r, vocabulary) and not _known_form(low_l, vocabulary) \
        and rw.isalpha()


_INFLECTIONS = ("", "en", "et", "n", "t", "na", "ar", "er", "or", "arna", "erna", "orna", "s")


def _known_form(word: str, vocabulary: set[str]) -> bool:
    """The document uses the word, or the word with an inflectional ending ("skördetid" as "skördetiden")."""
    return any(word + ending in vocabulary for ending in _INFLECTIONS)


# A name broken at arbitrary letters is wider than its column: a long compound. Two short words on two
# lines ("Rekrytering\npågår", "Markfrågan\nutreds") are a status, not a name.
_BROKEN_NAME_LENGTH = 20


def _cell_lines(cell: str) -> list[str]:
    return [ln.strip() for ln in unicodedata.normalize("NFKC", cell).translate(_INVISIBLE).split("\n") if ln.strip()]


def _name_shaped(lines: list[str]) -> bool:
    """One capitalised word broken over lines: every line a single word, the later ones in lower case."""
    return len(lines) >= 2 and all(len(ln.split()) == 1 and ln.isalpha() for ln in lines) \
        and lines[0][0].isupper() and all(ln[0].islower() for ln in lines[1:]) \
        and len("".join(lines)) >= _BROKEN_NAME_LENGTH


def _one_broken_name(lines: list[str], longest: float, known_name: bool = False) -> bool:
    """The whole cell is one group name the column broke at arbitrary letters ("Kollektivtra\\nfikrådet",
    "Folkhälsosa\\nmordnarnä\\ntverket"): one word per line, each but the last filling its line, and the
    letters joined end in the head noun of an organisation, or the cell is known to hold one name (a
    column of responsible groups: "Skolbusspromen\\nadledsagarkoho\\nrten"). A line that is already a
    whole name ("Kommundirektörsgruppen\\nsekretariatet") is two names."""
    if len(lines) < 2 or any(len(ln.split()) != 1 or not ln.isalpha() for ln in lines):
        return False
    if any(not ln[0].islower() for ln in lines[1:]):
        return False
    # a line fills its column when the next letter would not have fitted: "Centru" before "mlokalsf" is
    # short only because "m" is wide
    if any(rendered_width(ln + following[0]) < 0.75 * longest or ln.lower().endswith(ORGANISATION_TAILS)
           for ln, following in zip(lines, lines[1:])):
        return False
    if known_name and _name_shaped(lines):
        return True
    return "".join(lines).lower().endswith(ORGANISATION_TAILS)


def join_name_lines(text: str, vocabulary: set[str] | None = None) -> str:
    """Join the lines of a cell that holds one group's name, as join_cell_lines does, but a name the column
    broke at arbitrary letters is joined whatever its last word."""
    lines = _cell_lines(text.replace("\r", ""))
    if lines and _one_broken_name(lines, max(rendered_width(ln) for ln in lines), known_name=True):
        return normalise_whitespace("".join(lines))
    return join_cell_lines(text, vocabulary)


def name_columns(rows: list[tuple[str, ...]]) -> set[int]:
    """Columns of a PDF table whose broken cells are mostly single names ("Familjehemsrekryterings\\n
    intendenturen"): a column of group names, whose every broken cell is one word."""
    width = max((len(r) for r in rows), default=0)
    found = set()
    for i in range(width):
        broken = [lines for r in rows if i < len(r) and len(lines := _cell_lines(r[i])) >= 2]
        shaped = sum(_name_shaped(lines) for lines in broken)
        if shaped >= 2 and shaped >= 0.6 * len(broken):
            found.add(i)
    return found


def join_cell_lines(text: str, vocabulary: set[str] | None = None, *, repair_words: bool = True) -> str:
    """Join the lines of one table cell, repairing words a narrow column broke apart.

    A hyphen at a line end is handled like running text; a break inside a word without a hyphen
    ("Näringslivschefsgrupp\\nen") is closed when the joined word was seen elsewhere in the document
    or the second part is a typical Swedish ending; otherwise the lines are joined with a space.
    `repair_words=False` (cells whose lines are real paragraphs, as in Word) only joins hyphenated breaks.
    """
    vocabulary = vocabulary or set()
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).replace("\r", "")
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    longest = max(rendered_width(ln) for ln in lines)
    if repair_words and _one_broken_name(lines, longest):
        return normalise_whitespace("".join(lines))
    out = lines[0]
    current_line = lines[0]
    for line in lines[1:]:
        left_tokens = out.split()
        left = left_tokens[-1] if left_tokens else ""
        right = line.split()[0]
        hyphen = re.search(r"([^\W\d_]+)-$", out)
        if hyphen:
            stem = hyphen.group(1)
            joined = _join_hyphenated(stem, right, at_line_end=True)
            if joined is None:
                out = f"{out} {line}"
            else:
                out = out[: -len(stem) - 1] + joined + line[len(right):]
        elif repair_words and _should_join_unhyphenated(current_line, left, right, vocabulary, longest):
            out = out + line
        else:
            out = f"{out} {line}"
        current_line = line
    return normalise_whitespace(strip_markdown(out))


def _whole_word_break(left: str, right: str) -> bool:
    return left.rstrip(".,;:!?)") != left or _strip_punct(right).lower() in COMMON_WORDS \
        or _strip_punct(left).lower() in COMMON_WORDS


def document_vocabulary(blocks: list[Block]) -> set[str]:
    """Lowercased words of the document, leaving out cell fragments next to a line break."""
    vocab: set[str] = set()
    for b in blocks:
        if b.cells is not None:
            for cell in b.cells:
                lines = [ln.split() for ln in cell.split("\n") if ln.strip()]
                for i, toks in enumerate(lines):
                    # A word next to a break is whole when the other side is a short word of its own
                    # ("instrument\nfrån") or ends a phrase ("Lund,\nEslöv").
                    lo = 1 if i > 0 and not _whole_word_break(lines[i - 1][-1], toks[0]) else 0
                    hi = len(toks) - 1 if i < len(lines) - 1 and not _whole_word_break(toks[-1], lines[i + 1][0]) \
                        else len(toks)
                    for t in toks[lo:hi]:
                        w = _strip_punct(t).lower()
                        if w:
                            vocab.add(w)
        else:
            text = unicodedata.normalize("NFKC", b.text).translate(_INVISIBLE)
            for w in _WORD_RE.findall(dehyphenate(text)):
                vocab.add(w.lower())
    return vocab


def normalise_edge_line(line: str) -> str:
    """Key for comparing header/footer lines across pages: digits normalised, case folded."""
    line = normalise_whitespace(unicodedata.normalize("NFKC", line)).casefold()
    return re.sub(r"\d+", "#", line)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(normalise_whitespace(line)))


def edge_lines(
    pages: dict[int, list[str]], page_count: int | None = None, protected: dict[int, set[int]] | None = None
) -> dict[int, set[int]]:
    """Indices of running header/footer and page-number lines, per page.

    `pages` maps page number → the page's lines in reading order. The first and last line of a page is
    a header/footer when it recurs (digits normalised: "Sida 3 av 10") at that edge on most pages, or is
    a bare page number; the line next to a removed one is checked too, but must recur word for word.
    `protected` lines (headings) are never headers/footers, and nothing beyond them is looked at.
    """
    protected = protected or {}
    n_pages = max(page_count or 0, len(pages))
    result: dict[int, set[int]] = {p: set() for p in pages}
    if n_pages < 2:
        return result
    threshold = max(2, (n_pages + 1) // 2)  # "most pages"; a title page often has none
    if n_pages >= 6:
        threshold = max(3, int(n_pages * 0.4))

    def exact(line: str) -> str:
        return normalise_whitespace(unicodedata.normalize("NFKC", line)).casefold()

    for from_top in (True, False):
        for depth, key in ((0, normalise_edge_line), (1, exact)):
            candidates: dict[int, tuple[int, str]] = {}
            for p, lines in pages.items():
                i = depth if from_top else len(lines) - 1 - depth
                if not 0 <= i < len(lines) or i in result[p]:
                    continue
                if depth == 1 and (i - 1 if from_top else i + 1) not in result[p]:
                    continue  # only look further in when the outermost line was a header/footer
                candidates[p] = (i, lines[i])
            counts = Counter(key(line) for _, line in candidates.values())
            for p, (i, line) in candidates.items():
                if i in protected.get(p, ()):
                    continue
                repeated = counts[key(line)] >= threshold and len(line) <= 150
                if repeated or is_page_number(line):
                    result[p].add(i)
    return result


def _drop_headers_footers(blocks: list[Block], page_count: int | None) -> list[Block]:
    # Each page's lines, remembering which block and line each came from.
    positions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    page_lines: dict[int, list[str]] = defaultdict(list)
    headings: dict[int, set[int]] = defaultdict(set)  # loaders never make a running header a heading
    for bi, b in enumerate(blocks):
        if b.page is None or b.kind == "table_row":
            continue
        for li, line in enumerate(b.text.split("\n")):
            if line.strip():
                if b.kind == "heading":
                    headings[b.page].add(len(page_lines[b.page]))
                positions[b.page].append((bi, li))
                page_lines[b.page].append(line)
    if len(page_lines) < 2 and not (page_count and page_count >= 2):
        return blocks
    drop: dict[int, set[int]] = defaultdict(set)
    for p, indices in edge_lines(dict(page_lines), page_count, headings).items():
        for i in indices:
            bi, li = positions[p][i]
            drop[bi].add(li)
    result: list[Block] = []
    for bi, b in enumerate(blocks):
        if bi not in drop:
            result.append(b)
            continue
        kept = [ln for li, ln in enumerate(b.text.split("\n")) if li not in drop[bi]]
        if any(ln.strip() for ln in kept):
            result.append(replace(b, text="\n".join(kept)))
    return result


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """Close a word hyphenated across a page break: "samman-" | next page "kopplad ..."."""
    for i in range(len(blocks) - 1):
        a, b = blocks[i], blocks[i + 1]
        if a.kind not in ("paragraph", "list_item") or b.kind != "paragraph":
            continue
        if a.page is None or b.page is None or b.page != a.page + 1:
            continue
        m = re.search(r"([^\W\d_]{2,})-\s*$", a.text)
        first = b.text.lstrip().split(maxsplit=1)
        if not m or not first:
            continue
        joined = _join_hyphenated(m.group(1), first[0], at_line_end=True)
        if joined is None:
            continue
        blocks[i] = replace(a, text=a.text[: m.start()].rstrip())
        rest = first[1] if len(first) > 1 else ""
        blocks[i + 1] = replace(b, text=f"{joined} {rest}".strip())
    return [b for b in blocks if b.text.strip() or b.cells]


_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$|…+\s*\d{1,4}\s*$")


def _drop_toc_lines(blocks: list[Block]) -> list[Block]:
    """Table-of-contents lines ("2.1 Näringsliv ........ 7") repeat headings; they are left out."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != "table_row" and _TOC_LINE.search(b.text):
            kept = [ln for ln in b.text.split("\n") if not _TOC_LINE.search(ln)]
            if not any(ln.strip() for ln in kept):
                continue
            b = replace(b, text="\n".join(kept))
        out.append(b)
    return out


def clean_blocks(blocks: list[Block], page_count: int | None = None) -> list[Block]:
    """Clean every block's text and cells, drop running headers/footers and empty blocks."""
    blocks = _drop_headers_footers(list(blocks), page_count)
    blocks = _drop_toc_lines(blocks)
    blocks = _join_across_pages(blocks)
    vocabulary = document_vocabulary(blocks)
    tables: dict[object, list[tuple[str, ...]]] = {}
    for b in blocks:
        if b.cells is not None and b.page is not None:
            tables.setdefault(b.table, []).append(b.cells)
    names = {table: name_columns(rows) for table, rows in tables.items()}
    out: list[Block] = []
    for b in blocks:
        path = tuple(t for t in (clean_text(h) for h in b.heading_path) if t)
        if b.cells is not None:
            # Only PDF cells have line breaks inside words; Word cell lines are real paragraphs.
            cells = tuple(join_name_lines(c, vocabulary) if i in names.get(b.table, ())
                          else join_cell_lines(c, vocabulary, repair_words=b.page is not None)
                          for i, c in enumerate(b.cells))
            if not any(cells):
                continue
            out.append(replace(b, cells=cells, text=" | ".join(cells), heading_path=path))
            continue
        text = clean_text(b.text)
        if b.kind == "list_item":
            text = re.sub(r"^(?:[-*+•●▪◦‣–]\s+)", "", text)
        if not text or not re.search(r"[^\W_]", text):
            continue  # empty, or only punctuation/markers left
        out.append(replace(b, text=text, heading_path=path))
    return out
