import { giveFirstFree } from './first-free.ts';
import type { SlugClaim } from './slug-candidates.ts';
import type { LedgerEntry, SlugLedger } from './slug-ledger.ts';

/**
 * Give every plan its permanent slug (by notice file name), and the ledger that records it.
 *
 * Why a ledger: a URL cited for years must not move when other notices come, go or are renamed,
 * and yet two notices of one place and period are common (a 实施方案 and its 任务分工). A slug
 * computed from the whole collection (the first file keeps `yinzhou-2018`, the next gets `-2`)
 * moves when a file that sorts first arrives. A slug computed from the plan alone never moves,
 * but to never collide it must always carry its disambiguator (type, 文号 or a digest) — long
 * URLs for everyone, and the five slugs already cited would change. So the slug is built from
 * the plan's own facts only (slugCandidates: place-period, then type, 文号, digest; claimSlug
 * draws them when the plan is parsed), and the ledger (content/slugs.json, committed) freezes it
 * once given:
 *
 * - a plan in the ledger keeps its slug, found by its file name, or by its bytes when renamed;
 * - a new plan takes its first candidate that no ledger entry holds (removed plans included:
 *   their URLs are never given to another plan) and that no other new plan wants at the same
 *   step: contested candidates go to nobody, so which file sorts first never matters;
 * - a plan whose notice is gone stays in the ledger, marked removed (a tombstone).
 *
 * The result depends on the input's order in no way, and an assigned slug depends on nothing
 * but the ledger entry that holds it.
 */
export function assignSlugs(plans: readonly SlugClaim[], ledger: SlugLedger): { slugs: Map<string, string>; ledger: SlugLedger } {
  const present = new Set(plans.map((plan) => plan.source.file));
  const bySource = new Map(ledger.plans.map((entry) => [entry.source, entry]));
  // A renamed notice: its old name is gone and exactly one new name holds the same bytes.
  const vanished = ledger.plans.filter((entry) => !present.has(entry.source));
  const newcomers = plans.filter((plan) => !bySource.has(plan.source.file));
  const heirs = Map.groupBy(newcomers, (plan) => plan.source.sha256);
  const rivals = Map.groupBy(vanished, (entry) => entry.sha256);
  const renamed = new Map<string, LedgerEntry>();
  for (const [sha256, [entry, ...others]] of rivals) {
    const [heir, ...more] = heirs.get(sha256) ?? [];
    if (heir && more.length === 0 && others.length === 0) renamed.set(heir.source.file, entry!);
  }

  const slugOf = new Map<string, string>();
  for (const plan of plans) {
    const entry = bySource.get(plan.source.file) ?? renamed.get(plan.source.file);
    if (entry) slugOf.set(plan.source.file, entry.slug);
  }
  const waiting = plans.filter((plan) => !slugOf.has(plan.source.file));
  const taken = new Set(ledger.plans.map((entry) => entry.slug));
  for (const [file, slug] of giveFirstFree(waiting.map((plan) => ({ id: plan.source.file, candidates: plan.candidates })), taken)) slugOf.set(file, slug);

  const entries = new Map<string, LedgerEntry>(ledger.plans.map((entry) => [entry.slug, { ...entry, removed: !present.has(entry.source) }]));
  for (const plan of plans) {
    const slug = slugOf.get(plan.source.file)!;
    entries.set(slug, { slug, source: plan.source.file, sha256: plan.source.sha256, removed: false });
  }
  return { slugs: slugOf, ledger: { ...ledger, plans: [...entries.values()] } };
}
