"""Learn the pair scorer's weights (lexicons/partnership_pair_weights.tsv) from labelled articles.

    python scripts/train_pair_scorer.py GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...] [--out FILE]
    python scripts/train_pair_scorer.py GOLD_DIR TEXT_DIR [...] --cross-validate
    python scripts/train_pair_scorer.py GOLD_DIR TEXT_DIR [...] --cache DIR [--cross-validate]

Each text `<stem>.txt` with a gold file `<stem>.json` (the seed-gold format, corpus/gold/README.md)
is run through the pipeline; every pair of named parties of one sentence that the partnership
extractor would hand its scorer, and every pair its frames made, is one example, positive when the
gold's partnerships hold the two (names matched as `shequ eval` matches them, by containment).
The model is a logistic regression over the features of pair_scorer.py, fitted by plain gradient
descent from zero weights with an L2 penalty: the same material gives the same weights.

With --cross-validate each GOLD_DIR TEXT_DIR pair is one labelled set: the model is fitted on the
other sets and weighs the held-out set's pairs as the extractor would (sentences no frame read,
pairs with a cue word, each pair once per article); per set and threshold it prints how many pairs
the scorer would add and how many of them the gold holds. Sets by different labellers, not
articles of one set, are what a scorer meets in use, so they are the unit left out.

Running the pipeline over a pool of hundreds of articles takes most of the time; with --cache DIR
each set's examples are kept in DIR (one JSON file per GOLD_DIR: features, labels and the pairs'
party names, no sentence) and read from there on the next run, so training and cross-validating
the same material runs the pipeline once. Delete DIR after changing the pipeline, the features,
the cue words or the gold: the cache does not notice.
Article texts are read from the given folders and never written anywhere.
"""

from __future__ import annotations

import argparse
import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from shequ.articles import split_articles
from shequ.clipping import analyze_article
from shequ.evaluate import load_gold, strings_match
from shequ.extract import default_registry
from shequ.extract.pair_scorer import probability
from shequ.extract.partnerships import PartnershipExtractor
from shequ.normalize import normalize
from shequ.reading import decode
from shequ.registry import Component, Registry

L2 = 1.0
STEPS = 3000
RATE = 0.3


THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


class Example(NamedTuple):
    features: list[str]
    partners: bool  # the gold holds the pair
    article: str
    key: str  # the pair, as the extractor keys it
    scorable: bool  # the extractor would weigh it (an unread sentence, a cue word, no frame's pair)


class Recording(PartnershipExtractor):
    """The partnership extractor, handing its scorer's candidates to `examples` instead of scoring.
    Pairs the frames made, and the sentences they read, are examples too: they show what partners
    look like in far more sentences than the frames leave over. Each example says whether the
    extractor would weigh it (`_scored`'s candidates with a relation word)."""

    examples: list[tuple[str, str, str, str, list[str], str, bool]] = []

    def _scored(self, text, by_sentence, frames):
        weighed = {(a.start, b.start) for s_start, s_end, inside, a, b, _ in
                   self.candidates(text, self.unread(by_sentence, frames), {m.canonical for m in frames})
                   if self.relation_word(text, s_start, s_end, inside, a, b) is not None}
        for _, _, _, a, b, features in self.candidates(text, by_sentence, set()):
            key = "|".join(sorted((a.canonical, b.canonical)))
            Recording.examples.append((text[a.start:a.end], text[b.start:b.end], a.canonical, b.canonical, features,
                                       key, (a.start, b.start) in weighed))
        return []


def recording_pipeline():
    components = [Component(Recording, c.assigns, c.requires) if c.assigns == "partnerships" else c
                  for c in default_registry().components.values()]
    return Registry(components=components).pipeline(options={"partnerships": {"scored": True}})


def examples(gold_dir: Path, text_dir: Path, pipeline) -> list[Example]:
    out = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        text_path = text_dir / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        pairs = load_gold(gold_path).get("partnerships") or []
        raw, _ = decode(text_path.read_bytes(), text_path)
        articles, _ = split_articles(normalize(raw), text_path.name)
        for article in articles:
            Recording.examples = []
            analyze_article(article, pipeline)
            for *names, features, key, scorable in Recording.examples:
                partners = any(_holds(names[0::2], names[1::2], pair) for pair in pairs)
                out.append(Example(features, partners, f"{gold_path.stem}/{article.index}", key, scorable))
    return out


