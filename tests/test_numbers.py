"""Vietnamese numerals: decimal comma, thousands dot, scale words, number words, shapes."""

from __future__ import annotations

import pytest

from vnfacts.extract.numbers import as_number, find_numerals, parse_digits, read_number_words, read_scale, words_value


@pytest.mark.parametrize("text, value", [
    ("8.000", 8000), ("9,0", 9.0), ("92.917,98", 92917.98), ("4,36", 4.36), ("1.455", 1455), ("0,16", 0.16),
    ("1.234.567", 1234567),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["8.00", "1,2,3", "abc", ""])
def test_not_digits(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize("text, shape", [
    ("ngày 24/6/2025", "date"), ("năm 2022", "year"), ("182/204 xã", "fraction"), ("COVID-19", "code"),
    ("Nghị quyết 18-NQ/TW", "code"), ("lúc 8h00", "time"), ("37.000m2", "glued"), ("2021-2025", "range"),
    ("sáng 22.4", "dotted"), ("30.4.1975", "date"), ("tháng 5/2018", "date"), ("SOM1", "code"),
])
def test_shapes(text, shape):
    [n] = [x for x in find_numerals(text)]
    assert n.shape == shape


def test_glued_unit():
    [n] = find_numerals("tổng diện tích trên 37.000m2")
    assert (n.value, n.suffix) == (37000, "m2")


@pytest.mark.parametrize("text, mult", [("tỷ đồng", 1e9), ("nghìn tỷ đồng", 1e12), ("triệu USD", 1e6),
                                         ("ngàn tấn", 1e3), ("đồng", 1)])
def test_scale(text, mult):
    assert read_scale(" " + text, 0)[0] == mult


@pytest.mark.parametrize("words, value", [("hai mươi lăm", 25), ("một trăm", 100), ("một nghìn", 1000),
                                          ("ba", 3), ("mười hai", 12)])
def test_words(words, value):
    assert words_value(words.split()) == value


def test_number_words_in_text():
    [w] = read_number_words("hơn một nghìn người tham dự")
    assert w.value == 1000 and w.has_scale


def test_as_number():
    assert as_number(8000.0) == 8000 and isinstance(as_number(8000.0), int)
    assert as_number(9.25) == 9.25


def test_spelled_scale_test_is_cheap_and_exact():
    from vnfacts.extract.numbers import has_spelled_scale

    assert has_spelled_scale("hơn một nghìn người tham dự")
    assert has_spelled_scale("hai mươi triệu đồng")
    assert not has_spelled_scale("thu ngân sách đạt 8.000 tỷ đồng")
    assert not has_spelled_scale("tỷ lệ hộ nghèo giảm")
