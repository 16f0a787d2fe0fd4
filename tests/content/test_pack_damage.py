"""Damaged pack archives: one clear message, exit 1, nothing installed; never a traceback."""

from __future__ import annotations

import os
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.content.test_packs import make_pack
from trainer.agency import AgencyConfig
from trainer.cli import main
from trainer.content.loader import load_catalog
from trainer.content.packs import PackError, import_pack
from trainer.services import open_services

ENTRY = "quizzes/local-resources.yaml"


def _as_file(data: bytes) -> Path:
    fd, path = tempfile.mkstemp(suffix=".zip")
    os.close(fd)
    Path(path).write_bytes(data)
    return Path(path)


def _central_record(data: bytes, name: str) -> int:
    """Offset of `name`'s record in the central directory."""
    return next(i for i in _all(data, b"PK\x01\x02") if data[i + 46:i + 46 + len(name)] == name.encode())


def _all(data: bytes, needle: bytes):
    start = data.find(needle)
    while start != -1:
        yield start
        start = data.find(needle, start + 1)


def _entry(data: bytes) -> tuple[int, int, zipfile.ZipInfo]:
    """(local header offset, where the compressed bytes start, info) of ENTRY."""
    path = _as_file(data)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(ENTRY)
    finally:
        path.unlink()
    local = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    return local, local + 30 + name_len + extra_len, info


def bad_deflate(data: bytes) -> bytes:
    _, start, info = _entry(data)
    body = bytearray(data)
    for i in range(start, start + min(info.compress_size, 40)):
        body[i] ^= 0xA5
    return bytes(body)


def crc_mismatch(data: bytes) -> bytes:
    local, _, info = _entry(data)
    body = bytearray(data)
    wrong = (info.CRC ^ 0xDEADBEEF) & 0xFFFFFFFF
    struct.pack_into("<I", body, local + 14, wrong)
    struct.pack_into("<I", body, _central_record(data, ENTRY) + 16, wrong)
    return bytes(body)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def shorter_compressed_size(data: bytes) -> bytes:
    local, _, info = _entry(data)
    body = bytearray(data)
    struct.pack_into("<I", body, local + 18, info.compress_size // 2)
    struct.pack_into("<I", body, _central_record(data, ENTRY) + 20, info.compress_size // 2)
    return bytes(body)


def larger_file_size(data: bytes) -> bytes:
    local, _, info = _entry(data)
    body = bytearray(data)
    struct.pack_into("<I", body, local + 22, info.file_size + 500)
    struct.pack_into("<I", body, _central_record(data, ENTRY) + 24, info.file_size + 500)
    return bytes(body)


DAMAGE = [bad_deflate, crc_mismatch, truncated, shorter_compressed_size, larger_file_size]


@pytest.fixture
def good_pack(settings, tmp_path) -> bytes:
    make_pack(settings, tmp_path / "src", tmp_path / "good.zip", 1)
    return (tmp_path / "good.zip").read_bytes()


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_a_damaged_pack_gives_one_message_exit_1_and_installs_nothing(settings, tmp_path, good_pack,
                                                                      damage, capsys):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(damage(good_pack))
    assert main(_args(settings, "pack", "import", str(broken))) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    first = captured.err.splitlines()[0]
    assert first.startswith(f"error: {broken}") and "Nothing was installed." in captured.err
    assert not (settings.packs_dir / "local").exists()
    assert not settings.packs_dir.exists() or not any(settings.packs_dir.iterdir())


def test_agency_config_naming_a_damaged_pack_still_starts_and_says_which_and_why(settings, tmp_path,
                                                                                good_pack):
    broken = tmp_path / "damaged.zip"
    broken.write_bytes(bad_deflate(good_pack))
    services = open_services(settings._replace(agency=AgencyConfig(content_packs=(broken,))))
    try:
        problems = [e for e in services.catalog.errors if e.path == str(broken)]
        assert len(problems) == 1
        message = problems[0].message
        assert "agency content pack not installed" in message and "corrupt" in message
        assert "local-resources" not in services.catalog.modules
        assert services.catalog.modules  # the bundled content is there: the app starts
    finally:
        services.close()


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_fuzzed_packs_install_cleanly_or_are_refused_with_a_pack_error(settings, good_pack, edits, cut):
    body = bytearray(good_pack)
    for where, value in edits:
        body[int(where * len(body))] = value
    if cut is not None:
        body = body[: int(cut * len(body))]
    base = _BASE.setdefault(settings.content_dir, load_catalog(settings.content_dir))
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder) / "fuzzed.zip"
        pack.write_bytes(bytes(body))
        packs_dir = Path(folder) / "packs"
        try:
            import_pack(pack, packs_dir, base)
        except PackError as exc:
            assert str(exc).startswith(str(pack))
            assert not packs_dir.exists() or not any(packs_dir.iterdir())


_BASE: dict = {}


def test_agency_config_naming_a_missing_pack_still_starts(settings, tmp_path):
    from trainer.agency import parse_agency_config

    config_file = tmp_path / "agency.toml"
    config_file.write_text('content_packs = ["gone.zip"]\n', encoding="utf-8")
    agency = parse_agency_config(config_file)  # not refused: one missing pack must not stop every seat
    assert agency.content_packs == (tmp_path / "gone.zip",)
    services = open_services(settings._replace(agency=agency))
    try:
        [problem] = [e for e in services.catalog.errors if e.path == str(tmp_path / "gone.zip")]
        assert "not installed" in problem.message and "not there" in problem.message
        assert services.catalog.modules
    finally:
        services.close()
