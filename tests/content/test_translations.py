"""The Spanish beside the English: loaded onto the same ids, checked by validate, cached."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.content.cache import DeferredTranslations, load_catalog_cached
from trainer.content.checks import quality_problems
from trainer.content.loader import load_catalog
from trainer.content.translation_checks import translation_problems
from trainer.content.translations import glossary, in_language, untranslated


def _problems(root, languages=("en",)):
    catalog = load_catalog(root)
    assert catalog.errors == []
    return [str(p) for p in translation_problems(catalog, languages)]


def test_spanish_is_loaded_under_the_english_ids_and_hashes(bilingual_content):
    catalog = load_catalog(bilingual_content)
    spanish = in_language(catalog, "es")
    module, english = spanish.modules["boundaries-basics"], catalog.modules["boundaries-basics"]
    assert module.title == "Los límites, lo básico" and english.title == "Boundaries Basics"
    assert [s.key for s in module.sections] == [s.key for s in english.sections]
    assert module.sections[0].title == "Qué es un límite"
    assert (module.content_hash, module.version, module.path) == (english.content_hash, english.version, english.path)
    question, original = spanish.questions["bb-001"], catalog.questions["bb-001"]
    assert question.stem.startswith("¿Qué es un límite")
    assert question.content_hash == original.content_hash
    assert question.correct_indexes == original.correct_indexes and question.type == original.type
    assert question.section == "Qué es un límite"  # the reread button names the Spanish heading
    assert spanish.banks["boundaries-basics"].questions[0] is question
    assert spanish.domains["advocacy"].name == "Defensa de derechos"
    assert spanish.competencies["engaging-relationships"].name.startswith("Crea relaciones")
    assert spanish.competencies["providing-support"] == catalog.competencies["providing-support"]  # English kept
    profile = spanish.profiles["test-board"]
    assert profile.exam.note == "Confirme con su junta." and profile.exam.questions == 10
    assert profile.training.note == "Confirme las horas con su junta." and profile.training.total == 46
    assert [a.label for a in profile.attestations] == ["Diploma o equivalente", "Código de ética firmado"]
    # Untranslated: the English shows.
    assert spanish.modules["hope-and-stories"] == catalog.modules["hope-and-stories"]
    assert in_language(catalog, "en") is catalog and in_language(catalog, "es") is spanish


def test_glossary_is_merged_and_sorted(bilingual_content):
    (bilingual_content / "es" / "glossary" / "hope-and-stories.yaml").write_text(
        "terms:\n- es: esperanza\n  en: hope\n  definition: Creer que la vida puede mejorar.\n"
        "- es: límite\n  en: limit\n  definition: Otra definición.\n", encoding="utf-8")
    catalog = load_catalog(bilingual_content)
    terms = glossary(catalog, "es")
    assert [(t.term, t.en) for t in terms] == [("esperanza", "hope"), ("límite", "boundary"),
                                               ("relación doble", "dual relationship")]
    problems = _problems(bilingual_content)
    assert any("hope-and-stories.yaml:5:" in p and "'límite' is 'boundary'" in p for p in problems)


def test_clean_translation_has_no_problems_and_strict_mode_lists_what_is_missing(bilingual_content):
    assert _problems(bilingual_content) == []
    strict = _problems(bilingual_content, ("en", "es"))
    assert any("hope-and-stories.md:1: module 'hope-and-stories' has no Spanish text" in p for p in strict)
    assert any("competencies.yaml:1: competency 'providing-support' has no Spanish name" in p for p in strict)
    assert not any("boundaries-basics" in p for p in strict)


def test_mismatches_are_reported_with_path_and_line(bilingual_content):
    es = bilingual_content / "es"
    module = es / "modules" / "boundaries-basics.md"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("## Los regalos\n", "").replace("objectives:\n", "objectives:\n  - Otro.\n")
                      .replace("translated_from_version: 1", "translated_from_version: 1\nextra: 1"),
                      encoding="utf-8")
    bank = es / "quizzes" / "boundaries-basics.yaml"
    bank.write_text(bank.read_text(encoding="utf-8")
                    .replace("  - text: Un contrato legal que firma el par\n    why: Los límites no son contratos.\n", "")
                    .replace("- id: bb-002\n", "- id: bb-002\n  correct: true\n"), encoding="utf-8")
    (es / "quizzes" / "nothing.yaml").write_text("id: nothing\ntitle: Nada\nquestions: []\n", encoding="utf-8")
    catalog = load_catalog(bilingual_content)
    problems = [str(p) for p in translation_problems(catalog)]
    assert any(p.startswith(f"{module}:6:") and "2 objective(s); the English has 1" in p for p in problems)
    assert any(p.startswith(f"{module}:") and "2 '## ' section(s); the English has 3" in p for p in problems)
    assert any(p.startswith(f"{bank}:7:") and "2 option(s); the English has 3" in p for p in problems)
    assert any(p.startswith(f"{bank}:14:") and "'correct' comes from the English file" in p for p in problems)
    assert any("nothing.yaml:1: question bank 'nothing' has no English bank" in p for p in problems)
    spanish = in_language(catalog, "es")
    assert spanish.modules["boundaries-basics"] == catalog.modules["boundaries-basics"]  # English shown instead
    assert spanish.questions["bb-001"] == catalog.questions["bb-001"]


def test_term_in_parentheses_must_be_in_the_glossary(bilingual_content):
    module = bilingual_content / "es" / "modules" / "boundaries-basics.md"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "Pregunte a su supervisor.", "Pregunte a su supervisor (*supervisor*)."), encoding="utf-8")
    problems = _problems(bilingual_content)
    line = next(n for n, text in enumerate(module.read_text(encoding="utf-8").splitlines(), 1) if "(*supervisor*)" in text)
    assert problems == [f"{module}:{line}: the term 'supervisor' is given in English here but is not in "
                        "this module's glossary file"]
    (bilingual_content / "es" / "glossary" / "boundaries-basics.yaml").unlink()  # not written yet
    assert _problems(bilingual_content) == []
    assert sum("given in English here" in p for p in _problems(bilingual_content, ("en", "es"))) == 3


def test_hard_spanish_is_reported_like_the_english_grade(bilingual_content):
    module = bilingual_content / "es" / "modules" / "boundaries-basics.md"
    hard = ("La consideración interdisciplinaria de las circunstancias socioeconómicas correspondientes "
            "representa, indudablemente, una responsabilidad institucional fundamentalmente significativa.")
    module.write_text(module.read_text(encoding="utf-8").replace("Pregunte a su supervisor.", hard * 4),
                      encoding="utf-8")
    problems = _problems(bilingual_content)
    assert len(problems) == 1 and problems[0].startswith(f"{module}:1: reading ease (Fernández-Huerta) is ")


def test_validate_command_strict_mode(bilingual_content, capsys):
    from trainer.cli import main

    assert main(["validate", str(bilingual_content)]) == 0
    assert main(["validate", "--languages", "en,es", str(bilingual_content)]) == 1
    assert "has no Spanish text" in capsys.readouterr().out


def test_cache_keeps_the_spanish_and_notices_its_edits(bilingual_content, tmp_path):
    cache_dir = tmp_path / "cache"
    first = load_catalog_cached(bilingual_content, cache_dir)
    assert in_language(first, "es").modules["boundaries-basics"].title == "Los límites, lo básico"
    again = load_catalog_cached(bilingual_content, cache_dir)
    assert isinstance(again.translations, DeferredTranslations) and again.translations._value is None
    assert in_language(again, "en") is again and again.translations._value is None  # English reads no Spanish
    assert again.translations == first.translations
    spanish_path = in_language(again, "es").translations["es"].sources["module:boundaries-basics"].path
    assert spanish_path == str(bilingual_content / "es" / "modules" / "boundaries-basics.md")
    module = bilingual_content / "es" / "modules" / "boundaries-basics.md"
    module.write_text(module.read_text(encoding="utf-8").replace("title: Los límites, lo básico",
                                                                 "title: Límites"), encoding="utf-8")
    third = load_catalog_cached(bilingual_content, cache_dir)
    assert in_language(third, "es").modules["boundaries-basics"].title == "Límites"


def test_a_pack_adds_its_own_spanish(bilingual_content, tmp_path):
    from trainer.content.loader import extend_catalog

    pack = tmp_path / "pack"
    (pack / "es" / "quizzes").mkdir(parents=True)
    (pack / "quizzes").mkdir()
    (pack / "quizzes" / "extra.yaml").write_text(
        "id: extra\ntitle: Extra\nquestions:\n- id: ex-001\n  type: true_false\n  domain: advocacy\n"
        "  stem: Peers can speak up.\n  options:\n  - {text: 'True', correct: true}\n  - {text: 'False'}\n",
        encoding="utf-8")
    (pack / "es" / "quizzes" / "extra.yaml").write_text(
        "id: extra\nlang: es\ntitle: Extra\nquestions:\n- id: ex-001\n  stem: Los pares pueden hablar.\n"
        "  options:\n  - text: Verdadero\n  - text: Falso\n", encoding="utf-8")
    catalog = extend_catalog(load_catalog(bilingual_content), [pack])
    spanish = in_language(catalog, "es")
    assert spanish.questions["ex-001"].stem == "Los pares pueden hablar."
    assert spanish.questions["bb-001"].stem.startswith("¿Qué es")
    assert translation_problems(catalog) == []


@pytest.mark.skipif(not (BUNDLED_CONTENT / "es").is_dir(), reason="no Spanish curriculum yet")
def test_bundled_spanish_files_have_no_problems():
    catalog = load_catalog(BUNDLED_CONTENT)
    assert [str(p) for p in translation_problems(catalog, ())] == []


def test_the_bundled_curriculum_is_complete_in_english_and_spanish():
    """The bundled content promises both languages (content/languages.yaml), so validate holds
    every module, question and profile text to both; a trainer's own folder may be English only."""
    from trainer.content.translation_checks import required_languages

    assert required_languages(BUNDLED_CONTENT) == ("en", "es")
    catalog = load_catalog(BUNDLED_CONTENT)
    assert untranslated(catalog, "es") == ([], [])
    assert [str(p) for p in quality_problems(catalog, BUNDLED_CONTENT, ("en", "es"))] == []


