"""People and offices: bodies whose names were cut short (a fourth invented corpus), each family with variants.

A body's name may hold lowercase words, "và" and commas ("Ban Quản lý dự án ... nông nghiệp và phát triển nông
thôn tỉnh", "Ủy ban Tài chính, Ngân sách của Quốc hội"), a unit may be named with its department after a comma,
a representative office with its seat, and a national institution may carry a city's name; a cut name also
loses the office's province. Every text here is written for the test in the genre's style; none is taken from
the dev articles or the corpora.
"""

from __future__ import annotations

import pytest

from vnfacts import extract


def people(text: str, publisher: str = "Báo Quảng Ngãi", **kw) -> dict[str, list[tuple[str, str | None]]]:
    doc = extract(text, publisher=publisher, published="2021-05-20", **kw)
    return {p.name: [(x.title, x.province) for x in p.positions] for p in doc.people}


# -- lowercase words, "và" and commas inside a body's name: it runs on to its place ---------------------------

@pytest.mark.parametrize("text, name, title, province", [
    ("Ông Mai Văn Tú, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi và hạ tầng nông thôn "
     "huyện Ý Yên báo cáo tiến độ.", "Mai Văn Tú",
     "Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi và hạ tầng nông thôn huyện Ý Yên",
     "Nam Định"),
    ("Ông Đặng Văn Phúc, Phó Trưởng phòng Kinh tế và hạ tầng huyện Tư Nghĩa cho biết.", "Đặng Văn Phúc",
     "Phó Trưởng phòng Kinh tế và hạ tầng huyện Tư Nghĩa", "Quảng Ngãi"),
    ("Theo bà Lê Thị Quyên, Giám đốc Trung tâm dịch vụ việc làm, giáo dục nghề nghiệp và sát hạch lái xe tỉnh, "
     "năm nay có thêm 3 lớp học.", "Lê Thị Quyên",
     "Giám đốc Trung tâm dịch vụ việc làm, giáo dục nghề nghiệp và sát hạch lái xe tỉnh", "Quảng Ngãi"),
    ("Ông Phạm Văn Toàn, Phó Trưởng ban Thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh "
     "yêu cầu các địa phương sơ tán dân.", "Phạm Văn Toàn",
     "Phó Trưởng ban Thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Quảng Ngãi"),
    ("Ông Lò Văn Sơn, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện Mường La cho biết.", "Lò Văn Sơn",
     "Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện Mường La", "Sơn La"),
])
def test_a_body_named_in_common_nouns_runs_on_to_its_place(text, name, title, province):
    assert people(text)[name] == [(title, province)]


@pytest.mark.parametrize("text, name, title", [
    ("Bà Vi Thị Hằng, Ủy viên Thường trực Ủy ban bầu cử thành phố cho biết đã in xong phiếu bầu.", "Vi Thị Hằng",
     "Ủy viên Thường trực Ủy ban bầu cử thành phố"),
    ("Ông Nông Văn Sơn, Trưởng Ban bầu cử huyện Ba Bể kiểm tra khu vực bỏ phiếu.", "Nông Văn Sơn",
     "Trưởng Ban bầu cử huyện Ba Bể"),
    ("Ông Hà Văn Nghĩa, Phó Chủ tịch Hội đồng thi đua - khen thưởng tỉnh trao bằng khen.", "Hà Văn Nghĩa",
     "Phó Chủ tịch Hội đồng thi đua - khen thưởng tỉnh"),
])
def test_an_election_or_award_body_keeps_its_lowercase_words(text, name, title):
    (found,) = people(text, publisher="Báo Bắc Kạn")[name]
    assert found[0] == title and found[1] == "Bắc Kạn"


