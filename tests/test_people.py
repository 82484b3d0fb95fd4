"""People: name recognition, honorifics, chains of offices, lists, merging of mentions.

Every text here is written for the test in the genre's style; none is taken from the dev articles.
"""

from __future__ import annotations

import pytest

from vnfacts import extract
from vnfacts.extract.names import honorific_before, is_vietnamese_syllable, names_in_run
from vnfacts.extract.people import people_in, person_at, person_with_office


def people(text: str, **kw) -> dict[str, list[tuple[str, str | None]]]:
    doc = extract(text, **kw)
    return {p.name: [(x.title, x.province) for x in p.positions] for p in doc.people}


# -- name recognition ---------------------------------------------------------------------

@pytest.mark.parametrize("syllable, ok", [
    ("Nguyễn", True), ("Quỳnh", True), ("Khuất", True), ("Nghiêm", True), ("Giang", True),
    ("Yoonhee", False), ("Dittrich", False), ("Jin", False), ("Bok", False), ("Keomanivong", False),
])
def test_vietnamese_syllables(syllable, ok):
    assert is_vietnamese_syllable(syllable) is ok


def test_place_glued_before_a_name_is_split_off():
    text = "Chủ tịch UBND tỉnh Hà Tĩnh Dương Văn Thắng"
    run_start = text.index("Hà")
    [name] = names_in_run(text, run_start, len(text), "tỉnh")
    assert name.text == "Dương Văn Thắng"


def test_a_place_alone_is_no_name():
    text = "tại Thái Bình Dương"
    assert names_in_run(text, 4, len(text)) == []
    text = "ở huyện Hà Khẩu"
    assert names_in_run(text, text.index("Hà"), len(text), "huyện") == []


def test_names_need_a_cue():
    assert people("Tuyến đường Nguyễn Văn Linh được nâng cấp, nối với đường Võ Văn Kiệt.") == {}
    assert people("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.") == {}


def test_foreign_names_after_an_honorific_or_office():
    found = people("Tiếp đoàn có bà Anna Schmidt, Giám đốc quốc gia của Quỹ ABC tại Việt Nam.")
    assert "Anna Schmidt" in found
    found = people("Chủ tịch Quốc hội Lào Sanya Phommachanh hội kiến lãnh đạo tỉnh.")
    assert "Sanya Phommachanh" in found


def test_foreign_run_glued_to_a_body_name_is_no_person():
    found = people("Ông Hans Weber, Giám đốc ABC International Trade Consulting GmbH phát biểu.")
    assert list(found) == ["Hans Weber"]


def test_bylines_are_not_people():
    text = "Hội nghị tổng kết năm\nSáng 5/1, ông Trần Văn Lộc, Chủ tịch UBND tỉnh chủ trì hội nghị.\nTin, ảnh: Lê Văn Huỳnh"
    assert list(people(text)) == ["Trần Văn Lộc"]


def test_clipped_place_name_is_no_person():
    assert people("Đoàn viên dâng hương tại Đền thờ Chủ tịch Hồ Chí (xã Long Hòa).") == {}


# -- honorifics, ranks, degrees --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Đồng chí Lê Văn Tám phát biểu.", "Lê Văn Tám"),
    ("Ông Nguyễn Văn An cho biết.", "Nguyễn Văn An"),
    ("Thượng tướng Trần Quang Phương dự lễ.", "Trần Quang Phương"),
    ("GS,TS. Phạm Văn Lợi tổng kết hội thảo.", "Phạm Văn Lợi"),
    ("PGS.TS Đinh Văn Giang trình bày.", "Đinh Văn Giang"),
    ("Đ/c Hồ Văn Thanh phát biểu chào mừng.", "Hồ Văn Thanh"),
    ("bạn Ngô Quốc Toàn đoạt giải Nhất.", "Ngô Quốc Toàn"),
])
def test_honorifics_are_stripped(text, name):
    assert list(people(text)) == [name]


def test_weak_honorific_needs_a_surname():
    assert people("Anh hùng Lực lượng vũ trang nhân dân được tuyên dương.") == {}


