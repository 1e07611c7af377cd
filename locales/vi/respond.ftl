# Lời của phần trả lời khảo sát, bằng tiếng Việt.

loading = Đang tải khảo sát…
language-label = Ngôn ngữ
answer-yes = Có
answer-no = Không
required-marker = bắt buộc
prefer-not-to-answer = Tôi không muốn trả lời
why-we-ask = Vì sao chúng tôi hỏi
content-note = Lưu ý trước câu hỏi này
rating-scale = Từ { $min } đến { $max }
ranking-hint = Hãy xếp theo thứ tự, điều quan trọng nhất đặt lên đầu.
consent-agree = Tôi đồng ý
next = Tiếp
back = Quay lại
error-heading = Không mở được khảo sát này
error-network = Không tải được khảo sát tại { $url }. Hãy kiểm tra kết nối mạng rồi thử lại.
error-import = Tệp khảo sát bị hỏng hoặc không phải là khảo sát coform ({ $detail }). Vui lòng báo cho người đã gửi đường liên kết cho bạn.
error-invalid = Khảo sát có { $count ->
   *[other] { $count } lỗi
} khiến nó không hoạt động được. Vui lòng báo cho người đã gửi đường liên kết cho bạn.
error-too-big = Khảo sát này quá lớn hoặc quá phức tạp nên không mở được ở đây ({ $detail }). Vui lòng báo cho người đã gửi đường liên kết cho bạn.
error-text-too-long = Khảo sát này có một đoạn văn bản quá dài, không hiển thị được. Vui lòng báo cho người đã gửi đường liên kết cho bạn.

continue = Tiếp tục
submit = Gửi
mode-question = Từng câu hỏi một
mode-page = Cả trang một lúc
progress-answered = Đã trả lời { $answered } trong { $total } câu hỏi
errors-summary = { $count ->
   *[other] Có { $count } câu trả lời cần bạn xem lại.
}
error-required = Vui lòng trả lời câu hỏi này.
error-whole-number = Vui lòng nhập một số nguyên.
error-invalid-date = Vui lòng nhập một ngày có thật.
error-answer-invalid = Câu trả lời này không hợp lệ.
skip-allowed = Bạn có thể bỏ qua câu hỏi này.
ranking-up = Đưa “{ $label }” lên trên
ranking-down = Đưa “{ $label }” xuống dưới
ranking-confirm = Thứ tự này đúng rồi
storage-warning = Thiết bị này không lưu được phần bạn đã làm (bộ nhớ đã đầy hoặc bị chặn). Vui lòng làm xong trong một lần.
open-file = Mở tệp khảo sát
done-heading = Cảm ơn bạn
done-sent = Câu trả lời của bạn đã được gửi.
done-queued = Bạn đang không có mạng. Câu trả lời của bạn đã được lưu trên thiết bị này và sẽ tự động gửi đi khi có mạng trở lại.
done-kept = Câu trả lời của bạn đã được lưu và khóa lại trên thiết bị này. Vui lòng đưa lại thiết bị cho nhân viên.
done-download = Khảo sát này không gửi câu trả lời đi đâu cả. Bạn có thể giữ một bản sao cho mình.
done-sending-unkept = Câu trả lời của bạn đang được gửi. Thiết bị này không lưu được chúng, vì vậy hãy để trang này mở cho đến khi trang báo đã gửi xong. Bạn cũng có thể tải xuống một bản sao.
download-answers = Tải về câu trả lời của tôi
start-again = Bắt đầu lại
next-person = Người tiếp theo
kiosk-staff = Nhân viên: xuất các bài trả lời
kiosk-set-heading = Thiết lập chế độ kiosk
kiosk-set-help = Hãy chọn một mật khẩu cho nhân viên. Các bài trả lời sẽ được lưu trên thiết bị này và được mã hóa bằng mật khẩu đó; chỉ người biết mật khẩu mới xuất được. Nếu quên mật khẩu thì không có cách nào lấy lại.
kiosk-unlock-heading = Chế độ kiosk đang bị khóa
kiosk-unlock-help = Nhập mật khẩu nhân viên để thu thập bài trả lời trên thiết bị này.
kiosk-passphrase = Mật khẩu nhân viên
kiosk-passphrase-repeat = Nhập lại mật khẩu
kiosk-too-short = Hãy dùng ít nhất { $count } ký tự.
kiosk-mismatch = Hai mật khẩu không giống nhau.
kiosk-wrong = Mật khẩu này không mở được các bài trả lời đang lưu trên thiết bị này.
kiosk-working = Đang kiểm tra mật khẩu…
kiosk-unlock = Mở khóa
kiosk-not-kept = Không lưu được câu trả lời trên thiết bị này (bộ nhớ đã đầy hoặc bị chặn). Chưa có gì bị mất: vui lòng báo cho nhân viên.
kiosk-export-heading = Xuất các bài trả lời
kiosk-count = { $count ->
   *[other] Có { $count } bài trả lời đang được lưu trên thiết bị này.
}
kiosk-export = Mở các bài trả lời
export-csv = Tải về CSV
export-json = Tải về JSON
crypto-unavailable = Trình duyệt này không mã hóa được các bài trả lời. Chế độ kiosk cần kết nối an toàn (https).
start-over = Làm lại từ đầu
start-over-confirm = Làm lại từ đầu? Mọi câu trả lời trên thiết bị này sẽ bị xóa.
