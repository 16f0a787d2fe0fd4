"""Supervisors' signatures on hours entries (requests, signed responses, their checks)."""

STRINGS = {
    "Sign with a &certificate…": "Firmar con un &certificado…",
    "A supervisor's or the agency's report certificate (a .p12 file from the agency). Without one, this install signs the report itself.":
        "El certificado de un/a supervisor/a o el certificado de informes de la agencia (un archivo .p12 de la agencia). Sin uno, esta instalación firma el informe por sí misma.",
    "Sign with which certificate?": "¿Con qué certificado firmar?",
    "Certificates (*.p12 *.pfx)": "Certificados (*.p12 *.pfx)",
    "Certificate passphrase": "Frase de contraseña del certificado",
    "The passphrase of %1:": "La frase de contraseña de %1:",
    "%1 signed this entry on %2, so it cannot be changed, deleted or un-verified. Ask for a change: it applies once a supervisor signs it.":
        "%1 firmó este registro el %2, así que no se puede cambiar, borrar ni quitarle la verificación. Pida un cambio: se aplica cuando un/a supervisor/a lo firme.",
    "The entry was changed after %1 signed it on %2, so the signature no longer covers it.":
        "El registro se cambió después de que %1 lo firmara el %2, así que la firma ya no lo cubre.",
    "The signature said to be by %1 does not match its certificate: it was altered or made up.":
        "La firma que dice ser de %1 no coincide con su certificado: fue alterada o inventada.",
    "This is not a verification request from CPSW Trainer, or it was damaged.":
        "Esta no es una solicitud de verificación de CPSW Trainer, o está dañada.",
    "This is not a signed response from CPSW Trainer, or it was damaged. Nothing was changed.":
        "Esta no es una respuesta firmada de CPSW Trainer, o está dañada. No se cambió nada.",
    "Choose the entries to sign first.": "Primero elija los registros que va a firmar.",
    "These entries cannot be signed with it.": "Estos registros no se pueden firmar con esto.",
    "This response was signed for %1, not for %2. Nothing was changed.":
        "Esta respuesta se firmó para %1, no para %2. No se cambió nada.",
    "Entry %1 signed by %2 is not in this trainee's log: the response is for someone else, or the entry was deleted.":
        "El registro %1 firmado por %2 no está en el registro de este/a participante: la respuesta es para otra persona, o el registro se borró.",
    "No signature was kept: %n of them cannot be accepted.": (
        "No se guardó ninguna firma: %n de ellas no se puede aceptar.",
        "No se guardó ninguna firma: %n de ellas no se pueden aceptar."),
}

STRINGS.update({
    "What %1 signed on %2 is not the entry of %3 (%4 h) as logged now: the entry changed since, or the signed copy was altered. The signature does not count.":
        "Lo que %1 firmó el %2 no es el registro del %3 (%4 h) tal como está ahora: el registro cambió desde entonces, o la copia firmada fue alterada. La firma no cuenta.",
})