@pytest.mark.parametrize("text, name, title", [
    ("Chủ tịch UBND tỉnh Đinh Văn Long và lãnh đạo các sở, ngành tỉnh dự lễ.", "Đinh Văn Long",
     "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Ông Lê Văn Hưng, Giám đốc Sở Y tế và đại diện các bệnh viện tỉnh dự họp.", "Lê Văn Hưng",
     "Giám đốc Sở Y tế"),
    ("Bà Lò Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và đông đảo hội viên dự buổi gặp mặt.", "Lò Thị Mai",
     "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
])
def test_and_joining_other_people_ends_the_office(text, name, title):
    assert [t for t, _p in people(text)[name]] == [title]


# -- official names with commas are known as data and read whole -----------------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Ông Lý Văn Cảnh, Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội cho biết.", "Lý Văn Cảnh",
     "Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("Đoàn do bà Trương Thị Hiền, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội làm trưởng đoàn.",
     "Trương Thị Hiền", "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội"),
    ("Ông Tạ Văn Thành, Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội dự họp.", "Tạ Văn Thành",
     "Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội"),
    ("Ông Hồ Đức Phú, Ủy viên Thường trực Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng "
     "của Quốc hội góp ý.", "Hồ Đức Phú",
     "Ủy viên Thường trực Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
])
def test_committees_of_the_national_assembly_are_read_whole_and_central(text, name, title):
    assert people(text)[name] == [(title, None)]


# -- a unit named with its department after a comma: the department is in the title and gives the province ----

@pytest.mark.parametrize("text, name, title, province", [
    ("Ông Võ Văn Tâm, Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp và Phát triển nông thôn cho biết.",
     "Võ Văn Tâm", "Chi cục trưởng Chi cục Thủy lợi Sở Nông nghiệp và Phát triển nông thôn", "Quảng Ngãi"),
    ("Ông Lê Văn Sáu, Phó Chánh Thanh tra, Sở Xây dựng tỉnh Nghệ An cho biết.", "Lê Văn Sáu",
     "Phó Chánh Thanh tra Sở Xây dựng", "Nghệ An"),
    ("Bà Lê Thị Hoa, Trưởng phòng Quản lý giá Sở Tài chính tỉnh Bình Định phát biểu.", "Lê Thị Hoa",
     "Trưởng phòng Quản lý giá Sở Tài chính", "Bình Định"),
])
def test_a_unit_inside_a_department(text, name, title, province):
    assert people(text)[name][0] == (title, province)


def test_a_unit_named_with_its_department_then_appointed():
    found = people("Bổ nhiệm bà Đào Thị Lan, Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ giữ chức Trưởng phòng "
                   "Tổ chức cán bộ Sở Nội vụ.")
    assert found["Đào Thị Lan"] == [("Phó Trưởng phòng Tổ chức cán bộ Sở Nội vụ", "Quảng Ngãi"),
                                    ("Trưởng phòng Tổ chức cán bộ Sở Nội vụ", "Quảng Ngãi")]


def test_two_departments_are_no_unit_and_its_parent():
    assert people("Ông Võ Văn Tài, Giám đốc Sở Y tế, Sở Tài chính cùng dự.")["Võ Văn Tài"] == [
        ("Giám đốc Sở Y tế", "Quảng Ngãi")]


# -- a representative office keeps its seat; the seat is no province of the office ----------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Ông Trần Văn Tú, Trưởng Văn phòng đại diện Báo Nhân Dân tại Đà Nẵng phát biểu.", "Trần Văn Tú",
     "Trưởng Văn phòng đại diện Báo Nhân Dân tại Đà Nẵng"),
    ("Bà Kim Soo-yeon, Trưởng đại diện Cơ quan đại diện KOTRA tại Hà Nội giới thiệu doanh nghiệp.", "Kim Soo-yeon",
     "Trưởng đại diện Cơ quan đại diện KOTRA tại Hà Nội"),
    ("Ông Lin Chih-wei, Giám đốc Văn phòng Kinh tế - Văn hóa Đài Bắc tại TP. Hồ Chí Minh dự lễ khởi công.",
     "Lin Chih-wei", "Giám đốc Văn phòng Kinh tế - Văn hóa Đài Bắc tại TP. Hồ Chí Minh"),
])
def test_a_representative_office_keeps_its_seat(text, name, title):
    assert people(text)[name] == [(title, None)]


