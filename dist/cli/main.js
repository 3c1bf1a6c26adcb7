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

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as serving.yaml writes them ("45m", "1h30m", "90s"); a bare integer
// is seconds, the same convention as serving.yaml's `deploy.timeout`.
const PART = /(\d+)\s*([hms])/g;
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 };
/** Milliseconds, or undefined when the text is not a duration. */
function parseDuration(text) {
    if (typeof text === "number")
        return Number.isInteger(text) && text > 0 ? text * 1000 : undefined;
    const t = text.trim();
    if (/^\d+$/.test(t))
        return Number(t) > 0 ? Number(t) * 1000 : undefined;
    if (!/^(\d+\s*[hms]\s*)+$/.test(t))
        return undefined;
    let ms = 0;
    for (const m of t.matchAll(PART))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return ms > 0 ? ms : undefined;
}
/** "1h 2m 3s", "4m 05s", "12s": for progress lines and reports. */
function formatDuration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h)
        return `${h}h ${m}m ${String(s).padStart(2, "0")}s`;
    if (m)
        return `${m}m ${String(s).padStart(2, "0")}s`;
    return `${s}s`;
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
 * is a prefix of (or the reverse) also counts: `served_entity` → `served_entities`; so does one that
 * is the word, itself snake_case, under one more leading part: `serving_endpoints` → `model_serving_endpoints`.
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
        if (d > budget && w.includes("_") && lc.endsWith(`_${w}`) && !lc.slice(0, -w.length - 1).includes("_"))
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

/***/ 2811:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ FORMAT_NAMES),
/* harmony export */   L9: () => (/* binding */ loadFormatter),
/* harmony export */   xg: () => (/* binding */ isFormatName)
/* harmony export */ });
const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "markdown", "junit", "gitlab"];
function isFormatName(name) {
    return FORMAT_NAMES.includes(name);
}
async function loadFormatter(name) {
    switch (name) {
        case "stylish":
            return (await __nccwpck_require__.e(/* import() */ 791).then(__nccwpck_require__.bind(__nccwpck_require__, 791))).stylish;
        case "json":
            return (await __nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 2794))).json;
        case "sarif":
            return (await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 4330))).sarif;
        case "github":
            return (await __nccwpck_require__.e(/* import() */ 611).then(__nccwpck_require__.bind(__nccwpck_require__, 7611))).github;
        case "markdown":
            return (await __nccwpck_require__.e(/* import() */ 285).then(__nccwpck_require__.bind(__nccwpck_require__, 4285))).markdown;
        case "junit":
            return (await __nccwpck_require__.e(/* import() */ 998).then(__nccwpck_require__.bind(__nccwpck_require__, 2998))).junit;
        case "gitlab":
            return (await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 6243))).gitlab;
    }
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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
// EXTERNAL MODULE: ./src/report/formatters.ts
var formatters = __nccwpck_require__(2811);
// EXTERNAL MODULE: ./src/lint/did-you-mean.ts
var did_you_mean = __nccwpck_require__(5702);
;// CONCATENATED MODULE: ./src/cli/options.ts
// A small table-driven argv parser. Node's parseArgs would do, but it refuses a
// value that starts with a dash (`--max-warnings -1`) and its messages are not
// ours; here an option's value is always the next argument (ESLint's way), an
// unknown option gets a did-you-mean, and the help text comes from the same table.


