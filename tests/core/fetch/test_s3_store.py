"""The S3-compatible raw store against a real S3 API server on loopback (moto's standalone server)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

from councilwatch.core.fetch import MemoryValidatorIndex, PoliteFetcher
from councilwatch.core.fetch.s3store import S3RawStore
from councilwatch.replay import ReplayServer, write_recording

boto3 = pytest.importorskip("boto3")


@pytest.fixture(scope="module")
def s3_endpoint():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, monkeypatch, request):
    for name, value in {
        "AWS_ACCESS_KEY_ID": "k",
        "AWS_SECRET_ACCESS_KEY": "s",
        "AWS_DEFAULT_REGION": "eu-west-2",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    name = f"councilwatch-{request.node.name.lower().replace('_', '-')[:40]}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    return client, name


def test_bodies_round_trip_by_content_address(bucket, s3_endpoint):
    client, name = bucket
    store = S3RawStore(name, endpoint_url=s3_endpoint)
    digest = store.put(b"%PDF-1.7 a council report")
    assert store.get(digest) == b"%PDF-1.7 a council report"
    assert store.get("0" * 64) is None
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=name)["Contents"]]
    assert keys == [f"raw/{digest[:2]}/{digest[2:4]}/{digest}"]


def test_the_same_body_is_uploaded_once(bucket, s3_endpoint):
    client, name = bucket
    store = S3RawStore(name, endpoint_url=s3_endpoint)
    digest = store.put(b"minutes")
    key = f"raw/{digest[:2]}/{digest[2:4]}/{digest}"
    first = client.head_object(Bucket=name, Key=key)["LastModified"]
    time.sleep(1.1)  # S3 times have one-second resolution
    assert store.put(b"minutes") == digest
    assert client.head_object(Bucket=name, Key=key)["LastModified"] == first


def test_a_conditional_get_answers_from_the_bucket(bucket, s3_endpoint, tmp_path):
    _, name = bucket
    site = write_recording(tmp_path / "site", [{"path": "/pack.pdf", "body": b"%PDF-1.7 pack"}])
    fetcher = PoliteFetcher(
        raw_store=S3RawStore(name, endpoint_url=s3_endpoint),
        validators=MemoryValidatorIndex(),
        gap=0.0,
        robots=False,
    )
    with ReplayServer(site) as server:
        first = fetcher.get(server.url + "/pack.pdf")
        second = fetcher.get(server.url + "/pack.pdf")
    assert first.status == 200 and second.status == 304
    assert second.body == b"%PDF-1.7 pack" and second.bytes_received == 0
