"""The word naming a dated happening, its offsets, and one row per coordinated happening (invented sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def process():
    """Every configured stage over a small text, one model load for the module; (clean text, events)."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str):
        doc = pipeline.text("Title\n\n" + text + "\n", "t")
        return doc.text, doc.layers["events"]

    return run


@pytest.mark.parametrize("text, trigger, word", [
    ("The burning of the arsenal on 4 May 1821 was a blow to the rebels.", "burning", "burning"),
    ("The siege took two days, 8 and 9 June 1821.", "siege", "siege"),
    ("Tarvia and Lusk entered into an alliance on 2 May 1822.", "alliance", "alliance"),
    ("The Tarvian army began the offensive in March 1823.", "offensive", "offensive"),
    ("In 1831 there was a revolt in the northern provinces.", "revolt", "revolt"),
    # A verb of happening names its event-noun subject: the bombing is what happened.
    ("The bombings in Tarsk occurred on 4 May 1832.", "bombing", "bombings"),
    ("The explosion happened at 10:35 on 4 May 1832.", "explosion", "explosion"),
    ("The massacre took place in Lusk on 4 May 1832.", "massacre", "massacre"),
    # A time or a thing with a happening's suffix is no trigger: the date belongs to the verb above it.
    ("His career did not begin until the following spring, 1973.", "begin", "begin"),
    # Nothing better governed by the date: the light verb stays.
    ("In 1866 Bismarck went to war against Austria.", "go", "went"),
    ("The king spent the winter of 1829 in Tarsk.", "spend", "spent"),
    # A noun with an event's suffix that names a thing or a state is no happening.
    ("By 1819, both Tarvia and Lusk were pariah nations in the region.", "be", "were"),
    ("Nothing occurred in 1833.", "occur", "occurred"),
])
def test_the_trigger_is_the_happenings_word(process, text, trigger, word):
    clean, events = process(text)
    assert [e.trigger for e in events][-1:] == [trigger]
    e = events[-1]
    assert clean[e.trigger_start:e.trigger_end] == word


def test_coordinated_verbs_sharing_a_date_get_a_row_each(process):
    clean, events = process("On 2 May 1824 the army captured Tarsk and burned the mill.")
    assert [(e.date_text, e.trigger) for e in events] == [("2 May 1824", "capture"), ("2 May 1824", "burn")]
    assert [clean[e.trigger_start:e.trigger_end] for e in events] == ["captured", "burned"]
    _, events = process("In 1830 the rebels attacked Lusk, seized the bridge and burned the town hall.")
    assert [e.trigger for e in events] == ["attack", "seize", "burn"]


@pytest.mark.parametrize("text, triggers", [
    # A participle after the trigger and a when/while clause happen at its time.
    ("Germany invaded Poland on 1 September 1939, starting the war.", ["invade", "start"]),
    ("In 1939 Germany invaded Poland while the Soviet Union waited.", ["invade", "wait"]),
    ("On 2 May 1824 the army captured Tarsk, when the garrison had already left.", ["capture"]),
    # The date in the when-clause dates the clause it is the time of, unless that one has its own.
    ("Ten soldiers were killed near Lusk when two helicopters crashed in February 1824.", ["crash", "kill"]),
    ("The army had already left when the rebels arrived on 2 May 1824.", ["arrive"]),
    # Another date between the trigger's and the clause: that one is the clause's time.
    ("The turn could have been made in early 1939, marked by a speech in March 1939, when he warned the West.",
     ["make", "speech"]),
    # The happening people were killed or hurt in shares their date.
    ("On 4 May 1832 four people were killed in an explosion near the arsenal.", ["kill", "explosion"]),
    ("Ten soldiers were wounded in the attacks on Lusk on 4 May 1832.", ["wound", "attack"]),
    ("On 4 May 1832 four people were killed in Lusk.", ["kill"]),
    # A conjunct with a subject or a time of its own is another clause: the date is not its date.
    ("They lived in Tarsk from 1802 until 1804, and after her divorce they married in Lusk.", ["live"]),
    ("Orm filed a lawsuit against Vell in 2001, and it has long since believed that they settled.", ["file"]),
    # One happening with two dates is one row.
    ("The siege of Lusk lasted from 2 to 9 May 1825.", ["last"]),
    # A date at the end belongs to the last verb; "later" gives the second verb a time of its own.
    ("The army captured Tarsk and burned the mill on 2 May 1824.", ["burn"]),
    ("On 2 May 1824 the army captured Tarsk and later burned the mill.", ["capture"]),
    # Each verb with its own date: a row per date, none doubled.
    ("The army captured Tarsk on 2 May 1824 and burned the mill on 5 May.", ["capture", "burn"]),
])
def test_no_row_without_the_date(process, text, triggers):
    _, events = process(text)
    assert [e.trigger for e in events] == triggers


@pytest.mark.parametrize("text, theme", [
    ("In 1826 Tarvia concluded another treaty (the Treaty of Tarsk) with Lusk.", "Treaty of Tarsk"),
    ("The truce was broken by the Tarvia–Lusk Pact of 26 January 1827.", "Tarvia–Lusk Pact"),
    ("In 1828 an extension of the Tarsk Treaty was signed.", "extension of the Tarsk Treaty"),
    # A common noun with nothing naming it stays the noun.
    ("In 1829 Lusk signed a treaty with Tarvia.", "treaty"),
])
def test_the_theme_names_the_thing_acted_on_in_full(process, text, theme):
    _, events = process(text)
    assert events[-1].theme == theme


def test_where_a_noun_took_place_is_its_place(process):
    _, events = process("On 4 May 1832 four people were killed in an explosion that took place near the "
                        "arsenal of Lusk in Tarvia.")
    explosion = [e for e in events if e.trigger == "explosion"]
    assert explosion and "Tarvia" in explosion[0].places
