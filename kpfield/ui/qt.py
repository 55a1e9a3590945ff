"""The one place kpfield imports Qt: every UI module takes its Qt names from here.

Keeping the list in one file shows exactly which parts of Qt the program (and its bundle) needs:
QtCore, QtGui and QtWidgets, nothing else.
"""

# ruff: noqa: F401
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTransform,
    QUndoCommand,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyleFactory,
    QStyleOptionGraphicsItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

# Every string the window shows goes through Qt's translator: translate("Context", "Text").
# pyside6-lupdate finds these calls (``make translations``). Explicit contexts rather than
# ``self.tr``, whose context would be the class of the object at run time, not where the text is.
translate = QCoreApplication.translate

# What Qt passes a model as an index: a model's overrides take either (Qt's own signatures).
ModelIndex = QModelIndex | QPersistentModelIndex
