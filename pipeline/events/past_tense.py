"""Which words of a news report tell a happening as past (for :mod:`pipeline.events.document_dated`).

A verb in the past tense, the present perfect, a past passive or progressive, or done before such a verb
("placed in care after being found"); what a witness told as
past watched happen ("watched the ministers sign the papers"); an event noun governed by one of them
("killed in the blasts"), through an infinitive only when it names what came before ("arrived to help
after the crash"; "agreed to attend the summit" has not happened). Read off the dependency parse.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.approvals import gives_approval
from pipeline.events.news_words import no_reported_happening
from pipeline.events.news_nominals import decision_in_force, grants_time, noun_governor, noun_read_as_verb
from pipeline.events.triggers import lemma_of, names_a_happening
from pipeline.lexicon.happenings import OPINION_VERBS, RELATION_VERBS
from pipeline.lexicon.stems import singulars
from pipeline.stories.triggers import is_event_noun as happening_kind_noun

# Verbs that tell no happening of their own: reporting, saying, thinking, being, seeming, and the light verbs
# whose happening is their object (that object, an event noun, gets the row).
_NOT_HAPPENINGS = {
    "be", "have", "do", "say", "tell", "report", "add", "state", "quote", "claim", "note", "describe", "call",
    "think", "believe", "know", "seem", "appear", "feel", "want", "need", "hope", "expect", "remain", "continue",
    "keep", "get", "become", "include", "involve", "mean", "like", "use", "try", "let", "see", "look", "hear",
    "consider", "suggest", "indicate", "show", "ask", "confirm", "deny", "refuse", "decline", "comment", "speak",
    "make", "take", "give", "go", "come", "put", "set", "hold", "begin", "start", "stay", "live", "work",
    "occur", "happen", "follow", "lead", "cause", "leave", "bring", "allow", "help", "plan", "agree",
    "fail", "could", "would", "will", "may", "might", "must", "should", "can", "identify", "name", "explain",
    "recall", "write", "read", "insist", "acknowledge", "admit", "argue", "warn", "urge", "tend",
    # A duration or a consequence: "the rebuilding lasted three years", "the attack sparked the invasion"
    # (the happening is the noun the sentence names; a row of its own goes to it).
    "last", "spark", "trigger", "prompt", "provoke", "result", "precipitate",
} | RELATION_VERBS | OPINION_VERBS  # "the firm has relied on sales", "analysts speculated" (pipeline.events.relations)
# Nouns spelled as a verb of happening that name a thing: "the bomb went off", "a gun was found".
_THINGS = {"bomb", "gun", "find", "sight", "ink"}
_LOOSE_SUFFIXES = ("ment", "ance", "ence", "ure", "sal", "val", "ade")
_NOT_EVENTS = {"building", "recognition", "opinion", "region", "television", "morning", "evening", "wedding",
               "ceiling", "clothing", "housing", "funding", "feeling", "feelings", "meaning", "understanding"}
_FUTURE = {"will", "would", "shall", "may", "might", "could", "should", "can", "must", "'ll", "wo", "ca"}
_PAST_AUX = {"has", "have", "had", "was", "were", "'s", "'ve", "'d"}
_NOT_YET = {"next", "upcoming", "coming", "future", "possible", "planned", "proposed", "expected", "scheduled",
            "potential", "further", "new", "annual"}


def told_as_past(verb: Any) -> bool:
    """A verb told as having happened: the past tense ("exploded"), the present perfect ("has
    arrested"), a past passive ("was shot") or progressive ("were fleeing"); never with a modal ("would
    have struck")."""
    if verb.pos_ not in ("VERB",):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE for c in aux):
        return False
    if verb.tag_ == "VBD":
        return not aux or all(c.lower_ in ("did",) for c in aux)
    if verb.tag_ == "VBN" and aux and aux[0].lower_ in _PAST_AUX:
        return True
    if verb.tag_ == "VBG" and aux and aux[0].lower_ in ("was", "were"):  # "were treating the raid as"
        return True
    return _done_before(verb, aux)


