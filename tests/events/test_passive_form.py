"""A verb passive by its form where the parse gives it no passive subject (issue 31's wrong actors on
history leads): its subject undergoes it and never acts. Invented sentences: regression tests, not
evidence (evaluation/wikievents.py and the events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_second_verb_of_a_passive_done_to_a_person_shares_its_patient():
    r = roles("Harald Orme was elected King of Tarvia in Lusk on 4 March 1152 and crowned in Vell on 9 March 1152.",
              "crowned")
    assert r["actors"] == [] and r["participants"] == ["Harald Orme"]
    # An intransitive second verb stays the subject's deed.
    r = roles("Harald Orme was captured at Vell in 1190 and died in Lusk in 1191.", "died")
    assert r["actors"] == ["Harald Orme"]


def test_a_subject_labelled_active_on_a_passive_auxiliary_undergoes_the_verb():
    r = roles("Harald Orme was later formally crowned King of Lusk, at Vell on 30 June 1178.", "crowned")
    assert r["actors"] == [] and "Harald Orme" in r["participants"]
    r = roles("Ron Tarn and Dave Vell formed Orm in 1983 after being fired from Lusk.", "fired")
    assert r["actors"] == []
    # A "by" agent acts.
    assert roles("In 1178 Harald Orme was crowned by Pope Adrian.", "crowned")["actors"] == ["Pope Adrian"]


def test_a_bare_past_participle_clause_is_undergone_but_a_perfect_participle_acts():
    r = roles("Widowed in 1945, Ada Orme served as a delegate to the Tarvian Assembly.", "Widowed")
    assert r["actors"] == [] and r["participants"] == ["Ada Orme"]
    assert roles("Tarvian is one of the oldest languages, first recorded in the Lusk script in 3000 BC.",
                 "recorded")["actors"] == []
    r = roles("Having defeated Lusk in 1190, Harald Orme marched on Vell.", "defeated")
    assert r["actors"] == ["Harald Orme"]
