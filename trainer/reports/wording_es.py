"""The reports' Spanish: the readiness codes worded as wording.py words them in English, and
SPANISH, each fixed English phrase of the reports (report_language.say) with its Spanish.
Plain Latin American Spanish, "usted", the interface's terms (tools/es_strings/__init__.py)."""

from __future__ import annotations

from trainer.study.readiness_codes import (
    EXAMS_NEEDED,
    Attest,
    LogHours,
    NextStep,
    ReadModule,
    Requirement,
    RequirementKind,
    Status,
    StudyWeakDomain,
    TakeExam,
)
from trainer.study.records import format_hours

SKILLS_NOTE = ("A study signal from practice role-plays, scored after the MITI 4 behaviour counts; it is not a "
               "certification requirement.")  # skills_section.NOTE's English

HOURS_LABELS = {RequirementKind.TRAINING: "Horas de formación", RequirementKind.EXPERIENCE: "Horas de experiencia",
                RequirementKind.SUPERVISION: "Horas de supervisión"}
STATUS = {Status.MET: "cumplido", Status.IN_PROGRESS: "en curso", Status.NOT_STARTED: "sin empezar"}
CHECK_WITH_BOARD = "Confirme con su junta."
KINDS = {"training": "formación", "experience": "experiencia", "supervision": "supervisión"}


def verdict(ready: bool, met: int, total: int) -> str:
    if ready:
        return "Listo para solicitar: se cumplen todos los requisitos"
    return f"Todavía no está listo: se cumplen {met} de {total} requisitos"


def status(value: Status) -> str:
    return STATUS[value]


def _percent(value: float) -> str:
    return f"{value:.0f}%"


def requirement_label(requirement: Requirement) -> str:
    kind = requirement.kind
    if kind is RequirementKind.EXAM:
        return "Preparación para el examen (últimos tres simulacros)"
    if kind is RequirementKind.MODULES:
        return "Módulos básicos completados"
    if kind is RequirementKind.ATTESTATION:
        return requirement.subject
    return HOURS_LABELS[kind] + (f": {requirement.subject}" if requirement.subject else "")


def requirement_figures(requirement: Requirement) -> tuple[str, str]:
    kind = requirement.kind
    if kind is RequirementKind.EXAM:
        return (", ".join(_percent(p) for p in requirement.recent) or "ninguno todavía",
                f"{EXAMS_NEEDED} con {requirement.pass_percent}% o más, en cada área")
    if kind is RequirementKind.ATTESTATION:
        on = requirement.attested_on
        return (on.isoformat() if on else "todavía no"), "declarado"
    return format_hours(requirement.done or 0), format_hours(requirement.required or 0)


def requirement_note(requirement: Requirement) -> str:
    return requirement.note or (CHECK_WITH_BOARD if requirement.ask_board else "")


def next_step(step: NextStep) -> str:
    match step:
        case StudyWeakDomain(module_id=None):
            when = "su último examen" if step.exams == 1 else "sus dos últimos exámenes"
            return f"{step.domain_name}: {_percent(step.percent)} en {when} — practique {step.questions} preguntas"
        case StudyWeakDomain():
            when = "su último examen" if step.exams == 1 else "sus dos últimos exámenes"
            return (f"{step.domain_name}: {_percent(step.percent)} en {when} — vuelva a leer {step.module_title} "
                    f"y practique {step.questions} preguntas")
        case TakeExam():
            return (f"Haga un simulacro de examen: {step.at_pass} de sus últimos {step.needed} tienen "
                    f"{step.pass_percent}% o más")
        case ReadModule(started=True):
            return f"Termine el módulo {step.title}"
        case ReadModule():
            return f"Lea el módulo {step.title}"
        case LogHours():
            label = HOURS_LABELS[step.kind] + (f": {step.domain_name}" if step.domain_name else "")
            return f"{label}: registre las {format_hours(step.remaining)} que faltan de {format_hours(step.required)}"
        case Attest():
            return f"Anote cuándo cumplió: {step.label}"
    raise ValueError(f"no wording for {step!r}")


