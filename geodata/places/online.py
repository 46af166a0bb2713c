"""Optional online gazetteer: OpenStreetMap Nominatim through geopy.

Off by default. It sits behind the same interface as the offline table
(``resolve(name, *, country=None) -> Place | None``), asks Nominatim at most
once per name (hits and misses are cached on disk), never faster than one
request per ``min_delay_seconds``, and never raises for a geocoder fault: a
timeout or an unreachable service leaves the name unresolved, with a warning.

Time is bounded: one attempt per request (no retries), and after the first timeout,
unreachable service or refusal (rate limit, quota, authentication) no further name
is asked for the rest of the run, with one warning; all lookups of a run together
stop after ``budget_seconds``. Answers and cache entries whose coordinates are not
a point (a finite latitude -90..90, longitude -180..180) are refused. Each warning
is given once: in :attr:`OnlineGazetteer.warnings` and to the
``geodata.places.online`` logger, which prints nothing unless the application
configures logging.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from geopy.exc import (
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderQuotaExceeded,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter

from geodata import settings
from geodata.exc import ConfigError
from geodata.models import Place, coordinate_problem

logger = logging.getLogger("geodata.places.online")
# A library's logger: without it, logging's last-resort handler would print every warning a
# second time beside the command line's own "warning:" line. Records still reach the root logger.
logger.addHandler(logging.NullHandler())

DEFAULT_USER_AGENT = "conflict-map/0.1 (offline-first geoparser)"
CACHE_ENV = "GEODATA_GEOCODE_CACHE"
SOURCE = "OpenStreetMap Nominatim (ODbL), looked up online"

# Nominatim "addresstype"/"type" -> our kind; "state" depends on the country.
_KINDS = {
    "city": "city",
    "town": "city",
    "village": "city",
    "hamlet": "city",
    "suburb": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "quarter": "neighbourhood",
    "country": "country",
}
# Countries whose first-level divisions the press calls governorates.
_GOVERNORATE_COUNTRIES = frozenset({"IQ"})
# Faults after which the service will not answer this run: stop asking.
_SERVICE_DOWN = (GeocoderTimedOut, GeocoderUnavailable, GeocoderQuotaExceeded, GeocoderAuthenticationFailure,
                 GeocoderInsufficientPrivileges, OSError)
DEFAULT_BUDGET_SECONDS = 300.0


def default_cache_path() -> Path:
    """The ``GEODATA_GEOCODE_CACHE`` setting (see :mod:`geodata.settings`)."""
    return settings.path(CACHE_ENV)


# Overrides geopy's private _clock/_sleep: RateLimiter has no public hook for a clock or a sleep.
class _RateLimiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep, so tests never wait."""

    def __init__(self, func, *, clock: Callable[[], float] | None, sleep: Callable[[float], None] | None, **kwargs):
        super().__init__(func, **kwargs)
        self._injected_clock = clock
        self._injected_sleep = sleep

    def _clock(self) -> float:
        if self._injected_clock is not None:
            return self._injected_clock()
        return super()._clock()

    def _sleep(self, seconds: float) -> None:
        if self._injected_sleep is not None:
            self._injected_sleep(seconds)
        else:
            super()._sleep(seconds)


