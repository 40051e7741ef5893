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
     ["turn", "speech"]),  # the turn made is the happening (pipeline.events.happening_words)
    # The happening people were killed or hurt in shares their date.
    ("On 4 May 1832 four people were killed in an explosion near the arsenal.", ["kill", "explosion"]),
    ("Ten soldiers were wounded in the attacks on Lusk on 4 May 1832.", ["wound", "attack"]),
    ("On 4 May 1832 four people were killed in Lusk.", ["kill"]),
    # A conjunct with a subject or a time of its own is another clause: the date is not its date.
    ("They lived in Tarsk from 1802 until 1804, and after her divorce they married in Lusk.", ["live"]),
    ("Orm filed a lawsuit against Vell in 2001, and it has long since believed that they settled.", ["file"]),
    # One happening with two dates is one row.
    ("The siege of Lusk lasted from 2 to 9 May 1825.", ["siege"]),  # what lasted names it (issue 33 part 5)
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


# --- the word naming the happening, where the parse points elsewhere (issue 33, audit shapes) ---------

@pytest.mark.parametrize("text, trigger", [
    # A light verb with the happening in its complement: the ability's verb, the participle naming it.
    ("In 1834 the guild was able to secure a royal charter.", "secure"),
    ("In 1835 it was the only map cited by both surveyors.", "cite"),
    # A time noun whose "of" names the happening; a happening noun the date hangs from.
    ("At the time of his retirement in 1836, he was the oldest judge in Tarsk.", "retirement"),
    ("He sat on the council until his death in 1837.", "death"),
    ("With the release of their first record on 12 October 1838, the band set off north.", "release"),
    ("The Tarsk Symposium in 1839 was the founding moment of the society.", "symposium"),
    # A participle that only opens a span of time: the clause's verb is the happening.
    ("Beginning in 1840, the fair was moved to the market square.", "move"),
    # A naming verb in "what has been called …" is no happening; the verb around it is.
    ("He played in what has been called the Match of the Age on 6 May 1841, with Tarsk winning.", "play"),
    # A participle with its "by" phrase taken for the main verb: the verb after it.
    ("In 1842, Orm assisted by his brother Vell, surveyed the northern coast.", "survey"),
    # A prefix split off by the tokenizer: the verb after the hyphen.
    ("In 1843 she co-wrote a grammar of the Lusk dialect.", "write"),
    # "(born …)" is a birth whatever the parse makes of the bracket.
    ("Arvid Tarsk, commonly known as Arvo, (born 12 March 1844) is a painter from Lusk.", "bear"),
    # The date before a happening noun names that noun's time.
    ("Fear of the guild grew after the 4 May 1845 riots in the harbour.", "riot"),
])
def test_the_trigger_is_the_word_the_date_is_the_time_of(process, text, trigger):
    clean, events = process(text)
    assert [e.trigger for e in events] == [trigger], events
    assert clean[events[0].trigger_start:events[0].trigger_end] in text


@pytest.mark.parametrize("text, trigger", [
    # A doubled final consonant is the inflection's: put, not putt.
    ("In 1853 the builders were putting new roofs on the mill houses.", "put"),
    ("In 1854 the council was setting the rents of the mill houses.", "set"),
])
def test_the_lemma_of_a_doubled_consonant(process, text, trigger):
    _, events = process(text)
    assert [e.trigger for e in events] == [trigger]


@pytest.mark.parametrize("text, triggers", [
    # A year or a month after the first verb is that verb's, not its conjunct's.
    ("The college was founded in 1846 as a school for clerks and was dedicated to teaching.", ["found"]),
    ("Her first novel was published in 1847 to poor reviews and sold only 300 copies.", ["publish"]),
    # An end ("till …") is no time the conjunct shares.
    ("The fighting had lasted till 13:00 on 4 May 1848, and among the rebels ten were killed.", ["fighting"]),
    # A day shared by the conjuncts after it.
    ("The envoy paid tribute to the dead on 4 May 1849 and promised to find the killers.", ["pay", "promise"]),
    # A participle that works as a preposition shares nothing.
    ("Tarsk County was established in 1850 following the union of the two valleys.", ["establish"]),
    # The same date said twice for one happening: one row.
    ("The 1851 Tarsk team represented the university in the 1851 season.", ["represent"]),
    ("In the following year, 1852, a law made the song the anthem.", ["make"]),
])
def test_every_dated_happening_once(process, text, triggers):
    _, events = process(text)
    assert [e.trigger for e in events] == triggers


