# Entèfas kreyatè sondaj la, an kreyòl ayisyen.

app-title = coform: kreye sondaj
app-tagline = Kreye sondaj ansanm, nan tout lang.
loading-survey = N ap louvri sondaj la…
ui-language-label = Lang pwogram nan
survey-language-label = Lang pou apèsi a
audience-label = { $variable }
items-heading = Eleman yo
items-count = { $count ->
    [one] Yon eleman
   *[other] { $count } eleman
}
issues-heading = Pwoblèm pou korije
issues-none = Nou pa jwenn okenn pwoblèm.
issues-count = { $errors ->
    [one] Yon erè
   *[other] { $errors } erè
}, { $warnings ->
    [one] yon avètisman
   *[other] { $warnings } avètisman
}
issue-severity-error = Erè
issue-severity-warning = Avètisman
issue-location = nan { $path }
item-required = obligatwa
item-shown-if = parèt sèlman si yon kondisyon vre
open-respondent-view = Louvri sa moun k ap reponn nan wè
load-failed = Nou pa t kapab louvri sondaj la: { $reason }
load-failed-network = Nou pa t kapab telechaje fichye { $url } la. Tcheke adrès la ak koneksyon ou, epi rechaje paj la.

item-type-note = Enfòmasyon (san repons)
item-type-shortText = Tèks kout
item-type-longText = Tèks long
item-type-integer = Nonm antye
item-type-decimal = Nonm desimal
item-type-date = Dat
item-type-singleChoice = Yon sèl chwa
item-type-multipleChoice = Plizyè chwa
item-type-yesNo = Wi / non
item-type-rating = Evalyasyon
item-type-likertGrid = Griy dakò / pa dakò
item-type-ranking = Klasman
item-type-consent = Konsantman
item-type-section = Seksyon

import-error-syntax = Fichye a pa yon fichye JSON ki kòrèk (liy { $line }, kolòn { $column }). Louvri l nan yon editè tèks, korije kote sa a, epi eseye ankò.
import-error-notASurvey = Fichye sa a pa yon sondaj coform. Chwazi yon fichye coform te anrejistre oswa ekspòte.
import-error-unsupportedVersion = Sondaj sa a nan vèsyon fòma { $found }, e vèsyon coform sa a pa ka li l. Mete coform ajou pou louvri l.
import-error-invalid = Sondaj la gen yon pwoblèm nan { $path } (liy { $line }): { $detail }. Korije pati sa a epi eseye ankò.
import-error-tooLarge = Fichye a twò gwo pou louvri ({ $bytes } okte; limit la se { $limit }).
import-error-tooDeep = Fichye a gen twòp nivo youn anndan lòt pou li ka li (plis pase { $limit }, nan liy { $line }, kolòn { $column }).
import-error-overLimit = { $what ->
    [items] Sondaj la gen { $found } eleman (kesyon, nòt, seksyon ak ranje tablo); coform louvri sondaj ki gen jiska { $limit }. Premye eleman ki depase limit la nan { $path }.
    [pages] Sondaj la gen { $found } paj; coform louvri sondaj ki gen jiska { $limit }.
    [sectionDepth] Gen seksyon ki youn anndan lòt sou { $found } nivo (nan { $path }); coform aksepte jiska { $limit }.
    [conditionDepth] Gen yon kondisyon ki gen gwoup youn anndan lòt sou { $found } nivo (nan { $path }); coform aksepte jiska { $limit }.
    [choiceLists] Sondaj la gen { $found } lis chwa; coform aksepte jiska { $limit }.
    [options] Yon lis chwa gen { $found } chwa (nan { $path }); coform aksepte jiska { $limit } nan yon sèl lis.
   *[languages] Sondaj la gen { $found } lang; coform aksepte jiska { $limit }.
}

