import pytest

from tests.conftest import SMALL_CONTENT
from trainer.content.loader import load_catalog
from trainer.store.db import open_database
from trainer.study.progress import ProgressService
from trainer.study.trainees import TraineeError, TraineeService


@pytest.fixture
def services(database_url):
    database = open_database(database_url)
    yield TraineeService(database.sessions), ProgressService(database.sessions)
    database.dispose()


@pytest.fixture(scope="module")
def module():
    return load_catalog(SMALL_CONTENT).modules["boundaries-basics"]


def test_trainee_names_are_cleaned_and_unique(services):
    trainees, _ = services
    ana = trainees.create("  Ana   Ruiz ", "icrc-pr")
    assert ana.name == "Ana Ruiz" and ana.profile_id == "icrc-pr"
    with pytest.raises(TraineeError, match="already exists"):
        trainees.create("Ana Ruiz", None)
    with pytest.raises(TraineeError, match="enter a name"):
        trainees.create("   ", None)
    found, created = trainees.get_or_create("Ana Ruiz", None)
    assert found.id == ana.id and not created
    assert trainees.update(ana.id, profile_id="nm-cpsw").profile_id == "nm-cpsw"


def test_module_completes_when_every_section_is_read(services, module):
    trainees, progress = services
    trainee = trainees.create("Reader", None)
    assert progress.status(trainee.id, module).started is False
    for section in module.sections[:-1]:
        status = progress.mark_read(trainee.id, module, section.key)
        assert not status.complete
    progress.mark_read(trainee.id, module, module.sections[0].key)  # twice is fine
    assert progress.status(trainee.id, module).read_count == len(module.sections) - 1
    status = progress.mark_read(trainee.id, module, module.sections[-1].key)
    assert status.complete and status.fraction == 1.0


def test_progress_is_per_trainee(services, module):
    trainees, progress = services
    a, b = trainees.create("A", None), trainees.create("B", None)
    progress.mark_read(a.id, module, module.sections[0].key)
    assert progress.status(b.id, module).read_count == 0
    assert progress.status(a.id, module).last_section == module.sections[0].key


def test_unknown_section_is_refused(services, module):
    trainees, progress = services
    trainee = trainees.create("C", None)
    with pytest.raises(KeyError):
        progress.mark_read(trainee.id, module, "no-such-section")


def test_reading_operations_say_what_changed(services, module):
    from trainer.operations import Change, reading

    trainees, progress = services
    trainee = trainees.create("Operator", None)
    first, *rest = module.sections
    began = reading.remember_position(progress, trainee.id, module, first.key)
    assert began.changes == Change.PROGRESS  # the module is now started
    assert reading.remember_position(progress, trainee.id, module, first.key).changes == Change.NONE
    done = reading.mark_section_read(progress, trainee.id, module, first.key)
    assert done.changes == Change.PROGRESS and done.value.read_keys == {first.key} and not done.value.complete
    for section in rest:
        done = reading.mark_section_read(progress, trainee.id, module, section.key)
    assert done.changes == Change.PROGRESS and done.value.complete  # the last section finishes the module
