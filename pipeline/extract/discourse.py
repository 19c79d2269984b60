"""Discourse: parties a sentence names by pointing back to an earlier one (partnerships).

A partnership frame pairs the parties of one sentence; news often names a party once in full and
then points back to it (A与B座谈。会后，双方当场签署友好结对书; 某公司…。该公司联合某社区…). This step
resolves those pointers to the parties named before, so the frames of the partnership component
pair them as they pair written names. Each resolved pointer keeps where its referent was named
(`origin`): the pair's evidence then covers both sentences' own text, and its basis says the
pair rests on a pointer ("anaphor").
  demonstratives  该/此/这个/这家/这支/这一 + head (该公司, 此中心, 该院, 该社区), and 本/我 + head for
                  a unit writing about itself (本所, 我院, 本校): the nearest party named before
                  whose name ends with that head's family (lexicons/partnership_anaphor_heads.tsv),
                  or a quoted one written with such a head after its quote (“某某”院落微更新项目 for
                  该项目); with none, the pointer names nobody.
  双方            at the start of its clause, with a word of joint work in that clause (签订, 结对,
                  共建, 合作 …: RE_MUTUAL): the two parties of the nearest sentence before it that
                  names any (the same sentence first, else up to MAX_BACK sentences back), when that
                  sentence names exactly two units (organizations or communities; a programme is
                  what they run); one, or three and more, name nobody. 双方 in a dispute (双方诉求,
                  双方达成和解) has no word of joint work and names nobody.
  bare head       a head written alone (工作室, 社工站, 基地: partnership_bare_heads.txt) at a clause's
                  start or after a preposition, not inside a longer word: the one party the article
                  has named before whose name ends in that head's family; with two such parties, or
                  none, it names nobody (round 40).
  name tail       the last word(s) of a party's name written alone, where a bare head stands or after
                  该 (活动基地 for 某某青年志愿者活动基地, 该艺术团 for 某某艺术团, 由促进会与B…): a tail of 2+
                  characters starting at a word of the name, not a word every article has
                  (partnership_generic_tails.txt), of exactly one party named before (round 49pairhead).
  其              right after a preposition that opens a frame's partner slot (与其, 同其, 为其, 对其,
                  向其): the nearest party named before its clause, in its sentence or the one before.
Two more ways of naming a party again stay in the partnership component, which knows the article:
its actor for a sentence with no subject at all (its own community, else the street office its title
names or its first sentence opens with: `_office_actor`, basis "implied_subject"), and a street's own
unit written with the level word for the street's name (街道综合社工站: `level_forms`)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, Sequence

import regex

from ..lexicon import read_table, read_terms
from ..mentions import Party
from ..segment import tokens
from ..spans import leftmost_longest
from .licensed import follower as licensed_follower

# 双方 names the units of the sentence that names two; a sentence further back than this names
# no one for it (an article moves on).
MAX_BACK = 2
# The words of joint work that make 双方 a pair of partners (not the two sides of a dispute).
# Example match: 签署 (in 会后，双方当场签署友好结对书).
# A quoted name written with its head outside the quote (“融承景和”院落微更新项目: the party found is the
# quoted name): the head word the text gives it right after its mention. Example match: ”院落微更新项目.
RE_HEAD_AFTER_QUOTE = regex.compile(r"[”’]\p{Han}{0,8}")
RE_MUTUAL = regex.compile(r"签订|签署|结对|共建|联建|合作|携手|联手|共驻|结成")
# What may stand before 双方 in its clause: a word naming the two as signers (签约双方, 协议双方) or
# a time or sequence word (随后, 未来, 今后, 此前, 会上). Example match: 签约.
RE_BOTH_LEAD = regex.compile(r"^(?:签约|协议|共建|结对|合作|联创联建|未来|今后|随后|此前|会上|同时|下一步|目前|现场)?$")
RE_BOTH = regex.compile(r"双方")
# 其 after a preposition of a partner slot, not a compound (其中, 其他, 其实, 其余, 其次). Example
# match: 与其 (in 社区与其签订共建协议).
RE_PRONOUN = regex.compile(r"(?<=[与同跟为对向])其(?![中他它实余次后间])")
RE_CLAUSE_MARK = regex.compile(r"[，；：,;:]")
# What may stand right before a bare head that names a unit: no character (a mark, a line's start)
# or a preposition, conjunction or particle that opens a slot (与社工站合作, 由基地负责), or the 驻 of a
# word of moving in, whose object is the venue (A、B整体入驻中心; round 56 h3). Example match: 与.
RE_BARE_BEFORE = regex.compile(r"[^\p{Han}]|[与和及同由在向为对经将被让把是了从到驻]")
# Shortest name tail (name_tails): one character is part of too many words.
MIN_NAME_TAIL = 2
# A tail opening with a level word (镇人民政府, 区妇联, 街道社工站) is the level form of every unit of
# that level, which the partnership component reads with the article's own street or county
# (`level_forms`), not a word of one name.
TAIL_LEVEL_CHARS = "省市区县镇乡村街"
# What may stand before a name tail: what may stand before a bare head, or the pointer 该.
# Example match: 该 (in 该艺术团在…指导下).
RE_TAIL_BEFORE = regex.compile(rf"{RE_BARE_BEFORE.pattern}|该")
# The labels of the units 双方 may stand for.
UNIT_LABELS = ("organizations", "communities")
# The pointers of every head, and those a unit uses for itself.
POINTERS = ("这个", "这家", "这支", "这一", "该", "此")
SELF_POINTERS = ("本", "我")


class Found(Protocol):
    """A party where the text names it (the partnership component's own record)."""

    start: int
    end: int
    party: Party


@dataclass(frozen=True)
class Pointer:
    """A pointer at `start`..`end` standing for `party`, named at `origin` (start, end)."""

    start: int
    end: int
    party: Party
    origin: tuple[int, int]


@dataclass(frozen=True)
class BothSides:
    """双方 at `start`..`end`, standing for the two parties `first` and `second`."""

    start: int
    end: int
    first: Pointer
    second: Pointer
    word: str  # the word of joint work after 双方 (签订, 结对 …): the pair's relation
    word_end: int  # where it ends (the pair's evidence runs to it)


@dataclass(frozen=True)
class _Head:
    ends: tuple[str, ...]
    self_ok: bool
    not_after: str


@lru_cache(maxsize=1)
def _heads() -> dict[str, _Head]:
    """Head → what its pointer may stand for (lexicons/partnership_anaphor_heads.tsv)."""
    return {
        row["head"]: _Head(tuple(row["ends"].split("|")), row["self"] == "yes", row["not_after"].strip("-"))
        for row in read_table("partnership_anaphor_heads.tsv")
    }


@lru_cache(maxsize=1)
def _demonstrative_pattern() -> "regex.Pattern[str]":
    """A pointer and a head, longest head first, the head not followed by its barred characters.
    Example matches: 该公司, 此中心, 本所 (not 我所在), 我院 (not 本院长)."""
    alternatives = []
    for head, spec in sorted(_heads().items(), key=lambda kv: -len(kv[0])):
        pointers = POINTERS + (SELF_POINTERS if spec.self_ok else ())
        barred = f"(?![{regex.escape(spec.not_after)}])" if spec.not_after else ""
        alternatives.append(rf"(?:{'|'.join(pointers)}){regex.escape(head)}{barred}")
    return regex.compile(r"(?<![自])(?:" + "|".join(alternatives) + ")")


def _written_with(text: str, p: Found, ends: tuple[str, ...]) -> bool:
    """A quoted party whose head is written right after its closing quote (“某某”院落微更新项目 for
    该项目): the name as written ends with the pointer's family though the party found does not."""
    after = RE_HEAD_AFTER_QUOTE.match(text, p.end)
    return after is not None and after.group().endswith(ends)


def demonstratives(text: str, found: Sequence[Found]) -> list[Pointer]:
    """该公司, 此中心, 本所…: each pointer whose head's family ends the name of a party named before it,
    standing for the nearest such party."""
    ordered = sorted(found, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    heads = _heads()
    out = []
    for match in _demonstrative_pattern().finditer(text):
        written = match.group()
        head = next(h for h in sorted(heads, key=len, reverse=True) if written.endswith(h))
        before = bisect_left(starts, match.start())
        ends = heads[head].ends
        referent = next((ordered[k] for k in range(before - 1, -1, -1)
                         if ordered[k].party.canonical.endswith(ends) or _written_with(text, ordered[k], ends)), None)
        if referent is not None:
            out.append(Pointer(match.start(), match.end(), referent.party, (referent.start, referent.end)))
    return out


@lru_cache(maxsize=1)
def _bare_followers() -> "regex.Pattern[str]":
    """What may follow a bare head that names a unit: a word that ends a licensed name (a mark, 还,
    开展, 与 …: partnership_licensed_words.tsv) or a relation word (partnership_relations.txt: 捐赠,
    协助 …). Anything else makes the head a modifier of a longer noun (联盟|企业, 社工站|项目)."""
    words = [row["relation"] for row in read_table("partnership_relations.txt") if row["use"] == "yes"]
    words = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?:{licensed_follower().pattern}|{words})")


@lru_cache(maxsize=1)
def _bare_pattern() -> "regex.Pattern[str]":
    """A bare head, longest first, not followed by its barred characters (partnership_anaphor_heads.tsv)
    (中心|户 is checked after: `_bare_followers`). Example match: 工作室 (in 工作室还积极协助…)."""
    heads = _heads()
    alternatives = []
    for head in sorted(read_terms("partnership_bare_heads.txt"), key=len, reverse=True):
        barred = heads[head].not_after if head in heads else ""
        alternatives.append(regex.escape(head) + (f"(?![{regex.escape(barred)}])" if barred else ""))
    return regex.compile("|".join(alternatives))


def bare_heads(text: str, found: Sequence[Found]) -> list[Pointer]:
    """工作室, 社工站, 基地 … written alone at a clause's start or after a preposition: the one party
    named before whose name ends in the head's family (two such parties: nobody)."""
    ordered = sorted(found, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    heads = _heads()
    out = []
    for match in _bare_pattern().finditer(text):
        start = match.start()
        if start > 0 and not RE_BARE_BEFORE.match(text[start - 1]) or not _bare_followers().match(text, match.end()):
            continue
        k = bisect_left(starts, start)
        if any(p.start <= start < p.end for p in ordered[max(0, k - 3) : k + 1]):
            continue  # inside a name found there
        head = match.group()
        ends = heads[head].ends if head in heads else (head,)
        before = ordered[:k]
        named = {p.party.canonical: p for p in before if p.party.canonical.endswith(ends) and p.party.canonical != head}
        if len(named) == 1:
            referent = next(iter(named.values()))
            out.append(Pointer(start, match.end(), referent.party, (referent.start, referent.end)))
    return out


def _clause_bounds(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    start = s_start
    for mark in RE_CLAUSE_MARK.finditer(text, s_start, pos):
        start = mark.end()
    after = RE_CLAUSE_MARK.search(text, pos, s_end)
    return start, after.start() if after else s_end


def _units(parties: Sequence[Found]) -> list[Found]:
    """The distinct units among `parties`, in text order: organizations and communities (the sides
    that sign; a programme or team is what they run), one mention per name, and a unit of another
    (某社区党委 beside 某社区) counted with it."""
    out: list[Found] = []
    for p in sorted(parties, key=lambda p: p.start):
        if p.party.label not in UNIT_LABELS:
            continue
        name = p.party.canonical
        if any(q.party.canonical.startswith(name) or name.startswith(q.party.canonical) for q in out):
            continue
        out.append(p)
    return out


def both_sides(text: str, sentences: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[BothSides]:
    """双方 opening a clause of joint work: the two units of the nearest sentence naming any."""
    out = []
    ordered = sorted(found, key=lambda p: p.start)
    for index, (s_start, s_end) in enumerate(sentences):
        for match in RE_BOTH.finditer(text, s_start, s_end):
            clause_start, clause_end = _clause_bounds(text, s_start, s_end, match.start())
            if not RE_BOTH_LEAD.match(text[clause_start : match.start()].strip()):
                continue
            mutual = RE_MUTUAL.search(text, match.end(), clause_end)
            if mutual is None:
                continue
            units = _units([p for p in ordered if s_start <= p.start and p.end <= clause_start])
            back = index
            while not units and back > 0 and index - back < MAX_BACK:
                back -= 1
                b_start, b_end = sentences[back]
                units = _units([p for p in ordered if b_start <= p.start and p.end <= b_end])
            if len(units) != 2:
                continue
            first, second = (Pointer(match.start(), match.end(), p.party, (p.start, p.end)) for p in units)
            out.append(BothSides(match.start(), match.end(), first, second, mutual.group(), mutual.end()))
    return out


def pronouns(text: str, sentences: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[Pointer]:
    """其 in a partner slot (与其, 为其, 向其 …): the nearest party named before its clause (whoever
    acts in the clause is not whom 其 points to), in its sentence or the one before."""
    ordered = sorted(found, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    out = []
    for index, (s_start, s_end) in enumerate(sentences):
        window = sentences[index - 1][0] if index else s_start
        for match in RE_PRONOUN.finditer(text, s_start, s_end):
            clause_start, _ = _clause_bounds(text, s_start, s_end, match.start())
            before = bisect_left(starts, clause_start)
            referent = ordered[before - 1] if before else None
            if referent is not None and referent.start >= window and referent.end <= clause_start:
                out.append(Pointer(match.start(), match.end(), referent.party, (referent.start, referent.end)))
    return out


@lru_cache(maxsize=1)
def _generic_tails() -> frozenset[str]:
    """Tails never read as one party: words every article has (partnership_generic_tails.txt), the
    generic subjects (社区, 居委会: partnership_generic_subjects.txt) and the heads the bare-head and
    demonstrative rules resolve by their own families."""
    subjects = (row["term"] for row in read_table("partnership_generic_subjects.txt"))
    return frozenset(read_terms("partnership_generic_tails.txt")) | frozenset(subjects) | frozenset(
        read_terms("partnership_bare_heads.txt")) | frozenset(_heads())


@lru_cache(maxsize=4096)
def _tails(name: str) -> tuple[str, ...]:
    """The proper endings of a name that start at one of its words (活动基地, 基地 of 某某活动基地)."""
    words = tokens(name)
    out, end = [], len(name)
    for word in reversed(words[1:]):
        end -= len(word)
        tail = name[end:]
        if len(tail) >= MIN_NAME_TAIL and tail[0] not in TAIL_LEVEL_CHARS and tail not in _generic_tails():
            out.append(tail)
    return tuple(out)


def name_tails(text: str, found: Sequence[Found]) -> list[Pointer]:
    """The last word(s) of a party's name written alone where a bare head stands, or after 该: the
    one party named before whose name ends with them (two such parties: nobody)."""
    ordered = sorted(found, key=lambda p: p.start)
    tails: dict[str, int] = {}
    for p in ordered:
        for tail in _tails(p.party.canonical):
            tails.setdefault(tail, p.end)
    if not tails:
        return []
    first = min(tails.values())
    starts = [p.start for p in ordered]
    out = []
    for start, end in leftmost_longest(text[first:], tails):
        start, end = start + first, end + first
        tail = text[start:end]
        if start < tails[tail] or start > 0 and not RE_TAIL_BEFORE.match(text[start - 1]):
            continue
        if not _bare_followers().match(text, end):
            continue
        k = bisect_left(starts, start)
        if any(p.start <= start < p.end for p in ordered[max(0, k - 3) : k + 1]):
            continue  # inside a name found there
        named = {p.party.canonical: p for p in ordered[:k] if p.end <= start and p.party.canonical.endswith(tail)}
        if len(named) == 1:
            referent = next(iter(named.values()))
            pointer_start = start - 1 if start > 0 and text[start - 1] == "该" else start
            out.append(Pointer(pointer_start, end, referent.party, (referent.start, referent.end)))
    return out
