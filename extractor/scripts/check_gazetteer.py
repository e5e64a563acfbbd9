#!/usr/bin/env python3
"""Validate the gazetteer TSV files.

Usage:
    python3 extractor/scripts/check_gazetteer.py [DIR]
DIR defaults to extractor/src/main/resources/gazetteer (relative to the
repository root, found from this file's location).

Checks, over all *.tsv files together:
  * every data line has 8 tab-separated columns;
  * ids are unique, lower-case slugs whose prefix fits the type
    (place/ Location, person/ Person, org/ Organization, unit/ MilitaryUnit,
    weapon/ Weapon);
  * the type is one of Person, Organization, MilitaryUnit, Location, Weapon;
  * every parent id exists; wikidata ids look like Q123 and are not shared;
  * lat/lon parse as numbers in range (or are both empty);
  * no duplicate (type, name) - for Location (type, name, parent);
  * aliases are non-empty, distinct and differ from the name;
  * no surface form (name or alias, compared with case, accents and
    punctuation folded; three characters or fewer: exact) belongs to entities of different types, except the
    cases listed in ALLOWED_CROSS_TYPE.
Exit status 0 when all pass, 1 otherwise. --verbose lists same-type
ambiguous surface forms as information.
"""

import collections
import glob
import os
import re
import sys
import unicodedata

TYPES = {"Person": "person/", "Organization": "org/", "MilitaryUnit": "unit/",
         "Location": "place/", "Weapon": "weapon/"}
ID_RE = re.compile(r"^(place|person|org|unit|weapon)/[a-z0-9]+(?:-[a-z0-9]+)*$")
Q_RE = re.compile(r"^Q[1-9][0-9]*$")

# Surface forms shared by entities of different types on purpose
# (documented in README.md).
ALLOWED_CROSS_TYPE = {
    "azov",          # town in Rostov Oblast / Azov Brigade
}


def fold(name):
    """Matching key: case, accents, apostrophes, possessive 's, punctuation
    and a leading "the" do not count (as the extractor's NameKey)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+|_", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "src", "main", "resources", "gazetteer")
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    directory = args[0] if args else default
    files = sorted(glob.glob(os.path.join(directory, "*.tsv")))
    errors = []
    rows = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if line.startswith("#") or not line.strip():
                    continue
                where = "%s:%d" % (os.path.basename(path), n)
                cols = line.split("\t")
                if len(cols) != 8:
                    errors.append("%s: %d columns" % (where, len(cols)))
                    continue
                rows.append((where, cols))

    ids = {}
    for where, cols in rows:
        pid, typ, name, aliases, qid, parent, lat, lon = cols
        if pid in ids:
            errors.append("%s: duplicate id %s (first at %s)" % (where, pid, ids[pid]))
        ids[pid] = where
        if not ID_RE.match(pid):
            errors.append("%s: bad id %r" % (where, pid))
        if typ not in TYPES:
            errors.append("%s: bad type %r" % (where, typ))
        elif not pid.startswith(TYPES[typ]):
            errors.append("%s: id %s does not fit type %s" % (where, pid, typ))
        if not name.strip() or name != name.strip():
            errors.append("%s: bad name %r" % (where, name))
        if qid and not Q_RE.match(qid):
            errors.append("%s: bad wikidata %r" % (where, qid))
        if (lat == "") != (lon == ""):
            errors.append("%s: only one of lat/lon" % where)
        if lat:
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    errors.append("%s: lat/lon out of range" % where)
            except ValueError:
                errors.append("%s: lat/lon do not parse" % where)
        if aliases:
            parts = aliases.split("|")
            if any(not p.strip() or p != p.strip() for p in parts):
                errors.append("%s: empty or padded alias in %r" % (where, aliases))
            if len(set(parts)) != len(parts):
                errors.append("%s: repeated alias" % where)
            if name in parts:
                errors.append("%s: alias equals name" % where)

    qids = {}
    names = {}
    forms = collections.defaultdict(set)
    for where, cols in rows:
        pid, typ, name, aliases, qid, parent, lat, lon = cols
        if parent and parent not in ids:
            errors.append("%s: parent %s does not exist" % (where, parent))
        if parent == pid:
            errors.append("%s: own parent" % where)
        if qid:
            if qid in qids:
                errors.append("%s: wikidata %s also at %s" % (where, qid, qids[qid]))
            qids[qid] = where
        key = (typ, name, parent) if typ == "Location" else (typ, name)
        if key in names:
            errors.append("%s: duplicate %r (first at %s)" % (where, key, names[key]))
        names[key] = where
        for form in [name] + (aliases.split("|") if aliases else []):
            # names of three characters or fewer match only in exact case
            forms[form if len(form) <= 3 else fold(form)].add((typ, pid))

    same_type = 0
    for form, ents in sorted(forms.items()):
        types = {t for t, _ in ents}
        if len(types) > 1 and form not in ALLOWED_CROSS_TYPE:
            errors.append("surface form %r used by different types: %s"
                          % (form, ", ".join(sorted(p for _, p in ents))))
        elif len(ents) > 1:
            same_type += 1
            if verbose:
                print("info: %r shared by %s" % (form, ", ".join(sorted(p for _, p in ents))))

    counts = collections.Counter()
    for where, cols in rows:
        counts[where.split(":")[0]] += 1
    for f in sorted(counts):
        print("%-28s %6d entries" % (f, counts[f]))
    print("total %d entries, %d surface forms, %d shared by several entities of one type"
          % (len(rows), len(forms), same_type))
    for e in errors:
        print("ERROR " + e)
    print("%d passed, %d failed" % (1 if not errors else 0, 1 if errors else 0))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
