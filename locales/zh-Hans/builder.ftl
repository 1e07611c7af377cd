# 问卷设计器自身的界面，简体中文。

app-title = coform 问卷设计器
app-tagline = 一起设计问卷，每种语言都能用。
loading-survey = 正在打开问卷…
ui-language-label = 界面语言
survey-language-label = 预览语言
audience-label = { $variable }
items-heading = 题目
items-count = { $count ->
   *[other] { $count } 个题目
}
issues-heading = 需要修正的问题
issues-none = 没有发现问题。
issues-count = { $errors ->
   *[other] { $errors } 个错误
}，{ $warnings ->
   *[other] { $warnings } 个警告
}
issue-severity-error = 错误
issue-severity-warning = 警告
issue-location = 位置：{ $path }
item-required = 必答
item-shown-if = 仅在满足条件时显示
open-respondent-view = 打开答卷人看到的页面
load-failed = 无法打开问卷：{ $reason }
load-failed-network = 无法下载文件 { $url }。请检查地址和网络连接，然后重新加载页面。

item-type-note = 说明
item-type-shortText = 简短回答
item-type-longText = 详细回答
item-type-integer = 整数
item-type-decimal = 小数
item-type-date = 日期
item-type-singleChoice = 单选
item-type-multipleChoice = 多选
item-type-yesNo = 是 / 否
item-type-rating = 评分
item-type-likertGrid = 同意程度矩阵
item-type-ranking = 排序
item-type-consent = 知情同意
item-type-section = 分节

import-error-syntax = 此文件不是有效的 JSON（第 { $line } 行，第 { $column } 列）。请用文本编辑器打开它，修正该处后重试。
import-error-notASurvey = 此文件不是 coform 问卷。请选择由 coform 保存或导出的文件。
import-error-unsupportedVersion = 此问卷使用的格式版本是 { $found }，当前版本的 coform 无法读取。请更新 coform 后再打开。
import-error-invalid = 问卷在 { $path }（第 { $line } 行）有问题：{ $detail }。请修正该处后重试。
import-error-tooLarge = 文件太大，无法打开（{ $bytes } 字节；上限为 { $limit }）。
import-error-tooDeep = 文件的嵌套层级太深，无法读取（超过 { $limit } 层，位于第 { $line } 行第 { $column } 列）。
import-error-overLimit = { $what ->
    [items] 这份问卷有 { $found } 个项目（题目、说明、分节和表格行）；coform 最多只能打开含 { $limit } 个项目的问卷。第一个超出上限的项目位于 { $path }。
    [pages] 这份问卷有 { $found } 页；coform 最多只能打开 { $limit } 页的问卷。
    [sectionDepth] 分节嵌套了 { $found } 层（位于 { $path }）；coform 最多允许 { $limit } 层。
    [conditionDepth] 有一个条件的分组嵌套了 { $found } 层（位于 { $path }）；coform 最多允许 { $limit } 层。
    [choiceLists] 这份问卷有 { $found } 个选项列表；coform 最多允许 { $limit } 个。
    [options] 有一个选项列表包含 { $found } 个选项（位于 { $path }）；coform 每个列表最多允许 { $limit } 个选项。
   *[languages] 这份问卷有 { $found } 种语言；coform 最多允许 { $limit } 种。
}

