"""Numbers as officers type them, read one way or not at all.

One reading rule for every language, used by the forms, ``kpfield add`` and the workbook and
template import (text cells; a cell that holds a real number is taken as it is):

- spaces of any kind (space, no-break space, narrow no-break space, thin space) and the
  apostrophe only group thousands: ``1 250``, ``1 200,50``, ``1'250.5``;
- when both a point and a comma appear, the one written last is the decimal separator and the
  other groups thousands: ``1.250,5`` and ``1,250.5`` are both one thousand two hundred and fifty
  and a half;
- the same separator written more than once groups thousands: ``1,250,000`` and ``1.250.000``;
- a single point or comma is a decimal separator (``3,4``, ``3.4``, ``0,250``, ``1234,567``),
  except when it is followed by exactly three digits and preceded by one to three digits that do
  not start with 0 (``1,250``, ``3.400``): a Sierra Leonean writes one thousand two hundred and
  fifty that way, a French officer one and a quarter. Such a value is refused
  (:class:`AmbiguousNumber`), and its message shows both readings and how to type each;
- thousands groups after the first have exactly three digits.

The language the officer works in never changes the reading: the same text means the same
number in every language, so a workbook typed in Freetown reads the same in Conakry.
"""

from __future__ import annotations

import math
import re

from kpfield.i18n import decimal_separator, format_number, translate

__all__ = ["AmbiguousNumber", "NumberError", "ThousandsError", "read_number", "reading", "unambiguous_text"]


class NumberError(ValueError):
    """Text that is not a number; the message says why."""


class ThousandsError(NumberError):
    """Text grouped into thousands the wrong way (``1 2``, ``1,25,0``)."""


class AmbiguousNumber(NumberError):
    """Text that reads as two numbers (``1,250``: 1250 or 1.25); ``readings`` holds both,
    thousands first, and the message says how to type each."""

    def __init__(self, text: str, thousands: float, decimal: float, decimal_digits: str):
        self.text = text
        self.readings = (thousands, decimal)
        self.decimal_digits = decimal_digits
        # the thousands reading is shown grouped by spaces, which no language reads as decimals
        super().__init__(
            translate(
                "numbers",
                "{value} can be read two ways: {whole} or {decimal}. Type {plain} or {whole} for the first, "
                "{decimal} for the second",
            ).format(
                value=repr(text),
                whole=_space_grouped(thousands),
                decimal=unambiguous_text(decimal_digits),
                plain=format_number(thousands),
            )
        )


# every kind of space a keyboard, a phone or a spreadsheet puts between thousands, and the Swiss apostrophe
_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007'’]+")
_SHAPE = re.compile(r"^[+-]?(?:\d|[.,]\d)[\d.,]*(?:[eE][+-]?\d+)?$")
_EXPONENT = re.compile(r"[eE][+-]?\d+$")


def _space_grouped(value: float) -> str:
    """A whole number grouped by spaces, which read the same in every language: ``1 250``."""
    return f"{int(value):,}".replace(",", " ")


def unambiguous_text(decimal_digits: str, lang: str | None = None) -> str:
    """A decimal number (``'1.250'``, digits with a point) written so that it cannot be taken
    for thousands, with the decimal separator of ``lang``: ``1,25`` in French, ``3.4560`` for
    3.456 in English (a fourth decimal rather than three)."""
    head, _, tail = decimal_digits.partition(".")
    tail = tail.rstrip("0")
    if len(tail) == 3:
        tail += "0"
    return head if not tail else f"{head}{decimal_separator(lang)}{tail}"


def _not_a_number(value: object) -> NumberError:
    return NumberError(translate("validation", "{value} is not a number").format(value=_shown(value)))


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_groups(groups: list[str], value: object) -> None:
    """Thousands groups: the first of one to three digits, every later one of exactly three."""
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        raise ThousandsError(
            translate(
                "numbers", "{value}: thousands are grouped by three digits (1 250 000); type the number again"
            ).format(value=_shown(value))
        )


