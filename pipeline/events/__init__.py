"""Events: one row per dated statement, who did what, read off the parse around each date.

- ``events`` (stage): groups a sentence's dates, picks each group's trigger and roles, writes rows.
- ``triggers``: the word naming the happening (light verbs yield to their event noun, coordinated
  verbs sharing a date), lemmas, the means; ``filters``: dates that tell no happening (names,
  sources, states, yearly customs, lifespans).
- ``subjects``: who did it — the trigger's subject through control, raising, relative clauses and
  fronted names.
- ``roles``: actors, participants, places and the theme under a trigger; ``role_reader``: one
  trigger's roles as rows hold them (canonical names and the words as written), shared by the stage
  and ``labelling``; ``party_shapes``: how prose names parties (forces for their state, recipients,
  titles, untagged names, origins, works; ``untagged_names`` the names the model left untagged,
  ``titled_names`` a name a ruler's title stands beside); ``linked_parties``: parties reached through another word
  (what is handed over, the happening one is acted on in, the side one acts for).
- ``labelling``: :func:`label_roles`, the roles of any trigger spans in any text.
- ``names``: canonical names of the entities an event mentions.
- ``coreference``: who "the two countries", "they", "him", "it" and "the pact" stand for;
  ``descriptions``: "the general", "the group" tied to the one named party they describe;
  ``genders``: he/she from the document's own evidence.
- ``agreement_parties``: the parties of an agreement whose sentence names none.
- ``joint_parties``: the states a dashed pair of nationality words on a happening noun names ("Tarvian–Lusk talks").
- ``noun_parties``: parties of a happening noun read from the words around it ("the Mongol conquest of China",
  "a coup led by General Orme", "the defeat and exile of Orme").
- Who is no party, or not in that role: ``non_parties`` and ``non_party_names`` (happenings, periods,
  fronts, creeds, seats, facilities, ships, ranks given); ``passive_form`` (a subject a passive verb's
  form shows to be acted on); ``recast_roles`` (price moves, disasters, "her assassination");
  ``fallen_parties`` ("Orm fell to the Tarvians under Orme"); ``companion_parties`` ("Tarvia, along
  with Lusk, attacked"; "put pressure on Lusk"); ``fuller_names`` (a short form takes the document's
  fuller name: "Charles IV" → "Charles IV of Vell", "his brother Raúl").
- Which dates tell a row's happening: ``relations`` (relations, opinions and labels tell none:
  "gains offset the payments", "proposed dates include 1009"); ``name_years`` (a year closing a name
  or labelling one in brackets: "the Treaty of 1824", "Ottoman Syria (1516–1918)"); ``backstory`` (a
  news clause about a thing's origin dates no other happening); ``date_bounds`` ("since", "after",
  "until", "by": open bounds).
- ``modality``: asserted, planned, negated or hypothetical.
- ``document_dated``: a news report's past happenings that only the report's date, or another word's
  date in their sentence, dates (``events.dated_by``); ``report_window``: which of them the report's weeks
  do not date (told as long ago or lasting: undated) and which date of their sentence they take.
"""
