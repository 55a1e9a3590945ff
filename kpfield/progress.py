"""Long work's one contract: every long service takes a :data:`Progress` and stops with :class:`Cancelled`.

A service calls ``progress(done, total, what)`` as it goes (``what`` names the step, a sheet or
a file, in the user's language, or is empty); the caller answers False to stop it. The service
then undoes or removes what it wrote and raises :class:`Cancelled`. The window's background jobs
(``kpfield/ui/jobs.py``) and the command line pass the same kind of callback.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Progress", "Cancelled", "step"]

# progress(done, total, what); return False to stop the work.
Progress = Callable[[int, int, str], bool]


class Cancelled(Exception):
    """Long work stopped at the user's request; nothing it was writing was kept."""


def step(progress: Progress | None, done: int, total: int, what: str = "") -> None:
    """Report one step to ``progress`` (if any); raise :class:`Cancelled` when it answers False."""
    if progress is not None and progress(done, total, what) is False:
        raise Cancelled(what)
