"""China's administrative divisions: loading, short forms, and resolving mentions to codes.

The data is the NBS division table in `lexicons/gazetteer/` (province → city → district/county
→ street/town, codes that nest by prefix: 511504002 南岸街道 lies in 511504 叙州区, in 5115
宜宾市, in 51 四川省). News writes short forms, so each official name also gets the aliases the
rules in `lexicons/place_alias_rules.tsv` derive (宁夏回族自治区 → 宁夏, 沙坡头区 → 沙坡头).
Places the table does not hold (new or renamed streets, functional areas, 兵团 units:
`lexicons/place_supplement.tsv`, and national new areas: `place_extra_areas.tsv`) are written
forms of the real division they lie in; they get no code of their own.

`load_gazetteer()` builds everything once per process (its tables kept between runs in the
user's cache folder, `lexicon.cached`; a division's or form's row is made from them the first
time it is read, `LazyRows`), including one Aho-Corasick automaton
over every written form, so an article is scanned in one pass (`Gazetteer.scan`). Short forms
of districts that are everyday words (光明 for 光明区, 和平 for 和平区; `place_stoplist.txt`)
are not in that automaton: they sit in a second one (`Gazetteer.scan_common`), with the X街
forms of street offices that are as often the road (唐家墩街, 新市街), for the place extractor to
accept only where the article itself vouches for them.
`resolve()` picks, for each written form of an article, the division it means, from the
other places of the same article, the places written right next to it and the article's
source; it reports the candidates when the context cannot decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, Iterable, Iterator, Mapping, TypeVar

from .errors import LexiconError
from .lexicon import cached, read_csv, read_table, read_terms

LEVELS = ("province", "city", "district", "street")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# Ambiguous facts list at most this many candidates (城关镇 alone has 88); the list is sorted
# by code, so it is stable, and the count of the rest is not needed by any consumer.
MAX_CANDIDATES = 20


@dataclass(frozen=True, slots=True)
class Division:
    """One row of the gazetteer, with its chain of official names from the province down."""

    code: str
    name: str
    level: str
    chain: tuple[str, ...]
    parent: str | None = None  # the enclosing real division (placeholder rows like 市辖区 skipped)

    def candidate(self) -> dict:
        """The `PlaceCandidate` shape of the fact schema."""
        return {"code": self.code, "name": self.name, "chain": list(self.chain)}


@dataclass(frozen=True, slots=True)
class Form:
    """One way a division is written: its official name, or a derived/listed short form."""

    code: str
    official: bool
    within: bool = False  # a functional area inside the division (雄安新区 in 河北省), not the division itself


def related(a: str, b: str) -> bool:
    """Whether one division contains the other (codes nest by prefix); a code is not related to itself."""
    return a != b and (a.startswith(b) or b.startswith(a))


def derive_aliases(name: str, level: str) -> list[str]:
    """Short forms of an official name at `level`: 宁夏回族自治区 → [宁夏], 乔司街道 → [乔司].

    The first matching suffix rule of the level is stripped, then (for autonomous areas)
    trailing ethnic-group names; a form is kept only when at least 2 characters remain.
    A street named after its road (国基路街道, 中山大街街道) gets no short form: 国基路 written
    alone is the road (某路与某大道交叉口, 南起某路), never the street office.
    """
    if level == "street" and name.endswith(TOWN_NAME_ENDINGS) and _names_a_road(name):
        return []
    for rule in _alias_rules().get(level, ()):
        suffix = rule["suffix"]
        if not name.endswith(suffix) or len(name) - len(suffix) < 2:
            continue
        short = name[: -len(suffix)]
        if rule["strip_ethnic"] == "yes":
            short = _without_ethnic_names(short)
        return [short] if short != name else []
    return []


def derive_level_forms(name: str, level: str) -> list[str]:
    """The written form of an autonomous area that drops its ethnic names but keeps its level
    word (`place_autonomous_endings.tsv`): 黔东南苗族侗族自治州 → [黔东南州], 威宁彝族回族苗族自治县
    → [威宁县], 管城回族区 → [管城区]. The press writes these far more often than the official
    name, and the bare stem (黔东南) alone misses them: the level word after it reads as the start
    of the next word. Names with no ethnic names before their ending get none (沙坡头区)."""
    for ending, written in _autonomous_endings().get(level, ()):
        if not name.endswith(ending):
            continue
        stem = _without_ethnic_names(name[: -len(ending)])
        return [stem + written] if len(stem) >= 2 and len(stem) < len(name) - len(ending) else []
    return []


def derive_street_forms(name: str, level: str) -> list[str]:
    """The written form of a street office named after its 街 (a street called X街, its office
    X街街道): the press drops the doubled 街 (唐家墩街街道 → 唐家墩街道), and the road rule of
    `derive_aliases` leaves such a street no short form at all. Round 21: 246 streets of the
    list are so named (Wuhan, Tianjin, Jiangxi cities); a tuning article and news pages of
    the search tool write them X街道."""
    doubled = "街街道"
    if level != "street" or not name.endswith(doubled) or len(name) - len(doubled) < 2:
        return []
    return [name[: -len(doubled)] + "街道"]


# A street office's X街 form that no rule above gives: the press of Wuhan, Guangzhou and Xining
# names its street offices after their street (唐家墩街 for 唐家墩街街道, 西关大街 for 西关大街街道,
# where the road rule leaves no short form) or writes X街 for X街道 where the bare stem is an
# everyday word the stoplist keeps out (新市街 for 新市街道, 永和街 for 永和街道). Such a form is as
# often the road itself, so it sits with the common forms, taken only where the article places it
# (`places._with_common_forms`). Round 55 h8c: tuning articles of five sets wrote streets so.
STREET_WORD = "街"
STREET_OFFICE_ENDING = "街道"


def derive_street_jie_forms(name: str, level: str, stoplist: set[str]) -> list[str]:
    """唐家墩街街道 → [唐家墩街], 西关大街街道 → [西关大街], 新市街道 → [新市街] (新市 stop-listed);
    other streets (九龙街道: its 九龙街 comes from the short form 九龙) and other levels get none."""
    if level != "street" or not name.endswith(STREET_OFFICE_ENDING):
        return []
    stem = name[: -len(STREET_OFFICE_ENDING)]
    if stem.endswith(STREET_WORD) and len(stem) >= 3:
        return [stem]
    return [stem + STREET_WORD] if stem in stoplist else []


# A street office keeps the name of the town it replaced (撤镇设街道: 余杭镇 → 余杭街道), and each of
# Beijing's 地区 offices runs a town or township of the same name (周口店地区 for 周口店镇): news
# written before the change, or about the town, names the town. Round 53 h5: two labelled
# articles of two sets named such towns and lost them.
FORMER_TOWN_ENDINGS = {"街道": ("镇",), "地区": ("镇", "乡")}


def derive_former_town_forms(name: str, level: str) -> list[str]:
    """The town names a street office or a Beijing 地区 office is written with (FORMER_TOWN_ENDINGS):
    垛石街道 → [垛石镇], 周口店地区 → [周口店镇, 周口店乡]. A street named after its road
    (国基路街道) was never a town of that name; the caller keeps a form only where no division
    holds it as its own name."""
    if level != "street":
        return []
    for ending, towns in FORMER_TOWN_ENDINGS.items():
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) >= 2 and not stem.endswith(_road_endings()):
            return [stem + town for town in towns]
    return []


def _without_ethnic_names(stem: str) -> str:
    """`stem` without the ethnic-group names that end it (恩施土家族苗族 → 恩施), keeping at least 2 characters."""
    ethnic = ethnic_groups()
    stripped = True
    while stripped:
        stripped = False
        for group in ethnic:
            if stem.endswith(group) and len(stem) - len(group) >= 2:
                stem = stem[: -len(group)]
                stripped = True
                break
    return stem


@lru_cache(maxsize=1)
def _autonomous_endings() -> dict[str, tuple[tuple[str, str], ...]]:
    endings: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("place_autonomous_endings.tsv"):
        endings.setdefault(row["level"], []).append((row["official_ending"], row["written_ending"]))
    return {level: tuple(sorted(rows, key=lambda r: -len(r[0]))) for level, rows in endings.items()}


@lru_cache(maxsize=1)
def _road_endings() -> tuple[str, ...]:
    return tuple(read_terms("place_road_endings.txt"))


def _names_a_road(name: str) -> bool:
    stem = next(name[: -len(ending)] for ending in TOWN_NAME_ENDINGS if name.endswith(ending))
    return stem.endswith(_road_endings())


@lru_cache(maxsize=1)
def _alias_rules() -> dict[str, tuple[dict[str, str], ...]]:
    rules: dict[str, list[dict[str, str]]] = {}
    for row in read_table("place_alias_rules.tsv"):
        rules.setdefault(row["level"], []).append(row)
    # Longest suffix first, so 自治县 wins over 县 and 新区 over 区.
    return {level: tuple(sorted(rows, key=lambda r: -len(r["suffix"]))) for level, rows in rules.items()}


@lru_cache(maxsize=1)
def ethnic_groups() -> tuple[str, ...]:
    """The names of China's ethnic groups (place_ethnic_groups.txt), longest first."""
    return tuple(sorted(read_terms("place_ethnic_groups.txt"), key=len, reverse=True))


