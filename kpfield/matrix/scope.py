"""What a matrix evaluation or a footprint looks at: a scope (where) and a period (when,
:class:`kpfield.domain.periods.Period`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from kpfield.domain.periods import Period
from kpfield.domain.places import COUNTRIES, REGIONS, region_name
from kpfield.i18n import translate
from kpfield.store import Inventory

ScopeKind = Literal["country", "district", "site", "region", "office"]


def default_period(inv: Inventory) -> Period:
    """The half-year of the latest production recorded (the current half-year when there is none)."""
    span = inv.production_span()
    return Period.of_day(span[1] if span else dt.date.today().isoformat())


@dataclass(frozen=True)
class Scope:
    """A country, a district (of a country), a site (by code), a WGAAP region, or a buying office
    (by its dealer licence number; footprints only)."""

    kind: ScopeKind
    value: str
    country: str | None = None  # the country of a district or site scope

    @property
    def label(self) -> str:
        """How the scope reads, in the current language."""
        return self.shown_label()

    def shown_label(self, lang: str | None = None) -> str:
        """How the scope reads in ``lang`` (a region's name is translated; codes and places are not)."""
        if self.kind == "region":
            return region_name(self.value, lang)
        if self.kind == "country":
            return self.value
        return f"{self.value} ({self.country})" if self.country else self.value

    @property
    def key(self) -> str:
        """The scope as typed on the command line (``district:SL:Kono``)."""
        parts = [self.kind, *([self.country] if self.country and self.kind != "country" else []), self.value]
        return ":".join(parts)

    @property
    def countries(self) -> tuple[str, ...]:
        if self.kind == "region":
            return REGIONS[self.value]
        return (self.country or self.value,)

    def sites_sql(self) -> tuple[str, list[str]]:
        """A query for the ids of the live sites in the scope, with its parameters."""
        if self.kind == "region":
            members = REGIONS[self.value]
            return (
                f"SELECT id FROM site WHERE deleted = 0 AND country IN ({', '.join('?' * len(members))})",
                list(members),
            )
        if self.kind == "country":
            return "SELECT id FROM site WHERE deleted = 0 AND country = ?", [self.value]
        if self.kind == "office":
            raise ValueError(
                translate("matrix", "a buying office has no sites of its own: evaluate its country or district")
            )
        column = "district" if self.kind == "district" else "code"
        return f"SELECT id FROM site WHERE deleted = 0 AND country = ? AND {column} = ?", [
            self.country or "",
            self.value,
        ]


def parse_scope(text: str, inv: Inventory | None = None) -> Scope:
    """Read ``country:SL``, ``district:Kono`` or ``district:SL:Kono``, ``site:CODE`` or
    ``site:SL:CODE``, ``office:LICENCE-NUMBER``, ``region:west-africa``; a bare ``SL`` or region name
    also works.

    With ``inv``, a district or site given without its country is looked up (and must be unique).
    """
    t = text.strip()
    kind, _, rest = t.partition(":")
    if not rest:
        if t.upper() in COUNTRIES:
            return Scope("country", t.upper())
        if t.lower() in REGIONS:
            return Scope("region", t.lower())
        raise ValueError(
            translate("matrix", "{value} is not a scope: write it as one of {examples}").format(
                value=repr(text), examples="country:SL, district:Kono, site:CODE, region:west-africa"
            )
        )
    kind = kind.strip().lower()
    if kind == "country":
        code = rest.strip().upper()
        if code not in COUNTRIES:
            raise ValueError(
                translate(
                    "validation", "{value} is not a country code kpfield knows (ISO 3166 alpha-2, such as SL)"
                ).format(value=repr(rest))
            )
        return Scope("country", code)
    if kind == "region":
        name = rest.strip().lower()
        if name not in REGIONS:
            raise ValueError(
                translate("matrix", "{value} is not a WGAAP region; choose one of {regions}").format(
                    value=repr(rest), regions=", ".join(REGIONS)
                )
            )
        return Scope("region", name)
    if kind not in ("district", "site", "office"):
        raise ValueError(
            translate("matrix", "{value} is not a kind of scope; use {kinds}").format(
                value=repr(kind), kinds="country, district, site, office, region"
            )
        )
    country, _, value = rest.partition(":")
    if value and country.strip().upper() in COUNTRIES:
        country, value = country.strip().upper(), value.strip()
    else:
        country, value = "", rest.strip()
    if not country:
        if inv is None:
            raise ValueError(
                translate("matrix", "say which country {kind} {value} is in: {example}").format(
                    kind=kind, value=repr(value), example=f"{kind}:SL:{value}"
                )
            )
        table, column = {"district": ("site", "district"), "site": ("site", "code"), "office": ("licence", "number")}[
            kind
        ]
        found = [
            r[0]
            for r in inv.conn.execute(
                f"SELECT DISTINCT country FROM {table} WHERE deleted = 0 AND {column} = ?", (value,)
            )
        ]
        if not found:
            raise ValueError(
                translate("matrix", "no {table} in this inventory has {column} {value}").format(
                    table=table, column=column, value=repr(value)
                )
            )
        if len(found) > 1:
            raise ValueError(
                translate("matrix", "{kind} {value} exists in {countries}; write {example}").format(
                    kind=kind, value=repr(value), countries=", ".join(found), example=f"{kind}:{found[0]}:{value}"
                )
            )
        country = found[0]
    return Scope(kind, value, country)  # type: ignore[arg-type]
