"""Datelines: the place a report was filed from, and the day, at the head of its text.

"BAGHDAD (Reuters) -", "MOSUL, Iraq, Feb 8 (AFP) -", "QUETTA/KARACHI -", "TRIPOLI, Lebanon
(Reuters) -", "Qamishli (Syria) (AFP) -", "Deir Ezzor Province – The Syrian Observatory ...",
"AMMAN A Syrian army bombardment ...", "Colombo, Nov 9:", "MOMBASA Kenya (Reuters) -", "Kananga, DR Congo |
AFP |", and the
bracketed town after a date of Sudan Tribune and Radio Dabanga: "September 18, 2017 (BENTIU) –",
"Sept 29, 2005 (MADAYOUN, Chad) —". A dateline says where the report was written, not where
anything happened: events never take its place for their own, and a place the gazetteer lacks is
never put inside it.
"""

from __future__ import annotations

import re

from geodata.text.memo import LastText

_REACH = 200  # characters of capitals a dateline may hold before its last place
_DASH = "[-–—_]"  # the dash that opens the report (old AP copy writes it as an underscore: "KIRKUK, Iraq (AP) _ ")
# After a dateline's place: its country or date (","), the agency ("("), another place
# ("QUETTA/KARACHI"), or the dash or colon that opens the report ("OUAGADOUGOU:").
# ("BAGHDAD -- ": a typed dash doubled, or tripled, "LAMU--- At least"; "LAMU—At least": a long dash and no space)
_AFTER_RE = re.compile(rf"\s*(?:[,(/:]|{_DASH}{{1,3}}\s|[—–](?=[A-Z]))")
# "MOMBASA Kenya (Reuters) -": the town in capitals, its country in ordinary case with no comma between.
_COUNTRY_AFTER_RE = re.compile(r" [A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[,(]")
# "September 18, 2017 (BENTIU) –": a town in capitals in brackets, its country after a comma, then
# the dash or colon that opens the report; a date (or nothing) before it on its line.
_BRACKETED_BEFORE_RE = re.compile(r"[^()\n]{0,40}\(\s*")
_CLOSING_RE = re.compile(rf"\)\s*(?:{_DASH}{{1,2}}|:)")  # the bracket closed, then the report opens
_BRACKETED_AFTER_RE = re.compile(r"(?:,[^()\n]{1,30})?" + _CLOSING_RE.pattern)
# Before it, on its line: nothing, or the other places of a shared dateline ("QUETTA/").
_BEFORE_RE = re.compile(r"\s*(?:[A-Z][A-Z .'’-]*\s*/\s*)*")
# "AMMAN A Syrian army ...": a town in capitals, then the report's first words, with no mark between.
_BARE_AFTER_RE = re.compile(r" (?:[A-Z][a-z]|A )")
# The country of a dateline's town: "TRIPOLI, Lebanon", "MOMBASA Kenya", "(MADAYOUN, Chad)".
_TOWN_RE = re.compile(r"(?:[^()\n]{0,40}\(\s*)?\s*[A-Z][A-Z .'’/-]*[A-Z](?:,\s*| )")
# A name in ordinary case opening its line, then brackets and a dash or a colon: "Qamishli (Syria)
# (AFP) -", "Kabul (AFP) -", "Deir Ezzor Province – The ...".
# Its country may follow it: "Mosul, Iraq (Reuters) -", "Tikrit, Iraq, May 3 (AP) -", "Beni, Congo - Rebels" (a
# capital after the dash: "Beni, Butembo - the two towns" is a list).
# A date may come first: "Colombo, Nov 9:", "Kabul, June 4 (Reuters) -"; an agency's name in brackets
# may end it with no mark: "Srinagar, May 27 (IANS) At least ...", and so may the date: "Khartoum, Oct 7 At least".
_OPENING_AFTER_RE = re.compile(r"(?:,\s*(?:[A-Z][a-z]+|[A-Z]{2}(?=\s+[A-Z][a-z]))(?:\s+[A-Z][a-z]+){0,2}"
                               rf"(?=\s*[,(|]|\s+{_DASH}{{1,2}}\s+[A-Z\"'“‘]))?"
                               r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
                               rf"(?:(?:\s*\([^()\n]{{1,40}}\))*\s*(?:{_DASH}{{1,3}}\s|[—–](?=[A-Z])|:\s)"
                               # "Srinagar, May 27 (IANS) At least six ...": the agency, then the report
                               r"|\s*\((?:[A-Z]{2,6}|[A-Z][a-z]+)\)\s+(?=[A-Z])"
                               # "Kananga, DR Congo | AFP | Seventeen ...": the agency between bars
                               r"|\s*\|\s*(?:[A-Z]{2,6}|[A-Z][a-z]+)\s*\|\s*(?=[A-Z])"
                               # "Khartoum, Oct 7 At least seven ...": the date, then the report, no mark between
                               r"|(?<=\d)\s+(?=[A-Z][a-z]*\s)"
                               # "Nairobi, KenyaAt least 600 ...": a scraped page lost the line break after
                               # the country, glued to the report's first word
                               r"|,\s*[A-Z][a-z]+(?=(?:At|The|In|On|An|A|Some|More|Over|Dozens|Two|Three)\s))")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place named at ``text[start:end]`` is (part of) the text's dateline."""
    opens_line = start == 0 or text[start - 1] == "\n"
    if not opens_line and text[end:end + 1] == " " and "a" <= text[end + 1:end + 2] <= "z":
        # The usual name, inside a line and followed by a space and a small letter: every pattern
        # below wants a mark (",", "(", ")", "/", ":", a dash) or a capital right after the name, so
        # none can match; this look spares their calls, asked for every mention.
        return False
    # The others are asked of a name two or three times an article (its candidate, its mention, a toll's
    # place): answered once, for the text last asked about.
    answers = ANSWERS.answers(text)
    known = answers.get((start, end))
    if known is None:
        known = answers[(start, end)] = _read_dateline(text, start, end, opens_line)
    return known


