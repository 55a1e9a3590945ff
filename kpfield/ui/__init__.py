"""The kpfield window (PySide6). The only package that imports Qt, and only through ``qt.py``.

Start it with :func:`kpfield.ui.app.run` (``kpfield gui``). Pages adapt the store's Qt-free
browsing (:mod:`kpfield.store.browse`); every change goes through :class:`kpfield.ui.actions.Editor`.
"""
