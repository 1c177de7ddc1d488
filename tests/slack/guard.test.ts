/**
 * Load shedding in guard: beyond MAX_WAITING_ANSWERS waiting answers, new requests are told BUSY at once
 * (one warn line per overload), work already queued still runs, and once the queue drains requests are
 * answered normally again.
 */
import pino from 'pino';
import { BUSY, MAX_WAITING_ANSWERS, guard, waitingAnswers } from '../../src/slack/guard';
import type { SlackMessage } from '../../src/slack/renderers/types';

function captureLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('guard load shedding', () => {
  it('answers requests beyond the waiting limit with BUSY at once, runs the queued ones, then recovers', async () => {
    const { logger, lines } = captureLogger();
    const told: string[] = [];
    const tell = async (m: SlackMessage) => {
      told.push(m.text ?? '');
    };
    let worked = 0;
    const work = async () => {
      worked++;
    };
    const extra = 7;
    // All enter guard in the same turn of the event loop, so none has started its work yet.
    const pending = Array.from({ length: MAX_WAITING_ANSWERS + extra }, () => guard(logger, '/quote', work, tell));
    expect(waitingAnswers()).toBe(MAX_WAITING_ANSWERS);
    await Promise.all(pending);

    expect(worked).toBe(MAX_WAITING_ANSWERS);
    expect(told).toHaveLength(extra);
    for (const t of told) expect(t).toContain(BUSY.slice(0, 20));
    const warnings = lines.filter((l) => l.level >= 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toContain('overloaded');

    // The queue has drained: the next request is answered, and the overload's end is logged once.
    await guard(logger, '/quote', work, tell);
    expect(worked).toBe(MAX_WAITING_ANSWERS + 1);
    expect(told).toHaveLength(extra);
    expect(lines.filter((l) => l.msg.includes('overload over'))).toHaveLength(1);
    expect(lines.find((l) => l.msg.includes('overload over'))).toMatchObject({ shed: extra });
  });

  it('never sheds work that has nobody to tell', async () => {
    const { logger } = captureLogger();
    let worked = 0;
    const pending = Array.from({ length: MAX_WAITING_ANSWERS + 3 }, () =>
      guard(logger, 'app_home_opened', async () => {
        worked++;
      }),
    );
    await Promise.all(pending);
    expect(worked).toBe(MAX_WAITING_ANSWERS + 3);
  });
});
