import {
  applyCustodyStep,
  CustodyStepError,
  isFinal,
  isLive,
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
      'cancelled',
    ];
    expect(all.filter(isOutstanding)).toEqual(['received', 'on_display']);
    expect(all.filter(isFinal)).toEqual(['returned', 'sold', 'damaged', 'lost', 'cancelled']);
    expect(all.filter(isLive)).toEqual(['requested', 'received', 'on_display']);
  });

  describe('cancelling a requested sample that never arrived', () => {
    it('settles it as cancelled with the note saying why, trimmed and in NFC', () => {
      const why = '  Ho\u0302\u0323 không gửi được mẫu kịp ngày khai mạc ';
      expect(applyCustodyStep('requested', { type: 'cancel', note: why }, at)).toEqual({
        status: 'cancelled',
        event: {
          type: 'cancel',
          note: 'Hộ không gửi được mẫu kịp ngày khai mạc',
          from: 'requested',
          to: 'cancelled',
          at,
        },
      });
    });

    it('requires the note', () => {
      expect(() => applyCustodyStep('requested', { type: 'cancel', note: ' ' }, at)).toThrow(
        'Cannot cancel: note is required.',
      );
    });

    it.each<CustodyStatus>(['received', 'on_display'])(
      'refuses it once the sample is %s, saying only a requested one can be',
      (from) => {
        expect(() => applyCustodyStep(from, { type: 'cancel', note: 'Nhầm' }, at)).toThrow(
          `Cannot cancel: only a requested sample that never arrived can be cancelled, and this one is ${from}.`,
        );
      },
    );

    it.each<CustodyStatus>(['returned', 'sold', 'damaged', 'lost', 'cancelled'])(
      'refuses it from the final state %s',
      (from) => {
        expect(() => applyCustodyStep(from, { type: 'cancel', note: 'Nhầm' }, at)).toThrow(
          `Cannot cancel: the sample is already ${from}, which is final.`,
        );
      },
    );

    it('keeps a cancelled sample final: it cannot be received afterwards', () => {
      const cancelled = run([{ type: 'cancel', note: 'Không gửi' }]);
      expect(cancelled).toBe('cancelled');
      expect(() => applyCustodyStep(cancelled, receive, at)).toThrow(CustodyStepError);
      expect(isOutstanding(cancelled)).toBe(false);
      expect(isLive(cancelled)).toBe(false);
    });
  });
});
