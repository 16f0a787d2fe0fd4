"""Messages as data: the logic's sentences are templates with values, worded by whoever shows them."""

from trainer.messages import Message, MessageError, english_forms, fill, message
from trainer.study.pins import PinError, check_pin_format
from trainer.study.trainees import TraineeError, clean_name


def test_fill_puts_each_value_in_once_even_when_a_value_holds_a_placeholder():
    assert fill("%1 of %2", "50%2", 4) == "50%2 of 4"
    assert fill("%1 and %3", "a") == "a and %3"


def test_english_plural_forms_follow_the_translation_rules():
    assert english_forms("%n entry(s) (was|were) saved") == ("%n entry was saved", "%n entries were saved")
    assert message("Please wait %n second(s).", n=1).english() == "Please wait 1 second."
    assert str(message("Please wait %n second(s).", n=30)) == "Please wait 30 seconds."


def test_errors_carry_the_template_and_values_not_a_finished_sentence():
    try:
        clean_name("x" * 500)
    except TraineeError as exc:
        assert exc.message == Message("Please use a name of at most %1 characters.", ("120",))
        assert str(exc) == "Please use a name of at most 120 characters."
    else:
        raise AssertionError("a long name was accepted")
    try:
        check_pin_format("12")
    except PinError as exc:
        assert isinstance(exc, MessageError) and exc.message.template == "A PIN is 4 to 12 digits."
