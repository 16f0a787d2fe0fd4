import subprocess
import sys

from tests.conftest import BUNDLED_CONTENT, FIXTURES, ROOT, SMALL_CONTENT
from trainer import __version__
from trainer.cli import build_parser, main, window_options
from trainer.ui.main_window import PAGE_KEYS


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=180, env=env)


def test_version_and_help(capsys):
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    result = run_cli("--help")
    assert result.returncode == 0
    for word in ("--data-dir", "--database-url", "--content-dir", "validate", "self-test"):
        assert word in result.stdout


def test_window_options_are_read_as_argparse_would():
    """The window's command line is read by hand (quicker at start); anything else goes to argparse."""
    for argv in ([], ["--data-dir", "/d"], ["--data-dir=/d", "--quit-after-show"],
                 ["--database-url", "sqlite:///x.db", "--content-dir", "/c", "--data-dir", "/d"]):
        assert window_options(argv) == build_parser().parse_args(argv), argv
    for argv in (["validate"], ["--help"], ["--version"], ["--data-dir"], ["--data-dir", "--quit-after-show"],
                 ["--data-dir="], ["--data"], ["--data-dir", "/d", "backup"], ["-h"]):
        assert window_options(argv) is None, argv


def test_a_bad_window_option_is_explained_by_argparse():
    result = run_cli("--data-dir")
    assert result.returncode == 2 and "--data-dir: expected one argument" in result.stderr


def test_validate_clean_content_exits_0(capsys):
    assert main(["validate", str(SMALL_CONTENT)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "Content is valid" in err


def test_validate_bundled_content_exits_0():
    result = run_cli("validate", str(BUNDLED_CONTENT))
    assert result.returncode == 0, result.stdout + result.stderr


def test_validate_broken_content_prints_path_line_and_exits_1(capsys):
    from tests.content.test_loader import SEEDED

    broken = FIXTURES / "content_broken"
    assert main(["validate", str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(SEEDED)
    for rel, line, fragment in SEEDED:
        prefix = f"{broken / rel}:{line}: "
        assert any(out.startswith(prefix) and fragment in out for out in lines), (prefix, lines)


def test_self_test_passes_on_small_content(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--content-dir", str(SMALL_CONTENT), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"built {len(PAGE_KEYS)} pages" in result.stdout and "self-test passed" in result.stdout
    assert "report: verified" in result.stdout


def test_self_test_fails_on_broken_content(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--content-dir", str(FIXTURES / "content_broken"), "self-test")
    assert result.returncode == 1
    assert "FAILED content:" in result.stderr


def test_backup_writes_a_copy(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "backup", "--out", str(tmp_path / "copy.sqlite3")]) == 0
    assert (tmp_path / "copy.sqlite3").stat().st_size > 0