def test_honorific_before_reports_the_nearest_cue():
    text = "Báo cáo của Đại tá Lê Minh Quang"
    start, entry = honorific_before(text, text.index("Lê"))
    assert text[start:].startswith("Đại tá") and entry["kind"] == "rank"


# -- chains of offices -------------------------------------------------------------------------

def test_chain_after_the_name():
    found = people("Chiều 5/3, đồng chí Lò Văn Sơn, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, "
                   "Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.", publisher="Báo Sơn La")
    assert found["Lò Văn Sơn"] == [("Ủy viên Ban Chấp hành Trung ương Đảng", None), ("Bí thư Tỉnh ủy", "Sơn La"),
                                   ("Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh", "Sơn La")]


def test_chain_before_the_name():
    found = people("Phát biểu tại buổi lễ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Vĩnh Long "
                   "Bùi Văn Nghiêm nhấn mạnh ý nghĩa của sự kiện.")
    assert found["Bùi Văn Nghiêm"] == [("Phó Bí thư Thường trực Tỉnh ủy", "Vĩnh Long"),
                                       ("Chủ tịch Hội đồng nhân dân tỉnh", "Vĩnh Long")]


def test_dash_between_office_and_name():
    found = people("Chủ tịch UBND tỉnh - Trần Văn Hiếu trao bằng khen.", publisher="Báo Long An")
    assert found["Trần Văn Hiếu"] == [("Chủ tịch Ủy ban nhân dân tỉnh", "Long An")]


def test_rank_between_office_and_name():
    found = people("Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Hòa yêu cầu các đơn vị.", publisher="Báo Đồng Nai")
    assert found["Nguyễn Văn Hòa"] == [("Giám đốc Công an tỉnh", "Đồng Nai")]


def test_an_office_before_the_next_name_is_not_the_previous_persons():
    found = people("Dự có các Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn Cường, Thủ tướng Chính phủ Phạm Văn Chính.")
    assert ("Thủ tướng Chính phủ", None) not in found["Lê Văn Cường"]
    assert ("Thủ tướng Chính phủ", None) in found["Phạm Văn Chính"]


def test_predicate_ends_the_office():
    found = people("Ông Lương Văn Lân, Giám đốc Sở NN&PTNT dự và chủ trì hội nghị.", publisher="Báo Bạc Liêu")
    assert found["Lương Văn Lân"] == [("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Bạc Liêu")]


def test_kiem_joins_two_offices():
    found = people("Ông Lê Văn Thành - Phó Chủ tịch UBND tỉnh Quảng Trị kiêm Giám đốc Sở Tài chính báo cáo.")
    assert found["Lê Văn Thành"] == [("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Quảng Trị"),
                                     ("Giám đốc Sở Tài chính", "Quảng Trị")]


def test_parent_body_after_a_comma():
    found = people("ông Phạm Văn Nam, Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp trình bày chuyên đề.")
    assert found["Phạm Văn Nam"] == [("Phó Vụ trưởng Vụ Hợp tác quốc tế Bộ Tư pháp", None)]


def test_bare_head_is_not_an_office_but_marks_a_person():
    found = people("Nhân dân tưởng nhớ công ơn của Chủ tịch Tôn Đức Thắng.")
    assert found == {"Tôn Đức Thắng": []}


def test_party_committee_takes_the_body_of_the_next_office():
    found = people("Bà Lê Thị Hồng, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa tỉnh phát biểu.", publisher="Báo Cà Mau")
    assert ("Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh", "Cà Mau") in found["Lê Thị Hồng"]
    found = people("ông Trần Văn Lý, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Hậu Giang dự lễ.")
    assert found["Trần Văn Lý"][0] == ("Ủy viên Ban Thường vụ Tỉnh ủy", "Hậu Giang")


# -- lists -------------------------------------------------------------------------------------

