"""Whether Hangul words spell out a Latin name: "사르바틱 AI(Sarvatic AI)".

Korean writes a foreign name in Hangul and glosses it once with its Latin spelling. The
Hangul spelling may keep the Latin word breaks ("파라스 엔젤 네트워크" for "Paras Angel
Network") or close some ("브린들피크 캐피털" for "Brindle Peak Capital"), so each Hangul word
stands for one Latin word or more, in order. A Hangul word transcribes its Latin word from
the first sound on: the first consonant of its first syllable is one a Latin word starting
with that letter is written with (ㅂ for b, v and p; silent ㅇ for a vowel, w or y). A word
before the name ("투자사 코랄브리지 캐피털", "기업 카이(Kai Tech)") rarely starts with the
right sound for each Latin word in turn, which is how the name's left edge is found.
"""

from __future__ import annotations

import unicodedata

# Latin initials each Hangul initial consonant (choseong, in Unicode order) transcribes.
_INITIALS = (
    "gkcq", "kgc", "n", "dt", "dt", "rl", "m", "bvp", "bp", "scxzt", "sc",
    "aeiouywh", "jzg", "jzct", "ct", "kcq", "t", "pf", "hfw",
)
_HANGUL_BASE = 0xAC00
_SYLLABLES_PER_INITIAL = 21 * 28


def starts_alike(hangul_word: str, latin_word: str) -> bool:
    """True if ``hangul_word`` may transcribe ``latin_word`` by its first sound; a Latin word
    inside the Hangul spelling ("AI") must be the Latin word itself."""
    first = hangul_word[0]
    if not "가" <= first <= "힣":
        return hangul_word.lower() == latin_word.lower()
    if len(latin_word) > 1 and latin_word.isupper():
        return False  # "연산(HPC)": Hangul spells an acronym's letters, not its sounds
    letter = unicodedata.normalize("NFD", latin_word)[:1].lower()
    initial = (ord(first) - _HANGUL_BASE) // _SYLLABLES_PER_INITIAL
    return bool(letter) and letter in _INITIALS[initial]


def transcribes(hangul_words: list[str], latin_words: list[str]) -> bool:
    """True if the Hangul words, in order, transcribe the Latin words, each Hangul word one
    Latin word or several run together."""
    if not hangul_words:
        return not latin_words
    if len(hangul_words) > len(latin_words) or not starts_alike(hangul_words[0], latin_words[0]):
        return False
    # The first Hangul word takes one Latin word or more; the rest must transcribe the others.
    return any(transcribes(hangul_words[1:], latin_words[taken:])
               for taken in range(1, len(latin_words) - len(hangul_words) + 2))
