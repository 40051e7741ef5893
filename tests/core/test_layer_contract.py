"""The contract says what is read: each built-in stage touches only the layers it declares.

Runs the configured pipeline over the reference article with a Document whose layers record
every key each stage looks up, and compares with the stage's declared reads and writes.
"""

from __future__ import annotations

from pipeline.batch.processing import Pipeline
from pipeline.core.config import load_config
from pipeline.core.document import Document
from pipeline.core.layers import BY_NAME


class RecordingLayers(dict):
    """A layers dict that remembers which keys were looked up or set."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.touched: set[str] = set()

    def __getitem__(self, key):
        self.touched.add(key)
        return super().__getitem__(key)

    def __setitem__(self, key, value) -> None:
        self.touched.add(key)
        super().__setitem__(key, value)

    def __contains__(self, key) -> bool:
        self.touched.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self.touched.add(key)
        return super().get(key, default)

    def setdefault(self, key, default=None):
        self.touched.add(key)
        return super().setdefault(key, default)


def test_every_layer_a_stage_touches_is_declared(reference_text):
    pipeline = Pipeline(load_config(None))
    doc = Document.from_raw("reference", "reference.txt", reference_text)
    undeclared = {}
    # nlp runs each configured stage's parse need (pipeline.nlp.parse_needs), which reads what that
    # stage declares it reads (entities' name_cues reads its links' gazetteer).
    by_needs = {layer.name for st in pipeline.stages if st.parse is not None for layer in st.reads}
    for st in pipeline.stages:
        layers = RecordingLayers(doc.layers)
        doc.layers = layers
        doc = st.fn(doc, pipeline.ctx)
        declared = {layer.name for layer in st.reads + st.writes} | (by_needs if st.name == "nlp" else set())
        extra = layers.touched - declared
        if extra:
            undeclared[st.name] = sorted(extra)
        doc.layers = dict(doc.layers)
    assert undeclared == {}
    assert set(doc.layers) <= set(BY_NAME), "every layer a stage leaves is declared in pipeline.core.layers"


def test_a_stage_that_reads_an_undeclared_layer_is_caught():
    """The recorder itself: a stage that looks at a layer it does not declare is seen."""
    layers = RecordingLayers({"links": []})
    layers.get("sections", [])
    assert layers.touched == {"sections"}
