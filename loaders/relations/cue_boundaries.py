"""Korean cue words found inside a longer word that means something else.

Korean writes compounds without spaces, so a cue is searched for anywhere in the text, and the
act it names may sit inside another word: "투자자" (an investor), "개발사" (a developer firm),
"조달청" (the procurement agency), "유치원" (a kindergarten), "인수위" (a transition committee),
"내세운" (put forward), "비공개" (undisclosed). Such a word states no act, so its cue is no cue.

The rules follow Korean word formation, not particular sentences:
- a Sino-Korean noun-forming suffix after the act noun makes a noun for a person, a firm or a
  body (者 자, 社 사, 廳 청, 院/園 원, 委 위, 委員會 위원회, 業界 업계, 銀行 은행, 團 단, 센터) when the
  word ends there (a particle or no Hangul follows): "투자자가", "개발사인", "조달청은", "서울대
  산학협력단", "기술협력센터"; the same
  syllables starting a longer noun keep the act ("투자자금", "개발사업", "투자원금"), and so does
  the agent noun naming the role one takes ("A가 출자자로 참여": A put money in);
- a word-initial negating prefix (非 비, 未 미, 不 불) turns the act into its absence:
  "비공개", "미참여";
- 세우다 "to set up" forms compounds that no longer mean founding ("내세운 공약", "앞세워"),
  so its cue must start a word.
"""

from __future__ import annotations

import re

# Particles and copula endings that may close a noun (the suffixed noun ends before them).
_PARTICLE = r"(?:가|이|은|는|을|를|의|와|과|로|으로|에|도|들|인|만|나|란|라|께|엔|였|다)"
_WORD_END = rf"(?:$|[^가-힣]|{_PARTICLE})"
# Noun-forming suffixes for a person, a firm or a body, each closing its word.
_AGENT_NOUN = re.compile(rf"(?:자|사|청|원|위|위원회|업계|은행|단|센터){_WORD_END}")
# "A가 앵커 출자자로 참여", "투자사로 나섰다": taking the agent's role is doing the act ("로부터" is a source);
# the role's abbreviation may stand between ("전략적 출자자(LP)로 참여").
_IN_THE_ROLE = re.compile(r"[자사](?:[(（][A-Za-z]{1,5}[)）])?로(?!부터)")
# Word-initial negating prefixes directly before the act noun.
_NEGATED = re.compile(r"(?:^|[^가-힣])[비미불]$")
# Cues of 세우다 "to set up", which compounds with a verb or noun before it.
_SET_UP = ("세운", "세웠", "세워")
_HANGUL = re.compile("[가-힣]")


def inside_another_word(text: str, start: int, end: int, word: str) -> bool:
    """Whether the Korean cue ``word`` at ``text[start:end]`` is part of a longer word that
    names no act (see the module docstring)."""
    if _AGENT_NOUN.match(text, end) and _HANGUL.match(word[-1]) and not _IN_THE_ROLE.match(text, end):
        return True
    before = text[max(0, start - 2):start]
    if before and _NEGATED.search(before):
        return True
    return word.startswith(_SET_UP) and bool(before) and bool(_HANGUL.match(before[-1]))
