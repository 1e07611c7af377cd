# كلمات واجهة المجيب، بالعربية.

loading = جارٍ تحميل الاستبيان…
language-label = اللغة
answer-yes = نعم
answer-no = لا
required-marker = إلزامي
prefer-not-to-answer = أفضّل عدم الإجابة
skip-question = تخطَّ هذا السؤال
why-we-ask = لماذا نسأل
content-note = قبل هذا السؤال
rating-scale = من { $min } إلى { $max }
ranking-hint = رتّب هذه الخيارات، الأهم أولًا.
consent-agree = أوافق
page-progress = الصفحة { $current } من { $total }
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
try-again = حاول مرة أخرى
