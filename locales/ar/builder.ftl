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
import-error-tooDeep = في الملف مستويات متداخلة أكثر مما يمكن قراءته (أكثر من { $limit } مستوى، في السطر { $line }، العمود { $column }).
import-error-overLimit = { $what ->
    [items] في الاستبيان { $found } عنصرًا (أسئلة وملاحظات وأقسام وصفوف جداول)، ويفتح coform استبيانات تصل إلى { $limit } عنصر. أول عنصر يتجاوز الحد موجود في { $path }.
    [pages] في الاستبيان { $found } صفحة، ويفتح coform استبيانات تصل إلى { $limit } صفحة.
    [sectionDepth] توجد أقسام متداخلة على { $found } مستويات (في { $path })، ويسمح coform بما يصل إلى { $limit }.
    [conditionDepth] يوجد شرط فيه مجموعات متداخلة على { $found } مستويات (في { $path })، ويسمح coform بما يصل إلى { $limit }.
    [choiceLists] في الاستبيان { $found } قائمة خيارات، ويسمح coform بما يصل إلى { $limit }.
    [options] في إحدى قوائم الخيارات { $found } خيارًا (في { $path })، ويسمح coform بما يصل إلى { $limit } في القائمة الواحدة.
   *[languages] في الاستبيان { $found } لغة، ويسمح coform بما يصل إلى { $limit }.
}

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
issue-translation-adds-variable = تستخدم هذه الترجمة ${ $name }، والنص الأصلي لا يستخدمه. احذفه، أو أضفه إلى النص الأصلي أولًا.
issue-translation-drops-variable = تُسقط هذه الترجمة ${ $name }، والنص الأصلي يستخدمه. أعِده إلى مكانه في الجملة.
issue-unsupported-fluent = يستخدم هذا النص { $detail }، وهو غير مسموح في نصوص الاستبيان.
issue-invalid-audience = يحتاج متغير الجمهور «{ $id }» إلى قيم، ويجب أن تكون قيمته الافتراضية إحداها.
issue-invalid-range = القيمة الدنيا أكبر من القيمة العليا.
issue-invalid-pattern = النمط ليس تعبيرًا نمطيًا صالحًا: { $detail }
issue-check-not-applicable = التحقق «{ $check }» لا ينطبق على سؤال من نوع { $itemType }.
issue-invalid-version = «{ $version }» ليس رقم إصدار مثل 1.2.0.
issue-missing-content-hash = يحتاج الاستبيان المنشور إلى بصمة محتوى. انشره مرة أخرى من coform.
issue-content-hash-mismatch = تغيّر الاستبيان بعد نشره: بصمة المحتوى غير مطابقة.
issue-invalid-endpoint = عنوان الإرسال «{ $endpoint }» ليس عنوان ويب. استخدم عنوانًا يبدأ بـ https://.
issue-text-too-long = هذا النص أطول مما يسمح به coform (أكثر من { $limit } بايت). اختصره أو وزّعه على عدة عناصر.

