"""People and offices: lists of people sharing an office, offices taken away and party seats given, each
family with variants in other wording than the corpus case that showed it.

Every text here is written for the test in the genre's style; none is taken from the dev articles or the corpora.
"""

from __future__ import annotations

import pytest

from vnfacts import extract


def people(text: str) -> dict[str, list[tuple[str, str | None]]]:
    doc = extract(text, publisher="Báo Quảng Nam", published="2024-06-06")
    return {p.name: [(x.title, x.province) for x in p.positions] for p in doc.people}


DEPUTY_UBND = [("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Quảng Nam")]
DEPUTY_HDND = [("Phó Chủ tịch Hội đồng nhân dân tỉnh", "Quảng Nam")]


# -- an office written once before a list of people is each one's ----------------------------------------

@pytest.mark.parametrize("text, names, offices", [
    ("Kỳ họp đã bầu các Phó Chủ tịch UBND tỉnh: ông Nguyễn Văn Hải, bà Lê Thị Thu, ông Trần Minh Đức.",
     ["Nguyễn Văn Hải", "Lê Thị Thu", "Trần Minh Đức"], DEPUTY_UBND),
    ("HĐND tỉnh bầu các Phó Chủ tịch HĐND tỉnh gồm bà Phạm Thị Hoa và ông Đặng Văn Tâm.",
     ["Phạm Thị Hoa", "Đặng Văn Tâm"], DEPUTY_HDND),
    ("HĐND tỉnh cũng bầu 2 Phó Chủ tịch UBND tỉnh gồm các ông, bà: Nguyễn Văn Hải, Lê Thị Thu.",
     ["Nguyễn Văn Hải", "Lê Thị Thu"], DEPUTY_UBND),
    ("Kỳ họp bầu 2 Phó Chủ tịch UBND tỉnh là ông Nguyễn Văn Hải và bà Lê Thị Thu.",
     ["Nguyễn Văn Hải", "Lê Thị Thu"], DEPUTY_UBND),
    ("Hai Phó Chủ tịch HĐND tỉnh được bầu lần lượt là bà Phạm Thị Hoa và ông Đặng Văn Tâm.",
     ["Phạm Thị Hoa", "Đặng Văn Tâm"], DEPUTY_HDND),
    ("Kỳ họp bầu bổ sung 2 Ủy viên UBND tỉnh với các ông Nguyễn Văn Hải và Trần Minh Đức.",
     ["Nguyễn Văn Hải", "Trần Minh Đức"], [("Ủy viên Ủy ban nhân dân tỉnh", "Quảng Nam")]),
    ("Phó Chủ tịch HĐND tỉnh khóa XI, nhiệm kỳ 2026 - 2031 gồm: bà Phạm Thị Hoa, ông Đặng Văn Tâm.",
     ["Phạm Thị Hoa", "Đặng Văn Tâm"], DEPUTY_HDND),
])
def test_an_office_before_a_list_goes_to_each(text, names, offices):
    found = people(text)
    assert {n: found.get(n) for n in names} == {n: offices for n in names}


def test_the_office_of_a_person_named_before_the_list_is_not_shared():
    found = people("Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, với các đồng chí Lê Văn Bình, Trần Văn Cường kiểm "
                   "tra công trình.")
    assert found["Nguyễn Văn An"] == DEPUTY_UBND
    assert found["Lê Văn Bình"] == found["Trần Văn Cường"] == []


# -- names joined by "và" or a comma before a verb that gives an office all take it ----------------------

@pytest.mark.parametrize("text, names, offices", [
    ("Kỳ họp bầu bà Phạm Thị Hoa và ông Đặng Văn Tâm giữ chức Phó Chủ tịch HĐND tỉnh.",
     ["Phạm Thị Hoa", "Đặng Văn Tâm"], DEPUTY_HDND),
    ("Các đồng chí Phạm Thị Hoa và Đặng Văn Tâm được bầu giữ chức Phó Bí thư Huyện ủy Duy Xuyên.",
     ["Phạm Thị Hoa", "Đặng Văn Tâm"], [("Phó Bí thư Huyện ủy Duy Xuyên", "Quảng Nam")]),
    ("Ông Nguyễn Văn Hải, ông Trần Minh Đức được bổ nhiệm làm Phó Giám đốc Sở Y tế.",
     ["Nguyễn Văn Hải", "Trần Minh Đức"], [("Phó Giám đốc Sở Y tế", "Quảng Nam")]),
    ("Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh; các ông Lê Văn Bình, Trần Văn Cường và bà Lê Thị "
     "Thu giữ chức Phó Chủ tịch UBND tỉnh.", ["Lê Văn Bình", "Trần Văn Cường", "Lê Thị Thu"], DEPUTY_UBND),
])
def test_joined_names_share_the_office_given(text, names, offices):
    found = people(text)
    assert {n: found.get(n) for n in names} == {n: offices for n in names}