issue-empty-survey = 问卷还没有任何题目。请至少添加一个题目。
issue-duplicate-id = ID“{ $id }”用了不止一次。请给每个题目一个不同的 ID。
issue-invalid-id = ID“{ $id }”不能用作变量名。请以字母开头，并且只使用字母、数字和 _。
issue-unknown-item = 这里引用了“{ $id }”，但没有这个题目。请选择一个已有的题目。
issue-forward-reference = 这里引用了“{ $id }”，但这个题目在后面才会问到。只能引用前面的题目。
issue-dependency-cycle = 这些题目互相依赖，绕成了一个圈：{ $ids }。请删除其中一处引用。
issue-operator-mismatch = 比较方式“{ $operator }”不能用于“{ $itemType }”类型的题目。请选择其他比较方式。
issue-missing-value = 此比较方式需要填写一个用来比较的值。
issue-unexpected-value = 此比较方式不需要值，请删除它。
issue-value-mismatch = 这个值不适合与这道“{ $itemType }”题比较。请从该题的答案中选择一个。
issue-missing-choice-list = 此题目需要选项，但还没有选项列表。请选择或新建一个。
issue-missing-rows = 此矩阵还没有任何陈述。请至少添加一行。
issue-unknown-choice-list = 选项列表“{ $id }”不存在。
issue-empty-choice-list = 选项列表“{ $id }”中没有选项。请至少添加一个。
issue-duplicate-code = 编码“{ $code }”在同一个列表中用了两次。每个选项都需要自己的编码。
issue-invalid-code = 编码“{ $code }”只能使用字母、数字、- 和 _。
issue-setting-not-applicable = 设置“{ $setting }”对“{ $itemType }”类型的题目不起作用。请删除它或更改题目类型。
issue-invalid-language-tag = “{ $tag }”不是有效的语言代码。请使用 BCP-47 代码，例如 es 或 es-PR。
issue-duplicate-language = 语言 { $tag } 被列出了两次。
issue-unknown-language = 使用了语言 { $tag }，但还没有把它添加到问卷中。
issue-fallback-cycle = 语言 { $tag } 的备用语言最终又指回了它自己。
issue-missing-message = 这段文字还没有这种语言的版本。
issue-fluent-syntax = 这段文字有语法错误（{ $detail }）。请检查标记位置附近的花括号和变体。
issue-unknown-variable = 这段文字使用了 ${ $name }，但它既不是受众变量，也不是前面的题目。
issue-translation-adds-variable = 此译文使用了 ${ $name }，但原文没有使用。请删除它，或先把它加入原文。
issue-translation-drops-variable = 此译文漏掉了原文使用的 ${ $name }。请把 ${ $name } 放回句中合适的位置。
issue-unsupported-fluent = 这段文字使用了 { $detail }，问卷文字中不能这样写。
issue-invalid-audience = 受众变量“{ $id }”需要设置取值，并且默认值必须是其中之一。
issue-invalid-range = 最低值比最高值还大。
issue-invalid-pattern = 该模式不是有效的正则表达式：{ $detail }
issue-check-not-applicable = 验证规则“{ $check }”不适用于“{ $itemType }”类型的题目。
issue-invalid-version = “{ $version }”不是像 1.2.0 这样的版本号。
issue-missing-content-hash = 已发布的问卷需要内容哈希值。请在 coform 中重新发布。
issue-content-hash-mismatch = 问卷在发布后被改动过：它的内容哈希值对不上。
issue-invalid-endpoint = 提交地址“{ $endpoint }”不是网址。请使用以 https:// 开头的地址。
issue-text-too-long = 这段文字太长（超过 { $limit } 字节，约 2 万个汉字），coform 无法处理。请缩短，或拆分到几个项目中。

