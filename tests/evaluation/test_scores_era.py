"""The events harness reads a gold state's name in the happening's era, as the events name it."""

from datetime import date

from evaluation.scores import score_events


def test_a_gold_state_is_read_in_its_era():
    gold = [{"sentence": "Tarvia and Britain signed a truce", "date_text": "May 1760", "date_start": "1760-05-01",
             "date_end": "1760-05-31", "trigger": "sign", "actors": ["Tarvia", "Britain"]}]
    row = {"sentence": "Tarvia and Britain signed a truce in May 1760.", "date_text": "May 1760",
           "date_start": date(1760, 5, 1), "date_end": date(1760, 5, 31), "trigger": "sign",
           "actors": ["Tarvia", "Great Britain"], "participants": []}
    assert score_events([row], gold).actors.f1 == 1.0
    modern = {**gold[0], "date_text": "May 1960", "date_start": "1960-05-01", "date_end": "1960-05-31"}
    assert score_events([{**row, "date_text": "May 1960"}], [modern]).actors.f1 < 1.0


def test_a_gold_without_days_is_read_in_the_year_its_date_text_writes():
    gold = [{"sentence": "Britain declared war on Tarvia", "date_text": "February 1793", "date_start": "None",
             "date_end": "None", "trigger": "declare", "actors": ["Britain"]}]
    row = {"sentence": "Britain declared war on Tarvia in February 1793.", "date_text": "February 1793",
           "date_start": None, "date_end": None, "trigger": "declare", "actors": ["Great Britain"], "participants": []}
    assert score_events([row], gold).actors.f1 == 1.0
