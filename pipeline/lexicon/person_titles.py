"""Words written around a name that are not part of the name a user groups by.

- ``HONORIFICS``: titles and ranks written before a person's name ("Dr Toni Orme", "General
  Orme", "President Lusk"); the person's name is what follows. Stripped only where a name
  follows, so "General Motors" (an organisation) keeps its word.
- ``OFFICE_QUALIFIERS``: words qualifying such an office before it ("Prime Minister", "Vice
  President"): they go with the office, never alone.
- ``REGNAL_TITLES``: a monarch's, a saint's or a cleric's title ("King Rodric III", "Fr Tomas
  Orme"): stripped only where at least two words follow, since "Queen Mara" or "Imam Orlan" is how
  a one-named person is known, and a lone first name could be read as another person's.
- ``TITLES_OF_PLACE``: a ruler's, a noble's or a prelate's title written "of" a place ("the Duke of
  Orme", "the Sultan of Tarsk"): the whole title names the person, the place alone does not.
- ``LEGAL_SUFFIXES``: a company's legal form ("Ltd.", "L.P.", "GmbH"), written after its name; on
  its own it is a fragment of that name.
- ``GROUP_ADJECTIVES``: adjectives that name a coalition or a side rather than a state
  ("Allied forces": the Allies); a state's adjectives are handled by the state names.
"""

from __future__ import annotations

import re

HONORIFICS = frozenset({
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "professor", "sir", "dame",
    "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "major",
    "maj.", "sergeant", "sgt.", "commander", "marshal", "president", "senator", "sen.", "governor", "gov.",
    "chancellor", "premier", "ambassador", "judge", "justice", "mayor", "minister", "secretary", "commissar",
    # Offices written before a full name in the news and in history prose ("Treasurer Peter Orme").
    "treasurer", "chairman", "chairwoman", "speaker", "consul", "proconsul", "prefect", "viceroy", "vizier",
    "commissioner", "councillor", "councilor", "alderman", "congressman", "congresswoman", "representative",
    "postmaster", "magistrate", "provost", "burgomaster", "governor-general", "attorney-general",
    # Law officers written before a name in the news ("District Attorney Frank Orme", "Sheriff Tom Vell").
    "attorney", "prosecutor", "sheriff", "inspector", "detective", "superintendent",
    # Heads of agencies and institutions in the news ("FBI Director Louis Orme", "Director Mara Vell").
    "director",
})
# Words that qualify an office in HONORIFICS written before it ("Prime Minister", "Vice President",
# "Attorney General", "Foreign Secretary", "Lord Chancellor"): stripped with the office, never alone
# ("Lord Byron", "Chief Joseph" keep their first word).
OFFICE_QUALIFIERS = frozenset({
    "prime", "vice", "deputy", "chief", "foreign", "finance", "interior", "defence", "defense", "war", "home",
    "lord", "first", "high", "acting", "assistant", "attorney", "solicitor", "grand", "lieutenant", "state",
    "federal", "regional", "provincial", "county", "city", "district", "party", "general",
})
# Also religious titles: "Imam Shamil", "Sheikh Mansur", "Father Brennan" are how one-named people are known.
REGNAL_TITLES = frozenset({
    "king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "sultan", "prince", "princess", "pope",
    "saint", "st.", "shah", "kaiser", "duke", "duchess", "archduke", "pharaoh", "caliph", "khan",
    "rev", "rev.", "reverend", "fr", "fr.", "father", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh",
    # Honorifics of South and East Asian names ("Pandit Ravi Orme", "Swami Lal Tarvi"): how a one-named
    # person is known, so stripped only before two or more words like the others here.
    "pandit", "swami", "guru", "ustad", "maharishi", "mahatma", "acharya",
})
TITLES_OF_PLACE = frozenset({
    "king", "queen", "emperor", "empress", "tsar", "czar", "sultan", "sultana", "prince", "princess", "duke",
    "duchess", "archduke", "archduchess", "earl", "count", "countess", "marquess", "marquis", "marchioness",
    "viscount", "baron", "baroness", "elector", "margrave", "landgrave", "emir", "amir", "shah", "khan", "caliph",
    "nawab", "maharaja", "maharajah", "raja", "rajah", "bey", "pasha", "dey", "khedive", "doge", "voivode",
    "hetman", "bishop", "archbishop", "patriarch", "metropolitan",
})
# Peerages a person is often created by the own surname ("Margaret Orme, Baroness Orme"): before a surname
# of the document they name that person (not "Lady", "Lord", "Countess": as often a spouse or a parent).
PEERAGE_TITLES = frozenset({"baron", "baroness", "earl", "viscount", "viscountess", "marquess", "marchioness"})
LEGAL_SUFFIXES = frozenset({
    "ltd", "ltd.", "limited", "inc", "inc.", "incorporated", "llc", "l.l.c.", "lp", "l.p.", "llp", "gmbh", "ag",
    "plc", "co", "co.", "corp", "corp.", "pty", "pty.", "s.a.", "sa", "n.v.", "b.v.", "s.p.a.", "oy", "ab",
})
GROUP_ADJECTIVES = {"Allied": "Allies", "Confederate": "Confederate States of America", "Confederates": "Confederate States of America",
                    "Confederacy": "Confederate States of America"}

# A ruler's number after the name, I to XXXIX ("Rodric III"; also matches the empty string, so callers check
# the word is not empty).
REGNAL_NUMERAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
