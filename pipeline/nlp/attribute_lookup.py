"""The attribute ruler's one-token rules as table look-ups: the same matches in far less time.

spaCy's English pipelines map each fine tag to its POS and morphology, and fix
some lemmas, with an ``attribute_ruler`` of ~180 token patterns. It runs them
through the general ``Matcher``, which tries every pattern at every token and
took about an eighth of the whole model's time on our texts. Nearly all of
those patterns are a single token tested for equality (``{"TAG": "NN"}``,
``{"LOWER": "was", "TAG": "VBD"}``), so a dictionary keyed by the word or the
tag finds the same matches directly. Patterns of several tokens still go
through a Matcher of their own (a handful). The matches come back in the
ruler's own order and the ruler itself applies them, so the attributes set are
the same; :func:`install` refuses (and leaves the stock ruler) when a pattern
uses anything this module does not read.

Applying the matches is the other half of the ruler's time: per match it builds a Span and
sets each attribute through the token and its lexeme. :class:`ArraySetter` applies the same
matches in the same order to an array of the touched columns and writes it back with one
``Doc.from_array``: the same values, as none of the ruler's attributes (tag, POS, morphology,
lemma, dependency label) is a lexeme's (spaCy's lexeme setter ignores them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_STRING_ATTRS = ("LOWER", "TAG", "DEP")
_INDEX_ORDER = ("LOWER", "TAG", "DEP")  # the most selective first


@dataclass
class _Rule:
    """One single-token pattern: the ruler's attribute id, its match key, and the checks."""

    attr_id: int
    key: int
    equal: dict[str, int] = field(default_factory=dict)      # attr -> string hash
    within: dict[str, frozenset] = field(default_factory=dict)
    outside: dict[str, frozenset] = field(default_factory=dict)
    regex: dict[str, re.Pattern] = field(default_factory=dict)
    is_space: bool | None = None
    hit: tuple = ()

    def matches(self, values: dict[str, int], strings: Any, is_space: bool) -> bool:
        if self.is_space is not None and self.is_space != is_space:
            return False
        for attr, want in self.equal.items():
            if values[attr] != want:
                return False
        for attr, allowed in self.within.items():
            if values[attr] not in allowed:
                return False
        for attr, banned in self.outside.items():
            if values[attr] in banned:
                return False
        for attr, pattern in self.regex.items():
            if not pattern.search(strings[values[attr]] if values[attr] else ""):
                return False
        return True


def _compile(attr_id: int, key: int, token: dict, strings: Any) -> _Rule | None:
    rule = _Rule(attr_id, key)
    for name, value in token.items():
        name = name.upper()
        if name == "IS_SPACE" and isinstance(value, bool):
            rule.is_space = value
        elif name in _STRING_ATTRS and isinstance(value, str):
            rule.equal[name] = strings.add(value)
        elif name in _STRING_ATTRS and isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op == "IN" and isinstance(arg, list):
                rule.within[name] = frozenset(strings.add(v) for v in arg)
            elif op == "NOT_IN" and isinstance(arg, list):
                rule.outside[name] = frozenset(strings.add(v) for v in arg)
            elif op == "REGEX" and isinstance(arg, str):
                rule.regex[name] = re.compile(arg)
            else:
                return None
        else:
            return None
    return rule


