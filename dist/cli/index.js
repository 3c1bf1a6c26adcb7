#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/lint/define-rule.ts
var define_rule = __nccwpck_require__(6761);
;// CONCATENATED MODULE: ./rules/agent-interface.ts

/* harmony default export */ const agent_interface = ((0,define_rule/* defineRule */.Km)({
    id: "agent-interface",
    defaultSeverity: "error",
    summary: "A ResponsesAgent defines predict, a models-from-code file calls mlflow.models.set_model, ChatAgent is legacy",
    fixable: "never",
    messages: {
        noPredict: "ResponsesAgent subclass \"{name}\" does not define predict(self, request)",
        noSetModel: "\"{file}\" is logged as models-from-code but never calls mlflow.models.set_model(...)",
        legacyChatAgent: "\"{name}\" subclasses ChatAgent, a legacy interface; ResponsesAgent is the current one",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const agent of python.agents) {
            if (agent.kind === "responses-agent" && !agent.hasPredict && agent.basesKnown)
                report("noPredict", agent.cls.nameSpan, { name: agent.cls.name });
            if (agent.kind === "chat-agent")
                report("legacyChatAgent", agent.cls.nameSpan, { name: agent.cls.name }, { severity: "warning" });
        }
        for (const log of python.logCalls) {
            const m = log.modelModule;
            if (!log.pythonModelPath || !m || python.setModel.has(m) || m.syntaxErrors > 0)
                continue;
            report("noSetModel", log.pythonModelPath, { file: log.pythonModelPath.value });
        }
    },
}));

// EXTERNAL MODULE: ./src/python/models.ts
var models = __nccwpck_require__(1158);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __nccwpck_require__(1384);
// EXTERNAL MODULE: ./src/python/resources.ts
var resources = __nccwpck_require__(9183);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __nccwpck_require__(6847);
;// CONCATENATED MODULE: ./src/python/yaml-append.ts

function yamlScalar(name) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(name) ? name : JSON.stringify(name);
}
function appendResourceEdit(serving, key, name) {
    const res = (0,located/* getMap */.ZB)(serving.model, "resources");
    if (!res)
        return undefined;
    const { text, lines } = serving.source;
    const file = serving.source.path;
    const value = yamlScalar(name);
    const lineEnd = (offset) => {
        const nl = text.indexOf("\n", offset);
        return nl === -1 ? text.length : nl;
    };
    const entry = res.entries.find((e) => e.key.value === key);
    if (!entry) {
        const last = res.entries[res.entries.length - 1];
        if (!last)
            return undefined;
        const indent = " ".repeat(last.key.span.column - 1);
        const at = lineEnd(Math.max(last.value.span.end - 1, last.key.span.end));
        return { file, start: at, end: at, text: `\n${indent}${key}: [${value}]` };
    }
    const seq = entry.value;
    if (seq.kind !== "seq")
        return undefined;
    if (text[seq.span.start] === "[") {
        const close = text.lastIndexOf("]", seq.span.end);
        if (close < seq.span.start)
            return undefined;
        return { file, start: close, end: close, text: seq.items.length ? `, ${value}` : value };
    }
    const lastItem = seq.items[seq.items.length - 1];
    if (!lastItem)
        return undefined;
    const itemLine = lines.lineText(lastItem.span.line);
    const dash = /^(\s*)-\s/.exec(itemLine);
    if (!dash)
        return undefined;
    const at = lineEnd(lastItem.span.end - 1);
    return { file, start: at, end: at, text: `\n${dash[1]}- ${value}` };
}

;// CONCATENATED MODULE: ./rules/declared-resources.ts





const LABELS = {
    serving_endpoint: "serving endpoint", vector_search_index: "vector search index", sql_warehouse: "SQL warehouse",
    function: "Unity Catalog function", genie_space: "Genie space", table: "table", uc_connection: "UC connection", app: "app",
    lakebase: "Lakebase instance",
};
/** Kinds whose every use we can see in code; others (tables, warehouses...) are reached through functions and Genie. */
const UNUSED_CHECKED = new Set(["serving_endpoint", "vector_search_index", "function", "genie_space"]);
const messages = {
    undeclared: "{via} uses {what} \"{name}\", which {where} does not declare",
    unused: "{what} \"{name}\" is declared but the model code never uses it",
    resourcesAndAuthPolicy: "log_model receives both resources and auth_policy; MLflow rejects the call (declare system resources in auth_policy only)",
    driftMissing: "{what} \"{name}\" is declared here but not in {there}",
    driftMissingThere: "{there} declares {what} \"{name}\", which this list does not",
};
/* harmony default export */ const declared_resources = ((0,define_rule/* defineRule */.Km)({
    id: "declared-resources",
    defaultSeverity: "error",
    summary: "Every Databricks resource the model code uses is declared for auth passthrough; declared but unused ones warn",
    fixable: "sometimes",
    messages,
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const unit of python.models) {
            const log = unit.log;
            if (log?.resources && log.authPolicy)
                report("resourcesAndAuthPolicy", log.authPolicy.at);
            drift(unit, report);
            const uses = unit.code.map((m) => python.uses.get(m)).filter((u) => u !== undefined);
            if (uses.length === 0)
                continue;
            const declared = declaredSet(unit);
            if (!declared)
                continue;
            undeclared(uses, declared, report);
            const clean = unit.code.every((m) => m.syntaxErrors === 0);
            if (clean && declared.refs.length)
                unused(uses, declared.refs, report);
        }
    },
}));
const keyOf = (r) => `${r.kind}:${r.name?.value}`;
/** The union of everything declared for the model, when every part is literal; none declared counts as empty. */
function declaredSet(unit) {
    if (unit.declared.length === 0) {
        const log = unit.log;
        if (!log || log.openKeywords || (0,models/* hasOwnCredentials */.f1)(unit.serving))
            return undefined;
        return { refs: [], label: `log_model at ${(0,python_facts/* where */._)(log.call.span)} (no resources=...)` };
    }
    // A call with both resources and auth_policy fails to log (reported above): there is no declared set to judge.
    if (unit.declared.some((d) => !d.complete) || (unit.log?.resources && unit.log.authPolicy))
        return undefined;
    const out = {
        refs: unit.declared.flatMap((d) => d.refs), label: unit.declared.map((d) => d.label).join(" and "),
    };
    const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
    if (yaml && unit.declared.length === 1)
        out.yamlOnly = yaml;
    return out;
}
function undeclared(uses, declared, report) {
    const have = new Set(declared.refs.map(keyOf));
    for (const use of uses.flatMap((u) => u.uses)) {
        if (!use.name || have.has(keyOf(use)))
            continue;
        const data = { via: use.via, what: LABELS[use.kind], name: use.name.value, where: declared.label };
        const yaml = declared.yamlOnly?.serving;
        const edit = yaml ? appendResourceEdit(yaml, (0,resources/* yamlKeyOf */.Yr)(use.kind), use.name.value) : undefined;
        report("undeclared", use.at, data, edit ? { fix: { title: `Declare "${use.name.value}" in ${yaml.source.path} model.resources`, safe: true, edits: [edit] } } : undefined);
    }
}
function unused(uses, refs, report) {
    if (uses.some((u) => u.opaque))
        return;
    const used = new Set(uses.flatMap((u) => u.uses).map(keyOf));
    const unknown = new Set(uses.flatMap((u) => [...u.unknownKinds, ...u.hiddenKinds]));
    for (const ref of refs) {
        if (!ref.name || !UNUSED_CHECKED.has(ref.kind) || unknown.has(ref.kind) || used.has(keyOf(ref)))
            continue;
        report("unused", ref.at, { what: LABELS[ref.kind], name: ref.name.value }, { severity: "warning" });
    }
}
/** serving.yaml model.resources and a literal log_model declaration must list the same resources. */
function drift(unit, report) {
    const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
    const code = unit.declared.find((d) => d.origin !== "serving.yaml");
    if (!yaml || !code || !yaml.complete || !code.complete)
        return;
    for (const [here, there] of [[yaml, code], [code, yaml]]) {
        const theirs = new Set(there.refs.map(keyOf));
        for (const r of here.refs) {
            if (!r.name || theirs.has(keyOf(r)))
                continue;
            const data = { what: LABELS[r.kind], name: r.name.value, there: there.label };
            report("driftMissing", r.at, data);
            report("driftMissingThere", there.at, { ...data, there: here.label });
        }
    }
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
// EXTERNAL MODULE: ./src/lint/did-you-mean.ts
var did_you_mean = __nccwpck_require__(5702);
;// CONCATENATED MODULE: ./src/lint/fm-names.ts
const FM_PREFIX = "databricks-";
const SYSTEM_AI = "system.ai.";
const LITELLM_PREFIX = "databricks/";
/** Characters a serving endpoint or served entity name may use. */
const ENDPOINT_NAME_CHARS = /^[A-Za-z0-9_-]+$/;
function parseFmName(value) {
    if (value.startsWith(SYSTEM_AI)) {
        const model = value.slice(SYSTEM_AI.length);
        const offset = SYSTEM_AI.length;
        if (model.toLowerCase().startsWith(FM_PREFIX))
            return { form: "doubled", model, offset };
        if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(model))
            return { form: "gateway", model, endpoint: FM_PREFIX + model, offset };
        return { form: "classic", model };
    }
    const litellm = value.startsWith(LITELLM_PREFIX);
    const offset = litellm ? LITELLM_PREFIX.length : 0;
    const name = value.slice(offset);
    if (name.toLowerCase().startsWith(FM_PREFIX))
        return { form: "endpoint", name, offset, litellm };
    return { form: "other" };
}
/**
 * Spellings of a name that are one known slip away from the catalog's: case,
 * dots or underscores for dashes, a provider word (`meta-llama-4`, `anthropic-`),
 * a missing `meta-` or `-instruct`. Returns the catalog names they hit.
 */
function normalisedMatches(name, catalog) {
    let slug = name.toLowerCase().replace(/[._\s]+/g, "-").replace(/-+/g, "-");
    if (slug.startsWith(FM_PREFIX))
        slug = slug.slice(FM_PREFIX.length);
    slug = slug.replace(/^(anthropic|openai|google|alibaba)-/, "");
    const variants = new Set([slug]);
    if (slug.startsWith("meta-llama-4"))
        variants.add(slug.slice("meta-".length));
    if (slug.startsWith("llama-") && !slug.startsWith("llama-4")) {
        variants.add(`meta-${slug}`);
        if (!slug.endsWith("-instruct"))
            variants.add(`meta-${slug}-instruct`);
    }
    const out = [];
    for (const v of variants) {
        const full = FM_PREFIX + v;
        if (catalog.byName.has(full) && full !== name && !out.includes(full))
            out.push(full);
    }
    return out;
}
/**
 * The catalog entry a classic `system.ai` model name stands for, when the
 * mechanical spelling (`meta_llama_v3_1_405b_instruct` → `meta-llama-3-1-405b-instruct`)
 * is exactly a catalog name; these names follow no published rule, so a miss is no answer.
 */
function classicToEndpoint(model, known) {
    const guess = FM_PREFIX + model.toLowerCase().replace(/_v(\d)/g, "_$1").replace(/_/g, "-");
    return known.has(guess) ? guess : undefined;
}
/**
 * A provider's own model id (`claude-sonnet-4-5-20250929`, `gpt-5.2`,
 * `meta-llama/Llama-3.3-70B-Instruct`) mapped to the catalog endpoint for the
 * same model, when there is exactly one.
 */
function endpointForProviderId(id, catalog) {
    const base = id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : id;
    const slug = base.toLowerCase().replace(/-\d{8}$/, "").replace(/[.:_]/g, "-");
    if (catalog.byName.has(FM_PREFIX + slug))
        return FM_PREFIX + slug;
    const hits = normalisedMatches(FM_PREFIX + slug, catalog);
    return hits.length === 1 ? hits[0] : undefined;
}
/** Anthropic-style dated model id: `claude-sonnet-4-5-20250929`. */
const DATED_PROVIDER_ID = /^claude-[a-z0-9-]+-20\d{6}$/;

;// CONCATENATED MODULE: ./src/lint/scalar-edit.ts
/** Offsets of the value's characters inside its token, or undefined when escapes or folding make them unknown. */
function valueRange(v) {
    const { start, end } = v.span;
    const raw = end - start;
    if (v.span.line !== v.span.endLine)
        return undefined; // folded or block scalar
    if (raw === v.value.length)
        return { start, end };
    if (raw === v.value.length + 2)
        return { start: start + 1, end: end - 1 };
    return undefined;
}
/**
 * Replaces `value[from, to)` (offsets into the value string) by `text`; the
 * whole value by default. Undefined when the token cannot be edited safely.
 */
function replaceInValue(v, text, from = 0, to = v.value.length) {
    const r = valueRange(v);
    return r ? { start: r.start + from, end: r.start + to, text } : undefined;
}

;// CONCATENATED MODULE: ./rules/fm-endpoint-name.ts





