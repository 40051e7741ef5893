"""The confidence bins of the stories harnesses count each merged pair once, in the right bin."""

from __future__ import annotations

from evaluation.stories_confidence import confidence_bins, describe_bins


def test_each_merge_lands_in_its_bin_and_one_point_oh_in_the_top_bin() -> None:
    bins = confidence_bins([(0.1, True), (0.25, False), (0.49, True), (0.75, True), (1.0, False), (0.9, True)])
    assert [(right, merged) for _, _, right, merged in bins] == [(1, 1), (1, 2), (0, 0), (2, 3)]


def test_the_description_reads_right_of_merged_per_bin() -> None:
    text = describe_bins(confidence_bins([(0.8, True), (0.8, False)]))
    assert text.endswith("[0.75,1.00] 1/2") and text.startswith("[0.00,0.25) 0/0")