editor-toolbar = 编辑
undo = 撤销
redo = 重做
new-survey = 新建问卷
open-survey-file = 打开问卷文件
save-survey = 另存为文件
add-item-type = 新题目的类型
add-item = 添加题目
add-item-limit = 这份问卷已有 { $limit } 个项目，达到了 coform 允许的上限。请先删除一个项目，再添加新的。
edit-over-limit = { $what ->
    [items] 这项更改会使问卷超过 { $limit } 个条目（问题、说明、部分和表格行），这是 coform 允许的上限，因此没有执行。
    [pages] 这项更改会使问卷超过 { $limit } 页，这是 coform 允许的上限，因此没有执行。
    [sectionDepth] 这项更改会使部分嵌套超过 { $limit } 层，这是 coform 允许的上限，因此没有执行。
    [conditionDepth] 这项更改会使条件组嵌套超过 { $limit } 层，这是 coform 允许的上限，因此没有执行。
    [choiceLists] 这项更改会使问卷超过 { $limit } 个选项列表，这是 coform 允许的上限，因此没有执行。
    [options] 这项更改会使一个选项列表超过 { $limit } 个选项，这是 coform 允许的上限，因此没有执行。
   *[languages] 这项更改会使问卷超过 { $limit } 种语言，这是 coform 允许的上限，因此没有执行。
}
edit-over-limit-dismiss = 知道了
editor-heading = 编辑题目
editor-empty = 在列表中选择一个题目，就可以编辑它。
field-id = ID（变量名）
field-type = 类型
field-text = 文字（{ $language }）
field-required = 必答
move-up = 上移
move-down = 下移
duplicate-item = 复制
delete-item = 删除
file-problem = { $reason }您正在编辑的问卷没有受到影响。
saving = 正在保存…
saved = 所有更改已保存在此浏览器中
not-saved = 更改未保存在此浏览器中
storage-full = 此浏览器的存储空间已满，您的更改只保留在这个标签页中。请立即另存一份副本为文件，然后腾出一些空间（例如删除旧草稿）再试一次。
storage-unavailable = 此浏览器不为本页面保存任何内容（无痕窗口，或存储被阻止），您的更改只保留在这个标签页中。关闭之前请另存一份副本为文件。
save-copy = 另存一份副本为文件
save-retry = 重新尝试保存
tab-also-open = 此草稿也在另一个标签页中打开。如果那边做了更改，这里会请您选择保留哪个版本。
tab-fork = 把这个标签页的版本保留为新草稿
tab-dismiss = 知道了
tab-changed-elsewhere = 此草稿已在另一个标签页中被更改。在您做出选择之前，这里的更改不会保存。
tab-reload = 载入另一个标签页的版本（舍弃这里的更改）
quarantine-heading = { $count ->
   *[other] 有 { $count } 份已保存的草稿无法读取，已被单独存放。
} 您的其他草稿照常打开。请下载被单独存放的草稿，发给能提供帮助的人。
quarantine-download = 下载
quarantine-discard = 删除
quarantine-discard-confirm = 要永久删除无法读取的草稿“{ $title }”吗？如果以后可能需要，请先下载。
drafts-heading = 此浏览器中的草稿（{ $count }）
untitled = 未命名问卷
draft-open = 打开
draft-delete = 删除
draft-delete-confirm = 确定删除草稿“{ $title }”吗？删除后无法恢复。
preview-heading = 预览（答卷人看到的样子）
preview-done = 问卷到此结束。预览中不会保存或发送任何内容。
preview-restart = 从头再预览一次
field-hint = 帮助文字（{ $language }）
field-placeholder = 输入框中的提示文字（{ $language }）
field-unit = 单位（{ $language }）
field-choices = 选项列表
choices-none = （无）
field-appearance = 选项的显示方式
appearance-radio = 按钮列表
appearance-dropdown = 下拉菜单
field-scale-min = 量表的最低点
field-scale-max = 量表的最高点
lists-heading = 选项列表
lists-choose = 列表
lists-new = 新建列表
option-code = 编码
option-label = 选项文字（{ $language }）
option-exclusive = 选中时清除其他答案（例如“以上都不是”）
option-remove = 删除
option-add = 添加选项