def test_a_folder_without_a_languages_file_needs_only_english(small_content):
    from trainer.content.translation_checks import required_languages

    assert required_languages(small_content) == ("en",)
    (small_content / "languages.yaml").write_text("required: [es]\n", encoding="utf-8")
    assert required_languages(small_content) == ("en", "es")


def test_a_pack_carries_the_spanish_of_its_files_and_installs_it(bilingual_content, tmp_path):
    import zipfile

    from trainer.content.loader import extend_catalog
    from trainer.content.packs import export_pack, import_pack, installed_pack_roots

    source = load_catalog(bilingual_content)
    both, english = tmp_path / "both.zip", tmp_path / "english.zip"
    export_pack(source, both, "limits", 1, modules=["boundaries-basics"])
    export_pack(source, english, "limits", 1, modules=["boundaries-basics"], languages=("en",))
    names = set(zipfile.ZipFile(both).namelist())
    assert {"es/modules/boundaries-basics.md", "es/quizzes/boundaries-basics.yaml",
            "es/glossary/boundaries-basics.yaml", "modules/boundaries-basics.md"} <= names
    assert not any(n.startswith("es/") for n in zipfile.ZipFile(english).namelist())
    base_dir = tmp_path / "base"
    import shutil

    shutil.copytree(bilingual_content, base_dir)
    for path in (base_dir / "modules" / "boundaries-basics.md", base_dir / "quizzes" / "boundaries-basics.yaml",
                 base_dir / "es" / "modules" / "boundaries-basics.md",
                 base_dir / "es" / "quizzes" / "boundaries-basics.yaml",
                 base_dir / "es" / "glossary" / "boundaries-basics.yaml"):
        path.unlink()
    base = load_catalog(base_dir)
    packs = tmp_path / "packs"
    assert import_pack(both, packs, base).status == "installed"
    catalog = extend_catalog(base, installed_pack_roots(packs))
    spanish = in_language(catalog, "es")
    assert spanish.modules["boundaries-basics"].title == "Los límites, lo básico"
    assert spanish.questions["bb-001"].stem.startswith("¿Qué es")
    assert [t.term for t in glossary(catalog, "es")] == ["límite", "relación doble"]


