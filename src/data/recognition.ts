import type { Kudos, Site } from './site.ts';
import type { Badge } from '../lib/content/schema/site.ts';
import { assignBadges, type HeldBadge } from '../lib/recognition/assignBadges.ts';
import { kudosByBadge, kudosByDepartment } from '../lib/recognition/groupRecognition.ts';

/** What the recognition wall's pages share: the public kudos by badge and by department, and the filters. */
export interface Wall {
  byBadge: Map<string, Kudos[]>;
  byDepartment: Map<string, Kudos[]>;
  /** Badges that have public kudos, in site.yaml's order. */
  badges: Badge[];
  /** Departments whose people received public kudos, by name. */
  departments: { id: string; name: string }[];
}

const badgeCache = new WeakMap<Site, Map<string, HeldBadge[]>>();
const wallCache = new WeakMap<Site, Wall>();

/** The badges each public person holds, computed once per site model (see `assignBadges`). */
export function getBadges(site: Site): Map<string, HeldBadge[]> {
  let badges = badgeCache.get(site);
  if (!badges) badgeCache.set(site, (badges = assignBadges(site)));
  return badges;
}

/** The recognition wall's groups and filters, computed once per site model. */
export function getWall(site: Site): Wall {
  let wall = wallCache.get(site);
  if (!wall) {
    const byBadge = kudosByBadge(site.kudos);
    const byDepartment = kudosByDepartment(site.kudos);
    wall = {
      byBadge,
      byDepartment,
      badges: site.site.badges.filter((badge) => byBadge.has(badge.id)),
      departments: site.departments
        .filter((department) => byDepartment.has(department.id))
        .map((department) => ({ id: department.id, name: department.data.name })),
    };
    wallCache.set(site, wall);
  }
  return wall;
}
