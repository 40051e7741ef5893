"""Cross-validation of the citation CRF on AnyStyle's labelled set (a training-data score: say so)."""

import random

import pytest

pytestmark = pytest.mark.slow


def test_holdout_field_f1(tmp_path, monkeypatch):
    import pycrfsuite

    from evaluation import citation_training as ct
    from pipeline.citations import model as cm
    from pipeline.citations.parse import fields_from_runs, runs_of
    from evaluation.scores import score

    sequences = ct.load_training()
    rng = random.Random(11)
    rng.shuffle(sequences)
    cut = int(len(sequences) * 0.85)
    train, test = sequences[:cut], sequences[cut:]
    model = tmp_path / "holdout.crfsuite"
    ct.train(ct.training_pairs(train), model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    pairs = []
    for segments in test:
        text, _ = ct.sequence_tokens(segments)
        toks = cm.tokenize(text)
        labels = tagger.tag(cm._to_crfsuite(cm.featurize(text)))
        pred = fields_from_runs(runs_of([(s, e, t, lab) for (s, e, t), lab in zip(toks, labels)], text))
        gold = fields_from_runs([(label, seg) for seg, label in segments])
        pairs.append((pred, gold))
    total, per = score(pairs)
    print(f"\nAnyStyle core, 85/15 split ({len(test)} held-out strings): {total}")
    for name, s in sorted(per.items()):
        print(f"  {name:10} {s}")
    assert total.f1 > 0.75
