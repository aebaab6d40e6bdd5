import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument2;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
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
      if (typeof visitor === "function")
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
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
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
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
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
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
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
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
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
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
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
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
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
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
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
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
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
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          else if (node === void 0 && this.schema)
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
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
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
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
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
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
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
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
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
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
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
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
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
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
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
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
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
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
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
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
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
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
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
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
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
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
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
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
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
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
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
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
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
        return typeof idx === "number" && idx < this.items.length;
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
        if (typeof idx !== "number")
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
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
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
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
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
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
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
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
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
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
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
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
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
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
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
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
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
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
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
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
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
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
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
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
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
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
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
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
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
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
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
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
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
      if (tagName === "!")
        return schema[identity.SCALAR];
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
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
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
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
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
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
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
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
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
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
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
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
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
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
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
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
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
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
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
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
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
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
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
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
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
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
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
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
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
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
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
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
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
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
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
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
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
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
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
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
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
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
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
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
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
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
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
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
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
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log2();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars4) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars4.noConflict = function() {
        if (globalThis.Handlebars === Handlebars4) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars4;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser2();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// action/src/shell/check-worker.ts
import { parentPort } from "node:worker_threads";

// action/src/core/validate/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// action/src/core/text/compare-text.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// action/src/core/validate/findings.ts
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code);
}
function fileFinding(input) {
  return { code: input.code, severity: "error", file: input.file, line: 1, column: 1, message: input.message, ...input.hint ? { hint: input.hint } : {} };
}
var MAX_FINDINGS_PER_FILE = 50;
function tooManyProblems(input) {
  const { unlisted } = input;
  return {
    code: "file-too-many-problems",
    severity: "error",
    file: input.file,
    line: input.at.line,
    column: input.at.column,
    message: `From here on, ${unlisted} more problem${unlisted === 1 ? " is" : "s are"} not listed; the first ${MAX_FINDINGS_PER_FILE} in this file are.`,
    hint: "Fix the problems listed and check again, or start the file anew from `vendor-review new <id>`."
  };
}
function capFindings(file, findings) {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const ordered = [...findings].sort(compareFindings);
  const rest = ordered.slice(MAX_FINDINGS_PER_FILE);
  return [...ordered.slice(0, MAX_FINDINGS_PER_FILE), tooManyProblems({ file, unlisted: rest.length, at: rest[0] })];
}

// action/src/core/validate/parse-yaml.ts
var MAX_FILE_BYTES = 256 * 1024;
var YAML_TAG_PREFIX = "tag:yaml.org,2002:";
var yamlErrorCodes = {
  BAD_ALIAS: "yaml-alias",
  TAG_RESOLVE_FAILED: "yaml-unknown-tag"
};
function parseYaml(source) {
  const lineCounter = new import_yaml.LineCounter();
  const result = { file: source.path, data: void 0, doc: null, lineCounter, findings: [] };
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const report = ({ code, offset, message, hint }) => {
    result.findings.push({ code, severity: "error", file: source.path, ...at(offset), message, hint });
  };
  const bytes = Buffer.byteLength(source.text, "utf8");
  if (bytes > MAX_FILE_BYTES) {
    result.findings.push(
      fileFinding({
        code: "file-too-large",
        file: source.path,
        message: `The file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
        hint: "One vendor evaluation fits in a few kilobytes: move long texts to the linked evidence instead."
      })
    );
    return result;
  }
  const docs = (0, import_yaml.parseAllDocuments)(source.text, {
    lineCounter,
    schema: "core",
    version: "1.2",
    // yaml's own check compares each key with every key before it; findDuplicateKeys does it in one pass.
    uniqueKeys: false,
    prettyErrors: false,
    strict: true
  });
  const documents = Array.isArray(docs) ? docs : [];
  const first = documents[0];
  if (!first || documents.length === 1 && first.contents === null && first.errors.length === 0) {
    result.findings.push(
      fileFinding({
        code: "file-empty",
        file: source.path,
        message: "The file holds no YAML data.",
        hint: "Start from `npx vendor-review new <id>`, which writes a commented skeleton."
      })
    );
    return result;
  }
  if (documents.length > 1) {
    const second = documents[1];
    report({
      code: "yaml-multiple-documents",
      offset: second.range[0],
      message: `The file holds ${documents.length} YAML documents; a vendor file holds exactly one.`,
      hint: "Remove the `---` separator: put each vendor in a file of its own."
    });
  }
  const yamlDirective = first.directives.yaml;
  if (yamlDirective.explicit && yamlDirective.version !== "1.2") {
    report({
      code: "yaml-version",
      offset: source.text.indexOf("%YAML"),
      message: `The file declares YAML ${yamlDirective.version}; only YAML 1.2 is read.`,
      hint: "Remove the `%YAML` line. In YAML 1.2 `yes`/`no` are strings: write `true`/`false`."
    });
  }
  for (const error of [...first.errors, ...first.warnings]) {
    result.findings.push(describeYamlError(error, source, at));
  }
  for (const duplicate of findDuplicateKeys(first.contents)) {
    report({
      code: "yaml-duplicate-key",
      offset: duplicate.offset,
      message: `The key \`${duplicate.key}\` appears twice in the same mapping.`,
      hint: "Keep one entry: merge the two, or rename one of them."
    });
  }
  if (/[*&!]/.test(source.text)) {
    (0, import_yaml.visit)(first, {
      Node(_key, node) {
        if ((0, import_yaml.isAlias)(node)) {
          report({
            code: "yaml-alias",
            offset: node.range?.[0] ?? 0,
            message: `The alias *${node.source} repeats another value; aliases are not allowed.`,
            hint: "Write the value out in full, so that every vendor file reads on its own."
          });
          return;
        }
        if (((0, import_yaml.isScalar)(node) || (0, import_yaml.isCollection)(node)) && node.anchor) {
          report({
            code: "yaml-alias",
            offset: anchorOffset(source.text, node.range?.[0] ?? 0),
            message: `The anchor &${node.anchor} is not allowed.`,
            hint: "Remove the anchor and write every value out in full."
          });
        }
        if (((0, import_yaml.isScalar)(node) || (0, import_yaml.isCollection)(node)) && node.tag?.startsWith(YAML_TAG_PREFIX)) {
          report({
            code: "yaml-unknown-tag",
            offset: tagOffset(source.text, node.range?.[0] ?? 0),
            message: `The tag ${shortTag(node.tag)} is not allowed; only plain YAML values are read.`,
            hint: "Remove the tag; quote the value if it must stay text."
          });
        }
      }
    });
  }
  if (result.findings.length === 0 && (0, import_yaml.isDocument)(first)) {
    result.doc = first;
    result.data = first.toJS({ maxAliasCount: 0 });
  }
  return result;
}
function describeYamlError(error, source, at) {
  const code = yamlErrorCodes[error.code] ?? "yaml-syntax";
  const [start, end] = error.pos;
  const base = { code, severity: "error", file: source.path, ...at(start) };
  switch (code) {
    case "yaml-unknown-tag":
      return {
        ...base,
        message: `The tag ${source.text.slice(start, end)} is not allowed; only plain YAML values are read.`,
        hint: "Remove the tag; quote the value if it must stay text."
      };
    default:
      return {
        ...base,
        message: `YAML syntax error: ${firstSentence(error.message)}`,
        hint: "Check the indentation (spaces, not tabs) and that quotes and brackets are closed."
      };
  }
}
function findDuplicateKeys(root) {
  const duplicates = [];
  const pending = [root];
  while (pending.length) {
    const node = pending.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) duplicates.push({ key, offset: pair.key?.range?.[0] ?? 0 });
        seen.add(key);
        pending.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      pending.push(...node.items);
    }
  }
  return duplicates.sort((a, b) => a.offset - b.offset);
}
function firstSentence(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
}
function shortTag(tag) {
  return `!!${tag.slice(YAML_TAG_PREFIX.length)}`;
}
function tagOffset(text, valueOffset) {
  return propertyOffset(text, valueOffset, /!\S*\s*$/);
}
function anchorOffset(text, valueOffset) {
  return propertyOffset(text, valueOffset, /&\S*\s*$/);
}
function propertyOffset(text, offset, property) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const match = property.exec(text.slice(lineStart, offset));
  return match ? lineStart + match.index : offset;
}

// action/src/core/validate/locate-node.ts
var import_yaml2 = __toESM(require_dist(), 1);
function splitPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function locateNode(parsed, path, target = "value") {
  let node = parsed.doc?.contents ?? null;
  let pair = null;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) break;
    pair = child.pair;
    node = child.node;
  }
  const keyNode = pair && (0, import_yaml2.isScalar)(pair.key) ? pair.key : null;
  const empty = (0, import_yaml2.isScalar)(node) && node.value === null && node.range?.[0] === node.range?.[1];
  const chosen = (target === "key" || empty || !node?.range) && keyNode ? keyNode : node;
  const range = chosen?.range ?? [0, 0, 0];
  const start = parsed.lineCounter.linePos(range[0]);
  const end = parsed.lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function childOf(node, segment) {
  if ((0, import_yaml2.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml2.isPair)(item) && (0, import_yaml2.isScalar)(item.key) && String(item.key.value) === String(segment));
    return pair ? { node: pair.value ?? null, pair } : null;
  }
  if ((0, import_yaml2.isSeq)(node)) {
    const index = typeof segment === "number" ? segment : Number(segment);
    const item = Number.isInteger(index) ? node.items[index] : void 0;
    return item ? { node: item, pair: null } : null;
  }
  return null;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || "(the document)";
}
function findingAt(parsed, finding) {
  return findingAtPosition(parsed.file, locateNode(parsed, finding.path, finding.target ?? "value"), finding);
}
function findingAtPosition(file, position, { code, message, hint }) {
  const { line, column, endLine, endColumn } = position;
  return { code, severity: "error", file, line, column, endLine, endColumn, message, ...hint ? { hint } : {} };
}

