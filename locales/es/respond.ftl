# Las palabras propias del formulario, en español.

loading = Cargando la encuesta…
language-label = Idioma
answer-yes = Sí
answer-no = No
required-marker = obligatoria
prefer-not-to-answer = Prefiero no responder
skip-question = Saltar esta pregunta
why-we-ask = Por qué preguntamos
content-note = Antes de esta pregunta
rating-scale = de { $min } a { $max }
ranking-hint = Ordene estas opciones, la más importante primero.
consent-agree = Acepto
page-progress = Página { $current } de { $total }
next = Siguiente
back = Atrás
error-heading = No se puede abrir esta encuesta
error-network = No se pudo descargar la encuesta de { $url }. Revise su conexión e inténtelo de nuevo.
error-import = El archivo de la encuesta está dañado o no es una encuesta de coform ({ $detail }). Avise a quienes le enviaron el enlace.
error-invalid = La encuesta tiene { $count ->
    [one] un problema
   *[other] { $count } problemas
} que impiden que funcione. Avise a quienes le enviaron el enlace.
try-again = Intentar de nuevo
