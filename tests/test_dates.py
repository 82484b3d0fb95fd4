"""Days written in Vietnamese news, resolved against the publication date (resolve/dates.py)."""

from __future__ import annotations

import pytest

from vnfacts import extract
from vnfacts.resolve.dates import date_at, find_dates, month_of, resolve

PUB = (2022, 11, 30)


@pytest.mark.parametrize("text, written, iso", [
    ("Chiều 24-11, Đoàn công tác thăm tỉnh.", "Chiều 24-11", "2022-11-24"),
    ("Sáng 8/3, Hội Phụ nữ tổ chức mít tinh.", "Sáng 8/3", "2022-03-08"),
    ("Ngày 11.12, UBND tỉnh họp.", "Ngày 11.12", "2021-12-11"),  # after publication: the year before
    ("tối 29/1, đoàn về nước", "tối 29/1", "2022-01-29"),
    ("Hôm nay, hội nghị khai mạc.", "Hôm nay", "2022-11-30"),
    ("Chiều hôm qua, đoàn rời tỉnh.", "hôm qua", "2022-11-29"),
    ("ngày 3/8/2023, Ban tổ chức tọa đàm", "ngày 3/8/2023", "2023-08-03"),
    ("Thứ Năm, ngày 3/8/2023, hội thảo diễn ra.", "Thứ Năm, ngày 3/8/2023", "2023-08-03"),
    ("Đoàn làm việc từ ngày 11 đến 14/11.", "từ ngày 11 đến 14/11", "2022-11-11"),  # a range: its first day
    ("Ngày 11 tháng 5 năm 2018, tại Cần Thơ", "Ngày 11 tháng 5 năm 2018", "2018-05-11"),
    ("Sáng nay (28/11), Tỉnh ủy họp.", "Sáng nay (28/11)", "2022-11-28"),
    ("Sáng thứ Hai vừa qua, Thường trực Tỉnh ủy họp.", "Sáng thứ Hai vừa qua", "2022-11-28"),
])
def test_day_forms(text, written, iso):
    [phrase] = find_dates(text)
    assert text[phrase.start:phrase.end] == written
    assert resolve(phrase, *PUB) == iso


@pytest.mark.parametrize("text", [
    "Kinh tế phát triển: 13/14 chỉ tiêu đạt kế hoạch.",
    "Chỉ số sản xuất công nghiệp tăng 14,3% so cùng kỳ.",
    "đạt 1.818/1.883 vụ",
    "Thời gian qua, tỉnh đã tổ chức nhiều hội nghị.",
])
def test_numbers_are_not_days(text):
    assert find_dates(text) == []


def test_unknown_year_is_no_guess():
    [phrase] = find_dates("Sáng 12/1, Ban Thường vụ họp.")
    assert resolve(phrase, None) is None
    assert resolve(phrase, 2024) == "2024-01-12"  # year known, month not: no roll-back test possible
    [today] = find_dates("Hôm nay, đoàn đến tỉnh.")
    assert resolve(today, 2024, 5) is None  # no publication day: "hôm nay" is unknown
    assert month_of(2024, 5) == "2024-05" and month_of(2024, None) is None


def test_invalid_day_is_none():
    [phrase] = find_dates("Ngày 31/2, hội nghị diễn ra.")
    assert resolve(phrase, 2024, 3, 5) is None


@pytest.mark.parametrize("text, written", [
    ("Ngày 28/12, UBND tỉnh họp.", "Ngày 28/12"),
    ("Chiều 28-12, đoàn đến tỉnh.", "Chiều 28-12"),
    ("Ngày 28.12, Sở tổ chức hội nghị.", "Ngày 28.12"),
    ("Thứ Bảy, 28/12, Ban Thường vụ họp.", "Thứ Bảy, 28/12"),
    ("Sáng thứ Bảy (28/12), Tỉnh ủy họp.", "Sáng thứ Bảy (28/12)"),
    ("Sáng thứ Bảy tuần trước, Tỉnh ủy họp.", "Sáng thứ Bảy tuần trước"),
    ("ngày 28 tháng 12, hội nghị diễn ra", "ngày 28 tháng 12"),
    ("Hội thi diễn ra từ ngày 28 đến 30/12.", "từ ngày 28 đến 30/12"),
])
def test_late_december_read_in_january(text, written):
    """Published 2025-01-03 (a Friday): a late-December day is the year before, in every form."""
    [phrase] = find_dates(text)
    assert text[phrase.start:phrase.end] == written
    assert resolve(phrase, 2025, 1, 3) == "2024-12-28"
    if phrase.day is not None:
        assert resolve(phrase, 2025, 1) == "2024-12-28"  # publication month only


