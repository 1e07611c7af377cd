# Giao diện của trình thiết kế khảo sát, bằng tiếng Việt.

app-title = Trình thiết kế khảo sát coform
app-tagline = Cùng nhau thiết kế khảo sát, bằng mọi ngôn ngữ.
loading-survey = Đang mở khảo sát…
ui-language-label = Ngôn ngữ giao diện
survey-language-label = Ngôn ngữ xem trước
audience-label = { $variable }
items-heading = Các câu hỏi
items-count = { $count ->
   *[other] { $count } câu hỏi
}
issues-heading = Những vấn đề cần sửa
issues-none = Không có vấn đề nào.
issues-count = { $errors ->
   *[other] { $errors } lỗi
}, { $warnings ->
   *[other] { $warnings } cảnh báo
}
issue-severity-error = Lỗi
issue-severity-warning = Cảnh báo
issue-location = tại { $path }
item-required = bắt buộc
item-shown-if = chỉ hiện khi thỏa điều kiện
open-respondent-view = Mở trang dành cho người trả lời
load-failed = Không mở được khảo sát: { $reason }
load-failed-network = Không tải được tệp { $url }. Hãy kiểm tra địa chỉ và kết nối mạng, rồi tải lại trang.

item-type-note = Ghi chú
item-type-shortText = Câu trả lời ngắn
item-type-longText = Câu trả lời dài
item-type-integer = Số nguyên
item-type-decimal = Số thập phân
item-type-date = Ngày
item-type-singleChoice = Chọn một
item-type-multipleChoice = Chọn nhiều
item-type-yesNo = Có / không
item-type-rating = Chấm điểm
item-type-likertGrid = Bảng mức độ đồng ý
item-type-ranking = Xếp thứ tự
item-type-consent = Đồng ý tham gia
item-type-section = Phần

import-error-syntax = Tệp này không phải là JSON hợp lệ (dòng { $line }, cột { $column }). Hãy mở tệp bằng trình soạn thảo văn bản, sửa chỗ đó rồi thử lại.
import-error-notASurvey = Tệp này không phải là khảo sát coform. Hãy chọn một tệp do coform lưu hoặc xuất ra.
import-error-unsupportedVersion = Khảo sát này dùng định dạng phiên bản { $found }, mà phiên bản coform bạn đang dùng chưa đọc được. Hãy cập nhật coform để mở khảo sát.
import-error-invalid = Khảo sát có vấn đề tại { $path } (dòng { $line }): { $detail }. Hãy sửa chỗ đó rồi thử lại.
import-error-tooLarge = Tệp quá lớn, không mở được ({ $bytes } byte; giới hạn là { $limit }).
import-error-tooDeep = Tệp có quá nhiều tầng lồng nhau nên không đọc được (hơn { $limit } tầng, tại dòng { $line }, cột { $column }).
import-error-overLimit = { $what ->
    [items] Khảo sát có { $found } mục (câu hỏi, ghi chú, phần và hàng của bảng); coform chỉ mở khảo sát có tối đa { $limit } mục. Mục đầu tiên vượt giới hạn nằm ở { $path }.
    [pages] Khảo sát có { $found } trang; coform chỉ mở khảo sát có tối đa { $limit } trang.
    [sectionDepth] Có các phần lồng nhau { $found } tầng (tại { $path }); coform cho phép tối đa { $limit } tầng.
    [conditionDepth] Có một điều kiện với các nhóm lồng nhau { $found } tầng (tại { $path }); coform cho phép tối đa { $limit } tầng.
    [choiceLists] Khảo sát có { $found } danh sách lựa chọn; coform cho phép tối đa { $limit } danh sách.
    [options] Một danh sách lựa chọn có { $found } lựa chọn (tại { $path }); coform cho phép tối đa { $limit } lựa chọn trong một danh sách.
   *[languages] Khảo sát có { $found } ngôn ngữ; coform cho phép tối đa { $limit } ngôn ngữ.
}

