// Compiles templates with the shared helpers, partials and message catalogue. Reused by every Markdown output
// (the reports, the pull-request comment), so all of them get the same safety:
// - an isolated Handlebars instance, strict mode and known helpers only: a misspelt variable or helper is an error
//   naming the template and line, never an empty cell;
// - output of {{value}} goes through the Markdown escaper instead of Handlebars' HTML escaping, which is the
//   wrong escaping for Markdown; triple-stash and {{&value}} (unescaped output) are refused;
// - prototype access stays disabled (Handlebars' default).
import Handlebars from 'handlebars';
import type { Language } from '../types/rubric.js';
import { createHelpers, HelperFailure } from './helpers.js';
import { escapeMarkdown } from './markdown-safe.js';
import type { Escape } from './markdown-safe.js';
import { RenderError } from './render-error.js';

export interface TemplateRendererOptions {
  /** Template sources keyed by path relative to templates/; `partials/<name>.hbs` is the partial {{> name}}. */
  templates: Readonly<Record<string, string>>;
  language: Language;
  /** Removes secrets and runner paths from values before they are escaped (see EscapeOptions.redact). */
  redact?: (text: string) => string;
  /** Helpers a particular output needs beyond the shared ones; they cannot replace a shared helper. */
  helpers?: Readonly<Record<string, Handlebars.HelperDelegate>>;
}

/** Renders the template at `name` (e.g. `report.hbs`) with `context`; throws RenderError. */
export type RenderTemplate = (name: string, context: object) => string;

const PARTIAL_PATH = /^partials\/(.+)\.hbs$/;

export function createTemplateRenderer(options: TemplateRendererOptions): RenderTemplate {
  const escape: Escape = (value, escapeOptions) => escapeMarkdown(value, { ...escapeOptions, ...(options.redact ? { redact: options.redact } : {}) });
  const handlebars = createMarkdownHandlebars(escape);
  // {{log}} prints template data to stdout, where the runner reads workflow commands (::set-output, ::add-mask).
  handlebars.unregisterHelper('log');
  const helpers = createHelpers(options.language, escape);
  for (const name of Object.keys(options.helpers ?? {})) {
    if (Object.hasOwn(helpers, name)) throw new RenderError(`The helper "${name}" is shared and cannot be replaced`);
  }
  const allHelpers = { ...helpers, ...options.helpers };
  handlebars.registerHelper(allHelpers);
  const compileOptions: CompileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { ...Object.fromEntries(Object.keys(allHelpers).map((name) => [name, true])), log: false },
    noEscape: false,
  };
  const partialNames = new Set(Object.keys(options.templates).flatMap((path) => PARTIAL_PATH.exec(path)?.[1] ?? []));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (path: string): Handlebars.TemplateDelegate => {
    const cached = compiled.get(path);
    if (cached) return cached;
    const source = options.templates[path];
    if (source === undefined) throw new RenderError(`There is no template ${path} in templates/`);
    const template = compileTemplate(handlebars, { path, source, options: compileOptions, partialNames });
    compiled.set(path, template);
    return template;
  };
  for (const path of Object.keys(options.templates)) {
    const name = PARTIAL_PATH.exec(path)?.[1];
    // Compiled on first use, so that a broken partial only fails the outputs that use it.
    const partial = (context: unknown, partialOptions?: Handlebars.RuntimeOptions) => compile(path)(context, partialOptions);
    if (name !== undefined) handlebars.registerPartial(name, partial);
  }
  return (name, context) => compile(name)(context);
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/**
 * Handlebars builds each template's runtime with the module-wide Utils.escapeExpression, which other code in the
 * process may rely on. This instance's `template` is the one hook it offers: it swaps in the Markdown escaper for
 * the templates (and partials) compiled here, before their main program runs.
 */
function createMarkdownHandlebars(escape: Escape): typeof Handlebars {
  const escapeForMarkdown = (value: unknown) => (value instanceof Handlebars.SafeString ? value.toString() : value == null ? '' : escape(String(value)));
  const handlebars = Handlebars.create();
  const runtimeTemplate = handlebars.template.bind(handlebars);
  handlebars.template = (spec) => {
    const { main } = spec as { main: (container: { escapeExpression: (value: unknown) => string }, ...rest: unknown[]) => string };
    return runtimeTemplate({
      ...spec,
      main(this: unknown, container: { escapeExpression: (value: unknown) => string }, ...rest: unknown[]) {
        container.escapeExpression = escapeForMarkdown;
        return main.call(this, container, ...rest);
      },
    });
  };
  return handlebars;
}

function compileTemplate(
  handlebars: typeof Handlebars,
  { path, source, options, partialNames }: { path: string; source: string; options: CompileOptions; partialNames: ReadonlySet<string> },
): Handlebars.TemplateDelegate {
  const template = handlebars.template(compiledSpec({ handlebars, path, source, options, partialNames }));
  return (context, runtimeOptions) => {
    try {
      return template(context, runtimeOptions);
    } catch (error) {
      throw toRenderError(error, path);
    }
  };
}

/**
 * Compiled templates by source and by the helpers and partials they were checked against: each report set (one per
 * language) and each render in a process would otherwise compile the same templates again (docs/performance.md,
 * step 21). The spec is plain code that any Handlebars instance binds to its own helpers.
 */
