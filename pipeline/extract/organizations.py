"""Organizations: government departments, Party committees, social-work agencies, NGOs,
associations, foundations, companies, hospitals and schools named in an article.

How a name is found (candidates, then numbered filters):

Candidates
  C1 an organization ending from `lexicons/org_suffixes.tsv` (民政局, 社会工作部, 服务中心 …),
     extended leftward over the name written before it, token by token (jieba tokens of
     `ctx.doc`), jumping over place and community mentions found earlier, and stopping at a
     left-stop word (`org_left_stops.txt`), a word jieba tags as a verb, adverb, pronoun,
     numeral … (one-character tokens only when listed as stops: jieba mis-tags 苏州市|立|医院),
     punctuation or a line break: 联合|银川市委社会工作部, 罗新所在的|宜宾市酒都义工联合会.
     Text before the first place inside a candidate is cut off unless it is a national prefix
     or an organization (韩书海|北票市委社会工作部, but 中国银行苏州分行).
  C2 a brand-like agency name `X社工` (九龙社工, 全人社工) where X is not a job modifier
     (`org_social_worker_modifiers.txt`) and the article uses it as an agency at least once
     (`org_brand_context.tsv`: 与全人社工的联合, 全人社工负责人).
  C3 a quoted name right after an organization noun (`org_quote_heads.txt`): 公益机构“十方缘”.
  C4 a known standalone name (`org_names.tsv`: 民政部, 全国妇联) written where no longer name
     contains it (据民政部统计).

Filters (each a small method, in this order)
  F1 the longest ending at a position is a venue (`org_venues.txt`: 社区党群服务中心) → none.
  F2 the ending continues into a longer word or a website (`org_right_blockers.txt`:
     社会工作部门, 民政局官网) → none.
  F3 media outlets (`org_media.txt`) and names inside 《》 → none (they are `source`).
  F4 generic references: the part before the ending is only descriptor words
     (`org_generic_words.txt`: 社会组织培育中心, 相关部门) or, for endings with place_ok=no,
     only a place (安庆分公司) → none. A bare 社区党委/村党支部 is resolved to the named
     community the text was just talking about (八棵杨社区 … 社区党委 → 八棵杨社区党委,
     span over 社区党委, composed form in `canonical`); unresolved → none.
  F5 a name written only inside quotes (“乔社学院”) is a program/brand unless an organization
     context word stands before it (联合“233网校”).
  F6 candidates nested in a longer candidate are dropped (首都师范大学 inside
     首都师范大学生命科学学院).

Aliases: mentions whose keys (quotes, 服务 and admin-level characters removed) are equal,
one ends with the other (叙州区社会组织培育中心 ~ 宜宾叙州社会组织培育服务中心), or differ by a
type word (九龙社工 ~ 九龙社工中心) share the canonical of the first one.

`attrs`: {"kind": government | party | social_work | association | foundation | company |
hospital | school | other}.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping
from functools import lru_cache

import ahocorasick
import regex

from ..chars import RE_BOOK_TITLE, strip_quotes
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..spans import SpanIndex
from ..vocabulary import word_tags

# One unit of an organization name: Han characters, ASCII letters/digits, quotes and the
# middle dot. Example: 233网校.
RE_NAME_UNIT = regex.compile(r"^[\p{Han}A-Za-z0-9“”·]+\Z")
# An ordinal inside a name (jieba tags it a numeral): 附属第二医院, 开阳里第四社区.
RE_ORDINAL = regex.compile(r"^第[一二三四五六七八九十百零0-9]+\Z")
# A brand-like agency name: two Han characters + 社工, e.g. 九龙社工 in 九龙社工荣获.
RE_BRAND_SOCIAL_WORK = regex.compile(r"(\p{Han}{2})社工")
# Text after `X社工` that makes it a job or a facility, not the agency: 九龙社工们, 社工人才, 社工站.
RE_BRAND_NOT_AGENCY = regex.compile(r"^(?:们|人才|师|站|室|专业|证|队伍|团队建设)")
# A quoted name (1–12 characters, no line break): “十方缘”.
RE_QUOTED_NAME = regex.compile(r"“([^“”\n]{1,12})”")
# Characters stripped from alias keys: admin-level words and 服务 vary between a name's forms
# (叙州区社会组织培育中心 vs 宜宾叙州社会组织培育服务中心).
RE_ALIAS_NOISE = regex.compile(r"服务|街道|[省市区县]")
# The head word of a community name: 专业化|社区 (what is left must name something).
RE_COMMUNITY_HEAD = regex.compile(r"(?:社区|村)\Z")
# Place-level endings: a Han character like this before X社工 ends a place, so X社工 may
# start there (安庆市|全人社工); any other Han character before it means X is cut mid-word.
PLACE_TAIL_CHARS = frozenset("省市区县镇乡道州盟旗")

# Word endings that make a descriptor, not a name: 专业化, 专业性, 枢纽型, 孵化类.
DESCRIPTOR_ENDINGS = frozenset("化性型类式")

MAX_NAME_CHARS = 30
# How far back (characters) a bare 社区党委 may look for the community it belongs to.
COMMUNITY_LOOKBACK = 300
# Endings of a bare community-level Party body that is resolved through context.
COMMUNITY_BODY_PREFIXES = {"社区": "社区", "村": "村"}
# Type words that, appended to a name, still denote the same organization (九龙社工中心).
ALIAS_TYPE_WORDS = ("服务中心", "中心", "机构")
# Head words of C3 that mark a social-work or charity body (else the kind is "other").
RE_SOCIAL_HEAD = regex.compile(r"社工|社会工作|公益|慈善|志愿")


@dataclass(frozen=True)
class _Suffix:
    text: str
    kind: str
    place_ok: bool
    venue: bool


@dataclass(frozen=True)
class _Resources:
    suffixes: "ahocorasick.Automaton"
    generic: frozenset[str]
    generic_max: int
    stops: frozenset[str]
    verbs: frozenset[str]
    known_words: Mapping[str, str]  # every dictionary word (with its tag)
    surnames: frozenset[str]
    right_blockers: tuple[str, ...]
    media_names: frozenset[str]
    media_endings: tuple[str, ...]
    brand_before: tuple[str, ...]
    brand_after: tuple[str, ...]
    worker_modifiers: frozenset[str]
    quote_heads: tuple[str, ...]
    national_prefixes: frozenset[str]
    known_names: "ahocorasick.Automaton"


# jieba part-of-speech tags of words that cannot be inside an organization name: verbs,
# adverbs, pronouns, prepositions, conjunctions, particles, numerals/measures, adjectives,
# time words (这里有|…, 我们|…, 一批|…, 认真|…, 除夕|…). Nouns, place and name tags pass.
STOP_TAGS = frozenset(
    "v vd vg vi d ad dg r rr rz rg p c cc u uj ul uz ud ug uv y e o q mq m a an ag t tg k".split()
)


@lru_cache(maxsize=1)
def jieba_function_words() -> frozenset[str]:
    """Words jieba's dictionary tags with a STOP_TAGS tag (verbs, adverbs, pronouns …); shared with people."""
    return frozenset(word for word, tag in word_tags().items() if tag in STOP_TAGS)


