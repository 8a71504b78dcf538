// "Should it be serverless?" as data: the questions, their hints, and what each
// answer implies, after the source documents' decision framework and
// anti-pattern table. Adding a question is one entry here. The evaluation is
// pure: answers in, a recommendation with its path, reasons and caveats out.

import { MOST_REQUESTS_PER_MONTH } from '../core/requests-written.js';

export type Recommendation = 'serverless' | 'containers' | 'vm' | 'hybrid';
export type TrafficPattern = 'steady' | 'diurnal' | 'spiky' | 'unpredictable';

export interface Answers {
  max_execution_minutes?: number;
  needs_gpu?: boolean;
  memory_gb?: number;
  needs_sub_10ms_latency?: boolean;
  persistent_connections?: boolean;
  traffic_pattern?: TrafficPattern;
  requests_per_month?: number;
  engineering_time_more_valuable?: boolean;
  stateful_workflows?: boolean;
  aws_committed?: boolean;
  uses_relational_database?: boolean;
}

export type QuestionId = keyof Answers;

/** What the cost comparison of a scenario says, when there is one. */
export interface CostEvidence {
  /** The id of the cheapest platform: `serverless` or another. */
  readonly cheapest: string;
  /** Cheapest container platform's name and the monthly totals, for the words of the override. */
  readonly serverlessUsd: string;
  readonly containersUsd: string | null;
  readonly containerName: string | null;
  /** How much less the cheapest container platform costs a month than serverless, when it costs less. */
  readonly containersSaveUsd?: string | null;
}

interface Verdict {
  /** What this answer implies, in words, for the path. */
  readonly implies: string;
  /** Set when this answer settles the recommendation. */
  readonly decides?: Recommendation;
  readonly reason?: string;
}

interface QuestionBase {
  readonly id: QuestionId;
  readonly prompt: string;
  /** One line on why the question matters. */
  readonly hint: string;
  /** Asked only while the recommendation is open (`decide`), or afterwards for caveats (`caveat`). */
  readonly stage: 'decide' | 'caveat';
  /** Whether the question matters given the answers so far and the recommendation, if made. */
  readonly when?: (answers: Answers, decided: Recommendation | null) => boolean;
  readonly verdict: (answers: Answers, costs: CostEvidence | null) => Verdict;
  /** The question as asked when a priced scenario knows something it turns on, such as the cost difference. */
  readonly promptWith?: (costs: CostEvidence) => string | null;
}

export type Question =
  | (QuestionBase & { readonly kind: 'boolean'; readonly default: boolean })
  | (QuestionBase & { readonly kind: 'number'; readonly default: number; readonly min: number; readonly max: number; readonly unit: string })
  | (QuestionBase & { readonly kind: 'choice'; readonly default: TrafficPattern; readonly choices: readonly { value: TrafficPattern; name: string; description: string }[] });

