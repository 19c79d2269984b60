"""People: full names with the role written next to them (社区党委书记宋玮, 李琼说).

Candidates (a name is surname + one or two given-name characters, `person_surnames.txt`)
  T1 a role word ends right before the name (`person_roles.txt`): 中心主任陈会兰, 本报记者任晓霞.
  T2 a speech verb starts right after it (`person_speech_verbs.txt`): 李琼说, 苏小妹坦言.
  T3 the name opens a line and a named organization follows it with a role (profile lines):
     韩书海北票市委社会工作部部长、市委“两新”工委书记.
  T4 a full name with an honorific after it (`person_honorifics.txt`): 胡阿虎师傅 (role 师傅).
  T5 an age before it (65岁的王秀兰), a role clause after it (李彬是…的一名专职志愿者, 王芳担任…), or the
     unit it belongs to after it (罗新所在的宜宾市酒都义工联合会).
Filters (numbered, each a method)
  P1 the given part holds a character that does not occur in names (`person_not_given.txt`:
     李琼说, 张杰的) or starts with an honorific (侯师傅, 苏女士, 李哥) → none.
  P2 the name is an ordinary word (in jieba's dictionary with some frequency: 文明, 高级) → none.
  P3 the name lies inside an organization, place or community mention → none (胡阿虎公益服务中心).
  P4 a name right after 小/老/阿 is a nickname (小李, 老王) → none.
Where a name ends (范偌为告诉 vs 苏畅道出): the shorter name wins when a speech verb follows
it; otherwise the longer one when a speech verb or a follow word (`person_follow_words.txt`)
follows; otherwise the shorter one when a follow word follows; otherwise the one after which
a dictionary word starts (刘洪涛|主持). Surnames that are also adverbs or word starts
(`person_ambiguous_surnames.txt`: 司机常遇…) need a speech verb, punctuation or a title after.

Every later occurrence of a found name in the article becomes a mention of the same person
(canonical = the name). `attrs`: role (as written next to the name, including the
organization it belongs to: 安庆市全人社工负责人; a `是…队员` clause after the name wins over a
bare title before it), affiliation (the organization or community in the role), byline
(reporter credit lines: 本报记者任晓霞).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention, Party
from ..vocabulary import word_freq, word_tags
from .organizations import jieba_function_words

# Characters after which a name's end is clear (punctuation, quotes, line/space).
RE_NAME_END = regex.compile(r"^(?:[\s，。、；：！？“”‘’（）《》—…,.;:!?()]|\Z)")
# A Han character (given names are Han only).
RE_HAN = regex.compile(r"^\p{Han}+\Z")
# A role stated after the name: 张杰，是时事政治宣传小分队队员 / 李彬是宜宾市酒都义工联合会的一名专职志愿者
# / 王芳担任社区党委书记.
RE_IS_ROLE = regex.compile(r"^，?(?:是|担任)([^，。、；：！？\n“”]{2,30})")
# The counter before a role in a `是…的一名…` clause: the role is what follows it (or what
# follows the last 的 when there is no counter: 是该小区的业主 → 业主).
RE_ONE_OF = regex.compile(r"(?:一名|一位|一个|名|位)")
# An age right before a name: 81岁的张杰, 六十五岁的王秀兰.
RE_AGE_BEFORE = regex.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的\Z")
# "the … that X belongs to" after a name: 罗新所在的宜宾市酒都义工联合会.
BELONGS_TO = "所在的"
# Characters before a surname that make the name a nickname: 小李, 老王, 阿强.
NICKNAME_MARKS = frozenset("小老阿")
# Roles that make a name at a line end a reporter's credit line.
BYLINE_ROLES = frozenset({"记者", "本报记者", "特约记者", "通讯员", "实习生", "本报通讯员"})
# Sentence punctuation: a credit line (本报记者任晓霞) has none.
RE_SENTENCE_PUNCT = regex.compile(r"[，。；：！？“”]")
# A profile line's roles are one clause (quotes allowed: 市委“两新”工委书记).
RE_CLAUSE_PUNCT = regex.compile(r"[，。；：！？]")
MAX_CREDIT_LINE = 40
# Han characters that may stand right before a name (…的陈会兰坦言, 由王芳负责).
NAME_LEFT_FUNCTION_CHARS = frozenset("的是和与由对向给被让")
# jieba frequencies: a "name" this common is an ordinary word (文明, 高级) …
COMMON_WORD_FREQ = 100
# … a two-character given part this common is one too when nothing but a speech verb
# supports the name (比如|说) …
COMMON_GIVEN_FREQ = 1000
# … and a two-character word this common starting right after a name marks its end (刘洪涛|主持).
WORD_START_FREQ = 50


@dataclass(frozen=True)
class _Resources:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    roles: frozenset[str]
    role_max: int
    speech_verbs: tuple[str, ...]
    honorifics: tuple[str, ...]
    not_given: frozenset[str]
    follow_words: tuple[str, ...]
    role_units: tuple[str, ...]
    ambiguous_surnames: frozenset[str]


@lru_cache(maxsize=1)
def resources() -> _Resources:
    surnames = read_terms("person_surnames.txt")
    roles = frozenset(read_terms("person_roles.txt"))
    by_length = lambda terms: tuple(sorted(terms, key=len, reverse=True))  # noqa: E731
    return _Resources(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        roles=roles,
        role_max=max(len(r) for r in roles),
        speech_verbs=by_length(read_terms("person_speech_verbs.txt")),
        honorifics=by_length(read_terms("person_honorifics.txt")),
        not_given=frozenset("".join(read_terms("person_not_given.txt"))),
        follow_words=by_length(read_terms("person_follow_words.txt")),
        ambiguous_surnames=frozenset(read_terms("person_ambiguous_surnames.txt")),
        role_units=by_length(set(read_terms("person_role_units.txt")) | {row["suffix"] for row in read_table("org_suffixes.tsv")}),
    )


@dataclass
class _Found:
    start: int
    end: int
    role: str | None = None
    affiliation: Party | None = None
    byline: bool = False


class PersonExtractor:
    """Finds people with their roles (label "people").

    Keyword-only options:
      propagate: also mark later occurrences of a found name as mentions (default True).
    """

    assigns = "people"
    requires = ("places", "communities", "organizations")

    def __init__(self, *, propagate: bool = True) -> None:
        self.propagate = propagate
        self.res = resources()
        self.freq = word_freq()

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        blocked = self._blocked(ctx)
        found: list[_Found] = []
        found += self._after_roles(ctx, blocked)
        found += self._before_speech(ctx, blocked)
        found += self._profile_lines(ctx, blocked)
        found += self._with_honorific(ctx, blocked)
        found += self._with_clause(ctx, blocked)
        found = self._prefer_short_names(text, found)
        return self._mentions(ctx, found, blocked)

    # ---------------------------------------------------------------- candidates
    def _after_roles(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T1: 中心主任陈会兰."""
        text, out = ctx.text, []
        for p in range(1, len(text)):
            if not self._surname_len(text, p):
                continue
            role = self._role_word_ending_at(text, p)
            if role is None:
                continue
            end = self._name_end(text, p, blocked)
            if end is None:
                continue
            role_text, affiliation = self._role_phrase(ctx, p)
            found = _Found(p, end, role_text, affiliation)
            found.byline = role in BYLINE_ROLES and self._is_credit_line(text, p - len(role_text))
            out.append(found)
        return out

    def _before_speech(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T2: 李琼说, …的陈会兰坦言."""
        text, out, seen = ctx.text, [], set()
        for verb in self.res.speech_verbs:
            for match in regex.finditer(regex.escape(verb), text):
                v = match.start()
                start = self._name_start_before(text, v, blocked)
                if start is not None and start not in seen:
                    seen.add(start)
                    role, affiliation = self._role_phrase(ctx, start) if self._role_word_ending_at(text, start) else (None, None)
                    out.append(_Found(start, v, role, affiliation))
        return out

    def _profile_lines(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T3: a line that opens with a name followed by a named unit and a role."""
        text, out = ctx.text, []
        units = {m.start: m for label in ("organizations", "places") for m in ctx.found(label)}
        for line in regex.finditer(r"[^\n]+", text):
            p = line.start()
            if not self._surname_len(text, p):
                continue
            for name_len in (3, 2, 4):
                end = p + name_len
                unit = units.get(end)
                if unit is None or not self._valid_name(text, p, end, blocked):
                    continue
                tail = text[end : line.end()]
                role = tail if self._ends_with_role(tail) and len(tail) <= MAX_CREDIT_LINE and not RE_CLAUSE_PUNCT.search(tail) else None
                if role:
                    org = next((m for m in ctx.found("organizations") if m.start == end), None)
                    out.append(_Found(p, end, role, Party(org.label, org.canonical) if org else None))
                break
        return out

    def _with_honorific(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T4: 胡阿虎师傅 (a full three-character name, then an honorific)."""
        text, out = ctx.text, []
        for honorific in self.res.honorifics:
            if len(honorific) < 2:
                continue
            for match in regex.finditer(regex.escape(honorific), text):
                h = match.start()
                for name_len in (3, 4):
                    p = h - name_len
                    if p < 0 or self._surname_len(text, p) != name_len - 2:
                        continue
                    if self._valid_name(text, p, h, blocked) and self._left_boundary(text, p) and not self._is_nickname(text, p):
                        out.append(_Found(p, h, honorific))
                        break
        return out

    def _with_clause(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T5: an age before the name (65岁的王秀兰), a role clause after it (李彬是…的一名
        专职志愿者) or the unit the person belongs to (罗新所在的宜宾市酒都义工联合会)."""
        text, out = ctx.text, []
        units = {m.start for label in ("organizations", "communities") for m in ctx.found(label)}
        for p in range(len(text)):
            if not self._surname_len(text, p) or not self._left_boundary(text, p):
                continue
            aged = RE_AGE_BEFORE.search(text, max(0, p - 8), p) is not None
            end = self._name_end(text, p, blocked)
            if end is None:
                continue
            belongs = text.startswith(BELONGS_TO, end) and end + len(BELONGS_TO) in units
            if aged or belongs or self._role_after(ctx, end):
                out.append(_Found(p, end))
        return out

    # ---------------------------------------------------------------- names
    def _surname_len(self, text: str, p: int) -> int:
        if text[p : p + 2] in self.res.compound_surnames:
            return 2
        return 1 if text[p : p + 1] in self.res.surnames else 0

    def _valid_name(self, text: str, start: int, end: int, blocked: list[bool], *, strict: bool = False) -> bool:
        """P1–P3 for the name text[start:end]; `strict` (no role next to it) also rejects
        given names that are common words (比如说 is not a person 比如)."""
        name = text[start:end]
        if self._role_word_ending_at(name, len(name)) == name or any(name.startswith(r) for r in self._role_prefixes(name)):
            return False  # 居民刘大爷: a role, not a surname
        surname = self._surname_len(text, start)
        given = name[surname:]
        if not surname or not 1 <= len(given) <= 2 or not RE_HAN.match(given):
            return False
        if any(ch in self.res.not_given for ch in given):  # P1
            return False
        if len(given) == 2 and given in jieba_function_words():  # P2: 常|面临, not a given name
            return False
        if text.startswith(self.res.honorifics, start + surname):  # P1: 侯师傅, 苏女士, 李哥, 张阿姨
            return False
        # jieba's own `nr` tags are no help for two characters (it tags 荣获 and 文明 as names),
        # but a three-character dictionary word tagged `nr` is a person's name (王晓东).
        known_full_name = len(name) == 3 and word_tags().get(name) == "nr"
        if not known_full_name and (
            self.freq.get(name, 0) >= COMMON_WORD_FREQ or (strict and len(given) == 2 and self.freq.get(given, 0) >= COMMON_GIVEN_FREQ)
        ):  # P2
            return False
        return not any(blocked[start:end])  # P3

    def _role_prefixes(self, name: str) -> list[str]:
        return [name[:i] for i in range(2, len(name) + 1) if name[:i] in self.res.roles]

    def _is_nickname(self, text: str, p: int) -> bool:  # P4
        return p > 0 and text[p - 1] in NICKNAME_MARKS

    def _follows(self, text: str, i: int, words: tuple[str, ...]) -> bool:
        return RE_NAME_END.match(text[i : i + 1]) is not None or text.startswith(words, i)

    def _name_end(self, text: str, p: int, blocked: list[bool]) -> int | None:
        """Where a name starting at p ends (see the module docstring), or None."""
        if self._is_nickname(text, p):
            return None
        surname = self._surname_len(text, p)
        short, long = p + surname + 1, p + surname + 2
        strong = self.res.speech_verbs + self.res.honorifics + tuple(self.res.roles)
        weak = strong + self.res.follow_words
        short_ok = self._valid_name(text, p, short, blocked)
        long_ok = long <= len(text) and self._valid_name(text, p, long, blocked)
        if short_ok and text.startswith(self.res.speech_verbs, short):
            return short
        if text[p] in self.res.ambiguous_surnames:  # 司机常遇…: only a clear end makes it a name
            for end, ok in ((long, long_ok), (short, short_ok)):
                if ok and self._follows(text, end, strong):
                    return end
            return None
        if long_ok and self._follows(text, long, weak):
            return long
        if short_ok and self._follows(text, short, weak):
            return short
        # Otherwise the name ends where a dictionary word starts: 刘洪涛|主持, not 刘洪|涛主.
        if long_ok and self._word_starts(text, long) and not self._word_starts(text, short):
            return long
        if short_ok and self._word_starts(text, short):
            return short
        return None

    def _word_starts(self, text: str, i: int) -> bool:
        """A two-character dictionary word starts at i (jieba's frequencies)."""
        return self.freq.get(text[i : i + 2], 0) >= WORD_START_FREQ

    def _name_start_before(self, text: str, v: int, blocked: list[bool]) -> int | None:
        """T2: where a name that ends at v starts, or None."""
        for name_len in (3, 4, 2):
            p = v - name_len
            if p < 0 or self._surname_len(text, p) != max(1, name_len - 2):
                continue
            strict = self._role_word_ending_at(text, p) is None
            if self._valid_name(text, p, v, blocked, strict=strict) and self._left_boundary(text, p):
                return p
        return None

    def _left_boundary(self, text: str, p: int) -> bool:
        """A name may start at p: after punctuation, a line start, a function word or a role."""
        before = text[p - 1] if p > 0 else "\n"
        if before in NICKNAME_MARKS:
            return False
        return not RE_HAN.match(before) or before in NAME_LEFT_FUNCTION_CHARS or self._role_word_ending_at(text, p) is not None

    # ---------------------------------------------------------------- roles
    def _role_word_ending_at(self, text: str, p: int) -> str | None:
        for length in range(min(self.res.role_max, p), 0, -1):
            if text[p - length : p] in self.res.roles:
                return text[p - length : p]
        return None

    def _ends_with_role(self, phrase: str) -> bool:
        return any(phrase.endswith(role) for role in self.res.roles)

    def _role_phrase(self, ctx: ArticleContext, p: int) -> tuple[str, Party | None]:
        """The role written before position p: titles joined by 、, each with its unit."""
        text = ctx.text
        ends = {m.end: m for label in ("places", "communities", "organizations") for m in ctx.found(label)}
        start, affiliation = p, None
        while True:
            role = self._role_word_ending_at(text, start)
            if role is None:
                break
            start -= len(role)
            while True:  # the units the title belongs to: 叙州区民政局|办公室|副主任
                unit = ends.get(start)
                if unit is not None and unit.start < start:
                    if affiliation is None and unit.label in ("organizations", "communities"):
                        affiliation = Party(unit.label, unit.canonical)
                    start = unit.start
                    continue
                word = next((w for w in self.res.role_units if text.endswith(w, 0, start)), None)
                if word is None:
                    break
                start -= len(word)
            if start > 0 and text[start - 1] == "、" and self._role_word_ending_at(text, start - 1):
                start -= 1
                continue
            break
        return text[start:p], affiliation

    def _role_after(self, ctx: ArticleContext, end: int) -> tuple[str, Party | None] | None:
        """张杰，是时事政治宣传小分队队员 → 时事政治宣传小分队队员."""
        match = RE_IS_ROLE.match(ctx.text[end:])
        if not match:
            return None
        phrase = match.group(1)
        best = max((i for i in range(len(phrase) + 1) if self._ends_with_role(phrase[:i])), default=0)
        if not best:
            return None
        phrase_start = end + match.start(1)
        clause = phrase[:best]
        counters = list(RE_ONE_OF.finditer(clause)) or list(regex.finditer("的", clause))
        role = clause[counters[-1].end():] if counters else clause
        affiliation = next(
            (Party(m.label, m.canonical) for m in ctx.found("organizations") if phrase_start <= m.start and m.end <= phrase_start + best),
            None,
        )
        return (role, affiliation) if role else None

    # ---------------------------------------------------------------- assembly
    def _blocked(self, ctx: ArticleContext) -> list[bool]:
        blocked = [False] * len(ctx.text)
        for label in ("organizations", "places", "communities"):
            for mention in ctx.found(label):
                for i in range(mention.start, mention.end):
                    blocked[i] = True
        return blocked

    def _is_credit_line(self, text: str, p: int) -> bool:
        """A credit starting at p: a short line of roles and names only (本报记者任晓霞 /
        本报记者王晓明通讯员陈静), or one in brackets after the text (…。（记者王明）)."""
        line_start = text.rfind("\n", 0, p) + 1
        bracket = max(text.rfind("（", line_start, p), text.rfind("(", line_start, p))
        if bracket >= 0 and not RE_SENTENCE_PUNCT.search(text, bracket, p) and ")" not in text[bracket:p] and "）" not in text[bracket:p]:
            return text.startswith(tuple(BYLINE_ROLES), bracket + 1)
        line_end = text.find("\n", p)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        return len(line) <= MAX_CREDIT_LINE and not RE_SENTENCE_PUNCT.search(line)

    def _prefer_short_names(self, text: str, found: list[_Found]) -> list[_Found]:
        """A three-character name whose first two characters are also a found name is that name."""
        names = {text[f.start : f.end] for f in found}
        kept = []
        for f in found:
            name = text[f.start : f.end]
            if len(name) == 3 and name[:2] in names:
                f = _Found(f.start, f.end - 1, f.role, f.affiliation, f.byline)
            kept.append(f)
        return kept

    def _mentions(self, ctx: ArticleContext, found: list[_Found], blocked: list[bool]) -> list[Mention]:
        text = ctx.text
        spans: dict[int, _Found] = {}
        for f in sorted(found, key=lambda f: f.start):
            spans.setdefault(f.start, f)
        names = {text[f.start : f.end] for f in found}
        if self.propagate:
            for name in names:
                for match in regex.finditer(regex.escape(name), text):
                    start, end = match.span()
                    if start in spans or any(blocked[start:end]) or self._is_nickname(text, start):
                        continue
                    if self._name_end(text, start, blocked) not in (None, end):
                        continue  # 李华 inside another name 李华强
                    spans[start] = _Found(start, end)
        people: dict[str, dict] = {}
        for start in sorted(spans):  # the first role stated for a name is its role
            f = spans[start]
            name = text[f.start : f.end]
            after = self._role_after(ctx, f.end)
            role, affiliation = after if after else (f.role, f.affiliation)
            attrs = people.setdefault(name, {"role": None, "affiliation": None, "byline": False})
            if attrs["role"] is None and role:
                attrs["role"], attrs["affiliation"] = role, affiliation
            attrs["byline"] = attrs["byline"] or f.byline
        mentions = []
        for start in sorted(spans):
            f = spans[start]
            name = text[f.start : f.end]
            if name in people:
                mentions.append(Mention(self.assigns, f.start, f.end, name, attrs=dict(people[name])))
        return mentions
