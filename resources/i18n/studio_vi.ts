<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <source>About Studio</source>
        <translation>Giới thiệu Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Studio %1&lt;/h2&gt;&lt;p&gt;Broadcast studio for commune radio stations.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;&lt;p&gt;Licence: GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Studio %1&lt;/h2&gt;&lt;p&gt;Phần mềm phòng thu cho đài truyền thanh cấp xã.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;&lt;p&gt;Giấy phép: GNU GPL phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <extracomment>controls a page puts above its table (search, filters, actions)</extracomment>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Loudspeaker clusters and FM transmitter controllers, by zone.</source>
        <translation>Các cụm loa và bộ điều khiển máy phát FM, theo từng vùng phát.</translation>
    </message>
    <message>
        <source>No devices yet.</source>
        <translation>Chưa có thiết bị nào.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng phát</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up your station</source>
        <translation>Thiết lập đài của bạn</translation>
    </message>
    <message>
        <source>Welcome to Studio. Tell us which station this computer belongs to.</source>
        <translation>Chào mừng bạn đến với Studio. Hãy cho biết máy tính này thuộc đài truyền thanh nào.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Search by title or author</source>
        <translation>Tìm theo tiêu đề hoặc người soạn</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Bulletins, jingles and music of the station. Drop sound files here to add them.</source>
        <translation>Bản tin, nhạc hiệu và âm nhạc của đài. Kéo thả tệp âm thanh vào đây để thêm.</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Không tìm thấy nội dung phù hợp.</translation>
    </message>
    <message>
        <source>No bulletins yet. Use Produce to record one or to type a notice.</source>
        <translation>Chưa có bản tin nào. Vào mục Sản xuất để thu âm hoặc nhập nội dung thông báo.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Độ lớn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người soạn</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Approve bulletin</source>
        <translation>Duyệt bản tin</translation>
    </message>
    <message>
        <source>Name of the person approving:</source>
        <translation>Họ tên người duyệt:</translation>
    </message>
    <message>
        <source>“%1” is approved by %2.</source>
        <translation>“%1” đã được %2 duyệt.</translation>
    </message>
    <message>
        <source>Import sound files</source>
        <translation>Nhập tệp âm thanh</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Đang thêm %n tệp…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Đã thêm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the library as “%2”.</source>
        <translation>%1 đã có trong thư viện với tên “%2”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studio — commune radio</source>
        <translation>Studio — Đài truyền thanh cơ sở</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch phát sóng</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About Studio</source>
        <translation>&amp;Giới thiệu Studio</translation>
    </message>
    <message>
        <source>No station set up</source>
        <translation>Chưa thiết lập đài</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>Mạng: chưa rõ</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Có mạng</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Mất mạng</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send: %n</source>
        <translation>
            <numerusform>Chờ gửi: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved bulletin</source>
        <translation>Bản tin chưa lưu</translation>
    </message>
    <message>
        <source>The bulletin you are writing is not saved yet. Save it as a draft?</source>
        <translation>Bản tin bạn đang soạn chưa được lưu. Lưu thành bản nháp?</translation>
    </message>
</context>
<context>
    <name>ProducePage</name>
    <message>
        <source>Produce</source>
        <extracomment>the voices an operator can choose; "auto" falls back to offline when Google is unreachable the bulletin saved last, which "Read aloud" voices when the form is empty</extracomment>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Type or paste the notice, then save it as a draft bulletin for approval.</source>
        <translation>Nhập hoặc dán nội dung thông báo, rồi lưu thành bản tin nháp để trình duyệt.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Người soạn</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Mức ưu tiên</translation>
    </message>
    <message>
        <source>e.g. Notice of the vaccination day</source>
        <translation>Ví dụ: Thông báo lịch tiêm chủng</translation>
    </message>
    <message>
        <source>Text of the bulletin</source>
        <translation>Nội dung bản tin</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Voice: automatic</source>
        <translation>Giọng đọc: tự động</translation>
    </message>
    <message>
        <source>Voice: Google (online)</source>
        <translation>Giọng đọc: Google (trực tuyến)</translation>
    </message>
    <message>
        <source>Voice: offline</source>
        <translation>Giọng đọc: ngoại tuyến</translation>
    </message>
    <message>
        <source>Save and read aloud</source>
        <translation>Lưu và đọc thành tiếng</translation>
    </message>
    <message>
        <source>Saved “%1” as a draft.</source>
        <translation>Đã lưu bản nháp “%1”.</translation>
    </message>
    <message>
        <source>Type the notice first.</source>
        <translation>Hãy nhập nội dung thông báo trước.</translation>
    </message>
    <message>
        <source>Read aloud by %1: %2 s, %3 LUFS.</source>
        <translation>Đã đọc bằng %1: %2 giây, %3 LUFS.</translation>
    </message>
</context>
<context>
    <name>ProgrammeBuilder</name>
    <message>
        <source>Choose the bulletins in the order they play; jingles and a bed frame them.</source>
        <translation>Chọn các bản tin theo thứ tự phát; nhạc hiệu và nhạc nền đi kèm.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Intro jingle</source>
        <translation>Nhạc hiệu mở đầu</translation>
    </message>
    <message>
        <source>Outro jingle</source>
        <translation>Nhạc hiệu kết thúc</translation>
    </message>
    <message>
        <source>Music bed</source>
        <translation>Nhạc nền</translation>
    </message>
    <message>
        <source>Bed under speech</source>
        <translation>Nhạc nền khi có lời đọc</translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Bỏ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Save and render</source>
        <translation>Lưu và dựng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Rendering “%1”…</source>
        <translation>Đang dựng “%1”…</translation>
    </message>
    <message>
        <source>“%1” is ready: %2, %3 LUFS, true peak %4 dBTP.</source>
        <translation>“%1” đã sẵn sàng: %2, %3 LUFS, đỉnh thực %4 dBTP.</translation>
    </message>
    <message>
        <source>Rendering cancelled; the programme is saved unrendered.</source>
        <translation>Đã hủy dựng; chương trình đã lưu nhưng chưa dựng.</translation>
    </message>