editor-toolbar = التحرير
undo = تراجع
redo = إعادة
new-survey = استبيان جديد
open-survey-file = فتح ملف استبيان
save-survey = حفظ كملف
add-item-type = نوع السؤال الجديد
add-item = إضافة سؤال
add-item-limit = في هذا الاستبيان { $limit } عنصر، وهو الحد الأقصى الذي يسمح به coform. احذف عنصرًا قبل إضافة عنصر آخر.
edit-over-limit = { $what ->
    [items] هذا التغيير سيجعل في الاستبيان أكثر من { $limit } عنصر (أسئلة وملاحظات وأقسام وصفوف جداول)، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
    [pages] هذا التغيير سيجعل في الاستبيان أكثر من { $limit } صفحة، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
    [sectionDepth] هذا التغيير سيجعل الأقسام متداخلة أعمق من { $limit } مستوى، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
    [conditionDepth] هذا التغيير سيجعل مجموعات الشروط متداخلة أعمق من { $limit } مستوى، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
    [choiceLists] هذا التغيير سيجعل في الاستبيان أكثر من { $limit } قائمة خيارات، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
    [options] هذا التغيير سيجعل في قائمة خيارات أكثر من { $limit } خيار، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
   *[languages] هذا التغيير سيجعل في الاستبيان أكثر من { $limit } لغة، وهو الحد الأقصى الذي يسمح به coform، لذلك لم يُجرَ.
}
edit-over-limit-dismiss = حسنًا
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
not-saved = لا تُحفظ التغييرات في هذا المتصفح
storage-full = مساحة التخزين في هذا المتصفح ممتلئة، لذلك تبقى تغييراتك في علامة التبويب هذه فقط. احفظ نسخة كملف الآن، ثم أفرغ بعض المساحة (مثلًا احذف المسودات القديمة) وحاول مرة أخرى.
storage-unavailable = هذا المتصفح لا يحتفظ بأي شيء لهذه الصفحة (نافذة خاصة، أو التخزين محظور)، لذلك تبقى تغييراتك في علامة التبويب هذه فقط. احفظ نسخة كملف قبل أن تغلقها.
save-copy = احفظ نسخة كملف
save-retry = حاول الحفظ مرة أخرى
tab-also-open = هذه المسودة مفتوحة أيضًا في علامة تبويب أخرى. إذا غُيّرت هناك، فسيُطلب منك هنا اختيار النسخة التي تريد الاحتفاظ بها.
tab-fork = احتفظ بنسخة علامة التبويب هذه كمسودة جديدة
tab-dismiss = حسنًا
tab-changed-elsewhere = غُيّرت هذه المسودة في علامة تبويب أخرى. لن تُحفظ التغييرات التي تُجرى هنا حتى تختار ما تريد فعله.
tab-reload = حمّل نسخة علامة التبويب الأخرى (تُحذف التغييرات التي أُجريت هنا)
quarantine-heading = { $count ->
    [one] تعذّرت قراءة مسودة محفوظة واحدة فوُضعت جانبًا.
   *[other] تعذّرت قراءة { $count } من المسودات المحفوظة فوُضعت جانبًا.
} تُفتح مسوداتك الأخرى كالمعتاد. نزّل المسودة الموضوعة جانبًا لترسلها إلى من يستطيع المساعدة.
quarantine-download = تنزيل
quarantine-discard = حذف
quarantine-discard-confirm = هل تريد حذف المسودة غير المقروءة «{ $title }» نهائيًا؟ نزّلها أولًا إن كنت قد تحتاج إليها.
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

## المنطق: شروط مبنية على إجابات سابقة، تُقرأ كجملة.
show-if-heading = اعرض هذا السؤال فقط عندما…
show-if-add = إضافة شرط لعرض السؤال
show-if-sentence = يُعرض فقط عندما { $condition }.
required-if-heading = اجعل الإجابة مطلوبة فقط عندما…
required-if-add = إضافة شرط لجعل الإجابة مطلوبة
required-if-sentence = الإجابة مطلوبة عندما { $condition }.
page-show-if-heading = اعرض هذه الصفحة فقط عندما…
page-show-if-add = إضافة شرط لهذه الصفحة
page-show-if-sentence = تُعرض هذه الصفحة فقط عندما { $condition }.
condition-no-sources = لا يوجد بعد سؤال سابق له إجابة يمكن مقارنتها. تستخدم الشروط الأسئلة التي تسبق هذا السؤال فقط.
condition-add = إضافة شرط
condition-add-group = إضافة مجموعة
condition-remove = إزالة
condition-combinator = الجمع
combinator-all = كلها صحيحة
combinator-any = أحدها صحيح
combinator-none = لا شيء منها صحيح
combinator-not-all = ليست كلها صحيحة
condition-not = غير صحيح:
condition-item = السؤال
condition-operator = المقارنة
condition-value = القيمة
condition-missing-item = «{ $id }» (ليس سؤالًا سابقًا: اختر سؤالًا آخر)
value-yes = نعم
value-no = لا
operator-equals = هو
operator-notEquals = ليس
operator-lessThan = أقل من
operator-lessOrEqual = على الأكثر
operator-greaterThan = أكثر من
operator-greaterOrEqual = على الأقل
operator-includes = يتضمن
operator-answered = له إجابة
operator-notAnswered = ليس له إجابة
sentence-equals = «{ $item }» هو { $value }
sentence-notEquals = «{ $item }» ليس { $value }
sentence-lessThan = «{ $item }» أقل من { $value }
sentence-lessOrEqual = «{ $item }» على الأكثر { $value }
sentence-greaterThan = «{ $item }» أكثر من { $value }
sentence-greaterOrEqual = «{ $item }» على الأقل { $value }
sentence-includes = «{ $item }» يتضمن { $value }
sentence-answered = «{ $item }» له إجابة
sentence-notAnswered = «{ $item }» ليس له إجابة
condition-and = { $left } و{ $right }
condition-or = { $left } أو { $right }
condition-nested = ({ $inner })
condition-negated = ليس صحيحًا أن { $inner }

