// The computer's clock, moved to FAKE_ELECTRON_TODAY (noon, local time) for a deterministic "today";
// it keeps ticking from there. Loaded before main.js, as a real clock would be.
const today = process.env.FAKE_ELECTRON_TODAY;
if (today) {
  const RealDate = Date;
  const offset = new RealDate(`${today}T12:00:00`).getTime() - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
