"""A trainee's data carried to another agency or computer (#22): the Settings box
(trainer/ui/pages/trainee_pack_box.py) and the messages of trainer/study/trainee_pack*.py."""

STRINGS = {
    # Settings: "This trainee's data"
    "This trainee's data": "Los datos de este/a participante",
    "Moving to another agency or computer? Export everything this trainee has recorded, with their attached "
    "files, to one file, and import it there.":
        "¿Se cambia de agencia o de computadora? Exporte todo lo que este/a participante ha registrado, con sus "
        "archivos adjuntos, a un solo archivo, e impórtelo allá.",
    "E&xport this trainee's data…": "E&xportar los datos de este/a participante…",
    "&Import a trainee's data…": "&Importar los datos de un/a participante…",
    "Trainee data message": "Mensaje sobre los datos del/de la participante",
    "Trainee data (*%1)": "Datos de participante (*%1)",
    "Exporting this trainee's data…": "Exportando los datos de este/a participante…",
    "Importing a trainee's data…": "Importando los datos de un/a participante…",
    "Import under another name": "Importar con otro nombre",
    "Imported %1: %2. Choose them in the trainee list to study as them.":
        "Se importó a %1: %2. Elija su nombre en la lista de participantes para estudiar como esa persona.",
    "A trainee called %1 is already here. Import the data under this name:":
        "Ya hay un/a participante llamado/a %1. Importe los datos con este nombre:",
    "%n attached file(s)": ("%n archivo adjunto", "%n archivos adjuntos"),
    "Export this trainee's data": "Exportar los datos de este/a participante",
    "Import a trainee's data": "Importar los datos de un/a participante",
    "Wrote %1's data to %2: %3. It is their private record: give it only to them or to their new agency.":
        "Los datos de %1 se guardaron en %2: %3. Es su registro privado: entréguelo solo a esa persona o a su "
        "nueva agencia.",
    "%n supervisor signature(s) came along as history: a supervisor signs those entries again here.":
        ("%n firma de supervisor/a vino como historial: un/a supervisor/a vuelve a firmar esos registros aquí.",
         "%n firmas de supervisor/a vinieron como historial: un/a supervisor/a vuelve a firmar esos registros "
         "aquí."),
    # Messages (trainer/study/trainee_pack.py, trainee_pack_format.py)
    "%1 holds records that are not valid: nothing was imported.":
        "%1 contiene registros que no son válidos: no se importó nada.",
    "%1 carries attachments that cannot be taken in: nothing was imported.":
        "%1 trae archivos adjuntos que no se pueden aceptar: no se importó nada.",
    "A trainee called '%1' is already in this database: import the pack under another name, or remove that "
    "trainee first.":
        "Ya hay un/a participante llamado/a '%1' en esta base de datos: importe el paquete con otro nombre, o "
        "quite primero a ese/a participante.",
    "%1 holds records this database cannot take (%2): nothing was imported.":
        "%1 contiene registros que esta base de datos no puede aceptar (%2): no se importó nada.",
    "%1 could not be imported (%2): nothing was imported.": "No se pudo importar %1 (%2): no se importó nada.",
    "%1 has unsafe or damaged entries: nothing was imported.":
        "%1 tiene entradas inseguras o dañadas: no se importó nada.",
    "%1 is not a trainee pack (it has no %2): export one with 'cpsw-trainer trainee export'.":
        "%1 no es un paquete de participante (no tiene %2): exporte uno con 'cpsw-trainer trainee export'.",
    "%1 is not a trainee pack (its manifest says it is something else).":
        "%1 no es un paquete de participante (su manifiesto dice que es otra cosa).",
    "%1: the manifest has no valid format version.": "%1: el manifiesto no tiene una versión de formato válida.",
    "%1 was written by a newer version of the app (%2, pack format %3): update this app, then import it again.":
        "%1 fue escrito por una versión más nueva de la aplicación (%2, formato de paquete %3): actualice esta "
        "aplicación y vuelva a importarlo.",
    "%1: the manifest is not valid.": "%1: el manifiesto no es válido.",
    "%1 was changed or damaged after it was exported: nothing was imported. Export it again from the first "
    "computer.":
        "%1 se cambió o se dañó después de exportarlo: no se importó nada. Expórtelo de nuevo desde la primera "
        "computadora.",
    "%1: there is no such file.": "%1: ese archivo no existe.",
    "%1 cannot be opened as a trainee pack (%2): copy it again from where it was exported.":
        "%1 no se puede abrir como paquete de participante (%2): cópielo de nuevo desde donde se exportó.",
    "%1 has %2 entries; a trainee pack has at most %3.":
        "%1 tiene %2 entradas; un paquete de participante tiene como máximo %3.",
    "%1: the manifest cannot be read (%2).": "%1: no se puede leer el manifiesto (%2).",
}