@lru_cache(maxsize=1)
def resources() -> _Resources:
    """Automata and word sets built once per process from the lexicons."""
    automaton = ahocorasick.Automaton()
    for row in read_table("org_suffixes.tsv"):
        suffix = _Suffix(row["suffix"], row["kind"], row["place_ok"] == "yes", venue=False)
        automaton.add_word(suffix.text, suffix)
    for venue in read_terms("org_venues.txt"):
        automaton.add_word(venue, _Suffix(venue, "other", False, venue=True))
    automaton.make_automaton()
    generic = frozenset(read_terms("org_generic_words.txt"))
    media = read_terms("org_media.txt")
    brand = read_table("org_brand_context.tsv")
    return _Resources(
        suffixes=automaton,
        generic=generic,
        generic_max=max(len(word) for word in generic),
        stops=frozenset(read_terms("org_left_stops.txt")),
        verbs=jieba_function_words() - generic,
        known_words=word_tags(),
        surnames=frozenset(read_terms("person_surnames.txt")),
        right_blockers=read_terms("org_right_blockers.txt"),
        media_names=frozenset(term for term in media if not term.startswith("*")),
        media_endings=tuple(term[1:] for term in media if term.startswith("*")),
        brand_before=tuple(row["word"] for row in brand if row["side"] == "before"),
        brand_after=tuple(row["word"] for row in brand if row["side"] == "after"),
        worker_modifiers=frozenset(read_terms("org_social_worker_modifiers.txt")),
        quote_heads=tuple(sorted(read_terms("org_quote_heads.txt"), key=len, reverse=True)),
        national_prefixes=frozenset(read_terms("org_national_prefixes.txt")),
        known_names=_automaton({row["name"]: row["kind"] for row in read_table("org_names.tsv")}),
    )


