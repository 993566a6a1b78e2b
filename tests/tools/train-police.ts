/**
 * `npx tsx tests/tools/train-police.ts [--check]`: trains the clause model of police/model.ts
 * (police-training.ts), prints the held-out figures and writes utils/detect/police/model.json;
 * with --check it only says whether the committed file is what the corpus trains.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODEL_FILE, trainPoliceModel } from './police-training';

const { model, report } = trainPoliceModel();
for (const line of report) console.log(line);
const json = `${JSON.stringify(model)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(MODEL_FILE, 'utf8') !== json) {
    console.error(`${MODEL_FILE} is not what this corpus trains: run npx tsx tests/tools/train-police.ts`);
    process.exitCode = 1;
  }
} else writeFileSync(MODEL_FILE, json);