K = TypeVar("K")
V = TypeVar("V")


class LazyRows(Mapping[K, V], Generic[K, V]):
    """A read-only mapping whose values are made from plain data the first time they are read.

    A worker reads a few hundred of the gazetteer's 45k divisions and 63k written forms; making
    every `Division` and `Form` up front cost each worker about 0.1 CPU s (0.6 s with the cyclic
    collector on). Equal to the dict of all its values (`==`), whatever has been read so far.
    """

    __slots__ = ("_plain", "_make", "_made")

    def __init__(self, plain: Mapping[K, object], make: Callable[[object], V]) -> None:
        self._plain = plain
        self._make = make
        self._made: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        try:
            return self._made[key]
        except KeyError:
            value = self._made[key] = self._make(self._plain[key])
            return value

    def __contains__(self, key: object) -> bool:
        return key in self._plain

    def __iter__(self) -> Iterator[K]:
        return iter(self._plain)

    def __len__(self) -> int:
        return len(self._plain)


class Gazetteer:
    """Divisions by code, written forms by surface, and the automaton over all forms."""

    def __init__(self, divisions: Mapping[str, Division], forms: Mapping[str, tuple[Form, ...]],
                 common_forms: Mapping[str, tuple[Form, ...]] | None = None) -> None:
        import ahocorasick_rs

        self.divisions = _kept(divisions)
        self.forms = _kept(forms)
        self.common_forms = _kept(common_forms or {})
        self._surfaces = list(self.forms)
        self._automaton = ahocorasick_rs.AhoCorasick(self._surfaces, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)
        self._common_automaton = _automaton(self.common_forms)  # a few hundred forms: pyahocorasick is fine

    def scan(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, surface) of every written form, leftmost-longest, non-overlapping."""
        taken = 0
        for start, end, surface in sorted(self.scan_all(text), key=lambda m: (m[0], m[0] - m[1])):
            if start >= taken:
                taken = end
                yield start, end, surface

    def scan_all(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, surface) of every written form, overlapping ones included, by end."""
        surfaces = self._surfaces
        return [(start, end, surfaces[i]) for i, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]

    def scan_common(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, surface) of every everyday-word district short form (光明, 和平) and street
        X街 form (新市街, 唐家墩街)."""
        if not self.common_forms:
            return
        for last, surface in self._common_automaton.iter(text):
            yield last + 1 - len(surface), last + 1, surface

    def lookup(self, surface: str) -> tuple[Form, ...]:
        return self.forms.get(surface, ())

    def lookup_common(self, surface: str) -> tuple[Form, ...]:
        return self.common_forms.get(surface, ())

    def codes_in(self, text: str) -> set[str]:
        """Codes of every form written in `text` (a source name like 重庆晚报 → {50, …})."""
        return {form.code for _, _, surface in self.scan(text) for form in self.lookup(surface)}


def _kept(rows: Mapping) -> Mapping:
    """A lazily made mapping as it is; any other as a dict of its own."""
    return rows if isinstance(rows, LazyRows) else dict(rows)


def _automaton(forms: Mapping[str, object]):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for surface in forms:
        automaton.add_word(surface, surface)
    if forms:
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer with derived aliases, built once per process from its tables, which are
    kept between runs (`lexicon.cached`: about 0.5 s to build, a fraction of that to load)."""
    divisions, forms, common = cached("gazetteer", (__file__,), gazetteer_tables)
    return Gazetteer(
        LazyRows({row[0]: row for row in divisions}, _division),
        LazyRows(forms, _forms),
        LazyRows(common, _forms),
    )


