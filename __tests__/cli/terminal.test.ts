import { describe, expect, it } from "vitest";
import { detectTerminal } from "../../src/cli/terminal.js";

describe("detectTerminal", () => {
  it("colour: flag, then FORCE_COLOR, then NO_COLOR, then the TTY", () => {
    expect(detectTerminal(undefined, {}, true).color).toBe(true);
    expect(detectTerminal(undefined, {}, false).color).toBe(false);
    expect(detectTerminal(undefined, { NO_COLOR: "1" }, true).color).toBe(false);
    expect(detectTerminal(undefined, { NO_COLOR: "" }, true).color).toBe(true); // no-color.org: empty means unset
    expect(detectTerminal(undefined, { FORCE_COLOR: "1" }, false).color).toBe(true);
    expect(detectTerminal(undefined, { FORCE_COLOR: "" }, false).color).toBe(true); // Node: empty string forces 16 colours
    expect(detectTerminal(undefined, { FORCE_COLOR: "0" }, true).color).toBe(false);
    expect(detectTerminal(undefined, { FORCE_COLOR: "false" }, true).color).toBe(false);
    expect(detectTerminal(undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, false).color).toBe(true);
    expect(detectTerminal(false, { FORCE_COLOR: "1" }, true).color).toBe(false);
    expect(detectTerminal(true, { NO_COLOR: "1" }, false).color).toBe(true);
    expect(detectTerminal(undefined, { TERM: "dumb" }, true).color).toBe(false);
  });

  it("hyperlinks: only on a TTY of a terminal known to render OSC 8, never in CI", () => {
    expect(detectTerminal(undefined, { TERM_PROGRAM: "vscode" }, true).hyperlinks).toBe(true);
    expect(detectTerminal(undefined, { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.4.19" }, true).hyperlinks).toBe(true);
    expect(detectTerminal(undefined, { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.0.0" }, true).hyperlinks).toBe(false);
    expect(detectTerminal(undefined, { VTE_VERSION: "7600" }, true).hyperlinks).toBe(true);
    expect(detectTerminal(undefined, { WT_SESSION: "x" }, true).hyperlinks).toBe(true);
    expect(detectTerminal(undefined, { TERM_PROGRAM: "vscode" }, false).hyperlinks).toBe(false);
    expect(detectTerminal(undefined, { TERM_PROGRAM: "vscode", CI: "true" }, true).hyperlinks).toBe(false);
    // Stays plain: an unknown terminal might print the escape sequence as text.
    expect(detectTerminal(undefined, { TERM: "xterm-256color" }, true).hyperlinks).toBe(false);
    expect(detectTerminal(undefined, { FORCE_HYPERLINK: "1" }, false).hyperlinks).toBe(true);
    expect(detectTerminal(undefined, { FORCE_HYPERLINK: "0", TERM_PROGRAM: "vscode" }, true).hyperlinks).toBe(false);
  });
});
