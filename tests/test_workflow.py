"""The GitHub Actions workflow a user's repository runs: tests on every push and pull request on
each Python the project allows, deploys only from main, and gives Pages rights to deploy alone."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
JOBS = WORKFLOW["jobs"]


def test_tests_run_on_push_and_pull_request_and_deploys_never_run_for_a_pull_request():
    triggers = WORKFLOW[True]  # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    assert "pull_request" in JOBS["build"]["if"] and "refs/heads/main" in JOBS["build"]["if"]
    assert JOBS["deploy"]["needs"] == "build"


def test_only_the_deploy_job_may_write_to_pages_or_mint_tokens():
    assert WORKFLOW["permissions"] == {}
    for name, job in JOBS.items():
        granted = job.get("permissions", {})
        if name == "deploy":
            assert granted == {"pages": "write", "id-token": "write"}
        else:
            assert granted == {"contents": "read"}, name


def test_every_job_has_a_time_limit():
    assert all(isinstance(job.get("timeout-minutes"), int) for job in JOBS.values())


def test_the_matrix_is_every_python_the_project_allows():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # tomllib is not in Python 3.10
    low, high = map(int, re.search(r'^requires-python = ">=3\.(\d+),<3\.(\d+)"', pyproject, re.M).groups())
    assert JOBS["test"]["strategy"]["matrix"]["python"] == [f"3.{minor}" for minor in range(low, high)]


def test_node_is_the_current_lts():
    versions = [step["with"]["node-version"] for job in JOBS.values() for step in job["steps"]
                if step.get("uses", "").startswith("actions/setup-node@")]
    assert versions and set(versions) == {"22"}


def test_the_deploy_build_starts_from_the_last_deploys_caches():
    """A deploy after adding seeds extracts and renders only what changed, as a local rebuild does."""
    (restore,) = [step for step in JOBS["build"]["steps"] if step.get("uses", "").startswith("actions/cache@")]
    assert set(restore["with"]["path"].split()) == {"cache", "~/.cache/briefing"}
    assert restore["with"]["key"].endswith("${{ github.sha }}")  # each deploy saves its own
    assert restore["with"]["key"].startswith(restore["with"]["restore-keys"])  # and starts from the newest
    steps = [step.get("name") for step in JOBS["build"]["steps"]]
    assert steps.index(restore["name"]) < steps.index("Build the published site")
    assert not any(step.get("uses", "").startswith("actions/cache@") for step in JOBS["test"]["steps"])
