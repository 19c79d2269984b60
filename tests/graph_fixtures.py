"""Fact sheets for the graph tests, built from the seed clippings by hand.

Until the extractors produce rich sheets, these sheets stand in for `shequ run`
output: every fact below is stated in the seed clipping it cites (spans are located in
the raw file, so evidence offsets are real), and each sheet passes `FactSheet`
validation. Keys come from `shequ.keys` as `shequ run` computes them, and relation
ends are references to the facts they name (`ref`). Gazetteer codes follow the GB/T 2260 layout (2/4/6/9 digits). One
clipping, `synthetic_jiulong.txt`, is of our own making: a second 九龙街道 in another
province and a longer name for 九龙社工, to test what must and must not merge.
"""

from __future__ import annotations

from pathlib import Path

import regex

from shequ import keys
from shequ.schema import FactSheet

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
SYNTHETIC_JIULONG = (
    "成都九龙街道新闻\n"
    "四川省成都市金牛区九龙街道九龙社工服务中心（九龙社工中心）联合花照壁社区开展“邻里守望”活动，"
    "<script>alert('x')</script>志愿者超过200人参与。\n"
)


def raw_text(clipping: str) -> str:
    if clipping == "synthetic_jiulong.txt":
        return SYNTHETIC_JIULONG
    return (SEEDS / clipping).read_text(encoding="utf-8")


def ev(raw: str, surface: str, sentence: str, nth: int = 0) -> dict:
    """Evidence for the `nth` occurrence of `surface` in `raw` (line breaks/spaces allowed between characters)."""
    pattern = r"\s*".join(regex.escape(ch) for ch in surface.replace("“", "").replace("”", ""))
    matches = list(regex.finditer(pattern, raw))
    m = matches[nth]
    return {"text": surface, "sentence": sentence, "start": m.start(), "end": m.end(), "raw": m.group()}


def place(raw, name, sentence, code, level, chain, nth=0):
    return {"name": name, "key": keys.place_key(code), "canonical": chain[-1], "evidence": [ev(raw, name, sentence, nth)],
            "code": code, "level": level, "chain": chain}


def entity(raw, name, sentence, nth=0, canonical=None, aliases=(), key=None, **attrs):
    """An organization, program or model (key: its canonical name), or any entity with `key`."""
    canonical = canonical or name
    return {"name": name, "key": key or keys.name_key(canonical), "canonical": canonical, "aliases": list(aliases),
            "evidence": [ev(raw, name, sentence, nth)], **attrs}


def community(raw, name, sentence, within=None, **attrs):
    """A community lying in the place fact `within` (else where its street/district is written)."""
    written = f"{attrs.get('street') or ''}/{attrs.get('district') or ''}" if attrs.get("street") or attrs.get("district") else ""
    key = keys.community_key(name, within["key"] if within else written)
    return entity(raw, name, sentence, key=key, place=ref(within, "place") if within else None, **attrs)


def person(raw, name, sentence, article_id, unit=None, unit_type=None, **attrs):
    """A person holding a role in the fact `unit` (of node type `unit_type`)."""
    key = keys.person_key(name, f"{unit_type}:{unit['key']}" if unit else None, article_id)
    return entity(raw, name, sentence, key=key, affiliation=ref(unit, unit_type) if unit else None, **attrs)


def ref(fact: dict, node_type: str) -> dict:
    """A reference to `fact` (a place, community, organization, program …) of the same sheet."""
    return {"type": node_type, "key": fact["key"], "name": fact["canonical"]}


def quantity(raw, text, sentence, value, unit, qualifier, subject, nth=0):
    return {"text": text, "value": value, "unit": unit, "qualifier": qualifier, "subject": subject,
            "evidence": [ev(raw, text, sentence, nth)]}


def partnership(raw, a, b, relation, span, sentence):
    """`a` and `b`: (fact, node type) of the two parties."""
    return {"a": ref(*a), "b": ref(*b), "relation": relation, "evidence": [ev(raw, span, sentence)]}