const fm_endpoint_name_messages = {
    unknownNear: "unknown foundation-model endpoint \"{name}\"; did you mean {candidates}?",
    unknownFar: "\"{name}\" is not a foundation-model endpoint in the catalog of {compiled}; if your workspace serves it, list it under endpoints in .serving-ci.yaml",
    unknownGateway: "unknown system.ai model \"{name}\"; did you mean {candidates}?",
    doubledPrefix: "\"{name}\" repeats the databricks- prefix; the system.ai name is \"{expected}\"",
    litellmPrefix: "\"{name}\" carries the LiteLLM namespace \"databricks/\"; {context} expects the bare endpoint name \"{expected}\"",
    url: "\"{name}\" is a URL; {context} expects a bare endpoint name{expected}",
    path: "\"{name}\" is a REST path; {context} expects a bare endpoint name{expected}",
    providerModelId: "\"{name}\" is a provider model id, not a serving endpoint; {context} expects a bare endpoint name{expected}",
    badCharacters: "\"{name}\" is not an endpoint name (letters, digits, - and _ only); {context} expects a bare endpoint name",
};
/** `org/model` (Hugging Face style) or a dotted version of a well-known model family (`gpt-5.2`). */
const PROVIDER_ID = /^(?:[A-Za-z0-9][\w.-]*\/[\w.:-]+|(?:gpt|o\d|claude|gemini|gemma|llama|meta-llama|mistral|mixtral|qwen|deepseek|grok)[\w-]*[.:][\w.:-]*)$/i;
/* harmony default export */ const fm_endpoint_name = ((0,define_rule/* defineRule */.Km)({
    id: "fm-endpoint-name",
    defaultSeverity: "error",
    summary: "Every databricks-* foundation-model endpoint name is an exact catalog name",
    fixable: "sometimes",
    messages: fm_endpoint_name_messages,
    check(facts, ctx, report) {
        const names = ctx.catalog.entries.map((e) => e.name);
        const quote = (xs) => xs.slice(0, 3).map((x) => `"${x}"`).join(" or ");
        const rename = (ref, text, from = 0) => {
            const edit = replaceInValue(ref.name, text, from);
            return edit && { title: `Rename to ${text}`, safe: true, edits: [edit] };
        };
        for (const ref of facts.endpointRefs ?? []) {
            const value = ref.name.value;
            if (value.includes("${") || ctx.customEndpoints.has(value))
                continue;
            const parsed = parseFmName(value);
            const data = { name: value, context: ref.context };
            switch (parsed.form) {
                case "classic":
                    continue; // no catalog of classic UC model names: never guessed
                case "doubled": {
                    const stripped = parsed.model.slice(FM_PREFIX.length);
                    const expected = SYSTEM_AI + stripped;
                    const exact = ctx.catalog.byName.has(parsed.model);
                    report("doubledPrefix", ref.name, { ...data, expected }, { fix: exact ? rename(ref, stripped, parsed.offset) : undefined });
                    continue;
                }
                case "gateway": {
                    if (ctx.catalog.byName.has(parsed.endpoint))
                        continue;
                    // Gateway ids are not always the stripped endpoint name (system.ai.gemma-3-12b-it):
                    // only a near miss of a known name is reported, and as a warning.
                    const near = names.filter((n) => (0,mod/* distance */.Io)(n, parsed.endpoint) <= 2);
                    if (near.length) {
                        const candidates = near.map((n) => SYSTEM_AI + n.slice(FM_PREFIX.length));
                        report("unknownGateway", ref.name, { ...data, candidates: quote(candidates) }, { severity: "warning" });
                    }
                    continue;
                }
                case "endpoint": {
                    const { name, offset, litellm } = parsed;
                    const exact = ctx.catalog.byName.has(name) || ctx.customEndpoints.has(name);
                    if (exact) {
                        if (litellm && ref.expectsBareName) {
                            report("litellmPrefix", ref.name, { ...data, expected: name }, { fix: rename(ref, name) });
                        }
                        continue;
                    }
                    const normalised = normalisedMatches(name, ctx.catalog);
                    const candidates = normalised.length ? normalised : (0,did_you_mean/* closest */.k)(name.slice(FM_PREFIX.length), names.map((n) => n.slice(FM_PREFIX.length))).map((n) => FM_PREFIX + n);
                    if (candidates.length === 0) {
                        report("unknownFar", ref.name, { name: value, compiled: ctx.catalog.compiled }, { severity: "warning" });
                        continue;
                    }
                    // A misspelling keeps the model's version numbers; a guess that changes them
                    // (gpt-4o-mini → gpt-5-mini) switches models, so it is suggested, never applied.
                    const only = candidates.length === 1 && (normalised.length > 0 || sameNumbers(name, candidates[0])) ? candidates[0] : undefined;
                    const fix = only === undefined ? undefined : ref.expectsBareName ? rename(ref, only) : rename(ref, only, offset);
                    report("unknownNear", ref.name, { name: value, candidates: quote(candidates) }, { fix });
                    continue;
                }
                case "other": {
                    if (!ref.expectsBareName)
                        continue;
                    if (/^https?:\/\//i.test(value)) {
                        const inner = /\/serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
                        report("url", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
                    }
                    else if (value.startsWith("/serving-endpoints/") || value.startsWith("serving-endpoints/")) {
                        const inner = /serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
                        report("path", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
                    }
                    else if (value.startsWith(LITELLM_PREFIX)) {
                        continue; // databricks/<custom endpoint>: not ours to guess
                    }
                    else if (value.startsWith(SYSTEM_AI)) {
                        continue;
                    }
                    else if (DATED_PROVIDER_ID.test(value) || PROVIDER_ID.test(value)) {
                        const mapped = endpointForProviderId(value, ctx.catalog);
                        report("providerModelId", ref.name, { ...data, expected: mapped ? ` such as "${mapped}"` : "" });
                    }
                    else if (!ENDPOINT_NAME_CHARS.test(value)) {
                        report("badCharacters", ref.name, data);
                    }
                }
            }
        }
    },
}));
function sameNumbers(a, b) {
    return (a.match(/\d+/g) ?? []).join(".") === (b.match(/\d+/g) ?? []).join(".");
}

;// CONCATENATED MODULE: ./rules/fm-endpoint-retired.ts



const WARN_DAYS = 90;
/* harmony default export */ const fm_endpoint_retired = ((0,define_rule/* defineRule */.Km)({
    id: "fm-endpoint-retired",
    defaultSeverity: "error",
    summary: "Foundation-model endpoints that are retired (error), retiring within 90 days or deprecated (warning)",
    fixable: "sometimes",
    messages: {
        retiredOn: "\"{name}\" was retired on {day}{offering}{successor}{redirect}",
        retired: "\"{name}\" is retired{successor}",
        retiring: "\"{name}\" retires on {day}{offering}, in {days}{successor}",
        deprecated: "\"{name}\" is deprecated: it answers only in workspaces that already use it{successor}",
    },
    check(facts, ctx, report) {
        for (const ref of facts.endpointRefs ?? []) {
            const value = ref.name.value;
            if (value.includes("${") || ctx.customEndpoints.has(value))
                continue;
            const target = resolve(ref, ctx.catalog.byName);
            if (!target)
                continue;
            const { entry } = target;
            if (entry.kind === "embedding")
                continue; // no retirement process covers embeddings
            const pt = ref.provisioned === true;
            const written = entry.successor === undefined ? undefined : target.rewrite(entry.successor);
            const successor = entry.successor ? `; use "${written === undefined ? entry.successor : value.slice(0, target.offset) + written}" instead` : "";
            const offering = pt ? " for provisioned throughput" : "";
            const day = pt ? entry.ptRetires : entry.retires;
            const fix = successorFix(ref, entry, target.rewrite, target.offset);
            if (day !== undefined && day <= ctx.today) {
                let redirect = "";
                if (!pt && entry.redirectUntil) {
                    redirect = entry.redirectUntil > ctx.today
                        ? `; calls are redirected to ${entry.successor ?? "another model"} until ${entry.redirectUntil}, then fail`
                        : `; its redirect ended on ${entry.redirectUntil}`;
                }
                report("retiredOn", ref.name, { name: value, day, offering, successor, redirect }, { fix });
            }
            else if (day === undefined && entry.retired === true && !pt) {
                report("retired", ref.name, { name: value, successor }, { fix });
            }
            else if (day !== undefined && daysBetween(ctx.today, day) <= WARN_DAYS) {
                report("retiring", ref.name, { name: value, day, offering, days: plural(daysBetween(ctx.today, day), "day"), successor }, { severity: "warning", fix });
            }
            else if (entry.deprecated === true) {
                report("deprecated", ref.name, { name: value, successor }, { severity: "warning", fix });
            }
        }
    },
}));
function resolve(ref, byName) {
    const parsed = parseFmName(ref.name.value);
    switch (parsed.form) {
        case "endpoint": {
            const entry = byName.get(parsed.name);
            return entry && { entry, offset: parsed.offset, rewrite: (n) => n };
        }
        case "gateway": {
            const entry = byName.get(parsed.endpoint);
            return entry && { entry, offset: parsed.offset, rewrite: (n) => n.slice(FM_PREFIX.length) };
        }
        case "classic": {
            // A classic UC model is served with provisioned throughput: only its PT day is known.
            if (!ref.provisioned)
                return undefined;
            const name = classicToEndpoint(parsed.model, byName);
            const entry = name ? byName.get(name) : undefined;
            return entry && { entry, offset: 0, rewrite: () => undefined };
        }
        default:
            return undefined;
    }
}
/** Replacing the name changes which model answers: an unsafe fix, opted into with --fix-retired. */
function successorFix(ref, entry, rewrite, offset) {
    if (!entry.successor || ref.form === "system-ai-entity")
        return undefined; // an entity also pins a version
    const text = rewrite(entry.successor);
    const edit = text === undefined ? undefined : replaceInValue(ref.name, text, offset);
    return edit && { title: `Replace with ${text}`, safe: false, optIn: "fix-retired", edits: [edit] };
}
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./rules/data/python-packages.json
const python_packages_namespaceObject = /*#__PURE__*/JSON.parse('{"L1":["__future__","abc","aifc","antigravity","argparse","array","ast","asynchat","asyncio","asyncore","atexit","audioop","base64","bdb","binascii","bisect","builtins","bz2","cProfile","calendar","cgi","cgitb","chunk","cmath","cmd","code","codecs","codeop","collections","colorsys","compileall","concurrent","configparser","contextlib","contextvars","copy","copyreg","crypt","csv","ctypes","curses","dataclasses","datetime","dbm","decimal","difflib","dis","distutils","doctest","email","encodings","ensurepip","enum","errno","faulthandler","fcntl","filecmp","fileinput","fnmatch","fractions","ftplib","functools","gc","genericpath","getopt","getpass","gettext","glob","graphlib","grp","gzip","hashlib","heapq","hmac","html","http","idlelib","imaplib","imghdr","imp","importlib","inspect","io","ipaddress","itertools","json","keyword","lib2to3","linecache","locale","logging","lzma","mailbox","mailcap","marshal","math","mimetypes","mmap","modulefinder","msilib","msvcrt","multiprocessing","netrc","nis","nntplib","nt","ntpath","nturl2path","numbers","opcode","operator","optparse","os","ossaudiodev","pathlib","pdb","pickle","pickletools","pipes","pkgutil","platform","plistlib","poplib","posix","posixpath","pprint","profile","pstats","pty","pwd","py_compile","pyclbr","pydoc","pydoc_data","pyexpat","queue","quopri","random","re","readline","reprlib","resource","rlcompleter","runpy","sched","secrets","select","selectors","shelve","shlex","shutil","signal","site","smtpd","smtplib","sndhdr","socket","socketserver","spwd","sqlite3","sre_compile","sre_constants","sre_parse","ssl","stat","statistics","string","stringprep","struct","subprocess","sunau","symtable","sys","sysconfig","syslog","tabnanny","tarfile","telnetlib","tempfile","termios","textwrap","this","threading","time","timeit","tkinter","token","tokenize","tomllib","trace","traceback","tracemalloc","tty","turtle","turtledemo","types","typing","unicodedata","unittest","urllib","uu","uuid","venv","warnings","wave","weakref","webbrowser","winreg","winsound","wsgiref","xdrlib","xml","xmlrpc","zipapp","zipfile","zipimport","zlib","zoneinfo"],"av":{"PIL":"pillow","accelerate":"accelerate","anthropic":"anthropic","autogen":"autogen-agentchat","backoff":"backoff","boto3":"boto3","bs4":"beautifulsoup4","cachetools":"cachetools","catboost":"catboost","chromadb":"chromadb","click":"click","cloudpickle":"cloudpickle","crewai":"crewai","cv2":"opencv-python","databricks.agents":"databricks-agents","databricks.connect":"databricks-connect","databricks.feature_engineering":"databricks-feature-engineering","databricks.feature_store":"databricks-feature-store","databricks.sdk":"databricks-sdk","databricks.sql":"databricks-sql-connector","databricks.vector_search":"databricks-vectorsearch","databricks_ai_bridge":"databricks-ai-bridge","databricks_dspy":"databricks-dspy","databricks_langchain":"databricks-langchain","databricks_llamaindex":"databricks-llamaindex","databricks_mcp":"databricks-mcp","databricks_openai":"databricks-openai","datasets":"datasets","dateutil":"python-dateutil","dotenv":"python-dotenv","dspy":"dspy","faiss":"faiss-cpu","fastapi":"fastapi","flask":"flask","git":"gitpython","google.protobuf":"protobuf","httpx":"httpx","jinja2":"jinja2","joblib":"joblib","keras":"keras","langchain":"langchain","langchain_anthropic":"langchain-anthropic","langchain_community":"langchain-community","langchain_core":"langchain-core","langchain_openai":"langchain-openai","langchain_text_splitters":"langchain-text-splitters","langgraph":"langgraph","langgraph.checkpoint":"langgraph-checkpoint","langgraph.prebuilt":"langgraph-prebuilt","langgraph_sdk":"langgraph-sdk","langsmith":"langsmith","lightgbm":"lightgbm","llama_index":"llama-index","matplotlib":"matplotlib","mcp":"mcp","mlflow":"mlflow","nltk":"nltk","numpy":"numpy","openai":"openai","opentelemetry":"opentelemetry-api","packaging":"packaging","pandas":"pandas","peft":"peft","polars":"polars","prophet":"prophet","psycopg":"psycopg","psycopg2":"psycopg2-binary","pyarrow":"pyarrow","pydantic":"pydantic","pydantic_ai":"pydantic-ai","pyspark":"pyspark","rapidfuzz":"rapidfuzz","requests":"requests","scipy":"scipy","sentence_transformers":"sentence-transformers","shap":"shap","sklearn":"scikit-learn","spacy":"spacy","sqlalchemy":"sqlalchemy","sqlparse":"sqlparse","statsmodels":"statsmodels","tabulate":"tabulate","tenacity":"tenacity","tensorflow":"tensorflow","tiktoken":"tiktoken","torch":"torch","torchvision":"torchvision","tqdm":"tqdm","transformers":"transformers","typing_extensions":"typing-extensions","unitycatalog.ai.core":"unitycatalog-ai","unitycatalog.ai.langchain":"unitycatalog-langchain","unitycatalog.ai.llama_index":"unitycatalog-llamaindex","unitycatalog.ai.openai":"unitycatalog-openai","uvicorn":"uvicorn","xgboost":"xgboost","yaml":"pyyaml"},"TG":{"beautifulsoup4":["soupsieve"],"databricks-agents":["databricks-connect","databricks-sdk","dataclasses-json","jinja2","mlflow","tiktoken","tqdm","urllib3"],"databricks-ai-bridge":["databricks-sdk","databricks-vectorsearch","mlflow","pandas","pydantic","tabulate","tiktoken"],"databricks-langchain":["databricks-ai-bridge","databricks-openai","databricks-sdk","databricks-vectorsearch","langchain","langchain-community","langchain-core","mlflow","openai","pydantic","unitycatalog-ai","unitycatalog-langchain"],"databricks-openai":["databricks-ai-bridge","databricks-sdk","databricks-vectorsearch","mlflow","openai","pydantic","unitycatalog-ai","unitycatalog-openai"],"databricks-sdk":["google-auth","protobuf","requests"],"databricks-vectorsearch":["databricks-sdk","deprecation","mlflow-skinny","protobuf","requests"],"dspy":["backoff","litellm","openai","pydantic","requests","tqdm"],"langchain":["aiohttp","langchain-community","langchain-core","langchain-text-splitters","langgraph","langsmith","numpy","pyyaml","requests","sqlalchemy"],"langchain-community":["aiohttp","dataclasses-json","langchain","langchain-core","numpy","requests","sqlalchemy"],"langchain-core":["httpx","jsonpatch","langsmith","orjson","packaging","pydantic","pyyaml","requests","tenacity","typing-extensions"],"langchain-openai":["langchain-core","openai","tiktoken"],"langgraph":["langchain-core","langgraph-checkpoint","langgraph-prebuilt","langgraph-sdk","pydantic","xxhash"],"langgraph-prebuilt":["langchain-core","langgraph-checkpoint"],"lightgbm":["numpy","scipy"],"llama-index":["llama-index-core","nltk","openai","pandas"],"mlflow":["alembic","annotated-types","anyio","blinker","cachetools","certifi","charset-normalizer","click","cloudpickle","contourpy","cycler","databricks-sdk","docker","fastapi","flask","fonttools","gitpython","google-auth","graphene","greenlet","gunicorn","h11","httpx","idna","importlib-metadata","itsdangerous","jinja2","joblib","kiwisolver","mako","markdown","markupsafe","matplotlib","mlflow-skinny","mlflow-tracing","numpy","opentelemetry-api","opentelemetry-sdk","packaging","pandas","pillow","protobuf","pyarrow","pydantic","pydantic-core","pyparsing","python-dateutil","python-dotenv","pytz","pyyaml","requests","scikit-learn","scipy","six","sniffio","sqlalchemy","sqlparse","starlette","threadpoolctl","typing-extensions","tzdata","urllib3","uvicorn","werkzeug"],"mlflow-skinny":["annotated-types","anyio","cachetools","certifi","charset-normalizer","click","cloudpickle","databricks-sdk","fastapi","gitpython","google-auth","h11","httpx","idna","importlib-metadata","jinja2","markupsafe","opentelemetry-api","opentelemetry-sdk","packaging","protobuf","pydantic","pydantic-core","python-dotenv","pyyaml","requests","sniffio","sqlparse","starlette","typing-extensions","urllib3","uvicorn"],"openai":["anyio","distro","httpx","jiter","pydantic","sniffio","tqdm","typing-extensions"],"pandas":["numpy","python-dateutil","pytz","tzdata"],"prophet":["cmdstanpy","holidays","matplotlib","numpy","pandas"],"requests":["certifi","charset-normalizer","idna","urllib3"],"scikit-learn":["joblib","numpy","scipy","threadpoolctl"],"sentence-transformers":["huggingface-hub","pillow","scikit-learn","scipy","torch","tqdm","transformers"],"shap":["cloudpickle","numba","numpy","pandas","scikit-learn","scipy","tqdm"],"statsmodels":["numpy","packaging","pandas","patsy","scipy"],"torchvision":["numpy","pillow","torch"],"transformers":["huggingface-hub","numpy","packaging","pyyaml","regex","requests","safetensors","tokenizers","tqdm"],"unitycatalog-ai":["databricks-sdk","nest-asyncio","pydantic"],"unitycatalog-langchain":["langchain","langchain-community","langchain-core","unitycatalog-ai"],"unitycatalog-openai":["openai","unitycatalog-ai"],"xgboost":["numpy","scipy"]}}');
// EXTERNAL MODULE: ./src/python/requirements.ts
var requirements = __nccwpck_require__(3516);
;// CONCATENATED MODULE: ./src/python/packages.ts
// Import names → PyPI distributions, the standard library, and what each
// distribution installs with it (rules/data/python-packages.json).


const STDLIB = new Set(python_packages_namespaceObject.L1);
const MODULES = new Map(Object.entries(python_packages_namespaceObject.av));
const PROVIDES = new Map(Object.entries(python_packages_namespaceObject.TG));
function isStdlib(module) {
    return STDLIB.has(module.split(".")[0]);
}
/** The distribution that installs an import (longest known dotted prefix), if known. */
function distributionOf(module) {
    const parts = module.split(".");
    for (let n = parts.length; n > 0; n--) {
        const hit = MODULES.get(parts.slice(0, n).join("."));
        if (hit)
            return hit;
    }
    return undefined;
}
/** Everything the given distributions install, themselves included (normalised names). */
function installedWith(dists) {
    const out = new Set();
    const queue = [...dists].map(requirements/* normalizeName */.Pc);
    while (queue.length) {
        const d = queue.pop();
        if (out.has(d))
            continue;
        out.add(d);
        for (const dep of PROVIDES.get(d) ?? [])
            queue.push((0,requirements/* normalizeName */.Pc)(dep));
    }
    return out;
}

;// CONCATENATED MODULE: ./rules/missing-requirements.ts



/* harmony default export */ const missing_requirements = ((0,define_rule/* defineRule */.Km)({
    id: "missing-requirements",
    defaultSeverity: "error",
    summary: "Every third-party package the model code imports is installed by its complete pip_requirements",
    fixable: "never",
    messages: {
        missing: "\"{module}\" is imported but no requirement installs {dist}; add {dist}==<version> to {list}",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        const project = python?.project;
        if (!python || !project)
            return;
        for (const unit of python.models) {
            const provided = environment(unit);
            if (!provided)
                continue;
            const list = unit.requirementLists[0];
            for (const module of unit.code) {
                const reported = new Set();
                for (const imp of module.imports) {
                    if (imp.guarded || imp.level > 0 || !imp.module || isStdlib(imp.module) || isLocal(project, module, imp.module))
                        continue;
                    const dist = distributionOf(imp.module);
                    if (!dist || provided.has(dist) || reported.has(dist))
                        continue;
                    reported.add(dist);
                    report("missing", imp.span, { module: imp.module, dist, list: list.label });
                }
            }
        }
    },
}));
/**
 * What the model's environment installs, when its requirement list is complete and fully readable:
 * the listed distributions, their dependencies, and mlflow (which MLflow adds when the list omits it).
 */
function environment(unit) {
    const list = unit.requirementLists[0];
    if (!list?.complete || !list.known)
        return undefined;
    const names = ["mlflow"];
    for (const r of list.entries) {
        if (r.include || r.option)
            continue;
        if (!r.key)
            return undefined; // a URL or computed name could install anything
        names.push(r.key);
    }
    return installedWith(names);
}
/** A module of the project itself (an analysed file, or a package directory beside it). */
function isLocal(project, from, module) {
    const top = module.split(".")[0];
    return project.moduleFor(from, module, 0) !== undefined || project.moduleFor(from, top, 0) !== undefined || directoryNames(project).has(top);
}
const dirNamesOf = new WeakMap();
/** Every directory name on the paths of the analysed modules, computed once per project. */
function directoryNames(project) {
    let names = dirNamesOf.get(project);
    if (!names) {
        names = new Set();
        for (const m of project.modules)
            for (const seg of external_node_path_default().dirname(m.absPath).split((external_node_path_default()).sep))
                names.add(seg);
        dirNamesOf.set(project, names);
    }
    return names;
}

;// CONCATENATED MODULE: ./rules/output-helpers.ts

/* harmony default export */ const output_helpers = ((0,define_rule/* defineRule */.Km)({
    id: "output-helpers",
    defaultSeverity: "error",
    summary: "Inside a ResponsesAgent, output items and stream events are built with the helpers, with their required arguments",
    fixable: "never",
    messages: {
        rawItem: "output item built as a dict literal; build it with {helper}",
        missingArgs: "{helper} is called without {missing}",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const raw of python.rawOutputDicts)
            report("rawItem", raw.dict, { helper: raw.helper });
        for (const p of python.helperArgsProblems) {
            report("missingArgs", p.call, { helper: p.helper, missing: p.missing.map((m) => `${m}=`).join(", ") });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/parse.ts

// Problems found while reading and parsing (facts.problems) go through the same
// sort, suppression and formatting path as rule findings (actionlint's way).
const parse_messages = {
    syntax: "{message}",
    duplicateKey: "{message}",
    aliasLimit: "{message}",
    multipleDocuments: "{message}",
    empty: "{message}",
    tooLarge: "{message}",
    unreadable: "{message}",
    binary: "{message}",
    notUtf8: "{message}",
};
/* harmony default export */ const parse = ((0,define_rule/* defineRule */.Km)({
    id: "parse",
    defaultSeverity: "error",
    summary: "Every file can be read and parsed: UTF-8 text, valid YAML or Python, no duplicate keys",
    fixable: "never",
    messages: parse_messages,
    check(facts, _ctx, report) {
        for (const p of facts.problems) {
            const id = (p.messageId in parse_messages ? p.messageId : "syntax");
            report(id, p.span, { message: p.message });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/pinned-requirements.ts

const pinned_requirements_messages = {
    unpinned: "requirement \"{text}\" is not pinned; pin one version with ==",
    range: "requirement \"{text}\" allows a range ({spec}); pin one version with ==",
    wildcard: "requirement \"{text}\" pins with a wildcard; pin one exact version",
    urlUnpinned: "requirement \"{text}\" points to a URL without a hash or commit; pin it with #sha256=... or @<commit>",
    invalid: "requirement \"{text}\" cannot be read: {problem}",
};
/* harmony default export */ const pinned_requirements = ((0,define_rule/* defineRule */.Km)({
    id: "pinned-requirements",
    defaultSeverity: "error",
    summary: "Every pip requirement of a model is an exact == pin (or a URL pinned by hash or commit)",
    fixable: "never",
    messages: pinned_requirements_messages,
    check(facts, _ctx, report) {
        const seen = new Set();
        for (const list of facts.python?.requirementLists ?? []) {
            for (const req of list.entries) {
                // An -r file named by two lists is judged once.
                const key = `${req.text.span.file}:${req.text.span.start}`;
                if (seen.has(key) || req.include || req.option)
                    continue;
                seen.add(key);
                judge(req, report);
            }
        }
    },
}));
function judge(req, report) {
    const text = req.text.value.replace(/\0/g, "{…}");
    if (req.problem)
        return report("invalid", req.text, { text, problem: req.problem });
    if (req.pin !== "none")
        return;
    if (req.url !== undefined)
        return report("urlUnpinned", req.text, { text });
    if (!req.key && req.specifiers.length === 0)
        return; // f"{requirement}": nothing here is known
    if (req.specifiers.length === 0)
        return report("unpinned", req.text, { text });
    if (req.specifiers.some((s) => s.op === "==" && s.version.endsWith(".*")))
        return report("wildcard", req.text, { text });
    const spec = req.specifiers.map((s) => `${s.op}${s.version.replace(/\0/g, "{…}")}`).join(",");
    report("range", req.text, { text, spec });
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __nccwpck_require__(8898);
;// CONCATENATED MODULE: ./rules/requirement-conflicts.ts



/** Databricks requires this mlflow for ResponsesAgent authoring and deployment (reference §6). */
const RESPONSES_AGENT_MLFLOW = "3.1.3";
const requirement_conflicts_messages = {
    twoPins: "\"{name}\" is pinned to {version} here and to {other} at {where}",
    excluded: "\"{name}{spec}\" excludes the pin =={other} at {where}",
    mlflowTooOld: "mlflow {version} is older than {needed}, which ResponsesAgent needs on Databricks ({agent})",
    driftVersion: "\"{name}\" is {version} here but {other} in {there}",
    driftMissing: "\"{name}\" is listed here but not in {there}",
    driftMissingThere: "{there} lists \"{name}\", which this list does not",
};
/* harmony default export */ const requirement_conflicts = ((0,define_rule/* defineRule */.Km)({
    id: "requirement-conflicts",
    defaultSeverity: "error",
    summary: "No package is pinned to two versions, serving.yaml and log_model agree, and mlflow is new enough for the APIs used",
    fixable: "never",
    messages: requirement_conflicts_messages,
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const list of python.requirementLists)
            withinList(list, report);
        for (const unit of python.models) {
            requirement_conflicts_drift(unit, report);
            mlflowVersion(unit, python.agents, report);
        }
    },
}));
/** Entries that apply together: same package, same environment marker. */
function groups(list) {
    const out = new Map();
    for (const r of list.entries) {
        if (!r.key || r.include || r.problem)
            continue;
        const k = `${r.key};${r.marker ?? ""}`;
        out.set(k, [...(out.get(k) ?? []), r]);
    }
    return out;
}
function withinList(list, report) {
    for (const reqs of groups(list).values()) {
        const pins = reqs.filter((r) => r.pin === "exact");
        const first = pins[0];
        if (!first?.exactVersion)
            continue;
        for (const r of reqs) {
            if (r === first)
                continue;
            if (r.pin === "exact" && r.exactVersion !== undefined && r.exactVersion !== first.exactVersion) {
                report("twoPins", r.text, { name: r.name?.value ?? r.key, version: r.exactVersion, other: first.exactVersion, where: (0,python_facts/* where */._)(first.text.span) });
            }
            else if (r.pin === "none" && r.specifiers.length && !r.specifiers.some((s) => s.version.includes("\0"))) {
                const spec = r.specifiers.map((s) => `${s.op}${s.version}`).join(",");
                if (!(0,pep440.satisfies)(first.exactVersion, spec)) {
                    report("excluded", r.text, { name: r.name?.value ?? r.key, spec, other: first.exactVersion, where: (0,python_facts/* where */._)(first.text.span) });
                }
            }
        }
    }
}
/** serving.yaml and a literal log_model list describe one environment: every difference is reported on both sides. */
function requirement_conflicts_drift(unit, report) {
    const [a, b] = unit.requirementLists;
    if (!a || !b || !a.known || !b.known)
        return;
    const pinsOf = (l) => new Map(l.entries.filter((r) => r.key && !r.include && !r.marker).map((r) => [r.key, r]));
    const pa = pinsOf(a);
    const pb = pinsOf(b);
    for (const [here, there, mine, theirs] of [[a, b, pa, pb], [b, a, pb, pa]]) {
        for (const [key, r] of mine) {
            const o = theirs.get(key);
            const name = r.name?.value ?? key;
            if (!o) {
                report("driftMissing", r.text, { name, there: there.label });
                report("driftMissingThere", there.at, { name, there: here.label });
            }
            else if (r.exactVersion && o.exactVersion && r.exactVersion !== o.exactVersion) {
                report("driftVersion", r.text, { name, version: `==${r.exactVersion}`, other: `==${o.exactVersion}`, there: there.label });
            }
        }
    }
}
function mlflowVersion(unit, agents, report) {
    const agent = agents.find((a) => a.kind === "responses-agent" && unit.code.includes(a.module));
    if (!agent)
        return;
    for (const list of unit.allRequirementLists) {
        for (const r of list.entries) {
            if (r.key !== "mlflow" || r.pin !== "exact" || !r.exactVersion)
                continue;
            if ((0,pep440.lt)(r.exactVersion, RESPONSES_AGENT_MLFLOW)) {
                const at = `class ${agent.cls.name} at ${agent.cls.nameSpan.file}:${agent.cls.nameSpan.line}`;
                report("mlflowTooOld", r.text, { version: r.exactVersion, needed: RESPONSES_AGENT_MLFLOW, agent: at });
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./schema/serving.schema.json
const serving_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://serving-ci.dev/schema/serving.schema.json","title":"serving-ci serving.yaml (version 1)","description":"One Databricks Model Serving endpoint, the model behind it, and how to deploy it.","type":"object","properties":{"version":{"const":1,"description":"Schema version; 1"},"endpoint":{"$ref":"#/definitions/endpoint"},"model":{"$ref":"#/definitions/model"},"deploy":{"$ref":"#/definitions/deploy"}},"required":["version","endpoint"],"additionalProperties":false,"definitions":{"tag":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]},"environmentVars":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."},"externalModel":{"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."},"servedEntity":{"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"servedModel":{"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."},"route":{"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]},"trafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false},"autoCaptureConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false},"aiGateway":{"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false},"legacyRateLimit":{"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]},"emailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"endpoint":{"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API\'s field names (create request plus its config)."},"resources":{"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."},"model":{"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow\'s log_model receives."},"deploy":{"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\\\s*(\\\\d+\\\\s*[hms]\\\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false},"permission":{"type":"object","properties":{"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]},"bundleEndpoint":{"type":"object","properties":{"name":{"type":"string"},"config":{"type":"object","properties":{"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"}},"additionalProperties":false},"permissions":{"type":"array","items":{"$ref":"#/definitions/permission"}},"lifecycle":{"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"}},"additionalProperties":false,"required":["name"],"description":"resources.model_serving_endpoints.<key> of a Databricks Asset Bundle"}}}');
// EXTERNAL MODULE: ./src/lint/facts/bundle.ts
var bundle = __nccwpck_require__(5925);
// EXTERNAL MODULE: ./src/lint/generated/serving-validators.js
var serving_validators = __nccwpck_require__(1406);
;// CONCATENATED MODULE: ./rules/schema.ts







const schema_messages = {
    unknownKey: "unknown key \"{key}\" in {where}{hint}",
    missingKey: "{where} is missing required key \"{key}\"",
    wrongType: "{where} should be {expected}, found {actual}",
    badValue: "{where} is \"{value}\"{hint}",
    wrongVersion: "version must be 1, found {value}",
    badDuration: "{where} \"{value}\" is not a duration like 45m or 1h30m",
    unknownResourceType: "unknown bundle resource type \"{key}\"{hint}; its resources are not deployed",
    pathEscapesRoot: "model.code path \"{path}\" is outside the repository",
    pathMissing: "model.code path \"{path}\" does not exist",
};
/* harmony default export */ const schema = ((0,define_rule/* defineRule */.Km)({
    id: "schema",
    defaultSeverity: "error",
    summary: "serving.yaml and bundle endpoint blocks match the schema: known keys, types, enums, required fields",
    fixable: "never",
    messages: schema_messages,
    check(facts, _ctx, report) {
        for (const s of facts.servingFiles) {
            if (s.root)
                validate(s.root, [], "serving", report);
            for (const p of s.codePaths) {
                if (p.escapesRoot)
                    report("pathEscapesRoot", p, { path: p.value });
                else if (!(0,external_node_fs_.existsSync)(p.absPath))
                    report("pathMissing", p, { path: p.value });
            }
        }
        for (const b of facts.bundleFiles) {
            for (const key of b.unknownResourceTypes) {
                report("unknownResourceType", key, { key: key.value, hint: (0,did_you_mean/* didYouMean */.a)(key.value, bundle/* BUNDLE_RESOURCE_TYPES */.wx) });
            }
            for (const ep of b.endpoints) {
                validate(ep.node, ["resources", "model_serving_endpoints", ep.key ?? ""], "bundle", report);
            }
        }
    },
}));
const TARGETS = {
    serving: { validator: serving_validators/* validateServingFile */.Lk, definition: undefined },
    bundle: { validator: serving_validators/* validateBundleEndpoint */.SL, definition: "bundleEndpoint" },
};
function validate(root, prefix, kind, report) {
    const { validator, definition } = TARGETS[kind];
    const tolerateVariables = kind === "bundle";
    if (validator((0,located/* toPlain */.Ul)(root)))
        return;
    const seen = new Set();
    for (const err of validator.errors ?? []) {
        if (err.keyword === "oneOf" || err.keyword === "if")
            continue;
        const segments = err.instancePath.split("/").slice(1).map(unescapePointer);
        const target = (0,located/* atPath */.Z$)(root, segments);
        if (!target)
            continue;
        if (tolerateVariables && (0,located/* hasVariable */.$u)(target.node))
            continue; // resolved at deploy time: not ours to judge
        const where = describe([...prefix, ...segments]);
        const dedupeKey = `${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;
        if (seen.has(dedupeKey))
            continue;
        seen.add(dedupeKey);
        reportError(err, target, where, report, definition, segments);
    }
}
function reportError(err, target, where, report, rootDefinition, segments) {
    const { node } = target;
    const anchor = target.key ?? node;
    switch (err.keyword) {
        case "additionalProperties": {
            const key = String(err.params.additionalProperty);
            const keyAt = node.kind === "map" ? node.entries.find((e) => e.key.value === key)?.key : undefined;
            report("unknownKey", keyAt ?? anchor, { key, where, hint: (0,did_you_mean/* didYouMean */.a)(key, allowedKeys(rootDefinition, segments)) });
            return;
        }
        case "required":
            report("missingKey", anchor, { key: String(err.params.missingProperty), where });
            return;
        case "type":
            report("wrongType", node, { where, expected: article(String(err.params.type)), actual: kindOf(node) });
            return;
        case "enum": {
            const allowed = err.params.allowedValues.map(String);
            const value = node.kind === "scalar" ? String(node.value) : kindOf(node);
            const sameCase = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
            const hint = sameCase ? ` (did you mean "${sameCase}"?)` : `, expected one of ${allowed.join(", ")}`;
            report("badValue", node, { where, value, hint });
            return;
        }
        case "const":
            report("wrongVersion", node, { value: node.kind === "scalar" ? JSON.stringify(node.value) : kindOf(node) });
            return;
        case "pattern":
            report("badDuration", node, { where, value: node.kind === "scalar" ? String(node.value) : "" });
            return;
        default:
            report("wrongType", node, { where, expected: err.message ?? "valid", actual: kindOf(node) });
    }
}
const SCHEMA = serving_schema_namespaceObject;
function deref(node) {
    const ref = node?.$ref;
    return ref ? SCHEMA.definitions[ref.replace("#/definitions/", "")] : node;
}
/** The property names the schema allows at an instance path (ajv's schemaPath is relative to the last $ref). */
function allowedKeys(rootDefinition, segments) {
    let node = deref(rootDefinition ? SCHEMA.definitions[rootDefinition] : SCHEMA);
    for (const seg of segments) {
        if (!node)
            return [];
        const next = /^\d+$/.test(seg) && node.items ? node.items : node.properties?.[seg] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
        node = deref(next);
    }
    return Object.keys(node?.properties ?? {});
}
function unescapePointer(s) {
    return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
/** `endpoint.served_entities[0].workload_size` */
function describe(segments) {
    if (segments.length === 0)
        return "the file";
    return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}
function kindOf(node) {
    if (node.kind === "map")
        return "a mapping";
    if (node.kind === "seq")
        return "a list";
    if (node.kind === "unknown")
        return "an alias";
    const v = node.value;
    return v === null ? "nothing" : typeof v === "string" ? `the string "${v}"` : `${typeof v} ${String(v)}`;
}
function article(types) {
    return types
        .split(",")
        .map((t) => ({ object: "a mapping", array: "a list", string: "a string", integer: "an integer", number: "a number", boolean: "true or false" })[t] ?? t)
        .join(" or ");
}

;// CONCATENATED MODULE: ./rules/secrets-in-env.ts



// Never put a value into a message or a fix: findings name the key and the kind
// of secret only, and ask the formatters to mask the value in code frames.
const secrets_in_env_messages = {
    literalEnv: "environment variable \"{key}\" holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
    literalField: "{field} holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
    plaintextField: "{field} sends a plaintext secret; store it in a secret scope and use {twin}: \"{{secrets/<scope>/<key>}}\" instead",
    malformedRef: "{where} is a malformed secret reference; write it as {expected}",
};
/** Value shapes of well-known credentials, most specific first. */
const VALUE_SHAPES = [
    [/-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/, "PEM private key"],
    [/\bdapi[0-9a-f]{32}(?:-\d+)?\b/, "Databricks token"],
    [/\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}/, "Anthropic API key"],
    [/\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}/, "OpenAI API key"],
    [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/, "GitHub token"],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, "AWS access key id"],
    [/\bxox[abposr]-[0-9]+-[A-Za-z0-9-]{8,}/, "Slack token"],
    [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "JSON Web Token"],
];
/** Name words that make a variable a credential when they end its name. */
const SECRET_WORDS = new Set(["TOKEN", "KEY", "APIKEY", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "CREDENTIALS", "PRIVATE", "PAT"]);
/** `<word>_KEY` names that are identifiers, not credentials (cache keys, S3 object keys). */
const NON_SECRET_KEY_OWNERS = new Set(["CACHE", "PARTITION", "SORT", "PRIMARY", "FOREIGN", "OBJECT", "S3", "BUCKET", "ROUTING", "IDEMPOTENCY", "DEDUP", "DEDUPE", "HASH", "SHARD", "LOOKUP", "PUBLIC", "GROUP", "INDEX", "ROW", "JOIN", "COLUMN", "FEATURE", "ENTITY", "TABLE", "TOPIC", "MESSAGE", "EVENT", "LABEL", "METADATA", "TRACE", "REQUEST", "USER", "DOCUMENT", "DOC", "ID", "PRIMARY", "UNIQUE", "SEARCH", "VECTOR", "EMBEDDING"]);
/** Fields of external-model configs that take a secret reference (each has a *_plaintext twin). */
const SECRET_FIELD = /(?:^|_)api_key$|secret|^private_key$|^databricks_api_token$|^aws_access_key_id$/;
const PART = String.raw `(?:\$\{[^{}]*\}|[^/{}\s])+`;
const SECRET_REF = new RegExp(String.raw `^\{\{secrets/${PART}/${PART}\}\}$`);
/** Something written as a reference: `{{secret/…}}`, `{{ secrets/a }}`, `${{secrets/a/b}}`. */
const REF_ATTEMPT = /^\$?\{\{\s*secrets?\s*[/.:]/i;
/* harmony default export */ const secrets_in_env = ((0,define_rule/* defineRule */.Km)({
    id: "secrets-in-env",
    defaultSeverity: "error",
    summary: "Environment variables and external-model keys hold {{secrets/scope/key}} references, never literal secrets",
    fixable: "sometimes",
    messages: secrets_in_env_messages,
    check(facts, _ctx, report) {
        for (const ep of facts.endpoints) {
            for (const e of ep.servedEntities) {
                const env = (0,located/* getMap */.ZB)(e.node, "environment_vars");
                for (const { key, value } of env?.entries ?? [])
                    checkEnv(key, value, report);
                if (e.externalModel)
                    checkExternal(e.externalModel, report);
            }
        }
    },
}));
function checkEnv(key, node, report) {
    const v = (0,located/* str */.gx)(node);
    if (!v || v.value.includes("${") && !v.value.includes("{{"))
        return; // a bundle variable: unknown until deploy
    if (isReference(v.value))
        return;
    if (REF_ATTEMPT.test(v.value))
        return malformed(v, `environment variable "${key.value}"`, report);
    const kind = valueKind(v.value) ?? (nameLooksSecret(key.value) && mayBeSecret(v.value) ? "secret" : undefined);
    if (kind)
        report("literalEnv", v, { key: key.value, kind }, { redact: [v.span] });
}
function checkExternal(ext, report) {
    for (const cfg of ext.entries) {
        if (!cfg.key.value.endsWith("_config") || !(0,located/* isMap */.jh)(cfg.value))
            continue;
        const fields = cfg.value.entries.map((x) => [`${cfg.key.value}.${x.key.value}`, x.value]);
        for (const sub of ["api_key_auth", "bearer_token_auth"]) {
            const m = (0,located/* getMap */.ZB)(cfg.value, sub);
            for (const x of m?.entries ?? [])
                fields.push([`${cfg.key.value}.${sub}.${x.key.value}`, x.value]);
        }
        for (const [field, node] of fields) {
            const leaf = field.slice(field.lastIndexOf(".") + 1);
            const v = (0,located/* str */.gx)(node);
            if (!v || v.value.includes("${") && !v.value.includes("{{"))
                continue;
            if (leaf.endsWith("_plaintext")) {
                report("plaintextField", v, { field: `external_model.${field}`, twin: leaf.slice(0, -"_plaintext".length) }, { redact: [v.span] });
                continue;
            }
            const isSecretField = SECRET_FIELD.test(leaf) || field.endsWith("api_key_auth.value") || field.endsWith("bearer_token_auth.token");
            if (isReference(v.value))
                continue;
            if (REF_ATTEMPT.test(v.value)) {
                malformed(v, `external_model.${field}`, report);
                continue;
            }
            const kind = valueKind(v.value) ?? (isSecretField ? "secret" : undefined);
            if (kind)
                report("literalField", v, { field: `external_model.${field}`, kind }, { redact: [v.span] });
        }
    }
}
function isReference(value) {
    return SECRET_REF.test(value);
}
function malformed(v, where, report) {
    // Rebuild {{secrets/<scope>/<key>}} from the parts when they are plain names.
    const sep = /^\$?\{\{\s*secrets?\s*([/.:])/i.exec(v.value)?.[1];
    const body = v.value.replace(/^\$?\{\{\s*secrets?\s*[/.:]\s*/i, "").replace(/\s*\}\}$/, "");
    // Split on the separator the reference starts with, so a ${var.x} part keeps its dot.
    const parts = body.split(sep === "/" ? "/" : /[.:]/).map((p) => p.trim());
    const plain = parts.length === 2 && parts.every((p) => /^[\w.${}-]{1,64}$/.test(p) && !valueKind(p));
    const expected = plain ? `{{secrets/${parts[0]}/${parts[1]}}}` : "{{secrets/<scope>/<key>}}";
    const edit = plain ? replaceInValue(v, expected) : undefined;
    report("malformedRef", v, { where, expected: plain ? `"${expected}"` : expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
}
function valueKind(value) {
    return VALUE_SHAPES.find(([re]) => re.test(value))?.[1];
}
/** `OPENAI_API_KEY`, `dbToken`, `DB_PASSWORD`: a credential word ends the name. */
function nameLooksSecret(name) {
    const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[_\-.\s]+/).filter(Boolean);
    const last = words[words.length - 1];
    if (!last || !SECRET_WORDS.has(last))
        return false;
    return !(last === "KEY" && words.length > 1 && NON_SECRET_KEY_OWNERS.has(words[words.length - 2]));
}
/** Values no one keeps as a secret: numbers, booleans, URLs, paths, prose, very short words. */
function mayBeSecret(value) {
    const v = value.trim();
    if (v.length < 6)
        return false;
    if (/^[-+]?\d+(\.\d+)?$/.test(v) || /^(true|false|yes|no|none|null)$/i.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v))
        return false; // URL without credentials
    if (/^(\/|\.\.?\/|~\/)/.test(v) || /\s/.test(v))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./rules/served-entities.ts




const MAX_ENTITIES = 10;
const MAX_ENV_VARS = 30;
const MAX_ENDPOINT_NAME = 63;
const SIZES = ["Small", "Medium", "Large"];
const EXTERNAL_EXCLUSIVE = ["entity_name", "entity_version", "workload_size", "workload_type", "scale_to_zero_enabled"];
const CONCURRENCY = ["min_provisioned_concurrency", "max_provisioned_concurrency"];
const THROUGHPUT = ["min_provisioned_throughput", "max_provisioned_throughput", "provisioned_model_units"];
const served_entities_messages = {
    badEndpointName: "endpoint name \"{name}\" may use only letters, digits, - and _",
    longEndpointName: "endpoint name \"{name}\" is {length} characters long; keep it to {max}",
    reservedEndpointName: "endpoint name \"{name}\" starts with \"databricks-\", which is reserved for Databricks-managed endpoints",
    badEntityName: "served entity name \"{name}\" may use only letters, digits, - and _",
    duplicateName: "served entity name \"{name}\" is used twice in this endpoint{how}",
    tooManyEntities: "endpoint serves {count} entities; at most {max} are allowed",
    bothLists: "endpoint has both served_entities and served_models; keep served_entities",
    missingVersion: "served entity \"{entity}\" has no entity_version; a registered model is served at a version",
    sizeAndConcurrency: "workload_size and {field} are alternatives; set one of them",
    sizeAndThroughput: "workload_size does not apply to a provisioned-throughput entity ({field})",
    minAboveMax: "{min} ({low}) is greater than {max} ({high})",
    sizeCase: "workload_size \"{value}\" is spelled \"{expected}\"",
    externalExclusive: "{field} cannot be combined with external_model",
    mixedTasks: "external model task \"{task}\" differs from \"{first}\"; all external models of an endpoint share one task",
    tooManyEnvVars: "served entity has {count} environment variables; at most {max} are allowed",
};
/* harmony default export */ const served_entities = ((0,define_rule/* defineRule */.Km)({
    id: "served-entities",
    defaultSeverity: "error",
    summary: "Endpoint and served-entity names, sizes and types are valid and not contradictory; unique names; at most 10 entities",
    fixable: "sometimes",
    messages: served_entities_messages,
    check(facts, _ctx, report) {
        for (const ep of facts.endpoints) {
            checkEndpointName(ep, report);
            const config = ep.config;
            const both = (0,located/* entry */.f_)(config, "served_entities") && (0,located/* entry */.f_)(config, "served_models");
            if (both)
                report("bothLists", (0,located/* entry */.f_)(config, "served_models").key);
            if (ep.servedEntities.length > MAX_ENTITIES) {
                report("tooManyEntities", ep.servedEntities[MAX_ENTITIES].node, { count: ep.servedEntities.length, max: MAX_ENTITIES });
            }
            checkUniqueNames(ep.servedEntities, report);
            let firstTask;
            for (const e of ep.servedEntities) {
                checkEntity(e, report);
                const task = (0,located/* str */.gx)((0,located/* get */.Jt)(e.externalModel, "task"));
                if (!task || (0,located/* hasVariable */.$u)((0,located/* get */.Jt)(e.externalModel, "task")))
                    continue;
                if (!firstTask)
                    firstTask = task;
                else if (task.value !== firstTask.value)
                    report("mixedTasks", task, { task: task.value, first: firstTask.value });
            }
        }
    },
}));
function checkEndpointName(ep, report) {
    const name = (0,located/* str */.gx)(ep.name);
    if (!name || (0,located/* hasVariable */.$u)(ep.name))
        return;
    if (!ENDPOINT_NAME_CHARS.test(name.value))
        report("badEndpointName", name, { name: name.value });
    else if (name.value.length > MAX_ENDPOINT_NAME) {
        report("longEndpointName", name, { name: name.value, length: name.value.length, max: MAX_ENDPOINT_NAME }, { severity: "warning" });
    }
    if (name.value.toLowerCase().startsWith(FM_PREFIX))
        report("reservedEndpointName", name, { name: name.value }, { severity: "warning" });
}
/**
 * Two entities clash when their names are certainly equal: two explicit names,
 * two omitted names of the same model version, or an explicit name equal to
 * the only default another entity can get. (The default of a UC model is
 * unconfirmed, so a name matching one of its two candidates proves nothing.)
 */
function checkUniqueNames(entities, report) {
    const seen = new Map();
    for (const e of entities) {
        if ((0,located/* hasVariable */.$u)(e.node))
            continue;
        if (e.name) {
            const prior = seen.get(e.name.value);
            if (prior)
                report("duplicateName", e.name, { name: e.name.value, how: prior === "default" ? " (an earlier entity gets it by default)" : "" });
            seen.set(e.name.value, "explicit");
        }
        else if (e.defaultNames.length > 0) {
            const key = e.defaultNames.join("\n");
            const certain = e.defaultNames.length === 1 ? e.defaultNames[0] : undefined;
            const clash = seen.get(key) ?? (certain !== undefined && seen.get(certain) === "explicit" ? "explicit" : undefined);
            if (clash) {
                const at = e.entityName ?? (0,located/* str */.gx)((0,located/* get */.Jt)(e.externalModel, "name"));
                if (at)
                    report("duplicateName", at, { name: certain ?? e.defaultNames[0], how: " (the default name, as name is omitted)" });
            }
            seen.set(key, "default");
            if (certain !== undefined && !seen.has(certain))
                seen.set(certain, "default");
        }
    }
}
function checkEntity(e, report) {
    const n = e.node;
    if (e.name && !(0,located/* hasVariable */.$u)((0,located/* get */.Jt)(n, "name")) && !ENDPOINT_NAME_CHARS.test(e.name.value)) {
        report("badEntityName", e.name, { name: e.name.value });
    }
    const env = (0,located/* getMap */.ZB)(n, "environment_vars");
    if (env && env.entries.length > MAX_ENV_VARS) {
        report("tooManyEnvVars", (0,located/* entry */.f_)(n, "environment_vars").key, { count: env.entries.length, max: MAX_ENV_VARS });
    }
    if (e.externalModel) {
        for (const field of EXTERNAL_EXCLUSIVE) {
            const k = (0,located/* entry */.f_)(n, field)?.key;
            if (k)
                report("externalExclusive", k, { field });
        }
        return;
    }
    // entity_version: certain only for a workspace-registry model (no dots) and system.ai models;
    // catalog.schema.name may be a FEATURE_SPEC function, which has no version.
    if (!e.legacy && e.entityName && !e.entityVersion && !(0,located/* hasVariable */.$u)((0,located/* get */.Jt)(n, "entity_name")) && (0,located/* get */.Jt)(n, "entity_version") === undefined) {
        const v = e.entityName.value;
        if (!v.includes(".") || v.startsWith("system.ai."))
            report("missingVersion", e.entityName, { entity: v });
    }
    const size = (0,located/* str */.gx)((0,located/* get */.Jt)(n, "workload_size"));
    if (size && !(0,located/* hasVariable */.$u)((0,located/* get */.Jt)(n, "workload_size"))) {
        const expected = SIZES.find((s) => s.toLowerCase() === size.value.toLowerCase());
        if (expected && expected !== size.value) {
            const edit = replaceInValue(size, expected);
            report("sizeCase", size, { value: size.value, expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
        }
    }
    const sizeKey = (0,located/* entry */.f_)(n, "workload_size")?.key;
    if (sizeKey) {
        for (const field of CONCURRENCY)
            if ((0,located/* entry */.f_)(n, field))
                report("sizeAndConcurrency", (0,located/* entry */.f_)(n, field).key, { field });
        for (const field of THROUGHPUT)
            if ((0,located/* entry */.f_)(n, field))
                report("sizeAndThroughput", (0,located/* entry */.f_)(n, field).key, { field });
    }
    for (const [min, max] of [CONCURRENCY, THROUGHPUT.slice(0, 2)]) {
        const low = (0,located/* num */.bu)((0,located/* get */.Jt)(n, min));
        const high = (0,located/* num */.bu)((0,located/* get */.Jt)(n, max));
        if (low && high && low.value > high.value)
            report("minAboveMax", low, { min, max, low: low.value, high: high.value });
    }
}

;// CONCATENATED MODULE: ./rules/traffic-config.ts


/* harmony default export */ const traffic_config = ((0,define_rule/* defineRule */.Km)({
    id: "traffic-config",
    defaultSeverity: "error",
    summary: "Traffic routes name served entities of the endpoint, with integer percentages summing to 100",
    fixable: "never",
    messages: {
        unknownEntity: "route names \"{name}\", which is not a served entity of this endpoint{hint}",
        missingName: "route names no served entity (served_entity_name or served_model_name)",
        notInteger: "traffic_percentage {value} is not a whole number",
        outOfRange: "traffic_percentage {value} is outside 0..100",
        badSum: "traffic percentages sum to {sum}, not 100",
        missingTraffic: "{count} served entities need a traffic_config saying how to split requests",
        duplicateRoute: "\"{name}\" has more than one route",
    },
    check(facts, _ctx, report) {
        for (const ep of facts.endpoints) {
            const traffic = ep.trafficConfig;
            if (!traffic) {
                if (ep.servedEntities.length > 1 && !(0,located/* hasVariable */.$u)(ep.servedEntitiesNode)) {
                    report("missingTraffic", ep.servedEntitiesNode ?? ep.node, { count: ep.servedEntities.length });
                }
                continue;
            }
            const routesNode = (0,located/* get */.Jt)(traffic, "routes");
            if (!(0,located/* isSeq */.oP)(routesNode))
                continue;
            const names = new Set();
            // Entity names built from bundle variables are unknown until deploy: routes are then not judged, sums still are.
            let namesKnown = !(0,located/* hasVariable */.$u)(ep.servedEntitiesNode);
            for (const e of ep.servedEntities) {
                if (e.name)
                    names.add(e.name.value);
                else if (e.defaultNames.length)
                    e.defaultNames.forEach((n) => names.add(n));
                else
                    namesKnown = false;
                if ((0,located/* hasVariable */.$u)(e.node))
                    namesKnown = false;
            }
            let sum = 0;
            let sumKnown = true;
            const routed = new Set();
            for (const route of (0,located/* mapItems */.Z9)(routesNode)) {
                const nameNode = (0,located/* get */.Jt)(route, "served_entity_name") ?? (0,located/* get */.Jt)(route, "served_model_name");
                const name = (0,located/* str */.gx)(nameNode);
                if (!nameNode)
                    report("missingName", route);
                else if (name && !(0,located/* hasVariable */.$u)(nameNode)) {
                    if (namesKnown && !names.has(name.value)) {
                        const hint = names.size ? ` (served entities: ${[...names].join(", ")})` : "";
                        report("unknownEntity", name, { name: name.value, hint });
                    }
                    if (routed.has(name.value))
                        report("duplicateRoute", name, { name: name.value });
                    routed.add(name.value);
                }
                const pctNode = (0,located/* get */.Jt)(route, "traffic_percentage");
                const pct = (0,located/* num */.bu)(pctNode);
                if (!pct) {
                    sumKnown = false; // missing or not a number: the schema rule reports it
                    continue;
                }
                if (!Number.isInteger(pct.value))
                    report("notInteger", pct, { value: pct.value });
                else if (pct.value < 0 || pct.value > 100)
                    report("outOfRange", pct, { value: pct.value });
                sum += pct.value;
            }
            if (sumKnown && routesNode.items.length > 0 && sum !== 100)
                report("badSum", routesNode, { sum });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/uc-names.ts


const uc_names_messages = {
    wrongParts: "{where} \"{name}\" has {count} {parts}; Unity Catalog names are catalog.schema.name",
    emptyPart: "{where} \"{name}\" has an empty part; Unity Catalog names are catalog.schema.name",
    spaceInPart: "{where} \"{name}\" has a space in \"{part}\"; remove it or quote the part with backticks",
};
const RESOURCE_LISTS = ["vector_search_indexes", "functions", "tables"];
/* harmony default export */ const uc_names = ((0,define_rule/* defineRule */.Km)({
    id: "uc-names",
    defaultSeverity: "error",
    summary: "Unity Catalog names have three parts where Databricks needs them: catalog.schema.name",
    fixable: "never",
    messages: uc_names_messages,
    check(facts, _ctx, report) {
        for (const ep of facts.endpoints) {
            for (const e of ep.servedEntities) {
                const field = e.legacy ? "model_name" : "entity_name";
                // A name without dots is a workspace-registry model: fine.
                if (e.entityName && !e.externalModel && !(0,located/* hasVariable */.$u)((0,located/* get */.Jt)(e.node, field)) && e.entityName.value.includes(".")) {
                    checkName(e.entityName, field, report);
                }
            }
        }
        for (const s of facts.servingFiles) {
            const resources = (0,located/* getMap */.ZB)(s.model, "resources");
            for (const list of RESOURCE_LISTS) {
                for (const item of (0,located/* getSeq */.Mo)(resources, list)?.items ?? []) {
                    const name = (0,located/* str */.gx)(item);
                    if (!name || (0,located/* hasVariable */.$u)(item) || name.value.includes("*"))
                        continue; // wildcards: not ours to judge
                    checkName(name, `model.resources.${list}`, report);
                }
            }
            const modelName = (0,located/* get */.Jt)((0,located/* getMap */.ZB)(s.deploy, "parameters"), "model_name");
            const name = (0,located/* str */.gx)(modelName);
            if (name && !(0,located/* hasVariable */.$u)(modelName) && name.value.includes("."))
                checkName(name, "deploy.parameters.model_name", report);
        }
    },
}));
/** Splits on dots outside backticks; a backticked part keeps its backticks. */
function ucParts(name) {
    const parts = [];
    let cur = "";
    let quoted = false;
    for (const ch of name) {
        if (ch === "`")
            quoted = !quoted;
        if (ch === "." && !quoted) {
            parts.push(cur);
            cur = "";
        }
        else
            cur += ch;
    }
    if (quoted)
        return undefined; // unbalanced backticks: leave it to Databricks
    parts.push(cur);
    return parts;
}
function checkName(name, where, report) {
    const parts = ucParts(name.value);
    if (!parts)
        return;
    const data = { where, name: name.value };
    if (parts.length !== 3) {
        report("wrongParts", name, { ...data, count: parts.length, parts: parts.length === 1 ? "part" : "parts" });
        return;
    }
    const empty = parts.find((p) => p === "" || p === "``");
    if (empty !== undefined)
        return report("emptyPart", name, data);
    const spaced = parts.find((p) => !p.startsWith("`") && /\s/.test(p));
    if (spaced !== undefined)
        report("spaceInPart", name, { ...data, part: spaced });
}

// EXTERNAL MODULE: ./src/lint/suppress.ts
var suppress = __nccwpck_require__(8142);
;// CONCATENATED MODULE: ./rules/unused-suppression.ts


// Reported by the suppression pass (src/lint/suppress.ts), which runs after every
// rule; this module carries the metadata, the docs and the severity setting.
/* harmony default export */ const unused_suppression = ((0,define_rule/* defineRule */.Km)({
    id: "unused-suppression",
    defaultSeverity: "warning",
    summary: "Every serving-ci-disable comment names a known rule and suppresses a finding",
    fixable: "never",
    messages: suppress/* SUPPRESSION_MESSAGES */.rv,
    check() { },
}));

;// CONCATENATED MODULE: ./rules/index.ts















const RULES = [
    agent_interface, declared_resources, fm_endpoint_name, fm_endpoint_retired, missing_requirements, output_helpers, parse,
    pinned_requirements, requirement_conflicts, schema, secrets_in_env, served_entities, traffic_config, uc_names, unused_suppression,
];


/***/ }),

/***/ 6890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ USAGE),
  R: () => (/* binding */ parseCommand)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/report/formatters.ts + 5 modules
var formatters = __nccwpck_require__(5008);
;// CONCATENATED MODULE: ./src/cli/args.ts
// argv → a typed command. Every usage mistake is a UserError (exit 2).



const USAGE = `Usage: serving-ci <command> [options]

Commands:
  lint [paths...]     Lint serving.yaml files, bundles and the Python they point to (default: this repository)
  rules               List the rules with their docs
  emulator            Run the local Databricks workspace emulator
  help, version

Lint options:
  -f, --format NAME   stylish (default), json, sarif, github, markdown
  -o, --output FILE   Write the report to FILE instead of stdout
  --max-warnings N    Exit 1 when there are more than N warnings
  --today YYYY-MM-DD  Date to judge retirements against (default: today)
  --config FILE       Config file (default: .serving-ci.yaml at the repository root)
  --fix               Apply safe fixes
  --fix-retired       Also replace retired endpoints by their successor (changes behaviour)
  --threads N         Threads for parsing Python in large runs (default: available cores)
  --color / --no-color

Exit codes: 0 no findings at the failing level, 1 findings, 2 usage, config or I/O error.
`;
function parseCommand(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
        case "help":
        case "--help":
        case "-h":
            return { command: "help" };
        case "version":
        case "--version":
        case "-v":
            return { command: "version" };
        case "emulator":
            return { command: "emulator", args: rest };
        case "rules": {
            const { values } = parse(rest, { json: { type: "boolean" } }, false);
            return { command: "rules", format: values.json ? "json" : "text" };
        }
        case "lint":
            return parseLint(rest);
        default:
            throw new errors/* UserError */.y(`unknown command "${command}"\n\n${USAGE}`);
    }
}
function parseLint(args) {
    const { values, positionals } = parse(args, {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "max-warnings": { type: "string" },
        today: { type: "string" },
        config: { type: "string" },
        fix: { type: "boolean" },
        "fix-retired": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        threads: { type: "string" },
    }, true);
    const format = values.format ?? "stylish";
    if (!(format in formatters/* FORMATTERS */.o))
        throw new errors/* UserError */.y(`unknown format "${format}" (expected ${Object.keys(formatters/* FORMATTERS */.o).join(", ")})`);
    const cmd = { command: "lint", paths: positionals, format, fix: Boolean(values.fix || values["fix-retired"]), fixRetired: Boolean(values["fix-retired"]) };
    if (typeof values.output === "string")
        cmd.output = values.output;
    if (typeof values.config === "string")
        cmd.config = values.config;
    const mw = values["max-warnings"];
    if (typeof mw === "string") {
        if (!/^\d+$/.test(mw))
            throw new errors/* UserError */.y(`--max-warnings takes a whole number, got "${mw}"`);
        cmd.maxWarnings = Number(mw);
    }
    const threads = values.threads;
    if (typeof threads === "string") {
        if (!/^[1-9]\d*$/.test(threads))
            throw new errors/* UserError */.y(`--threads takes a whole number of at least 1, got "${threads}"`);
        cmd.threads = Number(threads);
    }
    const today = values.today;
    if (typeof today === "string") {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
            throw new errors/* UserError */.y(`--today takes a date like 2026-11-27, got "${today}"`);
        cmd.today = today;
    }
    if (values["no-color"])
        cmd.color = false;
    else if (values.color)
        cmd.color = true;
    return cmd;
}
function parse(args, options, allowPositionals) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options: options ?? {}, allowPositionals, strict: true });
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}\n\n${USAGE}`);
    }
}


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _python_parse_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5300);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1013);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6890);
/* harmony import */ var _run_rules_list_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3762);
/* harmony import */ var _run_lint_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3807);
// The CLI's only contact with process: argv, cwd, stdout/stderr, exit code.







async function main(argv, io) {
    const cmd = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommand */ .R)(argv);
    switch (cmd.command) {
        case "help":
            io.stdout(_args_js__WEBPACK_IMPORTED_MODULE_4__/* .USAGE */ .u);
            return 0;
        case "version":
            io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}\n`);
            return 0;
        case "rules":
            io.stdout((0,_run_rules_list_js__WEBPACK_IMPORTED_MODULE_5__/* .rulesList */ ._)(cmd.format));
            return 0;
        case "lint":
            return (0,_run_lint_js__WEBPACK_IMPORTED_MODULE_6__/* .runLint */ .n)(cmd, io);
        case "emulator": {
            // Loaded on demand: a lint run never pays for the emulator (or zod).
            const { emulatorCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(365)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3365));
            const line = (write) => (s) => write(s.endsWith("\n") ? s : `${s}\n`);
            return emulatorCommand(cmd.args, { stdout: line(io.stdout), stderr: line(io.stderr) });
        }
    }
}
const io = {
    cwd: process.cwd(),
    // This same script, started as a worker thread, parses Python (see the guard below).
    parseWorkers: { script: process.argv[1], threads: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() },
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    now: () => new Date(),
};
if ((0,_python_parse_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .isParseWorker */ .W)())
    await (0,_python_parse_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .runParseWorker */ .z)();
else
    runMain();
function runMain() {
    main(process.argv.slice(2), io).then((code) => {
        process.exitCode = code;
    }, (e) => {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
            process.stderr.write(`serving-ci: ${e.message}\n`);
        else
            process.stderr.write(`serving-ci: internal error (a bug, please report it)\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y ? e.exitCode : 2;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./rules/index.ts + 21 modules
var rules = __nccwpck_require__(5511);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/lint/fix.ts
// Applies fixes: safe ones, plus unsafe ones whose opt-in flag was given. Edits
// are sorted, overlapping ones skipped (the next pass gets them), and each file
// is replaced atomically so an interrupted run never leaves half a file.

/** Returns the number of edits written. */
function applyFixes(findings, files, options) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const edits = new Map();
    for (const f of findings) {
        const fix = f.fix;
        if (!fix || !(fix.safe || (fix.optIn && options.optIns.has(fix.optIn))))
            continue;
        for (const e of fix.edits) {
            const file = e.file ?? f.span.file;
            const list = edits.get(file) ?? [];
            list.push(e);
            edits.set(file, list);
        }
    }
    let applied = 0;
    for (const [path, list] of edits) {
        const source = byPath.get(path);
        if (!source || source.kind === "notebook")
            continue;
        list.sort((a, b) => a.start - b.start || a.end - b.end);
        let text = "";
        let cursor = 0;
        for (const e of list) {
            if (e.start < cursor)
                continue; // overlaps an earlier edit
            text += source.text.slice(cursor, e.start) + e.text;
            cursor = e.end;
            applied++;
        }
        text += source.text.slice(cursor);
        const tmp = `${source.absPath}.serving-ci-${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, text);
        (0,external_node_fs_.renameSync)(tmp, source.absPath);
    }
    return applied;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./rules/data/foundation-models.json
const foundation_models_namespaceObject = /*#__PURE__*/JSON.parse('{"QO":"2026-11-27","jO":[{"name":"databricks-gpt-5-5-pro","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-5","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4-mini","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4-nano","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-2","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-1","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-mini","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-nano","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-oss-120b","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-oss-20b","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-3-codex","kind":"code","provider":"openai","note":"listed in 2026-06 docs, missing from 2026-09 workspace listings","confidence":"medium"},{"name":"databricks-gpt-5-2-codex","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-1-codex-max","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-1-codex-mini","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-6-sol","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-5-6-luna","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-5-6-terra","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-6-sol","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-gpt-6-luna","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-gpt-6-astra","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-claude-fable-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-opus-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-opus-5-5","kind":"chat","provider":"anthropic","confidence":"low"},{"name":"databricks-claude-sonnet-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-sonnet-5-5","kind":"chat","provider":"anthropic","confidence":"low"},{"name":"databricks-claude-opus-4-8","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-7","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-6","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-1","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4-6","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-haiku-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4","kind":"chat","provider":"anthropic","retired":true,"note":"retirement day not published; successor not published (probably databricks-claude-opus-4-1, unconfirmed)","confidence":"low"},{"name":"databricks-claude-3-7-sonnet","kind":"chat","provider":"anthropic","retires":"2026-04-12","confidence":"high","note":"successor not published (probably databricks-claude-sonnet-4-5, unconfirmed)"},{"name":"databricks-gemini-3-5-flash","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-3-1-flash-lite","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-3-7-flash","kind":"chat","provider":"google","confidence":"low"},{"name":"databricks-gemini-3-8-flash","kind":"chat","provider":"google","confidence":"low"},{"name":"databricks-gemini-3-1-pro","kind":"chat","provider":"google","confidence":"medium"},{"name":"databricks-gemini-3-flash","kind":"chat","provider":"google","confidence":"medium"},{"name":"databricks-gemini-3-pro","kind":"chat","provider":"google","retires":"2026-03-26","redirectUntil":"2026-06-07","successor":"databricks-gemini-3-1-pro","confidence":"high"},{"name":"databricks-gemini-2-5-pro","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-2-5-flash","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemma-3-12b","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-llama-4-maverick","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-3-70b-instruct","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-1-8b-instruct","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-1-405b-instruct","kind":"chat","provider":"meta","retires":"2026-02-15","ptRetires":"2026-05-15","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"high"},{"name":"databricks-meta-llama-3-1-70b-instruct","kind":"chat","provider":"meta","retires":"2024-12-11","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"high"},{"name":"databricks-meta-llama-3-70b-instruct","kind":"chat","provider":"meta","retires":"2024-07-23","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"medium"},{"name":"databricks-llama-2-70b-chat","kind":"chat","provider":"meta","retired":true,"note":"retirement day unconfirmed (about 2024-10-30); successor not published (probably databricks-meta-llama-3-3-70b-instruct, unconfirmed)","confidence":"medium"},{"name":"databricks-dbrx-instruct","kind":"chat","provider":"databricks","retired":true,"note":"retired about 2025-04 (unconfirmed day); successor not published (probably databricks-meta-llama-3-3-70b-instruct, unconfirmed)","confidence":"medium"},{"name":"databricks-mixtral-8x7b-instruct","kind":"chat","provider":"mistral","retired":true,"successor":"databricks-meta-llama-3-3-70b-instruct","note":"no longer available by 2025-05-06","confidence":"medium"},{"name":"databricks-mpt-30b-instruct","kind":"completion","provider":"databricks","retires":"2024-08-30","confidence":"medium"},{"name":"databricks-mpt-7b-instruct","kind":"completion","provider":"databricks","retired":true,"note":"retired about 2024-08-30 (unconfirmed day)","confidence":"medium"},{"name":"databricks-qwen3-next-80b-a3b-instruct","kind":"chat","provider":"alibaba","confidence":"high"},{"name":"databricks-qwen35-122b-a10b","kind":"chat","provider":"alibaba","confidence":"high"},{"name":"databricks-glm-5-3","kind":"chat","provider":"zhipu","confidence":"medium"},{"name":"databricks-glm-5-3-flash","kind":"chat","provider":"zhipu","confidence":"medium"},{"name":"databricks-glm-5-2","kind":"chat","provider":"zhipu","deprecated":true,"successor":"databricks-glm-5-3","note":"Databricks calls GLM 5.2 legacy","confidence":"medium"},{"name":"databricks-kimi-k3","kind":"chat","provider":"moonshot","confidence":"medium"},{"name":"databricks-inkling","kind":"chat","provider":"thinking-machines","confidence":"low"},{"name":"databricks-deepseek-v4-flash-0731","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-deepseek-v4-1-flash","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-deepseek-v4-pro-0813","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-grok-4-6","kind":"chat","provider":"xai","confidence":"low"},{"name":"databricks-grok-4-7","kind":"chat","provider":"xai","confidence":"low"},{"name":"databricks-gte-large-en","kind":"embedding","provider":"databricks","confidence":"high"},{"name":"databricks-bge-large-en","kind":"embedding","provider":"databricks","confidence":"high"},{"name":"databricks-qwen3-embedding-0-6b","kind":"embedding","provider":"alibaba","confidence":"high"}]}');
;// CONCATENATED MODULE: ./src/lint/catalog.ts
// The foundation-model endpoint catalog (rules/data/foundation-models.json).

function loadCatalog() {
    const entries = foundation_models_namespaceObject.jO;
    return { compiled: foundation_models_namespaceObject.QO, entries, byName: new Map(entries.map((e) => [e.name, e])) };
}
/** Whether the entry is retired on `today` (a retirement day is the first day it fails). */
function isRetired(entry, today) {
    return entry.retired === true || (entry.retires !== undefined && entry.retires <= today);
}

// EXTERNAL MODULE: ./src/lint/did-you-mean.ts
var did_you_mean = __nccwpck_require__(5702);
// EXTERNAL MODULE: ./src/lint/read-source.ts
var read_source = __nccwpck_require__(7267);
// EXTERNAL MODULE: ./src/lint/generated/serving-validators.js
var serving_validators = __nccwpck_require__(1406);
// EXTERNAL MODULE: ./src/lint/line-index.ts
var line_index = __nccwpck_require__(3454);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __nccwpck_require__(6847);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/lint/yaml/parse-yaml.ts
// YAML text → located tree. Never throws: syntax errors, duplicate keys and
// alias bombs become problems with positions, and whatever parsed is returned.

/** Past this many nodes (counting each alias expansion) the rest is left unknown. */
const NODE_BUDGET = 200_000;
function parseYaml(file, lines) {
    const doc = (0,dist/* parseDocument */.Tp)(lines.text, { uniqueKeys: true, merge: true, prettyErrors: false, strict: false });
    const problems = [];
    for (const err of doc.errors) {
        const [start, end] = err.pos;
        const messageId = err.code === "DUPLICATE_KEY" ? "duplicateKey" : err.code === "MULTIPLE_DOCS" ? "multipleDocuments" : "syntax";
        problems.push({ messageId, message: firstLine(err.message), span: lines.span(file, start, end) });
    }
    const converter = new Converter(file, lines, doc, problems);
    try {
        const root = doc.contents ? converter.convert(doc.contents) : undefined;
        return { root, problems };
    }
    catch (e) {
        // The yaml package can throw on inputs it already reported; keep its errors, lose only the tree.
        if (problems.length === 0)
            problems.push({ messageId: "syntax", message: firstLine(e.message), span: lines.span(file, 0, 0) });
        return { root: undefined, problems };
    }
}
function firstLine(message) {
    const line = message.split("\n")[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
class Converter {
    file;
    lines;
    doc;
    problems;
    budget = NODE_BUDGET;
    memo = new Map();
    reportedBomb = false;
    constructor(file, lines, doc, problems) {
        this.file = file;
        this.lines = lines;
        this.doc = doc;
        this.problems = problems;
    }
    span(node) {
        const [start, end] = node.range ?? [0, 0, 0];
        return this.lines.span(this.file, start, end);
    }
    convert(node) {
        if (--this.budget < 0)
            return this.bomb(node);
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            if (!target)
                return { kind: "unknown", span: this.span(node) };
            return this.expand(target, node);
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
            return { kind: "scalar", value, span: this.span(node) };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return { kind: "seq", items: node.items.map((i) => this.convert(i)), span: this.span(node) };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            const merged = [];
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = pair.key;
                if ((0,dist/* isScalar */.jn)(keyNode) && keyNode.value === "<<" && pair.value) {
                    merged.push(...this.mergeSources(pair.value));
                    continue;
                }
                const keySpan = keyNode ? this.span(keyNode) : this.span(node);
                // A complex key (`? [a, b]`) is named by its source text: stringifying the node can throw.
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : keyNode?.range ? this.lines.text.slice(keyNode.range[0], keyNode.range[1]) : "";
                const value = pair.value ? this.convert(pair.value) : { kind: "scalar", value: null, span: keySpan };
                entries.push({ key: { value: key, span: keySpan }, value });
            }
            // Explicit keys win over merged ones, as YAML merge keys specify.
            for (const m of merged)
                if (!entries.some((e) => e.key.value === m.key.value))
                    entries.push(m);
            return { kind: "map", entries, span: this.span(node) };
        }
        return { kind: "unknown", span: this.span(node) };
    }
    /** An alias costs as much as the subtree it stands for; the converted tree is shared. */
    expand(target, alias) {
        const cached = this.memo.get(target);
        if (cached) {
            this.budget -= countNodes(cached);
            return this.budget < 0 ? this.bomb(alias) : cached;
        }
        const converted = this.convert(target);
        this.memo.set(target, converted);
        return converted;
    }
    mergeSources(value) {
        const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        const out = [];
        for (const s of sources) {
            const converted = this.convert(s);
            if (converted.kind === "map")
                out.push(...converted.entries.filter((e) => !out.some((o) => o.key.value === e.key.value)));
        }
        return out;
    }
    bomb(node) {
        const span = this.span(node);
        if (!this.reportedBomb) {
            this.reportedBomb = true;
            this.problems.push({
                messageId: "aliasLimit",
                message: `aliases expand to more than ${NODE_BUDGET} nodes; the rest of the file is not checked`,
                span,
            });
        }
        return { kind: "unknown", span };
    }
}
const sizes = new WeakMap();
function countNodes(n) {
    const known = sizes.get(n);
    if (known !== undefined)
        return known;
    let size = 1;
    if (n.kind === "seq")
        for (const i of n.items)
            size += countNodes(i);
    if (n.kind === "map")
        for (const e of n.entries)
            size += countNodes(e.value);
    sizes.set(n, size);
    return size;
}

;// CONCATENATED MODULE: ./src/lint/config.ts
// .serving-ci.yaml at the repository root: rule severities, the repository's own
// endpoint names, ignored paths. Validated with the precompiled JSON Schema
// (schema/serving-ci-config.schema.json, also usable by editors). A broken
// config is a UserError (exit 2) naming the file, line and column.









const CONFIG_FILE = ".serving-ci.yaml";
const EMPTY_CONFIG = { rules: {}, endpoints: [], ignore: [] };
function loadConfig(repoRoot, knownRules, cwd, explicitPath) {
    const file = explicitPath ? external_node_path_default().resolve(cwd, explicitPath) : external_node_path_default().join(repoRoot, CONFIG_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch (e) {
        if (!explicitPath && e.code === "ENOENT")
            return EMPTY_CONFIG;
        throw new errors/* UserError */.y(`cannot read config ${file}: ${e.code ?? String(e)}`);
    }
    const display = (0,read_source/* displayPath */.Gt)(file, cwd);
    const lines = new line_index/* LineIndex */.r(text);
    const parsed = parseYaml(display, lines);
    const first = parsed.problems[0];
    if (first)
        throw new errors/* UserError */.y(`${display}:${first.span.line}:${first.span.column}: ${first.message}`);
    const root = parsed.root;
    const plain = (root ? (0,located/* toPlain */.Ul)(root) : null) ?? {};
    const where = (segments) => {
        const at = root ? (0,located/* atPath */.Z$)(root, segments) : undefined;
        const span = at?.key?.span ?? at?.node.span ?? root?.span;
        return span ? `${display}:${span.line}:${span.column}` : display;
    };
    if (!(0,serving_validators/* validateConfig */.$r)(plain)) {
        const err = serving_validators/* validateConfig */.$r.errors[0];
        const segments = err.instancePath.split("/").slice(1);
        if (err.keyword === "additionalProperties") {
            const key = String(err.params.additionalProperty);
            throw new errors/* UserError */.y(`${where([...segments, key])}: unknown key "${key}"${(0,did_you_mean/* didYouMean */.a)(key, ["rules", "endpoints", "ignore"])} (expected rules, endpoints, ignore)`);
        }
        const what = err.keyword === "enum" ? "must be off, warn or error" : err.message ?? "is invalid";
        throw new errors/* UserError */.y(`${where(segments)}: ${segments.join(".") || "the config"} ${what}`);
    }
    const cfg = plain;
    for (const id of Object.keys(cfg.rules ?? {})) {
        if (!knownRules.has(id))
            throw new errors/* UserError */.y(`${where(["rules", id])}: unknown rule "${id}"${(0,did_you_mean/* didYouMean */.a)(id, knownRules)} (see \`serving-ci rules\`)`);
    }
    return { file: display, rules: cfg.rules ?? {}, endpoints: cfg.endpoints ?? [], ignore: cfg.ignore ?? [] };
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/lint/discover.ts
// Finds the files to lint: serving.yaml, bundle roots, Python and notebooks,
// honouring .gitignore (root and nested) and the config's ignore patterns.




const SKIP_DIRS = new Set([".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".databricks"]);
function classify(name) {
    if (name === "serving.yaml" || name === "serving.yml")
        return "serving";
    if (name === "databricks.yml" || name === "databricks.yaml")
        return "bundle";
    if (name.endsWith(".py"))
        return "python";
    if (name.endsWith(".ipynb"))
        return "notebook";
    return undefined;
}
class Discovery {
    repoRoot;
    ig;
    constructor(repoRoot, ignorePatterns) {
        this.repoRoot = repoRoot;
        this.ig = ignore_default()().add([...ignorePatterns]);
    }
    isIgnored(absPath, isDir = false) {
        const rel = external_node_path_default().relative(this.repoRoot, absPath).split((external_node_path_default()).sep).join("/");
        if (!rel || rel.startsWith(".."))
            return false;
        return this.ig.ignores(isDir ? `${rel}/` : rel);
    }
    /** Every path argument → files. A missing path is a UserError (the caller lints the rest first). */
    discover(paths, cwd, missing) {
        const out = [];
        const seen = new Set();
        const push = (d) => {
            if (!seen.has(d.absPath)) {
                seen.add(d.absPath);
                out.push(d);
            }
        };
        for (const p of paths) {
            const abs = external_node_path_default().resolve(cwd, p);
            let st;
            try {
                st = (0,external_node_fs_.statSync)(abs);
            }
            catch {
                missing.push(p);
                continue;
            }
            if (st.isDirectory())
                this.walk(abs, (file, kind) => push({ absPath: file, kind, explicit: false }));
            else {
                const name = external_node_path_default().basename(abs);
                const kind = classify(name) ?? (/\.ya?ml$/.test(name) ? "yaml" : undefined);
                if (!kind)
                    throw new errors/* UserError */.y(`${p}: not a serving.yaml, bundle, YAML, Python or notebook file`);
                push({ absPath: abs, kind, explicit: true });
            }
        }
        return out;
    }
    /** Depth-first, sorted, so output order is stable across machines. */
    walk(dir, visit, want = classify) {
        this.readGitignore(dir);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return; // unreadable directory: nothing we can lint in it
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const abs = external_node_path_default().join(dir, e.name);
            if (e.isDirectory()) {
                if (SKIP_DIRS.has(e.name) || this.isIgnored(abs, true))
                    continue;
                this.walk(abs, visit, want);
            }
            else if (e.isFile() || e.isSymbolicLink()) {
                const kind = want(e.name);
                if (kind && !this.isIgnored(abs))
                    visit(abs, kind);
            }
        }
    }
    gitignoresRead = new Set();
    /** Nested .gitignore patterns are rewritten relative to the repository root. */
    readGitignore(dir) {
        if (this.gitignoresRead.has(dir))
            return;
        this.gitignoresRead.add(dir);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, ".gitignore"), "utf8");
        }
        catch {
            return;
        }
        const rel = external_node_path_default().relative(this.repoRoot, dir).split((external_node_path_default()).sep).join("/");
        if (rel.startsWith(".."))
            return;
        const patterns = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
        this.ig.add(rel ? patterns.map((p) => rebase(p, rel)) : patterns);
    }
}
function rebase(pattern, dir) {
    const negated = pattern.startsWith("!");
    let p = negated ? pattern.slice(1) : pattern;
    const anchored = p.replace(/\/$/, "").includes("/");
    p = p.replace(/^\//, "");
    const out = anchored ? `${dir}/${p}` : `${dir}/**/${p}`;
    return negated ? `!${out}` : out;
}
/** The repository root: the nearest ancestor with .git, else the directory itself. */
function findRepoRoot(start) {
    let dir = external_node_path_default().resolve(start);
    for (;;) {
        try {
            (0,external_node_fs_.statSync)(external_node_path_default().join(dir, ".git"));
            return dir;
        }
        catch {
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                return external_node_path_default().resolve(start);
            dir = parent;
        }
    }
}

;// CONCATENATED MODULE: ./src/lint/facts/endpoint-refs.ts
// Endpoint names written in YAML: served entities, model.resources, external
// models that proxy another serving endpoint. Python adds its own refs.

const PT_FIELDS = ["min_provisioned_throughput", "max_provisioned_throughput", "provisioned_model_units"];
function collectEndpointRefs(facts) {
    const refs = [];
    for (const ep of facts.endpoints)
        refs.push(...servedEntityRefs(ep));
    for (const s of facts.servingFiles) {
        for (const item of (0,located/* getSeq */.Mo)((0,located/* getMap */.ZB)(s.model, "resources"), "serving_endpoints")?.items ?? []) {
            const name = (0,located/* str */.gx)(item);
            if (name)
                refs.push({ name, context: "model.resources.serving_endpoints", form: "endpoint", expectsBareName: true });
        }
    }
    refs.push(...(facts.endpointRefs ?? []));
    return refs;
}
function servedEntityRefs(ep) {
    const refs = [];
    for (const e of ep.servedEntities) {
        if (e.entityName?.value.startsWith("system.ai.")) {
            const provisioned = PT_FIELDS.some((f) => (0,located/* get */.Jt)(e.node, f) !== undefined);
            refs.push({ name: e.entityName, context: "served entity entity_name", form: "system-ai-entity", provisioned, expectsBareName: false });
        }
        const ext = e.externalModel;
        if ((0,located/* isMap */.jh)(ext) && (0,located/* str */.gx)((0,located/* get */.Jt)(ext, "provider"))?.value === "databricks-model-serving") {
            const name = (0,located/* str */.gx)((0,located/* get */.Jt)(ext, "name"));
            if (name)
                refs.push({ name, context: "external_model.name", form: "endpoint", expectsBareName: true });
        }
    }
    return refs;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/lint/facts/bundle.ts
var bundle = __nccwpck_require__(5925);
// EXTERNAL MODULE: ./src/lint/facts/endpoint.ts
var facts_endpoint = __nccwpck_require__(9676);
;// CONCATENATED MODULE: ./src/lint/facts/serving-file.ts
// serving.yaml (version 1) → facts. Shape errors are the schema rule's job;
// here we only pick out the parts other rules read.



function servingFileFacts(source, root, repoRoot) {
    const facts = { source, root, codePaths: [] };
    const endpoint = (0,located/* getMap */.ZB)(root, "endpoint");
    if (endpoint)
        facts.endpoint = (0,facts_endpoint/* endpointFacts */.v)(source.path, "serving", endpoint);
    const model = (0,located/* getMap */.ZB)(root, "model");
    if (model)
        facts.model = model;
    const deploy = (0,located/* getMap */.ZB)(root, "deploy");
    if (deploy)
        facts.deploy = deploy;
    const code = (0,located/* get */.Jt)(model, "code");
    const entries = (0,located/* isMap */.jh)(code) || code === undefined ? [] : code.kind === "seq" ? (0,located/* getSeq */.Mo)(model, "code").items : [code];
    const dir = external_node_path_default().dirname(source.absPath);
    for (const item of entries) {
        const p = (0,located/* str */.gx)(item);
        if (!p)
            continue;
        const absPath = external_node_path_default().resolve(dir, p.value);
        const rel = external_node_path_default().relative(repoRoot, absPath);
        facts.codePaths.push({ ...p, absPath, escapesRoot: rel.startsWith("..") || external_node_path_default().isAbsolute(rel) });
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/lint/load.ts
// Discovered files → LintFacts: read, parse, extract. Bundle roots pull in
// the files their `include` globs name.








function loadFacts(discovered, discovery, repoRoot, cwd) {
    const facts = { repoRoot, files: [], problems: [], servingFiles: [], bundleFiles: [], endpoints: [] };
    const read = new Set();
    // model.code paths may not leave the repository that holds the serving.yaml.
    const roots = new Map();
    const repoOf = (file) => {
        const dir = external_node_path_default().dirname(file);
        let root = roots.get(dir);
        if (root === undefined)
            roots.set(dir, (root = findRepoRoot(dir)));
        return root;
    };
    const readYaml = (absPath, kind) => {
        if (read.has(absPath))
            return undefined;
        read.add(absPath);
        const r = (0,read_source/* readSource */.o$)(absPath, kind, cwd);
        if ("problem" in r) {
            facts.problems.push(r.problem);
            return undefined;
        }
        facts.files.push(r.source);
        if (r.source.text.trim() === "") {
            const span = r.source.lines.span(r.source.path, 0, 0);
            facts.problems.push({ messageId: "empty", message: "file is empty", span });
            return { source: r.source, root: undefined };
        }
        const parsed = parseYaml(r.source.path, r.source.lines);
        facts.problems.push(...parsed.problems);
        return { source: r.source, root: parsed.root };
    };
    const addBundle = (absPath, kind, root, source) => {
        const b = (0,bundle/* bundleFileFacts */.i5)(source, root);
        facts.bundleFiles.push(b);
        facts.endpoints.push(...b.endpoints);
        if (kind !== "bundle")
            return;
        const globs = (0,bundle/* bundleIncludes */.IJ)(root);
        if (globs.length === 0)
            return;
        const dir = external_node_path_default().dirname(absPath);
        const match = picomatch_default()(globs, { dot: false });
        const included = [];
        discovery.walk(dir, (file) => {
            const rel = external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join("/");
            if (match(rel))
                included.push(file);
        }, (name) => (/\.ya?ml$/.test(name) ? "yaml" : undefined));
        for (const file of included) {
            const y = readYaml(file, "bundle-include");
            if (y)
                addBundle(file, "bundle-include", y.root, y.source);
        }
    };
    for (const d of discovered) {
        if (d.kind === "python" || d.kind === "notebook") {
            if (read.has(d.absPath))
                continue;
            read.add(d.absPath);
            const r = (0,read_source/* readSource */.o$)(d.absPath, d.kind, cwd);
            if ("problem" in r)
                facts.problems.push(r.problem);
            else
                facts.files.push(r.source);
            continue;
        }
        const kind = d.kind === "yaml" ? "serving" : d.kind;
        const y = readYaml(d.absPath, kind);
        if (!y)
            continue;
        const asBundle = d.kind === "bundle" || (d.kind === "yaml" && looksLikeBundle(y.root));
        if (asBundle) {
            y.source.kind = d.kind === "bundle" || (0,located/* get */.Jt)(y.root, "bundle") ? "bundle" : "bundle-include";
            addBundle(d.absPath, y.source.kind, y.root, y.source);
        }
        else {
            const s = servingFileFacts(y.source, y.root, repoOf(d.absPath));
            facts.servingFiles.push(s);
            if (s.endpoint)
                facts.endpoints.push(s.endpoint);
        }
    }
    return facts;
}
function looksLikeBundle(root) {
    return (0,located/* isMap */.jh)(root) && ((0,located/* get */.Jt)(root, "bundle") !== undefined || (0,located/* get */.Jt)(root, "resources") !== undefined || (0,located/* get */.Jt)(root, "targets") !== undefined);
}

// EXTERNAL MODULE: ./src/python/models.ts
var models = __nccwpck_require__(1158);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __nccwpck_require__(1384);
// EXTERNAL MODULE: ./src/python/requirement-lists.ts
var requirement_lists = __nccwpck_require__(6865);
;// CONCATENATED MODULE: ./src/python/extract.ts




const isPython = (s) => s.kind === "python" || s.kind === "notebook";
async function extractPythonFacts(input) {
    const extraFiles = [];
    const readRequirements = (abs) => {
        const f = input.read(abs, "requirements");
        if (f)
            extraFiles.push(f);
        return f;
    };
    const reader = new requirement_lists/* RequirementReader */.Nx(readRequirements);
    const servingLists = new Map();
    for (const s of input.servingFiles) {
        const list = (0,requirement_lists/* servingRequirementList */.EI)(reader, s);
        if (list)
            servingLists.set(s, list);
    }
    const python = input.sources.filter(isPython);
    const known = new Set(python.map((s) => s.absPath));
    // Files serving.yaml names as model code are analysed even when the run did not list them.
    for (const s of input.servingFiles) {
        for (const c of s.codePaths) {
            if (c.escapesRoot || known.has(c.absPath) || !/\.(py|ipynb)$/.test(c.absPath))
                continue;
            known.add(c.absPath);
            const f = input.read(c.absPath, c.absPath.endsWith(".ipynb") ? "notebook" : "python");
            if (f) {
                python.push(f);
                extraFiles.push(f);
            }
        }
    }
    let facts;
    if (python.length > 0) {
        const { analysePython } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(2), __nccwpck_require__.e(763), __nccwpck_require__.e(897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3897));
        facts = await analysePython(python, input.servingFiles, reader, servingLists, input.pool);
    }
    else {
        facts = (0,python_facts/* emptyPythonFacts */.d)();
        facts.models = (0,models/* buildModels */.Lb)([], input.servingFiles, [], servingLists, [], new Set());
    }
    facts.requirementLists.push(...servingLists.values());
    facts.extraFiles.push(...extraFiles);
    return facts;
}
/** Runs the extraction for a loaded run and files its results where the engine looks. */
async function attachPythonFacts(facts, cwd, pool) {
    const seen = new Map(facts.files.map((f) => [f.absPath, f]));
    const python = await extractPythonFacts({
        ...(pool ? { pool } : {}),
        sources: facts.files,
        servingFiles: facts.servingFiles,
        read: (absPath, kind) => {
            const hit = seen.get(absPath);
            if (hit)
                return hit;
            const r = (0,read_source/* readSource */.o$)(absPath, kind, cwd);
            if ("problem" in r)
                return undefined;
            seen.set(absPath, r.source);
            return r.source;
        },
    });
    facts.python = python;
    const had = new Set(facts.files);
    for (const f of python.extraFiles) {
        if (had.has(f))
            continue;
        had.add(f);
        facts.files.push(f);
    }
    facts.problems.push(...python.problems);
    facts.endpointRefs = [...(facts.endpointRefs ?? []), ...python.endpointRefs];
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/python/parse-worker-protocol.ts
var parse_worker_protocol = __nccwpck_require__(6453);
;// CONCATENATED MODULE: ./src/python/parse-pool.ts
// Parsing is most of a large run's work. When discovery shows many Python files,
// worker threads (this same entry script, see parse-worker.ts) start reading and
// parsing them at once, while the main thread reads the YAML. Batches are claimed
// through shared atomic flags — workers from the front of the list, the main
// thread from the back once it is free — so no thread waits for another to hand
// out work. Workers send their lezer trees as flat buffers, moved without a copy
// (cloning the extracted facts instead cost more than the parse saved); the main
// thread walks every tree, so all facts are built where the rules run.


/** Below this many Python files, starting a worker costs more than it saves (bench/lint-bench.mjs). */
const POOL_MIN_FILES = 150;
const BATCH_FILES = 8;
class ParsePool {
    batches = [];
    flags;
    /** Trees the workers parsed, by file. */
    trees = new Map();
    /** Modules the main thread parsed while the workers ran, by file. */
    parsed = new Map();
    running;
    failure;
    wake;
    workers = [];
    constructor(workers, files) {
        for (let i = 0; i < files.length; i += BATCH_FILES)
            this.batches.push(files.slice(i, i + BATCH_FILES));
        const claims = new SharedArrayBuffer(4 * this.batches.length);
        this.flags = new Int32Array(claims);
        this.running = workers.threads - 1;
        for (let i = 1; i < workers.threads; i++) {
            const workerData = { task: parse_worker_protocol/* PARSE_WORKER_TASK */.d, batches: this.batches, claims };
            const worker = new external_node_worker_threads_.Worker(workers.script, { workerData, stdout: false, stderr: false });
            let finished = false;
            worker.on("message", (msg) => {
                if (msg.type === "result")
                    for (const f of msg.files)
                        this.trees.set(f.absPath, f.trees);
                else {
                    finished = true;
                    this.running--;
                }
                this.wake?.();
            });
            worker.once("error", (e) => this.fail(e));
            worker.once("exit", (code) => {
                if (!finished)
                    this.fail(new Error(`Python parse worker exited with code ${code}`));
            });
            this.workers.push(worker);
        }
    }
    /** A pool when the run is large enough and more than one thread is available. */
    static start(workers, files) {
        return workers && workers.threads > 1 && files.length >= POOL_MIN_FILES ? new ParsePool(workers, files) : undefined;
    }
    async parse(sources, problems) {
        // Loaded here, not at the top: a run without Python never loads the parser.
        const { parseSources } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(2), __nccwpck_require__.e(763)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6763));
        const bySource = new Map(sources.map((s) => [s.absPath, s]));
        for (let i = this.batches.length - 1; i >= 0; i--) {
            if (!(0,parse_worker_protocol/* claim */.B)(this.flags, i))
                break; // the workers have everything from here down
            for (const f of this.batches[i]) {
                const source = bySource.get(f.absPath);
                if (source)
                    this.parsed.set(f.absPath, parseSources([source], problems));
            }
        }
        while (this.running > 0 && !this.failure)
            await new Promise((resolve) => (this.wake = resolve));
        if (this.failure)
            throw this.failure;
        // Files the main thread did not parse yet are walked here, over the workers' trees
        // where they have them (a file a worker could not read is parsed afresh).
        return sources.flatMap((s) => this.parsed.get(s.absPath) ?? parseSources([s], problems, this.trees));
    }
    close() {
        for (const w of this.workers)
            void w.terminate();
    }
    fail(e) {
        this.failure ??= e;
        this.wake?.();
    }
}

// EXTERNAL MODULE: ./src/lint/define-rule.ts
var define_rule = __nccwpck_require__(6761);
;// CONCATENATED MODULE: ./src/lint/run-rules.ts
// Enabled rules × facts → findings. A rule that throws is a serving-ci bug: it
// becomes one `internal-error` finding and the other rules still run.

const RANK = { info: 0, warning: 1, error: 2 };
function runRules(rules, severities, facts, ctx) {
    const findings = [];
    for (const rule of rules) {
        const ruleSeverity = severities.get(rule.id) ?? rule.defaultSeverity;
        try {
            rule.check(facts, ctx, (messageId, at, data, options) => {
                const template = rule.messages[messageId] ?? messageId;
                const requested = options?.severity;
                const severity = requested && RANK[requested] < RANK[ruleSeverity] ? requested : ruleSeverity;
                const f = { ruleId: rule.id, messageId, severity, message: (0,define_rule/* formatMessage */.hw)(template, data), span: (0,define_rule/* spanOf */.ee)(at), docsUrl: rule.docsUrl };
                if (options?.fix)
                    f.fix = options.fix;
                if (options?.redact?.length)
                    f.redact = options.redact.map((s) => ({ start: s.start, end: s.end }));
                findings.push(f);
            });
        }
        catch (e) {
            const file = facts.files[0]?.path ?? ".";
            findings.push({
                ruleId: "internal-error",
                messageId: "ruleCrashed",
                severity: "error",
                message: `rule ${rule.id} crashed (a serving-ci bug, please report it): ${e instanceof Error ? e.message : String(e)}`,
                span: { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
                docsUrl: rule.docsUrl,
            });
        }
    }
    return findings;
}
function compareFindings(a, b) {
    return ((a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
        a.span.line - b.span.line ||
        a.span.column - b.span.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** Sorted by file, line, column, rule; exact duplicates (same place, rule, message) dropped. */
function sortAndDedupe(findings) {
    const sorted = [...findings].sort(compareFindings);
    return sorted.filter((f, i) => {
        const p = sorted[i - 1];
        return !p || compareFindings(p, f) !== 0 || p.span.endLine !== f.span.endLine || p.span.endColumn !== f.span.endColumn;
    });
}

// EXTERNAL MODULE: ./src/lint/suppress.ts
var suppress = __nccwpck_require__(8142);
;// CONCATENATED MODULE: ./src/lint/lint.ts
// The one pipeline: config → discover → load → rules → suppress → severities →
// sort. Returns findings and the files they point into; printing and exit codes
// belong to the callers (CLI, action).











async function lint(req) {
    // The repository of the first path named (or of cwd): its config and .gitignore apply.
    const repoRoot = findRepoRoot(req.paths[0] ? external_node_path_default().resolve(req.cwd, req.paths[0]) : req.cwd);
    const knownRules = new Set(req.rules.map((r) => r.id));
    const config = loadConfig(repoRoot, knownRules, req.cwd, req.configPath);
    const discovery = new Discovery(repoRoot, config.ignore);
    const missingPaths = [];
    const paths = req.paths.length ? req.paths : [repoRoot];
    const discovered = discovery.discover(paths, req.cwd, missingPaths);
    // Workers start now, loading their parser while this thread reads the YAML.
    const pythonFiles = discovered.flatMap((d) => d.kind === "python" || d.kind === "notebook" ? [{ absPath: d.absPath, path: (0,read_source/* displayPath */.Gt)(d.absPath, req.cwd), kind: d.kind }] : []);
    const pool = ParsePool.start(req.parseWorkers, pythonFiles);
    let facts;
    try {
        facts = loadFacts(discovered, discovery, repoRoot, req.cwd);
        await attachPythonFacts(facts, req.cwd, pool);
    }
    finally {
        pool?.close();
    }
    facts.endpointRefs = collectEndpointRefs(facts);
    const severities = new Map();
    const enabled = req.rules.filter((r) => config.rules[r.id] !== "off");
    for (const [id, level] of Object.entries(config.rules)) {
        if (level !== "off")
            severities.set(id, level === "warn" ? "warning" : "error");
    }
    const ctx = { today: req.today, catalog: loadCatalog(), customEndpoints: new Set(config.endpoints) };
    let findings = runRules(enabled, severities, facts, ctx);
    findings = (0,suppress/* applySuppressions */.px)(findings, facts.files, knownRules);
    const unusedLevel = config.rules[suppress/* UNUSED_SUPPRESSION */.Zf];
    if (unusedLevel === "off")
        findings = findings.filter((f) => f.ruleId !== suppress/* UNUSED_SUPPRESSION */.Zf);
    else if (unusedLevel === "error")
        for (const f of findings)
            if (f.ruleId === suppress/* UNUSED_SUPPRESSION */.Zf)
                f.severity = "error";
    return { findings: sortAndDedupe(findings), files: facts.files, config, missingPaths, fileCount: discovered.length };
}

// EXTERNAL MODULE: ./src/report/formatters.ts + 5 modules
var formatters = __nccwpck_require__(5008);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __nccwpck_require__(7994);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/cli/run-lint.ts








const MAX_FIX_PASSES = 5;
async function runLint(cmd, io) {
    const today = cmd.today ?? io.now().toISOString().slice(0, 10);
    const request = {
        cwd: io.cwd,
        paths: cmd.paths,
        rules: rules/* RULES */.y,
        today,
        ...(cmd.config ? { configPath: cmd.config } : {}),
        ...(io.parseWorkers ? { parseWorkers: { ...io.parseWorkers, ...(cmd.threads ? { threads: cmd.threads } : {}) } } : {}),
    };
    let result = await lint(request);
    if (cmd.fix) {
        const optIns = new Set(cmd.fixRetired ? ["fix-retired"] : []);
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
            if (applyFixes(result.findings, result.files, { optIns }) === 0)
                break;
            result = await lint(request);
        }
    }
    const formatter = formatters/* FORMATTERS */.o[cmd.format];
    const report = formatter({ findings: result.findings, files: result.files, rules: rules/* RULES */.y, version: version/* VERSION */.x, color: cmd.color ?? (io.isTTY && !cmd.output) });
    if (cmd.output) {
        try {
            (0,external_node_fs_.writeFileSync)(cmd.output, report);
        }
        catch (e) {
            throw new errors/* UserError */.y(`cannot write ${cmd.output}: ${e.code ?? String(e)}`);
        }
    }
    else
        io.stdout(report);
    if (result.fileCount === 0 && result.missingPaths.length === 0)
        io.stderr("serving-ci: no serving.yaml, bundle, Python or notebook files found\n");
    for (const p of result.missingPaths)
        io.stderr(`serving-ci: ${p}: no such file or directory\n`);
    if (result.missingPaths.length)
        return 2;
    const c = (0,summary/* countFindings */.G)(result.findings);
    if (c.errors > 0)
        return 1;
    if (cmd.maxWarnings !== undefined && c.warnings > cmd.maxWarnings) {
        io.stderr(`serving-ci: ${c.warnings} warnings, more than --max-warnings ${cmd.maxWarnings}\n`);
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ rulesList)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5511);

function rulesList(format) {
    if (format === "json") {
        return `${JSON.stringify(_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((r) => ({ id: r.id, severity: r.defaultSeverity, fixable: r.fixable, summary: r.summary, docsUrl: r.docsUrl })), null, 2)}\n`;
    }
    const width = Math.max(..._rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((r) => r.id.length));
    return _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.summary}\n${" ".repeat(width + 11)}${r.docsUrl}\n`).join("");
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// A UserError is the user's mistake (usage, I/O, bad config): reported as a
// plain message with exit code 2, never with a stack trace. Anything else that
// escapes is a bug in serving-ci and is reported as one.
class UserError extends Error {
    exitCode;
    name = "UserError";
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
    }
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   M0: () => (/* binding */ DOCS_BASE),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   hw: () => (/* binding */ formatMessage)
/* harmony export */ });
const DOCS_BASE = "https://github.com/serving-ci/serving-ci/blob/main/rules/";
function defineRule(def) {
    return { ...def, docsUrl: `${DOCS_BASE}${def.id}.md` };
}
function spanOf(at) {
    return "file" in at ? at : at.span;
}
/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
function formatMessage(template, data = {}) {
    return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? String(data[k]) : m));
}


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The candidates closest to `word` by edit distance, within a budget that grows
 * with the word's length (a third of it, at least 2). A candidate that the word
 * is a prefix of (or the reverse) also counts: `served_entity` → `served_entities`.
 */
function closest(word, candidates, maxDistance) {
    const w = word.toLowerCase();
    const budget = maxDistance ?? Math.max(2, Math.floor(w.length / 3));
    let best = Infinity;
    let out = [];
    for (const c of candidates) {
        const lc = c.toLowerCase();
        let d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(w, lc);
        if (d > budget && w.length >= 4 && (lc.startsWith(w) || w.startsWith(lc)))
            d = budget;
        if (d > budget)
            continue;
        if (d < best) {
            best = d;
            out = [c];
        }
        else if (d === best)
            out.push(c);
    }
    return out;
}
/** ` (did you mean "x"?)` or an empty string. */
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c.length ? ` (did you mean ${c.slice(0, 3).map((x) => `"${x}"`).join(" or ")}?)` : "";
}


/***/ }),

/***/ 5925:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ bundleIncludes),
/* harmony export */   i5: () => (/* binding */ bundleFileFacts),
/* harmony export */   wx: () => (/* binding */ BUNDLE_RESOURCE_TYPES)
/* harmony export */ });
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6847);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9676);


/** Resource types of the bundle schema (databricks/cli bundle/schema/jsonschema.json). */
const BUNDLE_RESOURCE_TYPES = [
    "alerts", "apps", "clusters", "dashboards", "database_catalogs", "database_instances", "experiments", "jobs",
    "model_serving_endpoints", "models", "pipelines", "quality_monitors", "registered_models", "schemas",
    "secret_scopes", "sql_warehouses", "synced_database_tables", "volumes",
];
function bundleFileFacts(source, root) {
    const facts = { source, root, endpoints: [], unknownResourceTypes: [] };
    const resourceBlocks = [];
    const top = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(root, "resources");
    if (top)
        resourceBlocks.push(top);
    const targets = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(root, "targets");
    for (const t of targets?.entries ?? []) {
        const r = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(t.value, "resources");
        if (r)
            resourceBlocks.push(r);
    }
    for (const resources of resourceBlocks) {
        for (const e of resources.entries) {
            if (!BUNDLE_RESOURCE_TYPES.includes(e.key.value)) {
                facts.unknownResourceTypes.push(e.key);
                continue;
            }
            if (e.key.value !== "model_serving_endpoints" || !(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e.value))
                continue;
            for (const ep of e.value.entries) {
                if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ep.value))
                    facts.endpoints.push((0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .endpointFacts */ .v)(source.path, "bundle", ep.value, ep.key.value));
            }
        }
    }
    return facts;
}
/** The `include` globs of a bundle root, relative to it. */
function bundleIncludes(root) {
    const inc = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(root, "include");
    if (inc?.kind !== "seq")
        return [];
    return inc.items.flatMap((i) => (i.kind === "scalar" && typeof i.value === "string" ? [i.value] : []));
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ endpointFacts)
/* harmony export */ });
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6847);

function endpointFacts(file, origin, node, key) {
    const config = origin === "serving" ? node : (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(node, "config");
    const entitiesSeq = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getSeq */ .Mo)(config, "served_entities");
    const modelsSeq = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getSeq */ .Mo)(config, "served_models");
    const servedEntities = [
        ...(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .mapItems */ .Z9)(entitiesSeq).map((n) => servedEntity(n, false)),
        ...(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .mapItems */ .Z9)(modelsSeq).map((n) => servedEntity(n, true)),
    ];
    const facts = { file, origin, node, servedEntities };
    if (key !== undefined)
        facts.key = key;
    const name = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "name");
    if (name)
        facts.name = name;
    if (config)
        facts.config = config;
    const entitiesNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "served_entities") ?? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "served_models");
    if (entitiesNode)
        facts.servedEntitiesNode = entitiesNode;
    const traffic = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "traffic_config");
    if (traffic)
        facts.trafficConfig = traffic;
    return facts;
}
function servedEntity(node, legacy) {
    const entityName = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, legacy ? "model_name" : "entity_name"));
    const entityVersion = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, legacy ? "model_version" : "entity_version"));
    const external = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "external_model");
    const facts = { node, legacy, defaultNames: [] };
    const name = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "name"));
    if (name)
        facts.name = name;
    if (entityName)
        facts.entityName = entityName;
    if (entityVersion)
        facts.entityVersion = entityVersion;
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(external)) {
        facts.externalModel = external;
        const extName = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(external, "name"));
        if (extName)
            facts.defaultNames.push(extName.value.replace(/[.:]/g, "-"));
    }
    else if (entityName && entityVersion) {
        facts.defaultNames.push(`${entityName.value}-${entityVersion.value}`);
        const last = entityName.value.split(".").pop();
        if (last !== entityName.value)
            facts.defaultNames.push(`${last}-${entityVersion.value}`);
    }
    return facts;
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps 0-based offsets to 1-based line/column by binary search over line starts. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** Offset of the first character of a 1-based line. */
    lineStart(line) {
        return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    }
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return this.text.slice(start, next).replace(/\r$/, "");
    }
    span(file, start, end) {
        const s = this.position(start);
        const e = this.position(Math.max(start, end));
        return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, start, end: Math.max(start, end) };
    }
}


/***/ }),

/***/ 7267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   o$: () => (/* binding */ readSource)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3454);
// Reads one file as UTF-8 text. Anything that is not lintable text (too big,
// binary, not UTF-8, unreadable) becomes a positioned problem, never an exception.



const MAX_FILE_BYTES = 10 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
function displayPath(absPath, cwd) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absPath);
    return (rel && !rel.startsWith("..") ? rel : absPath).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/");
}
function readSource(absPath, kind, cwd) {
    const file = displayPath(absPath, cwd);
    const at = { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
    const problem = (messageId, message) => ({ problem: { messageId, message, span: at } });
    let buf;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absPath).size;
        if (size > MAX_FILE_BYTES) {
            return problem("tooLarge", `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; not linted`);
        }
        buf = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath);
    }
    catch (e) {
        const code = e.code ?? "error";
        return problem("unreadable", `cannot read file (${code})`);
    }
    const text = decodeText(buf);
    if (text === "binary")
        return problem("binary", "file is binary, not text; not linted");
    if (text === "notUtf8")
        return problem("notUtf8", "file is not valid UTF-8; not linted");
    return { source: { path: file, absPath, kind, text: text.text, lines: new _line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text.text) } };
}
/** A file's bytes as text (a BOM dropped), or why they are not lintable text. */
function decodeText(buf) {
    if (buf.subarray(0, 8192).includes(0))
        return "binary";
    let text;
    try {
        text = utf8.decode(buf);
    }
    catch {
        return "notUtf8";
    }
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}


/***/ }),

/***/ 8142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ UNUSED_SUPPRESSION),
/* harmony export */   px: () => (/* binding */ applySuppressions),
/* harmony export */   rv: () => (/* binding */ SUPPRESSION_MESSAGES)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6761);
// Suppression comments, applied after every rule has run (ESLint's order), so
// that a directive that suppressed nothing can be reported:
//   # serving-ci-disable-next-line rule-a, rule-b -- reason
//   # serving-ci-disable-file rule-a -- reason
// The same comment syntax works in YAML and Python. Directives are found line by
// line: a `#` comment is all we need to recognise, in either language.

const UNUSED_SUPPRESSION = "unused-suppression";
/** The suppression pass's messages; rules/unused-suppression.ts publishes them as its metadata. */
const SUPPRESSION_MESSAGES = {
    unused: 'unused suppression: no "{rule}" finding here',
    unknownRule: 'suppression names unknown rule "{rule}"',
    missingRule: "suppression names no rule; write the rule id after the directive",
};
const DIRECTIVE = /(^|[\s"'])#\s*serving-ci-disable-(next-line|file)\b([^"\n]*)/;
function parseDirectives(file) {
    const out = [];
    const { lines } = file;
    for (let line = 1; line <= lines.lineCount; line++) {
        const text = lines.lineText(line);
        if (!text.includes("serving-ci-disable"))
            continue;
        const m = DIRECTIVE.exec(text);
        if (!m)
            continue;
        const lineStart = lines.lineStart(line);
        const startCol = m.index + m[1].length;
        const body = m[3].split(/\s--\s|\s--$/)[0];
        const bodyOffset = m.index + m[0].length - m[3].length;
        const rules = [];
        const re = /[A-Za-z][\w-]*/g;
        for (let r = re.exec(body); r; r = re.exec(body)) {
            const s = lineStart + bodyOffset + r.index;
            rules.push({ id: r[0], span: lines.span(file.path, s, s + r[0].length), used: false });
        }
        out.push({
            kind: m[2] === "file" ? "file" : "next-line",
            rules,
            targetLine: line + 1,
            span: lines.span(file.path, lineStart + startCol, lineStart + text.replace(/[",]+\s*$/, "").length),
        });
    }
    return out;
}
function applySuppressions(findings, files, knownRules) {
    const byFile = new Map();
    for (const f of files) {
        const d = parseDirectives(f);
        if (d.length)
            byFile.set(f.path, d);
    }
    if (byFile.size === 0)
        return findings;
    const kept = findings.filter((finding) => {
        const directives = byFile.get(finding.span.file);
        if (!directives)
            return true;
        let suppressed = false;
        for (const d of directives) {
            if (d.kind === "next-line" && d.targetLine !== finding.span.line)
                continue;
            for (const r of d.rules) {
                if (r.id === finding.ruleId) {
                    r.used = true;
                    suppressed = true;
                }
            }
        }
        return !suppressed;
    });
    for (const directives of byFile.values()) {
        for (const d of directives) {
            if (d.rules.length === 0) {
                kept.push(unused(d.span, "missingRule"));
            }
            for (const r of d.rules) {
                if (!knownRules.has(r.id))
                    kept.push(unused(r.span, "unknownRule", r.id));
                else if (!r.used)
                    kept.push(unused(r.span, "unused", r.id));
            }
        }
    }
    return kept;
}
function unused(span, messageId, rule = "") {
    const message = (0,_define_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMessage */ .hw)(SUPPRESSION_MESSAGES[messageId], { rule });
    return { ruleId: UNUSED_SUPPRESSION, messageId, severity: "warning", message, span, docsUrl: `${_define_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_BASE */ .M0}${UNUSED_SUPPRESSION}.md` };
}


/***/ }),

/***/ 6847:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ hasVariable),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Mo: () => (/* binding */ getSeq),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   Z$: () => (/* binding */ atPath),
/* harmony export */   Z9: () => (/* binding */ mapItems),
/* harmony export */   ZB: () => (/* binding */ getMap),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   oP: () => (/* binding */ isSeq)
/* harmony export */ });
/* unused harmony export bool */
function isMap(n) {
    return n?.kind === "map";
}
function isSeq(n) {
    return n?.kind === "seq";
}
function entry(map, key) {
    return isMap(map) ? map.entries.find((e) => e.key.value === key) : undefined;
}
function get(map, key) {
    return entry(map, key)?.value;
}
function getMap(map, key) {
    const v = get(map, key);
    return isMap(v) ? v : undefined;
}
function getSeq(map, key) {
    const v = get(map, key);
    return isSeq(v) ? v : undefined;
}
/** Items of a sequence that are maps; anything else is the schema rule's business. */
function mapItems(seq) {
    return seq ? seq.items.filter(isMap) : [];
}
/** A scalar rendered as a string (numbers too: `entity_version: 7`). */
function str(n) {
    if (n?.kind !== "scalar" || n.value === null || typeof n.value === "boolean")
        return undefined;
    return { value: String(n.value), span: n.span };
}
function num(n) {
    return n?.kind === "scalar" && typeof n.value === "number" ? { value: n.value, span: n.span } : undefined;
}
function bool(n) {
    return n?.kind === "scalar" && typeof n.value === "boolean" ? n.value : undefined;
}
/**
 * Databricks Asset Bundle interpolation (`${var.x}`, `${bundle.target}`). A value
 * that contains one is not known until deploy time, so rules must not judge it.
 */
function hasVariable(n) {
    if (!n)
        return false;
    switch (n.kind) {
        case "scalar":
            return typeof n.value === "string" && n.value.includes("${");
        case "seq":
            return n.items.some(hasVariable);
        case "map":
            return n.entries.some((e) => hasVariable(e.value));
        case "unknown":
            return true;
    }
}
/** The plain JSON value (for JSON Schema validation). */
function toPlain(n) {
    switch (n.kind) {
        case "scalar":
            return n.value;
        case "seq":
            return n.items.map(toPlain);
        case "map": {
            const o = {};
            for (const e of n.entries)
                o[e.key.value] = toPlain(e.value);
            return o;
        }
        case "unknown":
            return null;
    }
}
/** Follows a JSON pointer's segments (`served_entities`, `0`, ...) through the tree. */
function atPath(root, segments) {
    let node = root;
    let key;
    for (const seg of segments) {
        if (node.kind === "map") {
            const e = node.entries.find((x) => x.key.value === seg);
            if (!e)
                return undefined;
            node = e.value;
            key = e.key;
        }
        else if (node.kind === "seq") {
            const item = node.items[Number(seg)];
            if (!item)
                return undefined;
            node = item;
            key = undefined;
        }
        else
            return undefined;
    }
    return key ? { node, key } : { node };
}


/***/ }),

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ agentClasses),
/* harmony export */   q: () => (/* binding */ definesModel)
/* harmony export */ });
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1638);

const INTERFACES = {
    ResponsesAgent: "responses-agent",
    ChatAgent: "chat-agent",
    ChatModel: "chat-model",
    PythonModel: "python-model",
};
function agentClasses(project) {
    const memo = new Map();
    const classify = (cls, depth) => {
        const hit = memo.get(cls);
        if (hit)
            return hit;
        const result = { hasPredict: cls.methods.has("predict"), basesKnown: true };
        memo.set(cls, result); // cycles end here
        if (depth > 16)
            return { ...result, basesKnown: false };
        for (const base of cls.bases) {
            const q = project.qualify(base);
            const iface = q && q.origin !== "local" ? INTERFACES[(0,_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .lastSegment */ .m)(q.path)] : undefined;
            if (iface && (q.origin === "unbound" || q.path.startsWith("mlflow."))) {
                result.kind ??= iface;
                continue;
            }
            const local = project.classOf(base);
            if (local) {
                const inner = classify(local, depth + 1);
                result.kind ??= inner.kind;
                result.hasPredict ||= inner.hasPredict;
                result.basesKnown &&= inner.basesKnown;
            }
            else if (!(base.kind === "name" && base.name === "object"))
                result.basesKnown = false;
        }
        return result;
    };
    const out = [];
    for (const module of project.modules) {
        for (const cls of module.classes) {
            const c = classify(cls, 0);
            if (c.kind)
                out.push({ cls, module, kind: c.kind, hasPredict: c.hasPredict, basesKnown: c.basesKnown });
        }
    }
    return out;
}
/** Modules that define a model: an interface subclass, or a set_model call (models from code). */
function definesModel(module, agents, setModel) {
    return setModel.has(module) || agents.some((a) => a.module === module);
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ buildModels),
/* harmony export */   f1: () => (/* binding */ hasOwnCredentials)
/* harmony export */ });
/* unused harmony exports yamlDeclaredSet, moduleLabel */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6847);
/* harmony import */ var _classes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8994);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9183);
// Pairs what describes one model: a serving.yaml `model` section (whose
// `model.code` names the files) and the `log_model` call found in those files;
// a log call outside any serving.yaml is a model of its own. The model's code
// is what runs at serving time: the python_model file or class, code_paths,
// and the listed files that define a model.




