#!/usr/bin/env python3
"""Independent wire-format check of a CUPI (Cisco Unity Connection Provisioning Interface) server.

Written from Cisco's CUPI guide alone (as restated in shared/cupi/REFERENCE.md and the guide's example
bodies under examples/ and Tests/Fixtures/cupi/guide/), with the standard library only, so that it shares
no code with the generated Swift codec. It talks JSON, and checks the guide's JSON conventions:

  * every scalar is a string ("true", "480", "1033");
  * a list document has no wrapper: {"@total": "N", "<Item>": ...} with @total a string of digits;
    one item is a JSON object, several are an array;
  * a create answers 201 with the new object's relative URI as a plain-text body;
  * an update answers 204 with no body;
  * errors carry an ErrorDetails body whose errors have a code and a message;
  * HTTP Basic authentication on each request; session cookies are kept and sent back.

Usage: provision.py BASE_URL [--ca-file PEM] [--user admin] [--password password] [--timeout 10]
       (BASE_URL like https://127.0.0.1:8443/vmrest/)
Prints one line per step (PASS/FAIL and a reason) and finally "wire format: N passed, M failed";
exits 0 only when nothing failed.
"""

import argparse
import base64
import http.cookiejar
import json
import random
import re
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request

GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
DIGITS = re.compile(r"^[0-9]+$")


class StepFailed(Exception):
    pass


def need(cond, reason):
    if not cond:
        raise StepFailed(reason)


class Response:
    def __init__(self, status, headers, body, method, url):
        self.status = status
        self.headers = headers
        self.body = body
        self.method = method
        self.url = url

    @property
    def content_type(self):
        return (self.headers.get("Content-Type") or "").strip()

    def media_type(self):
        return self.content_type.split(";")[0].strip().lower()

    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def short(self, limit=160):
        t = self.text().replace("\n", "\\n")
        return t if len(t) <= limit else t[:limit] + "..."

    def json(self):
        need(self.media_type() == "application/json",
             "%s %s: Content-Type is %r, want application/json (body: %s)"
             % (self.method, self.url, self.content_type, self.short()))
        try:
            return json.loads(self.body.decode("utf-8"))
        except ValueError as e:
            raise StepFailed("%s %s: body is not JSON (%s): %s" % (self.method, self.url, e, self.short()))