SPANISH = {
    # layout.py
    "Trainee": "Participante", "Certification": "Certificación", "Board": "Junta", "Source": "Fuente",
    "Requirements as of": "Requisitos vigentes al", "Issued": "Emitido", "Verification code": "Código de verificación",
    "Signature": "Firma", "Trainee signature": "Firma del participante", "Supervisor signature":
    "Firma del supervisor/a", "Date": "Fecha", "Page {page} of {pages}": "Página {page} de {pages}",
    "{agency} · {trainee} · Verification code {code}": "{agency} · {trainee} · Código de verificación {code}",
    # readiness_report.py
    "Certification readiness report": "Informe de preparación para la certificación",
    "Certification readiness for {name}": "Preparación para la certificación {name}",
    "Requirement": "Requisito", "Status": "Estado", "Done": "Hecho", "Required": "Requerido",
    "Requirements": "Requisitos", "Next steps": "Próximos pasos", "Hours": "Horas", "By kind": "Por tipo",
    "Training hours by domain": "Horas de formación por área", "Domain": "Área",
    "No training hours yet.": "Todavía no hay horas de formación.", "By month": "Por mes", "Month": "Mes",
    "Training": "Formación", "Experience": "Experiencia", "Supervision": "Supervisión", "Total": "Total",
    "No hours logged yet.": "Todavía no hay horas registradas.", "Exam simulations": "Simulacros de examen",
    "No exam simulations yet. Take one from the Practice page.":
        "Todavía no hay simulacros de examen. Haga uno en la página Práctica.",
    "Practice pass mark: {percent}%.": "Nota para aprobar en la práctica: {percent}%.", "Trend": "Tendencia",
    "Latest exam by domain": "Último examen por área", "#": "#", "Score": "Puntaje", "Result": "Resultado",
    "Counts toward readiness": "Cuenta para la preparación", "History": "Historial",
    "Modules completed ({done} of {total})": "Módulos completados ({done} de {total})", "Module": "Módulo",
    "Completed": "Completado", "No modules completed yet.": "Todavía no hay módulos completados.",
    "Attestations": "Declaraciones", "Item": "Elemento", "Attested on": "Declarado el",
    "This certification lists no self-attested items.": "Esta certificación no pide declaraciones propias.",
    "Hours log": "Registro de horas",
    "No hours have been logged yet.": "Todavía no se han registrado horas.",
    "This report sums the {count} hours entries by month. Every entry, with who verified it and when, is in the "
    "hours log: issue it from the Reports page, or run cpsw-trainer report --hours-log.":
        "Este informe suma por mes las {count} entradas de horas. Cada entrada, con quién la verificó y cuándo, "
        "está en el registro de horas: emítalo en la página Informes, o use cpsw-trainer report --hours-log.",
    "Signatures": "Firmas",
    "We confirm that the hours and items above are accurate to the best of our knowledge.":
        "Confirmamos que las horas y los elementos de arriba son correctos, según nuestro mejor saber.",
    # hours_log.py
    "Hours log of {trainee} for {name}": "Registro de horas de {trainee} para {name}",
    "Kind": "Tipo", "Total hours": "Horas en total", "Verified hours": "Horas verificadas",
    "{count} entries, {verified} verified.": "{count} entradas, {verified} verificadas.",
    "Setting": "Lugar", "Activity": "Actividad", "Supervisor": "Supervisor/a", "Verification": "Verificación",
    "Appendix: full hours log": "Anexo: registro completo de horas", "Full hours log": "Registro completo de horas",
    "Every entry as logged, with who verified it and when. Unverified entries say so.":
        "Cada entrada tal como se registró, con quién la verificó y cuándo. Las entradas sin verificar lo dicen.",
    "Totals": "Totales",
    # skills_section.py and wording.py's conversation skills
    "Conversation skills": "Habilidades de conversación",
    SKILLS_NOTE: "Una señal de estudio sacada de los juegos de rol de práctica, puntuada según los conteos de "
             "conducta del MITI 4; no es un requisito de la certificación.",
    "No role-play taken to an ending yet.": "Todavía no hay un juego de rol llevado hasta el final.",
    "Latest role-play: {scenario}, finished {finished}.": "Último juego de rol: {scenario}, terminado el {finished}.",
    "Measure": "Medida", "Level": "Nivel", "Thresholds": "Umbrales",
    "Reflections to questions": "Reflejos por pregunta", "Complex reflections": "Reflejos complejos",
    "Open questions": "Preguntas abiertas", "{n} reflection": "{n} reflejo", "{n} reflections": "{n} reflejos",
    "{n} question": "{n} pregunta", "{n} questions": "{n} preguntas",
    "no reflections or questions yet": "todavía no hay reflejos ni preguntas",
    "{reflections} and no questions": "{reflections} y ninguna pregunta",
    "{ratio} to 1 ({reflections}, {questions})": "{ratio} a 1 ({reflections}, {questions})",
    "no reflections yet": "todavía no hay reflejos", "no questions yet": "todavía no hay preguntas",
    "{percent}% of {reflections}": "{percent}% de {reflections}", "{percent}% of {questions}": "{percent}% de {questions}",
    "good": "bueno", "fair": "aceptable", "below fair": "bajo lo aceptable", "not rated": "sin calificar",
    "MITI 4.2.1: fair from 1 to 1, good from 2 to 1": "MITI 4.2.1: aceptable desde 1 a 1, bueno desde 2 a 1",
    "MITI 4 sets none; MITI 3.1.1 as a guide: fair from {fair}%, good from {good}%":
        "MITI 4 no fija ninguno; como guía, MITI 3.1.1: aceptable desde {fair}%, bueno desde {good}%",
    "MITI 4.2.1: fair from {fair}%, good from {good}%": "MITI 4.2.1: aceptable desde {fair}%, bueno desde {good}%",
    "{decisions}; {adherent}, {non_adherent}.": "{decisions}; {adherent}, {non_adherent}.",
    "{n} decision": "{n} decisión", "{n} decisions": "{n} decisiones",
    "{n} MI-adherent response": "{n} respuesta acorde con la entrevista motivacional (MI-adherent)",
    "{n} MI-adherent responses": "{n} respuestas acordes con la entrevista motivacional (MI-adherent)",
    "{n} MI-non-adherent response": "{n} respuesta no acorde con la entrevista motivacional (MI-non-adherent)",
    "{n} MI-non-adherent responses": "{n} respuestas no acordes con la entrevista motivacional (MI-non-adherent)",
    "The person answered with change talk {change} and with sustain talk {sustain}.":
        "La persona respondió con lenguaje de cambio (change talk) {change} y con lenguaje de mantenimiento "
        "(sustain talk) {sustain}.",
    "{n} time": "{n} vez", "{n} times": "{n} veces",
    # data.py: words printed from the report data
    "not verified": "sin verificar", "not stated": "no indicado", "not yet": "todavía no",
    "at or above pass mark": "igual o mayor que la nota para aprobar", "below pass mark":
        "menor que la nota para aprobar", "yes (an older exam)": "sí (un examen anterior)",
    "{answer} ({fresh} of {asked} new)": "{answer} ({fresh} de {asked} nuevas)", "yes": "sí", "no": "no",
    "training": "formación", "experience": "experiencia", "supervision": "supervisión",
    # signature.py
    "Self-issued: signed by {name}, not by an agency or a supervisor. The digital signature shows this file is "
    "unchanged since that install made it. It does not show that anybody checked or vouched for the figures.":
        "Emitido por la propia instalación: lo firmó {name}, no una agencia ni un supervisor. La firma digital "
        "muestra que el archivo no cambió desde que esa instalación lo hizo. No muestra que alguien revisara o "
        "respaldara las cifras.",
    "Digitally signed by {name} ({role}, {agency}; certificate serial {serial}). A PDF reader shows the signature "
    "and whether the file changed after it.":
        "Firmado digitalmente por {name} ({role}, {agency}; número de serie del certificado {serial}). Un lector de "
        "PDF muestra la firma y si el archivo cambió después.",
    # renewal_packet.py and renewal_wording.py: the renewal packet
    "Renewal packet": "Paquete de renovación",
    "Renewal packet of {trainee} for {name}": "Paquete de renovación de {trainee} para {name}",
    "Certificate number": "Número de certificado", "Certified on": "Certificado el", "Expires on": "Vence el",
    "This cycle": "Este ciclo", "{start} to {end}": "del {start} al {end}", "Note": "Nota", "open": "abierto",
    "not recorded": "sin registrar",
    "{check}: the cycle length is not confirmed": "{check}: la duración del ciclo no está confirmada",
    "check with your board": "confirme con su junta", " ({check})": " ({check})",
    "Where the renewal stands": "Cómo va la renovación",
    "Counted toward renewal: {counted} h. Ready to renew: {ready}.":
        "Cuenta para la renovación: {counted} h. Listo para renovar: {ready}.",
    "Training summary": "Resumen de la formación", "Title": "Título", "Sponsor": "Patrocinador",
    "Provider no.": "N.º de proveedor", "Topics": "Temas", "Format": "Formato", "Counted": "Cuenta",
    "online": "en línea", "in person": "en persona", "course": "curso", "self-study": "estudio por cuenta propia",
    "trainer": "como instructor/a",
    "No continuing education is logged in this cycle yet.":
        "Todavía no hay educación continua registrada en este ciclo.",
    "Not counted": "No cuenta", "Documents the board asks for": "Documentos que pide la junta",
    "Attached": "Adjuntos", "File": "Archivo", "Proves": "Comprueba", "Type": "Tipo", "Pages": "Páginas",
    "SHA-256 (first 16)": "SHA-256 (primeros 16)", "PDF": "PDF", "PNG image": "imagen PNG",
    "JPEG image": "imagen JPEG", "No certificates or letters are attached.": "No hay certificados ni cartas adjuntos.",
    "{trainee} · Verification code {code} · Attachment {index}: {name}":
        "{trainee} · Código de verificación {code} · Adjunto {index}: {name}",
    "the certification": "la certificación", "CE {date}: {title}": "EC {date}: {title}",
    "online courses": "cursos en línea", "credit for teaching": "crédito por enseñar",
    "before this cycle": "antes de este ciclo", "after the expiry (next cycle)": "después del vencimiento (próximo ciclo)",
    "{name}: at most {limit} h count ({percent}); {have} h logged{over}{check}":
        "{name}: cuentan como máximo {limit} h ({percent}); {have} h registradas{over}{check}",
    "; {over} h over, not counted": "; {over} h de más, que no cuentan",
    "CE hours": "Horas de EC", "met": "cumplido", "{missing} h to go": "faltan {missing} h",
    "{name}: {have} of {limit} h, {state}{check}": "{name}: {have} de {limit} h, {state}{check}",
    "{date} {title}: does not count, {why}": "{date} {title}: no cuenta, {why}",
    "{date} {title}: {counted} of {hours} h count (the limit for {caps} is reached)":
        "{date} {title}: cuentan {counted} de {hours} h (se llegó al límite de {caps})",
    # charts.py
    "Exam simulation (oldest to newest); dashed line: pass mark":
        "Simulacro de examen (del más antiguo al más nuevo); línea punteada: nota para aprobar",
}
