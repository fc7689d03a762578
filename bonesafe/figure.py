"""Draw an exercise's illustration as SVG from the two poses in its library file.

A pose gives the absolute direction of each body segment (side view, facing right). We walk
the skeleton from the hip, set the lowest point on the floor, and draw stick limbs (the near
side dark, the far side light) with the props around them. `animated_svg` moves between the
start and end poses with SMIL; `static_svg` shows them side by side for print and for people
who prefer reduced motion.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from bonesafe.engine.library import Illustration, Pose

TRUNK, NECK, HEAD_R = 52.0, 12.0, 11.0
UPPER_ARM, FOREARM = 30.0, 28.0
THIGH, SHIN, FOOT = 44.0, 42.0, 14.0
FLOOR = 200.0
NEAR, FAR, PROP, INK = "#1d3f63", "#8ba3bd", "#a0714a", "#333333"

Point = tuple[float, float]


def _down(origin: Point, degrees: float, length: float) -> Point:
    """A point `length` away from `origin`, `degrees` from straight down toward the front."""
    rad = math.radians(degrees)
    return origin[0] + length * math.sin(rad), origin[1] + length * math.cos(rad)


def _up(origin: Point, degrees: float, length: float) -> Point:
    rad = math.radians(degrees)
    return origin[0] + length * math.sin(rad), origin[1] - length * math.cos(rad)


@dataclass(frozen=True)
class Body:
    """Joint positions of one pose, in picture units (y grows downward)."""

    hip: Point
    shoulder: Point
    neck: Point
    head: Point
    arms: tuple[tuple[Point, Point], tuple[Point, Point]]
    legs: tuple[tuple[Point, Point, Point], tuple[Point, Point, Point]]

    def points(self) -> list[Point]:
        pts = [self.hip, self.shoulder, self.neck]
        pts += [(self.head[0], self.head[1] + HEAD_R), (self.head[0], self.head[1] - HEAD_R)]
        for arm in self.arms:
            pts += list(arm)
        for leg in self.legs:
            pts += list(leg)
        return pts

    def moved(self, dx: float, dy: float) -> Body:
        def m(p: Point) -> Point:
            return (round(p[0] + dx, 1), round(p[1] + dy, 1))

        return Body(
            m(self.hip),
            m(self.shoulder),
            m(self.neck),
            m(self.head),
            ((m(self.arms[0][0]), m(self.arms[0][1])), (m(self.arms[1][0]), m(self.arms[1][1]))),
            tuple((m(a), m(b), m(c)) for a, b, c in self.legs),  # type: ignore[arg-type]
        )


def _arm(shoulder: Point, limb: tuple[float, float]) -> tuple[Point, Point]:
    elbow = _down(shoulder, limb[0], UPPER_ARM)
    return elbow, _down(elbow, limb[1], FOREARM)


def _leg(hip: Point, limb: tuple[float, float], foot: float | None) -> tuple[Point, Point, Point]:
    knee = _down(hip, limb[0], THIGH)
    ankle = _down(knee, limb[1], SHIN)
    return knee, ankle, _down(ankle, limb[1] + 90 if foot is None else foot, FOOT)


def pose_body(pose: Pose) -> Body:
    """Place a pose on the floor, anchored on the feet (or the hip) at x = 0."""
    hip: Point = (0.0, 0.0)
    shoulder = _up(hip, pose.trunk, TRUNK)
    neck = _up(shoulder, pose.trunk, 4)
    head = _up(neck, pose.head, NECK + HEAD_R - 4)
    feet = pose.feet or (None, None)
    body = Body(
        hip,
        shoulder,
        neck,
        head,
        (_arm(shoulder, pose.arms[0]), _arm(shoulder, pose.arms[1])),
        (_leg(hip, pose.legs[0], feet[0]), _leg(hip, pose.legs[1], feet[1])),
    )
    lowest = max(y for _, y in body.points())
    anchor_x = 0.0 if pose.anchor == "hip" else (body.legs[0][1][0] + body.legs[1][1][0]) / 2
    return body.moved(-anchor_x, FLOOR - lowest - pose.lift)


def _pts(points: list[Point]) -> str:
    return " ".join(f"{x:g},{y:g}" for x, y in points)


def _chains(body: Body) -> dict[str, list[Point]]:
    """The polylines that make up a body, far side first so the near side is drawn on top."""
    return {
        "far-leg": [body.hip, *body.legs[1]],
        "far-arm": [body.shoulder, *body.arms[1]],
        "trunk": [body.hip, body.shoulder, body.neck],
        "near-leg": [body.hip, *body.legs[0]],
        "near-arm": [body.shoulder, *body.arms[0]],
    }


def _colour(name: str) -> str:
    return FAR if name.startswith("far") else NEAR


@dataclass(frozen=True)
class Frame:
    """Everything to draw for one pose, as primitives that can be animated between poses."""

    lines: dict[str, list[Point]]
    head: Point
    hands: tuple[Point, Point]
    ankles: tuple[Point, Point]


def frame(body: Body) -> Frame:
    return Frame(
        _chains(body),
        body.head,
        (body.arms[0][1], body.arms[1][1]),
        (body.legs[0][1], body.legs[1][1]),
    )


def _box(x: float, y: float, w: float, h: float, fill: str = "none") -> str:
    return (
        f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="3" '
        f'fill="{fill}" stroke="{PROP}" stroke-width="4"/>'
    )


def _line(a: Point, b: Point, colour: str = PROP, width: float = 4) -> str:
    return (
        f'<line x1="{a[0]:g}" y1="{a[1]:g}" x2="{b[0]:g}" y2="{b[1]:g}" '
        f'stroke="{colour}" stroke-width="{width:g}" stroke-linecap="round"/>'
    )


def _chair(x_seat: float, seat_y: float, back_left: bool = True) -> str:
    back_x = x_seat - 22 if back_left else x_seat + 22
    return "".join(
        [
            _line((x_seat - 24, seat_y), (x_seat + 24, seat_y)),
            _line((x_seat - 22, seat_y), (x_seat - 22, FLOOR)),
            _line((x_seat + 22, seat_y), (x_seat + 22, FLOOR)),
            _line((back_x, seat_y), (back_x, seat_y - 48)),
        ]
    )


def _static_props(ill: Illustration, body: Body) -> str:  # noqa: C901, PLR0912
    """Props that stay still, placed from the start pose."""
    xs = [p[0] for p in body.points()]
    front, back = max(xs), min(xs)
    out: list[str] = []
    for prop in ill.props:
        if prop == "chair_seat":
            out.append(_chair(body.hip[0] - 4, body.hip[1] + 5))
        elif prop == "chair_front":
            out.append(_chair(front + 30, FLOOR - 50, back_left=True))
        elif prop == "counter_front":
            out.append(_box(front + 6, FLOOR - 104, 60, 104))
        elif prop == "wall_front":
            out.append(_line((front + 4, FLOOR), (front + 4, FLOOR - 190), PROP, 6))
        elif prop == "wall_behind":
            out.append(_line((back - 4, FLOOR), (back - 4, FLOOR - 190), PROP, 6))
        elif prop == "step":
            foot = body.legs[0][1]
            height = max(FLOOR - foot[1] - 4, 18.0)
            out.append(_box(foot[0] - 16, FLOOR - height, 46, height))
        elif prop == "bench":
            knee, hand = body.legs[1][0], body.arms[1][1]
            top = min(knee[1], hand[1]) + 6
            left, right = min(knee[0], hand[0]) - 14, max(knee[0], hand[0]) + 14
            out.append(_box(left, top, right - left, FLOOR - top))
        elif prop == "bench_lying":
            top = max(body.hip[1], body.shoulder[1]) + 6
            left = min(body.hip[0], body.shoulder[0]) - 20
            width = abs(body.hip[0] - body.shoulder[0]) + 40
            out.append(_box(left, top, width, FLOOR - top))
        elif prop == "mat":
            out.append(_line((back - 10, FLOOR + 3), (front + 10, FLOOR + 3), "#6b8e6b", 6))
        elif prop == "machine":
            out.append(_box(front + 40, FLOOR - 170, 34, 170))
        elif prop == "bike":
            out.append(_line((body.hip[0], body.hip[1] + 6), (body.hip[0] + 20, FLOOR - 6)))
            out.append(_line((body.hip[0] - 14, body.hip[1] + 6), (body.hip[0] + 14, body.hip[1] + 6)))
            out.append(_line((body.hip[0] - 30, FLOOR), (body.hip[0] + 70, FLOOR), PROP, 6))
        elif prop == "pool":
            y = body.shoulder[1] + 26
            out.append(
                f'<path d="M{back - 30:g},{y:g} q 15,-8 30,0 t 30,0 t 30,0 t 30,0 t 30,0 t 30,0 '
                f't 30,0" fill="none" stroke="#3b7fb8" stroke-width="4"/>'
            )
    return "".join(out)


def _moving_parts(ill: Illustration, f: Frame, body: Body) -> dict[str, list[Point]]:
    """Props that move with the body (held weights, bands, cables), as polylines."""
    parts: dict[str, list[Point]] = {}
    front = max(p[0] for p in body.points())
    for prop in ill.props:
        if prop == "band_under_feet":
            foot = body.legs[0][1]
            parts["band"] = [f.hands[1], (foot[0] + 4, foot[1] + 2), f.hands[0]]
        elif prop == "band_anchor_front":
            anchor = (front + 60, body.shoulder[1] + 20)
            parts["band"] = [f.hands[1], anchor, f.hands[0]]
        elif prop == "machine":
            parts["cable"] = [f.hands[0], (front + 40, body.shoulder[1] + 10)]
        elif prop == "poles":
            parts["pole"] = [f.hands[0], (f.hands[0][0] + 10, FLOOR)]
    return parts


def _weights(ill: Illustration, f: Frame) -> list[tuple[str, Point, float]]:
    """Round things that travel with a hand or an ankle: (name, centre, radius)."""
    out: list[tuple[str, Point, float]] = []
    if "dumbbells" in ill.props:
        out += [("db-far", f.hands[1], 7), ("db-near", f.hands[0], 7)]
    if "dumbbell" in ill.props:
        out.append(("db-near", f.hands[0], 7))
    if "ankle_weights" in ill.props:
        out += [("aw-far", f.ankles[1], 6), ("aw-near", f.ankles[0], 6)]
    return out


def _bounds(bodies: list[Body], pad: float = 30) -> tuple[float, float, float, float]:
    xs = [p[0] for b in bodies for p in b.points()]
    ys = [p[1] for b in bodies for p in b.points()]
    left, right = min(xs) - pad - 20, max(xs) + pad + 90
    top = min(min(ys) - pad, FLOOR - 200)
    return left, top, right - left, FLOOR + 12 - top


ANIM = 'dur="4s" repeatCount="3" calcMode="spline" keyTimes="0;0.5;1" keySplines=".4 0 .6 1;.4 0 .6 1"'


def _animated_poly(name: str, a: list[Point], b: list[Point], colour: str, width: float) -> str:
    return (
        f'<polyline class="{name}" points="{_pts(a)}" fill="none" stroke="{colour}" '
        f'stroke-width="{width:g}" stroke-linecap="round" stroke-linejoin="round">'
        f'<animate attributeName="points" values="{_pts(a)};{_pts(b)};{_pts(a)}" {ANIM}/>'
        f"</polyline>"
    )


def _animated_circle(c1: Point, c2: Point, r: float, fill: str) -> str:
    return (
        f'<circle cx="{c1[0]:g}" cy="{c1[1]:g}" r="{r:g}" fill="{fill}">'
        f'<animate attributeName="cx" values="{c1[0]:g};{c2[0]:g};{c1[0]:g}" {ANIM}/>'
        f'<animate attributeName="cy" values="{c1[1]:g};{c2[1]:g};{c1[1]:g}" {ANIM}/>'
        f"</circle>"
    )


def _figure(f: Frame, weights: list[tuple[str, Point, float]], parts: dict[str, list[Point]]) -> str:
    out = [
        f'<polyline points="{_pts(pts)}" fill="none" stroke="#b5651d" stroke-width="2.5"/>'
        for pts in parts.values()
    ]
    for name, pts in f.lines.items():
        out.append(
            f'<polyline points="{_pts(pts)}" fill="none" stroke="{_colour(name)}" '
            f'stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>'
        )
    out.append(f'<circle cx="{f.head[0]:g}" cy="{f.head[1]:g}" r="{HEAD_R:g}" fill="{NEAR}"/>')
    out += [f'<circle cx="{c[0]:g}" cy="{c[1]:g}" r="{r:g}" fill="{INK}"/>' for _, c, r in weights]
    return "".join(out)


def _svg_open(view: tuple[float, float, float, float], label_id: str, ill: Illustration, title: str) -> str:
    x, y, w, h = view
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x:g} {y:g} {w:g} {h:g}" '
        f'role="img" aria-labelledby="{label_id}-t {label_id}-d" class="figure">'
        f'<title id="{label_id}-t">{escape(title)}</title>'
        f'<desc id="{label_id}-d">{escape(ill.description)}</desc>'
    )


def _floor(view: tuple[float, float, float, float]) -> str:
    return _line((view[0], FLOOR + 2), (view[0] + view[2], FLOOR + 2), "#999999", 3)


def animated_svg(ill: Illustration, title: str, label_id: str = "fig") -> str:
    """One figure moving from the start pose to the end pose and back (three times)."""
    a, b = pose_body(ill.start), pose_body(ill.end)
    fa, fb = frame(a), frame(b)
    view = _bounds([a, b])
    out = [_svg_open(view, label_id, ill, title), _floor(view), _static_props(ill, a)]
    parts_a, parts_b = _moving_parts(ill, fa, a), _moving_parts(ill, fb, b)
    out += [_animated_poly(name, parts_a[name], parts_b[name], "#b5651d", 2.5) for name in parts_a]
    for name in fa.lines:
        out.append(_animated_poly(name, fa.lines[name], fb.lines[name], _colour(name), 9))
    out.append(_animated_circle(fa.head, fb.head, HEAD_R, NEAR))
    for (_, c1, r), (_, c2, _) in zip(_weights(ill, fa), _weights(ill, fb), strict=True):
        out.append(_animated_circle(c1, c2, r, INK))
    out.append("</svg>")
    return "".join(out)


def _panel(ill: Illustration, body: Body, start: Body, dx: float, label: str) -> str:
    """One still pose; the furniture stays where the start pose put it."""
    f = frame(body.moved(dx, 0))
    moved = body.moved(dx, 0)
    return (
        _static_props(ill, start.moved(dx, 0))
        + _figure(f, _weights(ill, f), _moving_parts(ill, f, moved))
        + f'<text x="{dx:g}" y="{FLOOR + 34:g}" font-size="20" text-anchor="middle" '
        f'fill="{INK}" font-family="sans-serif">{label}</text>'
    )


def static_svg(ill: Illustration, title: str, label_id: str = "still") -> str:
    """The start and end poses side by side, labelled, for print and reduced motion."""
    a, b = pose_body(ill.start), pose_body(ill.end)
    x, y, w, h = _bounds([a, b])
    gap = w + 10
    view = (x, y, w + gap, h + 30)
    return (
        _svg_open(view, label_id, ill, title)
        + _floor(view)
        + _panel(ill, a, a, 0, "Start")
        + _panel(ill, b, a, gap, "End")
        + "</svg>"
    )