class OnlineGazetteer:
    """Resolve place names with Nominatim, rate-limited and cached on disk.

    ``geocoder`` is any object with a geopy-style ``geocode(query, **kwargs)``
    (a ``geopy.geocoders.Nominatim`` is built when it is ``None``, with no retries).
    ``clock`` and ``sleep`` replace the rate limiter's timer and sleep (``clock`` also
    times the ``budget_seconds`` all the lookups of this gazetteer may take together).
    """

    def __init__(
        self,
        *,
        geocoder: Any = None,
        cache_path: str | Path | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
        min_delay_seconds: float = 1.0,
        timeout: float = 10.0,
        budget_seconds: float = DEFAULT_BUDGET_SECONDS,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ):
        if min_delay_seconds < 0:
            raise ConfigError(f"min_delay_seconds must be >= 0, got {min_delay_seconds!r}")
        if timeout <= 0:
            raise ConfigError(f"timeout must be > 0 seconds, got {timeout!r}")
        if not budget_seconds > 0:
            raise ConfigError(f"budget_seconds must be > 0, got {budget_seconds!r}")
        if geocoder is None:
            geocoder = _nominatim(user_agent, timeout)
        self.geocoder = geocoder
        self._geocode = _RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            # Never used with max_retries=0, but geopy asserts it is >= the delay.
            error_wait_seconds=max(5.0, min_delay_seconds),
            swallow_exceptions=False,
            clock=clock,
            sleep=sleep,
        )
        self.cache_path = Path(cache_path).expanduser() if cache_path is not None else default_cache_path()
        self.lookups = 0
        self.warnings: list[str] = []
        self.budget_seconds = budget_seconds
        self.stopped: str | None = None  # why no more names are asked this run
        self._clock = clock or time.monotonic
        self._started: float | None = None  # when the first request went out
        self._cache: dict[str, dict | None] | None = None  # loaded on first use
        self._lock = threading.Lock()

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """The place Nominatim gives for ``name`` (optionally within an ISO2 ``country``), or ``None``."""
        query = " ".join(name.split())
        if not query:
            return None
        country = (country or "").strip().upper() or None
        key = _cache_key(query, country)
        with self._lock:
            cache = self._load()
            if key in cache:
                entry = cache[key]
                place = self._place_from_cache(key, entry)
                if place is not None or entry is None:
                    return place
            if not self._may_ask():
                return None
            self.lookups += 1
            try:
                location = self._geocode(
                    query,
                    exactly_one=True,
                    country_codes=country.lower() if country else None,
                    addressdetails=True,
                    language="en",
                )
            except (GeopyError, OSError, ValueError, TypeError) as err:
                # Not cached: the service may answer on a later run.
                failed = f"online lookup of {query!r} failed: {type(err).__name__}: {err}"
                if isinstance(err, _SERVICE_DOWN):
                    self._stop(failed)
                else:
                    self._warn(failed)
                return None
            if location is None:
                place = None
            else:
                place, problem = _to_place(location)
                if place is None:
                    self._warn(f"online answer for {query!r} refused: {problem}")
                    return None
            cache[key] = asdict(place) if place is not None else None
            self._save(cache)
            return place

    def _may_ask(self) -> bool:
        """False once the service failed or the time budget is spent (warned about once)."""
        if self.stopped is not None:
            return False
        now = self._clock()
        if self._started is None:
            self._started = now
        elif now - self._started >= self.budget_seconds:
            self._stop(f"the {self.budget_seconds:g} s allowed for online lookups are spent")
            return False
        return True

    def _stop(self, why: str) -> None:
        """No more requests this run; one warning says why."""
        self.stopped = why
        self._warn(f"{why}; no more online lookups in this run (names not found offline stay unresolved)")

    def _load(self) -> dict[str, dict | None]:
        if self._cache is not None:
            return self._cache
        self._cache = {}
        try:
            data: object = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return self._cache
        except ValueError as err:  # not JSON, or not UTF-8 (UnicodeDecodeError): corrupt
            data = err
        except OSError as err:
            self._warn(f"cannot read geocode cache {self.cache_path}: {err}; starting empty")
            return self._cache
        if not isinstance(data, dict) or not all(v is None or isinstance(v, dict) for v in data.values()):
            self._warn(f"geocode cache {self.cache_path} is corrupt; starting empty (it will be rewritten)")
            return self._cache
        self._cache = data
        return self._cache

    def _place_from_cache(self, key: str, entry: dict | None) -> Place | None:
        if entry is None:
            return None
        try:
            place = Place(**entry)
        except TypeError:
            place = None
        if place is None or coordinate_problem(place.latitude, place.longitude) is not None:
            self._warn(f"geocode cache entry {key!r} is malformed; asking again")
            return None
        return place

    def _save(self, cache: dict[str, dict | None]) -> None:
        path = self.cache_path
        tmp_name = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write a sibling temp file and rename it, so a crash never leaves half a cache.
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
            ) as tmp:
                tmp_name = tmp.name
                json.dump(cache, tmp, ensure_ascii=False, indent=1, sort_keys=True)
                tmp.write("\n")
            os.replace(tmp_name, path)
            tmp_name = None
        except OSError as err:
            self._warn(f"cannot write geocode cache {path}: {err}")
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass

    def _warn(self, message: str) -> None:
        message = " ".join(message.split())  # one line, even when a server error carries a body
        logger.warning("%s", message)
        self.warnings.append(message)


def _nominatim(user_agent: str, timeout: float) -> Any:
    """geopy's Nominatim client, asking once per request: its requests adapter would retry twice."""
    # Imported here: building the client is the first thing that needs it.
    from geopy.adapters import RequestsAdapter
    from geopy.geocoders import Nominatim

    if RequestsAdapter.is_available:
        return Nominatim(user_agent=user_agent, timeout=timeout,
                         adapter_factory=functools.partial(RequestsAdapter, max_retries=0))
    return Nominatim(user_agent=user_agent, timeout=timeout)  # urllib: no retries


def _cache_key(query: str, country: str | None) -> str:
    return f"{query.casefold()}|{country or ''}"


def _to_place(location: Any) -> tuple[Place | None, str | None]:
    """The place of a geopy Location, or None and why its coordinates are refused."""
    try:
        latitude, longitude = float(location.latitude), float(location.longitude)
    except (TypeError, ValueError, AttributeError):
        latitude, longitude = getattr(location, "latitude", None), getattr(location, "longitude", None)
    problem = coordinate_problem(latitude, longitude)
    if problem is not None:
        return None, problem
    raw = location.raw or {}
    address = raw.get("address") or {}
    country = str(address.get("country_code") or "").upper()
    osm_type, osm_id = raw.get("osm_type"), raw.get("osm_id")
    if osm_type and osm_id is not None:
        place_id = f"osm:{osm_type}/{osm_id}"
    else:
        place_id = f"nominatim:{location.latitude},{location.longitude}"
    full = location.address or ""
    return Place(
        id=place_id,
        name=full.split(",")[0].strip() or full,
        kind=_kind(raw.get("addresstype") or raw.get("type") or "", country),
        country=country,
        admin1=str(address.get("state") or ""),
        latitude=latitude,
        longitude=longitude,
        precision="approximate",
        population=0,
        source=SOURCE,
    ), None


def _kind(osm_kind: str, country: str) -> str:
    if osm_kind == "state":
        return "governorate" if country in _GOVERNORATE_COUNTRIES else "state"
    return _KINDS.get(osm_kind, "landmark")
