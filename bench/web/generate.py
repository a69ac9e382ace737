#!/usr/bin/env python3
"""Writes the web benchmark's alliance as the CSVs `comal import` reads: 2,000 sites in real New
Mexico towns (invented names, coordinates jittered around each town) and 40 order lines per site for
each of two windows. The seed is fixed, so every run (and machine) loads the same week.

    bench/web/generate.py OUT_DIR CATALOG.csv... [--sites 2000] [--lines 40] [--seed 2026]
"""
import argparse
import csv
import os
import random
import re

# Real towns, their centre (lat, lon) and a weight near their population in thousands, so that
# Albuquerque holds the most sites and no town is left empty. The code prefixes each site id.
TOWNS = [
    ("ABQ", "Albuquerque", 35.0844, -106.6504, 560), ("LCR", "Las Cruces", 32.3199, -106.7637, 112),
    ("RRA", "Rio Rancho", 35.2328, -106.6630, 105), ("SFE", "Santa Fe", 35.6870, -105.9378, 88),
    ("ROS", "Roswell", 33.3943, -104.5230, 48), ("FMN", "Farmington", 36.7281, -108.2187, 46),
    ("HOB", "Hobbs", 32.7026, -103.1360, 40), ("CLV", "Clovis", 34.4048, -103.2052, 38),
    ("CAR", "Carlsbad", 32.4207, -104.2288, 32), ("ALA", "Alamogordo", 32.8995, -105.9603, 31),
    ("GAL", "Gallup", 35.5281, -108.7426, 21), ("LLU", "Los Lunas", 34.8062, -106.7334, 17),
    ("DEM", "Deming", 32.2687, -107.7586, 14), ("SLP", "Sunland Park", 31.7965, -106.5799, 17),
    ("LVG", "Las Vegas", 35.5942, -105.2239, 13), ("POR", "Portales", 34.1862, -103.3344, 12),
    ("LAM", "Los Alamos", 35.8800, -106.3031, 13), ("ART", "Artesia", 32.8424, -104.4033, 12),
    ("LOV", "Lovington", 32.9440, -103.3486, 11), ("SVC", "Silver City", 32.7701, -108.2803, 10),
    ("ESP", "Española", 35.9911, -106.0806, 10), ("ANT", "Anthony", 32.0040, -106.6058, 9),
    ("GRA", "Grants", 35.1473, -107.8514, 9), ("SOC", "Socorro", 34.0584, -106.8914, 8),
    ("BER", "Bernalillo", 35.3000, -106.5511, 9), ("BLO", "Bloomfield", 36.7111, -107.9845, 7),
    ("BEL", "Belen", 34.6628, -106.7764, 7), ("AZT", "Aztec", 36.8222, -107.9929, 6),
    ("SHI", "Shiprock", 36.7856, -108.6870, 8), ("TAO", "Taos", 36.4072, -105.5731, 6),
    ("TOC", "Truth or Consequences", 33.1284, -107.2528, 6), ("RAT", "Raton", 36.9034, -104.4391, 6),
    ("TUC", "Tucumcari", 35.1717, -103.7250, 5), ("RUI", "Ruidoso", 33.3317, -105.6730, 8),
    ("ZUN", "Zuni Pueblo", 35.0692, -108.8484, 6), ("MOR", "Moriarty", 34.9901, -106.0492, 2),
    ("CHA", "Chaparral", 32.0401, -106.3853, 15), ("COR", "Corrales", 35.2378, -106.6067, 8),
    ("PLA", "Placitas", 35.3067, -106.4245, 5), ("LOR", "Lordsburg", 32.3504, -108.7087, 2),
    ("SRO", "Santa Rosa", 34.9387, -104.6825, 3), ("EDG", "Edgewood", 35.0614, -106.1914, 4),
    ("EST", "Estancia", 34.7587, -106.0558, 2), ("CHI", "Chimayó", 35.9967, -105.9475, 3),
    ("PEN", "Peñasco", 36.1706, -105.6836, 2), ("MRA", "Mora", 35.9745, -105.3300, 2),
    ("KIR", "Kirtland", 36.7342, -108.3590, 7), ("CRP", "Crownpoint", 35.6781, -108.1509, 3),
    ("TUL", "Tularosa", 33.0740, -106.0186, 3), ("HAT", "Hatch", 32.6651, -107.1606, 2),
    ("BAY", "Bayard", 32.7615, -108.1306, 2), ("CLA", "Clayton", 36.4517, -103.1841, 3),
    ("FSU", "Fort Sumner", 34.4717, -104.2455, 2), ("JEM", "Jemez Pueblo", 35.6153, -106.7270, 2),
]

