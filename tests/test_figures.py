"""The figure stage as a whole: robustness, spans, repeats, consistency flags, the dev articles' negatives."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from vnfacts.models import Article, Document
from vnfacts.pipeline import STAGES, extract, process

_VI = "0123456789.,/%-–() \nabcdđeghiklmnopqrstuvxyáàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
_WORDS = ["tỷ", "đồng", "triệu", "USD", "tăng", "giảm", "đạt", "ước", "bằng", "dự toán", "so cùng kỳ", "năm", "tháng",
          "quý I", "xã", "hơn", "khoảng", "gấp", "lần", "chiếm", "(", ")", ";", ":", "gồm:", "Bình Định", "cả nước"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=_VI, max_size=12), st.sampled_from(_WORDS)), max_size=40))
def test_never_raises(parts):
    doc = extract(" ".join(parts), published="2022-11")
    assert not [w for w in doc.warnings if w.startswith("figures:")]
    for f in doc.figures:
        assert 0 <= f.start < f.end <= len(doc.article.text)


def test_spans_point_at_the_number():
    text = "Năm 2022, thu ngân sách ước đạt 8.000 tỷ đồng, bằng 129% dự toán."
    doc = extract(text, published="2022-11", publisher="Báo Nam Định")
    assert [text[f.start:f.end] for f in doc.figures] == ["8.000 tỷ đồng", "129%"]
    assert all(text[f.sentence[0]:f.sentence[1]].startswith("Năm 2022") for f in doc.figures)


def test_headline_repeat_is_one_figure():
    text = "Thu hút 36 dự án đầu tư mới\nĐến ngày 17.4, tỉnh đã thu hút thêm 36 dự án đầu tư mới."
    doc = extract(text, published="2025-04", publisher="Báo Bình Định")
    assert len(doc.figures) == 1 and doc.figures[0].start > text.index("\n")


def test_caption_repeat_is_one_figure():
    text = ("Lãnh đạo tỉnh thăm hộ nghèo\nĐoàn đã trao 65 phần quà, mỗi phần quà trị giá 400.000 đồng.\n"
            "Tặng phần quà trị giá 400.000 đồng cho các hộ nghèo. Ảnh: Lê Thi")
    doc = extract(text, published="2021-02", publisher="Báo Tiền Giang")
    assert sorted(f.value for f in doc.figures) == [65, 400000]


def test_share_mismatch_is_flagged():
    doc = extract("Toàn tỉnh có 150/200 xã (chiếm 80%) đạt chuẩn nông thôn mới.", published="2022-11")
    assert all(f.flags for f in doc.figures)
    doc = extract("Toàn tỉnh có 182/204 xã (chiếm 89,2%) đạt chuẩn nông thôn mới.", published="2022-11")
    assert not any(f.flags for f in doc.figures)


def test_stage_leaves_other_fields_alone():
    doc = Document(Article("x", "Thu ngân sách đạt 8.000 tỷ đồng.", "2022-11"))
    for name, stage in STAGES:
        stage(doc)
    assert doc.figures and doc.figures[0].indicator_id == "budget_revenue"


def test_dev_articles_without_gold_figures_stay_empty(dev_dir):
    """Real articles whose gold has no figure (visits, appointments, meetings) must give none either."""
    gold = {}
    with open(dev_dir / "gold.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[str(d["id"])] = d
    spurious = {}
    with open(dev_dir / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if gold.get(str(rec["id"]), {}).get("figures"):
                continue
            doc = process(Article(str(rec["id"]), rec["text"], rec.get("published"), rec.get("url"),
                                  rec.get("publisher")))
            if doc.figures:
                spurious[rec["id"]] = [f.written for f in doc.figures]
    assert not spurious, spurious