ANSWERS: LastText[bool] = LastText()  # a text, and its names' answers


def _read_dateline(text: str, start: int, end: int, opens_line: bool) -> bool:
    """:func:`is_dateline` for a name the quick look does not answer."""
    surface = text[start:end]
    if opens_line and _OPENING_AFTER_RE.match(text, end) is not None:
        return True
    if surface.isupper() and len(surface) > 2 and _BRACKETED_AFTER_RE.match(text, end) is not None:
        line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
        return _BRACKETED_BEFORE_RE.fullmatch(text, line_start, start) is not None
    closes = _CLOSING_RE.match(text, end) is not None  # "(MADAYOUN, Chad) —": the town's country
    if _AFTER_RE.match(text, end) is None and not closes \
            and not (surface.isupper() and _COUNTRY_AFTER_RE.match(text, end)):
        return (surface.isupper() and len(surface) > 2 and opens_line
                and _BARE_AFTER_RE.match(text, end) is not None)
    # The line must start a short way back: searching a text of one long line to its start,
    # for every place in it, would cost the square of the line.
    floor = max(0, start - _REACH)
    line_start = text.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return False
    if surface.isupper() and len(surface) > 2:
        return _BEFORE_RE.fullmatch(text, line_start, start) is not None
    # "TRIPOLI, Lebanon (Reuters) -": the country of the dateline's town
    return _TOWN_RE.fullmatch(text, line_start, start) is not None


# A dateline's date: at the head of the text, after the dateline's capitalised names ("Nalchik, Russia; ",
# "KABUL, "; or nothing: "September 18, 2017 (BENTIU) -"), before the agency's brackets and the dash or
# colon that opens the report.
_DATE_REACH = 120
_DATE_BEFORE_RE = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*)*\s*(?:\([^()\n]{1,30}\)\s*)?[,;]?\s*)*")
_DATE_AFTER_RE = re.compile(rf"(?:,?\s*\d{{4}})?\s*(?:\([^()\n]{{1,40}}\)\s*)*(?:{_DASH}{{1,2}}|:)\s")


def is_dateline_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the date of the text's dateline: the day the report was filed."""
    if start > _DATE_REACH:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return (not text[:line_start].strip() or text.count("\n", 0, line_start) <= 2) \
        and _DATE_AFTER_RE.match(text, end) is not None \
        and _DATE_BEFORE_RE.fullmatch(text, line_start, start) is not None


# A dateline's town in capitals, its country, then the date, the agency or the dash that opens the report.
_TOWN_AND_COUNTRY_RE = re.compile(r"\s*(?P<town>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}),\s+"
                                  r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=\s*(?:[,(]|[-–—_]{1,2}\s))")


def town_and_country(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text`` with its town in capitals and its country ("BUGENDANA, Burundi —"): groups
    ``town`` and ``country``; None if it opens otherwise."""
    return _TOWN_AND_COUNTRY_RE.match(text)