class LookupMatcher:
    """The ruler's matches for a Doc, found by look-up: each token's attributes give the token
    rules it meets (remembered per combination, as words repeat); a pattern of several tokens
    matches where its rules are met one after another."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        self.indexed: dict[str, dict[int, list[_Rule]]] = {name: {} for name in _INDEX_ORDER}
        self.scan: list[_Rule] = []
        self.longer: list[tuple[int, int, int]] = []   # (length, attribute id, key) per longer pattern
        self.supported = True
        self.memo: dict[tuple, tuple] = {}
        for attr_id, entry in enumerate(ruler.patterns):
            key = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                # A rule's ``hit`` is what a token meeting it contributes: a whole match (one-token
                # pattern) or position j of a longer pattern.
                if len(pattern) == 1:
                    hits = [("match", attr_id, key)]
                else:
                    self.longer.append((len(pattern), attr_id, key))
                    hits = [("part", len(self.longer) - 1, j) for j in range(len(pattern))]
                for token, hit in zip(pattern, hits):
                    rule = _compile(attr_id, key, token, strings)
                    if rule is None:
                        self.supported = False
                        return
                    rule.hit = hit
                    self._index(rule)

    def _index(self, rule: _Rule) -> None:
        for name in _INDEX_ORDER:
            if name in rule.equal:
                self.indexed[name].setdefault(rule.equal[name], []).append(rule)
                return
        for name in _INDEX_ORDER:
            if name in rule.within:
                for value in rule.within[name]:
                    self.indexed[name].setdefault(value, []).append(rule)
                return
        self.scan.append(rule)

    def _hits(self, lower: int, tag: int, dep: int, space: int) -> tuple:
        values = {"LOWER": lower, "TAG": tag, "DEP": dep}
        candidates = [*self.indexed["LOWER"].get(lower, ()), *self.indexed["TAG"].get(tag, ()),
                      *self.indexed["DEP"].get(dep, ()), *self.scan]
        return tuple(sorted({rule.hit for rule in candidates if rule.matches(values, self.strings, bool(space))}))

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(attribute id, match key, start, end), sorted as AttributeRuler.match sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        memo = self.memo
        if len(memo) > 200_000:
            memo.clear()  # bounded: a long run meets ever more words
        found = set()
        per_token = []
        starts = []
        for i, combination in enumerate(map(tuple, doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist())):
            hits = memo.get(combination)
            if hits is None:
                hits = memo[combination] = self._hits(*combination)
            per_token.append(hits)
            for kind, a, b in hits:
                if kind == "match":
                    found.add((a, b, i, i + 1))
                elif b == 0:
                    starts.append((a, i))
        for number, i in starts:
            length, attr_id, key = self.longer[number]
            if i + length <= len(per_token) and all(("part", number, j) in per_token[i + j] for j in range(length)):
                found.add((attr_id, key, i, i + length))
        return sorted(found)


# Token attributes that live on the token alone (set_token_attrs also writes them to the lexeme,
# where spaCy ignores them): for these a Doc.from_array sets exactly what the ruler sets.
_TOKEN_ONLY = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


class ArraySetter:
    """``AttributeRuler.set_annotations`` by array: the ruler's matches applied in its order (a
    later rule overwrites an earlier one's value) to the columns it sets, written back at once."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS

        self.ruler = ruler
        token_only = {IDS[name] for name in _TOKEN_ONLY}
        self.supported = all(isinstance(attr, int) and attr in token_only
                             for attrs in ruler.attrs for attr in attrs)
        self.columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
        self.column_of = {attr: j for j, attr in enumerate(self.columns)}
        # Per rule: (the token's index in the match, ((column, value), ...))
        self.rules = [(index, tuple((self.column_of[attr], value) for attr, value in attrs.items()))
                      for index, attrs in zip(ruler.indices, ruler.attrs)]

    def __call__(self, doc: Any, matches: list) -> None:
        if not matches or not self.columns:
            return
        table = doc.to_array(self.columns)
        if table.ndim == 1:
            table = table.reshape((-1, 1))
        rules = self.rules
        for attr_id, _key, start, end in matches:
            index, values = rules[attr_id]
            if not -(end - start) <= index < end - start:
                # The stock code raises its own error for a rule pointing outside its match.
                return type(self.ruler).set_annotations(self.ruler, doc, matches)
            at = (end if index < 0 else start) + index
            for column, value in values:
                table[at, column] = value
        doc.from_array(self.columns, table)


def install(model: Any, name: str = "attribute_ruler") -> bool:
    """Give the model's attribute ruler the look-up matcher; False (stock ruler kept) when the model
    has none or one of its patterns is of a kind the look-up does not handle."""
    if name not in model.component_names:
        return False
    ruler = model.get_pipe(name)
    if not hasattr(ruler, "patterns") or not hasattr(ruler, "match"):
        return False
    matcher = LookupMatcher(ruler)
    if not matcher.supported:
        return False
    ruler.match = matcher  # AttributeRuler.__call__ asks self.match(doc) for the matches it applies
    setter = ArraySetter(ruler)
    if setter.supported:
        ruler.set_annotations = setter  # ... and applies them with self.set_annotations(doc, matches)
    return True