def read_number(value: object) -> float:
    """The number ``value`` (text as typed, or an int or float cell) means; raises
    :class:`AmbiguousNumber` for text with two readings and :class:`NumberError` for text that
    is no number. A float or int is returned as a float unchanged (infinite ones too: the caller
    says which range it accepts)."""
    if isinstance(value, bool):
        raise _not_a_number(value)
    if isinstance(value, (int, float)):
        try:
            return float(value)
        except OverflowError:  # an integer beyond any float
            return math.inf if value > 0 else -math.inf
    raw = str(value)
    stripped = raw.strip()
    if not stripped:
        raise NumberError(translate("validation", "no number given"))
    spaced = bool(_GROUP_SPACES.search(stripped))
    if spaced:
        # a space may group thousands only between digits: "1 250", not "1 ,5" or "- 3"
        parts = _GROUP_SPACES.split(stripped)
        if not all(parts) or any(not p[-1].isdigit() for p in parts[:-1]) or any(not p[0].isdigit() for p in parts[1:]):
            raise _not_a_number(value)
    text = _GROUP_SPACES.sub("", stripped)
    if not _SHAPE.match(text):
        raise _not_a_number(value)
    exponent = ""
    m = _EXPONENT.search(text)
    if m:
        exponent, text = m.group(0), text[: m.start()]
    sign = ""
    if text[0] in "+-":
        sign, text = text[0], text[1:]
    commas, points = text.count(","), text.count(".")
    if commas and points:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        if text.count(decimal) != 1 or group in text[text.rfind(decimal) :]:
            raise _not_a_number(value)
        whole, _, fraction = text.partition(decimal)
        _check_groups(whole.split(group), value)
        digits = whole.replace(group, "") + "." + fraction
    elif commas > 1 or points > 1:
        group = "," if commas else "."
        _check_groups(text.split(group), value)
        digits = text.replace(group, "")
    elif commas or points:
        sep = "," if commas else "."
        whole, _, fraction = text.partition(sep)
        if spaced and not fraction:
            raise _not_a_number(value)
        if spaced and _GROUP_SPACES.search(stripped.partition(sep)[2]):
            raise _not_a_number(value)  # "1,5 000": spaces group thousands, never decimals
        if spaced:
            # spaces already group the thousands, so the point or comma is the decimal one
            _check_groups(_GROUP_SPACES.split(stripped.lstrip("+-").partition(sep)[0]), value)
            digits = whole + "." + fraction
        elif len(fraction) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0") and not exponent:
            raise AmbiguousNumber(
                raw.strip(),
                float(sign + whole + fraction),
                float(sign + whole + "." + fraction),
                f"{sign}{whole}.{fraction}",
            )
        else:
            digits = (whole or "0") + "." + fraction
    else:
        if spaced:
            _check_groups(_GROUP_SPACES.split(stripped.lstrip("+-")), value)
        digits = text
    if digits.endswith("."):
        digits = digits[:-1]
    try:
        return float(sign + digits + exponent)
    except ValueError:
        raise _not_a_number(value) from None


def reading(text: str, lang: str | None = None) -> str:
    """How :func:`read_number` reads ``text``, written back for the officer (``= 1 250,5`` in
    French), the two readings of an ambiguous text (``1 250 or 1,25?``), or '' for text that
    is empty or no number."""
    try:
        n = read_number(text)
    except AmbiguousNumber as e:
        whole, decimal = e.readings
        return translate("numbers", "{whole} or {decimal}?").format(
            whole=_space_grouped(whole), decimal=unambiguous_text(e.decimal_digits, lang)
        )
    except NumberError:
        return ""
    if not math.isfinite(n):
        return ""
    shown = format_number(n, grouping=True, lang=lang) if abs(n) < 1e15 else f"{n:.6g}"
    return "= " + shown