function yamlDeclaredSet(serving) {
    const res = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .getMap */ .ZB)(serving.model, "resources");
    if (!res)
        return undefined;
    const set = { refs: [], complete: true, at: res.span, label: `${serving.source.path} model.resources`, origin: "serving.yaml", serving };
    for (const e of res.entries) {
        const kind = _resources_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_RESOURCE_KEYS */ .G6[e.key.value];
        if (!kind || !(0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(e.value)) {
            set.complete = false;
            continue;
        }
        for (const item of e.value.items) {
            const name = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(item);
            if (!name) {
                set.complete = false;
                continue;
            }
            const ref = { kind, name, at: name.span, via: `model.resources.${e.key.value}` };
            set.refs.push(ref);
        }
    }
    return set;
}
function buildModels(modules, servingFiles, logCalls, servingLists, agents, setModel) {
    const units = [];
    const paired = new Set();
    // Indexes, so pairing stays linear in a repository of many models.
    const modulesByPath = new Map();
    const index = (key, m) => {
        const list = modulesByPath.get(key);
        if (!list)
            modulesByPath.set(key, [m]);
        else if (!list.includes(m))
            list.push(m);
    };
    for (const m of modules) {
        index(m.absPath, m);
        index(m.source.absPath, m);
    }
    const logsByModule = new Map();
    for (const l of logCalls)
        logsByModule.set(l.module, [...(logsByModule.get(l.module) ?? []), l]);
    for (const serving of servingFiles) {
        if (!serving.model)
            continue;
        const listed = [...new Set(serving.codePaths.filter((c) => !c.escapesRoot).flatMap((c) => modulesByPath.get(c.absPath) ?? []))];
        listed.sort((a, b) => modules.indexOf(a) - modules.indexOf(b));
        const log = listed.flatMap((m) => logsByModule.get(m) ?? []).find((l) => !paired.has(l));
        if (log)
            paired.add(log);
        const code = new Set(listed.filter((m) => (0,_classes_js__WEBPACK_IMPORTED_MODULE_1__/* .definesModel */ .q)(m, agents, setModel)));
        const unit = unitFor(log, code);
        unit.serving = serving;
        const list = servingLists.get(serving);
        if (list) {
            unit.requirementLists.push(list);
            unit.allRequirementLists.push(list);
        }
        const declared = yamlDeclaredSet(serving);
        if (declared)
            unit.declared.push(declared);
        units.push(unit);
    }
    for (const log of logCalls)
        if (!paired.has(log))
            units.push(unitFor(log, new Set()));
    return units;
}
function unitFor(log, code) {
    const unit = { code: [], requirementLists: [], allRequirementLists: [], declared: [] };
    if (log) {
        unit.log = log;
        if (log.modelModule)
            code.add(log.modelModule);
        for (const m of log.codePathModules)
            if (m.absPath.endsWith(".py"))
                code.add(m);
        if (log.pipRequirements)
            unit.requirementLists.push(log.pipRequirements);
        for (const l of [log.pipRequirements, log.extraPipRequirements])
            if (l)
                unit.allRequirementLists.push(l);
        if (log.resources)
            unit.declared.push(log.resources);
        if (log.authPolicy)
            unit.declared.push(log.authPolicy);
    }
    unit.code = [...code];
    return unit;
}
/** A serving.yaml served entity gives the model its own Databricks credentials (no passthrough needed). */
function hasOwnCredentials(serving) {
    const entities = serving?.endpoint?.servedEntities ?? [];
    return entities.some((e) => {
        const env = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .getMap */ .ZB)(e.node, "environment_vars");
        return env?.entries.some((x) => /^DATABRICKS_(TOKEN|CLIENT_SECRET)$/.test(x.key.value)) ?? false;
    });
}
function moduleLabel(m) {
    return m.origin === "writefile" ? `${path.basename(m.absPath)} (written by ${m.source.path})` : m.source.path;
}


