"""Training the citation CRF (:mod:`pipeline.citations.model`) on AnyStyle's labelled core set.

Kept out of the installed package: the package ships the trained model and its features only.
The training data is ``../shared/data/references/anystyle-core.xml`` (BSD licence, see its README).
Wikipedia writes titles in ``''italics''``, which the training set never does, so half of the
training copies get their journal/container (or book title) wrapped in ``''`` marks.

    python -m evaluation.citation_training     # rebuild the committed model and its fingerprint
"""

from __future__ import annotations

import hashlib
import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

from evaluation.shared import SHARED_REFERENCES
from pipeline.citations.model import FEATURES_VERSION, FINGERPRINT_PATH, MODEL_PATH, _TOKEN, _to_crfsuite, featurize

TRAINING_XML = SHARED_REFERENCES


def load_training(path: Path = TRAINING_XML) -> list[list[tuple[str, str]]]:
    """Sequences of (segment text, label) from an AnyStyle XML dataset."""
    root = ET.parse(path).getroot()
    return [[((el.text or "").strip(), el.tag) for el in seq if (el.text or "").strip()] for seq in root]


def sequence_tokens(segments: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """The reference string of labelled segments and one label per token."""
    text = " ".join(s for s, _ in segments)
    labels = []
    for seg, label in segments:
        labels.extend([label] * len(_TOKEN.findall(seg)))
    return text, labels


def wiki_style(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Wrap the container (or, for a book, the title) in Wikipedia's '' italics."""
    labels = {label for _, label in segments}
    target = "journal" if "journal" in labels else "container-title" if "container-title" in labels else "title"
    out = []
    for seg, label in segments:
        if label == target:
            m = re.match(r"^(.*?)([.,;:]*)$", seg)
            seg = f"''{m.group(1)}''{m.group(2)}"
        out.append((seg, label))
    return out


def training_pairs(sequences: list[list[tuple[str, str]]], seed: int = 7) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    pairs = []
    for segments in sequences:
        pairs.append(sequence_tokens(segments))
        if rng.random() < 0.5:
            pairs.append(sequence_tokens(wiki_style(segments)))
    return pairs


def train(pairs: list[tuple[str, list[str]]], model_path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in pairs:
        trainer.append(_to_crfsuite(featurize(text)), labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150,
                        "feature.possible_transitions": True})
    trainer.train(str(model_path))


def fingerprint() -> dict[str, str | int]:
    """What the committed model was built from; bump FEATURES_VERSION when features or training change."""
    data = TRAINING_XML.read_bytes()
    return {"data_sha256": hashlib.sha256(data).hexdigest(), "features_version": FEATURES_VERSION}



def main() -> None:
    pairs = training_pairs(load_training())
    train(pairs, MODEL_PATH)
    FINGERPRINT_PATH.write_text(json.dumps(fingerprint(), indent=2) + "\n", encoding="utf-8")
    print(f"trained on {len(pairs)} sequences -> {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