const LAMBDA_MAX_MINUTES = 15;
/** A run longer than this share of the limit is close to it, as `estimate`'s `execution_time_limit` warning has it. */
const CLOSE_TO_LIMIT = 0.8;
const closeToTimeLimit = (a: Answers) => (a.max_execution_minutes ?? 0) > CLOSE_TO_LIMIT * LAMBDA_MAX_MINUTES;
const LAMBDA_MAX_MEMORY_GB = 10;
/** The documents' rule of thumb: under this, serverless is almost certainly cheaper. */
const VOLUME_RULE = 50_000_000;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'max_execution_minutes',
    kind: 'number',
    stage: 'decide',
    prompt: 'How long does the longest single run take, in minutes?',
    hint: 'Lambda stops any invocation at 15 minutes; longer work needs a process that keeps running.',
    default: 1,
    min: 0,
    max: 100_000,
    unit: 'minutes',
    verdict: (a) =>
      (a.max_execution_minutes ?? 0) > LAMBDA_MAX_MINUTES
        ? {
            implies: 'over Lambda’s 15-minute limit',
            decides: 'containers',
            reason: 'Runs longer than 15 minutes cannot be Lambda invocations: run them as ECS/Fargate tasks, AWS Batch jobs or on EC2.',
          }
        : { implies: closeToTimeLimit(a) ? 'fits in Lambda’s 15-minute limit, but close to it' : 'fits in Lambda’s 15-minute limit' },
  },
  {
    id: 'needs_gpu',
    kind: 'boolean',
    stage: 'decide',
    prompt: 'Does it need a GPU?',
    hint: 'Lambda and Fargate have no GPUs; GPU work runs on EC2 instances (or SageMaker).',
    default: false,
    verdict: (a) =>
      a.needs_gpu
        ? { implies: 'needs GPU instances', decides: 'vm', reason: 'Neither Lambda nor Fargate offers GPUs: run it on EC2 GPU instances (or a managed service such as SageMaker).' }
        : { implies: 'no GPU needed' },
  },
  {
    id: 'memory_gb',
    kind: 'number',
    stage: 'decide',
    prompt: 'How much memory does one run need, in GB?',
    hint: 'A Lambda function has at most 10 GB of memory and 6 vCPUs; Fargate tasks go to 120 GB.',
    default: 1,
    min: 0,
    max: 24_576,
    unit: 'GB',
    verdict: (a) =>
      (a.memory_gb ?? 0) > LAMBDA_MAX_MEMORY_GB
        ? {
            implies: 'more memory than a Lambda function can have',
            decides: 'containers',
            reason: 'Over 10 GB of memory is beyond Lambda: Fargate tasks (up to 120 GB) or EC2 instances fit.',
          }
        : { implies: 'fits in a Lambda function’s memory' },
  },
  {
    id: 'needs_sub_10ms_latency',
    kind: 'boolean',
    stage: 'decide',
    prompt: 'Must it answer in under 10 ms, consistently?',
    hint: 'Cold starts add 100 ms to several seconds now and then; provisioned concurrency shrinks that but not to zero.',
    default: false,
    verdict: (a) =>
      a.needs_sub_10ms_latency
        ? { implies: 'latency-critical', decides: 'containers', reason: 'Consistent sub-10 ms responses need processes that are always warm: containers (ECS/EKS) or EC2.' }
        : { implies: 'occasional cold starts are acceptable' },
  },
  {
    id: 'persistent_connections',
    kind: 'boolean',
    stage: 'decide',
    prompt: 'Does it hold long-lived connections (WebSockets, streaming, chat)?',
    hint: 'Functions are stateless and short-lived; API Gateway WebSockets work but bill every connection-minute.',
    default: false,
    verdict: (a) =>
      a.persistent_connections
        ? {
            implies: 'long-lived connections',
            decides: 'hybrid',
            reason: 'Keep the long-lived connections on containers (or a dedicated WebSocket server) and run the request/response and event work as functions.',
          }
        : { implies: 'request/response or events' },
  },
  {
    id: 'traffic_pattern',
    kind: 'choice',
    stage: 'decide',
    prompt: 'What does the traffic look like over a month?',
    hint: 'Functions cost nothing when idle and scale with each request; a server costs the same busy or idle.',
    default: 'steady',
    choices: [
      { value: 'steady', name: 'steady', description: 'about the same load around the clock' },
      { value: 'diurnal', name: 'diurnal', description: 'busy hours every day, quiet nights' },
      { value: 'spiky', name: 'spiky', description: 'quiet most of the time, bursts or event days' },
      { value: 'unpredictable', name: 'unpredictable', description: 'no telling when load comes' },
    ],
    verdict: (a) =>
      a.traffic_pattern === 'steady'
        ? { implies: 'steady load: volume decides' }
        : {
            implies: 'variable load favours paying per request',
            decides: 'serverless',
            reason: `${a.traffic_pattern === 'diurnal' ? 'A daily rhythm of busy and quiet hours' : 'Bursty or unpredictable traffic'} suits functions: they scale with each request and cost nothing when idle, where a fleet must be sized for the peak.`,
          },
  },
  {
    id: 'requests_per_month',
    kind: 'number',
    stage: 'decide',
    prompt: 'About how many requests a month?',
    hint: 'With steady load, per-request billing overtakes a fleet somewhere around 10–50 million requests a month.',
    default: 10_000_000,
    min: 0,
    max: MOST_REQUESTS_PER_MONTH,
    unit: 'requests',
    verdict: (a, costs) => {
      const volume = a.requests_per_month ?? 0;
      const rule = volume < VOLUME_RULE;
      if (costs && costs.containerName) {
        const serverlessCheaper = costs.cheapest === 'serverless';
        const reason = serverlessCheaper
          ? `The priced scenario: serverless ${costs.serverlessUsd} a month against ${costs.containerName} ${costs.containersUsd}.`
          : `The priced scenario: ${costs.containerName} ${costs.containersUsd} a month against serverless ${costs.serverlessUsd}.`;
        const override = serverlessCheaper !== rule ? ' The cost comparison overrides the 50M-requests rule of thumb.' : '';
        return serverlessCheaper
          ? {
              implies: `serverless is cheaper at this volume${override ? ' (cost comparison overrides the rule of thumb)' : ''}`,
              decides: 'serverless',
              reason: `${reason}${override}`,
            }
          : { implies: `containers are cheaper at this volume${override ? ' (cost comparison overrides the rule of thumb)' : ''}`, reason: `${reason}${override}` };
      }
      return rule
        ? { implies: 'under 50M requests a month', decides: 'serverless', reason: 'Under about 50M requests a month, serverless is almost certainly the cheaper option.' }
        : { implies: '50M requests a month or more: a fleet is likely cheaper' };
    },
  },
  {
    id: 'engineering_time_more_valuable',
    kind: 'boolean',
    stage: 'decide',
    prompt: 'Is your engineers’ time worth more than the difference in compute cost?',
    hint: 'Servers need patching, scaling and capacity planning; functions leave that to AWS.',
    default: true,
    promptWith: (costs) =>
      costs.containersSaveUsd
        ? `${costs.containerName} would cost ${costs.containersSaveUsd} a month less than serverless (${costs.containersUsd} against ${costs.serverlessUsd}). Is your engineers’ time worth more than ${costs.containersSaveUsd} a month?`
        : null,
    verdict: (a) =>
      a.engineering_time_more_valuable
        ? {
            implies: 'operations effort outweighs compute cost',
            decides: 'serverless',
            reason: 'At this volume containers would cost less to run, but the time not spent operating servers is worth more to you.',
          }
        : {
            implies: 'compute cost outweighs operations effort',
            decides: 'containers',
            // Not "high volume": with a scenario, the cost comparison reaches this question below the 50M rule of thumb too.
            reason: 'Steady load at this volume is cheaper on containers with committed (reserved or Savings Plan) pricing.',
          },
  },
  {
    id: 'stateful_workflows',
    kind: 'boolean',
    stage: 'caveat',
    prompt: 'Does it run complex, long-running stateful workflows?',
    hint: 'Functions keep no state between calls; orchestration then lives in Step Functions and a database.',
    default: false,
    when: (_a, decided) => decided === 'serverless' || decided === 'hybrid',
    verdict: (a) => ({ implies: a.stateful_workflows ? 'state lives in Step Functions and a database' : 'no complex workflow state' }),
  },
  {
    id: 'uses_relational_database',
    kind: 'boolean',
    stage: 'caveat',
    prompt: 'Does it talk to a relational database (PostgreSQL, MySQL)?',
    hint: 'Hundreds of concurrent functions can exhaust a database’s connections.',
    default: false,
    when: (_a, decided) => decided === 'serverless' || decided === 'hybrid',
    verdict: (a) => ({ implies: a.uses_relational_database ? 'connections need pooling' : 'no relational connections to pool' }),
  },
  {
    id: 'aws_committed',
    kind: 'boolean',
    stage: 'caveat',
    prompt: 'Are you committed to AWS already?',
    hint: 'Lambda ties code to AWS events and services; containers move between clouds more easily.',
    default: true,
    when: (_a, decided) => decided === 'serverless' || decided === 'hybrid',
    verdict: (a) => ({ implies: a.aws_committed ? 'Lambda is a natural extension' : 'portability matters' }),
  },
];