def sheet(clipping: str, article_id: str, title: str, source: str | None, **facts) -> dict:
    """A validated sheet dict as `shequ run` writes it: the evidence's sentences (given as text
    above) become the sheet's `sentences`, each written once, referred to by index."""
    sentences: dict[str, int] = {}
    for items in facts.values():
        for fact in items:
            fact["evidence"] = [_numbered(e, sentences) for e in fact["evidence"]]
    data = {"clipping": clipping, "article_id": article_id, "title": title, "source": source, **facts,
            "sentences": list(sentences)}
    return FactSheet.model_validate(data).model_dump(mode="json")


def _numbered(evidence: dict, sentences: dict[str, int]) -> dict:
    if not isinstance(evidence["sentence"], str):
        return evidence
    out = {**evidence, "sentence": sentences.setdefault(evidence["sentence"], len(sentences))}
    if out.get("raw") == out["text"]:
        del out["raw"]
    return out


def jinyu_sheet() -> dict:
    """000, second article: 金鱼社区 (宜宾 叙州区 南岸街道)."""
    c = "000_3c3b2f14eedce646.txt"
    raw = raw_text(c)
    s_enter = "罗新所在的宜宾市酒都义工联合会就入驻在叙州区金鱼社区，这里有宜宾叙州社会组织培育服务中心，已经入驻了14家社会组织，其中3家枢纽型社会组织。"
    s_walk = "走进叙州区南岸街道金鱼社区党群服务中心，宽敞明亮的志愿服务站、摆放着各类商品的城乡经济产品直通车展示区、有专业人员陪伴的童萌亲子园吸引眼球。"
    s_li = "“社区管理千难万难，社区主任人称‘小巷总理’，过去千头万绪，现在各就各位，充分联动社区、社会组织、社工这‘三驾马车’，事半功倍。”金鱼社区书记李琼说。"
    s_intro = "城乡经济产品直通展示区和童萌亲子园则是我们创新社区管理方式，引入的企业和第三方机构，其根本目的也是方便群众，通过三社联动，更好地加强社区治理。"
    s_vol = "今年7月以来，3000余名志愿者分赴宜宾市区各个社区的交通路口，义务为这个城市服务。"
    aid = "000_3c3b2f14eedce646-02"
    nanan = place(raw, "南岸街道", s_walk, "511504003", "street", ["四川省", "宜宾市", "叙州区", "南岸街道"])
    jinyu = community(raw, "金鱼社区", s_enter, nanan, kind="社区", street="南岸街道", district="叙州区", place_code="511504003")
    jiudu = entity(raw, "宜宾市酒都义工联合会", s_enter, kind="association")
    tongmeng = entity(raw, "童萌亲子园", s_walk, kind="other")
    return sheet(
        c, aid, "金鱼社区：“小巷总理”的“三驾马车”", "四川新闻网",
        places=[
            place(raw, "宜宾市", s_enter, "511500", "city", ["四川省", "宜宾市"], nth=1),
            place(raw, "叙州区", s_walk, "511504", "district", ["四川省", "宜宾市", "叙州区"], nth=1),
            nanan,
        ],
        communities=[jinyu],
        organizations=[jiudu, entity(raw, "宜宾叙州社会组织培育服务中心", s_enter, kind="social_work"), tongmeng],
        models=[entity(raw, "三驾马车", s_li, status="discovered", family="named"),
                entity(raw, "三社联动", s_intro, status="canonical", family="n_she")],
        people=[person(raw, "李琼", s_li, aid, jinyu, "community", role="金鱼社区书记")],
        quantities=[quantity(raw, "3000余名", s_vol, 3000, "名", "more_than", "志愿者"),
                    quantity(raw, "14家", s_enter, 14, "家", None, "入驻的社会组织")],
        partnerships=[
            partnership(raw, (jiudu, "organization"), (jinyu, "community"), "入驻", "入驻", s_enter),
            partnership(raw, (jinyu, "community"), (tongmeng, "organization"), "引入", "引入", s_intro),
        ],
    )


