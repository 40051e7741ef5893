"""What dated a row: the values of the events table's ``dated_by`` column, and the report window's size.

One place for them, because several modules that date news rows set them (:mod:`pipeline.events.document_dated`,
:mod:`pipeline.events.report_window`, :mod:`pipeline.events.retold_happenings`,
:mod:`pipeline.events.unit_stretches`) and a user filters the table by them.
"""

TEXT = "text"            # a written date of the row's own sentence dates it
DOCUMENT = "document"    # the report's own date dates it
SENTENCE = "sentence"    # the one date its sentence writes for another word dates it
EARLIER = "earlier"      # the report's telling elsewhere of the same happening (or of its kind) dates it
UNDATED = "none"         # its grammar places it outside the report's weeks, and nothing else dates it
BEFORE = "before"        # granularity: some day of the WINDOW_DAYS up to date_end
WINDOW_DAYS = 31         # how far back a report's undated past reaches