## قواعد التحقق.
rules-heading = قواعد التحقق
rules-none-apply = لا توجد قواعد تحقق لهذا النوع من الأسئلة.
add-rule-range = إضافة نطاق
add-rule-length = إضافة حد للطول
add-rule-pattern = إضافة نمط
add-rule-answerCount = إضافة حد لعدد الإجابات المختارة
rule-kind-range = النطاق
rule-kind-length = الطول
rule-kind-pattern = النمط
rule-kind-answerCount = عدد الإجابات
rule-range-min = أدنى قيمة مسموحة
rule-range-max = أعلى قيمة مسموحة
rule-length-min = أقل عدد من الأحرف
rule-length-max = أكبر عدد من الأحرف
rule-answerCount-min = أقل عدد من الإجابات
rule-answerCount-max = أكبر عدد من الإجابات
rule-pattern = النمط (تعبير نمطي)
rule-not-a-number = «{ $value }» ليس رقمًا. اكتب أرقامًا مثل 18 أو 2.5، أو اتركه فارغًا لعدم وضع حد.
rule-message = الرسالة عندما تخالف الإجابة القاعدة ({ $language })
remove-rule = إزالة القاعدة

## صفوف الشبكة، كلمات المقياس، النقل، إدراج الإجابات.
grid-rows-heading = الصفوف (عبارات تُقيَّم على المقياس المشترك)
grid-row-id = معرّف الصف (اسم المتغير)
grid-row-text = العبارة ({ $language })
add-grid-row = إضافة صف
remove-grid-row = إزالة الصف
field-scale-min-label = الكلمات عند أدنى نقطة ({ $language })
field-scale-max-label = الكلمات عند أعلى نقطة ({ $language })
move-to = نقل إلى
move-to-choose = اختر صفحة أو قسمًا…
destination-page = الصفحة { $number } ({ $id })
destination-section = القسم { $id }
pipe-answer-text = إدراج إجابة سابقة في النص
pipe-answer-hint = إدراج إجابة سابقة في نص المساعدة
pipe-answer-choose = اختر سؤالًا…
new-from-sample = جديد من نموذج
new-from-sample-choose = اختر نموذجًا…
sample-community-health = الاحتياجات الصحية للمجتمع
sample-clinic-experience = تجربة زيارة العيادة
sample-child-immunization = تطعيم الأطفال
sample-minimal = أصغر استبيان ممكن

## الصفحات.
pages-heading = الصفحات
page-choose = الصفحة قيد التحرير
page-new-items-hint = تُضاف العناصر الجديدة في نهاية هذه الصفحة ما لم يكن هناك عنصر محدد (وداخله إن كان قسمًا).
add-page = إضافة صفحة بعد هذه الصفحة
page-up = نقل الصفحة إلى الأمام
page-down = نقل الصفحة إلى الخلف
delete-page = حذف الصفحة وعناصرها
page-id = معرّف الصفحة
page-id-taken = توجد صفحة أخرى بالمعرّف «{ $id }». اختر معرّفًا مختلفًا.
page-title = عنوان الصفحة ({ $language })

## بيانات الاستبيان.
survey-heading = الاستبيان
survey-title = العنوان ({ $language })
survey-description = الوصف المعروض قبل الصفحة الأولى ({ $language })
survey-id = معرّف الاستبيان (يبقى ثابتًا بين الإصدارات)
survey-version = الإصدار
list-id = معرّف القائمة (تشير إليها العناصر بهذا الاسم)
list-id-taken = توجد قائمة أخرى بالمعرّف «{ $id }». اختر معرّفًا مختلفًا.

## اللغات والترجمة والنشر