@pytest.mark.parametrize("text, rows", [
    # One happening told at two precisions side by side: one row, at the finer one.
    ("In 1855, on October 5, the rebels overthrew the council.", [("October 5", "overthrow")]),
    # Two dates apart are two times.
    ("The army left on 3 May 1856 and in 1857 it returned.", [("3 May 1856", "leave"), ("1857", "return")]),
    # Two dated ends joined by "through" are one span.
    ("The garrison held the fort (December 1858 through January 1859).",
     [("December 1858 through January 1859", "hold")]),
])
def test_one_row_per_time_of_a_happening(process, text, rows):
    _, events = process(text)
    assert [(e.date_text, e.trigger) for e in events] == rows


def test_a_state_under_which_a_thing_is_hands_the_date_on():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    doc = Pipeline(load_config(None)).text("Title\n\nPolice seized a boat under construction on 22 March 1911.\n"
                                           "The clashes in Tarsk in May 1911 ended the truce.\n", "t")
    # "under construction" is the boat's state; "clashes" is the plural of a happening noun (and what
    # the clashes did, ending the truce, happened then too).
    assert [e.trigger for e in doc.layers["events"]] == ["seize", "clash", "end"]


def test_a_date_after_who_led_a_party_dates_the_clause():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    doc = Pipeline(load_config(None)).text(
        "Title\n\nThe gun was refined by a team headed by Dr Tom Holm in Tarsk in the early 1960s.\n", "t")
    assert [e.trigger for e in doc.layers["events"]] == ["refine"]


@pytest.mark.parametrize("text, trigger", [
    ("On 3 May 1998 the talks stalled. Officials told reporters Tuesday the rebels had seized two towns.", "tell"),
    ("On 3 May 1998 the talks stalled. The envoy said Tuesday that the army had left the valley.", "say"),
    ("On 3 May 1998 the talks stalled. The envoy said the army left the valley on Tuesday.", "leave"),
    ("On 3 May 1998 the talks stalled. The envoy said that on Tuesday the army left the valley.", "leave"),
])
def test_a_date_right_after_a_speech_verb_dates_the_saying(process, text, trigger):
    row = next(e for e in process(text)[1] if e.date_text == "Tuesday")
    assert row.trigger == trigger


# --- issue 33 acceptance sweep: two variants of our own per shape ------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The sinking of the flagship on 3 June 1830 was a disaster for Tarsk.", "sinking"),
    ("The looting of the palace on 9 May 1831 was a shame.", "looting"),
    ("Orm and Vell entered into a pact on 5 May 1832.", "pact"),
    ("Tarvia entered into a truce with Lusk on 5 May 1832.", "truce"),
    ("The Lusk army started the campaign in April 1833.", "campaign"),
    ("The rebels began the uprising in April 1833.", "uprising"),
])
def test_the_trigger_is_the_happenings_word_variants(process, text, trigger):
    clean, events = process(text)
    assert [e.trigger for e in events] == [trigger]
    assert clean[events[0].trigger_start:events[0].trigger_end] == trigger


@pytest.mark.parametrize("text, theme", [
    ("In 1834 Orm signed a fresh pact (the Pact of Vell) with Lusk.", "Pact of Vell"),
    # "accord" is an agreement noun like "pact": the accord is the happening the date names
    ("The ceasefire was ended by the Orm–Vell Accord of 3 March 1834.", "Orm–Vell Accord"),
    ("In 1836 a renewal of the Orm Treaty was signed.", "renewal of the Orm Treaty"),
])
def test_the_theme_names_the_thing_acted_on_in_full_variants(process, text, theme):
    _, events = process(text)
    assert [e.theme for e in events] == [theme]


@pytest.mark.parametrize("text, start, end", [
    # Days listed or joined by "to" before a dated day: one happening over all of them.
    ("The blockade took three weeks, 2 to 23 March 1831.", "1831-03-02", "1831-03-23"),
    ("The blockade took three days, 4, 5 and 6 March 1831.", "1831-03-04", "1831-03-06"),
    ("The blockade of Orm lasted from 2 to 9 May 1825.", "1825-05-02", "1825-05-09"),
])
def test_one_happening_over_several_days_is_one_row(process, text, start, end):
    _, events = process(text)
    assert [(e.trigger, str(e.date_start), str(e.date_end)) for e in events] == [("blockade", start, end)]


@pytest.mark.parametrize("text, trigger, year", [
    ("In 480 BC the Tarvian fleet defeated the Lusk navy at Orm.", "defeat", -479),
    ("In 44 BC Vell was murdered in Tarsk.", "murder", -43),
])
def test_an_event_dated_bc_has_its_date(process, text, trigger, year):
    import numpy as np
    _, events = process(text)
    assert [e.trigger for e in events] == [trigger]
    # astronomical numbering: 480 BC is the year -479 (see README)
    assert np.datetime64(events[0].date_start, "D") == np.datetime64(f"-{-year:04d}-01-01")


def test_coordinated_verbs_sharing_a_date_get_a_row_each_variant(process):
    _, events = process("On 3 May 1830 the rebels stormed the fort and freed the prisoners.")
    assert [e.trigger for e in events] == ["storm", "free"]
