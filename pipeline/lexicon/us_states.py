"""US states as news copy abbreviates them (the AP style: "Birmingham, Ala.", "Fresno, Calif."), so a
place two reports write differently ("Ala." and "Alabama") is one place.

Written here because no installed library holds the AP forms (the ``us`` package, which does, is not
in the environment; pycountry's subdivisions carry only the two-letter postal codes)."""

from __future__ import annotations

import re

# The AP stylebook's abbreviations, and a few older forms still met in copy ("Tex.", "Penn.", "Wisc.").
# The eight states AP never shortens (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) need none.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Cal.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia",
    "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Mex.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "N.Dak.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Oreg.": "Oregon", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "S.Dak.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "W. Va.": "West Virginia", "Wis.": "Wisconsin", "Wisc.": "Wisconsin",
    "Wyo.": "Wyoming",
}
# Abbreviations that are also a common word or another name's short form ("Miss." a title, "Mass." the
# service, "Ind." an independent, "Del." and "La." parts of names, "Wash." a verb, "N.Y." the city):
# a state only where they follow a town and a comma.
_ONLY_AFTER_A_TOWN = {"Miss.", "Mass.", "Ind.", "Del.", "La.", "Wash.", "N.Y.", "Cal.", "Mo.", "Penn."}
_TOWN_AND_STATE = re.compile(r"^(?P<town>[A-Z][^,]*), (?P<state>.+)$")


def state_spelled_out(name: str, after_town: bool = False) -> str | None:
    """The name with an AP state abbreviation spelled out ("Calif." → "California", "Birmingham, Ala." →
    "Birmingham, Alabama"), or None where it has none. ``after_town``: the abbreviation stands alone
    but the text writes it after a town and a comma."""
    if name in AP_STATES and (after_town or name not in _ONLY_AFTER_A_TOWN):
        return AP_STATES[name]
    match = _TOWN_AND_STATE.match(name)
    if match and match["state"] in AP_STATES:
        return f"{match['town']}, {AP_STATES[match['state']]}"
    return None