function parseOptions(args, specs, command) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const byShort = new Map(specs.flatMap((s) => (s.short ? [[s.short, s]] : [])));
    const values = new Map();
    const positionals = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === "--") {
            positionals.push(...args.slice(i + 1));
            break;
        }
        if (!arg.startsWith("-") || arg === "-") {
            positionals.push(arg);
            continue;
        }
        const long = arg.startsWith("--");
        const eq = arg.indexOf("=");
        const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1, 2);
        const spec = long ? byName.get(key) : byShort.get(key);
        if (!spec || (!long && arg.length > 2))
            throw unknownOption(long ? `--${key}` : arg, specs, command);
        const shown = long ? `--${spec.name}` : `-${key}`;
        if (spec.value === undefined) {
            if (eq >= 0)
                throw new errors/* UserError */.y(`option ${shown} takes no value, got "${arg.slice(eq + 1)}"`);
            values.set(spec.name, true);
            continue;
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else
            value = args[++i];
        if (value === undefined)
            throw new errors/* UserError */.y(`option ${shown} needs a value (${shown} ${spec.value})`);
        values.set(spec.name, value);
    }
    return { values, positionals };
}
function unknownOption(shown, specs, command) {
    const names = specs.map((s) => `--${s.name}`);
    const near = (0,did_you_mean/* closest */.k)(shown.replace(/^-+/, "--"), names);
    const hint = near.length ? ` (did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(" or ")}?)` : "";
    return new errors/* UserError */.y(`unknown option "${shown}" for ${command}${hint}\nRun "serving-ci ${command} --help" for its options.`);
}
/** The options block of a help text, aligned. */
function formatOptions(specs) {
    const left = specs.map((s) => `${s.short ? `-${s.short}, ` : "    "}--${s.name}${s.value ? ` ${s.value}` : ""}`);
    const width = Math.max(...left.map((l) => l.length));
    return specs.map((s, i) => `  ${left[i].padEnd(width)}  ${s.help}`).join("\n");
}

// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __nccwpck_require__(5039);
;// CONCATENATED MODULE: ./src/cli/workspace-args.ts
// argv → the commands that talk to a workspace: plan, deploy, status, wait.
// They share the auth flags (--host, --profile; the rest comes from the
// environment or ~/.databrickscfg, as the Databricks CLI reads them) and --format.