## 逻辑：根据前面的答案建立条件，并以句子形式读出。
show-if-heading = 此题仅在以下情况显示…
show-if-add = 添加显示条件
show-if-sentence = 仅在{ $condition }时显示。
required-if-heading = 此题仅在以下情况必答…
required-if-add = 添加必答条件
required-if-sentence = 当{ $condition }时，必须回答。
page-show-if-heading = 此页仅在以下情况显示…
page-show-if-add = 为此页添加条件
page-show-if-sentence = 仅在{ $condition }时显示此页。
condition-no-sources = 前面还没有可以用来比较答案的题目。条件只能用到此题之前的题目。
condition-add = 添加条件
condition-add-group = 添加条件组
condition-remove = 删除
condition-combinator = 组合方式
combinator-all = 以下全部成立
combinator-any = 以下任一成立
combinator-none = 以下都不成立
combinator-not-all = 并非以下全部成立
condition-not = 不成立：
condition-item = 题目
condition-operator = 比较方式
condition-value = 值
condition-missing-item = “{ $id }”（不是前面的题目，请另选一个）
value-yes = 是
value-no = 否
operator-equals = 是
operator-notEquals = 不是
operator-lessThan = 小于
operator-lessOrEqual = 不超过
operator-greaterThan = 大于
operator-greaterOrEqual = 至少为
operator-includes = 包含
operator-answered = 已回答
operator-notAnswered = 未回答
sentence-equals = “{ $item }”是 { $value }
sentence-notEquals = “{ $item }”不是 { $value }
sentence-lessThan = “{ $item }”小于 { $value }
sentence-lessOrEqual = “{ $item }”不超过 { $value }
sentence-greaterThan = “{ $item }”大于 { $value }
sentence-greaterOrEqual = “{ $item }”至少为 { $value }
sentence-includes = “{ $item }”包含 { $value }
sentence-answered = “{ $item }”已回答
sentence-notAnswered = “{ $item }”未回答
condition-and = { $left }，并且{ $right }
condition-or = { $left }，或者{ $right }
condition-nested = （{ $inner }）
condition-negated = 并非{ $inner }

## 验证规则。
rules-heading = 验证规则
rules-none-apply = 这类题目没有验证规则。
add-rule-range = 添加范围
add-rule-length = 添加长度限制
add-rule-pattern = 添加模式
add-rule-answerCount = 添加可选答案数量的限制
rule-kind-range = 范围
rule-kind-length = 长度
rule-kind-pattern = 模式
rule-kind-answerCount = 答案数量
rule-range-min = 允许的最小值
rule-range-max = 允许的最大值
rule-length-min = 最少字数
rule-length-max = 最多字数
rule-answerCount-min = 最少选几个
rule-answerCount-max = 最多选几个
rule-pattern = 模式（正则表达式）
rule-not-a-number = “{ $value }”不是数字。请输入数字，例如 18 或 2.5；如果不设限制，请留空。
rule-message = 答案不符合规则时显示的提示（{ $language }）
remove-rule = 删除规则

## 同意程度矩阵的行、评分量表两端的文字、移动、插入前面的答案。
grid-rows-heading = 行（用同一个量表评分的陈述）
grid-row-id = 行 ID（变量名）
grid-row-text = 陈述（{ $language }）
add-grid-row = 添加行
remove-grid-row = 删除行
field-scale-min-label = 最低点的文字（{ $language }）
field-scale-max-label = 最高点的文字（{ $language }）
move-to = 移动到
move-to-choose = 选择页面或分节…
destination-page = 第 { $number } 页（{ $id }）
destination-section = 分节 { $id }
pipe-answer-text = 在文字中插入前面的答案
pipe-answer-hint = 在帮助文字中插入前面的答案
pipe-answer-choose = 选择一个题目…
new-from-sample = 从示例新建
new-from-sample-choose = 选择一个示例…
sample-community-health = 社区健康需求
sample-clinic-experience = 诊所就诊体验
sample-child-immunization = 儿童免疫接种
sample-minimal = 最简单的问卷

## 页面。
pages-heading = 页面
page-choose = 正在编辑的页面
page-new-items-hint = 新题目会添加到此页末尾；如果已选中某个题目，则添加在它后面（如果选中的是分节，则添加到分节内）。
add-page = 在此页之后添加页面
page-up = 把此页往前移
page-down = 把此页往后移
delete-page = 删除此页及其中的题目
page-id = 页面 ID
page-id-taken = 已有其他页面使用 ID“{ $id }”。请换一个。
page-title = 页面标题（{ $language }）

## 问卷本身的信息。
survey-heading = 问卷
survey-title = 标题（{ $language }）
survey-description = 在第一页之前显示的说明（{ $language }）
survey-id = 问卷 ID（各版本之间保持不变）
survey-version = 版本
list-id = 列表 ID（题目通过它使用此列表）
list-id-taken = 已有其他列表使用 ID“{ $id }”。请换一个。

