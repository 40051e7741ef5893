from hypothesis import given, settings, strategies as st

from pipeline.core.offsets import Edit, OffsetMap, apply_edits


def test_identity_map_round_trips():
    m = OffsetMap.identity(10)
    assert m.to_raw(2, 5) == (2, 5)
    assert m.to_clean(2, 5) == (2, 5)


def test_replacement_maps_to_whole_replaced_span():
    text = "a  b\ncd"
    new, m = apply_edits(text, OffsetMap.identity(len(text)), [Edit(1, 3, " "), Edit(4, 5, " ")])
    assert new == "a b cd"
    assert m.to_raw(0, 3) == (0, 4)          # "a b" covers "a  b"
    assert m.to_raw(4, 6) == (5, 7)          # "cd" is copied text
    assert text[slice(*m.to_raw(4, 6))] == "cd"


def test_deleted_raw_span_maps_to_empty_clean_span():
    text = "keep DROP keep"
    new, m = apply_edits(text, OffsetMap.identity(len(text)), [Edit(4, 9)])
    assert new == "keep keep"
    cs, ce = m.to_clean(5, 9)
    assert cs == ce


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n.,", min_size=1, max_size=60), st.data())
def test_copied_characters_always_point_at_themselves(text, data):
    """After any chain of edits, a copied clean character equals its raw character."""
    clean, offsets = text, OffsetMap.identity(len(text))
    for _ in range(3):
        if not clean:
            break
        cuts = sorted(data.draw(st.lists(st.integers(0, len(clean)), min_size=2, max_size=6, unique=True)))
        edits = [Edit(cuts[i], cuts[i + 1], data.draw(st.sampled_from(["", " ", "X"])))
                 for i in range(0, len(cuts) - 1, 2)]
        clean, offsets = apply_edits(clean, offsets, edits)
        assert len(offsets) == len(clean)
    for i, ch in enumerate(clean):
        if offsets.ends[i] - offsets.starts[i] == 1 and ch != "X" and ch != " ":
            assert text[offsets.starts[i]] == ch
    assert all(offsets.starts[i] <= offsets.starts[i + 1] for i in range(len(clean) - 1))