def test_weekday_name_is_no_rank():
    assert find_dates("Tỉnh xếp thứ ba, 5/7 chỉ tiêu vượt kế hoạch.") == []


@pytest.mark.parametrize("published, text, reference, source", [
    (None, "Kiểm tra dự án\nSáng 11/12/2023, Phó Chủ tịch UBND tỉnh kiểm tra dự án. Ngày 28/11, dự án khởi công.",
     (2023, 12, 11), "lead"),
    (None, "Tọa đàm\nThứ Năm, ngày 4/1/2024, Ban Tuyên giáo Tỉnh ủy tổ chức tọa đàm.", (2024, 1, 4), "lead"),
    (None, "Hội nghị\nSáng 8/3, UBND tỉnh họp. Đến ngày 3/8/2023, tỉnh đã hoàn thành.\nCác sở báo cáo.",
     (None, None, None), None),
    (None, "Kỷ niệm\nSáng 7/5, tỉnh tổ chức lễ kỷ niệm Chiến thắng Điện Biên Phủ ngày 7/5/1954.",
     (None, None, None), None),
    (None, "Tọa đàm\nThực hiện Kế hoạch số 12/KH-UBND ngày 3/5/2023, ngày 3/8/2023, Sở tổ chức tọa đàm.",
     (2023, 8, 3), "lead"),
    ("2024-05", "Hội nghị\nSáng 11/12/2023, UBND tỉnh họp.", (2024, 5, None), "published"),
    (None, "Hội nghị\nSáng 8/3, UBND tỉnh họp.", (None, None, None), None),
    (None, "Khởi công\nThực hiện Quyết định số 12/QĐ-UBND ngày 3/5/2023, sáng 28/12, UBND tỉnh khởi công dự án.",
     (None, None, None), None),
    (None, "Lễ kỷ niệm\nTối 30/4, tỉnh tổ chức lễ kỷ niệm 50 năm Ngày giải phóng (30/4/1975 - 30/4/2025).",
     (None, None, None), None),
    (None, "Tiến độ\nDự án phải hoàn thành trước 31/5/2024, UBND tỉnh yêu cầu.", (None, None, None), None),
])
def test_reference_date(published, text, reference, source):
    """With no publication date, the first day written in full in the lead is the reference date."""
    doc = extract(text, published=published)
    assert (doc.pub_year, doc.pub_month, doc.pub_day) == reference
    assert doc.reference_source == source
    assert doc.article.published == published
    meta = doc.to_json()["meta"]
    assert meta["reference_source"] == source and meta["published"] == published


def test_reference_date_dates_events():
    doc = extract("Kiểm tra dự án\nSáng 11/12/2023, ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh Yên Bái kiểm tra dự án. "
                  "Chiều 10/12, đoàn đã kiểm tra cầu Tuần Quán.")
    assert doc.to_json()["meta"]["reference_date"] == "2023-12-11"
    assert [e.date for e in doc.events] == ["2023-12-11"]


@pytest.mark.parametrize("text, pos, written", [
    ("Trước đó, sáng 4/7, đoàn đã thăm nhà máy.", 10, "sáng 4/7"),
    ("Chiều 24-11, Đoàn công tác thăm tỉnh.", 0, "Chiều 24-11"),
    ("Ngày 3/8/2023, Ban Tuyên giáo tổ chức tọa đàm.", 0, "Ngày 3/8/2023"),
])
def test_date_at_reads_the_day_written_there(text, pos, written):
    phrase = date_at(text, pos)
    assert phrase is not None and text[phrase.start:phrase.end] == written


def test_date_at_is_none_elsewhere():
    assert date_at("Đoàn đã thăm nhà máy sáng 4/7.", 0) is None
