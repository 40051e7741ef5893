"""Canonical names of the entities an event mentions, and the sentence's names as parse spans.

A name is the link target where the document links the mention (without its Wikipedia disambiguator),
else the mention cleaned of "the", possessives (not a store's: "Orme's was sold") and edge punctuation;
a bare surname is the one person the document names with it, or, where two people share it, the one
last named in full before it, else the one named most often (unless a company bears it too). A person's
name loses titles and quoted nickname; an abbreviation or a fragment of an organisation's name is the
full name the document gives. A bare first name is the one person named in full with it before, unless
it is given as a relative of that namesake ("his son Tobias" beside "Tobias Orme": kept, suspected), or
a person's named in full only after it where no other reading exists; a
unit's number alone is the unit the document names in full, else a fragment that names no party.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.entity_hygiene import name_like, person_name, possessive_names, surnames
from pipeline.lexicon.patterns import DISAMBIGUATOR, LEADING_ERA, POSSESSIVE
from pipeline.lexicon.person_titles import HONORIFICS, PEERAGE_TITLES
from pipeline.lexicon.type_nouns import RELATIONAL_NOUNS, TYPE_NOUNS
from pipeline.events.alias_names import alias_names, slash_name
from pipeline.events.honorees import honorees
from pipeline.events.whole_names import first_names, whole_names
from pipeline.events.name_pieces import group_of_people, particle_name, possessive_body
from pipeline.events.kept_names import as_written, kept_polities
from pipeline.events.posted_names import posted_name
from pipeline.events.name_repairs import (epithet_forms, numbered_forms, repaired_name, title_surname,
                                           titled_run_forms)
from pipeline.events.fuller_names import fuller_forms, lineage_names, relative_name
from pipeline.events.organisation_names import (abbreviations, bare_organisation, full_name_of, of_forms, organisation_forms,
                                               generic_plurals, short_forms)

_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_EDGE_PUNCT = re.compile(r"^[\s(\[\"'“‘,;:]+|[\s(\[\"”’,;:]+$")
# A possessive, a relational noun, then names listed up to the name ("his sons Tobias, Rodney and ").
_RELATIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their)|['’]s)\s+(?:[a-z]+\s+)?([a-z]+),?\s+"
                              r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+|\s+and\s+))*$")
_LEADING_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d\s+(?=[A-Z])")
# Words of an office written before a surname ("Foreign Minister Orme", "People's Commissar of War Orme").
_OFFICE_WORDS = HONORIFICS | PEERAGE_TITLES | set(TYPE_NOUNS["PERSON"]) | {"commissar", "foreign", "defence", "defense", "war"}


class Names:
    """Canonical names: link targets where the document links a mention, else the cleaned text. A bare
    surname ("Molotov", "Litvinov's") becomes the full name of the one person the document names with it;
    spellings of one person that differ only in the middle ("Joachim von Ribbentrop") the longest one."""

    def __init__(self, entities: list, text: str | None = None) -> None:
        self._text = text
        self.by_text: dict[str, str] = {}
        self.kept: set[str] = set()  # names kept as written, which no canonical lookup may change (kept_names)
        self._peoples = frozenset(self.clean(e.text) for e in entities if e.label == "NORP")  # "Soviet" of "Soviet Koreans"
        people: list[tuple[str, str]] = []
        for e in entities:
            target = self.target(e)
            if target:
                self.by_text.setdefault(self.clean(e.text), target)
                self.by_text.setdefault(self.written(e), target)
            if e.label == "PERSON":
                people.append((target or self.written(e),) * 2)
        # "the Lombards (Latin: Longobardi)", "Akkad, also known as Agade": the alias names the usual name.
        for alias, usual in alias_names(entities, text, self.clean).items():
            self.by_text.setdefault(alias, self.by_text.get(usual, usual))
        self.by_surname = surnames(people)
        self.by_first_name = first_names(people, self.by_surname)
        # Where each first name's bearer is first named in full, so a first name only looks back.
        for e in sorted(entities, key=lambda e: e.start):
            words = self.written(e).split()
            if e.label == "PERSON" and len(words) >= 2 and words[0] in self.by_first_name and \
                    isinstance(self.by_first_name[words[0]], str):
                self.by_first_name[words[0]] = (self.by_first_name[words[0]], e.start)
        self.by_first_name = {k: v for k, v in self.by_first_name.items() if isinstance(v, tuple)}
        self.suspected_relatives: set[tuple[str, str]] = set()
        # Words of the document's names of bodies and places: a bare word tagged ORG among them is theirs.
        self._other_name_words = {w for e in entities if e.label in ("ORG", "GPE", "LOC", "FAC") and
                                  " " in self.clean(e.text) for w in self.clean(e.text).split()} | \
            {self.clean(e.text) for e in entities if e.label in ("GPE", "LOC", "FAC")}
        self._namesakes = self._namesake_relatives(entities)
        self._bearer = self._bearers(entities)
        self._bearer.update(self._first_name_bearers(entities))
        self.by_abbreviation = abbreviations(entities, self)
        self._whole, self.fragments = whole_names(entities, self, text)
        self.fragments |= generic_plurals(entities, self)  # "Leagues of Justice" beside "League of Justice"
        # "the Caliphate", "the Han", "Charles IV": the document's fuller name ("Orm Caliphate", "Han
        # dynasty", "Charles IV of Vell"); a bare head word no one name completes is a fragment.
        fuller, bare_heads = fuller_forms(entities, self.clean)
        self.fragments |= bare_heads
        for short, full in fuller.items():
            if short not in self.by_surname:  # "Tudor" beside "Henry Tudor" and "Tudor dynasty": the person's
                self.by_text.setdefault(short, full)
        for short, full in (titled_run_forms(entities, text) | epithet_forms(text)).items():
            if short not in self.by_first_name:  # not "Orm" beside "Orm Vell"
                self.by_text.setdefault(short, full)  # "Orm" beside "Orm the Great" (name_repairs)
        # "Orm" beside "Orm I" (name_repairs); for a person's or a body's mention or an untagged name only,
        # not the place "Vatican" beside "Vatican II" (__call__). A bare name another rule already maps
        # elsewhere keeps that mapping and is no numbered form.
        self._numbered: dict[str, str] = {}
        for short, full in numbered_forms(text).items():
            if short not in self.by_first_name and self.by_text.setdefault(short, full) == full:
                self._numbered[short] = full
        self._people_full = [(e.start, e.end, self.written(e)) for e in sorted(entities, key=lambda e: e.start)
                             if e.label == "PERSON" and len(self.written(e).split()) >= 2]
        self._org_forms = organisation_forms(entities, self)
        self._of_forms = of_forms(entities, self)
        self._short_forms = short_forms(entities, self)
        # Names the document writes in ordinary capitals: "CALOI" in a heading is the "Caloi" of the prose.
        self._cased = {self.clean(e.text) for e in entities if e.label in ("ORG", "PERSON", "GPE") and
                       not self.clean(e.text).isupper()}
        self._possessive = possessive_names(entities, text, self.clean)  # "Orme's" the store, not Orme
        self._honorees = honorees(entities, self, people)
        for written, _ in people:
            # "Joachim Ribbentrop" and "Joachim von Ribbentrop": one person, the longest spelling.
            surname = written.split()[-1] if " " in written else None
            if surname in self.by_surname:
                self.by_text.setdefault(written, self.by_surname[surname])
        self._whole.update(lineage_names(entities, text, self))  # "Amr ibn al-As" + "ibn Wa'il al-Sahmi": one nasab

    def own_polities(self, polities: dict[str, str]) -> dict[str, str]:
        """The canonicaliser's polity names less the document's own and with its names kept as written (kept_names)."""
        return kept_polities(polities, self)

    @property
    def title(self) -> str:  # the document's first line: its title (the article's subject), or ""
        return (self._text or "").split("\n", 1)[0].strip()

    @staticmethod
    @lru_cache(maxsize=1 << 16)  # a pure function of the text, asked ~1,000 times per document (speed only)
    def clean(text: str) -> str:
        return _LEADING_THE.sub("", POSSESSIVE.sub("", _EDGE_PUNCT.sub("", LEADING_ERA.sub("", text))))

    def written(self, entity) -> str:
        """The entity's words cleaned; a person's also without a title or a quoted nickname."""
        written = posted_name(self._text, entity, _written(entity.text, entity.label))  # not "Lusk David Vell"
        return repaired_name(self._text, entity, written)  # "Orm the Great", not "mathematician Orm" (name_repairs)

    @staticmethod
    def target(entity) -> str | None:  # the link target without its disambiguator
        if not entity.link_target:
            return None
        return DISAMBIGUATOR.sub("", entity.link_target) or entity.link_target

    def _bearers(self, entities: list) -> dict[int, str]:
        """For each bare surname two people of the document share ("Ortega" after "Raul Ortega" and
        "Francisco Ortega"), the one it names: the person last named in full before it, else the one
        named most often (a tie names no one). Keyed by the entity's id. A surname that is also a
        company's of the document is left as written and recorded in ``ambiguous``."""
        self.ambiguous: set[str] = set()
        full = [(e.start, self.target(e) or self.written(e)) for e in sorted(entities, key=lambda e: e.start)
                if e.label == "PERSON" and len(self.written(e).split()) >= 2 and name_like(self.written(e))]
        if not full:
            return {}
        by_surname: dict[str, list[tuple[int, str]]] = {}
        for start, name in full:
            by_surname.setdefault(name.split()[-1], []).append((start, name))
        shared = {s: named for s, named in by_surname.items() if len({n for _, n in named}) > 1}
        # "Orme" beside "Orme Brothers Ltd" and three Ormes may be any of them: it stays as written.
        companies = {w for e in entities if e.label == "ORG" and " " in self.clean(e.text)
                     for w in self.clean(e.text).split()}
        self.ambiguous = {s for s in shared if s in companies}
        shared = {s: named for s, named in shared.items() if s not in self.ambiguous}
        out: dict[int, str] = {}
        for e in entities:
            word = POSSESSIVE.sub("", self.written(e))
            if word not in shared or " " in word:
                continue
            before = [n for start, n in shared[word] if start < e.start and not self._as_relative(start)]
            if before:
                out[id(e)] = before[-1]
                continue
            counts = sorted(((sum(1 for _, n in shared[word] if n == name), name)
                             for name in {n for _, n in shared[word]}), reverse=True)
            if counts[0][0] > counts[1][0]:
                out[id(e)] = counts[0][1]
        return out

    def _as_relative(self, start: int) -> bool:
        """Whether the name at clean offset ``start`` is introduced as someone's relative ("his younger
        brother Rodney Orme", "the father of player Michael Orme"): such a naming does not make the bare
        surname after it that relative's (the article's own Orme stays Orme). Needs the document's text."""
        if self._text is None:
            return False
        window = self._text[max(0, start - 45):start].lower()
        window = window.rsplit(".", 1)[-1]  # within the sentence
        return any(w in RELATIONAL_NOUNS for w in re.findall(r"[a-z]+", window))

    def _introduced_as_relative(self, entity) -> bool:
        """Whether a bare name is given as someone's relative right before it: "his son Tobias", "Orme's
        sons Tobias, Rodney and Luca", "their daughter, Mara" (not "Tobias's family", nor a relative
        named earlier in the sentence). Needs the document's text."""
        if self._text is None or POSSESSIVE.search(self._text[entity.start:entity.end + 2]):
            return False
        before = self._text[max(0, entity.start - 80):entity.start]
        m = _RELATIVE_BEFORE.search(before)
        return m is not None and m.group(1).lower() in RELATIONAL_NOUNS and m.group(1).lower() != "family"

    def _first_name_bearers(self, entities: list) -> dict[int, str]:
        """For a bare first name two people of the document share ("Mara" after "Mara Orme" and "Mara Lusk"),
        the one last named in full before it, else none. Keyed by the entity's id. Two full names of one
        first name may be one person by birth and married name: kept apart, recorded in ``maybe_same``."""
        ordered = sorted(entities, key=lambda e: e.start)
        full = [(e.start, self.target(e) or self.written(e)) for e in ordered
                if e.label == "PERSON" and len(self.written(e).split()) >= 2 and name_like(self.written(e))]
        by_first: dict[str, list[tuple[int, str]]] = {}
        for start, name in full:
            by_first.setdefault(name.split()[0], []).append((start, name))
        shared = {f: named for f, named in by_first.items() if len({n for _, n in named}) > 1
                  and f not in self.by_surname and len(f) > 2}
        self.maybe_same = {tuple(sorted({n for _, n in named})) for named in shared.values()
                           if len({n for _, n in named}) == 2 and all(len(n.split()) == 2 for _, n in named)}
        out: dict[int, str] = {}
        for e in ordered:
            word = self.written(e)
            if e.label != "PERSON" or word not in shared or self.target(e):
                continue
            before = [n for start, n in shared[word] if start < e.start]
            if before:
                out[id(e)] = before[-1]
        return out

    def __call__(self, entity, text: str | None = None) -> str:
        if text is None and not self.target(entity) and as_written(self._text, entity, self.written(entity)):
            self.kept.add(self.written(entity))  # "the state of Qin" beside "the Qin dynasty"; "Pedro" beside
            return self.written(entity)  # Pedro I and Pedro II (pipeline.events.kept_names)
        if text is None and id(entity) in self._bearer:
            return self._bearer[id(entity)]
        if text is None and id(entity) in self._whole:
            return self._whole[id(entity)]
        target = self.target(entity) if text is None else None
        if target:
            return target
        group = group_of_people(self._text, entity, self.written(entity), self._peoples) if text is None else None
        group = group or (particle_name(self._text, entity, self.written(entity)) or
                          possessive_body(self._text, entity, self.written(entity)) if text is None else None)
        if group is not None:
            self.kept.add(group)
            return group  # "ethnic Albanians": a group, no state (pipeline.events.name_pieces)
        text = self.clean(text) if text is not None else self.written(entity)
        if text.isupper() and len(text.replace(" ", "")) >= 4 and text.title() in self._cased:
            text = text.title()  # a name in capitals the prose writes in ordinary case, no abbreviation
        text = f"{text}'s" if text in self._possessive else text
        if text in self.by_text and not (text in self._numbered and getattr(entity, "label", "PERSON") not in ("PERSON", "ORG")):
            return self.by_text[text]
        full = full_name_of(text, self.by_abbreviation)
        if full is not None:
            return full
        if entity is not None and entity.label == "ORG" and bare_organisation(text) in self._org_forms:
            return self._org_forms[bare_organisation(text)]
        if entity is not None and entity.label == "ORG" and text in self._of_forms:
            return self._of_forms[text]
        if entity is not None and entity.label in ("ORG", "PERSON") and text in self._short_forms:
            full = self._short_forms[text]  # "Vantor" after "Vantor Gas Systems": the company named in full
            return self._org_forms.get(bare_organisation(full), full)
        # The model sometimes labels a bare surname a place ("Litvinov" GPE); the name decides.
        if text in self.by_surname:
            return self.by_surname[text]
        if entity is not None and entity.label == "PERSON" and " " not in text and \
                not any(full.split()[-1] == text for _, _, full in self._people_full) and title_surname(self.title, text):
            return self.title  # "Vell" in the article "Orm Vell" whose full name the model missed (name_repairs)
        if entity is not None and entity.label == "PERSON" and text in self._honorees:
            return self._honorees[text]  # "Anderson died in 1995" beside "Cal Anderson Park" alone
        words = text.split()
        if len(words) >= 2 and words[-1] in self.by_surname and entity is not None and \
                entity.label in ("PERSON", "ORG") and any(w.lower() in _OFFICE_WORDS for w in words[:-1]):
            return self.by_surname[words[-1]]  # "People's Commissar of Defence Orme": an office, then the one Orme
        if entity is not None and getattr(entity, "label", None) in ("PERSON", "ORG") and text in self.by_first_name:
            return self._first_name_of(entity, text)
        if entity is not None and getattr(entity, "label", None) == "PERSON":
            # "Fidel Orme and his brother Raúl": the given name and the family's name.
            return relative_name(self._text, entity, text, self._people_full) or text
        return text

    def _first_name_of(self, entity, text: str) -> str:
        """A bare first name ("Friedrich", or "Mara's" the model took for a body) as the one person the
        document named in full with it before ("Friedrich Schlegel"); named only after, it may be no one
        of them ("Perth's ... Perth Glory"). A first name introduced as a relative ("his son Tobias") is
        the one Tobias named in full only where that one too was introduced as a relative ("the father of
        Tobias Orme"): beside a Tobias Orme named for himself it is likely his namesake son. Such a first
        name, and the same first name after it, is kept as written and the pair recorded in
        ``suspected_relatives``."""
        full, first_at = self.by_first_name[text]
        if first_at >= getattr(entity, "start", -1):
            return full if self._forward_first_name(entity, text) else text
        if entity.label == "ORG" and text in self._other_name_words:
            return text  # "Orme" of "Orme Timber" beside a "Orme Lusk": the company's word, no first name
        if text in self._namesakes and self._namesakes[text] <= entity.start:
            return text  # "his sons Tobias and Rodney ... Tobias left": the son may be meant from there on
        return full

    def _forward_first_name(self, entity, text: str) -> bool:
        """Named in full only after ("Lazaro said ... Lazaro Ruiz"): the one bearer where no other reading exists: a person's
        mention, no word of a body's or a place's name, no possessive ("Perth's"), no description ("José, a driver,")."""
        if entity.label != "PERSON" or text in self._other_name_words or not self._text:
            return False
        after = self._text[entity.end:entity.end + 6]
        return not entity.text.endswith(("'s", "’s")) and not after.startswith(("'s", "’s", ", a ", ", an ", ", the "))

    def _namesake_relatives(self, entities: list) -> dict[str, int]:
        """First name → clean offset where a bare first name is introduced as a relative ("his son Tobias")
        while its one bearer named in full was not ("Tobias Orme founded the bank"): likely a namesake."""
        out: dict[str, int] = {}
        for e in sorted(entities, key=lambda e: e.start):
            text = self.written(e)
            if e.label in ("PERSON", "ORG") and text in self.by_first_name and text not in out:
                full, first_at = self.by_first_name[text]
                if first_at < e.start and self._introduced_as_relative(e) and not self._as_relative(first_at):
                    out[text] = e.start
                    self.suspected_relatives.add((text, full))
        return out


@lru_cache(maxsize=1 << 16)  # a pure function of text and label, asked ~1,000 times per document (speed only)
def _written(text: str, label: str) -> str:
    text = slash_name(Names.clean(text))  # "Akkad/Agade": the first name, the other an alias
    if label in ("ORG", "EVENT"):
        text = _LEADING_YEAR.sub("", text)  # "the 1961 Westercon": one year's meeting of the Westercon
    return person_name(text) if label == "PERSON" else text


def unique_names(names) -> list[str]:
    seen: dict[str, None] = {}
    for n in names:
        if n:
            seen.setdefault(n, None)
    return list(seen)