</context>
<context>
    <name>PronunciationEditor</name>
    <message>
        <source>How the voice says names and abbreviations it would otherwise misread.</source>
        <translation>Cách giọng đọc nói những tên riêng và chữ viết tắt mà nó có thể đọc sai.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Chữ viết</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Try a sentence</source>
        <translation>Thử một câu</translation>
    </message>
    <message>
        <source>e.g. Pác Nặm</source>
        <translation>Ví dụ: Pác Nặm</translation>
    </message>
    <message>
        <source>e.g. Pác Nậm</source>
        <translation>Ví dụ: Pác Nậm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <source>The voice will say: %1</source>
        <translation>Giọng đọc sẽ nói: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>What went on air in the last %n days.</source>
        <translation>
            <numerusform>Những gì đã phát sóng trong %n ngày qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been broadcast in this period.</source>
        <translation>Chưa phát sóng nội dung nào trong thời gian này.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch phát sóng</translation>
    </message>
    <message>
        <source>The week as it will go on air, from the weekly template and its changes.</source>
        <translation>Lịch phát trong tuần, theo lịch mẫu hằng tuần và các thay đổi theo ngày.</translation>
    </message>
    <message>
        <source>Nothing is scheduled this week.</source>
        <translation>Tuần này chưa có nội dung phát.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Vùng phát</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source> (cut %1)</source>
        <translation> (bị cắt %1)</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tất cả vùng phát</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Tuần %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Problems this week: %n</source>
        <translation>
            <numerusform>Vấn đề trong tuần: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found this week.</source>
        <translation>Tuần này không có vấn đề nào.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Đài</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Mức đặt sẵn</translation>
    </message>
    <message>
        <source>Outdoor loudspeakers (−16 LUFS)</source>
        <translation>Loa ngoài trời (−16 LUFS)</translation>
    </message>
    <message>
        <source>EBU R128 broadcast (−23 LUFS)</source>
        <translation>Chuẩn phát thanh EBU R128 (−23 LUFS)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>Station name</source>
        <translation>Tên đài</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>Loại đài</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>Mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>Parent station</source>
        <translation>Đài cấp trên</translation>
    </message>
    <message>
        <source>e.g. Bằng Thành commune radio</source>
        <translation>Ví dụ: Đài truyền thanh xã Bằng Thành</translation>
    </message>
    <message>
        <source>digits, optional</source>
        <translation>chữ số, không bắt buộc</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Programmes and schedules shared with the parent station. Changes made while offline wait here and go out when the network returns.</source>
        <translation>Chương trình và lịch phát sóng dùng chung với đài cấp trên. Những thay đổi khi mất mạng được giữ lại đây và gửi đi khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>This station has no parent station to sync with.</source>
        <translation>Đài này chưa có đài cấp trên để đồng bộ.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Đài</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Studio — broadcast studio for commune radio.</source>
        <extracomment>each top-level command and the module that defines it; only the module of the command being run is imported, so `studio info` does not load the audio engine or MQTT</extracomment>
        <translation>Studio — phòng thu cho đài truyền thanh cơ sở.</translation>
    </message>
    <message>
        <source>database file (default: STUDIO_DB_URL, or studio.db in the user data folder)</source>
        <translation>tệp cơ sở dữ liệu (mặc định: STUDIO_DB_URL, hoặc studio.db trong thư mục dữ liệu người dùng)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <source>open the studio window (the default)</source>
        <translation>mở cửa sổ phòng thu (mặc định)</translation>
    </message>
    <message>
        <source>set up a demo commune station if none is set up yet</source>
        <translation>tạo đài xã mẫu nếu chưa thiết lập đài nào</translation>
    </message>
    <message>
        <source>commune station</source>
        <translation>đài cấp xã</translation>
    </message>
    <message>
        <source>parent station</source>
        <translation>đài cấp trên</translation>
    </message>
    <message>
        <source>set up this installation's station</source>
        <translation>thiết lập đài cho máy này</translation>
    </message>
    <message>
        <source>station name</source>
        <translation>tên đài</translation>
    </message>
    <message>
        <source>province or city</source>
        <translation>tỉnh hoặc thành phố</translation>
    </message>
    <message>
        <source>commune, or parent (district or province) station</source>
        <translation>commune: đài cấp xã; parent: đài cấp trên (huyện hoặc tỉnh)</translation>
    </message>
    <message>
        <source>administrative unit code</source>
        <translation>mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>the parent station</source>
        <translation>đài cấp trên</translation>
    </message>
    <message>
        <source>measure, normalize, mix and convert sound</source>
        <translation>đo, chuẩn hoá, trộn và chuyển đổi âm thanh</translation>
    </message>
    <message>
        <source>measure loudness (EBU R128) and true peak</source>
        <translation>đo độ lớn (EBU R128) và đỉnh thực</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra dạng JSON</translation>
    </message>
    <message>
        <source>set a file's loudness and peak</source>
        <translation>chỉnh độ lớn và mức đỉnh của tệp</translation>
    </message>
    <message>
        <source>render a programme described in JSON, or a stored one</source>
        <translation>dựng chương trình mô tả bằng JSON, hoặc chương trình đã lưu</translation>
    </message>
    <message>
        <source>render the stored programme with this title or id</source>
        <translation>dựng chương trình đã lưu có tiêu đề hoặc mã này</translation>
    </message>
    <message>
        <source>convert a sound file to another format</source>
        <translation>chuyển tệp âm thanh sang định dạng khác</translation>
    </message>
    <message>
        <source>clean up a voice recording and report long silences</source>
        <translation>làm sạch bản thu giọng nói và báo các đoạn im lặng dài</translation>
    </message>
    <message>
        <source>reduce steady background noise</source>
        <translation>giảm tiếng ồn nền đều đều</translation>
    </message>
    <message>
        <source>keep silence at the ends</source>
        <translation>giữ khoảng lặng ở đầu và cuối</translation>
    </message>
    <message>
        <source>high-pass cut-off in Hz (0: off)</source>
        <translation>tần số cắt thông cao, Hz (0: tắt)</translation>
    </message>
    <message>
        <source>integrated loudness to reach (default −16; EBU R128: −23)</source>
        <translation>độ lớn tích hợp cần đạt (mặc định −16; EBU R128: −23)</translation>
    </message>
    <message>
        <source>true-peak ceiling (default −1)</source>
        <translation>mức đỉnh thực tối đa (mặc định −1)</translation>
    </message>
    <message>
        <source>bit rate of MP3/Opus/AAC</source>
        <translation>tốc độ bit của MP3/Opus/AAC</translation>
    </message>
    <message>
        <source>sample rate of the output</source>
        <translation>tần số lấy mẫu của tệp ra</translation>
    </message>
    <message>
        <source>1 (mono) or 2 (stereo); MP3 is mono unless told</source>
        <translation>1 (mono) hoặc 2 (stereo); MP3 mặc định là mono</translation>
    </message>
    <message>
        <source>  Integrated loudness: {value}</source>
        <translation>  Độ lớn tích hợp: {value}</translation>
    </message>
    <message>
        <source>  Loudness range: {value}</source>
        <translation>  Dải độ lớn: {value}</translation>
    </message>
    <message>
        <source>  Short-term maximum: {value}</source>
        <translation>  Độ lớn ngắn hạn cao nhất: {value}</translation>
    </message>
    <message>
        <source>  True peak: {value}</source>
        <translation>  Đỉnh thực: {value}</translation>
    </message>
    <message>
        <source>  Duration: {seconds} s</source>
        <translation>  Thời lượng: {seconds} giây</translation>
    </message>
    <message>
        <source>Written {file}: {lufs} LUFS, true peak {peak} dBTP (gain {gain} dB).</source>
        <translation>Đã ghi {file}: {lufs} LUFS, đỉnh thực {peak} dBTP (khuếch đại {gain} dB).</translation>
    </message>
    <message>
        <source>Written {file}: {minutes} min, {lufs} LUFS, true peak {peak} dBTP.</source>
        <translation>Đã ghi {file}: {minutes} phút, {lufs} LUFS, đỉnh thực {peak} dBTP.</translation>
    </message>
    <message>
        <source>Written {file}: {seconds} s, {rate} Hz, {channels} channel(s).</source>
        <translation>Đã ghi {file}: {seconds} giây, {rate} Hz, {channels} kênh.</translation>
    </message>
    <message>
        <source>Written {file} (kept {start} s to {end} s of the recording).</source>
        <translation>Đã ghi {file} (giữ từ giây {start} đến giây {end} của bản thu).</translation>
    </message>
    <message>
        <source>  Long silence from {start} s to {end} s</source>
        <translation>  Im lặng dài từ giây {start} đến giây {end}</translation>
    </message>
    <message>
        <source>show the station and its database</source>
        <translation>xem thông tin đài và cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Station “{name}” is set up.</source>
        <translation>Đã thiết lập đài “{name}”.</translation>
    </message>
    <message>
        <source>No station is set up yet. Run: studio init --name … --province …</source>
        <translation>Chưa thiết lập đài. Hãy chạy: studio init --name … --province …</translation>
    </message>
    <message>
        <source>Station: {name} ({kind}), {province}</source>
        <translation>Đài: {name} ({kind}), {province}</translation>
    </message>
    <message>
        <source>Administrative code: {code}</source>
        <translation>Mã đơn vị hành chính: {code}</translation>
    </message>
    <message>
        <source>Parent station: {name}</source>
        <translation>Đài cấp trên: {name}</translation>
    </message>
    <message>
        <source>Database: {where} (schema {revision})</source>
        <translation>Cơ sở dữ liệu: {where} (lược đồ {revision})</translation>
    </message>
    <message>
        <source>Studio version: {version}</source>
        <translation>Phiên bản Studio: {version}</translation>
    </message>
    <message>
        <source>the MQTT broker of the station</source>
        <extracomment>how long a push may run past its start before a device gives up on it</extracomment>
        <translation>máy chủ MQTT của đài</translation>
    </message>
    <message>
        <source>write mosquitto.conf, passwords, access list, certificates</source>
        <translation>ghi mosquitto.conf, mật khẩu, danh sách quyền truy cập, chứng chỉ</translation>
    </message>
    <message>
        <source>name or address devices use to reach the broker (repeatable)</source>
        <translation>tên hoặc địa chỉ mà thiết bị dùng để kết nối tới máy chủ MQTT (có thể nhắc lại)</translation>
    </message>
    <message>
        <source>address to listen on</source>
        <translation>địa chỉ lắng nghe</translation>
    </message>
    <message>
        <source>IP loudspeakers</source>
        <translation>loa IP</translation>
    </message>
    <message>
        <source>list zones and devices</source>
        <translation>liệt kê vùng phát và thiết bị</translation>
    </message>
    <message>
        <source>add a loudspeaker: credentials and its config file</source>
        <translation>thêm loa: thông tin đăng nhập và tệp cấu hình của loa</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>tên thiết bị</translation>
    </message>
    <message>
        <source>zone name or id (made if new)</source>
        <translation>tên hoặc mã vùng phát (tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <source>broker address for the device</source>
        <translation>địa chỉ máy chủ MQTT cho thiết bị</translation>
    </message>
    <message>
        <source>send audio and commands to loudspeakers</source>
        <translation>gửi âm thanh và lệnh tới loa</translation>
    </message>
    <message>
        <source>play a file now on a zone</source>
        <translation>phát ngay một tệp trên vùng phát</translation>
    </message>
    <message>
        <source>zone name or id</source>
        <translation>tên hoặc mã vùng phát</translation>
    </message>
    <message>
        <source>volume 1–15</source>
        <translation>âm lượng 1–15</translation>
    </message>
    <message>
        <source>emergency broadcast on zones</source>
        <translation>phát khẩn cấp trên các vùng phát</translation>
    </message>
    <message>
        <source>all, or zone names or ids, comma-separated</source>
        <translation>all (tất cả), hoặc tên hay mã vùng phát, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>times to play (1–10)</source>
        <translation>số lần phát (1–10)</translation>
    </message>
    <message>
        <source>send what waits in the outbox</source>
        <translation>gửi những tin đang chờ gửi</translation>
    </message>
    <message>
        <source>broker address</source>
        <translation>địa chỉ máy chủ MQTT</translation>
    </message>
    <message>
        <source>seconds to try the broker before leaving it to the outbox</source>
        <translation>số giây thử kết nối máy chủ trước khi để tin lại chờ gửi</translation>
    </message>
    <message>
        <source>Broker configuration written to {folder}. Run: mosquitto -c {conf}</source>
        <translation>Đã ghi cấu hình máy chủ MQTT vào {folder}. Hãy chạy: mosquitto -c {conf}</translation>
    </message>
    <message>
        <source>No devices yet. Add one: studio devices add NAME --zone …</source>
        <translation>Chưa có thiết bị. Hãy thêm: studio devices add TÊN --zone …</translation>
    </message>
    <message>
        <source>Messages waiting in the outbox: {count}</source>
        <translation>Tin đang chờ gửi: {count}</translation>
    </message>
    <message>
        <source>Device “{name}” added to zone “{zone}”. Copy {folder} to the device.</source>
        <translation>Đã thêm thiết bị “{name}” vào vùng phát “{zone}”. Hãy chép {folder} vào thiết bị.</translation>
    </message>
    <message>
        <source>Run studio broker config again so the broker lets the new device in.</source>
        <translation>Hãy chạy lại studio broker config để máy chủ cho thiết bị mới kết nối.</translation>
    </message>
    <message>
        <source>Sent: {sent}. Waiting in the outbox: {pending}.</source>
        <translation>Đã gửi: {sent}. Đang chờ gửi: {pending}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>weekly schedule, exceptions, checks</source>
        <translation>lịch phát sóng hằng tuần, thay đổi theo ngày, kiểm tra lịch</translation>
    </message>
    <message>
        <source>add a slot to the weekly template</source>
        <translation>thêm khung giờ phát vào lịch mẫu hằng tuần</translation>
    </message>
    <message>
        <source>mon-fri, sat,sun, daily …</source>
        <translation>mon-fri, sat,sun, daily … (hoặc t2-t6, t7,cn)</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>giờ bắt đầu</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>số phút</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>áp dụng từ ngày</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>áp dụng đến ngày</translation>
    </message>
    <message>
        <source>cancel, replace or add a slot on a date</source>
        <translation>hủy, thay thế hoặc thêm khung giờ phát vào một ngày</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD (năm-tháng-ngày)</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>hủy</translation>
    </message>
    <message>
        <source>replace a slot</source>
        <translation>thay thế khung giờ phát</translation>
    </message>
    <message>
        <source>add a slot</source>
        <translation>thêm khung giờ phát</translation>
    </message>
    <message>
        <source>every year on this lunar date (1/1), or monthly (15)</source>
        <translation>hằng năm vào ngày âm lịch này (1/1), hoặc hằng tháng (15)</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>ngày lễ</translation>
    </message>
    <message>
        <source>the slot (title or id)</source>
        <translation>khung giờ phát (tiêu đề hoặc mã)</translation>
    </message>
    <message>
        <source>why (shown in the schedule)</source>
        <translation>lý do (hiện trong lịch phát sóng)</translation>
    </message>
    <message>
        <source>list slots and exceptions</source>
        <translation>liệt kê khung giờ phát và thay đổi theo ngày</translation>
    </message>
    <message>
        <source>delete a slot or an exception</source>
        <translation>xóa khung giờ phát hoặc thay đổi theo ngày</translation>
    </message>
    <message>
        <source>the resolved schedule of a week</source>
        <translation>lịch phát sóng thực tế của một tuần</translation>
    </message>
    <message>
        <source>only this zone</source>
        <translation>chỉ vùng phát này</translation>
    </message>
    <message>
        <source>the running order of a day</source>
        <translation>thứ tự phát trong một ngày</translation>
    </message>
    <message>
        <source>find problems; exit code 1 when there are errors</source>
        <translation>tìm vấn đề trong lịch; trả mã thoát 1 khi có lỗi</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ngày đầu tiên</translation>
    </message>
    <message>
        <source>how many days</source>
        <translation>số ngày</translation>
    </message>
    <message>
        <source>put a bulletin at the head of the next slot</source>
        <translation>đưa bản tin lên đầu khung giờ phát kế tiếp</translation>
    </message>
    <message>
        <source>title or id</source>
        <translation>tiêu đề hoặc mã</translation>
    </message>
    <message>
        <source>zones (default: all)</source>
        <translation>vùng phát (mặc định: tất cả)</translation>
    </message>
    <message>
        <source>not before</source>
        <translation>không sớm hơn</translation>
    </message>
    <message>
        <source>the printed schedule of a week (Lịch phát sóng) as PDF</source>
        <translation>lịch phát sóng một tuần để in, dạng PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>name of the approver</source>
        <translation>họ tên người duyệt</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>số văn bản</translation>
    </message>
    <message>
        <source>the resolved week as iCalendar (.ics) or CSV</source>
        <translation>lịch phát của tuần dạng iCalendar (.ics) hoặc CSV</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV cho Excel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>change a slot's running order</source>
        <translation>đổi thứ tự phát trong khung giờ phát</translation>
    </message>
    <message>
        <source>item keys in playing order, separated by commas</source>
        <translation>mã các mục theo thứ tự phát, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>programme or bulletin (title or id), stream:URL, or fm</source>
        <translation>chương trình hoặc bản tin (tiêu đề hoặc mã), stream:URL hoặc fm để tiếp sóng</translation>
    </message>
    <message>
        <source>normal, priority or emergency</source>
        <translation>normal (thường), priority (ưu tiên) hoặc emergency (khẩn cấp)</translation>
    </message>
    <message>
        <source>title in the schedule</source>
        <translation>tiêu đề hiện trong lịch phát sóng</translation>
    </message>
    <message>
        <source>Slot added: {days} at {time}, {length} min (id {id}).</source>
        <translation>Đã thêm khung giờ phát: {days} lúc {time}, {length} phút (mã {id}).</translation>
    </message>
    <message>
        <source>Exception saved: {action} from {date}{rule} (id {id}).</source>
        <translation>Đã lưu thay đổi theo ngày: {action}, từ ngày {date}{rule} (mã {id}).</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>thay thế</translation>
    </message>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>Weekly template:</source>
        <translation>Lịch mẫu hằng tuần:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>Thay đổi theo ngày:</translation>
    </message>
    <message>
        <source>Deleted {id}.</source>
        <translation>Đã xóa {id}.</translation>
    </message>
    <message>
        <source>(nothing on air)</source>
        <translation>(không phát gì)</translation>
    </message>
    <message>
        <source>(cut {cut})</source>
        <translation>(bị cắt {cut})</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>(on {count} days)</source>
        <translation>(trong {count} ngày)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings.</source>
        <translation>{errors} lỗi, {warnings} cảnh báo.</translation>
    </message>
    <message>
        <source>Placed in “{slot}” on {date} (id {id}).</source>
        <translation>Đã xếp vào “{slot}” ngày {date} (mã {id}).</translation>
    </message>
    <message>
        <source>New running order:</source>
        <translation>Thứ tự phát mới:</translation>
    </message>
    <message>
        <source>Schedule of week {week} written to {path}.</source>
        <translation>Đã ghi lịch phát sóng tuần {week} vào {path}.</translation>
    </message>
    <message>
        <source>{count} items of week {week} written to {path}.</source>
        <translation>Đã ghi {count} mục của tuần {week} vào {path}.</translation>
    </message>
    <message>
        <source>read a notice aloud into a sound file (text-to-speech)</source>
        <translation>đọc thông báo thành tệp âm thanh (chuyển văn bản thành giọng nói)</translation>
    </message>
    <message>
        <source>Read Vietnamese text aloud into a bulletin (WAV, MP3 …), cleaned up and set to the target loudness; or, with “normalize”, print the words the voice will say.</source>
        <translation>Đọc văn bản tiếng Việt thành bản tin (WAV, MP3 …), đã làm sạch và chỉnh về độ lớn chuẩn; hoặc, với “normalize”, in ra những từ giọng đọc sẽ nói.</translation>
    </message>
    <message>
        <source>the text to read</source>
        <translation>văn bản cần đọc</translation>
    </message>
    <message>
        <source>read the text from a text file</source>
        <translation>lấy văn bản từ tệp văn bản</translation>
    </message>
    <message>
        <source>sound file to write; its extension gives the type (.mp3, .wav …)</source>
        <translation>tệp âm thanh cần ghi; phần mở rộng cho biết loại tệp (.mp3, .wav …)</translation>
    </message>
    <message>
        <source>gtts: Google's online voice; offline: eSpeak NG; auto (default): Google, or the offline voice when Google cannot be used</source>
        <translation>gtts: giọng đọc trực tuyến của Google; offline: eSpeak NG; auto (mặc định): Google, hoặc giọng đọc ngoại tuyến khi không dùng được Google</translation>
    </message>
    <message>
        <source>reading speed, 0.5 to 2 (default 1)</source>
        <translation>tốc độ đọc, từ 0,5 đến 2 (mặc định 1)</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>Lưu ý: {notice}</translation>
    </message>
    <message>
        <source>Read by: {engine} (from the cache)</source>
        <translation>Giọng đọc: {engine} (lấy từ bộ nhớ đệm)</translation>
    </message>
    <message>
        <source>Read by: {engine}</source>
        <translation>Giọng đọc: {engine}</translation>
    </message>
    <message>
        <source>Saved {file}: {seconds:.1f} s, {lufs:.1f} LUFS, {peak:.1f} dBTP</source>
        <translation>Đã lưu {file}: {seconds:.1f} giây, {lufs:.1f} LUFS, {peak:.1f} dBTP</translation>
    </message>
    <message>
        <source>bulletins, jingles and music</source>
        <translation>bản tin, nhạc hiệu và âm nhạc</translation>
    </message>
    <message>
        <source>add sound files to the library</source>
        <translation>thêm tệp âm thanh vào thư viện</translation>
    </message>
    <message>
        <source>speech, jingle, bed (music under speech), music …</source>
        <translation>speech (lời đọc), jingle (nhạc hiệu), bed (nhạc nền dưới lời đọc), music (âm nhạc) …</translation>
    </message>
    <message>
        <source>list the sound files and bulletins</source>
        <translation>liệt kê tệp âm thanh và bản tin</translation>
    </message>
    <message>
        <source>approve a bulletin for broadcast</source>
        <translation>duyệt bản tin để phát sóng</translation>
    </message>
    <message>
        <source>who approves</source>
        <translation>người duyệt</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Không thêm được: {error}</translation>
    </message>
    <message>
        <source>Already in the library: {file} (as “{title}”)</source>
        <translation>Đã có trong thư viện: {file} (với tên “{title}”)</translation>
    </message>
    <message>
        <source>Added {file}: {seconds:.1f} s, {lufs:.1f} LUFS</source>
        <translation>Đã thêm {file}: {seconds:.1f} giây, {lufs:.1f} LUFS</translation>
    </message>
    <message>
        <source>“{title}” is approved by {approver}.</source>
        <translation>“{title}” đã được {approver} duyệt.</translation>
    </message>
    <message>
        <source>FM transmitter and village receivers</source>
        <translation>máy phát FM và máy thu ở các thôn</translation>
    </message>
    <message>
        <source>pretend to be a controller box on a pseudo-terminal</source>
        <translation>giả lập bộ điều khiển trên cổng giả (pseudo-terminal)</translation>
    </message>
    <message>
        <source>wait this long before each reply</source>
        <translation>chờ chừng này trước mỗi câu trả lời</translation>
    </message>
    <message>
        <source>garble every N-th reply</source>
        <translation>làm sai lệch câu trả lời thứ N</translation>
    </message>
    <message>
        <source>never answer this command (first word, e.g. STATUS)</source>
        <translation>không bao giờ trả lời lệnh này (từ đầu tiên, ví dụ STATUS)</translation>
    </message>
    <message>
        <source>refuse this command with ERR BUSY</source>
        <translation>từ chối lệnh này bằng ERR BUSY</translation>
    </message>
    <message>
        <source>switch the transmitter on, ask its status, switch it off</source>
        <translation>bật máy phát, hỏi trạng thái, rồi tắt máy phát</translation>
    </message>
    <message>
        <source>serial port (COM3, /dev/ttyUSB0)</source>
        <translation>cổng nối tiếp (COM3, /dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>line protocol, or keying on the RTS or DTR line</source>
        <translation>giao thức dòng lệnh, hoặc đóng cắt bằng đường RTS hay DTR</translation>
    </message>
    <message>
        <source>how long to wait for each reply</source>
        <translation>thời gian chờ mỗi câu trả lời</translation>
    </message>
    <message>
        <source>write a DTMF receiver code to a sound file</source>
        <translation>ghi mã DTMF điều khiển máy thu ra tệp âm thanh</translation>
    </message>
    <message>
        <source>0–9, *, #, A–D</source>
        <translation>0–9, *, #, A–D</translation>
    </message>
    <message>
        <source>sample rate, Hz</source>
        <translation>tần số lấy mẫu, Hz</translation>
    </message>
    <message>
        <source>peak level of each tone pair</source>
        <translation>mức đỉnh của mỗi cặp âm</translation>
    </message>
    <message>
        <source>baud rate</source>
        <translation>tốc độ baud</translation>
    </message>
    <message>
        <source>what ends each line</source>
        <translation>ký tự kết thúc mỗi dòng</translation>
    </message>
    <message>
        <source>The emulator needs a POSIX pseudo-terminal; on Windows use com0com.</source>
        <translation>Bộ giả lập cần cổng giả POSIX; trên Windows hãy dùng com0com.</translation>
    </message>
    <message>
        <source>Controller emulator on {path}; Ctrl+C stops it.</source>
        <translation>Bộ giả lập điều khiển đang chạy trên {path}; nhấn Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>The controller answered: {status}</source>
        <translation>Bộ điều khiển trả lời: {status}</translation>
    </message>
    <message>
        <source>Wrote the code {digits} ({seconds} s) to {file}.</source>
        <translation>Đã ghi mã {digits} ({seconds} giây) vào {file}.</translation>
    </message>
    <message>
        <source>as-run report of a day, week or month</source>
        <translation>báo cáo phát sóng theo ngày, tuần hoặc tháng</translation>
    </message>
    <message>
        <source>write a .csv or .xlsx file</source>
        <translation>ghi ra tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>Broadcast from {first} to {last}:</source>
        <translation>Phát sóng từ {first} đến {last}:</translation>
    </message>
    <message>
        <source>  {zone}: {minutes:.0f} min, {played} played, {failed} failed, {missed} missed, {local:.0%} produced by the station</source>
        <translation>  {zone}: {minutes:.0f} phút, {played} lần phát, {failed} lỗi, {missed} bỏ lỡ, {local:.0%} do đài tự sản xuất</translation>
    </message>
    <message>
        <source>  Nothing went on air.</source>
        <translation>  Không có nội dung nào được phát.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No display was found, so Studio's window cannot open. Run it on a desktop, or use the studio commands (studio --help) without a window.</source>
        <translation>Không tìm thấy màn hình nên không mở được cửa sổ Studio. Hãy chạy trên máy có màn hình, hoặc dùng các lệnh studio (studio --help) không cần cửa sổ.</translation>
    </message>
    <message>
        <source>A bulletin needs a title.</source>
        <translation>Bản tin cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Say who approves the bulletin.</source>
        <translation>Hãy cho biết người duyệt bản tin.</translation>
    </message>
    <message>
        <source>The bulletin no longer exists.</source>
        <translation>Bản tin không còn nữa.</translation>
    </message>
    <message>
        <source>“{title}” was written by {author}; another person must approve it.</source>
        <translation>“{title}” do {author} soạn; cần người khác duyệt.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {reason}.</source>
        <translation>Không đọc được cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of Studio. It was left untouched.</source>
        <translation>{path} là cơ sở dữ liệu của chương trình khác, không phải của Studio. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Studio database. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng hoặc không phải của Studio. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Studio (schema {revision}). Install the newer Studio to open it; the file was left untouched.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản Studio mới hơn (lược đồ {revision}). Hãy cài Studio mới hơn để mở; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Studio cannot write in the folder {path} ({reason}). Choose a folder you can write to, or ask for write permission.</source>
        <translation>Studio không ghi được vào thư mục {path} ({reason}). Hãy chọn thư mục có quyền ghi, hoặc xin cấp quyền ghi.</translation>
    </message>
    <message>
        <source>Saving to the database failed: {reason}</source>
        <translation>Lưu vào cơ sở dữ liệu không thành công: {reason}</translation>
    </message>
    <message>
        <source>Not a database address: {url}</source>
        <translation>Không phải địa chỉ cơ sở dữ liệu: {url}</translation>
    </message>
    <message>
        <source>Studio needs a database file.</source>
        <translation>Studio cần một tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; Studio needs to write it.</source>
        <translation>Cơ sở dữ liệu {path} chỉ cho phép đọc; Studio cần ghi vào tệp này.</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Không mở được cơ sở dữ liệu {url}: {reason}</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <extracomment>the station this installation is (set by `studio init` or the first-run dialog)</extracomment>
        <translation>Cần nhập tên đài.</translation>
    </message>
    <message>
        <source>The station needs a province.</source>
        <translation>Cần nhập tỉnh/thành phố của đài.</translation>
    </message>
    <message>
        <source>The administrative code must be digits only (got {code}).</source>
        <translation>Mã đơn vị hành chính chỉ gồm chữ số (đã nhập {code}).</translation>
    </message>
    <message>
        <source>This database already belongs to the station “{name}”.</source>
        <translation>Cơ sở dữ liệu này đã thuộc về đài “{name}”.</translation>
    </message>
    <message>
        <source>No station has been set up yet.</source>
        <translation>Chưa thiết lập đài nào.</translation>
    </message>
    <message>
        <source>Cannot push this item: {reason}</source>
        <translation>Không gửi được nội dung này: {reason}</translation>
    </message>
    <message>
        <source>Not a valid command: {reason}</source>
        <translation>Lệnh không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>ffmpeg was not found at {path}.</source>
        <extracomment>how much of stderr an error carries</extracomment>
        <translation>Không tìm thấy ffmpeg tại {path}.</translation>
    </message>
    <message>
        <source>ffmpeg is missing; reinstall Studio or set {variable} to its path.</source>
        <translation>Thiếu ffmpeg; hãy cài lại Studio hoặc đặt biến {variable} trỏ tới ffmpeg.</translation>
    </message>
    <message>
        <source>Cannot run ffmpeg ({path}): {reason}.</source>
        <translation>Không chạy được ffmpeg ({path}): {reason}.</translation>
    </message>
    <message>
        <source>ffmpeg could not process {file}: {detail}</source>
        <translation>ffmpeg không xử lý được {file}: {detail}</translation>
    </message>
    <message>
        <source>“{value}” is not the sha256 of a sound file.</source>
        <translation>“{value}” không phải mã sha256 của một tệp âm thanh.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <extracomment>a decode that falls this far short of the length the file declares is a truncated file output formats by file extension: (container, codec, default kbit/s or None for PCM) sample rates an MP3 for the loudspeakers may have</extracomment>
        <translation>Không có tệp {file}.</translation>
    </message>
    <message>
        <source>Cannot store sound in {folder}: {reason}.</source>
        <translation>Không lưu được âm thanh vào {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Không đọc được {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a sound file.</source>
        <translation>{file} là thư mục, không phải tệp âm thanh.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Tệp {file} trống.</translation>
    </message>
    <message>
        <source>The file {file} is truncated: part of its sound is missing.</source>
        <translation>Tệp {file} bị cắt cụt: thiếu một phần âm thanh.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: {detail}</source>
        <translation>Tệp {file} bị hỏng: {detail}</translation>
    </message>
    <message>
        <source>Cannot write {file}: choose one of these file types: {types}.</source>
        <extracomment>PCM sample format for WAV/FLAC ("PCM_16", "PCM_24", "FLOAT")</extracomment>
        <translation>Không ghi được {file}: hãy chọn một trong các loại tệp: {types}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <extracomment>the encoder changes the sound (level and peaks move), so check what it wrote</extracomment>
        <translation>Không ghi được {file}: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} contains no sound.</source>
        <extracomment>a lossy file is encoded again when its decoded loudness misses by more than this... ... or its decoded true peak is over the ceiling, up to this many encodes in all the limiter is lowered this much more than the encoder's peak overshoot the least loudness a dB of gain is assumed to add when correcting a miss piece length of the peak envelopes compared before and after encoding, seconds Studio's default for loudspeakers and the web EBU R128 broadcast programme level
----------
(start, end) frames of every speech item</extracomment>
        <translation>Tệp {file} không có âm thanh.</translation>
    </message>
    <message>
        <source>The file {file} is silent (or shorter than 0.4 s): nothing to measure.</source>
        <translation>Tệp {file} im lặng (hoặc ngắn hơn 0,4 giây): không có gì để đo.</translation>
    </message>
    <message>
        <source>In {where}, “{key}” must be a number.</source>
        <extracomment>overlap with the previous item (both fade over it, equal power) silence before the item; for a gap, the gap's length bed only: depth of the dip under speech (negative dB), and how fast it goes and comes</extracomment>
        <translation>Trong {where}, “{key}” phải là một số.</translation>
    </message>
    <message>
        <source>In {where}, an item must be an object.</source>
        <translation>Trong {where}, mỗi mục phải là một đối tượng.</translation>
    </message>
    <message>
        <source>In {where}, “kind” must be one of jingle, speech, bed, gap.</source>
        <translation>Trong {where}, “kind” phải là một trong: jingle, speech, bed, gap.</translation>
    </message>
    <message>
        <source>In {where}, unknown setting(s): {names}.</source>
        <translation>Trong {where}, có thiết lập không hợp lệ: {names}.</translation>
    </message>
    <message>
        <source>In {where}, “file” is missing.</source>
        <translation>Trong {where}, thiếu “file”.</translation>
    </message>
    <message>
        <source>In {where}, “{key}” cannot be negative.</source>
        <translation>Trong {where}, “{key}” không được âm.</translation>
    </message>
    <message>
        <source>{where} must be an object with a list of “items”.</source>
        <translation>{where} phải là một đối tượng có danh sách “items”.</translation>
    </message>
    <message>
        <source>{where} has no speech or jingle to play.</source>
        <translation>{where} không có lời đọc hay nhạc hiệu nào để phát.</translation>
    </message>
    <message>
        <source>In {where}, the sample rate or the number of channels is not usable.</source>
        <translation>Trong {where}, tần số lấy mẫu hoặc số kênh không dùng được.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}.</source>
        <translation>{file} không phải JSON hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>Item {number} of “{programme}” has no sound.</source>
        <translation>Mục {number} của “{programme}” không có âm thanh.</translation>
    </message>
    <message>
        <source>The music bed of “{programme}” has no sound.</source>
        <translation>Nhạc nền của “{programme}” không có âm thanh.</translation>
    </message>
    <message>
        <source>A pronunciation needs both the written and spoken form.</source>
        <translation>Mục phát âm cần có cả cách viết và cách đọc.</translation>
    </message>
    <message>
        <source>No such zone: {zone}</source>
        <translation>Không có vùng phát: {zone}</translation>
    </message>
    <message>
        <source>There is no zone to send to.</source>
        <translation>Không có vùng phát nào để gửi.</translation>
    </message>
    <message>
        <source>Repeat must be between 1 and 10 (got {repeat}).</source>
        <translation>Số lần phát phải từ 1 đến 10 (đã nhập {repeat}).</translation>
    </message>
    <message>
        <source>Not a date: {text} (write YYYY-MM-DD).</source>
        <translation>Ngày không hợp lệ: {text} (hãy viết theo dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Not a time of day: {text} (write HH:MM).</source>
        <translation>Giờ không hợp lệ: {text} (hãy viết theo dạng HH:MM).</translation>
    </message>
    <message>
        <source>A length is a number of minutes above 0.</source>
        <translation>Thời lượng phải là số phút lớn hơn 0.</translation>
    </message>
    <message>
        <source>No programme or bulletin is called “{name}” (give its title or id).</source>
        <translation>Không có chương trình hay bản tin nào tên “{name}” (hãy nhập tiêu đề hoặc mã).</translation>
    </message>
    <message>
        <source>“{name}” names several programmes or bulletins; give an id, or write programme:{name} or bulletin:{name}.</source>
        <translation>Có nhiều chương trình hoặc bản tin cùng tên “{name}”; hãy nhập mã, hoặc viết programme:{name} hay bulletin:{name}.</translation>
    </message>
    <message>
        <source>There is no zone “{name}”.</source>
        <translation>Không có vùng phát “{name}”.</translation>
    </message>
    <message>
        <source>Name the slot with --slot (title or id).</source>
        <translation>Hãy chỉ rõ khung giờ phát bằng --slot (tiêu đề hoặc mã).</translation>
    </message>
    <message>
        <source>“{name}” names {count} slots; give the id shown by `studio schedule list`.</source>
        <translation>Có {count} khung giờ phát mang tên “{name}”; hãy nhập mã hiện trong `studio schedule list`.</translation>
    </message>
    <message>
        <source>Not a list of weekdays: {text} (try mon-fri or t2-t6).</source>
        <translation>Không phải danh sách thứ trong tuần: {text} (hãy thử mon-fri hoặc t2-t6).</translation>
    </message>
    <message>
        <source>Not a lunar date: {text} (write 1/1, 15/8 or 15).</source>
        <translation>Ngày âm lịch không hợp lệ: {text} (hãy viết 1/1, 15/8 hoặc 15).</translation>
    </message>
    <message>
        <source>Give the date, or --lunar or --holiday for a rule.</source>
        <translation>Hãy nhập ngày, hoặc dùng --lunar hay --holiday để áp dụng lặp lại.</translation>
    </message>
    <message>
        <source>Not an id: {text}.</source>
        <translation>Mã không hợp lệ: {text}.</translation>
    </message>
    <message>
        <source>No slot or exception has the id {id}.</source>
        <translation>Không có khung giờ phát hay thay đổi theo ngày nào mang mã {id}.</translation>
    </message>
    <message>
        <source>Not a week: {text} (write 2026-W48).</source>
        <translation>Tuần không hợp lệ: {text} (hãy viết theo dạng 2026-W48).</translation>
    </message>
    <message>
        <source>Check between 1 and 366 days.</source>
        <translation>Chỉ kiểm tra được từ 1 đến 366 ngày.</translation>
    </message>
    <message>
        <source>Not a period: {text} (write 2026-11-23, 2026-W48 or 2026-11).</source>
        <translation>Không phải khoảng thời gian: {text} (hãy viết 2026-11-23, 2026-W48 hoặc 2026-11).</translation>
    </message>
    <message>
        <source>A report is written as .csv or .xlsx, not {name}.</source>
        <translation>Báo cáo được ghi dạng .csv hoặc .xlsx, không phải {name}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: its folder does not exist.</source>
        <translation>Không ghi được {path}: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>The document number cannot contain “/”: {text}.</source>
        <translation>Số văn bản không được chứa “/”: {text}.</translation>
    </message>
    <message>
        <source>Set up the station first (studio init): the schedule carries its name.</source>
        <translation>Hãy thiết lập đài trước (studio init): lịch phát sóng ghi tên đài.</translation>
    </message>
    <message>
        <source>Give the text either on the command line or with --file, not both.</source>
        <translation>Hãy đưa văn bản trên dòng lệnh hoặc bằng --file, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Say where to save the sound: -o FILE.</source>
        <translation>Hãy cho biết nơi lưu âm thanh: -o TỆP.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>Thiết bị cần có tên.</translation>
    </message>
    <message>
        <source>mosquitto_passwd failed: {reason}</source>
        <extracomment>Mosquitto 2's defaults for its PBKDF2-SHA512 ("$7$") entries</extracomment>
        <translation>mosquitto_passwd bị lỗi: {reason}</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <extracomment>how long the broker keeps a party's session and queued QoS 1 messages while it is away</extracomment>
        <translation>Chưa kết nối tới máy chủ MQTT.</translation>
    </message>
    <message>
        <source>The broker did not take the message: {reason}</source>
        <translation>Máy chủ MQTT không nhận tin: {reason}</translation>
    </message>
    <message>
        <source>The broker did not acknowledge within {seconds} s.</source>
        <translation>Máy chủ MQTT không xác nhận trong {seconds} giây.</translation>
    </message>
    <message>
        <source>The bulletin {id} does not exist.</source>
        <extracomment>how far ahead a priority bulletin looks for a slot, days</extracomment>
        <translation>Không có bản tin {id}.</translation>
    </message>
    <message>
        <source>No slot in the next {days} days has room for “{title}”; add a slot or an exception first.</source>
        <translation>Trong {days} ngày tới không có khung giờ phát nào còn chỗ cho “{title}”; hãy thêm khung giờ phát hoặc thay đổi theo ngày trước.</translation>
    </message>
    <message>
        <source>The new order must list exactly the items of the slot on {date}: {items}.</source>
        <translation>Thứ tự mới phải liệt kê đúng và đủ các mục của khung giờ phát ngày {date}: {items}.</translation>
    </message>
    <message>
        <source>Choose the slot to replace.</source>
        <extracomment>"holiday:KEY", "lunar:D/M" or "lunar:D"; None for on_date only</extracomment>
        <translation>Hãy chọn khung giờ phát cần thay thế.</translation>
    </message>
    <message>
        <source>Choose what the added slot plays.</source>
        <translation>Hãy chọn nội dung phát cho khung giờ phát được thêm.</translation>
    </message>
    <message>
        <source>An added slot needs a start time and a length.</source>
        <translation>Khung giờ phát được thêm cần có giờ bắt đầu và thời lượng.</translation>
    </message>
    <message>
        <source>Not a calendar rule: {rule} (use holiday:tet, lunar:1/1 or lunar:15).</source>
        <translation>Quy tắc lặp lại không hợp lệ: {rule} (hãy dùng holiday:tet, lunar:1/1 hoặc lunar:15).</translation>
    </message>
    <message>
        <source>Choose at least one zone, or every zone.</source>
        <translation>Hãy chọn ít nhất một vùng phát, hoặc tất cả vùng phát.</translation>
    </message>
    <message>
        <source>The slot {id} does not exist.</source>
        <translation>Không có khung giờ phát {id}.</translation>
    </message>
    <message>
        <source>The exception {id} does not exist.</source>
        <translation>Không có thay đổi theo ngày {id}.</translation>
    </message>
    <message>
        <source>A slot needs at least one weekday.</source>
        <extracomment>a slot may last at most a day, seconds</extracomment>
        <translation>Khung giờ phát cần có ít nhất một ngày trong tuần.</translation>
    </message>
    <message>
        <source>The slot ends ({until}) before it begins ({since}).</source>
        <translation>Ngày hết hiệu lực của khung giờ phát ({until}) sớm hơn ngày bắt đầu áp dụng ({since}).</translation>
    </message>
    <message>
        <source>A start time must be between 00:00 and 23:59.</source>
        <translation>Giờ bắt đầu phải trong khoảng từ 00:00 đến 23:59.</translation>
    </message>
    <message>
        <source>A slot lasts more than 0 and at most 24 hours.</source>
        <translation>Thời lượng khung giờ phát phải lớn hơn 0 và không quá 24 giờ.</translation>
    </message>
    <message>
        <source>Choose the programme the slot plays.</source>
        <translation>Hãy chọn chương trình phát trong khung giờ phát.</translation>
    </message>
    <message>
        <source>Choose the bulletin the slot plays.</source>
        <translation>Hãy chọn bản tin phát trong khung giờ phát.</translation>
    </message>
    <message>
        <source>A relay needs the address of a stream (http://…).</source>
        <translation>Tiếp sóng cần có địa chỉ luồng phát (http://…).</translation>
    </message>
    <message>
        <source>The programme {id} does not exist.</source>
        <translation>Không có chương trình {id}.</translation>
    </message>
    <message>
        <source>The zone {id} does not exist.</source>
        <translation>Không có vùng phát {id}.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>Không có văn bản để đọc.</translation>
    </message>
    <message>
        <source>The offline voice (eSpeak NG) failed: {detail}</source>
        <extracomment>eSpeak words (for Vietnamese: syllables) per minute at speed 1.0; eSpeak's own default of 175 runs Vietnamese syllables together on small loudspeakers eSpeak's volume, percent: its default of 100 clips on some vowels; loudness is set later seconds the program may take per character before it is taken as hung the library is one global state per process: one synthesis at a time, loaded once</extracomment>
        <translation>Giọng đọc ngoại tuyến (eSpeak NG) bị lỗi: {detail}</translation>
    </message>
    <message>
        <source>No offline voice is installed (eSpeak NG was not found). {detail}</source>
        <translation>Chưa cài giọng đọc ngoại tuyến (không tìm thấy eSpeak NG). {detail}</translation>
    </message>
    <message>
        <source>Cannot reach Google's voice service: there is no Internet connection.</source>
        <extracomment>characters gTTS sends in one request (``gTTS.GOOGLE_TTS_MAX_CHARS``) below this speed Google's slow voice is used (it has only normal and slow) failures worth more than one retry: they pass when the service catches its breath failures worth one retry: a second try rarely helps and the operator is waiting</extracomment>
        <translation>Không kết nối được dịch vụ giọng đọc của Google: máy không có Internet.</translation>
    </message>
    <message>
        <source>Google's voice service did not answer in time.</source>
        <translation>Dịch vụ giọng đọc của Google không trả lời kịp.</translation>
    </message>
    <message>
        <source>Google's voice service is refusing requests for now (too many requests).</source>
        <translation>Dịch vụ giọng đọc của Google đang tạm từ chối (quá nhiều yêu cầu).</translation>
    </message>
    <message>
        <source>Google's voice service is having trouble (error {status}).</source>
        <translation>Dịch vụ giọng đọc của Google đang gặp sự cố (lỗi {status}).</translation>
    </message>
    <message>
        <source>Google's voice service refused the request (error {status}).</source>
        <translation>Dịch vụ giọng đọc của Google từ chối yêu cầu (lỗi {status}).</translation>
    </message>
    <message>
        <source>Google's voice service sent no usable sound for this text.</source>
        <translation>Dịch vụ giọng đọc của Google không trả về âm thanh dùng được cho văn bản này.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a text file.</source>
        <extracomment>byte-order marks Windows editors write (Notepad's "Unicode" is UTF-16 LE) a notice is a page or a few; anything this large is not one</extracomment>
        <translation>{file} là thư mục, không phải tệp văn bản.</translation>
    </message>
    <message>
        <source>{file} is too large to be a notice.</source>
        <translation>{file} quá lớn, không phải một thông báo.</translation>
    </message>
    <message>
        <source>{file} is not a text file in Unicode (UTF-8); save it as UTF-8 text.</source>
        <translation>{file} không phải tệp văn bản Unicode (UTF-8); hãy lưu lại dạng văn bản UTF-8.</translation>
    </message>
    <message>
        <source>{reason} The offline voice read the text instead.</source>
        <extracomment>speeds accepted, as a ratio of the engine's normal pace rate of the written file, Hz (Studio's programmes are made at 48 kHz) speech whose peak stays under this (about −80 dBFS) has nothing in it clean-up for synthesized speech: no noise to reduce, a short breath kept at the ends loudness passes at most, and how close (LU) to the target is close enough</extracomment>
        <translation>{reason} Đã dùng giọng đọc ngoại tuyến để đọc.</translation>
    </message>
    <message>
        <source>Neither voice could read the text. {online} {offline}</source>
        <translation>Không giọng đọc nào đọc được văn bản. {online} {offline}</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name to save to.</source>
        <translation>{file} là thư mục; hãy cho tên tệp để lưu.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder {folder} does not exist.</source>
        <translation>Không lưu được {file}: không có thư mục {folder}.</translation>
    </message>
    <message>
        <source>Cannot save {file}: the folder {folder} is read-only.</source>
        <translation>Không lưu được {file}: thư mục {folder} chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The speed must be between {low} and {high}.</source>
        <translation>Tốc độ phải trong khoảng {low} đến {high}.</translation>
    </message>
    <message>
        <source>The loudness target must be a number.</source>
        <translation>Độ lớn chuẩn phải là một số.</translation>
    </message>
    <message>
        <source>The true-peak ceiling cannot be above 0 dBTP.</source>
        <translation>Mức đỉnh thực tối đa không được cao hơn 0 dBTP.</translation>
    </message>
    <message>
        <source>The voice produced no sound for this text.</source>
        <translation>Giọng đọc không tạo ra âm thanh nào cho văn bản này.</translation>
    </message>
    <message>
        <source>Unknown voice engine “{engine}”: use {choices}.</source>
        <translation>Không có giọng đọc “{engine}”: hãy dùng {choices}.</translation>
    </message>
    <message>
        <source>Item {number} of the programme has a negative or invalid time or gain.</source>
        <extracomment>every asset the programme uses (bed, items, bulletins' audio), by id the bulletins its items name, by id</extracomment>
        <translation>Mục {number} của chương trình có thời gian hoặc mức khuếch đại âm hay không hợp lệ.</translation>
    </message>
    <message>
        <source>Item {number} of the programme is a gap of no length.</source>
        <translation>Mục {number} của chương trình là khoảng lặng không có độ dài.</translation>
    </message>
    <message>
        <source>Item {number} of the programme needs a bulletin.</source>
        <translation>Mục {number} của chương trình cần có bản tin.</translation>
    </message>
    <message>
        <source>Item {number} of the programme needs a sound file.</source>
        <translation>Mục {number} của chương trình cần có tệp âm thanh.</translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation>Chương trình cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A programme needs at least one item.</source>
        <translation>Chương trình cần có ít nhất một mục.</translation>
    </message>
    <message>
        <source>The programme's music bed is not in the store.</source>
        <translation>Nhạc nền của chương trình không có trong kho.</translation>
    </message>
    <message>
        <source>There is no programme “{name}”.</source>
        <translation>Không có chương trình “{name}”.</translation>
    </message>
    <message>
        <source>Several programmes are called “{name}”; give its id instead.</source>
        <translation>Có nhiều chương trình tên “{name}”; hãy dùng mã của chương trình.</translation>
    </message>
    <message>
        <source>No single bulletin is called “{name}”; give its id.</source>
        <translation>Có nhiều bản tin tên “{name}”; hãy dùng mã của bản tin.</translation>
    </message>
    <message>
        <source>There is no bulletin “{name}”.</source>
        <translation>Không có bản tin “{name}”.</translation>
    </message>
    <message>
        <source>The sample rate must be between 8000 and 192000 Hz.</source>
        <translation>Tần số lấy mẫu phải trong khoảng 8000 đến 192000 Hz.</translation>
    </message>
    <message>
        <source>“{digits}” is not a DTMF code: use 0–9, *, # and A–D.</source>
        <extracomment>digit -&gt; (row Hz, column Hz) raised-cosine ramp at each end of a tone, so the FM exciter does not splatter a click detector analysis window: ~25 ms resolves the closest pair (697/770 Hz) and is shorter than the 40 ms minimum tone of ITU-T Q.24</extracomment>
        <translation>“{digits}” không phải mã DTMF: hãy dùng 0–9, *, # và A–D.</translation>
    </message>
    <message>
        <source>DTMF tones and gaps must last at least 40 ms, and the guard silence cannot be negative.</source>
        <translation>Âm DTMF và khoảng nghỉ phải dài ít nhất 40 ms, khoảng lặng bảo vệ không được âm.</translation>
    </message>
    <message>
        <source>The DTMF level must be 0 dBFS or lower.</source>
        <translation>Mức DTMF phải từ 0 dBFS trở xuống.</translation>
    </message>
    <message>
        <source>No DTMF codes are set for the zone “{zone}”.</source>
        <translation>Chưa đặt mã DTMF cho vùng phát “{zone}”.</translation>
    </message>
    <message>
        <source>Unknown line ending “{ending}”: use CR, LF or CRLF.</source>
        <extracomment>longest reply line kept; a controller spewing noise without line ends is garbled</extracomment>
        <translation>Không rõ ký tự kết thúc dòng “{ending}”: hãy dùng CR, LF hoặc CRLF.</translation>
    </message>
    <message>
        <source>The expected reply “{pattern}” is not a valid pattern: {reason}.</source>
        <translation>Câu trả lời mong đợi “{pattern}” không phải mẫu hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>A zone command may hold only the placeholder {{zone}}.</source>
        <translation>Lệnh vùng phát chỉ được chứa chỗ thay thế {{zone}}.</translation>
    </message>
    <message>
        <source>Cannot open the serial port {port}: {reason}</source>
        <translation>Không mở được cổng nối tiếp {port}: {reason}</translation>
    </message>
    <message>
        <source>The controller refused “{command}”: {reply}</source>
        <translation>Bộ điều khiển từ chối “{command}”: {reply}</translation>
    </message>
    <message>
        <source>The controller answered “{command}” with “{reply}”, which is not the expected reply. Check the baud rate, the line ending and the cable.</source>
        <translation>Bộ điều khiển trả lời “{command}” bằng “{reply}”, không đúng câu trả lời mong đợi. Hãy kiểm tra tốc độ baud, ký tự kết thúc dòng và cáp nối.</translation>
    </message>
    <message>
        <source>The controller on {port} did not answer “{command}” within {seconds} s. Check that it is on and connected.</source>
        <translation>Bộ điều khiển ở {port} không trả lời “{command}” trong {seconds} giây. Hãy kiểm tra đã bật và đã nối cáp.</translation>
    </message>
    <message>
        <source>The serial port {port} failed: {reason}</source>
        <translation>Cổng nối tiếp {port} bị lỗi: {reason}</translation>
    </message>
    <message>
        <source>Unknown keying line “{line}”: use RTS or DTR.</source>
        <translation>Không rõ đường đóng cắt “{line}”: hãy dùng RTS hoặc DTR.</translation>
    </message>
    <message>
        <source>Cannot set the {line} line of {port}: {reason}</source>
        <translation>Không đặt được đường {line} của {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Commune station</source>
        <translation>Đài cấp xã</translation>
    </message>
    <message>
        <source>Parent station (district or province)</source>
        <translation>Đài cấp trên (huyện hoặc tỉnh)</translation>
    </message>
    <message>
        <source>IP loudspeakers</source>
        <translation>Cụm loa IP</translation>
    </message>
    <message>
        <source>FM receivers</source>
        <translation>Máy thu FM</translation>
    </message>
    <message>
        <source>IP loudspeaker</source>
        <translation>Loa IP</translation>
    </message>
    <message>
        <source>FM transmitter controller</source>
        <translation>Bộ điều khiển máy phát FM</translation>
    </message>
    <message>
        <source>MQTT (3G/4G, internet)</source>
        <translation>MQTT (3G/4G, Internet)</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Cổng nối tiếp (COM)</translation>
    </message>
    <message>
        <source>RTS/DTR keying</source>
        <translation>Đóng cắt bằng RTS/DTR</translation>
    </message>
    <message>
        <source>DTMF tones</source>
        <translation>Mã âm DTMF</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Lời đọc</translation>
    </message>
    <message>
        <source>Jingle</source>
        <translation>Nhạc hiệu</translation>
    </message>
    <message>
        <source>Music bed</source>
        <translation>Nhạc nền</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Âm nhạc</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Other sound</source>
        <translation>Âm thanh khác</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <source>Partly played</source>
        <translation>Phát một phần</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Bị ngắt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ lỡ</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hằng ngày</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print preview</source>
        <extracomment>Times New Roman is what Vietnamese offices print in; Noto Serif is bundled in resources/fonts page margins in mm, within the ranges Nghị định 30 gives (top/bottom 20–25, left 30–35, right 15–20)</extracomment>
        <translation>Xem trước khi in</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>No zones are set up yet: the schedule is not heard anywhere.</source>
        <extracomment>items closer than this belong to the same session, seconds the days it happens on (empty for problems of the template itself) running-order handles (see resolve.slot_key) of the entries concerned</extracomment>
        <translation>Chưa thiết lập vùng phát nào: lịch phát sóng chưa phát ra được ở đâu.</translation>
    </message>
    <message>
        <source>The zone {zone} has no working loudspeaker or transmitter: nothing scheduled for it will be heard.</source>
        <translation>Vùng phát {zone} không có loa hay máy phát nào đang hoạt động: mọi nội dung xếp lịch cho vùng này sẽ không phát ra được.</translation>
    </message>
    <message>
        <source>“{slot}” starts at {start} and may run {length}, past midnight (until {end} the next day); it is kept on the day it starts.</source>
        <translation>“{slot}” bắt đầu lúc {start} và có thể kéo dài {length}, qua nửa đêm (đến {end} ngày hôm sau); khung giờ phát này được tính vào ngày bắt đầu.</translation>
    </message>
    <message>
        <source>“{slot}” ({slot_time}) has nothing to play.</source>
        <translation>“{slot}” ({slot_time}) không có nội dung để phát.</translation>
    </message>
    <message>
        <source>{date}, {zone}: “{title}” was put in a slot that does not run that day, so it will not play.</source>
        <translation>{date}, {zone}: “{title}” được xếp vào khung giờ phát không có trong ngày này nên sẽ không được phát.</translation>
    </message>
    <message>
        <source>{date}, {zone}: the emergency broadcast “{first}” ({first_time}) takes {overlap} from “{second}” ({second_time}).</source>
        <translation>{date}, {zone}: nội dung phát khẩn cấp “{first}” ({first_time}) chiếm mất {overlap} của “{second}” ({second_time}).</translation>
    </message>
    <message>
        <source>{date}, {zone}: “{first}” ({first_time}) and “{second}” ({second_time}) overlap; “{second}” does not play at all.</source>
        <translation>{date}, {zone}: “{first}” ({first_time}) và “{second}” ({second_time}) bị trùng giờ; “{second}” hoàn toàn không được phát.</translation>
    </message>
    <message>
        <source>{date}, {zone}: “{first}” ({first_time}) and “{second}” ({second_time}) overlap by {overlap}; “{second}” loses that time.</source>
        <translation>{date}, {zone}: “{first}” ({first_time}) và “{second}” ({second_time}) trùng giờ {overlap}; “{second}” bị mất khoảng thời gian đó.</translation>
    </message>
    <message>
        <source>“{slot}” ({slot_time}) plays a programme or bulletin that no longer exists.</source>
        <translation>“{slot}” ({slot_time}) phát một chương trình hoặc bản tin không còn tồn tại.</translation>
    </message>
    <message>
        <source>“{title}” in “{slot}” ({slot_time}) has no audio yet.</source>
        <translation>“{title}” trong “{slot}” ({slot_time}) chưa có âm thanh.</translation>
    </message>
    <message>
        <source>“{title}” in “{slot}” ({slot_time}) is not approved for broadcast: {bulletins}.</source>
        <translation>“{title}” trong “{slot}” ({slot_time}) có bản tin chưa được duyệt để phát sóng: {bulletins}.</translation>
    </message>
    <message>
        <source>{date}, {zone}: “{title}” ({length}) finds no time left in “{slot}” ({slot_time}) and will not play.</source>
        <translation>{date}, {zone}: “{slot}” ({slot_time}) không còn thời gian cho “{title}” ({length}) nên nội dung này sẽ không được phát.</translation>
    </message>
    <message>
        <source>{date}, {zone}: “{title}” lasts {length} but only {room} is left for it in “{slot}” ({slot_time}); its last {cut} will be cut at {cut_at}.</source>
        <translation>{date}, {zone}: “{title}” dài {length} nhưng “{slot}” ({slot_time}) chỉ còn {room}; {cut} cuối sẽ bị cắt lúc {cut_at}.</translation>
    </message>
    <message>
        <source>{date}, {zone}: the session {start}–{end} lasts {length}, longer than the station's limit of {limit} minutes.</source>
        <translation>{date}, {zone}: buổi phát {start}–{end} kéo dài {length}, vượt quá thời lượng tối đa {limit} phút của đài.</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <extracomment>English name marked for translation under "schedule"</extracomment>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hùng Kings' Commemoration</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam, thống nhất đất nước</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Loudness target (LUFS)</source>
        <extracomment>integrated loudness every bulletin and programme is normalized to; −16 LUFS carries outdoors on loudspeakers, −23 LUFS is the EBU R128 broadcast preset</extracomment>
        <translation>Mức âm lượng chuẩn (LUFS)</translation>
    </message>
    <message>
        <source>True-peak ceiling (dBTP)</source>
        <translation>Mức đỉnh thực tối đa (dBTP)</translation>
    </message>
    <message>
        <source>Longest broadcast session (minutes)</source>
        <extracomment>the station's rule for one broadcast session: back-to-back items on a zone longer than this are flagged by the schedule checks (commune rules are often 15, 30 or 45 minutes)</extracomment>
        <translation>Thời lượng tối đa của một buổi phát (phút)</translation>
    </message>
</context>
<context>
    <name>tts</name>
    <message>
        <source>eSpeak NG voice (offline)</source>
        <translation>Giọng eSpeak NG (ngoại tuyến)</translation>
    </message>
    <message>
        <source>Google voice (online)</source>
        <translation>Giọng Google (trực tuyến)</translation>
    </message>
</context>
</TS>