def _division(row) -> Division:
    code, name, level, chain, parent = row
    return Division(code, name, level, tuple(chain), parent)


def _forms(items) -> tuple[Form, ...]:
    return tuple(Form(*form) for form in items)


# Endings of a town's or street's own name: a row written with its district's name before it
# (召陵区翟庄街道, 四平市铁东区平东街道) is named without that prefix.
TOWN_NAME_ENDINGS = ("街道", "镇", "乡")


def _without_parent_prefix(name: str, district: Division | None) -> str:
    """A street's official name without the names of its district (and city) written before it
    in the table (召陵区翟庄街道 → 翟庄街道, 四平市铁东区平东街道 → 平东街道), so the district and
    the street are matched apart as the text writes them; other names as they are."""
    if district is None:
        return name
    for prefix in ("".join(district.chain[-2:]), district.name):
        rest = name[len(prefix) :]
        if prefix and name.startswith(prefix) and len(rest) >= 3 and rest.endswith(TOWN_NAME_ENDINGS):
            return rest
    return name


def gazetteer_tables() -> tuple[list, dict, dict]:
    """The gazetteer as plain data: divisions as (code, name, level, chain, parent) in table
    order, and written forms and everyday-word forms as surface → [(code, official, within)]."""
    placeholders = set(read_terms("place_placeholder_names.txt"))
    stoplist = set(read_terms("place_stoplist.txt"))
    unmatched = tuple(read_terms("place_unmatched_suffixes.txt"))

    divisions: dict[str, Division] = {}

    def add(code: str, name: str, level: str, parent: str | None) -> None:
        above = divisions.get(parent) if parent else None
        parent_chain = above.chain if above else ()
        chain = parent_chain if name in placeholders else parent_chain + (name,)
        if above is not None and above.name in placeholders:
            above = divisions.get(above.parent) if above.parent else None
        divisions[code] = Division(code=code, name=name, level=level, chain=chain, parent=above.code if above else None)

    for row in read_csv("gazetteer/provinces.csv"):
        add(row["code"], row["name"], "province", None)
    for row in read_csv("gazetteer/cities.csv"):
        add(row["code"], row["name"], "city", row["provinceCode"])
    for row in read_csv("gazetteer/areas.csv"):
        add(row["code"], row["name"], "district", row["cityCode"])
    for row in read_csv("gazetteer/streets.csv"):
        add(row["code"], _without_parent_prefix(row["name"], divisions.get(row["areaCode"])), "street", row["areaCode"])

    forms: dict[str, list[Form]] = {}
    common: dict[str, list[Form]] = {}  # stop-listed short forms of districts (光明 → 光明区), streets' X街 forms

    def add_form(surface: str, form: Form) -> None:
        if surface in stoplist or form in forms.get(surface, ()):
            return
        forms.setdefault(surface, []).append(form)

    for division in divisions.values():
        if division.name in placeholders or division.name.endswith(unmatched):
            continue
        add_form(division.name, Form(division.code, official=True))
        for alias in derive_aliases(division.name, division.level):
            add_form(alias, Form(division.code, official=False))
            if alias in stoplist and division.level == "district":
                common.setdefault(alias, []).append(Form(division.code, official=False))
        for written in derive_level_forms(division.name, division.level) + derive_street_forms(division.name, division.level):
            add_form(written, Form(division.code, official=False))

    # After every division's own forms: a former town name that another division holds as its
    # own is that division's, and one whose stem is stop-listed (人民街道 → 人民镇) nobody's.
    held = set(forms)
    for division in divisions.values():
        for written in derive_former_town_forms(division.name, division.level):
            if written not in held and written[:-1] not in stoplist:
                add_form(written, Form(division.code, official=False))

    # A street's X街 form is everyday enough to stay out of the main automaton; one that another
    # division holds as its own written form is that division's.
    for division in divisions.values():
        for written in derive_street_jie_forms(division.name, division.level, stoplist):
            if written not in forms:
                common.setdefault(written, []).append(Form(division.code, official=False))

    # Functional areas (西海岸新区) written like districts: they resolve to the division that
    # administers them, so their chain and code are real gazetteer data.
    # The supplement (place_supplement.tsv): divisions created or renamed after the list, zones
    # and 兵团 units, each under the real division it lies in (its parent's code, none of its own).
    for path, column in (("place_extra_areas.tsv", "code"), ("place_supplement.tsv", "parent")):
        for row in read_table(path):
            if row[column] not in divisions:
                raise LexiconError(path=path, line=0, problem=f"unknown code {row[column]}", expected="a code of lexicons/gazetteer/")
            add_form(row["name"], Form(row[column], official=False, within=row["relation"] == "within"))

    def plain(items: list[Form]) -> list[tuple[str, bool, bool]]:
        return [(form.code, form.official, form.within) for form in items]

    return (
        [(d.code, d.name, d.level, d.chain, d.parent) for d in divisions.values()],
        {surface: plain(items) for surface, items in forms.items()},
        {surface: plain(items) for surface, items in common.items()},
    )


