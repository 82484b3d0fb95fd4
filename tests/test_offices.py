"""Office titles: canonical form (abbreviations, rewrites, province taken out) and jurisdiction.

Every text here is written for the test in the genre's style; none is taken from the dev articles.
"""

from __future__ import annotations

import pytest

from vnfacts import extract
from vnfacts.extract import offices
from vnfacts.resolve.jurisdiction import scope_of


def offices_of(text: str, **kw) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text, **kw)
    return [(x.title, x.province, x.province_source) for p in doc.people for x in p.positions]


@pytest.mark.parametrize("written, title, province", [
    ("Chủ tịch UBND tỉnh Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh", "Hà Tĩnh"),
    ("Phó Chủ tịch UBND TP Đà Nẵng", "Phó Chủ tịch Ủy ban nhân dân thành phố", "Đà Nẵng"),
    ("Chủ tịch UBND TP.HCM", "Chủ tịch Ủy ban nhân dân thành phố", "Hồ Chí Minh"),
    ("Giám đốc Sở Ngoại vụ tỉnh Cà Mau", "Giám đốc Sở Ngoại vụ", "Cà Mau"),
    ("Bí thư Tỉnh ủy Bình Thuận", "Bí thư Tỉnh ủy", "Bình Thuận"),
    ("Bí thư Thành ủy TP Cần Thơ", "Bí thư Thành ủy", "Cần Thơ"),
    ("Phó Chủ tịch Thường trực UBMTTQ Việt Nam tỉnh Trà Vinh",
     "Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Trà Vinh"),
    ("Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Trà Vinh", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Trà Vinh"),
    ("Trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An", "Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh", "Nghệ An"),
    ("Ủy viên Ban TVTU Nam Định", "Ủy viên Ban Thường vụ Tỉnh ủy", "Nam Định"),
    ("Chủ tịch LĐLĐ tỉnh Phú Thọ", "Chủ tịch Liên đoàn Lao động tỉnh", "Phú Thọ"),
    ("Chỉ huy trưởng Bộ CHQS tỉnh Hà Giang", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Hà Giang"),
    ("Chỉ huy trưởng BĐBP tỉnh Quảng Trị", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh", "Quảng Trị"),
    ("Chỉ huy trưởng BCH Quân sự tỉnh Kon Tum", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Kon Tum"),
    ("Giám đốc CA tỉnh Sơn La", "Giám đốc Công an tỉnh", "Sơn La"),
    ("Chánh VP UBND tỉnh Phú Yên", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Phú Yên"),
    ("Giám đốc Sở VH-TT&DL tỉnh Hòa Bình", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Hòa Bình"),
    ("Trưởng Ban KT-NS HĐND tỉnh Tây Ninh", "Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Tây Ninh"),
])
def test_canonical_titles(written, title, province):
    [(got_title, got_province, how)] = offices_of(f"Ông Lê Văn Tâm, {written}, phát biểu.")
    assert (got_title, got_province, how) == (title, province, "written")


@pytest.mark.parametrize("written, title", [
    ("Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
    ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"),
    ("Phó Thủ tướng", "Phó Thủ tướng Chính phủ"),
    ("Thứ trưởng Bộ NN&PTNT", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Trưởng ban Ban Tuyên giáo và Dân vận Trung ương", "Trưởng Ban Tuyên giáo và Dân vận Trung ương"),
    ("Tổng Giám đốc Đài THVN", "Tổng Giám đốc Đài Truyền hình Việt Nam"),
    ("Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia", "Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia"),
])
def test_central_offices(written, title):
    assert offices_of(f"Đồng chí Vũ Văn Hải, {written} phát biểu.") == [(title, None, "central")]


def test_tinh_uy_vien_and_former_offices():
    found = offices_of("Ông Lê Văn Nghi - Tỉnh ủy viên, nguyên Giám đốc Sở Kế hoạch và Đầu tư đã chuyển công tác.",
                       publisher="Báo Bình Định")
    assert found == [("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bình Định", "home"),
                     ("nguyên Giám đốc Sở Kế hoạch và Đầu tư", "Bình Định", "home")]


def test_district_offices_keep_the_district_and_take_its_province():
    assert offices_of("Ông Huỳnh Văn Nam, Chủ tịch UBND huyện Tuy Phước, cho hay.") == [
        ("Chủ tịch Ủy ban nhân dân huyện Tuy Phước", "Bình Định", "district")]
    assert offices_of("Đồng chí Trần Văn Lợi, Bí thư Huyện ủy Hải Hậu dự họp.") == [
        ("Bí thư Huyện ủy Hải Hậu", "Nam Định", "district")]


def test_foreign_offices_keep_their_place_and_have_no_province():
    assert offices_of("Ông Trần Chí Minh, Phó Châu trưởng Chính quyền nhân dân châu Văn Sơn phát biểu.") == [
        ("Phó Châu trưởng Chính quyền nhân dân châu Văn Sơn", None, "foreign")]
    assert offices_of("bà Somsy Vongsa - Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lào dự lễ.") == [
        ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lào", None, "foreign")]


def test_stop_words_end_the_body():
    assert offices_of("Ông Hồ Văn Thủy, Phó Chủ tịch HĐND tỉnh Bạc Liêu nhiệm kỳ 2016-2021 phát biểu.") == [
        ("Phó Chủ tịch Hội đồng nhân dân tỉnh", "Bạc Liêu", "written")]
    assert offices_of("Dự có ông Lê Văn Sáu, Chủ tịch UBND tỉnh Sóc Trăng và đại diện các sở.") == [
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Sóc Trăng", "written")]


def test_stop_words_inside_a_body_name_are_kept():
    assert offices_of("Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Nguyễn Văn Quý báo cáo.",
                      publisher="Báo Phú Yên") == [("Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh", "Phú Yên", "home")]
    assert offices_of("Ông Lê Văn Tài, Giám đốc Sở Y tế làm việc với đoàn.", publisher="Báo Phú Yên") == [
        ("Giám đốc Sở Y tế", "Phú Yên", "home")]


def test_clause_words_end_the_body():
    assert offices_of("Ông Tanaka Hiroshi, Tổng Lãnh sự Nhật Bản tại Hải Phòng nhân dịp năm mới đã chúc mừng.") == [
        ("Tổng Lãnh sự Nhật Bản tại Hải Phòng", None, "foreign")]
    assert offices_of("Ông Kim Jin Soo, Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh dự lễ.") == [
        ("Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh", None, "foreign")]
    assert offices_of("Ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Hà Nam sang thăm và làm việc.") == [
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Hà Nam", "written")]
    assert offices_of("“Sẽ tháo gỡ ngay”, ông Lê Văn Giàu, Giám đốc Sở Xây dựng tỉnh Hà Nam nói.") == [
        ("Giám đốc Sở Xây dựng", "Hà Nam", "written")]
    assert offices_of("Ông Lê Văn Kỷ, Tổng Giám đốc Đài Tiếng nói Việt Nam dự lễ.") == [
        ("Tổng Giám đốc Đài Tiếng nói Việt Nam", None, "central")]
    assert offices_of("Ông Trần Văn Ba, Chủ tịch UBND tỉnh ta phát biểu; ông Lê Văn Tư, Phó Chủ tịch UBND tỉnh bạn "
                      "cảm ơn.", publisher="Báo Phú Yên") == [
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Phú Yên", "home"), ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phú Yên", "home")]


def test_a_provincial_citys_committee_keeps_its_name():
    assert offices_of("Ông Lê Văn Hiệu, Bí thư Thành ủy TP Thái Bình cho biết.") == [
        ("Bí thư Thành ủy Thái Bình", "Thái Bình", "written")]
    assert offices_of("Ông Lê Văn Hiệu, Chủ tịch UBND TP Thái Bình cho biết.") == [
        ("Chủ tịch Ủy ban nhân dân thành phố Thái Bình", "Thái Bình", "written")]
    assert offices_of("Ông Lê Văn Hiệu, Bí thư Thành ủy Cần Thơ cho biết.") == [("Bí thư Thành ủy", "Cần Thơ", "written")]


def test_plural_bodies_keep_cac():
    assert offices_of("Ông Lê Văn Quý, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh, "
                      "cho biết.", publisher="Báo Phú Yên") == [
        ("Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh", "Phú Yên", "home")]
    assert offices_of("Ông Lê Văn Quý, Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu.", publisher="Báo Phú Yên") == [
        ("Bí thư Đảng ủy Khối các cơ quan tỉnh", "Phú Yên", "home")]
    assert offices_of("Dự có ông Lê Văn Sáu, Chủ tịch UBND tỉnh Sóc Trăng và các sở.") == [
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Sóc Trăng", "written")]


def test_board_is_not_an_office():
    assert offices_of("Ban Giám đốc Công an tỉnh Lê Văn Tâm báo cáo.") == []


def test_named_body_keeps_its_place_name():
    assert offices_of("PGS.TS Hà Văn Toàn, Hiệu trưởng Trường Đại học Cần Thơ phát biểu.") == [
        ("Hiệu trưởng Trường Đại học Cần Thơ", None, "central")]


# -- jurisdiction -------------------------------------------------------------------------------

@pytest.mark.parametrize("title, scope", [
    ("Bí thư Tỉnh ủy", "provincial"), ("Giám đốc Sở Tài chính", "provincial"),
    ("Chủ tịch Ủy ban nhân dân huyện Tuy Phước", "provincial"), ("Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh", "provincial"),
    ("Phó Chủ tịch Quốc hội", "central"), ("Bộ trưởng Bộ Công an", "central"), ("Tổng Bí thư", "central"),
    ("Tổng Giám đốc Thông tấn xã Việt Nam", "central"), ("Chủ tịch Quốc hội Lào", "foreign"),
    ("Chủ tịch Ủy ban nhân dân thành phố Thủ Đức", "provincial"), ("Bí thư Huyện ủy Nga Sơn", "provincial"),
    ("Bí thư Tỉnh ủy Lào Cai", "provincial"), ("Đại sứ CHDCND Lào", "foreign"),
    ("Đồn trưởng Đồn Biên phòng Cửa khẩu Na Mèo", "provincial"), ("Bí thư Châu ủy Văn Sơn", "foreign"),
    ("Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh", "provincial"), ("Đại sứ Pháp tại Việt Nam", "foreign"),
])
def test_scope(title, scope):
    assert scope_of(title) == scope


def test_delegation_gives_its_province():
    found = offices_of("Đoàn công tác tỉnh Kiên Giang do đồng chí Đỗ Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
                       "làm trưởng đoàn đã đến thăm và làm việc tại tỉnh ta.", publisher="Báo Cà Mau")
    assert found == [("Phó Bí thư Tỉnh ủy", "Kiên Giang", "delegation"),
                     ("Chủ tịch Ủy ban nhân dân tỉnh", "Kiên Giang", "delegation")]


def test_side_of_the_meeting_gives_its_province():
    assert offices_of("Về phía tỉnh Hậu Giang có đồng chí Trương Văn Tuyên, Phó Chủ tịch UBND tỉnh.",
                      publisher="Báo Cần Thơ") == [("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Hậu Giang", "context")]


def test_bare_tinh_is_the_home_province():
    assert offices_of("Ông Lê Văn Hùng, Giám đốc Sở Y tế báo cáo.", publisher="Báo Lâm Đồng") == [
        ("Giám đốc Sở Y tế", "Lâm Đồng", "home")]


def test_expand_abbreviations():
    assert offices.expand("UBND TP. Cần Thơ") == "Ủy ban nhân dân thành phố Cần Thơ"
    assert offices.expand("Sở Tư pháp") == "Sở Tư pháp"


def test_companions_of_a_delegation_take_its_province():
    found = offices_of("Chiều 5/3, Đoàn công tác tỉnh Bình Phước do đồng chí Trần Văn Hiền, Bí thư Tỉnh ủy làm trưởng đoàn "
                       "đã thăm tỉnh ta. Cùng đi có đồng chí Trần Văn Mi, Phó Chủ tịch UBND tỉnh. Tiếp đoàn có đồng chí "
                       "Hồ Văn Dũng, Bí thư Tỉnh ủy.", publisher="Báo Bình Định")
    assert found == [("Bí thư Tỉnh ủy", "Bình Phước", "delegation"),
                     ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Bình Phước", "delegation"),
                     ("Bí thư Tỉnh ủy", "Bình Định", "home")]
