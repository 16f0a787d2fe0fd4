"""Supervisors' signatures on hours entries (requests, signed responses, their checks)."""

STRINGS = {
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
