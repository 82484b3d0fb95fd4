"""Reporting periods in the contract's forms (resolve/periods.py)."""

from __future__ import annotations

import pytest

from vnfacts.resolve.periods import complete, find_periods, same_period, terms_in


def _one(text: str, pub_year: int = 2022, year: int | None = None) -> str | None:
    found = find_periods(text.casefold(), pub_year, terms=terms_in(text))
    assert found, text
    return complete(found[0], year or pub_year)


@pytest.mark.parametrize("text, period", [
    ("năm 2022", "2022"), ("9 tháng đầu năm", "2022-9M"), ("quý I/2024", "2024-Q1"), ("Quý II năm 2023", "2023-Q2"),
    ("6 tháng đầu năm 2018", "2018-6M"), ("6 tháng cuối năm 2023", "2023-H2"), ("giai đoạn 2021-2025", "2021-2025"),
    ("đến nay", "2022"), ("tháng 4-2022", "2022-04"), ("tháng 7/2022", "2022-07"), ("tính đến hết tháng 10", "2022-10M"),
    ("(2011-2015)", "2011-2015"), ("từ năm 2015 đến Quý I năm 2018", "2015-2018"), ("7 tháng qua", "2022-7M"),
    ("nhiệm kỳ 2018 - 2023", "2018-2023"), ("lũy kế 10 tháng năm 2025", "2025-10M"), ("đến ngày 17.4", "2022"),
    ("tính chung 6 tháng tăng 4,1%", "2022-6M"), ("quý đầu năm", "2022-Q1"), ("tăng trưởng cả năm", "2022"),
    ("toàn tỉnh hiện có 12 khu công nghiệp", "2022"),
])
def test_period(text, period):
    assert _one(text) == period


@pytest.mark.parametrize("text", ["sau 6 tháng triển khai", "thời gian 02 ngày", "trong vòng 3 tháng tới",
                                  "bình quân một tháng có 19.500 doanh nghiệp"])
def test_not_period(text):
    assert not [p for p in find_periods(text.casefold(), 2022) if p.kind == "first_months"]


def test_not_now():
    assert not find_periods("việc thực hiện có hiệu quả", 2022)
    assert not find_periods("tổng kết cả năm học", 2022)


def test_headline_months_without_a_verb():
    title = "thu hút fdi 6 tháng gần 3 tỷ usd"
    assert not find_periods(title, 2024)
    [p] = find_periods(title, 2024, bare_months=True)
    assert complete(p, 2024) == "2024-6M"


def test_previous_term():
    text = "Đại hội nhiệm kỳ 2018 - 2023. Nhiệm kỳ qua đã kết nạp 6.700 đoàn viên."
    found = [p for p in find_periods(text.casefold(), 2018, terms=terms_in(text)) if p.kind == "term_prev"]
    assert found and found[0].value == "2013-2018"


def test_same_period_takes_the_context():
    [p] = find_periods("thấp hơn cùng kỳ năm 2016", 2017)
    assert same_period(p, "2017-H1") == "2016-H1"


def test_total_up_to_a_day():
    [p] = find_periods("tính đến ngày 30/6/2022, dư nợ đạt", 2022)
    assert (p.kind, p.year, p.day, p.month) == ("to_day", 2022, 30, 6)
    assert complete(p, 2022) == "2022"  # the months it closes are decided with the report (extract/figures.py)
    [p] = find_periods("đến ngày 17.4, tỉnh đã thu hút", 2025)
    assert (p.kind, p.day, p.month) == ("to_day", 17, 4)


def test_days_of_a_happening_are_no_running_total():
    """The last day of a range is no "đến ngày" total: no period here (figures take the happening's month)."""
    assert find_periods("hội chợ diễn ra từ ngày 5 đến ngày 9/12", 2023) == []


def test_the_time_just_named():
    [p] = find_periods("cũng đến thời điểm này, agribank đã giải ngân", 2022)
    assert p.kind == "then" and complete(p, 2022) == "2022"


def test_not_periods_of_their_own():
    """An idiom of "ever" and a law cited with its year are no periods; "hiện là" is now."""
    assert not [p for p in find_periods("cao nhất từ trước đến nay", 2022) if p.kind == "sofar"]
    assert not [p for p in find_periods("theo luật hợp tác xã năm 2012", 2022) if p.kind == "year"]
    assert [p.kind for p in find_periods("nhật bản hiện là nhà đầu tư lớn nhất", 2022)] == ["sofar"]
    assert [p.kind for p in find_periods("trong tháng, tỉnh thu hút 5 dự án", 2022)] == ["this_month"]
