#!/usr/bin/env python3
"""Check, count, tokenize and split the name-finder training data.

The data is Apache OpenNLP's NameFinderME format: one sentence per line,
tokens separated by single spaces, names wrapped as
``<START:type> tokens <END>``, an empty line between documents.
Standard library only.

Commands
  check FILE...      report malformed tags, tokenization slips, the same
                     surface string tagged with two types, tagged strings
                     that also occur untagged, style slips (article, title,
                     possessive or nationality adjective inside a tag) and
                     held-out membership; exit code 1 on errors
  stats FILE...      sentences, documents and mentions per type, per file
  tokenize [FILE]    turn lightly marked text into the training format:
                     ``[p Name]`` person, ``[o ...]`` organization,
                     ``[u ...]`` unit, ``[l ...]`` location, ``[w ...]``
                     weapon; one sentence per line, blank line between
                     documents; reads stdin without FILE
  split --dir DIR    move held-out documents of DIR/*.train into
                     DIR/heldout.eval, and documents that no longer
                     qualify back into the last training file

Held-out rule: a document is held out when the SHA-1 of its first line
(UTF-8, exactly as stored) read as a hexadecimal number is divisible by 10.
The rule depends on the document alone, so it survives re-ordering and
additions; edit a document's first line and run ``split`` again.
"""
import argparse
import hashlib
import os
import re
import sys
from collections import Counter, defaultdict

TYPES = ("person", "organization", "unit", "location", "weapon")
SHORT = {"p": "person", "o": "organization", "u": "unit", "l": "location", "w": "weapon"}
START_RE = re.compile(r"^<START:([^:>\s]*)>$")
HELD_OUT_FILE = "heldout.eval"

# Abbreviations that stay one token with their period (the data's convention; see the README
# for the ones the current tokenizer still splits).
ABBREVIATIONS = {
    "U.S.", "U.K.", "U.N.", "E.U.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.",
    "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Nos.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Rep.", "Sen.", "Gov.", "Jr.", "Brig.", "a.m.", "p.m.", "vs.", "Mt.", "Pvt.", "Cpl.",
}
OPENERS = "\"“‘([{"
CURRENCY = "$€£"
CLOSERS = ",;:!?)]}\"”"
TITLES = {
    "President", "Governor", "Gov.", "Gen.", "General", "Minister", "Mayor", "Colonel", "Col.", "Lt.",
    "Maj.", "Major", "Capt.", "Captain", "Sgt.", "Sergeant", "Adm.", "Admiral", "Mr.", "Mrs.", "Ms.",
    "Dr.", "Commander", "Chief", "Head", "Spokesman", "Spokeswoman", "Spokesperson", "Prime",
    "Senator", "Sen.", "Rep.", "Secretary", "Ambassador", "Chancellor", "Patriarch", "Pope", "King",
    "Prince", "Judge", "Prosecutor", "Deputy", "Lieutenant", "Marshal", "Premier", "Speaker",
}
NATIONALITIES = {
    "Russian", "Ukrainian", "American", "British", "French", "German", "Polish", "Chinese", "Iranian",
    "North", "South", "Korean", "Turkish", "Hungarian", "Serbian", "Indian", "Belarusian", "European",
    "Western", "Soviet", "Japanese", "Italian", "Dutch", "Swedish", "Finnish", "Estonian", "Latvian",
    "Lithuanian", "Romanian", "Moldovan", "Georgian", "Czech", "Slovak", "Danish", "Norwegian",
    "Canadian", "Australian", "Israeli", "Syrian", "Kazakh", "Chechen", "Crimean", "Pro-Russian",
    "pro-Russian", "Russian-installed", "Kremlin-backed",
}
# A tag that ends in these is fine even though it looks possessive ("Korean People 's Army").
POSSESSIVE_NAMES = {"People 's"}
# Words that belong inside the location tag when they follow a tagged name
# ("Kursk region", "Pokrovsk direction"); plural forms ("Kursk and Bryansk regions") stay out.
REGION_WORDS = {"region", "Region", "Oblast", "oblast", "province", "Province", "Krai", "krai",
                "direction", "Direction"}
