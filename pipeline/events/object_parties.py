"""Made objects among a row's names are no parties (issue 31: "names a user can group by"): the article's
object and its maker-prefixed product line (:func:`pipeline.events.defined_things.is_object_name`), what it
is ranked against ("it was surpassed in 2012 by One Vell Center"), the words of the theme's title ("des
sciences"); and a work's star acts in its "starring" row, never the director. :mod:`pipeline.events.roles`
calls :func:`object_roles`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.defined_things import defined_object, is_object_name
from pipeline.lexicon.made_things import RANKING_STEMS


def ranking_sides(trigger: Any) -> list:
    """The subject, object and agent of a verb of ranking ("surpassed … by One Vell Center")."""
    if not trigger.lower_.startswith(RANKING_STEMS):
        return []
    sides = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return sides + [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _is_object_side(side: Any, paragraphs: Any) -> bool:
    return (side.lower_ == "it" and side.pos_ == "PRON") or \
        is_object_name(side.doc[side.left_edge.i:side.i + 1].text, paragraphs)


def ranked_words(trigger: Any, paragraphs: Any) -> set[str]:
    """The words of what the article's made object is ranked against ("the Orm Building was the tallest
    until it was surpassed in 2012 by One Vell Center", "OrmScript overtook VellScript"): one made object
    passes another, so the other is a thing too, no party. Empty where no such ranking is told."""
    sides = ranking_sides(trigger)
    if not sides or defined_object(paragraphs) is None:
        return set()
    ours = [s for s in sides if _is_object_side(s, paragraphs)]
    if not ours:
        return set()
    return {t.text for s in sides if s not in ours for t in s.subtree if t.text[:1].isupper()}


def object_roles(trigger: Any, roles: list, paragraphs: Any, theme_tokens: set[int]) -> list:
    """``roles`` without the made objects (the article's, or one it is ranked against, or words of the
    object's title ``theme_tokens`` holds, "des sciences"), and with the stars of a work acting in its
    "starring" row."""
    ranked = ranked_words(trigger, paragraphs)
    titled = {trigger.doc[i].text for i in theme_tokens if i < len(trigger.doc)}
    roles = [(e, r, name) for e, r, name in roles if r not in ("actor", "participant") or not (
        is_object_name(name, paragraphs) or (ranked and set(name.split()) <= ranked)
        or (e is None and titled and set(name.split()) <= titled))]
    return starring_roles(trigger, roles)


def starring_roles(trigger: Any, roles: list) -> list:
    """"a film directed by Vell and starring Lusk": the one starring is who acts in the starring row, never
    the director the conjoined participle's agent lends it."""
    if trigger.lower_ != "starring" or trigger.dep_ not in ("conj", "acl"):
        return roles
    stars = {t.i for c in trigger.children if c.dep_ == "dobj" for t in c.subtree}
    if not stars:
        return roles
    # (the director the parse lends it acts no more; the named stars, its objects, act)
    return [(e, "actor" if r == "participant" and _starred(name, trigger, stars) else r, name)
            for e, r, name in roles if r != "actor"]


def _starred(name: str, trigger: Any, stars: set[int]) -> bool:
    """Whether a participant's name is written among the starring participle's objects."""
    sent = trigger.sent
    return any(t.i in stars and t.text in name.split() for t in sent)
