# The builder's own interface, in English.

app-title = coform builder
app-tagline = Design surveys together, in every language.
loading-survey = Opening the survey…
ui-language-label = Interface language
survey-language-label = Preview language
audience-label = { $variable }
items-heading = Items
items-count = { $count ->
    [one] One item
   *[other] { $count } items
}
issues-heading = Problems to fix
issues-none = No problems found.
issues-count = { $errors ->
    [one] One error
   *[other] { $errors } errors
}, { $warnings ->
    [one] one warning
   *[other] { $warnings } warnings
}
issue-severity-error = Error
issue-severity-warning = Warning
issue-location = at { $path }
item-required = required
item-shown-if = shown only under a condition
open-respondent-view = Open the respondent view
load-failed = The survey could not be opened: { $reason }
load-failed-network = The file { $url } could not be downloaded. Check the address and your connection, then reload the page.

item-type-note = Note
item-type-shortText = Short text
item-type-longText = Long text
item-type-integer = Whole number
item-type-decimal = Decimal number
item-type-date = Date
item-type-singleChoice = Single choice
item-type-multipleChoice = Multiple choice
item-type-yesNo = Yes / no
item-type-rating = Rating
item-type-likertGrid = Agreement grid
item-type-ranking = Ranking
item-type-consent = Consent
item-type-section = Section

import-error-syntax = The file is not valid JSON (line { $line }, column { $column }). Open it in a text editor, fix that spot, and try again.
import-error-notASurvey = This file is not a coform survey. Choose a file saved or exported by coform.
import-error-unsupportedVersion = This survey uses format version { $found }, which this version of coform cannot read. Update coform to open it.
import-error-invalid = The survey has a problem at { $path } (line { $line }): { $detail }. Fix that field and try again.
import-error-tooLarge = The file is too large to open ({ $bytes } bytes; the limit is { $limit }).
import-error-tooDeep = The file is nested too deeply to read (more than { $limit } levels, at line { $line }, column { $column }).
import-error-overLimit = { $what ->
    [items] The survey has { $found } items (questions, notes, sections and grid rows); coform opens surveys of up to { $limit }. The first one over the limit is at { $path }.
    [pages] The survey has { $found } pages; coform opens surveys of up to { $limit }.
    [sectionDepth] Sections are nested { $found } deep (at { $path }); coform allows up to { $limit }.
    [conditionDepth] A condition has groups nested { $found } deep (at { $path }); coform allows up to { $limit }.
    [choiceLists] The survey has { $found } choice lists; coform allows up to { $limit }.
    [options] A choice list has { $found } options (at { $path }); coform allows up to { $limit } in one list.
   *[languages] The survey has { $found } languages; coform allows up to { $limit }.
}

