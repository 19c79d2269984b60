"""Benchmark: query latency on a graph built from 100,000 synthetic articles.

Wall-clock and CPU time per query are reported (SQLite runs in-process, so the CPU
column is what the query costs when the machine is not shared).

Not a test: run it by hand and read the table.

    python benchmarks/graph_queries.py                      # 100,000 articles, store in a temp folder
    python benchmarks/graph_queries.py --articles 20000 --db /tmp/bench.sqlite --keep

The synthetic world: a gazetteer of 31 provinces × 8 cities × 8 districts × 10 streets
with codes nesting like the real one (2/4/6/9 digits), communities in streets,
organizations and programs drawn from Zipf-like pools (a few are in many articles, most
in few), 60 models with 五社联动 among the most common. Every article names a street
(with its chain), two communities, two organizations, one program, one model, one
person, two numbers and one partnership: the shape of a real fact sheet. Articles
are grouped into clippings of --per-clipping and loaded through
`GraphStore.upsert_clipping`, exactly as the batch runner does. The goal is every
query under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shequ import keys  # noqa: E402
from shequ.graph import queries  # noqa: E402
from shequ.graph.store import GraphStore  # noqa: E402

SYL = "安北长城东丰福光和华吉江金康乐明宁平庆山顺泰天文西祥新兴阳永玉中"
TARGET_MS = 200.0


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n))


def zipf_pick(rng: random.Random, pool: list, s: float = 1.1):
    """Index ~ 1/rank^s: a handful of entities appear everywhere, most rarely."""
    i = int(len(pool) * rng.random() ** (1 + s * 2))
    return pool[min(i, len(pool) - 1)]


class World:
    def __init__(self, seed: int = 7) -> None:
        rng = self.rng = random.Random(seed)
        self.provinces = [(f"{11 + p:02d}", word(rng, 2) + "省") for p in range(31)]
        self.provinces[0] = ("64", "宁夏回族自治区")
        self.provinces[1] = ("51", "四川省")
        self.streets = []  # (code, chain names, chain codes)
        for pcode, pname in self.provinces:
            for c in range(1, 9):
                ccode, cname = f"{pcode}{c:02d}", word(rng, 2) + "市"
                for d in range(1, 9):
                    dcode, dname = f"{ccode}{d:02d}", word(rng, 2) + "区"
                    for s in range(1, 11):
                        self.streets.append((f"{dcode}{s:03d}", [pname, cname, dname, word(rng, 2) + "街道"]))
        self.communities = [(word(rng, 3) + "社区", rng.randrange(len(self.streets))) for _ in range(40000)]
        self.orgs = [word(rng, 3) + rng.choice(["社会工作服务中心", "志愿服务协会", "街道办事处", "公益基金会"]) for _ in range(8000)]
        self.programs = [word(rng, 4) + rng.choice(["计划", "项目", "志愿服务队", "驿站"]) for _ in range(6000)]
        self.models = ["五社联动", "三社联动", "专业社工+志愿服务"] + [word(rng, 2) + "联动" for _ in range(57)]
        self.subjects = ["志愿者", "注册志愿者", "社区工作者", "服务居民", "社会组织", "活动"]

    def sheet(self, clipping: str, i: int) -> dict:
        """One schema-3.0 fact sheet: keys as `shequ.sheets` computes them, relation ends as refs."""
        rng = self.rng
        aid = f"{clipping[:-4]}-{i:06d}"
        comms = [zipf_pick(rng, self.communities) for _ in range(2)]
        code, chain = self.streets[comms[0][1]]
        sent = f"第{i}篇文章的句子。"

        sentences: list[str] = []

        def ev(text: str) -> list[dict]:  # schema 3.0: the sentence by its index in the sheet's `sentences`
            if sent + text not in sentences:
                sentences.append(sent + text)
            return [{"text": text, "sentence": sentences.index(sent + text), "start": i, "end": i + len(text)}]

        def ent(name: str, key: str, **attrs) -> dict:
            return {"name": name, "key": key, "canonical": name, "evidence": ev(name), **attrs}

        def ref(fact: dict, node_type: str) -> dict:
            return {"type": node_type, "key": fact["key"], "name": fact["canonical"]}

        levels = ("province", "city", "district", "street")
        places = [ent(chain[k], keys.place_key(code[: (2, 4, 6, 9)[k]]), level=levels[k], code=code[: (2, 4, 6, 9)[k]],
                      chain=chain[: k + 1]) for k in (0, 3)]
        communities = []
        for name, street in dict(comms).items():
            scode, schain = self.streets[street]
            coded = scode == code  # its street is a place fact of the sheet: keyed by code, else as written
            where = keys.place_key(scode) if coded else f"{schain[3]}/{schain[2]}"
            communities.append(ent(name, keys.community_key(name, where), kind="社区", street=schain[3], district=schain[2],
                                   place_code=scode, place=ref(places[1], "place") if coded else None))
        orgs = [ent(o, keys.named_key(o, aid), kind="social_work")
                for o in dict.fromkeys(zipf_pick(rng, self.orgs) for _ in range(2))]
        prog = zipf_pick(rng, self.programs)
        model = zipf_pick(rng, self.models, 0.6)
        person = word(rng, 3)
        unit = communities[0]
        return {
            "clipping": clipping, "article_id": aid, "title": f"{chain[1]}{model}新闻{i}",
            "source": rng.choice(["新华网", "人民网", "北京日报", "重庆晚报", "大众日报"]),
            "places": places, "communities": communities,
            "organizations": orgs,
            "programs": [ent(prog, keys.named_key(prog, aid), kind="program", operator=ref(orgs[0], "organization"))],
            "models": [ent(model, keys.named_key(model, aid), status="canonical", family="lexicon")],
            "people": [ent(person, keys.person_key(person, f"community:{unit['key']}", aid), role="书记",
                           affiliation=ref(unit, "community"))],
            "quantities": [{"text": f"{n}名", "value": float(n), "unit": "名", "qualifier": None,
                            "subject": rng.choice(self.subjects), "evidence": ev(f"{n}名")}
                           for n in (rng.randrange(10, 5000), rng.randrange(10, 5000))],
            "partnerships": [{"a": ref(orgs[0], "organization"), "b": ref(unit, "community"), "relation": "联合",
                              "evidence": ev("联合")}],
            "sentences": sentences,
        }


def build(path: Path, articles: int, per_clipping: int) -> float:
    world = World()
    t0 = time.perf_counter()
    with GraphStore(path) as store:
        for c in range(0, articles, per_clipping):
            clipping = f"bench_{c // per_clipping:05d}.txt"
            sheets = [world.sheet(clipping, i) for i in range(c, min(c + per_clipping, articles))]
            store.upsert_clipping(clipping, f"hash{c}", sheets)
            done = min(c + per_clipping, articles)
            print(f"\rloaded {done:,}/{articles:,} articles  {time.perf_counter() - t0:6.0f} s", end="", file=sys.stderr)
    print(file=sys.stderr)
    return time.perf_counter() - t0


# Each question as the CLI asks it (--limit 50 by default: best supported rows first).
L = 50
QUERIES = {
    "communities --model 五社联动 --in 宁夏": lambda s, n: queries.communities(s, model="五社联动", place="宁夏", limit=L),
    "communities --model 五社联动": lambda s, n: queries.communities(s, model="五社联动", limit=L),
    "communities --model <rare model>": lambda s, n: queries.communities(s, model=n["rare_model"], limit=L),
    "communities --in <street>": lambda s, n: queries.communities(s, place=n["street"], limit=L),
    "communities --in 宁夏": lambda s, n: queries.communities(s, place="宁夏", limit=L),
    "partners <busiest community>": lambda s, n: queries.partners(s, n["community"], limit=L),
    "programs --org <organization>": lambda s, n: queries.programs(s, org=n["org"], limit=L),
    "programs --in 宁夏": lambda s, n: queries.programs(s, place="宁夏", limit=L),
    "programs --model 五社联动 --in 四川": lambda s, n: queries.programs(s, model="五社联动", place="四川", limit=L),
    "people <busiest community>": lambda s, n: queries.people(s, n["community"], limit=L),
    "quantities --subject 注册志愿者 --in <district>": lambda s, n: queries.quantities(s, subject="注册志愿者", place=n["district"], limit=L),
    "quantities --subject 注册志愿者": lambda s, n: queries.quantities(s, subject="注册志愿者", limit=L),
    "profile <busiest community>": lambda s, n: queries.profile(s, n["community"]),
    "entity <organization>": lambda s, n: queries.explain(s, n["org"]),
    "path <person> → <organization>": lambda s, n: queries.path(s, n["person"], n["org2"]),
}
# The same with --limit 0 (every row, each with its sources): reported, not held to the target.
FULL_LISTS = {
    "communities --model 五社联动 --in 宁夏 --limit 0": lambda s, n: queries.communities(s, model="五社联动", place="宁夏"),
    "partners <busiest community> --limit 0": lambda s, n: queries.partners(s, n["community"]),
    "people <busiest community> --limit 0": lambda s, n: queries.people(s, n["community"]),
}


def sample_names(store: GraphStore) -> dict:
    one = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "community": one("SELECT name FROM nodes WHERE type='community' ORDER BY n_articles DESC LIMIT 1"),
        "org": one("SELECT name FROM nodes WHERE type='organization' ORDER BY n_articles DESC LIMIT 1 OFFSET 3"),
        "org2": one("SELECT name FROM nodes WHERE type='organization' ORDER BY n_articles DESC LIMIT 1 OFFSET 50"),
        "person": one("SELECT name FROM nodes WHERE type='person' ORDER BY node_id LIMIT 1"),
        "rare_model": one("SELECT name FROM nodes WHERE type='model' ORDER BY n_articles LIMIT 1"),
        "street": one("SELECT name FROM nodes WHERE node_id LIKE 'place:64%' AND length(node_id)=15 ORDER BY node_id LIMIT 1"),
        "district": one("SELECT name FROM nodes WHERE node_id LIKE 'place:51%' AND length(node_id)=12 ORDER BY node_id LIMIT 1"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--per-clipping", type=int, default=500, help="articles per clipping (one upsert each)")
    ap.add_argument("--db", type=Path, help="store path (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="reuse --db when it exists instead of rebuilding")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query (median and max reported)")
    args = ap.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "graph.sqlite"
    if not (args.keep and args.db.exists()):
        args.db.unlink(missing_ok=True)
        secs = build(args.db, args.articles, args.per_clipping)
        print(f"built {args.articles:,} articles in {secs:.0f} s ({args.articles / secs:,.0f} articles/s)")
    with GraphStore(args.db) as store:
        counts = store.db.execute("SELECT count(*), (SELECT count(*) FROM edge_evidence) FROM nodes").fetchone()
        print(f"store: {counts[0]:,} nodes, {counts[1]:,} edge evidence rows, {args.db.stat().st_size / 1e6:,.0f} MB")
        names = sample_names(store)
        worst = 0.0
        for title, table, held in (("as the CLI asks (--limit 50)", QUERIES, True), ("full lists", FULL_LISTS, False)):
            print(f"\n{title}\n{'query':50s} {'rows':>6s} {'median ms':>10s} {'max ms':>8s} {'cpu ms':>8s}")
            for label, fn in table.items():
                times, cpu, rows = [], [], None
                for _ in range(args.repeat):
                    t0, c0 = time.perf_counter(), time.process_time()
                    rows = fn(store, names)
                    times.append((time.perf_counter() - t0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                n = len(rows) if isinstance(rows, list) else (len(rows["nodes"]) if rows else 0)
                if held:
                    worst = max(worst, statistics.median(times))
                print(f"{label:50s} {n:6d} {statistics.median(times):10.1f} {max(times):8.1f} {statistics.median(cpu):8.1f}")
    print(f"\nslowest median (CLI questions) {worst:.0f} ms; target {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'NOT met'}")
    # Wall time includes waiting for a CPU; on a shared machine compare the cpu column too.
    print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
