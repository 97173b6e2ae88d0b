"""Admin reload: auth, swap, failed reload keeping the old pack, concurrency."""
import asyncio
import json

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import ADMIN_TOKEN, make_settings, write_registry

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def version(client):
    return client.post("/v1/intent-entity", json={"text": "play adele"}).json()["results"][0]["model"]["version"]


def test_no_token_header_is_401(client):
    r = client.post("/admin/reload")
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"
    assert r.headers["www-authenticate"] == "Bearer"


def test_wrong_token_is_403(client):
    r = client.post("/admin/reload", headers={"Authorization": "Bearer wrong-token-0000000000"})
    assert r.status_code == 403 and r.json()["error"] == "forbidden"


def test_admin_disabled_without_configured_token(registry_file):
    with TestClient(create_app(make_settings(registry_file, admin_token=None))) as c:
        r = c.post("/admin/reload", headers=AUTH)
        assert r.status_code == 403 and "ADMIN_TOKEN" in r.json()["detail"]


def test_short_admin_token_is_refused_at_start(registry_file):
    with pytest.raises(ValueError, match="16 characters"):
        make_settings(registry_file, admin_token="short")


def test_reload_swaps_to_the_new_version(client, registry_file, tiny_packs):
    assert version(client) == "1.0.0"
    write_registry(registry_file, {"tiny": str(tiny_packs / "tiny" / "2.0.0")}, "tiny")
    r = client.post("/admin/reload", headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["packs"] == [{"task": "intent_entity", "name": "tiny", "version": "2.0.0", "default": True}]
    assert version(client) == "2.0.0"
    assert 'nlu_model_info{default="true",pack="tiny",provider="CPUExecutionProvider",task="intent_entity",version="2.0.0"} 1.0' \
        in client.get("/metrics").text


def test_cached_answers_follow_the_new_version(client, registry_file, tiny_packs):
    version(client)  # now cached under 1.0.0
    write_registry(registry_file, {"tiny": str(tiny_packs / "tiny" / "2.0.0")}, "tiny")
    client.post("/admin/reload", headers=AUTH)
    assert version(client) == "2.0.0"  # the cache key carries the pack version


def test_failed_reload_keeps_the_old_pack_serving(client, registry_file, tmp_path, tiny_packs):
    import shutil

    broken = shutil.copytree(tiny_packs / "tiny" / "2.0.0", tmp_path / "broken")
    manifest = json.loads((broken / "manifest.json").read_text())
    manifest["heads"][0]["labels"] = manifest["heads"][0]["labels"][:-1]  # mismatched labels
    (broken / "manifest.json").write_text(json.dumps(manifest))
    write_registry(registry_file, {"tiny": str(broken)}, "tiny")
    r = client.post("/admin/reload", headers=AUTH)
    assert r.status_code == 422
    assert r.json()["error"] == "reload_failed"
    assert "intent_entity/tiny" in r.json()["detail"] and "labels" in r.json()["detail"]
    assert version(client) == "1.0.0"
    assert client.get("/readyz").status_code == 200


def test_unreadable_registry_keeps_everything(client, registry_file):
    registry_file.write_text("tasks: [unclosed")
    r = client.post("/admin/reload", headers=AUTH)
    assert r.status_code == 422 and "YAML" in r.json()["detail"]
    assert version(client) == "1.0.0"


def test_invalid_registry_names_the_problem(client, registry_file):
    registry_file.write_text("tasks:\n  intent_entity:\n    default: ghost\n    packs: {}\n")
    r = client.post("/admin/reload", headers=AUTH)
    assert r.status_code == 422 and "ghost" in r.json()["detail"]


def test_concurrent_reloads_get_409(live_server, registry_file, tiny_packs, tmp_path):
    import shutil

    server = live_server()
    # Eight new packs make the first reload take long enough for the others to arrive meanwhile.
    packs = {f"copy{i}": str(shutil.copytree(tiny_packs / "tiny" / "2.0.0", tmp_path / f"copy{i}")) for i in range(8)}
    write_registry(registry_file, packs, "copy0")

    async def together():
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as c:
            return await asyncio.gather(*(c.post("/admin/reload", headers=AUTH) for _ in range(4)))

    codes = sorted(r.status_code for r in asyncio.run(together()))
    assert codes.count(200) >= 1 and codes.count(409) >= 1 and set(codes) == {200, 409}, codes


def test_in_flight_requests_finish_during_reloads(live_server, registry_file, tiny_packs):
    server = live_server()
    texts = ["play adele on spotify"] * 16

    async def traffic():
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as c:
            async def requests():
                return await asyncio.gather(*(c.post("/v1/intent-entity", json={"texts": texts}) for _ in range(12)))

            async def reloads():
                for v in ("2.0.0", "1.0.0", "2.0.0"):
                    write_registry(registry_file, {"tiny": str(tiny_packs / "tiny" / v)}, "tiny")
                    await c.post("/admin/reload", headers=AUTH)
                    await asyncio.sleep(0.05)

            responses, _ = await asyncio.gather(requests(), reloads())
            return responses

    responses = asyncio.run(traffic())
    assert all(r.status_code == 200 for r in responses), {r.status_code for r in responses}
    for r in responses:  # one request is answered by one pack version, never a mix
        assert len({x["model"]["version"] for x in r.json()["results"]}) == 1
