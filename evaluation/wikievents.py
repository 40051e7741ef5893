"""Who took part: the parties ``label_roles`` finds for WikiEvents' gold triggers, scored.

    python -m evaluation.wikievents [--show] [--limit N]

WikiEvents dev (20 news documents, 345 events; Li, Ji and Han 2021, MIT) annotates each
event's arguments by their head word and clusters coreferent mentions. Each document is
detokenised (each sentence as the source wrote it; a sentence without a final stop, a
headline, ends its paragraph), every gold trigger goes through :func:`pipeline.label_roles`,
and its actors and participants are scored as parties:

- recall: of the gold arguments (any role but Place) whose entity is a PER, ORG or GPE that the
  document names (some mention of its coreference cluster is a proper name), the share whose
  cluster we name — any name of the cluster counts ("Gladkikh" for "the general");
- precision: of our parties, the share that match a mention of a gold argument's cluster (any
  role but Place: a party that only matches a place is wrong as a party).

A second reading of precision (printed apart, not the target) also counts a party that names the force a
gold argument is, in the words right before its head ("Russian forces" → Russia, "Taliban gunmen" →
Taliban): issue 31 asks a force to stand for its state, and the gold marks the head noun only.

Places are scored the same way against the Place arguments. Names match leniently but honestly:
both sides canonical (:mod:`pipeline.stories.party_names`), then the same name or the same last word,
case-insensitive ("Vyacheslav Gladkikh" matches the head "Gladkikh"; "Russian" and "Russia"
are one state). Each argument counts once per event, whatever its cluster's size.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field

from evaluation.shared import SHARED_WIKIEVENTS
from pipeline.lexicon.patterns import POSSESSIVE

DATA = SHARED_WIKIEVENTS
PARTY_TYPES = {"PER", "ORG", "GPE"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their", "us",
             "our", "who", "whom", "which", "that", "this", "these", "those"}
# Counts are no names ("Four militants were killed", "Scores died").
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozens", "scores", "hundreds", "thousands", "millions", "many", "several", "some", "all", "both"}
_WORD_SPLIT = re.compile(r"[\s\-–—]+")


@dataclass
class Doc:
    doc_id: str
    text: str
    token_spans: list[tuple[int, int]]       # doc token index -> character span in ``text``
    sentence_of: list[int]                   # doc token index -> sentence index
    mention: dict[str, dict]                 # entity mention id -> mention
    cluster: dict[str, int]                  # entity mention id -> cluster number
    members: dict[int, list[str]]            # cluster number -> mention ids
    events: list[dict] = field(default_factory=list)


def detokenise(record: dict) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The document's text, sentence by sentence as written, and each token's character span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    sentence_of: list[int] = []
    pos = 0
    for n, (tokens, piece) in enumerate(record["sentences"]):
        if not tokens:
            continue
        # Token offsets count from the start of the sentences joined by one character.
        base = tokens[0][1]
        for tok, s, e in tokens:
            if piece[s - base:e - base] != tok:
                raise ValueError(f"{record['doc_id']}: token {tok!r} is not at {s}-{e} of its sentence")
            spans.append((pos + s - base, pos + e - base))
            sentence_of.append(n)
        parts.append(piece)
        pos += len(piece)
        # A headline or a sentence without a stop ends its paragraph; others run on.
        sep = " " if piece.rstrip()[-1:] in ".!?\"”’'" else "\n\n"
        parts.append(sep)
        pos += len(sep)
    return "".join(parts), spans, sentence_of


def read_docs(limit: int | None = None) -> list[Doc]:
    clusters: dict[str, list[list[str]]] = {}
    for line in (DATA / "dev_coref.jsonlines").read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            clusters[c["doc_key"]] = c["clusters"]
    docs = []
    for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:limit]:
        record = json.loads(line)
        text, spans, sentence_of = detokenise(record)
        if len(spans) != len(record["tokens"]):
            raise ValueError(f"{record['doc_id']}: the sentences hold {len(spans)} tokens, the document "
                             f"{len(record['tokens'])}")
        mention = {m["id"]: m for m in record["entity_mentions"]}
        cluster: dict[str, int] = {}
        members: dict[int, list[str]] = {}
        for n, ids in enumerate(clusters.get(record["doc_id"], [])):
            for i in ids:
                if i in mention and i not in cluster:
                    cluster[i] = n
                    members.setdefault(n, []).append(i)
        for i in mention:
            if i not in cluster:
                cluster[i] = len(cluster) + 100000
                members[cluster[i]] = [i]
        docs.append(Doc(record["doc_id"], text, spans, sentence_of, mention, cluster, members,
                        record["event_mentions"]))
    return docs


def is_name(m: dict, doc: Doc, lowercase_words: set[str]) -> bool:
    """Whether a head mention is a proper name: capitalised, no pronoun, no count, and not a common
    word the documents also write in lower case ("Police said", a caption's "Protesters")."""
    text = m["text"].strip()
    if not text[:1].isupper() or text.lower() in _PRONOUNS or text.lower() in _NUMBER_WORDS:
        return False
    return text.split()[-1].lower() not in lowercase_words


def key(name: str) -> str:
    """The word two names are matched by: the last word, lower case, no possessive."""
    words = [w for w in _WORD_SPLIT.split(POSSESSIVE.sub("", name.strip())) if w]
    return words[-1].lower() if words else ""


class Matcher:
    """Matches our names against a document's gold mentions, both canonical."""

    def __init__(self, doc: Doc, lowercase_words: set[str]) -> None:
        from pipeline.stories.party_names import PartyNames

        self.doc = doc
        self.named = {i for i, m in doc.mention.items() if is_name(m, doc, lowercase_words)}
        states = [m["text"] for i, m in doc.mention.items() if m["entity_type"] == "GPE" and i in self.named]
        self.canonical = PartyNames([m["text"] for m in doc.mention.values()], states)

    def forms(self, name: str) -> set[str]:
        canonical = self.canonical(name)
        return {name.lower(), canonical.lower(), key(name), key(canonical)} - {""}

    def matches(self, ours: str, cluster: int, names_only: bool = False) -> bool:
        mine = self.forms(ours)
        return any(mine & self.forms(self.doc.mention[i]["text"]) for i in self.doc.members[cluster]
                   if not names_only or i in self.named)

    def names_force(self, ours: str, mention_id: str) -> bool:
        """Whether ``ours`` is the state or group a gold argument's force is named by, in the three
        words before its head ("Russian forces" → Russia, "Taliban gunmen" → Taliban): issue 31's
        convention that a force stands for its state, which the gold marks on the head noun."""
        m = self.doc.mention[mention_id]
        mine = self.forms(ours)
        for i in range(m["start"] - 1, max(-1, m["start"] - 4), -1):
            s, e = self.doc.token_spans[i]
            word = self.doc.text[s:e]
            if self.doc.sentence_of[i] != self.doc.sentence_of[m["start"]] or not any(c.isalnum() for c in word):
                return False  # only the words right before the head, up to a punctuation mark
            if mine & self.forms(word):
                return True
        return False

    def cluster_is_named(self, cluster: int) -> bool:
        return any(i in self.named for i in self.doc.members[cluster])


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0

    def line(self, what: str) -> str:
        r = self.found / self.gold if self.gold else 0.0
        p = self.right / self.predicted if self.predicted else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{what}: recall {r:.3f} ({self.found}/{self.gold})  precision {p:.3f} "
                f"({self.right}/{self.predicted})  F1 {f:.3f}")


