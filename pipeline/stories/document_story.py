"""A report's telling that names nothing, lent what its document's other tellings of the happening name.

A report tells one happening in several rows: "The doctor's wife was in the kitchen when the shooting
occurred" names no one, where "… denounced the killing of Slepian" names the victim. A definite description
of a happening ("the shooting", "his death": the reader knows which) that names no party, no place and no
named theme (nor borrowed any from the sentences around it or an antecedent:
:mod:`pipeline.stories.mentions`) cannot join another document's story on date and kind alone ("evidence,
not absence"). Here it borrows the evidence of its document's story: the rows of the same report, in other
sentences, that share its kind of happening at a compatible date and name parties or places. Only a
happening over in a moment (``INSTANT_KINDS``: a shooting, a blast, a finding): a report may tell several
phases of a war or two campaigns, but one shooting. It borrows
only when all of them name the same ones (two blasts in two towns lend nothing), a singular telling
("the blast") never borrows a telling of several spots, nor a plural one ("the shootings of abortion
doctors") a telling of one. What it borrows is weaker evidence than its own
(``story:`` in ``stories.evidence``, weight below an antecedent's) and is never matched against another
borrowing (see :func:`pipeline.stories.evidence.judge`).
"""

from __future__ import annotations

from pipeline.lexicon.story_words import INSTANT_KINDS
from pipeline.stories.places import _by_key


def document_stories(mentions: list, reports: set[str], spots) -> None:
    """Lend each report's definite description naming nothing the parties and places its document's other tellings of
    its kind and dates agree on (``borrowed``, ``nearby``, ``lender``, ``antecedent``, ``lent_by="story"``). ``mentions``
    are :class:`pipeline.stories.evidence.Mention` (untyped: evidence imports the stories modules);
    ``spots(m)`` counts the places a mention says it happened at."""
    from pipeline.stories.evidence import _date_relation
    from pipeline.stories.triggers import is_named

    by_doc: dict[str, list] = {}
    for m in mentions:
        if m.doc_id in reports and m.sentence_id is not None and m.mergeable and (m.parties or m.places):
            by_doc.setdefault(m.doc_id, []).append(m)
    for m in mentions:
        if not m.definite or not m.kinds & INSTANT_KINDS or m.doc_id not in reports or m.sentence_id is None or not m.mergeable or m.parties \
                or m.places or m.nearby or m.borrowed or m.antecedent or is_named(m.theme):
            continue
        donors = [o for o in by_doc.get(m.doc_id, ()) if o.sentence_id != m.sentence_id and o.kinds & m.kinds
                  and _date_relation(o, m) is not None]
        told = {(tuple(sorted(o.actors)), tuple(sorted(o.participants)), tuple(sorted(_by_key(o.places))))
                for o in donors}
        if len(told) != 1:
            continue  # none, or two happenings of the kind told apart (two blasts in two towns): in doubt, none
        donor = min(donors, key=lambda o: abs(o.sentence_id - m.sentence_id))
        if not m.plural and spots(donor) > 1:
            continue  # "the blast" beside "bombs went off in Tarsk and Orm": which one?
        if m.plural and not (donor.plural or spots(donor) > 1):
            continue  # "the shootings of abortion doctors" beside "Orme was shot": many, not his one
        m.nearby, m.borrowed, m.lender, m.lent_by = list(donor.places), sorted(donor.parties), donor, "story"
        m.antecedent = donor.key  # one happening of its document: it may join the donor's story