# -- national institutions take no home province, though a city or "xã hội" is in their name ------------------

@pytest.mark.parametrize("text, name, title", [
    ("GS.TS Đoàn Minh Khải, Phó Giám đốc Đại học Quốc gia Hà Nội trình bày tham luận.", "Đoàn Minh Khải",
     "Phó Giám đốc Đại học Quốc gia Hà Nội"),
    ("PGS.TS Lý Văn Tuấn, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.", "Lý Văn Tuấn",
     "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("TS. Hà Văn Lợi, Viện trưởng Viện Khoa học xã hội vùng Tây Nguyên đồng chủ trì hội thảo.", "Hà Văn Lợi",
     "Viện trưởng Viện Khoa học xã hội vùng Tây Nguyên"),
    ("Bà Lê Thị Hạnh, Phó Tổng Giám đốc Bảo hiểm xã hội Việt Nam làm việc với tỉnh.", "Lê Thị Hạnh",
     "Phó Tổng Giám đốc Bảo hiểm xã hội Việt Nam"),
    ("Ông Lê Văn An, Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh trao học bổng.", "Lê Văn An",
     "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
])
def test_national_institutions_are_central(text, name, title):
    assert people(text) == {name: [(title, None)]}


@pytest.mark.parametrize("text, name, title", [
    ("Ông Lê Văn Khoa, Giám đốc Bảo hiểm xã hội tỉnh cho biết.", "Lê Văn Khoa", "Giám đốc Bảo hiểm xã hội tỉnh"),
    ("Ông Lê Văn Lâm, Chủ tịch UBND xã Hội An phát biểu.", "Lê Văn Lâm", "Chủ tịch Ủy ban nhân dân xã Hội An"),
])
def test_a_provincial_body_with_xa_hoi_or_a_commune_stays_provincial(text, name, title):
    assert people(text)[name] == [(title, "Quảng Ngãi")]


# -- a foreign party's central committee is expanded like ours -------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("ông Khamphăn Xaysana, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào) "
     "phát biểu.", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
    ("ông Bounma Sihalath, Ủy viên Trung ương Đảng NDCM Lào dự lễ.",
     "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
    ("ông Lý Đông, Ủy viên dự khuyết Trung ương Đảng Cộng sản Trung Quốc phát biểu.",
     "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
])
def test_a_foreign_partys_central_committee(text, title):
    (person,) = people(text).values()
    assert person[0] == (title, None)


# -- a person with no office, named with what they do -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Nhà nghiên cứu Đỗ Văn Thịnh đề xuất số hóa các tư liệu cổ.", "Đỗ Văn Thịnh"),
    ("Trịnh Quang Vũ, nhà nghiên cứu văn hóa dân gian, cho rằng cần bảo tồn lễ hội.", "Trịnh Quang Vũ"),
    ("Cựu thanh niên xung phong Hà Thị Lụa kể lại kỷ niệm những năm mở đường.", "Hà Thị Lụa"),
    ("Ông Lương Văn Khải, nhà sưu tầm cổ vật ở thành phố, trao tặng hiện vật.", "Lương Văn Khải"),
])
def test_a_person_described_by_what_they_do(text, name):
    assert people(text) == {name: []}


def test_researchers_in_general_are_no_person():
    assert people("Các nhà nghiên cứu trong và ngoài nước gửi 40 tham luận.") == {}


# -- a listed person's office with its term does not end the list ----------------------------------------------

def test_a_term_after_a_listed_office_keeps_the_list_going():
    found = people("HĐND tỉnh bầu 2 Phó Chủ tịch UBND tỉnh gồm các đồng chí: Trần Văn Hòa - Phó Chủ tịch UBND tỉnh "
                   "khóa XI; Lê Thị Ngân - Giám đốc Sở Tài chính, và bầu 9 Ủy viên UBND tỉnh.")
    assert ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Quảng Ngãi") in found["Lê Thị Ngân"]
