#!/usr/bin/env python3
"""Write a synthetic, CUPI-like API description for benchmarks.

    synthetic-schema.py --types N --elements M --out DIR [--types-per-file K]

DIR receives:
  application.wadl   WADL 2009/02 in Jersey's shape: grammars include every types-*.xsd,
                     collection and item resources with GET/PUT/POST/DELETE, template
                     (some regex), query, header params.
  common.xsd         shared simple types (ids, aliases, ranges) and a simpleContent type.
  types-NNN.xsd      K complex types each (plus their enumerations and facet types),
                     each file xs:include-ing common.xsd.
  all.xsd            includes common.xsd and every types-*.xsd: the entry for xmllint.
  instance.xml       a small document valid against all.xsd.

Every type has M particles of its own, mixing builtin and named/anonymous simple types,
enumerations with documentation, facets, references to earlier, later and the same type
(recursion), choices, optional/required/repeating/nillable elements, attributes, and
complexContent extensions of earlier types.

Output is a pure function of the arguments (no clock, no `random`): same args, same bytes.
"""

import argparse
import os
import re
from xml.sax.saxutils import escape

XS = "http://www.w3.org/2001/XMLSchema"
WADL = "http://wadl.dev.java.net/2009/02"
# One target namespace, qualified elements (JAXB's usual output). A namespace keeps the
# WADL's `element="tns:X"` QNames unambiguous, which a no-namespace schema cannot.
TNS = "urn:example:cupi-synthetic"

MASK64 = (1 << 64) - 1


def mix(*keys):
    """splitmix64 over the keys: a stable, version-independent stand-in for `random`."""
    h = 0x9E3779B97F4A7C15
    for k in keys:
        h = (h ^ (k & MASK64)) & MASK64
        h = (h + 0x9E3779B97F4A7C15) & MASK64
        h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK64
        h ^= h >> 31
    return h


# Salts, so that independent choices about the same (type, slot) do not correlate.
S_KIND, S_OCC, S_DOC, S_REF, S_BASE, S_PICK = range(1, 7)

TYPE_NOUNS = [
    "User", "CallHandler", "Contact", "DistributionList", "Schedule", "Greeting",
    "Partition", "SearchSpace", "UserTemplate", "Mailbox", "Tenant", "Location",
    "Cos", "RoutingRule", "Interview", "DirectoryHandler", "PhoneSystem", "Port",
    "SmtpDomain", "ExternalService",
]
FIELD_HEADS = [
    "Display", "First", "Last", "Dtmf", "Mwi", "Transfer", "Pin", "Call", "Mail",
    "Fax", "Phone", "Time", "Language", "Voice", "Search", "Owner", "Policy",
    "Address", "Greeting", "Routing", "Class", "Default", "Self", "Protocol",
]
FIELD_TAILS = [
    "Name", "Alias", "Id", "Extension", "Type", "Enabled", "Count", "Code", "Uri",
    "Number", "Rule", "Mode", "Zone", "Limit", "Action", "Status", "Priority",
    "Length", "Format", "Option",
]
# Choice alternatives append these; no tail above starts with "By", so names stay unique.
CHOICE_SUFFIXES = ["ById", "ByName", "ByRef"]

BUILTINS = ["xs:string", "xs:boolean", "xs:int", "xs:long", "xs:dateTime",
            "xs:decimal", "xs:anyURI", "xs:unsignedShort"]
DEFAULTS = {"xs:boolean": "false", "xs:int": "0", "xs:unsignedShort": "0"}

COMMON_SIMPLE = ["ObjectId", "Alias", "DisplayName", "DtmfAccessId", "Percent", "Money"]
COMMON_TEXT = "LocalizedText"  # simpleContent: text plus a `lang` attribute


