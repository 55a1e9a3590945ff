"""The WGAAP challenge matrix: its definition (a data file), automatic indicators computed from the
inventory, provenance footprints, and the evaluation that puts them beside each country's own
self-assessment. No Qt here: the command line, the window and the workbooks all call these."""

from kpfield.domain.periods import Period

from .definition import ChallengeRow, Matrix, load_matrix
from .errors import MatrixError
from .evaluate import Evaluation, evaluate
from .scope import Scope, default_period, parse_scope

__all__ = [
    "ChallengeRow",
    "Evaluation",
    "Matrix",
    "MatrixError",
    "Period",
    "Scope",
    "default_period",
    "evaluate",
    "load_matrix",
    "parse_scope",
]