issue-empty-survey = Sondaj la poko gen okenn kesyon. Ajoute omwen yon eleman.
issue-duplicate-id = Id “{ $id }” la parèt plis pase yon fwa. Bay chak eleman pwòp id pa l.
issue-invalid-id = Id “{ $id }” la pa kapab sèvi kòm non varyab. Kòmanse ak yon lèt, epi sèvi sèlman ak lèt, chif ak _.
issue-unknown-item = Sa a sèvi ak “{ $id }”, men li pa egziste. Chwazi yon eleman ki egziste.
issue-forward-reference = Sa a sèvi ak “{ $id }”, yon kesyon ki vin pita. Sèvi sèlman ak eleman ki vin anvan.
issue-dependency-cycle = Eleman sa yo depann de tèt yo: { $ids }. Retire youn nan referans yo.
issue-operator-mismatch = Ou pa ka sèvi ak konparezon “{ $operator }” la pou yon eleman { $itemType }. Chwazi yon lòt konparezon.
issue-missing-value = Konparezon sa a bezwen yon valè pou konpare avè l.
issue-unexpected-value = Konparezon sa a pa pran okenn valè; retire l.
issue-value-mismatch = Valè a pa mache ak eleman { $itemType } li konpare avè l la. Chwazi youn nan repons li yo.
issue-missing-choice-list = Eleman sa a bay chwa, men li pa gen lis chwa. Chwazi oswa kreye youn.
issue-missing-rows = Griy sa a pa gen okenn fraz. Ajoute omwen yon ranje.
issue-unknown-choice-list = Lis chwa “{ $id }” la pa egziste.
issue-empty-choice-list = Lis chwa “{ $id }” la pa gen okenn opsyon. Ajoute omwen youn.
issue-duplicate-code = Kòd “{ $code }” la parèt de fwa nan menm lis la. Chak opsyon bezwen pwòp kòd pa l.
issue-invalid-code = Kòd “{ $code }” la ka gen sèlman lèt, chif, - ak _.
issue-setting-not-applicable = Reglaj “{ $setting }” la pa fè anyen pou yon eleman { $itemType }. Retire l oswa chanje kalite a.
issue-invalid-language-tag = “{ $tag }” pa yon kòd lang ki kòrèk. Sèvi ak yon kòd BCP-47, tankou ht oswa fr-HT.
issue-duplicate-language = Lang { $tag } la parèt de fwa nan lis la.
issue-unknown-language = Sondaj la sèvi ak lang { $tag }, men lang sa a pa ajoute nan sondaj la.
issue-fallback-cycle = Lang { $tag } la tounen sou tèt li kòm lang ranplasman.
issue-missing-message = Tèks sa a manke nan lang sa a.
issue-fluent-syntax = Tèks sa a gen yon erè sentaks ({ $detail }). Tcheke akolad yo ak varyant yo toupre kote ki make a.
issue-unknown-variable = Tèks sa a sèvi ak ${ $name }, men se pa ni yon varyab sou piblik la ni yon kesyon ki vin anvan.
issue-translation-adds-variable = Tradiksyon sa a sèvi ak ${ $name }, men tèks orijinal la pa sèvi avè l. Retire l, oswa mete l nan tèks orijinal la anvan.
issue-translation-drops-variable = Tradiksyon sa a kite ${ $name } deyò, men tèks orijinal la sèvi avè l. Remete ${ $name } kote li dwe ye nan fraz la.
issue-unsupported-fluent = Tèks sa a sèvi ak yon { $detail }, men tèks sondaj pa ka genyen sa.
issue-invalid-audience = Varyab sou piblik la “{ $id }” bezwen valè, e valè li pran lè pèsonn pa chwazi a dwe youn ladan yo.
issue-invalid-range = Valè minimòm nan pi wo pase valè maksimòm nan. Chanje youn nan de valè yo.
issue-invalid-pattern = Modèl la pa yon ekspresyon regilye ki valab: { $detail }
issue-check-not-applicable = Règ “{ $check }” la pa mache pou yon eleman { $itemType }.
issue-invalid-version = “{ $version }” pa yon nimewo vèsyon tankou 1.2.0.
issue-missing-content-hash = Yon sondaj ki pibliye bezwen yon kòd verifikasyon kontni (hash). Pibliye l ankò nan coform.
issue-content-hash-mismatch = Sondaj la chanje apre yo te pibliye l: kòd verifikasyon kontni an pa menm ankò.
issue-invalid-endpoint = Adrès “{ $endpoint }” pou voye repons yo a pa yon adrès entènèt. Sèvi ak yon adrès ki kòmanse ak https://.
issue-text-too-long = Tèks sa a twò long pou coform (plis pase { $limit } okte). Fè l pi kout, oswa separe l sou plizyè eleman.

