"""A temporal expression as the text states it, before the narrative fills the gaps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Piece:
    """One temporal expression as the text states it, before the narrative fills the gaps."""

    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET (DROP: a span the rule consumed and no timex)
    rule: str = ""  # the name of the rule that found it (set when the rule fires)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None        # SU, FA, H1, Q3 …
    decade: int | None = None      # 193 for the 1930s
    short_decade: int | None = None  # 3 for "the '30s": century from the narrative
    century: int | None = None     # 19 for the 1900s
    bc: bool = False
    mod: str | None = None
    rel_unit: str | None = None    # "year", "month", "day", "week", "decade", season code, "month:3"
    rel_n: int | None = None       # signed step; 0 for "that year"
    value: str | None = None       # final already (durations, sets, references)
    time: str | None = None        # "T04:45", "TMO"
    weekday: int | None = None
    range_id: int | None = None
    year_from_range: bool = False  # year copied from the other end of a range
    fuzzy: bool = False            # "a few months later": a step of unstated size
    ago: bool = False              # "ten years ago": counted from the document's own date
    within: bool = False           # "within six months": a duration counted from the narrative time
    deictic: bool = False          # "Friday", "last year", "yesterday": counted from when the text was written
                                   # (in a news document), not from the story's time
    quarter: int | None = None     # "the third quarter": a quarter of the reference year
    holiday: str | None = None     # a holiday whose day depends on the year ("thanksgiving")

    @property
    def needs_year(self) -> bool:
        return (self.year is None and self.value is None and self.rel_unit is None and self.decade is None
                and self.century is None and self.short_decade is None and not self.bc)

