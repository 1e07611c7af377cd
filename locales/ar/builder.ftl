# واجهة المحرر، بالعربية.

app-title = محرر coform
app-tagline = صمّموا الاستبيانات معًا، بكل اللغات.
loading-survey = جارٍ فتح الاستبيان…
ui-language-label = لغة الواجهة
survey-language-label = لغة المعاينة
audience-label = { $variable }
items-heading = الأسئلة
items-count = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
issues-heading = مشكلات يجب حلها
issues-none = لم يتم العثور على مشكلات.
issues-count = الأخطاء: { $errors }، التحذيرات: { $warnings }
issue-severity-error = خطأ
issue-severity-warning = تحذير
issue-location = في { $path }
item-required = إلزامي
item-shown-if = يظهر فقط بشرط
open-respondent-view = فتح واجهة المجيب
load-failed = تعذّر فتح الاستبيان: { $reason }
load-failed-network = تعذّر تنزيل الملف { $url }. تحقّق من العنوان ومن اتصالك، ثم أعد تحميل الصفحة.

item-type-note = ملاحظة
item-type-shortText = نص قصير
item-type-longText = نص طويل
item-type-integer = عدد صحيح
item-type-decimal = عدد عشري
item-type-date = تاريخ
item-type-singleChoice = اختيار واحد
item-type-multipleChoice = اختيار متعدد
item-type-yesNo = نعم / لا
item-type-rating = تقييم
item-type-likertGrid = جدول موافقة
item-type-ranking = ترتيب
item-type-consent = موافقة
item-type-section = قسم

import-error-syntax = الملف ليس JSON صالحًا (السطر { $line }، العمود { $column }). افتحه في محرر نصوص، وصحّح ذلك الموضع، ثم حاول مرة أخرى.
import-error-notASurvey = هذا الملف ليس استبيان coform. اختر ملفًا حفظه أو صدّره coform.
import-error-unsupportedVersion = يستخدم هذا الاستبيان إصدار التنسيق { $found }، ولا يستطيع هذا الإصدار من coform قراءته. حدّث coform لفتحه.
import-error-invalid = في الاستبيان مشكلة في { $path } (السطر { $line }): { $detail }. صحّح هذا الحقل ثم حاول مرة أخرى.
import-error-tooLarge = الملف أكبر من أن يُفتح ({ $bytes } بايت؛ الحد { $limit }).

