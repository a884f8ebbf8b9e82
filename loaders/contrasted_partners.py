""""도는 지멘스와 협약을 맺었다. 지멘스는 기술 자문을 제공한다. 또한 네이버클라우드와는 계약을
맺어": a partner marked 와는/과는 is set against a partner named before, so the unstated subject of
its sentence is whoever took that earlier partner, never the earlier partner itself, though that
partner has since become the passage's topic."""
from __future__ import annotations

from loaders.mentions import PARTNER_PARTICLES, Mention

# A partner set against one named before ("B와는").
_CONTRASTED_PARTNER = frozenset(("와는", "과는"))
# How many sentences back an earlier partner is still what a contrasted one is set against.
_REACH = 3


class PartnersBefore:
    """The organisations the last few sentences of a document named as partners."""

    def __init__(self) -> None:
        self._recent: list[set[str]] = []

    def saw(self, mentions: list[Mention]) -> None:
        """Remember the partners a sentence named (after it has been read)."""
        named = {m.actor.id for m in mentions if m.particle in PARTNER_PARTICLES}
        self._recent = (self._recent + [named])[-_REACH:]

    def carried_subject(self, topic: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """``topic`` as the unstated subject of a sentence, unless the sentence sets a partner
        against one named before and ``topic`` is that earlier partner."""
        if not topic or not any(m.particle in _CONTRASTED_PARTNER for m in mentions):
            return topic
        earlier = set().union(*self._recent) if self._recent else set()
        return [m for m in topic if m.actor.id not in earlier]
