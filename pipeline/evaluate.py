"""Scoring fact sheets against hand-checked gold (the format of corpus/gold/README.md).

For every fact type of `schema.FACT_TYPES`: precision, recall and F1 under two matchings,
`exact` (same string after dropping whitespace and quote marks, folding full/half width and
traditional characters: a page in traditional characters is read as simplified, its gold
written as the page is) and `containment` (one string contains the other). Each gold fact
matches at most one prediction. How a type is matched is its table row's `matcher`: `names` (name,
canonical or an alias), `person` (the name), `quantity` (value, unit and text), `pair`
(an unordered pair of parties, each end by any name of the fact it refers to, as
`names` matches that fact). Two attributes are scored on the matched facts: people's
roles (`people.role`) and what quantities count (`quantities.about`, the gold's `about`
against the sheet's `subject`). Articles are scored on title and source.

The other side may also be a second annotator's gold for the same clippings
(`annotation_sheets`): the same scores then measure how far two annotators agree, the
ceiling any extractor can be judged against.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .chars import RE_RUBY, compare_key, may_hold_ruby
from .errors import AmbiguousSheetsError, GoldFormatError
from .names import escape, segment
from .schema import FACT_TYPES, FactTypeTable, full_sheet
from .traditional import simplified_characters

MODES = ("exact", "containment")
MIN_CONTAINED = 2  # a contained string needs at least this many characters to count
# Attributes scored on matched facts: (fact type, sheet field, gold field, score name).
ATTRIBUTES = (("people", "role", "role", "people.role"), ("quantities", "subject", "about", "quantities.about"))


def key(text: str | None) -> str:
    """What two strings must share to be the same: `compare_key` of their simplified characters,
    without the pinyin some sites print after a character. Gold written as the page is keeps that
    reading (社區(qū)黨委), which normalization drops from the facts (社区党委); it is no more part of
    the name than a quote mark is."""
    text = text or ""
    if may_hold_ruby(text):
        text = RE_RUBY.sub("", text)
    return compare_key(simplified_characters(text))


def strings_match(pred: str, gold: str, mode: str) -> bool:
    p, g = key(pred), key(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if mode == "containment":
        shorter = p if len(p) < len(g) else g
        return len(shorter) >= MIN_CONTAINED and (p in g or g in p)
    return False


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    # (gold item, matched prediction) of this one scoring; not added up or reported
    pairs: list[tuple[Any, Any]] = field(default_factory=list, repr=False, compare=False)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_predicted += other.matched_predicted
        self.missed += other.missed
        self.spurious += other.spurious

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["pairs"]
        data.update(precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4))
        return data


def _match(gold: list[Any], predicted: list[Any], same: Callable[[Any, Any], bool], show: Callable[[Any], str]) -> Score:
    """One-to-one matching of the largest size; unmatched items are listed.

    Gold items are taken in order and each takes the first free predicted item it matches, as a
    greedy matching would; only when none is free does it move an earlier pairing along to another
    item that pairing also matches (an augmenting path). Without that step a short predicted name
    contained in two gold names could take the one whose only other match was then left over, and
    the score would depend on the order of the gold file.
    """
    candidates = [[i for i, pred in enumerate(predicted) if same(pred, item)] for item in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for i in candidates[g]:
            if i not in seen:
                seen.add(i)
                if i not in owner or augment(owner[i], seen):
                    owner[i] = g
                    return True
        return False

    for g, found in enumerate(candidates):
        free = next((i for i in found if i not in owner), None)
        if free is not None:
            owner[free] = g
        else:
            augment(g, set())
    taken = {g: i for i, g in owner.items()}
    score = Score(gold=len(gold), predicted=len(predicted))
    for g, item in enumerate(gold):
        if g in taken:
            score.pairs.append((item, predicted[taken[g]]))
        else:
            score.missed.append(show(item))
    score.matched_gold = score.matched_predicted = len(owner)
    score.spurious = [show(pred) for i, pred in enumerate(predicted) if i not in owner]
    return score


def _names(fact: dict) -> list[str]:
    return [fact.get("name", ""), fact.get("canonical", ""), *fact.get("aliases", [])]


def _unique(facts: Iterable[dict], identity: Callable[[dict], str]) -> list[dict]:
    seen: dict[str, dict] = {}
    for fact in facts:
        seen.setdefault(identity(fact), fact)
    return list(seen.values())


def _party(end) -> str:
    """A partnership end: a reference (its name), or a bare string (gold)."""
    return end["name"] if isinstance(end, dict) else end


def _party_names(end) -> list[str]:
    """Every name a partnership end goes by: those of the fact it refers to (as an entity
    fact is matched by its name, canonical or an alias), or the bare string (gold)."""
    if isinstance(end, dict):
        return end.get("names") or [end["name"]]
    return [end]


def _with_party_names(sheet: dict, fact_type: str, fact_types: FactTypeTable) -> list[dict]:
    """The sheet's pair facts, each end carrying the names of the fact it refers to."""
    names: dict[tuple[str, str], list[str]] = {}
    for row in fact_types:
        if row.node_type is not None and row.grouping == "entity":
            for fact in sheet.get(row.name, []):
                names[(row.node_type, fact.get("key", ""))] = _names(fact)

    def end(ref):
        if not isinstance(ref, dict):
            return ref
        return {**ref, "names": [ref["name"], *names.get((ref.get("type"), ref.get("key")), [])]}

    return [{**fact, "a": end(fact["a"]), "b": end(fact["b"])} for fact in sheet.get(fact_type, [])]


