"""Korean-aware sentence splitting: punctuation first, kiwipiepy where that is not enough.

Kiwi is accurate but costs about 20 µs a character and 3.5 s to load and warm up, so it only
sees long stretches in which no sentence boundary was found; a bullet, heading, caption or
table row is one sentence as it stands. The model is loaded once per process, on first need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.kiwi_model import kiwi
from loaders.normalise import HEADING_MARKER, Block
from loaders.patterns import HANGUL, NEVER_FINAL_ABBREVIATIONS, abbreviation_stop

# Where a sentence ends inside a block: a Korean final ending or English word, then . ? !
# Every boundary starts with a space, a bullet or a footnote number; the lookahead in front
# rejects any other position in one test instead of five failed alternatives.
_BOUNDARY = re.compile(
    r"(?=[\s\d⦁•▪◦])(?:\s*[⦁•▪◦]\s*|\s\\?\*\s|(?<=[가-힣][.!?])(?:\d{1,3}\))?\s+|(?<=[.!?][\"”’)])\s+|(?<=[A-Za-z0-9%)][.!?])\s+(?=[A-Z가-힣\"“‘(\[]))"
)
# A word that labels something with a capital letter ("Series C", "Class A", "Phase B"): the
# letter before a full stop then ends a sentence; any other lone capital is an initial.
_LETTER_LABEL = re.compile(r"(?:Series|Round|Class|Tier|Phase|Stage|Plan|Type|Grade|Level|Part|Section|Annex|Appendix)\s$")
_LATIN = re.compile(r"[A-Za-z]")
#: "6. Orrin Health AI — Series B", "3) Acme Robotics: seed": a digest's numbered item heading, the
#: name of the item's company, then a dash or a colon before its deal.
ITEM_HEADING = re.compile(r"\s*\d{1,2}[.)]\s+(?P<name>[A-Z][^—–:]{1,40}?)\s*(?:[—–]|\s-|:)\s+\S")
# "Korea Venture Investment Corp. (KVIC) and ...": a company's abbreviated suffix before the
# bracketed short name, inside the sentence.
_COMPANY_ABBREVIATION_GLOSSED = re.compile(r"\b(?:Corp|Inc|Co|Ltd|Bros)\.\s+\($")
# "PortEye Pte. Ltd.", "Acme Pvt. Ltd.": an abbreviated legal form that the rest of the form follows.
_LEGAL_FORM_GOES_ON = re.compile(r"(?:(?<=\bPte\.)|(?<=\bPvt\.)|(?<=\bCo\.))\s+(?=Ltd\b|Limited\b)")
# "미국 법인 Acme America Inc. 설립": an abbreviated legal form inside a Korean sentence; the Hangul
# after it goes on with the sentence the name is part of.
_LEGAL_FORM_BEFORE_HANGUL = re.compile(r"(?:(?<=\bInc\.)|(?<=\bLtd\.)|(?<=\bCo\.)|(?<=\bCorp\.))\s+(?=[가-힣])")
# "Dr. Lena Roe", "Prof. Kim", "e.g. Acme": an abbreviation's full stop ends no sentence.
_ABBREVIATION_STOP = re.compile(abbreviation_stop(NEVER_FINAL_ABBREVIATIONS))
# A piece this long with no boundary found may still hold several sentences (missing
# punctuation, an ending the pattern does not know): Kiwi decides. Shorter pieces without a
# boundary are, in the reports seen so far, one long sentence or a list, where Kiwi finds
# nothing more, and Kiwi's first use costs about 3.5 s (model load and warm-up).
_KIWI_MIN_CHARS = 600


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text, the block it is in and where in that block it starts."""

    text: str
    block: Block
    offset: int

    def line_at(self, offset: int) -> int:
        """Original line of the character at ``offset`` of this sentence."""
        return self.block.line_at(self.offset + offset)

    @property
    def lang(self) -> str:
        """English when it has over 20 Latin letters and four times as many as Hangul ones, or
        is a short sentence of Latin words only.

        The Latin letters are counted first: few sentences have 20, and counting the Hangul
        of every Korean sentence cost more than the rest of this test.
        """
        latin = len(_LATIN.findall(self.text))
        if latin <= 20:
            # "Nvidia put in the rest.": a short full stop-ended sentence of three or more words without
            # Hangul is English too (a heading, "Why we backed X", is not: its capitals are no names),
            # and so is a digest's numbered item heading ("6. Orrin Health AI — Series B"), which names its company
            return "en" if (latin >= 8 and (self.text.rstrip().endswith((".", "!", "?")) and self.text.count(" ") >= 2
                                            or self._is_item_heading()) and not HANGUL.search(self.text)) else "ko"
        return "en" if latin > 4 * len(HANGUL.findall(self.text)) else "ko"

    def _is_item_heading(self) -> bool:
        """True for a numbered item heading that names a company and its deal after a dash or a colon
        ("6. Orrin Health AI — Series B", "3) Acme Robotics: seed")."""
        return self.offset == 0 and ITEM_HEADING.match(self.text) is not None


def _pieces(block: Block) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a block found by punctuation. A heading's marker
    ("1. 인도: …", "다. 한·일 협력 동향") is no sentence of its own."""
    spans, start = [], 0
    marker = HEADING_MARKER.match(block.text)
    for m in _BOUNDARY.finditer(block.text, marker.end() if marker else 0):
        if _after_initial(block.text, m.start()) or _ABBREVIATION_STOP.match(block.text, m.start() - 1) or ("(" in block.text[m.end() - 1:m.end() + 1]
                                                    and _COMPANY_ABBREVIATION_GLOSSED.search(block.text, 0, m.end() + 1)) \
                or _LEGAL_FORM_GOES_ON.match(block.text, m.start()) or _LEGAL_FORM_BEFORE_HANGUL.match(block.text, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(block.text)))
    return [(s, e) for s, e in spans if e > s]


def _after_initial(text: str, end: int) -> bool:
    """True when the full stop before ``end`` closes an initial ("John F. Kennedy", "U.S.
    officials"), not a sentence. A capital closing a longer word ("led by ASML. The …") or
    a label ("… its Series C. The …") ends a sentence."""
    if end < 2 or text[end - 1] != "." or not ("A" <= text[end - 2] <= "Z"):
        return False
    before = text[end - 3] if end >= 3 else " "
    if before.isalnum():
        return False
    return before == "." or not _LETTER_LABEL.search(text, max(0, end - 12), end - 2)


def split_sentences(blocks: list[Block]) -> Iterator[Sentence]:
    """Sentences of ``blocks`` in order.

    Punctuation after a final ending splits most sentences at once; Kiwi is asked only about
    long pieces where no boundary was found, which keeps extraction fast on large corpora.
    """
    pieces = [(b, s, e) for b in blocks for s, e in (_pieces(b) if not b.is_table_row else [(0, len(b.text))])]
    long = [p for p in pieces if p[2] - p[1] >= _KIWI_MIN_CHARS]
    refined: dict[tuple[int, int], list[tuple[int, int]]] = {}
    if long:
        texts = [b.text[s:e] for b, s, e in long]
        for (b, s, _e), sents in zip(long, map(kiwi().split_into_sents, texts), strict=True):
            starts = [s + sent.start for sent in sents]
            refined[(id(b), s)] = starts
    for block, start, end in pieces:
        # Kiwi may drop spaces between sentences; cut at its sentence starts so that no
        # character is lost.
        starts = refined.get((id(block), start), [start])
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else end
            text = block.text[s:e].rstrip()
            if text.strip():
                lead = len(text) - len(text.lstrip())
                yield Sentence(text.lstrip(), block, s + lead)
