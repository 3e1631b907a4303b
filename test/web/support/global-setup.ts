import { startBuiltApi } from '../../support/built-api';
import { showOnCamera } from '../gate/support/gate-world';

/** One api for the whole browser run; tests reach it at WEB_BASE_URL. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const api = await startBuiltApi({
    // Stories sign up and sign in often: a cheap hash (allowed only in tests) saves CPU.
    PASSWORD_HASH_COST: '10',
    // Every test signs up and signs in from 127.0.0.1; the limits are tested elsewhere.
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_SIGNUP_PER_HOUR: '100000',
    RATE_LIMIT_RESET_PER_HOUR: '100000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR: '100000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '100000',
    RATE_LIMIT_FORMS_PER_MINUTE: '100000',
    RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY: '100000',
    RATE_LIMIT_INQUIRIES_PER_PRODUCER_PER_DAY: '100000',
  });
  process.env.WEB_BASE_URL = api.url;
  // The gate project's fake camera plays this file from its first start: nothing in view yet.
  await showOnCamera(undefined);
  return api.stop;
}
