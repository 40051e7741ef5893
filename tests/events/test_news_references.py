"""Who a news pronoun, description or short name stands for (issue "who did it", newsrefs26): one
test per shape of measured TimeBank misses, invented sentences, asserting on the roles the events
code gives (regression tests, not evidence)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_reported_clauses_she_is_the_governing_subject_named_by_her_surname():
    # the surname alone is left untagged or tagged a body; the man named most is not "she"
    text = ("Dana Tal-Orm, 22, has pleaded innocent to charges that she failed to report Yigal Lusk's plan to "
            "kill Vell. Lusk, 27, is serving a life sentence. Reports have said Lusk was infatuated with "
            "Tal-Orm and may have been trying to impress her. Tal-Orm acknowledged she told police "
            "interrogators that Vell was a traitor and that she prayed for him to die. Tal-Orm said she "
            "heard Lusk talk about killing Vell.")
    assert roles(text, "prayed")["actors"] == ["Dana Tal-Orm"]


def test_an_it_that_blew_up_is_no_agency():
    text = ("The Federal Aviation Administration said it was investigating. "
            "It just blew up in the air, and then we saw two fireballs.")
    assert roles(text, "blew")["actors"] == []
    text = "The Orm Aviation Authority said the plane was new. It crashed in the sea."
    assert roles(text, "crashed")["actors"] == []
    # a body that crashed something is still the doer
    assert roles("Orm Corp. said it crashed the market.", "crashed")["actors"] == ["Orm Corp."]


def test_a_firms_subsidiary_is_not_the_firm():
    text = "Although Eastern is back to 80% of its schedule, the Orm Air Corp. subsidiary was only beginning to recover."
    assert roles(text, "recover")["actors"] == ["Eastern"]
    # its own unit named after "its" is the unit
    assert "Lusk Inc." in roles("Orm Corp. said its Lusk Inc. unit would cut 300 jobs.", "cut")["actors"]


def test_a_firms_competitors_are_not_the_firm():
    text = "Orm Airlines lost money. Over the summer, Orm competitors offered deeper discounts."
    assert roles(text, "offered")["actors"] == []


def test_a_short_name_that_ends_the_full_name_is_the_business():
    text = "DD Acquisition Corp. made a bid for Orm Inc. on Monday. Acquisition has launched a suit against Orm."
    assert roles(text, "launched")["actors"] == ["DD Acquisition Corp."]
    text = "DD Acquisition Corp. made a bid for Orm Inc. on Monday. Acquisition said it would sue."
    assert roles(text, "said")["actors"] == ["DD Acquisition Corp."]


def test_the_one_charged_with_a_killing_did_it_and_the_victim_did_not():
    text = "Dr. Orm was shot by a sniper; police charged Lusk Vell with the killing."
    assert roles(text, "killing")["actors"] == ["Lusk Vell"]
    text = "Dr. Orm was shot by a sniper. Lusk Vell was arrested for the killing on Monday."
    assert roles(text, "killing")["actors"] == ["Lusk Vell"]
    # the victim is never the actor
    assert "Orm" not in roles("Police charged Lusk Vell with Dr. Orm's murder.", "murder")["actors"]


def test_the_company_is_the_reports_firm_counted_by_its_short_name_too():
    # The model tags the full name once and its short form "Tarnex" otherwise (or not at all): the short
    # form written six times makes Tarnex Corp. the report's firm, against one named twice.
    from pipeline.events.description_pronouns import lead_business
    text = ("Tarnex Corp. said Lusk Co. B.V. sought to buy its shares. Tarnex responded. Tarnex said Lusk filed. "
            "Tarnex stock rose. Tarnex fell. Rain fell. Tarnex said. The company said it amended its plan.")
    businesses = [(0, 0, "Tarnex Corp.", True), (19, 0, "Lusk Co. B.V.", False)]
    assert lead_business(businesses, 9, len(text) - 20, 2, text) == "Tarnex Corp."
    assert lead_business(businesses, 9, len(text) - 20, 2) is None  # by the tagged names alone: in doubt
    text = text.replace("Tarnex responded", "Lusk responded")  # Tarnex 5 times, Lusk 3
    assert lead_business(businesses, 9, len(text) - 20, 2, text) == "Tarnex Corp."
    text = text.replace("Tarnex stock", "Lusk stock").replace("Tarnex fell", "Lusk fell")
    assert lead_business(businesses, 9, len(text) - 20, 2, text) is None  # Lusk written more often: in doubt