## 语言、翻译和发布

cancel = 取消
role-label = 我的参与身份
role-staff = 工作人员
role-patient-advisor = 患者顾问
role-translator = 翻译人员
modes-label = 要做的工作
mode-build = 设计问卷
mode-translate = 翻译和发布
completeness-label = 各语言的翻译进度
completeness-summary = 共 { $total } 条，已通过 { $approved } 条 · 已翻译 { $translated } 条 · { $stale } 条需要更新 · { $review } 条待审核
languages-heading = 语言
language-source = 原文语言
language-direction = 书写方向
direction-ltr = 从左到右
direction-rtl = 从右到左
language-fallback = 缺少文字时，依次改用这些语言（填写语言代码，按先后顺序）
language-bad-fallback = “{ $tag }”不是这份问卷中的其他语言。请使用上面列出的代码，用逗号隔开。
language-make-source = 设为原文语言
language-remove = 删除语言
language-remove-question = 要删除 { $name } 以及用这种语言写的所有文字吗？之后可以撤销。
language-remove-yes = 删除 { $name }
language-add-label = 添加语言（语言代码，例如 es-PR、so、zh-Hant）
language-add-help = 请使用 BCP-47 语言代码。输入时，下方会显示这种语言的名称。
language-add-preview = { $name }（{ $tag }）
language-add = 添加语言
language-invalid-tag = 这不是语言代码。请试试“so”（索马里语）或“es-MX”（墨西哥西班牙语）这样的代码。
language-already-offered = 这份问卷已经有这种语言了。
translate-heading = 翻译
translate-no-languages = 这份问卷目前只有原文语言。请先添加一种语言，然后就可以开始翻译。
translate-language = 翻译成
translate-filter = 显示
translate-place = 范围
filter-all = 全部文字
filter-missing = 尚未翻译
filter-stale = 翻译后原文有改动
filter-needs-review = 需要审核
filter-not-approved = 尚未通过
filter-everywhere = 整份问卷
translate-count = 显示 { $count } 条文字
translate-show-more = 再显示 { $count } 条
translate-field-text = 题目文字
translate-field-hint = 帮助文字
translate-field-placeholder = 输入框提示文字
translate-field-unit = 单位
translate-field-min-label = 最低点文字
translate-field-max-label = 最高点文字
translate-field-row = 矩阵陈述
translate-field-rule = 规则提示
translate-field-content-note = 内容提示
translate-field-why-we-ask = 我们为什么问这个
translate-field-option = 选项
translate-field-page-title = 页面标题
translate-field-survey-title = 问卷标题
translate-field-survey-description = 问卷说明
translate-field-audience-question = 受众题目
translate-field-audience-value = 受众选项
translation-target-label = 译文（{ $language }）
translation-raw = Fluent 代码
translation-approve = 通过
translation-mark-review = 需要审核
translation-syntax-error = 这段文字在第 { $line } 行第 { $column } 列不是有效的 Fluent。请检查花括号和各个变体行。
translation-unsupported = 这段文字用了问卷不支持的 Fluent 写法（第 { $line } 行第 { $column } 列）：只能使用变量和变体。
add-plural-variants = 按 { $variable } 的数量分别措辞
add-audience-variants = 按 { $variable } 分别措辞
variant-label = 当 { $variable } 为 { $key } 时
variant-default = 其他情况都用这一条
plural-zero = 零
plural-one = 一
plural-two = 二
plural-few = 几个
plural-many = 很多
plural-other = 其他任何数字
status-missing = 尚未翻译
status-draft = 草稿
status-needs-review = 需要审核
status-approved = 已通过
status-stale = 原文已有改动
changed-by = 最后修改人：{ $role }
ftl-export = 下载给翻译人员的文件（.ftl）
ftl-import = 上传翻译好的 .ftl 文件
ftl-export-all = 下载所有语言（.zip）
ftl-import-all = 上传翻译好的各语言（.zip）
ftl-imported = { $count ->
    [0] 没有文字发生变化。
   *[other] 有 { $count } 条文字发生了变化，已标记为需要审核。
}
ftl-unknown-id = 第 { $line } 行的“{ $id }”不是这份问卷中的文字，已跳过。
ftl-unknown-id-in-file = { $file } 中第 { $line } 行的“{ $id }”不是这份问卷中的文字，已跳过。
ftl-error-syntax = 文件第 { $line } 行第 { $column } 列不是有效的 Fluent。问卷没有任何改动。请修正那一行后重新上传。
ftl-error-wrong-language = 这个文件是 { $found } 的，不是 { $expected } 的。问卷没有任何改动。请在上方选择 { $found }，或者上传正确的文件。
ftl-error-unknown-language = { $language } 不是这份问卷的翻译语言。问卷没有任何改动。
ftl-error-not-text = 这个文件不是文本文件。问卷没有任何改动。
ftl-error-too-large = 这个文件太大，不可能是这份问卷的译文。问卷没有任何改动。
ftl-error-not-archive = 这个文件不是 .zip 压缩包。问卷没有任何改动。
ftl-error-in-file = { $file }：{ $reason }
publish-heading = 发布
publish-gate = 发布前，以下语言的所有文字都必须审核通过：
publish-ready = 可以发布了。
publish-blocked = 还有 { $count } 处需要处理，才能发布：
publish-blocked-problems = 问卷还有 { $count } 个问题需要修正（请看“需要修正的问题”）。
publish-blocked-language = 必须提供 { $language }，但它不是这份问卷的语言。
publish-blocked-string = { $language }：“{ $id }”目前为“{ $status }”。
publish = 发布此版本
publish-done = 版本 { $version } 已发布。文件已经下载，这个版本只能查看，不能修改；如果要修改，请新建草稿。

