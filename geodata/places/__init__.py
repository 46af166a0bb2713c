"""Places: every place an article names, resolved to a gazetteer entry.

    >>> from geodata.places import extract_mentions, load_gazetteer
    >>> mentions = extract_mentions(article, load_gazetteer())

How places are found, in the order :data:`PLACE_STEPS` runs them (each step is a
small function of its own module, over frozen records that keep character offsets):

1. ``find`` (:mod:`~geodata.places.find`) proposes every run of words whose folded
   form is a gazetteer name. Folding ignores case, diacritics, hyphens, apostrophes,
   ayn marks and a leading Arabic article (al-, el-, an-, as-...); a transliteration
   variant also merges doubled letters, a final -h, ee/i and ou/u, so Nassiriya,
   Nasiriya and An Nasiriyah meet. "province", "governorate", "state" after a name
   ask for that kind.
2. ``reject_traps`` (:mod:`~geodata.places.settle`) drops names that are part of
   something else: a newspaper ("New York Times"), a person ("Moqtada al-Sadr", and
   then "Sadr" alone for the rest of that article), a gloss in brackets ("Quds
   (Jerusalem) brigades"), a common English word at a sentence start or in a
   title-case headline.
3. ``settle`` (:mod:`~geodata.places.settle`) keeps the longest of overlapping names
   ("Sadr City" over "Sadr").
4. ``focus`` (:mod:`~geodata.places.resolve`) infers the article's focus country from
   the text: towns count double, country names and demonyms once.
5. ``fuzzy`` (:mod:`~geodata.places.find`) gives unknown spellings a bounded fuzzy
   match (edit distance 1, or 2 from eight letters; same first letter; only names of
   the focus country, admin areas, regions, countries and cities of a million; never a
   common English word; only in a place slot such as "in Qiblas" or a list of places),
   and asks the online gazetteer, if one is given, for what is still unknown.
6. ``capital`` (:mod:`~geodata.places.find`) reads "the capital" (and "the Iraqi
   capital") as the capital.
7. ``regions``, ``list_kinds``, ``near`` (:mod:`~geodata.places.context`) read
   "southern Iraq", "northern, western and southern Iraq", "the south of Iraq" and
   "Iraq's south" as regions, "California, Washington and Oregon states" as states,
   and "near", "outside", "20 km north of" as coarse.
8. ``resolve`` (:mod:`~geodata.places.resolve`) gives each name its most plausible
   namesake: in the focus country, populous, named by its own name, of the kind the
   text asks for. A town abroad with under 100,000 people is only taken where a place
   is expected ("in X", a list of places). A name keeps the place it first resolved to.
9. ``within`` (:mod:`~geodata.places.within`) adds the places the gazetteer lacks that the
   text names as places ("the village of Debiro", "Nasser Hospital", "Kossi province"),
   each at the known place the text puts it in.

Each mention then gets its role (:mod:`~geodata.places.roles`): a location, a place
standing for its government ("Tehran said"), or a modifier ("US forces").

The gazetteer (:class:`Gazetteer`, :func:`load_gazetteer`) is the packaged offline
table; :class:`OnlineGazetteer` (OpenStreetMap Nominatim through geopy) is optional
and imported only when first used, since geopy takes a noticeable time to import.
Both are a :class:`Resolver`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geodata.places.gazetteer import Gazetteer, Resolver, load_gazetteer
from geodata.places.mentions import PLACE_STEPS, PlaceContext, extract_mentions

__all__ = ["PLACE_STEPS", "Gazetteer", "OnlineGazetteer", "PlaceContext", "Resolver", "extract_mentions",
           "load_gazetteer"]

if TYPE_CHECKING:
    from geodata.places.online import OnlineGazetteer


def __getattr__(name: str) -> Any:
    if name == "OnlineGazetteer":
        from geodata.places.online import OnlineGazetteer

        globals()[name] = OnlineGazetteer  # the next look-up is a plain attribute
        return OnlineGazetteer
    raise AttributeError(f"module 'geodata.places' has no attribute {name!r}")
