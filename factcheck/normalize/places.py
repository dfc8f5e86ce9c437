"""Place names: one canonical key per place, and the IANA time zone of common news places.

``normalize_place`` turns the spellings news uses for one place ("Kiev", "Kyiv", "Київ")
into one key ("kyiv"), so that frames and datelines compare equal. It only merges names listed
in ``PLACE_ALIASES``: there is no fuzzy matching, so look-alikes such as "Austria"/"Australia",
"Sudan"/"South Sudan", "Iran"/"Iraq" or "Niger"/"Nigeria" always stay apart.

``timezone_for_place`` gives the zone used to resolve "local time" in an article datelined
there. Names that news uses for two places in different zones ("Wellington": New Zealand or
Somerset) give None, as do countries spanning several zones (except Russia, see below).
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from anyascii import anyascii

#: canonical key -> other spellings (transliterations, former names, exonyms) of the same place.
#: Keys and spellings are written already normalized (ASCII, casefolded, no dots/apostrophes).
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    # Ukraine: the Ukrainian transliteration is the key; Russian-based spellings and what
    # anyascii makes of the Cyrillic ("Чорнобиль" -> "chornobil") map to it.
    "kyiv": ("kiev", "kyyiv", "kiyv", "kiiv", "kyjiv", "kiew"),
    "chornobyl": ("chernobyl", "chornobil", "tchernobyl", "czarnobyl"),
    "zaporizhzhia": ("zaporizhzhya", "zaporizhia", "zaporizhzhe", "zaporozhye", "zaporozhe",
                     "zaporozhie"),
    "kharkiv": ("kharkov", "charkiw", "harkiv"),
    "odesa": ("odessa",),
    "lviv": ("lvov", "lwow", "lemberg"),
    "mykolaiv": ("nikolaev", "nikolayev", "mykolayiv", "mikolaiv"),
    "dnipro": ("dnepropetrovsk", "dnipropetrovsk", "dnepr"),
    "luhansk": ("lugansk",),
    "chernihiv": ("chernigov", "chernigiv"),
    "zhytomyr": ("zhitomir",),
    "vinnytsia": ("vinnitsa", "vinnytsya", "vinnitsya"),
    "hostomel": ("gostomel",),
    "irpin": ("irpen",),
    "kherson": ("cherson",),
    "mariupol": ("mariupil",),
    "sevastopol": ("sebastopol",),
    "crimea": ("krym", "krim", "crimean peninsula"),
    "belarus": ("byelorussia", "belorussia", "bilorus"),
    "moscow": ("moskva",),
    "ukraine": ("ukraina",),
    "russia": ("rossiya", "rosiya"),
    "sumy": ("sumi",),
    "enerhodar": ("energodar",),
    "st petersburg": ("saint petersburg", "sankt peterburg", "leningrad"),
    # Greece / Iran (ECB+ topics 8 and 20).
    "athens": ("athina", "athinai"),
    "qeshm": ("gheshm", "qishm", "qeshm island", "gheshm island"),
    "bandar abbas": ("bandar e abbas", "bandar abas", "bandarabbas"),
    "tehran": ("teheran",),
    # Elsewhere: renamed places and common exonyms.
    "beijing": ("peking", "peiping"),
    "mumbai": ("bombay",),
    "kolkata": ("calcutta",),
    "chennai": ("madras",),
    "myanmar": ("burma",),
    "yangon": ("rangoon",),
    "turkey": ("turkiye",),
    "czechia": ("czech republic",),
    "ivory coast": ("cote divoire", "cote d ivoire"),
    "united kingdom": ("uk", "great britain", "britain"),
    "united states": ("usa", "united states of america"),
    "united arab emirates": ("uae",),
    "democratic republic of the congo": ("drc", "dr congo", "democratic republic of congo"),
    "netherlands": ("holland",),
    "the hague": ("den haag", "s gravenhage"),
    "sanaa": ("sana",),
    "gaza": ("gaza strip",),
    "washington dc": ("washington d c", "dc", "district of columbia"),
    "new york": ("new york city", "nyc"),
    "ho chi minh city": ("saigon",),
    # AP-style US state abbreviations, as in "Troy, Mich." (two-letter ones are left out: "Pa.",
    # "Ga." and "Ill." are too easily other words or places).
    "california": ("calif", "cal"),
    "michigan": ("mich",),
    "florida": ("fla",),
    "texas": ("tex",),
    "massachusetts": ("mass",),
    "arizona": ("ariz",),
    "colorado": ("colo",),
    "minnesota": ("minn",),
    "washington state": ("wash",),
    "nevada": ("nev",),
    "connecticut": ("conn",),
}

#: Exact spellings (case kept) of abbreviations whose lowercase form is an English word ("us").
_CASED_ALIASES: dict[str, str] = {"US": "united states", "U.S.": "united states", "U.S": "united states",
                                  "U.S.A.": "united states", "U.K.": "united kingdom"}

#: Names news uses for two or more places in different zones; a bare one resolves to no zone
#: (qualify it: "Wellington, Somerset", "Troy, Michigan").
AMBIGUOUS_PLACES: frozenset[str] = frozenset({
    "wellington", "georgia", "birmingham", "troy", "portland", "perth", "cambridge", "tripoli",
    "springfield", "victoria", "santiago", "hyderabad", "richmond", "kingston", "san jose",
})

# zoneinfo renamed Europe/Kiev to Europe/Kyiv (tzdata 2022b); use whichever this system has.
try:
    ZoneInfo("Europe/Kyiv")
    _KYIV_ZONE = "Europe/Kyiv"
except ZoneInfoNotFoundError:  # pragma: no cover - old tzdata
    _KYIV_ZONE = "Europe/Kiev"

#: IANA zone -> normalized places in it. Countries spanning several zones are left out (the
#: US, Canada, Australia, Brazil, Indonesia, Mexico, DR Congo), except Russia, which news times
#: in Moscow time. US states are listed when one zone covers nearly all of their people
#: (Michigan, Florida, Texas, Indiana); split states (Tennessee, Kentucky, Idaho) are left out.
#: A bare "Washington" is the capital (Eastern), as in datelines; the state is "washington state".
ZONE_PLACES: dict[str, tuple[str, ...]] = {
    _KYIV_ZONE: ("ukraine", "kyiv", "chornobyl", "pripyat", "zaporizhzhia", "enerhodar", "kharkiv",
                 "odesa", "lviv", "mykolaiv", "dnipro", "donetsk", "luhansk", "donbas", "chernihiv",
                 "zhytomyr", "vinnytsia", "hostomel", "bucha", "irpin", "kherson", "mariupol", "sumy",
                 "poltava", "kramatorsk", "snake island", "zmiinyi island"),
    "Europe/Simferopol": ("crimea", "sevastopol", "simferopol"),
    "Europe/Moscow": ("russia", "moscow", "st petersburg", "belgorod", "kursk", "rostov on don"),
    "Europe/Minsk": ("belarus", "minsk"),
    "Europe/Chisinau": ("moldova", "chisinau", "transnistria"),
    "Europe/London": ("united kingdom", "england", "scotland", "wales", "northern ireland", "london",
                      "somerset", "taunton", "bristol", "manchester", "liverpool", "edinburgh",
                      "glasgow", "cardiff", "belfast", "wellington, somerset"),
    "Europe/Dublin": ("ireland", "dublin"),
    "Europe/Lisbon": ("portugal", "lisbon"),
    "Europe/Paris": ("france", "paris", "marseille", "lyon", "strasbourg"),
    "Europe/Berlin": ("germany", "berlin", "munich", "frankfurt", "hamburg", "bonn"),
    "Europe/Brussels": ("belgium", "brussels"),
    "Europe/Amsterdam": ("netherlands", "amsterdam", "the hague", "rotterdam"),
    "Europe/Luxembourg": ("luxembourg",),
    "Europe/Zurich": ("switzerland", "geneva", "zurich", "bern", "davos", "lausanne"),
    "Europe/Vienna": ("austria", "vienna"),
    "Europe/Rome": ("italy", "rome", "milan", "naples"),
    "Europe/Vatican": ("vatican", "vatican city"),
    "Europe/Madrid": ("spain", "madrid", "barcelona"),
    "Europe/Athens": ("greece", "athens", "thessaloniki", "piraeus"),
    "Europe/Warsaw": ("poland", "warsaw", "krakow", "rzeszow"),
    "Europe/Prague": ("czechia", "prague"),
    "Europe/Bratislava": ("slovakia", "bratislava"),
    "Europe/Budapest": ("hungary", "budapest"),
    "Europe/Bucharest": ("romania", "bucharest"),
    "Europe/Sofia": ("bulgaria", "sofia"),
    "Europe/Belgrade": ("serbia", "belgrade", "kosovo", "pristina"),
    "Europe/Zagreb": ("croatia", "zagreb"),
    "Europe/Sarajevo": ("bosnia", "bosnia and herzegovina", "sarajevo"),
    "Europe/Tirane": ("albania", "tirana"),
    "Europe/Copenhagen": ("denmark", "copenhagen"),
    "Europe/Stockholm": ("sweden", "stockholm"),
    "Europe/Oslo": ("norway", "oslo"),
    "Europe/Helsinki": ("finland", "helsinki"),
    "Europe/Tallinn": ("estonia", "tallinn"),
    "Europe/Riga": ("latvia", "riga"),
    "Europe/Vilnius": ("lithuania", "vilnius"),
    "Europe/Istanbul": ("turkey", "ankara", "istanbul"),
    "Asia/Tbilisi": ("tbilisi",),
    "Asia/Yerevan": ("armenia", "yerevan"),
    "Asia/Baku": ("azerbaijan", "baku"),
    "Asia/Tehran": ("iran", "tehran", "qeshm", "bandar abbas", "hormozgan", "bam", "isfahan",
                    "shiraz", "mashhad", "tabriz"),
    "Asia/Baghdad": ("iraq", "baghdad", "mosul", "basra", "erbil"),
    "Asia/Damascus": ("syria", "damascus", "aleppo"),
    "Asia/Beirut": ("lebanon", "beirut"),
    "Asia/Jerusalem": ("israel", "jerusalem", "tel aviv"),
    "Asia/Gaza": ("gaza",),
    "Asia/Amman": ("jordan", "amman"),
    "Asia/Riyadh": ("saudi arabia", "riyadh", "jeddah"),
    "Asia/Dubai": ("united arab emirates", "dubai", "abu dhabi"),
    "Asia/Qatar": ("qatar", "doha"),
    "Asia/Kuwait": ("kuwait",),
    "Asia/Aden": ("yemen", "sanaa", "aden"),
    "Asia/Kabul": ("afghanistan", "kabul", "kandahar"),
    "Asia/Karachi": ("pakistan", "islamabad", "karachi", "lahore"),
    "Asia/Kolkata": ("india", "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bangalore"),
    "Asia/Dhaka": ("bangladesh", "dhaka"),
    "Asia/Kathmandu": ("nepal", "kathmandu"),
    "Asia/Colombo": ("sri lanka", "colombo"),
    "Asia/Shanghai": ("china", "beijing", "shanghai", "wuhan", "guangzhou", "shenzhen"),
    "Asia/Hong_Kong": ("hong kong",),
    "Asia/Taipei": ("taiwan", "taipei"),
    "Asia/Tokyo": ("japan", "tokyo", "osaka", "fukushima"),
    "Asia/Seoul": ("south korea", "seoul"),
    "Asia/Pyongyang": ("north korea", "pyongyang"),
    "Asia/Manila": ("philippines", "manila"),
    "Asia/Bangkok": ("thailand", "bangkok"),
    "Asia/Ho_Chi_Minh": ("vietnam", "hanoi", "ho chi minh city"),
    "Asia/Yangon": ("myanmar", "yangon", "naypyidaw"),
    "Asia/Kuala_Lumpur": ("malaysia", "kuala lumpur"),
    "Asia/Singapore": ("singapore",),
    "Asia/Jakarta": ("jakarta",),
    "Africa/Cairo": ("egypt", "cairo"),
    "Africa/Khartoum": ("sudan", "khartoum", "darfur"),
    "Africa/Juba": ("south sudan", "juba", "yida", "unity state"),
    "Africa/Addis_Ababa": ("ethiopia", "addis ababa"),
    "Africa/Nairobi": ("kenya", "nairobi"),
    "Africa/Mogadishu": ("somalia", "mogadishu"),
    "Africa/Kampala": ("uganda", "kampala"),
    "Africa/Kigali": ("rwanda", "kigali"),
    "Africa/Lagos": ("nigeria", "lagos", "abuja"),
    "Africa/Niamey": ("niger", "niamey"),
    "Africa/Bamako": ("mali", "bamako"),
    "Africa/Ndjamena": ("chad", "ndjamena"),
    "Africa/Kinshasa": ("kinshasa",),
    "Africa/Abidjan": ("ivory coast", "abidjan"),
    "Africa/Johannesburg": ("south africa", "johannesburg", "pretoria", "cape town"),
    "Africa/Tunis": ("tunisia", "tunis"),
    "Africa/Algiers": ("algeria", "algiers"),
    "Africa/Casablanca": ("morocco", "rabat", "casablanca"),
    "Africa/Tripoli": ("libya", "benghazi"),
    "America/New_York": ("new york", "washington", "washington dc", "boston", "philadelphia",
                         "atlanta", "miami", "florida", "ohio", "pennsylvania", "new jersey",
                         "virginia", "maryland", "massachusetts", "connecticut", "north carolina",
                         "south carolina"),
    "America/Detroit": ("michigan", "detroit", "troy, michigan", "dexter, michigan"),
    "America/Indiana/Indianapolis": ("indiana", "indianapolis"),
    "America/Chicago": ("chicago", "illinois", "texas", "houston", "dallas", "minnesota",
                        "wisconsin", "missouri", "louisiana", "new orleans"),
    "America/Denver": ("colorado", "denver", "utah", "salt lake city", "new mexico"),
    "America/Phoenix": ("arizona", "phoenix"),
    "America/Los_Angeles": ("california", "los angeles", "san francisco", "san diego", "oakland",
                            "sacramento", "healdsburg", "santa rosa", "sonoma", "napa", "geyserville",
                            "nevada", "las vegas", "oregon", "seattle", "washington state"),
    "America/Anchorage": ("alaska", "anchorage"),
    "Pacific/Honolulu": ("hawaii", "honolulu"),
    "America/Toronto": ("ottawa", "toronto", "montreal", "ontario", "quebec"),
    "America/Vancouver": ("vancouver", "british columbia"),
    "America/Mexico_City": ("mexico city",),
    "America/Havana": ("cuba", "havana"),
    "America/Port-au-Prince": ("haiti", "port au prince"),
    "America/Bogota": ("colombia", "bogota"),
    "America/Caracas": ("venezuela", "caracas"),
    "America/Lima": ("peru", "lima"),
    "America/Santiago": ("chile",),
    "America/Argentina/Buenos_Aires": ("argentina", "buenos aires"),
    "America/Sao_Paulo": ("sao paulo", "rio de janeiro", "brasilia"),
    "Australia/Sydney": ("sydney", "canberra", "new south wales"),
    "Australia/Melbourne": ("melbourne", "victoria, australia"),
    "Pacific/Auckland": ("new zealand", "auckland", "wellington, new zealand", "christchurch"),
}

_ALIAS_TO_KEY: dict[str, str] = {alias: key for key, aliases in PLACE_ALIASES.items()
                                 for alias in aliases}
_PLACE_TO_ZONE: dict[str, str] = {place: zone for zone, places in ZONE_PLACES.items()
                                  for place in places}

_DROPPED = re.compile(r"[.'’`ʿʼ\"]")  # dots and apostrophes: "St." = "St", "d'Ivoire" = "dIvoire"
_SPACED = re.compile(r"[\s\-‐–—_/]+")  # hyphens and runs of space: "Bandar-Abbas" = "Bandar Abbas"
_COMMA = re.compile(r"\s*,\s*")


def _canonical(part: str) -> str:
    """The key of one comma-free piece of a name (already ASCII, casefolded)."""
    part = _SPACED.sub(" ", _DROPPED.sub("", part)).strip()
    if part.startswith("the ") and part not in _PLACE_TO_ZONE:  # "the Hague" is a name
        part = part[4:]
    return _ALIAS_TO_KEY.get(part, part)


def normalize_place(name: str) -> str:
    """The canonical key of a place name, for comparing places across articles.

    Transliterates to ASCII, casefolds, drops dots and apostrophes and a leading "the", turns
    hyphens into spaces and maps listed aliases (``PLACE_ALIASES``): "Kiev" and "Київ" both give
    "kyiv". Qualified names keep their parts: "Wellington, Somerset" -> "wellington, somerset".
    Returns "" for a blank name.
    """
    stripped = name.strip()
    if stripped in _CASED_ALIASES:
        return _CASED_ALIASES[stripped]
    text = anyascii(stripped).casefold()
    whole = _canonical(text.replace(",", " "))  # "Washington, D.C." is one listed place
    if whole in _PLACE_TO_ZONE or whole in PLACE_ALIASES:
        return whole
    parts = [_canonical(p) for p in _COMMA.split(text)]
    return ", ".join(p for p in parts if p)


def timezone_for_place(name: str) -> str | None:
    """The IANA time zone of a place named in news ("Kyiv" -> "Europe/Kyiv"), or None.

    None for places not in ``ZONE_PLACES``, for ambiguous bare names (``AMBIGUOUS_PLACES``)
    and for countries spanning several zones. For "City, Region" the whole name is tried first,
    then the region (last part), then the city: "Healdsburg, California" -> America/Los_Angeles.
    """
    key = normalize_place(name)
    if not key:
        return None
    if key in _PLACE_TO_ZONE:
        return _PLACE_TO_ZONE[key]
    parts = key.split(", ")
    if len(parts) > 1:
        for part in (parts[-1], parts[0]):
            if part in _PLACE_TO_ZONE and part not in AMBIGUOUS_PLACES:
                return _PLACE_TO_ZONE[part]
    return None
