#!/usr/bin/env python3
"""Generate resources/demo/theatre.seatmap.json, the demo venue's seat map (docs/seat-map-format.md).

The layout is computed rather than drawn so it stays consistent: every stalls and circle row is an arc
around the stage centre, restricted-view seats are the ones whose sight line to the stage centre passes a
pillar, and seat ids never depend on anything but section, row label and seat number.

Run it from anywhere; it writes next to itself. Standard library only.
    python3 resources/demo/make-theatre.py [--check]
--check exits with 1 when the committed file differs from what the script would write.
"""

import math
import pathlib
import sys

OUTPUT = pathlib.Path(__file__).resolve().parent / "theatre.seatmap.json"

WIDTH, HEIGHT = 1400, 1100
FOCUS = (700.0, 90.0)  # stage centre: every row is an arc around it
SEAT_PITCH = 19.0  # along a row, map units
AISLE_WIDTH = 36.0  # the centre aisle, measured along the arc

# Colour-blind-safe qualitative colours (ColorBrewer "Dark2").
CATEGORIES = [
    {"id": "cat1", "name": "Category 1", "color": "#1b9e77"},
    {"id": "cat2", "name": "Category 2", "color": "#d95f02"},
    {"id": "cat3", "name": "Category 3", "color": "#7570b3"},
]

# Stalls: rows A..T, radius grows by ROW_SPACING; each row has two blocks split by the centre aisle.
STALLS_ROWS = "ABCDEFGHIJKLMNOPQRST"
STALLS_FIRST_RADIUS = 220.0
STALLS_ROW_SPACING = 21.0
STALLS_FIRST_BLOCK = 12  # seats per block in row A; one more per block in each row behind it

# Circle (balcony), drawn behind the stalls and the standing area around the same focal point.
CIRCLE_ROWS = "ABCDEF"
CIRCLE_FIRST_RADIUS = 770.0
CIRCLE_ROW_SPACING = 24.0
CIRCLE_BLOCKS = [24, 25, 26, 27, 28, 29]  # seats per block

# Two pillars in the stalls; a seat behind a pillar whose sight line to the stage centre passes closer
# than SIGHT_CLEARANCE to the pillar's centre has a restricted view. Seats on the pillar are left out.
PILLARS = [(-0.52, 461.5), (0.52, 461.5)]  # (angle from the centre line in radians, radius)
PILLAR_RADIUS = 8.0
PILLAR_GAP = 15.0  # no seat centre closer than this to a pillar centre
SIGHT_CLEARANCE = 13.0


def stalls_category(row_index):
    if row_index < 8:  # A..H
        return "cat1"
    if row_index < 15:  # I..P
        return "cat2"
    return "cat3"  # Q..T


def circle_category(row_index):
    return "cat1" if row_index < 2 else "cat2" if row_index < 4 else "cat3"


def polar(angle, radius):
    """Angle 0 points straight away from the stage (down the map); positive angles go right."""
    return (FOCUS[0] + radius * math.sin(angle), FOCUS[1] + radius * math.cos(angle))


def r1(value):
    value = round(value, 1)
    return int(value) if value == int(value) else value


def point(p):
    return [r1(p[0]), r1(p[1])]


def pillar_centres():
    return [polar(angle, radius) for angle, radius in PILLARS]


