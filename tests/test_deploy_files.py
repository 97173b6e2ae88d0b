"""Dockerfile, docker-compose.yml and the Makefile agree (Docker itself cannot run here)."""
import re

import yaml

from service.settings import Settings
from tests.conftest import REPO

SETTINGS_ENV = {name.upper() for name in Settings.model_fields}
# The translator client's settings (Settings.translator_base_url / translator_model, added with the
# translator issue); allowed by name in the compose file until then.
TRANSLATOR_ENV = {"TRANSLATOR_BASE_URL", "TRANSLATOR_MODEL"}


def dockerfile():
    return (REPO / "Dockerfile").read_text()


def compose():
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_dockerfile_serves_like_make_run():
    text = dockerfile()
    assert re.search(r"^FROM python:3\.11-slim", text, re.M)
    assert "pip install -r requirements/serve.txt" in text
    assert "requirements/serve.txt" in (REPO / "Makefile").read_text()
    assert not re.search(r"^torch", (REPO / "requirements" / "serve.txt").read_text(), re.M)
    assert re.search(r"^EXPOSE 8080$", text, re.M)
    assert re.search(r"^USER (?!root|0\b)\S+", text, re.M), "the image must run as a non-root user"
    assert re.search(r"^HEALTHCHECK .*\n.*/readyz", text, re.M)
    assert 'CMD ["python", "-m", "service"]' in text
    assert "ARG RUNTIME=cpu" in text and "requirements/gpu.txt" in text


def test_dockerfile_env_names_are_settings():
    names = set()
    for block in re.findall(r"^ENV ((?:.*\\\n)*.*)$", dockerfile(), re.M):
        names |= set(re.findall(r"([A-Z_]+)=", block))
    service_env = names - {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PIP_NO_CACHE_DIR", "PIP_DISABLE_PIP_VERSION_CHECK"}
    assert service_env and service_env <= SETTINGS_ENV, service_env - SETTINGS_ENV


def test_compose_service_port_health_and_env():
    c = compose()
    nlu = c["services"]["nlu"]
    # clients reach it through the shedding proxy, which forwards to nlu:8080
    assert "8080" in nlu["expose"] and "8080:8080" in c["services"]["proxy"]["ports"]
    assert c["services"]["proxy"]["environment"]["NLU_UPSTREAMS"] == "server nlu:8080;"
    assert "/readyz" in " ".join(nlu["healthcheck"]["test"])
    allowed = SETTINGS_ENV | TRANSLATOR_ENV
    assert set(nlu["environment"]) <= allowed, set(nlu["environment"]) - allowed
    assert nlu["environment"]["REDIS_URL"].startswith("redis://redis:")
    assert nlu["environment"]["PORT"] == "8080"
    assert "redis" in nlu["depends_on"]
    assert nlu["read_only"] is True and "no-new-privileges:true" in nlu["security_opt"]
    assert {"nlu", "redis", "prometheus"} <= set(c["services"])


def test_prometheus_scrapes_the_service():
    c = compose()
    mount = next(v for v in c["services"]["prometheus"]["volumes"] if "prometheus.yml" in v)
    config = yaml.safe_load((REPO / mount.split(":")[0]).read_text())
    job = config["scrape_configs"][0]
    assert job["metrics_path"] == "/metrics"
    assert job["static_configs"][0]["targets"] == ["nlu:8080"]


def test_makefile_defaults_match_the_service():
    make = (REPO / "Makefile").read_text()
    assert "PORT ?= 8080" in make and "HOST ?= 127.0.0.1" in make
    assert Settings.model_fields["port"].default == 8080
    assert "$(BIN)/python -m service" in make
    assert "make test" in (REPO / ".ci" / "run").read_text()
