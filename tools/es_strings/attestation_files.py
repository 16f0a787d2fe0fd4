"""Files on an attestation (the Hours page's checklist and its small files dialog)."""

STRINGS = {
    "Files for an attestation": "Archivos de una declaración",
    "Files for %1": "Archivos de %1",
    "Attach, open or remove the files that prove it: PDF, PNG or JPEG":
        "Adjunte, abra o quite los archivos que lo demuestran: PDF, PNG o JPEG",
    "%n file(s)…": ("%n archivo…", "%n archivos…"),
    "Attach…": "Adjuntar…",
    "No files attached yet.": "Todavía no hay archivos adjuntos.",
}