def _automaton(words: dict[str, str]) -> "ahocorasick.Automaton":
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, (word, value))
    automaton.make_automaton()
    return automaton


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    canonical: str = ""
    quoted_only: bool = False


def clean_name(surface: str) -> str:
    """The clean form of a surface: quote marks removed."""
    return strip_quotes(surface)


def alias_key(name: str) -> str:
    """What two forms of one name share: 社工 is short for 社会工作 (九龙社会工作服务中心 ~ 九龙社工中心)."""
    return RE_ALIAS_NOISE.sub("", clean_name(name).replace("社会工作", "社工"))


class OrganizationExtractor:
    """Finds organization mentions (label "organizations").

    Keyword-only options:
      max_name_chars: longest organization name considered (default 30 characters).
      community_lookback: how many characters before a bare 社区党委 the named community may
        be mentioned for the two to be linked (default 300).
    """

    assigns = "organizations"
    requires = ("places", "communities")

    def __init__(self, *, max_name_chars: int = MAX_NAME_CHARS, community_lookback: int = COMMUNITY_LOOKBACK) -> None:
        self.max_name_chars = max_name_chars
        self.community_lookback = community_lookback
        self.res = resources()

    # ------------------------------------------------------------------ entry point
    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        protected = _protected_spans(ctx)
        media_spans = [m.span() for m in RE_BOOK_TITLE.finditer(text)]
        candidates: list[_Candidate] = []
        candidates += self._suffix_candidates(ctx, protected)
        candidates += self._brand_candidates(text, ctx)
        candidates += self._quoted_candidates(text)
        candidates += self._known_candidates(text)
        candidates = [c for c in candidates if not self._is_media(text, c, media_spans)]  # F3
        candidates = [c for c in candidates if not (c.quoted_only and not self._has_org_context_before(text, c.start))]  # F5
        candidates = _drop_nested(candidates)  # F6
        return self._link_aliases(text, candidates)

    # ------------------------------------------------------------------ C1: endings
    def _suffix_candidates(self, ctx: ArticleContext, protected: dict[int, int]) -> list[_Candidate]:
        text = ctx.text
        longest: dict[int, _Suffix] = {}
        for end_index, suffix in self.res.suffixes.iter(text):
            end = end_index + 1
            if end not in longest or len(suffix.text) > len(longest[end].text):
                longest[end] = suffix
        out = []
        for end, suffix in sorted(longest.items()):
            if suffix.venue:  # F1
                continue
            if self._blocked_right(text, end):  # F2
                continue
            suffix_start = end - len(suffix.text)
            start = self._extend_left(text, suffix_start, ctx.tokens, protected)
            candidate = self._classify(ctx, start, suffix_start, end, suffix)  # F4
            if candidate is not None:
                out.append(candidate)
        return out

    def _blocked_right(self, text: str, end: int) -> bool:
        return any(text.startswith(word, end) for word in self.res.right_blockers)

    def _extend_left(self, text: str, start: int, tokens: SpanIndex, protected: dict[int, int]) -> int:
        """Move `start` left over the units of the name written before an ending."""
        limit = max(0, start - self.max_name_chars)
        line_start = text.rfind("\n", 0, start) + 1
        floor = max(limit, line_start)
        i = start
        while i > floor:
            if i in protected and protected[i] >= floor:  # a place/community mention ends here
                i = protected[i]
                continue
            unit_start = max((tokens.at(i - 1) or (i - 1, i))[0], floor)
            unit = text[unit_start:i]
            if unit == "”":
                opening = text.rfind("“", floor, i - 1)
                if opening < 0 or i - opening > 14 or not RE_NAME_UNIT.match(text[opening + 1 : i - 1] or "”"):
                    break
                i = opening
                continue
            if not RE_NAME_UNIT.match(unit) or "“" in unit or "”" in unit:
                break
            if unit in self.res.stops:
                break
            if len(unit) > 1 and unit[0] in self.res.stops and unit not in self.res.known_words and self._only_generic_words(unit[1:]):
                i = unit_start + 1  # jieba glued a function word to a level word: 由区|民政局 → 由|区民政局
                break
            # jieba's tags decide for words only: a one-character token like 立 in 苏州|市|立|医院
            # is too often mis-tagged, so single characters stop only when listed as stops.
            if len(unit) > 1 and unit in self.res.verbs and not RE_ORDINAL.match(unit):
                break
            if self._person_like(unit) and not self._only_generic_words(clean_name(text[i:start])):
                break  # 韩书海|北票市委社会工作部 (a name before a named unit), but 胡阿虎公益服务中心
            i = unit_start
        return i

    def _person_like(self, unit: str) -> bool:
        """A 2–3 character token outside jieba's dictionary that starts with a surname."""
        return 2 <= len(unit) <= 3 and unit[0] in self.res.surnames and unit not in self.res.known_words

    def _classify(self, ctx: ArticleContext, start: int, suffix_start: int, end: int, suffix: _Suffix) -> _Candidate | None:
        """F4: keep named organizations, resolve bare community bodies, drop generic ones."""
        text = ctx.text
        start = self._cut_before_first_place(ctx, start, suffix_start)
        prefix = text[start:suffix_start]
        quoted_only = start > 0 and text[start - 1] == "“" and text.startswith("”", end)
        community = _community_ending_at(ctx, start, suffix_start)
        if community is not None and self._only_generic_words(RE_COMMUNITY_HEAD.sub("", community.canonical)):
            community = None  # 专业化社区: not a named community, so not a named Party body either
        if community is not None:  # 樾檀山社区党总支: span from the community, canonical from it
            return _Candidate(community.start, end, suffix.kind, canonical=community.canonical + text[suffix_start:end])
        bare = clean_name(prefix)
        if bare in COMMUNITY_BODY_PREFIXES and suffix.kind in {"party", "government"}:
            named = self._community_in_context(ctx, start, COMMUNITY_BODY_PREFIXES[bare])
            if named is None:
                return None
            return _Candidate(start, end, suffix.kind, canonical=named.canonical + text[suffix_start:end])
        if quoted_only:  # “233网校”: the quotes mark a proper name; F5 decides if it is an org
            return _Candidate(start, end, suffix.kind, quoted_only=True)
        if self._is_generic(ctx, start, suffix_start, suffix):
            return None
        return _Candidate(start, end, suffix.kind)

    def _cut_before_first_place(self, ctx: ArticleContext, start: int, suffix_start: int) -> int:
        """Names start with their place (宜宾市酒都义工联合会): other text before it is cut off,
        unless it is a national prefix or a unit the place belongs under."""
        places = sorted(m.start for m in ctx.found("places") if start <= m.start and m.end <= suffix_start)
        if not places or places[0] == start:
            return start
        before = ctx.text[start : places[0]]
        if before in self.res.national_prefixes or self._ends_with_suffix(before):
            return start  # 中共|北京市委, 中国银行|苏州分行: a unit above the place
        return places[0]

    def _ends_with_suffix(self, chunk: str) -> bool:
        return any(end == len(chunk) - 1 and not suffix.venue for end, suffix in self.res.suffixes.iter(chunk))

    def _is_generic(self, ctx: ArticleContext, start: int, suffix_start: int, suffix: _Suffix) -> bool:
        """True when nothing before the ending names a particular organization."""
        places = [(m.start, m.end) for m in ctx.found("places") if start <= m.start and m.end <= suffix_start]
        rest = []
        i = start
        for place_start, place_end in sorted(places):
            rest.append(ctx.text[i:place_start])
            i = place_end
        rest.append(ctx.text[i:suffix_start])
        remainder = "".join(clean_name(part) for part in rest)
        named = bool(remainder) and not self._only_generic_words(remainder)
        if named:
            return False
        return not (places and suffix.place_ok)

    def _only_generic_words(self, chunk: str) -> bool:
        """Can `chunk` be cut into descriptor words only (or has no Han character)?"""
        if not regex.search(r"\p{Han}", chunk):
            return True
        reachable = [False] * (len(chunk) + 1)
        reachable[0] = True
        for i in range(len(chunk)):
            if not reachable[i]:
                continue
            if not regex.match(r"\p{Han}", chunk[i]):
                reachable[i + 1] = True
                continue
            for j in range(i + 1, min(len(chunk), i + self.res.generic_max) + 1):
                if chunk[i:j] in self.res.generic or (2 <= j - i <= 4 and chunk[j - 1] in DESCRIPTOR_ENDINGS):
                    reachable[j] = True
        return reachable[len(chunk)]

    def _community_in_context(self, ctx: ArticleContext, start: int, kind_word: str) -> Mention | None:
        """The named community the text was just talking about, for a bare 社区党委: the last
        one written before it, in the same or the previous paragraph."""
        best = None
        for mention in ctx.found("communities"):
            near = start - mention.end <= self.community_lookback and ctx.text.count("\n", mention.end, start) <= 1
            if mention.end <= start and near and mention.canonical.endswith(kind_word):
                if best is None or mention.end > best.end:
                    best = mention
        return best

    # ------------------------------------------------------------------ C2: X社工 agencies
    def _brand_candidates(self, text: str, ctx: ArticleContext) -> list[_Candidate]:
        occurrences: dict[str, list[tuple[int, int]]] = {}
        agency: set[str] = set()
        for match in RE_BRAND_SOCIAL_WORK.finditer(text):
            start, end = match.start(1), match.end()
            head = match.group(1)
            if head in self.res.worker_modifiers or head[-1] in self.res.worker_modifiers or head in self.res.generic:
                continue
            if head in self.res.verbs:  # 希望社工机构…: a verb, not a name
                continue
            before = text[start - 1] if start > 0 else ""
            if before and regex.match(r"\p{Han}", before) and before not in PLACE_TAIL_CHARS and before not in self.res.stops:
                continue
            if RE_BRAND_NOT_AGENCY.match(text[end:]):
                continue
            name = text[start:end]
            occurrences.setdefault(name, []).append((start, end))
            if any(text.startswith(word, end) for word in self.res.brand_after) or any(
                text.endswith(word, 0, start) for word in self.res.brand_before
            ):
                agency.add(name)
        return [
            _Candidate(start, end, "social_work") for name in agency for start, end in occurrences[name]
        ]

    # ------------------------------------------------------------------ C3: 公益机构“十方缘”
    def _quoted_candidates(self, text: str) -> list[_Candidate]:
        out = []
        for match in RE_QUOTED_NAME.finditer(text):
            head = next((h for h in self.res.quote_heads if text.endswith(h, 0, match.start())), None)
            if head is None:
                continue
            inner = match.group(1)
            if self._only_generic_words(inner) or regex.search(r"[，。、；：！？\s]", inner):
                continue
            kind = "social_work" if RE_SOCIAL_HEAD.search(head) else "other"
            out.append(_Candidate(match.start(), match.end(), kind))
        return out

    # ------------------------------------------------------------------ C4: 民政部
    def _known_candidates(self, text: str) -> list[_Candidate]:
        return [
            _Candidate(end_index + 1 - len(name), end_index + 1, kind)
            for end_index, (name, kind) in self.res.known_names.iter(text)
        ]

    # ------------------------------------------------------------------ filters and linking
    def _is_media(self, text: str, candidate: _Candidate, media_spans: list[tuple[int, int]]) -> bool:
        name = clean_name(text[candidate.start : candidate.end])
        if name in self.res.media_names or name.endswith(self.res.media_endings):
            return True
        return any(start <= candidate.start and candidate.end <= end for start, end in media_spans)

    def _has_org_context_before(self, text: str, start: int) -> bool:
        opening = start - 1 if start > 0 and text[start - 1] == "“" else start
        return any(text.endswith(word, 0, opening) for word in self.res.brand_before + self.res.quote_heads)

    def _link_aliases(self, text: str, candidates: list[_Candidate]) -> list[Mention]:
        entities: list[tuple[str, str]] = []  # (alias key, canonical) in order of first mention
        mentions = []
        for candidate in sorted(candidates, key=lambda c: (c.start, c.end)):
            name = clean_name(text[candidate.start : candidate.end])
            own = candidate.canonical or name
            canonical = _find_alias(alias_key(own), entities) or own
            entities.append((alias_key(own), canonical))
            mentions.append(Mention(self.assigns, candidate.start, candidate.end, canonical, name=name, attrs={"kind": candidate.kind}))
        return mentions


