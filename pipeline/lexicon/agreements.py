"""Words that name an agreement, spelled once, with what each use adds to them.

Every module that asks "does this name an agreement?" starts from :data:`AGREEMENT_NOUNS`. The
uses differ on purpose (a pronoun can refer back to a charter, but a story's "entered" is a
signing only for a pact-like thing), so each use's set is written here, as the core plus or minus
named words, where the differences can be seen side by side.
"""

from __future__ import annotations

AGREEMENT_NOUNS = frozenset({"treaty", "pact", "agreement", "accord", "convention", "protocol"})
AGREEMENT_PLURALS = frozenset({"treaties", "agreements", "accords", "protocols"})
# What ends or seals a conflict, said of an agreement between parties.
PEACE_WORDS = frozenset({"alliance", "armistice", "truce", "deal", "peace"})

# Events (coreference, roles, agreement parties): names of documents that "it was signed" and
# "the pact" refer back to.
DOCUMENT_WORDS = AGREEMENT_NOUNS | AGREEMENT_PLURALS | PEACE_WORDS | {
    "charter", "entente", "declaration", "act", "carta", "concordat", "communiqué", "memorandum", "statute"}

# Events (roles): last words of the name of a document, a law or a programme ("the Washington Treaty",
# "the Slavery Abolition Act", "the Marshall Plan"): a thing, never a party, even as a verb's subject
# ("the Washington Treaty created NATO": no actor). Not "pact", "alliance", "entente" nor "convention":
# bodies that act are named so ("the Warsaw Pact invaded", "the National Convention abolished").
DOCUMENT_NAME_HEADS = (DOCUMENT_WORDS - {"pact", "alliance", "entente", "convention", "peace", "deal"}) | {
    "constitution", "bill", "law", "laws", "code", "decree", "edict", "proclamation", "manifesto", "amendment",
    "doctrine", "plan", "ordinance", "acts", "resolution"}

# Stories: a light verb ("entered", "reached") acting on one of these is a signing.
SIGNED_THINGS = AGREEMENT_NOUNS | PEACE_WORDS

# Piped links: words a display may put for a title's agreement noun ("Commercial Agreement" shown as
# "trade pact"). Without "protocol" as it always was: adding it would change which remnants collapse.
AGREEMENT_SYNONYMS = AGREEMENT_NOUNS - {"protocol"}

# Glossary: an anchor naming a law-like thing (the LAW type of its link). Kept as it always was (no
# singular "accord" or "convention", no "agreements"/"protocols"); making it AGREEMENT_NOUNS and
# their plurals would change the types the links table records.
ANCHOR_LAW_WORDS = frozenset({"treaty", "treaties", "pact", "agreement", "protocol", "accords"})


# What a body gives or grants when it approves something ("gave its go-ahead", "granted its approval"):
# the giving is the approval (pipeline.events.approvals, pipeline.stories.triggers), as "ratified" is.
APPROVAL_NOUNS = frozenset({"approval", "go-ahead", "consent", "assent", "endorsement", "green light",
                            "blessing", "imprimatur"})
APPROVAL_GIVING_VERBS = frozenset({"give", "grant"})

# Verbs by which a body makes a text law or refuses to ("ratified by the Reichstag", "passed by the
# Senate"): their passive agent is a body (pipeline.events.enacting_agents), never a product or a work.
ENACTING_VERBS = frozenset({"ratify", "enact", "pass", "approve", "adopt", "veto", "reject", "amend", "repeal"})

# Verbs by which a text is made binding the day they tell: "signed the Washington Treaty, which created NATO"
# (what the text did, it did that day: pipeline.events.agreement_clauses).
BINDING_VERBS = frozenset({"sign", "conclude", "ratify", "enact", "pass", "adopt", "proclaim", "promulgate"})
