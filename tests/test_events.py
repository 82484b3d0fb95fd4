"""Events stage on short articles written for these tests, in the genre's style (not dev texts)."""

from __future__ import annotations

import pytest

from vnfacts import extract

CASES = [
    # (id, published, text, expected events: type, date, host, guest, leader)
    ("visit-in", "2023-05",
     "Đoàn công tác tỉnh Hà Giang thăm và làm việc tại tỉnh ta\n"
     "Chiều 12-5, Đoàn công tác tỉnh Hà Giang do đồng chí Nguyễn Văn Thành, Bí thư Tỉnh ủy làm Trưởng đoàn "
     "thăm và làm việc tại tỉnh Thái Bình. Tiếp và làm việc với đoàn có đồng chí Trần Minh Đức, Bí thư Tỉnh ủy "
     "Thái Bình.\nQuang cảnh buổi làm việc.\nTại buổi làm việc, hai bên đã chia sẻ kinh nghiệm về thu hút đầu tư; "
     "xây dựng nông thôn mới; chuyển đổi số.",
     [("visit", "2023-05-12", "Thái Bình", "Hà Giang", "Nguyễn Văn Thành")]),
    ("ministry-visit", "2024-03-20",
     "Bộ Y tế kiểm tra công tác phòng, chống dịch tại tỉnh\n"
     "Ngày 18/3, đoàn công tác của Bộ Y tế do Thứ trưởng Lê Quang Hùng làm trưởng đoàn đã kiểm tra công tác "
     "phòng, chống dịch tại tỉnh Long An. Tiếp đoàn có bà Phạm Thị Lan, Phó Chủ tịch UBND tỉnh.",
     [("inspection", "2024-03-18", "Long An", "Bộ Y tế", "Lê Quang Hùng")]),
    ("receive-ambassador", "2024-06-15",
     "Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản\n"
     "Chiều 14/6, tại trụ sở UBND tỉnh Quảng Ngãi, ông Đặng Văn Minh, Chủ tịch UBND tỉnh đã tiếp Đại sứ Nhật Bản "
     "tại Việt Nam Yamada Takio.",
     [("visit", "2024-06-14", "Quảng Ngãi", "Đại sứ quán Nhật Bản", "Yamada Takio")]),
    ("ws-own", "2022-09-08",
     "Bí thư Tỉnh ủy làm việc với Sở Tài chính\n"
     "Sáng 7/9, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy Ninh Thuận chủ trì buổi làm việc với Sở Tài chính về tình "
     "hình thu, chi ngân sách 9 tháng đầu năm.",
     [("working_session", "2022-09-07", "Ninh Thuận", None, "Lê Văn Hải")]),
    ("central-leader-ws", "2023-08-10",
     "Thứ trưởng Bộ Công Thương làm việc với UBND tỉnh Hà Tĩnh\n"
     "Chiều 9/8, Thứ trưởng Bộ Công Thương Phan Thị Thắng có buổi làm việc với UBND tỉnh Hà Tĩnh về tình hình "
     "phát triển công nghiệp.",
     [("visit", "2023-08-09", "Hà Tĩnh", "Bộ Công Thương", "Phan Thị Thắng")]),
    ("conference-tochuc", "2024-01-20",
     "Hội nghị tổng kết công tác năm 2023\n"
     "Sáng 19/1, UBND tỉnh Phú Yên tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. "
     "Đồng chí Trần Hữu Thế, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
     [("conference", "2024-01-19", "Phú Yên", None, "Trần Hữu Thế")]),
    ("conference-central", "2023-11-05",
     "Hội nghị toàn quốc quán triệt Nghị quyết\n"
     "Sáng 4/11, tại Hà Nội, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết Hội nghị "
     "Trung ương 8. Tại điểm cầu tỉnh Sóc Trăng có đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy dự.",
     [("conference", "2023-11-04", "Bộ Chính trị, Ban Bí thư", None, None)]),
    ("co-organised", "2022-07-10",
     "Hội thảo về phát triển du lịch\n"
     "Ngày 8/7, Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND tỉnh Quảng Bình tổ chức Hội thảo phát triển du "
     "lịch bền vững.",
     [("conference", "2022-07-08", "Quảng Bình", "Bộ Văn hóa, Thể thao và Du lịch", None)]),
    ("ceremony-award", "2024-05-02",
     "Lễ kỷ niệm 50 năm Ngày giải phóng huyện\n"
     "Tối 30/4, Huyện ủy, HĐND, UBND huyện Tuy An long trọng tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện "
     "(1975 - 2025).\nĐồng chí Cao Thị Hòa An, Phó Bí thư Thường trực Tỉnh ủy, trao Huân chương Lao động hạng "
     "Nhất cho Đảng bộ và nhân dân huyện.",
     [("ceremony", "2024-04-30", "Phú Yên", None, None),
      ("ceremony", "2024-04-30", "Phú Yên", None, "Cao Thị Hòa An")]),
    ("groundbreaking", "2021-10",
     "Khởi công xây dựng cầu Tân An\n"
     "Sáng 15/10, UBND tỉnh Long An tổ chức lễ khởi công xây dựng cầu Tân An. Ông Nguyễn Văn Út, Chủ tịch UBND "
     "tỉnh dự và phát lệnh khởi công.",
     [("ceremony", "2021-10-15", "Long An", None, "Nguyễn Văn Út")]),
    ("signing", "2023-04-12",
     "Ký kết hợp tác giữa tỉnh và Tập đoàn Viettel\n"
     "Chiều 11/4, tại Hà Nội, UBND tỉnh Thanh Hóa và Tập đoàn Viettel tổ chức lễ ký kết thỏa thuận hợp tác về "
     "chuyển đổi số.",
     [("signing", "2023-04-11", "Thanh Hóa", "Tập đoàn Viettel", None)]),
    ("gift-tet", "2024-02-05",
     "Lãnh đạo tỉnh thăm, tặng quà Tết gia đình chính sách\n"
     "Ngày 4/2, đồng chí Nguyễn Thanh Hải, Chủ tịch UBND tỉnh Trà Vinh đến thăm, tặng quà các gia đình chính "
     "sách tại huyện Cầu Kè.",
     [("gift", "2024-02-04", "Trà Vinh", None, "Nguyễn Thanh Hải")]),
    ("planned-only", "2024-03-01",
     "Tỉnh sẽ tổ chức hội nghị xúc tiến đầu tư\n"
     "Theo kế hoạch, UBND tỉnh sẽ tổ chức Hội nghị xúc tiến đầu tư vào tháng 5 tới. Hội nghị dự kiến thu hút "
     "khoảng 500 đại biểu.",
     []),
    ("statistics", "2023-10",
     "Xuất khẩu 9 tháng tăng 12%\n"
     "Theo Sở Công Thương, kim ngạch xuất khẩu 9 tháng của tỉnh đạt 4,3 tỷ USD, tăng 12% so với cùng kỳ. "
     "Năm 2022, tỉnh đã tổ chức thành công Hội nghị xúc tiến thương mại.",
     []),
    ("recent-no-day", "2025-08",
     "UBND tỉnh sơ kết 6 tháng\n"
     "UBND tỉnh Bắc Ninh vừa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Vương Quốc Tuấn, Chủ "
     "tịch UBND tỉnh chủ trì.",
     [("conference", "2025-08", "Bắc Ninh", None, "Vương Quốc Tuấn")]),
    ("no-year", None,
     "Phiên họp UBND tỉnh\nSáng 12/1, UBND tỉnh Lạng Sơn họp phiên thường kỳ tháng 1.",
     [("conference", None, "Lạng Sơn", None, None)]),
    ("foreign-host", "2024-03-27",
     "Đoàn công tác tỉnh thăm tỉnh Xiêng Khoảng\n"
     "Sáng 26/3, Đoàn đại biểu tỉnh Nghệ An do đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy làm trưởng đoàn đã thăm và "
     "làm việc với tỉnh Xiêng Khoảng (Lào).",
     [("visit", "2024-03-26", "Xiêng Khoảng", "Nghệ An", "Thái Thanh Quý")]),
    ("range", "2023-12-20",
     "Đại hội Hội Nông dân tỉnh\n"
     "Trong 2 ngày (14 - 15/12), Hội Nông dân tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ "
     "2023 - 2028.",
     [("conference", "2023-12-14", "Tây Ninh", None, None)]),
]


