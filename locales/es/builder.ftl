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
issue-unsupported-fluent = Este texto usa { $detail }, que los textos de encuesta no permiten.
issue-invalid-audience = La variable de público «{ $id }» necesita valores, y su valor predeterminado debe ser uno de ellos.
issue-invalid-range = El valor mínimo es mayor que el máximo.
issue-invalid-pattern = El patrón no es una expresión regular válida: { $detail }
issue-check-not-applicable = La comprobación «{ $check }» no se aplica a una pregunta de tipo { $itemType }.
issue-invalid-version = «{ $version }» no es un número de versión como 1.2.0.
issue-missing-content-hash = Una encuesta publicada necesita un hash de contenido. Vuelva a publicarla desde coform.
issue-content-hash-mismatch = La encuesta cambió después de publicarse: su hash de contenido no coincide.
issue-invalid-endpoint = La dirección de envío «{ $endpoint }» no es una dirección web. Use una que empiece con https://.

editor-toolbar = Edición
undo = Deshacer
redo = Rehacer
new-survey = Nueva encuesta
open-survey-file = Abrir un archivo de encuesta
save-survey = Guardar como archivo
add-item-type = Tipo de pregunta nueva
add-item = Agregar pregunta
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
save-failed = Los cambios no se están guardando en este navegador ({ $reason }). Use «Guardar como archivo» para conservar una copia.
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
