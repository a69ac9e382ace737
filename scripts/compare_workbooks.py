#!/usr/bin/env python3
"""Compare two sets of Comal workbooks cell by cell.

A refactoring must not change what the buyer, the suppliers and the sites receive: run the demo
with the old build into one folder and with the new build into another, then

  compare_workbooks.py OLD_DIR NEW_DIR

Every .xlsx under either folder (by path relative to it) must be in both, with the same sheets, and
every cell the same: the formula or value as written, and the cached result a reader sees. Prints one
line per difference (at most 50 per workbook), then "N workbooks compared, M differ"; exits 0 only
when none differ. Needs only the standard library and openpyxl.
"""
import os
import sys

import openpyxl


def workbooks(root):
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".xlsx"):
                path = os.path.join(folder, name)
                found[os.path.relpath(path, root)] = path
    return found


def cells(path, cached):
    book = openpyxl.load_workbook(path, data_only=cached)
    return {
        sheet.title: {
            cell.coordinate: cell.value
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        }
        for sheet in book.worksheets
    }


def differences(old, new):
    found = []
    for cached, kind in ((False, "written"), (True, "cached")):
        before, after = cells(old, cached), cells(new, cached)
        if list(before) != list(after):
            return [f"sheets {list(before)} became {list(after)}"]
        for sheet in before:
            for ref in sorted(set(before[sheet]) | set(after[sheet])):
                a, b = before[sheet].get(ref), after[sheet].get(ref)
                if a != b:
                    found.append(f"{sheet}!{ref} ({kind}): {a!r} became {b!r}")
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = workbooks(sys.argv[1]), workbooks(sys.argv[2])
    differing = 0
    for name in sorted(set(old) | set(new)):
        if name not in new:
            print(f"{name}: only in {sys.argv[1]}")
            differing += 1
            continue
        if name not in old:
            print(f"{name}: only in {sys.argv[2]}")
            differing += 1
            continue
        found = differences(old[name], new[name])
        if found:
            differing += 1
            for line in found[:50]:
                print(f"{name}: {line}")
    print(f"{len(set(old) | set(new))} workbooks compared, {differing} differ")
    sys.exit(1 if differing or not (old or new) else 0)


if __name__ == "__main__":
    main()