def field_name(n):
    """The n-th field name; unique for every n (checked in `main`)."""
    head = FIELD_HEADS[n % len(FIELD_HEADS)]
    tail = FIELD_TAILS[(n // len(FIELD_HEADS)) % len(FIELD_TAILS)]
    cycle = n // (len(FIELD_HEADS) * len(FIELD_TAILS))
    return head + tail + (str(cycle) if cycle else "")


class Plan:
    """Names and relations of every global component, decided before any file is written."""

    def __init__(self, n_types, n_elems, per_file):
        self.n, self.m, self.per_file = n_types, n_elems, per_file
        width = len(str(max(n_types - 1, 0)))
        self.types = [f"{TYPE_NOUNS[i % len(TYPE_NOUNS)]}{i:0{width}d}" for i in range(n_types)]
        # One enumeration and one facet type per 4 complex types, declared in the file of
        # the type they are named after.
        self.enums = [f"{self.types[i]}Kind" for i in range(0, n_types, 4)]
        self.facets = [f"{self.types[i]}Code" for i in range(2, n_types, 4)]
        self.base = [None] * n_types   # index of the extended type, or None
        self.depth = [0] * n_types     # length of the extension chain
        for i in range(1, n_types):
            if mix(S_BASE, i) % 8 == 0:
                b = mix(S_REF, i) % i
                if self.depth[b] >= 3:  # keep chains (and effective content models) short
                    b = next(k for k in range(b, -1, -1) if self.depth[k] == 0)
                self.base[i], self.depth[i] = b, self.depth[b] + 1
        # Every 10th type is exposed as a resource, with a `<T>List` wrapper element.
        self.resources = [i for i in range(n_types) if i % 10 == 0]
        self.resource_set = set(self.resources)

    def file_of(self, i):
        return f"types-{i // self.per_file:03d}.xsd"

    def files(self):
        return sorted({self.file_of(i) for i in range(self.n)})


def doc(text, indent):
    pad = " " * indent
    return (f"{pad}<xs:annotation>\n{pad}  <xs:documentation>{escape(text)}</xs:documentation>\n"
            f"{pad}</xs:annotation>\n")


def schema_open(includes):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<xs:schema xmlns:xs="{XS}" xmlns:tns="{TNS}" targetNamespace="{TNS}"\n'
           '           elementFormDefault="qualified" attributeFormDefault="unqualified">\n']
    out += [f'  <xs:include schemaLocation="{f}"/>\n' for f in includes]
    return out


def common_xsd():
    out = schema_open([])
    out.append(doc("Simple types shared by every types-*.xsd file.", 2))
    out.append("""  <xs:simpleType name="ObjectId">
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Alias">
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:maxLength value="64"/>
      <xs:pattern value="[A-Za-z0-9_.@\\-]+"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="DisplayName">
    <xs:restriction base="xs:string">
      <xs:maxLength value="64"/>
      <xs:whiteSpace value="collapse"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="DtmfAccessId">
    <xs:restriction base="xs:string">
      <xs:pattern value="\\d{1,40}"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Percent">
    <xs:restriction base="xs:int">
      <xs:minInclusive value="0"/>
      <xs:maxInclusive value="100"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Money">
    <xs:restriction base="xs:decimal">
      <xs:totalDigits value="12"/>
      <xs:fractionDigits value="2"/>
      <xs:minExclusive value="-1000000000"/>
      <xs:maxExclusive value="1000000000"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:complexType name="LocalizedText">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="lang" type="xs:language" default="en-US"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
""")
    out.append("</xs:schema>\n")
    return "".join(out)


def enum_type(plan, e):
    name = plan.enums[e]
    count = 3 + mix(S_PICK, e, 1) % 6
    numeric = e % 2 == 1  # CUPI has both: integer codes and token values
    out = [f'  <xs:simpleType name="{name}">\n', doc(f"Kinds of {name[:-4]}.", 4),
           f'    <xs:restriction base="{"xs:int" if numeric else "xs:string"}">\n']
    for v in range(count):
        value = str(v) if numeric else f"{FIELD_TAILS[(e + v) % len(FIELD_TAILS)]}{v}"
        out.append(f'      <xs:enumeration value="{value}">\n')
        out.append(doc(f"{name} value {v}: meaning number {v} (\"quoted\" & <escaped>).", 8))
        out.append("      </xs:enumeration>\n")
    out.append("    </xs:restriction>\n  </xs:simpleType>\n")
    return "".join(out)


def facet_restriction(k, indent):
    """One of several facet combinations; k picks which."""
    pad = " " * indent
    variants = [
        ("xs:string", ['<xs:minLength value="1"/>', '<xs:maxLength value="40"/>',
                       '<xs:pattern value="[A-Z][A-Za-z0-9]*"/>']),
        ("xs:string", ['<xs:length value="8"/>']),
        ("xs:int", ['<xs:minInclusive value="-5"/>', '<xs:maxInclusive value="500"/>']),
        ("xs:decimal", ['<xs:totalDigits value="9"/>', '<xs:fractionDigits value="3"/>']),
        ("xs:string", ['<xs:pattern value="\\+?[0-9]{3,15}"/>',
                       '<xs:pattern value="sip:[^@\\s]+@[^@\\s]+"/>']),
        ("xs:token", ['<xs:maxLength value="255"/>', '<xs:whiteSpace value="collapse"/>']),
    ]
    base, facets = variants[k % len(variants)]
    lines = [f'{pad}<xs:restriction base="{base}">\n']
    lines += [f"{pad}  {f}\n" for f in facets]
    lines.append(f"{pad}</xs:restriction>\n")
    return "".join(lines)


def facet_type(plan, f):
    name = plan.facets[f]
    return (f'  <xs:simpleType name="{name}">\n' + doc(f"A code for {name[:-4]}.", 4)
            + facet_restriction(f, 4) + "  </xs:simpleType>\n")


def particle(plan, i, slot, n, pad):
    """The XML of one particle (slot `slot` of type `i`), named from field index `n`."""
    name = field_name(n)
    r = mix(S_KIND, i, slot) % 100
    occ_r = mix(S_OCC, i, slot) % 100
    pick = mix(S_PICK, i, slot)
    documented = mix(S_DOC, i, slot) % 3 == 0

    # Scalars are mostly optional (CUPI sends what it has), some required, some repeating.
    occurs = ' minOccurs="0"'
    if occ_r < 10:
        occurs = ""
    elif occ_r < 15:
        occurs = ' minOccurs="0" maxOccurs="unbounded"'
    extra = ' nillable="true"' if occ_r % 17 == 0 else ""

    def element(type_attr, occ=occurs, attrs="", body=""):
        inner = (doc(f"The {name} of a {plan.types[i]}.", len(pad) + 2) if documented else "") + body
        if not inner:
            return f'{pad}<xs:element name="{name}"{type_attr}{occ}{attrs}/>\n'
        return f'{pad}<xs:element name="{name}"{type_attr}{occ}{attrs}>\n{inner}{pad}</xs:element>\n'

    if r < 28:
        t = BUILTINS[pick % len(BUILTINS)]
        dflt = f' default="{DEFAULTS[t]}"' if t in DEFAULTS and pick % 3 == 0 else ""
        return element(f' type="{t}"', attrs=dflt + extra)
    if r < 42:
        t = (COMMON_SIMPLE + [COMMON_TEXT])[pick % (len(COMMON_SIMPLE) + 1)]
        return element(f' type="tns:{t}"', attrs=extra)
    if r < 55:
        return element(f' type="tns:{plan.enums[pick % len(plan.enums)]}"')
    if r < 63 and plan.facets:
        return element(f' type="tns:{plan.facets[pick % len(plan.facets)]}"')
    if r < 68:  # anonymous simple type: its name must come from its path
        body = f"{pad}  <xs:simpleType>\n" + facet_restriction(pick, len(pad) + 4) + f"{pad}  </xs:simpleType>\n"
        return element("", body=body)
    if r < 76:  # reference to an earlier type (forward when i == 0)
        target = pick % i if i else (pick % plan.n)
        return element(f' type="tns:{plan.types[target]}"', occ=' minOccurs="0"')
    if r < 80:  # direct recursion
        return element(f' type="tns:{plan.types[i]}"', occ=' minOccurs="0" maxOccurs="unbounded"')
    if r < 85:  # forward reference, often into a later file
        target = (i + 1 + pick % 300) % plan.n
        return element(f' type="tns:{plan.types[target]}"', occ=' minOccurs="0"')
    if r < 93:
        alts = 2 + pick % 2
        lines = [f'{pad}<xs:choice minOccurs="0">\n']
        for a in range(alts):
            t = ["tns:ObjectId", "tns:Alias", f"tns:{plan.types[(i + a) % plan.n]}"][a]
            lines.append(f'{pad}  <xs:element name="{name}{CHOICE_SUFFIXES[a]}" type="{t}"/>\n')
        lines.append(f"{pad}</xs:choice>\n")
        return "".join(lines)
    # An anonymous list wrapper, CUPI's way of nesting collections.
    target = plan.types[pick % plan.n]
    body = (f"{pad}  <xs:complexType>\n{pad}    <xs:sequence>\n"
            f'{pad}      <xs:element name="{target}" type="tns:{target}" minOccurs="0" maxOccurs="unbounded"/>\n'
            f"{pad}    </xs:sequence>\n{pad}  </xs:complexType>\n")
    return element("", occ=' minOccurs="0"', body=body)


def complex_type(plan, i):
    name, base, depth = plan.types[i], plan.base[i], plan.depth[i]
    # Field names are indexed by depth so an extension never repeats a name of its base
    # chain (that would break Unique Particle Attribution or Element Declarations Consistent).
    pad = " " * (6 if base is None else 10)
    particles = "".join(particle(plan, i, j, depth * plan.m + j, pad) for j in range(plan.m))
    if depth == 0:
        attrs = ['    <xs:attribute name="uri" type="xs:anyURI"/>\n']
        if i % 3 == 0:
            attrs.append('    <xs:attribute name="version" type="xs:int" default="1"/>\n')
    else:
        attrs = [f'    <xs:attribute name="ext{depth}Flag" type="xs:boolean" use="optional"/>\n']
    out = [f'  <xs:complexType name="{name}">\n', doc(f"A synthetic {TYPE_NOUNS[i % len(TYPE_NOUNS)]} (#{i}).", 4)]
    if base is None:
        out += ["    <xs:sequence>\n", particles, "    </xs:sequence>\n"] + attrs
    else:
        out += ["    <xs:complexContent>\n", f'      <xs:extension base="tns:{plan.types[base]}">\n',
                "        <xs:sequence>\n", particles, "        </xs:sequence>\n"]
        out += ["    " + a for a in attrs]
        out += ["      </xs:extension>\n", "    </xs:complexContent>\n"]
    out.append("  </xs:complexType>\n")
    out.append(f'  <xs:element name="{name}" type="tns:{name}"/>\n')
    if i in plan.resource_set:
        out.append(f'  <xs:element name="{name}List">\n    <xs:complexType>\n      <xs:sequence>\n'
                   f'        <xs:element ref="tns:{name}" minOccurs="0" maxOccurs="unbounded"/>\n'
                   '      </xs:sequence>\n      <xs:attribute name="total" type="xs:int"/>\n'
                   "    </xs:complexType>\n  </xs:element>\n")
    return "".join(out)


def types_xsd(plan, fname):
    out = schema_open(["common.xsd"])
    members = [i for i in range(plan.n) if plan.file_of(i) == fname]
    for i in members:
        if i % 4 == 0:
            out.append(enum_type(plan, i // 4))
        if i % 4 == 2:
            out.append(facet_type(plan, i // 4))
        out.append(complex_type(plan, i))
    out.append("</xs:schema>\n")
    return "".join(out)


def all_xsd(plan):
    out = schema_open(["common.xsd"] + plan.files())
    out.append("</xs:schema>\n")
    return "".join(out)


def wadl(plan):
    q = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"'  # Jersey repeats it on each param
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
           f'<application xmlns="{WADL}" xmlns:tns="{TNS}">\n',
           '    <doc xmlns:jersey="http://jersey.java.net/" jersey:generatedBy="synthetic-schema.py"/>\n',
           "    <grammars>\n"]
    out += [f'        <include href="{f}">\n            <doc title="Generated" xml:lang="en"/>\n        </include>\n'
            for f in plan.files()]
    out += ["    </grammars>\n", '    <resources base="https://cuc.example.com/vmrest/">\n']
    for i in plan.resources:
        t = plan.types[i]
        low = t.lower()
        idp = f"{low}ObjectId"
        # Every 4th resource's item path uses the regex template form.
        item_path = f"{{{idp}: [0-9a-fA-F-]+}}" if i % 40 == 0 else f"{{{idp}}}"
        out.append(f'        <resource path="{low}s">\n')
        out.append(f'            <method id="list{t}" name="GET">\n                <request>\n')
        out.append(f'                    <param {q} name="query" style="query" type="xs:string"/>\n')
        out.append(f'                    <param {q} name="rowsPerPage" style="query" type="xs:int" default="100"/>\n')
        out.append(f'                    <param {q} name="pageNumber" style="query" type="xs:int" default="1"/>\n')
        out.append(f'                    <param {q} name="sort" style="query" type="xs:string">\n'
                   '                        <option value="asc"/>\n                        <option value="desc"/>\n'
                   "                    </param>\n")
        if i % 30 == 0:
            out.append(f'                    <param {q} name="Accept-Language" style="header" type="xs:string"/>\n')
        out.append("                </request>\n                <response>\n"
                   f'                    <representation mediaType="application/xml" element="tns:{t}List"/>\n'
                   '                    <representation mediaType="application/json"/>\n'
                   "                </response>\n            </method>\n")
        out.append(f'            <method id="create{t}" name="POST">\n                <request>\n')
        if i % 20 == 0:
            out.append(f'                    <param {q} name="templateAlias" style="query" type="xs:string" required="true"/>\n')
        out.append(f'                    <representation mediaType="application/xml" element="tns:{t}"/>\n'
                   "                </request>\n"
                   '                <response status="201">\n'
                   '                    <representation mediaType="text/plain"/>\n'
                   "                </response>\n            </method>\n")
        out.append(f'            <resource path="{item_path}">\n'
                   f'                <param {q} name="{idp}" style="template" type="xs:string"/>\n')
        out.append(f'                <method id="get{t}" name="GET">\n                    <response>\n'
                   f'                        <representation mediaType="application/xml" element="tns:{t}"/>\n'
                   "                    </response>\n                </method>\n")
        out.append(f'                <method id="update{t}" name="PUT">\n                    <request>\n'
                   f'                        <representation mediaType="application/xml" element="tns:{t}"/>\n'
                   '                    </request>\n                    <response status="204"/>\n'
                   "                </method>\n")
        out.append(f'                <method id="delete{t}" name="DELETE">\n'
                   '                    <response status="204"/>\n                </method>\n')
        if i % 20 == 10 and i + 1 < plan.n:  # a nested collection of the next type
            c = plan.types[i + 1]
            out.append(f'                <resource path="{c.lower()}s">\n'
                       f'                    <method id="list{t}{c}" name="GET">\n                        <response>\n'
                       f'                            <representation mediaType="application/xml" element="tns:{c}"/>\n'
                       "                        </response>\n                    </method>\n"
                       "                </resource>\n")
        out.append("            </resource>\n        </resource>\n")
    out.append("    </resources>\n</application>\n")
    return "".join(out)


def instance(plan):
    t = plan.types[0]  # type 0 always has a resource, hence a list wrapper
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<{t}List xmlns="{TNS}" total="0"/>\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--types", type=int, required=True, help="complex types (N)")
    ap.add_argument("--elements", type=int, required=True, help="particles per type (M)")
    ap.add_argument("--out", required=True, help="output folder (created; files it writes are replaced)")
    ap.add_argument("--types-per-file", type=int, default=250, help="complex types per types-*.xsd")
    args = ap.parse_args()
    if args.types < 1 or args.elements < 1 or args.types_per_file < 1:
        ap.error("--types, --elements and --types-per-file must be positive")

    plan = Plan(args.types, args.elements, args.types_per_file)
    used = 4 * args.elements  # depth <= 3, so field indexes stay below 4 * M
    assert len({field_name(n) for n in range(used)}) == used

    os.makedirs(args.out, exist_ok=True)
    # Drop files of an earlier, larger run so all.xsd and the WADL are the whole story.
    for f in os.listdir(args.out):
        if re.fullmatch(r"types-\d+\.xsd", f):
            os.remove(os.path.join(args.out, f))
    files = {"common.xsd": common_xsd(), "all.xsd": all_xsd(plan),
             "application.wadl": wadl(plan), "instance.xml": instance(plan)}
    for fname in plan.files():
        files[fname] = types_xsd(plan, fname)
    for fname, text in files.items():
        with open(os.path.join(args.out, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
