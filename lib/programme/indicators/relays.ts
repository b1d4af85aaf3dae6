import "server-only";
import { db } from "@/lib/db";
import { provinceDay } from "@/lib/forum/working-days";
import { periodInstants } from "../period";
import type { Figure, MeasureInput, ProgrammeIndicator } from "../types";

/**
 * The plan's "every prestigious person knows the policies" as a figure: of the prestigious persons
 * registered by the end of the period, those who confirmed ("I received this") at least one
 * notice or policy article relayed to them in the period (lib/relays). A person who was never
 * sent anything counts against the figure: reaching them is the committee's job.
 */
async function persons(input: MeasureInput, communeId: string | null = null) {
  const { from, to } = periodInstants(input.period);
  const rows = await db.prestigiousPerson.findMany({
    where: { createdAt: { lt: to }, ...(communeId ? { communeId } : {}) },
    orderBy: [{ communeId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      communeId: true,
      commune: { select: { slug: true } },
      relays: { where: { receivedAt: { gte: from, lt: to } }, orderBy: { receivedAt: "asc" }, select: { receivedAt: true } },
    },
  });
  return rows.map((person) => ({ ...person, firstReceived: person.relays[0]?.receivedAt ?? null }));
}

export const prestigiousInformed: ProgrammeIndicator = {
  key: "prestigiousInformed",
  unit: "percent",
  defaultTarget: 100, // KH 64: 100% of prestigious persons grasp the policies
  async measure(input) {
    const all = await persons(input);
    const figure = (list: typeof all): Figure => ({ value: list.filter((p) => p.firstReceived).length, of: list.length });
    return {
      status: "measured",
      province: figure(all),
      communes: Object.fromEntries(input.communes.map((c) => [c.id, figure(all.filter((p) => p.communeId === c.id))])),
    };
  },
  async rows(input) {
    const list = await persons(input, input.communeId);
    const names = new Map(input.communes.map((c) => [c.id, c.name]));
    return {
      headings: ["rows.name", "rows.commune", "rows.acknowledged", "rows.acknowledgedCount"],
      rows: list.map((p) => ({
        cells: [p.name, names.get(p.communeId) ?? "", p.firstReceived ? provinceDay(p.firstReceived) : "—", String(p.relays.length)],
        counted: p.firstReceived !== null,
        href: `/admin/relays?commune=${encodeURIComponent(p.commune.slug)}`,
      })),
    };
  },
};
