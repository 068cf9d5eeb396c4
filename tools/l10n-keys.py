#!/usr/bin/env python3
"""Lists the texts a module passes through its localizer, with their English translation where one exists.

Usage: tools/l10n-keys.py src/Modules/Workshops/LaborPlattform.Workshops > workshops.tsv
Prints key<TAB>translation per line (translation empty when missing), in the format tools/resx.py reads.
The scan matches the one in tests/LaborPlattform.Architecture.Tests/LocalizationTests.cs.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PATTERN = re.compile(r'(?:(?<!\w)_?[tT]\[|new NavigationItem\(|new LabLink\(|new PublicLabLink\()"((?:[^"\\]|\\.)+)"(?=[\],)])')

def main(folder):
    keys = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.*"), recursive=True)):
        parts = path.split(os.sep)
        if not (path.endswith(".cs") or path.endswith(".cshtml")) or "obj" in parts or "bin" in parts or "Migrations" in parts:
            continue
        with open(path, encoding="utf-8") as f:
            for match in PATTERN.finditer(f.read()):
                key = match.group(1).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in match.group(1) else match.group(1)
                if key not in keys:
                    keys.append(key)
    existing = {}
    for resx in glob.glob(os.path.join(folder, "Resources", "**", "*.en.resx"), recursive=True):
        for data in ET.parse(resx).getroot().findall("data"):
            existing[data.get("name")] = data.findtext("value") or ""
    for key in keys:
        print(f"{key}\t{existing.get(key, '')}")
    for key, value in existing.items():
        if key not in keys:
            print(f"{key}\t{value}")

if __name__ == "__main__":
    main(sys.argv[1])
