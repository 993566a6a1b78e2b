import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE, trainPoliceModel } from '../../tools/police-training';
import { clauseFeatures, clauseScore, type PoliceModel, useModel } from '../../../utils/detect/police/model';
import { found } from './helpers';
import model from '../../../utils/detect/police/model.json';

describe('the learned police clause model', () => {
  it('is what the development lines train (retrain with npx tsx tests/tools/train-police.ts)', () => {
    const committed = readFileSync(MODEL_FILE, 'utf8');
    expect(committed).toBe(`${JSON.stringify(trainPoliceModel().model)}\n`);
  }, 180_000);

  it('reads a clause as its words, word pairs, pairs one word apart and first word, numbers as 0, and the ends of long words', () => {
    expect(clauseFeatures('Al 12 jaar Agent')).toEqual(['^al', 'al', 'al 0', 'al _ jaar', '0', '0 jaar', '0 _ agent', 'jaar', 'jaar agent', 'agent']);
    expect(clauseFeatures('nachtdienst gedaan')).toEqual(['^nachtdienst', 'nachtdienst', '~dienst', 'nachtd~', 'nachtdienst gedaan', 'gedaan']);
  });

  it('scores a clause as the bias plus the weights of its features (the scorer reads them without listing them)', () => {
    const weights: Record<string, number> = model.weights;
    for (const clause of ['Na 12 jaar noodhulp eindelijk hoofdinspecteur bij de recherche', 'De politie kwam gisteren langs', 'mn porto was halverwege de nachtdienst leeg']) {
      const sum = clauseFeatures(clause).reduce((total, f) => total + (weights[f] ?? 0), model.bias);
      expect(clauseScore(clause)).toBeCloseTo(sum, 9);
    }
  });

  it('weighs a first-person clause about police work above talk about the police', () => {
    expect(clauseScore('ik draai morgen weer een nachtdienst met mijn collega\'s van de politie')).toBeGreaterThan(clauseScore('de politie kwam gisteren langs bij de buren'));
  });

  it('overrules the clause blocker\'s soft words only over its margin, never its hard words or a negated role', () => {
    // a model that is sure of every clause with "nachtdienst" (score 10), so what decides is the margin and the blocker
    const sure = (margin: number): PoliceModel => ({ bias: 0, threshold: 1, margin, weights: { nachtdienst: 10 } });
    try {
      useModel(sure(3));
      expect(found('nachtdienst gehad en geen moment rust', 'police_affiliation')).toEqual(['nachtdienst gehad en geen moment rust']);
      expect(found('nachtdienst gespeeld in de game', 'police_affiliation')).toEqual([]);
      expect(found('nooit agent geweest, wel nachtdienst gehad', 'police_affiliation')).toEqual([]);
      useModel(sure(20));
      expect(found('nachtdienst gehad en geen moment rust', 'police_affiliation')).toEqual([]);
    } finally {
      useModel(model as PoliceModel);
    }
  });
});
