"""What a listener hears for real notices: numbers, dates, codes and abbreviations read aloud.

Each case is a sentence in the style of a People's Committee notice, a weather or
disaster bulletin or a health campaign, with the exact words the speech engine gets.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.tts.normalize import normalize

NOTICES = [
    (
        "Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND tỉnh",
        (
            "Theo Quyết định số một nghìn hai trăm ba mươi tư quyết định Ủy ban nhân dân ngày "
            "mười lăm tháng ba năm hai nghìn không trăm hai mươi tư của Ủy ban nhân dân tỉnh"
        ),
    ),
    (
        "Lượng mưa phổ biến 100-150 mm, có nơi trên 200 mm",
        (
            "Lượng mưa phổ biến một trăm đến một trăm năm mươi mi li mét, có nơi trên hai trăm "
            "mi li mét"
        ),
    ),
    (
        "Từ 17h30 ngày 20/10, bão số 6 cách đảo Lý Sơn khoảng 120 km",
        (
            "Từ mười bảy giờ ba mươi phút ngày hai mươi tháng mười, bão số sáu cách đảo Lý Sơn "
            "khoảng một trăm hai mươi ki lô mét"
        ),
    ),
    (
        "Hỗ trợ 50.000 đồng/người/tháng cho 1.416 hộ",
        "Hỗ trợ năm mươi nghìn đồng mỗi người mỗi tháng cho một nghìn bốn trăm mười sáu hộ",
    ),
    ("Đường dây nóng: 0912 345 678", "Đường dây nóng: không chín một hai, ba bốn năm, sáu bảy tám"),
    (
        "Căn cứ Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ",
        (
            "Căn cứ Nghị định số một trăm, năm hai nghìn không trăm mười chín nghị định Chính "
            "phủ ngày ba mươi tháng mười hai năm hai nghìn không trăm mười chín của Chính phủ"
        ),
    ),
    (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND huyện",
        (
            "Thực hiện Kế hoạch số bốn mươi lăm kế hoạch Ủy ban nhân dân ngày mồng hai tháng ba"
            " năm hai nghìn không trăm hai mươi tư của Ủy ban nhân dân huyện"
        ),
    ),
    (
        "Căn cứ Thông tư số 05/2024/TT-BTTTT của Bộ TT&TT",
        (
            "Căn cứ Thông tư số năm, năm hai nghìn không trăm hai mươi tư thông tư Bộ Thông tin"
            " và Truyền thông của Bộ Thông tin và Truyền thông"
        ),
    ),
    (
        "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ",
        "Thực hiện Chỉ thị số mười lăm chỉ thị Thủ tướng Chính phủ của Thủ tướng Chính phủ",
    ),
    (
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
        (
            "Thực hiện Nghị quyết số năm mươi bảy nghị quyết Trung ương ngày hai mươi hai tháng"
            " mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị"
        ),
    ),
    ("Số: 123/QĐ-UBND", "Số: một trăm hai mươi ba quyết định Ủy ban nhân dân"),
    (
        "V/v tăng cường công tác PCTT&TKCN năm 2025",
        (
            "về việc tăng cường công tác phòng chống thiên tai và tìm kiếm cứu nạn năm hai "
            "nghìn không trăm hai mươi lăm"
        ),
    ),
    (
        "Hồi 16 giờ ngày 25/9, vị trí tâm bão ở vào khoảng 17,2 độ Vĩ Bắc; 110,5 độ Kinh Đông",
        (
            "Hồi mười sáu giờ ngày hai mươi lăm tháng chín, vị trí tâm bão ở vào khoảng mười "
            "bảy phẩy hai độ Vĩ Bắc; một trăm mười phẩy năm độ Kinh Đông"
        ),
    ),
    (
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10-11 (89-117 km/h), giật cấp 13",
        (
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến mười một, tám mươi chín đến "
            "một trăm mười bảy ki lô mét trên giờ, giật cấp mười ba"
        ),
    ),
    (
        "Trong 24h tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15-20 km",
        (
            "Trong hai mươi tư giờ tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được "
            "mười lăm đến hai mươi ki lô mét"
        ),
    ),
    (
        "Nhiệt độ thấp nhất phổ biến 18-21°C, vùng núi cao có nơi dưới 13 độ C",
        (
            "Nhiệt độ thấp nhất phổ biến mười tám đến hai mươi mốt độ xê, vùng núi cao có nơi "
            "dưới mười ba độ xê"
        ),
    ),
    (
        "Nhiệt độ thấp nhất trên đỉnh Fansipan có thể xuống -2°C",
        "Nhiệt độ thấp nhất trên đỉnh Fansipan có thể xuống âm hai độ xê",
    ),
    (
        "Lượng mưa từ 19h ngày 14/10 đến 7h ngày 15/10 phổ biến 50-100 mm",
        (
            "Lượng mưa từ mười chín giờ ngày mười bốn tháng mười đến bảy giờ ngày mười lăm "
            "tháng mười phổ biến năm mươi đến một trăm mi li mét"
        ),
    ),
    (
        "Mực nước sông Hồng tại Hà Nội lúc 7h sáng nay là 9,5 m",
        "Mực nước sông Hồng tại Hà Nội lúc bảy giờ sáng nay là chín phẩy năm mét",
    ),
    ("Cấp độ rủi ro thiên tai do lũ: cấp 2", "Cấp độ rủi ro thiên tai do lũ: cấp hai"),
    (
        "Từ ngày 20-22/10, các xã vùng núi có mưa to",
        "Từ ngày hai mươi đến hai mươi hai tháng mười, các xã vùng núi có mưa to",
    ),
    (
        "BCH PCTT xã yêu cầu các thôn di dời 35 hộ ra khỏi vùng nguy hiểm",
        (
            "Ban Chỉ huy phòng chống thiên tai xã yêu cầu các thôn di dời ba mươi lăm hộ ra "
            "khỏi vùng nguy hiểm"
        ),
    ),
    (
        "Tổng kinh phí hỗ trợ là 1.234.567.000 đồng",
        (
            "Tổng kinh phí hỗ trợ là một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy "
            "nghìn đồng"
        ),
    ),
    (
        "Mức đóng BHYT hộ gia đình năm 2025 là 1.263.600 đồng/người/năm",
        (
            "Mức đóng bảo hiểm y tế hộ gia đình năm hai nghìn không trăm hai mươi lăm là một "
            "triệu hai trăm sáu mươi ba nghìn sáu trăm đồng mỗi người mỗi năm"
        ),
    ),
    (
        "Tỷ lệ bao phủ BHYT đạt 95,2%, tăng 1,5% so với cùng kỳ",
        (
            "Tỷ lệ bao phủ bảo hiểm y tế đạt chín mươi lăm phẩy hai phần trăm, tăng một phẩy "
            "năm phần trăm so với cùng kỳ"
        ),
    ),
    (
        "Mỗi hộ được hỗ trợ 2 tấn xi măng và 10 m3 cát",
        "Mỗi hộ được hỗ trợ hai tấn xi măng và mười mét khối cát",
    ),
    (
        "Giá lợn hơi dao động 60.000-65.000đ/kg",
        "Giá lợn hơi dao động sáu mươi nghìn đến sáu mươi lăm nghìn đồng mỗi ki lô gam",
    ),
    (
        "Năng suất lúa bình quân đạt 6,2 tấn/ha",
        "Năng suất lúa bình quân đạt sáu phẩy hai tấn mỗi héc ta",
    ),
    (
        "Diện tích gieo cấy lúa vụ Đông Xuân 2024-2025 là 350,5 ha",
        (
            "Diện tích gieo cấy lúa vụ Đông Xuân hai nghìn không trăm hai mươi tư đến hai nghìn"
            " không trăm hai mươi lăm là ba trăm năm mươi phẩy năm héc ta"
        ),
    ),
    (
        "Đàn trâu bò có 2.150 con, đàn gia cầm trên 45 nghìn con",
        ("Đàn trâu bò có hai nghìn một trăm năm mươi con, đàn gia cầm trên bốn mươi lăm nghìn con"),
    ),
    (
        "Ước thực hiện 6 tháng đầu năm 2025, tổng sản lượng lương thực đạt 12.500 tấn",
        (
            "Ước thực hiện sáu tháng đầu năm hai nghìn không trăm hai mươi lăm, tổng sản lượng "
            "lương thực đạt mười hai nghìn năm trăm tấn"
        ),
    ),
    (
        "Tổng vốn đầu tư 2 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ",
        "Tổng vốn đầu tư hai tỷ đồng, trong đó ngân sách tỉnh một phẩy hai tỷ",
    ),
    ("Lệ phí cấp bản sao là 5.000đ/trang", "Lệ phí cấp bản sao là năm nghìn đồng mỗi trang"),
    (
        "Mức hỗ trợ 1.500.000 VNĐ cho mỗi lao động",
        "Mức hỗ trợ một triệu năm trăm nghìn đồng cho mỗi lao động",
    ),
    (
        "Thời gian: từ 7h30 đến 11h00, thứ 2 đến thứ 6 hằng tuần",
        "Thời gian: từ bảy giờ ba mươi phút đến mười một giờ, thứ hai đến thứ sáu hằng tuần",
    ),
    (
        "Buổi chiều làm việc từ 13h30-17h",
        "Buổi chiều làm việc từ mười ba giờ ba mươi phút đến mười bảy giờ",
    ),
    (
        "Khai mạc lúc 7 giờ 15 phút, sáng Thứ 2 ngày 05/5/2025",
        (
            "Khai mạc lúc bảy giờ mười lăm phút, sáng Thứ hai ngày mồng năm tháng năm năm hai "
            "nghìn không trăm hai mươi lăm"
        ),
    ),
    (
        "Lễ ra quân bắt đầu lúc 5:30 sáng Chủ nhật",
        "Lễ ra quân bắt đầu lúc năm giờ ba mươi phút sáng Chủ nhật",
    ),
    (
        "Hạn chót nộp hồ sơ: 17h00 ngày 31/12/2025",
        (
            "Hạn chót nộp hồ sơ: mười bảy giờ ngày ba mươi mốt tháng mười hai năm hai nghìn "
            "không trăm hai mươi lăm"
        ),
    ),
    (
        "Các hộ gia đình phải hoàn thành trước 30/6",
        "Các hộ gia đình phải hoàn thành trước ngày ba mươi tháng sáu",
    ),
    (
        "Ngày 02/01/2019, UBND xã tổ chức hội nghị",
        (
            "Ngày mồng hai tháng một năm hai nghìn không trăm mười chín, Ủy ban nhân dân xã tổ "
            "chức hội nghị"
        ),
    ),
    (
        "Tính đến 29/11/2021, toàn xã có 98% người dân được tiêm vắc xin",
        (
            "Tính đến ngày hai mươi chín tháng mười một năm hai nghìn không trăm hai mươi mốt, "
            "toàn xã có chín mươi tám phần trăm người dân được tiêm vắc xin"
        ),
    ),
    (
        "Số liệu tháng 02/2024 cho thấy giá cả ổn định",
        "Số liệu tháng hai năm hai nghìn không trăm hai mươi tư cho thấy giá cả ổn định",
    ),
    (
        "Chương trình MTQG giai đoạn 2021 - 2025",
        (
            "Chương trình mục tiêu quốc gia giai đoạn hai nghìn không trăm hai mươi mốt đến hai"
            " nghìn không trăm hai mươi lăm"
        ),
    ),
    (
        "Xây dựng NTM nâng cao giai đoạn 2021-2025",
        (
            "Xây dựng nông thôn mới nâng cao giai đoạn hai nghìn không trăm hai mươi mốt đến "
            "hai nghìn không trăm hai mươi lăm"
        ),
    ),
    (
        "Tết Dương lịch 01-01-2025, cán bộ được nghỉ 1 ngày",
        (
            "Tết Dương lịch ngày mồng một tháng một năm hai nghìn không trăm hai mươi lăm, cán "
            "bộ được nghỉ một ngày"
        ),
    ),
    (
        "Trường THCS và THPT khai giảng năm học 2025-2026 vào ngày 05/9/2025",
        (
            "Trường trung học cơ sở và trung học phổ thông khai giảng năm học hai nghìn không "
            "trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu vào ngày mồng năm tháng "
            "chín năm hai nghìn không trăm hai mươi lăm"
        ),
    ),
    (
        "Đại hội đại biểu Đảng bộ xã lần thứ XXI, nhiệm kỳ 2025-2030",
        (
            "Đại hội đại biểu Đảng bộ xã lần thứ hai mươi mốt, nhiệm kỳ hai nghìn không trăm "
            "hai mươi lăm đến hai nghìn không trăm ba mươi"
        ),
    ),
    ("Kỳ họp thứ 8, Quốc hội khóa XV", "Kỳ họp thứ tám, Quốc hội khóa mười lăm"),
    (
        "Quý III năm 2024, kinh tế xã tiếp tục tăng trưởng",
        "Quý ba năm hai nghìn không trăm hai mươi tư, kinh tế xã tiếp tục tăng trưởng",
    ),
    (
        "Quý IV/2024, xã đã cấp 1.025 thẻ BHYT cho hộ nghèo",
        (
            "Quý bốn năm hai nghìn không trăm hai mươi tư, xã đã cấp một nghìn không trăm hai "
            "mươi lăm thẻ bảo hiểm y tế cho hộ nghèo"
        ),
    ),
    (
        "Hội nghị lần thứ XI Ban Chấp hành Trung ương Đảng khóa XIII",
        "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa mười ba",
    ),
    ("Học tập Nghị quyết Đại hội XIII của Đảng", "Học tập Nghị quyết Đại hội mười ba của Đảng"),
    (
        "Lễ kỷ niệm lần thứ 1 được tổ chức vào thứ 4 tuần sau",
        "Lễ kỷ niệm lần thứ nhất được tổ chức vào thứ tư tuần sau",
    ),
    (
        "Hội LHPN xã phối hợp Hội CCB, Hội NCT và Đoàn TNCS Hồ Chí Minh",
        (
            "Hội Liên hiệp Phụ nữ xã phối hợp Hội Cựu chiến binh, Hội Người cao tuổi và Đoàn "
            "Thanh niên Cộng sản Hồ Chí Minh"
        ),
    ),
    (
        "Sở NN&PTNT, Sở GD&ĐT, Sở LĐ-TB&XH và Sở VH-TT&DL cùng tham dự",
        (
            "Sở Nông nghiệp và Phát triển nông thôn, Sở Giáo dục và Đào tạo, Sở Lao động Thương"
            " binh và Xã hội và Sở Văn hóa, Thể thao và Du lịch cùng tham dự"
        ),
    ),
    (
        "UBMTTQ xã phối hợp HĐND xã giám sát việc thực hiện",
        "Ủy ban Mặt trận Tổ quốc xã phối hợp Hội đồng nhân dân xã giám sát việc thực hiện",
    ),
    (
        "Ban Chỉ đạo (BCĐ) 389 tỉnh họp bàn triển khai kế hoạch",
        "Ban Chỉ đạo ba trăm tám mươi chín tỉnh họp bàn triển khai kế hoạch",
    ),
    (
        "Đảm bảo ATGT, ATTP và PCCC trong dịp Tết Nguyên đán",
        (
            "Đảm bảo an toàn giao thông, an toàn thực phẩm và phòng cháy chữa cháy trong dịp "
            "Tết Nguyên đán"
        ),
    ),
    (
        "Đồng chí ĐBQH tiếp xúc cử tri tại TP. Lào Cai và TX. Sa Pa",
        "Đồng chí đại biểu Quốc hội tiếp xúc cử tri tại thành phố Lào Cai và thị xã Sa Pa",
    ),
    (
        "Đ/c Chủ tịch UBND xã chủ trì cuộc họp",
        "đồng chí Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp",
    ),
    ("Kính gửi ông/bà trưởng thôn", "Kính gửi ông bà trưởng thôn"),
    (
        "Công an xã phối hợp CSGT kiểm tra nồng độ cồn",
        "Công an xã phối hợp cảnh sát giao thông kiểm tra nồng độ cồn",
    ),
    (
        "Đẩy mạnh ứng dụng CNTT trong giải quyết TTHC",
        "Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính",
    ),
    (
        "Hội nghị sơ kết tình hình KT-XH 6 tháng đầu năm",
        "Hội nghị sơ kết tình hình kinh tế xã hội sáu tháng đầu năm",
    ),
    (
        "HTX nông nghiệp xã ký hợp đồng bao tiêu sản phẩm",
        "hợp tác xã nông nghiệp xã ký hợp đồng bao tiêu sản phẩm",
    ),
    (
        "Tổ chức tiêm vắc xin phòng COVID-19 cho trẻ từ 5-11 tuổi",
        "Tổ chức tiêm vắc xin phòng cô vít mười chín cho trẻ từ năm đến mười một tuổi",
    ),
    (
        "Bệnh SXH tăng 25 ca, bệnh TCM 12 ca so với tuần trước",
        (
            "Bệnh sốt xuất huyết tăng hai mươi lăm ca, bệnh tay chân miệng mười hai ca so với "
            "tuần trước"
        ),
    ),
    (
        "Dịch cúm A/H5N1 đã xuất hiện trên đàn gia cầm",
        "Dịch cúm A hát năm en một đã xuất hiện trên đàn gia cầm",
    ),
    (
        "Cảnh giác với tin nhắn SMS giả mạo cơ quan BHXH",
        "Cảnh giác với tin nhắn ét em ét giả mạo cơ quan bảo hiểm xã hội",
    ),
    ("Sóng 4G và 5G đã phủ kín 12 thôn", "Sóng bốn giê và năm giê đã phủ kín mười hai thôn"),
    (
        "Mọi thắc mắc liên hệ qua Zalo của UBND xã",
        "Mọi thắc mắc liên hệ qua Zalo của Ủy ban nhân dân xã",
    ),
    ("Người dân không chủ quan với dịch Covid", "Người dân không chủ quan với dịch cô vít"),
    (
        "Khi có cháy, gọi ngay 114; cấp cứu 115; công an 113",
        "Khi có cháy, gọi ngay một một bốn; cấp cứu một một năm; công an một một ba",
    ),
    (
        "Mọi thông tin xin liên hệ Đ/c Hoàng Văn Nam, ĐT: 0209.3870.123",
        (
            "Mọi thông tin xin liên hệ đồng chí Hoàng Văn Nam, điện thoại: không hai không "
            "chín, ba tám bảy không, một hai ba"
        ),
    ),
    (
        "Số điện thoại đường dây nóng: 1900 9095 hoặc 0987.654.321",
        (
            "Số điện thoại đường dây nóng: một chín không không, chín không chín năm hoặc không"
            " chín tám bảy, sáu năm bốn, ba hai một"
        ),
    ),
    (
        "Tổng đài hỗ trợ 1800 1091 miễn phí",
        "Tổng đài hỗ trợ một tám không không, một không chín một miễn phí",
    ),
    (
        "Người dân nộp hồ sơ trực tuyến tại dichvucong.gov.vn",
        "Người dân nộp hồ sơ trực tuyến tại dichvucong chấm gốp chấm vê en",
    ),
    (
        "- Thời gian: từ ngày 10/4 đến hết ngày 15/4",
        "Thời gian: từ ngày mồng mười tháng tư đến hết ngày mười lăm tháng tư",
    ),
    ("+ Đối tượng: trẻ em dưới 5 tuổi", "Đối tượng: trẻ em dưới năm tuổi"),
    ("• Địa điểm: Trạm y tế xã (thôn Nà Lạn)", "Địa điểm: Trạm y tế xã, thôn Nà Lạn"),
    (
        "Không đốt nương làm rẫy trong những ngày nắng nóng trên 35°C…",
        "Không đốt nương làm rẫy trong những ngày nắng nóng trên ba mươi lăm độ xê.",
    ),
    (
        'Hỗ trợ 100% chi phí cho "hộ nghèo", hộ cận nghèo',
        "Hỗ trợ một trăm phần trăm chi phí cho hộ nghèo, hộ cận nghèo",
    ),
    (
        "Tỷ lệ hộ nghèo giảm còn 3,75%, tức 2/3 so với kế hoạch",
        ("Tỷ lệ hộ nghèo giảm còn ba phẩy bảy mươi lăm phần trăm, tức hai phần ba so với kế hoạch"),
    ),
    (
        "Đã có 15/20 thôn hoàn thành chỉ tiêu",
        "Đã có mười lăm trên hai mươi thôn hoàn thành chỉ tiêu",
    ),
    (
        "Cách mạng công nghiệp 4.0 đang diễn ra mạnh mẽ",
        "Cách mạng công nghiệp bốn chấm không đang diễn ra mạnh mẽ",
    ),
    (
        "Thu nhập bình quân đầu người đạt 45,5 triệu đồng/người/năm",
        "Thu nhập bình quân đầu người đạt bốn mươi lăm phẩy năm triệu đồng mỗi người mỗi năm",
    ),
    (
        "Công suất trạm biến áp 250 kW, tiêu thụ 1.200 kWh mỗi tháng",
        (
            "Công suất trạm biến áp hai trăm năm mươi ki lô oát, tiêu thụ một nghìn hai trăm ki"
            " lô oát giờ mỗi tháng"
        ),
    ),
    (
        "Mỗi người dùng không quá 5 l nước sạch mỗi giờ trong thời gian cắt nước",
        "Mỗi người dùng không quá năm lít nước sạch mỗi giờ trong thời gian cắt nước",
    ),
    (
        "Diện tích nhà tối thiểu 30 m² cho mỗi hộ",
        "Diện tích nhà tối thiểu ba mươi mét vuông cho mỗi hộ",
    ),
    ("Khu A và khu B của chợ sẽ được cải tạo", "Khu A và khu bê của chợ sẽ được cải tạo"),
]


@pytest.mark.parametrize(("written", "spoken"), NOTICES)
def test_notice_is_read_as_an_announcer_would(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


DATES = [
    ("ngày 02/01/2019", "ngày mồng hai tháng một năm hai nghìn không trăm mười chín"),
    ("29/11/2021", "ngày hai mươi chín tháng mười một năm hai nghìn không trăm hai mươi mốt"),
    ("01-01-2025", "ngày mồng một tháng một năm hai nghìn không trăm hai mươi lăm"),
    ("20.10.2024", "ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi tư"),
    ("sáng 10/4/2025", "sáng mồng mười tháng tư năm hai nghìn không trăm hai mươi lăm"),
    ("02/2024", "tháng hai năm hai nghìn không trăm hai mươi tư"),
    ("tháng 4/2024", "tháng tư năm hai nghìn không trăm hai mươi tư"),
    ("năm 2025", "năm hai nghìn không trăm hai mươi lăm"),
    ("ngày 20/10", "ngày hai mươi tháng mười"),
    ("từ 05/3", "từ ngày mồng năm tháng ba"),
    ("đêm 1/6", "đêm mồng một tháng sáu"),
    ("ngày 5 tháng 4 năm 2024", "ngày mồng năm tháng tư năm hai nghìn không trăm hai mươi tư"),
    ("tháng 12", "tháng mười hai"),
    ("ngày 20 và 21/10", "ngày hai mươi và ngày hai mươi mốt tháng mười"),
    ("1/3 và 2/3 số hộ", "một phần ba và hai phần ba số hộ"),
    ("tháng 1", "tháng một"),
    ("từ ngày 9-10/10", "từ ngày mồng chín đến mồng mười tháng mười"),
    ("từ 20/10 - 25/10", "từ ngày hai mươi tháng mười đến ngày hai mươi lăm tháng mười"),
]

TIMES = [
    ("17h30", "mười bảy giờ ba mươi phút"),
    ("17h00", "mười bảy giờ"),
    ("7h", "bảy giờ"),
    ("7h05", "bảy giờ năm phút"),
    ("7g30", "bảy giờ ba mươi phút"),
    ("5:30", "năm giờ ba mươi phút"),
    ("7 giờ 15", "bảy giờ mười lăm"),
    ("từ 7h-11h", "từ bảy giờ đến mười một giờ"),
    ("trong 24h tới", "trong hai mươi tư giờ tới"),
]

RANGES = [
    ("2021 - 2025", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"),
    ("2021-2025", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"),
    ("10-15 mm", "mười đến mười lăm mi li mét"),
    ("5 km - 10 km", "năm ki lô mét đến mười ki lô mét"),
    ("cấp 8–9", "cấp tám đến chín"),
]

ORDINALS_AND_ROMAN = [
    ("lần thứ XI", "lần thứ mười một"),
    ("Quý III", "Quý ba"),
    ("quý 2/2025", "quý hai năm hai nghìn không trăm hai mươi lăm"),
    ("thứ 2", "thứ hai"),
    ("thứ 1", "thứ nhất"),
    ("thứ 4", "thứ tư"),
    ("Thứ 7", "Thứ bảy"),
    ("thứ IV", "thứ tư"),
    ("khóa XV", "khóa mười lăm"),
    ("Đại hội XIII", "Đại hội mười ba"),
    ("thế kỷ XXI", "thế kỷ hai mươi mốt"),
    ("vùng III", "vùng ba"),
    ("II. NỘI DUNG", "hai. NỘI DUNG"),
    # "VI" is also a Vietnamese word: in capitals without a lead word it stays a word
    ("VI PHẠM", "VI PHẠM"),
]

MONEY_AND_UNITS = [
    ("50.000 đồng", "năm mươi nghìn đồng"),
    ("50.000đ", "năm mươi nghìn đồng"),
    ("50.000 VNĐ", "năm mươi nghìn đồng"),
    ("50.000 VND", "năm mươi nghìn đồng"),
    ("đơn vị tính: VNĐ", "đơn vị tính: Việt Nam đồng"),
    ("2 tỷ đồng", "hai tỷ đồng"),
    ("1,2 tỷ", "một phẩy hai tỷ"),
    ("3 tỷ đ", "ba tỷ đồng"),
    ("5 trđ", "năm triệu đồng"),
    ("100 USD", "một trăm đô la Mỹ"),
    ("2tr/người", "hai triệu mỗi người"),
    ("120 km", "một trăm hai mươi ki lô mét"),
    ("1,5 m", "một phẩy năm mét"),
    ("30 cm", "ba mươi xen ti mét"),
    ("2 ha", "hai héc ta"),
    ("50 kg", "năm mươi ki lô gam"),
    ("3 tấn", "ba tấn"),
    ("40m2", "bốn mươi mét vuông"),
    ("40 m²", "bốn mươi mét vuông"),
    ("5 m3", "năm mét khối"),
    ("5 m³", "năm mét khối"),
    ("60 km/h", "sáu mươi ki lô mét trên giờ"),
    ("35°C", "ba mươi lăm độ xê"),
    ("35oC", "ba mươi lăm độ xê"),
    ("2,5%", "hai phẩy năm phần trăm"),
    ("20 l", "hai mươi lít"),
    ("20 lít", "hai mươi lít"),
    ("5 kW", "năm ki lô oát"),
    ("100 kWh", "một trăm ki lô oát giờ"),
    ("6 tấn/ha", "sáu tấn mỗi héc ta"),
    # a unit letter at the start of a word is not a unit
    ("3 mục", "ba mục"),
    ("7 giờ", "bảy giờ"),
]

PHONES = [
    ("0912 345 678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("0912345678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("0912.345.678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("0209.3870.123", "không hai không chín, ba tám bảy không, một hai ba"),
    ("(024) 3825 1234", "không hai bốn, ba tám hai năm, một hai ba bốn"),
    ("1900 1234", "một chín không không, một hai ba bốn"),
    ("gọi 112", "gọi một một hai"),
    ("gọi 113, 114 hoặc 115", "gọi một một ba, một một bốn hoặc một một năm"),
    ("hotline: 1022", "hotline: một không hai hai"),
    # without a word about calling, 114 is a count
    ("114 hộ", "một trăm mười bốn hộ"),
]

ABBREVIATIONS = [
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("TT&TT", "Thông tin và Truyền thông"),
    ("CNTT", "công nghệ thông tin"),
    ("TTHC", "thủ tục hành chính"),
    ("QĐ-UBND", "quyết định Ủy ban nhân dân"),
    ("NĐ-CP", "nghị định Chính phủ"),
    ("TT-BTTTT", "thông tư Bộ Thông tin và Truyền thông"),
    ("CT-TTg", "chỉ thị Thủ tướng Chính phủ"),
    ("TP. Hà Nội", "thành phố Hà Nội"),
    ("TP.HCM", "thành phố Hồ Chí Minh"),
    ("TX. Sơn Tây", "thị xã Sơn Tây"),
    ("Sở Y tế", "Sở Y tế"),
    ("BCH PCTT", "Ban Chỉ huy phòng chống thiên tai"),
    ("BCH Đoàn xã", "Ban Chấp hành Đoàn xã"),
    ("PCTT&TKCN", "phòng chống thiên tai và tìm kiếm cứu nạn"),
    ("BHYT, BHXH", "bảo hiểm y tế, bảo hiểm xã hội"),
    ("THCS, THPT", "trung học cơ sở, trung học phổ thông"),
    ("CAND, QĐND", "Công an nhân dân, Quân đội nhân dân"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("KT-XH", "kinh tế xã hội"),
    ("ĐBQH", "đại biểu Quốc hội"),
    ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("TN&MT", "Tài nguyên và Môi trường"),
    ("Đ/c Lan", "đồng chí Lan"),
    ("ông/bà", "ông bà"),
    ("v/v", "về việc"),
    (
        "Nghị định 100/2019/NĐ-CP",
        ("Nghị định một trăm, năm hai nghìn không trăm mười chín nghị định Chính phủ"),
    ),
    ("COVID-19", "cô vít mười chín"),
    ("Covid", "cô vít"),
    ("SMS", "ét em ét"),
    ("4G", "bốn giê"),
    ("5G", "năm giê"),
    ("Zalo", "Zalo"),
    ("GDP", "giê dê pê"),
    ("QL1A", "quốc lộ một a"),
    ("QL.279", "quốc lộ hai trăm bảy mươi chín"),
    (
        "CCCD số 001089012345",
        "căn cước công dân số không không một không tám chín không một hai ba bốn năm",
    ),
    ("ĐT 176", "đường tỉnh một trăm bảy mươi sáu"),
    # words typed in capitals are words, not acronyms
    ("THÔNG BÁO KHẨN", "THÔNG BÁO KHẨN"),
]

NUMERALS_IN_TEXT = [
    ("1.416 hộ", "một nghìn bốn trăm mười sáu hộ"),
    ("1.000.000", "một triệu"),
    ("1.500 người", "một nghìn năm trăm người"),
    ("1,5 người", "một phẩy năm người"),
    ("1.5", "một chấm năm"),
    ("2,05", "hai phẩy không năm"),
    ("1.234,5", "một nghìn hai trăm ba mươi tư phẩy năm"),
    ("-5", "âm năm"),
    ("nhiệt độ -3 độ", "nhiệt độ âm ba độ"),
    ("3/4 diện tích", "ba phần tư diện tích"),
    ("1/2 số hộ", "một phần hai số hộ"),
    ("mã số 00123", "mã số không không một hai ba"),
    ("05 người", "năm người"),
]

PUNCTUATION = [
    ("- Gạch đầu dòng", "Gạch đầu dòng"),
    ("+ Dấu cộng", "Dấu cộng"),
    ("* Dấu sao", "Dấu sao"),
    ("• Chấm tròn", "Chấm tròn"),
    ("Chờ đấy…", "Chờ đấy."),
    ("Chờ đấy...", "Chờ đấy."),
    ("Nói   nhiều    dấu cách", "Nói nhiều dấu cách"),
    ('“Ngoặc kép” và "thẳng"', "Ngoặc kép và thẳng"),
    ("Ủy ban (xã Nà Hẩu) thông báo", "Ủy ban, xã Nà Hẩu, thông báo"),
    ("kinh tế - xã hội", "kinh tế, xã hội"),
    ("Dòng một\nDòng hai\n\n\nDòng ba.", "Dòng một. Dòng hai. Dòng ba."),
    ("Thời gian:\n- Sáng: 7h", "Thời gian: Sáng: bảy giờ"),
]

FOCUSED = [
    *DATES,
    *TIMES,
    *RANGES,
    *ORDINALS_AND_ROMAN,
    *MONEY_AND_UNITS,
    *PHONES,
    *ABBREVIATIONS,
    *NUMERALS_IN_TEXT,
    *PUNCTUATION,
]


@pytest.mark.parametrize(("written", "spoken"), FOCUSED)
def test_each_kind_of_text_is_read_correctly(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_text_in_decomposed_unicode_reads_the_same() -> None:
    import unicodedata

    written = "Ủy ban nhân dân xã Pác Nặm hỗ trợ 1.416 hộ"
    assert normalize(unicodedata.normalize("NFD", written)) == normalize(written)


# --- the operator's pronunciation dictionary -------------------------------------------------

DICTIONARY = {
    "Pác Nặm": "Pác Nậm",
    "COVID-19": "cô vít mười chín",
    "HTX": "hợp tác xã kiểu mới",
    "Nà Hẩu": "Nà Hẩu",
    "QL4D": "quốc lộ bốn đê",
    "km 15": "cây số mười lăm",
}

DICTIONARY_CASES = [
    # a place name is said the way the commune says it, in any case
    ("huyện Pác Nặm", "huyện Pác Nậm"),
    ("UBND HUYỆN PÁC NẶM", "Ủy ban nhân dân HUYỆN Pác Nậm"),
    # only whole words: a longer word that contains the key is left alone
    ("Pác Nặmx", "Pác Nặmx"),
    # the dictionary wins over the built-in tables
    ("HTX Tân Tiến", "hợp tác xã kiểu mới Tân Tiến"),
    ("tuyến QL4D", "tuyến quốc lộ bốn đê"),
    ("tại km 15", "tại cây số mười lăm"),
    # acronyms match only in capitals: "htx" is not "HTX"
    ("htx", "htx"),
]


@pytest.mark.parametrize(("written", "spoken"), DICTIONARY_CASES)
def test_dictionary_overrides_built_in_readings(written: str, spoken: str) -> None:
    assert normalize(written, DICTIONARY) == spoken


def test_dictionary_spoken_forms_have_their_numbers_read() -> None:
    assert normalize("dịch COVID-19", {"COVID-19": "cô vít 19"}) == "dịch cô vít mười chín"


def test_empty_dictionary_changes_nothing() -> None:
    written = "UBND xã thông báo lịch tiêm ngày 20/10"
    assert normalize(written, {}) == normalize(written)


def test_longer_dictionary_entry_wins_over_shorter() -> None:
    dictionary = {"Pác": "Pắc", "Pác Nặm": "Pác Nậm"}
    assert normalize("Pác Nặm và Pác", dictionary) == "Pác Nậm và Pắc"


# --- properties ------------------------------------------------------------------------------

NOTICE_ALPHABET = st.sampled_from(
    [
        *"0123456789 .,;:/-–()%°&+*•…\"'\n",
        *("UBND", "QĐ", "NĐ-CP", "h", "đ", "km", "m2", "thứ", "ngày", "tháng", "năm", "Quý"),
        *("XI", "gọi", "số", "Pác Nặm", "COVID", "mm", "VNĐ", "tỷ", "0912", "1900", "ông/bà"),
        *("v/v", "_", "@", "www.", "gov", "vn", "²", "$", "tr", "BCH", "ĐT", " - "),
    ]
)
SPEAKABLE = re.compile(r"[^\W\d_]+|[ ,;:.!?]")


@settings(max_examples=300, deadline=None)
@given(st.lists(NOTICE_ALPHABET, max_size=40).map("".join))
def test_any_notice_text_normalizes_to_words_and_pauses(written: str) -> None:
    spoken = normalize(written, {"Pác Nặm": "Pác Nậm"})
    # No digit, symbol or stray character reaches the engine: only letters and pauses.
    assert "".join(SPEAKABLE.findall(spoken)) == spoken
    assert spoken == spoken.strip()
    assert "  " not in spoken


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_never_raises(written: str) -> None:
    normalize(written)
