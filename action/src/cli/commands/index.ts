import type { Command } from '../cli-io.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { migrateCommand } from './migrate.js';
import { newCommand } from './new.js';
import { questionsCommand } from './questions.js';
import { renderCommand, runCommand } from './render.js';
import { scoreCommand } from './score.js';

export const commands: Command[] = [
  runCommand,
  checkCommand,
  scoreCommand,
  explainCommand,
  questionsCommand,
  renderCommand,
  newCommand,
  initCommand,
  migrateCommand,
];
