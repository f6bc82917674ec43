"""The plugin's settings: defaults filled in without touching the user's dict, mistakes named."""

from __future__ import annotations

import pytest
from briefing import settings


def test_defaults_fill_in_without_changing_the_users_settings():
    users = {"SITENAME": "x", "BRIEFING_STRICT": True}
    merged = settings.merged(users)
    assert users == {"SITENAME": "x", "BRIEFING_STRICT": True}
    assert merged["BRIEFING_STRICT"] is True and merged["BRIEFING_WORKERS"] == 0
    assert "SITENAME" not in merged


@pytest.mark.parametrize("wrong, message", [
    ({"BRIEFING_STRIKT": True}, "unknown setting\\(s\\): BRIEFING_STRIKT"),
    ({"BRIEFING_STRICT": "yes"}, "BRIEFING_STRICT must be True or False"),
    ({"BRIEFING_WORKERS": -1}, "BRIEFING_WORKERS must be a whole number"),
    ({"BRIEFING_WORKERS": True}, "BRIEFING_WORKERS must be a whole number"),
    ({"BRIEFING_KNOWLEDGE_FILES": {"people": "mine.yaml"}}, "must map a kind to a list of files"),
])
def test_a_wrong_setting_is_named(wrong, message):
    with pytest.raises(settings.SettingsError, match=message):
        settings.merged(wrong)


def test_the_subject_is_filled_in_and_checked():
    users = {"BRIEFING_SUBJECT": {"people": ("Emmanuel Macron",)}}
    assert settings.merged(users)["BRIEFING_SUBJECT"] == {"countries": [], "people": ["Emmanuel Macron"]}
    assert users == {"BRIEFING_SUBJECT": {"people": ("Emmanuel Macron",)}}
    assert settings.merged({})["BRIEFING_SUBJECT"] == {"countries": [], "people": []}
    with pytest.raises(settings.SettingsError, match="BRIEFING_SUBJECT must be a dict"):
        settings.merged({"BRIEFING_SUBJECT": {"leaders": ["x"]}})
    with pytest.raises(settings.SettingsError, match=r"BRIEFING_SUBJECT\['countries'\] must be a list of names"):
        settings.merged({"BRIEFING_SUBJECT": {"countries": "France"}})