def jiulong_sheet() -> dict:
    """000, first article: 九龙社工 in 重庆 九龙坡区 九龙街道."""
    c = "000_3c3b2f14eedce646.txt"
    raw = raw_text(c)
    s1 = "最近，九龙坡区九龙街道九龙社工荣获全国2020年“终身学习品牌项目”。"
    s2 = "“九龙社工既是一个概念，也是一个机构名称，是九龙街道为破解基层社会治理难题打造的一个社会工作服务载体。”九龙街道社事办负责人告诉记者。"
    s3 = "据介绍，七年以来，九龙社工已累计实施市、区级社会工作项目41个，培育引进社团组织150余个、社工室10个，链接2万余名注册志愿者，服务居民5万余人次，致力于“服务更多人，温暖一座城”。"
    return sheet(
        c, "000_3c3b2f14eedce646-01", "九龙社工：七年了，他们温暖着一座城", "重庆晚报",
        places=[
            place(raw, "九龙坡区", s1, "500107", "district", ["重庆市", "九龙坡区"]),
            place(raw, "九龙街道", s1, "500107002", "street", ["重庆市", "九龙坡区", "九龙街道"]),
        ],
        organizations=[
            entity(raw, "九龙社工", s1, aliases=["九龙社工中心"], kind="social_work"),
            entity(raw, "九龙街道社事办", s2, kind="government"),
        ],
        quantities=[quantity(raw, "2万余名", s3, 20000, "名", "more_than", "注册志愿者")],
    )


def ningxia_sheet() -> dict:
    """001, third article: 宁夏中卫沙坡头区 (民族巷社区 in 文昌镇)."""
    c = "001_1d0cc6dd0f8373ac.txt"
    raw = raw_text(c)
    s0 = "近年来，宁夏中卫市沙坡头区探索实践党建引领“专业社工+志愿服务”基层治理模式，通过党组织统筹资源、专业社工精准服务、志愿服务广泛参与，推动基层治理从“单兵作战”向“协同共治”转变，构建共建共治共享服务生态圈。"
    s1 = "“以前小区居民法治意识淡薄……这还要感谢社区。”文昌镇民族巷社区居民岳丽萍说。"
    s2 = "民族巷社区党委联合中卫市司法局共同创建法治抖音直播间，在线解答法律疑问、分析典型案例，让居民足不出户汲取法律知识。"
    s3 = "沙坡头区充分利用“五社联动”机制，整合共建单位、社会组织等资源，协同小区党员、居民志愿者等力量。"
    s4 = "文昌镇创新推出“伙伴计划”，联动541家企业及商户组建文明实践联盟，累计为社区治理提供价值90万元服务资源。"
    s5 = "这样的转变，得益于“石榴声声”法治抖音直播间。"
    aid = "001_1d0cc6dd0f8373ac-03"
    wenchang = place(raw, "文昌镇", s1, "640502100", "street", ["宁夏回族自治区", "中卫市", "沙坡头区", "文昌镇"])
    minzuxiang = community(raw, "民族巷社区", s1, wenchang, kind="社区", street="文昌镇")
    party = entity(raw, "民族巷社区党委", s2, kind="party")
    justice = entity(raw, "中卫市司法局", s2, kind="government")
    return sheet(
        c, aid, "宁夏中卫沙坡头区基层治理新态：专业社工牢根基志愿星光暖楼栋", "新华网",
        places=[
            place(raw, "宁夏", s0, "640000", "province", ["宁夏回族自治区"], nth=1),
            place(raw, "中卫市", s0, "640500", "city", ["宁夏回族自治区", "中卫市"]),
            place(raw, "沙坡头区", s0, "640502", "district", ["宁夏回族自治区", "中卫市", "沙坡头区"], nth=1),
            wenchang,
        ],
        communities=[minzuxiang],
        organizations=[party, justice, entity(raw, "文明实践联盟", s4, kind="association")],
        models=[entity(raw, "五社联动", s3, status="canonical", family="n_she")],
        programs=[entity(raw, "“石榴声声”", s5, canonical="石榴声声", kind="brand"),
                  entity(raw, "“伙伴计划”", s4, canonical="伙伴计划", kind="program")],
        people=[person(raw, "岳丽萍", s1, aid, minzuxiang, "community", role="居民")],
        quantities=[quantity(raw, "541家", s4, 541, "家", None, "企业及商户")],
        partnerships=[partnership(raw, (party, "organization"), (justice, "organization"), "联合", "联合", s2)],
    )