issue-empty-survey = لا يحتوي الاستبيان على أسئلة بعد. أضف سؤالًا واحدًا على الأقل.
issue-duplicate-id = المعرّف «{ $id }» مستخدم أكثر من مرة. أعطِ كل سؤال معرّفًا خاصًا به.
issue-invalid-id = المعرّف «{ $id }» ليس اسم متغير صالحًا. ابدأ بحرف لاتيني واستخدم الحروف والأرقام و _ فقط.
issue-unknown-item = يشير هذا إلى «{ $id }» وهو غير موجود. اختر سؤالًا موجودًا.
issue-forward-reference = يشير هذا إلى «{ $id }» الذي يُطرح لاحقًا. أشِر إلى الأسئلة السابقة فقط.
issue-dependency-cycle = هذه الأسئلة تعتمد على نفسها: { $ids }. احذف أحد المراجع.
issue-operator-mismatch = لا يمكن استخدام المقارنة «{ $operator }» مع سؤال من نوع { $itemType }. اختر مقارنة أخرى.
issue-missing-value = تحتاج هذه المقارنة إلى قيمة للمقارنة بها.
issue-unexpected-value = هذه المقارنة لا تأخذ قيمة؛ احذفها.
issue-value-mismatch = القيمة لا تناسب سؤال { $itemType } الذي تُقارن به. اختر إحدى إجاباته.
issue-missing-choice-list = يعرض هذا السؤال خيارات لكن ليس له قائمة خيارات. اختر قائمة أو أنشئ واحدة.
issue-missing-rows = لا يحتوي هذا الجدول على عبارات. أضف صفًا واحدًا على الأقل.
issue-unknown-choice-list = قائمة الخيارات «{ $id }» غير موجودة.
issue-empty-choice-list = قائمة الخيارات «{ $id }» لا تحتوي على خيارات. أضف خيارًا واحدًا على الأقل.
issue-duplicate-code = الرمز «{ $code }» مستخدم مرتين في قائمة واحدة. يحتاج كل خيار إلى رمز خاص به.
issue-invalid-code = يمكن أن يحتوي الرمز «{ $code }» على الحروف والأرقام و - و _ فقط.
issue-setting-not-applicable = الإعداد «{ $setting }» لا يؤثر في سؤال من نوع { $itemType }. احذفه أو غيّر النوع.
issue-invalid-language-tag = «{ $tag }» ليس وسم لغة صالحًا. استخدم وسم BCP-47 مثل ar أو ar-EG.
issue-duplicate-language = اللغة { $tag } مذكورة مرتين.
issue-unknown-language = اللغة { $tag } مستخدمة لكنها غير مضافة إلى الاستبيان.
issue-fallback-cycle = اللغة { $tag } ترجع إلى نفسها كبديل.
issue-missing-message = هذا النص غير موجود بهذه اللغة.
issue-fluent-syntax = في هذا النص خطأ في الصياغة ({ $detail }). راجع الأقواس والبدائل قرب الموضع المحدد.
issue-unknown-variable = يستخدم هذا النص ${ $name }، وهو ليس متغير جمهور ولا سؤالًا سابقًا.
issue-unsupported-fluent = يستخدم هذا النص { $detail }، وهو غير مسموح في نصوص الاستبيان.
issue-invalid-audience = يحتاج متغير الجمهور «{ $id }» إلى قيم، ويجب أن تكون قيمته الافتراضية إحداها.
issue-invalid-range = القيمة الدنيا أكبر من القيمة العليا.
issue-invalid-pattern = النمط ليس تعبيرًا نمطيًا صالحًا: { $detail }
issue-check-not-applicable = التحقق «{ $check }» لا ينطبق على سؤال من نوع { $itemType }.
issue-invalid-version = «{ $version }» ليس رقم إصدار مثل 1.2.0.
issue-missing-content-hash = يحتاج الاستبيان المنشور إلى بصمة محتوى. انشره مرة أخرى من coform.
issue-content-hash-mismatch = تغيّر الاستبيان بعد نشره: بصمة المحتوى غير مطابقة.
issue-invalid-endpoint = عنوان الإرسال «{ $endpoint }» ليس عنوان ويب. استخدم عنوانًا يبدأ بـ https://.

editor-toolbar = التحرير
undo = تراجع
redo = إعادة
new-survey = استبيان جديد
open-survey-file = فتح ملف استبيان
save-survey = حفظ كملف
add-item-type = نوع السؤال الجديد
add-item = إضافة سؤال
editor-heading = تحرير السؤال
editor-empty = اختر سؤالًا من القائمة لتحريره.
field-id = المعرّف (اسم المتغير)
field-type = النوع
field-text = النص ({ $language })
field-required = إلزامي
move-up = نقل إلى الأعلى
move-down = نقل إلى الأسفل
duplicate-item = تكرار
delete-item = حذف
file-problem = { $reason } الاستبيان الذي كنت تحرّره لم يتغيّر.
saving = جارٍ الحفظ…
saved = حُفظت كل التغييرات في هذا المتصفح
save-failed = لا يتم حفظ التغييرات في هذا المتصفح ({ $reason }). استخدم «حفظ كملف» للاحتفاظ بنسخة.
drafts-heading = المسودات في هذا المتصفح ({ $count })
untitled = استبيان بلا عنوان
draft-open = فتح
draft-delete = حذف
draft-delete-confirm = هل تريد حذف المسودة «{ $title }»؟ لا يمكن التراجع عن ذلك.
preview-heading = المعاينة (كما يراها المجيب)
preview-done = نهاية الاستبيان. لا يُحفظ أي شيء ولا يُرسل في المعاينة.
preview-restart = المعاينة مرة أخرى من البداية
field-hint = نص المساعدة ({ $language })
field-placeholder = نص توضيحي ({ $language })
field-unit = الوحدة ({ $language })
field-choices = قائمة الخيارات
choices-none = (لا شيء)
field-appearance = عرض الخيارات على شكل
appearance-radio = قائمة أزرار
appearance-dropdown = قائمة منسدلة
field-scale-min = أدنى نقطة في المقياس
field-scale-max = أعلى نقطة في المقياس
lists-heading = قوائم الخيارات
lists-choose = القائمة
lists-new = قائمة جديدة
option-code = الرمز
option-label = التسمية ({ $language })
option-exclusive = يلغي الإجابات الأخرى («لا شيء مما سبق»)
option-remove = إزالة
option-add = إضافة خيار
