"""The names Korean text gives a funding round: "시리즈B", "시리즈 A2", "프리A", "프리IPO", "시드", "브릿지".

Several readers find a round by its name (an item of a roundup, a company named before its
round, a name that is no company's); they share this one spelling of it.
"""

from __future__ import annotations

# A round's name, as a group to put in a larger pattern.
KOREAN_ROUND_NAME = r"(?:시리즈\s?[A-H]\d?|프리\s?(?:시리즈\s?)?[A-H]|프리\s?IPO|시드|브릿지)"
# Words one of which every round's name holds: a text with none names no round.
_ROUND_NAME_WORDS = ("시리즈", "시드", "프리", "브릿지")


def may_name_a_round(text: str) -> bool:
    """True if ``text`` holds a word a round's name starts with (a cheap test before the pattern)."""
    return any(word in text for word in _ROUND_NAME_WORDS)