editor-toolbar = Modifikasyon
undo = Defèt
redo = Refè
new-survey = Nouvo sondaj
open-survey-file = Louvri yon fichye sondaj
save-survey = Anrejistre kòm fichye
add-item-type = Kalite nouvo eleman an
add-item = Ajoute eleman
add-item-limit = Sondaj sa a deja gen { $limit } eleman, se maksimòm coform aksepte. Efase yon eleman anvan ou ajoute yon lòt.
edit-over-limit = { $what ->
    [items] Chanjman sa a ta bay sondaj la plis pase { $limit } eleman (kesyon, nòt, seksyon ak liy tablo), sa ki pi plis coform pèmèt, kidonk li pa fèt.
    [pages] Chanjman sa a ta bay sondaj la plis pase { $limit } paj, sa ki pi plis coform pèmèt, kidonk li pa fèt.
    [sectionDepth] Chanjman sa a ta mete seksyon youn nan lòt plis pase { $limit } nivo, sa ki pi plis coform pèmèt, kidonk li pa fèt.
    [conditionDepth] Chanjman sa a ta mete gwoup kondisyon youn nan lòt plis pase { $limit } nivo, sa ki pi plis coform pèmèt, kidonk li pa fèt.
    [choiceLists] Chanjman sa a ta bay sondaj la plis pase { $limit } lis chwa, sa ki pi plis coform pèmèt, kidonk li pa fèt.
    [options] Chanjman sa a ta bay yon lis chwa plis pase { $limit } opsyon, sa ki pi plis coform pèmèt, kidonk li pa fèt.
   *[languages] Chanjman sa a ta bay sondaj la plis pase { $limit } lang, sa ki pi plis coform pèmèt, kidonk li pa fèt.
}
edit-over-limit-dismiss = Dakò
editor-heading = Modifye eleman
editor-empty = Chwazi yon eleman nan lis la pou modifye l.
field-id = Id (non varyab)
field-type = Kalite
field-text = Tèks ({ $language })
field-required = Obligatwa
move-up = Monte
move-down = Desann
duplicate-item = Fè yon kopi
delete-item = Efase
file-problem = { $reason } Sondaj ou t ap modifye a pa chanje.
saving = N ap anrejistre…
saved = Tout chanjman yo anrejistre nan navigatè sa a
not-saved = Chanjman yo pa anrejistre nan navigatè sa a
storage-full = Espas pou anrejistre nan navigatè sa a plen, kidonk chanjman ou yo rete sèlman nan onglè sa a. Anrejistre yon kopi kòm fichye kounye a, epi libere kèk espas (pa egzanp, efase ansyen bouyon) epi eseye ankò.
storage-unavailable = Navigatè sa a pa kenbe anyen pou paj sa a (yon fenèt prive, oswa depo a bloke), kidonk chanjman ou yo rete sèlman nan onglè sa a. Anrejistre yon kopi kòm fichye anvan ou fèmen l.
save-copy = Anrejistre yon kopi kòm fichye
save-retry = Eseye anrejistre ankò
tab-also-open = Bouyon sa a louvri tou nan yon lòt onglè. Si yo chanje l la, y ap mande w isit la ki vèsyon pou kenbe.
tab-fork = Kenbe vèsyon onglè sa a kòm yon nouvo bouyon
tab-dismiss = Dakò
tab-changed-elsewhere = Yo chanje bouyon sa a nan yon lòt onglè. Chanjman ki fèt isit la p ap anrejistre jiskaske ou chwazi sa pou fè.
tab-reload = Chaje vèsyon lòt onglè a (chanjman ki fèt isit la ap pèdi)
quarantine-heading = { $count ->
    [one] Nou pa t ka li yon bouyon ki te anrejistre, kidonk nou mete l sou kote.
   *[other] Nou pa t ka li { $count } bouyon ki te anrejistre, kidonk nou mete yo sou kote.
} Lòt bouyon ou yo ouvri nòmalman. Telechaje yon bouyon ki sou kote pou voye l bay yon moun ki ka ede.
quarantine-download = Telechaje
quarantine-discard = Efase
quarantine-discard-confirm = Efase bouyon ki pa ka li a “{ $title }” nèt? Telechaje l anvan si ou ka bezwen l.
drafts-heading = Bouyon nan navigatè sa a ({ $count })
untitled = Sondaj san tit
draft-open = Louvri
draft-delete = Efase
draft-delete-confirm = Efase bouyon “{ $title }” la? Ou p ap ka defèt sa.
preview-heading = Apèsi (jan moun k ap reponn nan wè l)
preview-done = Sondaj la fini. Nan apèsi a, anyen pa anrejistre ni voye.
preview-restart = Rekòmanse apèsi a depi nan kòmansman
field-hint = Tèks èd ({ $language })
field-placeholder = Tèks egzanp nan bwat la ({ $language })
field-unit = Inite ({ $language })
field-choices = Lis chwa
choices-none = (okenn)
field-appearance = Fason pou montre opsyon yo
appearance-radio = Yon lis bouton
appearance-dropdown = Yon meni ki desann
field-scale-min = Pwen ki pi ba sou echèl la
field-scale-max = Pwen ki pi wo sou echèl la
lists-heading = Lis chwa
lists-choose = Lis
lists-new = Nouvo lis
option-code = Kòd
option-label = Etikèt ({ $language })
option-exclusive = Efase lòt repons yo (“okenn nan sa yo”)
option-remove = Retire
option-add = Ajoute opsyon

