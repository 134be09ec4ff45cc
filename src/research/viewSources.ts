import { statusAt } from '../data/derive';
import type { Relations, Source } from '../data/schema';

export interface ViewSelection {
  year: number;
  missionId: string | null;
  eventId: string | null;
}

/**
 * The sources behind what a view shows, in the order they are first cited: an event's (and those
 * of the accounts of any disagreement about it); a mission's whole status history; with nothing
 * selected, each mission's status in the year. What a reader should cite, beside the atlas.
 */
export function sourcesBehind(data: Relations, view: ViewSelection): Source[] {
  const ids: string[] = [];
  const discrepancyIds: string[] = [];
  const event = view.eventId ? data.events.find((e) => e.id === view.eventId) : undefined;
  const mission = view.missionId ? data.missions.find((m) => m.id === view.missionId) : undefined;
  if (event) {
    ids.push(...event.sources);
    if (event.discrepancyId) discrepancyIds.push(event.discrepancyId);
  } else if (mission) {
    for (const interval of mission.statuses) {
      ids.push(...interval.sources);
      if (interval.discrepancyId) discrepancyIds.push(interval.discrepancyId);
    }
  } else {
    for (const m of data.missions) ids.push(...statusAt(m, view.year).sources);
  }
  for (const d of data.discrepancies) {
    const about =
      discrepancyIds.includes(d.id) ||
      (event && d.subject.eventId === event.id) ||
      (mission && d.subject.missionId === mission.id);
    if (about) for (const account of [d.primary, ...d.alternatives]) ids.push(...account.sources);
  }
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
