#!/usr/bin/env python3
"""Independent checker for Comal's workbooks.

Recomputes a window's consolidation from the input CSVs and the written rules (not from the Swift
code), then checks every number in the purchase orders, the allocation workbook and the site
invoices. Money is integer cents throughout. Prints one line per failed check, then
"N passed, M failed"; exits 0 only when nothing failed. Needs only the standard library + openpyxl.

  check_workbooks.py --sites S.csv --catalog "Supplier=cat.csv" ... --fee "Supplier=45.00" ...
                     --orders O.csv [--receiving R.csv] --rule fill OUT_DIR

After receiving, the workbooks' "Allocated" and site/hub columns show what was delivered
(allocated less lost at delivery), while invoice amounts stay the allocation cost before credits.
"""
import argparse, csv, glob, os, re, sys
import openpyxl

HUB = "HUB"


def cents(text):
    """'27.50' -> 2750, '11' -> 1100, '0.5' -> 50; no floats."""
    m = re.fullmatch(r"(-?)(\d*)(?:\.(\d{0,2}))?", text.strip().replace("$", "").replace(",", ""))
    if not m or not (m.group(2) or m.group(3)):
        raise ValueError(f"not money: {text!r}")
    value = int(m.group(2) or "0") * 100 + int(((m.group(3) or "") + "00")[:2])
    return -value if m.group(1) else value


def fmt(c):
    return f"{'-' if c < 0 else ''}{abs(c) // 100}.{abs(c) % 100:02d}"


def pack_size(pack):
    """'12/24 OZ' -> 12, '36 CT' -> 36, '25 LB' -> 1."""
    pack = pack.strip()
    if "/" in pack:
        return int(pack.split("/")[0])
    m = re.fullmatch(r"(\d+)\s*(CT|DZ|EA)", pack, re.I)
    return int(m.group(1)) if m else 1