def score(docs: list[Doc], show: bool = False) -> tuple[Score, Score, list[str]]:
    from pipeline import label_roles

    parties, places = Score(), Score()
    forces = Score()  # precision with a force's state counted for the force (a second reading, not the target)
    lines: list[str] = []
    # A word any document writes in lower case is a common word, wherever it is capitalised.
    lowercase_words = {w for doc in docs for w in re.findall(r"\b[a-z][a-z'-]+\b", doc.text)}
    for doc in docs:
        match = Matcher(doc, lowercase_words)
        triggers = [(doc.token_spans[e["trigger"]["start"]][0], doc.token_spans[e["trigger"]["end"] - 1][1])
                    for e in doc.events]
        labelled = label_roles(doc.text, triggers)
        for event, (start, end), roles in zip(doc.events, triggers, labelled):
            args = [a for a in event["arguments"] if a["entity_id"] in doc.mention]
            party_clusters = {doc.cluster[a["entity_id"]] for a in args if a["role"] != "Place"}
            place_clusters = {doc.cluster[a["entity_id"]] for a in args if a["role"] == "Place"}
            named_parties = {doc.cluster[a["entity_id"]] for a in args if a["role"] != "Place"
                             and doc.mention[a["entity_id"]]["entity_type"] in PARTY_TYPES
                             and match.cluster_is_named(doc.cluster[a["entity_id"]])}
            named_places = {doc.cluster[a["entity_id"]] for a in args if a["role"] == "Place"
                            and doc.mention[a["entity_id"]]["entity_type"] in PLACE_TYPES
                            and match.cluster_is_named(doc.cluster[a["entity_id"]])}
            ours = list(dict.fromkeys(roles["actors"] + roles["participants"]))
            missed, wrong = [], []
            for score_, gold_named, gold_any, predicted in (
                    (parties, named_parties, party_clusters, ours), (places, named_places, place_clusters, roles["places"])):
                score_.gold += len(gold_named)
                for c in gold_named:
                    if any(match.matches(p, c, names_only=True) for p in predicted):
                        score_.found += 1
                    elif score_ is parties:
                        missed.append(_cluster_label(doc, match, c))
                score_.predicted += len(predicted)
                for p in predicted:
                    if any(match.matches(p, c) for c in gold_any):
                        score_.right += 1
                    elif score_ is parties:
                        wrong.append(p)
                        if any(match.names_force(p, a["entity_id"]) for a in args if a["role"] != "Place"):
                            forces.right += 1
            if show and (missed or wrong):
                sent = doc.sentence_of[event["trigger"]["start"]]
                tokens = [i for i, s in enumerate(doc.sentence_of) if s == sent]
                sentence = doc.text[doc.token_spans[tokens[0]][0]:doc.token_spans[tokens[-1]][1]]
                gold = "; ".join(f"{a['role']}={a['text']}" for a in args)
                lines.append(f"{doc.doc_id} [{doc.text[start:end]}] {event['event_type']}\n  {sentence}\n"
                             f"  gold: {gold}\n  ours: actors={roles['actors']} participants={roles['participants']}\n"
                             f"  missed: {missed}  wrong: {wrong}")
    forces.right += parties.right
    forces.predicted = parties.predicted
    return parties, places, lines, forces


def _cluster_label(doc: Doc, match: Matcher, cluster: int) -> str:
    names = [doc.mention[i]["text"] for i in doc.members[cluster] if i in match.named]
    return "/".join(dict.fromkeys(names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every event with a missed or a wrong party")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = read_docs(args.limit)
    parties, places, lines, forces = score(docs, args.show)
    if args.show:
        print("\n".join(lines))
    n_events = sum(len(d.events) for d in docs)
    print(f"WikiEvents dev, gold triggers: {len(docs)} documents, {n_events} events")
    print(parties.line("named parties (PER/ORG/GPE, roles but Place)"))
    print(places.line("places (Place arguments)"))
    print(f"(second reading: party precision {forces.right / max(forces.predicted, 1):.3f} ({forces.right}/"
          f"{forces.predicted}) when a force's state or group counts for the force the gold marks by its head "
          f"noun, issue 31's convention)")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
