import json
import subprocess
import sys

from kpfield.cli import main


def test_self_test_passes_every_step(capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(("OK", "FAILED"))]
    assert lines and all(line.startswith("OK") for line in lines)
    assert "all steps passed" in out


def test_self_test_json_lists_each_step():
    r = subprocess.run([sys.executable, "-m", "kpfield", "--self-test"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    import io

    from kpfield.selftest import STEPS, run

    buf = io.StringIO()
    assert run(buf, as_json=True) == 0
    report = json.loads(buf.getvalue())
    assert [s["step"] for s in report["steps"]] == [name for name, _ in STEPS]


def test_a_failing_step_fails_the_self_test(monkeypatch, capsys):
    from kpfield import selftest

    def broken(ctx):
        raise OSError("disk unplugged")

    monkeypatch.setattr(selftest, "STEPS", [*selftest.STEPS[:1], ("broken step", broken), *selftest.STEPS[1:]])
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "FAILED broken step" in out and "disk unplugged" in out and "SELF-TEST FAILED" in out
    assert "OK     fill small demo" in out  # the other steps still ran


def test_the_self_test_keeps_its_signing_keys_out_of_the_users_data_folder(_data_dir):
    import io
    import os

    from kpfield import selftest

    assert selftest.run(io.StringIO()) == 0
    assert not (_data_dir / "keys").exists()
    assert os.environ["KPFIELD_DATA_DIR"] == str(_data_dir)  # put back as it was
