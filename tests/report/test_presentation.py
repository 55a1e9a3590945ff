"""How the inventory workbook reads: one row per source file, districts kept whole, date cells,
rounding as the spreadsheet rounds, regions by their names, and "changed since" with a time."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl
import pytest

from kpfield.cli import main
from kpfield.domain.dates import DateError, parse_since
from kpfield.domain.periods import Period
from kpfield.exchange.export import export_field
from kpfield.i18n import format_number
from kpfield.report import Coverage, find_region, write_inventory
from kpfield.store import Inventory


@pytest.fixture
def inventory(tmp_path):
    path = tmp_path / "kenema.kpfield"
    with Inventory.create(path, country="SL", officer="Coordinator") as inv:
        holder = inv.add("person", {"family_name": "Kamara", "country": "SL", "roles": "digger,licence_holder"}).id
        lic = inv.add(
            "licence",
            {
                "country": "SL",
                "number": "AML-1",
                "kind": "artisanal_mining",
                "holder_person_id": holder,
                "issued_on": "2025-01-01",
                "expires_on": "2027-01-01",
                "status": "active",
            },
        ).id
        east = inv.add(
            "site",
            {"country": "SL", "code": "KEN-1", "status": "active", "region": "Eastern", "district": "Kenema"},
        ).id
        # the same district, its region not recorded on this site
        blank = inv.add("site", {"country": "SL", "code": "KEN-2", "status": "active", "district": "Kenema"}).id
        inv.add("site", {"country": "SL", "code": "KON-1", "status": "active", "region": "Eastern", "district": "Kono"})
        for site, carats in ((east, 1.25), (blank, 0.75)):
            inv.add(
                "production",
                {"site_id": site, "licence_id": lic, "produced_on": "2026-03-04", "stones": 2, "carats": carats},
            )
    return path


def test_a_district_is_one_row_a_month_even_when_a_site_has_no_region(inventory, tmp_path):
    out = tmp_path / "w.xlsx"
    with Inventory.open(inventory) as inv:
        write_inventory(inv, out, Coverage.of_countries(["SL"]))
    ws = openpyxl.load_workbook(out)["Production by district & month"]
    rows = list(ws.iter_rows())
    h = next(i for i, r in enumerate(rows) if r[0].value == "Country")
    body = [r for r in rows[h + 1 :] if r[0].value == "Sierra Leone"]
    kenema = [r for r in body if r[2].value == "Kenema"]
    assert len(kenema) == 1
    assert kenema[0][1].value == "Eastern" and kenema[0][7].value == pytest.approx(2.0)
    month = kenema[0][3]
    assert month.value == dt.datetime(2026, 3, 1) and month.number_format == "yyyy-mm"  # a date cell
    # Kono has a site and no production: "no data", not a zero
    kono = [r for r in body if r[2].value == "Kono"]
    assert len(kono) == 1 and kono[0][5].value == "no data"


def test_sources_hold_one_row_per_file_with_counts_as_columns(inventory, tmp_path):
    with Inventory.open(inventory) as inv:
        for counts in ({"added": 40, "updated": 0}, {"added": 0, "unchanged": 40}, {"added": 2, "conflicted": 1}):
            inv.add_source(
                "workbook", file_name="officer 1.xlsx", sha256="ab" * 32, officer="A. Kamara", counts=json.dumps(counts)
            )
        inv.add_source("workbook", file_name="officer 2.xlsx", sha256="cd" * 32, counts=json.dumps({"added": 5}))
        inv.conn.commit()
        write_inventory(inv, tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "w.xlsx")["Sources"]
    rows = list(ws.iter_rows())
    h = next(i for i, r in enumerate(rows) if r[0].value == "Kind")
    col = {c.value: i for i, c in enumerate(rows[h])}
    files = [r for r in rows[h + 1 :] if r[col["File"]].value in ("officer 1.xlsx", "officer 2.xlsx")]
    assert [r[col["File"]].value for r in files] == ["officer 1.xlsx", "officer 2.xlsx"]
    one = files[0]
    assert one[col["Imports"]].value == 3
    assert (one[col["Added"]].value, one[col["Unchanged"]].value, one[col["Conflicted"]].value) == (42, 40, 1)
    assert isinstance(one[col["First imported (UTC)"]].value, dt.datetime)
    assert one[col["First imported (UTC)"]].number_format == "yyyy-mm-dd hh:mm"
    assert one[col["First imported (UTC)"]].value <= one[col["Last imported (UTC)"]].value
    assert ws.freeze_panes is not None and ws.page_setup.orientation == "landscape"


def test_a_french_workbook_shows_dates_in_french_order(inventory, tmp_path):
    out = tmp_path / "fr.xlsx"
    with Inventory.open(inventory) as inv:
        write_inventory(inv, out, lang="fr")
    ws = openpyxl.load_workbook(out)["Chantiers"]
    dated = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert all(c.number_format == "dd/mm/yyyy" for c in dated)


def test_numbers_round_half_away_from_zero_as_the_spreadsheet_does():
    assert format_number(5350.5, 0, grouping=True, lang="en") == "5,351"
    assert format_number(2.675, 2, lang="en") == "2.68"
    assert format_number(-0.5, 0, lang="en") == "-1"
    assert format_number(1234.5, 0, grouping=True, lang="fr") == "1\u202f235"


def test_regions_by_key_or_by_name_in_any_language(inventory, tmp_path):
    assert find_region("west-africa") == find_region("West Africa") == "west-africa"
    assert find_region("afrique de l'ouest") == "west-africa"
    assert find_region("Atlantis") is None
    out = tmp_path / "wa.xlsx"
    assert main(["export", "inventory", "--db", str(inventory), "-o", str(out), "--region", "West Africa", "-q"]) == 0
    assert openpyxl.load_workbook(out)["Summary"]["A1"].value.endswith(": West Africa")
    assert main(["export", "inventory", "--db", str(inventory), "-o", str(out), "--region", "Atlantis", "-q"]) == 2


def test_since_keeps_its_time():
    assert parse_since("2026-11-01") == "2026-11-01"
    assert parse_since("01/11/2026") == "2026-11-01"
    assert parse_since("2026-11-01 14:30") == "2026-11-01T14:30:00.000000Z"
    assert parse_since("2026-11-01T14:30:05Z") == "2026-11-01T14:30:05.000000Z"
    with pytest.raises(DateError):
        parse_since("2026-11-01 25:00")


def test_a_field_export_since_a_time_leaves_out_what_changed_before_it(inventory, tmp_path):
    with Inventory.open(inventory) as inv:
        inv.conn.execute("UPDATE site SET modified_at = '2026-11-01T09:00:00.000000Z' WHERE code = 'KEN-1'")
        inv.conn.execute("UPDATE site SET modified_at = '2026-11-01T15:00:00.000000Z' WHERE code = 'KEN-2'")
        inv.conn.execute("UPDATE site SET modified_at = '2026-10-30T15:00:00.000000Z' WHERE code = 'KON-1'")
        inv.conn.commit()
        by_day = export_field(inv, tmp_path / "day.xlsx", since="2026-11-01")
        by_time = export_field(inv, tmp_path / "time.xlsx", since="2026-11-01 12:00")
    sites = {title: n for title, _, n in by_day.sheets}
    sites_timed = {title: n for title, _, n in by_time.sheets}
    assert sites["Sites"] == 2 and sites_timed["Sites"] == 1


def test_registered_diggers_count_by_the_day_they_were_registered(inventory, tmp_path):
    with Inventory.open(inventory) as inv:
        # typed in today, registered in February: a digger of 2026H1
        inv.add("person", {"family_name": "Conteh", "country": "SL", "roles": "digger", "registered_on": "2026-02-01"})
        # typed in today with no day: counted from the day it was typed, and said to be an estimate
        inv.add("person", {"family_name": "Bangura", "country": "SL", "roles": "digger"})
        out = tmp_path / "w.xlsx"
        write_inventory(inv, out, Coverage.of_countries(["SL"]))
        created = inv.conn.execute("SELECT MIN(created_at) FROM person").fetchone()[0][:10]
    ws = openpyxl.load_workbook(out)["Summary"]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Country")
    col = rows[h].index("Registered diggers")
    by_half = {r[1]: r[col] for r in rows[h + 1 :] if r[0] == "Sierra Leone"}
    # Kamara holds a licence issued 2025-01-01: registered then, although typed in today
    assert by_half["2026H1"] == 2
    notes = " ".join(str(r[0]) for r in rows[:h])
    assert "2 of the 3 diggers have no day recorded" in notes  # Kamara and Bangura
    assert created >= "2026-01-01"


def test_footprints_say_what_the_size_class_table_leaves_out_and_an_empty_reference(inventory, tmp_path):
    from kpfield.domain.vocab import size_class_columns

    n, ct = size_class_columns("p11")
    with Inventory.open(inventory) as inv:
        site = inv.conn.execute("SELECT id FROM site WHERE code = 'KEN-1'").fetchone()[0]
        lic = inv.conn.execute("SELECT id FROM licence").fetchone()[0]
        # an earlier half-year with production but no size classes: an empty reference
        inv.add(
            "production", {"site_id": site, "licence_id": lic, "produced_on": "2025-10-01", "stones": 5, "carats": 2}
        )
        inv.add(
            "production",
            {
                "site_id": site,
                "licence_id": lic,
                "produced_on": "2026-04-01",
                "stones": 4,
                "carats": 0.6,
                n: 4,
                ct: 0.6,
            },
        )
    out = io.StringIO()
    assert main(["footprint", "--db", str(inventory), "--scope", "site:KEN-1", "--period", "2026H1"], out=out) == 0
    text = out.getvalue()
    assert "2 of the 6 stones (1.25 ct) have no size classes recorded" in text
    assert "holds no stones: there is nothing to compare with" in text
    assert "distance" not in text
    svg = tmp_path / "fp.svg"
    assert (
        main(["footprint", "--db", str(inventory), "--scope", "site:KEN-1", "--period", "2026H1", "--svg", str(svg)])
        == 0
    )
    drawn = svg.read_text(encoding="utf-8")
    assert ">(specials)</text>" in drawn and ">+10.8 ct</text>" in drawn  # the last class name whole, on two lines
    assert "TVD" not in drawn  # no distance to an empty reference
    book = tmp_path / "w.xlsx"
    with Inventory.open(inventory) as inv:
        write_inventory(inv, book, Coverage.of_countries(["SL"]), Period.parse("2026H1"))
    notes = [c.value for row in openpyxl.load_workbook(book)["Footprints"].iter_rows() for c in row if c.value]
    assert any("have no size classes recorded and are not in the table" in str(v) for v in notes)
