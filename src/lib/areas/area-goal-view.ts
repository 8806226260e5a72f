import { areaPath, goalPath, ogImagePath, regionPath } from '../paths.ts';
import type { AreaGoal } from './area-goals.ts';
import { getAreaContext, type AreaContext, type AreaPageProps } from './area-pages.ts';
import { areaPages, areaViewBase, type AreaPageKind, type AreaViewBase } from './area-view-base.ts';

/** The props of an area's page for one goal. */
export interface AreaGoalPageProps extends AreaPageProps {
  goal: AreaGoal;
}

/** A municipality's or region's page for one goal. */
export interface AreaGoalPageView extends AreaViewBase {
  goal: AreaGoal;
  title: string;
  /** The page's preview image. */
  ogImage: string;
  description: string;
  /** The goal's page for the municipality's region; null on a region's page. */
  regionLink: { href: string; name: string } | null;
  /** The goal across the years. */
  goalHref: string;
  /** The goal's section on the area's overview page. */
  sectionHref: string;
  /** The area's page for each goal, by goal id. */
  goalPageHrefs: Record<string, string>;
}

/** getStaticPaths of the per-goal pages of one kind of area. */
export async function areaGoalPaths(
  kind: AreaPageKind,
): Promise<{ params: { slug: string; goal: string }; props: AreaGoalPageProps }[]> {
  const [pages, { goals }] = await Promise.all([areaPages(kind), getAreaContext()]);
  return pages.flatMap((props) =>
    goals.map((goal) => ({
      params: { slug: props.area.slug, goal: goal.goal.id },
      props: { ...props, goal },
    })),
  );
}

/** An area's page for one goal: its chart or what the letters say, and links to the other goals. */
export function areaGoalView(props: AreaGoalPageProps, context: AreaContext): AreaGoalPageView {
  const { area, region, goal } = props;
  const { data } = goal.goal;
  const titleFor = (name: string): string => `${data.title} i ${name}`;
  const base = areaViewBase(props, context, {
    titleFor,
    goalNumber: data.number,
    compared: goal.indicator ? [goal] : null,
  });
  const wording = `${data.wording.charAt(0).toLowerCase()}${data.wording.slice(1)}`;
  const about = `${goal.indicator ? 'tallene' : 'det, brevene skriver'} for ${area.name}${region ? '' : ' og dens kommuner'}`;
  return {
    ...base,
    goal,
    title: titleFor(area.name),
    ogImage: ogImagePath(areaPath(area, goal.goal.id)),
    description: `Mål ${data.number}, ${wording}: ${about}.`,
    trail: [...base.trail, { href: base.areaHref, label: area.name }],
    regionLink: region ? { href: regionPath(region.slug, goal.goal.id), name: region.name } : null,
    goalHref: goalPath(goal.goal.id),
    sectionHref: `${base.areaHref}#${goal.goal.id}`,
    goalPageHrefs: Object.fromEntries(
      base.goals.map(({ goal: other }) => [other.id, areaPath(area, other.id)]),
    ),
  };
}
