"""Days written in Vietnamese news, resolved against the publication date (resolve/dates.py)."""

from __future__ import annotations

import pytest

from vnfacts.resolve.dates import find_dates, month_of, resolve

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
