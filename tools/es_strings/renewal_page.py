"""The Certification and CE page: the certification, the CE log, attachments and the renewal packet."""

STRINGS = {
    # the page
    "Certification and CE": "Certificación y EC",
    "Renewal and CE": "Renovación",  # the navigation: no wider than Conversaciones
    "After the exam: record your certification, log each continuing-education course with its certificate, and "
    "see what still counts toward renewal.":
        "Después del examen: registre su certificación, anote cada curso de educación continua con su certificado "
        "y vea qué cuenta todavía para la renovación.",
    "CE log": "Registro de educación continua",
    "&New course": "&Nuevo curso",
    "Add a CE course (Ctrl+N)": "Agregar un curso de educación continua (Ctrl+N)",
    "Certificates of the selected course:": "Certificados del curso seleccionado:",
    "Certificates of the selected course": "Certificados del curso seleccionado",
    "CE totals": "Totales de educación continua",
    "&Record certification…": "&Registrar certificación…",
    "Rene&wed…": "Reno&vada…",
    "The board renewed it: give the new expiry date":
        "La junta certificadora la renovó: indique la nueva fecha de vencimiento",
    "Letters and certificates for the packet (a supervisor's letter, your certificate):":
        "Cartas y certificados para el paquete (la carta de su supervisor/a, su certificado):",
    "Letters for the renewal packet": "Cartas para el paquete de renovación",
    "Make the renewal &packet": "&Crear el paquete de renovación",
    "A signed PDF: the training summary, the documents to send and every attached certificate":
        "Un PDF firmado: el resumen de la formación, los documentos que debe enviar y cada certificado adjunto",
    "Open the packet": "Abrir el paquete",
    "Renewal packet status": "Estado del paquete de renovación",
    "%n course(s), %1 hours logged.": ("%n curso, %1 horas registradas.", "%n cursos, %1 horas registradas."),
    "No CE courses yet. Press Ctrl+N to add the first one, or import a CSV file.":
        "Todavía no hay cursos de educación continua. Pulse Ctrl+N para agregar el primero, o importe un archivo "
        "CSV.",
    "Delete course?": "¿Borrar el curso?",
    "Delete %1 (%2 hours on %3) and the files attached to it? This cannot be undone.":
        "¿Borrar %1 (%2 horas el %3) y los archivos adjuntos? Esto no se puede deshacer.",
    "Making the renewal packet…": "Creando el paquete de renovación…",
    "The packet's file was moved or deleted: make it again.":
        "El archivo del paquete se movió o se borró: créelo de nuevo.",
    "The packet could not be made: %1": "No se pudo crear el paquete: %1",
    "Stopped: no packet was made.": "Detenido: no se creó ningún paquete.",
    "The renewal packet is ready. Verification code %1. Saved in %2; the Reports page lists it.":
        "El paquete de renovación está listo. Código de verificación %1. Guardado en %2; la página Informes lo "
        "muestra.",
    "Renewal packet": "Paquete de renovación",
    # where renewal stands
    "Where renewal stands": "Cómo va la renovación",
    "Renewal verdict": "Veredicto de la renovación",
    "Renewal requirements": "Requisitos de renovación",
    "Documents to send": "Documentos que debe enviar",
    "The board's note": "La nota de la junta certificadora",
    "No certification is recorded yet. Once you are certified, record it here: the CE log then counts toward its "
    "renewal.":
        "Todavía no hay una certificación registrada. Cuando obtenga la certificación, regístrela aquí: entonces "
        "el registro de educación continua cuenta para su renovación.",
    "%1: certified on %2 (%3); expires %4.": "%1: certificado/a el %2 (%3); vence el %4.",
    "This cycle: %1 to %2; %3 CE hours count so far.":
        "Este ciclo: del %1 al %2; hasta ahora cuentan %3 horas de educación continua.",
    "Documents to send:": "Documentos que debe enviar:",
    ", %1 over the limit do not count": ", %1 por encima del límite no cuentan",
    "CE hours": "Horas de educación continua",
    "%1: %2 of %3 hours count": "%1: cuentan %2 de %3 horas",
    ", %1 to go": ", faltan %1",
    # the kinds and formats of a course
    "Course or training": "Curso o capacitación",
    "Teaching a course": "Enseñar un curso",
    "Online": "En línea",
    "In person": "En persona",
    # the CE log's columns
    "Provider": "Proveedor",
    "Counts": "Cuenta",
    "Topics": "Temas",
    "Format": "Modalidad",
    "Files": "Archivos",
    "Notes": "Notas",
    "No: before this cycle": "No: antes de este ciclo",
    "No: next cycle": "No: próximo ciclo",
    "%1 of %2 (limit reached)": "%1 de %2 (límite alcanzado)",
    "%1 (approved provider %2)": "%1 (proveedor aprobado %2)",
    # the course form
    "Edit a CE course": "Editar un curso de educación continua",
    "Add a CE course": "Agregar un curso de educación continua",
    "as on the certificate": "como aparece en el certificado",
    "separated by commas, like %1": "separados por comas, como %1",
    "ethics, confidentiality": "ethics, confidentiality",
    "Taken &online (a webinar, an online course)": "En &línea (seminario web, curso en línea)",
    "&Provider or sponsor:": "&Proveedor o patrocinador:",
    "Approved-provider n&umber:": "Número de p&roveedor aprobado:",
    "To&pics:": "Te&mas:",
    "Certificates:": "Certificados:",
    # the certification
    "Record a certification": "Registrar una certificación",
    "Credential": "Credencial",
    "Date certified": "Fecha de certificación",
    "Certificate number": "Número de certificado",
    "The certificate gives an &expiry date": "El certificado indica una fecha de &vencimiento",
    "Expiry date": "Fecha de vencimiento",
    "&Credential:": "&Credencial:",
    "&Date certified:": "&Fecha de certificación:",
    "Certificate &number:": "&Número de certificado:",
    "E&xpires on:": "Vence &el:",
    "Renewed": "Renovada",
    "New expiry date": "Nueva fecha de vencimiento",
    "&New expiry date:": "&Nueva fecha de vencimiento:",
    "The board renewed your certification: give the expiry date on the new certificate. The next cycle's CE hours "
    "count from the old expiry.":
        "La junta certificadora renovó su certificación: indique la fecha de vencimiento del nuevo certificado. Las "
        "horas de educación continua del próximo ciclo cuentan desde el vencimiento anterior.",
    # attachments
    "Remove the file?": "¿Quitar el archivo?",
    "Remove %1? Keep your own copy: this cannot be undone.":
        "¿Quitar %1? Guarde su propia copia: esto no se puede deshacer.",
    "Attached files": "Archivos adjuntos",
    "Attach a &file…": "Adjuntar un &archivo…",
    "A certificate, letter or transcript: PDF, PNG or JPEG, at most 10 MB":
        "Un certificado, una carta o un expediente: PDF, PNG o JPEG, de 10 MB como máximo",
    "&Open": "A&brir",
    "Remo&ve file": "&Quitar archivo",
    "%1 (%2, %3 KB)": "%1 (%2, %3 KB)",
    "No program on this computer opens %1 files.": "Ningún programa de esta computadora abre archivos %1.",
    "Attach a certificate": "Adjuntar un certificado",
    "Certificates and letters (%1)": "Certificados y cartas (%1)",
    # CSV
    "Line %1: %2": "Línea %1: %2",
    "Import CE courses": "Importar cursos de educación continua",
    "Added %n course(s) from %1.": ("Se agregó %n curso de %1.", "Se agregaron %n cursos de %1."),
    "%n row(s) (was|were) already in the log and (was|were) skipped.": (
        "%n fila ya estaba en el registro y se omitió.", "%n filas ya estaban en el registro y se omitieron."),
    "Imported": "Importado",
    "Cannot import %1": "No se puede importar %1",
    "Stopped": "Detenido",
    "Nothing was imported.": "No se importó nada.",
    "Export CE courses": "Exportar cursos de educación continua",
    "Wrote %n course(s) to %1.": ("Se escribió %n curso en %1.", "Se escribieron %n cursos en %1."),
}