def _tuple(e: dict) -> tuple:
    return (e["type"], e["date"], e["host"], e["guest"], e["leader"])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_event_case(case):
    _, published, text, expected = case
    doc = extract(text, published=published)
    assert [_tuple(e.contract()) for e in doc.events] == expected


def test_event_spans_and_extras():
    doc = extract(CASES[0][2], published=CASES[0][1])
    [event] = doc.events
    assert doc.article.text[event.start:event.end] == event.trigger
    assert event.date_text == "Chiều 12-5"
    assert event.cameo == "043"  # reported by the host: "Host a visit"
    assert "xây dựng nông thôn mới" in event.topics
    sides = {p.name: p.side for p in event.participants}
    assert sides.get("Nguyễn Văn Thành") == "guest" and sides.get("Trần Minh Đức") == "host"


LONGER = [
    ("inspection-and-gift", "2024-03-15",
     "Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường ven biển\n"
     "Sáng 14/3, đồng chí Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Quảng Nam đã đi kiểm tra tiến độ thi công dự án "
     "đường ven biển đoạn qua huyện Thăng Bình.\n"
     "Năm 2023, tỉnh đã tổ chức nhiều hội nghị để tháo gỡ vướng mắc về giải phóng mặt bằng.\n"
     "Chủ tịch UBND tỉnh đề nghị huyện đẩy nhanh công tác kiểm tra, giám sát chất lượng công trình.\n"
     "Dịp này, đồng chí Nguyễn Văn Hùng đã thăm, tặng quà công nhân đang thi công trên công trường.",
     [("inspection", "2024-03-14", "Quảng Nam", None, "Nguyễn Văn Hùng"),
      ("gift", "2024-03-14", "Quảng Nam", None, "Nguyễn Văn Hùng")]),
    ("session-and-background", "2023-12-08",
     "Khai mạc Kỳ họp thứ 15, HĐND tỉnh khóa X\n"
     "Sáng 7/12, HĐND tỉnh Hà Tĩnh khóa X khai mạc Kỳ họp thứ 15. Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy, "
     "Chủ tịch HĐND tỉnh chủ trì kỳ họp.\n"
     "Kỳ họp sẽ diễn ra trong 3 ngày. Trước đó, ngày 5/12, Thường trực HĐND tỉnh đã họp để thống nhất chương "
     "trình kỳ họp.",
     [("conference", "2023-12-07", "Hà Tĩnh", None, "Hoàng Trung Dũng")]),
    ("visit-with-signing", "2024-04-20",
     "Tăng cường hợp tác giữa Bến Tre và tỉnh Champasak (Lào)\n"
     "Chiều 19/4, đồng chí Lê Đức Thọ, Bí thư Tỉnh ủy Bến Tre tiếp và làm việc với Đoàn đại biểu tỉnh Champasak "
     "(Lào) do đồng chí Viliam Phommachanh, Bí thư Tỉnh ủy tỉnh Champasak làm trưởng đoàn.\n"
     "Đồng chí Lê Đức Thọ tặng quà lưu niệm cho Trưởng đoàn.\n"
     "Dịp này, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.",
     [("visit", "2024-04-19", "Bến Tre", "Champasak", "Viliam Phommachanh"),
      ("signing", "2024-04-19", "Bến Tre", "Champasak", "Lê Đức Thọ")]),
    ("second-story", "2017-02-07",
     "Đảm bảo tiến độ các công trình phục vụ hội nghị\n"
     "Chiều 7-2, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Văn Minh chủ trì cuộc họp với các Sở, ngành về tiến độ "
     "các công trình. * Chiều 7-2, ông Lê Văn Hòa, Chủ tịch UBND tỉnh Khánh Hòa chủ trì cuộc họp để nghe báo cáo "
     "công tác chuẩn bị hội nghị tại TP Nha Trang.",
     [("working_session", "2017-02-07", "Đà Nẵng", None, "Trần Văn Minh"),
      ("working_session", "2017-02-07", "Khánh Hòa", None, "Lê Văn Hòa")]),
    ("quote-is-no-event", "2017-05-26",
     "Đoàn công tác của Ban Bí thư kiểm tra tại tỉnh\n"
     "Ông Trần Văn Bảy nêu rõ, đây là cuộc kiểm tra định kỳ theo chuyên đề.\n"
     "Ngày 26/5, ông Trần Văn Bảy, Ủy viên Trung ương Đảng dẫn đầu đoàn công tác của Ban Bí thư đã đến làm việc "
     "với Ban Thường vụ Tỉnh ủy Bình Thuận về công tác cán bộ.",
     [("inspection", "2017-05-26", "Bình Thuận", "Ban Bí thư", "Trần Văn Bảy")]),
]


