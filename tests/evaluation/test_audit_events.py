"""The audit tool's corpora and its pairing: what a judge sees must be the documents as written."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.audit_events import pair, score
from evaluation.timeml import parse_timeml, write_news_corpus

_TML = ('<?xml version="1.0" ?><TimeML><DOCID>tarvia_1</DOCID>'
        '<TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3>'
        '<TEXT>Tarvian troops\r\n<EVENT eid="e1" class="OCCURRENCE">entered</EVENT> Lusk on '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3>.</TEXT></TimeML>')


def test_a_news_corpus_keeps_the_text_byte_for_byte_and_dates_each_report(tmp_path: Path) -> None:
    tm = parse_timeml(_TML, "tarvia_1")
    write_news_corpus([tm], tmp_path)
    assert (tmp_path / "tarvia_1.txt").read_bytes() == tm.text.encode("utf-8")
    assert "\r\n" in (tmp_path / "tarvia_1.txt").read_bytes().decode("utf-8")
    meta = (tmp_path / "tarvia_1.meta.yaml").read_text(encoding="utf-8")
    assert meta == "kind: news\nreference_date: 1998-08-07\n"


def test_a_paired_sheet_hides_the_source_and_its_key_scores_each_sample(tmp_path: Path, capsys) -> None:
    def sheet(name: str, trigger: str) -> Path:
        path = tmp_path / f"{name}.jsonl"
        rows = [{"row": k, "doc_id": f"d{k}", "event_id": k, "trigger": trigger} for k in (1, 2)]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return path

    pair(sheet("first", "take"), sheet("final", "capture"), tmp_path / "paired")
    shown = [json.loads(line) for line in (tmp_path / "paired" / "sheet.jsonl").read_text().splitlines()]
    key = json.loads((tmp_path / "paired" / "key.json").read_text())
    assert [r["row"] for r in shown] == [1, 2, 3, 4]
    assert {r["doc_id"] for r in shown} == {"a001", "a002", "a003", "a004"}  # no document names the run
    judged = tmp_path / "judged.jsonl"
    verdicts = [{"row": r["row"], "trigger_right": "yes" if r["trigger"] == "capture" else "no"} for r in shown]
    judged.write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
    score(judged, tmp_path / "paired" / "key.json")
    out = capsys.readouterr().out
    assert {k["source"] for k in key} == {"first", "final"}
    final_part = out.split(" final: 2 rows")[1].split(" first:")[0]
    assert "trigger_right      2/  2 = 1.000" in final_part
    assert "trigger_right      0/  2 = 0.000" in out.split(" first: 2 rows")[1]


def test_leave_out_scores_only_the_rows_no_listed_sheet_holds(tmp_path: Path, capsys) -> None:
    paired = tmp_path / "paired"
    paired.mkdir()
    rows = [{"row": k, "doc_id": f"a{k:03d}", "sentence": f"Tarvia took Lusk in 17{k:02d}."} for k in (1, 2, 3)]
    (paired / "sheet.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    verdicts = [{"row": 1, "trigger_right": "no"}, {"row": 2, "trigger_right": "yes"}, {"row": 3, "trigger_right": "yes"}]
    (paired / "judged.jsonl").write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
    seen = tmp_path / "seen.jsonl"  # a helper's dev sheet, from its own document ids
    seen.write_text(json.dumps({"doc_id": "wikigold_007", "sentence": "Tarvia took Lusk in 1701."}) + "\n")
    score(paired / "judged.jsonl", leave_out=[seen])
    out = capsys.readouterr().out
    assert out.startswith("2 judged rows") and "trigger_right      2/  2 = 1.000" in out


def test_the_dev_and_held_halves_of_wikigold_split_every_article_once():
    from evaluation.audit_events import in_split

    dev = [i for i in range(10) if in_split(i, "dev")]
    held = [i for i in range(10) if in_split(i, "held")]
    assert dev == [0, 2, 4, 6, 8] and held == [1, 3, 5, 7, 9]
    assert all(in_split(i, "all") for i in range(10))


def test_the_vital_corpus_writes_each_history_lead_under_its_title(tmp_path):
    from evaluation.audit_events import write_vital_corpus

    summaries = {
        "Siege of Tarsk": {"extract": "The siege of Tarsk began in 1702.", "topic": "History"},
        "Tarsk pine": {"extract": "A pine of the Tarsk hills.", "topic": "Biology and health sciences"},
        "Empty": {"extract": "", "topic": "History"},
    }
    assert write_vital_corpus(summaries, tmp_path) == 1
    (doc,) = tmp_path.iterdir()
    assert doc.name == "Siege_of_Tarsk.txt"
    assert doc.read_text(encoding="utf-8") == "Siege of Tarsk\n\nThe siege of Tarsk began in 1702.\n"


def test_leads_a_dev_folder_holds_stay_out_of_the_held_out_corpus(tmp_path) -> None:
    from evaluation.audit_events import write_vital_corpus

    summaries = {
        "Cal Orme": {"extract": "Cal Orme was born in 1702.", "topic": "People"},
        "Jan Vell": {"extract": "Jan Vell died in 1755.", "topic": "People"},
    }
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "Cal_Orme.txt").write_text("Cal Orme\n\nCal Orme was born in 1702.\n", encoding="utf-8")
    held = tmp_path / "held"
    held.mkdir()
    assert write_vital_corpus(summaries, held, "People", not_in=dev) == 1
    assert [p.name for p in held.iterdir()] == ["Jan_Vell.txt"]


def test_a_bc_day_on_the_sheet_keeps_its_sign_and_digits():
    from evaluation.audit_events import iso_day_text as _day

    assert _day("-2499-01-01") == "-2499-01-01"
    assert _day("-220-01-01 00:00:00") == "-220-01-01"
    assert _day("1939-08-23 00:00:00") == "1939-08-23"
    assert _day(None) is None


def test_a_stable_draw_keeps_every_row_both_runs_wrote_when_one_row_goes() -> None:
    from types import SimpleNamespace

    from evaluation.audit_events import _stable_draw

    rows = [SimpleNamespace(doc_id=f"d{k % 7}", sentence=f"sentence {k}", date_text=str(1900 + k)) for k in range(60)]
    first = _stable_draw(rows, 20, seed=5)
    gone = first[3]
    final = _stable_draw([r for r in rows if r is not gone], 20, seed=5)
    assert len({id(r) for r in first} & {id(r) for r in final}) == 19  # only the removed row is replaced
    assert _stable_draw(rows, 20, seed=5) == first and _stable_draw(rows, 20, seed=6) != first
