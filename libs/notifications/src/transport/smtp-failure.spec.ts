import { classifySmtpFailure } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it('treats 5xx answers as final', () => {
    expect(classifySmtpFailure({ responseCode: 550, response: '550 5.1.1 no such user' })).toEqual({
      permanent: true,
      reason: '550 5.1.1 no such user',
    });
  });

  it('retries 4xx answers', () => {
    expect(classifySmtpFailure({ responseCode: 451, response: '451 try later' }).permanent).toBe(
      false,
    );
  });

  it('retries network errors and names the code', () => {
    const failure = classifySmtpFailure({
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 127.0.0.1:25',
    });
    expect(failure).toEqual({
      permanent: false,
      reason: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:25',
    });
  });
});
