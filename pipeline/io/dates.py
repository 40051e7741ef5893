"""Calendar dates of any era: day counts for the Parquet writer, pandas datetimes for readers.

Python's ``datetime.date`` stops at year 1, so a date BC cannot be one. Parquet's
``date32`` counts days from 1970-01-01 and numpy's ``datetime64`` counts from the
same epoch, both in the proleptic Gregorian calendar with astronomical year
numbering (1 BC is year 0, 490 BC is year -489). The writer takes any of these
forms and stores the day count; readers get ``datetime64[s]`` columns, which hold
any era and support string comparisons and ``.dt.year``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# TIMEX3 BC values: "BC0490" the year 490 BC, "BC049" the 490s BC (499–490 BC), "BC05" the 5th century BC.
_BC = re.compile(r"BC(\d{2,4})$")


def day_count(value: Any) -> int | None:
    """Days since 1970-01-01 of a date given as ``date``, ``datetime64``, ``pd.Timestamp`` or a day count.

    None for a missing value; TypeError for anything else, naming it (a date silently lost
    would be worse than a failed document).
    """
    if value is None or value is pd.NaT or (
            not isinstance(value, (date, np.datetime64, int, np.integer)) and pd.isna(value)):
        return None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, pd.Timestamp):
        value = value.to_datetime64()
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        return int(value.astype("datetime64[D]").astype(np.int64))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.toordinal() - _EPOCH_ORDINAL
    raise TypeError(f"not a date: {value!r} ({type(value).__name__})")


def date32_array(values: list[Any]) -> pa.Array:
    """A ``date32`` array of dates in any of :func:`day_count`'s forms, BC included."""
    return pa.array([day_count(v) for v in values], type=pa.int32()).cast(pa.date32())


def bc_interval(value: str | None) -> tuple[np.datetime64, np.datetime64] | None:
    """First and last day of a BC TIMEX3 value (year, decade or century), or None when it is not one.

    Years are astronomical: 490 BC is year -489, so the interval sorts before every AD date.
    """
    m = _BC.match(value or "")
    if m is None:
        return None
    digits = m[1]
    if len(digits) == 4:        # BC0490: one year
        first_bc = last_bc = int(digits)
    elif len(digits) == 3:      # BC049: 499 BC … 490 BC
        first_bc, last_bc = int(digits) * 10 + 9, int(digits) * 10
    else:                       # BC05: 500 BC … 401 BC
        first_bc, last_bc = int(digits) * 100, int(digits) * 100 - 99
    if last_bc < 1:
        return None
    first, last = 1 - first_bc, 1 - last_bc  # astronomical years
    start = np.datetime64(f"{first:+05d}-01-01" if first < 0 else f"{first:04d}-01-01", "D")
    end = np.datetime64(f"{last:+05d}-12-31" if last < 0 else f"{last:04d}-12-31", "D")
    return start, end


def as_datetimes(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The named columns as ``datetime64[s]`` (NaT where missing)."""
    for name in columns:
        frame[name] = frame[name].astype("datetime64[s]")
    return frame


def date_columns(schema: pa.Schema) -> list[str]:
    return [f.name for f in schema if pa.types.is_date(f.type)]


def to_frame(table: pa.Table) -> pd.DataFrame:
    """A pyarrow table as pandas with its date columns as ``datetime64[s]`` (Python dates cannot hold BC)
    and integer columns as nullable integers (a missing year is <NA>, not a float NaN)."""
    ints = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int32Dtype()}
    frame = table.to_pandas(types_mapper=ints.get, date_as_object=False)
    return as_datetimes(frame, date_columns(table.schema))


def iso_day(value: Any) -> str | None:
    """``YYYY-MM-DD`` (``-489-01-01`` for 490 BC) of a date in any of :func:`day_count`'s forms; None if missing."""
    days = day_count(value)
    if days is None:
        return None
    return str(np.datetime64(days, "D"))
