# The respondent runtime's own words, in English.

loading = Loading the survey…
language-label = Language
answer-yes = Yes
answer-no = No
required-marker = required
prefer-not-to-answer = Prefer not to answer
why-we-ask = Why we ask
content-note = Before this question
rating-scale = { $min } to { $max }
ranking-hint = Put these in order, most important first.
consent-agree = I agree
next = Next
back = Back
error-heading = This survey cannot be opened
error-network = The survey at { $url } could not be downloaded. Check your connection and try again.
error-import = The survey file is damaged or not a coform survey ({ $detail }). Please tell the people who sent you the link.
error-invalid = The survey has { $count ->
    [one] one problem
   *[other] { $count } problems
} that stop it from working. Please tell the people who sent you the link.
error-too-big = This survey is too large or too complex to open here ({ $detail }). Please tell the people who sent you the link.
error-text-too-long = This survey has a text too long to show. Please tell the people who sent you the link.

continue = Continue
submit = Submit
mode-question = One question at a time
mode-page = Whole page at a time
progress-answered = { $answered } of { $total } questions answered
errors-summary = { $count ->
    [one] One answer needs your attention.
   *[other] { $count } answers need your attention.
}
error-required = Please answer this question.
error-whole-number = Please enter a whole number.
error-invalid-date = Please enter a real date.
error-answer-invalid = This answer is not accepted.
skip-allowed = You may skip this question.
ranking-up = Move “{ $label }” up
ranking-down = Move “{ $label }” down
ranking-confirm = This order is right
storage-warning = This device is not saving your progress (its storage is full or blocked). Please finish in one go.
open-file = Open a survey file
done-heading = Thank you
done-sent = Your answers were sent.
done-queued = You are offline. Your answers are saved on this device and will be sent by themselves when the connection returns.
done-kept = Your answers are saved on this device, locked. Please hand the device back to the staff.
done-download = This survey does not send answers anywhere. You can keep a copy for yourself.
done-sending-unkept = Your answers are being sent. This device could not store them, so please keep this page open until it says they were sent. You can also download a copy.
download-answers = Download my answers
start-again = Start again
next-person = Next person
kiosk-staff = Staff: export responses
kiosk-set-heading = Set up kiosk mode
kiosk-set-help = Choose a staff passphrase. Responses will be stored on this device, encrypted with it; only someone with the passphrase can export them. There is no way to recover a forgotten passphrase.
kiosk-unlock-heading = Kiosk mode is locked
kiosk-unlock-help = Enter the staff passphrase to collect responses on this device.
kiosk-passphrase = Staff passphrase
kiosk-passphrase-repeat = Repeat the passphrase
kiosk-too-short = Use at least { $count } characters.
kiosk-mismatch = The two passphrases are not the same.
kiosk-wrong = This passphrase does not open the responses stored on this device.
kiosk-working = Checking the passphrase…
kiosk-unlock = Unlock
kiosk-not-kept = The answers could not be stored on this device (storage is full or blocked). Nothing was lost: please tell the staff.
kiosk-export-heading = Export responses
kiosk-count = { $count ->
    [one] One response is stored on this device.
   *[other] { $count } responses are stored on this device.
}
kiosk-export = Open responses
export-csv = Download CSV
export-json = Download JSON
crypto-unavailable = This browser cannot encrypt responses. Kiosk mode needs a secure (https) connection.
start-over = Start over
start-over-confirm = Start over? Every answer on this device will be erased.