def qiaosi_sheet() -> dict:
    """002, second article: 乔司社会组织服务中心 (杭州 临平区 乔司街道)."""
    c = "002_44af7d0b21a9990d.txt"
    raw = raw_text(c)
    s1 = raw.splitlines()[34]
    s2 = raw.splitlines()[62]
    s_first = s2.split("；")[0] if "；" in s2 else s2
    qiaoshe = entity(raw, "乔司社会组织服务中心", s1, kind="social_work")
    huahu = entity(raw, "胡阿虎公益服务中心", s2, kind="social_work")
    return sheet(
        c, "002_44af7d0b21a9990d-02", "浙江杭州临平区：“乔社育才”倡导社工发展“新模式”", "杭州市临平区民政局官网",
        places=[
            place(raw, "浙江省", s1, "330000", "province", ["浙江省"], nth=1),
            place(raw, "杭州市", s1, "330100", "city", ["浙江省", "杭州市"], nth=1),
            place(raw, "临平区", s1, "330113", "district", ["浙江省", "杭州市", "临平区"], nth=1),
            place(raw, "乔司街道", s1, "330113002", "street", ["浙江省", "杭州市", "临平区", "乔司街道"], nth=1),
        ],
        organizations=[qiaoshe, huahu],
        models=[entity(raw, "五社联动", s1, status="canonical", family="n_she")],
        quantities=[quantity(raw, "100余人", s_first, 100, "人", "more_than", "志愿者队伍")],
        partnerships=[partnership(raw, (qiaoshe, "organization"), (huahu, "organization"), "支持", "支持", s2)],
    )


def synthetic_sheet() -> dict:
    """Our own clipping: another 九龙街道 (成都 金牛区) and 九龙社工服务中心 linked to 九龙社工中心."""
    c = "synthetic_jiulong.txt"
    raw = raw_text(c)
    s = raw.splitlines()[1]
    jiulong = place(raw, "九龙街道", s, "510106025", "street", ["四川省", "成都市", "金牛区", "九龙街道"], nth=1)
    agency = entity(raw, "九龙社工服务中心", s, aliases=["九龙社工中心"], kind="social_work")
    huazhaobi = community(raw, "花照壁社区", s, jiulong, kind="社区", street="九龙街道")
    return sheet(
        c, "synthetic_jiulong-01", "成都九龙街道新闻", "<b>新闻</b></script><!--",
        places=[jiulong],
        organizations=[agency],
        communities=[huazhaobi],
        programs=[entity(raw, "邻里守望", s, kind="activity", operator=ref(agency, "organization"))],
        quantities=[quantity(raw, "超过200人", s, 200, "人", "more_than", "<script>志愿者</script>")],
        partnerships=[partnership(raw, (agency, "organization"), (huazhaobi, "community"), "联合", "联合", s)],
    )


def clippings() -> dict[str, list[dict]]:
    """Clipping file name → its article sheets, as the batch runner passes them."""
    return {
        "000_3c3b2f14eedce646.txt": [jiulong_sheet(), jinyu_sheet()],
        "001_1d0cc6dd0f8373ac.txt": [ningxia_sheet()],
        "002_44af7d0b21a9990d.txt": [qiaosi_sheet()],
        "synthetic_jiulong.txt": [synthetic_sheet()],
    }
