# La interfaz del editor, en español.

app-title = Editor de coform
app-tagline = Diseñen encuestas juntos, en todos los idiomas.
loading-survey = Abriendo la encuesta…
ui-language-label = Idioma de la interfaz
survey-language-label = Idioma de la vista previa
audience-label = { $variable }
items-heading = Preguntas
items-count = { $count ->
    [one] Una pregunta
   *[other] { $count } preguntas
}
issues-heading = Problemas por resolver
issues-none = No se encontraron problemas.
issues-count = { $errors ->
    [one] Un error
   *[other] { $errors } errores
}, { $warnings ->
    [one] un aviso
   *[other] { $warnings } avisos
}
issue-severity-error = Error
issue-severity-warning = Aviso
issue-location = en { $path }
item-required = obligatoria
item-shown-if = se muestra solo bajo una condición
open-respondent-view = Abrir la vista de quien responde
load-failed = No se pudo abrir la encuesta: { $reason }
load-failed-network = No se pudo descargar el archivo { $url }. Revise la dirección y su conexión, y vuelva a cargar la página.

item-type-note = Nota
item-type-shortText = Texto corto
item-type-longText = Texto largo
item-type-integer = Número entero
item-type-decimal = Número decimal
item-type-date = Fecha
item-type-singleChoice = Opción única
item-type-multipleChoice = Opción múltiple
item-type-yesNo = Sí / no
item-type-rating = Calificación
item-type-likertGrid = Tabla de acuerdo
item-type-ranking = Orden de preferencia
item-type-consent = Consentimiento
item-type-section = Sección

import-error-syntax = El archivo no es JSON válido (línea { $line }, columna { $column }). Ábralo en un editor de texto, corrija ese punto e inténtelo de nuevo.
import-error-notASurvey = Este archivo no es una encuesta de coform. Elija un archivo guardado o exportado por coform.
import-error-unsupportedVersion = Esta encuesta usa la versión de formato { $found }, que esta versión de coform no puede leer. Actualice coform para abrirla.
import-error-invalid = La encuesta tiene un problema en { $path } (línea { $line }): { $detail }. Corrija ese campo e inténtelo de nuevo.
import-error-tooLarge = El archivo es demasiado grande para abrirlo ({ $bytes } bytes; el límite es { $limit }).
import-error-tooDeep = El archivo tiene demasiados niveles anidados para leerlo (más de { $limit }, en la línea { $line }, columna { $column }).
import-error-overLimit = { $what ->
    [items] La encuesta tiene { $found } elementos (preguntas, notas, secciones y filas de cuadrícula); coform abre encuestas de hasta { $limit }. El primero que pasa del límite está en { $path }.
    [pages] La encuesta tiene { $found } páginas; coform abre encuestas de hasta { $limit }.
    [sectionDepth] Hay secciones anidadas en { $found } niveles (en { $path }); coform permite hasta { $limit }.
    [conditionDepth] Una condición tiene grupos anidados en { $found } niveles (en { $path }); coform permite hasta { $limit }.
    [choiceLists] La encuesta tiene { $found } listas de opciones; coform permite hasta { $limit }.
    [options] Una lista de opciones tiene { $found } opciones (en { $path }); coform permite hasta { $limit } en una lista.
   *[languages] La encuesta tiene { $found } idiomas; coform permite hasta { $limit }.
}

