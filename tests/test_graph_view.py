"""`shequ view`: one offline HTML file, hostile article text kept inert, nodes render in Chromium."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from graph_fixtures import clippings
from shequ.graph.store import GraphStore
from shequ.graph.view import render_html, script_json, view_data, write_view

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("view")
    with GraphStore(folder / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        path = write_view(store, folder / "graph.html", title="<i>社区</i> graph")
    return path


def test_script_json_cannot_close_or_comment_out_the_script_element():
    text = script_json({"s": "</script><!--<script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert text == '{"s": "\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\\u2028"}'


def test_hostile_article_text_appears_only_escaped(page):
    html = page.read_text(encoding="utf-8")
    # the synthetic clipping carries <script>alert('x')</script>, a source "<b>新闻</b></script><!--"
    # and a quantity subject "<script>志愿者</script>"
    assert html.count("</script>") == 2  # the data element and the renderer, nothing else
    assert html.count("<script") == 2
    assert "<!--" not in html and "<b>" not in html and "<script>alert" not in html
    assert "\\u003cscript\\u003ealert('x')\\u003c/script\\u003e" in html
    assert "<title>&lt;i&gt;社区&lt;/i&gt; graph</title>" in html


def test_page_is_offline_and_self_contained(page):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html


def test_view_data_lists_place_filter_and_evidence(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        data = view_data(store)
    node = next(n for n in data["nodes"] if n["name"] == "民族巷社区")
    assert node["chain"] == ["宁夏回族自治区", "中卫市", "沙坡头区", "文昌镇"]
    assert node["under"] == ["place:640502100", "place:640502", "place:6405", "place:64"]
    partner = next(e for e in data["edges"] if e["type"] == "partners_with" and e["s"] == "community:金鱼社区@511504003"
                   and e["t"] == "organization:童萌亲子园")
    assert partner["attrs"] == "引入" and partner["ev"][0]["source"].startswith("金鱼社区：")
    assert all(e["type"] != "mentions" for e in data["edges"])
    assert render_html(data).startswith("<!DOCTYPE html>")


def _chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", *args],
        capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless check needs Debian's chromium at /usr/bin/chromium "
                    "(apt-get install -y chromium); it is not installed here")
def test_nodes_render_in_headless_chromium_and_screenshot_is_saved(page, tmp_path):
    dom = _chromium(["--dump-dom", page.as_uri()], tmp_path).stdout
    shown = int(re.search(r'data-rendered="(\d+)"', dom).group(1))
    assert shown == dom.count('<circle class="node"') == 39  # entity nodes; articles/sources/numbers start hidden
    assert 'data-id="community:民族巷社区@640502100"' in dom
    assert dom.count("<script") == 2  # hostile text did not become an element
    shot = tmp_path / "graph_view.png"
    _chromium(["--window-size=1400,900", f"--screenshot={shot}", page.as_uri()], tmp_path)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_view_of_a_place_draws_its_subtree_and_neighbours_only(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        names = sorted(n["name"] for n in view_data(store, place="宁夏")["nodes"])
        capped = view_data(store, max_nodes=5)["nodes"]
    assert "民族巷社区" in names and "五社联动" in names and "岳丽萍" in names
    assert "金鱼社区" not in names and "四川省" not in names
    assert len(capped) == 5 and all(n["type"] not in ("article", "quantity", "source") for n in capped)