## Lojik: kondisyon ki baze sou repons anvan yo, li tankou yon fraz.
show-if-heading = Montre kesyon sa a sèlman lè…
show-if-add = Ajoute yon kondisyon pou montre l
show-if-sentence = Parèt sèlman lè { $condition }.
required-if-heading = Fè repons lan obligatwa sèlman lè…
required-if-add = Ajoute yon kondisyon pou repons obligatwa
required-if-sentence = Repons lan obligatwa lè { $condition }.
page-show-if-heading = Montre paj sa a sèlman lè…
page-show-if-add = Ajoute yon kondisyon pou paj sa a
page-show-if-sentence = Paj sa a parèt sèlman lè { $condition }.
condition-no-sources = Poko gen okenn kesyon anvan ki gen yon repons pou konpare. Yon kondisyon ka sèvi sèlman ak kesyon ki poze anvan kesyon sa a.
condition-add = Ajoute yon kondisyon
condition-add-group = Ajoute yon gwoup
condition-remove = Retire
condition-combinator = Konbine
combinator-all = tout sa yo vre
combinator-any = omwen youn nan sa yo vre
combinator-none = okenn nan sa yo pa vre
combinator-not-all = se pa tout sa yo ki vre
condition-not = Pa vre:
condition-item = Kesyon
condition-operator = Konparezon
condition-value = Valè
condition-missing-item = “{ $id }” (se pa yon kesyon ki vin anvan: chwazi yon lòt)
value-yes = Wi
value-no = Non
operator-equals = se
operator-notEquals = se pa
operator-lessThan = pi piti pase
operator-lessOrEqual = pa plis pase
operator-greaterThan = pi gwo pase
operator-greaterOrEqual = omwen
operator-includes = gen ladan
operator-answered = gen repons
operator-notAnswered = pa gen repons
sentence-equals = “{ $item }” se { $value }
sentence-notEquals = “{ $item }” se pa { $value }
sentence-lessThan = “{ $item }” pi piti pase { $value }
sentence-lessOrEqual = “{ $item }” pa plis pase { $value }
sentence-greaterThan = “{ $item }” pi gwo pase { $value }
sentence-greaterOrEqual = “{ $item }” omwen { $value }
sentence-includes = “{ $item }” gen ladan { $value }
sentence-answered = “{ $item }” gen repons
sentence-notAnswered = “{ $item }” pa gen repons
condition-and = { $left } epi { $right }
condition-or = { $left } oswa { $right }
condition-nested = ({ $inner })
condition-negated = se pa vre ke { $inner }

## Règ pou tcheke repons yo.
rules-heading = Règ pou tcheke repons yo
rules-none-apply = Kalite kesyon sa a pa gen règ pou tcheke repons.
add-rule-range = Ajoute yon limit valè
add-rule-length = Ajoute yon limit longè
add-rule-pattern = Ajoute yon modèl
add-rule-answerCount = Ajoute yon limit sou kantite repons yo chwazi
rule-kind-range = Limit valè
rule-kind-length = Longè
rule-kind-pattern = Modèl
rule-kind-answerCount = Kantite repons
rule-range-min = Pi piti valè ki pèmèt
rule-range-max = Pi gwo valè ki pèmèt
rule-length-min = Pi piti kantite karaktè
rule-length-max = Pi gwo kantite karaktè
rule-answerCount-min = Pi piti kantite repons
rule-answerCount-max = Pi gwo kantite repons
rule-pattern = Modèl (ekspresyon regilye)
rule-not-a-number = “{ $value }” pa yon nonm. Tape chif, tankou 18 oswa 2.5, oswa kite l vid pou pa gen limit.
rule-message = Mesaj lè repons lan pa respekte règ la ({ $language })
remove-rule = Retire règ la

## Ranje griy Likert, mo sou echèl evalyasyon, deplase, mete repons nan tèks.
grid-rows-heading = Ranje (fraz yo evalye sou menm echèl la)
grid-row-id = Id ranje a (non varyab)
grid-row-text = Fraz ({ $language })
add-grid-row = Ajoute ranje
remove-grid-row = Retire ranje
field-scale-min-label = Mo pou pwen ki pi ba a ({ $language })
field-scale-max-label = Mo pou pwen ki pi wo a ({ $language })
move-to = Deplase l nan
move-to-choose = Chwazi yon paj oswa yon seksyon…
destination-page = Paj { $number } ({ $id })
destination-section = Seksyon { $id }
pipe-answer-text = Mete repons yon kesyon anvan nan tèks la
pipe-answer-hint = Mete repons yon kesyon anvan nan tèks èd la
pipe-answer-choose = Chwazi yon kesyon…
new-from-sample = Nouvo sondaj apati yon egzanp
new-from-sample-choose = Chwazi yon egzanp…
sample-community-health = Bezwen sante kominote a
sample-clinic-experience = Eksperyans vizit nan klinik
sample-child-immunization = Vaksinasyon timoun
sample-minimal = Sondaj ki pi piti ki posib

## Paj yo.
pages-heading = Paj yo
page-choose = Paj w ap modifye a
page-new-items-hint = Nouvo eleman yo ajoute nan fen paj sa a, sof si ou chwazi yon eleman (lè sa a, yo ale anndan l si se yon seksyon).
add-page = Ajoute yon paj apre paj sa a
page-up = Mete paj la pi devan
page-down = Mete paj la pi dèyè
delete-page = Efase paj la ak eleman li yo
page-id = Id paj la
page-id-taken = Gen yon lòt paj ki deja gen id “{ $id }”. Chwazi yon lòt.
page-title = Tit paj la ({ $language })

## Detay sondaj la menm.
survey-heading = Sondaj
survey-title = Tit ({ $language })
survey-description = Deskripsyon ki parèt anvan premye paj la ({ $language })
survey-id = Id sondaj la (li rete menm nan tout vèsyon yo)
survey-version = Vèsyon
list-id = Id lis la (eleman yo sèvi ak id sa a pou jwenn lis la)
list-id-taken = Gen yon lòt lis ki deja gen id “{ $id }”. Chwazi yon lòt.

