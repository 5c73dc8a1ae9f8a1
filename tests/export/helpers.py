"""Shared by the export tests: the fake polygon source and feature lookup."""

from __future__ import annotations

from tests.fixtures.sample import AFGHANISTAN, PANJSHIR

KABUL_ID = "geonames:1138958"


class FakeGazetteer:
    """Shapes for two places; the Panjshir ring is clockwise (RFC 7946 wants CCW)."""

    def geometry(self, place_id: str):
        if place_id == PANJSHIR.id:
            return {
                "type": "Polygon",
                "coordinates": [
                    [[69.3, 35.1], [69.4, 35.8], [70.2, 35.8], [70.2, 35.1], [69.3, 35.1]]
                ],
            }
        if place_id == AFGHANISTAN.id:  # a self-intersecting "bow tie": must be repaired
            return {
                "type": "Polygon",
                "coordinates": [[[61, 30], [74, 38], [74, 30], [61, 38], [61, 30]]],
            }
        return None


def feature(fc, feature_id):
    return next(f for f in fc["features"] if f["id"] == feature_id)
