"""The subject a nested bullet inherits from the bullet it hangs from.

Korean briefing notes state an actor once in a bullet and its acts in the bullets indented
under it, without a subject::

    - 캐나다 AI 스타트업 A가 ... 투자를 유치
      - B, C, D에 의해 창업되었으며 ...        (A was founded by them)
      - E, F 등과 플랫폼 협업을 추진           (A works with E and F)

The indentation is only in the raw lines (blocks are stripped), so each block's first raw
line is read for it.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.normalise import Block

# "- ", "• ", "⦁", "* ", "◦ ", "ㅇ ": a bullet marker after the indentation.
_BULLET = re.compile(r"^([ \t]*)(?:[-•⦁*◦▪ㅇ○])\s")
_SUBJECT_PARTICLES = ("이", "가", "은", "는")


class BulletParents:
    """Follows the bullets of a document, as blocks are read in order."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._block: Block | None = None
        #: (indentation, subject) of the open bullets, outermost first.
        self._open: list[tuple[int, list[Mention]]] = []
        self._parent: list[Mention] = []
        self._first_sentence = False

    def enter(self, block: Block) -> None:
        """Start reading a sentence of ``block``."""
        if block is self._block:
            self._first_sentence = False
            return
        self._block, self._first_sentence = block, True
        line = self._lines[block.first_line - 1] if 0 < block.first_line <= len(self._lines) else ""
        bullet = _BULLET.match(line)
        if bullet is None:
            self._open, self._parent = [], []
            return
        depth = len(bullet.group(1).expandtabs(4))
        while self._open and self._open[-1][0] >= depth:
            self._open.pop()
        self._parent = self._open[-1][1] if self._open else []
        self._open.append((depth, []))

    @property
    def parent_subject(self) -> list[Mention]:
        """The subject of the bullet the current block is nested in, if it named one."""
        return self._parent

    def saw(self, mentions: list[Mention]) -> None:
        """Remember the subject of a bullet's first sentence: the first organisation marked
        as subject or topic ("... 스타트업 A가", "프랑스에서는 ... 기업인 B가")."""
        if self._first_sentence and self._open and self._block is not None:
            subject = [m for m in mentions if m.particle in _SUBJECT_PARTICLES and m.actor.type in ORGANISATIONS_AND_GOVERNMENT][:1]
            self._open[-1] = (self._open[-1][0], subject)
