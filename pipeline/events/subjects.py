"""Who did it: a trigger's subject, read off the parse.

The subject of the trigger verb (the ``by``-agent of a passive; every conjunct of a
conjunction); where the verb has none of its own, the subject it inherits along a clause
link (control: "persuaded Norway to attack" makes Norway attack; raising; relative and
participle clauses), a fronted name ("in Moscow Molotov and Ribbentrop signed"), or the
performer of an event noun's support verb ("launched a series of attacks"). Split from
:mod:`pipeline.events.triggers`, which chooses the trigger word.
"""

from __future__ import annotations

from typing import Any, Iterable

from pipeline.events.filings import filers
from pipeline.events.aside_subjects import aside_subject
from pipeline.events.called_asides import subject_before_naming_aside
from pipeline.events.contests import contest_told_in
from pipeline.events.fronted_appositions import name_after_description
from pipeline.events.happening_words import named_happening_subject
from pipeline.events.involvement import involved_subjects
from pipeline.events.companion_parties import COMPANY_WORDS, companions
from pipeline.events.relative_owners import person_of_place_clause
from pipeline.events.clause_happenings import fought_in, undergoes
from pipeline.events.passive_form import fronted_participle_patients, misparsed_main_verb, misread_patients, reads_passive
from pipeline.events.triggers import _INHERIT, PASSIVE_SUBJECTS, SUBJECTS
from pipeline.events.tree import first_conjunct
from pipeline.lexicon.type_nouns import PERSON_NOUNS
from pipeline.lexicon.non_party_names import RULING_GROUP_NOUNS