def _match_names(gold: list, facts: list[dict], mode: str) -> Score:
    predicted = _unique(facts, lambda f: key(f["canonical"]))
    return _match(gold, predicted, lambda pred, item: any(strings_match(n, item, mode) for n in _names(pred)),
                  lambda f: f if isinstance(f, str) else f["name"])


def _match_people(gold: list, facts: list[dict], mode: str) -> Score:
    predicted = _unique(facts, lambda f: key(f["name"]))
    return _match(gold, predicted, lambda pred, item: any(strings_match(n, item["name"], "exact") for n in _names(pred)),
                  lambda f: f"{f['name']}({f.get('role')})")


def _match_quantities(gold: list, facts: list[dict], mode: str) -> Score:
    predicted = _unique(facts, lambda f: f"{key(f['text'])}|{f['value']}|{f['unit']}|{f['evidence'][0]['start']}")

    def same(pred: dict, item: dict) -> bool:
        return (abs(float(pred["value"]) - float(item["value"])) < 1e-6 and key(pred["unit"]) == key(item["unit"])
                and strings_match(pred["text"], item["text"], mode))

    return _match(gold, predicted, same, lambda f: f"{f['text']}={f['value']}{f['unit']}")


def _match_pairs(gold: list, facts: list[dict], mode: str) -> Score:
    predicted = _unique(facts, lambda f: "|".join(sorted((key(_party(f["a"])), key(_party(f["b"]))))))

    def same_pair(pred: dict, pair: list[str]) -> bool:
        def named(end, gold_name: str) -> bool:
            return any(strings_match(name, gold_name, mode) for name in _party_names(end))

        a, b = pred["a"], pred["b"]
        return (named(a, pair[0]) and named(b, pair[1])) or (named(a, pair[1]) and named(b, pair[0]))

    return _match(gold, predicted, same_pair,
                  lambda f: f"{_party(f['a'])}–{_party(f['b'])}" if isinstance(f, dict) else "–".join(f))


MATCHERS: dict[str, Callable[[list, list[dict], str], Score]] = {
    "names": _match_names, "person": _match_people, "quantity": _match_quantities, "pair": _match_pairs,
}