issue-empty-survey = Khảo sát chưa có câu hỏi nào. Hãy thêm ít nhất một câu hỏi.
issue-duplicate-id = Mã “{ $id }” được dùng nhiều lần. Hãy đặt cho mỗi câu hỏi một mã riêng.
issue-invalid-id = Mã “{ $id }” không dùng làm tên biến được. Hãy bắt đầu bằng một chữ cái và chỉ dùng chữ cái, chữ số và dấu _.
issue-unknown-item = Chỗ này nhắc đến “{ $id }”, nhưng không có câu hỏi nào như vậy. Hãy chọn một câu hỏi đang có.
issue-forward-reference = Chỗ này nhắc đến “{ $id }”, là câu hỏi được hỏi sau. Chỉ được nhắc đến các câu hỏi đứng trước.
issue-dependency-cycle = Các câu hỏi này phụ thuộc vòng tròn vào nhau: { $ids }. Hãy bỏ một chỗ nhắc đến để phá vòng.
issue-operator-mismatch = Không thể dùng phép so sánh “{ $operator }” cho câu hỏi loại { $itemType }. Hãy chọn phép so sánh khác.
issue-missing-value = Phép so sánh này cần một giá trị để so sánh.
issue-unexpected-value = Phép so sánh này không cần giá trị; hãy xóa giá trị đi.
issue-value-mismatch = Giá trị này không hợp với câu hỏi loại { $itemType } đang được so sánh. Hãy chọn một trong các câu trả lời của câu hỏi đó.
issue-missing-choice-list = Câu hỏi này cần các lựa chọn nhưng chưa có danh sách lựa chọn. Hãy chọn hoặc tạo một danh sách.
issue-missing-rows = Bảng này chưa có nhận định nào. Hãy thêm ít nhất một dòng.
issue-unknown-choice-list = Danh sách lựa chọn “{ $id }” không tồn tại.
issue-empty-choice-list = Danh sách lựa chọn “{ $id }” chưa có lựa chọn nào. Hãy thêm ít nhất một lựa chọn.
issue-duplicate-code = Mã “{ $code }” được dùng hai lần trong cùng một danh sách. Mỗi lựa chọn cần một mã riêng.
issue-invalid-code = Mã “{ $code }” chỉ được dùng chữ cái, chữ số, dấu - và dấu _.
issue-setting-not-applicable = Thiết lập “{ $setting }” không có tác dụng với câu hỏi loại { $itemType }. Hãy bỏ thiết lập này hoặc đổi loại câu hỏi.
issue-invalid-language-tag = “{ $tag }” không phải là mã ngôn ngữ hợp lệ. Hãy dùng mã BCP-47, ví dụ vi hoặc vi-VN.
issue-duplicate-language = Ngôn ngữ { $tag } được liệt kê hai lần.
issue-unknown-language = Ngôn ngữ { $tag } đang được dùng nhưng chưa được thêm vào khảo sát.
issue-fallback-cycle = Ngôn ngữ { $tag } lấy chính nó làm ngôn ngữ dự phòng.
issue-missing-message = Văn bản này chưa có bằng ngôn ngữ này.
issue-fluent-syntax = Văn bản này có lỗi cú pháp ({ $detail }). Hãy kiểm tra dấu ngoặc nhọn và các biến thể gần chỗ được đánh dấu.
issue-unknown-variable = Văn bản này dùng ${ $name }, nhưng đây không phải là biến đối tượng hay câu hỏi đứng trước.
issue-translation-adds-variable = Bản dịch này dùng ${ $name }, nhưng văn bản gốc không dùng. Hãy xóa nó, hoặc thêm nó vào văn bản gốc trước.
issue-translation-drops-variable = Bản dịch này thiếu ${ $name }, trong khi văn bản gốc có dùng. Hãy đặt ${ $name } lại đúng chỗ trong câu.
issue-unsupported-fluent = Văn bản này dùng { $detail }, nhưng văn bản khảo sát không cho phép dùng cách viết này.
issue-invalid-audience = Biến đối tượng “{ $id }” cần có các giá trị, và giá trị mặc định phải là một trong số đó.
issue-invalid-range = Giá trị thấp nhất đang lớn hơn giá trị cao nhất.
issue-invalid-pattern = Mẫu này không phải là biểu thức chính quy hợp lệ: { $detail }
issue-check-not-applicable = Quy tắc kiểm tra “{ $check }” không áp dụng cho câu hỏi loại { $itemType }.
issue-invalid-version = “{ $version }” không phải là số phiên bản có dạng như 1.2.0.
issue-missing-content-hash = Khảo sát đã xuất bản cần có mã băm nội dung. Hãy xuất bản lại từ coform.
issue-content-hash-mismatch = Khảo sát đã bị thay đổi sau khi xuất bản: mã băm nội dung không khớp.
issue-invalid-endpoint = Địa chỉ nhận câu trả lời “{ $endpoint }” không phải là địa chỉ web. Hãy dùng địa chỉ bắt đầu bằng https://.
issue-text-too-long = Văn bản này quá dài đối với coform (hơn { $limit } byte). Hãy rút ngắn hoặc chia ra nhiều mục.

