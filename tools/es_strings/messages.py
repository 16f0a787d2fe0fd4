"""Messages from the logic layers (context "messages"), and the app's own warnings."""

STRINGS = {
    # app.py, quit guard, background helper
    "Your change could not be saved": "No se pudo guardar su cambio",
    "The data folder is read-only or the disk is full. Everything you saved before is safe; only this last change was not saved. Free some disk space (or ask for write access to the data folder), then try again.":
        "La carpeta de datos es de solo lectura o el disco está lleno. Todo lo que guardó antes está a salvo; solo este último cambio no se guardó. Libere espacio en el disco (o pida permiso de escritura en la carpeta de datos) y vuelva a intentarlo.",
    "Something went wrong": "Algo salió mal",
    "Something unexpected happened. Your saved work is safe. Details were written to the log file in your data folder.":
        "Pasó algo inesperado. Su trabajo guardado está a salvo. Los detalles quedaron en el archivo de registro de su carpeta de datos.",
    "The data folder is read-only or the disk is full, so nothing could be saved there. Nothing has been changed or lost. Ask for write access to the folder (or free some disk space), then start CPSW Trainer again.":
        "La carpeta de datos es de solo lectura o el disco está lleno, así que no se pudo guardar nada allí. No se cambió ni se perdió nada. Pida permiso de escritura en la carpeta (o libere espacio en el disco) y vuelva a abrir CPSW Trainer.",
    "CPSW Trainer could not open its data in %1.\n\n%2": "CPSW Trainer no pudo abrir sus datos en %1.\n\n%2",
    "Cannot open your data": "No se pueden abrir sus datos",
    "Close CPSW Trainer?": "¿Cerrar CPSW Trainer?",
    "CPSW Trainer needs to know who is studying before it can open. Close the app now?":
        "CPSW Trainer necesita saber quién está estudiando antes de abrirse. ¿Desea cerrar la aplicación ahora?",
    "&Close the app": "&Cerrar la aplicación",
    "&Go back": "&Volver",
    "Cancel": "Cancelar",
    # content loading
    "%1: the front matter is not valid YAML; fix it in a text editor or check it with 'cpsw-trainer validate'":
        "%1: el encabezado no es YAML válido; corríjalo en un editor de texto o revíselo con 'cpsw-trainer validate'",
    "%1: the question bank is not valid YAML; fix it in a text editor or check it with 'cpsw-trainer validate'":
        "%1: el banco de preguntas no es YAML válido; corríjalo en un editor de texto o revíselo con 'cpsw-trainer validate'",
    "%1: the front matter must be a mapping of 'key: value' lines":
        "%1: el encabezado debe ser una lista de líneas 'clave: valor'",
    "%1: the question bank must be a mapping of 'key: value' lines":
        "%1: el banco de preguntas debe ser una lista de líneas 'clave: valor'",
    "%1: cannot be read (%2)": "%1: no se puede leer (%2)",
    "%1:1: a module must start with YAML front matter between '---' lines":
        "%1:1: un módulo debe empezar con un encabezado YAML entre líneas '---'",
    "%1: a file with this id already exists; choose another id":
        "%1: ya existe un archivo con este id; elija otro id",
    "%1: the format is not known from its extension; use .gift for GIFT or .txt for Aiken.":
        "%1: no se reconoce el formato por su extensión; use .gift para GIFT o .txt para Aiken.",
    "%1 cannot be read as UTF-8 text (%2).": "%1 no se puede leer como texto UTF-8 (%2).",
    "A bank called '%1' already exists (%2). Rename the file you are importing, or delete the old bank first.":
        "Ya existe un banco llamado '%1' (%2). Cambie el nombre del archivo que importa, o borre primero el banco anterior.",
    # content packs
    "%1: the manifest is not valid YAML (%2)": "%1: el manifiesto no es YAML válido (%2)",
    "%1: the manifest must be a mapping": "%1: el manifiesto debe ser una lista de pares 'clave: valor'",
    "%1: the manifest is not valid": "%1: el manifiesto no es válido",
    "%1: cannot be opened as a zip file (%2); it may be cut short or not a pack at all: copy or download it again":
        "%1: no se puede abrir como archivo zip (%2); puede estar incompleto o no ser un paquete: cópielo o descárguelo de nuevo",
    "%1: has %2 entries; a pack may have at most %3": "%1: tiene %2 archivos; un paquete puede tener como máximo %3",
    "%1: entry '%2' makes the pack too large (at most %3 MB a file, %4 MB in all)":
        "%1: el archivo '%2' hace el paquete demasiado grande (como máximo %3 MB por archivo, %4 MB en total)",
    "%1: entry '%2' is larger than %3 MB": "%1: el archivo '%2' pesa más de %3 MB",
    "%1: the zip has unsafe or damaged entries": "%1: el zip tiene archivos dañados o no seguros",
    "%1: there is no %2; export packs with 'cpsw-trainer pack export'":
        "%1: falta %2; exporte los paquetes con 'cpsw-trainer pack export'",
    "%1: the files do not match the manifest": "%1: los archivos no coinciden con el manifiesto",
    "%1: not a content pack (there is no %2)": "%1: no es un paquete de contenido (falta %2)",
    "%1: not a readable content pack (%2); the file is damaged or incomplete; copy or download it again":
        "%1: no es un paquete de contenido legible (%2); el archivo está dañado o incompleto; cópielo o descárguelo de nuevo",
    "the pack id must be kebab-case (lowercase letters, digits, hyphens): '%1'":
        "el id del paquete debe ir en minúsculas, con cifras y guiones (kebab-case): '%1'",
    "the pack version must be 1 or more, got %1": "la versión del paquete debe ser 1 o más; se recibió %1",
    "nothing to export: no modules, banks or profiles were chosen or found":
        "no hay nada que exportar: no se eligieron ni se encontraron módulos, bancos ni perfiles",
    "the chosen content has problems; fix them, then export again":
        "el contenido elegido tiene problemas; corríjalos y vuelva a exportar",
    "some chosen ids do not exist": "algunos de los id elegidos no existen",
    "%1: the pack's content has problems": "%1: el contenido del paquete tiene problemas",
    "%1: the manifest's module and question hashes do not match the files; export the pack again with 'cpsw-trainer pack export'":
        "%1: las huellas de módulos y preguntas del manifiesto no coinciden con los archivos; vuelva a exportar el paquete con 'cpsw-trainer pack export'",
    "%1: pack '%2' version %3 would change the meaning of %4 without a version bump (version %5 is installed); export it again with --version %6 or higher":
        "%1: el paquete '%2' versión %3 cambiaría el sentido de %4 sin subir la versión (está instalada la versión %5); vuelva a exportarlo con --version %6 o más",
    "%1: pack '%2' version %3 is older than the installed one (version %4 is installed); nothing was changed":
        "%1: el paquete '%2' versión %3 es más antiguo que el instalado (está instalada la versión %4); no se cambió nada",
    "%1: pack '%2' has different files but the same version (version %3 is installed); export it again with --version %4":
        "%1: el paquete '%2' tiene otros archivos pero la misma versión (está instalada la versión %3); vuelva a exportarlo con --version %4",
    # trainees, PINs, accounts
    "Someone called '%1' already uses this app. Choose your name from the list, or add something to tell you apart.":
        "Alguien llamado '%1' ya usa esta aplicación. Elija su nombre en la lista, o agregue algo que los distinga.",
    "Enter a name for the account.": "Escriba un nombre para la cuenta.",
    "A name is at most %1 characters.": "Un nombre tiene como máximo %1 caracteres.",
    "A password is at least %1 characters.": "Una contraseña tiene al menos %1 caracteres.",
    "A password cannot start or end with a space.": "Una contraseña no puede empezar ni terminar con un espacio.",
    "The two passwords are not the same. Type the password again.":
        "Las dos contraseñas no son iguales. Escriba la contraseña de nuevo.",
    "That is not the agency's trainer password. Please wait %n second(s) before trying again.": (
        "Esa no es la contraseña de capacitador/a de la agencia. Espere %n segundo antes de volver a intentarlo.",
        "Esa no es la contraseña de capacitador/a de la agencia. Espere %n segundos antes de volver a intentarlo."),
    "That is not the agency's trainer password.": "Esa no es la contraseña de capacitador/a de la agencia.",
    "That password is not right. Please wait %n second(s) before trying again.": (
        "Esa contraseña no es correcta. Espere %n segundo antes de volver a intentarlo.",
        "Esa contraseña no es correcta. Espere %n segundos antes de volver a intentarlo."),
    "That password is not right.": "Esa contraseña no es correcta.",
    "Too many wrong tries. Please wait %n second(s).": (
        "Demasiados intentos fallidos. Espere %n segundo.",
        "Demasiados intentos fallidos. Espere %n segundos."),
    "The role must be one of: %1.": "El rol debe ser uno de estos: %1.",
    "There is already an account called '%1'. Choose another name.":
        "Ya hay una cuenta llamada '%1'. Elija otro nombre.",
    "There is no account called '%1'. Check the name (it is case-sensitive); `cpsw-trainer account list` shows them all.":
        "No hay ninguna cuenta llamada '%1'. Revise el nombre (distingue mayúsculas de minúsculas); `cpsw-trainer account list` las muestra todas.",
    "Enter your account name.": "Escriba el nombre de su cuenta.",
    "There is no account called '%1'. Check the name (it is case-sensitive).":
        "No hay ninguna cuenta llamada '%1'. Revise el nombre (distingue mayúsculas de minúsculas).",
    "'%1' is a %2 account; this needs a %3 account.": "'%1' es una cuenta de %2; aquí se necesita una cuenta de %3.",
    "A PIN is 4 to 12 digits.": "Un PIN tiene de 4 a 12 cifras.",
    "That PIN is not right. Please wait %n second(s) before trying again.": (
        "Ese PIN no es correcto. Espere %n segundo antes de volver a intentarlo.",
        "Ese PIN no es correcto. Espere %n segundos antes de volver a intentarlo."),
    "That PIN is not right.": "Ese PIN no es correcto.",
    "Please enter a name.": "Escriba un nombre, por favor.",
    "Please use a name of at most %1 characters.": "Use un nombre de %1 caracteres como máximo, por favor.",
    "A trainee called '%1' already exists.": "Ya existe un/a participante llamado/a '%1'.",
    "Enter your trainer account name.": "Escriba el nombre de su cuenta de capacitador/a.",
    "A trainer account already exists (or your agency manages them): sign in instead.":
        "Ya existe una cuenta de capacitador/a (o su agencia las administra): inicie sesión.",
    "Sign in as a trainer first: only a trainer can add accounts.":
        "Primero inicie sesión como capacitador/a: solo un/a capacitador/a puede agregar cuentas.",
    # attempts, drills, renewal
    "That attempt no longer exists.": "Ese intento ya no existe.",
    "The time for this exam is up.": "Se acabó el tiempo de este examen.",
    "The question bank is too small for a %1-question exam in: %2. A %3-question exam is possible.":
        "El banco de preguntas es demasiado pequeño para un examen de %1 preguntas en: %2. Se puede hacer un examen de %3 preguntas.",
    "There are no questions to practise here yet.": "Todavía no hay preguntas para practicar aquí.",
    "Question %1 is not part of this attempt.": "La pregunta %1 no es parte de este intento.",
    "This attempt is already finished; its answers can no longer change.":
        "Este intento ya terminó; sus respuestas ya no pueden cambiar.",
    "Type your reflection first: there is nothing to rate yet.":
        "Primero escriba su reflejo: todavía no hay nada que calificar.",
    "Your certification expires in %n day(s), on %1.": (
        "Su certificación vence en %n día, el %1.",
        "Su certificación vence en %n días, el %1."),
}