issue-empty-survey = La encuesta todavía no tiene preguntas. Agregue al menos una.
issue-duplicate-id = El identificador «{ $id }» se usa más de una vez. Dé a cada pregunta su propio identificador.
issue-invalid-id = El identificador «{ $id }» no es un nombre de variable válido. Empiece con una letra y use solo letras, dígitos y _.
issue-unknown-item = Esto se refiere a «{ $id }», que no existe. Elija una pregunta existente.
issue-forward-reference = Esto se refiere a «{ $id }», que se pregunta después. Refiérase solo a preguntas anteriores.
issue-dependency-cycle = Estas preguntas dependen de sí mismas: { $ids }. Quite una de las referencias.
issue-operator-mismatch = La comparación «{ $operator }» no se puede usar con una pregunta de tipo { $itemType }. Elija otra comparación.
issue-missing-value = Esta comparación necesita un valor con el cual comparar.
issue-unexpected-value = Esta comparación no lleva valor; quítelo.
issue-value-mismatch = El valor no corresponde a la pregunta de tipo { $itemType } con la que se compara. Elija una de sus respuestas.
issue-missing-choice-list = Esta pregunta ofrece opciones pero no tiene lista de opciones. Elija o cree una.
issue-missing-rows = Esta tabla no tiene enunciados. Agregue al menos una fila.
issue-unknown-choice-list = La lista de opciones «{ $id }» no existe.
issue-empty-choice-list = La lista de opciones «{ $id }» no tiene opciones. Agregue al menos una.
issue-duplicate-code = El código «{ $code }» se usa dos veces en una lista. Cada opción necesita su propio código.
issue-invalid-code = El código «{ $code }» solo puede usar letras, dígitos, - y _.
issue-setting-not-applicable = El ajuste «{ $setting }» no tiene efecto en una pregunta de tipo { $itemType }. Quítelo o cambie el tipo.
issue-invalid-language-tag = «{ $tag }» no es una etiqueta de idioma válida. Use una etiqueta BCP-47 como es o es-PR.
issue-duplicate-language = El idioma { $tag } aparece dos veces.
issue-unknown-language = Se usa el idioma { $tag }, pero no se ha agregado a la encuesta.
issue-fallback-cycle = El idioma { $tag } recurre a sí mismo como alternativa.
issue-missing-message = Falta este texto en este idioma.
issue-fluent-syntax = Este texto tiene un error de sintaxis ({ $detail }). Revise las llaves y variantes cerca del punto marcado.
issue-unknown-variable = Este texto usa ${ $name }, que no es una variable de público ni una pregunta anterior.
issue-translation-adds-variable = Esta traducción usa ${ $name }, que el texto original no usa. Quítelo o agréguelo primero al texto original.
issue-translation-drops-variable = A esta traducción le falta ${ $name }, que el texto original sí usa. Vuelva a ponerlo en el lugar que le corresponde en la frase.
issue-unsupported-fluent = Este texto usa { $detail }, que los textos de encuesta no permiten.
issue-invalid-audience = La variable de público «{ $id }» necesita valores, y su valor predeterminado debe ser uno de ellos.
issue-invalid-range = El valor mínimo es mayor que el máximo.
issue-invalid-pattern = El patrón no es una expresión regular válida: { $detail }
issue-check-not-applicable = La comprobación «{ $check }» no se aplica a una pregunta de tipo { $itemType }.
issue-invalid-version = «{ $version }» no es un número de versión como 1.2.0.
issue-missing-content-hash = Una encuesta publicada necesita un hash de contenido. Vuelva a publicarla desde coform.
issue-content-hash-mismatch = La encuesta cambió después de publicarse: su hash de contenido no coincide.
issue-invalid-endpoint = La dirección de envío «{ $endpoint }» no es una dirección web. Use una que empiece con https://.
issue-text-too-long = Este texto es demasiado largo para coform (más de { $limit } bytes). Acórtelo o repártalo en varias preguntas.