editor-toolbar = Chỉnh sửa
undo = Hoàn tác
redo = Làm lại
new-survey = Khảo sát mới
open-survey-file = Mở tệp khảo sát
save-survey = Lưu thành tệp
add-item-type = Loại câu hỏi mới
add-item = Thêm câu hỏi
add-item-limit = Khảo sát này đã có { $limit } mục, là số tối đa coform cho phép. Hãy xóa một mục trước khi thêm mục mới.
edit-over-limit = { $what ->
    [items] Thay đổi đó sẽ làm khảo sát có hơn { $limit } mục (câu hỏi, ghi chú, phần và hàng bảng), mức tối đa coform cho phép, nên đã không được thực hiện.
    [pages] Thay đổi đó sẽ làm khảo sát có hơn { $limit } trang, mức tối đa coform cho phép, nên đã không được thực hiện.
    [sectionDepth] Thay đổi đó sẽ lồng các phần sâu hơn { $limit } cấp, mức tối đa coform cho phép, nên đã không được thực hiện.
    [conditionDepth] Thay đổi đó sẽ lồng các nhóm điều kiện sâu hơn { $limit } cấp, mức tối đa coform cho phép, nên đã không được thực hiện.
    [choiceLists] Thay đổi đó sẽ làm khảo sát có hơn { $limit } danh sách lựa chọn, mức tối đa coform cho phép, nên đã không được thực hiện.
    [options] Thay đổi đó sẽ làm một danh sách có hơn { $limit } lựa chọn, mức tối đa coform cho phép, nên đã không được thực hiện.
   *[languages] Thay đổi đó sẽ làm khảo sát có hơn { $limit } ngôn ngữ, mức tối đa coform cho phép, nên đã không được thực hiện.
}
edit-over-limit-dismiss = Đã hiểu
editor-heading = Sửa câu hỏi
editor-empty = Chọn một câu hỏi trong danh sách để sửa.
field-id = Mã (tên biến)
field-type = Loại
field-text = Nội dung ({ $language })
field-required = Bắt buộc
move-up = Chuyển lên
move-down = Chuyển xuống
duplicate-item = Tạo bản sao
delete-item = Xóa
file-problem = { $reason } Khảo sát bạn đang sửa vẫn được giữ nguyên.
saving = Đang lưu…
saved = Đã lưu mọi thay đổi trong trình duyệt này
not-saved = Các thay đổi không được lưu trong trình duyệt này
storage-full = Bộ nhớ của trình duyệt này đã đầy, nên các thay đổi của bạn chỉ còn trong thẻ này. Hãy lưu một bản sao thành tệp ngay, rồi giải phóng bớt dung lượng (ví dụ xóa các bản nháp cũ) và thử lại.
storage-unavailable = Trình duyệt này không lưu gì cho trang này (cửa sổ riêng tư, hoặc bộ nhớ bị chặn), nên các thay đổi của bạn chỉ còn trong thẻ này. Hãy lưu một bản sao thành tệp trước khi đóng thẻ.
save-copy = Lưu một bản sao thành tệp
save-retry = Thử lưu lại
tab-also-open = Bản nháp này cũng đang mở ở một thẻ khác. Nếu nó được thay đổi ở đó, bạn sẽ được hỏi ở đây nên giữ phiên bản nào.
tab-fork = Giữ phiên bản của thẻ này thành một bản nháp mới
tab-dismiss = Đã hiểu
tab-changed-elsewhere = Bản nháp này đã được thay đổi ở một thẻ khác. Các thay đổi ở đây sẽ không được lưu cho đến khi bạn chọn cách xử lý.
tab-reload = Tải phiên bản của thẻ kia (bỏ các thay đổi đã làm ở đây)
quarantine-heading = { $count ->
   *[other] Không đọc được { $count } bản nháp đã lưu nên chúng đã được để riêng.
} Các bản nháp khác của bạn vẫn mở bình thường. Hãy tải bản nháp bị để riêng xuống để gửi cho người có thể giúp.
quarantine-download = Tải xuống
quarantine-discard = Xóa
quarantine-discard-confirm = Xóa vĩnh viễn bản nháp không đọc được “{ $title }”? Hãy tải xuống trước nếu bạn có thể cần đến nó.
drafts-heading = Bản nháp trong trình duyệt này ({ $count })
untitled = Khảo sát chưa có tên
draft-open = Mở
draft-delete = Xóa
draft-delete-confirm = Xóa bản nháp “{ $title }”? Sau khi xóa sẽ không lấy lại được.
preview-heading = Xem trước (như người trả lời sẽ thấy)
preview-done = Đã đến cuối khảo sát. Khi xem trước, không có gì được lưu hay gửi đi.
preview-restart = Xem trước lại từ đầu
field-hint = Lời hướng dẫn ({ $language })
field-placeholder = Chữ gợi ý trong ô trống ({ $language })
field-unit = Đơn vị ({ $language })
field-choices = Danh sách lựa chọn
choices-none = (không có)
field-appearance = Hiển thị các lựa chọn dưới dạng
appearance-radio = Danh sách nút chọn
appearance-dropdown = Danh sách thả xuống
field-scale-min = Điểm thấp nhất của thang điểm
field-scale-max = Điểm cao nhất của thang điểm
lists-heading = Danh sách lựa chọn
lists-choose = Danh sách
lists-new = Danh sách mới
option-code = Mã
option-label = Nội dung lựa chọn ({ $language })
option-exclusive = Khi chọn sẽ bỏ các câu trả lời khác (như “không có lựa chọn nào ở trên”)
option-remove = Xóa
option-add = Thêm lựa chọn