/***/ }),

/***/ 6453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ claim),
/* harmony export */   d: () => (/* binding */ PARSE_WORKER_TASK)
/* harmony export */ });
const PARSE_WORKER_TASK = "serving-ci/parse-python";
/** Claims a batch for the calling thread; false when another thread has it. */
function claim(claims, batch) {
    return Atomics.compareExchange(claims, batch, 0, 1) === 0;
}


/***/ }),

/***/ 5300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isParseWorker),
/* harmony export */   z: () => (/* binding */ runParseWorker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lint_line_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3454);
/* harmony import */ var _lint_read_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7267);
/* harmony import */ var _parse_worker_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6453);
// The worker side of parse-pool.ts. An entry script (the CLI bundle) checks
// `isParseWorker()` first and, when true, runs this instead of its main.





function isParseWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.task === _parse_worker_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .PARSE_WORKER_TASK */ .d;
}
/** The file as the main thread reads it; anything odd is left to the main thread, which reports it. */
function read(f) {
    try {
        const decoded = (0,_lint_read_source_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeText */ .g7)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f.absPath));
        return typeof decoded === "object" ? { ...f, text: decoded.text, lines: new _lint_line_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(decoded.text) } : undefined;
    }
    catch {
        return undefined;
    }
}
/** Claims batches from the front (the main thread claims from the back) until none is left. */
async function runParseWorker() {
    const { parseFlat } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(2), __nccwpck_require__.e(763)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6763));
    const { batches, claims } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const flags = new Int32Array(claims);
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    for (let i = 0; i < batches.length; i++) {
        if (!(0,_parse_worker_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .claim */ .B)(flags, i))
            continue;
        const files = [];
        for (const f of batches[i]) {
            const source = read(f);
            if (source)
                files.push({ absPath: f.absPath, trees: parseFlat(source) });
        }
        port.postMessage({ type: "result", files }, files.flatMap((f) => f.trees.map((t) => t.buffer.buffer)));
    }
    port.postMessage({ type: "finished" });
}


