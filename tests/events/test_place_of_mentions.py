"""A place named after "of" on a place's noun is no group a later "they" stands for (issue 31, brief
agents29; pipeline.events.place_of_mentions): invented sentences of the judged shapes."""


def test_their_after_the_regions_of_places_is_not_the_regions(process):
    events = process("The Tarvs were an ancient people who lived in Persia. Around the 11th century BC, they occupied "
                     "the mountainous region of northwestern Iran and the eastern region of Mesopotamia in the "
                     "vicinity of Ecbatana. Their consolidation in Iran is believed to have occurred during the 8th "
                     "century BC.")
    row = next(e for e in events if e.trigger == "consolidation")
    assert not {"Iran", "Mesopotamia", "Ecbatana"} & set(row.actors)