cancel = إلغاء
role-label = صفتي في المشاركة
role-staff = موظف
role-patient-advisor = مستشار من المرضى
role-translator = مترجم
modes-label = ما الذي تريد العمل عليه
mode-build = التصميم
mode-translate = الترجمة والنشر
completeness-label = تقدّم الترجمة حسب اللغة
completeness-summary = المعتمد: { $approved } من { $total } · المترجم: { $translated } · غير المحدَّث: { $stale } · بانتظار المراجعة: { $review }
languages-heading = اللغات
language-source = اللغة المصدر
language-direction = اتجاه الكتابة
direction-ltr = من اليسار إلى اليمين
direction-rtl = من اليمين إلى اليسار
language-fallback = عند غياب نص، استخدم (رموز اللغات، بالترتيب)
language-bad-fallback = «{ $tag }» ليست لغة أخرى من لغات هذا الاستبيان. استخدم الرموز المذكورة أعلاه، وافصل بينها بفاصلة (,).
language-make-source = جعلها اللغة المصدر
language-remove = إزالة اللغة
language-remove-question = هل تريد إزالة { $name } وكل النصوص المكتوبة بهذه اللغة؟ يمكنك التراجع عن ذلك.
language-remove-yes = إزالة { $name }
language-add-label = إضافة لغة (رمز مثل es-PR أو so أو zh-Hant)
language-add-help = استخدم رمز لغة وفق معيار BCP-47. يظهر اسم اللغة أدناه أثناء الكتابة.
language-add-preview = { $name } ({ $tag })
language-add = إضافة اللغة
language-invalid-tag = هذا ليس رمز لغة. جرّب رمزًا مثل «so» (الصومالية) أو «es-MX» (الإسبانية، المكسيك).
language-already-offered = هذه اللغة موجودة في الاستبيان بالفعل.
translate-heading = الترجمات
translate-no-languages = لا يحتوي هذا الاستبيان إلا على لغته المصدر. أضف لغة لتبدأ الترجمة.
translate-language = الترجمة إلى
translate-filter = عرض
translate-place = الموضع
filter-all = كل النصوص
filter-missing = لم يُترجم بعد
filter-stale = تغيّر النص المصدر بعد الترجمة
filter-needs-review = يحتاج إلى مراجعة
filter-not-approved = لم يُعتمد بعد
filter-everywhere = الاستبيان كله
translate-count = { $count ->
    [zero] لا يُعرض أي نص
    [one] يُعرض نص واحد
    [two] يُعرض نصان
    [few] تُعرض { $count } نصوص
    [many] يُعرض { $count } نصًا
   *[other] يُعرض { $count } نص
}
translate-show-more = عرض { $count } أخرى
translate-field-text = السؤال
translate-field-hint = نص المساعدة
translate-field-placeholder = النص التوضيحي
translate-field-unit = الوحدة
translate-field-min-label = أدنى نقطة
translate-field-max-label = أعلى نقطة
translate-field-row = عبارة الجدول
translate-field-rule = رسالة التحقق
translate-field-content-note = تنبيه بشأن المحتوى
translate-field-why-we-ask = لماذا نسأل
translate-field-option = الخيار
translate-field-page-title = عنوان الصفحة
translate-field-survey-title = عنوان الاستبيان
translate-field-survey-description = وصف الاستبيان
translate-field-audience-question = سؤال الجمهور
translate-field-audience-value = خيار الجمهور
translation-target-label = الترجمة ({ $language })
translation-raw = شيفرة Fluent
translation-approve = اعتماد
translation-mark-review = يحتاج إلى مراجعة
translation-syntax-error = هذا النص ليس بصيغة Fluent صالحة في السطر { $line }، العمود { $column }. راجع الأقواس وأسطر البدائل.
translation-unsupported = يستخدم هذا النص عناصر من Fluent لا تسمح بها الاستبيانات (السطر { $line }، العمود { $column }): المسموح هو المتغيرات والبدائل فقط.
add-plural-variants = صياغة حسب عدد { $variable }
add-audience-variants = صياغة حسب { $variable }
variant-label = عندما تكون قيمة { $variable }: { $key }
variant-default = في الحالات الأخرى
plural-zero = صفر
plural-one = واحد
plural-two = اثنان
plural-few = بضعة
plural-many = كثير
plural-other = أي عدد آخر
status-missing = لم يُترجم بعد
status-draft = مسودة
status-needs-review = يحتاج إلى مراجعة
status-approved = معتمد
status-stale = تغيّر النص المصدر منذ ذلك الحين
changed-by = آخر تعديل بواسطة { $role }
ftl-export = تنزيل ملف للمترجمين (.ftl)
ftl-import = رفع ملف .ftl مترجم
ftl-export-all = تنزيل كل اللغات (.zip)
ftl-import-all = رفع اللغات المترجمة (.zip)
ftl-imported = { $count ->
    [zero] لم يتغيّر أي نص.
    [one] تغيّر نص واحد، وهو الآن بانتظار المراجعة.
    [two] تغيّر نصان، وهما الآن بانتظار المراجعة.
    [few] تغيّرت { $count } نصوص، وهي الآن بانتظار المراجعة.
    [many] تغيّر { $count } نصًا، وهي الآن بانتظار المراجعة.
   *[other] تغيّر { $count } نص، وهي الآن بانتظار المراجعة.
}
ftl-unknown-id = «{ $id }» في السطر { $line } ليس من نصوص هذا الاستبيان، ولذلك لم يُستورد.
ftl-unknown-id-in-file = في { $file }، «{ $id }» في السطر { $line } ليس من نصوص هذا الاستبيان، ولذلك لم يُستورد.
ftl-error-syntax = الملف ليس بصيغة Fluent صالحة في السطر { $line }، العمود { $column }. لم يتغيّر شيء. صحّح ذلك السطر ثم ارفع الملف مرة أخرى.
ftl-error-wrong-language = هذا الملف للغة { $found }، وليس للغة { $expected }. لم يتغيّر شيء. اختر { $found } في الأعلى، أو ارفع الملف الصحيح.
ftl-error-unknown-language = اللغة { $language } ليست من لغات الترجمة في هذا الاستبيان. لم يتغيّر شيء.
ftl-error-not-text = الملف ليس ملفًا نصيًا. لم يتغيّر شيء.
ftl-error-too-large = الملف أكبر من أن يكون ترجمة لهذا الاستبيان. لم يتغيّر شيء.
ftl-error-not-archive = الملف ليس أرشيف .zip. لم يتغيّر شيء.
ftl-error-in-file = في { $file }: { $reason }
publish-heading = النشر
publish-gate = قبل النشر، يجب اعتماد كل النصوص في:
publish-ready = الاستبيان جاهز للنشر.
publish-blocked = { $count ->
    [zero] لا يوجد ما يمنع النشر.
    [one] يمنع النشر أمر واحد:
    [two] يمنع النشر أمران:
    [few] يمنع النشر { $count } أمور:
    [many] يمنع النشر { $count } أمرًا:
   *[other] يمنع النشر { $count } أمر:
}
publish-blocked-problems = { $count ->
    [zero] لا توجد في الاستبيان مشكلات تحتاج إلى حل.
    [one] في الاستبيان مشكلة واحدة تحتاج إلى حل (انظر «مشكلات يجب حلها»).
    [two] في الاستبيان مشكلتان تحتاجان إلى حل (انظر «مشكلات يجب حلها»).
    [few] في الاستبيان { $count } مشكلات تحتاج إلى حل (انظر «مشكلات يجب حلها»).
    [many] في الاستبيان { $count } مشكلةً تحتاج إلى حل (انظر «مشكلات يجب حلها»).
   *[other] في الاستبيان { $count } مشكلة تحتاج إلى حل (انظر «مشكلات يجب حلها»).
}
publish-blocked-language = اللغة { $language } مطلوبة، لكنها ليست من لغات هذا الاستبيان.
publish-blocked-string = { $language }: «{ $id }» (الحالة: { $status }).
publish = نشر هذا الإصدار
publish-done = نُشر الإصدار { $version }. تم تنزيل ملفه، ولم يعد من الممكن تغييره؛ ابدأ مسودة جديدة لإجراء تغييرات.