// action/src/core/validate/schema-validators.js
var schema_validators_exports = {};
__export(schema_validators_exports, {
  config: () => config,
  rubric: () => rubric,
  vendor: () => vendor
});
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __commonJS2 = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS2({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_formats = __commonJS2({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});
var require_fast_deep_equal = __commonJS2({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal = __commonJS2({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});
var vendor = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://vendor-review.invalid/schemas/vendor.schema.json", "title": "Vendor evaluation / \u4F9B\u5E94\u5546\u6280\u672F\u652F\u6301\u8BC4\u4F30", "description": `One evaluation of a cloud-classroom or real-time audio-video vendor's technical support, kept in vendors/<id>.yaml. Every fact is optional: a missing fact means "unknown", never "no". \u5BF9\u4E00\u5BB6\u4E91\u8BFE\u5802 / \u5B9E\u65F6\u97F3\u89C6\u9891\u670D\u52A1\u5546\u6280\u672F\u652F\u6301\u80FD\u529B\u7684\u8BC4\u4F30\u8BB0\u5F55\uFF0C\u4FDD\u5B58\u5728 vendors/<id>.yaml\u3002\u6240\u6709\u4E8B\u5B9E\u5747\u4E3A\u53EF\u9009\uFF1A\u7F3A\u5931\u8868\u793A\u201C\u672A\u77E5\u201D\uFF0C\u800C\u4E0D\u662F\u201C\u6CA1\u6709\u201D\u3002`, "type": "object", "additionalProperties": false, "required": ["schema_version", "id", "name", "category", "evaluation"], "properties": { "schema_version": { "title": "Schema version / \u683C\u5F0F\u7248\u672C", "description": 'Version of this file format. Always the string "1" (quoted in YAML). \u672C\u6587\u4EF6\u683C\u5F0F\u7684\u7248\u672C\u53F7\uFF0C\u56FA\u5B9A\u4E3A\u5B57\u7B26\u4E32 "1"\uFF08YAML \u4E2D\u8BF7\u52A0\u5F15\u53F7\uFF09\u3002', "type": "string", "const": "1" }, "id": { "title": "Vendor id / \u4F9B\u5E94\u5546\u6807\u8BC6", "description": "Stable identifier of the vendor: lower-case letters, digits and hyphens, 2-63 characters. Must equal the file name stem (vendors/<id>.yaml). \u4F9B\u5E94\u5546\u7684\u7A33\u5B9A\u6807\u8BC6\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C2-63 \u4E2A\u5B57\u7B26\uFF0C\u5FC5\u987B\u4E0E\u6587\u4EF6\u540D\uFF08\u4E0D\u542B\u6269\u5C55\u540D\uFF09\u4E00\u81F4\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,62}$" }, "name": { "title": "Vendor name / \u4F9B\u5E94\u5546\u540D\u79F0", "description": "Display name of the vendor or product, as it should appear in reports; Chinese and English may be combined. \u62A5\u544A\u4E2D\u663E\u793A\u7684\u4F9B\u5E94\u5546\u6216\u4EA7\u54C1\u540D\u79F0\uFF0C\u53EF\u4E2D\u82F1\u6587\u5E76\u5217\u3002", "type": "string", "minLength": 1, "maxLength": 120 }, "website": { "title": "Website / \u5B98\u7F51", "description": "Official website (http or https), where the support organisation may be stated. \u5B98\u65B9\u7F51\u7AD9\u5730\u5740\uFF08http \u6216 https\uFF09\uFF0C\u53EF\u5728\u6B64\u6838\u5B9E\u662F\u5426\u516C\u5F00\u6807\u6CE8\u4E86\u670D\u52A1\u56E2\u961F\u7684\u7EC4\u7EC7\u5F62\u5F0F\u3002", "type": "string", "format": "uri", "pattern": "^https?://", "maxLength": 500 }, "category": { "title": "Product category / \u4EA7\u54C1\u7C7B\u522B", "description": "What kind of product the vendor offers for the cloud classroom. \u8BE5\u4F9B\u5E94\u5546\u4E3A\u4E91\u8BFE\u5802\u63D0\u4F9B\u7684\u4EA7\u54C1\u7C7B\u578B\u3002", "type": "string", "enum": ["cloud-classroom-saas", "rtc-paas", "live-streaming", "integrated-solution"], "enumDescriptions": ["cloud-classroom-saas: a ready-made cloud-classroom application, used as a service. \u4E91\u8BFE\u5802 SaaS\uFF1A\u5F00\u7BB1\u5373\u7528\u7684\u4E91\u8BFE\u5802\u5E94\u7528\uFF0C\u6309\u670D\u52A1\u4F7F\u7528\u3002", "rtc-paas: real-time audio-video platform (SDK/API) the institution or its integrator builds on. \u5B9E\u65F6\u97F3\u89C6\u9891 PaaS\uFF1A\u63D0\u4F9B SDK/API\uFF0C\u7531\u673A\u6784\u6216\u96C6\u6210\u5546\u5728\u5176\u4E0A\u5F00\u53D1\u3002", "live-streaming: one-to-many live broadcast (\u63A8\u6D41/\u76F4\u64AD) with limited interaction. \u76F4\u64AD\uFF1A\u4E00\u5BF9\u591A\u63A8\u6D41\u76F4\u64AD\uFF0C\u4E92\u52A8\u80FD\u529B\u6709\u9650\u3002", "integrated-solution: a complete solution (platform, classroom app, devices, services) delivered as a project. \u6574\u4F53\u89E3\u51B3\u65B9\u6848\uFF1A\u5E73\u53F0\u3001\u8BFE\u5802\u5E94\u7528\u3001\u7EC8\u7AEF\u4E0E\u670D\u52A1\u6574\u4F53\u4EA4\u4ED8\u3002"] }, "evaluation": { "title": "Evaluation / \u8BC4\u4F30\u4FE1\u606F", "description": "Who evaluated the vendor, when, and when the evaluation must be reviewed again. \u7531\u8C01\u8BC4\u4F30\u3001\u4F55\u65F6\u8BC4\u4F30\uFF0C\u4EE5\u53CA\u4F55\u65F6\u5FC5\u987B\u91CD\u65B0\u590D\u6838\u3002", "type": "object", "additionalProperties": false, "required": ["evaluators", "evaluated_on", "review_by"], "properties": { "evaluators": { "title": "Evaluators / \u8BC4\u4F30\u4EBA", "description": "People who took part in the evaluation; ratings must name one of them. \u53C2\u4E0E\u8BC4\u4F30\u7684\u4EBA\u5458\uFF1B\u6BCF\u6761\u8BC4\u5206\u7684 evaluator \u5FC5\u987B\u662F\u5176\u4E2D\u4E4B\u4E00\u3002", "type": "array", "minItems": 1, "items": { "title": "Evaluator / \u8BC4\u4F30\u4EBA", "description": "One person who evaluated the vendor. \u4E00\u4F4D\u8BC4\u4F30\u4EBA\u3002", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Name / \u59D3\u540D", "description": "Evaluator's name exactly as used in ratings[].evaluator. \u8BC4\u4F30\u4EBA\u59D3\u540D\uFF0C\u987B\u4E0E ratings[].evaluator \u4E2D\u7684\u5199\u6CD5\u5B8C\u5168\u4E00\u81F4\u3002", "type": "string", "minLength": 1, "maxLength": 120 }, "role": { "title": "Role / \u89D2\u8272", "description": "The evaluator's role at the institution, e.g. IT lead or teacher representative. \u8BC4\u4F30\u4EBA\u5728\u672C\u673A\u6784\u7684\u89D2\u8272\uFF0C\u4F8B\u5982\u4FE1\u606F\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\u3001\u6559\u5E08\u4EE3\u8868\u3002", "type": "string", "minLength": 1, "maxLength": 120 } } } }, "evaluated_on": { "$ref": "#/$defs/localDate", "title": "Evaluated on / \u8BC4\u4F30\u65E5\u671F", "description": "Date the evaluation was completed (YYYY-MM-DD, quoted). Evidence and trial probes should be dated on or before it. \u8BC4\u4F30\u5B8C\u6210\u65E5\u671F\uFF08YYYY-MM-DD\uFF0C\u52A0\u5F15\u53F7\uFF09\uFF1B\u8BC1\u636E\u548C\u8BD5\u7528\u63A2\u6D4B\u7684\u65E5\u671F\u5E94\u4E0D\u665A\u4E8E\u6B64\u65E5\u671F\u3002" }, "review_by": { "$ref": "#/$defs/localDate", "title": "Review by / \u590D\u6838\u622A\u6B62\u65E5\u671F", "description": "Date by which the evaluation must be reviewed again; after it the evaluation is reported as stale. \u5FC5\u987B\u91CD\u65B0\u590D\u6838\u7684\u65E5\u671F\uFF1B\u8FC7\u671F\u540E\u8BE5\u8BC4\u4F30\u4F1A\u88AB\u6807\u8BB0\u4E3A\u8FC7\u65F6\u3002" } } }, "evidence": { "title": "Evidence register / \u8BC1\u636E\u767B\u8BB0", "description": "Every source the facts and ratings rely on, each with an id (E1, E2, \u2026) that sections, probes and ratings cite. Stronger types (trial, contract) count more than sales claims. \u4E8B\u5B9E\u4E0E\u8BC4\u5206\u6240\u4F9D\u636E\u7684\u5168\u90E8\u6765\u6E90\uFF0C\u6BCF\u6761\u6709\u4E00\u4E2A\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u4F9B\u5404\u90E8\u5206\u3001\u8BD5\u7528\u63A2\u6D4B\u548C\u8BC4\u5206\u5F15\u7528\u3002\u8BD5\u7528\u5B9E\u6D4B\u3001\u5408\u540C\u6761\u6B3E\u6BD4\u9500\u552E\u53E3\u5934\u627F\u8BFA\u66F4\u6709\u5206\u91CF\u3002", "type": "array", "items": { "title": "Evidence / \u8BC1\u636E", "description": "One source of information. \u4E00\u6761\u4FE1\u606F\u6765\u6E90\u3002", "type": "object", "additionalProperties": false, "required": ["id", "type", "reference", "date"], "properties": { "id": { "$ref": "#/$defs/evidenceId", "title": "Evidence id / \u8BC1\u636E\u7F16\u53F7", "description": "Short unique id within this file, e.g. E1; cited from evidence lists. \u672C\u6587\u4EF6\u5185\u552F\u4E00\u7684\u77ED\u7F16\u53F7\uFF0C\u5982 E1\uFF0C\u4F9B evidence \u5217\u8868\u5F15\u7528\u3002" }, "type": { "title": "Evidence type / \u8BC1\u636E\u7C7B\u578B", "description": "How the information was obtained; determines how much it counts. \u4FE1\u606F\u7684\u83B7\u53D6\u65B9\u5F0F\uFF0C\u51B3\u5B9A\u5176\u53EF\u4FE1\u5EA6\u6743\u91CD\u3002", "type": "string", "enum": ["observed-trial", "contract", "reference-customer", "public-document", "vendor-claim"], "enumDescriptions": ["observed-trial: the evaluators saw it themselves during a trial. \u8BD5\u7528\u5B9E\u6D4B\uFF1A\u8BC4\u4F30\u4EBA\u5728\u8BD5\u7528\u4E2D\u4EB2\u773C\u6240\u89C1\u3002", "contract: written into the contract or SLA. \u5408\u540C\u7EA6\u5B9A\uFF1A\u5199\u5165\u5408\u540C\u6216 SLA \u7684\u6761\u6B3E\u3002", "reference-customer: confirmed by a customer the vendor named. \u5BA2\u6237\u5370\u8BC1\uFF1A\u7531\u4F9B\u5E94\u5546\u63D0\u4F9B\u7684\u53C2\u8003\u5BA2\u6237\u8BC1\u5B9E\u3002", "public-document: the vendor's website, documentation or public filings. \u516C\u5F00\u8D44\u6599\uFF1A\u5B98\u7F51\u3001\u6280\u672F\u6587\u6863\u6216\u516C\u5F00\u62AB\u9732\u6587\u4EF6\u3002", "vendor-claim: said by sales, not written down. \u53E3\u5934\u627F\u8BFA\uFF1A\u9500\u552E\u4EBA\u5458\u6240\u8BF4\uFF0C\u672A\u5F62\u6210\u4E66\u9762\u6750\u6599\u3002"] }, "reference": { "title": "Reference / \u51FA\u5904", "description": "Where to find it again: URL, contract clause, ticket number or meeting note. \u53EF\u590D\u67E5\u7684\u51FA\u5904\uFF1A\u7F51\u5740\u3001\u5408\u540C\u6761\u6B3E\u3001\u5DE5\u5355\u53F7\u6216\u4F1A\u8BAE\u7EAA\u8981\u3002", "type": "string", "minLength": 1, "maxLength": 500 }, "date": { "$ref": "#/$defs/localDate", "title": "Date / \u65E5\u671F", "description": "When the evidence was obtained or dated (YYYY-MM-DD, quoted); older evidence counts less. \u8BC1\u636E\u83B7\u53D6\u6216\u51FA\u5177\u7684\u65E5\u671F\uFF08YYYY-MM-DD\uFF0C\u52A0\u5F15\u53F7\uFF09\uFF1B\u8D8A\u65E7\u7684\u8BC1\u636E\u6743\u91CD\u8D8A\u4F4E\u3002" }, "note": { "title": "Note / \u5907\u6CE8", "description": "What the evidence shows, in a sentence or two. \u7528\u4E00\u4E24\u53E5\u8BDD\u8BF4\u660E\u8BE5\u8BC1\u636E\u8BF4\u660E\u4E86\u4EC0\u4E48\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 } } } }, "outsourcing": { "title": "Outsourcing / \u5916\u5305\u60C5\u51B5", "description": "Whether core R&D (\u7814\u53D1\u5916\u5305) or after-sales support (\u670D\u52A1\u5916\u5305) is outsourced, and whether partner staff can reach the core engineering team or are only a relay (\u4F20\u8BDD\u7B52). \u6838\u5FC3\u7814\u53D1\u662F\u5426\u5916\u5305\uFF08\u7814\u53D1\u5916\u5305\uFF09\u3001\u552E\u540E\u6280\u672F\u652F\u6301\u662F\u5426\u5916\u5305\uFF08\u670D\u52A1\u5916\u5305\uFF09\uFF0C\u4EE5\u53CA\u5408\u4F5C\u4F19\u4F34\u4EBA\u5458\u80FD\u5426\u76F4\u8FBE\u6838\u5FC3\u6280\u672F\u56E2\u961F\uFF0C\u8FD8\u662F\u53EA\u5145\u5F53\u4F20\u8BDD\u7B52\u3002", "type": "object", "additionalProperties": false, "properties": { "rnd": { "title": "Core R&D model / \u6838\u5FC3\u7814\u53D1\u6A21\u5F0F", "description": "Who writes the core audio-video code (transport, anti-packet-loss, echo cancellation, noise suppression). \u6838\u5FC3\u97F3\u89C6\u9891\u4EE3\u7801\uFF08\u4F20\u8F93\u3001\u6297\u4E22\u5305\u3001\u56DE\u58F0\u6D88\u9664\u3001\u964D\u566A\uFF09\u7531\u8C01\u5F00\u53D1\u3002", "type": "string", "enum": ["in-house", "partly-outsourced", "fully-outsourced"], "enumDescriptions": ["in-house: the vendor's own engineers build the core technology. \u81EA\u7814\uFF1A\u6838\u5FC3\u6280\u672F\u7531\u5382\u5546\u81EA\u6709\u5DE5\u7A0B\u5E08\u7814\u53D1\u3002", "partly-outsourced: some core modules are built by an outside team. \u90E8\u5206\u5916\u5305\uFF1A\u90E8\u5206\u6838\u5FC3\u6A21\u5757\u4EA4\u7531\u5916\u90E8\u56E2\u961F\u5F00\u53D1\u3002", "fully-outsourced: the core is built by an outside team (\u7814\u53D1\u5916\u5305); diagnosis and optimisation depend on others. \u5B8C\u5168\u5916\u5305\uFF1A\u6838\u5FC3\u7531\u5916\u90E8\u56E2\u961F\u5F00\u53D1\uFF08\u7814\u53D1\u5916\u5305\uFF09\uFF0C\u6392\u67E5\u4E0E\u4F18\u5316\u53D7\u5236\u4E8E\u4EBA\u3002"] }, "support_organisation": { "title": "Support organisation / \u6280\u672F\u652F\u6301\u7EC4\u7EC7\u5F62\u5F0F", "description": "How the technical-support team is organised. \u6280\u672F\u652F\u6301\u56E2\u961F\u7684\u7EC4\u7EC7\u5F62\u5F0F\u3002", "type": "string", "enum": ["self-built", "hybrid", "outsourced"], "enumDescriptions": ["self-built: all support staff are the vendor's employees (\u5168\u8D44\u81EA\u5EFA\u56E2\u961F). \u5168\u8D44\u81EA\u5EFA\uFF1A\u6280\u672F\u652F\u6301\u4EBA\u5458\u5747\u4E3A\u516C\u53F8\u6B63\u5F0F\u5458\u5DE5\u3002", "hybrid: own teams in core cities, local partners elsewhere (\u6DF7\u5408\u6A21\u5F0F). \u6DF7\u5408\u6A21\u5F0F\uFF1A\u6838\u5FC3\u57CE\u5E02\u81EA\u5EFA\u56E2\u961F\uFF0C\u5176\u4ED6\u5730\u533A\u4E0E\u672C\u5730\u670D\u52A1\u5546\u5408\u4F5C\u3002", "outsourced: after-sales support is handled by third parties (\u670D\u52A1\u5916\u5305). \u670D\u52A1\u5916\u5305\uFF1A\u552E\u540E\u6280\u672F\u652F\u6301\u7531\u7B2C\u4E09\u65B9\u627F\u63A5\u3002"] }, "partner_regions": { "title": "Partner regions / \u5408\u4F5C\u4F19\u4F34\u8986\u76D6\u5730\u533A", "description": "Regions served by local partners rather than the vendor's own staff. \u7531\u672C\u5730\u5408\u4F5C\u4F19\u4F34\uFF08\u800C\u975E\u5382\u5546\u81EA\u6709\u4EBA\u5458\uFF09\u63D0\u4F9B\u670D\u52A1\u7684\u5730\u533A\u3002", "type": "array", "uniqueItems": true, "items": { "title": "Region / \u5730\u533A", "description": "A province, city or region name. \u7701\u4EFD\u3001\u57CE\u5E02\u6216\u533A\u57DF\u540D\u79F0\u3002", "type": "string", "minLength": 1, "maxLength": 80 } }, "partners_trained": { "title": "Partners trained / \u5408\u4F5C\u4F19\u4F34\u662F\u5426\u7ECF\u8FC7\u7CFB\u7EDF\u57F9\u8BAD", "description": "Whether partner support staff are systematically trained and certified by the vendor. \u5408\u4F5C\u4F19\u4F34\u7684\u6280\u672F\u652F\u6301\u4EBA\u5458\u662F\u5426\u7ECF\u8FC7\u5382\u5546\u7684\u7CFB\u7EDF\u57F9\u8BAD\u548C\u8BA4\u8BC1\u3002", "type": "boolean" }, "partner_escalation": { "title": "Partner escalation / \u5408\u4F5C\u4F19\u4F34\u5347\u7EA7\u65B9\u5F0F", "description": "Can partner staff reach the vendor's core engineering team directly, or do they only pass messages on? \u5408\u4F5C\u4F19\u4F34\u4EBA\u5458\u80FD\u5426\u76F4\u63A5\u89E6\u8FBE\u5382\u5546\u6838\u5FC3\u6280\u672F\u56E2\u961F\uFF0C\u8FD8\u662F\u53EA\u80FD\u8F6C\u8FBE\uFF1F", "type": "string", "enum": ["direct", "relay"], "enumDescriptions": ["direct: partner staff escalate straight to the vendor's engineers. \u76F4\u63A5\u5347\u7EA7\uFF1A\u5408\u4F5C\u4F19\u4F34\u4EBA\u5458\u53EF\u76F4\u63A5\u8054\u7CFB\u5382\u5546\u5DE5\u7A0B\u5E08\u3002", "relay: partner staff only forward messages, a relay (\u4F20\u8BDD\u7B52). \u4F20\u8BDD\u7B52\uFF1A\u5408\u4F5C\u4F19\u4F34\u53EA\u80FD\u8F6C\u8FBE\u6D88\u606F\uFF0C\u65E0\u6CD5\u76F4\u63A5\u89E3\u51B3\u6216\u5347\u7EA7\u3002"] }, "organisation_public": { "title": "Organisation stated publicly / \u5B98\u7F51\u662F\u5426\u516C\u5F00\u7EC4\u7EC7\u5F62\u5F0F", "description": "Whether the official site states how the support team is organised. \u5B98\u7F51\u662F\u5426\u660E\u786E\u6807\u6CE8\u4E86\u670D\u52A1\u56E2\u961F\u7684\u7EC4\u7EC7\u5F62\u5F0F\u3002", "type": "boolean" }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "team_scale": { "title": "Team scale / \u56E2\u961F\u89C4\u6A21", "description": "Size of the technical-support team and whether it offers 7\xD724 service. \u6280\u672F\u652F\u6301\u56E2\u961F\u6709\u591A\u5C11\u4EBA\uFF0C\u662F\u5426\u5177\u5907 7\xD724 \u5C0F\u65F6\u670D\u52A1\u80FD\u529B\u3002", "type": "object", "additionalProperties": false, "properties": { "support_headcount": { "title": "Support headcount / \u6280\u672F\u652F\u6301\u4EBA\u6570", "description": "How many people work in technical support (not sales). \u6280\u672F\u652F\u6301\u56E2\u961F\u7684\u4EBA\u6570\uFF08\u4E0D\u542B\u9500\u552E\uFF09\u3002", "type": "integer", "minimum": 0 }, "coverage": { "title": "Coverage / \u670D\u52A1\u65F6\u6BB5", "description": 'When support is reachable by a person. Quote "24x7" in YAML. \u6280\u672F\u652F\u6301\u6709\u4EBA\u503C\u5B88\u7684\u65F6\u6BB5\u3002YAML \u4E2D\u8BF7\u7ED9 "24x7" \u52A0\u5F15\u53F7\u3002', "type": "string", "enum": ["24x7", "extended", "business-hours"], "enumDescriptions": ["24x7: staffed around the clock, every day (7\xD724 \u5C0F\u65F6). 7\xD724 \u5C0F\u65F6\uFF1A\u5168\u5929\u5019\u6709\u4EBA\u503C\u5B88\u3002", "extended: beyond office hours, e.g. evenings and weekends, but not around the clock. \u5EF6\u957F\u65F6\u6BB5\uFF1A\u8D85\u51FA\u5DE5\u4F5C\u65F6\u95F4\uFF08\u5982\u665A\u95F4\u3001\u5468\u672B\uFF09\uFF0C\u4F46\u975E\u5168\u5929\u5019\u3002", "business-hours: office hours on working days only. \u4EC5\u5DE5\u4F5C\u65F6\u95F4\uFF1A\u53EA\u5728\u5DE5\u4F5C\u65E5\u7684\u529E\u516C\u65F6\u95F4\u63D0\u4F9B\u670D\u52A1\u3002"] }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "response_time": { "title": "Response time / \u54CD\u5E94\u65F6\u6548", "description": "Claimed first-response targets for ordinary and urgent issues, and whether an escalation channel for urgent issues is open. Trial probes check these claims. \u4E00\u822C\u95EE\u9898\u548C\u7D27\u6025\u95EE\u9898\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u4EE5\u53CA\u7D27\u6025\u95EE\u9898\u7684\u5347\u7EA7\u901A\u9053\u662F\u5426\u7545\u901A\u3002\u8BD5\u7528\u63A2\u6D4B\u4F1A\u68C0\u9A8C\u8FD9\u4E9B\u627F\u8BFA\u3002", "type": "object", "additionalProperties": false, "properties": { "first_response_minutes": { "$ref": "#/$defs/severityMinutes", "title": "Claimed first response (minutes) / \u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF08\u5206\u949F\uFF09", "description": "Claimed first-response targets in minutes, per severity; omit a severity that was not stated. Trial probes of the same severity are compared with them. \u6309\u95EE\u9898\u7EA7\u522B\u586B\u5199\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF08\u5206\u949F\uFF09\uFF1B\u672A\u8BF4\u660E\u7684\u7EA7\u522B\u8BF7\u7701\u7565\u3002\u540C\u7EA7\u522B\u7684\u8BD5\u7528\u63A2\u6D4B\u7ED3\u679C\u4F1A\u4E0E\u4E4B\u5BF9\u6BD4\u3002" }, "urgent_escalation": { "title": "Urgent escalation / \u7D27\u6025\u5347\u7EA7\u901A\u9053", "description": "Whether urgent issues can bypass the normal queue, and through which channel. \u7D27\u6025\u95EE\u9898\u80FD\u5426\u7ED5\u8FC7\u666E\u901A\u6392\u961F\u76F4\u63A5\u5347\u7EA7\uFF0C\u4EE5\u53CA\u901A\u8FC7\u4EC0\u4E48\u6E20\u9053\u3002", "type": "object", "additionalProperties": false, "required": ["available"], "properties": { "available": { "title": "Available / \u662F\u5426\u63D0\u4F9B", "description": "Whether an escalation channel for urgent issues exists. \u662F\u5426\u63D0\u4F9B\u7D27\u6025\u95EE\u9898\u5347\u7EA7\u901A\u9053\u3002", "type": "boolean" }, "channel": { "title": "Channel / \u6E20\u9053", "description": "How to use it, e.g. a hotline or the dedicated support group; quote phone numbers. \u5347\u7EA7\u6E20\u9053\uFF0C\u5982\u70ED\u7EBF\u7535\u8BDD\u6216\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4\uFF1B\u7535\u8BDD\u53F7\u7801\u8BF7\u52A0\u5F15\u53F7\u3002", "type": "string", "minLength": 1, "maxLength": 120 } } }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "service_model": { "title": "Service model / \u670D\u52A1\u6A21\u5F0F", "description": "Named account manager or rotating tickets, a dedicated support group (\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4), and architecture consulting (\u67B6\u6784\u54A8\u8BE2) at design time. \u4E13\u5C5E\u5BA2\u6237\u7ECF\u7406\u5236\u8FD8\u662F\u5DE5\u5355\u8F6E\u8F6C\u5236\uFF0C\u662F\u5426\u6709\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4\uFF0C\u8BBE\u8BA1\u9636\u6BB5\u662F\u5426\u63D0\u4F9B\u67B6\u6784\u5E08\u54A8\u8BE2\u3002", "type": "object", "additionalProperties": false, "properties": { "account_management": { "title": "Account management / \u5BA2\u6237\u5BF9\u63A5\u65B9\u5F0F", "description": "Whether the institution has a named contact or each ticket goes to whoever is free. \u673A\u6784\u662F\u6709\u56FA\u5B9A\u5BF9\u63A5\u4EBA\uFF0C\u8FD8\u662F\u6BCF\u5F20\u5DE5\u5355\u7531\u7A7A\u95F2\u4EBA\u5458\u8F6E\u6D41\u5904\u7406\u3002", "type": "string", "enum": ["named-manager", "ticket-rotation"], "enumDescriptions": ["named-manager: a named account manager who knows the institution. \u4E13\u5C5E\u5BA2\u6237\u7ECF\u7406\uFF1A\u6709\u56FA\u5B9A\u7684\u3001\u719F\u6089\u672C\u673A\u6784\u60C5\u51B5\u7684\u5BF9\u63A5\u4EBA\u3002", "ticket-rotation: tickets rotate among whoever is on duty. \u5DE5\u5355\u8F6E\u8F6C\uFF1A\u5DE5\u5355\u7531\u503C\u73ED\u4EBA\u5458\u8F6E\u6D41\u5904\u7406\u3002"] }, "dedicated_group": { "title": "Dedicated support group / \u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4", "description": "A dedicated chat group for the institution (\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4) and who is in it. \u4E3A\u672C\u673A\u6784\u5EFA\u7ACB\u7684\u4E13\u5C5E\u6280\u672F\u670D\u52A1\u7FA4\uFF0C\u4EE5\u53CA\u7FA4\u5185\u6709\u54EA\u4E9B\u89D2\u8272\u3002", "type": "object", "additionalProperties": false, "required": ["available"], "properties": { "available": { "title": "Available / \u662F\u5426\u63D0\u4F9B", "description": "Whether the vendor sets up a dedicated support group for the institution. \u4F9B\u5E94\u5546\u662F\u5426\u4E3A\u672C\u673A\u6784\u5EFA\u7ACB\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4\u3002", "type": "boolean" }, "roles": { "title": "Roles in the group / \u7FA4\u5185\u89D2\u8272", "description": "Roles present in the group; a mix of CSM, architect and R&D is beyond what a relay team offers. \u7FA4\u5185\u7684\u89D2\u8272\uFF1B\u5BA2\u6237\u6210\u529F\u7ECF\u7406\u3001\u6280\u672F\u67B6\u6784\u5E08\u3001\u7814\u53D1\u4EBA\u5458\u591A\u89D2\u8272\u914D\u7F6E\u4E0D\u662F\u4E00\u822C\u5916\u5305\u56E2\u961F\u80FD\u63D0\u4F9B\u7684\u3002", "type": "array", "uniqueItems": true, "items": { "title": "Role / \u89D2\u8272", "description": "One role present in the group. \u7FA4\u5185\u7684\u4E00\u79CD\u89D2\u8272\u3002", "type": "string", "enum": ["csm", "architect", "rnd"], "enumDescriptions": ["csm: customer-success manager. \u5BA2\u6237\u6210\u529F\u7ECF\u7406\u3002", "architect: solution / technical architect. \u6280\u672F\u67B6\u6784\u5E08\uFF08\u65B9\u6848\u67B6\u6784\u5E08\uFF09\u3002", "rnd: R&D engineers from the core team. \u6838\u5FC3\u56E2\u961F\u7684\u7814\u53D1\u4EBA\u5458\u3002"] } } } }, "architecture_consulting": { "title": "Architecture consulting / \u67B6\u6784\u54A8\u8BE2", "description": 'Whether an architect advises at design time, rather than "read the docs" (\u770B\u6587\u6863). \u65B9\u6848\u8BBE\u8BA1\u9636\u6BB5\u662F\u5426\u6709\u67B6\u6784\u5E08\u63D0\u4F9B\u54A8\u8BE2\uFF0C\u800C\u4E0D\u662F\u53EA\u8BF4\u201C\u770B\u6587\u6863\u201D\u3002', "type": "boolean" }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "technical_depth": { "title": "Technical depth / \u6280\u672F\u6DF1\u5EA6", "description": "How far the vendor can customise, and whether R&D steps in directly on complex problems. \u80FD\u5426\u652F\u6301\u6DF1\u5EA6\u5B9A\u5236\uFF0C\u9047\u5230\u590D\u6742\u6280\u672F\u95EE\u9898\u662F\u5426\u6709\u7814\u53D1\u4EBA\u5458\u76F4\u63A5\u4ECB\u5165\u3002", "type": "object", "additionalProperties": false, "properties": { "customisation": { "title": "Customisation / \u5B9A\u5236\u80FD\u529B", "description": "The deepest level of customisation the vendor offers. \u4F9B\u5E94\u5546\u80FD\u63D0\u4F9B\u7684\u6700\u6DF1\u5B9A\u5236\u7A0B\u5EA6\u3002", "type": "string", "enum": ["none", "configuration", "extension", "deep"], "enumDescriptions": ["none: the product is used as it is. \u4E0D\u652F\u6301\u5B9A\u5236\uFF1A\u53EA\u80FD\u6309\u539F\u6837\u4F7F\u7528\u3002", "configuration: settings and branding only. \u914D\u7F6E\u7EA7\uFF1A\u4EC5\u53EF\u8C03\u6574\u8BBE\u7F6E\u3001\u754C\u9762\u54C1\u724C\u7B49\u3002", "extension: APIs, plug-ins or hooks for the institution's own features. \u6269\u5C55\u7EA7\uFF1A\u901A\u8FC7 API\u3001\u63D2\u4EF6\u6216\u56DE\u8C03\u63A5\u5165\u673A\u6784\u81EA\u6709\u529F\u80FD\u3002", "deep: the vendor changes the product or its core for the institution (\u6DF1\u5EA6\u5B9A\u5236). \u6DF1\u5EA6\u5B9A\u5236\uFF1A\u4F9B\u5E94\u5546\u4E3A\u672C\u673A\u6784\u4FEE\u6539\u4EA7\u54C1\u4E43\u81F3\u6838\u5FC3\u80FD\u529B\u3002"] }, "rnd_direct_engagement": { "title": "R&D steps in directly / \u7814\u53D1\u76F4\u63A5\u4ECB\u5165", "description": "Whether R&D engineers engage directly on complex problems instead of first-line support only. \u9047\u5230\u590D\u6742\u6280\u672F\u95EE\u9898\u65F6\uFF0C\u662F\u5426\u6709\u7814\u53D1\u4EBA\u5458\u76F4\u63A5\u4ECB\u5165\uFF0C\u800C\u4E0D\u53EA\u662F\u4E00\u7EBF\u5BA2\u670D\u5E94\u7B54\u3002", "type": "boolean" }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "industry_experience": { "title": "Industry experience / \u884C\u4E1A\u7ECF\u9A8C", "description": "Education-sector customers and the cloud-classroom scenarios the vendor demonstrably understands. \u6559\u80B2\u884C\u4E1A\u670D\u52A1\u6848\u4F8B\uFF0C\u4EE5\u53CA\u4F9B\u5E94\u5546\u5BF9\u4E91\u8BFE\u5802\u573A\u666F\u7684\u5B9E\u9645\u7406\u89E3\u3002", "type": "object", "additionalProperties": false, "properties": { "education_customers": { "title": "Education customers / \u6559\u80B2\u884C\u4E1A\u5BA2\u6237", "description": "Education institutions the vendor serves or has served. \u4F9B\u5E94\u5546\u670D\u52A1\u8FC7\u6216\u6B63\u5728\u670D\u52A1\u7684\u6559\u80B2\u673A\u6784\u3002", "type": "array", "items": { "title": "Education customer / \u6559\u80B2\u5BA2\u6237", "description": "One education customer. \u4E00\u5BB6\u6559\u80B2\u884C\u4E1A\u5BA2\u6237\u3002", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Customer name / \u5BA2\u6237\u540D\u79F0", "description": "Name of the school, university or training institution. \u5B66\u6821\u3001\u9AD8\u6821\u6216\u57F9\u8BAD\u673A\u6784\u7684\u540D\u79F0\u3002", "type": "string", "minLength": 1, "maxLength": 120 }, "students": { "title": "Students / \u5B66\u751F\u89C4\u6A21", "description": "Number of students served on the platform, as a measure of scale. \u5728\u8BE5\u5E73\u53F0\u4E0A\u5B66\u4E60\u7684\u5B66\u751F\u4EBA\u6570\uFF0C\u7528\u4E8E\u8861\u91CF\u89C4\u6A21\u3002", "type": "integer", "minimum": 0 }, "since": { "title": "Customer since / \u5408\u4F5C\u8D77\u59CB\u5E74\u4EFD", "description": "Year the customer started using the vendor (1990-2100). \u8BE5\u5BA2\u6237\u5F00\u59CB\u4F7F\u7528\u6B64\u4F9B\u5E94\u5546\u7684\u5E74\u4EFD\uFF081990-2100\uFF09\u3002", "type": "integer", "minimum": 1990, "maximum": 2100 } } } }, "scenarios": { "title": "Classroom scenarios / \u4E91\u8BFE\u5802\u573A\u666F", "description": "Cloud-classroom scenarios the vendor demonstrably understands (shown, not just claimed). \u4F9B\u5E94\u5546\u786E\u5B9E\u7406\u89E3\u5E76\u80FD\u6F14\u793A\u7684\u4E91\u8BFE\u5802\u573A\u666F\uFF08\u7ECF\u9A8C\u8BC1\uFF0C\u800C\u975E\u4EC5\u53E3\u5934\u58F0\u79F0\uFF09\u3002", "type": "array", "uniqueItems": true, "items": { "title": "Scenario / \u573A\u666F", "description": "One classroom scenario. \u4E00\u79CD\u8BFE\u5802\u573A\u666F\u3002", "type": "string", "enum": ["multi-party", "breakout-groups", "peak-load"], "enumDescriptions": ["multi-party: teacher and many students interacting at once, without stutter, latency or A/V drift. \u591A\u65B9\u4E92\u52A8\uFF1A\u8001\u5E08\u8BB2\u8BFE\u3001\u5B66\u751F\u63D0\u95EE\u3001\u8BFE\u5802\u8BA8\u8BBA\u540C\u65F6\u8FDB\u884C\uFF0C\u4E0D\u5361\u987F\u3001\u4F4E\u5EF6\u8FDF\u3001\u97F3\u753B\u540C\u6B65\u3002", "breakout-groups: splitting a class into group discussions and bringing it back. \u5206\u7EC4\u8BA8\u8BBA\uFF1A\u8BFE\u5802\u62C6\u5206\u4E3A\u5C0F\u7EC4\u8BA8\u8BBA\u540E\u518D\u5408\u5E76\u3002", "peak-load: concurrency surges at term start, exam weeks and revision periods. \u9AD8\u5CF0\u5E76\u53D1\uFF1A\u5F00\u5B66\u5B63\u3001\u8003\u8BD5\u5468\u3001\u671F\u672B\u590D\u4E60\u65F6\u5E76\u53D1\u91CF\u9AA4\u589E\u3002"] } }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "resource_investment": { "title": "Resource investment / \u8D44\u6E90\u6295\u5165", "description": "Value-added services (training, solution review, stress testing) and developer resources, which take sustained investment a relay team cannot build quickly. \u6280\u672F\u57F9\u8BAD\u3001\u65B9\u6848\u8BC4\u5BA1\u3001\u538B\u529B\u6D4B\u8BD5\u7B49\u589E\u503C\u670D\u52A1\uFF0C\u4EE5\u53CA\u5F00\u53D1\u8005\u8D44\u6E90\uFF1B\u8FD9\u4E9B\u9700\u8981\u6301\u7EED\u6295\u5165\uFF0C\u4E0D\u662F\u5916\u5305\u56E2\u961F\u77ED\u671F\u80FD\u5EFA\u6210\u7684\u3002", "type": "object", "additionalProperties": false, "properties": { "value_added_services": { "title": "Value-added services / \u589E\u503C\u670D\u52A1", "description": "Value-added services offered to the institution. \u5411\u672C\u673A\u6784\u63D0\u4F9B\u7684\u589E\u503C\u670D\u52A1\u3002", "type": "array", "uniqueItems": true, "items": { "title": "Service / \u670D\u52A1", "description": "One value-added service. \u4E00\u9879\u589E\u503C\u670D\u52A1\u3002", "type": "string", "enum": ["training", "solution-review", "stress-testing"], "enumDescriptions": ["training: technical training for the institution's IT staff and teachers. \u6280\u672F\u57F9\u8BAD\uFF1A\u9762\u5411\u673A\u6784\u6280\u672F\u4EBA\u5458\u548C\u6559\u5E08\u7684\u57F9\u8BAD\u3002", "solution-review: the vendor reviews the institution's design before go-live. \u65B9\u6848\u8BC4\u5BA1\uFF1A\u4E0A\u7EBF\u524D\u7531\u4F9B\u5E94\u5546\u8BC4\u5BA1\u673A\u6784\u7684\u65B9\u6848\u8BBE\u8BA1\u3002", "stress-testing: load tests ahead of peaks such as term start and exams. \u538B\u529B\u6D4B\u8BD5\uFF1A\u5728\u5F00\u5B66\u3001\u8003\u8BD5\u7B49\u9AD8\u5CF0\u524D\u8FDB\u884C\u538B\u6D4B\u3002"] } }, "developer_resources": { "title": "Developer resources / \u5F00\u53D1\u8005\u8D44\u6E90", "description": "Developer resources the vendor publishes. \u4F9B\u5E94\u5546\u63D0\u4F9B\u7684\u5F00\u53D1\u8005\u8D44\u6E90\u3002", "type": "array", "uniqueItems": true, "items": { "title": "Resource / \u8D44\u6E90", "description": "One kind of developer resource. \u4E00\u7C7B\u5F00\u53D1\u8005\u8D44\u6E90\u3002", "type": "string", "enum": ["docs", "sdk-downloads", "integration-guides", "faq"], "enumDescriptions": ["docs: detailed technical documentation. \u8BE6\u5C3D\u7684\u6280\u672F\u6587\u6863\u3002", "sdk-downloads: SDKs available for download. SDK \u4E0B\u8F7D\u3002", "integration-guides: step-by-step integration guides. \u96C6\u6210\u6307\u5357\u3002", "faq: a maintained FAQ / knowledge base. FAQ \u5E93\uFF08\u5E38\u89C1\u95EE\u9898\u77E5\u8BC6\u5E93\uFF09\u3002"] } }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "trial_probes": { "title": "Trial probes / \u8BD5\u7528\u63A2\u6D4B", "description": "Support requests the evaluators sent during a trial to measure real response speed and professionalism; they check the claimed response times. \u8BC4\u4F30\u4EBA\u5728\u8BD5\u7528\u671F\u95F4\u63D0\u4EA4\u7684\u6280\u672F\u652F\u6301\u8BF7\u6C42\uFF0C\u7528\u4E8E\u5B9E\u6D4B\u54CD\u5E94\u901F\u5EA6\u4E0E\u4E13\u4E1A\u5EA6\uFF0C\u5E76\u68C0\u9A8C\u627F\u8BFA\u7684\u54CD\u5E94\u65F6\u95F4\u3002", "type": "array", "items": { "title": "Trial probe / \u8BD5\u7528\u63A2\u6D4B", "description": "One support request sent during the trial and what happened. \u8BD5\u7528\u671F\u95F4\u63D0\u4EA4\u7684\u4E00\u6B21\u652F\u6301\u8BF7\u6C42\u53CA\u5176\u7ED3\u679C\u3002", "type": "object", "additionalProperties": false, "required": ["date", "channel", "severity", "first_response_minutes", "templated_reply", "reached_engineer"], "properties": { "date": { "$ref": "#/$defs/localDate", "title": "Date / \u65E5\u671F", "description": "Day the request was sent (YYYY-MM-DD, quoted). \u63D0\u4EA4\u8BF7\u6C42\u7684\u65E5\u671F\uFF08YYYY-MM-DD\uFF0C\u52A0\u5F15\u53F7\uFF09\u3002" }, "channel": { "title": "Channel / \u6E20\u9053", "description": "How the request was sent. \u8BF7\u6C42\u7684\u63D0\u4EA4\u6E20\u9053\u3002", "type": "string", "enum": ["ticket", "phone", "im", "email", "dedicated-group"], "enumDescriptions": ["ticket: the vendor's ticket system. \u5DE5\u5355\u7CFB\u7EDF\u3002", "phone: a support hotline. \u7535\u8BDD\u70ED\u7EBF\u3002", "im: instant messaging, e.g. online chat or WeChat. \u5373\u65F6\u901A\u8BAF\uFF0C\u5982\u5728\u7EBF\u5BA2\u670D\u3001\u5FAE\u4FE1\u3002", "email: e-mail to the support address. \u53D1\u9001\u81F3\u6280\u672F\u652F\u6301\u90AE\u7BB1\u7684\u90AE\u4EF6\u3002", "dedicated-group: the dedicated support group (\u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4). \u4E13\u5C5E\u6280\u672F\u652F\u6301\u7FA4\u3002"] }, "severity": { "$ref": "#/$defs/severity", "title": "Severity / \u95EE\u9898\u7EA7\u522B", "description": "Severity the request was filed with; compared with the claimed target of the same severity. \u63D0\u4EA4\u65F6\u7684\u95EE\u9898\u7EA7\u522B\uFF1B\u4E0E\u540C\u7EA7\u522B\u7684\u627F\u8BFA\u54CD\u5E94\u65F6\u95F4\u5BF9\u6BD4\u3002" }, "first_response_minutes": { "$ref": "#/$defs/minutes", "title": "First response (minutes) / \u9996\u6B21\u54CD\u5E94\uFF08\u5206\u949F\uFF09", "description": "Minutes until the first human reply; an automatic acknowledgement does not count. \u5230\u9996\u6B21\u4EBA\u5DE5\u56DE\u590D\u6240\u7528\u5206\u949F\u6570\uFF1B\u81EA\u52A8\u56DE\u6267\u4E0D\u7B97\u3002" }, "resolution_minutes": { "$ref": "#/$defs/minutes", "title": "Resolution (minutes) / \u89E3\u51B3\u7528\u65F6\uFF08\u5206\u949F\uFF09", "description": "Minutes until the problem was solved; omit if it was not solved during the trial. \u5230\u95EE\u9898\u89E3\u51B3\u6240\u7528\u5206\u949F\u6570\uFF1B\u8BD5\u7528\u671F\u5185\u672A\u89E3\u51B3\u5219\u7701\u7565\u3002" }, "templated_reply": { "title": "Templated reply / \u6A21\u677F\u5316\u56DE\u590D", "description": 'Whether the reply was a template such as "recorded, someone will contact you" (\u5DF2\u8BB0\u5F55\uFF0C\u7A0D\u540E\u6709\u4EBA\u8054\u7CFB\u60A8), a sign of a relay. \u56DE\u590D\u662F\u5426\u4E3A\u201C\u5DF2\u8BB0\u5F55\uFF0C\u7A0D\u540E\u6709\u4EBA\u8054\u7CFB\u60A8\u201D\u4E4B\u7C7B\u7684\u6A21\u677F\u8BDD\u672F\u2014\u2014\u4F20\u8BDD\u7B52\u7684\u8FF9\u8C61\u3002', "type": "boolean" }, "reached_engineer": { "title": "Reached an engineer / \u662F\u5426\u63A5\u89E6\u5230\u5DE5\u7A0B\u5E08", "description": "Whether an engineer who could diagnose the problem took part, rather than first-line staff only. \u662F\u5426\u6709\u80FD\u8BCA\u65AD\u95EE\u9898\u7684\u5DE5\u7A0B\u5E08\u53C2\u4E0E\uFF0C\u800C\u4E0D\u53EA\u662F\u4E00\u7EBF\u5BA2\u670D\u3002", "type": "boolean" }, "summary": { "title": "Summary / \u6458\u8981", "description": "What was asked and how the vendor handled it. \u63D0\u95EE\u5185\u5BB9\u4EE5\u53CA\u4F9B\u5E94\u5546\u7684\u5904\u7406\u7ECF\u8FC7\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } } }, "hidden_costs": { "title": "Hidden costs / \u9690\u85CF\u6210\u672C", "description": "Costs that do not show in the quote (\u9690\u85CF\u6210\u672C): support billed extra, remote-only service, staff turnover, and readiness for peaks. \u62A5\u4EF7\u4E2D\u770B\u4E0D\u5230\u7684\u6210\u672C\uFF1A\u6280\u672F\u652F\u6301\u989D\u5916\u6536\u8D39\u3001\u4EC5\u8FDC\u7A0B\u670D\u52A1\u3001\u4EBA\u5458\u6D41\u52A8\uFF0C\u4EE5\u53CA\u9AD8\u5CF0\u671F\u4FDD\u969C\u80FD\u529B\u3002", "type": "object", "additionalProperties": false, "properties": { "support_fee": { "title": "Support fee / \u6280\u672F\u652F\u6301\u8D39\u7528", "description": "Whether technical support is included in the price or billed extra. \u6280\u672F\u652F\u6301\u662F\u5305\u542B\u5728\u62A5\u4EF7\u4E2D\u8FD8\u662F\u989D\u5916\u6536\u8D39\u3002", "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "title": "Fee model / \u6536\u8D39\u65B9\u5F0F", "description": "How support is charged. \u6280\u672F\u652F\u6301\u7684\u6536\u8D39\u65B9\u5F0F\u3002", "type": "string", "enum": ["included", "extra"], "enumDescriptions": ["included: support is part of the quoted price. \u5DF2\u5305\u542B\uFF1A\u6280\u672F\u652F\u6301\u8D39\u7528\u5305\u542B\u5728\u62A5\u4EF7\u5185\u3002", "extra: support is billed on top of the product price. \u989D\u5916\u6536\u8D39\uFF1A\u6280\u672F\u652F\u6301\u5728\u4EA7\u54C1\u4EF7\u683C\u4E4B\u5916\u53E6\u884C\u6536\u8D39\u3002"] }, "annual_amount": { "title": "Annual amount / \u5E74\u8D39\u91D1\u989D", "description": "Yearly amount charged for support, in the currency below. \u6BCF\u5E74\u7684\u6280\u672F\u652F\u6301\u8D39\u7528\u91D1\u989D\uFF0C\u5E01\u79CD\u89C1 currency\u3002", "type": "number", "minimum": 0 }, "currency": { "title": "Currency / \u5E01\u79CD", "description": 'ISO 4217 currency code of the amount, e.g. "CNY". \u91D1\u989D\u7684 ISO 4217 \u5E01\u79CD\u4EE3\u7801\uFF0C\u4F8B\u5982 "CNY"\u3002', "type": "string", "pattern": "^[A-Z]{3}$" } } }, "onsite_service": { "title": "On-site service / \u73B0\u573A\u670D\u52A1", "description": "Whether engineers come on site or everything is solved remotely. \u5DE5\u7A0B\u5E08\u80FD\u5426\u5230\u73B0\u573A\uFF0C\u8FD8\u662F\u53EA\u80FD\u8FDC\u7A0B\u89E3\u51B3\u3002", "type": "string", "enum": ["onsite", "remote-only"], "enumDescriptions": ["onsite: engineers can come on site when needed. \u652F\u6301\u73B0\u573A\u670D\u52A1\uFF1A\u5FC5\u8981\u65F6\u5DE5\u7A0B\u5E08\u53EF\u4E0A\u95E8\u3002", "remote-only: remote support only; slow when the institution's own team is not technical. \u4EC5\u8FDC\u7A0B\uFF1A\u53EA\u80FD\u8FDC\u7A0B\u89E3\u51B3\uFF0C\u673A\u6784\u81EA\u8EAB\u6280\u672F\u80FD\u529B\u4E0D\u5F3A\u65F6\u6392\u67E5\u6548\u7387\u4F4E\u3002"] }, "staff_turnover": { "title": "Staff turnover / \u4EBA\u5458\u6D41\u52A8", "description": "How often support staff change; every new contact costs time to re-learn the institution's setup. \u6280\u672F\u652F\u6301\u4EBA\u5458\u7684\u6D41\u52A8\u60C5\u51B5\uFF1B\u6BCF\u6B21\u6362\u4EBA\u90FD\u8981\u91CD\u65B0\u719F\u6089\u60C5\u51B5\uFF0C\u6C9F\u901A\u6210\u672C\u9AD8\u3002", "type": "object", "additionalProperties": false, "properties": { "annual_rate_percent": { "title": "Annual turnover (%) / \u5E74\u6D41\u52A8\u7387\uFF08%\uFF09", "description": "Share of support staff leaving per year, in percent (0-100). Note how fluently the vendor answered. \u6BCF\u5E74\u79BB\u804C\u7684\u6280\u672F\u652F\u6301\u4EBA\u5458\u5360\u6BD4\uFF080-100\uFF09\u3002\u7559\u610F\u5BF9\u65B9\u56DE\u7B54\u662F\u5426\u6D41\u7545\u3002", "type": "number", "minimum": 0, "maximum": 100 }, "contact_changes_last_year": { "title": "Contact changes last year / \u53BB\u5E74\u5BF9\u63A5\u4EBA\u66F4\u6362\u6B21\u6570", "description": "How many times the institution's (or a reference customer's) support contact changed in the last year. \u8FC7\u53BB\u4E00\u5E74\u672C\u673A\u6784\uFF08\u6216\u53C2\u8003\u5BA2\u6237\uFF09\u7684\u6280\u672F\u652F\u6301\u5BF9\u63A5\u4EBA\u66F4\u6362\u4E86\u51E0\u6B21\u3002", "type": "integer", "minimum": 0 } } }, "peak_readiness": { "title": "Peak readiness / \u9AD8\u5CF0\u671F\u4FDD\u969C", "description": "Preparation for term start, exam weeks and revision peaks. \u9488\u5BF9\u5F00\u5B66\u5B63\u3001\u8003\u8BD5\u5468\u3001\u671F\u672B\u590D\u4E60\u7B49\u9AD8\u5CF0\u671F\u7684\u51C6\u5907\u3002", "type": "object", "additionalProperties": false, "properties": { "capacity_planning": { "title": "Capacity planning / \u5BB9\u91CF\u89C4\u5212", "description": "Whether the vendor plans capacity with the institution ahead of peaks. \u4F9B\u5E94\u5546\u662F\u5426\u5728\u9AD8\u5CF0\u524D\u4E0E\u673A\u6784\u4E00\u8D77\u505A\u5BB9\u91CF\u89C4\u5212\u3002", "type": "boolean" }, "realtime_monitoring": { "title": "Real-time monitoring / \u5B9E\u65F6\u76D1\u63A7", "description": "Whether the vendor monitors service health in real time during classes. \u4E0A\u8BFE\u671F\u95F4\u4F9B\u5E94\u5546\u662F\u5426\u5B9E\u65F6\u76D1\u63A7\u670D\u52A1\u5668\u548C\u670D\u52A1\u72B6\u6001\u3002", "type": "boolean" } } }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } }, "ratings": { "title": "Ratings / \u8BC4\u5206", "description": "Evaluators' 1-5 ratings of the rubric's rating-based criteria; the median per criterion counts, and a spread of 2 or more is reported as a disagreement. \u8BC4\u4F30\u4EBA\u5BF9\u8BC4\u5206\u6807\u51C6\u4E2D\u8BC4\u5206\u7C7B\u6307\u6807\u7684 1-5 \u5206\u6253\u5206\uFF1B\u6309\u6307\u6807\u53D6\u4E2D\u4F4D\u6570\uFF0C\u5206\u5DEE\u8FBE 2 \u5206\u53CA\u4EE5\u4E0A\u4F1A\u88AB\u6807\u8BB0\u4E3A\u5206\u6B67\u3002", "type": "array", "items": { "title": "Rating / \u8BC4\u5206", "description": "One evaluator's rating of one criterion. \u4E00\u4F4D\u8BC4\u4F30\u4EBA\u5BF9\u4E00\u9879\u6307\u6807\u7684\u8BC4\u5206\u3002", "type": "object", "additionalProperties": false, "required": ["criterion", "evaluator", "score", "justification"], "properties": { "criterion": { "title": "Criterion / \u6307\u6807", "description": "Id of a rating-based criterion in the rubric, e.g. support-professionalism. \u8BC4\u5206\u6807\u51C6\u4E2D\u67D0\u4E2A\u8BC4\u5206\u7C7B\u6307\u6807\u7684 id\uFF0C\u4F8B\u5982 support-professionalism\u3002", "type": "string", "minLength": 1, "maxLength": 120 }, "evaluator": { "title": "Evaluator / \u8BC4\u4F30\u4EBA", "description": "Name of the evaluator, exactly as listed in evaluation.evaluators. \u8BC4\u4F30\u4EBA\u59D3\u540D\uFF0C\u987B\u4E0E evaluation.evaluators \u4E2D\u7684\u5199\u6CD5\u5B8C\u5168\u4E00\u81F4\u3002", "type": "string", "minLength": 1, "maxLength": 120 }, "score": { "title": "Score / \u5206\u6570", "description": "1 (poor) to 5 (excellent), following the rubric's anchors for this criterion. 1\uFF08\u5DEE\uFF09\u5230 5\uFF08\u4F18\uFF09\uFF0C\u53C2\u7167\u8BC4\u5206\u6807\u51C6\u4E2D\u8BE5\u6307\u6807\u7684\u951A\u70B9\u63CF\u8FF0\u3002", "type": "integer", "minimum": 1, "maximum": 5 }, "justification": { "title": "Justification / \u8BC4\u5206\u7406\u7531", "description": "Why this score: what was observed, ideally citing evidence. \u6253\u51FA\u8BE5\u5206\u6570\u7684\u7406\u7531\uFF1A\u89C2\u5BDF\u5230\u4E86\u4EC0\u4E48\uFF0C\u6700\u597D\u5F15\u7528\u8BC1\u636E\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 }, "evidence": { "$ref": "#/$defs/evidenceRefs", "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) that support the facts here; every id must exist in the evidence list. \u652F\u6491\u6B64\u5904\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF0C\u987B\u5728 evidence \u8BC1\u636E\u767B\u8BB0\u4E2D\u5B58\u5728\u3002" } } } }, "notes": { "title": "Notes / \u5907\u6CE8", "description": "Anything else reviewers should know: open questions, caveats, context. \u8BC4\u5BA1\u4EBA\u9700\u8981\u4E86\u89E3\u7684\u5176\u4ED6\u4FE1\u606F\uFF1A\u5F85\u786E\u8BA4\u95EE\u9898\u3001\u6CE8\u610F\u4E8B\u9879\u3001\u80CC\u666F\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 } }, "$defs": { "localDate": { "title": "Date / \u65E5\u671F", "description": "A calendar date, YYYY-MM-DD; quote it in YAML. \u65E5\u5386\u65E5\u671F\uFF0C\u683C\u5F0F YYYY-MM-DD\uFF1BYAML \u4E2D\u8BF7\u52A0\u5F15\u53F7\u3002", "type": "string", "format": "date" }, "evidenceId": { "title": "Evidence id / \u8BC1\u636E\u7F16\u53F7", "description": "Id of an entry in the evidence register: a letter, then up to 31 letters, digits, '_' or '-', e.g. E1. \u8BC1\u636E\u767B\u8BB0\u4E2D\u7684\u7F16\u53F7\uFF1A\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF0C\u540E\u63A5\u6700\u591A 31 \u4E2A\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u4E0B\u5212\u7EBF\u6216\u8FDE\u5B57\u7B26\uFF0C\u4F8B\u5982 E1\u3002", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]{0,31}$" }, "evidenceRefs": { "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) behind these facts; facts without evidence count for less. \u652F\u6491\u8FD9\u4E9B\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF1B\u6CA1\u6709\u8BC1\u636E\u652F\u6491\u7684\u4E8B\u5B9E\u53EF\u4FE1\u5EA6\u8F83\u4F4E\u3002", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/evidenceId" } }, "minutes": { "title": "Minutes / \u5206\u949F\u6570", "description": "A duration in minutes, 0 or more. \u4EE5\u5206\u949F\u8BA1\u7684\u65F6\u957F\uFF0C\u4E0D\u5C0F\u4E8E 0\u3002", "type": "number", "minimum": 0 }, "severityMinutes": { "title": "Minutes per severity / \u5404\u7EA7\u522B\u5206\u949F\u6570", "description": "Claimed first-response minutes per issue severity (critical, high, normal, low); each key is optional. \u6309\u95EE\u9898\u7EA7\u522B\uFF08\u7D27\u6025\u3001\u9AD8\u3001\u4E00\u822C\u3001\u4F4E\uFF09\u7ED9\u51FA\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u5206\u949F\u6570\uFF0C\u5404\u7EA7\u522B\u5747\u53EF\u7701\u7565\u3002", "type": "object", "additionalProperties": false, "properties": { "critical": { "$ref": "#/$defs/minutes", "title": "Critical / \u7D27\u6025", "description": "Claimed first response for critical issues, e.g. a class cannot start, in minutes. \u7D27\u6025\u95EE\u9898\uFF08\u5982\u6574\u5802\u8BFE\u65E0\u6CD5\u5F00\u8BFE\uFF09\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "high": { "$ref": "#/$defs/minutes", "title": "High / \u9AD8", "description": "Claimed first response for high-severity issues, e.g. stutter or A/V out of sync in live classes, in minutes. \u9AD8\u4F18\u5148\u7EA7\u95EE\u9898\uFF08\u5982\u4E0A\u8BFE\u65F6\u5361\u987F\u3001\u97F3\u753B\u4E0D\u540C\u6B65\uFF09\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "normal": { "$ref": "#/$defs/minutes", "title": "Normal / \u4E00\u822C", "description": "Claimed first response for ordinary issues, in minutes. \u4E00\u822C\u95EE\u9898\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "low": { "$ref": "#/$defs/minutes", "title": "Low / \u4F4E", "description": "Claimed first response for questions and low-impact requests, in minutes. \u54A8\u8BE2\u7C7B\u3001\u4F4E\u5F71\u54CD\u95EE\u9898\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" } } }, "severity": { "title": "Severity / \u95EE\u9898\u7EA7\u522B", "description": "How serious a support issue is. \u6280\u672F\u652F\u6301\u95EE\u9898\u7684\u4E25\u91CD\u7A0B\u5EA6\u3002", "type": "string", "enum": ["critical", "high", "normal", "low"], "enumDescriptions": ["critical: classes cannot run, e.g. a classroom cannot start or all audio is lost. \u7D27\u6025\uFF1A\u65E0\u6CD5\u4E0A\u8BFE\uFF0C\u5982\u8BFE\u5802\u65E0\u6CD5\u5F00\u542F\u3001\u5168\u5458\u65E0\u58F0\u3002", "high: classes run but badly, e.g. stutter, high latency, A/V out of sync. \u9AD8\uFF1A\u80FD\u4E0A\u8BFE\u4F46\u4F53\u9A8C\u4E25\u91CD\u53D7\u635F\uFF0C\u5982\u5361\u987F\u3001\u5EF6\u8FDF\u9AD8\u3001\u97F3\u753B\u4E0D\u540C\u6B65\u3002", "normal: an ordinary problem with a workaround. \u4E00\u822C\uFF1A\u6709\u4E34\u65F6\u89E3\u51B3\u529E\u6CD5\u7684\u666E\u901A\u95EE\u9898\u3002", "low: a question or a low-impact request. \u4F4E\uFF1A\u54A8\u8BE2\u7C7B\u6216\u5F71\u54CD\u5F88\u5C0F\u7684\u8BF7\u6C42\u3002"] } } };
var schema32 = { "title": "Date / \u65E5\u671F", "description": "A calendar date, YYYY-MM-DD; quote it in YAML. \u65E5\u5386\u65E5\u671F\uFF0C\u683C\u5F0F YYYY-MM-DD\uFF1BYAML \u4E2D\u8BF7\u52A0\u5F15\u53F7\u3002", "type": "string", "format": "date" };
var schema34 = { "title": "Evidence id / \u8BC1\u636E\u7F16\u53F7", "description": "Id of an entry in the evidence register: a letter, then up to 31 letters, digits, '_' or '-', e.g. E1. \u8BC1\u636E\u767B\u8BB0\u4E2D\u7684\u7F16\u53F7\uFF1A\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF0C\u540E\u63A5\u6700\u591A 31 \u4E2A\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u4E0B\u5212\u7EBF\u6216\u8FDE\u5B57\u7B26\uFF0C\u4F8B\u5982 E1\u3002", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]{0,31}$" };
var schema44 = { "title": "Severity / \u95EE\u9898\u7EA7\u522B", "description": "How serious a support issue is. \u6280\u672F\u652F\u6301\u95EE\u9898\u7684\u4E25\u91CD\u7A0B\u5EA6\u3002", "type": "string", "enum": ["critical", "high", "normal", "low"], "enumDescriptions": ["critical: classes cannot run, e.g. a classroom cannot start or all audio is lost. \u7D27\u6025\uFF1A\u65E0\u6CD5\u4E0A\u8BFE\uFF0C\u5982\u8BFE\u5802\u65E0\u6CD5\u5F00\u542F\u3001\u5168\u5458\u65E0\u58F0\u3002", "high: classes run but badly, e.g. stutter, high latency, A/V out of sync. \u9AD8\uFF1A\u80FD\u4E0A\u8BFE\u4F46\u4F53\u9A8C\u4E25\u91CD\u53D7\u635F\uFF0C\u5982\u5361\u987F\u3001\u5EF6\u8FDF\u9AD8\u3001\u97F3\u753B\u4E0D\u540C\u6B65\u3002", "normal: an ordinary problem with a workaround. \u4E00\u822C\uFF1A\u6709\u4E34\u65F6\u89E3\u51B3\u529E\u6CD5\u7684\u666E\u901A\u95EE\u9898\u3002", "low: a question or a low-impact request. \u4F4E\uFF1A\u54A8\u8BE2\u7C7B\u6216\u5F71\u54CD\u5F88\u5C0F\u7684\u8BF7\u6C42\u3002"] };
var schema39 = { "title": "Minutes / \u5206\u949F\u6570", "description": "A duration in minutes, 0 or more. \u4EE5\u5206\u949F\u8BA1\u7684\u65F6\u957F\uFF0C\u4E0D\u5C0F\u4E8E 0\u3002", "type": "number", "minimum": 0 };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{1,62}$", "u");
var pattern5 = new RegExp("^https?://", "u");
var pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_-]{0,31}$", "u");
var pattern8 = new RegExp("^[A-Z]{3}$", "u");
var formats0 = require_formats().fullFormats.uri;
var formats2 = require_formats().fullFormats.date;
var schema36 = { "title": "Evidence / \u5F15\u7528\u8BC1\u636E", "description": "Ids of the evidence-register entries (E1, E2, \u2026) behind these facts; facts without evidence count for less. \u652F\u6491\u8FD9\u4E9B\u4E8B\u5B9E\u7684\u8BC1\u636E\u7F16\u53F7\uFF08E1\u3001E2\u2026\u2026\uFF09\uFF1B\u6CA1\u6709\u8BC1\u636E\u652F\u6491\u7684\u4E8B\u5B9E\u53EF\u4FE1\u5EA6\u8F83\u4F4E\u3002", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/evidenceId" } };
var func0 = require_equal().default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/evidenceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]{0,31}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]{0,31}$"', schema: "^[A-Za-z][A-Za-z0-9_-]{0,31}$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/evidenceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema36, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "title": "Minutes per severity / \u5404\u7EA7\u522B\u5206\u949F\u6570", "description": "Claimed first-response minutes per issue severity (critical, high, normal, low); each key is optional. \u6309\u95EE\u9898\u7EA7\u522B\uFF08\u7D27\u6025\u3001\u9AD8\u3001\u4E00\u822C\u3001\u4F4E\uFF09\u7ED9\u51FA\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u5206\u949F\u6570\uFF0C\u5404\u7EA7\u522B\u5747\u53EF\u7701\u7565\u3002", "type": "object", "additionalProperties": false, "properties": { "critical": { "$ref": "#/$defs/minutes", "title": "Critical / \u7D27\u6025", "description": "Claimed first response for critical issues, e.g. a class cannot start, in minutes. \u7D27\u6025\u95EE\u9898\uFF08\u5982\u6574\u5802\u8BFE\u65E0\u6CD5\u5F00\u8BFE\uFF09\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "high": { "$ref": "#/$defs/minutes", "title": "High / \u9AD8", "description": "Claimed first response for high-severity issues, e.g. stutter or A/V out of sync in live classes, in minutes. \u9AD8\u4F18\u5148\u7EA7\u95EE\u9898\uFF08\u5982\u4E0A\u8BFE\u65F6\u5361\u987F\u3001\u97F3\u753B\u4E0D\u540C\u6B65\uFF09\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "normal": { "$ref": "#/$defs/minutes", "title": "Normal / \u4E00\u822C", "description": "Claimed first response for ordinary issues, in minutes. \u4E00\u822C\u95EE\u9898\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" }, "low": { "$ref": "#/$defs/minutes", "title": "Low / \u4F4E", "description": "Claimed first response for questions and low-impact requests, in minutes. \u54A8\u8BE2\u7C7B\u3001\u4F4E\u5F71\u54CD\u95EE\u9898\u7684\u627F\u8BFA\u9996\u6B21\u54CD\u5E94\u65F6\u95F4\uFF0C\u5355\u4F4D\u5206\u949F\u3002" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "critical" || key0 === "high" || key0 === "normal" || key0 === "low")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data0 = data.critical;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/critical", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/critical", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.high !== void 0) {
      let data1 = data.high;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/high", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/high", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.normal !== void 0) {
      let data2 = data.normal;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/normal", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/normal", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.low !== void 0) {
      let data3 = data.low;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/low", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/low", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.evaluation === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      let data0 = data.schema_version;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.schema_version.type, parentSchema: schema31.properties.schema_version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("1" !== data0) {
        const err7 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant", schema: "1", parentSchema: schema31.properties.schema_version, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{1,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{1,62}$"', schema: "^[a-z0-9][a-z0-9-]{1,62}$", parentSchema: schema31.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) > 120) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.website !== void 0) {
      let data3 = data.website;
      if (typeof data3 === "string") {
        if (func2(data3) > 500) {
          const err13 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.website, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err14 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.website, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!formats0(data3)) {
          const err15 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema31.properties.website, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.website.type, parentSchema: schema31.properties.website, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data4 = data.category;
      if (typeof data4 !== "string") {
        const err17 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.category.type, parentSchema: schema31.properties.category, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data4 === "cloud-classroom-saas" || data4 === "rtc-paas" || data4 === "live-streaming" || data4 === "integrated-solution")) {
        const err18 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.category.enum, parentSchema: schema31.properties.category, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data5 = data.evaluation;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.evaluators === void 0) {
          const err19 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "evaluators" }, message: "must have required property 'evaluators'", schema: schema31.properties.evaluation.required, parentSchema: schema31.properties.evaluation, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5.evaluated_on === void 0) {
          const err20 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "evaluated_on" }, message: "must have required property 'evaluated_on'", schema: schema31.properties.evaluation.required, parentSchema: schema31.properties.evaluation, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data5.review_by === void 0) {
          const err21 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/required", keyword: "required", params: { missingProperty: "review_by" }, message: "must have required property 'review_by'", schema: schema31.properties.evaluation.required, parentSchema: schema31.properties.evaluation, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "evaluators" || key1 === "evaluated_on" || key1 === "review_by")) {
            const err22 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.evaluation, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.evaluators !== void 0) {
          let data6 = data5.evaluators;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err23 = { instancePath: instancePath + "/evaluation/evaluators", schemaPath: "#/properties/evaluation/properties/evaluators/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.evaluation.properties.evaluators, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.name === void 0) {
                  const err24 = { instancePath: instancePath + "/evaluation/evaluators/" + i0, schemaPath: "#/properties/evaluation/properties/evaluators/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.evaluation.properties.evaluators.items.required, parentSchema: schema31.properties.evaluation.properties.evaluators.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key2 in data7) {
                  if (!(key2 === "name" || key2 === "role")) {
                    const err25 = { instancePath: instancePath + "/evaluation/evaluators/" + i0, schemaPath: "#/properties/evaluation/properties/evaluators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.evaluation.properties.evaluators.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data7.name !== void 0) {
                  let data8 = data7.name;
                  if (typeof data8 === "string") {
                    if (func2(data8) > 120) {
                      const err26 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/name", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.name, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (func2(data8) < 1) {
                      const err27 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/name", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.name, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/name", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evaluation.properties.evaluators.items.properties.name.type, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.name, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data7.role !== void 0) {
                  let data9 = data7.role;
                  if (typeof data9 === "string") {
                    if (func2(data9) > 120) {
                      const err29 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/role", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/role/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.role, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (func2(data9) < 1) {
                      const err30 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/role", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.role, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/evaluation/evaluators/" + i0 + "/role", schemaPath: "#/properties/evaluation/properties/evaluators/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evaluation.properties.evaluators.items.properties.role.type, parentSchema: schema31.properties.evaluation.properties.evaluators.items.properties.role, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/evaluation/evaluators/" + i0, schemaPath: "#/properties/evaluation/properties/evaluators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.evaluation.properties.evaluators.items.type, parentSchema: schema31.properties.evaluation.properties.evaluators.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/evaluation/evaluators", schemaPath: "#/properties/evaluation/properties/evaluators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.evaluation.properties.evaluators.type, parentSchema: schema31.properties.evaluation.properties.evaluators, data: data6 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data5.evaluated_on !== void 0) {
          let data10 = data5.evaluated_on;
          if (typeof data10 === "string") {
            if (!formats2.validate(data10)) {
              const err34 = { instancePath: instancePath + "/evaluation/evaluated_on", schemaPath: "#/$defs/localDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32, data: data10 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/evaluation/evaluated_on", schemaPath: "#/$defs/localDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data10 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data5.review_by !== void 0) {
          let data11 = data5.review_by;
          if (typeof data11 === "string") {
            if (!formats2.validate(data11)) {
              const err36 = { instancePath: instancePath + "/evaluation/review_by", schemaPath: "#/$defs/localDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32, data: data11 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/evaluation/review_by", schemaPath: "#/$defs/localDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data11 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.evaluation.type, parentSchema: schema31.properties.evaluation, data: data5 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data12 = data.evidence;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.id === void 0) {
              const err39 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.evidence.items.required, parentSchema: schema31.properties.evidence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data13.type === void 0) {
              const err40 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema31.properties.evidence.items.required, parentSchema: schema31.properties.evidence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data13.reference === void 0) {
              const err41 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema31.properties.evidence.items.required, parentSchema: schema31.properties.evidence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data13.date === void 0) {
              const err42 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema31.properties.evidence.items.required, parentSchema: schema31.properties.evidence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key3 in data13) {
              if (!(key3 === "id" || key3 === "type" || key3 === "reference" || key3 === "date" || key3 === "note")) {
                const err43 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.evidence.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data13.id !== void 0) {
              let data14 = data13.id;
              if (typeof data14 === "string") {
                if (!pattern6.test(data14)) {
                  const err44 = { instancePath: instancePath + "/evidence/" + i1 + "/id", schemaPath: "#/$defs/evidenceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]{0,31}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]{0,31}$"', schema: "^[A-Za-z][A-Za-z0-9_-]{0,31}$", parentSchema: schema34, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/evidence/" + i1 + "/id", schemaPath: "#/$defs/evidenceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data14 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data13.type !== void 0) {
              let data15 = data13.type;
              if (typeof data15 !== "string") {
                const err46 = { instancePath: instancePath + "/evidence/" + i1 + "/type", schemaPath: "#/properties/evidence/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evidence.items.properties.type.type, parentSchema: schema31.properties.evidence.items.properties.type, data: data15 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (!(data15 === "observed-trial" || data15 === "contract" || data15 === "reference-customer" || data15 === "public-document" || data15 === "vendor-claim")) {
                const err47 = { instancePath: instancePath + "/evidence/" + i1 + "/type", schemaPath: "#/properties/evidence/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.evidence.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.evidence.items.properties.type.enum, parentSchema: schema31.properties.evidence.items.properties.type, data: data15 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data13.reference !== void 0) {
              let data16 = data13.reference;
              if (typeof data16 === "string") {
                if (func2(data16) > 500) {
                  const err48 = { instancePath: instancePath + "/evidence/" + i1 + "/reference", schemaPath: "#/properties/evidence/items/properties/reference/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.evidence.items.properties.reference, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (func2(data16) < 1) {
                  const err49 = { instancePath: instancePath + "/evidence/" + i1 + "/reference", schemaPath: "#/properties/evidence/items/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.evidence.items.properties.reference, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/evidence/" + i1 + "/reference", schemaPath: "#/properties/evidence/items/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evidence.items.properties.reference.type, parentSchema: schema31.properties.evidence.items.properties.reference, data: data16 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data13.date !== void 0) {
              let data17 = data13.date;
              if (typeof data17 === "string") {
                if (!formats2.validate(data17)) {
                  const err51 = { instancePath: instancePath + "/evidence/" + i1 + "/date", schemaPath: "#/$defs/localDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/evidence/" + i1 + "/date", schemaPath: "#/$defs/localDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data17 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data13.note !== void 0) {
              let data18 = data13.note;
              if (typeof data18 === "string") {
                if (func2(data18) > 2e3) {
                  const err53 = { instancePath: instancePath + "/evidence/" + i1 + "/note", schemaPath: "#/properties/evidence/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.evidence.items.properties.note, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (func2(data18) < 1) {
                  const err54 = { instancePath: instancePath + "/evidence/" + i1 + "/note", schemaPath: "#/properties/evidence/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.evidence.items.properties.note, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/evidence/" + i1 + "/note", schemaPath: "#/properties/evidence/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.evidence.items.properties.note.type, parentSchema: schema31.properties.evidence.items.properties.note, data: data18 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.evidence.items.type, parentSchema: schema31.properties.evidence.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.evidence.type, parentSchema: schema31.properties.evidence, data: data12 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.outsourcing !== void 0) {
      let data19 = data.outsourcing;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key4 in data19) {
          if (!(key4 === "rnd" || key4 === "support_organisation" || key4 === "partner_regions" || key4 === "partners_trained" || key4 === "partner_escalation" || key4 === "organisation_public" || key4 === "evidence")) {
            const err58 = { instancePath: instancePath + "/outsourcing", schemaPath: "#/properties/outsourcing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.outsourcing, data: data19 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.rnd !== void 0) {
          let data20 = data19.rnd;
          if (typeof data20 !== "string") {
            const err59 = { instancePath: instancePath + "/outsourcing/rnd", schemaPath: "#/properties/outsourcing/properties/rnd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.properties.rnd.type, parentSchema: schema31.properties.outsourcing.properties.rnd, data: data20 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (!(data20 === "in-house" || data20 === "partly-outsourced" || data20 === "fully-outsourced")) {
            const err60 = { instancePath: instancePath + "/outsourcing/rnd", schemaPath: "#/properties/outsourcing/properties/rnd/enum", keyword: "enum", params: { allowedValues: schema31.properties.outsourcing.properties.rnd.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.outsourcing.properties.rnd.enum, parentSchema: schema31.properties.outsourcing.properties.rnd, data: data20 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data19.support_organisation !== void 0) {
          let data21 = data19.support_organisation;
          if (typeof data21 !== "string") {
            const err61 = { instancePath: instancePath + "/outsourcing/support_organisation", schemaPath: "#/properties/outsourcing/properties/support_organisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.properties.support_organisation.type, parentSchema: schema31.properties.outsourcing.properties.support_organisation, data: data21 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (!(data21 === "self-built" || data21 === "hybrid" || data21 === "outsourced")) {
            const err62 = { instancePath: instancePath + "/outsourcing/support_organisation", schemaPath: "#/properties/outsourcing/properties/support_organisation/enum", keyword: "enum", params: { allowedValues: schema31.properties.outsourcing.properties.support_organisation.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.outsourcing.properties.support_organisation.enum, parentSchema: schema31.properties.outsourcing.properties.support_organisation, data: data21 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data19.partner_regions !== void 0) {
          let data22 = data19.partner_regions;
          if (Array.isArray(data22)) {
            const len2 = data22.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data23 = data22[i2];
              if (typeof data23 === "string") {
                if (func2(data23) > 80) {
                  const err63 = { instancePath: instancePath + "/outsourcing/partner_regions/" + i2, schemaPath: "#/properties/outsourcing/properties/partner_regions/items/maxLength", keyword: "maxLength", params: { limit: 80 }, message: "must NOT have more than 80 characters", schema: 80, parentSchema: schema31.properties.outsourcing.properties.partner_regions.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (func2(data23) < 1) {
                  const err64 = { instancePath: instancePath + "/outsourcing/partner_regions/" + i2, schemaPath: "#/properties/outsourcing/properties/partner_regions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.outsourcing.properties.partner_regions.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/outsourcing/partner_regions/" + i2, schemaPath: "#/properties/outsourcing/properties/partner_regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.properties.partner_regions.items.type, parentSchema: schema31.properties.outsourcing.properties.partner_regions.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            let i3 = data22.length;
            let j0;
            if (i3 > 1) {
              const indices0 = {};
              for (; i3--; ) {
                let item0 = data22[i3];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err66 = { instancePath: instancePath + "/outsourcing/partner_regions", schemaPath: "#/properties/outsourcing/properties/partner_regions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.outsourcing.properties.partner_regions, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i3;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/outsourcing/partner_regions", schemaPath: "#/properties/outsourcing/properties/partner_regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.outsourcing.properties.partner_regions.type, parentSchema: schema31.properties.outsourcing.properties.partner_regions, data: data22 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data19.partners_trained !== void 0) {
          let data24 = data19.partners_trained;
          if (typeof data24 !== "boolean") {
            const err68 = { instancePath: instancePath + "/outsourcing/partners_trained", schemaPath: "#/properties/outsourcing/properties/partners_trained/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.outsourcing.properties.partners_trained.type, parentSchema: schema31.properties.outsourcing.properties.partners_trained, data: data24 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data19.partner_escalation !== void 0) {
          let data25 = data19.partner_escalation;
          if (typeof data25 !== "string") {
            const err69 = { instancePath: instancePath + "/outsourcing/partner_escalation", schemaPath: "#/properties/outsourcing/properties/partner_escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.properties.partner_escalation.type, parentSchema: schema31.properties.outsourcing.properties.partner_escalation, data: data25 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (!(data25 === "direct" || data25 === "relay")) {
            const err70 = { instancePath: instancePath + "/outsourcing/partner_escalation", schemaPath: "#/properties/outsourcing/properties/partner_escalation/enum", keyword: "enum", params: { allowedValues: schema31.properties.outsourcing.properties.partner_escalation.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.outsourcing.properties.partner_escalation.enum, parentSchema: schema31.properties.outsourcing.properties.partner_escalation, data: data25 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data19.organisation_public !== void 0) {
          let data26 = data19.organisation_public;
          if (typeof data26 !== "boolean") {
            const err71 = { instancePath: instancePath + "/outsourcing/organisation_public", schemaPath: "#/properties/outsourcing/properties/organisation_public/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.outsourcing.properties.organisation_public.type, parentSchema: schema31.properties.outsourcing.properties.organisation_public, data: data26 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data19.evidence !== void 0) {
          if (!validate21(data19.evidence, { instancePath: instancePath + "/outsourcing/evidence", parentData: data19, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/outsourcing", schemaPath: "#/properties/outsourcing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.outsourcing.type, parentSchema: schema31.properties.outsourcing, data: data19 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.team_scale !== void 0) {
      let data28 = data.team_scale;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key5 in data28) {
          if (!(key5 === "support_headcount" || key5 === "coverage" || key5 === "evidence")) {
            const err73 = { instancePath: instancePath + "/team_scale", schemaPath: "#/properties/team_scale/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.team_scale, data: data28 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data28.support_headcount !== void 0) {
          let data29 = data28.support_headcount;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err74 = { instancePath: instancePath + "/team_scale/support_headcount", schemaPath: "#/properties/team_scale/properties/support_headcount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.team_scale.properties.support_headcount.type, parentSchema: schema31.properties.team_scale.properties.support_headcount, data: data29 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 < 0 || isNaN(data29)) {
              const err75 = { instancePath: instancePath + "/team_scale/support_headcount", schemaPath: "#/properties/team_scale/properties/support_headcount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.team_scale.properties.support_headcount, data: data29 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        }
        if (data28.coverage !== void 0) {
          let data30 = data28.coverage;
          if (typeof data30 !== "string") {
            const err76 = { instancePath: instancePath + "/team_scale/coverage", schemaPath: "#/properties/team_scale/properties/coverage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.team_scale.properties.coverage.type, parentSchema: schema31.properties.team_scale.properties.coverage, data: data30 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (!(data30 === "24x7" || data30 === "extended" || data30 === "business-hours")) {
            const err77 = { instancePath: instancePath + "/team_scale/coverage", schemaPath: "#/properties/team_scale/properties/coverage/enum", keyword: "enum", params: { allowedValues: schema31.properties.team_scale.properties.coverage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.team_scale.properties.coverage.enum, parentSchema: schema31.properties.team_scale.properties.coverage, data: data30 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data28.evidence !== void 0) {
          if (!validate21(data28.evidence, { instancePath: instancePath + "/team_scale/evidence", parentData: data28, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/team_scale", schemaPath: "#/properties/team_scale/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.team_scale.type, parentSchema: schema31.properties.team_scale, data: data28 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.response_time !== void 0) {
      let data32 = data.response_time;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key6 in data32) {
          if (!(key6 === "first_response_minutes" || key6 === "urgent_escalation" || key6 === "evidence")) {
            const err79 = { instancePath: instancePath + "/response_time", schemaPath: "#/properties/response_time/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.response_time, data: data32 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data32.first_response_minutes !== void 0) {
          if (!validate24(data32.first_response_minutes, { instancePath: instancePath + "/response_time/first_response_minutes", parentData: data32, parentDataProperty: "first_response_minutes", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data32.urgent_escalation !== void 0) {
          let data34 = data32.urgent_escalation;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.available === void 0) {
              const err80 = { instancePath: instancePath + "/response_time/urgent_escalation", schemaPath: "#/properties/response_time/properties/urgent_escalation/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'", schema: schema31.properties.response_time.properties.urgent_escalation.required, parentSchema: schema31.properties.response_time.properties.urgent_escalation, data: data34 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key7 in data34) {
              if (!(key7 === "available" || key7 === "channel")) {
                const err81 = { instancePath: instancePath + "/response_time/urgent_escalation", schemaPath: "#/properties/response_time/properties/urgent_escalation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.response_time.properties.urgent_escalation, data: data34 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data34.available !== void 0) {
              let data35 = data34.available;
              if (typeof data35 !== "boolean") {
                const err82 = { instancePath: instancePath + "/response_time/urgent_escalation/available", schemaPath: "#/properties/response_time/properties/urgent_escalation/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.response_time.properties.urgent_escalation.properties.available.type, parentSchema: schema31.properties.response_time.properties.urgent_escalation.properties.available, data: data35 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data34.channel !== void 0) {
              let data36 = data34.channel;
              if (typeof data36 === "string") {
                if (func2(data36) > 120) {
                  const err83 = { instancePath: instancePath + "/response_time/urgent_escalation/channel", schemaPath: "#/properties/response_time/properties/urgent_escalation/properties/channel/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.response_time.properties.urgent_escalation.properties.channel, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (func2(data36) < 1) {
                  const err84 = { instancePath: instancePath + "/response_time/urgent_escalation/channel", schemaPath: "#/properties/response_time/properties/urgent_escalation/properties/channel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.response_time.properties.urgent_escalation.properties.channel, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/response_time/urgent_escalation/channel", schemaPath: "#/properties/response_time/properties/urgent_escalation/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.response_time.properties.urgent_escalation.properties.channel.type, parentSchema: schema31.properties.response_time.properties.urgent_escalation.properties.channel, data: data36 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/response_time/urgent_escalation", schemaPath: "#/properties/response_time/properties/urgent_escalation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.response_time.properties.urgent_escalation.type, parentSchema: schema31.properties.response_time.properties.urgent_escalation, data: data34 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data32.evidence !== void 0) {
          if (!validate21(data32.evidence, { instancePath: instancePath + "/response_time/evidence", parentData: data32, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/response_time", schemaPath: "#/properties/response_time/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.response_time.type, parentSchema: schema31.properties.response_time, data: data32 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.service_model !== void 0) {
      let data38 = data.service_model;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key8 in data38) {
          if (!(key8 === "account_management" || key8 === "dedicated_group" || key8 === "architecture_consulting" || key8 === "evidence")) {
            const err88 = { instancePath: instancePath + "/service_model", schemaPath: "#/properties/service_model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.service_model, data: data38 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data38.account_management !== void 0) {
          let data39 = data38.account_management;
          if (typeof data39 !== "string") {
            const err89 = { instancePath: instancePath + "/service_model/account_management", schemaPath: "#/properties/service_model/properties/account_management/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service_model.properties.account_management.type, parentSchema: schema31.properties.service_model.properties.account_management, data: data39 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          if (!(data39 === "named-manager" || data39 === "ticket-rotation")) {
            const err90 = { instancePath: instancePath + "/service_model/account_management", schemaPath: "#/properties/service_model/properties/account_management/enum", keyword: "enum", params: { allowedValues: schema31.properties.service_model.properties.account_management.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.service_model.properties.account_management.enum, parentSchema: schema31.properties.service_model.properties.account_management, data: data39 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data38.dedicated_group !== void 0) {
          let data40 = data38.dedicated_group;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.available === void 0) {
              const err91 = { instancePath: instancePath + "/service_model/dedicated_group", schemaPath: "#/properties/service_model/properties/dedicated_group/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'", schema: schema31.properties.service_model.properties.dedicated_group.required, parentSchema: schema31.properties.service_model.properties.dedicated_group, data: data40 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            for (const key9 in data40) {
              if (!(key9 === "available" || key9 === "roles")) {
                const err92 = { instancePath: instancePath + "/service_model/dedicated_group", schemaPath: "#/properties/service_model/properties/dedicated_group/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.service_model.properties.dedicated_group, data: data40 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data40.available !== void 0) {
              let data41 = data40.available;
              if (typeof data41 !== "boolean") {
                const err93 = { instancePath: instancePath + "/service_model/dedicated_group/available", schemaPath: "#/properties/service_model/properties/dedicated_group/properties/available/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.service_model.properties.dedicated_group.properties.available.type, parentSchema: schema31.properties.service_model.properties.dedicated_group.properties.available, data: data41 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data40.roles !== void 0) {
              let data42 = data40.roles;
              if (Array.isArray(data42)) {
                const len3 = data42.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data43 = data42[i4];
                  if (typeof data43 !== "string") {
                    const err94 = { instancePath: instancePath + "/service_model/dedicated_group/roles/" + i4, schemaPath: "#/properties/service_model/properties/dedicated_group/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.service_model.properties.dedicated_group.properties.roles.items.type, parentSchema: schema31.properties.service_model.properties.dedicated_group.properties.roles.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (!(data43 === "csm" || data43 === "architect" || data43 === "rnd")) {
                    const err95 = { instancePath: instancePath + "/service_model/dedicated_group/roles/" + i4, schemaPath: "#/properties/service_model/properties/dedicated_group/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.service_model.properties.dedicated_group.properties.roles.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.service_model.properties.dedicated_group.properties.roles.items.enum, parentSchema: schema31.properties.service_model.properties.dedicated_group.properties.roles.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                let i5 = data42.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data42[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err96 = { instancePath: instancePath + "/service_model/dedicated_group/roles", schemaPath: "#/properties/service_model/properties/dedicated_group/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.service_model.properties.dedicated_group.properties.roles, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/service_model/dedicated_group/roles", schemaPath: "#/properties/service_model/properties/dedicated_group/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.service_model.properties.dedicated_group.properties.roles.type, parentSchema: schema31.properties.service_model.properties.dedicated_group.properties.roles, data: data42 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/service_model/dedicated_group", schemaPath: "#/properties/service_model/properties/dedicated_group/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.service_model.properties.dedicated_group.type, parentSchema: schema31.properties.service_model.properties.dedicated_group, data: data40 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data38.architecture_consulting !== void 0) {
          let data44 = data38.architecture_consulting;
          if (typeof data44 !== "boolean") {
            const err99 = { instancePath: instancePath + "/service_model/architecture_consulting", schemaPath: "#/properties/service_model/properties/architecture_consulting/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.service_model.properties.architecture_consulting.type, parentSchema: schema31.properties.service_model.properties.architecture_consulting, data: data44 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data38.evidence !== void 0) {
          if (!validate21(data38.evidence, { instancePath: instancePath + "/service_model/evidence", parentData: data38, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/service_model", schemaPath: "#/properties/service_model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.service_model.type, parentSchema: schema31.properties.service_model, data: data38 };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.technical_depth !== void 0) {
      let data46 = data.technical_depth;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key10 in data46) {
          if (!(key10 === "customisation" || key10 === "rnd_direct_engagement" || key10 === "evidence")) {
            const err101 = { instancePath: instancePath + "/technical_depth", schemaPath: "#/properties/technical_depth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.technical_depth, data: data46 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data46.customisation !== void 0) {
          let data47 = data46.customisation;
          if (typeof data47 !== "string") {
            const err102 = { instancePath: instancePath + "/technical_depth/customisation", schemaPath: "#/properties/technical_depth/properties/customisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.technical_depth.properties.customisation.type, parentSchema: schema31.properties.technical_depth.properties.customisation, data: data47 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (!(data47 === "none" || data47 === "configuration" || data47 === "extension" || data47 === "deep")) {
            const err103 = { instancePath: instancePath + "/technical_depth/customisation", schemaPath: "#/properties/technical_depth/properties/customisation/enum", keyword: "enum", params: { allowedValues: schema31.properties.technical_depth.properties.customisation.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.technical_depth.properties.customisation.enum, parentSchema: schema31.properties.technical_depth.properties.customisation, data: data47 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data46.rnd_direct_engagement !== void 0) {
          let data48 = data46.rnd_direct_engagement;
          if (typeof data48 !== "boolean") {
            const err104 = { instancePath: instancePath + "/technical_depth/rnd_direct_engagement", schemaPath: "#/properties/technical_depth/properties/rnd_direct_engagement/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.technical_depth.properties.rnd_direct_engagement.type, parentSchema: schema31.properties.technical_depth.properties.rnd_direct_engagement, data: data48 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data46.evidence !== void 0) {
          if (!validate21(data46.evidence, { instancePath: instancePath + "/technical_depth/evidence", parentData: data46, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/technical_depth", schemaPath: "#/properties/technical_depth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.technical_depth.type, parentSchema: schema31.properties.technical_depth, data: data46 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.industry_experience !== void 0) {
      let data50 = data.industry_experience;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (const key11 in data50) {
          if (!(key11 === "education_customers" || key11 === "scenarios" || key11 === "evidence")) {
            const err106 = { instancePath: instancePath + "/industry_experience", schemaPath: "#/properties/industry_experience/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.industry_experience, data: data50 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data50.education_customers !== void 0) {
          let data51 = data50.education_customers;
          if (Array.isArray(data51)) {
            const len4 = data51.length;
            for (let i6 = 0; i6 < len4; i6++) {
              let data52 = data51[i6];
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.name === void 0) {
                  const err107 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6, schemaPath: "#/properties/industry_experience/properties/education_customers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.industry_experience.properties.education_customers.items.required, parentSchema: schema31.properties.industry_experience.properties.education_customers.items, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                for (const key12 in data52) {
                  if (!(key12 === "name" || key12 === "students" || key12 === "since")) {
                    const err108 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6, schemaPath: "#/properties/industry_experience/properties/education_customers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.industry_experience.properties.education_customers.items, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data52.name !== void 0) {
                  let data53 = data52.name;
                  if (typeof data53 === "string") {
                    if (func2(data53) > 120) {
                      const err109 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/name", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.name, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    if (func2(data53) < 1) {
                      const err110 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/name", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.name, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/name", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.industry_experience.properties.education_customers.items.properties.name.type, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.name, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data52.students !== void 0) {
                  let data54 = data52.students;
                  if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                    const err112 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/students", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/students/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.industry_experience.properties.education_customers.items.properties.students.type, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.students, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  if (typeof data54 == "number" && isFinite(data54)) {
                    if (data54 < 0 || isNaN(data54)) {
                      const err113 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/students", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/students/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.students, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                }
                if (data52.since !== void 0) {
                  let data55 = data52.since;
                  if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                    const err114 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/since", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/since/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.industry_experience.properties.education_customers.items.properties.since.type, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.since, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                  if (typeof data55 == "number" && isFinite(data55)) {
                    if (data55 > 2100 || isNaN(data55)) {
                      const err115 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/since", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/since/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100", schema: 2100, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.since, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    if (data55 < 1990 || isNaN(data55)) {
                      const err116 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6 + "/since", schemaPath: "#/properties/industry_experience/properties/education_customers/items/properties/since/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990", schema: 1990, parentSchema: schema31.properties.industry_experience.properties.education_customers.items.properties.since, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err117 = { instancePath: instancePath + "/industry_experience/education_customers/" + i6, schemaPath: "#/properties/industry_experience/properties/education_customers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.industry_experience.properties.education_customers.items.type, parentSchema: schema31.properties.industry_experience.properties.education_customers.items, data: data52 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/industry_experience/education_customers", schemaPath: "#/properties/industry_experience/properties/education_customers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.industry_experience.properties.education_customers.type, parentSchema: schema31.properties.industry_experience.properties.education_customers, data: data51 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data50.scenarios !== void 0) {
          let data56 = data50.scenarios;
          if (Array.isArray(data56)) {
            const len5 = data56.length;
            for (let i7 = 0; i7 < len5; i7++) {
              let data57 = data56[i7];
              if (typeof data57 !== "string") {
                const err119 = { instancePath: instancePath + "/industry_experience/scenarios/" + i7, schemaPath: "#/properties/industry_experience/properties/scenarios/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.industry_experience.properties.scenarios.items.type, parentSchema: schema31.properties.industry_experience.properties.scenarios.items, data: data57 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              if (!(data57 === "multi-party" || data57 === "breakout-groups" || data57 === "peak-load")) {
                const err120 = { instancePath: instancePath + "/industry_experience/scenarios/" + i7, schemaPath: "#/properties/industry_experience/properties/scenarios/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.industry_experience.properties.scenarios.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.industry_experience.properties.scenarios.items.enum, parentSchema: schema31.properties.industry_experience.properties.scenarios.items, data: data57 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            let i8 = data56.length;
            let j2;
            if (i8 > 1) {
              const indices2 = {};
              for (; i8--; ) {
                let item2 = data56[i8];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err121 = { instancePath: instancePath + "/industry_experience/scenarios", schemaPath: "#/properties/industry_experience/properties/scenarios/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: true, parentSchema: schema31.properties.industry_experience.properties.scenarios, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i8;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/industry_experience/scenarios", schemaPath: "#/properties/industry_experience/properties/scenarios/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.industry_experience.properties.scenarios.type, parentSchema: schema31.properties.industry_experience.properties.scenarios, data: data56 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data50.evidence !== void 0) {
          if (!validate21(data50.evidence, { instancePath: instancePath + "/industry_experience/evidence", parentData: data50, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/industry_experience", schemaPath: "#/properties/industry_experience/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.industry_experience.type, parentSchema: schema31.properties.industry_experience, data: data50 };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.resource_investment !== void 0) {
      let data59 = data.resource_investment;
      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
        for (const key13 in data59) {
          if (!(key13 === "value_added_services" || key13 === "developer_resources" || key13 === "evidence")) {
            const err124 = { instancePath: instancePath + "/resource_investment", schemaPath: "#/properties/resource_investment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.resource_investment, data: data59 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data59.value_added_services !== void 0) {
          let data60 = data59.value_added_services;
          if (Array.isArray(data60)) {
            const len6 = data60.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data61 = data60[i9];
              if (typeof data61 !== "string") {
                const err125 = { instancePath: instancePath + "/resource_investment/value_added_services/" + i9, schemaPath: "#/properties/resource_investment/properties/value_added_services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.resource_investment.properties.value_added_services.items.type, parentSchema: schema31.properties.resource_investment.properties.value_added_services.items, data: data61 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              if (!(data61 === "training" || data61 === "solution-review" || data61 === "stress-testing")) {
                const err126 = { instancePath: instancePath + "/resource_investment/value_added_services/" + i9, schemaPath: "#/properties/resource_investment/properties/value_added_services/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.resource_investment.properties.value_added_services.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.resource_investment.properties.value_added_services.items.enum, parentSchema: schema31.properties.resource_investment.properties.value_added_services.items, data: data61 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            let i10 = data60.length;
            let j3;
            if (i10 > 1) {
              const indices3 = {};
              for (; i10--; ) {
                let item3 = data60[i10];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err127 = { instancePath: instancePath + "/resource_investment/value_added_services", schemaPath: "#/properties/resource_investment/properties/value_added_services/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i10 + " are identical)", schema: true, parentSchema: schema31.properties.resource_investment.properties.value_added_services, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i10;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/resource_investment/value_added_services", schemaPath: "#/properties/resource_investment/properties/value_added_services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.resource_investment.properties.value_added_services.type, parentSchema: schema31.properties.resource_investment.properties.value_added_services, data: data60 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data59.developer_resources !== void 0) {
          let data62 = data59.developer_resources;
          if (Array.isArray(data62)) {
            const len7 = data62.length;
            for (let i11 = 0; i11 < len7; i11++) {
              let data63 = data62[i11];
              if (typeof data63 !== "string") {
                const err129 = { instancePath: instancePath + "/resource_investment/developer_resources/" + i11, schemaPath: "#/properties/resource_investment/properties/developer_resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.resource_investment.properties.developer_resources.items.type, parentSchema: schema31.properties.resource_investment.properties.developer_resources.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              if (!(data63 === "docs" || data63 === "sdk-downloads" || data63 === "integration-guides" || data63 === "faq")) {
                const err130 = { instancePath: instancePath + "/resource_investment/developer_resources/" + i11, schemaPath: "#/properties/resource_investment/properties/developer_resources/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.resource_investment.properties.developer_resources.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.resource_investment.properties.developer_resources.items.enum, parentSchema: schema31.properties.resource_investment.properties.developer_resources.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            let i12 = data62.length;
            let j4;
            if (i12 > 1) {
              const indices4 = {};
              for (; i12--; ) {
                let item4 = data62[i12];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err131 = { instancePath: instancePath + "/resource_investment/developer_resources", schemaPath: "#/properties/resource_investment/properties/developer_resources/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i12 + " are identical)", schema: true, parentSchema: schema31.properties.resource_investment.properties.developer_resources, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i12;
              }
            }
          } else {
            const err132 = { instancePath: instancePath + "/resource_investment/developer_resources", schemaPath: "#/properties/resource_investment/properties/developer_resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.resource_investment.properties.developer_resources.type, parentSchema: schema31.properties.resource_investment.properties.developer_resources, data: data62 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data59.evidence !== void 0) {
          if (!validate21(data59.evidence, { instancePath: instancePath + "/resource_investment/evidence", parentData: data59, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err133 = { instancePath: instancePath + "/resource_investment", schemaPath: "#/properties/resource_investment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.resource_investment.type, parentSchema: schema31.properties.resource_investment, data: data59 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data.trial_probes !== void 0) {
      let data65 = data.trial_probes;
      if (Array.isArray(data65)) {
        const len8 = data65.length;
        for (let i13 = 0; i13 < len8; i13++) {
          let data66 = data65[i13];
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.date === void 0) {
              const err134 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data66.channel === void 0) {
              const err135 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data66.severity === void 0) {
              const err136 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (data66.first_response_minutes === void 0) {
              const err137 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "first_response_minutes" }, message: "must have required property 'first_response_minutes'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (data66.templated_reply === void 0) {
              const err138 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "templated_reply" }, message: "must have required property 'templated_reply'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data66.reached_engineer === void 0) {
              const err139 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/required", keyword: "required", params: { missingProperty: "reached_engineer" }, message: "must have required property 'reached_engineer'", schema: schema31.properties.trial_probes.items.required, parentSchema: schema31.properties.trial_probes.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            for (const key14 in data66) {
              if (!func1.call(schema31.properties.trial_probes.items.properties, key14)) {
                const err140 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.trial_probes.items, data: data66 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data66.date !== void 0) {
              let data67 = data66.date;
              if (typeof data67 === "string") {
                if (!formats2.validate(data67)) {
                  const err141 = { instancePath: instancePath + "/trial_probes/" + i13 + "/date", schemaPath: "#/$defs/localDate/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              } else {
                const err142 = { instancePath: instancePath + "/trial_probes/" + i13 + "/date", schemaPath: "#/$defs/localDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data67 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data66.channel !== void 0) {
              let data68 = data66.channel;
              if (typeof data68 !== "string") {
                const err143 = { instancePath: instancePath + "/trial_probes/" + i13 + "/channel", schemaPath: "#/properties/trial_probes/items/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.trial_probes.items.properties.channel.type, parentSchema: schema31.properties.trial_probes.items.properties.channel, data: data68 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
              if (!(data68 === "ticket" || data68 === "phone" || data68 === "im" || data68 === "email" || data68 === "dedicated-group")) {
                const err144 = { instancePath: instancePath + "/trial_probes/" + i13 + "/channel", schemaPath: "#/properties/trial_probes/items/properties/channel/enum", keyword: "enum", params: { allowedValues: schema31.properties.trial_probes.items.properties.channel.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.trial_probes.items.properties.channel.enum, parentSchema: schema31.properties.trial_probes.items.properties.channel, data: data68 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data66.severity !== void 0) {
              let data69 = data66.severity;
              if (typeof data69 !== "string") {
                const err145 = { instancePath: instancePath + "/trial_probes/" + i13 + "/severity", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data69 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
              if (!(data69 === "critical" || data69 === "high" || data69 === "normal" || data69 === "low")) {
                const err146 = { instancePath: instancePath + "/trial_probes/" + i13 + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data69 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data66.first_response_minutes !== void 0) {
              let data70 = data66.first_response_minutes;
              if (typeof data70 == "number" && isFinite(data70)) {
                if (data70 < 0 || isNaN(data70)) {
                  const err147 = { instancePath: instancePath + "/trial_probes/" + i13 + "/first_response_minutes", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              } else {
                const err148 = { instancePath: instancePath + "/trial_probes/" + i13 + "/first_response_minutes", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data70 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data66.resolution_minutes !== void 0) {
              let data71 = data66.resolution_minutes;
              if (typeof data71 == "number" && isFinite(data71)) {
                if (data71 < 0 || isNaN(data71)) {
                  const err149 = { instancePath: instancePath + "/trial_probes/" + i13 + "/resolution_minutes", schemaPath: "#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = { instancePath: instancePath + "/trial_probes/" + i13 + "/resolution_minutes", schemaPath: "#/$defs/minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.type, parentSchema: schema39, data: data71 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data66.templated_reply !== void 0) {
              let data72 = data66.templated_reply;
              if (typeof data72 !== "boolean") {
                const err151 = { instancePath: instancePath + "/trial_probes/" + i13 + "/templated_reply", schemaPath: "#/properties/trial_probes/items/properties/templated_reply/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.trial_probes.items.properties.templated_reply.type, parentSchema: schema31.properties.trial_probes.items.properties.templated_reply, data: data72 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data66.reached_engineer !== void 0) {
              let data73 = data66.reached_engineer;
              if (typeof data73 !== "boolean") {
                const err152 = { instancePath: instancePath + "/trial_probes/" + i13 + "/reached_engineer", schemaPath: "#/properties/trial_probes/items/properties/reached_engineer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.trial_probes.items.properties.reached_engineer.type, parentSchema: schema31.properties.trial_probes.items.properties.reached_engineer, data: data73 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data66.summary !== void 0) {
              let data74 = data66.summary;
              if (typeof data74 === "string") {
                if (func2(data74) > 2e3) {
                  const err153 = { instancePath: instancePath + "/trial_probes/" + i13 + "/summary", schemaPath: "#/properties/trial_probes/items/properties/summary/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.trial_probes.items.properties.summary, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                if (func2(data74) < 1) {
                  const err154 = { instancePath: instancePath + "/trial_probes/" + i13 + "/summary", schemaPath: "#/properties/trial_probes/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.trial_probes.items.properties.summary, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              } else {
                const err155 = { instancePath: instancePath + "/trial_probes/" + i13 + "/summary", schemaPath: "#/properties/trial_probes/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.trial_probes.items.properties.summary.type, parentSchema: schema31.properties.trial_probes.items.properties.summary, data: data74 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data66.evidence !== void 0) {
              if (!validate21(data66.evidence, { instancePath: instancePath + "/trial_probes/" + i13 + "/evidence", parentData: data66, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err156 = { instancePath: instancePath + "/trial_probes/" + i13, schemaPath: "#/properties/trial_probes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.trial_probes.items.type, parentSchema: schema31.properties.trial_probes.items, data: data66 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = { instancePath: instancePath + "/trial_probes", schemaPath: "#/properties/trial_probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.trial_probes.type, parentSchema: schema31.properties.trial_probes, data: data65 };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.hidden_costs !== void 0) {
      let data76 = data.hidden_costs;
      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
        for (const key15 in data76) {
          if (!(key15 === "support_fee" || key15 === "onsite_service" || key15 === "staff_turnover" || key15 === "peak_readiness" || key15 === "evidence")) {
            const err158 = { instancePath: instancePath + "/hidden_costs", schemaPath: "#/properties/hidden_costs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.hidden_costs, data: data76 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data76.support_fee !== void 0) {
          let data77 = data76.support_fee;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.model === void 0) {
              const err159 = { instancePath: instancePath + "/hidden_costs/support_fee", schemaPath: "#/properties/hidden_costs/properties/support_fee/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema31.properties.hidden_costs.properties.support_fee.required, parentSchema: schema31.properties.hidden_costs.properties.support_fee, data: data77 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            for (const key16 in data77) {
              if (!(key16 === "model" || key16 === "annual_amount" || key16 === "currency")) {
                const err160 = { instancePath: instancePath + "/hidden_costs/support_fee", schemaPath: "#/properties/hidden_costs/properties/support_fee/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.hidden_costs.properties.support_fee, data: data77 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data77.model !== void 0) {
              let data78 = data77.model;
              if (typeof data78 !== "string") {
                const err161 = { instancePath: instancePath + "/hidden_costs/support_fee/model", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.hidden_costs.properties.support_fee.properties.model.type, parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.model, data: data78 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              if (!(data78 === "included" || data78 === "extra")) {
                const err162 = { instancePath: instancePath + "/hidden_costs/support_fee/model", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/model/enum", keyword: "enum", params: { allowedValues: schema31.properties.hidden_costs.properties.support_fee.properties.model.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.hidden_costs.properties.support_fee.properties.model.enum, parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.model, data: data78 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data77.annual_amount !== void 0) {
              let data79 = data77.annual_amount;
              if (typeof data79 == "number" && isFinite(data79)) {
                if (data79 < 0 || isNaN(data79)) {
                  const err163 = { instancePath: instancePath + "/hidden_costs/support_fee/annual_amount", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/annual_amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.annual_amount, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              } else {
                const err164 = { instancePath: instancePath + "/hidden_costs/support_fee/annual_amount", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/annual_amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.hidden_costs.properties.support_fee.properties.annual_amount.type, parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.annual_amount, data: data79 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data77.currency !== void 0) {
              let data80 = data77.currency;
              if (typeof data80 === "string") {
                if (!pattern8.test(data80)) {
                  const err165 = { instancePath: instancePath + "/hidden_costs/support_fee/currency", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.currency, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
              } else {
                const err166 = { instancePath: instancePath + "/hidden_costs/support_fee/currency", schemaPath: "#/properties/hidden_costs/properties/support_fee/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.hidden_costs.properties.support_fee.properties.currency.type, parentSchema: schema31.properties.hidden_costs.properties.support_fee.properties.currency, data: data80 };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/hidden_costs/support_fee", schemaPath: "#/properties/hidden_costs/properties/support_fee/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.hidden_costs.properties.support_fee.type, parentSchema: schema31.properties.hidden_costs.properties.support_fee, data: data77 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data76.onsite_service !== void 0) {
          let data81 = data76.onsite_service;
          if (typeof data81 !== "string") {
            const err168 = { instancePath: instancePath + "/hidden_costs/onsite_service", schemaPath: "#/properties/hidden_costs/properties/onsite_service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.hidden_costs.properties.onsite_service.type, parentSchema: schema31.properties.hidden_costs.properties.onsite_service, data: data81 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (!(data81 === "onsite" || data81 === "remote-only")) {
            const err169 = { instancePath: instancePath + "/hidden_costs/onsite_service", schemaPath: "#/properties/hidden_costs/properties/onsite_service/enum", keyword: "enum", params: { allowedValues: schema31.properties.hidden_costs.properties.onsite_service.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.hidden_costs.properties.onsite_service.enum, parentSchema: schema31.properties.hidden_costs.properties.onsite_service, data: data81 };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data76.staff_turnover !== void 0) {
          let data82 = data76.staff_turnover;
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            for (const key17 in data82) {
              if (!(key17 === "annual_rate_percent" || key17 === "contact_changes_last_year")) {
                const err170 = { instancePath: instancePath + "/hidden_costs/staff_turnover", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover, data: data82 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data82.annual_rate_percent !== void 0) {
              let data83 = data82.annual_rate_percent;
              if (typeof data83 == "number" && isFinite(data83)) {
                if (data83 > 100 || isNaN(data83)) {
                  const err171 = { instancePath: instancePath + "/hidden_costs/staff_turnover/annual_rate_percent", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/properties/annual_rate_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover.properties.annual_rate_percent, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                if (data83 < 0 || isNaN(data83)) {
                  const err172 = { instancePath: instancePath + "/hidden_costs/staff_turnover/annual_rate_percent", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/properties/annual_rate_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover.properties.annual_rate_percent, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              } else {
                const err173 = { instancePath: instancePath + "/hidden_costs/staff_turnover/annual_rate_percent", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/properties/annual_rate_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.hidden_costs.properties.staff_turnover.properties.annual_rate_percent.type, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover.properties.annual_rate_percent, data: data83 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data82.contact_changes_last_year !== void 0) {
              let data84 = data82.contact_changes_last_year;
              if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                const err174 = { instancePath: instancePath + "/hidden_costs/staff_turnover/contact_changes_last_year", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/properties/contact_changes_last_year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.hidden_costs.properties.staff_turnover.properties.contact_changes_last_year.type, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover.properties.contact_changes_last_year, data: data84 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (typeof data84 == "number" && isFinite(data84)) {
                if (data84 < 0 || isNaN(data84)) {
                  const err175 = { instancePath: instancePath + "/hidden_costs/staff_turnover/contact_changes_last_year", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/properties/contact_changes_last_year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover.properties.contact_changes_last_year, data: data84 };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err176 = { instancePath: instancePath + "/hidden_costs/staff_turnover", schemaPath: "#/properties/hidden_costs/properties/staff_turnover/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.hidden_costs.properties.staff_turnover.type, parentSchema: schema31.properties.hidden_costs.properties.staff_turnover, data: data82 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (data76.peak_readiness !== void 0) {
          let data85 = data76.peak_readiness;
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            for (const key18 in data85) {
              if (!(key18 === "capacity_planning" || key18 === "realtime_monitoring")) {
                const err177 = { instancePath: instancePath + "/hidden_costs/peak_readiness", schemaPath: "#/properties/hidden_costs/properties/peak_readiness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.hidden_costs.properties.peak_readiness, data: data85 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data85.capacity_planning !== void 0) {
              let data86 = data85.capacity_planning;
              if (typeof data86 !== "boolean") {
                const err178 = { instancePath: instancePath + "/hidden_costs/peak_readiness/capacity_planning", schemaPath: "#/properties/hidden_costs/properties/peak_readiness/properties/capacity_planning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.hidden_costs.properties.peak_readiness.properties.capacity_planning.type, parentSchema: schema31.properties.hidden_costs.properties.peak_readiness.properties.capacity_planning, data: data86 };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data85.realtime_monitoring !== void 0) {
              let data87 = data85.realtime_monitoring;
              if (typeof data87 !== "boolean") {
                const err179 = { instancePath: instancePath + "/hidden_costs/peak_readiness/realtime_monitoring", schemaPath: "#/properties/hidden_costs/properties/peak_readiness/properties/realtime_monitoring/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.hidden_costs.properties.peak_readiness.properties.realtime_monitoring.type, parentSchema: schema31.properties.hidden_costs.properties.peak_readiness.properties.realtime_monitoring, data: data87 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
          } else {
            const err180 = { instancePath: instancePath + "/hidden_costs/peak_readiness", schemaPath: "#/properties/hidden_costs/properties/peak_readiness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.hidden_costs.properties.peak_readiness.type, parentSchema: schema31.properties.hidden_costs.properties.peak_readiness, data: data85 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data76.evidence !== void 0) {
          if (!validate21(data76.evidence, { instancePath: instancePath + "/hidden_costs/evidence", parentData: data76, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err181 = { instancePath: instancePath + "/hidden_costs", schemaPath: "#/properties/hidden_costs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.hidden_costs.type, parentSchema: schema31.properties.hidden_costs, data: data76 };
        if (vErrors === null) {
          vErrors = [err181];
        } else {
          vErrors.push(err181);
        }
        errors++;
      }
    }
    if (data.ratings !== void 0) {
      let data89 = data.ratings;
      if (Array.isArray(data89)) {
        const len9 = data89.length;
        for (let i14 = 0; i14 < len9; i14++) {
          let data90 = data89[i14];
          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
            if (data90.criterion === void 0) {
              const err182 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/required", keyword: "required", params: { missingProperty: "criterion" }, message: "must have required property 'criterion'", schema: schema31.properties.ratings.items.required, parentSchema: schema31.properties.ratings.items, data: data90 };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            if (data90.evaluator === void 0) {
              const err183 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/required", keyword: "required", params: { missingProperty: "evaluator" }, message: "must have required property 'evaluator'", schema: schema31.properties.ratings.items.required, parentSchema: schema31.properties.ratings.items, data: data90 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
            if (data90.score === void 0) {
              const err184 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema31.properties.ratings.items.required, parentSchema: schema31.properties.ratings.items, data: data90 };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
            if (data90.justification === void 0) {
              const err185 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'", schema: schema31.properties.ratings.items.required, parentSchema: schema31.properties.ratings.items, data: data90 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
            for (const key19 in data90) {
              if (!(key19 === "criterion" || key19 === "evaluator" || key19 === "score" || key19 === "justification" || key19 === "evidence")) {
                const err186 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.ratings.items, data: data90 };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data90.criterion !== void 0) {
              let data91 = data90.criterion;
              if (typeof data91 === "string") {
                if (func2(data91) > 120) {
                  const err187 = { instancePath: instancePath + "/ratings/" + i14 + "/criterion", schemaPath: "#/properties/ratings/items/properties/criterion/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.ratings.items.properties.criterion, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
                if (func2(data91) < 1) {
                  const err188 = { instancePath: instancePath + "/ratings/" + i14 + "/criterion", schemaPath: "#/properties/ratings/items/properties/criterion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.ratings.items.properties.criterion, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
              } else {
                const err189 = { instancePath: instancePath + "/ratings/" + i14 + "/criterion", schemaPath: "#/properties/ratings/items/properties/criterion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ratings.items.properties.criterion.type, parentSchema: schema31.properties.ratings.items.properties.criterion, data: data91 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data90.evaluator !== void 0) {
              let data92 = data90.evaluator;
              if (typeof data92 === "string") {
                if (func2(data92) > 120) {
                  const err190 = { instancePath: instancePath + "/ratings/" + i14 + "/evaluator", schemaPath: "#/properties/ratings/items/properties/evaluator/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.ratings.items.properties.evaluator, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
                if (func2(data92) < 1) {
                  const err191 = { instancePath: instancePath + "/ratings/" + i14 + "/evaluator", schemaPath: "#/properties/ratings/items/properties/evaluator/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.ratings.items.properties.evaluator, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              } else {
                const err192 = { instancePath: instancePath + "/ratings/" + i14 + "/evaluator", schemaPath: "#/properties/ratings/items/properties/evaluator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ratings.items.properties.evaluator.type, parentSchema: schema31.properties.ratings.items.properties.evaluator, data: data92 };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data90.score !== void 0) {
              let data93 = data90.score;
              if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                const err193 = { instancePath: instancePath + "/ratings/" + i14 + "/score", schemaPath: "#/properties/ratings/items/properties/score/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.ratings.items.properties.score.type, parentSchema: schema31.properties.ratings.items.properties.score, data: data93 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
              if (typeof data93 == "number" && isFinite(data93)) {
                if (data93 > 5 || isNaN(data93)) {
                  const err194 = { instancePath: instancePath + "/ratings/" + i14 + "/score", schemaPath: "#/properties/ratings/items/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema31.properties.ratings.items.properties.score, data: data93 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
                if (data93 < 1 || isNaN(data93)) {
                  const err195 = { instancePath: instancePath + "/ratings/" + i14 + "/score", schemaPath: "#/properties/ratings/items/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.ratings.items.properties.score, data: data93 };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
              }
            }
            if (data90.justification !== void 0) {
              let data94 = data90.justification;
              if (typeof data94 === "string") {
                if (func2(data94) > 2e3) {
                  const err196 = { instancePath: instancePath + "/ratings/" + i14 + "/justification", schemaPath: "#/properties/ratings/items/properties/justification/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.ratings.items.properties.justification, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
                if (func2(data94) < 1) {
                  const err197 = { instancePath: instancePath + "/ratings/" + i14 + "/justification", schemaPath: "#/properties/ratings/items/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.ratings.items.properties.justification, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              } else {
                const err198 = { instancePath: instancePath + "/ratings/" + i14 + "/justification", schemaPath: "#/properties/ratings/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ratings.items.properties.justification.type, parentSchema: schema31.properties.ratings.items.properties.justification, data: data94 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data90.evidence !== void 0) {
              if (!validate21(data90.evidence, { instancePath: instancePath + "/ratings/" + i14 + "/evidence", parentData: data90, parentDataProperty: "evidence", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err199 = { instancePath: instancePath + "/ratings/" + i14, schemaPath: "#/properties/ratings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.ratings.items.type, parentSchema: schema31.properties.ratings.items, data: data90 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/ratings", schemaPath: "#/properties/ratings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.ratings.type, parentSchema: schema31.properties.ratings, data: data89 };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data96 = data.notes;
      if (typeof data96 === "string") {
        if (func2(data96) > 2e3) {
          const err201 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema31.properties.notes, data: data96 };
          if (vErrors === null) {
            vErrors = [err201];
          } else {
            vErrors.push(err201);
          }
          errors++;
        }
        if (func2(data96) < 1) {
          const err202 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.notes, data: data96 };
          if (vErrors === null) {
            vErrors = [err202];
          } else {
            vErrors.push(err202);
          }
          errors++;
        }
      } else {
        const err203 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.notes.type, parentSchema: schema31.properties.notes, data: data96 };
        if (vErrors === null) {
          vErrors = [err203];
        } else {
          vErrors.push(err203);
        }
        errors++;
      }
    }
  } else {
    const err204 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err204];
    } else {
      vErrors.push(err204);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var rubric = validate34;
var schema47 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://vendor-review.invalid/schemas/rubric.schema.json", "title": "Scoring rubric / \u8BC4\u5206\u7EC6\u5219", "description": "How vendor evaluations become scores: dimensions and criteria with weights, knock-out gates, the verdict rule, evidence factors, the missing-data policy and the robustness check. Weights are a team decision, changed by pull request. Dimension weights sum to 100; the criterion weights of each dimension sum to 100. \u4F9B\u5E94\u5546\u8BC4\u4F30\u5982\u4F55\u53D8\u6210\u5206\u6570\uFF1A\u5E26\u6743\u91CD\u7684\u7EF4\u5EA6\u4E0E\u8BC4\u5206\u9879\u3001\u5426\u51B3\u9879\u3001\u7ED3\u8BBA\u89C4\u5219\u3001\u8BC1\u636E\u7CFB\u6570\u3001\u7F3A\u5931\u6570\u636E\u7B56\u7565\u4E0E\u7A33\u5065\u6027\u68C0\u9A8C\u3002\u6743\u91CD\u662F\u56E2\u961F\u51B3\u7B56\uFF0C\u901A\u8FC7\u5408\u5E76\u8BF7\u6C42\u4FEE\u6539\u3002\u7EF4\u5EA6\u6743\u91CD\u4E4B\u548C\u4E3A 100\uFF1B\u6BCF\u4E2A\u7EF4\u5EA6\u5185\u8BC4\u5206\u9879\u6743\u91CD\u4E4B\u548C\u4E3A 100\u3002", "type": "object", "additionalProperties": false, "required": ["version", "dimensions", "gates", "verdict", "evidence", "missing_data", "robustness"], "properties": { "version": { "title": "Rubric version / \u7EC6\u5219\u7248\u672C", "description": "Changes whenever weights or rules change, so reports say which rubric scored them. \u6BCF\u6B21\u4FEE\u6539\u6743\u91CD\u6216\u89C4\u5219\u65F6\u66F4\u65B0\uFF0C\u62A5\u544A\u636E\u6B64\u6CE8\u660E\u6240\u7528\u7EC6\u5219\u3002", "type": "string", "minLength": 1, "maxLength": 40 }, "dimensions": { "title": "Dimensions / \u8003\u5BDF\u7EF4\u5EA6", "description": "The evaluation dimensions; their weights sum to 100. \u5404\u8003\u5BDF\u7EF4\u5EA6\uFF1B\u6743\u91CD\u4E4B\u548C\u4E3A 100\u3002", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/dimension" } }, "gates": { "title": "Gates / \u5426\u51B3\u9879", "description": "Knock-out conditions; a vendor that fails one is knocked out whatever its score. \u5426\u51B3\u6761\u4EF6\uFF1B\u4EFB\u4E00\u4E0D\u901A\u8FC7\u5373\u88AB\u5426\u51B3\uFF0C\u65E0\u8BBA\u5F97\u5206\u9AD8\u4F4E\u3002", "type": "array", "items": { "$ref": "#/$defs/gate" } }, "verdict": { "title": "Verdict rule / \u7ED3\u8BBA\u89C4\u5219", "description": "How a score becomes a verdict and a band. \u5206\u6570\u5982\u4F55\u8F6C\u6362\u4E3A\u7ED3\u8BBA\u4E0E\u7B49\u7EA7\u3002", "type": "object", "additionalProperties": false, "required": ["good_level", "low_risk_share", "bands"], "properties": { "good_level": { "title": "Good level / \u826F\u597D\u7B49\u7EA7", "description": "A dimension is good when its level (score / 25, rounded down, at most 4) is at least this. \u7EF4\u5EA6\u7B49\u7EA7\uFF08\u5F97\u5206 / 25\uFF0C\u5411\u4E0B\u53D6\u6574\uFF0C\u6700\u9AD8 4\uFF09\u4E0D\u4F4E\u4E8E\u6B64\u503C\u5373\u4E3A\u201C\u826F\u597D\u201D\u3002", "type": "integer", "minimum": 0, "maximum": 4 }, "low_risk_share": { "title": "Low-risk share / \u4F4E\u98CE\u9669\u6BD4\u4F8B", "description": 'Low risk when at least this share of dimensions is good ("good in most dimensions"). \u8FBE\u5230\u826F\u597D\u7684\u7EF4\u5EA6\u6BD4\u4F8B\u4E0D\u4F4E\u4E8E\u6B64\u503C\u5373\u4E3A\u4F4E\u98CE\u9669\uFF08\u201C\u5927\u90E8\u5206\u7EF4\u5EA6\u8FBE\u5230\u826F\u597D\u201D\uFF09\u3002', "type": "number", "minimum": 0, "maximum": 1 }, "bands": { "title": "Bands / \u5206\u6863", "description": "Lowest total score of each band, highest band first; the last band starts at 0. \u5404\u5206\u6863\u7684\u6700\u4F4E\u603B\u5206\uFF0C\u4ECE\u9AD8\u5230\u4F4E\u6392\u5217\uFF1B\u6700\u540E\u4E00\u6863\u4ECE 0 \u5F00\u59CB\u3002", "type": "array", "minItems": 1, "items": { "title": "Band / \u5206\u6863", "description": "One band and its lowest score. \u4E00\u4E2A\u5206\u6863\u53CA\u5176\u6700\u4F4E\u5206\u3002", "type": "object", "additionalProperties": false, "required": ["id", "min"], "properties": { "id": { "title": "Band / \u5206\u6863", "description": "Which band. \u5206\u6863\u540D\u79F0\u3002", "type": "string", "enum": ["excellent", "good", "fair", "poor"], "enumDescriptions": ["excellent: support is a strength. \u4F18\u79C0\uFF1A\u6280\u672F\u652F\u6301\u662F\u5176\u4F18\u52BF\u3002", "good: support holds up. \u826F\u597D\uFF1A\u6280\u672F\u652F\u6301\u53EF\u9760\u3002", "fair: support has gaps to close before signing. \u4E00\u822C\uFF1A\u7B7E\u7EA6\u524D\u9700\u8865\u9F50\u77ED\u677F\u3002", "poor: support is a risk. \u8F83\u5DEE\uFF1A\u6280\u672F\u652F\u6301\u5B58\u5728\u98CE\u9669\u3002"] }, "min": { "title": "Lowest score / \u6700\u4F4E\u5206", "description": "The lowest total score in this band, 0-100. \u8BE5\u6863\u7684\u6700\u4F4E\u603B\u5206\uFF0C0-100\u3002", "type": "number", "minimum": 0, "maximum": 100 } } } } } }, "evidence": { "title": "Evidence policy / \u8BC1\u636E\u7B56\u7565", "description": "How much each kind of evidence counts, and how fast it ages. \u5404\u7C7B\u8BC1\u636E\u7684\u53EF\u4FE1\u5EA6\u7CFB\u6570\u53CA\u5176\u968F\u65F6\u95F4\u8870\u51CF\u7684\u901F\u5EA6\u3002", "type": "object", "additionalProperties": false, "required": ["factors", "unsupported_factor", "half_life_days"], "properties": { "factors": { "title": "Evidence factors / \u8BC1\u636E\u7CFB\u6570", "description": "Trust in each evidence type, 0-1: observed trial > contract > reference customer > public document > vendor claim. \u5404\u7C7B\u8BC1\u636E\u7684\u53EF\u4FE1\u5EA6\uFF0C0-1\uFF1A\u8BD5\u7528\u5B9E\u6D4B > \u5408\u540C\u7EA6\u5B9A > \u5BA2\u6237\u5370\u8BC1 > \u516C\u5F00\u8D44\u6599 > \u53E3\u5934\u627F\u8BFA\u3002", "type": "object", "additionalProperties": false, "required": ["observed-trial", "contract", "reference-customer", "public-document", "vendor-claim"], "properties": { "observed-trial": { "title": "Observed in a trial / \u8BD5\u7528\u5B9E\u6D4B", "description": "The evaluators saw it themselves. \u8BC4\u4F30\u4EBA\u4EB2\u773C\u6240\u89C1\u3002", "type": "number", "minimum": 0, "maximum": 1 }, "contract": { "title": "Contract / \u5408\u540C\u7EA6\u5B9A", "description": "Written into the contract or SLA. \u5199\u5165\u5408\u540C\u6216 SLA\u3002", "type": "number", "minimum": 0, "maximum": 1 }, "reference-customer": { "title": "Reference customer / \u5BA2\u6237\u5370\u8BC1", "description": "Confirmed by a customer the vendor named. \u7531\u53C2\u8003\u5BA2\u6237\u8BC1\u5B9E\u3002", "type": "number", "minimum": 0, "maximum": 1 }, "public-document": { "title": "Public document / \u516C\u5F00\u8D44\u6599", "description": "The vendor's website, docs or filings. \u5B98\u7F51\u3001\u6587\u6863\u6216\u516C\u5F00\u62AB\u9732\u3002", "type": "number", "minimum": 0, "maximum": 1 }, "vendor-claim": { "title": "Vendor claim / \u53E3\u5934\u627F\u8BFA", "description": "Said by sales, not written down. \u9500\u552E\u53E3\u5934\u6240\u8BF4\uFF0C\u672A\u6210\u6587\u3002", "type": "number", "minimum": 0, "maximum": 1 } } }, "unsupported_factor": { "title": "Unsupported factor / \u65E0\u8BC1\u636E\u7CFB\u6570", "description": "Confidence of an answer that cites no evidence. \u672A\u5F15\u7528\u4EFB\u4F55\u8BC1\u636E\u7684\u7B54\u6848\u7684\u53EF\u4FE1\u5EA6\u3002", "type": "number", "minimum": 0, "maximum": 1 }, "half_life_days": { "title": "Half-life in days / \u534A\u8870\u671F\uFF08\u5929\uFF09", "description": "Evidence counts half as much for every this many days it is older than the evaluation date. \u8BC1\u636E\u6BCF\u65E9\u4E8E\u8BC4\u4F30\u65E5\u671F\u8FD9\u4E48\u591A\u5929\uFF0C\u53EF\u4FE1\u5EA6\u51CF\u534A\u3002", "type": "number", "exclusiveMinimum": 0 } } }, "missing_data": { "title": "Missing data / \u7F3A\u5931\u6570\u636E", "description": 'Missing facts are unknown, never "no": scores are renormalised over answered weight and shown with a lower bound (missing = 0) and an upper bound (missing = full). \u7F3A\u5931\u7684\u4E8B\u5B9E\u8868\u793A\u672A\u77E5\u800C\u975E\u201C\u6CA1\u6709\u201D\uFF1A\u5F97\u5206\u6309\u5DF2\u56DE\u7B54\u6743\u91CD\u91CD\u65B0\u5F52\u4E00\uFF0C\u5E76\u7ED9\u51FA\u4E0B\u9650\uFF08\u7F3A\u5931\u8BB0 0\uFF09\u4E0E\u4E0A\u9650\uFF08\u7F3A\u5931\u8BB0\u6EE1\u5206\uFF09\u3002', "type": "object", "additionalProperties": false, "required": ["min_coverage"], "properties": { "min_coverage": { "title": "Minimum coverage / \u6700\u4F4E\u8986\u76D6\u7387", "description": 'Below this share of answered weight (0-1) a vendor is "insufficient data" and ranks last. \u5DF2\u56DE\u7B54\u6743\u91CD\u5360\u6BD4\uFF080-1\uFF09\u4F4E\u4E8E\u6B64\u503C\u65F6\u5224\u5B9A\u4E3A\u201C\u6570\u636E\u4E0D\u8DB3\u201D\uFF0C\u6392\u5728\u6700\u540E\u3002', "type": "number", "minimum": 0, "maximum": 1 } } }, "robustness": { "title": "Robustness check / \u7A33\u5065\u6027\u68C0\u9A8C", "description": "How sure the first place is when the weights move: every weight is multiplied by a random factor, seeded so results are reproducible. \u6743\u91CD\u53D8\u5316\u65F6\u7B2C\u4E00\u540D\u6709\u591A\u7A33\uFF1A\u6BCF\u4E2A\u6743\u91CD\u4E58\u4EE5\u4E00\u4E2A\u968F\u673A\u7CFB\u6570\uFF1B\u4F7F\u7528\u56FA\u5B9A\u79CD\u5B50\uFF0C\u7ED3\u679C\u53EF\u590D\u73B0\u3002", "type": "object", "additionalProperties": false, "required": ["seed", "samples", "spread"], "properties": { "seed": { "title": "Seed / \u968F\u673A\u79CD\u5B50", "description": "Seed of the random numbers; the same seed gives the same result. \u968F\u673A\u6570\u79CD\u5B50\uFF1B\u76F8\u540C\u79CD\u5B50\u5F97\u5230\u76F8\u540C\u7ED3\u679C\u3002", "type": "integer", "minimum": 0, "maximum": 4294967295 }, "samples": { "title": "Samples / \u62BD\u6837\u6B21\u6570", "description": "How many perturbed weightings to try. \u5C1D\u8BD5\u591A\u5C11\u7EC4\u6270\u52A8\u540E\u7684\u6743\u91CD\u3002", "type": "integer", "minimum": 1, "maximum": 1e5 }, "spread": { "title": "Spread / \u6270\u52A8\u5E45\u5EA6", "description": "Each weight is multiplied by a factor drawn uniformly from [1 - spread, 1 + spread]. \u6BCF\u4E2A\u6743\u91CD\u4E58\u4EE5\u5728 [1 - spread, 1 + spread] \u4E0A\u5747\u5300\u62BD\u53D6\u7684\u7CFB\u6570\u3002", "type": "number", "minimum": 0, "exclusiveMaximum": 1 } } } }, "$defs": { "id": { "title": "Identifier / \u6807\u8BC6", "description": "Lower-case letters, digits and hyphens, e.g. response-time. \u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u5982 response-time\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "localText": { "title": "Text in two languages / \u53CC\u8BED\u6587\u672C", "description": "The same text in English and Simplified Chinese; reports use the configured language. \u540C\u4E00\u5185\u5BB9\u7684\u82F1\u6587\u4E0E\u7B80\u4F53\u4E2D\u6587\u7248\u672C\uFF1B\u62A5\u544A\u6309\u914D\u7F6E\u7684\u8BED\u8A00\u663E\u793A\u3002", "type": "object", "additionalProperties": false, "required": ["en", "zh-CN"], "properties": { "en": { "title": "English / \u82F1\u6587", "description": "The text in English. \u82F1\u6587\u6587\u672C\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 }, "zh-CN": { "title": "Chinese / \u4E2D\u6587", "description": "The text in Simplified Chinese. \u7B80\u4F53\u4E2D\u6587\u6587\u672C\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 } } }, "weight": { "title": "Weight / \u6743\u91CD", "description": "A share in percent, 0-100. \u767E\u5206\u6BD4\u4EFD\u989D\uFF0C0-100\u3002", "type": "number", "minimum": 0, "maximum": 100 }, "level": { "title": "Level / \u7B49\u7EA7", "description": "0 (worst) to 4 (best). 0\uFF08\u6700\u5DEE\uFF09\u81F3 4\uFF08\u6700\u597D\uFF09\u3002", "type": "integer", "minimum": 0, "maximum": 4 }, "factPath": { "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts; `[]` maps over a list. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF1B`[]` \u8868\u793A\u904D\u5386\u5217\u8868\u3002", "type": "string", "pattern": "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", "maxLength": 200 }, "aggregate": { "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value. \u5217\u8868\u503C\u7684\u6C47\u603B\u65B9\u5F0F\u3002", "type": "string", "enum": ["count", "median", "max", "min", "sum", "share-true"], "enumDescriptions": ["count: how many values the list holds (an empty list counts 0). \u8BA1\u6570\uFF1A\u5217\u8868\u4E2D\u503C\u7684\u4E2A\u6570\uFF08\u7A7A\u5217\u8868\u4E3A 0\uFF09\u3002", "median: the middle value; of an even count, the mean of the two middle values. \u4E2D\u4F4D\u6570\uFF1A\u5C45\u4E2D\u7684\u503C\uFF1B\u4E2A\u6570\u4E3A\u5076\u6570\u65F6\u53D6\u4E2D\u95F4\u4E24\u4E2A\u503C\u7684\u5E73\u5747\u3002", "max: the largest value. \u6700\u5927\u503C\u3002", "min: the smallest value. \u6700\u5C0F\u503C\u3002", "sum: the total of the values. \u6C42\u548C\u3002", "share-true: the share of true values, 0-1 (booleans only). \u4E3A\u771F\u6BD4\u4F8B\uFF1A\u53D6\u503C\u4E3A true \u7684\u6BD4\u4F8B\uFF0C0-1\uFF08\u4EC5\u9650\u5E03\u5C14\u503C\uFF09\u3002"] }, "criterion": { "title": "Criterion / \u8BC4\u5206\u9879", "description": "One scored question inside a dimension: either fact-based (`fact` plus `thresholds` or `levels`) or rating-based (`rating`), never both; the rubric check enforces exactly one kind. \u7EF4\u5EA6\u4E2D\u7684\u4E00\u4E2A\u8BC4\u5206\u9879\uFF1A\u8981\u4E48\u57FA\u4E8E\u4E8B\u5B9E\uFF08`fact` \u52A0 `thresholds` \u6216 `levels`\uFF09\uFF0C\u8981\u4E48\u57FA\u4E8E\u8BC4\u4F30\u4EBA\u6253\u5206\uFF08`rating`\uFF09\uFF0C\u4E8C\u8005\u53EA\u80FD\u53D6\u5176\u4E00\uFF0C\u7531\u7EC6\u5219\u68C0\u67E5\u5F3A\u5236\u3002", "type": "object", "additionalProperties": false, "required": ["id", "title", "weight"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Criterion id / \u8BC4\u5206\u9879\u6807\u8BC6", "description": "Unique across the whole rubric; ratings in vendor files name it. \u5728\u6574\u4E2A\u7EC6\u5219\u4E2D\u552F\u4E00\uFF1B\u4F9B\u5E94\u5546\u6587\u4EF6\u4E2D\u7684 ratings \u901A\u8FC7\u5B83\u5F15\u7528\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "Short name shown in reports. \u62A5\u544A\u4E2D\u663E\u793A\u7684\u7B80\u77ED\u540D\u79F0\u3002" }, "description": { "$ref": "#/$defs/localText", "title": "Description / \u8BF4\u660E", "description": "What the criterion checks and why it matters for a cloud classroom. \u8BE5\u9879\u8003\u5BDF\u4EC0\u4E48\u3001\u4E3A\u4F55\u5BF9\u4E91\u8BFE\u5802\u91CD\u8981\u3002" }, "weight": { "$ref": "#/$defs/weight", "title": "Weight in the dimension / \u7EF4\u5EA6\u5185\u6743\u91CD", "description": "Share of the dimension in percent; the criteria of one dimension sum to 100. Its weight in the total is dimension weight \xD7 this / 100. \u5360\u6240\u5728\u7EF4\u5EA6\u7684\u767E\u5206\u6BD4\uFF1B\u540C\u4E00\u7EF4\u5EA6\u5185\u5404\u8BC4\u5206\u9879\u4E4B\u548C\u4E3A 100\u3002\u5176\u5728\u603B\u5206\u4E2D\u7684\u6743\u91CD = \u7EF4\u5EA6\u6743\u91CD \xD7 \u672C\u6743\u91CD / 100\u3002" }, "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, e.g. team_scale.support_headcount; `[]` maps over a list (trial_probes[].first_response_minutes) and then needs an `aggregate`. A list at the end of the path (service_model.dedicated_group.roles) also needs one. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5982 team_scale.support_headcount\uFF1B`[]` \u8868\u793A\u904D\u5386\u5217\u8868\uFF08trial_probes[].first_response_minutes\uFF09\uFF0C\u6B64\u65F6\u987B\u6307\u5B9A `aggregate`\u3002\u8DEF\u5F84\u672B\u7AEF\u4E3A\u5217\u8868\uFF08service_model.dedicated_group.roles\uFF09\u65F6\u540C\u6837\u9700\u8981\u3002" }, "aggregate": { "$ref": "#/$defs/aggregate", "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value. Only for list paths. \u5982\u4F55\u628A\u5217\u8868\u4E2D\u7684\u591A\u4E2A\u503C\u6C47\u603B\u4E3A\u4E00\u4E2A\u503C\uFF1B\u4EC5\u7528\u4E8E\u5217\u8868\u8DEF\u5F84\u3002" }, "direction": { "title": "Direction / \u65B9\u5411", "description": "Required with `thresholds`: whether more or less is better. \u4E0E `thresholds` \u4E00\u8D77\u4F7F\u7528\u4E14\u5FC5\u586B\uFF1A\u6570\u503C\u8D8A\u5927\u8D8A\u597D\u8FD8\u662F\u8D8A\u5C0F\u8D8A\u597D\u3002", "type": "string", "enum": ["benefit", "cost"], "enumDescriptions": ["benefit: more is better; level = how many thresholds the value reaches (value \u2265 threshold); thresholds ascending. \u6548\u76CA\u578B\uFF1A\u8D8A\u5927\u8D8A\u597D\uFF1B\u7B49\u7EA7 = \u6570\u503C\u8FBE\u5230\uFF08\u2265\uFF09\u7684\u9608\u503C\u4E2A\u6570\uFF1B\u9608\u503C\u987B\u9012\u589E\u3002", "cost: less is better; level = how many thresholds the value stays within (value \u2264 threshold); thresholds descending. \u6210\u672C\u578B\uFF1A\u8D8A\u5C0F\u8D8A\u597D\uFF1B\u7B49\u7EA7 = \u6570\u503C\u4E0D\u8D85\u8FC7\uFF08\u2264\uFF09\u7684\u9608\u503C\u4E2A\u6570\uFF1B\u9608\u503C\u987B\u9012\u51CF\u3002"] }, "thresholds": { "title": "Thresholds / \u9608\u503C", "description": "Four fixed numbers mapping a numeric fact to level 0-4: ascending for benefit, descending for cost (equal neighbours skip a level). Fixed bounds, never taken from the current vendors, so adding a vendor never changes another's score. \u56DB\u4E2A\u56FA\u5B9A\u6570\u503C\uFF0C\u628A\u6570\u503C\u578B\u4E8B\u5B9E\u6620\u5C04\u4E3A 0-4 \u7EA7\uFF1A\u6548\u76CA\u578B\u9012\u589E\uFF0C\u6210\u672C\u578B\u9012\u51CF\uFF08\u76F8\u90BB\u76F8\u7B49\u8868\u793A\u8DF3\u8FC7\u4E00\u7EA7\uFF09\u3002\u9608\u503C\u56FA\u5B9A\uFF0C\u4E0D\u53D6\u81EA\u5F53\u524D\u4F9B\u5E94\u5546\uFF0C\u56E0\u6B64\u65B0\u589E\u4F9B\u5E94\u5546\u4E0D\u4F1A\u6539\u53D8\u5176\u4ED6\u4F9B\u5E94\u5546\u7684\u5F97\u5206\u3002", "type": "array", "minItems": 4, "maxItems": 4, "items": { "title": "Threshold / \u9608\u503C", "description": "One boundary between two levels. \u76F8\u90BB\u4E24\u7EA7\u4E4B\u95F4\u7684\u5206\u754C\u503C\u3002", "type": "number" } }, "levels": { "title": "Levels / \u53D6\u503C\u7B49\u7EA7", "description": 'Level 0-4 for each value an enum or boolean fact can take; keys are the values as text (booleans as "true"/"false"). Every possible value needs a level. \u679A\u4E3E\u6216\u5E03\u5C14\u4E8B\u5B9E\u6BCF\u4E2A\u53EF\u80FD\u53D6\u503C\u5BF9\u5E94\u7684\u7B49\u7EA7\uFF080-4\uFF09\uFF1B\u952E\u4E3A\u53D6\u503C\u7684\u6587\u672C\u5F62\u5F0F\uFF08\u5E03\u5C14\u503C\u5199\u4F5C "true"/"false"\uFF09\u3002\u6BCF\u4E2A\u53EF\u80FD\u53D6\u503C\u90FD\u5FC5\u987B\u7ED9\u51FA\u7B49\u7EA7\u3002', "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/$defs/level", "title": "Level of this value / \u8BE5\u53D6\u503C\u7684\u7B49\u7EA7", "description": "0 (worst) to 4 (best). 0\uFF08\u6700\u5DEE\uFF09\u81F3 4\uFF08\u6700\u597D\uFF09\u3002" } }, "rating": { "title": "Rating / \u8BC4\u4F30\u4EBA\u6253\u5206", "description": "Makes this a rating criterion: evaluators rate 1-5; the median rating minus 1 is the level. \u8868\u793A\u8BE5\u9879\u7531\u8BC4\u4F30\u4EBA\u6309 1-5 \u5206\u6253\u5206\uFF1B\u53D6\u4E2D\u4F4D\u6570\u51CF 1 \u4F5C\u4E3A\u7B49\u7EA7\u3002", "type": "object", "additionalProperties": false, "required": ["anchors"], "properties": { "anchors": { "title": "Anchors / \u951A\u5B9A\u63CF\u8FF0", "description": "A description of each rating 1-5 in both languages. \u6BCF\u4E2A\u5206\u503C\uFF081-5\uFF09\u7684\u53CC\u8BED\u63CF\u8FF0\u3002", "type": "object", "additionalProperties": false, "required": ["1", "2", "3", "4", "5"], "properties": { "1": { "$ref": "#/$defs/localText", "title": "Anchor for 1 / \u8BC4\u5206 1 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 1 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 1 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "2": { "$ref": "#/$defs/localText", "title": "Anchor for 2 / \u8BC4\u5206 2 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 2 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 2 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "3": { "$ref": "#/$defs/localText", "title": "Anchor for 3 / \u8BC4\u5206 3 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 3 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 3 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "4": { "$ref": "#/$defs/localText", "title": "Anchor for 4 / \u8BC4\u5206 4 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 4 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 4 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "5": { "$ref": "#/$defs/localText", "title": "Anchor for 5 / \u8BC4\u5206 5 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 5 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 5 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" } } } } }, "applies_when": { "title": "Applies when / \u9002\u7528\u6761\u4EF6", "description": "Optional. The criterion counts only for vendors whose fact (a dotted path, no list) has one of the listed values, e.g. partner escalation only for hybrid or outsourced support. For other vendors it is not applicable and its weight goes to the other criteria of the dimension. A missing fact keeps the criterion applicable (not answering is never a way out). \u53EF\u9009\u3002\u4EC5\u5F53\u4F9B\u5E94\u5546\u7684\u8BE5\u4E8B\u5B9E\uFF08\u70B9\u5206\u8DEF\u5F84\uFF0C\u4E0D\u542B\u5217\u8868\uFF09\u53D6\u5217\u51FA\u7684\u503C\u4E4B\u4E00\u65F6\u672C\u9879\u624D\u8BA1\u5206\uFF0C\u4F8B\u5982\u53EA\u6709\u6DF7\u5408\u6216\u5916\u5305\u652F\u6301\u624D\u8003\u5BDF\u5408\u4F5C\u4F19\u4F34\u5347\u7EA7\u8DEF\u5F84\u3002\u5BF9\u5176\u4ED6\u4F9B\u5E94\u5546\u672C\u9879\u4E0D\u9002\u7528\uFF0C\u5176\u6743\u91CD\u5206\u7ED9\u540C\u4E00\u7EF4\u5EA6\u7684\u5176\u4ED6\u8BC4\u5206\u9879\u3002\u4E8B\u5B9E\u7F3A\u5931\u65F6\u672C\u9879\u4ECD\u9002\u7528\uFF08\u4E0D\u56DE\u7B54\u4E0D\u80FD\u6210\u4E3A\u514D\u8003\u7684\u7406\u7531\uFF09\u3002", "type": "object", "additionalProperties": false, "required": ["fact", "in"], "properties": { "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, e.g. outsourcing.support_organisation. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5982 outsourcing.support_organisation\u3002" }, "in": { "title": "Values / \u53D6\u503C", "description": "The values for which the criterion applies, compared as text. \u672C\u9879\u9002\u7528\u7684\u53D6\u503C\uFF0C\u6309\u6587\u672C\u6BD4\u8F83\u3002", "type": "array", "minItems": 1, "items": { "title": "Value / \u53D6\u503C", "description": "A string, number or boolean the fact can take. \u4E8B\u5B9E\u53EF\u80FD\u7684\u4E00\u4E2A\u53D6\u503C\uFF08\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u6216\u5E03\u5C14\u503C\uFF09\u3002" } } } } } }, "dimension": { "title": "Dimension / \u8003\u5BDF\u7EF4\u5EA6", "description": "One evaluation dimension of the article's table (\u56E2\u961F\u89C4\u6A21, \u54CD\u5E94\u65F6\u6548, \u2026) with its weight and criteria. \u6587\u7AE0\u8003\u5BDF\u8868\u4E2D\u7684\u4E00\u4E2A\u7EF4\u5EA6\uFF08\u56E2\u961F\u89C4\u6A21\u3001\u54CD\u5E94\u65F6\u6548\u2026\u2026\uFF09\u53CA\u5176\u6743\u91CD\u548C\u8BC4\u5206\u9879\u3002", "type": "object", "additionalProperties": false, "required": ["id", "title", "weight", "criteria"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Dimension id / \u7EF4\u5EA6\u6807\u8BC6", "description": "Unique id of the dimension, e.g. response-time. \u7EF4\u5EA6\u7684\u552F\u4E00\u6807\u8BC6\uFF0C\u5982 response-time\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "Name of the dimension shown in reports. \u62A5\u544A\u4E2D\u663E\u793A\u7684\u7EF4\u5EA6\u540D\u79F0\u3002" }, "description": { "$ref": "#/$defs/localText", "title": "Description / \u8BF4\u660E", "description": "What the dimension looks at. \u8BE5\u7EF4\u5EA6\u8003\u5BDF\u7684\u5185\u5BB9\u3002" }, "weight": { "$ref": "#/$defs/weight", "title": "Weight / \u6743\u91CD", "description": "Share of the total in percent; the dimensions sum to 100. \u5360\u603B\u5206\u7684\u767E\u5206\u6BD4\uFF1B\u6240\u6709\u7EF4\u5EA6\u4E4B\u548C\u4E3A 100\u3002" }, "criteria": { "title": "Criteria / \u8BC4\u5206\u9879", "description": "The scored questions of this dimension; their weights sum to 100. \u8BE5\u7EF4\u5EA6\u4E0B\u7684\u8BC4\u5206\u9879\uFF1B\u6743\u91CD\u4E4B\u548C\u4E3A 100\u3002", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/criterion" } } } }, "gate": { "title": "Gate / \u5426\u51B3\u9879", "description": 'A knock-out: the fact must hold one of `pass_when`; a missing fact is "unknown", which never passes. \u5426\u51B3\u9879\uFF1A\u4E8B\u5B9E\u53D6\u503C\u5FC5\u987B\u5C5E\u4E8E `pass_when`\uFF1B\u7F3A\u5931\u4E3A\u201C\u672A\u77E5\u201D\uFF0C\u672A\u77E5\u6C38\u8FDC\u4E0D\u7B97\u901A\u8FC7\u3002', "type": "object", "additionalProperties": false, "required": ["id", "title", "fact", "pass_when"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Gate id / \u5426\u51B3\u9879\u6807\u8BC6", "description": "Unique id of the gate. \u5426\u51B3\u9879\u7684\u552F\u4E00\u6807\u8BC6\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "What must hold, in both languages. \u5FC5\u987B\u6EE1\u8DB3\u7684\u6761\u4EF6\uFF08\u53CC\u8BED\uFF09\u3002" }, "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, as for criteria. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5199\u6CD5\u540C\u8BC4\u5206\u9879\u3002" }, "aggregate": { "$ref": "#/$defs/aggregate", "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value; only for list paths. \u5217\u8868\u8DEF\u5F84\u7684\u6C47\u603B\u65B9\u5F0F\uFF1B\u4EC5\u7528\u4E8E\u5217\u8868\u8DEF\u5F84\u3002" }, "pass_when": { "title": "Passing values / \u901A\u8FC7\u53D6\u503C", "description": "The values that pass, compared as text (true matches true). Any other known value fails. \u89C6\u4E3A\u901A\u8FC7\u7684\u53D6\u503C\uFF0C\u6309\u6587\u672C\u6BD4\u8F83\uFF08true \u4E0E true \u76F8\u540C\uFF09\u3002\u5176\u4ED6\u5DF2\u77E5\u53D6\u503C\u5747\u4E3A\u4E0D\u901A\u8FC7\u3002", "type": "array", "minItems": 1, "items": { "title": "Passing value / \u901A\u8FC7\u53D6\u503C", "description": "A string, number or boolean the fact can take. \u4E8B\u5B9E\u53EF\u80FD\u7684\u4E00\u4E2A\u53D6\u503C\uFF08\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u6216\u5E03\u5C14\u503C\uFF09\u3002" } } } } } };
var schema48 = { "title": "Dimension / \u8003\u5BDF\u7EF4\u5EA6", "description": "One evaluation dimension of the article's table (\u56E2\u961F\u89C4\u6A21, \u54CD\u5E94\u65F6\u6548, \u2026) with its weight and criteria. \u6587\u7AE0\u8003\u5BDF\u8868\u4E2D\u7684\u4E00\u4E2A\u7EF4\u5EA6\uFF08\u56E2\u961F\u89C4\u6A21\u3001\u54CD\u5E94\u65F6\u6548\u2026\u2026\uFF09\u53CA\u5176\u6743\u91CD\u548C\u8BC4\u5206\u9879\u3002", "type": "object", "additionalProperties": false, "required": ["id", "title", "weight", "criteria"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Dimension id / \u7EF4\u5EA6\u6807\u8BC6", "description": "Unique id of the dimension, e.g. response-time. \u7EF4\u5EA6\u7684\u552F\u4E00\u6807\u8BC6\uFF0C\u5982 response-time\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "Name of the dimension shown in reports. \u62A5\u544A\u4E2D\u663E\u793A\u7684\u7EF4\u5EA6\u540D\u79F0\u3002" }, "description": { "$ref": "#/$defs/localText", "title": "Description / \u8BF4\u660E", "description": "What the dimension looks at. \u8BE5\u7EF4\u5EA6\u8003\u5BDF\u7684\u5185\u5BB9\u3002" }, "weight": { "$ref": "#/$defs/weight", "title": "Weight / \u6743\u91CD", "description": "Share of the total in percent; the dimensions sum to 100. \u5360\u603B\u5206\u7684\u767E\u5206\u6BD4\uFF1B\u6240\u6709\u7EF4\u5EA6\u4E4B\u548C\u4E3A 100\u3002" }, "criteria": { "title": "Criteria / \u8BC4\u5206\u9879", "description": "The scored questions of this dimension; their weights sum to 100. \u8BE5\u7EF4\u5EA6\u4E0B\u7684\u8BC4\u5206\u9879\uFF1B\u6743\u91CD\u4E4B\u548C\u4E3A 100\u3002", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/criterion" } } } };
var schema49 = { "title": "Identifier / \u6807\u8BC6", "description": "Lower-case letters, digits and hyphens, e.g. response-time. \u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u5982 response-time\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" };
var schema50 = { "title": "Text in two languages / \u53CC\u8BED\u6587\u672C", "description": "The same text in English and Simplified Chinese; reports use the configured language. \u540C\u4E00\u5185\u5BB9\u7684\u82F1\u6587\u4E0E\u7B80\u4F53\u4E2D\u6587\u7248\u672C\uFF1B\u62A5\u544A\u6309\u914D\u7F6E\u7684\u8BED\u8A00\u663E\u793A\u3002", "type": "object", "additionalProperties": false, "required": ["en", "zh-CN"], "properties": { "en": { "title": "English / \u82F1\u6587", "description": "The text in English. \u82F1\u6587\u6587\u672C\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 }, "zh-CN": { "title": "Chinese / \u4E2D\u6587", "description": "The text in Simplified Chinese. \u7B80\u4F53\u4E2D\u6587\u6587\u672C\u3002", "type": "string", "minLength": 1, "maxLength": 2e3 } } };
var schema52 = { "title": "Weight / \u6743\u91CD", "description": "A share in percent, 0-100. \u767E\u5206\u6BD4\u4EFD\u989D\uFF0C0-100\u3002", "type": "number", "minimum": 0, "maximum": 100 };
var pattern9 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
var schema53 = { "title": "Criterion / \u8BC4\u5206\u9879", "description": "One scored question inside a dimension: either fact-based (`fact` plus `thresholds` or `levels`) or rating-based (`rating`), never both; the rubric check enforces exactly one kind. \u7EF4\u5EA6\u4E2D\u7684\u4E00\u4E2A\u8BC4\u5206\u9879\uFF1A\u8981\u4E48\u57FA\u4E8E\u4E8B\u5B9E\uFF08`fact` \u52A0 `thresholds` \u6216 `levels`\uFF09\uFF0C\u8981\u4E48\u57FA\u4E8E\u8BC4\u4F30\u4EBA\u6253\u5206\uFF08`rating`\uFF09\uFF0C\u4E8C\u8005\u53EA\u80FD\u53D6\u5176\u4E00\uFF0C\u7531\u7EC6\u5219\u68C0\u67E5\u5F3A\u5236\u3002", "type": "object", "additionalProperties": false, "required": ["id", "title", "weight"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Criterion id / \u8BC4\u5206\u9879\u6807\u8BC6", "description": "Unique across the whole rubric; ratings in vendor files name it. \u5728\u6574\u4E2A\u7EC6\u5219\u4E2D\u552F\u4E00\uFF1B\u4F9B\u5E94\u5546\u6587\u4EF6\u4E2D\u7684 ratings \u901A\u8FC7\u5B83\u5F15\u7528\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "Short name shown in reports. \u62A5\u544A\u4E2D\u663E\u793A\u7684\u7B80\u77ED\u540D\u79F0\u3002" }, "description": { "$ref": "#/$defs/localText", "title": "Description / \u8BF4\u660E", "description": "What the criterion checks and why it matters for a cloud classroom. \u8BE5\u9879\u8003\u5BDF\u4EC0\u4E48\u3001\u4E3A\u4F55\u5BF9\u4E91\u8BFE\u5802\u91CD\u8981\u3002" }, "weight": { "$ref": "#/$defs/weight", "title": "Weight in the dimension / \u7EF4\u5EA6\u5185\u6743\u91CD", "description": "Share of the dimension in percent; the criteria of one dimension sum to 100. Its weight in the total is dimension weight \xD7 this / 100. \u5360\u6240\u5728\u7EF4\u5EA6\u7684\u767E\u5206\u6BD4\uFF1B\u540C\u4E00\u7EF4\u5EA6\u5185\u5404\u8BC4\u5206\u9879\u4E4B\u548C\u4E3A 100\u3002\u5176\u5728\u603B\u5206\u4E2D\u7684\u6743\u91CD = \u7EF4\u5EA6\u6743\u91CD \xD7 \u672C\u6743\u91CD / 100\u3002" }, "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, e.g. team_scale.support_headcount; `[]` maps over a list (trial_probes[].first_response_minutes) and then needs an `aggregate`. A list at the end of the path (service_model.dedicated_group.roles) also needs one. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5982 team_scale.support_headcount\uFF1B`[]` \u8868\u793A\u904D\u5386\u5217\u8868\uFF08trial_probes[].first_response_minutes\uFF09\uFF0C\u6B64\u65F6\u987B\u6307\u5B9A `aggregate`\u3002\u8DEF\u5F84\u672B\u7AEF\u4E3A\u5217\u8868\uFF08service_model.dedicated_group.roles\uFF09\u65F6\u540C\u6837\u9700\u8981\u3002" }, "aggregate": { "$ref": "#/$defs/aggregate", "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value. Only for list paths. \u5982\u4F55\u628A\u5217\u8868\u4E2D\u7684\u591A\u4E2A\u503C\u6C47\u603B\u4E3A\u4E00\u4E2A\u503C\uFF1B\u4EC5\u7528\u4E8E\u5217\u8868\u8DEF\u5F84\u3002" }, "direction": { "title": "Direction / \u65B9\u5411", "description": "Required with `thresholds`: whether more or less is better. \u4E0E `thresholds` \u4E00\u8D77\u4F7F\u7528\u4E14\u5FC5\u586B\uFF1A\u6570\u503C\u8D8A\u5927\u8D8A\u597D\u8FD8\u662F\u8D8A\u5C0F\u8D8A\u597D\u3002", "type": "string", "enum": ["benefit", "cost"], "enumDescriptions": ["benefit: more is better; level = how many thresholds the value reaches (value \u2265 threshold); thresholds ascending. \u6548\u76CA\u578B\uFF1A\u8D8A\u5927\u8D8A\u597D\uFF1B\u7B49\u7EA7 = \u6570\u503C\u8FBE\u5230\uFF08\u2265\uFF09\u7684\u9608\u503C\u4E2A\u6570\uFF1B\u9608\u503C\u987B\u9012\u589E\u3002", "cost: less is better; level = how many thresholds the value stays within (value \u2264 threshold); thresholds descending. \u6210\u672C\u578B\uFF1A\u8D8A\u5C0F\u8D8A\u597D\uFF1B\u7B49\u7EA7 = \u6570\u503C\u4E0D\u8D85\u8FC7\uFF08\u2264\uFF09\u7684\u9608\u503C\u4E2A\u6570\uFF1B\u9608\u503C\u987B\u9012\u51CF\u3002"] }, "thresholds": { "title": "Thresholds / \u9608\u503C", "description": "Four fixed numbers mapping a numeric fact to level 0-4: ascending for benefit, descending for cost (equal neighbours skip a level). Fixed bounds, never taken from the current vendors, so adding a vendor never changes another's score. \u56DB\u4E2A\u56FA\u5B9A\u6570\u503C\uFF0C\u628A\u6570\u503C\u578B\u4E8B\u5B9E\u6620\u5C04\u4E3A 0-4 \u7EA7\uFF1A\u6548\u76CA\u578B\u9012\u589E\uFF0C\u6210\u672C\u578B\u9012\u51CF\uFF08\u76F8\u90BB\u76F8\u7B49\u8868\u793A\u8DF3\u8FC7\u4E00\u7EA7\uFF09\u3002\u9608\u503C\u56FA\u5B9A\uFF0C\u4E0D\u53D6\u81EA\u5F53\u524D\u4F9B\u5E94\u5546\uFF0C\u56E0\u6B64\u65B0\u589E\u4F9B\u5E94\u5546\u4E0D\u4F1A\u6539\u53D8\u5176\u4ED6\u4F9B\u5E94\u5546\u7684\u5F97\u5206\u3002", "type": "array", "minItems": 4, "maxItems": 4, "items": { "title": "Threshold / \u9608\u503C", "description": "One boundary between two levels. \u76F8\u90BB\u4E24\u7EA7\u4E4B\u95F4\u7684\u5206\u754C\u503C\u3002", "type": "number" } }, "levels": { "title": "Levels / \u53D6\u503C\u7B49\u7EA7", "description": 'Level 0-4 for each value an enum or boolean fact can take; keys are the values as text (booleans as "true"/"false"). Every possible value needs a level. \u679A\u4E3E\u6216\u5E03\u5C14\u4E8B\u5B9E\u6BCF\u4E2A\u53EF\u80FD\u53D6\u503C\u5BF9\u5E94\u7684\u7B49\u7EA7\uFF080-4\uFF09\uFF1B\u952E\u4E3A\u53D6\u503C\u7684\u6587\u672C\u5F62\u5F0F\uFF08\u5E03\u5C14\u503C\u5199\u4F5C "true"/"false"\uFF09\u3002\u6BCF\u4E2A\u53EF\u80FD\u53D6\u503C\u90FD\u5FC5\u987B\u7ED9\u51FA\u7B49\u7EA7\u3002', "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/$defs/level", "title": "Level of this value / \u8BE5\u53D6\u503C\u7684\u7B49\u7EA7", "description": "0 (worst) to 4 (best). 0\uFF08\u6700\u5DEE\uFF09\u81F3 4\uFF08\u6700\u597D\uFF09\u3002" } }, "rating": { "title": "Rating / \u8BC4\u4F30\u4EBA\u6253\u5206", "description": "Makes this a rating criterion: evaluators rate 1-5; the median rating minus 1 is the level. \u8868\u793A\u8BE5\u9879\u7531\u8BC4\u4F30\u4EBA\u6309 1-5 \u5206\u6253\u5206\uFF1B\u53D6\u4E2D\u4F4D\u6570\u51CF 1 \u4F5C\u4E3A\u7B49\u7EA7\u3002", "type": "object", "additionalProperties": false, "required": ["anchors"], "properties": { "anchors": { "title": "Anchors / \u951A\u5B9A\u63CF\u8FF0", "description": "A description of each rating 1-5 in both languages. \u6BCF\u4E2A\u5206\u503C\uFF081-5\uFF09\u7684\u53CC\u8BED\u63CF\u8FF0\u3002", "type": "object", "additionalProperties": false, "required": ["1", "2", "3", "4", "5"], "properties": { "1": { "$ref": "#/$defs/localText", "title": "Anchor for 1 / \u8BC4\u5206 1 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 1 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 1 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "2": { "$ref": "#/$defs/localText", "title": "Anchor for 2 / \u8BC4\u5206 2 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 2 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 2 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "3": { "$ref": "#/$defs/localText", "title": "Anchor for 3 / \u8BC4\u5206 3 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 3 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 3 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "4": { "$ref": "#/$defs/localText", "title": "Anchor for 4 / \u8BC4\u5206 4 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 4 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 4 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" }, "5": { "$ref": "#/$defs/localText", "title": "Anchor for 5 / \u8BC4\u5206 5 \u7684\u951A\u5B9A\u63CF\u8FF0", "description": "What a rating of 5 looks like, so that evaluators rate alike. \u8BC4\u5206\u4E3A 5 \u65F6\u5E94\u6709\u7684\u8868\u73B0\uFF0C\u4F7F\u4E0D\u540C\u8BC4\u4F30\u4EBA\u6253\u5206\u5C3A\u5EA6\u4E00\u81F4\u3002" } } } } }, "applies_when": { "title": "Applies when / \u9002\u7528\u6761\u4EF6", "description": "Optional. The criterion counts only for vendors whose fact (a dotted path, no list) has one of the listed values, e.g. partner escalation only for hybrid or outsourced support. For other vendors it is not applicable and its weight goes to the other criteria of the dimension. A missing fact keeps the criterion applicable (not answering is never a way out). \u53EF\u9009\u3002\u4EC5\u5F53\u4F9B\u5E94\u5546\u7684\u8BE5\u4E8B\u5B9E\uFF08\u70B9\u5206\u8DEF\u5F84\uFF0C\u4E0D\u542B\u5217\u8868\uFF09\u53D6\u5217\u51FA\u7684\u503C\u4E4B\u4E00\u65F6\u672C\u9879\u624D\u8BA1\u5206\uFF0C\u4F8B\u5982\u53EA\u6709\u6DF7\u5408\u6216\u5916\u5305\u652F\u6301\u624D\u8003\u5BDF\u5408\u4F5C\u4F19\u4F34\u5347\u7EA7\u8DEF\u5F84\u3002\u5BF9\u5176\u4ED6\u4F9B\u5E94\u5546\u672C\u9879\u4E0D\u9002\u7528\uFF0C\u5176\u6743\u91CD\u5206\u7ED9\u540C\u4E00\u7EF4\u5EA6\u7684\u5176\u4ED6\u8BC4\u5206\u9879\u3002\u4E8B\u5B9E\u7F3A\u5931\u65F6\u672C\u9879\u4ECD\u9002\u7528\uFF08\u4E0D\u56DE\u7B54\u4E0D\u80FD\u6210\u4E3A\u514D\u8003\u7684\u7406\u7531\uFF09\u3002", "type": "object", "additionalProperties": false, "required": ["fact", "in"], "properties": { "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, e.g. outsourcing.support_organisation. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5982 outsourcing.support_organisation\u3002" }, "in": { "title": "Values / \u53D6\u503C", "description": "The values for which the criterion applies, compared as text. \u672C\u9879\u9002\u7528\u7684\u53D6\u503C\uFF0C\u6309\u6587\u672C\u6BD4\u8F83\u3002", "type": "array", "minItems": 1, "items": { "title": "Value / \u53D6\u503C", "description": "A string, number or boolean the fact can take. \u4E8B\u5B9E\u53EF\u80FD\u7684\u4E00\u4E2A\u53D6\u503C\uFF08\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u6216\u5E03\u5C14\u503C\uFF09\u3002" } } } } } };
var schema58 = { "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts; `[]` maps over a list. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF1B`[]` \u8868\u793A\u904D\u5386\u5217\u8868\u3002", "type": "string", "pattern": "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", "maxLength": 200 };
var schema59 = { "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value. \u5217\u8868\u503C\u7684\u6C47\u603B\u65B9\u5F0F\u3002", "type": "string", "enum": ["count", "median", "max", "min", "sum", "share-true"], "enumDescriptions": ["count: how many values the list holds (an empty list counts 0). \u8BA1\u6570\uFF1A\u5217\u8868\u4E2D\u503C\u7684\u4E2A\u6570\uFF08\u7A7A\u5217\u8868\u4E3A 0\uFF09\u3002", "median: the middle value; of an even count, the mean of the two middle values. \u4E2D\u4F4D\u6570\uFF1A\u5C45\u4E2D\u7684\u503C\uFF1B\u4E2A\u6570\u4E3A\u5076\u6570\u65F6\u53D6\u4E2D\u95F4\u4E24\u4E2A\u503C\u7684\u5E73\u5747\u3002", "max: the largest value. \u6700\u5927\u503C\u3002", "min: the smallest value. \u6700\u5C0F\u503C\u3002", "sum: the total of the values. \u6C42\u548C\u3002", "share-true: the share of true values, 0-1 (booleans only). \u4E3A\u771F\u6BD4\u4F8B\uFF1A\u53D6\u503C\u4E3A true \u7684\u6BD4\u4F8B\uFF0C0-1\uFF08\u4EC5\u9650\u5E03\u5C14\u503C\uFF09\u3002"] };
var schema60 = { "title": "Level / \u7B49\u7EA7", "description": "0 (worst) to 4 (best). 0\uFF08\u6700\u5DEE\uFF09\u81F3 4\uFF08\u6700\u597D\uFF09\u3002", "type": "integer", "minimum": 0, "maximum": 4 };
var pattern11 = new RegExp("^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.weight === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema53.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.en === void 0) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1["zh-CN"] === void 0) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "en" || key1 === "zh-CN")) {
            const err8 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.en !== void 0) {
          let data2 = data1.en;
          if (typeof data2 === "string") {
            if (func2(data2) > 2e3) {
              const err9 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err10 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1["zh-CN"] !== void 0) {
          let data3 = data1["zh-CN"];
          if (typeof data3 === "string") {
            if (func2(data3) > 2e3) {
              const err12 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.en === void 0) {
          const err16 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4["zh-CN"] === void 0) {
          const err17 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "en" || key2 === "zh-CN")) {
            const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.en !== void 0) {
          let data5 = data4.en;
          if (typeof data5 === "string") {
            if (func2(data5) > 2e3) {
              const err19 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err20 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4["zh-CN"] !== void 0) {
          let data6 = data4["zh-CN"];
          if (typeof data6 === "string") {
            if (func2(data6) > 2e3) {
              const err22 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data6 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data4 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data7 = data.weight;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 100 || isNaN(data7)) {
          const err26 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema52, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err27 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.type, parentSchema: schema52, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.fact !== void 0) {
      let data8 = data.fact;
      if (typeof data8 === "string") {
        if (func2(data8) > 200) {
          const err29 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema58, data: data8 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (!pattern11.test(data8)) {
          const err30 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$"', schema: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", parentSchema: schema58, data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.aggregate !== void 0) {
      let data9 = data.aggregate;
      if (typeof data9 !== "string") {
        const err32 = { instancePath: instancePath + "/aggregate", schemaPath: "#/$defs/aggregate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (!(data9 === "count" || data9 === "median" || data9 === "max" || data9 === "min" || data9 === "sum" || data9 === "share-true")) {
        const err33 = { instancePath: instancePath + "/aggregate", schemaPath: "#/$defs/aggregate/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: data9 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data10 = data.direction;
      if (typeof data10 !== "string") {
        const err34 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.direction.type, parentSchema: schema53.properties.direction, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data10 === "benefit" || data10 === "cost")) {
        const err35 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema53.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema53.properties.direction.enum, parentSchema: schema53.properties.direction, data: data10 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data11 = data.thresholds;
      if (Array.isArray(data11)) {
        if (data11.length > 4) {
          const err36 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items", schema: 4, parentSchema: schema53.properties.thresholds, data: data11 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data11.length < 4) {
          const err37 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items", schema: 4, parentSchema: schema53.properties.thresholds, data: data11 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (!(typeof data12 == "number" && isFinite(data12))) {
            const err38 = { instancePath: instancePath + "/thresholds/" + i0, schemaPath: "#/properties/thresholds/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.thresholds.items.type, parentSchema: schema53.properties.thresholds.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.thresholds.type, parentSchema: schema53.properties.thresholds, data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data13 = data.levels;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (Object.keys(data13).length < 1) {
          const err40 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema53.properties.levels, data: data13 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err41 = { instancePath: instancePath + "/levels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema60.type, parentSchema: schema60, data: data14 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 4 || isNaN(data14)) {
              const err42 = { instancePath: instancePath + "/levels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema60, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err43 = { instancePath: instancePath + "/levels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema60, data: data14 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.levels.type, parentSchema: schema53.properties.levels, data: data13 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.rating !== void 0) {
      let data15 = data.rating;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.anchors === void 0) {
          const err45 = { instancePath: instancePath + "/rating", schemaPath: "#/properties/rating/required", keyword: "required", params: { missingProperty: "anchors" }, message: "must have required property 'anchors'", schema: schema53.properties.rating.required, parentSchema: schema53.properties.rating, data: data15 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key4 in data15) {
          if (!(key4 === "anchors")) {
            const err46 = { instancePath: instancePath + "/rating", schemaPath: "#/properties/rating/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.properties.rating, data: data15 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data15.anchors !== void 0) {
          let data16 = data15.anchors;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16["1"] === void 0) {
              const err47 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/required", keyword: "required", params: { missingProperty: "1" }, message: "must have required property '1'", schema: schema53.properties.rating.properties.anchors.required, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data16["2"] === void 0) {
              const err48 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/required", keyword: "required", params: { missingProperty: "2" }, message: "must have required property '2'", schema: schema53.properties.rating.properties.anchors.required, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data16["3"] === void 0) {
              const err49 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/required", keyword: "required", params: { missingProperty: "3" }, message: "must have required property '3'", schema: schema53.properties.rating.properties.anchors.required, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data16["4"] === void 0) {
              const err50 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/required", keyword: "required", params: { missingProperty: "4" }, message: "must have required property '4'", schema: schema53.properties.rating.properties.anchors.required, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data16["5"] === void 0) {
              const err51 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/required", keyword: "required", params: { missingProperty: "5" }, message: "must have required property '5'", schema: schema53.properties.rating.properties.anchors.required, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key5 in data16) {
              if (!(key5 === "1" || key5 === "2" || key5 === "3" || key5 === "4" || key5 === "5")) {
                const err52 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data16["1"] !== void 0) {
              let data17 = data16["1"];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.en === void 0) {
                  const err53 = { instancePath: instancePath + "/rating/anchors/1", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data17["zh-CN"] === void 0) {
                  const err54 = { instancePath: instancePath + "/rating/anchors/1", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                for (const key6 in data17) {
                  if (!(key6 === "en" || key6 === "zh-CN")) {
                    const err55 = { instancePath: instancePath + "/rating/anchors/1", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data17.en !== void 0) {
                  let data18 = data17.en;
                  if (typeof data18 === "string") {
                    if (func2(data18) > 2e3) {
                      const err56 = { instancePath: instancePath + "/rating/anchors/1/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    if (func2(data18) < 1) {
                      const err57 = { instancePath: instancePath + "/rating/anchors/1/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/rating/anchors/1/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data17["zh-CN"] !== void 0) {
                  let data19 = data17["zh-CN"];
                  if (typeof data19 === "string") {
                    if (func2(data19) > 2e3) {
                      const err59 = { instancePath: instancePath + "/rating/anchors/1/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    if (func2(data19) < 1) {
                      const err60 = { instancePath: instancePath + "/rating/anchors/1/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/rating/anchors/1/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data19 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              } else {
                const err62 = { instancePath: instancePath + "/rating/anchors/1", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data17 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data16["2"] !== void 0) {
              let data20 = data16["2"];
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.en === void 0) {
                  const err63 = { instancePath: instancePath + "/rating/anchors/2", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data20["zh-CN"] === void 0) {
                  const err64 = { instancePath: instancePath + "/rating/anchors/2", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                for (const key7 in data20) {
                  if (!(key7 === "en" || key7 === "zh-CN")) {
                    const err65 = { instancePath: instancePath + "/rating/anchors/2", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data20.en !== void 0) {
                  let data21 = data20.en;
                  if (typeof data21 === "string") {
                    if (func2(data21) > 2e3) {
                      const err66 = { instancePath: instancePath + "/rating/anchors/2/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (func2(data21) < 1) {
                      const err67 = { instancePath: instancePath + "/rating/anchors/2/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/rating/anchors/2/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data20["zh-CN"] !== void 0) {
                  let data22 = data20["zh-CN"];
                  if (typeof data22 === "string") {
                    if (func2(data22) > 2e3) {
                      const err69 = { instancePath: instancePath + "/rating/anchors/2/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data22 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (func2(data22) < 1) {
                      const err70 = { instancePath: instancePath + "/rating/anchors/2/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data22 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/rating/anchors/2/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data22 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/rating/anchors/2", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data20 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data16["3"] !== void 0) {
              let data23 = data16["3"];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.en === void 0) {
                  const err73 = { instancePath: instancePath + "/rating/anchors/3", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (data23["zh-CN"] === void 0) {
                  const err74 = { instancePath: instancePath + "/rating/anchors/3", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                for (const key8 in data23) {
                  if (!(key8 === "en" || key8 === "zh-CN")) {
                    const err75 = { instancePath: instancePath + "/rating/anchors/3", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data23.en !== void 0) {
                  let data24 = data23.en;
                  if (typeof data24 === "string") {
                    if (func2(data24) > 2e3) {
                      const err76 = { instancePath: instancePath + "/rating/anchors/3/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    if (func2(data24) < 1) {
                      const err77 = { instancePath: instancePath + "/rating/anchors/3/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/rating/anchors/3/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data23["zh-CN"] !== void 0) {
                  let data25 = data23["zh-CN"];
                  if (typeof data25 === "string") {
                    if (func2(data25) > 2e3) {
                      const err79 = { instancePath: instancePath + "/rating/anchors/3/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                    if (func2(data25) < 1) {
                      const err80 = { instancePath: instancePath + "/rating/anchors/3/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/rating/anchors/3/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/rating/anchors/3", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data23 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data16["4"] !== void 0) {
              let data26 = data16["4"];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.en === void 0) {
                  const err83 = { instancePath: instancePath + "/rating/anchors/4", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (data26["zh-CN"] === void 0) {
                  const err84 = { instancePath: instancePath + "/rating/anchors/4", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                for (const key9 in data26) {
                  if (!(key9 === "en" || key9 === "zh-CN")) {
                    const err85 = { instancePath: instancePath + "/rating/anchors/4", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data26.en !== void 0) {
                  let data27 = data26.en;
                  if (typeof data27 === "string") {
                    if (func2(data27) > 2e3) {
                      const err86 = { instancePath: instancePath + "/rating/anchors/4/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                    if (func2(data27) < 1) {
                      const err87 = { instancePath: instancePath + "/rating/anchors/4/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/rating/anchors/4/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data26["zh-CN"] !== void 0) {
                  let data28 = data26["zh-CN"];
                  if (typeof data28 === "string") {
                    if (func2(data28) > 2e3) {
                      const err89 = { instancePath: instancePath + "/rating/anchors/4/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data28 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                    if (func2(data28) < 1) {
                      const err90 = { instancePath: instancePath + "/rating/anchors/4/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data28 };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/rating/anchors/4/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data28 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/rating/anchors/4", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data26 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data16["5"] !== void 0) {
              let data29 = data16["5"];
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.en === void 0) {
                  const err93 = { instancePath: instancePath + "/rating/anchors/5", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data29["zh-CN"] === void 0) {
                  const err94 = { instancePath: instancePath + "/rating/anchors/5", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                for (const key10 in data29) {
                  if (!(key10 === "en" || key10 === "zh-CN")) {
                    const err95 = { instancePath: instancePath + "/rating/anchors/5", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data29.en !== void 0) {
                  let data30 = data29.en;
                  if (typeof data30 === "string") {
                    if (func2(data30) > 2e3) {
                      const err96 = { instancePath: instancePath + "/rating/anchors/5/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                    if (func2(data30) < 1) {
                      const err97 = { instancePath: instancePath + "/rating/anchors/5/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/rating/anchors/5/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data29["zh-CN"] !== void 0) {
                  let data31 = data29["zh-CN"];
                  if (typeof data31 === "string") {
                    if (func2(data31) > 2e3) {
                      const err99 = { instancePath: instancePath + "/rating/anchors/5/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data31 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                    if (func2(data31) < 1) {
                      const err100 = { instancePath: instancePath + "/rating/anchors/5/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data31 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  } else {
                    const err101 = { instancePath: instancePath + "/rating/anchors/5/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
              } else {
                const err102 = { instancePath: instancePath + "/rating/anchors/5", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data29 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/rating/anchors", schemaPath: "#/properties/rating/properties/anchors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.rating.properties.anchors.type, parentSchema: schema53.properties.rating.properties.anchors, data: data16 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/rating", schemaPath: "#/properties/rating/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.rating.type, parentSchema: schema53.properties.rating, data: data15 };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.applies_when !== void 0) {
      let data32 = data.applies_when;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.fact === void 0) {
          const err105 = { instancePath: instancePath + "/applies_when", schemaPath: "#/properties/applies_when/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property 'fact'", schema: schema53.properties.applies_when.required, parentSchema: schema53.properties.applies_when, data: data32 };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data32.in === void 0) {
          const err106 = { instancePath: instancePath + "/applies_when", schemaPath: "#/properties/applies_when/required", keyword: "required", params: { missingProperty: "in" }, message: "must have required property 'in'", schema: schema53.properties.applies_when.required, parentSchema: schema53.properties.applies_when, data: data32 };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        for (const key11 in data32) {
          if (!(key11 === "fact" || key11 === "in")) {
            const err107 = { instancePath: instancePath + "/applies_when", schemaPath: "#/properties/applies_when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.properties.applies_when, data: data32 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data32.fact !== void 0) {
          let data33 = data32.fact;
          if (typeof data33 === "string") {
            if (func2(data33) > 200) {
              const err108 = { instancePath: instancePath + "/applies_when/fact", schemaPath: "#/$defs/factPath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema58, data: data33 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (!pattern11.test(data33)) {
              const err109 = { instancePath: instancePath + "/applies_when/fact", schemaPath: "#/$defs/factPath/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$"', schema: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", parentSchema: schema58, data: data33 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          } else {
            const err110 = { instancePath: instancePath + "/applies_when/fact", schemaPath: "#/$defs/factPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data33 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data32.in !== void 0) {
          let data34 = data32.in;
          if (Array.isArray(data34)) {
            if (data34.length < 1) {
              const err111 = { instancePath: instancePath + "/applies_when/in", schemaPath: "#/properties/applies_when/properties/in/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema53.properties.applies_when.properties.in, data: data34 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          } else {
            const err112 = { instancePath: instancePath + "/applies_when/in", schemaPath: "#/properties/applies_when/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.applies_when.properties.in.type, parentSchema: schema53.properties.applies_when.properties.in, data: data34 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
      } else {
        const err113 = { instancePath: instancePath + "/applies_when", schemaPath: "#/properties/applies_when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.applies_when.type, parentSchema: schema53.properties.applies_when, data: data32 };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
  } else {
    const err114 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err114];
    } else {
      vErrors.push(err114);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.weight === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.criteria === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property 'criteria'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description" || key0 === "weight" || key0 === "criteria")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.en === void 0) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1["zh-CN"] === void 0) {
          const err8 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "en" || key1 === "zh-CN")) {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.en !== void 0) {
          let data2 = data1.en;
          if (typeof data2 === "string") {
            if (func2(data2) > 2e3) {
              const err10 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err11 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1["zh-CN"] !== void 0) {
          let data3 = data1["zh-CN"];
          if (typeof data3 === "string") {
            if (func2(data3) > 2e3) {
              const err13 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err14 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.en === void 0) {
          const err17 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4["zh-CN"] === void 0) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "en" || key2 === "zh-CN")) {
            const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.en !== void 0) {
          let data5 = data4.en;
          if (typeof data5 === "string") {
            if (func2(data5) > 2e3) {
              const err20 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err21 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data5 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4["zh-CN"] !== void 0) {
          let data6 = data4["zh-CN"];
          if (typeof data6 === "string") {
            if (func2(data6) > 2e3) {
              const err23 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err24 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/description/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data4 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data7 = data.weight;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 100 || isNaN(data7)) {
          const err27 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema52, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err28 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52, data: data7 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.type, parentSchema: schema52, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.criteria !== void 0) {
      let data8 = data.criteria;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err30 = { instancePath: instancePath + "/criteria", schemaPath: "#/properties/criteria/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.criteria, data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate36(data8[i0], { instancePath: instancePath + "/criteria/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/criteria", schemaPath: "#/properties/criteria/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.criteria.type, parentSchema: schema48.properties.criteria, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema67 = { "title": "Gate / \u5426\u51B3\u9879", "description": 'A knock-out: the fact must hold one of `pass_when`; a missing fact is "unknown", which never passes. \u5426\u51B3\u9879\uFF1A\u4E8B\u5B9E\u53D6\u503C\u5FC5\u987B\u5C5E\u4E8E `pass_when`\uFF1B\u7F3A\u5931\u4E3A\u201C\u672A\u77E5\u201D\uFF0C\u672A\u77E5\u6C38\u8FDC\u4E0D\u7B97\u901A\u8FC7\u3002', "type": "object", "additionalProperties": false, "required": ["id", "title", "fact", "pass_when"], "properties": { "id": { "$ref": "#/$defs/id", "title": "Gate id / \u5426\u51B3\u9879\u6807\u8BC6", "description": "Unique id of the gate. \u5426\u51B3\u9879\u7684\u552F\u4E00\u6807\u8BC6\u3002" }, "title": { "$ref": "#/$defs/localText", "title": "Title / \u540D\u79F0", "description": "What must hold, in both languages. \u5FC5\u987B\u6EE1\u8DB3\u7684\u6761\u4EF6\uFF08\u53CC\u8BED\uFF09\u3002" }, "fact": { "$ref": "#/$defs/factPath", "title": "Fact path / \u4E8B\u5B9E\u8DEF\u5F84", "description": "Dotted path into the vendor facts, as for criteria. \u6307\u5411\u4F9B\u5E94\u5546\u4E8B\u5B9E\u7684\u70B9\u5206\u8DEF\u5F84\uFF0C\u5199\u6CD5\u540C\u8BC4\u5206\u9879\u3002" }, "aggregate": { "$ref": "#/$defs/aggregate", "title": "Aggregate / \u6C47\u603B\u65B9\u5F0F", "description": "How the values of a list become one value; only for list paths. \u5217\u8868\u8DEF\u5F84\u7684\u6C47\u603B\u65B9\u5F0F\uFF1B\u4EC5\u7528\u4E8E\u5217\u8868\u8DEF\u5F84\u3002" }, "pass_when": { "title": "Passing values / \u901A\u8FC7\u53D6\u503C", "description": "The values that pass, compared as text (true matches true). Any other known value fails. \u89C6\u4E3A\u901A\u8FC7\u7684\u53D6\u503C\uFF0C\u6309\u6587\u672C\u6BD4\u8F83\uFF08true \u4E0E true \u76F8\u540C\uFF09\u3002\u5176\u4ED6\u5DF2\u77E5\u53D6\u503C\u5747\u4E3A\u4E0D\u901A\u8FC7\u3002", "type": "array", "minItems": 1, "items": { "title": "Passing value / \u901A\u8FC7\u53D6\u503C", "description": "A string, number or boolean the fact can take. \u4E8B\u5B9E\u53EF\u80FD\u7684\u4E00\u4E2A\u53D6\u503C\uFF08\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u6216\u5E03\u5C14\u503C\uFF09\u3002" } } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fact === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property 'fact'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.pass_when === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pass_when" }, message: "must have required property 'pass_when'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "fact" || key0 === "aggregate" || key0 === "pass_when")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.en === void 0) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1["zh-CN"] === void 0) {
          const err8 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/required", keyword: "required", params: { missingProperty: "zh-CN" }, message: "must have required property 'zh-CN'", schema: schema50.required, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "en" || key1 === "zh-CN")) {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.en !== void 0) {
          let data2 = data1.en;
          if (typeof data2 === "string") {
            if (func2(data2) > 2e3) {
              const err10 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err11 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.en, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/localText/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.en.type, parentSchema: schema50.properties.en, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1["zh-CN"] !== void 0) {
          let data3 = data1["zh-CN"];
          if (typeof data3 === "string") {
            if (func2(data3) > 2e3) {
              const err13 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err14 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties["zh-CN"], data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/title/zh-CN", schemaPath: "#/$defs/localText/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties["zh-CN"].type, parentSchema: schema50.properties["zh-CN"], data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/localText/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.fact !== void 0) {
      let data4 = data.fact;
      if (typeof data4 === "string") {
        if (func2(data4) > 200) {
          const err17 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema58, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern11.test(data4)) {
          const err18 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$"', schema: "^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$", parentSchema: schema58, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/fact", schemaPath: "#/$defs/factPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.aggregate !== void 0) {
      let data5 = data.aggregate;
      if (typeof data5 !== "string") {
        const err20 = { instancePath: instancePath + "/aggregate", schemaPath: "#/$defs/aggregate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data5 === "count" || data5 === "median" || data5 === "max" || data5 === "min" || data5 === "sum" || data5 === "share-true")) {
        const err21 = { instancePath: instancePath + "/aggregate", schemaPath: "#/$defs/aggregate/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.pass_when !== void 0) {
      let data6 = data.pass_when;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err22 = { instancePath: instancePath + "/pass_when", schemaPath: "#/properties/pass_when/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties.pass_when, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/pass_when", schemaPath: "#/properties/pass_when/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.pass_when.type, parentSchema: schema67.properties.pass_when, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dimensions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimensions" }, message: "must have required property 'dimensions'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.gates === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.missing_data === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "missing_data" }, message: "must have required property 'missing_data'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.robustness === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "robustness" }, message: "must have required property 'robustness'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "dimensions" || key0 === "gates" || key0 === "verdict" || key0 === "evidence" || key0 === "missing_data" || key0 === "robustness")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (func2(data0) > 40) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema47.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.version.type, parentSchema: schema47.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.dimensions !== void 0) {
      let data1 = data.dimensions;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err11 = { instancePath: instancePath + "/dimensions", schemaPath: "#/properties/dimensions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.dimensions, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate35(data1[i0], { instancePath: instancePath + "/dimensions/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/dimensions", schemaPath: "#/properties/dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.dimensions.type, parentSchema: schema47.properties.dimensions, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data3 = data.gates;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate39(data3[i1], { instancePath: instancePath + "/gates/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.gates.type, parentSchema: schema47.properties.gates, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data5 = data.verdict;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.good_level === void 0) {
          const err14 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "good_level" }, message: "must have required property 'good_level'", schema: schema47.properties.verdict.required, parentSchema: schema47.properties.verdict, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.low_risk_share === void 0) {
          const err15 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "low_risk_share" }, message: "must have required property 'low_risk_share'", schema: schema47.properties.verdict.required, parentSchema: schema47.properties.verdict, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.bands === void 0) {
          const err16 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "bands" }, message: "must have required property 'bands'", schema: schema47.properties.verdict.required, parentSchema: schema47.properties.verdict, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "good_level" || key1 === "low_risk_share" || key1 === "bands")) {
            const err17 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.verdict, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.good_level !== void 0) {
          let data6 = data5.good_level;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err18 = { instancePath: instancePath + "/verdict/good_level", schemaPath: "#/properties/verdict/properties/good_level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.verdict.properties.good_level.type, parentSchema: schema47.properties.verdict.properties.good_level, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 4 || isNaN(data6)) {
              const err19 = { instancePath: instancePath + "/verdict/good_level", schemaPath: "#/properties/verdict/properties/good_level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema47.properties.verdict.properties.good_level, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err20 = { instancePath: instancePath + "/verdict/good_level", schemaPath: "#/properties/verdict/properties/good_level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.verdict.properties.good_level, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data5.low_risk_share !== void 0) {
          let data7 = data5.low_risk_share;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 1 || isNaN(data7)) {
              const err21 = { instancePath: instancePath + "/verdict/low_risk_share", schemaPath: "#/properties/verdict/properties/low_risk_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.verdict.properties.low_risk_share, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7 < 0 || isNaN(data7)) {
              const err22 = { instancePath: instancePath + "/verdict/low_risk_share", schemaPath: "#/properties/verdict/properties/low_risk_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.verdict.properties.low_risk_share, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/verdict/low_risk_share", schemaPath: "#/properties/verdict/properties/low_risk_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.verdict.properties.low_risk_share.type, parentSchema: schema47.properties.verdict.properties.low_risk_share, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.bands !== void 0) {
          let data8 = data5.bands;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err24 = { instancePath: instancePath + "/verdict/bands", schemaPath: "#/properties/verdict/properties/bands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.verdict.properties.bands, data: data8 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.id === void 0) {
                  const err25 = { instancePath: instancePath + "/verdict/bands/" + i2, schemaPath: "#/properties/verdict/properties/bands/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema47.properties.verdict.properties.bands.items.required, parentSchema: schema47.properties.verdict.properties.bands.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data9.min === void 0) {
                  const err26 = { instancePath: instancePath + "/verdict/bands/" + i2, schemaPath: "#/properties/verdict/properties/bands/items/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema47.properties.verdict.properties.bands.items.required, parentSchema: schema47.properties.verdict.properties.bands.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key2 in data9) {
                  if (!(key2 === "id" || key2 === "min")) {
                    const err27 = { instancePath: instancePath + "/verdict/bands/" + i2, schemaPath: "#/properties/verdict/properties/bands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.verdict.properties.bands.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data9.id !== void 0) {
                  let data10 = data9.id;
                  if (typeof data10 !== "string") {
                    const err28 = { instancePath: instancePath + "/verdict/bands/" + i2 + "/id", schemaPath: "#/properties/verdict/properties/bands/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.verdict.properties.bands.items.properties.id.type, parentSchema: schema47.properties.verdict.properties.bands.items.properties.id, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (!(data10 === "excellent" || data10 === "good" || data10 === "fair" || data10 === "poor")) {
                    const err29 = { instancePath: instancePath + "/verdict/bands/" + i2 + "/id", schemaPath: "#/properties/verdict/properties/bands/items/properties/id/enum", keyword: "enum", params: { allowedValues: schema47.properties.verdict.properties.bands.items.properties.id.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.verdict.properties.bands.items.properties.id.enum, parentSchema: schema47.properties.verdict.properties.bands.items.properties.id, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data9.min !== void 0) {
                  let data11 = data9.min;
                  if (typeof data11 == "number" && isFinite(data11)) {
                    if (data11 > 100 || isNaN(data11)) {
                      const err30 = { instancePath: instancePath + "/verdict/bands/" + i2 + "/min", schemaPath: "#/properties/verdict/properties/bands/items/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema47.properties.verdict.properties.bands.items.properties.min, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (data11 < 0 || isNaN(data11)) {
                      const err31 = { instancePath: instancePath + "/verdict/bands/" + i2 + "/min", schemaPath: "#/properties/verdict/properties/bands/items/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.verdict.properties.bands.items.properties.min, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/verdict/bands/" + i2 + "/min", schemaPath: "#/properties/verdict/properties/bands/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.verdict.properties.bands.items.properties.min.type, parentSchema: schema47.properties.verdict.properties.bands.items.properties.min, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/verdict/bands/" + i2, schemaPath: "#/properties/verdict/properties/bands/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.verdict.properties.bands.items.type, parentSchema: schema47.properties.verdict.properties.bands.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/verdict/bands", schemaPath: "#/properties/verdict/properties/bands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.verdict.properties.bands.type, parentSchema: schema47.properties.verdict.properties.bands, data: data8 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.verdict.type, parentSchema: schema47.properties.verdict, data: data5 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data12 = data.evidence;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.factors === void 0) {
          const err36 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/required", keyword: "required", params: { missingProperty: "factors" }, message: "must have required property 'factors'", schema: schema47.properties.evidence.required, parentSchema: schema47.properties.evidence, data: data12 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data12.unsupported_factor === void 0) {
          const err37 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/required", keyword: "required", params: { missingProperty: "unsupported_factor" }, message: "must have required property 'unsupported_factor'", schema: schema47.properties.evidence.required, parentSchema: schema47.properties.evidence, data: data12 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data12.half_life_days === void 0) {
          const err38 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/required", keyword: "required", params: { missingProperty: "half_life_days" }, message: "must have required property 'half_life_days'", schema: schema47.properties.evidence.required, parentSchema: schema47.properties.evidence, data: data12 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key3 in data12) {
          if (!(key3 === "factors" || key3 === "unsupported_factor" || key3 === "half_life_days")) {
            const err39 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.evidence, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.factors !== void 0) {
          let data13 = data12.factors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13["observed-trial"] === void 0) {
              const err40 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/required", keyword: "required", params: { missingProperty: "observed-trial" }, message: "must have required property 'observed-trial'", schema: schema47.properties.evidence.properties.factors.required, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data13.contract === void 0) {
              const err41 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/required", keyword: "required", params: { missingProperty: "contract" }, message: "must have required property 'contract'", schema: schema47.properties.evidence.properties.factors.required, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data13["reference-customer"] === void 0) {
              const err42 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/required", keyword: "required", params: { missingProperty: "reference-customer" }, message: "must have required property 'reference-customer'", schema: schema47.properties.evidence.properties.factors.required, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data13["public-document"] === void 0) {
              const err43 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/required", keyword: "required", params: { missingProperty: "public-document" }, message: "must have required property 'public-document'", schema: schema47.properties.evidence.properties.factors.required, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data13["vendor-claim"] === void 0) {
              const err44 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/required", keyword: "required", params: { missingProperty: "vendor-claim" }, message: "must have required property 'vendor-claim'", schema: schema47.properties.evidence.properties.factors.required, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key4 in data13) {
              if (!(key4 === "observed-trial" || key4 === "contract" || key4 === "reference-customer" || key4 === "public-document" || key4 === "vendor-claim")) {
                const err45 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data13["observed-trial"] !== void 0) {
              let data14 = data13["observed-trial"];
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 1 || isNaN(data14)) {
                  const err46 = { instancePath: instancePath + "/evidence/factors/observed-trial", schemaPath: "#/properties/evidence/properties/factors/properties/observed-trial/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.factors.properties["observed-trial"], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data14 < 0 || isNaN(data14)) {
                  const err47 = { instancePath: instancePath + "/evidence/factors/observed-trial", schemaPath: "#/properties/evidence/properties/factors/properties/observed-trial/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.factors.properties["observed-trial"], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/evidence/factors/observed-trial", schemaPath: "#/properties/evidence/properties/factors/properties/observed-trial/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.factors.properties["observed-trial"].type, parentSchema: schema47.properties.evidence.properties.factors.properties["observed-trial"], data: data14 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data13.contract !== void 0) {
              let data15 = data13.contract;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 1 || isNaN(data15)) {
                  const err49 = { instancePath: instancePath + "/evidence/factors/contract", schemaPath: "#/properties/evidence/properties/factors/properties/contract/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.factors.properties.contract, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err50 = { instancePath: instancePath + "/evidence/factors/contract", schemaPath: "#/properties/evidence/properties/factors/properties/contract/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.factors.properties.contract, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/evidence/factors/contract", schemaPath: "#/properties/evidence/properties/factors/properties/contract/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.factors.properties.contract.type, parentSchema: schema47.properties.evidence.properties.factors.properties.contract, data: data15 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data13["reference-customer"] !== void 0) {
              let data16 = data13["reference-customer"];
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 > 1 || isNaN(data16)) {
                  const err52 = { instancePath: instancePath + "/evidence/factors/reference-customer", schemaPath: "#/properties/evidence/properties/factors/properties/reference-customer/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.factors.properties["reference-customer"], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data16 < 0 || isNaN(data16)) {
                  const err53 = { instancePath: instancePath + "/evidence/factors/reference-customer", schemaPath: "#/properties/evidence/properties/factors/properties/reference-customer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.factors.properties["reference-customer"], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/evidence/factors/reference-customer", schemaPath: "#/properties/evidence/properties/factors/properties/reference-customer/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.factors.properties["reference-customer"].type, parentSchema: schema47.properties.evidence.properties.factors.properties["reference-customer"], data: data16 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data13["public-document"] !== void 0) {
              let data17 = data13["public-document"];
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 > 1 || isNaN(data17)) {
                  const err55 = { instancePath: instancePath + "/evidence/factors/public-document", schemaPath: "#/properties/evidence/properties/factors/properties/public-document/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.factors.properties["public-document"], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data17 < 0 || isNaN(data17)) {
                  const err56 = { instancePath: instancePath + "/evidence/factors/public-document", schemaPath: "#/properties/evidence/properties/factors/properties/public-document/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.factors.properties["public-document"], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/evidence/factors/public-document", schemaPath: "#/properties/evidence/properties/factors/properties/public-document/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.factors.properties["public-document"].type, parentSchema: schema47.properties.evidence.properties.factors.properties["public-document"], data: data17 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data13["vendor-claim"] !== void 0) {
              let data18 = data13["vendor-claim"];
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 > 1 || isNaN(data18)) {
                  const err58 = { instancePath: instancePath + "/evidence/factors/vendor-claim", schemaPath: "#/properties/evidence/properties/factors/properties/vendor-claim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.factors.properties["vendor-claim"], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data18 < 0 || isNaN(data18)) {
                  const err59 = { instancePath: instancePath + "/evidence/factors/vendor-claim", schemaPath: "#/properties/evidence/properties/factors/properties/vendor-claim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.factors.properties["vendor-claim"], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/evidence/factors/vendor-claim", schemaPath: "#/properties/evidence/properties/factors/properties/vendor-claim/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.factors.properties["vendor-claim"].type, parentSchema: schema47.properties.evidence.properties.factors.properties["vendor-claim"], data: data18 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/evidence/factors", schemaPath: "#/properties/evidence/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.evidence.properties.factors.type, parentSchema: schema47.properties.evidence.properties.factors, data: data13 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data12.unsupported_factor !== void 0) {
          let data19 = data12.unsupported_factor;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 1 || isNaN(data19)) {
              const err62 = { instancePath: instancePath + "/evidence/unsupported_factor", schemaPath: "#/properties/evidence/properties/unsupported_factor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.evidence.properties.unsupported_factor, data: data19 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data19 < 0 || isNaN(data19)) {
              const err63 = { instancePath: instancePath + "/evidence/unsupported_factor", schemaPath: "#/properties/evidence/properties/unsupported_factor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.evidence.properties.unsupported_factor, data: data19 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/evidence/unsupported_factor", schemaPath: "#/properties/evidence/properties/unsupported_factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.unsupported_factor.type, parentSchema: schema47.properties.evidence.properties.unsupported_factor, data: data19 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data12.half_life_days !== void 0) {
          let data20 = data12.half_life_days;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 <= 0 || isNaN(data20)) {
              const err65 = { instancePath: instancePath + "/evidence/half_life_days", schemaPath: "#/properties/evidence/properties/half_life_days/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema47.properties.evidence.properties.half_life_days, data: data20 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/evidence/half_life_days", schemaPath: "#/properties/evidence/properties/half_life_days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.evidence.properties.half_life_days.type, parentSchema: schema47.properties.evidence.properties.half_life_days, data: data20 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.evidence.type, parentSchema: schema47.properties.evidence, data: data12 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.missing_data !== void 0) {
      let data21 = data.missing_data;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.min_coverage === void 0) {
          const err68 = { instancePath: instancePath + "/missing_data", schemaPath: "#/properties/missing_data/required", keyword: "required", params: { missingProperty: "min_coverage" }, message: "must have required property 'min_coverage'", schema: schema47.properties.missing_data.required, parentSchema: schema47.properties.missing_data, data: data21 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        for (const key5 in data21) {
          if (!(key5 === "min_coverage")) {
            const err69 = { instancePath: instancePath + "/missing_data", schemaPath: "#/properties/missing_data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.missing_data, data: data21 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data21.min_coverage !== void 0) {
          let data22 = data21.min_coverage;
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 1 || isNaN(data22)) {
              const err70 = { instancePath: instancePath + "/missing_data/min_coverage", schemaPath: "#/properties/missing_data/properties/min_coverage/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema47.properties.missing_data.properties.min_coverage, data: data22 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err71 = { instancePath: instancePath + "/missing_data/min_coverage", schemaPath: "#/properties/missing_data/properties/min_coverage/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.missing_data.properties.min_coverage, data: data22 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/missing_data/min_coverage", schemaPath: "#/properties/missing_data/properties/min_coverage/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.missing_data.properties.min_coverage.type, parentSchema: schema47.properties.missing_data.properties.min_coverage, data: data22 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/missing_data", schemaPath: "#/properties/missing_data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.missing_data.type, parentSchema: schema47.properties.missing_data, data: data21 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.robustness !== void 0) {
      let data23 = data.robustness;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.seed === void 0) {
          const err74 = { instancePath: instancePath + "/robustness", schemaPath: "#/properties/robustness/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'", schema: schema47.properties.robustness.required, parentSchema: schema47.properties.robustness, data: data23 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data23.samples === void 0) {
          const err75 = { instancePath: instancePath + "/robustness", schemaPath: "#/properties/robustness/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema47.properties.robustness.required, parentSchema: schema47.properties.robustness, data: data23 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data23.spread === void 0) {
          const err76 = { instancePath: instancePath + "/robustness", schemaPath: "#/properties/robustness/required", keyword: "required", params: { missingProperty: "spread" }, message: "must have required property 'spread'", schema: schema47.properties.robustness.required, parentSchema: schema47.properties.robustness, data: data23 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key6 in data23) {
          if (!(key6 === "seed" || key6 === "samples" || key6 === "spread")) {
            const err77 = { instancePath: instancePath + "/robustness", schemaPath: "#/properties/robustness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.robustness, data: data23 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data23.seed !== void 0) {
          let data24 = data23.seed;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err78 = { instancePath: instancePath + "/robustness/seed", schemaPath: "#/properties/robustness/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.robustness.properties.seed.type, parentSchema: schema47.properties.robustness.properties.seed, data: data24 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 4294967295 || isNaN(data24)) {
              const err79 = { instancePath: instancePath + "/robustness/seed", schemaPath: "#/properties/robustness/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema47.properties.robustness.properties.seed, data: data24 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err80 = { instancePath: instancePath + "/robustness/seed", schemaPath: "#/properties/robustness/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.robustness.properties.seed, data: data24 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
        }
        if (data23.samples !== void 0) {
          let data25 = data23.samples;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err81 = { instancePath: instancePath + "/robustness/samples", schemaPath: "#/properties/robustness/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.robustness.properties.samples.type, parentSchema: schema47.properties.robustness.properties.samples, data: data25 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 1e5 || isNaN(data25)) {
              const err82 = { instancePath: instancePath + "/robustness/samples", schemaPath: "#/properties/robustness/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema47.properties.robustness.properties.samples, data: data25 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err83 = { instancePath: instancePath + "/robustness/samples", schemaPath: "#/properties/robustness/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema47.properties.robustness.properties.samples, data: data25 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        }
        if (data23.spread !== void 0) {
          let data26 = data23.spread;
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 0 || isNaN(data26)) {
              const err84 = { instancePath: instancePath + "/robustness/spread", schemaPath: "#/properties/robustness/properties/spread/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.robustness.properties.spread, data: data26 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data26 >= 1 || isNaN(data26)) {
              const err85 = { instancePath: instancePath + "/robustness/spread", schemaPath: "#/properties/robustness/properties/spread/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema47.properties.robustness.properties.spread, data: data26 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          } else {
            const err86 = { instancePath: instancePath + "/robustness/spread", schemaPath: "#/properties/robustness/properties/spread/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.robustness.properties.spread.type, parentSchema: schema47.properties.robustness.properties.spread, data: data26 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/robustness", schemaPath: "#/properties/robustness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.robustness.type, parentSchema: schema47.properties.robustness, data: data23 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate41;
var schema72 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://vendor-review.invalid/schemas/config.schema.json", "title": "vendor-review configuration / vendor-review \u914D\u7F6E", "description": "Where the evaluations, the rubric, the templates and the reports live, and which language the reports speak. Optional: every key has a default. \u8BC4\u4F30\u6587\u4EF6\u3001\u8BC4\u5206\u89C4\u5219\u3001\u6A21\u677F\u548C\u62A5\u544A\u6240\u5728\u7684\u4F4D\u7F6E\uFF0C\u4EE5\u53CA\u62A5\u544A\u4F7F\u7528\u7684\u8BED\u8A00\u3002\u53EF\u9009\uFF1A\u6BCF\u4E00\u9879\u90FD\u6709\u9ED8\u8BA4\u503C\u3002", "type": "object", "additionalProperties": false, "properties": { "language": { "title": "Report language / \u62A5\u544A\u8BED\u8A00", "description": "Language of the reports and the pull-request comment: en or zh-CN. Default: en. \u62A5\u544A\u548C\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\u7684\u8BED\u8A00\uFF1Aen \u6216 zh-CN\uFF0C\u9ED8\u8BA4 en\u3002", "type": "string", "enum": ["en", "zh-CN"] }, "vendors": { "title": "Vendors folder / \u4F9B\u5E94\u5546\u6587\u4EF6\u5939", "description": "Folder of the vendor evaluations, relative to the repository root. Default: vendors. \u4F9B\u5E94\u5546\u8BC4\u4F30\u6587\u4EF6\u6240\u5728\u7684\u6587\u4EF6\u5939\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF0C\u9ED8\u8BA4 vendors\u3002", "$ref": "#/$defs/relativePath" }, "rubric": { "title": "Rubric file / \u8BC4\u5206\u89C4\u5219\u6587\u4EF6", "description": "The rubric, relative to the repository root. Default: rubric.yaml. \u8BC4\u5206\u89C4\u5219\u6587\u4EF6\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\uFF0C\u9ED8\u8BA4 rubric.yaml\u3002", "$ref": "#/$defs/relativePath" }, "templates": { "title": "Templates folder / \u6A21\u677F\u6587\u4EF6\u5939", "description": "Folder of the Handlebars templates of the reports and the comment: templates, or a folder inside it, which the repository's CODEOWNERS covers. Default: templates. \u62A5\u544A\u548C\u8BC4\u8BBA\u6240\u7528 Handlebars \u6A21\u677F\u7684\u6587\u4EF6\u5939\uFF1Atemplates \u6216\u5176\u5B50\u6587\u4EF6\u5939\uFF08\u7531\u4ED3\u5E93\u7684 CODEOWNERS \u7BA1\u8F96\uFF09\uFF0C\u9ED8\u8BA4 templates\u3002", "type": "string", "$ref": "#/$defs/relativePath", "pattern": "^(\\./)?templates(/|$)" }, "reports": { "title": "Reports folder / \u62A5\u544A\u6587\u4EF6\u5939", "description": "Folder the rendered reports are written to, as a whole. Default: reports. \u6E32\u67D3\u540E\u62A5\u544A\u5199\u5165\u7684\u6587\u4EF6\u5939\uFF08\u6574\u4F53\u66FF\u6362\uFF09\uFF0C\u9ED8\u8BA4 reports\u3002", "$ref": "#/$defs/relativePath" }, "comparison_limit": { "title": "Vendors in the comparison / \u5BF9\u6BD4\u62A5\u544A\u5217\u51FA\u7684\u4F9B\u5E94\u5546\u6570", "description": "How many vendors by rank, and entries of each list, the comparison (reports/README.md) shows; every vendor keeps its own page. Default: 100. \u5BF9\u6BD4\u62A5\u544A\uFF08reports/README.md\uFF09\u6309\u6392\u540D\u5217\u51FA\u7684\u4F9B\u5E94\u5546\u6570\u53CA\u5404\u5217\u8868\u7684\u6761\u76EE\u6570\uFF1B\u6BCF\u5BB6\u4F9B\u5E94\u5546\u90FD\u4FDD\u7559\u81EA\u5DF1\u7684\u9875\u9762\u3002\u9ED8\u8BA4 100\u3002", "type": "integer", "minimum": 1, "maximum": 1e5 } }, "$defs": { "relativePath": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" } } };
var schema73 = { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" };
var pattern15 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$", "u");
var pattern18 = new RegExp("^(\\./)?templates(/|$)", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "language" || key0 === "vendors" || key0 === "rubric" || key0 === "templates" || key0 === "reports" || key0 === "comparison_limit")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data0 = data.language;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.language.type, parentSchema: schema72.properties.language, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "en" || data0 === "zh-CN")) {
        const err2 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema72.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema72.properties.language.enum, parentSchema: schema72.properties.language, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.vendors !== void 0) {
      let data1 = data.vendors;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err3 = { instancePath: instancePath + "/vendors", schemaPath: "#/$defs/relativePath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema73, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/vendors", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern15.test(data1)) {
          const err5 = { instancePath: instancePath + "/vendors", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$", parentSchema: schema73, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/vendors", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data2 = data.rubric;
      if (typeof data2 === "string") {
        if (func2(data2) > 200) {
          const err7 = { instancePath: instancePath + "/rubric", schemaPath: "#/$defs/relativePath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema73, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/rubric", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern15.test(data2)) {
          const err9 = { instancePath: instancePath + "/rubric", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$", parentSchema: schema73, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/rubric", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data3 = data.templates;
      if (typeof data3 === "string") {
        if (func2(data3) > 200) {
          const err11 = { instancePath: instancePath + "/templates", schemaPath: "#/$defs/relativePath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema73, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/templates", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern15.test(data3)) {
          const err13 = { instancePath: instancePath + "/templates", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$", parentSchema: schema73, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/templates", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!pattern18.test(data3)) {
          const err15 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/pattern", keyword: "pattern", params: { pattern: "^(\\./)?templates(/|$)" }, message: 'must match pattern "^(\\./)?templates(/|$)"', schema: "^(\\./)?templates(/|$)", parentSchema: schema72.properties.templates, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.templates.type, parentSchema: schema72.properties.templates, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.reports !== void 0) {
      let data4 = data.reports;
      if (typeof data4 === "string") {
        if (func2(data4) > 200) {
          const err17 = { instancePath: instancePath + "/reports", schemaPath: "#/$defs/relativePath/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema73, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err18 = { instancePath: instancePath + "/reports", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern15.test(data4)) {
          const err19 = { instancePath: instancePath + "/reports", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\:]+$", parentSchema: schema73, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/reports", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.comparison_limit !== void 0) {
      let data5 = data.comparison_limit;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err21 = { instancePath: instancePath + "/comparison_limit", schemaPath: "#/properties/comparison_limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema72.properties.comparison_limit.type, parentSchema: schema72.properties.comparison_limit, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1e5 || isNaN(data5)) {
          const err22 = { instancePath: instancePath + "/comparison_limit", schemaPath: "#/properties/comparison_limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema72.properties.comparison_limit, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/comparison_limit", schemaPath: "#/properties/comparison_limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema72.properties.comparison_limit, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/src/core/text/suggest.ts
function suggestClosest(input, candidates) {
  const needle = input.toLowerCase();
  const extended = candidates.filter((candidate) => needle.length >= 3 && candidate.toLowerCase().startsWith(needle));
  if (extended.length === 1) return extended[0];
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(needle.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

// action/src/core/validate/validate-schema.ts
function validateAgainstSchema(parsed, schema) {
  const validate = schema_validators_exports[schema];
  if (validate(parsed.data)) return [];
  const errors = validate.errors ?? [];
  const typeFailures = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  let unlisted = 0;
  let firstUnlisted = null;
  for (const error of errors) {
    if (error.keyword !== "type" && typeFailures.has(error.instancePath)) continue;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (findings.length >= MAX_FINDINGS_PER_FILE) {
      firstUnlisted ??= error;
      unlisted += 1;
      continue;
    }
    const described = describeSchemaError(error);
    const position = locateNode(parsed, described.path, described.target);
    findings.push({
      code: described.code,
      severity: "error",
      file: parsed.file,
      line: position.line,
      column: position.column,
      endLine: position.endLine,
      endColumn: position.endColumn,
      message: described.message,
      ...described.hint ? { hint: described.hint } : {}
    });
  }
  if (firstUnlisted) {
    const { path, target } = describeSchemaError(firstUnlisted);
    findings.push(tooManyProblems({ file: parsed.file, unlisted, at: locateNode(parsed, path, target) }));
  }
  return findings;
}
function describeSchemaError(error) {
  const path = splitPointer(error.instancePath);
  const where = formatPath(path);
  const parentSchema = error.parentSchema ?? {};
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const title = propertyTitle(parentSchema, missing);
      return {
        code: "schema-required",
        path,
        target: "key",
        message: path.length ? `\`${where}\` is missing the required property \`${missing}\`.` : `The required property \`${missing}\` is missing.`,
        hint: `Add \`${missing}:\`${title ? ` (${title})` : ""}.`
      };
    }
    case "additionalProperties": {
      const unknown = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      const closest = suggestClosest(unknown, allowed);
      return {
        code: "schema-unknown-key",
        path: [...path, unknown],
        target: "key",
        message: path.length ? `\`${where}\` has no property \`${unknown}\`.` : `There is no top-level property \`${unknown}\`.`,
        hint: closest ? `Did you mean \`${closest}\`?` : `Allowed here: ${allowed.join(", ")}.`
      };
    }
    case "enum":
    case "const": {
      const allowed = (error.keyword === "enum" ? params.allowedValues : [params.allowedValue]).map(String);
      const closest = typeof error.data === "string" ? suggestClosest(error.data, allowed) : void 0;
      return {
        code: "schema-enum",
        path,
        target: "value",
        message: `\`${where}\` is ${quoteValue(error.data)}; it must be one of: ${allowed.join(", ")}.`,
        ...closest ? { hint: `Did you mean \`${closest}\`?` } : {}
      };
    }
    case "type": {
      const expected = String(params.type).replace(",", " or ");
      return {
        code: "schema-type",
        path,
        target: "value",
        message: `\`${where}\` must be ${article(expected)} ${expected}, not ${describeType(error.data)}.`,
        hint: typeHint(expected, error.data)
      };
    }
    case "format": {
      const format = String(params.format);
      const form = format === "date" ? "a real calendar date written YYYY-MM-DD" : "a web address starting with https://";
      return {
        code: "schema-format",
        path,
        target: "value",
        message: `\`${where}\` is ${quoteValue(error.data)}, which is not ${form}.`,
        hint: format === "date" ? 'Quote dates and check the day exists in that month, e.g. "2026-02-28".' : "Write the full address, e.g. https://vendor.example.com."
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        code: "schema-range",
        path,
        target: "value",
        message: `\`${where}\` is ${quoteValue(error.data)}; it ${error.message ?? "is out of range"}.`
      };
    case "pattern":
      return {
        code: "schema-pattern",
        path,
        target: "value",
        message: `\`${where}\` is ${quoteValue(error.data)}, which is not in the required form.`,
        hint: patternHint(String(params.pattern))
      };
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return {
        code: "schema-length",
        path,
        target: "value",
        message: `\`${where}\` ${error.message ?? "has the wrong length"}.`
      };
    case "uniqueItems":
      return {
        code: "schema-invalid",
        path: [...path, Number(params.i)],
        target: "value",
        message: `\`${where}\` lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).`,
        hint: "Remove the repeated item."
      };
    default:
      return { code: "schema-invalid", path, target: "value", message: `\`${where}\` ${error.message ?? "is invalid"}.` };
  }
}
function propertyTitle(parentSchema, property) {
  const properties = parentSchema.properties;
  const title = properties?.[property]?.title;
  return typeof title === "string" ? title : void 0;
}
function article(word) {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
function describeType(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} ${typeof value} (${quoteValue(value)})`;
}
function typeHint(expected, value) {
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
    return `Quote it, e.g. "${String(value)}", so YAML keeps it as text.`;
  }
  if ((expected === "integer" || expected === "number") && typeof value === "string") {
    return "Write the number without quotes or units.";
  }
  if (expected === "boolean" && typeof value === "string") return "Write true or false (YAML 1.2 reads yes/no as text).";
  if (value === null) return "Fill in a value, or remove the key if it is unknown.";
  return void 0;
}
function patternHint(pattern) {
  if (pattern.startsWith("^[a-z0-9]")) return "Use lowercase letters, digits and hyphens, e.g. `cloudbridge-class`.";
  if (pattern.startsWith("^[A-Za-z]")) return "Start with a letter; then letters, digits, `-` or `_`, e.g. `E1`.";
  if (pattern.startsWith("^https?")) return "Write the full address, starting with https://.";
  if (pattern.includes("templates")) return "Templates live in `templates` or a folder inside it, which code owners review: e.g. `templates` or `templates/school`.";
  return `It must match ${pattern}.`;
}
function quoteValue(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
}

// action/src/core/text/invisible.ts
var INVISIBLE_CLASS = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff0-\\ufffb\\u{1d173}-\\u{1d17a}\\u{e0000}-\\u{e0fff}";
var INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");
var HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "u");

// action/src/core/text/skeleton.ts
function looksBlank(text) {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/[\s\u3164\u115f\u1160\uffa0]+/gu, "") === "";
}

// action/src/core/validate/check-vendor-rules.ts
function locateAnchors({ parsed, data }) {
  return {
    id: locateNode(parsed, ["id"]),
    name: locateNode(parsed, ["name"]),
    ratingCriteria: (data.ratings ?? []).map((_, index) => locateNode(parsed, ["ratings", index, "criterion"]))
  };
}
function fileStem(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.replace(/\.ya?ml$/i, "");
}
function checkVendorRules({ parsed, data }) {
  const findings = [];
  const stem = fileStem(parsed.file);
  if (data.id !== stem) {
    findings.push(
      findingAt(parsed, {
        path: ["id"],
        code: "id-mismatch",
        message: `The id \`${data.id}\` does not match the file name \`${stem}\`.`,
        hint: `Rename the file to \`${data.id}.yaml\`, or set \`id: ${stem}\`.`
      })
    );
  }
  if (looksBlank(data.name)) {
    findings.push(
      findingAt(parsed, {
        path: ["name"],
        code: "name-invisible",
        message: `The name ${quoteValue(data.name)} shows nothing: it holds only spaces and invisible characters.`,
        hint: "Write the vendor's name in visible letters, as it appears on its website."
      })
    );
  }
  const { evaluated_on: evaluatedOn, review_by: reviewBy } = data.evaluation;
  if (reviewBy <= evaluatedOn) {
    findings.push(
      findingAt(parsed, {
        path: ["evaluation", "review_by"],
        code: "date-order",
        message: `The review date ${reviewBy} is not after the evaluation date ${evaluatedOn}.`,
        hint: "Set `review_by` to the date this evaluation must be checked again, e.g. a year after `evaluated_on`."
      })
    );
  }
  const registered = /* @__PURE__ */ new Set();
  (data.evidence ?? []).forEach((item, index) => {
    if (registered.has(item.id)) {
      findings.push(
        findingAt(parsed, {
          path: ["evidence", index, "id"],
          code: "evidence-duplicate",
          message: `The evidence id \`${item.id}\` is used twice.`,
          hint: "Give each evidence item its own id."
        })
      );
    }
    registered.add(item.id);
  });
  for (const citation of listCitations(data)) {
    if (registered.has(citation.id)) continue;
    const closest = suggestClosest(citation.id, [...registered]);
    findings.push(
      findingAt(parsed, {
        path: citation.path,
        code: "evidence-unknown",
        message: `The cited evidence \`${citation.id}\` is not in the evidence register.`,
        hint: closest ? `Did you mean \`${closest}\`? Otherwise add it under \`evidence:\`.` : "Add it under `evidence:` with its type, reference and date."
      })
    );
  }
  const evaluators = data.evaluation.evaluators.map((evaluator) => evaluator.name);
  (data.ratings ?? []).forEach((rating, index) => {
    if (evaluators.includes(rating.evaluator)) return;
    const closest = suggestClosest(rating.evaluator, evaluators);
    findings.push(
      findingAt(parsed, {
        path: ["ratings", index, "evaluator"],
        code: "rating-unknown-evaluator",
        message: `The rating's evaluator \`${rating.evaluator}\` is not listed under \`evaluation.evaluators\`.`,
        hint: closest ? `Did you mean \`${closest}\`?` : "Add the evaluator to `evaluation.evaluators`."
      })
    );
  });
  return findings;
}
function listCitations(data) {
  const citations = [];
  const collect = (value, path) => {
    const refs = value?.evidence;
    if (Array.isArray(refs)) refs.forEach((id, i) => citations.push({ id: String(id), path: [...path, "evidence", i] }));
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === "evidence") continue;
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, [key, i]));
    else if (value && typeof value === "object") collect(value, [key]);
  }
  return citations;
}
function checkRatingsAgainstRubric({ file, data, anchors }, rubric2) {
  const ratingCriteria = rubric2.dimensions.flatMap((d) => d.criteria.filter((c) => "rating" in c).map((c) => c.id));
  const findings = [];
  (data.ratings ?? []).forEach((rating, index) => {
    if (ratingCriteria.includes(rating.criterion)) return;
    const closest = suggestClosest(rating.criterion, ratingCriteria);
    findings.push(
      findingAtPosition(file, anchors.ratingCriteria[index], {
        code: "rating-unknown-criterion",
        message: `\`${rating.criterion}\` is not a rating criterion of the rubric.`,
        hint: closest ? `Did you mean \`${closest}\`?` : `Rating criteria: ${ratingCriteria.join(", ")}.`
      })
    );
  });
  return findings;
}
function identify({ file, data, anchors }) {
  return { file, id: data.id, name: data.name, at: { id: anchors.id, name: anchors.name } };
}

// action/src/core/text/compute-blob-sha.ts
import { createHash } from "node:crypto";
function computeBlobSha(content) {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// action/src/core/validate/check-vendor-file.ts
function checkVendorFile(source) {
  const parsed = parseYaml(source);
  if (parsed.findings.length) return { vendor: null, findings: capFindings(source.path, parsed.findings) };
  const schemaFindings = validateAgainstSchema(parsed, "vendor");
  if (schemaFindings.length) return { vendor: null, findings: schemaFindings };
  const located = { parsed, data: parsed.data };
  const ruleFindings = checkVendorRules(located);
  if (ruleFindings.length) return { vendor: null, findings: capFindings(source.path, ruleFindings) };
  return {
    vendor: { file: source.path, blob: computeBlobSha(source.text), data: located.data, anchors: locateAnchors(located) },
    findings: []
  };
}

// action/src/core/validate/fact-path.ts
function splitFactPath(path) {
  return path.split(".").map((part) => part.endsWith("[]") ? { key: part.slice(0, -2), each: true } : { key: part, each: false });
}

// action/src/core/validate/check-sources.ts
function checkVendorSource(source, rubric2) {
  const { vendor: vendor2, findings } = checkVendorFile(source);
  return {
    file: source.path,
    findings,
    identity: vendor2 && identify(vendor2),
    ratingFindings: vendor2 && rubric2 ? checkRatingsAgainstRubric(vendor2, rubric2) : [],
    vendor: vendor2
  };
}

// action/src/core/validate/decode-source.ts
var decoder = new TextDecoder("utf-8", { fatal: true });

// action/src/core/score/aggregate-values.ts
function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function aggregateValues(values, aggregate) {
  if (aggregate === "count") return values.length;
  if (aggregate === "share-true") {
    const booleans = values.filter((value) => typeof value === "boolean");
    return booleans.length ? booleans.filter(Boolean).length / booleans.length : null;
  }
  const numbers = values.filter((value) => typeof value === "number");
  if (!numbers.length) return null;
  switch (aggregate) {
    case "median":
      return median(numbers);
    case "max":
      return Math.max(...numbers);
    case "min":
      return Math.min(...numbers);
    case "sum":
      return numbers.reduce((total, value) => total + value, 0);
  }
}

// action/src/core/score/round-number.ts
function roundTo(value, decimals) {
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-7) / factor;
  return rounded === 0 ? 0 : rounded;
}
function round2(value) {
  return roundTo(value, 2);
}

// action/src/core/score/read-fact.ts
var LISTED_VALUES = 10;
function readFact(vendor2, fact, aggregate) {
  const segments = splitFactPath(fact);
  let found = [{ value: vendor2, item: void 0 }];
  let reachedList = false;
  segments.forEach((segment, depth) => {
    const next = [];
    for (const { value, item } of found) {
      const child = childOf2(value, segment.key);
      if (child === void 0) continue;
      if (!segment.each) next.push({ value: child, item });
      else if (Array.isArray(child)) {
        reachedList = true;
        child.forEach((element, index) => next.push({ value: element, item: depth === 0 ? index : item }));
      }
    }
    found = next;
  });
  if (aggregate === void 0) {
    const value = found[0]?.value;
    if (typeof value === "number") return { value: round2(value), items: itemsOf(found) };
    const scalar = typeof value === "string" || typeof value === "boolean";
    return { value: scalar ? value : null, items: itemsOf(found) };
  }
  const values = [];
  for (const entry of found) {
    if (!Array.isArray(entry.value)) values.push(entry);
    else {
      reachedList = true;
      entry.value.forEach((element, index) => values.push({ value: element, item: segments.length === 1 ? index : entry.item }));
    }
  }
  if (!reachedList) return { value: null, items: [] };
  const raw = values.map((entry) => entry.value);
  const result = aggregateValues(raw, aggregate);
  return {
    value: result === null ? null : round2(result),
    aggregation: describeAggregation(raw, aggregate, result),
    items: itemsOf(values)
  };
}
function childOf2(value, key) {
  if (!value || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) return void 0;
  const child = value[key];
  return child === null ? void 0 : child;
}
function itemsOf(found) {
  return [...new Set(found.map((entry) => entry.item).filter((item) => item !== void 0))];
}
function describeAggregation(values, aggregate, result) {
  const count = `${values.length} ${values.length === 1 ? "value" : "values"}`;
  if (aggregate === "count") return `count of ${count}`;
  if (aggregate === "share-true") {
    const trues = values.filter((value) => value === true).length;
    return values.length ? `${trues} of ${count} true = ${round2(result ?? 0)}` : `share of true among ${count}`;
  }
  const shown = values.slice(0, LISTED_VALUES).map((value) => typeof value === "number" ? String(round2(value)) : JSON.stringify(value));
  const more = values.length > LISTED_VALUES ? `, \u2026 ${values.length - LISTED_VALUES} more` : "";
  return `${aggregate} of ${count} (${shown.join(", ")}${more})${result === null ? "" : ` = ${round2(result)}`}`;
}
function isOneOf(listed, value) {
  return listed.some((item) => String(item) === String(value));
}

// action/src/core/score/check-gates.ts
function checkGates(vendor2, gates) {
  return gates.map((gate) => {
    const { value } = readFact(vendor2, gate.fact, gate.aggregate);
    if (value === null) return { gate: gate.id, status: "unknown", observed: null };
    return { gate: gate.id, status: isOneOf(gate.pass_when, value) ? "pass" : "fail", observed: value };
  });
}
function isKnockedOut(gates) {
  return gates.some((gate) => gate.status === "fail");
}

// action/src/core/score/check-claims.ts
var SEVERITIES = ["critical", "high", "normal", "low"];
function compareClaims(vendor2) {
  const claimed = vendor2.response_time?.first_response_minutes ?? {};
  const checks = [];
  for (const severity of SEVERITIES) {
    const promise = claimed[severity];
    const observed = (vendor2.trial_probes ?? []).filter((probe) => probe.severity === severity).map((probe) => probe.first_response_minutes);
    const middle = median(observed);
    if (promise === void 0 || middle === null) continue;
    checks.push({
      severity,
      claimed_minutes: round2(promise),
      observed_median_minutes: round2(middle),
      observed_worst_minutes: round2(Math.max(...observed)),
      probes: observed.length,
      contradicted: middle > promise
    });
  }
  return checks;
}
function checkClaims(vendor2) {
  return compareClaims(vendor2).filter((check) => check.contradicted).map(({ severity, claimed_minutes, observed_median_minutes, observed_worst_minutes, probes }) => ({
    kind: "claim-contradicted",
    severity,
    claimed_minutes,
    observed_median_minutes,
    observed_worst_minutes,
    probes
  }));
}

// action/src/core/score/collect-flags.ts
var DISAGREEMENT_SPREAD = 2;
function collectFlags(vendor2, criteria, asOf) {
  const flags = checkClaims(vendor2);
  for (const criterion of criteria) {
    const ratings = criterion.ratings ?? [];
    if (!ratings.length) continue;
    const scores = ratings.map((rating) => rating.score);
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    if (max - min < DISAGREEMENT_SPREAD) continue;
    const evaluators = [
      ...ratings.filter((rating) => rating.score === min),
      ...ratings.filter((rating) => rating.score === max)
    ].map((rating) => rating.evaluator);
    flags.push({ kind: "evaluator-disagreement", criterion: criterion.criterion, min, max, evaluators: [...new Set(evaluators)] });
  }
  if (asOf > vendor2.evaluation.review_by) flags.push({ kind: "stale", review_by: vendor2.evaluation.review_by });
  return flags;
}

// action/src/core/score/combine-scores.ts
function combineParts(parts) {
  let total = 0;
  let answered = 0;
  let points = 0;
  let trust = 0;
  for (const part of parts) {
    total += part.weight;
    answered += part.weight * part.coverage;
    points += part.weight * part.lower;
    trust += part.weight * part.coverage * (part.confidence ?? 0);
  }
  if (total <= 0) return { score: null, lower: 0, upper: 100, coverage: 0, confidence: null };
  const lower = points / total;
  const coverage = answered / total;
  return {
    score: answered > 0 ? points / answered : null,
    lower,
    upper: lower + (1 - coverage) * 100,
    coverage,
    confidence: answered > 0 ? trust / answered : null
  };
}
function roundRange(range) {
  return {
    score: range.score === null ? null : round2(range.score),
    lower: round2(range.lower),
    upper: round2(range.upper),
    coverage: round2(range.coverage),
    confidence: range.confidence === null ? null : round2(range.confidence)
  };
}

// action/src/core/score/decide-verdict.ts
function levelOfScore(score) {
  return score === null ? null : Math.min(4, Math.max(0, Math.floor(score / 25)));
}
function bandOf(score, bands) {
  if (score === null) return null;
  let best = null;
  for (const band of bands) if (score >= band.min && (!best || band.min > best.min)) best = band;
  return best?.id ?? null;
}
function decideVerdict(input, rubric2) {
  if (input.coverage < rubric2.missing_data.min_coverage) return "insufficient-data";
  if (isKnockedOut(input.gates)) return "knocked-out";
  const share = input.dimensionCount ? input.goodDimensions / input.dimensionCount : 0;
  if (share >= rubric2.verdict.low_risk_share && input.gates.every((gate) => gate.status === "pass")) return "low-risk";
  return share >= 0.5 ? "moderate-risk" : "high-risk";
}

// action/src/core/score/collect-evidence.ts
var MS_PER_DAY = 864e5;
function registerEvidence(vendor2) {
  const register = /* @__PURE__ */ new Map();
  for (const { id, type, date } of vendor2.evidence ?? []) if (!register.has(id)) register.set(id, { id, type, date });
  return register;
}
function collectFactEvidence(input) {
  const { vendor: vendor2, register, fact, items } = input;
  const section = splitFactPath(fact)[0].key;
  const value = vendor2[section];
  if (!Array.isArray(value)) return resolveCitations(register, citationsOf(value));
  return uniqueById(
    items.flatMap((index) => {
      const element = value[index];
      const cited = citationsOf(element);
      if (cited.length || section !== "trial_probes") return resolveCitations(register, cited);
      return [{ id: `probe:${index + 1}`, type: "observed-trial", date: String(element.date) }];
    })
  );
}
function collectRatingEvidence(register, ratings) {
  return resolveCitations(
    register,
    ratings.flatMap((rating) => rating.evidence ?? [])
  );
}
function weighEvidence(item, evaluatedOn, policy) {
  const factor = policy.factors[item.type] * freshness(ageInDays(evaluatedOn, item.date), policy.half_life_days);
  return { use: { id: item.id, type: item.type, date: item.date, factor: round2(factor) }, factor };
}
function ageInDays(evaluatedOn, date) {
  const days = Math.round((Date.parse(`${evaluatedOn}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / MS_PER_DAY);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}
function freshness(ageDays, halfLifeDays) {
  return 0.5 ** (ageDays / halfLifeDays);
}
function confidenceOf(items, evaluatedOn, policy) {
  const weighed = items.map((item) => weighEvidence(item, evaluatedOn, policy));
  const confidence = weighed.length ? Math.max(...weighed.map((entry) => entry.factor)) : policy.unsupported_factor;
  return { uses: weighed.map((entry) => entry.use), confidence: round2(confidence) };
}
function citationsOf(value) {
  const cited = value?.evidence;
  return Array.isArray(cited) ? cited.map(String) : [];
}
function resolveCitations(register, ids) {
  return uniqueById(ids.flatMap((id) => register.get(id) ?? []));
}
function uniqueById(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

// action/src/core/score/map-level.ts
function mapFactToLevel(criterion, value) {
  if (criterion.thresholds) {
    const thresholds = criterion.thresholds;
    const list = thresholds.join(", ");
    if (typeof value !== "number") {
      return { level: null, rule: `thresholds ${list} compare numbers, but the value is ${formatFactValue(value)}` };
    }
    if (criterion.direction === "cost") {
      const met = thresholds.filter((threshold) => value <= threshold).length;
      return {
        level: met,
        rule: `less is better: the level is how many of the thresholds ${list} the value stays within (value \u2264 threshold); ${value} stays within ${met}, so level ${met}`
      };
    }
    const reached = thresholds.filter((threshold) => value >= threshold).length;
    return {
      level: reached,
      rule: `more is better: the level is how many of the thresholds ${list} the value reaches (value \u2265 threshold); ${value} reaches ${reached}, so level ${reached}`
    };
  }
  const levels = criterion.levels ?? {};
  const table = Object.entries(levels).map(([key2, level]) => `${key2} \u2192 ${level}`).join(", ");
  const key = String(value);
  if (!Object.hasOwn(levels, key)) {
    return { level: null, rule: `each value has a level (${table}), but ${formatFactValue(value)} has none` };
  }
  return { level: levels[key], rule: `each value has a level (${table}); ${formatFactValue(value)} is level ${levels[key]}` };
}
function formatFactValue(value) {
  return typeof value === "string" ? `"${value}"` : String(value);
}

// action/src/core/score/score-criterion.ts
var UNANSWERED = "counted as 0 in the lower bound and as full marks in the upper bound, and left out of the score";
function scoreCriterion(context, place) {
  const { criterion, dimension } = place;
  const weight = round2(dimension.weight * place.share / 100);
  if (!place.applies) return notApplicable(context.vendor, { criterion, dimension, weight });
  return "rating" in criterion ? scoreRatingCriterion(context, { criterion, dimension, weight }) : scoreFactCriterion(context, { criterion, dimension, weight });
}
function notApplicable(vendor2, { criterion, dimension, weight }) {
  const condition = criterion.applies_when;
  const { value } = readFact(vendor2, condition.fact);
  return {
    dimension: dimension.id,
    criterion: criterion.id,
    kind: "rating" in criterion ? "rating" : "fact",
    weight,
    applicable: false,
    answered: false,
    level: null,
    value: null,
    source: "rating" in criterion ? "ratings" : criterion.fact,
    observed: null,
    rule: `not applicable: ${condition.fact} is ${value === null ? "unknown" : formatFactValue(value)}, and the criterion applies only when it is ${condition.in.map(String).join(" or ")}; its weight goes to the other criteria of the dimension`,
    evidence: [],
    confidence: null
  };
}
function scoreFactCriterion({ vendor: vendor2, policy, register }, weighed) {
  const { criterion } = weighed;
  const reading = readFact(vendor2, criterion.fact, criterion.aggregate);
  const mapping = reading.value === null ? null : mapFactToLevel(criterion, reading.value);
  if (reading.value === null || !mapping || mapping.level === null) {
    const why = reading.value === null ? reading.aggregation ? `no answer: ${reading.aggregation} gives no value` : `no answer: the vendor file does not state ${criterion.fact} (unknown, not "no")` : `no answer: ${mapping?.rule}`;
    return answerCriterion(weighed, {
      level: null,
      source: criterion.fact,
      observed: reading.value,
      rule: `${why}; ${UNANSWERED}`,
      evidence: [],
      confidence: null
    });
  }
  const cited = collectFactEvidence({ vendor: vendor2, register, fact: criterion.fact, items: reading.items });
  const { uses, confidence } = confidenceOf(cited, vendor2.evaluation.evaluated_on, policy);
  const rule = reading.aggregation ? `${reading.aggregation}; ${mapping.rule}` : mapping.rule;
  return answerCriterion(weighed, { level: mapping.level, source: criterion.fact, observed: reading.value, rule, evidence: uses, confidence });
}
function scoreRatingCriterion({ vendor: vendor2, policy, register }, weighed) {
  const ratings = (vendor2.ratings ?? []).filter((rating) => rating.criterion === weighed.criterion.id);
  const given = ratings.map((rating) => ({ evaluator: rating.evaluator, score: rating.score }));
  const middle = median(given.map((rating) => rating.score));
  if (middle === null) {
    const rule2 = `no answer: no evaluator rated it; ${UNANSWERED}`;
    return answerCriterion(weighed, { level: null, source: "ratings", observed: null, rule: rule2, evidence: [], confidence: null, ratings: given });
  }
  const rounded = Math.ceil(middle - 0.5);
  const level = Math.min(4, Math.max(0, rounded - 1));
  const listed = given.map((rating) => rating.score).join(", ");
  const roundedNote = rounded === middle ? "" : `, rounded half down to ${rounded}`;
  const { uses, confidence } = confidenceOf(collectRatingEvidence(register, ratings), vendor2.evaluation.evaluated_on, policy);
  const rule = `median of ${given.length} ${given.length === 1 ? "rating" : "ratings"} (${listed}) = ${formatFactValue(middle)}${roundedNote}; level = ${rounded} \u2212 1 = ${level}`;
  return answerCriterion(weighed, { level, source: "ratings", observed: middle, rule, evidence: uses, confidence, ratings: given });
}
function answerCriterion({ criterion, dimension, weight }, answer) {
  const { level, source, observed, rule, evidence, confidence, ratings } = answer;
  const kind = "rating" in criterion ? "rating" : "fact";
  const value = level === null ? null : level / 4;
  const score = {
    dimension: dimension.id,
    criterion: criterion.id,
    kind,
    weight,
    applicable: true,
    answered: level !== null,
    level,
    value,
    source,
    observed,
    rule,
    evidence,
    confidence
  };
  if (ratings) score.ratings = ratings;
  return score;
}

// action/src/core/score/score-vendor.ts
function scoreVendor(input) {
  const { file, vendor: vendor2, rubric: rubric2, asOf } = input;
  const criteria = [];
  const dimensions = [];
  const parts = [];
  const context = { vendor: vendor2, policy: rubric2.evidence, register: registerEvidence(vendor2) };
  for (const dimension of rubric2.dimensions) {
    const { applies, shares } = shareDimension(dimension.criteria, vendor2);
    const scored = dimension.criteria.map((criterion, i) => scoreCriterion(context, { criterion, dimension, applies: applies[i], share: shares[i] }));
    criteria.push(...scored);
    const raw = combineParts(
      scored.map((criterion, i) => ({
        weight: shares[i],
        coverage: criterion.answered ? 1 : 0,
        lower: (criterion.value ?? 0) * 100,
        confidence: criterion.confidence
      }))
    );
    parts.push({ weight: dimension.weight, coverage: raw.coverage, lower: raw.lower, confidence: raw.confidence });
    const range = roundRange(raw);
    const level = levelOfScore(range.score);
    dimensions.push({
      dimension: dimension.id,
      weight: round2(dimension.weight),
      ...range,
      level,
      good: level !== null && level >= rubric2.verdict.good_level
    });
  }
  const total = roundRange(combineParts(parts));
  const gates = checkGates(vendor2, rubric2.gates);
  const goodDimensions = dimensions.filter((dimension) => dimension.good).length;
  const verdict = decideVerdict({ coverage: total.coverage, gates, goodDimensions, dimensionCount: dimensions.length }, rubric2);
  return {
    score: {
      id: vendor2.id,
      name: vendor2.name,
      file,
      rank: 0,
      total,
      // A score over a sliver of the facts is no grade: no band until enough is known.
      band: verdict === "insufficient-data" ? null : bandOf(total.score, rubric2.verdict.bands),
      verdict,
      good_dimensions: goodDimensions,
      gates,
      flags: collectFlags(vendor2, criteria, asOf),
      dimensions,
      criteria
    },
    parts,
    knockedOut: isKnockedOut(gates)
  };
}
function shareDimension(criteria, vendor2) {
  const applies = criteria.map((criterion) => appliesTo(criterion, vendor2));
  const all = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const kept = criteria.reduce((sum, criterion, i) => sum + (applies[i] ? criterion.weight : 0), 0);
  return { applies, shares: criteria.map((criterion, i) => applies[i] && kept > 0 ? criterion.weight * all / kept : 0) };
}
function appliesTo(criterion, vendor2) {
  if (!criterion.applies_when) return true;
  const { value } = readFact(vendor2, criterion.applies_when.fact);
  return value === null || isOneOf(criterion.applies_when.in, value);
}

// action/src/core/compare/build-review-body.ts
var SUMMARY_LIMIT = { max: 1024 * 1024, measure: (text) => Buffer.byteLength(text, "utf8") };

// action/src/core/compare/compile-comment-template.ts
var import_handlebars3 = __toESM(require_lib(), 1);

// action/src/core/render/template-engine.ts
var import_handlebars2 = __toESM(require_lib(), 1);

// action/src/core/render/helpers.ts
var import_handlebars = __toESM(require_lib(), 1);
var CHART_NUMBER = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

// action/src/core/publish/plan-report-commit.ts
var MAX_TREE_REQUEST_BYTES = 4 * 1024 * 1024;

// action/src/shell/check-files.ts
function checkFiles(job, sources) {
  return sources.map((source) => {
    const check = checkVendorSource(source, job.rubric);
    const scorable = job.asOf !== null && job.rubric !== null && check.vendor !== null && !check.ratingFindings.length;
    return {
      ...check,
      vendor: job.keepVendors ? check.vendor : null,
      scored: scorable ? scoreVendor({ file: check.file, vendor: check.vendor.data, rubric: job.rubric, asOf: job.asOf }) : null
    };
  });
}

// action/src/shell/check-worker.ts
process.env = { ...process.env };
parentPort.on("message", ({ id, job, sources }) => {
  let reply;
  try {
    reply = { id, result: checkFiles(job, sources) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    reply = { id, error: { name, message } };
  }
  parentPort.postMessage(reply);
});
//# sourceMappingURL=check-worker.js.map