# ---------------------------------------------------------------------- helpers
def _protected_spans(ctx: ArticleContext) -> dict[int, int]:
    """end → start of place and community mentions (a name may run over them whole)."""
    spans: dict[int, int] = {}
    for label in ("places", "communities"):
        for mention in ctx.found(label):
            if "\n" not in ctx.text[mention.start : mention.end]:
                spans[mention.end] = min(spans.get(mention.end, mention.start), mention.start)
    return spans


def _community_ending_at(ctx: ArticleContext, start: int, suffix_start: int) -> Mention | None:
    """A community mention inside the name that ends right before its ending (…社区|党委)."""
    for mention in ctx.found("communities"):
        if mention.end == suffix_start and mention.start >= start:
            return mention
    return None


def _drop_nested(candidates: list[_Candidate]) -> list[_Candidate]:
    """F6: keep only the outermost of overlapping candidates (longer wins on ties)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for candidate in ordered:
        if any(k.start <= candidate.start and candidate.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (candidate.start <= k.start and k.end <= candidate.end)]
        if any(k.start < candidate.end and candidate.start < k.end for k in kept):
            continue  # partial overlap with an earlier, longer one: first wins
        kept.append(candidate)
    return kept


def _find_alias(key: str, entities: list[tuple[str, str]]) -> str | None:
    """The canonical of an earlier entity that `key` names too (latest such entity)."""
    for other_key, canonical in reversed(entities):
        if key == other_key:
            return canonical
        shorter, longer = sorted((key, other_key), key=len)
        if len(shorter) >= 5 and longer.endswith(shorter):
            return canonical
        if any(longer == shorter + word for word in ALIAS_TYPE_WORDS) and len(shorter) >= 3:
            return canonical
    return None
