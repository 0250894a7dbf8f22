#!/usr/bin/env python3
"""The current figure of each benchmark target, read from the tables Benchmarks/run printed into
Benchmarks/RESULTS.md: for each target the latest row that measures it (sections are appended in
time order), whether it meets the target, and the section it comes from. `Benchmarks/run summary`
prints it; the table at the top of RESULTS.md is that output, replaced after every run.

Standard library only. A target no recorded run has measured says so rather than guessing."""

import re
import sys

RESULTS = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/RESULTS.md"


def rows_with_sections(text):
    """(section heading, table row cells) for every table row, in file order."""
    section = ""
    for line in text.splitlines():
        if line.startswith("## ") or line.startswith("### "):
            heading = line.lstrip("#").strip()
            if line.startswith("## ") or not section:
                section = heading
        elif line.startswith("|") and not set(line) <= set("|-: "):
            yield section, [cell.strip() for cell in line.strip().strip("|").split("|")]


def number(text):
    match = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return float(match.group()) if match else None


def latest(rows, predicate):
    found = None
    for section, cells in rows:
        if predicate(cells):
            found = (section, cells)
    return found


def main():
    text = open(RESULTS, encoding="utf-8").read()
    rows = list(rows_with_sections(text))
    lines = []

    def target(name, goal, found, figure_of, met_of):
        if not found:
            lines.append(f"| {name} | {goal} | not measured yet | | |")
            return
        section, cells = found
        figure = figure_of(cells)
        met = met_of(cells)
        lines.append(f"| {name} | {goal} | {figure} | {section.split('(')[0].strip()} | {'met' if met else '**missed**'} |")

    def synth2000(cells):
        return len(cells) >= 5 and cells[0] in ("2000×20", "2,000×20")

    gen2000 = latest(rows, lambda c: synth2000(c) and c[1] == "cupi-gen generate")
    for peer in ("xsdata generate", "xjc"):
        found = None
        if gen2000:
            peer_row = latest([r for r in rows if r[0] == gen2000[0]], lambda c: synth2000(c) and c[1].startswith(peer))
            if peer_row and number(peer_row[1][2]):
                found = (gen2000[0], gen2000[1] + [f"{number(peer_row[1][2]) / number(gen2000[1][2]):.1f}"])
        target(f"Generator, 2,000×20, against {peer.split()[0]}", "≥ 10× faster", found,
               lambda c: f"{c[-1]}× ({c[2]} s)", lambda c: float(c[-1]) >= 10)
    target("Generator, 2,000×20, memory and floor", "≤ 300 MB peak, ≤ 5× xmllint --schema", gen2000,
           lambda c: f"{c[3]} MB, {c[4]}", lambda c: (number(c[3]) or 1e9) <= 300 and (number(c[4]) or 1e9) <= 5)
    cupi = latest(rows, lambda c: len(c) >= 3 and c[0] == "Inputs/cupi" and c[1] == "cupi-gen generate")
    target("Generator, Inputs/cupi", "< 0.2 s", cupi, lambda c: f"{c[2]} s", lambda c: (number(c[2]) or 9) < 0.2)
    decode = latest(rows, lambda c: len(c) >= 4 and c[1] == "generated-xml" and c[0] in ("10", "100"))
    target("Generated XML decode", "≥ 50 MB/s", decode, lambda c: f"{c[3]} MB/s ({c[0]} MB)", lambda c: (number(c[3]) or 0) >= 50)
    noop = latest(rows, lambda c: len(c) >= 2 and "PluginDemo" in c[0] and "plugin" in c[0].lower())
    target("No-op build of the plugin demo", "< 2 s", noop, lambda c: f"{c[1]} s", lambda c: (number(c[1]) or 9) < 2)

    def compile_row(name, configuration="debug"):
        return latest(rows, lambda c: len(c) >= 10 and c[0] == name and c[1] == configuration)

    # A ratio compares two builds of one run: the whole client from the filtered one's section.
    filtered = compile_row("CUPIGeneratedusersdistributionlists")
    whole = filtered and latest([r for r in rows if r[0] == filtered[0]],
                                lambda c: len(c) >= 10 and c[0] == "CUPIGenerated" and c[1] == "debug")
    if whole and filtered:
        ratio = (number(whole[1][8]) or 0) / max(number(filtered[1][8]) or 1, 0.001)
        lines.append(f"| Users and distribution lists client, debug build | ≥ 3× faster than the whole client | {ratio:.1f}× "
                     f"({filtered[1][8]} s against {whole[1][8]} s) | {filtered[0].split('(')[0].strip()} | {'met' if ratio >= 3 else '**missed**'} |")
    else:
        lines.append("| Users and distribution lists client, debug build | ≥ 3× faster than the whole client | not measured yet | | |")
    lean = compile_row("Synth2000GeneratedLean")
    target("2,000×20 without Codable/Hashable, debug build", "< 5 min and < 4 GB", lean,
           lambda c: f"{c[8]} s, {c[10]} MB", lambda c: (number(c[8]) or 1e9) < 300 and (number(c[10]) or 1e9) < 4096)
    # The floor under that target: its model declarations alone, which no coding design removes.
    # (A module of their own, batched differently from the whole build: RESULTS §18 measures their
    # share of it apart.)
    floor = compile_row("Synth2000GeneratedLeanModels")
    target("Its floor: the 2,000×20 models alone, debug build", "< 5 min, or the target above cannot be met", floor,
           lambda c: f"{c[8]} s, {c[9]} CPU s, {c[10]} MB", lambda c: (number(c[8]) or 1e9) < 300)
    current = latest(rows, lambda c: len(c) >= 3 and c[0] == "this checkout")
    baseline = None
    if current:
        baseline = latest([r for r in rows if r[0] == current[0]], lambda c: len(c) >= 3 and c[0] != "this checkout" and c[0] != "checkout" and number(c[1]) is not None and re.fullmatch(r"[0-9a-f]{7,40}", c[0]))
    if current and baseline:
        met = number(current[1][1]) <= number(baseline[1][1])
        lines.append(f"| First build of the plugin demo (cupi-gen fetch kept out of the tool) | no slower than before | {current[1][1]} s, "
                     f"against {baseline[1][1]} s at {baseline[1][0]} | {current[0].split('(')[0].strip()} | {'met' if met else '**missed**'} |")
    else:
        lines.append("| First build of the plugin demo | no slower than before | not measured yet | | |")
    edit = None
    flat = text.replace("\n", " ")
    for match in re.finditer(r"(\d+) files written, (\d+) unchanged[^\n]*?recompiled (\d+) of (\d+) files", flat):
        edit = match
    if edit:
        written, recompiled = int(edit.group(1)), int(edit.group(3))
        # `flat` keeps `text`'s offsets (a newline became one space): the section is the last
        # `## ` heading above the match.
        headings = [line[3:] for line in text[:edit.start()].splitlines() if line.startswith("## ")]
        section = headings[-1].split("(")[0].strip() if headings else ""
        lines.append(f"| Documentation-only schema edit | recompiles only the files whose bytes changed | {written} written, "
                     f"{recompiled} recompiled | {section} | {'met' if recompiled <= written else '**missed**'} |")
    else:
        lines.append("| Documentation-only schema edit | recompiles only the files whose bytes changed | not measured yet | | |")

    print("| target | goal | figure | from | |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