editor-toolbar = Edición
undo = Deshacer
redo = Rehacer
new-survey = Nueva encuesta
open-survey-file = Abrir un archivo de encuesta
save-survey = Guardar como archivo
add-item-type = Tipo de pregunta nueva
add-item = Agregar pregunta
add-item-limit = Esta encuesta ya tiene { $limit } elementos, el máximo que permite coform. Elimine uno antes de agregar otro.
edit-over-limit = { $what ->
    [items] Ese cambio daría a la encuesta más de { $limit } elementos (preguntas, notas, secciones y filas de cuadrícula), el máximo que coform permite, así que no se hizo.
    [pages] Ese cambio daría a la encuesta más de { $limit } páginas, el máximo que coform permite, así que no se hizo.
    [sectionDepth] Ese cambio anidaría secciones a más de { $limit } niveles, el máximo que coform permite, así que no se hizo.
    [conditionDepth] Ese cambio anidaría grupos de condiciones a más de { $limit } niveles, el máximo que coform permite, así que no se hizo.
    [choiceLists] Ese cambio daría a la encuesta más de { $limit } listas de opciones, el máximo que coform permite, así que no se hizo.
    [options] Ese cambio daría a una lista más de { $limit } opciones, el máximo que coform permite, así que no se hizo.
   *[languages] Ese cambio daría a la encuesta más de { $limit } idiomas, el máximo que coform permite, así que no se hizo.
}
edit-over-limit-dismiss = Entendido
editor-heading = Editar pregunta
editor-empty = Elija una pregunta de la lista para editarla.
field-id = Identificador (nombre de variable)
field-type = Tipo
field-text = Texto ({ $language })
field-required = Obligatoria
move-up = Subir
move-down = Bajar
duplicate-item = Duplicar
delete-item = Eliminar
file-problem = { $reason } La encuesta que estaba editando no cambió.
saving = Guardando…
saved = Todos los cambios guardados en este navegador
not-saved = Los cambios no se guardan en este navegador
storage-full = El almacenamiento de este navegador está lleno, así que sus cambios solo se conservan en esta pestaña. Guarde ahora una copia como archivo; luego libere espacio (por ejemplo, borre borradores antiguos) e inténtelo de nuevo.
storage-unavailable = Este navegador no guarda nada de esta página (una ventana privada, o el almacenamiento está bloqueado), así que sus cambios solo se conservan en esta pestaña. Guarde una copia como archivo antes de cerrarla.
save-copy = Guardar una copia como archivo
save-retry = Intentar guardar de nuevo
tab-also-open = Este borrador también está abierto en otra pestaña. Si se cambia allí, aquí se le preguntará qué versión conservar.
tab-fork = Conservar la versión de esta pestaña como un borrador nuevo
tab-dismiss = Entendido
tab-changed-elsewhere = Este borrador se cambió en otra pestaña. Los cambios hechos aquí no se guardan hasta que elija qué hacer.
tab-reload = Cargar la versión de la otra pestaña (se pierden los cambios hechos aquí)
quarantine-heading = { $count ->
    [one] Un borrador guardado no se pudo leer y se apartó.
   *[other] { $count } borradores guardados no se pudieron leer y se apartaron.
} Sus demás borradores se abren como siempre. Descargue un borrador apartado para enviarlo a alguien que pueda ayudar.
quarantine-download = Descargar
quarantine-discard = Borrar
quarantine-discard-confirm = ¿Borrar para siempre el borrador ilegible «{ $title }»? Descárguelo antes si puede necesitarlo.
drafts-heading = Borradores en este navegador ({ $count })
untitled = Encuesta sin título
draft-open = Abrir
draft-delete = Eliminar
draft-delete-confirm = ¿Eliminar el borrador «{ $title }»? No se puede deshacer.
preview-heading = Vista previa (como la ve quien responde)
preview-done = Fin de la encuesta. En la vista previa no se guarda ni se envía nada.
preview-restart = Ver de nuevo desde el principio
field-hint = Texto de ayuda ({ $language })
field-placeholder = Texto de ejemplo ({ $language })
field-unit = Unidad ({ $language })
field-choices = Lista de opciones
choices-none = (ninguna)
field-appearance = Mostrar las opciones como
appearance-radio = Una lista de botones
appearance-dropdown = Un menú desplegable
field-scale-min = Punto más bajo de la escala
field-scale-max = Punto más alto de la escala
lists-heading = Listas de opciones
lists-choose = Lista
lists-new = Lista nueva
option-code = Código
option-label = Etiqueta ({ $language })
option-exclusive = Borra las otras respuestas («ninguna de estas»)
option-remove = Quitar
option-add = Agregar opción

## Lógica: condiciones hechas con respuestas anteriores, leídas como una frase.
show-if-heading = Mostrar esta pregunta solo cuando…
show-if-add = Añadir una condición para mostrarla
show-if-sentence = Se muestra solo cuando { $condition }.
required-if-heading = Exigir respuesta solo cuando…
required-if-add = Añadir una condición para exigir respuesta
required-if-sentence = La respuesta es obligatoria cuando { $condition }.
page-show-if-heading = Mostrar esta página solo cuando…
page-show-if-add = Añadir una condición para esta página
page-show-if-sentence = Esta página se muestra solo cuando { $condition }.
condition-no-sources = Todavía no hay una pregunta anterior con respuesta que comparar. Las condiciones solo pueden usar preguntas hechas antes que esta.
condition-add = Añadir una condición
condition-add-group = Añadir un grupo
condition-remove = Quitar
condition-combinator = Combinar
combinator-all = todas son ciertas
combinator-any = alguna es cierta
combinator-none = ninguna es cierta
combinator-not-all = no todas son ciertas
condition-not = No es cierto:
condition-item = Pregunta
condition-operator = Comparación
condition-value = Valor
condition-missing-item = «{ $id }» (no es una pregunta anterior: elija otra)
value-yes = Sí
value-no = No
operator-equals = es
operator-notEquals = no es
operator-lessThan = es menor que
operator-lessOrEqual = es como máximo
operator-greaterThan = es mayor que
operator-greaterOrEqual = es como mínimo
operator-includes = incluye
operator-answered = tiene respuesta
operator-notAnswered = no tiene respuesta
sentence-equals = «{ $item }» es { $value }
sentence-notEquals = «{ $item }» no es { $value }
sentence-lessThan = «{ $item }» es menor que { $value }
sentence-lessOrEqual = «{ $item }» es como máximo { $value }
sentence-greaterThan = «{ $item }» es mayor que { $value }
sentence-greaterOrEqual = «{ $item }» es como mínimo { $value }
sentence-includes = «{ $item }» incluye { $value }
sentence-answered = «{ $item }» tiene respuesta
sentence-notAnswered = «{ $item }» no tiene respuesta
condition-and = { $left } y { $right }
condition-or = { $left } o { $right }
condition-nested = ({ $inner })
condition-negated = no se cumple que { $inner }

