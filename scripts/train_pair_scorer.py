"""Learn the pair scorer's weights (lexicons/partnership_pair_weights.tsv) from labelled articles.

    python scripts/train_pair_scorer.py GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...] [--out FILE]

Each text `<stem>.txt` with a gold file `<stem>.json` (the seed-gold format, corpus/gold/README.md)
is run through the pipeline; every pair of named parties of one sentence that the partnership
extractor would hand its scorer, and every pair its frames made, is one example, positive when the
gold's partnerships hold the two (names matched as `shequ eval` matches them, by containment).
The model is a logistic regression over the features of pair_scorer.py, fitted by plain gradient
descent from zero weights with an L2 penalty: the same material gives the same weights.
Article texts are read from the given folders and never written anywhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from shequ.articles import split_articles
from shequ.clipping import analyze_article
from shequ.evaluate import load_gold, strings_match
from shequ.extract import default_registry
from shequ.extract.partnerships import PartnershipExtractor
from shequ.normalize import normalize
from shequ.reading import decode
from shequ.registry import Component, Registry

L2 = 1.0
STEPS = 3000
RATE = 0.3


class Recording(PartnershipExtractor):
    """The partnership extractor, handing its scorer's candidates to `examples` instead of scoring.
    Pairs the frames made, and the sentences they read, are examples too: they show what partners
    look like in far more sentences than the frames leave over."""

    examples: list[tuple[str, str, str, str, list[str]]] = []

    def _scored(self, text, by_sentence, frames):
        for _, _, _, a, b, features in self.candidates(text, by_sentence, set()):
            Recording.examples.append((text[a.start:a.end], text[b.start:b.end], a.canonical, b.canonical, features))
        return []


def recording_pipeline():
    components = [Component(Recording, c.assigns, c.requires) if c.assigns == "partnerships" else c
                  for c in default_registry().components.values()]
    return Registry(components=components).pipeline(options={"partnerships": {"scored": True}})


def examples(gold_dir: Path, text_dir: Path, pipeline) -> list[tuple[list[str], bool]]:
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
            for *names, features in Recording.examples:
                out.append((features, any(_holds(names[0::2], names[1::2], pair) for pair in pairs)))
    return out


def _holds(a_names, b_names, pair) -> bool:
    def named(names, gold):
        return any(strings_match(n, gold, "containment") for n in names)
    return (named(a_names, pair[0]) and named(b_names, pair[1])) or (named(a_names, pair[1]) and named(b_names, pair[0]))


def fit(rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    vocab = sorted({f for features, _ in rows for f in features})
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, (features, _) in enumerate(rows):
        for f in features:
            x[i, index[f]] = 1.0
    y = np.array([label for _, label in rows], dtype=float)
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
    parser.add_argument("--material", default="", help="what the folders hold, for the file's header")
    args = parser.parse_args()
    if len(args.folders) % 2:
        parser.error("give the folders as GOLD_DIR TEXT_DIR pairs")
    pipeline = recording_pipeline()
    rows = []
    for gold_dir, text_dir in zip(args.folders[0::2], args.folders[1::2]):
        rows += examples(Path(gold_dir), Path(text_dir), pipeline)
    weights = fit(rows)
    body = "".join(f"{f}\t{w}\n" for f, w in sorted(weights.items()) if w)
    header = HEADER.format(material=args.material or ", ".join(args.folders[0::2]), n=len(rows), pos=sum(label for _, label in rows))
    Path(args.out).write_text(header + body, encoding="utf-8")
    print(json.dumps({"examples": len(rows), "positive": sum(label for _, label in rows), "features": len(weights)}))


if __name__ == "__main__":
    main()
