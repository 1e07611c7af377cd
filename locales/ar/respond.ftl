# كلمات واجهة المجيب، بالعربية.

loading = جارٍ تحميل الاستبيان…
language-label = اللغة
answer-yes = نعم
answer-no = لا
required-marker = إلزامي
prefer-not-to-answer = أفضّل عدم الإجابة
why-we-ask = لماذا نسأل
content-note = قبل هذا السؤال
rating-scale = من { $min } إلى { $max }
ranking-hint = رتّب هذه الخيارات، الأهم أولًا.
consent-agree = أوافق
next = التالي
back = السابق
error-heading = لا يمكن فتح هذا الاستبيان
error-network = تعذّر تنزيل الاستبيان من { $url }. تحقّق من اتصالك وحاول مرة أخرى.
error-import = ملف الاستبيان تالف أو ليس استبيان coform ({ $detail }). يُرجى إبلاغ من أرسل إليك الرابط.
error-invalid = في الاستبيان { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
} تمنعه من العمل. يُرجى إبلاغ من أرسل إليك الرابط.
error-too-big = هذا الاستبيان أكبر أو أعقد من أن يُفتح هنا ({ $detail }). يُرجى إبلاغ من أرسل إليك الرابط.
error-text-too-long = في هذا الاستبيان نص أطول من أن يُعرض. يُرجى إبلاغ من أرسل إليك الرابط.

continue = متابعة
submit = إرسال
mode-question = سؤال واحد في كل مرة
mode-page = الصفحة كاملة في كل مرة
progress-answered = تمت الإجابة عن { $answered } من { $total } سؤالًا
errors-summary = { $count ->
    [zero] لا توجد إجابات تحتاج إلى انتباهك.
    [one] إجابة واحدة تحتاج إلى انتباهك.
    [two] إجابتان تحتاجان إلى انتباهك.
    [few] { $count } إجابات تحتاج إلى انتباهك.
    [many] { $count } إجابةً تحتاج إلى انتباهك.
   *[other] { $count } إجابة تحتاج إلى انتباهك.
}
error-required = يُرجى الإجابة عن هذا السؤال.
error-whole-number = يُرجى كتابة عدد صحيح.
error-invalid-date = يُرجى كتابة تاريخ صحيح.
error-answer-invalid = هذه الإجابة غير مقبولة.
skip-allowed = يمكنك تخطي هذا السؤال.
ranking-up = نقل «{ $label }» إلى الأعلى
ranking-down = نقل «{ $label }» إلى الأسفل
ranking-confirm = هذا الترتيب صحيح
storage-warning = هذا الجهاز لا يحفظ تقدّمك (مساحة التخزين ممتلئة أو محظورة). يُرجى الإكمال دفعة واحدة.
open-file = فتح ملف استبيان
done-heading = شكرًا لك
done-sent = تم إرسال إجاباتك.
done-queued = لا يوجد اتصال. إجاباتك محفوظة على هذا الجهاز وستُرسل تلقائيًا عند عودة الاتصال.
done-kept = إجاباتك محفوظة ومقفلة على هذا الجهاز. يُرجى إعادة الجهاز إلى الموظفين.
done-download = هذا الاستبيان لا يرسل الإجابات إلى أي مكان. يمكنك الاحتفاظ بنسخة لنفسك.
done-sending-unkept = يجري إرسال إجاباتك. تعذّر على هذا الجهاز حفظها، لذا يُرجى إبقاء هذه الصفحة مفتوحة حتى تُظهر أنها أُرسلت. يمكنك أيضًا تنزيل نسخة.
download-answers = تنزيل إجاباتي
start-again = البدء من جديد
next-person = الشخص التالي
kiosk-staff = للموظفين: تصدير الإجابات
kiosk-set-heading = إعداد وضع الكشك
kiosk-set-help = اختر عبارة مرور للموظفين. ستُحفظ الإجابات على هذا الجهاز مشفّرة بها، ولا يستطيع تصديرها إلا من يعرفها. لا توجد طريقة لاستعادة عبارة منسية.
kiosk-unlock-heading = وضع الكشك مقفل
kiosk-unlock-help = أدخل عبارة مرور الموظفين لجمع الإجابات على هذا الجهاز.
kiosk-passphrase = عبارة مرور الموظفين
kiosk-passphrase-repeat = أعد كتابة عبارة المرور
kiosk-too-short = استخدم { $count } أحرف على الأقل.
kiosk-mismatch = عبارتا المرور غير متطابقتين.
kiosk-wrong = عبارة المرور هذه لا تفتح الإجابات المحفوظة على هذا الجهاز.
kiosk-working = جارٍ التحقق من عبارة المرور…
kiosk-unlock = فتح القفل
kiosk-not-kept = تعذّر حفظ الإجابات على هذا الجهاز (مساحة التخزين ممتلئة أو محظورة). لم يُفقد شيء: يُرجى إبلاغ الموظفين.
kiosk-export-heading = تصدير الإجابات
kiosk-count = عدد الإجابات المحفوظة على هذا الجهاز: { $count }
kiosk-export = فتح الإجابات
export-csv = تنزيل CSV
export-json = تنزيل JSON
crypto-unavailable = لا يستطيع هذا المتصفح تشفير الإجابات. يحتاج وضع الكشك إلى اتصال آمن (https).
start-over = البدء من جديد
start-over-confirm = هل تريد البدء من جديد؟ ستُمحى كل الإجابات من هذا الجهاز.
