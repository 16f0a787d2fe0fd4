"""Dashboard, readiness, modules and the reader, practice, exams, results and review."""

STRINGS = {
    # dashboard
    "Readiness verdict": "Resultado de preparación",
    "Which exam simulations count": "Qué simulacros de examen cuentan",
    "Next steps": "Próximos pasos",
    "Requirements": "Requisitos",
    "Start review": "Empezar el repaso",
    "Recent exam scores": "Puntajes recientes de examen",
    "Modules completed": "Módulos terminados",
    "Study": "Estudio",
    "Tell us your name and certification to begin.": "Díganos su nombre y su certificación para empezar.",
    "Welcome, %1": "Bienvenido/a, %1",
    "No certification chosen yet: pick one in Settings.": "Todavía no eligió una certificación: elija una en Configuración.",
    "Choose your certification to see what you still need.": "Elija su certificación para ver lo que todavía le falta.",
    "Choose your certification": "Elija su certificación",
    "unknown date": "fecha desconocida",
    "Preparing for: %1 (%2). Requirements as of %3; confirm them with your board.":
        "Se prepara para: %1 (%2). Requisitos vigentes al %3; confírmelos con su junta certificadora.",
    "Keep practising: take another exam simulation": "Siga practicando: haga otro simulacro de examen",
    "Readiness counts an exam simulation only when most of its questions are new to you (not answered in the last %n day(s)).": (
        "La preparación cuenta un simulacro de examen solo cuando la mayoría de sus preguntas son nuevas para usted (no las respondió en el último día).",
        "La preparación cuenta un simulacro de examen solo cuando la mayoría de sus preguntas son nuevas para usted (no las respondió en los últimos %n días)."),
    "%1 of %2": "%1 de %2",
    "not recorded": "sin registrar",
    "New questions in the simulations counted: %1.": "Preguntas nuevas en los simulacros contados: %1.",
    "%n simulation(s) did not count: most of (its|their) questions were seen recently.": (
        "%n simulacro no contó: la mayoría de sus preguntas se vieron hace poco.",
        "%n simulacros no contaron: la mayoría de sus preguntas se vieron hace poco."),
    "Modules completed: %1 of %2": "Módulos terminados: %1 de %2",
    "In progress: %1": "En curso: %1",
    "(up %n point(s))": ("(sube %n punto)", "(sube %n puntos)"),
    "(down %n point(s))": ("(baja %n punto)", "(baja %n puntos)"),
    "Recent exam scores: %1": "Puntajes recientes de examen: %1",
    "No exam simulations yet. Take one from the Practice page when you have read a few modules.":
        "Todavía no hay simulacros de examen. Haga uno desde la página Práctica cuando haya leído algunos módulos.",
    "%1 / %2": "%1 / %2",
    "%1: %2 of %3": "%1: %2 de %3",
    # readiness wording
    "Ready to apply: every requirement is met": "Listo/a para solicitar: cumple todos los requisitos",
    "Not yet ready: %1 of %n requirement(s) met": (
        "Todavía no está listo/a: cumple %1 de %n requisito",
        "Todavía no está listo/a: cumple %1 de %n requisitos"),
    "Met ✓": "Cumplido ✓",
    "In progress": "En curso",
    "Training hours: %1": "Horas de capacitación: %1",
    "Training hours": "Horas de capacitación",
    "Experience hours": "Horas de experiencia",
    "Supervision hours": "Horas de supervisión",
    "Exam readiness (last three simulations)": "Preparación para el examen (últimos tres simulacros)",
    "Core modules completed": "Módulos básicos terminados",
    "none yet": "ninguno todavía",
    "%n at %1%+, every domain": ("%n con %1% o más, en cada dominio", "%n con %1% o más, en cada dominio"),
    "attested": "declarado",
    "Check with your board.": "Consulte con su junta certificadora.",
    "%1: %2% in your last exam — practise %n question(s)": (
        "%1: %2% en su último examen — practique %n pregunta",
        "%1: %2% en su último examen — practique %n preguntas"),
    "%1: %2% in your last two exams — practise %n question(s)": (
        "%1: %2% en sus dos últimos exámenes — practique %n pregunta",
        "%1: %2% en sus dos últimos exámenes — practique %n preguntas"),
    "%1: %2% in your last exam — reread %3, then practise %n question(s)": (
        "%1: %2% en su último examen — vuelva a leer %3 y luego practique %n pregunta",
        "%1: %2% en su último examen — vuelva a leer %3 y luego practique %n preguntas"),
    "%1: %2% in your last two exams — reread %3, then practise %n question(s)": (
        "%1: %2% en sus dos últimos exámenes — vuelva a leer %3 y luego practique %n pregunta",
        "%1: %2% en sus dos últimos exámenes — vuelva a leer %3 y luego practique %n preguntas"),
    "Take an exam simulation: %1 of your last %n are at or above %2%": (
        "Haga un simulacro de examen: %1 de su último simulacro llega a %2% o más",
        "Haga un simulacro de examen: %1 de sus últimos %n llegan a %2% o más"),
    "Finish the module %1": "Termine el módulo %1",
    "Read the module %1": "Lea el módulo %1",
    "%1: log the remaining %2 of %3": "%1: registre las %2 que faltan de %3",
    "Record when you met: %1": "Anote cuándo cumplió: %1",
    "%1%": "%1%",
    # review
    "Review due: %n question(s).": ("Repaso pendiente: %n pregunta.", "Repaso pendiente: %n preguntas."),
    "Review due: none yet. Questions you miss come back here for review when they are due.":
        "Repaso pendiente: ninguno todavía. Las preguntas que falle vuelven aquí para repasarlas cuando toque.",
    "Review due: none right now. Your missed questions come back from %1 today.":
        "Repaso pendiente: ninguno por ahora. A partir de las %1 de hoy vuelven sus preguntas falladas.",
    "Review due: none right now. Your missed questions come back from %1 tomorrow.":
        "Repaso pendiente: ninguno por ahora. A partir de las %1 de mañana vuelven sus preguntas falladas.",
    "Review due: none right now. Your missed questions come back on %1.":
        "Repaso pendiente: ninguno por ahora. Sus preguntas falladas vuelven el %1.",
    # modules and the reader
    "Module": "Módulo",
    "Progress": "Avance",
    "Not started": "Sin empezar",
    "Complete ✓": "Terminado ✓",
    "%1 of %n section(s) read": ("%1 de %n sección leída", "%1 de %n secciones leídas"),
    "← &Modules": "← &Módulos",
    "Back to the module list": "Volver a la lista de módulos",
    "Section position": "Posición de la sección",
    "Section text": "Texto de la sección",
    "Previous section": "Sección anterior",
    "&Next section": "Sección &siguiente",
    "Section %1 of %2": "Sección %1 de %2",
    "&Finish module": "&Terminar el módulo",
    "Finish module": "Terminar el módulo",
    "Next section": "Sección siguiente",
    ", read": ", leída",
    ", not read yet": ", sin leer todavía",
    "Modules by domain": "Módulos por dominio",
    "Choose a module and press Enter to read it. In the reader, Alt+Right moves on and Escape comes back here.":
        "Elija un módulo y pulse Enter para leerlo. En el lector, Alt+Right avanza y Escape vuelve aquí.",
    "No modules are available. Check the content problems panel, or ask your trainer for a content pack.":
        "No hay módulos disponibles. Revise el panel de problemas del contenido, o pídale a su capacitador/a un paquete de contenido.",
    # practice home and page
    "Unfinished attempt": "Intento sin terminar",
    "&Resume": "&Continuar",
    "Discard": "Descartar",
    "Practice with feedback": "Práctica con comentarios",
    "What to practise": "Qué practicar",
    "Number of questions": "Número de preguntas",
    "All": "Todas",
    "Start &practice": "Empezar la &práctica",
    "&Questions from:": "Pre&guntas de:",
    "&How many:": "Ca&ntidad:",
    "Exam simulation": "Simulacro de examen",
    "Start &exam": "Empezar el e&xamen",
    "Spaced review": "Repaso espaciado",
    "Review due": "Repaso pendiente",
    "Start re&view": "Empezar el &repaso",
    "Your history": "Su historial",
    "No finished attempts yet. Start with a 10-question practice set on a module you have read; your scores will appear here.":
        "Todavía no hay intentos terminados. Empiece con una serie de práctica de 10 preguntas sobre un módulo que haya leído; sus puntajes aparecerán aquí.",
    "Past attempts": "Intentos anteriores",
    "The time for this exam ran out while CPSW Trainer was closed, so it was submitted with the answers you had given.":
        "El tiempo de este examen se acabó mientras CPSW Trainer estaba cerrado, así que se entregó con las respuestas que había dado.",
    "Mixed: every module": "Mezcla: todos los módulos",
    "Domain: %1": "Dominio: %1",
    "Module: %1": "Módulo: %1",
    "Competency: %1": "Competencia: %1",
    "Choose your certification in Settings to sit its exam simulation.":
        "Elija su certificación en Configuración para hacer su simulacro de examen.",
    "%1: %2 questions in %3 minutes, drawn by domain like the real exam. Practice pass mark: %4%.":
        "%1: %2 preguntas en %3 minutos, elegidas por dominio como en el examen real. Nota para aprobar la práctica: %4%.",
    "The board publishes no domain proportions, so these are assumed: %1.":
        "La junta certificadora no publica las proporciones por dominio, así que se suponen estas: %1.",
    "These exam figures are not confirmed by the board: check with your board.":
        "La junta certificadora no confirma estas cifras del examen: consulte con su junta.",
    "exam": "examen",
    "practice set": "serie de práctica",
    "You have an unfinished %1, “%2”: %3 of %4 answered.": "Tiene un/a %1 sin terminar, “%2”: %3 de %4 respondidas.",
    "Cannot start": "No se puede empezar",
    "%1 (%2 of %3)": "%1 (%2 de %3)",
    "The question bank is too small for the full %1-question exam in: %2.\n\nTake a %3-question exam in the same proportions instead?":
        "El banco de preguntas es demasiado pequeño para el examen completo de %1 preguntas en: %2.\n\n¿Hacer en cambio un examen de %3 preguntas con las mismas proporciones?",
    "Shorter exam?": "¿Un examen más corto?",
    "Cannot start the exam": "No se puede empezar el examen",
    "Nothing due": "Nada pendiente",
    "No review questions are due right now.": "Ahora mismo no hay preguntas de repaso pendientes.",
    "The time for this exam had run out, so it was submitted with the answers you had given.":
        "El tiempo de este examen se había acabado, así que se entregó con las respuestas que había dado.",
    "Discard attempt?": "¿Descartar el intento?",
    "Discard this unfinished attempt? Its answers are kept in your history but it will not be scored.":
        "¿Descartar este intento sin terminar? Sus respuestas se guardan en su historial, pero no tendrá puntaje.",
    "Time is up. Your exam was submitted with the answers you had given.":
        "Se acabó el tiempo. Su examen se entregó con las respuestas que había dado.",
    # the attempt runner
    "Time": "Tiempo",
    "&Previous": "&Anterior",
    "Flag for review (F)": "Marcar para revisar (F)",
    "Navigator (Ctrl+G)": "Navegador (Ctrl+G)",
    "&Submit exam": "&Entregar el examen",
    "&Leave": "Sa&lir",
    "Leave now (Escape): your answers are kept": "Salir ahora (Escape): sus respuestas se guardan",
    "How sure were you?": "¿Qué tan seguro/a estaba?",
    "I guessed": "Adiviné",
    "Fairly sure": "Bastante seguro/a",
    "Very sure": "Muy seguro/a",
    "Time left: %1": "Tiempo restante: %1",
    "Time: %1": "Tiempo: %1",
    "Question %1 of %2": "Pregunta %1 de %2",
    "Finish and submit": "Terminar y entregar",
    "&Next": "&Siguiente",
    "&Check answer": "&Revisar la respuesta",
    "See results": "Ver los resultados",
    "&Next question": "Pregunta &siguiente",
    # exam questions and navigator
    "Not answered: %n question(s). They count as wrong.": (
        "Sin responder: %n pregunta. Cuenta como incorrecta.",
        "Sin responder: %n preguntas. Cuentan como incorrectas."),
    "Flagged for review: %n question(s).": ("Marcada para revisar: %n pregunta.", "Marcadas para revisar: %n preguntas."),
    "Submit exam?": "¿Entregar el examen?",
    "Submit the exam now, or keep working?": "¿Entregar el examen ahora, o seguir trabajando?",
    "&Submit now": "&Entregar ahora",
    "&Keep working": "&Seguir trabajando",
    "Leave the exam?": "¿Salir del examen?",
    "Your answers and the time left are saved. You can resume this exam later from the Practice page, or abandon it: an abandoned exam is not scored.":
        "Sus respuestas y el tiempo que le queda están guardados. Puede seguir con este examen más tarde desde la página Práctica, o abandonarlo: un examen abandonado no tiene puntaje.",
    "&Leave and resume later": "Salir y &continuar después",
    "&Abandon exam": "&Abandonar el examen",
    "Exam navigator": "Navegador del examen",
    "%1 answered, %2 not answered, %3 flagged. Choose a question to go to it.":
        "%1 respondidas, %2 sin responder, %3 marcadas. Elija una pregunta para ir a ella.",
    "answered": "respondida",
    "not answered": "sin responder",
    ", flagged": ", marcada",
    "Question %1, %2": "Pregunta %1, %2",
    # the question view
    "Feedback": "Comentarios",
    "Select all that apply.": "Elija todas las que correspondan.",
    "Put these in order, first at the top. Select one and press Alt+Up or Alt+Down (or use the buttons) to move it.":
        "Póngalas en orden, la primera arriba. Elija una y pulse Alt+Up o Alt+Down (o use los botones) para moverla.",
    "Items to put in order": "Elementos para ordenar",
    "Move &up": "&Subir",
    "Move do&wn": "&Bajar",
    "Reread: %1": "Vuelva a leer: %1",
    "You missed: %1": "Le faltó: %1",
    "Not right to choose: %1": "No correspondía elegir: %1",
    " (your answer)": " (su respuesta)",
    # results
    "Score summary": "Resumen del puntaje",
    "Score by domain": "Puntaje por dominio",
    "Questions in this attempt": "Preguntas de este intento",
    "Question review": "Revisión de preguntas",
    "Show": "Mostrar",
    "All questions": "Todas las preguntas",
    "Missed only": "Solo las falladas",
    "Flagged only": "Solo las marcadas",
    "Not answered only": "Solo las sin responder",
    "&Back to practice": "&Volver a la práctica",
    "Review:": "Revisar:",
    "Exam results": "Resultados del examen",
    "Practice results": "Resultados de la práctica",
    "At or above the practice pass mark of %1%.": "Llega a la nota para aprobar la práctica, %1%, o la supera.",
    "Below the practice pass mark of %1%. Keep going: review what you missed.":
        "Por debajo de la nota para aprobar la práctica, %1%. Siga adelante: repase lo que falló.",
    "Not answered: %n question(s), counted as wrong.": (
        "Sin responder: %n pregunta, contada como incorrecta.",
        "Sin responder: %n preguntas, contadas como incorrectas."),
    "You answered %1 of %2 correctly (%3%).": "Respondió bien %1 de %2 (%3%).",
    "Time used: %1.": "Tiempo usado: %1.",
    "right:": "bien:",
    "missed:": "falladas:",
    "not answered:": "sin responder:",
    "%1 of %2 questions were new to you (not answered in the last %3 days).":
        "%1 de %2 preguntas eran nuevas para usted (no las respondió en los últimos %3 días).",
    "Most of it was seen recently, so it does not count towards readiness.":
        "Vio la mayor parte hace poco, así que no cuenta para la preparación.",
    # history and the chart
    "Date": "Fecha",
    "Kind": "Tipo",
    "Title": "Título",
    "Score": "Puntaje",
    "Exam": "Examen",
    "Review": "Repaso",
    "Exam scores over time": "Puntajes de examen a lo largo del tiempo",
    "Overall": "General",
    "Pass mark %1%": "Nota para aprobar %1%",
    "Chart of exam scores over time": "Gráfica de los puntajes de examen a lo largo del tiempo",
}

STRINGS.update({
    # the glossary page
    "Glossary": "Glosario",
    "Key exam terms in Spanish with their English, because some exams are in English.":
        "Términos clave del examen en español con su versión en inglés, porque algunos exámenes son en inglés.",
    "Find a term in Spanish or English": "Busque un término en español o en inglés",
    "Find a term": "Buscar un término",
    "Glossary terms": "Términos del glosario",
    "Spanish": "Español",
    "English": "Inglés",
    "Meaning": "Significado",
    "%n term(s)": ("%n término", "%n términos"),
})
STRINGS.update({
    "&Glossary": "&Glosario",
    "Glossary of key exam terms in Spanish and English": "Glosario de términos clave del examen en español y en inglés",
})
STRINGS.update({
    # feedback after an answer
    "Correct.": "Correcto.",
    "Not quite.": "No del todo.",
    "The right order:": "El orden correcto:",
})
