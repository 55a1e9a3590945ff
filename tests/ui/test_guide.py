"""The guide (F1, Help > Guide) and Start here on an empty inventory."""

from __future__ import annotations

import re

import pytest

from kpfield import i18n
from kpfield.resources import resource_path

LANGS = tuple(i18n.LANGUAGES)


@pytest.fixture
def speak(qapp):
    """``speak(lang)`` installs a language for the test; English again afterwards."""
    from kpfield.ui import language

    yield language.install
    language.install("en")


@pytest.fixture
def open_window(qtbot):
    """``open_window(inv)``: the main window on ``inv``, as the application shows it."""
    from kpfield.ui.main_window import MainWindow

    made = []

    def make(inv):
        win = MainWindow(inv, auto_backup=False)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.jobs.wait_all()
        if win.guide_dialog is not None:
            win.guide_dialog.close()
        win.close()


def _pictures(html: str) -> list[str]:
    return re.findall(r'<img[^>]*\bsrc="([^"]+)"', html)


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_a_guide_in_every_language_with_its_pictures(lang):
    from kpfield.ui.guide import GUIDE_PAGES, image_folders

    for page in GUIDE_PAGES:
        own = resource_path("guide", lang, f"{page}.html")
        assert own.is_file(), f"no {lang} guide for {page}: write {own}"
        html = own.read_text(encoding="utf-8")
        pictures = _pictures(html)
        assert pictures, f"{own} shows no picture"
        for src in pictures:
            assert any((folder / src).is_file() for folder in image_folders(lang)), f"{own}: {src} is missing"
        # links between pages name real pages, and none leaves the guide (it works offline)
        links = re.findall(r'href="([^"]+)"', html)
        assert links and all(link.startswith("page:") and link[5:] in GUIDE_PAGES for link in links), links
        assert "http" not in html


def test_each_page_of_the_window_has_its_guide(window):
    """A page added to the navigation without a guide page fails here."""
    from kpfield.ui.guide import GUIDE_PAGES

    seen = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        seen.append(window.guide_page())
    assert "start" not in seen and len(set(seen)) == window.nav.count()
    assert set(seen) | {"start"} == set(GUIDE_PAGES)


@pytest.mark.parametrize("lang", LANGS)
def test_f1_opens_the_guide_of_the_page_shown_in_the_window_language(qtbot, inv, holder, speak, open_window, lang):
    from kpfield.ui.guide import page_title
    from kpfield.ui.qt import QApplication, QKeySequence, Qt

    speak(lang)
    win = open_window(inv)
    assert win.stack.currentWidget() is not win.start_page  # the inventory holds a person
    for kind, key in (("licence", "licence"), ("person", "person")):
        win.go_to(kind)
        win.activateWindow()  # the guide, once shown, is the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        win.pages[kind].table.setFocus()
        qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_F1)
        guide = win.guide_dialog
        assert guide is not None and guide.isVisible() and guide.page == key
        text = guide.browser.toPlainText()
        expected = resource_path("guide", lang, f"{key}.html").read_text(encoding="utf-8")
        heading = re.search(r"<h1>(.*?)</h1>", expected).group(1)
        assert text.startswith(heading.replace("&amp;", "&"))
        # the guide's heading is the page's name in the navigation
        assert heading.replace("&amp;", "&") == page_title(kind) == win.nav.currentItem().text()
        assert guide.pages.currentItem().text() == page_title(kind)
    # the Map page, through Help > Guide
    win.nav.setCurrentRow(win.stack.indexOf(win.map_page))
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.menu() and win.act_guide in a.menu().actions())
    assert win.act_guide in help_menu.actions()
    assert win.act_guide.shortcut() == QKeySequence("F1")
    win.act_guide.trigger()
    assert win.guide_dialog.page == "map"
    assert win.guide_dialog.browser.toPlainText().startswith(i18n.translate_in(lang, "MainWindow", "Map"))


def test_the_guide_shows_its_pictures_and_follows_its_links(qtbot, inv, open_window):
    from PySide6.QtGui import QTextDocument

    from kpfield.ui.qt import QUrl

    win = open_window(inv)
    guide = win.show_guide("site")
    document = guide.browser.document()
    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("site.png"))
    # the browser found the shipped picture (a null resource when the file is missing)
    assert picture is not None and not picture.isNull()
    guide.browser.anchorClicked.emit(QUrl("page:map"))
    assert guide.page == "map" and guide.pages.currentRow() == 8
    guide.pages.setCurrentRow(0)
    assert guide.page == "start"
    # the same guide window is brought up again, not a second one
    assert win.show_guide() is guide


