"""Home province: from the outlet, else from the text (visiting delegations discounted)."""

from __future__ import annotations

from vnfacts import extract
from vnfacts.resolve.home import outlet


def home(text: str, **kw) -> tuple[str | None, str | None]:
    doc = extract(text, **kw)
    return doc.home_province, doc.home_source


def test_outlet_names_its_province():
    assert home("Hội nghị tổng kết.", publisher="Báo Quảng Ngãi") == ("Quảng Ngãi", "publisher")
    assert home("Hội nghị tổng kết.", url="https://baoquangngai.vn/x.html") == ("Quảng Ngãi", "url")


def test_author_notes_are_not_the_outlet():
    assert outlet("VOV (via baomoi.com; byline Lê Văn/VOV-TPHCM)") == "VOV (via baomoi.com; )"
    text = "Bình Thuận đẩy mạnh cải cách\nSáng 3/5, UBND tỉnh Bình Thuận họp về cải cách hành chính tỉnh Bình Thuận."
    assert home(text, publisher="VOV (via baomoi.com; byline Lê Văn/VOV-TPHCM)")[0] == "Bình Thuận"


def test_visiting_delegation_is_not_home():
    text = ("Đoàn công tác tỉnh Lai Châu thăm tỉnh ta\n"
            "Chiều 2/6, Đoàn công tác tỉnh Lai Châu thăm và làm việc tại tỉnh ta. Đoàn công tác tỉnh Lai Châu "
            "đánh giá cao kết quả của tỉnh. Lãnh đạo tỉnh Ninh Bình tặng quà lưu niệm.")
    assert home(text) == ("Ninh Bình", "text")


def test_national_outlet_falls_back_to_the_text():
    text = "Gia Lai có Chủ tịch UBND tỉnh mới\nHĐND tỉnh Gia Lai tổ chức kỳ họp bất thường."
    assert home(text, url="http://baochinhphu.vn/x.vgp") == ("Gia Lai", "text")


def test_byline_province_does_not_count():
    text = "Hội nghị sơ kết\nUBND tỉnh Bến Tre tổ chức hội nghị sơ kết.\nThanh Hà/TTXVN-TPHCM"
    assert home(text)[0] == "Bến Tre"


def test_a_text_about_the_whole_country_has_no_home():
    text = ("Giải ngân vốn đầu tư công 8 tháng\nCả nước giải ngân đạt 42% kế hoạch. Một số địa phương đạt cao như "
            "Hà Giang 61%, Bình Phước 58%, Cà Mau 55%, Hà Nội 50%.")
    assert home(text, url="https://baochinhphu.vn/x.htm") == (None, None)


def test_a_leading_province_must_be_well_ahead_or_named_first():
    text = "Hội nghị xúc tiến đầu tư\nUBND tỉnh Lào Cai tổ chức hội nghị; doanh nghiệp từ Hà Nội tham dự."
    assert home(text)[0] == "Lào Cai"
    text = "Xuất khẩu 10 tháng\nBình Phước và Hà Giang tăng mạnh; Bình Phước dẫn đầu, Hà Giang thứ hai, Bình Phước vượt."
    assert home(text)[0] == "Bình Phước"
    text = "Xuất khẩu 10 tháng\nHà Giang và Bình Phước tăng mạnh; Bình Phước dẫn đầu, Hà Giang thứ hai, Bình Phước vượt."
    assert home(text)[0] is None


def test_a_commune_bearing_a_provinces_name_is_no_home():
    text = "Mùa vàng trên đồng\nAnh Lê Văn Cường (thôn Phú Lợi, xã Hòa Bình) cho biết năm nay lúa được mùa."
    assert home(text) == (None, None)
    text = "Lúa được mùa\nTại xã Long An, huyện Cần Giuộc, UBND tỉnh Long An kiểm tra đồng ruộng tỉnh Long An."
    assert home(text)[0] == "Long An"


def test_with_no_province_named_the_districts_tell():
    text = ("Huyện Hải Hậu về đích nông thôn mới kiểu mẫu\n"
            "Sáng 12/3, Huyện ủy Hải Hậu tổ chức hội nghị. Đồng chí Chủ tịch UBND tỉnh dự và phát biểu.")
    assert home(text) == ("Nam Định", "text")


def test_districts_of_two_provinces_tell_nothing():
    text = "Sáng 12/3, lãnh đạo huyện Hải Hậu và huyện Tuy Phước trao đổi kinh nghiệm xây dựng nông thôn mới."
    assert home(text) == (None, None)