/** The question's words, with what a priced scenario knows of it. */
export function promptOf(question: Question, costs: CostEvidence | null): string {
  return (costs && question.promptWith?.(costs)) ?? question.prompt;
}

export interface Step {
  readonly question: QuestionId;
  readonly prompt: string;
  /** Null for a caveat question the answers leave out: it changes no recommendation, so the decision stands without it. */
  readonly answer: Answers[QuestionId] | null;
  readonly implies: string;
}

export interface Decision {
  readonly recommendation: Recommendation;
  readonly path: readonly Step[];
  readonly reasons: readonly string[];
  readonly caveats: readonly string[];
}

/** The recommendation the decide-stage answers so far settle on, if any. */
function settled(answers: Answers, costs: CostEvidence | null): Recommendation | null {
  // In the tree's order, as decide walks it: a later answer settles nothing while an earlier question is open
  // (a scenario answers the traffic questions, but not whether the work needs a GPU).
  for (const question of QUESTIONS) {
    if (question.stage !== 'decide') continue;
    if (answers[question.id] === undefined) return null;
    const decides = question.verdict(answers, costs).decides;
    if (decides) return decides;
  }
  return null;
}

/** The next question that matters, or null when the answers are enough. */
export function nextQuestion(answers: Answers, costs: CostEvidence | null = null): Question | null {
  const decided = settled(answers, costs);
  for (const question of QUESTIONS) {
    if (answers[question.id] !== undefined) continue;
    // Decide-stage questions until one settles it; caveat questions only after, and only where they apply.
    if ((question.stage === 'decide') === (decided !== null)) continue;
    if (question.when && !question.when(answers, decided)) continue;
    return question;
  }
  return null;
}

