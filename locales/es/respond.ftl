# Las palabras propias del formulario, en español.

loading = Cargando la encuesta…
language-label = Idioma
answer-yes = Sí
answer-no = No
required-marker = obligatoria
prefer-not-to-answer = Prefiero no responder
why-we-ask = Por qué preguntamos
content-note = Antes de esta pregunta
rating-scale = de { $min } a { $max }
ranking-hint = Ordene estas opciones, la más importante primero.
consent-agree = Acepto
next = Siguiente
back = Atrás
error-heading = No se puede abrir esta encuesta
error-network = No se pudo descargar la encuesta de { $url }. Revise su conexión e inténtelo de nuevo.
error-import = El archivo de la encuesta está dañado o no es una encuesta de coform ({ $detail }). Avise a quienes le enviaron el enlace.
error-invalid = La encuesta tiene { $count ->
    [one] un problema
   *[other] { $count } problemas
} que impiden que funcione. Avise a quienes le enviaron el enlace.
error-too-big = Esta encuesta es demasiado grande o compleja para abrirla aquí ({ $detail }). Avise a quienes le enviaron el enlace.
error-text-too-long = Esta encuesta tiene un texto demasiado largo para mostrarlo. Avise a quienes le enviaron el enlace.

continue = Continuar
submit = Enviar
mode-question = Una pregunta a la vez
mode-page = Toda la página a la vez
progress-answered = { $answered } de { $total } preguntas respondidas
errors-summary = { $count ->
    [one] Una respuesta necesita su atención.
   *[other] { $count } respuestas necesitan su atención.
}
error-required = Por favor, responda esta pregunta.
error-whole-number = Por favor, escriba un número entero.
error-invalid-date = Por favor, escriba una fecha real.
error-answer-invalid = Esta respuesta no es válida.
skip-allowed = Puede saltar esta pregunta.
ranking-up = Subir «{ $label }»
ranking-down = Bajar «{ $label }»
ranking-confirm = Este orden es correcto
storage-warning = Este dispositivo no está guardando su avance (su almacenamiento está lleno o bloqueado). Por favor, termine de una vez.
open-file = Abrir un archivo de encuesta
done-heading = Gracias
done-sent = Sus respuestas fueron enviadas.
done-queued = No hay conexión. Sus respuestas quedan guardadas en este dispositivo y se enviarán solas cuando vuelva la conexión.
done-kept = Sus respuestas quedan guardadas en este dispositivo, bajo llave. Por favor, devuelva el dispositivo al personal.
done-download = Esta encuesta no envía las respuestas a ningún lugar. Puede guardar una copia para usted.
done-sending-unkept = Sus respuestas se están enviando. Este dispositivo no pudo guardarlas, así que mantenga esta página abierta hasta que indique que se enviaron. También puede descargar una copia.
download-answers = Descargar mis respuestas
start-again = Empezar de nuevo
next-person = Siguiente persona
kiosk-staff = Personal: exportar respuestas
kiosk-set-heading = Configurar el modo quiosco
kiosk-set-help = Elija una frase de acceso del personal. Las respuestas se guardarán en este dispositivo, cifradas con ella; solo quien la conozca podrá exportarlas. No hay forma de recuperar una frase olvidada.
kiosk-unlock-heading = El modo quiosco está bloqueado
kiosk-unlock-help = Escriba la frase de acceso del personal para recoger respuestas en este dispositivo.
kiosk-passphrase = Frase de acceso del personal
kiosk-passphrase-repeat = Repita la frase de acceso
kiosk-too-short = Use al menos { $count } caracteres.
kiosk-mismatch = Las dos frases de acceso no son iguales.
kiosk-wrong = Esta frase de acceso no abre las respuestas guardadas en este dispositivo.
kiosk-working = Comprobando la frase de acceso…
kiosk-unlock = Desbloquear
kiosk-not-kept = No se pudieron guardar las respuestas en este dispositivo (el almacenamiento está lleno o bloqueado). No se perdió nada: por favor, avise al personal.
kiosk-export-heading = Exportar respuestas
kiosk-count = { $count ->
    [one] Hay una respuesta guardada en este dispositivo.
   *[other] Hay { $count } respuestas guardadas en este dispositivo.
}
kiosk-export = Abrir respuestas
export-csv = Descargar CSV
export-json = Descargar JSON
crypto-unavailable = Este navegador no puede cifrar respuestas. El modo quiosco necesita una conexión segura (https).
start-over = Empezar de nuevo
start-over-confirm = ¿Empezar de nuevo? Se borrarán todas las respuestas de este dispositivo.
