"""Korean-aware sentence splitting with kiwipiepy.

Kiwi is accurate but costs about 20 µs a character, so it only sees blocks that may hold
several sentences; a bullet, heading, caption or table row is one sentence as it stands.
The Kiwi model (about a second to load) is loaded once per process, on first need.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.normalise import Block

# A block needs splitting when a sentence ends inside it.
_INNER_END = re.compile(r"(?:[다음함요]\.|[.?!])\s+\S")
_MIN_SPLIT_CHARS = 80


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
        hangul = sum(1 for c in self.text if "가" <= c <= "힣")
        latin = sum(1 for c in self.text if c.isascii() and c.isalpha())
        return "en" if latin > 4 * hangul and latin > 20 else "ko"


@cache
def kiwi():
    """The shared Kiwi analyser (two worker threads, the machine's cores)."""
    from kiwipiepy import Kiwi

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Kiwi(num_workers=2)


def split_sentences(blocks: list[Block]) -> Iterator[Sentence]:
    """Sentences of ``blocks`` in order; only multi-sentence blocks go through Kiwi."""
    needs_kiwi = [b for b in blocks if not b.is_table_row and len(b.text) >= _MIN_SPLIT_CHARS
                  and _INNER_END.search(b.text)]
    split: dict[int, list[tuple[int, int]]] = {}
    if needs_kiwi:
        for block, sents in zip(needs_kiwi, kiwi().split_into_sents([b.text for b in needs_kiwi]), strict=True):
            split[id(block)] = [(s.start, s.end) for s in sents]
    for block in blocks:
        spans = split.get(id(block))
        if not spans:
            yield Sentence(block.text, block, 0)
            continue
        # Kiwi may drop spaces between sentences; cut the block at its sentence starts so
        # that no character is lost.
        starts = [s for s, _ in spans]
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(block.text)
            text = block.text[start:end].rstrip()
            if text:
                yield Sentence(text, block, start)
