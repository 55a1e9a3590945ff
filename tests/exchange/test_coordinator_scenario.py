"""Three officers in three installations (two in Sierra Leone, one in Guinea) and a regional
coordinator, each with its own data folder, driven through the command line: settled conflicts
stay settled, merged duplicates stay merged, every file imported twice and in every order ends in
the same state with no new conflict, forged or careless bookkeeping is refused or sent to review
with the inventory unchanged, and a dry run of a batch gives the real run's figures."""

from __future__ import annotations

import io
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.domain.entities import ENTITIES
from kpfield.exchange.export import ABOUT
from kpfield.exchange.headers import field_label, sheet_name
from kpfield.store import Inventory

from .hostile import strip_signature

PERSONS = sheet_name(ENTITIES["person"])
LICENCES = sheet_name(ENTITIES["licence"])
SITES = sheet_name(ENTITIES["site"])


class Region:
    """The coordinator ``c`` and the officers ``a`` (Kono), ``b`` (Kenema), ``g`` (Banankoro),
    each an inventory and a data folder of its own."""

    def __init__(self, tmp: Path, monkeypatch: pytest.MonkeyPatch):
        self.tmp, self.mp = tmp, monkeypatch
        self.db = {w: tmp / f"{w}.kpfield" for w in "cabg"}
        officers = {"c": ("SL", "Regional coordinator"), "a": ("SL", "Sahr Koroma"), "b": ("SL", "Musa Kamara")}
        officers["g"] = ("GN", "Mamadou Camara")
        for who, (country, officer) in officers.items():
            self.cli(who, "init", "--db", self.db[who], "--country", country, "--officer", officer)
            self.cli(who, "identity", "--export", "--db", self.db[who], "-o", tmp / f"{who}.kpkey")
        for officer in "abg":
            self.cli("c", "identity", "--register", tmp / f"{officer}.kpkey", "--db", self.db["c"])
            self.cli(officer, "identity", "--register", tmp / "c.kpkey", "--db", self.db[officer])

    def cli(self, who: str, *args: Any, code: int = 0) -> str:
        """Run ``kpfield ARGS`` as installation ``who`` (its data folder); the printed output."""
        self.mp.setenv("KPFIELD_DATA_DIR", str(self.tmp / f"{who}-data"))
        out = io.StringIO()
        assert main([str(a) for a in args], out=out) == code, out.getvalue()
        return out.getvalue()

    def open(self, who: str) -> Inventory:
        self.mp.setenv("KPFIELD_DATA_DIR", str(self.tmp / f"{who}-data"))
        return Inventory.open(self.db[who])

    def send(self, who: str, name: str) -> Path:
        path = self.tmp / name
        self.cli(who, "export", "field", "--db", self.db[who], "-o", path)
        return path

    def receive(self, *files: Path, db: Path | None = None, code: int = 0, dry_run: bool = False) -> dict[str, Any]:
        extra = ["--dry-run"] if dry_run else []
        out = self.cli("c", "import", "--db", db or self.db["c"], *files, "--json", *extra, code=code)
        report: dict[str, Any] = json.loads(out)
        return report

    def conflicts(self, db: Path | None = None) -> list[dict[str, Any]]:
        listed: list[dict[str, Any]] = json.loads(self.cli("c", "conflicts", "--db", db or self.db["c"], "--json"))[
            "conflicts"
        ]
        return listed


def state(db: Path) -> dict[str, Any]:
    """What an inventory holds, field by field (bookkeeping aside), with its open conflicts."""
    with Inventory.open(db) as inv:
        out: dict[str, Any] = {}
        for ent in ENTITIES.values():
            cols = ", ".join(["id", "deleted", *ent.field_names])
            out[ent.key] = sorted(map(tuple, inv.conn.execute(f"SELECT {cols} FROM {ent.table}")))
        out["conflicts"] = sorted(
            (c.kind, c.record_id, c.field, json.dumps(c.theirs)) for c in inv.sync.open_conflicts()
        )
        return out


def counts(report: dict[str, Any]) -> list[dict[str, int]]:
    return [f["counts"] for f in report["files"]]


def nothing_new(report: dict[str, Any]) -> bool:
    return all(c["added"] + c["updated"] + c["conflicted"] + c["refused"] == 0 for c in counts(report))


def _column(ws: Any, ent_key: str, name: str) -> int:
    label = field_label(ENTITIES[ent_key], name)
    for cell in ws[1]:
        if cell.value == label:
            return int(cell.column)
    raise AssertionError(f"no column {label}")


