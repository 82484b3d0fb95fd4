"""Events: families of phrasings found missing on a third invented corpus, each with variants in other wording.

Every text here is written for the test in the genre's style; none is taken from the dev articles or the corpora.
"""

from __future__ import annotations

import pytest

from vnfacts import extract


def _events(text: str, published: str) -> list[tuple]:
    doc = extract(text, published=published, publisher="Báo Quảng Nam")
    return [(e.type, e.date, e.host, e.guest, e.leader) for e in doc.events]


# -- a statement going on from the main happening ("Trước đó, ...", "Sau buổi làm việc, ...") with no day of
# its own: a happening of another kind done by the main one's side (its leader by name or office, its
# delegation) is a further happening of the same day, led by the same leader ---------------------------------

SEQUELS = [
    ("inspection-after-visit",
     "Thứ trưởng Bộ Công Thương làm việc với tỉnh\n"
     "Sáng 5/6, đoàn công tác Bộ Công Thương do đồng chí Trần Văn Hùng, Thứ trưởng Bộ Công Thương dẫn đầu đã "
     "làm việc với UBND tỉnh về phát triển công nghiệp.\n"
     "Sau buổi làm việc, Thứ trưởng và đoàn đã đi kiểm tra thực tế tại Khu công nghiệp Điện Nam.",
     [("visit", "2024-06-05", "Quảng Nam", "Bộ Công Thương", "Trần Văn Hùng"),
      ("inspection", "2024-06-05", "Quảng Nam", "Bộ Công Thương", "Trần Văn Hùng")]),
    ("survey-before-session-by-office",
     "Chủ tịch UBND tỉnh làm việc với huyện Duy Xuyên\n"
     "Chiều 5/6, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh làm việc với Ban Thường vụ Huyện ủy Duy Xuyên về "
     "tình hình kinh tế - xã hội.\n"
     "Trước đó, Chủ tịch UBND tỉnh đã khảo sát thực tế tiến độ dự án đường ven biển tại xã Duy Hải.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Lê Văn Dũng"),
      ("inspection", "2024-06-05", "Quảng Nam", None, "Lê Văn Dũng")]),
    ("commune-check-with-honorific",
     "Bí thư Tỉnh ủy làm việc với Đảng ủy xã Tam Xuân\n"
     "Sáng 5/6, đồng chí Phan Thanh Long, Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Tam Xuân sau "
     "sắp xếp đơn vị hành chính.\n"
     "Sau buổi làm việc, đồng chí Bí thư Tỉnh ủy đi kiểm tra tình hình hoạt động của Trung tâm Phục vụ hành "
     "chính công xã.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long"),
      ("inspection", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long")]),
    ("session-before-gift",
     "Bí thư Tỉnh ủy thăm, tặng quà huyện Đông Giang\n"
     "Sáng 5/6, đồng chí Phan Thanh Long, Bí thư Tỉnh ủy đã đến thăm, tặng quà hộ nghèo huyện Đông Giang.\n"
     "Trước đó, đoàn đã làm việc với Ban Thường vụ Huyện ủy Đông Giang.",
     [("gift", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long"),
      ("working_session", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long")]),
    ("gift-after-session",
     "Lãnh đạo tỉnh làm việc với huyện Núi Thành\n"
     "Sáng 5/6, đoàn công tác của Tỉnh ủy do đồng chí Phan Thanh Long, Bí thư Tỉnh ủy làm trưởng đoàn đã làm "
     "việc với huyện Núi Thành.\n"
     "Sau đó, đoàn công tác đến thăm, tặng quà gia đình chính sách tại xã Tam Hiệp.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long"),
      ("gift", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long")]),
    # not the main side, the same kind of meeting, or only asked for: nothing more
    ("another-body-before",
     "Chủ tịch UBND tỉnh làm việc với huyện Duy Xuyên\n"
     "Chiều 5/6, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh làm việc với Ban Thường vụ Huyện ủy Duy Xuyên.\n"
     "Trước đó, UBND huyện đã tổ chức hội nghị sơ kết công tác 6 tháng.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Lê Văn Dũng")]),
    ("work-during-visit",
     "Bộ trưởng Bộ Y tế thăm tỉnh\n"
     "Sáng 5/6, đoàn công tác Bộ Y tế do đồng chí Nguyễn Văn Nam, Bộ trưởng Bộ Y tế dẫn đầu đã thăm và làm việc "
     "tại tỉnh.\nSau đó, đoàn làm việc với lãnh đạo Sở Y tế.",
     [("visit", "2024-06-05", "Quảng Nam", "Bộ Y tế", "Nguyễn Văn Nam")]),
    ("asked-for",
     "Chủ tịch UBND tỉnh làm việc với huyện\n"
     "Chiều 5/6, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh làm việc với huyện Duy Xuyên.\n"
     "Sau đó, Chủ tịch UBND tỉnh đề nghị các sở kiểm tra tiến độ các dự án.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Lê Văn Dũng")]),
    ("another-leader-office",
     "Chủ tịch UBND tỉnh làm việc với huyện\n"
     "Chiều 5/6, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh làm việc với huyện Duy Xuyên.\n"
     "Trước đó, Giám đốc Sở Xây dựng đã kiểm tra tiến độ dự án.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Lê Văn Dũng")]),
]


