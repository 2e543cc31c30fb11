import { t } from '../../i18n/zh-CN.ts';
import type { Crumb } from '../breadcrumbs.ts';
import { paths, url } from '../urls.ts';

/** The crumb of the themes index, parent of every theme page. */
export const themesCrumb = (): Crumb => ({ label: t.insight.nav.themes, href: url(paths.themes()) });

/** The crumb of the cross-plan targets page, parent of the timeline. */
export const targetsCrumb = (): Crumb => ({ label: t.insight.nav.targets, href: url(paths.targets()) });
