"""Who took part in a war a row refers back to, a dynasty's war and a ruler's death (issue "who did it":
rows about a war, a period or a dynasty named no party). Invented sentences of the shapes judged on real
articles; each asserts on the pipeline's own rows."""


def _row(events, trigger: str, date: str):
    return next(e for e in events if e.trigger == trigger and date in e.date_text)


def test_these_wars_take_the_sides_the_article_s_first_sentence_states(process):
    events = process("The Tarvian Wars were a series of conflicts fought between the Tarvians and the allied "
                     "forces of Poland and the Papacy. The fighting began in 1419 after a long dispute. "
                     "These wars lasted from 1419 to approximately 1434.")
    row = _row(events, "war", "1434")
    assert row.actors == ["Tarvians", "Poland", "Papacy"]
    assert set(row.resolved) == {"Tarvians", "Poland", "Papacy"}
    assert _row(events, "begin", "1419").actors == ["Tarvians", "Poland", "Papacy"]


def test_the_conflict_takes_the_sides_of_the_war_told_in_the_sentence_before(process):
    events = process("In 1590 a war fought between Portugal and Spain broke out over the Vell Peninsula. "
                     "The conflict ended in 1598 with the withdrawal of Spanish forces.")
    assert _row(events, "end", "1598").actors == ["Portugal", "Spain"]
    assert _row(events, "war", "1590").actors == ["Portugal", "Spain"]  # the war's own participle states them


def test_no_sides_when_the_nearest_war_states_none_or_the_reference_is_another_war(process):
    # the civil war told last is the nearest: its sides are not stated, so "the conflict" gets none
    events = process("The Tarvian Wars were fought between the Tarvians and Poland. Lusk was weakened by a "
                     "civil war. The conflict ended in 1598.")
    assert _row(events, "end", "1598").actors == []
    # "the war that followed" is another war, not a reference back
    events = process("In 1590 a war fought between Portugal and Spain broke out. The war that followed "
                     "ended in 1620.")
    assert _row(events, "end", "1620").actors == []


def test_a_dashed_war_between_two_dynasties_names_the_dynasties(process):
    events = process("The Revival Tarn dynasty was marked by two civil wars: the Tarn–Lusk War (1533–1592), "
                     "in which two dynasties battled for legitimacy, and the Orm War.")
    assert _row(events, "war", "1533").actors == ["Tarn dynasty", "Lusk dynasty"]


def test_a_two_letter_house_name_is_a_side(process):
    events = process("The Later Le dynasty was marked by the Le–Mac War (1533–1592), in which two dynasties "
                     "battled for legitimacy.")
    assert _row(events, "war", "1533").actors == ["Le dynasty", "Mac dynasty"]


def test_the_rulers_whose_deaths_bound_a_period_are_parties_of_their_deaths(process):
    events = process("The Hellenistic period covers the time between the death of Alexander the Great in "
                     "323 BC and the death of Cleopatra VII in 30 BC.")
    assert _row(events, "death", "323 BC").participants == ["Alexander the Great"]
    assert _row(events, "death", "30 BC").participants == ["Cleopatra VII"]


def test_two_wars_defined_together_take_the_sides_the_next_sentences_tell_each(process):
    events = process("The Tarsk Wars were two conflicts that took place in the Balkan states in 1912 and 1913. "
                     "In the first war, the Balkan League defeated the Ottoman Empire. In the second war, "
                     "Bulgaria fought against Serbia.")
    assert _row(events, "conflict", "1912").actors == ["Balkan League", "Ottoman Empire"]
    assert _row(events, "conflict", "1913").actors == ["Bulgaria", "Serbia"]
    # a next sentence with no verb of fighting tells no sides
    events = process("The Orm War was a conflict that took place in 1912. In the war, Serbia lost many men.")
    assert _row(events, "conflict", "1912").actors == []


def test_it_was_fought_is_the_war_the_sentence_before_defines(process):
    events = process("The Orm War was a conflict between the Kingdom of Tarvia and Sweden. It was fought from "
                     "1501 to 1521.")
    assert _row(events, "fight", "1501").actors == ["Kingdom of Tarvia", "Sweden"]
    # "it ended" may be anything: no sides
    events = process("The Orm War was a conflict between the Kingdom of Tarvia and Sweden. It ended in 1521.")
    assert _row(events, "end", "1521").actors == []
