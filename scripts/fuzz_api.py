#!/usr/bin/env python3
"""Fuzzes a running `comal serve` through its served OpenAPI document with Schemathesis, then reads
every page and API answer as the buyer, so that bad data a fuzzed write stored and only a later read
meets is found too.

    scripts/fuzz_api.py http://127.0.0.1:PORT/ --site ESP-01 --window 2 --sku RG-3001 \
        --menu nm-center-cycle --buyer marisol --password-file pw.txt --tokens tokens.json \
        --max-examples 60 --out DIR        (or --max-time SECONDS to explore for that long)

The API tokens are read from a file (`{"buyer": …, "director": …, "cook": …}`, from
`comal user token`), never the command line, which other users of the machine can read.
COMAL_FUZZ_SEED sets Schemathesis's seed (default a fixed one; `random` for a new one each run).
With the fixed seed and --max-examples the run sends the same cases every time, however fast the
machine, so that a failure is the code's and repeats; --max-time explores as far as the time allows.
Exits 0 when Schemathesis found nothing and every read answered below 500; 1 otherwise.
"""
import argparse
import html.parser
import http.cookiejar
import json
import os
import pathlib
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
FIXED_SEED = "20261204"


def render_config(args, out):
    """The repository's config with the run's identifiers, typed as the document types them (a
    window id as a string would count as a schema violation of its own)."""
    template = (HERE / "fuzz" / "schemathesis.toml").read_text()
    parameters = {"path.site": args.site, "path.window": args.window, "path.sku": args.sku, "path.menu": args.menu}
    section = "\n[parameters]\n" + "".join(f"{json.dumps(k)} = {json.dumps(v)}\n" for k, v in parameters.items())
    # TOML tables after [[operations]] would belong to it; the parameters go before the first.
    head, sep, tail = template.partition("[[operations]]")
    path = out / "schemathesis.toml"
    path.write_text(head + section + "\n" + sep + tail)
    return path


def run_schemathesis(args, out, tokens):
    config = render_config(args, out)
    seed = os.environ.get("COMAL_FUZZ_SEED", FIXED_SEED)
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
        urllib.parse.urljoin(args.url, "api/v1/openapi.yaml"), "--checks", "all",
        "--no-color", "--report", "junit", "--report-dir", str(out), "--workers", "1",
        # No example database: cases a run found are not replayed by the next run on this machine
        # only, so a fresh clone and a working copy send the same cases.
        "--generation-database", "none",
    ]
    command += ["--max-time", str(args.max_time)] if args.max_time else ["--max-examples", str(args.max_examples)]
    if seed != "random":
        command += ["--seed", seed]
    print("fuzz: " + " ".join(command[1:]), flush=True)
    log = out / "schemathesis.log"
    environment = dict(os.environ, **{f"COMAL_FUZZ_{role.upper()}_TOKEN": token for role, token in tokens.items()})
    with log.open("w") as stream:
        status = subprocess.run(
            command, stdout=stream, stderr=subprocess.STDOUT, env=environment,
            timeout=(args.max_time or 600) + 300).returncode
    text = log.read_text()
    summary = text[text.find("SUMMARY"):] if "SUMMARY" in text else text[-4000:]
    print(summary.strip(), flush=True)
    if status != 0:
        failures = text[text.find("FAILURES"):text.find("SUMMARY")]
        print("\n".join(line[:400] for line in failures.splitlines()), file=sys.stderr)
    return status == 0


class Links(html.parser.HTMLParser):
    """The same-site links and the CSRF token of one page."""

    def __init__(self):
        super().__init__()
        self.links, self.csrf = [], None

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag == "input" and attributes.get("name") == "csrf":
            self.csrf = attributes.get("value")


class Reader:
    """GETs as one signed-in buyer, collecting every answer of 500 or more and every dead connection."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.failures, self.read = [], 0

    def fetch(self, path, token=None, data=None):
        request = urllib.request.Request(urllib.parse.urljoin(self.base, path), data=data)
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        self.read += 1
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as error:
            if error.code >= 500:
                self.failures.append(f"{path}: {error.code} {error.read()[:300]!r}")
            return error.code, b"", ""
        except OSError as error:
            self.failures.append(f"{path}: no answer ({error})")
            return 0, b"", ""

    def sign_in(self, username, password):
        _, body, _ = self.fetch("login")
        form = Links()
        form.feed(body.decode("utf-8", "replace"))
        data = urllib.parse.urlencode({"username": username, "password": password, "csrf": form.csrf or ""}).encode()
        status, _, _ = self.fetch("login", data=data)
        return status == 200

    def crawl_pages(self, limit=400):
        """Every page reachable by links from the home page (GET only, so nothing changes)."""
        seen, queue = set(), ["/"]
        while queue and len(seen) < limit:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            status, body, kind = self.fetch(path)
            if status != 200 or kind != "text/html":
                continue
            links = Links()
            links.feed(body.decode("utf-8", "replace"))
            for href in links.links:
                target = urllib.parse.urlsplit(urllib.parse.urljoin(path, href))
                if target.netloc or not target.path.startswith("/") or target.path.startswith("/static/"):
                    continue
                queue.append(target.path + (f"?{target.query}" if target.query else ""))
        return len(seen)

    def read_api(self, token, site, menu):
        """Every GET of the API for every window, the site's order and allocation, and its menus."""
        status, body, _ = self.fetch("api/v1/windows", token)
        windows = [w["id"] for w in json.loads(body)["windows"]] if status == 200 else []
        for window in windows:
            for tail in ["", "/board", "/savings"]:
                self.fetch(f"api/v1/windows/{window}{tail}", token)
            status, body, _ = self.fetch(f"api/v1/windows/{window}/workbooks", token)
            for workbook in json.loads(body)["workbooks"] if status == 200 else []:
                self.fetch(workbook["url"].lstrip("/"), token)
            for tail in ["order", "allocation"]:
                self.fetch(f"api/v1/sites/{site}/windows/{window}/{tail}", token)
        status, body, _ = self.fetch(f"api/v1/sites/{site}/menus", token)
        for found in json.loads(body).get("menus", []) if status == 200 else []:
            for week in range(1, len(found.get("weeks", [])) + 1):
                for tail in ["", "/production"]:
                    self.fetch(f"api/v1/sites/{site}/menus/{found['id']}/weeks/{week}{tail}", token)
        return len(windows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the server's address, ending in /")
    for name in ["site", "sku", "menu", "buyer", "password-file", "tokens"]:
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--window", type=int, required=True)
    parser.add_argument("--max-time", type=int, default=0, help="explore for this many seconds instead")
    parser.add_argument("--max-examples", type=int, default=60, help="cases per operation and phase")
    parser.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    tokens = json.loads(pathlib.Path(args.tokens).read_text())
    fuzzed = run_schemathesis(args, args.out, tokens)

    reader = Reader(args.url)
    windows = reader.read_api(tokens["buyer"], args.site, args.menu)
    signed_in = reader.sign_in(args.buyer, pathlib.Path(args.password_file).read_text().strip())
    pages = reader.crawl_pages() if signed_in else 0
    print(f"fuzz: then read {reader.read} answers as the buyer ({windows} windows, {pages} pages)", flush=True)
    for failure in reader.failures:
        print(f"fuzz: {failure}", file=sys.stderr)
    if not signed_in:
        print("fuzz: the buyer could not sign in to read the pages", file=sys.stderr)
    return 0 if fuzzed and signed_in and not reader.failures and windows > 0 and pages > 1 else 1


if __name__ == "__main__":
    sys.exit(main())
