"""Names discovered earlier in a document, recognised again wherever they recur.

A report introduces an unknown company once ("온디바이스 AI 스타트업 딥브릭스는 ...") and then
writes the bare name ("딥브릭스는 2021년 ... 설립한 회사로"), where no discovery pattern sees it.
Within one document a discovered Korean name is as good as a gazetteer entry; Latin names need
no memory, the Latin-name pattern finds them every time.
"""

from __future__ import annotations

import re

from graph.model import Actor
from loaders.discovery import ORGANISATION_WORDS
from loaders.mentions import GLOSS, Mention, particle_at
from loaders.model_codes import HANGUL_MODEL_CODE
from loaders.noun_phrases import word_ends
from loaders.patterns import HANGUL, first_char_lookahead
from loaders.person_names import SURNAME_BEFORE_ROLE, past_a_role
from loaders.transliteration import sounds_alike, transcribes

# Quotes, brackets and runs of spaces mark a title or a phrase; a name has at most single
# spaces between its words ("사르바틱 AI", "츠쿠요미 로보틱스").
_HANGUL_WORD = re.compile(r"[가-힣]{3,}")
# "Halvard Dynamics", "NVentures": a Latin name a table's name column gave.
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.'-]{3,}(?: [A-Z0-9][A-Za-z0-9&.'-]*){0,3}")
_NOT_IN_NAME = re.compile(r"[‘’'\"“”「」『』《》()\t\n]|\s\s")


class RememberedNames:
    """The discovered Korean names of one document and a finder for them."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        #: The actors by their names without spaces, as the pattern may find them.
        self._by_letters: dict[str, Actor] = {}
        self._pattern: re.Pattern[str] | None = None
        #: The people named in full by their surname, None for a surname two of them share.
        self._surnames: dict[str, Actor | None] = {}
        #: The names' first words: a sentence holding none of them names none of the actors.
        self._first_words: set[str] = set()

    def remember(self, mentions: list[Mention]) -> None:
        """Keep the discovered Korean names among ``mentions``, and the short form of those that
        spell a Latin organisation name."""
        if not mentions:
            return  # most sentences: nothing discovered, nothing to build
        kept = {m.surface.strip(): m.actor for m in mentions if self._worth_remembering(m)}
        kept |= {m.actor.name: m.actor for m in mentions if _model_code(m) and m.actor.name not in self._actors}
        shorts = {short: actor for name, actor in kept.items() if (short := _short_form(name, actor))}
        self._keep({short: actor for short, actor in shorts.items() if short not in self._actors} | kept)

    def remember_actors(self, actors: list[Actor]) -> None:
        """Keep the names of discovered actors found outside sentences: a table's company column
        names them before the prose does, where a Latin name may stand in a sentence with no cue
        for the Latin-name pattern to run ("미국 휴머노이드 스타트업 X는 ... 시리즈C를 마무리했다")."""
        self._keep({a.name: a for a in actors if a.discovered and (
            self._worth_remembering(Mention(0, 0, a, a.name, discovered=True)) or _LATIN_NAME.fullmatch(a.name))})

    def _keep(self, new: dict[str, Actor]) -> None:
        for actor in new.values():
            if actor.type == "Person" and _HANGUL_WORD.fullmatch(actor.name) and len(actor.name) == 3:
                known = self._surnames.get(actor.name[0], actor)
                self._surnames[actor.name[0]] = actor if known is not None and known.id == actor.id else None
        if new:
            self._actors.update(new)
            self._by_letters.update({_letters(name): actor for name, actor in new.items()})
            self._first_words.update(name.split(" ")[0] for name in new)
            self._pattern = None  # compiled again by the next find, not once per name kept

    def _compiled(self) -> re.Pattern[str] | None:
        if self._pattern is None and self._actors:
            words = sorted(self._actors, key=len, reverse=True)
            # "사르바틱 AI" recurs as "사르바틱AI" too, where a line break closed the gap.
            self._pattern = re.compile(first_char_lookahead(words) + r"(?<![가-힣A-Za-z0-9])("
                                       + "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in words) + ")")
        return self._pattern

    def _worth_remembering(self, m: Mention) -> bool:
        """A discovered Korean name of three syllables or more that is an organisation or a
        person. Two-syllable finds are too often common nouns a descriptor happened to precede
        ("스타트업 집중 투자"), unless a Latin gloss vouched for the name ("딜람 AI(Dilam AI)");
        programme phrases are found again by their own pattern."""
        surface = m.surface.strip()
        syllables = len(HANGUL.findall(surface))
        return (m.discovered and m.actor.type != "Program" and (syllables >= 3 or syllables == 2 and m.actor.aliases)
                and surface not in self._actors and not _NOT_IN_NAME.search(surface))

    def as_remembered_models(self, mentions: list[Mention]) -> None:
        """Give a discovered name the model actor remembered under it ("'NX-2'를 개발하고 ... A와
        NX-2를 도입": the Latin-name pattern took the unquoted code for a company)."""
        for m in mentions:
            model = self._actors.get(m.actor.name) if m.discovered and m.actor.type != "Model" else None
            if model is not None and model.type == "Model":
                m.actor = model

    def find(self, text: str, known: list[Mention]) -> list[Mention]:
        """Mentions of remembered names in ``text`` outside the ``known`` ones."""
        found = self._by_surname(text, known)
        # Compiling the pattern again after each name kept costs more than looking for the names'
        # first words (the pattern lets a space fall out, "사르바틱AI", never a first word).
        if self._pattern is None and not any(word in text for word in self._first_words):
            return found
        pattern = self._compiled()
        if pattern is None:
            return found
        for m in pattern.finditer(text):
            if not word_ends(text, m.end()) or any(k.start < m.end() and k.end > m.start() for k in known):
                continue
            mention = Mention(m.start(), m.end(), self._by_letters[_letters(m.group(1))], m.group(1), discovered=True)
            # "타밈 인텔리전스(Tameem Intelligence)도": the particle follows the gloss
            gloss = GLOSS.match(text, m.end())
            end = gloss.end() if gloss else m.end()
            if mention.actor.type == "Person":
                end = past_a_role(text, end)  # "홍길동 대표가": the role's particle is the name's
            mention.particle, mention.after = particle_at(text, end)
            found.append(mention)
        return found

    def _by_surname(self, text: str, known: list[Mention]) -> list[Mention]:
        """"정 대표가": the one person of that surname the document named in full, by surname and post,
        as the press writes a person named once."""
        found: list[Mention] = []
        for m in SURNAME_BEFORE_ROLE.finditer(text) if self._surnames else ():
            person = self._surnames.get(m.group(1))
            end = past_a_role(text, m.end())
            if person is None or end == m.end() or any(k.start < end and k.end > m.start() for k in known):
                continue
            mention = Mention(m.start(), m.end(), person, m.group(1), discovered=True)
            mention.particle, mention.after = particle_at(text, end)
            found.append(mention)
        return found


# "'NX-2'를 개발": a product code, letters and a number.
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,8}-?\d{1,4}[A-Za-z]?")
_CODE_SHAPES = (_MODEL_CODE, HANGUL_MODEL_CODE)