def forged(src: Path, dest: Path, sheet: str, ent_key: str, edits: dict[str, Any], *, keep: int = 1) -> Path:
    """``src`` with its signature taken off, only its first ``keep`` rows on ``sheet`` (and none on
    the other sheets), and ``edits`` (field -> value) written into those rows."""
    wb = openpyxl.load_workbook(src)
    strip_signature(wb)
    for ws in wb.worksheets:
        if ws.title == ABOUT:
            continue
        if ws.title != sheet:
            ws.delete_rows(2, ws.max_row)
            continue
        ws.delete_rows(2 + keep, ws.max_row)
        for name, value in edits.items():
            col = _column(ws, ent_key, name)
            for r in range(2, 2 + keep):
                ws.cell(row=r, column=col, value=value)
    wb.save(dest)
    return dest


def _start(r: Region) -> tuple[str, str, str]:
    """The coordinator registers a licence holder, a licence and a site, and sends them out."""
    person = r.cli(
        "c",
        "add",
        "person",
        "--db",
        r.db["c"],
        "family_name=Koroma",
        "given_names=Sahr",
        "country=SL",
        "village=Tombodu",
    ).strip()
    licence = r.cli(
        "c",
        "add",
        "licence",
        "--db",
        r.db["c"],
        "country=SL",
        "number=AML/0001",
        "kind=artisanal_mining",
        f"holder_person_id={person}",
        "issued_on=2026-01-15",
        "expires_on=2027-01-14",
        "area_ha=0.8",
        "fee_usd=50",
        "status=active",
    ).strip()
    site = r.cli(
        "c",
        "add",
        "site",
        "--db",
        r.db["c"],
        "country=SL",
        "code=KON-001",
        "name=Tombodu pit",
        "status=active",
        f"licence_id={licence}",
    ).strip()
    start = r.send("c", "start.xlsx")
    for officer in "abg":
        r.receive(start, db=r.db[officer])
    return person, licence, site


