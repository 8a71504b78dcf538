// The decision tree: every leaf reached by a shipped answers file, questions
// skipped when an earlier answer settles them, and costs that override the rule of thumb.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as load } from 'yaml';
import { type Answers, type CostEvidence, decide, nextQuestion, QUESTIONS } from '../../src/decide/decision-tree.js';

const answersFile = (name: string) => load(readFileSync(`scenarios/answers/${name}`, 'utf8')) as Answers;

describe('every leaf of the tree', () => {
  const expected: Record<string, [string, string]> = {
    'long-batch-job.yaml': ['containers', 'max_execution_minutes'],
    'gpu-inference.yaml': ['vm', 'needs_gpu'],
    'big-memory.yaml': ['containers', 'memory_gb'],
    'trading-api.yaml': ['containers', 'needs_sub_10ms_latency'],
    'chat-app.yaml': ['hybrid', 'persistent_connections'],
    'spiky-api.yaml': ['serverless', 'traffic_pattern'],
    'steady-small.yaml': ['serverless', 'requests_per_month'],
    'steady-large-small-team.yaml': ['serverless', 'engineering_time_more_valuable'],
    'steady-large-platform-team.yaml': ['containers', 'engineering_time_more_valuable'],
  };

  it('has an answers file for each', () => {
    expect(readdirSync('scenarios/answers').sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s → %s', (file, [recommendation, decidingQuestion]) => {
    const decision = decide(answersFile(file));
    expect(decision.recommendation).toBe(recommendation);
    // The last decide-stage step is the one that settled it.
    const decideSteps = decision.path.filter((step) => QUESTIONS.find((q) => q.id === step.question)!.stage === 'decide');
    expect(decideSteps.at(-1)!.question).toBe(decidingQuestion);
    expect(decision.reasons.length).toBeGreaterThan(0);
  });
});

describe('questions that do not matter are skipped', () => {
  it('nothing more is asked once a run is over 15 minutes', () => {
    expect(nextQuestion({ max_execution_minutes: 30 })).toBeNull();
  });

  it('the volume is not asked when the traffic is variable, and caveats are asked after', () => {
    const answers: Answers = { max_execution_minutes: 1, needs_gpu: false, memory_gb: 1, needs_sub_10ms_latency: false, persistent_connections: false, traffic_pattern: 'diurnal' };
    expect(nextQuestion(answers)?.id).toBe('stateful_workflows');
  });

  it('the engineering-time question comes only past 50M steady requests', () => {
    const base: Answers = { max_execution_minutes: 1, needs_gpu: false, memory_gb: 1, needs_sub_10ms_latency: false, persistent_connections: false, traffic_pattern: 'steady' };
    expect(nextQuestion({ ...base, requests_per_month: 49_999_999 })?.id).toBe('stateful_workflows');
    expect(nextQuestion({ ...base, requests_per_month: 50_000_000 })?.id).toBe('engineering_time_more_valuable');
  });

  it('asks the questions in the order of the tree', () => {
    const answers: Answers = {};
    const asked: string[] = [];
    const replies: Answers = { ...answersFile('steady-large-small-team.yaml') };
    for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
      asked.push(q.id);
      (answers as Record<string, unknown>)[q.id] = replies[q.id];
    }
    expect(asked).toEqual(decide(answers).path.map((step) => step.question));
  });
});

describe('a scenario’s costs weigh in at the volume question', () => {
  const steady: Answers = {
    max_execution_minutes: 0.01,
    needs_gpu: false,
    memory_gb: 1,
    needs_sub_10ms_latency: false,
    persistent_connections: false,
    traffic_pattern: 'steady',
    engineering_time_more_valuable: false,
    stateful_workflows: false,
    uses_relational_database: false,
    aws_committed: true,
  };
  const containersCheaper: CostEvidence = { cheapest: 'ec2', serverlessUsd: '$300.00', containersUsd: '$120.00', containerName: 'EC2' };
  const serverlessCheaper: CostEvidence = { cheapest: 'serverless', serverlessUsd: '$90.00', containersUsd: '$120.00', containerName: 'EC2' };

  it('overrides "under 50M is serverless" when containers cost less, and says so', () => {
    const decision = decide({ ...steady, requests_per_month: 30_000_000 }, containersCheaper);
    expect(decision.recommendation).toBe('containers');
    expect(decision.reasons.join(' ')).toContain('The cost comparison overrides the 50M-requests rule of thumb.');
  });

  it('overrides "over 50M is containers" when serverless costs less', () => {
    const decision = decide({ ...steady, requests_per_month: 80_000_000 }, serverlessCheaper);
    expect(decision.recommendation).toBe('serverless');
    expect(decision.reasons.join(' ')).toContain('overrides the 50M-requests rule of thumb');
  });

  it('says nothing of an override when the costs agree with the rule', () => {
    const decision = decide({ ...steady, requests_per_month: 10_000_000 }, serverlessCheaper);
    expect(decision.recommendation).toBe('serverless');
    expect(decision.reasons.join(' ')).not.toContain('overrides');
  });
});

describe('caveats', () => {
  it('serverless with variable traffic and a relational database gets cold starts and a connection proxy', () => {
    const decision = decide({ ...answersFile('spiky-api.yaml'), uses_relational_database: true });
    expect(decision.caveats.some((c) => c.startsWith('Cold starts'))).toBe(true);
    expect(decision.caveats.some((c) => c.includes('RDS Proxy'))).toBe(true);
  });
  it('a run close to the 15-minute limit says so on the path and in a caveat, as estimate warns past 80% of it', () => {
    const near = decide({ ...answersFile('spiky-api.yaml'), max_execution_minutes: 14.9 });
    expect(near.recommendation).toBe('serverless');
    expect(near.path[0]!.implies).toBe('fits in Lambda’s 15-minute limit, but close to it');
    expect(near.caveats).toContain(
      'Close to the time limit: the longest run, about 14.9 minutes, is over 80% of Lambda’s 15, and a slower run is cut off; split the work (Step Functions) or run it as a Fargate task.',
    );
    const atEightyPercent = decide({ ...answersFile('spiky-api.yaml'), max_execution_minutes: 12 });
    expect(atEightyPercent.path[0]!.implies).toBe('fits in Lambda’s 15-minute limit');
    expect(atEightyPercent.caveats.join(' ')).not.toContain('time limit');
  });
  it('containers on steady load get the commitment caveat', () => {
    expect(decide(answersFile('steady-large-platform-team.yaml')).caveats[0]).toMatch(/^Steady load: commit to it/);
  });
});
