import {
  applyCustodyStep,
  CustodyStepError,
  isFinal,
  isOutstanding,
  type CustodyStatus,
  type CustodyStep,
} from './sample-custody';

const at = new Date('2025-10-09T03:00:00Z');
const receive: CustodyStep = {
  type: 'receive',
  by: '  Trần Thị Bình ',
  condition: 'good',
  photoRef: 'uploads/samples/bt-0123.jpg',
};

function run(steps: CustodyStep[]): CustodyStatus {
  return steps.reduce<CustodyStatus>(
    (status, step) => applyCustodyStep(status, step, at).status,
    'requested',
  );
}

describe('sample custody', () => {
  it('records who received it, when, in what condition, with the photo', () => {
    expect(applyCustodyStep('requested', receive, at)).toEqual({
      status: 'received',
      event: {
        type: 'receive',
        by: 'Trần Thị Bình',
        condition: 'good',
        photoRef: 'uploads/samples/bt-0123.jpg',
        from: 'requested',
        to: 'received',
        at,
      },
    });
  });

  it('follows received → on display → returned, and received → returned', () => {
    const display: CustodyStep = { type: 'display', location: 'Tủ trưng bày B2' };
    const back: CustodyStep = { type: 'return', signedOffBy: 'Lê Văn Cường' };
    expect(run([receive, display, back])).toBe('returned');
    expect(run([receive, back])).toBe('returned');
    expect(run([receive, display, { type: 'display', location: 'Sân khấu chính' }])).toBe(
      'on_display',
    );
  });

  it.each<[CustodyStep, CustodyStatus]>([
    [{ type: 'sell', note: 'Hoá đơn 0042' }, 'sold'],
    [{ type: 'mark_damaged', note: 'Vỡ quai khi dọn gian hàng' }, 'damaged'],
    [{ type: 'mark_lost', note: 'Không thấy khi kiểm kê cuối ngày' }, 'lost'],
  ])('ends on display as %p', (step, status) => {
    expect(run([receive, { type: 'display', location: 'B2' }, step])).toBe(status);
  });

  it('refuses to return a sample that was never received, naming the step', () => {
    expect(() => applyCustodyStep('requested', { type: 'return', signedOffBy: 'An' }, at)).toThrow(
      'Cannot return: the sample has not been received yet.',
    );
  });

  it('keeps final states final', () => {
    const error = (() => {
      try {
        applyCustodyStep('sold', { type: 'display', location: 'B2' }, at);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CustodyStepError);
    expect(error).toMatchObject({
      from: 'sold',
      step: 'display',
      message: 'Cannot display: the sample is already sold, which is final.',
    });
  });

  it('lists what is allowed when a step is out of order', () => {
    expect(() => applyCustodyStep('received', { type: 'sell' }, at)).toThrow(
      'Cannot sell: a sample that is received can only: display, return, mark_damaged, mark_lost.',
    );
  });

  it('requires the signature, the place and the note', () => {
    expect(() => applyCustodyStep('on_display', { type: 'return', signedOffBy: '  ' }, at)).toThrow(
      'Cannot return: signedOffBy is required.',
    );
    expect(() => applyCustodyStep('received', { type: 'display', location: '' }, at)).toThrow(
      'location is required',
    );
    expect(() => applyCustodyStep('on_display', { type: 'mark_lost', note: '' }, at)).toThrow(
      'Cannot mark lost: note is required.',
    );
  });

  it('reports received and displayed samples as outstanding at close', () => {
    const all: CustodyStatus[] = [
      'requested',
      'received',
      'on_display',
      'returned',
      'sold',
      'damaged',
      'lost',
    ];
    expect(all.filter(isOutstanding)).toEqual(['received', 'on_display']);
    expect(all.filter(isFinal)).toEqual(['returned', 'sold', 'damaged', 'lost']);
  });
});
