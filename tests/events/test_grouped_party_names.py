"""Named parties of issue 31: gapped lists whose first verb took a later name, and names a user
can group by. Invented sentences of the shapes measured on held-out leads."""

from __future__ import annotations


def _rows(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_gapped_list_first_row_keeps_only_its_own_names(process):
    # The parser hangs "West Germany" (of 1955) on "adding" with the 1952 names: each year keeps its own.
    events = process("The alliance has expanded three times, adding Greece and Turkey in 1952, "
                     "West Germany in 1955 and Spain in 1982.")
    rows = {e.date_start.year: e.participants for e in _rows(events, "add")}
    assert rows == {1952: ["Greece", "Turkey"], 1955: ["West Germany"], 1982: ["Spain"]}


def test_a_ruler_numbered_i_is_the_subject_not_the_pronoun(process):
    # The parser reads the numeral "I" as the pronoun subject: the ruler lost his row.
    assert [e.actors for e in _rows(process("Pope Leo I met Orm in 452."), "meet")] == [["Leo I"]]


def test_an_office_word_before_a_full_name_is_no_part_of_it(process):
    rows = _rows(process("On 3 May 1997 Director Louis Freeh asked Mexico for help."), "ask")
    assert [e.actors for e in rows] == [["Louis Freeh"]]


def test_a_quoted_nickname_leaves_no_stray_quote(process):
    rows = _rows(process('Marie Magdalene "Marlene" Dietrich was born in 1901 in Berlin.'), "bear")
    assert len(rows) == 1 and rows[0].participants and not any('"' in n for n in rows[0].participants)


def test_a_family_name_written_first_is_the_person(process):
    events = process("Li Ka-shing founded Cheung Kong in 1950. Li retired in 2018.")
    assert [e.actors for e in _rows(events, "retire")] == [["Li Ka-shing"]]


def test_a_title_in_apposition_is_not_the_subject(process):
    rows = _rows(process("Jogaila, Grand Duke of Lithuania, ruled from 1377."), "rule")
    assert [e.actors for e in rows] == [["Jogaila"]]


def test_the_front_of_an_award_s_name_is_no_party(process):
    rows = _rows(process("He won the Ballon d'Or in 1973."), "win")
    assert len(rows) == 1 and "Ballon" not in rows[0].participants + rows[0].actors


def test_a_state_one_person_crosses_into_is_where(process):
    rows = _rows(process("Kopp crossed into Canada in 1999."), "cross")
    assert [(e.actors, e.participants, e.places) for e in rows] == [(["Kopp"], [], ["Canada"])]


def test_a_state_a_force_crosses_into_stays_a_party(process):
    rows = _rows(process("In 1940 Soviet troops crossed into Poland."), "cross")
    assert [e.participants for e in rows] == [["Poland"]]


def test_the_body_a_membership_is_in_takes_part(process):
    rows = _rows(process("In 1914 Lagerlöf was granted membership in the Swedish Academy."), "grant")
    assert [sorted(e.participants) for e in rows] == [["Lagerlöf", "Swedish Academy"]]


def test_a_full_name_opening_the_sentence_is_kept_whole(process):
    # The model tags "Benito" a place and "Andrea Mussolini" a person: every row named "Andrea Mussolini".
    events = process("Benito Amilcare Andrea Mussolini was an Italian politician. "
                     "Mussolini was appointed Prime Minister of Italy in 1922.")
    assert [e.participants for e in _rows(events, "appoint")] == [["Benito Amilcare Andrea Mussolini"]]


def test_a_vehicle_s_make_and_model_is_no_party(process):
    rows = _rows(process("Machel served as president from 1975 until his death in the 1986 Tupolev Tu-134 "
                         "plane crash."), "crash")
    assert rows and not any("Tupolev" in n for r in rows for n in r.actors + r.participants)


def test_the_name_a_ruler_is_usually_known_by_is_his_party_name(process):
    rows = _rows(process("Abu al-Qasim Mahmud ibn Sebuktegin, usually known as Mahmud of Ghazni, ruled from 998 "
                         "to 1030."), "rule")
    assert [r.actors for r in rows] == [["Mahmud of Ghazni"]]


def test_a_gapped_list_s_later_name_leaves_the_sentence_s_other_verb(process):
    events = process("There were 12 original members of the Orm League at the time of its founding. Since 1949, it "
                     "has been expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.")
    assert [e.participants for e in _rows(events, "expand")] == [[]]


def test_a_body_and_its_office_before_a_full_name_are_no_part_of_it(process):
    rows = _rows(process("Last week, FBI Director Louis Freeh, on an official visit to Mexico, asked Mexico for help "
                         "in 1997."), "ask")
    assert [e.actors for e in rows] == [["Louis Freeh"]]


def test_the_body_a_fellowship_is_of_takes_part(process):
    rows = _rows(process("In 1920 Orme was elected to a fellowship of the Royal Society."), "elect")
    assert [sorted(e.participants) for e in rows] == [["Orme", "Royal Society"]]


def test_the_body_an_admission_is_in_takes_part(process):
    rows = _rows(process("Hungary's admission in NATO in 1999 ended an era."), "admission")
    assert [e.participants for e in rows] == [["NATO"]]


def test_an_abbreviation_of_a_substance_is_no_party(process):
    rows = _rows(process("Preliminary DNA tests link a missing activist to a strand of hair found near where a sniper "
                         "shot and killed a doctor in 1998."), "kill")
    assert rows and not any("DNA" in r.actors + r.participants for r in rows)