def _model_code(m: Mention) -> bool:
    """True if ``m`` is a discovered model named by a code ("NX-2"): where it recurs unquoted, the
    Latin-name pattern would take it for a company, so the document remembers it as a model."""
    return m.discovered and m.actor.type == "Model" and any(shape.fullmatch(m.actor.name) for shape in _CODE_SHAPES)


# "노르도 컴퓨트(Nordo Compute)" recurs as "노르도와": once introduced, a Hangul spelling of a
# Latin organisation name ("... Compute", "... Robotics") is cut to the word that names it.
# "베리디안랩스(Veridian Labs)" recurs as "베리디안은": written in one word, the name is cut where
# the Hangul for the organisation word starts.
def _short_form(name: str, actor: Actor) -> str | None:
    """The first word of ``name`` if ``name`` spells one of the actor's Latin names word for
    word, that name's first word is a name and its last a word for an organisation ("Nordo
    Compute", not "Data Compute": "데이터와" is no short form); the Hangul word must be of three
    syllables or more. A name in one word is cut before the syllables that spell the
    organisation word, if those before sound like the name word."""
    latins = [latin for alias in actor.aliases if len(latin := alias.split()) == 2 and alias.isascii()
              and latin[-1] in ORGANISATION_WORDS and latin[0] not in ORGANISATION_WORDS]
    words = name.split()
    if not latins or not _HANGUL_WORD.fullmatch(words[0]):
        return None
    if len(words) == 2:
        return words[0]
    if len(words) > 1 or len(name) < 4:
        return None
    return next((name[:cut] for cut in range(len(name) - 1, 1, -1) for latin in latins
                 if transcribes([name[:cut], name[cut:]], latin) and sounds_alike([name[:cut]], latin[:1])), None)


def _letters(name: str) -> str:
    return re.sub(r"\s", "", name)