class Client:
    def __init__(self, base, ca_file, user, password, timeout):
        if not base.endswith("/"):
            base += "/"
        self.base = base
        parts = urllib.parse.urlsplit(base)
        self.origin = "%s://%s" % (parts.scheme, parts.netloc)
        self.base_path = parts.path  # "/vmrest/"
        self.timeout = timeout
        self.context = ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()
        self.context.check_hostname = True
        self.context.verify_mode = ssl.CERT_REQUIRED
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=self.context),
            urllib.request.HTTPCookieProcessor(self.jar))
        self.bare_opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=self.context))
        token = base64.b64encode(("%s:%s" % (user, password)).encode("utf-8")).decode("ascii")
        self.auth = "Basic " + token
        self.set_cookie_headers = []  # every Set-Cookie seen, for the session step

    def url(self, path):
        if path.startswith("/"):
            return self.origin + path
        return self.base + path

    def request(self, method, path, body=None, content_type="application/json", accept="application/json",
                auth=True, cookies=True):
        url = self.url(path)
        data = None
        headers = {"Accept": accept}
        if body is not None:
            if isinstance(body, (dict, list)):
                data = json.dumps(body).encode("utf-8")
            elif isinstance(body, str):
                data = body.encode("utf-8")
            else:
                data = body
            headers["Content-Type"] = content_type
        elif method in ("PUT", "POST"):
            data = b""
        if auth:
            headers["Authorization"] = self.auth
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        opener = self.opener if cookies else self.bare_opener
        try:
            with opener.open(req, timeout=self.timeout) as r:
                resp = Response(r.status, r.headers, r.read(), method, path)
        except urllib.error.HTTPError as e:
            try:
                payload = e.read()
            except Exception:
                payload = b""
            resp = Response(e.code, e.headers, payload, method, path)
        except (urllib.error.URLError, OSError) as e:
            raise StepFailed("%s %s: transport error: %s" % (method, path, e))
        for v in resp.headers.get_all("Set-Cookie") or []:
            self.set_cookie_headers.append(v)
        return resp

    # --- conveniences ---------------------------------------------------------------------------

    def get_json(self, path):
        r = self.request("GET", path)
        need(r.status == 200, "GET %s: status %d, want 200 (body: %s)" % (path, r.status, r.short()))
        return r.json()

    def create(self, collection, body, query=""):
        """POST a new object; the guide: 201 and the new object's relative URI as plain text."""
        path = collection + (("?" + query) if query else "")
        r = self.request("POST", path, body)
        need(r.status == 201, "POST %s: status %d, want 201 (body: %s)" % (path, r.status, r.short()))
        need(r.media_type() == "text/plain",
             "POST %s: 201 with Content-Type %r, want text/plain (the guide: the new object's URI as plain text;"
             " body: %s)" % (path, r.content_type, r.short()))
        uri = r.text()
        need(uri == uri.strip(), "POST %s: URI body has surrounding whitespace: %r" % (path, uri))
        prefix = self.base_path + collection + "/"
        need(uri.startswith(prefix),
             "POST %s: body %r is not a URI under %s" % (path, r.short(), prefix))
        new_id = uri[len(prefix):]
        need("/" not in new_id and new_id != "",
             "POST %s: body %r is not <collection>/<id>" % (path, uri))
        # The basic-operations chapter adds that the new object's URI is in the Location header too.
        loc = r.headers.get("Location")
        if loc is not None:
            need(urllib.parse.urljoin(self.url(path), loc) == self.origin + uri,
                 "POST %s: Location %r does not name the object of the body %r" % (path, loc, uri))
        return new_id, uri, r

    def update(self, path, body, content_type="application/json"):
        r = self.request("PUT", path, body, content_type=content_type)
        need(r.status == 204, "PUT %s: status %d, want 204 (body: %s)" % (path, r.status, r.short()))
        need(len(r.body) == 0, "PUT %s: 204 with a body: %s" % (path, r.short()))
        return r


# --- JSON shape checks ---------------------------------------------------------------------------