def cached_examples(gold_dir: Path, text_dir: Path, pipeline, cache: Path | None) -> list[Example]:
    """`examples`, kept in `cache` (when given) under a name made from `gold_dir`."""
    if cache is None:
        return examples(gold_dir, text_dir, pipeline())
    path = cache / (str(gold_dir.resolve()).strip("/").replace("/", "__") + ".json")
    if path.exists():
        return [Example(*row) for row in json.loads(path.read_text(encoding="utf-8"))]
    rows = examples(gold_dir, text_dir, pipeline())
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([list(row) for row in rows], ensure_ascii=False), encoding="utf-8")
    return rows


def _holds(a_names, b_names, pair) -> bool:
    def named(names, gold):
        return any(strings_match(n, gold, "containment") for n in names)
    return (named(a_names, pair[0]) and named(b_names, pair[1])) or (named(a_names, pair[1]) and named(b_names, pair[0]))


def added(rows: list[Example], table: dict[str, float], threshold: float) -> tuple[int, int]:
    """(pairs the scorer adds to the articles of `rows`, how many of them the gold holds): a
    weighed pair over `threshold`, once per article, as PartnershipExtractor._scored keeps it."""
    taken = set()
    right = 0
    for row in rows:
        if row.scorable and (row.article, row.key) not in taken and probability(row.features, table) >= threshold:
            taken.add((row.article, row.key))
            right += row.partners
    return len(taken), right


def cross_validate(sets: dict[str, list[Example]], thresholds=THRESHOLDS) -> dict[str, dict[float, tuple[int, int]]]:
    """For each set, fitted on the others: (added, right) by threshold."""
    out = {}
    for held_out, rows in sets.items():
        table = fit([row for name, other in sets.items() if name != held_out for row in other])
        out[held_out] = {threshold: added(rows, table, threshold) for threshold in thresholds}
    return out


def fit(rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    vocab = sorted({f for features, *_ in rows for f in features})
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, (features, *_) in enumerate(rows):
        for f in features:
            x[i, index[f]] = 1.0
    y = np.array([label for _, label, *_ in rows], dtype=float)
    w = np.zeros(len(vocab))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(y)
    return {f: round(float(w[i]), 3) for f, i in index.items()}


HEADER = """\
# Weights of the pair scorer's features (pipeline/extract/pair_scorer.py): a logistic model of
# whether two parties of one sentence that no relation frame paired are partners.
# Made by scripts/train_pair_scorer.py (do not edit by hand; re-run it after changing the features,
# the cue words or the frames, since the candidates are the pairs the frames leave).
# Material: {material}
# Examples: {n} candidate pairs, {pos} of them partners in the gold.
feature	weight
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", help="GOLD_DIR TEXT_DIR pairs")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "lexicons" / "partnership_pair_weights.tsv"))
    parser.add_argument("--cross-validate", action="store_true", help="leave each set out in turn and report the pairs the scorer would add to it; writes nothing")
    parser.add_argument("--cache", help="a folder keeping each set's examples between runs")
    parser.add_argument("--material", default="", help="what the folders hold, for the file's header")
    args = parser.parse_args()
    if len(args.folders) % 2:
        parser.error("give the folders as GOLD_DIR TEXT_DIR pairs")
    pipeline = lru_cache(maxsize=1)(recording_pipeline)  # built only when a set is not cached
    cache = Path(args.cache) if args.cache else None
    sets = {gold_dir: cached_examples(Path(gold_dir), Path(text_dir), pipeline, cache)
            for gold_dir, text_dir in zip(args.folders[0::2], args.folders[1::2])}
    if args.cross_validate:
        report = cross_validate(sets)
        for threshold in THRESHOLDS:
            for name, by_threshold in report.items():
                print(json.dumps({"threshold": threshold, "held_out": name, "added": by_threshold[threshold][0], "right": by_threshold[threshold][1]}))
        return
    rows = [row for rows in sets.values() for row in rows]
    weights = fit(rows)
    body = "".join(f"{f}\t{w}\n" for f, w in sorted(weights.items()) if w)
    header = HEADER.format(material=args.material or ", ".join(args.folders[0::2]), n=len(rows), pos=sum(row.partners for row in rows))
    Path(args.out).write_text(header + body, encoding="utf-8")
    print(json.dumps({"examples": len(rows), "positive": sum(row.partners for row in rows), "features": len(weights)}))


if __name__ == "__main__":
    main()
