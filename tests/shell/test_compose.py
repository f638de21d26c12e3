"""docker-compose.yml is valid Compose and passes the worker the settings the code reads."""

import importlib.util
from dataclasses import fields
from pathlib import Path

import orjson
import pytest
import yaml
from jsonschema import Draft7Validator

from streams.settings import ENV_PREFIX, Settings

REPO = Path(__file__).resolve().parents[2]


def compose_schema() -> dict:
    # check-jsonschema vendors the Compose specification's schema; read the file without importing the package.
    spec = importlib.util.find_spec("check_jsonschema")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("check-jsonschema (test dependency) is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "builtin_schemas" / "vendor" / "compose-spec.json"
    return orjson.loads(path.read_bytes())


def load_compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_file_is_valid_against_the_compose_spec():
    errors = sorted(Draft7Validator(compose_schema()).iter_errors(load_compose()), key=str)
    assert not errors, "\n".join(e.message for e in errors)


def test_the_schema_catches_a_broken_file():
    broken = load_compose()
    broken["services"]["kafka"]["ports"] = {"not": "a list"}
    assert list(Draft7Validator(compose_schema()).iter_errors(broken))


def test_workers_use_settings_the_code_reads():
    compose = load_compose()
    known = {ENV_PREFIX + f.name.upper() for f in fields(Settings)}
    workers = [s for name, s in compose["services"].items() if name.startswith("worker")]
    assert len(workers) >= 2
    for worker in workers:
        env = worker["environment"]
        assert set(env) <= known, set(env) - known
        settings = Settings.from_env({k: str(v) for k, v in env.items()})
        assert settings.broker == "kafka://kafka:9092"
        assert settings.store == "rocksdb://"
        assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (REPO / "deploy" / "Dockerfile").is_file()
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
