<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Remove the file?</source>
            <translation>¿Quitar el archivo?</translation>
        </message>
        <message>
            <source>Remove %1? Keep your own copy: this cannot be undone.</source>
            <translation>¿Quitar %1? Guarde su propia copia: esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Attach a &amp;file…</source>
            <translation>Adjuntar un &amp;archivo…</translation>
        </message>
        <message>
            <source>A certificate, letter or transcript: PDF, PNG or JPEG, at most 10 MB</source>
            <translation>Un certificado, una carta o un expediente: PDF, PNG o JPEG, de 10 MB como máximo</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>A&amp;brir</translation>
        </message>
        <message>
            <source>Remo&amp;ve file</source>
            <translation>&amp;Quitar archivo</translation>
        </message>
        <message>
            <source>No files attached yet.</source>
            <translation>Todavía no hay archivos adjuntos.</translation>
        </message>
        <message>
            <source>%1 (%2, %3 KB)</source>
            <translation>%1 (%2, %3 KB)</translation>
        </message>
        <message>
            <source>No program on this computer opens %1 files.</source>
            <translation>Ningún programa de esta computadora abre archivos %1.</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach a certificate</source>
            <translation>Adjuntar un certificado</translation>
        </message>
        <message>
            <source>Certificates and letters (%1)</source>
            <translation>Certificados y cartas (%1)</translation>
        </message>
    </context>
    <context>
        <name>AttemptRunner</name>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>Flag for review (F)</source>
            <translation>Marcar para revisar (F)</translation>
        </message>
        <message>
            <source>Navigator (Ctrl+G)</source>
            <translation>Navegador (Ctrl+G)</translation>
        </message>
        <message>
            <source>&amp;Submit exam</source>
            <translation>&amp;Entregar el examen</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <source>Leave now (Escape): your answers are kept</source>
            <translation>Salir ahora (Escape): sus respuestas se guardan</translation>
        </message>
        <message>
            <source>How sure were you?</source>
            <translation>¿Qué tan seguro/a estaba?</translation>
        </message>
        <message>
            <source>I guessed</source>
            <translation>Adiviné</translation>
        </message>
        <message>
            <source>Fairly sure</source>
            <translation>Bastante seguro/a</translation>
        </message>
        <message>
            <source>Very sure</source>
            <translation>Muy seguro/a</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Tiempo restante: %1</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>Tiempo: %1</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Pregunta %1 de %2</translation>
        </message>
        <message>
            <source>Finish and submit</source>
            <translation>Terminar y entregar</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>&amp;Revisar la respuesta</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Ver los resultados</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>Pregunta &amp;siguiente</translation>
        </message>
    </context>
    <context>
        <name>AttemptTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntaje</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Repaso</translation>
        </message>
    </context>
    <context>
        <name>AttestationFilesDialog</name>
        <message>
            <source>Files for an attestation</source>
            <translation>Archivos de una declaración</translation>
        </message>
    </context>
    <context>
        <name>AttestationsView</name>
        <message>
            <source>Attestations</source>
            <translation>Declaraciones</translation>
        </message>
        <message>
            <source>Your certification has no self-attested items.</source>
            <translation>Su certificación no tiene puntos que declarar usted mismo/a.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>Date met: %1</source>
            <translation>Fecha en que cumplió: %1</translation>
        </message>
        <message>
            <source>Files for %1</source>
            <translation>Archivos de %1</translation>
        </message>
        <message>
            <source>Attach, open or remove the files that prove it: PDF, PNG or JPEG</source>
            <translation>Adjunte, abra o quite los archivos que lo demuestran: PDF, PNG o JPEG</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)…</source>
            <translation>
                <numerusform>%n archivo…</numerusform>
                <numerusform>%n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Adjuntar…</translation>
        </message>
    </context>
    <context>
        <name>AuthorEditors</name>
        <message>
            <source>This id cannot change: trainees' progress refers to this id.</source>
            <translation>Este id no puede cambiar: el avance de los participantes se refiere a él.</translation>
        </message>
    </context>
    <context>
        <name>AuthorPage</name>
        <message>
            <source>Author</source>
            <translation>Autoría</translation>
        </message>
        <message>
            <source>Authoring is turned off by your agency. Modules and question banks are managed centrally; ask your agency's trainer to change them.</source>
            <translation>Su agencia desactivó la autoría. Los módulos y los bancos de preguntas se administran de forma central; pídale a su capacitador/a de la agencia que los cambie.</translation>
        </message>
        <message>
            <source>Authoring is turned off by your agency</source>
            <translation>Su agencia desactivó la autoría</translation>
        </message>
        <message>
            <source>Edit modules and question banks in %1. Ctrl+S saves, Ctrl+N starts a new one. Every page shows what you save at once.</source>
            <translation>Edite módulos y bancos de preguntas en %1. Ctrl+S guarda, Ctrl+N empieza uno nuevo. Cada página muestra enseguida lo que guarda.</translation>
        </message>
        <message>
            <source>Open a module</source>
            <translation>Abrir un módulo</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Módulo:</translation>
        </message>
        <message>
            <source>&amp;New module</source>
            <translation>&amp;Nuevo módulo</translation>
        </message>
        <message>
            <source>Open a question bank</source>
            <translation>Abrir un banco de preguntas</translation>
        </message>
        <message>
            <source>&amp;Bank:</source>
            <translation>&amp;Banco:</translation>
        </message>
        <message>
            <source>&amp;New bank</source>
            <translation>Nue&amp;vo banco</translation>
        </message>
        <message>
            <source>Editors</source>
            <translation>Editores</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <source>Question banks</source>
            <translation>Bancos de preguntas</translation>
        </message>
        <message>
            <source>Role-plays</source>
            <translation>Juegos de rol</translation>
        </message>
        <message>
            <source>Content packs</source>
            <translation>Paquetes de contenido</translation>
        </message>
        <message>
            <source>&amp;Import GIFT or Aiken…</source>
            <translation>&amp;Importar GIFT o Aiken…</translation>
        </message>
        <message>
            <source>Import a GIFT or Aiken file</source>
            <translation>Importar un archivo GIFT o Aiken</translation>
        </message>
        <message>
            <source>Import problems</source>
            <translation>Problemas de la importación</translation>
        </message>
        <message>
            <source>Import a question bank</source>
            <translation>Importar un banco de preguntas</translation>
        </message>
        <message>
            <source>GIFT or Aiken files (*.gift *.txt)</source>
            <translation>Archivos GIFT o Aiken (*.gift *.txt)</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>No se puede importar</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>No question in %1 could be imported; see the problems listed.</source>
            <translation>No se pudo importar ninguna pregunta de %1; vea los problemas de la lista.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation>
                <numerusform>Se importó %n pregunta en %1.</numerusform>
                <numerusform>Se importaron %n preguntas en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Problems listed below: %n.</source>
            <translation>
                <numerusform>Problemas listados abajo: %n.</numerusform>
                <numerusform>Problemas listados abajo: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importación cancelada; no se escribió nada.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Discard the changes you have not saved?</source>
            <translation>¿Descartar los cambios que no guardó?</translation>
        </message>
        <message>
            <source>New, not saved yet.</source>
            <translation>Nuevo, sin guardar todavía.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>No se puede abrir</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>BankEditor</name>
        <message>
            <source>Bank id</source>
            <translation>Id del banco</translation>
        </message>
        <message>
            <source>Bank title</source>
            <translation>Título del banco</translation>
        </message>
        <message>
            <source>Module this bank checks</source>
            <translation>Módulo que revisa este banco</translation>
        </message>
        <message>
            <source>Bank &amp;id</source>
            <translation>&amp;Id del banco</translation>
        </message>
        <message>
            <source>Bank &amp;title</source>
            <translation>&amp;Título del banco</translation>
        </message>
        <message>
            <source>Mo&amp;dule</source>
            <translation>Mó&amp;dulo</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Buscar preguntas</translation>
        </message>
        <message>
            <source>Filter by domain</source>
            <translation>Filtrar por dominio</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Todos los dominios</translation>
        </message>
        <message>
            <source>Filter by type</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Filter by difficulty</source>
            <translation>Filtrar por dificultad</translation>
        </message>
        <message>
            <source>Any difficulty</source>
            <translation>Cualquier dificultad</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>Agregar &amp;pregunta</translation>
        </message>
        <message>
            <source>Du&amp;plicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Agregar pregunta</translation>
        </message>
        <message>
            <source>Duplicate question</source>
            <translation>Duplicar pregunta</translation>
        </message>
        <message>
            <source>Delete question</source>
            <translation>Borrar pregunta</translation>
        </message>
        <message>
            <source>Preview as trainees see it</source>
            <translation>Vista previa como la ven los participantes</translation>
        </message>
        <message>
            <source>The preview appears once this question has no problems.</source>
            <translation>La vista previa aparece cuando esta pregunta ya no tiene problemas.</translation>
        </message>
        <message>
            <source>Preview, with the feedback shown after answering</source>
            <translation>Vista previa, con los comentarios que se muestran al responder</translation>
        </message>
        <message>
            <source>Lowercase words joined by hyphens. It cannot change after the first save.</source>
            <translation>Palabras en minúsculas unidas por guiones. No puede cambiar después de guardar por primera vez.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Trainees may have answered '%1'. Their history keeps it, but it will no longer be asked. Delete it?</source>
            <translation>Puede que algunos participantes hayan respondido '%1'. Su historial la conserva, pero ya no se preguntará. ¿Borrarla?</translation>
        </message>
        <message>
            <source>section '%1' is not a '## ' heading of module '%2'</source>
            <translation>la sección '%1' no es un título '## ' del módulo '%2'</translation>
        </message>
        <message>
            <source>a bank with id '%1' already exists; choose another id</source>
            <translation>ya existe un banco con el id '%1'; elija otro id</translation>
        </message>
        <message>
            <source> (question %1)</source>
            <translation> (pregunta %1)</translation>
        </message>
        <message numerus="yes">
            <source>Problems: %n</source>
            <translation>
                <numerusform>Problemas: %n</numerusform>
                <numerusform>Problemas: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed beside the editor first.</source>
            <translation>
                <numerusform>Sin guardar: primero corrija el problema listado junto al editor.</numerusform>
                <numerusform>Sin guardar: primero corrija los %n problemas listados junto al editor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Sin guardar: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
    </context>
    <context>
        <name>CategoryMapDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <source>Choose the exam domain for the questions of each category. Questions without a category use the default.</source>
            <translation>Elija el dominio del examen para las preguntas de cada categoría. Las preguntas sin categoría usan el predeterminado.</translation>
        </message>
        <message>
            <source>(use the default)</source>
            <translation>(usar el predeterminado)</translation>
        </message>
        <message>
            <source>Domain for category %1</source>
            <translation>Dominio para la categoría %1</translation>
        </message>
        <message>
            <source>Default domain</source>
            <translation>Dominio predeterminado</translation>
        </message>
        <message>
            <source>&amp;Default domain:</source>
            <translation>&amp;Dominio predeterminado:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
    </context>
    <context>
        <name>CeCsv</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>Import CE courses</source>
            <translation>Importar cursos de educación continua</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Added %n course(s) from %1.</source>
            <translation>
                <numerusform>Se agregó %n curso de %1.</numerusform>
                <numerusform>Se agregaron %n cursos de %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) (was|were) already in the log and (was|were) skipped.</source>
            <translation>
                <numerusform>%n fila ya estaba en el registro y se omitió.</numerusform>
                <numerusform>%n filas ya estaban en el registro y se omitieron.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Cannot import %1</source>
            <translation>No se puede importar %1</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>Export CE courses</source>
            <translation>Exportar cursos de educación continua</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n course(s) to %1.</source>
            <translation>
                <numerusform>Se escribió %n curso en %1.</numerusform>
                <numerusform>Se escribieron %n cursos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
    </context>
    <context>
        <name>CeEntryDialog</name>
        <message>
            <source>Edit a CE course</source>
            <translation>Editar un curso de educación continua</translation>
        </message>
        <message>
            <source>Add a CE course</source>
            <translation>Agregar un curso de educación continua</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>for example 1.5</source>
            <translation>por ejemplo 1.5</translation>
        </message>
        <message>
            <source>as on the certificate</source>
            <translation>como aparece en el certificado</translation>
        </message>
        <message>
            <source>separated by commas, like %1</source>
            <translation>separados por comas, como %1</translation>
        </message>
        <message>
            <source>ethics, confidentiality</source>
            <translation>ethics, confidentiality</translation>
        </message>
        <message>
            <source>Taken &amp;online (a webinar, an online course)</source>
            <translation>En &amp;línea (seminario web, curso en línea)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Horas:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Provider or sponsor:</source>
            <translation>&amp;Proveedor o patrocinador:</translation>
        </message>
        <message>
            <source>Approved-provider n&amp;umber:</source>
            <translation>Número de p&amp;roveedor aprobado:</translation>
        </message>
        <message>
            <source>To&amp;pics:</source>
            <translation>Te&amp;mas:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>Certificates:</source>
            <translation>Certificados:</translation>
        </message>
    </context>
    <context>
        <name>CeTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No: before this cycle</source>
            <translation>No: antes de este ciclo</translation>
        </message>
        <message>
            <source>No: next cycle</source>
            <translation>No: próximo ciclo</translation>
        </message>
        <message>
            <source>%1 of %2 (limit reached)</source>
            <translation>%1 de %2 (límite alcanzado)</translation>
        </message>
        <message>
            <source>%1 (approved provider %2)</source>
            <translation>%1 (proveedor aprobado %2)</translation>
        </message>
    </context>
    <context>
        <name>CertificationDialog</name>
        <message>
            <source>Record a certification</source>
            <translation>Registrar una certificación</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Date certified</source>
            <translation>Fecha de certificación</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
        <message>
            <source>The certificate gives an &amp;expiry date</source>
            <translation>El certificado indica una fecha de &amp;vencimiento</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>&amp;Credential:</source>
            <translation>&amp;Credencial:</translation>
        </message>
        <message>
            <source>&amp;Date certified:</source>
            <translation>&amp;Fecha de certificación:</translation>
        </message>
        <message>
            <source>Certificate &amp;number:</source>
            <translation>&amp;Número de certificado:</translation>
        </message>
        <message>
            <source>E&amp;xpires on:</source>
            <translation>Vence &amp;el:</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Conversation so far</source>
            <translation>La conversación hasta ahora</translation>
        </message>
        <message>
            <source>What the person just said</source>
            <translation>Lo que la persona acaba de decir</translation>
        </message>
        <message>
            <source>Feedback on your reply</source>
            <translation>Comentarios sobre su respuesta</translation>
        </message>
        <message>
            <source>&amp;Continue (Enter)</source>
            <translation>&amp;Continuar (Enter)</translation>
        </message>
        <message>
            <source>Your reply (press 1 to 4):</source>
            <translation>Su respuesta (pulse del 1 al 4):</translation>
        </message>
        <message>
            <source>%1 — %2 mode</source>
            <translation>%1 — modo %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>You: %1</source>
            <translation>Usted: %1</translation>
        </message>
        <message>
            <source>How it ended: %1</source>
            <translation>Cómo terminó: %1</translation>
        </message>
        <message>
            <source>Reply %1: %2</source>
            <translation>Respuesta %1: %2</translation>
        </message>
        <message>
            <source>Feedback (%1): %2</source>
            <translation>Comentarios (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>CohortModel</name>
        <message>
            <source>Trainee</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certificación</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Training h</source>
            <translation>H capacitación</translation>
        </message>
        <message>
            <source>Experience h</source>
            <translation>H experiencia</translation>
        </message>
        <message>
            <source>Supervision h</source>
            <translation>H supervisión</translation>
        </message>
        <message>
            <source>Last exam</source>
            <translation>Último examen</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>No certification chosen</source>
            <translation>Sin certificación elegida</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n met</source>
            <translation>
                <numerusform>%1 de %n cumplido</numerusform>
                <numerusform>%1 de %n cumplidos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>CohortPage</name>
        <message>
            <source>Cohort</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Export the cohort</source>
            <translation>Exportar el grupo</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Everyone who uses this database, with their readiness, hours and latest exam. Click a column to sort; type to filter by name.</source>
            <translation>Todas las personas que usan esta base de datos, con su preparación, sus horas y su último examen. Haga clic en una columna para ordenar; escriba para filtrar por nombre.</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>Filtrar por nombre</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Participantes</translation>
        </message>
        <message numerus="yes">
            <source>%n trainee(s).</source>
            <translation>
                <numerusform>%n participante.</numerusform>
                <numerusform>%n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
    </context>
    <context>
        <name>ContentProblemsPanel</name>
        <message>
            <source>Content problems</source>
            <translation>Problemas del contenido</translation>
        </message>
        <message numerus="yes">
            <source>Some study material could not be loaded (%n problem(s)). Everything else works as usual. Please tell your trainer.</source>
            <translation>
                <numerusform>No se pudo cargar parte del material de estudio (%n problema). Todo lo demás funciona como siempre. Avísele a su capacitador/a, por favor.</numerusform>
                <numerusform>No se pudo cargar parte del material de estudio (%n problemas). Todo lo demás funciona como siempre. Avísele a su capacitador/a, por favor.</numerusform>
            </translation>
        </message>
        <message>
            <source>The items below were skipped; fix them, then check the content again with Validate.</source>
            <translation>Se omitieron los elementos de abajo; corríjalos y vuelva a revisar el contenido con Validate.</translation>
        </message>
        <message>
            <source>List of content problems</source>
            <translation>Lista de problemas del contenido</translation>
        </message>
    </context>
    <context>
        <name>ConversationSkillsCard</name>
        <message>
            <source>Conversation skills</source>
            <translation>Habilidades de conversación</translation>
        </message>
        <message>
            <source>A study signal from your latest role-play, not a board requirement.</source>
            <translation>Una señal de estudio de su último juego de rol, no un requisito de la junta certificadora.</translation>
        </message>
        <message>
            <source>Practise a conversation</source>
            <translation>Practique una conversación</translation>
        </message>
        <message>
            <source>No role-play finished yet. Try one on the Conversations page: each shows how your replies compare with the MITI thresholds.</source>
            <translation>Todavía no terminó ningún juego de rol. Pruebe uno en la página Conversaciones: cada uno muestra cómo se comparan sus respuestas con los umbrales de MITI.</translation>
        </message>
        <message>
            <source>Latest role-play: %1 (%2)</source>
            <translation>Último juego de rol: %1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
    </context>
    <context>
        <name>ConversationWording</name>
        <message>
            <source>Open question</source>
            <translation>Pregunta abierta</translation>
        </message>
        <message>
            <source>Closed question</source>
            <translation>Pregunta cerrada</translation>
        </message>
        <message>
            <source>Simple reflection</source>
            <translation>Reflejo simple</translation>
        </message>
        <message>
            <source>Complex reflection</source>
            <translation>Reflejo complejo</translation>
        </message>
        <message>
            <source>Affirmation</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Information, with permission</source>
            <translation>Información, con permiso</translation>
        </message>
        <message>
            <source>Advice without permission</source>
            <translation>Consejo sin permiso</translation>
        </message>
        <message>
            <source>Confronting</source>
            <translation>Confrontación</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>The righting reflex</source>
            <translation>El reflejo de corregir</translation>
        </message>
        <message>
            <source>Purposeful self-disclosure</source>
            <translation>Autorrevelación con propósito</translation>
        </message>
        <message>
            <source>Self-disclosure that centres you</source>
            <translation>Autorrevelación centrada en usted</translation>
        </message>
        <message>
            <source>Boundary crossing</source>
            <translation>Cruce de límites</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bueno</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>aceptable</translation>
        </message>
        <message>
            <source>below fair</source>
            <translation>bajo lo aceptable</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin calificar</translation>
        </message>
        <message>
            <source>Reflections to questions</source>
            <translation>Reflejos por pregunta</translation>
        </message>
        <message>
            <source>Complex reflections</source>
            <translation>Reflejos complejos</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Preguntas abiertas</translation>
        </message>
        <message>
            <source>no reflections or questions yet</source>
            <translation>todavía no hay reflejos ni preguntas</translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s) and no questions</source>
            <translation>
                <numerusform>%n reflejo y ninguna pregunta</numerusform>
                <numerusform>%n reflejos y ninguna pregunta</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to 1 (%2, %3)</source>
            <translation>%1 a 1 (%2, %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflejo</numerusform>
                <numerusform>%n reflejos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>no reflections yet</source>
            <translation>todavía no hay reflejos</translation>
        </message>
        <message>
            <source>no questions yet</source>
            <translation>todavía no hay preguntas</translation>
        </message>
        <message numerus="yes">
            <source>%1% of %n reflection(s)</source>
            <translation>
                <numerusform>%1% de %n reflejo</numerusform>
                <numerusform>%1% de %n reflejos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1% of %n question(s)</source>
            <translation>
                <numerusform>%1% de %n pregunta</numerusform>
                <numerusform>%1% de %n preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>MITI 4.2.1: fair from 1 to 1, good from 2 to 1</source>
            <translation>MITI 4.2.1: aceptable desde 1 a 1, bueno desde 2 a 1</translation>
        </message>
        <message>
            <source>MITI 4 sets no threshold; as a guide, MITI 3.1.1: fair from %1%, good from %2%</source>
            <translation>MITI 4 no fija un umbral; como guía, MITI 3.1.1: aceptable desde %1%, bueno desde %2%</translation>
        </message>
        <message>
            <source>MITI 4.2.1: fair from %1%, good from %2%</source>
            <translation>MITI 4.2.1: aceptable desde %1%, bueno desde %2%</translation>
        </message>
        <message>
            <source>Reflecting back what the person said, more often than asking, lets them hear themselves and keeps them talking.</source>
            <translation>Devolver lo que la persona dijo, más a menudo que preguntar, le permite escucharse y la anima a seguir hablando.</translation>
        </message>
        <message>
            <source>A complex reflection adds the meaning or feeling under the words, which moves the conversation forward.</source>
            <translation>Un reflejo complejo agrega el sentido o el sentimiento que hay detrás de las palabras, y eso hace avanzar la conversación.</translation>
        </message>
        <message>
            <source>Open questions invite the person's own story instead of a yes or a no.</source>
            <translation>Las preguntas abiertas invitan a la persona a contar su propia historia en vez de decir sí o no.</translation>
        </message>
        <message>
            <source>%1: %2, %3. %4.</source>
            <translation>%1: %2, %3. %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n MI-adherent response(s): affirming, or asking permission before giving information.</source>
            <translation>
                <numerusform>%n respuesta acorde con la entrevista motivacional (MI-adherent): afirmar, o pedir permiso antes de dar información.</numerusform>
                <numerusform>%n respuestas acordes con la entrevista motivacional (MI-adherent): afirmar, o pedir permiso antes de dar información.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MI-non-adherent response(s): advice without permission, confronting, warning or the righting reflex.</source>
            <translation>
                <numerusform>%n respuesta no acorde con la entrevista motivacional (MI-non-adherent): consejo sin permiso, confrontación, advertencia o el reflejo de corregir.</numerusform>
                <numerusform>%n respuestas no acordes con la entrevista motivacional (MI-non-adherent): consejo sin permiso, confrontación, advertencia o el reflejo de corregir.</numerusform>
            </translation>
        </message>
        <message>
            <source>MITI 4 sets no threshold for these counts: the aim is more of the first and none of the second.</source>
            <translation>MITI 4 no fija un umbral para estos conteos: la meta es más de las primeras y ninguna de las segundas.</translation>
        </message>
        <message numerus="yes">
            <source>The person answered with change talk %n time(s).</source>
            <translation>
                <numerusform>La persona respondió con lenguaje de cambio (change talk) %n vez.</numerusform>
                <numerusform>La persona respondió con lenguaje de cambio (change talk) %n veces.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The person answered with sustain talk %n time(s).</source>
            <translation>
                <numerusform>La persona respondió con lenguaje de mantenimiento (sustain talk) %n vez.</numerusform>
                <numerusform>La persona respondió con lenguaje de mantenimiento (sustain talk) %n veces.</numerusform>
            </translation>
        </message>
        <message>
            <source>More change talk than sustain talk: your responses drew out their own reasons to change.</source>
            <translation>Más lenguaje de cambio que de mantenimiento: sus respuestas sacaron a la luz las propias razones de la persona para cambiar.</translation>
        </message>
        <message>
            <source>More sustain talk than change talk: pushing tends to bring out the reasons not to change.</source>
            <translation>Más lenguaje de mantenimiento que de cambio: presionar suele sacar a la luz las razones para no cambiar.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n time(s)</source>
            <translation>
                <numerusform>%1: %n vez</numerusform>
                <numerusform>%1: %n veces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) made.</source>
            <translation>
                <numerusform>%n decisión tomada.</numerusform>
                <numerusform>%n decisiones tomadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>best run: %1</source>
            <translation>mejor intento: %1</translation>
        </message>
        <message>
            <source>%1 good, %2 fair of 3 measures</source>
            <translation>buenas: %1, aceptables: %2 (de 3 medidas)</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Kinds of conversation practice</source>
            <translation>Tipos de práctica de conversación</translation>
        </message>
        <message>
            <source>&amp;Role-plays</source>
            <translation>&amp;Juegos de rol</translation>
        </message>
        <message>
            <source>Reflection &amp;drills</source>
            <translation>&amp;Ejercicios de reflejo</translation>
        </message>
        <message>
            <source>Progress &amp;notes</source>
            <translation>&amp;Notas de avance</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Readiness verdict</source>
            <translation>Resultado de preparación</translation>
        </message>
        <message>
            <source>Which exam simulations count</source>
            <translation>Qué simulacros de examen cuentan</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Empezar el repaso</translation>
        </message>
        <message>
            <source>Recent exam scores</source>
            <translation>Puntajes recientes de examen</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Módulos terminados</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudio</translation>
        </message>
        <message>
            <source>Welcome to CPSW Trainer</source>
            <translation>Bienvenido/a a CPSW Trainer</translation>
        </message>
        <message>
            <source>Tell us your name and certification to begin.</source>
            <translation>Díganos su nombre y su certificación para empezar.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>Bienvenido/a, %1</translation>
        </message>
        <message>
            <source>No certification chosen yet: pick one in Settings.</source>
            <translation>Todavía no eligió una certificación: elija una en Configuración.</translation>
        </message>
        <message>
            <source>Choose your certification to see what you still need.</source>
            <translation>Elija su certificación para ver lo que todavía le falta.</translation>
        </message>
        <message>
            <source>Choose your certification</source>
            <translation>Elija su certificación</translation>
        </message>
        <message>
            <source>unknown date</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>Preparing for: %1 (%2). Requirements as of %3; confirm them with your board.</source>
            <translation>Se prepara para: %1 (%2). Requisitos vigentes al %3; confírmelos con su junta certificadora.</translation>
        </message>
        <message>
            <source>Certified: %1 (%2). Below the renewal: how you prepared, as it was.</source>
            <translation>Certificado/a: %1 (%2). Debajo de la renovación: cómo se preparó, tal como fue.</translation>
        </message>
        <message>
            <source>Keep practising: take another exam simulation</source>
            <translation>Siga practicando: haga otro simulacro de examen</translation>
        </message>
        <message numerus="yes">
            <source>Readiness counts an exam simulation only when most of its questions are new to you (not answered in the last %n day(s)).</source>
            <translation>
                <numerusform>La preparación cuenta un simulacro de examen solo cuando la mayoría de sus preguntas son nuevas para usted (no las respondió en el último día).</numerusform>
                <numerusform>La preparación cuenta un simulacro de examen solo cuando la mayoría de sus preguntas son nuevas para usted (no las respondió en los últimos %n días).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>New questions in the simulations counted: %1.</source>
            <translation>Preguntas nuevas en los simulacros contados: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n simulation(s) did not count: most of (its|their) questions were seen recently.</source>
            <translation>
                <numerusform>%n simulacro no contó: la mayoría de sus preguntas se vieron hace poco.</numerusform>
                <numerusform>%n simulacros no contaron: la mayoría de sus preguntas se vieron hace poco.</numerusform>
            </translation>
        </message>
        <message>
            <source>Modules completed: %1 of %2</source>
            <translation>Módulos terminados: %1 de %2</translation>
        </message>
        <message>
            <source>In progress: %1</source>
            <translation>En curso: %1</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message numerus="yes">
            <source>(up %n point(s))</source>
            <translation>
                <numerusform>(sube %n punto)</numerusform>
                <numerusform>(sube %n puntos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(down %n point(s))</source>
            <translation>
                <numerusform>(baja %n punto)</numerusform>
                <numerusform>(baja %n puntos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent exam scores: %1</source>
            <translation>Puntajes recientes de examen: %1</translation>
        </message>
        <message>
            <source>No exam simulations yet. Take one from the Practice page when you have read a few modules.</source>
            <translation>Todavía no hay simulacros de examen. Haga uno desde la página Práctica cuando haya leído algunos módulos.</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 de %3</translation>
        </message>
    </context>
    <context>
        <name>DrillColumn</name>
        <message>
            <source>Drill self-ratings</source>
            <translation>Autocalificaciones de ejercicios</translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s), %1%</source>
            <translation>
                <numerusform>%n calificación, %1%</numerusform>
                <numerusform>%n calificaciones, %1%</numerusform>
            </translation>
        </message>
        <message>
            <source>No reflection drill rated yet.</source>
            <translation>Todavía no se calificó ningún ejercicio de reflejo.</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 de %3</translation>
        </message>
        <message>
            <source>Ticked in their own ratings: %1. Select the row to read their reflections.</source>
            <translation>Marcado en sus propias calificaciones: %1. Elija la fila para leer sus reflejos.</translation>
        </message>
    </context>
    <context>
        <name>DrillRatingsPanel</name>
        <message>
            <source>Reflection-drill self-ratings</source>
            <translation>Autocalificaciones de ejercicios de reflejo</translation>
        </message>
        <message>
            <source>Select a trainee to read their reflections and self-ratings.</source>
            <translation>Elija un/a participante para leer sus reflejos y autocalificaciones.</translation>
        </message>
        <message>
            <source>Reflection-drill self-ratings of the selected trainee</source>
            <translation>Autocalificaciones de ejercicios de reflejo del/de la participante elegido/a</translation>
        </message>
        <message>
            <source>Reflection-drill self-ratings: %1</source>
            <translation>Autocalificaciones de ejercicios de reflejo: %1</translation>
        </message>
        <message>
            <source>%1 has not rated a reflection drill yet.</source>
            <translation>%1 todavía no calificó ningún ejercicio de reflejo.</translation>
        </message>
        <message>
            <source>nothing ticked</source>
            <translation>nada marcado</translation>
        </message>
        <message>
            <source>%1 · %2 · %3% (%4)
“%5”</source>
            <translation>%1 · %2 · %3% (%4)
“%5”</translation>
        </message>
    </context>
    <context>
        <name>DrillWording</name>
        <message>
            <source>It reflects what they mean or feel</source>
            <translation>Refleja lo que la persona quiere decir o siente</translation>
        </message>
        <message>
            <source>No question is hidden in it</source>
            <translation>No esconde ninguna pregunta</translation>
        </message>
        <message>
            <source>It gives no advice</source>
            <translation>No da consejos</translation>
        </message>
        <message>
            <source>A reflection says back what the person means or feels, not only their words.</source>
            <translation>Un reflejo devuelve lo que la persona quiere decir o siente, no solo sus palabras.</translation>
        </message>
        <message>
            <source>A reflection ends as a statement. Read it aloud: if your voice goes up at the end, it is a question.</source>
            <translation>Un reflejo termina como una afirmación. Léalo en voz alta: si su voz sube al final, es una pregunta.</translation>
        </message>
        <message>
            <source>No 'you should', 'have you tried' or 'why don't you': those are advice, not reflection.</source>
            <translation>Nada de 'usted debería', '¿ya probó…?' o '¿por qué no…?': eso es dar consejos, no reflejar.</translation>
        </message>
        <message>
            <source>meaning or feeling</source>
            <translation>sentido o sentimiento</translation>
        </message>
        <message>
            <source>no question</source>
            <translation>sin pregunta</translation>
        </message>
        <message>
            <source>no advice</source>
            <translation>sin consejos</translation>
        </message>
        <message>
            <source>Complex reflection</source>
            <translation>Reflejo complejo</translation>
        </message>
        <message>
            <source>Simple reflection</source>
            <translation>Reflejo simple</translation>
        </message>
    </context>
    <context>
        <name>DrillsTab</name>
        <message>
            <source>Reflection drills</source>
            <translation>Ejercicios de reflejo</translation>
        </message>
        <message>
            <source>What the person says</source>
            <translation>Lo que dice la persona</translation>
        </message>
        <message>
            <source>Your &amp;reflection:</source>
            <translation>Su &amp;reflejo:</translation>
        </message>
        <message>
            <source>Your reflection</source>
            <translation>Su reflejo</translation>
        </message>
        <message>
            <source>Say back what you hear, as a statement…</source>
            <translation>Devuelva lo que escucha, como una afirmación…</translation>
        </message>
        <message>
            <source>&amp;Show model reflections</source>
            <translation>&amp;Mostrar reflejos modelo</translation>
        </message>
        <message>
            <source>Model reflections</source>
            <translation>Reflejos modelo</translation>
        </message>
        <message>
            <source>Rate your own reflection</source>
            <translation>Califique su propio reflejo</translation>
        </message>
        <message>
            <source>Sa&amp;ve my rating</source>
            <translation>&amp;Guardar mi calificación</translation>
        </message>
        <message>
            <source>&amp;Try this drill again</source>
            <translation>&amp;Intentar este ejercicio otra vez</translation>
        </message>
        <message>
            <source>Your earlier reflections on this drill</source>
            <translation>Sus reflejos anteriores en este ejercicio</translation>
        </message>
        <message numerus="yes">
            <source>%1 (rated %n time(s))</source>
            <translation>
                <numerusform>%1 (calificado %n vez)</numerusform>
                <numerusform>%1 (calificado %n veces)</numerusform>
            </translation>
        </message>
        <message>
            <source>No reflection drills are loaded.</source>
            <translation>No hay ejercicios de reflejo cargados.</translation>
        </message>
        <message>
            <source>They say: “%1”</source>
            <translation>La persona dice: “%1”</translation>
        </message>
        <message>
            <source>%1. “%2” (%3)</source>
            <translation>%1. “%2” (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 of %n checklist item(s) ticked.</source>
            <translation>
                <numerusform>Guardado: %1 de %n punto de la lista marcado.</numerusform>
                <numerusform>Guardado: %1 de %n puntos de la lista marcados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>¡Bien hecho!</translation>
        </message>
        <message>
            <source>nothing ticked</source>
            <translation>nada marcado</translation>
        </message>
        <message>
            <source>%1 · %2 of %3 · %4
“%5”</source>
            <translation>%1 · %2 de %3 · %4
“%5”</translation>
        </message>
    </context>
    <context>
        <name>EditorTab</name>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Spanish side &amp;by side</source>
            <translation>Español &amp;lado a lado</translation>
        </message>
        <message>
            <source>(new, not saved yet)</source>
            <translation>(nuevo, sin guardar todavía)</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit hours</source>
            <translation>Editar horas</translation>
        </message>
        <message>
            <source>Add hours</source>
            <translation>Agregar horas</translation>
        </message>
        <message>
            <source>for example 1.5</source>
            <translation>por ejemplo 1.5</translation>
        </message>
        <message>
            <source>(no domain)</source>
            <translation>(sin dominio)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Horas:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Do&amp;main:</source>
            <translation>&amp;Dominio:</translation>
        </message>
        <message>
            <source>&amp;Setting:</source>
            <translation>Á&amp;mbito:</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Actividad:</translation>
        </message>
        <message>
            <source>Su&amp;pervisor or trainer:</source>
            <translation>Su&amp;pervisor/a o capacitador/a:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>Domain: required for training hours.</source>
            <translation>Dominio: obligatorio para las horas de capacitación.</translation>
        </message>
        <message>
            <source>Recovery community organization</source>
            <translation>Organización comunitaria de recuperación</translation>
        </message>
        <message>
            <source>Treatment program</source>
            <translation>Programa de tratamiento</translation>
        </message>
        <message>
            <source>Emergency department</source>
            <translation>Sala de emergencias</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>Justicia</translation>
        </message>
        <message>
            <source>Child welfare</source>
            <translation>Bienestar infantil</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Save a long entry?</source>
            <translation>¿Guardar un registro largo?</translation>
        </message>
        <message>
            <source>%1 hours in one entry is more than %2. Is that right?</source>
            <translation>%1 horas en un solo registro es más de %2. ¿Es correcto?</translation>
        </message>
        <message>
            <source>&amp;Save it</source>
            <translation>&amp;Guardarlo</translation>
        </message>
        <message>
            <source>&amp;Change the hours</source>
            <translation>&amp;Cambiar las horas</translation>
        </message>
    </context>
    <context>
        <name>ExamQuestions</name>
        <message numerus="yes">
            <source>Not answered: %n question(s). They count as wrong.</source>
            <translation>
                <numerusform>Sin responder: %n pregunta. Cuenta como incorrecta.</numerusform>
                <numerusform>Sin responder: %n preguntas. Cuentan como incorrectas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged for review: %n question(s).</source>
            <translation>
                <numerusform>Marcada para revisar: %n pregunta.</numerusform>
                <numerusform>Marcadas para revisar: %n preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit exam?</source>
            <translation>¿Entregar el examen?</translation>
        </message>
        <message>
            <source>Submit the exam now, or keep working?</source>
            <translation>¿Entregar el examen ahora, o seguir trabajando?</translation>
        </message>
        <message>
            <source>&amp;Submit now</source>
            <translation>&amp;Entregar ahora</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>&amp;Seguir trabajando</translation>
        </message>
        <message>
            <source>Leave the exam?</source>
            <translation>¿Salir del examen?</translation>
        </message>
        <message>
            <source>Your answers and the time left are saved. You can resume this exam later from the Practice page, or abandon it: an abandoned exam is not scored.</source>
            <translation>Sus respuestas y el tiempo que le queda están guardados. Puede seguir con este examen más tarde desde la página Práctica, o abandonarlo: un examen abandonado no tiene puntaje.</translation>
        </message>
        <message>
            <source>&amp;Leave and resume later</source>
            <translation>Salir y &amp;continuar después</translation>
        </message>
        <message>
            <source>&amp;Abandon exam</source>
            <translation>&amp;Abandonar el examen</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the content folder as a pack</source>
            <translation>Exportar la carpeta de contenido como paquete</translation>
        </message>
        <message>
            <source>Pack id</source>
            <translation>Id del paquete</translation>
        </message>
        <message>
            <source>lowercase-words-with-hyphens</source>
            <translation>palabras-en-minusculas-con-guiones</translation>
        </message>
        <message>
            <source>Pack version</source>
            <translation>Versión del paquete</translation>
        </message>
        <message>
            <source>Raise it whenever the content changes.</source>
            <translation>Súbala cada vez que cambie el contenido.</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>Título del paquete</translation>
        </message>
        <message>
            <source>Pack &amp;id:</source>
            <translation>&amp;Id del paquete:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versión:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Correct.</source>
            <translation>Correcto.</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>No del todo.</translation>
        </message>
        <message>
            <source>You missed: %1</source>
            <translation>Le faltó: %1</translation>
        </message>
        <message>
            <source>Not right to choose: %1</source>
            <translation>No correspondía elegir: %1</translation>
        </message>
        <message>
            <source>The right order:</source>
            <translation>El orden correcto:</translation>
        </message>
        <message>
            <source> (your answer)</source>
            <translation> (su respuesta)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to CPSW Trainer</source>
            <translation>Bienvenido/a a CPSW Trainer</translation>
        </message>
        <message>
            <source>Let's set things up. Your answers stay on this computer (or your agency's database) and you can change them later in Settings.</source>
            <translation>Vamos a prepararlo todo. Sus respuestas se quedan en esta computadora (o en la base de datos de su agencia) y puede cambiarlas después en Configuración.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>e.g. Jordan Lee</source>
            <translation>p. ej., Jordan Lee</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>de 4 a 12 cifras</translation>
        </message>
        <message>
            <source>optional: 4 to 12 digits, for shared computers</source>
            <translation>opcional: 4 a 12 cifras, para equipos compartidos</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>&amp;Certification:</source>
            <translation>&amp;Certificación:</translation>
        </message>
        <message>
            <source>P&amp;IN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
    </context>
    <context>
        <name>GlossaryView</name>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <source>← &amp;Modules</source>
            <translation>← &amp;Módulos</translation>
        </message>
        <message>
            <source>Back to the module list</source>
            <translation>Volver a la lista de módulos</translation>
        </message>
        <message>
            <source>Key exam terms in Spanish with their English, because some exams are in English.</source>
            <translation>Términos clave del examen en español con su versión en inglés, porque algunos exámenes son en inglés.</translation>
        </message>
        <message>
            <source>Find a term in Spanish or English</source>
            <translation>Busque un término en español o en inglés</translation>
        </message>
        <message>
            <source>Find a term</source>
            <translation>Buscar un término</translation>
        </message>
        <message>
            <source>Glossary terms</source>
            <translation>Términos del glosario</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n término</numerusform>
                <numerusform>%n términos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of this entry</source>
            <translation>Historial de este registro</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Agregado</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambiado</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Un-verified</source>
            <translation>Verificación quitada</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>por %1</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
    </context>
    <context>
        <name>HoursCsv</name>
        <message>
            <source>Import hours</source>
            <translation>Importar horas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>No se puede leer %1</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>Export hours</source>
            <translation>Exportar horas</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n entry(s) to %1.</source>
            <translation>
                <numerusform>Se escribió %n registro en %1.</numerusform>
                <numerusform>Se escribieron %n registros en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
    </context>
    <context>
        <name>HoursLogTable</name>
        <message>
            <source>Hours log</source>
            <translation>Registro de horas</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>Add hours (Ctrl+N)</source>
            <translation>Agregar horas (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Delete (Delete key)</source>
            <translation>Borrar (tecla Delete)</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Verificar…</translation>
        </message>
        <message>
            <source>&amp;Un-verify</source>
            <translation>De&amp;sverificar</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>Im&amp;portar CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Todo tipo</translation>
        </message>
        <message>
            <source>Filter by domain</source>
            <translation>Filtrar por dominio</translation>
        </message>
        <message>
            <source>Every domain</source>
            <translation>Todo dominio</translation>
        </message>
        <message>
            <source>Filter by verification</source>
            <translation>Filtrar por verificación</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Todo estado</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Ve&amp;r:</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>has&amp;ta</translation>
        </message>
        <message>
            <source>Totals of the entries shown</source>
            <translation>Totales de los registros mostrados</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>No hours yet. Press Ctrl+N to add your first entry, or import a CSV file.</source>
            <translation>Todavía no hay horas. Pulse Ctrl+N para agregar su primer registro, o importe un archivo CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Shown: %n entry(s), %1 h (training %2, experience %3, supervision %4).</source>
            <translation>
                <numerusform>Se muestra: %n registro, %1 h (capacitación %2, experiencia %3, supervisión %4).</numerusform>
                <numerusform>Se muestran: %n registros, %1 h (capacitación %2, experiencia %3, supervisión %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed by %1: a signed entry changes only when a supervisor signs the change. Use Ask for a change.</source>
            <translation>Firmado por %1: un registro firmado solo cambia cuando un/a supervisor/a firma el cambio. Use Pedir un cambio.</translation>
        </message>
        <message>
            <source>Verified by %1: verified entries are locked. Un-verify it to change or delete it.</source>
            <translation>Verificado por %1: los registros verificados están bloqueados. Quite la verificación para cambiarlo o borrarlo.</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>¿Borrar el registro?</translation>
        </message>
        <message>
            <source>Delete %1 h of %2 on %3? This cannot be undone.</source>
            <translation>¿Borrar %1 h de %2 del %3? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede borrar</translation>
        </message>
        <message>
            <source>Verify hours</source>
            <translation>Verificar horas</translation>
        </message>
        <message>
            <source>Name of the supervisor verifying these hours:</source>
            <translation>Nombre del/de la supervisor/a que verifica estas horas:</translation>
        </message>
        <message>
            <source>Cannot verify</source>
            <translation>No se puede verificar</translation>
        </message>
        <message>
            <source>Cannot un-verify</source>
            <translation>No se puede quitar la verificación</translation>
        </message>
    </context>
    <context>
        <name>HoursSignoff</name>
        <message>
            <source>&amp;Sign entries…</source>
            <translation>&amp;Firmar registros…</translation>
        </message>
        <message>
            <source>A supervisor at this computer signs with their certificate</source>
            <translation>Un/a supervisor/a en esta computadora firma con su certificado</translation>
        </message>
        <message>
            <source>Sign by &amp;file</source>
            <translation>Firmar por &amp;archivo</translation>
        </message>
        <message>
            <source>For a supervisor elsewhere: they sign a request file and send it back</source>
            <translation>Para un/a supervisor/a en otro lugar: firma un archivo de solicitud y lo devuelve</translation>
        </message>
        <message>
            <source>Export verification re&amp;quest…</source>
            <translation>Exportar &amp;solicitud de verificación…</translation>
        </message>
        <message>
            <source>Import signed &amp;response…</source>
            <translation>Importar &amp;respuesta firmada…</translation>
        </message>
        <message>
            <source>Ask for a &amp;change…</source>
            <translation>Pedir &amp;cambio…</translation>
        </message>
        <message>
            <source>A signed entry changes only when a supervisor signs the change</source>
            <translation>Un registro firmado solo cambia cuando un/a supervisor/a firma el cambio</translation>
        </message>
        <message>
            <source>%1 Signed by %2 (certificate serial %3 from %4), fields digest %5</source>
            <translation>%1 Firmado por %2 (certificado con número de serie %3 de %4), resumen de los campos %5</translation>
        </message>
        <message>
            <source>the signature holds.</source>
            <translation>la firma es válida.</translation>
        </message>
        <message>
            <source>the signature does not count: %1</source>
            <translation>la firma no cuenta: %1</translation>
        </message>
        <message>
            <source>replaced by a later signature.</source>
            <translation>sustituida por una firma posterior.</translation>
        </message>
        <message>
            <source>Nothing to sign</source>
            <translation>Nada que firmar</translation>
        </message>
        <message>
            <source>Every entry already carries a valid signature.</source>
            <translation>Cada registro ya tiene una firma válida.</translation>
        </message>
        <message>
            <source>Export verification request</source>
            <translation>Exportar la solicitud de verificación</translation>
        </message>
        <message>
            <source>Requests (*.json)</source>
            <translation>Solicitudes (*.json)</translation>
        </message>
        <message>
            <source>Request written</source>
            <translation>Solicitud escrita</translation>
        </message>
        <message numerus="yes">
            <source>Wrote a request to sign %n entry(s) to %1. Send it to your supervisor; import the signed response they send back.</source>
            <translation>
                <numerusform>Se escribió en %1 una solicitud para firmar %n registro. Envíela a su supervisor/a; importe la respuesta firmada que le devuelva.</numerusform>
                <numerusform>Se escribió en %1 una solicitud para firmar %n registros. Envíela a su supervisor/a; importe la respuesta firmada que le devuelva.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>Import signed response</source>
            <translation>Importar la respuesta firmada</translation>
        </message>
        <message>
            <source>Responses (*.json)</source>
            <translation>Respuestas (*.json)</translation>
        </message>
        <message>
            <source>Signatures kept</source>
            <translation>Firmas guardadas</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n signature(s) from %1: each one checked.</source>
            <translation>
                <numerusform>Se guardó %n firma de %1: revisada.</numerusform>
                <numerusform>Se guardaron %n firmas de %1: cada una revisada.</numerusform>
            </translation>
        </message>
        <message>
            <source>The response was refused</source>
            <translation>Se rechazó la respuesta</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Revisando %1…</translation>
        </message>
        <message>
            <source>Ask for a change</source>
            <translation>Pedir un cambio</translation>
        </message>
        <message>
            <source>Change asked for</source>
            <translation>Cambio pedido</translation>
        </message>
        <message>
            <source>The entry changes when a supervisor signs it as you asked: use Sign entries… or Export verification request….</source>
            <translation>El registro cambia cuando un/a supervisor/a lo firme como usted pidió: use Firmar registros… o Exportar solicitud de verificación….</translation>
        </message>
    </context>
    <context>
        <name>HoursTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Supervisor or trainer</source>
            <translation>Supervisor/a o capacitador/a</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>%1 was named as verifier on %2, but did not sign: it does not count as verified. Verified entries are locked: un-verify to change them.</source>
            <translation>%1 figura como verificador/a el %2, pero no firmó: no cuenta como verificado. Los registros verificados están bloqueados: quite la verificación para cambiarlos.</translation>
        </message>
        <message>
            <source>Signed by %1 on %2 with a certificate from the agency. Signed entries are locked: ask for a change.</source>
            <translation>Firmado por %1 el %2 con un certificado de la agencia. Los registros firmados están bloqueados: pida un cambio.</translation>
        </message>
        <message>
            <source>The signature does not count: %1</source>
            <translation>La firma no cuenta: %1</translation>
        </message>
        <message>
            <source>Signature not valid</source>
            <translation>Firma no válida</translation>
        </message>
        <message>
            <source>Named %1, not signed</source>
            <translation>Figura %1, sin firmar</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Firmado por %1</translation>
        </message>
    </context>
    <context>
        <name>HoursWording</name>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Experiencia</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervisión</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>domain</source>
            <translation>dominio</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>ámbito</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>actividad</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor/a</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>verified by</source>
            <translation>verificado por</translation>
        </message>
        <message>
            <source>Please enter the date of these hours.</source>
            <translation>Escriba la fecha de estas horas, por favor.</translation>
        </message>
        <message>
            <source>The date %1 is in the future. Log hours on or after the day you did them.</source>
            <translation>La fecha %1 está en el futuro. Registre las horas el mismo día en que las hizo o después.</translation>
        </message>
        <message>
            <source>Please enter the hours as a number, for example 1.5.</source>
            <translation>Escriba las horas como un número, por ejemplo 1.5.</translation>
        </message>
        <message>
            <source>Hours must be more than zero. Enter how long you spent, for example 1.5.</source>
            <translation>Las horas deben ser más de cero. Escriba cuánto tiempo dedicó, por ejemplo 1.5.</translation>
        </message>
        <message>
            <source>%1 is not a whole number of quarter hours. Round to the nearest 0.25 (15 minutes).</source>
            <translation>%1 no es un número exacto de cuartos de hora. Redondee al 0.25 más cercano (15 minutos).</translation>
        </message>
        <message>
            <source>That would make %1 hours on %2 (you already logged %3), but a day has only 24. Check the hours or the date.</source>
            <translation>Eso daría %1 horas el %2 (ya registró %3), pero un día tiene solo 24. Revise las horas o la fecha.</translation>
        </message>
        <message>
            <source>Please choose the kind of hours: training, experience or supervision.</source>
            <translation>Elija el tipo de horas: capacitación, experiencia o supervisión.</translation>
        </message>
        <message>
            <source>Training hours need a domain. Choose the domain the training covered.</source>
            <translation>Las horas de capacitación necesitan un dominio. Elija el dominio que cubrió la capacitación.</translation>
        </message>
        <message>
            <source>'%1' is not a known domain. Choose one of: %2.</source>
            <translation>'%1' no es un dominio conocido. Elija uno de estos: %2.</translation>
        </message>
        <message numerus="yes">
            <source>The %1 field is %n character(s) long. Please shorten it to at most %2.</source>
            <translation>
                <numerusform>El campo %1 tiene %n carácter. Acórtelo a %2 como máximo, por favor.</numerusform>
                <numerusform>El campo %1 tiene %n caracteres. Acórtelo a %2 como máximo, por favor.</numerusform>
            </translation>
        </message>
        <message>
            <source>That trainee no longer exists.</source>
            <translation>Ese/a participante ya no existe.</translation>
        </message>
        <message>
            <source>That hours entry no longer exists.</source>
            <translation>Ese registro de horas ya no existe.</translation>
        </message>
        <message>
            <source>Please enter the name of the person verifying these hours.</source>
            <translation>Escriba el nombre de la persona que verifica estas horas, por favor.</translation>
        </message>
        <message numerus="yes">
            <source>Please use a name of at most %n character(s).</source>
            <translation>
                <numerusform>Use un nombre de %n carácter como máximo, por favor.</numerusform>
                <numerusform>Use un nombre de %n caracteres como máximo, por favor.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry is already verified by %1.</source>
            <translation>Este registro ya está verificado por %1.</translation>
        </message>
        <message>
            <source>This entry is not verified, so there is nothing to undo.</source>
            <translation>Este registro no está verificado, así que no hay nada que deshacer.</translation>
        </message>
        <message>
            <source>This entry was verified by %1 on %2, so it cannot be changed. Ask them to un-verify it first.</source>
            <translation>%1 verificó este registro el %2, así que no se puede cambiar. Pídale primero que quite la verificación.</translation>
        </message>
        <message>
            <source>This entry was verified by %1 on %2, so it cannot be deleted. Ask them to un-verify it first.</source>
            <translation>%1 verificó este registro el %2, así que no se puede borrar. Pídale primero que quite la verificación.</translation>
        </message>
        <message>
            <source>%1 signed this entry on %2, so it cannot be changed, deleted or un-verified. Ask for a change: it applies once a supervisor signs it.</source>
            <translation>%1 firmó este registro el %2, así que no se puede cambiar, borrar ni quitarle la verificación. Pida un cambio: se aplica cuando un/a supervisor/a lo firme.</translation>
        </message>
        <message>
            <source>That would make %1 hours on %2 (already logged: %3), but a day has only 24. Nothing was added; check the hours or the dates.</source>
            <translation>Eso daría %1 horas el %2 (ya registradas: %3), pero un día tiene solo 24. No se agregó nada; revise las horas o las fechas.</translation>
        </message>
        <message>
            <source>This file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.</source>
            <translation>Este archivo no es texto UTF-8. Guárdelo como 'CSV UTF-8' y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This file is empty. Export an hours log first to see the expected columns.</source>
            <translation>Este archivo está vacío. Exporte primero un registro de horas para ver las columnas que se esperan.</translation>
        </message>
        <message numerus="yes">
            <source>The first line must name the columns; %n (is|are) missing: %1. Expected: %2.</source>
            <translation>
                <numerusform>La primera línea debe nombrar las columnas; falta %n: %1. Se esperan: %2.</numerusform>
                <numerusform>La primera línea debe nombrar las columnas; faltan %n: %1. Se esperan: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>This row has more values than the header has columns. Put quotes around text that contains the separator.</source>
            <translation>Esta fila tiene más valores que columnas el encabezado. Ponga entre comillas el texto que contenga el separador.</translation>
        </message>
        <message>
            <source>'%1' is not a date. Use YYYY-MM-DD (2026-03-31) or MM/DD/YYYY (03/31/2026).</source>
            <translation>'%1' no es una fecha. Use AAAA-MM-DD (2026-03-31) o MM/DD/AAAA (03/31/2026).</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) (has|have) problems (line(s) %1). Fix them in the file and import again, or choose to skip them.</source>
            <translation>
                <numerusform>No se importó nada: %n fila tiene problemas (línea %1). Corríjala en el archivo y vuelva a importar, o elija omitirla.</numerusform>
                <numerusform>No se importó nada: %n filas tienen problemas (líneas %1). Corríjalas en el archivo y vuelva a importar, o elija omitirlas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import hours from %1</source>
            <translation>Importar horas de %1</translation>
        </message>
        <message numerus="yes">
            <source>Ready to import: %n row(s).</source>
            <translation>
                <numerusform>Lista para importar: %n fila.</numerusform>
                <numerusform>Listas para importar: %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already in your log: %n.</source>
            <translation>
                <numerusform>Ya en su registro: %n.</numerusform>
                <numerusform>Ya en su registro: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With problems: %n.</source>
            <translation>
                <numerusform>Con problemas: %n.</numerusform>
                <numerusform>Con problemas: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Filas del archivo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Already in log</source>
            <translation>Ya registrada</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>&amp;Skip the rows with problems</source>
            <translation>&amp;Omitir las filas con problemas</translation>
        </message>
        <message>
            <source>&amp;Import all</source>
            <translation>&amp;Importar todo</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) (has|have) problems. Fix them in the file and import again, or tick “Skip the rows with problems”.</source>
            <translation>
                <numerusform>No se importó nada: %n fila tiene problemas. Corríjala en el archivo y vuelva a importar, o marque “Omitir las filas con problemas”.</numerusform>
                <numerusform>No se importó nada: %n filas tienen problemas. Corríjalas en el archivo y vuelva a importar, o marque “Omitir las filas con problemas”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>No se importó nada: %1</translation>
        </message>
        <message>
            <source>The import was stopped: nothing was added.</source>
            <translation>Se detuvo la importación: no se agregó nada.</translation>
        </message>
    </context>
    <context>
        <name>IssuedModel</name>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Código de verificación</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Signed by %1, trusted</source>
            <translation>Firmado por %1, de confianza</translation>
        </message>
        <message>
            <source>Self-issued: unchanged, nobody vouched</source>
            <translation>Emitido por uno/a mismo/a: sin cambios, nadie lo avala</translation>
        </message>
        <message>
            <source>Signed by %1, not trusted here</source>
            <translation>Firmado por %1, no es de confianza aquí</translation>
        </message>
        <message>
            <source>Signed by %1: certificate revoked or out of date</source>
            <translation>Firmado por %1: certificado revocado o vencido</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Cambiado después de firmar</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Sin firmar</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>No se encontró el archivo</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Revisando…</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Informe de preparación</translation>
        </message>
        <message>
            <source>Renewal packet</source>
            <translation>Paquete de renovación</translation>
        </message>
        <message>
            <source>Hours log</source>
            <translation>Registro de horas</translation>
        </message>
    </context>
    <context>
        <name>LinesEdit</name>
        <message>
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CPSW Trainer</source>
            <translation>CPSW Trainer</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autoría</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navegación</translation>
        </message>
        <message>
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <source>Your exam is saved</source>
            <translation>Su examen está guardado</translation>
        </message>
        <message>
            <source>Your practice is saved</source>
            <translation>Su práctica está guardada</translation>
        </message>
        <message>
            <source>Every answer and the time left are saved. Next time you open CPSW Trainer, it offers to resume right where you left off.</source>
            <translation>Cada respuesta y el tiempo que le queda están guardados. La próxima vez que abra CPSW Trainer, podrá seguir justo donde lo dejó.</translation>
        </message>
        <message>
            <source>Every answer is saved. Next time you open CPSW Trainer, you can resume it from the Practice page.</source>
            <translation>Cada respuesta está guardada. La próxima vez que abra CPSW Trainer, podrá seguir desde la página Práctica.</translation>
        </message>
        <message>
            <source>Renewal and CE</source>
            <translation>Renovación</translation>
        </message>
        <message>
            <source>Content problems</source>
            <translation>Problemas del contenido</translation>
        </message>
        <message>
            <source>Some study material could not be loaded: show</source>
            <translation>No se pudo cargar parte del material de estudio: mostrar</translation>
        </message>
        <message>
            <source>Show content problems</source>
            <translation>Mostrar los problemas del contenido</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Sesión de %1</translation>
        </message>
    </context>
    <context>
        <name>ModuleEditor</name>
        <message>
            <source>Module id</source>
            <translation>Id del módulo</translation>
        </message>
        <message>
            <source>Module title</source>
            <translation>Título del módulo</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Competencies</source>
            <translation>Competencias</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Reading time in minutes</source>
            <translation>Tiempo de lectura en minutos</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Bump when the meaning changes.</source>
            <translation>Súbala cuando cambie el sentido.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Referencias</translation>
        </message>
        <message>
            <source>Linked question bank</source>
            <translation>Banco de preguntas vinculado</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;Id</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Domain</source>
            <translation>&amp;Dominio</translation>
        </message>
        <message>
            <source>Co&amp;mpetencies</source>
            <translation>Co&amp;mpetencias</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation>O&amp;bjetivos</translation>
        </message>
        <message>
            <source>Re&amp;ferences</source>
            <translation>Re&amp;ferencias</translation>
        </message>
        <message>
            <source>&amp;Question bank</source>
            <translation>Banco de &amp;preguntas</translation>
        </message>
        <message>
            <source>Section outline</source>
            <translation>Esquema de secciones</translation>
        </message>
        <message>
            <source>Module text (Markdown)</source>
            <translation>Texto del módulo (Markdown)</translation>
        </message>
        <message>
            <source>Outline: the '## ' headings</source>
            <translation>Esquema: los títulos '## '</translation>
        </message>
        <message>
            <source>Te&amp;xt (Markdown)</source>
            <translation>Te&amp;xto (Markdown)</translation>
        </message>
        <message>
            <source>Preview as trainees see it</source>
            <translation>Vista previa como la ven los participantes</translation>
        </message>
        <message>
            <source>Preview of the section at the cursor</source>
            <translation>Vista previa de la sección donde está el cursor</translation>
        </message>
        <message>
            <source>Lowercase words joined by hyphens. It cannot change after the first save.</source>
            <translation>Palabras en minúsculas unidas por guiones. No puede cambiar después de guardar por primera vez.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>a module with id '%1' already exists; choose another id</source>
            <translation>ya existe un módulo con el id '%1'; elija otro id</translation>
        </message>
        <message>
            <source>quiz '%1' names no question bank</source>
            <translation>el cuestionario '%1' no corresponde a ningún banco de preguntas</translation>
        </message>
        <message numerus="yes">
            <source>Problems: %n</source>
            <translation>
                <numerusform>Problemas: %n</numerusform>
                <numerusform>Problemas: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed beside the editor first.</source>
            <translation>
                <numerusform>Sin guardar: primero corrija el problema listado junto al editor.</numerusform>
                <numerusform>Sin guardar: primero corrija los %n problemas listados junto al editor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Sin guardar: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
    </context>
    <context>
        <name>ModuleListModel</name>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Complete ✓</source>
            <translation>Terminado ✓</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n section(s) read</source>
            <translation>
                <numerusform>%1 de %n sección leída</numerusform>
                <numerusform>%1 de %n secciones leídas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleReader</name>
        <message>
            <source>← &amp;Modules</source>
            <translation>← &amp;Módulos</translation>
        </message>
        <message>
            <source>Back to the module list</source>
            <translation>Volver a la lista de módulos</translation>
        </message>
        <message>
            <source>Section position</source>
            <translation>Posición de la sección</translation>
        </message>
        <message>
            <source>Section outline</source>
            <translation>Esquema de secciones</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Texto de la sección</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>Previous section</source>
            <translation>Sección anterior</translation>
        </message>
        <message>
            <source>&amp;Next section</source>
            <translation>Sección &amp;siguiente</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>Sección %1 de %2</translation>
        </message>
        <message>
            <source>&amp;Finish module</source>
            <translation>&amp;Terminar el módulo</translation>
        </message>
        <message>
            <source>Finish module</source>
            <translation>Terminar el módulo</translation>
        </message>
        <message>
            <source>Next section</source>
            <translation>Sección siguiente</translation>
        </message>
        <message>
            <source>, read</source>
            <translation>, leída</translation>
        </message>
        <message>
            <source>, not read yet</source>
            <translation>, sin leer todavía</translation>
        </message>
    </context>
    <context>
        <name>ModuleTree</name>
        <message>
            <source>Modules by domain</source>
            <translation>Módulos por dominio</translation>
        </message>
    </context>
    <context>
        <name>ModulesPage</name>
        <message>
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <source>Choose a module and press Enter to read it. In the reader, Alt+Right moves on and Escape comes back here.</source>
            <translation>Elija un módulo y pulse Enter para leerlo. En el lector, Alt+Right avanza y Escape vuelve aquí.</translation>
        </message>
        <message>
            <source>No modules are available. Check the content problems panel, or ask your trainer for a content pack.</source>
            <translation>No hay módulos disponibles. Revise el panel de problemas del contenido, o pídale a su capacitador/a un paquete de contenido.</translation>
        </message>
        <message>
            <source>&amp;Glossary</source>
            <translation>&amp;Glosario</translation>
        </message>
        <message>
            <source>Glossary of key exam terms in Spanish and English</source>
            <translation>Glosario de términos clave del examen en español y en inglés</translation>
        </message>
    </context>
    <context>
        <name>NavigatorDialog</name>
        <message>
            <source>Exam navigator</source>
            <translation>Navegador del examen</translation>
        </message>
        <message>
            <source>%1 answered, %2 not answered, %3 flagged. Choose a question to go to it.</source>
            <translation>%1 respondidas, %2 sin responder, %3 marcadas. Elija una pregunta para ir a ella.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorGrid</name>
        <message>
            <source>answered</source>
            <translation>respondida</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
        <message>
            <source>, flagged</source>
            <translation>, marcada</translation>
        </message>
        <message>
            <source>Question %1, %2</source>
            <translation>Pregunta %1, %2</translation>
        </message>
    </context>
    <context>
        <name>NoteCheck</name>
        <message>
            <source>Does your note have…</source>
            <translation>¿Su nota tiene…</translation>
        </message>
        <message>
            <source>Tick each item your note has. A payer can refuse a note that lacks one.</source>
            <translation>Marque cada punto que tiene su nota. Un pagador puede rechazar una nota a la que le falte uno.</translation>
        </message>
        <message>
            <source>Sa&amp;ve my check</source>
            <translation>&amp;Guardar mi revisión</translation>
        </message>
        <message>
            <source>Your check</source>
            <translation>Su revisión</translation>
        </message>
        <message>
            <source>A model note</source>
            <translation>Una nota modelo</translation>
        </message>
        <message>
            <source>The model note</source>
            <translation>La nota modelo</translation>
        </message>
        <message>
            <source>Yours need not match it word for word: compare what it holds, not how it is said.</source>
            <translation>La suya no tiene que ser igual palabra por palabra: compare lo que contiene, no cómo se dice.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: your note has %1 of the %n item(s) a billable note needs.</source>
            <translation>
                <numerusform>Guardado: su nota tiene %1 del %n punto que necesita una nota facturable.</numerusform>
                <numerusform>Guardado: su nota tiene %1 de los %n puntos que necesita una nota facturable.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add these before you sign a real note:</source>
            <translation>Agregue esto antes de firmar una nota real:</translation>
        </message>
        <message>
            <source>• %1: %2</source>
            <translation>• %1: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Signature: %1</source>
            <translation>Firma: %1</translation>
        </message>
    </context>
    <context>
        <name>NoteWording</name>
        <message>
            <source>The date (and time) of the contact</source>
            <translation>La fecha (y la hora) del contacto</translation>
        </message>
        <message>
            <source>How long it lasted, and the billing units</source>
            <translation>Cuánto duró, y las unidades de facturación</translation>
        </message>
        <message>
            <source>The service given, and where</source>
            <translation>El servicio que se dio, y dónde</translation>
        </message>
        <message>
            <source>The recovery-plan goal it served</source>
            <translation>La meta del plan de recuperación a la que sirvió</translation>
        </message>
        <message>
            <source>The person's own words, in quotes</source>
            <translation>Las propias palabras de la persona, entre comillas</translation>
        </message>
        <message>
            <source>What you, the peer, did</source>
            <translation>Lo que usted, como par, hizo</translation>
        </message>
        <message>
            <source>How the person responded</source>
            <translation>Cómo respondió la persona</translation>
        </message>
        <message>
            <source>The plan: the next step and when</source>
            <translation>El plan: el próximo paso y cuándo</translation>
        </message>
        <message>
            <source>Your signature, credential and the date</source>
            <translation>Su firma, su credencial y la fecha</translation>
        </message>
        <message>
            <source>A note without a date cannot be billed or found again.</source>
            <translation>Una nota sin fecha no se puede facturar ni volver a encontrar.</translation>
        </message>
        <message>
            <source>Payers pay by time: start and end, minutes, and units (often 15 minutes each; check your payer).</source>
            <translation>Los pagadores pagan por tiempo: inicio y fin, minutos y unidades (a menudo de 15 minutos cada una; consulte con su pagador).</translation>
        </message>
        <message>
            <source>For example: individual peer support, in person at the center.</source>
            <translation>Por ejemplo: apoyo entre pares individual, en persona en el centro.</translation>
        </message>
        <message>
            <source>A billable contact works toward a goal in the person's plan. Name the goal.</source>
            <translation>Un contacto facturable trabaja hacia una meta del plan de la persona. Nombre la meta.</translation>
        </message>
        <message>
            <source>A short quote keeps the person's voice in their record.</source>
            <translation>Una cita breve conserva la voz de la persona en su expediente.</translation>
        </message>
        <message>
            <source>Write what you did in plain words, without clinical labels.</source>
            <translation>Escriba lo que hizo con palabras sencillas, sin etiquetas clínicas.</translation>
        </message>
        <message>
            <source>What the person said or did after: facts, not judgements.</source>
            <translation>Lo que la persona dijo o hizo después: hechos, no juicios.</translation>
        </message>
        <message>
            <source>Who does what next, and when you will meet or call again.</source>
            <translation>Quién hace qué después, y cuándo se volverán a ver o a llamar.</translation>
        </message>
        <message>
            <source>Name, credential (for example, Peer Recovery Specialist) and date.</source>
            <translation>Nombre, credencial (por ejemplo, Peer Recovery Specialist) y fecha.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos (Data)</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Subjective</source>
            <translation>Subjetivo</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Conducta (Behavior)</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervención</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Date and time:</source>
            <translation>Fecha y hora:</translation>
        </message>
        <message>
            <source>Duration and units:</source>
            <translation>Duración y unidades:</translation>
        </message>
        <message>
            <source>Service and setting:</source>
            <translation>Servicio y ámbito:</translation>
        </message>
        <message>
            <source>Recovery-plan goal:</source>
            <translation>Meta del plan de recuperación:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Firma:</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Progress notes</source>
            <translation>Notas de avance</translation>
        </message>
        <message>
            <source>Note-writing exercises</source>
            <translation>Ejercicios para escribir notas</translation>
        </message>
        <message>
            <source>The contact</source>
            <translation>El contacto</translation>
        </message>
        <message>
            <source>The service contact to document</source>
            <translation>El contacto de servicio que debe documentar</translation>
        </message>
        <message>
            <source>Note format</source>
            <translation>Formato de la nota</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>Your &amp;note:</source>
            <translation>Su &amp;nota:</translation>
        </message>
        <message>
            <source>Your progress note</source>
            <translation>Su nota de avance</translation>
        </message>
        <message>
            <source>&amp;Check against the rubric</source>
            <translation>&amp;Revisar con la rúbrica</translation>
        </message>
        <message>
            <source>Export as &amp;text…</source>
            <translation>Exportar como &amp;texto…</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Exportar como &amp;PDF…</translation>
        </message>
        <message>
            <source>Your checked notes for this exercise</source>
            <translation>Sus notas revisadas de este ejercicio</translation>
        </message>
        <message>
            <source>%1 (draft)</source>
            <translation>%1 (borrador)</translation>
        </message>
        <message>
            <source>%1 (checked: %2%)</source>
            <translation>%1 (revisada: %2%)</translation>
        </message>
        <message>
            <source>No note-writing exercises are loaded.</source>
            <translation>No hay ejercicios para escribir notas cargados.</translation>
        </message>
        <message>
            <source>The goal in the person's recovery plan: %1</source>
            <translation>La meta del plan de recuperación de la persona: %1</translation>
        </message>
        <message>
            <source>Your note is kept as written: use the %1 headings for it.</source>
            <translation>Su nota se guarda tal como la escribió: use para ella los títulos de %1.</translation>
        </message>
        <message>
            <source>The model note for this contact is written as %1.</source>
            <translation>La nota modelo de este contacto está escrita en formato %1.</translation>
        </message>
        <message>
            <source>Not saved yet…</source>
            <translation>Sin guardar todavía…</translation>
        </message>
        <message>
            <source>Your note is saved as a draft as you type.</source>
            <translation>Su nota se guarda como borrador mientras escribe.</translation>
        </message>
        <message>
            <source>Checked %1. Writing on starts a new draft.</source>
            <translation>Revisada %1. Si sigue escribiendo, empieza un nuevo borrador.</translation>
        </message>
        <message>
            <source>Draft saved %1.</source>
            <translation>Borrador guardado %1.</translation>
        </message>
        <message>
            <source>Choose who is studying first: a check is kept for one person.</source>
            <translation>Primero elija quién está estudiando: cada revisión se guarda para una persona.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 of %4 rubric items</source>
            <translation>%1 · %2 · %3 de %4 puntos de la rúbrica</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
        <message>
            <source>Export the note</source>
            <translation>Exportar la nota</translation>
        </message>
        <message>
            <source>Progress note (%1): %2</source>
            <translation>Nota de avance (%1): %2</translation>
        </message>
        <message>
            <source>A practice note written in CPSW Trainer for a made-up contact; not a service record.</source>
            <translation>Una nota de práctica escrita en CPSW Trainer para un contacto inventado; no es un registro de servicio.</translation>
        </message>
        <message>
            <source>Exporting the note…</source>
            <translation>Exportando la nota…</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <source>The note could not be exported: %1. Choose another folder and try again.</source>
            <translation>No se pudo exportar la nota: %1. Elija otra carpeta y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>OptionsEditor</name>
        <message>
            <source>&amp;Add option</source>
            <translation>&amp;Agregar opción</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Agregar opción</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Option %1 is correct</source>
            <translation>La opción %1 es correcta</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>Opción %1</translation>
        </message>
        <message>
            <source>Option %1 text</source>
            <translation>Texto de la opción %1</translation>
        </message>
        <message>
            <source>Why (shown after answering)</source>
            <translation>Por qué (se muestra al responder)</translation>
        </message>
        <message>
            <source>Why option %1 is right or wrong</source>
            <translation>Por qué la opción %1 es correcta o incorrecta</translation>
        </message>
        <message>
            <source>Move option %1 up</source>
            <translation>Subir la opción %1</translation>
        </message>
        <message>
            <source>Move option %1 down</source>
            <translation>Bajar la opción %1</translation>
        </message>
        <message>
            <source>Remove option %1</source>
            <translation>Quitar la opción %1</translation>
        </message>
    </context>
    <context>
        <name>PacketMaker</name>
        <message>
            <source>The packet could not be made: %1</source>
            <translation>No se pudo crear el paquete: %1</translation>
        </message>
        <message>
            <source>Stopped: no packet was made.</source>
            <translation>Detenido: no se creó ningún paquete.</translation>
        </message>
        <message>
            <source>Making the renewal packet…</source>
            <translation>Creando el paquete de renovación…</translation>
        </message>
        <message>
            <source>The renewal packet is ready. Verification code %1. Saved in %2; the Reports page lists it.</source>
            <translation>El paquete de renovación está listo. Código de verificación %1. Guardado en %2; la página Informes lo muestra.</translation>
        </message>
    </context>
    <context>
        <name>PacksTab</name>
        <message>
            <source>A content pack is a zip of modules, question banks, profiles and role-plays that adds to the bundled content. It is checked completely before anything is installed.</source>
            <translation>Un paquete de contenido es un zip de módulos, bancos de preguntas, perfiles y juegos de rol que se suma al contenido incluido. Se revisa completo antes de instalar nada.</translation>
        </message>
        <message>
            <source>Installed content packs</source>
            <translation>Paquetes de contenido instalados</translation>
        </message>
        <message>
            <source>&amp;Install a pack…</source>
            <translation>&amp;Instalar un paquete…</translation>
        </message>
        <message>
            <source>Install a content pack</source>
            <translation>Instalar un paquete de contenido</translation>
        </message>
        <message>
            <source>E&amp;xport the content folder as a pack…</source>
            <translation>E&amp;xportar la carpeta de contenido como paquete…</translation>
        </message>
        <message>
            <source>Export the content folder as a pack</source>
            <translation>Exportar la carpeta de contenido como paquete</translation>
        </message>
        <message>
            <source>Pack status</source>
            <translation>Estado del paquete</translation>
        </message>
        <message>
            <source>Pack problems</source>
            <translation>Problemas del paquete</translation>
        </message>
        <message>
            <source>Installed packs:</source>
            <translation>Paquetes instalados:</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Paquetes de contenido (*.zip)</translation>
        </message>
        <message>
            <source>%1 (%2), version %3: %4, %5</source>
            <translation>%1 (%2), versión %3: %4, %5</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n módulo</numerusform>
                <numerusform>%n módulos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n role-play(s)</source>
            <translation>
                <numerusform>, %n juego de rol</numerusform>
                <numerusform>, %n juegos de rol</numerusform>
            </translation>
        </message>
        <message>
            <source>No content packs are installed.</source>
            <translation>No hay paquetes de contenido instalados.</translation>
        </message>
        <message>
            <source>Installing %1…</source>
            <translation>Instalando %1…</translation>
        </message>
        <message>
            <source>Pack %1 version %2 is already installed; nothing changed.</source>
            <translation>El paquete %1 versión %2 ya está instalado; no cambió nada.</translation>
        </message>
        <message>
            <source>Upgraded pack %1 from version %2 to %3.</source>
            <translation>Se actualizó el paquete %1 de la versión %2 a la %3.</translation>
        </message>
        <message>
            <source>Installed pack %1 version %2.</source>
            <translation>Se instaló el paquete %1 versión %2.</translation>
        </message>
        <message>
            <source>Not in the new version (past answers to them are kept): %1</source>
            <translation>No están en la nueva versión (se conservan las respuestas anteriores): %1</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Sin hacer</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se cambió nada.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote pack %1 version %2 to %3: %n question(s).</source>
            <translation>
                <numerusform>Se escribió el paquete %1 versión %2 en %3: %n pregunta.</numerusform>
                <numerusform>Se escribió el paquete %1 versión %2 en %3: %n preguntas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingFiles</name>
        <message>
            <source>Attach a &amp;certificate…</source>
            <translation>Adjuntar un &amp;certificado…</translation>
        </message>
        <message>
            <source>A certificate, letter or transcript: PDF, PNG or JPEG, at most 10 MB</source>
            <translation>Un certificado, una carta o un expediente: PDF, PNG o JPEG, de 10 MB como máximo</translation>
        </message>
        <message>
            <source>No files attached yet.</source>
            <translation>Todavía no hay archivos adjuntos.</translation>
        </message>
        <message>
            <source>Attached: %1</source>
            <translation>Adjunto: %1</translation>
        </message>
    </context>
    <context>
        <name>PracticeHome</name>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Unfinished attempt</source>
            <translation>Intento sin terminar</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Practice with feedback</source>
            <translation>Práctica con comentarios</translation>
        </message>
        <message>
            <source>What to practise</source>
            <translation>Qué practicar</translation>
        </message>
        <message>
            <source>Number of questions</source>
            <translation>Número de preguntas</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Start &amp;practice</source>
            <translation>Empezar la &amp;práctica</translation>
        </message>
        <message>
            <source>&amp;Questions from:</source>
            <translation>Pre&amp;guntas de:</translation>
        </message>
        <message>
            <source>&amp;How many:</source>
            <translation>Ca&amp;ntidad:</translation>
        </message>
        <message>
            <source>Exam simulation</source>
            <translation>Simulacro de examen</translation>
        </message>
        <message>
            <source>Start &amp;exam</source>
            <translation>Empezar el e&amp;xamen</translation>
        </message>
        <message>
            <source>Spaced review</source>
            <translation>Repaso espaciado</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Repaso pendiente</translation>
        </message>
        <message>
            <source>Start re&amp;view</source>
            <translation>Empezar el &amp;repaso</translation>
        </message>
        <message>
            <source>Your history</source>
            <translation>Su historial</translation>
        </message>
        <message>
            <source>No finished attempts yet. Start with a 10-question practice set on a module you have read; your scores will appear here.</source>
            <translation>Todavía no hay intentos terminados. Empiece con una serie de práctica de 10 preguntas sobre un módulo que haya leído; sus puntajes aparecerán aquí.</translation>
        </message>
        <message>
            <source>Past attempts</source>
            <translation>Intentos anteriores</translation>
        </message>
    </context>
    <context>
        <name>PracticePage</name>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>The time for this exam ran out while CPSW Trainer was closed, so it was submitted with the answers you had given.</source>
            <translation>El tiempo de este examen se acabó mientras CPSW Trainer estaba cerrado, así que se entregó con las respuestas que había dado.</translation>
        </message>
        <message>
            <source>Mixed: every module</source>
            <translation>Mezcla: todos los módulos</translation>
        </message>
        <message>
            <source>Domain: %1</source>
            <translation>Dominio: %1</translation>
        </message>
        <message>
            <source>Module: %1</source>
            <translation>Módulo: %1</translation>
        </message>
        <message>
            <source>Competency: %1</source>
            <translation>Competencia: %1</translation>
        </message>
        <message>
            <source>Choose your certification in Settings to sit its exam simulation.</source>
            <translation>Elija su certificación en Configuración para hacer su simulacro de examen.</translation>
        </message>
        <message>
            <source>%1: %2 questions in %3 minutes, drawn by domain like the real exam. Practice pass mark: %4%.</source>
            <translation>%1: %2 preguntas en %3 minutos, elegidas por dominio como en el examen real. Nota para aprobar la práctica: %4%.</translation>
        </message>
        <message>
            <source>The board publishes no domain proportions, so these are assumed: %1.</source>
            <translation>La junta certificadora no publica las proporciones por dominio, así que se suponen estas: %1.</translation>
        </message>
        <message>
            <source>These exam figures are not confirmed by the board: check with your board.</source>
            <translation>La junta certificadora no confirma estas cifras del examen: consulte con su junta.</translation>
        </message>
        <message>
            <source>exam</source>
            <translation>examen</translation>
        </message>
        <message>
            <source>practice set</source>
            <translation>serie de práctica</translation>
        </message>
        <message>
            <source>You have an unfinished %1, “%2”: %3 of %4 answered.</source>
            <translation>Tiene un/a %1 sin terminar, “%2”: %3 de %4 respondidas.</translation>
        </message>
        <message>
            <source>Cannot start</source>
            <translation>No se puede empezar</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 de %3)</translation>
        </message>
        <message>
            <source>The question bank is too small for the full %1-question exam in: %2.

