/**
 * The places a reader has been, as a browser keeps them: going somewhere new
 * drops the places ahead; back and forward move along, and each place left
 * is kept as it was left (the step it was at updated), so that coming back
 * lands exactly there.
 */
export class Trail<Step> {
  private readonly steps: Step[];
  private at = 0;

  constructor(first: Step) {
    this.steps = [first];
  }

  get current(): Step {
    return this.steps[this.at] as Step;
  }

  /** The first step: the document the reader was started on. */
  get first(): Step {
    return this.steps[0] as Step;
  }

  /** Whether the current step is the first one on the trail. */
  get atFirst(): boolean {
    return this.at === 0;
  }

  /** Leaves the current step as `left` for `next`; the steps ahead are dropped. */
  go(left: Step, next: Step): void {
    this.steps[this.at] = left;
    this.steps.splice(this.at + 1, Number.POSITIVE_INFINITY, next);
    this.at += 1;
  }

  /** Leaves the current step as `left` for the one before it (after it: `forward`); undefined when there is none. */
  back(left: Step): Step | undefined {
    return this.move(left, -1);
  }

  forward(left: Step): Step | undefined {
    return this.move(left, 1);
  }

  /** Changes every step in place (a new version of a document, say). */
  update(change: (step: Step) => Step): void {
    this.steps.forEach((step, index) => {
      this.steps[index] = change(step);
    });
  }

  private move(left: Step, by: 1 | -1): Step | undefined {
    const next = this.steps[this.at + by];
    if (next === undefined) return undefined;
    this.steps[this.at] = left;
    this.at += by;
    return next;
  }
}