STRINGS.update({
    # the Hours page's signatures
    "Signed by %1: a signed entry changes only when a supervisor signs the change. Use Ask for a change.":
        "Firmado por %1: un registro firmado solo cambia cuando un/a supervisor/a firma el cambio. Use Pedir un cambio.",
    "&Sign entries…": "&Firmar registros…",
    "A supervisor at this computer signs with their certificate":
        "Un/a supervisor/a en esta computadora firma con su certificado",
    "Export verification re&quest…": "Exportar &solicitud de verificación…",
    "For a supervisor elsewhere: they sign it and send it back":
        "Para un/a supervisor/a en otro lugar: la firma y la devuelve",
    "Import signed &response…": "Importar &respuesta firmada…",
    "Ask for a &change…": "Pedir un &cambio…",
    "A signed entry changes only when a supervisor signs the change":
        "Un registro firmado solo cambia cuando un/a supervisor/a firma el cambio",
    "Nothing to sign": "Nada que firmar",
    "Every entry already carries a valid signature.": "Cada registro ya tiene una firma válida.",
    "Export verification request": "Exportar la solicitud de verificación",
    "Requests (*.json)": "Solicitudes (*.json)",
    "Request written": "Solicitud escrita",
    "Wrote a request to sign %n entry(s) to %1. Send it to your supervisor; import the signed response they send back.": (
        "Se escribió en %1 una solicitud para firmar %n registro. Envíela a su supervisor/a; importe la respuesta firmada que le devuelva.",
        "Se escribió en %1 una solicitud para firmar %n registros. Envíela a su supervisor/a; importe la respuesta firmada que le devuelva."),
    "Import signed response": "Importar la respuesta firmada",
    "Responses (*.json)": "Respuestas (*.json)",
    "Signatures kept": "Firmas guardadas",
    "Kept %n signature(s) from %1: each one checked.": (
        "Se guardó %n firma de %1: revisada.",
        "Se guardaron %n firmas de %1: cada una revisada."),
    "The response was refused": "Se rechazó la respuesta",
    "Checking %1…": "Revisando %1…",
    "Ask for a change": "Pedir un cambio",
    "Change asked for": "Cambio pedido",
    "The entry changes when a supervisor signs it as you asked: use Sign entries… or Export verification request….":
        "El registro cambia cuando un/a supervisor/a lo firme como usted pidió: use Firmar registros… o Exportar solicitud de verificación….",
    "Signature": "Firma",
    "Signed by %1, trusted": "Firmado por %1, de confianza",
    "Self-issued: unchanged, nobody vouched": "Emitido por uno/a mismo/a: sin cambios, nadie lo avala",
    "Signed by %1, not trusted here": "Firmado por %1, no es de confianza aquí",
    "Signed by %1: certificate revoked or out of date": "Firmado por %1: certificado revocado o vencido",
    "Changed after signing": "Cambiado después de firmar",
    "Not signed": "Sin firmar",
    "Checking…": "Revisando…",
    "Make a certification-readiness report for your supervisor or board, or a printable hours log. Each report is digitally signed and carries a verification code, so your supervisor or board can check it was not changed.":
        "Haga un informe de preparación para la certificación para su supervisor/a o su junta, o un registro de horas para imprimir. Cada informe lleva una firma digital y un código de verificación, para que su supervisor/a o su junta compruebe que no se cambió.",
    # the signing dialog
    "Sign hours entries": "Firmar registros de horas",
    "For the supervisor: tick the entries you vouch for and read every field below. Your signature covers each field exactly as shown.":
        "Para el/la supervisor/a: marque los registros que avala y lea cada campo de abajo. Su firma cubre cada campo exactamente como se muestra.",
    "Entries to sign": "Registros para firmar",
    "%1 · %2 h · %3 · %4": "%1 · %2 h · %3 · %4",
    "What will be signed": "Lo que se firmará",
    "Certificate file": "Archivo del certificado",
    "your .p12 file from the agency": "su archivo .p12 de la agencia",
    "C&hoose…": "&Elegir…",
    "Passphrase": "Frase de contraseña",
    "&Certificate:": "&Certificado:",
    "&Passphrase:": "&Frase de contraseña:",
    "Why it was not signed": "Por qué no se firmó",
    "&Sign": "Fir&mar",
    "%1: %2 h of %3": "%1: %2 h de %3",
    "    %1: %2": "    %1: %2",
    "No entry is ticked.": "No hay ningún registro marcado.",
    "Supervisor certificate": "Certificado del/de la supervisor/a",
    "Certificates (*.p12 *.pfx)": "Certificados (*.p12 *.pfx)",
    "Tick the entries to sign first.": "Primero marque los registros que va a firmar.",
    "Choose the certificate file (.p12) the agency gave you.": "Elija el archivo del certificado (.p12) que le dio la agencia.",
})
STRINGS.update({
    "%1 was named as verifier on %2, but did not sign: it does not count as verified. Verified entries are locked: un-verify to change them.":
        "%1 figura como verificador/a el %2, pero no firmó: no cuenta como verificado. Los registros verificados están bloqueados: quite la verificación para cambiarlos.",
    "Signed by %1 on %2 with a certificate from the agency. Signed entries are locked: ask for a change.":
        "Firmado por %1 el %2 con un certificado de la agencia. Los registros firmados están bloqueados: pida un cambio.",
    "The signature does not count: %1": "La firma no cuenta: %1",
})
STRINGS.update({
    "Signature not valid": "Firma no válida",
    "Named %1, not signed": "Figura %1, sin firmar",
    "Signed by %1": "Firmado por %1",
})

STRINGS.update({  # the history of a signed entry
    "%1 Signed by %2 (certificate serial %3 from %4), fields digest %5":
        "%1 Firmado por %2 (certificado con número de serie %3 de %4), resumen de los campos %5",
    "the signature holds.": "la firma es válida.",
    "the signature does not count: %1": "la firma no cuenta: %1",
    "replaced by a later signature.": "sustituida por una firma posterior.",
})

STRINGS.update({  # the Hours page's sign-off by file, behind one button
    "Sign by &file": "Firmar por &archivo",
    "For a supervisor elsewhere: they sign a request file and send it back":
        "Para un/a supervisor/a en otro lugar: firma un archivo de solicitud y lo devuelve",
})