@pytest.mark.parametrize("case", LONGER, ids=[c[0] for c in LONGER])
def test_longer_articles(case):
    _, published, text, expected = case
    doc = extract(text, published=published)
    assert [_tuple(e.contract()) for e in doc.events] == expected


FOREIGN_LOCALITIES = [
    # a delegation of a foreign locality: the locality is the party, not its country
    ("locality-in-brackets", "2024-03-10",
     "Lãnh đạo tỉnh tiếp đoàn châu Hồng Hà\n"
     "Chiều 8/3, đồng chí Hoàng Văn Lâm, Bí thư Tỉnh ủy Lai Châu tiếp Đoàn đại biểu châu Hồng Hà (tỉnh Vân Nam, "
     "Trung Quốc) do ông Lý Văn Hùng, Bí thư Châu ủy Hồng Hà làm trưởng đoàn.",
     [("visit", "2024-03-08", "Lai Châu", "Hồng Hà", "Lý Văn Hùng")]),
    ("locality-with-region", "2024-02-06",
     "Đoàn đại biểu thành phố Bằng Tường (Trung Quốc) chúc Tết tỉnh\n"
     "Chiều 5/2, đồng chí Hà Thị Thu, Chủ tịch HĐND tỉnh Lạng Sơn tiếp Đoàn đại biểu thành phố Bằng Tường, "
     "Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Trương Minh làm trưởng đoàn sang thăm, chúc Tết.\n"
     "Đồng chí Hà Thị Thu cảm ơn đoàn đã sang thăm, chúc Tết và chúc Tết nhân dân thành phố Bằng Tường.",
     [("gift", "2024-02-05", "Lạng Sơn", "Bằng Tường", "Trương Minh")]),
    ("locality-comma-country", "2023-05-12",
     "Tăng cường hợp tác với tỉnh Hủa Phăn\n"
     "Sáng 11/5, đồng chí Đỗ Văn Hưng, Bí thư Tỉnh ủy Thanh Hóa tiếp và hội đàm với Đoàn đại biểu tỉnh Hủa Phăn, "
     "nước CHDCND Lào do đồng chí Khăm Phăn, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy "
     "làm trưởng đoàn, nhân chuyến thăm và làm việc tại tỉnh Thanh Hóa.",
     [("visit", "2023-05-11", "Thanh Hóa", "Hủa Phăn", "Khăm Phăn")]),
    ("national-body-is-country", "2024-03-10",
     "Tiếp đoàn Bộ Công an Lào\n"
     "Sáng 8/3, Đoàn đại biểu Bộ Công an Lào thăm và làm việc tại tỉnh Nghệ An.",
     [("visit", "2024-03-08", "Nghệ An", "Lào", None)]),
]

