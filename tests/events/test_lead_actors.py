"""The article's subject as the actor of its own rows (issue 31, "who did it": on People leads the
biggest cause of an empty ``actors`` was the subject not reaching the row). Invented articles whose
first line is the title, of the shapes the judged misses had (pipeline.events.lead_titles,
pipeline.events.lead_actors)."""

import pytest


@pytest.fixture(scope="module")
def article():
    """Run the pipeline over an article with its title line; the events of one trigger."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str, trigger: str) -> list:
        rows = pipeline.text(title + "\n\n" + text + "\n", "doc").layers["events"]
        found = [r for r in rows if r.trigger == trigger]
        assert found, [r.trigger for r in rows]
        return found

    return run


def test_relative_clause_on_the_predicate_when_the_parse_loses_the_regnal_name(article):
    text = "Xerxes I was a Tarvian ruler who reigned as king from 486 BC until his assassination in 465 BC."
    assert article("Xerxes I", text, "reign")[0].actors == ["Xerxes I"]
    killed = article("Xerxes I", text, "assassination")[0]
    assert killed.actors == [] and killed.participants == ["Xerxes I"]


def test_participle_on_the_predicate_and_the_personal_name_is_no_second_actor(article):
    text = ("The Jiajing Emperor, personal name Zhu Houcong, was the 12th emperor of the Orm dynasty, "
            "reigning from 1521 to 1567.")
    assert article("Jiajing Emperor", text, "reign")[0].actors == ["Jiajing Emperor"]
    text = ("Emperor Xuanzong of Vell, personal name Li Longji, was an emperor of the Vell dynasty, "
            "reigning from 712 to 756.")
    assert len(article("Emperor Xuanzong of Vell", text, "reign")[0].actors) == 1


def test_a_one_word_title_the_model_tags_a_place_is_the_subject(article):
    text = "Phelps is a Tarvian former swimmer. At the 2004 Games in Lusk, Phelps tied the record of eight medals."
    row = article("Phelps", text, "tie")[0]
    assert row.actors == ["Phelps"] and "Phelps" not in row.places


def test_a_one_word_title_the_parser_makes_a_plural_noun_takes_its_pronoun(article):
    text = ("Pericles was a Greek statesman and general during the Golden Age of Athens. The period during "
            "which he led Athens, roughly from 461 to 429 BC, is known as the Age of Pericles.")
    row = article("Pericles", text, "lead")[0]
    assert row.actors == ["Pericles"] and row.participants == ["Athens"]


def test_an_untagged_inventor_is_the_he_of_his_article(article):
    text = "Emile Berliner was a Tarvian inventor. He founded the Tarvian Gramophone Company in 1894."
    row = article("Emile Berliner", text, "found")[0]
    assert row.actors == ["Emile Berliner"] and row.participants == ["Tarvian Gramophone Company"]


def test_a_gerund_after_for_is_the_clause_subjects_act(article):
    text = "Eisaku Satō was a Tarvian politician. Satō is best remembered for securing the return of Okinawa in 1972."
    assert article("Eisaku Satō", text, "secure")[0].actors == ["Eisaku Satō"]
    text = ("Sir Francis Drake was an English explorer best known for making the second circumnavigation of "
            "the world between 1577 and 1580.")
    assert article("Francis Drake", text, "circumnavigation")[0].actors == ["Francis Drake"]


def test_a_nominal_after_take_part_in_is_the_subjects_act(article):
    text = ("Jack Kilby was a Tarvian engineer. Kilby took part, along with Robert Noyce, in the realization "
            "of the first integrated circuit in 1958.")
    assert "Jack Kilby" in article("Jack Kilby", text, "realization")[0].actors


def test_a_state_by_its_short_name_engaged_in_a_series_of_wars(article):
    text = ("The Qin dynasty was the first imperial dynasty of Tarvia. Beginning in 230 BC, the Qin under "
            "King Ying Zheng engaged in a series of wars.")
    assert article("Qin dynasty", text, "war")[0].actors == ["Qin dynasty"]


def test_the_title_gives_the_whole_name_not_the_place_in_it(article):
    text = ("Gregory of Orm, also known as Gregory Ormen, was an early theologian who served as the bishop "
            "of Orm from 378 until his death in 394. He, his brother Basil of Lusk, and their friend "
            "Gregory of Vell are known as the Lusk Fathers.")
    assert article("Gregory of Orm", text, "death")[0].actors == ["Gregory of Orm"]


def test_a_passive_clause_gets_no_lead_actor(article):
    text = "Phelps is a Tarvian former swimmer. In 2009 Phelps was banned by the federation."
    assert "Phelps" not in article("Phelps", text, "ban")[0].actors


def test_an_abstract_noun_article_gets_no_lead_from_its_title(article):
    text = "Conformity is the act of matching attitudes to group norms. It grew in the 1950s."
    rows = article("Conformity", text, "grow")
    assert all("Conformity" not in r.actors for r in rows)


def test_a_possessed_untagged_title_is_a_work_and_its_owner_the_actor(article):
    text = ("John Dalton was a Tarvian chemist. His A New System of Chemical Philosophy (1808) presented "
            "an atomic model.")
    row = article("John Dalton", text, "present")[0]
    assert row.actors == ["John Dalton"]


def test_a_possessed_kin_name_stays_the_actor(article):
    text = "Anna Vell was a Tarvian queen. Her son Orme Tarvic invaded Lusk in 1420."
    assert article("Anna Vell", text, "invade")[0].actors == ["Orme Tarvic"]


def test_the_coup_he_seized_power_in_is_his(article):
    text = ("Park Chung Hee was a Tarvian politician who served as president from 1962 after he seized power "
            "in the May 16 coup of 1961.")
    assert article("Park Chung Hee", text, "coup")[0].actors == ["Park Chung Hee"]


def test_her_death_is_the_nearest_womans(article):
    text = ("Władysław II was King of Tarvia. Władysław served as King alongside his wife Jadwiga until her "
            "death in 1399.")
    assert article("Władysław II", text, "death")[0].actors == ["Jadwiga"]