def test_a_missing_page_in_a_language_falls_back_to_english(tmp_path, monkeypatch):
    import shutil

    from kpfield.ui.guide import guide_file, image_folders

    shutil.copytree(resource_path("guide"), tmp_path / "guide")
    (tmp_path / "guide" / "pt" / "map.html").unlink()
    monkeypatch.setenv("KPFIELD_RESOURCES", str(tmp_path))
    assert guide_file("map", "pt") == tmp_path / "guide" / "en" / "map.html"
    assert guide_file("site", "pt") == tmp_path / "guide" / "pt" / "site.html"
    assert image_folders("pt") == [tmp_path / "guide" / "images" / "pt", tmp_path / "guide" / "images" / "en"]
    with pytest.raises(KeyError, match="no guide page"):
        guide_file("reports", "en")


# ---- Start here ---------------------------------------------------------------------------------


def test_an_empty_inventory_opens_on_start_here_and_a_filled_one_as_before(inv, open_window):
    win = open_window(inv)
    assert win.stack.currentWidget() is win.start_page
    assert win.nav.currentRow() == -1 and win.current_page() is None
    assert not win.act_new.isEnabled()  # Ctrl+N means nothing here: each step has its button
    assert win.guide_page() == "start"
    win.close()

    inv.add("organisation", {"name": "Kono Diggers Cooperative", "country": "SL", "kind": "cooperative"})
    win = open_window(inv)
    assert win.stack.currentWidget() is not win.start_page
    assert win.current_page() is not None and win.current_page().kind == "production"


@pytest.mark.parametrize("lang", ("en", "fr"))
def test_start_here_fits_and_speaks_the_language(qtbot, inv, speak, open_window, lang):
    from kpfield.ui.qt import QApplication

    speak(lang)
    win = open_window(inv)
    QApplication.processEvents()
    page = win.start_page
    assert page.isVisible()
    for button in page.buttons.values():
        assert button.isVisible()
        # no button is cut or pushed out of the page at 1366x768
        assert button.width() >= button.sizeHint().width()
        corner = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(corner), button.text()
    if lang != "en":
        assert page.buttons["person"].text() == i18n.translate_in(lang, "StartPage", "Add a person") != "Add a person"


def test_start_here_buttons_go_where_they_say(qtbot, inv, open_window, fill_form, monkeypatch):
    from kpfield.ui.qt import QFileDialog, Qt

    win = open_window(inv)
    page = win.start_page

    # Add a person: the Persons page, with a new person's form; saved, it is selected there
    def person(dialog):
        dialog.editors["family_name"].edit.setText("Sesay")
        dialog.editors["given_names"].edit.setText("Mariama")
        dialog.editors["village"].edit.setText("Koidu")

    fill_form(person)
    qtbot.mouseClick(page.buttons["person"], Qt.MouseButton.LeftButton)
    dialog = fill_form.dialogs[-1]
    assert dialog.kind == "person" and dialog.saved_id
    assert win.current_page().kind == "person" and win.current_page().current_id() == dialog.saved_id

    # Add a licence, Add a site: their pages, each with its form (cancelled here)
    for kind in ("licence", "site"):
        win.show_start()
        fill_form(lambda dialog: dialog.done(0))
        page.buttons[kind].click()
        assert fill_form.dialogs[-1].kind == kind and win.current_page().kind == kind
        assert win.stack.currentWidget() is win.current_page().parent()

    # Import a field workbook: Exchange, on its Import tab
    win.show_start()
    page.buttons["import"].click()
    assert win.stack.currentWidget() is win.exchange
    assert win.exchange.tabs.currentWidget() is win.exchange.import_tab

    # Read the guide: the guide on its Start here page
    win.show_start()
    page.buttons["guide"].click()
    assert win.guide_dialog.isVisible() and win.guide_dialog.page == "start"

    # Open another inventory: the usual file dialog
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a), ("", ""))[1])
    page.buttons["open"].click()
    assert asked


def test_open_the_demo_makes_it_once_then_asks_to_open_it(qtbot, inv, open_window, tmp_path, monkeypatch):
    from kpfield.paths import demo_inventory_path
    from kpfield.store import Inventory

    monkeypatch.setenv("KPFIELD_DATA_DIR", str(tmp_path / "data"))
    win = open_window(inv)
    asked = []
    win.openRequested.connect(asked.append)
    with qtbot.waitSignal(win.openRequested, timeout=60000):
        win.start_page.buttons["demo"].click()
    assert asked == [str(demo_inventory_path())]
    with Inventory.open(demo_inventory_path()) as demo:
        persons = demo.count("person")
        assert persons > 0 and demo.count("production") > 0
    # the second time the demo is opened as it is, not made again
    with qtbot.waitSignal(win.openRequested, timeout=60000):
        win.start_page.buttons["demo"].click()
    with Inventory.open(demo_inventory_path()) as demo:
        assert demo.count("person") == persons
    assert inv.count("person") == 0  # this inventory stays as it was