def _subject_tokens(verb: Any) -> tuple[list[Any], bool]:
    """Subject heads of a verb and whether they are agents (not passive patients)."""
    agents = [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    if agents:
        return agents, True
    if aside_subject(verb):
        return aside_subject(verb), True  # "Sweden — then at war with Russia — invaded"
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        # Two subjects is a misparse ("Stalin's worries …, the Soviet Union suspended"): the
        # one nearest the verb is the real one.
        nearest = min(subjects, key=lambda c: abs(verb.i - c.i))
        return [name_after_description(verb, nearest) or nearest], True  # "Once part of Lusk, Orm joined"
    # "The United Kingdom, …, fulfilling their obligations, declared war": the parser often
    # hangs the subject on the participle before the verb.
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i:
            hung = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
            if hung:
                return hung, True
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if passive:
        return [], False  # a passive without a "by" phrase names no actor
    return [], True


def subject_of(trigger: Any) -> list[Any]:
    """Tokens heading the trigger's actors, following a subject-less verb to the verb it depends on."""
    tok = trigger
    if misparsed_main_verb(trigger) is not None:
        return [trigger.head]  # "The Tarvs rebelled in 1625." parsed as a noun phrase: they rebelled
    if trigger.pos_ in ("NOUN", "PROPN"):
        if (filed := filers(trigger)) is not None:
            return filed  # "In a Securities and Exchange Commission filing, Orm said": Orm filed
        # "the German invasion", "Hitler's attack", "the signing … by Molotov"
        # (a date or a number before it names no one: "the Bloody Friday attacks" go on up the parse)
        own = [c for c in trigger.children if c.dep_ in ("poss", "amod", "compound", "nmod")
               and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")
               and (c.ent_type_ or c.pos_ == "PRON" or c.tag_ in ("NNP", "NNPS"))
               and not (c.ent_type_ in ("GPE", "LOC") and trigger.lower_ in PLACE_HAPPENINGS)]
        own += [t for c in trigger.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                for t in c.children if t.dep_ == "pobj"] + _hung_agents(trigger)
        if own:
            return own + _leaders(trigger)
        claimer = _claimer(trigger)
        if claimer is not None:
            return subject_of(claimer)
        while tok.head.i != tok.i and tok.pos_ != "VERB":
            tok = tok.head
        if tok.pos_ == "VERB" and contest_told_in(tok, trigger):
            return [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.pos_ != "VERB" or not _supports(tok, trigger):
            return []
        if any(c.dep_ == "agent" for c in tok.children) and not any(c.dep_ == "auxpass" for c in tok.children):
            # "who spearheaded resistance by the tribesmen": an active verb's "by" is its object's agent;
            # the leader and the agents both act.
            return [t for c in tok.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"] + \
                _leaders(trigger)
    if tok.pos_ == "VERB" and reads_passive(tok):  # (but "became embroiled in": its subject got into it)
        return involved_subjects(tok)  # "was elected king and crowned in 1155", "after being fired": its subject undergoes it
    participle = False
    for _ in range(6):
        heads, active = _subject_tokens(tok)
        going_on = named_happening_subject(tok) if tok.pos_ == "VERB" else None
        heads = [h for h in heads if going_on is None or h.i != going_on.i]  # "the Orm War began": no party
        if not heads and active and tok.pos_ == "VERB":
            heads = fronted_names(tok)
        if any(h.i == trigger.i for h in heads):
            return []  # "The capture of Vell ended the war": a happening that is its verb's subject has no doer there
        if heads:
            # "which was signed": the relative pronoun stands for the noun the clause modifies.
            if tok.dep_ == "relcl" and all(h.tag_ in ("WDT", "WP") for h in heads):
                user = _weapon_user(tok.head)
                return user if user else [predicated_name(_person_in_kin_group(tok))]
            if participle and len(heads) == 1 and heads[0].pos_ == "NOUN":
                # "Starting his own band in 1939, his popularity grew": a participle whose main clause's
                # subject is a thing of someone's is that someone's act.
                owners = [c for c in heads[0].children if c.dep_ == "poss"]
                if owners:
                    return owners
            return heads
        participle = participle or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < tok.head.i)
        if tok.dep_ == "prep" and tok.pos_ in ("ADP", "SCONJ") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "carried the bombs before detonating them": the verb the clause hangs from acts
            continue
        if not active or tok.dep_ not in _INHERIT or tok.head.i == tok.i:
            return []
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
            # "Orme was appointed manager, replacing Lusk": a participle after a passive clause is done by
            # its patient, where that is a person ("the city was taken, ending the siege": not the city).
            patients = [c for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS and
                        (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))] \
                if not any(c.dep_ == "agent" for c in tok.head.children) else []
            if patients:
                return patients
        if tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBG")):
            # "saw McVeigh approach the counter": the parser also makes a bare infinitive after a
            # perception verb's object a ccomp; its object does it, as with "persuaded Lusk to attack".
            controller = _controller(tok)
            if controller:
                return controller
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.head.children):
            # "Orme was sent to negotiate", "Lusk was forced to cede Orm": a purpose infinitive on a
            # passive verb is done by its patient (an active verb's own subject does it: read on up). Only a
            # name or a pronoun: a common noun's phrase may hold a caption's credit the parser hung on it.
            patients = [_relative_antecedent(c) for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS
                        and c.pos_ in ("PROPN", "PRON")]
            if patients:
                return patients
        if tok.dep_ == "relcl":
            return [predicated_name(_person_in_kin_group(tok))] if active else []
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the IRA's decision to carry out the attacks": the one whose decision (plan, attempt) it is.
            return [c for c in tok.head.children if c.dep_ == "poss"]
        if tok.dep_ == "conj" and _is_active(tok):
            # "the Soviet Union was recognized by Spain … and joined the League": an active verb
            # conjoined to a passive one shares its grammatical subject, not its agent.
            # ("Vell, who was born in Tarsk and fled": the relative pronoun stands for Vell.)
            patients = [_relative_antecedent(c) for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS]
            if patients:
                return patients
        tok = tok.head
    return []


# Happenings a country's name before them locates rather than performs ("Tarvia's protests", "the
# country's conflict"), unlike "Tarvia's invasion".
PLACE_HAPPENINGS = {"protest", "protests", "conflict", "conflicts", "unrest", "riot", "riots", "crisis",
                     "demonstration", "demonstrations", "violence", "turmoil", "uprising", "insurgency", "famine",
                     "epidemic", "outbreak", "election", "elections", "economy", "recession", "strike", "strikes"}


