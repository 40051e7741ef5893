"""Words that tie a person to the side they play, work or stand for (issue 31: "all named parties").

A sports or working life is told through nouns whose "for" object is the side served ("30 games for
the Tarn Hawks", "his debut for Steaua"), posts whose "of" object is the body served ("head coach of
the Hawks"), and results whose "over" object is the side beaten ("a win over Dinamo"). Kept as word
lists because the parse alone cannot tell "a season for the Hawks" from "a reason for the delay".
"""

from __future__ import annotations

# Spells of play or service and their tallies: a "for" object that is a body is the side served.
SPELL_NOUNS = frozenset({
    "season", "debut", "career", "spell", "stint", "loan", "game", "match", "appearance", "start", "goal",
    "cap", "innings", "inning", "run", "try", "touchdown", "point", "wicket", "campaign", "tenure", "term",
    "tour", "performance", "outing", "fixture", "bout", "fight", "race", "win", "victory", "title",
})
# Posts held in a body: the "of" object is the body served ("named head coach of the Hawks").
POST_NOUNS = frozenset({
    "coach", "manager", "captain", "chairman", "chairwoman", "chairperson", "director", "president", "head",
    "leader", "member", "player", "owner", "editor", "conductor", "principal", "chief", "secretary",
    "treasurer", "governor", "commissioner", "executive", "founder", "co-founder", "vocalist", "singer",
    "guitarist", "drummer", "bassist", "keyboardist", "frontman", "producer", "trainer", "coordinator",
    "assistant", "deputy", "vice-president", "ceo", "chancellor", "dean", "rector", "administrator",
})
# Results whose "over" object is the side beaten.
VICTORY_NOUNS = frozenset({"win", "victory", "triumph", "upset", "success", "decision", "knockout"})

# Bodies a person is elected, appointed or named "to" (a seat in them): "elected to the Tarsk
# legislature", "appointed to the Supreme Council" (word stems: the model sets no lemmas). The body is
# a party, never the place it sits in.
SEATING_VERBS = ("elect", "re-elect", "reelect", "appoint", "reappoint", "nominate", "name", "return", "co-opt",
                 "seat", "admit", "second", "promote")
SEATED_BODIES = frozenset({
    "legislature", "parliament", "council", "senate", "assembly", "congress", "board", "committee", "commission",
    "cabinet", "court", "chamber", "house", "duma", "diet", "presidium", "politburo", "soviet", "tribunal",
    "convention", "directorate", "synod", "bench", "executive", "secretariat", "academy", "panel", "bundestag",
    "reichstag", "storting", "sejm", "knesset", "majlis", "landtag", "cortes", "althing", "riksdag", "folketing",
})

# A working or playing life begun, spent or lent somewhere: the "at" or "with" body is the side
# ("began his career at Dover Rovers", "a loan spell with Lusk").
CAREER_NOUNS = frozenset({"career", "spell", "stint", "loan", "tenure", "apprenticeship", "trial", "debut"})
# Verbs of moving between sides (stems, the model sets no lemmas): the "from" body is the side left,
# the "for" body the one joined ("left Dover Rovers for Lusk United", "moved to Lusk from Dover").
MOVING_VERBS = ("leav", "left", "quit", "depart", "transfer", "mov", "join", "sign", "switch", "defect", "loan",
                "return")
# Memberships a body confers by electing or admitting someone ("elected a Fellow of the Royal Tarvian
# Society", "made an honorary member of the Orme Club"): the "of" body is the party.
MEMBERSHIP_NOUNS = frozenset({"fellow", "member", "associate", "academician", "correspondent", "companion",
                              "laureate", "freeman", "honorary"})
# Verbs whose "at" object is the side acted on, not where ("attacks targeted at Tarvia", "aimed at Lusk").
TARGETING_VERBS = ("target", "aim")
