"""A made object (a work, a product, a building, a genre, a language) is the thing acted on, never a party
(issues 31 and 33; pipeline.events.defined_things), in sentences of our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows():
    """Run the pipeline over a lead with its own title: (trigger, actors, participants, theme) per row."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str):
        return [(e.trigger, e.actors, e.participants, e.theme)
                for e in pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]]

    return run


def test_a_film_directed_is_the_theme_and_its_star_stars(rows):
    text = "The Orm Story is a 1953 Tarvian drama film directed by Yasujiro Vell and starring Chishu Lusk."
    got = rows("The Orm Story", text)
    assert ("direct", ["Yasujiro Vell"], [], "Orm Story") in got
    # the starring is told of the star, never of the director the parse lends it
    assert all(actors != ["Yasujiro Vell"] for trigger, actors, _, _ in got if trigger == "star")


def test_a_relative_clause_on_the_defining_noun_tells_the_subjects_making(rows):
    text = "The Orm Telescope is a space telescope that was launched into low Earth orbit in 1990."
    assert [(t, th) for t, _, _, th in rows("Orm Telescope", text)] == [("launch", "Orm Telescope")]


def test_a_fronted_participle_is_done_to_the_defined_subject(rows):
    text = "First released in 2008, Vellos is the world's most widely used operating system."
    assert rows("Vellos", text) == [("release", [], [], "Vellos")]


def test_a_participle_after_the_defining_noun(rows):
    assert rows("ORMAC", "ORMAC was the first programmable computer, completed in 1945.") == [
        ("complete", [], [], "ORMAC")]


def test_a_titles_words_are_no_party(rows):
    text = "A Midsummer Orm's Dream is a comedy play written by Vell Lusk between 1594 and 1596."
    assert rows("A Midsummer Orm's Dream", text) == [("write", ["Vell Lusk"], [], "A Midsummer Orm's Dream")]


def test_a_fronted_participle_with_a_title_of_lower_case_words(rows):
    text = "Written in stages between 1937 and 1949, The Lord of the Vells is one of the best-selling books."
    got = rows("The Lord of the Vells", text)
    assert [(t, a, p) for t, a, p, _ in got] == [("write", [], [])]
    assert got[0][3].endswith("Lord of the Vells")


def test_a_fronted_opening_is_the_subways_not_its_citys(rows):
    text = "Opened on October 27, 1904, the Lusk City Subway is one of the oldest public transit systems."
    assert rows("Lusk City Subway", text) == [("open", [], [], "Lusk City Subway")]


def test_a_fronted_release_from_prison_keeps_the_person(rows):
    # a person released is no made object: the usual rules stay
    got = rows("Jan Orme", "Jan Orme is a Tarvian politician. Released from prison in 1990, Orme became president in 1994.")
    assert all(theme != "Orme" for _, _, _, theme in got)


def test_the_articles_it_completed_is_the_building(rows):
    text = "The Orm Basilica is a former basilica in Lusk. It was completed in AD 537."
    assert rows("Orm Basilica", text) == [("complete", [], [], "Orm Basilica")]


def test_what_the_articles_object_is_ranked_against_is_no_party(rows):
    text = ("The Orm Building is a skyscraper in Lusk. The Orm Building was the tallest until it was surpassed "
            "in 2012 by One Vell Center.")
    assert rows("Orm Building", text) == [("surpass", [], [], "Orm Building")]


def test_a_language_overtaking_another_is_no_party(rows):
    text = "OrmScript is a high-level programming language. OrmScript overtook VellScript on Lusk by August 2025."
    got = rows("OrmScript", text)
    assert [(t, a, th) for t, a, _, th in got] == [("overtake", [], "VellScript")]
    assert "VellScript" not in got[0][2]


def test_the_articles_product_named_with_its_maker_is_no_party(rows):
    text = ("Vellix is an operating system. Orm Vellix was sold to Lusk in 1980. Orm licensed Vellix to outside "
            "parties in the late 1970s.")
    got = rows("Vellix", text)
    assert got and all("Orm Vellix" not in a + p and "Vellix" not in a + p for _, a, p, _ in got)


def test_a_state_article_is_no_object(rows):
    # a kingdom is no made object: its name stays a party
    got = rows("Tarvia", "Tarvia is a kingdom in the north. Tarvia invaded Lusk in 1863.")
    assert ("invade", ["Tarvia"], ["Lusk"], None) in got


def test_the_canal_stands_for_the_articles_canal(rows):
    text = ("The Orm Canal is a historic canal in upstate Tarvia. Completed in 1825, the canal was the first "
            "navigable waterway connecting the Vell Ocean to Lusk.")
    assert [(t, th) for t, _, _, th in rows("Orm Canal", text)] == [("complete", "Orm Canal")]


def test_a_trailing_participle_after_the_defining_noun_is_the_languages(rows):
    text = ("Vellish is a Dravidian language spoken by the Vell people of Lusk. It is one of the longest-surviving "
            "classical languages in the world, attested since c. 300 BCE.")
    assert [(t, th) for t, _, _, th in rows("Vellish language", text)] == [("attest", "Vellish")]


def test_a_foreign_titles_words_are_no_party(rows):
    text = ("Encyclopédie, ou dictionnaire raisonné des sciences, des arts et des métiers (Tarvian: Encyclopedia, "
            "or a Systematic Dictionary of the Sciences, Arts, and Crafts), better known as Encyclopédie, was a "
            "general encyclopedia published in Tarvia between 1751 and 1772, with later supplements.")
    assert rows("Encyclopédie", text) == [("publish", [], [], "Encyclopédie")]


def test_a_styles_name_is_no_party(rows):
    got = rows("Orm", "The Orm style spread to Lusk in 1805.")
    assert got and all("Orm" not in a + p for _, a, p, _ in got)


def test_a_persons_style_keeps_the_person(rows):
    assert ("change", ["Vell Lusk"], [], None) in rows("Vell Lusk", "Vell Lusk's style changed in 1805.")


def test_the_articles_product_licensed_is_the_theme(rows):
    text = ("Vellix is a family of multitasking operating systems that derive from the original Orm Vellix. "
            "Initially intended for use inside the Orm System, Orm licensed Vellix to outside parties in the late 1970s.")
    got = [r for r in rows("Vellix", text) if r[0] == "license"]
    assert got and got[0][2] == [] and got[0][3] == "Vellix"


def test_parts_of_the_articles_cathedral_declared_a_site(rows):
    text = ("The Orm Cathedral is a Gothic cathedral in Lusk. Parts of the Orm Cathedral were declared a UNESCO "
            "World Heritage Site in 2005.")
    assert rows("Orm Cathedral", text) == [("declare", [], [], "Orm Cathedral")]


def test_a_title_with_a_verb_is_whole(rows):
    got = rows("A Storm to Come", "A Storm to Come is the debut album of Tarvian metal band Van Vell, released in 2006.")
    assert [(t, th) for t, _, _, th in got] == [("release", "A Storm to Come")]


def test_a_named_building_begun_and_completed_is_the_theme(rows):
    got = rows("Orm Park", "Orm Park is a park in Lusk. Vell Reservoir was begun in 1889 and completed in 1901.")
    assert [(t, a, p, th) for t, a, p, th in got] == [("begin", [], [], "Vell Reservoir"),
                                                    ("complete", [], [], "Vell Reservoir")]
