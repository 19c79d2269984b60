"""Partnerships: pairs of named parties that the text says work together.

Parties are the mentions found earlier: organizations, communities and programs. A pair needs
a relation word from `lexicons/partnership_relations.txt` linking them inside one sentence;
co-occurrence alone is not a partnership.

Candidates (per sentence, per relation word):
  R1 forward   A <word> B(、C、D)  B right after the word (gap words from
               `partnership_gap_words.txt`, places and quote marks skipped): 民族巷社区党委联合中卫市司法局,
               宜宾市酒都义工联合会就入驻在叙州区金鱼社区.
  R2 with      A 与B(的)<word>: 与全人社工的联合, 与B合作.
  R3 passive   B是A<word>的…: “E修就好”APP是金鱼社区引进的.
  R4 support   A为B提供…<noun> (…为“凉小鸭”志愿团队提供指导), 在A的<noun>下，B.
The actor A is, in order: the party right before the word in the same clause; else the
sentence subject (the first party in the sentence's first clause); else the affiliation of a
person who is that subject; else a bare head noun resolved to the article's party with that
head (在中心的支持下 → the first …中心 named in the article).

Filters: F1 a party paired with itself or its own unit (开阳里第四社区 ~ 开阳里第四社区党委);
F2 relation words inside a party's own name (宜宾市酒都义工联合会) are not relations.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..chars import QUOTE_MARKS
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention, Party
from ..spans import keep_disjoint, mask

PARTY_LABELS = ("organizations", "communities", "programs")
# Quote marks and spaces that may surround a party's name.
RE_QUOTE_MARKS = regex.compile("[\\s" + regex.escape(QUOTE_MARKS) + "]")
# Marks that join a list of parties. Example: 首都师范大学…学院、北京林业大学…学院.
RE_LIST_JOIN = regex.compile(r"^(?:、|和|及|以及|与|，以及)$")
# Clause marks: the actor is looked for inside the relation word's clause first.
RE_CLAUSE_MARK = regex.compile(r"[，；：,;:]")
# A leading clause that only sets time or links to the previous text; the subject comes after
# it. Example: 2024年，延庆区社会工作指导中心… ; 近年来，…; 同时，….
RE_INTRO_CLAUSE = regex.compile(
    r"^(?:[0-9一二三四五六七八九十〇零]+年(?:[0-9]+月)?(?:[0-9]+日)?(?:以来)?|近年来|近些年|近日|日前|近期|目前|"
    r"今年|去年|当前|此外|同时|另外|其中|据悉|据了解|下一步|首先|其次|最后|如今|过去)$"
)
# 与/同/跟/和 right before a party in R2. Example: 与全人社工的联合.
RE_WITH = regex.compile(r"(?:与|同|跟|和)$")
# What may stand between the party and the relation word in R2. Example: 的, 开展, 建立.
RE_WITH_GAP = regex.compile(r"^(?:的|开展|建立|达成|进行|深度|战略)?$")
# R3: 是 between B and A, and 的 after the word. Example: B是金鱼社区引进的.
RE_PASSIVE_IS = regex.compile(r"是")
# R4 support: 为 right before B, then 提供 … <noun> in the same clause. Example: 为“凉小鸭”提供帮助.
RE_FOR_BEFORE = regex.compile(r"为[“‘]?$")
RE_PROVIDE_TEMPLATE = r"^[^，。；！？\n]{{0,14}}?提供[^，。；！？\n]{{0,12}}?({nouns})"
# 在A的<noun>下，B. Example: 在中心的支持下，胡阿虎公益服务中心….
RE_UNDER_TEMPLATE = r"在([^，。；！？\n]{{1,30}}?)的(?:大力|精心|专业)?({nouns})下[，,]?"
# Bare head nouns an article uses for a party it has already named (在中心的支持下).
ANAPHOR_HEADS = ("中心", "协会", "联合会", "基金会", "社区", "机构", "学校", "医院")
# The sentence subject may follow at most this many characters of its clause (places and quote
# marks aside): 家住金鱼社区的… → 家住.
MAX_SUBJECT_LEAD = 3
# Longest gap (characters after skipping gap words/places) between party and relation word.
MAX_ACTOR_GAP = 8


@dataclass(frozen=True)
class _Party:
    """A party where the text names it (or a stand-in for it: a person speaking for their unit)."""

    start: int
    end: int
    party: Party

    @property
    def canonical(self) -> str:
        return self.party.canonical

    @property
    def label(self) -> str:
        return self.party.label


def _is_street_office(text: str, place: Mention) -> bool:
    """A street or town written in full: the office that governs it can act (湖滨街道, 康庄镇)."""
    return place.attrs.get("level") == "street" and text[place.start : place.end].endswith(("街道", "镇", "乡"))


@lru_cache(maxsize=1)
def _relations() -> dict[str, str]:
    """Relation word → form, for the rows marked use=yes."""
    return {row["relation"]: row["form"] for row in read_table("partnership_relations.txt") if row["use"] == "yes"}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern[str]"]:
    rel = _relations()
    words = sorted(rel, key=len, reverse=True)
    support = "|".join(regex.escape(w) for w in words if rel[w] == "support")
    gap_words = sorted(read_terms("partnership_gap_words.txt"), key=len, reverse=True)
    return {
        # support nouns are verbs too: 区民政局指导阳光社工服务中心… reads like A联合B
        "forward": regex.compile("|".join(regex.escape(w) for w in words)),
        "gap": regex.compile(r"^(?:" + "|".join(regex.escape(w) for w in gap_words) + r")*$"),
        "provide": regex.compile(RE_PROVIDE_TEMPLATE.format(nouns=support)),
        "under": regex.compile(RE_UNDER_TEMPLATE.format(nouns=support)),
    }


@dataclass(frozen=True)
class _StandIns:
    """Who may act for a clause that names no organization: a person speaking for their unit,
    or a street office or town written in full (湖滨街道, 康庄镇) opening the sentence."""

    people: list[_Party]  # people with an affiliation, as parties standing for it, by start
    starts: list[int]
    streets: dict[int, Mention]  # street/town mentions by start


def _stand_ins(ctx: ArticleContext) -> _StandIns:
    people = sorted(
        (_Party(m.start, m.end, m.attrs["affiliation"]) for m in ctx.found("people") if m.attrs.get("affiliation")),
        key=lambda p: p.start,
    )
    streets = {m.start: m for m in ctx.found("places") if _is_street_office(ctx.text, m)}
    return _StandIns(people, [p.start for p in people], streets)


def same_unit(a: str, b: str) -> bool:
    """F1: one party is the other or a unit of it (开阳里第四社区 / 开阳里第四社区党委)."""
    return a == b or a.startswith(b) or b.startswith(a)


class PartnershipExtractor:
    """Find partnerships between parties found by earlier extractors.

    Keyword-only options:
        labels: which earlier labels count as parties (default organizations, communities,
            programs).
        max_gap: longest unexplained text between the actor and the relation word
            (default 8 characters).
    """

    assigns = "partnerships"
    # Besides the party labels: places (street offices act, place names are skipped in gaps)
    # and people (a person speaking for their unit).
    STAND_IN_LABELS = ("places", "people")
    requires = PARTY_LABELS + STAND_IN_LABELS

    def __init__(self, *, labels: tuple[str, ...] = PARTY_LABELS, max_gap: int = MAX_ACTOR_GAP) -> None:
        self.labels = tuple(labels)
        self.max_gap = max_gap
        self.requires = self.labels + self.STAND_IN_LABELS

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        parties = self._parties(ctx)
        places = mask(len(text), ctx.found("places"))  # one flag per character inside a place mention
        stand_ins = _stand_ins(ctx)
        out: list[Mention] = []
        seen: set[tuple[str, int]] = set()
        starts = [p.start for p in parties]
        for s_start, s_end in ctx.sentences:
            first = bisect_left(starts, s_start)
            inside = [p for p in parties[first : bisect_left(starts, s_end)] if p.end <= s_end]
            if not inside:
                continue
            for a_list, b_list, relation in self._pairs(stand_ins, text, s_start, s_end, inside, parties, places):
                for a in a_list:
                    for b in b_list:
                        if same_unit(a.canonical, b.canonical):
                            continue
                        key = ("|".join(sorted((a.canonical, b.canonical))), s_start)
                        if key in seen:
                            continue
                        seen.add(key)
                        in_sentence = [p for p in (a, b) if s_start <= p.start and p.end <= s_end]
                        start = min(p.start for p in in_sentence)
                        end = max(p.end for p in in_sentence)
                        out.append(
                            Mention(
                                self.assigns, start, end, key[0], name="",
                                attrs={"a": a.party, "b": b.party, "relation": relation},
                            )
                        )
        return out

    # --- parties ---------------------------------------------------------------------------

    def _parties(self, ctx: ArticleContext) -> list[_Party]:
        """All party mentions, overlapping ones reduced to the longest."""
        found = [_Party(m.start, m.end, Party(m.label, m.canonical)) for m in ctx.found_any(self.labels)]
        return keep_disjoint(found, lambda p: (-(p.end - p.start), self.labels.index(p.label), p.start))

    def _gap_ok(self, text: str, start: int, end: int, places) -> bool:
        """The text between a party and a relation word is only gap words, places and quotes."""
        if end < start or end - start > 4 * self.max_gap:
            return False  # far apart: not one phrase, whatever lies between
        gap = self._unplaced(text, start, end, places)
        return len(gap) <= self.max_gap and bool(_patterns()["gap"].match(gap))

    def _list_after(self, text: str, first: _Party, inside: list[_Party]) -> list[_Party]:
        """first、second、third…: parties joined to `first` by list marks."""
        out = [first]
        for p in inside:
            if p.start >= out[-1].end and RE_LIST_JOIN.match(RE_QUOTE_MARKS.sub("", text[out[-1].end : p.start])):
                out.append(p)
            elif p.start >= out[-1].end:
                break
        return out

    # --- actors ----------------------------------------------------------------------------

    def _actor(self, stand_ins, places, text, s_start, pos, inside, parties, exclude) -> list[_Party]:
        """Who acts at `pos`: the clause's last party before it, else the sentence subject,
        else a person subject's affiliation."""
        clause_start = s_start
        for mark in RE_CLAUSE_MARK.finditer(text, s_start, pos):
            clause_start = mark.end()
        before = [p for p in inside if clause_start <= p.start and p.end <= pos and p not in exclude]
        if before:
            last = before[-1]
            group = [last]
            for p in reversed(before[:-1]):  # A、B等单位为… : the whole list acts
                if RE_LIST_JOIN.match(RE_QUOTE_MARKS.sub("", text[p.end : group[0].start])):
                    group.insert(0, p)
                else:
                    break
            return group
        subject_start, first_clause_end = s_start, pos
        for mark in RE_CLAUSE_MARK.finditer(text, s_start, pos):
            if RE_INTRO_CLAUSE.match(text[subject_start : mark.start()].strip()):
                subject_start = mark.end()
                continue
            first_clause_end = mark.start()
            break
        subject = [p for p in inside if subject_start <= p.start and p.end <= first_clause_end and p not in exclude]
        if subject:
            lead = self._unplaced(text, subject_start, subject[0].start, places)
            if len(lead) <= MAX_SUBJECT_LEAD:
                return subject[:1]
            if self._starts_with_place(text, subject_start, places):
                # 文昌镇组织…参与“社工夜校”…，联合“233网校”: a place acts through its programme.
                programmes = [p for p in subject if p.label == "programs"]
                return programmes[:1]
            return []  # 街道引进X入驻Y社区，与Z签约: the subject is not a named party
        street = self._street_subject(stand_ins.streets, text, subject_start, first_clause_end, places)
        if street is not None:
            return [street]  # 湖滨街道还携手浙江大学…: the street office acts
        people, starts = stand_ins.people, stand_ins.starts
        i = bisect_left(starts, subject_start)
        if i < len(people) and people[i].end <= first_clause_end:
            return [people[i]]
        return []

    @staticmethod
    def _street_subject(streets: dict[int, Mention], text: str, start: int, end: int, places: bytearray) -> _Party | None:
        """The street office a clause opens with, after any parent places (杭州市上城区湖滨街道…)."""
        while start < end and RE_QUOTE_MARKS.match(text[start]):
            start += 1
        run_end = start
        while run_end < end and places[run_end]:
            run_end += 1
        street = next((m for m in streets.values() if start <= m.start and m.end == run_end), None)
        return None if street is None else _Party(street.start, street.end, Party(street.label, street.canonical))

    @staticmethod
    def _unplaced(text: str, start: int, end: int, places: bytearray) -> str:
        """text[start:end] without place mentions and quote marks."""
        kept = "".join(ch for i, ch in enumerate(text[start:end], start) if not places[i])
        return RE_QUOTE_MARKS.sub("", kept)

    @staticmethod
    def _starts_with_place(text: str, start: int, places: bytearray) -> bool:
        while start < len(text) and RE_QUOTE_MARKS.match(text[start]):
            start += 1
        return start < len(places) and bool(places[start])

    def _resolve_anaphor(self, phrase: str, start: int, parties: list[_Party]) -> _Party | None:
        """A bare head noun (中心) → the first party in the article ending with it."""
        if phrase not in ANAPHOR_HEADS:
            return None
        for p in parties:
            if p.canonical.endswith(phrase) and p.start < start:
                return _Party(start, start + len(phrase), p.party)
        return None

    # --- candidate pairs -------------------------------------------------------------------

    def _pairs(self, stand_ins, text, s_start, s_end, inside, parties, places):
        pats = _patterns()
        own_names = [(p.start, p.end) for p in inside]
        for match in pats["forward"].finditer(text, s_start, s_end):
            rs, re_ = match.span()
            if any(s <= rs < e for s, e in own_names):
                continue  # F2: 联合 inside 宜宾市酒都义工联合会
            word = match.group()
            after = next((p for p in inside if p.start >= re_), None)
            if after and self._gap_ok(text, re_, after.start, places):  # R1
                b_list = self._list_after(text, after, inside)
                a_list = self._actor(stand_ins, places, text, s_start, rs, inside, parties, b_list)
                if a_list:
                    yield a_list, b_list, word
                continue
            before = [p for p in inside if p.end <= rs]
            if not before:
                continue
            last = before[-1]
            with_mark = RE_WITH.search(text[s_start : last.start].rstrip("“‘"))
            if with_mark and RE_WITH_GAP.match(RE_QUOTE_MARKS.sub("", text[last.end : rs])):
                a_list = self._actor(stand_ins, places, text, s_start, s_start + with_mark.start(), inside, parties, [last])
                if a_list:  # R2
                    yield a_list, [last], word
                continue
            if text.startswith("的", re_) and self._gap_ok(text, last.end, rs, places) and len(before) > 1:
                earlier = before[-2]
                if RE_PASSIVE_IS.search(RE_QUOTE_MARKS.sub("", text[earlier.end : last.start])):  # R3
                    yield [last], [earlier], word
        yield from self._support(stand_ins, places, text, s_start, s_end, inside, parties)

    def _support(self, stand_ins, places, text, s_start, s_end, inside, parties):
        pats = _patterns()
        for b in inside:  # R4a: A为B提供…<noun>
            if not RE_FOR_BEFORE.search(text[max(s_start, b.start - 2) : b.start]):
                continue
            provide = pats["provide"].match(text[b.end : s_end])
            if not provide:
                continue
            for_pos = text.rfind("为", s_start, b.start)
            a_list = self._actor(stand_ins, places, text, s_start, for_pos, inside, parties, [b])
            if a_list:
                yield a_list, [b], provide.group(1)
        for match in pats["under"].finditer(text, s_start, s_end):  # R4b: 在A的<noun>下，B
            phrase = match.group(1)
            a_start = match.start(1)
            a = next((p for p in inside if p.start == a_start), None) or self._resolve_anaphor(phrase, a_start, parties)
            b = next((p for p in inside if p.start >= match.end() and p.start - match.end() <= 2), None)
            if a and b:
                yield [a], [b], match.group(2)