issue-empty-survey = The survey has no questions yet. Add at least one item.
issue-duplicate-id = The id “{ $id }” is used more than once. Give each item its own id.
issue-invalid-id = The id “{ $id }” is not a valid variable name. Start with a letter and use only letters, digits and _.
issue-unknown-item = This refers to “{ $id }”, which does not exist. Choose an existing item.
issue-forward-reference = This refers to “{ $id }”, which is asked later. Refer only to earlier items.
issue-dependency-cycle = These items depend on themselves: { $ids }. Remove one of the references.
issue-operator-mismatch = The comparison “{ $operator }” cannot be used with a { $itemType } item. Pick another comparison.
issue-missing-value = This comparison needs a value to compare with.
issue-unexpected-value = This comparison takes no value; remove it.
issue-value-mismatch = The value does not fit the { $itemType } item it is compared with. Pick one of its answers.
issue-missing-choice-list = This item offers choices but has no choice list. Choose or create one.
issue-missing-rows = This grid has no statements. Add at least one row.
issue-unknown-choice-list = The choice list “{ $id }” does not exist.
issue-empty-choice-list = The choice list “{ $id }” has no options. Add at least one.
issue-duplicate-code = The code “{ $code }” is used twice in one list. Each option needs its own code.
issue-invalid-code = The code “{ $code }” may use only letters, digits, - and _.
issue-setting-not-applicable = The setting “{ $setting }” does nothing for a { $itemType } item. Remove it or change the type.
issue-invalid-language-tag = “{ $tag }” is not a valid language tag. Use a BCP-47 tag such as es or es-PR.
issue-duplicate-language = The language { $tag } is listed twice.
issue-unknown-language = The language { $tag } is used but not added to the survey.
issue-fallback-cycle = The language { $tag } falls back to itself.
issue-missing-message = This text is missing in this language.
issue-fluent-syntax = This text has a syntax error ({ $detail }). Check the braces and variants near the marked spot.
issue-unknown-variable = This text uses ${ $name }, which is neither an audience variable nor an earlier question.
issue-translation-adds-variable = This translation uses ${ $name }, which the source text does not use. Remove it, or add it to the source text first.
issue-translation-drops-variable = This translation leaves out ${ $name }, which the source text uses. Put ${ $name } back where it belongs in the sentence.
issue-unsupported-fluent = This text uses a { $detail }, which survey texts do not allow.
issue-invalid-audience = The audience variable “{ $id }” needs values, and its default must be one of them.
issue-invalid-range = The lowest value is above the highest one.
issue-invalid-pattern = The pattern is not a valid regular expression: { $detail }
issue-check-not-applicable = The check “{ $check }” does not apply to a { $itemType } item.
issue-invalid-version = “{ $version }” is not a version number like 1.2.0.
issue-missing-content-hash = A published survey needs a content hash. Publish it again from coform.
issue-content-hash-mismatch = The survey changed after it was published: its content hash does not match.
issue-invalid-endpoint = The submission address “{ $endpoint }” is not a web address. Use one that starts with https://.
issue-text-too-long = This text is too long for coform (more than { $limit } bytes). Shorten it, or split it over several items.

editor-toolbar = Editing
undo = Undo
redo = Redo
new-survey = New survey
open-survey-file = Open a survey file
save-survey = Save as file
add-item-type = New item type
add-item = Add item
add-item-limit = This survey already has { $limit } items, the most coform allows. Delete an item before adding another.
edit-over-limit = { $what ->
    [items] That change would give the survey more than { $limit } items (questions, notes, sections and grid rows), the most coform allows, so it was not made.
    [pages] That change would give the survey more than { $limit } pages, the most coform allows, so it was not made.
    [sectionDepth] That change would nest sections more than { $limit } deep, the most coform allows, so it was not made.
    [conditionDepth] That change would nest condition groups more than { $limit } deep, the most coform allows, so it was not made.
    [choiceLists] That change would give the survey more than { $limit } choice lists, the most coform allows, so it was not made.
    [options] That change would give a choice list more than { $limit } options, the most coform allows, so it was not made.
   *[languages] That change would give the survey more than { $limit } languages, the most coform allows, so it was not made.
}
edit-over-limit-dismiss = OK
editor-heading = Edit item
editor-empty = Choose an item in the list to edit it.
field-id = Id (variable name)
field-type = Type
field-text = Text ({ $language })
field-required = Required
move-up = Move up
move-down = Move down
duplicate-item = Duplicate
delete-item = Delete
file-problem = { $reason } The survey you were editing is unchanged.
saving = Saving…
saved = All changes saved in this browser
not-saved = Changes are not saved in this browser
storage-full = This browser’s storage is full, so your changes are kept only in this tab. Save a copy as a file now, then free some space (for example, delete old drafts) and try again.
storage-unavailable = This browser is not keeping anything for this page (a private window, or storage is blocked), so your changes are kept only in this tab. Save a copy as a file before you close it.
save-copy = Save a copy as a file
save-retry = Try saving again
tab-also-open = This draft is also open in another tab. If it is changed there, you will be asked here which version to keep.
tab-fork = Keep this tab’s version as a new draft
tab-dismiss = OK
tab-changed-elsewhere = This draft was changed in another tab. Changes made here are not saved until you choose what to do.
tab-reload = Load the other tab’s version (drops the changes made here)
quarantine-heading = { $count ->
    [one] One saved draft could not be read and was set aside.
   *[other] { $count } saved drafts could not be read and were set aside.
} Your other drafts open as usual. Download a set-aside draft to send it to someone who can help.
quarantine-download = Download
quarantine-discard = Delete
quarantine-discard-confirm = Delete the unreadable draft “{ $title }” for good? Download it first if you may need it.
drafts-heading = Drafts in this browser ({ $count })
untitled = Untitled survey
draft-open = Open
draft-delete = Delete
draft-delete-confirm = Delete the draft “{ $title }”? This cannot be undone.
preview-heading = Preview (as a respondent sees it)
preview-done = End of the survey. In the preview nothing is saved or sent.
preview-restart = Preview again from the start
field-hint = Help text ({ $language })
field-placeholder = Placeholder ({ $language })
field-unit = Unit ({ $language })
field-choices = Choice list
choices-none = (none)
field-appearance = Show the options as
appearance-radio = A list of buttons
appearance-dropdown = A drop-down menu
field-scale-min = Lowest point of the scale
field-scale-max = Highest point of the scale
lists-heading = Choice lists
lists-choose = List
lists-new = New list
option-code = Code
option-label = Label ({ $language })
option-exclusive = Clears the other answers (“none of these”)
option-remove = Remove
option-add = Add option