def test_files_imported_twice_and_in_every_order_end_alike_and_settlements_stay(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    # different fields of one licence in Kono and Kenema; a new site in Guinea; a deletion in Kenema
    with r.open("a") as a:
        a.update("licence", licence, {"fee_usd": 75})
    with r.open("b") as b:
        b.update("licence", licence, {"status": "suspended"})
        b.update("site", site, {"name": "Tombodu river pit"})
    with r.open("g") as g:
        g.add("site", {"country": "GN", "code": "BAN-001", "name": "Banankoro", "status": "active"})
    files = [r.send("a", "a1.xlsx"), r.send("b", "b1.xlsx"), r.send("g", "g1.xlsx")]
    before = tmp_path / "before.kpfield"
    shutil.copy(r.db["c"], before)

    finals = []
    for n, order in enumerate(itertools.permutations(files)):
        db = tmp_path / f"order{n}.kpfield"
        shutil.copy(before, db)
        first = r.receive(*order, db=db)
        assert all(c["conflicted"] == 0 and c["refused"] == 0 for c in counts(first)), order
        assert nothing_new(r.receive(*order, db=db))
        assert nothing_new(r.receive(*reversed(order), db=db))
        finals.append(state(db))
    assert all(f == finals[0] for f in finals[1:])
    lic = next(row for row in finals[0]["licence"] if row[0] == licence)
    names = ["id", "deleted", *ENTITIES["licence"].field_names]
    assert dict(zip(names, lic, strict=True))["fee_usd"] == 75
    assert dict(zip(names, lic, strict=True))["status"] == "suspended"
    assert finals[0]["conflicts"] == []

    # the same field changed in Kono and in Kenema: one conflict, settled once for good
    r.receive(*files)
    with r.open("a") as a:
        a.update("licence", licence, {"area_ha": 0.9})
    with r.open("b") as b:
        b.update("licence", licence, {"area_ha": 0.7})
    a2, b2 = r.send("a", "a2.xlsx"), r.send("b", "b2.xlsx")
    r.receive(a2, b2)
    [c] = r.conflicts()
    assert (c["field"], c["ours"], c["theirs"], c["file"]) == ("area_ha", 0.9, 0.7, "b2.xlsx")
    r.cli("c", "resolve", "--db", r.db["c"], c["id"], "--ours")
    settled = state(r.db["c"])
    for order in itertools.permutations([a2, b2, *files]):
        assert nothing_new(r.receive(*order))
    assert r.conflicts() == [] and state(r.db["c"]) == settled
    # the settlement goes back to both officers and dominates what each holds
    back = r.send("c", "settled.xlsx")
    for officer in "ab":
        r.receive(back, db=r.db[officer])
        with r.open(officer) as inv:
            assert inv.get("licence", licence)["area_ha"] == 0.9
        assert r.conflicts(db=r.db[officer]) == []


def test_merged_duplicates_stay_merged_when_either_file_comes_again(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    _start(r)
    with r.open("a") as a:
        pa = a.add(
            "person", {"family_name": "Koroma", "given_names": "Fatmata", "country": "SL", "village": "Koidu"}
        ).id
    with r.open("b") as b:
        pb = b.add(
            "person", {"family_name": "KOROMA", "given_names": "Fatmata", "country": "SL", "village": "Koidu"}
        ).id
    fa, fb = r.send("a", "a.xlsx"), r.send("b", "b.xlsx")
    report = r.receive(fa, fb)
    assert report["files"][1]["duplicates"]
    r.cli("c", "resolve", "--db", r.db["c"], "--merge", pa, pb)
    merged = state(r.db["c"])
    for order in itertools.permutations([fa, fb]):
        assert nothing_new(r.receive(*order))
    assert r.conflicts() == [] and state(r.db["c"]) == merged
    # a later change to the merged person in Kenema lands on the kept one, with no conflict on
    # the spelling the coordinator kept
    with r.open("b") as b:
        b.update("person", pb, {"phone": "+232 76 000000"})
    report = r.receive(r.send("b", "b2.xlsx"))
    assert counts(report)[0]["conflicted"] == 0
    with r.open("c") as c:
        kept = c.get("person", pa)
        assert kept["phone"] == "+232 76 000000" and kept["family_name"] == "Koroma"
    # merging and the imports that followed are kpfield's own writes: nothing changed behind its back
    r.cli("c", "verify", "--db", r.db["c"])


def test_forged_or_careless_bookkeeping_is_refused_or_sent_to_review(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    with r.open("a") as a:
        a.update("person", person, {"phone": "+232 77 111111"})
        a_origin = a.identity.origin
    a1 = r.send("a", "a1.xlsx")
    r.receive(a1)

    # an unsigned two-row workbook claiming {officer A: 999999} changes nothing: it goes to review
    held = state(r.db["c"])
    fake = forged(
        a1,
        tmp_path / "fake.xlsx",
        PERSONS,
        "person",
        {"phone": "+232 99 999999", "version": 999999, "clock": json.dumps({a_origin: 999999})},
    )
    report = r.receive(fake)
    assert counts(report)[0]["updated"] == 0 and counts(report)[0]["conflicted"] >= 1
    with r.open("c") as c:
        assert c.get("person", person)["phone"] == "+232 77 111111"
    [review] = [x for x in r.conflicts() if x["field"] == "phone"]
    assert review["file"] == "fake.xlsx" and review["theirs"] == "+232 99 999999"
    assert nothing_new(r.receive(fake))  # the same file again: the same conflict, not a new one
    assert state(r.db["c"])["conflicts"] == state(r.db["c"])["conflicts"]
    after_fake = {k: v for k, v in state(r.db["c"]).items() if k != "conflicts"}
    assert after_fake == {k: v for k, v in held.items() if k != "conflicts"}
    # officer A's next genuine, signed edit is taken, not counted "unchanged"
    with r.open("a") as a:
        a.update("person", person, {"phone": "+232 77 222222"})
    assert counts(r.receive(r.send("a", "a2.xlsx")))[0]["updated"] == 1
    with r.open("c") as c:
        assert c.get("person", person)["phone"] == "+232 77 222222"

    def refused(path: Path, column: str, words: str) -> None:
        before = state(r.db["c"])
        report = r.receive(path, code=1)
        f = report["files"][0]
        assert not f["written"] and f["counts"]["refused"] >= 1
        assert any(i["column"] == column and words in i["message"] for i in f["issues"]), f["issues"]
        assert state(r.db["c"]) == before

    # a modified_by of 32,767 characters, or one the file does not declare
    refused(forged(a1, tmp_path / "long.xlsx", PERSONS, "person", {"modified_by": "x" * 32_767}), "modified_by", "64")
    refused(
        forged(a1, tmp_path / "who.xlsx", PERSONS, "person", {"modified_by": "someone-else"}),
        "modified_by",
        "declares",
    )
    # a change dated 2999, a counter beyond the record's own version
    refused(
        forged(a1, tmp_path / "future.xlsx", PERSONS, "person", {"modified_at": "2999-01-01T00:00:00.000000Z"}),
        "modified_at",
        "future",
    )
    refused(
        forged(a1, tmp_path / "jump.xlsx", PERSONS, "person", {"clock": json.dumps({a_origin: 999999})}),
        "clock",
        "999999",
    )
    # a licence row carrying a person's UUID, a tombstone of a site carrying a licence's
    refused(forged(a1, tmp_path / "kinds.xlsx", LICENCES, "licence", {"id": person}), "id", "names a record")
    refused(forged(a1, tmp_path / "tomb.xlsx", SITES, "site", {"id": licence, "deleted": 1}), "id", "names a record")

    # a one-row unsigned tombstone for a record the coordinator does not hold yet does not make
    # the officer's signed workbook refused later
    with r.open("g") as g:
        gp = g.add("person", {"family_name": "Camara", "given_names": "Mamadou", "country": "GN"}).id
        g.add(
            "licence",
            {
                "country": "GN",
                "number": "GN-0042",
                "kind": "artisanal_mining",
                "holder_person_id": gp,
                "issued_on": "2026-02-01",
                "expires_on": "2027-01-31",
                "status": "active",
            },
        )
    g1 = r.send("g", "g1.xlsx")
    wb = openpyxl.load_workbook(g1)
    rows = [row for row in wb[PERSONS].iter_rows(min_row=2, values_only=True) if gp in row]
    assert rows
    tomb = forged(g1, tmp_path / "tomb-unheld.xlsx", PERSONS, "person", {"deleted": 1, "id": gp})
    assert counts(r.receive(tomb))[0]["added"] == 1
    report = r.receive(g1)
    assert report["ok"] and counts(report)[0]["refused"] == 0
    with r.open("c") as c:
        assert c.get("person", gp) is not None  # live again: the signed record supersedes
        assert c.conn.execute("SELECT count(*) FROM licence WHERE number = 'GN-0042'").fetchone()[0] == 1


def test_since_uses_the_time_a_record_arrived_not_the_time_a_workbook_claims(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    _start(r)
    with r.open("g") as g:
        gp = g.add("person", {"family_name": "Camara", "given_names": "Aissata", "country": "GN"}).id
    old = forged(
        r.send("g", "g1.xlsx"),
        tmp_path / "old.xlsx",
        PERSONS,
        "person",
        {"created_at": "1999-01-01T00:00:00.000000Z", "modified_at": "1999-01-01T00:00:00.000000Z"},
        keep=10,
    )
    assert r.receive(old)["ok"]
    today = r.cli("c", "export", "field", "--db", r.db["c"], "-o", tmp_path / "since.xlsx", "--since", "2026-01-01")
    assert today
    wb = openpyxl.load_workbook(tmp_path / "since.xlsx", read_only=True)
    ids = {row[0] for row in wb[PERSONS].iter_rows(min_row=2, values_only=True)}
    assert gp in ids


def test_a_dry_run_of_a_batch_gives_the_real_runs_figures(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    person, licence, site = _start(r)
    with r.open("a") as a:
        a.update("licence", licence, {"area_ha": 0.9})
        a_site = a.add("site", {"country": "SL", "code": "KON-002", "status": "active", "licence_id": licence}).id
    with r.open("b") as b:
        b.update("licence", licence, {"area_ha": 0.7})
    fa, fb = r.send("a", "a.xlsx"), r.send("b", "b.xlsx")
    # a template that refers to the site only officer A's file brings
    template = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Production"
    ws.append(["Site", "Date", "Stones", "Carats"])
    ws.append(["KON-002", "04/03/2026", 2, "0,6"])
    wb.save(template)
    held = state(r.db["c"])
    dry = r.receive(fa, fb, template, dry_run=True)
    assert dry["dry_run"] and not any(f["written"] for f in dry["files"])
    assert state(r.db["c"]) == held
    real = r.receive(fa, fb, template)
    assert counts(dry) == counts(real)
    assert counts(real)[1]["conflicted"] == 1 and counts(real)[2]["added"] == 1
    assert [len(f["conflicts"]) for f in dry["files"]] == [len(f["conflicts"]) for f in real["files"]]
    with r.open("c") as c:
        assert c.get("site", a_site) is not None


def _resave_in_libreoffice(src: Path, out_dir: Path) -> Path:
    """``src`` opened and saved unchanged by LibreOffice (headless), as an officer's laptop would."""
    import subprocess

    out_dir.mkdir()
    profile = (out_dir / "profile").as_uri()
    subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out_dir / src.name


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_signed_workbook_saved_again_by_libreoffice_keeps_its_signature(tmp_path, monkeypatch):
    r = Region(tmp_path, monkeypatch)
    _start(r)
    with r.open("a") as a:
        # 8°38'12"N: LibreOffice writes it back with 15 significant digits
        a.add(
            "site",
            {
                "country": "SL",
                "code": "KON-009",
                "status": "active",
                "latitude": 8.636666666666667,
                "longitude": -10.971388888888889,
                "name": "Sewa bank, Tombodu",
            },
        )
    resaved = _resave_in_libreoffice(r.send("a", "a.xlsx"), tmp_path / "lo")
    report = r.receive(resaved)
    f = report["files"][0]
    assert f["signature"]["status"] == "registered" and f["signature"]["officer"] == "Sahr Koroma", f["signature"]
    assert f["counts"]["added"] >= 1
    # a real change, saved by LibreOffice too, still breaks it
    wb = openpyxl.load_workbook(resaved)
    ws = wb[SITES]
    col = _column(ws, "site", "latitude")
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=col).value:
            ws.cell(row=row, column=col, value=8.7)
    edited = tmp_path / "edited" / "a.xlsx"
    edited.parent.mkdir()
    wb.save(edited)
    report = r.receive(_resave_in_libreoffice(edited, tmp_path / "lo2"), code=1)
    assert report["files"][0]["signature"]["status"] == "altered"


def test_a_coordinator_who_never_saw_the_base_raises_only_real_conflicts(tmp_path, monkeypatch):
    """Officer A (Kono) registers a licence and its site and sends them to officer B (Kenema) only;
    each then changes a different field: the coordinator, who never saw the state both started from,
    takes both changes in either order. Then both change the licence fee: one conflict."""
    r = Region(tmp_path, monkeypatch)
    r.cli("b", "identity", "--register", tmp_path / "a.kpkey", "--db", r.db["b"])
    holder = r.cli("a", "add", "person", "--db", r.db["a"], "family_name=Conteh", "country=SL", "village=Koidu").strip()
    licence = r.cli(
        "a",
        "add",
        "licence",
        "--db",
        r.db["a"],
        "country=SL",
        "number=AML/0777",
        "kind=artisanal_mining",
        f"holder_person_id={holder}",
        "issued_on=2026-01-15",
        "expires_on=2027-01-14",
        "area_ha=0.8",
        "fee_usd=50",
        "status=active",
    ).strip()
    site = r.cli(
        "a", "add", "site", "--db", r.db["a"], "country=SL", "code=KON-077", "name=Gbense pit", "status=active"
    ).strip()
    r.receive(r.send("a", "a0.xlsx"), db=r.db["b"])
    with r.open("a") as a:
        a.update("licence", licence, {"fee_usd": 75})  # the licence fee, changed only in Kono
    with r.open("b") as b:
        b.update("site", site, {"name": "Gbense river pit"})  # the site's name, changed only in Kenema
        b.update("licence", licence, {"status": "suspended"})
    a1, b1 = r.send("a", "a1.xlsx"), r.send("b", "b1.xlsx")
    before = tmp_path / "before.kpfield"
    shutil.copy(r.db["c"], before)
    finals = []
    for n, order in enumerate(itertools.permutations([a1, b1])):
        db = tmp_path / f"unseen{n}.kpfield"
        shutil.copy(before, db)
        report = r.receive(*order, db=db)
        assert [c["conflicted"] for c in counts(report)] == [0, 0], order
        assert nothing_new(r.receive(*order, db=db))
        finals.append(state(db))
    assert finals[0] == finals[1] and finals[0]["conflicts"] == []
    with Inventory.open(tmp_path / "unseen0.kpfield") as c:
        lic = c.get("licence", licence)
        assert (lic["fee_usd"], lic["status"]) == (75, "suspended")
        assert c.get("site", site)["name"] == "Gbense river pit"

    # the same field in both: one conflict, named as such
    r.receive(a1, b1)
    with r.open("a") as a:
        a.update("licence", licence, {"fee_usd": 80})
    with r.open("b") as b:
        b.update("licence", licence, {"fee_usd": 90})
    report = r.receive(r.send("a", "a2.xlsx"), r.send("b", "b2.xlsx"))
    assert [c["conflicted"] for c in counts(report)] == [0, 1]
    [c] = r.conflicts()
    assert (c["field"], c["ours"], c["theirs"], c["file"]) == ("fee_usd", 80, 90, "b2.xlsx")
