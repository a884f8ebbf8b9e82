"""Relations stated in English sentences.

Kept apart from the Korean frames of :mod:`loaders.relations.sentences`: English marks roles
by word order and prepositions ("A invested in B", "B raised $X from A", "led by A"), not by
particles.
"""

from __future__ import annotations

import re


def english_pairs(frame, before, after, text, cue):
    """(subject, object, target group) pairs for one English cue."""
    if frame == "raise":
        givers = [g for g in after if re.search(r"\b(from|by)\b", text[cue.end:g.start])]
        return [(m, r, before[-1]) for g in givers for m in g.members for r in before[-1].members] if before else []
    if frame == "passive":
        return [(a, t, before[-1]) for a in after[0].members for t in before[-1].members] if before and after else []
    if frame == "symmetric":
        if not before or not after:
            return []
        return [(a, b, None) for a in before[-1].members for b in after[0].members]
    if not before or not after:
        return []
    return [(a, t, after[0]) for a in before[-1].members for t in after[0].members]