## Logic: điều kiện dựa trên các câu trả lời trước đó, được đọc lại thành một câu.
show-if-heading = Chỉ hiện câu hỏi này khi…
show-if-add = Thêm điều kiện hiển thị
show-if-sentence = Chỉ hiện khi { $condition }.
required-if-heading = Chỉ bắt buộc trả lời khi…
required-if-add = Thêm điều kiện bắt buộc
required-if-sentence = Bắt buộc trả lời khi { $condition }.
page-show-if-heading = Chỉ hiện trang này khi…
page-show-if-add = Thêm điều kiện cho trang này
page-show-if-sentence = Trang này chỉ hiện khi { $condition }.
condition-no-sources = Chưa có câu hỏi nào phía trước có câu trả lời để so sánh. Điều kiện chỉ dùng được các câu hỏi đứng trước câu hỏi này.
condition-add = Thêm điều kiện
condition-add-group = Thêm nhóm điều kiện
condition-remove = Xóa
condition-combinator = Kết hợp
combinator-all = tất cả các điều này đều đúng
combinator-any = ít nhất một điều trong số này đúng
combinator-none = không điều nào trong số này đúng
combinator-not-all = không phải tất cả các điều này đều đúng
condition-not = Không đúng:
condition-item = Câu hỏi
condition-operator = Phép so sánh
condition-value = Giá trị
condition-missing-item = “{ $id }” (không phải câu hỏi đứng trước: hãy chọn câu hỏi khác)
value-yes = Có
value-no = Không
operator-equals = là
operator-notEquals = không phải là
operator-lessThan = nhỏ hơn
operator-lessOrEqual = không quá
operator-greaterThan = lớn hơn
operator-greaterOrEqual = ít nhất là
operator-includes = có chứa
operator-answered = đã được trả lời
operator-notAnswered = chưa được trả lời
sentence-equals = “{ $item }” là { $value }
sentence-notEquals = “{ $item }” không phải là { $value }
sentence-lessThan = “{ $item }” nhỏ hơn { $value }
sentence-lessOrEqual = “{ $item }” không quá { $value }
sentence-greaterThan = “{ $item }” lớn hơn { $value }
sentence-greaterOrEqual = “{ $item }” ít nhất là { $value }
sentence-includes = “{ $item }” có chứa { $value }
sentence-answered = “{ $item }” đã được trả lời
sentence-notAnswered = “{ $item }” chưa được trả lời
condition-and = { $left } và { $right }
condition-or = { $left } hoặc { $right }
condition-nested = ({ $inner })
condition-negated = không phải { $inner }

## Quy tắc kiểm tra câu trả lời.
rules-heading = Quy tắc kiểm tra
rules-none-apply = Loại câu hỏi này không có quy tắc kiểm tra.
add-rule-range = Thêm khoảng giá trị
add-rule-length = Thêm giới hạn độ dài
add-rule-pattern = Thêm mẫu
add-rule-answerCount = Thêm giới hạn số lựa chọn được chọn
rule-kind-range = Khoảng giá trị
rule-kind-length = Độ dài
rule-kind-pattern = Mẫu
rule-kind-answerCount = Số câu trả lời
rule-range-min = Giá trị thấp nhất được phép
rule-range-max = Giá trị cao nhất được phép
rule-length-min = Số ký tự ít nhất
rule-length-max = Số ký tự nhiều nhất
rule-answerCount-min = Số câu trả lời ít nhất
rule-answerCount-max = Số câu trả lời nhiều nhất
rule-pattern = Mẫu (biểu thức chính quy)
rule-not-a-number = “{ $value }” không phải là số. Hãy gõ chữ số, ví dụ 18 hoặc 2.5 (dùng dấu chấm cho phần thập phân), hoặc để trống nếu không giới hạn.
rule-message = Thông báo khi câu trả lời không đúng quy tắc ({ $language })
remove-rule = Xóa quy tắc

## Các dòng của bảng mức độ đồng ý, chữ trên thang điểm, di chuyển, chèn câu trả lời.
grid-rows-heading = Các dòng (các nhận định được chấm trên cùng một thang điểm)
grid-row-id = Mã dòng (tên biến)
grid-row-text = Nhận định ({ $language })
add-grid-row = Thêm dòng
remove-grid-row = Xóa dòng
field-scale-min-label = Chữ ở điểm thấp nhất ({ $language })
field-scale-max-label = Chữ ở điểm cao nhất ({ $language })
move-to = Chuyển đến
move-to-choose = Chọn một trang hoặc một phần…
destination-page = Trang { $number } ({ $id })
destination-section = Phần { $id }
pipe-answer-text = Chèn một câu trả lời trước đó vào nội dung
pipe-answer-hint = Chèn một câu trả lời trước đó vào lời hướng dẫn
pipe-answer-choose = Chọn một câu hỏi…
new-from-sample = Tạo mới từ khảo sát mẫu
new-from-sample-choose = Chọn một khảo sát mẫu…
sample-community-health = Nhu cầu sức khỏe cộng đồng
sample-clinic-experience = Trải nghiệm khi đến phòng khám
sample-child-immunization = Tiêm chủng cho trẻ em
sample-minimal = Khảo sát ngắn gọn nhất

## Trang.
pages-heading = Các trang
page-choose = Trang đang sửa
page-new-items-hint = Câu hỏi mới được thêm vào cuối trang này. Nếu bạn đang chọn một câu hỏi, câu hỏi mới sẽ nằm ngay sau câu đó (hoặc nằm bên trong, nếu bạn đang chọn một phần).
add-page = Thêm trang sau trang này
page-up = Đưa trang lên trước
page-down = Đưa trang ra sau
delete-page = Xóa trang và các câu hỏi trong trang
page-id = Mã trang
page-id-taken = Đã có trang khác dùng mã “{ $id }”. Hãy chọn mã khác.
page-title = Tiêu đề trang ({ $language })

## Thông tin của khảo sát.
survey-heading = Khảo sát
survey-title = Tiêu đề ({ $language })
survey-description = Lời giới thiệu hiện trước trang đầu tiên ({ $language })
survey-id = Mã khảo sát (giữ nguyên qua các phiên bản)
survey-version = Phiên bản
list-id = Mã danh sách (câu hỏi dùng mã này để gắn với danh sách)
list-id-taken = Đã có danh sách khác dùng mã “{ $id }”. Hãy chọn mã khác.

## Ngôn ngữ, bản dịch và xuất bản