CENTRAL_OFFICIALS = [
    # a central official working with a province visits it for the body of their office
    ("deputy-pm-works-with-province", "2024-07-16",
     "Phó Thủ tướng làm việc với tỉnh Quảng Bình\n"
     "Chiều 15/7, Phó Thủ tướng Chính phủ Trần Hồng Hà đã có buổi làm việc với lãnh đạo tỉnh Quảng Bình về các "
     "dự án giao thông trọng điểm.",
     [("visit", "2024-07-15", "Quảng Bình", "Chính phủ", "Trần Hồng Hà")]),
    ("membership-is-skipped", "2024-07-16",
     "Trưởng Ban Tuyên giáo Trung ương làm việc tại Tiền Giang\n"
     "Sáng 15/7, đồng chí Nguyễn Trọng Nghĩa, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương làm việc "
     "với Ban Thường vụ Tỉnh ủy Tiền Giang.",
     [("visit", "2024-07-15", "Tiền Giang", "Ban Tuyên giáo Trung ương", "Nguyễn Trọng Nghĩa")]),
]

RECEPTIONS = [
    ("receive-envoy-by-name", "2024-09-20",
     "Tiếp Đại sứ Hàn Quốc\n"
     "Chiều 19/9, đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy Đà Nẵng tiếp ông Choi Young-sam, Đại sứ đặc mệnh "
     "toàn quyền Hàn Quốc tại Việt Nam.",
     [("visit", "2024-09-19", "Đà Nẵng", "Đại sứ quán Hàn Quốc", "Choi Young-sam")]),
    ("title-reads-longer", "2024-12-12",
     "Ủy ban Kinh tế của Quốc hội khảo sát tại tỉnh\n"
     "Ngày 11/12, Đoàn khảo sát của Ủy ban Kinh tế của Quốc hội do ông Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế "
     "làm trưởng đoàn đã khảo sát thực tế tại tỉnh Bình Dương.",
     [("inspection", "2024-12-11", "Bình Dương", "Ủy ban Kinh tế của Quốc hội", "Vũ Hồng Thanh")]),
]

ONE_HAPPENING = [
    # a caption shows a happening already reported; it opens no second one of its type
    ("caption-merges", "2024-03-10",
     "Ký kết hợp tác với Tập đoàn Becamex\n"
     "Chiều 8/3, UBND tỉnh Bình Phước và Tập đoàn Becamex tổ chức lễ ký kết thỏa thuận hợp tác. Đồng chí Trần "
     "Tuệ Hiền, Chủ tịch UBND tỉnh chủ trì buổi lễ. Dự lễ có đồng chí Nguyễn Mạnh Cường, Bí thư Tỉnh ủy.\n"
     "Quang cảnh lễ ký kết.\n"
     "Các đại biểu chứng kiến lễ ký kết.",
     [("signing", "2024-03-08", "Bình Phước", "Tập đoàn Becamex", "Trần Tuệ Hiền")]),
    ("same-trip-gifts", "2024-02-03",
     "Bí thư Tỉnh ủy thăm, chúc Tết huyện biên giới\n"
     "Ngày 2/2, Đoàn công tác của tỉnh do đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy Gia Lai làm trưởng đoàn đã đến "
     "thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Ia Mơ.\n"
     "Tại xã Ia Mơ, đồng chí Rơ Mah Tuân, Phó Bí thư Tỉnh ủy đã đến thăm, tặng quà gia đình ông Rơ Châm Hyin.",
     [("gift", "2024-02-02", "Gia Lai", None, "Lê Văn Tâm")]),
]

