"""A name set beside a ruler's title is a person who acts, even where the model left it untagged (issue 31,
blind judges' finding on history leads): invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_name_opening_the_sentence_with_a_title_beside_it_acts():
    r = roles("Clovis I, king of the Franks, conquered Gaul in 486.", "conquered")
    assert r["actors"] == ["Clovis I"]
    r = roles("Orme, the chieftain of the Vells, sacked Lusk in 410.", "sacked")
    assert r["actors"] == ["Orme"] and r["participants"] == ["Lusk"]


def test_the_title_s_people_is_no_actor_in_the_name_s_place():
    # the Franks are in the title, not the subject: the king acts
    r = roles("Charlemagne, king of the Franks, conquered the Saxons in 785.", "conquered")
    assert r["actors"] == ["Charlemagne"] and r["participants"] == ["Saxons"]


def test_a_place_described_beside_is_no_person():
    # "capital", "kingdom": no title of a person, the name stays what it was
    assert roles("Paris, the capital of Tarvia, was occupied in 1940.", "occupied")["actors"] == []
    assert roles("Vell, a kingdom of the Franks, was annexed in 800.", "annexed")["actors"] == []


def test_a_ruler_s_title_written_of_a_place_is_one_name_not_two_parties():
    r = roles("In 1066, the Duke of Vell, later known as Orme the Conqueror, invaded Lusk.", "invaded")
    assert r["actors"] == ["Duke of Vell"] and r["participants"] == ["Lusk"]
    assert roles("In 1200 the King of Orme attacked the fort.", "attacked")["actors"] == ["King of Orme"]


def test_a_number_word_opening_an_untagged_name_is_part_of_it():
    assert roles("The Five Nations sacked the capital in 311.", "sacked")["actors"] == ["Five Nations"]
    # a number counting common nouns is no name
    assert roles("Five soldiers attacked the fort in 1789.", "attacked")["actors"] == []


def test_a_title_with_its_qualifiers_after_a_name_a_fronted_date_swallowed():
    # the parser makes "Orme II" the object of "In" and "sultan" the subject: the sultan named acts
    r = roles("In 1453 Orme II, the Tarvian sultan, captured Lusk.", "captured")
    assert r["actors"] == ["Orme II"]


def test_a_people_s_tribes_stand_for_the_people():
    assert roles("In 1206 Temujin united the Mongol tribes.", "united")["participants"] == ["Mongols"]
