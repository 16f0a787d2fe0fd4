"""Content at scale: 300 modules and 10,000 questions.

Cold: load and validate the catalog vs. only parsing the same files with PyYAML's
C loader (target <= 2x). Warm: the cached catalog (target under 1 s).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import yaml
from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import bundled_content_dir
from trainer.content.cache import load_catalog_cached
from trainer.content.loader import load_catalog

DOMAINS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")
WORDS = ("peer", "support", "recovery", "plan", "goal", "listen", "share", "hope", "team", "choice",
         "safety", "trust", "story", "community", "skill", "health", "home", "purpose")


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_catalog(root: Path, modules: int = 300, questions: int = 10_000, seed: int = 3) -> Path:
    rng = random.Random(seed)
    bundled = bundled_content_dir()
    root.mkdir(parents=True, exist_ok=True)
    for name in ("domains.yaml", "competencies.yaml"):
        shutil.copy(bundled / name, root / name)
    for folder in ("modules", "quizzes", "certifications"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(bundled / "certifications" / "icrc-pr.yaml", root / "certifications" / "icrc-pr.yaml")
    per_bank = questions // modules
    for m in range(modules):
        module_id = f"module-{m:03d}"
        sections = "\n\n".join(f"## Section {s}\n\n" + " ".join(_sentence(rng) for _ in range(25))
                               for s in range(5))
        (root / "modules" / f"{module_id}.md").write_text(
            f"---\nid: {module_id}\ntitle: Module {m}\ndomain: {DOMAINS[m % 4]}\nminutes: 30\n"
            f"summary: {_sentence(rng)}\nquiz: {module_id}\n---\n# Module {m}\n\n{sections}\n", encoding="utf-8")
        bank = {"id": module_id, "title": f"Module {m}", "module": module_id, "questions": []}
        for q in range(per_bank + (1 if m < questions % modules else 0)):
            right = rng.randrange(4)
            bank["questions"].append({
                "id": f"{module_id}-q{q:03d}", "type": "single", "domain": DOMAINS[q % 4],
                "competency": "providing-support", "difficulty": 1 + q % 3, "section": f"Section {q % 5}",
                "scenario": _sentence(rng, 30), "stem": _sentence(rng, 14),
                "options": [{"text": f"{_sentence(rng, 8)} ({o})", "why": _sentence(rng, 14),
                             **({"correct": True} if o == right else {})} for o in range(4)],
                "explanation": _sentence(rng, 25), "references": ["Synthetic benchmark data."],
            })
        (root / "quizzes" / f"{module_id}.yaml").write_text(yaml.safe_dump(bank, sort_keys=False), encoding="utf-8")
    return root


def _parse_only(root: Path) -> None:
    for path in sorted(root.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for path in sorted((root / "modules").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        yaml.load(text.split("---\n")[1], Loader=yaml.CSafeLoader)




def run(quick: bool = False) -> list[dict]:
    repeats = 1 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        root = make_catalog(Path(tmp) / "content")
        catalog = load_catalog(root)
        assert not catalog.errors and len(catalog.questions) == 10_000, catalog.errors[:3]
        floor = median_time(lambda: _parse_only(root), repeats)
        cold = median_time(lambda: load_catalog(root), repeats)
        cache_dir = Path(tmp) / "cache"
        load_catalog_cached(root, cache_dir)
        warm = median_time(lambda: load_catalog_cached(root, cache_dir), repeats + 2)
    return [
        {"figure": "content: load+validate / YAML parse only (cold)", "value": cold / floor, "target": "<= 2",
         "ok": cold / floor <= 2},
        {"figure": "content: cold load of 10,000 questions (s)", "value": cold, "target": "report", "ok": True},
        {"figure": "content: cached load of 10,000 questions (s)", "value": warm, "target": "< 1", "ok": warm < 1},
    ]