def score_fact_type(fact_type: str, gold: list[Any], sheets: list[dict], mode: str,
                    fact_types: FactTypeTable = FACT_TYPES) -> Score:
    row = fact_types[fact_type]
    if row.matcher == "pair":
        facts = [fact for sheet in sheets for fact in _with_party_names(sheet, fact_type, fact_types)]
    else:
        facts = [fact for sheet in sheets for fact in sheet.get(fact_type, [])]
    return MATCHERS[fact_types[fact_type].matcher](gold, facts, mode)


def score_attribute(fact_type: str, field_name: str, gold_field: str, gold: list[dict], sheets: list[dict]) -> Score:
    """An attribute of the facts that matched (containment): is it the gold's?

    `gold` counts matched gold facts that state the attribute, `predicted` matched sheet
    facts that state one, and a pair agrees when the two strings match by containment.
    """
    base = score_fact_type(fact_type, gold, sheets, "containment")
    score = Score()
    for item, pred in base.pairs:
        expected, found = item.get(gold_field), pred.get(field_name)
        score.gold += bool(expected)
        score.predicted += bool(found)
        if expected and found and strings_match(found, expected, "containment"):
            score.matched_gold += 1
            score.matched_predicted += 1
        elif expected:
            score.missed.append(f"{_shown(item)}: {expected} ≠ {found}")
    return score


def _shown(item: dict) -> str:
    return item.get("name") or item.get("text") or ""


def score_articles(gold_articles: list[dict], sheets: list[dict], mode: str) -> dict[str, Score]:
    """Titles, sources, and both, of the articles a clipping's gold shows.

    `titles` counts the gold articles that show a title (and the sheets that have one);
    `sources` the gold articles that name an outlet, each compared with the sheet that
    has its title (or the only sheet, when the clipping holds one article and one sheet).
    Under containment a title may also match the sheet's title and subtitle written
    together (a headline whose second half the page set apart). In `titles_and_sources`
    an untitled gold article matches an untitled sheet with its source.
    """
    def title_of(item: dict) -> str:
        return item.get("title") or ""

    def same_title(sheet: dict, gold: dict) -> bool:
        if strings_match(title_of(sheet), title_of(gold), "exact"):
            return True
        whole = title_of(sheet) + (sheet.get("subtitle") or "")
        return mode == "containment" and strings_match(whole, title_of(gold) + (gold.get("subtitle") or ""), "exact")

    def paired(gold: dict) -> dict | None:
        if len(gold_articles) == 1 and len(sheets) == 1:
            return sheets[0]
        return next((sheet for sheet in sheets if title_of(gold) and same_title(sheet, gold)), None)

    titled = [g for g in gold_articles if title_of(g)]
    titles = _match(titled, [s for s in sheets if title_of(s)], same_title, title_of)
    sources = Score(gold=sum(1 for g in gold_articles if g.get("source")), predicted=sum(1 for s in sheets if s.get("source")))
    for gold in gold_articles:
        sheet = paired(gold)
        if gold.get("source") and sheet is not None and key(sheet.get("source")) == key(gold["source"]):
            sources.matched_gold += 1
            sources.matched_predicted += 1
        elif gold.get("source"):
            sources.missed.append(f"{title_of(gold)} [{gold['source']} ≠ {sheet.get('source') if sheet else None}]")
    def same_article(sheet: dict, gold: dict) -> bool:
        # An untitled article (a brief, a web page's bare text) is the sheet without a title.
        untitled = not title_of(gold) and not title_of(sheet)
        return (untitled or same_title(sheet, gold)) and key(sheet.get("source")) == key(gold.get("source"))

    both = _match(gold_articles, sheets, same_article,
                  lambda item: f"{title_of(item)} [{item.get('source')}]")
    return {"titles": titles, "sources": sources, "titles_and_sources": both}


