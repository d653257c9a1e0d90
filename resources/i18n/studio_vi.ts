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
    <name>AudioEditor</name>
    <message>
        <source>Record or open a sound to edit it here.</source>
        <translation>Ghi âm hoặc mở một tệp âm thanh để biên tập tại đây.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <extracomment>most pixels one frame may take when zoomed in a press that moves less than this (pixels) is a click that places the playhead how often the preview is fed and the playhead moves, ms sound queued for the output device, seconds: enough to ride out a busy moment of the UI thread (stop drops it at once) "open a file" offers these frame at the left edge, and frames per pixel shown when there is no clip the file being opened, the name it goes by, and the number of its request: a later request wins</extracomment>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Lưu thành tệp…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Xem toàn bộ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Nghe thử</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Cắt gọn</translation>
    </message>
    <message>
        <source>Keep only the selection</source>
        <translation>Chỉ giữ lại đoạn đã chọn</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Xóa đoạn</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Xóa đoạn đã chọn</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>To dần</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Nhỏ dần</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Apply gain</source>
        <translation>Chỉnh âm lượng</translation>
    </message>
    <message>
        <source>Change the level of the selection, or of the whole sound</source>
        <translation>Tăng hoặc giảm âm lượng của đoạn đã chọn, hoặc của cả bản âm thanh</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Làm lại (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Sound files (%1)</source>
        <translation>Tệp âm thanh (%1)</translation>
    </message>
    <message>
        <source>Open a sound</source>
        <translation>Mở tệp âm thanh</translation>
    </message>
    <message>
        <source>Save the sound</source>
        <translation>Lưu âm thanh</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Âm thanh WAV (*.wav)</translation>
    </message>
    <message>
        <source>Select part of the sound first: drag across it.</source>
        <translation>Hãy chọn một đoạn âm thanh trước: kéo chuột qua dạng sóng.</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Không đo được: %1</translation>
    </message>
    <message>
        <source>Measuring loudness…</source>
        <translation>Đang đo độ lớn…</translation>
    </message>
    <message>
        <source>Loudness: silent</source>
        <translation>Độ lớn: im lặng</translation>
    </message>
    <message>
        <source>Loudness %1 LUFS · true peak %2 dBTP</source>
        <translation>Độ lớn %1 LUFS · đỉnh thực %2 dBTP</translation>
    </message>
    <message>
        <source>too loud: it will distort</source>
        <translation>quá to: âm thanh sẽ bị méo</translation>
    </message>
    <message>
        <source>The sound output device cannot play this sound.</source>
        <translation>Thiết bị phát âm thanh không phát được âm thanh này.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Selected %1 – %2 (%3 s) of %4</source>
        <translation>Đã chọn %1 – %2 (%3 giây) trong tổng %4</translation>
    </message>
    <message>
        <source>No sound output device: connect speakers or headphones to listen.</source>
        <translation>Không có thiết bị phát âm thanh: hãy cắm loa hoặc tai nghe để nghe thử.</translation>
    </message>
</context>
<context>
    <name>BrokerFilesDialog</name>
    <message>
        <source>The station's broker files</source>
        <translation>Tệp máy chủ MQTT của đài</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Addresses of the broker</source>
        <translation>Địa chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>e.g. loa.daibangthanh.vn, 192.168.1.10</source>
        <translation>ví dụ: loa.daibangthanh.vn, 192.168.1.10</translation>
    </message>
    <message>
        <source>Studio writes the configuration of the MQTT broker (Mosquitto) in this folder. The addresses are the names or IP addresses loudspeakers and communes use to reach it, separated by commas. Afterwards Studio updates these files by itself whenever a loudspeaker or a commune is added.</source>
        <translation>Studio ghi cấu hình của máy chủ MQTT (Mosquitto) vào thư mục này. Địa chỉ là tên miền hoặc địa chỉ IP mà loa và các đài xã dùng để kết nối tới máy chủ, cách nhau bằng dấu phẩy. Sau đó, mỗi khi thêm loa hoặc ghép nối đài xã, Studio tự cập nhật các tệp này.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Add a loudspeaker</source>
        <extracomment>how often the table shows the devices' latest state (it is read from memory) default of the volume dialog when the device has not said its volume yet new devices only: where their config goes and how they reach the broker</extracomment>
        <translation>Thêm loa</translation>
    </message>
    <message>
        <source>Change a loudspeaker</source>
        <translation>Sửa thông tin loa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Cụm loa</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Save its files in</source>
        <translation>Lưu các tệp của loa vào</translation>
    </message>
    <message>
        <source>Broker address for it</source>
        <translation>Địa chỉ máy chủ MQTT cho loa</translation>
    </message>
    <message>
        <source>Plays the zone's schedule</source>
        <translation>Phát theo lịch của cụm</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Studio makes the loudspeaker's own password and a config file. Copy the folder to the loudspeaker; Studio tells the broker of the new password.</source>
        <translation>Studio tạo mật khẩu riêng và tệp cấu hình cho loa. Hãy chép thư mục này sang loa; Studio tự báo cho máy chủ MQTT biết mật khẩu mới.</translation>
    </message>
    <message>
        <source>A loudspeaker not in use is no longer let into the broker.</source>
        <translation>Loa không sử dụng sẽ không được kết nối vào máy chủ MQTT nữa.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Broker</source>
        <translation>Máy chủ MQTT</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Broker files…</source>
        <translation>Tệp máy chủ…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Send test tone</source>
        <translation>Gửi âm thử</translation>
    </message>
    <message>
        <source>Play now…</source>
        <translation>Phát ngay…</translation>
    </message>
    <message>
        <source>Volume…</source>
        <translation>Âm lượng…</translation>
    </message>
    <message>
        <source>Push the week</source>
        <translation>Đẩy lịch tuần</translation>
    </message>
    <message>
        <source>Emergency…</source>
        <translation>Khẩn cấp…</translation>
    </message>
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
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Lần cuối liên lạc</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Đang phát</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Không sử dụng</translation>
    </message>
    <message>
        <source>Online — emergency</source>
        <translation>Đang kết nối — đang phát khẩn cấp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to come</source>
        <translation>
            <numerusform>còn %n tệp chưa nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>all here</source>
        <translation>đã nhận đủ</translation>
    </message>
    <message>
        <source>Connected to the broker: states are live.</source>
        <translation>Đã kết nối máy chủ MQTT: trạng thái được cập nhật trực tiếp.</translation>
    </message>
    <message>
        <source>The broker cannot be reached; Studio keeps trying.</source>
        <translation>Không kết nối được máy chủ MQTT; Studio vẫn đang thử lại.</translation>
    </message>
    <message>
        <source>Connecting to the broker…</source>
        <translation>Đang kết nối máy chủ MQTT…</translation>
    </message>
    <message>
        <source>No broker is set up, so Studio cannot reach the loudspeakers or show whether they are online. Write the broker's files (“Broker files…”), start the broker with them, then enter its address here.</source>
        <translation>Chưa thiết lập máy chủ MQTT, nên Studio không thể liên lạc với loa hay cho biết loa có đang kết nối không. Hãy tạo các tệp của máy chủ (nút “Tệp máy chủ…”), khởi động máy chủ với các tệp đó, rồi nhập địa chỉ của máy chủ vào đây.</translation>
    </message>
    <message>
        <source>Broker files written to %1; the running broker has read them.</source>
        <translation>Đã ghi các tệp của máy chủ MQTT vào %1; máy chủ đang chạy đã đọc lại các tệp này.</translation>
    </message>
    <message>
        <source>Broker files written to %1. Start the broker with them: %2</source>
        <translation>Đã ghi các tệp của máy chủ MQTT vào %1. Hãy khởi động máy chủ với các tệp này: %2</translation>
    </message>
    <message>
        <source>“%1” added. Copy its folder to the loudspeaker.</source>
        <translation>Đã thêm “%1”. Hãy chép thư mục của loa sang thiết bị loa.</translation>
    </message>
    <message>
        <source>Choose a device in the table first.</source>
        <translation>Hãy chọn một thiết bị trong bảng trước.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Âm thử</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>Saved in the outbox: it goes out when the broker is reachable.</source>
        <translation>Đã lưu vào hàng đợi gửi: sẽ gửi đi khi kết nối được máy chủ MQTT.</translation>
    </message>
    <message>
        <source>%1: %2 items sent.</source>
        <translation>%1: đã gửi %2 mục.</translation>
    </message>
    <message>
        <source>%1: %2 items, unchanged.</source>
        <translation>%1: %2 mục, không thay đổi.</translation>
    </message>
    <message>
        <source>Left out, no audio yet: %1</source>
        <translation>Bỏ qua vì chưa có âm thanh: %1</translation>
    </message>
    <message>
        <source>There is no zone to send to.</source>
        <translation>Không có cụm loa nào để gửi.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng phát</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency broadcast</source>
        <translation>Phát khẩn cấp</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Cụm loa</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Số lần phát</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tất cả các cụm</translation>
    </message>
    <message>
        <source>Every loudspeaker of the zone stops what it plays and plays this at once.</source>
        <translation>Mọi loa của cụm sẽ dừng nội dung đang phát và phát ngay thông báo này.</translation>
    </message>
    <message>
        <source>The library has no sound yet: add the emergency message there first.</source>
        <translation>Thư viện chưa có âm thanh nào: hãy thêm bản tin khẩn cấp vào thư viện trước.</translation>
    </message>
    <message>
        <source>SEND EMERGENCY</source>
        <translation>PHÁT KHẨN CẤP</translation>
    </message>
    <message>
        <source>Send the emergency?</source>
        <translation>Phát khẩn cấp?</translation>
    </message>
    <message>
        <source>Send “%1” as an emergency to %2 now? Loudspeakers stop what they play.</source>
        <translation>Phát ngay “%1” dưới dạng khẩn cấp tới %2? Các loa sẽ dừng nội dung đang phát.</translation>
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
    <name>FmPage</name>
    <message>
        <source>FM transmitter</source>
        <extracomment>the schedule is read again this often while playing, so an emergency or another change made meanwhile (on the Schedule page, or synced in) goes on air today</extracomment>
        <translation>Máy phát FM</translation>
    </message>
    <message>
        <source>The PC plays the day's schedule to the transmitter through the sound card, and switches the transmitter and the village receivers on and off around each slot.</source>
        <translation>Máy tính phát lịch trong ngày ra máy phát qua card âm thanh, và bật, tắt máy phát cùng các máy thu ở thôn trước và sau mỗi khung giờ.</translation>
    </message>
    <message>
        <source>Controller on a serial port (line protocol)</source>
        <translation>Bộ điều khiển qua cổng nối tiếp (giao thức dòng lệnh)</translation>
    </message>
    <message>
        <source>Keying on the RTS line</source>
        <translation>Kích máy phát bằng chân RTS</translation>
    </message>
    <message>
        <source>Keying on the DTR line</source>
        <translation>Kích máy phát bằng chân DTR</translation>
    </message>
    <message>
        <source>DTMF codes only (transmitter by hand)</source>
        <translation>Chỉ mã DTMF (bật máy phát bằng tay)</translation>
    </message>
    <message>
        <source>None: switched by hand</source>
        <translation>Không: bật, tắt bằng tay</translation>
    </message>
    <message>
        <source>The system's default output</source>
        <translation>Đầu ra mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Transmitter and receivers</source>
        <translation>Máy phát và máy thu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Điều khiển</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Cổng nối tiếp</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Tốc độ baud</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Ký tự kết thúc dòng</translation>
    </message>
    <message>
        <source>Reply timeout (s)</source>
        <translation>Thời gian chờ trả lời (giây)</translation>
    </message>
    <message>
        <source>Zone on the transmitter</source>
        <translation>Cụm phát qua máy phát</translation>
    </message>
    <message>
        <source>Sound card to the transmitter</source>
        <translation>Card âm thanh nối với máy phát</translation>
    </message>
    <message>
        <source>Transmitter on before the code (s)</source>
        <translation>Bật máy phát trước mã (giây)</translation>
    </message>
    <message>
        <source>Tone (ms)</source>
        <translation>Độ dài âm (ms)</translation>
    </message>
    <message>
        <source>Gap (ms)</source>
        <translation>Khoảng nghỉ (ms)</translation>
    </message>
    <message>
        <source>Guard silence (ms)</source>
        <translation>Khoảng lặng đệm (ms)</translation>
    </message>
    <message>
        <source>Code level (dBFS)</source>
        <translation>Mức âm của mã (dBFS)</translation>
    </message>
    <message>
        <source>Controller commands (empty: the default)</source>
        <translation>Lệnh của bộ điều khiển (để trống: dùng mặc định)</translation>
    </message>
    <message>
        <source>Transmitter on</source>
        <translation>Bật máy phát</translation>
    </message>
    <message>
        <source>Transmitter off</source>
        <translation>Tắt máy phát</translation>
    </message>
    <message>
        <source>Zone on ({zone}: its number)</source>
        <translation>Bật vùng ({zone}: số của vùng)</translation>
    </message>
    <message>
        <source>Zone off ({zone}: its number)</source>
        <translation>Tắt vùng ({zone}: số của vùng)</translation>
    </message>
    <message>
        <source>Status query</source>
        <translation>Lệnh hỏi trạng thái</translation>
    </message>
    <message>
        <source>Expected status reply</source>
        <translation>Trả lời trạng thái mong đợi</translation>
    </message>
    <message>
        <source>Expected reply to a command</source>
        <translation>Trả lời lệnh mong đợi</translation>
    </message>
    <message>
        <source>Reply meaning refused</source>
        <translation>Trả lời nghĩa là từ chối</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Number on the controller</source>
        <translation>Số trên bộ điều khiển</translation>
    </message>
    <message>
        <source>On code</source>
        <translation>Mã bật</translation>
    </message>
    <message>
        <source>Off code</source>
        <translation>Mã tắt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Thử</translation>
    </message>
    <message>
        <source>Start playout</source>
        <translation>Bắt đầu phát</translation>
    </message>
    <message>
        <source>Stop playout</source>
        <translation>Dừng phát</translation>
    </message>
    <message>
        <source>Emergency broadcast…</source>
        <translation>Phát khẩn cấp…</translation>
    </message>
    <message>
        <source>What was sent and received</source>
        <translation>Lệnh đã gửi và trả lời đã nhận</translation>
    </message>
    <message>
        <source>Saved. Playout goes on with the settings it started with; the new ones are used when it is next started (Stop playout, then Start playout).</source>
        <translation>Đã lưu. Máy phát vẫn phát theo cài đặt lúc bắt đầu; cài đặt mới được dùng từ lần phát tiếp theo (bấm “Dừng phát”, rồi “Bắt đầu phát”).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Testing the control line…</source>
        <translation>Đang thử đường điều khiển…</translation>
    </message>
    <message>
        <source>The controller answered: %1</source>
        <translation>Bộ điều khiển trả lời: %1</translation>
    </message>
    <message>
        <source>Playout started.</source>
        <translation>Đã bắt đầu phát.</translation>
    </message>
    <message>
        <source>Playout stopped.</source>
        <translation>Đã dừng phát.</translation>
    </message>
    <message>
        <source>There is no bulletin with audio to broadcast. Record one first.</source>
        <translation>Chưa có bản tin nào có âm thanh để phát. Hãy ghi âm một bản tin trước.</translation>
    </message>
    <message>
        <source>Emergency broadcast</source>
        <translation>Phát khẩn cấp</translation>
    </message>
    <message>
        <source>Bulletin to broadcast on every zone now:</source>
        <translation>Bản tin phát ngay trên mọi cụm:</translation>
    </message>
    <message>
        <source>Interrupt what is on air and broadcast “%1” on every zone now?</source>
        <translation>Ngắt chương trình đang phát và phát “%1” trên mọi cụm ngay bây giờ?</translation>
    </message>
    <message>
        <source>Emergency broadcast: %1</source>
        <translation>Phát khẩn cấp: %1</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>ĐANG PHÁT</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>Không phát</translation>
    </message>
    <message>
        <source>%1 played %2 (%3)</source>
        <translation>%1 đã phát %2 (%3)</translation>
    </message>
    <message>
        <source>%1 emergency %2 (%3)</source>
        <translation>%1 phát khẩn cấp %2 (%3)</translation>
    </message>
    <message>
        <source>%1 missed %2 (%3)</source>
        <translation>%1 bỏ lỡ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 no audio for %2 (%3)</source>
        <translation>%1 không có âm thanh cho %2 (%3)</translation>
    </message>
    <message>
        <source>%1 switching failed for %2 (%3)</source>
        <translation>%1 không điều khiển được máy phát cho %2 (%3)</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>trọn vẹn</translation>
    </message>
    <message>
        <source>joined at %1 s</source>
        <translation>phát tiếp từ giây %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>bị ngắt</translation>
    </message>
    <message>
        <source>its time had passed</source>
        <translation>đã quá giờ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không thành công</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Đang phát: %1</translation>
    </message>
    <message>
        <source>Next: —</source>
        <translation>Tiếp theo: —</translation>
    </message>
    <message>
        <source>Next: nothing more today</source>
        <translation>Tiếp theo: hôm nay không còn gì</translation>
    </message>
    <message>
        <source>Next: %1 at %2, in %3</source>
        <translation>Tiếp theo: %1 lúc %2, còn %3</translation>
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
        <source>FM transmitter</source>
        <translation>Máy phát FM</translation>
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
    <message>
        <source>Recording</source>
        <translation>Đang ghi âm</translation>
    </message>
    <message>
        <source>A recording is running. Stop it (what was recorded is kept) and close?</source>
        <translation>Đang ghi âm. Dừng ghi (phần đã ghi được giữ lại) và đóng?</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Đang phát sóng</translation>
    </message>
    <message>
        <source>The FM transmitter is playing the schedule. Closing Studio stops the broadcast. Close anyway?</source>
        <translation>Máy phát FM đang phát theo lịch. Đóng Studio sẽ dừng buổi phát. Vẫn đóng?</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Pair with a station</source>
        <extracomment>a commune's way to its parent's broker</extracomment>
        <translation>Ghép nối với một đài</translation>
    </message>
    <message>
        <source>1. Copy this station's code and send it to the other station (by Zalo, e-mail or on a USB stick).
2. Paste the other station's code below and press Pair.
Both stations must do this once.</source>
        <translation>1. Sao chép mã của đài này và gửi cho đài bên kia (qua Zalo, thư điện tử hoặc USB).
2. Dán mã của đài bên kia vào ô dưới đây rồi bấm Ghép nối.
Cả hai đài đều phải làm việc này một lần.</translation>
    </message>
    <message>
        <source>This station's pairing code:</source>
        <translation>Mã ghép nối của đài này:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The other station's pairing code:</source>
        <translation>Mã ghép nối của đài bên kia:</translation>
    </message>
    <message>
        <source>Paste the code that starts with STUDIO1-</source>
        <translation>Dán mã bắt đầu bằng STUDIO1-</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Ghép nối</translation>
    </message>
    <message>
        <source>Connection to the parent station</source>
        <translation>Kết nối tới đài cấp trên</translation>
    </message>
    <message>
        <source>The parent station gives you its broker address, its ca.crt file and a password file made for this station.</source>
        <translation>Đài cấp trên sẽ gửi cho bạn địa chỉ máy chủ MQTT (broker), tệp ca.crt và một tệp mật khẩu làm riêng cho đài này.</translation>
    </message>
    <message>
        <source>Broker address:</source>
        <translation>Địa chỉ máy chủ MQTT:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>CA certificate (ca.crt):</source>
        <translation>Chứng chỉ CA (ca.crt):</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Tệp mật khẩu:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Lưu kết nối</translation>
    </message>
    <message>
        <source>Code copied. Send it to the other station.</source>
        <translation>Đã sao chép mã. Hãy gửi mã này cho đài bên kia.</translation>
    </message>
    <message>
        <source>Paired with the commune %1.
Give the commune this file: %2
and the broker's ca.crt file.</source>
        <translation>Đã ghép nối với đài xã %1.
Hãy gửi cho đài xã tệp này: %2
cùng với tệp ca.crt của máy chủ MQTT.</translation>
    </message>
    <message>
        <source>Paired with the parent station %1. Now fill in the connection to it below.</source>
        <translation>Đã ghép nối với đài cấp trên %1. Bây giờ hãy điền thông tin kết nối tới đài đó ở dưới.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Write the broker address first.</source>
        <translation>Hãy nhập địa chỉ máy chủ MQTT trước.</translation>
    </message>
    <message>
        <source>Connection saved. Sync can start.</source>
        <translation>Đã lưu kết nối. Có thể bắt đầu đồng bộ.</translation>
    </message>
</context>
<context>
    <name>PlayNowDialog</name>
    <message>
        <source>Play now</source>
        <translation>Phát ngay</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Phát trên</translation>
    </message>
    <message>
        <source>It plays as soon as the loudspeaker has finished what it plays now.</source>
        <translation>Loa sẽ phát ngay sau khi phát xong nội dung đang phát.</translation>
    </message>
    <message>
        <source>The library has no sound yet: add one there first.</source>
        <translation>Thư viện chưa có âm thanh nào: hãy thêm âm thanh vào thư viện trước.</translation>
    </message>
    <message>
        <source>Play “%1” on %2 now? People nearby will hear it.</source>
        <translation>Phát “%1” trên %2 ngay bây giờ? Người dân xung quanh sẽ nghe thấy.</translation>
    </message>
</context>
<context>
    <name>ProducePage</name>
    <message>
        <source>Produce</source>
        <extracomment>the voices an operator can choose; "auto" falls back to offline when Google is unreachable library sounds the Record tab offers to edit the bulletin saved last, which "Read aloud" voices when the form is empty</extracomment>
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
        <source>Record</source>
        <translation>Ghi âm</translation>
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
        <source>Save as bulletin</source>
        <translation>Lưu thành bản tin</translation>
    </message>
    <message>
        <source>Edit a library sound…</source>
        <translation>Biên tập âm thanh trong thư viện…</translation>
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
        <source>The library has no sounds yet.</source>
        <extracomment>the library sound being opened and its title, given to the bulletin once shown</extracomment>
        <translation>Thư viện chưa có âm thanh nào.</translation>
    </message>
    <message>
        <source>Edit a library sound</source>
        <translation>Biên tập âm thanh trong thư viện</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Âm thanh:</translation>
    </message>
    <message>
        <source>Give the bulletin a title first.</source>
        <translation>Hãy đặt tiêu đề cho bản tin trước.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved “%1” as a recorded draft bulletin.</source>
        <translation>Đã lưu “%1” thành bản tin ghi âm (bản nháp).</translation>
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
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>the right-click menu of one-line and multi-line text fields</extracomment>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;ao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với tất &amp;cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;ao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>A recording cut off earlier was recovered: %1</source>
        <extracomment>how often captured sound is taken from Qt and written, milliseconds sound Qt may hold for us while the UI thread is busy, seconds a peak at or above this is shown as clipping (0 dBFS is full scale) how long the clip warning stays after the last clipped sample, seconds no sound at all from the microphone for this long means it has stopped working … but a sound system may take this long to deliver the first sound after opening the meter's scale, dBFS raw recordings are named so; the cleaned one adds CLEAN_SUFFIX the meter's colours: (from dBFS, to dBFS, colour) the cleaned recording, ready for the editor True while a recording is running or paused the last recording, cleaned or (if clean-up failed) as captured</extracomment>
        <translation>Đã khôi phục bản ghi âm bị ngắt giữa chừng lần trước: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <source>Choose the microphone, speak a few words to check the level, then press Record. Keep the meter out of the red.</source>
        <translation>Chọn micrô, nói thử vài câu để kiểm tra mức âm lượng, rồi bấm Ghi âm. Giữ cho thanh đo không lên vùng đỏ.</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrô</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ghi tiếp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Too loud: the sound is clipping. Move back from the microphone or turn its volume down.</source>
        <translation>Quá to: âm thanh bị vỡ tiếng. Hãy lùi xa micrô hoặc giảm âm lượng micrô.</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Không có micrô</translation>
    </message>
    <message>
        <source>No microphone found. Plug a microphone into the computer; Studio will see it by itself.</source>
        <translation>Không tìm thấy micrô. Hãy cắm micrô vào máy tính; Studio sẽ tự nhận ra.</translation>
    </message>
    <message>
        <source>— dBFS</source>
        <translation>— dBFS</translation>
    </message>
    <message>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <source>the microphone was unplugged</source>
        <translation>micrô đã bị rút ra</translation>
    </message>
    <message>
        <source>The microphone “%1” cannot record at 48 kHz. Choose another one.</source>
        <translation>Micrô “%1” không ghi được ở tần số 48 kHz. Hãy chọn micrô khác.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Không tạo được thư mục %1: %2</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Đang ghi âm…</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on recording.</source>
        <translation>Đã tạm dừng. Bấm Ghi tiếp để ghi âm tiếp.</translation>
    </message>
    <message>
        <source>the microphone sends no sound</source>
        <translation>micrô không truyền âm thanh</translation>
    </message>
    <message>
        <source>the microphone cannot be opened (is another program using it?)</source>
        <translation>không mở được micrô (có chương trình khác đang dùng micrô không?)</translation>
    </message>
    <message>
        <source>the microphone stopped working</source>
        <translation>micrô đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>The microphone does not work: %1. Check it, or choose another one.</source>
        <translation>Micrô không hoạt động: %1. Hãy kiểm tra lại hoặc chọn micrô khác.</translation>
    </message>
    <message>
        <source>Recording stopped: %1.</source>
        <translation>Đã ngừng ghi âm: %1.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi được gì.</translation>
    </message>
    <message>
        <source>Recording stopped: %1. What was recorded until then is kept.</source>
        <translation>Đã ngừng ghi âm: %1. Phần đã ghi trước đó vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Cleaning up the recording…</source>
        <translation>Đang làm sạch bản ghi âm…</translation>
    </message>
    <message>
        <source>Recording saved: %1 (%2).</source>
        <translation>Đã lưu bản ghi âm: %1 (%2).</translation>
    </message>
    <message>
        <source>The recording could not be cleaned up (%1); it is kept as recorded: %2.</source>
        <translation>Không làm sạch được bản ghi âm (%1); bản ghi gốc vẫn được giữ nguyên: %2.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Sau ▶</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
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
        <source>What went on air: minutes per zone, items played, failed or missed, and the share the station produced itself.</source>
        <translation>Những gì đã phát sóng: số phút theo từng vùng phát, số lần phát, lỗi hoặc bỏ lỡ, và tỷ lệ nội dung đài tự sản xuất.</translation>
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
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng phát</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Phút</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Produced here</source>
        <translation>Tự sản xuất</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Đã phát</translation>
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
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
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
        <source>Edit week</source>
        <translation>Sửa lịch tuần</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Đài:</translation>
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
        <source>%1 (this station)</source>
        <translation>%1 (đài này)</translation>
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
        <extracomment>a paired station syncs by itself this often, and when the network returns what the last sync found: True online, False offline, None not tried yet this station, its parent and the stations it syncs with a parent's communes: their sync, devices and what went on air there</extracomment>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Programmes and schedules shared with the parent station or the communes. Changes made while offline wait here and go out when the network returns.</source>
        <translation>Chương trình và lịch phát dùng chung với đài cấp trên hoặc các xã. Thay đổi làm khi mất mạng được giữ ở đây và tự gửi đi khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Pair with a station…</source>
        <translation>Ghép nối với một đài…</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Các xã</translation>
    </message>
    <message>
        <source>Conflicts: changed at two stations at once</source>
        <translation>Xung đột: hai đài cùng sửa một chỗ</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Không có xung đột.</translation>
    </message>
    <message>
        <source>Keep this station's version</source>
        <translation>Giữ bản của đài này</translation>
    </message>
    <message>
        <source>Keep the other station's version</source>
        <translation>Giữ bản của đài kia</translation>
    </message>
    <message>
        <source>Sync log: what came and went</source>
        <translation>Nhật ký đồng bộ: những gì đã nhận và gửi</translation>
    </message>
    <message>
        <source>Not paired with any station</source>
        <translation>Chưa kết nối đồng bộ với đài nào</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
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
        <source>Changes waiting: %n</source>
        <translation>
            <numerusform>Thay đổi đang chờ gửi: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Paired with: %1</source>
        <translation>Đồng bộ với: %1</translation>
    </message>
    <message>
        <source>Pair this station with its parent station (studio sync pair) to sync.</source>
        <translation>Hãy kết nối đài này với đài cấp trên (studio sync pair) để đồng bộ.</translation>
    </message>
    <message>
        <source>Station</source>
        <extracomment>table names as people say them (marked for translation in the SyncPage context)</extracomment>
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
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Nhận lần cuối</translation>
    </message>
    <message>
        <source>Change sets waiting</source>
        <translation>Gói thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Devices (zone)</source>
        <translation>Thiết bị (cụm loa)</translation>
    </message>
    <message>
        <source>On air, last 7 days</source>
        <translation>Số lần phát, 7 ngày qua</translation>
    </message>
    <message>
        <source>Last on air</source>
        <translation>Phát lần cuối</translation>
    </message>
    <message>
        <source>parent station</source>
        <translation>đài cấp trên</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>đài này</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>This station's version</source>
        <translation>Bản của đài này</translation>
    </message>
    <message>
        <source>Other station's version</source>
        <translation>Bản của đài kia</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Đài kia</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Đã giải quyết xung đột</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n records received, %1 new conflicts.</source>
        <translation>
            <numerusform>Đã đồng bộ: nhận %n bản ghi, %1 xung đột mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker cannot be reached; changes wait until the network returns.</source>
        <translation>Không kết nối được máy chủ tin nhắn; các thay đổi sẽ chờ đến khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Tệp âm thanh</translation>
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
        <source>Programme item</source>
        <translation>Mục chương trình</translation>
    </message>
    <message>
        <source>Schedule slot</source>
        <translation>Khung giờ phát</translation>
    </message>
    <message>
        <source>Schedule change</source>
        <translation>Thay đổi lịch phát</translation>
    </message>
    <message>
        <source>As-run entry</source>
        <translation>Mục nhật ký phát sóng</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Last sync: %1 · waiting: %n</source>
        <translation>Đồng bộ lần cuối: %1 · đang chờ: %n</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>fields people most often change at two stations at once</extracomment>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>written form</source>
        <translation>cách viết</translation>
    </message>
    <message>
        <source>how it is read</source>
        <translation>cách đọc</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>giờ bắt đầu</translation>
    </message>
    <message>
        <source>length</source>
        <translation>thời lượng</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày trong tuần</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>trạng thái duyệt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Zone %1</source>
        <translation>Cụm loa %1</translation>
    </message>
    <message>
        <source>Loudspeaker %1</source>
        <translation>Loa %1</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>Volume</source>
        <extracomment>the volume each target reports now (a zone: its loudest device)</extracomment>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Volume (1–15)</source>
        <translation>Âm lượng (1–15)</translation>
    </message>
    <message>
        <source>15 is the loudest; each step down is 2 dB quieter.</source>
        <translation>15 là to nhất; mỗi mức giảm đi nhỏ hơn 2 dB.</translation>
    </message>
    <message>
        <source>Set %1 to volume %2? It may get louder for people nearby.</source>
        <translation>Đặt âm lượng %2 cho %1? Người dân xung quanh có thể nghe to hơn.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>Drag programmes and bulletins onto the grid. Moving a block up or down or stretching it changes the slot on every day it runs; dragging it to another day moves that day only.</source>
        <extracomment>the template changed (after an edit, undo or redo) whose template is edited: None for this station, else a commune's id</extracomment>
        <translation>Kéo chương trình và bản tin vào lưới. Kéo một khối lên, xuống hoặc kéo dài nó sẽ thay đổi khung giờ ở mọi ngày khung giờ đó phát; kéo sang ngày khác thì chỉ chuyển riêng ngày đó.</translation>
    </message>
    <message>
        <source>Programmes and bulletins</source>
        <translation>Chương trình và bản tin</translation>
    </message>
    <message>
        <source>Running order of the day</source>
        <translation>Thứ tự phát trong ngày</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>Cả tuần</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <source>Priority of the chosen block, and of new ones</source>
        <translation>Mức ưu tiên của khối đang chọn và của các khối mới thêm</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>sang %1</translation>
    </message>
    <message>
        <source>Copy day</source>
        <translation>Sao chép ngày</translation>
    </message>
    <message>
        <source>Copy week to next week</source>
        <translation>Sao chép tuần sang tuần sau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Running order of %1</source>
        <translation>Thứ tự phát ngày %1</translation>
    </message>
    <message>
        <source> (cut %1)</source>
        <translation> (bị cắt %1)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Đổi thời lượng</translation>
    </message>
    <message>
        <source>Add to the schedule</source>
        <translation>Thêm vào lịch</translation>
    </message>
    <message>
        <source>Copy week</source>
        <translation>Sao chép tuần</translation>
    </message>
    <message>
        <source>Next week already follows the same template: there is nothing to copy.</source>
        <translation>Tuần sau đã theo cùng lịch mẫu: không có gì cần sao chép.</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Đổi mức ưu tiên</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week grid</source>
        <extracomment>what a dragged programme or bulletin carries: JSON, a list of ``{"kind": "programme"|"bulletin", "id": "…", "title": "…", "duration_s": 12.5|null}`` pixels per minute in the week and in the day view (a 30-minute session shows its title) where items added from the keyboard go when no block is chosen (communes start at dawn) the view choice that shows all seven days (the others are weekday numbers) outline of a block with problems: red for errors on air, yellow for cuts and warnings "error", "warning" or None "move" or "resize" slot id, from day, to day, start minute slot id, length in seconds weekday, start minute, list of items slot id and the day it leaves</extracomment>
        <translation>Lưới lịch tuần</translation>
    </message>
</context>
<context>
    <name>broker</name>
    <message>
        <source>Then write the broker's files again (“Broker files…” on the Devices page, or studio broker config) and restart the broker, so it lets the new login in.</source>
        <extracomment>a broker running from ``folder`` was told to read the new files why the files could not be written (the change itself is kept all the same)</extracomment>
        <translation>Sau đó hãy ghi lại các tệp của máy chủ MQTT (nút “Tệp máy chủ…” trên trang Thiết bị, hoặc lệnh studio broker config) và khởi động lại máy chủ để máy chủ cho tài khoản mới kết nối.</translation>
    </message>
    <message>
        <source>Studio updated the broker's files in {folder}; the running broker has read them.</source>
        <translation>Studio đã cập nhật các tệp của máy chủ MQTT trong {folder}; máy chủ đang chạy đã đọc lại các tệp này.</translation>
    </message>
    <message>
        <source>Studio could not update the broker's files in {folder} ({reason}). Write them again with “Broker files…” on the Devices page.</source>
        <translation>Studio không cập nhật được các tệp của máy chủ MQTT trong {folder} ({reason}). Hãy ghi lại bằng nút “Tệp máy chủ…” trên trang Thiết bị.</translation>
    </message>
    <message>
        <source>Studio updated the broker's files in {folder}. Restart the broker (the Mosquitto service) so it reads them.</source>
        <translation>Studio đã cập nhật các tệp của máy chủ MQTT trong {folder}. Hãy khởi động lại máy chủ (dịch vụ Mosquitto) để máy chủ đọc các tệp mới.</translation>
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
        <source>check this installation end to end in a temporary folder, then exit</source>
        <translation>kiểm tra toàn bộ bản cài đặt này trong một thư mục tạm, rồi thoát</translation>
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
        <source>whose schedule: this station (default) or one of its communes, by name or id</source>
        <translation>lịch phát của đài nào: đài này (mặc định) hoặc một xã trực thuộc, theo tên hoặc mã</translation>
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
        <source>push the coming days of the schedule to the zones' loudspeakers</source>
        <translation>đẩy lịch phát những ngày tới xuống loa của các cụm</translation>
    </message>
    <message>
        <source>how many days (1–31, default 7)</source>
        <translation>số ngày (1–31, mặc định 7)</translation>
    </message>
    <message>
        <source>first day (default today)</source>
        <translation>ngày đầu tiên (mặc định hôm nay)</translation>
    </message>
    <message>
        <source>a whole ISO week, Monday to Sunday (instead of --from and --days)</source>
        <translation>cả một tuần ISO, từ thứ Hai đến Chủ nhật (thay cho --from và --days)</translation>
    </message>
    <message>
        <source>only this zone (name or id)</source>
        <translation>chỉ cụm loa này (tên hoặc mã)</translation>
    </message>
    <message>
        <source>send what waits in the outbox</source>
        <translation>gửi những tin đang chờ gửi</translation>
    </message>
    <message>
        <source>not an ISO week like 2026-W48: {text}</source>
        <translation>không phải tuần ISO dạng 2026-W48: {text}</translation>
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
        <source>online</source>
        <translation>có mạng</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>mất mạng</translation>
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
        <source>Sent: {sent}. Waiting in the outbox: {pending}.</source>
        <extracomment>the locks on the commands' broker sessions this process holds, by station folder, held until it ends</extracomment>
        <translation>Đã gửi: {sent}. Đang chờ gửi: {pending}.</translation>
    </message>
    <message>
        <source>Zone “{zone}”: {count} items, {first} to {last}, sent as new.</source>
        <translation>Cụm “{zone}”: {count} mục, từ {first} đến {last}, đã gửi bản mới.</translation>
    </message>
    <message>
        <source>Zone “{zone}”: {count} items, {first} to {last}, unchanged.</source>
        <translation>Cụm “{zone}”: {count} mục, từ {first} đến {last}, không thay đổi.</translation>
    </message>
    <message>
        <source>left out (no audio yet): {title}</source>
        <translation>bỏ qua (chưa có âm thanh): {title}</translation>
    </message>
    <message>
        <source>left out (a relay, not sent to loudspeakers): {title}</source>
        <translation>bỏ qua (tiếp sóng, không gửi xuống loa): {title}</translation>
    </message>
    <message>
        <source>{device}: has everything it needs.</source>
        <translation>{device}: đã có đủ mọi thứ cần phát.</translation>
    </message>
    <message>
        <source>{device}: offline; it gets its audio when it is back.</source>
        <translation>{device}: mất kết nối; loa sẽ nhận âm thanh khi kết nối lại.</translation>
    </message>
    <message>
        <source>{device}: still receiving audio ({count} files).</source>
        <translation>{device}: vẫn đang nhận âm thanh ({count} tệp).</translation>
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
        <extracomment>the commands that read or edit one station's schedule: a parent may name a commune</extracomment>
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
        <source>change a slot's time or length, or move one of its days</source>
        <translation>đổi giờ hoặc thời lượng của khung giờ, hoặc chuyển một ngày của nó</translation>
    </message>
    <message>
        <source>the day it leaves (mon … sun)</source>
        <translation>ngày chuyển đi (mon … sun)</translation>
    </message>
    <message>
        <source>the day it moves to</source>
        <translation>ngày chuyển đến</translation>
    </message>
    <message>
        <source>make a weekday carry the slots of another</source>
        <translation>cho một thứ trong tuần có các khung giờ giống thứ khác</translation>
    </message>
    <message>
        <source>copy from (mon … sun)</source>
        <translation>sao chép từ (mon … sun)</translation>
    </message>
    <message>
        <source>copy to (mon … sun)</source>
        <translation>sao chép sang (mon … sun)</translation>
    </message>
    <message>
        <source>the week whose slots count</source>
        <translation>tuần có các khung giờ được tính</translation>
    </message>
    <message>
        <source>give another week the dated slots of a week</source>
        <translation>sao chép các khung giờ có thời hạn của một tuần sang tuần khác</translation>
    </message>
    <message>
        <source>the target week (default: the next)</source>
        <translation>tuần đích (mặc định: tuần sau)</translation>
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
        <source>Slot {id}: {days} at {time}, {length} min.</source>
        <translation>Khung giờ {id}: {days} lúc {time}, {length} phút.</translation>
    </message>
    <message>
        <source>{count} slots changed.</source>
        <translation>Đã thay đổi {count} khung giờ.</translation>
    </message>
    <message>
        <source>That week already has the same slots: nothing to copy.</source>
        <translation>Tuần đó đã có các khung giờ giống vậy: không có gì cần sao chép.</translation>
    </message>
    <message>
        <source>{count} slots copied.</source>
        <translation>Đã sao chép {count} khung giờ.</translation>
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
        <source>add a bulletin draft (text and/or sound)</source>
        <translation>thêm bản nháp bản tin (văn bản và/hoặc âm thanh)</translation>
    </message>
    <message>
        <source>its sound: a recording</source>
        <translation>âm thanh của bản tin: một bản ghi âm</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>nội dung văn bản</translation>
    </message>
    <message>
        <source>who wrote it</source>
        <translation>người viết</translation>
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
        <source>Draft “{title}” saved ({id}).</source>
        <translation>Đã lưu bản nháp “{title}” ({id}).</translation>
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
        <source>write what the transmitter would carry in a stretch of a day to a sound file</source>
        <translation>ghi ra tệp âm thanh những gì máy phát sẽ phát trong một khoảng thời gian của ngày</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>ngày cần ghi</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>giờ kết thúc</translation>
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
        <source>Wrote {items} items ({seconds} s) to {file}.</source>
        <translation>Đã ghi {items} mục ({seconds} giây) vào {file}.</translation>
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
        <source>write the printable report as PDF</source>
        <translation>ghi báo cáo để in ra tệp PDF</translation>
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
    <message>
        <source>sync with the parent or commune stations</source>
        <translation>đồng bộ với đài cấp trên hoặc các đài xã</translation>
    </message>
    <message>
        <source>sync now: send what waits, take in changes</source>
        <translation>đồng bộ ngay: gửi những gì đang chờ, nhận các thay đổi</translation>
    </message>
    <message>
        <source>seconds to wait for the broker</source>
        <translation>số giây chờ máy chủ tin nhắn</translation>
    </message>
    <message>
        <source>online or offline, changes waiting, last sync</source>
        <translation>có mạng hay mất mạng, thay đổi đang chờ, lần đồng bộ cuối</translation>
    </message>
    <message>
        <source>fields changed at two stations at once</source>
        <translation>các trường bị hai đài cùng sửa</translation>
    </message>
    <message>
        <source>a parent's communes: sync, devices and as-run</source>
        <translation>các xã của đài cấp trên: đồng bộ, thiết bị và nhật ký phát sóng</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>giải quyết một xung đột</translation>
    </message>
    <message>
        <source>conflict id (or its first characters)</source>
        <translation>mã xung đột (hoặc vài ký tự đầu)</translation>
    </message>
    <message>
        <source>this station's id and public key, to pair</source>
        <translation>mã đài và khóa công khai của đài này, để kết nối đồng bộ</translation>
    </message>
    <message>
        <source>print the one-line pairing code</source>
        <translation>in mã ghép nối trên một dòng</translation>
    </message>
    <message>
        <source>sync with another station</source>
        <translation>đồng bộ với một đài khác</translation>
    </message>
    <message>
        <source>the other station's id</source>
        <translation>mã của đài kia</translation>
    </message>
    <message>
        <source>the other station's public key</source>
        <translation>khóa công khai của đài kia</translation>
    </message>
    <message>
        <source>the other station's pairing code (studio sync id --code)</source>
        <translation>mã ghép nối của đài bên kia (studio sync id --code)</translation>
    </message>
    <message>
        <source>the other station's name</source>
        <translation>tên của đài kia</translation>
    </message>
    <message>
        <source>the sync broker and what the parent may do</source>
        <translation>máy chủ tin nhắn để đồng bộ và quyền của đài cấp trên</translation>
    </message>
    <message>
        <source>the broker's CA certificate</source>
        <translation>chứng chỉ CA của máy chủ tin nhắn</translation>
    </message>
    <message>
        <source>broker user name</source>
        <translation>tên đăng nhập máy chủ tin nhắn</translation>
    </message>
    <message>
        <source>file holding the broker password</source>
        <translation>tệp chứa mật khẩu máy chủ tin nhắn</translation>
    </message>
    <message>
        <source>whether the parent station may change this station's schedule</source>
        <translation>đài cấp trên có được sửa lịch phát của đài này không</translation>
    </message>
    <message>
        <source>Offline: the broker cannot be reached. {count} change sets wait.</source>
        <translation>Mất mạng: không kết nối được máy chủ tin nhắn. {count} gói thay đổi đang chờ.</translation>
    </message>
    <message>
        <source>Synced: {sent} change sets sent, {received} records received, {conflicts} new conflicts, {waiting} change sets still waiting.</source>
        <translation>Đã đồng bộ: gửi {sent} gói thay đổi, nhận {received} bản ghi, {conflicts} xung đột mới, còn {waiting} gói thay đổi đang chờ.</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Đồng bộ: {state}</translation>
    </message>
    <message>
        <source>  paired with {name} ({role}) {id}</source>
        <translation>  đồng bộ với {name} ({role}) {id}</translation>
    </message>
    <message>
        <source>Changes waiting: {sets} change sets ({records} records)</source>
        <translation>Thay đổi đang chờ: {sets} gói thay đổi ({records} bản ghi)</translation>
    </message>
    <message>
        <source>Open conflicts: {count}</source>
        <translation>Xung đột chưa giải quyết: {count}</translation>
    </message>
    <message>
        <source>Received records waiting for a record they refer to: {count}</source>
        <translation>Bản ghi đã nhận đang chờ bản ghi mà chúng tham chiếu tới: {count}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Không có xung đột.</translation>
    </message>
    <message>
        <source>{id}  {table}.{field}: mine “{mine}”, theirs “{theirs}”</source>
        <translation>{id}  {table}.{field}: bản của đài này “{mine}”, bản của đài kia “{theirs}”</translation>
    </message>
    <message>
        <source>Settle one with: studio sync resolve ID --keep mine|theirs</source>
        <translation>Giải quyết bằng lệnh: studio sync resolve ID --keep mine|theirs</translation>
    </message>
    <message>
        <source>This station has no communes (it is not a parent station).</source>
        <translation>Đài này không quản lý xã nào (đây không phải đài cấp trên).</translation>
    </message>
    <message>
        <source>  last received: {when}; waiting for it: {waiting} change sets; open conflicts: {conflicts}</source>
        <translation>  nhận lần cuối: {when}; đang chờ gửi cho xã: {waiting} gói thay đổi; xung đột chưa xử lý: {conflicts}</translation>
    </message>
    <message>
        <source>  devices: {devices}</source>
        <translation>  thiết bị: {devices}</translation>
    </message>
    <message>
        <source>  on air in the last {days} days: {count}; last: {last}</source>
        <translation>  số lần phát trong {days} ngày qua: {count}; lần gần nhất: {last}</translation>
    </message>
    <message>
        <source>Kept {which} for {table}.{field}; it goes out with the next sync.</source>
        <translation>Đã giữ bản {which} cho {table}.{field}; lựa chọn này sẽ gửi đi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Paired with {id}; {count} records queued for it.</source>
        <translation>Đã kết nối đồng bộ với {id}; {count} bản ghi đang chờ gửi cho đài đó.</translation>
    </message>
    <message>
        <source>The commune logs in to this station's broker as {user}, with the password in {file}. Give the commune that file and the broker's ca.crt; there, run: studio sync setup --broker HOST --ca ca.crt --password-file FILE</source>
        <translation>Đài xã đăng nhập vào máy chủ MQTT của đài này với tài khoản {user}, mật khẩu nằm trong tệp {file}. Hãy gửi cho đài xã tệp đó cùng tệp ca.crt của máy chủ; ở đài xã, chạy: studio sync setup --broker HOST --ca ca.crt --password-file FILE</translation>
    </message>
    <message>
        <source>Sync settings saved.</source>
        <translation>Đã lưu cài đặt đồng bộ.</translation>
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
        <source>No station called “{name}”: name this station or one of its communes.</source>
        <extracomment>the station this installation is (set by `studio init` or the first-run dialog)</extracomment>
        <translation>Không có đài nào tên “{name}”: hãy ghi tên đài này hoặc một xã trực thuộc.</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
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
        <extracomment>the station's push folder (keys, audio, device status); None: in memory only
----------
records received here that still wait for a record they refer to sha256 of audio the applied records use and this station lacks</extracomment>
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
        <extracomment>the windowed app on Windows would flash a console for every ffmpeg run without this</extracomment>
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
        <extracomment>the encoder changes the sound (level and peaks move), so check what it wrote
----------
RIFF header, fmt chunk (16 bytes), data chunk header: 44 bytes before the samples RIFF sizes are 32-bit: stop short of 4 GiB (about 6 hours of 48 kHz stereo 16-bit)</extracomment>
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
        <source>Give either --week or --from and --days, not both.</source>
        <translation>Chỉ dùng --week hoặc --from và --days, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Days must be between 1 and 31 (got {days}).</source>
        <translation>Số ngày phải từ 1 đến 31 (đã nhập {days}).</translation>
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
        <source>Not one weekday: {text} (write mon … sun or t2 … cn).</source>
        <translation>Không phải một thứ trong tuần: {text} (viết mon … sun hoặc t2 … cn).</translation>
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
        <source>Set up the station first (studio init): the report carries its name.</source>
        <translation>Hãy thiết lập đài trước (studio init): báo cáo mang tên của đài.</translation>
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
        <source>No such device: {device}</source>
        <translation>Không có thiết bị: {device}</translation>
    </message>
    <message>
        <source>mosquitto_passwd failed: {reason}</source>
        <extracomment>Mosquitto 2's defaults for its PBKDF2-SHA512 ("$7$") entries</extracomment>
        <translation>mosquitto_passwd bị lỗi: {reason}</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <extracomment>how long the broker keeps a party's session and queued QoS 1 messages while it is away keep the broker session (and what is sent to it) across connections; a one-off link starts clean and leaves nothing behind connections lost since start (a session taken over by another client counts)</extracomment>
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
        <extracomment>the grid's step, minutes: starts and lengths made by dragging land on it the length of a dropped item whose audio length is not known yet, minutes the station whose template was edited (None: this station)</extracomment>
        <translation>Không có khung giờ phát {id}.</translation>
    </message>
    <message>
        <source>A weekday is a number from 0 to 6.</source>
        <translation>Thứ trong tuần là một số từ 0 đến 6.</translation>
    </message>
    <message>
        <source>The slot “{name}” does not run on that day.</source>
        <translation>Khung giờ “{name}” không phát vào ngày đó.</translation>
    </message>
    <message>
        <source>A week starts on a Monday.</source>
        <translation>Một tuần bắt đầu từ thứ Hai.</translation>
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
        <extracomment>longest reply line kept; a controller spewing noise without line ends is garbled the commands and expected replies a station may set to its controller's own words</extracomment>
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
    <message>
        <source>The recording {file} has reached the largest size a WAV file can have.</source>
        <extracomment>bytes of sound the header on disk counts</extracomment>
        <translation>Bản ghi âm {file} đã đạt kích thước lớn nhất mà một tệp WAV có thể chứa.</translation>
    </message>
    <message>
        <source>The sound is missing from the library.</source>
        <extracomment>how long a test tone or an emergency from the app may wait before a device gives up on it</extracomment>
        <translation>Thư viện không còn âm thanh này.</translation>
    </message>
    <message>
        <source>The sound for the emergency is missing from the library.</source>
        <translation>Âm thanh cho bản tin khẩn cấp không còn trong thư viện.</translation>
    </message>
    <message>
        <source>The voice made only {seconds:.1f} s of sound.</source>
        <translation>Giọng đọc chỉ tạo được {seconds:.1f} giây âm thanh.</translation>
    </message>
    <message>
        <source>The programme measures {lufs:.1f} LUFS instead of {target:.1f} LUFS.</source>
        <translation>Chương trình đo được {lufs:.1f} LUFS thay vì {target:.1f} LUFS.</translation>
    </message>
    <message>
        <source>The programme peaks at {peak:.1f} dBTP, above {ceiling:.1f} dBTP.</source>
        <translation>Đỉnh của chương trình là {peak:.1f} dBTP, vượt mức {ceiling:.1f} dBTP.</translation>
    </message>
    <message>
        <source>The MP3 lasts {seconds:.1f} s instead of {expected:.1f} s.</source>
        <translation>Tệp MP3 dài {seconds:.1f} giây thay vì {expected:.1f} giây.</translation>
    </message>
    <message>
        <source>The week's schedule lacks the daily programme.</source>
        <translation>Lịch phát của tuần thiếu chương trình hằng ngày.</translation>
    </message>
    <message>
        <source>The schedule PDF is missing or empty ({path}).</source>
        <translation>Tệp PDF lịch phát sóng không có hoặc rỗng ({path}).</translation>
    </message>
    <message>
        <source>The schedule PDF is not a PDF ({path}).</source>
        <translation>Tệp lịch phát sóng không phải là PDF ({path}).</translation>
    </message>
    <message>
        <source>A peer station is a parent or a commune, not “{role}”.</source>
        <extracomment>the stations this one syncs with: a commune has its parent, a parent its communes where the sync broker is: host, port, ca_file, username (the password is in the key folder) how far the scan for local changes has come (an HLC time) when the last sync with the broker finished, ISO 8601 UTC records taken in whose fields are known but which wait for a record they refer to (``[table, id, owner]``): written as soon as that one arrives</extracomment>
        <translation>Đài đồng bộ phải là đài cấp trên hoặc đài xã, không phải “{role}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a station id.</source>
        <translation>“{value}” không phải là mã đài.</translation>
    </message>
    <message>
        <source>This station already has a parent station.</source>
        <translation>Đài này đã có đài cấp trên.</translation>
    </message>
    <message>
        <source>No open conflict has the id “{value}”.</source>
        <translation>Không có xung đột chưa giải quyết nào mang mã “{value}”.</translation>
    </message>
    <message>
        <source>A sync message was refused: it is not signed right ({reason}).</source>
        <extracomment>records per change set: small enough for a slow link, large enough to be few a record written this long before the last scan is looked at again (a writer that took its time to commit would otherwise be missed); re-reading an unchanged record costs nothing</extracomment>
        <translation>Một tin đồng bộ đã bị từ chối: chữ ký không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>Changes from the station {station}, which is not paired.</source>
        <translation>Thay đổi từ đài {station}, là đài chưa kết nối đồng bộ.</translation>
    </message>
    <message>
        <source>Changes meant for another station ({station}).</source>
        <translation>Thay đổi này dành cho một đài khác ({station}).</translation>
    </message>
    <message>
        <source>No sync broker is set up. Run: studio sync setup --broker HOST</source>
        <extracomment>a change set not confirmed this long after it was sent goes again incoming messages are taken as done when none came for this long a sync stops waiting for confirmations when nothing came for this long how often the background sync looks for work, and for local edits</extracomment>
        <translation>Chưa cài đặt máy chủ tin nhắn để đồng bộ. Hãy chạy: studio sync setup --broker HOST</translation>
    </message>
    <message>
        <source>This station is not paired with any station.</source>
        <translation>Đài này chưa kết nối đồng bộ với đài nào.</translation>
    </message>
    <message>
        <source>Choose a zone for the device.</source>
        <translation>Hãy chọn cụm loa cho thiết bị.</translation>
    </message>
    <message>
        <source>Choose a folder for its files and the broker address.</source>
        <translation>Hãy chọn thư mục lưu tệp của loa và địa chỉ máy chủ MQTT.</translation>
    </message>
    <message>
        <source>Choose a sound and where it plays.</source>
        <translation>Hãy chọn âm thanh và nơi phát.</translation>
    </message>
    <message>
        <source>Choose where the volume changes.</source>
        <translation>Hãy chọn cụm loa hoặc loa cần đổi âm lượng.</translation>
    </message>
    <message>
        <source>The audio of “{title}” is not in the library.</source>
        <translation>Âm thanh của “{title}” không có trong thư viện.</translation>
    </message>
    <message>
        <source>A report is written as .csv, .xlsx or .pdf, not {name}.</source>
        <translation>Báo cáo được ghi ra tệp .csv, .xlsx hoặc .pdf, không phải {name}.</translation>
    </message>
    <message>
        <source>No sound card is available to play to the transmitter.</source>
        <extracomment>what the device holds: short enough that the sound follows the clock closely silence is added only while less than this is queued on the device play() returns when no more than this is waiting in the queue the audio namespace is QtAudio from Qt 6.7 (QAudio before)</extracomment>
        <translation>Không có card âm thanh nào để phát ra máy phát.</translation>
    </message>
    <message>
        <source>The sound card “{name}” cannot play: {reason}</source>
        <translation>Card âm thanh “{name}” không phát được: {reason}</translation>
    </message>
    <message>
        <source>Give the other station's pairing code (--code), or its id with --key and --role.</source>
        <translation>Hãy nhập mã ghép nối của đài bên kia (--code), hoặc mã định danh của đài đó kèm --key và --role.</translation>
    </message>
    <message>
        <source>Set up this station first (its name and kind).</source>
        <translation>Hãy thiết lập đài này trước (tên và loại đài).</translation>
    </message>
    <message>
        <source>This is not a pairing code. Copy the whole line that starts with STUDIO1- from the other station.</source>
        <translation>Đây không phải là mã ghép nối. Hãy sao chép nguyên cả dòng bắt đầu bằng STUDIO1- của đài bên kia.</translation>
    </message>
    <message>
        <source>This is this station's own pairing code. Paste the code of the other station.</source>
        <translation>Đây là mã ghép nối của chính đài này. Hãy dán mã của đài bên kia.</translation>
    </message>
    <message>
        <source>Both stations are communes. Pair a commune with its parent station.</source>
        <translation>Cả hai đài đều là đài xã. Hãy ghép nối đài xã với đài cấp trên của mình.</translation>
    </message>
    <message>
        <source>Both stations are parent stations. Pair a commune with its parent station, or pair two parent stations with studio sync pair --role.</source>
        <translation>Cả hai đài đều là đài cấp trên. Hãy ghép nối đài xã với đài cấp trên của mình, hoặc ghép nối hai đài cấp trên bằng lệnh studio sync pair --role.</translation>
    </message>
    <message>
        <source>Cannot read the password file {file}.</source>
        <translation>Không đọc được tệp mật khẩu {file}.</translation>
    </message>
    <message>
        <source>The password file {file} is empty.</source>
        <translation>Tệp mật khẩu {file} bị trống.</translation>
    </message>
    <message>
        <source>The CA certificate {file} does not exist.</source>
        <translation>Không có tệp chứng chỉ CA {file}.</translation>
    </message>
    <message>
        <source>Choose a folder for the broker's files.</source>
        <translation>Hãy chọn thư mục để lưu các tệp của máy chủ MQTT.</translation>
    </message>
    <message>
        <source>Give the broker's addresses (names or IP addresses), separated by commas.</source>
        <translation>Hãy nhập địa chỉ của máy chủ MQTT (tên miền hoặc địa chỉ IP), cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Cannot write the broker's files in {folder}: {reason}</source>
        <translation>Không ghi được các tệp của máy chủ MQTT vào {folder}: {reason}</translation>
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
    <name>selftest</name>
    <message>
        <source>schema {revision}</source>
        <extracomment>the bulletin read aloud: numbers, a date and an abbreviation exercise the normalizer the rendered programme must be this close to the station's loudness target (LU) and its true peak at most this far above the ceiling (dB)</extracomment>
        <translation>cấu trúc dữ liệu {revision}</translation>
    </message>
    <message>
        <source>{seconds:.1f} s by {voice}</source>
        <translation>{seconds:.1f} giây, đọc bằng {voice}</translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} giây</translation>
    </message>
    <message>
        <source>{lufs:.1f} LUFS, {peak:.1f} dBTP</source>
        <translation>{lufs:.1f} LUFS, {peak:.1f} dBTP</translation>
    </message>
    <message>
        <source>{kb} kB, {seconds:.1f} s, by {ffmpeg}</source>
        <translation>{kb} kB, {seconds:.1f} giây, bằng {ffmpeg}</translation>
    </message>
    <message>
        <source>{pages} page(s), {kb} kB</source>
        <translation>{pages} trang, {kb} kB</translation>
    </message>
    <message>
        <source>Open a new database</source>
        <translation>Mở một cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Read a bulletin with the offline voice</source>
        <translation>Đọc một bản tin bằng giọng ngoại tuyến</translation>
    </message>
    <message>
        <source>Render a short programme</source>
        <translation>Dựng một chương trình ngắn</translation>
    </message>
    <message>
        <source>Measure its loudness</source>
        <translation>Đo độ lớn của chương trình</translation>
    </message>
    <message>
        <source>Encode it as MP3 with ffmpeg</source>
        <translation>Mã hoá chương trình thành MP3 bằng ffmpeg</translation>
    </message>
    <message>
        <source>Print the week's schedule as PDF</source>
        <translation>In lịch phát sóng của tuần ra PDF</translation>
    </message>
    <message>
        <source>Studio {version} self-test{frozen}</source>
        <translation>Studio {version} tự kiểm tra{frozen}</translation>
    </message>
    <message>
        <source>Self-test failed at step {number}: {step}.</source>
        <translation>Tự kiểm tra không đạt ở bước {number}: {step}.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Tự kiểm tra đạt.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Language</source>
        <extracomment>English title marked with QT_TRANSLATE_NOOP("settings", …); translated where shown</extracomment>
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
    <message>
        <source>Loudspeaker broker address</source>
        <extracomment>the MQTT broker the app reaches its IP loudspeakers through; empty: none set up yet</extracomment>
        <translation>Địa chỉ máy chủ MQTT của loa</translation>
    </message>
    <message>
        <source>Loudspeaker broker port</source>
        <translation>Cổng máy chủ MQTT của loa</translation>
    </message>
    <message>
        <source>Broker configuration</source>
        <extracomment>where and how the station's own broker files were last written (studio.broker): folder, hosts (the names in its certificate), port and bind; empty: never written by Studio, so a new loudspeaker or a paired commune leaves no broker to update</extracomment>
        <translation>Cấu hình máy chủ MQTT</translation>
    </message>
    <message>
        <source>Transmitter control</source>
        <extracomment>how the PC switches the FM transmitter and the village receivers: a controller's line protocol on a serial port, keying of the port's RTS or DTR line, in-band DTMF codes (the transmitter then stays on by hand), or none at all (the operator switches)</extracomment>
        <translation>Điều khiển máy phát</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Cổng nối tiếp</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Tốc độ baud</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Ký tự kết thúc dòng</translation>
    </message>
    <message>
        <source>Reply timeout (s)</source>
        <translation>Thời gian chờ trả lời (giây)</translation>
    </message>
    <message>
        <source>Controller commands</source>
        <extracomment>the controller's own words, where they differ from Studio's defaults: command templates (transmitter_on/off, zone_on/off with {zone}, status) and the replies expected (status_reply, ack, error: regular expressions); see studio.push.fm.serial_driver</extracomment>
        <translation>Lệnh của bộ điều khiển</translation>
    </message>
    <message>
        <source>Zone on the transmitter</source>
        <extracomment>the zone whose day the transmitter plays (a zone id; empty: the first FM zone)</extracomment>
        <translation>Cụm phát qua máy phát</translation>
    </message>
    <message>
        <source>Receiver codes</source>
        <extracomment>per zone id: {"address": the zone's number on the controller, "on"/"off": DTMF digits}</extracomment>
        <translation>Mã máy thu</translation>
    </message>
    <message>
        <source>Transmitter on before the code (s)</source>
        <translation>Bật máy phát trước mã (giây)</translation>
    </message>
    <message>
        <source>Tone (ms)</source>
        <translation>Độ dài âm (ms)</translation>
    </message>
    <message>
        <source>Gap (ms)</source>
        <translation>Khoảng nghỉ (ms)</translation>
    </message>
    <message>
        <source>Guard silence (ms)</source>
        <translation>Khoảng lặng đệm (ms)</translation>
    </message>
    <message>
        <source>Code level (dBFS)</source>
        <translation>Mức âm của mã (dBFS)</translation>
    </message>
    <message>
        <source>Sound card to the transmitter</source>
        <extracomment>the sound card that feeds the transmitter (its system id; empty: the default output)</extracomment>
        <translation>Card âm thanh nối với máy phát</translation>
    </message>
    <message>
        <source>The parent station may change this station's schedule</source>
        <extracomment>a commune's consent for its parent station to change its schedule (studio.sync)</extracomment>
        <translation>Đài cấp trên được sửa lịch phát của đài này</translation>
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
