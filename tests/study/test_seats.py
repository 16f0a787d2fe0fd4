from trainer.study.seats import must_choose_trainee


def test_nobody_to_choose_means_the_first_run_dialog_instead():
    assert not must_choose_trainee(0, remembered=False, shared_database=True, pin_required=True)


def test_one_trainee_on_a_private_install_opens_straight_away():
    assert not must_choose_trainee(1, remembered=True, shared_database=False, pin_required=False)


def test_shared_data_always_asks_who_is_studying():
    assert must_choose_trainee(1, remembered=True, shared_database=True, pin_required=False)
    assert must_choose_trainee(1, remembered=True, shared_database=False, pin_required=True)
    assert must_choose_trainee(2, remembered=True, shared_database=False, pin_required=False)


def test_trainees_but_none_remembered_asks():
    assert must_choose_trainee(1, remembered=False, shared_database=False, pin_required=False)
