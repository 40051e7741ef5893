"""The outputs for people: the HTML report, its timeline, and `show`."""
