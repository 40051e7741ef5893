"""The outputs for people.

- ``page``: the self-contained HTML report (``report``): timeline, events, actors, citations, text.
- ``timeline``: the report's interactive timeline and event table, data packed in Python.
- ``show``: ``show TABLE``: filter, pick columns, print as text, CSV or JSON.
"""