def test_list_with_offices():
    found = people("Tiếp đoàn có các đồng chí: Phạm Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
                   "Lê Thị Bình, Phó Chủ tịch HĐND tỉnh; lãnh đạo các sở, ngành.", publisher="Báo Nam Định")
    assert found == {"Phạm Văn An": [("Phó Bí thư Tỉnh ủy", "Nam Định"), ("Chủ tịch Ủy ban nhân dân tỉnh", "Nam Định")],
                     "Lê Thị Bình": [("Phó Chủ tịch Hội đồng nhân dân tỉnh", "Nam Định")]}


def test_list_sharing_one_office():
    found = people("Dự họp có các đồng chí Phó Bí thư Tỉnh ủy: Hoàng Văn Nam – Chủ tịch UBND tỉnh; "
                   "Lê Văn Huy, Nguyễn Văn Thông.", publisher="Báo Nghệ An")
    assert set(found) == {"Hoàng Văn Nam", "Lê Văn Huy", "Nguyễn Văn Thông"}
    for name in found:
        assert ("Phó Bí thư Tỉnh ủy", "Nghệ An") in found[name]


def test_shared_office_stops_at_a_semicolon_in_a_comma_list():
    found = people("Dự lễ có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Đào Văn Lan, "
                   "Tổng Giám đốc Đài Truyền hình Việt Nam Lê Văn Minh; Phó Tổng Biên tập Báo Nhân dân Phan Văn Hiển.")
    assert ("Ủy viên Ban Chấp hành Trung ương Đảng", None) in found["Đào Văn Lan"]
    assert ("Ủy viên Ban Chấp hành Trung ương Đảng", None) in found["Lê Văn Minh"]
    assert found["Phan Văn Hiển"] == [("Phó Tổng Biên tập Báo Nhân dân", None)]


def test_office_then_gom_list():
    found = people("3 Phó Chủ tịch Hội Nông dân tỉnh Trà Vinh gồm các đồng chí: Lê Văn Sơn, Phạm Thị Vinh.")
    assert found == {"Lê Văn Sơn": [("Phó Chủ tịch Hội Nông dân tỉnh", "Trà Vinh")],
                     "Phạm Thị Vinh": [("Phó Chủ tịch Hội Nông dân tỉnh", "Trà Vinh")]}


# -- offices given by verbs --------------------------------------------------------------------

def test_assignment_verbs():
    found = people("Đồng chí Phạm Quang Minh được bầu giữ chức Chủ tịch UBND tỉnh Ninh Bình.")
    assert found["Phạm Quang Minh"] == [("Chủ tịch Ủy ban nhân dân tỉnh", "Ninh Bình")]
    found = people("Quyết định bổ nhiệm ông Nguyễn Văn Cường giữ chức Thứ trưởng Bộ Tài chính.")
    assert found["Nguyễn Văn Cường"] == [("Thứ trưởng Bộ Tài chính", None)]


def test_removal_is_no_assignment():
    found = people("Đồng chí Nguyễn Văn Quyền, Bí thư Thành ủy Cần Thơ nay thôi giữ chức Chủ tịch HĐND thành phố.")
    assert found["Nguyễn Văn Quyền"] == [("Bí thư Thành ủy", "Cần Thơ")]


def test_election_for_listed_people():
    found = people("Kỳ họp đã bầu bổ sung chức danh ủy viên UBND tỉnh, nhiệm kỳ 2021 - 2026 đối với các ông: "
                   "Trần Văn Sáng - Giám đốc Sở Tư pháp; Cao Văn Thương - Giám đốc Sở Y tế.", publisher="Báo Bình Định")
    for name in ("Trần Văn Sáng", "Cao Văn Thương"):
        assert ("Ủy viên Ủy ban nhân dân tỉnh", "Bình Định") in found[name]


def test_seats_on_party_bodies():
    found = people("Ban Bí thư chỉ định đồng chí Lê Văn Duy, Thứ trưởng Bộ Xây dựng tham gia Ban Chấp hành, "
                   "Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Yên Bái.")
    assert set(found["Lê Văn Duy"]) == {("Thứ trưởng Bộ Xây dựng", None),
                                        ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Yên Bái"),
                                        ("Ủy viên Ban Thường vụ Tỉnh ủy", "Yên Bái"), ("Phó Bí thư Tỉnh ủy", "Yên Bái")}