@pytest.mark.parametrize("case", SEQUELS, ids=[c[0] for c in SEQUELS])
def test_a_sequel_of_the_main_side_is_a_further_happening(case):
    _, text, expected = case
    assert _events(text, "2024-06-06") == expected


# -- a leader at work in a locality ("làm việc tại huyện X"), not people living or employed there --------------

AT_WORK = [
    ("secretary-at-district",
     "Bí thư Tỉnh ủy làm việc tại huyện Đại Lộc\n"
     "Sáng 5/6, đồng chí Phan Thanh Long, Bí thư Tỉnh ủy đã làm việc tại huyện Đại Lộc về tình hình kinh tế - "
     "xã hội.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long")]),
    ("delegation-at-commune",
     "Lãnh đạo tỉnh làm việc với xã\n"
     "Sáng 5/6, đoàn công tác của UBND tỉnh do Phó Chủ tịch UBND tỉnh Trần Văn Mi làm trưởng đoàn làm việc tại "
     "xã Quế Sơn Trung.",
     [("working_session", "2024-06-05", "Quảng Nam", None, "Trần Văn Mi")]),
    ("deputy-minister-at-province",
     "Thứ trưởng Bộ Y tế làm việc tại tỉnh\n"
     "Sáng 5/6, Thứ trưởng Bộ Y tế Trần Văn Thuấn làm việc tại tỉnh Quảng Nam về công tác y tế cơ sở.",
     [("visit", "2024-06-05", "Quảng Nam", "Bộ Y tế", "Trần Văn Thuấn")]),
    ("people-working-there",
     "Người con quê hương góp sức xây dựng tỉnh\n"
     "Nhiều người con quê hương đang sinh sống và làm việc tại thành phố Đà Nẵng.",
     []),
]


@pytest.mark.parametrize("case", AT_WORK, ids=[c[0] for c in AT_WORK])
def test_a_leader_at_work_in_a_locality(case):
    _, text, expected = case
    assert _events(text, "2024-06-06") == expected


# -- a province's ceremony or meeting led by the head of an outside (central) body: that body is its guest -----

