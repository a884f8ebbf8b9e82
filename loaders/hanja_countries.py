"""Countries Korean headlines, card news and tables name by one Chinese character.

"美 상무부", "佛 '노르디아AI'", "美 62% | 日 7%", "中 AI칩 설계사": a single hanja standing as a
word of its own (between spaces, punctuation or Hangul, never inside a run of Chinese
characters, where it would be part of a Chinese word such as 美国 or 日本) is the country.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention, particle_at

_COUNTRY_OF = {"美": "미국", "中": "중국", "日": "일본", "英": "영국", "佛": "프랑스", "獨": "독일", "韓": "한국",
               "露": "러시아", "印": "인도", "臺": "대만", "濠": "호주", "加": "캐나다"}
# One of them alone: no Chinese character or Latin letter on either side.
_ALONE = re.compile(r"(?<![\u4e00-\u9fffA-Za-z])([" + "".join(_COUNTRY_OF) + r"])(?![\u4e00-\u9fffA-Za-z])")
_CHARACTERS = frozenset(_COUNTRY_OF)


def hanja_countries(text: str, known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions of the countries ``text`` names by a single hanja, where no other name stands."""
    if not _CHARACTERS.intersection(text):
        return []
    found = []
    for m in _ALONE.finditer(text):
        if any(k.start <= m.start() < k.end for k in known):
            continue
        entry = gazetteer.lookup(_COUNTRY_OF[m.group(1)])
        if entry is None:
            continue
        mention = Mention(m.start(), m.end(), entry.to_actor(), m.group(1))
        mention.particle, mention.after = particle_at(text, m.end())
        found.append(mention)
    return found
