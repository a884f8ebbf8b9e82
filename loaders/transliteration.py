"""Whether Hangul words spell out a Latin name: "사르바틱 AI(Sarvatic AI)".

Korean writes a foreign name in Hangul and glosses it once with its Latin spelling. The
Hangul spelling may keep the Latin word breaks ("파라스 엔젤 네트워크" for "Paras Angel
Network") or close some ("브린들피크 캐피털" for "Brindle Peak Capital"), so each Hangul word
stands for one Latin word or more, in order. A Hangul word transcribes its Latin word from
the first sound on: the first consonant of its first syllable is one a Latin word starting
with that letter is written with (ㅂ for b, v and p; silent ㅇ for a vowel, w or y). A word
before the name ("투자사 코랄브리지 캐피털", "기업 카이(Kai Tech)") rarely starts with the
right sound for each Latin word in turn, which is how the name's left edge is found.

The first sounds alone let a translation through ("제어(Gemini Robotics)", "자원(Compute)"):
:func:`sounds_alike` also compares the consonants of the whole spelling, in order, with those
of the Latin name (Hangul adds vowels but keeps the consonants).
"""

from __future__ import annotations

import re
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


# The consonant sound of each Hangul initial and final (jongseong, in Unicode order; "" for
# none, and for the silent initial ㅇ), by a rough class: k, n, t, l, m, p, s, j, h.
_INITIAL_SOUNDS = ("k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", "h")
_FINAL_SOUNDS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "s",
                 "s", "n", "j", "j", "k", "t", "p", "h")
# The classes a Latin consonant (or pair of letters) may be heard as; vowels, w and y have none.
_LATIN_SOUNDS = {"b": "p", "p": "p", "v": "p", "f": "p", "ph": "p", "c": "ksj", "k": "k", "q": "k", "ck": "k",
                 "kh": "k", "g": "kj", "gh": "k", "d": "t", "t": "ts", "th": "ts", "l": "l", "r": "l", "m": "m",
                 "n": "n", "s": "s", "sh": "s", "z": "sj", "x": "ks", "j": "j", "ch": "jks", "ts": "j", "tz": "j",
                 "h": "h"}
_LATIN_SOUND = re.compile("|".join(sorted(_LATIN_SOUNDS, key=len, reverse=True)))
# Share of consonants that must agree, in order: transcriptions score 0.65 and up, translations
# 0.5 and below.
_AGREEMENT = 0.6


def sounds_alike(hangul_words: list[str], latin_words: list[str]) -> bool:
    """True if the consonants of the Hangul words and of the Latin words mostly agree in order."""
    spelled = [w for w in hangul_words if "가" <= w[0] <= "힣"]
    heard = _hangul_sounds("".join(spelled))
    latin = "".join(w for w in latin_words if w not in hangul_words)  # "AI" written as itself
    letters = re.sub(r"([a-z])\1", r"\1", re.sub("[^a-z]", "", unicodedata.normalize("NFD", latin).lower()))
    written = [_LATIN_SOUNDS[m.group()] for m in _LATIN_SOUND.finditer(letters)]
    if not heard or not written:
        return False
    return _common(heard, written) >= _AGREEMENT * max(len(heard), len(written))


def _hangul_sounds(word: str) -> list[str]:
    sounds = []
    for syllable in word:
        index = ord(syllable) - _HANGUL_BASE
        if 0 <= index < 11172:
            sounds += [s for s in (_INITIAL_SOUNDS[index // _SYLLABLES_PER_INITIAL], _FINAL_SOUNDS[index % 28]) if s]
    return sounds


def _common(heard: list[str], written: list[str]) -> int:
    """Length of the longest common subsequence, a Hangul sound matching a Latin one it may be."""
    row = [0] * (len(written) + 1)
    for sound in heard:
        diagonal, row[0] = 0, 0
        for j, classes in enumerate(written):
            diagonal, row[j + 1] = row[j + 1], diagonal + 1 if sound in classes else max(row[j + 1], row[j])
    return row[-1]


# Hangul syllables Korean writes Chinese (and Japanese) names with follow Mandarin sounds: no
# final but ㄴ and ㅇ (and ㄹ of 얼, "er"), no vowel ㅐ ㅒ ㅙ ㅚ ㅢ, no ㄲ ㄸ ㅃ, and ㅡ only in
# 즈 츠 쯔 쓰 스 르. A Sino-Korean reading ("양회", "대만구", "신질생산력") or a loanword
# ("인프라") breaks one of these; "하이란 즈넝", "윈수 커지", "톈수웨이" keep all of them.
_CHINESE_FINALS = frozenset((0, 4, 21))
_NOT_CHINESE_VOWELS = frozenset((1, 3, 10, 11, 19))
_NOT_CHINESE_INITIALS = frozenset((1, 4, 8))
_EU_INITIALS = frozenset((5, 9, 10, 12, 13, 14))
_EU, _ER = 18, "얼"


def spells_chinese(hangul: str) -> bool:
    """True if every syllable of ``hangul`` (spaces aside) is one a Chinese name is written with."""
    syllables = hangul.replace(" ", "")
    return bool(syllables) and all(_chinese_syllable(s) for s in syllables)


def _chinese_syllable(syllable: str) -> bool:
    index = ord(syllable) - _HANGUL_BASE
    if not 0 <= index < 11172:
        return False
    initial, vowel, final = index // _SYLLABLES_PER_INITIAL, index // 28 % 21, index % 28
    if syllable == _ER:
        return True
    return (final in _CHINESE_FINALS and vowel not in _NOT_CHINESE_VOWELS and initial not in _NOT_CHINESE_INITIALS
            and (vowel != _EU or initial in _EU_INITIALS))