def largest_remainder(total, weights):
    """Split integer `total` in proportion to `weights` (key -> int); leftover units go to the
    largest remainders, ties to the smaller site id, the hub after every site."""
    W = sum(weights.values())
    if W == 0 or total == 0:
        return {k: 0 for k in weights}
    share = {k: total * w // W for k, w in weights.items()}
    left = total - sum(share.values())
    for k in sorted(weights, key=lambda k: (-(total * weights[k] % W), k == HUB, k))[:left]:
        share[k] += 1
    return share


def tier(product, cases):
    """(case price in cents, minimum of the tier reached or None) for `cases` cases."""
    reached = [t for t in product["tiers"] if t[0] <= cases]
    return (max(reached)[1], max(reached)[0]) if reached else (product["case"], None)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [{k.strip(): (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(f)]


def load_inputs(a):
    sites = {r["site_id"] for r in read_csv(a.sites)}
    products = {}
    for spec in a.catalog:
        supplier, _, path = spec.partition("=")
        for r in read_csv(path):
            tiers = [(int(t.split(":")[0]), cents(t.split(":")[1])) for t in r["tiers"].split(";") if t]
            products[r["sku"]] = dict(supplier=supplier, p=pack_size(r["pack"]), case=cents(r["case_price"]),
                                      each=cents(r["each_price"]) if r["each_price"] else None,
                                      tiers=tiers, min_cases=int(r.get("min_cases") or 0))
    fees = {spec.partition("=")[0]: cents(spec.partition("=")[2]) for spec in a.fee}
    orders = {}  # sku -> site -> [eaches, tolerance]
    for r in read_csv(a.orders):
        if r["sku"] not in products or r["site_id"] not in sites:
            sys.exit(f"{a.orders}: unknown SKU or site in {r}")
        entry, qty = orders.setdefault(r["sku"], {}).setdefault(r["site_id"], [0, 0]), int(r["quantity"])
        entry[0] += qty * products[r["sku"]]["p"] if r["unit"].lower().startswith("case") else qty
        entry[1] += int(r.get("tolerance") or 0)
    received = {r["sku"]: int(r["received_eaches"]) for r in read_csv(a.receiving)} if a.receiving else {}
    return products, fees, orders, received


def consolidate(products, fees, orders, received):
    lines = {}
    for sku, by_site in orders.items():
        pr = products[sku]
        p, splittable = pr["p"], pr["each"] is not None
        q, tol = {s: v[0] for s, v in by_site.items()}, {s: v[1] for s, v in by_site.items()}
        Q, T = sum(q.values()), sum(tol.values())
        cases, split = Q // p, (Q % p if splittable else 0)
        if not splittable and Q % p > 0 and Q % p + T >= p:
            cases += 1
        dropped = pr["min_cases"] > 0 and cases * p + split < pr["min_cases"] * p
        cases, split = (0, 0) if dropped else (cases, split)
        B = cases * p + split
        price, tier_min = tier(pr, cases)
        cost = cases * price + split * (pr["each"] or 0)
        tol_used, alloc = 0, {s: 0 for s in q}
        if not dropped and B < Q:
            short = largest_remainder(Q - B, q)
            alloc = {s: q[s] - short[s] for s in q}
        elif not dropped:
            tol_used = min(B - Q, T)
            extra = largest_remainder(tol_used, tol)
            alloc = {s: q[s] + extra[s] for s in q}
        alloc[HUB] = 0 if dropped or B < Q else B - Q - tol_used
        share = largest_remainder(cost, alloc)
        lost, credit, M = {k: 0 for k in alloc}, {k: 0 for k in alloc}, 0
        if sku in received and B > 0:
            M = max(0, B - received[sku])
            lost[HUB] = min(M, alloc[HUB])
            lost.update(largest_remainder(M - lost[HUB], {s: alloc[s] for s in q}))
            credit = largest_remainder((2 * cost * M + B) // (2 * B), lost)
        lines[sku] = dict(pr=pr, q=q, B=B, cases=cases, split=split, price=price, tier_min=tier_min,
                          cost=cost, dropped=dropped, alloc=alloc, share=share, lost=lost,
                          credit=credit, M=M, tol_used=tol_used, short=Q if dropped else max(0, Q - B),
                          Q=Q, got={k: alloc[k] - lost[k] for k in alloc})
    inv = {s: dict(goods=0, fees=0, credits=0, fee_by={}, alone=0, alone_from=set())
           for by_site in orders.values() for s in by_site}
    for ln in lines.values():
        pr, p = ln["pr"], ln["pr"]["p"]
        for s in ln["q"]:
            inv[s]["goods"] += ln["share"][s]
            inv[s]["credits"] += ln["credit"][s]
            # Alone, a site is compared on what it got from the purchase (before delivery losses).
            e = ln["alloc"][s]
            if e <= 0:
                continue
            if pr["each"] is not None:
                inv[s]["alone"] += (e // p) * tier(pr, e // p)[0] + (e % p) * pr["each"]
            else:
                c = max(-(-e // p), pr["min_cases"])
                inv[s]["alone"] += c * tier(pr, c)[0]
            inv[s]["alone_from"].add(pr["supplier"])
    for supplier, fee in fees.items():
        goods = {s: sum(ln["share"].get(s, 0) for ln in lines.values() if ln["pr"]["supplier"] == supplier)
                 for s in inv}
        for s, part in largest_remainder(fee, goods).items():
            inv[s]["fee_by"][supplier] = part
            inv[s]["fees"] += part
    for v in inv.values():
        v["alone"] += sum(fees.get(sup, 0) for sup in v["alone_from"])
        v["total"] = v["goods"] + v["fees"] - v["credits"]
        v["savings"] = v["alone"] - (v["goods"] + v["fees"])
    return lines, inv


class Report:
    def __init__(self, quiet=False):
        self.passed, self.failed, self.quiet = 0, 0, quiet

    def check(self, ok, where, message):
        self.passed, self.failed = self.passed + bool(ok), self.failed + (not ok)
        if not ok and not self.quiet:
            print(f"{where}: {message}")
        return ok

    def value(self, where, expected, found, what, money=False):
        """expected: cents (money) or a count or text, or None for an empty cell."""
        shown = found
        if isinstance(found, (int, float)) and not isinstance(found, bool):
            found = round(found * 100) if money else (int(found) if found == int(found) else found)
            shown = fmt(found) if money else found
        exp = fmt(expected) if money and expected is not None else expected
        self.check(found == expected, where, f"expected {exp}, found {shown} ({what})")


def open_book(rep, path):
    """(cached values, formulas) of a workbook, or (None, None) and a failed check."""
    try:
        books = openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(path, data_only=False)
    except Exception as error:
        rep.check(False, os.path.basename(path), f"cannot open workbook: {error}")
        return None, None
    rep.check(True, os.path.basename(path), "")
    return books


def find_header(ws, names):
    """(row number, {header text: column}) of the first row holding every one of `names`."""
    for row in ws.iter_rows():
        cols = {c.value.strip(): c.column for c in row if isinstance(c.value, str)}
        if all(n in cols for n in names):
            return row[0].row, cols
    return None, None


def labelled(ws, label):
    """The cell right of the last cell whose text is exactly `label`."""
    hits = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == label]
    return ws.cell(hits[-1].row, hits[-1].column + 1) if hits else None


def check_row(rep, name, ws, r, col, key, specs):
    """specs: (header, expected, what, money); headers missing from `col` fail."""
    for h, exp, what, money in specs:
        c = ws.cell(r, col[h]) if h in col else None
        where = f"{name}{'' if name.endswith('!') else ' '}{c.coordinate if c else h}"
        rep.value(where, exp, c.value if c else "(no column)", f"{what} of {key}", money)


def check_labelled(rep, name, ws, specs):
    """specs: (label, expected cents); the value sits right of its label."""
    for label, exp in specs:
        c = labelled(ws, label)
        rep.value(f"{name} {c.coordinate if c else label}", exp, c.value if c else None, label.lower(), True)


def check_purchase_orders(rep, out, lines, fees):
    paths = {}
    for path in sorted(glob.glob(os.path.join(out, "purchase-order-*.xlsx"))):
        vals, _ = open_book(Report(quiet=True), path)  # its supplier is named right of "Supplier"
        paths[getattr(vals and labelled(vals.worksheets[0], "Supplier"), "value", None)] = path
    for supplier in sorted({ln["pr"]["supplier"] for ln in lines.values()}):
        rep.check(supplier in paths, out, f"no purchase-order-*.xlsx names supplier {supplier}")
        vals, forms = open_book(rep, paths[supplier]) if supplier in paths else (None, None)
        if vals is None:
            continue
        name, ws, fws = os.path.basename(paths[supplier]), vals.worksheets[0], forms.worksheets[0]
        mine = {sku: ln for sku, ln in lines.items() if ln["pr"]["supplier"] == supplier}
        hr, col = find_header(ws, ["SKU", "Cases", "Eaches", "Case price", "Each price", "Price tier", "Line total"])
        if not rep.check(hr is not None, name, "purchase-order header row not found"):
            continue
        seen, r = set(), hr + 1
        while ws.cell(r, col["SKU"]).value:
            sku = str(ws.cell(r, col["SKU"]).value).strip()
            ln, seen = mine.get(sku), seen | {sku}
            rep.check(ln and not ln["dropped"], f"{name} {ws.cell(r, col['SKU']).coordinate}", f"unexpected line {sku}")
            if ln and not ln["dropped"]:
                t = ln["tier_min"]
                check_row(rep, name, ws, r, col, sku, (
                    ("Cases", ln["cases"], "cases", False), ("Eaches", ln["split"], "split eaches", False),
                    ("Case price", ln["price"], "case price", True), ("Each price", ln["pr"]["each"], "each price", True),
                    ("Price tier", t and f"tier from {t} cases", "price tier", False),
                    ("Line total", ln["cost"], "line total", True)))
                f = fws.cell(r, col["Line total"])
                rep.check(isinstance(f.value, str) and f.value.startswith("="), f"{name} {f.coordinate}",
                          f"expected a formula, found {f.value!r} (line total of {sku})")
            r += 1
        for sku in sorted(s for s, ln in mine.items() if not ln["dropped"] and s not in seen):
            rep.check(False, name, f"line {sku} missing")
        goods, fee = sum(ln["cost"] for ln in mine.values() if not ln["dropped"]), fees.get(supplier, 0)
        check_labelled(rep, name, ws, (("Goods subtotal", goods), ("Delivery fee", fee), ("Total", goods + fee)))
        dropped, found = {sku: ln for sku, ln in mine.items() if ln["dropped"]}, {}
        dr, dcol = find_header(ws, ["SKU", "Eaches requested"])
        if labelled(ws, "Not ordered (not in the totals)") is not None and dr is not None:
            r = dr + 1
            while ws.cell(r, dcol["SKU"]).value:
                found[str(ws.cell(r, dcol["SKU"]).value).strip()] = ws.cell(r, dcol["Eaches requested"])
                r += 1
        rep.check(set(found) == set(dropped), name, f"expected dropped lines {sorted(dropped)}, found {sorted(found)}")
        for sku, cell in sorted(found.items()):
            if sku in dropped:
                rep.value(f"{name} {cell.coordinate}", dropped[sku]["Q"], cell.value, f"eaches requested of dropped {sku}")


def check_allocation(rep, out, lines, inv):
    vals, _ = open_book(rep, os.path.join(out, "allocation.xlsx"))
    if vals is None:
        return
    name, ws = "allocation.xlsx", vals["Allocation"] if "Allocation" in vals.sheetnames else vals.worksheets[0]
    heads = ["SKU", "Bought (eaches)", "Hub stock", "Tolerance used", "Short at purchase", "Short at delivery"]
    hr, col = find_header(ws, heads + sorted(inv))
    rep.check(hr is not None, name, f"no header row with {heads} and every ordering site's id")
    seen = set()
    for r in range(hr + 1, ws.max_row + 1) if hr else ():
        sku = str(ws.cell(r, col["SKU"]).value or "").strip()
        ln = lines.get(sku)
        if sku:
            rep.check(ln is not None, f"{name} {ws.cell(r, col['SKU']).coordinate}", f"unexpected product {sku}")
        if not ln:
            continue
        seen.add(sku)
        for s in sorted(inv):
            c = ws.cell(r, col[s])
            if s in ln["q"]:
                rep.value(f"{name} {c.coordinate}", ln["got"][s], c.value, f"{sku} allocated to {s}, less lost at delivery")
            else:
                rep.check(c.value in (None, 0, ""), f"{name} {c.coordinate}", f"expected empty, found {c.value} ({s} did not order {sku})")
        check_row(rep, name, ws, r, col, sku, [(h, exp, h.lower(), False) for h, exp in (
            ("Bought (eaches)", ln["B"]), ("Hub stock", ln["got"][HUB]), ("Tolerance used", ln["tol_used"]),
            ("Short at purchase", ln["short"]), ("Short at delivery", ln["M"]))])
    for sku in sorted(s for s, ln in lines.items() if not ln["dropped"] and s not in seen):
        rep.check(False, name, f"product {sku} missing from the Allocation sheet")
    ws = vals["Savings"] if "Savings" in vals.sheetnames else None
    heads = ["Site", "Goods", "Delivery fees", "Cost with the alliance", "Cost buying alone", "Savings"]
    hr, col = find_header(ws, heads) if ws else (None, None)
    rep.check(hr is not None, name, "Savings sheet or its header row missing")
    rows = {str(ws.cell(r, col["Site"]).value).strip(): r for r in range(hr + 1, ws.max_row + 1)} if hr else {}
    total = {k: sum(v[k] for v in inv.values()) for k in ("goods", "fees", "alone", "savings")}
    for s in sorted(inv) + ["Total"] if hr else ():
        v, r = inv.get(s, total), rows.get(s)
        rep.check(r is not None, f"{name} Savings", f"row for {s} missing")
        if r is not None:
            check_row(rep, "allocation.xlsx Savings!", ws, r, col, s, [(h, exp, h.lower(), True) for h, exp in (
                ("Goods", v["goods"]), ("Delivery fees", v["fees"]), ("Cost with the alliance", v["goods"] + v["fees"]),
                ("Cost buying alone", v["alone"]), ("Savings", v["savings"]))])


def check_invoices(rep, out, lines, inv):
    for s, v in sorted(inv.items()):
        name = f"invoice-{s}.xlsx"
        vals, _ = open_book(rep, os.path.join(out, name))
        ws = vals.worksheets[0] if vals else None
        hr, col = find_header(ws, ["Supplier", "SKU", "Description", "Ordered", "Allocated", "Amount"]) if ws else (None, None)
        if ws is None or not rep.check(hr is not None, name, "invoice header row not found"):
            continue
        items, credits, fees = {}, {}, {}
        for r in range(hr + 1, ws.max_row + 1):
            sku, desc = str(ws.cell(r, col["SKU"]).value or "").strip(), str(ws.cell(r, col["Description"]).value or "")
            if desc.startswith("Receiving credit"):
                credits[sku] = r
            elif desc == "Share of the delivery fee":
                fees[str(ws.cell(r, col["Supplier"]).value).strip()] = r
            elif sku:
                items[sku] = r
        mine = {sku: ln for sku, ln in lines.items() if s in ln["q"]}
        for sku in sorted(set(items) | set(mine)):
            ln, r = mine.get(sku), items.get(sku)
            if ln is None or r is None:
                rep.check(ln is not None and ln["dropped"], name, f"{'unexpected' if ln is None else 'missing'} line {sku}")
            else:
                check_row(rep, name, ws, r, col, sku, (
                    ("Ordered", ln["q"][s], "ordered eaches", False), ("Amount", ln["share"][s], "goods", True),
                    ("Allocated", ln["got"][s], "allocated eaches, less lost at delivery,", False)))
        expect = [(credits, sku, -ln["credit"][s], f"receiving credit of {sku}") for sku, ln in mine.items()]
        expect += [(fees, sup, part, f"delivery fee share of {sup}") for sup, part in v["fee_by"].items()]
        expect += [(credits, k, 0, f"receiving credit of {k}") for k in credits if k not in mine]
        expect += [(fees, k, 0, f"delivery fee share of {k}") for k in fees if k not in v["fee_by"]]
        for rows, key, exp, what in sorted(expect, key=lambda e: e[3]):
            c = ws.cell(rows[key], col["Amount"]) if key in rows else None
            if c is not None or exp != 0:  # a zero credit or fee share may be left out
                rep.value(f"{name} {c.coordinate if c else 'Amount'}", exp, c.value if c else None, what, True)
        check_labelled(rep, name, ws, (("Total", v["total"]), ("Cost buying alone", v["alone"]), ("Savings", v["savings"])))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", required=True)
    ap.add_argument("--catalog", action="append", required=True, help='"Supplier=path.csv", once per supplier')
    ap.add_argument("--fee", action="append", default=[], help='"Supplier=45.00", once per supplier')
    ap.add_argument("--orders", required=True)
    ap.add_argument("--receiving")
    ap.add_argument("--rule", default="fill", choices=["fill"])
    ap.add_argument("out", help="folder holding the workbooks")
    a = ap.parse_args()
    products, fees, orders, received = load_inputs(a)
    lines, inv = consolidate(products, fees, orders, received)
    rep = Report()
    check_purchase_orders(rep, a.out, lines, fees)
    check_allocation(rep, a.out, lines, inv)
    check_invoices(rep, a.out, lines, inv)
    print(f"{rep.passed} passed, {rep.failed} failed")
    return 0 if rep.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