cancel = Hủy
role-label = Tôi tham gia với vai trò
role-staff = Nhân viên
role-patient-advisor = Đại diện người bệnh
role-translator = Người dịch
modes-label = Bạn muốn làm gì
mode-build = Thiết kế
mode-translate = Dịch và xuất bản
completeness-label = Tiến độ dịch theo từng ngôn ngữ
completeness-summary = Đã duyệt { $approved }/{ $total } · { $translated } đã dịch · { $stale } cần cập nhật · { $review } cần xem lại
languages-heading = Ngôn ngữ
language-source = Ngôn ngữ gốc
language-direction = Hướng viết
direction-ltr = Từ trái sang phải
direction-rtl = Từ phải sang trái
language-fallback = Nếu thiếu văn bản, lần lượt dùng (mã ngôn ngữ, theo thứ tự)
language-bad-fallback = “{ $tag }” không phải là một ngôn ngữ khác của khảo sát này. Hãy dùng các mã ở trên, cách nhau bằng dấu phẩy.
language-make-source = Đặt làm ngôn ngữ gốc
language-remove = Xóa ngôn ngữ
language-remove-question = Xóa { $name } và mọi văn bản viết bằng ngôn ngữ này? Bạn vẫn có thể hoàn tác.
language-remove-yes = Xóa { $name }
language-add-label = Thêm ngôn ngữ (mã như es-PR, so, zh-Hant)
language-add-help = Hãy dùng mã ngôn ngữ BCP-47. Tên ngôn ngữ sẽ hiện bên dưới khi bạn gõ.
language-add-preview = { $name } ({ $tag })
language-add = Thêm ngôn ngữ
language-invalid-tag = Đây không phải là mã ngôn ngữ. Hãy thử một mã như “so” (tiếng Somali) hoặc “es-MX” (tiếng Tây Ban Nha, Mexico).
language-already-offered = Khảo sát đã có ngôn ngữ này rồi.
translate-heading = Bản dịch
translate-no-languages = Khảo sát này mới chỉ có ngôn ngữ gốc. Hãy thêm một ngôn ngữ để bắt đầu dịch.
translate-language = Dịch sang
translate-filter = Hiển thị
translate-place = Phạm vi
filter-all = Mọi văn bản
filter-missing = Chưa dịch
filter-stale = Văn bản gốc đã đổi sau khi dịch
filter-needs-review = Cần xem lại
filter-not-approved = Chưa duyệt
filter-everywhere = Toàn bộ khảo sát
translate-count = Đang hiện { $count } văn bản
translate-show-more = Hiện thêm { $count } mục
translate-field-text = câu hỏi
translate-field-hint = lời hướng dẫn
translate-field-placeholder = chữ gợi ý trong ô trống
translate-field-unit = đơn vị
translate-field-min-label = chữ ở điểm thấp nhất
translate-field-max-label = chữ ở điểm cao nhất
translate-field-row = nhận định trong bảng
translate-field-rule = thông báo kiểm tra
translate-field-content-note = lưu ý về nội dung
translate-field-why-we-ask = vì sao chúng tôi hỏi
translate-field-option = lựa chọn
translate-field-page-title = tiêu đề trang
translate-field-survey-title = tiêu đề khảo sát
translate-field-survey-description = lời giới thiệu khảo sát
translate-field-audience-question = câu hỏi về đối tượng
translate-field-audience-value = lựa chọn đối tượng
translation-target-label = Bản dịch ({ $language })
translation-raw = Mã Fluent
translation-approve = Duyệt
translation-mark-review = Cần xem lại
translation-syntax-error = Văn bản này không đúng cú pháp Fluent ở dòng { $line }, cột { $column }. Hãy kiểm tra dấu ngoặc nhọn và các dòng biến thể.
translation-unsupported = Văn bản này dùng cách viết Fluent mà khảo sát không cho phép (dòng { $line }, cột { $column }): chỉ được dùng biến và biến thể.
add-plural-variants = Cách viết theo số lượng { $variable }
add-audience-variants = Cách viết theo { $variable }
variant-label = Khi { $variable } là { $key }
variant-default = dùng cho các trường hợp còn lại
plural-zero = không
plural-one = một
plural-two = hai
plural-few = một vài
plural-many = nhiều
plural-other = mọi số khác
status-missing = Chưa dịch
status-draft = Bản nháp
status-needs-review = Cần xem lại
status-approved = Đã duyệt
status-stale = Văn bản gốc đã đổi
changed-by = người sửa gần nhất: { $role }
ftl-export = Tải về cho người dịch (.ftl)
ftl-import = Tải lên tệp .ftl đã dịch
ftl-export-all = Tải về mọi ngôn ngữ (.zip)
ftl-import-all = Tải lên các ngôn ngữ đã dịch (.zip)
ftl-imported = { $count ->
    [0] Không có văn bản nào thay đổi.
   *[other] Có { $count } văn bản thay đổi; chúng đã được đánh dấu cần xem lại.
}
ftl-unknown-id = “{ $id }” ở dòng { $line } không phải là văn bản của khảo sát này nên đã được bỏ qua.
ftl-unknown-id-in-file = Trong { $file }, “{ $id }” ở dòng { $line } không phải là văn bản của khảo sát này nên đã được bỏ qua.
ftl-error-syntax = Tệp này không đúng cú pháp Fluent ở dòng { $line }, cột { $column }. Khảo sát vẫn được giữ nguyên. Hãy sửa dòng đó rồi tải lên lại.
ftl-error-wrong-language = Tệp này dành cho { $found }, không phải { $expected }. Khảo sát vẫn được giữ nguyên. Hãy chọn { $found } ở phía trên, hoặc tải lên đúng tệp.
ftl-error-unknown-language = { $language } không phải là ngôn ngữ dịch của khảo sát này. Khảo sát vẫn được giữ nguyên.
ftl-error-not-text = Tệp này không phải là tệp văn bản. Khảo sát vẫn được giữ nguyên.
ftl-error-too-large = Tệp quá lớn, không thể là bản dịch của khảo sát này. Khảo sát vẫn được giữ nguyên.
ftl-error-not-archive = Tệp này không phải là tệp nén .zip. Khảo sát vẫn được giữ nguyên.
ftl-error-in-file = Trong { $file }: { $reason }
publish-heading = Xuất bản
publish-gate = Trước khi xuất bản, mọi văn bản phải được duyệt trong:
publish-ready = Đã sẵn sàng để xuất bản.
publish-blocked = Còn { $count } điều cần xử lý trước khi xuất bản:
publish-blocked-problems = Khảo sát còn { $count } vấn đề cần sửa (xem “Những vấn đề cần sửa”).
publish-blocked-language = Cần có { $language }, nhưng khảo sát này không có ngôn ngữ đó.
publish-blocked-string = { $language }: “{ $id }” đang ở trạng thái “{ $status }”.
publish = Xuất bản phiên bản này
publish-done = Phiên bản { $version } đã được xuất bản. Tệp đã được tải về, và phiên bản này chỉ xem được, không sửa được; muốn thay đổi, hãy tạo bản nháp mới.

