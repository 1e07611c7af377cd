# 答卷界面自身的文字，简体中文。

loading = 正在加载问卷…
language-label = 语言
answer-yes = 是
answer-no = 否
required-marker = 必答
prefer-not-to-answer = 我不想回答
why-we-ask = 我们为什么问这个
content-note = 回答这个问题之前
rating-scale = { $min } 到 { $max }
ranking-hint = 请把这些按顺序排好，最重要的放在最前面。
consent-agree = 我同意
next = 下一步
back = 上一步
error-heading = 无法打开这份问卷
error-network = 无法下载位于 { $url } 的问卷。请检查网络连接，然后重试。
error-import = 问卷文件已损坏，或者不是 coform 问卷（{ $detail }）。请告诉发给您链接的人。
error-invalid = 这份问卷有{ $count ->
   *[other] { $count } 处错误
}，所以无法正常使用。请告诉发给您链接的人。
error-too-big = 这份问卷太大或太复杂，无法在这里打开（{ $detail }）。请告诉发给您链接的人。
error-text-too-long = 这份问卷中有一段文字太长，无法显示。请告诉发给您链接的人。

continue = 继续
submit = 提交
mode-question = 一次一个问题
mode-page = 一次一整页
progress-answered = 已回答 { $answered } 个问题，共 { $total } 个
errors-summary = { $count ->
   *[other] 有 { $count } 个答案需要您再看一下。
}
error-required = 请回答这个问题。
error-whole-number = 请输入整数。
error-invalid-date = 请输入一个真实存在的日期。
error-answer-invalid = 这个答案不符合要求。
skip-allowed = 您可以跳过这个问题。
ranking-up = 把“{ $label }”往上移
ranking-down = 把“{ $label }”往下移
ranking-confirm = 这个顺序是对的
storage-warning = 这台设备无法保存您的进度（存储空间已满或被阻止）。请一次答完。
open-file = 打开问卷文件
done-heading = 谢谢您
done-sent = 您的答案已发送。
done-queued = 您现在没有联网。您的答案已保存在这台设备上，网络恢复后会自动发送。
done-kept = 您的答案已保存在这台设备上，并已锁定。请把设备交还给工作人员。
done-download = 这份问卷不会把答案发送到任何地方。您可以为自己保存一份副本。
done-sending-unkept = 正在发送您的回答。此设备无法保存这些回答，请保持此页面打开，直到页面显示已发送。您也可以下载一份副本。
download-answers = 下载我的答案
start-again = 重新开始
next-person = 下一位
kiosk-staff = 工作人员：导出答卷
kiosk-set-heading = 设置自助终端模式
kiosk-set-help = 请设置一个工作人员口令。答卷将保存在这台设备上，并用这个口令加密；只有知道口令的人才能导出答卷。口令一旦忘记，就无法找回。
kiosk-unlock-heading = 自助终端模式已锁定
kiosk-unlock-help = 请输入工作人员口令，以便在这台设备上收集答卷。
kiosk-passphrase = 工作人员口令
kiosk-passphrase-repeat = 再次输入口令
kiosk-too-short = 请至少使用 { $count } 个字符。
kiosk-mismatch = 两次输入的口令不一样。
kiosk-wrong = 这个口令无法打开这台设备上保存的答卷。
kiosk-working = 正在核对口令…
kiosk-unlock = 解锁
kiosk-not-kept = 无法在这台设备上保存答案（存储空间已满或被阻止）。没有丢失任何内容：请告诉工作人员。
kiosk-export-heading = 导出答卷
kiosk-count = { $count ->
   *[other] 这台设备上保存了 { $count } 份答卷。
}
kiosk-export = 打开答卷
export-csv = 下载 CSV
export-json = 下载 JSON
crypto-unavailable = 这个浏览器无法加密答卷。自助终端模式需要安全的（https）连接。
start-over = 从头开始
start-over-confirm = 要从头开始吗？这台设备上的所有答案都会被清除。
