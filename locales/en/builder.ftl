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
issue-unsupported-fluent = This text uses a { $detail }, which survey texts do not allow.
issue-invalid-audience = The audience variable “{ $id }” needs values, and its default must be one of them.
issue-invalid-range = The lowest value is above the highest one.
issue-invalid-pattern = The pattern is not a valid regular expression: { $detail }
issue-check-not-applicable = The check “{ $check }” does not apply to a { $itemType } item.
issue-invalid-version = “{ $version }” is not a version number like 1.2.0.
issue-missing-content-hash = A published survey needs a content hash. Publish it again from coform.
issue-content-hash-mismatch = The survey changed after it was published: its content hash does not match.
issue-invalid-endpoint = The submission address “{ $endpoint }” is not a web address. Use one that starts with https://.

editor-toolbar = Editing
undo = Undo
redo = Redo
new-survey = New survey
open-survey-file = Open a survey file
save-survey = Save as file
add-item-type = New item type
add-item = Add item
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
save-failed = Changes are not being saved in this browser ({ $reason }). Use “Save as file” to keep a copy.
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