# Verbs of leading what their object names: the leader acts besides the noun's own agents ("Shamil spearheaded
# resistance by the tribesmen": both).
_LEADING = ("lead", "led", "spearhead", "head", "command", "direct", "orchestrat", "mastermind", "organi")


def _leaders(noun: Any) -> list[Any]:
    """The subject of a leading verb whose object is the event noun ("who spearheaded resistance by …")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not verb.lower_.startswith(_LEADING):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ == "relcl" and subjects and all(h.tag_ in ("WDT", "WP") for h in subjects):
        return [predicated_name(_person_in_kin_group(verb))]
    return subjects


# What is fired, planted, thrown or launched: whatever it does ("the shots that killed Orme", "a bomb
# that destroyed the hall") is done by who fired it.
WEAPON_NOUNS = {"shot", "shots", "bullet", "bullets", "bomb", "bombs", "grenade", "grenades", "missile", "missiles",
                "rocket", "rockets", "shell", "shells", "mortar", "mortars", "torpedo", "torpedoes", "device",
                "explosive", "explosives", "mine", "mines", "round", "rounds", "gunshot", "gunshots", "salvo"}


def _weapon_user(noun: Any) -> list[Any]:
    """Who fired, planted or threw a weapon a relative clause's act is done with ("Orme fired the shots
    that killed Lusk", "planted a bomb that destroyed the hall"): the subject of the verb the weapon is
    the object of, where that verb has one of its own (a name or a pronoun)."""
    if noun.lower_ not in WEAPON_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")]


def _hung_agents(noun: Any) -> list[Any]:
    """"get around Wednesday's ruling by the Tarn Service": the parser hangs a happening noun's "by"
    right after it on the verb. A named "by" object that directly follows the noun's phrase, on an
    active verb (a passive's "by" is its own agent), is the noun's agent. So is a named "by" object the
    parser hangs on the noun's "of" object ("the assassination of Orme by Lusk")."""
    on_object = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                 for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for t in c.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    if on_object:
        return on_object
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ == "VBN" or \
            any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return []
    end = max(t.i for t in noun.subtree)
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1
            for t in c.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]