# Untagged uses of a tagged string that are correct, decided case by case:
# (tokens, next token or None for any) -> reason.
ALLOW_UNTAGGED = {
    (("U.S.",), None): "adjective use (U.S. officials); tagged only as a noun",
    (("U.K.",), None): "adjective use (U.K. officials); tagged only as a noun",
    (("Shot",), None): "headline verb (Shot Down)",
    (("Center",), None): "common noun (Center of Pokrovsk)",
    (("14th",), "sanctions"): "ordinal of a sanctions package",
    (("Geneva",), "Conventions"): "treaty name, not tagged",
    (("Senator",), None): "title (Senator Lindsey Graham); the Roshel Senator vehicle is a weapon",
    (("House",), None): "common noun (Printing House); tagged as the short name of the House of Representatives",
}


# ---------------------------------------------------------------- parsing

class Sentence:
    __slots__ = ("file", "line", "tokens", "spans", "doc")

    def __init__(self, file, line, tokens, spans, doc):
        self.file, self.line, self.tokens, self.spans, self.doc = file, line, tokens, spans, doc

    def where(self):
        return f"{os.path.basename(self.file)}:{self.line}"


def parse_line(text):
    """Returns (tokens, spans, errors); spans are (start, end, type) over tokens."""
    errors = []
    if text != text.strip(" "):
        errors.append("leading or trailing space")
    if "  " in text:
        errors.append("double space")
    if "\t" in text:
        errors.append("tab")
    tokens, spans = [], []
    open_at, open_type = None, None
    for raw in text.strip().split():
        m = START_RE.match(raw)
        if m:
            if open_at is not None:
                errors.append("nested <START> inside an open tag")
            t = m.group(1)
            if t not in TYPES:
                errors.append(f"unknown type {t!r}")
            open_at, open_type = len(tokens), t
        elif raw == "<END>":
            if open_at is None:
                errors.append("<END> without <START>")
            elif open_at == len(tokens):
                errors.append("empty tag")
            else:
                spans.append((open_at, len(tokens), open_type))
            open_at, open_type = None, None
        elif "<START" in raw or "<END" in raw or "END>" in raw:
            errors.append(f"tag glued to a token: {raw!r}")
            tokens.append(raw)
        else:
            tokens.append(raw)
    if open_at is not None:
        errors.append("<START> never closed")
    return tokens, spans, errors


def read(files):
    """Returns (sentences, errors) over all files; documents are numbered per file."""
    sentences, errors = [], []
    for f in files:
        doc = 0
        blank = True
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if line.endswith("\r"):
                    errors.append((f"{os.path.basename(f)}:{n}", "CR line ending"))
                    line = line.rstrip("\r")
                if not line.strip():
                    if line:
                        errors.append((f"{os.path.basename(f)}:{n}", "blank line holds spaces"))
                    blank = True
                    continue
                if blank:
                    doc += 1
                    blank = False
                toks, spans, errs = parse_line(line)
                s = Sentence(f, n, toks, spans, (f, doc))
                for e in errs:
                    errors.append((s.where(), e))
                sentences.append(s)
    return sentences, errors


def documents(path):
    """The documents of a file as lists of lines."""
    docs, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip():
                cur.append(line)
            elif cur:
                docs.append(cur)
                cur = []
    if cur:
        docs.append(cur)
    return docs


def held_out(doc_lines):
    return int(hashlib.sha1(doc_lines[0].encode("utf-8")).hexdigest(), 16) % 10 == 0


# ---------------------------------------------------------------- tokenization

def split_word(w):
    """Splits one whitespace-separated chunk by the rules in the README (those of the tokenizer)."""
    if w.startswith("<START:") or w == "<END>":
        return [w]
    pre, post = [], []
    while w and w[0] in OPENERS + CURRENCY:
        pre.append(w[0])
        w = w[1:]
    while w:
        if w[-1] in CLOSERS:
            post.insert(0, w[-1])
            w = w[:-1]
        elif w[-1] == "." and w not in ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", w):
            post.insert(0, ".")
            w = w[:-1]
        elif w[-1] in "’'" and len(w) > 1 and w[-2] not in "’'s":
            # a closing single quote; a plural possessive ("soldiers'") stays whole, as in the tokenizer
            post.insert(0, w[-1])
            w = w[:-1]
        else:
            break
    mid = []
    if len(w) > 2 and w[-1] == "s" and w[-2] in "’'":
        mid = [w[:-2], w[-2:]]
    elif w:
        mid = [w]
    out = []
    for piece in pre + mid + post:
        # em and en dashes used as punctuation are tokens of their own
        parts = re.split(r"(—|–)", piece)
        out.extend(p for p in parts if p)
    return out


