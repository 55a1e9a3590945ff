"""The window's language: Qt's translators for kpfield's catalogue and Qt's own dialogs.

The same choice is given to :mod:`kpfield.i18n`, so that messages made below ``ui/`` (validation,
import reports) come in the language of the window that shows them.
"""

from __future__ import annotations

from kpfield import i18n

from .qt import QApplication, QLibraryInfo, QLocale, QTranslator

# The locale that sets number and date formats for each language kpfield speaks.
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "es": "es_ES"}
_QT_CATALOGUE = {"en": None, "fr": "qtbase_fr", "pt": "qtbase_pt_BR", "es": "qtbase_es"}

_installed: list[QTranslator] = []


def install(lang: str) -> str:
    """Translate the window (and Qt's standard buttons and dialogs) into ``lang`` from now on.

    Returns the language installed: English when ``lang`` is one kpfield does not speak. Widgets
    made before the call keep their text; the window is rebuilt to change language.
    """
    app = QApplication.instance()
    lang = i18n.set_language(lang)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    if app is None:
        return lang
    if lang == i18n.DEFAULT:
        # English needs only its plural forms ("1 licence", "2 licences"): kpfield_en holds those alone
        english = QTranslator(app)
        if english.load(str(i18n.catalogue_path(lang, ".qm"))):
            app.installTranslator(english)
            _installed.append(english)
        elif i18n.plurals(lang):
            fallback = CatalogueTranslator(lang, app)
            app.installTranslator(fallback)
            _installed.append(fallback)
        return lang
    qt_name = _QT_CATALOGUE[lang]
    qt = QTranslator(app)
    if qt_name and any(qt.load(qt_name, str(folder)) for folder in qt_catalogue_folders()):
        app.installTranslator(qt)
        _installed.append(qt)
    qm = i18n.catalogue_path(lang, ".qm")
    ours: QTranslator = QTranslator(app)
    if not ours.load(str(qm)):
        # no compiled catalogue (a wheel or a checkout before `make`): read the .ts source instead
        if not i18n.catalogue(lang):
            raise FileNotFoundError(
                f"the {i18n.LANGUAGES[lang]} catalogue {i18n.catalogue_path(lang)} is missing or empty: "
                "reinstall kpfield"
            )
        ours = CatalogueTranslator(lang, app)
    app.installTranslator(ours)
    _installed.append(ours)
    return lang


def qt_catalogue_folders() -> list[str]:
    """Where Qt's own catalogues (``qtbase_fr.qm``...) are looked for: Qt's translations folder,
    then beside kpfield's catalogues (where the bundle also puts them, see build.spec)."""
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(i18n.catalogue_path(i18n.DEFAULT, ".qm").parent),
    ]


def choose(lang: str) -> str:
    """The user chose ``lang``: install it and remember it for the window and the command line."""
    lang = install(lang)
    i18n.save_language(lang)
    return lang


class CatalogueTranslator(QTranslator):
    """A translator over the ``.ts`` catalogue that :mod:`kpfield.i18n` reads, for when no ``.qm`` is built."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        # None (a null string) tells Qt there is no translation here, so it asks the next translator
        if n is not None and n >= 0:
            forms = i18n.plurals(self.lang).get((context, source_text))
            if forms:
                return forms[min(i18n.plural_index(self.lang, n), len(forms) - 1)]
        return i18n.catalogue(self.lang).get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