def test_a_name_before_the_verb_of_others_takes_nothing():
    found = people("Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chúc mừng bà Lê Thị Bình và ông Trần Văn Cường "
                   "được bầu giữ chức Phó Chủ tịch HĐND tỉnh.")
    assert found["Nguyễn Văn An"] == [("Bí thư Tỉnh ủy", "Quảng Nam")]
    assert found["Lê Thị Bình"] == found["Trần Văn Cường"] == DEPUTY_HDND


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Cường và bà Lê Thị Bình lần lượt giữ chức Chủ tịch và Phó Chủ tịch HĐND tỉnh.",
     {"Trần Văn Cường": [("Chủ tịch Hội đồng nhân dân tỉnh", "Quảng Nam")], "Lê Thị Bình": DEPUTY_HDND}),
    ("Kỳ họp bầu ông Trần Văn Cường, bà Lê Thị Bình, ông Lê Văn Dũng lần lượt giữ chức Chủ tịch, Phó Chủ tịch "
     "HĐND tỉnh và Trưởng Ban Pháp chế HĐND tỉnh.",
     {"Trần Văn Cường": [("Chủ tịch Hội đồng nhân dân tỉnh", "Quảng Nam")], "Lê Thị Bình": DEPUTY_HDND,
      "Lê Văn Dũng": [("Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh", "Quảng Nam")]}),
])
def test_joined_names_take_offices_in_turn(text, expected):
    assert people(text) == expected


# -- an office taken away is the person's when the article gives them no other ---------------------------

@pytest.mark.parametrize("text, name, offices", [
    ("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Bình do nghỉ hưu theo chế độ.",
     "Lê Văn Bình", DEPUTY_UBND),
    ("Kỳ họp đã biểu quyết cho thôi giữ chức Phó Chủ tịch HĐND tỉnh đối với bà Phạm Thị Hoa để nhận nhiệm vụ mới.",
     "Phạm Thị Hoa", DEPUTY_HDND),
    ("Ông Lê Văn Bình thôi giữ chức Phó Giám đốc Sở Y tế để nghỉ hưu.",
     "Lê Văn Bình", [("Phó Giám đốc Sở Y tế", "Quảng Nam")]),
    # written with an office of their own: only that one
    ("HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Lê Văn Bình, nguyên Giám đốc Sở Nội vụ.",
     "Lê Văn Bình", [("nguyên Giám đốc Sở Nội vụ", "Quảng Nam")]),
    ("Ông Lê Văn Bình, Giám đốc Sở Nội vụ dự họp. HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với "
     "ông Lê Văn Bình.",
     "Lê Văn Bình", [("Giám đốc Sở Nội vụ", "Quảng Nam")]),
])
def test_an_office_taken_away(text, name, offices):
    assert people(text)[name] == offices


# -- seats on the province's party bodies given with an office ------------------------------------------

@pytest.mark.parametrize("text, name, central", [
    ("Tại hội nghị, Bộ Chính trị điều động, chỉ định ông Trần Quốc Huy, Ủy viên dự khuyết Trung ương Đảng, "
     "Thứ trưởng Bộ Y tế, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.",
     "Trần Quốc Huy", [("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", None), ("Thứ trưởng Bộ Y tế", None)]),
    ("Đồng chí Trần Quốc Huy, Phó Trưởng Ban Kinh tế Trung ương được Ban Bí thư chỉ định tham gia BCH, BTV, "
     "giữ chức Bí thư Tỉnh ủy.",
     "Trần Quốc Huy", [("Phó Trưởng Ban Kinh tế Trung ương", None)]),
    ("Ông Trần Quốc Huy, Vụ trưởng Vụ Tổng hợp, Bộ Tài chính, được Bộ Chính trị điều động, chỉ định tham gia "
     "Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy và giữ chức Bí thư Tỉnh ủy.",
     "Trần Quốc Huy", [("Vụ trưởng Vụ Tổng hợp Bộ Tài chính", None)]),
])
def test_party_seats_given_with_an_office(text, name, central):
    assert people(text)[name] == central + [("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Quảng Nam"),
                                            ("Ủy viên Ban Thường vụ Tỉnh ủy", "Quảng Nam"),
                                            ("Bí thư Tỉnh ủy", "Quảng Nam")]


# -- the body that elects or appoints named between "được" and its verb; re-election ----------------------

@pytest.mark.parametrize("text, name, office", [
    ("Ông Trần Văn Cường được HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh với 100% phiếu tán thành.",
     "Trần Văn Cường", DEPUTY_UBND[0]),
    ("Bà Lê Thị Bình được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Giám đốc Sở Y tế.",
     "Lê Thị Bình", ("Giám đốc Sở Y tế", "Quảng Nam")),
    ("Bà Lê Thị Bình được các đại biểu tín nhiệm bầu làm Chủ tịch Hội Nông dân tỉnh.",
     "Lê Thị Bình", ("Chủ tịch Hội Nông dân tỉnh", "Quảng Nam")),
    ("Với 100% số phiếu, ông Trần Văn Cường tái đắc cử Chủ tịch UBND tỉnh.",
     "Trần Văn Cường", ("Chủ tịch Ủy ban nhân dân tỉnh", "Quảng Nam")),
])
def test_an_office_given_by_a_named_body(text, name, office):
    assert office in people(text)[name]
