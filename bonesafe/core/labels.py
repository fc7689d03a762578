"""Plain-words labels for the contract's names."""

CATEGORY = {
    "strength": "Strength",
    "posture": "Posture and back",
    "balance": "Balance",
    "aerobic_weight_bearing": "Weight-bearing aerobic",
    "aerobic_non_weight_bearing": "Non-weight-bearing aerobic",
    "impact": "Impact",
    "flexibility": "Stretching",
    "warm_up": "Warm-up",
    "avoid": "Avoid",
}


def words(value: str) -> str:
    """`resistance_band` -> `resistance band`; categories get their plain label."""
    return CATEGORY.get(value) or value.replace("_", " ")