def test_bare_minister_takes_the_ministry_named_before():
    found = people("Thay mặt lãnh đạo Bộ Tài chính, Bộ trưởng Hồ Đức Phớc chúc mừng tỉnh.")
    assert found["Hồ Đức Phớc"] == [("Bộ trưởng Bộ Tài chính", None)]


# -- merging and mentions ----------------------------------------------------------------------

def test_mentions_merge_and_short_mentions_count():
    text = ("Sáng 3/4, đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên làm việc với huyện. "
            "Bí thư Tỉnh ủy Trần Quốc Cường đề nghị huyện đẩy nhanh tiến độ. Đồng chí Cường nhấn mạnh yêu cầu.")
    doc = extract(text)
    [p] = doc.people
    assert p.name == "Trần Quốc Cường"
    assert len(p.mentions) == 3
    assert [text[s:e] for s, e in p.mentions] == ["Trần Quốc Cường", "Trần Quốc Cường", "Cường"]
    assert p.positions == tuple(p.positions[:1])  # one office, said twice
    assert person_at(doc, text.index("Cường nhấn")) is p
    assert people_in(doc, 0, len(text)) == [p]


def test_positions_keep_their_spans_and_written_form():
    text = "Ông Lê Văn Hải, Giám đốc Sở KH&ĐT tỉnh Cà Mau, cho biết."
    [p] = extract(text).people
    [pos] = p.positions
    assert text[pos.start:pos.end] == pos.written == "Giám đốc Sở KH&ĐT tỉnh Cà Mau"
    assert (pos.title, pos.province, pos.province_source) == ("Giám đốc Sở Kế hoạch và Đầu tư", "Cà Mau", "written")


def test_reference_by_office_alone():
    text = ("Chiều 2/3, Bí thư Tỉnh ủy Lê Văn Hùng làm việc với Sở Y tế. Đồng chí Bí thư Tỉnh ủy đề nghị ngành "
            "y tế chuẩn bị tốt. Giám đốc Sở Y tế Trần Văn Lâm báo cáo.")
    doc = extract(text, publisher="Báo Quảng Bình")
    ref = text.index("Bí thư Tỉnh ủy đề nghị")
    assert person_with_office(doc, ref).name == "Lê Văn Hùng"
    assert person_with_office(doc, text.index("ngành")) is None


# -- highland and foreign names, places that look like names ------------------------------------

def test_names_with_an_apostrophe_or_a_hyphen_are_whole():
    found = people("Bà Ksor H'Mai, Phó Chủ tịch UBND huyện Ia Pa cho biết.", publisher="Báo Gia Lai")
    assert found == {"Ksor H'Mai": [("Phó Chủ tịch Ủy ban nhân dân huyện Ia Pa", "Gia Lai")]}
    found = people("Ông Park Min-ho, Tổng Giám đốc Công ty Hanul Vina phát biểu.")
    assert list(found) == ["Park Min-ho"]


def test_a_commune_after_an_office_is_no_person():
    found = people("Thượng tá Lê Văn Bình, Đồn trưởng Đồn Biên phòng Đăk Nhoong cảm ơn đoàn.", publisher="Báo Kon Tum")
    assert found == {"Lê Văn Bình": [("Đồn trưởng Đồn Biên phòng Đăk Nhoong", "Kon Tum")]}


def test_a_district_in_another_spelling_is_split_off_a_name():
    found = people("Bí thư Huyện ủy Đăk Tô A Nhương phát biểu tại buổi lễ.")
    assert found == {"A Nhương": [("Bí thư Huyện ủy Đăk Tô", "Kon Tum")]}
    found = people("Tại huyện Mù Cang Chải, ông Giàng A Páo, Chủ tịch UBND huyện báo cáo.")
    assert found == {"Giàng A Páo": [("Chủ tịch Ủy ban nhân dân huyện Mù Cang Chải", "Yên Bái")]}