/** The recommendation, the path that led to it, the reasons and the caveats. Every question on the path must be answered. */
export function decide(answers: Answers, costs: CostEvidence | null = null): Decision {
  const path: Step[] = [];
  const reasons: string[] = [];
  let recommendation: Recommendation | null = null;
  for (const question of QUESTIONS) {
    const relevant = question.stage === 'decide' ? recommendation === null : recommendation !== null && (!question.when || question.when(answers, recommendation));
    if (!relevant) continue;
    const answer = answers[question.id];
    if (answer === undefined && question.stage === 'caveat') {
      // An answers file written before the question was added keeps working: the caveat is marked as not asked.
      path.push({ question: question.id, prompt: promptOf(question, costs), answer: null, implies: 'not asked: any caveat it would add is left out' });
      continue;
    }
    if (answer === undefined) throw new MissingAnswer(question);
    const verdict = question.verdict(answers, costs);
    path.push({ question: question.id, prompt: promptOf(question, costs), answer, implies: verdict.implies });
    if (verdict.reason) reasons.push(verdict.reason);
    if (verdict.decides) recommendation = verdict.decides;
  }
  if (!recommendation) throw new Error('the decision tree ended without a recommendation');
  return { recommendation, path, reasons, caveats: caveats(recommendation, answers, costs) };
}

export class MissingAnswer extends Error {
  constructor(readonly question: Question) {
    super(`no answer to ${question.id}`);
  }
}

function caveats(recommendation: Recommendation, a: Answers, costs: CostEvidence | null): string[] {
  const found: string[] = [];
  const functions = recommendation === 'serverless' || recommendation === 'hybrid';
  if (functions && a.traffic_pattern !== 'steady') {
    found.push(
      'Cold starts: a new environment adds 100 ms to several seconds to its first request; if users notice, price provisioned concurrency (provisioned_concurrency in a scenario).',
    );
  }
  if (functions && closeToTimeLimit(a)) {
    found.push(
      `Close to the time limit: the longest run, about ${Math.round(a.max_execution_minutes! * 10) / 10} minutes, is over 80% of Lambda’s 15, and a slower run is cut off; split the work (Step Functions) or run it as a Fargate task.`,
    );
  }
  if (functions && (a.uses_relational_database ?? false)) {
    found.push('Connections to a relational database need a proxy (RDS Proxy) or a pool, or concurrent functions will exhaust them.');
  }
  if (functions && a.stateful_workflows) {
    found.push('Complex stateful workflows go through Step Functions (state transitions are billed) and a database; a workflow engine on containers can be simpler.');
  }
  if (functions) {
    found.push('Set a throttle (API Gateway rate and burst limits) and a budget alarm: a function scales with any traffic, bots included, and so does its bill.');
  }
  if ((recommendation === 'containers' || recommendation === 'vm') && a.traffic_pattern === 'steady') {
    found.push('Steady load: commit to it (Compute Savings Plans or reserved instances take roughly 30–50% off on-demand prices).');
  }
  if (functions && a.aws_committed === false) {
    found.push('Lock-in: keep business logic in plain modules and the infrastructure in code (CDK, Terraform) so that it can move.');
  }
  if (costs && !costs.containerName) found.push('The scenario has no containers block, so only the serverless side is priced.');
  return found;
}