def distance(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def behind_pillar(seat):
    """True when the pillar stands between the seat and the stage centre."""
    sx, sy = seat[0] - FOCUS[0], seat[1] - FOCUS[1]
    length = math.hypot(sx, sy)
    for centre in pillar_centres():
        px, py = centre[0] - FOCUS[0], centre[1] - FOCUS[1]
        along = (px * sx + py * sy) / length
        if along <= 0 or along >= length:
            continue
        across = abs(px * sy - py * sx) / length
        if across < SIGHT_CLEARANCE:
            return True
    return False


def arc_row(radius, per_block):
    """Seat positions of one row, left to right, and the index of the first seat of the right block."""
    offsets = [AISLE_WIDTH / 2 + i * SEAT_PITCH for i in range(per_block)]
    arcs = [-o for o in reversed(offsets)] + offsets
    return [polar(a / radius, radius) for a in arcs], per_block


def seat(section, row, number, position, category, flags=(), companion_of=None):
    s = {
        "id": f"{section}-{row}-{number}",
        "label": str(number),
        "x": r1(position[0]),
        "y": r1(position[1]),
        "category": category,
    }
    if flags:
        s["flags"] = list(flags)
    if companion_of:
        s["companion_of"] = companion_of
    return s


def wheelchair_pairs(row_label, row_length):
    """Seat numbers (wheelchair, companion) at both ends of the rows that have step-free access."""
    pairs_per_end = {"A": 1, "T": 3}.get(row_label, 0)
    pairs = []
    for p in range(pairs_per_end):
        pairs.append((1 + 2 * p, 2 + 2 * p))  # left end: wheelchair outermost, companion beside it
        pairs.append((row_length - 2 * p, row_length - 1 - 2 * p))
    return pairs


def make_curved_rows(section, labels, first_radius, spacing, block_sizes, category_of, avoid_pillars):
    rows = []
    for index, label in enumerate(labels):
        radius = first_radius + index * spacing
        positions, right_block = arc_row(radius, block_sizes[index])
        aisle_indices = {right_block - 1, right_block}
        kept = [
            (i, p)
            for i, p in enumerate(positions)
            if not (avoid_pillars and any(distance(p, c) < PILLAR_GAP for c in pillar_centres()))
        ]
        pairs = wheelchair_pairs(label, len(kept)) if section == "stalls" else []
        wheelchair = {w for w, _ in pairs}
        companion = {c: w for w, c in pairs}
        seats = []
        for number, (i, p) in enumerate(kept, start=1):
            flags = []
            if number in wheelchair:
                flags.append("wheelchair")
            if number in companion:
                flags.append("companion")
            if avoid_pillars and behind_pillar(p):
                flags.append("restricted_view")
            if i in aisle_indices:
                flags.append("aisle")
            category = category_of(index)
            if "restricted_view" in flags:
                category = "cat3"
            partner = f"{section}-{label}-{companion[number]}" if number in companion else None
            seats.append(seat(section, label, number, p, category, flags, partner))
        rows.append({"label": label, "seats": seats})
    return rows


def sector_outline(inner, outer, half_angle, steps=12):
    outer_arc = [polar(-half_angle + 2 * half_angle * k / steps, outer) for k in range(steps + 1)]
    inner_arc = [polar(half_angle - 2 * half_angle * k / steps, inner) for k in range(steps + 1)]
    return [point(p) for p in outer_arc + inner_arc]


def rectangle(left, top, right, bottom):
    return [[left, top], [right, top], [right, bottom], [left, bottom]]


def octagon(centre, radius):
    return [
        point((centre[0] + radius * math.cos(math.pi / 8 + k * math.pi / 4),
               centre[1] + radius * math.sin(math.pi / 8 + k * math.pi / 4)))
        for k in range(8)
    ]


def box(section, name, left, top):
    """A side box: two short straight rows of three seats, row A nearer the stage."""
    rows = []
    for r, label in enumerate("AB"):
        seats = [
            seat(section, label, n + 1, (left + 20 + n * 22, top + 25 + r * 26), "cat1")
            for n in range(3)
        ]
        rows.append({"label": label, "seats": seats})
    return {
        "id": section,
        "name": name,
        "outline": rectangle(left, top, left + 84, top + 76),
        "rows": rows,
    }


def build():
    stalls_blocks = [STALLS_FIRST_BLOCK + i for i in range(len(STALLS_ROWS))]
    stalls_last_radius = STALLS_FIRST_RADIUS + (len(STALLS_ROWS) - 1) * STALLS_ROW_SPACING
    stalls_half_angle = max(
        (AISLE_WIDTH / 2 + (n - 1) * SEAT_PITCH) / (STALLS_FIRST_RADIUS + i * STALLS_ROW_SPACING)
        for i, n in enumerate(stalls_blocks)
    ) + 0.04
    circle_last_radius = CIRCLE_FIRST_RADIUS + (len(CIRCLE_ROWS) - 1) * CIRCLE_ROW_SPACING
    circle_half_angle = max(
        (AISLE_WIDTH / 2 + (n - 1) * SEAT_PITCH) / (CIRCLE_FIRST_RADIUS + i * CIRCLE_ROW_SPACING)
        for i, n in enumerate(CIRCLE_BLOCKS)
    ) + 0.03

    sections = [
        {
            "id": "stalls",
            "name": "Stalls",
            "outline": sector_outline(STALLS_FIRST_RADIUS - 16, stalls_last_radius + 16, stalls_half_angle),
            "rows": make_curved_rows("stalls", STALLS_ROWS, STALLS_FIRST_RADIUS, STALLS_ROW_SPACING,
                                     stalls_blocks, stalls_category, True),
        },
        {
            "id": "circle",
            "name": "Circle",
            "outline": sector_outline(CIRCLE_FIRST_RADIUS - 16, circle_last_radius + 16, circle_half_angle),
            "rows": make_curved_rows("circle", CIRCLE_ROWS, CIRCLE_FIRST_RADIUS, CIRCLE_ROW_SPACING,
                                     CIRCLE_BLOCKS, circle_category, False),
        },
        box("box-left", "Box Left", 60, 150),
        box("box-right", "Box Right", WIDTH - 60 - 84, 150),
    ]

    standing_inner = stalls_last_radius + 30
    ga_areas = [
        {
            "id": "standing",
            "name": "Standing",
            "capacity": 300,
            "category": "cat3",
            "outline": sector_outline(standing_inner, CIRCLE_FIRST_RADIUS - 36, 0.5),
        }
    ]

    decoration = [
        {"kind": "stage", "outline": rectangle(450, 30, 950, 140), "text": "STAGE"},
        {"kind": "text", "position": [700, 175], "text": "Orchestra pit"},
        {"kind": "text", "position": [700, round(FOCUS[1] + circle_last_radius + 40)],
         "text": "Circle (first floor)"},
    ]
    for centre in pillar_centres():
        decoration.append({"kind": "shape", "outline": octagon(centre, PILLAR_RADIUS), "text": "Pillar"})

    return {
        "format": "parterre-seatmap",
        "version": 1,
        "name": "Parterre Demo Theatre",
        "size": {"width": WIDTH, "height": HEIGHT},
        "categories": CATEGORIES,
        "sections": sections,
        "ga_areas": ga_areas,
        "decoration": decoration,
    }


def encode(value, indent=0):
    """JSON with one seat, category or point per line: readable, and small diffs when the layout moves."""
    import json

    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= 150 or not isinstance(value, (dict, list)):
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k)}: {encode(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if all(isinstance(v, list) for v in value):  # an outline: several points per line
        lines, line = [], []
        for v in value:
            line.append(json.dumps(v))
            if len(line) == 6:
                lines.append(pad + ", ".join(line))
                line = []
        if line:
            lines.append(pad + ", ".join(line))
        return "[\n" + ",\n".join(lines) + "\n" + " " * indent + "]"
    items = [pad + encode(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def summary(doc):
    lines = []
    total = 0
    for section in doc["sections"]:
        count = sum(len(r["seats"]) for r in section["rows"])
        total += count
        lines.append(f"{section['id']}: {count} seats in {len(section['rows'])} rows")
    flags = {}
    for section in doc["sections"]:
        for row in section["rows"]:
            for s in row["seats"]:
                for f in s.get("flags", []):
                    flags[f] = flags.get(f, 0) + 1
    lines.append(f"total: {total} seats, flags {flags}, standing {doc['ga_areas'][0]['capacity']}")
    return "\n".join(lines)


def main():
    doc = build()
    text = encode(doc) + "\n"
    if "--check" in sys.argv[1:]:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date; run {sys.argv[0]}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(summary(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