@dataclass(frozen=True)
class Resolution:
    """What a written form means in one article: a code, or the candidates when undecided."""

    code: str | None
    candidates: tuple[str, ...]

    @property
    def ambiguous(self) -> bool:
        return self.code is None


# Scores of the context clues: a division written right before/after it (九龙坡区九龙街道) is
# near-certain; the same division already resolved under another form (九龙 after 九龙街道)
# nearly so; another resolved place of the article that contains or lies in it is good; a
# place named in the source (重庆晚报) or a still-ambiguous neighbour is a weak hint.
SCORE_ADJACENT = 100
SCORE_SAME_ELSEWHERE = 50
SCORE_RELATED_RESOLVED = 10
SCORE_EXTERNAL = 5
SCORE_RELATED_UNRESOLVED = 1


def resolve(
    candidates: Mapping[str, Iterable[str]],
    adjacent: Mapping[str, Iterable[str]] | None = None,
    external: Iterable[str] = (),
    *,
    written_parents: Mapping[str, Iterable[str]] | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, Resolution]:
    """Resolve each written form (key) of one article to a division code.

    `candidates[key]`: the codes the form may mean; `adjacent[key]`: codes of the places
    written immediately before or after any of its occurrences; `external`: codes named
    outside the body (the article's source and title); `written_parents[key]`: codes of a
    higher-level place written right before the form (江汉区 in 江汉区民族街道) — when none of
    the form's candidates lies in it, the gazetteer does not hold the place meant and the
    form stays unresolved, even with one candidate. Rounds repeat until nothing changes,
    so a form resolved by its neighbour helps the next one. Undecided ties stay ambiguous,
    except that with no clue at all a form whose candidates include exactly one division at
    the highest level means that one (吉林 → 吉林省 rather than 吉林市).
    """
    gazetteer = gazetteer or load_gazetteer()
    pending = {key: sorted(set(codes)) for key, codes in candidates.items()}
    contradicted = _contradicted(pending, written_parents or {})
    resolved = {key: codes[0] for key, codes in pending.items() if len(codes) == 1 and key not in contradicted}
    open_keys = [key for key in pending if key not in contradicted]
    _resolve_by_context(pending, open_keys, resolved, adjacent or {}, set(external))
    for key in open_keys:
        if key not in resolved:
            code = _highest_level_only(pending[key], gazetteer)
            if code:
                resolved[key] = code
    result = {}
    for key, codes in pending.items():
        code = resolved.get(key)
        result[key] = Resolution(code=code, candidates=(code,) if code else tuple(codes[:MAX_CANDIDATES]))
    return result