def load_gold(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldFormatError(path=path, problem=str(err)) from err
    if not isinstance(data, dict) or "articles" not in data:
        raise GoldFormatError(path=path, problem="no `articles` list")
    return data


def sheet_folder(out_dir: Path, stem: str) -> Path | None:
    """Where the sheets of the clipping `<stem>.txt` are: `factsheets/<stem>/` (a run over a
    flat folder), else the one folder of that name deeper down (a run over a folder of
    folders: `factsheets/seeds/<stem>/`); None when there are none. Two such folders: E032."""
    root = out_dir / "factsheets"
    name = segment(escape(stem))
    folder = root / name
    if any(folder.glob("*.json")):
        return folder
    found = sorted(Path(parent) / name for parent, folders, _ in os.walk(root)
                   if name in folders and any((Path(parent) / name).glob("*.json")))
    if len(found) > 1:
        folders = ", ".join(p.relative_to(out_dir).as_posix() for p in found)
        raise AmbiguousSheetsError(stem=stem, count=len(found), folders=folders)
    return found[0] if found else None


def load_sheets(out_dir: Path, stem: str, fact_types: FactTypeTable = FACT_TYPES) -> list[dict]:
    """The sheets of the clipping `<stem>.txt` (see `sheet_folder`), none when it has none,
    with the fields their facts leave out put back (`schema.full_sheet`)."""
    folder = sheet_folder(out_dir, stem)
    if folder is None:
        return []
    return [full_sheet(json.loads(p.read_text(encoding="utf-8")), fact_types, p) for p in sorted(folder.glob("*.json"))]


@dataclass
class Evaluation:
    clippings: list[str]
    facts: dict[str, dict[str, Score]]  # mode → fact type (and "all", the micro average) → score
    articles: dict[str, dict[str, Score]]  # mode → titles / sources / titles_and_sources → score
    attributes: dict[str, Score] = field(default_factory=dict)  # people.role, quantities.about (containment)

    def as_dict(self) -> dict[str, Any]:
        return {
            "clippings": self.clippings,
            "facts": {mode: {t: s.as_dict() for t, s in scores.items()} for mode, scores in self.facts.items()},
            "articles": {mode: {t: s.as_dict() for t, s in scores.items()} for mode, scores in self.articles.items()},
            "attributes": {name: s.as_dict() for name, s in self.attributes.items()},
        }


def annotation_sheets(gold: dict, fact_types: FactTypeTable = FACT_TYPES) -> list[dict]:
    """A gold file read as the sheets of its clipping, so that a second annotator's gold is
    scored like shequ's output: one sheet per gold article with its title and source, the
    clipping's facts in the first (gold lists facts per clipping, and facts are matched over
    all sheets of a clipping). Entity names become facts with no aliases, a quantity's `about`
    its `subject`, a pair's ends bare strings (as in gold)."""
    def entity(item) -> dict:
        name = item if isinstance(item, str) else item.get("name", "")
        return {"name": name, "canonical": name, "aliases": [] if isinstance(item, str) else item.get("aliases", [])}

    facts: dict[str, list[dict]] = {}
    for row in fact_types:
        items = gold.get(row.name, [])
        if row.matcher == "names":
            facts[row.name] = [entity(item) for item in items]
        elif row.matcher == "person":
            facts[row.name] = [{**entity(item), "role": item.get("role")} for item in items]
        elif row.matcher == "quantity":
            # the occurrence key of a sheet quantity includes its start: the gold's order stands in
            facts[row.name] = [{"text": q["text"], "value": q["value"], "unit": q["unit"], "subject": q.get("about"),
                                "evidence": [{"start": i}]} for i, q in enumerate(items)]
        else:
            facts[row.name] = [{"a": a, "b": b} for a, b in items]
    articles = [{"title": a.get("title"), "subtitle": a.get("subtitle"), "source": a.get("source")}
                for a in gold.get("articles", [])] or [{}]
    return [{**articles[0], **facts}, *articles[1:]]


def annotation_loader(other_dir: Path, fact_types: FactTypeTable = FACT_TYPES) -> Callable[[str], list[dict]]:
    """`evaluate`'s sheet loader for a second annotator's gold folder (same file names)."""
    return lambda stem: annotation_sheets(load_gold(other_dir / f"{stem}.json"), fact_types)


def evaluate(gold_dir: Path, out_dir: Path, fact_types: FactTypeTable = FACT_TYPES, *,
             sheets_of: Callable[[str], list[dict]] | None = None, stems: Iterable[str] | None = None) -> Evaluation:
    """Scores of the sheets under `out_dir` against the gold of `gold_dir`. `sheets_of` reads
    a clipping's sheets by its stem instead (`annotation_loader`); `stems` limits the clippings
    scored to those (default: every gold file)."""
    wanted = None if stems is None else set(stems)
    gold_files = sorted(p for p in gold_dir.glob("*.json") if wanted is None or p.stem in wanted)
    if not gold_files:
        raise GoldFormatError(path=gold_dir, problem="no gold *.json files")
    sheets_of = sheets_of or (lambda stem: load_sheets(out_dir, stem, fact_types))
    facts = {mode: {t: Score() for t in fact_types.names} for mode in MODES}
    articles = {mode: {"titles": Score(), "sources": Score(), "titles_and_sources": Score()} for mode in MODES}
    attributes = {name: Score() for fact_type, _, _, name in ATTRIBUTES if fact_type in fact_types}
    for path in gold_files:
        gold = load_gold(path)
        sheets = sheets_of(path.stem)
        for mode in MODES:
            for fact_type in fact_types.names:
                score = score_fact_type(fact_type, gold.get(fact_type, []), sheets, mode, fact_types)
                facts[mode][fact_type].add(_tagged(score, path.stem))
            for name, score in score_articles(gold["articles"], sheets, mode).items():
                articles[mode][name].add(_tagged(score, path.stem))
        for fact_type, field_name, gold_field, name in ATTRIBUTES:
            if name in attributes:
                score = score_attribute(fact_type, field_name, gold_field, gold.get(fact_type, []), sheets)
                attributes[name].add(_tagged(score, path.stem))
    for scores in facts.values():
        scores["all"] = _micro(scores.values())
    return Evaluation([p.stem for p in gold_files], facts, articles, attributes)


def _micro(scores) -> Score:
    """All fact types pooled (micro average): counts only."""
    total = Score()
    for score in list(scores):
        total.gold += score.gold
        total.predicted += score.predicted
        total.matched_gold += score.matched_gold
        total.matched_predicted += score.matched_predicted
    return total


def _tagged(score: Score, stem: str) -> Score:
    prefix = stem.split("_")[0]
    score.missed = [f"{prefix}: {item}" for item in score.missed]
    score.spurious = [f"{prefix}: {item}" for item in score.spurious]
    return score


def format_table(evaluation: Evaluation, show_errors: bool = False) -> str:
    def row(name: str, mode: str, score: Score) -> str:
        return f"{name:<22}{mode:<13}{score.gold:>6}{score.predicted:>6}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"

    lines = [f"{'fact type':<22}{'mode':<13}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for mode in MODES:
        lines += [row(name, mode, score) for name, score in {**evaluation.articles[mode], **evaluation.facts[mode]}.items()]
    lines += [row(name, "containment", score) for name, score in evaluation.attributes.items()]
    if show_errors:
        shown = {**evaluation.articles["containment"], **evaluation.facts["containment"], **evaluation.attributes}
        for name, score in shown.items():
            if score.missed:
                lines.append(f"\nmissed {name} ({len(score.missed)}): " + "; ".join(score.missed))
            if score.spurious:
                lines.append(f"spurious {name} ({len(score.spurious)}): " + "; ".join(score.spurious))
    return "\n".join(lines)