/***/ }),

/***/ 1384:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ where),
/* harmony export */   d: () => (/* binding */ emptyPythonFacts)
/* harmony export */ });
function emptyPythonFacts() {
    return {
        modules: [], endpointRefs: [], uses: new Map(), logCalls: [], requirementLists: [], agents: [], setModel: new Set(),
        rawOutputDicts: [], helperArgsProblems: [], models: [], extraFiles: [], problems: [],
    };
}
function where(span) {
    return `${span.file}:${span.line}`;
}


/***/ }),

/***/ 6865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ servingRequirementList),
/* harmony export */   Nx: () => (/* binding */ RequirementReader),
/* harmony export */   hE: () => (/* binding */ spanLabel),
/* harmony export */   tL: () => (/* binding */ buildList)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6847);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3516);
// Requirement lists: entries from a Python list, a serving.yaml sequence or a
// requirements file, with `-r` files followed relative to the file that names
// them. No lezer here: a YAML-only run builds serving.yaml lists too.



class RequirementReader {
    read;
    files = new Map();
    constructor(read) {
        this.read = read;
    }
    /** Entries of a requirements file, `-r` expanded; undefined when it (or a file it includes) cannot be read. */
    file(absPath, seen = new Set()) {
        if (seen.has(absPath))
            return []; // an include cycle adds nothing new
        if (this.files.has(absPath) && seen.size === 0)
            return this.files.get(absPath);
        const source = this.read(absPath);
        if (!source)
            return undefined;
        const own = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirementsText */ .XW)(source.text, (s, e) => source.lines.span(source.path, s, e));
        const out = this.expand(own, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(absPath), new Set([...seen, absPath]));
        if (seen.size === 0)
            this.files.set(absPath, out);
        return out;
    }
    /** Replaces each `-r file` entry by that file's entries (the include line itself stays, for its span). */
    expand(entries, baseDir, seen = new Set()) {
        const out = [];
        for (const e of entries) {
            out.push(e);
            if (!e.include)
                continue;
            const inner = this.file(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baseDir, e.include.value), seen);
            if (!inner)
                return undefined;
            out.push(...inner);
        }
        return out;
    }
}
function buildList(reader, entries, baseDir, meta) {
    const parsed = (entries ?? []).map((e) => (0,_requirements_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirement */ .pP)(e.text, e.span));
    const expanded = entries ? reader.expand(parsed, baseDir) : undefined;
    return { ...meta, known: expanded !== undefined, entries: expanded ?? parsed };
}
/** A YAML scalar's entry span: offsets inside the value map into the file when the file shows it verbatim. */
function yamlEntry(source, node) {
    if (node.kind !== "scalar" || typeof node.value !== "string")
        return undefined;
    const value = node.value;
    const span = node.span;
    const raw = source.text.slice(span.start, span.end);
    const offset = raw === value ? 0 : raw.slice(1, -1) === value ? 1 : -1;
    const whole = () => span;
    const at = offset < 0 ? whole : (f, t) => source.lines.span(source.path, span.start + offset + f, span.start + offset + t);
    return { text: value, span: at };
}
function servingRequirementList(reader, serving) {
    const seq = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .getSeq */ .Mo)(serving.model, "pip_requirements");
    if (!seq)
        return undefined;
    const entries = [];
    let literal = true;
    for (const item of seq.items) {
        const e = yamlEntry(serving.source, item);
        if (e)
            entries.push(e);
        else
            literal = false;
    }
    const list = buildList(reader, entries, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(serving.source.absPath), {
        origin: "serving.yaml", complete: true, at: seq.span, label: `${serving.source.path} model.pip_requirements`,
    });
    if (!literal)
        list.known = false;
    return list;
}
function spanLabel(what, span) {
    return `${what} at ${span.file}:${span.line}`;
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   XW: () => (/* binding */ parseRequirementsText),
/* harmony export */   pP: () => (/* binding */ parseRequirement),
/* harmony export */   vs: () => (/* binding */ HOLE)
/* harmony export */ });
/* unused harmony export stripComment */
/* harmony import */ var _renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(790);
/* harmony import */ var _renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__);

