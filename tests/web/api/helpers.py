from __future__ import annotations

import json
from typing import Any


def get_json(client, url: str, expect: int = 200, **params: Any) -> dict:
    response = client.get(url, params)
    assert response.status_code == expect, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def ids(page: dict) -> list:
    return [row["id"] for row in page["results"]]