LEADERS = [
    # no one chairs: the organising side's official who reads the speech or opens the meeting leads
    ("district-ceremony-speech", "2024-03-10",
     "Yên Thế kỷ niệm 50 năm thành lập huyện\n"
     "Tối 8/3, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Yên Thế tổ chức Lễ kỷ niệm 50 năm thành lập "
     "huyện (1974 - 2024). Dự lễ có đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy Bắc Giang.\n"
     "Đọc diễn văn kỷ niệm, đồng chí Trần Văn Bình, Bí thư Huyện ủy Yên Thế ôn lại truyền thống của huyện.",
     [("ceremony", "2024-03-08", "Bắc Giang", None, "Trần Văn Bình")]),
    ("conference-opening", "2024-03-10",
     "Hội thảo khoa học về phát triển du lịch\n"
     "Sáng 8/3, tại tỉnh Ninh Bình diễn ra Hội thảo khoa học về phát triển du lịch di sản. Đồng chí Phạm Văn "
     "Hà, Phó Chủ tịch UBND tỉnh Ninh Bình phát biểu khai mạc hội thảo.",
     [("conference", "2024-03-08", "Ninh Bình", None, "Phạm Văn Hà")]),
    ("transferred-is-no-chair", "2015-02-10",
     "Công bố quyết định về công tác cán bộ\n"
     "Ban Thường vụ Thành ủy Cần Thơ vừa họp công bố quyết định của Bộ Chính trị điều động đồng chí Lê Văn "
     "Tâm, Bí thư Thành ủy Cần Thơ nhận nhiệm vụ mới.",
     [("conference", "2015-02", "Cần Thơ", None, None)]),
    ("festival-body-is-guest", "2025-03-20",
     "Khai mạc Liên hoan Phát thanh toàn quốc\n"
     "Tối 19/3, tại thành phố Huế đã diễn ra Lễ khai mạc Liên hoan Phát thanh toàn quốc lần thứ 16. Dự lễ có "
     "đồng chí Đỗ Tiến Sỹ, Tổng Giám đốc Đài Tiếng nói Việt Nam, Chủ tịch Liên hoan Phát thanh toàn quốc lần "
     "thứ 16.",
     [("ceremony", "2025-03-19", "Thừa Thiên Huế", "Đài Tiếng nói Việt Nam", "Đỗ Tiến Sỹ")]),
]

DATES = [
    ("late-december", "2025-01-03",
     "Hội nghị tổng kết năm 2024\nNgày 28/12, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2024.",
     [("conference", "2024-12-28", "Sóc Trăng", None, None)]),
    ("late-december-weekday", "2025-01-03",
     "Tổng kết công tác năm\nThứ Bảy, 28.12, Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết năm 2024.",
     [("conference", "2024-12-28", "Sóc Trăng", None, None)]),
    ("document-date-then-day", "2024-08-05",
     "Tọa đàm về chuyển đổi số\n"
     "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/5/2024, ngày 3/8, Sở Thông tin và Truyền thông tỉnh Hà Nam tổ chức "
     "tọa đàm về chuyển đổi số.",
     [("conference", "2024-08-03", "Hà Nam", None, None)]),
    ("no-published-full-lead", None,
     "Phó Chủ tịch UBND tỉnh kiểm tra dự án\n"
     "Sáng 11/12/2023, đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh Yên Bái kiểm tra dự án đường kết nối. "
     "Chiều 10/12, đoàn đã kiểm tra cầu Tuần Quán.",
     [("inspection", "2023-12-11", "Yên Bái", None, "Lê Văn Hải")]),
]


