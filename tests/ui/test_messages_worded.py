"""The UI words the logic's Messages through Qt's translations, with the right plural."""

from trainer.messages import message
from trainer.ui.text import say
from trainer.ui.theme import apply_theme


def test_say_uses_the_english_plural_forms_of_the_translation(qapp):
    apply_theme(qapp)  # loads the English translation (plural forms)
    template = "Too many wrong tries. Please wait %n second(s)."
    assert say(message(template, n=1)) == "Too many wrong tries. Please wait 1 second."
    assert say(message(template, n=5)) == "Too many wrong tries. Please wait 5 seconds."
    assert say(message("A trainee called '%1' already exists.", "Pat %2")) == \
        "A trainee called 'Pat %2' already exists."