const SPECS = new Map<string, TemplateSpecification>();
const MAX_SPECS = 200;

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

function compiledSpec(input: { handlebars: typeof Handlebars; path: string; source: string; options: CompileOptions; partialNames: ReadonlySet<string> }): TemplateSpecification {
  const { handlebars, path, source, options, partialNames } = input;
  const key = JSON.stringify([source, Object.keys(options.knownHelpers ?? {}).sort(), [...partialNames].sort()]);
  const cached = SPECS.get(key);
  if (cached) return cached;
  let spec: TemplateSpecification;
  try {
    const ast = handlebars.parseWithoutProcessing(source);
    inspectTemplate(ast, path, partialNames);
    // Handlebars' own precompiled form (an object literal of the template's functions), as its compile() makes.
    // precompile, unlike compile, writes into the options it is given (block params, known helpers): a copy
    // keeps a template that fails half-way from leaving its block params to the next one.
    spec = new Function(`return ${String(handlebars.precompile(ast, { ...options }))};`)() as TemplateSpecification;
  } catch (error) {
    throw toRenderError(error, path); // inspectTemplate's errors already carry their line and pass through
  }
  if (SPECS.size >= MAX_SPECS) SPECS.clear();
  SPECS.set(key, spec);
  return spec;
}

/**
 * Walks the template once before compiling it:
 * - refuses unescaped output ({{{value}}}, {{&value}}): every value must go through the Markdown escaper;
 * - refuses partials that do not exist, with their line (Handlebars would only say "could not be found");
 * - marks every path used as a helper or partial parameter strict. Handlebars' strict mode only checks
 *   {{value}}; without this, {{#each vendor.critera}} or {{md nmae}} would silently render nothing.
 */
function inspectTemplate(node: hbs.AST.Node, path: string, partialNames: ReadonlySet<string>): void {
  const visitParameters = (call: { params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }) => {
    for (const param of call.params) visitExpression(param);
    for (const pair of call.hash?.pairs ?? []) visitExpression(pair.value);
  };
  const visitExpression = (expression: hbs.AST.Expression) => {
    if (expression.type === 'PathExpression') (expression as hbs.AST.PathExpression & { strict?: boolean }).strict = true;
    if (expression.type === 'SubExpression') visitParameters(expression as hbs.AST.SubExpression);
  };
  const visit = (current: hbs.AST.Node): void => {
    switch (current.type) {
      case 'Program':
        for (const statement of (current as hbs.AST.Program).body) visit(statement);
        return;
      case 'MustacheStatement': {
        const mustache = current as hbs.AST.MustacheStatement;
        if (!mustache.escaped) throw at(current, 'unescaped output ({{{ }}} or {{& }}) is not allowed: values must go through the Markdown escaper');
        refuseLog(mustache);
        visitParameters(mustache);
        return;
      }
      case 'BlockStatement': {
        const block = current as hbs.AST.BlockStatement;
        refuseLog(block);
        visitParameters(block);
        if (block.program) visit(block.program);
        if (block.inverse) visit(block.inverse);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const partial = current as hbs.AST.PartialStatement;
        if (partial.name.type === 'PathExpression' && !partialNames.has(partial.name.original)) {
          throw at(current, `there is no partial "${partial.name.original}" (templates/partials/${partial.name.original}.hbs)`);
        }
        visitParameters(partial);
        if (current.type === 'PartialBlockStatement') visit((current as hbs.AST.PartialBlockStatement).program);
        return;
      }
      default:
        return;
    }
  };
  const refuseLog = (call: hbs.AST.MustacheStatement | hbs.AST.BlockStatement) => {
    if (call.path.type === 'PathExpression' && (call.path as hbs.AST.PathExpression).original === 'log') {
      throw at(call, "{{log}} is not allowed: it prints data to the runner's log, where a line can become a workflow command");
    }
  };
  const at = (current: hbs.AST.Node, detail: string) =>
    new RenderError(detail, { template: path, line: current.loc.start.line, column: current.loc.start.column + 1 });
  visit(node);
}

/** Handlebars reports positions three ways: Exception.lineNumber, "Parse error on line N", or our HelperFailure. */
function toRenderError(error: unknown, path: string): RenderError {
  if (error instanceof RenderError && error.location) return error; // already named by a partial's own wrapper
  if (error instanceof RenderError) return new RenderError(error.detail, { template: path });
  if (error instanceof HelperFailure) return new RenderError(error.message, { template: path, line: error.line, column: error.column });
  const { message, lineNumber, column } = error as { message?: string; lineNumber?: number; column?: number };
  const text = String(message ?? error);
  const detail = text
    .replace(/ - \d+:\d+$/, '')
    .replace(/^"(.+)" not defined in .*$/s, '"$1" is not defined: a misspelt variable, or a field the view does not have');
  if (typeof lineNumber === 'number') return new RenderError(detail, { template: path, line: lineNumber, column: (column ?? 0) + 1 });
  const parseLine = /^Parse error on line (\d+)/.exec(text)?.[1];
  return new RenderError(detail, { template: path, line: parseLine === undefined ? undefined : Number(parseLine) });
}