WORDS = ["Piñon", "Sandia", "Roadrunner", "Chamisa", "Yucca", "Mesa Linda", "Sunrise", "Cottonwood",
         "Juniper", "Turquoise", "Adobe", "Bosque", "Rayito de Sol", "Luna", "Estrella", "Corazón",
         "Arroyo", "Cielo Azul", "Aspen", "Ristra", "Zia", "Manzano", "Sagebrush", "Río Grande",
         "Pecos", "Organ Mountain", "Sangre de Cristo", "Jemez", "Gila", "Lobo", "Paloma", "Colibrí"]
CENTER_SUFFIXES = ["Learning Center", "Child Development Center", "Early Learning Center",
                   "Children's Center", "Preschool", "Kids Academy", "Little Learners"]
HOME_OWNERS = ["Abuela Rosa's", "Tía Carmen's", "Miss Dolores'", "Lupe's", "Grandma Ortiz's",
               "Auntie Bea's", "Señora Baca's", "Ms. Yazzie's", "Mrs. Chávez's", "Nana Lucero's"]
HOME_SUFFIXES = ["Family Child Care", "Family Day Care", "Home Child Care"]
STREETS = ["Calle del Sol", "Camino Real", "Avenida Cesar Chavez", "Paseo del Norte", "Calle Luna",
           "Camino del Bosque", "Main St", "Mesa Verde Dr", "Alameda Blvd", "Rio Bravo Rd",
           "Calle Cielo", "Piñon Ridge Rd", "Arroyo Seco Ln", "Juniper Way", "Cottonwood Dr"]

SITE_HEADER = ["site_id", "name", "kind", "address", "city", "lat", "lon", "window_start", "window_end",
               "enroll_infant", "enroll_1_2", "enroll_3_5", "enroll_6_12", "enroll_13_18", "enroll_adult"]


def sites(rng, count):
    """Sites spread over the towns by weight; ids are the town's code and a running number."""
    towns = rng.choices(TOWNS, weights=[t[4] for t in TOWNS], k=count - len(TOWNS))
    towns += TOWNS  # every town gets at least one site
    towns.sort(key=lambda t: t[0])
    numbers = {}
    for code, city, lat, lon, _ in towns:
        numbers[code] = numbers.get(code, 0) + 1
        home = rng.random() < 0.3
        if home:
            name = f"{rng.choice(HOME_OWNERS)} {rng.choice(WORDS)} {rng.choice(HOME_SUFFIXES)}"
            enroll = [rng.randint(0, 2), rng.randint(0, 3), rng.randint(1, 4), rng.randint(0, 3), 0, 0]
            start = rng.choice(["09:00", "09:30", "12:30", "13:00"])
        else:
            name = f"{rng.choice(WORDS)} {rng.choice(CENTER_SUFFIXES)}"
            enroll = [rng.randint(0, 12), rng.randint(4, 20), rng.randint(15, 60), rng.randint(0, 40),
                      rng.randint(0, 4), rng.randint(0, 2)]
            start = rng.choice(["06:30", "07:00", "07:30", "08:00"])
        end = f"{int(start[:2]) + (2 if home else 4):02d}{start[2:]}"
        # About 0.05° (5 km) around the town's centre: the town's streets, not the next town's.
        yield [f"{code}-{numbers[code]:04d}", name, "home" if home else "center",
               f"{rng.randint(10, 9999)} {rng.choice(STREETS)}", city,
               f"{lat + rng.uniform(-0.05, 0.05):.4f}", f"{lon + rng.uniform(-0.05, 0.05):.4f}",
               start, end, *enroll]


def products(catalogs):
    """(sku, eaches per case) of every product in the catalogs; 1 for a case of a single piece."""
    found = []
    for path in catalogs:
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                # `6/#10 CN` is 6 eaches and `138 CT` or `15 DZ` 138 or 15 pieces; `25 LB` is one bag.
                inner = re.match(r"^(\d+)/", row["pack"]) or re.match(r"^(\d+) (CT|DZ)$", row["pack"])
                found.append((row["sku"], int(inner.group(1)) if inner else 1))
    return found


def orders(rng, site_ids, catalog, lines):
    """`lines` distinct products per site, in cases or (where a case splits) eaches, some with tolerance."""
    for site in site_ids:
        for sku, per_case in rng.sample(catalog, lines):
            if per_case > 1 and rng.random() < 0.5:
                quantity, unit = rng.randint(1, per_case - 1), "each"
            else:
                quantity, unit = rng.randint(1, 4), "case"
            tolerance = rng.choice(["", "", "1", "2"]) if per_case > 1 else ""
            yield [site, sku, quantity, unit, tolerance]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("catalogs", nargs="+")
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--lines", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    site_rows = list(sites(rng, args.sites))
    write(os.path.join(args.out, "sites.csv"), SITE_HEADER, site_rows)
    catalog = products(args.catalogs)
    ids = [row[0] for row in site_rows]
    for name in ("orders-closed.csv", "orders-open.csv"):
        write(os.path.join(args.out, name), ["site_id", "sku", "quantity", "unit", "tolerance"],
              orders(rng, ids, catalog, args.lines))


if __name__ == "__main__":
    main()