## 共同设计：参与的人、意见和建议、审阅轮次、通俗易懂的语言、敏感
## 题目、签字确认、版本。

person-name-label = 您的名字
mode-review = 审阅
item-open-threads = { $count ->
   *[other] { $count } 条意见待处理
}
review-heading = 意见和建议
review-language = 审阅的语言
review-choose-item = 在列表中选一个题目，就可以对它提意见。问卷本身的标题和说明在下面。
review-stamp = { $name }（{ $role }），{ $date }
review-suggested-wording = 建议的说法
review-current-text = 现在的文字
review-conflict = 提出这条建议以后，文字又改过了，所以不能直接采用。请和现在的文字比一比，然后回复，或者标为已解决。
review-reply-label = 回复
review-reply = 发送回复
review-accept = 采纳建议
review-reject-reason = 不采纳的原因
review-reject = 不采纳
review-resolve = 标为已解决
review-comment-label = 意见
review-add-comment = 添加意见
review-start-suggestion = 建议新的说法
review-wording-label = 您的说法
review-add-suggestion = 发送建议
review-cancel = 取消
outcome-accepted = { $by } 已采纳
outcome-rejected = { $by } 没有采纳：
outcome-resolved = { $by } 已标为已解决
review-error-conflict = 提出这条建议以后，文字又改过了；建议没有被采用。
review-error-closed = 这条讨论已经结束了。
review-error-reason = 请写下不采纳的原因，让提建议的人明白。
review-error-sign-off-role = 只有工作人员和患者顾问可以为一种语言签字确认。如果您是其中之一，请更改“我的参与身份”。
review-error-string-gone = 这条讨论说的文字已经不在问卷里了。
review-error-other-survey = 这份审阅是针对问卷“{ $found }”的，不是“{ $expected }”。没有导入任何内容。
review-error-no-survey = 这是审阅文件，不是审阅包。请在“审阅”中用“导入审阅文件”导入它。
review-error-broken = 文件在第 { $line } 行第 { $column } 列损坏了 { $path }。没有做任何更改；请让对方重新发送文件。
review-error-not-review = 这个文件不是 coform 审阅文件。
review-error-version = 这个审阅文件是用更新版本的 coform 做的（格式 { $found }）。请更新 coform 后再打开。
review-error-other = 无法完成这个审阅操作。
review-file-problem = { $file }：{ $reason }
review-imported = { $files ->
   *[other] 已读取 { $files } 个审阅文件
}：{ $threads } 条新讨论，{ $replies } 条回复，{ $outcomes } 个决定，{ $signoffs } 个签字确认。{ $conflicts ->
    [0] 没有建议和现在的文字冲突。
   *[other] 有 { $conflicts } 条建议针对的文字后来改过了：已经做了标记。
}
round-heading = 审阅轮次
round-staff-help = 请把审阅包发给患者顾问。他们用 coform 打开它，提意见和建议，然后发回一个审阅文件。收到多少个审阅文件，都可以导入；同一个文件导入两次，不会重复添加。
round-export-package = 下载审阅包
round-import-reviews = 导入审阅文件
round-reviewer-help = 您正在审阅一份副本。您的意见和建议不会改动问卷：请下载您的审阅文件，发给负责这份问卷的工作人员。
round-export-review = 下载我的审阅文件
sign-off-heading = 签字确认
sign-off-help = 一种语言的说法都合适了，就由患者顾问或工作人员为它签字确认。以后这种语言的文字只要有改动，签字确认就会取消。
sign-off-none = 还没有签字确认
sign-off-valid = { $by } 已签字确认
sign-off-cleared = { $by } 签字确认后又有改动：请重新签字确认
sign-off = 签字确认
hint-reading-grade = 阅读难度：大约 { $grade } 年级
hint-grade-above = 阅读难度是 { $grade } 年级，比目标 { $limit } 年级高：用更短的词和句子会更好懂。
hint-long-sentence = 这句话有 { $words } 个词（超过 { $limit } 个）：可以考虑分成几句。
hint-long-word = 长词：“{ $word }”。有没有更短、更常用的说法？
hint-double-barrelled = 这里可能一次问了两件事（“{ $word }”）。可以考虑分成两个题目。
sensitive-heading = 敏感题目
sensitive-mark = 这是敏感题目
field-content-note = 题目前的内容提示（{ $language }）
field-why-we-ask = 我们为什么问这个（{ $language }）
sensitive-way-out = 不回答这道题的办法
sensitive-way-out-skip = 可以跳过
sensitive-way-out-prefer-not = 有“不想回答”的选项
sensitive-checklist = 敏感题目检查清单
sensitive-has-why-we-ask = 说明了为什么问
sensitive-has-content-note = 有内容提示
sensitive-missing-why-we-ask = 缺少：为什么问
sensitive-missing-content-note = 缺少：题目前的内容提示
publish-gate-language = 语言
publish-gate-approved = 全部通过
publish-gate-signed = 已签字确认
publish-gate-approved-for = { $language }：所有文字都已通过
publish-gate-signed-for = { $language }：已签字确认
publish-blocked-sign-off = 发布前，{ $language } 必须（重新）签字确认。
publish-bump = 改动类型
bump-patch = 小修补：答卷人看不到的改动
bump-minor = 一般改动：措辞、题目或逻辑
bump-major = 重大改动：删除了题目或答案编码
publish-proposed = 建议版本：{ $version }（{ $kind }）
publish-version = 版本
publish-note = 改了什么（更新记录）
publish-not-a-version = “{ $version }”不是像 1.2.0 这样的版本号。
publish-not-after = 版本 { $version } 必须比上次发布的 { $last } 更新。
publish-new-draft = 新建草稿
published-read-only = 版本 { $version } 已发布，只能查看，不能修改。
versions-heading = 版本
versions-none = 还没有发布过任何版本。
versions-current = 当前草稿
versions-from = 比较
versions-to = 和
versions-compare = 比较版本
versions-not-here = 这台设备上没有保存版本 { $version }。请打开它发布时的文件来比较。
versions-no-change = 没有不同。
versions-added = 新增的题目
versions-removed = 删除的题目
versions-moved = 移动过的题目
versions-retyped = 改了类型的题目
versions-logic = 逻辑有改动
versions-codes-added = 新增的答案编码
versions-codes-removed = 删除的答案编码
versions-languages = 新增或删除的语言
versions-texts = 措辞有改动