## Logic: conditions built from earlier answers, read back as a sentence.
show-if-heading = Show this question only when…
show-if-add = Add a show-if condition
show-if-sentence = Shown only when { $condition }.
required-if-heading = Require an answer only when…
required-if-add = Add a required-if condition
required-if-sentence = An answer is required when { $condition }.
page-show-if-heading = Show this page only when…
page-show-if-add = Add a condition for this page
page-show-if-sentence = This page is shown only when { $condition }.
condition-no-sources = No earlier question has an answer to compare yet. Conditions can only use questions asked before this one.
condition-add = Add a condition
condition-add-group = Add a group
condition-remove = Remove
condition-combinator = Combine
combinator-all = all of these are true
combinator-any = any of these is true
combinator-none = none of these is true
combinator-not-all = not all of these are true
condition-not = Not true:
condition-item = Question
condition-operator = Comparison
condition-value = Value
condition-missing-item = “{ $id }” (not an earlier question: choose another)
value-yes = Yes
value-no = No
operator-equals = is
operator-notEquals = is not
operator-lessThan = is less than
operator-lessOrEqual = is at most
operator-greaterThan = is more than
operator-greaterOrEqual = is at least
operator-includes = includes
operator-answered = is answered
operator-notAnswered = is not answered
sentence-equals = “{ $item }” is { $value }
sentence-notEquals = “{ $item }” is not { $value }
sentence-lessThan = “{ $item }” is less than { $value }
sentence-lessOrEqual = “{ $item }” is at most { $value }
sentence-greaterThan = “{ $item }” is more than { $value }
sentence-greaterOrEqual = “{ $item }” is at least { $value }
sentence-includes = “{ $item }” includes { $value }
sentence-answered = “{ $item }” is answered
sentence-notAnswered = “{ $item }” is not answered
condition-and = { $left } and { $right }
condition-or = { $left } or { $right }
condition-nested = ({ $inner })
condition-negated = it is not the case that { $inner }

## Validation rules.
rules-heading = Validation rules
rules-none-apply = This type of question has no validation rules.
add-rule-range = Add a range
add-rule-length = Add a length limit
add-rule-pattern = Add a pattern
add-rule-answerCount = Add a limit on answers chosen
rule-kind-range = Range
rule-kind-length = Length
rule-kind-pattern = Pattern
rule-kind-answerCount = Number of answers
rule-range-min = Lowest allowed
rule-range-max = Highest allowed
rule-length-min = Fewest characters
rule-length-max = Most characters
rule-answerCount-min = Fewest answers
rule-answerCount-max = Most answers
rule-pattern = Pattern (regular expression)
rule-not-a-number = “{ $value }” is not a number. Type digits, such as 18 or 2.5, or leave it empty for no limit.
rule-message = Message when the answer breaks the rule ({ $language })
remove-rule = Remove rule

