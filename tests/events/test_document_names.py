"""document_names hands out one Names per document only while it is built from the same mentions."""

from pipeline.core.records import Entity
from pipeline.events.document_names import document_names

TEXT = "Vera Orme met Tomas Lusk in Tarsk. Orme left."


def _mentions() -> list[Entity]:
    return [Entity(0, 9, "Vera Orme", "PERSON", "model", None), Entity(14, 24, "Tomas Lusk", "PERSON", "model", None),
            Entity(28, 33, "Tarsk", "GPE", "model", None), Entity(35, 39, "Orme", "PERSON", "model", None)]


def test_the_same_mentions_and_text_share_one_names():
    found = _mentions()
    first = document_names(found, TEXT)
    assert document_names(list(found), TEXT) is first
    assert first(found[3]) == "Vera Orme"  # the surname is the one person's full name


def test_equal_but_other_mention_objects_build_anew():
    first = document_names(_mentions(), TEXT)
    assert document_names(_mentions(), TEXT) is not first  # Names keeps mentions by identity


def test_a_changed_field_or_text_builds_anew():
    found = _mentions()
    first = document_names(found, TEXT)
    found[2].link_target = "Tarsk (city)"
    second = document_names(found, TEXT)
    assert second is not first and second(found[2]) == "Tarsk"
    assert document_names(found, TEXT + " ") is not second