## 互通：导出到其他平台，以及从其他平台导入

export-open = 导出…
export-heading = 导出给其他平台使用
export-format = 格式
export-format-json = coform 问卷（JSON）
export-format-fhir = FHIR R4 问卷（JSON）
export-format-xlsform = 适用于 ODK 和 KoboToolbox 的 XLSForm（.xlsx）
export-format-redcap = REDCap 数据字典（CSV）
export-format-surveyjs = SurveyJS 表单（JSON）
export-losses-heading = 此格式无法保留的内容
export-losses-intro = 导出的文件不会包含以下内容。使用前，请确认问卷少了这些内容仍然可以正常使用。
export-no-loss = 没有任何内容丢失：此格式可以保留整份问卷。
export-download = 下载
export-preparing = 正在准备导出…
converter-failed = 无法加载转换器（{ $detail }）。请检查网络连接后重试；您的问卷没有任何改动。
export-close = 关闭
import-report-heading = 从 { $format } 读取
import-no-notice = 文件中的所有内容都已识别。
import-notices-intro = 文件中有些内容被跳过或改动了。请检查问卷中的这些位置：
import-report-close = 关闭
loss-variants = 随数字或答卷人不同而变化的措辞，只保留通常的写法（{ $language }）。
loss-piping = 插入在这段文字中的答案，会显示为对应题目的名称（{ $language }）。
loss-audience = 不包含询问答卷人身份的题目；措辞都用通常的写法。
loss-review = 不包含意见、建议的说法和签字确认。
loss-changelog = 不包含已发布版本的列表。
loss-translation-states = 不包含每条译文的状态（草稿、需要审核或已通过）。
loss-fallback = 不包含缺少文字时依次改用的语言顺序。
loss-language = 不包含用 { $language } 写的文字。
loss-text = 不包含这段文字（字段 { $field }）。
loss-item-type = 这种题目类型写成了 { $writtenAs }（原来是 { $itemType }）。
loss-condition = 此条件被去掉了，所以这道题会一直显示，或者永远不是必答。
loss-condition-as-expression = 此条件写成了表达式，只有部分程序会按它执行。
loss-validation = 这条答案验证规则被去掉了（{ $check }）。
loss-validation-message = 不包含答案未通过验证时显示的提示。
loss-sensitive = 不包含为这道敏感题目做的特别安排（内容提示、我们为什么问这个、不回答这道题的办法）。
loss-exclusive = “以上都不是”不会清除其他选项。
loss-appearance = 不包含选项的显示方式（按钮或下拉菜单）。
loss-codes = 不包含标准编码（例如 LOINC）。
loss-scores = 不包含选项的分值。
loss-pages = 不包含分页：所有题目都连在一起显示。
loss-setting = 不包含这项设置（{ $setting }）。
loss-id = 那里不允许使用这个名称或代码，因此写为 { $writtenAs }。
loss-source-language = 文件不记录文字所用的语言（{ $language }）；再次打开时会按英语读取。
notice-ignored = 已跳过：coform 不读取 { $name }。
notice-item-type = 一道“{ $found }”类型的题目按“{ $readAs }”读取。
notice-skipped = 已跳过一道“{ $found }”类型的题目：coform 没有这种题目。
notice-expression = 这条规则无法读取，已跳过：{ $expression }
notice-renamed = 名称 { $from } 已改为 { $to }，这是 coform 可以使用的名称。
notice-language = 语言 { $found } 已按 { $tag } 读取。
interop-error-unrecognised = 这个文件不是 coform 能读取的问卷。请选择 coform、FHIR 问卷、XLSForm（.xlsx）、REDCap 数据字典或 SurveyJS 文件。
interop-error-too-large = 文件太大，无法打开（{ $bytes } 字节；上限为 { $limit }）。
interop-error-syntax = 文件在 { $location } 处损坏：{ $detail }。请用生成它的程序打开，修正该处后重试。
interop-error-invalid = 文件在 { $location } 处有问题：{ $detail }。请修正后重试。
