"""The Spanish curriculum's own messages (#20): importing a bank's Spanish from a GIFT file."""

STRINGS = {
    "This file is the Spanish of the bank '%1', and there is no such English bank. "
    "Import or write the English bank first.":
        "Este archivo es el español del banco '%1', y no hay un banco en inglés con ese nombre. "
        "Primero importe o escriba el banco en inglés.",
    "The bank '%1' already has its Spanish (%2). Edit it with Spanish side by side, or delete it first.":
        "El banco '%1' ya tiene su español (%2). Edítelo con Español lado a lado, o bórrelo primero.",
}
