"""The hours log, its progress, attestations, CSV import and export; reports; the cohort."""

STRINGS = {
    # hours page
    "&New entry": "&Nuevo registro",
    "Add hours (Ctrl+N)": "Agregar horas (Ctrl+N)",
    "&Edit": "&Editar",
    "Delete (Delete key)": "Borrar (tecla Delete)",
    "&Verify…": "&Verificar…",
    "&Un-verify": "&Quitar verificación",
    "Histor&y": "&Historial",
    "&Import CSV…": "Im&portar CSV…",
    "Filter by kind": "Filtrar por tipo",
    "Every kind": "Todos los tipos",
    "Every domain": "Todos los dominios",
    "Filter by verification": "Filtrar por verificación",
    "Any status": "Cualquier estado",
    "Not verified": "Sin verificar",
    "&Show:": "&Mostrar:",
    "&From": "&Desde",
    "&to": "has&ta",
    "Totals of the entries shown": "Totales de los registros mostrados",
    "any date": "cualquier fecha",
    "No hours yet. Press Ctrl+N to add your first entry, or import a CSV file.":
        "Todavía no hay horas. Pulse Ctrl+N para agregar su primer registro, o importe un archivo CSV.",
    "Shown: %n entry(s), %1 h (training %2, experience %3, supervision %4).": (
        "Se muestra: %n registro, %1 h (capacitación %2, experiencia %3, supervisión %4).",
        "Se muestran: %n registros, %1 h (capacitación %2, experiencia %3, supervisión %4)."),
    "Verified by %1: verified entries are locked. Un-verify it to change or delete it.":
        "Verificado por %1: los registros verificados están bloqueados. Quite la verificación para cambiarlo o borrarlo.",
    "Delete entry?": "¿Borrar el registro?",
    "Delete %1 h of %2 on %3? This cannot be undone.": "¿Borrar %1 h de %2 del %3? No se puede deshacer.",
    "Cannot delete": "No se puede borrar",
    "Verify hours": "Verificar horas",
    "Name of the supervisor verifying these hours:": "Nombre del/de la supervisor/a que verifica estas horas:",
    "Cannot verify": "No se puede verificar",
    "Cannot un-verify": "No se puede quitar la verificación",
    "Hours log": "Registro de horas",
    # the table
    "Domain": "Dominio",
    "Setting": "Ámbito",
    "Activity": "Actividad",
    "Supervisor or trainer": "Supervisor/a o capacitador/a",
    "No": "No",
    "Yes, by %1": "Sí, por %1",
    "Verified by %1 on %2. Verified entries are locked: un-verify to change them.":
        "Verificado por %1 el %2. Los registros verificados están bloqueados: quite la verificación para cambiarlos.",
    # wording
    "Training": "Capacitación",
    "Experience": "Experiencia",
    "Supervision": "Supervisión",
    "date": "fecha",
    "hours": "horas",
    "kind": "tipo",
    "domain": "dominio",
    "setting": "ámbito",
    "activity": "actividad",
    "supervisor": "supervisor/a",
    "notes": "notas",
    "verified by": "verificado por",
    "Please enter the date of these hours.": "Escriba la fecha de estas horas, por favor.",
    "The date %1 is in the future. Log hours on or after the day you did them.":
        "La fecha %1 está en el futuro. Registre las horas el mismo día en que las hizo o después.",
    "Please enter the hours as a number, for example 1.5.": "Escriba las horas como un número, por ejemplo 1.5.",
    "Hours must be more than zero. Enter how long you spent, for example 1.5.":
        "Las horas deben ser más de cero. Escriba cuánto tiempo dedicó, por ejemplo 1.5.",
    "%1 is not a whole number of quarter hours. Round to the nearest 0.25 (15 minutes).":
        "%1 no es un número exacto de cuartos de hora. Redondee al 0.25 más cercano (15 minutos).",
    "That would make %1 hours on %2 (you already logged %3), but a day has only 24. Check the hours or the date.":
        "Eso daría %1 horas el %2 (ya registró %3), pero un día tiene solo 24. Revise las horas o la fecha.",
    "Please choose the kind of hours: training, experience or supervision.":
        "Elija el tipo de horas: capacitación, experiencia o supervisión.",
    "Training hours need a domain. Choose the domain the training covered.":
        "Las horas de capacitación necesitan un dominio. Elija el dominio que cubrió la capacitación.",
    "'%1' is not a known domain. Choose one of: %2.": "'%1' no es un dominio conocido. Elija uno de estos: %2.",
    "The %1 field is %n character(s) long. Please shorten it to at most %2.": (
        "El campo %1 tiene %n carácter. Acórtelo a %2 como máximo, por favor.",
        "El campo %1 tiene %n caracteres. Acórtelo a %2 como máximo, por favor."),
    "That trainee no longer exists.": "Ese/a participante ya no existe.",
    "That hours entry no longer exists.": "Ese registro de horas ya no existe.",
    "Please enter the name of the person verifying these hours.":
        "Escriba el nombre de la persona que verifica estas horas, por favor.",
    "Please use a name of at most %n character(s).": (
        "Use un nombre de %n carácter como máximo, por favor.",
        "Use un nombre de %n caracteres como máximo, por favor."),
    "This entry is already verified by %1.": "Este registro ya está verificado por %1.",
    "This entry is not verified, so there is nothing to undo.": "Este registro no está verificado, así que no hay nada que deshacer.",
    "This entry was verified by %1 on %2, so it cannot be changed. Ask them to un-verify it first.":
        "%1 verificó este registro el %2, así que no se puede cambiar. Pídale primero que quite la verificación.",
    "This entry was verified by %1 on %2, so it cannot be deleted. Ask them to un-verify it first.":
        "%1 verificó este registro el %2, así que no se puede borrar. Pídale primero que quite la verificación.",
    "That would make %1 hours on %2 (already logged: %3), but a day has only 24. Nothing was added; check the hours or the dates.":
        "Eso daría %1 horas el %2 (ya registradas: %3), pero un día tiene solo 24. No se agregó nada; revise las horas o las fechas.",
    "This file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.":
        "Este archivo no es texto UTF-8. Guárdelo como 'CSV UTF-8' y vuelva a intentarlo.",
    "This file is empty. Export an hours log first to see the expected columns.":
        "Este archivo está vacío. Exporte primero un registro de horas para ver las columnas que se esperan.",
    "The first line must name the columns; %n (is|are) missing: %1. Expected: %2.": (
        "La primera línea debe nombrar las columnas; falta %n: %1. Se esperan: %2.",
        "La primera línea debe nombrar las columnas; faltan %n: %1. Se esperan: %2."),
    "This row has more values than the header has columns. Put quotes around text that contains the separator.":
        "Esta fila tiene más valores que columnas el encabezado. Ponga entre comillas el texto que contenga el separador.",
    "'%1' is not a date. Use YYYY-MM-DD (2026-03-31) or MM/DD/YYYY (03/31/2026).":
        "'%1' no es una fecha. Use AAAA-MM-DD (2026-03-31) o MM/DD/AAAA (03/31/2026).",
    "Nothing was imported: %n row(s) (has|have) problems (line(s) %1). Fix them in the file and import again, or choose to skip them.": (
        "No se importó nada: %n fila tiene problemas (línea %1). Corríjala en el archivo y vuelva a importar, o elija omitirla.",
        "No se importó nada: %n filas tienen problemas (líneas %1). Corríjalas en el archivo y vuelva a importar, o elija omitirlas."),
    # the entry dialog
    "Edit hours": "Editar horas",
    "Add hours": "Agregar horas",
    "for example 1.5": "por ejemplo 1.5",
    "(no domain)": "(sin dominio)",
    "&Date:": "&Fecha:",
    "&Hours:": "&Horas:",
    "&Kind:": "&Tipo:",
    "Do&main:": "&Dominio:",
    "&Setting:": "Á&mbito:",
    "&Activity:": "&Actividad:",
    "Su&pervisor or trainer:": "Su&pervisor/a o capacitador/a:",
    "N&otes:": "N&otas:",
    "Domain: required for training hours.": "Dominio: obligatorio para las horas de capacitación.",
    "Recovery community organization": "Organización comunitaria de recuperación",
    "Treatment program": "Programa de tratamiento",
    "Emergency department": "Sala de emergencias",
    "Justice": "Justicia",
    "Child welfare": "Bienestar infantil",
    "Other": "Otro",
    "Save a long entry?": "¿Guardar un registro largo?",
    "%1 hours in one entry is more than %2. Is that right?": "%1 horas en un solo registro es más de %2. ¿Es correcto?",
    "&Save it": "&Guardarlo",
    "&Change the hours": "&Cambiar las horas",
    # history of an entry
    "History of this entry": "Historial de este registro",
    "Added": "Agregado",
    "Changed": "Cambiado",
    "Verified": "Verificado",
    "Un-verified": "Verificación quitada",
    "Deleted": "Borrado",
    "%1 %2": "%1 %2",
    "by %1": "por %1",
    "History": "Historial",
    # CSV
    "Import hours": "Importar horas",
    "Cannot read %1": "No se puede leer %1",
    "Reading %1…": "Leyendo %1…",
    "Export hours": "Exportar horas",
    "Exported": "Exportado",
    "Wrote %n entry(s) to %1.": ("Se escribió %n registro en %1.", "Se escribieron %n registros en %1."),
    "Cannot write %1": "No se puede escribir %1",
    "Writing %1…": "Escribiendo %1…",
    "Import hours from %1": "Importar horas de %1",
    "Ready to import: %n row(s).": ("Lista para importar: %n fila.", "Listas para importar: %n filas."),
    "Already in your log: %n.": ("Ya en su registro: %n.", "Ya en su registro: %n."),
    "With problems: %n.": ("Con problemas: %n.", "Con problemas: %n."),
    "Rows of the file": "Filas del archivo",
    "Line": "Línea",
    "Status": "Estado",
    "Details": "Detalles",
    "Already in log": "Ya registrada",
    "Ready": "Lista",
    "&Skip the rows with problems": "&Omitir las filas con problemas",
    "&Import all": "&Importar todo",
    "Nothing was imported: %n row(s) (has|have) problems. Fix them in the file and import again, or tick “Skip the rows with problems”.": (
        "No se importó nada: %n fila tiene problemas. Corríjala en el archivo y vuelva a importar, o marque “Omitir las filas con problemas”.",
        "No se importó nada: %n filas tienen problemas. Corríjalas en el archivo y vuelva a importar, o marque “Omitir las filas con problemas”."),
    "Nothing was imported: %1": "No se importó nada: %1",
    "The import was stopped: nothing was added.": "Se detuvo la importación: no se agregó nada.",
    # progress and attestations
    "Your progress": "Su avance",
    "Choose your certification in Settings to see your hours against it.":
        "Elija su certificación en Configuración para comparar sus horas con ella.",
    "%1. Hours done count verified and unverified entries.":
        "%1. Las horas hechas cuentan los registros verificados y sin verificar.",
    "%1 of %2 h": "%1 de %2 h",
    "%1: %2 of %3 hours": "%1: %2 de %3 horas",
    "Met.": "Cumplido.",
    "%1 h to go.": "Faltan %1 h.",
    "Estimated completion: not enough history yet.": "Fecha estimada para terminar: todavía no hay historial suficiente.",
    "At your pace of the last %n week(s): about %1.": (
        "A su ritmo de la última semana: alrededor del %1.",
        "A su ritmo de las últimas %n semanas: alrededor del %1."),
    "This figure is not confirmed: check with your board.": "Esta cifra no está confirmada: consulte con su junta certificadora.",
    "Attestations": "Declaraciones",
    "Your certification has no self-attested items.": "Su certificación no tiene puntos que declarar usted mismo/a.",
    "not yet": "todavía no",
    "Date met: %1": "Fecha en que cumplió: %1",
    # reports
    "Save a copy of the report": "Guardar una copia del informe",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Make a certification-readiness report for your supervisor or board, or a printable hours log. Each report carries a verification code, so your supervisor or board can check it was not changed.":
        "Haga un informe de preparación para la certificación para su supervisor/a o su junta, o un registro de horas para imprimir. Cada informe lleva un código de verificación, para que su supervisor/a o su junta compruebe que no se cambió.",
    "Kind of report": "Tipo de informe",
    "Certification-readiness report": "Informe de preparación para la certificación",
    "Hours log only": "Solo el registro de horas",
    "List every hours &entry": "Listar cada &registro de horas",
    "Without this, the readiness report sums your hours by month.":
        "Sin esto, el informe de preparación suma sus horas por mes.",
    "&Make report": "&Hacer el informe",
    "&Save a copy…": "&Guardar una copia…",
    "&Print…": "Im&primir…",
    "Making the report": "Haciendo el informe",
    "Report status": "Estado del informe",
    "Report preview": "Vista previa del informe",
    "Earlier reports": "Informes anteriores",
    "Earlier reports (double-click to preview):": "Informes anteriores (doble clic para verlos):",
    "Making the report…": "Haciendo el informe…",
    "Report ready. Verification code %1. Saved in %2.": "Informe listo. Código de verificación %1. Guardado en %2.",
    "The report could not be made: %1": "No se pudo hacer el informe: %1",
    "Stopped: no report was made.": "Detenido: no se hizo ningún informe.",
    "File not found": "No se encontró el archivo",
    "The file of this report was moved or deleted.": "El archivo de este informe se movió o se borró.",
    "Could not save to %1: %2. Choose another folder.": "No se pudo guardar en %1: %2. Elija otra carpeta.",
    "Saved a copy to %1.": "Se guardó una copia en %1.",
    "The printer could not be started.": "No se pudo iniciar la impresora.",
    "Sent %n page(s) to the printer.": ("Se envió %n página a la impresora.", "Se enviaron %n páginas a la impresora."),
    "Issued": "Emitido",
    "Verification code": "Código de verificación",
    "File": "Archivo",
    "Readiness report": "Informe de preparación",
    # cohort
    "Trainee": "Participante",
    "Readiness": "Preparación",
    "Training h": "H capacitación",
    "Experience h": "H experiencia",
    "Supervision h": "H supervisión",
    "Last exam": "Último examen",
    "Last activity": "Última actividad",
    "No certification chosen": "Sin certificación elegida",
    "%1 of %n met": ("%1 de %n cumplido", "%1 de %n cumplidos"),
    "Export the cohort": "Exportar el grupo",
    "CSV files (*.csv)": "Archivos CSV (*.csv)",
    "Everyone who uses this database, with their readiness, hours and latest exam. Click a column to sort; type to filter by name.":
        "Todas las personas que usan esta base de datos, con su preparación, sus horas y su último examen. Haga clic en una columna para ordenar; escriba para filtrar por nombre.",
    "Filter by name": "Filtrar por nombre",
    "E&xport CSV…": "E&xportar CSV…",
    "&Refresh": "&Actualizar",
    "Trainees": "Participantes",
    "%n trainee(s).": ("%n participante.", "%n participantes."),
    "Exported to %1.": "Exportado a %1.",
}

