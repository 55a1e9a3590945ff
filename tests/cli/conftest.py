"""Command-line tests speak English whatever the machine's language, unless a test asks otherwise."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch):
    from kpfield import i18n

    monkeypatch.setenv("KPFIELD_LANG", "en")
    yield
    i18n.forget_catalogues()
    i18n.set_language(i18n.DEFAULT)