/** Marks a hole: text computed at log time. */
const HOLE = "\0";
/** PEP 503 normalisation. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, "-");
}
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const HASH_FRAGMENT = /#(?:.*&)?(?:sha1|sha224|sha256|sha384|sha512|md5)=[0-9a-fA-F]+/;
const VCS_COMMIT = /^(?:git|hg|svn|bzr)\+.*@([0-9a-fA-F]{7,64})(?:[#?].*)?$/;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i;
function parseRequirement(raw, span) {
    // pip's per-requirement options: `--hash=...` pins the artifact; others are ignored.
    const optionAt = raw.search(/\s--?[a-zA-Z]/);
    const hashes = /\s--hash[=\s]/.test(raw);
    const body = (optionAt === -1 ? raw : raw.slice(0, optionAt)).trimEnd();
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    const at = (from, to) => span(lead + from, lead + to);
    const req = { text: { value: text, span: at(0, text.length) }, extras: [], specifiers: [], pin: "none" };
    const inc = /^(?:-r|--requirement)(?:\s+|=)(\S+)$/.exec(text);
    if (inc) {
        const p = inc[1];
        req.include = { value: p, span: at(text.length - p.length, text.length) };
        return req;
    }
    if (/^-e\s|^--editable[\s=]/.test(text))
        return urlOrPath(req, text.replace(/^(-e|--editable)[\s=]+/, ""), hashes);
    if (text.startsWith("-")) {
        req.option = true;
        return req;
    }
    const bareArchive = ARCHIVE.test(text) && !/[\s@;]/.test(text);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[./~]/.test(text) || bareArchive)
        return urlOrPath(req, text, hashes);
    const name = NAME.exec(text);
    if (!name) {
        // f"{pkg}=={version}": the name is computed too; the operator still tells whether it pins.
        if (!text.startsWith(HOLE))
            req.problem = "no package name";
        else if (/[=<>~!]=?/.test(text)) {
            const op = text.search(/[=<>~!]/);
            return pinFromSpec(req, text.slice(op), at, op);
        }
        return req;
    }
    req.name = { value: name[0], span: at(0, name[0].length) };
    req.key = normalizeName(name[0]);
    let i = name[0].length;
    const skip = () => {
        while (text[i] === " " || text[i] === "\t")
            i++;
    };
    skip();
    if (text[i] === "[") {
        const close = text.indexOf("]", i);
        if (close === -1)
            return { ...req, problem: "unclosed extras" };
        req.extras = text.slice(i + 1, close).split(",").map((e) => e.trim()).filter(Boolean);
        i = close + 1;
        skip();
    }
    const semi = text.indexOf(";", i);
    const rest = (semi === -1 ? text.slice(i) : text.slice(i, semi)).trimEnd();
    if (semi !== -1)
        req.marker = text.slice(semi + 1).trim();
    if (rest.startsWith("@")) {
        const url = rest.slice(1).trim();
        return urlOrPath(req, url, hashes);
    }
    if (rest === "")
        return req;
    const inner = rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1) : rest;
    return pinFromSpec(req, inner, at, i + (inner === rest ? 0 : 1));
}
// PEP 440 parsing is the costly part of a requirement, and the same specifiers
// recur across a repository's models: parse each distinct one once.
const specifiers = new Map();
function parseSpecifierCached(spec) {
    const hit = specifiers.get(spec);
    if (hit !== undefined)
        return hit;
    const parsed = (0,_renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__.parse)(spec);
    specifiers.set(spec, parsed);
    return parsed;
}
function pinFromSpec(req, spec, at, offset) {
    req.specifierSpan = at(offset, offset + spec.length);
    if (spec.includes(HOLE)) {
        // A version computed at log time: `==` with a hole is a pin; anything else is a range whatever the hole holds.
        const ops = spec.split(",").map((c) => /^\s*(===|==|~=|!=|<=|>=|<|>)/.exec(c)?.[1]);
        if (ops.includes("==") || ops.includes("==="))
            req.pin = "computed";
        for (const op of ops)
            if (op)
                req.specifiers.push({ op, version: HOLE });
        return req;
    }
    const parsed = parseSpecifierCached(spec);
    if (!parsed) {
        req.problem = `invalid version specifier "${spec.trim()}"`;
        return req;
    }
    for (const c of parsed) {
        // `===` takes arbitrary strings, which the parser returns as `legacy`.
        const version = c.version ?? c.legacy ?? "";
        req.specifiers.push({ op: c.operator, version: c.prefix ? `${version}${c.prefix}` : version });
        if ((c.operator === "==" && !c.prefix) || c.operator === "===") {
            req.pin = "exact";
            req.exactVersion = version;
        }
    }
    return req;
}
function urlOrPath(req, target, hashes) {
    req.url = target;
    const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)?.[1];
    if (!req.key && egg)
        req.key = normalizeName(egg);
    if (HASH_FRAGMENT.test(target) || hashes || VCS_COMMIT.test(target))
        req.pin = "url";
    else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !/^(?:git|hg|svn|bzr)\+/.test(target) && ARCHIVE.test(target))
        req.pin = "file";
    return req;
}
/**
 * A requirements file → entries, each with its span: comments dropped, `\` continuation lines joined
 * (offsets still map to the file), blank lines skipped.
 */
function parseRequirementsText(text, spanOf) {
    const out = [];
    // Logical lines: pieces of physical lines, each remembering where it starts in the file.
    let pieces = [];
    const flush = () => {
        if (pieces.length === 0)
            return;
        const logical = pieces.map((p) => p.text).join("");
        const starts = pieces;
        pieces = [];
        const fileOffset = (i) => {
            let acc = 0;
            for (const p of starts) {
                if (i <= acc + p.text.length)
                    return p.start + (i - acc);
                acc += p.text.length;
            }
            const last = starts[starts.length - 1];
            return last.start + last.text.length;
        };
        const stripped = stripComment(logical);
        if (stripped.trim() === "")
            return;
        out.push(parseRequirement(stripped, (f, t) => spanOf(fileOffset(f), fileOffset(t))));
    };
    let lineStart = 0;
    while (lineStart <= text.length) {
        const nl = text.indexOf("\n", lineStart);
        const end = nl === -1 ? text.length : nl;
        let line = text.slice(lineStart, end);
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        if (line.endsWith("\\") && !/(^|\s)#/.test(line))
            pieces.push({ text: line.slice(0, -1), start: lineStart });
        else {
            pieces.push({ text: line, start: lineStart });
            flush();
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    flush();
    return out;
}
/** pip's rule: `#` starts a comment at the line start or after whitespace (`#egg=` and `#sha256=` in URLs survive). */
function stripComment(line) {
    const m = /(^|\s)#/.exec(line);
    return m ? line.slice(0, m.index) : line;
}


/***/ }),

/***/ 1638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ Project),
/* harmony export */   m: () => (/* binding */ lastSegment)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Name resolution over all analysed modules: Python's scope rules (a class body
// is not an enclosing scope for its methods), module-level constants, `self.X`
// and class attributes, and `from agent import LLM_ENDPOINT` across files. A
// name bound more than once, mutated, or bound by a loop is unknown.

const MAX_HOPS = 24;
class Project {
    modules;
    byPath = new Map();
    constructor(modules) {
        this.modules = modules;
        for (const m of modules)
            if (!this.byPath.has(m.absPath))
                this.byPath.set(m.absPath, m);
    }
    /** The analysed module an import names, looked up from the importing file's directory upwards. */
    moduleFor(from, module, level) {
        let dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(from.absPath);
        for (let l = 1; l < level; l++)
            dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(dir);
        const rel = module.split(".").filter(Boolean);
        for (let up = 0; up < (level > 0 ? 1 : 4); up++) {
            const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, ...rel);
            const hit = rel.length === 0 ? this.byPath.get(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, "__init__.py")) : this.byPath.get(`${base}.py`) ?? this.byPath.get(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(base, "__init__.py"));
            if (hit)
                return hit;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
        return undefined;
    }
    lookup(name, scope) {
        return this.lookupScope(name, scope)?.bindings;
    }
    /** The bindings of a name and the scope that holds them. */
    lookupScope(name, scope) {
        let s = scope;
        let first = true;
        while (s) {
            if (s.kind !== "class" || first) {
                const b = s.bindings.get(name);
                if (b)
                    return { bindings: b, scope: s };
            }
            first = false;
            s = s.parent;
        }
        return undefined;
    }
    /** The single binding of a name, or undefined when it is unbound, rebound or mutated. */
    only(name, scope) {
        const list = this.lookup(name, scope);
        if (!list || list.length !== 1 || scope.module.mutated.has(name))
            return undefined;
        return list[0];
    }
    /** Follows names, `self.X`, `Class.X` and imported constants to the value they hold; unknown when it is not certain. */
    value(expr, hops = 0) {
        if (hops > MAX_HOPS)
            return { kind: "unknown", span: expr.span };
        if (expr.kind === "name") {
            const b = this.only(expr.name, expr.scope);
            return b ? this.bindingValue(b, expr.scope.module, expr, hops) : { kind: "unknown", span: expr.span };
        }
        if (expr.kind === "attr")
            return this.attrValue(expr.object, expr.attr, expr, hops);
        return expr;
    }
    /** `from` is the module holding the binding: relative imports start there. */
    bindingValue(b, from, at, hops) {
        switch (b.kind) {
            case "value":
                return this.value(b.value, hops + 1);
            case "import": {
                if (b.name === undefined)
                    return { kind: "unknown", span: at.span };
                const target = this.moduleFor(from, b.module, b.level);
                if (!target)
                    return { kind: "unknown", span: at.span };
                const inner = this.only(b.name, target.scope);
                return inner ? this.bindingValue(inner, target, at, hops + 1) : { kind: "unknown", span: at.span };
            }
            default:
                return { kind: "unknown", span: at.span };
        }
    }
    attrValue(object, attr, at, hops) {
        const unknown = { kind: "unknown", span: at.span };
        if (object.kind !== "name")
            return unknown;
        const cls = this.selfClass(object) ?? this.classOf(object);
        if (cls) {
            if (cls.scope.module.mutated.has(`${object.name}.${attr}`))
                return unknown;
            const inst = cls.instanceAttrs.get(attr);
            const own = cls.scope.bindings.get(attr);
            if (inst && own)
                return unknown;
            if (inst)
                return inst.length === 1 ? this.value(inst[0], hops + 1) : unknown;
            if (own?.length === 1 && own[0].kind === "value")
                return this.value(own[0].value, hops + 1);
            return unknown;
        }
        // `import agent` … `agent.LLM_ENDPOINT`
        const b = this.only(object.name, object.scope);
        if (b?.kind === "import" && b.name === undefined) {
            const target = this.moduleFor(object.scope.module, b.module, b.level);
            const inner = target ? this.only(attr, target.scope) : undefined;
            if (inner && target)
                return this.bindingValue(inner, target, at, hops + 1);
        }
        return unknown;
    }
    /** The class whose method this `self` (first parameter) belongs to. */
    selfClass(name) {
        if (name.kind !== "name")
            return undefined;
        const fn = name.scope.fn;
        if (!fn?.cls || fn.params[0] !== name.name)
            return undefined;
        const own = name.scope.bindings.get(name.name);
        return own?.length === 1 && own[0].kind === "other" ? fn.cls : undefined;
    }
    /** A name bound to a class defined in an analysed module. */
    classOf(expr, hops = 0) {
        if (expr.kind !== "name" || hops > MAX_HOPS)
            return undefined;
        const b = this.only(expr.name, expr.scope);
        if (b?.kind === "class")
            return b.cls;
        if (b?.kind === "import" && b.name !== undefined) {
            const target = this.moduleFor(expr.scope.module, b.module, b.level);
            const inner = target?.scope.bindings.get(b.name);
            const only = inner?.length === 1 ? inner[0] : undefined;
            if (only?.kind === "class")
                return only.cls;
        }
        return undefined;
    }
    /** The dotted path a callee or base names: `mlflow.pyfunc.log_model`, `databricks_langchain.ChatDatabricks`. */
    qualify(expr) {
        if (expr.kind === "attr") {
            const q = this.qualify(expr.object);
            return q ? { path: `${q.path}.${expr.attr}`, origin: q.origin } : undefined;
        }
        if (expr.kind !== "name")
            return undefined;
        const list = this.lookup(expr.name, expr.scope);
        if (!list)
            return { path: expr.name, origin: "unbound" };
        const b = list[list.length - 1];
        if (list.some((x) => x.kind !== b.kind))
            return undefined;
        switch (b.kind) {
            case "import": {
                const dots = ".".repeat(b.level);
                const mod = `${dots}${b.module}`;
                return { path: b.name === undefined ? mod : mod && !mod.endsWith(".") ? `${mod}.${b.name}` : `${mod}${b.name}`, origin: "import" };
            }
            case "def":
            case "class":
                return { path: expr.name, origin: "local" };
            default:
                return undefined;
        }
    }
}
/** The last segment of a dotted path. */
function lastSegment(p) {
    return p.slice(p.lastIndexOf(".") + 1);
}


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ fromDatabricksPackage),
/* harmony export */   G6: () => (/* binding */ YAML_RESOURCE_KEYS),
/* harmony export */   Yr: () => (/* binding */ yamlKeyOf),
/* harmony export */   bm: () => (/* binding */ CLIENT_METHODS),
/* harmony export */   i$: () => (/* binding */ RESOURCE_CLASSES),
/* harmony export */   ro: () => (/* binding */ CLIENTS)
/* harmony export */ });
/* unused harmony export classOf */
// Which code touches which Databricks resource (reference §5 and §7), as data.
/** mlflow.models.resources classes: the declarations (§5). */
const RESOURCE_CLASSES = {
    DatabricksServingEndpoint: { kind: "serving_endpoint", arg: "endpoint_name" },
    DatabricksVectorSearchIndex: { kind: "vector_search_index", arg: "index_name" },
    DatabricksSQLWarehouse: { kind: "sql_warehouse", arg: "warehouse_id" },
    DatabricksFunction: { kind: "function", arg: "function_name" },
    DatabricksGenieSpace: { kind: "genie_space", arg: "genie_space_id" },
    DatabricksTable: { kind: "table", arg: "table_name" },
    DatabricksUCConnection: { kind: "uc_connection", arg: "connection_name" },
    DatabricksApp: { kind: "app", arg: "app_name" },
    DatabricksLakebase: { kind: "lakebase", arg: "database_instance_name" },
};
/** serving.yaml `model.resources` keys (schema/serving.schema.json). */
const YAML_RESOURCE_KEYS = {
    serving_endpoints: "serving_endpoint",
    vector_search_indexes: "vector_search_index",
    functions: "function",
    genie_spaces: "genie_space",
    sql_warehouses: "sql_warehouse",
    tables: "table",
    uc_connections: "uc_connection",
    apps: "app",
    lakebase: "lakebase",
};
function yamlKeyOf(kind) {
    return Object.entries(YAML_RESOURCE_KEYS).find(([, k]) => k === kind)[0];
}
function classOf(kind) {
    return Object.entries(RESOURCE_CLASSES).find(([, c]) => c.kind === kind)[0];
}
const DATABRICKS_PACKAGES = [
    "databricks_langchain", "databricks_openai", "databricks_ai_bridge", "databricks_llamaindex", "databricks_dspy",
    "langchain_databricks", "langchain_community", "unitycatalog", "databricks",
];
/** Client constructors that carry resource names (§7), by class name. */
const CLIENTS = {
    ChatDatabricks: { args: [{ kind: "serving_endpoint", keywords: ["model", "endpoint"] }] },
    DatabricksEmbeddings: { args: [{ kind: "serving_endpoint", keywords: ["endpoint"] }] },
    VectorSearchRetrieverTool: {
        args: [
            { kind: "vector_search_index", keywords: ["index_name"] },
            { kind: "serving_endpoint", keywords: ["embedding_model_name"] },
        ],
        impliesHidden: ["serving_endpoint"],
    },
    DatabricksVectorSearch: { args: [{ kind: "vector_search_index", keywords: ["index_name"], position: 0 }], impliesHidden: ["serving_endpoint"] },
    UCFunctionToolkit: { args: [{ kind: "function", keywords: ["function_names"], list: true }], impliesHidden: ["table", "sql_warehouse", "uc_connection"] },
    DatabricksFunctionClient: { args: [{ kind: "sql_warehouse", keywords: ["warehouse_id"] }], impliesHidden: ["table"] },
    GenieAgent: { args: [{ kind: "genie_space", keywords: ["genie_space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"] },
    Genie: { args: [{ kind: "genie_space", keywords: ["space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"], packages: ["databricks_ai_bridge", "databricks_langchain", "databricks_openai"] },
};
function fromDatabricksPackage(path, packages = DATABRICKS_PACKAGES) {
    return packages.some((p) => path === p || path.startsWith(`${p}.`));
}
const METHODS = [
    { receiver: "workspace", method: "serving_endpoints.query", arg: { kind: "serving_endpoint", keywords: ["name"], position: 0 } },
    { receiver: "openai", method: "chat.completions.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "openai", method: "responses.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "openai", method: "embeddings.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "deploy", method: "predict", arg: { kind: "serving_endpoint", keywords: ["endpoint"] } },
    { receiver: "vector-search", method: "get_index", arg: { kind: "vector_search_index", keywords: ["index_name"], position: 1 } },
];
const CLIENT_METHODS = METHODS.map((m) => ({ ...m, segments: m.method.split(".") }));


/***/ }),

/***/ 5008:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ FORMATTERS)
});

;// CONCATENATED MODULE: ./src/report/github.ts
const COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function github({ findings }) {
    return findings
        .map((f) => {
        const { file, line, column, endLine, endColumn } = f.span;
        const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(`serving-ci ${f.ruleId}`)}`];
        return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(`${f.message} (${f.docsUrl})`)}\n`;
    })
        .join("");
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __nccwpck_require__(7994);
;// CONCATENATED MODULE: ./src/report/json.ts

