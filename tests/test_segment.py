"""Segmentation: title, paragraphs, captions, bylines, source tags, sentences.

Invented examples in the genre's style, the examples in data/segments.yaml,
and invariants checked on every dev article (read from ../shared at run time).
"""

from __future__ import annotations

import json
import re

import pytest

from vnfacts import normalize, segment
from vnfacts.lexicon import load
from vnfacts.models import Article, Document
from vnfacts.normalize import normalize_phrase
from vnfacts.read import read_articles


def seg(text: str, published: str | None = None) -> Document:
    doc = Document(Article("t", text, published))
    normalize.run(doc)
    segment.run(doc)
    return doc


def kinds(doc: Document) -> list[str]:
    return [s.kind for s in doc.segments]


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.segments if kind is None or s.kind == kind]


def sentences(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("example", load("segments")["examples"], ids=lambda e: e["text"][:30])
def test_data_file_examples(example):
    assert kinds(seg(example["text"])) == example["kinds"]


def test_seed_style_header_title_and_date():
    doc = seg(" date 2022-11 Đoàn công tác tỉnh bạn thăm tỉnh ta\n\nChiều 24-11, đoàn đến thăm tỉnh.\n\nTin, ảnh: Minh An")
    assert (doc.pub_year, doc.pub_month, doc.pub_day) == (2022, 11, None)
    assert texts(doc) == ["Đoàn công tác tỉnh bạn thăm tỉnh ta", "Chiều 24-11, đoàn đến thăm tỉnh.", "Tin, ảnh: Minh An"]
    assert kinds(doc) == ["title", "paragraph", "byline"]


def test_published_field_wins_over_header():
    doc = seg("date 2022-11 Tiêu đề\nNội dung bài.", published="2023-04-05")
    assert (doc.pub_year, doc.pub_month, doc.pub_day) == (2023, 4, 5)


@pytest.mark.parametrize("value,expected", [
    ("2022", (2022, None, None)), ("2022-13", (2022, None, None)), ("2022-02-40", (2022, 2, None)),
    ("không rõ", (None, None, None)), (None, (None, None, None)),
])
def test_parse_published(value, expected):
    assert segment.parse_published(value) == expected


def test_no_title_when_the_article_opens_with_its_lead():
    assert kinds(seg("Sáng 2-12, tại Trung tâm Hội nghị tỉnh, đoàn công tác làm việc với tỉnh.")) == ["paragraph"]
    doc = seg("Theo báo cáo của Sở Công thương, xuất khẩu tăng 12%.\nTrong đó, thủy sản tăng mạnh.")
    assert kinds(doc) == ["paragraph", "paragraph"]


@pytest.mark.parametrize("tag", ["(BĐ) - ", "(baobinhdinh.vn) - ", "(TTV) ", "(BL-CL) ", "NDĐT - ", "(Chinhphu.vn) – "])
def test_source_tag_opens_the_first_paragraph(tag):
    doc = seg("Tỉnh họp bàn kế hoạch\n" + tag + "Sáng 5/6, UBND tỉnh họp bàn kế hoạch năm.")
    assert kinds(doc) == ["title", "byline", "paragraph"]
    assert texts(doc, "paragraph") == ["Sáng 5/6, UBND tỉnh họp bàn kế hoạch năm."]
    assert texts(doc, "byline")[0] == tag.strip(" -–")


def test_parenthesis_that_is_not_a_source_tag():
    doc = seg("Tỉnh họp bàn kế hoạch\n(1) Tăng trưởng kinh tế đạt 8%.\n(tiếp theo kỳ trước) Sáng 5/6, tỉnh họp.")
    assert "byline" not in kinds(doc)


@pytest.mark.parametrize("line", [
    "Quang cảnh buổi làm việc.",
    "Quang cảnh hội nghị",
    "Toàn cảnh kỳ họp thứ 10.",
    "Các đại biểu chụp ảnh lưu niệm.",
    "Bí thư Tỉnh ủy Nguyễn Văn An phát biểu tại hội nghị.",
    "Phó Chủ tịch UBND tỉnh Lê Thị Bình phát biểu chỉ đạo",
    "Đồng chí Trần Văn Cường (thứ 2 từ trái qua) trao quà cho gia đình chính sách.",
    "Lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành khóa mới",
    "Đại biểu bỏ phiếu bầu Chủ tịch UBND tỉnh",
])
def test_caption_between_paragraphs(line):
    doc = seg("Tiêu đề bài viết\nSáng 3/4, tỉnh tổ chức hội nghị tổng kết công tác năm.\n" + line
              + "\nTại hội nghị, các đại biểu đã thảo luận nhiều nội dung.")
    assert kinds(doc) == ["title", "paragraph", "caption", "paragraph"], line


@pytest.mark.parametrize("line", [
    "Tại buổi làm việc, các ngành đã giải đáp kiến nghị của địa phương.",
    "Dự hội nghị có đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh.",
    "Như vậy, toàn tỉnh đã hoàn thành 18/20 chỉ tiêu.",
    "Thu ngân sách đạt 8.000 tỷ đồng, tăng 12%.",
    "Ông Nguyễn Văn An cho biết, năm nay tỉnh sẽ tập trung thu hút đầu tư.",
    "Tiễn đoàn có đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh.",
    "Chiều cùng ngày, đoàn thăm Khu công nghiệp phía Bắc.",
    "- Tăng cường công tác tuyên truyền",
    "Ủy viên Ban Thường vụ gồm các đồng chí: Nguyễn An, Trần Bình, Lê Cường.",
])
def test_short_body_paragraph_is_not_a_caption(line):
    doc = seg("Tiêu đề bài viết\nSáng 3/4, tỉnh tổ chức hội nghị tổng kết công tác năm.\n" + line
              + "\nTại hội nghị, các đại biểu đã thảo luận nhiều nội dung.")
    assert kinds(doc)[2] == "paragraph", line


def test_lead_with_a_full_stop_is_not_a_caption():
    doc = seg("Tiêu đề bài viết\nPhó Chủ tịch UBND tỉnh Lê Văn Bình tiếp đoàn doanh nghiệp Hàn Quốc.\nNội dung bài.")
    assert kinds(doc) == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize("credit", ["Ảnh: N.H", "Ảnh: T.SỸ", "Ảnh: quochoi.vn", "(Ảnh: Văn Điệp/TTXVN)", "- Ảnh: Báo Gia Lai",
                                    "Ảnh: TRỌNG LỢI"])
def test_caption_with_credit(credit):
    doc = seg("Tiêu đề bài viết\nSáng 3/4, tỉnh tổ chức hội nghị.\nQuang cảnh hội nghị. " + credit
              + "\nTại hội nghị, các đại biểu đã thảo luận.")
    assert kinds(doc) == ["title", "paragraph", "caption", "byline", "paragraph"]
    assert texts(doc, "caption") == ["Quang cảnh hội nghị."]
    assert texts(doc, "byline") == [credit.lstrip("- ")]


@pytest.mark.parametrize("credit,rest", [
    ("Ảnh: Thu Hà/TTXVN", "Tham dự hội nghị có lãnh đạo các sở."),
    ("(Ảnh: Thu Hà/TTXVN)", "Nhận lời mời của tỉnh, đoàn sang thăm."),
    ("Ảnh: baolaocai.vn", "Theo báo cáo, toàn tỉnh có 120 dự án."),
    ("Ảnh: Nguyên Sơn", "Sáng 28/6, đồng chí Nguyễn Văn An chủ trì cuộc họp."),
    ("Ảnh: TTXVN", "Ông Lê Văn Bình phát biểu ý kiến."),
])
def test_inline_caption_and_credit_inside_a_paragraph(credit, rest):
    doc = seg("Tiêu đề\nNgày 9/4, UBND tỉnh tổ chức hội nghị. Phó Chủ tịch Trần Bình phát biểu tại hội nghị. "
              + credit + " " + rest)
    assert kinds(doc) == ["title", "paragraph", "caption", "byline", "paragraph"]
    assert texts(doc) == ["Tiêu đề", "Ngày 9/4, UBND tỉnh tổ chức hội nghị.",
                          "Phó Chủ tịch Trần Bình phát biểu tại hội nghị.", credit, rest]


@pytest.mark.parametrize("byline", ["Tin, ảnh: Văn Huỳnh", "T.SỸ", "PV", "Hoàng Giang (TTXVN)", "Theo TTXVN",
                                    "Theo Báo Lào Cai", "VÂN ANH", "Tác giả: Trang Lê", "Bài và ảnh: Ngọc Hân",
                                    "Nghiệp - Hình", "Nguồn: baobaclieu.vn", "HLam"])
def test_closing_byline(byline):
    doc = seg("Tiêu đề bài viết\nSáng 3/4, tỉnh tổ chức hội nghị.\nHội nghị đã thông qua nghị quyết./.\n" + byline)
    assert kinds(doc) == ["title", "paragraph", "paragraph", "byline"]


def test_two_closing_byline_lines_and_inline_closing_name():
    doc = seg("Tiêu đề\nSáng 3/4, tỉnh tổ chức hội nghị.\nChí Linh-BBL\nNguồn: baobaclieu.vn")
    assert kinds(doc) == ["title", "paragraph", "byline", "byline"]
    doc = seg("Tiêu đề\nSáng 3/4, tỉnh tổ chức hội nghị. Hội nghị thành công tốt đẹp... Hương Dịu")
    assert kinds(doc) == ["title", "paragraph", "byline"] and texts(doc, "byline") == ["Hương Dịu"]


def test_photo_marker_that_opens_a_description():
    doc = seg("Tiêu đề\nSáng 3/4, tỉnh tổ chức hội nghị.\nẢnh: Bí thư Tỉnh ủy phát biểu tại hội nghị.\nHội nghị bế mạc.")
    assert kinds(doc) == ["title", "paragraph", "caption", "paragraph"]


def test_byline_under_the_title_and_with_a_role():
    doc = seg("Tiêu đề\nBài và ảnh: Ngọc Hân\nSáng 3/4, tỉnh tổ chức hội nghị.\nHoàng Nam (Trung tâm Văn hóa huyện)")
    assert kinds(doc) == ["title", "byline", "paragraph", "byline"]


@pytest.mark.parametrize("last", ["Quang cảnh hội nghị", "Theo báo cáo, tỉnh có 12 huyện.", "Các đại biểu chụp ảnh lưu niệm."])
def test_last_line_that_is_not_a_byline(last):
    doc = seg("Tiêu đề\nSáng 3/4, tỉnh tổ chức hội nghị.\n" + last)
    assert kinds(doc)[-1] != "byline"


@pytest.mark.parametrize("text,expected", [
    ("Đoàn đến TP. Quy Nhơn. Sau đó đoàn về tỉnh.", ["Đoàn đến TP. Quy Nhơn.", "Sau đó đoàn về tỉnh."]),
    ("Hội thảo do GS.TS. Lê Văn Lợi chủ trì. PGS,TS. Đinh Giang phát biểu.",
     ["Hội thảo do GS.TS. Lê Văn Lợi chủ trì.", "PGS,TS. Đinh Giang phát biểu."]),
    ("Vốn đạt 13.596 tỷ đồng. Ngày 30.4.1975 là ngày giải phóng.", ["Vốn đạt 13.596 tỷ đồng.", "Ngày 30.4.1975 là ngày giải phóng."]),
    ("Ông Claus D. Hagenhoff dự. Bà N.T.H. Lan cũng dự.", ["Ông Claus D. Hagenhoff dự.", "Bà N.T.H. Lan cũng dự."]),
    ("Tăng 7,5%. 15 xã đạt chuẩn.", ["Tăng 7,5%.", "15 xã đạt chuẩn."]),
    ("Ông nói: \"Tỉnh sẽ cố gắng.\" Sau đó ông rời đi!", ["Ông nói: \"Tỉnh sẽ cố gắng.\"", "Sau đó ông rời đi!"]),
    ("Các tỉnh phía Bắc.Năm 2014, tỉnh tăng trưởng khá.", ["Các tỉnh phía Bắc.", "Năm 2014, tỉnh tăng trưởng khá."]),
    ("Có các đồng chí: Nguyễn An, Bí thư; Trần Bình, Chủ tịch.", ["Có các đồng chí: Nguyễn An, Bí thư; Trần Bình, Chủ tịch."]),
    ("1. Tăng cường tuyên truyền. 2. Đẩy mạnh cải cách.", ["1. Tăng cường tuyên truyền.", "2. Đẩy mạnh cải cách."]),
    ("Xem tại baobinhdinh.vn. Tin mới nhất./. Hết", ["Xem tại baobinhdinh.vn.", "Tin mới nhất./.", "Hết"]),
    ("Kết quả tốt… Tuy nhiên vẫn còn khó khăn.", ["Kết quả tốt…", "Tuy nhiên vẫn còn khó khăn."]),
])
def test_sentences(text, expected):
    assert sentences(seg(text)) == expected


def test_sentence_does_not_split_before_a_small_letter():
    assert len(seg("Đạt 5 tỷ đồng. đây là con số cao.").sentences) == 1


def test_huge_article_completes():
    """Multi-megabyte input: normalise and segment stay linear (this would hang if they were not)."""
    para = ("Sáng 3/4, tại TP. Quy Nhơn, GS.TS. Nguyễn Văn An phát biểu tại hội nghị. Quang cảnh hội nghị. "
            "Ảnh: N.H Thu ngân sách đạt 13.596 tỷ đồng, tăng 7,5% so với cùng kỳ.\n")
    doc = seg("Tiêu đề\n" + para * 20000)
    assert len(doc.text) > 3_000_000 and len(doc.segments) > 60000
    one_line = "Đoàn đến TP. Hà Nội và TP. Huế, " * 60000  # one 2 MB sentence full of non-breaking dots
    assert len(seg(one_line).sentences) == 1


# -- invariants on every dev article ------------------------------------------------------

@pytest.fixture(scope="module")
def dev_docs(dev_dir):
    arts = list(read_articles([str(dev_dir / "articles.jsonl")]))
    assert arts
    return [seg(a.text, a.published) for a in arts]


def test_dev_titles_match_metadata(dev_dir):
    metas = sorted((dev_dir / "full").glob("*.json"))
    assert metas
    for meta_path in metas:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        [article] = read_articles([str(meta_path.with_suffix(".txt"))])
        doc = seg(article.text, article.published)
        titles = texts(doc, "title")
        assert titles and normalize_phrase(titles[0]) == normalize_phrase(meta["title"]), meta_path.name


def test_dev_seed_title(dev_dir):
    doc = seg((dev_dir / "seed.txt").read_text(encoding="utf-8"))
    assert kinds(doc)[0] == "title" and kinds(doc)[-1] == "byline"


def test_dev_segments_are_ordered_trimmed_and_hold_their_sentences(dev_docs):
    for doc in dev_docs:
        prev_end = 0
        for k, s in enumerate(doc.segments):
            body = doc.text[s.start:s.end]
            assert s.start >= prev_end and body and body == body.strip(), (k, body[:40])
            prev_end = s.end
        for x in doc.sentences:
            owner = doc.segments[x.segment]
            assert owner.start <= x.start < x.end <= owner.end


def test_dev_no_sentence_starts_inside_a_number_or_after_an_abbreviation(dev_docs):
    abbrev = {a.rstrip(".") for a in load("segments")["dot_abbreviations"]}
    for doc in dev_docs:
        t = doc.text
        for x in doc.sentences:
            if x.start == doc.segments[x.segment].start:
                continue
            assert not (t[x.start].isdigit() and (t[x.start - 1].isdigit() or t[x.start - 1] in ".,")), t[x.start - 20:x.start + 20]
            before = t[doc.segments[x.segment].start:x.start].rstrip()
            word = re.split(r"[\s(]", before)[-1]
            assert word.rstrip(".") not in abbrev, t[x.start - 20:x.start + 20]


def test_dev_bylines_are_short_and_credits_are_bylines(dev_docs):
    for doc in dev_docs:
        for s in doc.segments:
            body = doc.text[s.start:s.end]
            if s.kind == "byline":
                assert len(body) <= 80, body
            else:
                assert not re.match(r"\(?Ảnh\s*:", body), body
                assert not re.search(r"(?:^|[.!?]\s)\(?Ảnh\s*:\s*\S+$", body), body


def test_dev_every_article_has_a_body_and_sane_captions(dev_docs):
    for doc in dev_docs:
        assert "paragraph" in kinds(doc)
        for s in doc.segments:
            if s.kind == "caption":
                assert s.end - s.start <= 400, doc.text[s.start:s.end][:60]
