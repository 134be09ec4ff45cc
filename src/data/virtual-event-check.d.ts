/** The event check compiled from `eventSchema` at build (scripts/data/eventCheckCode.ts). */
declare module 'virtual:event-check' {
  /** Whether `value` has the shape `eventSchema` describes (all but its refinement). */
  const hasEventShape: (value: unknown) => boolean;
  export default hasEventShape;
}
