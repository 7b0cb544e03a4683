import { ApiError, request, type Credentials } from '../api.js';
import { MeQuery, type Purpose, type Session } from '../session.js';

/** Asks the hub who the token's holder is (and what the policy lets the role do). */
export async function sessionFor(credentials: Credentials, purpose: Purpose, source: Session['source']): Promise<Session> {
  const { data } = await request(credentials, MeQuery, {});
  if (!data) throw new ApiError([{ message: 'No account.' }]);
  return { me: data.me, purpose, source, credentials };
}
