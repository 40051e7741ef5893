"""Epithets written after a ruler's or a saint's name as part of it ("Cyrus the Great", "Æthelred the
Unready", "William the Conqueror"): the capitalised word after "the" that the model leaves out of the
name it tags. Only words that are epithets by themselves: a capitalised word after a name and "the"
is as often a thing acted on ("gave Orme the Crown"), so an open pattern would join wrong words.
"""

from __future__ import annotations

EPITHETS = frozenset({
    "Great", "Elder", "Younger", "Bold", "Fair", "Pious", "Wise", "Good", "Bald", "Fat", "Simple", "Conqueror",
    "Confessor", "Magnificent", "Lawgiver", "Navigator", "Terrible", "Just", "Lame", "Red", "Black", "White",
    "Unready", "Lionheart", "Hammer", "Martyr", "Victorious", "Apostate", "Short", "Tall", "Cruel", "Brave",
    "Mad", "Blessed", "Illustrious", "Peaceful", "Builder", "Liberator", "Catholic", "Fowler", "Stammerer",
    "Quiet", "Strong", "Lion", "Saint", "Venerable", "Deacon", "Grammarian", "Philosopher",
    "Magnanimous", "Glorious", "Generous", "Learned", "Silent", "Fearless", "Resolute", "Cautious",
    "Valiant", "Righteous", "Able", "Handsome", "Proud", "Bad", "Lucky", "Troubadour", "Peacemaker",
    "Restorer", "Reformer", "Avenger", "Impaler", "Hunchback", "Blind", "Posthumous", "Exile", "Tyrant",
})
