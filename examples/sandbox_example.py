#!/usr/bin/env python3
"""Testing a Lofty integration against a Leadline sandbox, with nothing but Python's standard library.

Start a sandbox with the example fixtures (README, "Testing your Lofty integration against Leadline"), then:

    python3 examples/sandbox_example.py http://localhost:8080 <server administrator's key>

Each step is what an integration test does: start from the fixtures, act as the integration does (here: a tiny
client that creates leads and retries on 429), then assert on what the sandbox saw. Exits 0 when every check holds.
"""
import json
import sys
import time
import urllib.error
import urllib.request

ANN_KEY = "acme-ann-key-00001"  # a member's key, fixed by examples/sandbox-fixtures.json


def call(base, key, method, path, body=None):
    """One request; answers (status, parsed body, headers). HTTP errors are answers too, as a client sees them."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": "token " + key, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None), response.headers
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        return error.code, (json.loads(text) if text else None), error.headers


class LoftyClient:
    """The integration under test: creates leads, and waits out a 429 as Lofty asks (Retry-After)."""

    def __init__(self, base, key):
        self.base, self.key, self.waited = base, key, 0

    def create_lead(self, lead):
        for _ in range(5):
            status, body, headers = call(self.base, self.key, "POST", "/v1.0/leads", lead)
            if status != 429:
                return status, body
            wait = int(headers.get("Retry-After", "1"))
            self.waited += wait
            time.sleep(wait)
        raise AssertionError("still rate limited after 5 tries")


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok  " + what)


def main(base, admin):
    sandbox = base + "/leadline/v1/sandbox"

    status, reset, _ = call(base, admin, "POST", "/leadline/v1/sandbox/reset")
    check(status == 200, "the sandbox is back at its fixtures (reset took %s ms)" % reset["tookMs"])
    call(base, admin, "DELETE", "/leadline/v1/sandbox/journal")
    call(base, admin, "DELETE", "/leadline/v1/sandbox/receivers/acme/deliveries")

    client = LoftyClient(base, ANN_KEY)
    status, created = client.create_lead({"firstName": "Pat", "lastName": "Python", "emails": ["pat@example.com"]})
    check(status == 200 and created["leadId"] > 0, "the client created a lead")

    status, journal, _ = call(base, admin, "GET", "/leadline/v1/sandbox/journal?path=/v1.0/leads&method=POST")
    sent = json.loads(journal["entries"][0]["requestBody"])
    check(sent["firstName"] == "Pat", "the journal holds exactly what the client sent")

    deliveries = []
    for _ in range(100):
        _, received, _ = call(base, admin, "GET", "/leadline/v1/sandbox/receivers/acme/deliveries")
        deliveries = [d for d in received["deliveries"] if str(created["leadId"]) in (d["body"] or "")]
        if deliveries:
            break
        time.sleep(0.1)
    check(deliveries, "the team's webhook reached the sandbox's receiver")

    status, fault, _ = call(base, admin, "POST", "/leadline/v1/sandbox/faults",
                            {"method": "POST", "path": "/v1.0/leads", "times": 1, "action": "rateLimit", "retryAfter": 1})
    check(status == 201, "a 429 is armed for the next lead create")
    status, _ = client.create_lead({"firstName": "Retry", "lastName": "Python"})
    check(status == 200 and client.waited == 1, "the client waited out Retry-After and succeeded")
    call(base, admin, "DELETE", "/leadline/v1/sandbox/faults/%d" % fault["id"])

    _, before, _ = call(base, admin, "GET", "/leadline/v1/sandbox/clock")
    _, after, _ = call(base, admin, "PUT", "/leadline/v1/sandbox/clock", {"advance": "P1D"})
    check(after["offsetMillis"] - before["offsetMillis"] >= 86_400_000, "the server's clock moved a day forward")
    print("every check held: %s" % sandbox)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: sandbox_example.py <base url> <server administrator's key>")
    main(sys.argv[1].rstrip("/"), sys.argv[2])