def _claimer(noun: Any) -> Any | None:
    """The verb whose subject answers for a happening ("admitted responsibility for the attacks",
    "claimed credit for the bombing"): its subject is the happening's actor."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is None or holder.lower_ not in ("responsibility", "credit") or holder.dep_ != "dobj":
        return None
    return holder.head if holder.head.pos_ == "VERB" else None


# Verbs whose object does what their infinitive says ("persuaded Norway to attack"); with others the
# object is a means ("used the treaty to rearm": the subject rearms). Stems, for every form of each.
_OBJECT_CONTROL = ("persuad", "forc", "order", "ask", "urg", "allow", "permit", "compel", "invit", "encourag",
                   "induc", "convinc", "requir", "instruct", "told", "tell", "authori", "oblig", "pressur",
                   "enabl", "command", "direct", "call", "prompt", "led", "lead", "caus", "push", "drove", "driv",
                   "provok", "tempt", "summon", "entic", "incit", "invit", "appoint", "assign", "send", "sent",
                   "dispatch", "expect", "want", "help", "advis", "warn", "beg", "implor", "petition",
                   # perception and causation: "saw McVeigh approach", "let the army pass", "made them sign"
                   "saw", "see", "watch", "heard", "hear", "notic", "observ", "let", "made", "mak")


# Verbs whose subject does the happening their object names ("launched a series of attacks", "signed
# the pact", "waged war"); the subject of any other verb only speaks of it ("deplored the slaughter",
# "called the explosion an attack", "was killed in the attacks"). Stems, for every form.
SUPPORT_VERBS = ("launch", "carr", "conduct", "stag", "mak", "made", "mount", "begin", "began", "begun", "start",
                  "continu", "wag", "commit", "perpetrat", "undert", "execut", "hold", "held", "lead", "led",
                  "organi", "plan", "order", "resum", "escalat", "intensif", "sign", "conclud", "declar",
                  "announc", "fight", "fought", "win", "won", "complet", "open", "initiat", "attempt", "unleash",
                  "spearhead", "direct", "orchestrat", "mastermind", "join", "negotiat", "prepar", "pursu",
                  "embark", "ratif", "propos", "sought", "seek", "end", "halt", "stop", "suspend", "break", "broke",
                  "enter", "form", "establish", "found", "creat", "call", "give", "gave", "deliver", "issu",
                  "hand", "sent", "send", "pa", "do", "did", "done", "receiv", "accept", "reach", "achiev",
                  "agree", "approv", "adopt", "enact", "impos", "lift", "terminat", "renew", "extend", "restor",
                  "host", "attend", "convene", "arrang", "accompl", "fail", "succeed", "bomb", "raid", "strik",
                  "struck", "use", "employ", "had", "has", "hav",
                  # "put pressure on", "exerted pressure", "applied sanctions", "stepped up its campaign",
                  "put", "exert", "appl", "step", "wrap")  # "wrapped up a three-hour meeting"


def _supports(verb: Any, noun: Any) -> bool:
    """Whether ``verb``'s subject does what ``noun`` (an event noun under it) names: the noun is the
    verb's object (or the object's complement, "a series of attacks") or its means ("by a raid"),
    and the verb is one that performs what its object names."""
    tok = noun
    for _ in range(4):
        if tok.head.i == verb.i:
            break
        tok = tok.head
    else:
        return False
    if tok.dep_ == "pobj" or (tok.dep_ == "prep" and tok.lower_ in ("by", "with", "through")):
        return True  # "terminated the pact with its invasion", "broke it by an attack": a means
    if tok.dep_ in ("prep", "agent"):
        return fought_in(verb, noun)  # "killed in IS attacks": where or when ("defeated … during the Battle": fought)
    if any(c.dep_ == "oprd" for c in verb.children):
        return False  # "called the explosion an attack": says what it was, did not do it
    return verb.lower_.startswith(SUPPORT_VERBS) or undergoes(verb, noun)  # "suffered a decline": it declined


def _controller(infinitive: Any) -> list[Any]:
    """Who does what an infinitive says, when its verb says it ("persuaded Norway to attack": Norway;
    "Sweden was forced to withdraw": Sweden): the governing verb's object, else its passive subject.
    Empty when the governing verb's own subject does it ("decided to invade")."""
    head = infinitive.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < infinitive.i]
    if objects and head.lower_.startswith(_OBJECT_CONTROL):
        return objects
    return [_relative_antecedent(c) for c in head.children if c.dep_ in PASSIVE_SUBJECTS]


# Ruling houses and kin a person is "of": a relative clause with "who" the parser hangs on them is
# more often said of the person ("the ninth sultan of the Orme dynasty who ruled Tarvia").
_KIN_GROUPS = {"dynasty", "family", "house", "clan", "line", "lineage"}
# Who is "of" such a group, besides the type nouns of persons: its members and its rulers.
_KIN_MEMBERS = {"member", "scion", "heir", "descendant", "son", "daughter", "sultan", "ruler", "monarch", "queen",
                "prince", "princess", "pharaoh", "caliph", "shah", "khan", "tsar", "czar", "emir", "sovereign"}


def _person_in_kin_group(clause: Any) -> Any:
    """The noun a "who" clause is said of: its head, except where that is a kin group a person noun is
    "of" ("a member of the royal family who reigned as King", "the sultan of the Orme dynasty who
    ruled Tarvia"): the person, whose name :func:`predicated_name` then finds."""
    head = person_of_place_clause(clause) or clause.head  # "pharaoh of Tarvia, who ruled": not Tarvia
    if head.lower_ in _KIN_GROUPS and head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.pos_ == "NOUN" and head.head.head.lower_ in PERSON_NOUNS | _KIN_MEMBERS and \
            any(c.lower_ == "who" and c.dep_ in SUBJECTS for c in clause.children):
        return head.head.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and \
            head.head.head.lower_ in RULING_GROUP_NOUNS:
        return head.head.head  # "an imperial dynasty of China that ruled": the dynasty ruled, not China
    return head