## التصميم المشترك: الأشخاص، التعليقات والاقتراحات، جولات المراجعة، اللغة الواضحة، الأسئلة
## الحساسة، المصادقة، الإصدارات.

person-name-label = اسمك
mode-review = المراجعة
item-open-threads = { $count ->
    [zero] لا توجد تعليقات مفتوحة
    [one] تعليق واحد مفتوح
    [two] تعليقان مفتوحان
    [few] { $count } تعليقات مفتوحة
    [many] { $count } تعليقًا مفتوحًا
   *[other] { $count } تعليق مفتوح
}
review-heading = التعليقات والاقتراحات
review-language = اللغة التي تتم مراجعتها
review-choose-item = اختر سؤالًا من القائمة لتعلّق عليه. عنوان الاستبيان ووصفه في الأسفل.
review-stamp = { $name } ({ $role })، { $date }
review-suggested-wording = النص المقترح
review-current-text = النص الحالي
review-conflict = تغيّر النص بعد كتابة هذا الاقتراح، لذلك لا يمكن تطبيقه كما هو. قارنه بالنص الحالي ثم ردّ عليه، أو حدّده كمحلول.
review-reply-label = الرد
review-reply = إرسال الرد
review-accept = قبول الاقتراح
review-reject-reason = سبب الرفض
review-reject = رفض
review-resolve = تحديد كمحلول
review-comment-label = التعليق
review-add-comment = إضافة تعليق
review-start-suggestion = اقتراح نص
review-wording-label = النص الذي تقترحه
review-add-suggestion = إرسال الاقتراح
review-cancel = إلغاء
outcome-accepted = تم القبول بواسطة { $by }
outcome-rejected = تم الرفض بواسطة { $by }:
outcome-resolved = تم الحل بواسطة { $by }
review-error-conflict = تغيّر النص بعد كتابة هذا الاقتراح، ولذلك لم يتم تطبيقه.
review-error-closed = هذا التعليق مغلق بالفعل.
review-error-reason = اكتب سبب رفضك للاقتراح، حتى يفهمه صاحبه.
review-error-sign-off-role = المصادقة على اللغة متاحة للموظفين والمستشارين من المرضى فقط. إن كنت منهم، فغيّر «صفتي في المشاركة».
review-error-string-gone = النص الذي يخصه هذا التعليق لم يعد موجودًا في الاستبيان.
review-error-other-survey = هذه المراجعة تخص الاستبيان «{ $found }»، وليس «{ $expected }». لم يتم استيراد أي شيء.
review-error-no-survey = هذا ملف مراجعة، وليس حزمة مراجعة. استورده في وضع «المراجعة» باستخدام «استيراد ملفات المراجعة».
review-error-broken = الملف تالف في السطر { $line }، العمود { $column } { $path }. لم يتغيّر شيء؛ اطلب الملف مرة أخرى.
review-error-not-review = هذا الملف ليس ملف مراجعة من coform.
review-error-version = ملف المراجعة هذا صُنع بإصدار أحدث من coform (التنسيق { $found }). حدّث coform لفتحه.
review-error-other = تعذّر تنفيذ إجراء المراجعة.
review-file-problem = { $file }: { $reason }
review-imported = { $files ->
    [zero] لم تتم قراءة أي ملف مراجعة
    [one] تمت قراءة ملف مراجعة واحد
    [two] تمت قراءة ملفَي مراجعة
    [few] تمت قراءة { $files } ملفات مراجعة
    [many] تمت قراءة { $files } ملفًا للمراجعة
   *[other] تمت قراءة { $files } ملف مراجعة
}. التعليقات الجديدة: { $threads }، الردود: { $replies }، القرارات: { $outcomes }، المصادقات: { $signoffs }. { $conflicts ->
    [0] لا يتعارض أي اقتراح مع النص الحالي.
    [one] اقتراح واحد كُتب على نص تغيّر بعد ذلك، وقد وُضعت عليه علامة.
    [two] اقتراحان كُتبا على نص تغيّر بعد ذلك، وقد وُضعت عليهما علامة.
    [few] { $conflicts } اقتراحات كُتبت على نصوص تغيّرت بعد ذلك، وقد وُضعت عليها علامة.
    [many] { $conflicts } اقتراحًا كُتبت على نصوص تغيّرت بعد ذلك، وقد وُضعت عليها علامة.
   *[other] { $conflicts } اقتراح كُتبت على نصوص تغيّرت بعد ذلك، وقد وُضعت عليها علامة.
}
round-heading = جولة المراجعة
round-staff-help = أرسل حزمة المراجعة إلى المستشارين من المرضى. يفتحونها في coform، ويعلّقون ويقترحون، ثم يرسلون إليك ملف مراجعة. استورد كل ملفات المراجعة التي تصلك؛ استيراد الملف نفسه مرتين لا يضيف شيئًا.
round-export-package = تنزيل حزمة المراجعة
round-import-reviews = استيراد ملفات المراجعة
round-reviewer-help = أنت تراجع نسخة. تعليقاتك واقتراحاتك لا تغيّر الاستبيان: نزّل ملف المراجعة الخاص بك وأرسله إلى الموظفين المسؤولين عن الاستبيان.
round-export-review = تنزيل ملف المراجعة الخاص بي
sign-off-heading = المصادقة
sign-off-help = يصادق مستشار من المرضى أو أحد الموظفين على اللغة عندما تكون نصوصها صحيحة. وأي تغيير بعد ذلك في نصوص هذه اللغة يلغي المصادقة.
sign-off-none = لم تتم المصادقة
sign-off-valid = تمت المصادقة بواسطة { $by }
sign-off-cleared = تمت المصادقة بواسطة { $by }، ثم تغيّرت النصوص: صادِق مرة أخرى
sign-off = مصادقة
hint-reading-grade = مستوى القراءة: الصف الدراسي { $grade } تقريبًا
hint-grade-above = مستوى القراءة ({ $grade }) أعلى من المستوى المطلوب ({ $limit }): الكلمات والجمل الأقصر تساعد.
hint-long-sentence = جملة عدد كلماتها { $words } (أكثر من { $limit }): فكّر في تقسيمها.
hint-long-word = كلمة طويلة: «{ $word }». هل توجد كلمة أقصر يستخدمها الناس كل يوم؟
hint-double-barrelled = قد يسأل هذا عن شيئين في وقت واحد («{ $word }»). فكّر في جعله سؤالين.
sensitive-heading = سؤال حساس
sensitive-mark = هذا السؤال حساس
field-content-note = تنبيه بشأن المحتوى قبل السؤال ({ $language })
field-why-we-ask = لماذا نسأل ({ $language })
sensitive-way-out = طريقة لتجاوز السؤال
sensitive-way-out-skip = يمكن تخطّيه
sensitive-way-out-prefer-not = يوجد خيار «أفضّل عدم الإجابة»
sensitive-checklist = قائمة تحقق للسؤال الحساس
sensitive-has-why-we-ask = يوضّح لماذا نسأل
sensitive-has-content-note = فيه تنبيه بشأن المحتوى
sensitive-missing-why-we-ask = ناقص: لماذا نسأل
sensitive-missing-content-note = ناقص: تنبيه بشأن المحتوى قبل السؤال
publish-gate-language = اللغة
publish-gate-approved = الكل معتمد
publish-gate-signed = تمت المصادقة
publish-gate-approved-for = { $language }: كل النصوص معتمدة
publish-gate-signed-for = { $language }: تمت المصادقة
publish-blocked-sign-off = يجب المصادقة على { $language } (مرة أخرى) قبل النشر.
publish-bump = نوع التغيير
bump-patch = تصحيح: لا شيء يراه المجيب
bump-minor = بسيط: صياغة أو أسئلة أو منطق
bump-major = كبير: حُذفت أسئلة أو رموز إجابات
publish-proposed = المقترح: الإصدار { $version } ({ $kind })
publish-version = الإصدار
publish-note = ما الذي تغيّر (سجل التغييرات)
publish-not-a-version = «{ $version }» ليس رقم إصدار مثل 1.2.0.
publish-not-after = يجب أن يأتي الإصدار { $version } بعد { $last }، وهو آخر إصدار منشور.
publish-new-draft = بدء مسودة جديدة
published-read-only = الإصدار { $version } منشور ولا يمكن تغييره.
versions-heading = الإصدارات
versions-none = لم يُنشر أي إصدار بعد.
versions-current = المسودة الحالية
versions-from = قارن
versions-to = مع
versions-compare = مقارنة الإصدارات
versions-not-here = الإصدار { $version } غير محفوظ على هذا الجهاز. افتح ملفه المنشور للمقارنة به.
versions-no-change = لا يوجد فرق.
versions-added = أسئلة مضافة
versions-removed = أسئلة محذوفة
versions-moved = أسئلة منقولة
versions-retyped = أسئلة تغيّر نوعها
versions-logic = تغيّر المنطق
versions-codes-added = رموز إجابات مضافة
versions-codes-removed = رموز إجابات محذوفة
versions-languages = لغات أُضيفت أو حُذفت
versions-texts = نصوص تغيّرت

