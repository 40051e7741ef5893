"""An event noun and the verb it is the subject of tell one happening ("an explosion ripped through"),
in sentences of our own; other pairs of one sentence stay two happenings."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, same_document_allowed
from pipeline.stories.sentence_tellings import sentence_tellings

WEEKS = (date(2001, 2, 10), date(2001, 3, 10))


def told(key: str, kinds: set[str], sentence_id: int = 4) -> Mention:
    return Mention(key=key, doc_id="r", sentence_id=sentence_id, start=WEEKS[0], end=WEEKS[1], granularity="before",
                   trigger=None, kinds=frozenset(kinds), night=False, actors=[], participants=[], places=[],
                   citations=[])


def marked(sentence: str, first: str, second: str, kinds=({"bomb"}, {"bomb"})) -> tuple[Mention, Mention]:
    a, b = told("r#1", kinds[0]), told("r#2", kinds[1])
    offset = 100  # the sentence's start in its document
    spans = []
    for word in (first, second):
        at = sentence.index(word)
        spans.append((offset + at, offset + at + len(word), offset))
    sentence_tellings([a, b], spans, [sentence, sentence])
    return a, b


def test_an_event_noun_and_its_verb_tell_one_happening():
    noun, verb = marked("As the crowd watched, an explosion ripped through the depot in Orm.", "explosion", "ripped")
    assert noun.told_with == "r#2" and verb.told_with == "r#1"
    assert same_document_allowed(noun, verb) and same_document_allowed(verb, noun)
    noun, verb = marked("The car bomb blast that apparently tore the roof off was heard in Tarsk.", "blast", "tore")
    assert noun.told_with == "r#2"


def test_other_pairs_of_a_sentence_stay_two_happenings():
    # two kinds: the bombing and the killing it did
    noun, verb = marked("The bombing killed twelve in Orm.", "bombing", "killed", ({"bomb"}, {"kill"}))
    assert noun.told_with is None and verb.told_with is None
    # no determiner: a noun of a list or a headline, not a subject told as such
    noun, verb = marked("Attacks resumed and Tarvian jets attacked the port.", "Attacks", "attacked",
                        ({"invade"}, {"invade"}))
    assert noun.told_with is None
    # words between them: the noun is not the verb's subject
    noun, verb = marked("After the attack on Orm, the rebels attacked Tarsk.", "attack", "attacked",
                        ({"invade"}, {"invade"}))
    assert noun.told_with is None
    # two sentences
    a, b = told("r#1", {"bomb"}, 3), told("r#2", {"bomb"}, 4)
    sentence_tellings([a, b], [(100, 109, 100), (120, 126, 120)], ["An explosion.", "It ripped the roof."])
    assert a.told_with is None and not same_document_allowed(a, b)
