from pipeline.core.grouping import consecutive_groups


def test_groups_keep_order_and_respect_count_and_size():
    groups = consecutive_groups([3, 3, 3, 1, 1, 1, 1], lambda n: n, max_size=6, max_count=3)
    assert groups == [[3, 3], [3, 1, 1], [1, 1]]


def test_an_item_bigger_than_the_bound_goes_alone():
    assert consecutive_groups([2, 50, 2], lambda n: n, max_size=10, max_count=8) == [[2], [50], [2]]
