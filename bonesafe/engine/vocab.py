"""The closed vocabularies of the plan contract (`bonesafe.plan/1`) and the library.

Everything that speaks about exercises (library files, rules, intakes, plans) uses these
names; nothing else is accepted.
"""

from typing import Final, Literal, get_args

Category = Literal[
    "strength",
    "balance",
    "aerobic_weight_bearing",
    "aerobic_non_weight_bearing",
    "impact",
    "posture",
    "flexibility",
    "warm_up",
]
#: Library-only category for movements that are never prescribed (so plans can say why).
LibraryCategory = Literal[Category, "avoid"]

Tag = Literal[
    "spinal_flexion",
    "loaded_spinal_flexion",
    "spinal_rotation",
    "high_impact",
    "moderate_impact",
    "low_impact",
    "fall_hazard",
    "unsupported_balance",
    "floor_transfer",
    "floor_lift",
    "overhead_load",
    "hip_hinge",
    "spine_supported",
    "machine",
]

Equipment = Literal[
    "resistance_band",
    "dumbbells",
    "ankle_weights",
    "weight_machine",
    "chair",
    "wall",
    "stairs",
    "step",
    "bench",
    "counter",
]

#: Activities a person may say they enjoy (`preferences.enjoys`). Each names what people
#: call the activity; library exercises list the activities they stand for.
Activity = Literal[
    "walking",
    "brisk_walking",
    "nordic_walking",
    "hiking",
    "dancing",
    "gardening",
    "tai_chi",
    "yoga",
    "pilates",
    "swimming",
    "water_aerobics",
    "cycling",
    "stair_climbing",
    "elliptical",
    "low_impact_aerobics",
    "strength_training",
    "golf",
    "tennis",
    "racquet_sports",
    "bowling",
    "jogging",
    "running",
    "skipping_rope",
    "trampoline",
    "jumping_jacks",
    "skiing",
    "horse_riding",
]

FractureSite = Literal["spine", "hip", "wrist", "humerus", "pelvis", "rib", "ankle", "other"]
BoneSite = Literal["lumbar_spine", "total_hip", "femoral_neck", "forearm"]
RedFlag = Literal[
    "new_severe_back_pain",
    "height_loss_recent",
    "chest_pain",
    "fainting",
    "new_numbness_or_weakness",
    "bladder_bowel_change",
    "fall_with_injury_recent",
]
Sex = Literal["female", "male"]
ActivityLevel = Literal["sedentary", "light", "moderate", "vigorous"]
Tier = Literal["general", "osteoporosis", "high", "very_high"]
FallLevel = Literal["low", "elevated"]
Status = Literal["ready", "clearance_required", "stop"]
Supervision = Literal["none", "recommended", "required"]
SuggestedTest = Literal[
    "bone_density_scan",
    "fall_risk_assessment",
    "timed_up_and_go",
    "chair_stand_test",
    "tandem_stance_test",
    "readiness_questionnaire",
    "clinician_clearance",
    "vertebral_fracture_assessment",
]

CATEGORIES: Final = get_args(Category)
LIBRARY_CATEGORIES: Final = get_args(LibraryCategory)
TAGS: Final = get_args(Tag)
EQUIPMENT: Final = get_args(Equipment)
ACTIVITIES: Final = get_args(Activity)
TIER_ORDER: Final = get_args(Tier)
