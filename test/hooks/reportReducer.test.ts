// @vitest-environment node
import { freshReport, isReportOpen, REPORT_ACTIONS, type ReportAction, reportReducer, type ReportState } from '../../src/hooks/reportReducer';

const run = (actions: ReportAction[], from: ReportState = freshReport('m-1')) => actions.reduce(reportReducer, from);

describe('reportReducer', () => {
  it('goes idle → choosing → sending → sent with the thank-you showing, then closed', () => {
    const sent = run([{ type: REPORT_ACTIONS.opened }, { type: REPORT_ACTIONS.submitted, reason: 'scam' }, { type: REPORT_ACTIONS.succeeded }]);
    expect(sent).toMatchObject({ status: 'sent', thankYou: 'showing', reason: 'scam' });
    expect(isReportOpen(sent)).toBe(true);
    const closed = reportReducer(sent, { type: REPORT_ACTIONS.dismissed });
    expect(closed).toMatchObject({ status: 'sent', thankYou: 'closed' });
    expect(isReportOpen(closed)).toBe(false);
    // Sent is final: opening again does nothing.
    expect(reportReducer(closed, { type: REPORT_ACTIONS.opened })).toBe(closed);
  });

  it('keeps a sending report open on dismiss, and lets a failed one be closed', () => {
    const sending = run([{ type: REPORT_ACTIONS.opened }, { type: REPORT_ACTIONS.submitted, reason: 'other' }]);
    expect(reportReducer(sending, { type: REPORT_ACTIONS.dismissed })).toBe(sending);
    const failed = reportReducer(sending, { type: REPORT_ACTIONS.failed, error: 'offline' });
    expect(failed).toMatchObject({ status: 'failed', error: 'offline' });
    expect(reportReducer(failed, { type: REPORT_ACTIONS.dismissed }).status).toBe('idle');
  });

  it('keeps the note, and the same state when the note is unchanged', () => {
    const noted = reportReducer(freshReport('m-1'), { type: REPORT_ACTIONS.noteChanged, note: 'asked twice' });
    expect(noted).toMatchObject({ note: 'asked twice', status: 'idle' });
    expect(reportReducer(noted, { type: REPORT_ACTIONS.noteChanged, note: 'asked twice' })).toBe(noted);
  });

  it('remembers the chosen reason and the block choice', () => {
    const state = run([{ type: REPORT_ACTIONS.reasonChosen, reason: 'scam' }, { type: REPORT_ACTIONS.blockUserChosen, blockUser: true }]);
    expect(state).toMatchObject({ reason: 'scam', blockUser: true, status: 'idle' });
  });
});