## Likert grid rows, rating scale words, moving, piping.
grid-rows-heading = Rows (statements rated on the shared scale)
grid-row-id = Row id (variable name)
grid-row-text = Statement ({ $language })
add-grid-row = Add row
remove-grid-row = Remove row
field-scale-min-label = Words at the lowest point ({ $language })
field-scale-max-label = Words at the highest point ({ $language })
move-to = Move to
move-to-choose = Choose a page or section…
destination-page = Page { $number } ({ $id })
destination-section = Section { $id }
pipe-answer-text = Insert an earlier answer into the text
pipe-answer-hint = Insert an earlier answer into the help text
pipe-answer-choose = Choose a question…
new-from-sample = New from a sample
new-from-sample-choose = Choose a sample…
sample-community-health = Community health needs
sample-clinic-experience = Clinic visit experience
sample-child-immunization = Child immunization
sample-minimal = Smallest possible survey

## Pages.
pages-heading = Pages
page-choose = Page being edited
page-new-items-hint = New items are added at the end of this page unless an item is selected (inside it, if it is a section).
add-page = Add page after this one
page-up = Move page earlier
page-down = Move page later
delete-page = Delete page and its items
page-id = Page id
page-id-taken = Another page already has the id “{ $id }”. Choose a different one.
page-title = Page title ({ $language })

## The survey's own details.
survey-heading = Survey
survey-title = Title ({ $language })
survey-description = Description shown before the first page ({ $language })
survey-id = Survey id (kept across versions)
survey-version = Version
list-id = List id (items refer to it by this)
list-id-taken = Another list already has the id “{ $id }”. Choose a different one.

## Languages, translation and publishing