def _done_before(verb: Any, aux: list) -> bool:
    """"Was placed in care after being found", "arrived after receiving word": a verb's clause after
    "after", "following" or "since" happened before what the past verb it hangs from tells."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "pcomp" or verb.head.lower_ not in _BEFORE_PREPOSITIONS:
        return False
    if verb.tag_ == "VBN" and not any(c.lower_ in ("being", "having") for c in aux):
        return False
    if verb.tag_ == "VBG" and aux:
        return False
    governor = verb.head.head
    if governor.pos_ == "NOUN":  # "allowed the extension after rejecting the order" (pipeline.events.news_nominals)
        governor = noun_governor(governor) or governor
    return governor.i != verb.head.i and governor.pos_ == "VERB" and told_as_past(governor)


_BEFORE_PREPOSITIONS = {"after", "following", "since"}


def _governing_verb(noun: Any) -> Any | None:
    """The finite verb a noun's clause hangs from: "killed in the blasts" (killed), "the crater left by the
    blast" (through the participle "left" to the verb of its clause)."""
    head = noun.head
    # What happened before another thing did ("after the crash") happened whatever that thing's verb is.
    before = noun.dep_ == "pobj" and noun.head.lower_ in _BEFORE_PREPOSITIONS
    for _ in range(8):
        # The "to" of an infinitive is no auxiliary of tense: "arrived to help after the crash" tells the crash
        # as past as "arrived". What an infinitive acts on ("agreed to attend the summit") has not happened,
        # so only a noun of what came before passes through one to the finite verb.
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
        finite = head.pos_ in ("VERB", "AUX") and (head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in head.children) or (infinitive and not before))
        if finite or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# Verbs of witnessing: what one saw or watched happen, happened ("watched the ministers sign the papers").
_WITNESSING = {"watch", "see", "witness", "hear", "observe"}


def _witnessed(verb: Any, lemmatizer: Any) -> bool:
    """A bare infinitive or -ing form that a verb of witnessing told as past takes as its complement
    ("watched the ministers sign the documents", "saw the tower falling"): it happened when the witness
    saw it. Not an infinitive with "to" ("saw the need to act"), nor under a negation ("did not see
    them leave")."""
    head = verb.head
    # The parse may read the bare infinitive after a plural as a present ("watched the ministers sign").
    if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in ("VB", "VBG", "VBP") or head.i == verb.i:
        return False
    if any(c.dep_ in ("aux", "mark") for c in verb.children) or any(c.dep_ == "neg" for c in head.children):
        return False  # "saw that they sign", "did not see them leave"
    return lemma_of(head, lemmatizer) in _WITNESSING and told_as_past(head)


def went_off(verb: Any, lemma: str) -> bool:
    """"The bomb went off": the verb and its particle tell what the verb alone does not."""
    return lemma == "go" and any(c.lower_ == "off" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)


def _happening_noun(tok: Any) -> bool:
    """An event noun an undated row may stand on: one the kinds of happening or the events stage name
    ("blast", "raid", "summit"), or a verb's noun in -ing or -ion ("bombing", "accession"). Nouns in
    -ment, -ance, -ence name institutions, papers and states as often ("government", "statement",
    "assurance"); a dated sentence may still make them triggers, an undated one does not."""
    word = tok.lower_
    forms = singulars(word)  # "marches" → march ("rstrip('s')" made it "marche")
    if not forms.isdisjoint(_THINGS) or not forms.isdisjoint(_NOT_EVENTS):
        return False
    if happening_kind_noun(word) and not any(f.endswith(_LOOSE_SUFFIXES) for f in forms):
        return True
    return names_a_happening(tok) and any(f.endswith(("ing", "ion")) for f in forms)


def _may_happen(noun: Any) -> bool:
    """No kind of non-happening (pipeline.events.news_words) marks the noun; a decision in force is no denial
    for what it does not do ("the decision … does not guarantee that …": the decision was taken)."""
    why = no_reported_happening(noun)
    return why is None or why == "negated" and decision_in_force(noun)


def happening_tokens(parsed: Any, lemmatizer: Any) -> list[Any]:
    out = []
    for tok in parsed:
        if tok.pos_ == "VERB" and not noun_read_as_verb(tok):
            lemma = lemma_of(tok, lemmatizer)
            if (went_off(tok, lemma) or lemma not in _NOT_HAPPENINGS or gives_approval(tok, lemma) or
                    grants_time(tok, lemma)) and (
                    told_as_past(tok) or _witnessed(tok, lemmatizer)) and no_reported_happening(tok, lemma) is None:
                out.append(tok)
        elif (tok.pos_ == "NOUN" or noun_read_as_verb(tok)) and tok.ent_type_ not in ("DATE", "TIME") and _happening_noun(tok) and \
                _may_happen(tok):  # "the death toll", "in addition" (pipeline.events.news_words)
            if any(c.lower_ in _NOT_YET for c in tok.children):
                continue  # "the next summit", "a possible attack"
            if tok.head.lower_ == "for" and tok.dep_ == "pobj":
                continue  # "handed over for trial": what it is for has not happened
            verb = _governing_verb(tok)
            # "killed in the blasts", "after the bombing occurred": the noun's happening is as past as its verb;
            # a verb that tells of nothing itself ("said", "had") says only what the report's tense is.
            if verb is not None and (told_as_past(verb) or (verb.tag_ in ("VBD",) and verb.pos_ in ("VERB", "AUX"))) \
                    or decision_in_force(tok):  # "the decision to return the boy does not guarantee …"
                out.append(tok)
    return out
