// After one of lezer's valves fires, its tree can go wrong further on: an error it marks past the valve counts
// only if a parse from the start of the top-level statement holding it finds it too. Sweep H: that start was
// taken as the error's own line when the line began with a letter, which inside a triple-quoted string it
// can; the re-parse began in the string's prose and "confirmed" an error CPython never raises.
import { beforeAll, describe, expect, it } from "vitest";
import { loadLezer, lezer } from "../../src/python/parse/lezer-load.js";
import { firstSyntaxProblem } from "../../src/python/parse/syntax-problem.js";

const valid = 'x = 1\nsteps = """\nTROUBLESHOOTING DECISION TREE:\n1. check the run\n"""\nprint(steps)\n';

describe("an error past a valve is confirmed from the statement that holds it", () => {
  beforeAll(loadLezer);

  it("a line of a triple-quoted string starts no statement", () => {
    // A tree gone wrong at the string: lezer's parse of the same text with the string's quotes blanked.
    const wrong = lezer().lezerParse(valid.replaceAll('"""', "   ")).tree;
    expect(firstSyntaxProblem(valid, wrong, 0)).toBeUndefined();
  });

  it("a real error past the valve is still confirmed", () => {
    const broken = 'x = 1\nsteps = """\nok\n"""\nTROUBLESHOOTING DECISION TREE:\n';
    const problem = firstSyntaxProblem(broken, lezer().lezerParse(broken).tree, 0);
    expect(problem?.from).toBe(broken.indexOf("DECISION"));
  });
});