# The Hours page's button and filter rows share the log's column: shorter words keep the
# progress panel beside it from being squeezed (screenshots at 1100×720).
BY_CONTEXT = {
    ("HoursPage", "&New entry"): "&Nuevo",
    ("HoursPage", "&Un-verify"): "De&sverificar",  # "quitar la verificación" in sentences
    ("HoursPage", "Every kind"): "Todo tipo",
    ("HoursPage", "Every domain"): "Todo dominio",
    ("HoursPage", "Any status"): "Todo estado",
}

# The Reports page's one row of choices and buttons must fit the window's width in Spanish too.
BY_CONTEXT.update({
    ("ReportsPage", "Certification-readiness report"): "Informe de preparación",
    ("ReportsPage", "Hours log only"): "Solo el registro de horas",
    ("ReportsPage", "List every hours &entry"): "Detallar cada &registro",
    ("ReportsPage", "&Make report"): "&Hacer informe",
    ("ReportsPage", "&Save a copy…"): "&Guardar copia…",
})
BY_CONTEXT.update({
    ("HoursSignoff", "Ask for a &change…"): "Pedir &cambio…",  # the signing row beside the progress panel
})
BY_CONTEXT.update({
    ("HoursPage", "any date"): "cualquiera",  # "Desde cualquiera hasta cualquiera": the date row fits
})
BY_CONTEXT.update({
    ("HoursPage", "&Show:"): "Ve&r:",  # the filter row is the log column's widest at large text
})