def _contradicted(pending: Mapping[str, list[str]], written_parents: Mapping[str, Iterable[str]]) -> set[str]:
    """Forms written right after a higher-level place that none of their candidates lies in."""
    return {
        key
        for key, codes in pending.items()
        if written_parents.get(key) and not any(related(code, parent) for code in codes for parent in written_parents[key])
    }


def _resolve_by_context(pending: Mapping[str, list[str]], open_keys: list[str], resolved: dict[str, str],
                        adjacent: Mapping[str, Iterable[str]], external: set[str]) -> None:
    """Rounds of scoring each open form's candidates by the article's other places."""
    for _round in range(4):
        changed = False
        for key in open_keys:
            if key in resolved:
                continue
            known = {code for other, code in resolved.items() if other != key}
            unknown = [code for other, codes in pending.items() if other != key and other not in resolved for code in codes]
            near = set(adjacent.get(key, ()))
            scores = {code: _score(code, near, known, unknown, external) for code in pending[key]}
            best = max(scores.values())
            winners = [code for code, score in scores.items() if score == best]
            if best > 0 and len(winners) == 1:
                resolved[key] = winners[0]
                changed = True
        if not changed:
            return


def _score(code: str, near: set[str], known: set[str], unknown: list[str], external: set[str]) -> int:
    """How strongly the article's context supports reading a form as division `code`."""
    score = 0
    if any(related(code, other) for other in near):
        score += SCORE_ADJACENT
    if code in known:
        score += SCORE_SAME_ELSEWHERE
    score += SCORE_RELATED_RESOLVED * sum(related(code, other) for other in known)
    if any(related(code, other) for other in external):
        score += SCORE_EXTERNAL
    if any(related(code, other) for other in unknown):
        score += SCORE_RELATED_UNRESOLVED
    return score


def _highest_level_only(codes: list[str], gazetteer: Gazetteer) -> str | None:
    """With no clue, a form whose candidates include exactly one division at the highest
    level (above street, among several levels) means that one: 吉林 → 吉林省."""
    levels = {gazetteer.divisions[code].level for code in codes}
    top = min(LEVEL_RANK[level] for level in levels)
    highest = [code for code in codes if LEVEL_RANK[gazetteer.divisions[code].level] == top]
    if len(highest) == 1 and top < LEVEL_RANK["street"] and len(levels) > 1:
        return highest[0]
    return None