Take a %3-question exam in the same proportions instead?</source>
            <translation>El banco de preguntas es demasiado pequeño para el examen completo de %1 preguntas en: %2.

¿Hacer en cambio un examen de %3 preguntas con las mismas proporciones?</translation>
        </message>
        <message>
            <source>Shorter exam?</source>
            <translation>¿Un examen más corto?</translation>
        </message>
        <message>
            <source>Cannot start the exam</source>
            <translation>No se puede empezar el examen</translation>
        </message>
        <message>
            <source>Spaced review</source>
            <translation>Repaso espaciado</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>Nada pendiente</translation>
        </message>
        <message>
            <source>No review questions are due right now.</source>
            <translation>Ahora mismo no hay preguntas de repaso pendientes.</translation>
        </message>
        <message>
            <source>The time for this exam had run out, so it was submitted with the answers you had given.</source>
            <translation>El tiempo de este examen se había acabado, así que se entregó con las respuestas que había dado.</translation>
        </message>
        <message>
            <source>Discard attempt?</source>
            <translation>¿Descartar el intento?</translation>
        </message>
        <message>
            <source>Discard this unfinished attempt? Its answers are kept in your history but it will not be scored.</source>
            <translation>¿Descartar este intento sin terminar? Sus respuestas se guardan en su historial, pero no tendrá puntaje.</translation>
        </message>
        <message>
            <source>Time is up. Your exam was submitted with the answers you had given.</source>
            <translation>Se acabó el tiempo. Su examen se entregó con las respuestas que había dado.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
    </context>
    <context>
        <name>ProfileCombo</name>
        <message>
            <source>Certification</source>
            <translation>Certificación</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Your progress</source>
            <translation>Su avance</translation>
        </message>
        <message>
            <source>Choose your certification in Settings to see your hours against it.</source>
            <translation>Elija su certificación en Configuración para comparar sus horas con ella.</translation>
        </message>
        <message>
            <source>%1. Hours done count verified and unverified entries.</source>
            <translation>%1. Las horas hechas cuentan los registros verificados y sin verificar.</translation>
        </message>
        <message>
            <source>%1 of %2 h</source>
            <translation>%1 de %2 h</translation>
        </message>
        <message>
            <source>%1: %2 of %3 hours</source>
            <translation>%1: %2 de %3 horas</translation>
        </message>
        <message>
            <source>Met.</source>
            <translation>Cumplido.</translation>
        </message>
        <message>
            <source>%1 h to go.</source>
            <translation>Faltan %1 h.</translation>
        </message>
        <message>
            <source>Estimated completion: not enough history yet.</source>
            <translation>Fecha estimada para terminar: todavía no hay historial suficiente.</translation>
        </message>
        <message numerus="yes">
            <source>At your pace of the last %n week(s): about %1.</source>
            <translation>
                <numerusform>A su ritmo de la última semana: alrededor del %1.</numerusform>
                <numerusform>A su ritmo de las últimas %n semanas: alrededor del %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This figure is not confirmed: check with your board.</source>
            <translation>Esta cifra no está confirmada: consulte con su junta certificadora.</translation>
        </message>
    </context>
    <context>
        <name>QChart</name>
        <message>
            <source>Exam scores over time</source>
            <translation>Puntajes de examen a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Pass mark %1%</source>
            <translation>Nota para aprobar %1%</translation>
        </message>
        <message>
            <source>Chart of exam scores over time</source>
            <translation>Gráfica de los puntajes de examen a lo largo del tiempo</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <source>Question id</source>
            <translation>Id de la pregunta</translation>
        </message>
        <message>
            <source>Question type</source>
            <translation>Tipo de pregunta</translation>
        </message>
        <message>
            <source>One right answer</source>
            <translation>Una respuesta correcta</translation>
        </message>
        <message>
            <source>Several right answers</source>
            <translation>Varias respuestas correctas</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Verdadero o falso</translation>
        </message>
        <message>
            <source>Put in order</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Question domain</source>
            <translation>Dominio de la pregunta</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <source>1 easy</source>
            <translation>1 fácil</translation>
        </message>
        <message>
            <source>2 medium</source>
            <translation>2 media</translation>
        </message>
        <message>
            <source>3 hard</source>
            <translation>3 difícil</translation>
        </message>
        <message>
            <source>Module section to reread</source>
            <translation>Sección del módulo para volver a leer</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Optional vignette shown above the question</source>
            <translation>Caso breve opcional que se muestra encima de la pregunta</translation>
        </message>
        <message>
            <source>Question text</source>
            <translation>Texto de la pregunta</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>The teaching point, shown after answering</source>
            <translation>La enseñanza, que se muestra al responder</translation>
        </message>
        <message>
            <source>Question references</source>
            <translation>Referencias de la pregunta</translation>
        </message>
        <message>
            <source>I&amp;d</source>
            <translation>I&amp;d</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Q&amp;uestion</source>
            <translation>Pre&amp;gunta</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>E&amp;xplanation</source>
            <translation>E&amp;xplicación</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Referencias</translation>
        </message>
        <message>
            <source>Unique across all banks. It cannot change after the first save.</source>
            <translation>Único en todos los bancos. No puede cambiar después de guardar por primera vez.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTableModel</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>, has problems</source>
            <translation>, tiene problemas</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>Feedback</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Select all that apply.</source>
            <translation>Elija todas las que correspondan.</translation>
        </message>
        <message>
            <source>Put these in order, first at the top. Select one and press Alt+Up or Alt+Down (or use the buttons) to move it.</source>
            <translation>Póngalas en orden, la primera arriba. Elija una y pulse Alt+Up o Alt+Down (o use los botones) para moverla.</translation>
        </message>
        <message>
            <source>Items to put in order</source>
            <translation>Elementos para ordenar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Reread: %1</source>
            <translation>Vuelva a leer: %1</translation>
        </message>
    </context>
    <context>
        <name>QuitGuard</name>
        <message>
            <source>Close CPSW Trainer?</source>
            <translation>¿Cerrar CPSW Trainer?</translation>
        </message>
        <message>
            <source>CPSW Trainer needs to know who is studying before it can open. Close the app now?</source>
            <translation>CPSW Trainer necesita saber quién está estudiando antes de abrirse. ¿Desea cerrar la aplicación ahora?</translation>
        </message>
        <message>
            <source>&amp;Close the app</source>
            <translation>&amp;Cerrar la aplicación</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Volver</translation>
        </message>
    </context>
    <context>
        <name>ReadinessWording</name>
        <message>
            <source>Ready to apply: every requirement is met</source>
            <translation>Listo/a para solicitar: cumple todos los requisitos</translation>
        </message>
        <message numerus="yes">
            <source>Not yet ready: %1 of %n requirement(s) met</source>
            <translation>
                <numerusform>Todavía no está listo/a: cumple %1 de %n requisito</numerusform>
                <numerusform>Todavía no está listo/a: cumple %1 de %n requisitos</numerusform>
            </translation>
        </message>
        <message>
            <source>Met ✓</source>
            <translation>Cumplido ✓</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Training hours: %1</source>
            <translation>Horas de capacitación: %1</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Horas de capacitación</translation>
        </message>
        <message>
            <source>Experience hours</source>
            <translation>Horas de experiencia</translation>
        </message>
        <message>
            <source>Supervision hours</source>
            <translation>Horas de supervisión</translation>
        </message>
        <message>
            <source>Exam readiness (last three simulations)</source>
            <translation>Preparación para el examen (últimos tres simulacros)</translation>
        </message>
        <message>
            <source>Core modules completed</source>
            <translation>Módulos básicos terminados</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message numerus="yes">
            <source>%n at %1%+, every domain</source>
            <translation>
                <numerusform>%n con %1% o más, en cada dominio</numerusform>
                <numerusform>%n con %1% o más, en cada dominio</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>attested</source>
            <translation>declarado</translation>
        </message>
        <message>
            <source>Check with your board.</source>
            <translation>Consulte con su junta certificadora.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last exam — practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% en su último examen — practique %n pregunta</numerusform>
                <numerusform>%1: %2% en su último examen — practique %n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last two exams — practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% en sus dos últimos exámenes — practique %n pregunta</numerusform>
                <numerusform>%1: %2% en sus dos últimos exámenes — practique %n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last exam — reread %3, then practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% en su último examen — vuelva a leer %3 y luego practique %n pregunta</numerusform>
                <numerusform>%1: %2% en su último examen — vuelva a leer %3 y luego practique %n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last two exams — reread %3, then practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% en sus dos últimos exámenes — vuelva a leer %3 y luego practique %n pregunta</numerusform>
                <numerusform>%1: %2% en sus dos últimos exámenes — vuelva a leer %3 y luego practique %n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take an exam simulation: %1 of your last %n are at or above %2%</source>
            <translation>
                <numerusform>Haga un simulacro de examen: %1 de su último simulacro llega a %2% o más</numerusform>
                <numerusform>Haga un simulacro de examen: %1 de sus últimos %n llegan a %2% o más</numerusform>
            </translation>
        </message>
        <message>
            <source>Finish the module %1</source>
            <translation>Termine el módulo %1</translation>
        </message>
        <message>
            <source>Read the module %1</source>
            <translation>Lea el módulo %1</translation>
        </message>
        <message>
            <source>%1: log the remaining %2 of %3</source>
            <translation>%1: registre las %2 que faltan de %3</translation>
        </message>
        <message>
            <source>Record when you met: %1</source>
            <translation>Anote cuándo cumplió: %1</translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>Renewed</source>
            <translation>Renovada</translation>
        </message>
        <message>
            <source>New expiry date</source>
            <translation>Nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>&amp;New expiry date:</source>
            <translation>&amp;Nueva fecha de vencimiento:</translation>
        </message>
        <message>
            <source>The board renewed your certification: give the expiry date on the new certificate. The next cycle's CE hours count from the old expiry.</source>
            <translation>La junta certificadora renovó su certificación: indique la fecha de vencimiento del nuevo certificado. Las horas de educación continua del próximo ciclo cuentan desde el vencimiento anterior.</translation>
        </message>
    </context>
    <context>
        <name>RenewalCard</name>
        <message>
            <source>Ready to renew?</source>
            <translation>¿Listo/a para renovar?</translation>
        </message>
        <message>
            <source>Renewal reminders</source>
            <translation>Recordatorios de renovación</translation>
        </message>
        <message>
            <source>no number recorded</source>
            <translation>sin número registrado</translation>
        </message>
        <message>
            <source>no expiry recorded</source>
            <translation>sin fecha de vencimiento registrada</translation>
        </message>
        <message>
            <source>Certified on %1 (%2); expires %3.</source>
            <translation>Certificado/a el %1 (%2); vence el %3.</translation>
        </message>
        <message>
            <source>This certification's renewal rules are not in the content: check with your board.</source>
            <translation>Las reglas de renovación de esta certificación no están en el contenido: consulte con su junta certificadora.</translation>
        </message>
        <message>
            <source>Certified on %1 (%2); expires %3. This cycle: %4 to %5.</source>
            <translation>Certificado/a el %1 (%2); vence el %3. Este ciclo: del %4 al %5.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>Ready to renew: every hour and topic minimum is met. Gather the documents and send them.</source>
            <translation>Listo/a para renovar: cumple todos los mínimos de horas y de temas. Reúna los documentos y envíelos.</translation>
        </message>
        <message numerus="yes">
            <source>Not yet: %n requirement(s) still to meet.</source>
            <translation>
                <numerusform>Todavía no: falta cumplir %n requisito.</numerusform>
                <numerusform>Todavía no: falta cumplir %n requisitos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cycle's length is not confirmed by the board: check with your board.</source>
            <translation>La junta certificadora no confirma la duración del ciclo: consulte con su junta.</translation>
        </message>
        <message>
            <source> (check with your board)</source>
            <translation> (consulte con su junta certificadora)</translation>
        </message>
        <message>
            <source>CE hours: %1 of %2 count</source>
            <translation>Horas de educación continua: cuentan %1 de %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3 hours</source>
            <translation>%1: %2 de %3 horas</translation>
        </message>
        <message>
            <source>Online courses</source>
            <translation>Cursos en línea</translation>
        </message>
        <message>
            <source>Self-study</source>
            <translation>Estudio por cuenta propia</translation>
        </message>
        <message>
            <source>Credit for teaching</source>
            <translation>Crédito por enseñar</translation>
        </message>
        <message>
            <source>%1: at most %2 hours count; %3 logged</source>
            <translation>%1: cuentan como máximo %2 horas; registradas: %3</translation>
        </message>
    </context>
    <context>
        <name>RenewalPage</name>
        <message>
            <source>Certification and CE</source>
            <translation>Certificación y EC</translation>
        </message>
        <message>
            <source>After the exam: record your certification, log each continuing-education course with its certificate, and see what still counts toward renewal.</source>
            <translation>Después del examen: registre su certificación, anote cada curso de educación continua con su certificado y vea qué cuenta todavía para la renovación.</translation>
        </message>
        <message>
            <source>CE log</source>
            <translation>Registro de educación continua</translation>
        </message>
        <message>
            <source>&amp;New course</source>
            <translation>&amp;Nuevo curso</translation>
        </message>
        <message>
            <source>Add a CE course (Ctrl+N)</source>
            <translation>Agregar un curso de educación continua (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Delete (Delete key)</source>
            <translation>Borrar (tecla Delete)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>Im&amp;portar CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Certificates of the selected course:</source>
            <translation>Certificados del curso seleccionado:</translation>
        </message>
        <message>
            <source>Certificates of the selected course</source>
            <translation>Certificados del curso seleccionado</translation>
        </message>
        <message>
            <source>CE totals</source>
            <translation>Totales de educación continua</translation>
        </message>
        <message>
            <source>&amp;Record certification…</source>
            <translation>&amp;Registrar certificación…</translation>
        </message>
        <message>
            <source>Rene&amp;wed…</source>
            <translation>Reno&amp;vada…</translation>
        </message>
        <message>
            <source>The board renewed it: give the new expiry date</source>
            <translation>La junta certificadora la renovó: indique la nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>Letters and certificates for the packet (a supervisor's letter, your certificate):</source>
            <translation>Cartas y certificados para el paquete (la carta de su supervisor/a, su certificado):</translation>
        </message>
        <message>
            <source>Letters for the renewal packet</source>
            <translation>Cartas para el paquete de renovación</translation>
        </message>
        <message>
            <source>Make the renewal &amp;packet</source>
            <translation>&amp;Crear el paquete de renovación</translation>
        </message>
        <message>
            <source>A signed PDF: the training summary, the documents to send and every attached certificate</source>
            <translation>Un PDF firmado: el resumen de la formación, los documentos que debe enviar y cada certificado adjunto</translation>
        </message>
        <message>
            <source>Open the packet</source>
            <translation>Abrir el paquete</translation>
        </message>
        <message>
            <source>Renewal packet status</source>
            <translation>Estado del paquete de renovación</translation>
        </message>
        <message numerus="yes">
            <source>%n course(s), %1 hours logged.</source>
            <translation>
                <numerusform>%n curso, %1 horas registradas.</numerusform>
                <numerusform>%n cursos, %1 horas registradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No CE courses yet. Press Ctrl+N to add the first one, or import a CSV file.</source>
            <translation>Todavía no hay cursos de educación continua. Pulse Ctrl+N para agregar el primero, o importe un archivo CSV.</translation>
        </message>
        <message>
            <source>Delete course?</source>
            <translation>¿Borrar el curso?</translation>
        </message>
        <message>
            <source>Delete %1 (%2 hours on %3) and the files attached to it? This cannot be undone.</source>
            <translation>¿Borrar %1 (%2 horas el %3) y los archivos adjuntos? Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede borrar</translation>
        </message>
        <message>
            <source>Making the renewal packet…</source>
            <translation>Creando el paquete de renovación…</translation>
        </message>
        <message>
            <source>The packet's file was moved or deleted: make it again.</source>
            <translation>El archivo del paquete se movió o se borró: créelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>RenewalStatusView</name>
        <message>
            <source>Where renewal stands</source>
            <translation>Cómo va la renovación</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certificación</translation>
        </message>
        <message>
            <source>Renewal verdict</source>
            <translation>Veredicto de la renovación</translation>
        </message>
        <message>
            <source>Renewal requirements</source>
            <translation>Requisitos de renovación</translation>
        </message>
        <message>
            <source>Documents to send</source>
            <translation>Documentos que debe enviar</translation>
        </message>
        <message>
            <source>The board's note</source>
            <translation>La nota de la junta certificadora</translation>
        </message>
        <message>
            <source>Renewal reminders</source>
            <translation>Recordatorios de renovación</translation>
        </message>
        <message>
            <source>No certification is recorded yet. Once you are certified, record it here: the CE log then counts toward its renewal.</source>
            <translation>Todavía no hay una certificación registrada. Cuando obtenga la certificación, regístrela aquí: entonces el registro de educación continua cuenta para su renovación.</translation>
        </message>
        <message>
            <source>no number recorded</source>
            <translation>sin número registrado</translation>
        </message>
        <message>
            <source>no expiry recorded</source>
            <translation>sin fecha de vencimiento registrada</translation>
        </message>
        <message>
            <source>%1: certified on %2 (%3); expires %4.</source>
            <translation>%1: certificado/a el %2 (%3); vence el %4.</translation>
        </message>
        <message>
            <source>This certification's renewal rules are not in the content: check with your board.</source>
            <translation>Las reglas de renovación de esta certificación no están en el contenido: consulte con su junta certificadora.</translation>
        </message>
        <message>
            <source>This cycle: %1 to %2; %3 CE hours count so far.</source>
            <translation>Este ciclo: del %1 al %2; hasta ahora cuentan %3 horas de educación continua.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>Ready to renew: every hour and topic minimum is met. Gather the documents and send them.</source>
            <translation>Listo/a para renovar: cumple todos los mínimos de horas y de temas. Reúna los documentos y envíelos.</translation>
        </message>
        <message numerus="yes">
            <source>Not yet: %n requirement(s) still to meet.</source>
            <translation>
                <numerusform>Todavía no: falta cumplir %n requisito.</numerusform>
                <numerusform>Todavía no: falta cumplir %n requisitos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cycle's length is not confirmed by the board: check with your board.</source>
            <translation>La junta certificadora no confirma la duración del ciclo: consulte con su junta.</translation>
        </message>
        <message>
            <source> (check with your board)</source>
            <translation> (consulte con su junta certificadora)</translation>
        </message>
        <message>
            <source>Documents to send:</source>
            <translation>Documentos que debe enviar:</translation>
        </message>
        <message>
            <source>%1: at most %2 hours count; %3 logged</source>
            <translation>%1: cuentan como máximo %2 horas; registradas: %3</translation>
        </message>
        <message>
            <source>, %1 over the limit do not count</source>
            <translation>, %1 por encima del límite no cuentan</translation>
        </message>
        <message>
            <source>CE hours</source>
            <translation>Horas de educación continua</translation>
        </message>
        <message>
            <source>%1: %2 of %3 hours count</source>
            <translation>%1: cuentan %2 de %3 horas</translation>
        </message>
        <message>
            <source>, %1 to go</source>
            <translation>, faltan %1</translation>
        </message>
    </context>
    <context>
        <name>RenewalWording</name>
        <message>
            <source>Course or training</source>
            <translation>Curso o capacitación</translation>
        </message>
        <message>
            <source>Self-study</source>
            <translation>Estudio por cuenta propia</translation>
        </message>
        <message>
            <source>Teaching a course</source>
            <translation>Enseñar un curso</translation>
        </message>
        <message>
            <source>Online courses</source>
            <translation>Cursos en línea</translation>
        </message>
        <message>
            <source>Credit for teaching</source>
            <translation>Crédito por enseñar</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En persona</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Save a copy of the report</source>
            <translation>Guardar una copia del informe</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sign with which certificate?</source>
            <translation>¿Con qué certificado firmar?</translation>
        </message>
        <message>
            <source>Certificates (*.p12 *.pfx)</source>
            <translation>Certificados (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Make a certification-readiness report for your supervisor or board, or a printable hours log. Each report is digitally signed and carries a verification code, so your supervisor or board can check it was not changed.</source>
            <translation>Haga un informe de preparación para la certificación para su supervisor/a o su junta, o un registro de horas para imprimir. Cada informe lleva una firma digital y un código de verificación, para que su supervisor/a o su junta compruebe que no se cambió.</translation>
        </message>
        <message>
            <source>Kind of report</source>
            <translation>Tipo de informe</translation>
        </message>
        <message>
            <source>Certification-readiness report</source>
            <translation>Informe de preparación</translation>
        </message>
        <message>
            <source>Hours log only</source>
            <translation>Solo el registro de horas</translation>
        </message>
        <message>
            <source>List every hours &amp;entry</source>
            <translation>Detallar cada &amp;registro</translation>
        </message>
        <message>
            <source>Without this, the readiness report sums your hours by month.</source>
            <translation>Sin esto, el informe de preparación suma sus horas por mes.</translation>
        </message>
        <message>
            <source>Sign with a &amp;certificate…</source>
            <translation>Firmar con un &amp;certificado…</translation>
        </message>
        <message>
            <source>A supervisor's or the agency's report certificate (a .p12 file from the agency). Without one, this install signs the report itself.</source>
            <translation>El certificado de un/a supervisor/a o el certificado de informes de la agencia (un archivo .p12 de la agencia). Sin uno, esta instalación firma el informe por sí misma.</translation>
        </message>
        <message>
            <source>&amp;Make report</source>
            <translation>&amp;Hacer informe</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Guardar copia…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>Making the report</source>
            <translation>Haciendo el informe</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>Estado del informe</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Vista previa del informe</translation>
        </message>
        <message>
            <source>Earlier reports</source>
            <translation>Informes anteriores</translation>
        </message>
        <message>
            <source>Earlier reports (double-click to preview):</source>
            <translation>Informes anteriores (doble clic para verlos):</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Haciendo el informe…</translation>
        </message>
        <message>
            <source>Report ready. Verification code %1. Saved in %2.</source>
            <translation>Informe listo. Código de verificación %1. Guardado en %2.</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>No se pudo hacer el informe: %1</translation>
        </message>
        <message>
            <source>Stopped: no report was made.</source>
            <translation>Detenido: no se hizo ningún informe.</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>No se encontró el archivo</translation>
        </message>
        <message>
            <source>The file of this report was moved or deleted.</source>
            <translation>El archivo de este informe se movió o se borró.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <source>Could not save to %1: %2. Choose another folder.</source>
            <translation>No se pudo guardar en %1: %2. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Saved a copy to %1.</source>
            <translation>Se guardó una copia en %1.</translation>
        </message>
        <message>
            <source>Certificate passphrase</source>
            <translation>Frase de contraseña del certificado</translation>
        </message>
        <message>
            <source>The passphrase of %1:</source>
            <translation>La frase de contraseña de %1:</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Se envió %n página a la impresora.</numerusform>
                <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Score summary</source>
            <translation>Resumen del puntaje</translation>
        </message>
        <message>
            <source>Score by domain</source>
            <translation>Puntaje por dominio</translation>
        </message>
        <message>
            <source>Questions in this attempt</source>
            <translation>Preguntas de este intento</translation>
        </message>
        <message>
            <source>Question review</source>
            <translation>Revisión de preguntas</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Todas las preguntas</translation>
        </message>
        <message>
            <source>Missed only</source>
            <translation>Solo las falladas</translation>
        </message>
        <message>
            <source>Flagged only</source>
            <translation>Solo las marcadas</translation>
        </message>
        <message>
            <source>Not answered only</source>
            <translation>Solo las sin responder</translation>
        </message>
        <message>
            <source>&amp;Back to practice</source>
            <translation>&amp;Volver a la práctica</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Revisar:</translation>
        </message>
        <message>
            <source>Exam results</source>
            <translation>Resultados del examen</translation>
        </message>
        <message>
            <source>Practice results</source>
            <translation>Resultados de la práctica</translation>
        </message>
        <message>
            <source>At or above the practice pass mark of %1%.</source>
            <translation>Llega a la nota para aprobar la práctica, %1%, o la supera.</translation>
        </message>
        <message>
            <source>Below the practice pass mark of %1%. Keep going: review what you missed.</source>
            <translation>Por debajo de la nota para aprobar la práctica, %1%. Siga adelante: repase lo que falló.</translation>
        </message>
        <message numerus="yes">
            <source>Not answered: %n question(s), counted as wrong.</source>
            <translation>
                <numerusform>Sin responder: %n pregunta, contada como incorrecta.</numerusform>
                <numerusform>Sin responder: %n preguntas, contadas como incorrectas.</numerusform>
            </translation>
        </message>
        <message>
            <source>You answered %1 of %2 correctly (%3%).</source>
            <translation>Respondió bien %1 de %2 (%3%).</translation>
        </message>
        <message>
            <source>Time used: %1.</source>
            <translation>Tiempo usado: %1.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntaje</translation>
        </message>
        <message>
            <source>right:</source>
            <translation>bien:</translation>
        </message>
        <message>
            <source>missed:</source>
            <translation>falladas:</translation>
        </message>
        <message>
            <source>not answered:</source>
            <translation>sin responder:</translation>
        </message>
        <message>
            <source>%1 of %2 questions were new to you (not answered in the last %3 days).</source>
            <translation>%1 de %2 preguntas eran nuevas para usted (no las respondió en los últimos %3 días).</translation>
        </message>
        <message>
            <source>Most of it was seen recently, so it does not count towards readiness.</source>
            <translation>Vio la mayor parte hace poco, así que no cuenta para la preparación.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message numerus="yes">
            <source>Review due: %n question(s).</source>
            <translation>
                <numerusform>Repaso pendiente: %n pregunta.</numerusform>
                <numerusform>Repaso pendiente: %n preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review due: none yet. Questions you miss come back here for review when they are due.</source>
            <translation>Repaso pendiente: ninguno todavía. Las preguntas que falle vuelven aquí para repasarlas cuando toque.</translation>
        </message>
        <message>
            <source>Review due: none right now. Your missed questions come back from %1 today.</source>
            <translation>Repaso pendiente: ninguno por ahora. A partir de las %1 de hoy vuelven sus preguntas falladas.</translation>
        </message>
        <message>
            <source>Review due: none right now. Your missed questions come back from %1 tomorrow.</source>
            <translation>Repaso pendiente: ninguno por ahora. A partir de las %1 de mañana vuelven sus preguntas falladas.</translation>
        </message>
        <message>
            <source>Review due: none right now. Your missed questions come back on %1.</source>
            <translation>Repaso pendiente: ninguno por ahora. Sus preguntas falladas vuelven el %1.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source>Open a scenario</source>
            <translation>Abrir un escenario</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <translation>&amp;Escenario:</translation>
        </message>
        <message>
            <source>&amp;New scenario</source>
            <translation>&amp;Nuevo escenario</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Nuevo escenario</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Spanish side &amp;by side</source>
            <translation>Español &amp;lado a lado</translation>
        </message>
        <message>
            <source>Scenario YAML</source>
            <translation>YAML del escenario</translation>
        </message>
        <message>
            <source>&amp;Problems:</source>
            <translation>&amp;Problemas:</translation>
        </message>
        <message>
            <source>&amp;Outline:</source>
            <translation>Esq&amp;uema:</translation>
        </message>
        <message>
            <source>(new, not saved yet)</source>
            <translation>(nuevo, sin guardar todavía)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Discard the changes you have not saved?</source>
            <translation>¿Descartar los cambios que no guardó?</translation>
        </message>
        <message>
            <source>New, not saved yet.</source>
            <translation>Nuevo, sin guardar todavía.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>No se puede abrir</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed below first.</source>
            <translation>
                <numerusform>Sin guardar: primero corrija el problema listado abajo.</numerusform>
                <numerusform>Sin guardar: primero corrija los %n problemas listados abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioOutline</name>
        <message>
            <source>Scenario outline</source>
            <translation>Esquema del escenario</translation>
        </message>
        <message>
            <source>No nodes can be read yet.</source>
            <translation>Todavía no se puede leer ningún nodo.</translation>
        </message>
        <message>
            <source>%1: “%2”</source>
            <translation>%1: «%2»</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>ending: %1</source>
            <translation>final: %1</translation>
        </message>
        <message>
            <source>cannot be reached</source>
            <translation>no se puede alcanzar</translation>
        </message>
        <message>
            <source>dead end</source>
            <translation>sin salida</translation>
        </message>
        <message>
            <source> [%1]</source>
            <translation> [%1]</translation>
        </message>
        <message>
            <source>%1 (%2) → %3</source>
            <translation>%1 (%2) → %3</translation>
        </message>
        <message>
            <source> [names no node]</source>
            <translation> [no nombra ningún nodo]</translation>
        </message>
    </context>
    <context>
        <name>ScenarioTab</name>
        <message>
            <source>Role-play scenarios</source>
            <translation>Escenarios de juego de rol</translation>
        </message>
        <message>
            <source>About this scenario</source>
            <translation>Sobre este escenario</translation>
        </message>
        <message>
            <source>Practice: feedback after each reply</source>
            <translation>Práctica: comentarios después de cada respuesta</translation>
        </message>
        <message>
            <source>Assessment: feedback only at the end</source>
            <translation>Evaluación: comentarios solo al final</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modo:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Res&amp;ume where you stopped</source>
            <translation>&amp;Seguir donde lo dejó</translation>
        </message>
        <message>
            <source>Earlier runs of this scenario</source>
            <translation>Intentos anteriores de este escenario</translation>
        </message>
        <message>
            <source>&amp;Earlier runs (Enter shows the summary):</source>
            <translation>&amp;Intentos anteriores (Enter muestra el resumen):</translation>
        </message>
        <message>
            <source>S&amp;cenarios:</source>
            <translation>Es&amp;cenarios:</translation>
        </message>
        <message>
            <source>Choose who is studying first (Settings).</source>
            <translation>Primero elija quién está estudiando (Configuración).</translation>
        </message>
        <message>
            <source>No role-play scenarios are installed.</source>
            <translation>No hay escenarios de juego de rol instalados.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Not tried yet</source>
            <translation>Sin intentar todavía</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Domain: %1</source>
            <translation>Dominio: %1</translation>
        </message>
        <message>
            <source>finished: %1</source>
            <translation>terminado: %1</translation>
        </message>
        <message>
            <source>left before the end</source>
            <translation>dejado antes del final</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 mode · %3 · %n decision(s)</source>
            <translation>
                <numerusform>%1 · modo %2 · %3 · %n decisión</numerusform>
                <numerusform>%1 · modo %2 · %3 · %n decisiones</numerusform>
            </translation>
        </message>
        <message>
            <source>This scenario has changed since your unfinished run: start it again.</source>
            <translation>Este escenario cambió desde su intento sin terminar: empiécelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Trainer mode</source>
            <translation>Modo capacitador/a</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Mensaje de Configuración</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>&amp;Certification:</source>
            <translation>&amp;Certificación:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Tamaño del texto:</translation>
        </message>
        <message>
            <source>C&amp;olours:</source>
            <translation>C&amp;olores:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, la más reciente primero</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer una copia ahora</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Restaurar la elegida…</translation>
        </message>
        <message>
            <source>The agency database is backed up by the agency (pg_dump).</source>
            <translation>La agencia hace las copias de seguridad de su base de datos (pg_dump).</translation>
        </message>
        <message>
            <source>%1 (%2): damaged, cannot be restored</source>
            <translation>%1 (%2): dañada, no se puede restaurar</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation>%1 (%2):</translation>
        </message>
        <message numerus="yes">
            <source>%n trainee(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s)</source>
            <translation>
                <numerusform>%n registro de horas</numerusform>
                <numerusform>%n registros de horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message>
            <source>That did not work: %1. Nothing was changed.</source>
            <translation>No funcionó: %1. No se cambió nada.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>Detenido. No se cambió nada.</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Copia guardada en %1.</translation>
        </message>
        <message>
            <source>There is nothing to back up yet.</source>
            <translation>Todavía no hay nada que copiar.</translation>
        </message>
        <message>
            <source>Backing up your data…</source>
            <translation>Haciendo una copia de sus datos…</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Primero elija una copia de la lista.</translation>
        </message>
        <message>
            <source>Replace your current data with the backup %1? Your current data is kept as another backup first. CPSW Trainer will close; open it again to continue.</source>
            <translation>¿Reemplazar sus datos actuales con la copia %1? Antes se guarda una copia de sus datos actuales. CPSW Trainer se cerrará; vuelva a abrirlo para continuar.</translation>
        </message>
        <message>
            <source>Restore a backup?</source>
            <translation>¿Restaurar una copia?</translation>
        </message>
        <message>
            <source>%1 Nothing was changed.</source>
            <translation>%1 No se cambió nada.</translation>
        </message>
        <message>
            <source>Restored. Please open CPSW Trainer again.</source>
            <translation>Restaurado. Vuelva a abrir CPSW Trainer, por favor.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia…</translation>
        </message>
        <message>
            <source>Your data folder: %1</source>
            <translation>Su carpeta de datos: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>&amp;Leave trainer mode</source>
            <translation>&amp;Salir del modo capacitador/a</translation>
        </message>
        <message>
            <source>Leave trainer mode</source>
            <translation>Salir del modo capacitador/a</translation>
        </message>
        <message>
            <source>Trainer mode: signed in as %1 until you leave or close the app.</source>
            <translation>Modo capacitador/a: sesión de %1 hasta que salga o cierre la aplicación.</translation>
        </message>
        <message>
            <source>&amp;Trainer sign-in…</source>
            <translation>&amp;Entrar como capacitador/a…</translation>
        </message>
        <message>
            <source>Trainer sign-in</source>
            <translation>Entrar como capacitador/a</translation>
        </message>
        <message>
            <source>Trainers sign in to see the Author and Cohort pages.</source>
            <translation>Los capacitadores entran para ver las páginas Autoría y Grupo.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign hours entries</source>
            <translation>Firmar registros de horas</translation>
        </message>
        <message>
            <source>For the supervisor: tick the entries you vouch for and read every field below. Your signature covers each field exactly as shown.</source>
            <translation>Para el/la supervisor/a: marque los registros que avala y lea cada campo de abajo. Su firma cubre cada campo exactamente como se muestra.</translation>
        </message>
        <message>
            <source>Entries to sign</source>
            <translation>Registros para firmar</translation>
        </message>
        <message>
            <source>%1 · %2 h · %3 · %4</source>
            <translation>%1 · %2 h · %3 · %4</translation>
        </message>
        <message>
            <source>What will be signed</source>
            <translation>Lo que se firmará</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Archivo del certificado</translation>
        </message>
        <message>
            <source>your .p12 file from the agency</source>
            <translation>su archivo .p12 de la agencia</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>&amp;Certificado:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Why it was not signed</source>
            <translation>Por qué no se firmó</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>Fir&amp;mar</translation>
        </message>
        <message>
            <source>%1: %2 h of %3</source>
            <translation>%1: %2 h de %3</translation>
        </message>
        <message>
            <source>    %1: %2</source>
            <translation>    %1: %2</translation>
        </message>
        <message>
            <source>No entry is ticked.</source>
            <translation>No hay ningún registro marcado.</translation>
        </message>
        <message>
            <source>Supervisor certificate</source>
            <translation>Certificado del/de la supervisor/a</translation>
        </message>
        <message>
            <source>Certificates (*.p12 *.pfx)</source>
            <translation>Certificados (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Tick the entries to sign first.</source>
            <translation>Primero marque los registros que va a firmar.</translation>
        </message>
        <message>
            <source>Choose the certificate file (.p12) the agency gave you.</source>
            <translation>Elija el archivo del certificado (.p12) que le dio la agencia.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Summary of the conversation</source>
            <translation>Resumen de la conversación</translation>
        </message>
        <message>
            <source>Re&amp;play with other choices</source>
            <translation>&amp;Repetir con otras respuestas</translation>
        </message>
        <message>
            <source>&amp;Back to the scenarios</source>
            <translation>&amp;Volver a los escenarios</translation>
        </message>
        <message>
            <source>How it went: %1 (%2 mode)</source>
            <translation>Cómo le fue: %1 (modo %2)</translation>
        </message>
        <message>
            <source>How it ended: %1</source>
            <translation>Cómo terminó: %1</translation>
        </message>
        <message>
            <source>This run was left before an ending.</source>
            <translation>Este intento se dejó antes de llegar a un final.</translation>
        </message>
        <message>
            <source>Your responses, against the MITI 4 thresholds</source>
            <translation>Sus respuestas, comparadas con los umbrales de MITI 4</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
        <message>
            <source>MI-adherent and non-adherent responses</source>
            <translation>Respuestas acordes y no acordes con la entrevista motivacional (MI)</translation>
        </message>
        <message>
            <source>What the person said back</source>
            <translation>Lo que la persona respondió</translation>
        </message>
        <message>
            <source>Peer-role moments</source>
            <translation>Momentos del rol de par</translation>
        </message>
        <message>
            <source>Your replies, one by one</source>
            <translation>Sus respuestas, una por una</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1. “%2” — %3. %4</source>
            <translation>%1. “%2” — %3. %4</translation>
        </message>
    </context>
    <context>
        <name>TraineePackBox</name>
        <message>
            <source>This trainee's data</source>
            <translation>Los datos de este/a participante</translation>
        </message>
        <message>
            <source>Moving to another agency or computer? Export everything this trainee has recorded, with their attached files, to one file, and import it there.</source>
            <translation>¿Se cambia de agencia o de computadora? Exporte todo lo que este/a participante ha registrado, con sus archivos adjuntos, a un solo archivo, e impórtelo allá.</translation>
        </message>
        <message>
            <source>E&amp;xport this trainee's data…</source>
            <translation>E&amp;xportar los datos de este/a participante…</translation>
        </message>
        <message>
            <source>&amp;Import a trainee's data…</source>
            <translation>&amp;Importar los datos de un/a participante…</translation>
        </message>
        <message>
            <source>Trainee data message</source>
            <translation>Mensaje sobre los datos del/de la participante</translation>
        </message>
        <message>
            <source>Trainee data (*%1)</source>
            <translation>Datos de participante (*%1)</translation>
        </message>
        <message>
            <source>Export this trainee's data</source>
            <translation>Exportar los datos de este/a participante</translation>
        </message>
        <message>
            <source>Import a trainee's data</source>
            <translation>Importar los datos de un/a participante</translation>
        </message>
        <message>
            <source>Wrote %1's data to %2: %3. It is their private record: give it only to them or to their new agency.</source>
            <translation>Los datos de %1 se guardaron en %2: %3. Es su registro privado: entréguelo solo a esa persona o a su nueva agencia.</translation>
        </message>
        <message>
            <source>Exporting this trainee's data…</source>
            <translation>Exportando los datos de este/a participante…</translation>
        </message>
        <message>
            <source>Imported %1: %2. Choose them in the trainee list to study as them.</source>
            <translation>Se importó a %1: %2. Elija su nombre en la lista de participantes para estudiar como esa persona.</translation>
        </message>
        <message numerus="yes">
            <source>%n supervisor signature(s) came along as history: a supervisor signs those entries again here.</source>
            <translation>
                <numerusform>%n firma de supervisor/a vino como historial: un/a supervisor/a vuelve a firmar esos registros aquí.</numerusform>
                <numerusform>%n firmas de supervisor/a vinieron como historial: un/a supervisor/a vuelve a firmar esos registros aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing a trainee's data…</source>
            <translation>Importando los datos de un/a participante…</translation>
        </message>
        <message>
            <source>That did not work: %1. Nothing was changed.</source>
            <translation>No funcionó: %1. No se cambió nada.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>Detenido. No se cambió nada.</translation>
        </message>
        <message>
            <source>Import under another name</source>
            <translation>Importar con otro nombre</translation>
        </message>
        <message>
            <source>A trainee called %1 is already here. Import the data under this name:</source>
            <translation>Ya hay un/a participante llamado/a %1. Importe los datos con este nombre:</translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s)</source>
            <translation>
                <numerusform>%n registro de horas</numerusform>
                <numerusform>%n registros de horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n archivo adjunto</numerusform>
                <numerusform>%n archivos adjuntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraineePicker</name>
        <message>
            <source>Who is studying?</source>
            <translation>¿Quién está estudiando?</translation>
        </message>
        <message>
            <source>Choose your name. If you set a PIN, enter it to open your work.</source>
            <translation>Elija su nombre. Si puso un PIN, escríbalo para abrir su trabajo.</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN (if you set one)</source>
            <translation>PIN (si puso uno)</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema al entrar</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>I'm &amp;new here</source>
            <translation>Soy &amp;nuevo/a aquí</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Primero elija su nombre.</translation>
        </message>
    </context>
    <context>
        <name>TrainerAccountsBox</name>
        <message>
            <source>Trainer and supervisor accounts</source>
            <translation>Cuentas de capacitadores y supervisores</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>A&amp;dd an account…</source>
            <translation>&amp;Agregar una cuenta…</translation>
        </message>
        <message>
            <source>Accounts message</source>
            <translation>Mensaje de cuentas</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>capacitador/a</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor/a</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Added the account %1.</source>
            <translation>Se agregó la cuenta %1.</translation>
        </message>
    </context>
    <context>
        <name>TrainerSignInDialog</name>
        <message>
            <source>Trainer sign-in</source>
            <translation>Entrar como capacitador/a</translation>
        </message>
        <message>
            <source>Create the trainer account</source>
            <translation>Crear la cuenta de capacitador/a</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Agregar una cuenta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Capacitador/a</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor/a</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema al entrar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;Repita la contraseña:</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>al menos %1 caracteres</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>R&amp;ol:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>&amp;Create and sign in</source>
            <translation>Crear y &amp;entrar</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Agregar</translation>
        </message>
        <message>
            <source>There is no trainer account yet. Choose a name and a password for the first one; after this, trainer mode always asks for a trainer's name and password.</source>
            <translation>Todavía no hay ninguna cuenta de capacitador/a. Elija un nombre y una contraseña para la primera; desde entonces, el modo capacitador/a siempre pedirá el nombre y la contraseña de un/a capacitador/a.</translation>
        </message>
        <message>
            <source>A new trainer or supervisor account. Give its owner the password in person.</source>
            <translation>Una cuenta nueva de capacitador/a o supervisor/a. Entréguele la contraseña a su dueño/a en persona.</translation>
        </message>
        <message>
            <source>Trainer mode shows every trainee's progress and the answer keys. Enter your trainer account's name and password.</source>
            <translation>El modo capacitador/a muestra el avance de cada participante y las respuestas correctas. Escriba el nombre y la contraseña de su cuenta de capacitador/a.</translation>
        </message>
        <message>
            <source>Or leave the name empty and enter your agency's trainer password.</source>
            <translation>O deje el nombre vacío y escriba la contraseña de capacitador/a de su agencia.</translation>
        </message>
        <message>
            <source>Your agency makes trainer accounts (cpsw-trainer account add).</source>
            <translation>Su agencia crea las cuentas de capacitador/a (cpsw-trainer account add).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>TranslationPane</name>
        <message>
            <source>Spanish text</source>
            <translation>Texto en español</translation>
        </message>
        <message>
            <source>Spanish text of this file</source>
            <translation>Texto en español de este archivo</translation>
        </message>
        <message>
            <source>Start from the &amp;English</source>
            <translation>Empezar desde el &amp;inglés</translation>
        </message>
        <message>
            <source>Copy the English words into the Spanish file's shape, to translate one by one</source>
            <translation>Copiar las palabras en inglés con la forma del archivo en español, para traducirlas una por una</translation>
        </message>
        <message>
            <source>Save Spa&amp;nish</source>
            <translation>Guardar el es&amp;pañol</translation>
        </message>
        <message>
            <source>Spanish, beside the English</source>
            <translation>Español, junto al inglés</translation>
        </message>
        <message>
            <source>%1 (not written yet)</source>
            <translation>%1 (sin escribir todavía)</translation>
        </message>
        <message>
            <source>Save the English first: the Spanish goes beside it.</source>
            <translation>Guarde primero el inglés: el español va junto a él.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed below first.</source>
            <translation>
                <numerusform>Sin guardar: primero corrija el problema listado abajo.</numerusform>
                <numerusform>Sin guardar: primero corrija los %n problemas listados abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Sin guardar: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Your change could not be saved</source>
            <translation>No se pudo guardar su cambio</translation>
        </message>
        <message>
            <source>The data folder is read-only or the disk is full. Everything you saved before is safe; only this last change was not saved. Free some disk space (or ask for write access to the data folder), then try again.</source>
            <translation>La carpeta de datos es de solo lectura o el disco está lleno. Todo lo que guardó antes está a salvo; solo este último cambio no se guardó. Libere espacio en el disco (o pida permiso de escritura en la carpeta de datos) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Something unexpected happened. Your saved work is safe. Details were written to the log file in your data folder.</source>
            <translation>Pasó algo inesperado. Su trabajo guardado está a salvo. Los detalles quedaron en el archivo de registro de su carpeta de datos.</translation>
        </message>
        <message>
            <source>The data folder is read-only or the disk is full, so nothing could be saved there. Nothing has been changed or lost. Ask for write access to the folder (or free some disk space), then start CPSW Trainer again.</source>
            <translation>La carpeta de datos es de solo lectura o el disco está lleno, así que no se pudo guardar nada allí. No se cambió ni se perdió nada. Pida permiso de escritura en la carpeta (o libere espacio en el disco) y vuelva a abrir CPSW Trainer.</translation>
        </message>
        <message>
            <source>CPSW Trainer could not open its data in %1.

%2</source>
            <translation>CPSW Trainer no pudo abrir sus datos en %1.

%2</translation>
        </message>
        <message>
            <source>Cannot open your data</source>
            <translation>No se pueden abrir sus datos</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>%1: the front matter is not valid YAML; fix it in a text editor or check it with 'cpsw-trainer validate'</source>
            <translation>%1: el encabezado no es YAML válido; corríjalo en un editor de texto o revíselo con 'cpsw-trainer validate'</translation>
        </message>
        <message>
            <source>%1: the question bank is not valid YAML; fix it in a text editor or check it with 'cpsw-trainer validate'</source>
            <translation>%1: el banco de preguntas no es YAML válido; corríjalo en un editor de texto o revíselo con 'cpsw-trainer validate'</translation>
        </message>
        <message>
            <source>%1: the front matter must be a mapping of 'key: value' lines</source>
            <translation>%1: el encabezado debe ser una lista de líneas 'clave: valor'</translation>
        </message>
        <message>
            <source>%1: the question bank must be a mapping of 'key: value' lines</source>
            <translation>%1: el banco de preguntas debe ser una lista de líneas 'clave: valor'</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: no se puede leer (%2)</translation>
        </message>
        <message>
            <source>%1:1: a module must start with YAML front matter between '---' lines</source>
            <translation>%1:1: un módulo debe empezar con un encabezado YAML entre líneas '---'</translation>
        </message>
        <message>
            <source>%1: a file with this id already exists; choose another id</source>
            <translation>%1: ya existe un archivo con este id; elija otro id</translation>
        </message>
        <message>
            <source>%1: the format is not known from its extension; use .gift for GIFT or .txt for Aiken.</source>
            <translation>%1: no se reconoce el formato por su extensión; use .gift para GIFT o .txt para Aiken.</translation>
        </message>
        <message>
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 no se puede leer como texto UTF-8 (%2).</translation>
        </message>
        <message>
            <source>This file is the Spanish of the bank '%1', and there is no such English bank. Import or write the English bank first.</source>
            <translation>Este archivo es el español del banco '%1', y no hay un banco en inglés con ese nombre. Primero importe o escriba el banco en inglés.</translation>
        </message>
        <message>
            <source>The bank '%1' already has its Spanish (%2). Edit it with Spanish side by side, or delete it first.</source>
            <translation>El banco '%1' ya tiene su español (%2). Edítelo con Español lado a lado, o bórrelo primero.</translation>
        </message>
        <message>
            <source>A bank called '%1' already exists (%2). Rename the file you are importing, or delete the old bank first.</source>
            <translation>Ya existe un banco llamado '%1' (%2). Cambie el nombre del archivo que importa, o borre primero el banco anterior.</translation>
        </message>
        <message>
            <source>%1: the manifest is not valid YAML (%2)</source>
            <translation>%1: el manifiesto no es YAML válido (%2)</translation>
        </message>
        <message>
            <source>%1: the manifest must be a mapping</source>
            <translation>%1: el manifiesto debe ser una lista de pares 'clave: valor'</translation>
        </message>
        <message>
            <source>%1: the manifest is not valid</source>
            <translation>%1: el manifiesto no es válido</translation>
        </message>
        <message>
            <source>%1: cannot be opened as a zip file (%2); it may be cut short or not a pack at all: copy or download it again</source>
            <translation>%1: no se puede abrir como archivo zip (%2); puede estar incompleto o no ser un paquete: cópielo o descárguelo de nuevo</translation>
        </message>
        <message>
            <source>%1: has %2 entries; a pack may have at most %3</source>
            <translation>%1: tiene %2 archivos; un paquete puede tener como máximo %3</translation>
        </message>
        <message>
            <source>%1: entry '%2' makes the pack too large (at most %3 MB a file, %4 MB in all)</source>
            <translation>%1: el archivo '%2' hace el paquete demasiado grande (como máximo %3 MB por archivo, %4 MB en total)</translation>
        </message>
        <message>
            <source>%1: entry '%2' is larger than %3 MB</source>
            <translation>%1: el archivo '%2' pesa más de %3 MB</translation>
        </message>
        <message>
            <source>%1: the zip has unsafe or damaged entries</source>
            <translation>%1: el zip tiene archivos dañados o no seguros</translation>
        </message>
        <message>
            <source>%1: there is no %2; export packs with 'cpsw-trainer pack export'</source>
            <translation>%1: falta %2; exporte los paquetes con 'cpsw-trainer pack export'</translation>
        </message>
        <message>
            <source>%1: the files do not match the manifest</source>
            <translation>%1: los archivos no coinciden con el manifiesto</translation>
        </message>
        <message>
            <source>%1: not a content pack (there is no %2)</source>
            <translation>%1: no es un paquete de contenido (falta %2)</translation>
        </message>
        <message>
            <source>%1: not a readable content pack (%2); the file is damaged or incomplete; copy or download it again</source>
            <translation>%1: no es un paquete de contenido legible (%2); el archivo está dañado o incompleto; cópielo o descárguelo de nuevo</translation>
        </message>
        <message>
            <source>the pack id must be kebab-case (lowercase letters, digits, hyphens): '%1'</source>
            <translation>el id del paquete debe ir en minúsculas, con cifras y guiones (kebab-case): '%1'</translation>
        </message>
        <message>
            <source>the pack version must be 1 or more, got %1</source>
            <translation>la versión del paquete debe ser 1 o más; se recibió %1</translation>
        </message>
        <message>
            <source>nothing to export: no modules, banks or profiles were chosen or found</source>
            <translation>no hay nada que exportar: no se eligieron ni se encontraron módulos, bancos ni perfiles</translation>
        </message>
        <message>
            <source>the chosen content has problems; fix them, then export again</source>
            <translation>el contenido elegido tiene problemas; corríjalos y vuelva a exportar</translation>
        </message>
        <message>
            <source>some chosen ids do not exist</source>
            <translation>algunos de los id elegidos no existen</translation>
        </message>
        <message>
            <source>%1: the pack's content has problems</source>
            <translation>%1: el contenido del paquete tiene problemas</translation>
        </message>
        <message>
            <source>%1: the manifest's module and question hashes do not match the files; export the pack again with 'cpsw-trainer pack export'</source>
            <translation>%1: las huellas de módulos y preguntas del manifiesto no coinciden con los archivos; vuelva a exportar el paquete con 'cpsw-trainer pack export'</translation>
        </message>
        <message>
            <source>%1: pack '%2' version %3 would change the meaning of %4 without a version bump (version %5 is installed); export it again with --version %6 or higher</source>
            <translation>%1: el paquete '%2' versión %3 cambiaría el sentido de %4 sin subir la versión (está instalada la versión %5); vuelva a exportarlo con --version %6 o más</translation>
        </message>
        <message>
            <source>%1: pack '%2' version %3 is older than the installed one (version %4 is installed); nothing was changed</source>
            <translation>%1: el paquete '%2' versión %3 es más antiguo que el instalado (está instalada la versión %4); no se cambió nada</translation>
        </message>
        <message>
            <source>%1: pack '%2' has different files but the same version (version %3 is installed); export it again with --version %4</source>
            <translation>%1: el paquete '%2' tiene otros archivos pero la misma versión (está instalada la versión %3); vuelva a exportarlo con --version %4</translation>
        </message>
        <message>
            <source>Someone called '%1' already uses this app. Choose your name from the list, or add something to tell you apart.</source>
            <translation>Alguien llamado '%1' ya usa esta aplicación. Elija su nombre en la lista, o agregue algo que los distinga.</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Escriba un nombre para la cuenta.</translation>
        </message>
        <message>
            <source>A name is at most %1 characters.</source>
            <translation>Un nombre tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>A password is at least %1 characters.</source>
            <translation>Una contraseña tiene al menos %1 caracteres.</translation>
        </message>
        <message>
            <source>A password cannot start or end with a space.</source>
            <translation>Una contraseña no puede empezar ni terminar con un espacio.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type the password again.</source>
            <translation>Las dos contraseñas no son iguales. Escriba la contraseña de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>That is not the agency's trainer password. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Esa no es la contraseña de capacitador/a de la agencia. Espere %n segundo antes de volver a intentarlo.</numerusform>
                <numerusform>Esa no es la contraseña de capacitador/a de la agencia. Espere %n segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is not the agency's trainer password.</source>
            <translation>Esa no es la contraseña de capacitador/a de la agencia.</translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Esa contraseña no es correcta. Espere %n segundo antes de volver a intentarlo.</numerusform>
                <numerusform>Esa contraseña no es correcta. Espere %n segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>That password is not right.</source>
            <translation>Esa contraseña no es correcta.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Please wait %n second(s).</source>
            <translation>
                <numerusform>Demasiados intentos fallidos. Espere %n segundo.</numerusform>
                <numerusform>Demasiados intentos fallidos. Espere %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The role must be one of: %1.</source>
            <translation>El rol debe ser uno de estos: %1.</translation>
        </message>
        <message>
            <source>There is already an account called '%1'. Choose another name.</source>
            <translation>Ya hay una cuenta llamada '%1'. Elija otro nombre.</translation>
        </message>
        <message>
            <source>There is no account called '%1'. Check the name (it is case-sensitive); `cpsw-trainer account list` shows them all.</source>
            <translation>No hay ninguna cuenta llamada '%1'. Revise el nombre (distingue mayúsculas de minúsculas); `cpsw-trainer account list` las muestra todas.</translation>
        </message>
        <message>
            <source>Enter your account name.</source>
            <translation>Escriba el nombre de su cuenta.</translation>
        </message>
        <message>
            <source>There is no account called '%1'. Check the name (it is case-sensitive).</source>
            <translation>No hay ninguna cuenta llamada '%1'. Revise el nombre (distingue mayúsculas de minúsculas).</translation>
        </message>
        <message>
            <source>'%1' is a %2 account; this needs a %3 account.</source>
            <translation>'%1' es una cuenta de %2; aquí se necesita una cuenta de %3.</translation>
        </message>
        <message>
            <source>That attempt no longer exists.</source>
            <translation>Ese intento ya no existe.</translation>
        </message>
        <message>
            <source>The time for this exam is up.</source>
            <translation>Se acabó el tiempo de este examen.</translation>
        </message>
        <message>
            <source>The question bank is too small for a %1-question exam in: %2. A %3-question exam is possible.</source>
            <translation>El banco de preguntas es demasiado pequeño para un examen de %1 preguntas en: %2. Se puede hacer un examen de %3 preguntas.</translation>
        </message>
        <message>
            <source>There are no questions to practise here yet.</source>
            <translation>Todavía no hay preguntas para practicar aquí.</translation>
        </message>
        <message>
            <source>Question %1 is not part of this attempt.</source>
            <translation>La pregunta %1 no es parte de este intento.</translation>
        </message>
        <message>
            <source>This attempt is already finished; its answers can no longer change.</source>
            <translation>Este intento ya terminó; sus respuestas ya no pueden cambiar.</translation>
        </message>
        <message>
            <source>Type your reflection first: there is nothing to rate yet.</source>
            <translation>Primero escriba su reflejo: todavía no hay nada que calificar.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 12 digits.</source>
            <translation>Un PIN tiene de 4 a 12 cifras.</translation>
        </message>
        <message>
            <source>That trainee no longer exists.</source>
            <translation>Ese/a participante ya no existe.</translation>
        </message>
        <message>
            <source>No certification is recorded for %1: record it first (cpsw-trainer ce certify).</source>
            <translation>No hay una certificación registrada para %1: regístrela primero (cpsw-trainer ce certify).</translation>
        </message>
        <message>
            <source>The certification '%1' has no renewal rules in the loaded content: check with your board.</source>
            <translation>La certificación '%1' no tiene reglas de renovación en el contenido cargado: consulte con su junta certificadora.</translation>
        </message>
        <message>
            <source>The attached file %1 is not a PDF that can be read: attach it again as a new scan.</source>
            <translation>El archivo adjunto %1 no es un PDF que se pueda leer: adjúntelo de nuevo como un escaneo nuevo.</translation>
        </message>
        <message>
            <source>Could not write the report to %1: %2. Choose a folder you can write to.</source>
            <translation>No se pudo escribir el informe en %1: %2. Elija una carpeta en la que pueda escribir.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Ese PIN no es correcto. Espere %n segundo antes de volver a intentarlo.</numerusform>
                <numerusform>Ese PIN no es correcto. Espere %n segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ese PIN no es correcto.</translation>
        </message>
        <message>
            <source>The %1 hours of online courses that count in this cycle are logged: more online hours will not count.</source>
            <translation>Ya registró las %1 horas de cursos en línea que cuentan en este ciclo: más horas en línea no contarán.</translation>
        </message>
        <message>
            <source>The %1 hours of self-study that count in this cycle are logged: more self-study will not count.</source>
            <translation>Ya registró las %1 horas de estudio por cuenta propia que cuentan en este ciclo: más estudio por cuenta propia no contará.</translation>
        </message>
        <message>
            <source>The %1 hours of credit for teaching that count in this cycle are logged: more teaching will not count.</source>
            <translation>Ya registró las %1 horas de crédito por enseñar que cuentan en este ciclo: más horas enseñando no contarán.</translation>
        </message>
        <message>
            <source>Your certification expired on %1. Check with your board how to renew it.</source>
            <translation>Su certificación venció el %1. Consulte con su junta certificadora cómo renovarla.</translation>
        </message>
        <message numerus="yes">
            <source>Your certification expires in %n day(s), on %1.</source>
            <translation>
                <numerusform>Su certificación vence en %n día, el %1.</numerusform>
                <numerusform>Su certificación vence en %n días, el %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 more CE hours are needed before %2.</source>
            <translation>Se necesitan %1 horas más de educación continua antes del %2.</translation>
        </message>
        <message>
            <source>%1 more hours in %2 are needed before %3.</source>
            <translation>Se necesitan %1 horas más de %2 antes del %3.</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Escriba un nombre, por favor.</translation>
        </message>
        <message>
            <source>Please use a name of at most %1 characters.</source>
            <translation>Use un nombre de %1 caracteres como máximo, por favor.</translation>
        </message>
        <message>
            <source>A trainee called '%1' already exists.</source>
            <translation>Ya existe un/a participante llamado/a '%1'.</translation>
        </message>
        <message>
            <source>Enter your trainer account name.</source>
            <translation>Escriba el nombre de su cuenta de capacitador/a.</translation>
        </message>
        <message>
            <source>A trainer account already exists (or your agency manages them): sign in instead.</source>
            <translation>Ya existe una cuenta de capacitador/a (o su agencia las administra): inicie sesión.</translation>
        </message>
        <message>
            <source>Sign in as a trainer first: only a trainer can add accounts.</source>
            <translation>Primero inicie sesión como capacitador/a: solo un/a capacitador/a puede agregar cuentas.</translation>
        </message>
        <message>
            <source>What %1 signed on %2 is not the entry of %3 (%4 h) as logged now: the entry changed since, or the signed copy was altered. The signature does not count.</source>
            <translation>Lo que %1 firmó el %2 no es el registro del %3 (%4 h) tal como está ahora: el registro cambió desde entonces, o la copia firmada fue alterada. La firma no cuenta.</translation>
        </message>
        <message>
            <source>The signature said to be by %1 does not match its certificate: it was altered or made up.</source>
            <translation>La firma que dice ser de %1 no coincide con su certificado: fue alterada o inventada.</translation>
        </message>
        <message>
            <source>This is not a verification request from CPSW Trainer, or it was damaged.</source>
            <translation>Esta no es una solicitud de verificación de CPSW Trainer, o está dañada.</translation>
        </message>
        <message>
            <source>This is not a signed response from CPSW Trainer, or it was damaged. Nothing was changed.</source>
            <translation>Esta no es una respuesta firmada de CPSW Trainer, o está dañada. No se cambió nada.</translation>
        </message>
        <message>
            <source>Choose the entries to sign first.</source>
            <translation>Primero elija los registros que va a firmar.</translation>
        </message>
        <message>
            <source>These entries cannot be signed with it.</source>
            <translation>Estos registros no se pueden firmar con esto.</translation>
        </message>
        <message>
            <source>This response was signed for %1, not for %2. Nothing was changed.</source>
            <translation>Esta respuesta se firmó para %1, no para %2. No se cambió nada.</translation>
        </message>
        <message>
            <source>Entry %1 signed by %2 is not in this trainee's log: the response is for someone else, or the entry was deleted.</source>
            <translation>El registro %1 firmado por %2 no está en el registro de este/a participante: la respuesta es para otra persona, o el registro se borró.</translation>
        </message>
        <message numerus="yes">
            <source>No signature was kept: %n of them cannot be accepted.</source>
            <translation>
                <numerusform>No se guardó ninguna firma: %n de ellas no se puede aceptar.</numerusform>
                <numerusform>No se guardó ninguna firma: %n de ellas no se pueden aceptar.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a file that can be attached.</source>
            <translation>%1 no es un archivo que se pueda adjuntar.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB: scan it at a lower resolution or attach fewer pages.</source>
            <translation>El archivo pesa más de %1 MB: escanéelo con menor resolución o adjunte menos páginas.</translation>
        </message>
        <message>
            <source>Only PDF, PNG and JPEG files can be attached, and this file is none of them.</source>
            <translation>Solo se pueden adjuntar archivos PDF, PNG y JPEG, y este archivo no es ninguno de ellos.</translation>
        </message>
        <message>
            <source>The attached file %1 is missing or was changed: restore a backup or attach it again.</source>
            <translation>El archivo adjunto %1 falta o fue cambiado: restaure una copia de seguridad o adjúntelo de nuevo.</translation>
        </message>
        <message>
            <source>That attachment is no longer there.</source>
            <translation>Ese archivo adjunto ya no existe.</translation>
        </message>
        <message>
            <source>What this file was to be attached to is no longer there.</source>
            <translation>Aquello a lo que se iba a adjuntar este archivo ya no existe.</translation>
        </message>
        <message>
            <source>Nothing was imported: fix the bad rows and import again.</source>
            <translation>No se importó nada: corrija las filas con problemas e importe de nuevo.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: save it as "CSV UTF-8" and try again.</source>
            <translation>El archivo no es texto UTF-8: guárdelo como "CSV UTF-8" y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The header lacks the column(s) %1; expected: %2.</source>
            <translation>Al encabezado le faltan las columnas %1; se esperaba: %2.</translation>
        </message>
        <message>
            <source>'%1' is not a date: write it as 2026-01-31 or 1/31/2026.</source>
            <translation>'%1' no es una fecha: escríbala como 2026-01-31 o 1/31/2026.</translation>
        </message>
        <message>
            <source>'%1' in the online column: write yes or no.</source>
            <translation>'%1' en la columna online: escriba yes o no.</translation>
        </message>
        <message>
            <source>This row has more values than the header has columns.</source>
            <translation>Esta fila tiene más valores que columnas en el encabezado.</translation>
        </message>
        <message>
            <source>This trainee is no longer in the database.</source>
            <translation>Este/a participante ya no está en la base de datos.</translation>
        </message>
        <message>
            <source>That CE entry is no longer in the log.</source>
            <translation>Ese registro de educación continua ya no está en el registro.</translation>
        </message>
        <message>
            <source>Give the date of the course.</source>
            <translation>Indique la fecha del curso.</translation>
        </message>
        <message>
            <source>The date %1 is in the future: log a course once it is done.</source>
            <translation>La fecha %1 está en el futuro: registre un curso una vez que lo haya terminado.</translation>
        </message>
        <message>
            <source>The hours must be a number, like 1.5.</source>
            <translation>Las horas deben ser un número, como 1.5.</translation>
        </message>
        <message>
            <source>The hours must be more than 0.</source>
            <translation>Las horas deben ser más de 0.</translation>
        </message>
        <message>
            <source>One course can give at most %1 hours, not %2.</source>
            <translation>Un curso puede dar como máximo %1 horas, no %2.</translation>
        </message>
        <message>
            <source>Give the hours to two decimal places at most, not %1.</source>
            <translation>Indique las horas con dos decimales como máximo, no %1.</translation>
        </message>
        <message>
            <source>Give the course's title, as on its certificate.</source>
            <translation>Indique el título del curso, como aparece en su certificado.</translation>
        </message>
        <message>
            <source>This text is %1 characters long; at most %2 fit.</source>
            <translation>Este texto tiene %1 caracteres; caben como máximo %2.</translation>
        </message>
        <message>
            <source>The kind '%1' is not known: use course, self-study or trainer.</source>
            <translation>No se conoce el tipo '%1': use course, self-study o trainer.</translation>
        </message>
        <message>
            <source>Give at most %1 topics.</source>
            <translation>Indique como máximo %1 temas.</translation>
        </message>
        <message>
            <source>The topic '%1' is not a topic name: use words like ethics or confidentiality.</source>
            <translation>'%1' no es un nombre de tema: use palabras como ethics o confidentiality.</translation>
        </message>
        <message>
            <source>There is no certification profile '%1'.</source>
            <translation>No hay un perfil de certificación '%1'.</translation>
        </message>
        <message>
            <source>Give the date you were certified.</source>
            <translation>Indique la fecha en que se certificó.</translation>
        </message>
        <message>
            <source>The certification date %1 is in the future.</source>
            <translation>La fecha de certificación %1 está en el futuro.</translation>
        </message>
        <message>
            <source>The expiry date %1 must come after the certification date %2.</source>
            <translation>La fecha de vencimiento %1 debe ser posterior a la fecha de certificación %2.</translation>
        </message>
        <message>
            <source>The certificate number is %1 characters long; at most %2 fit.</source>
            <translation>El número de certificado tiene %1 caracteres; caben como máximo %2.</translation>
        </message>
        <message>
            <source>A renewal's expiry date must come after the current one, %1.</source>
            <translation>La fecha de vencimiento de una renovación debe ser posterior a la actual, %1.</translation>
        </message>
        <message>
            <source>That certification record is no longer there.</source>
            <translation>Ese registro de certificación ya no existe.</translation>
        </message>
        <message>
            <source>%1 holds records this database cannot take (%2): nothing was imported.</source>
            <translation>%1 contiene registros que esta base de datos no puede aceptar (%2): no se importó nada.</translation>
        </message>
        <message>
            <source>%1 could not be imported (%2): nothing was imported.</source>
            <translation>No se pudo importar %1 (%2): no se importó nada.</translation>
        </message>
        <message>
            <source>%1 holds records that are not valid: nothing was imported.</source>
            <translation>%1 contiene registros que no son válidos: no se importó nada.</translation>
        </message>
        <message>
            <source>%1 carries attachments that cannot be taken in: nothing was imported.</source>
            <translation>%1 trae archivos adjuntos que no se pueden aceptar: no se importó nada.</translation>
        </message>
        <message>
            <source>A trainee called '%1' is already in this database: import the pack under another name, or remove that trainee first.</source>
            <translation>Ya hay un/a participante llamado/a '%1' en esta base de datos: importe el paquete con otro nombre, o quite primero a ese/a participante.</translation>
        </message>
        <message>
            <source>%1: there is no such file.</source>
            <translation>%1: ese archivo no existe.</translation>
        </message>
        <message>
            <source>%1 cannot be opened as a trainee pack (%2): copy it again from where it was exported.</source>
            <translation>%1 no se puede abrir como paquete de participante (%2): cópielo de nuevo desde donde se exportó.</translation>
        </message>
        <message>
            <source>%1 has %2 entries; a trainee pack has at most %3.</source>
            <translation>%1 tiene %2 entradas; un paquete de participante tiene como máximo %3.</translation>
        </message>
        <message>
            <source>%1 has unsafe or damaged entries: nothing was imported.</source>
            <translation>%1 tiene entradas inseguras o dañadas: no se importó nada.</translation>
        </message>
        <message>
            <source>%1 is not a trainee pack (it has no %2): export one with 'cpsw-trainer trainee export'.</source>
            <translation>%1 no es un paquete de participante (no tiene %2): exporte uno con 'cpsw-trainer trainee export'.</translation>
        </message>
        <message>
            <source>%1: the manifest cannot be read (%2).</source>
            <translation>%1: no se puede leer el manifiesto (%2).</translation>
        </message>
        <message>
            <source>%1 is not a trainee pack (its manifest says it is something else).</source>
            <translation>%1 no es un paquete de participante (su manifiesto dice que es otra cosa).</translation>
        </message>
        <message>
            <source>%1: the manifest has no valid format version.</source>
            <translation>%1: el manifiesto no tiene una versión de formato válida.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of the app (%2, pack format %3): update this app, then import it again.</source>
            <translation>%1 fue escrito por una versión más nueva de la aplicación (%2, formato de paquete %3): actualice esta aplicación y vuelva a importarlo.</translation>
        </message>
        <message>
            <source>%1: the manifest is not valid.</source>
            <translation>%1: el manifiesto no es válido.</translation>
        </message>
        <message>
            <source>%1 was changed or damaged after it was exported: nothing was imported. Export it again from the first computer.</source>
            <translation>%1 se cambió o se dañó después de exportarlo: no se importó nada. Expórtelo de nuevo desde la primera computadora.</translation>
        </message>
    </context>
</TS>
