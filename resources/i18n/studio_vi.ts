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
        <source>Bulletins, jingles and music of the station.</source>
        <translation>Bản tin, nhạc hiệu và âm nhạc của đài.</translation>
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
        <source>Created</source>
        <translation>Ngày tạo</translation>
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
        <translation><numerusform>Chờ gửi: %n</numerusform></translation>
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
        <translation>Sản xuất</translation>
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
        <source>Saved “%1” as a draft.</source>
        <translation>Đã lưu bản nháp “%1”.</translation>
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
        <translation><numerusform>Những gì đã phát sóng trong %n ngày qua.</numerusform></translation>
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
        <source>Schedule</source>
        <translation>Lịch phát sóng</translation>
    </message>
    <message>
        <source>The weekly broadcast template: when each session goes on air.</source>
        <translation>Lịch phát sóng mẫu hằng tuần: giờ phát của từng buổi.</translation>
    </message>
    <message>
        <source>No broadcast sessions in the weekly template yet.</source>
        <translation>Lịch mẫu hằng tuần chưa có buổi phát nào.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi phát</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Thời lượng tối đa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n phút</numerusform></translation>
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
        <source>render a programme described in JSON</source>
        <translation>dựng chương trình mô tả bằng JSON</translation>
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
        <source>The file {file} does not exist.</source>
        <extracomment>a decode that falls this far short of the length the file declares is a truncated file output formats by file extension: (container, codec, default kbit/s or None for PCM) sample rates an MP3 for the loudspeakers may have</extracomment>
        <translation>Không có tệp {file}.</translation>
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
        <translation>Không ghi được {file}: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} contains no sound.</source>
        <extracomment>Studio's default for loudspeakers and the web EBU R128 broadcast programme level
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
        <source>A pronunciation needs both the written and spoken form.</source>
        <translation>Mục phát âm cần có cả cách viết và cách đọc.</translation>
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
</context>
</TS>