# Families of phrasing seen on a second invented corpus, each with variants written for these tests.
FAMILIES = [
    # a function or duty named by a trigger word, and an ask in a speech, are no happenings
    ("duties-and-asks", "2023-03-10",
     "Hội nghị triển khai nhiệm vụ năm 2023\n"
     "Sáng 9/3, Ủy ban MTTQ Việt Nam tỉnh Bình Phước tổ chức hội nghị triển khai nhiệm vụ năm 2023. Bà Lê Thị "
     "Xuân Trang, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.\n"
     "Phát biểu chỉ đạo, ông Tôn Ngọc Hạnh, Phó Bí thư Thường trực Tỉnh ủy đề nghị Mặt trận các cấp nâng cao "
     "chất lượng công tác giám sát, phản biện xã hội; yêu cầu các sở, ngành kiểm tra việc thực hiện chính sách.\n"
     "Ông Tôn Ngọc Hạnh cũng lưu ý Mặt trận cần thực hiện tốt chức năng giám sát và nhiệm vụ kiểm tra.",
     [("conference", "2023-03-09", "Bình Phước", None, "Lê Thị Xuân Trang")]),
    ("task-handed-over", "2024-05-10",
     "Hội nghị giao ban tháng 5\n"
     "Sáng 9/5, UBND tỉnh Quảng Trị tổ chức hội nghị giao ban tháng 5. Ông Võ Văn Hưng, Chủ tịch UBND tỉnh chủ "
     "trì. Kết luận hội nghị, ông Võ Văn Hưng giao Sở Xây dựng kiểm tra, xử lý các công trình chậm tiến độ.",
     [("conference", "2024-05-09", "Quảng Trị", None, "Võ Văn Hưng")]),
    ("act-after-a-meeting-word", "2024-05-10",
     "Hội nghị giao ban tháng 5\n"
     "Sáng 9/5, UBND tỉnh Quảng Trị tổ chức hội nghị giao ban tháng 5. Ông Võ Văn Hưng, Chủ tịch UBND tỉnh chủ "
     "trì.\nSau hội nghị giao ban, ông Võ Văn Hưng đã kiểm tra công trình cầu Cửa Việt.",
     [("conference", "2024-05-09", "Quảng Trị", None, "Võ Văn Hưng"),
      ("inspection", "2024-05-09", "Quảng Trị", None, "Võ Văn Hưng")]),
    # the one performing a ceremony's act leads; those who only attend ("Cùng dự có") do not
    ("attends-and-hands-over", "2024-02-03",
     "Trao Huy hiệu Đảng cho đảng viên\n"
     "Sáng 3/2, Huyện ủy Mường Ảng tổ chức lễ trao Huy hiệu Đảng cho các đảng viên. Đồng chí Nguyễn Văn An, Ủy "
     "viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Điện Biên dự và trao Huy hiệu Đảng. Cùng dự có các "
     "đồng chí: Lê Văn Bình, Phó Bí thư Tỉnh ủy; Trần Văn Cường, Bí thư Huyện ủy Mường Ảng.",
     [("ceremony", "2024-02-03", "Điện Biên", None, "Nguyễn Văn An")]),
    ("attends-comma-hands-over", "2023-09-02",
     "Lễ trao Huy hiệu 55 năm tuổi Đảng\n"
     "Chiều 1/9, Đảng ủy phường Tân Phong tổ chức lễ trao Huy hiệu Đảng. Đồng chí Phạm Thị Hoa, Phó Bí thư Thành "
     "ủy Lai Châu dự, trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Lò Văn Sinh. Cùng dự có đồng chí Hoàng Văn Tú, "
     "Bí thư Đảng ủy phường Tân Phong.",
     [("ceremony", "2023-09-01", "Lai Châu", None, "Phạm Thị Hoa")]),
    ("organiser-head-only-attends", "2024-06-06",
     "Khánh thành cầu Nậm Mức\n"
     "Sáng 5/6, UBND huyện Tủa Chùa tổ chức lễ khánh thành cầu Nậm Mức. Đồng chí Lê Văn Dũng, Phó Chủ tịch UBND "
     "tỉnh Điện Biên dự. Cùng dự có đồng chí Vàng A Dê, Chủ tịch UBND huyện Tủa Chùa.",
     [("ceremony", "2024-06-05", "Điện Biên", None, None)]),
    ("district-body-head", "2024-06-06",
     "Khánh thành cầu Nậm Mức\n"
     "Sáng 5/6, UBND huyện Tủa Chùa tổ chức lễ khánh thành cầu Nậm Mức. Đồng chí Vàng A Dê, Chủ tịch UBND huyện "
     "Tủa Chùa phát biểu tại buổi lễ.",
     [("ceremony", "2024-06-05", "Điện Biên", None, "Vàng A Dê")]),
    # a foreign locality's delegation is the locality, not a national body
    ("chinese-region", "2019-03-21",
     "Tỉnh tiếp đoàn đại biểu Quảng Tây\n"
     "Chiều 20/3, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Cao Bằng tiếp đoàn đại biểu Chính phủ nhân dân Khu tự "
     "trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Hoàng Vĩnh Minh, Phó Chủ tịch làm trưởng đoàn.",
     [("visit", "2019-03-20", "Cao Bằng", "Quảng Tây", "Hoàng Vĩnh Minh")]),
    ("chinese-province-government", "2019-03-21",
     "Tỉnh tiếp đoàn đại biểu Vân Nam\n"
     "Chiều 20/3, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang tiếp đoàn đại biểu Chính phủ nhân dân tỉnh Vân "
     "Nam (Trung Quốc) do ông Lý Văn Minh, Phó Tỉnh trưởng làm trưởng đoàn.",
     [("visit", "2019-03-20", "Hà Giang", "Vân Nam", "Lý Văn Minh")]),
    ("chinese-prefecture", "2024-03-02",
     "Lào Cai tiếp đoàn Hồng Hà\n"
     "Chiều 1/3, đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh Lào Cai tiếp đoàn đại biểu Châu tự trị dân tộc "
     "Cáp Nê, Di Hồng Hà (Trung Quốc) do ông Lý Hồng, Phó Châu trưởng làm trưởng đoàn.",
     [("visit", "2024-03-01", "Lào Cai", "Hồng Hà", "Lý Hồng")]),
    ("chinese-prefecture-in-province", "2024-03-02",
     "Hà Giang tiếp đoàn Văn Sơn\n"
     "Chiều 1/3, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn tiếp đoàn đại biểu Châu tự trị dân tộc Choang, Miêu "
     "Văn Sơn, tỉnh Vân Nam (Trung Quốc) do ông Trương Lâm làm trưởng đoàn.",
     [("visit", "2024-03-01", "Hà Giang", "Văn Sơn", "Trương Lâm")]),
    # the visiting side's act during its visit keeps the visitor as guest
    ("delegation-inspects-same-day", "2022-04-15",
     "Đoàn công tác Bộ Tài chính làm việc tại tỉnh\n"
     "Sáng 14/4, đoàn công tác Bộ Tài chính do Thứ trưởng Võ Thành Hưng làm trưởng đoàn làm việc với UBND tỉnh "
     "Gia Lai.\nChiều cùng ngày, đoàn đã đến kiểm tra tình hình giải ngân vốn đầu tư công tại huyện Chư Sê.",
     [("visit", "2022-04-14", "Gia Lai", "Bộ Tài chính", "Võ Thành Hưng"),
      ("inspection", "2022-04-14", "Gia Lai", "Bộ Tài chính", "Võ Thành Hưng")]),
    ("minister-inspects-during-visit", "2024-05-10",
     "Bộ trưởng Bộ Y tế làm việc tại tỉnh\n"
     "Chiều 9/5, Bộ trưởng Bộ Y tế Đào Hồng Lan dẫn đầu đoàn công tác của Bộ làm việc với UBND tỉnh Thanh Hóa về "
     "công tác y tế. Tiếp và làm việc với đoàn có ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.\n"
     "Bộ trưởng Đào Hồng Lan kiểm tra công tác khám, chữa bệnh tại Bệnh viện Đa khoa tỉnh.",
     [("visit", "2024-05-09", "Thanh Hóa", "Bộ Y tế", "Đào Hồng Lan"),
      ("inspection", "2024-05-09", "Thanh Hóa", "Bộ Y tế", "Đào Hồng Lan")]),
    # an organisation's long name is read whole
    ("long-company-name", "2023-11-15",
     "UBND tỉnh ký kết hợp tác với Tập đoàn\n"
     "Sáng 14/11, UBND tỉnh Bắc Giang và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) tổ chức lễ ký kết thỏa "
     "thuận hợp tác về chuyển đổi số giai đoạn 2023 - 2025. Ông Lê Ánh Dương, Chủ tịch UBND tỉnh chủ trì buổi lễ.",
     [("signing", "2023-11-14", "Bắc Giang", "Tập đoàn Bưu chính Viễn thông Việt Nam", "Lê Ánh Dương")]),
    ("bank-then-province", "2023-06-10",
     "Ký kết thỏa thuận hợp tác toàn diện\n"
     "Sáng 9/6, tại Hà Nội, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) và UBND tỉnh Nam Định đã ký kết "
     "thỏa thuận hợp tác toàn diện giai đoạn 2023 - 2028.",
     [("signing", "2023-06-09", "Nam Định", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", None)]),
    ("consulate-seat", "2022-10-12",
     "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc\n"
     "Chiều 11/10, ông Trần Văn Lâu, Chủ tịch UBND tỉnh Sóc Trăng tiếp xã giao ông Park Ji Hoon, Tổng Lãnh sự "
     "Hàn Quốc tại Thành phố Hồ Chí Minh.",
     [("visit", "2022-10-11", "Sóc Trăng", "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh", "Park Ji Hoon")]),
    # another gathering the same day ("Tối cùng ngày"), chaired by another leader, is a second happening
    ("same-day-gathering", "2024-04-02",
     "Lễ kỷ niệm 50 năm giải phóng huyện\n"
     "Sáng 1/4, Huyện ủy, HĐND, UBND huyện Đăk Glei tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện. Đồng chí "
     "Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy Kon Tum đọc diễn văn kỷ niệm.\n"
     "Tối cùng ngày, đồng chí Trần Thị Nga, Bí thư Huyện ủy Đăk Glei chủ trì buổi gặp mặt các cựu chiến binh "
     "tiêu biểu.",
     [("ceremony", "2024-04-01", "Kon Tum", None, "Nguyễn Văn Hòa"),
      ("other", "2024-04-01", "Kon Tum", None, "Trần Thị Nga")]),
    ("same-day-visit-stop", "2023-07-06",
     "Đoàn công tác tỉnh Lào Cai thăm tỉnh Yên Bái\n"
     "Sáng 5/7, Đoàn công tác tỉnh Lào Cai do đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy làm trưởng đoàn đã thăm "
     "và làm việc tại tỉnh Yên Bái.\nChiều cùng ngày, đoàn đã đến thăm và làm việc tại Khu công nghiệp phía Nam.",
     [("visit", "2023-07-05", "Yên Bái", "Lào Cai", "Đặng Xuân Phong")]),
]


GENERAL = FOREIGN_LOCALITIES + CENTRAL_OFFICIALS + RECEPTIONS + ONE_HAPPENING + LEADERS + DATES + FAMILIES


@pytest.mark.parametrize("case", GENERAL, ids=[c[0] for c in GENERAL])
def test_general_causes(case):
    _, published, text, expected = case
    doc = extract(text, published=published)
    assert [_tuple(e.contract()) for e in doc.events] == expected


@pytest.mark.parametrize("pattern", [
    r"\b(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)\b",
    r"(?<!\w)(?:tại|ở)\s+",
    r"^\W*(?:tiếp\s+tục|trong\s+khuôn\s+khổ|nhân\s+dịp)\b",
    r"\b(?:Tỉnh\s+ủy|UBND|Sở\s+[\wÀ-ỹĐđ&,\s-]{2,40}?)\s+tỉnh(?![\wÀ-ỹ])",
])
def test_folded_patterns_find_what_case_insensitive_ones_find(pattern):
    import re

    from vnfacts.lexicon import folded

    text = ("Tiếp tục chuyến công tác, Đoàn do Bộ trưởng DẪN ĐẦU đến làm việc TẠI Sở Nội vụ tỉnh; ông A "
            "Làm Trưởng Đoàn. Nhân dịp này, UBND tỉnh tặng quà ở Tỉnh ủy tỉnh bạn.")
    plain, fast = re.compile(pattern, re.IGNORECASE), re.compile(folded(pattern))
    fold = text.casefold()
    assert len(fold) == len(text)
    for pos in range(len(text)):
        a, b = plain.search(text, pos), fast.search(fold, pos)
        assert (a and a.span()) == (b and b.span())


def test_inline_flags_are_not_folded():
    from vnfacts.lexicon import folded

    assert folded(r"\b(?-i:cần)\b") is None and folded(r"(?P<d>\d+)") is None


def test_lazily_judged_triggers_are_the_eagerly_judged_ones():
    from vnfacts.extract import events

    doc = events._doc_for(LONGER[0][2], LONGER[0][1])
    stmts = events.statements(doc)
    index = events.Triggers(doc, stmts, events.Days(doc))
    lazy = [index.judge(h) for k in sorted(index.hits, reverse=True) for h in reversed(index.hits[k])]
    eager = events.find_triggers(doc, stmts)
    assert sorted(lazy, key=lambda t: t.start) == eager
    assert any(t.status == "background" for t in eager)  # "Năm 2023, tỉnh đã tổ chức nhiều hội nghị"


def test_cue_words_belong_to_the_patterns_they_guard():
    import re

    from vnfacts.lexicon import load

    data = load("event_roles")
    patterns = " ".join(re.sub(r"\\s[+*]", " ", v) for v in data.values() if isinstance(v, str)).casefold()
    for group, lists in data["cue_words"].items():
        for words in lists:
            assert any(w.strip() in patterns for w in words), (group, words)


@pytest.mark.parametrize("form, starts", [
    ("thăm(?:,| và) làm việc", {"thăm, làm việc", "thăm và làm việc"}),
    ("(?:tiếp|đón) (?:đoàn|ông)", {"tiếp đoàn", "tiếp ông", "đón đoàn", "đón ông"}),
    ("công bố (?:các )?quyết định", {"công bố"}),
    ("kết thúc (?:tốt đẹp )?chuyến thăm", {"kết thúc"}),
    ("lễ ký(?: kết)?", {"lễ ký"}),
])
def test_trigger_beginnings_are_spelled_out(form, starts):
    from vnfacts.extract.events import _literal_starts

    assert _literal_starts(form) == starts


def test_a_false_start_hides_no_trigger():
    from vnfacts.extract import events

    doc = events._doc_for("Chiều 3/4, Đoàn công tác tỉnh Sơn La đã đến thăm và làm việc tại tỉnh Lai Châu. "
                          "Hai bên tiếp tục trao đổi về hợp tác.")
    hits = [doc.fold[t.start:t.end] for t in events.find_triggers(doc, events.statements(doc))]
    assert hits == ["thăm và làm việc"]
