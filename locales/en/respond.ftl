# The respondent runtime's own words, in English.

loading = Loading the survey…
language-label = Language
answer-yes = Yes
answer-no = No
required-marker = required
prefer-not-to-answer = Prefer not to answer
skip-question = Skip this question
why-we-ask = Why we ask
content-note = Before this question
rating-scale = { $min } to { $max }
ranking-hint = Put these in order, most important first.
consent-agree = I agree
page-progress = Page { $current } of { $total }
next = Next
back = Back
error-heading = This survey cannot be opened
error-network = The survey at { $url } could not be downloaded. Check your connection and try again.
error-import = The survey file is damaged or not a coform survey ({ $detail }). Please tell the people who sent you the link.
error-invalid = The survey has { $count ->
    [one] one problem
   *[other] { $count } problems
} that stop it from working. Please tell the people who sent you the link.
try-again = Try again
