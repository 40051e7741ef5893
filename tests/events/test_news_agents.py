"""Who did it where news names the doer by a description (issue 31, news agents): one test per shape,
invented sentences, asserting on the roles the events code gives (pipeline.label_roles)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_business_named_once_and_then_only_described_is_the_company():
    text = ("Orvel Savings Inc. reported a loss. The Lusk thrift holding company said it lost $9 million. "
            "Orvel earned $1 million a year ago. The plan is meant to raise the company's capital ratio. "
            "It includes a sale of stock. During the quarter, the company charged $46 million against earnings.")
    assert roles(text, "charged")["actors"] == ["Orvel Savings Inc."]


def test_a_gap_of_other_talk_breaks_the_chain_of_descriptions():
    text = ("Orvel Savings Inc. reported a loss. The company said it lost $9 million. Rain fell for a week. "
            "The river rose. Roads closed. Schools shut. The company charged $46 million against earnings.")
    assert roles(text, "charged")["actors"] == []
