import type { Area } from '../data/areas.ts';
import { areaPath, ogImagePath, regionPath } from '../paths.ts';
import { areaCitation, type AreaCitation } from './area-citation.ts';
import type { AreaGoal } from './area-goals.ts';
import type { AreaContext, AreaPageProps } from './area-pages.ts';
import { areaPages, areaViewBase, type AreaPageKind, type AreaViewBase } from './area-view-base.ts';
import { goalLinkText } from './goal-link-text.ts';

export type { AreaPageProps };

/** A municipality's or region's overview page: every goal, each in its own section. */
export interface AreaPageView extends AreaViewBase {
  title: string;
  /** The page's preview image. */
  ogImage: string;
  /** The goal whose chart is the page's preview image: the first goal with an indicator; null if none has one. */
  previewGoal: AreaGoal | null;
  description: string;
  /** The "Sådan citerer du" box. */
  citation: AreaCitation;
  /** A municipality's region, linked; null on a region's page. */
  regionLink: { href: string; name: string } | null;
  lead: string;
  /** Each goal's section, with a link to the goal's own page for the area. */
  sections: { goal: AreaGoal; pageHref: string; linkText: string }[];
  /** A region's municipalities, listed before the goals, or a municipality's neighbours, after them. */
  municipalityList: { heading: string; municipalities: Area[]; beforeGoals: boolean };
}

/** getStaticPaths of the overview pages of one kind of area. */
export async function areaPagePaths(
  kind: AreaPageKind,
): Promise<{ params: { slug: string }; props: AreaPageProps }[]> {
  return (await areaPages(kind)).map((props) => ({ params: { slug: props.area.slug }, props }));
}

const titleFor = (name: string): string => `${name}: de beskæftigelsespolitiske mål`;

/** The overview page of a municipality or region, from its props and the areas' shared context. */
export function areaPageView(props: AreaPageProps, context: AreaContext): AreaPageView {
  const { area, region, neighbours } = props;
  const measured = context.goals.filter((goal) => goal.indicator !== null);
  const base = areaViewBase(props, context, { titleFor, compared: measured });
  const shared = {
    ...base,
    title: titleFor(area.name),
    ogImage: ogImagePath(base.areaHref),
    previewGoal: measured[0] ?? null,
    citation: areaCitation(titleFor(area.name), measured),
    sections: base.goals.map((goal) => ({
      goal,
      pageHref: areaPath(area, goal.goal.id),
      linkText: goalLinkText(goal, area.name),
    })),
  };
  if (!region)
    return {
      ...shared,
      description: `Tallene for ${area.name} og regionens ${neighbours.length} kommuner for de beskæftigelsespolitiske mål 2022–2024.`,
      regionLink: null,
      lead: `De fem beskæftigelsespolitiske mål for ${area.name} og dens kommuner, med regionens tal ved siden af hele landets.`,
      municipalityList: { heading: 'Kommunerne i regionen', municipalities: neighbours, beforeGoals: true },
    };
  return {
    ...shared,
    description: `Tallene for ${area.name} for de beskæftigelsespolitiske mål 2022–2024, sammenlignet med ${region.name} og hele landet.`,
    regionLink: { href: regionPath(region.slug), name: region.name },
    lead: `De fem beskæftigelsespolitiske mål for ${area.name}. For ${measured.length} af målene viser siden ${
      measured.some((goal) => goal.indicator?.meta.sample)
        ? "eksempeldata, dannet efter Jobindsats' målinger"
        : 'indikatoren fra Jobindsats.dk'
    }; for de øvrige, hvad ministerens breve skriver.`,
    municipalityList: {
      heading: `Andre kommuner i ${region.name}`,
      municipalities: neighbours.filter((other) => other.code !== area.code),
      beforeGoals: false,
    },
  };
}
