"""A titled agreement says what it is about by the words of a known subject ("the Tarvian–Orm Commercial
Agreement" is a trade agreement), so it is no "non-aggression pact" of the same month; other titles are
names and say nothing here."""

from __future__ import annotations

from pipeline.stories.agreement_themes import two_agreements
from pipeline.stories.themes import themes_agree


def test_a_titled_trade_agreement_is_no_non_aggression_pact():
    assert two_agreements("a non-aggression pact", "Tarvian–Orm Commercial Agreement")
    assert themes_agree("a non-aggression pact", "Tarvian–Orm Commercial Agreement") is False
    assert themes_agree("an intricate trade pact", "Tarvian–Orm Commercial Agreement") is True


def test_a_title_that_is_only_a_name_may_be_either():
    assert not two_agreements("the non-aggression pact", "Varn–Brell Pact")
    assert not two_agreements("the pact", "Tarvian–Orm Commercial Agreement")
    assert themes_agree("the non-aggression pact", "Varn–Brell Pact") is True