## Reglas de validación.
rules-heading = Reglas de validación
rules-none-apply = Este tipo de pregunta no tiene reglas de validación.
add-rule-range = Añadir un rango
add-rule-length = Añadir un límite de longitud
add-rule-pattern = Añadir un patrón
add-rule-answerCount = Añadir un límite de respuestas elegidas
rule-kind-range = Rango
rule-kind-length = Longitud
rule-kind-pattern = Patrón
rule-kind-answerCount = Número de respuestas
rule-range-min = Mínimo permitido
rule-range-max = Máximo permitido
rule-length-min = Mínimo de caracteres
rule-length-max = Máximo de caracteres
rule-answerCount-min = Mínimo de respuestas
rule-answerCount-max = Máximo de respuestas
rule-pattern = Patrón (expresión regular)
rule-not-a-number = «{ $value }» no es un número. Escriba cifras, como 18 o 2.5, o déjelo vacío para no poner límite.
rule-message = Mensaje cuando la respuesta no cumple la regla ({ $language })
remove-rule = Quitar la regla

## Filas de la cuadrícula, palabras de la escala, mover, insertar respuestas.
grid-rows-heading = Filas (afirmaciones valoradas con la escala compartida)
grid-row-id = Id de la fila (nombre de variable)
grid-row-text = Afirmación ({ $language })
add-grid-row = Añadir fila
remove-grid-row = Quitar fila
field-scale-min-label = Palabras en el punto más bajo ({ $language })
field-scale-max-label = Palabras en el punto más alto ({ $language })
move-to = Mover a
move-to-choose = Elija una página o sección…
destination-page = Página { $number } ({ $id })
destination-section = Sección { $id }
pipe-answer-text = Insertar una respuesta anterior en el texto
pipe-answer-hint = Insertar una respuesta anterior en el texto de ayuda
pipe-answer-choose = Elija una pregunta…
new-from-sample = Nueva a partir de un ejemplo
new-from-sample-choose = Elija un ejemplo…
sample-community-health = Necesidades de salud de la comunidad
sample-clinic-experience = Experiencia de la visita a la clínica
sample-child-immunization = Vacunación infantil
sample-minimal = La encuesta más pequeña posible

## Páginas.
pages-heading = Páginas
page-choose = Página que se edita
page-new-items-hint = Los elementos nuevos se añaden al final de esta página, salvo que haya un elemento seleccionado (dentro de él, si es una sección).
add-page = Añadir una página después de esta
page-up = Mover la página antes
page-down = Mover la página después
delete-page = Borrar la página y sus elementos
page-id = Id de la página
page-id-taken = Otra página ya tiene el id «{ $id }». Elija uno distinto.
page-title = Título de la página ({ $language })

## Datos de la encuesta.
survey-heading = Encuesta
survey-title = Título ({ $language })
survey-description = Descripción que se muestra antes de la primera página ({ $language })
survey-id = Id de la encuesta (se mantiene entre versiones)
survey-version = Versión
list-id = Id de la lista (los elementos la usan con este nombre)
list-id-taken = Otra lista ya tiene el id «{ $id }». Elija uno distinto.

## Idiomas, traducción y publicación

