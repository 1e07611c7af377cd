# Mo pwogram moun k ap reponn nan itilize, an kreyòl ayisyen.

loading = N ap chaje sondaj la…
language-label = Lang
answer-yes = Wi
answer-no = Non
required-marker = obligatwa
prefer-not-to-answer = Mwen pito pa reponn
why-we-ask = Poukisa nou mande sa
content-note = Anvan kesyon sa a
rating-scale = { $min } rive { $max }
ranking-hint = Mete yo an lòd, sa ki pi enpòtan an an premye.
consent-agree = Mwen dakò
next = Swivan
back = Retounen
error-heading = Nou pa ka louvri sondaj sa a
error-network = Nou pa t kapab telechaje sondaj ki nan { $url } la. Tcheke koneksyon ou epi eseye ankò.
error-import = Fichye sondaj la gen pwoblèm, oswa se pa yon sondaj coform ({ $detail }). Tanpri, fè moun ki te voye lyen an ba ou yo konnen.
error-invalid = Sondaj la gen { $count ->
    [one] yon pwoblèm
   *[other] { $count } pwoblèm
} ki anpeche l mache. Tanpri, fè moun ki te voye lyen an ba ou yo konnen.
error-too-big = Sondaj sa a twò gwo oswa twò konplike pou louvri isit la ({ $detail }). Tanpri, fè moun ki te voye lyen an ba ou yo konnen.
error-text-too-long = Sondaj sa a gen yon tèks ki twò long pou parèt. Tanpri, fè moun ki te voye lyen an ba ou yo konnen.

continue = Kontinye
submit = Voye
mode-question = Yon kesyon alafwa
mode-page = Yon paj antye alafwa
progress-answered = Ou reponn { $answered } kesyon sou { $total }
errors-summary = { $count ->
    [one] Gen yon repons ki bezwen atansyon ou.
   *[other] Gen { $count } repons ki bezwen atansyon ou.
}
error-required = Tanpri, reponn kesyon sa a.
error-whole-number = Tanpri, ekri yon nonm antye.
error-invalid-date = Tanpri, ekri yon dat ki egziste.
error-answer-invalid = Nou pa ka aksepte repons sa a.
skip-allowed = Ou ka sote kesyon sa a.
ranking-up = Monte “{ $label }”
ranking-down = Desann “{ $label }”
ranking-confirm = Lòd sa a bon
storage-warning = Aparèy sa a pa anrejistre pwogrè ou (memwa l plen oswa li bloke). Tanpri, fini tout an yon sèl fwa.
open-file = Louvri yon fichye sondaj
done-heading = Mèsi
done-sent = Repons ou yo voye.
done-queued = Ou pa gen koneksyon kounye a. Repons ou yo anrejistre sou aparèy sa a, e y ap voye poukont yo lè koneksyon an tounen.
done-kept = Repons ou yo anrejistre sou aparèy sa a, e yo fèmen an sekirite. Tanpri, remèt aparèy la bay anplwaye yo.
done-download = Sondaj sa a pa voye repons yo okenn kote. Ou ka kenbe yon kopi pou tèt ou.
done-sending-unkept = Repons ou yo ap voye. Aparèy sa a pa t ka kenbe yo, kidonk tanpri kite paj sa a louvri jiskaske li di yo voye. Ou ka telechaje yon kopi tou.
download-answers = Telechaje repons mwen yo
start-again = Rekòmanse
next-person = Pwochen moun
kiosk-staff = Anplwaye: ekspòte repons yo
kiosk-set-heading = Mete mòd kyòsk la an plas
kiosk-set-help = Chwazi yon fraz sekrè pou anplwaye yo. Repons yo ap rete sou aparèy sa a, chifre ak fraz sekrè sa a; se sèlman yon moun ki gen fraz sekrè a ki ka ekspòte yo. Si ou bliye fraz sekrè a, pa gen okenn fason pou jwenn li ankò.
kiosk-unlock-heading = Mòd kyòsk la fèmen
kiosk-unlock-help = Antre fraz sekrè anplwaye yo pou ranmase repons sou aparèy sa a.
kiosk-passphrase = Fraz sekrè anplwaye yo
kiosk-passphrase-repeat = Tape fraz sekrè a ankò
kiosk-too-short = Itilize omwen { $count } karaktè.
kiosk-mismatch = De fraz sekrè yo pa menm.
kiosk-wrong = Fraz sekrè sa a pa louvri repons ki anrejistre sou aparèy sa a.
kiosk-working = N ap verifye fraz sekrè a…
kiosk-unlock = Debloke
kiosk-not-kept = Nou pa t kapab anrejistre repons yo sou aparèy sa a (memwa a plen oswa li bloke). Anyen pa pèdi: tanpri, fè anplwaye yo konnen.
kiosk-export-heading = Ekspòte repons yo
kiosk-count = { $count ->
    [one] Gen yon repons ki anrejistre sou aparèy sa a.
   *[other] Gen { $count } repons ki anrejistre sou aparèy sa a.
}
kiosk-export = Louvri repons yo
export-csv = Telechaje CSV
export-json = Telechaje JSON
crypto-unavailable = Navigatè sa a pa ka chifre repons yo. Mòd kyòsk la bezwen yon koneksyon ki an sekirite (https).
start-over = Rekòmanse depi nan kòmansman
start-over-confirm = Rekòmanse depi nan kòmansman? Tout repons ki sou aparèy sa a ap efase.
