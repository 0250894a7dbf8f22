/// Renders `docs/diff-rules.md` from the rule table; a test keeps the checked-in page current.
public enum DiffRuleReference {
    public static func markdown() -> String {
        var lines = [
            "# `cupi-gen diff` rules",
            "",
            "<!-- Generated from DiffRule.all (Sources/CUPIGenerator/Diff/DiffRule*.swift); do not edit. -->",
            "<!-- Re-record with: CUPIGEN_RECORD=1 swift test --filter Diff -->",
            "",
            "Each change `cupi-gen diff OLD NEW` reports has a stable rule id, a level and a direction.",
            "",
            "- **Levels** judge a client built against OLD that talks to a server of NEW: `breaking` — a call",
            "  fails or a payload no longer decodes; `warning` — it keeps working but may misbehave, or regenerating",
            "  changes its Swift API; `info` — nothing it does is affected.",
            "- **Direction** says which way the changed data flows: `request` (the client writes it), `response`",
            "  (the client reads it) or `both`. A type's direction comes from the representations and params it is",
            "  reachable from, through fields, bases, choices, substitution groups, lists and unions, in either",
            "  version. A type reachable from neither (every type of a bare XSD) counts as `both`, and a change",
            "  in `both` directions takes the more severe of the two levels.",
            "",
            "| Rule | Request | Response | What it finds | Example |",
            "|---|---|---|---|---|",
        ]
        for rule in DiffRule.all {
            lines.append("| `\(rule.id)` | \(rule.request.rawValue) | \(rule.response.rawValue) | \(rule.summary) | \(rule.example) |")
        }
        lines += [
            "",
            "## Ignore file",
            "",
            "`--ignore FILE` accepts known changes: they leave the report (its summary counts them as ignored)",
            "and no longer count for `--fail-on`. One entry per line: a rule id, or `*` for any rule, then",
            "optionally a path pattern (the rest of the line) matched against the change's `path` — shown in the",
            "text and JSON reports — where `*` stands for any run of characters. Lines starting with `#` and",
            "blank lines are skipped; an unknown rule id is an error (exit 2).",
            "",
            "```",
            "# TenantObjectId arrived with multi-tenancy in 10.5(2)",
            "optional-field-added */TenantObjectId",
            "documentation-changed",
            "* GET tenants*",
            "```",
            "",
            "Paths: `users/{objectId}` (resource), `GET users/{objectId}` (operation), `GET users query:rowsPerPage`",
            "(param), `GET users 200 application/json` (representation), `GET users 404` (status), `User` (type),",
            "`User/Alias` and `Users/@total` (fields), `TransferType#1` (enumeration value), `element User`.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
