"""Extractor throughput (issue 3): segmentation and each extractor against bare `jieba.lcut`.

    python benchmarks/bench_extract.py               # ~5 MB of clippings
    python benchmarks/bench_extract.py --size-mb 1   # a quick look

The seed corpus is repeated and varied to --size-mb, normalized and split into
articles before timing (those steps belong to the batch benchmark). Then, in this one
process, over the same article texts:
- bare `jieba.lcut` (default dictionary, initialized beforehand): the yardstick;
- `segment.token_offsets` (our segmenter's tokens as character spans: what the extractors read);
- each step of the default pipeline in its order, on tokens cut beforehand;
- `clipping.analyze_article` (segmentation + all extractors) end to end.
Prints characters/s and the ratio to jieba for each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import make_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=5.0, help="corpus size in MB before normalization (default 5)")
    parser.add_argument("--workdir", type=Path, default=None, help="where the corpus goes (default: a temp folder)")
    args = parser.parse_args()

    import logging

    import jieba

    from shequ.articles import split_articles
    from shequ.batch import warm_worker
    from shequ.clipping import analyze_article, default_pipeline
    from shequ.mentions import ArticleContext
    from shequ.normalize import normalize
    from shequ.segment import sentences, token_offsets

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="shequ-bench-"))
    corpus = workdir / f"corpus-{args.size_mb:g}mb"
    make_corpus(corpus, args.size_mb)
    articles = []
    for path in sorted(corpus.glob("*.txt")):
        found, _ = split_articles(normalize(path.read_text(encoding="utf-8")), path.name)
        articles.extend(found)
    texts = [article.text for article in articles]
    chars = sum(map(len, texts))
    print(f"{len(articles)} articles, {chars:,} characters of clean text", file=sys.stderr)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    warm_worker()
    pipeline = default_pipeline()

    def timed(function) -> float:
        started = time.perf_counter()
        function()
        return time.perf_counter() - started

    results = [("bare jieba.lcut", timed(lambda: [jieba.lcut(text) for text in texts]))]
    offsets = []
    results.append(("segment.token_offsets", timed(lambda: offsets.extend(token_offsets(text) for text in texts))))
    contexts = [ArticleContext(article=a, sentences=sentences(a.text), token_offsets=o) for a, o in zip(articles, offsets)]
    extract_total = 0.0
    for step in pipeline.steps:
        def run(step=step):
            for ctx in contexts:
                pipeline.run_step(step, ctx)
        seconds = timed(run)
        extract_total += seconds
        results.append((f"extractor {step.name}", seconds))
    results.append(("all extractors", extract_total))
    results.append(("analyze_article (segment + extract)", timed(lambda: [analyze_article(a, pipeline) for a in articles])))

    jieba_seconds = results[0][1]
    width = max(len(name) for name, _ in results)
    print(f"{'step':<{width}}  {'seconds':>8}  {'chars/s':>12}  {'× jieba':>8}")
    for name, seconds in results:
        print(f"{name:<{width}}  {seconds:8.2f}  {chars / seconds:12,.0f}  {jieba_seconds / seconds:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