cancel = Cancelar
role-label = Participo como
role-staff = Personal
role-patient-advisor = Representante de pacientes
role-translator = Traductor(a)
modes-label = En qué quiere trabajar
mode-build = Diseñar
mode-translate = Traducir y publicar
completeness-label = Avance de la traducción por idioma
completeness-summary = { $approved } de { $total } aprobados · { $translated } traducidos · { $stale } desactualizados · { $review } por revisar
languages-heading = Idiomas
language-source = Idioma de origen
language-direction = Dirección de escritura
direction-ltr = De izquierda a derecha
direction-rtl = De derecha a izquierda
language-fallback = Si falta un texto, usar (códigos de idioma, en orden)
language-bad-fallback = «{ $tag }» no es otro idioma de esta encuesta. Use los códigos de la lista de arriba, separados por comas.
language-make-source = Usar como idioma de origen
language-remove = Quitar el idioma
language-remove-question = ¿Quitar { $name } y todos los textos escritos en ese idioma? Puede deshacerlo.
language-remove-yes = Quitar { $name }
language-add-label = Agregar un idioma (un código como es-PR, so, zh-Hant)
language-add-help = Use un código de idioma BCP-47. El nombre del idioma aparece abajo mientras escribe.
language-add-preview = { $name } ({ $tag })
language-add = Agregar idioma
language-invalid-tag = Esto no es un código de idioma. Pruebe con un código como «so» (somalí) o «es-MX» (español de México).
language-already-offered = La encuesta ya tiene este idioma.
translate-heading = Traducciones
translate-no-languages = Esta encuesta solo tiene su idioma de origen. Agregue un idioma para empezar a traducir.
translate-language = Traducir a
translate-filter = Mostrar
translate-place = Dónde
filter-all = Todos los textos
filter-missing = Todavía sin traducir
filter-stale = El original cambió después de traducirlo
filter-needs-review = Necesita revisión
filter-not-approved = Todavía sin aprobar
filter-everywhere = Toda la encuesta
translate-count = { $count ->
    [one] Se muestra un texto
   *[other] Se muestran { $count } textos
}
translate-show-more = Mostrar { $count } más
translate-field-text = pregunta
translate-field-hint = texto de ayuda
translate-field-placeholder = texto de ejemplo
translate-field-unit = unidad
translate-field-min-label = punto más bajo
translate-field-max-label = punto más alto
translate-field-row = afirmación de la tabla
translate-field-rule = mensaje de la regla
translate-field-content-note = aviso sobre el contenido
translate-field-why-we-ask = por qué preguntamos
translate-field-option = opción
translate-field-page-title = título de la página
translate-field-survey-title = título de la encuesta
translate-field-survey-description = descripción de la encuesta
translate-field-audience-question = pregunta de público
translate-field-audience-value = opción de público
translation-target-label = Traducción ({ $language })
translation-raw = Código Fluent
translation-approve = Aprobar
translation-mark-review = Necesita revisión
translation-syntax-error = Este texto no es Fluent válido en la línea { $line }, columna { $column }. Revise las llaves y las líneas de las variantes.
translation-unsupported = Este texto usa partes de Fluent que las encuestas no permiten (línea { $line }, columna { $column }): solo se permiten variables y variantes.
add-plural-variants = Redacción según el número de { $variable }
add-audience-variants = Redacción según { $variable }
variant-label = Cuando { $variable } es { $key }
variant-default = en los demás casos
plural-zero = cero
plural-one = uno
plural-two = dos
plural-few = unos pocos
plural-many = muchos
plural-other = cualquier otro número
status-missing = Todavía sin traducir
status-draft = Borrador
status-needs-review = Necesita revisión
status-approved = Aprobado
status-stale = El original cambió desde entonces
changed-by = último cambio hecho por: { $role }
ftl-export = Descargar para quienes traducen (.ftl)
ftl-import = Subir un archivo .ftl traducido
ftl-export-all = Descargar todos los idiomas (.zip)
ftl-import-all = Subir los idiomas traducidos (.zip)
ftl-imported = { $count ->
    [0] No cambió ningún texto.
    [one] Cambió un texto; quedó marcado para revisión.
   *[other] Cambiaron { $count } textos; quedaron marcados para revisión.
}
ftl-unknown-id = «{ $id }» en la línea { $line } no es un texto de esta encuesta; no se incluyó.
ftl-unknown-id-in-file = En { $file }, «{ $id }» en la línea { $line } no es un texto de esta encuesta; no se incluyó.
ftl-error-syntax = El archivo no es Fluent válido en la línea { $line }, columna { $column }. No se cambió nada. Corrija esa línea y vuelva a subir el archivo.
ftl-error-wrong-language = Este archivo es para { $found }, no para { $expected }. No se cambió nada. Elija { $found } arriba o suba el archivo correcto.
ftl-error-unknown-language = { $language } no es un idioma de traducción de esta encuesta. No se cambió nada.
ftl-error-not-text = El archivo no es un archivo de texto. No se cambió nada.
ftl-error-too-large = El archivo es demasiado grande para ser una traducción de esta encuesta. No se cambió nada.
ftl-error-not-archive = El archivo no es un archivo comprimido .zip. No se cambió nada.
ftl-error-in-file = En { $file }: { $reason }
publish-heading = Publicar
publish-gate = Antes de publicar, todos los textos deben estar aprobados en:
publish-ready = Todo listo para publicar.
publish-blocked = { $count ->
    [one] Hay un motivo que impide publicar:
   *[other] Hay { $count } motivos que impiden publicar:
}
publish-blocked-problems = { $count ->
    [one] La encuesta tiene un problema que corregir (vea «Problemas por resolver»).
   *[other] La encuesta tiene { $count } problemas que corregir (vea «Problemas por resolver»).
}
publish-blocked-language = Se requiere { $language }, pero no es un idioma de esta encuesta.
publish-blocked-string = { $language }: «{ $id }» (estado: { $status }).
publish = Publicar esta versión
publish-done = La versión { $version } está publicada. Su archivo se descargó y ya no se puede modificar; empiece un borrador nuevo para cambiarla.

