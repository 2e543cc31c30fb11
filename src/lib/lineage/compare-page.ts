/**
 * The any-two comparison's script (bundled by scripts/compare/bundle-compare-client.ts into
 * compare/compare.js, a plain script, so it also runs from file://). Reads the two plans from the
 * page's URL (?a=<slug>&b=<slug>), loads their data scripts (compare/data/<slug>.js), matches
 * their actions with the code the same-place pages run (compare-pair.ts → match-actions.ts) and
 * shows the rows. Browser only.
 */
import { lineageStrings } from '../../i18n/zh-CN-lineage.ts';
import { loadData, storeData } from '../search/loader.ts';
import { COMPARE_REGISTRY, compareDataPath, type ComparePlan, type CompareRegistry } from './compare-data.ts';
import { comparePair } from './compare-pair.ts';
import { pairHeading, renderComparison } from './compare-table.ts';
import { readPlanRef } from './plan-ref.ts';

const s = lineageStrings.compareAny;

// The script lives in <root>/compare/: every URL it makes is resolved from its own, so the page
// works at a web root, under a sub-path and from disk.
const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('../', script?.src ?? location.href);

/** The two fields of the form, by their query name. */
const FIELDS = [
  ['a', s.planA],
  ['b', s.planB],
] as const;

interface Ui {
  form: HTMLFormElement;
  inputs: Record<'a' | 'b', HTMLInputElement>;
  status: HTMLElement;
  result: HTMLElement;
  heading: HTMLElement;
}

/** A message that stops the comparison, with the field to fix. */
class Refusal extends Error {
  readonly field: 'a' | 'b' | null;
  constructor(message: string, field: 'a' | 'b' | null = null) {
    super(message);
    this.field = field;
  }
}

function say(ui: Ui, state: 'idle' | 'loading' | 'done' | 'error', message: string): void {
  ui.status.textContent = message;
  ui.status.dataset['state'] = state;
}

async function loadPlan(field: 'a' | 'b', label: string, slug: string): Promise<ComparePlan> {
  try {
    return await loadData<ComparePlan>(new URL(compareDataPath(slug), root).href, `plan ${slug}`);
  } catch {
    // From disk and over http alike a missing file fails the script's load: the plan is not in this site.
    throw new Refusal(s.unknown(label, slug), field);
  }
}

async function compare(ui: Ui): Promise<void> {
  const given = FIELDS.map(([field, label]) => ({ field, label, input: ui.inputs[field].value.trim() }));
  const named = given.filter(({ input }) => input !== '');
  if (named.length === 0) return say(ui, 'idle', s.prompt);
  const refs = named.map(({ field, label, input }) => {
    const slug = readPlanRef(input);
    if (!slug) throw new Refusal(s.unreadable(label, input), field);
    return { field, label, slug };
  });
  say(ui, 'loading', s.loading);
  const plans = await Promise.all(refs.map(({ field, label, slug }) => loadPlan(field, label, slug)));
  const [a, b] = plans;
  if (!a) throw new Error('no plan named');
  if (!b) {
    const missing = given.find(({ input }) => input === '')!.field;
    ui.inputs[missing].focus();
    return say(ui, 'idle', s.chosen(`《${a.title}》（${s.plan(a.place, a.label)}）`));
  }
  if (a.slug === b.slug) throw new Refusal(s.same, 'b');
  const pair = comparePair(a, b);
  const heading = pairHeading(pair);
  ui.heading.textContent = heading;
  document.title = `${heading} - ${document.title}`;
  ui.result.append(renderComparison(pair, root));
  ui.result.hidden = false;
  say(ui, 'done', s.done(pair.rows.length));
}

function findUi(): Ui | null {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const result = document.querySelector<HTMLElement>('[data-compare-result]');
  const heading = document.querySelector<HTMLElement>('h1');
  const a = form?.elements.namedItem('a');
  const b = form?.elements.namedItem('b');
  if (!form || !status || !result || !heading || !(a instanceof HTMLInputElement) || !(b instanceof HTMLInputElement)) return null;
  return { form, inputs: { a, b }, status, result, heading };
}

function start(): void {
  const ui = findUi();
  if (!ui) return;
  const query = new URLSearchParams(location.search);
  for (const [field] of FIELDS) ui.inputs[field].value = query.get(field) ?? '';
  // A pasted address is sent as the slug it names, so the page's URL, which staff cite, stays short.
  ui.form.addEventListener('submit', () => {
    for (const [field] of FIELDS) ui.inputs[field].value = readPlanRef(ui.inputs[field].value) ?? ui.inputs[field].value.trim();
  });
  compare(ui).catch((error: unknown) => {
    if (!(error instanceof Refusal)) console.error(error);
    if (error instanceof Refusal && error.field) ui.inputs[error.field].setAttribute('aria-invalid', 'true');
    say(ui, 'error', error instanceof Refusal ? error.message : s.failed);
  });
}

const registry: CompareRegistry = { plan: (slug, data) => storeData(`plan ${slug}`, data) };
(window as unknown as Record<string, CompareRegistry>)[COMPARE_REGISTRY] = registry;
start();