## Cùng thiết kế: người tham gia, góp ý và đề xuất, vòng góp ý, ngôn ngữ dễ hiểu, câu hỏi
## nhạy cảm, ký xác nhận, phiên bản.

person-name-label = Tên của bạn
mode-review = Góp ý
item-open-threads = { $count ->
   *[other] { $count } góp ý chưa xử lý
}
review-heading = Góp ý và đề xuất
review-language = Ngôn ngữ được góp ý
review-choose-item = Chọn một câu hỏi trong danh sách để góp ý. Tiêu đề và lời giới thiệu của khảo sát nằm ở bên dưới.
review-stamp = { $name } ({ $role }), { $date }
review-suggested-wording = Cách viết được đề xuất
review-current-text = Nội dung hiện tại
review-conflict = Nội dung đã thay đổi sau khi có đề xuất này, nên không thể áp dụng nguyên như vậy. Hãy so với nội dung hiện tại rồi trả lời, hoặc đánh dấu là đã xử lý.
review-reply-label = Trả lời
review-reply = Gửi trả lời
review-accept = Chấp nhận đề xuất
review-reject-reason = Lý do không chấp nhận
review-reject = Không chấp nhận
review-resolve = Đánh dấu đã xử lý
review-comment-label = Góp ý
review-add-comment = Thêm góp ý
review-start-suggestion = Đề xuất cách viết
review-wording-label = Cách viết của bạn
review-add-suggestion = Gửi đề xuất
review-cancel = Hủy
outcome-accepted = { $by } đã chấp nhận
outcome-rejected = { $by } không chấp nhận:
outcome-resolved = { $by } đã đánh dấu là đã xử lý
review-error-conflict = Nội dung đã thay đổi sau khi có đề xuất này; đề xuất chưa được áp dụng.
review-error-closed = Cuộc trao đổi này đã đóng rồi.
review-error-reason = Hãy viết lý do bạn không chấp nhận đề xuất, để người đề xuất hiểu.
review-error-sign-off-role = Chỉ nhân viên và đại diện người bệnh mới ký xác nhận được một ngôn ngữ. Nếu bạn là một trong hai, hãy đổi mục “Tôi tham gia với vai trò”.
review-error-string-gone = Nội dung mà cuộc trao đổi này nói đến không còn trong khảo sát nữa.
review-error-other-survey = Góp ý này dành cho khảo sát “{ $found }”, không phải “{ $expected }”. Chưa có gì được nhập vào.
review-error-no-survey = Đây là tệp góp ý, không phải gói góp ý. Hãy nhập tệp này trong phần “Góp ý” bằng nút “Nhập các tệp góp ý”.
review-error-broken = Tệp bị hỏng ở dòng { $line }, cột { $column } { $path }. Chưa có gì thay đổi; hãy nhờ người gửi lại tệp.
review-error-not-review = Tệp này không phải là tệp góp ý của coform.
review-error-version = Tệp góp ý này được tạo bằng coform mới hơn (định dạng { $found }). Hãy cập nhật coform để mở tệp.
review-error-other = Không làm được thao tác góp ý này.
review-file-problem = { $file }: { $reason }
review-imported = { $files ->
   *[other] Đã đọc { $files } tệp góp ý
}: { $threads } cuộc trao đổi mới, { $replies } lời trả lời, { $outcomes } quyết định, { $signoffs } lần ký xác nhận. { $conflicts ->
    [0] Không có đề xuất nào bị vướng với nội dung hiện tại.
   *[other] Có { $conflicts } đề xuất dựa trên nội dung đã thay đổi sau đó: các đề xuất này đã được đánh dấu.
}
round-heading = Vòng góp ý
round-staff-help = Hãy gửi gói góp ý cho các đại diện người bệnh. Họ mở gói bằng coform, góp ý và đề xuất, rồi gửi lại một tệp góp ý. Nhận được bao nhiêu tệp góp ý thì bạn nhập bấy nhiêu; nhập cùng một tệp hai lần sẽ không thêm gì.
round-export-package = Tải về gói góp ý
round-import-reviews = Nhập các tệp góp ý
round-reviewer-help = Bạn đang góp ý trên một bản sao. Góp ý và đề xuất của bạn không làm thay đổi khảo sát: hãy tải về tệp góp ý của bạn và gửi cho nhân viên phụ trách khảo sát.
round-export-review = Tải về tệp góp ý của tôi
sign-off-heading = Ký xác nhận
sign-off-help = Khi cách viết của một ngôn ngữ đã đúng, một đại diện người bệnh hoặc nhân viên sẽ ký xác nhận ngôn ngữ đó. Nếu sau đó văn bản của ngôn ngữ này bị sửa, chữ ký xác nhận sẽ bị xóa.
sign-off-none = Chưa ký xác nhận
sign-off-valid = { $by } đã ký xác nhận
sign-off-cleared = { $by } đã ký xác nhận, nhưng sau đó có thay đổi: hãy ký xác nhận lại
sign-off = Ký xác nhận
hint-reading-grade = Độ khó khi đọc: khoảng lớp { $grade }
hint-grade-above = Độ khó khi đọc là lớp { $grade }, cao hơn mức lớp { $limit } mong muốn: dùng từ và câu ngắn hơn sẽ dễ hiểu hơn.
hint-long-sentence = Câu này có { $words } từ (nhiều hơn { $limit }): hãy thử tách thành nhiều câu.
hint-long-word = Từ dài: “{ $word }”. Có từ nào ngắn hơn, thường dùng hơn không?
hint-double-barrelled = Câu này có thể đang hỏi hai điều cùng lúc (“{ $word }”). Hãy thử tách thành hai câu hỏi.
sensitive-heading = Câu hỏi nhạy cảm
sensitive-mark = Câu hỏi này nhạy cảm
field-content-note = Lưu ý về nội dung, hiện trước câu hỏi ({ $language })
field-why-we-ask = Vì sao chúng tôi hỏi ({ $language })
sensitive-way-out = Cách để không phải trả lời
sensitive-way-out-skip = Có thể bỏ qua
sensitive-way-out-prefer-not = Có lựa chọn “Tôi không muốn trả lời”
sensitive-checklist = Danh sách kiểm tra cho câu hỏi nhạy cảm
sensitive-has-why-we-ask = Có nói vì sao chúng tôi hỏi
sensitive-has-content-note = Có lưu ý về nội dung
sensitive-missing-why-we-ask = Còn thiếu: vì sao chúng tôi hỏi
sensitive-missing-content-note = Còn thiếu: lưu ý về nội dung trước câu hỏi
publish-gate-language = Ngôn ngữ
publish-gate-approved = Đã duyệt hết
publish-gate-signed = Đã ký xác nhận
publish-gate-approved-for = { $language }: mọi văn bản đã được duyệt
publish-gate-signed-for = { $language }: đã ký xác nhận
publish-blocked-sign-off = Cần ký xác nhận (lại) { $language } trước khi xuất bản.
publish-bump = Loại thay đổi
bump-patch = Sửa nhỏ: người trả lời không thấy gì khác
bump-minor = Thay đổi vừa: cách viết, câu hỏi hoặc logic
bump-major = Thay đổi lớn: bỏ câu hỏi hoặc mã câu trả lời
publish-proposed = Đề xuất: phiên bản { $version } ({ $kind })
publish-version = Phiên bản
publish-note = Những gì đã thay đổi (nhật ký thay đổi)
publish-not-a-version = “{ $version }” không phải là số phiên bản có dạng như 1.2.0.
publish-not-after = Phiên bản { $version } phải mới hơn { $last }, là phiên bản đã xuất bản gần nhất.
publish-new-draft = Tạo bản nháp mới
published-read-only = Phiên bản { $version } đã được xuất bản; chỉ xem được, không sửa được.
versions-heading = Các phiên bản
versions-none = Chưa xuất bản phiên bản nào.
versions-current = Bản nháp hiện tại
versions-from = So sánh
versions-to = với
versions-compare = So sánh các phiên bản
versions-not-here = Thiết bị này không lưu phiên bản { $version }. Hãy mở tệp đã xuất bản của phiên bản đó để so sánh.
versions-no-change = Không có gì khác nhau.
versions-added = Câu hỏi được thêm
versions-removed = Câu hỏi bị xóa
versions-moved = Câu hỏi được chuyển chỗ
versions-retyped = Câu hỏi đổi loại
versions-logic = Logic đã thay đổi
versions-codes-added = Mã câu trả lời được thêm
versions-codes-removed = Mã câu trả lời bị xóa
versions-languages = Ngôn ngữ được thêm hoặc bị xóa
versions-texts = Cách viết đã thay đổi

