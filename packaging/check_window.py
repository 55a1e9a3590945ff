"""Start the bundled windowed program for a few seconds and check that it stays up.

``python packaging/check_window.py dist/kpfield/kpfield [SECONDS]``: exit 0 when the program is
still running after SECONDS (so its Qt libraries and plugins loaded and the window opened), 1 when
it exited early (its output is printed). Run with QT_QPA_PLATFORM=offscreen on a machine without
a display. The program opens a scratch copy of the demo inventory, in a temporary data folder, in
French (KPFIELD_LANG=fr), so that the window's compiled catalogues are loaded from the bundle too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    exe = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    with tempfile.TemporaryDirectory(prefix="kpfield-window-check-") as data:
        env = {
            **os.environ,
            "KPFIELD_DATA_DIR": data,
            "KPFIELD_LANG": "fr",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        proc = subprocess.Popen([exe, "--demo"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
            print(f"OK     window stayed up for {seconds:g} s")
            return 0
        out = proc.stdout.read() if proc.stdout else ""
        print(f"FAILED the window exited after less than {seconds:g} s with code {proc.returncode}:\n{out}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
