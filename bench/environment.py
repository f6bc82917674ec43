"""The machine and the software a bench ran on, so figures from different runs can be compared."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from importlib import metadata

from bench import ROOT
from tasks import CHROMIUM


def _proc_field(path: str, name: str) -> str:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(name):
                return line.split(":", 1)[1].strip()
    return ""


def machine() -> dict:
    memory_kib = int(_proc_field("/proc/meminfo", "MemTotal").split()[0])
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kib / 2**20, 1),
        "cpu": _proc_field("/proc/cpuinfo", "model name"),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "system": platform.platform(),
    }


def versions() -> dict:
    lunr_js = json.loads((ROOT / "node_modules" / "lunr" / "package.json").read_text(encoding="utf-8"))
    return {
        "python": platform.python_version(),
        **{name: metadata.version(name) for name in ("pelican", "lunr", "markdown", "jinja2", "playwright")},
        "lunr.js": lunr_js["version"],
        "chromium": subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout.strip(),
    }