def tokenize_line(text):
    text = re.sub(r"\[([poulw]) ", lambda m: f" <START:{SHORT[m.group(1)]}> ", text)
    text = text.replace("]", " <END> ")
    out = []
    for w in text.split():
        out.extend(split_word(w))
    return " ".join(out)


def token_problems(tokens):
    probs = []
    for i, t in enumerate(tokens):
        if len(t) > 1 and (t[0] in OPENERS or t[-1] in CLOSERS):
            probs.append(f"punctuation not split off: {t!r}")
        elif len(t) > 1 and t.endswith(".") and t not in ABBREVIATIONS \
                and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", t) and not re.fullmatch(r"\.+", t):
            probs.append(f"period not split off: {t!r}")
        elif len(t) > 2 and re.search(r"[’']s$", t):
            probs.append(f"possessive not split off: {t!r}")
        elif len(t) > 1 and t[0] in CURRENCY:
            probs.append(f"currency sign not split off: {t!r}")
        elif re.search(r"[A-Za-z]n[’']t$", t) or re.fullmatch(r"[A-Za-z]+[’'](ll|re|ve|d|m)", t):
            probs.append(f"contraction: {t!r}")
        elif re.fullmatch(r"\d{1,3}(,\d{3})+,", t):
            probs.append(f"comma not split off a number: {t!r}")
        elif t in ("'", "’") and i > 0 and tokens[i - 1].endswith("s") and tokens[i - 1] != "'s":
            probs.append(f"plural possessive split (the tokenizer keeps {tokens[i - 1]}{t} whole)")
    if tokens and tokens[-1] in ABBREVIATIONS:
        probs.append(f"sentence ends in an abbreviation: {tokens[-1]!r}")
    return probs


# ---------------------------------------------------------------- checks

def check(files, verbose):
    sentences, errors = read(files)
    warnings = []
    for s in sentences:
        for p in token_problems(s.tokens):
            errors.append((s.where(), p))

    surface_types = defaultdict(Counter)
    surface_where = defaultdict(list)
    for s in sentences:
        for a, b, t in s.spans:
            surf = tuple(s.tokens[a:b])
            surface_types[surf][t] += 1
            surface_where[(surf, t)].append(s.where())
            first, last = surf[0], surf[-1]
            if first.lower() == "the":
                warnings.append((s.where(), f"article inside tag: {' '.join(surf)!r}"))
            if t == "person" and first in TITLES:
                warnings.append((s.where(), f"title inside person tag: {' '.join(surf)!r}"))
            if last in ("'s", "’s") and " ".join(surf[-2:]) not in POSSESSIVE_NAMES:
                warnings.append((s.where(), f"possessive inside tag: {' '.join(surf)!r}"))
            if len(surf) == 1 and first in NATIONALITIES:
                warnings.append((s.where(), f"nationality adjective tagged: {first!r}"))
            if not re.match(r"[\w\"']", first) or not re.search(r"[\w.)\"'+]$", last):
                warnings.append((s.where(), f"punctuation at tag edge: {' '.join(surf)!r}"))
            if t == "location" and b < len(s.tokens) and s.tokens[b] in REGION_WORDS:
                warnings.append((s.where(), f"region word outside location tag: {' '.join(surf)} {s.tokens[b]}"))
            if t == "unit" and s.tokens[b:b + 1] == ["group"]:
                warnings.append((s.where(), f"'group' outside unit tag: {' '.join(surf)}"))
            if b - a > 1 and first in NATIONALITIES and t in ("person", "weapon"):
                warnings.append((s.where(), f"adjective leads a {t} tag: {' '.join(surf)!r}"))

    conflicts = []
    for surf, types in sorted(surface_types.items()):
        if len(types) > 1:
            places = {t: surface_where[(surf, t)][:4] for t in types}
            conflicts.append((" ".join(surf), dict(types), places))

    # tagged strings that also occur untagged as a capitalised sequence
    by_first = defaultdict(set)
    for surf in surface_types:
        if surf[0][:1].isupper() or surf[0][:1].isdigit():
            by_first[surf[0]].add(surf)
    untagged = defaultdict(list)
    for s in sentences:
        inside = [False] * len(s.tokens)
        for a, b, _ in s.spans:
            for i in range(a, b):
                inside[i] = True
        for i, tok in enumerate(s.tokens):
            if inside[i] or tok not in by_first:
                continue
            for surf in by_first[tok]:
                n = len(surf)
                if tuple(s.tokens[i:i + n]) == surf and not any(inside[i:i + n]):
                    nxt = s.tokens[i + n] if i + n < len(s.tokens) else None
                    if (surf, None) in ALLOW_UNTAGGED or (surf, nxt) in ALLOW_UNTAGGED:
                        continue
                    untagged[surf].append(s.where())

    # held-out membership
    split_errors = []
    for f in files:
        name = os.path.basename(f)
        for d in documents(f):
            h = held_out(d)
            if name.endswith(".train") and h:
                split_errors.append(f"{name}: held-out document in a training file: {d[0][:70]!r}")
            if name.endswith(".eval") and not h:
                split_errors.append(f"{name}: training document in the held-out file: {d[0][:70]!r}")

    for where, msg in errors:
        print(f"ERROR {where}: {msg}")
    for msg in split_errors:
        print(f"SPLIT {msg}")
    for where, msg in warnings:
        print(f"STYLE {where}: {msg}")
    for surf, types, places in conflicts:
        detail = "; ".join(f"{t} {types[t]}x e.g. {', '.join(places[t])}" for t in sorted(types))
        print(f"TYPES {surf!r}: {detail}")
    for surf, places in sorted(untagged.items()):
        types = "/".join(sorted(surface_types[surf]))
        shown = places if verbose else places[:5]
        more = "" if len(shown) == len(places) else f" (+{len(places) - len(shown)} more)"
        print(f"UNTAGGED {' '.join(surf)!r} ({types}) at {', '.join(shown)}{more}")
    print()
    stats(files, sentences)
    print(f"\n{len(errors)} errors, {len(split_errors)} split errors, {len(warnings)} style warnings, "
          f"{len(conflicts)} type conflicts, {len(untagged)} tagged strings also untagged")
    return 1 if errors or split_errors else 0