OUTSIDE_LEADERS = [
    ("central-organ-hands-decision",
     "Công bố quyết định về công tác cán bộ\n"
     "Chiều 5/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. "
     "Đồng chí Trần Văn Khải, Phó Trưởng Ban Tổ chức Trung ương chủ trì hội nghị và trao quyết định.",
     [("ceremony", "2024-06-05", "Quảng Nam", "Ban Tổ chức Trung ương", "Trần Văn Khải")]),
    ("ministry-hands-appointment",
     "Trao quyết định bổ nhiệm Giám đốc Sở Y tế\n"
     "Sáng 5/6, UBND tỉnh tổ chức lễ trao quyết định bổ nhiệm Giám đốc Sở Y tế. Đồng chí Nguyễn Văn Nam, Thứ "
     "trưởng Bộ Y tế dự và trao quyết định.",
     [("ceremony", "2024-06-05", "Quảng Nam", "Bộ Y tế", "Nguyễn Văn Nam")]),
    ("own-leader-no-guest",
     "Công bố quyết định về công tác cán bộ\n"
     "Chiều 5/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Phan "
     "Thanh Long, Bí thư Tỉnh ủy chủ trì hội nghị và trao quyết định.",
     [("ceremony", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long")]),
    # a decoration handed over during the province's own anniversary stays the province's
    ("award-inside-anniversary",
     "Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh\n"
     "Tối 5/6, Tỉnh ủy, HĐND, UBND tỉnh tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh. Đồng chí Phan Thanh "
     "Long, Bí thư Tỉnh ủy đọc diễn văn kỷ niệm.\n"
     "Đồng chí Trần Văn Khải, Trưởng Ban Dân vận Trung ương trao Huân chương Độc lập hạng Nhì cho Đảng bộ và "
     "nhân dân tỉnh.",
     [("ceremony", "2024-06-05", "Quảng Nam", None, "Phan Thanh Long"),
      ("ceremony", "2024-06-05", "Quảng Nam", None, "Trần Văn Khải")]),
]


@pytest.mark.parametrize("case", OUTSIDE_LEADERS, ids=[c[0] for c in OUTSIDE_LEADERS])
def test_an_outside_body_leading_a_provincial_ceremony_is_its_guest(case):
    _, text, expected = case
    assert _events(text, "2024-06-06") == expected


# -- a fifth corpus: a delegation received that comes with New Year greetings is a gift; a signing is led by
# who chairs it; "hội nghị công bố nghị quyết" is a ceremony; "đoàn công tác" going on the same day keeps its
# leader ----------------------------------------------------------------------------------------------------

FIFTH = [
    ("received-delegation-greeting",
     "Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Champasak\n"
     "Chiều 30/1, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Champasak (Lào) do "
     "ông Viengthong Hetchanthavong, Phó Tỉnh trưởng tỉnh Champasak làm trưởng đoàn sang thăm, chúc Tết Nguyên đán.",
     [("gift", "2024-01-30", "Quảng Nam", "Champasak", "Viengthong Hetchanthavong")]),
    ("received-delegation-visit-stays-visit",
     "Chiều 30/1, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh đã tiếp Đoàn đại biểu tỉnh Champasak (Lào) do "
     "ông Viengthong Hetchanthavong, Phó Tỉnh trưởng tỉnh Champasak làm trưởng đoàn sang thăm và làm việc.",
     [("visit", "2024-01-30", "Quảng Nam", "Champasak", "Viengthong Hetchanthavong")]),
    ("signing-led-by-chair",
     "Sáng 11/1, UBND tỉnh và tỉnh Gyeongsang Bắc (Hàn Quốc) tổ chức lễ ký kết biên bản ghi nhớ hợp tác. "
     "Đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì buổi lễ. Đoàn công tác tỉnh Gyeongsang Bắc do ông "
     "Park Min-soo, Phó Tỉnh trưởng làm trưởng đoàn.",
     [("signing", "2024-01-11", "Quảng Nam", "Gyeongsang Bắc", "Lê Văn Dũng")]),
    ("announcing-a-resolution",
     "Sáng 1-7, Tỉnh ủy, HĐND, UBND tỉnh tổ chức hội nghị công bố nghị quyết của Ủy ban Thường vụ Quốc hội về "
     "sắp xếp đơn vị hành chính cấp xã. Đồng chí Phan Thanh Long, Bí thư Tỉnh ủy chủ trì hội nghị.",
     [("ceremony", "2024-07-01", "Quảng Nam", None, "Phan Thanh Long")]),
    ("delegation-goes-on-same-day",
     "Ngày 20/1, đồng chí Phan Thanh Long, Bí thư Tỉnh ủy dẫn đầu đoàn công tác của tỉnh đi thăm, tặng quà Tết "
     "tại huyện Nam Trà My.\n"
     "Cùng ngày, đoàn công tác đã kiểm tra công tác bảo đảm hàng hóa phục vụ Tết tại chợ trung tâm huyện.",
     [("gift", "2024-01-20", "Quảng Nam", None, "Phan Thanh Long"),
      ("inspection", "2024-01-20", "Quảng Nam", None, "Phan Thanh Long")]),
]


@pytest.mark.parametrize("case", FIFTH, ids=[c[0] for c in FIFTH])
def test_fifth_corpus_families(case):
    _, text, expected = case
    assert _events(text, "2024-07-02" if "1-7" in text else "2024-02-01") == expected


# -- a sixth corpus: an act on a later day of a visit is its own happening with the visit's sides; what was signed
# before, named as a thing, is no signing ----------------------------------------------------------------------

def test_a_signing_on_a_later_day_of_a_visit():
    text = ("Quảng Nam và Sê Kông ký kết thỏa thuận hợp tác\n"
            "Từ ngày 9 đến 11/5, Đoàn đại biểu tỉnh Sê Kông (Lào) do ông Leklay Sivilay, Tỉnh trưởng tỉnh Sê Kông "
            "làm trưởng đoàn đã sang thăm và làm việc tại tỉnh.\n"
            "Sáng 10/5, Chủ tịch UBND tỉnh Lê Văn Dũng và Tỉnh trưởng Leklay Sivilay đã ký kết thỏa thuận hợp tác "
            "giai đoạn 2024 - 2028.")
    assert _events(text, "2024-05-12") == [
        ("visit", "2024-05-09", "Quảng Nam", "Sê Kông", "Leklay Sivilay"),
        ("signing", "2024-05-10", "Quảng Nam", "Sê Kông", "Leklay Sivilay")]


def test_what_was_signed_before_is_no_signing():
    text = ("Chiều 9/5, Chủ tịch UBND tỉnh Lê Văn Dũng tiếp Đoàn đại biểu tỉnh Sê Kông (Lào) do ông Leklay "
            "Sivilay, Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn.\n"
            "Hai bên thống nhất tiếp tục triển khai các nội dung đã ký kết, tăng cường trao đổi đoàn các cấp.")
    assert [e[0] for e in _events(text, "2024-05-12")] == ["visit"]


# -- a seventh corpus: a ward bearing an old province's name; a mission's seat after its delegation; a school
# or hospital is a venue, not a host; the leader's office with "đoàn" is the same side; "thay mặt Đoàn Chủ tịch
# điều hành" chairs --------------------------------------------------------------------------------------------

def test_a_ward_bearing_an_old_provinces_name_is_no_host():
    text = ("Sáng 5/8, Đảng bộ phường Nam Định, tỉnh Ninh Bình long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm "
            "kỳ 2025 - 2030.")
    doc = extract(text, published="2025-08-06", publisher="Báo Ninh Bình")
    assert [(e.type, e.host) for e in doc.events] == [("conference", "Ninh Bình")]


def test_a_missions_seat_after_its_delegation():
    text = ("Chiều 8/10, Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã tiếp và làm việc với đoàn công tác Tổng Lãnh sự "
            "quán Hàn Quốc tại Thành phố Đà Nẵng do ông Kim Jae-won, Tổng Lãnh sự dẫn đầu.")
    assert _events(text, "2024-10-09") == [
        ("visit", "2024-10-08", "Quảng Nam", "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Đà Nẵng", "Kim Jae-won")]


def test_a_school_visited_is_a_venue_and_the_leaders_side_goes_on():
    text = ("Chiều 29/5, Đoàn công tác Bộ Y tế do ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế làm trưởng đoàn đã làm việc "
            "với UBND tỉnh về công tác y tế học đường.\n"
            "Trước đó, sáng cùng ngày, Thứ trưởng và đoàn công tác đã kiểm tra công tác y tế tại Trường THPT Lê Quý "
            "Đôn (thành phố Tam Kỳ).")
    assert _events(text, "2024-05-30") == [
        ("visit", "2024-05-29", "Quảng Nam", "Bộ Y tế", "Trần Văn Thuấn"),
        ("inspection", "2024-05-29", "Quảng Nam", "Bộ Y tế", "Trần Văn Thuấn")]


def test_running_a_session_on_behalf_of_the_presidium_leads_it():
    text = ("Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XXIII khai mạc. Dự và chỉ đạo Đại hội có đồng chí "
            "Trần Văn Hòa, Phó Thủ tướng. Đồng chí Phan Thanh Long, Bí thư Tỉnh ủy thay mặt Đoàn Chủ tịch điều "
            "hành phiên khai mạc.")
    assert _events(text, "2024-10-15") == [("conference", "2024-10-14", "Quảng Nam", None, "Phan Thanh Long")]


# -- eighth and ninth corpora -------------------------------------------------------------------------------------

def test_a_tribute_reported_with_da_is_a_ceremony():
    text = ("Chiều 23/6, Đoàn công tác Tỉnh ủy Lào Cai do đồng chí Vũ Xuân Cường, Bí thư Tỉnh ủy làm trưởng đoàn đã "
            "đến thăm và làm việc với Ban Thường vụ Tỉnh ủy.\n"
            "Trước đó, sáng cùng ngày, Đoàn công tác Tỉnh ủy Lào Cai do đồng chí Vũ Xuân Cường dẫn đầu đã dâng hương "
            "tưởng niệm các Anh hùng liệt sĩ tại Nghĩa trang liệt sĩ tỉnh.")
    assert [(e[0], e[1], e[3], e[4]) for e in _events(text, "2024-06-24")] == [
        ("visit", "2024-06-23", "Lào Cai", "Vũ Xuân Cường"), ("ceremony", "2024-06-23", "Lào Cai", "Vũ Xuân Cường")]


def test_seeing_off_a_delegation_dates_its_visits_first_day():
    text = ("Sáng 14/12, tại Cửa khẩu Quốc tế Nam Giang, Phó Chủ tịch UBND tỉnh Trần Anh Tuấn đã tiễn Đoàn đại biểu "
            "tỉnh Sê Kông (Lào) về nước, kết thúc tốt đẹp chuyến thăm và làm việc tại tỉnh từ ngày 11 đến 14/12. Đoàn "
            "do ông Leklay Sivilay, Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn.")
    assert _events(text, "2024-12-15") == [("visit", "2024-12-11", "Quảng Nam", "Sê Kông", "Leklay Sivilay")]


def test_a_report_whose_lead_tells_no_happening():
    text = ("Quý I/2024, tỉnh thu hút 22 dự án FDI mới với tổng vốn đăng ký 512 triệu USD.\n"
            "Các dự án chủ yếu thuộc lĩnh vực điện tử. Giá trị xuất khẩu ước đạt 7,1 tỷ USD.\n"
            "Chỉ số sản xuất công nghiệp quý I tăng 26,8%. Tỉnh tiếp tục cải thiện môi trường đầu tư.\n"
            "Nhiều doanh nghiệp mở rộng sản xuất. Lao động được tuyển dụng tăng mạnh.\n"
            "Trước đó, ngày 15/3, UBND tỉnh tổ chức Hội nghị gặp mặt các nhà đầu tư năm 2024. Đồng chí Lê Trí Thanh, "
            "Chủ tịch UBND tỉnh chủ trì hội nghị.")
    assert _events(text, "2024-03-18") == [("conference", "2024-03-15", "Quảng Nam", None, "Lê Trí Thanh")]


def test_a_delegation_going_abroad_with_new_year_greetings():
    text = ("Chiều 29/1, đoàn công tác tỉnh do đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh dẫn đầu đã sang thăm, chúc "
            "Tết lãnh đạo và nhân dân tỉnh Sê Kông (Champasak, Lào).")
    assert _events(text, "2024-01-30") == [("gift", "2024-01-29", "Sê Kông", "Quảng Nam", "Lê Trí Thanh")]


def test_the_same_afternoon_another_leader_goes_with_gifts():
    text = ("Chiều 4/2, đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh đã đến thăm, tặng quà các gia đình chính sách tại "
            "huyện Thăng Bình.\n"
            "Cùng chiều, đồng chí Nguyễn Đức Dũng, Phó Bí thư Tỉnh ủy dẫn đầu đoàn công tác đến thăm, tặng quà các gia "
            "đình chính sách tại huyện Quế Sơn.")
    assert [(e[0], e[1], e[4]) for e in _events(text, "2024-02-05")] == [
        ("gift", "2024-02-04", "Lê Trí Thanh"), ("gift", "2024-02-04", "Nguyễn Đức Dũng")]


# -- a tenth corpus: an act told as done the day before; a signing after "Kết thúc hội đàm, sáng 18/4"; a signing
# told on in the next statement is one happening -------------------------------------------------------------------

def test_an_act_done_the_day_before():
    text = ("Ngày 1-3-2024, Bí thư Tỉnh ủy Phan Thanh Long đã làm việc với Sở Nông nghiệp và Phát triển nông thôn.\n"
            "Trước đó, chiều 28-2, Bí thư Tỉnh ủy Phan Thanh Long cùng đoàn công tác đã kiểm tra tiến độ dự án cống "
            "ngăn mặn Cửa Đại.")
    assert [(e[0], e[1], e[4]) for e in _events(text, "2024-03-02")] == [
        ("working_session", "2024-03-01", "Phan Thanh Long"), ("inspection", "2024-02-28", "Phan Thanh Long")]


def test_a_signing_after_the_talks_end():
    text = ("Từ ngày 17 đến 19/4, Đoàn đại biểu tỉnh do đồng chí Phan Thanh Long, Bí thư Tỉnh ủy làm trưởng đoàn đã "
            "sang thăm và làm việc tại tỉnh Sê Kông (Lào).\n"
            "Kết thúc hội đàm, sáng 18/4, hai bên đã ký Biên bản hội đàm, dưới sự chứng kiến của trưởng đoàn hai bên.")
    found = _events(text, "2024-04-20")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [
        ("visit", "2024-04-17", "Sê Kông", "Quảng Nam"), ("signing", "2024-04-18", "Sê Kông", "Quảng Nam")]


def test_a_signing_told_on_in_the_next_statement_is_one():
    text = ("Ngày 16/6/2024, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư. Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì hội "
            "nghị.\n"
            "Chiều cùng ngày, UBND tỉnh tổ chức lễ ký kết thỏa thuận hợp tác với 3 tập đoàn. Phó Chủ tịch UBND tỉnh "
            "Trần Anh Tuấn chủ trì lễ ký kết.")
    assert _events(text, "2024-06-17") == [("conference", "2024-06-16", "Quảng Nam", None, "Lê Trí Thanh"),
                                           ("signing", "2024-06-16", "Quảng Nam", None, "Trần Anh Tuấn")]


def test_a_titles_happening_told_in_the_body_is_told_once():
    text = ("Tỉnh tiếp Đoàn doanh nghiệp Hàn Quốc và ký kết hợp tác\n"
            "Sáng 10/5, Chủ tịch UBND tỉnh Lê Trí Thanh tiếp Đoàn doanh nghiệp Hàn Quốc do ông Kim Min-su, Chủ tịch "
            "Hiệp hội Doanh nghiệp Hàn Quốc dẫn đầu.\n"
            "Chiều cùng ngày, tỉnh và Hiệp hội Doanh nghiệp Hàn Quốc tổ chức lễ ký kết biên bản ghi nhớ. Phó Chủ tịch "
            "UBND tỉnh Trần Anh Tuấn chủ trì lễ ký kết.")
    assert [(e[0], e[1], e[4]) for e in _events(text, "2024-05-11")] == [
        ("visit", "2024-05-10", "Kim Min-su"), ("signing", "2024-05-10", "Trần Anh Tuấn")]


# -- an eleventh corpus: a title's signing over a lead's visit is a second happening; abbreviations in a party's
# name; "Hội Nhà báo" is one name; "Dự và trao quyết định có đồng chí X" performs the act --------------------------

def test_a_titles_signing_over_a_visit_is_a_second_happening():
    text = ("Quảng Nam và Sê Kông ký kết biên bản ghi nhớ hợp tác\n"
            "Sáng 25-5, Ban Thường vụ Tỉnh ủy đã tiếp và làm việc với Đoàn công tác tỉnh Sê Kông (Lào) do ông Leklay "
            "Sivilay, Tỉnh trưởng tỉnh Sê Kông làm trưởng đoàn.")
    assert [(e[0], e[1], e[3]) for e in _events(text, "2024-05-26")] == [
        ("visit", "2024-05-25", "Sê Kông"), ("signing", "2024-05-25", "Sê Kông")]


def test_an_abbreviation_in_a_delegations_body_is_expanded():
    text = ("Ngày 14/9, Đoàn công tác của Ban Kinh tế T.Ư do đồng chí Lê Văn Thành, Phó Trưởng Ban Kinh tế T.Ư làm "
            "trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy.")
    assert _events(text, "2024-09-15")[0][3] == "Ban Kinh tế Trung ương"


def test_the_journalists_association_of_the_province_is_no_guest():
    text = ("Chiều 20/6, Ban Tuyên giáo Tỉnh ủy phối hợp với Hội Nhà báo tỉnh tổ chức Lễ trao Giải Báo chí tỉnh lần "
            "thứ VII. Đồng chí Trần Thị Thủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì buổi lễ.")
    assert _events(text, "2024-06-21") == [("ceremony", "2024-06-20", "Quảng Nam", None, "Trần Thị Thủy")]


def test_handing_over_a_decision_after_attending_performs_the_act():
    text = ("Sáng 5/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Dự và trao "
            "quyết định có đồng chí Lê Văn Hòa, Phó Trưởng Ban Tổ chức Trung ương.")
    assert _events(text, "2024-06-06") == [
        ("ceremony", "2024-06-05", "Quảng Nam", "Ban Tổ chức Trung ương", "Lê Văn Hòa")]