const WORKSPACE_COMMANDS = ["plan", "deploy", "status", "wait"];
const AUTH = [
    { name: "host", value: "URL", help: "Workspace URL (default: DATABRICKS_HOST, then the profile's host)" },
    { name: "profile", value: "NAME", help: "Profile of ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE, then DEFAULT)" },
    { name: "format", short: "f", value: "NAME", help: "text (default) or json" },
    { name: "help", short: "h", help: "Show this help" },
];
const TIMEOUT = { name: "timeout", value: "DURATION", help: "Stop waiting after this long (e.g. 45m; default: serving.yaml's deploy.timeout, else 45m)" };
const OPTIONS = {
    plan: AUTH,
    deploy: [TIMEOUT, { name: "attempt", value: "ID", help: "Deployment attempt id: the same id never starts a second job run (default: new each time)" }, ...AUTH],
    status: AUTH,
    wait: [TIMEOUT, { name: "expect", value: "MODEL=VERSION,...", help: "Versions that must be served (default: any settled READY config)" }, ...AUTH],
};
const SYNOPSIS = {
    plan: "plan [serving.yaml...]\n\nShows what a deploy would change on each live endpoint (served entities, traffic, tags).",
    deploy: "deploy [serving.yaml...]\n\nLints, then triggers the deployment job (or applies the config with deploy.mode: direct), waits for the job\n" +
        "and for the endpoint to serve the versions asked for, and smoke-queries it. Ctrl-C cancels the job run while it runs;\n" +
        "once the endpoint update has started nothing can stop it, and serving-ci says so.",
    status: "status <endpoint>\n\nThe endpoint's state, config version, served entities and traffic.",
    wait: "wait <endpoint>\n\nWaits until the endpoint's update settles: READY with every entity deployed, or failed.",
};
const EXIT = "Exit codes: 0 success, 1 failed or cancelled, 2 usage, config or auth error, 3 outcome unknown (timeout, unconfirmed cancel).";
function workspaceUsage(name) {
    return `Usage: serving-ci ${SYNOPSIS[name]}\n\nOptions:\n${formatOptions(OPTIONS[name])}\n\n${EXIT}\n`;
}
function parseWorkspaceCommand(name, args) {
    const { values, positionals } = parseOptions(args, OPTIONS[name], name);
    if (values.has("help"))
        return { command: "help", text: workspaceUsage(name) };
    const str = (key) => {
        const v = values.get(key);
        return typeof v === "string" ? v : undefined;
    };
    const format = str("format") ?? "text";
    if (format !== "text" && format !== "json")
        throw new errors/* UserError */.y(`unknown format "${format}" for ${name} (expected text or json)`);
    const flags = { format, ...(str("host") ? { host: str("host") } : {}), ...(str("profile") ? { profile: str("profile") } : {}) };
    const timeoutMs = timeout(str("timeout"));
    switch (name) {
        case "plan":
            return { command: "plan", paths: positionals, flags };
        case "deploy": {
            const attempt = str("attempt");
            return { command: "deploy", paths: positionals, flags, ...(timeoutMs ? { timeoutMs } : {}), ...(attempt ? { attempt } : {}) };
        }
        case "status":
        case "wait": {
            if (positionals.length !== 1)
                throw new errors/* UserError */.y(`${name} takes one endpoint name, got ${positionals.length}\n\n${workspaceUsage(name)}`);
            const endpoint = positionals[0];
            if (name === "status")
                return { command: "status", endpoint, flags };
            return { command: "wait", endpoint, flags, ...(timeoutMs ? { timeoutMs } : {}), expect: expected(str("expect")) };
        }
    }
}
function timeout(text) {
    if (text === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined || ms <= 0)
        throw new errors/* UserError */.y(`--timeout takes a duration such as 30s, 45m or 1h, got "${text}"`);
    return ms;
}
function expected(text) {
    if (text === undefined)
        return [];
    return text.split(",").map((pair) => {
        const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(pair);
        if (!m)
            throw new errors/* UserError */.y(`--expect takes MODEL=VERSION pairs separated by commas (main.agents.bot=7), got "${pair}"`);
        return { entityName: m[1], entityVersion: m[2] };
    });
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// argv → a typed command. Every usage mistake is a UserError (exit 2). Each
// command's options are one table (parsing, did-you-mean and --help read it):
// a new option is one row there plus one line in its command's parser.




const HELP = { name: "help", short: "h", help: "Show this help" };
const COLOR = [
    { name: "color", help: "Force colour (also FORCE_COLOR=1)" },
    { name: "no-color", help: "No colour (also NO_COLOR=1)" },
];
const LINT_OPTIONS = [
    { name: "format", short: "f", value: "NAME", help: `${formatters/* FORMAT_NAMES */.BU.join(", ")} (default: stylish)` },
    { name: "output", short: "o", value: "FILE", help: "Write the report to FILE instead of stdout" },
    { name: "max-warnings", value: "N", help: "Exit 1 when there are more than N warnings (-1: no limit, the default)" },
    { name: "today", value: "YYYY-MM-DD", help: "Date to judge retirements against (default: today)" },
    { name: "config", value: "FILE", help: "Config file (default: .serving-ci.yaml at the repository root)" },
    { name: "fix", help: "Apply safe fixes" },
    { name: "fix-retired", help: "Also replace retired endpoints by their successor (changes behaviour)" },
    { name: "threads", value: "N", help: "Threads to lint with (default: available cores; parsing from 4 MB of Python, whole folders in a run streamed folder by folder)" },
    { name: "verbose", help: "Say what each file was taken for (serving, bundle, python, ...) and why files were skipped" },
    { name: "online", help: "Also ask the workspace whether the endpoints, model versions, indexes, functions, Genie spaces, warehouses, secrets and deploy job named exist" },
    { name: "profile", value: "NAME", help: "~/.databrickscfg profile for --online (default: DATABRICKS_* variables, then [DEFAULT])" },
    { name: "host", value: "URL", help: "Workspace URL for --online (default: DATABRICKS_HOST or the profile's)" },
    ...COLOR,
    HELP,
];
const RULES_OPTIONS = [{ name: "json", help: "The rule list as JSON" }, ...COLOR, HELP];
const EXIT_CODES = "Exit codes: 0 no findings at the failing level, 1 findings, 2 usage, config or I/O error.";
const USAGE = `Usage: serving-ci <command> [options]

Commands:
  lint [paths...]     Lint serving.yaml files, bundles and the Python they point to (default: this repository)
  rules [id]          List the rules, or show one rule's page
  plan [files...]     What a deploy would change on each live endpoint
  deploy [files...]   Lint, trigger the deployment job, wait for the endpoint, smoke-query it
  status <endpoint>   The endpoint's state, versions and traffic
  wait <endpoint>     Wait until the endpoint's update settles
  emulator            Run the local Databricks workspace emulator
  help [command], version

Run "serving-ci <command> --help" for a command's options.
${EXIT_CODES}
`;
const LINT_USAGE = `Usage: serving-ci lint [paths...] [options]

Lints serving.yaml files, Databricks Asset Bundles, requirements, Python and notebooks
(default: the repository around the current directory, honouring .gitignore).

Options:
${formatOptions(LINT_OPTIONS)}

${EXIT_CODES}
`;
const RULES_USAGE = `Usage: serving-ci rules [id] [options]

Without an id: every rule, its default severity and its docs link.
With an id: the rule's page (what it checks, why, incorrect and correct examples).

Options:
${formatOptions(RULES_OPTIONS)}
`;
const COMMAND_HELP = {
    lint: LINT_USAGE,
    rules: RULES_USAGE,
    ...Object.fromEntries(WORKSPACE_COMMANDS.map((c) => [c, workspaceUsage(c)])),
};
function parseCommand(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
        case "--help":
        case "-h":
            return { command: "help", text: USAGE };
        case "help": {
            const topic = rest[0];
            if (topic === undefined)
                return { command: "help", text: USAGE };
            // The emulator prints its own usage (its module loads only when asked for).
            if (topic === "emulator")
                return { command: "emulator", args: ["--help"] };
            const text = COMMAND_HELP[topic];
            if (!text)
                throw new errors/* UserError */.y(`no help for "${topic}" (commands: ${Object.keys(COMMAND_HELP).join(", ")}, emulator)`);
            return { command: "help", text };
        }
        case "version":
        case "--version":
        case "-v":
            return { command: "version" };
        case "emulator":
            return { command: "emulator", args: rest };
        case "rules":
            return parseRules(rest);
        case "lint":
            return parseLint(rest);
        case "plan":
        case "deploy":
        case "status":
        case "wait": {
            const parsed = parseWorkspaceCommand(command, rest);
            return parsed.command === "help" ? parsed : { command: "workspace", workspace: parsed };
        }
        default:
            throw new errors/* UserError */.y(`unknown command "${command}"\n\n${USAGE}`);
    }
}
function color(values) {
    if (values.has("no-color"))
        return { color: false };
    if (values.has("color"))
        return { color: true };
    return {};
}
function parseRules(args) {
    const { values, positionals } = parseOptions(args, RULES_OPTIONS, "rules");
    if (values.has("help"))
        return { command: "help", text: RULES_USAGE };
    if (positionals.length > 1)
        throw new errors/* UserError */.y(`rules takes at most one rule id, got ${positionals.length}`);
    return { command: "rules", format: values.has("json") ? "json" : "text", ...(positionals[0] ? { id: positionals[0] } : {}), ...color(values) };
}
function parseLint(args) {
    const { values, positionals } = parseOptions(args, LINT_OPTIONS, "lint");
    if (values.has("help"))
        return { command: "help", text: LINT_USAGE };
    const str = (name) => {
        const v = values.get(name);
        return typeof v === "string" ? v : undefined;
    };
    const format = str("format") ?? "stylish";
    if (!(0,formatters/* isFormatName */.xg)(format))
        throw new errors/* UserError */.y(`unknown format "${format}" (expected ${formatters/* FORMAT_NAMES */.BU.join(", ")})`);
    const fixRetired = values.has("fix-retired");
    const cmd = { command: "lint", paths: positionals, format, fix: values.has("fix") || fixRetired, fixRetired, verbose: values.has("verbose"), ...color(values) };
    const output = str("output");
    if (output !== undefined)
        cmd.output = output;
    const config = str("config");
    if (config !== undefined)
        cmd.config = config;
    const mw = str("max-warnings");
    if (mw !== undefined) {
        if (!/^(\d+|-1)$/.test(mw))
            throw new errors/* UserError */.y(`--max-warnings takes a whole number, or -1 for no limit, got "${mw}"`);
        if (mw !== "-1")
            cmd.maxWarnings = Number(mw);
    }
    const threads = str("threads");
    if (threads !== undefined) {
        if (!/^[1-9]\d*$/.test(threads))
            throw new errors/* UserError */.y(`--threads takes a whole number of at least 1, got "${threads}"`);
        cmd.threads = Number(threads);
    }
    const today = str("today");
    if (today !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
            throw new errors/* UserError */.y(`--today takes a date like 2026-11-27, got "${today}"`);
        cmd.today = today;
    }
    const profile = str("profile");
    const host = str("host");
    if ((profile !== undefined || host !== undefined) && !values.has("online"))
        throw new errors/* UserError */.y("--profile and --host only apply with --online");
    if (values.has("online"))
        cmd.online = { ...(profile !== undefined ? { profile } : {}), ...(host !== undefined ? { host } : {}) };
    return cmd;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI's only contact with process: argv, cwd, stdout/stderr, exit code.
// Each command loads its own code when it runs (`help` and `--version` load no
// rule or lint code, `rules` no lint pipeline), so start-up compiles only that.






async function main(argv, io) {
    const cmd = parseCommand(argv);
    switch (cmd.command) {
        case "help":
            io.stdout(cmd.text);
            return 0;
        case "version":
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        case "rules": {
            if (cmd.id === undefined) {
                const { rulesList } = await Promise.all(/* import() */[__nccwpck_require__.e(146), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3762));
                io.stdout(rulesList(cmd.format));
            }
            else {
                const [{ rulePage }, { detectTerminal }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(146), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8660)), __nccwpck_require__.e(/* import() */ 28).then(__nccwpck_require__.bind(__nccwpck_require__, 1028))]);
                io.stdout(rulePage(cmd.id, io.docsDir, detectTerminal(cmd.color, io.env, io.isTTY).color));
            }
            return 0;
        }
        case "lint": {
            const { runLint } = await Promise.all(/* import() */[__nccwpck_require__.e(758), __nccwpck_require__.e(146), __nccwpck_require__.e(663), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4774));
            const threads = (0,external_node_os_.availableParallelism)();
            return runLint(cmd, { ...io, parseWorkers: { script: workerScript("parse-worker"), threads }, unitWorkers: { script: workerScript("unit-worker"), threads } });
        }
        case "workspace": {
            const { runWorkspace } = await __nccwpck_require__.e(/* import() */ 651).then(__nccwpck_require__.bind(__nccwpck_require__, 8651));
            return runWorkspace(cmd.workspace, io, interruptSignal(io));
        }
        case "emulator": {
            // Loaded on demand: a lint run never pays for the emulator (or zod).
            const { emulatorCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(829)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3829));
            const line = (write) => (s) => write(s.endsWith("\n") ? s : `${s}\n`);
            return emulatorCommand(cmd.args, { stdout: line(io.stdout), stderr: line(io.stderr) });
        }
    }
}
/**
 * Ctrl-C (or SIGTERM from a CI runner) aborts the signal once: a deploy cancels its
 * job run while it runs and reports what is true. A second one exits at once, and
 * so does the process if the first has not ended it within 7.5 s.
 */
function interruptSignal(io) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted)
            process.exit(130);
        io.stderr(`serving-ci: ${name}: stopping (again to quit at once)\n`);
        controller.abort(new Error(`interrupted by ${name}`));
        setTimeout(() => process.exit(130), 7_500).unref();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    return controller.signal;
}
/** The directory of this bundle, through the real path, as npm's bin link is a symlink. */
function bundleDir() {
    return external_node_path_default().dirname((0,external_node_fs_.realpathSync)(process.argv[1]));
}
/** A worker's bundle (parse-worker, unit-worker), beside this one (build.mjs). */
function workerScript(name) {
    return external_node_path_default().join(bundleDir(), name, "index.js");
}
const io = {
    cwd: process.cwd(),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    // The bundle is dist/cli/index.js; the rule pages ship beside it in rules/ (package.json files).
    docsDir: external_node_path_default().resolve(bundleDir(), "../../rules"),
    now: () => new Date(),
};
main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof errors/* UserError */.y)
        process.stderr.write(`serving-ci: ${e.message}\n`);
    else
        process.stderr.write(`serving-ci: internal error (a bug, please report it)\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = e instanceof errors/* UserError */.y ? e.exitCode : 2;
});