cancel = Cancel
role-label = I am taking part as
role-staff = Staff
role-patient-advisor = Patient advisor
role-translator = Translator
modes-label = What to work on
mode-build = Build
mode-translate = Translate and publish
completeness-label = Translation progress by language
completeness-summary = { $approved } of { $total } approved · { $translated } translated · { $stale } out of date · { $review } to review
languages-heading = Languages
language-source = Source language
language-direction = Writing direction
direction-ltr = Left to right
direction-rtl = Right to left
language-fallback = If a text is missing, use (language codes, in order)
language-bad-fallback = “{ $tag }” is not another language of this survey. Use the codes listed above, separated by commas.
language-make-source = Make this the source language
language-remove = Remove language
language-remove-question = Remove { $name } and every text written in it? You can undo this.
language-remove-yes = Remove { $name }
language-add-label = Add a language (code such as es-PR, so, zh-Hant)
language-add-help = Use a BCP-47 language code. Its name appears below as you type.
language-add-preview = { $name } ({ $tag })
language-add = Add language
language-invalid-tag = This is not a language code. Try a code such as “so” (Somali) or “es-MX” (Spanish, Mexico).
language-already-offered = The survey already has this language.
translate-heading = Translations
translate-no-languages = This survey has only its source language. Add a language to start translating.
translate-language = Translate into
translate-filter = Show
translate-place = Where
filter-all = Every text
filter-missing = Not yet translated
filter-stale = Source changed since translation
filter-needs-review = Needs review
filter-not-approved = Not yet approved
filter-everywhere = Whole survey
translate-count = { $count ->
    [one] One text shown
   *[other] { $count } texts shown
}
translate-show-more = Show { $count } more
translate-field-text = question
translate-field-hint = help
translate-field-placeholder = placeholder
translate-field-unit = unit
translate-field-min-label = lowest point
translate-field-max-label = highest point
translate-field-row = grid statement
translate-field-rule = check message
translate-field-content-note = content note
translate-field-why-we-ask = why we ask
translate-field-option = option
translate-field-page-title = page title
translate-field-survey-title = survey title
translate-field-survey-description = survey description
translate-field-audience-question = audience question
translate-field-audience-value = audience choice
translation-target-label = Translation ({ $language })
translation-raw = Fluent source
translation-approve = Approve
translation-mark-review = Needs review
translation-syntax-error = This text is not valid Fluent at line { $line }, column { $column }. Check the braces and the variant lines.
translation-unsupported = This text uses Fluent that surveys do not allow (line { $line }, column { $column }): only variables and variants.
add-plural-variants = Wording by number of { $variable }
add-audience-variants = Wording by { $variable }
variant-label = When { $variable } is { $key }
variant-default = used otherwise
plural-zero = zero
plural-one = one
plural-two = two
plural-few = a few
plural-many = many
plural-other = any other number
status-missing = Not yet translated
status-draft = Draft
status-needs-review = Needs review
status-approved = Approved
status-stale = Source changed since
changed-by = last changed by { $role }
ftl-export = Download for translators (.ftl)
ftl-import = Upload a translated .ftl file
ftl-export-all = Download every language (.zip)
ftl-import-all = Upload translated languages (.zip)
ftl-imported = { $count ->
    [0] No text changed.
    [one] One text changed; it is marked for review.
   *[other] { $count } texts changed; they are marked for review.
}
ftl-unknown-id = “{ $id }” at line { $line } is not a text of this survey; it was left out.
ftl-unknown-id-in-file = In { $file }, “{ $id }” at line { $line } is not a text of this survey; it was left out.
ftl-error-syntax = The file is not valid Fluent at line { $line }, column { $column }. Nothing was changed. Fix that line and upload it again.
ftl-error-wrong-language = This file is for { $found }, not { $expected }. Nothing was changed. Choose { $found } above, or upload the right file.
ftl-error-unknown-language = { $language } is not a translated language of this survey. Nothing was changed.
ftl-error-not-text = The file is not a text file. Nothing was changed.
ftl-error-too-large = The file is too large to be a translation of this survey. Nothing was changed.
ftl-error-not-archive = The file is not a .zip archive. Nothing was changed.
ftl-error-in-file = In { $file }: { $reason }
publish-heading = Publish
publish-gate = Before publishing, every text must be approved in:
publish-ready = Ready to publish.
publish-blocked = { $count ->
    [one] One thing stops publishing:
   *[other] { $count } things stop publishing:
}
publish-blocked-problems = { $count ->
    [one] The survey has a problem to fix (see Problems).
   *[other] The survey has { $count } problems to fix (see Problems).
}
publish-blocked-language = { $language } is required but is not a language of this survey.
publish-blocked-string = { $language }: “{ $id }” ({ $status })
publish = Publish this version
publish-done = Version { $version } is published. Its file has been downloaded and it is read-only; start a new draft to change it.

## Co-design: people, comments and suggestions, review rounds, plain language, sensitive
## questions, sign-off, versions.