/** Machine output: findings plus the metadata of every rule they name. */
function json({ findings, rules, version }) {
    const used = new Set(findings.map((f) => f.ruleId));
    const meta = Object.fromEntries(rules.filter((r) => used.has(r.id)).map((r) => [r.id, { severity: r.defaultSeverity, summary: r.summary, fixable: r.fixable, docsUrl: r.docsUrl }]));
    const out = findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        file: f.span.file,
        line: f.span.line,
        column: f.span.column,
        endLine: f.span.endLine,
        endColumn: f.span.endColumn,
        docsUrl: f.docsUrl,
        ...(f.fix ? { fix: { title: f.fix.title, safe: f.fix.safe } } : {}),
    }));
    return `${JSON.stringify({ tool: "serving-ci", version, summary: (0,summary/* countFindings */.G)(findings), findings: out, rules: meta }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts

const ICON = { error: "🔴 error", warning: "🟡 warning", info: "🔵 info" };
function escapeCell(s) {
    return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ").replace(/`/g, "\\`");
}
function markdown({ findings }) {
    const c = (0,summary/* countFindings */.G)(findings);
    if (findings.length === 0)
        return "**serving-ci**: no problems found ✅\n";
    const rows = findings.map((f) => `| ${ICON[f.severity]} | \`${escapeCell(`${f.span.file}:${f.span.line}:${f.span.column}`)}\` | [${f.ruleId}](${f.docsUrl}) | ${escapeCell(f.message)} |`);
    return [
        `**serving-ci**: ${(0,summary/* plural */.L)(c.errors, "error")}, ${(0,summary/* plural */.L)(c.warnings, "warning")}`,
        "",
        "| Severity | Location | Rule | Message |",
        "|---|---|---|---|",
        ...rows,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
const LEVEL = { error: "error", warning: "warning", info: "note" };
function sarif({ findings, rules, version }) {
    const descriptors = rules.map((r) => ({
        id: r.id,
        name: r.id,
        shortDescription: { text: r.summary },
        helpUri: r.docsUrl,
        help: { text: `${r.summary}. See ${r.docsUrl}` },
        defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        properties: { tags: ["databricks", "model-serving"] },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = findings.map((f) => {
        const r = {
            ruleId: f.ruleId,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.span.file), uriBaseId: "%SRCROOT%" },
                        region: { startLine: f.span.line, startColumn: f.span.column, endLine: f.span.endLine, endColumn: f.span.endColumn },
                    },
                },
            ],
            partialFingerprints: { "servingCi/v1": `${f.ruleId}:${f.span.file}:${f.messageId}:${f.message}` },
        };
        const i = index.get(f.ruleId);
        if (i !== undefined)
            r.ruleIndex = i;
        return r;
    });
    const log = {
        version: "2.1.0",
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [
            {
                tool: { driver: { name: "serving-ci", version, informationUri: "https://github.com/serving-ci/serving-ci", rules: descriptors } },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts

const paint = (on, code) => (s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
function stylish({ findings, files, color = false }) {
    if (findings.length === 0)
        return "";
    const red = paint(color, "31");
    const yellow = paint(color, "33");
    const dim = paint(color, "2");
    const bold = paint(color, "1");
    const byPath = new Map(files.map((f) => [f.path, f]));
    // A secret's range is masked in every code frame of its file, whichever finding shows the line.
    const redacted = new Map();
    for (const f of findings)
        if (f.redact)
            redacted.set(f.span.file, [...(redacted.get(f.span.file) ?? []), ...f.redact]);
    const out = [];
    for (const f of findings) {
        const sev = f.severity === "error" ? red("error") : f.severity === "warning" ? yellow("warning") : dim("info");
        out.push(`${bold(`${f.span.file}:${f.span.line}:${f.span.column}`)}: ${sev}: ${f.message} ${dim(`[${f.ruleId}]`)}`);
        const file = byPath.get(f.span.file);
        if (file && file.kind !== "notebook")
            out.push(...codeFrame(file, f, redacted.get(f.span.file), dim, f.severity === "error" ? red : yellow));
        if (f.fix)
            out.push(`  ${dim("fix:")} ${f.fix.title}${f.fix.safe ? " (--fix)" : f.fix.optIn ? ` (--${f.fix.optIn})` : ""}`);
    }
    const c = (0,summary/* countFindings */.G)(findings);
    const parts = [(0,summary/* plural */.L)(c.errors, "error"), (0,summary/* plural */.L)(c.warnings, "warning")];
    if (c.infos)
        parts.push((0,summary/* plural */.L)(c.infos, "info"));
    out.push("", `${findings.length === 1 ? "1 problem" : `${findings.length} problems`} (${parts.join(", ")})`);
    return `${out.join("\n")}\n`;
}
/** The line's text with redacted ranges (secret values) replaced by asterisks. */
function masked(file, line, redact) {
    const text = file.lines.lineText(line);
    if (!redact?.length)
        return text;
    const start = file.lines.lineStart(line);
    return text.split("").map((ch, i) => (redact.some((r) => start + i >= r.start && start + i < r.end) ? "*" : ch)).join("");
}
function codeFrame(file, f, redact, dim, mark) {
    const { line, column, endLine, endColumn } = f.span;
    if (line < 1 || line > file.lines.lineCount)
        return [];
    const text = masked(file, line, redact);
    if (text.length > 240)
        return [];
    const width = String(line).length;
    const caretEnd = endLine === line ? Math.max(endColumn, column + 1) : text.length + 1;
    const carets = "^".repeat(Math.max(1, Math.min(caretEnd, text.length + 1) - column));
    return [
        `${dim(`${String(line).padStart(width)} |`)} ${text.replace(/\t/g, " ")}`,
        `${dim(`${" ".repeat(width)} |`)} ${" ".repeat(column - 1)}${mark(carets)}`,
    ];
}

;// CONCATENATED MODULE: ./src/report/formatters.ts





const FORMATTERS = { stylish: stylish, json: json, sarif: sarif, github: github, markdown: markdown };


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countFindings),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
function countFindings(findings) {
    const c = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
        if (f.severity === "error")
            c.errors++;
        else if (f.severity === "warning")
            c.warnings++;
        else
            c.infos++;
    }
    return c;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8898:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { valid, clean, explain, parse } = __nccwpck_require__(4818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __nccwpck_require__(2124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __nccwpck_require__(790);

const { major, minor, patch, inc } = __nccwpck_require__(8940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 2124:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { parse } = __nccwpck_require__(4818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 8940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { explain, parse, stringify } = __nccwpck_require__(4818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __nccwpck_require__(4818);

const Operator = __nccwpck_require__(2124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 4818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 1406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   Lk: () => (/* binding */ validateServingFile),
/* harmony export */   SL: () => (/* binding */ validateBundleEndpoint)
/* harmony export */ });
// Generated by scripts/gen-validator.mjs; do not edit.
const validateServingFile = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://serving-ci.dev/schema/serving.schema.json","title":"serving-ci serving.yaml (version 1)","description":"One Databricks Model Serving endpoint, the model behind it, and how to deploy it.","type":"object","properties":{"version":{"const":1,"description":"Schema version; 1"},"endpoint":{"$ref":"#/definitions/endpoint"},"model":{"$ref":"#/definitions/model"},"deploy":{"$ref":"#/definitions/deploy"}},"required":["version","endpoint"],"additionalProperties":false,"definitions":{"tag":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]},"environmentVars":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."},"externalModel":{"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."},"servedEntity":{"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"servedModel":{"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."},"route":{"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]},"trafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false},"autoCaptureConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false},"aiGateway":{"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false},"legacyRateLimit":{"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]},"emailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"endpoint":{"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API's field names (create request plus its config)."},"resources":{"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."},"model":{"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow's log_model receives."},"deploy":{"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\s*(\\d+\\s*[hms]\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false},"permission":{"type":"object","properties":{"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]},"bundleEndpoint":{"type":"object","properties":{"name":{"type":"string"},"config":{"type":"object","properties":{"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"}},"additionalProperties":false},"permissions":{"type":"array","items":{"$ref":"#/definitions/permission"}},"lifecycle":{"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"}},"additionalProperties":false,"required":["name"],"description":"resources.model_serving_endpoints.<key> of a Databricks Asset Bundle"}}};const schema27 = {"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\s*(\\d+\\s*[hms]\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false};const schema12 = {"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API's field names (create request plus its config)."};const schema20 = {"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false};const schema21 = {"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false};const schema22 = {"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};const schema23 = {"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]};const schema24 = {"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]};const func2 = Object.prototype.hasOwnProperty;const schema13 = {"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false};const schema14 = {"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."};const schema15 = {"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema13.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.entity_name !== undefined){if(typeof data.entity_name !== "string"){const err2 = {instancePath:instancePath+"/entity_name",schemaPath:"#/properties/entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.entity_version !== undefined){let data2 = data.entity_version;if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){const err3 = {instancePath:instancePath+"/entity_version",schemaPath:"#/properties/entity_version/type",keyword:"type",params:{type: schema13.properties.entity_version.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.external_model !== undefined){let data3 = data.external_model;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.provider === undefined){const err4 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3.name === undefined){const err5 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data3.task === undefined){const err6 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data3){if(!(func2.call(schema14.properties, key1))){const err7 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.provider !== undefined){let data4 = data3.provider;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/external_model/provider",schemaPath:"#/definitions/externalModel/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((((((data4 === "ai21labs") || (data4 === "anthropic")) || (data4 === "amazon-bedrock")) || (data4 === "cohere")) || (data4 === "custom")) || (data4 === "databricks-model-serving")) || (data4 === "google-cloud-vertex-ai")) || (data4 === "openai")) || (data4 === "palm"))){const err9 = {instancePath:instancePath+"/external_model/provider",schemaPath:"#/definitions/externalModel/properties/provider/enum",keyword:"enum",params:{allowedValues: schema14.properties.provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.name !== undefined){if(typeof data3.name !== "string"){const err10 = {instancePath:instancePath+"/external_model/name",schemaPath:"#/definitions/externalModel/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.task !== undefined){if(typeof data3.task !== "string"){const err11 = {instancePath:instancePath+"/external_model/task",schemaPath:"#/definitions/externalModel/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.openai_config !== undefined){let data7 = data3.openai_config;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!(func2.call(schema14.properties.openai_config.properties, key2))){const err12 = {instancePath:instancePath+"/external_model/openai_config",schemaPath:"#/definitions/externalModel/properties/openai_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data7.openai_api_key !== undefined){if(typeof data7.openai_api_key !== "string"){const err13 = {instancePath:instancePath+"/external_model/openai_config/openai_api_key",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.openai_api_key_plaintext !== undefined){if(typeof data7.openai_api_key_plaintext !== "string"){const err14 = {instancePath:instancePath+"/external_model/openai_config/openai_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.microsoft_entra_client_secret !== undefined){if(typeof data7.microsoft_entra_client_secret !== "string"){const err15 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_secret",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.microsoft_entra_client_secret_plaintext !== undefined){if(typeof data7.microsoft_entra_client_secret_plaintext !== "string"){const err16 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_secret_plaintext",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_secret_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.openai_api_base !== undefined){if(typeof data7.openai_api_base !== "string"){const err17 = {instancePath:instancePath+"/external_model/openai_config/openai_api_base",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data7.openai_api_type !== undefined){if(typeof data7.openai_api_type !== "string"){const err18 = {instancePath:instancePath+"/external_model/openai_config/openai_api_type",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.openai_api_version !== undefined){if(typeof data7.openai_api_version !== "string"){const err19 = {instancePath:instancePath+"/external_model/openai_config/openai_api_version",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.openai_deployment_name !== undefined){if(typeof data7.openai_deployment_name !== "string"){const err20 = {instancePath:instancePath+"/external_model/openai_config/openai_deployment_name",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_deployment_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.openai_organization !== undefined){if(typeof data7.openai_organization !== "string"){const err21 = {instancePath:instancePath+"/external_model/openai_config/openai_organization",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_organization/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.microsoft_entra_client_id !== undefined){if(typeof data7.microsoft_entra_client_id !== "string"){const err22 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_id",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.microsoft_entra_tenant_id !== undefined){if(typeof data7.microsoft_entra_tenant_id !== "string"){const err23 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_tenant_id",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/external_model/openai_config",schemaPath:"#/definitions/externalModel/properties/openai_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data3.anthropic_config !== undefined){let data19 = data3.anthropic_config;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key3 in data19){if(!((key3 === "anthropic_api_key") || (key3 === "anthropic_api_key_plaintext"))){const err25 = {instancePath:instancePath+"/external_model/anthropic_config",schemaPath:"#/definitions/externalModel/properties/anthropic_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19.anthropic_api_key !== undefined){if(typeof data19.anthropic_api_key !== "string"){const err26 = {instancePath:instancePath+"/external_model/anthropic_config/anthropic_api_key",schemaPath:"#/definitions/externalModel/properties/anthropic_config/properties/anthropic_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19.anthropic_api_key_plaintext !== undefined){if(typeof data19.anthropic_api_key_plaintext !== "string"){const err27 = {instancePath:instancePath+"/external_model/anthropic_config/anthropic_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/anthropic_config/properties/anthropic_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/external_model/anthropic_config",schemaPath:"#/definitions/externalModel/properties/anthropic_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data3.amazon_bedrock_config !== undefined){let data22 = data3.amazon_bedrock_config;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key4 in data22){if(!(((((((key4 === "aws_access_key_id") || (key4 === "aws_access_key_id_plaintext")) || (key4 === "aws_secret_access_key")) || (key4 === "aws_secret_access_key_plaintext")) || (key4 === "aws_region")) || (key4 === "bedrock_provider")) || (key4 === "instance_profile_arn"))){const err29 = {instancePath:instancePath+"/external_model/amazon_bedrock_config",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data22.aws_access_key_id !== undefined){if(typeof data22.aws_access_key_id !== "string"){const err30 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_access_key_id",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_access_key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data22.aws_access_key_id_plaintext !== undefined){if(typeof data22.aws_access_key_id_plaintext !== "string"){const err31 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_access_key_id_plaintext",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_access_key_id_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data22.aws_secret_access_key !== undefined){if(typeof data22.aws_secret_access_key !== "string"){const err32 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_secret_access_key",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_secret_access_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data22.aws_secret_access_key_plaintext !== undefined){if(typeof data22.aws_secret_access_key_plaintext !== "string"){const err33 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_secret_access_key_plaintext",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_secret_access_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data22.aws_region !== undefined){if(typeof data22.aws_region !== "string"){const err34 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_region",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data22.bedrock_provider !== undefined){let data28 = data22.bedrock_provider;if(typeof data28 !== "string"){const err35 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/bedrock_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(!((((data28 === "anthropic") || (data28 === "cohere")) || (data28 === "ai21labs")) || (data28 === "amazon"))){const err36 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/bedrock_provider/enum",keyword:"enum",params:{allowedValues: schema14.properties.amazon_bedrock_config.properties.bedrock_provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data22.instance_profile_arn !== undefined){if(typeof data22.instance_profile_arn !== "string"){const err37 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/instance_profile_arn",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/external_model/amazon_bedrock_config",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data3.cohere_config !== undefined){let data30 = data3.cohere_config;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key5 in data30){if(!(((key5 === "cohere_api_key") || (key5 === "cohere_api_key_plaintext")) || (key5 === "cohere_api_base"))){const err39 = {instancePath:instancePath+"/external_model/cohere_config",schemaPath:"#/definitions/externalModel/properties/cohere_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data30.cohere_api_key !== undefined){if(typeof data30.cohere_api_key !== "string"){const err40 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_key",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data30.cohere_api_key_plaintext !== undefined){if(typeof data30.cohere_api_key_plaintext !== "string"){const err41 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.cohere_api_base !== undefined){if(typeof data30.cohere_api_base !== "string"){const err42 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_base",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/external_model/cohere_config",schemaPath:"#/definitions/externalModel/properties/cohere_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data3.databricks_model_serving_config !== undefined){let data34 = data3.databricks_model_serving_config;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key6 in data34){if(!(((key6 === "databricks_api_token") || (key6 === "databricks_api_token_plaintext")) || (key6 === "databricks_workspace_url"))){const err44 = {instancePath:instancePath+"/external_model/databricks_model_serving_config",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data34.databricks_api_token !== undefined){if(typeof data34.databricks_api_token !== "string"){const err45 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_api_token",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_api_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data34.databricks_api_token_plaintext !== undefined){if(typeof data34.databricks_api_token_plaintext !== "string"){const err46 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_api_token_plaintext",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_api_token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data34.databricks_workspace_url !== undefined){if(typeof data34.databricks_workspace_url !== "string"){const err47 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_workspace_url",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_workspace_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/external_model/databricks_model_serving_config",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data3.google_cloud_vertex_ai_config !== undefined){let data38 = data3.google_cloud_vertex_ai_config;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key7 in data38){if(!((((key7 === "private_key") || (key7 === "private_key_plaintext")) || (key7 === "project_id")) || (key7 === "region"))){const err49 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data38.private_key !== undefined){if(typeof data38.private_key !== "string"){const err50 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/private_key",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/private_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data38.private_key_plaintext !== undefined){if(typeof data38.private_key_plaintext !== "string"){const err51 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/private_key_plaintext",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/private_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data38.project_id !== undefined){if(typeof data38.project_id !== "string"){const err52 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/project_id",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data38.region !== undefined){if(typeof data38.region !== "string"){const err53 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/region",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data3.ai21labs_config !== undefined){let data43 = data3.ai21labs_config;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){for(const key8 in data43){if(!((key8 === "ai21labs_api_key") || (key8 === "ai21labs_api_key_plaintext"))){const err55 = {instancePath:instancePath+"/external_model/ai21labs_config",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data43.ai21labs_api_key !== undefined){if(typeof data43.ai21labs_api_key !== "string"){const err56 = {instancePath:instancePath+"/external_model/ai21labs_config/ai21labs_api_key",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/properties/ai21labs_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data43.ai21labs_api_key_plaintext !== undefined){if(typeof data43.ai21labs_api_key_plaintext !== "string"){const err57 = {instancePath:instancePath+"/external_model/ai21labs_config/ai21labs_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/properties/ai21labs_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/external_model/ai21labs_config",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data3.palm_config !== undefined){let data46 = data3.palm_config;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key9 in data46){if(!((key9 === "palm_api_key") || (key9 === "palm_api_key_plaintext"))){const err59 = {instancePath:instancePath+"/external_model/palm_config",schemaPath:"#/definitions/externalModel/properties/palm_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data46.palm_api_key !== undefined){if(typeof data46.palm_api_key !== "string"){const err60 = {instancePath:instancePath+"/external_model/palm_config/palm_api_key",schemaPath:"#/definitions/externalModel/properties/palm_config/properties/palm_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data46.palm_api_key_plaintext !== undefined){if(typeof data46.palm_api_key_plaintext !== "string"){const err61 = {instancePath:instancePath+"/external_model/palm_config/palm_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/palm_config/properties/palm_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/external_model/palm_config",schemaPath:"#/definitions/externalModel/properties/palm_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data3.custom_provider_config !== undefined){let data49 = data3.custom_provider_config;if(data49 && typeof data49 == "object" && !Array.isArray(data49)){for(const key10 in data49){if(!(((key10 === "custom_provider_url") || (key10 === "api_key_auth")) || (key10 === "bearer_token_auth"))){const err63 = {instancePath:instancePath+"/external_model/custom_provider_config",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data49.custom_provider_url !== undefined){if(typeof data49.custom_provider_url !== "string"){const err64 = {instancePath:instancePath+"/external_model/custom_provider_config/custom_provider_url",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/custom_provider_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data49.api_key_auth !== undefined){let data51 = data49.api_key_auth;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.key === undefined){const err65 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key11 in data51){if(!(((key11 === "key") || (key11 === "value")) || (key11 === "value_plaintext"))){const err66 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data51.key !== undefined){if(typeof data51.key !== "string"){const err67 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/key",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data51.value !== undefined){if(typeof data51.value !== "string"){const err68 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/value",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data51.value_plaintext !== undefined){if(typeof data51.value_plaintext !== "string"){const err69 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/value_plaintext",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/value_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data49.bearer_token_auth !== undefined){let data55 = data49.bearer_token_auth;if(data55 && typeof data55 == "object" && !Array.isArray(data55)){for(const key12 in data55){if(!((key12 === "token") || (key12 === "token_plaintext"))){const err71 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data55.token !== undefined){if(typeof data55.token !== "string"){const err72 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth/token",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data55.token_plaintext !== undefined){if(typeof data55.token_plaintext !== "string"){const err73 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth/token_plaintext",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/properties/token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/external_model/custom_provider_config",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.workload_size !== undefined){if(typeof data.workload_size !== "string"){const err77 = {instancePath:instancePath+"/workload_size",schemaPath:"#/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.workload_type !== undefined){let data59 = data.workload_type;if(typeof data59 !== "string"){const err78 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!(((((((((data59 === "CPU") || (data59 === "CPU_MEDIUM")) || (data59 === "CPU_LARGE")) || (data59 === "GPU_SMALL")) || (data59 === "GPU_MEDIUM")) || (data59 === "GPU_LARGE")) || (data59 === "GPU_XLARGE")) || (data59 === "GPU_XLARGE_8")) || (data59 === "MULTIGPU_MEDIUM"))){const err79 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema13.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.scale_to_zero_enabled !== undefined){if(typeof data.scale_to_zero_enabled !== "boolean"){const err80 = {instancePath:instancePath+"/scale_to_zero_enabled",schemaPath:"#/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.min_provisioned_concurrency !== undefined){let data61 = data.min_provisioned_concurrency;if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){const err81 = {instancePath:instancePath+"/min_provisioned_concurrency",schemaPath:"#/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.max_provisioned_concurrency !== undefined){let data62 = data.max_provisioned_concurrency;if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){const err82 = {instancePath:instancePath+"/max_provisioned_concurrency",schemaPath:"#/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.min_provisioned_throughput !== undefined){let data63 = data.min_provisioned_throughput;if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){const err83 = {instancePath:instancePath+"/min_provisioned_throughput",schemaPath:"#/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data.max_provisioned_throughput !== undefined){let data64 = data.max_provisioned_throughput;if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){const err84 = {instancePath:instancePath+"/max_provisioned_throughput",schemaPath:"#/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.provisioned_model_units !== undefined){let data65 = data.provisioned_model_units;if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){const err85 = {instancePath:instancePath+"/provisioned_model_units",schemaPath:"#/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data.burst_scaling_enabled !== undefined){if(typeof data.burst_scaling_enabled !== "boolean"){const err86 = {instancePath:instancePath+"/burst_scaling_enabled",schemaPath:"#/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.environment_vars !== undefined){let data67 = data.environment_vars;if(data67 && typeof data67 == "object" && !Array.isArray(data67)){for(const key13 in data67){let data68 = data67[key13];if(((typeof data68 !== "string") && (!((typeof data68 == "number") && (isFinite(data68))))) && (typeof data68 !== "boolean")){const err87 = {instancePath:instancePath+"/environment_vars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentVars/additionalProperties/type",keyword:"type",params:{type: schema15.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/environment_vars",schemaPath:"#/definitions/environmentVars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data.instance_profile_arn !== undefined){if(typeof data.instance_profile_arn !== "string"){const err89 = {instancePath:instancePath+"/instance_profile_arn",schemaPath:"#/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema16 = {"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.model_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_name"},message:"must have required property '"+"model_name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.model_version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.scale_to_zero_enabled === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scale_to_zero_enabled"},message:"must have required property '"+"scale_to_zero_enabled"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema16.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.model_name !== undefined){if(typeof data.model_name !== "string"){const err5 = {instancePath:instancePath+"/model_name",schemaPath:"#/properties/model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.model_version !== undefined){let data2 = data.model_version;if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){const err6 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/type",keyword:"type",params:{type: schema16.properties.model_version.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.workload_size !== undefined){if(typeof data.workload_size !== "string"){const err7 = {instancePath:instancePath+"/workload_size",schemaPath:"#/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.workload_type !== undefined){let data4 = data.workload_type;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((((((data4 === "CPU") || (data4 === "CPU_MEDIUM")) || (data4 === "CPU_LARGE")) || (data4 === "GPU_SMALL")) || (data4 === "GPU_MEDIUM")) || (data4 === "GPU_LARGE")) || (data4 === "GPU_XLARGE")) || (data4 === "GPU_XLARGE_8")) || (data4 === "MULTIGPU_MEDIUM"))){const err9 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema16.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.scale_to_zero_enabled !== undefined){if(typeof data.scale_to_zero_enabled !== "boolean"){const err10 = {instancePath:instancePath+"/scale_to_zero_enabled",schemaPath:"#/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.min_provisioned_concurrency !== undefined){let data6 = data.min_provisioned_concurrency;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err11 = {instancePath:instancePath+"/min_provisioned_concurrency",schemaPath:"#/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.max_provisioned_concurrency !== undefined){let data7 = data.max_provisioned_concurrency;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err12 = {instancePath:instancePath+"/max_provisioned_concurrency",schemaPath:"#/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.min_provisioned_throughput !== undefined){let data8 = data.min_provisioned_throughput;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err13 = {instancePath:instancePath+"/min_provisioned_throughput",schemaPath:"#/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.max_provisioned_throughput !== undefined){let data9 = data.max_provisioned_throughput;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/max_provisioned_throughput",schemaPath:"#/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.provisioned_model_units !== undefined){let data10 = data.provisioned_model_units;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err15 = {instancePath:instancePath+"/provisioned_model_units",schemaPath:"#/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.burst_scaling_enabled !== undefined){if(typeof data.burst_scaling_enabled !== "boolean"){const err16 = {instancePath:instancePath+"/burst_scaling_enabled",schemaPath:"#/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.environment_vars !== undefined){let data12 = data.environment_vars;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key1 in data12){let data13 = data12[key1];if(((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))) && (typeof data13 !== "boolean")){const err17 = {instancePath:instancePath+"/environment_vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentVars/additionalProperties/type",keyword:"type",params:{type: schema15.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/environment_vars",schemaPath:"#/definitions/environmentVars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.instance_profile_arn !== undefined){if(typeof data.instance_profile_arn !== "string"){const err19 = {instancePath:instancePath+"/instance_profile_arn",schemaPath:"#/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema18 = {"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false};const schema19 = {"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "routes")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.routes !== undefined){let data0 = data.routes;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.traffic_percentage === undefined){const err1 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "traffic_percentage"},message:"must have required property '"+"traffic_percentage"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data1){if(!(((key1 === "served_entity_name") || (key1 === "served_model_name")) || (key1 === "traffic_percentage"))){const err2 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.served_entity_name !== undefined){if(typeof data1.served_entity_name !== "string"){const err3 = {instancePath:instancePath+"/routes/" + i0+"/served_entity_name",schemaPath:"#/definitions/route/properties/served_entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.served_model_name !== undefined){if(typeof data1.served_model_name !== "string"){const err4 = {instancePath:instancePath+"/routes/" + i0+"/served_model_name",schemaPath:"#/definitions/route/properties/served_model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.traffic_percentage !== undefined){let data4 = data1.traffic_percentage;if(!((typeof data4 == "number") && (isFinite(data4)))){const err5 = {instancePath:instancePath+"/routes/" + i0+"/traffic_percentage",schemaPath:"#/definitions/route/properties/traffic_percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate16.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.served_entities !== undefined){let data1 = data.served_entities;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(!(validate12(data1[i0], {instancePath:instancePath+"/served_entities/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/served_entities",schemaPath:"#/properties/served_entities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.served_models !== undefined){let data3 = data.served_models;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){if(!(validate14(data3[i1], {instancePath:instancePath+"/served_models/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/served_models",schemaPath:"#/properties/served_models/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.traffic_config !== undefined){if(!(validate16(data.traffic_config, {instancePath:instancePath+"/traffic_config",parentData:data,parentDataProperty:"traffic_config",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.auto_capture_config !== undefined){let data6 = data.auto_capture_config;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!((((key1 === "catalog_name") || (key1 === "schema_name")) || (key1 === "table_name_prefix")) || (key1 === "enabled"))){const err5 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data6.catalog_name !== undefined){if(typeof data6.catalog_name !== "string"){const err6 = {instancePath:instancePath+"/auto_capture_config/catalog_name",schemaPath:"#/definitions/autoCaptureConfig/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data6.schema_name !== undefined){if(typeof data6.schema_name !== "string"){const err7 = {instancePath:instancePath+"/auto_capture_config/schema_name",schemaPath:"#/definitions/autoCaptureConfig/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data6.table_name_prefix !== undefined){if(typeof data6.table_name_prefix !== "string"){const err8 = {instancePath:instancePath+"/auto_capture_config/table_name_prefix",schemaPath:"#/definitions/autoCaptureConfig/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data6.enabled !== undefined){if(typeof data6.enabled !== "boolean"){const err9 = {instancePath:instancePath+"/auto_capture_config/enabled",schemaPath:"#/definitions/autoCaptureConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ai_gateway !== undefined){let data11 = data.ai_gateway;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(!(((((key2 === "usage_tracking_config") || (key2 === "inference_table_config")) || (key2 === "rate_limits")) || (key2 === "guardrails")) || (key2 === "fallback_config"))){const err11 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data11.usage_tracking_config !== undefined){let data12 = data11.usage_tracking_config;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!(key3 === "enabled")){const err12 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data12.enabled !== undefined){if(typeof data12.enabled !== "boolean"){const err13 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config/enabled",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data11.inference_table_config !== undefined){let data14 = data11.inference_table_config;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key4 in data14){if(!((((key4 === "enabled") || (key4 === "catalog_name")) || (key4 === "schema_name")) || (key4 === "table_name_prefix"))){const err15 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data14.enabled !== undefined){if(typeof data14.enabled !== "boolean"){const err16 = {instancePath:instancePath+"/ai_gateway/inference_table_config/enabled",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data14.catalog_name !== undefined){if(typeof data14.catalog_name !== "string"){const err17 = {instancePath:instancePath+"/ai_gateway/inference_table_config/catalog_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data14.schema_name !== undefined){if(typeof data14.schema_name !== "string"){const err18 = {instancePath:instancePath+"/ai_gateway/inference_table_config/schema_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data14.table_name_prefix !== undefined){if(typeof data14.table_name_prefix !== "string"){const err19 = {instancePath:instancePath+"/ai_gateway/inference_table_config/table_name_prefix",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11.rate_limits !== undefined){let data19 = data11.rate_limits;if(Array.isArray(data19)){const len2 = data19.length;for(let i2=0; i2<len2; i2++){let data20 = data19[i2];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.renewal_period === undefined){const err21 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key5 in data20){if(!(((((key5 === "renewal_period") || (key5 === "calls")) || (key5 === "tokens")) || (key5 === "key")) || (key5 === "principal"))){const err22 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data20.renewal_period !== undefined){let data21 = data20.renewal_period;if(typeof data21 !== "string"){const err23 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(!(data21 === "minute")){const err24 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data20.calls !== undefined){let data22 = data20.calls;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err25 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/calls",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data20.tokens !== undefined){let data23 = data20.tokens;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err26 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/tokens",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data20.key !== undefined){let data24 = data20.key;if(typeof data24 !== "string"){const err27 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!((((data24 === "endpoint") || (data24 === "user")) || (data24 === "user_group")) || (data24 === "service_principal"))){const err28 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data20.principal !== undefined){if(typeof data20.principal !== "string"){const err29 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/principal",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/ai_gateway/rate_limits",schemaPath:"#/definitions/aiGateway/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data11.guardrails !== undefined){let data26 = data11.guardrails;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key6 in data26){if(!((key6 === "input") || (key6 === "output"))){const err32 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data26.input !== undefined){let data27 = data26.input;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key7 in data27){if(!((((key7 === "safety") || (key7 === "pii")) || (key7 === "invalid_keywords")) || (key7 === "valid_topics"))){const err33 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data27.safety !== undefined){if(typeof data27.safety !== "boolean"){const err34 = {instancePath:instancePath+"/ai_gateway/guardrails/input/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data27.pii !== undefined){let data29 = data27.pii;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key8 in data29){if(!(key8 === "behavior")){const err35 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data29.behavior !== undefined){let data30 = data29.behavior;if(typeof data30 !== "string"){const err36 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!(((data30 === "BLOCK") || (data30 === "MASK")) || (data30 === "NONE"))){const err37 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.input.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data27.invalid_keywords !== undefined){let data31 = data27.invalid_keywords;if(Array.isArray(data31)){const len3 = data31.length;for(let i3=0; i3<len3; i3++){if(typeof data31[i3] !== "string"){const err39 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords/" + i3,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data27.valid_topics !== undefined){let data33 = data27.valid_topics;if(Array.isArray(data33)){const len4 = data33.length;for(let i4=0; i4<len4; i4++){if(typeof data33[i4] !== "string"){const err41 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics/" + i4,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data26.output !== undefined){let data35 = data26.output;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key9 in data35){if(!((((key9 === "safety") || (key9 === "pii")) || (key9 === "invalid_keywords")) || (key9 === "valid_topics"))){const err44 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data35.safety !== undefined){if(typeof data35.safety !== "boolean"){const err45 = {instancePath:instancePath+"/ai_gateway/guardrails/output/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data35.pii !== undefined){let data37 = data35.pii;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key10 in data37){if(!(key10 === "behavior")){const err46 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data37.behavior !== undefined){let data38 = data37.behavior;if(typeof data38 !== "string"){const err47 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!(((data38 === "BLOCK") || (data38 === "MASK")) || (data38 === "NONE"))){const err48 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.output.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data35.invalid_keywords !== undefined){let data39 = data35.invalid_keywords;if(Array.isArray(data39)){const len5 = data39.length;for(let i5=0; i5<len5; i5++){if(typeof data39[i5] !== "string"){const err50 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords/" + i5,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data35.valid_topics !== undefined){let data41 = data35.valid_topics;if(Array.isArray(data41)){const len6 = data41.length;for(let i6=0; i6<len6; i6++){if(typeof data41[i6] !== "string"){const err52 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics/" + i6,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data11.fallback_config !== undefined){let data43 = data11.fallback_config;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.enabled === undefined){const err56 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key11 in data43){if(!(key11 === "enabled")){const err57 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data43.enabled !== undefined){if(typeof data43.enabled !== "boolean"){const err58 = {instancePath:instancePath+"/ai_gateway/fallback_config/enabled",schemaPath:"#/definitions/aiGateway/properties/fallback_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.budget_policy_id !== undefined){if(typeof data.budget_policy_id !== "string"){const err61 = {instancePath:instancePath+"/budget_policy_id",schemaPath:"#/properties/budget_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err62 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.email_notifications !== undefined){let data47 = data.email_notifications;if(data47 && typeof data47 == "object" && !Array.isArray(data47)){for(const key12 in data47){if(!((key12 === "on_update_failure") || (key12 === "on_update_success"))){const err63 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data47.on_update_failure !== undefined){let data48 = data47.on_update_failure;if(Array.isArray(data48)){const len7 = data48.length;for(let i7=0; i7<len7; i7++){if(typeof data48[i7] !== "string"){const err64 = {instancePath:instancePath+"/email_notifications/on_update_failure/" + i7,schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/email_notifications/on_update_failure",schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data47.on_update_success !== undefined){let data50 = data47.on_update_success;if(Array.isArray(data50)){const len8 = data50.length;for(let i8=0; i8<len8; i8++){if(typeof data50[i8] !== "string"){const err66 = {instancePath:instancePath+"/email_notifications/on_update_success/" + i8,schemaPath:"#/definitions/emailNotifications/properties/on_update_success/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/email_notifications/on_update_success",schemaPath:"#/definitions/emailNotifications/properties/on_update_success/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.rate_limits !== undefined){let data52 = data.rate_limits;if(Array.isArray(data52)){const len9 = data52.length;for(let i9=0; i9<len9; i9++){let data53 = data52[i9];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.calls === undefined){const err69 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data53.renewal_period === undefined){const err70 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key13 in data53){if(!(((key13 === "calls") || (key13 === "renewal_period")) || (key13 === "key"))){const err71 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data53.calls !== undefined){let data54 = data53.calls;if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){const err72 = {instancePath:instancePath+"/rate_limits/" + i9+"/calls",schemaPath:"#/definitions/legacyRateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data53.renewal_period !== undefined){let data55 = data53.renewal_period;if(typeof data55 !== "string"){const err73 = {instancePath:instancePath+"/rate_limits/" + i9+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(!(data55 === "minute")){const err74 = {instancePath:instancePath+"/rate_limits/" + i9+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema23.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data53.key !== undefined){let data56 = data53.key;if(typeof data56 !== "string"){const err75 = {instancePath:instancePath+"/rate_limits/" + i9+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(!((data56 === "user") || (data56 === "endpoint"))){const err76 = {instancePath:instancePath+"/rate_limits/" + i9+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema23.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.route_optimized !== undefined){if(typeof data.route_optimized !== "boolean"){const err79 = {instancePath:instancePath+"/route_optimized",schemaPath:"#/properties/route_optimized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.tags !== undefined){let data58 = data.tags;if(Array.isArray(data58)){const len10 = data58.length;for(let i10=0; i10<len10; i10++){let data59 = data58[i10];if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.key === undefined){const err80 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}for(const key14 in data59){if(!((key14 === "key") || (key14 === "value"))){const err81 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data59.key !== undefined){if(typeof data59.key !== "string"){const err82 = {instancePath:instancePath+"/tags/" + i10+"/key",schemaPath:"#/definitions/tag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data59.value !== undefined){if(typeof data59.value !== "string"){const err83 = {instancePath:instancePath+"/tags/" + i10+"/value",schemaPath:"#/definitions/tag/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data.telemetry_config !== undefined){let data62 = data.telemetry_config;if(!(data62 && typeof data62 == "object" && !Array.isArray(data62))){const err86 = {instancePath:instancePath+"/telemetry_config",schemaPath:"#/properties/telemetry_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.uc_system_metrics_export_state !== undefined){let data63 = data.uc_system_metrics_export_state;if(typeof data63 !== "string"){const err87 = {instancePath:instancePath+"/uc_system_metrics_export_state",schemaPath:"#/properties/uc_system_metrics_export_state/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(!((data63 === "FIRST_PARTY_EXPORT_ENABLED") || (data63 === "FIRST_PARTY_EXPORT_DISABLED"))){const err88 = {instancePath:instancePath+"/uc_system_metrics_export_state",schemaPath:"#/properties/uc_system_metrics_export_state/enum",keyword:"enum",params:{allowedValues: schema12.properties.uc_system_metrics_export_state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema25 = {"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow's log_model receives."};const schema26 = {"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "code") || (key0 === "pip_requirements")) || (key0 === "resources")) || (key0 === "input_example"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.code !== undefined){let data0 = data.code;const _errs3 = errors;let valid1 = false;let passing0 = null;const _errs4 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs4 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs6 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err2 = {instancePath:instancePath+"/code/" + i0,schemaPath:"#/properties/code/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}if(data.pip_requirements !== undefined){let data2 = data.pip_requirements;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){if(typeof data2[i1] !== "string"){const err5 = {instancePath:instancePath+"/pip_requirements/" + i1,schemaPath:"#/properties/pip_requirements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/pip_requirements",schemaPath:"#/properties/pip_requirements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.resources !== undefined){let data4 = data.resources;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(func2.call(schema26.properties, key1))){const err7 = {instancePath:instancePath+"/resources",schemaPath:"#/definitions/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.serving_endpoints !== undefined){let data5 = data4.serving_endpoints;if(Array.isArray(data5)){const len2 = data5.length;for(let i2=0; i2<len2; i2++){if(typeof data5[i2] !== "string"){const err8 = {instancePath:instancePath+"/resources/serving_endpoints/" + i2,schemaPath:"#/definitions/resources/properties/serving_endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/resources/serving_endpoints",schemaPath:"#/definitions/resources/properties/serving_endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.vector_search_indexes !== undefined){let data7 = data4.vector_search_indexes;if(Array.isArray(data7)){const len3 = data7.length;for(let i3=0; i3<len3; i3++){if(typeof data7[i3] !== "string"){const err10 = {instancePath:instancePath+"/resources/vector_search_indexes/" + i3,schemaPath:"#/definitions/resources/properties/vector_search_indexes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/resources/vector_search_indexes",schemaPath:"#/definitions/resources/properties/vector_search_indexes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.functions !== undefined){let data9 = data4.functions;if(Array.isArray(data9)){const len4 = data9.length;for(let i4=0; i4<len4; i4++){if(typeof data9[i4] !== "string"){const err12 = {instancePath:instancePath+"/resources/functions/" + i4,schemaPath:"#/definitions/resources/properties/functions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/resources/functions",schemaPath:"#/definitions/resources/properties/functions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.genie_spaces !== undefined){let data11 = data4.genie_spaces;if(Array.isArray(data11)){const len5 = data11.length;for(let i5=0; i5<len5; i5++){if(typeof data11[i5] !== "string"){const err14 = {instancePath:instancePath+"/resources/genie_spaces/" + i5,schemaPath:"#/definitions/resources/properties/genie_spaces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/resources/genie_spaces",schemaPath:"#/definitions/resources/properties/genie_spaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.sql_warehouses !== undefined){let data13 = data4.sql_warehouses;if(Array.isArray(data13)){const len6 = data13.length;for(let i6=0; i6<len6; i6++){if(typeof data13[i6] !== "string"){const err16 = {instancePath:instancePath+"/resources/sql_warehouses/" + i6,schemaPath:"#/definitions/resources/properties/sql_warehouses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/resources/sql_warehouses",schemaPath:"#/definitions/resources/properties/sql_warehouses/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data4.tables !== undefined){let data15 = data4.tables;if(Array.isArray(data15)){const len7 = data15.length;for(let i7=0; i7<len7; i7++){if(typeof data15[i7] !== "string"){const err18 = {instancePath:instancePath+"/resources/tables/" + i7,schemaPath:"#/definitions/resources/properties/tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/resources/tables",schemaPath:"#/definitions/resources/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4.uc_connections !== undefined){let data17 = data4.uc_connections;if(Array.isArray(data17)){const len8 = data17.length;for(let i8=0; i8<len8; i8++){if(typeof data17[i8] !== "string"){const err20 = {instancePath:instancePath+"/resources/uc_connections/" + i8,schemaPath:"#/definitions/resources/properties/uc_connections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/resources/uc_connections",schemaPath:"#/definitions/resources/properties/uc_connections/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4.apps !== undefined){let data19 = data4.apps;if(Array.isArray(data19)){const len9 = data19.length;for(let i9=0; i9<len9; i9++){if(typeof data19[i9] !== "string"){const err22 = {instancePath:instancePath+"/resources/apps/" + i9,schemaPath:"#/definitions/resources/properties/apps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/resources/apps",schemaPath:"#/definitions/resources/properties/apps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data4.lakebase !== undefined){let data21 = data4.lakebase;if(Array.isArray(data21)){const len10 = data21.length;for(let i10=0; i10<len10; i10++){if(typeof data21[i10] !== "string"){const err24 = {instancePath:instancePath+"/resources/lakebase/" + i10,schemaPath:"#/definitions/resources/properties/lakebase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/resources/lakebase",schemaPath:"#/definitions/resources/properties/lakebase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/resources",schemaPath:"#/definitions/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate19.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^\\s*(\\d+\\s*[hms]\\s*)+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://serving-ci.dev/schema/serving.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.endpoint === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "endpoint")) || (key0 === "model")) || (key0 === "deploy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.endpoint !== undefined){if(!(validate11(data.endpoint, {instancePath:instancePath+"/endpoint",parentData:data,parentDataProperty:"endpoint",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.model !== undefined){if(!(validate19(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}if(data.deploy !== undefined){let data3 = data.deploy;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((((key1 === "mode") || (key1 === "job")) || (key1 === "parameters")) || (key1 === "timeout"))){const err4 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data3.mode !== undefined){let data4 = data3.mode;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/deploy/mode",schemaPath:"#/definitions/deploy/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!((data4 === "job") || (data4 === "direct"))){const err6 = {instancePath:instancePath+"/deploy/mode",schemaPath:"#/definitions/deploy/properties/mode/enum",keyword:"enum",params:{allowedValues: schema27.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.job !== undefined){let data5 = data3.job;if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){const err7 = {instancePath:instancePath+"/deploy/job",schemaPath:"#/definitions/deploy/properties/job/type",keyword:"type",params:{type: schema27.properties.job.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.parameters !== undefined){let data6 = data3.parameters;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){let data7 = data6[key2];if(((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")){const err8 = {instancePath:instancePath+"/deploy/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/deploy/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema27.properties.parameters.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/deploy/parameters",schemaPath:"#/definitions/deploy/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.timeout !== undefined){let data8 = data3.timeout;if((typeof data8 !== "string") && (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8))))){const err10 = {instancePath:instancePath+"/deploy/timeout",schemaPath:"#/definitions/deploy/properties/timeout/type",keyword:"type",params:{type: schema27.properties.timeout.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data8 === "string"){if(!pattern0.test(data8)){const err11 = {instancePath:instancePath+"/deploy/timeout",schemaPath:"#/definitions/deploy/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\d+\\s*[hms]\\s*)+$"},message:"must match pattern \""+"^\\s*(\\d+\\s*[hms]\\s*)+$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/deploy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate10.errors = vErrors;return errors === 0;}const validateBundleEndpoint = validate21;const schema28 = {"type":"object","properties":{"name":{"type":"string"},"config":{"type":"object","properties":{"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"}},"additionalProperties":false},"permissions":{"type":"array","items":{"$ref":"#/definitions/permission"}},"lifecycle":{"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"}},"additionalProperties":false,"required":["name"],"description":"resources.model_serving_endpoints.<key> of a Databricks Asset Bundle"};const schema30 = {"type":"object","properties":{"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema28.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.config !== undefined){let data1 = data.config;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "served_entities") || (key1 === "served_models")) || (key1 === "traffic_config")) || (key1 === "auto_capture_config"))){const err3 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.served_entities !== undefined){let data2 = data1.served_entities;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate12(data2[i0], {instancePath:instancePath+"/config/served_entities/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/config/served_entities",schemaPath:"#/properties/config/properties/served_entities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.served_models !== undefined){let data4 = data1.served_models;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){if(!(validate14(data4[i1], {instancePath:instancePath+"/config/served_models/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/config/served_models",schemaPath:"#/properties/config/properties/served_models/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.traffic_config !== undefined){if(!(validate16(data1.traffic_config, {instancePath:instancePath+"/config/traffic_config",parentData:data1,parentDataProperty:"traffic_config",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data1.auto_capture_config !== undefined){let data7 = data1.auto_capture_config;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!((((key2 === "catalog_name") || (key2 === "schema_name")) || (key2 === "table_name_prefix")) || (key2 === "enabled"))){const err6 = {instancePath:instancePath+"/config/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data7.catalog_name !== undefined){if(typeof data7.catalog_name !== "string"){const err7 = {instancePath:instancePath+"/config/auto_capture_config/catalog_name",schemaPath:"#/definitions/autoCaptureConfig/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data7.schema_name !== undefined){if(typeof data7.schema_name !== "string"){const err8 = {instancePath:instancePath+"/config/auto_capture_config/schema_name",schemaPath:"#/definitions/autoCaptureConfig/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.table_name_prefix !== undefined){if(typeof data7.table_name_prefix !== "string"){const err9 = {instancePath:instancePath+"/config/auto_capture_config/table_name_prefix",schemaPath:"#/definitions/autoCaptureConfig/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.enabled !== undefined){if(typeof data7.enabled !== "boolean"){const err10 = {instancePath:instancePath+"/config/auto_capture_config/enabled",schemaPath:"#/definitions/autoCaptureConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/config/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.permissions !== undefined){let data12 = data.permissions;if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.level === undefined){const err13 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/permission/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key3 in data13){if(!((((key3 === "level") || (key3 === "user_name")) || (key3 === "group_name")) || (key3 === "service_principal_name"))){const err14 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/permission/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data13.level !== undefined){let data14 = data13.level;if(typeof data14 !== "string"){const err15 = {instancePath:instancePath+"/permissions/" + i2+"/level",schemaPath:"#/definitions/permission/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!(((data14 === "CAN_MANAGE") || (data14 === "CAN_QUERY")) || (data14 === "CAN_VIEW"))){const err16 = {instancePath:instancePath+"/permissions/" + i2+"/level",schemaPath:"#/definitions/permission/properties/level/enum",keyword:"enum",params:{allowedValues: schema30.properties.level.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data13.user_name !== undefined){if(typeof data13.user_name !== "string"){const err17 = {instancePath:instancePath+"/permissions/" + i2+"/user_name",schemaPath:"#/definitions/permission/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data13.group_name !== undefined){if(typeof data13.group_name !== "string"){const err18 = {instancePath:instancePath+"/permissions/" + i2+"/group_name",schemaPath:"#/definitions/permission/properties/group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data13.service_principal_name !== undefined){if(typeof data13.service_principal_name !== "string"){const err19 = {instancePath:instancePath+"/permissions/" + i2+"/service_principal_name",schemaPath:"#/definitions/permission/properties/service_principal_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.lifecycle !== undefined){let data18 = data.lifecycle;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key4 in data18){if(!(key4 === "prevent_destroy")){const err22 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/properties/lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data18.prevent_destroy !== undefined){if(typeof data18.prevent_destroy !== "boolean"){const err23 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"#/properties/lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/properties/lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.ai_gateway !== undefined){let data20 = data.ai_gateway;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key5 in data20){if(!(((((key5 === "usage_tracking_config") || (key5 === "inference_table_config")) || (key5 === "rate_limits")) || (key5 === "guardrails")) || (key5 === "fallback_config"))){const err25 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data20.usage_tracking_config !== undefined){let data21 = data20.usage_tracking_config;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key6 in data21){if(!(key6 === "enabled")){const err26 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data21.enabled !== undefined){if(typeof data21.enabled !== "boolean"){const err27 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config/enabled",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data20.inference_table_config !== undefined){let data23 = data20.inference_table_config;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key7 in data23){if(!((((key7 === "enabled") || (key7 === "catalog_name")) || (key7 === "schema_name")) || (key7 === "table_name_prefix"))){const err29 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data23.enabled !== undefined){if(typeof data23.enabled !== "boolean"){const err30 = {instancePath:instancePath+"/ai_gateway/inference_table_config/enabled",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data23.catalog_name !== undefined){if(typeof data23.catalog_name !== "string"){const err31 = {instancePath:instancePath+"/ai_gateway/inference_table_config/catalog_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data23.schema_name !== undefined){if(typeof data23.schema_name !== "string"){const err32 = {instancePath:instancePath+"/ai_gateway/inference_table_config/schema_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data23.table_name_prefix !== undefined){if(typeof data23.table_name_prefix !== "string"){const err33 = {instancePath:instancePath+"/ai_gateway/inference_table_config/table_name_prefix",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data20.rate_limits !== undefined){let data28 = data20.rate_limits;if(Array.isArray(data28)){const len3 = data28.length;for(let i3=0; i3<len3; i3++){let data29 = data28[i3];if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.renewal_period === undefined){const err35 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}for(const key8 in data29){if(!(((((key8 === "renewal_period") || (key8 === "calls")) || (key8 === "tokens")) || (key8 === "key")) || (key8 === "principal"))){const err36 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data29.renewal_period !== undefined){let data30 = data29.renewal_period;if(typeof data30 !== "string"){const err37 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(!(data30 === "minute")){const err38 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data29.calls !== undefined){let data31 = data29.calls;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err39 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/calls",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data29.tokens !== undefined){let data32 = data29.tokens;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err40 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/tokens",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data29.key !== undefined){let data33 = data29.key;if(typeof data33 !== "string"){const err41 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!((((data33 === "endpoint") || (data33 === "user")) || (data33 === "user_group")) || (data33 === "service_principal"))){const err42 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data29.principal !== undefined){if(typeof data29.principal !== "string"){const err43 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3+"/principal",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i3,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/ai_gateway/rate_limits",schemaPath:"#/definitions/aiGateway/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data20.guardrails !== undefined){let data35 = data20.guardrails;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key9 in data35){if(!((key9 === "input") || (key9 === "output"))){const err46 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data35.input !== undefined){let data36 = data35.input;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key10 in data36){if(!((((key10 === "safety") || (key10 === "pii")) || (key10 === "invalid_keywords")) || (key10 === "valid_topics"))){const err47 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data36.safety !== undefined){if(typeof data36.safety !== "boolean"){const err48 = {instancePath:instancePath+"/ai_gateway/guardrails/input/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data36.pii !== undefined){let data38 = data36.pii;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key11 in data38){if(!(key11 === "behavior")){const err49 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data38.behavior !== undefined){let data39 = data38.behavior;if(typeof data39 !== "string"){const err50 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(!(((data39 === "BLOCK") || (data39 === "MASK")) || (data39 === "NONE"))){const err51 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.input.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data36.invalid_keywords !== undefined){let data40 = data36.invalid_keywords;if(Array.isArray(data40)){const len4 = data40.length;for(let i4=0; i4<len4; i4++){if(typeof data40[i4] !== "string"){const err53 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords/" + i4,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data36.valid_topics !== undefined){let data42 = data36.valid_topics;if(Array.isArray(data42)){const len5 = data42.length;for(let i5=0; i5<len5; i5++){if(typeof data42[i5] !== "string"){const err55 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics/" + i5,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data35.output !== undefined){let data44 = data35.output;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key12 in data44){if(!((((key12 === "safety") || (key12 === "pii")) || (key12 === "invalid_keywords")) || (key12 === "valid_topics"))){const err58 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data44.safety !== undefined){if(typeof data44.safety !== "boolean"){const err59 = {instancePath:instancePath+"/ai_gateway/guardrails/output/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data44.pii !== undefined){let data46 = data44.pii;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key13 in data46){if(!(key13 === "behavior")){const err60 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data46.behavior !== undefined){let data47 = data46.behavior;if(typeof data47 !== "string"){const err61 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(!(((data47 === "BLOCK") || (data47 === "MASK")) || (data47 === "NONE"))){const err62 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.output.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data44.invalid_keywords !== undefined){let data48 = data44.invalid_keywords;if(Array.isArray(data48)){const len6 = data48.length;for(let i6=0; i6<len6; i6++){if(typeof data48[i6] !== "string"){const err64 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords/" + i6,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data44.valid_topics !== undefined){let data50 = data44.valid_topics;if(Array.isArray(data50)){const len7 = data50.length;for(let i7=0; i7<len7; i7++){if(typeof data50[i7] !== "string"){const err66 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics/" + i7,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data20.fallback_config !== undefined){let data52 = data20.fallback_config;if(data52 && typeof data52 == "object" && !Array.isArray(data52)){if(data52.enabled === undefined){const err70 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key14 in data52){if(!(key14 === "enabled")){const err71 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data52.enabled !== undefined){if(typeof data52.enabled !== "boolean"){const err72 = {instancePath:instancePath+"/ai_gateway/fallback_config/enabled",schemaPath:"#/definitions/aiGateway/properties/fallback_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data.budget_policy_id !== undefined){if(typeof data.budget_policy_id !== "string"){const err75 = {instancePath:instancePath+"/budget_policy_id",schemaPath:"#/properties/budget_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err76 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.email_notifications !== undefined){let data56 = data.email_notifications;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key15 in data56){if(!((key15 === "on_update_failure") || (key15 === "on_update_success"))){const err77 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data56.on_update_failure !== undefined){let data57 = data56.on_update_failure;if(Array.isArray(data57)){const len8 = data57.length;for(let i8=0; i8<len8; i8++){if(typeof data57[i8] !== "string"){const err78 = {instancePath:instancePath+"/email_notifications/on_update_failure/" + i8,schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/email_notifications/on_update_failure",schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data56.on_update_success !== undefined){let data59 = data56.on_update_success;if(Array.isArray(data59)){const len9 = data59.length;for(let i9=0; i9<len9; i9++){if(typeof data59[i9] !== "string"){const err80 = {instancePath:instancePath+"/email_notifications/on_update_success/" + i9,schemaPath:"#/definitions/emailNotifications/properties/on_update_success/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/email_notifications/on_update_success",schemaPath:"#/definitions/emailNotifications/properties/on_update_success/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.rate_limits !== undefined){let data61 = data.rate_limits;if(Array.isArray(data61)){const len10 = data61.length;for(let i10=0; i10<len10; i10++){let data62 = data61[i10];if(data62 && typeof data62 == "object" && !Array.isArray(data62)){if(data62.calls === undefined){const err83 = {instancePath:instancePath+"/rate_limits/" + i10,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data62.renewal_period === undefined){const err84 = {instancePath:instancePath+"/rate_limits/" + i10,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}for(const key16 in data62){if(!(((key16 === "calls") || (key16 === "renewal_period")) || (key16 === "key"))){const err85 = {instancePath:instancePath+"/rate_limits/" + i10,schemaPath:"#/definitions/legacyRateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data62.calls !== undefined){let data63 = data62.calls;if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){const err86 = {instancePath:instancePath+"/rate_limits/" + i10+"/calls",schemaPath:"#/definitions/legacyRateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data62.renewal_period !== undefined){let data64 = data62.renewal_period;if(typeof data64 !== "string"){const err87 = {instancePath:instancePath+"/rate_limits/" + i10+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(!(data64 === "minute")){const err88 = {instancePath:instancePath+"/rate_limits/" + i10+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema23.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data62.key !== undefined){let data65 = data62.key;if(typeof data65 !== "string"){const err89 = {instancePath:instancePath+"/rate_limits/" + i10+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(!((data65 === "user") || (data65 === "endpoint"))){const err90 = {instancePath:instancePath+"/rate_limits/" + i10+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema23.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/rate_limits/" + i10,schemaPath:"#/definitions/legacyRateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.route_optimized !== undefined){if(typeof data.route_optimized !== "boolean"){const err93 = {instancePath:instancePath+"/route_optimized",schemaPath:"#/properties/route_optimized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.tags !== undefined){let data67 = data.tags;if(Array.isArray(data67)){const len11 = data67.length;for(let i11=0; i11<len11; i11++){let data68 = data67[i11];if(data68 && typeof data68 == "object" && !Array.isArray(data68)){if(data68.key === undefined){const err94 = {instancePath:instancePath+"/tags/" + i11,schemaPath:"#/definitions/tag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}for(const key17 in data68){if(!((key17 === "key") || (key17 === "value"))){const err95 = {instancePath:instancePath+"/tags/" + i11,schemaPath:"#/definitions/tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data68.key !== undefined){if(typeof data68.key !== "string"){const err96 = {instancePath:instancePath+"/tags/" + i11+"/key",schemaPath:"#/definitions/tag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data68.value !== undefined){if(typeof data68.value !== "string"){const err97 = {instancePath:instancePath+"/tags/" + i11+"/value",schemaPath:"#/definitions/tag/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath:instancePath+"/tags/" + i11,schemaPath:"#/definitions/tag/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}else {const err99 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data.telemetry_config !== undefined){let data71 = data.telemetry_config;if(!(data71 && typeof data71 == "object" && !Array.isArray(data71))){const err100 = {instancePath:instancePath+"/telemetry_config",schemaPath:"#/properties/telemetry_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}else {const err101 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}validate21.errors = vErrors;return errors === 0;}const validateConfig = validate25;const schema35 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://serving-ci.dev/schema/serving-ci-config.schema.json","title":"serving-ci configuration (.serving-ci.yaml)","type":"object","additionalProperties":false,"properties":{"rules":{"description":"Rule severities by rule id","type":"object","additionalProperties":{"enum":["off","warn","error"]}},"endpoints":{"description":"Endpoint names that exist in your workspaces (custom or regional foundation-model endpoints)","type":"array","items":{"type":"string","pattern":"\\S"}},"ignore":{"description":"gitignore-style patterns, relative to the repository root","type":"array","items":{"type":"string","pattern":"\\S"}}}};const pattern1 = new RegExp("\\S", "u");function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://serving-ci.dev/schema/serving-ci-config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "rules") || (key0 === "endpoints")) || (key0 === "ignore"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.rules !== undefined){let data0 = data.rules;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){let data1 = data0[key1];if(!(((data1 === "off") || (data1 === "warn")) || (data1 === "error"))){const err1 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema35.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.endpoints !== undefined){let data2 = data.endpoints;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(!pattern1.test(data3)){const err3 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.ignore !== undefined){let data4 = data.ignore;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 === "string"){if(!pattern1.test(data5)){const err6 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate25.errors = vErrors;return errors === 0;}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
