"""Why an input is refused, as codes with parameters: one English sentence per code here; the
UI and documents render the code in the reader's language from their own catalogues."""

from __future__ import annotations

from planner.domain.errors import Problem

MESSAGES = {
    "required": "must not be empty",
    "nul_character": "contains a NUL character, which cannot be stored; remove it",
    "too_long": "is {n} characters long; at most {limit} are allowed",
    "at_least_one": "must be at least 1, not {value}",
    "zero_or_more": "must be 0 or more, not {value}",
    "needs_time_zone": "needs a time zone (e.g. 2026-05-09T10:00+02:00)",
    "not_language_code": "'{code}' is not a language code like 'de', 'en' or 'he'",
    "text_language": "language must be one of {languages}",
    "text_required": "needs a text in at least one language (de, en or fr)",
    "not_country_code": "'{code}' is not a two-letter ISO 3166 code like 'IL' or 'CN'",
    "implausible_year": "{year} is not a plausible year",
    "departure_before_arrival": "departure is before arrival",
    "status_change": "cannot go from {old} to {new}",
    "rank": "protocol rank starts at 1 (highest); {rank} is not allowed",
    "item_without_delegation": "an item belongs to at least one delegation",
    "ends_before_start": "ends before it starts",
    "zero_duration": "has no duration (end equals start)",
    "members_listed_for_all": "list members only when not everyone takes part",
    "member_not_in_item": "this member's delegation is not part of the item",
    "missing_reference": "there is no {entity} with id {id}",
    "already_exists": "'{name}' already exists",
    "still_used": "{entity} '{name}' is still used by {count} {what}; change those first",
    "travel_time_to_itself": "a venue has no travel time to itself",
    "minutes_out_of_range": "{minutes} is not between 0 and 1440",
    "negative": "must not be negative",
    "at_most": "must be at most {limit}, not {value}",
    "volume_exists": "volume {number} already exists",
    "signed_entry_moved": "a signed entry stays in its volume",
    "sign_not_planned": "only a planned entry can be signed; this one is {status}",
    "signed_entry_kept": "a signed entry stays in the register; cancel it instead",
    "before_first_date": "is before the first date",
    "not_time_zone": "'{name}' is not a time zone like 'Europe/Berlin' or 'Asia/Shanghai'",
    "trip_only_status": "'{status}' answers an invitation; only a trip abroad has it",
    "trip_details_on_visit": "travellers, journeys and costs belong to a trip abroad "
                             "(direction 'outgoing')",
    "decline_reason": "a declined invitation needs the reason, for the letter and the files",
    "traveller_twice": "this person is already listed as a traveller",
    "leg_lands_before_departure": "arrives before it departs (compare the local times "
                                  "with their time zones)",
    "leg_order": "a journey out comes after a journey home; check the kinds of the journeys",
    "emblem_format": "must be an SVG or PNG image (a .svg or .png file)",
    "emblem_unreadable": "is not a readable {kind} image",
    "emblem_too_large": "is {size} KB; an emblem may be at most {limit} KB",
}


def problem(field: str, code: str, /, **params: object) -> Problem:
    """A Problem for `code`, its English message filled in from the same parameters."""
    return Problem(field, MESSAGES[code].format(**params), code, tuple(params.items()))