person-name-label = Your name
mode-review = Review
item-open-threads = { $count ->
    [one] { $count } open comment
   *[other] { $count } open comments
}
review-heading = Comments and suggestions
review-language = Language reviewed
review-choose-item = Choose a question in the list to comment on it. The survey's own title and description are below.
review-stamp = { $name } ({ $role }), { $date }
review-suggested-wording = Suggested wording
review-current-text = The text now
review-conflict = The text changed after this suggestion was made, so it cannot be applied as it is. Compare it with the text now and reply, or resolve it.
review-reply-label = Reply
review-reply = Send reply
review-accept = Accept suggestion
review-reject-reason = Reason for rejecting
review-reject = Reject
review-resolve = Resolve
review-comment-label = Comment
review-add-comment = Add comment
review-start-suggestion = Suggest wording
review-wording-label = Your wording
review-add-suggestion = Send suggestion
review-cancel = Cancel
outcome-accepted = Accepted by { $by }
outcome-rejected = Rejected by { $by }:
outcome-resolved = Resolved by { $by }
review-error-conflict = The text changed after this suggestion was made; it was not applied.
review-error-closed = This thread is already closed.
review-error-reason = Write why you reject the suggestion, so its author understands.
review-error-sign-off-role = Only staff and patient advisors can sign off a language. Change “I am taking part as” if that is you.
review-error-string-gone = The text this thread is about is no longer in the survey.
review-error-other-survey = This review is of the survey “{ $found }”, not of “{ $expected }”. Nothing was imported.
review-error-no-survey = This is a review file, not a review package. Import it in Review mode with “Import review files”.
review-error-broken = The file is damaged at line { $line }, column { $column } { $path }. Nothing was changed; ask for the file again.
review-error-not-review = This file is not a coform review file.
review-error-version = This review file was made by a newer coform (format { $found }). Update coform to open it.
review-error-other = The review action could not be done.
review-file-problem = { $file }: { $reason }
review-imported = { $files ->
    [one] One review file read
   *[other] { $files } review files read
}: { $threads } new threads, { $replies } replies, { $outcomes } decisions, { $signoffs } sign-offs. { $conflicts ->
    [0] No suggestion conflicts with the text now.
    [one] One suggestion was made on text that has changed since: it is marked.
   *[other] { $conflicts } suggestions were made on text that has changed since: they are marked.
}
round-heading = Review round
round-staff-help = Send the review package to patient advisors. They open it in coform, comment and suggest, and send back a review file. Import as many review files as you receive; the same file twice adds nothing.
round-export-package = Download review package
round-import-reviews = Import review files
round-reviewer-help = You are reviewing a copy. Your comments and suggestions do not change the survey: download your review file and send it to the survey's staff.
round-export-review = Download my review file
sign-off-heading = Sign-off
sign-off-help = A patient advisor or staff member signs off a language when its wording is right. Any later change to that language's texts clears the sign-off.
sign-off-none = Not signed off
sign-off-valid = Signed off by { $by }
sign-off-cleared = Signed off by { $by }, then changed: sign off again
sign-off = Sign off
hint-reading-grade = Reading level: about school grade { $grade }
hint-grade-above = Reading level { $grade } is above the { $limit } aimed for: shorter words and sentences help.
hint-long-sentence = A sentence of { $words } words (more than { $limit }): consider splitting it.
hint-long-word = Long word: “{ $word }”. Is there a shorter, everyday word?
hint-double-barrelled = This may ask two things at once (“{ $word }”). Consider two questions.
sensitive-heading = Sensitive question
sensitive-mark = This question is sensitive
field-content-note = Content note before the question ({ $language })
field-why-we-ask = Why we ask ({ $language })
sensitive-way-out = Way past the question
sensitive-way-out-skip = It can be skipped
sensitive-way-out-prefer-not = “Prefer not to answer” is offered
sensitive-checklist = Checklist for a sensitive question
sensitive-has-why-we-ask = Says why we ask
sensitive-has-content-note = Has a content note
sensitive-missing-why-we-ask = Missing: why we ask
sensitive-missing-content-note = Missing: a content note before the question
publish-gate-language = Language
publish-gate-approved = All approved
publish-gate-signed = Signed off
publish-gate-approved-for = { $language }: every string approved
publish-gate-signed-for = { $language }: signed off
publish-blocked-sign-off = { $language } must be signed off (again) before publishing.
publish-bump = Kind of change
bump-patch = Patch: nothing respondents see
bump-minor = Minor: wording, items or logic
bump-major = Major: items or answer codes removed
publish-proposed = Proposed: version { $version } ({ $kind })
publish-version = Version
publish-note = What changed (changelog)
publish-not-a-version = “{ $version }” is not a version number like 1.2.0.
publish-not-after = Version { $version } must come after { $last }, the last one published.
publish-new-draft = Start a new draft
published-read-only = Version { $version } is published and read-only.
versions-heading = Versions
versions-none = No version has been published yet.
versions-current = Current draft
versions-from = Compare
versions-to = with
versions-compare = Compare versions
versions-not-here = Version { $version } is not kept on this device. Open its published file to compare with it.
versions-no-change = No difference.
versions-added = Items added
versions-removed = Items removed
versions-moved = Items moved
versions-retyped = Items with another type
versions-logic = Logic changed
versions-codes-added = Answer codes added
versions-codes-removed = Answer codes removed
versions-languages = Languages added or removed
versions-texts = Wording changed