def stats(files, sentences=None):
    if sentences is None:
        sentences, _ = read(files)
    rows = []
    total = Counter()
    by_file = defaultdict(list)
    for s in sentences:
        by_file[s.file].append(s)
    for f in files:
        ss = by_file[f]
        c = Counter(t for s in ss for _, _, t in s.spans)
        c["sentences"] = len(ss)
        c["documents"] = len({s.doc for s in ss})
        c["tokens"] = sum(len(s.tokens) for s in ss)
        c["no-name sentences"] = sum(1 for s in ss if not s.spans)
        rows.append((os.path.basename(f), c))
        total.update(c)
    cols = ["documents", "sentences", "tokens", "no-name sentences"] + list(TYPES)
    head = f"{'file':<22}" + "".join(f"{c.split()[0][:12]:>13}" for c in cols) + f"{'mentions':>10}"
    print(head)
    for name, c in rows + [("total", total)]:
        print(f"{name:<22}" + "".join(f"{c[k]:>13}" for k in cols) + f"{sum(c[t] for t in TYPES):>10}")


def split(folder):
    train = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".train"))
    eval_path = os.path.join(folder, HELD_OUT_FILE)
    held = documents(eval_path) if os.path.exists(eval_path) else []
    kept_held = [d for d in held if held_out(d)]
    back = [d for d in held if not held_out(d)]
    for f in train:
        docs = documents(f)
        stay = [d for d in docs if not held_out(d)]
        kept_held.extend(d for d in docs if held_out(d))
        if f == train[-1]:
            stay.extend(back)  # documents no longer held out go back to the last training file
        write(f, stay)
    write(eval_path, kept_held)
    print(f"held out {len(kept_held)} documents into {eval_path}")


def write(path, docs):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join("\n".join(d) for d in docs) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+")
    c.add_argument("-v", "--verbose", action="store_true", help="list every untagged occurrence")
    s = sub.add_parser("stats")
    s.add_argument("files", nargs="+")
    t = sub.add_parser("tokenize")
    t.add_argument("file", nargs="?")
    p = sub.add_parser("split")
    p.add_argument("--dir", required=True)
    a = ap.parse_args()
    if a.cmd == "check":
        return check(a.files, a.verbose)
    if a.cmd == "stats":
        stats(a.files)
        return 0
    if a.cmd == "tokenize":
        fh = open(a.file, encoding="utf-8") if a.file else sys.stdin
        with fh:
            for line in fh:
                line = line.strip()
                print(tokenize_line(line) if line else "")
        return 0
    if a.cmd == "split":
        split(a.dir)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
