#!/usr/bin/env python3
"""Draws the app's PNG icons (the web app manifest's 192 and 512 px, and a maskable one)
from the same geometry as assets/favicon.svg, so an install on a phone shows the same mark.

    python3 scripts/make_icons.py     # rewrites assets/icon-*.png (needs Pillow)

The PNGs are committed like any other asset: a fresh machine builds without Pillow. The
drawing is deterministic (no timestamps in the files), so running it again changes nothing.
"""
from pathlib import Path

from PIL import Image, ImageDraw

ASSETS = Path(__file__).resolve().parent.parent / "assets"
# assets/favicon.svg, in its 32-unit view box.
BACKGROUND = "#0f172a"
CORNER = 7
CIRCLES = [((10, 21), 4.5, "#2dd4bf"), ((20.5, 13.5), 8, "#a78bfa")]
SUPERSAMPLE = 4  # drawn large, then scaled down: smooth edges without an SVG renderer


def draw(size: int, maskable: bool) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = big / 32
    if maskable:
        # Maskable icons are cropped to a circle of 80 % of the side: fill every pixel, and
        # keep the mark inside the safe zone by drawing it at 70 % around the centre.
        pen.rectangle((0, 0, big, big), fill=BACKGROUND)
        scale, offset = unit * 0.7, big * 0.15
    else:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * unit, fill=BACKGROUND)
        scale, offset = unit, 0.0
    for (cx, cy), r, colour in CIRCLES:
        x, y, radius = offset + cx * scale, offset + cy * scale, r * scale
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        draw(size, maskable).save(ASSETS / name, optimize=True)
        print(f"wrote assets/{name}")


if __name__ == "__main__":
    main()