def predicated_name(noun: Any) -> Any:
    """The name a common noun is said of, where the sentence says so: "identified Orme as the man
    who …" (Orme), "Orme was the man who …", "Orme, the man who …"; else the noun itself."""
    if noun.pos_ != "NOUN":
        return noun
    said = noun
    while said.dep_ == "conj" and said.head.pos_ == "NOUN" and said.head.i != said.i:
        said = said.head  # "Orme was a lawyer, author and judge who served": the whole list is said of Orme
    if said is not noun and predicated_name(said) is not said:
        return predicated_name(said)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        named = [c for c in noun.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if len(named) == 1:
            return named[0]
    if noun.dep_ == "attr" and (noun.head.lemma_ == "be" or noun.head.lower_ in ("is", "was", "are", "were", "'s", "’s")):
        named = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"] or \
            subject_before_naming_aside(noun.head)  # "Orm, sometimes called Ormia, was a kingdom which"
        if len(named) == 1:
            return named[0]
        if noun.lower_ in RULING_GROUP_NOUNS:
            # "The Ming dynasty was an imperial dynasty of China that ruled": the named house said so
            named = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                     any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in c.children)]
            if len(named) == 1:
                return named[0]
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return noun


def _relative_antecedent(token: Any) -> Any:
    """The noun a relative pronoun stands for ("the army, which was forced to …" → army)."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return _person_in_kin_group(token.head)
    return token


def fronted_names(verb: Any) -> list[Any]:
    """"in Moscow Molotov and Ribbentrop signed", "In 1939 Germany, which …, invaded": with no
    comma after a fronted phrase the parser reads the subject as the preposition's object. A
    name object whose phrase runs right up to a subject-less verb is that verb's subject."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME"):
                continue
            last = max(t.i for t in obj.subtree)
            gap = obj.doc[last + 1:verb.i]
            aside = {t.i for c in companions(verb) for t in c.head.subtree} | \
                {t.i for c in companions(verb) for t in c.head.head.subtree if c.head.head.lower_ in COMPANY_WORDS}
            if all(t.is_punct or t.pos_ == "ADV" or t.i in aside for t in gap):
                return [obj]  # "In 1805 Tarvia, along with Lusk, attacked": the aside is the subject's
    return []


def _is_active(verb: Any) -> bool:
    return not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ != "VBN"


def expand_conjuncts(tokens: Iterable[Any]) -> list[Any]:
    """``Germany and the Soviet Union``: every conjunct of each head."""
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if not _opens_next_clause(c))
    return out


def _opens_next_clause(token: Any) -> bool:
    """A conjunct right before an auxiliary of another verb is that clause's subject, misparsed ("was
    killed in a battle with police and Dzhokhar was found": Dzhokhar is found, not fought)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i < token.head.i:
        return False
    nxt = doc[token.i + 1]
    first = first_conjunct(token)
    # ("Tarvia and Lusk were invited": the whole coordination is that verb's subject, nothing misparsed)
    # ("the Treaty between Tarvia and Lusk was signed": the verb has its subject, the treaty)
    return nxt.dep_ in ("aux", "auxpass") and nxt.head.pos_ in ("VERB", "AUX") and nxt.head.i > token.i and \
        first.head.i != nxt.head.i and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS
                                               for c in nxt.head.children)


def passive_patients(verb: Any) -> list:
    """The patients of a passive verb: its passive subjects, and a subject the parser hung off the
    passive auxiliary ("In 1978, he was upset by Knoetze": "he" under "was")."""
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] + [
        g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ in SUBJECTS] + misread_patients(verb) + \
        fronted_participle_patients(verb)