## التوافق مع المنصات الأخرى: التصدير إليها والاستيراد منها

export-open = تصدير…
export-heading = تصدير لمنصة أخرى
export-format = التنسيق
export-format-json = استبيان coform (JSON)
export-format-fhir = استبيان FHIR R4 (JSON)
export-format-xlsform = XLSForm لـ ODK وKoboToolbox (.xlsx)
export-format-redcap = قاموس بيانات REDCap (CSV)
export-format-surveyjs = نموذج SurveyJS (JSON)
export-losses-heading = ما لا يستطيع هذا التنسيق نقله
export-losses-intro = لن يتضمن الملف ما يلي. قبل أن تستخدمه، تحقّق من أن الاستبيان ما زال يعمل بدون هذه الأجزاء.
export-no-loss = لا يضيع شيء: هذا التنسيق ينقل الاستبيان كاملًا.
export-download = تنزيل
export-preparing = جارٍ تجهيز التصدير…
converter-failed = تعذّر تحميل المحوِّل ({ $detail }). تحقّق من اتصالك وحاول مرة أخرى؛ لم يتغيّر استبيانك.
export-close = إغلاق
import-report-heading = تمت القراءة من { $format }
import-no-notice = تم فهم كل ما في الملف.
import-notices-intro = لم تُستورد بعض أجزاء الملف، أو تغيّرت. راجع هذه المواضع في الاستبيان:
import-report-close = إغلاق
loss-variants = الصياغة التي تتغيّر حسب العدد أو حسب من يجيب تبقى بصيغتها المعتادة فقط ({ $language }).
loss-piping = الإجابات المعروضة داخل هذا النص تظهر باسم سؤالها ({ $language }).
loss-audience = لا يتضمن الملف السؤال عمّن يجيب؛ وتُستخدم الصياغة المعتادة.
loss-review = لا يتضمن الملف التعليقات والنصوص المقترحة والمصادقات.
loss-changelog = لا يتضمن الملف قائمة الإصدارات المنشورة.
loss-translation-states = لا يتضمن الملف حالة كل ترجمة: مسودة، أو تحتاج إلى مراجعة، أو معتمدة.
loss-fallback = لا يتضمن الملف ترتيب اللغات التي تُستخدم عند غياب نص.
loss-language = لا يتضمن الملف النص المكتوب باللغة { $language }.
loss-text = لا يتضمن الملف هذا النص (الحقل { $field }).
loss-item-type = كُتب نوع هذا السؤال على أنه { $writtenAs } (كان { $itemType }).
loss-condition = لا يتضمن الملف هذا الشرط، لذلك يُعرض السؤال دائمًا أو لا تكون الإجابة عنه مطلوبة أبدًا.
loss-condition-as-expression = كُتب هذا الشرط كتعبير لا تتّبعه إلا بعض البرامج.
loss-validation = لا يتضمن الملف هذا التحقق من الإجابة ({ $check }).
loss-validation-message = لا يتضمن الملف الرسالة التي تظهر عندما لا تجتاز الإجابة التحقق.
loss-sensitive = لا يتضمن الملف العناية الخاصة بهذا السؤال الحساس (التنبيه بشأن المحتوى، ولماذا نسأل، وطريقة تجاوز السؤال).
loss-exclusive = خيار «لا شيء مما سبق» لا يلغي الخيارات الأخرى.
loss-appearance = لا يتضمن الملف طريقة عرض الخيارات: أزرار أو قائمة منسدلة.
loss-codes = لا يتضمن الملف الرموز القياسية (مثل LOINC).
loss-scores = لا يتضمن الملف درجات الخيارات.
loss-pages = لا يتضمن الملف فواصل الصفحات: تأتي كل الأسئلة متتالية.
loss-setting = لا يتضمن الملف هذا الإعداد ({ $setting }).
loss-id = هذا الاسم أو الرمز غير مسموح به هناك، لذلك يُكتب بالشكل { $writtenAs }.
loss-source-language = لا يذكر الملف لغة نصه ({ $language })؛ وعند فتحه مرة أخرى يُقرأ على أنه إنجليزي.
notice-ignored = لم يُستورد { $name }: لا يقرؤه coform.
notice-item-type = قُرئ سؤال من نوع { $found } على أنه { $readAs }.
notice-skipped = لم يُستورد سؤال من نوع { $found }: لا يوجد في coform سؤال كهذا.
notice-expression = تعذّرت قراءة هذه القاعدة، فلم تُستورد: { $expression }
notice-renamed = تغيّر الاسم { $from } إلى { $to }، وهو اسم يستطيع coform استخدامه.
notice-language = قُرئت اللغة { $found } على أنها { $tag }.
interop-error-unrecognised = هذا الملف ليس استبيانًا يستطيع coform قراءته. اختر ملف coform، أو استبيان FHIR، أو XLSForm (.xlsx)، أو قاموس بيانات REDCap، أو ملف SurveyJS.
interop-error-too-large = الملف أكبر من أن يُفتح ({ $bytes } بايت؛ الحد { $limit }).
interop-error-syntax = الملف تالف في { $location }: { $detail }. افتحه في البرنامج الذي أنشأه، وصحّح ذلك الموضع، ثم حاول مرة أخرى.
interop-error-invalid = في الملف مشكلة في { $location }: { $detail }. صحّحها ثم حاول مرة أخرى.
