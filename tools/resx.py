#!/usr/bin/env python3
"""Writes a .resx file from a tab-separated list of German keys and translations (key<TAB>value per line).

Usage: tools/resx.py translations.tsv Resources/X.en.resx
The German text is the key (ASP.NET Core localisation falls back to it); only translations live in .resx files.
"""
import sys
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def main(source, target):
    seen = set()
    rows = []
    with open(source, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, value = line.split("\t", 1)
            if key in seen:
                continue
            seen.add(key)
            rows.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
    with open(target, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(rows)
        f.write("</root>\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
