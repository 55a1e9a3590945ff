from kpfield.domain.text import fold, similar


def test_fold_drops_accents_case_and_extra_spaces():
    assert fold("  Kérouané  ") == "kerouane"
    assert fold("São  João") == "sao joao"
    assert fold(None) == ""


def test_similar_tolerates_a_letter_or_two_but_not_another_name():
    assert similar("Sahr Koroma", "SAHR KOROMAH")
    assert similar("Aïssatou Condé", "Aissatou Conde")
    assert not similar("Sahr Koroma", "Fatmata Sesay")
    assert not similar("", "Koroma")