## Codiseño: personas, comentarios y sugerencias, rondas de revisión, lenguaje claro, preguntas
## delicadas, visto bueno, versiones.

person-name-label = Su nombre
mode-review = Revisar
item-open-threads = { $count ->
    [one] { $count } comentario abierto
   *[other] { $count } comentarios abiertos
}
review-heading = Comentarios y sugerencias
review-language = Idioma que se revisa
review-choose-item = Elija una pregunta de la lista para comentarla. El título y la descripción de la encuesta están abajo.
review-stamp = { $name } ({ $role }), { $date }
review-suggested-wording = Texto sugerido
review-current-text = El texto actual
review-conflict = El texto cambió después de esta sugerencia, así que no se puede aplicar tal como está. Compárela con el texto actual y responda, o márquela como resuelta.
review-reply-label = Respuesta
review-reply = Enviar respuesta
review-accept = Aceptar la sugerencia
review-reject-reason = Motivo del rechazo
review-reject = Rechazar
review-resolve = Marcar como resuelto
review-comment-label = Comentario
review-add-comment = Agregar comentario
review-start-suggestion = Sugerir un texto
review-wording-label = Su texto
review-add-suggestion = Enviar sugerencia
review-cancel = Cancelar
outcome-accepted = Aceptada por { $by }
outcome-rejected = Rechazada por { $by }:
outcome-resolved = Marcado como resuelto por { $by }
review-error-conflict = El texto cambió después de esta sugerencia; no se aplicó.
review-error-closed = Este comentario ya está cerrado.
review-error-reason = Escriba por qué rechaza la sugerencia, para que quien la hizo lo entienda.
review-error-sign-off-role = Solo el personal y los representantes de pacientes pueden dar el visto bueno a un idioma. Si ese es su caso, cambie «Participo como».
review-error-string-gone = El texto de este comentario ya no está en la encuesta.
review-error-other-survey = Esta revisión es de la encuesta «{ $found }», no de «{ $expected }». No se importó nada.
review-error-no-survey = Este es un archivo de revisión, no un paquete de revisión. Impórtelo en el modo «Revisar» con «Importar archivos de revisión».
review-error-broken = El archivo está dañado en la línea { $line }, columna { $column } { $path }. No se cambió nada; pida el archivo otra vez.
review-error-not-review = Este archivo no es un archivo de revisión de coform.
review-error-version = Este archivo de revisión se hizo con una versión más nueva de coform (formato { $found }). Actualice coform para abrirlo.
review-error-other = No se pudo hacer esta acción de revisión.
review-file-problem = { $file }: { $reason }
review-imported = { $files ->
    [one] Se leyó un archivo de revisión
   *[other] Se leyeron { $files } archivos de revisión
}: { $threads } comentarios nuevos, { $replies } respuestas, { $outcomes } decisiones, { $signoffs } vistos buenos. { $conflicts ->
    [0] Ninguna sugerencia choca con el texto actual.
    [one] Una sugerencia se hizo sobre un texto que cambió después: está marcada.
   *[other] { $conflicts } sugerencias se hicieron sobre textos que cambiaron después: están marcadas.
}
round-heading = Ronda de revisión
round-staff-help = Envíe el paquete de revisión a los representantes de pacientes. Ellos lo abren en coform, comentan y sugieren, y le devuelven un archivo de revisión. Importe todos los archivos de revisión que reciba; importar el mismo archivo dos veces no agrega nada.
round-export-package = Descargar el paquete de revisión
round-import-reviews = Importar archivos de revisión
round-reviewer-help = Usted está revisando una copia. Sus comentarios y sugerencias no cambian la encuesta: descargue su archivo de revisión y envíelo al personal a cargo de la encuesta.
round-export-review = Descargar mi archivo de revisión
sign-off-heading = Visto bueno
sign-off-help = Un representante de pacientes o alguien del personal da el visto bueno a un idioma cuando sus textos están bien. Si después cambia algún texto de ese idioma, el visto bueno se borra.
sign-off-none = Sin visto bueno
sign-off-valid = Visto bueno de { $by }
sign-off-cleared = Visto bueno de { $by }, pero luego hubo cambios: dé el visto bueno otra vez
sign-off = Dar el visto bueno
hint-reading-grade = Nivel de lectura: más o menos grado escolar { $grade }
hint-grade-above = El nivel de lectura ({ $grade }) es más alto que la meta ({ $limit }): las palabras y frases más cortas ayudan.
hint-long-sentence = Una frase de { $words } palabras (más de { $limit }): piense en dividirla.
hint-long-word = Palabra larga: «{ $word }». ¿Hay una palabra más corta y de uso diario?
hint-double-barrelled = Puede que esto pregunte dos cosas a la vez («{ $word }»). Piense en hacer dos preguntas.
sensitive-heading = Pregunta delicada
sensitive-mark = Esta pregunta es delicada
field-content-note = Aviso sobre el contenido antes de la pregunta ({ $language })
field-why-we-ask = Por qué preguntamos ({ $language })
sensitive-way-out = Forma de no responderla
sensitive-way-out-skip = Se puede saltar
sensitive-way-out-prefer-not = Se ofrece «Prefiero no responder»
sensitive-checklist = Lista de revisión para una pregunta delicada
sensitive-has-why-we-ask = Dice por qué preguntamos
sensitive-has-content-note = Tiene un aviso sobre el contenido
sensitive-missing-why-we-ask = Falta: por qué preguntamos
sensitive-missing-content-note = Falta: un aviso sobre el contenido antes de la pregunta
publish-gate-language = Idioma
publish-gate-approved = Todo aprobado
publish-gate-signed = Con visto bueno
publish-gate-approved-for = { $language }: todos los textos aprobados
publish-gate-signed-for = { $language }: con visto bueno
publish-blocked-sign-off = { $language } necesita el visto bueno (otra vez) antes de publicar.
publish-bump = Tipo de cambio
bump-patch = Corrección: nada que vea quien responde
bump-minor = Menor: textos, preguntas o lógica
bump-major = Mayor: se quitaron preguntas o códigos de respuesta
publish-proposed = Propuesta: versión { $version } ({ $kind })
publish-version = Versión
publish-note = Qué cambió (registro de cambios)
publish-not-a-version = «{ $version }» no es un número de versión como 1.2.0.
publish-not-after = La versión { $version } debe ser posterior a { $last }, la última publicada.
publish-new-draft = Empezar un borrador nuevo
published-read-only = La versión { $version } está publicada y ya no se puede modificar.
versions-heading = Versiones
versions-none = Todavía no se ha publicado ninguna versión.
versions-current = Borrador actual
versions-from = Comparar
versions-to = con
versions-compare = Comparar versiones
versions-not-here = La versión { $version } no está guardada en este dispositivo. Abra su archivo publicado para compararla.
versions-no-change = No hay diferencias.
versions-added = Preguntas agregadas
versions-removed = Preguntas quitadas
versions-moved = Preguntas movidas
versions-retyped = Preguntas que cambiaron de tipo
versions-logic = Cambió la lógica
versions-codes-added = Códigos de respuesta agregados
versions-codes-removed = Códigos de respuesta quitados
versions-languages = Idiomas agregados o quitados
versions-texts = Textos cambiados