def non_string_scalars(value, where="$"):
    """Every scalar in CUPI JSON is a string; list the places where that does not hold."""
    bad = []
    if isinstance(value, dict):
        for k, v in value.items():
            bad.extend(non_string_scalars(v, "%s.%s" % (where, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            bad.extend(non_string_scalars(v, "%s[%d]" % (where, i)))
    elif not isinstance(value, str):
        bad.append("%s=%s" % (where, json.dumps(value)))
    return bad


def check_strings(doc, what):
    bad = non_string_scalars(doc)
    need(not bad, "%s: scalars not written as strings: %s" % (what, ", ".join(bad[:6])))


def check_list(doc, item, what):
    """The guide's JSON list: {"@total":"N","<item>": object (N = 1) | array (N > 1)}, no wrapper.
    Returns (total, [items])."""
    need(isinstance(doc, dict), "%s: list document is a %s, want an object" % (what, type(doc).__name__))
    need("@total" in doc,
         "%s: no \"@total\" member (keys: %s)" % (what, ", ".join(sorted(doc.keys())[:8])))
    total = doc["@total"]
    need(isinstance(total, str), "%s: @total is %s, want a string of digits" % (what, json.dumps(total)))
    need(DIGITS.match(total) is not None, "%s: @total %r is not a string of digits" % (what, total))
    n = int(total)
    others = [k for k in doc.keys() if k not in ("@total", item)]
    need(not others, "%s: unexpected members beside @total and %s: %s" % (what, item, ", ".join(others)))
    if n == 0:
        v = doc.get(item)
        need(v in (None, [], {}), "%s: @total 0 but %s holds %s" % (what, item, json.dumps(v)[:80]))
        return 0, []
    need(item in doc, "%s: @total %s but no %r member (keys: %s)" % (what, total, item, ", ".join(doc.keys())))
    v = doc[item]
    if n == 1:
        need(isinstance(v, dict),
             "%s: one item must be a JSON object, not %s (the guide: a one-item list is an object)"
             % (what, "an array" if isinstance(v, list) else type(v).__name__))
        items = [v]
    else:
        need(isinstance(v, list), "%s: %d items must be an array, not %s" % (what, n, type(v).__name__))
        need(1 <= len(v) <= n, "%s: @total %d but %d items" % (what, n, len(v)))
        need(all(isinstance(x, dict) for x in v), "%s: array items are not all objects" % what)
        items = v
    check_strings(doc, what)
    return n, items


def check_fields(obj, expected, what):
    need(isinstance(obj, dict), "%s: not a JSON object" % what)
    wrong = []
    for k, want in expected.items():
        got = obj.get(k, "<absent>")
        if got != want:
            wrong.append("%s=%s (want %s)" % (k, json.dumps(got), json.dumps(want)))
    need(not wrong, "%s: %s" % (what, "; ".join(wrong)))


# --- the run -------------------------------------------------------------------------------------

class Run:
    def __init__(self, client):
        self.c = client
        self.passed = 0
        self.failed = 0
        self.ids = {}

    def step(self, name, fn, needs=()):
        missing = [n for n in needs if n not in self.ids]
        if missing:
            self.failed += 1
            print("FAIL %s: not run, needs %s from an earlier step" % (name, ", ".join(missing)))
            sys.stdout.flush()
            return
        try:
            reason = fn()
        except StepFailed as e:
            self.failed += 1
            print("FAIL %s: %s" % (name, e))
        except Exception as e:  # a bug or an unexpected shape: still one failed step
            self.failed += 1
            print("FAIL %s: unexpected %s: %s" % (name, type(e).__name__, e))
        else:
            self.passed += 1
            print("PASS %s: %s" % (name, reason or "ok"))
        sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base_url", help="for example https://127.0.0.1:8443/vmrest/")
    ap.add_argument("--ca-file", help="PEM file of the CA to trust")
    ap.add_argument("--user", default="admin")
    ap.add_argument("--password", default="password")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per HTTP request")
    args = ap.parse_args()

    c = Client(args.base_url, args.ca_file, args.user, args.password, args.timeout)
    run = Run(c)
    ids = run.ids
    rnd = random.Random()
    tag = "%06d" % rnd.randrange(10 ** 6)

    def dtmf():
        return str(rnd.randrange(100000, 1000000))  # a random 6-digit number

    # --- authentication and session ------------------------------------------------------------
    def auth_required():
        r = c.request("GET", "cluster", auth=False, cookies=False)
        need(r.status == 401, "GET cluster without credentials: status %d, want 401" % r.status)
        return "GET cluster without credentials answers 401"
    run.step("auth: Basic credentials required", auth_required)

    # --- reads ----------------------------------------------------------------------------------
    def read_cluster():
        doc = c.get_json("cluster")
        n, items = check_list(doc, "VmsServer", "GET cluster")
        need(n >= 1, "GET cluster: no servers")
        for s in items:
            need(GUID.match(s.get("ObjectId", "")), "GET cluster: server without a GUID ObjectId: %s"
                 % json.dumps(s)[:120])
        return "@total %r, %d VmsServer item(s) (%s), all scalars strings" % (
            doc["@total"], len(items), "object" if n == 1 else "array")
    run.step("read: GET cluster", read_cluster)

    def read_licenses():
        doc = c.get_json("licensestatuscounts")
        n, items = check_list(doc, "LicenseStatusCount", "GET licensestatuscounts")
        need(n >= 1, "GET licensestatuscounts: empty")
        for it in items:
            need(DIGITS.match(it.get("Count", "")), "LicenseStatusCount without a digit-string Count: %s"
                 % json.dumps(it)[:120])
        return "@total %r, %d LicenseStatusCount items, Count as digit strings" % (doc["@total"], len(items))
    run.step("read: GET licensestatuscounts", read_licenses)

    def read_languagemap():
        doc = c.get_json("languagemap")
        n, items = check_list(doc, "LanguageMapping", "GET languagemap")
        need(n >= 1, "GET languagemap: empty")
        return "@total %r, %d LanguageMapping item(s)" % (doc["@total"], len(items))
    run.step("read: GET languagemap", read_languagemap)

    def read_locations():
        doc = c.get_json("locations/connectionlocations")
        n, items = check_list(doc, "ConnectionLocation", "GET locations/connectionlocations")
        need(n >= 1, "GET locations/connectionlocations: empty")
        oid = items[0].get("ObjectId", "")
        need(GUID.match(oid), "ConnectionLocation ObjectId %r is not a GUID" % oid)
        ids["location"] = oid
        return "@total %r, ConnectionLocation %s (%s)" % (doc["@total"], oid, "object" if n == 1 else "array")
    run.step("read: GET locations/connectionlocations", read_locations)

    def session_cookies():
        seen = c.set_cookie_headers
        need(seen, "no Set-Cookie on any authenticated response (REFERENCE 1.1: responses set JSESSIONID,"
                   " JSESSIONIDSSO, REQUEST_TOKEN_KEY)")
        names = sorted({h.split("=", 1)[0].strip() for h in seen})
        need("JSESSIONID" in names, "Set-Cookie names %s, no JSESSIONID" % names)
        jar_names = sorted({ck.name for ck in c.jar})
        need("JSESSIONID" in jar_names, "JSESSIONID was not accepted into the cookie jar (%s)" % seen[:2])
        # Send the session cookie back (with Basic auth still on, as the guide says) and be served.
        r = c.request("GET", "locations/connectionlocations")
        need(r.status == 200, "GET with the session cookie: status %d" % r.status)
        return "Set-Cookie %s; sent back, served 200" % ", ".join(names)
    run.step("session: JSESSIONID cookie", session_cookies)

    # --- a weekday schedule from its four objects ------------------------------------------------
    set_name = "WireFormat Weekdays " + tag
    sched_name = "WireFormat Weekday Hours " + tag

    def create_scheduleset():
        oid, uri, _ = c.create("schedulesets", {"DisplayName": set_name,
                                                "OwnerLocationObjectId": ids["location"]})
        need(GUID.match(oid), "new schedule set id %r is not a GUID" % oid)
        ids["set"] = oid
        return "201 text/plain %s" % uri
    run.step("schedule: POST schedulesets", create_scheduleset, needs=["location"])

    def create_schedule():
        oid, uri, _ = c.create("schedules", {"DisplayName": sched_name,
                                             "OwnerLocationObjectId": ids["location"],
                                             "IsHoliday": "false"})
        need(GUID.match(oid), "new schedule id %r is not a GUID" % oid)
        ids["schedule"] = oid
        return "201 text/plain %s" % uri
    run.step("schedule: POST schedules", create_schedule, needs=["location"])

    def create_member():
        coll = "schedulesets/%s/schedulesetmembers" % ids["set"]
        oid, uri, _ = c.create(coll, {"ScheduleSetObjectId": ids["set"],
                                      "ScheduleObjectId": ids["schedule"],
                                      "Exclude": "false"})
        need(oid, "no member id in %r" % uri)
        ids["member"] = oid
        return "201 text/plain %s" % uri
    run.step("schedule: POST schedulesets/{id}/schedulesetmembers", create_member, needs=["set", "schedule"])

    detail_fields = {"StartTime": "480", "EndTime": "1020",
                     "IsActiveMonday": "true", "IsActiveTuesday": "true", "IsActiveWednesday": "true",
                     "IsActiveThursday": "true", "IsActiveFriday": "true",
                     "IsActiveSaturday": "false", "IsActiveSunday": "false"}

    def create_detail():
        coll = "schedules/%s/scheduledetails" % ids["schedule"]
        oid, uri, _ = c.create(coll, dict(detail_fields))
        need(GUID.match(oid), "new schedule detail id %r is not a GUID" % oid)
        ids["detail"] = oid
        return "201 text/plain %s" % uri
    run.step("schedule: POST schedules/{id}/scheduledetails", create_detail, needs=["schedule"])

    def get_scheduleset():
        path = "schedulesets/%s" % ids["set"]
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"ObjectId": ids["set"], "DisplayName": set_name,
                           "OwnerLocationObjectId": ids["location"],
                           "URI": c.base_path + path}, "GET " + path)
        return "DisplayName, OwnerLocationObjectId, URI as sent"
    run.step("schedule: GET schedulesets/{id}", get_scheduleset, needs=["set"])

    def get_schedule():
        path = "schedules/%s" % ids["schedule"]
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"ObjectId": ids["schedule"], "DisplayName": sched_name,
                           "OwnerLocationObjectId": ids["location"], "IsHoliday": "false",
                           "URI": c.base_path + path}, "GET " + path)
        return "DisplayName, OwnerLocationObjectId, IsHoliday \"false\" as sent"
    run.step("schedule: GET schedules/{id}", get_schedule, needs=["schedule"])

    def get_member():
        path = "schedulesets/%s/schedulesetmembers/%s" % (ids["set"], ids["member"])
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"ScheduleSetObjectId": ids["set"], "ScheduleObjectId": ids["schedule"],
                           "Exclude": "false", "URI": c.base_path + path}, "GET " + path)
        return "ScheduleSetObjectId, ScheduleObjectId, Exclude \"false\" as sent"
    run.step("schedule: GET schedulesetmembers/{id}", get_member, needs=["set", "schedule", "member"])

    def member_uri_is_schedule():
        # Every member the guide prints (m-schedules: the XML list of the Schedules part, the JSON list and
        # GET of the Schedules Set Members part) has no ObjectId of its own; its URI ends with its
        # ScheduleObjectId: /vmrest/schedulesets/{setId}/schedulesetmembers/{scheduleObjectId}.
        want = "%sschedulesets/%s/schedulesetmembers/%s" % (c.base_path, ids["set"], ids["schedule"])
        need(ids["member"] == ids["schedule"],
             "create answered member id %s, want the ScheduleObjectId %s (the guide's member URIs are %s)"
             % (ids["member"], ids["schedule"], want))
        return "member URI %s" % want
    run.step("schedule: member URI ends with its ScheduleObjectId", member_uri_is_schedule,
             needs=["set", "schedule", "member"])

    def list_members():
        path = "schedulesets/%s/schedulesetmembers" % ids["set"]
        doc = c.get_json(path)
        n, items = check_list(doc, "ScheduleSetMember", "GET " + path)
        need(n == 1, "GET %s: @total %d, want 1 (one member added)" % (path, n))
        check_fields(items[0], {"ScheduleObjectId": ids["schedule"], "Exclude": "false"}, "GET " + path)
        return "@total \"1\", the one ScheduleSetMember as an object"
    run.step("schedule: GET schedulesetmembers (one-item list)", list_members, needs=["set", "schedule"])

    def get_detail():
        path = "schedules/%s/scheduledetails/%s" % (ids["schedule"], ids["detail"])
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        want = dict(detail_fields)
        want.update({"ObjectId": ids["detail"], "URI": c.base_path + path})
        check_fields(doc, want, "GET " + path)
        return "StartTime \"480\", EndTime \"1020\", Mon-Fri \"true\", Sat/Sun \"false\""
    run.step("schedule: GET scheduledetails/{id}", get_detail, needs=["schedule", "detail"])

    def detail_names_schedule():
        # Every schedule detail the guide prints (m-schedules: scheduledetails GET one and list in XML,
        # the holiday list in JSON) names its schedule: ScheduleObjectId and ScheduleURI.
        path = "schedules/%s/scheduledetails/%s" % (ids["schedule"], ids["detail"])
        doc = c.get_json(path)
        check_fields(doc, {"ScheduleObjectId": ids["schedule"],
                           "ScheduleURI": c.base_path + "schedules/" + ids["schedule"]}, "GET " + path)
        return "ScheduleObjectId and ScheduleURI name the schedule"
    run.step("schedule: a schedule detail names its schedule", detail_names_schedule,
             needs=["schedule", "detail"])

    def list_details():
        path = "schedules/%s/scheduledetails" % ids["schedule"]
        doc = c.get_json(path)
        n, items = check_list(doc, "ScheduleDetail", "GET " + path)
        need(n == 1, "GET %s: @total %d, want 1 (one detail added)" % (path, n))
        check_fields(items[0], {"ObjectId": ids["detail"], "StartTime": "480"}, "GET " + path)
        return "@total \"1\", the one ScheduleDetail as an object"
    run.step("schedule: GET scheduledetails (one-item list)", list_details, needs=["schedule", "detail"])

    # --- a call handler on that schedule set ------------------------------------------------------
    def find_template():
        doc = c.get_json("callhandlertemplates")
        n, items = check_list(doc, "CallhandlerTemplate", "GET callhandlertemplates")
        need(n >= 1, "GET callhandlertemplates: no templates")
        oid = items[0].get("ObjectId", "")
        need(GUID.match(oid), "CallhandlerTemplate ObjectId %r is not a GUID" % oid)
        ids["template"] = oid
        return "@total %r, template %s (%s)" % (doc["@total"], items[0].get("DisplayName"), oid)
    run.step("handler: GET callhandlertemplates", find_template)

    handler_name = "WireFormat Handler " + tag
    handler_ext = dtmf()

    def create_handler():
        oid, uri, _ = c.create("handlers/callhandlers",
                               {"DisplayName": handler_name, "DtmfAccessId": handler_ext,
                                "ScheduleSetObjectId": ids["set"]},
                               query="templateObjectId=" + urllib.parse.quote(ids["template"]))
        need(GUID.match(oid), "new call handler id %r is not a GUID" % oid)
        ids["handler"] = oid
        return "201 text/plain %s" % uri
    run.step("handler: POST handlers/callhandlers?templateObjectId=", create_handler, needs=["template", "set"])

    def get_handler():
        path = "handlers/callhandlers/%s" % ids["handler"]
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"ObjectId": ids["handler"], "DisplayName": handler_name,
                           "DtmfAccessId": handler_ext, "ScheduleSetObjectId": ids["set"],
                           "URI": c.base_path + path}, "GET " + path)
        return "DisplayName, DtmfAccessId %s, ScheduleSetObjectId as sent" % handler_ext
    run.step("handler: GET handlers/callhandlers/{id}", get_handler, needs=["handler"])

    def put_greeting():
        path = "handlers/callhandlers/%s/greetings/Off%%20Hours" % ids["handler"]
        c.update(path, {"PlayWhat": "1", "Enabled": "true"})
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"PlayWhat": "1", "Enabled": "true", "GreetingType": "Off Hours",
                           "CallHandlerObjectId": ids["handler"]}, "GET " + path)
        return "PUT 204; GET: PlayWhat \"1\", Enabled \"true\", GreetingType \"Off Hours\""
    run.step("handler: PUT greetings/Off%20Hours", put_greeting, needs=["handler"])

    def put_menuentry():
        path = "handlers/callhandlers/%s/menuentries/0" % ids["handler"]
        # Key 0 goes to a call handler's greeting (the guide's Example 2: Action 2 = Goto, PHGreeting).
        body = {"Action": "2", "TargetConversation": "PHGreeting", "TargetHandlerObjectId": ids["handler"]}
        c.update(path, body)
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        want = dict(body)
        want.update({"TouchtoneKey": "0", "CallHandlerObjectId": ids["handler"]})
        check_fields(doc, want, "GET " + path)
        return "PUT 204; GET: Action \"2\", TargetConversation PHGreeting, TargetHandlerObjectId, TouchtoneKey \"0\""
    run.step("handler: PUT menuentries/0", put_menuentry, needs=["handler"])

    wav = (b"RIFF" + (36 + 16).to_bytes(4, "little") + b"WAVE"
           + b"fmt " + (16).to_bytes(4, "little") + (1).to_bytes(2, "little") + (1).to_bytes(2, "little")
           + (8000).to_bytes(4, "little") + (16000).to_bytes(4, "little") + (2).to_bytes(2, "little")
           + (16).to_bytes(2, "little")
           + b"data" + (16).to_bytes(4, "little")
           + bytes(rnd.randrange(256) for _ in range(16)))

    def greeting_audio():
        path = "handlers/callhandlers/%s/greetings/Off%%20Hours/greetingstreamfiles/1033/audio" % ids["handler"]
        r = c.request("PUT", path, wav, content_type="audio/wav")
        need(r.status == 204, "PUT %s (audio/wav, %d bytes): status %d, want 204 (body: %s)"
             % (path, len(wav), r.status, r.short()))
        g = c.request("GET", path, accept="audio/wav")
        need(g.status == 200, "GET %s (Accept audio/wav): status %d (body: %s)" % (path, g.status, g.short()))
        need(g.media_type() in ("audio/wav", "audio/x-wav", "audio/wave"),
             "GET %s: Content-Type %r, want audio/wav" % (path, g.content_type))
        need(g.body == wav, "GET %s: %d bytes back, differ from the %d bytes sent" % (path, len(g.body), len(wav)))
        return "PUT audio/wav 204; GET back %d bytes identical, Content-Type %s" % (len(g.body), g.content_type)
    run.step("handler: greeting recording audio/wav round trip", greeting_audio, needs=["handler"])

    # --- a user -----------------------------------------------------------------------------------
    user_alias = "wireformat" + tag
    user_ext = dtmf()
    pin = "".join(rnd.choice("123456789") for _ in range(7)) + "0"

    def create_user():
        oid, uri, _ = c.create("users", {"Alias": user_alias, "DtmfAccessId": user_ext},
                               query="templateAlias=voicemailusertemplate")
        need(GUID.match(oid), "new user id %r is not a GUID" % oid)
        ids["user"] = oid
        return "201 text/plain %s" % uri
    run.step("user: POST users?templateAlias=voicemailusertemplate", create_user)

    def get_user():
        path = "users/%s" % ids["user"]
        doc = c.get_json(path)
        check_strings(doc, "GET " + path)
        check_fields(doc, {"ObjectId": ids["user"], "Alias": user_alias, "DtmfAccessId": user_ext,
                           "URI": c.base_path + path}, "GET " + path)
        return "Alias, DtmfAccessId as sent"
    run.step("user: GET users/{id}", get_user, needs=["user"])

    def set_pin():
        path = "users/%s/credential/pin" % ids["user"]
        c.update(path, {"Credentials": pin, "CredMustChange": "false"})
        r = c.request("GET", path)
        need(r.status == 200, "GET %s: status %d" % (path, r.status))
        need(pin.encode() not in r.body, "GET %s: the PIN itself appears in the body" % path)
        doc = r.json()
        check_strings(doc, "GET " + path)
        need(doc.get("Credentials", "") in ("", None),
             "GET %s: Credentials is %s, want empty or absent" % (path, json.dumps(doc.get("Credentials"))))
        check_fields(doc, {"CredMustChange": "false", "CredentialType": "4", "UserObjectId": ids["user"]},
                     "GET " + path)
        return "PUT 204; GET: no PIN, CredMustChange \"false\", CredentialType \"4\""
    run.step("user: PUT/GET credential/pin", set_pin, needs=["user"])

    def find_partition():
        doc = c.get_json("partitions")
        n, items = check_list(doc, "Partition", "GET partitions")
        need(n >= 1, "GET partitions: empty")
        oid = items[0].get("ObjectId", "")
        need(GUID.match(oid), "Partition ObjectId %r is not a GUID" % oid)
        ids["partition"] = oid
        return "@total %r, partition %s" % (doc["@total"], oid)
    run.step("user: GET partitions", find_partition)

    alt_ext = dtmf()

    def add_alt_extension():
        coll = "users/%s/alternateextensions" % ids["user"]
        oid, uri, _ = c.create(coll, {"IdIndex": "1", "DtmfAccessId": alt_ext,
                                      "PartitionObjectId": ids["partition"]})
        need(GUID.match(oid), "new alternate extension id %r is not a GUID" % oid)
        ids["altext"] = oid
        return "201 text/plain %s" % uri
    run.step("user: POST alternateextensions", add_alt_extension, needs=["user", "partition"])

    def list_alt_extensions():
        path = "users/%s/alternateextensions" % ids["user"]
        doc = c.get_json(path)
        n, items = check_list(doc, "AlternateExtension", "GET " + path)
        mine = [it for it in items if it.get("ObjectId") == ids["altext"]]
        need(mine, "GET %s: the new alternate extension %s is not listed" % (path, ids["altext"]))
        check_fields(mine[0], {"IdIndex": "1", "DtmfAccessId": alt_ext, "PartitionObjectId": ids["partition"]},
                     "GET " + path)
        return "@total %r, %s; fields as sent" % (
            doc["@total"], "the one item as an object" if n == 1 else "%d items as an array" % n)
    run.step("user: GET alternateextensions (list shape)", list_alt_extensions, needs=["user", "altext"])

    smtp_address = "wireformat%s@example.com" % tag

    def add_smtp_device():
        coll = "users/%s/notificationdevices/smtpdevices" % ids["user"]
        oid, uri, _ = c.create(coll, {"DisplayName": "WireFormat SMTP " + tag, "SmtpAddress": smtp_address,
                                      "Active": "true"})
        need(GUID.match(oid), "new SMTP device id %r is not a GUID" % oid)
        ids["smtp"] = oid
        return "201 text/plain %s" % uri
    run.step("user: POST notificationdevices/smtpdevices", add_smtp_device, needs=["user"])

    def list_smtp_devices():
        path = "users/%s/notificationdevices/smtpdevices" % ids["user"]
        doc = c.get_json(path)
        n, items = check_list(doc, "SmtpDevice", "GET " + path)
        mine = [it for it in items if it.get("ObjectId") == ids["smtp"]]
        need(mine, "GET %s: the new SMTP device %s is not listed" % (path, ids["smtp"]))
        check_fields(mine[0], {"DisplayName": "WireFormat SMTP " + tag, "SmtpAddress": smtp_address,
                               "Active": "true"}, "GET " + path)
        return "@total %r, %s; fields as sent" % (
            doc["@total"], "the one item as an object" if n == 1 else "%d items as an array" % n)
    run.step("user: GET smtpdevices (list shape)", list_smtp_devices, needs=["user", "smtp"])

    # --- an error ---------------------------------------------------------------------------------
    def error_404():
        path = "users/does-not-exist"
        r = c.request("GET", path)
        need(r.status == 404, "GET %s: status %d, want 404 (body: %s)" % (path, r.status, r.short()))
        doc = r.json()
        check_strings(doc, "GET %s (404)" % path)
        need(isinstance(doc, dict) and "errors" in doc,
             "GET %s: 404 body has no \"errors\" member (ErrorDetails): %s" % (path, r.short()))
        errs = doc["errors"]
        errs = errs if isinstance(errs, list) else [errs]
        need(errs, "GET %s: ErrorDetails with no errors" % path)
        for e in errs:
            need(isinstance(e, dict) and isinstance(e.get("code"), str) and e.get("code")
                 and isinstance(e.get("message"), str),
                 "GET %s: an error without a string code and message: %s" % (path, json.dumps(e)[:120]))
        return "404 ErrorDetails, errors %s" % ", ".join("%s (%s)" % (e["code"], e["message"][:40]) for e in errs)
    run.step("error: GET users/does-not-exist", error_404)

    print("wire format: %d passed, %d failed" % (run.passed, run.failed))
    return 0 if run.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
