"""Words the stories merge reads in names and sentences (pipeline.stories): an agency's head word, and
words that say a thing acted on is another one of its kind."""

from __future__ import annotations

from pipeline.lexicon.companies import HEADED_BODIES

# Head words of a public body's name that a country's name may lead ("U.S. Immigration and
# Naturalization Service", "U.S. Justice Department"): the body is one with or without it.
AGENCY_HEADS = HEADED_BODIES | frozenset({"service", "bureau", "agency", "department"})

# Words before an acted-on thing that say it is not the one told before ("arrested another suspect",
# "a second bomb was found", "seized further weapons"): the happening is a new one of its kind. Narrower
# than pipeline.lexicon.theme_words.ANOTHER_OF_ITS_KIND: no numbers, no "some" or "new".
ANOTHER_ONE = frozenset({"another", "second", "third", "fourth", "fifth", "further", "additional", "more"})

# A place named only as where its actor comes from ("fled her native land", "returned to his homeland"):
# it is the actor's own origin, which says no more of which happening than the actor does.
ORIGIN_PLACES = frozenset({"homeland", "native land", "native country", "home country", "birthplace",
                           "native city", "hometown", "home town", "fatherland", "motherland", "native soil"})