@pytest.mark.parametrize("fmt, ending", [("gift", "gift"), ("aiken", "txt")])
def test_gift_and_aiken_carry_a_language_both_ways(bilingual_content, tmp_path, fmt, ending):
    from trainer.cli import main
    from trainer.content.parse_translation import check_text

    exported = tmp_path / f"limites.{ending}"
    assert main(["--content-dir", str(bilingual_content), "export-bank", "boundaries-basics", "--format", fmt,
                 "--language", "es", "--out", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8")
    assert "¿Qué es un límite" in text and "What is a boundary" not in text
    assert ('"lang": "es"' in text) == (fmt == "gift")  # Aiken has no place for it: say it on import
    imported = tmp_path / "es.yaml"
    language = [] if fmt == "gift" else ["--language", "es", "--bank-id", "boundaries-basics"]
    assert main(["--content-dir", str(bilingual_content), "import-bank", str(exported), *language,
                 "--out", str(imported)]) == 0
    target = bilingual_content / "es" / "quizzes" / "boundaries-basics.yaml"
    found = check_text(load_catalog(bilingual_content), target, imported.read_text(encoding="utf-8"), "es")
    assert found.problems == [] and found.questions["bb-001"].stem.startswith("¿Qué es un límite")
    assert found.questions["bb-001"].correct_indexes == (0,)


def test_a_translation_must_not_make_the_key_the_longest_option(bilingual_content):
    english = ["id: many\ntitle: Many\nquestions:"]
    spanish = ["id: many\nlang: es\ntitle: Muchas\nquestions:"]
    for n in range(12):
        english.append(f"- id: many-{n:03}\n  type: single\n  domain: advocacy\n  stem: Question number {n}?\n"
                       f"  options:\n  - {{text: Right {n}, correct: true}}\n  - {{text: Wrong answer {n}}}\n"
                       f"  - {{text: Other answer {n}}}")
        spanish.append(f"- id: many-{n:03}\n  stem: ¿Pregunta número {n}?\n  options:\n"
                       f"  - text: La respuesta correcta, mucho más larga que las otras, número {n}\n"
                       f"  - text: Mal {n}\n  - text: Otra {n}")
    (bilingual_content / "quizzes" / "many.yaml").write_text("\n".join(english) + "\n", encoding="utf-8")
    (bilingual_content / "es" / "quizzes" / "many.yaml").write_text("\n".join(spanish) + "\n", encoding="utf-8")
    problems = _problems(bilingual_content)
    assert any("es/quizzes/many.yaml:" in p and "the key is the longest option" in p for p in problems)
    assert not any(p.startswith(str(bilingual_content / "quizzes")) for p in problems)


def test_html_the_sanitizer_drops_is_reported_in_spanish_files_too(bilingual_content):
    module = bilingual_content / "es" / "modules" / "boundaries-basics.md"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "Pregunte a su supervisor.", 'Pregunte a su supervisor. <script>alert("x")</script>'), encoding="utf-8")
    bank = bilingual_content / "es" / "quizzes" / "boundaries-basics.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace(
        "why: La regla se aplica.", "why: La regla se aplica. <img src=x onerror=alert(1)>"), encoding="utf-8")
    problems = _problems(bilingual_content)
    line = next(n for n, text in enumerate(module.read_text(encoding="utf-8").splitlines(), 1) if "<script>" in text)
    assert any(p.startswith(f"{module}:{line}:") and "would be removed when shown" in p for p in problems)
    line = next(n for n, text in enumerate(bank.read_text(encoding="utf-8").splitlines(), 1) if "<img" in text)
    assert any(p.startswith(f"{bank}:{line}:") and "would be removed when shown" in p for p in problems)
