"""Communities: 社区, 村, named residential estates (小区/花园/家园/苑/园) and named 网格.

Candidates start at every community head (`lexicons/community_suffixes.tsv`) found on the
characters of the text. The name is found by walking left over jieba tokens from the head
while they look like parts of a name, stopping at punctuation, at a place mention (叙州区南岸街道
金鱼社区 → 金鱼社区, attached to 南岸街道 and 叙州区), at function words and measure words
(`community_stop_chars.txt`) and at words that are verbs, adverbs, adjectives or numbers in
jieba's dictionary. Numbered filters then drop generic phrases (试点社区, 居民小区) and heads
that are part of a longer word (村民, 社区治理, 公园).

Facts: one per community; canonical = the community name without place prefix, so 金鱼社区
and 叙州区南岸街道金鱼社区 merge. A short estate name contained in an earlier, longer one
(山海湾小区 after 海尔山海湾) shares that one's canonical. Every mention of a community
carries the same attrs: the street/district/place code found for it anywhere in the article.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..gazetteer import LEVEL_RANK
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..chars import RE_QUOTED
from ..spans import SpanIndex
from ..vocabulary import word_tags

# Longest names we accept before the head (characters); longer walks are not one name.
MAX_NAME_CHARS = 10

# A list of estates counted by a following "N个(居民)小区": each item is an estate even without
# a head of its own. Example: 海尔山海湾、京海园两个居民小区 → items 海尔山海湾, 京海园.
RE_COUNTED_LIST = regex.compile(
    r"((?:\p{Han}{2,12}、)+\p{Han}{2,12}?)等?(?:[两二三四五六七八九十]|\d+)个(?:居民|住宅)?(小区|社区|村)"
)

# jieba dictionary tags of words that can be part of a name: nouns, proper names,
# abbreviations, morphemes and unknown words (not in the dictionary at all).
NAME_TAGS = ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "j", "g", "x", "eng")

# Han numerals: a bare number before a head counts communities (三个社区), it does not name one.
NUMERALS = set("零一二两三四五六七八九十百千万亿")


@dataclass
class _Candidate:
    start: int  # name start (after any place prefix)
    end: int  # end of the head (or of the list item)
    head: str
    kind: str
    places: list = field(default_factory=list)  # place mentions written right before, nearest first
    nearby: list = field(default_factory=list)  # else: the nearest earlier street/district of its sentence


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, str, bool], ...]:
    rows = read_table("community_suffixes.tsv")
    return tuple(
        sorted(((row["suffix"], row["kind"], row["internal"] == "yes") for row in rows), key=lambda r: -len(r[0]))
    )


@lru_cache(maxsize=1)
def _re_head() -> "regex.Pattern":
    # Every community head, longest first. Example: 海特花园第三社区 → 花园 and 社区.
    return regex.compile("|".join(regex.escape(suffix) for suffix, _, _ in _suffixes()))


@lru_cache(maxsize=1)
def _stop_chars() -> frozenset[str]:
    return frozenset(read_terms("community_stop_chars.txt"))


@lru_cache(maxsize=1)
def _generic_names() -> tuple[str, ...]:
    return tuple(read_terms("community_generic_names.txt"))


@lru_cache(maxsize=1)
def _venues() -> tuple[str, ...]:
    return tuple(read_terms("community_venues.txt"))


def name_like(word: str, name_so_far: str) -> bool:
    """Whether a token written before a community head can be part of its name.

    Single characters are, unless they are function/measure words (的, 该, 个): names are
    full of one-character pieces jieba cannot place (八棵杨, 吾悦华府, 开阳里). Longer words
    are when jieba tags them as nouns/names or does not know them; ordinals (第三),
    numeral-classifier pieces (八棵) and adjectives (幸福里) are too when they are not right
    before the head or are not counts (三个, 37).
    """
    if not regex.fullmatch(r"\p{Han}+", word):
        return False
    if len(word) == 1:
        return word not in _stop_chars()
    tag = word_tags().get(word)
    if tag is None:
        # An unknown word glued to a function/measure word by jieba (289个村 → 个村, 辖区内有 →
        # 内有) is not part of a name.
        return word[0] not in _stop_chars() and word[-1] not in _stop_chars()
    if tag in NAME_TAGS:
        return True
    if tag == "a":
        # An adjective opens many names (幸福里社区, 光明新村) but right before the head it makes
        # a phrase (和谐家园, 友好社区).
        return bool(name_so_far)
    if tag == "m":
        if word.startswith("第"):
            return True
        return bool(name_so_far) and word[-1] not in _stop_chars() and word[-1] not in NUMERALS
    return False


# Filter 1: the head is the start or middle of a longer word (村民, 社区治理, 园区).
def head_inside_longer_word(head_end: int, token: tuple[int, int]) -> bool:
    return token[1] > head_end


# Filter 2: the whole candidate is one ordinary dictionary word (公园, 农村, 家园, 幼儿园).
def is_dictionary_word(word: str) -> bool:
    return word in word_tags()


# Filter 3: a generic phrase (试点社区, 居民小区, 外来人员社区) or a venue (童萌亲子园), not a name.
def is_generic(name: str, full: str = "") -> bool:
    return any(name.endswith(word) for word in _generic_names()) or any(full.endswith(word) for word in _venues())


# Filter 4: an estate-type head inside a quotation that does not start with the name is a
# slogan or brand (“港好有你治享家园”), not an estate.
def inside_quoted_slogan(start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    return any(q_start < start and end < q_end and start != q_start + 1 for q_start, q_end in quotes)


def _is_street_short_form(text: str, place: Mention) -> bool:
    """A street/town written without its suffix (长延堡 for 长延堡街道)."""
    written = text[place.start : place.end]
    return place.attrs.get("level") == "street" and not written.endswith(("街道", "镇", "乡", "办事处"))


class CommunityExtractor:
    """Find named communities, villages, estates and grids, attached to their street/district.

    Keyword-only options:
      max_name_chars: longest name accepted before the head (default MAX_NAME_CHARS).
    """

    assigns = "communities"
    requires = ("places",)

    def __init__(self, *, max_name_chars: int = MAX_NAME_CHARS) -> None:
        self.max_name_chars = max_name_chars

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        tokens = SpanIndex([span for span in ctx.tokens.spans if not text[span[0] : span[1]].isspace()])
        places = sorted(ctx.found("places"), key=lambda m: m.start)
        place_ends = {m.end: m for m in places}
        place_chars = set()
        for m in places:
            place_chars.update(range(m.start, m.end))

        candidates = self._headed(text, tokens, place_ends, place_chars)
        candidates += self._counted_lists(text, tokens, place_ends, place_chars)
        candidates = self._outermost(candidates)
        for cand in candidates:
            if not cand.places:
                cand.nearby = self._nearby_place(ctx, cand.start, places)
        return self._mentions(text, candidates)

    @staticmethod
    def _nearby_place(ctx: ArticleContext, start: int, places: list[Mention]) -> list[Mention]:
        """The nearest street/district mention before `start` in the same sentence (迎江区的吾悦华府小区)."""
        sentence_start, _ = ctx.sentence_at(start)
        before = [
            m for m in places
            if sentence_start <= m.start and m.end <= start and m.attrs.get("level") in ("street", "district")
        ]
        return [before[-1]] if before else []

    def _walk_left(self, text, end, tokens, place_ends, place_chars, stop_heads):
        """Start of the name ending at `end`, and the place mentions written right before it.

        Walks left token by token while tokens look like name parts; stops at a place
        mention, a non-internal head (社区 of a previous community) or `max_name_chars`.
        """
        start = end
        index = bisect.bisect_left(tokens.spans, (end, end)) - 1
        while index >= 0:
            t_start, t_end = tokens.spans[index]
            if t_end != start or start in place_ends:
                break
            inside_place = [i for i in range(t_start, t_end) if i in place_chars]
            if inside_place:
                # jieba glued the place's last character to the name (滨河镇新墩 → 镇新墩): cut there.
                start = max(inside_place) + 1
                break
            word = text[t_start:t_end]
            if word in stop_heads or not name_like(word, text[start:end]) or end - t_start > self.max_name_chars:
                break
            start = t_start
            index -= 1
        # Place mentions written right before the name, nearest first (南岸街道, then 叙州区);
        # an opening quote may stand between them (劲松街道“八棵杨社区…”).
        prefix = []
        cursor = start - 1 if start > 0 and text[start - 1] in "“‘" else start
        while cursor in place_ends:
            prefix.append(place_ends[cursor])
            cursor = place_ends[cursor].start
        return start, prefix

    def _headed(self, text, tokens, place_ends, place_chars) -> list[_Candidate]:
        kinds = {suffix: (kind, internal) for suffix, kind, internal in _suffixes()}
        stop_heads = {suffix for suffix, _, internal in _suffixes() if not internal}
        quotes = [m.span() for m in RE_QUOTED.finditer(text)]
        found = []
        for match in _re_head().finditer(text):
            head_start, head_end = match.span()
            head = match.group()
            kind, internal = kinds[head]
            token = tokens.at(head_start)
            if token is None or head_inside_longer_word(head_end, token):
                continue
            front = token[0]  # a head that ends a token (胜稼村, 华腾园) brings its front
            start, prefix = self._walk_left(text, front, tokens, place_ends, place_chars, stop_heads)
            if start == head_start and prefix and _is_street_short_form(text, prefix[0]):
                # 长延堡社区: a community named after the short form of its street (长延堡街道).
                start, prefix = prefix[0].start, prefix[1:]
            name = text[start:head_start]
            if len(name) < 2 or is_dictionary_word(text[start:head_end]) or is_generic(name, text[start:head_end]):
                continue
            if internal and inside_quoted_slogan(start, head_end, quotes):
                continue
            found.append(_Candidate(start, head_end, head, kind, prefix))
        return found

    def _counted_lists(self, text, tokens, place_ends, place_chars) -> list[_Candidate]:
        kinds = {suffix: kind for suffix, kind, _ in _suffixes()}
        stop_heads = {suffix for suffix, _, internal in _suffixes() if not internal}
        place_spans = {(m.start, m.end) for m in place_ends.values()}
        found = []
        for match in RE_COUNTED_LIST.finditer(text):
            kind = kinds[match.group(2)]
            list_start = match.start(1)
            items = []
            cursor = list_start
            for piece in match.group(1).split("、"):
                items.append((cursor, cursor + len(piece)))
                cursor += len(piece) + 1
            # The first item's start is not known from the list: walk left from its end over name-like tokens.
            first_end = items[0][1]
            token = tokens.at(first_end)
            if token is not None and token[0] < first_end:
                continue  # the list's first item does not end on a word boundary
            start, prefix = self._walk_left(text, first_end, tokens, place_ends, place_chars, stop_heads)
            items[0] = (start, first_end)
            for item_start, item_end in items:
                if (item_start, item_end) in place_spans:
                    continue  # 北京、上海等5个社区: the items are places, not estates
                if item_end - item_start >= 2 and not is_generic(text[item_start:item_end]):
                    found.append(_Candidate(item_start, item_end, "", kind, prefix if item_start == start else []))
        return found

    @staticmethod
    def _outermost(candidates: list[_Candidate]) -> list[_Candidate]:
        """Drop candidates inside longer ones (海特花园 inside 海特花园第三社区)."""
        kept = []
        for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
            if any(other.start <= cand.start and cand.end <= other.end for other in kept):
                continue
            kept.append(cand)
        return kept

    def _mentions(self, text: str, candidates: list[_Candidate]) -> list[Mention]:
        if not candidates:
            return []
        # Canonical: the name. An estate whose name without its head (山海湾 of 山海湾小区, 3+
        # characters) lies inside an earlier estate's name (海尔山海湾) is that estate.
        canonical: dict[int, str] = {}
        order: list[str] = []
        estates: set[str] = set()
        for cand in candidates:
            name = text[cand.start : cand.end]
            target = name
            if cand.kind == "小区":
                core = name[: -len(cand.head)] if cand.head else name
                target = next((known for known in order if known in estates and len(core) >= 3 and core in known), name)
                estates.add(target)
            canonical[id(cand)] = target
            if target not in order:
                order.append(target)
        members = {key: [c for c in candidates if canonical[id(c)] == key] for key in order}
        mentions = []
        for key in order:
            attrs = self._context_attrs(members[key])
            mentions.extend(
                Mention(label=self.assigns, start=cand.start, end=cand.end, canonical=key, attrs=attrs)
                for cand in members[key]
            )
        return mentions

    @staticmethod
    def _context_attrs(members: list[_Candidate]) -> dict:
        """kind, street, district, place_code from the places written before any of its mentions.

        Places written right before a mention (叙州区南岸街道金鱼社区) beat a place merely earlier
        in its sentence; a resolved street also gives its district (its chain's parent);
        place_code is the code of the deepest resolved place among them.
        """
        street = district = place_code = None
        best_rank = -1
        sources = [cand.places for cand in members if cand.places] or [cand.nearby for cand in members if cand.nearby]
        for written in sources:
            for place in written:  # nearest first: 南岸街道, then 叙州区, …
                level, code, chain = place.attrs.get("level"), place.attrs.get("code"), place.attrs.get("chain") or []
                name = chain[-1] if chain else place.canonical
                if level == "street" and street is None:
                    street = name
                    if district is None and code and len(chain) >= 2:
                        district = chain[-2]
                elif level == "district" and district is None:
                    district = name
                if code and level and LEVEL_RANK[level] > best_rank:
                    best_rank = LEVEL_RANK[level]
                    place_code = code
        return {"kind": members[0].kind, "street": street, "district": district, "place_code": place_code}
