"""Reading level of content: textstat's Flesch-Kincaid grade for English, its Fernández-Huerta
reading ease for Spanish."""

from __future__ import annotations

import re

import textstat
import yaml

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_CODE = re.compile(r"```.*?```", re.S)
_MARKUP = re.compile(r"[#*_>`|]|^\s*[-+]\s+|^\s*\d+\.\s+", re.M)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def prose_of_module(text: str) -> str:
    """The module's readable prose: no front matter, headings, code or markup."""
    body = _FRONT_MATTER.sub("", text, count=1)
    body = _CODE.sub("", body)
    lines = [ln for ln in body.splitlines() if not ln.lstrip().startswith("#")]
    lines = [ln for ln in lines if not re.fullmatch(r"\s*\|?[-:| ]+\|?\s*", ln)]
    body = _LINK.sub(r"\1", "\n".join(lines))
    body = _MARKUP.sub("", body)
    # A list item or table cell without a full stop still reads as a sentence.
    sentences = []
    for line in body.splitlines():
        line = line.strip()
        if line:
            sentences.append(line if line[-1] in ".!?:" else line + ".")
    return " ".join(sentences)


def module_grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(prose_of_module(text)))


SPANISH_MIN_EASE = 70.0  # Fernández-Huerta: 70-80 reads "fairly easy", about grade 6


def spanish_module_ease(text: str) -> float:
    """A Spanish module's reading ease (higher is easier), on its prose as for the grade."""
    from textstat.textstat import textstatistics

    spanish = textstatistics()  # its own instance: set_lang on the shared one would change the English grade
    spanish.set_lang("es")
    return float(spanish.fernandez_huerta(prose_of_module(text)))


def prose_of_bank(text: str) -> str:
    """Scenarios and stems of a bank, each treated as its own passage."""
    data = yaml.safe_load(text) or {}
    parts = []
    for question in data.get("questions") or []:
        for key in ("scenario", "stem"):
            value = str(question.get(key) or "").strip()
            if value:
                parts.append(value if value[-1] in ".!?:" else value + ".")
    return " ".join(parts)


def bank_grade(text: str) -> float:
    prose = prose_of_bank(text)
    return float(textstat.flesch_kincaid_grade(prose)) if prose else 0.0


def prose_of_practice(text: str) -> str:
    """What a trainee reads in a scenario, reflection drill or note exercise: every text field
    except ids, codes and references, each treated as its own passage."""
    data = yaml.safe_load(text) or {}
    skip = {"id", "code", "next", "start", "talk", "stage", "domain", "format", "references",
            "competencies", "version", "title", "signature", "header"}
    parts: list[str] = []

    def walk(value, key=""):
        if key in skip:
            return
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and value.strip():
            value = value.strip()
            parts.append(value if value[-1] in ".!?:" else value + ".")

    walk(data)
    return " ".join(parts)


def practice_grade(text: str) -> float:
    prose = prose_of_practice(text)
    return float(textstat.flesch_kincaid_grade(prose)) if prose else 0.0
