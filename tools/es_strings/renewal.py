"""Continuing education and renewal of a certification."""

STRINGS = {
    "Certified: %1 (%2). Below the renewal: how you prepared, as it was.":
        "Certificado/a: %1 (%2). Debajo de la renovación: cómo se preparó, tal como fue.",
    "Ready to renew?": "¿Listo/a para renovar?",
    "Renewal reminders": "Recordatorios de renovación",
    "no number recorded": "sin número registrado",
    "no expiry recorded": "sin fecha de vencimiento registrada",
    "Certified on %1 (%2); expires %3.": "Certificado/a el %1 (%2); vence el %3.",
    "This certification's renewal rules are not in the content: check with your board.":
        "Las reglas de renovación de esta certificación no están en el contenido: consulte con su junta certificadora.",
    "Certified on %1 (%2); expires %3. This cycle: %4 to %5.":
        "Certificado/a el %1 (%2); vence el %3. Este ciclo: del %4 al %5.",
    "open": "abierto",
    "Ready to renew: every hour and topic minimum is met. Gather the documents and send them.":
        "Listo/a para renovar: cumple todos los mínimos de horas y de temas. Reúna los documentos y envíelos.",
    "Not yet: %n requirement(s) still to meet.": (
        "Todavía no: falta cumplir %n requisito.",
        "Todavía no: falta cumplir %n requisitos."),
    "The cycle's length is not confirmed by the board: check with your board.":
        "La junta certificadora no confirma la duración del ciclo: consulte con su junta.",
    " (check with your board)": " (consulte con su junta certificadora)",
    "CE hours: %1 of %2 count": "Horas de educación continua: cuentan %1 de %2",
    "Online courses": "Cursos en línea",
    "Self-study": "Estudio por cuenta propia",
    "Credit for teaching": "Crédito por enseñar",
    "%1: at most %2 hours count; %3 logged": "%1: cuentan como máximo %2 horas; registradas: %3",
}

STRINGS.update({
    "No certification is recorded for %1: record it first (cpsw-trainer ce certify).":
        "No hay ninguna certificación registrada para %1: regístrela primero (cpsw-trainer ce certify).",
    "The certification '%1' has no renewal rules in the loaded content: check with your board.":
        "La certificación '%1' no tiene reglas de renovación en el contenido cargado: consulte con su junta certificadora.",
    "The attached file %1 is not a PDF that can be read: attach it again as a new scan.":
        "El archivo adjunto %1 no es un PDF que se pueda leer: adjúntelo de nuevo como un escaneo nuevo.",
    "Could not write the report to %1: %2. Choose a folder you can write to.":
        "No se pudo escribir el informe en %1: %2. Elija una carpeta en la que pueda escribir.",
    "The %1 hours of online courses that count in this cycle are logged: more online hours will not count.":
        "Ya registró las %1 horas de cursos en línea que cuentan en este ciclo: más horas en línea no contarán.",
    "The %1 hours of self-study that count in this cycle are logged: more self-study will not count.":
        "Ya registró las %1 horas de estudio por cuenta propia que cuentan en este ciclo: más estudio por cuenta propia no contará.",
    "The %1 hours of credit for teaching that count in this cycle are logged: more teaching will not count.":
        "Ya registró las %1 horas de crédito por enseñar que cuentan en este ciclo: más horas de enseñanza no contarán.",
    "Your certification expired on %1. Check with your board how to renew it.":
        "Su certificación venció el %1. Consulte con su junta certificadora cómo renovarla.",
    "%1 more CE hours are needed before %2.": "Se necesitan %1 horas más de educación continua antes del %2.",
    "%1 more hours in %2 are needed before %3.": "Se necesitan %1 horas más de %2 antes del %3.",
    "%1 is not a file that can be attached.": "%1 no es un archivo que se pueda adjuntar.",
    "The file is larger than %1 MB: scan it at a lower resolution or attach fewer pages.":
        "El archivo pesa más de %1 MB: escanéelo con menos resolución o adjunte menos páginas.",
    "Only PDF, PNG and JPEG files can be attached, and this file is none of them.":
        "Solo se pueden adjuntar archivos PDF, PNG y JPEG, y este archivo no es ninguno de ellos.",
    "The attached file %1 is missing or was changed: restore a backup or attach it again.":
        "El archivo adjunto %1 falta o fue cambiado: restaure una copia de seguridad o adjúntelo de nuevo.",
    "That attachment is no longer there.": "Ese archivo adjunto ya no está.",
    "What this file was to be attached to is no longer there.": "Lo que iba a recibir este archivo adjunto ya no está.",
    "Nothing was imported: fix the bad rows and import again.":
        "No se importó nada: corrija las filas con errores y vuelva a importar.",
    "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.":
        "El archivo no es texto UTF-8: guárdelo como \"CSV UTF-8\" y vuelva a intentarlo.",
    "The file is empty.": "El archivo está vacío.",
    "The header lacks the column(s) %1; expected: %2.": "Al encabezado le faltan las columnas %1; se esperan: %2.",
    "'%1' is not a date: write it as 2026-01-31 or 1/31/2026.": "'%1' no es una fecha: escríbala como 2026-01-31 o 1/31/2026.",
    "'%1' in the online column: write yes or no.": "'%1' en la columna online: escriba yes o no.",
    "This row has more values than the header has columns.": "Esta fila tiene más valores que columnas el encabezado.",
    "This trainee is no longer in the database.": "Este/a participante ya no está en la base de datos.",
    "That CE entry is no longer in the log.": "Ese registro de educación continua ya no está en el registro.",
    "Give the date of the course.": "Indique la fecha del curso.",
    "The date %1 is in the future: log a course once it is done.":
        "La fecha %1 está en el futuro: registre un curso cuando ya lo haya terminado.",
    "The hours must be a number, like 1.5.": "Las horas deben ser un número, como 1.5.",
    "The hours must be more than 0.": "Las horas deben ser más de 0.",
    "One course can give at most %1 hours, not %2.": "Un curso puede dar como máximo %1 horas, no %2.",
    "Give the hours to two decimal places at most, not %1.": "Indique las horas con dos decimales como máximo, no %1.",
    "Give the course's title, as on its certificate.": "Indique el título del curso, tal como aparece en su certificado.",
    "This text is %1 characters long; at most %2 fit.": "Este texto tiene %1 caracteres; caben como máximo %2.",
    "The kind '%1' is not known: use course, self-study or trainer.":
        "El tipo '%1' no se conoce: use course, self-study o trainer.",
    "Give at most %1 topics.": "Indique como máximo %1 temas.",
    "The topic '%1' is not a topic name: use words like ethics or confidentiality.":
        "El tema '%1' no es un nombre de tema: use palabras como ethics o confidentiality.",
    "There is no certification profile '%1'.": "No hay ningún perfil de certificación '%1'.",
    "Give the date you were certified.": "Indique la fecha en que se certificó.",
    "The certification date %1 is in the future.": "La fecha de certificación %1 está en el futuro.",
    "The expiry date %1 must come after the certification date %2.":
        "La fecha de vencimiento %1 debe ser posterior a la fecha de certificación %2.",
    "The certificate number is %1 characters long; at most %2 fit.":
        "El número de certificado tiene %1 caracteres; caben como máximo %2.",
    "A renewal's expiry date must come after the current one, %1.":
        "La fecha de vencimiento de una renovación debe ser posterior a la actual, %1.",
    "That certification record is no longer there.": "Ese registro de certificación ya no está.",
})
STRINGS.update({
    "Attach a &certificate…": "Adjuntar un &certificado…",
    "Attached: %1": "Adjunto: %1",
})