## Liên thông: xuất ra để dùng trên nền tảng khác, nhập vào từ nền tảng khác

export-open = Xuất ra…
export-heading = Xuất ra để dùng trên nền tảng khác
export-format = Định dạng
export-format-json = Khảo sát coform (JSON)
export-format-fhir = Bảng câu hỏi FHIR R4 (JSON)
export-format-xlsform = XLSForm cho ODK và KoboToolbox (.xlsx)
export-format-redcap = Từ điển dữ liệu REDCap (CSV)
export-format-surveyjs = Biểu mẫu SurveyJS (JSON)
export-losses-heading = Những gì định dạng này không giữ được
export-losses-intro = Tệp sẽ không bao gồm những phần dưới đây. Trước khi dùng, hãy kiểm tra xem khảo sát vẫn dùng tốt khi thiếu các phần này.
export-no-loss = Không mất gì cả: định dạng này giữ được toàn bộ khảo sát.
export-download = Tải về
export-preparing = Đang chuẩn bị xuất…
converter-failed = Không tải được bộ chuyển đổi ({ $detail }). Hãy kiểm tra kết nối và thử lại; khảo sát của bạn không thay đổi.
export-close = Đóng
import-report-heading = Đọc từ { $format }
import-no-notice = Đã đọc hiểu được mọi nội dung trong tệp.
import-notices-intro = Một số phần của tệp đã bị bỏ qua hoặc bị thay đổi. Hãy kiểm tra những chỗ này trong khảo sát:
import-report-close = Đóng
loss-variants = Cách viết thay đổi theo số lượng hoặc theo người trả lời chỉ giữ lại dạng thông thường ({ $language }).
loss-piping = Câu trả lời được chèn vào nội dung này sẽ hiện thành tên của câu hỏi tương ứng ({ $language }).
loss-audience = Không bao gồm câu hỏi về người đang trả lời; cách viết dùng dạng thông thường.
loss-review = Không bao gồm góp ý, cách viết được đề xuất và chữ ký xác nhận.
loss-changelog = Không bao gồm danh sách các phiên bản đã xuất bản.
loss-translation-states = Không bao gồm trạng thái của từng bản dịch (bản nháp, cần xem lại hay đã duyệt).
loss-fallback = Không bao gồm thứ tự các ngôn ngữ dự phòng khi thiếu văn bản.
loss-language = Không bao gồm văn bản bằng { $language }.
loss-text = Không bao gồm văn bản này (trường { $field }).
loss-item-type = Loại câu hỏi này được ghi thành { $writtenAs } (trước đây là { $itemType }).
loss-condition = Điều kiện này bị bỏ đi, nên câu hỏi sẽ luôn hiện hoặc không bao giờ bắt buộc.
loss-condition-as-expression = Điều kiện này được ghi thành một biểu thức mà chỉ một số chương trình làm theo.
loss-validation = Quy tắc kiểm tra câu trả lời này bị bỏ đi ({ $check }).
loss-validation-message = Không bao gồm thông báo hiện ra khi câu trả lời không đúng quy tắc kiểm tra.
loss-sensitive = Không bao gồm những phần giúp hỏi câu hỏi nhạy cảm này một cách nhẹ nhàng (lưu ý về nội dung, vì sao chúng tôi hỏi, cách để không phải trả lời).
loss-exclusive = “Không có lựa chọn nào ở trên” sẽ không bỏ các lựa chọn khác.
loss-appearance = Không bao gồm cách hiển thị các lựa chọn (nút chọn hay danh sách thả xuống).
loss-codes = Không bao gồm các mã chuẩn (như LOINC).
loss-scores = Không bao gồm điểm của các lựa chọn.
loss-pages = Không bao gồm ngắt trang: mọi câu hỏi hiện liền nhau một mạch.
loss-setting = Không bao gồm thiết lập này ({ $setting }).
loss-id = Tên hoặc mã này không được phép ở đó, nên được ghi thành { $writtenAs }.
loss-source-language = Tệp không ghi lại ngôn ngữ của văn bản ({ $language }); khi mở lại, văn bản được đọc là tiếng Anh.
notice-ignored = Đã bỏ qua: coform không đọc { $name }.
notice-item-type = Một câu hỏi loại { $found } đã được đọc thành { $readAs }.
notice-skipped = Đã bỏ qua một câu hỏi loại { $found }: coform không có loại câu hỏi này.
notice-expression = Không đọc được quy tắc này nên đã bỏ qua: { $expression }
notice-renamed = Tên { $from } đã được đổi thành { $to }, là tên mà coform dùng được.
notice-language = Ngôn ngữ { $found } đã được đọc thành { $tag }.
interop-error-unrecognised = Tệp này không phải là khảo sát mà coform đọc được. Hãy chọn tệp coform, Bảng câu hỏi FHIR, XLSForm (.xlsx), từ điển dữ liệu REDCap hoặc tệp SurveyJS.
interop-error-too-large = Tệp quá lớn, không mở được ({ $bytes } byte; giới hạn là { $limit }).
interop-error-syntax = Tệp bị hỏng tại { $location }: { $detail }. Hãy mở tệp bằng chương trình đã tạo ra nó, sửa chỗ đó rồi thử lại.
interop-error-invalid = Tệp có vấn đề tại { $location }: { $detail }. Hãy sửa chỗ đó rồi thử lại.