def test_a_ward_named_for_a_hero_is_a_place_after_its_unit_word():
    text = "Đoàn đến thăm phường Hoàng Văn Thụ"
    assert names_in_run(text, text.index("Hoàng"), len(text), "phường") == []
    assert people("Chủ tịch UBND phường Hoàng Văn Thụ Trần Văn Mạnh báo cáo.", publisher="Báo Lạng Sơn") == {
        "Trần Văn Mạnh": [("Chủ tịch Ủy ban nhân dân phường Hoàng Văn Thụ", "Lạng Sơn")]}


def test_a_full_name_right_after_a_unit_word_is_the_person():
    text = ("Đồng chí Lê Văn Tâm làm việc với Ban Thường vụ Huyện ủy Bình Liêu.\n"
            "Chủ tịch UBND huyện Hà Thị Lan đề nghị tỉnh hỗ trợ đầu tư đường giao thông.")
    found = people(text, publisher="Báo Quảng Ninh")
    assert found["Hà Thị Lan"] == [("Chủ tịch Ủy ban nhân dân huyện Bình Liêu", "Quảng Ninh")]


def test_an_address_word_in_the_run_marks_any_vietnamese_name():
    assert list(people("Ông Ngạc Văn Tư cho biết, năm nay mùa màng bội thu.")) == ["Ngạc Văn Tư"]


# -- places left unsaid and places abroad ------------------------------------------------------------

def test_unsaid_district_comes_from_the_sentence():
    found = people("Làm việc với UBND huyện Bảo Lâm có ông Nguyễn Văn Tân, Bí thư Huyện ủy; "
                   "bà Lê Thị Hà, Phó Chủ tịch UBND huyện.", publisher="Báo Cao Bằng")
    assert found == {"Nguyễn Văn Tân": [("Bí thư Huyện ủy Bảo Lâm", "Cao Bằng")],
                     "Lê Thị Hà": [("Phó Chủ tịch Ủy ban nhân dân huyện Bảo Lâm", "Cao Bằng")]}


def test_unsaid_district_comes_from_the_article_when_it_names_one():
    text = ("Bí thư Tỉnh ủy làm việc tại huyện Đầm Hà\n"
            "Sáng 5/3, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy làm việc tại huyện Đầm Hà.\n"
            "Ông Trần Văn Hưng, Chủ tịch UBND huyện báo cáo kết quả năm 2023.")
    found = people(text, publisher="Báo Quảng Ninh")
    assert found["Trần Văn Hưng"] == [("Chủ tịch Ủy ban nhân dân huyện Đầm Hà", "Quảng Ninh")]


def test_unsaid_commune_and_no_commune_in_a_name():
    found = people("Chủ tịch UBND xã Cát Hanh Nguyễn Văn Lực cho biết. Ông Trần Văn Tư, Phó Chủ tịch UBND xã phát biểu. "
                   "Ông Lê Văn Hải, Tổng Giám đốc Thông tấn xã dự lễ.", publisher="Báo Bình Định")
    assert found["Trần Văn Tư"] == [("Phó Chủ tịch Ủy ban nhân dân xã Cát Hanh", "Bình Định")]
    assert found["Lê Văn Hải"] == [("Tổng Giám đốc Thông tấn xã", None)]


def test_a_locality_abroad_is_no_person_and_its_offices_have_no_province():
    found = people("Đoàn đại biểu thành phố Bằng Tường (Trung Quốc) do ông Hoàng Minh Hải, Bí thư Thành ủy Bằng Tường "
                   "làm trưởng đoàn. Cùng đi có bà Lý Thu Hà, Phó Thị trưởng thành phố Bằng Tường.", publisher="Báo Lạng Sơn")
    assert found == {"Hoàng Minh Hải": [("Bí thư Thành ủy Bằng Tường", None)],
                     "Lý Thu Hà": [("Phó Thị trưởng thành phố Bằng Tường", None)]}


