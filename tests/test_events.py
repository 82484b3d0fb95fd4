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