## Lang, tradiksyon ak piblikasyon

cancel = Anile
role-label = Mwen patisipe kòm
role-staff = Anplwaye
role-patient-advisor = Pasyan konseye
role-translator = Tradiktè
modes-label = Sou kisa w ap travay
mode-build = Kreye
mode-translate = Tradui epi pibliye
completeness-label = Kote tradiksyon an rive nan chak lang
completeness-summary = { $approved } sou { $total } apwouve · { $translated } tradui · { $stale } pa ajou · { $review } pou revize
languages-heading = Lang yo
language-source = Lang orijinal
language-direction = Direksyon ekriti a
direction-ltr = Soti agoch rive adwat
direction-rtl = Soti adwat rive agoch
language-fallback = Si yon tèks manke, sèvi ak (kòd lang, youn apre lòt)
language-bad-fallback = “{ $tag }” pa youn nan lòt lang sondaj sa a. Sèvi ak kòd ki nan lis anwo a, separe yo ak vigil.
language-make-source = Fè l lang orijinal la
language-remove = Retire lang
language-remove-question = Retire { $name } ak tout tèks ki ekri nan lang sa a? Ou ka defèt sa.
language-remove-yes = Retire { $name }
language-add-label = Ajoute yon lang (kòd tankou es-PR, so, zh-Hant)
language-add-help = Sèvi ak yon kòd lang BCP-47. Non lang lan ap parèt anba a pandan w ap tape.
language-add-preview = { $name } ({ $tag })
language-add = Ajoute lang
language-invalid-tag = Sa a pa yon kòd lang. Eseye yon kòd tankou “so” (somali) oswa “es-MX” (panyòl, Meksik).
language-already-offered = Sondaj la gen lang sa a deja.
translate-heading = Tradiksyon
translate-no-languages = Sondaj sa a gen sèlman lang orijinal li. Ajoute yon lang pou kòmanse tradui.
translate-language = Tradui nan
translate-filter = Montre
translate-place = Ki kote
filter-all = Tout tèks yo
filter-missing = Poko tradui
filter-stale = Tèks orijinal la chanje apre tradiksyon an
filter-needs-review = Bezwen revize
filter-not-approved = Poko apwouve
filter-everywhere = Tout sondaj la
translate-count = { $count ->
    [one] Yon tèks parèt
   *[other] { $count } tèks parèt
}
translate-show-more = Montre { $count } lòt ankò
translate-field-text = kesyon
translate-field-hint = tèks èd
translate-field-placeholder = tèks egzanp
translate-field-unit = inite
translate-field-min-label = pwen ki pi ba
translate-field-max-label = pwen ki pi wo
translate-field-row = fraz nan griy la
translate-field-rule = mesaj pou règ la
translate-field-content-note = nòt anvan kesyon an
translate-field-why-we-ask = poukisa nou mande sa
translate-field-option = opsyon
translate-field-page-title = tit paj la
translate-field-survey-title = tit sondaj la
translate-field-survey-description = deskripsyon sondaj la
translate-field-audience-question = kesyon sou piblik la
translate-field-audience-value = chwa pou piblik la
translation-target-label = Tradiksyon ({ $language })
translation-raw = Kòd Fluent la
translation-approve = Apwouve
translation-mark-review = Bezwen revize
translation-syntax-error = Tèks sa a gen yon erè Fluent nan liy { $line }, kolòn { $column }. Tcheke akolad yo ak liy varyant yo.
translation-unsupported = Tèks sa a gen Fluent sondaj yo pa aksepte (liy { $line }, kolòn { $column }). Sèvi sèlman ak varyab ak varyant.
add-plural-variants = Chanje fraz la selon kantite { $variable }
add-audience-variants = Chanje fraz la selon { $variable }
variant-label = Lè { $variable } se { $key }
variant-default = pou tout lòt ka yo
plural-zero = zewo
plural-one = youn
plural-two = de
plural-few = kèk
plural-many = anpil
plural-other = nenpòt lòt kantite
status-missing = Poko tradui
status-draft = Bouyon
status-needs-review = Bezwen revize
status-approved = Apwouve
status-stale = Tèks orijinal la chanje apre tradiksyon an
changed-by = dènye moun ki chanje l: { $role }
ftl-export = Telechaje pou tradiktè yo (.ftl)
ftl-import = Voye yon fichye .ftl ki tradui
ftl-export-all = Telechaje tout lang yo (.zip)
ftl-import-all = Voye lang ki tradui yo (.zip)
ftl-imported = { $count ->
    [0] Okenn tèks pa chanje.
    [one] Yon tèks chanje. Li make pou yo revize l.
   *[other] { $count } tèks chanje. Yo make pou yo revize yo.
}
ftl-unknown-id = “{ $id }” nan liy { $line } pa youn nan tèks sondaj sa a; nou pa pran l.
ftl-unknown-id-in-file = Nan { $file }, “{ $id }” nan liy { $line } pa youn nan tèks sondaj sa a; nou pa pran l.
ftl-error-syntax = Fichye a gen yon erè Fluent nan liy { $line }, kolòn { $column }. Anyen pa chanje. Korije liy sa a, epi voye fichye a ankò.
ftl-error-wrong-language = Fichye sa a se pou { $found }, pa pou { $expected }. Anyen pa chanje. Chwazi { $found } anwo a, oswa voye bon fichye a.
ftl-error-unknown-language = { $language } pa youn nan lang tradiksyon sondaj sa a. Anyen pa chanje.
ftl-error-not-text = Fichye a pa yon fichye tèks. Anyen pa chanje.
ftl-error-too-large = Fichye a twò gwo pou l ta yon tradiksyon sondaj sa a. Anyen pa chanje.
ftl-error-not-archive = Fichye a pa yon fichye .zip. Anyen pa chanje.
ftl-error-in-file = Nan { $file }: { $reason }
publish-heading = Pibliye
publish-gate = Anvan ou pibliye, tout tèks yo dwe apwouve nan:
publish-ready = Li pare pou pibliye.
publish-blocked = { $count ->
    [one] Gen yon bagay ki anpeche ou pibliye:
   *[other] Gen { $count } bagay ki anpeche ou pibliye:
}
publish-blocked-problems = { $count ->
    [one] Sondaj la gen yon pwoblèm pou korije (gade “Pwoblèm pou korije”).
   *[other] Sondaj la gen { $count } pwoblèm pou korije (gade “Pwoblèm pou korije”).
}
publish-blocked-language = { $language } obligatwa, men li pa youn nan lang sondaj sa a.
publish-blocked-string = { $language }: “{ $id }” ({ $status }).
publish = Pibliye vèsyon sa a
publish-done = Vèsyon { $version } pibliye. Fichye li a telechaje. Ou pa ka chanje vèsyon sa a ankò; pou fè chanjman, kòmanse yon nouvo bouyon.