def test_a_foreign_officials_committee_takes_the_place_of_their_office():
    found = people("Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do đồng chí Bun Mi Sổm, Bí thư Tỉnh ủy, "
                   "Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn đã thăm tỉnh.", publisher="Báo Nghệ An")
    assert found["Bun Mi Sổm"] == [("Bí thư Tỉnh ủy Xiêng Khoảng", None), ("Tỉnh trưởng tỉnh Xiêng Khoảng", None)]
    found = people("Đoàn công tác châu Văn Sơn (Vân Nam, Trung Quốc) do ông Dương Văn Minh, Bí thư Châu ủy làm "
                   "trưởng đoàn.", publisher="Báo Hà Giang")
    assert found["Dương Văn Minh"] == [("Bí thư Châu ủy Văn Sơn", None)]


# -- offices given after "đối với" ------------------------------------------------------------------

def test_election_after_doi_voi_gives_the_office_and_dismissal_gives_the_office_held():
    found = people("Kỳ họp đã bầu bổ sung Ủy viên UBND tỉnh đối với ông Trần Văn Nam, Giám đốc Sở Xây dựng; "
                   "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Bốn để nghỉ hưu.", publisher="Báo Phú Yên")
    assert set(found["Trần Văn Nam"]) == {("Giám đốc Sở Xây dựng", "Phú Yên"), ("Ủy viên Ủy ban nhân dân tỉnh", "Phú Yên")}
    # the office held until the vote, the only one the article gives him (offices as of the article)
    assert found["Lê Văn Bốn"] == [("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phú Yên")]


def test_several_appointing_verbs_before_the_office():
    found = people("Ông Lê Văn Khải được điều động, bổ nhiệm giữ chức Giám đốc Sở Nội vụ từ ngày 1/3.",
                   publisher="Báo Phú Yên")
    assert found == {"Lê Văn Khải": [("Giám đốc Sở Nội vụ", "Phú Yên")]}


def test_a_capitalised_address_word_inside_a_sentence_is_part_of_a_place():
    assert people("Dự án trên đường Bà Huyện Thanh Quan và gần đền Bà Chúa Xứ được khởi công.") == {}


def test_a_text_with_no_home_takes_the_province_named_before_the_person():
    text = ("Nhiều địa phương giải ngân cao\nCả nước giải ngân đạt 42% kế hoạch. Tại Quảng Nam, Bí thư Tỉnh ủy "
            "Lương Văn Tâm cho biết tỉnh đã giải ngân 61%. Hà Giang đạt 58%, Cà Mau 55%.")
    assert people(text, url="https://baochinhphu.vn/x.htm") == {"Lương Văn Tâm": [("Bí thư Tỉnh ủy", "Quảng Nam")]}


def test_va_before_a_rank_starts_the_next_person():
    found = people("Tiếp đoàn có Trung tướng Nguyễn Hồng Thái, Tư lệnh Quân khu 1 và Thiếu tướng Trần Văn Nam, "
                   "Chính ủy Quân khu 1.")
    assert found == {"Nguyễn Hồng Thái": [("Tư lệnh Quân khu 1", None)], "Trần Văn Nam": [("Chính ủy Quân khu 1", None)]}


def test_office_then_comma_and_address_word_before_the_name():
    found = people("Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh, ông Lê Văn Kiên, trao quà.", publisher="Báo Phú Yên")
    assert found == {"Lê Văn Kiên": [("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phú Yên")]}
    found = people("Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Lê Văn Hòa, Giám đốc Sở Y tế trao quyết định.",
                   publisher="Báo Phú Yên")
    assert found == {"Lê Văn Hòa": [("Giám đốc Sở Y tế", "Phú Yên")]}


def test_a_later_office_after_nay_la():
    found = people("Ông Trần Hữu Thành, nguyên Chủ tịch UBND tỉnh, nay là Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam "
                   "dự lễ.", publisher="Báo Phú Yên")
    assert found["Trần Hữu Thành"] == [("nguyên Chủ tịch Ủy ban nhân dân tỉnh", "Phú Yên"),
                                       ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None)]