## Interoperabilidad: exportar a otras plataformas e importar desde ellas

export-open = Exportar…
export-heading = Exportar para otra plataforma
export-format = Formato
export-format-json = Encuesta de coform (JSON)
export-format-fhir = Cuestionario FHIR R4 (JSON)
export-format-xlsform = XLSForm para ODK y KoboToolbox (.xlsx)
export-format-redcap = Diccionario de datos de REDCap (CSV)
export-format-surveyjs = Formulario de SurveyJS (JSON)
export-losses-heading = Lo que este formato no puede conservar
export-losses-intro = El archivo no incluirá lo siguiente. Antes de usarlo, revise que la encuesta siga funcionando sin estas partes.
export-no-loss = No se pierde nada: este formato conserva toda la encuesta.
export-download = Descargar
export-preparing = Preparando la exportación…
converter-failed = No se pudo cargar el convertidor ({ $detail }). Revise su conexión e inténtelo de nuevo; su encuesta no ha cambiado.
export-close = Cerrar
import-report-heading = Leído desde { $format }
import-no-notice = Se entendió todo lo que hay en el archivo.
import-notices-intro = Algunas partes del archivo no se incluyeron o se cambiaron. Revise estos lugares de la encuesta:
import-report-close = Cerrar
loss-variants = Los textos que cambian según un número o según quién responde conservan solo su forma habitual ({ $language }).
loss-piping = Las respuestas que se muestran dentro de este texto aparecen como el nombre de su pregunta ({ $language }).
loss-audience = No se incluye la pregunta sobre quién responde; los textos usan su forma habitual.
loss-review = No se incluyen los comentarios, los textos sugeridos ni los vistos buenos.
loss-changelog = No se incluye la lista de versiones publicadas.
loss-translation-states = No se incluye si cada traducción es un borrador, necesita revisión o está aprobada.
loss-fallback = No se incluye el orden de los idiomas que se usan cuando falta un texto.
loss-language = No se incluye el texto en { $language }.
loss-text = No se incluye este texto (campo { $field }).
loss-item-type = Este tipo de pregunta queda escrito como { $writtenAs } (antes era { $itemType }).
loss-condition = Esta condición no se incluye, así que la pregunta siempre se muestra o nunca es obligatoria.
loss-condition-as-expression = Esta condición queda escrita como una expresión que solo algunos programas siguen.
loss-validation = No se incluye esta comprobación de la respuesta ({ $check }).
loss-validation-message = No se incluye el mensaje que aparece cuando una respuesta no pasa una comprobación.
loss-sensitive = No se incluye el cuidado especial de esta pregunta delicada (aviso sobre el contenido, por qué preguntamos, forma de no responderla).
loss-exclusive = «Ninguna de estas» no borra las otras opciones.
loss-appearance = No se incluye si las opciones se muestran como botones o como menú desplegable.
loss-codes = No se incluyen los códigos estándar (como LOINC).
loss-scores = No se incluyen los puntajes de las opciones.
loss-pages = No se incluye la división en páginas: todas las preguntas aparecen seguidas.
loss-setting = No se incluye este ajuste ({ $setting }).
loss-id = Este nombre o código no se permite allí, así que se escribe como { $writtenAs }.
loss-source-language = El archivo no indica en qué idioma está el texto ({ $language }); al abrirlo de nuevo, se lee como inglés.
notice-ignored = No se incluyó: coform no lee { $name }.
notice-item-type = Una pregunta de tipo { $found } se leyó como { $readAs }.
notice-skipped = No se incluyó una pregunta de tipo { $found }: coform no tiene ese tipo de pregunta.
notice-expression = Esta regla no se pudo leer y no se incluyó: { $expression }
notice-renamed = El nombre { $from } se cambió a { $to }, un nombre que coform puede usar.
notice-language = El idioma { $found } se leyó como { $tag }.
interop-error-unrecognised = Este archivo no es una encuesta que coform pueda leer. Elija un archivo de coform, un Cuestionario FHIR, un XLSForm (.xlsx), un diccionario de datos de REDCap o un archivo de SurveyJS.
interop-error-too-large = El archivo es demasiado grande para abrirlo ({ $bytes } bytes; el límite es { $limit }).
interop-error-syntax = El archivo está dañado en { $location }: { $detail }. Ábralo en el programa que lo creó, corrija ese punto e inténtelo de nuevo.
interop-error-invalid = El archivo tiene un problema en { $location }: { $detail }. Corríjalo e inténtelo de nuevo.