## Travay ansanm: moun, kòmantè ak sijesyon, wonn revizyon, langaj senp, kesyon
## delika, siyati, vèsyon.

person-name-label = Non ou
mode-review = Revize
item-open-threads = { $count ->
    [one] Yon kòmantè ki poko regle
   *[other] { $count } kòmantè ki poko regle
}
review-heading = Kòmantè ak sijesyon
review-language = Lang w ap revize a
review-choose-item = Chwazi yon kesyon nan lis la pou fè kòmantè sou li. Tit ak deskripsyon sondaj la anba a.
review-stamp = { $name } ({ $role }), { $date }
review-suggested-wording = Tèks yo pwopoze a
review-current-text = Tèks la kounye a
review-conflict = Tèks la chanje apre yo te fè sijesyon sa a, kidonk nou pa ka mete l jan li ye a. Konpare l ak tèks la kounye a epi reponn, oswa regle l.
review-reply-label = Repons
review-reply = Voye repons lan
review-accept = Aksepte sijesyon an
review-reject-reason = Poukisa ou refize l
review-reject = Refize
review-resolve = Regle
review-comment-label = Kòmantè
review-add-comment = Ajoute kòmantè
review-start-suggestion = Pwopoze yon lòt tèks
review-wording-label = Tèks ou pwopoze a
review-add-suggestion = Voye sijesyon an
review-cancel = Anile
outcome-accepted = { $by } aksepte l
outcome-rejected = { $by } refize l:
outcome-resolved = { $by } regle l
review-error-conflict = Tèks la chanje apre yo te fè sijesyon sa a; nou pa t mete l.
review-error-closed = Diskisyon sa a deja fèmen.
review-error-reason = Ekri poukisa ou refize sijesyon an, pou moun ki te fè l la konprann.
review-error-sign-off-role = Se sèlman anplwaye ak pasyan konseye ki ka siyen yon lang. Si se ou, chanje “Mwen patisipe kòm”.
review-error-string-gone = Tèks diskisyon sa a t ap pale de li a pa nan sondaj la ankò.
review-error-other-survey = Revizyon sa a se pou sondaj “{ $found }”, pa pou “{ $expected }”. Nou pa pran anyen.
review-error-no-survey = Sa a se yon fichye revizyon, se pa yon pake revizyon. Louvri l nan “Revize”, ak bouton “Louvri fichye revizyon yo”.
review-error-broken = Fichye a gate nan liy { $line }, kolòn { $column } { $path }. Anyen pa chanje; mande yon lòt kopi fichye a.
review-error-not-review = Fichye sa a pa yon fichye revizyon coform.
review-error-version = Se yon coform ki pi nouvo ki fè fichye revizyon sa a (fòma { $found }). Mete coform ajou pou louvri l.
review-error-other = Nou pa t kapab fè aksyon sa a nan revizyon an.
review-file-problem = { $file }: { $reason }
review-imported = { $files ->
    [one] Nou li yon fichye revizyon
   *[other] Nou li { $files } fichye revizyon
}: { $threads } nouvo diskisyon, { $replies } repons, { $outcomes } desizyon, { $signoffs } siyati. { $conflicts ->
    [0] Tout sijesyon yo mache ak tèks la kounye a.
    [one] Yo te fè yon sijesyon sou yon tèks ki chanje depi lè sa a: li make.
   *[other] Yo te fè { $conflicts } sijesyon sou tèks ki chanje depi lè sa a: yo make.
}
round-heading = Wonn revizyon
round-staff-help = Voye pake revizyon an bay pasyan konseye yo. Yo louvri l nan coform, yo fè kòmantè ak sijesyon, epi yo voye yon fichye revizyon tounen ba ou. Louvri tout fichye revizyon ou resevwa yo; menm fichye a de fwa pa ajoute anyen.
round-export-package = Telechaje pake revizyon an
round-import-reviews = Louvri fichye revizyon yo
round-reviewer-help = W ap revize yon kopi. Kòmantè ak sijesyon ou yo pa chanje sondaj la: telechaje fichye revizyon ou a epi voye l bay anplwaye ki okipe sondaj la.
round-export-review = Telechaje fichye revizyon mwen an
sign-off-heading = Siyati
sign-off-help = Yon pasyan konseye oswa yon anplwaye siyen yon lang lè tout mo yo byen ekri. Si yon moun chanje yon tèks nan lang sa a apre sa, siyati a efase.
sign-off-none = Poko siyen
sign-off-valid = { $by } siyen l
sign-off-cleared = { $by } te siyen l, men li chanje apre: siyen l ankò
sign-off = Siyen
hint-reading-grade = Nivo lekti: apeprè { $grade } ane lekòl
hint-grade-above = Nivo lekti a ({ $grade }) pi wo pase { $limit }, nivo nou vize a. Mo ak fraz ki pi kout ap ede.
hint-long-sentence = Fraz sa a gen { $words } mo (plis pase { $limit }): eseye koupe l an de.
hint-long-word = Mo long: “{ $word }”. Èske gen yon mo pi kout moun sèvi chak jou?
hint-double-barrelled = Kesyon sa a ka mande de bagay an menm tan (“{ $word }”). Panse fè de kesyon.
sensitive-heading = Kesyon delika
sensitive-mark = Kesyon sa a delika
field-content-note = Nòt anvan kesyon an ({ $language })
field-why-we-ask = Poukisa nou mande sa ({ $language })
sensitive-way-out = Fason pou pase kesyon an
sensitive-way-out-skip = Moun nan ka sote l
sensitive-way-out-prefer-not = Gen chwa “Mwen pito pa reponn”
sensitive-checklist = Lis pou tcheke yon kesyon delika
sensitive-has-why-we-ask = Li di poukisa nou mande sa
sensitive-has-content-note = Li gen yon nòt anvan kesyon an
sensitive-missing-why-we-ask = Manke: poukisa nou mande sa
sensitive-missing-content-note = Manke: yon nòt anvan kesyon an
publish-gate-language = Lang
publish-gate-approved = Tout apwouve
publish-gate-signed = Siyen
publish-gate-approved-for = { $language }: tout tèks yo apwouve
publish-gate-signed-for = { $language }: siyen
publish-blocked-sign-off = Fòk yon moun siyen { $language } (ankò) anvan ou pibliye.
publish-bump = Kalite chanjman
bump-patch = Koreksyon: moun k ap reponn yo pa wè okenn chanjman
bump-minor = Ti chanjman: mo, eleman oswa lojik
bump-major = Gwo chanjman: yo retire eleman oswa kòd repons
publish-proposed = Vèsyon nou pwopoze: { $version } ({ $kind })
publish-version = Vèsyon
publish-note = Sa ki chanje (lis chanjman)
publish-not-a-version = “{ $version }” pa yon nimewo vèsyon tankou 1.2.0.
publish-not-after = Vèsyon { $version } dwe vin apre { $last }, dènye vèsyon ki te pibliye a.
publish-new-draft = Kòmanse yon nouvo bouyon
published-read-only = Vèsyon { $version } pibliye: ou ka li l, men ou pa ka chanje l.
versions-heading = Vèsyon yo
versions-none = Poko gen okenn vèsyon ki pibliye.
versions-current = Bouyon an kounye a
versions-from = Konpare
versions-to = ak
versions-compare = Konpare vèsyon yo
versions-not-here = Vèsyon { $version } pa sou aparèy sa a. Louvri fichye ki te pibliye a pou konpare avè l.
versions-no-change = Pa gen diferans.
versions-added = Eleman ki ajoute
versions-removed = Eleman ki retire
versions-moved = Eleman ki deplase
versions-retyped = Eleman ki chanje kalite
versions-logic = Lojik la chanje
versions-codes-added = Kòd repons ki ajoute
versions-codes-removed = Kòd repons ki retire
versions-languages = Lang ki ajoute oswa retire
versions-texts = Tèks ki chanje