## Interop: export to other platforms, import from them

export-open = Export…
export-heading = Export for another platform
export-format = Format
export-format-json = coform survey (JSON)
export-format-fhir = FHIR R4 Questionnaire (JSON)
export-format-xlsform = XLSForm for ODK and KoboToolbox (.xlsx)
export-format-redcap = REDCap data dictionary (CSV)
export-format-surveyjs = SurveyJS form (JSON)
export-losses-heading = What this format cannot carry
export-losses-intro = The file will not include the following. Check that the survey still works without them before you use it.
export-no-loss = Nothing is lost: this format carries the whole survey.
export-download = Download
export-preparing = Preparing the export…
converter-failed = The converter could not be loaded ({ $detail }). Check your connection and try again; your survey is unchanged.
export-close = Close
import-report-heading = Read from { $format }
import-no-notice = Everything in the file was understood.
import-notices-intro = Some parts of the file were left out or changed. Check these places in the survey:
import-report-close = Close
loss-variants = Wording that changes with a number or with who is answering keeps only its usual form ({ $language }).
loss-piping = Answers shown inside this text appear as their question's name ({ $language }).
loss-audience = The question about who is answering is not included; wording uses its usual form.
loss-review = Comments, suggested wordings and sign-offs are not included.
loss-changelog = The list of published versions is not included.
loss-translation-states = Whether each translation is a draft, needs review or is approved is not included.
loss-fallback = The order of languages to fall back on is not included.
loss-language = Text in { $language } is not included.
loss-text = This text is not included (field { $field }).
loss-item-type = This question type is written as { $writtenAs } (it was { $itemType }).
loss-condition = This condition is left out, so the question is always shown or never required.
loss-condition-as-expression = This condition is written as an expression that only some programs follow.
loss-validation = This check on the answer is left out ({ $check }).
loss-validation-message = The message shown when an answer fails a check is not included.
loss-sensitive = The care around this sensitive question (content note, why we ask, the way past it) is not included.
loss-exclusive = “None of these” does not clear the other options.
loss-appearance = Whether options are shown as buttons or a drop-down list is not included.
loss-codes = Standard codes (such as LOINC) are not included.
loss-scores = Option scores are not included.
loss-pages = Page breaks are not included: every question is in one flow.
loss-setting = This setting is not included ({ $setting }).
loss-id = This name or code is not allowed there, so it is written as { $writtenAs }.
loss-source-language = The file does not record which language its text is in ({ $language }); opened again, it is read as English.
notice-ignored = Left out: { $name } is not something coform reads.
notice-item-type = A { $found } question was read as { $readAs }.
notice-skipped = A { $found } question was left out: coform has no such question.
notice-expression = This rule could not be read and was left out: { $expression }
notice-renamed = The name { $from } was changed to { $to }, a name coform can use.
notice-language = The language { $found } was read as { $tag }.
interop-error-unrecognised = This file is not a survey coform can read. Choose a coform, FHIR Questionnaire, XLSForm (.xlsx), REDCap data dictionary or SurveyJS file.
interop-error-too-large = The file is too large to open ({ $bytes } bytes; the limit is { $limit }).
interop-error-syntax = The file is damaged at { $location }: { $detail }. Open it in the program that made it, fix that spot, and try again.
interop-error-invalid = The file has a problem at { $location }: { $detail }. Fix it and try again.
