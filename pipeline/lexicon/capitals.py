"""Capitals that prose writes for their state's government ("London imposed direct rule", "Washington
announced sanctions"), with the years the city was the seat of that state under that name: outside them
the city is a city (Berlin of 1960 was no capital of Germany, Moscow of 1900 none of Russia). Read by
:mod:`pipeline.events.capital_governments`; only cities whose state's usual name is that of the years given.
"""

from __future__ import annotations

# city -> (state's canonical name, first year, last year or None for to this day)
CAPITAL_SEATS: dict[str, tuple[str, int, int | None]] = {
    "London": ("United Kingdom", 1801, None), "Washington": ("United States", 1800, None),
    "Paris": ("France", 1871, None), "Berlin": ("Germany", 1871, 1945), "Tokyo": ("Japan", 1869, None),
    "Rome": ("Italy", 1871, None), "Madrid": ("Spain", 1939, None), "Ankara": ("Turkey", 1923, None),
    "Tehran": ("Iran", 1935, None), "Beijing": ("China", 1949, None), "Ottawa": ("Canada", 1867, None),
    "Canberra": ("Australia", 1927, None), "Dublin": ("Ireland", 1922, None), "New Delhi": ("India", 1947, None),
    "Cairo": ("Egypt", 1922, None), "Havana": ("Cuba", 1902, None), "Seoul": ("South Korea", 1948, None),
    "Pyongyang": ("North Korea", 1948, None), "Islamabad": ("Pakistan", 1967, None), "Baghdad": ("Iraq", 1921, None),
    "Damascus": ("Syria", 1946, None), "Riyadh": ("Saudi Arabia", 1932, None), "Warsaw": ("Poland", 1918, None),
    "Athens": ("Greece", 1834, None), "Lisbon": ("Portugal", 1910, None), "Stockholm": ("Sweden", 1900, None),
    "Oslo": ("Norway", 1905, None), "Copenhagen": ("Denmark", 1900, None), "Helsinki": ("Finland", 1917, None),
    "Bern": ("Switzerland", 1848, None), "Mexico City": ("Mexico", 1900, None), "Buenos Aires": ("Argentina", 1880, None),
    "Pretoria": ("South Africa", 1961, None), "Nairobi": ("Kenya", 1963, None), "Hanoi": ("Vietnam", 1976, None),
    "Moscow": ("Soviet Union", 1922, 1991), "Kyiv": ("Ukraine", 1991, None), "Kiev": ("Ukraine", 1991, None),
    "Vienna": ("Austria", 1919, None), "Budapest": ("Hungary", 1920, None), "Bucharest": ("Romania", 1900, None),
    "Sofia": ("Bulgaria", 1908, None), "Tirana": ("Albania", 1920, None), "Kabul": ("Afghanistan", 1919, None),
    "Bangkok": ("Thailand", 1939, None), "Manila": ("Philippines", 1946, None), "Jakarta": ("Indonesia", 1949, None),
    "Taipei": ("Taiwan", 1949, None), "Amman": ("Jordan", 1946, None), "Beirut": ("Lebanon", 1943, None),
}
# Verbs (lemmas) whose subject is a government when a capital is written for it: it rules, decides,
# announces, demands. Not "host", "grow", "suffer" or "be": there the city is a city.
GOVERNMENT_VERBS = frozenset({
    "rule", "decide", "announce", "impose", "declare", "order", "recognise", "recognize", "approve", "reject",
    "demand", "agree", "sign", "ratify", "protest", "refuse", "sanction", "warn", "threaten", "recall", "expel",
    "annex", "grant", "deploy", "respond", "condemn", "veto", "insist", "propose", "negotiate", "accuse",
    "authorize", "authorise", "retaliate", "withdraw", "suspend", "resume", "ultimatum", "decision", "announcement"})