## Lòt platfòm: ekspòte sondaj pou lòt platfòm, louvri sondaj ki soti nan yo

export-open = Ekspòte…
export-heading = Ekspòte pou yon lòt platfòm
export-format = Fòma
export-format-json = Sondaj coform (JSON)
export-format-fhir = Kesyonè FHIR R4 (JSON)
export-format-xlsform = XLSForm pou ODK ak KoboToolbox (.xlsx)
export-format-redcap = Diksyonè done REDCap (CSV)
export-format-surveyjs = Fòmilè SurveyJS (JSON)
export-losses-heading = Sa fòma sa a pa ka pote
export-losses-intro = Fichye a p ap gen bagay ki anba yo. Anvan ou sèvi avè l, tcheke si sondaj la toujou mache san yo.
export-no-loss = Anyen pa pèdi: fòma sa a pote tout sondaj la.
export-download = Telechaje
export-preparing = N ap prepare ekspòtasyon an…
converter-failed = Nou pa t kapab chaje konvètisè a ({ $detail }). Verifye koneksyon ou epi eseye ankò; sondaj ou a pa chanje.
export-close = Fèmen
import-report-heading = Sa nou li nan { $format }
import-no-notice = Nou konprann tout sa ki nan fichye a.
import-notices-intro = Nou pa pran kèk pati nan fichye a, oswa nou chanje yo. Tcheke kote sa yo nan sondaj la:
import-report-close = Fèmen
loss-variants = Fraz ki chanje selon yon kantite oswa selon moun k ap reponn nan ap kenbe sèlman fòm abityèl yo ({ $language }).
loss-piping = Repons ki mete nan tèks sa a ap parèt kòm non kesyon yo ({ $language }).
loss-audience = Kesyon sou ki moun k ap reponn nan pa ladan; fraz yo sèvi ak fòm abityèl yo.
loss-review = Kòmantè, tèks yo pwopoze ak siyati yo pa ladan.
loss-changelog = Lis vèsyon ki pibliye yo pa ladan.
loss-translation-states = Fichye a pa di si chak tradiksyon se yon bouyon, si li bezwen revize oswa si li apwouve.
loss-fallback = Lòd lang pou sèvi lè yon tèks manke a pa ladan.
loss-language = Tèks an { $language } pa ladan.
loss-text = Tèks sa a pa ladan (pati { $field }).
loss-item-type = Kalite kesyon sa a ekri kòm { $writtenAs } (li te { $itemType }).
loss-condition = Kondisyon sa a pa ladan, kidonk kesyon an ap toujou parèt, oswa li p ap janm obligatwa.
loss-condition-as-expression = Kondisyon sa a ekri kòm yon ekspresyon se sèlman kèk pwogram ki swiv li.
loss-validation = Règ pou tcheke repons sa a pa ladan ({ $check }).
loss-validation-message = Mesaj ki parèt lè yon repons pa respekte yon règ pa ladan.
loss-sensitive = Swen espesyal pou kesyon delika sa a (nòt anvan kesyon an, poukisa nou mande sa, fason pou pase kesyon an) pa ladan.
loss-exclusive = “Okenn nan sa yo” pa efase lòt opsyon yo.
loss-appearance = Fichye a pa di si opsyon yo parèt kòm bouton oswa kòm yon meni ki desann.
loss-codes = Kòd estanda yo (tankou LOINC) pa ladan.
loss-scores = Pwen opsyon yo pa ladan.
loss-pages = Separasyon paj yo pa ladan: tout kesyon yo vin youn dèyè lòt.
loss-setting = Reglaj sa a pa ladan ({ $setting }).
loss-id = Non oswa kòd sa a pa pèmèt la, kidonk li ekri kòm { $writtenAs }.
loss-source-language = Fichye a pa di nan ki lang tèks li ye ({ $language }); lè w louvri l ankò, l ap li l kòm angle.
notice-ignored = Nou pa pran l: coform pa li { $name }.
notice-item-type = Nou li yon kesyon { $found } kòm { $readAs }.
notice-skipped = Nou pa pran yon kesyon { $found }: coform pa gen kalite kesyon sa a.
notice-expression = Nou pa t kapab li règ sa a, kidonk nou pa pran l: { $expression }
notice-renamed = Nou chanje non { $from } an { $to }, yon non coform ka sèvi avè l.
notice-language = Nou li lang { $found } kòm { $tag }.
interop-error-unrecognised = Fichye sa a pa yon sondaj coform ka li. Chwazi yon fichye coform, yon kesyonè FHIR, yon XLSForm (.xlsx), yon diksyonè done REDCap oswa yon fichye SurveyJS.
interop-error-too-large = Fichye a twò gwo pou louvri ({ $bytes } okte; limit la se { $limit }).
interop-error-syntax = Fichye a gate nan { $location }: { $detail }. Louvri l nan pwogram ki te fè l la, korije kote sa a, epi eseye ankò.
interop-error-invalid = Fichye a gen yon pwoblèm nan { $location }: { $detail }. Korije l epi eseye ankò.
